/*
 * numeric_fen.h
 *    A numeric read as a count of hundredths (fen), exactly, straight from
 *    its stored digits: no detoasting copy of a short value, no numeric
 *    arithmetic, no palloc.
 */
#ifndef SUBSIDY_NUMERIC_FEN_H
#define SUBSIDY_NUMERIC_FEN_H

#include "postgres.h"

typedef enum NumericFenStatus
{
	NUMERIC_FEN_OK = 0,
	NUMERIC_FEN_SPECIAL,		/* NaN or an infinity */
	NUMERIC_FEN_NEGATIVE,		/* below zero, however far */
	NUMERIC_FEN_RANGE			/* floor(x × 100) beyond int64 */
} NumericFenStatus;

/*
 * For a numeric x >= 0: *fen = floor(x × 100) and *above tells whether
 * x × 100 has a fraction beyond it (12.345 is 1234 and above).  A negative
 * zero (-0.000) is zero.
 */
extern NumericFenStatus numeric_fen(Datum num, int64 *fen, bool *above);

#endif
