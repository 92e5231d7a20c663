# Sourced by the benchmark scripts: a throwaway cluster (unless PGHOST is
# already set), sized settings, and helpers that time a statement on the
# server.  Timings are best-of-N wall-clock milliseconds measured by the
# server (EXPLAIN ANALYZE) or by psql (\timing) in one session.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/${PG_MAJOR:-15}/bin/pg_config}
if [ -z "${PGHOST:-}" ]; then
    . scripts/cluster.sh
    cluster_start
    psql -X -q -c "ALTER SYSTEM SET shared_buffers = '2GB'" -c "ALTER SYSTEM SET work_mem = '256MB'" \
         -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" -c "ALTER SYSTEM SET jit = off"
    "${CLUSTER_AS[@]}" "$("$PG_CONFIG" --bindir)/pg_ctl" -D "$CLUSTER_DIR/data" -w restart \
        -o "-c listen_addresses='' -k $CLUSTER_DIR -p $PGPORT -c fsync=off" >/dev/null
fi
export PGOPTIONS="-c client_min_messages=warning"
BENCH_DB=${BENCH_DB:-subsidy_bench}
ROWS=${ROWS:-10000000}
REPEAT=${REPEAT:-3}

bq() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

bench_db() {
    psql -X -qAt -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
    bq -c "CREATE EXTENSION subsidy"
}

# Best execution time in ms of a query, measured by EXPLAIN ANALYZE.
time_query() {
    local best=""
    for _ in $(seq "$REPEAT"); do
        local ms
        ms=$(bq -c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])')
        best=$(python3 -c "print(min(float('$ms'), float('${best:-inf}')))")
    done
    echo "$best"
}

# Best wall-clock time in ms of a statement run through psql.
time_statement() {
    local best=""
    for _ in $(seq "$REPEAT"); do
        [ -n "${2:-}" ] && bq -c "$2"
        local start end
        start=$(date +%s%N)
        bq -c "$1"
        end=$(date +%s%N)
        best=$(python3 -c "print(min(($end - $start) / 1e6, float('${best:-inf}')))")
    done
    echo "$best"
}

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
