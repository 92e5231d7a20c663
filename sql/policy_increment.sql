-- 进档差额 over the years for the clauses that pay it (6.3, 7.1, 10.1), with
-- tier_increment: the highest tier reached so far minus the highest reached
-- before; nothing when the measure falls back or stays.  Wanted amounts are
-- computed by hand from the policy text.
--  6.3: municipal (50万) in 2025, again municipal in 2026, national (200万)
--       in 2027: 50万, 0, 150万 — 200万 in all, the national amount.
--  7.1: 9, 12, 35, 55 firms (10家（含）, 30家（含）, 50家（含）): 0, 5万, 5万,
--       15万 — 25万 in all.
--  10.1: sales 120万, 600万, 300万, 2500万 (达 100万, 500万, 2000万):
--        10万, 15万, 0, 25万 — 50万 in all.

CREATE TEMP TABLE history (code text, year int, m numeric, want cny);
INSERT INTO history VALUES
('6.3', 2025, 1, '50万'), ('6.3', 2026, 1, '0'), ('6.3', 2027, 3, '150万'),
('7.1', 2025, 9, '0'), ('7.1', 2026, 12, '5万'), ('7.1', 2027, 35, '5万'),
('7.1', 2028, 55, '15万'),
('10.1', 2025, 1200000, '10万'), ('10.1', 2026, 6000000, '15万'),
('10.1', 2027, 3000000, '0'), ('10.1', 2028, 25000000, '25万');

SELECT code, year, m AS measure, pays, want, pays = want AS ok
  FROM (SELECT h.*, tier_increment(c.rule, h.m)
                        OVER (PARTITION BY h.code ORDER BY h.year) AS pays
          FROM history h JOIN clause c USING (code)) s
 ORDER BY split_part(code, '.', 1)::int, code, year;

-- 10.1 with the sales as cny: the same payments.
SELECT year, m::cny AS sales,
       tier_increment(c.rule, m::cny) OVER (ORDER BY year) AS pays, want
  FROM history h JOIN clause c USING (code)
 WHERE code = '10.1'
 ORDER BY year;

-- Over the years each clause pays exactly its highest tier reached.
SELECT code, sum(pays) AS paid_in_all, granted(award_for(rule, max(m))) AS highest_tier
  FROM (SELECT h.code, h.m, c.rule, tier_increment(c.rule, h.m)
                                        OVER (PARTITION BY h.code ORDER BY h.year) AS pays
          FROM history h JOIN clause c USING (code)) s
 GROUP BY code, rule
 ORDER BY split_part(code, '.', 1)::int, code;
