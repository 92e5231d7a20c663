/*
 * cny_agg.c
 *    avg(cny).  sum, min and max need no code of their own: their state is
 *    a cny and their transition functions are cny_pl and the int8 ones.
 *
 * The state of avg keeps the sum in 128 bits so that averaging many large
 * amounts never overflows before the division.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "cny.h"
#include "input.h"

typedef struct CnyAvgState
{
	int128		sum;
	int64		count;
} CnyAvgState;

static CnyAvgState *
avg_state(FunctionCallInfo fcinfo, int argno)
{
	MemoryContext aggcontext;
	CnyAvgState *state;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "cny aggregate function called in non-aggregate context");
	if (!PG_ARGISNULL(argno))
		return (CnyAvgState *) PG_GETARG_POINTER(argno);
	state = MemoryContextAllocZero(aggcontext, sizeof(CnyAvgState));
	return state;
}

PG_FUNCTION_INFO_V1(cny_avg_accum);
Datum
cny_avg_accum(PG_FUNCTION_ARGS)
{
	CnyAvgState *state = avg_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
	{
		state->sum += PG_GETARG_CNY(1);
		state->count++;
	}
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(cny_avg_combine);
Datum
cny_avg_combine(PG_FUNCTION_ARGS)
{
	CnyAvgState *state = avg_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
	{
		CnyAvgState *other = (CnyAvgState *) PG_GETARG_POINTER(1);

		state->sum += other->sum;
		state->count += other->count;
	}
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(cny_avg_serialize);
Datum
cny_avg_serialize(PG_FUNCTION_ARGS)
{
	CnyAvgState *state = (CnyAvgState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) (state->sum >> 64));
	pq_sendint64(&buf, (int64) (uint64) state->sum);
	pq_sendint64(&buf, state->count);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(cny_avg_deserialize);
Datum
cny_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	CnyAvgState *state = palloc(sizeof(CnyAvgState));
	int64		high;
	uint64		low;

	bytea_reader(&buf, bytes);
	high = pq_getmsgint64(&buf);
	low = (uint64) pq_getmsgint64(&buf);
	state->sum = ((int128) high << 64) | low;
	state->count = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(state);
}

/* The mean, rounded half away from zero to the fen; NULL over no rows. */
PG_FUNCTION_INFO_V1(cny_avg_final);
Datum
cny_avg_final(PG_FUNCTION_ARGS)
{
	CnyAvgState *state;
	int128		q,
				r;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (CnyAvgState *) PG_GETARG_POINTER(0);
	if (state->count == 0)
		PG_RETURN_NULL();
	q = state->sum / state->count;
	r = state->sum % state->count;
	if (r < 0)
		r = -r;
	if (2 * r >= state->count)
		q += (state->sum < 0) ? -1 : 1;
	PG_RETURN_CNY((Cny) q);
}
