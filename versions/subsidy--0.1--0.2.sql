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
-- An agency row that 0.1 took and the check refuses stops the update with
-- the rows named, rather than with a bare check violation.
DO $$
DECLARE
    bad text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('%s %s', code, installment_shares), ', ' ORDER BY code)
      INTO bad
      FROM @extschema@.clause
     WHERE NOT @extschema@.installment_shares_valid(installment_shares);
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'clauses with instalment shares that installments() refuses: %', bad
            USING ERRCODE = 'check_violation',
                  DETAIL = 'subsidy 0.2 checks that a clause''s installment_shares are whole percentages adding up to 100, one per year.',
                  HINT = 'Correct those rows (UPDATE clause SET installment_shares = ...) and run ALTER EXTENSION subsidy UPDATE again.';
    END IF;
END
$$;
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

-- The trigger checks rows as they are written; rows 0.1 already holds that
-- disagree are named, and stay until the agency corrects them.
DO $$
DECLARE
    clash text;
BEGIN
    SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format('%s and %s (kind %s, limit group %s)',
                                                         a.code, b.code, coalesce(a.kind, 'NULL'), a.limit_group), '; ')
      INTO clash
      FROM @extschema@.clause a
      JOIN @extschema@.clause b
        ON a.code < b.code
       AND a.kind IS NOT DISTINCT FROM b.kind
       AND a.limit_group = b.limit_group
       AND @extschema@.fen(a.annual_limit) IS DISTINCT FROM @extschema@.fen(b.annual_limit);
    IF clash IS NOT NULL THEN
        RAISE WARNING 'clauses in one limit group with different yearly limits: %', clash
            USING DETAIL = 'annual_total adds the awards of one limit group up under one limit, and fails for an enterprise with awards under both.',
                  HINT = 'Give the clauses the same annual_limit, or limit groups of their own.';
    END IF;
END
$$;

-- granted(award_for(t, m)) is planned as award_for_granted(t, m), which
-- gives the same amount without building the award in between.
CREATE FUNCTION @extschema@.granted_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.granted_support(internal) IS
    'planner support for granted(): granted(award_for(t, m)) becomes award_for_granted(t, m)';
ALTER FUNCTION @extschema@.granted(@extschema@.award) SUPPORT @extschema@.granted_support;
CREATE FUNCTION @extschema@.award_for_granted(@extschema@.tiers, @extschema@.cny) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'award_for_granted_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_for_granted(@extschema@.tiers, @extschema@.cny) IS
    'granted(award_for(schedule, amount)) without the award in between; the planner calls it in that one''s place';
CREATE FUNCTION @extschema@.award_for_granted(@extschema@.tiers, numeric) RETURNS @extschema@.cny
    AS 'MODULE_PATHNAME', 'award_for_granted_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.award_for_granted(@extschema@.tiers, numeric) IS
    'granted(award_for(schedule, measure)) without the award in between; the planner calls it in that one''s place';

-- Shipped rows of 成高管发〔2025〕4号 corrected in 0.2: yearly ceilings are the
-- clauses' annual_limit only, not also a cap on one application, so that
-- cut(award) names the ceiling that cut; the founders' places compete; the
-- notes say more.  The agency's rows are left alone.
ALTER TABLE @extschema@.clause DISABLE TRIGGER keep_shipped;
UPDATE @extschema@.clause SET rule = 'rate: 50%'::@extschema@.tiers,
       note = '分档给予: the tiers are left to the implementing rules; the row holds the policy''s ceiling rate, 50% of the fees; the 500万 a year per enterprise is the clause''s annual_limit, shared with 1.foreign in limit group 1 and applied to the year''s vouchers together, not a cap on one voucher.'
 WHERE code = '1.domestic' AND shipped;
UPDATE @extschema@.clause SET rule = 'rate: 30%'::@extschema@.tiers,
       note = '分档给予: the tiers are left to the implementing rules; the row holds the policy''s ceiling rate, 30% of the fees; the 500万 a year per enterprise is the clause''s annual_limit, shared with 1.domestic in limit group 1 and applied to the year''s vouchers together, not a cap on one voucher.'
 WHERE code = '1.foreign' AND shipped;
UPDATE @extschema@.clause SET rule = 'rate: >=1500万 -> 10%'::@extschema@.tiers,
       note = 'Executed under 成高管发〔2024〕10号 (支持人工智能领域关键技术攻关), which may add conditions and has its own period (十五: 已有明确执行期限的，从其规定). The 1000万 a year is the clause''s annual_limit.'
 WHERE code = '3' AND shipped;
UPDATE @extschema@.clause SET note = 'Executed under 成高管发〔2024〕10号 (增强人工智能大模型开放创新), which may add conditions and has its own period (十五: 已有明确执行期限的，从其规定).'
 WHERE code = '4.general' AND shipped;
UPDATE @extschema@.clause SET note = 'Executed under 成高管发〔2024〕10号 (增强人工智能大模型开放创新), which may add conditions and has its own period (十五: 已有明确执行期限的，从其规定).'
 WHERE code = '4.special' AND shipped;
UPDATE @extschema@.clause SET rule = 'marginal: 50%'::@extschema@.tiers,
       note = '阶梯式比例补贴 at 不超过 50%: the brackets are left to the implementing rules; the row holds the ceiling rate as a single bracket. The 500万 a year per enterprise (每个企业每年累计) is the clause''s annual_limit, shared with 9.1.private in limit group 9.1.'
 WHERE code = '9.1.api' AND shipped;
UPDATE @extschema@.clause SET rule = 'marginal: 20%'::@extschema@.tiers,
       note = '阶梯式比例补贴 at 不超过 20%: the brackets are left to the implementing rules; the row holds the ceiling rate as a single bracket. The 500万 a year per enterprise (每个企业每年累计) is the clause''s annual_limit, shared with 9.1.api in limit group 9.1.'
 WHERE code = '9.1.private' AND shipped;
UPDATE @extschema@.clause SET note = '不超过 1000 万元 per building per year with no formula: 100% of the approved amount, capped. The cap holds for one building and year: add up a building''s approved amounts of the year into one row.'
 WHERE code = '11.1' AND shipped;
UPDATE @extschema@.clause SET rule = 'rate: 100%'::@extschema@.tiers,
       note = '每年最高 300 万元 with no formula: 100% of the approved operating cost, under the clause''s annual_limit of 300万 a year.'
 WHERE code = '11.2.operate' AND shipped;
UPDATE @extschema@.clause SET limit_group = '12.2.founder.1',
       note = 'A company is first registered (首次注册成立) once: the three places are one kind in three limit groups, so a company whose founders won several places is paid the highest, not the sum (取高不重复).'
 WHERE code = '12.2.founder.1' AND shipped;
UPDATE @extschema@.clause SET limit_group = '12.2.founder.2',
       note = 'A company is first registered (首次注册成立) once: the three places are one kind in three limit groups, so a company whose founders won several places is paid the highest, not the sum (取高不重复).'
 WHERE code = '12.2.founder.2' AND shipped;
UPDATE @extschema@.clause SET limit_group = '12.2.founder.3',
       note = 'A company is first registered (首次注册成立) once: the three places are one kind in three limit groups, so a company whose founders won several places is paid the highest, not the sum (取高不重复).'
 WHERE code = '12.2.founder.3' AND shipped;
UPDATE @extschema@.clause SET note = 'The text sets the 1000万 threshold on the round''s investment and the 5% on the funds received; the rule applies both to the funds received, which is the same when the round is fully paid in. For a round not fully paid in, test the round''s investment in SQL (>= ''1000万'') and apply rate: 5%; cap 150万 to the funds received.'
 WHERE code = '14.1' AND shipped;
ALTER TABLE @extschema@.clause ENABLE TRIGGER keep_shipped;
