-- Rules every object of the extension follows, checked on the installed
-- catalog so that a new function cannot slip past them.
BEGIN;
SELECT plan(7);

CREATE TEMP VIEW member_functions AS
SELECT p.oid, p.oid::regprocedure AS signature, p.provolatile, p.proparallel, p.prokind,
       p.prorettype = 'trigger'::regtype AS is_trigger, l.lanname, p.proconfig
FROM pg_proc p
JOIN pg_language l ON l.oid = p.prolang
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'subsidy';

SELECT ok((SELECT count(*) FROM member_functions) > 0, 'the extension has functions');
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE obj_description(oid, 'pg_proc') IS NULL ORDER BY 1$$,
                'every function and aggregate has a comment');
-- Trigger functions never run in a parallel worker and have no volatility
-- the planner uses; the rules are for everything a query can call.
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE proparallel <> 's' AND NOT is_trigger ORDER BY 1$$,
                'every function is parallel safe');
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE provolatile = 'v' AND NOT is_trigger ORDER BY 1$$,
                'no function is volatile');
-- A SQL or PL/pgSQL body is resolved with the caller's search_path unless
-- the function fixes its own.
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE lanname IN ('sql', 'plpgsql')
                    AND NOT EXISTS (SELECT FROM unnest(proconfig) c WHERE c LIKE 'search\_path=%')
                  ORDER BY 1$$,
                'every SQL and PL/pgSQL function sets its search_path');
SELECT is_empty($$SELECT t.typname::text FROM pg_type t
                  JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
                  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'subsidy'
                  WHERE obj_description(t.oid, 'pg_type') IS NULL ORDER BY 1$$,
                'every type has a comment');

-- Equal keys of our types are equal bytes, so btree indexes on them may
-- deduplicate: every btree family of the extension has btequalimage.
SELECT is_empty($$SELECT f.opfname::text FROM pg_opfamily f
                  JOIN pg_am a ON a.oid = f.opfmethod AND a.amname = 'btree'
                  JOIN pg_depend d ON d.classid = 'pg_opfamily'::regclass AND d.objid = f.oid AND d.deptype = 'e'
                  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'subsidy'
                  WHERE NOT EXISTS (SELECT FROM pg_amproc p
                                    WHERE p.amprocfamily = f.oid AND p.amprocnum = 4
                                      AND p.amproc = 'btequalimage'::regproc)
                  ORDER BY 1$$,
                'every btree operator family allows deduplication');

SELECT * FROM finish();
ROLLBACK;
