/*
 * cny_format.c
 *    Writes a CNY amount as canonical text, as 大写 and in 万/亿.
 *
 * Plain C with no backend calls (see cny_text.h).  Every form reads back
 * through cny_parse to the same amount; fuzz/cny.c checks that.
 *
 * 大写 follows the People's Bank of China rules (正确填写票据和结算凭证的基本
 * 规定) and takes these readings where they leave a choice:
 *  - a run of zero digits between two written digits is one 零, also where
 *    the rules allow leaving it out at the 万 or 元 place (壹拾万零柒仟元,
 *    壹仟陆佰捌拾元零叁角贰分): one rule, and a 零 makes an alteration harder;
 *  - 整 follows 元 only, not 角 (壹仟肆佰零玖元伍角, as the rules' example);
 *  - an amount below one yuan has no 元 (伍角, 叁角贰分); zero is 零元整;
 *  - places above 亿 use 万亿 and 亿亿 (壹万亿元整 is 10^12 yuan), the modern
 *    usage; 兆 means 10^6 to many readers and is not used.
 */
#include <stdbool.h>
#include <string.h>

#include "cny_text.h"

static const char *const numeral[10] = {
	"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"
};
static const char *const small_unit[4] = {"", "拾", "佰", "仟"};

/* |fen| without overflow, INT64_MIN included. */
static uint64_t
magnitude(int64_t fen)
{
	return fen < 0 ? (uint64_t) 0 - (uint64_t) fen : (uint64_t) fen;
}

char *
cny_put(char *p, const char *s)
{
	size_t		n = strlen(s);

	memcpy(p, s, n);
	return p + n;
}

char *
cny_put_u64(char *p, uint64_t v)
{
	char		tmp[20];
	int			n = 0;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

size_t
cny_format(int64_t fen, char *buf)
{
	uint64_t	u = magnitude(fen);
	char	   *p = buf;

	if (fen < 0)
		*p++ = '-';
	p = cny_put_u64(p, u / 100);
	*p++ = '.';
	*p++ = (char) ('0' + u / 10 % 10);
	*p++ = (char) ('0' + u % 10);
	*p = '\0';
	return (size_t) (p - buf);
}

/*
 * The unit written after the digit at yuan place `place` (a multiple of 4),
 * or NULL: each 万/亿 section is named only when it holds a nonzero digit.
 */
static const char *
group_unit(uint64_t yuan, int place)
{
	switch (place)
	{
		case 16:
			return yuan >= 10000000000000000ULL ? "亿亿" : NULL;
		case 12:
			return yuan / 1000000000000ULL % 10000 ? "万" : NULL;
		case 8:
			return yuan / 100000000ULL % 100000000 ? "亿" : NULL;
		case 4:
			return yuan / 10000 % 10000 ? "万" : NULL;
		default:
			return yuan ? "元" : NULL;
	}
}

/* The digits of u fen with their units, from the top place down. */
static char *
put_daxie_digits(char *p, uint64_t u)
{
	uint64_t	yuan = u / 100;
	uint64_t	scale = 10000000000000000ULL;	/* 10^16 yuan: the top place */
	bool		any = false,
				pending_zero = false;
	int			place;

	/* places 16 … 0 are yuan, -1 is 角, -2 is 分 */
	for (place = 16; place >= -2; place--, scale /= 10)
	{
		int			d = place >= 0 ? (int) (yuan / scale % 10) :
			place == -1 ? (int) (u / 10 % 10) : (int) (u % 10);

		if (d != 0)
		{
			if (pending_zero)
				p = cny_put(p, "零");
			p = cny_put(p, numeral[d]);
			p = cny_put(p, place > 0 ? small_unit[place % 4] :
					place == -1 ? "角" : place == -2 ? "分" : "");
			any = true;
			pending_zero = false;
		}
		else if (any)
			pending_zero = true;
		if (place >= 0 && place % 4 == 0 && group_unit(yuan, place))
			p = cny_put(p, group_unit(yuan, place));
	}
	return p;
}

size_t
cny_format_daxie(int64_t fen, char *buf)
{
	uint64_t	u = magnitude(fen);
	char	   *p = buf;

	if (fen < 0)
		p = cny_put(p, "负");
	if (u == 0)
		p = cny_put(p, "零元");
	else
		p = put_daxie_digits(p, u);
	if (u % 100 == 0)
		p = cny_put(p, "整");
	*p = '\0';
	return (size_t) (p - buf);
}

/* Trailing zeros of the fraction are dropped: 1.5亿元, 500万元. */
size_t
cny_format_wan(int64_t fen, char *buf)
{
	uint64_t	u = magnitude(fen);
	uint64_t	scale = 100;	/* fen in the unit written */
	const char *unit = "元";
	char	   *p = buf;

	if (u >= 10000000000ULL)
	{
		scale = 10000000000ULL;
		unit = "亿元";
	}
	else if (u >= 1000000ULL)
	{
		scale = 1000000ULL;
		unit = "万元";
	}
	if (fen < 0)
		*p++ = '-';
	p = cny_put_u64(p, u / scale);
	if (u % scale != 0)
	{
		uint64_t	rest = u % scale;

		*p++ = '.';
		for (scale /= 10; rest != 0; scale /= 10)
		{
			*p++ = (char) ('0' + rest / scale);
			rest %= scale;
		}
	}
	p = cny_put(p, unit);
	*p = '\0';
	return (size_t) (p - buf);
}
