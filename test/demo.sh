#!/usr/bin/env bash
# The demo keeps working and keeps its promises: demo/generate.sql gives the
# same data twice for one size, and demo/report.sql runs on it and its
# figures hold together — budgets paid exactly, instalments adding up to what
# is paid, each enterprise-year's granted less the other levels and the
# budget cut being what the district pays, nobody paid above their yearly
# total, once-only rules once (the first application that earns), no award
# outside the policy's period or beyond a yearly quota.
#
# Needs a server: PGHOST/PGPORT/PGUSER as set by scripts/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
db=subsidy_demo
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
PGOPTIONS="-c client_min_messages=warning" psql_ -d postgres \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
psql_ -d "$db" -c "CREATE EXTENSION subsidy"

digest() {
    psql_ -d "$db" -At -c "
        SELECT md5(string_agg(a::text, '|' ORDER BY a.id)) FROM demo.application a" -c "
        SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) FROM demo.received r"
}
psql_ -d "$db" -v size=3000 -f demo/generate.sql
first=$(digest)
psql_ -d "$db" -v size=3000 -f demo/generate.sql
if [ "$first" != "$(digest)" ]; then echo "demo: generate.sql is not deterministic"; exit 1; fi

# The report, then checks on the tables it built, in the same session.
out=$(psql_ -d "$db" -At -f demo/report.sql -f - <<'SQL'
\o
SELECT 'check budgets paid exactly: ' ||
       bool_and(paid = least(owed, annual_budget))
  FROM (SELECT programme, year, min(annual_budget) AS annual_budget,
               sum(owed) AS owed, sum(paid) AS paid
          FROM payable WHERE annual_budget IS NOT NULL GROUP BY programme, year) s;
SELECT 'check instalments add up: ' ||
       ((SELECT sum(amount) FROM paid) = (SELECT sum(paid) FROM payable));
SELECT 'check granted - other levels - budget cut = district pays: ' ||
       bool_and(granted(total) - other - budget_cut = paid)
  FROM enterprise_year;
SELECT 'check nobody paid above the yearly total: ' || bool_and(p.paid <= granted(t.total))
  FROM (SELECT enterprise, year, sum(paid) AS paid FROM payable GROUP BY 1, 2) p
  JOIN (SELECT enterprise, year, annual_total(kind, limit_group, award, annual_limit) AS total
          FROM support GROUP BY 1, 2) t USING (enterprise, year);
-- 仅享受一次: one line per enterprise for a once-only clause, and the first
-- eligible application that earns something when one does; an application
-- below the threshold does not use the award up.
SELECT 'check once only, the first application that earns: ' || (NOT EXISTS (
         SELECT FROM line l JOIN clause c ON c.code = l.clause
          WHERE c.once_only GROUP BY l.enterprise, l.clause HAVING count(*) > 1)
       AND NOT EXISTS (
         SELECT FROM eligible e
           LEFT JOIN (line l JOIN eligible k USING (id))
                  ON k.enterprise = e.enterprise AND k.clause = e.clause
          WHERE e.once_only AND granted(e.earns) > 0
            AND (l.id IS NULL OR granted(l.award) = 0
                 OR (e.decided, e.id) < (k.decided, k.id))));
SELECT 'check in force: ' || NOT EXISTS (
         SELECT FROM line l JOIN demo.application a USING (id)
           JOIN clause c ON c.code = l.clause JOIN policy p ON p.id = c.policy_id
          WHERE NOT p.effective @> a.decided);
SELECT 'check quotas: ' || NOT EXISTS (
         SELECT FROM line l JOIN clause c ON c.code = l.clause
           JOIN programme g ON g.code = c.programme
          WHERE g.annual_quota IS NOT NULL
          GROUP BY g.code, g.annual_quota, l.year HAVING count(*) > g.annual_quota);
SQL
)
checks=$(echo "$out" | grep '^check ' || true)
echo "$checks" | sed 's/^/demo: /'
[ "$(echo "$checks" | grep -c ': true$')" -eq 7 ]
