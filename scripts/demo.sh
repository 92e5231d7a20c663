#!/usr/bin/env bash
# The demo, the README's first command: installs what is missing, builds and
# installs subsidy, starts a throwaway cluster, creates the extension, builds
# a deterministic sample database for 成高管发〔2025〕4号 and prints the reports
# of demo/report.sql.  DEMO_SIZE sets the number of application rows.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/${PG_MAJOR:-15}/bin/pg_config}
. scripts/cluster.sh
cluster_start
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_ -c "CREATE EXTENSION subsidy"
echo "demo: building the sample database (${DEMO_SIZE:-5000} applications)"
psql_ -v size="${DEMO_SIZE:-5000}" -f demo/generate.sql
psql_ -f demo/report.sql
