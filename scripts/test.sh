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
make -s PG_CONFIG="$PG_CONFIG" installcheck >/tmp/subsidy-regress.$$ 2>&1
cat /tmp/subsidy-regress.$$
count "$(grep -Ec '^(ok|test) .* (ok|\.\.\. ok)' /tmp/subsidy-regress.$$ || true)" \
      "$(grep -Ec 'FAILED|failed \(ignored\)' /tmp/subsidy-regress.$$ | head -1 || true)"
if grep -q FAILED /tmp/subsidy-regress.$$ && [ -f regression.diffs ]; then head -200 regression.diffs; fi
rm -f /tmp/subsidy-regress.$$

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
