/* The symbol table: two passes over the AST before code generation.
 *
 * Pass 1 (the visitors) walks the tree once, opening an entry for every
 * block (module, class, function, lambda, comprehension) and recording in
 * it how each name is used: DEF_LOCAL for a binding, USE for a load,
 * DEF_PARAM, DEF_GLOBAL / DEF_NONLOCAL for declarations, and so on.  The
 * declaration errors that depend only on order ("used prior to global
 * declaration") are raised here, at the statement that declares.
 *
 * Pass 2 (analyze_block) resolves every name to one scope, top-down with
 * the set of names bound by enclosing *function* scopes and the set of
 * explicit globals, bottom-up with the set of names children need from
 * outside.  Class bodies do not bind names for their children (that is
 * Python's rule), but a class whose methods use `super` or `__class__`
 * gets the implicit __class__ cell.  A name a child needs that this
 * function binds becomes a cell here; a name a child needs that an outer
 * function binds passes through as a free variable.
 *
 * Comprehensions are real nested functions (3.11): their first iterable
 * is visited in the enclosing block, the rest in a new FunctionBlock whose
 * single parameter is ".0".  A walrus inside binds in the nearest
 * enclosing non-comprehension block. */
#include "Python.h"
#include "kr_compile.h"
#include "kr_symtable.h"

#define ST_ERR(st, msg, node) st_error(st, msg, (node)->lineno, (node)->col_offset, \
                                       (node)->end_lineno, (node)->end_col_offset)

static int
st_error(struct symtable *st, PyObject *msgobj, int l, int c, int el, int ec)
{
    if (msgobj == NULL)
        return 0;
    _PyErr_RaiseSyntaxError(PyExc_SyntaxError, PyUnicode_AsUTF8(msgobj), st->st_filename,
                            l, c, el, ec);
    Py_DECREF(msgobj);
    return 0;
}

/* ------------------------------------------------------------------ mangle */

PyObject *
_Py_Mangle(PyObject *privateobj, PyObject *ident)
{
    if (privateobj == NULL || !PyUnicode_Check(privateobj) || !PyUnicode_Check(ident))
        return Py_NewRef(ident);
    Py_ssize_t n = PyUnicode_GET_LENGTH(ident);
    if (n < 2 || PyUnicode_READ_CHAR(ident, 0) != '_' || PyUnicode_READ_CHAR(ident, 1) != '_')
        return Py_NewRef(ident);
    if ((n >= 4 && PyUnicode_READ_CHAR(ident, n - 1) == '_' &&
         PyUnicode_READ_CHAR(ident, n - 2) == '_'))
        return Py_NewRef(ident);
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyUnicode_READ_CHAR(ident, i) == '.')
            return Py_NewRef(ident);
    Py_ssize_t plen = PyUnicode_GET_LENGTH(privateobj), i = 0;
    while (i < plen && PyUnicode_READ_CHAR(privateobj, i) == '_')
        i++;
    if (i == plen)
        return Py_NewRef(ident);
    PyObject *stripped = PyUnicode_Substring(privateobj, i, plen);
    if (stripped == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("_%U%U", stripped, ident);
    Py_DECREF(stripped);
    return r;
}

/* ----------------------------------------------------------------- entries */

static PySTEntryObject *
ste_new(struct symtable *st, PyObject *name, _Py_block_ty type, void *key,
        int lineno, int col, int end_lineno, int end_col)
{
    PySTEntryObject *e = PyMem_Calloc(1, sizeof *e);
    if (e == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    e->ste_table = st;
    e->ste_id = PyLong_FromVoidPtr(key);
    e->ste_name = Py_NewRef(name);
    e->ste_symbols = PyDict_New();
    e->ste_varnames = PyList_New(0);
    e->ste_type = type;
    e->ste_lineno = lineno;
    e->ste_col_offset = col;
    e->ste_end_lineno = end_lineno;
    e->ste_end_col_offset = end_col;
    if (st->st_cur != NULL &&
        (st->st_cur->ste_nested || st->st_cur->ste_type == FunctionBlock))
        e->ste_nested = 1;
    if (st->st_nall == st->st_allcap) {
        Py_ssize_t cap = st->st_allcap ? st->st_allcap * 2 : 16;
        PySTEntryObject **a = PyMem_Realloc(st->st_all, (size_t)cap * sizeof *a);
        if (a == NULL) {
            PyErr_NoMemory();
            goto fail;
        }
        st->st_all = a;
        st->st_allcap = cap;
    }
    st->st_all[st->st_nall++] = e;
    if (e->ste_id == NULL || e->ste_symbols == NULL || e->ste_varnames == NULL)
        return NULL;
    PyObject *idx = PyLong_FromSsize_t(st->st_nall - 1);
    if (idx == NULL || PyDict_SetItem(st->st_blocks, e->ste_id, idx) < 0) {
        Py_XDECREF(idx);
        return NULL;
    }
    Py_DECREF(idx);
    return e;
fail:
    Py_XDECREF(e->ste_id); Py_XDECREF(e->ste_name);
    Py_XDECREF(e->ste_symbols); Py_XDECREF(e->ste_varnames);
    PyMem_Free(e);
    return NULL;
}

static void
ste_free(PySTEntryObject *e)
{
    Py_XDECREF(e->ste_id);
    Py_XDECREF(e->ste_name);
    Py_XDECREF(e->ste_symbols);
    Py_XDECREF(e->ste_varnames);
    Py_XDECREF(e->ste_directives);
    PyMem_Free(e->ste_kids);
    PyMem_Free(e);
}

void
_PySymtable_Free(struct symtable *st)
{
    if (st == NULL)
        return;
    for (Py_ssize_t i = 0; i < st->st_nall; i++)
        ste_free(st->st_all[i]);
    PyMem_Free(st->st_all);
    Py_XDECREF(st->st_blocks);
    Py_XDECREF(st->st_filename);
    PyMem_Free(st);
}

PySTEntryObject *
_PySymtable_Lookup(struct symtable *st, void *key)
{
    PyObject *k = PyLong_FromVoidPtr(key);
    if (k == NULL)
        return NULL;
    PyObject *v = PyDict_GetItemWithError(st->st_blocks, k);
    Py_DECREF(k);
    if (v == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_KeyError, "unknown symbol table entry");
        return NULL;
    }
    return st->st_all[PyLong_AsSsize_t(v)];
}

int
_PyST_GetSymbol(PySTEntryObject *e, PyObject *name)
{
    PyObject *v = PyDict_GetItemWithError(e->ste_symbols, name);
    if (v == NULL)
        return 0;
    return (int)PyLong_AsLong(v);
}

int
_PyST_GetScope(PySTEntryObject *e, PyObject *name)
{
    return (_PyST_GetSymbol(e, name) >> SCOPE_OFFSET) & 15;
}

static int
enter_block(struct symtable *st, PyObject *name, _Py_block_ty type, void *key,
            int l, int c, int el, int ec)
{
    PySTEntryObject *prev = st->st_cur;
    PySTEntryObject *e = ste_new(st, name, type, key, l, c, el, ec);
    if (e == NULL)
        return 0;
    e->ste_parent = prev;
    if (prev != NULL) {
        if (prev->ste_nkids == prev->ste_kidcap) {
            Py_ssize_t cap = prev->ste_kidcap ? prev->ste_kidcap * 2 : 4;
            PySTEntryObject **k = PyMem_Realloc(prev->ste_kids, (size_t)cap * sizeof *k);
            if (k == NULL) {
                PyErr_NoMemory();
                return 0;
            }
            prev->ste_kids = k;
            prev->ste_kidcap = cap;
        }
        prev->ste_kids[prev->ste_nkids++] = e;
    }
    else
        st->st_top = e;
    st->st_cur = e;
    return 1;
}

static void
exit_block(struct symtable *st)
{
    st->st_cur = st->st_cur->ste_parent;
}

static int
add_def_in(struct symtable *st, PySTEntryObject *e, PyObject *name, int flag,
           int l, int c, int el, int ec)
{
    PyObject *mangled = _Py_Mangle(st->st_private, name);
    if (mangled == NULL)
        return 0;
    int val = 0;
    PyObject *o = PyDict_GetItemWithError(e->ste_symbols, mangled);
    if (o != NULL) {
        val = (int)PyLong_AsLong(o);
        if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
            Py_DECREF(mangled);
            return st_error(st, PyUnicode_FromFormat("duplicate argument '%U' in function definition", name),
                            l, c, el, ec);
        }
        val |= flag;
    }
    else if (PyErr_Occurred())
        goto fail;
    else
        val = flag;
    if (e->ste_comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
            Py_DECREF(mangled);
            return st_error(st, PyUnicode_FromFormat(
                "comprehension inner loop cannot rebind assignment expression target '%U'", name),
                l, c, el, ec);
        }
        val |= DEF_COMP_ITER;
    }
    PyObject *v = PyLong_FromLong(val);
    if (v == NULL || PyDict_SetItem(e->ste_symbols, mangled, v) < 0) {
        Py_XDECREF(v);
        goto fail;
    }
    Py_DECREF(v);
    if ((flag & DEF_PARAM) && PyList_Append(e->ste_varnames, mangled) < 0)
        goto fail;
    if ((flag & DEF_GLOBAL) && st->st_top != NULL && e != st->st_top) {
        /* a global declaration anywhere makes the module's own uses of the
         * name global too (LOAD_GLOBAL/STORE_GLOBAL at module level) */
        PyObject *g = PyDict_GetItemWithError(st->st_top->ste_symbols, mangled);
        long gv = g ? PyLong_AsLong(g) : 0;
        if (g == NULL && PyErr_Occurred())
            goto fail;
        PyObject *nv = PyLong_FromLong(gv | DEF_GLOBAL);
        if (nv == NULL || PyDict_SetItem(st->st_top->ste_symbols, mangled, nv) < 0) {
            Py_XDECREF(nv);
            goto fail;
        }
        Py_DECREF(nv);
    }
    Py_DECREF(mangled);
    return 1;
fail:
    Py_DECREF(mangled);
    return 0;
}

#define ADD_DEF(st, name, flag, n) add_def_in(st, (st)->st_cur, name, flag, \
    (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset)

static int
lookup_flags(struct symtable *st, PyObject *name)
{
    PyObject *mangled = _Py_Mangle(st->st_private, name);
    if (mangled == NULL)
        return -1;
    int r = _PyST_GetSymbol(st->st_cur, mangled);
    Py_DECREF(mangled);
    return r;
}

/* ----------------------------------------------------------------- visitors */

static int visit_stmt(struct symtable *, stmt_ty);
static int visit_expr(struct symtable *, expr_ty);
static int visit_pattern(struct symtable *, pattern_ty);

static int
visit_stmts(struct symtable *st, asdl_stmt_seq *seq)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(seq); i++)
        if (!visit_stmt(st, asdl_seq_GET(seq, i)))
            return 0;
    return 1;
}

static int
visit_exprs(struct symtable *st, asdl_expr_seq *seq)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(seq); i++) {
        expr_ty e = asdl_seq_GET(seq, i);
        if (e && !visit_expr(st, e))
            return 0;
    }
    return 1;
}

static int
visit_annotation(struct symtable *st, expr_ty ann)
{
    if (ann == NULL || (st->st_future & CO_FUTURE_ANNOTATIONS))
        return 1;
    return visit_expr(st, ann);
}

static int
visit_arg_annotations(struct symtable *st, asdl_arg_seq *args)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); i++) {
        arg_ty a = asdl_seq_GET(args, i);
        if (!visit_annotation(st, a->annotation))
            return 0;
    }
    return 1;
}

static int
visit_params(struct symtable *st, asdl_arg_seq *args)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); i++) {
        arg_ty a = asdl_seq_GET(args, i);
        if (!ADD_DEF(st, a->arg, DEF_PARAM, a))
            return 0;
    }
    return 1;
}

static int
visit_arguments(struct symtable *st, arguments_ty a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return 0;
    if (a->vararg) {
        if (!ADD_DEF(st, a->vararg->arg, DEF_PARAM, a->vararg))
            return 0;
        st->st_cur->ste_varargs = 1;
    }
    if (a->kwarg) {
        if (!ADD_DEF(st, a->kwarg->arg, DEF_PARAM, a->kwarg))
            return 0;
        st->st_cur->ste_varkeywords = 1;
    }
    return 1;
}

static int
visit_annotations(struct symtable *st, arguments_ty a, expr_ty returns)
{
    if (!visit_arg_annotations(st, a->posonlyargs) || !visit_arg_annotations(st, a->args))
        return 0;
    if (a->vararg && !visit_annotation(st, a->vararg->annotation))
        return 0;
    if (!visit_arg_annotations(st, a->kwonlyargs))
        return 0;
    if (a->kwarg && !visit_annotation(st, a->kwarg->annotation))
        return 0;
    return visit_annotation(st, returns);
}

static int
visit_function(struct symtable *st, stmt_ty s, identifier name, arguments_ty args,
               asdl_stmt_seq *body, asdl_expr_seq *decos, expr_ty returns, int is_async)
{
    if (!ADD_DEF(st, name, DEF_LOCAL, s))
        return 0;
    if (!visit_exprs(st, args->defaults) || !visit_exprs(st, args->kw_defaults))
        return 0;
    if (!visit_annotations(st, args, returns) || !visit_exprs(st, decos))
        return 0;
    if (!enter_block(st, name, FunctionBlock, s, s->lineno, s->col_offset,
                     s->end_lineno, s->end_col_offset))
        return 0;
    if (is_async)
        st->st_cur->ste_coroutine = 1;
    if (!visit_arguments(st, args) || !visit_stmts(st, body))
        return 0;
    exit_block(st);
    return 1;
}

/* Names declared `global`/`nonlocal` after a use: CPython's messages. */
static int
check_declaration(struct symtable *st, stmt_ty s, PyObject *name, int is_global)
{
    int cur = lookup_flags(st, name);
    if (cur < 0)
        return 0;
    const char *what = is_global ? "global" : "nonlocal";
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        PyObject *msg;
        if (cur & DEF_PARAM)
            msg = PyUnicode_FromFormat("name '%U' is parameter and %s", name, what);
        else if (cur & USE)
            msg = PyUnicode_FromFormat("name '%U' is used prior to %s declaration", name, what);
        else if (cur & DEF_ANNOT)
            msg = PyUnicode_FromFormat("annotated name '%U' can't be %s", name, what);
        else
            msg = PyUnicode_FromFormat("name '%U' is assigned to before %s declaration", name, what);
        return ST_ERR(st, msg, s);
    }
    return 1;
}

/* Remember where a name was first declared global/nonlocal: errors found
 * later, during analysis, point there. */
static int
record_directive(struct symtable *st, PyObject *name, stmt_ty s)
{
    PySTEntryObject *e = st->st_cur;
    if (e->ste_directives == NULL && (e->ste_directives = PyDict_New()) == NULL)
        return 0;
    PyObject *mangled = _Py_Mangle(st->st_private, name);
    if (mangled == NULL)
        return 0;
    int r = PyDict_Contains(e->ste_directives, mangled);
    if (r == 0) {
        PyObject *loc = Py_BuildValue("(iiii)", s->lineno, s->col_offset, s->end_lineno,
                                      s->end_col_offset);
        r = loc == NULL ? -1 : PyDict_SetItem(e->ste_directives, mangled, loc);
        Py_XDECREF(loc);
    }
    Py_DECREF(mangled);
    return r >= 0;
}

static int
error_at_directive(PySTEntryObject *e, PyObject *name, PyObject *msg)
{
    int l = e->ste_lineno, c = e->ste_col_offset, el = e->ste_end_lineno, ec = e->ste_end_col_offset;
    PyObject *loc = e->ste_directives ? PyDict_GetItemWithError(e->ste_directives, name) : NULL;
    if (loc != NULL && PyTuple_Check(loc) && PyTuple_GET_SIZE(loc) == 4) {
        l = (int)PyLong_AsLong(PyTuple_GET_ITEM(loc, 0));
        c = (int)PyLong_AsLong(PyTuple_GET_ITEM(loc, 1));
        el = (int)PyLong_AsLong(PyTuple_GET_ITEM(loc, 2));
        ec = (int)PyLong_AsLong(PyTuple_GET_ITEM(loc, 3));
    }
    PyErr_Clear();
    return st_error(e->ste_table, msg, l, c, el, ec);
}

static int
visit_stmt(struct symtable *st, stmt_ty s)
{
    switch (s->kind) {
    case FunctionDef_kind:
        return visit_function(st, s, s->v.FunctionDef.name, s->v.FunctionDef.args,
                              s->v.FunctionDef.body, s->v.FunctionDef.decorator_list,
                              s->v.FunctionDef.returns, 0);
    case AsyncFunctionDef_kind:
        return visit_function(st, s, s->v.AsyncFunctionDef.name, s->v.AsyncFunctionDef.args,
                              s->v.AsyncFunctionDef.body, s->v.AsyncFunctionDef.decorator_list,
                              s->v.AsyncFunctionDef.returns, 1);
    case ClassDef_kind: {
        if (!ADD_DEF(st, s->v.ClassDef.name, DEF_LOCAL, s))
            return 0;
        if (!visit_exprs(st, s->v.ClassDef.bases))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.ClassDef.keywords); i++) {
            keyword_ty k = asdl_seq_GET(s->v.ClassDef.keywords, i);
            if (!visit_expr(st, k->value))
                return 0;
        }
        if (!visit_exprs(st, s->v.ClassDef.decorator_list))
            return 0;
        if (!enter_block(st, s->v.ClassDef.name, ClassBlock, s, s->lineno, s->col_offset,
                         s->end_lineno, s->end_col_offset))
            return 0;
        PyObject *saved = st->st_private;
        st->st_private = s->v.ClassDef.name;
        int ok = visit_stmts(st, s->v.ClassDef.body);
        st->st_private = saved;
        if (!ok)
            return 0;
        exit_block(st);
        return 1;
    }
    case Return_kind:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value))
                return 0;
            st->st_cur->ste_returns_value = 1;
        }
        return 1;
    case Delete_kind:
        return visit_exprs(st, s->v.Delete.targets);
    case Assign_kind:
        return visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case AnnAssign_kind: {
        expr_ty t = s->v.AnnAssign.target;
        if (t->kind == Name_kind) {
            int cur = lookup_flags(st, t->v.Name.id);
            if (cur < 0)
                return 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->st_cur != st->st_top &&
                s->v.AnnAssign.simple) {
                return ST_ERR(st, PyUnicode_FromFormat(
                    (cur & DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                       : "annotated name '%U' can't be nonlocal", t->v.Name.id), s);
            }
            if (s->v.AnnAssign.simple) {
                if (!ADD_DEF(st, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, t))
                    return 0;
            }
            else if (s->v.AnnAssign.value) {
                if (!ADD_DEF(st, t->v.Name.id, DEF_LOCAL, t))
                    return 0;
            }
        }
        else if (!visit_expr(st, t))
            return 0;
        if (!visit_annotation(st, s->v.AnnAssign.annotation))
            return 0;
        return s->v.AnnAssign.value == NULL || visit_expr(st, s->v.AnnAssign.value);
    }
    case AugAssign_kind:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case For_kind:
    case AsyncFor_kind:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
    case While_kind:
    case If_kind:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, s->v.While.body) &&
               visit_stmts(st, s->v.While.orelse);
    case With_kind:
    case AsyncWith_kind:
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.With.items); i++) {
            withitem_ty w = asdl_seq_GET(s->v.With.items, i);
            if (!visit_expr(st, w->context_expr))
                return 0;
            if (w->optional_vars && !visit_expr(st, w->optional_vars))
                return 0;
        }
        return visit_stmts(st, s->v.With.body);
    case Match_kind:
        if (!visit_expr(st, s->v.Match.subject))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Match.cases); i++) {
            match_case_ty m = asdl_seq_GET(s->v.Match.cases, i);
            if (!visit_pattern(st, m->pattern))
                return 0;
            if (m->guard && !visit_expr(st, m->guard))
                return 0;
            if (!visit_stmts(st, m->body))
                return 0;
        }
        return 1;
    case Raise_kind:
        return (!s->v.Raise.exc || visit_expr(st, s->v.Raise.exc)) &&
               (!s->v.Raise.cause || visit_expr(st, s->v.Raise.cause));
    case Try_kind:
    case TryStar_kind:
        if (!visit_stmts(st, s->v.Try.body) || !visit_stmts(st, s->v.Try.orelse))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Try.handlers); i++) {
            excepthandler_ty h = asdl_seq_GET(s->v.Try.handlers, i);
            if (h->v.ExceptHandler.type && !visit_expr(st, h->v.ExceptHandler.type))
                return 0;
            if (h->v.ExceptHandler.name && !ADD_DEF(st, h->v.ExceptHandler.name, DEF_LOCAL, h))
                return 0;
            if (!visit_stmts(st, h->v.ExceptHandler.body))
                return 0;
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case Assert_kind:
        return visit_expr(st, s->v.Assert.test) &&
               (!s->v.Assert.msg || visit_expr(st, s->v.Assert.msg));
    case Import_kind:
    case ImportFrom_kind: {
        asdl_alias_seq *names = s->kind == Import_kind ? s->v.Import.names : s->v.ImportFrom.names;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(names); i++) {
            alias_ty a = asdl_seq_GET(names, i);
            PyObject *store = a->asname ? a->asname : a->name;
            if (PyUnicode_CompareWithASCIIString(a->name, "*") == 0) {
                if (st->st_cur->ste_type != ModuleBlock)
                    return ST_ERR(st, PyUnicode_FromString("import * only allowed at module level"), a);
                continue;
            }
            PyObject *n;
            Py_ssize_t dot = PyUnicode_FindChar(store, '.', 0, PyUnicode_GET_LENGTH(store), 1);
            if (dot >= 0)
                n = PyUnicode_Substring(store, 0, dot);
            else
                n = Py_NewRef(store);
            if (n == NULL)
                return 0;
            int ok = add_def_in(st, st->st_cur, n, DEF_IMPORT, a->lineno, a->col_offset,
                                a->end_lineno, a->end_col_offset);
            Py_DECREF(n);
            if (!ok)
                return 0;
        }
        return 1;
    }
    case Global_kind:
    case Nonlocal_kind: {
        int is_global = s->kind == Global_kind;
        if (!is_global && st->st_cur->ste_type == ModuleBlock)
            return ST_ERR(st, PyUnicode_FromString("nonlocal declaration not allowed at module level"), s);
        asdl_identifier_seq *names = s->v.Global.names;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(names); i++) {
            PyObject *name = asdl_seq_GET(names, i);
            if (!check_declaration(st, s, name, is_global))
                return 0;
            if (!ADD_DEF(st, name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, s))
                return 0;
            if (!record_directive(st, name, s))
                return 0;
        }
        return 1;
    }
    case Expr_kind:
        return visit_expr(st, s->v.Expr.value);
    case Pass_kind:
    case Break_kind:
    case Continue_kind:
        return 1;
    }
    return 1;
}

static const char *
comprehension_kind_name(_Py_comprehension_ty k)
{
    switch (k) {
    case ListComprehension: return "list comprehension";
    case SetComprehension: return "set comprehension";
    case DictComprehension: return "dict comprehension";
    default: return "generator expression";
    }
}

static int
visit_comprehension(struct symtable *st, expr_ty e, asdl_comprehension_seq *gens,
                    expr_ty elt, expr_ty value, _Py_comprehension_ty kind)
{
    static const char *names[] = {"", "listcomp", "dictcomp", "setcomp", "genexpr"};
    comprehension_ty outer = asdl_seq_GET(gens, 0);
    st->st_cur->ste_comp_iter_expr++;
    int ok = visit_expr(st, outer->iter);
    st->st_cur->ste_comp_iter_expr--;
    if (!ok)
        return 0;
    PyObject *name = PyUnicode_InternFromString(names[kind]);
    if (name == NULL)
        return 0;
    ok = enter_block(st, name, FunctionBlock, e, e->lineno, e->col_offset,
                     e->end_lineno, e->end_col_offset);
    Py_DECREF(name);
    if (!ok)
        return 0;
    PySTEntryObject *ce = st->st_cur;
    ce->ste_comprehension = kind;
    if (kind == GeneratorExpression)
        ce->ste_generator = 1;
    if (outer->is_async)
        ce->ste_coroutine = 1;
    PyObject *dot0 = PyUnicode_InternFromString(".0");
    if (dot0 == NULL)
        return 0;
    ok = add_def_in(st, ce, dot0, DEF_PARAM, e->lineno, e->col_offset, e->end_lineno,
                    e->end_col_offset);
    Py_DECREF(dot0);
    if (!ok)
        return 0;
    ce->ste_comp_iter_target = 1;
    ok = visit_expr(st, outer->target);
    ce->ste_comp_iter_target = 0;
    if (!ok || !visit_exprs(st, outer->ifs))
        return 0;
    for (Py_ssize_t i = 1; i < asdl_seq_LEN(gens); i++) {
        comprehension_ty g = asdl_seq_GET(gens, i);
        ce->ste_comp_iter_target = 1;
        ok = visit_expr(st, g->target);
        ce->ste_comp_iter_target = 0;
        if (!ok)
            return 0;
        ce->ste_comp_iter_expr++;
        ok = visit_expr(st, g->iter);
        ce->ste_comp_iter_expr--;
        if (!ok || !visit_exprs(st, g->ifs))
            return 0;
        if (g->is_async)
            ce->ste_coroutine = 1;
    }
    if (value && !visit_expr(st, value))
        return 0;
    if (!visit_expr(st, elt))
        return 0;
    exit_block(st);
    if (ce->ste_coroutine && kind != GeneratorExpression) {
        /* an async list/set/dict comprehension makes its caller await it */
        PySTEntryObject *p = st->st_cur;
        if (p->ste_comprehension)
            p->ste_coroutine = 1;
    }
    return 1;
}

/* The walrus target inside a comprehension binds in the enclosing block. */
static int
extend_namedexpr_scope(struct symtable *st, expr_ty e)
{
    expr_ty target = e->v.NamedExpr.target;
    PyObject *name = target->v.Name.id;
    for (PySTEntryObject *ste = st->st_cur; ste != NULL; ste = ste->ste_parent) {
        if (ste->ste_comprehension) {
            int f = _PyST_GetSymbol(ste, name);
            if (f & DEF_COMP_ITER)
                return ST_ERR(st, PyUnicode_FromFormat(
                    "assignment expression cannot rebind comprehension iteration variable '%U'",
                    name), target);
            continue;
        }
        if (ste->ste_type == FunctionBlock) {
            int f = _PyST_GetSymbol(ste, name);
            if (f & DEF_GLOBAL) {
                if (!add_def_in(st, st->st_cur, name, DEF_GLOBAL, e->lineno, e->col_offset,
                                e->end_lineno, e->end_col_offset))
                    return 0;
            }
            else if (!add_def_in(st, st->st_cur, name, DEF_NONLOCAL, e->lineno, e->col_offset,
                                 e->end_lineno, e->end_col_offset))
                return 0;
            /* every comprehension between here and there passes it through */
            for (PySTEntryObject *c = st->st_cur->ste_parent; c != ste; c = c->ste_parent)
                if (!add_def_in(st, c, name, DEF_NONLOCAL, e->lineno, e->col_offset,
                                e->end_lineno, e->end_col_offset))
                    return 0;
            return add_def_in(st, ste, name, DEF_LOCAL, e->lineno, e->col_offset,
                              e->end_lineno, e->end_col_offset);
        }
        if (ste->ste_type == ModuleBlock) {
            for (PySTEntryObject *c = st->st_cur; c != ste; c = c->ste_parent)
                if (!add_def_in(st, c, name, DEF_GLOBAL, e->lineno, e->col_offset,
                                e->end_lineno, e->end_col_offset))
                    return 0;
            return add_def_in(st, ste, name, DEF_GLOBAL, e->lineno, e->col_offset,
                              e->end_lineno, e->end_col_offset);
        }
        if (ste->ste_type == ClassBlock)
            return ST_ERR(st, PyUnicode_FromString(
                "assignment expression within a comprehension cannot be used in a class body"), target);
    }
    return 1;
}

static int
check_yield_allowed(struct symtable *st, expr_ty e, const char *what)
{
    _Py_comprehension_ty k = st->st_cur->ste_comprehension;
    if (k) {
        return ST_ERR(st, PyUnicode_FromFormat("'%s' inside %s", what, comprehension_kind_name(k)), e);
    }
    return 1;
}

static int
visit_expr(struct symtable *st, expr_ty e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        if (st->st_cur->ste_comp_iter_expr > 0)
            return ST_ERR(st, PyUnicode_FromString(
                "assignment expression cannot be used in a comprehension iterable expression"), e);
        if (!visit_expr(st, e->v.NamedExpr.value))
            return 0;
        if (st->st_cur->ste_comprehension) {
            if (!extend_namedexpr_scope(st, e))
                return 0;
        }
        return visit_expr(st, e->v.NamedExpr.target);
    case BoolOp_kind:
        return visit_exprs(st, e->v.BoolOp.values);
    case BinOp_kind:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case UnaryOp_kind:
        return visit_expr(st, e->v.UnaryOp.operand);
    case Lambda_kind: {
        arguments_ty a = e->v.Lambda.args;
        if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults))
            return 0;
        if (!enter_block(st, _Py_ID(lambda), FunctionBlock, e, e->lineno, e->col_offset,
                         e->end_lineno, e->end_col_offset))
            return 0;
        if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
            return 0;
        exit_block(st);
        return 1;
    }
    case IfExp_kind:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case Dict_kind:
        return visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
    case Set_kind:
        return visit_exprs(st, e->v.Set.elts);
    case GeneratorExp_kind:
        return visit_comprehension(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                                   NULL, GeneratorExpression);
    case ListComp_kind:
        return visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt,
                                   NULL, ListComprehension);
    case SetComp_kind:
        return visit_comprehension(st, e, e->v.SetComp.generators, e->v.SetComp.elt,
                                   NULL, SetComprehension);
    case DictComp_kind:
        return visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                                   e->v.DictComp.value, DictComprehension);
    case Yield_kind:
        if (!check_yield_allowed(st, e, "yield"))
            return 0;
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value))
            return 0;
        st->st_cur->ste_generator = 1;
        return 1;
    case YieldFrom_kind:
        if (!check_yield_allowed(st, e, "yield"))
            return 0;
        if (!visit_expr(st, e->v.YieldFrom.value))
            return 0;
        st->st_cur->ste_generator = 1;
        return 1;
    case Await_kind:
        if (!visit_expr(st, e->v.Await.value))
            return 0;
        st->st_cur->ste_coroutine = 1;
        return 1;
    case Compare_kind:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
    case Call_kind:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, e->v.Call.args))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Call.keywords); i++) {
            keyword_ty k = asdl_seq_GET(e->v.Call.keywords, i);
            if (!visit_expr(st, k->value))
                return 0;
        }
        return 1;
    case FormattedValue_kind:
        return visit_expr(st, e->v.FormattedValue.value) &&
               (!e->v.FormattedValue.format_spec || visit_expr(st, e->v.FormattedValue.format_spec));
    case JoinedStr_kind:
        return visit_exprs(st, e->v.JoinedStr.values);
    case Constant_kind:
        return 1;
    case Attribute_kind:
        return visit_expr(st, e->v.Attribute.value);
    case Subscript_kind:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case Starred_kind:
        return visit_expr(st, e->v.Starred.value);
    case Slice_kind:
        return (!e->v.Slice.lower || visit_expr(st, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || visit_expr(st, e->v.Slice.upper)) &&
               (!e->v.Slice.step || visit_expr(st, e->v.Slice.step));
    case Name_kind:
        if (!ADD_DEF(st, e->v.Name.id, e->v.Name.ctx == Load ? USE : DEF_LOCAL, e))
            return 0;
        /* super() and __class__ inside a method need the class cell */
        if (e->v.Name.ctx == Load && st->st_cur->ste_type == FunctionBlock &&
            PyUnicode_CompareWithASCIIString(e->v.Name.id, "super") == 0) {
            if (!ADD_DEF(st, _Py_ID(__class__), USE, e))
                return 0;
        }
        return 1;
    case List_kind:
        return visit_exprs(st, e->v.List.elts);
    case Tuple_kind:
        return visit_exprs(st, e->v.Tuple.elts);
    }
    return 1;
}

static int
visit_patterns(struct symtable *st, asdl_pattern_seq *ps)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(ps); i++)
        if (!visit_pattern(st, asdl_seq_GET(ps, i)))
            return 0;
    return 1;
}

static int
visit_pattern(struct symtable *st, pattern_ty p)
{
    switch (p->kind) {
    case MatchValue_kind:
        return visit_expr(st, p->v.MatchValue.value);
    case MatchSingleton_kind:
        return 1;
    case MatchSequence_kind:
        return visit_patterns(st, p->v.MatchSequence.patterns);
    case MatchStar_kind:
        return !p->v.MatchStar.name || ADD_DEF(st, p->v.MatchStar.name, DEF_LOCAL, p);
    case MatchMapping_kind:
        if (!visit_exprs(st, p->v.MatchMapping.keys) ||
            !visit_patterns(st, p->v.MatchMapping.patterns))
            return 0;
        return !p->v.MatchMapping.rest || ADD_DEF(st, p->v.MatchMapping.rest, DEF_LOCAL, p);
    case MatchClass_kind:
        return visit_expr(st, p->v.MatchClass.cls) &&
               visit_patterns(st, p->v.MatchClass.patterns) &&
               visit_patterns(st, p->v.MatchClass.kwd_patterns);
    case MatchAs_kind:
        if (p->v.MatchAs.pattern && !visit_pattern(st, p->v.MatchAs.pattern))
            return 0;
        return !p->v.MatchAs.name || ADD_DEF(st, p->v.MatchAs.name, DEF_LOCAL, p);
    case MatchOr_kind:
        return visit_patterns(st, p->v.MatchOr.patterns);
    }
    return 1;
}

/* ----------------------------------------------------------------- analysis */

static int
set_scope(PySTEntryObject *e, PyObject *name, int flags, int scope)
{
    PyObject *v = PyLong_FromLong((flags & ~(15 << SCOPE_OFFSET)) | (scope << SCOPE_OFFSET));
    if (v == NULL)
        return 0;
    int r = PyDict_SetItem(e->ste_symbols, name, v);
    Py_DECREF(v);
    return r == 0;
}

static int
analyze_name(PySTEntryObject *e, PyObject *name, int flags, PyObject *bound,
             PyObject *local, PyObject *free, PyObject *global)
{
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(e, name,
                PyUnicode_FromFormat("name '%U' is nonlocal and global", name));
        if (PySet_Add(global, name) < 0)
            return 0;
        if (bound && PySet_Discard(bound, name) < 0)
            return 0;
        return set_scope(e, name, flags, GLOBAL_EXPLICIT);
    }
    if (flags & DEF_NONLOCAL) {
        if (bound == NULL || !PySet_Contains(bound, name))
            return error_at_directive(e, name,
                PyUnicode_FromFormat("no binding for nonlocal '%U' found", name));
        e->ste_free = 1;
        if (PySet_Add(free, name) < 0)
            return 0;
        return set_scope(e, name, flags, FREE);
    }
    if (flags & DEF_BOUND) {
        if (PySet_Add(local, name) < 0 || PySet_Discard(global, name) < 0)
            return 0;
        return set_scope(e, name, flags, LOCAL);
    }
    if (bound && PySet_Contains(bound, name)) {
        e->ste_free = 1;
        if (PySet_Add(free, name) < 0)
            return 0;
        return set_scope(e, name, flags, FREE);
    }
    return set_scope(e, name, flags, GLOBAL_IMPLICIT);
}

static PyObject *
set_copy(PyObject *s)
{
    return PySet_New(s);
}

static int
analyze_block(PySTEntryObject *e, PyObject *bound, PyObject *free, PyObject *global)
{
    int ok = 0;
    PyObject *local = PySet_New(NULL), *newbound = NULL, *newglobal = NULL;
    PyObject *newfree = PySet_New(NULL), *names = NULL;
    if (local == NULL || newfree == NULL)
        goto done;
    names = PyDict_Keys(e->ste_symbols);
    if (names == NULL)
        goto done;
    if (e->ste_type == ClassBlock) {
        newglobal = set_copy(global);
        newbound = bound ? set_copy(bound) : PySet_New(NULL);
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(names); i++) {
        PyObject *name = PyList_GET_ITEM(names, i);
        if (!analyze_name(e, name, _PyST_GetSymbol(e, name), bound, local, free, global))
            goto done;
    }
    if (e->ste_type == FunctionBlock) {
        newbound = bound ? set_copy(bound) : PySet_New(NULL);
        if (newbound == NULL || _PySet_Update(newbound, local) < 0)
            goto done;
        newglobal = set_copy(global);
    }
    else if (e->ste_type == ModuleBlock) {
        newbound = PySet_New(NULL);
        newglobal = set_copy(global);
    }
    if (newbound == NULL || newglobal == NULL)
        goto done;
    if (e->ste_type == ClassBlock && PySet_Add(newbound, _Py_ID(__class__)) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < e->ste_nkids; i++) {
        PySTEntryObject *kid = e->ste_kids[i];
        PyObject *kb = set_copy(newbound), *kg = set_copy(newglobal), *kf = PySet_New(NULL);
        int r = kb && kg && kf && analyze_block(kid, kb, kf, kg);
        if (r && _PySet_Update(newfree, kf) < 0)
            r = 0;
        Py_XDECREF(kb); Py_XDECREF(kg); Py_XDECREF(kf);
        if (!r)
            goto done;
        if (kid->ste_free || kid->ste_child_free)
            e->ste_child_free = 1;
    }
    /* names children need: cells here, or pass-through free variables */
    if (e->ste_type == FunctionBlock) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(names); i++) {
            PyObject *name = PyList_GET_ITEM(names, i);
            int f = _PyST_GetSymbol(e, name);
            if (((f >> SCOPE_OFFSET) & 15) == LOCAL && PySet_Contains(newfree, name)) {
                if (!set_scope(e, name, f, CELL) || PySet_Discard(newfree, name) < 0)
                    goto done;
            }
        }
    }
    else if (e->ste_type == ClassBlock) {
        int r = PySet_Discard(newfree, _Py_ID(__class__));
        if (r < 0)
            goto done;
        if (r == 1)
            e->ste_needs_class_closure = 1;
    }
    {
        PyObject *fl = PySequence_List(newfree);
        if (fl == NULL)
            goto done;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(fl); i++) {
            PyObject *name = PyList_GET_ITEM(fl, i);
            PyObject *cur = PyDict_GetItemWithError(e->ste_symbols, name);
            if (cur != NULL) {
                int f = (int)PyLong_AsLong(cur);
                int scope = (f >> SCOPE_OFFSET) & 15;
                if (e->ste_type == ClassBlock && (scope == GLOBAL_IMPLICIT ||
                    scope == GLOBAL_EXPLICIT || scope == LOCAL || (f & DEF_BOUND))) {
                    if (!set_scope(e, name, f | DEF_FREE_CLASS, scope)) {
                        Py_DECREF(fl);
                        goto done;
                    }
                }
                continue;
            }
            if (PyErr_Occurred()) {
                Py_DECREF(fl);
                goto done;
            }
            if (bound == NULL || !PySet_Contains(bound, name))
                continue;
            if (!set_scope(e, name, DEF_FREE, FREE)) {
                Py_DECREF(fl);
                goto done;
            }
        }
        Py_DECREF(fl);
    }
    if (_PySet_Update(free, newfree) < 0)
        goto done;
    ok = 1;
done:
    Py_XDECREF(local); Py_XDECREF(newbound); Py_XDECREF(newglobal);
    Py_XDECREF(newfree); Py_XDECREF(names);
    return ok;
}

struct symtable *
_PySymtable_Build(mod_ty mod, PyObject *filename, int future)
{
    struct symtable *st = PyMem_Calloc(1, sizeof *st);
    if (st == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    st->st_filename = Py_NewRef(filename);
    st->st_future = future;
    st->st_blocks = PyDict_New();
    if (st->st_blocks == NULL)
        goto fail;
    if (!enter_block(st, _Py_ID(top), ModuleBlock, mod, 0, 0, 0, 0))
        goto fail;
    int ok = 1;
    switch (mod->kind) {
    case Module_kind: ok = visit_stmts(st, mod->v.Module.body); break;
    case Interactive_kind: ok = visit_stmts(st, mod->v.Interactive.body); break;
    case Expression_kind: ok = visit_expr(st, mod->v.Expression.body); break;
    case FunctionType_kind: ok = visit_exprs(st, mod->v.FunctionType.argtypes); break;
    }
    if (!ok)
        goto fail;
    PyObject *free = PySet_New(NULL), *global = PySet_New(NULL);
    ok = free && global && analyze_block(st->st_top, NULL, free, global);
    Py_XDECREF(free);
    Py_XDECREF(global);
    if (!ok)
        goto fail;
    st->st_cur = NULL;
    return st;
fail:
    _PySymtable_Free(st);
    return NULL;
}
