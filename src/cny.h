/*
 * cny.h
 *    The cny type inside the backend: an int64 count of fen, by value.
 */
#ifndef SUBSIDY_CNY_H
#define SUBSIDY_CNY_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* int64_to_numeric, and numeric infinities, arrived in PostgreSQL 14. */
#if PG_VERSION_NUM < 140000
#define int64_to_numeric(v) DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(v)))
#define numeric_is_inf(n) false
#endif

typedef int64 Cny;

#define DatumGetCny(X)		DatumGetInt64(X)
#define CnyGetDatum(X)		Int64GetDatum(X)
#define PG_GETARG_CNY(n)	DatumGetCny(PG_GETARG_DATUM(n))
#define PG_RETURN_CNY(x)	return CnyGetDatum(x)

#define FEN_PER_YUAN		INT64CONST(100)

/* Checked arithmetic: raise 22003 "cny out of range" instead of wrapping. */
extern Cny	cny_add_checked(Cny a, Cny b);
extern Cny	cny_sub_checked(Cny a, Cny b);
extern Cny	cny_mul_int64_checked(Cny a, int64 b);
extern void cny_out_of_range(void) pg_attribute_noreturn();

/* Numeric conversions: exact, or an error that names round(). */
extern Numeric cny_to_numeric(Cny fen);
/* Rounds a yuan amount half away from zero to the fen; 22003 if too big. */
extern Cny	cny_from_numeric_rounded(Numeric yuan);

/*
 * a * num / den rounded half away from zero to the fen, computed in 128 bits
 * so no intermediate product wraps; den must be positive.
 */
extern Cny	cny_muldiv_round(Cny a, int64 num, int64 den);

/* The canonical text of an amount, palloc'd, in the server encoding. */
extern char *cny_to_cstring(Cny fen);

#endif
