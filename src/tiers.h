/*
 * tiers.h
 *    The tiers type inside the backend: a clause's tier schedule.
 *
 * A varlena holding the parsed schedule of tiers_text.h: kind, cap and the
 * brackets, thresholds strictly ascending.  Stored plain (never compressed
 * or given a short header) so that reading one from a table needs no copy.
 */
#ifndef SUBSIDY_TIERS_H
#define SUBSIDY_TIERS_H

#include "cny.h"
#include "tiers_text.h"

typedef struct Tiers
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	uint8		kind;			/* a TiersKind */
	uint8		has_cap;
	uint16		nbrackets;
	int64		cap;			/* fen; 0 without a cap */
	TiersBracket b[FLEXIBLE_ARRAY_MEMBER];
} Tiers;

#define TIERS_SIZE(n)		(offsetof(Tiers, b) + sizeof(TiersBracket) * (n))

/*
 * PG_DETOAST_DATUM, inline: award_for reads a schedule for every row, and
 * a stored one (storage plain) is never toasted, which this finds without
 * a call; only a schedule that came some other way is detoasted.
 */
static inline Tiers *
DatumGetTiersP(Datum d)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);

	return (Tiers *) (VARATT_IS_EXTENDED(v) ? pg_detoast_datum(v) : v);
}

#define TiersPGetDatum(X)	PointerGetDatum(X)
#define PG_GETARG_TIERS_P(n) DatumGetTiersP(PG_GETARG_DATUM(n))
#define PG_RETURN_TIERS_P(x) return TiersPGetDatum(x)

/* What a schedule gives at one measure. */
typedef struct TiersOutcome
{
	int			tier;			/* 1-based bracket reached; 0 for none */
	Cny			claimed;		/* the schedule's amount before the cap */
	Cny			granted;		/* min(claimed, cap) */
} TiersOutcome;

/*
 * The schedule at a measure given in fen: a cny amount, or a count scaled
 * by 100 the same way its thresholds are (30 students is 3000).  The
 * measure must not be negative.  Plain C on the stored value; no palloc.
 */
extern TiersOutcome tiers_apply(const Tiers *t, int64 measure_fen);

/* SQL award_for(tiers, cny) and award_for(tiers, numeric), returning award. */
extern Datum award_for_cny(PG_FUNCTION_ARGS);
extern Datum award_for_numeric(PG_FUNCTION_ARGS);

#endif
