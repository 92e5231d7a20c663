/*
 * award.c
 *    The award type: money that remembers its cap.
 *
 * Text form: "granted of claimed", each a canonical cny amount, as in
 * "9000000.00 of 15000000.00" (a cap cut 6000000.00).  Input also takes any
 * cny form on either side ("900万 of 1500万元") and a lone amount for an
 * award nothing cut ("500万" is "5000000.00 of 5000000.00").
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "award.h"
#include "cny_text.h"
#include "input.h"

Award *
award_make(Cny granted, Cny claimed)
{
	Award	   *a;

	if (granted < 0 || claimed < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an award must not be negative"),
				 errdetail("Granted %s, claimed %s.",
						   cny_to_cstring(granted), cny_to_cstring(claimed))));
	if (granted > claimed)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an award cannot grant more than it claims"),
				 errdetail("Granted %s, claimed %s.",
						   cny_to_cstring(granted), cny_to_cstring(claimed))));
	a = palloc(sizeof(Award));
	a->granted = granted;
	a->claimed = claimed;
	return a;
}

/* Why an award is invalid, or NULL. */
static const char *
award_invalid(Cny granted, Cny claimed)
{
	if (granted < 0 || claimed < 0)
		return "An award is never negative.";
	if (granted > claimed)
		return "The amount granted cannot exceed the amount claimed.";
	return NULL;
}

/*
 * One side of the text form into *fen; returns NULL or why it failed, and
 * sets *range for an amount out of range.
 */
static const char *
parse_side(const char *s, size_t len, Cny *fen, bool *range)
{
	const char *why = NULL;
	int64_t		v;
	CnyStatus	st = cny_parse(s, len, &v, &why);

	if (st != CNY_OK)
	{
		*range = (st == CNY_RANGE);
		return why ? why : "It is not an amount.";
	}
	*fen = v;
	return NULL;
}

PG_FUNCTION_INFO_V1(award_in);
Datum
award_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *utf8 = input_utf8(str);
	const char *of = strstr(utf8, " of ");
	const char *why;
	bool		range = false;
	Cny			granted,
				claimed;

	if (of == NULL)
	{
		why = parse_side(utf8, strlen(utf8), &granted, &range);
		claimed = granted;
	}
	else
	{
		why = parse_side(utf8, of - utf8, &granted, &range);
		if (why == NULL)
			why = parse_side(of + 4, strlen(of + 4), &claimed, &range);
	}
	if (why == NULL)
		why = award_invalid(granted, claimed);
	if (why)
		input_error(fcinfo,
					(errcode(range ? ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE
							 : ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg(range ? "value out of range for type award: \"%s\""
							: "invalid input syntax for type award: \"%s\"",
							input_echo(str)),
					 errdetail("%s", why)));
	PG_RETURN_AWARD_P(award_make(granted, claimed));
}

PG_FUNCTION_INFO_V1(award_out);
Datum
award_out(PG_FUNCTION_ARGS)
{
	Award	   *a = PG_GETARG_AWARD_P(0);
	char		granted[CNY_TEXT_MAX],
				claimed[CNY_TEXT_MAX];

	cny_format(a->granted, granted);
	cny_format(a->claimed, claimed);
	PG_RETURN_CSTRING(psprintf("%s of %s", granted, claimed));
}

/* Binary form: granted and claimed, two int8 counts of fen. */
PG_FUNCTION_INFO_V1(award_recv);
Datum
award_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Cny			granted = pq_getmsgint64(buf);
	Cny			claimed = pq_getmsgint64(buf);
	const char *why = award_invalid(granted, claimed);

	if (why)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary award"),
				 errdetail("%s", why)));
	PG_RETURN_AWARD_P(award_make(granted, claimed));
}

PG_FUNCTION_INFO_V1(award_send);
Datum
award_send(PG_FUNCTION_ARGS)
{
	Award	   *a = PG_GETARG_AWARD_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, a->granted);
	pq_sendint64(&buf, a->claimed);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* award(cny): an amount nothing was cut from; also the cast cny -> award. */
PG_FUNCTION_INFO_V1(award_from_cny);
Datum
award_from_cny(PG_FUNCTION_ARGS)
{
	Cny			amount = PG_GETARG_CNY(0);

	PG_RETURN_AWARD_P(award_make(amount, amount));
}

/* award(granted, claimed) */
PG_FUNCTION_INFO_V1(award_from_parts);
Datum
award_from_parts(PG_FUNCTION_ARGS)
{
	PG_RETURN_AWARD_P(award_make(PG_GETARG_CNY(0), PG_GETARG_CNY(1)));
}

PG_FUNCTION_INFO_V1(granted);
Datum
granted(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(PG_GETARG_AWARD_P(0)->granted);
}

PG_FUNCTION_INFO_V1(claimed);
Datum
claimed(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(PG_GETARG_AWARD_P(0)->claimed);
}

PG_FUNCTION_INFO_V1(cut);
Datum
cut(PG_FUNCTION_ARGS)
{
	Award	   *a = PG_GETARG_AWARD_P(0);

	PG_RETURN_CNY(a->claimed - a->granted);
}

/*
 * award + award adds both parts; also sum(award)'s transition and combine
 * function.  As an aggregate's, it adds into the state in place: the state
 * is the aggregate's own copy (the first input, copied by the executor),
 * so no award is allocated per row.
 */
PG_FUNCTION_INFO_V1(award_add);
Datum
award_add(PG_FUNCTION_ARGS)
{
	Award	   *a = PG_GETARG_AWARD_P(0);
	Award	   *b = PG_GETARG_AWARD_P(1);
	Cny			granted = cny_add_checked(a->granted, b->granted);
	Cny			claimed = cny_add_checked(a->claimed, b->claimed);

	if (AggCheckCallContext(fcinfo, NULL))
	{
		a->granted = granted;
		a->claimed = claimed;
		PG_RETURN_AWARD_P(a);
	}
	PG_RETURN_AWARD_P(award_make(granted, claimed));
}

/* Ordered by granted, then by claimed. */
static int
award_cmp_internal(const Award *a, const Award *b)
{
	if (a->granted != b->granted)
		return a->granted < b->granted ? -1 : 1;
	if (a->claimed != b->claimed)
		return a->claimed < b->claimed ? -1 : 1;
	return 0;
}

#define AWARD_CMP(name, test) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = award_cmp_internal(PG_GETARG_AWARD_P(0), PG_GETARG_AWARD_P(1)); \
\
	PG_RETURN_BOOL(test); \
}

AWARD_CMP(award_eq, c == 0)
AWARD_CMP(award_ne, c != 0)
AWARD_CMP(award_lt, c < 0)
AWARD_CMP(award_le, c <= 0)
AWARD_CMP(award_gt, c > 0)
AWARD_CMP(award_ge, c >= 0)

PG_FUNCTION_INFO_V1(award_cmp);
Datum
award_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(award_cmp_internal(PG_GETARG_AWARD_P(0), PG_GETARG_AWARD_P(1)));
}

PG_FUNCTION_INFO_V1(award_hash);
Datum
award_hash(PG_FUNCTION_ARGS)
{
	return hash_any((unsigned char *) PG_GETARG_AWARD_P(0), sizeof(Award));
}

PG_FUNCTION_INFO_V1(award_hash_extended);
Datum
award_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((unsigned char *) PG_GETARG_AWARD_P(0), sizeof(Award),
							 PG_GETARG_INT64(1));
}
