-- Properties of cny that must hold for every amount, checked over a fixed
-- pseudo-random sample that reaches both ends of the range.
BEGIN;
SELECT plan(9);

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

SELECT * FROM finish();
ROLLBACK;
