-- The aggregates over award amounts from award_for: granted amounts are
-- capped and compared, claimed amounts add up to what the schedules gave
-- before any cap.  Every "want" is computed by hand.

-- One enterprise-year:
--  二(一) compute vouchers, 50% of 800万 domestic = 400万 and 30% of 500万
--  non-domestic = 150万, sharing 500万 a year: 550万 → 500万.
--  三(四) b five special models, 30% of 1200万 R&D each = 360万 claimed,
--  capped at 300万 per model; 1500万 under 1000万 a year → 1000万.
--  Granted 500万 + 1000万 = 1500万; claimed 550万 + 5 × 360万 = 2350万;
--  cut 850万 (50万 by the compute ceiling, 300万 by the per-model caps,
--  500万 by the models' yearly ceiling).
CREATE TEMP TABLE filed (kind text, grp text, schedule tiers, base cny, lim cny);
INSERT INTO filed VALUES
  ('compute', '二(一)', 'rate: 50%', '800万', '500万'),
  ('compute', '二(一)', 'rate: 30%', '500万', '500万'),
  ('special-model', '三(四)b', 'rate: 30%; cap 300万', '1200万', '1000万'),
  ('special-model', '三(四)b', 'rate: 30%; cap 300万', '1200万', '1000万'),
  ('special-model', '三(四)b', 'rate: 30%; cap 300万', '1200万', '1000万'),
  ('special-model', '三(四)b', 'rate: 30%; cap 300万', '1200万', '1000万'),
  ('special-model', '三(四)b', 'rate: 30%; cap 300万', '1200万', '1000万');
SELECT granted(t) AS granted, claimed(t) AS claimed, cut(t) AS cut,
       granted(t) = '1500万' AND claimed(t) = '2350万' AND cut(t) = '850万' AS ok
FROM (SELECT annual_total(kind, grp, award_for(schedule, base), lim) AS t FROM filed) s;

-- cap_sum over the five models: 5 × 300万 = 1500万 under 1000万; claimed
-- 5 × 360万 = 1800万.
SELECT granted(t) AS granted, claimed(t) AS claimed,
       granted(t) = '1000万' AND claimed(t) = '1800万' AS ok
FROM (SELECT cap_sum(award_for(schedule, base), lim) AS t FROM filed WHERE kind = 'special-model') s;

-- highest_per_kind compares granted amounts: a district compute voucher of
-- 50% of 800万 = 400万 against a city one of 30% of 2000万 = 600万 capped
-- at 300万: 400万 wins, although the city one claimed more.
SELECT highest_per_kind(kind, award_for(schedule, base)) AS got, '400万'::cny AS want
FROM (VALUES ('compute', 'rate: 50%'::tiers, '800万'::cny),
             ('compute', 'rate: 30%; cap 300万', '2000万')) v(kind, schedule, base);

-- 七(十四) 1: 5% of a single round of 1000万 or more, at most 150万, paid
-- 40/30/30.  Round 1234.5671万: 617283.55 → 246913.42 / 185185.07 /
-- 185185.06.  Round 3001万: 150.05万 capped to 150万 → 60万 / 45万 / 45万.
-- Round one fen under 1000万: nothing.
SELECT r.round, i.year, i.amount AS got
FROM (VALUES ('1234.5671万'::cny), ('3001万'), ('9999999.99')) r(round)
CROSS JOIN LATERAL installments(granted(award_for('rate: >=1000万 -> 5%; cap 150万', r.round)),
                                '{40,30,30}', 2025) i
ORDER BY r.round, i.year;
