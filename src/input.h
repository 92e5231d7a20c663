/*
 * input.h
 *    What the input functions of cny, tiers and award share: text handed to
 *    the plain-C parsers in UTF-8, and bad input reported alike; and the
 *    reading of the aggregates' serialised states.
 */
#ifndef SUBSIDY_INPUT_H
#define SUBSIDY_INPUT_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

/*
 * Reports bad input.  On PostgreSQL 16 and later a soft error returns from
 * the input function, so that pg_input_is_valid() works.
 */
#if PG_VERSION_NUM >= 160000
#define input_error(fcinfo, ...) ereturn((fcinfo)->context, (Datum) 0, __VA_ARGS__)
#else
#define input_error(fcinfo, ...) ereport(ERROR, __VA_ARGS__)
#endif

/* The input as echoed in an error message: at most 64 characters, then "...". */
extern char *input_echo(const char *str);

/* The input in UTF-8, which the parsers read, whatever the database encoding. */
extern const char *input_utf8(const char *str);

/* A read-only StringInfo over the bytes of a bytea, for pq_getmsg*(). */
static inline void
bytea_reader(StringInfo buf, bytea *b)
{
	buf->data = VARDATA_ANY(b);
	buf->len = VARSIZE_ANY_EXHDR(b);
	buf->maxlen = buf->len;
	buf->cursor = 0;
}

#endif
