-- ---------------------------------------------------------------------------
-- cny: an exact CNY amount, an int64 count of fen, passed by value
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.cny;

CREATE FUNCTION @extschema@.cny_in(cstring) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_out(@extschema@.cny) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_recv(internal) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_send(@extschema@.cny) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.cny (
    INPUT = @extschema@.cny_in,
    OUTPUT = @extschema@.cny_out,
    RECEIVE = @extschema@.cny_recv,
    SEND = @extschema@.cny_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain,
    CATEGORY = 'N'
);
COMMENT ON TYPE @extschema@.cny IS
    'exact CNY amount: a 64-bit count of fen; reads 1234.56, 500万元, 伍佰万元整';

-- Text forms -----------------------------------------------------------------

CREATE FUNCTION @extschema@.to_daxie(@extschema@.cny) RETURNS text
    AS 'MODULE_PATHNAME', 'cny_to_daxie' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_daxie(@extschema@.cny) IS
    'the amount in financial uppercase as written on vouchers (伍佰万元整)';

CREATE FUNCTION @extschema@.to_wan(@extschema@.cny) RETURNS text
    AS 'MODULE_PATHNAME', 'cny_to_wan' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_wan(@extschema@.cny) IS
    'the amount exactly in 亿元, 万元 or 元 for reports (500万元, 1.5亿元)';

-- Comparison: a cny compares as its count of fen, so the int8 functions of
-- the server serve unchanged.

CREATE FUNCTION @extschema@.cny_eq(@extschema@.cny, @extschema@.cny) RETURNS boolean
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_ne(@extschema@.cny, @extschema@.cny) RETURNS boolean
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_lt(@extschema@.cny, @extschema@.cny) RETURNS boolean
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_le(@extschema@.cny, @extschema@.cny) RETURNS boolean
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_gt(@extschema@.cny, @extschema@.cny) RETURNS boolean
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_ge(@extschema@.cny, @extschema@.cny) RETURNS boolean
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_cmp(@extschema@.cny, @extschema@.cny) RETURNS integer
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_sortsupport(internal) RETURNS void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_hash(@extschema@.cny) RETURNS integer
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_hash_extended(@extschema@.cny, bigint) RETURNS bigint
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cny_smaller(@extschema@.cny, @extschema@.cny) RETURNS @extschema@.cny
    AS 'int8smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_larger(@extschema@.cny, @extschema@.cny) RETURNS @extschema@.cny
    AS 'int8larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.cny_ops
    DEFAULT FOR TYPE @extschema@.cny USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.cny_cmp(@extschema@.cny, @extschema@.cny),
        FUNCTION 2 @extschema@.cny_sortsupport(internal);

-- Equal amounts are equal bytes, so btree indexes may deduplicate them
-- (amounts repeat: 5万, 10万, 500万).  Added to the family, not the class,
-- so that a database upgraded from 0.1 holds it the same way.
ALTER OPERATOR FAMILY @extschema@.cny_ops USING btree
    ADD FUNCTION 4 (@extschema@.cny, @extschema@.cny) pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS @extschema@.cny_hash_ops
    DEFAULT FOR TYPE @extschema@.cny USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.cny_hash(@extschema@.cny),
        FUNCTION 2 @extschema@.cny_hash_extended(@extschema@.cny, bigint);

-- Arithmetic -------------------------------------------------------------------

CREATE FUNCTION @extschema@.cny_pl(@extschema@.cny, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_mi(@extschema@.cny, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_um(@extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_mul_numeric(@extschema@.cny, numeric) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.numeric_mul_cny(numeric, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_mul_int4(@extschema@.cny, integer) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int4_mul_cny(integer, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_mul_int8(@extschema@.cny, bigint) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int8_mul_cny(bigint, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_div_numeric(@extschema@.cny, numeric) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_div_int4(@extschema@.cny, integer) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_div_int8(@extschema@.cny, bigint) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_div_cny(@extschema@.cny, @extschema@.cny) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.+ (LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_pl, COMMUTATOR = OPERATOR(@extschema@.+));
CREATE OPERATOR @extschema@.- (LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_mi);
CREATE OPERATOR @extschema@.- (RIGHTARG = @extschema@.cny, FUNCTION = @extschema@.cny_um);
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.cny, RIGHTARG = numeric,
    FUNCTION = @extschema@.cny_mul_numeric, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (LEFTARG = numeric, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.numeric_mul_cny, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.cny, RIGHTARG = integer,
    FUNCTION = @extschema@.cny_mul_int4, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (LEFTARG = integer, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.int4_mul_cny, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.cny, RIGHTARG = bigint,
    FUNCTION = @extschema@.cny_mul_int8, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (LEFTARG = bigint, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.int8_mul_cny, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.cny, RIGHTARG = numeric,
    FUNCTION = @extschema@.cny_div_numeric);
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.cny, RIGHTARG = integer,
    FUNCTION = @extschema@.cny_div_int4);
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.cny, RIGHTARG = bigint,
    FUNCTION = @extschema@.cny_div_int8);
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.cny, RIGHTARG = @extschema@.cny,
    FUNCTION = @extschema@.cny_div_cny);

COMMENT ON FUNCTION @extschema@.cny_mul_numeric(@extschema@.cny, numeric) IS
    'amount × factor, rounded half away from zero to the fen';
COMMENT ON FUNCTION @extschema@.cny_div_numeric(@extschema@.cny, numeric) IS
    'amount ÷ divisor, rounded half away from zero to the fen';
COMMENT ON FUNCTION @extschema@.cny_div_cny(@extschema@.cny, @extschema@.cny) IS
    'the ratio of two amounts';

CREATE FUNCTION @extschema@.abs(@extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'cny_abs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.abs(@extschema@.cny) IS 'absolute value of an amount';

CREATE FUNCTION @extschema@.round(@extschema@.cny, unit @extschema@.cny, mode text DEFAULT 'half_up')
    RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'cny_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.round(@extschema@.cny, @extschema@.cny, text) IS
    'rounds to a multiple of unit; modes half_up (default, half away from zero), half_even, down, up, floor, ceiling';

CREATE FUNCTION @extschema@.fen(@extschema@.cny) RETURNS bigint
    AS 'MODULE_PATHNAME', 'cny_fen' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fen(@extschema@.cny) IS 'the amount as a count of fen';
CREATE FUNCTION @extschema@.cny_from_fen(bigint) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cny_from_fen(bigint) IS 'the amount of a count of fen';


-- Casts ------------------------------------------------------------------------

CREATE FUNCTION @extschema@.cny(numeric) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'numeric_to_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cny(numeric) IS
    'yuan as cny; an error, not a rounding, when the value has a fraction of a fen';
CREATE FUNCTION @extschema@.cny(bigint) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'int8_to_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cny(bigint) IS 'whole yuan as cny';
CREATE FUNCTION @extschema@.cny(integer) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'int4_to_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cny(integer) IS 'whole yuan as cny';
CREATE FUNCTION @extschema@.numeric(@extschema@.cny) RETURNS numeric
    AS 'MODULE_PATHNAME', 'cny_to_numeric_cast' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric(@extschema@.cny) IS 'the amount in yuan, exactly';

-- Into cny only on assignment, so that an integer argument never becomes
-- ambiguous between a cny and a numeric overload; out of cny implicitly,
-- since a numeric holds every amount exactly.
CREATE CAST (numeric AS @extschema@.cny) WITH FUNCTION @extschema@.cny(numeric) AS ASSIGNMENT;
CREATE CAST (bigint AS @extschema@.cny) WITH FUNCTION @extschema@.cny(bigint) AS ASSIGNMENT;
CREATE CAST (integer AS @extschema@.cny) WITH FUNCTION @extschema@.cny(integer) AS ASSIGNMENT;
CREATE CAST (@extschema@.cny AS numeric) WITH FUNCTION @extschema@.numeric(@extschema@.cny) AS IMPLICIT;

-- Aggregates -------------------------------------------------------------------

CREATE AGGREGATE @extschema@.sum(@extschema@.cny) (
    SFUNC = @extschema@.cny_pl,
    STYPE = @extschema@.cny,
    COMBINEFUNC = @extschema@.cny_pl,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.cny) IS 'exact sum; overflow is an error';

CREATE AGGREGATE @extschema@.min(@extschema@.cny) (
    SFUNC = @extschema@.cny_smaller,
    STYPE = @extschema@.cny,
    COMBINEFUNC = @extschema@.cny_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.cny) IS 'smallest amount';
CREATE AGGREGATE @extschema@.max(@extschema@.cny) (
    SFUNC = @extschema@.cny_larger,
    STYPE = @extschema@.cny,
    COMBINEFUNC = @extschema@.cny_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.cny) IS 'largest amount';

CREATE FUNCTION @extschema@.cny_avg_accum(internal, @extschema@.cny) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_avg_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_avg_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_avg_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cny_avg_final(internal) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.avg(@extschema@.cny) (
    SFUNC = @extschema@.cny_avg_accum,
    STYPE = internal,
    SSPACE = 24,
    FINALFUNC = @extschema@.cny_avg_final,
    COMBINEFUNC = @extschema@.cny_avg_combine,
    SERIALFUNC = @extschema@.cny_avg_serialize,
    DESERIALFUNC = @extschema@.cny_avg_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.cny) IS
    'mean amount, rounded half away from zero to the fen';

-- Descriptions of the support functions --------------------------------------

COMMENT ON FUNCTION @extschema@.cny_in(cstring) IS 'cny input: reads plain, grouped, 万/亿, Chinese and 大写 amounts';
COMMENT ON FUNCTION @extschema@.cny_out(@extschema@.cny) IS 'cny output: canonical text with two decimals';
COMMENT ON FUNCTION @extschema@.cny_recv(internal) IS 'cny binary input: the int8 count of fen';
COMMENT ON FUNCTION @extschema@.cny_send(@extschema@.cny) IS 'cny binary output: the int8 count of fen';
COMMENT ON FUNCTION @extschema@.cny_eq(@extschema@.cny, @extschema@.cny) IS 'equal amounts';
COMMENT ON FUNCTION @extschema@.cny_ne(@extschema@.cny, @extschema@.cny) IS 'different amounts';
COMMENT ON FUNCTION @extschema@.cny_lt(@extschema@.cny, @extschema@.cny) IS 'less than';
COMMENT ON FUNCTION @extschema@.cny_le(@extschema@.cny, @extschema@.cny) IS 'less than or equal';
COMMENT ON FUNCTION @extschema@.cny_gt(@extschema@.cny, @extschema@.cny) IS 'greater than';
COMMENT ON FUNCTION @extschema@.cny_ge(@extschema@.cny, @extschema@.cny) IS 'greater than or equal';
COMMENT ON FUNCTION @extschema@.cny_cmp(@extschema@.cny, @extschema@.cny) IS 'btree comparison of amounts';
COMMENT ON FUNCTION @extschema@.cny_sortsupport(internal) IS 'btree sort support for amounts';
COMMENT ON FUNCTION @extschema@.cny_hash(@extschema@.cny) IS 'hash of an amount';
COMMENT ON FUNCTION @extschema@.cny_hash_extended(@extschema@.cny, bigint) IS 'seeded hash of an amount';
COMMENT ON FUNCTION @extschema@.cny_smaller(@extschema@.cny, @extschema@.cny) IS 'the smaller amount';
COMMENT ON FUNCTION @extschema@.cny_larger(@extschema@.cny, @extschema@.cny) IS 'the larger amount';
COMMENT ON FUNCTION @extschema@.cny_pl(@extschema@.cny, @extschema@.cny) IS 'exact sum of two amounts';
COMMENT ON FUNCTION @extschema@.cny_mi(@extschema@.cny, @extschema@.cny) IS 'exact difference of two amounts';
COMMENT ON FUNCTION @extschema@.cny_um(@extschema@.cny) IS 'negated amount';
COMMENT ON FUNCTION @extschema@.numeric_mul_cny(numeric, @extschema@.cny) IS 'factor × amount, rounded half away from zero to the fen';
COMMENT ON FUNCTION @extschema@.cny_mul_int4(@extschema@.cny, integer) IS 'amount × integer, exact';
COMMENT ON FUNCTION @extschema@.int4_mul_cny(integer, @extschema@.cny) IS 'integer × amount, exact';
COMMENT ON FUNCTION @extschema@.cny_mul_int8(@extschema@.cny, bigint) IS 'amount × integer, exact';
COMMENT ON FUNCTION @extschema@.int8_mul_cny(bigint, @extschema@.cny) IS 'integer × amount, exact';
COMMENT ON FUNCTION @extschema@.cny_div_int4(@extschema@.cny, integer) IS 'amount ÷ integer, rounded half away from zero to the fen';
COMMENT ON FUNCTION @extschema@.cny_div_int8(@extschema@.cny, bigint) IS 'amount ÷ integer, rounded half away from zero to the fen';
COMMENT ON FUNCTION @extschema@.cny_avg_accum(internal, @extschema@.cny) IS 'avg(cny) transition';
COMMENT ON FUNCTION @extschema@.cny_avg_combine(internal, internal) IS 'avg(cny) combination of partial states';
COMMENT ON FUNCTION @extschema@.cny_avg_serialize(internal) IS 'avg(cny) state serialisation';
COMMENT ON FUNCTION @extschema@.cny_avg_deserialize(bytea, internal) IS 'avg(cny) state deserialisation';
COMMENT ON FUNCTION @extschema@.cny_avg_final(internal) IS 'avg(cny) result, rounded half away from zero to the fen';
