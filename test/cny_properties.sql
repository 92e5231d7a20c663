-- Properties of cny that must hold for every amount, checked over a fixed
-- pseudo-random sample that reaches both ends of the range.
BEGIN;
SELECT plan(14);

CREATE TEMP TABLE sample AS
SELECT f AS fen, cny_from_fen(f) AS amount
FROM (
    SELECT ((hashint8(i)::bigint << 32) | (hashint8(i + 1000000)::bigint & 4294967295)) >> (i % 63) AS f
    FROM generate_series(1, 20000) AS i
    UNION ALL VALUES (0::bigint), (1), (-1), (99), (100), (-100), (1000000), (100000000),
        (9223372036854775807), (-9223372036854775808), (-9223372036854775807)
) AS s;

SELECT is((SELECT count(*) FROM sample WHERE fen(amount::text::cny) <> fen), 0::bigint,
          'canonical text reads back as the same amount');
SELECT is((SELECT count(*) FROM sample WHERE to_wan(amount)::cny <> amount), 0::bigint,
          'to_wan reads back as the same amount');
SELECT is((SELECT count(*) FROM sample WHERE to_daxie(amount)::cny <> amount), 0::bigint,
          'to_daxie reads back as the same amount');
SELECT is((SELECT count(*) FROM sample WHERE amount::numeric::cny <> amount
                                          OR amount::numeric * 100 <> fen), 0::bigint,
          'numeric conversion is exact both ways');
SELECT is((SELECT count(*) FROM sample a JOIN sample b ON a.fen % 97 = b.fen % 97
           WHERE (a.amount < b.amount) <> (a.fen < b.fen)
              OR (a.amount = b.amount) <> (a.fen = b.fen)
              OR cny_cmp(a.amount, b.amount) <> btint8cmp(a.fen, b.fen)), 0::bigint,
          'order and equality agree with the count of fen');
SELECT is((SELECT count(*) FROM sample WHERE amount::text !~ '^-?[0-9]+\.[0-9]{2}$'), 0::bigint,
          'canonical text has exactly two decimals');
SELECT is((SELECT sum(amount)::numeric FROM sample WHERE fen BETWEEN -1000000000000 AND 1000000000000),
          (SELECT sum(fen)::numeric / 100 FROM sample WHERE fen BETWEEN -1000000000000 AND 1000000000000),
          'sum equals the exact sum of the fen');
SELECT is((SELECT count(*) FROM sample
           WHERE fen BETWEEN -1000000000000 AND 1000000000000
             AND fen(amount * 0.5) <> fen / 2 + (fen % 2)), 0::bigint,
          'halving rounds half away from zero');
SELECT throws_ok($$SELECT sum(amount) FROM sample WHERE fen > 0$$, '22003', 'cny out of range',
                 'a sum past the range is an error');

-- Quotients against numeric's round(), which rounds half away from zero:
-- amounts of either sign up to 1.4e12 yuan (2^47 fen, halved by shifts down
-- to a few fen), divisors k of either sign below 10000 in absolute value,
-- as integers and as numerics k * 0.001.  Odd fen amounts divided by 2, by
-- 0.4 (2.5 fen per fen) and by 2.0 make ties.  The reference divides at
-- scale 20: for such divisors a quotient that is not a tie lies at least
-- 1/20000 fen from one, far more than numeric's rounding at 1e-20 yuan.
CREATE TEMP TABLE pair AS
SELECT amount, k, k * 0.001 AS d
FROM (
    SELECT cny_from_fen(((hashint8(i)::bigint << 16) | (hashint8(i + 3000000)::bigint & 65535))
                        >> (i % 40)) AS amount,
           nullif(hashint8(i + 4000000) % 10000, 0) AS k
    FROM generate_series(1, 20000) AS i
    UNION ALL
    SELECT cny_from_fen(s * (2 * i + 1)), s * k
    FROM generate_series(1, 200) AS i, (VALUES (1), (-1)) AS a(s), (VALUES (2), (400), (-2), (-400), (2000)) AS b(k)
) AS p
WHERE k IS NOT NULL;

SELECT is((SELECT count(*) FROM pair
           WHERE amount / d <> round(amount::numeric(40, 20) / d, 2)::cny), 0::bigint,
          'cny / numeric is numeric''s round to the fen of the exact quotient');
SELECT is((SELECT count(*) FROM pair
           WHERE amount / k <> round(amount::numeric(40, 20) / k, 2)::cny), 0::bigint,
          'cny / integer is numeric''s round to the fen of the exact quotient');
SELECT is((SELECT count(*) FROM pair
           WHERE amount / k::bigint <> round(amount::numeric(40, 20) / k, 2)::cny), 0::bigint,
          'cny / bigint is numeric''s round to the fen of the exact quotient');
-- The sample reaches what matters: ties and other roundings with negative
-- quotients, for both kinds of divisor (a tie: twice the remainder is |k|).
SELECT ok((SELECT count(*) FILTER (WHERE mod(fen(amount) * 2000, k) = 0 AND mod(fen(amount) * 1000, k) <> 0) >= 100
              AND count(*) FILTER (WHERE mod(fen(amount) * 2000, k) <> 0) >= 5000
           FROM pair WHERE (amount < '0') <> (k < 0)),
          'negative numeric quotients include ties and other roundings');
SELECT ok((SELECT count(*) FILTER (WHERE mod(fen(amount) * 2, k) = 0 AND mod(fen(amount), k) <> 0) >= 100
              AND count(*) FILTER (WHERE mod(fen(amount) * 2, k) <> 0) >= 5000
           FROM pair WHERE (amount < '0') <> (k < 0)),
          'negative integer quotients include ties and other roundings');

SELECT * FROM finish();
ROLLBACK;
