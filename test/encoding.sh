#!/usr/bin/env bash
# subsidy in a database whose encoding is EUC_CN rather than UTF8: the
# install script converts, amounts written in Chinese read, and 大写 and
# 万/亿 text comes back in the client's encoding.  Runs against the cluster
# that scripts/test.sh started.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning" PGCLIENTENCODING=UTF8
fail() { echo "not ok: $*"; exit 1; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d subsidy_euc_cn "$@"; }

psql -X -qAt -d postgres -c "DROP DATABASE IF EXISTS subsidy_euc_cn" \
    -c "CREATE DATABASE subsidy_euc_cn ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
q -c "CREATE EXTENSION subsidy" || fail "CREATE EXTENSION in an EUC_CN database"
echo "ok: the extension installs in an EUC_CN database"

got=$(q -c "SELECT '五百万元'::cny || ' ' || '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'::cny || ' ' || '１．５亿元'::cny")
[ "$got" = "5000000.00 1234567.89 150000000.00" ] || fail "Chinese input in EUC_CN: got '$got'"
echo "ok: Chinese, 大写 and full-width amounts read in EUC_CN"

got=$(q -c "SELECT to_daxie('10005') || ' ' || to_wan('150000000')")
[ "$got" = "壹万零伍元整 1.5亿元" ] || fail "words in EUC_CN: got '$got'"
echo "ok: to_daxie and to_wan write EUC_CN text"

got=$(q -c "SELECT 'rate: 30%; cap 九百万'::tiers::text || ' | ' || explain('rate: 30%; cap 900万', '5000万'::cny)")
[ "$got" = "rate: 30%; cap 900万 | 30% × 5000万元 = 1500万元 > 最高 900万元 → 900万元" ] || fail "tiers in EUC_CN: got '$got'"
got=$(q -c "SELECT explain('marginal: >=0 -> 50%, >=100万 -> 40%', '1000000.01'::cny)")
[ "$got" = "100.000001万元: 50% × 100万元 + 40% × (100.000001万元 - 100万元) = 500000.004元，四舍五入为 50万元" ] \
    || fail "explain of a marginal schedule in EUC_CN: got '$got'"
echo "ok: tiers literals and explain() read and write EUC_CN text"

err=$(q -c "SELECT '五百万元多'::cny" 2>&1) && fail "junk after an amount was accepted"
case "$err" in
    *'invalid input syntax for type cny: "五百万元多"'*) echo "ok: an error echoes the Chinese input" ;;
    *) fail "unexpected error: $err" ;;
esac

got=$(q -c "SELECT doc_number || ' ' || count(*) FROM policy JOIN clause ON clause.policy_id = policy.id GROUP BY doc_number")
[ "$got" = "成高管发〔2025〕4号 41" ] || fail "catalog in EUC_CN: got '$got'"
echo "ok: the reference policy reads back in EUC_CN"

psql -X -qAt -d postgres -c "DROP DATABASE subsidy_euc_cn"
