#!/usr/bin/env bash
# annual_total against a bare sum(bigint) and against the same annual report
# in plain SQL on numeric.  ROWS application rows (10M by default) of
# ENTERPRISES enterprises (200k) over 3 years, 40 clauses in 12 kinds, with
# per-enterprise yearly limits shared by some clauses.  Three queries, each
# GROUP BY enterprise, year, with the same settings:
#   (a) sum(bigint) of the measure;
#   (b) plain SQL on numeric: each item by its schedule (CASE, least), summed
#       per limit group under the limit, the highest group per kind, summed;
#       and, as annual_total gives it too, the sum of every item before its
#       cap (claimed);
#   (c) award_for(tiers, cny) and annual_total.
# Checks (b) = (c) on every enterprise-year, granted and claimed, and prints
# c/a and b/c; the goal is c/a <= 1.5 and b/c >= 3.  Then the parts of (c):
# the join to the clause catalog with a bare sum(bigint), the join with
# award_for and a bare count, and annual_total against sum(award) on awards
# computed beforehand.  WORKERS sets
# max_parallel_workers_per_gather for every query (default 0).  Needs the
# extension built and installed (scripts/setup.sh).  Not part of the test
# suite: the machine is shared.
. "$(dirname "$0")/common.sh"
ENTERPRISES=${ENTERPRISES:-200000}
WORKERS=${WORKERS:-0}
export PGOPTIONS="$PGOPTIONS -c max_parallel_workers_per_gather=$WORKERS -c work_mem=${WORK_MEM:-1GB} -c jit=off"
bench_db
bq <<SQL
-- 40 clauses in 12 kinds.  Shapes: a rate with a cap, or a step ladder on
-- money with inclusive (>=) or exclusive (>) thresholds.  A limit group is
-- shared by the clauses of one yearly ceiling; a clause without one is its
-- own group with no limit.
CREATE TABLE rule (
    id int PRIMARY KEY, kind text NOT NULL, limit_group text NOT NULL,
    yearly_limit cny, shape text NOT NULL,
    rate numeric, cap numeric,
    op text, t1 numeric, a1 numeric, t2 numeric, a2 numeric, t3 numeric, a3 numeric,
    schedule tiers);
INSERT INTO rule (id, kind, limit_group, yearly_limit, shape, rate, cap, op, t1, a1, t2, a2, t3, a3)
SELECT id,
       'kind-' || (id % 12),
       CASE WHEN id % 4 = 0 THEN 'own-' || id ELSE 'ceiling-' || (id % 12) || '-' || (id / 12 % 2) END,
       CASE WHEN id % 4 = 0 THEN NULL ELSE ((3 + (id % 12 + id / 12 % 2) % 7) * 1000000)::numeric::cny END,
       CASE WHEN id % 3 = 0 THEN 'step' ELSE 'rate' END,
       (10 + 5 * (id % 9)) / 100.0, (1 + id % 5) * 1000000,
       CASE WHEN id % 2 = 0 THEN '>=' ELSE '>' END,
       1000000, 100000, 5000000, 250000, 20000000, 500000
FROM generate_series(1, 40) id;
UPDATE rule SET schedule = (CASE shape
    WHEN 'rate' THEN format('rate: %s%%; cap %s', round(rate * 100, 2), cap::cny)
    ELSE format('step: %s%s -> %s, %s%s -> %s, %s%s -> %s',
                op, t1::cny, a1::cny, op, t2::cny, a2::cny, op, t3::cny, a3::cny) END)::tiers;

-- Applications: enterprise, year, clause (rule), and the measure three ways.
CREATE TABLE app AS
SELECT e AS enterprise, y AS year, c AS rule, fen AS base_fen,
       cny_from_fen(fen) AS base, fen / 100.0 AS base_n
FROM (SELECT (i % $ENTERPRISES)::int AS e, (2025 + (i / $ENTERPRISES) % 3)::int AS y,
             (1 + abs(hashint8(i)) % 40)::int AS c,
             abs(hashint8(i + $ROWS)) % 5000000000 AS fen
      FROM generate_series(0::bigint, $ROWS - 1) i) s;
VACUUM ANALYZE rule;
VACUUM ANALYZE app;
SQL

A="SELECT enterprise, year, sum(base_fen) FROM app GROUP BY enterprise, year"
B="WITH item AS (
    SELECT a.enterprise, a.year, c.kind, c.limit_group, c.yearly_limit::numeric AS lim,
           CASE WHEN c.shape = 'rate' THEN c.cap END AS cap,
           CASE WHEN c.shape = 'rate' THEN round(a.base_n * c.rate, 2)
                WHEN c.op = '>=' THEN CASE WHEN a.base_n >= c.t3 THEN c.a3 WHEN a.base_n >= c.t2 THEN c.a2
                                           WHEN a.base_n >= c.t1 THEN c.a1 ELSE 0 END
                ELSE CASE WHEN a.base_n > c.t3 THEN c.a3 WHEN a.base_n > c.t2 THEN c.a2
                          WHEN a.base_n > c.t1 THEN c.a1 ELSE 0 END END AS claimed
    FROM app a JOIN rule c ON c.id = a.rule
), capped AS (
    SELECT *, least(claimed, cap) AS amount FROM item
), grp AS (
    SELECT enterprise, year, kind, least(sum(amount), coalesce(min(lim), sum(amount))) AS v,
           sum(claimed) AS claimed
    FROM capped GROUP BY enterprise, year, kind, limit_group
), per_kind AS (
    SELECT enterprise, year, max(v) AS v, sum(claimed) AS claimed FROM grp GROUP BY enterprise, year, kind
)
SELECT enterprise, year, sum(v) AS granted, sum(claimed) AS claimed FROM per_kind GROUP BY enterprise, year"
C="SELECT a.enterprise, a.year,
       annual_total(c.kind, c.limit_group, award_for(c.schedule, a.base), c.yearly_limit) AS total
FROM app a JOIN rule c ON c.id = a.rule GROUP BY a.enterprise, a.year"
JOIN="SELECT a.enterprise, a.year, sum(a.base_fen)
FROM app a JOIN rule c ON c.id = a.rule GROUP BY a.enterprise, a.year"
AWARD="SELECT a.enterprise, a.year, count(award_for(c.schedule, a.base))
FROM app a JOIN rule c ON c.id = a.rule GROUP BY a.enterprise, a.year"

check=$(bq -c "WITH b AS ($B), c AS ($C)
  SELECT count(*) FILTER (WHERE b.granted IS DISTINCT FROM granted(c.total)::numeric) || ' (granted), '
      || count(*) FILTER (WHERE b.claimed IS DISTINCT FROM claimed(c.total)::numeric) || ' (claimed) of ' || count(*)
  FROM b FULL JOIN c USING (enterprise, year)")

a=$(time_query "$A")
b=$(time_query "$B")
c=$(time_query "$C")
j=$(time_query "$JOIN")
w=$(time_query "$AWARD")
bq -c "CREATE TABLE awarded AS SELECT a.enterprise, a.year, c.kind, c.limit_group, c.yearly_limit,
                award_for(c.schedule, a.base) AS amount
         FROM app a JOIN rule c ON c.id = a.rule" -c "VACUUM ANALYZE awarded"
t=$(time_query "SELECT enterprise, year, annual_total(kind, limit_group, amount, yearly_limit) FROM awarded GROUP BY enterprise, year")
s=$(time_query "SELECT enterprise, year, sum(amount) FROM awarded GROUP BY enterprise, year")

printf '%-52s %10s\n' query "ms"
printf '%-52s %10.0f\n' "(a) sum(bigint) GROUP BY enterprise, year" "$a"
printf '%-52s %10.0f\n' "(b) plain SQL on numeric" "$b"
printf '%-52s %10.0f\n' "(c) award_for + annual_total" "$c"
printf '%-52s %10.0f\n' "    the catalog join with sum(bigint)" "$j"
printf '%-52s %10.0f\n' "    the catalog join with count(award_for(...))" "$w"
printf '%-52s %10.0f\n' "    sum(award) over precomputed awards" "$s"
printf '%-52s %10.0f\n' "    annual_total over precomputed awards" "$t"
echo "rows: $ROWS, enterprises: $ENTERPRISES x 3 years, best of $REPEAT, max_parallel_workers_per_gather=$WORKERS"
echo "(b) and (c) differ on $check enterprise-years"
echo "c/a $(ratio "$c" "$a")  (goal <= 1.5)    b/c $(ratio "$b" "$c")  (goal >= 3)"
echo "what bounds c/a: the join with sum(bigint) costs $(ratio "$j" "$a") a; with award_for and count $(ratio "$w" "$a") a;"
echo "  annual_total against sum(award) on precomputed awards: $(ratio "$t" "$s")"
psql -X -qAt -d postgres -c "DROP DATABASE $BENCH_DB"
