/*
 * tiers_parse.c
 *    Tier schedule literals: parse, check and format, in plain C.
 *
 *    fixed: 50万
 *    step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万
 *    rate: >=1000万 -> 20%; cap 500万
 *    marginal: >=0 -> 50%, >=100万 -> 40%, >=500万 -> 30%; cap 500万
 *
 * A bound is >= (or ≥) inclusive, > exclusive; the arrow is -> or →.
 * Amounts and thresholds are whatever cny_parse reads (500000, 50万,
 * 1,000,000.00, 五十万元 ...); a rate is a percentage with at most four
 * decimals, from 0% to 100%.  `rate: 50%` and `marginal: 50%` are one
 * bracket from zero.  The cap clause is `; cap X` (or `; 最高 X`).
 * docs/tiers.md is the reference.
 */
#include "tiers_text.h"

#include <string.h>

#include "cny_text.h"

#define ARROW_UTF8		"\xE2\x86\x92"	/* → */
#define GE_UTF8			"\xE2\x89\xA5"	/* ≥ */
#define PERCENT_FW		"\xEF\xBC\x85"	/* ％ */
#define ZUIGAO_UTF8		"\xE6\x9C\x80\xE9\xAB\x98"	/* 最高 */

typedef struct Parser
{
	const char *s;
	size_t		len;
	size_t		at;				/* byte offset of the next unread byte */
	const char *why;
	size_t		errat;			/* byte offset of the error */
	TiersStatus status;
} Parser;

static const struct
{
	const char *name;
	TiersKind	kind;
} kinds[] = {
	{"fixed", TIERS_FIXED},
	{"step", TIERS_STEP},
	{"rate", TIERS_RATE},
	{"marginal", TIERS_MARGINAL},
};

static int
fail(Parser *p, size_t at, const char *why)
{
	p->status = TIERS_SYNTAX;
	p->errat = at;
	p->why = why;
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void
skip_space(Parser *p)
{
	while (p->at < p->len && is_space(p->s[p->at]))
		p->at++;
}

/* Consumes lit when the input continues with it. */
static int
accept(Parser *p, const char *lit)
{
	size_t		n = strlen(lit);

	if (p->len - p->at >= n && memcmp(p->s + p->at, lit, n) == 0)
	{
		p->at += n;
		return 1;
	}
	return 0;
}

/* Start and end of s[from, to) with blanks trimmed. */
static void
trim(const char *s, size_t *from, size_t *to)
{
	while (*from < *to && is_space(s[*from]))
		(*from)++;
	while (*to > *from && is_space(s[*to - 1]))
		(*to)--;
}

/*
 * Where the value after an arrow (or a cap or fixed amount) ends: at a ';',
 * or at a ',' that separates brackets.  A ',' followed by a digit is a
 * thousands separator inside the amount (1,000,000).
 */
static size_t
value_end(Parser *p, int commas_end)
{
	size_t		i;

	for (i = p->at; i < p->len; i++)
	{
		char		c = p->s[i];

		if (c == ';')
			break;
		if (c == ',' && commas_end &&
			!(i + 1 < p->len && p->s[i + 1] >= '0' && p->s[i + 1] <= '9'))
			break;
	}
	return i;
}

/* An amount in s[from, to): non-negative fen. */
static int
parse_amount(Parser *p, size_t from, size_t to, int64_t *fen)
{
	CnyStatus	st;
	const char *why = NULL;

	trim(p->s, &from, &to);
	if (from == to)
		return fail(p, from, "An amount is missing.");
	st = cny_parse(p->s + from, to - from, fen, &why);
	if (st == CNY_RANGE)
	{
		fail(p, from, why ? why : "The amount is out of range.");
		p->status = TIERS_RANGE;
		return 0;
	}
	if (st != CNY_OK)
		return fail(p, from, why ? why : "The amount is not a valid amount.");
	if (*fen < 0)
		return fail(p, from, "Amounts and thresholds must not be negative.");
	return 1;
}

/* A percentage in s[from, to): digits, up to 4 decimals, '%'. */
static int
parse_rate(Parser *p, size_t from, size_t to, int64_t *rate)
{
	const char *s = p->s;
	int64_t		v = 0;
	int			digits = 0,
				decimals = 0;
	size_t		i;

	trim(s, &from, &to);
	i = from;
	if (i < to && (s[i] == '-' || s[i] == '+'))
	{
		if (s[i] == '-')
			return fail(p, i, "Rates must not be negative.");
		return fail(p, i, "A rate is written as digits and a percent sign, like 20% or 12.5%.");
	}
	for (; i < to && s[i] >= '0' && s[i] <= '9'; i++)
	{
		if (v > 100)
			return fail(p, from, "A rate must be at most 100%.");
		v = v * 10 + (s[i] - '0');
		digits++;
	}
	v *= 10000;
	if (i < to && s[i] == '.')
	{
		int64_t		scale = 1000;

		for (i++; i < to && s[i] >= '0' && s[i] <= '9'; i++)
		{
			if (++decimals > 4)
				return fail(p, i, "A rate has at most four decimals.");
			v += (s[i] - '0') * scale;
			scale /= 10;
		}
		if (decimals == 0)
			return fail(p, i, "A rate needs digits after its decimal point.");
	}
	if (digits == 0)
		return fail(p, from, "A rate is written as digits and a percent sign, like 20% or 12.5%.");
	while (i < to && is_space(s[i]))
		i++;
	if (to - i == 1 && s[i] == '%')
		i++;
	else if (to - i == strlen(PERCENT_FW) && memcmp(s + i, PERCENT_FW, to - i) == 0)
		i = to;
	else
		return fail(p, i, "A rate ends with a percent sign, like 20%.");
	if (v > TIERS_RATE_ONE)
		return fail(p, from, "A rate must be at most 100%.");
	*rate = v;
	return 1;
}

static int
parse_value(Parser *p, int kind, size_t from, size_t to, int64_t *value)
{
	if (kind == TIERS_RATE || kind == TIERS_MARGINAL)
		return parse_rate(p, from, to, value);
	return parse_amount(p, from, to, value);
}

/* One bracket: bound threshold arrow value; p->at is at the bound. */
static int
parse_bracket(Parser *p, int kind, TiersBracket *b, size_t *threshold_at)
{
	size_t		from,
				to;

	skip_space(p);
	if (accept(p, ">=") || accept(p, GE_UTF8))
		b->inclusive = 1;
	else if (accept(p, ">"))
		b->inclusive = 0;
	else
		return fail(p, p->at, "A bracket starts with >= (inclusive) or > (exclusive) and its threshold.");

	/* The threshold runs up to the arrow. */
	from = p->at;
	for (to = from; to < p->len; to++)
	{
		if (p->s[to] == ';' ||
			(p->s[to] == ',' &&
			 !(to + 1 < p->len && p->s[to + 1] >= '0' && p->s[to + 1] <= '9')))
			return fail(p, to, "A threshold is followed by -> and the bracket's value.");
		if ((p->len - to >= 2 && memcmp(p->s + to, "->", 2) == 0) ||
			(p->len - to >= strlen(ARROW_UTF8) &&
			 memcmp(p->s + to, ARROW_UTF8, strlen(ARROW_UTF8)) == 0))
			break;
	}
	if (to == p->len)
		return fail(p, to, "A threshold is followed by -> and the bracket's value.");
	*threshold_at = from;
	while (*threshold_at < to && is_space(p->s[*threshold_at]))
		(*threshold_at)++;
	if (!parse_amount(p, from, to, &b->threshold))
		return 0;
	p->at = to;
	if (!accept(p, "->"))
		accept(p, ARROW_UTF8);

	from = p->at;
	to = value_end(p, 1);
	if (!parse_value(p, kind, from, to, &b->value))
		return 0;
	p->at = to;
	b->reserved = 0;
	return 1;
}

/* The brackets of a step, rate or marginal schedule. */
static int
parse_brackets(Parser *p, TiersSchedule *t)
{
	skip_space(p);
	if (p->at == p->len || p->s[p->at] == ';')
		return fail(p, p->at, "The schedule has no brackets.");

	/* rate: 20% and marginal: 20% are one bracket from zero. */
	if ((t->kind == TIERS_RATE || t->kind == TIERS_MARGINAL) &&
		p->s[p->at] != '>' && !(p->len - p->at >= strlen(GE_UTF8) &&
								memcmp(p->s + p->at, GE_UTF8, strlen(GE_UTF8)) == 0))
	{
		size_t		to = value_end(p, 1);

		t->nbrackets = 1;
		t->b[0].threshold = 0;
		t->b[0].inclusive = 1;
		t->b[0].reserved = 0;
		if (!parse_rate(p, p->at, to, &t->b[0].value))
			return 0;
		p->at = to;
		if (p->at < p->len && p->s[p->at] == ',')
			return fail(p, p->at, "A rate without a threshold is the only bracket; write each bracket as >=threshold -> rate.");
		return 1;
	}

	for (;;)
	{
		TiersBracket *b;
		size_t		threshold_at;

		if (t->nbrackets == TIERS_MAX_BRACKETS)
			return fail(p, p->at, "A schedule has at most 64 brackets.");
		b = &t->b[t->nbrackets];
		if (!parse_bracket(p, t->kind, b, &threshold_at))
			return 0;
		if (t->nbrackets > 0)
		{
			int64_t		prev = t->b[t->nbrackets - 1].threshold;

			if (b->threshold == prev)
				return fail(p, threshold_at, "Duplicate threshold: each bracket needs its own threshold.");
			if (b->threshold < prev)
				return fail(p, threshold_at, "Thresholds must be strictly ascending.");
		}
		t->nbrackets++;
		if (p->at < p->len && p->s[p->at] == ',')
		{
			p->at++;
			continue;
		}
		return 1;
	}
}

TiersStatus
tiers_parse(const char *s, size_t len, TiersSchedule *t, const char **why,
			size_t *pos)
{
	Parser		p;
	size_t		i;
	int			found = 0;

	memset(&p, 0, sizeof(p));
	p.s = s;
	p.len = len;
	p.status = TIERS_OK;
	memset(t, 0, sizeof(*t));

	skip_space(&p);
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
	{
		if (accept(&p, kinds[i].name))
		{
			t->kind = kinds[i].kind;
			found = 1;
			break;
		}
	}
	if (!found)
	{
		fail(&p, p.at, "A schedule starts with fixed:, step:, rate: or marginal:.");
		goto done;
	}
	skip_space(&p);
	if (!accept(&p, ":"))
	{
		fail(&p, p.at, "The kind of schedule is followed by a colon.");
		goto done;
	}

	if (t->kind == TIERS_FIXED)
	{
		size_t		to = value_end(&p, 0);

		t->nbrackets = 1;
		t->b[0].threshold = 0;
		t->b[0].inclusive = 1;
		if (!parse_amount(&p, p.at, to, &t->b[0].value))
			goto done;
		p.at = to;
	}
	else if (!parse_brackets(&p, t))
		goto done;

	/* Clauses after the brackets: at most one cap. */
	while (p.at < p.len && p.s[p.at] == ';')
	{
		size_t		clause_at;
		int			word_cap;

		p.at++;
		skip_space(&p);
		clause_at = p.at;
		if (accept(&p, "cap"))
			word_cap = 1;
		else if (accept(&p, ZUIGAO_UTF8))
			word_cap = 0;
		else
		{
			fail(&p, clause_at, "Only a cap may follow the brackets, written ; cap amount.");
			goto done;
		}
		if (t->has_cap)
		{
			fail(&p, clause_at, "A schedule has at most one cap.");
			goto done;
		}
		if (word_cap && p.at < p.len && !is_space(p.s[p.at]) && p.s[p.at] != ':')
		{
			fail(&p, clause_at, "Only a cap may follow the brackets, written ; cap amount.");
			goto done;
		}
		skip_space(&p);
		accept(&p, ":");
		{
			size_t		to = value_end(&p, 0);

			if (!parse_amount(&p, p.at, to, &t->cap))
				goto done;
			p.at = to;
		}
		t->has_cap = 1;
	}
	skip_space(&p);
	if (p.at < p.len)
		fail(&p, p.at, "Unexpected text after the schedule.");

done:
	if (p.status != TIERS_OK)
	{
		if (why)
			*why = p.why;
		if (pos)
		{
			size_t		chars = 0;

			for (i = 0; i < p.errat && i < len; i++)
				if (((unsigned char) s[i] & 0xC0) != 0x80)
					chars++;
			*pos = chars + 1;
		}
	}
	return p.status;
}

const char *
tiers_check(const TiersSchedule *t)
{
	int			i;

	if (t->kind < TIERS_FIXED || t->kind > TIERS_MARGINAL)
		return "The kind of schedule is not fixed, step, rate or marginal.";
	if (t->nbrackets < 1 || t->nbrackets > TIERS_MAX_BRACKETS)
		return "A schedule has from 1 to 64 brackets.";
	if (t->kind == TIERS_FIXED &&
		(t->nbrackets != 1 || t->b[0].threshold != 0 || !t->b[0].inclusive))
		return "A fixed schedule has one bracket from zero.";
	if (t->has_cap != 0 && t->has_cap != 1)
		return "The cap flag is neither set nor clear.";
	if (t->has_cap && t->cap < 0)
		return "Amounts and thresholds must not be negative.";
	if (!t->has_cap && t->cap != 0)
		return "A schedule without a cap stores a zero cap.";
	for (i = 0; i < t->nbrackets; i++)
	{
		const TiersBracket *b = &t->b[i];

		if (b->inclusive != 0 && b->inclusive != 1)
			return "A bound is neither inclusive nor exclusive.";
		if (b->reserved != 0)
			return "A reserved field is not zero.";
		if (b->threshold < 0 || b->value < 0)
			return "Amounts, thresholds and rates must not be negative.";
		if ((t->kind == TIERS_RATE || t->kind == TIERS_MARGINAL) &&
			b->value > TIERS_RATE_ONE)
			return "A rate must be at most 100%.";
		if (i > 0 && b->threshold <= t->b[i - 1].threshold)
			return "Thresholds must be strictly ascending.";
	}
	return NULL;
}

/* Writes "digits[.fraction]" of v / unit, fraction without trailing zeros. */
static size_t
format_scaled(uint64_t v, uint64_t unit, int unit_digits, char *buf)
{
	char		tmp[24];
	size_t		n = 0,
				k = 0;
	uint64_t	whole = v / unit,
				frac = v % unit;

	do
	{
		tmp[k++] = (char) ('0' + whole % 10);
		whole /= 10;
	} while (whole > 0);
	while (k > 0)
		buf[n++] = tmp[--k];
	if (frac > 0)
	{
		int			d = unit_digits;

		while (frac % 10 == 0)
		{
			frac /= 10;
			d--;
		}
		buf[n++] = '.';
		for (k = 0; k < (size_t) d; k++)
		{
			tmp[k] = (char) ('0' + frac % 10);
			frac /= 10;
		}
		while (k > 0)
			buf[n++] = tmp[--k];
	}
	buf[n] = '\0';
	return n;
}

/*
 * The report style of cny_format_wan (500万元, 1.5亿元, 9999.99元) without
 * its 元, so thresholds that count people read as plain numbers.
 */
size_t
tiers_format_amount(int64_t fen, char *buf)
{
	char		wan[CNY_WORDS_MAX];
	size_t		n = cny_format_wan(fen, wan);
	static const char yuan[] = "\xE5\x85\x83";	/* 元 */

	if (n >= sizeof(yuan) - 1 && memcmp(wan + n - (sizeof(yuan) - 1), yuan, sizeof(yuan) - 1) == 0)
		n -= sizeof(yuan) - 1;
	memcpy(buf, wan, n);
	buf[n] = '\0';
	return n;
}

/* A rate in millionths as a percentage: 50%, 12.5%, 0.0001%. */
static size_t
format_rate(int64_t rate, char *buf)
{
	size_t		n = format_scaled((uint64_t) rate, 10000, 4, buf);

	buf[n++] = '%';
	buf[n] = '\0';
	return n;
}

static size_t
format_value(const TiersSchedule *t, int64_t value, char *buf)
{
	if (t->kind == TIERS_RATE || t->kind == TIERS_MARGINAL)
		return format_rate(value, buf);
	return tiers_format_amount(value, buf);
}

size_t
tiers_format(const TiersSchedule *t, char *buf)
{
	size_t		n = 0;
	int			i;

	for (i = 0; i < (int) (sizeof(kinds) / sizeof(kinds[0])); i++)
		if ((int) kinds[i].kind == t->kind)
		{
			n = strlen(kinds[i].name);
			memcpy(buf, kinds[i].name, n);
		}
	buf[n++] = ':';
	buf[n++] = ' ';

	if (t->kind == TIERS_FIXED ||
		((t->kind == TIERS_RATE || t->kind == TIERS_MARGINAL) &&
		 t->nbrackets == 1 && t->b[0].threshold == 0 && t->b[0].inclusive))
		n += format_value(t, t->b[0].value, buf + n);
	else
	{
		for (i = 0; i < t->nbrackets; i++)
		{
			const TiersBracket *b = &t->b[i];

			if (i > 0)
			{
				buf[n++] = ',';
				buf[n++] = ' ';
			}
			buf[n++] = '>';
			if (b->inclusive)
				buf[n++] = '=';
			n += tiers_format_amount(b->threshold, buf + n);
			memcpy(buf + n, " -> ", 4);
			n += 4;
			n += format_value(t, b->value, buf + n);
		}
	}
	if (t->has_cap)
	{
		memcpy(buf + n, "; cap ", 6);
		n += 6;
		n += tiers_format_amount(t->cap, buf + n);
	}
	buf[n] = '\0';
	return n;
}
