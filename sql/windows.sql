-- Window functions that share a ceiling or a budget: cap_allocate and
-- pro_rata.  Every "want" is computed by hand in the comment beside it.

-- cap_allocate: a 1亿 yearly programme budget (二(一) 算力券), first come
-- first served in order of approval.  A 5000万 fits (5000万 left), B
-- 3000万 fits (2000万 left), C asks 3000万 and gets the 2000万 left, D gets 0.
SELECT app, cap_allocate(ask, '1亿') OVER (ORDER BY approved) AS got, want,
       cap_allocate(ask, '1亿') OVER (ORDER BY approved) = want AS ok
FROM (VALUES ('A', 1, '5000万'::cny, '5000万'::cny), ('B', 2, '3000万', '3000万'),
             ('C', 3, '3000万', '2000万'), ('D', 4, '1000万', '0')) v(app, approved, ask, want)
ORDER BY approved;

-- The budget exactly used up by the last row, and one fen short of it.
SELECT app, cap_allocate(ask, cap) OVER (PARTITION BY cap ORDER BY approved) AS got, want,
       cap_allocate(ask, cap) OVER (PARTITION BY cap ORDER BY approved) = want AS ok
FROM (VALUES ('A', 1, '6000万'::cny, '1亿'::cny, '6000万'::cny), ('B', 2, '4000万', '1亿', '4000万'),
             ('A', 1, '6000万', '99999999.99', '6000万'), ('B', 2, '4000万', '99999999.99', '39999999.99')) v(app, approved, ask, cap, want)
ORDER BY cap, approved;

-- Peers arrive together: B and C were approved the same day.  After A,
-- 5000万 is left; B and C ask 6000万 together, so they share it pro rata,
-- 2500万 each; D gets nothing.
SELECT app, cap_allocate(ask, '1亿') OVER (ORDER BY approved) AS got, want,
       cap_allocate(ask, '1亿') OVER (ORDER BY approved) = want AS ok
FROM (VALUES ('A', 1, '5000万'::cny, '5000万'::cny), ('B', 2, '3000万', '2500万'),
             ('C', 2, '3000万', '2500万'), ('D', 3, '1000万', '0')) v(app, approved, ask, want)
ORDER BY approved, app;

-- A per-enterprise yearly ceiling (每家企业每年最高500万元), one partition per
-- enterprise: 300万 + 150万 fit, the third gets the 50万 left.  Enterprise
-- 2 stays one fen below the ceiling.  A NULL amount gets NULL and takes nothing.
SELECT ent, seq, cap_allocate(ask, '500万') OVER (PARTITION BY ent ORDER BY seq) AS got, want
FROM (VALUES (1, 1, '300万'::cny, '300万'::cny), (1, 2, '150万', '150万'), (1, 3, NULL, NULL),
             (1, 4, '100万', '50万'), (1, 5, '0.01', '0'),
             (2, 1, '200万', '200万'), (2, 2, '2999999.99', '2999999.99')) v(ent, seq, ask, want)
ORDER BY ent, seq;

-- No ceiling (NULL cap): every row what it asks.  No ORDER BY: all rows are
-- peers, so they share the cap pro rata: 60 : 40 of 50.00 = 30.00 / 20.00.
SELECT cap_allocate(ask, NULL) OVER () AS no_cap, cap_allocate(ask, '50.00') OVER () AS got, want
FROM (VALUES (1, '60.00'::cny, '30.00'::cny), (2, '40.00', '20.00')) v(id, ask, want) ORDER BY id;

-- Rejected: caps that differ within a partition, negative amounts and caps.
SELECT cap_allocate(ask, cap) OVER (ORDER BY id)
FROM (VALUES (1, '1.00'::cny, '10.00'::cny), (2, '1.00', '20.00')) v(id, ask, cap);
\echo :SQLSTATE
SELECT cap_allocate(ask, cap) OVER (ORDER BY id)
FROM (VALUES (1, '1.00'::cny, '10.00'::cny), (2, '1.00', NULL)) v(id, ask, cap);
\echo :SQLSTATE
SELECT cap_allocate(ask, '10.00') OVER (ORDER BY id) FROM (VALUES (1, '-1.00'::cny)) v(id, ask);
\echo :SQLSTATE
SELECT cap_allocate(ask, '-10.00') OVER (ORDER BY id) FROM (VALUES (1, '1.00'::cny)) v(id, ask);
\echo :SQLSTATE

-- pro_rata: a 1亿 pool (二(一) 算力券) oversubscribed by 30 enterprises
-- asking 500万 each (1.5亿).  Each exact share is 1亿 / 30 =
-- 3333333.333... yuan: floored 3333333.33; 30 floors leave 0.10, ten fen,
-- which go (remainders all equal) to the first ten rows in window order.
SELECT got, count(*) AS rows, sum(got) AS total, '1亿'::cny AS want_total
FROM (SELECT ent, pro_rata('500万', '1亿') OVER (ORDER BY ent) AS got
      FROM generate_series(1, 30) ent) s
GROUP BY got ORDER BY got;
SELECT array_agg(ent ORDER BY ent) AS got_the_extra_fen, '{1,2,3,4,5,6,7,8,9,10}' AS want
FROM (SELECT ent, pro_rata('500万', '1亿') OVER (ORDER BY ent) AS got
      FROM generate_series(1, 30) ent) s
WHERE got = '3333333.34';

-- Unequal asks, pool 100.00 for 50.00 + 30.00 + 40.00 = 120.00: exact shares
-- 41.666..., 25.00, 33.333...; floors 41.66 + 25.00 + 33.33 = 99.99; the fen
-- left goes to the largest remainder, 0.666... of a fen: A.
SELECT app, pro_rata(ask, '100.00') OVER (ORDER BY app) AS got, want
FROM (VALUES ('A', '50.00'::cny, '41.67'::cny), ('B', '30.00', '25.00'), ('C', '40.00', '33.33')) v(app, ask, want)
ORDER BY app;

-- Ties: three asks of 0.01 for a pool of 0.02, each exactly 2/3 fen: the two
-- fen go to the first two rows in window order, whichever order it is.
SELECT id, pro_rata('0.01', '0.02') OVER (ORDER BY id) AS asc_order,
       pro_rata('0.01', '0.02') OVER (ORDER BY id DESC) AS desc_order
FROM generate_series(1, 3) id ORDER BY id;

-- Fits: every row its amount, at the pool exactly and one fen under it.
-- Pool 0: nothing.  No pool (NULL): every row its amount.  NULL amounts: NULL.
SELECT id, pro_rata(ask, '100.00') OVER () AS fits,
       pro_rata(ask, '99.99') OVER (ORDER BY id) AS one_fen_short,
       pro_rata(ask, '0') OVER () AS pool_zero,
       pro_rata(ask, NULL) OVER () AS no_pool
FROM (VALUES (1, '60.00'::cny), (2, '40.00'), (3, NULL)) v(id, ask) ORDER BY id;
-- one_fen_short by hand: 99.99 x 60/100 = 59.994 -> 59.99, r 0.4 fen;
-- 99.99 x 40/100 = 39.996 -> 39.99, r 0.6 fen; one fen left, to row 2:
-- 59.99 and 40.00.

-- Property on random asks and pools: the shares add up to least(pool, Σ),
-- no share exceeds its ask, each is within one fen of its exact share.
SELECT setseed(0.7);
CREATE TEMP TABLE asks AS
SELECT p, (floor(random() * 1e9)::bigint / 100.0)::numeric(20,2)::cny AS ask,
       ((p * 7919 % 1000)::bigint * 200000000 / 100.0)::numeric(20,2)::cny AS pool
FROM generate_series(1, 50) p, generate_series(1, 200) r;
WITH s AS (
    SELECT p, ask, pool, pro_rata(ask, pool) OVER (PARTITION BY p ORDER BY ask) AS share,
           sum(ask::numeric) OVER (PARTITION BY p) AS asked
    FROM asks
), per AS (
    SELECT p, sum(share)::numeric AS paid, min(pool::numeric) AS pool, min(asked) AS asked,
           bool_and(share <= ask) AS within_ask,
           bool_and(asked <= pool::numeric
                    OR abs(share::numeric - ask::numeric * pool::numeric / asked) < 0.01) AS within_fen
    FROM s GROUP BY p
)
SELECT count(*) AS partitions, count(*) FILTER (WHERE paid <> least(pool, asked)) AS not_adding_up,
       count(*) FILTER (WHERE NOT within_ask) AS above_ask,
       count(*) FILTER (WHERE NOT within_fen) AS off_by_a_fen,
       count(*) FILTER (WHERE pool < asked) AS oversubscribed
FROM per;

-- Rejected.
SELECT pro_rata(ask, pool) OVER ()
FROM (VALUES ('1.00'::cny, '10.00'::cny), ('1.00', '20.00')) v(ask, pool);
\echo :SQLSTATE
SELECT pro_rata(ask, '10.00') OVER () FROM (VALUES ('-1.00'::cny)) v(ask);
\echo :SQLSTATE
SELECT pro_rata(ask, '-10.00') OVER () FROM (VALUES ('1.00'::cny)) v(ask);
\echo :SQLSTATE

-- Near the top of the range: asks of 92233720368547758.07 and 1.00 add up
-- beyond int64 but the shares are computed in 128 bits.  Pool 1.00 = 100
-- fen: exact shares 100 × 9223372036854775807 / 9223372036854775907 =
-- 99.99999999999999891... fen and 0.0000000000000000108... fen: floors 99
-- and 0, one fen left to the larger remainder (the first): 1.00 and 0.00.
SELECT id, pro_rata(ask, '1.00') OVER (ORDER BY id) AS got, want
FROM (VALUES (1, '92233720368547758.07'::cny, '1.00'::cny), (2, '1.00', '0.00')) v(id, ask, want)
ORDER BY id;
-- cap_allocate with no cap never subtracts: both rows get what they ask.
SELECT id, cap_allocate(ask, NULL) OVER (ORDER BY id) AS got
FROM (VALUES (1, '92233720368547758.07'::cny), (2, '92233720368547758.07')) v(id, ask)
ORDER BY id;
