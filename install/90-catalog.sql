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
    CONSTRAINT clause_installment_shares_check
        CHECK (@extschema@.installment_shares_valid(installment_shares))
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
    'whole percentages of the award paid in consecutive years, adding up to 100, e.g. {40,30,30}; NULL when paid at once';
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

-- annual_total adds a limit group's awards up under one limit, so clauses of
-- one kind and limit group must agree on annual_limit: a row that does not
-- is refused when it is written, rather than failing the reports of every
-- enterprise that has awards under both.  Groups are named per kind, as
-- annual_total keys them.
CREATE FUNCTION @extschema@.catalog_check_limit_group() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    other record;
BEGIN
    SELECT c.code, c.annual_limit INTO other
      FROM @extschema@.clause c
     WHERE c.code <> NEW.code
       AND c.kind IS NOT DISTINCT FROM NEW.kind
       AND c.limit_group = NEW.limit_group
       AND @extschema@.fen(c.annual_limit) IS DISTINCT FROM @extschema@.fen(NEW.annual_limit)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'clause % and clause % are in limit group % of kind % with different yearly limits',
                NEW.code, other.code, NEW.limit_group, coalesce(NEW.kind, 'NULL')
            USING ERRCODE = 'check_violation',
                  DETAIL = format('%s has annual_limit %s, %s has %s; annual_total adds the awards of one limit group up under one limit.',
                                  NEW.code, coalesce(NEW.annual_limit::text, 'NULL'),
                                  other.code, coalesce(other.annual_limit::text, 'NULL')),
                  HINT = 'Give the clauses the same annual_limit, or limit groups of their own.';
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.catalog_check_limit_group() IS
    'trigger: refuses a clause whose kind and limit group another clause has with a different annual_limit';

CREATE CONSTRAINT TRIGGER limit_group_agrees AFTER INSERT OR UPDATE OF kind, limit_group, annual_limit
    ON @extschema@.clause FOR EACH ROW WHEN (NEW.limit_group IS NOT NULL)
    EXECUTE FUNCTION @extschema@.catalog_check_limit_group();
