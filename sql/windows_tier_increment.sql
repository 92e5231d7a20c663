-- tier_increment(tiers, measure) OVER (PARTITION BY ... ORDER BY year):
-- 进档差额, the highest tier reached so far minus the highest reached
-- before, 0 when the measure falls back.  Every "want" is by hand.

-- 四(七) 1 data service platforms: serving 10 / 30 / 50 (含) non-affiliated
-- AI firms → 5万 / 10万 / 25万, first time reached, upgrades pay the
-- difference.
--  A climbs:         12 → 5万;  35 → 10万 - 5万 = 5万;  55 → 25万 - 10万 = 15万
--  B jumps, falls:    5 → 0;    55 → 25万;             20 → 0
--  C at 30 at once:  30 → 10万; 29 → 0;                30 again → 0 (paid)
--  D each boundary:   9 → 0;    10 → 5万; 49 → 5万 (10万 reached at 30); 50 → 15万
--  E a NULL year:    10 → 5万;  NULL → NULL;           30 → 5万
SELECT platform, year, served,
       tier_increment('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', served)
           OVER (PARTITION BY platform ORDER BY year) AS got,
       want
FROM (VALUES ('A', 2025, 12::numeric, '5万'::cny), ('A', 2026, 35, '5万'), ('A', 2027, 55, '15万'),
             ('B', 2025, 5, '0'), ('B', 2026, 55, '25万'), ('B', 2027, 20, '0'),
             ('C', 2025, 30, '10万'), ('C', 2026, 29, '0'), ('C', 2027, 30, '0'),
             ('D', 2025, 9, '0'), ('D', 2026, 10, '5万'), ('D', 2027, 49, '5万'), ('D', 2028, 50, '15万'),
             ('E', 2025, 10, '5万'), ('E', 2026, NULL, NULL), ('E', 2027, 30, '5万')) v(platform, year, served, want)
ORDER BY platform, year;

-- Whatever the path, the increments add up to the highest tier reached.
SELECT platform, sum(got) AS paid, want
FROM (SELECT platform, tier_increment('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', served)
                           OVER (PARTITION BY platform ORDER BY year) AS got
      FROM (VALUES ('A', 2025, 12::numeric), ('A', 2026, 35), ('A', 2027, 55),
                   ('B', 2025, 5), ('B', 2026, 55), ('B', 2027, 20),
                   ('C', 2025, 30), ('C', 2026, 29), ('C', 2027, 30)) v(platform, year, served)) s
JOIN (VALUES ('A', '25万'::cny), ('B', '25万'), ('C', '10万')) w(platform, want) USING (platform)
GROUP BY platform, want ORDER BY platform;

-- 五(十) 1 first-of-kind robots on a cny measure: yearly sales of 100万 /
-- 500万 / 2000万 → 10万 / 25万 / 50万.  One fen under 100万 → 0; 100万 →
-- 10万; 2000万 → 50万 - 10万 = 40万; then 500万 → 0.
SELECT year, sales,
       tier_increment('step: >=100万 -> 10万, >=500万 -> 25万, >=2000万 -> 50万', sales)
           OVER (ORDER BY year) AS got, want
FROM (VALUES (2025, '999999.99'::cny, '0'::cny), (2026, '100万', '10万'),
             (2027, '2000万', '40万'), (2028, '500万', '0')) v(year, sales, want)
ORDER BY year;

-- A rising step from one year to the next pays what tier_gain says.
SELECT tier_gain(t, '100万'::cny, '2000万'::cny) AS tier_gain, '40万'::cny AS want
FROM (SELECT 'step: >=100万 -> 10万, >=500万 -> 25万, >=2000万 -> 50万'::tiers AS t) s;

-- A NULL schedule gives NULL and changes nothing.
SELECT year, tier_increment(t, n) OVER (ORDER BY year) AS got, want
FROM (VALUES (2025, 'step: >=10 -> 5万'::tiers, 10::numeric, '5万'::cny),
             (2026, NULL, 20, NULL),
             (2027, 'step: >=10 -> 5万', 20, '0')) v(year, t, n, want)
ORDER BY year;
