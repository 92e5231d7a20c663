/*
 * award.h
 *    award: money that remembers its cap.
 *
 * granted is what is paid; claimed is what the schedules gave before any
 * ceiling, non-duplication or budget cut; cut = claimed - granted.  Both are
 * fen.  Fixed length, passed by reference, 16 bytes, aligned as int64.
 */
#ifndef SUBSIDY_AWARD_H
#define SUBSIDY_AWARD_H

#include "cny.h"

typedef struct Award
{
	Cny			granted;
	Cny			claimed;
} Award;

#define DatumGetAwardP(X)	((Award *) DatumGetPointer(X))
#define AwardPGetDatum(X)	PointerGetDatum(X)
#define PG_GETARG_AWARD_P(n) DatumGetAwardP(PG_GETARG_DATUM(n))
#define PG_RETURN_AWARD_P(x) return AwardPGetDatum(x)

/* A palloc'd award; errors (22023) when granted > claimed or either < 0. */
extern Award *award_make(Cny granted, Cny claimed);

#endif
