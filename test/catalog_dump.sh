#!/usr/bin/env bash
# An agency's own catalog rows survive pg_dump and pg_restore, done the way an
# agency does it: the database owner (not a superuser) installs the
# extension, adds a provincial policy with a programme and clauses, dumps,
# and restores into new databases, in the custom and the plain format.  The
# shipped reference policy comes back once (from CREATE EXTENSION, not from
# the dump), the agency's rows come back as they were, its own table that
# refers to clauses too, and the policy id sequence carries on where it was.
# ALTER EXTENSION subsidy UPDATE keeps the rows too (with one version there
# is nothing to update to yet; see docs/development.md).
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
psql_ -U "$owner" -d "$src" <<'SQL'
CREATE EXTENSION subsidy;
INSERT INTO policy (doc_number, title, level, issuer, effective)
VALUES ('示例省级政策〔2025〕1号', '示例省级人工智能政策', 'provincial', '示例省厅',
        '[2025-01-01,2027-01-01)'),
       ('示例市级政策〔2024〕9号', '示例市级算力政策', 'municipal', '示例市局',
        '[2024-07-01,2026-07-01)');
DELETE FROM policy WHERE doc_number = '示例市级政策〔2024〕9号';
INSERT INTO programme (code, policy_id, title, annual_budget, annual_quota)
SELECT 'sc-compute', id, '示例省级算力券', '5000万', NULL
  FROM policy WHERE doc_number = '示例省级政策〔2025〕1号';
INSERT INTO clause (code, policy_id, programme, title, kind, rule, measure,
                    limit_group, annual_limit, installment_shares, once_only, source)
SELECT v.code, p.id, v.programme, v.title, v.kind, v.rule::tiers, v.measure,
       v.grp, v.lim::cny, v.shares::int[], v.once, v.source
  FROM policy p,
       (VALUES ('sc.compute', 'sc-compute', '省级算力券', 'compute',
                'marginal: >=0 -> 40%, >=200万 -> 30%; cap 300万', 'compute fees',
                'sc.compute', '300万', NULL, false, '示例：按算力费用分档补贴。'),
               ('sc.leader', NULL, '省级链主企业', 'chain-leader', 'fixed: 150万',
                'recognition as chain leader', 'sc.leader', NULL, '{50,50}', true,
                '示例：链主企业奖励。')) AS v(code, programme, title, kind, rule, measure,
                                        grp, lim, shares, once, source)
 WHERE p.doc_number = '示例省级政策〔2025〕1号';
-- The agency's own data refers to clauses, shipped and its own.
CREATE TABLE application (id int PRIMARY KEY, code text NOT NULL REFERENCES clause,
                          amount cny);
INSERT INTO application VALUES (1, '1.domestic', '800万'), (2, 'sc.compute', '300万');
SQL

# What the catalog holds, shipped and own rows alike, in a stable order.
catalog() {
    psql_ -U "$owner" -d "$1" -A -t <<'SQL'
SELECT 'policy', p.* FROM policy p ORDER BY id;
SELECT 'programme', g.* FROM programme g ORDER BY code;
SELECT 'clause', c.* FROM clause c ORDER BY code;
SELECT 'sequence', last_value, is_called FROM policy_id_seq;
SELECT 'application', a.*, granted(award_for(c.rule, a.amount))
  FROM application a JOIN clause c USING (code) ORDER BY id;
SQL
}

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

# ALTER EXTENSION … UPDATE keeps the owner's rows.
psql_ -U "$owner" -d "$src" -c "ALTER EXTENSION subsidy UPDATE" 2>/dev/null
updated=$(catalog "$src")
if [ "$before" != "$updated" ]; then
    echo "catalog_dump: ALTER EXTENSION UPDATE changed the catalog"; fail=1
fi

[ $fail -eq 0 ] && echo "catalog_dump: $(echo "$before" | grep -c '^clause') clauses and $(echo "$before" | grep -c '^policy') policies restored"
exit $fail
