#!/usr/bin/env bash
# Reading cny from text: COPY of the same ROWS amounts written as canonical
# text, grouped (1,234.56), 万/亿 (to_wan), 大写 (to_daxie) and full-width
# digits (through ICU).  Prints times and each form's ratio to canonical
# text, which takes the parser's fast path.  Not part of the test suite:
# the machine is shared.
. "$(dirname "$0")/common.sh"
bench_db
dir=$(bq -c "SHOW data_directory")
bq <<SQL
CREATE TABLE src AS
    SELECT cny_from_fen((i * 2654435761) % 2000000000 - 300000000) AS x
    FROM generate_series(1, $ROWS) AS i;
COPY (SELECT x FROM src) TO '$dir/canonical.txt';
COPY (SELECT to_char(x::numeric, 'FM999,999,999,990.00') FROM src) TO '$dir/grouped.txt';
COPY (SELECT to_wan(x) FROM src) TO '$dir/wan.txt';
COPY (SELECT to_daxie(x) FROM src) TO '$dir/daxie.txt';
COPY (SELECT translate(x::text, '0123456789.-', '０１２３４５６７８９．－') FROM src)
    TO '$dir/fullwidth.txt';
CREATE UNLOGGED TABLE t (x cny);
SQL
want=$(bq -c "SELECT sum(x) FROM src")

forms=(canonical grouped wan daxie fullwidth)
declare -A ms
printf '%-10s %10s %8s  %s\n' form "COPY ms" ratio "sum agrees"
for f in "${forms[@]}"; do
    ms[$f]=$(time_statement "COPY t FROM '$dir/$f.txt'" "TRUNCATE t")
    agrees=$(bq -c "SELECT sum(x) = '$want' FROM t")
    printf '%-10s %10.0f %8s  %s\n' "$f" "${ms[$f]}" "$(ratio "${ms[$f]}" "${ms[canonical]}")" "$agrees"
done
echo "rows: $ROWS, best of $REPEAT"
psql -X -qAt -d postgres -c "DROP DATABASE $BENCH_DB"
