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
ALTER TABLE @extschema@.clause
    DROP CONSTRAINT clause_installment_shares_check,
    ADD CONSTRAINT clause_installment_shares_check
        CHECK (pg_catalog.cardinality(installment_shares) > 0
               AND pg_catalog.array_ndims(installment_shares) = 1);
ALTER FUNCTION @extschema@.catalog_keep_shipped()
    VOLATILE PARALLEL UNSAFE SET search_path = pg_catalog, pg_temp;
