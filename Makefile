# Krait's one Makefile.  Variants are variables, not copies:
#
#   make                 optimised build/krait (-O2)
#   make debug           build/debug/krait: -O0 -g, asserts, reference-count totals
#   make asan            build/asan/krait: AddressSanitizer + UndefinedBehaviorSanitizer
#   make test            build, then run every test (last line: "N passed, N failed")
#   make test-asan       the same tests under the sanitizer build
#   make bench           Krait against CPython 3.11, alternating, with ratios
#   make cpython-tests   CPython's own Lib/test modules under Krait: pass counts
#   make clean
#
# Switches: CC=clang, KR_WERROR=1 (CI), KR_DEBUG=1, KR_ASAN=1, BUILD=dir.

CC ?= gcc
BUILD ?= build
# Debian's python3.11 first: it is both the oracle and the stdlib's owner.
PYTHON3 ?= $(firstword $(wildcard /usr/bin/python3.11) $(shell command -v python3.11 2>/dev/null) python3)

WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
        -Wno-cast-function-type -Wno-sign-compare
CSTD := -std=gnu11
INCLUDES := -IInclude -IInclude/internal -I$(BUILD)/gen
OPT := -O2 -g
DEFS :=
LDLIBS := -lm -lpthread -lz -lbz2 -llzma -lexpat -lsqlite3

ifeq ($(KR_DEBUG),1)
OPT := -O0 -g3
DEFS += -DKR_DEBUG
endif
ifeq ($(KR_ASAN),1)
OPT := -O1 -g -fno-omit-frame-pointer
SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined
DEFS += -DKR_ASAN
endif
ifeq ($(KR_WERROR),1)
WARN += -Werror
endif

# Where the CPython 3.11 standard library lives, asked of python3.11
# itself at build time; KRAITHOME or PYTHONPATH override it at run time.
STDLIB_DIR ?= $(shell $(PYTHON3) -c 'import sysconfig; print(sysconfig.get_path("stdlib"))' 2>/dev/null)
DEFS += -DKR_STDLIB_DIR='"$(STDLIB_DIR)"'

CFLAGS_ALL = $(CSTD) $(OPT) $(WARN) $(SAN) $(DEFS) $(INCLUDES) $(CFLAGS)
LDFLAGS_ALL = $(SAN) $(LDFLAGS)

CORE_SRCS := $(wildcard Objects/*.c Parser/*.c Python/*.c Python/*/*.c Modules/*.c Modules/*/*.c)
MAIN_SRCS := Programs/main.c
GEN := $(BUILD)/gen/kr_opcode.h $(BUILD)/gen/kr_opcode_tables.c $(BUILD)/gen/kr_opcode_targets.h \
       $(BUILD)/gen/kr_stdlib_names.h
# The Unicode tables: big and slow to regenerate, so only the files that
# include kr_unicodedata.h wait for them (order-only; -MMD records the rest).
UNIGEN := $(BUILD)/gen/kr_unicodedata.h $(BUILD)/gen/kr_unicodedata.c
CORE_OBJS := $(patsubst %.c,$(BUILD)/obj/%.o,$(CORE_SRCS)) $(BUILD)/obj/gen/kr_opcode_tables.o \
             $(BUILD)/obj/gen/kr_unicodedata.o
CAPI_TESTS := $(patsubst tests/capi/%.c,$(BUILD)/tests/%,$(wildcard tests/capi/test_*.c))

.PHONY: all debug asan test test-asan bench cpython-tests clean regen objs capi-tests

all: $(BUILD)/krait $(BUILD)/pycache/.stamp

$(BUILD)/gen/kr_opcode.h $(BUILD)/gen/kr_opcode_tables.c $(BUILD)/gen/kr_opcode_targets.h: Python/vm/instructions.def Tools/gen_opcodes.py
	@mkdir -p $(BUILD)/gen
	$(PYTHON3) Tools/gen_opcodes.py Python/vm/instructions.def $(BUILD)/gen

# The Unicode database of CPython 3.11 (Unicode 14.0.0), read from
# $(PYTHON3)'s own unicodedata module; the script fails on another version.
$(BUILD)/gen/kr_unicodedata.h $(BUILD)/gen/kr_unicodedata.c &: Tools/gen_unicode.py Tools/unicode/name_aliases.txt Tools/unicode/named_sequences.txt
	@mkdir -p $(BUILD)/gen
	$(PYTHON3) Tools/gen_unicode.py $(BUILD)/gen

# sys.stdlib_module_names: the standard library's module names, asked of
# the CPython 3.11 whose library Krait runs.
$(BUILD)/gen/kr_stdlib_names.h: Tools/gen_stdlib_names.py
	@mkdir -p $(BUILD)/gen
	$(PYTHON3) Tools/gen_stdlib_names.py > $@.tmp && mv $@.tmp $@

regen: $(GEN) $(UNIGEN)

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c $(GEN) | $(UNIGEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.c $(GEN) | $(UNIGEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/libkrait.a: $(CORE_OBJS)
	rm -f $@
	@ar rcs $@ $^

$(BUILD)/krait: $(BUILD)/obj/Programs/main.o $(BUILD)/libkrait.a
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LDLIBS)

# Bytecode of the standard library and of Debian's dist-packages, compiled
# once by this krait into $(BUILD)/pycache (Python/runtime/import.c reads
# it when the __pycache__ next to a module has nothing valid), so programs
# do not recompile them on every run.  Their test suites are left out; a
# file that fails to compile (lib2to3's deliberately broken samples) is
# simply not cached.  The files are per optimization level (NAME.krait-311.pyc,
# .opt-1.pyc, .opt-2.pyc) and only level 0 is built by default, so `-O`
# runs compile the library themselves; PYCACHE_OPT_LEVELS="0 1 2" builds
# the others too (about three times the time and twice the space).
PYCACHE_DIRS := $(STDLIB_DIR) $(wildcard /usr/lib/python3/dist-packages)
PYCACHE_OPT_LEVELS ?= 0
$(BUILD)/pycache/.stamp: $(BUILD)/krait
	@rm -rf $(BUILD)/pycache
	-@env -u PYTHONDONTWRITEBYTECODE $(BUILD)/krait -X pycache_prefix=$(abspath $(BUILD)/pycache) \
		-m compileall -q $(foreach l,$(PYCACHE_OPT_LEVELS),-o $(l)) \
		$(if $(word 2,$(PYCACHE_OPT_LEVELS)),--hardlink-dupes) -x '/(test|tests|idlelib|turtledemo)/' $(PYCACHE_DIRS) > /dev/null 2>&1
	@mkdir -p $(BUILD)/pycache && touch $@

# compile everything without linking: lets one subsystem be checked alone
objs: $(CORE_OBJS)

$(BUILD)/tests/%: tests/capi/%.c $(BUILD)/libkrait.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -o $@ $< $(BUILD)/libkrait.a $(LDFLAGS_ALL) $(LDLIBS)

capi-tests: $(CAPI_TESTS)

debug:
	$(MAKE) BUILD=build/debug KR_DEBUG=1

asan:
	$(MAKE) BUILD=build/asan KR_ASAN=1

test: all capi-tests
	$(PYTHON3) tests/run_tests.py --krait $(BUILD)/krait --capi $(BUILD)/tests

test-asan:
	$(MAKE) BUILD=build/asan KR_ASAN=1 test

bench: all
	$(PYTHON3) bench/run_bench.py --krait $(BUILD)/krait

# CPython's own regression tests (Debian's libpython3.11-testsuite) under
# Krait: a table per module, also written to build/conformance.md.
cpython-tests: all
	@test -d $(STDLIB_DIR)/test/support || apt-get install -y libpython3.11-testsuite
	$(PYTHON3) tests/cpython_tests.py --krait $(BUILD)/krait --markdown $(BUILD)/conformance.md \
	    --log $(BUILD)/cpython-tests.log

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
