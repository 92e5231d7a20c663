-- Rules every object of the extension follows, checked on the installed
-- catalog so that a new function cannot slip past them.
BEGIN;
SELECT plan(5);

CREATE TEMP VIEW member_functions AS
SELECT p.oid, p.oid::regprocedure AS signature, p.provolatile, p.proparallel, p.prokind
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'subsidy';

SELECT ok((SELECT count(*) FROM member_functions) > 0, 'the extension has functions');
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE obj_description(oid, 'pg_proc') IS NULL ORDER BY 1$$,
                'every function and aggregate has a comment');
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE proparallel <> 's' ORDER BY 1$$,
                'every function is parallel safe');
SELECT is_empty($$SELECT signature::text FROM member_functions
                  WHERE provolatile = 'v' ORDER BY 1$$,
                'no function is volatile');
SELECT is_empty($$SELECT t.typname::text FROM pg_type t
                  JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
                  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'subsidy'
                  WHERE obj_description(t.oid, 'pg_type') IS NULL ORDER BY 1$$,
                'every type has a comment');

SELECT * FROM finish();
ROLLBACK;
