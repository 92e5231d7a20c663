/*
 * cny_parse.c
 *    Reads a CNY amount written the ways documents and vouchers write it.
 *
 * Plain C with no backend calls (see cny_text.h).  Text that is plain ASCII,
 * or whose other characters are all the parser's own (元, 万, 伍 …, already
 * NFKC), is parsed as it is, so COPY never reaches ICU for such amounts.
 * Other text is first brought to NFKC by ICU, which turns full-width digits
 * and punctuation, ￥ and the ideographic space into ASCII (or ¥).
 *
 * After blanks, an optional sign and an optional currency mark, the grammar
 * is
 *
 *     amount := [int [元]] [零] [D 角] [D 分] [整]
 *     int    := L3
 *     Lk     := L(k-1) [unit_k [零] [L(k-1)]]     unit: 万, 亿, 亿亿
 *     L0     := Arabic number [十 | 百 | 千] | Chinese numeral below 一万
 *
 * so 一千五百万, 1亿5000万, 2万亿 (= 2万 × 亿) and the daxie of any int64
 * amount (玖亿亿贰仟贰佰叁拾叁万…) all read the same way.  Only the last
 * number may carry a decimal fraction (1.5亿, 1亿0.5万, not 1.5亿3000万).
 * An Arabic number before 十/百/千 has one digit 1-9 before its point
 * (5千万, 1.5千万, not 15百), and is then treated as a Chinese numeral.
 * Blanks may also follow the sign and the currency mark and precede 万, 亿,
 * 元, 角 and 分 (500 万元, as the policy text writes it), never elsewhere.
 *
 * 零 follows the People's Bank of China writing rules: a run of zero digits
 * between two written Chinese digits is written as one 零, except that it
 * may be left out when the run covers the place of 万, 亿 or 元 and the next
 * digit is right below it (壹拾万柒仟元, 壹仟陆佰捌拾元叁角贰分).  A missing
 * 零 elsewhere (一千五, which speech reads as 1500) is refused rather than
 * guessed.  Arabic digits write every place they span, but after 万 or 亿 a
 * bare Arabic number (one with no unit of its own) must span every place
 * below the unit or follow a 零: 1万5 is 15000 in speech and 10005 by its
 * places, so it is refused; 1万5000, 1万0005, 1万零5 and 1亿500万 are read.
 *
 * Values are kept exactly, as __int128 counts of 1e-20 yuan: a nonzero digit
 * past the 20th decimal is below a fen even after the largest unit (亿亿),
 * and 2^127 units is more than the int64 range of fen.
 *
 * The why sentences are ASCII so that they read right in any server
 * encoding; Chinese characters are named in pinyin.
 */
#include <stdbool.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "cny_text.h"

typedef __int128 i128;

#define FRAC_DIGITS		20		/* decimals of a yuan kept while parsing */
#define FEN_DIGITS		18		/* FRAC_DIGITS - 2: one fen */
#define NO_UNIT			(-100)	/* check_zero: no 万/亿/元 between the digits */

/* Non-ASCII text longer than this is refused; it sizes the stack buffers. */
#define UNICODE_MAX_BYTES	256
/* NFKC can grow text; ICU reports overflow rather than writing past this. */
#define NFKC_MAX_UNITS		(4 * UNICODE_MAX_BYTES)

static const char W_EMPTY[] = "The text is empty or blank.";
static const char W_LONG[] = "Text that is not plain ASCII is limited to 256 bytes.";
static const char W_UTF8[] = "The text is not valid UTF-8.";
static const char W_COMPAT[] = "The text contains a superscript, circled, fraction or other compatibility character.";
static const char W_NODIGITS[] = "The text has no digits.";
static const char W_JUNK[] = "The text contains characters that are not part of an amount.";
static const char W_TRAIL[] = "The amount is followed by other text.";
static const char W_BLANK[] = "A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.";
static const char W_SPACE[] = "The text contains a space other than the ASCII blanks, U+3000 or the no-break space.";
static const char W_SIGNS[] = "An amount has at most one sign.";
static const char W_GROUP[] = "Thousands separators must separate groups of exactly three digits.";
static const char W_SUBFEN[] = "The amount has a fraction of a fen (0.01 yuan); it is not rounded.";
static const char W_FRACLAST[] = "Only the last number in an amount may have a decimal fraction.";
static const char W_LONEUNIT[] = "A unit (wan, yi, yuan, jiao or fen) needs a number before it.";
static const char W_ORDER[] = "The units shi, bai and qian must decrease from left to right.";
static const char W_TWODIGITS[] = "Two Chinese numerals follow each other without a unit between them.";
static const char W_BARE[] = "The units bai and qian need a numeral before them.";
static const char W_SMALLDIGIT[] = "Before shi, bai or qian an Arabic number has one digit from 1 to 9 before its point, as in 5qian or 1.5qian; write 1500, not 15bai.";
static const char W_SMALLEND[] = "An Arabic number with shi, bai or qian ends there (5qian, 5qian wan); write 5500 or 5005 in digits, not 5qian5 or 5qian5bai.";
static const char W_NEEDZERO[] = "A run of zero digits between Chinese numerals must be written as ling.";
static const char W_FILL[] = "Arabic digits right after wan or yi must write every place below the unit, as in 1wan0002.5, or follow a ling, as in 1wan ling 2.5.";
static const char W_RESTWIDE[] = "Arabic digits right after wan or yi write at most the places below the unit: 4 after wan, 8 after yi.";
static const char W_EXTRAZERO[] = "A ling stands where no digit is zero.";
static const char W_ZEROEND[] = "A ling must be followed by a numeral.";
static const char W_LEADZERO[] = "A Chinese numeral does not start with ling.";
static const char W_RESTBIG[] = "The number after a unit wan or yi must be smaller than that unit.";
static const char W_NEEDYUAN[] = "Jiao and fen after an integer need yuan between them.";
static const char W_ZHENG[] = "Zheng may only follow yuan or jiao.";
/* An ambiguous form, when the caller asked for no sentence of its own. */
static const char W_AMBIGUOUS[] = "The amount can be read two ways.";

typedef enum TokKind
{
	T_END,
	T_OTHER,
	T_NUMERAL,		/* val: 0-9 (零 〇 一 壹 两 …) */
	T_SMALL,		/* val: power of ten, 1-3 (十 百 千 and 拾 佰 仟) */
	T_BIG,			/* val: power of ten, 4, 8 or 16 (万, 亿, 亿亿) */
	T_YUAN,
	T_JIAO,
	T_FEN,
	T_ZHENG,
	T_SIGN,			/* val: +1 or -1 */
	T_CURRENCY,		/* ¥, 人民币 */
	T_BLANK
} TokKind;

typedef struct Tok
{
	TokKind		kind;
	int			val;
	int			len;		/* bytes */
} Tok;

typedef struct Word
{
	UChar32		cp;
	TokKind		kind;
	int			val;
} Word;

/* Simplified and traditional forms; full-width forms arrive as ASCII. */
static const Word words[] = {
	{0x96F6, T_NUMERAL, 0}, {0x3007, T_NUMERAL, 0},
	{0x4E00, T_NUMERAL, 1}, {0x58F9, T_NUMERAL, 1},
	{0x4E8C, T_NUMERAL, 2}, {0x4E24, T_NUMERAL, 2}, {0x5169, T_NUMERAL, 2},
	{0x8D30, T_NUMERAL, 2}, {0x8CB3, T_NUMERAL, 2},
	{0x4E09, T_NUMERAL, 3}, {0x53C1, T_NUMERAL, 3}, {0x53C3, T_NUMERAL, 3},
	{0x56DB, T_NUMERAL, 4}, {0x8086, T_NUMERAL, 4},
	{0x4E94, T_NUMERAL, 5}, {0x4F0D, T_NUMERAL, 5},
	{0x516D, T_NUMERAL, 6}, {0x9646, T_NUMERAL, 6}, {0x9678, T_NUMERAL, 6},
	{0x4E03, T_NUMERAL, 7}, {0x67D2, T_NUMERAL, 7},
	{0x516B, T_NUMERAL, 8}, {0x634C, T_NUMERAL, 8},
	{0x4E5D, T_NUMERAL, 9}, {0x7396, T_NUMERAL, 9},
	{0x5341, T_SMALL, 1}, {0x62FE, T_SMALL, 1},
	{0x767E, T_SMALL, 2}, {0x4F70, T_SMALL, 2},
	{0x5343, T_SMALL, 3}, {0x4EDF, T_SMALL, 3},
	{0x4E07, T_BIG, 4}, {0x842C, T_BIG, 4},
	{0x4EBF, T_BIG, 8}, {0x5104, T_BIG, 8},
	{0x5143, T_YUAN, 0}, {0x5706, T_YUAN, 0}, {0x5713, T_YUAN, 0},
	{0x89D2, T_JIAO, 0}, {0x5206, T_FEN, 0},
	{0x6574, T_ZHENG, 0}, {0x6B63, T_ZHENG, 0},
	{0x8D1F, T_SIGN, -1}, {0x8CA0, T_SIGN, -1}, {0x2212, T_SIGN, -1},
	{0x00A5, T_CURRENCY, 0}, {0xFFE5, T_CURRENCY, 0},
};

typedef struct Parser
{
	const unsigned char *start;
	const unsigned char *p;
	const unsigned char *end;
	const char *why;			/* the first syntax error, or NULL */
	bool		quiet;			/* the caller wants no sentence built */
	bool		range;			/* a value overflowed: out of range */
	bool		subfen;			/* a nonzero digit past FRAC_DIGITS */
	bool		fraction_seen;	/* a number with a decimal point was read */
	const unsigned char *peeked_at;	/* the grammar looks at a token */
	Tok			peeked;			/* several times: the last one read */
} Parser;

/* A number read so far, with the places its first and last digits hold. */
typedef struct Num
{
	bool		present;
	bool		arabic;			/* Arabic digits: every place they span written */
	bool		has_unit;		/* a 万/亿 names places of it (500万, 5万3000) */
	int			top;			/* power of ten of the leading digit */
	int			lead;			/* of the first digit written, leading 0s too */
	int			low;			/* power of ten of the last written digit */
	i128		v;				/* in units of 1e-20 yuan */
} Num;

/* Powers of ten up to 10^38, the most an i128 holds. */
#define E19 ((i128) 10000000000000000000ULL)
static const i128 pow10_table[39] = {
	1, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
	100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
	1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
	1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
	1000000000000000000ULL, 10000000000000000000ULL, E19 * 10ULL,
	E19 * 100ULL, E19 * 1000ULL, E19 * 10000ULL, E19 * 100000ULL,
	E19 * 1000000ULL, E19 * 10000000ULL, E19 * 100000000ULL,
	E19 * 1000000000ULL, E19 * 10000000000ULL, E19 * 100000000000ULL,
	E19 * 1000000000000ULL, E19 * 10000000000000ULL,
	E19 * 100000000000000ULL, E19 * 1000000000000000ULL,
	E19 * 10000000000000000ULL, E19 * 100000000000000000ULL,
	E19 * 1000000000000000000ULL, E19 * 10000000000000000000ULL
};

static i128
pow10_i128(int n)
{
	return pow10_table[n];
}

static bool
fail(Parser *ps, const char *why)
{
	if (ps->why == NULL)
		ps->why = why;
	return false;
}

/* Overflow marks the amount out of range; parsing goes on for syntax. */
static i128
checked(Parser *ps, bool overflowed, i128 r)
{
	if (overflowed)
		ps->range = true;
	return overflowed ? 0 : r;
}

static i128
mul_checked(Parser *ps, i128 a, i128 b)
{
	i128		r;
	bool		overflowed = __builtin_mul_overflow(a, b, &r);

	return checked(ps, overflowed, r);
}

static i128
add_checked(Parser *ps, i128 a, i128 b)
{
	i128		r;
	bool		overflowed = __builtin_add_overflow(a, b, &r);

	return checked(ps, overflowed, r);
}

static bool
is_digit(const unsigned char *p, const unsigned char *end)
{
	return p < end && *p >= '0' && *p <= '9';
}

/* The kind of a non-ASCII character, T_OTHER when it is not in words[]. */
static Tok
lookup_word(UChar32 cp)
{
	Tok			t = {T_OTHER, 0, 0};
	size_t		i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		if (words[i].cp == cp)
		{
			t.kind = words[i].kind;
			t.val = words[i].val;
			break;
		}
	}
	return t;
}

static Tok
word_at(const unsigned char *p, const unsigned char *end)
{
	Tok			t = {T_OTHER, 0, 0};
	int32_t		n = 0;
	UChar32		cp;

	/* valid UTF-8 here (checked by ICU or only_known_words) */
	U8_NEXT(p, n, end - p > 4 ? 4 : (int32_t) (end - p), cp);
	if (cp >= 0x80)
		t = lookup_word(cp);
	else if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
		t.kind = T_BLANK;
	else if (cp == '+' || cp == '-')
	{
		t.kind = T_SIGN;
		t.val = cp == '-' ? -1 : 1;
	}
	t.len = n;
	return t;
}

static Tok
read_token(const Parser *ps, const unsigned char *p)
{
	Tok			t,
				u;

	if (p >= ps->end)
	{
		t.kind = T_END;
		t.val = t.len = 0;
		return t;
	}
	t = word_at(p, ps->end);
	if (t.kind == T_BIG && t.val == 8 && p + t.len < ps->end)
	{
		u = word_at(p + t.len, ps->end);
		if (u.kind == T_BIG && u.val == 8)
		{
			t.val = 16;
			t.len += u.len;
		}
	}
	/* 人民币 and 人民幣 */
	if (t.kind == T_OTHER && ps->end - p >= 9 &&
		(memcmp(p, "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81", 9) == 0 ||
		 memcmp(p, "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB9\xA3", 9) == 0))
	{
		t.kind = T_CURRENCY;
		t.len = 9;
	}
	return t;
}

/* One token at p; 亿亿 and 人民币 are single tokens. */
static Tok
peek(Parser *ps, const unsigned char *p)
{
	if (ps->peeked_at != p)
	{
		ps->peeked = read_token(ps, p);
		ps->peeked_at = p;
	}
	return ps->peeked;
}

static void
skip_blanks(Parser *ps)
{
	Tok			t;

	while ((t = peek(ps, ps->p)).kind == T_BLANK)
		ps->p += t.len;
}

/* The first token from *p on that is not a blank; *p moves to it. */
static Tok
peek_past_blanks(Parser *ps, const unsigned char **p)
{
	Tok			t;

	while ((t = peek(ps, *p)).kind == T_BLANK)
		*p += t.len;
	return t;
}

static bool
is_unit(TokKind k)
{
	return k == T_BIG || k == T_YUAN || k == T_JIAO || k == T_FEN;
}

/* Whether 万 or 亿 ends right before p (UTF-8 makes p - 3 a boundary then). */
static bool
follows_big_unit(const Parser *ps, const unsigned char *p)
{
	return p - ps->start >= 3 && word_at(p - 3, p).kind == T_BIG;
}

/*
 * Blanks may stand between a number and its unit, as the policy text
 * writes 500 万元: they are skipped only when a unit follows them.  Not
 * between 万 and 亿, which would make 1亿 亿亿 differ from 1亿亿亿.
 */
static void
skip_blanks_before_unit(Parser *ps)
{
	const unsigned char *p = ps->p;
	TokKind		k = peek_past_blanks(ps, &p).kind;

	if (is_unit(k) && !(k == T_BIG && follows_big_unit(ps, ps->p)))
		ps->p = p;
}

/*
 * 零 between a digit at place left_low and the next at place rest_top, with
 * the unit 万/亿/元 at place unit between them (or NO_UNIT): required for a
 * gap, wrong without one, optional where the PBoC rules allow leaving it out.
 */
static bool
check_zero(Parser *ps, int left_low, int rest_top, int unit, bool zero)
{
	int			gap = left_low - rest_top - 1;
	bool		optional = unit != NO_UNIT && left_low > unit &&
		rest_top == unit - 1;

	if (gap == 0 && zero)
		return fail(ps, W_EXTRAZERO);
	if (gap > 0 && !zero && !optional)
		return fail(ps, W_NEEDZERO);
	return true;
}

/*
 * The detail for an ambiguous form names both readings, which takes a
 * sentence built for the input; it stays valid until the next parse that
 * asks for a sentence (a caller that passes no why, trying prefixes of an
 * amount, leaves it alone).
 */
static char ambiguous_detail[256];

static const char *const digit_pinyin[10] = {
	"ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"
};

/* The name of place p (0-16) in pinyin: shi, bai, qian, wan, shi wan ... */
static char *
put_place(char *b, int p)
{
	static const char *const small[4] = {"", "shi", "bai", "qian"};
	static const char *const section[5] = {"", "wan", "yi", "wan yi", "yi yi"};

	b = cny_put(b, small[p % 4]);
	if (p % 4 != 0 && p >= 4)
		*b++ = ' ';
	return cny_put(b, section[p / 4]);
}

/* v in decimal, padded with zeros to width digits on the left or the right. */
static char *
put_padded(char *b, uint64_t v, int width, bool zeros_left)
{
	char		digits[20];
	int			n = (int) (cny_put_u64(digits, v) - digits);

	for (width -= n; zeros_left && width > 0; width--)
		*b++ = '0';
	memcpy(b, digits, n);
	for (b += n; width > 0; width--)
		*b++ = '0';
	return b;
}

/* The strings of parts, up to a NULL, one after the other in the detail. */
static const char *
detail_of(const char *const *parts)
{
	char	   *b = ambiguous_detail;

	for (; *parts; parts++)
		b = cny_put(b, *parts);
	*b = '\0';
	return ambiguous_detail;
}

/*
 * A numeral d right after the unit at place unit with the places between
 * empty and no 零 (一万五, 三百五): speech reads it one place below the unit.
 */
static bool
fail_ambiguous_numeral(Parser *ps, int unit, int d)
{
	char		u[16],
				below[16];
	const char *w = digit_pinyin[d];
	const char *const parts[] = {
		"The last numeral is ambiguous: \"", u, " ", w, "\" can be read as ",
		u, " ", w, " ", below, " (as in speech) or as ", u, " ling ", w,
		"; write one of those.", NULL
	};

	if (ps->why)
		return false;			/* keep the first error's sentence */
	if (ps->quiet)
		return fail(ps, W_AMBIGUOUS);
	*put_place(u, unit) = '\0';
	*put_place(below, unit - 1) = '\0';
	return fail(ps, detail_of(parts));
}

/*
 * Whole Arabic digits v right after the unit at place e that leave its
 * higher places unwritten (1万5): said aloud they start right below the
 * unit (15000), by their places they end at the yuan (10005).
 */
static bool
fail_ambiguous_digits(Parser *ps, int e, uint64_t v)
{
	char		u[16],
				digits[24],
				aloud[24],
				places[24];
	const char *const parts[] = {
		"The digits after the unit are ambiguous: \"", u, " ", digits,
		"\" can be read as ", u, " ", aloud, " or as ", u, " ", places,
		" (", u, " ling ", digits, "); write one of those.", NULL
	};

	if (ps->why)
		return false;
	if (ps->quiet)
		return fail(ps, W_AMBIGUOUS);
	*put_place(u, e) = '\0';
	*cny_put_u64(digits, v) = '\0';
	*put_padded(aloud, v, e, false) = '\0';
	*put_padded(places, v, e, true) = '\0';
	return fail(ps, detail_of(parts));
}

/* Digits, optionally grouped by commas, and an optional decimal fraction. */
static bool
parse_arabic(Parser *ps, Num *n)
{
	const unsigned char *p = ps->p;
	i128		ip = 0,
				fv = 0;
	int			sig = 0,
				ndigits = 0,
				group = 0,
				nfrac = 0;
	bool		grouped = false;

	for (; p < ps->end; p++)
	{
		if (is_digit(p, ps->end))
		{
			if (sig > 0 || *p != '0')
				sig++;
			ip = add_checked(ps, mul_checked(ps, ip, 10), *p - '0');
			ndigits++;
			group++;
		}
		else if (*p == ',' && is_digit(p + 1, ps->end))
		{
			if (grouped ? group != 3 : group > 3)
				return fail(ps, W_GROUP);
			grouped = true;
			group = 0;
		}
		else
			break;
	}
	if (grouped && group != 3)
		return fail(ps, W_GROUP);
	if (p < ps->end && *p == '.')
	{
		ps->fraction_seen = true;
		for (p++; is_digit(p, ps->end); p++, nfrac++)
		{
			if (nfrac < FRAC_DIGITS)
				fv += (i128) (*p - '0') * pow10_i128(FRAC_DIGITS - 1 - nfrac);
			else if (*p != '0')
				ps->subfen = true;
		}
	}
	ps->p = p;
	n->present = true;
	n->arabic = true;
	n->top = sig - 1;
	n->lead = ndigits - 1;
	n->low = -nfrac;
	n->v = add_checked(ps, mul_checked(ps, ip, pow10_i128(FRAC_DIGITS)), fv);
	return true;
}

/*
 * A Chinese numeral below 一万: digits with 千/百/十, one 零 per run of zeros,
 * 十 alone for 一十.  A digit right before 角 or 分 is left for the caller.
 */
static bool
parse_chinese(Parser *ps, Num *n)
{
	int			last = 4;		/* place of the previous digit; 4: none yet */
	bool		zero = false;
	int			value = 0;

	for (;;)
	{
		Tok			t = peek(ps, ps->p);
		const unsigned char *q = ps->p + t.len;
		int			d,
					place;

		if (t.kind == T_NUMERAL && t.val == 0)
		{
			if (last == 4)
				break;
			if (zero)
				return fail(ps, W_EXTRAZERO);
			zero = true;
			ps->p = q;
			continue;
		}
		if (t.kind == T_NUMERAL)
		{
			const unsigned char *r = q;
			TokKind		after = peek_past_blanks(ps, &r).kind;
			Tok			u = peek(ps, q);

			if (after == T_JIAO || after == T_FEN)
				break;
			d = t.val;
			place = u.kind == T_SMALL ? u.val : 0;
			if (u.kind == T_SMALL)
				q += u.len;
		}
		else if (t.kind == T_SMALL)
		{
			/* 十 alone is 一十; 百 and 千 need their digit */
			d = 1;
			place = t.val;
			if (place > 1 && place < last)
				return fail(ps, W_BARE);
		}
		else
			break;
		if (place >= last)
			return fail(ps, last == 0 ? W_TWODIGITS : W_ORDER);
		if (last < 4 && place == 0 && last > 1 && !zero)
			return fail_ambiguous_numeral(ps, last, d);
		if (last < 4 && !check_zero(ps, last, place, NO_UNIT, zero))
			return false;
		if (last == 4)
			n->top = place;
		value += d * (int) pow10_i128(place);
		last = place;
		zero = false;
		ps->p = q;
	}
	if (zero)
		return fail(ps, W_ZEROEND);
	if (last == 4)
		return true;
	n->present = true;
	n->arabic = false;
	n->lead = n->top;
	n->low = last;
	n->v = (i128) value * pow10_i128(FRAC_DIGITS);
	return true;
}

/*
 * 十, 百 or 千 after an Arabic number, as reports write 5千万 and 1.5千万:
 * one digit 1-9 before the point, so the number stays below 一万, and no
 * more digits after the unit, whose places would be ambiguous (5千5).
 * From here on the number follows the 零 rules of Chinese numerals.
 */
static bool
parse_small_unit(Parser *ps, Num *n)
{
	Tok			t = peek(ps, ps->p);
	Tok			u;

	if (n->lead != 0 || n->top != 0)
		return fail(ps, W_SMALLDIGIT);
	ps->p += t.len;
	u = peek(ps, ps->p);
	if (u.kind == T_NUMERAL || u.kind == T_SMALL || is_digit(ps->p, ps->end) ||
		(ps->p < ps->end && *ps->p == '.'))
		return fail(ps, W_SMALLEND);
	n->v = mul_checked(ps, n->v, pow10_i128(t.val));
	n->arabic = false;
	n->top = n->lead = t.val;
	n->low += t.val;
	return true;
}

static bool
parse_l0(Parser *ps, Num *n)
{
	bool		after_fraction = ps->fraction_seen;

	memset(n, 0, sizeof(*n));
	if (is_digit(ps->p, ps->end) ||
		(ps->p < ps->end && *ps->p == '.' && is_digit(ps->p + 1, ps->end)))
	{
		if (!parse_arabic(ps, n))
			return false;
		if (peek(ps, ps->p).kind == T_SMALL && !parse_small_unit(ps, n))
			return false;
	}
	else if (!parse_chinese(ps, n))
		return false;
	if (n->present && after_fraction)
		return fail(ps, W_FRACLAST);
	return true;
}

/*
 * The number after the unit at place e, where the number before it ends at
 * place left_low, and zero when a 零 stands between.  Chinese numerals keep
 * the 零 rules.  Arabic digits write the places they span, so a 零 must
 * stand for places they leave empty; and a bare Arabic number must span
 * every place below the unit when no 零 comes first.
 */
static bool
check_rest(Parser *ps, int left_low, const Num *rest, int e, bool zero)
{
	if (rest->top >= e)
		return fail(ps, W_RESTBIG);
	if (!rest->arabic)
	{
		if (!zero && !rest->has_unit && rest->top == 0 && rest->low == 0)
			return fail_ambiguous_numeral(ps, e, (int) (rest->v / pow10_i128(FRAC_DIGITS)));
		return check_zero(ps, left_low, rest->top, e, zero);
	}
	if (rest->lead >= e)
		return fail(ps, W_RESTWIDE);
	if (zero && rest->lead == left_low - 1)
		return fail(ps, W_EXTRAZERO);
	if (zero || rest->has_unit || rest->lead == e - 1)
		return true;
	if (rest->low < 0 || rest->v == 0)
		return fail(ps, W_FILL);
	return fail_ambiguous_digits(ps, e, (uint64_t) (rest->v / pow10_i128(FRAC_DIGITS)));
}

/* Level k of the grammar: a number below unit k+1 (万, 亿, 亿亿, beyond). */
static bool
parse_level(Parser *ps, int k, Num *n)
{
	static const int unit_place[] = {0, 4, 8, 16};
	int			e = unit_place[k];
	bool		zero = false;
	Num			rest;
	Tok			t;

	if (!(k == 1 ? parse_l0(ps, n) : parse_level(ps, k - 1, n)))
		return false;
	skip_blanks_before_unit(ps);
	t = peek(ps, ps->p);
	if (t.kind != T_BIG || t.val != e)
		return true;
	if (!n->present)
		return fail(ps, W_LONEUNIT);
	ps->p += t.len;
	n->v = mul_checked(ps, n->v, pow10_i128(e));
	n->top += e;
	n->lead += e;
	n->low += e;
	n->has_unit = true;
	t = peek(ps, ps->p);
	if (t.kind == T_NUMERAL && t.val == 0)
	{
		zero = true;
		ps->p += t.len;
	}
	if (!(k == 1 ? parse_l0(ps, &rest) : parse_level(ps, k - 1, &rest)))
		return false;
	if (!rest.present)
		return zero ? fail(ps, W_ZEROEND) : true;
	if (!check_rest(ps, n->low, &rest, e, zero))
		return false;
	n->v = add_checked(ps, n->v, rest.v);
	n->low = rest.low;
	return true;
}

/* A numeral 1-9 followed by the token kind unit (角 or 分), or 0. */
static int
money_digit(Parser *ps, TokKind unit)
{
	Tok			t = peek(ps, ps->p);
	const unsigned char *q = ps->p + t.len;
	Tok			u;

	if (t.kind != T_NUMERAL || t.val == 0)
		return 0;
	u = peek_past_blanks(ps, &q);
	if (u.kind != unit)
		return 0;
	ps->p = q + u.len;
	return t.val;
}

static bool
take_zero(Parser *ps)
{
	Tok			t = peek(ps, ps->p);

	if (t.kind != T_NUMERAL || t.val != 0)
		return false;
	ps->p += t.len;
	return true;
}

/*
 * [零] [D 角] [零] [D 分] after the integer part; *last gets T_JIAO or
 * T_FEN when one was read.
 */
static bool
parse_jiao_fen(Parser *ps, Num *n, bool yuan, TokKind *last)
{
	bool		zero = take_zero(ps);
	int			jiao = money_digit(ps, T_JIAO);
	bool		zero2 = jiao > 0 && take_zero(ps);
	int			fen = money_digit(ps, T_FEN);

	if (jiao == 0 && fen == 0)
		return zero ? fail(ps, W_ZEROEND) : true;
	if (zero2 && fen == 0)
		return fail(ps, W_ZEROEND);
	if (ps->fraction_seen)
		return fail(ps, W_FRACLAST);
	if (n->present && !yuan)
		return fail(ps, W_NEEDYUAN);
	/* 零元伍分 or 0元5分: no digit before 元 to need a 零 after it */
	if (n->present && n->v != 0 && !n->arabic &&
		!check_zero(ps, n->low, jiao ? -1 : -2, 0, zero))
		return false;
	if (jiao && fen && !check_zero(ps, -1, -2, NO_UNIT, zero2))
		return false;
	n->v = add_checked(ps, n->v, (i128) jiao * pow10_i128(FRAC_DIGITS - 1) +
					   (i128) fen * pow10_i128(FRAC_DIGITS - 2));
	n->present = true;
	*last = fen ? T_FEN : T_JIAO;
	return true;
}

/* Sign and currency mark, in either order, at most one of each, each
 * perhaps followed by blanks. */
static bool
parse_prefix(Parser *ps, int *sign)
{
	bool		currency = false;

	for (;;)
	{
		Tok			t = peek(ps, ps->p);

		if (t.kind == T_SIGN)
		{
			if (*sign != 0)
				return fail(ps, W_SIGNS);
			*sign = t.val;
			ps->p += t.len;
			skip_blanks(ps);
		}
		else if (t.kind == T_CURRENCY && !currency)
		{
			currency = true;
			ps->p += t.len;
			skip_blanks(ps);
		}
		else
			return true;
	}
}

/* The integer part: a lone 零 (零元整), or the levels of the grammar. */
static bool
parse_integer(Parser *ps, Num *n)
{
	Tok			t = peek(ps, ps->p);

	memset(n, 0, sizeof(*n));
	if (!(t.kind == T_NUMERAL && t.val == 0))
		return parse_level(ps, 3, n);
	ps->p += t.len;
	t = peek(ps, ps->p);
	if (t.kind == T_NUMERAL || t.kind == T_SMALL || is_digit(ps->p, ps->end))
		return fail(ps, W_LEADZERO);
	n->present = true;
	n->arabic = true;
	return true;
}

/* What went wrong when no amount at all was read. */
static bool
fail_empty(Parser *ps)
{
	TokKind		k = peek(ps, ps->p).kind;

	if (k == T_BIG || k == T_SMALL || k == T_YUAN || k == T_JIAO ||
		k == T_FEN || k == T_ZHENG)
		return fail(ps, W_LONEUNIT);
	return fail(ps, k == T_END ? W_NODIGITS : W_JUNK);
}

static bool
parse_body(Parser *ps, Num *n)
{
	TokKind		last = T_END;
	bool		yuan,
				blank;
	Tok			t;

	if (!parse_integer(ps, n))
		return false;
	skip_blanks_before_unit(ps);
	t = peek(ps, ps->p);
	yuan = t.kind == T_YUAN;
	if (yuan && !n->present)
		return fail(ps, W_LONEUNIT);
	if (yuan)
	{
		ps->p += t.len;
		last = T_YUAN;
	}
	if (!parse_jiao_fen(ps, n, yuan, &last))
		return false;
	if (!n->present)
		return fail_empty(ps);
	t = peek(ps, ps->p);
	if (t.kind == T_ZHENG)
	{
		if (last != T_YUAN && last != T_JIAO)
			return fail(ps, W_ZHENG);
		ps->p += t.len;
	}
	blank = peek(ps, ps->p).kind == T_BLANK;
	skip_blanks(ps);
	if (ps->p == ps->end)
		return true;
	/* a blank inside a number, or other text after the amount */
	t = peek(ps, ps->p);
	if (blank && (t.kind == T_NUMERAL || t.kind == T_SMALL || t.kind == T_ZHENG ||
				  is_digit(ps->p, ps->end) || *ps->p == '.' || *ps->p == ','))
		return fail(ps, W_BLANK);
	return fail(ps, W_TRAIL);
}

/* Out of range wins over a fraction of a fen: the value is not an amount. */
static CnyStatus
parse_text(const unsigned char *s, size_t len, int64_t *fen, const char **why,
		   bool quiet)
{
	Parser		ps = {s, s, s + len, NULL, quiet, false, false, false, NULL, {T_END, 0, 0}};
	int			sign = 0;
	Num			n;
	i128		one_fen = pow10_i128(FEN_DIGITS);
	i128		whole,
				f;

	skip_blanks(&ps);
	if (ps.p == ps.end)
		fail(&ps, W_EMPTY);		/* only blanks such as U+3000 */
	if (ps.why || !parse_prefix(&ps, &sign) || !parse_body(&ps, &n))
	{
		*why = ps.why;
		return CNY_SYNTAX;
	}
	whole = n.v / one_fen;		/* n.v is never negative */
	f = sign < 0 ? -whole : whole;
	if (ps.range || f > INT64_MAX || f < INT64_MIN)
	{
		*why = "The amount is outside the range of cny.";
		return CNY_RANGE;
	}
	if (ps.subfen || whole * one_fen != n.v)
	{
		*why = W_SUBFEN;
		return CNY_SYNTAX;
	}
	*fen = (int64_t) f;
	return CNY_OK;
}

/*
 * The common case: [+-]digits[.d[d]] with at most 16 integer digits, which
 * cannot overflow int64 fen.  Anything else goes to parse_text.
 */
static bool
parse_plain(const unsigned char *s, size_t len, int64_t *fen)
{
	size_t		i = 0;
	int64_t		v = 0;
	int			nint = 0,
				nfrac = 0;

	if (s[0] == '-' || s[0] == '+')
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
	{
		if (++nint > 16)
			return false;
		v = v * 10 + (s[i] - '0');
	}
	if (nint == 0)
		return false;
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			if (++nfrac > 2)
				return false;
			v = v * 10 + (s[i] - '0');
		}
	}
	if (i != len)
		return false;
	for (; nfrac < 2; nfrac++)
		v *= 10;
	*fen = s[0] == '-' ? -v : v;
	return true;
}

/*
 * NFKC maps superscripts, circled digits and fractions to plain digits too
 * (², ①, ½), and the typographic spaces (U+2003, U+2009) to a blank; those
 * are not how amounts are written, so they are refused before
 * normalisation.  Returns why, or NULL when every character may be read.
 */
static const char *
compatibility_why(const UChar *u, int32_t n)
{
	int32_t		i = 0;

	while (i < n)
	{
		UChar32		c;

		U16_NEXT(u, i, n, c);
		switch (u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE))
		{
			case U_DT_NONE:
			case U_DT_CANONICAL:
			case U_DT_WIDE:
			case U_DT_NARROW:
			case U_DT_NOBREAK:
				break;
			default:
				return u_isUWhiteSpace(c) ? W_SPACE : W_COMPAT;
		}
	}
	return NULL;
}

static CnyStatus
parse_unicode(const char *s, size_t len, int64_t *fen, const char **why,
			  bool quiet)
{
	UChar		in[UNICODE_MAX_BYTES];
	UChar		norm[NFKC_MAX_UNITS];
	char		utf8[3 * NFKC_MAX_UNITS];
	int32_t		nin = 0,
				nnorm = 0,
				nutf8 = 0;
	UErrorCode	st = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;

	u_strFromUTF8(in, UNICODE_MAX_BYTES, &nin, s, (int32_t) len, &st);
	if (U_FAILURE(st))
	{
		*why = W_UTF8;
		return CNY_SYNTAX;
	}
	*why = compatibility_why(in, nin);
	if (*why != NULL)
		return CNY_SYNTAX;
	*why = W_LONG;				/* should NFKC outgrow its buffer */
	nfkc = unorm2_getNFKCInstance(&st);
	if (U_SUCCESS(st))
		nnorm = unorm2_normalize(nfkc, in, nin, norm, NFKC_MAX_UNITS, &st);
	if (U_SUCCESS(st))
		u_strToUTF8(utf8, sizeof(utf8), &nutf8, norm, nnorm, &st);
	if (U_FAILURE(st))
		return CNY_SYNTAX;
	return parse_text((const unsigned char *) utf8, (size_t) nutf8, fen, why, quiet);
}

/*
 * Whether every non-ASCII character is one the parser knows (元, 万, 伍 …).
 * Those are already NFKC, so ICU would change nothing and is skipped.
 */
static bool
only_known_words(const unsigned char *s, size_t len)
{
	int32_t		i = 0;

	while (i < (int32_t) len)
	{
		UChar32		cp;

		U8_NEXT(s, i, (int32_t) len, cp);
		if (cp < 0 || (cp >= 0x80 && lookup_word(cp).kind == T_OTHER))
			return false;
	}
	return true;
}

static bool
is_blank_byte(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

CnyStatus
cny_parse(const char *s, size_t len, int64_t *fen, const char **why)
{
	const char *unused;
	size_t		i;

	if (why == NULL)
		why = &unused;
	while (len > 0 && is_blank_byte(s[0]))
		s++, len--;
	while (len > 0 && is_blank_byte(s[len - 1]))
		len--;
	if (len == 0)
	{
		*why = W_EMPTY;
		return CNY_SYNTAX;
	}
	if (parse_plain((const unsigned char *) s, len, fen))
		return CNY_OK;
	for (i = 0; i < len; i++)
	{
		if ((unsigned char) s[i] >= 0x80)
			break;
	}
	if (i < len && len > UNICODE_MAX_BYTES)
	{
		*why = W_LONG;
		return CNY_SYNTAX;
	}
	if (i < len && !only_known_words((const unsigned char *) s, len))
		return parse_unicode(s, len, fen, why, why == &unused);
	return parse_text((const unsigned char *) s, len, fen, why, why == &unused);
}
