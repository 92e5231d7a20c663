#!/usr/bin/env bash
# ALTER EXTENSION subsidy UPDATE, done the way an agency does it, from every
# earlier release whose full script ships (versions/subsidy--V.sql): the
# database owner (not a superuser) installs version V, adds policies,
# clauses and a table of its own that refers to clauses, and updates to the
# current version.  Then:
#  - the upgraded extension is the one a fresh CREATE EXTENSION gives, object
#    for object: every member with its definition, comment and privileges,
#    as pg_dump --binary-upgrade lists them (OIDs masked), and every shipped
#    catalog row;
#  - the agency's own rows and table are as they were;
#  - a dump of the upgraded database restores into a new one, where a fresh
#    install of the current version takes the agency's rows back.
#
# Needs a server: PGHOST/PGPORT/PGUSER (a superuser) as set by scripts/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$("$PG_CONFIG" --bindir)
owner=regress_subsidy_upgrader
old=subsidy_upgrade_old new=subsidy_upgrade_new back=subsidy_upgrade_restored
work=$(mktemp -d /tmp/subsidy-upgrade.XXXXXX)

psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
. test/lib/agency.sh
cleanup() {
    for d in $old $new $back subsidy_upgrade_members; do
        PGOPTIONS="-c client_min_messages=warning" psql_ -d postgres \
            -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true
    done
    psql_ -d postgres -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1 || true
}
trap 'cleanup; rm -rf "$work"' EXIT

current=$(psql_ -d postgres -A -t -c \
    "SELECT default_version FROM pg_available_extensions WHERE name = 'subsidy'")
releases=$(ls "$("$PG_CONFIG" --sharedir)"/extension/subsidy--*.sql \
    | sed -n 's/.*\/subsidy--\([^-]*\)\.sql$/\1/p' | grep -vx "$current" || true)
if [ -z "$releases" ]; then
    echo "upgrade: no earlier release ships beside $current"; exit 1
fi

# Every member of the extension in database $1, as pg_dump writes it for
# pg_upgrade, which unlike a plain dump lists the members one by one.  The
# OIDs, transaction ids and LSNs it pins, and the dump's session keys, differ
# between databases.  Objects of the agency's own are left out by dumping a
# copy of the database without them, and so is where the policy id sequence
# stands, which is the agency's data (compared with its rows).
members() {
    psql_ -d postgres -c "CREATE DATABASE subsidy_upgrade_members TEMPLATE $1"
    psql_ -d subsidy_upgrade_members -c "SET client_min_messages = warning" \
          -c "DROP TABLE IF EXISTS public.application"
    "$bindir/pg_dump" --schema-only --binary-upgrade -d subsidy_upgrade_members \
        | sed -e '/^\\restrict /d' -e '/^\\unrestrict /d' \
              -e '/binary_upgrade_create_empty_extension/s/[0-9]\{3,\}/N/g' \
              -e '/binary_upgrade_set_/d' -e '/relfrozenxid/d' -e "/^WHERE oid = '[0-9]*';\$/d" \
              -e '/pg_catalog.setval(/d'
    psql_ -d postgres -c "DROP DATABASE subsidy_upgrade_members"
}
shipped() {
    psql_ -d "$1" -A -t <<'SQL'
SELECT 'policy', p.* FROM policy p WHERE shipped ORDER BY id;
SELECT 'programme', g.* FROM programme g WHERE shipped ORDER BY code;
SELECT 'clause', c.* FROM clause c WHERE shipped ORDER BY code;
SQL
}

fail=0
for v in $releases; do
    cleanup
    psql_ -d postgres -c "CREATE ROLE $owner LOGIN" \
          -c "CREATE DATABASE $old OWNER $owner" -c "CREATE DATABASE $new OWNER $owner" \
          -c "CREATE DATABASE $back OWNER $owner"
    psql_ -U "$owner" -d "$old" -c "CREATE EXTENSION subsidy VERSION '$v'"
    agency_rows "$old" "$owner"
    before=$(agency_catalog "$old" "$owner" own)
    psql_ -U "$owner" -d "$old" -c "ALTER EXTENSION subsidy UPDATE"
    psql_ -U "$owner" -d "$new" -c "CREATE EXTENSION subsidy"

    got=$(psql_ -d "$old" -A -t -c "SELECT extversion FROM pg_extension WHERE extname = 'subsidy'")
    if [ "$got" != "$current" ]; then
        echo "upgrade: from $v the extension is at $got, not $current"; fail=1; continue
    fi
    members "$new" >"$work/fresh.sql"
    members "$old" >"$work/upgraded.sql"
    if ! diff "$work/fresh.sql" "$work/upgraded.sql" >"$work/members.diff"; then
        echo "upgrade: from $v the extension differs from a fresh install of $current (< fresh, > upgraded):"
        head -60 "$work/members.diff"; fail=1
    fi
    if ! diff <(shipped "$new") <(shipped "$old") >"$work/shipped.diff"; then
        echo "upgrade: from $v the shipped catalog rows differ from a fresh install of $current:"
        head -40 "$work/shipped.diff"; fail=1
    fi
    after=$(agency_catalog "$old" "$owner" own)
    if [ "$before" != "$after" ]; then
        echo "upgrade: from $v the agency's own rows changed:"
        diff <(echo "$before") <(echo "$after") || true; fail=1
    fi

    "$bindir/pg_dump" -U "$owner" -Fc -f "$work/db.dump" "$old"
    "$bindir/pg_restore" -U "$owner" --exit-on-error -d "$back" "$work/db.dump"
    restored=$(agency_catalog "$back" "$owner" own)
    if [ "$before" != "$restored" ]; then
        echo "upgrade: from $v a dump of the upgraded database restores other rows:"
        diff <(echo "$before") <(echo "$restored") || true; fail=1
    fi
    if ! diff <(shipped "$new") <(shipped "$back") >/dev/null; then
        echo "upgrade: from $v the restored database's shipped rows are not the current ones"; fail=1
    fi
    [ $fail -eq 0 ] && echo "ok: $v -> $current keeps $(echo "$before" | grep -c '^clause') own clauses, equals a fresh install, and restores"
done
exit $fail
