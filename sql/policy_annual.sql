-- The reference policy over a year and across years: yearly ceilings per
-- limit group, 取高不重复 within a kind and across levels, 就高补差, 进档差额,
-- instalments and the 1亿 budgets.  Wanted amounts are computed by hand from
-- the policy text and shown beside the results.

CREATE TEMP TABLE app (ent int, year int, code text, amount cny, units numeric);
INSERT INTO app VALUES
-- 1: 二(一) 800万 of domestic fees (400万) and 500万 of foreign (150万):
--    每年最高 500 万元 for both together.
(1, 2025, '1.domestic', '800万', NULL), (1, 2025, '1.foreign', '500万', NULL),
-- 2: 三(四) four special models, 300万 each at most (one claims 360万),
--    每个企业每年不超过 1000 万元.
(2, 2025, '4.special', '1000万', NULL), (2, 2025, '4.special', '1000万', NULL),
(2, 2025, '4.special', '1000万', NULL), (2, 2025, '4.special', '1200万', NULL),
-- 3: 五(九) API 600万 (300万) and private deployment 1500万 (300万):
--    每个企业每年累计不超过 500 万元.
(3, 2025, '9.1.api', '600万', NULL), (3, 2025, '9.1.private', '1500万', NULL),
-- 4: 七(十二) 3 nine courses of 30 or more (25万 each) and one of 29:
--    每家企业每年不超过 200 万元.
(4, 2025, '12.3', NULL, 30), (4, 2025, '12.3', NULL, 31), (4, 2025, '12.3', NULL, 32),
(4, 2025, '12.3', NULL, 33), (4, 2025, '12.3', NULL, 34), (4, 2025, '12.3', NULL, 35),
(4, 2025, '12.3', NULL, 36), (4, 2025, '12.3', NULL, 37), (4, 2025, '12.3', NULL, 38),
(4, 2025, '12.3', NULL, 29),
-- 5: provincial and municipal chain leader: one kind, the higher (200万).
(5, 2025, '9.2.provincial', NULL, 1), (5, 2025, '9.2.municipal', NULL, 1),
-- 6: district compute voucher 400万 against a provincial one of 450万.
(6, 2025, '1.domestic', '800万', NULL),
-- 7: district compute 400万 against municipal 300万; district key-tech R&D
--    200万 (10% of 2000万) against national 200万.
(7, 2025, '1.domestic', '800万', NULL), (7, 2025, '3', '2000万', NULL),
-- 8: different kinds stack: two talents (超过 300万: 25万; 100万: 5万),
--    a generative-AI filing (50万), two top-100 products (5万 each).
(8, 2025, '12.1', '3000000.01', NULL), (8, 2025, '12.1', '100万', NULL),
(8, 2025, '5.generative', NULL, 1),
(8, 2025, '9.2.product', NULL, 1), (8, 2025, '9.2.product', NULL, 1);

CREATE TEMP TABLE other (ent int, year int, level text, kind text, amount cny);
INSERT INTO other VALUES
(6, 2025, 'provincial', 'compute', '450万'),
(7, 2025, 'municipal', 'compute', '300万'),
(7, 2025, 'national', 'key-tech-rd', '200万');

CREATE TEMP VIEW line AS
SELECT a.ent, a.year, 'district' AS level, c.kind, c.limit_group, c.annual_limit,
       coalesce(award_for(c.rule, a.amount), award_for(c.rule, a.units)) AS award
  FROM app a JOIN clause c USING (code)
UNION ALL
SELECT ent, year, level, kind, NULL, NULL, award_for('rate: 100%', amount)
  FROM other;

-- annual_total: per limit group under its yearly limit, per kind the
-- highest, summed over kinds.
SELECT t.ent, granted(t.total) AS granted, claimed(t.total) AS claimed, w.granted AS want_granted,
       w.claimed AS want_claimed,
       granted(t.total) = w.granted AND claimed(t.total) = w.claimed AS ok
  FROM (SELECT ent, annual_total(kind, limit_group, award, annual_limit) AS total
          FROM line GROUP BY ent) t
  JOIN (VALUES (1, '500万'::cny,  '550万'::cny),
               (2, '1000万',      '1260万'),
               (3, '500万',       '600万'),
               (4, '200万',       '225万'),
               (5, '200万',       '300万'),
               (6, '450万',       '850万'),
               (7, '600万',       '1100万'),
               (8, '90万',        '90万')) AS w(ent, granted, claimed) USING (ent)
 ORDER BY t.ent;

-- 就高补差 for the district: per kind its limit group totals against the
-- best award of the other levels.  6: 400万 < 450万 pays 0; 7: compute
-- 400万 - 300万 = 100万, R&D 200万 - 200万 = 0.
SELECT ent, top_up_per_kind(kind, amount, level = 'district') AS district_pays, want,
       top_up_per_kind(kind, amount, level = 'district') = want AS ok
  FROM (SELECT ent, level, kind, granted(cap_sum(award, annual_limit)) AS amount
          FROM line GROUP BY ent, level, kind, limit_group) g
  JOIN (VALUES (6, '0'::cny), (7, '100万')) AS w(ent, want) USING (ent)
 GROUP BY ent, want
 ORDER BY ent;

-- 进档差额: national after municipal pays 150万; falling back pays nothing.
SELECT tier_gain(rule, 1, 3) AS "1→3", tier_gain(rule, 3, 1) AS "3→1",
       tier_gain(rule, 0, 2) AS "0→2"
  FROM clause WHERE code = '6.3';

-- 分三年按 40%、30%、30% 的比例兑现: the instalments add up to the award.
--  12.2.founder.1: 50万 → 20万, 15万, 15万.
--  14.1 on 12345678.90: 617283.945 → 617283.95; 40% is 246913.58, 30% is
--  185185.185 twice: the fen left over goes to the earlier year.
--  14.1 on a round of 3000万: 150万 → 60万, 45万, 45万.
SELECT c.code, i.year, i.amount
  FROM clause c,
       LATERAL (VALUES ('12.2.founder.1', NULL::cny), ('14.1', '3000万'),
                       ('14.1', '12345678.90')) AS v(code, measure),
       LATERAL installments(granted(coalesce(award_for(c.rule, v.measure),
                                             award_for(c.rule, 1::numeric))),
                            c.installment_shares, 2025) AS i
 WHERE c.code = v.code
 ORDER BY c.code, v.measure, i.year;

-- 总额控制: thirty enterprises at the 500万 ceiling ask 1.5亿 of the 1亿
-- 算力券.  Pro rata each gets 1亿/30 = 3333333.33⅓: ten get 3333333.34,
-- twenty 3333333.33, and the budget is paid to the fen.
SELECT count(*) AS enterprises, sum(demand) AS demand, sum(paid) AS paid,
       min(paid), max(paid),
       count(*) FILTER (WHERE paid = '3333333.34') AS at_34
  FROM (SELECT e, '500万'::cny AS demand,
               pro_rata('500万'::cny, p.annual_budget) OVER (ORDER BY e) AS paid
          FROM generate_series(1, 30) e,
               programme p WHERE p.code = 'compute-voucher') s;
-- Twenty fit the budget: everyone is paid in full.
SELECT count(*) AS enterprises, sum(paid) AS paid, min(paid), max(paid)
  FROM (SELECT pro_rata('500万'::cny, p.annual_budget) OVER () AS paid
          FROM generate_series(1, 20) e,
               programme p WHERE p.code = 'compute-voucher') s;
