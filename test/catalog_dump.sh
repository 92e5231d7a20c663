#!/usr/bin/env bash
# An agency's own catalog rows survive pg_dump and pg_restore, done the way an
# agency does it: the database owner (not a superuser) installs the
# extension, adds a provincial policy with a programme and clauses, dumps,
# and restores into new databases, in the custom and the plain format.  The
# shipped reference policy comes back once (from CREATE EXTENSION, not from
# the dump), the agency's rows come back as they were, its own table that
# refers to clauses too, and the policy id sequence carries on where it was.
# test/upgrade.sh follows the same rows through ALTER EXTENSION UPDATE.
#
# Needs a server: PGHOST/PGPORT/PGUSER (a superuser) as set by scripts/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$("$PG_CONFIG" --bindir)
owner=regress_subsidy_agency
src=subsidy_dump_src dst=subsidy_dump_dst plain=subsidy_dump_plain
dump=$(mktemp /tmp/subsidy-dump.XXXXXX)

psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
. test/lib/agency.sh
cleanup() {
    PGOPTIONS="-c client_min_messages=warning" psql_ -d postgres \
        -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" \
        -c "DROP DATABASE IF EXISTS $plain" \
        -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1 || true
    rm -f "$dump"
}
trap cleanup EXIT
cleanup
psql_ -d postgres -c "CREATE ROLE $owner LOGIN" \
      -c "CREATE DATABASE $src OWNER $owner" -c "CREATE DATABASE $dst OWNER $owner" \
      -c "CREATE DATABASE $plain OWNER $owner"

# The owner installs the extension and adds its own rows.
psql_ -U "$owner" -d "$src" -c "CREATE EXTENSION subsidy"
agency_rows "$src" "$owner"
catalog() { agency_catalog "$1" "$owner" all; }

before=$(catalog "$src")
"$bindir/pg_dump" -U "$owner" -Fc -f "$dump" "$src"
"$bindir/pg_restore" -U "$owner" --exit-on-error -d "$dst" "$dump"
"$bindir/pg_dump" -U "$owner" -Fp "$src" | psql_ -U "$owner" -d "$plain" >/dev/null

fail=0
for db in "$dst" "$plain"; do
    after=$(catalog "$db")
    if [ "$before" != "$after" ]; then
        echo "catalog_dump: the catalog restored into $db differs"
        diff <(echo "$before") <(echo "$after") || true
        fail=1
    fi
done
counts=$(psql_ -U "$owner" -d "$dst" -A -t -c \
    "SELECT count(*) FILTER (WHERE shipped), count(*) FILTER (WHERE NOT shipped) FROM clause")
if [ "$counts" != "41|2" ]; then
    echo "catalog_dump: restored clauses (shipped|own) are $counts, want 41|2"; fail=1
fi
# The sequence carried over: the next policy gets a new id, not a used one.
if ! psql_ -U "$owner" -d "$dst" -c "INSERT INTO policy (doc_number, title, level, issuer, effective)
        VALUES ('示例国家政策', '示例', 'national', '示例部', '[2025-01-01,2030-01-01)')"; then
    echo "catalog_dump: a new policy after restore collides with a restored id"; fail=1
fi

[ $fail -eq 0 ] && echo "catalog_dump: $(echo "$before" | grep -c '^clause') clauses and $(echo "$before" | grep -c '^policy') policies restored"
exit $fail
