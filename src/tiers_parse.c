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
 * bracket from zero.  The cap clause is `; cap X` (or `; 最高 X`, `; 不超过
 * X`, `; 不高于 X`, `; 上限 X`).  What a Chinese input method types is read
 * as its ASCII counterpart: ＞ ＞＝ ≧ －＞ ： ， ； ％ ． and full-width
 * digits, and the blanks U+00A0 and U+3000; the words fixed, step, rate,
 * marginal and cap in any case.  docs/tiers.md is the reference.
 */
#include "tiers_text.h"

#include <string.h>

#include "cny_text.h"

/* UTF-8 of the non-ASCII tokens. */
#define ARROW_UTF8		"\xE2\x86\x92"	/* → */
#define GE_UTF8			"\xE2\x89\xA5"	/* ≥ */
#define GEQQ_UTF8		"\xE2\x89\xA7"	/* ≧ */
#define FW_GT			"\xEF\xBC\x9E"	/* ＞ */
#define FW_EQ			"\xEF\xBC\x9D"	/* ＝ */
#define FW_MINUS		"\xEF\xBC\x8D"	/* － */
#define MINUS_UTF8		"\xE2\x88\x92"	/* − */
#define FW_PLUS			"\xEF\xBC\x8B"	/* ＋ */
#define FW_COLON		"\xEF\xBC\x9A"	/* ： */
#define FW_COMMA		"\xEF\xBC\x8C"	/* ， */
#define FW_SEMICOLON	"\xEF\xBC\x9B"	/* ； */
#define FW_POINT		"\xEF\xBC\x8E"	/* ． */
#define FW_PERCENT		"\xEF\xBC\x85"	/* ％ */
#define FW_ZERO			"\xEF\xBC\x90"	/* ０; ９ is FW_ZERO + 9 */
#define NBSP_UTF8		"\xC2\xA0"
#define IDEOSPACE_UTF8	"\xE3\x80\x80"	/* U+3000 */

/* Each token in its spellings, as NULL-terminated lists. */
static const char *const blanks[] = {" ", "\t", "\n", "\r", "\f", "\v", NBSP_UTF8, IDEOSPACE_UTF8, NULL};
static const char *const colons[] = {":", FW_COLON, NULL};
static const char *const semicolons[] = {";", FW_SEMICOLON, NULL};
static const char *const inclusive_bounds[] = {">=", ">" FW_EQ, FW_GT "=", FW_GT FW_EQ, GE_UTF8, GEQQ_UTF8, NULL};
static const char *const exclusive_bounds[] = {">", FW_GT, NULL};
static const char *const arrows[] = {"->", "-" FW_GT, FW_MINUS ">", FW_MINUS FW_GT, ARROW_UTF8, NULL};
static const char *const percents[] = {"%", FW_PERCENT, NULL};
static const char *const fw_commas[] = {FW_COMMA, NULL};
static const char *const equals_signs[] = {"=", FW_EQ, NULL};
static const char *const points[] = {".", FW_POINT, NULL};
static const char *const minus_signs[] = {"-", FW_MINUS, MINUS_UTF8, NULL};
static const char *const plus_signs[] = {"+", FW_PLUS, NULL};

/* The cap words: cap in any case, then the policy's own words for a ceiling. */
static const char *const cap_words[] = {
	"\xE6\x9C\x80\xE9\xAB\x98",	/* 最高 */
	"\xE4\xB8\x8D\xE8\xB6\x85\xE8\xBF\x87",	/* 不超过 */
	"\xE4\xB8\x8D\xE9\xAB\x98\xE4\xBA\x8E",	/* 不高于 */
	"\xE4\xB8\x8A\xE9\x99\x90",	/* 上限 */
	NULL
};

/* How many prefixes of a bad amount are tried to find where it goes wrong. */
#define JUNK_TRIES 32

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

/* What an amount is for, which decides the message for a rate in its place. */
typedef enum AmountRole
{
	AMOUNT_THRESHOLD,
	AMOUNT_VALUE,
	AMOUNT_CAP
} AmountRole;

static int
fail(Parser *p, size_t at, const char *why)
{
	p->status = TIERS_SYNTAX;
	p->errat = at;
	p->why = why;
	return 0;
}

/* The length of the spelling in list that s[at, to) starts with, else 0. */
static size_t
token_at(const char *s, size_t at, size_t to, const char *const *list)
{
	for (; *list; list++)
	{
		size_t		n = strlen(*list);

		if (to - at >= n && memcmp(s + at, *list, n) == 0)
			return n;
	}
	return 0;
}

/* The same for a spelling that s[from, to) ends with. */
static size_t
token_before(const char *s, size_t from, size_t to, const char *const *list)
{
	for (; *list; list++)
	{
		size_t		n = strlen(*list);

		if (to - from >= n && memcmp(s + to - n, *list, n) == 0)
			return n;
	}
	return 0;
}

static size_t
next_token(const Parser *p, size_t at, const char *const *list)
{
	return token_at(p->s, at, p->len, list);
}

/* Consumes a spelling in list when the input continues with one. */
static int
accept(Parser *p, const char *const *list)
{
	size_t		n = next_token(p, p->at, list);

	p->at += n;
	return n > 0;
}

/* Consumes the ASCII word lit in any case. */
static int
accept_word(Parser *p, const char *lit)
{
	size_t		n = strlen(lit),
				i;

	if (p->len - p->at < n)
		return 0;
	for (i = 0; i < n; i++)
	{
		char		c = p->s[p->at + i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != lit[i])
			return 0;
	}
	p->at += n;
	return 1;
}

static size_t
skip_blanks(const char *s, size_t at, size_t to)
{
	size_t		n;

	while ((n = token_at(s, at, to, blanks)) > 0)
		at += n;
	return at;
}

static void
skip_space(Parser *p)
{
	p->at = skip_blanks(p->s, p->at, p->len);
}

/* Start and end of s[from, to) with blanks trimmed. */
static void
trim(const char *s, size_t *from, size_t *to)
{
	size_t		n;

	*from = skip_blanks(s, *from, *to);
	while ((n = token_before(s, *from, *to, blanks)) > 0)
		*to -= n;
}

static int
is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A ';' or '；' at i: its length, else 0. */
static size_t
semicolon_at(const Parser *p, size_t i)
{
	return next_token(p, i, semicolons);
}

/*
 * A comma that separates brackets at i: its length, else 0.  '，' always
 * does; a ',' followed by a digit is a thousands separator inside the
 * amount (1,000,000).
 */
static size_t
comma_at(const Parser *p, size_t i)
{
	if (p->s[i] == ',')
		return (i + 1 < p->len && is_ascii_digit(p->s[i + 1])) ? 0 : 1;
	return next_token(p, i, fw_commas);
}

/*
 * Where the value after an arrow (or a cap or fixed amount) ends: at a
 * semicolon, or at a comma that separates brackets.
 */
static size_t
value_end(Parser *p, int commas_end)
{
	size_t		i;

	for (i = p->at; i < p->len; i++)
		if (semicolon_at(p, i) || (commas_end && comma_at(p, i)))
			break;
	return i;
}

/*
 * Where the amount s[from, to) stops being one: after the longest prefix
 * that reads as an amount, and its blanks; from itself when none does.
 * This is the character an error about the amount points at.  An amount
 * ends with an ASCII digit or a character that is not ASCII (万, 元, 整, a
 * full-width digit), so only those ends are tried, the last
 * JUNK_TRIES of them, which keeps a long bad literal cheap.
 */
static size_t
amount_junk(const char *s, size_t from, size_t to)
{
	size_t		i;
	int			tries = 0;
	int64_t		fen;

	for (i = to; i > from && tries < JUNK_TRIES; i--)
	{
		unsigned char last = (unsigned char) s[i - 1];

		if (i < to && ((unsigned char) s[i] & 0xC0) == 0x80)
			continue;			/* inside a character */
		if (last < 0x80 && !is_ascii_digit((char) last))
			continue;
		tries++;
		if (cny_parse(s + from, i - from, &fen, NULL) == CNY_OK)
			return skip_blanks(s, i, to);
	}
	return from;
}

/* An amount in s[from, to): non-negative fen. */
static int
parse_amount(Parser *p, AmountRole role, size_t from, size_t to, int64_t *fen)
{
	CnyStatus	st;
	const char *why = NULL;
	size_t		junk;

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
	{
		junk = amount_junk(p->s, from, to);
		if (token_at(p->s, junk, to, percents))
			return fail(p, junk,
						role == AMOUNT_THRESHOLD ? "A threshold is an amount or a count, not a rate." :
						role == AMOUNT_CAP ? "A cap is an amount, not a rate." :
						"Step and fixed schedules pay amounts, not rates; a rate belongs in a rate: or marginal: schedule.");
		return fail(p, junk, why ? why : "The amount is not a valid amount.");
	}
	if (*fen < 0)
		return fail(p, from, "Amounts and thresholds must not be negative.");
	return 1;
}

/* A digit 0-9 or ０-９ at s[i, to): its length, with its value in *d. */
static size_t
digit_at(const char *s, size_t i, size_t to, int *d)
{
	if (i < to && is_ascii_digit(s[i]))
	{
		*d = s[i] - '0';
		return 1;
	}
	if (to - i >= 3 && memcmp(s + i, FW_ZERO, 2) == 0 &&
		(unsigned char) s[i + 2] >= 0x90 && (unsigned char) s[i + 2] <= 0x99)
	{
		*d = (unsigned char) s[i + 2] - 0x90;
		return 3;
	}
	return 0;
}

/* A percentage in s[from, to): digits, up to 4 decimals, '%'. */
static int
parse_rate(Parser *p, size_t from, size_t to, int64_t *rate)
{
	const char *s = p->s;
	int64_t		v = 0;
	int			digits = 0,
				decimals = 0,
				d;
	size_t		i,
				n;

	trim(s, &from, &to);
	i = from;
	if (token_at(s, i, to, minus_signs))
		return fail(p, i, "Rates must not be negative.");
	if (token_at(s, i, to, plus_signs))
		return fail(p, i, "A rate is written as digits and a percent sign, like 20% or 12.5%.");
	for (; (n = digit_at(s, i, to, &d)) > 0; i += n)
	{
		if (v > 100)
			return fail(p, from, "A rate must be at most 100%.");
		v = v * 10 + d;
		digits++;
	}
	v *= 10000;
	if ((n = token_at(s, i, to, points)) > 0)
	{
		int64_t		scale = 1000;

		for (i += n; (n = digit_at(s, i, to, &d)) > 0; i += n)
		{
			if (++decimals > 4)
				return fail(p, i, "A rate has at most four decimals.");
			v += d * scale;
			scale /= 10;
		}
		if (decimals == 0)
			return fail(p, i, "A rate needs digits after its decimal point.");
	}
	if (digits == 0)
		return fail(p, from, "A rate is written as digits and a percent sign, like 20% or 12.5%.");
	i = skip_blanks(s, i, to);
	if ((n = token_at(s, i, to, percents)) == 0)
		return fail(p, i, "A rate ends with a percent sign, like 20%.");
	if (i + n < to)
		return fail(p, skip_blanks(s, i + n, to), "The rate is followed by other text.");
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
	return parse_amount(p, AMOUNT_VALUE, from, to, value);
}

/* The bound at p->at: 1 inclusive, 0 exclusive, -1 none; consumed. */
static int
accept_bound(Parser *p)
{
	if (accept(p, inclusive_bounds))
		return 1;
	if (accept(p, exclusive_bounds))
		return 0;
	return -1;
}

/* One bracket: bound threshold arrow value; p->at is at the bound. */
static int
parse_bracket(Parser *p, int kind, TiersBracket *b, size_t *threshold_at)
{
	size_t		from,
				to,
				n = 0;

	skip_space(p);
	b->inclusive = accept_bound(p);
	if (b->inclusive < 0)
		return fail(p, p->at, "A bracket starts with >= (inclusive) or > (exclusive) and its threshold.");
	if (!b->inclusive &&
		token_at(p->s, skip_blanks(p->s, p->at, p->len), p->len, equals_signs))
		return fail(p, p->at, "An inclusive bound is written >=, with nothing between > and =.");

	/* The threshold runs up to the arrow. */
	from = p->at;
	for (to = from; to < p->len; to++)
		if (semicolon_at(p, to) || comma_at(p, to) ||
			(n = next_token(p, to, arrows)) > 0)
			break;
	*threshold_at = skip_blanks(p->s, from, to);
	if (n == 0)
		return fail(p, amount_junk(p->s, *threshold_at, to),
					"A threshold is followed by -> and the bracket's value.");
	if (!parse_amount(p, AMOUNT_THRESHOLD, from, to, &b->threshold))
		return 0;
	p->at = to + n;

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
	if (p->at == p->len || semicolon_at(p, p->at))
		return fail(p, p->at, "The schedule has no brackets.");

	/* rate: 20% and marginal: 20% are one bracket from zero. */
	if ((t->kind == TIERS_RATE || t->kind == TIERS_MARGINAL) &&
		!next_token(p, p->at, inclusive_bounds) && !next_token(p, p->at, exclusive_bounds))
	{
		size_t		to = value_end(p, 1);

		t->nbrackets = 1;
		t->b[0].threshold = 0;
		t->b[0].inclusive = 1;
		t->b[0].reserved = 0;
		if (!parse_rate(p, p->at, to, &t->b[0].value))
			return 0;
		p->at = to;
		if (p->at < p->len && comma_at(p, p->at))
			return fail(p, p->at, "A rate without a threshold is the only bracket; write each bracket as >=threshold -> rate.");
		return 1;
	}

	for (;;)
	{
		TiersBracket *b;
		size_t		threshold_at,
					n;

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
		if (p->at < p->len && (n = comma_at(p, p->at)) > 0)
		{
			p->at += n;
			continue;
		}
		return 1;
	}
}

/*
 * A cap word at p->at, consumed.  cap, a word of letters, must end there;
 * the Chinese words may run into the amount (最高500万).
 */
static int
accept_cap_word(Parser *p)
{
	size_t		at = p->at;

	if (accept_word(p, "cap"))
	{
		if (p->at == p->len || next_token(p, p->at, blanks) || next_token(p, p->at, colons))
			return 1;
		p->at = at;
		return 0;
	}
	return accept(p, cap_words);
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
		if (accept_word(&p, kinds[i].name))
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
	if (!accept(&p, colons))
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
		if (!parse_amount(&p, AMOUNT_VALUE, p.at, to, &t->b[0].value))
			goto done;
		p.at = to;
	}
	else if (!parse_brackets(&p, t))
		goto done;

	/* Clauses after the brackets: at most one cap. */
	while (p.at < p.len && accept(&p, semicolons))
	{
		size_t		clause_at,
					to;

		skip_space(&p);
		clause_at = p.at;
		if (!accept_cap_word(&p))
		{
			fail(&p, clause_at, "Only a cap may follow the brackets, written ; cap amount.");
			goto done;
		}
		if (t->has_cap)
		{
			fail(&p, clause_at, "A schedule has at most one cap.");
			goto done;
		}
		skip_space(&p);
		accept(&p, colons);
		to = value_end(&p, 0);
		if (!parse_amount(&p, AMOUNT_CAP, p.at, to, &t->cap))
			goto done;
		p.at = to;
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
