# PGXS build of the subsidy extension.
EXTENSION  = subsidy
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = subsidy
OBJS       = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script of the current version is assembled from one fragment
# per type or area, applied in file-name order (install/NN-name.sql).
# versions/ keeps the full scripts of earlier releases, frozen when they
# were released, and the upgrade scripts between releases.
INSTALL_SQL = $(sort $(wildcard install/*.sql))
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql
DATA        = $(wildcard versions/$(EXTENSION)--*.sql)

REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)

ICU_CFLAGS = $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS   = $(shell pkg-config --libs icu-uc icu-i18n)
PG_CPPFLAGS = $(ICU_CFLAGS)
# -Wextra in full, less unused-parameter: the server's own headers
# (bufpage.h, ilist.h) trip it in inline functions.
PG_CFLAGS   = -Wextra -Wno-unused-parameter
SHLIB_LINK += $(ICU_LIBS)

EXTRA_CLEAN = fuzz/*_fuzzer

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_SQL)
	cat $^ > $@

# libFuzzer targets for the plain-C parsers; FUZZ_SECONDS bounds each run.
# UBSan findings abort so libFuzzer keeps them; corpora (fuzz/*_fuzzer.corpus)
# and crash artifacts stay under fuzz/ and out of git; fuzz/NAME.dict, when
# present, gives libFuzzer the multi-byte characters to try.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang-14
FUZZ_FLAGS    = -g -O1 -fsanitize=fuzzer,address,undefined \
                -fno-sanitize-recover=all -Isrc $(ICU_CFLAGS)
FUZZERS       = $(patsubst fuzz/%.c,fuzz/%_fuzzer,$(wildcard fuzz/*.c))

fuzz/cny_fuzzer: fuzz/cny.c src/cny_parse.c src/cny_format.c src/cny_text.h
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ fuzz/cny.c src/cny_parse.c src/cny_format.c $(ICU_LIBS)

fuzz/tiers_fuzzer: fuzz/tiers.c src/tiers_parse.c src/tiers_text.h src/cny_parse.c src/cny_format.c src/cny_text.h
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ fuzz/tiers.c src/tiers_parse.c src/cny_parse.c src/cny_format.c $(ICU_LIBS)

.PHONY: fuzz
fuzz: $(FUZZERS)
	@for f in $(FUZZERS); do \
	  mkdir -p $$f.corpus; \
	  echo "== $$f for $(FUZZ_SECONDS)s"; \
	  d=$${f%_fuzzer}.dict; dict=; [ -f $$d ] && dict=-dict=$$d; \
	  ./$$f -max_total_time=$(FUZZ_SECONDS) -max_len=256 -artifact_prefix=fuzz/ \
	    $$dict $$f.corpus fuzz/seeds || exit 1; \
	done
