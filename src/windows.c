/*
 * windows.c
 *    Window functions, exact to the fen: cap_allocate (a ceiling or budget
 *    first come first served), pro_rata (a budget shared in proportion) and
 *    tier_increment (进档差额, what a higher tier pays on top).
 *
 * cap_allocate and pro_rata read the whole partition on its first row,
 * compute every row's share into partition-local memory, and then return
 * the current row's.  A NULL amount gets NULL and takes nothing; a NULL cap
 * or pool means no ceiling.  The cap (pool) must be the same on every row
 * of a partition.
 */
#include "postgres.h"

#include "utils/memutils.h"
#include "windowapi.h"

#include "award.h"
#include "cny.h"
#include "split.h"
#include "tiers.h"

PG_FUNCTION_INFO_V1(cap_allocate);
PG_FUNCTION_INFO_V1(pro_rata);
PG_FUNCTION_INFO_V1(tier_increment_cny);
PG_FUNCTION_INFO_V1(tier_increment_numeric);

/* The whole partition, as read on its first row, and every row's share. */
typedef struct PartitionShares
{
	bool		done;
	int64		nrows;
	int64		limit;			/* the cap or pool, NO_LIMIT when NULL */
	int64	   *ask;			/* per row; meaningless where isnull */
	bool	   *isnull;
	int64	   *share;
} PartitionShares;

static void
check_not_negative(int64 v, const char *fname, const char *what)
{
	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: negative %s %s", fname, what, cny_to_cstring(v)),
				 errdetail("Amounts asked for and the ceilings shared among them are never negative.")));
}

/*
 * Reads the partition: each row's amount (argument 0) and the limit
 * (argument 1), which must not differ from row to row.
 */
static PartitionShares *
partition_read(WindowObject winobj, const char *fname, const char *what)
{
	PartitionShares *ps;
	MemoryContext cxt;
	int64		n,
				i;
	bool		seen_limit = false;

	ps = (PartitionShares *) WinGetPartitionLocalMemory(winobj,
														sizeof(PartitionShares));
	if (ps->done)
		return ps;

	n = WinGetPartitionRowCount(winobj);
	cxt = GetMemoryChunkContext(ps);
	ps->nrows = n;
	ps->limit = NO_LIMIT;
	ps->ask = MemoryContextAllocHuge(cxt, sizeof(int64) * Max(n, 1));
	ps->share = MemoryContextAllocHuge(cxt, sizeof(int64) * Max(n, 1));
	ps->isnull = MemoryContextAllocHuge(cxt, sizeof(bool) * Max(n, 1));

	for (i = 0; i < n; i++)
	{
		bool		isnull,
					isout;
		Datum		d;
		int64		limit;

		d = WinGetFuncArgInPartition(winobj, 0, i, WINDOW_SEEK_HEAD, false,
									 &isnull, &isout);
		ps->isnull[i] = isnull;
		ps->ask[i] = isnull ? 0 : DatumGetCny(d);
		if (isnull)
			continue;
		check_not_negative(ps->ask[i], fname, "amount");

		d = WinGetFuncArgInPartition(winobj, 1, i, WINDOW_SEEK_HEAD, false,
									 &isnull, &isout);
		limit = isnull ? NO_LIMIT : DatumGetCny(d);
		if (!isnull)
			check_not_negative(limit, fname, what);
		if (seen_limit && limit != ps->limit)
		{
			int64		lo = ps->limit,
						hi = limit;

			limits_in_order(&lo, &hi);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the %s differs within one partition: %s and %s",
							fname, what, limit_text(lo), limit_text(hi)),
					 errdetail("Every row of a window partition shares one %s; NULL means none.",
							   what)));
		}
		ps->limit = limit;
		seen_limit = true;
	}
	return ps;
}

/*
 * Shares avail among rows from..to-1 (non-NULL ones) in proportion to what
 * they ask, by largest remainder; when they ask no more than avail each
 * gets what it asks.  Returns what is left of avail.
 */
static int64
share_out(PartitionShares *ps, int64 from, int64 to, int64 avail)
{
	int128		asked = 0;
	int64		n = 0,
				i,
				k;
	int64	   *weight,
			   *share;

	for (i = from; i < to; i++)
		if (!ps->isnull[i])
		{
			asked += ps->ask[i];
			n++;
		}
	if (avail == NO_LIMIT || asked <= avail)
	{
		for (i = from; i < to; i++)
			ps->share[i] = ps->ask[i];
		return avail == NO_LIMIT ? NO_LIMIT : avail - (int64) asked;
	}

	weight = palloc_extended(sizeof(int64) * n, MCXT_ALLOC_HUGE);
	share = palloc_extended(sizeof(int64) * n, MCXT_ALLOC_HUGE);
	for (i = from, k = 0; i < to; i++)
		if (!ps->isnull[i])
			weight[k++] = ps->ask[i];
	split_largest_remainder(weight, n, avail, share);
	for (i = from, k = 0; i < to; i++)
		if (!ps->isnull[i])
			ps->share[i] = share[k++];
	pfree(weight);
	pfree(share);
	return 0;
}

/* The current row's share, or NULL where it asked for NULL. */
static Datum
current_share(FunctionCallInfo fcinfo, PartitionShares *ps)
{
	int64		pos = WinGetCurrentPosition(PG_WINDOW_OBJECT());

	if (ps->isnull[pos])
		PG_RETURN_NULL();
	PG_RETURN_CNY(ps->share[pos]);
}

/*
 * cap_allocate(amount, cap) OVER (PARTITION BY ... ORDER BY ...)
 *
 * In the window's order, each row gets min(amount, what the cap has left).
 * Peers under the ORDER BY (and all rows when there is none) arrive
 * together: if they fit they all get what they ask, otherwise they share
 * what is left pro rata, as pro_rata does.
 */
Datum
cap_allocate(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	PartitionShares *ps = partition_read(winobj, "cap_allocate", "cap");

	if (!ps->done)
	{
		int64		left = ps->limit;
		int64		from = 0,
					i;

		for (i = 1; i <= ps->nrows; i++)
			if (i == ps->nrows || !WinRowsArePeers(winobj, i - 1, i))
			{
				left = share_out(ps, from, i, left);
				from = i;
			}
		ps->done = true;
	}
	return current_share(fcinfo, ps);
}

/*
 * pro_rata(amount, pool) OVER (PARTITION BY ...)
 *
 * Every row its amount when the partition fits the pool; otherwise shares
 * of the pool in proportion to the amounts, floored to the fen, with the
 * fen left over going to the largest remainders (ties: the earlier row in
 * the window's order).  The shares add up to the pool exactly.
 */
Datum
pro_rata(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	PartitionShares *ps = partition_read(winobj, "pro_rata", "pool");

	if (!ps->done)
	{
		share_out(ps, 0, ps->nrows, ps->limit);
		ps->done = true;
	}
	return current_share(fcinfo, ps);
}

/*
 * tier_increment(tiers, measure) OVER (PARTITION BY ... ORDER BY year)
 *
 * 进档差额: the amount of the highest tier reached so far (award_for's
 * granted amount) minus the highest reached on earlier rows; 0 when the
 * measure falls back or stays.  Rows are taken in the window's order, one
 * call per row; a NULL schedule or measure gives NULL and changes nothing.
 */
typedef struct IncrementState
{
	int64		next;			/* position expected next */
	int64		best;			/* highest amount reached so far, fen */
} IncrementState;

static Datum
tier_increment(FunctionCallInfo fcinfo, PGFunction award_for)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	IncrementState *st;
	int64		pos = WinGetCurrentPosition(winobj);
	bool		tnull,
				mnull;
	Datum		schedule,
				measure;
	int64		reached,
				gain;

	st = (IncrementState *) WinGetPartitionLocalMemory(winobj,
													   sizeof(IncrementState));
	if (pos != st->next)
		elog(ERROR, "tier_increment: row %lld visited out of order",
			 (long long) pos);
	st->next = pos + 1;

	schedule = WinGetFuncArgCurrent(winobj, 0, &tnull);
	measure = WinGetFuncArgCurrent(winobj, 1, &mnull);
	if (tnull || mnull)
		PG_RETURN_NULL();
	reached = DatumGetAwardP(DirectFunctionCall2(award_for, schedule,
												 measure))->granted;
	gain = reached > st->best ? reached - st->best : 0;
	st->best = Max(st->best, reached);
	PG_RETURN_CNY(gain);
}

Datum
tier_increment_cny(PG_FUNCTION_ARGS)
{
	return tier_increment(fcinfo, award_for_cny);
}

Datum
tier_increment_numeric(PG_FUNCTION_ARGS)
{
	return tier_increment(fcinfo, award_for_numeric);
}
