#!/usr/bin/env python3
"""Generate Krait's Unicode character database from CPython 3.11's own.

The source of truth is the running interpreter: its `unicodedata` module
(which must be Unicode 14.0.0) and the behaviour of its str methods.  Asking
the str methods themselves (chr(c).isalpha(), chr(c).upper(), ...) rather
than re-deriving them from the Unicode data files means every predicate and
case mapping is, by construction, the one CPython 3.11 uses.  Two things the
interpreter cannot enumerate are read from small data files beside this
script: the formal name aliases and the named sequences (each entry is
checked against unicodedata.lookup here).

Writes, into the output directory:
  kr_unicodedata.h   record layouts, table declarations, lookup macros
  kr_unicodedata.c   the tables

Every per-code-point property lives in a two-stage table: the code space is
cut into blocks of 2**SHIFT code points, identical blocks are stored once,
and a first-stage index maps a block number to its stored block.  The values
in the blocks are indexes of deduplicated records.  docs/internals/unicode.md
describes the layout.

Usage: gen_unicode.py OUTDIR
"""
import os
import sys
import unicodedata

UNIDATA_VERSION = "14.0.0"
NCODES = 0x110000
HERE = os.path.dirname(os.path.abspath(__file__))

# ctype flags: what the str methods ask
CT_FLAGS = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "LOWER", "UPPER", "TITLE",
            "CASED", "CASE_IGNORABLE", "SPACE", "LINEBREAK", "PRINTABLE",
            "XID_START", "XID_CONTINUE", "EXTENDED_CASE"]
CT = {name: 1 << i for i, name in enumerate(CT_FLAGS)}


def ctype_type(n):
    return "uint8_t" if n < 256 else "uint16_t" if n < 65536 else "uint32_t"


def split_table(values):
    """Best two-stage split of `values` (a list of small ints): returns
    (shift, index1, index2) minimising the byte size."""
    best = None
    for shift in range(4, 10):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, len(values), size):
            blk = tuple(values[start:start + size])
            pos = blocks.get(blk)
            if pos is None:
                pos = blocks[blk] = len(index2) >> shift
                index2.extend(blk)
            index1.append(pos)
        cost = (len(index1) * (1 if max(index1) < 256 else 2)
                + len(index2) * (1 if max(index2) < 256 else 2 if max(index2) < 65536 else 4))
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1], best[2], best[3]


class Out:
    def __init__(self):
        self.c, self.h = [], []
        self.sizes = {}

    def array(self, ctype, name, values, per_line=16, fmt=str, static_size=None):
        vals = list(values)
        self.h.append(f"extern const {ctype} {name}[{len(vals)}];")
        self.c.append(f"const {ctype} {name}[{len(vals)}] = {{")
        for i in range(0, len(vals), per_line):
            self.c.append("    " + ", ".join(fmt(v) for v in vals[i:i + per_line]) + ",")
        self.c.append("};")
        width = {"uint8_t": 1, "int8_t": 1, "uint16_t": 2, "int16_t": 2, "uint32_t": 4,
                 "int32_t": 4, "double": 8, "char": 1}.get(ctype, static_size or 0)
        self.sizes[name] = len(vals) * width

    def records(self, ctype, name, rows, width):
        """An array of structs, one initializer per row."""
        self.h.append(f"extern const {ctype} {name}[{len(rows)}];")
        self.c.append(f"const {ctype} {name}[{len(rows)}] = {{")
        self.c.extend("    {" + ", ".join(map(str, r)) + "}," for r in rows)
        self.c.append("};")
        self.sizes[name] = len(rows) * width

    def two_stage(self, prefix, values):
        shift, index1, index2 = split_table(values)
        self.h.append(f"#define {prefix.upper()}_SHIFT {shift}")
        self.array(ctype_type(max(index1) + 1), prefix + "_index1", index1)
        self.array(ctype_type(max(index2) + 1), prefix + "_index2", index2)
        self.h.append(f"#define {prefix.upper()}_LOOKUP(ch) ({prefix}_index2[({prefix}_index1[(ch) >> {shift}] << {shift})"
                      f" + ((ch) & ((1u << {shift}) - 1))])")


def dedup(records):
    """Map each code point's record to a small index; index 0 is records[0]'s."""
    table, ids = {}, []
    for r in records:
        i = table.get(r)
        if i is None:
            i = table[r] = len(table)
        ids.append(i)
    uniq = [None] * len(table)
    for r, i in table.items():
        uniq[i] = r
    return uniq, ids


# ---------------------------------------------------------------- ctype

def ctype_tables(out):
    numerics = [None]  # index 0: no numeric value
    numeric_ids = {}
    special = [None]
    special_ids = {}
    records = []
    for c in range(NCODES):
        ch = chr(c)
        flags = 0
        if ch.isalpha(): flags |= CT["ALPHA"]
        if ch.isdecimal(): flags |= CT["DECIMAL"]
        if ch.isdigit(): flags |= CT["DIGIT"]
        if ch.isnumeric(): flags |= CT["NUMERIC"]
        if ch.islower(): flags |= CT["LOWER"]
        if ch.isupper(): flags |= CT["UPPER"]
        cat = unicodedata.category(ch)
        if cat == "Lt": flags |= CT["TITLE"]
        if flags & (CT["LOWER"] | CT["UPPER"] | CT["TITLE"]): flags |= CT["CASED"]
        # Case_Ignorable, read off the Final_Sigma rule of str.lower(): a
        # capital sigma after an ignorable character looks through it.
        after_cased = ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"
        after_uncased = ("1" + ch + "\u03a3").lower()[-1] == "\u03c2"
        if after_cased and not after_uncased:
            flags |= CT["CASE_IGNORABLE"]
        if ch.isspace(): flags |= CT["SPACE"]
        if len(("a" + ch + "b").splitlines()) == 2: flags |= CT["LINEBREAK"]
        if ch.isprintable(): flags |= CT["PRINTABLE"]
        if ch.isidentifier(): flags |= CT["XID_START"]
        if ("a" + ch).isidentifier(): flags |= CT["XID_CONTINUE"]
        if c == ord("_"):
            flags &= ~CT["XID_START"]  # '_' is allowed by isidentifier, not by XID_Start
        dec = unicodedata.decimal(ch, -1)
        dig = unicodedata.digit(ch, -1)
        num = unicodedata.numeric(ch, None)
        assert (dec >= 0) == bool(flags & CT["DECIMAL"]), hex(c)
        assert (dig >= 0) == bool(flags & CT["DIGIT"]), hex(c)
        assert (num is not None) == bool(flags & CT["NUMERIC"]), hex(c)
        if num is None:
            nid = 0
        else:
            nid = numeric_ids.get(num)
            if nid is None:
                nid = numeric_ids[num] = len(numerics)
                numerics.append(num)
        lower, upper, title, fold = ch.lower(), ch.upper(), ch.title(), ch.casefold()
        if max(map(len, (lower, upper, title, fold))) > 1 or fold != lower:
            flags |= CT["EXTENDED_CASE"]
            key = (lower, upper, title, fold)
            sid = special_ids.get(key)
            if sid is None:
                sid = special_ids[key] = len(special)
                special.append(key)
            deltas = (0, 0, 0)
        else:
            sid = 0
            deltas = (ord(upper) - c, ord(lower) - c, ord(title) - c)
        records.append((flags, dec, dig, nid, sid) + deltas)
    uniq, ids = dedup(records)
    out.h.append("typedef struct { uint16_t flags; int8_t decimal, digit; uint16_t numeric, special;"
                 " int32_t upper, lower, title; } KrCtypeRecord;")
    for name, bit in CT.items():
        out.h.append(f"#define KR_CT_{name} 0x{bit:x}")
    out.records("KrCtypeRecord", "kr_ctype_records", uniq, 20)
    out.two_stage("kr_ctype", ids)
    out.array("double", "kr_numeric_values", numerics[1:] or [0.0], per_line=4, fmt=repr)
    # full case mappings: per entry, the lengths then the characters
    # [nlower, nupper, ntitle, nfold, lower..., upper..., title..., fold...]
    flat = [0] * 16
    for lower, upper, title, fold in special[1:]:
        row = [len(lower), len(upper), len(title), len(fold)]
        for s in (lower, upper, title, fold):
            row += [ord(x) for x in s] + [0] * (3 - len(s))
        flat += row
    out.array("uint32_t", "kr_special_case", flat)
    return len(uniq)


# ---------------------------------------------------------------- database

def database_tables(out):
    cats, bidis, eaws = ["Cn"], [""], ["N"]

    def intern(lst, v):
        if v not in lst:
            lst.append(v)
        return lst.index(v)

    records, decomp_ids = [], []
    decomp = [0]   # offset 0: no decomposition
    tags = [""]
    for c in range(NCODES):
        ch = chr(c)
        rec = (intern(cats, unicodedata.category(ch)), intern(bidis, unicodedata.bidirectional(ch)),
               unicodedata.combining(ch), intern(eaws, unicodedata.east_asian_width(ch)),
               unicodedata.mirrored(ch))
        records.append(rec)
        d = unicodedata.decomposition(ch)
        if d:
            parts = d.split()
            tag = 0
            if parts[0].startswith("<"):
                tag = intern(tags, parts.pop(0))
            decomp_ids.append(len(decomp))
            decomp.append((tag << 8) | len(parts))
            decomp.extend(int(p, 16) for p in parts)
        else:
            decomp_ids.append(0)
    uniq, ids = dedup(records)
    out.h.append("typedef struct { uint8_t category, bidirectional, combining, east_asian_width, mirrored; }"
                 " KrDatabaseRecord;")
    out.records("KrDatabaseRecord", "kr_db_records", uniq, 5)
    out.two_stage("kr_db", ids)

    def strings(name, lst):
        out.h.append(f"extern const char *const {name}[{len(lst)}];")
        out.c.append(f"const char *const {name}[{len(lst)}] = {{"
                     + ", ".join('"%s"' % s for s in lst) + "};")

    strings("kr_db_category_names", cats)
    strings("kr_db_bidirectional_names", bidis)
    strings("kr_db_east_asian_width_names", eaws)
    strings("kr_db_decomp_tags", tags)
    out.h.append('#define KR_UNIDATA_VERSION "%s"' % UNIDATA_VERSION)
    out.two_stage("kr_decomp", decomp_ids)
    out.array("uint32_t", "kr_decomp_data", decomp)

    # Canonical composition pairs: a character whose canonical decomposition
    # is two characters and that survives NFC is a primary composite.
    pairs = []
    for c in range(NCODES):
        d = unicodedata.decomposition(chr(c))
        if not d or d.startswith("<"):
            continue
        parts = [int(p, 16) for p in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(c)) == chr(c):
            pairs.append((parts[0], parts[1], c))
    pairs.sort()
    out.h.append(f"#define KR_COMPOSE_PAIRS {len(pairs)}")
    flat = [x for p in pairs for x in p]
    out.array("uint32_t", "kr_compose_pairs", flat, per_line=12)
    return len(uniq)


# ---------------------------------------------------------------- names

def read_data(fname):
    rows = []
    for line in open(os.path.join(HERE, "unicode", fname), encoding="ascii"):
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, codes = line.partition(";")
            rows.append((name.strip(), [int(x, 16) for x in codes.split()]))
    return rows


def algorithmic_ranges():
    """Runs of characters named PREFIX-<hex of the code point> (CJK unified
    ideographs, Tangut, ...): their names are computed, not stored."""
    ranges = []
    for c in range(NCODES):
        name = unicodedata.name(chr(c), "")
        suffix = "-%04X" % c
        if name.endswith(suffix):
            prefix = name[:-len(suffix) + 1]
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c, prefix])
    return [r for r in ranges if r[1] - r[0] >= 16]


def hangul_jamo():
    base = 0xAC00
    name = lambda c: unicodedata.name(chr(c))[len("HANGUL SYLLABLE "):]
    ga = name(base)  # "GA"
    ls = [name(base + l * 21 * 28)[:-1] for l in range(19)]
    vs = [name(base + v * 28)[1:] for v in range(21)]
    ts = [name(base + t)[len(ga):] for t in range(28)]
    return ls, vs, ts


def name_tables(out):
    algo = algorithmic_ranges()

    def is_algorithmic(c):
        return 0xAC00 <= c <= 0xD7A3 or any(lo <= c <= hi for lo, hi, _ in algo)

    names = {}
    for c in range(NCODES):
        n = unicodedata.name(chr(c), None)
        if n is not None and not is_algorithmic(c):
            names[c] = n
    aliases = read_data("name_aliases.txt")
    seqs = read_data("named_sequences.txt")
    for alias, (cp,) in aliases:
        if unicodedata.lookup(alias) != chr(cp):
            sys.exit(f"gen_unicode: alias {alias!r} is not U+{cp:04X} in this Python")
    for name, cps in seqs:
        if unicodedata.lookup(name) != "".join(map(chr, cps)):
            sys.exit(f"gen_unicode: named sequence {name!r} differs in this Python")

    # the lexicon: words by falling frequency, so the common ones get one byte
    freq = {}
    allnames = list(names.values()) + [a for a, _ in aliases] + [s for s, _ in seqs]
    for n in allnames:
        for w in n.split(" "):
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    wid = {w: i for i, w in enumerate(words)}
    ONE = 0xC0
    if len(words) > ONE + 0x40 * 256:
        sys.exit("gen_unicode: lexicon too large for two-byte word codes")

    def encode(n):
        b = []
        for w in n.split(" "):
            i = wid[w]
            if i < ONE:
                b.append(i)
            else:
                i -= ONE
                b += [ONE + (i >> 8), i & 0xFF]
        assert len(b) < 256
        return [len(b)] + b

    lex, lexoff = [], []
    for w in words:
        lexoff.append(len(lex))
        lex.extend(w.encode("ascii"))
    lexoff.append(len(lex))
    out.array("uint8_t", "kr_name_lexicon", lex, per_line=24)
    # offsets rise to less than 2**17: store their low 16 bits and the
    # number of the first word past 64 KiB
    assert lexoff[-1] < 1 << 17
    wrap = next((i for i, o in enumerate(lexoff) if o >= 1 << 16), len(lexoff))
    out.array("uint16_t", "kr_name_lexicon_offset", [o & 0xFFFF for o in lexoff])
    out.h.append(f"#define KR_NAME_LEXICON_WRAP {wrap}")
    order = sorted(range(len(words)), key=lambda i: words[i])
    out.array("uint16_t", "kr_name_lexicon_sorted", order)
    out.h.append(f"#define KR_NAME_WORDS {len(words)}")
    out.h.append(f"#define KR_NAME_ONE_BYTE {ONE}")

    # names: blocks of 128 code points, each with the offset of its first
    # name and a bitmap of the code points that have one
    BLOCK = 128
    data, blocks, bidx = [], {}, []
    for b in range(NCODES // BLOCK):
        bits = [0, 0, 0, 0]
        start = len(data)
        for c in range(b * BLOCK, (b + 1) * BLOCK):
            if c in names:
                bits[(c % BLOCK) >> 5] |= 1 << (c & 31)
                data.extend(encode(names[c]))
        key = (start if any(bits) else 0,) + tuple(bits)
        if key not in blocks:
            blocks[key] = len(blocks)
        bidx.append(blocks[key])
    brecs = sorted(blocks, key=blocks.get)
    out.array("uint8_t", "kr_name_data", data, per_line=24)
    out.array("uint32_t", "kr_name_blocks", [x for r in brecs for x in r], per_line=10)
    out.array(ctype_type(len(brecs)), "kr_name_block_index", bidx)
    out.h.append(f"#define KR_NAME_BLOCK_SHIFT 7")

    # aliases: their characters, and their encoded names one after another;
    # named sequences: [count, characters...] each, and their names
    out.array("uint32_t", "kr_alias_chars", [cp for _, (cp,) in aliases])
    out.array("uint8_t", "kr_alias_names", [b for a, _ in aliases for b in encode(a)], per_line=24)
    out.h.append(f"#define KR_ALIAS_COUNT {len(aliases)}")
    out.array("uint32_t", "kr_namedseq_chars", [x for _, cps in seqs for x in [len(cps)] + cps])
    out.array("uint8_t", "kr_namedseq_names", [b for n, _ in seqs for b in encode(n)], per_line=24)
    out.h.append(f"#define KR_NAMEDSEQ_COUNT {len(seqs)}")

    out.h.append("typedef struct { uint32_t lo, hi; const char *prefix; } KrNameRange;")
    out.h.append(f"extern const KrNameRange kr_name_ranges[{len(algo)}];")
    out.c.append(f"const KrNameRange kr_name_ranges[{len(algo)}] = {{")
    for lo, hi, prefix in algo:
        out.c.append(f'    {{0x{lo:X}, 0x{hi:X}, "{prefix}"}},')
    out.c.append("};")
    out.h.append(f"#define KR_NAME_RANGES {len(algo)}")
    ls, vs, ts = hangul_jamo()
    for nm, lst in (("kr_jamo_l", ls), ("kr_jamo_v", vs), ("kr_jamo_t", ts)):
        out.h.append(f"extern const char *const {nm}[{len(lst)}];")
        out.c.append(f"const char *const {nm}[{len(lst)}] = {{" + ", ".join('"%s"' % s for s in lst) + "};")
    return len(names), len(words)


def main():
    if unicodedata.unidata_version != UNIDATA_VERSION:
        sys.exit(f"gen_unicode: this Python's unicodedata is Unicode {unicodedata.unidata_version}, "
                 f"Krait needs {UNIDATA_VERSION} (run with CPython 3.11)")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    out = Out()
    nct = ctype_tables(out)
    ndb = database_tables(out)
    nnames, nwords = name_tables(out)
    total = sum(out.sizes.values())
    head = ["/* Generated by Tools/gen_unicode.py from CPython's unicodedata "
            f"(Unicode {UNIDATA_VERSION}); do not edit. */"]
    summary = (f"/* {nct} ctype records, {ndb} database records, {nnames} stored names in "
               f"{nwords} words; about {total // 1024} KiB of tables */")
    with open(os.path.join(outdir, "kr_unicodedata.h.tmp"), "w") as f:
        f.write("\n".join(head + [summary, "#ifndef KR_UNICODEDATA_H", "#define KR_UNICODEDATA_H",
                                  "#include <stdint.h>"] + out.h + ["#endif", ""]))
    with open(os.path.join(outdir, "kr_unicodedata.c.tmp"), "w") as f:
        f.write("\n".join(head + ['#include "kr_unicodedata.h"'] + out.c + [""]))
    for n in ("kr_unicodedata.h", "kr_unicodedata.c"):
        os.replace(os.path.join(outdir, n + ".tmp"), os.path.join(outdir, n))


if __name__ == "__main__":
    main()
