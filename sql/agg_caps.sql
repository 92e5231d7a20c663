-- Ceilings: cap_sum and annual_total on cny amounts.  Every "want" is
-- computed by hand in the comment beside it.

-- cap_sum.  二(一) 算力券: 50% of domestic compute fees, 30% of
-- non-domestic, at most 500万 per enterprise per year.  Fees of 800万
-- domestic → 400万 and 500万 non-domestic → 150万: 550万 claimed, 500万
-- granted, 50万 cut.
SELECT granted(t) AS granted, claimed(t) AS claimed, cut(t) AS cut,
       granted(t) = '500万' AND claimed(t) = '550万' AND cut(t) = '50万' AS ok
FROM (SELECT cap_sum(fee * rate, '500万') AS t
      FROM (VALUES ('800万'::cny, 0.50), ('500万', 0.30)) v(fee, rate)) s;

-- The boundaries on explicit amounts:
--  exactly 500万: granted 500万, cut 0; one fen over: granted 500万, cut
--  0.01; one fen under: granted = claimed = 4999999.99.
SELECT ent, granted(cap_sum(a, '500万')) AS granted, claimed(cap_sum(a, '500万')) AS claimed,
       cut(cap_sum(a, '500万')) AS cut, want_granted, want_cut,
       granted(cap_sum(a, '500万')) = want_granted AND cut(cap_sum(a, '500万')) = want_cut AS ok
FROM (VALUES (2, '300万'::cny, '500万'::cny, '0'::cny), (2, '200万', '500万', '0'),
             (3, '300万', '500万', '0.01'), (3, '2000000.01', '500万', '0.01'),
             (4, '300万', '4999999.99', '0'), (4, '1999999.99', '4999999.99', '0')) v(ent, a, want_granted, want_cut)
GROUP BY ent, want_granted, want_cut ORDER BY ent;

-- 三(四) b: special models at most 300万 each (the schedule's cap, already
-- applied here) and 1000万 per enterprise per year: five models at 300万 →
-- 1500万 claimed, 1000万 granted, 500万 cut.
SELECT granted(t) AS granted, claimed(t) AS claimed, cut(t) AS cut,
       granted(t) = '1000万' AND claimed(t) = '1500万' AS ok
FROM (SELECT cap_sum('300万'::cny, '1000万') AS t FROM generate_series(1, 5)) s;

-- A NULL cap: no ceiling.  NULL amounts are ignored, their cap too.  No
-- amount at all: NULL.
SELECT granted(cap_sum(a, NULL)) AS granted, claimed(cap_sum(a, NULL)) AS claimed, '3亿'::cny AS want
FROM (VALUES ('1亿'::cny), ('2亿')) v(a);
SELECT granted(cap_sum(a, c)) AS granted, '3.00'::cny AS want
FROM (VALUES ('1.00'::cny, '5.00'::cny), (NULL, '7.00'), ('2.00', '5.00')) v(a, c);
SELECT cap_sum(a, '5.00') IS NULL AS no_amounts_is_null
FROM (VALUES (NULL::cny)) v(a);

-- Rejected (22023): caps that differ within a group, a NULL cap beside a
-- cap, a negative amount, a negative cap.
\set VERBOSITY default
SELECT cap_sum(a, c) FROM (VALUES ('1.00'::cny, '5.00'::cny), ('2.00', '6.00')) v(a, c);
\echo :SQLSTATE
SELECT cap_sum(a, c) FROM (VALUES ('1.00'::cny, '5.00'::cny), ('2.00', NULL)) v(a, c);
\echo :SQLSTATE
SELECT cap_sum(a, '5.00') FROM (VALUES ('-1.00'::cny)) v(a);
\echo :SQLSTATE
SELECT cap_sum(a, '-5.00') FROM (VALUES ('1.00'::cny)) v(a);
\echo :SQLSTATE
\set VERBOSITY terse

-- annual_total(kind, limit_group, amount, limit).
CREATE TEMP TABLE ledger (ent int, year int, clause text, kind text, grp text, amount cny, lim cny);
INSERT INTO ledger VALUES
  -- enterprise 1, 2025
  (1, 2025, '二(一) domestic',      'compute',       'hitech-2-1',  '400万', '500万'),  -- 800万 × 50%
  (1, 2025, '二(一) non-domestic',  'compute',       'hitech-2-1',  '150万', '500万'),  -- 500万 × 30%
  (1, 2025, 'city compute',         'compute',       'city-compute','350万', '300万'),
  (1, 2025, '三(四) b model 1',     'special-model', 'hitech-3-4b', '300万', '1000万'),
  (1, 2025, '三(四) b model 2',     'special-model', 'hitech-3-4b', '300万', '1000万'),
  (1, 2025, '三(四) b model 3',     'special-model', 'hitech-3-4b', '300万', '1000万'),
  (1, 2025, '三(四) b model 4',     'special-model', 'hitech-3-4b', '300万', '1000万'),
  (1, 2025, '三(四) b model 5',     'special-model', 'hitech-3-4b', '300万', '1000万'),
  (1, 2025, 'national platform',    'platform',      NULL,          '200万', NULL),
  (1, 2025, 'provincial platform',  'platform',      NULL,          '100万', NULL),
  (1, 2025, 'events (own limit)',   'events',        NULL,          '400万', '300万'),
  (1, 2025, '三(五) filing',        NULL,            NULL,          '50万',  NULL),
  (1, 2025, '五(九)2 product 1',    NULL,            'top100',      '5万',   NULL),
  (1, 2025, '五(九)2 product 2',    NULL,            'top100',      '5万',   NULL),
  (1, 2025, '五(九)2 product 3',    NULL,            'top100',      '5万',   NULL),
  (1, 2025, 'not yet assessed',     'compute',       'hitech-2-1',  NULL,    '500万'),
  -- enterprise 1, 2026
  (1, 2026, '二(一) domestic',      'compute',       'hitech-2-1',  '400万', '500万'),
  (1, 2026, '三(四) b model 1',     'special-model', 'hitech-3-4b', '300万', '1000万'),
  -- enterprises 2-4, 2025: 五(九)1 API calls and private deployment share
  -- one 500万 yearly ceiling: exactly at it, one fen over, one fen under
  (2, 2025, '五(九)1 API',          'model-use',     'hitech-9-1',  '300万', '500万'),
  (2, 2025, '五(九)1 private',      'model-use',     'hitech-9-1',  '200万', '500万'),
  (3, 2025, '五(九)1 API',          'model-use',     'hitech-9-1',  '300万', '500万'),
  (3, 2025, '五(九)1 private',      'model-use',     'hitech-9-1',  '2000000.01', '500万'),
  (4, 2025, '五(九)1 API',          'model-use',     'hitech-9-1',  '300万', '500万'),
  (4, 2025, '五(九)1 private',      'model-use',     'hitech-9-1',  '1999999.99', '500万'),
  -- enterprise 5: one limit-group name under two kinds is two groups
  (5, 2025, 'a',                    'kind-a',        'g',           '8.00',  '10.00'),
  (5, 2025, 'a',                    'kind-a',        'g',           '8.00',  '10.00'),
  (5, 2025, 'b',                    'kind-b',        'g',           '8.00',  '10.00');

-- By hand:
-- 1/2025: compute: hitech-2-1 400万 + 150万 = 550万 → 500万; city-compute
--   350万 → 300万; the higher: 500万.  special-model: 5 × 300万 = 1500万 →
--   1000万.  platform, each row alone: the higher of 200万 and 100万 =
--   200万.  events: 400万 under its own 300万 → 300万.  Stacked (NULL
--   kind): 50万 + top100 3 × 5万 = 15万.  Granted 500 + 1000 + 200 + 300 +
--   50 + 15 = 2065万.  Claimed 400+150+350+1500+200+100+400+50+15 = 3165万;
--   cut 1100万.
-- 1/2026: 400万 + 300万 = 700万, nothing cut.
-- 2/2025: 500万, nothing cut.  3/2025: 500万, cut 0.01.  4/2025: 4999999.99.
-- 5/2025: kind-a g: 16.00 → 10.00; kind-b g: 8.00; = 18.00, claimed 24.00.
SELECT ent, year, granted(t) AS granted, claimed(t) AS claimed, cut(t) AS cut,
       granted(t) = want_granted AND claimed(t) = want_claimed AS ok
FROM (SELECT ent, year, annual_total(kind, grp, amount, lim) AS t FROM ledger GROUP BY ent, year) s
JOIN (VALUES (1, 2025, '2065万'::cny, '3165万'::cny), (1, 2026, '700万', '700万'),
             (2, 2025, '500万', '500万'), (3, 2025, '500万', '5000000.01'),
             (4, 2025, '4999999.99', '4999999.99'), (5, 2025, '18.00', '24.00')) w(ent, year, want_granted, want_claimed)
  USING (ent, year)
ORDER BY ent, year;

-- The same report in plain SQL gives the same numbers.
WITH grouped AS (
    SELECT ent, year, kind, least(sum(amount), coalesce(min(lim), sum(amount))) AS v
    FROM ledger WHERE amount IS NOT NULL AND grp IS NOT NULL GROUP BY ent, year, kind, grp
    UNION ALL
    SELECT ent, year, kind, least(amount, coalesce(lim, amount))
    FROM ledger WHERE amount IS NOT NULL AND grp IS NULL
), per_kind AS (
    SELECT ent, year, CASE WHEN kind IS NULL THEN sum(v) ELSE max(v) END AS v
    FROM grouped GROUP BY ent, year, kind
)
SELECT ent, year, sum(v) AS plain_sql FROM per_kind GROUP BY ent, year ORDER BY ent, year;

-- No amount at all: NULL.
SELECT annual_total(kind, grp, amount, lim) IS NULL AS null_amounts_is_null
FROM ledger WHERE amount IS NULL;

-- Rejected (22023): two ceilings in one limit group (also NULL beside a
-- value), negative amounts and limits.
\set VERBOSITY default
SELECT annual_total('compute', 'hitech-2-1', a, l)
FROM (VALUES ('1.00'::cny, '500万'::cny), ('1.00', '300万')) v(a, l);
\echo :SQLSTATE
SELECT annual_total('compute', 'hitech-2-1', a, l)
FROM (VALUES ('1.00'::cny, '500万'::cny), ('1.00', NULL)) v(a, l);
\echo :SQLSTATE
-- Only two ceilings within one group clash: a limit group may carry
-- another ceiling in another enterprise-year.  By hand: 2025: 8.00 + 7.00
-- = 15.00 under 10.00 → 10.00; 2026: 15.00 under 20.00 → 15.00.
SELECT y, granted(annual_total('compute', 'g', a, l)) AS granted, want
FROM (VALUES (2025, '8.00'::cny, '10.00'::cny), (2026, '8.00', '20.00'),
             (2025, '7.00', '10.00'), (2026, '7.00', '20.00')) v(y, a, l)
JOIN (VALUES (2025, '10.00'::cny), (2026, '15.00')) w(y, want) USING (y)
GROUP BY y, want ORDER BY y;
-- A group that then meets the other year's ceiling is still caught.
SELECT y, annual_total('compute', 'g', a, l)
FROM (VALUES (2025, '8.00'::cny, '10.00'::cny), (2026, '8.00', '20.00'),
             (2025, '7.00', '20.00')) v(y, a, l)
GROUP BY y;
\echo :SQLSTATE
SELECT annual_total('compute', NULL, '-1.00'::cny, NULL);
\echo :SQLSTATE
SELECT annual_total('compute', 'g', '1.00'::cny, '-1.00');
\echo :SQLSTATE

-- Sums beyond the range of cny are errors (22003), never wrapped: two
-- amounts of 92233720368547758.07 in one group, or claimed beyond range.
SELECT cap_sum(a, '1.00') FROM (VALUES ('92233720368547758.07'::cny), ('0.01')) v(a);
\echo :SQLSTATE
SELECT annual_total('k', NULL, a, '1.00') FROM (VALUES ('92233720368547758.07'::cny), ('0.01')) v(a);
\echo :SQLSTATE
-- At the edge of the range, exact: k1's best is 92233720368547758.00,
-- plus k2's 0.04 = 92233720368547758.04 granted; claimed 758.00 + 0.03 +
-- 0.04 = 92233720368547758.07, the largest amount.
SELECT granted(t) AS granted, claimed(t) AS claimed
FROM (SELECT annual_total(k, NULL, a, NULL) AS t
      FROM (VALUES ('k1', '92233720368547758.00'::cny), ('k1', '0.03'), ('k2', '0.04')) v(k, a)) s;
