-- installments(total, shares, first_year): instalments add up to the total
-- exactly; each within one fen of its exact share; the fen left over go to
-- the largest remainders, the earlier year first on a tie.  Every "want" is
-- computed by hand in the comment beside it.

-- 七(十四) 1: 5% of a round, at most 150万, paid 40/30/30 over three years.
-- Round of 3000万: 5% = 150万, exactly the cap: 60万 / 45万 / 45万.
SELECT i.year, i.amount AS got, w.want, i.amount = w.want AS ok
FROM installments('150万', '{40,30,30}', 2025) i
JOIN (VALUES (2025, '600000.00'::cny), (2026, '450000.00'), (2027, '450000.00')) w(year, want)
  USING (year) ORDER BY year;

-- Round of 1234.5671万 = 12345671.00: 5% = 617283.55 = 61728355 fen.
-- 40%: 24691342 fen exactly; 30%: 18518506.5 fen, twice.  Floors add up to
-- 61728354; the one fen left goes to the larger remainder, a tie between
-- 2026 and 2027 (0.5 fen each), so to 2026.
SELECT i.year, i.amount AS got, w.want, i.amount = w.want AS ok
FROM installments('12345671.00'::cny * 5 / 100, '{40,30,30}', 2025) i
JOIN (VALUES (2025, '246913.42'::cny), (2026, '185185.07'), (2027, '185185.06')) w(year, want)
  USING (year) ORDER BY year;
SELECT '12345671.00'::cny * 5 / 100 AS award, '617283.55'::cny AS want;

-- 七(十二) 2: 50万 / 30万 / 20万 for the three prizes, each 40/30/30.
SELECT t.prize, i.year, i.amount AS got, w.want, i.amount = w.want AS ok
FROM (VALUES (1, '50万'::cny), (2, '30万'), (3, '20万')) t(prize, total)
CROSS JOIN LATERAL installments(t.total, '{40,30,30}', 2026) i
JOIN (VALUES (1, 2026, '200000.00'::cny), (1, 2027, '150000.00'), (1, 2028, '150000.00'),
             (2, 2026, '120000.00'), (2, 2027, '90000.00'),  (2, 2028, '90000.00'),
             (3, 2026, '80000.00'),  (3, 2027, '60000.00'),  (3, 2028, '60000.00')) w(prize, year, want)
  ON w.prize = t.prize AND w.year = i.year
ORDER BY t.prize, i.year;

-- Odd fen.  0.01 = 1 fen: exact 0.4 / 0.3 / 0.3 fen, floors 0 / 0 / 0, the
-- fen goes to the largest remainder (0.4): 2025.
-- 1.00: 40 / 30 / 30 fen exactly.
-- 0.05 = 5 fen: exact 2 / 1.5 / 1.5: floors 2 / 1 / 1, one fen left, tie
-- 2026 = 2027, so 2026: 0.02 / 0.02 / 0.01.
-- 0.02: exact 0.8 / 0.6 / 0.6: two fen left, to 2025 (0.8) then 2026 (tie).
-- 1.01 = 101 fen: exact 40.4 / 30.3 / 30.3: one left, to 2025 (0.4).
-- 0.00: nothing anywhere.
SELECT t.total, array_agg(i.amount ORDER BY i.year)::text AS got, t.want,
       array_agg(i.amount ORDER BY i.year)::text = t.want AS ok
FROM (VALUES ('0.01'::cny, '{0.01,0.00,0.00}'), ('1.00', '{0.40,0.30,0.30}'),
             ('0.05', '{0.02,0.02,0.01}'), ('0.02', '{0.01,0.01,0.00}'),
             ('1.01', '{0.41,0.30,0.30}'), ('0.00', '{0.00,0.00,0.00}')) t(total, want)
CROSS JOIN LATERAL installments(t.total, '{40,30,30}', 2025) i
GROUP BY t.total, t.want ORDER BY t.total;

-- Other shapes: one year; a tie between two halves goes to the earlier;
-- 33/33/34 of one fen goes to the 34 (largest remainder 0.34); a zero share
-- gets nothing; years count up from first_year.
SELECT t.total, t.shares, array_agg(i.year || ':' || i.amount ORDER BY i.year)::text AS got, t.want,
       array_agg(i.year || ':' || i.amount ORDER BY i.year)::text = t.want AS ok
FROM (VALUES ('150万'::cny, '{100}'::int[], '{2025:1500000.00}'),
             ('0.01', '{50,50}', '{2025:0.01,2026:0.00}'),
             ('0.01', '{33,33,34}', '{2025:0.00,2026:0.00,2027:0.01}'),
             ('1.00', '{33,33,34}', '{2025:0.33,2026:0.33,2027:0.34}'),
             ('0.03', '{0,50,50}', '{2025:0.00,2026:0.02,2027:0.01}')) t(total, shares, want)
CROSS JOIN LATERAL installments(t.total, t.shares, 2025) i
GROUP BY t.total, t.shares, t.want ORDER BY t.total, t.shares;

-- Property on random amounts and shares: the instalments add up exactly,
-- and each differs from its exact share by less than one fen.  amount × 100
-- - total × share is 100 × (amount - total × share / 100) in yuan: one fen
-- off shows as 1.
SELECT setseed(0.4);
WITH amounts AS (
    SELECT n, (floor(random() * 1e12)::bigint / 100.0)::numeric(20,2)::cny AS total,
           (ARRAY['{40,30,30}', '{33,33,34}', '{1,2,97}', '{25,25,25,25}', '{10,20,30,40}'])[1 + n % 5]::int[] AS shares
    FROM generate_series(1, 2000) n
), paid AS (
    SELECT a.n, a.total, a.shares, i.year, i.amount,
           a.shares[i.year - 2024] AS share
    FROM amounts a CROSS JOIN LATERAL installments(a.total, a.shares, 2025) i
)
SELECT count(DISTINCT n) AS amounts,
       count(*) FILTER (WHERE abs(amount::numeric * 100 - total::numeric * share) >= 1) AS off_by_a_fen_or_more,
       (SELECT count(*) FROM (SELECT n FROM paid GROUP BY n, total HAVING sum(amount) <> total) s) AS not_adding_up
FROM paid;

-- Rejected.
SELECT * FROM installments('100.00', '{40,30}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('100.00', '{40,30,31}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('100.00', '{}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('100.00', '{40,NULL,60}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('100.00', '{-10,60,50}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('-100.00', '{40,30,30}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('100.00', '{{40,30},{20,10}}', 2025);
\echo :SQLSTATE
SELECT * FROM installments('100.00', '{40,30,30}', 2147483646);
\echo :SQLSTATE
-- STRICT: a NULL argument gives no rows.
SELECT count(*) FROM installments(NULL, '{40,30,30}', 2025);

-- installment_shares_valid: whether installments() takes the shares, which
-- is what the catalog checks a clause's installment_shares with.  Wanted,
-- by the rules above: whole shares adding up to 100 are taken ({100} and
-- {0,100} too); 70 in all, an empty array (0 in all), a negative share that
-- makes 100 with the others, a NULL share and two dimensions are not; a NULL
-- array is NULL.
SELECT s, installment_shares_valid(s::int[]) AS valid
  FROM (VALUES ('{40,30,30}'), ('{100}'), ('{0,100}'), ('{40,30}'), ('{}'),
               ('{50,60,-10}'), ('{40,NULL,60}'), ('{{50},{50}}'), (NULL)) v(s);
