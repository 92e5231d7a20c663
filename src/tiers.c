/*
 * tiers.c
 *    The tiers type: I/O, equality, and applying a schedule to a measure
 *    (award_for, tier_of, tier_gain, explain).
 *
 * A measure is a cny amount or a numeric (a count, or money in yuan).
 * Either way it is compared with the thresholds as a number: a threshold
 * written 10 is the number 10, one written 50万 is 500000.  Inside, both
 * sides are scaled by 100 (fen); a numeric with a fraction of a hundredth
 * is carried as floor(measure x 100) plus the fact that it is above it,
 * which keeps every comparison exact, and its products go through numeric.
 * Products of a rate and a measure are computed in 128 bits and rounded
 * once, half away from zero, to the fen.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "award.h"
#include "cny_text.h"
#include "input.h"
#include "numeric_fen.h"
#include "tiers.h"

/* A measure as the evaluator sees it. */
typedef struct Measure
{
	int64		fen;			/* floor(measure x 100) */
	bool		above;			/* measure x 100 has a fraction beyond fen */
	Numeric		scaled;			/* measure x 100, when above */
	Datum		given;			/* the numeric measure as given, or 0 for cny */
} Measure;

/* Constants built once per backend. */
static Numeric numeric_hundred;
static Numeric numeric_millionth;
static Numeric numeric_yuan_per_millionth;	/* of a fen: 10^-8 */

static Numeric
numeric_constant(const char *text)
{
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(text),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

static void
init_constants(void)
{
	MemoryContext old;

	if (numeric_hundred)
		return;
	old = MemoryContextSwitchTo(TopMemoryContext);
	numeric_millionth = numeric_constant("0.000001");
	numeric_yuan_per_millionth = numeric_constant("0.00000001");
	numeric_hundred = int64_to_numeric(100);
	MemoryContextSwitchTo(old);
}

static void
schedule_from_tiers(const Tiers *t, TiersSchedule *s)
{
	memset(s, 0, sizeof(*s));
	s->kind = t->kind;
	s->has_cap = t->has_cap;
	s->cap = t->cap;
	s->nbrackets = t->nbrackets;
	memcpy(s->b, t->b, sizeof(TiersBracket) * t->nbrackets);
}

static Tiers *
tiers_from_schedule(const TiersSchedule *s)
{
	Tiers	   *t = palloc0(TIERS_SIZE(s->nbrackets));

	SET_VARSIZE(t, TIERS_SIZE(s->nbrackets));
	t->kind = (uint8) s->kind;
	t->has_cap = (uint8) s->has_cap;
	t->nbrackets = (uint16) s->nbrackets;
	t->cap = s->cap;
	memcpy(t->b, s->b, sizeof(TiersBracket) * s->nbrackets);
	return t;
}

PG_FUNCTION_INFO_V1(tiers_in);
Datum
tiers_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *utf8 = input_utf8(str);
	TiersSchedule s;
	const char *why = NULL;
	size_t		pos = 0;
	TiersStatus st;

	st = tiers_parse(utf8, strlen(utf8), &s, &why, &pos);
	if (st == TIERS_RANGE)
		input_error(fcinfo,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("amount out of range in tiers literal: \"%s\"", input_echo(str)),
					 errdetail("At character %zu: %s", pos, why)));
	if (st != TIERS_OK)
		input_error(fcinfo,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type tiers: \"%s\"", input_echo(str)),
					 errdetail("At character %zu: %s", pos, why)));
	PG_RETURN_TIERS_P(tiers_from_schedule(&s));
}

PG_FUNCTION_INFO_V1(tiers_out);
Datum
tiers_out(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	TiersSchedule s;
	char		buf[TIERS_TEXT_MAX];
	size_t		len;

	schedule_from_tiers(t, &s);
	len = tiers_format(&s, buf);
	PG_RETURN_CSTRING(pstrdup(pg_any_to_server(buf, len, PG_UTF8)));
}

/*
 * Binary form: kind (byte), has_cap (byte), nbrackets (int2), cap (int8),
 * then per bracket inclusive (byte), threshold (int8), value (int8).
 */
PG_FUNCTION_INFO_V1(tiers_recv);
Datum
tiers_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	TiersSchedule s;
	const char *why;
	int			i;

	memset(&s, 0, sizeof(s));
	s.kind = pq_getmsgbyte(buf);
	s.has_cap = pq_getmsgbyte(buf);
	s.nbrackets = pq_getmsgint(buf, 2);
	s.cap = pq_getmsgint64(buf);
	if (s.nbrackets < 1 || s.nbrackets > TIERS_MAX_BRACKETS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary tiers: %d brackets", s.nbrackets),
				 errdetail("A schedule has from 1 to %d brackets.", TIERS_MAX_BRACKETS)));
	for (i = 0; i < s.nbrackets; i++)
	{
		s.b[i].inclusive = pq_getmsgbyte(buf);
		s.b[i].threshold = pq_getmsgint64(buf);
		s.b[i].value = pq_getmsgint64(buf);
	}
	why = tiers_check(&s);
	if (why)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary tiers"),
				 errdetail("%s", why)));
	PG_RETURN_TIERS_P(tiers_from_schedule(&s));
}

PG_FUNCTION_INFO_V1(tiers_send);
Datum
tiers_send(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, t->kind);
	pq_sendbyte(&buf, t->has_cap);
	pq_sendint16(&buf, t->nbrackets);
	pq_sendint64(&buf, t->cap);
	for (i = 0; i < t->nbrackets; i++)
	{
		pq_sendbyte(&buf, (uint8) t->b[i].inclusive);
		pq_sendint64(&buf, t->b[i].threshold);
		pq_sendint64(&buf, t->b[i].value);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Schedules are stored canonically, so equal schedules are equal bytes. */
static bool
tiers_equal(const Tiers *a, const Tiers *b)
{
	return VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
}

PG_FUNCTION_INFO_V1(tiers_eq);
Datum
tiers_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(tiers_equal(PG_GETARG_TIERS_P(0), PG_GETARG_TIERS_P(1)));
}

PG_FUNCTION_INFO_V1(tiers_ne);
Datum
tiers_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!tiers_equal(PG_GETARG_TIERS_P(0), PG_GETARG_TIERS_P(1)));
}

PG_FUNCTION_INFO_V1(tiers_hash);
Datum
tiers_hash(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);

	return hash_any((unsigned char *) VARDATA(t), VARSIZE(t) - VARHDRSZ);
}

PG_FUNCTION_INFO_V1(tiers_hash_extended);
Datum
tiers_hash_extended(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);

	return hash_any_extended((unsigned char *) VARDATA(t),
							 VARSIZE(t) - VARHDRSZ, PG_GETARG_INT64(1));
}

/* Evaluation */

static bool
is_rate_kind(const Tiers *t)
{
	return t->kind == TIERS_RATE || t->kind == TIERS_MARGINAL;
}

/*
 * The highest bracket reached, 1-based, 0 for none.  A measure above fen
 * (by a fraction of a fen) reaches a threshold t exactly when fen >= t,
 * whether the bound is inclusive or not.
 */
static int
tiers_reached(const Tiers *t, int64 fen, bool above)
{
	int			i;

	for (i = t->nbrackets - 1; i >= 0; i--)
	{
		const TiersBracket *b = &t->b[i];

		if ((above || b->inclusive) ? fen >= b->threshold : fen > b->threshold)
			return i + 1;
	}
	return 0;
}

/*
 * x millionths of a fen, x >= 0, rounded half away from zero to the fen.
 * Products below 2^63 (measures up to some 900亿) divide in 64 bits, which
 * costs a fraction of a 128-bit division.
 */
static int64
round_millionths(int128 x)
{
	if (x <= PG_INT64_MAX - TIERS_RATE_ONE / 2)
		return ((int64) x + TIERS_RATE_ONE / 2) / TIERS_RATE_ONE;
	return (int64) ((x + TIERS_RATE_ONE / 2) / TIERS_RATE_ONE);
}

/*
 * The amount of a rate or marginal schedule before the cap, in millionths
 * of a fen, for a measure of exactly fen that reaches bracket tier >= 1.
 * Rates are at most 100%, so the rounded result never exceeds the measure
 * and fits in int64.
 */
static int128
tiers_exact_amount(const Tiers *t, int tier, int64 fen)
{
	int128		x = 0;
	int			i;

	if (t->kind == TIERS_RATE)
		return (int128) t->b[tier - 1].value * fen;
	for (i = 0; i < tier; i++)
	{
		int64		upper = (i == tier - 1) ? fen : t->b[i + 1].threshold;

		x += (int128) t->b[i].value * (upper - t->b[i].threshold);
	}
	return x;
}

/*
 * The amount before the cap for a measure of exactly fen reaching tier:
 * a fixed or step amount as it is, a rate product rounded to the fen.
 */
static Cny
tiers_amount(const Tiers *t, int tier, int64 fen)
{
	if (tier == 0)
		return 0;
	if (!is_rate_kind(t))
		return t->b[tier - 1].value;
	return round_millionths(tiers_exact_amount(t, tier, fen));
}

static TiersOutcome
outcome(const Tiers *t, int tier, Cny claimed)
{
	TiersOutcome o;

	o.tier = tier;
	o.claimed = claimed;
	o.granted = (t->has_cap && claimed > t->cap) ? t->cap : claimed;
	return o;
}

TiersOutcome
tiers_apply(const Tiers *t, int64 measure_fen)
{
	int			tier = tiers_reached(t, measure_fen, false);

	return outcome(t, tier, tiers_amount(t, tier, measure_fen));
}

static Numeric
num_mul(Numeric a, Numeric b)
{
	return numeric_mul_opt_error(a, b, NULL);
}

static Numeric
num_add(Numeric a, Numeric b)
{
	return numeric_add_opt_error(a, b, NULL);
}

/*
 * The amount of a rate or marginal schedule before the cap, in millionths
 * of a fen, as a numeric, for a measure with a fraction of a fen that
 * reaches bracket tier >= 1: only the last slice (marginal) or the whole
 * product (rate) involves the fraction.
 */
static Numeric
tiers_exact_amount_numeric(const Tiers *t, int tier, const Measure *m)
{
	Numeric		x = int64_to_numeric(0);
	int			i;

	for (i = (t->kind == TIERS_RATE ? tier - 1 : 0); i < tier; i++)
	{
		const TiersBracket *b = &t->b[i];
		Numeric		slice;

		if (i < tier - 1)
			slice = int64_to_numeric(t->b[i + 1].threshold - b->threshold);
		else if (t->kind == TIERS_RATE)
			slice = m->scaled;
		else
			slice = numeric_sub_opt_error(m->scaled, int64_to_numeric(b->threshold), NULL);
		x = num_add(x, num_mul(int64_to_numeric(b->value), slice));
	}
	return x;
}

/* A numeric measure's text for an error message, cut at 64 characters. */
static char *
numeric_text(Datum n)
{
	return input_echo(DatumGetCString(DirectFunctionCall1(numeric_out, n)));
}

/*
 * A numeric of millionths of a fen rounded half away from zero to the fen.
 * A measure within a fen above the largest amount can round past it (100%
 * of 92233720368547758.075): 22003, naming the measure m.
 */
static int64
round_millionths_numeric(Numeric x, const Measure *m)
{
	Datum		r = DirectFunctionCall2(numeric_round,
										NumericGetDatum(num_mul(x, numeric_millionth)),
										Int32GetDatum(0));

	if (DatumGetBool(DirectFunctionCall2(numeric_gt, r,
										 NumericGetDatum(int64_to_numeric(PG_INT64_MAX)))))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("award for measure %s is out of range", numeric_text(m->given)),
				 errdetail("An award is at most 92233720368547758.07.")));
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, r));
}

/* A measure no schedule applies to: 22023, or 22003 beyond the range. */
static void
pg_attribute_noreturn()
bad_measure(NumericFenStatus why, const char *text)
{
	if (why == NUMERIC_FEN_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("measure %s is out of range for a schedule", text),
				 errdetail("A measure is at most 92233720368547758.07.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 why == NUMERIC_FEN_SPECIAL ? errmsg("a measure must be a finite number") :
			 errmsg("a measure must not be negative"),
			 errdetail("Schedules apply to amounts and counts of zero or more; got %s.", text)));
}

static void
measure_from_cny(Cny c, Measure *m)
{
	if (c < 0)
		bad_measure(NUMERIC_FEN_NEGATIVE, cny_to_cstring(c));
	m->fen = c;
	m->above = false;
	m->scaled = NULL;
	m->given = (Datum) 0;
}

/*
 * A numeric measure to fen, read from its stored digits (numeric_fen.c).
 * Only a measure with a fraction of a fen, which goes through numeric
 * arithmetic anyway, is detoasted.
 */
static void
measure_from_numeric(Datum n, Measure *m)
{
	NumericFenStatus st = numeric_fen(n, &m->fen, &m->above);

	if (st != NUMERIC_FEN_OK)
		bad_measure(st, numeric_text(n));
	m->given = n;
	m->scaled = NULL;
	if (m->above)
	{
		init_constants();
		m->scaled = num_mul(DatumGetNumeric(n), numeric_hundred);
	}
}

static TiersOutcome
tiers_apply_measure(const Tiers *t, const Measure *m)
{
	int			tier = tiers_reached(t, m->fen, m->above);

	if (!m->above || !is_rate_kind(t) || tier == 0)
		return outcome(t, tier, tiers_amount(t, tier, m->fen));
	return outcome(t, tier,
				   round_millionths_numeric(tiers_exact_amount_numeric(t, tier, m), m));
}

static Datum
award_datum(TiersOutcome o)
{
	return AwardPGetDatum(award_make(o.granted, o.claimed));
}

PG_FUNCTION_INFO_V1(award_for_cny);
Datum
award_for_cny(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	Measure		m;

	measure_from_cny(PG_GETARG_CNY(1), &m);
	return award_datum(tiers_apply_measure(t, &m));
}

PG_FUNCTION_INFO_V1(award_for_numeric);
Datum
award_for_numeric(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	Measure		m;

	measure_from_numeric(PG_GETARG_DATUM(1), &m);
	return award_datum(tiers_apply_measure(t, &m));
}

/*
 * The granted amount alone, by value: what granted(award_for(t, m)) gives
 * without building the award in between, a palloc per row.  The planner
 * puts these in place of that composition (award_plan.c).
 */
PG_FUNCTION_INFO_V1(award_for_granted_cny);
Datum
award_for_granted_cny(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	Measure		m;

	measure_from_cny(PG_GETARG_CNY(1), &m);
	PG_RETURN_CNY(tiers_apply_measure(t, &m).granted);
}

PG_FUNCTION_INFO_V1(award_for_granted_numeric);
Datum
award_for_granted_numeric(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	Measure		m;

	measure_from_numeric(PG_GETARG_DATUM(1), &m);
	PG_RETURN_CNY(tiers_apply_measure(t, &m).granted);
}

PG_FUNCTION_INFO_V1(tier_of_cny);
Datum
tier_of_cny(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	Measure		m;

	measure_from_cny(PG_GETARG_CNY(1), &m);
	PG_RETURN_INT32(tiers_reached(t, m.fen, m.above));
}

PG_FUNCTION_INFO_V1(tier_of_numeric);
Datum
tier_of_numeric(PG_FUNCTION_ARGS)
{
	Tiers	   *t = PG_GETARG_TIERS_P(0);
	Measure		m;

	measure_from_numeric(PG_GETARG_DATUM(1), &m);
	PG_RETURN_INT32(tiers_reached(t, m.fen, m.above));
}

/*
 * 进档差额: what moving from before to after pays, the granted amount at
 * after less the granted amount at before, never negative.
 */
static Datum
tier_gain(const Tiers *t, const Measure *before, const Measure *after)
{
	Cny			was = tiers_apply_measure(t, before).granted;
	Cny			now = tiers_apply_measure(t, after).granted;

	PG_RETURN_CNY(now > was ? now - was : 0);
}

PG_FUNCTION_INFO_V1(tier_gain_cny);
Datum
tier_gain_cny(PG_FUNCTION_ARGS)
{
	Measure		before,
				after;

	measure_from_cny(PG_GETARG_CNY(1), &before);
	measure_from_cny(PG_GETARG_CNY(2), &after);
	return tier_gain(PG_GETARG_TIERS_P(0), &before, &after);
}

PG_FUNCTION_INFO_V1(tier_gain_numeric);
Datum
tier_gain_numeric(PG_FUNCTION_ARGS)
{
	Measure		before,
				after;

	measure_from_numeric(PG_GETARG_DATUM(1), &before);
	measure_from_numeric(PG_GETARG_DATUM(2), &after);
	return tier_gain(PG_GETARG_TIERS_P(0), &before, &after);
}

/* explain */

/*
 * What explain writes and in which units.  A cny measure is money, and so
 * is a numeric one under a rate or marginal schedule, which multiplies it
 * into money; such quantities are written as to_wan writes them (500万元).
 * A numeric measure that a step schedule compares is a number (a count, a
 * level, or yuan): written as the literals write thresholds (30, 1.5万).
 * A quantity with a fraction of a fen is written with all its digits, in
 * yuan for money (1000000.005元), and so is a product that is rounded.
 */
typedef struct Explain
{
	StringInfoData out;
	const Tiers *t;
	const Measure *m;
	bool		money;			/* the measure and thresholds are money */
} Explain;

static void
append_money(StringInfo out, int64 fen)
{
	char		buf[CNY_WORDS_MAX];

	cny_format_wan(fen, buf);
	appendStringInfoString(out, buf);
}

/* A whole-fen quantity on the measure's scale. */
static void
append_quantity(Explain *e, int64 fen)
{
	char		buf[TIERS_AMOUNT_MAX];

	if (e->money)
		append_money(&e->out, fen);
	else
	{
		tiers_format_amount(fen, buf);
		appendStringInfoString(&e->out, buf);
	}
}

/* A quantity on the measure's scale with a fraction of a fen. */
static void
append_exact_quantity(Explain *e, Numeric n)
{
	appendStringInfoString(&e->out, numeric_normalize(n));
	if (e->money)
		appendStringInfoString(&e->out, "元");
}

static void
append_measure(Explain *e)
{
	if (e->m->above)
		append_exact_quantity(e, DatumGetNumeric(e->m->given));
	else
		append_quantity(e, e->m->fen);
}

static void
append_rate(StringInfo out, int64 rate)
{
	TiersSchedule s;
	char		buf[TIERS_TEXT_MAX];
	const char *colon;

	/* The rate as the literal writes it, taken from "rate: R". */
	memset(&s, 0, sizeof(s));
	s.kind = TIERS_RATE;
	s.nbrackets = 1;
	s.b[0].inclusive = 1;
	s.b[0].value = rate;
	tiers_format(&s, buf);
	colon = strchr(buf, ' ');
	appendStringInfoString(out, colon + 1);
}

static void
append_bound(Explain *e, const TiersBracket *b, bool reached)
{
	append_measure(e);
	if (reached)
		appendStringInfoString(&e->out, b->inclusive ? " ≥ " : " > ");
	else
		appendStringInfoString(&e->out, b->inclusive ? " < " : " ≤ ");
	append_quantity(e, b->threshold);
}

/*
 * Slice i of a marginal schedule that reaches bracket tier: from its
 * threshold to the next one, or to the measure for the last; a slice from
 * zero is written as its upper bound alone.
 */
static void
append_slice(Explain *e, int i, int tier)
{
	int64		lower = e->t->b[i].threshold;

	if (lower > 0)
		appendStringInfoString(&e->out, "(");
	if (i < tier - 1)
		append_quantity(e, e->t->b[i + 1].threshold);
	else
		append_measure(e);
	if (lower > 0)
	{
		appendStringInfoString(&e->out, " - ");
		append_quantity(e, lower);
		appendStringInfoString(&e->out, ")");
	}
}

/*
 * "= amount", and when the product has a fraction of a fen, the product
 * with all its digits and the one rounding: "= 500000.004元，四舍五入为
 * 50万元".  exact is the product in yuan, as text.
 */
static void
append_result(Explain *e, const char *exact, Cny claimed)
{
	const char *point = strchr(exact, '.');

	appendStringInfoString(&e->out, " = ");
	if (point && strlen(point + 1) > 2)
		appendStringInfo(&e->out, "%s元，四舍五入为 ", exact);
	append_money(&e->out, claimed);
}

/* The product before rounding, in yuan, as text without trailing zeros. */
static char *
exact_yuan(const Tiers *t, int tier, const Measure *m)
{
	int128		x;
	char	   *text,
			   *end;

	if (m->above)
	{
		init_constants();
		return numeric_normalize(num_mul(tiers_exact_amount_numeric(t, tier, m),
										 numeric_yuan_per_millionth));
	}
	/* Millionths of a fen: 10^8 to the yuan. */
	x = tiers_exact_amount(t, tier, m->fen);
	text = psprintf(INT64_FORMAT ".%08d", (int64) (x / 100000000), (int) (x % 100000000));
	end = text + strlen(text);
	while (end[-1] == '0')
		*--end = '\0';
	if (end[-1] == '.')
		end[-1] = '\0';
	return text;
}

static char *
tiers_explain(const Tiers *t, const Measure *m)
{
	Explain		e;
	TiersOutcome o = tiers_apply_measure(t, m);
	bool		from_zero = t->nbrackets == 1 && t->b[0].threshold == 0 &&
		t->b[0].inclusive;
	int			i;

	initStringInfo(&e.out);
	e.t = t;
	e.m = m;
	e.money = m->given == (Datum) 0 || is_rate_kind(t);
	if (o.tier == 0)
	{
		append_bound(&e, &t->b[0], false);
		appendStringInfoString(&e.out, " → ");
		append_money(&e.out, 0);
		return e.out.data;
	}
	switch (t->kind)
	{
		case TIERS_FIXED:
			appendStringInfoString(&e.out, "定额 ");
			append_money(&e.out, o.claimed);
			break;
		case TIERS_STEP:
			append_bound(&e, &t->b[o.tier - 1], true);
			appendStringInfoString(&e.out, " → ");
			append_money(&e.out, o.claimed);
			break;
		case TIERS_RATE:
			if (!from_zero)
			{
				append_bound(&e, &t->b[o.tier - 1], true);
				appendStringInfoString(&e.out, ": ");
			}
			append_rate(&e.out, t->b[o.tier - 1].value);
			appendStringInfoString(&e.out, " × ");
			append_measure(&e);
			append_result(&e, exact_yuan(t, o.tier, m), o.claimed);
			break;
		case TIERS_MARGINAL:
			/* The measure first, which the last slice ends at. */
			if (!from_zero)
			{
				append_measure(&e);
				appendStringInfoString(&e.out, ": ");
			}
			for (i = 0; i < o.tier; i++)
			{
				if (i > 0)
					appendStringInfoString(&e.out, " + ");
				append_rate(&e.out, t->b[i].value);
				appendStringInfoString(&e.out, " × ");
				append_slice(&e, i, o.tier);
			}
			append_result(&e, exact_yuan(t, o.tier, m), o.claimed);
			break;
	}
	if (t->has_cap)
	{
		appendStringInfoString(&e.out, o.claimed > t->cap ? " > 最高 " : " ≤ 最高 ");
		append_money(&e.out, t->cap);
		appendStringInfoString(&e.out, " → ");
		append_money(&e.out, o.granted);
	}
	return e.out.data;
}

static Datum
explain_text(const char *utf8)
{
	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(utf8, strlen(utf8), PG_UTF8)));
}

PG_FUNCTION_INFO_V1(explain_cny);
Datum
explain_cny(PG_FUNCTION_ARGS)
{
	Measure		m;

	measure_from_cny(PG_GETARG_CNY(1), &m);
	return explain_text(tiers_explain(PG_GETARG_TIERS_P(0), &m));
}

PG_FUNCTION_INFO_V1(explain_numeric);
Datum
explain_numeric(PG_FUNCTION_ARGS)
{
	Measure		m;

	measure_from_numeric(PG_GETARG_DATUM(1), &m);
	return explain_text(tiers_explain(PG_GETARG_TIERS_P(0), &m));
}
