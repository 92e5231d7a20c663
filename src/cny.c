/*
 * cny.c
 *    The cny type: an exact amount of Chinese yuan, stored as an int64 count
 *    of fen and passed by value.
 *
 * Text is read and written by the plain-C code in cny_parse.c and
 * cny_format.c; this file adapts it to the backend (encodings, error
 * reporting) and adds arithmetic, rounding and casts.  Comparison, hashing,
 * min and max reuse the int8 functions of the server, declared in the
 * install script, because a cny compares exactly as its count of fen.
 */
#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "cny.h"
#include "cny_text.h"
#include "input.h"

PG_MODULE_MAGIC;

void
cny_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("cny out of range"),
			 errdetail("An amount must lie between -92233720368547758.08 and 92233720368547758.07.")));
}

Cny
cny_add_checked(Cny a, Cny b)
{
	Cny			r;

	if (unlikely(pg_add_s64_overflow(a, b, &r)))
		cny_out_of_range();
	return r;
}

Cny
cny_sub_checked(Cny a, Cny b)
{
	Cny			r;

	if (unlikely(pg_sub_s64_overflow(a, b, &r)))
		cny_out_of_range();
	return r;
}

Cny
cny_mul_int64_checked(Cny a, int64 b)
{
	Cny			r;

	if (unlikely(pg_mul_s64_overflow(a, b, &r)))
		cny_out_of_range();
	return r;
}

/*
 * a * num / den, rounded half away from zero.  The product of two int64
 * needs 127 bits, so the whole computation is done in int128.
 */
Cny
cny_muldiv_round(Cny a, int64 num, int64 den)
{
	int128		p = (int128) a * num;
	int128		d = den;
	int128		q,
				r;

	if (den == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	if (d < 0)
	{
		d = -d;
		p = -p;
	}
	q = p / d;
	r = p % d;
	if (r < 0)
		r = -r;
	if (r >= d - r)
		q += (p < 0) ? -1 : 1;
	if (q > PG_INT64_MAX || q < PG_INT64_MIN)
		cny_out_of_range();
	return (Cny) q;
}

/* ---------- text and binary I/O ---------- */

PG_FUNCTION_INFO_V1(cny_in);
Datum
cny_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *utf8 = input_utf8(str);
	const char *why = NULL;
	int64_t		fen = 0;
	CnyStatus	status;

	status = cny_parse(utf8, strlen(utf8), &fen, &why);
	if (status == CNY_RANGE)
		input_error(fcinfo,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" is out of range for type cny",
							input_echo(str)),
					 errdetail("An amount must lie between -92233720368547758.08 and 92233720368547758.07.")));
	if (status != CNY_OK)
		input_error(fcinfo,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type cny: \"%s\"",
							input_echo(str)),
					 why ? errdetail("%s", why) : 0));
	PG_RETURN_CNY(fen);
}

char *
cny_to_cstring(Cny fen)
{
	char		buf[CNY_TEXT_MAX];

	cny_format(fen, buf);
	return pstrdup(buf);
}

PG_FUNCTION_INFO_V1(cny_out);
Datum
cny_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(cny_to_cstring(PG_GETARG_CNY(0)));
}

/* On the wire a cny is its int8 count of fen; every int8 is a valid cny. */
PG_FUNCTION_INFO_V1(cny_recv);
Datum
cny_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);

	PG_RETURN_CNY(pq_getmsgint64(buf));
}

PG_FUNCTION_INFO_V1(cny_send);
Datum
cny_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, PG_GETARG_CNY(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Words are built in UTF-8 and returned in the database encoding. */
static text *
words_to_text(const char *utf8, size_t len)
{
	char	   *server = pg_any_to_server(utf8, len, PG_UTF8);

	return cstring_to_text(server);
}

PG_FUNCTION_INFO_V1(cny_to_daxie);
Datum
cny_to_daxie(PG_FUNCTION_ARGS)
{
	char		buf[CNY_WORDS_MAX];
	size_t		len = cny_format_daxie(PG_GETARG_CNY(0), buf);

	PG_RETURN_TEXT_P(words_to_text(buf, len));
}

PG_FUNCTION_INFO_V1(cny_to_wan);
Datum
cny_to_wan(PG_FUNCTION_ARGS)
{
	char		buf[CNY_WORDS_MAX];
	size_t		len = cny_format_wan(PG_GETARG_CNY(0), buf);

	PG_RETURN_TEXT_P(words_to_text(buf, len));
}

/* ---------- arithmetic ---------- */

PG_FUNCTION_INFO_V1(cny_pl);
Datum
cny_pl(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_add_checked(PG_GETARG_CNY(0), PG_GETARG_CNY(1)));
}

PG_FUNCTION_INFO_V1(cny_mi);
Datum
cny_mi(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_sub_checked(PG_GETARG_CNY(0), PG_GETARG_CNY(1)));
}

PG_FUNCTION_INFO_V1(cny_um);
Datum
cny_um(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_sub_checked(0, PG_GETARG_CNY(0)));
}

PG_FUNCTION_INFO_V1(cny_abs);
Datum
cny_abs(PG_FUNCTION_ARGS)
{
	Cny			a = PG_GETARG_CNY(0);

	PG_RETURN_CNY(a < 0 ? cny_sub_checked(0, a) : a);
}

PG_FUNCTION_INFO_V1(cny_mul_int8);
Datum
cny_mul_int8(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_mul_int64_checked(PG_GETARG_CNY(0), PG_GETARG_INT64(1)));
}

PG_FUNCTION_INFO_V1(int8_mul_cny);
Datum
int8_mul_cny(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_mul_int64_checked(PG_GETARG_CNY(1), PG_GETARG_INT64(0)));
}

PG_FUNCTION_INFO_V1(cny_mul_int4);
Datum
cny_mul_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_mul_int64_checked(PG_GETARG_CNY(0), PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(int4_mul_cny);
Datum
int4_mul_cny(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_mul_int64_checked(PG_GETARG_CNY(1), PG_GETARG_INT32(0)));
}

PG_FUNCTION_INFO_V1(cny_div_int8);
Datum
cny_div_int8(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_muldiv_round(PG_GETARG_CNY(0), 1, PG_GETARG_INT64(1)));
}

PG_FUNCTION_INFO_V1(cny_div_int4);
Datum
cny_div_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_muldiv_round(PG_GETARG_CNY(0), 1, PG_GETARG_INT32(1)));
}

/* ---------- numeric ---------- */

static Numeric
numeric_const(int64 v)
{
	return int64_to_numeric(v);
}

/* The sign of n as numeric_cmp gives it: negative, zero or positive. */
static int
numeric_cmp_zero(Numeric n)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(n),
											 NumericGetDatum(numeric_const(0))));
}

Numeric
cny_to_numeric(Cny fen)
{
#if PG_VERSION_NUM >= 150000
	return int64_div_fast_to_numeric(fen, 2);
#else
	char		buf[CNY_TEXT_MAX];

	cny_format(fen, buf);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
#endif
}

static bool
numeric_is_integral(Numeric n)
{
	Numeric		t = DatumGetNumeric(DirectFunctionCall2(numeric_trunc,
														NumericGetDatum(n),
														Int32GetDatum(0)));

	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(n),
											 NumericGetDatum(t))) == 0;
}

static void
reject_special(Numeric n)
{
	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot convert %s to cny",
						numeric_is_nan(n) ? "NaN" : "infinity")));
}

/* A whole number of fen, held in a numeric, as int64; 22003 if too big. */
static Cny
fen_from_integral_numeric(Numeric fen)
{
	static const int64 bounds[2] = {PG_INT64_MIN, PG_INT64_MAX};

	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(fen),
										  NumericGetDatum(numeric_const(bounds[0])))) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(fen),
										  NumericGetDatum(numeric_const(bounds[1])))) > 0)
		cny_out_of_range();
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(fen)));
}

static Numeric
yuan_to_fen_numeric(Numeric yuan)
{
	return numeric_mul_opt_error(yuan, numeric_const(FEN_PER_YUAN), NULL);
}

/* Rounds half away from zero to the fen: numeric's own round() rule. */
Cny
cny_from_numeric_rounded(Numeric yuan)
{
	Numeric		fen;

	reject_special(yuan);
	fen = yuan_to_fen_numeric(yuan);
	fen = DatumGetNumeric(DirectFunctionCall2(numeric_round,
											  NumericGetDatum(fen),
											  Int32GetDatum(0)));
	return fen_from_integral_numeric(fen);
}

/* The cast numeric -> cny: exact, never rounding silently. */
PG_FUNCTION_INFO_V1(numeric_to_cny);
Datum
numeric_to_cny(PG_FUNCTION_ARGS)
{
	Numeric		yuan = PG_GETARG_NUMERIC(0);
	Numeric		fen;

	reject_special(yuan);
	fen = yuan_to_fen_numeric(yuan);
	if (!numeric_is_integral(fen))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("numeric value %s has a fraction of a fen",
						DatumGetCString(DirectFunctionCall1(numeric_out,
															NumericGetDatum(yuan)))),
				 errhint("Round it explicitly, for instance with round(value, 2)::cny, or multiply a cny by it.")));
	PG_RETURN_CNY(fen_from_integral_numeric(fen));
}

PG_FUNCTION_INFO_V1(cny_to_numeric_cast);
Datum
cny_to_numeric_cast(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(cny_to_numeric(PG_GETARG_CNY(0)));
}

PG_FUNCTION_INFO_V1(int8_to_cny);
Datum
int8_to_cny(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_mul_int64_checked(PG_GETARG_INT64(0), FEN_PER_YUAN));
}

PG_FUNCTION_INFO_V1(int4_to_cny);
Datum
int4_to_cny(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY((Cny) PG_GETARG_INT32(0) * FEN_PER_YUAN);
}

PG_FUNCTION_INFO_V1(cny_mul_numeric);
Datum
cny_mul_numeric(PG_FUNCTION_ARGS)
{
	Numeric		n = PG_GETARG_NUMERIC(1);

	reject_special(n);
	PG_RETURN_CNY(cny_from_numeric_rounded(numeric_mul_opt_error(cny_to_numeric(PG_GETARG_CNY(0)), n, NULL)));
}

PG_FUNCTION_INFO_V1(numeric_mul_cny);
Datum
numeric_mul_cny(PG_FUNCTION_ARGS)
{
	Numeric		n = PG_GETARG_NUMERIC(0);

	reject_special(n);
	PG_RETURN_CNY(cny_from_numeric_rounded(numeric_mul_opt_error(n, cny_to_numeric(PG_GETARG_CNY(1)), NULL)));
}

/*
 * fen / divisor rounded half away from zero, exactly: numeric division
 * rounds its quotient to some scale first, which could round twice, so the
 * truncated quotient and the exact remainder decide instead.
 */
PG_FUNCTION_INFO_V1(cny_div_numeric);
Datum
cny_div_numeric(PG_FUNCTION_ARGS)
{
	Cny			a = PG_GETARG_CNY(0);
	Numeric		fen = int64_to_numeric(a);
	Numeric		d = PG_GETARG_NUMERIC(1);
	Numeric		q,
				r,
				twice_r;
	Datum		absd;
	bool		negative;

	reject_special(d);
	q = DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc,
											NumericGetDatum(fen),
											NumericGetDatum(d)));
	r = numeric_sub_opt_error(fen, numeric_mul_opt_error(q, d, NULL), NULL);
	twice_r = numeric_mul_opt_error(r, numeric_const(2), NULL);
	absd = DirectFunctionCall1(numeric_abs, NumericGetDatum(d));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp,
										  DirectFunctionCall1(numeric_abs, NumericGetDatum(twice_r)),
										  absd)) >= 0)
	{
		/* A remainder means a != 0; the quotient is negative when the signs differ. */
		negative = (a < 0) != (numeric_cmp_zero(d) < 0);
		q = numeric_add_opt_error(q, numeric_const(negative ? -1 : 1), NULL);
	}
	PG_RETURN_CNY(fen_from_integral_numeric(q));
}

PG_FUNCTION_INFO_V1(cny_div_cny);
Datum
cny_div_cny(PG_FUNCTION_ARGS)
{
	Cny			a = PG_GETARG_CNY(0);
	Cny			b = PG_GETARG_CNY(1);

	if (b == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div,
										NumericGetDatum(int64_to_numeric(a)),
										NumericGetDatum(int64_to_numeric(b))));
}

PG_FUNCTION_INFO_V1(cny_fen);
Datum
cny_fen(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_CNY(0));
}

PG_FUNCTION_INFO_V1(cny_from_fen);
Datum
cny_from_fen(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(PG_GETARG_INT64(0));
}
