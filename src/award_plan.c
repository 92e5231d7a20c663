/*
 * award_plan.c
 *    Planner support for granted(): granted(award_for(t, m)) is planned as
 *    award_for_granted(t, m).
 *
 * Reports sum granted(award_for(rule, measure)) over millions of rows; the
 * award in between is 16 bytes passed by reference, a palloc per row for a
 * value that granted() at once takes apart.  award_for_granted gives the
 * same amount by value, from the same code, with the same errors.  Both
 * are looked up where granted() itself lives, so the rewrite only ever
 * joins this extension's own functions.
 */
#include "postgres.h"

#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "parser/parse_func.h"
#include "utils/lsyscache.h"

/* The function named name in the schema of granted() taking these arguments. */
static Oid
sibling(Oid granted, const char *name, const Oid *argtypes)
{
	char	   *schema = get_namespace_name(get_func_namespace(granted));

	if (schema == NULL)
		return InvalidOid;
	return LookupFuncName(list_make2(makeString(schema), makeString(pstrdup(name))),
						  2, argtypes, true);
}

PG_FUNCTION_INFO_V1(granted_support);
Datum
granted_support(PG_FUNCTION_ARGS)
{
	Node	   *raw = (Node *) PG_GETARG_POINTER(0);
	SupportRequestSimplify *req;
	FuncExpr   *inner;
	Oid			argtypes[2];
	Oid			target;

	if (!IsA(raw, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestSimplify *) raw;
	if (list_length(req->fcall->args) != 1)
		PG_RETURN_POINTER(NULL);
	inner = (FuncExpr *) linitial(req->fcall->args);
	if (!IsA(inner, FuncExpr) || list_length(inner->args) != 2)
		PG_RETURN_POINTER(NULL);
	argtypes[0] = exprType(linitial(inner->args));
	argtypes[1] = exprType(lsecond(inner->args));
	if (inner->funcid != sibling(req->fcall->funcid, "award_for", argtypes))
		PG_RETURN_POINTER(NULL);
	target = sibling(req->fcall->funcid, "award_for_granted", argtypes);
	if (!OidIsValid(target))
		PG_RETURN_POINTER(NULL);
	PG_RETURN_POINTER(makeFuncExpr(target, req->fcall->funcresulttype, inner->args,
								   InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL));
}
