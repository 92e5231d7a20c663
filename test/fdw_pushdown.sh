#!/usr/bin/env bash
# postgres_fdw ships subsidy's aggregates to the shard that holds the rows
# when the foreign server lists the extension, and the pushed-down answer
# equals the local one.  Runs against the cluster that scripts/test.sh
# started; the "shard" is a second database reached over the Unix socket.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
fail() { echo "not ok: $*"; exit 1; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@"; }

for d in fdw_shard fdw_head; do q -d postgres -c "DROP DATABASE IF EXISTS $d" -c "CREATE DATABASE $d"; done
q -d fdw_shard <<'SQL'
CREATE EXTENSION subsidy;
CREATE TABLE application (enterprise int, year int, kind text, limit_group text,
                          amount cny, measure cny);
INSERT INTO application
SELECT e, 2025 + e % 3, 'k' || (i % 4), 'g' || (i % 6),
       cny_from_fen((e * 7919 + i * 104729) % 90000000),
       cny_from_fen((e * 104729 + i * 7919) % 2000000000)
FROM generate_series(1, 50) e, generate_series(1, 20) i;
SQL
q -d fdw_head <<SQL
CREATE EXTENSION subsidy;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$PGHOST', port '$PGPORT', dbname 'fdw_shard', extensions 'subsidy');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard OPTIONS (user '$PGUSER');
CREATE FOREIGN TABLE application (enterprise int, year int, kind text, limit_group text,
                                  amount cny, measure cny)
    SERVER shard OPTIONS (table_name 'application');
SQL

check() {
    local name=$1 query=$2 plan local_answer remote_answer
    plan=$(q -d fdw_head -c "EXPLAIN (VERBOSE, COSTS OFF) $query")
    # A here-string, not a pipe: grep -q stops reading at its first match,
    # and a writer still writing would die of SIGPIPE and fail the pipeline.
    grep -q "Foreign Scan" <<<"$plan" || fail "$name: no foreign scan"
    grep -Eq "Remote SQL: SELECT .*$name\(" <<<"$plan" \
        || { echo "$plan"; fail "$name is not pushed down"; }
    remote_answer=$(q -d fdw_head -c "$query")
    local_answer=$(q -d fdw_shard -c "$query")
    [ "$remote_answer" = "$local_answer" ] || fail "$name: pushed-down answer differs"
    echo "ok: $name is computed on the shard ($(echo "$remote_answer" | wc -l) groups)"
}

check sum "SELECT enterprise, year, sum(amount) FROM application GROUP BY 1, 2 ORDER BY 1, 2"
check avg "SELECT year, avg(amount) FROM application GROUP BY 1 ORDER BY 1"
check max "SELECT kind, min(amount), max(amount) FROM application GROUP BY 1 ORDER BY 1"
check cap_sum "SELECT enterprise, year, cap_sum(amount, '500万') FROM application GROUP BY 1, 2 ORDER BY 1, 2"
check highest_per_kind "SELECT enterprise, highest_per_kind(kind, amount) FROM application GROUP BY 1 ORDER BY 1"
check top_up_per_kind "SELECT enterprise, top_up_per_kind(kind, amount, limit_group = 'g0') FROM application GROUP BY 1 ORDER BY 1"
check annual_total "SELECT enterprise, year, annual_total(kind, limit_group, award_for('rate: 30%; cap 300万', measure), '1000万') FROM application GROUP BY 1, 2 ORDER BY 1, 2"

for d in fdw_head fdw_shard; do q -d postgres -c "DROP DATABASE $d"; done
