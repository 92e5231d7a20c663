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
