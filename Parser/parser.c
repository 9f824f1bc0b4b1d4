/* The parser: tokens to CPython 3.11's AST.
 *
 * Design.  A hand-written recursive-descent parser over the token array
 * of Parser/tokenizer.c, following the structure of the PEG grammar of
 * Python 3.11 (one C function per grammar rule, named after it).  A mark
 * is an index (p->pos), so an alternative that fails resets it and the
 * next one is tried: ordered choice with backtracking, as in PEG.
 *
 * Where CPython's grammar tries an assignment target first and an
 * expression second, this parser parses the expression once and then
 * converts it in place to a Store/Del target (set_context), which checks
 * the same restrictions and yields the same tree and messages.  This
 * removes the only source of exponential backtracking, so no
 * memoization is needed: parsing is linear in practice.
 *
 * Errors.  A failing rule returns NULL with p->error clear, and its
 * caller tries something else.  An error that must stop the parse (an
 * invalid target, a tokenizer error, ...) raises at once and sets
 * p->error; every rule returns NULL as soon as it sees it.  When the
 * whole parse fails without a specific error, "invalid syntax" is raised
 * at the furthest token looked at (p->maxpos), as CPython does. */
#include "pegen.h"
#include "kr_ucd.h"
#include <string.h>
#include <stdlib.h>

#define MAXDEPTH 3000 /* C recursion guard: deeper expressions raise MemoryError, as CPython does */

/* ================================================================ helpers */

static inline kr_token *
cur(Parser *p)
{
    kr_token *t = &p->t[p->pos];
    if (p->pos > p->maxpos)
        p->maxpos = p->pos;
    if (t->type == TK_FATAL && !p->error)
        _KrParser_RaiseTokenizerError(p);
    return t;
}

static inline int
at(Parser *p, int type)
{
    return cur(p)->type == type;
}

static inline int
at_next(Parser *p, int type)
{
    if (p->pos + 1 >= p->n)
        return 0;
    if (p->pos + 1 > p->maxpos)
        p->maxpos = p->pos + 1;
    return p->t[p->pos + 1].type == type;
}

static inline kr_token *
accept(Parser *p, int type)
{
    kr_token *t = cur(p);
    if (t->type != type)
        return NULL;
    p->pos++;
    return t;
}

static inline kr_token *
last(Parser *p)
{
    return &p->t[p->pos - 1];
}

static int
tok_is_soft(Parser *p, kr_token *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->type == TK_NAME && (size_t)(t->end - t->start) == n &&
           memcmp(p->ts.buf + t->start, kw, n) == 0;
}

static int
at_soft(Parser *p, const char *kw)
{
    return tok_is_soft(p, cur(p), kw);
}

static void *
alloc(Parser *p, size_t size)
{
    void *r = _PyArena_Malloc(p->arena, size);
    if (r == NULL)
        p->error = 1;
    return r;
}

int
_KrVec_Push(Parser *p, kr_vec *v, void *x)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = alloc(p, sizeof(void *) * (size_t)cap);
        if (items == NULL)
            return -1;
        if (v->n)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->n);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
    return 0;
}

asdl_seq *
_KrVec_Seq(Parser *p, kr_vec *v)
{
    asdl_seq *s = _Py_asdl_generic_seq_new(v->n, p->arena);
    if (s == NULL) {
        p->error = 1;
        return NULL;
    }
    if (v->n)
        memcpy(s->elements, v->items, sizeof(void *) * (size_t)v->n);
    return s;
}

#define PUSH(v, x) do { if (_KrVec_Push(p, &(v), (x)) < 0) return NULL; } while (0)
#define SEQ(v) _KrVec_Seq(p, &(v))

static asdl_seq *
seq1(Parser *p, void *x)
{
    asdl_seq *s = _Py_asdl_generic_seq_new(1, p->arena);
    if (s == NULL) {
        p->error = 1;
        return NULL;
    }
    s->elements[0] = x;
    return s;
}

static asdl_seq *
seq0(Parser *p)
{
    asdl_seq *s = _Py_asdl_generic_seq_new(0, p->arena);
    if (s == NULL)
        p->error = 1;
    return s;
}

PyObject *
_KrParse_Intern(Parser *p, PyObject *s)
{
    if (s == NULL) {
        p->error = 1;
        return NULL;
    }
    PyUnicode_InternInPlace(&s);
    if (_PyArena_AddPyObject(p->arena, s) < 0) {
        Py_DECREF(s);
        p->error = 1;
        return NULL;
    }
    return s;
}

static PyObject *
arena_obj(Parser *p, PyObject *o)
{
    if (o == NULL) {
        p->error = 1;
        return NULL;
    }
    if (_PyArena_AddPyObject(p->arena, o) < 0) {
        Py_DECREF(o);
        p->error = 1;
        return NULL;
    }
    return o;
}

/* The text of TK_TYPE_COMMENT token `i` (PyCF_TYPE_COMMENTS). */
static PyObject *
type_comment_of(Parser *p, int i)
{
    kr_token *t = &p->t[i];
    return arena_obj(p, PyUnicode_DecodeUTF8(p->ts.buf + t->start, t->end - t->start, NULL));
}

/* The identifier of NAME token `i`, cached so backtracking does not redo it. */
static PyObject *
name_of(Parser *p, int i)
{
    if (p->names == NULL) {
        p->names = alloc(p, sizeof(PyObject *) * (size_t)p->n);
        if (p->names == NULL)
            return NULL;
    }
    if (p->names[i] == NULL) {
        kr_token *t = &p->t[i];
        PyObject *u = PyUnicode_DecodeUTF8(p->ts.buf + t->start, t->end - t->start, NULL);
        if (u != NULL && !PyUnicode_IS_ASCII(u)) {
            /* non-ASCII identifiers are compared in NFKC (PEP 3131) */
            Py_SETREF(u, _KrUnicode_Normalize("NFKC", u));
        }
        p->names[i] = _KrParse_Intern(p, u);
    }
    return p->names[i];
}

/* Node constructors: the location runs from token `s` to the last consumed token. */
#define LOC_FROM(n, s)                                                      \
    do {                                                                    \
        (n)->lineno = p->t[s].lineno;                                       \
        (n)->col_offset = p->t[s].col_offset;                               \
        (n)->end_lineno = last(p)->end_lineno;                              \
        (n)->end_col_offset = last(p)->end_col_offset;                      \
    } while (0)
#define LOC_NODES(n, a, b)                                                  \
    do {                                                                    \
        (n)->lineno = (a)->lineno;                                          \
        (n)->col_offset = (a)->col_offset;                                  \
        (n)->end_lineno = (b)->end_lineno;                                  \
        (n)->end_col_offset = (b)->end_col_offset;                          \
    } while (0)

static expr_ty
mk_expr(Parser *p, enum _expr_kind kind, int s)
{
    expr_ty e = alloc(p, sizeof *e);
    if (e == NULL)
        return NULL;
    e->kind = kind;
    LOC_FROM(e, s);
    return e;
}

static stmt_ty
mk_stmt(Parser *p, enum _stmt_kind kind, int s)
{
    stmt_ty st = alloc(p, sizeof *st);
    if (st == NULL)
        return NULL;
    st->kind = kind;
    LOC_FROM(st, s);
    return st;
}

static pattern_ty
mk_pat(Parser *p, enum _pattern_kind kind, int s)
{
    pattern_ty pt = alloc(p, sizeof *pt);
    if (pt == NULL)
        return NULL;
    pt->kind = kind;
    LOC_FROM(pt, s);
    return pt;
}

static expr_ty
mk_name(Parser *p, int i, expr_context_ty ctx)
{
    PyObject *id = name_of(p, i);
    if (id == NULL)
        return NULL;
    expr_ty e = alloc(p, sizeof *e);
    if (e == NULL)
        return NULL;
    e->kind = Name_kind;
    e->v.Name.id = id;
    e->v.Name.ctx = ctx;
    e->lineno = p->t[i].lineno;
    e->col_offset = p->t[i].col_offset;
    e->end_lineno = p->t[i].end_lineno;
    e->end_col_offset = p->t[i].end_col_offset;
    return e;
}

/* a body's last statement gives the end of a compound statement */
static void
end_at_last(void *node_loc_lineno, asdl_seq *body)
{
    int *loc = node_loc_lineno; /* lineno, col_offset, end_lineno, end_col_offset */
    if (asdl_seq_LEN(body) == 0)
        return;
    stmt_ty l = asdl_seq_GET(body, asdl_seq_LEN(body) - 1);
    loc[2] = l->end_lineno;
    loc[3] = l->end_col_offset;
}
#define END_AT(n, body) end_at_last(&(n)->lineno, (body))

static const char *
expr_name(expr_ty e)
{
    switch (e->kind) {
    case Attribute_kind: return "attribute";
    case Subscript_kind: return "subscript";
    case Starred_kind: return "starred";
    case Name_kind: return "name";
    case List_kind: return "list";
    case Tuple_kind: return "tuple";
    case Lambda_kind: return "lambda";
    case Call_kind: return "function call";
    case BoolOp_kind: case BinOp_kind: case UnaryOp_kind: return "expression";
    case GeneratorExp_kind: return "generator expression";
    case Yield_kind: case YieldFrom_kind: return "yield expression";
    case Await_kind: return "await expression";
    case ListComp_kind: return "list comprehension";
    case SetComp_kind: return "set comprehension";
    case DictComp_kind: return "dict comprehension";
    case Dict_kind: return "dict literal";
    case Set_kind: return "set display";
    case JoinedStr_kind: case FormattedValue_kind: return "f-string expression";
    case Constant_kind: {
        PyObject *v = e->v.Constant.value;
        if (v == Py_None) return "None";
        if (v == Py_True) return "True";
        if (v == Py_False) return "False";
        if (v == Py_Ellipsis) return "ellipsis";
        return "literal";
    }
    case Compare_kind: return "comparison";
    case IfExp_kind: return "conditional expression";
    case NamedExpr_kind: return "named expression";
    default: return "expression";
    }
}

/* The first sub-expression that cannot be a target (CPython's
 * _PyPegen_get_invalid_target), or NULL if `e` is a valid target. */
static expr_ty
invalid_target(expr_ty e, int for_del)
{
    switch (e->kind) {
    case Name_kind: case Attribute_kind: case Subscript_kind:
        return NULL;
    case Starred_kind:
        if (for_del)
            return e;
        return invalid_target(e->v.Starred.value, for_del);
    case List_kind: case Tuple_kind: {
        asdl_seq *elts = e->kind == List_kind ? e->v.List.elts : e->v.Tuple.elts;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(elts); i++) {
            expr_ty r = invalid_target(asdl_seq_GET(elts, i), for_del);
            if (r)
                return r;
        }
        return NULL;
    }
    case Compare_kind:
        /* "for x in y in z": CPython blames the comparison's left side when it is "in" */
        if (!for_del && asdl_seq_LEN(e->v.Compare.ops) && e->v.Compare.ops->elements[0] == In)
            return invalid_target(e->v.Compare.left, for_del);
        return e;
    default:
        return e;
    }
}

static void
set_ctx(expr_ty e, expr_context_ty ctx)
{
    switch (e->kind) {
    case Name_kind: e->v.Name.ctx = ctx; break;
    case Attribute_kind: e->v.Attribute.ctx = ctx; break;
    case Subscript_kind: e->v.Subscript.ctx = ctx; break;
    case Starred_kind: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx); break;
    case List_kind:
        e->v.List.ctx = ctx;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.List.elts); i++)
            set_ctx(asdl_seq_GET(e->v.List.elts, i), ctx);
        break;
    case Tuple_kind:
        e->v.Tuple.ctx = ctx;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Tuple.elts); i++)
            set_ctx(asdl_seq_GET(e->v.Tuple.elts, i), ctx);
        break;
    default: break;
    }
}

static int
yield_parenthesized(Parser *p, expr_ty e)
{
    const char *b = p->ts.buf + p->ts.line_starts[e->lineno - 1] + e->col_offset;
    while (b > p->ts.buf && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n'))
        b--;
    return b > p->ts.buf && b[-1] == '(';
}

/* Do the brackets opening at token i hold a tuple or a generator expression
 * (a comma or a 'for' at their top level, or nothing) rather than a
 * parenthesized expression?  CPython's invalid_named_expression looks
 * for those at the start of "X = Y". */
static int closing_bracket(Parser *p, int i);

static int
paren_tuple_or_genexp(Parser *p, int i)
{
    int inner = p->t[i].level + 1, close = closing_bracket(p, i);
    if (close == i + 1)
        return 1;
    for (int j = i + 1; j < close; j++) {
        kr_token *t = &p->t[j];
        if (t->level == inner && (t->type == TK_COMMA || t->type == TK_FOR))
            return 1;
    }
    return 0;
}

/* The index of the bracket closing the one opened at token i, or -1.  (A
 * token's level is the nesting before it, and a closing bracket's is taken
 * after it closes: the opener's own level.) */
static int
closing_bracket(Parser *p, int i)
{
    int outer = p->t[i].level;
    for (int j = i + 1; j < p->n; j++) {
        kr_token *t = &p->t[j];
        if (t->type == TK_ENDMARKER || t->level < outer)
            return -1;
        if (t->level == outer)
            return (t->type == TK_RPAR || t->type == TK_RSQB || t->type == TK_RBRACE) ? j : -1;
    }
    return -1;
}

/* Check and convert a target; raise CPython's message if it is invalid. */
static int
to_target(Parser *p, expr_ty e, expr_context_ty ctx, int assign_here)
{
    expr_ty bad = invalid_target(e, ctx == Del);
    if (bad) {
        if (ctx == Del)
            RAISE_AT_NODE(p, bad, "cannot delete %s", expr_name(bad));
        else if (bad->kind == Constant_kind && (bad->v.Constant.value == Py_True ||
                 bad->v.Constant.value == Py_False || bad->v.Constant.value == Py_None))
            RAISE_AT_NODE(p, bad, "cannot assign to %s", expr_name(bad));
        else if ((bad->kind == Yield_kind || bad->kind == YieldFrom_kind) && !yield_parenthesized(p, bad))
            RAISE_AT_NODE(p, bad, "assignment to yield expression not possible");
        else if (assign_here)
            RAISE_AT_NODE(p, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          expr_name(bad));
        else
            RAISE_AT_NODE(p, bad, "cannot assign to %s", expr_name(bad));
        return -1;
    }
    set_ctx(e, ctx);
    return 0;
}

/* ================================================================ forward declarations */

static expr_ty expression(Parser *p);
static expr_ty named_expression(Parser *p);
static expr_ty star_expressions(Parser *p);
static expr_ty star_named_expression(Parser *p);
static expr_ty disjunction(Parser *p);
static expr_ty bitwise_or(Parser *p);
static expr_ty primary(Parser *p);
static expr_ty yield_expr(Parser *p);
static expr_ty star_target(Parser *p);
static asdl_seq *block(Parser *p, const char *what, int line);
static asdl_seq *statements(Parser *p);
static stmt_ty statement_list(Parser *p, kr_vec *out);
static arguments_ty parameters(Parser *p, int is_lambda);
static asdl_seq *for_if_clauses(Parser *p);
static pattern_ty pattern(Parser *p);
static int at_eof(Parser *p, int i);

#define ENTER                                                                     \
    do {                                                                          \
        if (++p->depth > MAXDEPTH) {                                              \
            p->depth--;                                                           \
            if (!p->error) {                                                      \
                p->error = 1;                                                     \
                PyErr_NoMemory(); /* CPython 3.11 raises a bare MemoryError */  \
            }                                                                     \
            return NULL;                                                          \
        }                                                                         \
    } while (0)
#define LEAVE(x) do { p->depth--; return (x); } while (0)

/* ================================================================ atoms */

static expr_ty
mk_constant(Parser *p, PyObject *v, int s)
{
    expr_ty e = mk_expr(p, Constant_kind, s);
    if (e)
        e->v.Constant.value = v;
    return e;
}

static PyObject *
strip_underscores(const char *s, Py_ssize_t n, char *buf, size_t bufsize)
{
    size_t k = 0;
    for (Py_ssize_t i = 0; i < n && k < bufsize - 1; i++)
        if (s[i] != '_')
            buf[k++] = s[i];
    buf[k] = 0;
    return NULL;
}

expr_ty
_KrParse_NumberToken(Parser *p, kr_token *t)
{
    const char *s = p->ts.buf + t->start;
    Py_ssize_t n = t->end - t->start;
    char small[128];
    char *buf = n < (Py_ssize_t)sizeof small ? small : PyMem_Malloc((size_t)n + 1);
    PyObject *v = NULL;
    if (buf == NULL) {
        p->error = 1;
        PyErr_NoMemory();
        return NULL;
    }
    if (memchr(s, '_', (size_t)n) && _KrParser_TooNew(p, 6, "Underscores in numeric literals are")) {
        if (buf != small)
            PyMem_Free(buf);
        return NULL;
    }
    strip_underscores(s, n, buf, (size_t)n + 1);
    size_t len = strlen(buf);
    char last_c = buf[len - 1];
    int is_hex = len > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    if (last_c == 'j' || last_c == 'J') {
        buf[len - 1] = 0;
        double d = PyOS_string_to_double(buf, NULL, NULL);
        if (!(d == -1.0 && PyErr_Occurred()))
            v = PyComplex_FromDoubles(0.0, d);
    }
    else if (!is_hex && (strchr(buf, '.') || strchr(buf, 'e') || strchr(buf, 'E'))) {
        double d = PyOS_string_to_double(buf, NULL, NULL);
        if (!(d == -1.0 && PyErr_Occurred()))
            v = PyFloat_FromDouble(d);
    }
    else {
        v = PyLong_FromString(buf, NULL, 0);
    }
    if (buf != small)
        PyMem_Free(buf);
    if (v == NULL && PyErr_ExceptionMatches(PyExc_ValueError)) {
        /* only the limit on decimal digits (sys.set_int_max_str_digits)
         * refuses a literal; CPython reports it as a SyntaxError on the
         * literal's lines, without columns */
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        PyObject *msg = value ? PyObject_Str(value) : NULL;
        const char *m = msg ? PyUnicode_AsUTF8(msg) : NULL;
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
        if (m == NULL) {
            Py_XDECREF(msg);
            p->error = 1;
            return NULL;
        }
        _KrParser_RaiseAt(p, NULL, t->lineno, -1, t->end_lineno, -1,
                          "%s - Consider hexadecimal for huge integer literals "
                          "to avoid decimal conversion limits.", m);
        Py_DECREF(msg);
        return NULL;
    }
    if (v == NULL || arena_obj(p, v) == NULL) {
        p->error = 1;
        return NULL;
    }
    int save = p->pos;
    p->pos = (int)(t - p->t) + 1;
    expr_ty e = mk_constant(p, v, (int)(t - p->t));
    p->pos = save;
    return e;
}

/* '(' ... ')': group, tuple, generator expression, or yield */
static expr_ty
paren_atom(Parser *p)
{
    int s = p->pos;
    accept(p, TK_LPAR);
    if (accept(p, TK_RPAR)) {
        expr_ty e = mk_expr(p, Tuple_kind, s);
        if (e) {
            e->v.Tuple.elts = seq0(p);
            e->v.Tuple.ctx = Load;
        }
        return e;
    }
    if (at(p, TK_YIELD)) {
        expr_ty y = yield_expr(p);
        if (y == NULL || !accept(p, TK_RPAR))
            return NULL;
        return y;
    }
    if (at(p, TK_DOUBLESTAR)) {
        /* "(**x)" is never valid: CPython's invalid_group names it */
        kr_token *star = &p->t[p->pos];
        int maxpos = p->maxpos;
        p->pos++;
        expr_ty e = expression(p);
        if (e != NULL && at(p, TK_RPAR))
            RAISE_AT_TOK(p, star, "cannot use double starred expression here");
        else if (!p->error && p->maxpos > maxpos && p->maxpos < p->n &&
                 p->t[p->maxpos].type != TK_ENDMARKER && p->t[p->maxpos].type != TK_NEWLINE)
            p->maxpos = (int)(star - p->t); /* plain invalid syntax points at '**' */
        return NULL;
    }
    expr_ty first = star_named_expression(p);
    if (first == NULL)
        return NULL;
    if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
        if (first->kind == Starred_kind)
            return NULL;
        asdl_seq *gens = for_if_clauses(p);
        if (gens == NULL || !accept(p, TK_RPAR))
            return NULL;
        expr_ty e = mk_expr(p, GeneratorExp_kind, s);
        if (e) {
            e->v.GeneratorExp.elt = first;
            e->v.GeneratorExp.generators = gens;
        }
        return e;
    }
    if (accept(p, TK_RPAR)) {
        if (first->kind == Starred_kind) {
            /* "(*x)" */
            RAISE_AT_NODE(p, first, "cannot use starred expression here");
            return NULL;
        }
        return first;
    }
    if (!at(p, TK_COMMA)) {
        if (at(p, TK_COLONEQUAL) || at(p, TK_EQUAL))
            return NULL;
        return NULL;
    }
    kr_vec elts = {0};
    PUSH(elts, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RPAR))
            break;
        expr_ty e = star_named_expression(p);
        if (e == NULL)
            return NULL;
        PUSH(elts, e);
    }
    if (!accept(p, TK_RPAR))
        return NULL;
    expr_ty e = mk_expr(p, Tuple_kind, s);
    if (e) {
        e->v.Tuple.elts = SEQ(elts);
        e->v.Tuple.ctx = Load;
    }
    return e;
}

/* "[x, y for x, y in z]" (or with '{'): at the 'for' after a display's
 * items, CPython names the missing parentheses if the clauses parse; the
 * error spans the first item to the last one (or to the lone item's
 * comma).  0 when it does not apply, with the position unchanged. */
static int
comprehension_target_hint(Parser *p, int open, expr_ty first, expr_ty last, kr_token *comma)
{
    if (!at(p, TK_FOR) && !at(p, TK_ASYNC))
        return 0;
    /* a display never closed is reported as such */
    if (closing_bracket(p, open) < 0)
        return 0;
    int save = p->pos, far = p->maxpos;
    asdl_seq *gens = for_if_clauses(p);
    if (gens != NULL) {
        p->pos = save;
        if (last != NULL)
            RAISE_RANGE(p, first, last, "did you forget parentheses around the comprehension target?");
        else
            _KrParser_RaiseAt(p, NULL, first->lineno, first->col_offset, comma->end_lineno,
                              comma->end_col_offset, "did you forget parentheses around the comprehension target?");
        return 1;
    }
    if (p->error)
        return 1;
    p->pos = save;
    p->maxpos = far;
    return 0;
}

static expr_ty
list_atom(Parser *p)
{
    int s = p->pos;
    accept(p, TK_LSQB);
    kr_vec elts = {0};
    if (!at(p, TK_RSQB)) {
        expr_ty first = star_named_expression(p);
        if (first == NULL)
            return NULL;
        if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
            if (first->kind == Starred_kind)
                return RAISE_AT_NODE(p, first, "iterable unpacking cannot be used in comprehension");
            asdl_seq *gens = for_if_clauses(p);
            if (gens == NULL || !accept(p, TK_RSQB))
                return NULL;
            expr_ty e = mk_expr(p, ListComp_kind, s);
            if (e) {
                e->v.ListComp.elt = first;
                e->v.ListComp.generators = gens;
            }
            return e;
        }
        PUSH(elts, first);
        while (accept(p, TK_COMMA)) {
            if (at(p, TK_RSQB))
                break;
            if (elts.n == 1 && comprehension_target_hint(p, s, first, NULL, last(p)))
                return NULL;
            expr_ty e = star_named_expression(p);
            if (e == NULL)
                return NULL;
            PUSH(elts, e);
            if (comprehension_target_hint(p, s, first, e, NULL))
                return NULL;
        }
    }
    if (!accept(p, TK_RSQB))
        return NULL;
    expr_ty e = mk_expr(p, List_kind, s);
    if (e) {
        e->v.List.elts = SEQ(elts);
        e->v.List.ctx = Load;
    }
    return e;
}

/* The value of a dict display's "key: value", after the ':', with
 * CPython's messages for a starred value and for a missing one. */
static expr_ty
dict_value(Parser *p)
{
    if (at(p, TK_STAR)) {
        int save = p->pos;
        kr_token *star = cur(p);
        p->pos++;
        expr_ty b = bitwise_or(p);
        /* (CPython's look past the value meets the end of an unclosed
         * display first: that is reported instead) */
        if (b != NULL && !(p->ts.open_level > 0 && at_eof(p, p->pos)))
            return _KrParser_RaiseAt(p, NULL, star->lineno, star->col_offset, b->end_lineno, b->end_col_offset,
                                     "cannot use a starred expression in a dictionary value");
        if (p->error)
            return NULL;
        p->pos = save;
    }
    expr_ty v = expression(p);
    if (v == NULL && !p->error && (at(p, TK_RBRACE) || at(p, TK_COMMA))) {
        kr_token *t = last(p);
        return _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                                 "expression expected after dictionary key and ':'");
    }
    return v;
}

/* '{' ... '}': dict, set, and their comprehensions */
static expr_ty
brace_atom(Parser *p)
{
    int s = p->pos;
    accept(p, TK_LBRACE);
    if (accept(p, TK_RBRACE)) {
        expr_ty e = mk_expr(p, Dict_kind, s);
        if (e) {
            e->v.Dict.keys = seq0(p);
            e->v.Dict.values = seq0(p);
        }
        return e;
    }
    kr_vec keys = {0}, values = {0};
    /* first item decides dict or set */
    if (at(p, TK_DOUBLESTAR)) {
        kr_token *star = cur(p);
        p->pos++;
        expr_ty v = bitwise_or(p);
        if (v == NULL)
            return NULL;
        if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
            /* '{**d for d in ds}': CPython names the mistake once the rest
             * parses; otherwise the generic error stays at the 'for' */
            int far = p->maxpos;
            asdl_seq *gens = for_if_clauses(p);
            if (gens != NULL && at(p, TK_RBRACE))
                return RAISE_AT_TOK(p, star, "dict unpacking cannot be used in dict comprehension");
            int endtype = p->maxpos < p->n ? p->t[p->maxpos].type : TK_ENDMARKER;
            if (!p->error && endtype != TK_NEWLINE && endtype != TK_ENDMARKER && endtype != TK_FATAL)
                p->maxpos = far;
            return NULL;
        }
        PUSH(keys, NULL);
        PUSH(values, v);
    }
    else {
        expr_ty k = star_named_expression(p);
        if (k == NULL)
            return NULL;
        if (k->kind != Starred_kind && accept(p, TK_COLON)) {
            expr_ty v = dict_value(p);
            if (v == NULL)
                return NULL;
            if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
                asdl_seq *gens = for_if_clauses(p);
                if (gens == NULL || !accept(p, TK_RBRACE))
                    return NULL;
                expr_ty e = mk_expr(p, DictComp_kind, s);
                if (e) {
                    e->v.DictComp.key = k;
                    e->v.DictComp.value = v;
                    e->v.DictComp.generators = gens;
                }
                return e;
            }
            PUSH(keys, k);
            PUSH(values, v);
        }
        else {
            /* a set */
            if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
                if (k->kind == Starred_kind)
                    return RAISE_AT_NODE(p, k, "iterable unpacking cannot be used in comprehension");
                asdl_seq *gens = for_if_clauses(p);
                if (gens == NULL || !accept(p, TK_RBRACE))
                    return NULL;
                expr_ty e = mk_expr(p, SetComp_kind, s);
                if (e) {
                    e->v.SetComp.elt = k;
                    e->v.SetComp.generators = gens;
                }
                return e;
            }
            kr_vec elts = {0};
            PUSH(elts, k);
            while (accept(p, TK_COMMA)) {
                if (at(p, TK_RBRACE))
                    break;
                if (elts.n == 1 && comprehension_target_hint(p, s, k, NULL, last(p)))
                    return NULL;
                expr_ty e = star_named_expression(p);
                if (e == NULL)
                    return NULL;
                PUSH(elts, e);
                if (comprehension_target_hint(p, s, k, e, NULL))
                    return NULL;
            }
            if (!accept(p, TK_RBRACE))
                return NULL;
            expr_ty e = mk_expr(p, Set_kind, s);
            if (e)
                e->v.Set.elts = SEQ(elts);
            return e;
        }
    }
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RBRACE))
            break;
        if (accept(p, TK_DOUBLESTAR)) {
            expr_ty v = bitwise_or(p);
            if (v == NULL)
                return NULL;
            PUSH(keys, NULL);
            PUSH(values, v);
            continue;
        }
        expr_ty k = expression(p);
        if (k == NULL)
            return NULL;
        if (!accept(p, TK_COLON))
            return _KrParser_RaiseAt(p, NULL, k->lineno, k->end_col_offset - 1, k->end_lineno, -1,
                                     "':' expected after dictionary key");
        expr_ty v = dict_value(p);
        if (v == NULL)
            return NULL;
        PUSH(keys, k);
        PUSH(values, v);
    }
    if (!accept(p, TK_RBRACE))
        return NULL;
    expr_ty e = mk_expr(p, Dict_kind, s);
    if (e) {
        e->v.Dict.keys = SEQ(keys);
        e->v.Dict.values = SEQ(values);
    }
    return e;
}

static expr_ty
atom(Parser *p)
{
    kr_token *t = cur(p);
    int s = p->pos;
    switch (t->type) {
    case TK_NAME:
        p->pos++;
        return mk_name(p, s, Load);
    case TK_TRUE: p->pos++; return mk_constant(p, Py_True, s);
    case TK_FALSE: p->pos++; return mk_constant(p, Py_False, s);
    case TK_NONE: p->pos++; return mk_constant(p, Py_None, s);
    case TK_ELLIPSIS: p->pos++; return mk_constant(p, Py_Ellipsis, s);
    case TK_NUMBER:
        p->pos++;
        return _KrParse_NumberToken(p, t);
    case TK_STRING: {
        while (at(p, TK_STRING))
            p->pos++;
        return _KrParse_Strings(p, s, p->pos - 1);
    }
    case TK_LPAR: return paren_atom(p);
    case TK_LSQB: return list_atom(p);
    case TK_LBRACE: return brace_atom(p);
    default:
        return NULL;
    }
}

/* ================================================================ primary: calls, subscripts, attributes */

static expr_ty
slice(Parser *p)
{
    int s = p->pos;
    expr_ty lower = NULL, upper = NULL, step = NULL;
    if (!at(p, TK_COLON)) {
        lower = named_expression(p);
        if (lower == NULL)
            return NULL;
        if (!at(p, TK_COLON))
            return lower;
        /* "a[x := 1 : 2]" is not a slice bound */
    }
    accept(p, TK_COLON);
    if (!at(p, TK_COLON) && !at(p, TK_COMMA) && !at(p, TK_RSQB)) {
        upper = expression(p);
        if (upper == NULL)
            return NULL;
    }
    if (accept(p, TK_COLON)) {
        if (!at(p, TK_COMMA) && !at(p, TK_RSQB)) {
            step = expression(p);
            if (step == NULL)
                return NULL;
        }
    }
    expr_ty e = mk_expr(p, Slice_kind, s);
    if (e) {
        e->v.Slice.lower = lower;
        e->v.Slice.upper = upper;
        e->v.Slice.step = step;
    }
    return e;
}

static expr_ty
slices(Parser *p)
{
    int s = p->pos;
    expr_ty first;
    if (at(p, TK_STAR)) {
        int ss = p->pos;
        p->pos++;
        expr_ty v = bitwise_or(p);
        if (v == NULL)
            return NULL;
        first = mk_expr(p, Starred_kind, ss);
        if (first == NULL)
            return NULL;
        first->v.Starred.value = v;
        first->v.Starred.ctx = Load;
    }
    else {
        first = slice(p);
        if (first == NULL)
            return NULL;
    }
    if (!at(p, TK_COMMA)) {
        if (first->kind == Starred_kind) {
            /* "a[*b]" is a one-element tuple in 3.11 */
            expr_ty t = mk_expr(p, Tuple_kind, s);
            if (t == NULL)
                return NULL;
            t->v.Tuple.elts = seq1(p, first);
            t->v.Tuple.ctx = Load;
            return t;
        }
        return first;
    }
    kr_vec elts = {0};
    PUSH(elts, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RSQB))
            break;
        expr_ty e;
        if (at(p, TK_STAR)) {
            int ss = p->pos;
            p->pos++;
            expr_ty v = bitwise_or(p);
            if (v == NULL)
                return NULL;
            e = mk_expr(p, Starred_kind, ss);
            if (e == NULL)
                return NULL;
            e->v.Starred.value = v;
            e->v.Starred.ctx = Load;
        }
        else {
            e = slice(p);
            if (e == NULL)
                return NULL;
        }
        PUSH(elts, e);
    }
    expr_ty t = mk_expr(p, Tuple_kind, s);
    if (t) {
        t->v.Tuple.elts = SEQ(elts);
        t->v.Tuple.ctx = Load;
    }
    return t;
}

/* The arguments of a call, after '('; consumes the ')'. */
static int
arguments(Parser *p, kr_vec *args, kr_vec *kws, int open_idx, int is_class)
{
    int seen_kw = 0, seen_kwunpack = 0;
    keyword_ty first_kwunpack = NULL;
    while (!at(p, TK_RPAR)) {
        int s = p->pos;
        if (accept(p, TK_STAR)) {
            expr_ty v = expression(p);
            if (v == NULL)
                return -1;
            if (seen_kwunpack) {
                RAISE_AT_NODE(p, first_kwunpack,
                              "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            expr_ty e = mk_expr(p, Starred_kind, s);
            if (e == NULL)
                return -1;
            e->v.Starred.value = v;
            e->v.Starred.ctx = Load;
            if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
                RAISE_AT_NODE(p, e, "iterable unpacking cannot be used in comprehension");
                return -1;
            }
            if (_KrVec_Push(p, args, e) < 0)
                return -1;
        }
        else if (accept(p, TK_DOUBLESTAR)) {
            expr_ty v = expression(p);
            if (v == NULL)
                return -1;
            keyword_ty k = alloc(p, sizeof *k);
            if (k == NULL)
                return -1;
            k->value = v;
            LOC_FROM(k, s);
            if (_KrVec_Push(p, kws, k) < 0)
                return -1;
            seen_kwunpack = 1;
            if (first_kwunpack == NULL)
                first_kwunpack = k;
        }
        else if (at(p, TK_NAME) && at_next(p, TK_EQUAL)) {
            p->pos += 2;
            expr_ty v = expression(p);
            if (v == NULL)
                return -1;
            keyword_ty k = alloc(p, sizeof *k);
            if (k == NULL)
                return -1;
            k->arg = name_of(p, s);
            k->value = v;
            LOC_FROM(k, s);
            if (_KrVec_Push(p, kws, k) < 0)
                return -1;
            seen_kw = 1;
        }
        else {
            expr_ty e = named_expression(p);
            if (e == NULL) {
                if (!p->error && !at(p, TK_NAME) && p->pos + 1 < p->n && p->t[p->pos + 1].type == TK_EQUAL) {
                    /* "f(1=2)", "f(a.b=1)" */
                    int save = p->pos;
                    expr_ty bad = bitwise_or(p);
                    if (bad && at(p, TK_EQUAL)) {
                        RAISE_RANGE(p, bad, cur(p),
                                    "expression cannot contain assignment, perhaps you meant \"==\"?");
                        return -1;
                    }
                    p->pos = save;
                }
                return -1;
            }
            if (at(p, TK_EQUAL) && !p->error) {
                kr_token *eq = cur(p);
                if (e->kind == Constant_kind && (e->v.Constant.value == Py_True ||
                    e->v.Constant.value == Py_False || e->v.Constant.value == Py_None))
                    RAISE_RANGE(p, e, eq, "cannot assign to %s", expr_name(e));
                else
                    RAISE_RANGE(p, e, eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
                return -1;
            }
            if (at(p, TK_FOR) || at(p, TK_ASYNC)) {
                if (is_class) {
                    RAISE_AT_TOK(p, cur(p), "invalid syntax");
                    return -1;
                }
                asdl_seq *gens = for_if_clauses(p);
                if (gens == NULL)
                    return -1;
                /* a lone generator argument takes the call's parentheses */
                int lone = args->n == 0 && kws->n == 0 && at(p, TK_RPAR);
                expr_ty g;
                if (lone) {
                    p->pos++;
                    g = mk_expr(p, GeneratorExp_kind, open_idx);
                    p->pos--;
                }
                else {
                    g = mk_expr(p, GeneratorExp_kind, s);
                }
                if (g == NULL)
                    return -1;
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = gens;
                if (!lone) {
                    if (at(p, TK_COMMA) || args->n || kws->n) {
                        RAISE_AT_NODE(p, g, "Generator expression must be parenthesized");
                        return -1;
                    }
                }
                e = g;
            }
            if (seen_kwunpack || seen_kw) {
                /* CPython points at the furthest token read */
                kr_token *far = &p->t[p->maxpos];
                RAISE_AT_TOK(p, far, seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                                   : "positional argument follows keyword argument");
                return -1;
            }
            if (_KrVec_Push(p, args, e) < 0)
                return -1;
        }
        if (!accept(p, TK_COMMA))
            break;
    }
    if (!accept(p, TK_RPAR))
        return -1;
    return 0;
}

static expr_ty
trailers(Parser *p, expr_ty e, int s)
{
    for (;;) {
        if (p->error)
            return NULL;
        if (accept(p, TK_DOT)) {
            if (!at(p, TK_NAME))
                return NULL;
            int ni = p->pos++;
            expr_ty a = mk_expr(p, Attribute_kind, s);
            if (a == NULL)
                return NULL;
            a->v.Attribute.value = e;
            a->v.Attribute.attr = name_of(p, ni);
            a->v.Attribute.ctx = Load;
            e = a;
        }
        else if (at(p, TK_LPAR)) {
            int open = p->pos++;
            kr_vec args = {0}, kws = {0};
            if (arguments(p, &args, &kws, open, 0) < 0)
                return NULL;
            expr_ty c = mk_expr(p, Call_kind, s);
            if (c == NULL)
                return NULL;
            c->v.Call.func = e;
            c->v.Call.args = SEQ(args);
            c->v.Call.keywords = SEQ(kws);
            e = c;
        }
        else if (accept(p, TK_LSQB)) {
            expr_ty sl = slices(p);
            if (sl == NULL || !accept(p, TK_RSQB))
                return NULL;
            expr_ty sub = mk_expr(p, Subscript_kind, s);
            if (sub == NULL)
                return NULL;
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = sl;
            sub->v.Subscript.ctx = Load;
            e = sub;
        }
        else {
            return e;
        }
    }
}

static expr_ty
primary(Parser *p)
{
    int s = p->pos;
    expr_ty e = atom(p);
    if (e == NULL)
        return NULL;
    return trailers(p, e, s);
}

/* ================================================================ operators */

static expr_ty
await_primary(Parser *p)
{
    int s = p->pos;
    if (accept(p, TK_AWAIT)) {
        expr_ty v = primary(p);
        if (v == NULL || _KrParser_TooNew(p, 5, "Await expressions are"))
            return NULL;
        expr_ty e = mk_expr(p, Await_kind, s);
        if (e)
            e->v.Await.value = v;
        return e;
    }
    return primary(p);
}

static expr_ty factor(Parser *p);

static expr_ty
power(Parser *p)
{
    int s = p->pos;
    expr_ty l = await_primary(p);
    if (l == NULL)
        return NULL;
    if (accept(p, TK_DOUBLESTAR)) {
        expr_ty r = factor(p);
        if (r == NULL)
            return NULL;
        expr_ty e = mk_expr(p, BinOp_kind, s);
        if (e) {
            e->v.BinOp.left = l;
            e->v.BinOp.op = Pow;
            e->v.BinOp.right = r;
        }
        return e;
    }
    return l;
}

static expr_ty
factor(Parser *p)
{
    int s = p->pos;
    unaryop_ty op;
    switch (cur(p)->type) {
    case TK_PLUS: op = UAdd; break;
    case TK_MINUS: op = USub; break;
    case TK_TILDE: op = Invert; break;
    default: return power(p);
    }
    ENTER;
    p->pos++;
    expr_ty v = factor(p);
    if (v == NULL)
        LEAVE(NULL);
    expr_ty e = mk_expr(p, UnaryOp_kind, s);
    if (e) {
        e->v.UnaryOp.op = op;
        e->v.UnaryOp.operand = v;
    }
    LEAVE(e);
}

static int
binop_of(int tok, int level)
{
    switch (level) {
    case 0: return tok == TK_VBAR ? BitOr : 0;
    case 1: return tok == TK_CIRCUMFLEX ? BitXor : 0;
    case 2: return tok == TK_AMPER ? BitAnd : 0;
    case 3: return tok == TK_LEFTSHIFT ? LShift : tok == TK_RIGHTSHIFT ? RShift : 0;
    case 4: return tok == TK_PLUS ? Add : tok == TK_MINUS ? Sub : 0;
    case 5:
        switch (tok) {
        case TK_STAR: return Mult;
        case TK_SLASH: return Div;
        case TK_DOUBLESLASH: return FloorDiv;
        case TK_PERCENT: return Mod;
        case TK_AT: return MatMult;
        default: return 0;
        }
    }
    return 0;
}

/* the six left-associative binary levels, from '|' (0) to '*' (5) */
static expr_ty
binary(Parser *p, int level)
{
    int s = p->pos;
    expr_ty l = level == 5 ? factor(p) : binary(p, level + 1);
    if (l == NULL)
        return NULL;
    for (;;) {
        int op = binop_of(cur(p)->type, level);
        if (!op)
            return l;
        int save = p->pos;
        p->pos++;
        expr_ty r = level == 5 ? factor(p) : binary(p, level + 1);
        if (r == NULL) {
            if (p->error)
                return NULL;
            p->pos = save;
            return l;
        }
        if (op == MatMult && _KrParser_TooNew(p, 5, "The '@' operator is"))
            return NULL;
        expr_ty e = mk_expr(p, BinOp_kind, s);
        if (e == NULL)
            return NULL;
        e->v.BinOp.left = l;
        e->v.BinOp.op = op;
        e->v.BinOp.right = r;
        l = e;
    }
}

static expr_ty
bitwise_or(Parser *p)
{
    return binary(p, 0);
}

static expr_ty
comparison(Parser *p)
{
    int s = p->pos;
    expr_ty l = bitwise_or(p);
    if (l == NULL)
        return NULL;
    kr_vec ops = {0}, comps = {0};
    for (;;) {
        int op = 0, save = p->pos;
        switch (cur(p)->type) {
        case TK_EQEQUAL: op = Eq; break;
        case TK_NOTEQUAL: op = NotEq; break;
        case TK_LESS: op = Lt; break;
        case TK_LESSEQUAL: op = LtE; break;
        case TK_GREATER: op = Gt; break;
        case TK_GREATEREQUAL: op = GtE; break;
        case TK_IN: op = In; break;
        case TK_IS:
            op = at_next(p, TK_NOT) ? IsNot : Is;
            break;
        case TK_NOT:
            if (at_next(p, TK_IN))
                op = NotIn;
            break;
        default: break;
        }
        if (!op)
            break;
        p->pos += (op == IsNot || op == NotIn) ? 2 : 1;
        expr_ty r = bitwise_or(p);
        if (r == NULL) {
            if (p->error)
                return NULL;
            p->pos = save;
            break;
        }
        PUSH(ops, (void *)(intptr_t)op);
        PUSH(comps, r);
    }
    if (ops.n == 0)
        return l;
    expr_ty e = mk_expr(p, Compare_kind, s);
    if (e == NULL)
        return NULL;
    asdl_int_seq *iops = _Py_asdl_int_seq_new(ops.n, p->arena);
    if (iops == NULL) {
        p->error = 1;
        return NULL;
    }
    for (int i = 0; i < ops.n; i++)
        iops->elements[i] = (int)(intptr_t)ops.items[i];
    e->v.Compare.left = l;
    e->v.Compare.ops = iops;
    e->v.Compare.comparators = SEQ(comps);
    return e;
}

static expr_ty
inversion(Parser *p)
{
    int s = p->pos;
    if (accept(p, TK_NOT)) {
        ENTER;
        expr_ty v = inversion(p);
        if (v == NULL)
            LEAVE(NULL);
        expr_ty e = mk_expr(p, UnaryOp_kind, s);
        if (e) {
            e->v.UnaryOp.op = Not;
            e->v.UnaryOp.operand = v;
        }
        LEAVE(e);
    }
    return comparison(p);
}

static expr_ty
boolop(Parser *p, int is_or)
{
    int s = p->pos;
    expr_ty first = is_or ? boolop(p, 0) : inversion(p);
    if (first == NULL)
        return NULL;
    int tok = is_or ? TK_OR : TK_AND;
    if (!at(p, tok))
        return first;
    kr_vec vals = {0};
    PUSH(vals, first);
    while (at(p, tok)) {
        int save = p->pos;
        p->pos++;
        expr_ty e = is_or ? boolop(p, 0) : inversion(p);
        if (e == NULL) {
            if (p->error)
                return NULL;
            p->pos = save;
            break;
        }
        PUSH(vals, e);
    }
    if (vals.n == 1)
        return first;
    expr_ty e = mk_expr(p, BoolOp_kind, s);
    if (e) {
        e->v.BoolOp.op = is_or ? Or : And;
        e->v.BoolOp.values = SEQ(vals);
    }
    return e;
}

static expr_ty
disjunction(Parser *p)
{
    return boolop(p, 1);
}

static expr_ty
lambdef(Parser *p)
{
    int s = p->pos;
    accept(p, TK_LAMBDA);
    arguments_ty args = parameters(p, 1);
    if (args == NULL)
        return NULL;
    if (!accept(p, TK_COLON))
        return NULL;
    expr_ty body = expression(p);
    if (body == NULL)
        return NULL;
    expr_ty e = mk_expr(p, Lambda_kind, s);
    if (e) {
        e->v.Lambda.args = args;
        e->v.Lambda.body = body;
    }
    return e;
}

static expr_ty
expression(Parser *p)
{
    ENTER;
    int s = p->pos;
    if (at(p, TK_LAMBDA))
        LEAVE(lambdef(p));
    expr_ty body = disjunction(p);
    if (body == NULL)
        LEAVE(NULL);
    if (at(p, TK_IF)) {
        int save = p->pos;
        p->pos++;
        expr_ty test = disjunction(p);
        if (test == NULL) {
            if (p->error)
                LEAVE(NULL);
            p->pos = save;
            LEAVE(body);
        }
        if (!accept(p, TK_ELSE)) {
            if (p->error)
                LEAVE(NULL);
            /* "a if b" not followed by 'else' (or by ':', where CPython
             * leaves it to the generic error): CPython's message */
            if (!at(p, TK_COLON))
                LEAVE(_KrParser_RaiseAt(p, NULL, p->t[s].lineno, p->t[s].col_offset,
                                        last(p)->end_lineno, last(p)->end_col_offset,
                                        "expected 'else' after 'if' expression"));
            p->pos = save;
            LEAVE(body);
        }
        expr_ty orelse = expression(p);
        if (orelse == NULL)
            LEAVE(NULL);
        expr_ty e = mk_expr(p, IfExp_kind, s);
        if (e) {
            e->v.IfExp.test = test;
            e->v.IfExp.body = body;
            e->v.IfExp.orelse = orelse;
        }
        LEAVE(e);
    }
    LEAVE(body);
}

static expr_ty
named_expression(Parser *p)
{
    int s = p->pos;
    if (at(p, TK_NAME) && at_next(p, TK_COLONEQUAL)) {
        p->pos += 2;
        if (_KrParser_TooNew(p, 8, "Assignment expressions are"))
            return NULL;
        expr_ty v = expression(p);
        if (v == NULL)
            return NULL;
        expr_ty target = mk_name(p, s, Store);
        expr_ty e = mk_expr(p, NamedExpr_kind, s);
        if (e == NULL || target == NULL)
            return NULL;
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = v;
        return e;
    }
    expr_ty e = expression(p);
    if (e && at(p, TK_COLONEQUAL)) {
        if (e->kind == Subscript_kind || e->kind == Attribute_kind || e->kind == Tuple_kind ||
            e->kind == List_kind)
            return RAISE_AT_NODE(p, e, "cannot use assignment expressions with %s", expr_name(e));
        return RAISE_AT_NODE(p, e, "cannot use assignment expressions with %s", expr_name(e));
    }
    return e;
}

static expr_ty
star_expression(Parser *p)
{
    int s = p->pos;
    if (accept(p, TK_STAR)) {
        expr_ty v = bitwise_or(p);
        if (v == NULL)
            return NULL;
        expr_ty e = mk_expr(p, Starred_kind, s);
        if (e) {
            e->v.Starred.value = v;
            e->v.Starred.ctx = Load;
        }
        return e;
    }
    return expression(p);
}

/* named_expression where "x = 1" is a likely typo for "x == 1" (CPython's
 * invalid_named_expression): conditions and display elements */
static expr_ty
named_expression_eq(Parser *p)
{
    int s = p->pos;
    expr_ty e = named_expression(p);
    if (e == NULL || !at(p, TK_EQUAL))
        return e;
    int save = p->pos;
    p->pos++;
    expr_ty v = bitwise_or(p);
    if (v && !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL) && !p->error) {
        if (e->kind == Name_kind && p->t[s].type == TK_NAME)
            return RAISE_RANGE(p, e, v, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (e->kind != List_kind && e->kind != Tuple_kind && e->kind != GeneratorExp_kind &&
            !(e->kind == Constant_kind && (e->v.Constant.value == Py_True || e->v.Constant.value == Py_False ||
                                           e->v.Constant.value == Py_None)))
            return RAISE_AT_NODE(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 expr_name(e));
    }
    if (p->error)
        return NULL;
    p->pos = save;
    return e;
}

static expr_ty
star_named_expression(Parser *p)
{
    if (at(p, TK_STAR))
        return star_expression(p);
    return named_expression_eq(p);
}

/* a, b, *c  (a tuple if there is a comma) */
static expr_ty
tuple_of(Parser *p, expr_ty (*item)(Parser *))
{
    int s = p->pos;
    expr_ty first = item(p);
    if (first == NULL)
        return NULL;
    if (!at(p, TK_COMMA))
        return first;
    kr_vec elts = {0};
    PUSH(elts, first);
    while (at(p, TK_COMMA)) {
        int save = p->pos;
        p->pos++;
        expr_ty e = item(p);
        if (e == NULL) {
            if (p->error)
                return NULL;
            p->pos = save + 1; /* keep the trailing comma */
            break;
        }
        PUSH(elts, e);
    }
    expr_ty t = mk_expr(p, Tuple_kind, s);
    if (t) {
        t->v.Tuple.elts = SEQ(elts);
        t->v.Tuple.ctx = Load;
    }
    return t;
}

static expr_ty
star_expressions(Parser *p)
{
    return tuple_of(p, star_expression);
}

static expr_ty
expressions(Parser *p)
{
    return tuple_of(p, expression);
}

static expr_ty
yield_expr(Parser *p)
{
    int s = p->pos;
    if (!accept(p, TK_YIELD))
        return NULL;
    if (accept(p, TK_FROM)) {
        expr_ty v = expression(p);
        if (v == NULL)
            return NULL;
        expr_ty e = mk_expr(p, YieldFrom_kind, s);
        if (e)
            e->v.YieldFrom.value = v;
        return e;
    }
    expr_ty v = NULL;
    kr_token *t = cur(p);
    if (t->type != TK_NEWLINE && t->type != TK_RPAR && t->type != TK_RSQB && t->type != TK_RBRACE &&
        t->type != TK_SEMI && t->type != TK_EQUAL && t->type != TK_ENDMARKER && t->type != TK_COLON) {
        v = star_expressions(p);
        if (v == NULL && p->error)
            return NULL;
    }
    expr_ty e = mk_expr(p, Yield_kind, s);
    if (e)
        e->v.Yield.value = v;
    return e;
}

/* ================================================================ targets */

static expr_ty
star_target(Parser *p)
{
    int s = p->pos;
    if (accept(p, TK_STAR)) {
        if (at(p, TK_STAR))
            return RAISE_AT_TOK(p, last(p), "invalid syntax");
        expr_ty v = star_target(p);
        if (v == NULL)
            return NULL;
        expr_ty e = mk_expr(p, Starred_kind, s);
        if (e) {
            e->v.Starred.value = v;
            e->v.Starred.ctx = Store;
        }
        return e;
    }
    return primary(p);
}

static asdl_seq *
for_if_clauses(Parser *p)
{
    kr_vec gens = {0};
    while (at(p, TK_FOR) || (at(p, TK_ASYNC) && at_next(p, TK_FOR))) {
        int is_async = accept(p, TK_ASYNC) != NULL;
        if (is_async && _KrParser_TooNew(p, 6, "Async comprehensions are"))
            return NULL;
        accept(p, TK_FOR);
        int ts = p->pos;
        expr_ty target = tuple_of(p, star_target);
        if (target == NULL)
            return NULL;
        if (!accept(p, TK_IN)) {
            if (p->error)
                return NULL;
            expr_ty bad = invalid_target(target, 0);
            if (bad)
                return RAISE_AT_NODE(p, bad, "cannot assign to %s", expr_name(bad));
            (void)ts;
            return NULL;
        }
        if (to_target(p, target, Store, 0) < 0)
            return NULL;
        expr_ty iter = disjunction(p);
        if (iter == NULL)
            return NULL;
        kr_vec ifs = {0};
        while (accept(p, TK_IF)) {
            expr_ty c = disjunction(p);
            if (c == NULL)
                return NULL;
            PUSH(ifs, c);
        }
        comprehension_ty c = alloc(p, sizeof *c);
        if (c == NULL)
            return NULL;
        c->target = target;
        c->iter = iter;
        c->ifs = SEQ(ifs);
        c->is_async = is_async;
        PUSH(gens, c);
    }
    if (gens.n == 0)
        return NULL;
    return SEQ(gens);
}

/* ================================================================ parameters */

static arg_ty
param(Parser *p, int is_lambda, int star_annotation)
{
    int s = p->pos;
    if (!at(p, TK_NAME))
        return NULL;
    p->pos++;
    arg_ty a = alloc(p, sizeof *a);
    if (a == NULL)
        return NULL;
    a->arg = name_of(p, s);
    if (!is_lambda && accept(p, TK_COLON)) {
        if (star_annotation && at(p, TK_STAR)) {
            a->annotation = star_expression(p);
        }
        else {
            a->annotation = expression(p);
        }
        if (a->annotation == NULL)
            return NULL;
    }
    LOC_FROM(a, s);
    return a;
}

/* def/lambda parameter lists; stops before ')' (def) or ':' (lambda). */
static arguments_ty
parameters(Parser *p, int is_lambda)
{
    int close = is_lambda ? TK_COLON : TK_RPAR;
    kr_vec posonly = {0}, args = {0}, kwonly = {0}, kwdefaults = {0}, defaults = {0};
    arg_ty vararg = NULL, kwarg = NULL, last = NULL;
    int seen_star = 0, seen_slash = 0;
    arguments_ty r = alloc(p, sizeof *r);
    if (r == NULL)
        return NULL;
    while (!at(p, close)) {
        kr_token *t = cur(p);
        last = NULL;
        if (kwarg) {
            return RAISE_AT_TOK(p, t, "arguments cannot follow var-keyword argument");
        }
        if (t->type == TK_LPAR && !seen_star && !seen_slash && defaults.n == 0) {
            /* Python 2's "def f(a, (b, c)):" */
            int j = p->pos + 1;
            while (j + 1 < p->n && p->t[j].type == TK_NAME) {
                if (p->t[j + 1].type != TK_COMMA) {
                    j++;
                    break;
                }
                j += 2;
            }
            if (j > p->pos + 1 && j < p->n && p->t[j].type == TK_RPAR &&
                (p->t[j - 1].type == TK_NAME || p->t[j - 1].type == TK_COMMA))
                return RAISE_RANGE(p, t, &p->t[j], "%s parameters cannot be parenthesized",
                                   is_lambda ? "Lambda expression" : "Function");
        }
        if (accept(p, TK_SLASH)) {
            if (seen_slash)
                return RAISE_AT_TOK(p, t, "/ may appear only once");
            if (seen_star)
                return RAISE_AT_TOK(p, t, "/ must be ahead of *");
            if (args.n == 0) {
                if (at(p, TK_COMMA))
                    return RAISE_AT_TOK(p, t, "at least one argument must precede /");
                p->maxpos = (int)(t - p->t); /* no parameter can start with '/' */
                return NULL;
            }
            if (_KrParser_TooNew(p, 8, "Positional-only parameters are"))
                return NULL;
            seen_slash = 1;
            posonly = args;
            args = (kr_vec){0};
            if (at(p, TK_STAR))
                return RAISE_AT_TOK(p, cur(p), "expected comma between / and *");
        }
        else if (accept(p, TK_STAR)) {
            if (seen_star)
                return RAISE_AT_TOK(p, t, "* argument may appear only once");
            seen_star = 1;
            if (at(p, TK_COMMA) || at(p, close)) {
                int nx = p->pos + 1 < p->n ? p->t[p->pos + 1].type : TK_ENDMARKER;
                if (at(p, close) || nx == close || nx == TK_DOUBLESTAR)
                    return RAISE_AT_TOK(p, t, "named arguments must follow bare *");
            }
            else {
                vararg = last = param(p, is_lambda, 1);
                if (vararg == NULL)
                    return NULL;
                if (at(p, TK_EQUAL))
                    return RAISE_AT_TOK(p, cur(p), "var-positional argument cannot have default value");
            }
        }
        else if (accept(p, TK_DOUBLESTAR)) {
            kwarg = last = param(p, is_lambda, 0);
            if (kwarg == NULL)
                return NULL;
            if (at(p, TK_EQUAL))
                return RAISE_AT_TOK(p, cur(p), "var-keyword argument cannot have default value");
        }
        else {
            arg_ty a = last = param(p, is_lambda, 0);
            if (a == NULL)
                return NULL;
            expr_ty def = NULL;
            if (accept(p, TK_EQUAL)) {
                if (at(p, TK_COMMA) || at(p, TK_RPAR))
                    return RAISE_AT_TOK(p, &p->t[p->pos - 1], "expected default value expression");
                def = expression(p);
                if (def == NULL)
                    return NULL;
            }
            if (seen_star) {
                PUSH(kwonly, a);
                PUSH(kwdefaults, def);
            }
            else {
                if (def == NULL && defaults.n > 0)
                    return RAISE_AT_NODE(p, a, "non-default argument follows default argument");
                PUSH(args, a);
                if (def)
                    PUSH(defaults, def);
            }
        }
        int comma = accept(p, TK_COMMA) != NULL;
        /* a parameter's type comment: after its ',', or before the ')' */
        if (last && at(p, TK_TYPE_COMMENT) &&
            (comma || (p->pos + 1 < p->n && p->t[p->pos + 1].type == close))) {
            last->type_comment = type_comment_of(p, p->pos++);
            if (last->type_comment == NULL)
                return NULL;
        }
        if (!comma)
            break;
    }
    if (!at(p, close))
        return NULL;
    r->posonlyargs = SEQ(posonly);
    r->args = SEQ(args);
    r->vararg = vararg;
    r->kwonlyargs = SEQ(kwonly);
    r->kw_defaults = SEQ(kwdefaults);
    r->kwarg = kwarg;
    r->defaults = SEQ(defaults);
    return r;
}

/* ================================================================ simple statements */

static int
augop(int tok)
{
    switch (tok) {
    case TK_PLUSEQUAL: return Add;
    case TK_MINEQUAL: return Sub;
    case TK_STAREQUAL: return Mult;
    case TK_ATEQUAL: return MatMult;
    case TK_SLASHEQUAL: return Div;
    case TK_PERCENTEQUAL: return Mod;
    case TK_AMPEREQUAL: return BitAnd;
    case TK_VBAREQUAL: return BitOr;
    case TK_CIRCUMFLEXEQUAL: return BitXor;
    case TK_LEFTSHIFTEQUAL: return LShift;
    case TK_RIGHTSHIFTEQUAL: return RShift;
    case TK_DOUBLESTAREQUAL: return Pow;
    case TK_DOUBLESLASHEQUAL: return FloorDiv;
    default: return 0;
    }
}

static expr_ty
rhs(Parser *p)
{
    if (at(p, TK_YIELD))
        return yield_expr(p);
    return star_expressions(p);
}

static stmt_ty
expr_or_assign_stmt(Parser *p)
{
    int s = p->pos;
    expr_ty e = at(p, TK_YIELD) ? yield_expr(p) : star_expressions(p);
    if (e == NULL)
        return NULL;
    if (at(p, TK_COLON)) {
        /* annotated assignment */
        kr_token *colon = cur(p);
        int parenthesized = p->t[s].type == TK_LPAR;
        if (e->kind == Tuple_kind) {
            expr_ty first = asdl_seq_GET(e->v.Tuple.elts, 0);
            if (!parenthesized)
                return RAISE_AT_NODE(p, first, "only single target (not tuple) can be annotated");
            return RAISE_AT_NODE(p, e, "only single target (not tuple) can be annotated");
        }
        if (e->kind == List_kind)
            return RAISE_AT_NODE(p, e, "only single target (not list) can be annotated");
        if (e->kind != Name_kind && e->kind != Attribute_kind && e->kind != Subscript_kind)
            return RAISE_AT_NODE(p, e, "illegal target for annotation");
        (void)colon;
        p->pos++;
        expr_ty ann = expression(p);
        if (ann == NULL)
            return NULL;
        expr_ty value = NULL;
        if (accept(p, TK_EQUAL)) {
            value = rhs(p);
            if (value == NULL)
                return NULL;
        }
        set_ctx(e, Store);
        if (_KrParser_TooNew(p, 6, "Variable annotation syntax is"))
            return NULL;
        stmt_ty st = mk_stmt(p, AnnAssign_kind, s);
        if (st) {
            st->v.AnnAssign.target = e;
            st->v.AnnAssign.annotation = ann;
            st->v.AnnAssign.value = value;
            st->v.AnnAssign.simple = e->kind == Name_kind && !parenthesized;
        }
        return st;
    }
    int op = augop(cur(p)->type);
    if (op == MatMult && _KrParser_TooNew(p, 5, "The '@' operator is"))
        return NULL;
    if (op) {
        if (e->kind != Name_kind && e->kind != Attribute_kind && e->kind != Subscript_kind)
            return RAISE_AT_NODE(p, e, "'%s' is an illegal expression for augmented assignment",
                                 expr_name(e));
        p->pos++;
        expr_ty value = rhs(p);
        if (value == NULL)
            return NULL;
        set_ctx(e, Store);
        stmt_ty st = mk_stmt(p, AugAssign_kind, s);
        if (st) {
            st->v.AugAssign.target = e;
            st->v.AugAssign.op = op;
            st->v.AugAssign.value = value;
        }
        return st;
    }
    if (at(p, TK_EQUAL)) {
        kr_vec targets = {0};
        expr_ty value = e;
        int first = 1;
        while (accept(p, TK_EQUAL)) {
            int here = 0;
            if (first && p->t[s].type != TK_LSQB && !(p->t[s].type == TK_LPAR && paren_tuple_or_genexp(p, s))) {
                /* CPython's invalid_named_expression: "X = Y" with Y not followed by '=' */
                int save = p->pos;
                expr_ty y = bitwise_or(p);
                here = y && !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL);
                if (p->error)
                    return NULL;
                p->pos = save;
                expr_ty bad = invalid_target(value, 0);
                if (here && bad && p->t[s].type == TK_LPAR && closing_bracket(p, s) == save - 2) {
                    /* "(X) = Y": the group is the culprit, whatever inside it is */
                    return RAISE_AT_NODE(p, value, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                         expr_name(value));
                }
                if (here && bad) {
                    expr_ty lastel = value;
                    if (value->kind == Tuple_kind)
                        lastel = asdl_seq_GET(value->v.Tuple.elts, asdl_seq_LEN(value->v.Tuple.elts) - 1);
                    /* CPython's rule takes a bitwise_or before the '=': not a
                     * comparison, 'not', 'and'/'or', conditional or lambda */
                    int loose = bad->kind == Compare_kind || bad->kind == BoolOp_kind ||
                                bad->kind == IfExp_kind || bad->kind == Lambda_kind ||
                                (bad->kind == UnaryOp_kind && bad->v.UnaryOp.op == Not);
                    here = bad == lastel && bad->kind != List_kind && bad->kind != Tuple_kind &&
                           bad->kind != GeneratorExp_kind && !loose;
                }
            }
            if (to_target(p, value, Store, here) < 0)
                return NULL;
            first = 0;
            PUSH(targets, value);
            value = rhs(p);
            if (value == NULL)
                return NULL;
        }
        PyObject *tc = NULL;
        if (at(p, TK_TYPE_COMMENT)) {
            /* the statement ends with its type comment */
            tc = type_comment_of(p, p->pos++);
            if (tc == NULL)
                return NULL;
        }
        stmt_ty st = mk_stmt(p, Assign_kind, s);
        if (st) {
            st->v.Assign.targets = SEQ(targets);
            st->v.Assign.value = value;
            st->v.Assign.type_comment = tc;
        }
        return st;
    }
    stmt_ty st = mk_stmt(p, Expr_kind, s);
    if (st)
        st->v.Expr.value = e;
    return st;
}

static int
dotted_name(Parser *p, PyObject **out)
{
    if (!at(p, TK_NAME))
        return -1;
    int s = p->pos++;
    if (!at(p, TK_DOT)) {
        *out = name_of(p, s);
        return *out ? 0 : -1;
    }
    while (at(p, TK_DOT) && at_next(p, TK_NAME))
        p->pos += 2;
    PyObject *u = PyUnicode_DecodeUTF8(p->ts.buf + p->t[s].start, last(p)->end - p->t[s].start, NULL);
    if (u == NULL) {
        p->error = 1;
        return -1;
    }
    /* the text may hold spaces ("a . b"): rebuild it from the names */
    if (last(p)->end - p->t[s].start != PyUnicode_GetLength(u) || 1) {
        Py_DECREF(u);
        u = NULL;
        for (int i = s; i < p->pos; i += 2) {
            PyObject *n = name_of(p, i);
            if (n == NULL)
                return -1;
            if (u == NULL) {
                u = Py_NewRef(n);
            }
            else {
                PyObject *dot = PyUnicode_FromString(".");
                PyUnicode_Append(&u, dot);
                Py_XDECREF(dot);
                if (u)
                    PyUnicode_Append(&u, n);
                if (u == NULL) {
                    p->error = 1;
                    return -1;
                }
            }
        }
    }
    *out = _KrParse_Intern(p, u);
    return *out ? 0 : -1;
}

static alias_ty
mk_alias(Parser *p, PyObject *name, PyObject *asname, int s)
{
    alias_ty a = alloc(p, sizeof *a);
    if (a == NULL)
        return NULL;
    a->name = name;
    a->asname = asname;
    LOC_FROM(a, s);
    return a;
}

static stmt_ty
import_stmt(Parser *p)
{
    int s = p->pos;
    if (accept(p, TK_IMPORT)) {
        kr_vec names = {0};
        do {
            int as = p->pos;
            PyObject *name, *asname = NULL;
            if (dotted_name(p, &name) < 0)
                return NULL;
            if (accept(p, TK_AS)) {
                if (!at(p, TK_NAME))
                    return NULL;
                asname = name_of(p, p->pos++);
            }
            alias_ty a = mk_alias(p, name, asname, as);
            if (a == NULL)
                return NULL;
            PUSH(names, a);
        } while (accept(p, TK_COMMA));
        stmt_ty st = mk_stmt(p, Import_kind, s);
        if (st)
            st->v.Import.names = SEQ(names);
        return st;
    }
    accept(p, TK_FROM);
    int level = 0;
    for (;;) {
        if (accept(p, TK_DOT))
            level++;
        else if (accept(p, TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    PyObject *module = NULL;
    if (at(p, TK_NAME)) {
        if (dotted_name(p, &module) < 0)
            return NULL;
    }
    else if (level == 0) {
        return NULL;
    }
    if (!accept(p, TK_IMPORT))
        return NULL;
    kr_vec names = {0};
    if (at(p, TK_STAR)) {
        int as = p->pos++;
        PyObject *star = _KrParse_Intern(p, PyUnicode_FromString("*"));
        if (star == NULL)
            return NULL;
        alias_ty a = mk_alias(p, star, NULL, as);
        if (a == NULL)
            return NULL;
        PUSH(names, a);
    }
    else {
        int paren = accept(p, TK_LPAR) != NULL;
        for (;;) {
            int as = p->pos;
            if (!at(p, TK_NAME))
                return NULL;
            PyObject *name = name_of(p, p->pos++), *asname = NULL;
            if (accept(p, TK_AS)) {
                if (!at(p, TK_NAME))
                    return NULL;
                asname = name_of(p, p->pos++);
            }
            alias_ty a = mk_alias(p, name, asname, as);
            if (a == NULL)
                return NULL;
            PUSH(names, a);
            if (!accept(p, TK_COMMA))
                break;
            if (paren && at(p, TK_RPAR))
                break;
            if (!paren && at(p, TK_NEWLINE)) {
                return RAISE_AT_TOK(p, cur(p), "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren && !accept(p, TK_RPAR))
            return NULL;
    }
    stmt_ty st = mk_stmt(p, ImportFrom_kind, s);
    if (st) {
        st->v.ImportFrom.module = module;
        st->v.ImportFrom.names = SEQ(names);
        st->v.ImportFrom.level = level;
    }
    return st;
}

static stmt_ty
simple_stmt(Parser *p)
{
    int s = p->pos;
    kr_token *t = cur(p);
    stmt_ty st;
    switch (t->type) {
    case TK_PASS: p->pos++; return mk_stmt(p, Pass_kind, s);
    case TK_BREAK: p->pos++; return mk_stmt(p, Break_kind, s);
    case TK_CONTINUE: p->pos++; return mk_stmt(p, Continue_kind, s);
    case TK_RETURN: {
        p->pos++;
        expr_ty v = NULL;
        if (!at(p, TK_NEWLINE) && !at(p, TK_SEMI)) {
            v = star_expressions(p);
            if (v == NULL)
                return NULL;
        }
        st = mk_stmt(p, Return_kind, s);
        if (st)
            st->v.Return.value = v;
        return st;
    }
    case TK_RAISE: {
        p->pos++;
        expr_ty exc = NULL, cause = NULL;
        if (!at(p, TK_NEWLINE) && !at(p, TK_SEMI)) {
            exc = expression(p);
            if (exc == NULL)
                return NULL;
            if (accept(p, TK_FROM)) {
                cause = expression(p);
                if (cause == NULL)
                    return NULL;
            }
        }
        st = mk_stmt(p, Raise_kind, s);
        if (st) {
            st->v.Raise.exc = exc;
            st->v.Raise.cause = cause;
        }
        return st;
    }
    case TK_GLOBAL: case TK_NONLOCAL: {
        p->pos++;
        kr_vec names = {0};
        do {
            if (!at(p, TK_NAME))
                return NULL;
            PyObject *n = name_of(p, p->pos++);
            if (n == NULL)
                return NULL;
            PUSH(names, n);
        } while (accept(p, TK_COMMA));
        st = mk_stmt(p, t->type == TK_GLOBAL ? Global_kind : Nonlocal_kind, s);
        if (st)
            st->v.Global.names = SEQ(names);
        return st;
    }
    case TK_DEL: {
        p->pos++;
        kr_vec targets = {0};
        int ds = p->pos;
        do {
            if (at(p, TK_NEWLINE) || at(p, TK_SEMI))
                break;
            if (at(p, TK_STAR)) {
                /* "del *a, b": CPython names the starred target */
                int ms = p->maxpos;
                p->pos = ds;
                expr_ty whole = star_expressions(p);
                if (whole) {
                    expr_ty bad = invalid_target(whole, 1);
                    if (bad)
                        return RAISE_AT_NODE(p, bad, "cannot delete %s", expr_name(bad));
                }
                if (!p->error)
                    p->maxpos = ms;
                return NULL;
            }
            expr_ty e = primary(p);
            if (e == NULL) {
                if (p->error)
                    return NULL;
                e = bitwise_or(p);
                if (e == NULL)
                    return NULL;
            }
            if (at(p, TK_NEWLINE) || at(p, TK_SEMI) || at(p, TK_COMMA)) {
                if (to_target(p, e, Del, 0) < 0)
                    return NULL;
            }
            else {
                /* "del a + b": CPython blames the whole expression */
                p->pos = ds;
                expr_ty whole = expressions(p);
                if (whole && (at(p, TK_NEWLINE) || at(p, TK_SEMI))) {
                    expr_ty bad = invalid_target(whole, 1);
                    if (bad)
                        return RAISE_AT_NODE(p, bad, "cannot delete %s", expr_name(bad));
                }
                return NULL;
            }
            PUSH(targets, e);
            ds = p->pos + 1;
        } while (accept(p, TK_COMMA));
        if (targets.n == 0)
            return NULL;
        st = mk_stmt(p, Delete_kind, s);
        if (st)
            st->v.Delete.targets = SEQ(targets);
        return st;
    }
    case TK_ASSERT: {
        p->pos++;
        expr_ty test = expression(p), msg = NULL;
        if (test == NULL)
            return NULL;
        if (accept(p, TK_COMMA)) {
            msg = expression(p);
            if (msg == NULL)
                return NULL;
        }
        st = mk_stmt(p, Assert_kind, s);
        if (st) {
            st->v.Assert.test = test;
            st->v.Assert.msg = msg;
        }
        return st;
    }
    case TK_IMPORT: case TK_FROM:
        return import_stmt(p);
    default:
        return expr_or_assign_stmt(p);
    }
}

/* "print x": CPython's hint for Python 2 habits */
static void
legacy_hint(Parser *p, int s)
{
    kr_token *t = &p->t[s];
    if (p->error || t->type != TK_NAME)
        return;
    int is_print = tok_is_soft(p, t, "print"), is_exec = tok_is_soft(p, t, "exec");
    if (!is_print && !is_exec)
        return;
    kr_token *n = &p->t[s + 1];
    if (n->type == TK_LPAR || n->type == TK_NEWLINE || n->type == TK_EQUAL || n->type == TK_DOT ||
        n->type == TK_COMMA || n->type == TK_SEMI || n->type == TK_ENDMARKER || n->type == TK_FATAL)
        return;
    int save = p->pos;
    p->pos = s + 1;
    expr_ty e = star_expressions(p);
    if (e && !p->error) {
        RAISE_RANGE(p, t, e, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                    is_print ? "print" : "exec", is_print ? "print" : "exec");
    }
    p->pos = save;
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int
simple_stmts(Parser *p, kr_vec *out)
{
    int s = p->pos;
    for (;;) {
        s = p->pos;
        stmt_ty st = simple_stmt(p);
        if (st == NULL) {
            legacy_hint(p, s);
            return -1;
        }
        if (_KrVec_Push(p, out, st) < 0)
            return -1;
        if (!accept(p, TK_SEMI))
            break;
        if (at(p, TK_NEWLINE))
            break;
    }
    if (!accept(p, TK_NEWLINE)) {
        legacy_hint(p, s);
        return -1;
    }
    return 0;
}

/* ================================================================ compound statements */

/* ':' then a block; `what` names the statement for "expected an indented block after ..." */
static asdl_seq *
colon_block(Parser *p, const char *what, int line)
{
    if (!accept(p, TK_COLON)) {
        if (p->error)
            return NULL;
        kr_token *t = last(p);
        if (at(p, TK_NEWLINE) || 1) {
            /* CPython reports "expected ':'" right after the header when the
             * next token could not continue it */
            kr_token *c = cur(p);
            if (c->type == TK_NEWLINE || c->type == TK_INDENT)
                return _KrParser_RaiseAt(p, NULL, t->end_lineno, t->end_col_offset, t->end_lineno,
                                         t->end_col_offset, "expected ':'");
        }
        return NULL;
    }
    return block(p, what, line);
}

/* A token CPython's grammar forces (&&'x'): anything else there is
 * "expected 'x'" at the token found, whatever the alternatives. */
static int
expect_forced(Parser *p, int type, const char *text)
{
    if (accept(p, type))
        return 1;
    if (!p->error)
        RAISE_AT_TOK(p, cur(p), "expected '%s'", text);
    return 0;
}

/* colon_block where the ':' is forced (try, finally, else) */
static asdl_seq *
forced_colon_block(Parser *p, const char *what, int line)
{
    if (!at(p, TK_COLON)) {
        expect_forced(p, TK_COLON, ":");
        return NULL;
    }
    return colon_block(p, what, line);
}

/* colon_block, and a type comment right after the ':' into *tc; with
 * own_line (a def), also one alone on the line before the indented body. */
static asdl_seq *
colon_block_tc(Parser *p, const char *what, int line, PyObject **tc, int own_line)
{
    int i = p->pos;
    if (i + 1 < p->n && p->t[i].type == TK_COLON) {
        int k = -1;
        if (own_line) {
            /* ':' [TYPE_COMMENT] NEWLINE TYPE_COMMENT NEWLINE INDENT: two */
            int j = i + 1 + (p->t[i + 1].type == TK_TYPE_COMMENT);
            if (j + 4 < p->n && p->t[j].type == TK_NEWLINE && p->t[j + 1].type == TK_TYPE_COMMENT &&
                p->t[j + 2].type == TK_NEWLINE && p->t[j + 3].type == TK_INDENT &&
                j > i + 1) {
                kr_token *b = &p->t[j + 4];
                return _KrParser_RaiseAt(p, NULL, b->lineno, b->col_offset - 1, b->lineno, -2,
                                         "Cannot have two type comments on def");
            }
        }
        if (p->t[i + 1].type == TK_TYPE_COMMENT)
            k = i + 1;
        else if (own_line && i + 4 < p->n && p->t[i + 1].type == TK_NEWLINE &&
                 p->t[i + 2].type == TK_TYPE_COMMENT && p->t[i + 3].type == TK_NEWLINE &&
                 p->t[i + 4].type == TK_INDENT)
            k = i + 2;
        if (k >= 0) {
            *tc = type_comment_of(p, k);
            if (*tc == NULL)
                return NULL;
            p->pos = k + 1;
            return block(p, what, line);
        }
    }
    return colon_block(p, what, line);
}

static asdl_seq *
block(Parser *p, const char *what, int line)
{
    if (accept(p, TK_NEWLINE)) {
        if (!accept(p, TK_INDENT)) {
            if (p->error)
                return NULL;
            kr_token *t = cur(p);
            if (t->type == TK_ENDMARKER || (t->type == TK_DEDENT && at_eof(p, p->pos))) {
                /* at the end of the input CPython points after the ':' */
                kr_token *nl = last(p);
                return _KrParser_RaiseAt(p, PyExc_IndentationError, nl->lineno, nl->col_offset, nl->lineno, -2,
                                         "expected an indented block after %s on line %d", what, line);
            }
            return _KrParser_RaiseAt(p, PyExc_IndentationError, t->lineno, t->col_offset, t->end_lineno,
                                     t->end_col_offset, "expected an indented block after %s on line %d",
                                     what, line);
        }
        asdl_seq *body = statements(p);
        if (body == NULL)
            return NULL;
        if (!accept(p, TK_DEDENT))
            return NULL;
        return body;
    }
    kr_vec v = {0};
    if (simple_stmts(p, &v) < 0)
        return NULL;
    return SEQ(v);
}

static expr_ty
decorator_expr(Parser *p)
{
    return named_expression(p);
}

static stmt_ty
function_def(Parser *p, asdl_seq *decorators)
{
    int s = p->pos;
    int is_async = accept(p, TK_ASYNC) != NULL;
    int defline = cur(p)->lineno;
    if (!accept(p, TK_DEF) || !at(p, TK_NAME))
        return NULL;
    int ni = p->pos++;
    if (!expect_forced(p, TK_LPAR, "("))
        return NULL;
    arguments_ty args = parameters(p, 0);
    if (args == NULL || !accept(p, TK_RPAR))
        return NULL;
    expr_ty returns = NULL;
    int arrow = p->pos;
    if (accept(p, TK_RARROW)) {
        returns = expression(p);
        if (returns == NULL && p->error)
            return NULL;
        if (returns == NULL)
            p->pos = arrow; /* the optional "-> expression" is not there: the ':' must be */
    }
    if (!at(p, TK_COLON)) {
        expect_forced(p, TK_COLON, ":");
        return NULL;
    }
    char what[128];
    snprintf(what, sizeof what, "function definition");
    PyObject *tc = NULL;
    asdl_seq *body = colon_block_tc(p, what, defline, &tc, 1);
    if (body == NULL || (is_async && _KrParser_TooNew(p, 5, "Async functions are")))
        return NULL;
    stmt_ty st = mk_stmt(p, is_async ? AsyncFunctionDef_kind : FunctionDef_kind, s);
    if (st == NULL)
        return NULL;
    st->v.FunctionDef.name = name_of(p, ni);
    st->v.FunctionDef.args = args;
    st->v.FunctionDef.body = body;
    st->v.FunctionDef.decorator_list = decorators ? decorators : seq0(p);
    st->v.FunctionDef.returns = returns;
    st->v.FunctionDef.type_comment = tc;
    END_AT(st, body);
    return st;
}

static stmt_ty
class_def(Parser *p, asdl_seq *decorators)
{
    int s = p->pos;
    int line = cur(p)->lineno;
    accept(p, TK_CLASS);
    if (!at(p, TK_NAME))
        return NULL;
    int ni = p->pos++;
    kr_vec bases = {0}, kws = {0};
    if (at(p, TK_LPAR)) {
        int open = p->pos++;
        if (arguments(p, &bases, &kws, open, 1) < 0)
            return NULL;
    }
    char what[160];
    PyObject *n = name_of(p, ni);
    snprintf(what, sizeof what, "class definition");
    (void)n;
    asdl_seq *body = colon_block(p, what, line);
    if (body == NULL)
        return NULL;
    stmt_ty st = mk_stmt(p, ClassDef_kind, s);
    if (st == NULL)
        return NULL;
    st->v.ClassDef.name = name_of(p, ni);
    st->v.ClassDef.bases = SEQ(bases);
    st->v.ClassDef.keywords = SEQ(kws);
    st->v.ClassDef.body = body;
    st->v.ClassDef.decorator_list = decorators ? decorators : seq0(p);
    END_AT(st, body);
    return st;
}

static stmt_ty
decorated(Parser *p)
{
    kr_vec decs = {0};
    while (accept(p, TK_AT)) {
        expr_ty d = decorator_expr(p);
        if (d == NULL || !accept(p, TK_NEWLINE))
            return NULL;
        PUSH(decs, d);
    }
    asdl_seq *ds = SEQ(decs);
    if (at(p, TK_CLASS))
        return class_def(p, ds);
    return function_def(p, ds);
}

static stmt_ty
if_stmt(Parser *p)
{
    int s = p->pos;
    int line = cur(p)->lineno;
    int is_elif = cur(p)->type == TK_ELIF;
    p->pos++;
    expr_ty test = named_expression_eq(p);
    if (test == NULL)
        return NULL;
    asdl_seq *body = colon_block(p, is_elif ? "'elif' statement" : "'if' statement", line);
    if (body == NULL)
        return NULL;
    asdl_seq *orelse = NULL;
    stmt_ty st = mk_stmt(p, If_kind, s);
    if (st == NULL)
        return NULL;
    END_AT(st, body);
    if (at(p, TK_ELIF)) {
        stmt_ty e = if_stmt(p);
        if (e == NULL)
            return NULL;
        orelse = seq1(p, e);
        st->end_lineno = e->end_lineno;
        st->end_col_offset = e->end_col_offset;
    }
    else if (at(p, TK_ELSE)) {
        int eline = cur(p)->lineno;
        p->pos++;
        orelse = forced_colon_block(p, "'else' statement", eline);
        if (orelse == NULL)
            return NULL;
        END_AT(st, orelse);
    }
    else {
        orelse = seq0(p);
    }
    st->v.If.test = test;
    st->v.If.body = body;
    st->v.If.orelse = orelse;
    return st;
}

static stmt_ty
while_stmt(Parser *p)
{
    int s = p->pos;
    int line = cur(p)->lineno;
    p->pos++;
    expr_ty test = named_expression_eq(p);
    if (test == NULL)
        return NULL;
    asdl_seq *body = colon_block(p, "'while' statement", line);
    if (body == NULL)
        return NULL;
    stmt_ty st = mk_stmt(p, While_kind, s);
    if (st == NULL)
        return NULL;
    END_AT(st, body);
    asdl_seq *orelse;
    if (at(p, TK_ELSE)) {
        int eline = cur(p)->lineno;
        p->pos++;
        orelse = forced_colon_block(p, "'else' statement", eline);
        if (orelse == NULL)
            return NULL;
        END_AT(st, orelse);
    }
    else {
        orelse = seq0(p);
    }
    st->v.While.test = test;
    st->v.While.body = body;
    st->v.While.orelse = orelse;
    return st;
}

static stmt_ty
for_stmt(Parser *p, int s, int is_async)
{
    int line = cur(p)->lineno;
    accept(p, TK_FOR);
    expr_ty target = tuple_of(p, star_target);
    if (target == NULL)
        return NULL;
    if (!accept(p, TK_IN)) {
        if (p->error)
            return NULL;
        expr_ty bad = invalid_target(target, 0);
        if (bad)
            return RAISE_AT_NODE(p, bad, "cannot assign to %s", expr_name(bad));
        return NULL;
    }
    if (to_target(p, target, Store, 0) < 0)
        return NULL;
    expr_ty iter = star_expressions(p);
    if (iter == NULL)
        return NULL;
    PyObject *tc = NULL;
    asdl_seq *body = colon_block_tc(p, "'for' statement", line, &tc, 0);
    if (body == NULL || (is_async && _KrParser_TooNew(p, 5, "Async for loops are")))
        return NULL;
    stmt_ty st = mk_stmt(p, is_async ? AsyncFor_kind : For_kind, s);
    if (st == NULL)
        return NULL;
    st->v.For.type_comment = tc;
    END_AT(st, body);
    asdl_seq *orelse;
    if (at(p, TK_ELSE)) {
        int eline = cur(p)->lineno;
        p->pos++;
        orelse = forced_colon_block(p, "'else' statement", eline);
        if (orelse == NULL)
            return NULL;
        END_AT(st, orelse);
    }
    else {
        orelse = seq0(p);
    }
    st->v.For.target = target;
    st->v.For.iter = iter;
    st->v.For.body = body;
    st->v.For.orelse = orelse;
    return st;
}

static withitem_ty
with_item(Parser *p)
{
    expr_ty e = expression(p);
    if (e == NULL)
        return NULL;
    expr_ty target = NULL;
    if (accept(p, TK_AS)) {
        target = star_target(p);
        if (target == NULL)
            return NULL;
        if (!at(p, TK_COMMA) && !at(p, TK_RPAR) && !at(p, TK_COLON) && !at(p, TK_NEWLINE))
            return NULL;
        if (to_target(p, target, Store, 0) < 0)
            return NULL;
    }
    withitem_ty w = alloc(p, sizeof *w);
    if (w == NULL)
        return NULL;
    w->context_expr = e;
    w->optional_vars = target;
    return w;
}

static stmt_ty
with_stmt(Parser *p, int s, int is_async)
{
    int line = cur(p)->lineno;
    accept(p, TK_WITH);
    kr_vec items = {0};
    int done = 0;
    if (at(p, TK_LPAR)) {
        int save = p->pos;
        p->pos++;
        for (;;) {
            withitem_ty w = with_item(p);
            if (w == NULL)
                break;
            PUSH(items, w);
            if (!accept(p, TK_COMMA))
                break;
            if (at(p, TK_RPAR))
                break;
        }
        if (!p->error && items.n && accept(p, TK_RPAR) && at(p, TK_COLON))
            done = 1;
        else if (!p->error && items.n && p->t[p->pos - 1].type == TK_RPAR && at(p, TK_NEWLINE))
        {
            (void)colon_block(p, "'with' statement", line); /* raises "expected ':'" */
            return NULL;
        }
        if (p->error || (done && _KrParser_TooNew(p, 9, "Parenthesized context managers are")))
            return NULL;
        if (!done) {
            p->pos = save;
            items = (kr_vec){0};
        }
    }
    if (!done) {
        do {
            withitem_ty w = with_item(p);
            if (w == NULL)
                return NULL;
            PUSH(items, w);
        } while (accept(p, TK_COMMA));
    }
    PyObject *tc = NULL;
    asdl_seq *body = done ? colon_block(p, "'with' statement", line)
                          : colon_block_tc(p, "'with' statement", line, &tc, 0);
    if (body == NULL || (is_async && _KrParser_TooNew(p, 5, "Async with statements are")))
        return NULL;
    stmt_ty st = mk_stmt(p, is_async ? AsyncWith_kind : With_kind, s);
    if (st == NULL)
        return NULL;
    st->v.With.type_comment = tc;
    st->v.With.items = SEQ(items);
    st->v.With.body = body;
    END_AT(st, body);
    return st;
}

static stmt_ty
try_stmt(Parser *p)
{
    int s = p->pos;
    int line = cur(p)->lineno;
    p->pos++;
    asdl_seq *body = forced_colon_block(p, "'try' statement", line);
    if (body == NULL)
        return NULL;
    kr_vec handlers = {0};
    int star = -1;
    stmt_ty st = mk_stmt(p, Try_kind, s);
    if (st == NULL)
        return NULL;
    END_AT(st, body);
    while (at(p, TK_EXCEPT)) {
        int hs = p->pos;
        int hline = cur(p)->lineno;
        p->pos++;
        int this_star = accept(p, TK_STAR) != NULL;
        if (star >= 0 && this_star != star)
            return RAISE_AT_TOK(p, &p->t[hs], "cannot have both 'except' and 'except*' on the same 'try'");
        star = this_star;
        if (this_star && _KrParser_TooNew(p, 11, "Exception groups are"))
            return NULL;
        expr_ty type = NULL;
        PyObject *name = NULL;
        if (!at(p, TK_COLON) && !at(p, TK_NEWLINE)) {
            type = expression(p);
            if (type == NULL)
                return NULL;
            if (at(p, TK_COMMA)) {
                /* "except A, B:" */
                /* a look past the comma, as CPython's second pass: a plain
                 * syntax error stays where the first pass stopped */
                int save = p->pos++, far = p->maxpos;
                expr_ty rest = expressions(p);
                if (rest != NULL && accept(p, TK_AS))
                    accept(p, TK_NAME);
                if (rest != NULL && !p->error && at(p, TK_COLON))
                    return RAISE_RANGE(p, type, last(p), "multiple exception types must be parenthesized");
                p->pos = save;
                if (!p->error)
                    p->maxpos = far;
                return NULL;
            }
            if (accept(p, TK_AS)) {
                if (!at(p, TK_NAME))
                    return NULL;
                name = name_of(p, p->pos++);
            }
        }
        else if (this_star) {
            return RAISE_AT_TOK(p, cur(p), "expected one or more exception types");
        }
        asdl_seq *hbody = colon_block(p, this_star ? "'except*' statement" : "'except' statement", hline);
        if (hbody == NULL)
            return NULL;
        excepthandler_ty h = alloc(p, sizeof *h);
        if (h == NULL)
            return NULL;
        h->kind = ExceptHandler_kind;
        h->v.ExceptHandler.type = type;
        h->v.ExceptHandler.name = name;
        h->v.ExceptHandler.body = hbody;
        LOC_FROM(h, hs);
        END_AT(h, hbody);
        PUSH(handlers, h);
        st->end_lineno = h->end_lineno;
        st->end_col_offset = h->end_col_offset;
    }
    asdl_seq *orelse = NULL, *finalbody = NULL;
    if (handlers.n && at(p, TK_ELSE)) {
        int eline = cur(p)->lineno;
        p->pos++;
        orelse = forced_colon_block(p, "'else' statement", eline);
        if (orelse == NULL)
            return NULL;
        END_AT(st, orelse);
    }
    if (at(p, TK_FINALLY)) {
        int fline = cur(p)->lineno;
        p->pos++;
        finalbody = forced_colon_block(p, "'finally' statement", fline);
        if (finalbody == NULL)
            return NULL;
        END_AT(st, finalbody);
    }
    if (handlers.n == 0 && finalbody == NULL) {
        if (p->error)
            return NULL;
        return RAISE_GENERIC_AT_TOK(p, cur(p), "expected 'except' or 'finally' block");
    }
    if (star == 1)
        st->kind = TryStar_kind;
    st->v.Try.body = body;
    st->v.Try.handlers = SEQ(handlers);
    st->v.Try.orelse = orelse ? orelse : seq0(p);
    st->v.Try.finalbody = finalbody ? finalbody : seq0(p);
    return st;
}

/* ================================================================ match */

static expr_ty
signed_number(Parser *p)
{
    int s = p->pos;
    int neg = accept(p, TK_MINUS) != NULL;
    if (!at(p, TK_NUMBER))
        return NULL;
    kr_token *t = cur(p);
    p->pos++;
    expr_ty n = _KrParse_NumberToken(p, t);
    if (n == NULL || !neg)
        return n;
    expr_ty e = mk_expr(p, UnaryOp_kind, s);
    if (e) {
        e->v.UnaryOp.op = USub;
        e->v.UnaryOp.operand = n;
    }
    return e;
}

/* literal_expr of a pattern: numbers, complex, strings, None/True/False */
static expr_ty
literal_value(Parser *p)
{
    int s = p->pos;
    if (at(p, TK_STRING)) {
        while (at(p, TK_STRING))
            p->pos++;
        expr_ty e = _KrParse_Strings(p, s, p->pos - 1);
        if (e && e->kind == JoinedStr_kind)
            return RAISE_AT_NODE(p, e, "patterns may only match literals and attribute lookups");
        return e;
    }
    expr_ty real = signed_number(p);
    if (real == NULL)
        return NULL;
    if (at(p, TK_PLUS) || at(p, TK_MINUS)) {
        int op = at(p, TK_PLUS) ? Add : Sub;
        p->pos++;
        if (!at(p, TK_NUMBER))
            return NULL;
        kr_token *t = cur(p);
        p->pos++;
        expr_ty imag = _KrParse_NumberToken(p, t);
        if (imag == NULL)
            return NULL;
        if (!PyComplex_Check(imag->v.Constant.value))
            return RAISE_AT_NODE(p, imag, "imaginary number required in complex literal");
        expr_ty e = mk_expr(p, BinOp_kind, s);
        if (e) {
            e->v.BinOp.left = real;
            e->v.BinOp.op = op;
            e->v.BinOp.right = imag;
        }
        return e;
    }
    return real;
}

/* NAME ('.' NAME)* */
static expr_ty
name_or_attr(Parser *p)
{
    int s = p->pos;
    if (!at(p, TK_NAME))
        return NULL;
    expr_ty e = mk_name(p, p->pos++, Load);
    while (e && at(p, TK_DOT) && at_next(p, TK_NAME)) {
        p->pos++;
        int ni = p->pos++;
        expr_ty a = mk_expr(p, Attribute_kind, s);
        if (a == NULL)
            return NULL;
        a->v.Attribute.value = e;
        a->v.Attribute.attr = name_of(p, ni);
        a->v.Attribute.ctx = Load;
        e = a;
    }
    return e;
}

static pattern_ty
as_capture(Parser *p, int s, pattern_ty inner, PyObject *name)
{
    pattern_ty pt = mk_pat(p, MatchAs_kind, s);
    if (pt) {
        pt->v.MatchAs.pattern = inner;
        pt->v.MatchAs.name = name;
    }
    return pt;
}

static pattern_ty
star_pattern(Parser *p)
{
    int s = p->pos;
    accept(p, TK_STAR);
    if (!at(p, TK_NAME))
        return NULL;
    int ni = p->pos++;
    pattern_ty pt = mk_pat(p, MatchStar_kind, s);
    if (pt)
        pt->v.MatchStar.name = tok_is_soft(p, &p->t[ni], "_") ? NULL : name_of(p, ni);
    return pt;
}

static pattern_ty
maybe_star_pattern(Parser *p)
{
    if (at(p, TK_STAR))
        return star_pattern(p);
    return pattern(p);
}

static pattern_ty closed_pattern(Parser *p);

static pattern_ty
class_pattern(Parser *p, expr_ty cls, int s)
{
    accept(p, TK_LPAR);
    kr_vec pats = {0}, kwnames = {0}, kwpats = {0};
    while (!at(p, TK_RPAR)) {
        if (at(p, TK_NAME) && at_next(p, TK_EQUAL)) {
            PyObject *n = name_of(p, p->pos);
            p->pos += 2;
            pattern_ty v = pattern(p);
            if (v == NULL)
                return NULL;
            PUSH(kwnames, n);
            PUSH(kwpats, v);
        }
        else {
            pattern_ty v = pattern(p);
            if (v == NULL)
                return NULL;
            if (kwnames.n)
                return RAISE_AT_NODE(p, v, "positional patterns follow keyword patterns");
            PUSH(pats, v);
        }
        if (!accept(p, TK_COMMA))
            break;
    }
    if (!accept(p, TK_RPAR))
        return NULL;
    pattern_ty pt = mk_pat(p, MatchClass_kind, s);
    if (pt) {
        pt->v.MatchClass.cls = cls;
        pt->v.MatchClass.patterns = SEQ(pats);
        pt->v.MatchClass.kwd_attrs = SEQ(kwnames);
        pt->v.MatchClass.kwd_patterns = SEQ(kwpats);
    }
    return pt;
}

static pattern_ty
mapping_pattern(Parser *p)
{
    int s = p->pos;
    accept(p, TK_LBRACE);
    kr_vec keys = {0}, pats = {0};
    PyObject *rest = NULL;
    while (!at(p, TK_RBRACE)) {
        if (accept(p, TK_DOUBLESTAR)) {
            if (!at(p, TK_NAME))
                return NULL;
            rest = name_of(p, p->pos++);
            accept(p, TK_COMMA);
            break;
        }
        expr_ty key;
        if (at(p, TK_NAME)) {
            key = name_or_attr(p);
            if (key && key->kind == Name_kind)
                return NULL;
        }
        else if (at(p, TK_NONE) || at(p, TK_TRUE) || at(p, TK_FALSE)) {
            key = atom(p);
        }
        else {
            key = literal_value(p);
        }
        if (key == NULL || !accept(p, TK_COLON))
            return NULL;
        pattern_ty v = pattern(p);
        if (v == NULL)
            return NULL;
        PUSH(keys, key);
        PUSH(pats, v);
        if (!accept(p, TK_COMMA))
            break;
    }
    if (!accept(p, TK_RBRACE))
        return NULL;
    pattern_ty pt = mk_pat(p, MatchMapping_kind, s);
    if (pt) {
        pt->v.MatchMapping.keys = SEQ(keys);
        pt->v.MatchMapping.patterns = SEQ(pats);
        pt->v.MatchMapping.rest = rest;
    }
    return pt;
}

static pattern_ty
closed_pattern(Parser *p)
{
    ENTER;
    int s = p->pos;
    kr_token *t = cur(p);
    pattern_ty pt;
    switch (t->type) {
    case TK_NONE: case TK_TRUE: case TK_FALSE:
        p->pos++;
        pt = mk_pat(p, MatchSingleton_kind, s);
        if (pt)
            pt->v.MatchSingleton.value = t->type == TK_NONE ? Py_None : t->type == TK_TRUE ? Py_True : Py_False;
        LEAVE(pt);
    case TK_NUMBER: case TK_MINUS: case TK_STRING: {
        expr_ty v = literal_value(p);
        if (v == NULL)
            LEAVE(NULL);
        pt = mk_pat(p, MatchValue_kind, s);
        if (pt)
            pt->v.MatchValue.value = v;
        LEAVE(pt);
    }
    case TK_NAME: {
        expr_ty v = name_or_attr(p);
        if (v == NULL)
            LEAVE(NULL);
        if (at(p, TK_LPAR))
            LEAVE(class_pattern(p, v, s));
        if (v->kind == Name_kind) {
            if (tok_is_soft(p, t, "_"))
                LEAVE(as_capture(p, s, NULL, NULL));
            LEAVE(as_capture(p, s, NULL, v->v.Name.id));
        }
        pt = mk_pat(p, MatchValue_kind, s);
        if (pt)
            pt->v.MatchValue.value = v;
        LEAVE(pt);
    }
    case TK_LPAR: case TK_LSQB: {
        int close = t->type == TK_LPAR ? TK_RPAR : TK_RSQB;
        p->pos++;
        kr_vec pats = {0};
        int commas = 0;
        while (!at(p, close)) {
            pattern_ty v = maybe_star_pattern(p);
            if (v == NULL)
                LEAVE(NULL);
            if (_KrVec_Push(p, &pats, v) < 0)
                LEAVE(NULL);
            if (!accept(p, TK_COMMA))
                break;
            commas++;
        }
        if (!accept(p, close))
            LEAVE(NULL);
        if (close == TK_RPAR && pats.n == 1 && commas == 0 &&
            ((pattern_ty)pats.items[0])->kind != MatchStar_kind)
            LEAVE(pats.items[0]); /* a group */
        pt = mk_pat(p, MatchSequence_kind, s);
        if (pt)
            pt->v.MatchSequence.patterns = _KrVec_Seq(p, &pats);
        LEAVE(pt);
    }
    case TK_LBRACE:
        LEAVE(mapping_pattern(p));
    default:
        LEAVE(NULL);
    }
}

static pattern_ty
or_pattern(Parser *p)
{
    int s = p->pos;
    pattern_ty first = closed_pattern(p);
    if (first == NULL || !at(p, TK_VBAR))
        return first;
    kr_vec pats = {0};
    PUSH(pats, first);
    while (accept(p, TK_VBAR)) {
        pattern_ty v = closed_pattern(p);
        if (v == NULL)
            return NULL;
        PUSH(pats, v);
    }
    pattern_ty pt = mk_pat(p, MatchOr_kind, s);
    if (pt)
        pt->v.MatchOr.patterns = SEQ(pats);
    return pt;
}

static pattern_ty
pattern(Parser *p)
{
    int s = p->pos;
    pattern_ty pt = or_pattern(p);
    if (pt == NULL)
        return NULL;
    if (accept(p, TK_AS)) {
        if (!at(p, TK_NAME))
            return NULL;
        if (tok_is_soft(p, cur(p), "_"))
            return RAISE_AT_TOK(p, cur(p), "cannot use '_' as a target");
        int ni = p->pos++;
        return as_capture(p, s, pt, name_of(p, ni));
    }
    return pt;
}

/* patterns: open_sequence_pattern | pattern */
static pattern_ty
patterns(Parser *p)
{
    int s = p->pos;
    pattern_ty first = maybe_star_pattern(p);
    if (first == NULL)
        return NULL;
    if (!at(p, TK_COMMA) && first->kind != MatchStar_kind)
        return first;
    kr_vec pats = {0};
    PUSH(pats, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_COLON) || at(p, TK_IF))
            break;
        pattern_ty v = maybe_star_pattern(p);
        if (v == NULL)
            return NULL;
        PUSH(pats, v);
    }
    pattern_ty pt = mk_pat(p, MatchSequence_kind, s);
    if (pt)
        pt->v.MatchSequence.patterns = SEQ(pats);
    return pt;
}

static stmt_ty
match_stmt(Parser *p)
{
    int s = p->pos;
    int line = cur(p)->lineno;
    p->pos++;
    expr_ty subject;
    int ss = p->pos;
    subject = star_named_expression(p);
    if (subject == NULL)
        return NULL;
    if (at(p, TK_COMMA)) {
        kr_vec elts = {0};
        PUSH(elts, subject);
        while (accept(p, TK_COMMA)) {
            if (at(p, TK_COLON))
                break;
            expr_ty e = star_named_expression(p);
            if (e == NULL)
                return NULL;
            PUSH(elts, e);
        }
        subject = mk_expr(p, Tuple_kind, ss);
        if (subject == NULL)
            return NULL;
        subject->v.Tuple.elts = SEQ(elts);
        subject->v.Tuple.ctx = Load;
    }
    if (!accept(p, TK_COLON) || !accept(p, TK_NEWLINE))
        return NULL;
    /* from here on it is a match statement: errors are final */
    if (!accept(p, TK_INDENT)) {
        if (p->error)
            return NULL;
        kr_token *t = cur(p);
        return _KrParser_RaiseAt(p, PyExc_IndentationError, t->lineno, t->col_offset, t->end_lineno,
                                 t->end_col_offset, "expected an indented block after 'match' statement on line %d", line);
    }
    kr_vec cases = {0};
    while (at_soft(p, "case")) {
        int cline = cur(p)->lineno;
        p->pos++;
        pattern_ty pt = patterns(p);
        if (pt == NULL)
            return NULL;
        expr_ty guard = NULL;
        if (accept(p, TK_IF)) {
            guard = named_expression(p);
            if (guard == NULL)
                return NULL;
        }
        asdl_seq *body = colon_block(p, "'case' statement", cline);
        if (body == NULL)
            return NULL;
        match_case_ty c = alloc(p, sizeof *c);
        if (c == NULL)
            return NULL;
        c->pattern = pt;
        c->guard = guard;
        c->body = body;
        PUSH(cases, c);
    }
    if (cases.n == 0 || !accept(p, TK_DEDENT))
        return NULL;
    if (_KrParser_TooNew(p, 10, "Pattern matching is"))
        return NULL;
    stmt_ty st = mk_stmt(p, Match_kind, s);
    if (st == NULL)
        return NULL;
    st->v.Match.subject = subject;
    st->v.Match.cases = SEQ(cases);
    match_case_ty lastc = cases.items[cases.n - 1];
    END_AT(st, lastc->body);
    return st;
}

/* Is this "match" the soft keyword?  Look for "match <subject>: NEWLINE". */
static int
looks_like_match(Parser *p)
{
    kr_token *n = &p->t[p->pos + 1];
    switch (n->type) {
    case TK_EQUAL: case TK_DOT: case TK_NEWLINE: case TK_COLON: case TK_COMMA: case TK_RPAR:
    case TK_SEMI: case TK_ENDMARKER:
        return 0;
    default:
        break;
    }
    if (augop(n->type))
        return 0;
    /* scan the line for a ':' just before NEWLINE at bracket depth 0 */
    int base = p->t[p->pos].level;
    for (int i = p->pos + 1; i < p->n; i++) {
        kr_token *t = &p->t[i];
        if (t->type == TK_NEWLINE || t->type == TK_ENDMARKER || t->type == TK_FATAL)
            return t->type == TK_NEWLINE && p->t[i - 1].type == TK_COLON && p->t[i - 1].level == base;
    }
    return 0;
}

/* ================================================================ statements */

static int
compound_stmt(Parser *p, stmt_ty *out)
{
    int s = p->pos;
    kr_token *t = cur(p);
    switch (t->type) {
    case TK_DEF: *out = function_def(p, NULL); return 1;
    case TK_AT: *out = decorated(p); return 1;
    case TK_CLASS: *out = class_def(p, NULL); return 1;
    case TK_IF: *out = if_stmt(p); return 1;
    case TK_WHILE: *out = while_stmt(p); return 1;
    case TK_FOR: *out = for_stmt(p, s, 0); return 1;
    case TK_WITH: *out = with_stmt(p, s, 0); return 1;
    case TK_TRY: *out = try_stmt(p); return 1;
    case TK_ASYNC:
        if (at_next(p, TK_DEF)) {
            *out = function_def(p, NULL);
            return 1;
        }
        p->pos++;
        if (at(p, TK_FOR)) {
            *out = for_stmt(p, s, 1);
            return 1;
        }
        if (at(p, TK_WITH)) {
            *out = with_stmt(p, s, 1);
            return 1;
        }
        p->pos = s;
        *out = NULL;
        return 1;
    case TK_NAME:
        if (tok_is_soft(p, t, "match") && looks_like_match(p)) {
            *out = match_stmt(p);
            if (*out == NULL && !p->error) {
                p->pos = s;
                return 0;
            }
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

/* One statement (compound or a line of simple ones), appended to `out`. */
static stmt_ty
statement_list(Parser *p, kr_vec *out)
{
    stmt_ty st = NULL;
    if (compound_stmt(p, &st)) {
        if (st == NULL)
            return NULL;
        if (_KrVec_Push(p, out, st) < 0)
            return NULL;
        return st;
    }
    if (p->error)
        return NULL;
    if (simple_stmts(p, out) < 0)
        return NULL;
    return out->items[out->n - 1];
}

/* CPython reports an INDENT or DEDENT where no statement may start without
 * tokenizing the rest of the file, so a later tokenizer error cannot win. */
static void *
raise_unexpected_indent(Parser *p, kr_token *t)
{
    p->indent_error = 1;
    if (t->type == TK_DEDENT && t->start >= p->ts.len)
        return _KrParser_RaiseAtTok(p, PyExc_IndentationError, t, 1, "unexpected unindent");
    if (t->type == TK_DEDENT)
        return _KrParser_RaiseAt(p, PyExc_IndentationError, t->lineno, t->col_offset, t->lineno, -2,
                                 "unexpected unindent");
    int len;
    const char *line = _KrTokenizer_Line(&p->ts, t->lineno, &len);
    int col = 0;
    while (col < len && (line[col] == ' ' || line[col] == '\t' || line[col] == '\f'))
        col++;
    return _KrParser_RaiseAt(p, PyExc_IndentationError, t->lineno, col - 1, t->lineno, -2,
                             "unexpected indent");
}

static asdl_seq *
statements(Parser *p)
{
    kr_vec v = {0};
    do {
        if (at(p, TK_INDENT))
            return raise_unexpected_indent(p, cur(p));
        if (statement_list(p, &v) == NULL)
            return NULL;
    } while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER) && !p->error);
    if (p->error)
        return NULL;
    return SEQ(v);
}

/* ================================================================ entry points */

static int
is_bracket_open(int type)
{
    return type == TK_LPAR || type == TK_LSQB || type == TK_LBRACE;
}

/* Is token i at the end of the input (only NEWLINE/DEDENT/ENDMARKER follow)? */
static int
at_eof(Parser *p, int i)
{
    for (int j = i; j < p->n; j++)
        if (p->t[j].type != TK_ENDMARKER && p->t[j].type != TK_NEWLINE && p->t[j].type != TK_DEDENT)
            return 0;
    return 1;
}

/* The parse stopped, with no exception set, at an INDENT or DEDENT: CPython
 * reports that before it tokenizes the rest of the file for errors. */
static int
fails_at_indent(Parser *p)
{
    int i = p->maxpos < p->n ? p->maxpos : p->n - 1;
    return !p->error && (p->t[i].type == TK_INDENT || p->t[i].type == TK_DEDENT);
}

/* The parse failed with no exception set: say why, as CPython would. */
static void
report_failure(Parser *p)
{
    if (p->error)
        return;
    /* a tokenizer error anywhere in the file takes precedence */
    if (p->t[p->n - 1].type == TK_FATAL && !fails_at_indent(p)) {
        _KrParser_RaiseTokenizerError(p);
        return;
    }
    int i = p->maxpos < p->n ? p->maxpos : p->n - 1;
    kr_token *t = &p->t[i];
    if (t->type == TK_INDENT || t->type == TK_DEDENT) {
        raise_unexpected_indent(p, t);
        return;
    }
    /* "f(a b)": two expressions side by side inside brackets */
    if (t->level > 0 && i > 0) {
        kr_token *prev = &p->t[i - 1];
        int prev_ends_expr = prev->type == TK_NAME || prev->type == TK_NUMBER || prev->type == TK_STRING ||
                             prev->type == TK_RPAR || prev->type == TK_RSQB || prev->type == TK_RBRACE ||
                             prev->type == TK_NONE || prev->type == TK_TRUE || prev->type == TK_FALSE;
        int this_starts_expr = t->type == TK_NAME || t->type == TK_NUMBER || t->type == TK_STRING ||
                               is_bracket_open(t->type) || t->type == TK_NONE || t->type == TK_TRUE ||
                               t->type == TK_FALSE || t->type == TK_LAMBDA || t->type == TK_NOT ||
                               t->type == TK_TILDE;
        if (prev_ends_expr && this_starts_expr && !(prev->type == TK_NAME && t->type == TK_STRING)) {
            /* find the start of the left expression: back to the enclosing bracket or comma */
            int j = i - 1, depth = 0;
            for (; j > 0; j--) {
                int ty = p->t[j].type;
                if (ty == TK_RPAR || ty == TK_RSQB || ty == TK_RBRACE)
                    depth++;
                else if (is_bracket_open(ty)) {
                    if (depth == 0)
                        break;
                    depth--;
                }
                else if (depth == 0 && (ty == TK_COMMA || ty == TK_EQUAL || ty == TK_COLON ||
                                        ty == TK_COLONEQUAL))
                    break;
            }
            kr_token *a = &p->t[j + 1];
            /* CPython's left side is a disjunction: not a conditional
             * expression or the clauses of a comprehension */
            for (int k = j + 1, d3 = 0; k < i; k++) {
                int ty = p->t[k].type;
                if (ty == TK_RPAR || ty == TK_RSQB || ty == TK_RBRACE)
                    d3--;
                else if (is_bracket_open(ty))
                    d3++;
                else if (d3 == 0 && (ty == TK_FOR || ty == TK_IF || ty == TK_ELSE || ty == TK_ASYNC))
                    goto generic;
            }
            /* not in a def's parameters or an import list, which are not expressions */
            int ob = i - 1, d2 = 0;
            for (; ob > 0; ob--) {
                int ty = p->t[ob].type;
                if (ty == TK_RPAR || ty == TK_RSQB || ty == TK_RBRACE)
                    d2++;
                else if (is_bracket_open(ty) && d2-- == 0)
                    break;
            }
            if (ob >= 2 && p->t[ob].type == TK_LPAR && (p->t[ob - 2].type == TK_DEF || p->t[ob - 1].type == TK_IMPORT))
                goto generic;
            /* the right expression: parse it */
            int save = p->pos;
            p->pos = i;
            expr_ty r = expression(p);
            /* across lines with a bracket left open at the end, the
             * unclosed bracket is what CPython reports */
            if (r && !p->error && !at_eof(p, p->pos) && (a->lineno == r->lineno || p->ts.open_level == 0)) {
                p->pos = save;
                _KrParser_RaiseAt(p, NULL, a->lineno, a->col_offset, r->end_lineno, r->end_col_offset,
                                  "invalid syntax. Perhaps you forgot a comma?");
                return;
            }
            if (p->error)
                return;
            p->pos = save;
        }
    }
generic:
    /* the parse ran into the end of the file inside brackets */
    if (p->ts.open_level > 0 && p->fstring_depth == 0 && (at_eof(p, i) || at_eof(p, i + 1))) {
        _KrParser_RaiseUnclosed(p);
        return;
    }
    RAISE_AT_TOK(p, t, "invalid syntax");
}

static int
is_compound_kind(int kind)
{
    switch (kind) {
    case FunctionDef_kind: case AsyncFunctionDef_kind: case ClassDef_kind: case For_kind:
    case AsyncFor_kind: case While_kind: case If_kind: case With_kind: case AsyncWith_kind:
    case Match_kind: case Try_kind: case TryStar_kind:
        return 1;
    default:
        return 0;
    }
}

/* Module.type_ignores: the "# type: ignore" comments (PyCF_TYPE_COMMENTS) */
static asdl_seq *
type_ignores(Parser *p)
{
    asdl_seq *seq = _Py_asdl_generic_seq_new(p->ts.nignores, p->arena);
    if (seq == NULL) {
        p->error = 1;
        return NULL;
    }
    for (int i = 0; i < p->ts.nignores; i++) {
        struct kr_type_ignore *ig = &p->ts.ignores[i];
        type_ignore_ty t = alloc(p, sizeof *t);
        if (t == NULL)
            return NULL;
        t->kind = TypeIgnore_kind;
        t->v.TypeIgnore.lineno = ig->lineno;
        t->v.TypeIgnore.tag = arena_obj(p, PyUnicode_DecodeUTF8(p->ts.buf + ig->start,
                                                                ig->end - ig->start, NULL));
        if (t->v.TypeIgnore.tag == NULL)
            return NULL;
        asdl_seq_SET(seq, i, t);
    }
    return seq;
}

static mod_ty
parse_mod(Parser *p)
{
    mod_ty m = alloc(p, sizeof *m);
    if (m == NULL)
        return NULL;
    switch (p->mode) {
    case Py_eval_input: {
        while (accept(p, TK_NEWLINE))
            ;
        expr_ty e = expressions(p);
        if (e == NULL)
            return NULL;
        while (accept(p, TK_NEWLINE))
            ;
        if (!accept(p, TK_ENDMARKER))
            return NULL;
        m->kind = Expression_kind;
        m->v.Expression.body = e;
        return m;
    }
    case Py_func_type_input: {
        if (!accept(p, TK_LPAR))
            return NULL;
        kr_vec argtypes = {0};
        /* plain types, then at most one "*T" and one "**T" in that order,
         * no trailing comma; the starred types are recorded bare, as
         * CPython does */
        int phase = 0;
        while (!at(p, TK_RPAR)) {
            if (phase == 2)
                return NULL;
            if (accept(p, TK_STAR)) {
                if (phase)
                    return NULL;
                phase = 1;
            }
            else if (accept(p, TK_DOUBLESTAR))
                phase = 2;
            else if (phase)
                return NULL;
            expr_ty e = expression(p);
            if (e == NULL)
                return NULL;
            PUSH(argtypes, e);
            if (!accept(p, TK_COMMA))
                break;
            if (at(p, TK_RPAR))
                return NULL;
        }
        if (!accept(p, TK_RPAR) || !accept(p, TK_RARROW))
            return NULL;
        expr_ty ret = expression(p);
        if (ret == NULL)
            return NULL;
        while (accept(p, TK_NEWLINE))
            ;
        if (!accept(p, TK_ENDMARKER))
            return NULL;
        m->kind = FunctionType_kind;
        m->v.FunctionType.argtypes = SEQ(argtypes);
        m->v.FunctionType.returns = ret;
        return m;
    }
    case Py_single_input: {
        kr_vec v = {0};
        stmt_ty last_st = NULL;
        if (!at(p, TK_ENDMARKER) && !at(p, TK_NEWLINE)) {
            if ((last_st = statement_list(p, &v)) == NULL)
                return NULL;
            /* a compound statement whose body is on its header line needs
             * the blank line that ends it: text ending right after it
             * lacks that, and CPython finds its end of input unexpected */
            kr_token *nl = &p->t[p->pos - 1];
            if (is_compound_kind(last_st->kind) && nl->type == TK_NEWLINE && nl->start == nl->end &&
                at(p, TK_ENDMARKER))
                return RAISE_AT_TOK(p, cur(p), "invalid syntax");
        }
        /* CPython stops reading once the statement is complete, so a
         * tokenizer error in the text after it is never seen: look at the
         * raw token types rather than through cur() */
        while (p->t[p->pos].type == TK_NEWLINE && accept(p, TK_NEWLINE))
            ;
        if (p->t[p->pos].type != TK_ENDMARKER) {
            if (p->error)
                return NULL;
            if (last_st != NULL && is_compound_kind(last_st->kind)) {
                /* CPython wants a blank line after a compound statement,
                 * so it reads the next token and finds it unexpected */
                kr_token *t = cur(p);
                if (p->error)
                    return NULL;
                return _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                                         "invalid syntax");
            }
            kr_token *t = last(p);
            p->single_overrun = 1;
            return _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                                     "multiple statements found while compiling a single statement");
        }
        m->kind = Interactive_kind;
        m->v.Interactive.body = SEQ(v);
        return m;
    }
    default: {
        asdl_seq *body;
        if (at(p, TK_ENDMARKER)) {
            body = seq0(p);
        }
        else {
            body = statements(p);
            if (body == NULL)
                return NULL;
            if (!accept(p, TK_ENDMARKER))
                return NULL;
        }
        m->kind = Module_kind;
        m->v.Module.body = body;
        m->v.Module.type_ignores = type_ignores(p);
        return m;
    }
    }
}

/* Did the parse fail because the input ended too soon? */
static int
input_incomplete(Parser *p)
{
    if (p->tok_error_raised)
        return strstr(p->ts.err_msg, "triple-quoted") != NULL || strstr(p->ts.err_msg, "unexpected EOF") != NULL;
    int i = p->maxpos < p->n ? p->maxpos : p->n - 1;
    kr_token *t = &p->t[i];
    if (t->type == TK_ENDMARKER)
        return 1;
    return at_eof(p, i) && (t->type == TK_DEDENT || p->ts.open_level > 0);
}

/* Does the source declare its encoding (a PEP 263 comment on line 1 or 2)? */
static int
has_cookie(const char *s, Py_ssize_t len)
{
    for (int line = 0, i = 0; line < 2 && i < len; line++) {
        int e = i;
        while (e < len && s[e] != '\n')
            e++;
        for (int k = i; k + 7 < e; k++)
            if (memcmp(s + k, "coding", 6) == 0 && (s[k + 6] == ':' || s[k + 6] == '='))
                return 1;
        i = e + 1;
    }
    return 0;
}

/* Offset of the first byte that is not valid UTF-8, or -1. */
static Py_ssize_t
invalid_utf8(const unsigned char *s, Py_ssize_t len)
{
    Py_ssize_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n = (c & 0xe0) == 0xc0 && c >= 0xc2 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 && c <= 0xf4 ? 3 : -1;
        if (n < 0 || i + n >= len)
            return i;
        for (int k = 1; k <= n; k++)
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
        i += n + 1;
    }
    return -1;
}

static mod_ty
run_parser(const char *str, Py_ssize_t len, PyObject *filename, int mode, PyCompilerFlags *flags,
           PyArena *arena, int from_file)
{
    Parser parser, *p = &parser;
    memset(p, 0, sizeof *p);
    int cf = flags ? flags->cf_flags : 0;
    if (from_file) {
        /* a file without a coding cookie must be UTF-8 (PEP 263) */
        Py_ssize_t bad = invalid_utf8((const unsigned char *)str, len);
        if (bad >= 0 && !has_cookie(str, len)) {
            int line = 1;
            for (Py_ssize_t k = 0; k < bad; k++)
                line += str[k] == '\n';
            PyErr_Format(PyExc_SyntaxError,
                         "Non-UTF-8 code starting with '\\x%.2x' in file %U on line %i, but no encoding "
                         "declared; see https://peps.python.org/pep-0263/ for details",
                         (unsigned char)str[bad], filename, line);
            return NULL;
        }
    }
    if (_KrTokenizer_Run(&p->ts, str, len, (cf & PyCF_IGNORE_COOKIE) != 0, mode == Py_single_input,
                         (cf & PyCF_TYPE_COMMENTS) != 0) < 0) {
        _KrTokenizer_Free(&p->ts);
        return NULL;
    }
    p->t = p->ts.toks;
    p->n = p->ts.ntoks;
    p->arena = arena;
    p->filename = filename;
    p->mode = mode;
    p->flags = cf;
    p->feature_version = flags ? flags->cf_feature_version : 11;
    for (int i = 0; i < p->ts.nwarn; i++) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", p->ts.warns[i].kind);
        const char *fn = filename && PyUnicode_Check(filename) ? PyUnicode_AsUTF8(filename) : "<string>";
        if (fn == NULL || PyErr_WarnExplicit(PyExc_SyntaxWarning, msg, fn, p->ts.warns[i].lineno, NULL, NULL) < 0) {
            _KrTokenizer_Free(&p->ts);
            return NULL;
        }
    }
    mod_ty m = parse_mod(p);
    if (m == NULL && p->ts.ntoks && p->t[p->n - 1].type == TK_FATAL && p->ts.err_type != NULL &&
        !p->tok_error_raised && (!p->error || PyErr_ExceptionMatches(PyExc_SyntaxError)) &&
        !p->indent_error && !p->single_overrun && !fails_at_indent(p)) {
        /* a tokenizer error anywhere in the file wins over the parser's */
        if (p->error)
            PyErr_Clear();
        p->error = 0;
        _KrParser_RaiseTokenizerError(p);
    }
    if (m == NULL && !p->error)
        report_failure(p);
    if (m == NULL && p->error && !p->tok_error_raised && p->ts.open_level > 0 &&
        PyErr_ExceptionMatches(PyExc_SyntaxError)) {
        /* a bracket left open above the error line is the likelier culprit */
        int k = p->ts.open_level - 1;
        if (p->err_lineno > p->ts.open_line[k]) {
            PyErr_Clear();
            p->error = 0;
            _KrParser_RaiseUnclosed(p);
        }
    }
    if (m == NULL && (cf & PyCF_ALLOW_INCOMPLETE_INPUT) && PyErr_ExceptionMatches(PyExc_SyntaxError) &&
        input_incomplete(p)) {
        /* the input may just be unfinished: the REPL asks for more */
        PyErr_Clear();
        p->error = 0;
        _KrParser_RaiseAt(p, PyExc_SyntaxError, p->t[p->n - 1].lineno, 0, -1, -1, "incomplete input");
    }
    _KrTokenizer_Free(&p->ts);
    return m;
}

mod_ty
_PyParser_ASTFromString(const char *str, PyObject *filename, int mode, PyCompilerFlags *flags,
                        PyArena *arena)
{
    return run_parser(str, (Py_ssize_t)strlen(str), filename, mode, flags, arena,
                      flags != NULL && (flags->cf_flags & _KrCF_SOURCE_IS_FILE) != 0);
}

mod_ty
_PyParser_ASTFromFile(FILE *fp, PyObject *filename, int mode, PyCompilerFlags *flags, PyArena *arena)
{
    size_t cap = 65536, n = 0;
    char *buf = PyMem_Malloc(cap);
    if (buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *nb = PyMem_Realloc(buf, cap);
            if (nb == NULL) {
                PyMem_Free(buf);
                PyErr_NoMemory();
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, fp);
        if (r == 0)
            break;
        n += r;
    }
    mod_ty m = run_parser(buf, (Py_ssize_t)n, filename, mode, flags, arena, 1);
    PyMem_Free(buf);
    return m;
}

/* An f-string replacement field: a sub-parser over the expression text
 * whose token positions are moved to where the text sits in the source. */
expr_ty
_KrParse_FStringExpr(Parser *outer, const char *src, Py_ssize_t len, int lineno, int col)
{
    Parser sub, *p = &sub;
    memset(p, 0, sizeof *p);
    if (_KrTokenizer_Run(&p->ts, src, len, 1, 0, 0) < 0) {
        outer->error = 1;
        _KrTokenizer_Free(&p->ts);
        return NULL;
    }
    p->fs_line = lineno;
    p->fs_col = col;
    for (int i = 0; i < p->ts.ntoks; i++) {
        kr_token *t = &p->ts.toks[i];
        if (t->lineno == 1)
            t->col_offset += col;
        if (t->end_lineno == 1)
            t->end_col_offset += col;
        t->lineno += lineno - 1;
        t->end_lineno += lineno - 1;
    }
    if (p->ts.ntoks && p->ts.toks[p->ts.ntoks - 1].type == TK_FATAL) {
        p->ts.err_lineno += lineno - 1;
    }
    p->t = p->ts.toks;
    p->n = p->ts.ntoks;
    p->arena = outer->arena;
    p->filename = outer->filename;
    p->mode = Py_eval_input;
    p->flags = outer->flags;
    p->feature_version = outer->feature_version;
    p->src_ts = outer->src_ts ? outer->src_ts : &outer->ts;
    p->depth = outer->depth;
    p->fstring_depth = outer->fstring_depth + 1;
    expr_ty e = at(p, TK_YIELD) ? yield_expr(p) : star_expressions(p);
    if (e && !p->error) {
        while (accept(p, TK_NEWLINE))
            ;
        if (!at(p, TK_ENDMARKER))
            e = NULL;
    }
    if (e == NULL && !p->error)
        report_failure(p);
    if (p->error)
        outer->error = 1;
    _KrTokenizer_Free(&p->ts);
    return e;
}
