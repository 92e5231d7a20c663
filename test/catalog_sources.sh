#!/usr/bin/env bash
# Every clause of the shipped catalog quotes its policy verbatim: each
# `source` is a passage of docs/policy/chengdu-hitech-ai-2025-4.zh.txt (line
# breaks of the text, which fall inside sentences at page ends, removed).
#
# Needs a server: PGHOST/PGPORT/PGUSER as set by scripts/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
db=subsidy_sources
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
PGOPTIONS="-c client_min_messages=warning" psql_ -d postgres \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
policy=$(tr -d '\n' < docs/policy/chengdu-hitech-ai-2025-4.zh.txt)
bad=$(psql_ -d "$db" -At -v policy="$policy" <<'SQL'
CREATE EXTENSION subsidy;
SELECT 'not in the policy text: ' || code FROM clause
 WHERE shipped AND strpos(:'policy', source) = 0 ORDER BY code;
SELECT 'no source: ' || code FROM clause WHERE shipped AND length(source) < 20;
SQL
)
if [ -n "$bad" ]; then echo "$bad" | sed 's/^/catalog_sources: /'; exit 1; fi
echo "catalog_sources: every shipped clause quotes the policy verbatim"
