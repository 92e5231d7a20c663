/*
 * cny_text.h
 *    Reading and writing CNY amounts as text, in plain C.
 *
 * Nothing here calls into the PostgreSQL backend, so the same code is linked
 * into the server module and into the libFuzzer targets under fuzz/.  All
 * text is UTF-8; the backend converts from and to the database encoding.
 * An amount is an int64 count of fen (分, 0.01 yuan).
 */
#ifndef SUBSIDY_CNY_TEXT_H
#define SUBSIDY_CNY_TEXT_H

#include <stddef.h>
#include <stdint.h>

typedef enum CnyStatus
{
	CNY_OK = 0,
	CNY_SYNTAX,			/* not an amount: SQLSTATE 22P02 */
	CNY_RANGE			/* an amount, but outside int64 fen: 22003 */
} CnyStatus;

/*
 * Parses len bytes at s as an amount.  On CNY_OK stores the fen in *fen.
 * Otherwise *why (when why is not NULL) points to a sentence that says
 * what is wrong, suitable for errdetail, valid until the next call that
 * passes a why (one that names the input's own digits is built in a static
 * buffer); the sentences are ASCII, so they read right in any server
 * encoding.  Never rounds: an amount with a fraction of a fen is
 * CNY_SYNTAX.  Text with any non-ASCII byte is limited to 256 bytes
 * (CNY_SYNTAX beyond).
 */
extern CnyStatus cny_parse(const char *s, size_t len, int64_t *fen,
						   const char **why);

/* Longest canonical text, "-92233720368547758.08", with its NUL. */
#define CNY_TEXT_MAX 24

/* Canonical text: optional '-', yuan, '.', exactly two fen digits. */
extern size_t cny_format(int64_t fen, char *buf);

/* Buffer size that holds any to_daxie or to_wan result with its NUL. */
#define CNY_WORDS_MAX 256

/* 大写 as written on vouchers: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分. */
extern size_t cny_format_daxie(int64_t fen, char *buf);

/* Exact 万/亿 form for reports: 500万元, 1.5亿元, 9999.99元. */
extern size_t cny_format_wan(int64_t fen, char *buf);

/*
 * Shared by the formatters and the parser's error details, which build
 * text piece by piece: copy s, or v in decimal, to p without a NUL and
 * return the end.
 */
extern char *cny_put(char *p, const char *s);
extern char *cny_put_u64(char *p, uint64_t v);

#endif
