-- The full install script of subsidy 0.1, kept so that a database can be
-- created at that version and the upgrades from it tested (test/upgrade.sh).
-- It carries the one correction made after its release: the built-in
-- functions its catalog calls are named with pg_catalog and the shipped-row
-- trigger fixes its search_path, since a database owner may run it and it
-- must not call functions planted beside it.
-- subsidy: exact CNY money, subsidy schedules, ceilings and 取高不重复.
-- Assembled by make from install/NN-*.sql; objects are created with CREATE
-- (never OR REPLACE) and referenced through @extschema@ so that no object
-- earlier in search_path can stand in for ours.

\echo Use "CREATE EXTENSION subsidy" to load this file. \quit
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
-- tiers: a clause's tier schedule (src/tiers.c, src/tiers_parse.c;
-- reference in docs/tiers.md).  award_for, which returns an award, follows
-- the award type in 30-award.sql.

CREATE TYPE @extschema@.tiers;

CREATE FUNCTION @extschema@.tiers_in(cstring) RETURNS @extschema@.tiers
    AS 'MODULE_PATHNAME', 'tiers_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_in(cstring) IS 'reads a tier schedule literal such as step: >=10 -> 5万, >=30 -> 10万';

CREATE FUNCTION @extschema@.tiers_out(@extschema@.tiers) RETURNS cstring
    AS 'MODULE_PATHNAME', 'tiers_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_out(@extschema@.tiers) IS 'writes a tier schedule in canonical form';

CREATE FUNCTION @extschema@.tiers_recv(internal) RETURNS @extschema@.tiers
    AS 'MODULE_PATHNAME', 'tiers_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_recv(internal) IS 'reads a tier schedule in binary form, checking it as input does';

CREATE FUNCTION @extschema@.tiers_send(@extschema@.tiers) RETURNS bytea
    AS 'MODULE_PATHNAME', 'tiers_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_send(@extschema@.tiers) IS 'writes a tier schedule in binary form';

CREATE TYPE @extschema@.tiers (
    INPUT = @extschema@.tiers_in,
    OUTPUT = @extschema@.tiers_out,
    RECEIVE = @extschema@.tiers_recv,
    SEND = @extschema@.tiers_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.tiers IS 'a clause''s tier schedule: fixed, step, rate or marginal brackets, each bound inclusive (>=) or exclusive (>), optional cap';

CREATE FUNCTION @extschema@.tiers_eq(@extschema@.tiers, @extschema@.tiers) RETURNS boolean
    AS 'MODULE_PATHNAME', 'tiers_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_eq(@extschema@.tiers, @extschema@.tiers) IS 'true when two schedules are the same';

CREATE FUNCTION @extschema@.tiers_ne(@extschema@.tiers, @extschema@.tiers) RETURNS boolean
    AS 'MODULE_PATHNAME', 'tiers_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_ne(@extschema@.tiers, @extschema@.tiers) IS 'true when two schedules differ';

CREATE FUNCTION @extschema@.tiers_hash(@extschema@.tiers) RETURNS integer
    AS 'MODULE_PATHNAME', 'tiers_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_hash(@extschema@.tiers) IS 'hash of a schedule, for hash joins and GROUP BY';

CREATE FUNCTION @extschema@.tiers_hash_extended(@extschema@.tiers, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'tiers_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tiers_hash_extended(@extschema@.tiers, bigint) IS 'seeded 64-bit hash of a schedule';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.tiers, RIGHTARG = @extschema@.tiers,
    FUNCTION = @extschema@.tiers_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.tiers, RIGHTARG = @extschema@.tiers,
    FUNCTION = @extschema@.tiers_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);

CREATE OPERATOR CLASS @extschema@.tiers_hash_ops
    DEFAULT FOR TYPE @extschema@.tiers USING hash AS
    OPERATOR 1 @extschema@.= (@extschema@.tiers, @extschema@.tiers),
    FUNCTION 1 @extschema@.tiers_hash(@extschema@.tiers),
    FUNCTION 2 @extschema@.tiers_hash_extended(@extschema@.tiers, bigint);

CREATE FUNCTION @extschema@.tier_of(@extschema@.tiers, @extschema@.cny) RETURNS integer
    AS 'MODULE_PATHNAME', 'tier_of_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_of(@extschema@.tiers, @extschema@.cny) IS 'the 1-based bracket an amount reaches, 0 when none';

CREATE FUNCTION @extschema@.tier_of(@extschema@.tiers, numeric) RETURNS integer
    AS 'MODULE_PATHNAME', 'tier_of_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_of(@extschema@.tiers, numeric) IS 'the 1-based bracket a count or yuan amount reaches, 0 when none';

CREATE FUNCTION @extschema@.tier_gain(@extschema@.tiers, @extschema@.cny, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'tier_gain_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_gain(@extschema@.tiers, @extschema@.cny, @extschema@.cny) IS '进档差额: granted amount at after minus granted amount at before, never negative';

CREATE FUNCTION @extschema@.tier_gain(@extschema@.tiers, numeric, numeric) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'tier_gain_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_gain(@extschema@.tiers, numeric, numeric) IS '进档差额: granted amount at after minus granted amount at before, never negative';

CREATE FUNCTION @extschema@.explain(@extschema@.tiers, @extschema@.cny) RETURNS text
    AS 'MODULE_PATHNAME', 'explain_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.explain(@extschema@.tiers, @extschema@.cny) IS 'the derivation of an award from an amount, for an auditor';

CREATE FUNCTION @extschema@.explain(@extschema@.tiers, numeric) RETURNS text
    AS 'MODULE_PATHNAME', 'explain_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.explain(@extschema@.tiers, numeric) IS 'the derivation of an award from a count or yuan amount, for an auditor';
-- award: money that remembers its cap (src/award.c; docs/award.md), and
-- award_for, which applies a tiers schedule and returns one.

CREATE TYPE @extschema@.award;

CREATE FUNCTION @extschema@.award_in(cstring) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_in(cstring) IS 'reads an award: granted of claimed, or one amount nothing was cut from';

CREATE FUNCTION @extschema@.award_out(@extschema@.award) RETURNS cstring
    AS 'MODULE_PATHNAME', 'award_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_out(@extschema@.award) IS 'writes an award as granted of claimed';

CREATE FUNCTION @extschema@.award_recv(internal) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_recv(internal) IS 'reads an award in binary form, checking it as input does';

CREATE FUNCTION @extschema@.award_send(@extschema@.award) RETURNS bytea
    AS 'MODULE_PATHNAME', 'award_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_send(@extschema@.award) IS 'writes an award in binary form: granted and claimed as int8 fen';

CREATE TYPE @extschema@.award (
    INPUT = @extschema@.award_in,
    OUTPUT = @extschema@.award_out,
    RECEIVE = @extschema@.award_recv,
    SEND = @extschema@.award_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.award IS 'money with its cap: the amount granted and the amount claimed before ceilings';

CREATE FUNCTION @extschema@.granted(@extschema@.award) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'granted' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.granted(@extschema@.award) IS 'the amount paid after ceilings';

CREATE FUNCTION @extschema@.claimed(@extschema@.award) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'claimed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.claimed(@extschema@.award) IS 'the amount the schedules gave before ceilings';

CREATE FUNCTION @extschema@.cut(@extschema@.award) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'cut' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cut(@extschema@.award) IS 'what ceilings removed: claimed minus granted';

-- Assignment, not implicit: storing an award in a cny column keeps the
-- granted amount, but an expression never drops the claimed part silently.
CREATE CAST (@extschema@.award AS @extschema@.cny)
    WITH FUNCTION @extschema@.granted(@extschema@.award) AS ASSIGNMENT;

CREATE FUNCTION @extschema@.award(@extschema@.cny) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_from_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award(@extschema@.cny) IS 'an amount nothing was cut from: granted and claimed both the amount';

CREATE FUNCTION @extschema@.award(granted @extschema@.cny, claimed @extschema@.cny) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_from_parts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award(@extschema@.cny, @extschema@.cny) IS 'an award from its granted and claimed amounts; granted above claimed or below zero is an error';

-- Assignment as well, so that amounts from elsewhere go into award columns
-- and aggregates over awards take them with a cast, nothing cut.
CREATE CAST (@extschema@.cny AS @extschema@.award)
    WITH FUNCTION @extschema@.award(@extschema@.cny) AS ASSIGNMENT;

CREATE FUNCTION @extschema@.award_add(@extschema@.award, @extschema@.award) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_add(@extschema@.award, @extschema@.award) IS 'adds granted to granted and claimed to claimed';

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award,
    FUNCTION = @extschema@.award_add,
    COMMUTATOR = OPERATOR(@extschema@.+)
);

CREATE AGGREGATE @extschema@.sum(@extschema@.award) (
    SFUNC = @extschema@.award_add,
    STYPE = @extschema@.award,
    COMBINEFUNC = @extschema@.award_add,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.award) IS 'sum of awards: granted and claimed added separately';

CREATE FUNCTION @extschema@.award_eq(@extschema@.award, @extschema@.award) RETURNS boolean
    AS 'MODULE_PATHNAME', 'award_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_eq(@extschema@.award, @extschema@.award) IS 'equal granted and equal claimed';
CREATE FUNCTION @extschema@.award_ne(@extschema@.award, @extschema@.award) RETURNS boolean
    AS 'MODULE_PATHNAME', 'award_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_ne(@extschema@.award, @extschema@.award) IS 'granted or claimed differ';
CREATE FUNCTION @extschema@.award_lt(@extschema@.award, @extschema@.award) RETURNS boolean
    AS 'MODULE_PATHNAME', 'award_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_lt(@extschema@.award, @extschema@.award) IS 'ordered by granted, then claimed';
CREATE FUNCTION @extschema@.award_le(@extschema@.award, @extschema@.award) RETURNS boolean
    AS 'MODULE_PATHNAME', 'award_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_le(@extschema@.award, @extschema@.award) IS 'ordered by granted, then claimed';
CREATE FUNCTION @extschema@.award_gt(@extschema@.award, @extschema@.award) RETURNS boolean
    AS 'MODULE_PATHNAME', 'award_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_gt(@extschema@.award, @extschema@.award) IS 'ordered by granted, then claimed';
CREATE FUNCTION @extschema@.award_ge(@extschema@.award, @extschema@.award) RETURNS boolean
    AS 'MODULE_PATHNAME', 'award_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_ge(@extschema@.award, @extschema@.award) IS 'ordered by granted, then claimed';
CREATE FUNCTION @extschema@.award_cmp(@extschema@.award, @extschema@.award) RETURNS integer
    AS 'MODULE_PATHNAME', 'award_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_cmp(@extschema@.award, @extschema@.award) IS 'btree comparison: granted, then claimed';
CREATE FUNCTION @extschema@.award_hash(@extschema@.award) RETURNS integer
    AS 'MODULE_PATHNAME', 'award_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_hash(@extschema@.award) IS 'hash of an award';
CREATE FUNCTION @extschema@.award_hash_extended(@extschema@.award, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'award_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_hash_extended(@extschema@.award, bigint) IS 'seeded 64-bit hash of an award';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award, FUNCTION = @extschema@.award_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award, FUNCTION = @extschema@.award_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award, FUNCTION = @extschema@.award_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award, FUNCTION = @extschema@.award_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award, FUNCTION = @extschema@.award_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.award, RIGHTARG = @extschema@.award, FUNCTION = @extschema@.award_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.award_btree_ops
    DEFAULT FOR TYPE @extschema@.award USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.award_cmp(@extschema@.award, @extschema@.award);

CREATE OPERATOR CLASS @extschema@.award_hash_ops
    DEFAULT FOR TYPE @extschema@.award USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.award_hash(@extschema@.award),
    FUNCTION 2 @extschema@.award_hash_extended(@extschema@.award, bigint);

CREATE FUNCTION @extschema@.award_for(@extschema@.tiers, @extschema@.cny) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_for_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_for(@extschema@.tiers, @extschema@.cny) IS 'applies a schedule to an amount: granted after its cap, claimed before';

CREATE FUNCTION @extschema@.award_for(@extschema@.tiers, numeric) RETURNS @extschema@.award
    AS 'MODULE_PATHNAME', 'award_for_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_for(@extschema@.tiers, numeric) IS 'applies a schedule to a count or a yuan amount: granted after its cap, claimed before';
-- Ceilings and 取高不重复 as aggregates (src/aggregates.c).
--
-- All of them share one internal transition state (a small array keyed by
-- kind and limit group) and its combine, serialize and deserialize
-- functions, so each runs in parallel query.  A state starts as one
-- 256-byte chunk (STATE_FIRST_SIZE): SSPACE tells the planner so, or it
-- would size a hash table at 8 kB a group and spill to disk needlessly.
-- NULL amounts are ignored as sum ignores them; no amount at all gives NULL.

CREATE FUNCTION @extschema@.kind_state_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'kind_state_combine'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kind_state_combine(internal, internal) IS
'combine function of cap_sum, highest_per_kind, top_up_per_kind and annual_total';

CREATE FUNCTION @extschema@.kind_state_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'kind_state_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kind_state_serialize(internal) IS
'serialize function of cap_sum, highest_per_kind, top_up_per_kind and annual_total';

CREATE FUNCTION @extschema@.kind_state_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'kind_state_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kind_state_deserialize(bytea, internal) IS
'deserialize function of cap_sum, highest_per_kind, top_up_per_kind and annual_total';

-- cap_sum(amount, cap): a sum under one ceiling.

CREATE FUNCTION @extschema@.cap_sum_trans(internal, @extschema@.cny, @extschema@.cny)
RETURNS internal
AS 'MODULE_PATHNAME', 'cap_sum_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cap_sum_trans(internal, @extschema@.cny, @extschema@.cny) IS
'transition function of cap_sum(cny, cny)';

CREATE FUNCTION @extschema@.cap_sum_final(internal)
RETURNS @extschema@.award
AS 'MODULE_PATHNAME', 'cap_sum_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cap_sum_final(internal) IS
'final function of cap_sum: granted = least(sum, cap), claimed = sum';

CREATE AGGREGATE @extschema@.cap_sum(@extschema@.cny, @extschema@.cny) (
    SFUNC = @extschema@.cap_sum_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.cap_sum_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cap_sum(@extschema@.cny, @extschema@.cny) IS
'sum of amounts under a ceiling (NULL: none) as an award: granted least(sum, cap), claimed the sum; the cap must be the same on every row';

-- highest_per_kind(kind, amount): 取高不重复.

CREATE FUNCTION @extschema@.highest_per_kind_trans(internal, text, @extschema@.cny)
RETURNS internal
AS 'MODULE_PATHNAME', 'highest_per_kind_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.highest_per_kind_trans(internal, text, @extschema@.cny) IS
'transition function of highest_per_kind(text, cny)';

CREATE FUNCTION @extschema@.highest_per_kind_final(internal)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'highest_per_kind_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.highest_per_kind_final(internal) IS
'final function of highest_per_kind: per kind the highest, summed; NULL kinds added';

CREATE AGGREGATE @extschema@.highest_per_kind(text, @extschema@.cny) (
    SFUNC = @extschema@.highest_per_kind_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.highest_per_kind_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.highest_per_kind(text, @extschema@.cny) IS
'取高不重复: for each kind the highest amount, summed over kinds; rows with a NULL kind stack (are added)';

-- top_up_per_kind(kind, amount, payer): 就高补差.

CREATE FUNCTION @extschema@.top_up_per_kind_trans(internal, text, @extschema@.cny, boolean)
RETURNS internal
AS 'MODULE_PATHNAME', 'top_up_per_kind_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.top_up_per_kind_trans(internal, text, @extschema@.cny, boolean) IS
'transition function of top_up_per_kind(text, cny, boolean)';

CREATE FUNCTION @extschema@.top_up_per_kind_final(internal)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'top_up_per_kind_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.top_up_per_kind_final(internal) IS
'final function of top_up_per_kind: per kind greatest(0, payer''s highest - others'' highest), summed';

CREATE AGGREGATE @extschema@.top_up_per_kind(text, @extschema@.cny, boolean) (
    SFUNC = @extschema@.top_up_per_kind_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.top_up_per_kind_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.top_up_per_kind(text, @extschema@.cny, boolean) IS
'就高补差: for each kind what the paying level owes, greatest(0, its highest amount - the highest amount from other levels), summed over kinds';

-- annual_total(kind, limit_group, amount, limit): the flagship.

CREATE FUNCTION @extschema@.annual_total_trans(internal, text, text, @extschema@.cny, @extschema@.cny)
RETURNS internal
AS 'MODULE_PATHNAME', 'annual_total_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annual_total_trans(internal, text, text, @extschema@.cny, @extschema@.cny) IS
'transition function of annual_total(text, text, cny, cny)';

CREATE FUNCTION @extschema@.annual_total_final(internal)
RETURNS @extschema@.award
AS 'MODULE_PATHNAME', 'annual_total_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annual_total_final(internal) IS
'final function of annual_total: per kind the best limit group, summed; claimed every amount fed in';

CREATE AGGREGATE @extschema@.annual_total(text, text, @extschema@.cny, @extschema@.cny) (
    SFUNC = @extschema@.annual_total_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.annual_total_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.annual_total(text, text, @extschema@.cny, @extschema@.cny) IS
'one enterprise-year: amounts summed per (kind, limit group) under the group''s limit (a NULL group: each row alone), then per kind the highest group, summed over kinds (NULL kind: added); an award whose cut is what ceilings and 取高不重复 removed';

-- The same aggregates over award amounts: granted amounts are capped and
-- compared, claimed amounts add up to what the schedules gave before any
-- cap, so cut shows every cut at once.

CREATE FUNCTION @extschema@.cap_sum_trans(internal, @extschema@.award, @extschema@.cny)
RETURNS internal
AS 'MODULE_PATHNAME', 'cap_sum_award_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cap_sum_trans(internal, @extschema@.award, @extschema@.cny) IS
'transition function of cap_sum(award, cny)';

CREATE AGGREGATE @extschema@.cap_sum(@extschema@.award, @extschema@.cny) (
    SFUNC = @extschema@.cap_sum_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.cap_sum_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cap_sum(@extschema@.award, @extschema@.cny) IS
'sum of awards under a ceiling (NULL: none): granted least(sum of granted, cap), claimed the sum of claimed; the cap must be the same on every row';

CREATE FUNCTION @extschema@.highest_per_kind_trans(internal, text, @extschema@.award)
RETURNS internal
AS 'MODULE_PATHNAME', 'highest_per_kind_award_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.highest_per_kind_trans(internal, text, @extschema@.award) IS
'transition function of highest_per_kind(text, award)';

CREATE AGGREGATE @extschema@.highest_per_kind(text, @extschema@.award) (
    SFUNC = @extschema@.highest_per_kind_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.highest_per_kind_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.highest_per_kind(text, @extschema@.award) IS
'取高不重复 over awards: for each kind the highest granted amount, summed over kinds; rows with a NULL kind stack (are added)';

CREATE FUNCTION @extschema@.annual_total_trans(internal, text, text, @extschema@.award, @extschema@.cny)
RETURNS internal
AS 'MODULE_PATHNAME', 'annual_total_award_trans'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annual_total_trans(internal, text, text, @extschema@.award, @extschema@.cny) IS
'transition function of annual_total(text, text, award, cny)';

CREATE AGGREGATE @extschema@.annual_total(text, text, @extschema@.award, @extschema@.cny) (
    SFUNC = @extschema@.annual_total_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = @extschema@.annual_total_final,
    COMBINEFUNC = @extschema@.kind_state_combine,
    SERIALFUNC = @extschema@.kind_state_serialize,
    DESERIALFUNC = @extschema@.kind_state_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.annual_total(text, text, @extschema@.award, @extschema@.cny) IS
'annual_total over awards: granted amounts summed per (kind, limit group) under its limit, the highest group per kind, summed; claimed the sum of claimed, so cut shows schedule caps, ceilings and 取高不重复 together';
-- Sharing ceilings and budgets among rows, exact to the fen: window
-- functions (src/windows.c) and instalments (src/installments.c).

CREATE FUNCTION @extschema@.cap_allocate(amount @extschema@.cny, cap @extschema@.cny)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'cap_allocate'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cap_allocate(@extschema@.cny, @extschema@.cny) IS
'window function: first come first served in the window order, each row least(amount, what the cap has left); peers share what is left pro rata';

CREATE FUNCTION @extschema@.pro_rata(amount @extschema@.cny, pool @extschema@.cny)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'pro_rata'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pro_rata(@extschema@.cny, @extschema@.cny) IS
'window function: each row its amount if the partition fits the pool, else its proportional share floored to the fen plus largest-remainder fen; shares add up to the pool';

CREATE FUNCTION @extschema@.installments(total @extschema@.cny, shares integer[], first_year integer)
RETURNS TABLE (year integer, amount @extschema@.cny)
AS 'MODULE_PATHNAME', 'installments'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.installments(@extschema@.cny, integer[], integer) IS
'an amount paid over years by whole-percentage shares summing to 100: one row per year, exact to the fen (largest remainder, earlier year first on a tie)';

CREATE FUNCTION @extschema@.tier_increment(schedule @extschema@.tiers, measure @extschema@.cny)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'tier_increment_cny'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_increment(@extschema@.tiers, @extschema@.cny) IS
'window function, 进档差额: the amount of the highest tier reached so far minus the highest reached on earlier rows of the window (0 when the measure falls back)';

CREATE FUNCTION @extschema@.tier_increment(schedule @extschema@.tiers, measure numeric)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'tier_increment_numeric'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_increment(@extschema@.tiers, numeric) IS
'window function, 进档差额 on a count or yuan measure: the amount of the highest tier reached so far minus the highest reached on earlier rows (0 when it falls back)';
-- The catalog: policies, their budgeted programmes and their clauses.
--
-- The extension ships one policy encoded (install/91-policy.sql); an agency
-- adds its national, provincial, municipal and district policies as rows of
-- its own.  Rows the extension ships carry shipped = true and are read-only
-- (a trigger refuses changes): pg_dump leaves them out, because CREATE
-- EXTENSION puts them back, and dumps every row an agency added (shipped =
-- false) through pg_extension_config_dump.  An edit to a shipped row would
-- be lost by a dump and restore, which is why it is refused; an agency's
-- implementing rules (实施细则) are a policy of their own, with clause rows of
-- their own.

CREATE SEQUENCE @extschema@.policy_id_seq AS integer;

CREATE TABLE @extschema@.policy (
    id          integer PRIMARY KEY DEFAULT pg_catalog.nextval('@extschema@.policy_id_seq'::pg_catalog.regclass),
    doc_number  text NOT NULL UNIQUE,
    title       text NOT NULL,
    level       text NOT NULL
                CHECK (level IN ('national', 'provincial', 'municipal', 'district')),
    issuer      text NOT NULL,
    effective   daterange NOT NULL CHECK (NOT pg_catalog.isempty(effective)),
    shipped     boolean NOT NULL DEFAULT false
);

ALTER SEQUENCE @extschema@.policy_id_seq OWNED BY @extschema@.policy.id;

CREATE TABLE @extschema@.programme (
    code          text PRIMARY KEY,
    policy_id     integer NOT NULL REFERENCES @extschema@.policy,
    title         text NOT NULL,
    annual_budget @extschema@.cny CHECK (annual_budget OPERATOR(@extschema@.>=) '0'::@extschema@.cny),
    annual_quota  integer CHECK (annual_quota >= 0),
    -- Not a foreign key: pg_dump orders the rows of configuration tables by
    -- their foreign keys and warns about (and cannot order) a table that
    -- refers to itself.
    part_of       text CHECK (part_of <> code),
    shipped       boolean NOT NULL DEFAULT false
);

CREATE TABLE @extschema@.clause (
    code               text PRIMARY KEY,
    policy_id          integer NOT NULL REFERENCES @extschema@.policy,
    programme          text REFERENCES @extschema@.programme,
    title              text NOT NULL,
    kind               text,
    rule               @extschema@.tiers NOT NULL,
    measure            text NOT NULL,
    limit_group        text,
    annual_limit       @extschema@.cny
                       CHECK (annual_limit OPERATOR(@extschema@.>=) '0'::@extschema@.cny),
    installment_shares integer[],
    once_only          boolean NOT NULL DEFAULT false,
    pays_difference    boolean NOT NULL DEFAULT false,
    conditions         text,
    note               text,
    source             text NOT NULL,
    shipped            boolean NOT NULL DEFAULT false,
    CHECK (annual_limit IS NULL OR limit_group IS NOT NULL),
    CHECK (pg_catalog.cardinality(installment_shares) > 0
           AND pg_catalog.array_ndims(installment_shares) = 1)
);

CREATE INDEX clause_policy_id_idx ON @extschema@.clause (policy_id);

COMMENT ON TABLE @extschema@.policy IS
    'subsidy policies, one row per document; rows with shipped = true come with the extension';
COMMENT ON COLUMN @extschema@.policy.doc_number IS
    'the document number, e.g. 成高管发〔2025〕4号';
COMMENT ON COLUMN @extschema@.policy.level IS
    'national, provincial, municipal or district: the level that pays';
COMMENT ON COLUMN @extschema@.policy.effective IS
    'the dates on which the policy is in force, as a daterange with an exclusive upper bound';
COMMENT ON COLUMN @extschema@.policy.shipped IS
    'true for rows the extension installs: read-only, and left out of pg_dump because CREATE EXTENSION restores them';

COMMENT ON TABLE @extschema@.programme IS
    'budgeted programmes (总额控制) and yearly count limits of a policy';
COMMENT ON COLUMN @extschema@.programme.annual_budget IS
    'the most the programme pays in one year; NULL when the policy sets no budget';
COMMENT ON COLUMN @extschema@.programme.annual_quota IS
    'the most projects selected in one year; NULL when the policy sets no count';
COMMENT ON COLUMN @extschema@.programme.part_of IS
    'the programme whose budget this one draws from, when several share one budget';

COMMENT ON TABLE @extschema@.clause IS
    'one row per rule of a policy: the tier schedule, what it is applied to, and its ceilings';
COMMENT ON COLUMN @extschema@.clause.code IS
    'the clause code, unique in the catalog (the reference policy uses 1.domestic … 14.2)';
COMMENT ON COLUMN @extschema@.clause.kind IS
    'the kind of support (同类政策): awards of one kind at national, provincial, municipal and district level are not added up, the highest applies (取高不重复); NULL means the award stacks';
COMMENT ON COLUMN @extschema@.clause.rule IS
    'the tier schedule; award_for(rule, measure) gives the award for one application';
COMMENT ON COLUMN @extschema@.clause.measure IS
    'in words, what the rule is applied to';
COMMENT ON COLUMN @extschema@.clause.limit_group IS
    'awards of one enterprise in one year with the same kind and limit group are added up under annual_limit';
COMMENT ON COLUMN @extschema@.clause.annual_limit IS
    'the most one enterprise gets in one year from its limit group; NULL when the policy sets no yearly ceiling';
COMMENT ON COLUMN @extschema@.clause.installment_shares IS
    'percentages of the award paid in consecutive years, e.g. {40,30,30}; NULL when paid at once';
COMMENT ON COLUMN @extschema@.clause.once_only IS
    'true when an enterprise gets the award once only (仅享受一次, 一次性)';
COMMENT ON COLUMN @extschema@.clause.pays_difference IS
    'true when reaching a higher tier later pays only the difference (进档差额, 等次提升的奖励差额)';
COMMENT ON COLUMN @extschema@.clause.conditions IS
    'conditions of eligibility that are not thresholds on the measure, in words';
COMMENT ON COLUMN @extschema@.clause.note IS
    'what the policy leaves to implementing rules, and what the encoding assumed';
COMMENT ON COLUMN @extschema@.clause.source IS
    'the sentence of the policy that the row encodes';
COMMENT ON COLUMN @extschema@.clause.shipped IS
    'true for rows the extension installs: read-only, and left out of pg_dump because CREATE EXTENSION restores them';

-- Everyone who can use the extension reads the catalog; the role that
-- created the extension (a database owner, for a trusted extension) maintains
-- its own rows, refers to clauses from its own tables, and may pass that on.
GRANT SELECT ON @extschema@.policy, @extschema@.programme, @extschema@.clause TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, REFERENCES
    ON @extschema@.policy, @extschema@.programme, @extschema@.clause
    TO @extowner@ WITH GRANT OPTION;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE @extschema@.policy_id_seq TO @extowner@ WITH GRANT OPTION;

SELECT pg_catalog.pg_extension_config_dump('@extschema@.policy', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.policy_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.programme', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clause', 'WHERE NOT shipped');

-- Shipped rows are read-only: a change to one would not survive a dump and
-- restore (see above).  The triggers are created in install/91-policy.sql,
-- once the shipped rows are in.  The function runs with the search_path of
-- whoever changes the catalog, so it fixes its own: an operator planted
-- earlier in the caller's path must not decide what counts as shipped.
-- Volatility and parallel labels do not apply to trigger functions and are
-- left at their defaults.
CREATE FUNCTION @extschema@.catalog_keep_shipped() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped)
       OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.shipped) THEN
        RAISE EXCEPTION '% row % comes with the extension and cannot be changed',
                TG_TABLE_NAME,
                COALESCE(pg_catalog.to_jsonb(OLD), pg_catalog.to_jsonb(NEW))
                    OPERATOR(pg_catalog.->>) (CASE TG_TABLE_NAME
                                              WHEN 'policy' THEN 'doc_number'
                                              ELSE 'code' END)
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'Rows with shipped = true are restored by CREATE EXTENSION, not by pg_dump, so a change to them would be lost.',
                  HINT = 'Encode implementing rules or other policies as policy, programme and clause rows of your own.';
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;

COMMENT ON FUNCTION @extschema@.catalog_keep_shipped() IS
    'trigger: refuses to insert, change or delete catalog rows with shipped = true';
-- The reference policy encoded: 成高管发〔2025〕4号, 成都高新技术产业开发区关于支持
-- 人工智能（机器人）产业高质量发展的若干政策.  One clause row per rule; docs/reading-rules.md
-- explains each reading (以上/达/含 inclusive, 超过 exclusive, 最高 X as a cap).
--
-- Where the text says "最高 X" and gives no formula, the rule is a 100% rate
-- capped at X, applied to the amount the review approved.  Where the text
-- leaves numbers to the implementing rules (实施细则: the tiers of 二(一), the
-- graduated rates of 五(九), the size classes and the award classes), the row
-- holds the policy's ceiling and its note says so: nothing is invented.
-- Clause 四(七) 支持方向三 (open-source platforms) grants priority, not money,
-- and has no row.

INSERT INTO @extschema@.policy (doc_number, title, level, issuer, effective, shipped)
VALUES ('成高管发〔2025〕4号',
        '成都高新技术产业开发区关于支持人工智能（机器人）产业高质量发展的若干政策',
        'district', '成都高新区管委会',
        -- 十五: 自 2025 年 4 月 28 日起施行，有效期三年, that is through 2028-04-27.
        '[2025-04-28,2028-04-28)', true);

INSERT INTO @extschema@.programme
       (code, policy_id, title, annual_budget, annual_quota, part_of, shipped)
SELECT v.code, p.id, v.title, v.budget::@extschema@.cny, v.quota, v.part_of, true
  FROM @extschema@.policy p,
       (VALUES
        -- 二(一) 每年发放 1 亿元算力券
        ('compute-voucher',    '算力券',               '1亿', NULL::integer, NULL),
        -- 三(四) 每年评选不超过 10 个……优秀专用模型
        ('special-model',      '优秀专用模型',         NULL,  10,            NULL),
        -- 五(八) 每年发放最高 1 亿元场景专项资金，认定不超过 20 个……标杆应用场景
        -- 项目和不超过 5 个试点验证场景: one budget, two counts.
        ('scenario-fund',      '场景专项资金',         '1亿', NULL,          NULL),
        ('benchmark-scenario', '标杆应用场景项目',     NULL,  20,            'scenario-fund'),
        ('pilot-scenario',     '试点验证场景',         NULL,  5,             'scenario-fund'),
        -- 五(九) 每年发放 1 亿元模型扶持资金
        ('model-fund',         '模型扶持资金',         '1亿', NULL,          NULL)
       ) AS v(code, title, budget, quota, part_of)
 WHERE p.doc_number = '成高管发〔2025〕4号';

-- The sentences of the policy, named by section, each encoded by one or
-- more clause rows below.
INSERT INTO @extschema@.clause
       (code, policy_id, programme, title, kind, rule, measure,
        limit_group, annual_limit, installment_shares, once_only, pays_difference,
        conditions, note, source, shipped)
WITH sentence (section, text) AS (VALUES
  ('二(一)',
   '每年发放 1 亿元算力券。鼓励企业或科研机构使用智能算力训练 AI 模型，按照算力结算费用的 50%（国产人工智能算力）、30%（非国产人工智能算力），分档给予每家企业或科研机构每年最高 500 万元补贴。'),
  ('二(二)',
   '对获批入选先进计算典型应用案例、全国一体化算力网应用优秀案例等国家级算力基础设施典型案例名单的，给予第一牵头企业最高 300 万元奖励。'),
  ('三(三)',
   '对上年度前述关键技术内部研发投入强度达 20% 以上且年度研发投入 1500 万元（含）以上的企业，按照企业年度研发投入的 10%，给予单个企业每年最高 1000 万元补助。'),
  ('三(四) 通用',
   '对参数量超过千亿，且性能达到国内领先的通用大模型，按照模型研发成本的 30%，给予牵头研制企业最高 3000 万元补助。'),
  ('三(四) 专用',
   '支持企业开发人工智能专用模型，每年评选不超过 10 个性能先进并在成都高新区成功落地的优秀专用模型，按照模型研发成本的 30%，给予牵头研制企业最高 300 万元补助，每个企业每年不超过 1000 万元。'),
  ('三(五)',
   '支持企业开展国家人工智能算法备案，企业完成国家生成式人工智能服务备案的，给予 50 万元奖励；企业完成国家深度合成服务算法备案的，给予 5 万元奖励。'),
  ('三(六) 1',
   '鼓励建设人工智能（机器人）省级技术创新中心、产业创新中心、制造业创新中心，给予新获批的平台建设方 1000 万元奖励。'),
  ('三(六) 2',
   '鼓励建设人工智能（机器人）领域国家企业技术中心、国家工程研究中心、国家级工业设计中心，给予新获批的平台建设方最高 200 万元奖励。'),
  ('三(六) 3',
   '对获批成为国家级、省级、市级的人工智能（机器人）公共服务平台，分别给予平台建设方 200 万元、100万元、50万元一次性奖励（等次提升的奖励差额）。'),
  ('四(七) 1',
   '支持企业建设人工智能（机器人）数据服务平台，平台服务人工智能（机器人）非关联企业数首次达到10家（含）、30家（含）、50家（含）以上，分别给予企业5万元、10万元、25万元奖励（进档的奖励差额）。'),
  ('四(七) 2',
   '支持企事业单位、科研院所、高校参加“数据要素×”大赛等由国家部委主办的高能级人工智能（机器人）赛事，对获得全国总决赛奖项的，按照获得奖项类别给予最高200万元奖励。'),
  ('五(八) 1',
   '对于被评为优秀的解决方案，给予 10 万元奖励。'),
  ('五(八) 2 标杆',
   '其中，标杆应用场景根据小型规模、中型规模、大型规模分别按照不高于场景实际固定资产投资额的 50%、40%、30% 给予项目投资建设企业最高 900 万元补贴。'),
  ('五(八) 2 试点',
   '试点验证场景主要支持机器人硬件产品通过租赁服务的方式进行场景验证，按照合同金额的 10% 给予产品提供企业最高 30 万元补贴。'),
  ('五(八) 3',
   '对获评国家级人工智能（机器人）标杆应用场景、试点示范项目和应用示范基地等国家人工智能（机器人）领域相关试点示范的，给予第一牵头企业 300 万元奖励。'),
  ('五(九) 1',
   '每年发放 1 亿元模型扶持资金。对调用第三方大模型 API（应用程序编程接口）的应用项目，按照不超过大模型 API 服务使用金额 50% 给予阶梯式比例补贴。对采用第三方大模型私有化部署的应用项目，按照不超过大模型采购金额（不含算力、数据等其他费用）的 20% 给予阶梯式比例补贴。每个企业每年累计享受奖励不超过 500 万元。'),
  ('五(九) 2 链主',
   '对获得省级、市级人工智能产业链主的企业，分别给予 200 万元、100 万元奖励；'),
  ('五(九) 2 百强',
   '对相关产品入围成都人工智能百强产品榜单的企业，每入围 1 个产品，给予企业 5 万元奖励。'),
  ('五(十) 1',
   '智能机器人“首台套”产品在认定有效期内的一个自然年度对非关联方销售额达 100 万元、500 万元、2000 万元的，分别给予企业 10 万元、25 万元、50 万元奖励（进档的奖励差额）。'),
  ('五(十) 2',
   '对经认定具有行业先进水平且实际设备采购投资额 1000 万元以上的智能机器人产业化项目和实际设备采购投资额 500 万元以上的人形机器人产业化项目，分别按照不高于实际设备采购投资额（不含土地、厂房、旧设备）的 20% 和 30% 给予补贴，最高不超过 500 万元。'),
  ('六(十一) 1',
   '对符合相应综合效益评价指标的产业特色楼宇，按照每年每栋楼宇不超过 1000 万元给予运营单位运营奖励。'),
  ('六(十一) 2',
   '对中心的建设企业，按照实际建设费用给予最高 1000 万元一次性补贴；对中心的运营企业，经评审，按照实际运营费用给予每年最高 300 万元专项运营补贴。'),
  ('七(十二) 1',
   '对单人单年人力资源成本支出超过 50 万元、80 万元、150 万元、300 万元的专业技术人才，根据人才使用效能，分别按照 2 万元/人、5 万元/人、10 万元/人、25 万元/人的标准给予企业补贴，用于人才绩效奖励。'),
  ('七(十二) 2',
   '对获得国家部委或四川省主办的人工智能学科竞赛、市人民政府主办的创新创业赛事（人工智能或机器人领域）以及成都高新区金熊猫全球创新创业大赛（人工智能或机器人领域）的冠军（第一名）、亚军（第二名）、季军（第三名）团队或个人，在成都高新区首次注册成立人工智能领域公司的，分别给予公司 50 万元、30 万元、20 万元奖励，分三年按 40%、30%、30% 的比例兑现；在成都高新区人工智能领域公司就业的，按每人 8 万元、4 万元、2 万元标准给予公司奖励。'),
  ('七(十二) 3',
   '每新开设一门 30 人（含）以上课程，经认定后给予实际开课企业 25 万元补贴，每家企业每年不超过 200 万元。'),
  ('七(十三)',
   '鼓励人工智能（机器人）领域相关行业协会、学会、产业联盟或企业、科研机构举办省、市、区政府支持的人工智能（机器人）产业活动。经认定，按照活动费用的 50%，给予最高 300 万元补贴。'),
  ('七(十四) 1',
   '经认定，对获得天使投资、风险投资、创业投资基金投资入股，且单轮投资在 1000 万元以上的企业，按单轮实际到位资金的 5%，给予最高 150 万元奖励，分三年按 40%、30%、30% 的比例兑现，本款融资奖励仅享受一次，享受过类似政策补贴的不再享受本条款奖励。'),
  ('七(十四) 2',
   '经认定，对投资人工智能（机器人）企业且对该企业单轮投资在 1000 万元以上的基金管理公司，按单轮实际投资资金的 2%，给予最高 100 万元奖励，本款投资奖励仅享受一次。'))
SELECT v.code, p.id, v.programme, v.title, v.kind, v.rule::@extschema@.tiers, v.measure,
       v.limit_group, v.annual_limit::@extschema@.cny, v.shares::integer[],
       v.once_only, v.pays_difference, v.conditions, v.note, sentence.text, true
  FROM @extschema@.policy p,
       (VALUES
-- 二(一) 算力券.  The 500万 a year covers domestic and non-domestic compute together.
('1.domestic', 'compute-voucher', '算力券：国产人工智能算力', 'compute',
 'rate: 50%; cap 500万',
 'compute fees settled in the year for training AI models on domestic AI compute (算力结算费用，国产人工智能算力)',
 '1', '500万', NULL, false, false,
 'an enterprise or research body (企业或科研机构) training AI models on intelligent compute',
 '分档给予: the tiers are left to the implementing rules; the row holds the policy''s ceiling, 50% of the fees and 500万 a year.',
 '二(一)'),
('1.foreign', 'compute-voucher', '算力券：非国产人工智能算力', 'compute',
 'rate: 30%; cap 500万',
 'compute fees settled in the year for training AI models on non-domestic AI compute (算力结算费用，非国产人工智能算力)',
 '1', '500万', NULL, false, false,
 'an enterprise or research body (企业或科研机构) training AI models on intelligent compute',
 '分档给予: the tiers are left to the implementing rules; the row holds the policy''s ceiling, 30% of the fees and 500万 a year.',
 '二(一)'),
-- 二(二)
('2', NULL, '国家级算力基础设施典型案例', 'compute-case',
 'rate: 100%; cap 300万',
 'the reward the review approved (审定金额)',
 '2', NULL, NULL, false, false,
 'listed as a national compute-infrastructure typical case (先进计算典型应用案例、全国一体化算力网应用优秀案例 …); paid to the first leading enterprise (第一牵头企业)',
 '最高 300 万元 with no formula: 100% of the approved amount, capped.',
 '二(二)'),
-- 三(三)  达 20% 以上 and 1500 万元（含）以上 are inclusive.
('3', NULL, '关键核心技术研发', 'key-tech-rd',
 'rate: >=1500万 -> 10%; cap 1000万',
 'the enterprise''s annual R&D spend (年度研发投入) of the previous year',
 '3', '1000万', NULL, false, false,
 'key-technology internal R&D intensity (关键技术内部研发投入强度) of the previous year at least 20% (达 20% 以上, inclusive); the 1500万 threshold is in the rule',
 'Executed under 成高管发〔2024〕10号 (支持人工智能领域关键技术攻关), which may add conditions.',
 '三(三)'),
-- 三(四)  超过千亿 is exclusive: more than 1e11 parameters.
('4.general', NULL, '通用大模型', 'large-model',
 'rate: 30%; cap 3000万',
 'the model''s R&D cost (模型研发成本)',
 '4.general', NULL, NULL, false, false,
 'more than 100 billion parameters (参数量超过千亿, exclusive) and nationally leading performance; paid to the leading developer (牵头研制企业)',
 'Executed under 成高管发〔2024〕10号 (增强人工智能大模型开放创新), which may add conditions.',
 '三(四) 通用'),
('4.special', 'special-model', '优秀专用模型', 'special-model',
 'rate: 30%; cap 300万',
 'the R&D cost of one selected model (模型研发成本), one row per model',
 '4.special', '1000万', NULL, false, false,
 'selected as one of at most 10 excellent specialised models of the year that perform well and are deployed in the zone; paid to the leading developer (牵头研制企业)',
 'Executed under 成高管发〔2024〕10号 (增强人工智能大模型开放创新), which may add conditions.',
 '三(四) 专用'),
-- 三(五)
('5.generative', NULL, '国家生成式人工智能服务备案', 'genai-filing',
 'fixed: 50万',
 'one completed national generative-AI service filing',
 '5.generative', NULL, NULL, false, false, NULL, NULL,
 '三(五)'),
('5.synthesis', NULL, '国家深度合成服务算法备案', 'deep-synthesis-filing',
 'fixed: 5万',
 'one completed national deep-synthesis algorithm filing',
 '5.synthesis', NULL, NULL, false, false, NULL, NULL,
 '三(五)'),
-- 三(六)
('6.1', NULL, '省级技术创新中心、产业创新中心、制造业创新中心', 'provincial-innovation-centre',
 'fixed: 1000万',
 'one newly approved provincial centre (新获批)',
 '6.1', NULL, NULL, false, false,
 'paid to the builder of the platform (平台建设方)', NULL,
 '三(六) 1'),
('6.2', NULL, '国家企业技术中心、国家工程研究中心、国家级工业设计中心', 'national-tech-centre',
 'rate: 100%; cap 200万',
 'the reward the review approved for one newly approved national centre (审定金额)',
 '6.2', NULL, NULL, false, false,
 'paid to the builder of the platform (平台建设方)',
 '最高 200 万元 with no formula: 100% of the approved amount, capped.',
 '三(六) 2'),
('6.3', NULL, '人工智能（机器人）公共服务平台', 'public-service-platform',
 'step: >=1 -> 50万, >=2 -> 100万, >=3 -> 200万',
 'the platform''s approved level: 1 municipal (市级), 2 provincial (省级), 3 national (国家级)',
 '6.3', NULL, NULL, false, true,
 'paid to the builder of the platform (平台建设方)',
 '一次性 and 等次提升的奖励差额: each level is paid once, a higher level later pays the difference (pays_difference; once_only would forbid the upgrade).',
 '三(六) 3'),
-- 四(七)  首次达到 10家（含）…: inclusive, each tier paid once, as differences.
('7.1', NULL, '人工智能（机器人）数据服务平台', 'data-service-platform',
 'step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万',
 'the number of non-affiliated AI (robotics) enterprises the platform serves (服务非关联企业数)',
 '7.1', NULL, NULL, false, true, NULL,
 '进档的奖励差额: a higher tier reached later pays the difference.',
 '四(七) 1'),
('7.2', NULL, '国家部委主办的高能级赛事全国总决赛奖项', 'competition-prize',
 'rate: 100%; cap 200万',
 'the reward the review approved for the prize class won (按照获得奖项类别)',
 '7.2', NULL, NULL, false, false, NULL,
 'The amount per prize class is left to the implementing rules; the row holds the ceiling, 最高 200 万元, as 100% of the approved amount.',
 '四(七) 2'),
-- 五(八)
('8.1', NULL, '创新应用场景优秀解决方案', 'scenario-solution',
 'fixed: 10万',
 'one solution rated excellent (被评为优秀的解决方案)',
 '8.1', NULL, NULL, false, false, NULL, NULL,
 '五(八) 1'),
('8.2.small', 'benchmark-scenario', '标杆应用场景（小型规模）', 'benchmark-scenario',
 'rate: 50%; cap 900万',
 'the scenario''s actual fixed-asset investment (场景实际固定资产投资额)',
 '8.2.benchmark', NULL, NULL, false, false,
 'paid to the enterprise that invests in and builds the project (项目投资建设企业)',
 'The size classes are left to the implementing rules; 不高于 50%: the rate is the policy''s ceiling.',
 '五(八) 2 标杆'),
('8.2.medium', 'benchmark-scenario', '标杆应用场景（中型规模）', 'benchmark-scenario',
 'rate: 40%; cap 900万',
 'the scenario''s actual fixed-asset investment (场景实际固定资产投资额)',
 '8.2.benchmark', NULL, NULL, false, false,
 'paid to the enterprise that invests in and builds the project (项目投资建设企业)',
 'The size classes are left to the implementing rules; 不高于 40%: the rate is the policy''s ceiling.',
 '五(八) 2 标杆'),
('8.2.large', 'benchmark-scenario', '标杆应用场景（大型规模）', 'benchmark-scenario',
 'rate: 30%; cap 900万',
 'the scenario''s actual fixed-asset investment (场景实际固定资产投资额)',
 '8.2.benchmark', NULL, NULL, false, false,
 'paid to the enterprise that invests in and builds the project (项目投资建设企业)',
 'The size classes are left to the implementing rules; 不高于 30%: the rate is the policy''s ceiling.',
 '五(八) 2 标杆'),
('8.2.pilot', 'pilot-scenario', '试点验证场景', 'pilot-scenario',
 'rate: 10%; cap 30万',
 'the value of the robot-leasing contract (合同金额)',
 '8.2.pilot', NULL, NULL, false, false,
 'robot hardware validated in a scenario through a leasing service; paid to the product supplier (产品提供企业)', NULL,
 '五(八) 2 试点'),
('8.3', NULL, '国家人工智能（机器人）领域相关试点示范', 'national-demonstration',
 'fixed: 300万',
 'one national benchmark scenario, pilot demonstration project or demonstration base awarded',
 '8.3', NULL, NULL, false, false,
 'paid to the first leading enterprise (第一牵头企业)', NULL,
 '五(八) 3'),
-- 五(九)  API calls and private deployment share one 500万 a year.
('9.1.api', 'model-fund', '调用第三方大模型 API', 'model-application',
 'marginal: >=0 -> 50%; cap 500万',
 'the spend on third-party large-model API services (大模型 API 服务使用金额)',
 '9.1', '500万', NULL, false, false, NULL,
 '阶梯式比例补贴 at 不超过 50%: the brackets are left to the implementing rules; the row holds the ceiling rate as a single bracket.',
 '五(九) 1'),
('9.1.private', 'model-fund', '采用第三方大模型私有化部署', 'model-application',
 'marginal: >=0 -> 20%; cap 500万',
 'the purchase price of the privately deployed third-party model, without compute, data and other costs (大模型采购金额)',
 '9.1', '500万', NULL, false, false, NULL,
 '阶梯式比例补贴 at 不超过 20%: the brackets are left to the implementing rules; the row holds the ceiling rate as a single bracket.',
 '五(九) 1'),
-- Provincial and municipal chain leaders are one kind in two limit groups:
-- an enterprise that is both gets the higher (取高不重复).
('9.2.provincial', NULL, '省级人工智能产业链主', 'chain-leader',
 'fixed: 200万',
 'recognition as a provincial AI industry-chain leader (省级人工智能产业链主)',
 '9.2.provincial', NULL, NULL, false, false, NULL, NULL,
 '五(九) 2 链主'),
('9.2.municipal', NULL, '市级人工智能产业链主', 'chain-leader',
 'fixed: 100万',
 'recognition as a municipal AI industry-chain leader (市级人工智能产业链主)',
 '9.2.municipal', NULL, NULL, false, false, NULL, NULL,
 '五(九) 2 链主'),
('9.2.product', NULL, '成都人工智能百强产品', 'top-100-product',
 'fixed: 5万',
 'one product on the 成都人工智能百强产品榜单, one row per product',
 '9.2.product', NULL, NULL, false, false, NULL, NULL,
 '五(九) 2 百强'),
-- 五(十)  达 100 万元 … inclusive.
('10.1', NULL, '智能机器人“首台套”产品', 'first-of-kind-robot',
 'step: >=100万 -> 10万, >=500万 -> 25万, >=2000万 -> 50万',
 'the product''s sales to non-affiliates in one calendar year within its certification (对非关联方销售额)',
 '10.1', NULL, NULL, false, true, NULL,
 '进档的奖励差额: a higher tier reached in a later year pays the difference.',
 '五(十) 1'),
('10.2.robot', NULL, '智能机器人产业化项目', 'robot-industrialisation',
 'rate: >=1000万 -> 20%; cap 500万',
 'the project''s actual equipment purchase, without land, buildings and used equipment (实际设备采购投资额)',
 '10.2', NULL, NULL, false, false,
 'certified as advanced in the industry (经认定具有行业先进水平)',
 '不高于 20%: the rate is the policy''s ceiling.',
 '五(十) 2'),
('10.2.humanoid', NULL, '人形机器人产业化项目', 'robot-industrialisation',
 'rate: >=500万 -> 30%; cap 500万',
 'the project''s actual equipment purchase, without land, buildings and used equipment (实际设备采购投资额)',
 '10.2', NULL, NULL, false, false,
 'certified as advanced in the industry (经认定具有行业先进水平)',
 '不高于 30%: the rate is the policy''s ceiling.',
 '五(十) 2'),
-- 六(十一)
('11.1', NULL, '人工智能（机器人）特色楼宇运营', 'landmark-building',
 'rate: 100%; cap 1000万',
 'the operating reward the evaluation approved for one building in the year, one row per building',
 '11.1', NULL, NULL, false, false,
 'meets the comprehensive-benefit evaluation (综合效益评价指标); paid to the operator (运营单位)',
 '不超过 1000 万元 per building per year with no formula: 100% of the approved amount, capped.',
 '六(十一) 1'),
('11.2.build', NULL, '产业展示中心建设', 'exhibition-centre-build',
 'rate: 100%; cap 1000万',
 'the actual construction cost of the centre (实际建设费用)',
 '11.2.build', NULL, NULL, true, false,
 'a centre in a specialised park; paid to the enterprise that builds it', NULL,
 '六(十一) 2'),
('11.2.operate', NULL, '产业展示中心运营', 'exhibition-centre-operation',
 'rate: 100%; cap 300万',
 'the actual operating cost of the year that the review approved (实际运营费用)',
 '11.2.operate', '300万', NULL, false, false,
 'paid to the enterprise that operates the centre, after review (经评审)', NULL,
 '六(十一) 2'),
-- 七(十二)  超过 50 万元 … exclusive: exactly 50万 gets nothing.
('12.1', NULL, '高薪专业技术人才', 'high-paid-talent',
 'step: >50万 -> 2万, >80万 -> 5万, >150万 -> 10万, >300万 -> 25万',
 'one professional''s human-resource cost to the enterprise in the year (单人单年人力资源成本支出), one row per person',
 '12.1', NULL, NULL, false, false,
 'for performance rewards of the talent (用于人才绩效奖励)',
 '根据人才使用效能: the implementing rules may grade by effectiveness; the row holds the standard amounts.',
 '七(十二) 1'),
('12.2.founder.1', NULL, '赛事冠军在区内首次注册成立公司', 'competition-founder',
 'fixed: 50万',
 'the company a champion (冠军) team or person first registered in the zone in the AI field',
 '12.2.founder', NULL, '{40,30,30}', false, false, NULL, NULL,
 '七(十二) 2'),
('12.2.founder.2', NULL, '赛事亚军在区内首次注册成立公司', 'competition-founder',
 'fixed: 30万',
 'the company a runner-up (亚军) team or person first registered in the zone in the AI field',
 '12.2.founder', NULL, '{40,30,30}', false, false, NULL, NULL,
 '七(十二) 2'),
('12.2.founder.3', NULL, '赛事季军在区内首次注册成立公司', 'competition-founder',
 'fixed: 20万',
 'the company a third-place (季军) team or person first registered in the zone in the AI field',
 '12.2.founder', NULL, '{40,30,30}', false, false, NULL, NULL,
 '七(十二) 2'),
('12.2.employee.1', NULL, '赛事冠军在区内人工智能公司就业', 'competition-employee',
 'fixed: 8万',
 'one champion (冠军) employed by an AI company in the zone, one row per person',
 '12.2.employee', NULL, NULL, false, false, 'paid to the employing company', NULL,
 '七(十二) 2'),
('12.2.employee.2', NULL, '赛事亚军在区内人工智能公司就业', 'competition-employee',
 'fixed: 4万',
 'one runner-up (亚军) employed by an AI company in the zone, one row per person',
 '12.2.employee', NULL, NULL, false, false, 'paid to the employing company', NULL,
 '七(十二) 2'),
('12.2.employee.3', NULL, '赛事季军在区内人工智能公司就业', 'competition-employee',
 'fixed: 2万',
 'one third-place winner (季军) employed by an AI company in the zone, one row per person',
 '12.2.employee', NULL, NULL, false, false, 'paid to the employing company', NULL,
 '七(十二) 2'),
-- 30 人（含）以上: inclusive.
('12.3', NULL, '与在蓉双一流高校合作开设人工智能线下课程', 'talent-course',
 'step: >=30 -> 25万',
 'the number of students in the course (one row per newly opened course)',
 '12.3', '200万', NULL, false, false,
 'a new offline AI course run with a 双一流 university in Chengdu, certified (经认定); paid to the enterprise that actually runs it (实际开课企业)', NULL,
 '七(十二) 3'),
-- 七(十三)
('13', NULL, '人工智能（机器人）产业活动', 'industry-event',
 'rate: 50%; cap 300万',
 'the event''s cost (活动费用)',
 '13', NULL, NULL, false, false,
 'an AI (robotics) industry event supported by the provincial, municipal or district government, certified (经认定)', NULL,
 '七(十三)'),
-- 七(十四)  1000 万元以上: inclusive.
('14.1', NULL, '获得天使投资、风险投资、创业投资基金投资入股', 'equity-financing',
 'rate: >=1000万 -> 5%; cap 150万',
 'the funds actually received in one round (单轮实际到位资金)',
 '14.1', NULL, '{40,30,30}', true, false,
 'certified (经认定); not granted to an enterprise that received a similar subsidy before (享受过类似政策补贴的不再享受)',
 'The text sets the 1000万 threshold on the round''s investment and the 5% on the funds received; the rule applies both to the funds received, which is the same when the round is fully paid in.',
 '七(十四) 1'),
('14.2', NULL, '基金管理公司投资人工智能（机器人）企业', 'fund-investment',
 'rate: >=1000万 -> 2%; cap 100万',
 'the fund manager''s actual investment in one round into one AI (robotics) enterprise (单轮实际投资资金)',
 '14.2', NULL, NULL, true, false,
 'certified (经认定); paid to the fund management company', NULL,
 '七(十四) 2')
       ) AS v(code, programme, title, kind, rule, measure,
              limit_group, annual_limit, shares, once_only, pays_difference,
              conditions, note, section)
       JOIN sentence USING (section)
 WHERE p.doc_number = '成高管发〔2025〕4号';

-- From here on the shipped rows are read-only (see install/90-catalog.sql).
CREATE TRIGGER keep_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.policy
    FOR EACH ROW EXECUTE FUNCTION @extschema@.catalog_keep_shipped();
CREATE TRIGGER keep_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.programme
    FOR EACH ROW EXECUTE FUNCTION @extschema@.catalog_keep_shipped();
CREATE TRIGGER keep_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.clause
    FOR EACH ROW EXECUTE FUNCTION @extschema@.catalog_keep_shipped();
