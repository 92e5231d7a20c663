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

# A release's script as it shipped, where versions/ holds a corrected one:
# the correction undone in the database after installing.  0.1 shipped its
# shipped-row trigger STABLE PARALLEL SAFE and with the caller's
# search_path (its unqualified built-in calls resolve to the same
# functions, absent look-alikes).
as_released() {
    case "$1" in
        0.1) psql_ -d "$2" -c "ALTER FUNCTION catalog_keep_shipped() STABLE PARALLEL SAFE RESET search_path" ;;
    esac
}

# From release $1, as versions/ holds it ($2 = corrected) or as it shipped
# ($2 = released).
upgrade_from() {
    local v=$1 variant=$2 before after restored got ok=0
    cleanup
    psql_ -d postgres -c "CREATE ROLE $owner LOGIN" \
          -c "CREATE DATABASE $old OWNER $owner" -c "CREATE DATABASE $new OWNER $owner" \
          -c "CREATE DATABASE $back OWNER $owner"
    psql_ -U "$owner" -d "$old" -c "CREATE EXTENSION subsidy VERSION '$v'"
    [ "$variant" = released ] && as_released "$v" "$old"
    agency_rows "$old" "$owner"
    before=$(agency_catalog "$old" "$owner" own)
    psql_ -U "$owner" -d "$old" -c "ALTER EXTENSION subsidy UPDATE"
    psql_ -U "$owner" -d "$new" -c "CREATE EXTENSION subsidy"

    got=$(psql_ -d "$old" -A -t -c "SELECT extversion FROM pg_extension WHERE extname = 'subsidy'")
    if [ "$got" != "$current" ]; then
        echo "upgrade: from $v ($variant) the extension is at $got, not $current"; return 1
    fi
    members "$new" >"$work/fresh.sql"
    members "$old" >"$work/upgraded.sql"
    if ! diff "$work/fresh.sql" "$work/upgraded.sql" >"$work/members.diff"; then
        echo "upgrade: from $v ($variant) the extension differs from a fresh install of $current (< fresh, > upgraded):"
        head -60 "$work/members.diff"; ok=1
    fi
    if ! diff <(shipped "$new") <(shipped "$old") >"$work/shipped.diff"; then
        echo "upgrade: from $v ($variant) the shipped catalog rows differ from a fresh install of $current:"
        head -40 "$work/shipped.diff"; ok=1
    fi
    after=$(agency_catalog "$old" "$owner" own)
    if [ "$before" != "$after" ]; then
        echo "upgrade: from $v ($variant) the agency's own rows changed:"
        diff <(echo "$before") <(echo "$after") || true; ok=1
    fi

    "$bindir/pg_dump" -U "$owner" -Fc -f "$work/db.dump" "$old"
    "$bindir/pg_restore" -U "$owner" --exit-on-error -d "$back" "$work/db.dump"
    restored=$(agency_catalog "$back" "$owner" own)
    if [ "$before" != "$restored" ]; then
        echo "upgrade: from $v ($variant) a dump of the upgraded database restores other rows:"
        diff <(echo "$before") <(echo "$restored") || true; ok=1
    fi
    if ! diff <(shipped "$new") <(shipped "$back") >/dev/null; then
        echo "upgrade: from $v ($variant) the restored database's shipped rows are not the current ones"; ok=1
    fi
    [ $ok -eq 0 ] && echo "ok: $v ($variant) -> $current keeps $(echo "$before" | grep -c '^clause') own clauses, equals a fresh install, and restores"
    return $ok
}

# Rows 0.1 took that 0.2 refuses: shares that do not add up to 100 stop the
# update with the rows named, and it goes through once they are corrected;
# clauses of one limit group with two yearly limits are named in a warning.
refused_rows_from_0_1() {
    local out ok=0
    cleanup
    psql_ -d postgres -c "CREATE ROLE $owner LOGIN" -c "CREATE DATABASE $old OWNER $owner"
    psql_ -U "$owner" -d "$old" -c "CREATE EXTENSION subsidy VERSION '0.1'"
    agency_rows "$old" "$owner"
    psql_ -U "$owner" -d "$old" <<'SQL'
UPDATE clause SET installment_shares = '{40,30}' WHERE code = 'sc.leader';
INSERT INTO clause (code, policy_id, title, kind, rule, measure, limit_group, annual_limit, source)
SELECT 'sc.compute.b', policy_id, title, kind, rule, measure, limit_group, '200万', source
  FROM clause WHERE code = 'sc.compute';
SQL
    if out=$(psql_ -U "$owner" -d "$old" -c "ALTER EXTENSION subsidy UPDATE" 2>&1); then
        echo "upgrade: from 0.1 with shares {40,30} the update went through"; ok=1
    else
        case "$out" in
            *"instalment shares that installments() refuses: sc.leader {40,30}"*) ;;
            *) echo "upgrade: from 0.1 with shares {40,30} the update failed otherwise: $out"; ok=1 ;;
        esac
    fi
    [ "$(psql_ -d "$old" -A -t -c "SELECT extversion FROM pg_extension WHERE extname = 'subsidy'")" = 0.1 ] \
        || { echo "upgrade: a refused update left the extension changed"; ok=1; }
    psql_ -U "$owner" -d "$old" -c "UPDATE clause SET installment_shares = '{50,50}' WHERE code = 'sc.leader'"
    out=$(psql_ -U "$owner" -d "$old" -c "ALTER EXTENSION subsidy UPDATE" 2>&1) \
        || { echo "upgrade: from 0.1 with corrected shares: $out"; ok=1; }
    case "$out" in
        *"WARNING:  clauses in one limit group with different yearly limits: sc.compute and sc.compute.b (kind compute, limit group sc.compute)"*) ;;
        *) echo "upgrade: from 0.1 the clash in limit group sc.compute was not named: $out"; ok=1 ;;
    esac
    [ $ok -eq 0 ] && echo "ok: 0.1 -> $current names the rows it refuses and the clashing limits it finds"
    return $ok
}

fail=0
for v in $releases; do
    upgrade_from "$v" corrected || fail=1
    upgrade_from "$v" released || fail=1
    [ "$v" = 0.1 ] && { refused_rows_from_0_1 || fail=1; }
done
exit $fail
