/*
 * aggregates.c
 *    Ceilings and 取高不重复 as aggregates: cap_sum, highest_per_kind,
 *    top_up_per_kind and annual_total.
 *
 * The four share one design, built for annual_total over millions of rows
 * in hundreds of thousands of groups (enterprise-years):
 *
 *  - A key dictionary per aggregate call site and query (KeyDict, kept in
 *    fn_extra): every distinct (kind, limit group, role, limit) seen gets a
 *    small integer id, its texts copied once.  A row costs a hash of its
 *    two key texts and one comparison with the interned copies.
 *  - A state per group (KindState, in the aggregate context): one chunk
 *    holding a few entries, their key ids packed beside the header and
 *    their values after them, 12 bytes an entry, found by linear search
 *    starting with the entry the previous row hit (through an index once a
 *    group has more than LINEAR_ENTRIES keys).  No row allocates except the
 *    first of a new key in a group.
 *
 * The role says how an entry folds:
 *  - ROLE_GROUPED: a row of a limit group; value is the sum of its amounts,
 *    worth least(value, limit).  The limit is part of the key; two keys of
 *    the same (kind, group) in one state mean two ceilings for one group,
 *    an error.
 *  - ROLE_ALONE: rows with a NULL limit group (each already under its own
 *    limit), and highest_per_kind, and the payer's rows of top_up_per_kind:
 *    value is the best row of the kind.
 *  - ROLE_OTHER: the other levels' rows of top_up_per_kind, the best.
 * A NULL kind stacks: its entries are added instead of compared, and its
 * rows standing alone are added up too.
 *
 * Key texts compare byte for byte, as text equality does under a
 * deterministic collation.  The state is `internal`; serialize writes the
 * key texts, so states travel between parallel workers and the leader
 * whose dictionaries differ.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/memutils.h"

#include "award.h"
#include "cny.h"
#include "input.h"
#include "split.h"

#define NO_KEY			(-1)		/* a NULL kind or a NULL limit group */
#define KEY_SHOWN		64			/* key text shown in messages, bytes */

typedef enum KeyRole
{
	ROLE_GROUPED = 0,
	ROLE_ALONE,
	ROLE_OTHER,
	/* dictionary-only keys that name a kind, and a (kind, group) pair */
	ROLE_KIND,
	ROLE_PAIR
} KeyRole;

/* Which aggregate a state belongs to, for messages. */
typedef enum KindAgg
{
	AGG_UNKNOWN = 0,
	AGG_CAP_SUM,
	AGG_HIGHEST_PER_KIND,
	AGG_TOP_UP_PER_KIND,
	AGG_ANNUAL_TOTAL
} KindAgg;

static const char *const agg_names[] = {
	"aggregate", "cap_sum", "highest_per_kind", "top_up_per_kind", "annual_total"
};

/* A key text: bytes and length, or len NO_KEY for NULL. */
typedef struct Key
{
	const char *data;
	int32		len;
} Key;

static const Key null_key = {"", NO_KEY};

typedef struct KeyDef
{
	uint32		hash;
	int32		role;			/* a KeyRole */
	Key			kind;			/* texts interned in the dictionary */
	Key			group;
	int64		limit;			/* ROLE_GROUPED: ceiling or NO_LIMIT */
	int32		kind_id;		/* the ROLE_KIND key of its kind */
	int32		pair_id;		/* ROLE_GROUPED: the ROLE_PAIR key of its
								 * kind and group; others: itself */
	int32		ceilings;		/* ROLE_PAIR: its ROLE_GROUPED keys, one a
								 * ceiling; more than one and a state may
								 * meet two */
} KeyDef;

typedef struct KeyDict
{
	MemoryContext cxt;
	int32		nkeys;
	int32		maxkeys;
	KeyDef	   *keys;
	int32	   *slots;			/* open addressing: key id + 1, 0 empty */
	uint32		nslots;			/* a power of 2, at least twice nkeys */
	struct KindBest *bests;		/* final steps' scratch, nbests long */
	int32		nbests;
	uint32		stamp;			/* the number of the latest final step */
} KeyDict;

/*
 * The key ids of a state come first, packed beside its header, and the
 * values after them: a row looks its key up among a few cache lines' worth
 * of ints and then touches one value.  The values start at
 * STATE_VALUES(maxentries) bytes.
 */
typedef struct KindState
{
	KeyDict    *dict;
	int32	   *index;			/* once the state is large: open addressing
								 * over key ids, entry + 1, 0 empty; NULL
								 * while a linear search is cheaper */
	int64		claimed;		/* every amount fed in, before any cut */
	int32		indexsize;		/* slots, a power of 2 */
	int32		which;			/* a KindAgg */
	int32		nentries;
	int32		maxentries;
	int32		last;			/* entry hit by the previous row */
	int32		keys[FLEXIBLE_ARRAY_MEMBER];
} KindState;

/* Entries beyond which a state looks keys up through its index. */
#define LINEAR_ENTRIES		32

/*
 * Sizes that fill allocator chunks: 256 bytes first (17 entries, enough for
 * an enterprise-year under most policies), then doubling.
 */
#define STATE_FIRST_SIZE	256
#define STATE_VALUES(n)		MAXALIGN(offsetof(KindState, keys) + sizeof(int32) * (n))
#define STATE_SIZE(n)		(STATE_VALUES(n) + sizeof(int64) * (n))

static inline int64 *
state_values(const KindState *st)
{
	return (int64 *) ((char *) st + STATE_VALUES(st->maxentries));
}

/* The most entries a state of size bytes holds. */
static int32
state_capacity(Size size)
{
	int32		n = (int32) ((size - offsetof(KindState, keys)) / (sizeof(int32) + sizeof(int64)));

	while (STATE_SIZE(n) > size)
		n--;
	return n;
}

PG_FUNCTION_INFO_V1(cap_sum_trans);
PG_FUNCTION_INFO_V1(cap_sum_award_trans);
PG_FUNCTION_INFO_V1(cap_sum_final);
PG_FUNCTION_INFO_V1(highest_per_kind_trans);
PG_FUNCTION_INFO_V1(highest_per_kind_award_trans);
PG_FUNCTION_INFO_V1(highest_per_kind_final);
PG_FUNCTION_INFO_V1(top_up_per_kind_trans);
PG_FUNCTION_INFO_V1(top_up_per_kind_final);
PG_FUNCTION_INFO_V1(annual_total_trans);
PG_FUNCTION_INFO_V1(annual_total_award_trans);
PG_FUNCTION_INFO_V1(annual_total_final);
PG_FUNCTION_INFO_V1(kind_state_combine);
PG_FUNCTION_INFO_V1(kind_state_serialize);
PG_FUNCTION_INFO_V1(kind_state_deserialize);

/* ---- the key dictionary ---- */

/* The dictionary of this call site, created on first use for the query. */
static KeyDict *
dict_get(FunctionCallInfo fcinfo)
{
	KeyDict    *d = (KeyDict *) fcinfo->flinfo->fn_extra;

	if (d == NULL)
	{
		MemoryContext cxt = fcinfo->flinfo->fn_mcxt;

		d = MemoryContextAllocZero(cxt, sizeof(KeyDict));
		d->cxt = cxt;
		d->nkeys = 0;
		d->maxkeys = 16;
		d->keys = MemoryContextAlloc(cxt, sizeof(KeyDef) * d->maxkeys);
		d->nslots = 64;
		d->slots = MemoryContextAllocZero(cxt, sizeof(int32) * d->nslots);
		fcinfo->flinfo->fn_extra = d;
	}
	return d;
}

/*
 * The last 1 to 8 bytes of a text as one word, read as at most two
 * overlapping loads: for a given length every byte lands in the word, so
 * equal words mean equal bytes.  Key texts are short, so hashing and
 * comparing them a word at a time beats hash_bytes and memcmp per row.
 */
static inline uint64
tail_word(const char *p, int32 n)
{
	uint32		a,
				b;

	if (n >= 4)
	{
		memcpy(&a, p, 4);
		memcpy(&b, p + n - 4, 4);
		return (uint64) a | (uint64) b << 32;
	}
	if (n > 0)
		return (uint64) (uint8) p[0] | (uint64) (uint8) p[n / 2] << 8 |
			(uint64) (uint8) p[n - 1] << 16;
	return 0;
}

static inline bool
key_equal(Key a, Key b)
{
	const char *p = a.data,
			   *q = b.data;
	int32		n = a.len;
	uint64		x,
				y;

	if (a.len != b.len)
		return false;
	for (; n > 8; p += 8, q += 8, n -= 8)
	{
		memcpy(&x, p, 8);
		memcpy(&y, q, 8);
		if (x != y)
			return false;
	}
	return tail_word(p, n) == tail_word(q, n);
}

/* The finaliser of MurmurHash3: every input bit reaches every output bit. */
static inline uint64
mix64(uint64 h)
{
	h ^= h >> 33;
	h *= UINT64CONST(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= UINT64CONST(0xc4ceb9fe1a85ec53);
	h ^= h >> 33;
	return h;
}

/*
 * A key text folded into h a word at a time, its length first.  A
 * dictionary holds few keys, so one multiplication a word spreads them
 * well enough.
 */
static inline uint64
text_hash(Key k, uint64 h)
{
	const char *p = k.data;
	int32		n = k.len;
	uint64		w;

	h = (h ^ (uint64) (uint32) n) * UINT64CONST(0x9e3779b97f4a7c15);
	for (; n > 8; p += 8, n -= 8)
	{
		memcpy(&w, p, 8);
		h = (h ^ w) * UINT64CONST(0xbf58476d1ce4e5b9);
		h ^= h >> 29;
	}
	h = (h ^ tail_word(p, n)) * UINT64CONST(0xbf58476d1ce4e5b9);
	return h ^ (h >> 29);
}

static inline uint32
key_hash(Key kind, Key group, KeyRole role, int64 limit)
{
	uint64		h = text_hash(group, text_hash(kind, (uint64) role << 32));

	return (uint32) mix64(h ^ (uint64) limit);
}

static Key
dict_copy(KeyDict *d, Key k)
{
	Key			copy = k;
	char	   *s;

	if (k.len <= 0)
		return k;
	s = MemoryContextAlloc(d->cxt, k.len);
	memcpy(s, k.data, k.len);
	copy.data = s;
	return copy;
}

static void
dict_grow(KeyDict *d)
{
	uint32		i;

	if ((Size) d->maxkeys * 2 * sizeof(KeyDef) > MaxAllocSize ||
		(Size) d->nslots * 2 * sizeof(int32) > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct kinds and limit groups")));
	d->maxkeys *= 2;
	d->keys = repalloc(d->keys, sizeof(KeyDef) * d->maxkeys);
	pfree(d->slots);
	d->nslots *= 2;
	d->slots = MemoryContextAllocZero(d->cxt, sizeof(int32) * d->nslots);
	for (i = 0; i < (uint32) d->nkeys; i++)
	{
		uint32		s = d->keys[i].hash & (d->nslots - 1);

		while (d->slots[s] != 0)
			s = (s + 1) & (d->nslots - 1);
		d->slots[s] = i + 1;
	}
}

/* The id of a key, added to the dictionary when new. */
static int32
dict_key(KeyDict *d, Key kind, Key group, KeyRole role, int64 limit)
{
	uint32		h = key_hash(kind, group, role, limit);
	uint32		s = h & (d->nslots - 1);
	KeyDef	   *k;
	int32		kind_id = -1,
				pair_id = -1,
				id;

	for (;;)
	{
		int32		slot = d->slots[s];

		if (slot == 0)
			break;
		k = &d->keys[slot - 1];
		if (k->hash == h && k->role == (int32) role && k->limit == limit &&
			key_equal(k->kind, kind) && key_equal(k->group, group))
			return slot - 1;
		s = (s + 1) & (d->nslots - 1);
	}

	/*
	 * New.  Its kind and, for a limit group, its (kind, group) pair are keys
	 * of their own, so that kinds and pairs compare as integers.  Adding
	 * them may move the table: probe again for a free slot.
	 */
	if (role != ROLE_KIND)
		kind_id = dict_key(d, kind, null_key, ROLE_KIND, NO_LIMIT);
	if (role == ROLE_GROUPED)
		pair_id = dict_key(d, kind, group, ROLE_PAIR, NO_LIMIT);
	s = h & (d->nslots - 1);
	while (d->slots[s] != 0)
		s = (s + 1) & (d->nslots - 1);

	id = d->nkeys++;
	k = &d->keys[id];
	k->hash = h;
	k->role = role;
	k->kind = dict_copy(d, kind);
	k->group = dict_copy(d, group);
	k->limit = limit;
	k->kind_id = kind_id < 0 ? id : kind_id;
	k->pair_id = pair_id < 0 ? id : pair_id;
	k->ceilings = 0;
	if (role == ROLE_GROUPED)
		d->keys[pair_id].ceilings++;
	d->slots[s] = id + 1;
	if (d->nkeys * 2 > (int32) d->nslots || d->nkeys == d->maxkeys)
		dict_grow(d);
	return id;
}

/* ---- states ---- */

static KindState *
state_new(MemoryContext cxt, KeyDict *dict, KindAgg which)
{
	KindState  *st = MemoryContextAlloc(cxt, STATE_FIRST_SIZE);

	st->dict = dict;
	st->index = NULL;
	st->indexsize = 0;
	st->which = which;
	st->nentries = 0;
	st->maxentries = state_capacity(STATE_FIRST_SIZE);
	st->last = 0;
	st->claimed = 0;
	return st;
}

/* The state of this call, created in the aggregate context on first use. */
static KindState *
state_get(FunctionCallInfo fcinfo, KindAgg which)
{
	MemoryContext aggcxt;

	if (!PG_ARGISNULL(0))
		return (KindState *) PG_GETARG_POINTER(0);
	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "aggregate transition function called in non-aggregate context");
	return state_new(aggcxt, dict_get(fcinfo), which);
}

static char *
key_text(Key k)
{
	if (k.len == NO_KEY)
		return pstrdup("NULL");
	return psprintf("\"%.*s%s\"", Min(k.len, KEY_SHOWN), k.data,
					k.len > KEY_SHOWN ? "..." : "");
}

/* Names the two ceilings lower first (none last), whatever the row order. */
static void
differing_limits(const KindState *st, const KeyDef *a, const KeyDef *b)
{
	int64		lo = a->limit,
				hi = b->limit;

	limits_in_order(&lo, &hi);
	if (st->which == AGG_CAP_SUM)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cap_sum: caps differ within one group: %s and %s",
						limit_text(lo), limit_text(hi)),
				 errdetail("Every row of a group must carry the same cap; NULL means no ceiling.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: ceilings differ within one limit group: %s and %s",
					agg_names[st->which], limit_text(lo), limit_text(hi)),
			 errdetail("Every row of limit group %s of kind %s must carry the same ceiling; NULL means no ceiling.",
					   key_text(a->group), key_text(a->kind))));
}

/*
 * The index of a large state: its entries by key id and, for a limit
 * group's entry, by the id of its (kind, group) pair too.  Pair keys are
 * never entries, so an id found names one entry either way.  Sized by the
 * state's own entries (at least 4 slots each, so at most half full), never
 * by the dictionary, which holds the keys of every group of the query.
 */
static inline bool
entry_answers(const KindState *st, int32 e, int32 id)
{
	const KeyDef *k = &st->dict->keys[st->keys[e]];

	return st->keys[e] == id ||
		(k->role == ROLE_GROUPED && k->pair_id == id);
}

/* The entry of a key or pair id, or -1. */
static inline int32
index_find(const KindState *st, int32 id)
{
	uint32		mask = (uint32) st->indexsize - 1;
	uint32		s = murmurhash32((uint32) id) & mask;

	while (st->index[s] != 0)
	{
		if (entry_answers(st, st->index[s] - 1, id))
			return st->index[s] - 1;
		s = (s + 1) & mask;
	}
	return -1;
}

static inline void
index_put(KindState *st, int32 id, int32 e)
{
	uint32		mask = (uint32) st->indexsize - 1;
	uint32		s = murmurhash32((uint32) id) & mask;

	while (st->index[s] != 0)
		s = (s + 1) & mask;
	st->index[s] = e + 1;
}

/* (Re)builds the index for the entries the state holds now. */
static void
state_index(KindState *st)
{
	Size		size = 64;
	int32		i;

	while (size < (Size) st->nentries * 4)
		size *= 2;
	if (st->index != NULL)
		pfree(st->index);
	st->index = MemoryContextAllocExtended(GetMemoryChunkContext(st),
										   sizeof(int32) * size,
										   MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	st->indexsize = (int32) size;
	for (i = 0; i < st->nentries; i++)
	{
		const KeyDef *k = &st->dict->keys[st->keys[i]];

		index_put(st, st->keys[i], i);
		if (k->role == ROLE_GROUPED)
			index_put(st, k->pair_id, i);
	}
}

/* The entry of a key id in a state, or -1. */
static inline int32
state_find(KindState *st, int32 key)
{
	int32		i;

	if (st->nentries > 0 && st->keys[st->last] == key)
		return st->last;
	if (st->index != NULL)
		i = index_find(st, key);
	else
	{
		for (i = 0; i < st->nentries; i++)
			if (st->keys[i] == key)
				break;
		if (i == st->nentries)
			return -1;
	}
	if (i >= 0)
		st->last = i;
	return i;
}

/* Doubles a state's room; the values move up behind the longer key array. */
static KindState *
state_grow(KindState *st)
{
	Size		size = STATE_FIRST_SIZE;
	int32		n;

	while (state_capacity(size) <= st->maxentries)
		size *= 2;
	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct kinds and limit groups in one group")));
	st = repalloc(st, size);
	n = state_capacity(size);
	memmove((char *) st + STATE_VALUES(n), state_values(st),
			sizeof(int64) * st->nentries);
	st->maxentries = n;
	return st;
}

/*
 * Adds a key new to the state with value 0 and returns its entry.  A
 * second ceiling for one limit group is an error.  The state may move when
 * it grows: it is returned through *stp.
 */
static int32
state_add(KindState **stp, int32 key)
{
	KindState  *st = *stp;
	const KeyDef *k = &st->dict->keys[key];
	int32		i,
				e;

	/* Only a limit group seen with two ceilings in the query can clash. */
	if (k->role == ROLE_GROUPED && st->dict->keys[k->pair_id].ceilings > 1)
	{
		if (st->index != NULL)
		{
			if ((e = index_find(st, k->pair_id)) >= 0)
				differing_limits(st, &st->dict->keys[st->keys[e]], k);
		}
		else
		{
			for (i = 0; i < st->nentries; i++)
				if (st->dict->keys[st->keys[i]].pair_id == k->pair_id)
					differing_limits(st, &st->dict->keys[st->keys[i]], k);
		}
	}

	if (st->nentries == st->maxentries)
		*stp = st = state_grow(st);
	e = st->last = st->nentries++;
	st->keys[e] = key;
	state_values(st)[e] = 0;

	/* An indexed state also maps the pair key of each limit group. */
	if (st->index == NULL ? st->nentries > LINEAR_ENTRIES :
		(Size) st->nentries * 4 > (Size) st->indexsize)
		state_index(st);
	else if (st->index != NULL)
	{
		index_put(st, key, e);
		if (k->role == ROLE_GROUPED)
			index_put(st, k->pair_id, e);
	}
	return e;
}

/* The value of a key's entry, added with value 0 when absent. */
static inline int64 *
state_entry(KindState **stp, int32 key)
{
	int32		e = state_find(*stp, key);

	if (unlikely(e < 0))
		e = state_add(stp, key);
	return &state_values(*stp)[e];
}

static inline int64
add_fen(int64 a, int64 b)
{
	int64		r;

	if (unlikely(pg_add_s64_overflow(a, b, &r)))
		cny_out_of_range();
	return r;
}

/* Folds one amount into the entry of a key, as its role says. */
static inline void
state_fold(KindState **stp, int32 key, int64 amount)
{
	int64	   *v = state_entry(stp, key);
	const KeyDef *k = &(*stp)->dict->keys[key];

	if (k->role == ROLE_GROUPED || k->kind.len == NO_KEY)
		*v = add_fen(*v, amount);
	else
		*v = Max(*v, amount);
}

static inline void
check_amount(int64 amount, KindAgg which, const char *what)
{
	if (unlikely(amount < 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: negative %s %s", agg_names[which], what,
						cny_to_cstring(amount)),
				 errdetail("Subsidy amounts, ceilings and limits are never negative.")));
}

static inline Key
key_arg(FunctionCallInfo fcinfo, int argno)
{
	Key			k;
	text	   *t;

	if (PG_ARGISNULL(argno))
		return null_key;
	/*
	 * PG_GETARG_TEXT_PP, inline: a row brings two key texts, and the usual
	 * short or plain one needs no call to find that it is not toasted.
	 */
	t = (text *) PG_GETARG_POINTER(argno);
	if (unlikely(VARATT_IS_EXTERNAL(t) || VARATT_IS_COMPRESSED(t)))
		t = PG_GETARG_TEXT_PP(argno);
	k.data = VARDATA_ANY(t);
	k.len = VARSIZE_ANY_EXHDR(t);
	return k;
}

static inline int64
limit_arg(FunctionCallInfo fcinfo, int argno, KindAgg which)
{
	int64		limit;

	if (PG_ARGISNULL(argno))
		return NO_LIMIT;
	limit = PG_GETARG_CNY(argno);
	check_amount(limit, which, which == AGG_CAP_SUM ? "cap" : "limit");
	return limit;
}

/* An amount argument: granted and claimed, from a cny or an award. */
static inline void
cny_amount_arg(FunctionCallInfo fcinfo, int argno, KindAgg which,
			   int64 *granted, int64 *claimed)
{
	*granted = *claimed = PG_GETARG_CNY(argno);
	check_amount(*granted, which, "amount");
}

static inline void
award_amount_arg(FunctionCallInfo fcinfo, int argno, int64 *granted,
				 int64 *claimed)
{
	Award	   *a = PG_GETARG_AWARD_P(argno);

	*granted = a->granted;
	*claimed = a->claimed;
}

/*
 * The best entries of one kind while a final step runs, in the dictionary
 * by kind id: valid when stamped with the step's number, so nothing is
 * cleared between steps, and chained through next.
 */
typedef struct KindBest
{
	uint32		stamp;
	int32		next;			/* the kind gathered before, or -1 */
	int64		best;			/* the best grouped or lone entry */
	int64		others;			/* the other levels' best */
} KindBest;

/* The dictionary's KindBest slots, one per key id, stamps fresh. */
static KindBest *
dict_bests(KeyDict *d)
{
	if (d->nbests < d->maxkeys)
	{
		Size		size = sizeof(KindBest) * d->maxkeys;

		d->bests = d->bests == NULL ? MemoryContextAllocZero(d->cxt, size) :
			repalloc(d->bests, size);
		memset(&d->bests[d->nbests], 0,
			   sizeof(KindBest) * (d->maxkeys - d->nbests));
		d->nbests = d->maxkeys;
	}
	if (++d->stamp == 0)
	{
		memset(d->bests, 0, sizeof(KindBest) * d->nbests);
		d->stamp = 1;
	}
	return d->bests;
}

/*
 * Per kind the best grouped or lone entry, less the best entry of the other
 * levels (only top_up_per_kind has those: 就高补差) and never below zero,
 * summed over kinds; the entries of a NULL kind added.  One pass over the
 * entries, whatever their order.
 */
static int64
state_per_kind(const KindState *st)
{
	KeyDict    *d = st->dict;
	KindBest   *bests = dict_bests(d);
	const int64 *values = state_values(st);
	int64		result = 0;
	int32		kinds = -1;
	int			i;

	for (i = 0; i < st->nentries; i++)
	{
		const KeyDef *k = &d->keys[st->keys[i]];
		int64		worth = k->role == ROLE_GROUPED && k->limit != NO_LIMIT ?
			Min(values[i], k->limit) : values[i];
		KindBest   *b;

		if (k->kind.len == NO_KEY && k->role != ROLE_OTHER)
		{
			result = add_fen(result, worth);
			continue;
		}
		b = &bests[k->kind_id];
		if (b->stamp != d->stamp)
		{
			b->stamp = d->stamp;
			b->next = kinds;
			b->best = b->others = 0;
			kinds = k->kind_id;
		}
		if (k->role == ROLE_OTHER)
			b->others = Max(b->others, worth);
		else
			b->best = Max(b->best, worth);
	}
	for (; kinds >= 0; kinds = bests[kinds].next)
		if (bests[kinds].best > bests[kinds].others)
			result = add_fen(result, bests[kinds].best - bests[kinds].others);
	return result;
}

/* Merges src into dst (the combine step); returns dst, which may move. */
static KindState *
state_merge(KindState *dst, const KindState *src)
{
	int			i;

	if (dst->which == AGG_UNKNOWN)
		dst->which = src->which;
	for (i = 0; i < src->nentries; i++)
	{
		int32		key = src->keys[i];

		if (src->dict != dst->dict)
		{
			const KeyDef *k = &src->dict->keys[key];

			key = dict_key(dst->dict, k->kind, k->group, k->role, k->limit);
		}
		state_fold(&dst, key, state_values(src)[i]);
	}
	dst->claimed = add_fen(dst->claimed, src->claimed);
	return dst;
}

#define RETURN_UNCHANGED() \
	do { \
		if (PG_ARGISNULL(0)) \
			PG_RETURN_NULL(); \
		PG_RETURN_POINTER(PG_GETARG_POINTER(0)); \
	} while (0)

/* ---- cap_sum(amount, cap): one group, the aggregate's own ---- */

static Datum
cap_sum_step(FunctionCallInfo fcinfo, int64 granted, int64 claimed)
{
	KindState  *st = state_get(fcinfo, AGG_CAP_SUM);
	int32		key = dict_key(st->dict, null_key, (Key) {"", 0}, ROLE_GROUPED,
							   limit_arg(fcinfo, 2, AGG_CAP_SUM));

	state_fold(&st, key, granted);
	st->claimed = add_fen(st->claimed, claimed);
	PG_RETURN_POINTER(st);
}

Datum
cap_sum_trans(PG_FUNCTION_ARGS)
{
	int64		granted,
				claimed;

	if (PG_ARGISNULL(1))
		RETURN_UNCHANGED();
	cny_amount_arg(fcinfo, 1, AGG_CAP_SUM, &granted, &claimed);
	return cap_sum_step(fcinfo, granted, claimed);
}

Datum
cap_sum_award_trans(PG_FUNCTION_ARGS)
{
	int64		granted,
				claimed;

	if (PG_ARGISNULL(1))
		RETURN_UNCHANGED();
	award_amount_arg(fcinfo, 1, &granted, &claimed);
	return cap_sum_step(fcinfo, granted, claimed);
}

Datum
cap_sum_final(PG_FUNCTION_ARGS)
{
	KindState  *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (KindState *) PG_GETARG_POINTER(0);
	PG_RETURN_AWARD_P(award_make(state_per_kind(st), st->claimed));
}

/* ---- highest_per_kind(kind, amount) ---- */

static Datum
highest_per_kind_step(FunctionCallInfo fcinfo, int64 granted)
{
	KindState  *st = state_get(fcinfo, AGG_HIGHEST_PER_KIND);
	int32		key = dict_key(st->dict, key_arg(fcinfo, 1), null_key,
							   ROLE_ALONE, NO_LIMIT);

	state_fold(&st, key, granted);
	PG_RETURN_POINTER(st);
}

Datum
highest_per_kind_trans(PG_FUNCTION_ARGS)
{
	int64		granted,
				claimed;

	if (PG_ARGISNULL(2))
		RETURN_UNCHANGED();
	cny_amount_arg(fcinfo, 2, AGG_HIGHEST_PER_KIND, &granted, &claimed);
	return highest_per_kind_step(fcinfo, granted);
}

Datum
highest_per_kind_award_trans(PG_FUNCTION_ARGS)
{
	int64		granted,
				claimed;

	if (PG_ARGISNULL(2))
		RETURN_UNCHANGED();
	award_amount_arg(fcinfo, 2, &granted, &claimed);
	return highest_per_kind_step(fcinfo, granted);
}

Datum
highest_per_kind_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_CNY(state_per_kind((KindState *) PG_GETARG_POINTER(0)));
}

/* ---- top_up_per_kind(kind, amount, payer) ---- */

Datum
top_up_per_kind_trans(PG_FUNCTION_ARGS)
{
	KindState  *st;
	Key			kind;
	int64		granted,
				claimed;
	bool		payer;

	if (PG_ARGISNULL(2))
		RETURN_UNCHANGED();
	cny_amount_arg(fcinfo, 2, AGG_TOP_UP_PER_KIND, &granted, &claimed);
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("top_up_per_kind: payer must not be NULL"),
				 errdetail("Each amount must say whether the paying level (true) or another level (false) grants it.")));
	payer = PG_GETARG_BOOL(3);
	st = state_get(fcinfo, AGG_TOP_UP_PER_KIND);
	kind = key_arg(fcinfo, 1);
	/* Other levels' stackable amounts reduce nothing: leave them out. */
	if (payer || kind.len != NO_KEY)
		state_fold(&st, dict_key(st->dict, kind, null_key,
								 payer ? ROLE_ALONE : ROLE_OTHER, NO_LIMIT),
				   granted);
	PG_RETURN_POINTER(st);
}

Datum
top_up_per_kind_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_CNY(state_per_kind((KindState *) PG_GETARG_POINTER(0)));
}

/* ---- annual_total(kind, limit_group, amount, limit) ---- */

static Datum
annual_total_step(FunctionCallInfo fcinfo, int64 granted, int64 claimed)
{
	KindState  *st = state_get(fcinfo, AGG_ANNUAL_TOTAL);
	int64		limit = limit_arg(fcinfo, 4, AGG_ANNUAL_TOTAL);
	int32		key;

	if (PG_ARGISNULL(2))
	{
		/* Standing alone: the row under its own limit. */
		key = dict_key(st->dict, key_arg(fcinfo, 1), null_key, ROLE_ALONE,
					   NO_LIMIT);
		if (limit != NO_LIMIT)
			granted = Min(granted, limit);
	}
	else
		key = dict_key(st->dict, key_arg(fcinfo, 1), key_arg(fcinfo, 2),
					   ROLE_GROUPED, limit);
	state_fold(&st, key, granted);
	st->claimed = add_fen(st->claimed, claimed);
	PG_RETURN_POINTER(st);
}

Datum
annual_total_trans(PG_FUNCTION_ARGS)
{
	int64		granted,
				claimed;

	if (PG_ARGISNULL(3))
		RETURN_UNCHANGED();
	cny_amount_arg(fcinfo, 3, AGG_ANNUAL_TOTAL, &granted, &claimed);
	return annual_total_step(fcinfo, granted, claimed);
}

Datum
annual_total_award_trans(PG_FUNCTION_ARGS)
{
	int64		granted,
				claimed;

	if (PG_ARGISNULL(3))
		RETURN_UNCHANGED();
	award_amount_arg(fcinfo, 3, &granted, &claimed);
	return annual_total_step(fcinfo, granted, claimed);
}

Datum
annual_total_final(PG_FUNCTION_ARGS)
{
	KindState  *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (KindState *) PG_GETARG_POINTER(0);
	PG_RETURN_AWARD_P(award_make(state_per_kind(st), st->claimed));
}

/* ---- parallel support, shared by the four aggregates ---- */

Datum
kind_state_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	KindState  *src;
	KindState  *dst;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "kind_state_combine called in non-aggregate context");
	if (PG_ARGISNULL(1))
		RETURN_UNCHANGED();
	src = (KindState *) PG_GETARG_POINTER(1);
	dst = PG_ARGISNULL(0) ? state_new(aggcxt, src->dict, AGG_UNKNOWN) :
		(KindState *) PG_GETARG_POINTER(0);
	PG_RETURN_POINTER(state_merge(dst, src));
}

static void
key_send(StringInfo buf, Key k)
{
	pq_sendint32(buf, k.len);
	if (k.len > 0)
		pq_sendbytes(buf, k.data, k.len);
}

static Key
key_recv(StringInfo buf)
{
	Key			k;

	k.len = pq_getmsgint(buf, 4);
	if (k.len < NO_KEY)
		elog(ERROR, "kind_state_deserialize: bad key length %d", k.len);
	k.data = k.len > 0 ? pq_getmsgbytes(buf, k.len) : "";
	return k;
}

Datum
kind_state_serialize(PG_FUNCTION_ARGS)
{
	KindState  *st = (KindState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			i;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "kind_state_serialize called in non-aggregate context");
	pq_begintypsend(&buf);
	pq_sendint32(&buf, st->which);
	pq_sendint64(&buf, st->claimed);
	pq_sendint32(&buf, st->nentries);
	for (i = 0; i < st->nentries; i++)
	{
		const KeyDef *k = &st->dict->keys[st->keys[i]];

		pq_sendint32(&buf, k->role);
		key_send(&buf, k->kind);
		key_send(&buf, k->group);
		pq_sendint64(&buf, k->limit);
		pq_sendint64(&buf, state_values(st)[i]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
kind_state_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	KindState  *st;
	int32		n;
	int			i;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "kind_state_deserialize called in non-aggregate context");
	bytea_reader(&buf, b);

	/*
	 * In the per-input-tuple context the executor calls us in: the combine
	 * step folds this state into the group's and it is gone with the tuple.
	 * In the aggregate context it would stay until the query ends under
	 * hashing, one per group and worker.
	 */
	st = state_new(CurrentMemoryContext, dict_get(fcinfo), AGG_UNKNOWN);
	st->which = pq_getmsgint(&buf, 4);
	if (st->which < AGG_UNKNOWN || st->which > AGG_ANNUAL_TOTAL)
		elog(ERROR, "kind_state_deserialize: bad aggregate %d", st->which);
	st->claimed = pq_getmsgint64(&buf);
	n = pq_getmsgint(&buf, 4);
	for (i = 0; i < n; i++)
	{
		int32		role = pq_getmsgint(&buf, 4);
		Key			kind = key_recv(&buf);
		Key			group = key_recv(&buf);
		int64		limit = pq_getmsgint64(&buf);

		if (role < ROLE_GROUPED || role > ROLE_OTHER)
			elog(ERROR, "kind_state_deserialize: bad role %d", role);
		*state_entry(&st, dict_key(st->dict, kind, group, role, limit)) =
			pq_getmsgint64(&buf);
	}
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(st);
}
