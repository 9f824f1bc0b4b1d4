/* The tokenizer: UTF-8 source bytes to an array of tokens.
 *
 * Design.  Python's tokens depend on a little state carried across lines
 * (the indentation stack, the bracket depth, whether the line had any
 * token), but never on the parser, so the whole file is tokenized in one
 * pass before parsing begins.  The parser then backtracks freely by index
 * (see Parser/parser.c) instead of asking a lazy tokenizer to replay.
 *
 * Invariants of the array: it always ends with TK_ENDMARKER or TK_FATAL;
 * every logical line that produced a token ends with TK_NEWLINE; INDENT
 * and DEDENT tokens balance by the end (DEDENTs are emitted at EOF).
 *
 * Indentation is measured twice, as CPython does: `col` with tabs to the
 * next multiple of 8 and `altcol` with tabs counting 1.  Two lines whose
 * order differs between the two measures mix tabs and spaces
 * inconsistently, which is a TabError.
 *
 * Source text is normalised first: the coding cookie (PEP 263) or a UTF-8
 * BOM is honoured and the text re-encoded as UTF-8, and "\r\n" / "\r"
 * become "\n" (universal newlines, as compile() does).  Non-ASCII
 * identifiers are checked here (XID_Start/XID_Continue) and normalised to
 * NFKC by the parser when it makes their names. */
#include "tokenizer.h"
#include <string.h>
#include <ctype.h>

static const struct { const char *s; int type; } keywords[] = {
    {"False", TK_FALSE}, {"None", TK_NONE}, {"True", TK_TRUE}, {"and", TK_AND}, {"as", TK_AS},
    {"assert", TK_ASSERT}, {"async", TK_ASYNC}, {"await", TK_AWAIT}, {"break", TK_BREAK},
    {"class", TK_CLASS}, {"continue", TK_CONTINUE}, {"def", TK_DEF}, {"del", TK_DEL},
    {"elif", TK_ELIF}, {"else", TK_ELSE}, {"except", TK_EXCEPT}, {"finally", TK_FINALLY},
    {"for", TK_FOR}, {"from", TK_FROM}, {"global", TK_GLOBAL}, {"if", TK_IF},
    {"import", TK_IMPORT}, {"in", TK_IN}, {"is", TK_IS}, {"lambda", TK_LAMBDA},
    {"nonlocal", TK_NONLOCAL}, {"not", TK_NOT}, {"or", TK_OR}, {"pass", TK_PASS},
    {"raise", TK_RAISE}, {"return", TK_RETURN}, {"try", TK_TRY}, {"while", TK_WHILE},
    {"with", TK_WITH}, {"yield", TK_YIELD},
};

static const char *const op_names[] = {
    [TK_LPAR] = "(", [TK_RPAR] = ")", [TK_LSQB] = "[", [TK_RSQB] = "]", [TK_LBRACE] = "{",
    [TK_RBRACE] = "}", [TK_COLON] = ":", [TK_COMMA] = ",", [TK_SEMI] = ";", [TK_PLUS] = "+",
    [TK_MINUS] = "-", [TK_STAR] = "*", [TK_SLASH] = "/", [TK_VBAR] = "|", [TK_AMPER] = "&",
    [TK_LESS] = "<", [TK_GREATER] = ">", [TK_EQUAL] = "=", [TK_DOT] = ".", [TK_PERCENT] = "%",
    [TK_EQEQUAL] = "==", [TK_NOTEQUAL] = "!=", [TK_LESSEQUAL] = "<=", [TK_GREATEREQUAL] = ">=",
    [TK_TILDE] = "~", [TK_CIRCUMFLEX] = "^", [TK_LEFTSHIFT] = "<<", [TK_RIGHTSHIFT] = ">>",
    [TK_DOUBLESTAR] = "**", [TK_PLUSEQUAL] = "+=", [TK_MINEQUAL] = "-=", [TK_STAREQUAL] = "*=",
    [TK_SLASHEQUAL] = "/=", [TK_PERCENTEQUAL] = "%=", [TK_AMPEREQUAL] = "&=",
    [TK_VBAREQUAL] = "|=", [TK_CIRCUMFLEXEQUAL] = "^=", [TK_LEFTSHIFTEQUAL] = "<<=",
    [TK_RIGHTSHIFTEQUAL] = ">>=", [TK_DOUBLESTAREQUAL] = "**=", [TK_DOUBLESLASH] = "//",
    [TK_DOUBLESLASHEQUAL] = "//=", [TK_AT] = "@", [TK_ATEQUAL] = "@=", [TK_RARROW] = "->",
    [TK_ELLIPSIS] = "...", [TK_COLONEQUAL] = ":=",
};

const char *
_KrToken_Name(int type)
{
    if (type >= TK_LPAR && type < TK_FALSE && op_names[type])
        return op_names[type];
    if (type >= TK_FALSE && type < TK__COUNT)
        return keywords[type - TK_FALSE].s;
    switch (type) {
    case TK_NAME: return "NAME";
    case TK_NUMBER: return "NUMBER";
    case TK_STRING: return "STRING";
    case TK_NEWLINE: return "NEWLINE";
    case TK_INDENT: return "INDENT";
    case TK_DEDENT: return "DEDENT";
    case TK_ENDMARKER: return "ENDMARKER";
    default: return "ERRORTOKEN";
    }
}

/* ---------------------------------------------------------------- source */

static int
is_utf8_name(const char *enc)
{
    char low[32];
    size_t i;
    for (i = 0; enc[i] && i < sizeof low - 1; i++)
        low[i] = (char)(enc[i] == '_' ? '-' : tolower((unsigned char)enc[i]));
    low[i] = 0;
    return strcmp(low, "utf-8") == 0 || strcmp(low, "utf8") == 0 ||
           strncmp(low, "utf-8-", 6) == 0;
}

/* Look for "coding[:=]\s*([-\w.]+)" in a comment on line 1 or 2 (line 2
 * only if line 1 is blank or a comment).  Writes the name to `enc`. */
static int
find_cookie(const char *s, Py_ssize_t len, char *enc, size_t encsize)
{
    Py_ssize_t pos = 0;
    for (int line = 0; line < 2 && pos < len; line++) {
        Py_ssize_t eol = pos;
        while (eol < len && s[eol] != '\n' && s[eol] != '\r')
            eol++;
        Py_ssize_t i = pos;
        while (i < eol && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
            i++;
        if (i < eol && s[i] == '#') {
            for (Py_ssize_t j = i; j + 6 < eol; j++) {
                if (memcmp(s + j, "coding", 6) == 0 && (s[j + 6] == ':' || s[j + 6] == '=')) {
                    Py_ssize_t k = j + 7;
                    while (k < eol && (s[k] == ' ' || s[k] == '\t'))
                        k++;
                    size_t n = 0;
                    while (k < eol && n < encsize - 1 &&
                           (isalnum((unsigned char)s[k]) || s[k] == '-' || s[k] == '_' || s[k] == '.'))
                        enc[n++] = s[k++];
                    enc[n] = 0;
                    if (n > 0)
                        return 1;
                }
            }
        }
        else if (i < eol) {
            return 0; /* a line of code: the cookie may only come before */
        }
        pos = eol;
        if (pos < len && s[pos] == '\r')
            pos++;
        if (pos < len && s[pos] == '\n')
            pos++;
    }
    return 0;
}

static int
prepare_source(kr_tokstate *ts, const char *src, Py_ssize_t len, int ignore_cookie)
{
    PyObject *decoded = NULL;
    char enc[64];
    if (!ignore_cookie) {
        if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
            src += 3;
            len -= 3;
        }
        if (find_cookie(src, len, enc, sizeof enc) && !is_utf8_name(enc)) {
            decoded = PyUnicode_Decode(src, len, enc, "strict");
            if (decoded == NULL)
                return -1;
            Py_ssize_t n;
            const char *u = PyUnicode_AsUTF8AndSize(decoded, &n);
            if (u == NULL) {
                Py_DECREF(decoded);
                return -1;
            }
            src = u;
            len = n;
        }
    }
    ts->buf = PyMem_Malloc((size_t)len + 2);
    if (ts->buf == NULL) {
        Py_XDECREF(decoded);
        PyErr_NoMemory();
        return -1;
    }
    /* universal newlines */
    int n = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n')
                continue;
            c = '\n';
        }
        ts->buf[n++] = c;
    }
    ts->buf[n] = 0;
    ts->buf[n + 1] = 0;
    ts->len = n;
    Py_XDECREF(decoded);
    /* line table */
    ts->caplines = 64;
    ts->line_starts = PyMem_Malloc(sizeof(int) * (size_t)ts->caplines);
    if (ts->line_starts == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    ts->line_starts[0] = 0;
    ts->nlines = 1;
    for (int i = 0; i < n; i++) {
        if (ts->buf[i] == '\n') {
            if (ts->nlines == ts->caplines) {
                ts->caplines *= 2;
                int *nl = PyMem_Realloc(ts->line_starts, sizeof(int) * (size_t)ts->caplines);
                if (nl == NULL) {
                    PyErr_NoMemory();
                    return -1;
                }
                ts->line_starts = nl;
            }
            ts->line_starts[ts->nlines++] = i + 1;
        }
    }
    return 0;
}

const char *
_KrTokenizer_Line(kr_tokstate *ts, int lineno, int *len)
{
    if (lineno < 1 || lineno > ts->nlines) {
        *len = 0;
        return "";
    }
    int s = ts->line_starts[lineno - 1];
    int e = s;
    while (e < ts->len && ts->buf[e] != '\n')
        e++;
    *len = e - s;
    return ts->buf + s;
}

/* ---------------------------------------------------------------- scanning */

typedef struct {
    kr_tokstate *ts;
    int pos;
    int lineno;
    int level;
} scanner;

static int
line_of(kr_tokstate *ts, int off)
{
    int lo = 0, hi = ts->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (ts->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}

static int
emit(scanner *s, int type, int start, int end)
{
    kr_tokstate *ts = s->ts;
    if (ts->ntoks == ts->captoks) {
        int cap = ts->captoks ? ts->captoks * 2 : 256;
        kr_token *nt = PyMem_Realloc(ts->toks, sizeof(kr_token) * (size_t)cap);
        if (nt == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        ts->toks = nt;
        ts->captoks = cap;
    }
    kr_token *t = &ts->toks[ts->ntoks++];
    t->type = type;
    t->start = start;
    t->end = end;
    t->level = s->level;
    t->lineno = line_of(ts, start);
    t->col_offset = start - ts->line_starts[t->lineno - 1];
    if (end > start && ts->buf[end - 1] == '\n' && type == TK_NEWLINE) {
        /* CPython's NEWLINE ends where its '\n' starts (it starts at a
         * comment before it, when there is one) */
        t->end_lineno = line_of(ts, end - 1);
        t->end_col_offset = end - 1 - ts->line_starts[t->end_lineno - 1];
    }
    else {
        t->end_lineno = line_of(ts, end);
        t->end_col_offset = end - ts->line_starts[t->end_lineno - 1];
    }
    return 0;
}

/* Record a tokenizer error and end the token array with TK_FATAL. */
static int
fail_at(scanner *s, PyObject *type, int lineno, int col, int end_lineno, int end_col,
        const char *fmt, ...)
{
    kr_tokstate *ts = s->ts;
    va_list va;
    va_start(va, fmt);
    vsnprintf(ts->err_msg, sizeof ts->err_msg, fmt, va);
    va_end(va);
    ts->err_type = type;
    /* CPython's tokenizer raises these itself, with the line's text cut at
     * its newline; its indentation errors go through the parser's path */
    ts->err_bare = type == PyExc_SyntaxError;
    ts->err_lineno = lineno;
    ts->err_col = col;
    ts->err_end_lineno = end_lineno;
    ts->err_end_col = end_col;
    if (emit(s, TK_FATAL, s->pos, s->pos) < 0)
        return -1;
    ts->toks[ts->ntoks - 1].lineno = lineno;
    ts->toks[ts->ntoks - 1].col_offset = col;
    return 1;
}

static int
fail_off(scanner *s, int off, const char *fmt, const char *arg)
{
    int line = line_of(s->ts, off);
    int col = off - s->ts->line_starts[line - 1];
    return fail_at(s, PyExc_SyntaxError, line, col, -1, -1, fmt, arg);
}

static int
is_id_start(unsigned char c)
{
    return isalpha(c) || c == '_' || c >= 128;
}

static int
is_id_char(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 128;
}

/* A character that may not appear outside strings and comments. */
static int
bad_character(scanner *s, int off)
{
    const unsigned char *b = (const unsigned char *)s->ts->buf + off;
    int n = b[0] < 0x80 ? 1 : b[0] < 0xe0 ? 2 : b[0] < 0xf0 ? 3 : 4;
    PyObject *u = PyUnicode_DecodeUTF8((const char *)b, n, "replace");
    if (u == NULL)
        return -1;
    Py_UCS4 ch = PyUnicode_READ_CHAR(u, 0);
    Py_DECREF(u);
    char msg[64];
    if (!_PyUnicode_IsPrintable(ch))
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)ch);
    else
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, (const char *)b,
                 (unsigned)ch);
    return fail_off(s, off, "%s", msg);
}

/* May a number end right before b?  Not before an identifier character,
 * except that 3.11 still accepts a keyword glued on ("1if x else y",
 * "0x1for x in y"). */
static int
number_end_ok(scanner *s, const char *b, const char *kind)
{
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or", NULL};
    if (!is_id_char((unsigned char)b[0]))
        return 1;
    for (int k = 0; kws[k]; k++)
        if (strncmp(b, kws[k], strlen(kws[k])) == 0) {
            kr_tokstate *ts = s->ts;
            if (ts->nwarn < 8) {
                ts->warns[ts->nwarn].lineno = line_of(ts, (int)(b - ts->buf));
                ts->warns[ts->nwarn].kind = kind;
                ts->nwarn++;
            }
            return 1;
        }
    return 0;
}

/* Number literal starting at s->pos.  Returns 0, 1 (error recorded) or -1. */
static int
scan_number(scanner *s)
{
    const char *b = s->ts->buf;
    int start = s->pos, p = s->pos;
#define DIGITS(pred, kind)                                                         \
    for (;;) {                                                                     \
        while (pred(b[p]))                                                         \
            p++;                                                                   \
        if (b[p] != '_')                                                           \
            break;                                                                 \
        p++;                                                                       \
        if (!pred(b[p])) {                                                         \
            s->pos = p;                                                            \
            return fail_off(s, p - 1, "invalid " kind " literal", NULL);           \
        }                                                                          \
    }
#define ISDEC(c) ((c) >= '0' && (c) <= '9')
#define ISHEX(c) (isxdigit((unsigned char)(c)))
#define ISOCT(c) ((c) >= '0' && (c) <= '7')
#define ISBIN(c) ((c) == '0' || (c) == '1')
    if (b[p] == '0' && (b[p + 1] == 'x' || b[p + 1] == 'X')) {
        p += 2;
        if (b[p] == '_')
            p++;
        if (!ISHEX(b[p]))
            return fail_off(s, p - 1, "invalid hexadecimal literal", NULL);
        DIGITS(ISHEX, "hexadecimal");
        if (!number_end_ok(s, b + p, "hexadecimal"))
            return fail_off(s, p - 1, "invalid hexadecimal literal", NULL);
        goto done;
    }
    if (b[p] == '0' && (b[p + 1] == 'o' || b[p + 1] == 'O')) {
        p += 2;
        if (b[p] == '_')
            p++;
        if (ISDEC(b[p]) && !ISOCT(b[p])) {
            char m[64];
            snprintf(m, sizeof m, "invalid digit '%c' in octal literal", b[p]);
            return fail_off(s, p, "%s", m);
        }
        if (!ISOCT(b[p]))
            return fail_off(s, p - 1, "invalid octal literal", NULL);
        DIGITS(ISOCT, "octal");
        if (ISDEC(b[p])) {
            char m[64];
            snprintf(m, sizeof m, "invalid digit '%c' in octal literal", b[p]);
            return fail_off(s, p, "%s", m);
        }
        if (!number_end_ok(s, b + p, "octal"))
            return fail_off(s, p - 1, "invalid octal literal", NULL);
        goto done;
    }
    if (b[p] == '0' && (b[p + 1] == 'b' || b[p + 1] == 'B')) {
        p += 2;
        if (b[p] == '_')
            p++;
        if (ISDEC(b[p]) && !ISBIN(b[p])) {
            char m[64];
            snprintf(m, sizeof m, "invalid digit '%c' in binary literal", b[p]);
            return fail_off(s, p, "%s", m);
        }
        if (!ISBIN(b[p]))
            return fail_off(s, p - 1, "invalid binary literal", NULL);
        DIGITS(ISBIN, "binary");
        if (ISDEC(b[p])) {
            char m[64];
            snprintf(m, sizeof m, "invalid digit '%c' in binary literal", b[p]);
            return fail_off(s, p, "%s", m);
        }
        if (!number_end_ok(s, b + p, "binary"))
            return fail_off(s, p - 1, "invalid binary literal", NULL);
        goto done;
    }
    {
        int is_float = 0, nonzero = 0;
        if (b[p] != '.') {
            int zeros_only = b[p] == '0';
            DIGITS(ISDEC, "decimal");
            for (int i = start; i < p; i++)
                if (b[i] != '0' && b[i] != '_')
                    nonzero = 1;
            (void)zeros_only;
        }
        if (b[p] == '.') {
            is_float = 1;
            p++;
            if (ISDEC(b[p])) {
                DIGITS(ISDEC, "decimal");
            }
        }
        if (b[p] == 'e' || b[p] == 'E') {
            int e = p;
            p++;
            if (b[p] == '+' || b[p] == '-')
                p++;
            if (!ISDEC(b[p])) {
                if (number_end_ok(s, b + e, "decimal")) {
                    p = e;
                    goto done;
                }
                if (is_id_char((unsigned char)b[e + 1]) || b[e+1] == '+' || b[e+1] == '-')
                    return fail_off(s, e, "invalid decimal literal", NULL);
                p = e;
                goto check_end;
            }
            is_float = 1;
            DIGITS(ISDEC, "decimal");
        }
        if (b[p] == 'j' || b[p] == 'J') {
            p++;
            is_float = 1;
            if (!number_end_ok(s, b + p, "imaginary"))
                return fail_off(s, p - 1, "invalid imaginary literal", NULL);
        }
        if (!is_float && b[start] == '0' && nonzero) {
            /* "0777": points from the first digit to the end of the literal */
            int line = line_of(s->ts, start);
            int ls = s->ts->line_starts[line - 1];
            return fail_at(s, PyExc_SyntaxError, line, start - ls, line, start - ls + 1,
                           "leading zeros in decimal integer literals are not permitted; "
                           "use an 0o prefix for octal integers");
        }
    check_end:
        if (!number_end_ok(s, b + p, "decimal"))
            return fail_off(s, p - 1, "invalid decimal literal", NULL);
    }
done:
    s->pos = p;
    return emit(s, TK_NUMBER, start, p);
#undef DIGITS
}

/* String literal: prefix at `start`, quote at s->pos. */
static int
scan_string(scanner *s, int start)
{
    const char *b = s->ts->buf;
    int p = s->pos;
    char q = b[p];
    int triple = b[p + 1] == q && b[p + 2] == q;
    int start_line = line_of(s->ts, start);
    p += triple ? 3 : 1;
    for (;;) {
        char c = b[p];
        if (p >= s->ts->len) {
            int last = s->ts->nlines;
            if (s->ts->len > 0 && b[s->ts->len - 1] == '\n')
                last--;
            s->pos = p;
            char m[96];
            snprintf(m, sizeof m, triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                         : "unterminated string literal (detected at line %d)",
                     triple ? last : start_line);
            int col = start - s->ts->line_starts[start_line - 1];
            return fail_at(s, PyExc_SyntaxError, start_line, col, -1, -1, "%s", m);
        }
        if (c == '\\') {
            p += 2;
            if (p > s->ts->len)
                p = s->ts->len;
            continue;
        }
        if (c == '\n' && !triple) {
            char m[96];
            snprintf(m, sizeof m, "unterminated string literal (detected at line %d)", start_line);
            int col = start - s->ts->line_starts[start_line - 1];
            s->pos = p;
            return fail_at(s, PyExc_SyntaxError, start_line, col, -1, -1, "%s", m);
        }
        if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (b[p + 1] == q && b[p + 2] == q) {
                p += 3;
                break;
            }
        }
        p++;
    }
    s->pos = p;
    if (emit(s, TK_STRING, start, p) < 0)
        return -1;
    /* the line counter follows multi-line strings */
    s->lineno = line_of(s->ts, p);
    return 0;
}

static int
is_string_prefix(const char *b, int n)
{
    char l[3] = {0};
    if (n > 2)
        return 0;
    for (int i = 0; i < n; i++)
        l[i] = (char)tolower((unsigned char)b[i]);
    if (n == 1)
        return l[0] == 'r' || l[0] == 'b' || l[0] == 'u' || l[0] == 'f';
    return (l[0] == 'r' && (l[1] == 'b' || l[1] == 'f')) || (l[1] == 'r' && (l[0] == 'b' || l[0] == 'f'));
}

static int
scan_operator(scanner *s)
{
    const char *b = s->ts->buf + s->pos;
    static const struct { const char *s; int t; } ops[] = {
        {"**=", TK_DOUBLESTAREQUAL}, {"//=", TK_DOUBLESLASHEQUAL}, {">>=", TK_RIGHTSHIFTEQUAL},
        {"<<=", TK_LEFTSHIFTEQUAL}, {"...", TK_ELLIPSIS},
        {"!=", TK_NOTEQUAL}, {"%=", TK_PERCENTEQUAL}, {"&=", TK_AMPEREQUAL}, {"**", TK_DOUBLESTAR},
        {"*=", TK_STAREQUAL}, {"+=", TK_PLUSEQUAL}, {"-=", TK_MINEQUAL}, {"->", TK_RARROW},
        {"//", TK_DOUBLESLASH}, {"/=", TK_SLASHEQUAL}, {":=", TK_COLONEQUAL}, {"<<", TK_LEFTSHIFT},
        {"<=", TK_LESSEQUAL}, {"==", TK_EQEQUAL}, {">=", TK_GREATEREQUAL}, {">>", TK_RIGHTSHIFT},
        {"@=", TK_ATEQUAL}, {"^=", TK_CIRCUMFLEXEQUAL}, {"|=", TK_VBAREQUAL}, {"<>", -1},
        {"%", TK_PERCENT}, {"&", TK_AMPER}, {"(", TK_LPAR}, {")", TK_RPAR}, {"*", TK_STAR},
        {"+", TK_PLUS}, {",", TK_COMMA}, {"-", TK_MINUS}, {".", TK_DOT}, {"/", TK_SLASH},
        {":", TK_COLON}, {";", TK_SEMI}, {"<", TK_LESS}, {"=", TK_EQUAL}, {">", TK_GREATER},
        {"@", TK_AT}, {"[", TK_LSQB}, {"]", TK_RSQB}, {"^", TK_CIRCUMFLEX}, {"{", TK_LBRACE},
        {"|", TK_VBAR}, {"}", TK_RBRACE}, {"~", TK_TILDE},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].s);
        if (strncmp(b, ops[i].s, n) != 0 || ops[i].t < 0)
            continue;
        int start = s->pos, type = ops[i].t;
        kr_tokstate *ts = s->ts;
        if (type == TK_LPAR || type == TK_LSQB || type == TK_LBRACE) {
            if (s->level >= KR_MAXLEVEL)
                return fail_off(s, start, "too many nested parentheses", NULL);
            int line = line_of(ts, start);
            ts->open_stack[s->level] = b[0];
            ts->open_line[s->level] = line;
            ts->open_col[s->level] = start - ts->line_starts[line - 1];
            s->pos += (int)n;
            if (emit(s, type, start, s->pos) < 0)
                return -1;
            s->level++;
            return 0;
        }
        if (type == TK_RPAR || type == TK_RSQB || type == TK_RBRACE) {
            if (s->level == 0) {
                char m[32];
                snprintf(m, sizeof m, "unmatched '%c'", b[0]);
                return fail_off(s, start, "%s", m);
            }
            char open = ts->open_stack[s->level - 1];
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (want != b[0]) {
                char m[128];
                int line = line_of(ts, start);
                if (ts->open_line[s->level - 1] != line)
                    snprintf(m, sizeof m,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                             b[0], open, ts->open_line[s->level - 1]);
                else
                    snprintf(m, sizeof m,
                             "closing parenthesis '%c' does not match opening parenthesis '%c'",
                             b[0], open);
                return fail_off(s, start, "%s", m);
            }
            s->level--;
        }
        s->pos += (int)n;
        return emit(s, type, start, s->pos);
    }
    if (b[0] == '!' || b[0] == '$' || b[0] == '?' || b[0] == '`') {
        int start = s->pos;
        s->pos++;
        return emit(s, TK_ERRORTOKEN, start, s->pos);
    }
    return bad_character(s, s->pos);
}

static int
keyword_type(const char *b, int n)
{
    if (n < 2 || n > 8)
        return TK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if ((int)strlen(keywords[i].s) == n && memcmp(keywords[i].s, b, (size_t)n) == 0)
            return keywords[i].type;
    return TK_NAME;
}

/* Non-ASCII identifiers: decode and check with the Unicode tables. */
static int
check_identifier(scanner *s, int start, int end)
{
    PyObject *u = PyUnicode_DecodeUTF8(s->ts->buf + start, end - start, "replace");
    if (u == NULL)
        return -1;
    int ok = PyUnicode_IsIdentifier(u);
    Py_ssize_t n = PyUnicode_GetLength(u);
    Py_DECREF(u);
    if (ok)
        return 0;
    /* find the first character that breaks it */
    int off = start;
    for (Py_ssize_t k = 1; k <= n; k++) {
        int next = off + 1;
        while (next < end && ((unsigned char)s->ts->buf[next] & 0xc0) == 0x80)
            next++;
        PyObject *pre = PyUnicode_DecodeUTF8(s->ts->buf + start, next - start, "replace");
        if (pre == NULL)
            return -1;
        int good = PyUnicode_IsIdentifier(pre);
        Py_DECREF(pre);
        if (!good)
            return bad_character(s, off);
        off = next;
    }
    return bad_character(s, start);
}

/* A comment [start, end) when type comments are asked for: "# type: X"
 * ('#', "type", ':' with any spaces or tabs around them) is a
 * TK_TYPE_COMMENT of X (1); "# type: ignore" followed by nothing
 * alphanumeric is a type ignore, listed with the rest of the comment as
 * its tag (2).  0 for any other comment, -1 on error. */
static int
type_comment(scanner *s, int start, int end, int line_has_tokens)
{
    kr_tokstate *ts = s->ts;
    const char *b = ts->buf;
    int p = start + 1;
    while (p < end && (b[p] == ' ' || b[p] == '\t'))
        p++;
    if (end - p < 5 || memcmp(b + p, "type:", 5) != 0)
        return 0;
    p += 5;
    while (p < end && (b[p] == ' ' || b[p] == '\t'))
        p++;
    int ig = p + 6;
    if (end >= ig && memcmp(b + p, "ignore", 6) == 0 &&
        !(end > ig && ((unsigned char)b[ig] >= 128 || isalnum((unsigned char)b[ig])))) {
        if (ts->nignores == ts->capignores) {
            int cap = ts->capignores ? ts->capignores * 2 : 8;
            struct kr_type_ignore *n = PyMem_Realloc(ts->ignores, sizeof *n * (size_t)cap);
            if (n == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            ts->ignores = n;
            ts->capignores = cap;
        }
        ts->ignores[ts->nignores].lineno = line_of(ts, start);
        ts->ignores[ts->nignores].start = ig;
        ts->ignores[ts->nignores].end = end;
        ts->nignores++;
        return 2;
    }
    (void)line_has_tokens;
    return emit(s, TK_TYPE_COMMENT, p, end) < 0 ? -1 : 1;
}

static int
tokenize(kr_tokstate *ts)
{
    scanner sc = {ts, 0, 1, 0};
    scanner *s = &sc;
    const char *b = ts->buf;
    int indstack[KR_MAXINDENT + 1], altstack[KR_MAXINDENT + 1];
    int indent = 0;
    int atbol = 1;
    int line_has_tokens = 0;
    indstack[0] = altstack[0] = 0;
    int r;

    for (;;) {
        if (atbol) {
            atbol = 0;
            int col = 0, altcol = 0, p = s->pos;
            for (;; p++) {
                if (b[p] == ' ')
                    col++, altcol++;
                else if (b[p] == '\t')
                    col = (col / 8 + 1) * 8, altcol++;
                else if (b[p] == '\f')
                    col = altcol = 0;
                else
                    break;
            }
            if (s->level == 0 && !(b[p] == '#' || b[p] == '\n' || p >= ts->len ||
                                   (b[p] == '\\' && b[p + 1] == '\n' && 0))) {
                int line = line_of(ts, p);
                if (col == indstack[indent]) {
                    if (altcol != altstack[indent])
                        return fail_at(s, PyExc_TabError, line, 0, line, -1,
                                       "inconsistent use of tabs and spaces in indentation");
                }
                else if (col > indstack[indent]) {
                    if (indent + 1 >= KR_MAXINDENT)
                        return fail_at(s, PyExc_IndentationError, line, p - ts->line_starts[line - 1],
                                       -1, -1, "too many levels of indentation");
                    if (altcol <= altstack[indent])
                        return fail_at(s, PyExc_TabError, line, 0, line, -1,
                                       "inconsistent use of tabs and spaces in indentation");
                    indent++;
                    indstack[indent] = col;
                    altstack[indent] = altcol;
                    if (emit(s, TK_INDENT, s->pos, p) < 0)
                        return -1;
                    ts->toks[ts->ntoks - 1].col_offset = -1;
                }
                else {
                    while (indent > 0 && col < indstack[indent]) {
                        indent--;
                        if (emit(s, TK_DEDENT, p, p) < 0)
                            return -1;
                    }
                    if (col != indstack[indent]) {
                        int len;
                        _KrTokenizer_Line(ts, line, &len);
                        return fail_at(s, PyExc_IndentationError, line, len, line, -2,
                                       "unindent does not match any outer indentation level");
                    }
                    if (altcol != altstack[indent])
                        return fail_at(s, PyExc_TabError, line, 0, line, -1,
                                       "inconsistent use of tabs and spaces in indentation");
                }
            }
            s->pos = p;
        }
        while (b[s->pos] == ' ' || b[s->pos] == '\t' || b[s->pos] == '\f')
            s->pos++;
        int start = s->pos;
        unsigned char c = (unsigned char)b[start];
        if (c == '#') {
            while (s->pos < ts->len && b[s->pos] != '\n')
                s->pos++;
            if (ts->type_comments) {
                int r = type_comment(s, start, s->pos, line_has_tokens);
                if (r < 0)
                    return -1;
                if (r == 1)
                    line_has_tokens = 1; /* its NEWLINE follows, even on a line of its own */
            }
            if (s->pos < ts->len && line_has_tokens && s->level == 0) {
                s->pos++;
                s->lineno++;
                atbol = 1;
                line_has_tokens = 0;
                if (emit(s, TK_NEWLINE, start, s->pos) < 0)
                    return -1;
            }
            continue;
        }
        if (s->pos >= ts->len) {
            if (line_has_tokens) {
                if (emit(s, TK_NEWLINE, s->pos, s->pos) < 0)
                    return -1;
            }
            int line = ts->nlines + (ts->len > 0 && b[ts->len - 1] != '\n');
            for (; indent > 0; indent--) {
                if (emit(s, TK_DEDENT, s->pos, s->pos) < 0)
                    return -1;
                kr_token *t = &ts->toks[ts->ntoks - 1];
                t->lineno = t->end_lineno = line;
                t->col_offset = t->end_col_offset = 0;
            }
            if (emit(s, TK_ENDMARKER, s->pos, s->pos) < 0)
                return -1;
            kr_token *t = &ts->toks[ts->ntoks - 1];
            t->lineno = t->end_lineno = line;
            t->col_offset = t->end_col_offset = 0;
            ts->open_level = s->level;
            return 0;
        }
        if (c == '\n') {
            s->pos++;
            s->lineno++;
            if (s->level > 0)
                continue;
            atbol = 1;
            if (!line_has_tokens)
                continue;
            line_has_tokens = 0;
            if (emit(s, TK_NEWLINE, start, s->pos) < 0)
                return -1;
            continue;
        }
        if (c == '\\') {
            int line = line_of(ts, start), col = start - ts->line_starts[line - 1];
            if (b[start + 1] == '\n' || start + 1 >= ts->len) {
                s->pos += 2;
                s->lineno++;
                if (s->pos >= ts->len) {
                    int r = fail_at(s, PyExc_SyntaxError, line, col + 1, line, -2,
                                    "unexpected EOF while parsing");
                    ts->err_bare = 0;
                    return r;
                }
                continue;
            }
            s->pos++;
            int r = fail_at(s, PyExc_SyntaxError, line, col + 1, line, -1,
                            "unexpected character after line continuation character");
            ts->err_bare = 0; /* the parser's error in CPython */
            return r;
        }
        line_has_tokens = 1;
        if (is_id_start(c)) {
            int p = start, nonascii = 0;
            while (is_id_char((unsigned char)b[p])) {
                nonascii |= (unsigned char)b[p] >= 128;
                p++;
            }
            if ((b[p] == '"' || b[p] == '\'') && is_string_prefix(b + start, p - start)) {
                s->pos = p;
                r = scan_string(s, start);
                if (r)
                    return r;
                continue;
            }
            if (nonascii && (r = check_identifier(s, start, p)) != 0)
                return r;
            s->pos = p;
            if (emit(s, nonascii ? TK_NAME : keyword_type(b + start, p - start), start, p) < 0)
                return -1;
            continue;
        }
        if (isdigit(c) || (c == '.' && isdigit((unsigned char)b[start + 1]))) {
            r = scan_number(s);
            if (r)
                return r;
            continue;
        }
        if (c == '"' || c == '\'') {
            r = scan_string(s, start);
            if (r)
                return r;
            continue;
        }
        r = scan_operator(s);
        if (r)
            return r;
    }
}

int
_KrTokenizer_Run(kr_tokstate *ts, const char *src, Py_ssize_t len, int ignore_cookie, int interactive,
                 int type_comments)
{
    memset(ts, 0, sizeof *ts);
    ts->interactive = interactive;
    ts->type_comments = type_comments;
    if (prepare_source(ts, src, len, ignore_cookie) < 0)
        return -1;
    return tokenize(ts) < 0 ? -1 : 0;
}

void
_KrTokenizer_Free(kr_tokstate *ts)
{
    PyMem_Free(ts->buf);
    PyMem_Free(ts->toks);
    PyMem_Free(ts->line_starts);
    PyMem_Free(ts->ignores);
    memset(ts, 0, sizeof *ts);
}
