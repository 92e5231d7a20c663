#!/usr/bin/env bash
# Installing subsidy as a database owner who is not a superuser, with a
# hostile schema first in search_path, into a schema where someone planted a
# type of ours in advance, and into one where someone planted look-alikes of
# the built-in functions the install script calls.  Runs against the cluster that
# scripts/test.sh started (PGHOST, PGPORT, PGUSER set).
set -euo pipefail
db=subsidy_security
fail() { echo "not ok: $*"; exit 1; }
export PGOPTIONS="-c client_min_messages=warning"
q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@"; }

# The install and upgrade scripts create everything with CREATE, never OR
# REPLACE, and name every object they create with its schema.
for script in "$("$PG_CONFIG" --sharedir)"/extension/subsidy--*.sql; do
    grep -Eqi 'create[[:space:]]+or[[:space:]]+replace' "$script" && fail "$script uses CREATE OR REPLACE"
    unqualified=$(grep -Ei '^[[:space:]]*create[[:space:]]+(function|type|aggregate|operator|table|view|sequence|domain)[[:space:]]' "$script" \
        | grep -Eiv 'operator[[:space:]]+class|operator[[:space:]]+family' | grep -v '@extschema@\.' || true)
    [ -z "$unqualified" ] || fail "objects created without @extschema@ in $script: $unqualified"
done
echo "ok: the install and upgrade scripts use CREATE and @extschema@ for every object"

q -d postgres <<SQL
DROP DATABASE IF EXISTS $db;
DROP ROLE IF EXISTS agency_owner;
DROP ROLE IF EXISTS mallory;
CREATE ROLE agency_owner LOGIN;
CREATE ROLE mallory LOGIN;
CREATE DATABASE $db OWNER agency_owner;
SQL

# Mallory, an ordinary user, prepares a schema full of look-alikes and gets
# it placed first in everybody's search_path.
q -d $db <<'SQL'
CREATE SCHEMA hostile AUTHORIZATION mallory;
GRANT USAGE ON SCHEMA hostile TO PUBLIC;
SQL
q -d $db -U mallory <<'SQL'
CREATE FUNCTION hostile.int8eq(bigint, bigint) RETURNS boolean
    LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.numeric(bigint) RETURNS numeric
    LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION hostile.sum(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint';
CREATE FUNCTION hostile.daterange(date, date, text) RETURNS daterange
    LANGUAGE sql AS 'SELECT ''empty''::daterange';
CREATE TABLE hostile.policy (id int);
CREATE TABLE hostile.clause (id int);
SQL
q -d postgres -c "ALTER DATABASE $db SET search_path = hostile, public"

# The owner, not a superuser, installs the trusted extension.
super=$(q -d $db -U agency_owner -c "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
[ "$super" = f ] || fail "agency_owner must not be a superuser"
q -d $db -U agency_owner -c "CREATE SCHEMA subsidy; CREATE EXTENSION subsidy SCHEMA subsidy" \
    || fail "a database owner could not install the extension"
echo "ok: a database owner who is not a superuser installs subsidy"

# No member of the extension depends on anything in the hostile schema.
leaks=$(q -d $db -U agency_owner <<'SQL'
SELECT count(*)
FROM pg_depend d
JOIN pg_depend m ON m.objid = d.objid AND m.classid = d.classid
    AND m.refclassid = 'pg_extension'::regclass
    AND m.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'subsidy')
WHERE (d.refclassid = 'pg_proc'::regclass
       AND d.refobjid IN (SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'hostile'))
   OR (d.refclassid = 'pg_class'::regclass
       AND d.refobjid IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'hostile'));
SQL
)
[ "$leaks" = 0 ] || fail "$leaks extension objects depend on the hostile schema"
echo "ok: no extension object refers to the hostile schema"

# With the hostile schema still first, our operators do what they should.
got=$(q -d $db -U agency_owner -c "SELECT subsidy.sum(x)::text || ' ' || (x OPERATOR(subsidy.=) '2')::text FROM (VALUES ('1.5'::subsidy.cny)) v(x) GROUP BY x")
[ "$got" = "1.50 false" ] || fail "operators after hostile install: got '$got'"
echo "ok: cny sums and compares correctly with the hostile schema first"

# An object of ours planted in the target schema beforehand makes
# CREATE EXTENSION fail instead of being silently taken over.
q -d $db -U agency_owner <<'SQL'
DROP EXTENSION subsidy;
CREATE SCHEMA planted;
GRANT CREATE, USAGE ON SCHEMA planted TO mallory;
SQL
q -d $db -U mallory -c "CREATE TYPE planted.cny AS (fen bigint)"
err=$(q -d $db -U agency_owner -c "CREATE EXTENSION subsidy SCHEMA planted" 2>&1) \
    && fail "CREATE EXTENSION succeeded over a planted type"
case "$err" in
    *"already exists"*) echo "ok: a planted object makes CREATE EXTENSION fail" ;;
    *) fail "unexpected error: $err" ;;
esac

# Look-alikes of the built-in functions the install script calls, planted in
# the target schema, where they match the calls' argument types better than
# pg_catalog's polymorphic originals.  The script runs as a superuser; were
# a call left unqualified, the planted function would run as that superuser
# and stay wired into the catalog's defaults and constraints.
q -d $db -U agency_owner <<'SQL'
CREATE SCHEMA target;
GRANT CREATE, USAGE ON SCHEMA target TO mallory;
SQL
q -d $db -U mallory <<'SQL'
CREATE TABLE hostile.ran (who text, what text);
GRANT INSERT ON hostile.ran TO PUBLIC;
CREATE FUNCTION target.isempty(daterange) RETURNS boolean LANGUAGE sql
    AS $$ INSERT INTO hostile.ran VALUES (current_user, 'isempty') RETURNING false $$;
CREATE FUNCTION target.cardinality(integer[]) RETURNS integer LANGUAGE sql
    AS $$ INSERT INTO hostile.ran VALUES (current_user, 'cardinality') RETURNING 1 $$;
CREATE FUNCTION target.array_ndims(integer[]) RETURNS integer LANGUAGE sql
    AS $$ INSERT INTO hostile.ran VALUES (current_user, 'array_ndims') RETURNING 1 $$;
CREATE FUNCTION target.nextval(text) RETURNS bigint LANGUAGE sql
    AS $$ INSERT INTO hostile.ran VALUES (current_user, 'nextval') RETURNING 1000::bigint $$;
SQL
# The planted functions never ran, nothing of the extension depends on
# them, and the install did what it should.
planted_unused() {
    ran=$(q -d $db -c "SELECT count(*) FROM hostile.ran")
    [ "$ran" = 0 ] || fail "planted functions ran $ran times while the extension installed"
    # Every function that a member of the extension, or a default, constraint
    # or trigger of one of its tables, depends on is built in or its own.
    foreign=$(q -d $db <<'SQL'
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'subsidy'),
member AS (
    SELECT classid, objid FROM pg_depend
     WHERE refclassid = 'pg_extension'::regclass AND refobjid = (SELECT oid FROM ext) AND deptype = 'e'),
part AS (
    SELECT classid, objid FROM member
    UNION ALL
    SELECT 'pg_attrdef'::regclass, a.oid FROM pg_attrdef a JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = a.adrelid
    UNION ALL
    SELECT 'pg_constraint'::regclass, c.oid FROM pg_constraint c JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = c.conrelid
    UNION ALL
    SELECT 'pg_trigger'::regclass, t.oid FROM pg_trigger t JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = t.tgrelid)
SELECT string_agg(DISTINCT d.refobjid::regprocedure::text, ', ')
  FROM part JOIN pg_depend d ON d.classid = part.classid AND d.objid = part.objid
 WHERE d.refclassid = 'pg_proc'::regclass
   AND d.refobjid NOT IN (SELECT objid FROM member WHERE classid = 'pg_proc'::regclass)
   AND (SELECT pronamespace FROM pg_proc WHERE oid = d.refobjid) <> 'pg_catalog'::regnamespace;
SQL
)
    [ -z "$foreign" ] || fail "extension objects call functions planted beside them: $foreign"
    [ "$(q -d $db -c "SELECT id FROM target.policy WHERE shipped")" = 1 ] \
        || fail "the shipped policy took its id from a planted nextval"
    [ "$(q -d $db -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'agency_owner'")" = f ] \
        || fail "agency_owner became a superuser"
}
q -d $db -U agency_owner -c "CREATE EXTENSION subsidy SCHEMA target" \
    || fail "the extension did not install beside planted look-alikes"
planted_unused
echo "ok: look-alikes planted in the target schema neither run nor stay wired in"

# The trigger that keeps shipped rows read-only holds whatever search_path
# the caller sets: an "=" that is always false, planted first, changes nothing.
q -d $db -U mallory <<'SQL'
CREATE FUNCTION hostile.texteq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.texteq);
SQL
err=$(q -d $db -U agency_owner -c "SET search_path = hostile, pg_catalog, target" \
        -c "UPDATE target.clause SET title = 'x' WHERE code OPERATOR(pg_catalog.=) '14.2'" 2>&1) \
    && fail "a shipped clause changed under a hostile search_path"
case "$err" in
    *"comes with the extension"*) echo "ok: shipped rows stay read-only under a hostile search_path" ;;
    *) fail "unexpected error: $err" ;;
esac

# The same look-alikes against 0.1's script, which calls cardinality and
# array_ndims too, and its update to the current version.
q -d $db -U agency_owner -c "DROP EXTENSION subsidy" \
    -c "CREATE EXTENSION subsidy VERSION '0.1' SCHEMA target" -c "ALTER EXTENSION subsidy UPDATE" \
    || fail "0.1 did not install and update beside planted look-alikes"
planted_unused
echo "ok: nor do they when 0.1 is installed and updated"

q -d postgres -c "DROP DATABASE $db" -c "DROP ROLE agency_owner" -c "DROP ROLE mallory"
