-- The catalog: its tables, the reference policy's rows, who may read and
-- write them, and the effective period.  Expected values come from the
-- policy text (成高管发〔2025〕4号) and from issue 5, not from the code.

SET datestyle = ISO;

-- The policy row.  十五: 自 2025 年 4 月 28 日起施行，有效期三年.
SELECT doc_number, level, issuer, effective
  FROM policy;

-- In force 2025-04-28 through 2028-04-27: the day before and the day after
-- are out.
SELECT d AS decided, p.effective @> d AS in_force, want
  FROM policy p,
       (VALUES ('2025-04-27'::date, false), ('2025-04-28', true),
               ('2026-12-31', true), ('2028-04-27', true),
               ('2028-04-28', false)) AS v(d, want)
 ORDER BY d;

-- Exactly the clause codes issue 5 lists: nothing missing, nothing extra.
SELECT coalesce(c.code, v.code) AS code,
       CASE WHEN c.code IS NULL THEN 'missing' ELSE 'extra' END AS problem
  FROM clause c
  FULL JOIN (VALUES ('1.domestic'), ('1.foreign'), ('2'), ('3'), ('4.general'),
                    ('4.special'), ('5.generative'), ('5.synthesis'), ('6.1'),
                    ('6.2'), ('6.3'), ('7.1'), ('7.2'), ('8.1'), ('8.2.small'),
                    ('8.2.medium'), ('8.2.large'), ('8.2.pilot'), ('8.3'),
                    ('9.1.api'), ('9.1.private'), ('9.2.provincial'),
                    ('9.2.municipal'), ('9.2.product'), ('10.1'),
                    ('10.2.robot'), ('10.2.humanoid'), ('11.1'),
                    ('11.2.build'), ('11.2.operate'), ('12.1'),
                    ('12.2.founder.1'), ('12.2.founder.2'), ('12.2.founder.3'),
                    ('12.2.employee.1'), ('12.2.employee.2'),
                    ('12.2.employee.3'), ('12.3'), ('13'), ('14.1'), ('14.2'))
            AS v(code) USING (code)
 WHERE c.code IS NULL OR v.code IS NULL;
SELECT count(*) AS clauses, count(*) FILTER (WHERE shipped) AS shipped FROM clause;

-- Every clause of the reference policy as encoded: the rule in canonical
-- form, what it is applied to, and the ceilings.  Read against the policy.
SELECT code, rule, kind, limit_group, annual_limit, installment_shares AS shares,
       once_only, pays_difference AS diff, programme
  FROM clause
 ORDER BY split_part(code, '.', 1)::int, code;

-- Every row quotes the policy and says what it is applied to.
SELECT code FROM clause
 WHERE source !~ '[。；]$' OR measure = '' OR title = '';

-- Programmes: 算力券, 场景专项资金 and 模型扶持资金 of 1亿 a year; at most 10
-- specialised models, 20 benchmark and 5 pilot scenarios a year, the
-- scenarios drawing on one fund.
SELECT code, title, annual_budget, annual_quota, part_of
  FROM programme ORDER BY code;

-- Registered with pg_extension_config_dump: an agency's own rows (and the
-- policy id sequence) are dumped, the shipped rows are not.
SELECT t.relname, coalesce(nullif(cond, ''), '(all)') AS dumped
  FROM pg_extension e,
       unnest(e.extconfig, e.extcondition) AS u(oid, cond)
  JOIN pg_class t ON t.oid = u.oid
 WHERE e.extname = 'subsidy'
 ORDER BY t.relname;

-- Everyone reads the catalog; nobody but the extension's owner writes it.
CREATE ROLE regress_subsidy_reader;
SET ROLE regress_subsidy_reader;
SELECT count(*) AS readable FROM clause JOIN policy ON policy.id = clause.policy_id;
INSERT INTO policy (doc_number, title, level, issuer, effective)
VALUES ('x', 'x', 'district', 'x', '[2025-01-01,2026-01-01)');
RESET ROLE;
DROP ROLE regress_subsidy_reader;

-- The shipped rows are read-only: a change would be lost by dump/restore.
UPDATE clause SET rule = 'rate: 40%; cap 500万' WHERE code = '1.domestic';
DELETE FROM programme WHERE code = 'model-fund';
UPDATE policy SET shipped = false;
SELECT rule FROM clause WHERE code = '1.domestic';

-- An agency adds its implementing rules as a policy of its own, with
-- clause rows of its own, and may change and delete them.
INSERT INTO policy (doc_number, title, level, issuer, effective)
VALUES ('示例实施细则', '算力券实施细则（示例）', 'district', '示例局',
        '[2025-04-28,2028-04-28)');
INSERT INTO clause (code, policy_id, programme, title, kind, rule, measure,
                    limit_group, annual_limit, source)
SELECT '1.domestic.rules', id, 'compute-voucher', '算力券：国产算力（分档示例）', 'compute',
       'marginal: >=0 -> 50%, >=500万 -> 40%; cap 500万', 'compute fees', '1', '500万',
       '示例'
  FROM policy WHERE doc_number = '示例实施细则';
UPDATE clause SET rule = 'marginal: >=0 -> 50%, >=400万 -> 40%' WHERE code = '1.domestic.rules';
SELECT code, rule, annual_limit, shipped FROM clause WHERE NOT shipped;
-- Inserting a row that claims to be shipped would be lost by dump/restore.
INSERT INTO programme (code, policy_id, title, shipped)
SELECT 'fake', id, 'fake', true FROM policy WHERE doc_number = '示例实施细则';
DELETE FROM clause WHERE code = '1.domestic.rules';
DELETE FROM policy WHERE doc_number = '示例实施细则';

-- The checks: a level the catalog does not know, an empty period, a yearly
-- limit without a group to apply it to, empty or wrong instalments, a
-- negative budget.
INSERT INTO policy (doc_number, title, level, issuer, effective)
VALUES ('y', 'y', 'county', 'y', '[2025-01-01,2026-01-01)');
INSERT INTO policy (doc_number, title, level, issuer, effective)
VALUES ('y', 'y', 'national', 'y', 'empty');
INSERT INTO clause (code, policy_id, title, rule, measure, annual_limit, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '1万', 'z' FROM policy;
INSERT INTO clause (code, policy_id, title, rule, measure, installment_shares, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '{}', 'z' FROM policy;
-- Shares installments() would refuse are refused when the row is written:
-- 40 + 30 is 70, not 100; a negative share; a NULL share; two dimensions.
-- {40,30,30} is taken.
INSERT INTO clause (code, policy_id, title, rule, measure, installment_shares, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '{40,30}', 'z' FROM policy;
INSERT INTO clause (code, policy_id, title, rule, measure, installment_shares, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '{150,-50}', 'z' FROM policy;
INSERT INTO clause (code, policy_id, title, rule, measure, installment_shares, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '{40,NULL,60}', 'z' FROM policy;
INSERT INTO clause (code, policy_id, title, rule, measure, installment_shares, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '{{40,30},{20,10}}', 'z' FROM policy;
BEGIN;
INSERT INTO clause (code, policy_id, title, rule, measure, installment_shares, source)
SELECT 'z', id, 'z', 'fixed: 1万', 'z', '{40,30,30}', 'z' FROM policy;
ROLLBACK;
INSERT INTO programme (code, policy_id, title, annual_budget)
SELECT 'neg', id, 'neg', '-0.01' FROM policy;

-- Clauses of one kind and limit group share its yearly limit.  An agency
-- clause in the district's compute group 1 with its own 300万 a year is
-- refused; in a group of its own it is taken, and a second clause of that
-- group with the same limit too; changing one of them to another limit is
-- refused, and so is a NULL limit beside a set one.  The same group name
-- under another kind is another group.
INSERT INTO clause (code, policy_id, title, kind, rule, measure, limit_group, annual_limit, source)
SELECT 'own.a', id, 'a', 'compute', 'rate: 40%', 'fees', '1', '300万', 'a' FROM policy;
INSERT INTO clause (code, policy_id, title, kind, rule, measure, limit_group, annual_limit, source)
SELECT v.code, id, 'a', 'compute', 'rate: 40%', 'fees', 'own', '300万', 'a'
  FROM policy, (VALUES ('own.a'), ('own.b')) v(code);
UPDATE clause SET annual_limit = '200万' WHERE code = 'own.b';
UPDATE clause SET annual_limit = NULL WHERE code = 'own.b';
INSERT INTO clause (code, policy_id, title, kind, rule, measure, limit_group, annual_limit, source)
SELECT 'own.c', id, 'c', 'talent', 'fixed: 1万', 'people', 'own', '1万', 'c' FROM policy;
SELECT code, kind, limit_group, annual_limit FROM clause WHERE code LIKE 'own.%' ORDER BY code;
DELETE FROM clause WHERE code LIKE 'own.%';
