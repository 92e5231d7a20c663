/*
 * split.c
 *    Largest-remainder splits, exact to the fen.
 */
#include "postgres.h"

#include "cny.h"
#include "split.h"

typedef struct Remainder
{
	int128		rem;
	int64		index;
} Remainder;

/* Largest remainder first; equal remainders keep the lower index first. */
static int
remainder_cmp(const void *a, const void *b)
{
	const Remainder *ra = (const Remainder *) a;
	const Remainder *rb = (const Remainder *) b;

	if (ra->rem != rb->rem)
		return ra->rem > rb->rem ? -1 : 1;
	if (ra->index != rb->index)
		return ra->index < rb->index ? -1 : 1;
	return 0;
}

void
split_largest_remainder(const int64 *weight, int64 n, int64 pool,
						int64 *share)
{
	int128		total = 0;
	int128		given = 0;
	int64		left;
	int64		i;
	Remainder  *rems;

	Assert(pool >= 0);
	for (i = 0; i < n; i++)
	{
		Assert(weight[i] >= 0);
		total += weight[i];
	}
	if (total <= 0)
		elog(ERROR, "split_largest_remainder: weights add up to zero");

	rems = (Remainder *) palloc_extended(sizeof(Remainder) * Max(n, 1),
										 MCXT_ALLOC_HUGE);
	for (i = 0; i < n; i++)
	{
		int128		exact = (int128) pool * weight[i];

		share[i] = (int64) (exact / total);
		rems[i].rem = exact % total;
		rems[i].index = i;
		given += share[i];
	}

	/* Σ floor >= pool - n + 1, so fewer than n fen are left over. */
	left = (int64) ((int128) pool - given);
	Assert(left >= 0 && left < Max(n, 1));
	if (left > 0)
	{
		qsort(rems, n, sizeof(Remainder), remainder_cmp);
		for (i = 0; i < left; i++)
			share[rems[i].index]++;
	}
	pfree(rems);
}

char *
limit_text(int64 limit)
{
	return limit == NO_LIMIT ? pstrdup("none (NULL)") : cny_to_cstring(limit);
}

void
limits_in_order(int64 *a, int64 *b)
{
	if (*a == NO_LIMIT || (*b != NO_LIMIT && *b < *a))
	{
		int64		t = *a;

		*a = *b;
		*b = t;
	}
}
