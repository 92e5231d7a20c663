#!/usr/bin/env bash
# pg_dump and restore reproduce every stored amount exactly, in the custom
# and the plain format, whatever lc_monetary and lc_numeric say.  Runs
# against the cluster that scripts/test.sh started.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
fail() { echo "not ok: $*"; exit 1; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@"; }
work=$(mktemp -d /tmp/subsidy-dump.XXXXXX)
trap 'rm -rf "$work"' EXIT

for d in dump_src dump_custom dump_plain; do q -d postgres -c "DROP DATABASE IF EXISTS $d"; done
q -d postgres -c "CREATE DATABASE dump_src"
q -d dump_src <<'SQL'
CREATE EXTENSION subsidy;
CREATE TABLE ledger (id int PRIMARY KEY, amount cny NOT NULL);
INSERT INTO ledger VALUES (1, '0.00'), (2, '-0.01'), (3, '1234567.89'),
    (4, cny_from_fen(9223372036854775807)), (5, cny_from_fen(-9223372036854775808));
INSERT INTO ledger SELECT 100 + i, cny_from_fen((i * 7919 - 500000)::bigint * 1013) FROM generate_series(1, 1000) i;
CREATE INDEX ON ledger (amount);
SQL
src=$(q -d dump_src -c "SELECT string_agg(id || '=' || fen(amount), ',' ORDER BY id) FROM ledger")

PGOPTIONS="$PGOPTIONS -c lc_monetary=C -c lc_numeric=C" pg_dump -Fc -d dump_src -f "$work/db.dump"
PGOPTIONS="$PGOPTIONS -c lc_monetary=C -c lc_numeric=C" pg_dump -Fp -d dump_src -f "$work/db.sql"
q -d postgres -c "CREATE DATABASE dump_custom" -c "CREATE DATABASE dump_plain"
pg_restore -d dump_custom --exit-on-error "$work/db.dump"
q -d dump_plain -f "$work/db.sql" >/dev/null

for d in dump_custom dump_plain; do
    got=$(q -d $d -c "SELECT string_agg(id || '=' || fen(amount), ',' ORDER BY id) FROM ledger")
    [ "$got" = "$src" ] || fail "$d differs from the source after restore"
    n=$(q -d $d -c "SET enable_seqscan = off; SELECT count(*) FROM ledger WHERE amount > '0'")
    m=$(q -d dump_src -c "SELECT count(*) FROM ledger WHERE amount > '0'")
    [ "$n" = "$m" ] || fail "$d: index scan counts $n, source $m"
    echo "ok: $d restores all $(q -d $d -c 'SELECT count(*) FROM ledger') amounts exactly"
done
for d in dump_src dump_custom dump_plain; do q -d postgres -c "DROP DATABASE $d"; done
