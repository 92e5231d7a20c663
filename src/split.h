/*
 * split.h
 *    Exact splits of an amount of fen: proportional shares by largest
 *    remainder, used by pro_rata, cap_allocate and installments; and the
 *    ceilings shared by the aggregates and window functions.
 */
#ifndef SUBSIDY_SPLIT_H
#define SUBSIDY_SPLIT_H

#include "postgres.h"

#ifndef HAVE_INT128
#error "subsidy needs a 128-bit integer type for exact splits"
#endif

/*
 * Splits pool (fen, >= 0) over n weights (each >= 0, not all zero) in
 * proportion: share[i] = floor(pool * weight[i] / Σ weight), then the fen
 * left over go one each to the entries with the largest remainders, ties to
 * the lower index.  The shares add up to pool exactly, and each is within
 * one fen of its exact share (strictly below it plus one).  All products
 * are computed in 128 bits.
 */
extern void split_largest_remainder(const int64 *weight, int64 n, int64 pool,
									int64 *share);

/* A NULL ceiling, cap, pool or limit: none.  Real ones are never negative. */
#define NO_LIMIT	INT64CONST(-1)

/* A ceiling as shown in messages: its amount, or "none (NULL)". */
extern char *limit_text(int64 limit);

/*
 * Puts two differing ceilings in the order messages name them, the lower
 * first and none last, so a message does not depend on row order.
 */
extern void limits_in_order(int64 *a, int64 *b);

#endif
