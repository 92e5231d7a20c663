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
