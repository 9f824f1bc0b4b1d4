/* _sre: the regular expression engine under the pure-Python `re` package.
 *
 * re._parser turns a pattern into a tree and re._compiler turns the tree
 * into a flat list of 32-bit codes (the opcodes of re._constants); this
 * module stores that code in a Pattern object and runs it.  Everything
 * about syntax, flags and replacement templates stays in Python, so the
 * Python and C halves must agree on the code layout: MAGIC names the
 * version (3.11's) and the compiler asserts it.
 *
 * Subjects are read in place: a str through its own 1, 2 or 4-byte storage
 * (the engine in sre_engine.h is compiled once per width), anything with
 * the buffer protocol as bytes.  Positions are indices, never pointers, so
 * a Match keeps only the subject object and its spans and re-reads the
 * subject when a group is asked for.
 *
 * Case-insensitive matching comes in three flavours chosen by the compiler:
 * ASCII (bytes patterns and re.ASCII), Unicode (str patterns; the compiler
 * has already added the characters whose lowercase forms differ, from
 * re._casefix) and locale (re.LOCALE, bytes only, through the C library's
 * tolower/toupper).  Unicode case mapping and character classes come from
 * the interpreter's own Unicode tables (Objects/unicodectype.c).
 *
 * The replacement side of sub() follows CPython: a callable is called with
 * each Match; a str or bytes without a backslash is inserted as it is;
 * anything else goes to re._subx, which compiles the template in Python
 * and returns either a literal or a callable.  Match.expand() likewise calls
 * re._expand. */
#include "Python.h"
#include <ctype.h>
#include <string.h>
#include "kr_strings.h"
#include "kr_typing.h"

/* ASCII classes without the C locale (re.LOCALE is the only user of it) */
#define SRE_ASCII_ISLOWER(c) ((c) >= 'a' && (c) <= 'z')
#define SRE_ASCII_ISUPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define SRE_ASCII_ISALPHA(c) (SRE_ASCII_ISLOWER(c) || SRE_ASCII_ISUPPER(c))
#define SRE_ASCII_ISDIGIT(c) ((c) >= '0' && (c) <= '9')
#define SRE_ASCII_ISALNUM(c) (SRE_ASCII_ISALPHA(c) || SRE_ASCII_ISDIGIT(c))

typedef uint32_t SRE_CODE;

#define SRE_MAGIC 20220615
#define SRE_MAXREPEAT ((SRE_CODE)0xFFFFFFFFu)
#define SRE_MAXGROUPS ((Py_ssize_t)(INT32_MAX / 2))

/* opcodes, in re._constants.OPCODES order */
enum {
    SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT,
    SRE_OP_ASSERT_NOT, SRE_OP_AT, SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET,
    SRE_OP_BIGCHARSET, SRE_OP_GROUPREF, SRE_OP_GROUPREF_EXISTS, SRE_OP_IN,
    SRE_OP_INFO, SRE_OP_JUMP, SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL,
    SRE_OP_MIN_UNTIL, SRE_OP_NOT_LITERAL, SRE_OP_NEGATE, SRE_OP_RANGE,
    SRE_OP_REPEAT, SRE_OP_REPEAT_ONE, SRE_OP_SUBPATTERN, SRE_OP_MIN_REPEAT_ONE,
    SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT, SRE_OP_POSSESSIVE_REPEAT_ONE,
    SRE_OP_GROUPREF_IGNORE, SRE_OP_IN_IGNORE, SRE_OP_LITERAL_IGNORE,
    SRE_OP_NOT_LITERAL_IGNORE, SRE_OP_GROUPREF_LOC_IGNORE, SRE_OP_IN_LOC_IGNORE,
    SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE,
    SRE_OP_GROUPREF_UNI_IGNORE, SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE,
    SRE_OP_NOT_LITERAL_UNI_IGNORE, SRE_OP_RANGE_UNI_IGNORE
};

enum {
    SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING,
    SRE_AT_BOUNDARY, SRE_AT_NON_BOUNDARY, SRE_AT_END, SRE_AT_END_LINE,
    SRE_AT_END_STRING, SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY,
    SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY
};

enum {
    SRE_CATEGORY_DIGIT, SRE_CATEGORY_NOT_DIGIT, SRE_CATEGORY_SPACE,
    SRE_CATEGORY_NOT_SPACE, SRE_CATEGORY_WORD, SRE_CATEGORY_NOT_WORD,
    SRE_CATEGORY_LINEBREAK, SRE_CATEGORY_NOT_LINEBREAK, SRE_CATEGORY_LOC_WORD,
    SRE_CATEGORY_LOC_NOT_WORD, SRE_CATEGORY_UNI_DIGIT, SRE_CATEGORY_UNI_NOT_DIGIT,
    SRE_CATEGORY_UNI_SPACE, SRE_CATEGORY_UNI_NOT_SPACE, SRE_CATEGORY_UNI_WORD,
    SRE_CATEGORY_UNI_NOT_WORD, SRE_CATEGORY_UNI_LINEBREAK,
    SRE_CATEGORY_UNI_NOT_LINEBREAK
};

#define SRE_FLAG_TEMPLATE 1
#define SRE_FLAG_IGNORECASE 2
#define SRE_FLAG_LOCALE 4
#define SRE_FLAG_MULTILINE 8
#define SRE_FLAG_DOTALL 16
#define SRE_FLAG_UNICODE 32
#define SRE_FLAG_VERBOSE 64
#define SRE_FLAG_DEBUG 128
#define SRE_FLAG_ASCII 256

#define SRE_INFO_PREFIX 1
#define SRE_INFO_LITERAL 2
#define SRE_INFO_CHARSET 4

/* ---- character predicates and case mapping ---- */

static inline SRE_CODE sre_lower_ascii(SRE_CODE ch)
{
    return ch < 128 ? (SRE_ASCII_ISUPPER(ch) ? ch + 32 : ch) : ch;
}

static inline SRE_CODE sre_lower_locale(SRE_CODE ch)
{
    return ch < 256 ? (SRE_CODE)(unsigned char)tolower((int)ch) : ch;
}

static inline SRE_CODE sre_upper_locale(SRE_CODE ch)
{
    return ch < 256 ? (SRE_CODE)(unsigned char)toupper((int)ch) : ch;
}

/* The simple (one-character) mappings: the first character of the full
 * mapping, which is what str's tables give for the few characters whose
 * full mapping is longer. */
static SRE_CODE sre_lower_unicode(SRE_CODE ch)
{
    if (ch < 128)
        return (SRE_ASCII_ISUPPER(ch) ? ch + 32 : ch);
    if (ch >= 0x110000)
        return ch;
    Py_UCS4 buf[3];
    _KrUnicode_ToLowerFull((Py_UCS4)ch, buf);
    return buf[0];
}

static SRE_CODE sre_upper_unicode(SRE_CODE ch)
{
    if (ch < 128)
        return (SRE_ASCII_ISLOWER(ch) ? ch - 32 : ch);
    if (ch >= 0x110000)
        return ch;
    Py_UCS4 buf[3];
    _KrUnicode_ToUpperFull((Py_UCS4)ch, buf);
    return buf[0];
}

#define SRE_IS_DIGIT(ch) ((ch) < 128 && SRE_ASCII_ISDIGIT(ch))
#define SRE_IS_SPACE(ch) ((ch) < 128 && Py_ISSPACE(ch))
#define SRE_IS_LINEBREAK(ch) ((ch) == '\n')
#define SRE_IS_WORD(ch) ((ch) < 128 && (SRE_ASCII_ISALNUM(ch) || (ch) == '_'))
#define SRE_LOC_IS_WORD(ch) ((Py_UCS4)(ch) < 256 && (isalnum((int)(ch)) || (ch) == '_'))

static inline int sre_uni_isalnum(SRE_CODE ch)
{
    if (ch < 128)
        return SRE_ASCII_ISALNUM(ch);
    if (ch >= 0x110000)
        return 0;
    return _PyUnicode_IsAlpha(ch) || _PyUnicode_IsDecimalDigit(ch) ||
           _PyUnicode_IsDigit(ch) || _PyUnicode_IsNumeric(ch);
}
#define SRE_UNI_IS_WORD(ch) (sre_uni_isalnum(ch) || (ch) == '_')

static inline Py_ALWAYS_INLINE int sre_category(SRE_CODE category, SRE_CODE ch)
{
    switch (category) {
    case SRE_CATEGORY_DIGIT: return SRE_IS_DIGIT(ch);
    case SRE_CATEGORY_NOT_DIGIT: return !SRE_IS_DIGIT(ch);
    case SRE_CATEGORY_SPACE: return SRE_IS_SPACE(ch);
    case SRE_CATEGORY_NOT_SPACE: return !SRE_IS_SPACE(ch);
    case SRE_CATEGORY_WORD: return SRE_IS_WORD(ch);
    case SRE_CATEGORY_NOT_WORD: return !SRE_IS_WORD(ch);
    case SRE_CATEGORY_LINEBREAK: return SRE_IS_LINEBREAK(ch);
    case SRE_CATEGORY_NOT_LINEBREAK: return !SRE_IS_LINEBREAK(ch);
    case SRE_CATEGORY_LOC_WORD: return SRE_LOC_IS_WORD(ch);
    case SRE_CATEGORY_LOC_NOT_WORD: return !SRE_LOC_IS_WORD(ch);
    case SRE_CATEGORY_UNI_DIGIT:
        return ch < 0x110000 && _PyUnicode_IsDecimalDigit(ch);
    case SRE_CATEGORY_UNI_NOT_DIGIT:
        return !(ch < 0x110000 && _PyUnicode_IsDecimalDigit(ch));
    case SRE_CATEGORY_UNI_SPACE:
        return ch < 0x110000 && Py_UNICODE_ISSPACE(ch);
    case SRE_CATEGORY_UNI_NOT_SPACE:
        return !(ch < 0x110000 && Py_UNICODE_ISSPACE(ch));
    case SRE_CATEGORY_UNI_WORD: return SRE_UNI_IS_WORD(ch);
    case SRE_CATEGORY_UNI_NOT_WORD: return !SRE_UNI_IS_WORD(ch);
    case SRE_CATEGORY_UNI_LINEBREAK:
        return ch < 0x110000 && _PyUnicode_IsLinebreak(ch);
    case SRE_CATEGORY_UNI_NOT_LINEBREAK:
        return !(ch < 0x110000 && _PyUnicode_IsLinebreak(ch));
    }
    return 0;
}

/* Whether ch is in the set whose code starts at `set` (ends with FAILURE). */
static int sre_charset(const SRE_CODE *set, SRE_CODE ch)
{
    int ok = 1;
    for (;;) {
        switch (*set++) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (ch == set[0])
                return ok;
            set++;
            break;
        case SRE_OP_CATEGORY:
            if (sre_category(set[0], ch))
                return ok;
            set++;
            break;
        case SRE_OP_CHARSET:
            /* a 256-bit map in eight 32-bit words */
            if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31))))
                return ok;
            set += 8;
            break;
        case SRE_OP_RANGE:
            if (set[0] <= ch && ch <= set[1])
                return ok;
            set += 2;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            /* ch is lowercase already; its uppercase may be in range */
            if (set[0] <= ch && ch <= set[1])
                return ok;
            SRE_CODE up = sre_upper_unicode(ch);
            if (set[0] <= up && up <= set[1])
                return ok;
            set += 2;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            break;
        case SRE_OP_BIGCHARSET: {
            /* <count> <256 block numbers, one byte each, packed in 64
             * words> <count blocks of 256 bits> */
            SRE_CODE count = *set++;
            if (ch < 0x10000) {
                unsigned block = ((const unsigned char *)set)[ch >> 8];
                const SRE_CODE *bits = set + 64 + block * 8;
                if (bits[(ch & 255) >> 5] & (1u << (ch & 31)))
                    return ok;
            }
            set += 64 + count * 8;
            break;
        }
        default:
            /* corrupt code: nothing matches */
            return 0;
        }
    }
}

static int sre_char_loc_ignore(SRE_CODE pattern, SRE_CODE ch)
{
    return ch == pattern || sre_lower_locale(ch) == pattern || sre_upper_locale(ch) == pattern;
}

static int sre_charset_loc_ignore(const SRE_CODE *set, SRE_CODE ch)
{
    SRE_CODE lo = sre_lower_locale(ch);
    if (sre_charset(set, lo))
        return 1;
    SRE_CODE up = sre_upper_locale(ch);
    return up != lo && sre_charset(set, up);
}

/* ---- matching state ---- */

typedef struct {
    Py_ssize_t count;    /* iterations done, -1 before the first */
    Py_ssize_t last_ptr; /* where the current iteration started */
    Py_ssize_t pc;       /* the REPEAT op */
    Py_ssize_t prev;     /* the enclosing repeat, -1 for none */
} SreRepeat;

typedef struct {
    PyObject *string;   /* the subject (borrowed from the caller or owner) */
    Py_buffer buffer;   /* held while matching a bytes-like subject */
    int has_buffer;
    int isbytes;
    int charsize;
    const void *data;
    Py_ssize_t length;  /* of the whole subject */
    Py_ssize_t pos, endpos; /* as given, clamped */
    Py_ssize_t start, end;  /* where the next attempt starts; the end */
    Py_ssize_t match_start, ptr; /* result */
    int match_all, must_advance;
    const SRE_CODE *code;
    Py_ssize_t *marks;
    Py_ssize_t nmarks;
    Py_ssize_t lastmark, lastindex;
    Py_ssize_t *stk;
    Py_ssize_t sp, cap;
    SreRepeat *reps;
    Py_ssize_t nreps, capreps;
    Py_ssize_t repeat;
    Py_ssize_t barrier;
    int sigcount;
    /* short matches need no allocation */
    Py_ssize_t marks_inline[20];
    Py_ssize_t stk_inline[128];
} SreState;

/* stack record tags */
enum {
    T_MARK = 1, T_BRANCH, T_REPONE, T_MINREPONE, T_REP_ALLOC, T_REP_COUNT,
    T_SET_REPEAT, T_MAXUNTIL_TAIL, T_MINUNTIL_BODY, T_RESTORE, T_BARRIER
};

/* barrier kinds and the layout of a barrier record:
 * [kind next ptr prev nreps count lastmark lastindex n marks[n] size tag];
 * a RESTORE record is its tail [lastmark lastindex n marks[n] size tag]. */
enum { B_ATOMIC, B_ASSERT, B_ASSERT_NOT, B_POSS };
enum { B_KIND, B_NEXT, B_PTR, B_PREV, B_NREPS, B_COUNT, B_LASTMARK };

static int sre_grow_stack(SreState *st, Py_ssize_t n)
{
    Py_ssize_t cap = st->cap ? st->cap : 256;
    while (cap < st->sp + n) {
        if (cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(Py_ssize_t)) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    Py_ssize_t *p;
    if (st->stk == st->stk_inline) {
        p = PyMem_Malloc((size_t)cap * sizeof(Py_ssize_t));
        if (p != NULL)
            memcpy(p, st->stk_inline, (size_t)st->sp * sizeof(Py_ssize_t));
    }
    else {
        p = PyMem_Realloc(st->stk, (size_t)cap * sizeof(Py_ssize_t));
    }
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    st->stk = p;
    st->cap = cap;
    return 0;
}

static int sre_grow_reps(SreState *st)
{
    Py_ssize_t cap = st->capreps ? st->capreps * 2 : 16;
    SreRepeat *p = PyMem_Realloc(st->reps, (size_t)cap * sizeof(SreRepeat));
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    st->reps = p;
    st->capreps = cap;
    return 0;
}

static int sre_check_signals(SreState *st)
{
    st->sigcount = 4096;
    return PyErr_CheckSignals();
}

static int sre_push_barrier(SreState *st, Py_ssize_t kind, Py_ssize_t next,
                            Py_ssize_t ptr, Py_ssize_t count)
{
    Py_ssize_t n = st->lastmark + 1;
    Py_ssize_t size = n + B_LASTMARK + 5;
    if (st->sp + size > st->cap && sre_grow_stack(st, size) < 0)
        return -1;
    Py_ssize_t *k = st->stk + st->sp;
    k[B_KIND] = kind;
    k[B_NEXT] = next;
    k[B_PTR] = ptr;
    k[B_PREV] = st->barrier;
    k[B_NREPS] = st->nreps;
    k[B_COUNT] = count;
    k[B_LASTMARK] = st->lastmark;
    k[B_LASTMARK + 1] = st->lastindex;
    k[B_LASTMARK + 2] = n;
    if (n > 0)
        memcpy(k + B_LASTMARK + 3, st->marks, (size_t)n * sizeof(Py_ssize_t));
    k[size - 2] = size;
    k[size - 1] = T_BARRIER;
    st->barrier = st->sp;
    st->sp += size;
    return 0;
}

/* Put back the marks saved at p: [lastmark lastindex n marks[n]]. */
static void sre_restore_marks(SreState *st, const Py_ssize_t *p)
{
    Py_ssize_t n = p[2];
    for (Py_ssize_t i = n; i <= st->lastmark && i < st->nmarks; i++)
        st->marks[i] = -1;
    if (n > 0)
        memcpy(st->marks, p + 3, (size_t)n * sizeof(Py_ssize_t));
    st->lastmark = p[0];
    st->lastindex = p[1];
}

/* The body of the innermost barrier succeeded: drop its choice points,
 * leaving a record that restores the marks of before the construct. */
static void sre_cut(SreState *st)
{
    Py_ssize_t base = st->barrier;
    Py_ssize_t *k = st->stk + base;
    st->barrier = k[B_PREV];
    st->nreps = k[B_NREPS];
    if (base > 0 && st->stk[base - 1] == T_RESTORE) {
        /* an older snapshot is restored right after this one anyway */
        st->sp = base;
        return;
    }
    Py_ssize_t n = k[B_LASTMARK + 2];
    memmove(k, k + B_LASTMARK, (size_t)(n + 3) * sizeof(Py_ssize_t));
    k[n + 3] = n + 5;
    k[n + 4] = T_RESTORE;
    st->sp = base + n + 5;
}

/* ---- the engine, once per character width ---- */

#define SRE_CHAR Py_UCS1
#define SRE_CHARSIZE 1
#define SRE(F) sre_ucs1_##F
#include "sre_engine.h"
#undef SRE_CHAR
#undef SRE_CHARSIZE
#undef SRE

#define SRE_CHAR Py_UCS2
#define SRE_CHARSIZE 2
#define SRE(F) sre_ucs2_##F
#include "sre_engine.h"
#undef SRE_CHAR
#undef SRE_CHARSIZE
#undef SRE

#define SRE_CHAR Py_UCS4
#define SRE_CHARSIZE 4
#define SRE(F) sre_ucs4_##F
#include "sre_engine.h"
#undef SRE_CHAR
#undef SRE_CHARSIZE
#undef SRE

/* ---- objects ---- */

typedef struct {
    PyObject_HEAD
    SRE_CODE *code;
    Py_ssize_t codesize;
    Py_ssize_t groups;     /* capturing groups, not counting group 0 */
    PyObject *groupindex;  /* dict name -> number */
    PyObject *indexgroup;  /* tuple number -> name or None */
    PyObject *pattern;     /* the source str/bytes, or None */
    int flags;
    int isbytes;           /* 1 bytes, 0 str, -1 unknown (no source) */
    PyObject *weakreflist;
} PatternObject;

typedef struct {
    PyObject_HEAD
    PyObject *string;
    PyObject *regs;        /* cached .regs tuple */
    PatternObject *pattern;
    Py_ssize_t pos, endpos;
    Py_ssize_t lastindex;
    Py_ssize_t groups;     /* including group 0 */
    Py_ssize_t *mark;      /* 2 * groups spans, -1 for unset */
} MatchObject;

typedef struct {
    PyObject_HEAD
    PatternObject *pattern;
    PyObject *string;
    SreState state;
    int exhausted;
} ScannerObject;

static PyTypeObject Pattern_Type, Match_Type, Scanner_Type;

static const char internal_error[] = "internal error in regular expression engine";

/* Read the subject: fills data/length/charsize/isbytes (and holds a buffer
 * for bytes-like objects, released by state_fini). */
static int getstring(PyObject *string, SreState *st)
{
    if (PyUnicode_Check(string)) {
        st->data = PyUnicode_DATA(string);
        st->length = PyUnicode_GET_LENGTH(string);
        st->charsize = PyUnicode_KIND(string);
        st->isbytes = 0;
        return 0;
    }
    if (PyObject_GetBuffer(string, &st->buffer, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "expected string or bytes-like object, got '%.200s'",
                     Py_TYPE(string)->tp_name);
        return -1;
    }
    st->has_buffer = 1;
    st->data = st->buffer.buf;
    st->length = st->buffer.len;
    st->charsize = 1;
    st->isbytes = 1;
    return 0;
}

static void state_fini(SreState *st)
{
    if (st->has_buffer) {
        PyBuffer_Release(&st->buffer);
        st->has_buffer = 0;
    }
    if (st->marks != st->marks_inline)
        PyMem_Free(st->marks);
    if (st->stk != st->stk_inline)
        PyMem_Free(st->stk);
    PyMem_Free(st->reps);
    st->marks = NULL;
    st->stk = NULL;
    st->reps = NULL;
}

static int state_init(SreState *st, PatternObject *pattern, PyObject *string,
                      Py_ssize_t start, Py_ssize_t end)
{
    memset(st, 0, offsetof(SreState, marks_inline));
    if (getstring(string, st) < 0)
        return -1;
    if (pattern->isbytes >= 0 && st->isbytes != pattern->isbytes) {
        PyErr_SetString(PyExc_TypeError, pattern->isbytes
                        ? "cannot use a bytes pattern on a string-like object"
                        : "cannot use a string pattern on a bytes-like object");
        state_fini(st);
        return -1;
    }
    if (start < 0)
        start = 0;
    else if (start > st->length)
        start = st->length;
    if (end < 0)
        end = 0;
    else if (end > st->length)
        end = st->length;
    st->string = string;
    st->pos = start;
    st->endpos = end;
    st->start = start;
    st->end = end;
    st->code = pattern->code;
    st->nmarks = 2 * pattern->groups;
    st->sigcount = 4096;
    st->stk = st->stk_inline;
    st->cap = (Py_ssize_t)(sizeof st->stk_inline / sizeof st->stk_inline[0]);
    if (st->nmarks <= (Py_ssize_t)(sizeof st->marks_inline / sizeof st->marks_inline[0]))
        st->marks = st->marks_inline;
    else
        st->marks = PyMem_Malloc((size_t)st->nmarks * sizeof(Py_ssize_t));
    if (st->marks == NULL) {
        state_fini(st);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;
    st->lastmark = st->lastindex = -1;
    return 0;
}

static int sre_match(SreState *st, int match_all)
{
    st->match_all = match_all;
    st->match_start = st->start;
    if (st->start > st->end)
        return 0;
    switch (st->charsize) {
    case 1: return sre_ucs1_match(st, 0, st->start);
    case 2: return sre_ucs2_match(st, 0, st->start);
    default: return sre_ucs4_match(st, 0, st->start);
    }
}

static int sre_search(SreState *st)
{
    st->match_all = 0;
    switch (st->charsize) {
    case 1: return sre_ucs1_search(st);
    case 2: return sre_ucs2_search(st);
    default: return sre_ucs4_search(st);
    }
}

/* string[i:j] as the type group() returns: str or bytes. */
static PyObject *getslice(int isbytes, const void *data, PyObject *string,
                          Py_ssize_t i, Py_ssize_t j)
{
    if (isbytes) {
        if (PyBytes_CheckExact(string) && i == 0 && j == PyBytes_GET_SIZE(string))
            return Py_NewRef(string);
        return PyBytes_FromStringAndSize((const char *)data + i, j - i);
    }
    return PyUnicode_Substring(string, i, j);
}

/* group `index` of the current state (None, or the empty string with
 * `empty`, when it did not take part). */
static PyObject *state_getslice(SreState *st, Py_ssize_t index, PyObject *string, int empty)
{
    Py_ssize_t j = index * 2;
    if (index == 0)
        return getslice(st->isbytes, st->data, string, st->match_start, st->ptr);
    j -= 2;
    if (j + 1 > st->lastmark || j + 1 >= st->nmarks || st->marks[j] < 0 ||
        st->marks[j + 1] < 0) {
        if (empty)
            return getslice(st->isbytes, st->data, string, 0, 0);
        Py_RETURN_NONE;
    }
    Py_ssize_t a = st->marks[j], b = st->marks[j + 1];
    if (a > b) {
        Py_ssize_t t = a;
        a = b;
        b = t;
    }
    return getslice(st->isbytes, st->data, string, a, b);
}

static PyObject *pattern_new_match(PatternObject *pattern, SreState *st, int status)
{
    if (status < 0)
        return NULL;
    if (status == 0)
        Py_RETURN_NONE;
    MatchObject *m = PyObject_GC_New(MatchObject, &Match_Type);
    if (m == NULL)
        return NULL;
    m->groups = pattern->groups + 1;
    m->mark = PyMem_Malloc((size_t)(2 * m->groups) * sizeof(Py_ssize_t));
    m->string = Py_NewRef(st->string);
    m->pattern = (PatternObject *)Py_NewRef((PyObject *)pattern);
    m->regs = NULL;
    if (m->mark == NULL) {
        Py_DECREF(m);
        return PyErr_NoMemory();
    }
    m->mark[0] = st->match_start;
    m->mark[1] = st->ptr;
    for (Py_ssize_t i = 0, j = 0; i < pattern->groups; i++, j += 2) {
        if (j + 1 <= st->lastmark && j + 1 < st->nmarks && st->marks[j] >= 0 &&
            st->marks[j + 1] >= 0) {
            m->mark[j + 2] = st->marks[j];
            m->mark[j + 3] = st->marks[j + 1];
            if (m->mark[j + 2] > m->mark[j + 3]) {
                PyErr_SetString(PyExc_SystemError,
                                "The span of capturing group is wrong, please report a bug for the re module.");
                Py_DECREF(m);
                return NULL;
            }
        }
        else {
            m->mark[j + 2] = m->mark[j + 3] = -1;
        }
    }
    m->pos = st->pos;
    m->endpos = st->endpos;
    m->lastindex = st->lastindex;
    PyObject_GC_Track((PyObject *)m);
    return (PyObject *)m;
}

/* ---- Pattern ---- */

static void pattern_dealloc(PyObject *op)
{
    PatternObject *self = (PatternObject *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    Py_CLEAR(self->groupindex);
    Py_CLEAR(self->indexgroup);
    Py_CLEAR(self->pattern);
    PyMem_Free(self->code);
    PyObject_GC_Del(op);
}

static int pattern_traverse(PyObject *op, visitproc visit, void *arg)
{
    PatternObject *self = (PatternObject *)op;
    Py_VISIT(self->groupindex);
    Py_VISIT(self->indexgroup);
    Py_VISIT(self->pattern);
    return 0;
}

static int pattern_clear(PyObject *op)
{
    PatternObject *self = (PatternObject *)op;
    Py_CLEAR(self->groupindex);
    Py_CLEAR(self->indexgroup);
    Py_CLEAR(self->pattern);
    return 0;
}

static const char *const match_kwlist[] = {"string", "pos", "endpos", NULL};

/* (string, pos=0, endpos=sys.maxsize): positional calls with exact ints,
 * by far the common form, skip the general parser. */
static int parse_string_pos(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                            _PyArg_Parser *parser, PyObject **string, Py_ssize_t *pos,
                            Py_ssize_t *endpos)
{
    if (kwnames == NULL && nargs >= 1 && nargs <= 3 &&
        (nargs < 2 || PyLong_CheckExact(args[1])) && (nargs < 3 || PyLong_CheckExact(args[2]))) {
        *string = args[0];
        if (nargs >= 2 && (*pos = PyLong_AsSsize_t(args[1])) == -1 && PyErr_Occurred())
            return 0;
        if (nargs >= 3 && (*endpos = PyLong_AsSsize_t(args[2])) == -1 && PyErr_Occurred())
            return 0;
        return 1;
    }
    return _PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, string, pos, endpos);
}

/* match/fullmatch/search: what = 0, 1, 2 */
static PyObject *pattern_run(PatternObject *self, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames, int what, _PyArg_Parser *parser)
{
    PyObject *string;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;
    if (!parse_string_pos(args, nargs, kwnames, parser, &string, &pos, &endpos))
        return NULL;
    SreState st;
    if (state_init(&st, self, string, pos, endpos) < 0)
        return NULL;
    int status = what == 2 ? sre_search(&st) : sre_match(&st, what);
    PyObject *res = pattern_new_match(self, &st, status);
    state_fini(&st);
    return res;
}

static PyObject *pattern_match(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                               PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O|nn", match_kwlist, "match", NULL, 0, 0, 0, NULL, NULL};
    return pattern_run((PatternObject *)self, args, nargs, kwnames, 0, &parser);
}

static PyObject *pattern_fullmatch(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                   PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O|nn", match_kwlist, "fullmatch", NULL, 0, 0, 0, NULL, NULL};
    return pattern_run((PatternObject *)self, args, nargs, kwnames, 1, &parser);
}

static PyObject *pattern_search(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O|nn", match_kwlist, "search", NULL, 0, 0, 0, NULL, NULL};
    return pattern_run((PatternObject *)self, args, nargs, kwnames, 2, &parser);
}

static PyObject *pattern_findall(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                                 PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O|nn", match_kwlist, "findall", NULL, 0, 0, 0, NULL, NULL};
    PatternObject *self = (PatternObject *)op;
    PyObject *string;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;
    if (!parse_string_pos(args, nargs, kwnames, &parser, &string, &pos, &endpos))
        return NULL;
    SreState st;
    if (state_init(&st, self, string, pos, endpos) < 0)
        return NULL;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        goto error;
    while (st.start <= st.end) {
        int status = sre_search(&st);
        if (status < 0)
            goto error;
        if (status == 0)
            break;
        PyObject *item;
        if (self->groups == 0) {
            item = getslice(st.isbytes, st.data, string, st.match_start, st.ptr);
        }
        else if (self->groups == 1) {
            item = state_getslice(&st, 1, string, 1);
        }
        else {
            item = PyTuple_New(self->groups);
            if (item == NULL)
                goto error;
            for (Py_ssize_t i = 0; i < self->groups; i++) {
                PyObject *o = state_getslice(&st, i + 1, string, 1);
                if (o == NULL) {
                    Py_DECREF(item);
                    goto error;
                }
                PyTuple_SET_ITEM(item, i, o);
            }
        }
        if (item == NULL)
            goto error;
        int r = PyList_Append(list, item);
        Py_DECREF(item);
        if (r < 0)
            goto error;
        st.must_advance = st.ptr == st.match_start;
        st.start = st.ptr;
    }
    state_fini(&st);
    return list;
error:
    Py_XDECREF(list);
    state_fini(&st);
    return NULL;
}

static PyObject *scanner_new(PatternObject *self, PyObject *string, Py_ssize_t pos,
                             Py_ssize_t endpos)
{
    ScannerObject *sc = PyObject_GC_New(ScannerObject, &Scanner_Type);
    if (sc == NULL)
        return NULL;
    sc->pattern = NULL;
    sc->string = NULL;
    sc->exhausted = 1;
    memset(&sc->state, 0, offsetof(SreState, marks_inline));
    if (state_init(&sc->state, self, string, pos, endpos) < 0) {
        memset(&sc->state, 0, offsetof(SreState, marks_inline));
        Py_DECREF(sc);
        return NULL;
    }
    sc->exhausted = 0;
    sc->pattern = (PatternObject *)Py_NewRef((PyObject *)self);
    sc->string = Py_NewRef(string);
    PyObject_GC_Track((PyObject *)sc);
    return (PyObject *)sc;
}

static PyObject *pattern_scanner(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                 PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O|nn", match_kwlist, "scanner", NULL, 0, 0, 0, NULL, NULL};
    PyObject *string;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;
    if (!parse_string_pos(args, nargs, kwnames, &parser, &string, &pos, &endpos))
        return NULL;
    return scanner_new((PatternObject *)self, string, pos, endpos);
}

static PyObject *pattern_finditer(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                  PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O|nn", match_kwlist, "finditer", NULL, 0, 0, 0, NULL, NULL};
    PyObject *string;
    Py_ssize_t pos = 0, endpos = PY_SSIZE_T_MAX;
    if (!parse_string_pos(args, nargs, kwnames, &parser, &string, &pos, &endpos))
        return NULL;
    PyObject *sc = scanner_new((PatternObject *)self, string, pos, endpos);
    if (sc == NULL)
        return NULL;
    PyObject *search = PyObject_GetAttrString(sc, "search");
    Py_DECREF(sc);
    if (search == NULL)
        return NULL;
    PyObject *it = PyCallIter_New(search, Py_None);
    Py_DECREF(search);
    return it;
}

static PyObject *pattern_split(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                               PyObject *kwnames)
{
    static const char *const kwlist[] = {"string", "maxsplit", NULL};
    static _PyArg_Parser parser = {"O|n", kwlist, "split", NULL, 0, 0, 0, NULL, NULL};
    PatternObject *self = (PatternObject *)op;
    PyObject *string;
    Py_ssize_t maxsplit = 0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &string, &maxsplit))
        return NULL;
    SreState st;
    if (state_init(&st, self, string, 0, PY_SSIZE_T_MAX) < 0)
        return NULL;
    PyObject *list = PyList_New(0), *item;
    if (list == NULL)
        goto error;
    Py_ssize_t n = 0, last = st.start;
    while (!maxsplit || n < maxsplit) {
        int status = sre_search(&st);
        if (status < 0)
            goto error;
        if (status == 0)
            break;
        item = getslice(st.isbytes, st.data, string, last, st.match_start);
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            goto error;
        }
        Py_DECREF(item);
        for (Py_ssize_t i = 0; i < self->groups; i++) {
            item = state_getslice(&st, i + 1, string, 0);
            if (item == NULL || PyList_Append(list, item) < 0) {
                Py_XDECREF(item);
                goto error;
            }
            Py_DECREF(item);
        }
        n++;
        st.must_advance = st.ptr == st.match_start;
        last = st.start = st.ptr;
    }
    item = getslice(st.isbytes, st.data, string, last, st.length);
    if (item == NULL || PyList_Append(list, item) < 0) {
        Py_XDECREF(item);
        goto error;
    }
    Py_DECREF(item);
    state_fini(&st);
    return list;
error:
    Py_XDECREF(list);
    state_fini(&st);
    return NULL;
}

/* Call re.<name>(args...). */
static PyObject *call_re(const char *name, PyObject *a, PyObject *b, PyObject *c)
{
    PyObject *func = PyImport_ImportModuleAttrString("re", name);
    if (func == NULL)
        return NULL;
    PyObject *res = PyObject_CallFunctionObjArgs(func, a, b, c, NULL);
    Py_DECREF(func);
    return res;
}

static PyObject *pattern_subx(PatternObject *self, PyObject *ptemplate, PyObject *string,
                              Py_ssize_t count, int subn)
{
    PyObject *filter;
    int callable;
    if (PyCallable_Check(ptemplate)) {
        filter = Py_NewRef(ptemplate);
        callable = 1;
    }
    else {
        int literal;
        if (PyUnicode_Check(ptemplate)) {
            literal = PyUnicode_FindChar(ptemplate, '\\', 0, PyUnicode_GET_LENGTH(ptemplate), 1) == -1;
        }
        else {
            Py_buffer view;
            if (PyObject_GetBuffer(ptemplate, &view, PyBUF_SIMPLE) == 0) {
                literal = memchr(view.buf, '\\', (size_t)view.len) == NULL;
                PyBuffer_Release(&view);
            }
            else {
                PyErr_Clear();
                literal = 0;
            }
        }
        if (literal) {
            filter = Py_NewRef(ptemplate);
            callable = 0;
        }
        else {
            filter = call_re("_subx", (PyObject *)self, ptemplate, NULL);
            if (filter == NULL)
                return NULL;
            callable = PyCallable_Check(filter);
        }
    }

    SreState st;
    if (state_init(&st, self, string, 0, PY_SSIZE_T_MAX) < 0) {
        Py_DECREF(filter);
        return NULL;
    }
    PyObject *list = PyList_New(0), *item;
    if (list == NULL)
        goto error;
    Py_ssize_t n = 0, i = 0;
    while (!count || n < count) {
        int status = sre_search(&st);
        if (status < 0)
            goto error;
        if (status == 0)
            break;
        Py_ssize_t b = st.match_start, e = st.ptr;
        if (i < b) {
            item = getslice(st.isbytes, st.data, string, i, b);
            if (item == NULL || PyList_Append(list, item) < 0) {
                Py_XDECREF(item);
                goto error;
            }
            Py_DECREF(item);
        }
        if (callable) {
            PyObject *match = pattern_new_match(self, &st, 1);
            if (match == NULL)
                goto error;
            item = PyObject_CallOneArg(filter, match);
            Py_DECREF(match);
            if (item == NULL)
                goto error;
        }
        else {
            item = Py_NewRef(filter);
        }
        if (item != Py_None) {
            if (PyList_Append(list, item) < 0) {
                Py_DECREF(item);
                goto error;
            }
        }
        Py_DECREF(item);
        i = e;
        n++;
        st.must_advance = st.ptr == st.match_start;
        st.start = st.ptr;
    }
    if (i < st.length) {
        item = getslice(st.isbytes, st.data, string, i, st.length);
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            goto error;
        }
        Py_DECREF(item);
    }
    PyObject *joiner = getslice(st.isbytes, st.data, string, 0, 0);
    int isbytes = st.isbytes;
    state_fini(&st);
    Py_CLEAR(filter);
    if (joiner == NULL) {
        Py_DECREF(list);
        return NULL;
    }
    PyObject *result;
    if (PyList_GET_SIZE(list) == 0) {
        result = joiner;
    }
    else {
        result = isbytes ? _PyBytes_Join(joiner, list) : PyUnicode_Join(joiner, list);
        Py_DECREF(joiner);
    }
    Py_DECREF(list);
    if (result == NULL || !subn)
        return result;
    PyObject *t = Py_BuildValue("Nn", result, n);
    return t;
error:
    Py_XDECREF(list);
    Py_XDECREF(filter);
    state_fini(&st);
    return NULL;
}

static const char *const sub_kwlist[] = {"repl", "string", "count", NULL};

static PyObject *pattern_sub(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames)
{
    static _PyArg_Parser parser = {"OO|n", sub_kwlist, "sub", NULL, 0, 0, 0, NULL, NULL};
    PyObject *repl, *string;
    Py_ssize_t count = 0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &repl, &string, &count))
        return NULL;
    return pattern_subx((PatternObject *)self, repl, string, count, 0);
}

static PyObject *pattern_subn(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames)
{
    static _PyArg_Parser parser = {"OO|n", sub_kwlist, "subn", NULL, 0, 0, 0, NULL, NULL};
    PyObject *repl, *string;
    Py_ssize_t count = 0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &repl, &string, &count))
        return NULL;
    return pattern_subx((PatternObject *)self, repl, string, count, 1);
}

static PyObject *return_self(PyObject *self, PyObject *unused)
{
    return Py_NewRef(self);
}

static PyObject *pattern_repr(PyObject *op)
{
    static const struct { const char *name; int value; } flag_names[] = {
        {"re.TEMPLATE", SRE_FLAG_TEMPLATE}, {"re.IGNORECASE", SRE_FLAG_IGNORECASE},
        {"re.LOCALE", SRE_FLAG_LOCALE}, {"re.MULTILINE", SRE_FLAG_MULTILINE},
        {"re.DOTALL", SRE_FLAG_DOTALL}, {"re.UNICODE", SRE_FLAG_UNICODE},
        {"re.VERBOSE", SRE_FLAG_VERBOSE}, {"re.DEBUG", SRE_FLAG_DEBUG},
        {"re.ASCII", SRE_FLAG_ASCII},
    };
    PatternObject *self = (PatternObject *)op;
    int flags = self->flags;
    /* UNICODE is the default of str patterns: not shown */
    if (!self->isbytes &&
        (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE)
        flags &= ~SRE_FLAG_UNICODE;
    PyObject *prepr = PyObject_Repr(self->pattern);
    if (prepr == NULL)
        return NULL;
    if (PyUnicode_GET_LENGTH(prepr) > 200) {
        PyObject *cut = PyUnicode_Substring(prepr, 0, 200);
        Py_DECREF(prepr);
        if (cut == NULL)
            return NULL;
        prepr = cut;
    }
    if (flags == 0) {
        PyObject *r = PyUnicode_FromFormat("re.compile(%U)", prepr);
        Py_DECREF(prepr);
        return r;
    }
    PyObject *parts = PyList_New(0);
    if (parts == NULL) {
        Py_DECREF(prepr);
        return NULL;
    }
    for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++) {
        if (flags & flag_names[i].value) {
            PyObject *s = PyUnicode_FromString(flag_names[i].name);
            if (s == NULL || PyList_Append(parts, s) < 0) {
                Py_XDECREF(s);
                goto error;
            }
            Py_DECREF(s);
            flags &= ~flag_names[i].value;
        }
    }
    if (flags) {
        PyObject *s = PyUnicode_FromFormat("0x%x", (unsigned)flags);
        if (s == NULL || PyList_Append(parts, s) < 0) {
            Py_XDECREF(s);
            goto error;
        }
        Py_DECREF(s);
    }
    PyObject *sep = PyUnicode_FromString("|");
    if (sep == NULL)
        goto error;
    PyObject *joined = PyUnicode_Join(sep, parts);
    Py_DECREF(sep);
    Py_DECREF(parts);
    if (joined == NULL) {
        Py_DECREF(prepr);
        return NULL;
    }
    PyObject *r = PyUnicode_FromFormat("re.compile(%U, %U)", prepr, joined);
    Py_DECREF(prepr);
    Py_DECREF(joined);
    return r;
error:
    Py_DECREF(parts);
    Py_DECREF(prepr);
    return NULL;
}

static PyObject *pattern_richcompare(PyObject *lefto, PyObject *righto, int op)
{
    if (op != Py_EQ && op != Py_NE)
        Py_RETURN_NOTIMPLEMENTED;
    if (!PyObject_TypeCheck(lefto, &Pattern_Type) || !PyObject_TypeCheck(righto, &Pattern_Type))
        Py_RETURN_NOTIMPLEMENTED;
    int cmp;
    if (lefto == righto) {
        cmp = 1;
    }
    else {
        PatternObject *l = (PatternObject *)lefto, *r = (PatternObject *)righto;
        cmp = l->flags == r->flags && l->isbytes == r->isbytes && l->codesize == r->codesize &&
              memcmp(l->code, r->code, (size_t)l->codesize * sizeof(SRE_CODE)) == 0;
        if (cmp) {
            cmp = PyObject_RichCompareBool(l->pattern, r->pattern, Py_EQ);
            if (cmp < 0)
                return NULL;
        }
    }
    if (op == Py_NE)
        cmp = !cmp;
    return PyBool_FromLong(cmp);
}

static Py_hash_t pattern_hash(PyObject *op)
{
    PatternObject *self = (PatternObject *)op;
    Py_hash_t h = PyObject_Hash(self->pattern);
    if (h == -1)
        return -1;
    h ^= _Py_HashBytes(self->code, self->codesize * (Py_ssize_t)sizeof(SRE_CODE));
    h ^= self->flags;
    h ^= self->isbytes;
    h ^= self->codesize;
    return h == -1 ? -2 : h;
}

static PyObject *pattern_get_groupindex(PyObject *op, void *closure)
{
    PatternObject *self = (PatternObject *)op;
    if (self->groupindex == NULL) {
        PyObject *d = PyDict_New();
        if (d == NULL)
            return NULL;
        PyObject *p = PyDictProxy_New(d);
        Py_DECREF(d);
        return p;
    }
    return PyDictProxy_New(self->groupindex);
}

static PyObject *pattern_get_pattern(PyObject *op, void *closure)
{
    PatternObject *self = (PatternObject *)op;
    return Py_NewRef(self->pattern);
}

static PyObject *pattern_get_flags(PyObject *op, void *closure)
{
    return PyLong_FromLong(((PatternObject *)op)->flags);
}

static PyObject *pattern_get_groups(PyObject *op, void *closure)
{
    return PyLong_FromSsize_t(((PatternObject *)op)->groups);
}

static PyObject *class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

#define SIG_MATCH "($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n"

static PyMethodDef pattern_methods[] = {
    {"match", _PyCFunction_CAST(pattern_match), METH_FASTCALL | METH_KEYWORDS,
     "match" SIG_MATCH "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", _PyCFunction_CAST(pattern_fullmatch), METH_FASTCALL | METH_KEYWORDS,
     "fullmatch" SIG_MATCH "Matches against all of the string."},
    {"search", _PyCFunction_CAST(pattern_search), METH_FASTCALL | METH_KEYWORDS,
     "search" SIG_MATCH
     "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
     "Return None if no position in the string matches."},
    {"sub", _PyCFunction_CAST(pattern_sub), METH_FASTCALL | METH_KEYWORDS,
     "sub($self, /, repl, string, count=0)\n--\n\n"
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
    {"subn", _PyCFunction_CAST(pattern_subn), METH_FASTCALL | METH_KEYWORDS,
     "subn($self, /, repl, string, count=0)\n--\n\n"
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
    {"findall", _PyCFunction_CAST(pattern_findall), METH_FASTCALL | METH_KEYWORDS,
     "findall" SIG_MATCH "Return a list of all non-overlapping matches of pattern in string."},
    {"split", _PyCFunction_CAST(pattern_split), METH_FASTCALL | METH_KEYWORDS,
     "split($self, /, string, maxsplit=0)\n--\n\n"
     "Split string by the occurrences of pattern."},
    {"finditer", _PyCFunction_CAST(pattern_finditer), METH_FASTCALL | METH_KEYWORDS,
     "finditer" SIG_MATCH
     "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
     "For each match, the iterator returns a match object."},
    {"scanner", _PyCFunction_CAST(pattern_scanner), METH_FASTCALL | METH_KEYWORDS,
     "scanner" SIG_MATCH},
    {"__copy__", return_self, METH_NOARGS, "__copy__($self, /)\n--\n\n"},
    {"__deepcopy__", return_self, METH_O, "__deepcopy__($self, memo, /)\n--\n\n"},
    {"__class_getitem__", class_getitem, METH_O | METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef pattern_getset[] = {
    {"groupindex", pattern_get_groupindex, NULL,
     "A dictionary mapping group names to group numbers.", NULL},
    {"pattern", pattern_get_pattern, NULL, "The pattern string from which the RE object was compiled.", NULL},
    {"flags", pattern_get_flags, NULL, "The regex matching flags.", NULL},
    {"groups", pattern_get_groups, NULL, "The number of capturing groups in the pattern.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject Pattern_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "re.Pattern",
    .tp_basicsize = sizeof(PatternObject),
    .tp_dealloc = pattern_dealloc,
    .tp_repr = pattern_repr,
    .tp_hash = pattern_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_doc = "Compiled regular expression object.",
    .tp_traverse = pattern_traverse,
    .tp_clear = pattern_clear,
    .tp_richcompare = pattern_richcompare,
    .tp_weaklistoffset = offsetof(PatternObject, weakreflist),
    .tp_methods = pattern_methods,
    .tp_getset = pattern_getset,
};

/* ---- Match ---- */

static void match_dealloc(PyObject *op)
{
    MatchObject *self = (MatchObject *)op;
    PyObject_GC_UnTrack(op);
    Py_CLEAR(self->regs);
    Py_CLEAR(self->string);
    Py_CLEAR(self->pattern);
    PyMem_Free(self->mark);
    PyObject_GC_Del(op);
}

static int match_traverse(PyObject *op, visitproc visit, void *arg)
{
    MatchObject *self = (MatchObject *)op;
    Py_VISIT(self->regs);
    Py_VISIT(self->string);
    Py_VISIT(self->pattern);
    return 0;
}

static int match_clear(PyObject *op)
{
    MatchObject *self = (MatchObject *)op;
    Py_CLEAR(self->regs);
    Py_CLEAR(self->string);
    Py_CLEAR(self->pattern);
    return 0;
}

/* The group number `index` names, or -1 with IndexError. */
static Py_ssize_t match_getindex(MatchObject *self, PyObject *index)
{
    Py_ssize_t i = -1;
    if (index == NULL)
        return 0;
    if (PyIndex_Check(index)) {
        i = PyNumber_AsSsize_t(index, NULL);
    }
    else if (self->pattern->groupindex != NULL) {
        PyObject *v = PyDict_GetItemWithError(self->pattern->groupindex, index);
        if (v != NULL && PyLong_Check(v))
            i = PyLong_AsSsize_t(v);
    }
    if (i < 0 || i >= self->groups) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static PyObject *match_getslice_by_index(MatchObject *self, Py_ssize_t index, PyObject *def)
{
    if (self->string == Py_None || self->mark[2 * index] < 0)
        return Py_NewRef(def);
    SreState st;
    memset(&st, 0, offsetof(SreState, marks_inline));
    if (getstring(self->string, &st) < 0)
        return NULL;
    Py_ssize_t i = self->mark[2 * index], j = self->mark[2 * index + 1];
    if (i > st.length)
        i = st.length;
    if (j > st.length)
        j = st.length;
    PyObject *r = getslice(st.isbytes, st.data, self->string, i, j);
    state_fini(&st);
    return r;
}

static PyObject *match_getslice(MatchObject *self, PyObject *index, PyObject *def)
{
    Py_ssize_t i = match_getindex(self, index);
    if (i < 0)
        return NULL;
    return match_getslice_by_index(self, i, def);
}

static PyObject *match_group(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames)
{
    MatchObject *self = (MatchObject *)op;
    if (kwnames != NULL && !_PyArg_NoKwnames("group", kwnames))
        return NULL;
    if (nargs == 0)
        return match_getslice_by_index(self, 0, Py_None);
    if (nargs == 1)
        return match_getslice(self, args[0], Py_None);
    PyObject *t = PyTuple_New(nargs);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *v = match_getslice(self, args[i], Py_None);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, v);
    }
    return t;
}

static PyObject *match_subscript(PyObject *op, PyObject *key)
{
    return match_getslice((MatchObject *)op, key, Py_None);
}

static PyObject *match_groups(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames)
{
    static const char *const kwlist[] = {"default", NULL};
    static _PyArg_Parser parser = {"|O", kwlist, "groups", NULL, 0, 0, 0, NULL, NULL};
    MatchObject *self = (MatchObject *)op;
    PyObject *def = Py_None;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &def))
        return NULL;
    PyObject *t = PyTuple_New(self->groups - 1);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 1; i < self->groups; i++) {
        PyObject *v = match_getslice_by_index(self, i, def);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i - 1, v);
    }
    return t;
}

static PyObject *match_groupdict(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                                 PyObject *kwnames)
{
    static const char *const kwlist[] = {"default", NULL};
    static _PyArg_Parser parser = {"|O", kwlist, "groupdict", NULL, 0, 0, 0, NULL, NULL};
    MatchObject *self = (MatchObject *)op;
    PyObject *def = Py_None;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &def))
        return NULL;
    PyObject *d = PyDict_New();
    if (d == NULL || self->pattern->groupindex == NULL)
        return d;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(self->pattern->groupindex, &pos, &key, &value)) {
        Py_INCREF(key);
        PyObject *v = match_getslice(self, key, def);
        if (v == NULL) {
            Py_DECREF(key);
            Py_DECREF(d);
            return NULL;
        }
        int r = PyDict_SetItem(d, key, v);
        Py_DECREF(key);
        Py_DECREF(v);
        if (r < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* start/end/span: which = 0, 1, 2 */
static PyObject *match_pos(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int which,
                           const char *name)
{
    MatchObject *self = (MatchObject *)op;
    if (!_PyArg_CheckPositional(name, nargs, 0, 1))
        return NULL;
    Py_ssize_t i = match_getindex(self, nargs ? args[0] : NULL);
    if (i < 0)
        return NULL;
    if (which == 0)
        return PyLong_FromSsize_t(self->mark[2 * i]);
    if (which == 1)
        return PyLong_FromSsize_t(self->mark[2 * i + 1]);
    return Py_BuildValue("(nn)", self->mark[2 * i], self->mark[2 * i + 1]);
}

static PyObject *match_start(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    return match_pos(op, args, nargs, 0, "start");
}

static PyObject *match_end(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    return match_pos(op, args, nargs, 1, "end");
}

static PyObject *match_span(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    return match_pos(op, args, nargs, 2, "span");
}

static PyObject *match_expand(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames)
{
    static const char *const kwlist[] = {"template", NULL};
    static _PyArg_Parser parser = {"O", kwlist, "expand", NULL, 0, 0, 0, NULL, NULL};
    MatchObject *self = (MatchObject *)op;
    PyObject *template;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &template))
        return NULL;
    return call_re("_expand", (PyObject *)self->pattern, op, template);
}

static PyObject *match_repr(PyObject *op)
{
    MatchObject *self = (MatchObject *)op;
    PyObject *group0 = match_getslice_by_index(self, 0, Py_None);
    if (group0 == NULL)
        return NULL;
    PyObject *grepr = PyObject_Repr(group0);
    Py_DECREF(group0);
    if (grepr == NULL)
        return NULL;
    if (PyUnicode_GET_LENGTH(grepr) > 50) {
        PyObject *cut = PyUnicode_Substring(grepr, 0, 50);
        Py_DECREF(grepr);
        if (cut == NULL)
            return NULL;
        grepr = cut;
    }
    PyObject *r = PyUnicode_FromFormat("<%s object; span=(%zd, %zd), match=%U>",
                                       Py_TYPE(op)->tp_name, self->mark[0], self->mark[1], grepr);
    Py_DECREF(grepr);
    return r;
}

static PyObject *match_get_lastindex(PyObject *op, void *closure)
{
    MatchObject *self = (MatchObject *)op;
    if (self->lastindex >= 0)
        return PyLong_FromSsize_t(self->lastindex);
    Py_RETURN_NONE;
}

static PyObject *match_get_lastgroup(PyObject *op, void *closure)
{
    MatchObject *self = (MatchObject *)op;
    PyObject *ig = self->pattern->indexgroup;
    if (ig != NULL && self->lastindex >= 0 && self->lastindex < PyTuple_GET_SIZE(ig))
        return Py_NewRef(PyTuple_GET_ITEM(ig, self->lastindex));
    Py_RETURN_NONE;
}

static PyObject *match_get_regs(PyObject *op, void *closure)
{
    MatchObject *self = (MatchObject *)op;
    if (self->regs != NULL)
        return Py_NewRef(self->regs);
    PyObject *regs = PyTuple_New(self->groups);
    if (regs == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->groups; i++) {
        PyObject *item = Py_BuildValue("(nn)", self->mark[2 * i], self->mark[2 * i + 1]);
        if (item == NULL) {
            Py_DECREF(regs);
            return NULL;
        }
        PyTuple_SET_ITEM(regs, i, item);
    }
    self->regs = Py_NewRef(regs);
    return regs;
}

static PyObject *match_get_string(PyObject *op, void *closure)
{
    return Py_NewRef(((MatchObject *)op)->string);
}

static PyObject *match_get_re(PyObject *op, void *closure)
{
    return Py_NewRef((PyObject *)((MatchObject *)op)->pattern);
}

static PyObject *match_get_pos(PyObject *op, void *closure)
{
    return PyLong_FromSsize_t(((MatchObject *)op)->pos);
}

static PyObject *match_get_endpos(PyObject *op, void *closure)
{
    return PyLong_FromSsize_t(((MatchObject *)op)->endpos);
}

static PyMethodDef match_methods[] = {
    {"group", _PyCFunction_CAST(match_group), METH_FASTCALL | METH_KEYWORDS,
     "group([group1, ...]) -> str or tuple.\n"
     "    Return subgroup(s) of the match by indices or names.\n"
     "    For 0 returns the entire match."},
    {"start", _PyCFunction_CAST(match_start), METH_FASTCALL,
     "start($self, group=0, /)\n--\n\nReturn index of the start of the substring matched by group."},
    {"end", _PyCFunction_CAST(match_end), METH_FASTCALL,
     "end($self, group=0, /)\n--\n\nReturn index of the end of the substring matched by group."},
    {"span", _PyCFunction_CAST(match_span), METH_FASTCALL,
     "span($self, group=0, /)\n--\n\nFor match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"groups", _PyCFunction_CAST(match_groups), METH_FASTCALL | METH_KEYWORDS,
     "groups($self, /, default=None)\n--\n\n"
     "Return a tuple containing all the subgroups of the match, from 1.\n\n"
     "  default\n    Is used for groups that did not participate in the match."},
    {"groupdict", _PyCFunction_CAST(match_groupdict), METH_FASTCALL | METH_KEYWORDS,
     "groupdict($self, /, default=None)\n--\n\n"
     "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n"
     "  default\n    Is used for groups that did not participate in the match."},
    {"expand", _PyCFunction_CAST(match_expand), METH_FASTCALL | METH_KEYWORDS,
     "expand($self, /, template)\n--\n\n"
     "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
    {"__copy__", return_self, METH_NOARGS, "__copy__($self, /)\n--\n\n"},
    {"__deepcopy__", return_self, METH_O, "__deepcopy__($self, memo, /)\n--\n\n"},
    {"__class_getitem__", class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef match_getset[] = {
    {"lastindex", match_get_lastindex, NULL, "The integer index of the last matched capturing group.", NULL},
    {"lastgroup", match_get_lastgroup, NULL, "The name of the last matched capturing group.", NULL},
    {"regs", match_get_regs, NULL, NULL, NULL},
    {"string", match_get_string, NULL, "The string passed to match() or search().", NULL},
    {"re", match_get_re, NULL, "The regular expression object.", NULL},
    {"pos", match_get_pos, NULL, "The index into the string at which the RE engine started looking for a match.", NULL},
    {"endpos", match_get_endpos, NULL, "The index into the string beyond which the RE engine will not go.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMappingMethods match_as_mapping = {
    .mp_subscript = match_subscript,
};

static PyTypeObject Match_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "re.Match",
    .tp_basicsize = sizeof(MatchObject),
    .tp_dealloc = match_dealloc,
    .tp_repr = match_repr,
    .tp_as_mapping = &match_as_mapping,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_doc = "The result of re.match() and re.search().\n"
              "Match objects always have a boolean value of True.",
    .tp_traverse = match_traverse,
    .tp_clear = match_clear,
    .tp_methods = match_methods,
    .tp_getset = match_getset,
};

/* ---- Scanner ---- */

static void scanner_dealloc(PyObject *op)
{
    ScannerObject *self = (ScannerObject *)op;
    PyObject_GC_UnTrack(op);
    state_fini(&self->state);
    Py_CLEAR(self->pattern);
    Py_CLEAR(self->string);
    PyObject_GC_Del(op);
}

static int scanner_traverse(PyObject *op, visitproc visit, void *arg)
{
    ScannerObject *self = (ScannerObject *)op;
    Py_VISIT(self->pattern);
    Py_VISIT(self->string);
    return 0;
}

static int scanner_clear(PyObject *op)
{
    ScannerObject *self = (ScannerObject *)op;
    Py_CLEAR(self->pattern);
    return 0;
}

static PyObject *scanner_run(ScannerObject *self, int search)
{
    SreState *st = &self->state;
    if (self->exhausted || self->pattern == NULL)
        Py_RETURN_NONE;
    int status = search ? sre_search(st) : sre_match(st, 0);
    PyObject *match = pattern_new_match(self->pattern, st, status);
    if (match == NULL)
        return NULL;
    if (status == 0) {
        self->exhausted = 1;
    }
    else {
        st->must_advance = st->ptr == st->match_start;
        st->start = st->ptr;
    }
    return match;
}

static PyObject *scanner_match(PyObject *op, PyObject *unused)
{
    return scanner_run((ScannerObject *)op, 0);
}

static PyObject *scanner_search(PyObject *op, PyObject *unused)
{
    return scanner_run((ScannerObject *)op, 1);
}

static PyObject *scanner_get_pattern(PyObject *op, void *closure)
{
    ScannerObject *self = (ScannerObject *)op;
    if (self->pattern == NULL)
        Py_RETURN_NONE;
    return Py_NewRef((PyObject *)self->pattern);
}

static PyMethodDef scanner_methods[] = {
    {"match", scanner_match, METH_NOARGS, "match($self, /)\n--\n\n"},
    {"search", scanner_search, METH_NOARGS, "search($self, /)\n--\n\n"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef scanner_getset[] = {
    {"pattern", scanner_get_pattern, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject Scanner_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_sre.SRE_Scanner",
    .tp_basicsize = sizeof(ScannerObject),
    .tp_dealloc = scanner_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear,
    .tp_methods = scanner_methods,
    .tp_getset = scanner_getset,
};


/* ---- code validation ----
 * _sre.compile accepts any list of numbers, so before the engine trusts the
 * code it is walked once: every op known, every skip inside its block,
 * every block ending the way the engine expects (REPEAT bodies in an UNTIL,
 * BRANCH alternatives in a JUMP to the end, ASSERT/ATOMIC bodies in
 * SUCCESS), group numbers in range, REPEAT_ONE bodies a single-character
 * test.  The engine then never reads outside the code. */

static int valid_charset(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t end)
{
    while (i < end) {
        switch (code[i++]) {
        case SRE_OP_FAILURE:
            return i == end;
        case SRE_OP_NEGATE:
            break;
        case SRE_OP_LITERAL:
        case SRE_OP_CATEGORY:
            i += 1;
            break;
        case SRE_OP_RANGE:
        case SRE_OP_RANGE_UNI_IGNORE:
            if (i + 2 <= end && code[i] > code[i + 1])
                return 0;
            i += 2;
            break;
        case SRE_OP_CHARSET:
            i += 8;
            break;
        case SRE_OP_BIGCHARSET: {
            if (i >= end)
                return 0;
            SRE_CODE count = code[i++];
            if (count > 256 || i + 64 > end)
                return 0;
            for (int b = 0; b < 256; b++)
                if (((const unsigned char *)(code + i))[b] >= count)
                    return 0;
            i += 64 + (Py_ssize_t)count * 8;
            break;
        }
        default:
            return 0;
        }
    }
    return 0;
}

static int single_char_op(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t end)
{
    /* the size of the single-character op at i, 0 if it is not one */
    switch (code[i]) {
    case SRE_OP_ANY:
    case SRE_OP_ANY_ALL:
        return 1;
    case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
    case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
    case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        return i + 2 <= end ? 2 : 0;
    case SRE_OP_CATEGORY:
        return i + 2 <= end && code[i + 1] <= SRE_CATEGORY_UNI_NOT_LINEBREAK ? 2 : 0;
    case SRE_OP_IN: case SRE_OP_IN_IGNORE:
    case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE:
        if (i + 2 > end || code[i + 1] < 2 || (Py_ssize_t)code[i + 1] > end - i - 1)
            return 0;
        return valid_charset(code, i + 2, i + 1 + code[i + 1]) ? 1 + (int)code[i + 1] : 0;
    }
    return 0;
}

static int valid_block(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t end, Py_ssize_t groups);

/* A body [i, end) that must finish with SUCCESS. */
static int valid_body(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t end, Py_ssize_t groups)
{
    return end > i && code[end - 1] == SRE_OP_SUCCESS && valid_block(code, i, end - 1, groups);
}

static int valid_block(const SRE_CODE *code, Py_ssize_t i, Py_ssize_t end, Py_ssize_t groups)
{
#define NEED(n) do { if (i + (n) > end) return 0; } while (0)
    while (i < end) {
        SRE_CODE op = code[i++];
        switch (op) {
        case SRE_OP_FAILURE: case SRE_OP_SUCCESS: case SRE_OP_ANY: case SRE_OP_ANY_ALL:
            break;
        case SRE_OP_AT:
            NEED(1);
            if (code[i++] > SRE_AT_UNI_NON_BOUNDARY)
                return 0;
            break;
        case SRE_OP_CATEGORY:
            NEED(1);
            if (code[i++] > SRE_CATEGORY_UNI_NOT_LINEBREAK)
                return 0;
            break;
        case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            NEED(1);
            i++;
            break;
        case SRE_OP_MARK:
            NEED(1);
            if ((Py_ssize_t)code[i++] >= 2 * groups)
                return 0;
            break;
        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE: case SRE_OP_GROUPREF_LOC_IGNORE:
            NEED(1);
            if ((Py_ssize_t)code[i++] >= groups)
                return 0;
            break;
        case SRE_OP_IN: case SRE_OP_IN_IGNORE:
        case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE: {
            int n = single_char_op(code, i - 1, end);
            if (n == 0)
                return 0;
            i += n - 1;
            break;
        }
        case SRE_OP_INFO: {
            NEED(4);
            Py_ssize_t skip = code[i];
            if (skip < 4 || skip > end - i)
                return 0;
            Py_ssize_t next = i + skip;
            SRE_CODE flags = code[i + 1];
            if (flags & SRE_INFO_PREFIX) {
                if (i + 6 > next)
                    return 0;
                Py_ssize_t plen = code[i + 4], pskip = code[i + 5];
                if (plen < 1 || pskip > plen || plen > (next - i - 6) / 2)
                    return 0;
                /* the search skips the first pskip literals of the body */
                if (next + 2 * pskip > end)
                    return 0;
                for (Py_ssize_t j = 0; j < pskip; j++)
                    if (code[next + 2 * j] != SRE_OP_LITERAL ||
                        code[next + 2 * j + 1] != code[i + 6 + j])
                        return 0;
            }
            else if (flags & SRE_INFO_CHARSET) {
                if (!valid_charset(code, i + 4, next))
                    return 0;
            }
            i = next;
            break;
        }
        case SRE_OP_JUMP:
            return 0; /* only at the end of a BRANCH alternative */
        case SRE_OP_BRANCH: {
            Py_ssize_t tail = -1;
            for (;;) {
                NEED(1);
                Py_ssize_t skip = code[i];
                if (skip == 0) {
                    i++;
                    break;
                }
                if (skip < 3 || skip > end - i)
                    return 0;
                Py_ssize_t next = i + skip;
                if (code[next - 2] != SRE_OP_JUMP)
                    return 0;
                Py_ssize_t target = next - 1 + code[next - 1];
                if (target > end || (tail >= 0 && target != tail))
                    return 0;
                tail = target;
                if (!valid_block(code, i + 1, next - 2, groups))
                    return 0;
                i = next;
            }
            if (tail >= 0 && tail != i)
                return 0;
            break;
        }
        case SRE_OP_REPEAT_ONE: case SRE_OP_MIN_REPEAT_ONE: case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            NEED(3);
            Py_ssize_t skip = code[i];
            if (skip < 4 || skip > end - i || code[i + 1] > code[i + 2])
                return 0;
            Py_ssize_t next = i + skip;
            int n = single_char_op(code, i + 3, next);
            if (n == 0 || i + 3 + n != next - 1 || code[next - 1] != SRE_OP_SUCCESS)
                return 0;
            i = next;
            break;
        }
        case SRE_OP_REPEAT: case SRE_OP_POSSESSIVE_REPEAT: {
            NEED(3);
            Py_ssize_t skip = code[i];
            if (skip < 3 || skip >= end - i || code[i + 1] > code[i + 2])
                return 0;
            Py_ssize_t next = i + skip;
            if (!valid_block(code, i + 3, next, groups))
                return 0;
            SRE_CODE until = code[next];
            if (op == SRE_OP_REPEAT ? until != SRE_OP_MAX_UNTIL && until != SRE_OP_MIN_UNTIL
                                    : until != SRE_OP_SUCCESS)
                return 0;
            i = next + 1;
            break;
        }
        case SRE_OP_ATOMIC_GROUP: {
            NEED(1);
            Py_ssize_t skip = code[i];
            if (skip < 2 || skip > end - i || !valid_body(code, i + 1, i + skip, groups))
                return 0;
            i += skip;
            break;
        }
        case SRE_OP_ASSERT: case SRE_OP_ASSERT_NOT: {
            NEED(2);
            Py_ssize_t skip = code[i];
            if (skip < 3 || skip > end - i || !valid_body(code, i + 2, i + skip, groups))
                return 0;
            i += skip;
            break;
        }
        case SRE_OP_GROUPREF_EXISTS: {
            NEED(2);
            if ((Py_ssize_t)code[i] >= groups)
                return 0;
            Py_ssize_t skip = code[i + 1];
            Py_ssize_t no = i + skip;
            if (skip < 2 || no > end)
                return 0;
            /* with a "no" branch the "yes" one ends with a JUMP past it */
            if (no - 2 >= i + 2 && code[no - 2] == SRE_OP_JUMP) {
                Py_ssize_t target = no - 1 + code[no - 1];
                if (target >= no && target <= end &&
                    valid_block(code, i + 2, no - 2, groups) &&
                    valid_block(code, no, target, groups)) {
                    i = target;
                    break;
                }
            }
            if (!valid_block(code, i + 2, no, groups))
                return 0;
            i = no;
            break;
        }
        default:
            return 0;
        }
    }
    return i == end;
#undef NEED
}

static int sre_validate(const SRE_CODE *code, Py_ssize_t n, Py_ssize_t groups)
{
    return code[n - 1] == SRE_OP_SUCCESS && valid_block(code, 0, n, groups);
}

/* ---- module functions ---- */

static PyObject *sre_compile(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames)
{
    static const char *const kwlist[] = {"pattern", "flags", "code", "groups",
                                         "groupindex", "indexgroup", NULL};
    static _PyArg_Parser parser = {"OiO!nO!O!", kwlist, "compile", NULL, 0, 0, 0, NULL, NULL};
    PyObject *pattern, *code, *groupindex, *indexgroup;
    int flags;
    Py_ssize_t groups;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &pattern, &flags,
                                      &PyList_Type, &code, &groups, &PyDict_Type, &groupindex,
                                      &PyTuple_Type, &indexgroup))
        return NULL;
    if (groups < 0 || groups > SRE_MAXGROUPS) {
        PyErr_SetString(PyExc_RuntimeError, internal_error);
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(code);
    SRE_CODE *buf = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(SRE_CODE));
    if (buf == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = PyList_GET_ITEM(code, i);
        unsigned long v = PyLong_AsUnsignedLong(o);
        if (v == (unsigned long)-1 && PyErr_Occurred()) {
            PyMem_Free(buf);
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_SetString(PyExc_OverflowError, "regular expression code size limit exceeded");
            }
            return NULL;
        }
        if (v > 0xFFFFFFFFul) {
            PyMem_Free(buf);
            PyErr_SetString(PyExc_OverflowError, "regular expression code size limit exceeded");
            return NULL;
        }
        buf[i] = (SRE_CODE)v;
    }
    PatternObject *self = PyObject_GC_New(PatternObject, &Pattern_Type);
    if (self == NULL) {
        PyMem_Free(buf);
        return NULL;
    }
    self->code = buf;
    self->codesize = n;
    self->groups = groups;
    self->flags = flags;
    self->weakreflist = NULL;
    self->pattern = Py_NewRef(pattern);
    self->groupindex = NULL;
    self->indexgroup = NULL;
    if (pattern == Py_None) {
        self->isbytes = -1;
    }
    else {
        SreState st;
        memset(&st, 0, offsetof(SreState, marks_inline));
        if (getstring(pattern, &st) < 0) {
            Py_DECREF(self);
            return NULL;
        }
        self->isbytes = st.isbytes;
        state_fini(&st);
    }
    if (PyDict_GET_SIZE(groupindex) > 0) {
        self->groupindex = PyDict_Copy(groupindex);
        if (self->groupindex == NULL) {
            Py_DECREF(self);
            return NULL;
        }
        self->indexgroup = Py_NewRef(indexgroup);
    }
    if (n == 0 || !sre_validate(buf, n, groups)) {
        Py_DECREF(self);
        PyErr_SetString(PyExc_RuntimeError, "invalid SRE code");
        return NULL;
    }
    PyObject_GC_Track((PyObject *)self);
    return (PyObject *)self;
}

static PyObject *sre_getcodesize(PyObject *module, PyObject *unused)
{
    return PyLong_FromLong((long)sizeof(SRE_CODE));
}

static int char_arg(PyObject *arg, int *out)
{
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(arg)->tp_name);
        return -1;
    }
    int overflow;
    long v = PyLong_AsLongAndOverflow(arg, &overflow);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (overflow || v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, overflow > 0 || v > INT_MAX
                        ? "signed integer is greater than maximum"
                        : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static PyObject *sre_ascii_iscased(PyObject *module, PyObject *arg)
{
    int ch;
    if (char_arg(arg, &ch) < 0)
        return NULL;
    return PyBool_FromLong(ch < 128 && ch >= 0 && SRE_ASCII_ISALPHA(ch));
}

static PyObject *sre_unicode_iscased(PyObject *module, PyObject *arg)
{
    int ch;
    if (char_arg(arg, &ch) < 0)
        return NULL;
    SRE_CODE c = (SRE_CODE)ch;
    return PyBool_FromLong(c != sre_lower_unicode(c) || c != sre_upper_unicode(c));
}

static PyObject *sre_ascii_tolower(PyObject *module, PyObject *arg)
{
    int ch;
    if (char_arg(arg, &ch) < 0)
        return NULL;
    return PyLong_FromLong((long)sre_lower_ascii((SRE_CODE)ch));
}

static PyObject *sre_unicode_tolower(PyObject *module, PyObject *arg)
{
    int ch;
    if (char_arg(arg, &ch) < 0)
        return NULL;
    return PyLong_FromLong((long)sre_lower_unicode((SRE_CODE)ch));
}

static PyMethodDef sre_methods[] = {
    {"compile", _PyCFunction_CAST(sre_compile), METH_FASTCALL | METH_KEYWORDS,
     "compile($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)\n--\n\n"},
    {"getcodesize", sre_getcodesize, METH_NOARGS, "getcodesize($module, /)\n--\n\n"},
    {"ascii_iscased", sre_ascii_iscased, METH_O, "ascii_iscased($module, character, /)\n--\n\n"},
    {"unicode_iscased", sre_unicode_iscased, METH_O, "unicode_iscased($module, character, /)\n--\n\n"},
    {"ascii_tolower", sre_ascii_tolower, METH_O, "ascii_tolower($module, character, /)\n--\n\n"},
    {"unicode_tolower", sre_unicode_tolower, METH_O, "unicode_tolower($module, character, /)\n--\n\n"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef sremodule = {
    PyModuleDef_HEAD_INIT, "_sre", NULL, -1, sre_methods,
};

PyObject *PyInit__sre(void)
{
    PyTypeObject *types[] = {&Pattern_Type, &Match_Type, &Scanner_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    PyObject *m = PyModule_Create(&sremodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "MAGIC", SRE_MAGIC) < 0 ||
        PyModule_AddIntConstant(m, "CODESIZE", (long)sizeof(SRE_CODE)) < 0 ||
        PyModule_AddObject(m, "MAXREPEAT", PyLong_FromUnsignedLong(SRE_MAXREPEAT)) < 0 ||
        PyModule_AddObject(m, "MAXGROUPS", PyLong_FromSsize_t(SRE_MAXGROUPS)) < 0 ||
        PyModule_AddStringConstant(m, "copyright",
                                   " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ") < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
