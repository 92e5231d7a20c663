#!/usr/bin/env bash
# Runs every SQL example in docs/*.md and README.md and checks its output, so
# the docs cannot go stale.
#
# The convention (docs/development.md): a fenced block tagged `sql` is run
# with psql; when the next fenced block follows it with nothing but blank
# lines between and is untagged or tagged `text`, it is the expected output,
# exactly as psql prints it (trailing blanks aside).  A `sql` block without
# an output block must run without an error.  Other blocks (sh, …) are
# neither run nor compared.  Each page runs in a
# fresh database of its own, in order, in one session; the extension is
# created first unless the page creates it itself.
#
# Needs a server: PGHOST/PGPORT/PGUSER as set by scripts/cluster.sh.
# Usage: test/docs.sh [page.md ...]
set -uo pipefail
cd "$(dirname "$0")/.."

pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(docs/*.md README.md)
work=$(mktemp -d /tmp/subsidy-docs.XXXXXX)
trap 'rm -rf "$work"' EXIT

psql_() { psql -X -q -v ON_ERROR_STOP=0 -v VERBOSITY=default "$@"; }

# extract PAGE DIR: writes DIR/script.sql (each sql block preceded by a
# marker line that psql echoes) and DIR/want.N for each block N that has an
# output block; prints the number of sql blocks.
extract() {
    awk -v dir="$2" '
        BEGIN { script = dir "/script.sql"; printf "" > script }
        # A fence may be indented (inside a list item); its lines lose as
        # much indentation as the fence has.
        function dedent(line) {
            if (substr(line, 1, indent) ~ /^[[:space:]]*$/) return substr(line, indent + 1)
            sub(/^[[:space:]]+/, "", line); return line
        }
        inside && /^[[:space:]]*```/ {
            inside = 0
            if (kind == "sql") { last_sql = n; gap = 1 }
            else gap = 0
            next
        }
        inside {
            if (kind == "sql") print dedent($0) > script
            else if (kind == "want") print dedent($0) > (dir "/want." n)
            next
        }
        /^[[:space:]]*```/ {
            inside = 1
            match($0, /^[[:space:]]*/); indent = RLENGTH
            tag = $0; sub(/^[[:space:]]*```[[:space:]]*/, "", tag); sub(/[[:space:]].*$/, "", tag)
            if (tag == "sql") {
                n++; kind = "sql"
                print "\\echo @@docs-block " n >> script
            } else if (gap && last_sql == n && (tag == "" || tag == "text")) {
                kind = "want"; printf "" > (dir "/want." n)
            } else kind = "other"
            gap = 0
            next
        }
        /^[[:space:]]*$/ { next }
        { gap = 0 }
        END { print n + 0 }
    ' "$1"
}

# Trailing blanks and trailing empty lines do not count.
normalise() { sed -e 's/[[:space:]]*$//' "$1" | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'; }

blocks=0 failed=0 pageno=0
for page in "${pages[@]}"; do
    [ -f "$page" ] || continue
    pageno=$((pageno + 1))
    dir="$work/$pageno"; mkdir -p "$dir"
    n=$(extract "$page" "$dir")
    [ "$n" -gt 0 ] || continue
    blocks=$((blocks + n))
    db="subsidy_docs_$pageno"
    PGOPTIONS="-c client_min_messages=warning" \
        psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null \
        || { echo "docs: cannot create database $db"; exit 1; }
    if ! grep -qi '^[[:space:]]*CREATE EXTENSION[^;]*subsidy' "$dir/script.sql"; then
        psql_ -d "$db" -c "CREATE EXTENSION subsidy" >/dev/null \
            || { echo "docs: cannot create the extension in $db"; exit 1; }
    fi
    psql_ -d "$db" <"$dir/script.sql" >"$dir/got" 2>&1
    # Split psql's output at the markers into got.N.
    awk -v dir="$dir" '/^@@docs-block [0-9]+$/ { f = dir "/got." $2; printf "" > f; next }
                       f { print > f }' "$dir/got"
    for ((i = 1; i <= n; i++)); do
        line=$(awk -v want="$i" '/^[[:space:]]*```[[:space:]]*sql([[:space:]]|$)/ { if (++k == want) { print NR; exit } }' "$page")
        got="$dir/got.$i"; [ -f "$got" ] || : >"$got"
        if [ -f "$dir/want.$i" ]; then
            if ! diff -u --label "$page:$line (documented)" --label "$page:$line (psql)" \
                    <(normalise "$dir/want.$i") <(normalise "$got") >"$dir/diff.$i"; then
                cat "$dir/diff.$i"; failed=$((failed + 1))
            fi
        elif grep -q '^ERROR:' "$got"; then
            echo "$page:$line: the example fails:"; cat "$got"; failed=$((failed + 1))
        fi
    done
    psql_ -d postgres -c "DROP DATABASE $db" >/dev/null
done

echo "docs: $blocks SQL examples, $failed wrong"
[ "$blocks" -gt 0 ] && [ "$failed" -eq 0 ]
