#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing,
# builds and installs subsidy, starts a throwaway cluster, then runs the
# pg_regress suite (sql/, expected/), the pgTAP suites (test/*.sql) and the
# shell scenarios (test/*.sh: dump/restore, install by a database owner),
# and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/${PG_MAJOR:-15}/bin/pg_config}
. scripts/cluster.sh
cluster_start || exit 1

passed=0 failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

echo "== pg_regress (make installcheck)"
log=$(mktemp)
make -s PG_CONFIG="$PG_CONFIG" installcheck >"$log" 2>&1
status=$?
grep -Ev '^(ALTER|CREATE) ' "$log"
# PostgreSQL 15 prints "test name ... ok", 16 and later "ok 1 - name".
ok=$(grep -Ec '^(test .*\.\.\. ok|ok [0-9]+ )' "$log")
bad=$(grep -Ec '^(test .*\.\.\. FAILED|not ok [0-9]+ )' "$log")
if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
count "$ok" "$bad"
[ "$bad" -gt 0 ] && [ -f regression.diffs ] && head -300 regression.diffs
rm -f "$log"

echo "== pgTAP (pg_prove)"
shopt -s nullglob
taps=(test/*.sql)
if [ ${#taps[@]} -gt 0 ]; then
    psql -qX -c "CREATE DATABASE subsidy_tap" >/dev/null
    psql -qX -d subsidy_tap -c "CREATE EXTENSION pgtap; CREATE EXTENSION subsidy;" >/dev/null
    for t in "${taps[@]}"; do
        if pg_prove -d subsidy_tap "$t"; then count 1 0; else count 0 1; fi
    done
fi

echo "== scenarios (test/*.sh)"
for t in test/*.sh; do
    if bash "$t"; then echo "ok $t"; count 1 0; else echo "FAILED $t"; count 0 1; fi
done

echo
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
