-- 取高不重复 (highest_per_kind) and 就高补差 (top_up_per_kind), clause 十六:
-- national, provincial, municipal and district support of one kind is not
-- added up.  Every "want" is computed by hand in the comment beside it.

CREATE TEMP TABLE support (ent int, level text, kind text, amount cny);
INSERT INTO support VALUES
  -- enterprise 1: overlapping support at four levels
  (1, 'national',   'compute',      '200万'),
  (1, 'provincial', 'compute',      '300万'),
  (1, 'municipal',  'compute',      '150万'),
  (1, 'district',   'compute',      '500万'),
  (1, 'national',   'talent',       '10万'),
  (1, 'district',   'talent',       '5万'),
  (1, 'provincial', 'chain-leader', '200万'),   -- 五(九)2: 省级链主 200万
  (1, 'municipal',  'chain-leader', '100万'),   --          市级链主 100万, same kind
  (1, 'district',   NULL,           '50万'),    -- declared stackable: added
  (1, 'municipal',  NULL,           '5万'),
  (1, 'district',   'events',       NULL),      -- ignored, as sum ignores it
  -- enterprises 2-4: the payer exactly at, one fen above, one fen below the others
  (2, 'district',   'compute',      '300万'),
  (2, 'provincial', 'compute',      '300万'),
  (3, 'district',   'compute',      '3000000.01'),
  (3, 'provincial', 'compute',      '300万'),
  (4, 'district',   'compute',      '2999999.99'),
  (4, 'provincial', 'compute',      '300万'),
  -- enterprise 5: only other levels; enterprise 6: only the district
  (5, 'national',   'compute',      '100万'),
  (6, 'district',   'compute',      '100万'),
  (6, 'district',   'compute',      '80万');

-- highest_per_kind, by hand:
--  1: compute 500万 + talent 10万 + chain-leader 200万 + stacked 50万 + 5万 = 765万
--  2: 300万   3: 3000000.01   4: 300万   5: 100万   6: 100万 (the higher of two)
SELECT ent, highest_per_kind(kind, amount) AS got, want, highest_per_kind(kind, amount) = want AS ok
FROM support JOIN (VALUES (1, '765万'::cny), (2, '300万'), (3, '3000000.01'), (4, '300万'),
                          (5, '100万'), (6, '100万')) w(ent, want) USING (ent)
GROUP BY ent, want ORDER BY ent;

-- top_up_per_kind with the district paying, by hand:
--  1: compute 500万 - 300万 = 200万; talent 5万 - 10万 < 0 → 0; chain-leader
--     no district amount → 0; stacked: the district's own 50万 → 250万
--  2: 300万 - 300万 = 0   3: 0.01   4: below → 0   5: 0   6: 100万 - 0 = 100万
SELECT ent, top_up_per_kind(kind, amount, level = 'district') AS got, want,
       top_up_per_kind(kind, amount, level = 'district') = want AS ok
FROM support JOIN (VALUES (1, '250万'::cny), (2, '0'), (3, '0.01'), (4, '0'),
                          (5, '0'), (6, '100万')) w(ent, want) USING (ent)
GROUP BY ent, want ORDER BY ent;

-- Enterprise 1 seen from each level as the payer, by hand:
--  national:   compute 200-500 → 0; talent 10-5 = 5万                 → 5万
--  provincial: compute 300-500 → 0; chain-leader 200-100 = 100万      → 100万
--  municipal:  compute 0; chain-leader 100-200 → 0; its stacked 5万   → 5万
--  district:   as above                                              → 250万
SELECT l.level, top_up_per_kind(s.kind, s.amount, s.level = l.level) AS got, l.want,
       top_up_per_kind(s.kind, s.amount, s.level = l.level) = l.want AS ok
FROM support s CROSS JOIN (VALUES ('national', '5万'::cny), ('provincial', '100万'),
                                  ('municipal', '5万'), ('district', '250万')) l(level, want)
WHERE s.ent = 1
GROUP BY l.level, l.want ORDER BY l.want, l.level;

-- Kinds compare byte for byte: 'compute' and 'Compute' are two kinds.
SELECT highest_per_kind(k, a) AS got, '3.00'::cny AS want
FROM (VALUES ('compute', '1.00'::cny), ('Compute', '2.00'), ('compute', '0.50')) v(k, a);

-- No rows, or only NULL amounts: NULL, as sum gives.
SELECT highest_per_kind(kind, amount) IS NULL AS empty_is_null,
       top_up_per_kind(kind, amount, true) IS NULL AS empty_top_up_is_null
FROM support WHERE false;
SELECT highest_per_kind(kind, amount) IS NULL AS nulls_is_null,
       top_up_per_kind(kind, amount, true) IS NULL AS nulls_top_up_is_null
FROM support WHERE amount IS NULL;
-- Only NULL kinds: everything stacks.  A zero amount is a real amount.
SELECT highest_per_kind(NULL, a) AS got, '3.00'::cny AS want
FROM (VALUES ('1.00'::cny), ('2.00')) v(a);
SELECT highest_per_kind('k', a) AS got, '0.00'::cny AS want FROM (VALUES ('0'::cny)) v(a);

-- Rejected: negative amounts (22023); a NULL payer flag (22004).
\set VERBOSITY default
SELECT highest_per_kind('compute', a) FROM (VALUES ('1.00'::cny), ('-0.01')) v(a);
\echo :SQLSTATE
SELECT top_up_per_kind('compute', a, true) FROM (VALUES ('-5.00'::cny)) v(a);
\echo :SQLSTATE
SELECT top_up_per_kind('compute', a, NULL) FROM (VALUES ('5.00'::cny)) v(a);
\echo :SQLSTATE
-- a NULL amount needs no payer flag: it is ignored first
SELECT top_up_per_kind('compute', NULL::cny, NULL) IS NULL AS ignored;

-- Many kinds in one group (the state and the key dictionary grow): kinds
-- k1..k100, each with an amount of i.00 and one of i.00 / 2.
-- highest_per_kind: 1 + 2 + ... + 100 = 5050.00.
-- annual_total with the two amounts of a kind in two limit groups, each
-- capped at 50.00: per kind least(i, 50), so 1 + ... + 50 + 50 × 50.00 =
-- 1275.00 + 2500.00 = 3775.00; claimed 5050.00 + 2525.00 = 7575.00.
SELECT highest_per_kind('k' || i, amount) AS got, '5050.00'::cny AS want
FROM (SELECT i, (i || '.00')::cny AS amount FROM generate_series(1, 100) i
      UNION ALL
      SELECT i, (i || '.00')::cny / 2 FROM generate_series(1, 100) i) s;
SELECT granted(t) AS granted, claimed(t) AS claimed, '3775.00'::cny AS want_granted, '7575.00'::cny AS want_claimed
FROM (SELECT annual_total('k' || i, grp || i, amount, '50.00') AS t
      FROM (SELECT i, 'g' AS grp, (i || '.00')::cny AS amount FROM generate_series(1, 100) i
            UNION ALL
            SELECT i, 'h', (i || '.00')::cny / 2 FROM generate_series(1, 100) i) s) r;

-- As a window aggregate the final step runs after every row while new
-- kinds keep arriving: row i brings kind ki with i.00, so the running
-- highest_per_kind is 1 + ... + i = i(i + 1)/2.
SELECT count(*) AS rows, count(*) FILTER (WHERE got <> (i * (i + 1) / 2 || '.00')::cny) AS wrong
FROM (SELECT i, highest_per_kind('k' || i, (i || '.00')::cny) OVER (ORDER BY i) AS got
      FROM generate_series(1, 200) i) s;

-- Very many kinds in one group: the state looks keys up through an index.
-- Kinds k1..k100000 with amounts i.00: highest_per_kind is 1 + ... +
-- 100000 = 5000050000.00.
SELECT highest_per_kind('k' || i, (i || '.00')::cny) AS got, '5000050000.00'::cny AS want
FROM generate_series(1, 100000) i;
-- 5000 kinds, the payer with i.00 and another level with i.00 / 2: the
-- top-up is Σ i / 2 = 12502500.00 / 2 = 6251250.00.
SELECT top_up_per_kind('k' || i, amount, payer) AS got, '6251250.00'::cny AS want
FROM (SELECT i, (i || '.00')::cny AS amount, true AS payer FROM generate_series(1, 5000) i
      UNION ALL
      SELECT i, (i || '.00')::cny / 2, false FROM generate_series(1, 5000) i) s;
-- annual_total, 5000 kinds with two limit groups each under 2500.00,
-- holding i.00 and i.00 / 2: per kind least(i, 2500), so 1 + ... + 2500 +
-- 2500 × 2500.00 = 3126250.00 + 6250000.00 = 9376250.00; claimed
-- 12502500.00 + 6251250.00 = 18753750.00.
SELECT granted(t) AS granted, claimed(t) AS claimed, '9376250.00'::cny AS want_granted, '18753750.00'::cny AS want_claimed
FROM (SELECT annual_total('k' || i, grp || i, amount, '2500.00') AS t
      FROM (SELECT i, 'g' AS grp, (i || '.00')::cny AS amount FROM generate_series(1, 5000) i
            UNION ALL
            SELECT i, 'h', (i || '.00')::cny / 2 FROM generate_series(1, 5000) i) s) r;
-- A second ceiling for a limit group is caught in a large state too.
SELECT annual_total('k' || i, 'g' || i, '1.00'::cny, lim)
FROM (SELECT i, '10.00'::cny AS lim FROM generate_series(1, 100) i
      UNION ALL
      SELECT 7, '20.00') s;
\echo :SQLSTATE
