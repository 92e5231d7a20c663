/*
 * input.c
 *    Helpers shared by the input functions of the extension's types.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "input.h"

/* Long enough to recognise the input, short enough for a log line. */
#define ECHO_MAX_CHARS 64

char *
input_echo(const char *str)
{
	int			len = strlen(str);
	int			cut = pg_mbcharcliplen(str, len, ECHO_MAX_CHARS);

	if (cut < len)
		return psprintf("%.*s...", cut, str);
	return pstrdup(str);
}

const char *
input_utf8(const char *str)
{
	return pg_server_to_any(str, strlen(str), PG_UTF8);
}
