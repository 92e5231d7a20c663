-- The aggregates in parallel query, and annual_total against the plain-SQL
-- formulation on random data.

SELECT setseed(0.42);
-- A regular table: parallel workers cannot read temporary ones.
CREATE TABLE agg_apps AS
SELECT ent, year, kind, grp, amount,
       CASE grp WHEN 'g1' THEN '200万'::cny
                WHEN 'g2' THEN NULL
                ELSE CASE WHEN random() < 0.5 THEN '100万'::cny END END AS lim,
       random() < 0.5 AS payer
FROM (SELECT (random() * 300)::int AS ent, 2025 + (random() * 2)::int AS year,
             (ARRAY['compute', 'model', 'talent', 'platform', NULL])[1 + floor(random() * 5)::int] AS kind,
             (ARRAY['g1', 'g2', NULL])[1 + floor(random() * 3)::int] AS grp,
             CASE WHEN random() < 0.05 THEN NULL
                  ELSE (floor(random() * 2e8)::bigint / 100.0)::numeric(20,2)::cny END AS amount
      FROM generate_series(1, 60000)) r;
ANALYZE agg_apps;

-- annual_total equals the plain-SQL report on every enterprise-year.
CREATE TEMP TABLE plain AS
WITH grouped AS (
    SELECT ent, year, kind, least(sum(amount::numeric), coalesce(min(lim::numeric), sum(amount::numeric))) AS v
    FROM agg_apps WHERE amount IS NOT NULL AND grp IS NOT NULL GROUP BY ent, year, kind, grp
    UNION ALL
    SELECT ent, year, kind, least(amount::numeric, coalesce(lim::numeric, amount::numeric))
    FROM agg_apps WHERE amount IS NOT NULL AND grp IS NULL
), per_kind AS (
    SELECT ent, year, CASE WHEN kind IS NULL THEN sum(v) ELSE max(v) END AS v
    FROM grouped GROUP BY ent, year, kind
)
SELECT p.ent, p.year, p.granted, c.claimed
FROM (SELECT ent, year, sum(v) AS granted FROM per_kind GROUP BY ent, year) p
JOIN (SELECT ent, year, sum(amount::numeric) AS claimed FROM agg_apps
      WHERE amount IS NOT NULL GROUP BY ent, year) c USING (ent, year);

-- All four per enterprise-year; run serial now, in parallel below.
CREATE TEMP VIEW per_year AS
SELECT ent, year, annual_total(kind, grp, amount, lim) AS t,
       highest_per_kind(kind, amount) AS h,
       top_up_per_kind(kind, amount, payer) AS u,
       cap_sum(amount, '1亿') AS c
FROM agg_apps GROUP BY ent, year;
CREATE TEMP TABLE serial AS SELECT * FROM per_year;

SELECT count(*) AS enterprise_years,
       count(*) FILTER (WHERE p.granted IS DISTINCT FROM granted(s.t)::numeric
                           OR p.claimed IS DISTINCT FROM claimed(s.t)::numeric) AS differing,
       count(*) FILTER (WHERE cut(s.t) > '0') > 0 AS some_cut
FROM plain p FULL JOIN serial s USING (ent, year);

-- highest_per_kind and top_up_per_kind against plain SQL too.
WITH per_kind AS (
    SELECT ent, year, kind,
           CASE WHEN kind IS NULL THEN sum(amount::numeric) ELSE max(amount::numeric) END AS h,
           CASE WHEN kind IS NULL THEN coalesce(sum(amount::numeric) FILTER (WHERE payer), 0)
                ELSE greatest(0, coalesce(max(amount::numeric) FILTER (WHERE payer), 0)
                                 - coalesce(max(amount::numeric) FILTER (WHERE NOT payer), 0)) END AS u
    FROM agg_apps WHERE amount IS NOT NULL GROUP BY ent, year, kind
)
SELECT count(*) FILTER (WHERE p.h IS DISTINCT FROM s.h::numeric) AS highest_differing,
       count(*) FILTER (WHERE p.u IS DISTINCT FROM s.u::numeric) AS top_up_differing
FROM (SELECT ent, year, sum(h) AS h, sum(u) AS u FROM per_kind GROUP BY ent, year) p
FULL JOIN serial s USING (ent, year);

CREATE TEMP TABLE serial_whole AS
SELECT annual_total(kind, grp, amount, lim) AS t, highest_per_kind(kind, amount) AS h,
       top_up_per_kind(kind, amount, payer) AS u, cap_sum(amount, '1亿') AS c
FROM agg_apps WHERE ent < 100;

-- Forced parallel plans: partial aggregates in workers, states serialized
-- to the leader and combined there.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF)
SELECT annual_total(kind, grp, amount, lim), highest_per_kind(kind, amount),
       top_up_per_kind(kind, amount, payer), cap_sum(amount, '1亿')
FROM agg_apps WHERE ent < 100;

-- The whole table as one group: every worker sees every kind and group.
SELECT granted(p.t) = granted(s.t) AND claimed(p.t) = claimed(s.t) AS annual_total_same,
       p.h = s.h AS highest_same, p.u = s.u AS top_up_same,
       granted(p.c) = granted(s.c) AND claimed(p.c) = claimed(s.c) AS cap_sum_same
FROM (SELECT annual_total(kind, grp, amount, lim) AS t, highest_per_kind(kind, amount) AS h,
             top_up_per_kind(kind, amount, payer) AS u, cap_sum(amount, '1亿') AS c
      FROM agg_apps WHERE ent < 100) p,
     serial_whole s;

-- Per enterprise-year in parallel, the same as serial: hashed, then sorted.
EXPLAIN (COSTS OFF) SELECT * FROM per_year;
CREATE TEMP TABLE par AS SELECT * FROM per_year;
CREATE TEMP VIEW par_vs_serial AS
SELECT count(*) AS enterprise_years,
       count(*) FILTER (WHERE granted(p.t) IS DISTINCT FROM granted(s.t)
                           OR claimed(p.t) IS DISTINCT FROM claimed(s.t)
                           OR p.h IS DISTINCT FROM s.h OR p.u IS DISTINCT FROM s.u
                           OR granted(p.c) IS DISTINCT FROM granted(s.c)
                           OR claimed(p.c) IS DISTINCT FROM claimed(s.c)) AS differing
FROM par p FULL JOIN serial s USING (ent, year);
SELECT * FROM par_vs_serial;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT * FROM per_year;
TRUNCATE par;
INSERT INTO par SELECT * FROM per_year;
SELECT * FROM par_vs_serial;
RESET enable_hashagg;

-- A ceiling that differs between rows seen by different workers is caught
-- when the states are combined, as in a serial run.
\set VERBOSITY terse
SELECT cap_sum(amount, CASE WHEN ent < 150 THEN '1亿'::cny ELSE '2亿'::cny END) FROM agg_apps;
\echo :SQLSTATE

-- force_parallel_mode (PostgreSQL 15; debug_parallel_query from 16):
-- installments runs in a worker and gives the answer of
-- sql/installments.sql.  The window functions are PARALLEL SAFE too, but
-- PostgreSQL 15 runs a WindowAgg in the leader (no Gather in its plan);
-- their results are checked there by sql/windows*.sql.
SET force_parallel_mode = on;
EXPLAIN (COSTS OFF)
SELECT array_agg(amount ORDER BY year) FROM installments('617283.55', '{40,30,30}', 2025);
SELECT array_agg(amount ORDER BY year)::text AS got, '{246913.42,185185.07,185185.06}' AS want
FROM installments('617283.55', '{40,30,30}', 2025);
EXPLAIN (COSTS OFF)
SELECT pro_rata('500万', '1亿') OVER (ORDER BY e) FROM generate_series(1, 30) e;
RESET force_parallel_mode;

RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP VIEW per_year;
DROP TABLE agg_apps;
