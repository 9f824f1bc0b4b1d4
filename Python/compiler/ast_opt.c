/* AST-level optimizations (CPython 3.11's set) and the expression
 * unparser used for `from __future__ import annotations`.
 *
 * Folding rewrites nodes in place into Constant nodes, post-order, so an
 * expression like `-(2**8)` folds bottom-up.  The results are the ones
 * the program would compute, so folding must never change behaviour:
 * an operation that raises is left for run time, and operations whose
 * result could be huge (`10**10**10`, `'x' * 10**9`) are bounded by the
 * limits below, which are CPython's (a .pyc must not balloon).
 *
 * The other rewrites: `__debug__` becomes a constant; `not (a is b)`
 * becomes `a is not b` (and in/not in alike); a list or set display that
 * is only iterated over or tested with `in` becomes a tuple or frozenset
 * constant. */
#include "Python.h"
#include "kr_compile.h"

#define MAX_INT_SIZE 128          /* bits */
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

typedef struct {
    PyArena *arena;
    int optimize;
    int depth;
} opt_state;

#define MAX_DEPTH 2000

static int fold_expr(expr_ty e, opt_state *st);
static int fold_stmt(stmt_ty s, opt_state *st);

static int
make_const(expr_ty node, PyObject *val, opt_state *st)
{
    if (val == NULL) {
        if (PyErr_ExceptionMatches(PyExc_KeyboardInterrupt))
            return 0;
        PyErr_Clear();
        return 1;
    }
    if (_PyArena_AddPyObject(st->arena, val) < 0) {
        Py_DECREF(val);
        return 0;
    }
    node->kind = Constant_kind;
    node->v.Constant.value = val;
    node->v.Constant.kind = NULL;
    return 1;
}

static int
has_starred(asdl_expr_seq *elts)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(elts); i++)
        if (((expr_ty)asdl_seq_GET(elts, i))->kind == Starred_kind)
            return 1;
    return 0;
}

static PyObject *
make_const_tuple(asdl_expr_seq *elts)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(elts); i++) {
        expr_ty e = asdl_seq_GET(elts, i);
        if (e->kind != Constant_kind)
            return NULL;
    }
    PyObject *t = PyTuple_New(asdl_seq_LEN(elts));
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(elts); i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(((expr_ty)asdl_seq_GET(elts, i))->v.Constant.value));
    return t;
}

/* Guards against constants too large to be worth storing. */
static Py_ssize_t
check_complexity(PyObject *obj, Py_ssize_t limit)
{
    if (PyTuple_Check(obj)) {
        limit -= PyTuple_GET_SIZE(obj);
        for (Py_ssize_t i = 0; limit >= 0 && i < PyTuple_GET_SIZE(obj); i++)
            limit = check_complexity(PyTuple_GET_ITEM(obj, i), limit);
        return limit;
    }
    if (PyFrozenSet_Check(obj)) {
        limit -= PySet_GET_SIZE(obj);
        return limit;
    }
    return limit;
}

static PyObject *
safe_multiply(PyObject *v, PyObject *w)
{
    if (PyLong_Check(v) && PyLong_Check(w) && PyObject_IsTrue(v) && PyObject_IsTrue(w)) {
        size_t vbits = _PyLong_NumBits(v), wbits = _PyLong_NumBits(w);
        if (vbits == (size_t)-1 || wbits == (size_t)-1)
            return NULL;
        if (vbits + wbits > MAX_INT_SIZE)
            return NULL;
    }
    else if (PyLong_Check(v) && (PyTuple_Check(w) || PyFrozenSet_Check(w))) {
        Py_ssize_t size = PyObject_Size(w);
        if (size < 0)
            return NULL;
        long n = PyLong_AsLong(v);
        if (n == -1 && PyErr_Occurred())
            return NULL;
        if (n < 0 || (size && n > MAX_COLLECTION_SIZE / size))
            return NULL;
        if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
            return NULL;
    }
    else if (PyLong_Check(v) && (PyUnicode_Check(w) || PyBytes_Check(w))) {
        Py_ssize_t size = PyObject_Size(w);
        if (size < 0)
            return NULL;
        long n = PyLong_AsLong(v);
        if (n == -1 && PyErr_Occurred())
            return NULL;
        if (n < 0 || (size && n > MAX_STR_SIZE / size))
            return NULL;
    }
    else if (PyLong_Check(w) &&
             (PyTuple_Check(v) || PyFrozenSet_Check(v) || PyUnicode_Check(v) || PyBytes_Check(v)))
        return safe_multiply(w, v);
    return PyNumber_Multiply(v, w);
}

static PyObject *
safe_power(PyObject *v, PyObject *w)
{
    if (PyLong_Check(v) && PyLong_Check(w) && PyObject_IsTrue(v)) {
        if (PyObject_RichCompareBool(w, _PyLong_GetZero(), Py_GT) > 0) {
            size_t vbits = _PyLong_NumBits(v);
            long wv = PyLong_AsLong(w);
            if (wv == -1 && PyErr_Occurred())
                return NULL;
            if (vbits == (size_t)-1 || (size_t)wv > MAX_INT_SIZE / (vbits ? vbits : 1))
                return NULL;
        }
    }
    return PyNumber_Power(v, w, Py_None);
}

static PyObject *
safe_lshift(PyObject *v, PyObject *w)
{
    if (PyLong_Check(v) && PyLong_Check(w) && PyObject_IsTrue(v) && PyObject_IsTrue(w)) {
        size_t vbits = _PyLong_NumBits(v);
        long wv = PyLong_AsLong(w);
        if (wv == -1 && PyErr_Occurred())
            return NULL;
        if (vbits == (size_t)-1 || wv < 0 || vbits > MAX_INT_SIZE ||
            (size_t)wv > MAX_INT_SIZE - vbits)
            return NULL;
    }
    return PyNumber_Lshift(v, w);
}

static PyObject *
safe_mod(PyObject *v, PyObject *w)
{
    if (PyUnicode_Check(v) || PyBytes_Check(v))
        return NULL;
    return PyNumber_Remainder(v, w);
}

/* ---- `'...%s...' % (a, b)` into an f-string (3.11's optimize_format) ---- */

#define MAXDIGITS 3

static expr_ty
new_expr(opt_state *st, enum _expr_kind kind, int l, int c, int el, int ec)
{
    expr_ty e = _PyArena_Malloc(st->arena, sizeof(struct _expr));
    if (e == NULL)
        return NULL;
    e->kind = kind;
    e->lineno = l;
    e->col_offset = c;
    e->end_lineno = el;
    e->end_col_offset = ec;
    return e;
}

static expr_ty
new_const_str(opt_state *st, PyObject *str)
{
    if (str == NULL)
        return NULL;
    if (_PyArena_AddPyObject(st->arena, str) < 0) {
        Py_DECREF(str);
        return NULL;
    }
    expr_ty e = new_expr(st, Constant_kind, -1, -1, -1, -1);
    if (e)
        e->v.Constant.value = str;
    return e;
}

/* Literal text up to the next lone '%' ('%%' is a literal percent). */
static expr_ty
format_literal(PyObject *fmt, Py_ssize_t *ppos, opt_state *st)
{
    Py_ssize_t size = PyUnicode_GET_LENGTH(fmt), start = *ppos, pos = *ppos;
    int has_percents = 0;
    while (pos < size) {
        if (PyUnicode_READ_CHAR(fmt, pos) != '%')
            pos++;
        else if (pos + 1 < size && PyUnicode_READ_CHAR(fmt, pos + 1) == '%') {
            has_percents = 1;
            pos += 2;
        }
        else
            break;
    }
    *ppos = pos;
    if (pos == start)
        return NULL;
    PyObject *str = PyUnicode_Substring(fmt, start, pos);
    if (str && has_percents) {
        PyObject *r = PyObject_CallMethod(str, "replace", "ss", "%%", "%");
        Py_DECREF(str);
        str = r;
    }
    return new_const_str(st, str);
}

/* A conversion spec we can express as a format spec: [-+ #0]* width .prec [sra] */
static int
format_spec_parse(PyObject *fmt, Py_ssize_t *ppos, int *spec, int *ljust, int *width, int *prec)
{
    Py_ssize_t pos = *ppos, len = PyUnicode_GET_LENGTH(fmt);
    Py_UCS4 ch;
#define NEXTC do { if (pos >= len) return 0; ch = PyUnicode_READ_CHAR(fmt, pos); pos++; } while (0)
    *ljust = 0;
    while (1) {
        NEXTC;
        if (ch == '-') {
            *ljust = 1;
            continue;
        }
        if (ch == '+' || ch == ' ' || ch == '#' || ch == '0')
            continue;
        break;
    }
    if ('0' <= ch && ch <= '9') {
        int digits = 0;
        *width = 0;
        while ('0' <= ch && ch <= '9') {
            *width = *width * 10 + (int)(ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return 0;
        }
    }
    if (ch == '.') {
        int digits = 0;
        NEXTC;
        *prec = 0;
        while ('0' <= ch && ch <= '9') {
            *prec = *prec * 10 + (int)(ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return 0;
        }
    }
#undef NEXTC
    *spec = (int)ch;
    *ppos = pos;
    return 1;
}

static expr_ty
format_unit(PyObject *fmt, Py_ssize_t *ppos, expr_ty arg, opt_state *st)
{
    int spec, ljust, width = -1, prec = -1;
    if (!format_spec_parse(fmt, ppos, &spec, &ljust, &width, &prec))
        return NULL;
    if (spec != 's' && spec != 'r' && spec != 'a')
        return NULL;
    char buf[1 + MAXDIGITS + 1 + MAXDIGITS + 1], *p = buf;
    if (!ljust && width > 0)
        *p++ = '>';
    if (width >= 0)
        p += snprintf(p, MAXDIGITS + 1, "%d", width);
    if (prec >= 0)
        p += snprintf(p, MAXDIGITS + 2, ".%d", prec);
    *p = 0;
    expr_ty format_spec = NULL;
    if (p != buf) {
        format_spec = new_const_str(st, PyUnicode_FromString(buf));
        if (format_spec == NULL)
            return NULL;
    }
    expr_ty fv = new_expr(st, FormattedValue_kind, arg->lineno, arg->col_offset,
                          arg->end_lineno, arg->end_col_offset);
    if (fv == NULL)
        return NULL;
    fv->v.FormattedValue.value = arg;
    fv->v.FormattedValue.conversion = spec;
    fv->v.FormattedValue.format_spec = format_spec;
    return fv;
}

static int
optimize_format(expr_ty node, PyObject *fmt, asdl_expr_seq *elts, opt_state *st)
{
    Py_ssize_t pos = 0, cnt = 0;
    asdl_seq *seq = _Py_asdl_generic_seq_new(asdl_seq_LEN(elts) * 2 + 1, st->arena);
    if (seq == NULL)
        return 0;
    seq->size = 0;
    while (1) {
        expr_ty lit = format_literal(fmt, &pos, st);
        if (lit)
            asdl_seq_SET(seq, seq->size++, lit);
        else if (PyErr_Occurred())
            return 0;
        if (pos >= PyUnicode_GET_LENGTH(fmt))
            break;
        if (cnt >= asdl_seq_LEN(elts))
            return 1;   /* more format units than items: leave it to run time */
        pos++;
        expr_ty e = format_unit(fmt, &pos, asdl_seq_GET(elts, cnt), st);
        cnt++;
        if (e == NULL)
            return !PyErr_Occurred();
        asdl_seq_SET(seq, seq->size++, e);
    }
    if (cnt < asdl_seq_LEN(elts))
        return 1;       /* more items than format units */
    node->kind = JoinedStr_kind;
    node->v.JoinedStr.values = seq;
    return 1;
}

static int
fold_binop(expr_ty node, opt_state *st)
{
    expr_ty lhs = node->v.BinOp.left, rhs = node->v.BinOp.right;
    if (node->v.BinOp.op == Mod && lhs->kind == Constant_kind &&
        PyUnicode_CheckExact(lhs->v.Constant.value) && rhs->kind == Tuple_kind &&
        !has_starred(rhs->v.Tuple.elts))
        return optimize_format(node, lhs->v.Constant.value, rhs->v.Tuple.elts, st);
    if (lhs->kind != Constant_kind || rhs->kind != Constant_kind)
        return 1;
    PyObject *lv = lhs->v.Constant.value, *rv = rhs->v.Constant.value, *newval = NULL;
    switch (node->v.BinOp.op) {
    case Add: newval = PyNumber_Add(lv, rv); break;
    case Sub: newval = PyNumber_Subtract(lv, rv); break;
    case Mult: newval = safe_multiply(lv, rv); break;
    case Div: newval = PyNumber_TrueDivide(lv, rv); break;
    case FloorDiv: newval = PyNumber_FloorDivide(lv, rv); break;
    case Mod: newval = safe_mod(lv, rv); break;
    case Pow: newval = safe_power(lv, rv); break;
    case LShift: newval = safe_lshift(lv, rv); break;
    case RShift: newval = PyNumber_Rshift(lv, rv); break;
    case BitOr: newval = PyNumber_Or(lv, rv); break;
    case BitXor: newval = PyNumber_Xor(lv, rv); break;
    case BitAnd: newval = PyNumber_And(lv, rv); break;
    case MatMult: return 1;
    }
    if (newval && (PyUnicode_Check(newval) || PyBytes_Check(newval)) &&
        PyObject_Size(newval) > MAX_STR_SIZE) {
        Py_DECREF(newval);
        return 1;
    }
    return make_const(node, newval, st);
}

static int
fold_unaryop(expr_ty node, opt_state *st)
{
    expr_ty arg = node->v.UnaryOp.operand;
    if (arg->kind != Constant_kind) {
        if (node->v.UnaryOp.op == Not && arg->kind == Compare_kind &&
            asdl_seq_LEN(arg->v.Compare.ops) == 1) {
            int op = arg->v.Compare.ops->elements[0];
            int newop = 0;
            switch (op) {
            case Is: newop = IsNot; break;
            case IsNot: newop = Is; break;
            case In: newop = NotIn; break;
            case NotIn: newop = In; break;
            }
            if (newop) {
                asdl_int_seq *ops = _Py_asdl_int_seq_new(1, st->arena);
                if (ops == NULL)
                    return 0;
                ops->elements[0] = newop;
                expr_ty left = arg->v.Compare.left;
                asdl_expr_seq *comps = arg->v.Compare.comparators;
                node->kind = Compare_kind;
                node->lineno = arg->lineno;
                node->col_offset = arg->col_offset;
                node->end_lineno = arg->end_lineno;
                node->end_col_offset = arg->end_col_offset;
                node->v.Compare.left = left;
                node->v.Compare.ops = ops;
                node->v.Compare.comparators = comps;
            }
        }
        return 1;
    }
    PyObject *v = arg->v.Constant.value, *newval = NULL;
    switch (node->v.UnaryOp.op) {
    case Invert: newval = PyNumber_Invert(v); break;
    case Not: {
        int r = PyObject_IsTrue(v);
        if (r >= 0)
            newval = Py_NewRef(r ? Py_False : Py_True);
        break;
    }
    case UAdd: newval = PyNumber_Positive(v); break;
    case USub: newval = PyNumber_Negative(v); break;
    }
    return make_const(node, newval, st);
}

static int
fold_tuple(expr_ty node, opt_state *st)
{
    if (node->v.Tuple.ctx != Load || has_starred(node->v.Tuple.elts))
        return 1;
    PyObject *t = make_const_tuple(node->v.Tuple.elts);
    if (t == NULL)
        return !PyErr_Occurred() || (PyErr_Clear(), 1);
    return make_const(node, t, st);
}

static int
fold_subscr(expr_ty node, opt_state *st)
{
    expr_ty arg = node->v.Subscript.value, idx = node->v.Subscript.slice;
    if (node->v.Subscript.ctx != Load || arg->kind != Constant_kind || idx->kind != Constant_kind)
        return 1;
    return make_const(node, PyObject_GetItem(arg->v.Constant.value, idx->v.Constant.value), st);
}

/* A list or set that is only iterated: a tuple or frozenset constant. */
static int
fold_iter(expr_ty arg, opt_state *st)
{
    if (arg->kind == List_kind) {
        asdl_expr_seq *elts = arg->v.List.elts;
        if (has_starred(elts))
            return 1;
        PyObject *t = make_const_tuple(elts);
        if (t != NULL)
            return make_const(arg, t, st);
        if (PyErr_Occurred())
            return 0;
        arg->kind = Tuple_kind;
        arg->v.Tuple.elts = elts;
        arg->v.Tuple.ctx = Load;
        return 1;
    }
    if (arg->kind == Set_kind) {
        if (has_starred(arg->v.Set.elts))
            return 1;
        PyObject *t = make_const_tuple(arg->v.Set.elts);
        if (t == NULL)
            return !PyErr_Occurred();
        PyObject *fs = PyFrozenSet_New(t);
        Py_DECREF(t);
        return make_const(arg, fs, st);
    }
    return 1;
}

static int
fold_compare(expr_ty node, opt_state *st)
{
    asdl_int_seq *ops = node->v.Compare.ops;
    asdl_expr_seq *args = node->v.Compare.comparators;
    Py_ssize_t i = asdl_seq_LEN(ops) - 1;
    int op = ops->elements[i];
    if (op == In || op == NotIn)
        return fold_iter(asdl_seq_GET(args, i), st);
    return 1;
}

#define FOLD(kind, x) do { if ((x) && !fold_##kind((x), st)) return 0; } while (0)
#define FOLD_SEQ(kind, seq) do { \
        for (Py_ssize_t i_ = 0; i_ < asdl_seq_LEN(seq); i_++) \
            FOLD(kind, asdl_seq_GET((seq), i_)); \
    } while (0)

static int
fold_arguments(arguments_ty a, opt_state *st)
{
    FOLD_SEQ(expr, a->defaults);
    FOLD_SEQ(expr, a->kw_defaults);
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(a->posonlyargs); i++)
        FOLD(expr, ((arg_ty)asdl_seq_GET(a->posonlyargs, i))->annotation);
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(a->args); i++)
        FOLD(expr, ((arg_ty)asdl_seq_GET(a->args, i))->annotation);
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(a->kwonlyargs); i++)
        FOLD(expr, ((arg_ty)asdl_seq_GET(a->kwonlyargs, i))->annotation);
    if (a->vararg)
        FOLD(expr, a->vararg->annotation);
    if (a->kwarg)
        FOLD(expr, a->kwarg->annotation);
    return 1;
}

static int
fold_comprehensions(asdl_comprehension_seq *gens, opt_state *st)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(gens); i++) {
        comprehension_ty g = asdl_seq_GET(gens, i);
        FOLD(expr, g->target);
        FOLD(expr, g->iter);
        FOLD_SEQ(expr, g->ifs);
        if (!fold_iter(g->iter, st))
            return 0;
    }
    return 1;
}

static int
fold_expr(expr_ty e, opt_state *st)
{
    if (++st->depth > MAX_DEPTH) {
        PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = 1;
    switch (e->kind) {
    case BoolOp_kind:
        FOLD_SEQ(expr, e->v.BoolOp.values);
        break;
    case BinOp_kind:
        FOLD(expr, e->v.BinOp.left);
        FOLD(expr, e->v.BinOp.right);
        ok = fold_binop(e, st);
        break;
    case UnaryOp_kind:
        FOLD(expr, e->v.UnaryOp.operand);
        ok = fold_unaryop(e, st);
        break;
    case Lambda_kind:
        ok = fold_arguments(e->v.Lambda.args, st);
        FOLD(expr, e->v.Lambda.body);
        break;
    case IfExp_kind:
        FOLD(expr, e->v.IfExp.test);
        FOLD(expr, e->v.IfExp.body);
        FOLD(expr, e->v.IfExp.orelse);
        break;
    case Dict_kind:
        FOLD_SEQ(expr, e->v.Dict.keys);
        FOLD_SEQ(expr, e->v.Dict.values);
        break;
    case Set_kind:
        FOLD_SEQ(expr, e->v.Set.elts);
        break;
    case ListComp_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
        FOLD(expr, e->v.ListComp.elt);
        ok = fold_comprehensions(e->v.ListComp.generators, st);
        break;
    case DictComp_kind:
        FOLD(expr, e->v.DictComp.key);
        FOLD(expr, e->v.DictComp.value);
        ok = fold_comprehensions(e->v.DictComp.generators, st);
        break;
    case Await_kind:
        FOLD(expr, e->v.Await.value);
        break;
    case Yield_kind:
        FOLD(expr, e->v.Yield.value);
        break;
    case YieldFrom_kind:
        FOLD(expr, e->v.YieldFrom.value);
        break;
    case Compare_kind:
        FOLD(expr, e->v.Compare.left);
        FOLD_SEQ(expr, e->v.Compare.comparators);
        ok = fold_compare(e, st);
        break;
    case Call_kind:
        FOLD(expr, e->v.Call.func);
        FOLD_SEQ(expr, e->v.Call.args);
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Call.keywords); i++)
            FOLD(expr, ((keyword_ty)asdl_seq_GET(e->v.Call.keywords, i))->value);
        break;
    case FormattedValue_kind:
        FOLD(expr, e->v.FormattedValue.value);
        FOLD(expr, e->v.FormattedValue.format_spec);
        break;
    case JoinedStr_kind:
        FOLD_SEQ(expr, e->v.JoinedStr.values);
        break;
    case Attribute_kind:
        FOLD(expr, e->v.Attribute.value);
        break;
    case Subscript_kind:
        FOLD(expr, e->v.Subscript.value);
        FOLD(expr, e->v.Subscript.slice);
        ok = fold_subscr(e, st);
        break;
    case Starred_kind:
        FOLD(expr, e->v.Starred.value);
        break;
    case Slice_kind:
        FOLD(expr, e->v.Slice.lower);
        FOLD(expr, e->v.Slice.upper);
        FOLD(expr, e->v.Slice.step);
        break;
    case List_kind:
        FOLD_SEQ(expr, e->v.List.elts);
        break;
    case Tuple_kind:
        FOLD_SEQ(expr, e->v.Tuple.elts);
        ok = fold_tuple(e, st);
        break;
    case Name_kind:
        if (e->v.Name.ctx == Load && PyUnicode_CompareWithASCIIString(e->v.Name.id, "__debug__") == 0)
            ok = make_const(e, Py_NewRef(st->optimize ? Py_False : Py_True), st);
        break;
    case NamedExpr_kind:
        FOLD(expr, e->v.NamedExpr.value);
        break;
    case Constant_kind:
        break;
    }
    st->depth--;
    return ok;
}

static int
fold_pattern(pattern_ty p, opt_state *st)
{
    switch (p->kind) {
    case MatchValue_kind:
        FOLD(expr, p->v.MatchValue.value);
        break;
    case MatchSequence_kind:
        FOLD_SEQ(pattern, p->v.MatchSequence.patterns);
        break;
    case MatchMapping_kind:
        FOLD_SEQ(expr, p->v.MatchMapping.keys);
        FOLD_SEQ(pattern, p->v.MatchMapping.patterns);
        break;
    case MatchClass_kind:
        FOLD(expr, p->v.MatchClass.cls);
        FOLD_SEQ(pattern, p->v.MatchClass.patterns);
        FOLD_SEQ(pattern, p->v.MatchClass.kwd_patterns);
        break;
    case MatchAs_kind:
        FOLD(pattern, p->v.MatchAs.pattern);
        break;
    case MatchOr_kind:
        FOLD_SEQ(pattern, p->v.MatchOr.patterns);
        break;
    default:
        break;
    }
    return 1;
}

static int
fold_stmt(stmt_ty s, opt_state *st)
{
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
        if (!fold_arguments(s->v.FunctionDef.args, st))
            return 0;
        FOLD_SEQ(stmt, s->v.FunctionDef.body);
        FOLD_SEQ(expr, s->v.FunctionDef.decorator_list);
        FOLD(expr, s->v.FunctionDef.returns);
        break;
    case ClassDef_kind:
        FOLD_SEQ(expr, s->v.ClassDef.bases);
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.ClassDef.keywords); i++)
            FOLD(expr, ((keyword_ty)asdl_seq_GET(s->v.ClassDef.keywords, i))->value);
        FOLD_SEQ(stmt, s->v.ClassDef.body);
        FOLD_SEQ(expr, s->v.ClassDef.decorator_list);
        break;
    case Return_kind:
        FOLD(expr, s->v.Return.value);
        break;
    case Delete_kind:
        FOLD_SEQ(expr, s->v.Delete.targets);
        break;
    case Assign_kind:
        FOLD_SEQ(expr, s->v.Assign.targets);
        FOLD(expr, s->v.Assign.value);
        break;
    case AugAssign_kind:
        FOLD(expr, s->v.AugAssign.target);
        FOLD(expr, s->v.AugAssign.value);
        break;
    case AnnAssign_kind:
        FOLD(expr, s->v.AnnAssign.target);
        FOLD(expr, s->v.AnnAssign.annotation);
        FOLD(expr, s->v.AnnAssign.value);
        break;
    case For_kind:
    case AsyncFor_kind:
        FOLD(expr, s->v.For.target);
        FOLD(expr, s->v.For.iter);
        FOLD_SEQ(stmt, s->v.For.body);
        FOLD_SEQ(stmt, s->v.For.orelse);
        /* only a plain `for` may iterate a tuple instead of the list */
        if (s->kind == For_kind && !fold_iter(s->v.For.iter, st))
            return 0;
        break;
    case While_kind:
    case If_kind:
        FOLD(expr, s->v.While.test);
        FOLD_SEQ(stmt, s->v.While.body);
        FOLD_SEQ(stmt, s->v.While.orelse);
        break;
    case With_kind:
    case AsyncWith_kind:
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.With.items); i++) {
            withitem_ty w = asdl_seq_GET(s->v.With.items, i);
            FOLD(expr, w->context_expr);
            FOLD(expr, w->optional_vars);
        }
        FOLD_SEQ(stmt, s->v.With.body);
        break;
    case Match_kind:
        FOLD(expr, s->v.Match.subject);
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Match.cases); i++) {
            match_case_ty m = asdl_seq_GET(s->v.Match.cases, i);
            FOLD(pattern, m->pattern);
            FOLD(expr, m->guard);
            FOLD_SEQ(stmt, m->body);
        }
        break;
    case Raise_kind:
        FOLD(expr, s->v.Raise.exc);
        FOLD(expr, s->v.Raise.cause);
        break;
    case Try_kind:
    case TryStar_kind:
        FOLD_SEQ(stmt, s->v.Try.body);
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Try.handlers); i++) {
            excepthandler_ty h = asdl_seq_GET(s->v.Try.handlers, i);
            FOLD(expr, h->v.ExceptHandler.type);
            FOLD_SEQ(stmt, h->v.ExceptHandler.body);
        }
        FOLD_SEQ(stmt, s->v.Try.orelse);
        FOLD_SEQ(stmt, s->v.Try.finalbody);
        break;
    case Assert_kind:
        FOLD(expr, s->v.Assert.test);
        FOLD(expr, s->v.Assert.msg);
        break;
    case Expr_kind:
        FOLD(expr, s->v.Expr.value);
        break;
    default:
        break;
    }
    return 1;
}

int
_PyAST_Optimize(mod_ty mod, PyArena *arena, int optimize)
{
    opt_state st = { .arena = arena, .optimize = optimize, .depth = 0 };
    opt_state *stp = &st;
    switch (mod->kind) {
    case Module_kind:
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(mod->v.Module.body); i++)
            if (!fold_stmt(asdl_seq_GET(mod->v.Module.body, i), stp))
                return 0;
        return 1;
    case Interactive_kind:
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(mod->v.Interactive.body); i++)
            if (!fold_stmt(asdl_seq_GET(mod->v.Interactive.body, i), stp))
                return 0;
        return 1;
    case Expression_kind:
        return fold_expr(mod->v.Expression.body, stp);
    default:
        return 1;
    }
}

/* ================================================================ unparse */

/* Precedences as in Lib/ast.py's _Precedence. */
enum { PR_NAMED_EXPR = 1, PR_TUPLE, PR_YIELD, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP,
       PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR,
       PR_POWER, PR_AWAIT, PR_ATOM };

typedef struct { PyObject *parts; } ubuf;

static int
u_str(ubuf *b, const char *s)
{
    PyObject *o = PyUnicode_FromString(s);
    if (o == NULL)
        return 0;
    int r = PyList_Append(b->parts, o);
    Py_DECREF(o);
    return r == 0;
}

static int
u_obj(ubuf *b, PyObject *o)
{
    return PyList_Append(b->parts, o) == 0;
}

static int u_expr(ubuf *b, expr_ty e, int level);

static PyObject *u_join(ubuf *b);

/* The pieces of an f-string: literal text with its braces doubled, and
 * fields.  An f-string is written as f + the repr of its body; a format
 * spec (nested JoinedStr) as its bare body. */
static int u_fstring_element(ubuf *b, expr_ty e, int in_spec);

static int
u_joinedstr(ubuf *b, expr_ty e, int in_spec)
{
    ubuf body = { PyList_New(0) };
    if (body.parts == NULL)
        return 0;
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.JoinedStr.values); i++)
        if (!u_fstring_element(&body, asdl_seq_GET(e->v.JoinedStr.values, i), in_spec)) {
            Py_DECREF(body.parts);
            return 0;
        }
    PyObject *text = u_join(&body);
    Py_DECREF(body.parts);
    if (text == NULL)
        return 0;
    int ok;
    if (in_spec)
        ok = u_obj(b, text);
    else {
        PyObject *r = PyObject_Repr(text);
        ok = r != NULL && u_str(b, "f") && u_obj(b, r);
        Py_XDECREF(r);
    }
    Py_DECREF(text);
    return ok;
}

static int
u_formatted(ubuf *b, expr_ty e)
{
    ubuf val = { PyList_New(0) };
    if (val.parts == NULL)
        return 0;
    /* above PR_TEST: a lambda or conditional gets parentheses, so its ':'
     * cannot end the field */
    PyObject *text = u_expr(&val, e->v.FormattedValue.value, PR_TEST + 1) ? u_join(&val) : NULL;
    Py_DECREF(val.parts);
    if (text == NULL)
        return 0;
    /* a value that starts with '{' is kept apart from the field's brace */
    int ok = u_str(b, PyUnicode_GET_LENGTH(text) && PyUnicode_READ_CHAR(text, 0) == '{' ? "{ " : "{")
             && u_obj(b, text);
    Py_DECREF(text);
    if (!ok)
        return 0;
    int conv = e->v.FormattedValue.conversion;
    if (conv == 'a' || conv == 'r' || conv == 's') {
        char cs[3] = {'!', (char)conv, 0};
        if (!u_str(b, cs))
            return 0;
    }
    if (e->v.FormattedValue.format_spec &&
        (!u_str(b, ":") || !u_fstring_element(b, e->v.FormattedValue.format_spec, 1)))
        return 0;
    return u_str(b, "}");
}

static int
u_fstring_element(ubuf *b, expr_ty e, int in_spec)
{
    switch (e->kind) {
    case Constant_kind: {
        PyObject *v = e->v.Constant.value;
        if (!PyUnicode_Check(v))
            break;
        static const char *const br[2][2] = {{"{", "{{"}, {"}", "}}"}};
        PyObject *t = Py_NewRef(v);
        for (int k = 0; k < 2 && t != NULL; k++) {
            PyObject *one = PyUnicode_FromString(br[k][0]), *two = PyUnicode_FromString(br[k][1]);
            PyObject *r = one && two ? PyUnicode_Replace(t, one, two, -1) : NULL;
            Py_XDECREF(one);
            Py_XDECREF(two);
            Py_SETREF(t, r);
        }
        int ok = t != NULL && u_obj(b, t);
        Py_XDECREF(t);
        return ok;
    }
    case JoinedStr_kind:
        return u_joinedstr(b, e, in_spec);
    case FormattedValue_kind:
        return u_formatted(b, e);
    default:
        break;
    }
    PyErr_SetString(PyExc_SystemError, "unknown expression kind inside f-string");
    return 0;
}

static int
u_seq(ubuf *b, asdl_expr_seq *seq, const char *sep)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(seq); i++) {
        if (i && !u_str(b, sep))
            return 0;
        if (!u_expr(b, asdl_seq_GET(seq, i), PR_TEST))
            return 0;
    }
    return 1;
}

static int
u_const(ubuf *b, PyObject *v)
{
    if (v == Py_Ellipsis)
        return u_str(b, "...");
    PyObject *r = PyObject_Repr(v);
    if (r == NULL)
        return 0;
    int ok = u_obj(b, r);
    Py_DECREF(r);
    return ok;
}

static int
u_slice_elt(ubuf *b, expr_ty e)
{
    if (e->kind == Slice_kind) {
        if (e->v.Slice.lower && !u_expr(b, e->v.Slice.lower, PR_TEST))
            return 0;
        if (!u_str(b, ":"))
            return 0;
        if (e->v.Slice.upper && !u_expr(b, e->v.Slice.upper, PR_TEST))
            return 0;
        if (e->v.Slice.step && (!u_str(b, ":") || !u_expr(b, e->v.Slice.step, PR_TEST)))
            return 0;
        return 1;
    }
    return u_expr(b, e, PR_TEST);
}

static int
u_comprehensions(ubuf *b, asdl_comprehension_seq *gens)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(gens); i++) {
        comprehension_ty g = asdl_seq_GET(gens, i);
        if (!u_str(b, g->is_async ? " async for " : " for ") ||
            !u_expr(b, g->target, PR_TUPLE) || !u_str(b, " in ") ||
            !u_expr(b, g->iter, PR_TEST + 1))
            return 0;
        for (Py_ssize_t j = 0; j < asdl_seq_LEN(g->ifs); j++)
            if (!u_str(b, " if ") || !u_expr(b, asdl_seq_GET(g->ifs, j), PR_TEST + 1))
                return 0;
    }
    return 1;
}

static int
u_expr(ubuf *b, expr_ty e, int level)
{
    static const char *binops[] = {"", " + ", " - ", " * ", " @ ", " / ", " % ", " ** ",
                                   " << ", " >> ", " | ", " ^ ", " & ", " // "};
    static const int binprec[] = {0, PR_ARITH, PR_ARITH, PR_TERM, PR_TERM, PR_TERM, PR_TERM,
                                  PR_POWER, PR_SHIFT, PR_SHIFT, PR_BOR, PR_BXOR, PR_BAND, PR_TERM};
    static const char *cmpops[] = {"", " == ", " != ", " < ", " <= ", " > ", " >= ", " is ",
                                   " is not ", " in ", " not in "};
    switch (e->kind) {
    case Constant_kind:
        return u_const(b, e->v.Constant.value);
    case Name_kind:
        return u_obj(b, e->v.Name.id);
    case Attribute_kind: {
        if (!u_expr(b, e->v.Attribute.value, PR_ATOM))
            return 0;
        expr_ty v = e->v.Attribute.value;
        if (v->kind == Constant_kind && PyLong_CheckExact(v->v.Constant.value) && !u_str(b, " "))
            return 0;
        return u_str(b, ".") && u_obj(b, e->v.Attribute.attr);
    }
    case Subscript_kind: {
        if (!u_expr(b, e->v.Subscript.value, PR_ATOM) || !u_str(b, "["))
            return 0;
        expr_ty s = e->v.Subscript.slice;
        if (s->kind == Tuple_kind && asdl_seq_LEN(s->v.Tuple.elts) > 0) {
            asdl_expr_seq *elts = s->v.Tuple.elts;
            for (Py_ssize_t i = 0; i < asdl_seq_LEN(elts); i++) {
                if (i && !u_str(b, ", "))
                    return 0;
                if (!u_slice_elt(b, asdl_seq_GET(elts, i)))
                    return 0;
            }
            if (asdl_seq_LEN(elts) == 1 && !u_str(b, ","))
                return 0;
        }
        else if (!u_slice_elt(b, s))
            return 0;
        return u_str(b, "]");
    }
    case Starred_kind:
        return u_str(b, "*") && u_expr(b, e->v.Starred.value, PR_EXPR);
    case Tuple_kind: {
        Py_ssize_t n = asdl_seq_LEN(e->v.Tuple.elts);
        int paren = level > PR_TUPLE || n == 0;
        if (paren && !u_str(b, "("))
            return 0;
        if (!u_seq(b, e->v.Tuple.elts, ", "))
            return 0;
        if (n == 1 && !u_str(b, ","))
            return 0;
        return !paren || u_str(b, ")");
    }
    case List_kind:
        return u_str(b, "[") && u_seq(b, e->v.List.elts, ", ") && u_str(b, "]");
    case Set_kind:
        if (asdl_seq_LEN(e->v.Set.elts) == 0)
            return u_str(b, "{*()}");
        return u_str(b, "{") && u_seq(b, e->v.Set.elts, ", ") && u_str(b, "}");
    case Dict_kind:
        if (!u_str(b, "{"))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Dict.values); i++) {
            if (i && !u_str(b, ", "))
                return 0;
            expr_ty k = asdl_seq_GET(e->v.Dict.keys, i);
            if (k == NULL) {
                if (!u_str(b, "**") || !u_expr(b, asdl_seq_GET(e->v.Dict.values, i), PR_EXPR))
                    return 0;
            }
            else if (!u_expr(b, k, PR_TEST) || !u_str(b, ": ") ||
                     !u_expr(b, asdl_seq_GET(e->v.Dict.values, i), PR_TEST))
                return 0;
        }
        return u_str(b, "}");
    case BinOp_kind: {
        int pr = binprec[e->v.BinOp.op];
        int paren = level > pr;
        int right_assoc = e->v.BinOp.op == Pow;
        if (paren && !u_str(b, "("))
            return 0;
        if (!u_expr(b, e->v.BinOp.left, right_assoc ? pr + 1 : pr) ||
            !u_str(b, binops[e->v.BinOp.op]) ||
            !u_expr(b, e->v.BinOp.right, right_assoc ? pr : pr + 1))
            return 0;
        return !paren || u_str(b, ")");
    }
    case UnaryOp_kind: {
        static const char *uops[] = {"", "~", "not ", "+", "-"};
        int pr = e->v.UnaryOp.op == Not ? PR_NOT : PR_FACTOR;
        int paren = level > pr;
        if (paren && !u_str(b, "("))
            return 0;
        if (!u_str(b, uops[e->v.UnaryOp.op]) || !u_expr(b, e->v.UnaryOp.operand, pr))
            return 0;
        return !paren || u_str(b, ")");
    }
    case BoolOp_kind: {
        int pr = e->v.BoolOp.op == And ? PR_AND : PR_OR;
        int paren = level > pr;
        if (paren && !u_str(b, "("))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.BoolOp.values); i++) {
            if (i && !u_str(b, e->v.BoolOp.op == And ? " and " : " or "))
                return 0;
            if (!u_expr(b, asdl_seq_GET(e->v.BoolOp.values, i), pr + 1))
                return 0;
        }
        return !paren || u_str(b, ")");
    }
    case Compare_kind: {
        int paren = level > PR_CMP;
        if (paren && !u_str(b, "("))
            return 0;
        if (!u_expr(b, e->v.Compare.left, PR_CMP + 1))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Compare.comparators); i++) {
            if (!u_str(b, cmpops[e->v.Compare.ops->elements[i]]) ||
                !u_expr(b, asdl_seq_GET(e->v.Compare.comparators, i), PR_CMP + 1))
                return 0;
        }
        return !paren || u_str(b, ")");
    }
    case Call_kind: {
        if (!u_expr(b, e->v.Call.func, PR_ATOM) || !u_str(b, "("))
            return 0;
        int first = 1;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Call.args); i++) {
            if (!first && !u_str(b, ", "))
                return 0;
            first = 0;
            if (!u_expr(b, asdl_seq_GET(e->v.Call.args, i), PR_TEST))
                return 0;
        }
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Call.keywords); i++) {
            keyword_ty k = asdl_seq_GET(e->v.Call.keywords, i);
            if (!first && !u_str(b, ", "))
                return 0;
            first = 0;
            if (k->arg == NULL) {
                if (!u_str(b, "**"))
                    return 0;
            }
            else if (!u_obj(b, k->arg) || !u_str(b, "="))
                return 0;
            if (!u_expr(b, k->value, PR_TEST))
                return 0;
        }
        return u_str(b, ")");
    }
    case IfExp_kind: {
        int paren = level > PR_TEST;
        if (paren && !u_str(b, "("))
            return 0;
        if (!u_expr(b, e->v.IfExp.body, PR_TEST + 1) || !u_str(b, " if ") ||
            !u_expr(b, e->v.IfExp.test, PR_TEST + 1) || !u_str(b, " else ") ||
            !u_expr(b, e->v.IfExp.orelse, PR_TEST))
            return 0;
        return !paren || u_str(b, ")");
    }
    case Slice_kind:
        return u_slice_elt(b, e);
    case Lambda_kind: {
        int paren = level > PR_TEST;
        if (paren && !u_str(b, "("))
            return 0;
        arguments_ty a = e->v.Lambda.args;
        int nargs = (int)(asdl_seq_LEN(a->posonlyargs) + asdl_seq_LEN(a->args));
        if (!u_str(b, nargs || a->vararg || a->kwarg || asdl_seq_LEN(a->kwonlyargs) ? "lambda " : "lambda"))
            return 0;
        int first = 1;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(a->posonlyargs) + asdl_seq_LEN(a->args); i++) {
            arg_ty ar = i < asdl_seq_LEN(a->posonlyargs) ? asdl_seq_GET(a->posonlyargs, i)
                : asdl_seq_GET(a->args, i - asdl_seq_LEN(a->posonlyargs));
            if (!first && !u_str(b, ", "))
                return 0;
            first = 0;
            if (!u_obj(b, ar->arg))
                return 0;
            if (i + 1 == asdl_seq_LEN(a->posonlyargs) && !u_str(b, ", /"))
                return 0;
        }
        if (a->vararg) {
            if ((!first && !u_str(b, ", ")) || !u_str(b, "*") || !u_obj(b, a->vararg->arg))
                return 0;
            first = 0;
        }
        if (a->kwarg) {
            if ((!first && !u_str(b, ", ")) || !u_str(b, "**") || !u_obj(b, a->kwarg->arg))
                return 0;
        }
        if (!u_str(b, ": ") || !u_expr(b, e->v.Lambda.body, PR_TEST))
            return 0;
        return !paren || u_str(b, ")");
    }
    case ListComp_kind:
        return u_str(b, "[") && u_expr(b, e->v.ListComp.elt, PR_TEST) &&
               u_comprehensions(b, e->v.ListComp.generators) && u_str(b, "]");
    case SetComp_kind:
        return u_str(b, "{") && u_expr(b, e->v.SetComp.elt, PR_TEST) &&
               u_comprehensions(b, e->v.SetComp.generators) && u_str(b, "}");
    case GeneratorExp_kind:
        return u_str(b, "(") && u_expr(b, e->v.GeneratorExp.elt, PR_TEST) &&
               u_comprehensions(b, e->v.GeneratorExp.generators) && u_str(b, ")");
    case DictComp_kind:
        return u_str(b, "{") && u_expr(b, e->v.DictComp.key, PR_TEST) && u_str(b, ": ") &&
               u_expr(b, e->v.DictComp.value, PR_TEST) &&
               u_comprehensions(b, e->v.DictComp.generators) && u_str(b, "}");
    case Await_kind: {
        int paren = level > PR_AWAIT;
        return (!paren || u_str(b, "(")) && u_str(b, "await ") &&
               u_expr(b, e->v.Await.value, PR_ATOM) && (!paren || u_str(b, ")"));
    }
    case Yield_kind:
        return u_str(b, "(yield") &&
               (!e->v.Yield.value || (u_str(b, " ") && u_expr(b, e->v.Yield.value, PR_TEST))) &&
               u_str(b, ")");
    case YieldFrom_kind:
        return u_str(b, "(yield from ") && u_expr(b, e->v.YieldFrom.value, PR_TEST) && u_str(b, ")");
    case NamedExpr_kind:
        return u_str(b, "(") && u_expr(b, e->v.NamedExpr.target, PR_ATOM) && u_str(b, " := ") &&
               u_expr(b, e->v.NamedExpr.value, PR_ATOM) && u_str(b, ")");
    case JoinedStr_kind:
        return u_joinedstr(b, e, 0);
    case FormattedValue_kind:
        return u_formatted(b, e);
    }
    return 1;
}

static PyObject *
u_join(ubuf *b)
{
    PyObject *empty = PyUnicode_FromString("");
    if (empty == NULL)
        return NULL;
    PyObject *r = PyUnicode_Join(empty, b->parts);
    Py_DECREF(empty);
    return r;
}

PyObject *_KrAST_Unparse(expr_ty e);

PyObject *
_KrAST_Unparse(expr_ty e)
{
    ubuf b = { PyList_New(0) };
    if (b.parts == NULL)
        return NULL;
    PyObject *r = u_expr(&b, e, PR_TEST) ? u_join(&b) : NULL;
    Py_DECREF(b.parts);
    return r;
}
