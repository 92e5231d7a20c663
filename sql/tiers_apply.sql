--
-- Applying schedules beyond the policy's own: measures with a fraction of a
-- fen, exclusive first brackets, marginal sums, tier_gain (进档差额),
-- explain, and bad measures.  want columns are computed by hand.
--

-- A numeric measure is compared exactly, even below the fen: 500000.001 is
-- 超过 50万; a count of 29.999 has not reached 30.
SELECT schedule, m, award_for(schedule::tiers, m) AS got, want::award AS want,
       award_for(schedule::tiers, m) = want::award AS ok
FROM (VALUES
    ('step: >50万 -> 2万, >80万 -> 5万', 500000::numeric, '0'),
    ('step: >50万 -> 2万, >80万 -> 5万', 500000.000001, '20000'),
    ('step: >50万 -> 2万, >80万 -> 5万', 500000.000, '0'),
    ('step: >=30 -> 25万', 29.999, '0'),
    ('step: >=30 -> 25万', 30.000, '250000'),
    ('step: >=30 -> 25万', 30.001, '250000'),
    ('rate: 50%', 0.005, '0'),                                 -- 0.0025
    ('rate: 50%', 0.01, '0.01'),                               -- 0.005
    ('rate: 50%', 0.0101, '0.01'),                             -- 0.00505
    ('rate: 33.3333%', 1.005, '0.33'),                         -- 0.334999665
    ('rate: 33.3333%', 1.0050015, '0.34'),                     -- 0.3350000 (0.33500016...)
    ('rate: 50%; cap 500万', 10000000.001, '5000000'),         -- 5000000.0005
    ('rate: 50%; cap 500万', 10000000.01, '5000000 of 5000000.01'),
    ('rate: >1000万 -> 20%', 10000000.000, '0'),
    ('rate: >1000万 -> 20%', 10000000.001, '2000000'),         -- 2000000.0002
    ('marginal: >=0 -> 50%, >=100万 -> 40%', 1000000.005, '500000'),  -- 500000.002
    ('marginal: >=0 -> 50%, >=100万 -> 40%', 1000000.0125, '500000.01'), -- 500000.005
    ('marginal: >100万 -> 10%, >=200万 -> 20.25%', 1000000, '0'),
    ('marginal: >100万 -> 10%, >=200万 -> 20.25%', 1000000.01, '0'),          -- 0.001
    ('marginal: >100万 -> 10%, >=200万 -> 20.25%', 1000000.05, '0.01'),       -- 0.005
    ('marginal: >100万 -> 10%, >=200万 -> 20.25%', 2000000, '100000'),
    ('marginal: >100万 -> 10%, >=200万 -> 20.25%', 3000000, '302500'),        -- 10万 + 20.25万
    ('rate: 100%', 0.00000000000000000001, '0'),
    ('step: >0 -> 1', 0.00000000000000000001, '1'),      -- above zero, however little
    ('step: >0 -> 1', -0.000, '0'),
    ('rate: 100%', 92233720368547758.071, '92233720368547758.07'),
    ('rate: 100%', 12345678.9, '12345678.90'),
    ('rate: 50%', 184467440737.07, '92233720368.54'),         -- 92233720368.535, 64-bit division
    ('rate: 50%', 184467440737.09, '92233720368.55'),         -- 92233720368.545, 128-bit division
    ('rate: 50%', 92233720368547758.07, '46116860184273879.04'), -- ...79.035
    ('fixed: 50万', 0, '500000'),
    ('fixed: 50万; cap 30万', 0, '300000 of 500000')
) AS v(schedule, m, want);

-- A numeric measure is read from its stored digits (groups of four
-- decimal digits): the short and the long stored form, digits past the
-- fen, zero groups that are not stored, and the packed form a table column
-- holds as well as the form an expression gives.  rate: 100% gives the
-- measure rounded half away from zero to the fen; step: >past -> 1 tells
-- whether the measure is beyond past.
CREATE TEMP TABLE stored_measure (m numeric, past text, want_rounded cny, want_tier int);
INSERT INTO stored_measure VALUES
    (12.345, '12.34', '12.35', 1),                 -- 1234.5 fen, rounds up
    (12.3400, '12.34', '12.34', 0),                -- four decimals, none past the fen
    (12.34000001, '12.34', '12.34', 1),            -- a digit eight places down
    (100000000, '99999999.99', '100000000', 1),    -- 1亿: one group stored, two zero groups not
    (100000000, '1亿', '100000000', 0),
    (99999999.995, '99999999.99', '100000000', 1), -- 9999999999.5 fen rounds up
    (0.01::numeric(100, 80), '0', '0.01', 1),      -- long form: scale 80
    (0.0099999, '0.01', '0.01', 0),                -- 0.99999 fen: not beyond 0.01, rounds to it
    (1e-300, '0', '0', 1),                         -- long form: weight -75; above zero
    (-0.000, '0', '0', 0),                         -- zero, whatever its sign
    (92233720368547758.07, '92233720368547758.06', '92233720368547758.07', 1);
SELECT left(m::text, 24) AS m, granted(award_for('rate: 100%', m)) AS rounded, want_rounded,
       tier_of(('step: >' || past || ' -> 1')::tiers, m) AS tier, want_tier,
       granted(award_for('rate: 100%', m)) = want_rounded
           AND tier_of(('step: >' || past || ' -> 1')::tiers, m) = want_tier
           AND award_for('rate: 100%', m::text::numeric) = award_for('rate: 100%', m)
           AND tier_of(('step: >' || past || ' -> 1')::tiers, m::text::numeric) = want_tier AS ok
FROM stored_measure;

-- tier_of: 0 below the first bracket.
SELECT tier_of('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 0) AS t0,
       tier_of('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 9.99) AS t9_99,
       tier_of('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 10) AS t10,
       tier_of('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 1000) AS t1000,
       tier_of('rate: 50%', 0) AS rate_at_zero,
       tier_of('step: >50万 -> 2万', '500000'::cny) AS at_excl,
       tier_of('step: >50万 -> 2万', '500000.01'::cny) AS above_excl;

-- tier_gain: 进档差额, what a move from before to after pays; never negative.
SELECT label, got, want::cny AS want, got = want::cny AS ok
FROM (VALUES
    ('四(七)1 year 1: 0 -> 12 firms', tier_gain('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 0, 12), '50000'),
    ('四(七)1 year 2: 12 -> 35 firms', tier_gain('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 12, 35), '50000'),
    ('四(七)1 year 3: 35 -> 20 firms', tier_gain('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 35, 20), '0'),
    ('四(七)1 30 -> 49, same tier', tier_gain('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 30, 49), '0'),
    ('四(七)1 12 -> 55 firms', tier_gain('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万', 12, 55), '200000'),
    ('三(六)3 municipal -> national', tier_gain('step: >=1 -> 50万, >=2 -> 100万, >=3 -> 200万', 1, 3), '1500000'),
    ('五(十)1 150万 -> 600万 sales', tier_gain('step: >=100万 -> 10万, >=500万 -> 25万, >=2000万 -> 50万', '1500000'::cny, '6000000'::cny), '150000'),
    ('五(十)1 600万 -> 2000万 sales', tier_gain('step: >=100万 -> 10万, >=500万 -> 25万, >=2000万 -> 50万', '6000000'::cny, '20000000'::cny), '250000'),
    ('rate under cap 800万 -> 1200万', tier_gain('rate: 50%; cap 500万', '8000000'::cny, '12000000'::cny), '1000000'),
    ('rate above cap 1200万 -> 2000万', tier_gain('rate: 50%; cap 500万', '12000000'::cny, '20000000'::cny), '0')
) AS v(label, got, want);

-- explain: the derivation, hand-written want.  Money (a cny measure, or a
-- numeric one a rate multiplies) is written as to_wan writes it; a numeric
-- a step schedule compares is written as the literals write thresholds; a
-- marginal derivation starts with the measure and shows each slice's
-- bounds; a product with a fraction of a fen is shown with all its digits
-- and the rounding that follows.
SELECT got, got = want AS ok
FROM (VALUES
    (explain('rate: 30%; cap 900万', '50000000'::cny),
     '30% × 5000万元 = 1500万元 > 最高 900万元 → 900万元'),
    (explain('rate: 50%; cap 500万', '8000000'::cny),
     '50% × 800万元 = 400万元 ≤ 最高 500万元 → 400万元'),
    (explain('rate: 12.5%', '1000'::cny),
     '12.5% × 1000元 = 125元'),
    (explain('rate: >=1000万 -> 20%; cap 500万', '12000000'::cny),
     '1200万元 ≥ 1000万元: 20% × 1200万元 = 240万元 ≤ 最高 500万元 → 240万元'),
    -- a numeric measure under a rate is money too
    (explain('rate: >=1000万 -> 20%; cap 500万', 12000000),
     '1200万元 ≥ 1000万元: 20% × 1200万元 = 240万元 ≤ 最高 500万元 → 240万元'),
    (explain('rate: >=1000万 -> 20%; cap 500万', '9999999'::cny),
     '999.9999万元 < 1000万元 → 0元'),
    (explain('rate: >=1000万 -> 20%', 9999999.999),
     '9999999.999元 < 1000万元 → 0元'),
    (explain('step: >50万 -> 2万, >80万 -> 5万, >150万 -> 10万, >300万 -> 25万', '500000'::cny),
     '50万元 ≤ 50万元 → 0元'),
    (explain('step: >50万 -> 2万, >80万 -> 5万, >150万 -> 10万, >300万 -> 25万', '500000.01'::cny),
     '50.000001万元 > 50万元 → 2万元'),
    -- a numeric measure under a step is a number: no 元
    (explain('step: >=30 -> 25万', 30),
     '30 ≥ 30 → 25万元'),
    (explain('step: >=30 -> 25万', 29),
     '29 < 30 → 0元'),
    (explain('step: >=30 -> 25万', 29.999),
     '29.999 < 30 → 0元'),
    (explain('step: >=100万 -> 10万, >=500万 -> 25万', 1500000),
     '150万 ≥ 100万 → 10万元'),
    (explain('step: >=10 -> 5万, >=30 -> 10万; cap 8万', 45),
     '45 ≥ 30 → 10万元 > 最高 8万元 → 8万元'),
    -- marginal: 50万 + 160万 + 30万 = 240万; 50万 + 160万 + 2850万 = 3060万
    (explain('marginal: >=0 -> 50%, >=100万 -> 40%, >=500万 -> 30%; cap 500万', '6000000'::cny),
     '600万元: 50% × 100万元 + 40% × (500万元 - 100万元) + 30% × (600万元 - 500万元) = 240万元 ≤ 最高 500万元 → 240万元'),
    (explain('marginal: >=0 -> 50%, >=100万 -> 40%, >=500万 -> 30%; cap 500万', '100000000'::cny),
     '1亿元: 50% × 100万元 + 40% × (500万元 - 100万元) + 30% × (1亿元 - 500万元) = 3060万元 > 最高 500万元 → 500万元'),
    (explain('marginal: >=100万 -> 40%', '1500000'::cny),
     '150万元: 40% × (150万元 - 100万元) = 20万元'),
    -- 10万 + 20.25万
    (explain('marginal: >100万 -> 10%, >=200万 -> 20.25%', 3000000),
     '300万元: 10% × (200万元 - 100万元) + 20.25% × (300万元 - 200万元) = 30.25万元'),
    -- on the threshold: a slice of zero
    (explain('marginal: >=0 -> 50%, >=100万 -> 40%', '1000000'::cny),
     '100万元: 50% × 100万元 + 40% × (100万元 - 100万元) = 50万元'),
    -- products with a fraction of a fen, and the one rounding
    (explain('marginal: >=0 -> 50%, >=100万 -> 40%', '1000000.01'::cny),
     '100.000001万元: 50% × 100万元 + 40% × (100.000001万元 - 100万元) = 500000.004元，四舍五入为 50万元'),
    (explain('marginal: >=0 -> 50%, >=100万 -> 40%', 1000000.005),
     '1000000.005元: 50% × 100万元 + 40% × (1000000.005元 - 100万元) = 500000.002元，四舍五入为 50万元'),
    (explain('rate: 50%', 12.345),
     '50% × 12.345元 = 6.1725元，四舍五入为 6.17元'),
    (explain('rate: 40%', '0.01'::cny),
     '40% × 0.01元 = 0.004元，四舍五入为 0元'),
    (explain('rate: 30%; cap 900万', '30000000.01'::cny),
     '30% × 3000.000001万元 = 9000000.003元，四舍五入为 900万元 ≤ 最高 900万元 → 900万元'),
    (explain('rate: 50%; cap 500万', '10000000.01'::cny),
     '50% × 1000.000001万元 = 5000000.005元，四舍五入为 500.000001万元 > 最高 500万元 → 500万元'),
    (explain('marginal: 50%', '10000000.01'::cny),
     '50% × 1000.000001万元 = 5000000.005元，四舍五入为 500.000001万元'),
    -- 1.0050015 x 0.333333 = 0.3350001649995
    (explain('rate: 33.3333%', 1.0050015),
     '33.3333% × 1.0050015元 = 0.3350001649995元，四舍五入为 0.34元'),
    (explain('fixed: 50万', '0'::cny),
     '定额 50万元'),
    (explain('rate: 50%', '150000000'::cny),
     '50% × 1.5亿元 = 7500万元')
) AS v(got, want);

-- Bad measures: 22023 for negative or not finite, 22003 beyond int64 fen.
\set VERBOSITY default
SELECT award_for('rate: 50%', '-0.01'::cny);
SELECT award_for('rate: 50%', -0.001);
SELECT award_for('rate: 50%', 'NaN'::numeric);
SELECT award_for('rate: 50%', 'Infinity'::numeric);
SELECT award_for('rate: 50%', 92233720368547758.08);
SELECT award_for('rate: 50%', 100000000000000000000);
-- The message cuts a long measure at 64 characters.
SELECT award_for('rate: 50%', 1e300);
SELECT award_for('rate: 50%', -1e-300);
SELECT award_for('rate: 100%', 92233720368547758.07) AS max_measure;
-- A negative measure is 22023 however far below zero; 22003 is for one
-- above the range.  SQLSTATE first, then the message.
\set VERBOSITY sqlstate
SELECT award_for('rate: 50%', -92233720368547758.08);
SELECT tier_of('step: >=10 -> 5万', -1e30);
\set VERBOSITY default
SELECT award_for('rate: 50%', -92233720368547758.08);
-- A measure in range with a fraction of a fen whose award rounds beyond
-- the range: 22003 naming the measure.  .074 at 100% rounds down to the
-- largest amount; .075 rounds up past it.
SELECT award_for('rate: 100%', 92233720368547758.074) AS got,
       '92233720368547758.07'::award AS want;
\set VERBOSITY sqlstate
SELECT award_for('rate: 100%', 92233720368547758.075);
SELECT award_for('marginal: >=0 -> 100%', 92233720368547758.075);
\set VERBOSITY default
SELECT award_for('rate: 100%', 92233720368547758.075);
SELECT tier_gain('rate: 50%', -1, 5);
SELECT explain('rate: 50%', -1);
-- NULL in, NULL out.
SELECT award_for(NULL, 5) IS NULL AS a, award_for('rate: 50%', NULL::numeric) IS NULL AS b,
       tier_of(NULL, 5) IS NULL AS c, explain('rate: 5%', NULL::cny) IS NULL AS d;

-- granted(award_for(t, m)) is planned as award_for_granted(t, m), for a cny
-- and a numeric measure and through the award -> cny cast; claimed() and an
-- award_for whose award is used whole are left alone.
CREATE TEMP TABLE measures (c cny, n numeric);
INSERT INTO measures
SELECT cny_from_fen(f), f / 100.0 + CASE WHEN f % 7 = 0 THEN 0.001 ELSE 0 END
  FROM (SELECT (i * 2654435761) % 5000000000 AS f FROM generate_series(1, 2000) i) s;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT granted(award_for('step: >50万 -> 2万, >80万 -> 5万', c)),
       granted(award_for('rate: 5%; cap 10万', n)),
       award_for('rate: 5%', n)::cny,
       claimed(award_for('rate: 5%', n)),
       award_for('rate: 5%', c)
  FROM measures;
-- The same amounts as the award's own granted part: the award taken whole
-- in a subquery is not rewritten.  Wanted: no row differs.
SELECT count(*) AS differ
  FROM (SELECT granted(award_for('marginal: >=0 -> 50%, >=100万 -> 40%; cap 500万', c)) AS direct,
               granted(award_for('rate: >=1000万 -> 12.5%; cap 300万', n)) AS direct_n,
               award_for('step: >50万 -> 2万, >80万 -> 5万', n)::cny AS cast_n,
               c, n FROM measures) d,
       LATERAL (SELECT award_for('marginal: >=0 -> 50%, >=100万 -> 40%; cap 500万', d.c) AS a,
                       award_for('rate: >=1000万 -> 12.5%; cap 300万', d.n) AS b,
                       award_for('step: >50万 -> 2万, >80万 -> 5万', d.n) AS s
                OFFSET 0) whole
 WHERE direct <> granted(whole.a) OR direct_n <> granted(whole.b) OR cast_n <> granted(whole.s);
-- Errors are award_for's own.
SELECT granted(award_for('rate: 50%', -1::numeric));
SELECT granted(award_for('rate: 100%', 92233720368547758.075));
SELECT award_for_granted('rate: 50%', '10'::cny) AS direct_call;
