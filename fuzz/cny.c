/*
 * fuzz/cny.c
 *    libFuzzer target for the cny text code (src/cny_parse.c, cny_format.c).
 *
 * Any bytes must parse to OK, SYNTAX or RANGE without a crash, with a why
 * sentence on failure; so must the text the bytes spell as tokens.  Every
 * amount the input yields (parsed either way, and the first 8 bytes read as
 * an int64, so extreme values are reached too) must survive each text form:
 * parse(format(x)) == x, also with 元 appended (the general parser rather
 * than the fast path), and the same for the 大写 and 万/亿 forms.  A failed
 * check aborts, which libFuzzer records.  Blanks may stand only where
 * dropping them changes nothing (500 万, - 5), so an amount read with its
 * ASCII spaces taken out must be the same amount.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cny_text.h"

static void
die(const char *what, int64_t fen, const char *text)
{
	fprintf(stderr, "cny fuzz: %s: %lld -> \"%s\"\n", what, (long long) fen,
			text);
	abort();
}

/* text, written by a formatter for fen, reads back as fen. */
static void
check_reads_back(const char *form, int64_t fen, const char *text, size_t len,
				 size_t cap)
{
	int64_t		back = 0;
	const char *why = NULL;

	if (len >= cap || strlen(text) != len)
		die(form, fen, "length does not fit the buffer");
	if (cny_parse(text, len, &back, &why) != CNY_OK)
		die(why ? why : form, fen, text);
	if (back != fen)
		die(form, fen, text);
}

static void
check_round_trips(int64_t fen)
{
	char		canonical[CNY_TEXT_MAX];
	char		words[CNY_WORDS_MAX];
	size_t		len;

	len = cny_format(fen, canonical);
	check_reads_back("canonical", fen, canonical, len, CNY_TEXT_MAX);
	/* with 元 the same digits take the general parser, not the fast path */
	memcpy(words, canonical, len);
	memcpy(words + len, "元", sizeof("元"));
	check_reads_back("canonical 元", fen, words, len + strlen("元"),
					 CNY_WORDS_MAX);
	len = cny_format_daxie(fen, words);
	check_reads_back("daxie", fen, words, len, CNY_WORDS_MAX);
	len = cny_format_wan(fen, words);
	check_reads_back("wan", fen, words, len, CNY_WORDS_MAX);
}

/*
 * Random bytes rarely spell a long valid amount, so each input is also read
 * as a list of tokens (one byte each) and the text they make is parsed too.
 */
static const char *const tokens[] = {
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ",", ".", "-", "+", " ",
	"零", "一", "两", "五", "九", "十", "百", "千", "万", "亿", "元", "角",
	"分", "整", "负", "¥", "人民币", "壹", "伍", "玖", "拾", "佰", "仟", "〇",
	"１", "，", "．", "　", "²",
	"\xC2\xA0", "\xE2\x80\x83"	/* no-break space, em space */
};
#define MAX_TOKENS 64

static void
check_without_spaces(const char *text, size_t len, int64_t fen)
{
	char	   *packed = malloc(len + 1);
	size_t		n = 0,
				i;
	int64_t		back = 0;
	const char *why = NULL;

	for (i = 0; i < len; i++)
		if (text[i] != ' ')
			packed[n++] = text[i];
	packed[n] = '\0';
	if (n > 0 && (cny_parse(packed, n, &back, &why) != CNY_OK || back != fen))
		die(why ? why : "spaces taken out", fen, packed);
	free(packed);
}

static void
check_parse(const char *text, size_t len)
{
	int64_t		fen = 0;
	const char *why = NULL;
	CnyStatus	st = cny_parse(text, len, &fen, &why);

	if (st == CNY_OK)
	{
		check_round_trips(fen);
		if (memchr(text, ' ', len) != NULL)
			check_without_spaces(text, len, fen);
	}
	else if (st != CNY_SYNTAX && st != CNY_RANGE)
		die("status", (long long) st, "not a CnyStatus");
	else if (why == NULL || why[0] == '\0')
		die("no why", 0, "");
}

static void
check_tokens(const uint8_t *data, size_t size)
{
	char		text[MAX_TOKENS * 9 + 1];
	size_t		len = 0,
				i;

	for (i = 0; i < size && i < MAX_TOKENS; i++)
	{
		const char *t = tokens[data[i] % (sizeof(tokens) / sizeof(tokens[0]))];

		memcpy(text + len, t, strlen(t));
		len += strlen(t);
	}
	text[len] = '\0';
	check_parse(text, len);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		fen;

	check_parse((const char *) data, size);
	check_tokens(data, size);
	if (size >= sizeof(fen))
	{
		memcpy(&fen, data, sizeof(fen));
		check_round_trips(fen);
	}
	return 0;
}
