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

/* What is wrong with a shares array, if anything. */
typedef enum SharesFault
{
	SHARES_OK = 0,
	SHARES_NDIM,				/* not one-dimensional */
	SHARES_NULL,				/* share `at` is NULL */
	SHARES_NEGATIVE,			/* share `at` is negative */
	SHARES_TOTAL				/* the shares add up to `total`, not 100 */
} SharesFault;

typedef struct Shares
{
	SharesFault fault;
	int			n;
	int			at;				/* 1-based position of a faulty share */
	int64		total;
	int64	   *weight;			/* n whole percentages */
} Shares;

/*
 * Reads shares: one whole percentage per year, none NULL or negative,
 * adding up to 100.  An empty array adds up to 0.
 */
static Shares
read_shares(ArrayType *shares)
{
	Shares		r = {SHARES_OK, 0, 0, 0, NULL};
	Datum	   *elems;
	bool	   *nulls;
	int			i;

	if (ARR_NDIM(shares) > 1)
	{
		r.fault = SHARES_NDIM;
		return r;
	}
	deconstruct_array(shares, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &elems, &nulls, &r.n);
	r.weight = palloc(sizeof(int64) * Max(r.n, 1));
	for (i = 0; i < r.n; i++)
	{
		r.at = i + 1;
		if (nulls[i])
		{
			r.fault = SHARES_NULL;
			return r;
		}
		r.weight[i] = DatumGetInt32(elems[i]);
		if (r.weight[i] < 0)
		{
			r.fault = SHARES_NEGATIVE;
			return r;
		}
		r.total += r.weight[i];
	}
	if (r.total != 100)
		r.fault = SHARES_TOTAL;
	return r;
}

static void
report_shares(Shares s)
{
	switch (s.fault)
	{
		case SHARES_OK:
			break;
		case SHARES_NDIM:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("installments: shares must be a one-dimensional array")));
			break;
		case SHARES_NULL:
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("installments: share %d is NULL", s.at)));
			break;
		case SHARES_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("installments: share %d is negative: %d",
							s.at, (int) s.weight[s.at - 1])));
			break;
		case SHARES_TOTAL:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("installments: shares add up to %lld, not 100",
							(long long) s.total),
					 errdetail("Shares are whole percentages of the amount, one per year, such as {40,30,30}.")));
			break;
	}
}

static InstallmentsPlan *
installments_plan(Cny amount, ArrayType *array, int32 first_year)
{
	InstallmentsPlan *plan = palloc(sizeof(InstallmentsPlan));
	Shares		shares;
	int32		last_year;

	if (amount < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("installments: negative amount %s", cny_to_cstring(amount)),
				 errdetail("Only an award of zero or more can be paid in instalments.")));
	shares = read_shares(array);
	report_shares(shares);
	if (pg_add_s32_overflow(first_year, shares.n - 1, &last_year))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("installments: %d yearly instalments from year %d run past the last year, %d",
						shares.n, first_year, PG_INT32_MAX)));

	plan->n = shares.n;
	plan->first_year = first_year;
	plan->amount = palloc(sizeof(int64) * shares.n);
	split_largest_remainder(shares.weight, shares.n, amount, plan->amount);
	return plan;
}

/*
 * Whether installments() takes these shares: the catalog checks a clause's
 * installment_shares with it, so that a bad row is refused when it is
 * written rather than when a report pays it.
 */
PG_FUNCTION_INFO_V1(installment_shares_valid);
Datum
installment_shares_valid(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(read_shares(PG_GETARG_ARRAYTYPE_P(0)).fault == SHARES_OK);
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
