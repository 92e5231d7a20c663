-- subsidy 0.1 -> 0.2.  Each change here has its twin in install/, so that an
-- upgraded database holds what a fresh CREATE EXTENSION gives (checked by
-- test/upgrade.sh).

\echo Use "ALTER EXTENSION subsidy UPDATE TO '0.2'" to load this file. \quit

-- The catalog's default and checks call pg_catalog's functions by name, and
-- the shipped-row trigger fixes its search_path: a database that installed
-- 0.1 before its script was corrected may hold look-alikes planted beside
-- them.
ALTER TABLE @extschema@.policy
    ALTER COLUMN id SET DEFAULT pg_catalog.nextval('@extschema@.policy_id_seq'::pg_catalog.regclass),
    DROP CONSTRAINT policy_effective_check,
    ADD CONSTRAINT policy_effective_check CHECK (NOT pg_catalog.isempty(effective));
ALTER FUNCTION @extschema@.catalog_keep_shipped()
    VOLATILE PARALLEL UNSAFE SET search_path = pg_catalog, pg_temp;

-- A clause's instalment shares are checked when the row is written, by the
-- rule installments() applies: 0.1 took {40,30} and failed in the report.
CREATE FUNCTION @extschema@.installment_shares_valid(shares integer[]) RETURNS boolean
AS 'MODULE_PATHNAME', 'installment_shares_valid'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.installment_shares_valid(integer[]) IS
'whether installments() takes these shares: one-dimensional, no NULL or negative share, adding up to 100';
ALTER TABLE @extschema@.clause
    DROP CONSTRAINT clause_installment_shares_check,
    ADD CONSTRAINT clause_installment_shares_check
        CHECK (@extschema@.installment_shares_valid(installment_shares));
COMMENT ON COLUMN @extschema@.clause.installment_shares IS
    'whole percentages of the award paid in consecutive years, adding up to 100, e.g. {40,30,30}; NULL when paid at once';

-- Btree indexes on amounts and awards may deduplicate equal keys.  An index
-- built under 0.1 does so once it is rebuilt (REINDEX).
ALTER OPERATOR FAMILY @extschema@.cny_ops USING btree
    ADD FUNCTION 4 (@extschema@.cny, @extschema@.cny) pg_catalog.btequalimage(oid);
ALTER OPERATOR FAMILY @extschema@.award_btree_ops USING btree
    ADD FUNCTION 4 (@extschema@.award, @extschema@.award) pg_catalog.btequalimage(oid);

