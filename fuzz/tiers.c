/*
 * fuzz/tiers.c
 *    libFuzzer target for the tier schedule parser (src/tiers_parse.c).
 *
 * Whatever the input, tiers_parse must not crash or read out of bounds; a
 * schedule it accepts must pass tiers_check, and its canonical text must
 * read back as the same schedule and format to the same text.
 */
#include <stdlib.h>
#include <string.h>

#include "tiers_text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	TiersSchedule t,
				u;
	const char *why = NULL;
	size_t		pos = 0;
	char		text[TIERS_TEXT_MAX],
				again[TIERS_TEXT_MAX];
	size_t		n;

	if (tiers_parse((const char *) data, size, &t, &why, &pos) != TIERS_OK)
	{
		if (why == NULL || pos < 1 || pos > size + 1)
			abort();
		return 0;
	}
	if (tiers_check(&t) != NULL)
		abort();
	n = tiers_format(&t, text);
	if (n >= sizeof(text) || strlen(text) != n)
		abort();
	if (tiers_parse(text, n, &u, &why, &pos) != TIERS_OK)
		abort();
	if (memcmp(&t, &u, sizeof(t)) != 0)
		abort();
	tiers_format(&u, again);
	if (strcmp(text, again) != 0)
		abort();
	return 0;
}
