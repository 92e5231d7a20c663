-- Memory of the aggregates' states when they travel: a Finalize
-- HashAggregate keeps every group's combined state for the whole query, so
-- the states it deserialises (one per group and worker) must not outlive
-- their combine.  5000 groups, two workers: the combined states take about
-- 256 bytes a group; the states read from the workers, if kept, would take
-- as much again per worker.  Each group has 40 rows of one amount,
-- grp % 1000 yuan, in three kinds and one limit group of 5 yuan: 15 yuan a
-- group, none for the five groups whose amount is 0; 4995 x 15 = 74925.
CREATE TABLE agg_mem AS
SELECT g % 5000 AS grp, 'k' || g % 3 AS kind, 'g' || g % 2 AS lg,
       (g % 1000)::numeric::cny AS amt
FROM generate_series(1, 200000) g;
ANALYZE agg_mem;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_sort = off;
SET work_mem = '1GB';
EXPLAIN (COSTS OFF)
SELECT grp, annual_total(kind, lg, amt, '5') FROM agg_mem GROUP BY grp;
-- The aggregate contexts ("ExprContext") measured while the hash table is
-- still alive: under 600 bytes a group (3 MB), not 3 x 256 and more.
WITH r AS MATERIALIZED (
    SELECT grp, annual_total(kind, lg, amt, '5') AS a FROM agg_mem GROUP BY grp)
SELECT (SELECT count(*) FROM r) AS groups,
       (SELECT sum(granted(a)) FROM r) AS got, '74925'::cny AS want,
       (SELECT sum(total_bytes) FROM pg_backend_memory_contexts
        WHERE name = 'ExprContext') < 5000 * 600 AS bounded;
RESET work_mem;
RESET enable_sort;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE agg_mem;

-- Hashing many groups: the planner sizes the hash table by each state's
-- declared size.  A state starts at 256 bytes; undeclared, an internal
-- state counts as 8 kB and a HashAggregate of 20000 groups spills to disk
-- under 8MB of work_mem (16MB of hash memory) that hold it whole.
CREATE TABLE agg_hash AS
SELECT g % 20000 AS grp, 'k' || g % 3 AS kind, 'g' || g % 2 AS lg,
       '1'::cny AS amt
FROM generate_series(1, 60000) g;
ANALYZE agg_hash;
CREATE FUNCTION pg_temp.hash_batches(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON) '
        || query INTO plan;
    RETURN (plan -> 0 -> 'Plan' ->> 'HashAgg Batches')::int;
END $$;
SET max_parallel_workers_per_gather = 0;
SET enable_sort = off;
SET work_mem = '8MB';
SET hash_mem_multiplier = 2;
SELECT agg, pg_temp.hash_batches(format(
           'SELECT grp, %s FROM agg_hash GROUP BY grp', call)) AS batches
FROM (VALUES ('cap_sum', 'cap_sum(amt, ''2'')'),
             ('highest_per_kind', 'highest_per_kind(kind, amt)'),
             ('top_up_per_kind', 'top_up_per_kind(kind, amt, true)'),
             ('annual_total', 'annual_total(kind, lg, amt, ''2'')')) v(agg, call);
RESET hash_mem_multiplier;
RESET work_mem;
RESET enable_sort;
RESET max_parallel_workers_per_gather;
DROP TABLE agg_hash;

-- A group with more than 32 keys looks them up through an index of its own,
-- sized by the group's keys, not by every key of the query.  500 groups of
-- 40 kinds each, no kind shared between groups: 40000 kinds in the query.
-- Each state holds 40 entries of 16 bytes (a 1 kB chunk) and an index of
-- 256 slots (1 kB): with the allocator's blocks, under 8 kB a group (4 MB),
-- where an index over every kind of the query would take 256 kB a group.
-- Each group's 40 kinds of 1 yuan give 40 yuan: 20000.
CREATE TABLE agg_kinds AS
SELECT grp, 'k' || grp || '_' || i AS kind, '1'::cny AS amt
FROM generate_series(1, 500) grp, generate_series(1, 40) i;
ANALYZE agg_kinds;
SET max_parallel_workers_per_gather = 0;
SET enable_sort = off;
SET work_mem = '64MB';
EXPLAIN (COSTS OFF)
SELECT grp, highest_per_kind(kind, amt) AS h FROM agg_kinds GROUP BY grp;
WITH r AS MATERIALIZED (
    SELECT grp, highest_per_kind(kind, amt) AS h FROM agg_kinds GROUP BY grp)
SELECT (SELECT count(*) FROM r) AS groups,
       (SELECT sum(h) FROM r) AS got, '20000'::cny AS want,
       (SELECT sum(total_bytes) FROM pg_backend_memory_contexts
        WHERE name = 'ExprContext') < 500 * 8192 AS bounded;
RESET work_mem;
RESET enable_sort;
RESET max_parallel_workers_per_gather;
DROP TABLE agg_kinds;
