/*
 * fuzz/cny.c
 *    libFuzzer target for the cny text code (src/cny_parse.c, cny_format.c).
 *
 * Any bytes must parse to OK, SYNTAX or RANGE without a crash, with a why
 * sentence on failure.  Every amount the input yields (the parsed one, and
 * the first 8 bytes read as an int64, so extreme values are reached too)
 * must survive each text form: parse(format(x)) == x, also with 元 appended
 * (the general parser rather than the fast path), and the same for the 大写
 * and 万/亿 forms.  A failed check aborts, which libFuzzer records.
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

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		fen = 0;
	const char *why = NULL;
	CnyStatus	st;

	st = cny_parse((const char *) data, size, &fen, &why);
	if (st == CNY_OK)
		check_round_trips(fen);
	else if (st != CNY_SYNTAX && st != CNY_RANGE)
		die("status", (long long) st, "not a CnyStatus");
	else if (why == NULL || why[0] == '\0')
		die("no why", 0, "");
	if (size >= sizeof(fen))
	{
		memcpy(&fen, data, sizeof(fen));
		check_round_trips(fen);
	}
	return 0;
}
