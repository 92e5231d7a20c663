/*
 * cny_round.c
 *    round(cny, unit, mode): rounding an amount to a multiple of a unit
 *    (元, 百元, 万元 …) under a named rule.
 *
 * Policies and budgets round in different ways: awards half away from zero,
 * budgets down, fees up.  Each rule is named so a query says which it uses.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "cny.h"

typedef enum RoundMode
{
	ROUND_HALF_UP,				/* half away from zero */
	ROUND_HALF_EVEN,			/* half to the even multiple */
	ROUND_DOWN,					/* toward zero */
	ROUND_UP,					/* away from zero */
	ROUND_FLOOR,				/* toward minus infinity */
	ROUND_CEILING				/* toward plus infinity */
} RoundMode;

static const struct
{
	const char *name;
	RoundMode	mode;
}			round_modes[] =
{
	{"half_up", ROUND_HALF_UP},
	{"half_even", ROUND_HALF_EVEN},
	{"down", ROUND_DOWN},
	{"up", ROUND_UP},
	{"floor", ROUND_FLOOR},
	{"ceiling", ROUND_CEILING},
};

static RoundMode
round_mode_from_text(text *t)
{
	char	   *name = text_to_cstring(t);

	for (size_t i = 0; i < lengthof(round_modes); i++)
		if (strcmp(name, round_modes[i].name) == 0)
			return round_modes[i].mode;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown rounding mode \"%s\"", name),
			 errhint("Use one of half_up, half_even, down, up, floor, ceiling.")));
	pg_unreachable();
}

/* Whether the truncated quotient moves one unit away from zero. */
static bool
rounds_away(RoundMode mode, int128 q, int128 rem, int128 unit, bool negative)
{
	int128		twice = 2 * rem;

	switch (mode)
	{
		case ROUND_HALF_UP:
			return twice >= unit;
		case ROUND_HALF_EVEN:
			return twice > unit || (twice == unit && q % 2 != 0);
		case ROUND_DOWN:
			return false;
		case ROUND_UP:
			return true;
		case ROUND_FLOOR:
			return negative;
		case ROUND_CEILING:
			return !negative;
	}
	pg_unreachable();
}

PG_FUNCTION_INFO_V1(cny_round);
Datum
cny_round(PG_FUNCTION_ARGS)
{
	Cny			amount = PG_GETARG_CNY(0);
	Cny			unit = PG_GETARG_CNY(1);
	RoundMode	mode = round_mode_from_text(PG_GETARG_TEXT_PP(2));
	int128		q,
				rem;

	if (unit <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rounding unit must be positive: %s", cny_to_cstring(unit))));
	q = (int128) amount / unit;
	rem = (int128) amount % unit;
	if (rem == 0)
		PG_RETURN_CNY(amount);
	if (rem < 0)
		rem = -rem;
	if (rounds_away(mode, q, rem, unit, amount < 0))
		q += (amount < 0) ? -1 : 1;
	q *= unit;
	if (q > PG_INT64_MAX || q < PG_INT64_MIN)
		cny_out_of_range();
	PG_RETURN_CNY((Cny) q);
}
