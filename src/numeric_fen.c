/*
 * numeric_fen.c
 *    A numeric as fen, read from its stored form.
 *
 * numeric_out and numeric arithmetic cost far more than applying a
 * schedule, and a numeric column's values come packed (a short varlena
 * header), which PG_DETOAST_DATUM would copy on every row.  The stored form
 * is what pg_upgrade carries unchanged from release to release
 * (src/backend/utils/adt/numeric.c, since PostgreSQL 9.1; infinities, which
 * share the NaN flag bits, since 14): a 16-bit header, in the long form a
 * 16-bit weight, then base-10000 digits, the first weighing
 * 10000^weight.  The header's top two bits are 10 for the short form, 11
 * for NaN and the infinities, 00 or 01 (negative) for the long form.
 */
#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"

#include "numeric_fen.h"

#define NBASE				10000
#define FLAG_MASK			0xC000
#define FLAG_NEG			0x4000
#define FLAG_SHORT			0x8000
#define FLAG_SPECIAL		0xC000
#define SHORT_SIGN			0x2000
#define SHORT_WEIGHT_SIGN	0x0040
#define SHORT_WEIGHT_MASK	0x003F

/* The 16-bit word at p, which a packed datum does not align. */
static inline uint16
word_at(const char *p)
{
	uint16		w;

	memcpy(&w, p, sizeof(w));
	return w;
}

NumericFenStatus
numeric_fen(Datum num, int64 *fen, bool *above)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(num);
	const char *p = VARDATA_ANY(v);
	size_t		len = VARSIZE_ANY_EXHDR(v);
	uint16		header = word_at(p);
	bool		negative;
	int			weight,
				ndigits,
				i;
	int64		whole = 0;
	int			hundredths = 0;
	bool		range = false,
				nonzero = false;

	*fen = 0;
	*above = false;
	if ((header & FLAG_MASK) == FLAG_SPECIAL)
		return NUMERIC_FEN_SPECIAL;
	if ((header & FLAG_MASK) == FLAG_SHORT)
	{
		negative = (header & SHORT_SIGN) != 0;
		weight = (header & SHORT_WEIGHT_MASK) |
			((header & SHORT_WEIGHT_SIGN) ? ~SHORT_WEIGHT_MASK : 0);
		p += sizeof(uint16);
		len -= sizeof(uint16);
	}
	else
	{
		negative = (header & FLAG_MASK) == FLAG_NEG;
		weight = (int16) word_at(p + sizeof(uint16));
		p += 2 * sizeof(uint16);
		len -= 2 * sizeof(uint16);
	}
	ndigits = (int) (len / sizeof(uint16));

	/*
	 * Digit i weighs 10000^(weight - i): the whole part is the digits of
	 * weight 0 and up, with the zeros that are not stored after the last
	 * one; the digit of weight -1 holds the hundredths and two more
	 * decimals; any other non-zero digit is a fraction beyond the fen.
	 */
	for (i = 0; i <= weight && !range; i++)
	{
		int			d = i < ndigits ? word_at(p + 2 * i) : 0;

		range = pg_mul_s64_overflow(whole, NBASE, &whole) ||
			pg_add_s64_overflow(whole, d, &whole);
		nonzero |= d != 0;
	}
	for (i = Max(weight + 1, 0); i < ndigits; i++)
	{
		int			d = word_at(p + 2 * i);

		if (weight - i == -1)
		{
			hundredths = d / 100;
			*above = d % 100 != 0;
		}
		else
			*above |= d != 0;
		nonzero |= d != 0;
	}
	/* Negative first: a measure far below zero is negative, not too large. */
	if (negative && nonzero)
		return NUMERIC_FEN_NEGATIVE;
	if (range ||
		pg_mul_s64_overflow(whole, 100, &whole) ||
		pg_add_s64_overflow(whole, hundredths, &whole))
		return NUMERIC_FEN_RANGE;
	*fen = whole;
	return NUMERIC_FEN_OK;
}
