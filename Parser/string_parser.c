/* String literals: adjacent STRING tokens to one Constant or JoinedStr.
 *
 * Python 3.11 tokenizes an f-string as one STRING token, so the work of
 * splitting it into literal text and replacement fields happens here.
 * Literal text from all the adjacent tokens is decoded (escapes, UTF-8)
 * into one growing UCS-4 buffer; whenever a replacement field starts, the
 * buffer is flushed as a Constant piece.  Each field's expression is
 * parsed by a sub-parser (_KrParse_FStringExpr) over "(" text ")", the
 * parentheses letting it span lines as CPython allows.  Every piece gets
 * the location of the whole string group, as CPython 3.11 reports.
 *
 * \N{name} escapes look the name up in the Unicode database (kr_ucd.h). */
#include "pegen.h"
#include "kr_ucd.h"
#include <string.h>

typedef struct {
    Py_UCS4 *b;
    Py_ssize_t n, cap;
} ubuf;

static int
ub_put(ubuf *u, Py_UCS4 c)
{
    if (u->n == u->cap) {
        Py_ssize_t cap = u->cap ? u->cap * 2 : 64;
        Py_UCS4 *nb = PyMem_Realloc(u->b, sizeof(Py_UCS4) * (size_t)cap);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        u->b = nb;
        u->cap = cap;
    }
    u->b[u->n++] = c;
    return 0;
}

typedef struct {
    Parser *p;
    int first, last;       /* token range of the group */
    kr_token *tok;         /* the token being decoded */
    ubuf lit;
    kr_vec pieces;
    int line, col, end_line, end_col; /* location of the group */
    int in_spec; /* format-spec pieces take their own token's location (as CPython 3.11) */
    kr_token *warned; /* one invalid-escape warning per token */
    int kind_u;       /* the first string has a u prefix: constants get kind='u' */
} sctx;

/* Raise at the string group (CPython points at the token). */
static int
str_error_w(sctx *c, const char *msg, int zero_width)
{
    Parser *p = c->p;
    /* CPython 3.11 points at the token after the strings */
    kr_token *t = &p->t[c->last + 1 < p->n ? c->last + 1 : c->last];
    /* the NEWLINE CPython's tokenizer makes up at the end of eval/single
     * input has no position: it reports the column as a 1-based offset
     * and no end */
    if (t->type == TK_NEWLINE && t->start == t->end && p->mode != Py_file_input)
        _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset - 1, t->lineno, -2, "%s", msg);
    else if (zero_width || t->type == TK_ENDMARKER)
        _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->lineno, t->col_offset, "%s", msg);
    else
        _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, "%s", msg);
    return -1;
}

static int
str_error(sctx *c, const char *msg)
{
    return str_error_w(c, msg, 0);
}

/* One UTF-8 sequence at *s to a code point. */
static Py_UCS4
utf8_next(const char **ps)
{
    const unsigned char *s = (const unsigned char *)*ps;
    Py_UCS4 c = s[0];
    int n = 1;
    if (c >= 0xf0) {
        c = ((c & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
        n = 4;
    }
    else if (c >= 0xe0) {
        c = ((c & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
        n = 3;
    }
    else if (c >= 0xc0) {
        c = ((c & 0x1f) << 6) | (s[1] & 0x3f);
        n = 2;
    }
    *ps += n;
    return c;
}

static int
hexval(char ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

/* DeprecationWarning "invalid escape sequence '\d'"; a SyntaxError if
 * the warning filters turn it into an error, as CPython does. */
static int
warn_escape(sctx *c, const char *at)
{
    Parser *p = c->p;
    char msg[64];
    int n = ((unsigned char)*at & 0xe0) == 0xc0 ? 2 : ((unsigned char)*at & 0xf0) == 0xe0 ? 3 :
            ((unsigned char)*at & 0xf8) == 0xf0 ? 4 : 1;
    snprintf(msg, sizeof msg, "invalid escape sequence '\\%.*s'", n, at);
    c->warned = c->tok;
    const char *fn = "<string>";
    if (p->filename && PyUnicode_Check(p->filename)) {
        fn = PyUnicode_AsUTF8(p->filename);
        if (fn == NULL) {
            p->error = 1;
            return -1;
        }
    }
    if (PyErr_WarnExplicit(PyExc_DeprecationWarning, msg, fn, c->tok->lineno, NULL, NULL) < 0) {
        if (PyErr_ExceptionMatches(PyExc_DeprecationWarning)) {
            PyErr_Clear();
            kr_token *t = c->tok;
            _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, "%s", msg);
        }
        p->error = 1;
        return -1;
    }
    return 0;
}

/* The position CPython's unicodeescape errors give for `at` in a literal
 * segment starting at `seg`: CPython hands the decoder each non-ASCII
 * character as a ten-byte \\UXXXXXXXX escape, so those count ten. */
static long
escape_pos(const char *seg, const char *at)
{
    long n = 0;
    for (const char *q = seg; q < at; q++)
        if (((unsigned char)*q & 0xc0) != 0x80)
            n += (unsigned char)*q < 0x80 ? 1 : 10;
    return n;
}

/* The text of a str literal must be UTF-8: source handed over as bytes
 * (compile() or exec() of bytes, a module file) is not checked as a
 * whole, since comments may hold any bytes.  CPython decodes a literal
 * without escapes in one piece, and one with escapes run by run of
 * non-ASCII bytes, so the error's position counts from there. */
static int
check_utf8(sctx *c, const char *s, const char *e, int raw)
{
    int whole = raw || memchr(s, '\\', (size_t)(e - s)) == NULL;
    const char *q = s;
    while (q < e) {
        if (!((unsigned char)*q & 0x80)) {
            q++;
            continue;
        }
        const char *run = q;
        while (q < e && ((unsigned char)*q & 0x80))
            q++;
        const char *from = whole ? s : run, *to = whole ? e : q;
        PyObject *u = PyUnicode_DecodeUTF8(from, to - from, "strict");
        if (u != NULL) {
            Py_DECREF(u);
            if (whole)
                return 0;
            continue;
        }
        if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
            c->p->error = 1;
            return -1;
        }
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *msg = PyObject_Str(exc);
        Py_DECREF(exc);
        const char *m = msg ? PyUnicode_AsUTF8(msg) : NULL;
        if (m == NULL) {
            Py_XDECREF(msg);
            c->p->error = 1;
            return -1;
        }
        char buf[300];
        snprintf(buf, sizeof buf, "(unicode error) %s", m);
        Py_DECREF(msg);
        return str_error(c, buf);
    }
    return 0;
}

/* Decode [s, e) of a str literal into c->lit. */
static int
decode_str(sctx *c, const char *s, const char *e, int raw)
{
    if (check_utf8(c, s, e, raw) < 0)
        return -1;
    const char *seg = s;
    while (s < e) {
        if (*s != '\\' || raw) {
            if (ub_put(&c->lit, utf8_next(&s)) < 0)
                return -1;
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= e) {
            if (ub_put(&c->lit, '\\') < 0)
                return -1;
            break;
        }
        char ch = *s++;
        Py_UCS4 v;
        int ndig = 0;
        switch (ch) {
        case '\n': continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (Py_UCS4)(ch - '0');
            for (int k = 0; k < 2 && s < e && *s >= '0' && *s <= '7'; k++)
                v = v * 8 + (Py_UCS4)(*s++ - '0');
            break;
        case 'x': ndig = 2; goto hex;
        case 'u': ndig = 4; goto hex;
        case 'U': ndig = 8;
        hex: {
            v = 0;
            for (int k = 0; k < ndig; k++) {
                int h = s + k < e ? hexval(s[k]) : -1;
                if (h < 0) {
                    char m[160];
                    long pos = escape_pos(seg, esc);
                    snprintf(m, sizeof m,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: truncated \\%c%s escape",
                             pos, pos + 1 + k, ch, ndig == 2 ? "XX" : ndig == 4 ? "XXXX" : "XXXXXXXX");
                    return str_error(c, m);
                }
                v = v * 16 + (Py_UCS4)h;
            }
            s += ndig;
            if (v > 0x10ffff) {
                char m[160];
                long pos = escape_pos(seg, esc);
                snprintf(m, sizeof m,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: illegal Unicode character",
                         pos, pos + 9);
                return str_error(c, m);
            }
            break;
        }
        case 'N': {
            /* \N{NAME}; the error spans up to the '}' (or what was read) */
            const char *q = s;
            const char *msg = "malformed \\N character escape";
            if (q < e && *q == '{') {
                const char *name = ++q;
                while (q < e && *q != '}')
                    q++;
                if (q > name && q < e) {
                    if (_KrUnicode_LookupName(name, q - name, &v)) {
                        s = q + 1;
                        break;
                    }
                    q++;
                    msg = "unknown Unicode character name";
                }
            }
            char m[200];
            snprintf(m, sizeof m, "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: %s",
                     escape_pos(seg, esc), escape_pos(seg, q) - 1, msg);
            return str_error(c, m);
        }
        default:
            /* an unknown escape keeps its backslash, with a DeprecationWarning */
            if (c->warned != c->tok && warn_escape(c, esc + 1) < 0)
                return -1;
            if (ub_put(&c->lit, '\\') < 0)
                return -1;
            s--;
            continue;
        }
        if (ub_put(&c->lit, v) < 0)
            return -1;
    }
    return 0;
}

static PyObject *
lit_to_str(sctx *c)
{
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, c->lit.b, c->lit.n);
    c->lit.n = 0;
    return r;
}

static expr_ty
mk_piece(sctx *c, enum _expr_kind kind)
{
    expr_ty e = _PyArena_Malloc(c->p->arena, sizeof *e);
    if (e == NULL) {
        c->p->error = 1;
        return NULL;
    }
    e->kind = kind;
    if (c->in_spec) {
        e->lineno = c->tok->lineno;
        e->col_offset = c->tok->col_offset;
        e->end_lineno = c->tok->end_lineno;
        e->end_col_offset = c->tok->end_col_offset;
        return e;
    }
    e->lineno = c->line;
    e->col_offset = c->col;
    e->end_lineno = c->end_line;
    e->end_col_offset = c->end_col;
    return e;
}

static expr_ty
mk_const(sctx *c, PyObject *v)
{
    if (v == NULL) {
        c->p->error = 1;
        return NULL;
    }
    if (_PyArena_AddPyObject(c->p->arena, v) < 0) {
        Py_DECREF(v);
        c->p->error = 1;
        return NULL;
    }
    expr_ty e = mk_piece(c, Constant_kind);
    if (e)
        e->v.Constant.value = v;
    return e;
}

static int
flush_lit(sctx *c, kr_vec *pieces)
{
    if (c->lit.n == 0)
        return 0;
    expr_ty e = mk_const(c, lit_to_str(c));
    if (e == NULL || _KrVec_Push(c->p, pieces, e) < 0)
        return -1;
    if (c->kind_u && !c->in_spec) {
        e->v.Constant.kind = _KrParse_Intern(c->p, PyUnicode_FromString("u"));
        if (e->v.Constant.kind == NULL)
            return -1;
    }
    return 0;
}

static int fstring_body(sctx *c, const char **ps, const char *e, int raw, int depth, kr_vec *pieces);

/* Line and column (bytes) of source position `at` inside the current token. */
static void
pos_in_token(sctx *c, const char *at, int *line, int *col)
{
    kr_token *t = c->tok;
    int l = t->lineno, cl = t->col_offset;
    for (const char *q = c->p->ts.buf + t->start; q < at; q++) {
        if (*q == '\n') {
            l++;
            cl = 0;
        }
        else {
            cl++;
        }
    }
    *line = l;
    *col = cl;
}

/* A replacement field; *ps is just after '{'. */
static int
fstring_field(sctx *c, const char **ps, const char *e, int raw, int depth, kr_vec *pieces)
{
    Parser *p = c->p;
    const char *s = *ps, *start = s;
    char stack[200];
    int level = 0;
    char quote = 0;
    int triple = 0;
    if (depth >= 2)
        return str_error(c, "f-string: expressions nested too deeply");
    while (s < e) {
        char ch = *s;
        if (ch == '\\')
            return str_error(c, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (!triple) {
                    quote = 0;
                }
                else if (s + 2 < e && s[1] == quote && s[2] == quote) {
                    quote = 0;
                    s += 2;
                }
            }
            s++;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            triple = s + 2 < e && s[1] == ch && s[2] == ch;
            s += triple ? 3 : 1;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') {
            if (level >= 200)
                return str_error(c, "f-string: too many nested parenthesis");
            stack[level++] = ch;
            s++;
            continue;
        }
        if (ch == ')' || ch == ']' || ch == '}') {
            if (level == 0) {
                if (ch == '}')
                    break;
                char m[64];
                snprintf(m, sizeof m, "f-string: unmatched '%c'", ch);
                return str_error(c, m);
            }
            char open = stack[--level];
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}')) {
                char m[128];
                snprintf(m, sizeof m, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         ch, open);
                return str_error(c, m);
            }
            s++;
            continue;
        }
        if (ch == '#')
            return str_error(c, "f-string expression part cannot include '#'");
        if (level == 0) {
            if (ch == '!' && s + 1 < e && s[1] == '=') {
                s += 2;
                continue;
            }
            if (ch == '!' || ch == ':')
                break;
            if (ch == '=' && s + 1 < e && s[1] == '=') {
                s += 2;
                continue;
            }
            if ((ch == '<' || ch == '>') && s + 1 < e && s[1] == '=') {
                s += 2;
                continue;
            }
            if (ch == '=')
                break;
        }
        s++;
    }
    if (quote)
        return str_error(c, "f-string: unterminated string");
    if (s >= e)
        return str_error(c, level ? "f-string: unmatched '('" : "f-string: expecting '}'");
    const char *expr_end = s;
    int blank = 1;
    for (const char *q = start; q < expr_end; q++)
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f' && *q != '\r')
            blank = 0;
    if (blank && (*s == '!' || *s == ':' || *s == '=')) {
        char m[64];
        snprintf(m, sizeof m, "f-string: expression required before '%c'", *s);
        return str_error(c, m);
    }
    if (blank)
        return str_error(c, "f-string: empty expression not allowed");
    /* parse "(" text ")" */
    Py_ssize_t n = expr_end - start;
    char *buf = PyMem_Malloc((size_t)n + 3);
    if (buf == NULL) {
        PyErr_NoMemory();
        p->error = 1;
        return -1;
    }
    buf[0] = '(';
    memcpy(buf + 1, start, (size_t)n);
    buf[n + 1] = ')';
    buf[n + 2] = 0;
    int line, col;
    pos_in_token(c, start, &line, &col);
    expr_ty value = _KrParse_FStringExpr(p, buf, n + 2, line, col - 1);
    PyMem_Free(buf);
    if (value == NULL)
        return -1;
    int conversion = -1;
    expr_ty spec = NULL;
    if (*s == '=') {
        if (p->feature_version < 8) {
            _KrParser_TooNew(p, 8, "f-string: self documenting expressions are");
            return -1;
        }
        s++;
        while (s < e && (*s == ' ' || *s == '\t' || *s == '\n'))
            s++;
        /* the expression text, '=' and the spaces around it become literal text */
        const char *q = start;
        while (q < s)
            if (ub_put(&c->lit, utf8_next(&q)) < 0) {
                p->error = 1;
                return -1;
            }
        conversion = 'r';
        if (s < e && (*s == ':'))
            conversion = -1;
    }
    if (flush_lit(c, pieces) < 0)
        return -1;
    if (s < e && *s == '!') {
        s++;
        if (s >= e)
            return str_error(c, "f-string: expecting '}'");
        if (*s != 's' && *s != 'r' && *s != 'a')
            return str_error(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = *s++;
    }
    if (s < e && *s == ':') {
        s++;
        kr_vec specp = {0};
        c->in_spec++;
        if (fstring_body(c, &s, e, raw, depth + 1, &specp) < 0)
            return -1;
        if (flush_lit(c, &specp) < 0)
            return -1;
        spec = mk_piece(c, JoinedStr_kind);
        c->in_spec--;
        if (spec == NULL)
            return -1;
        spec->v.JoinedStr.values = _KrVec_Seq(p, &specp);
    }
    if (s >= e || *s != '}')
        return str_error(c, "f-string: expecting '}'");
    s++;
    expr_ty fv = mk_piece(c, FormattedValue_kind);
    if (fv == NULL)
        return -1;
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    if (_KrVec_Push(p, pieces, fv) < 0)
        return -1;
    *ps = s;
    return 0;
}

/* Literal text and fields up to `e`, or (in a format spec, depth > 0) up
 * to the '}' that closes the field. */
static int
fstring_body(sctx *c, const char **ps, const char *e, int raw, int depth, kr_vec *pieces)
{
    const char *s = *ps;
    while (s < e) {
        const char *q = s;
        /* a literal run */
        while (q < e && *q != '{' && *q != '}') {
            if (*q == '\\' && !raw && q + 1 < e) {
                if (q[1] == '{' || q[1] == '}') {
                    /* the backslash stays literal text and the brace is a
                     * brace; "\{" is an invalid escape, as in CPython */
                    if (q[1] == '{' && warn_escape(c, q + 1) < 0)
                        return -1;
                    if (depth == 0 && q + 2 < e && q[2] == q[1]) {
                        /* a doubled brace: the literal takes the backslash
                         * and one brace, whose decoding warns (again) as
                         * CPython's does; the other brace is dropped */
                        c->warned = NULL;
                        if (decode_str(c, s, q + 2, raw) < 0)
                            return -1;
                        s = q = q + 3;
                        continue;
                    }
                    q++;
                    break;
                }
                if (q[1] == 'N' && q + 2 < e && q[2] == '{') {
                    while (q < e && *q != '}')
                        q++;
                    if (q < e)
                        q++;
                    continue;
                }
                q += 2;
                continue;
            }
            q++;
        }
        if (decode_str(c, s, q, raw) < 0)
            return -1;
        s = q;
        if (s >= e)
            break;
        if (*s == '{') {
            if (depth == 0 && s + 1 < e && s[1] == '{') {
                if (ub_put(&c->lit, '{') < 0)
                    return -1;
                s += 2;
                continue;
            }
            s++;
            if (fstring_field(c, &s, e, raw, depth, pieces) < 0)
                return -1;
            continue;
        }
        /* '}' */
        if (depth > 0)
            break;
        if (s + 1 < e && s[1] == '}') {
            if (ub_put(&c->lit, '}') < 0)
                return -1;
            s += 2;
            continue;
        }
        return str_error(c, "f-string: single '}' is not allowed");
    }
    *ps = s;
    return 0;
}

expr_ty
_KrParse_Strings(Parser *p, int first, int last)
{
    sctx ctx, *c = &ctx;
    memset(c, 0, sizeof *c);
    c->p = p;
    c->first = first;
    c->last = last;
    c->line = p->t[first].lineno;
    c->col = p->t[first].col_offset;
    c->end_line = p->t[last].end_lineno;
    c->end_col = p->t[last].end_col_offset;
    int any_bytes = 0, any_str = 0, any_f = 0, first_u = 0;
    PyObject *bytes = NULL;
    expr_ty result = NULL;
    kr_vec pieces = {0};
    for (int i = first; i <= last; i++) {
        kr_token *t = &p->t[i];
        const char *s = p->ts.buf + t->start;
        int isb = 0, isf = 0, isu = 0;
        while (*s != '\'' && *s != '"') {
            switch (*s) {
            case 'b': case 'B': isb = 1; break;
            case 'f': case 'F': isf = 1; break;
            case 'u': isu = 1; break; /* CPython marks only a lowercase u */
            }
            s++;
        }
        if (i == first)
            first_u = isu;
        any_bytes |= isb;
        any_str |= !isb;
        any_f |= isf;
        if (isf && p->feature_version < 6) {
            p->pos = i + 1;
            _KrParser_TooNew(p, 6, "Format strings are");
            return NULL;
        }
    }
    c->kind_u = first_u;
    if (any_bytes && any_str) {
        str_error(c, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    for (int i = first; i <= last; i++) {
        kr_token *t = &p->t[i];
        const char *s = p->ts.buf + t->start;
        int raw = 0, isf = 0;
        while (*s != '\'' && *s != '"') {
            if (*s == 'r' || *s == 'R')
                raw = 1;
            if (*s == 'f' || *s == 'F')
                isf = 1;
            s++;
        }
        c->tok = t;
        int qlen = (s[1] == s[0] && s[2] == s[0] && t->end - (int)(s - p->ts.buf) >= 6) ? 3 : 1;
        const char *body = s + qlen, *end = p->ts.buf + t->end - qlen;
        if (any_bytes) {
            /* bytes: ASCII only; escapes decoded byte-wise */
            for (const char *q = body; q < end; q++)
                if ((unsigned char)*q >= 0x80) {
                    str_error(c, "bytes can only contain ASCII literal characters");
                    goto done;
                }
            if (raw) {
                for (const char *q = body; q < end; q++)
                    if (ub_put(&c->lit, (unsigned char)*q) < 0)
                        goto nomem;
            }
            else {
                for (const char *q = body; q < end;) {
                    if (*q == '\\' && q + 1 < end && (q[1] == 'u' || q[1] == 'U' || q[1] == 'N')) {
                        /* not escapes in bytes */
                        if (ub_put(&c->lit, '\\') < 0)
                            goto nomem;
                        q++;
                        continue;
                    }
                    if (*q == '\\' && q + 1 < end && q[1] == 'x') {
                        int h1 = q + 2 < end ? hexval(q[2]) : -1, h2 = q + 3 < end ? hexval(q[3]) : -1;
                        if (h1 < 0 || h2 < 0) {
                            char m[128];
                            snprintf(m, sizeof m, "(value error) invalid \\x escape at position %ld",
                                     (long)(q - body));
                            str_error(c, m);
                            goto done;
                        }
                        if (ub_put(&c->lit, (Py_UCS4)(h1 * 16 + h2)) < 0)
                            goto nomem;
                        q += 4;
                        continue;
                    }
                    const char *next = q + 1;
                    if (*q == '\\' && q + 1 < end) {
                        next = q + 2;
                        if (q[1] >= '0' && q[1] <= '7')
                            for (int k = 0; k < 2 && next < end && *next >= '0' && *next <= '7'; k++)
                                next++;
                    }
                    if (decode_str(c, q, next, 0) < 0)
                        goto done;
                    q = next;
                }
            }
            continue;
        }
        if (isf) {
            const char *q = body;
            if (fstring_body(c, &q, end, raw, 0, &pieces) < 0)
                goto done;
        }
        else if (decode_str(c, body, end, raw) < 0) {
            goto done;
        }
    }
    if (any_bytes) {
        char *b = PyMem_Malloc((size_t)c->lit.n + 1);
        if (b == NULL)
            goto nomem;
        for (Py_ssize_t k = 0; k < c->lit.n; k++)
            b[k] = (char)(c->lit.b[k] & 0xff);
        bytes = PyBytes_FromStringAndSize(b, c->lit.n);
        PyMem_Free(b);
        result = mk_const(c, bytes);
        goto done;
    }
    if (!any_f) {
        result = mk_const(c, lit_to_str(c));
        if (result && first_u)
            result->v.Constant.kind = _KrParse_Intern(p, PyUnicode_FromString("u"));
        goto done;
    }
    if (flush_lit(c, &pieces) < 0)
        goto done;
    result = mk_piece(c, JoinedStr_kind);
    if (result)
        result->v.JoinedStr.values = _KrVec_Seq(p, &pieces);
    goto done;
nomem:
    p->error = 1;
done:
    PyMem_Free(c->lit.b);
    if (result == NULL)
        p->error = 1;
    return result;
}
