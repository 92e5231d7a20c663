#!/usr/bin/env bash
# cny against bigint and numeric: COPY in and sum over ROWS rows (10M by
# default).  Prints times and ratios; the goal is cny within 1.3x of bigint
# on both and faster than numeric.  Needs the extension built and installed
# (scripts/setup.sh).  Not part of the test suite: the machine is shared.
. "$(dirname "$0")/common.sh"
bench_db
dir=$(bq -c "SHOW data_directory")
bq <<SQL
CREATE TABLE src AS
    SELECT ((i * 2654435761) % 2000000000 - 300000000)::bigint AS fen
    FROM generate_series(1, $ROWS) AS i;
COPY (SELECT fen FROM src) TO '$dir/fen.txt';
COPY (SELECT cny_from_fen(fen) FROM src) TO '$dir/yuan.txt';
DROP TABLE src;
CREATE UNLOGGED TABLE t_bigint (x bigint);
CREATE UNLOGGED TABLE t_cny (x cny);
CREATE UNLOGGED TABLE t_numeric (x numeric);
SQL

declare -A copy sum
for t in bigint cny numeric; do
    file=yuan.txt; [ $t = bigint ] && file=fen.txt
    copy[$t]=$(time_statement "COPY t_$t FROM '$dir/$file'" "TRUNCATE t_$t")
done
for t in bigint cny numeric; do
    bq -c "VACUUM ANALYZE t_$t"
    sum[$t]=$(time_query "SELECT sum(x) FROM t_$t")
done
check=$(bq -c "SELECT (SELECT sum(x) FROM t_cny)::numeric = (SELECT sum(x) FROM t_numeric)
               AND (SELECT fen(sum(x)) FROM t_cny) = (SELECT sum(x) FROM t_bigint)")

printf '%-8s %12s %12s\n' type "COPY ms" "sum ms"
for t in bigint cny numeric; do printf '%-8s %12.0f %12.0f\n' $t "${copy[$t]}" "${sum[$t]}"; done
echo "rows: $ROWS, best of $REPEAT, serial plans; sums agree: $check"
echo "COPY: cny/bigint $(ratio "${copy[cny]}" "${copy[bigint]}")  numeric/cny $(ratio "${copy[numeric]}" "${copy[cny]}")"
echo "sum:  cny/bigint $(ratio "${sum[cny]}" "${sum[bigint]}")  numeric/cny $(ratio "${sum[numeric]}" "${sum[cny]}")"
psql -X -qAt -d postgres -c "DROP DATABASE $BENCH_DB"
