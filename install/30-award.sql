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

-- granted(award_for(t, m)) is planned as award_for_granted(t, m), which
-- gives the same amount without building the award in between.
CREATE FUNCTION @extschema@.granted_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.granted_support(internal) IS
    'planner support for granted(): granted(award_for(t, m)) becomes award_for_granted(t, m)';

CREATE FUNCTION @extschema@.granted(@extschema@.award) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'granted' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.granted_support;
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

-- Equal awards are equal bytes: btree indexes may deduplicate them.
ALTER OPERATOR FAMILY @extschema@.award_btree_ops USING btree
    ADD FUNCTION 4 (@extschema@.award, @extschema@.award) pg_catalog.btequalimage(oid);

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

CREATE FUNCTION @extschema@.award_for_granted(@extschema@.tiers, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'award_for_granted_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_for_granted(@extschema@.tiers, @extschema@.cny) IS
    'granted(award_for(schedule, amount)) without the award in between; the planner calls it in that one''s place';
CREATE FUNCTION @extschema@.award_for_granted(@extschema@.tiers, numeric) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'award_for_granted_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_for_granted(@extschema@.tiers, numeric) IS
    'granted(award_for(schedule, measure)) without the award in between; the planner calls it in that one''s place';
