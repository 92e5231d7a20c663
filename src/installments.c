/*
 * installments.c
 *    installments(amount, shares, first_year): an award paid over years
 *    (分三年按 40%、30%、30% 的比例兑现), exact to the fen.
 *
 * Each instalment is its exact share floored to the fen; the fen left over
 * (fewer than the number of instalments) go one each to the instalments
 * with the largest remainders, the earlier year first on a tie.  So the
 * instalments add up to the amount and each is within one fen of its exact
 * share.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/lsyscache.h"

#include "cny.h"
#include "split.h"

PG_FUNCTION_INFO_V1(installments);

typedef struct InstallmentsPlan
{
	int64		n;
	int32		first_year;
	int64	   *amount;
} InstallmentsPlan;

static InstallmentsPlan *
installments_plan(Cny amount, ArrayType *shares, int32 first_year)
{
	InstallmentsPlan *plan = palloc(sizeof(InstallmentsPlan));
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int64		total = 0;
	int64	   *weight;
	int			i;
	int32		last_year;

	if (amount < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("installments: negative amount %s", cny_to_cstring(amount)),
				 errdetail("Only an award of zero or more can be paid in instalments.")));
	if (ARR_NDIM(shares) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("installments: shares must be a one-dimensional array")));
	deconstruct_array(shares, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &elems, &nulls, &n);

	weight = palloc(sizeof(int64) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("installments: share %d is NULL", i + 1)));
		weight[i] = DatumGetInt32(elems[i]);
		if (weight[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("installments: share %d is negative: %d",
							i + 1, (int) weight[i])));
		total += weight[i];
	}
	if (total != 100)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("installments: shares add up to %lld, not 100",
						(long long) total),
				 errdetail("Shares are whole percentages of the amount, one per year, such as {40,30,30}.")));
	if (pg_add_s32_overflow(first_year, n - 1, &last_year))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("installments: %d yearly instalments from year %d run past the last year, %d",
						n, first_year, PG_INT32_MAX)));

	plan->n = n;
	plan->first_year = first_year;
	plan->amount = palloc(sizeof(int64) * n);
	split_largest_remainder(weight, n, amount, plan->amount);
	return plan;
}

Datum
installments(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	InstallmentsPlan *plan;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "installments: return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		funcctx->user_fctx = installments_plan(PG_GETARG_CNY(0),
											   PG_GETARG_ARRAYTYPE_P(1),
											   PG_GETARG_INT32(2));
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	plan = (InstallmentsPlan *) funcctx->user_fctx;
	if ((int64) funcctx->call_cntr < plan->n)
	{
		int64		i = funcctx->call_cntr;
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = Int32GetDatum(plan->first_year + (int32) i);
		values[1] = CnyGetDatum(plan->amount[i]);
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc,
														  values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}
