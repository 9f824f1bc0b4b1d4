/* The unicodedata module, character names and normalization.
 *
 * The data are the generated tables of kr_unicodedata.h (see
 * Tools/gen_unicode.py and docs/internals/unicode.md):
 *
 * - Properties (category, bidirectional class, combining class, East Asian
 *   width, mirrored) come from a two-stage table of shared records; the
 *   one-level decomposition of a character from a second two-stage table
 *   pointing into kr_decomp_data.
 *
 * - Names are sequences of word numbers into a lexicon, frequent words
 *   taking one byte.  The names of a block of 128 code points follow each
 *   other in kr_name_data; the block's record holds where they start and a
 *   bitmap of the code points that have one, so a name is found by skipping
 *   the names of the lower code points of its block.  Names that are a
 *   prefix plus the code point in hex (CJK ideographs and the like) and the
 *   Hangul syllables are computed, not stored.  Looking a name up encodes
 *   the query with the same lexicon and compares byte strings: there are
 *   some 33,000 stored names, and the search is rare (\N{...} escapes and
 *   unicodedata.lookup) so a scan is plenty.
 *
 * - Normalization decomposes recursively (Hangul syllables arithmetically),
 *   puts combining marks in canonical order, and for the composed forms
 *   recombines with the table of primary composites (composition
 *   exclusions are left out of it by the generator).
 *
 * The Unicode 3.2.0 view (unicodedata.ucd_3_2_0) is not provided. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_strings.h"
#include "kr_ucd.h"
#include "kr_unicodedata.h"

#include <string.h>

#define NAME_MAXLEN 256

/* ---------------------------------------------------------------- records */

static const KrDatabaseRecord *db_record(Py_UCS4 ch)
{
    return &kr_db_records[KR_DB_LOOKUP(ch)];
}

static const uint32_t *decomp_entry(Py_UCS4 ch)
{
    unsigned off = KR_DECOMP_LOOKUP(ch);
    return off ? &kr_decomp_data[off] : NULL;
}

/* ---------------------------------------------------------------- Hangul */

enum {
    S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
    L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT,
};

static int is_hangul(Py_UCS4 ch)
{
    return ch >= S_BASE && ch < S_BASE + S_COUNT;
}

/* ---------------------------------------------------------------- names */

static int is_unified_ideograph(Py_UCS4 ch)
{
    for (int i = 0; i < KR_NAME_RANGES; i++)
        if (ch >= kr_name_ranges[i].lo && ch <= kr_name_ranges[i].hi)
            return strcmp(kr_name_ranges[i].prefix, "CJK UNIFIED IDEOGRAPH-") == 0;
    return 0;
}

/* where word w starts in the lexicon (offsets are stored modulo 64 KiB) */
static uint32_t word_offset(unsigned w)
{
    return kr_name_lexicon_offset[w] + (w >= KR_NAME_LEXICON_WRAP ? 0x10000u : 0);
}

static void append_word(char *buf, size_t *n, unsigned w)
{
    uint32_t lo = word_offset(w), hi = word_offset(w + 1);
    if (*n)
        buf[(*n)++] = ' ';
    memcpy(buf + *n, &kr_name_lexicon[lo], hi - lo);
    *n += hi - lo;
}

/* Decode an encoded name (its bytes after the length byte) into buf. */
static size_t decode_name(const uint8_t *p, unsigned len, char *buf)
{
    size_t n = 0;
    for (unsigned i = 0; i < len; i++) {
        unsigned w = p[i];
        if (w >= KR_NAME_ONE_BYTE)
            w = KR_NAME_ONE_BYTE + ((w - KR_NAME_ONE_BYTE) << 8) + p[++i];
        append_word(buf, &n, w);
    }
    buf[n] = '\0';
    return n;
}

/* The stored name of ch: a pointer to its length byte, or NULL. */
static const uint8_t *stored_name(Py_UCS4 ch)
{
    if (ch >= 0x110000)
        return NULL;
    const uint32_t *rec = &kr_name_blocks[5 * kr_name_block_index[ch >> KR_NAME_BLOCK_SHIFT]];
    unsigned bit = ch & 127;
    if (!(rec[1 + (bit >> 5)] & (1u << (bit & 31))))
        return NULL;
    unsigned skip = 0;
    for (unsigned i = 0; i < (bit >> 5); i++)
        skip += (unsigned)__builtin_popcount(rec[1 + i]);
    skip += (unsigned)__builtin_popcount(rec[1 + (bit >> 5)] & ((1u << (bit & 31)) - 1));
    const uint8_t *p = &kr_name_data[rec[0]];
    while (skip--)
        p += 1 + p[0];
    return p;
}

/* Write the name of ch into buf (NAME_MAXLEN + 1 bytes): 1 if it has one. */
static int get_name(Py_UCS4 ch, char *buf)
{
    if (is_hangul(ch)) {
        unsigned s = ch - S_BASE;
        snprintf(buf, NAME_MAXLEN + 1, "HANGUL SYLLABLE %s%s%s", kr_jamo_l[s / N_COUNT],
                 kr_jamo_v[(s % N_COUNT) / T_COUNT], kr_jamo_t[s % T_COUNT]);
        return 1;
    }
    for (int i = 0; i < KR_NAME_RANGES; i++)
        if (ch >= kr_name_ranges[i].lo && ch <= kr_name_ranges[i].hi) {
            snprintf(buf, NAME_MAXLEN + 1, "%s%04X", kr_name_ranges[i].prefix, (unsigned)ch);
            return 1;
        }
    const uint8_t *p = stored_name(ch);
    if (p == NULL)
        return 0;
    decode_name(p + 1, p[0], buf);
    return 1;
}

int _KrUnicode_GetName(Py_UCS4 ch, char *buf, size_t size)
{
    char name[NAME_MAXLEN + 1];
    if (!get_name(ch, name) || strlen(name) >= size)
        return 0;
    strcpy(buf, name);
    return 1;
}

/* Find a word of the lexicon (exact, uppercase): its number or -1. */
static int find_word(const char *w, size_t len)
{
    int lo = 0, hi = KR_NAME_WORDS;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        unsigned k = kr_name_lexicon_sorted[mid];
        uint32_t a = word_offset(k), b = word_offset(k + 1);
        size_t wl = b - a, m = wl < len ? wl : len;
        int c = memcmp(&kr_name_lexicon[a], w, m);
        if (c == 0)
            c = wl < len ? -1 : wl > len ? 1 : 0;
        if (c == 0)
            return (int)k;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Encode an uppercased name with the lexicon: its length, or -1 when some
 * word is in no name. */
static int encode_name(const char *name, size_t len, uint8_t *out)
{
    int n = 0;
    size_t i = 0;
    for (;;) {
        size_t j = i;
        while (j < len && name[j] != ' ')
            j++;
        int w = find_word(name + i, j - i);
        if (w < 0 || n > 250)
            return -1;
        if (w < KR_NAME_ONE_BYTE)
            out[n++] = (uint8_t)w;
        else {
            w -= KR_NAME_ONE_BYTE;
            out[n++] = (uint8_t)(KR_NAME_ONE_BYTE + (w >> 8));
            out[n++] = (uint8_t)(w & 0xFF);
        }
        if (j == len)
            return n;
        i = j + 1;
    }
}

static int parse_hex(const char *s, size_t len, int upper_only, Py_UCS4 *v)
{
    Py_UCS4 x = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
              : !upper_only && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return 0;
        x = x * 16 + (Py_UCS4)d;
    }
    *v = x;
    return 1;
}

/* the longest jamo name of `tab` that `s` starts with */
static int match_jamo(const char *s, size_t len, const char *const *tab, int count, size_t *used)
{
    int best = -1;
    size_t bestlen = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tab[i]);
        if (l <= len && memcmp(s, tab[i], l) == 0 && (best < 0 || l > bestlen)) {
            best = i;
            bestlen = l;
        }
    }
    *used = bestlen;
    return best;
}

/* The computed names: Hangul syllables and the CJK unified ideographs are
 * matched case-sensitively, the other prefix-plus-hex ranges in any case
 * (they are ordinary names to CPython's lookup). */
static int lookup_algorithmic(const char *name, size_t len, const char *upper, Py_UCS4 *code)
{
    static const char hangul[] = "HANGUL SYLLABLE ";
    size_t hl = sizeof(hangul) - 1;
    if (len > hl && memcmp(name, hangul, hl) == 0) {
        const char *s = name + hl;
        size_t rest = len - hl, u;
        int l = match_jamo(s, rest, kr_jamo_l, L_COUNT, &u);
        s += u, rest -= u;
        int v = match_jamo(s, rest, kr_jamo_v, V_COUNT, &u);
        s += u, rest -= u;
        int t = match_jamo(s, rest, kr_jamo_t, T_COUNT, &u);
        rest -= u;
        if (l >= 0 && v >= 0 && t >= 0 && rest == 0) {
            *code = S_BASE + (Py_UCS4)((l * V_COUNT + v) * T_COUNT + t);
            return 1;
        }
        return 0;
    }
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    size_t cl = sizeof(cjk) - 1;
    if (len > cl && memcmp(name, cjk, cl) == 0) {
        Py_UCS4 v;
        size_t digits = len - cl;
        if ((digits == 4 || digits == 5) && parse_hex(name + cl, digits, 1, &v) && is_unified_ideograph(v)) {
            *code = v;
            return 1;
        }
        return 0;
    }
    for (int i = 0; i < KR_NAME_RANGES; i++) {
        const char *prefix = kr_name_ranges[i].prefix;
        size_t pl = strlen(prefix);
        if (strcmp(prefix, cjk) == 0 || len <= pl || memcmp(upper, prefix, pl) != 0)
            continue;
        Py_UCS4 v;
        char canon[16];
        if (len - pl > 8 || !parse_hex(upper + pl, len - pl, 1, &v))
            continue;
        if (v >= kr_name_ranges[i].lo && v <= kr_name_ranges[i].hi
            && (size_t)snprintf(canon, sizeof canon, "%04X", (unsigned)v) == len - pl) {
            *code = v;
            return 1;
        }
    }
    return 0;
}

/* Look a name up: the number of characters written to out (1, or the
 * length of a named sequence when with_seq), 0 when unknown. */
static int lookup_name(const char *name, size_t len, int with_seq, Py_UCS4 *out)
{
    char upper[NAME_MAXLEN + 1];
    if (len == 0 || len > NAME_MAXLEN)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 0x80 || c == 0)
            return 0;
        upper[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    upper[len] = '\0';
    if (lookup_algorithmic(name, len, upper, out))
        return 1;
    uint8_t enc[256];
    int n = encode_name(upper, len, enc);
    if (n < 0)
        return 0;
    for (unsigned b = 0; b < (0x110000 >> KR_NAME_BLOCK_SHIFT); b++) {
        const uint32_t *rec = &kr_name_blocks[5 * kr_name_block_index[b]];
        if (!(rec[1] | rec[2] | rec[3] | rec[4]))
            continue;
        const uint8_t *p = &kr_name_data[rec[0]];
        for (unsigned bit = 0; bit < 128; bit++) {
            if (!(rec[1 + (bit >> 5)] & (1u << (bit & 31))))
                continue;
            if (p[0] == n && memcmp(p + 1, enc, (size_t)n) == 0) {
                *out = (b << KR_NAME_BLOCK_SHIFT) + bit;
                return 1;
            }
            p += 1 + p[0];
        }
    }
    const uint8_t *a = kr_alias_names;
    for (int i = 0; i < KR_ALIAS_COUNT; i++) {
        if (a[0] == n && memcmp(a + 1, enc, (size_t)n) == 0) {
            *out = kr_alias_chars[i];
            return 1;
        }
        a += 1 + a[0];
    }
    if (!with_seq)
        return 0;
    const uint8_t *sn = kr_namedseq_names;
    const uint32_t *sc = kr_namedseq_chars;
    for (int i = 0; i < KR_NAMEDSEQ_COUNT; i++) {
        if (sn[0] == n && memcmp(sn + 1, enc, (size_t)n) == 0) {
            for (uint32_t k = 0; k < sc[0]; k++)
                out[k] = sc[1 + k];
            return (int)sc[0];
        }
        sn += 1 + sn[0];
        sc += 1 + sc[0];
    }
    return 0;
}

int _KrUnicode_LookupName(const char *name, Py_ssize_t len, Py_UCS4 *code)
{
    return len >= 0 && lookup_name(name, (size_t)len, 0, code) == 1;
}

/* ---------------------------------------------------------------- normalization */

typedef struct {
    Py_UCS4 *p;
    Py_ssize_t n, cap;
} ucs4buf;

static int buf_push(ucs4buf *b, Py_UCS4 ch)
{
    if (b->n == b->cap) {
        Py_ssize_t cap = b->cap ? b->cap * 2 : 64;
        Py_UCS4 *p = PyMem_Realloc(b->p, (size_t)cap * sizeof(Py_UCS4));
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        b->p = p;
        b->cap = cap;
    }
    b->p[b->n++] = ch;
    return 0;
}

static int decompose_char(ucs4buf *b, Py_UCS4 ch, int compat)
{
    if (is_hangul(ch)) {
        unsigned s = ch - S_BASE;
        if (buf_push(b, L_BASE + s / N_COUNT) < 0 || buf_push(b, V_BASE + (s % N_COUNT) / T_COUNT) < 0)
            return -1;
        return s % T_COUNT ? buf_push(b, T_BASE + s % T_COUNT) : 0;
    }
    const uint32_t *e = decomp_entry(ch);
    if (e == NULL || (!compat && (e[0] >> 8) != 0))
        return buf_push(b, ch);
    for (uint32_t i = 0; i < (e[0] & 0xFF); i++)
        if (decompose_char(b, e[1 + i], compat) < 0)
            return -1;
    return 0;
}

static Py_UCS4 compose_pair(Py_UCS4 a, Py_UCS4 b)
{
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (is_hangul(a) && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    int lo = 0, hi = KR_COMPOSE_PAIRS;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const uint32_t *p = &kr_compose_pairs[3 * mid];
        if (p[0] == a && p[1] == b)
            return p[2];
        if (p[0] < a || (p[0] == a && p[1] < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

PyObject *_KrUnicode_Normalize(const char *form, PyObject *s)
{
    int compat, compose;
    if (strcmp(form, "NFC") == 0)
        compat = 0, compose = 1;
    else if (strcmp(form, "NFKC") == 0)
        compat = 1, compose = 1;
    else if (strcmp(form, "NFD") == 0)
        compat = 0, compose = 0;
    else if (strcmp(form, "NFKD") == 0)
        compat = 1, compose = 0;
    else {
        PyErr_SetString(PyExc_ValueError, "invalid normalization form");
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (PyUnicode_IS_ASCII(s))
        return Py_NewRef(s); /* ASCII is in every normal form */
    ucs4buf b = {NULL, 0, 0};
    for (Py_ssize_t i = 0; i < len; i++)
        if (decompose_char(&b, PyUnicode_READ_CHAR(s, i), compat) < 0)
            goto error;
    /* canonical ordering: a stable sort of each run of non-starters */
    for (Py_ssize_t i = 1; i < b.n; i++) {
        unsigned cc = db_record(b.p[i])->combining;
        if (cc == 0)
            continue;
        Py_UCS4 ch = b.p[i];
        Py_ssize_t j = i;
        while (j > 0) {
            unsigned pc = db_record(b.p[j - 1])->combining;
            if (pc <= cc)
                break;
            b.p[j] = b.p[j - 1];
            j--;
        }
        b.p[j] = ch;
    }
    if (compose && b.n) {
        Py_ssize_t out = 0, starter = -1;
        unsigned last_cc = 0;
        for (Py_ssize_t i = 0; i < b.n; i++) {
            Py_UCS4 ch = b.p[i];
            unsigned cc = db_record(ch)->combining;
            if (starter >= 0 && (out - 1 == starter || (last_cc != 0 && last_cc < cc))) {
                Py_UCS4 comp = compose_pair(b.p[starter], ch);
                if (comp) {
                    b.p[starter] = comp;
                    continue;
                }
            }
            if (cc == 0) {
                starter = out;
                last_cc = 0;
            }
            else
                last_cc = cc;
            b.p[out++] = ch;
        }
        b.n = out;
    }
    PyObject *r;
    if (b.n == len) {
        Py_ssize_t i = 0;
        while (i < len && PyUnicode_READ_CHAR(s, i) == b.p[i])
            i++;
        if (i == len) {
            PyMem_Free(b.p);
            return Py_NewRef(s);
        }
    }
    r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, b.p, b.n);
    PyMem_Free(b.p);
    return r;
error:
    PyMem_Free(b.p);
    return NULL;
}

/* ---------------------------------------------------------------- the module */

/* The one character of a function's str argument, or -1 with TypeError. */
static const char *type_name(PyObject *arg)
{
    return arg == Py_None ? "None" : Py_TYPE(arg)->tp_name;
}

static long char_arg(PyObject *arg, const char *fname, int numbered)
{
    if (PyUnicode_Check(arg) && PyUnicode_GET_LENGTH(arg) == 1)
        return (long)PyUnicode_READ_CHAR(arg, 0);
    PyErr_Format(PyExc_TypeError, "%s() argument%s must be a unicode character, not %.50s", fname,
                 numbered ? " 1" : "", type_name(arg));
    return -1;
}

/* decimal/digit/numeric: (chr, default=<none>, /) */
static PyObject *numeric_value(PyObject *const *args, Py_ssize_t nargs, const char *fname, int which,
                               const char *msg)
{
    if (!_PyArg_CheckPositional(fname, nargs, 1, 2))
        return NULL;
    long ch = char_arg(args[0], fname, 1);
    if (ch < 0)
        return NULL;
    double v = which == 0 ? _PyUnicode_ToDecimalDigit((Py_UCS4)ch)
             : which == 1 ? _KrUnicode_ToDigit((Py_UCS4)ch) : _KrUnicode_ToNumeric((Py_UCS4)ch);
    if (v == -1.0) { /* not < 0: U+0F33 TIBETAN DIGIT HALF ZERO is -1/2 */
        if (nargs > 1)
            return Py_NewRef(args[1]);
        PyErr_SetString(PyExc_ValueError, msg);
        return NULL;
    }
    return which == 2 ? PyFloat_FromDouble(v) : PyLong_FromLong((long)v);
}

static PyObject *ud_decimal(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    return numeric_value(args, nargs, "decimal", 0, "not a decimal");
}

static PyObject *ud_digit(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    return numeric_value(args, nargs, "digit", 1, "not a digit");
}

static PyObject *ud_numeric(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    return numeric_value(args, nargs, "numeric", 2, "not a numeric character");
}

/* The one-character properties of a KrDatabaseRecord. */
enum { P_CATEGORY, P_BIDIRECTIONAL, P_COMBINING, P_MIRRORED, P_EAST_ASIAN_WIDTH };

static PyObject *db_property(PyObject *arg, const char *fname, int which)
{
    long ch = char_arg(arg, fname, 0);
    if (ch < 0)
        return NULL;
    const KrDatabaseRecord *r = db_record((Py_UCS4)ch);
    switch (which) {
    case P_CATEGORY: return PyUnicode_FromString(kr_db_category_names[r->category]);
    case P_BIDIRECTIONAL: return PyUnicode_FromString(kr_db_bidirectional_names[r->bidirectional]);
    case P_COMBINING: return PyLong_FromLong(r->combining);
    case P_MIRRORED: return PyLong_FromLong(r->mirrored);
    default: return PyUnicode_FromString(kr_db_east_asian_width_names[r->east_asian_width]);
    }
}

static PyObject *ud_category(PyObject *m, PyObject *arg)
{
    return db_property(arg, "category", P_CATEGORY);
}

static PyObject *ud_bidirectional(PyObject *m, PyObject *arg)
{
    return db_property(arg, "bidirectional", P_BIDIRECTIONAL);
}

static PyObject *ud_combining(PyObject *m, PyObject *arg)
{
    return db_property(arg, "combining", P_COMBINING);
}

static PyObject *ud_mirrored(PyObject *m, PyObject *arg)
{
    return db_property(arg, "mirrored", P_MIRRORED);
}

static PyObject *ud_east_asian_width(PyObject *m, PyObject *arg)
{
    return db_property(arg, "east_asian_width", P_EAST_ASIAN_WIDTH);
}

static PyObject *ud_decomposition(PyObject *m, PyObject *arg)
{
    long ch = char_arg(arg, "decomposition", 0);
    if (ch < 0)
        return NULL;
    const uint32_t *e = decomp_entry((Py_UCS4)ch);
    if (e == NULL)
        return PyUnicode_FromString("");
    char buf[256];
    size_t n = 0;
    unsigned tag = e[0] >> 8, count = e[0] & 0xFF;
    if (tag)
        n += (size_t)snprintf(buf, sizeof buf, "%s", kr_db_decomp_tags[tag]);
    for (unsigned i = 0; i < count && n < sizeof buf - 16; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%04X", n ? " " : "", (unsigned)e[1 + i]);
    return PyUnicode_FromStringAndSize(buf, (Py_ssize_t)n);
}

static PyObject *ud_name(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("name", nargs, 1, 2))
        return NULL;
    long ch = char_arg(args[0], "name", 1);
    if (ch < 0)
        return NULL;
    char buf[NAME_MAXLEN + 1];
    if (get_name((Py_UCS4)ch, buf))
        return PyUnicode_FromString(buf);
    if (nargs > 1)
        return Py_NewRef(args[1]);
    PyErr_SetString(PyExc_ValueError, "no such name");
    return NULL;
}

static PyObject *ud_lookup(PyObject *m, PyObject *arg)
{
    const char *name;
    Py_ssize_t len;
    if (PyUnicode_Check(arg)) {
        name = PyUnicode_AsUTF8AndSize(arg, &len);
        if (name == NULL)
            return NULL;
    }
    else if (PyBytes_Check(arg)) {
        name = PyBytes_AS_STRING(arg);
        len = PyBytes_GET_SIZE(arg);
    }
    else if (PyObject_CheckBuffer(arg)) {
        PyErr_Format(PyExc_TypeError, "lookup() argument must be read-only bytes-like object, not %.50s",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    else {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.50s'", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    if (len > NAME_MAXLEN) {
        PyErr_SetString(PyExc_KeyError, "name too long");
        return NULL;
    }
    Py_UCS4 out[8];
    int n = lookup_name(name, (size_t)len, 1, out);
    if (n == 0) {
        /* the name is quoted as a C string, so it stops at a NUL as CPython's */
        PyErr_Format(PyExc_KeyError, "undefined character name '%s'", name);
        return NULL;
    }
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, n);
}

/* normalize/is_normalized: (form, unistr, /), both str */
static int form_args(const char *fname, PyObject *const *args, Py_ssize_t nargs, const char **form)
{
    if (!_PyArg_CheckPositional(fname, nargs, 2, 2))
        return -1;
    for (int i = 0; i < 2; i++)
        if (!PyUnicode_Check(args[i])) {
            PyErr_Format(PyExc_TypeError, "%s() argument %d must be str, not %.50s", fname, i + 1,
                         type_name(args[i]));
            return -1;
        }
    *form = PyUnicode_AsUTF8(args[0]);
    return *form == NULL ? -1 : 0;
}

static PyObject *ud_normalize(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    const char *form;
    if (form_args("normalize", args, nargs, &form) < 0)
        return NULL;
    return _KrUnicode_Normalize(form, args[1]);
}

static PyObject *ud_is_normalized(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    const char *form;
    if (form_args("is_normalized", args, nargs, &form) < 0)
        return NULL;
    PyObject *r = _KrUnicode_Normalize(form, args[1]);
    if (r == NULL)
        return NULL;
    int same = r == args[1] || PyUnicode_Compare(r, args[1]) == 0;
    Py_DECREF(r);
    return PyBool_FromLong(same);
}

#define FAST(name, doc) {#name, _PyCFunction_CAST(ud_##name), METH_FASTCALL, doc}
#define ONE(name, doc) {#name, ud_##name, METH_O, doc}

static PyMethodDef unicodedata_methods[] = {
    FAST(decimal, "decimal(chr, default=<none>, /)\n--\n\nThe decimal digit value of chr as an int; default,\n"
                  "or ValueError, when chr is not a decimal digit."),
    FAST(digit, "digit(chr, default=<none>, /)\n--\n\nThe digit value of chr as an int; default,\n"
                "or ValueError, when chr has none."),
    FAST(numeric, "numeric(chr, default=<none>, /)\n--\n\nThe numeric value of chr as a float; default,\n"
                  "or ValueError, when chr has none."),
    ONE(category, "category(chr, /)\n--\n\nThe general category of chr, such as 'Lu' or 'Nd'."),
    ONE(bidirectional, "bidirectional(chr, /)\n--\n\nThe bidirectional class of chr, '' when it has none."),
    ONE(combining, "combining(chr, /)\n--\n\nThe canonical combining class of chr (0 for starters)."),
    ONE(mirrored, "mirrored(chr, /)\n--\n\n1 when chr is mirrored in bidirectional text, else 0."),
    ONE(east_asian_width, "east_asian_width(chr, /)\n--\n\nThe East Asian width class of chr."),
    ONE(decomposition, "decomposition(chr, /)\n--\n\nThe decomposition mapping of chr as hex code points,\n"
                       "led by its <tag> for compatibility mappings; '' when it has none."),
    FAST(is_normalized, "is_normalized(form, unistr, /)\n--\n\nWhether unistr is already in normal form\n"
                        "'NFC', 'NFD', 'NFKC' or 'NFKD'."),
    FAST(normalize, "normalize(form, unistr, /)\n--\n\nunistr in normal form 'NFC', 'NFD', 'NFKC' or 'NFKD'."),
    FAST(name, "name(chr, default=<none>, /)\n--\n\nThe Unicode name of chr; default, or ValueError,\n"
               "when it has none."),
    ONE(lookup, "lookup(name, /)\n--\n\nThe character (or named sequence) called name, in any letter case;\n"
                "KeyError when there is none."),
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef unicodedatamodule = {
    PyModuleDef_HEAD_INIT, "unicodedata",
    "The Unicode Character Database, version " KR_UNIDATA_VERSION ": names, general\n"
    "categories, numeric values, decompositions and the normal forms.",
    -1, unicodedata_methods,
};

PyObject *PyInit_unicodedata(void)
{
    PyObject *m = PyModule_Create(&unicodedatamodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddStringConstant(m, "unidata_version", KR_UNIDATA_VERSION) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
