/*
 * tiers_text.h
 *    Reading and writing tier schedules as text, in plain C.
 *
 * Nothing here calls into the PostgreSQL backend, so the same code is linked
 * into the server module and into the libFuzzer target fuzz/tiers.c.  Text
 * is UTF-8.  Amounts and thresholds are int64 counts of fen (a threshold
 * written 10 is 1000: the measure it is compared with is scaled the same
 * way); rates are int64 counts of millionths (50% is 500000, 0.0001% is 1).
 */
#ifndef SUBSIDY_TIERS_TEXT_H
#define SUBSIDY_TIERS_TEXT_H

#include <stddef.h>
#include <stdint.h>

typedef enum TiersKind
{
	TIERS_FIXED = 1,			/* one amount, whatever the measure */
	TIERS_STEP = 2,				/* the amount of the highest bracket reached */
	TIERS_RATE = 3,				/* the reached bracket's rate x the measure */
	TIERS_MARGINAL = 4			/* each slice at its bracket's rate, summed */
} TiersKind;

#define TIERS_MAX_BRACKETS	64

/* A rate of 100% in millionths; rates are between 0 and this. */
#define TIERS_RATE_ONE		INT64_C(1000000)

typedef struct TiersBracket
{
	int64_t		threshold;		/* fen, >= 0 */
	int64_t		value;			/* fen (fixed, step) or millionths (rate, marginal) */
	int32_t		inclusive;		/* 1 for >= (以上, 达, 含), 0 for > (超过) */
	int32_t		reserved;		/* always 0 */
} TiersBracket;

typedef struct TiersSchedule
{
	int32_t		kind;			/* a TiersKind */
	int32_t		has_cap;
	int64_t		cap;			/* fen, when has_cap */
	int32_t		nbrackets;		/* 1 .. TIERS_MAX_BRACKETS; fixed has 1 */
	TiersBracket b[TIERS_MAX_BRACKETS];
} TiersSchedule;

typedef enum TiersStatus
{
	TIERS_OK = 0,
	TIERS_SYNTAX,				/* not a schedule: SQLSTATE 22P02 */
	TIERS_RANGE					/* an amount outside int64 fen: 22003 */
} TiersStatus;

/*
 * Parses len bytes at s as a schedule into *out.  Otherwise *why (when not
 * NULL) points to a static sentence saying what is wrong and *pos (when not
 * NULL) to the 1-based character (not byte) where it was found.
 */
extern TiersStatus tiers_parse(const char *s, size_t len, TiersSchedule *out,
							   const char **why, size_t *pos);

/*
 * Checks a schedule built elsewhere (binary input) against the same rules
 * the parser applies; returns NULL when it is valid, else a sentence.
 */
extern const char *tiers_check(const TiersSchedule *t);

/* Buffer size that holds the canonical text of any valid schedule. */
#define TIERS_TEXT_MAX	(64 + TIERS_MAX_BRACKETS * 72)

/* Canonical text of a valid schedule; returns its length. */
extern size_t tiers_format(const TiersSchedule *t, char *buf);

/* Longest result of tiers_format_amount, with its NUL. */
#define TIERS_AMOUNT_MAX 32

/*
 * An amount as the literals write it: 万 from 1万, 亿 from 1亿, exact, with
 * no trailing zeros and no 元: 50万, 1.5亿, 50.0001万, 9999.99, 10.
 */
extern size_t tiers_format_amount(int64_t fen, char *buf);

#endif
