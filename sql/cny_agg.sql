-- sum, avg, min and max over cny, serial and in parallel.

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

SELECT sum(x) AS sum, avg(x) AS avg, min(x) AS min, max(x) AS max, count(x)
FROM (VALUES ('1.00'::cny), ('2.01'), (NULL)) AS t(x);
-- sum 3.01; avg 1.505 -> 1.51, half away from zero

SELECT avg(x) AS avg FROM (VALUES ('-1.00'::cny), ('-2.01')) AS t(x);      -- -1.51
SELECT avg(x) AS avg FROM (VALUES ('0.01'::cny), ('0.01'), ('0.02')) AS t(x); -- 0.0133 -> 0.01
SELECT sum(x) AS sum, avg(x) AS avg, min(x) AS min, max(x) AS max
FROM (SELECT '1'::cny WHERE false) AS t(x);
-- Averaging the largest amounts does not overflow on the way.
SELECT avg(x) AS avg FROM (VALUES (cny_from_fen(9223372036854775807)),
                                  (cny_from_fen(9223372036854775807))) AS t(x);
-- A sum that leaves the range is an error.
SELECT pg_temp.err($$SELECT sum(x) FROM (VALUES (cny_from_fen(9223372036854775807)), ('0.01'::cny)) AS t(x)$$);
SELECT pg_temp.err($$SELECT sum(x) FROM (VALUES (cny_from_fen(-9223372036854775808)), ('-0.01'::cny)) AS t(x)$$);

-- min and max use the btree order, so an index answers them.
CREATE TABLE amounts (id int, amount cny);
-- 1 fen, 2 fen, … 100000 fen: sum = 100000 × 100001 / 2 fen = 50000500.00,
-- mean = 50000.5 fen -> 500.01.
INSERT INTO amounts SELECT i, cny_from_fen(i) FROM generate_series(1, 100000) AS i;
ANALYZE amounts;
CREATE INDEX amounts_amount ON amounts (amount);
EXPLAIN (COSTS OFF) SELECT max(amount) FROM amounts;

SELECT sum(amount), avg(amount), min(amount), max(amount) FROM amounts;

-- The same in parallel: partial aggregates combined (and avg's state
-- serialised) across workers give the same answers.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT sum(amount), avg(amount), min(amount), max(amount) FROM amounts;
SELECT sum(amount), avg(amount), min(amount), max(amount) FROM amounts;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT id % 3 AS g, sum(amount), avg(amount) FROM amounts GROUP BY 1 ORDER BY 1;
-- By hand: group 0 holds 3, 6, … 99999 fen: 33333 rows, sum 1666683333 fen
-- = 16666833.33, mean (3 + 99999) / 2 = 50001 fen = 500.01.  Group 1 holds
-- 1, 4, … 100000: 33334 rows, sum 1666716667 fen = 16667166.67, mean
-- 50000.5 fen -> 500.01.  Group 2 holds 2, 5, … 99998: 33333 rows, sum
-- 1666650000 fen = 16666500.00, mean 50000 fen = 500.00.
SELECT id % 3 AS g, sum(amount), avg(amount), count(*) FROM amounts GROUP BY 1 ORDER BY 1;
RESET ALL;
DROP TABLE amounts;
