/* The code generator: AST to a control-flow graph of CPython 3.11
 * instructions, one unit (code object) at a time.
 *
 * Each block-opening node (module, class, function, lambda,
 * comprehension) gets a compiler unit holding its symbol-table entry, its
 * tables (consts, names, varnames, cells, free variables) and its list of
 * basic blocks.  Statements and expressions append instructions to the
 * current block; every jump ends a block, so a block is a straight run
 * whose last instruction is the only one that can transfer control (the
 * SETUP_* pseudo instructions are the exception: they only declare a
 * handler).  The assembler (assemble.c) then lays the blocks out,
 * computes stack depths, the exception table and the location table.
 *
 * The shape of the emitted code follows CPython 3.11 instruction for
 * instruction wherever the result is observable through `dis`: the
 * calling sequence (PUSH_NULL / LOAD_GLOBAL with the low bit /
 * LOAD_METHOD, PRECALL, KW_NAMES, CALL), the duplicated loop test of
 * `while`, the with/try/except layouts, pattern matching with its
 * "fail_pop" blocks.  docs/internals/bytecode.md lists the deviations.
 *
 * The frame-block stack (fblock) records what is open around the current
 * statement (loops, try bodies, handlers, with blocks) so that `break`,
 * `continue` and `return` can emit the cleanup each one needs. */
#include "Python.h"
#include "kr_compile.h"
#include "kr_symtable.h"
#include "kr_runtime.h"
#include "compiler.h"
#include <limits.h>

/* At most this many values are pushed for one call or display before the
 * code switches to building the container incrementally. */
#define STACK_USE_GUARDRAIL 30
/* Static nesting of try/loop/with blocks; CPython's limit and message. */
#define MAXBLOCKS 20

enum scope_type { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
                  SCOPE_LAMBDA, SCOPE_COMPREHENSION };

enum fblocktype { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH,
                  ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER,
                  EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR };

typedef struct {
    enum fblocktype type;
    kr_block *block;
    kr_block *exit;
    void *datum;        /* finally body, with stmt, or handler name */
} fblockinfo;

typedef struct unit {
    struct unit *parent;
    PySTEntryObject *ste;
    PyObject *name, *qualname;
    PyObject *private;              /* borrowed */
    enum scope_type scope;
    PyObject *consts, *constmap;    /* list, dict key -> index */
    PyObject *names, *varnames, *cellvars, *freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    kr_block *blocks, *entry, *cur;
    fblockinfo fb[MAXBLOCKS];
    int nfb;
    int firstlineno;
    int after_return;   /* the current (empty) block was opened by a RETURN_VALUE */
    kr_location loc;
} unit;

typedef struct {
    PyObject *filename;
    struct symtable *st;
    int flags;                      /* cf_flags | future features */
    int optimize;
    int interactive;
    int nestlevel;
    unit *u;
    PyArena *arena;
    PyObject *const_cache;          /* const_key -> the one object used for it */
} compiler;

typedef struct {
    PyObject *stores;       /* list of names captured so far */
    int allow_irrefutable;
    kr_block **fail_pop;
    Py_ssize_t fail_pop_size;
    Py_ssize_t on_top;
} pattern_context;

static int visit_stmt(compiler *, stmt_ty);
static int visit_expr(compiler *, expr_ty);
static int visit_stmts(compiler *, asdl_stmt_seq *);

/* ================================================================ errors */

static int
compiler_error(compiler *c, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    if (msg == NULL)
        return 0;
    kr_location l = c->u->loc;
    _PyErr_RaiseSyntaxError(PyExc_SyntaxError, PyUnicode_AsUTF8(msg), c->filename,
                            l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
    Py_DECREF(msg);
    return 0;
}

static int
compiler_warn(compiler *c, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    if (msg == NULL)
        return 0;
    int r = PyErr_WarnExplicit(PyExc_SyntaxWarning, PyUnicode_AsUTF8(msg),
                               PyUnicode_AsUTF8(c->filename), c->u->loc.lineno, NULL, NULL);
    if (r < 0 && PyErr_ExceptionMatches(PyExc_SyntaxWarning)) {
        /* -W error: report it as a SyntaxError at this location */
        PyErr_Clear();
        kr_location l = c->u->loc;
        _PyErr_RaiseSyntaxError(PyExc_SyntaxError, PyUnicode_AsUTF8(msg), c->filename,
                                l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
    }
    Py_DECREF(msg);
    return r == 0;
}

/* ================================================================ blocks */

static kr_block *
new_block(compiler *c)
{
    kr_block *b = PyMem_Calloc(1, sizeof *b);
    if (b == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    b->b_list = c->u->blocks;
    b->b_startdepth = -1;
    c->u->blocks = b;
    return b;
}

/* Make `b` the current block, placed after the current one. */
static void
use_block(compiler *c, kr_block *b)
{
    c->u->cur->b_next = b;
    c->u->cur = b;
    c->u->after_return = 0;
}

static int
next_block(compiler *c)
{
    kr_block *b = new_block(c);
    if (b == NULL)
        return 0;
    use_block(c, b);
    return 1;
}

static kr_instr *
append_instr(compiler *c)
{
    kr_block *b = c->u->cur;
    if (b->b_iused == b->b_ialloc) {
        int n = b->b_ialloc ? b->b_ialloc * 2 : 16;
        kr_instr *p = PyMem_Realloc(b->b_instr, (size_t)n * sizeof *p);
        if (p == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        b->b_instr = p;
        b->b_ialloc = n;
    }
    kr_instr *i = &b->b_instr[b->b_iused++];
    memset(i, 0, sizeof *i);
    c->u->after_return = 0;
    return i;
}

static int
is_terminator(int op)
{
    return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE ||
           op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD ||
           op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
}

static int
addop_loc(compiler *c, int op, int arg, kr_location loc)
{
    kr_instr *i = append_instr(c);
    if (i == NULL)
        return 0;
    i->i_opcode = op;
    i->i_oparg = arg;
    i->i_loc = loc;
    if (is_terminator(op)) {
        if (!next_block(c))
            return 0;
        c->u->after_return = op == RETURN_VALUE;
    }
    return 1;
}

static int
addop_i(compiler *c, int op, int arg)
{
    return addop_loc(c, op, arg, c->u->loc);
}

static int
addop_noline(compiler *c, int op, int arg)
{
    return addop_loc(c, op, arg, NO_LOCATION);
}

static int
addop_j_loc(compiler *c, int op, kr_block *target, kr_location loc)
{
    kr_instr *i = append_instr(c);
    if (i == NULL)
        return 0;
    i->i_opcode = op;
    i->i_target = target;
    i->i_loc = loc;
    if (op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH)
        return 1;
    return next_block(c);
}

static int
addop_j(compiler *c, int op, kr_block *target)
{
    return addop_j_loc(c, op, target, c->u->loc);
}

#define RET(x) do { if (!(x)) return 0; } while (0)
#define ADDOP(c, op) RET(addop_i((c), (op), 0))
#define ADDOP_I(c, op, arg) RET(addop_i((c), (op), (arg)))
#define ADDOP_NOLINE(c, op) RET(addop_noline((c), (op), 0))
#define ADDOP_JUMP(c, op, b) RET(addop_j((c), (op), (b)))
#define ADDOP_JUMP_NOLINE(c, op, b) RET(addop_j_loc((c), (op), (b), NO_LOCATION))
#define NEW_BLOCK(c, b) do { if (((b) = new_block(c)) == NULL) return 0; } while (0)
#define USE_BLOCK(c, b) use_block((c), (b))
#define VISIT(c, kind, x) RET(visit_##kind((c), (x)))
#define VISIT_SEQ(c, kind, seq) RET(visit_##kind##s((c), (seq)))

#define SET_LOC(c, x) ((c)->u->loc = (kr_location){(x)->lineno, (x)->end_lineno, \
                                                   (x)->col_offset, (x)->end_col_offset})
#define UNSET_LOC(c) ((c)->u->loc = NO_LOCATION)

/* ================================================================ tables */

/* A constant's identity for deduplication: 1 and 1.0 and True are
 * different constants, and so are 0.0 and -0.0. */
static PyObject *
const_key(PyObject *o)
{
    if (o == Py_None || o == Py_Ellipsis || PyBool_Check(o))
        return Py_NewRef(o);
    if (PyLong_CheckExact(o) || PyUnicode_CheckExact(o) || PyBytes_CheckExact(o))
        return PyTuple_Pack(2, (PyObject *)Py_TYPE(o), o);
    if (PyFloat_CheckExact(o) || PyComplex_CheckExact(o)) {
        PyObject *r = PyObject_Repr(o);
        if (r == NULL)
            return NULL;
        PyObject *k = PyTuple_Pack(3, (PyObject *)Py_TYPE(o), o, r);
        Py_DECREF(r);
        return k;
    }
    if (PyTuple_CheckExact(o) || PyFrozenSet_CheckExact(o)) {
        PyObject *seq = PySequence_Tuple(o);
        if (seq == NULL)
            return NULL;
        Py_ssize_t n = PyTuple_GET_SIZE(seq);
        PyObject *keys = PyTuple_New(n);
        if (keys == NULL) {
            Py_DECREF(seq);
            return NULL;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *k = const_key(PyTuple_GET_ITEM(seq, i));
            if (k == NULL) {
                Py_DECREF(seq);
                Py_DECREF(keys);
                return NULL;
            }
            PyTuple_SET_ITEM(keys, i, k);
        }
        Py_DECREF(seq);
        PyObject *k;
        if (PyFrozenSet_CheckExact(o)) {
            PyObject *fs = PyFrozenSet_New(keys);
            Py_DECREF(keys);
            if (fs == NULL)
                return NULL;
            keys = fs;
        }
        k = PyTuple_Pack(3, (PyObject *)Py_TYPE(o), keys, o);
        Py_DECREF(keys);
        return k;
    }
    PyObject *id = PyLong_FromVoidPtr(o);
    if (id == NULL)
        return NULL;
    PyObject *k = PyTuple_Pack(2, id, o);
    Py_DECREF(id);
    return k;
}

/* Equal constants anywhere in one compilation are one object, as in
 * CPython (so `'ab' is 'ab'` across functions, and a tuple constant's
 * items are the same objects as equal constants elsewhere).  Returns a
 * new reference to the canonical object. */
static PyObject *
merge_const(compiler *c, PyObject *o)
{
    if (c->const_cache == NULL || o == Py_None || o == Py_Ellipsis || PyBool_Check(o) ||
        PyCode_Check(o))
        return Py_NewRef(o);
    PyObject *key = const_key(o);
    if (key == NULL)
        return NULL;
    PyObject *found = PyDict_GetItemWithError(c->const_cache, key);
    if (found != NULL) {
        Py_DECREF(key);
        return Py_NewRef(found);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(key);
        return NULL;
    }
    PyObject *canon = Py_NewRef(o);
    if (PyTuple_CheckExact(o)) {
        Py_ssize_t n = PyTuple_GET_SIZE(o);
        PyObject *items = PyTuple_New(n);
        if (items == NULL)
            goto error;
        int changed = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *it = merge_const(c, PyTuple_GET_ITEM(o, i));
            if (it == NULL) {
                Py_DECREF(items);
                goto error;
            }
            changed |= it != PyTuple_GET_ITEM(o, i);
            PyTuple_SET_ITEM(items, i, it);
        }
        if (changed)
            Py_SETREF(canon, items);
        else
            Py_DECREF(items);
    }
    else if (PyFrozenSet_CheckExact(o) && PySet_GET_SIZE(o) > 0) {
        /* Rebuilt from its own iteration order with merged items, as
         * CPython does: when hashes collide, the rebuilt set's order
         * differs from the folded one, and programs print that order.
         * An empty one is kept as it is (compile() of an AST Constant
         * gives back the very object). */
        PyObject *seq = PySequence_Tuple(o);
        if (seq == NULL)
            goto error;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(seq); i++) {
            PyObject *it = merge_const(c, PyTuple_GET_ITEM(seq, i));
            if (it == NULL) {
                Py_DECREF(seq);
                goto error;
            }
            Py_SETREF(((PyTupleObject *)seq)->ob_item[i], it);
        }
        PyObject *fs = PyFrozenSet_New(seq);
        Py_DECREF(seq);
        if (fs == NULL)
            goto error;
        Py_SETREF(canon, fs);
    }
    if (PyDict_SetItem(c->const_cache, key, canon) < 0)
        goto error;
    Py_DECREF(key);
    return canon;
error:
    Py_DECREF(key);
    Py_DECREF(canon);
    return NULL;
}

static Py_ssize_t
add_const(compiler *c, PyObject *o)
{
    PyObject *key = const_key(o);
    if (key == NULL)
        return -1;
    PyObject *v = PyDict_GetItemWithError(c->u->constmap, key);
    if (v != NULL) {
        Py_DECREF(key);
        return PyLong_AsSsize_t(v);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(key);
        return -1;
    }
    Py_ssize_t idx = PyList_GET_SIZE(c->u->consts);
    PyObject *canon = merge_const(c, o);
    if (canon == NULL) {
        Py_DECREF(key);
        return -1;
    }
    v = PyLong_FromSsize_t(idx);
    if (v == NULL || PyDict_SetItem(c->u->constmap, key, v) < 0 ||
        PyList_Append(c->u->consts, canon) < 0) {
        Py_XDECREF(v);
        Py_DECREF(canon);
        Py_DECREF(key);
        return -1;
    }
    Py_DECREF(canon);
    Py_DECREF(v);
    Py_DECREF(key);
    return idx;
}

static Py_ssize_t
dict_add(PyObject *dict, PyObject *name)
{
    PyObject *v = PyDict_GetItemWithError(dict, name);
    if (v != NULL)
        return PyLong_AsSsize_t(v);
    if (PyErr_Occurred())
        return -1;
    Py_ssize_t idx = PyDict_GET_SIZE(dict);
    v = PyLong_FromSsize_t(idx);
    if (v == NULL || PyDict_SetItem(dict, name, v) < 0) {
        Py_XDECREF(v);
        return -1;
    }
    Py_DECREF(v);
    return idx;
}

static int
load_const(compiler *c, PyObject *o)
{
    Py_ssize_t i = add_const(c, o);
    return i >= 0 && addop_i(c, LOAD_CONST, (int)i);
}

static int
load_const_new(compiler *c, PyObject *o)
{
    if (o == NULL)
        return 0;
    int r = load_const(c, o);
    Py_DECREF(o);
    return r;
}

#define ADDOP_LOAD_CONST(c, o) RET(load_const((c), (o)))
#define ADDOP_LOAD_CONST_NEW(c, o) RET(load_const_new((c), (o)))

static int
addop_name(compiler *c, int op, PyObject *name, int mangle)
{
    PyObject *m = mangle ? _Py_Mangle(c->u->private, name) : Py_NewRef(name);
    if (m == NULL)
        return 0;
    Py_ssize_t i = dict_add(c->u->names, m);
    Py_DECREF(m);
    if (i < 0)
        return 0;
    return addop_i(c, op, (int)i);
}

#define ADDOP_NAME(c, op, n) RET(addop_name((c), (op), (n), 1))
#define ADDOP_N(c, op, n) RET(addop_name((c), (op), (n), 0))

/* ================================================================ units */

/* Names of the symbol-table entry whose scope is `scope` (or that carry
 * `flag`), sorted, numbered from `offset`. */
static PyObject *
dict_by_type(PyObject *symbols, int scope, int flag, Py_ssize_t offset)
{
    PyObject *list = PyList_New(0), *dest = PyDict_New();
    if (list == NULL || dest == NULL)
        goto fail;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(symbols, &pos, &k, &v)) {
        long f = PyLong_AsLong(v);
        if (((f >> SCOPE_OFFSET) & 15) == scope || (f & flag)) {
            if (PyList_Append(list, k) < 0)
                goto fail;
        }
    }
    if (PyList_Sort(list) < 0)
        goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
        PyObject *idx = PyLong_FromSsize_t(i + offset);
        if (idx == NULL || PyDict_SetItem(dest, PyList_GET_ITEM(list, i), idx) < 0) {
            Py_XDECREF(idx);
            goto fail;
        }
        Py_DECREF(idx);
    }
    Py_DECREF(list);
    return dest;
fail:
    Py_XDECREF(list);
    Py_XDECREF(dest);
    return NULL;
}

static void
unit_free(unit *u)
{
    kr_block *b = u->blocks;
    while (b) {
        kr_block *next = b->b_list;
        PyMem_Free(b->b_instr);
        PyMem_Free(b);
        b = next;
    }
    Py_XDECREF(u->name); Py_XDECREF(u->qualname);
    Py_XDECREF(u->consts); Py_XDECREF(u->constmap);
    Py_XDECREF(u->names); Py_XDECREF(u->varnames);
    Py_XDECREF(u->cellvars); Py_XDECREF(u->freevars);
    PyMem_Free(u);
}

static int
set_qualname(compiler *c)
{
    unit *u = c->u, *parent = u->parent;
    PyObject *base = NULL;
    if (parent != NULL && parent->scope != SCOPE_MODULE) {
        int force_global = 0;
        if (u->scope == SCOPE_FUNCTION || u->scope == SCOPE_ASYNC_FUNCTION ||
            u->scope == SCOPE_CLASS) {
            PyObject *mangled = _Py_Mangle(parent->private, u->name);
            if (mangled == NULL)
                return 0;
            int scope = _PyST_GetScope(parent->ste, mangled);
            Py_DECREF(mangled);
            if (scope == GLOBAL_EXPLICIT)
                force_global = 1;
        }
        if (!force_global) {
            if (parent->scope == SCOPE_FUNCTION || parent->scope == SCOPE_ASYNC_FUNCTION ||
                parent->scope == SCOPE_LAMBDA)
                base = PyUnicode_FromFormat("%U.<locals>", parent->qualname);
            else
                base = Py_NewRef(parent->qualname);
            if (base == NULL)
                return 0;
        }
    }
    if (base != NULL) {
        u->qualname = PyUnicode_FromFormat("%U.%U", base, u->name);
        Py_DECREF(base);
    }
    else
        u->qualname = Py_NewRef(u->name);
    return u->qualname != NULL;
}

static int
enter_scope(compiler *c, PyObject *name, enum scope_type scope, void *key, int lineno)
{
    unit *u = PyMem_Calloc(1, sizeof *u);
    if (u == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    u->parent = c->u;
    u->scope = scope;
    u->name = Py_NewRef(name);
    u->firstlineno = lineno;
    u->ste = _PySymtable_Lookup(c->st, key);
    u->consts = PyList_New(0);
    u->constmap = PyDict_New();
    u->names = PyDict_New();
    u->varnames = PyDict_New();
    c->u = u;
    if (u->ste == NULL || !u->consts || !u->constmap || !u->names || !u->varnames)
        goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(u->ste->ste_varnames); i++)
        if (dict_add(u->varnames, PyList_GET_ITEM(u->ste->ste_varnames, i)) < 0)
            goto fail;
    u->cellvars = dict_by_type(u->ste->ste_symbols, CELL, 0, 0);
    if (u->cellvars == NULL)
        goto fail;
    if (u->ste->ste_needs_class_closure) {
        /* the implicit __class__ cell is the class body's only cell */
        if (dict_add(u->cellvars, _Py_ID(__class__)) < 0)
            goto fail;
    }
    u->freevars = dict_by_type(u->ste->ste_symbols, FREE, DEF_FREE_CLASS,
                               PyDict_GET_SIZE(u->cellvars));
    if (u->freevars == NULL)
        goto fail;
    u->private = u->parent ? u->parent->private : NULL;
    if (scope == SCOPE_CLASS)
        u->private = name;
    c->nestlevel++;
    kr_block *b = new_block(c);
    if (b == NULL)
        goto fail;
    u->entry = u->cur = b;
    if (scope == SCOPE_MODULE)
        u->loc = (kr_location){0, 1, 0, 0};
    else {
        if (!set_qualname(c))
            goto fail;
        u->loc = (kr_location){lineno, lineno, 0, 0};
    }
    RET(addop_i(c, RESUME, 0));
    if (scope == SCOPE_MODULE)
        u->loc = NO_LOCATION;
    return 1;
fail:
    c->u = u->parent;
    unit_free(u);
    return 0;
}

static void
exit_scope(compiler *c)
{
    unit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

static int
code_flags(compiler *c)
{
    PySTEntryObject *ste = c->u->ste;
    int flags = 0;
    if (ste->ste_type == FunctionBlock) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->ste_nested)
            flags |= CO_NESTED;
        if (ste->ste_generator && !ste->ste_coroutine)
            flags |= CO_GENERATOR;
        if (!ste->ste_generator && ste->ste_coroutine)
            flags |= CO_COROUTINE;
        if (ste->ste_generator && ste->ste_coroutine)
            flags |= CO_ASYNC_GENERATOR;
        if (ste->ste_varargs)
            flags |= CO_VARARGS;
        if (ste->ste_varkeywords)
            flags |= CO_VARKEYWORDS;
    }
    flags |= c->flags & PyCF_MASK;
    if ((c->flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) && ste->ste_type == ModuleBlock &&
        ste->ste_coroutine && !ste->ste_generator)
        flags |= CO_COROUTINE;
    return flags;
}

static int
block_ends_with_return(kr_block *b)
{
    return b->b_iused > 0 && b->b_instr[b->b_iused - 1].i_opcode == RETURN_VALUE;
}

static PyCodeObject *
assemble_unit(compiler *c, int add_none)
{
    unit *u = c->u;
    if (!block_ends_with_return(u->cur) && !(u->cur->b_iused == 0 && u->after_return)) {
        /* the fall-off-the-end return has no location of its own */
        UNSET_LOC(c);
        if (add_none && !load_const(c, Py_None))
            return NULL;
        if (!addop_i(c, RETURN_VALUE, 0))
            return NULL;
    }
    int flags = code_flags(c);
    kr_unit_info info = {
        .entry = u->entry, .blocks = u->blocks, .filename = c->filename,
        .name = u->name, .qualname = u->qualname, .consts = u->consts, .names = u->names,
        .varnames = u->varnames, .cellvars = u->cellvars, .freevars = u->freevars,
        .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount, .flags = flags,
        .firstlineno = u->firstlineno ? u->firstlineno : 1,
        .is_generator = (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0,
    };
    return _KrCompiler_Assemble(&info);
}

/* ================================================================ names */

static int
forbidden_name(compiler *c, PyObject *name, expr_context_ty ctx)
{
    if (ctx == Store && PyUnicode_CompareWithASCIIString(name, "__debug__") == 0)
        return compiler_error(c, "cannot assign to __debug__"), 1;
    if (ctx == Del && PyUnicode_CompareWithASCIIString(name, "__debug__") == 0)
        return compiler_error(c, "cannot delete __debug__"), 1;
    return 0;
}

/* Index of a cell or free variable among cells+frees (assembler renumbers). */
static int
deref_index(compiler *c, PyObject *name, int scope)
{
    PyObject *v = NULL;
    if (scope == CELL)
        v = PyDict_GetItemWithError(c->u->cellvars, name);
    if (v == NULL && !PyErr_Occurred())
        v = PyDict_GetItemWithError(c->u->freevars, name);
    if (v == NULL && !PyErr_Occurred())
        v = PyDict_GetItemWithError(c->u->cellvars, name);
    if (v == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_SystemError, "compiler: no cell for %R in %U", name, c->u->name);
        return -1;
    }
    return (int)PyLong_AsLong(v);
}

static int
nameop(compiler *c, PyObject *name, expr_context_ty ctx)
{
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    if (forbidden_name(c, name, ctx))
        return 0;
    PyObject *mangled = _Py_Mangle(c->u->private, name);
    if (mangled == NULL)
        return 0;
    int scope = _PyST_GetScope(c->u->ste, mangled);
    int is_function = c->u->ste->ste_type == FunctionBlock;
    switch (scope) {
    case FREE:
    case CELL:
        optype = OP_DEREF;
        break;
    case LOCAL:
        if (is_function)
            optype = OP_FAST;
        break;
    case GLOBAL_IMPLICIT:
        if (is_function)
            optype = OP_GLOBAL;
        break;
    case GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    default:
        break;
    }
    int op = 0, r = 0;
    Py_ssize_t arg;
    switch (optype) {
    case OP_DEREF:
        arg = deref_index(c, mangled, scope);
        if (arg < 0)
            goto done;
        op = ctx == Load ? (c->u->ste->ste_type == ClassBlock ? LOAD_CLASSDEREF : LOAD_DEREF)
           : ctx == Store ? STORE_DEREF : DELETE_DEREF;
        r = addop_i(c, op, (int)arg);
        goto done;
    case OP_FAST:
        arg = dict_add(c->u->varnames, mangled);
        if (arg < 0)
            goto done;
        op = ctx == Load ? LOAD_FAST : ctx == Store ? STORE_FAST : DELETE_FAST;
        r = addop_i(c, op, (int)arg);
        goto done;
    case OP_GLOBAL:
        arg = dict_add(c->u->names, mangled);
        if (arg < 0)
            goto done;
        if (ctx == Load)
            r = addop_i(c, LOAD_GLOBAL, (int)(arg << 1));
        else
            r = addop_i(c, ctx == Store ? STORE_GLOBAL : DELETE_GLOBAL, (int)arg);
        goto done;
    case OP_NAME:
        arg = dict_add(c->u->names, mangled);
        if (arg < 0)
            goto done;
        op = ctx == Load ? LOAD_NAME : ctx == Store ? STORE_NAME : DELETE_NAME;
        r = addop_i(c, op, (int)arg);
        goto done;
    }
done:
    Py_DECREF(mangled);
    return r;
}

/* True if loading `e` would be a LOAD_GLOBAL (so PUSH_NULL folds into it). */
static int
is_global_load(compiler *c, expr_ty e)
{
    if (e->kind != Name_kind)
        return 0;
    PyObject *mangled = _Py_Mangle(c->u->private, e->v.Name.id);
    if (mangled == NULL) {
        PyErr_Clear();
        return 0;
    }
    int scope = _PyST_GetScope(c->u->ste, mangled);
    Py_DECREF(mangled);
    if (scope == GLOBAL_EXPLICIT)
        return 1;
    return scope == GLOBAL_IMPLICIT && c->u->ste->ste_type == FunctionBlock;
}

/* ================================================================ fblocks */

static int
push_fblock(compiler *c, enum fblocktype t, kr_block *b, kr_block *exit, void *datum)
{
    if (c->u->nfb >= MAXBLOCKS)
        return compiler_error(c, "too many statically nested blocks");
    fblockinfo *f = &c->u->fb[c->u->nfb++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 1;
}

static void
pop_fblock(compiler *c)
{
    c->u->nfb--;
}

static int
call_exit_with_nones(compiler *c)
{
    ADDOP_LOAD_CONST(c, Py_None);
    ADDOP_LOAD_CONST(c, Py_None);
    ADDOP_LOAD_CONST(c, Py_None);
    ADDOP_I(c, PRECALL, 2);
    ADDOP_I(c, CALL, 2);
    return 1;
}

static int
add_yield_from(compiler *c, int await)
{
    kr_block *start, *resume, *exit;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, resume);
    NEW_BLOCK(c, exit);
    USE_BLOCK(c, start);
    ADDOP_JUMP(c, SEND, exit);
    USE_BLOCK(c, resume);
    ADDOP(c, YIELD_VALUE);
    ADDOP_I(c, RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM);
    ADDOP_JUMP(c, JUMP_NO_INTERRUPT, start);
    USE_BLOCK(c, exit);
    return 1;
}

static int
pop_except_and_reraise(compiler *c)
{
    ADDOP_I(c, COPY, 3);
    ADDOP(c, POP_EXCEPT);
    ADDOP_I(c, RERAISE, 1);
    return 1;
}

static int
unwind_fblock(compiler *c, fblockinfo *info, int preserve_tos)
{
    switch (info->type) {
    case WHILE_LOOP:
    case EXCEPTION_HANDLER:
    case EXCEPTION_GROUP_HANDLER:
    case ASYNC_COMPREHENSION_GENERATOR:
        return 1;
    case FOR_LOOP:
        if (preserve_tos)
            ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        return 1;
    case TRY_EXCEPT:
        ADDOP(c, POP_BLOCK);
        return 1;
    case FINALLY_TRY:
        ADDOP(c, POP_BLOCK);
        if (preserve_tos)
            RET(push_fblock(c, POP_VALUE, NULL, NULL, NULL));
        /* what follows the inlined finally body keeps its last location, as in 3.11 */
        VISIT_SEQ(c, stmt, (asdl_stmt_seq *)info->datum);
        if (preserve_tos)
            pop_fblock(c);
        return 1;
    case FINALLY_END:
        if (preserve_tos)
            ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        if (preserve_tos)
            ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_BLOCK);
        ADDOP(c, POP_EXCEPT);
        return 1;
    case WITH:
    case ASYNC_WITH:
        SET_LOC(c, (stmt_ty)info->datum);
        ADDOP(c, POP_BLOCK);
        if (preserve_tos)
            ADDOP_I(c, SWAP, 2);
        RET(call_exit_with_nones(c));
        if (info->type == ASYNC_WITH) {
            ADDOP_I(c, GET_AWAITABLE, AWAITABLE_AFTER_AEXIT);
            ADDOP_LOAD_CONST(c, Py_None);
            RET(add_yield_from(c, 1));
        }
        ADDOP(c, POP_TOP);
        UNSET_LOC(c);
        return 1;
    case HANDLER_CLEANUP:
        if (info->datum)
            ADDOP(c, POP_BLOCK);
        if (preserve_tos)
            ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_BLOCK);
        ADDOP(c, POP_EXCEPT);
        if (info->datum) {
            ADDOP_LOAD_CONST(c, Py_None);
            RET(nameop(c, (PyObject *)info->datum, Store));
            RET(nameop(c, (PyObject *)info->datum, Del));
        }
        return 1;
    case POP_VALUE:
        if (preserve_tos)
            ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        return 1;
    }
    return 1;
}

/* Unwind every open block up to (not including) the innermost loop, which
 * is returned in *loop when loop != NULL. */
static int
unwind_fblock_stack(compiler *c, int preserve_tos, fblockinfo **loop)
{
    if (c->u->nfb == 0)
        return 1;
    fblockinfo *top = &c->u->fb[c->u->nfb - 1];
    if (top->type == EXCEPTION_GROUP_HANDLER)
        return compiler_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop != NULL && (top->type == WHILE_LOOP || top->type == FOR_LOOP)) {
        *loop = top;
        return 1;
    }
    fblockinfo copy = *top;
    c->u->nfb--;
    if (!unwind_fblock(c, &copy, preserve_tos))
        return 0;
    if (!unwind_fblock_stack(c, preserve_tos, loop))
        return 0;
    c->u->fb[c->u->nfb++] = copy;
    return 1;
}

/* ================================================================ helpers */

static int
visit_exprs(compiler *c, asdl_expr_seq *seq)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(seq); i++)
        VISIT(c, expr, (expr_ty)asdl_seq_GET(seq, i));
    return 1;
}

static int
visit_stmts(compiler *c, asdl_stmt_seq *seq)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(seq); i++)
        VISIT(c, stmt, (stmt_ty)asdl_seq_GET(seq, i));
    return 1;
}

static PyObject *
get_docstring(asdl_stmt_seq *body)
{
    if (asdl_seq_LEN(body) == 0)
        return NULL;
    stmt_ty s = asdl_seq_GET(body, 0);
    if (s->kind != Expr_kind)
        return NULL;
    expr_ty e = s->v.Expr.value;
    if (e->kind == Constant_kind && PyUnicode_CheckExact(e->v.Constant.value))
        return e->v.Constant.value;
    return NULL;
}

static int
is_const_expr(expr_ty e)
{
    return e->kind == Constant_kind;
}

static int
binop_arg(operator_ty op)
{
    switch (op) {
    case Add: return NB_ADD;
    case Sub: return NB_SUBTRACT;
    case Mult: return NB_MULTIPLY;
    case MatMult: return NB_MATRIX_MULTIPLY;
    case Div: return NB_TRUE_DIVIDE;
    case Mod: return NB_REMAINDER;
    case Pow: return NB_POWER;
    case LShift: return NB_LSHIFT;
    case RShift: return NB_RSHIFT;
    case BitOr: return NB_OR;
    case BitXor: return NB_XOR;
    case BitAnd: return NB_AND;
    case FloorDiv: return NB_FLOOR_DIVIDE;
    }
    return NB_ADD;
}

static int
addop_compare(compiler *c, cmpop_ty op)
{
    switch (op) {
    case Eq: return addop_i(c, COMPARE_OP, Py_EQ);
    case NotEq: return addop_i(c, COMPARE_OP, Py_NE);
    case Lt: return addop_i(c, COMPARE_OP, Py_LT);
    case LtE: return addop_i(c, COMPARE_OP, Py_LE);
    case Gt: return addop_i(c, COMPARE_OP, Py_GT);
    case GtE: return addop_i(c, COMPARE_OP, Py_GE);
    case Is: return addop_i(c, IS_OP, 0);
    case IsNot: return addop_i(c, IS_OP, 1);
    case In: return addop_i(c, CONTAINS_OP, 0);
    case NotIn: return addop_i(c, CONTAINS_OP, 1);
    }
    return 0;
}

#define ADDOP_COMPARE(c, op) RET(addop_compare((c), (op)))

/* SyntaxWarning for `x is 1`: identity with a literal is almost always a bug. */
static int
check_is_literal(expr_ty e)
{
    if (e->kind != Constant_kind)
        return 0;
    PyObject *v = e->v.Constant.value;
    return !(v == Py_None || v == Py_False || v == Py_True || v == Py_Ellipsis);
}

static int
check_compare(compiler *c, expr_ty e)
{
    int left = check_is_literal(e->v.Compare.left);
    Py_ssize_t n = asdl_seq_LEN(e->v.Compare.ops);
    for (Py_ssize_t i = 0; i < n; i++) {
        cmpop_ty op = (cmpop_ty)e->v.Compare.ops->elements[i];
        expr_ty right = asdl_seq_GET(e->v.Compare.comparators, i);
        int r = check_is_literal(right);
        if ((op == Is || op == IsNot) && (left || r)) {
            return compiler_warn(c, op == Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                             : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
        left = r;
    }
    return 1;
}

/* ================================================================ jumps */

static int
jump_if(compiler *c, expr_ty e, kr_block *next, int cond)
{
    switch (e->kind) {
    case UnaryOp_kind:
        if (e->v.UnaryOp.op == Not)
            return jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case BoolOp_kind: {
        asdl_expr_seq *s = e->v.BoolOp.values;
        Py_ssize_t n = asdl_seq_LEN(s) - 1;
        int cond2 = e->v.BoolOp.op == Or;
        kr_block *next2 = next;
        if (!cond2 != !cond)
            NEW_BLOCK(c, next2);
        for (Py_ssize_t i = 0; i < n; i++)
            RET(jump_if(c, asdl_seq_GET(s, i), next2, cond2));
        RET(jump_if(c, asdl_seq_GET(s, n), next, cond));
        if (next2 != next)
            USE_BLOCK(c, next2);
        return 1;
    }
    case IfExp_kind: {
        kr_block *end, *next2;
        NEW_BLOCK(c, end);
        NEW_BLOCK(c, next2);
        RET(jump_if(c, e->v.IfExp.test, next2, 0));
        RET(jump_if(c, e->v.IfExp.body, next, cond));
        ADDOP_JUMP_NOLINE(c, JUMP, end);
        USE_BLOCK(c, next2);
        RET(jump_if(c, e->v.IfExp.orelse, next, cond));
        USE_BLOCK(c, end);
        return 1;
    }
    case Compare_kind: {
        Py_ssize_t n = asdl_seq_LEN(e->v.Compare.ops) - 1;
        if (n > 0) {
            SET_LOC(c, e);
            RET(check_compare(c, e));
            kr_block *cleanup, *end;
            NEW_BLOCK(c, cleanup);
            VISIT(c, expr, e->v.Compare.left);
            for (Py_ssize_t i = 0; i < n; i++) {
                VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Compare.comparators, i));
                ADDOP_I(c, SWAP, 2);
                ADDOP_I(c, COPY, 2);
                ADDOP_COMPARE(c, (cmpop_ty)e->v.Compare.ops->elements[i]);
                ADDOP_JUMP(c, POP_JUMP_IF_FALSE, cleanup);
            }
            VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Compare.comparators, n));
            ADDOP_COMPARE(c, (cmpop_ty)e->v.Compare.ops->elements[n]);
            ADDOP_JUMP(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
            NEW_BLOCK(c, end);
            ADDOP_JUMP_NOLINE(c, JUMP, end);
            USE_BLOCK(c, cleanup);
            ADDOP(c, POP_TOP);
            if (!cond)
                ADDOP_JUMP_NOLINE(c, JUMP, next);
            USE_BLOCK(c, end);
            return 1;
        }
        break;
    }
    default:
        break;
    }
    /* the jump keeps the enclosing statement's location, except after a
     * comparison, whose location it takes (as 3.11 does) */
    VISIT(c, expr, e);
    if (e->kind == Compare_kind)
        SET_LOC(c, e);
    ADDOP_JUMP(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    return 1;
}

/* ================================================================ functions */

static int
make_closure(compiler *c, PyCodeObject *co, int flags)
{
    PyObject *freevars = PyCode_GetFreevars(co);
    if (freevars == NULL)
        return 0;
    Py_ssize_t nfree = PyTuple_GET_SIZE(freevars);
    for (Py_ssize_t i = 0; i < nfree; i++) {
        PyObject *name = PyTuple_GET_ITEM(freevars, i);
        int idx;
        if (c->u->scope == SCOPE_CLASS && PyUnicode_CompareWithASCIIString(name, "__class__") == 0)
            idx = deref_index(c, name, CELL);
        else {
            int scope = _PyST_GetScope(c->u->ste, name);
            idx = deref_index(c, name, scope == CELL ? CELL : FREE);
        }
        if (idx < 0 || !addop_i(c, LOAD_CLOSURE, idx)) {
            Py_DECREF(freevars);
            return 0;
        }
    }
    Py_DECREF(freevars);
    if (nfree) {
        ADDOP_I(c, BUILD_TUPLE, (int)nfree);
        flags |= MAKE_FUNCTION_CLOSURE;
    }
    ADDOP_LOAD_CONST(c, (PyObject *)co);
    ADDOP_I(c, MAKE_FUNCTION, flags);
    return 1;
}

static int
visit_kwonlydefaults(compiler *c, asdl_arg_seq *kwonlyargs, asdl_expr_seq *kw_defaults, int *count)
{
    PyObject *keys = NULL;
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(kwonlyargs); i++) {
        arg_ty arg = asdl_seq_GET(kwonlyargs, i);
        expr_ty dflt = asdl_seq_GET(kw_defaults, i);
        if (dflt == NULL)
            continue;
        PyObject *mangled = _Py_Mangle(c->u->private, arg->arg);
        if (mangled == NULL)
            goto error;
        if (keys == NULL && (keys = PyList_New(0)) == NULL) {
            Py_DECREF(mangled);
            goto error;
        }
        int r = PyList_Append(keys, mangled);
        Py_DECREF(mangled);
        if (r < 0 || !visit_expr(c, dflt))
            goto error;
    }
    if (keys != NULL) {
        Py_ssize_t n = PyList_GET_SIZE(keys);
        PyObject *t = PyList_AsTuple(keys);
        Py_CLEAR(keys);
        if (!load_const_new(c, t))
            goto error;
        ADDOP_I(c, BUILD_CONST_KEY_MAP, (int)n);
        *count = (int)n;
    }
    return 1;
error:
    Py_XDECREF(keys);
    return 0;
}

static int
check_debug_args_seq(compiler *c, asdl_arg_seq *args)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); i++)
        if (forbidden_name(c, ((arg_ty)asdl_seq_GET(args, i))->arg, Store))
            return 0;
    return 1;
}

/* `def f(__debug__)` is rejected here, at the def, as 3.11 does. */
static int
check_debug_args(compiler *c, arguments_ty args)
{
    RET(check_debug_args_seq(c, args->posonlyargs));
    RET(check_debug_args_seq(c, args->args));
    if (args->vararg && forbidden_name(c, args->vararg->arg, Store))
        return 0;
    RET(check_debug_args_seq(c, args->kwonlyargs));
    if (args->kwarg && forbidden_name(c, args->kwarg->arg, Store))
        return 0;
    return 1;
}

static int
default_arguments(compiler *c, arguments_ty args, int *flags)
{
    *flags = 0;
    RET(check_debug_args(c, args));
    if (asdl_seq_LEN(args->defaults) > 0) {
        VISIT_SEQ(c, expr, args->defaults);
        ADDOP_I(c, BUILD_TUPLE, (int)asdl_seq_LEN(args->defaults));
        *flags |= MAKE_FUNCTION_DEFAULTS;
    }
    if (args->kwonlyargs) {
        int n = 0;
        RET(visit_kwonlydefaults(c, args->kwonlyargs, args->kw_defaults, &n));
        if (n)
            *flags |= MAKE_FUNCTION_KWDEFAULTS;
    }
    return 1;
}

PyObject *_KrAST_Unparse(expr_ty e); /* ast_opt.c */

static int
visit_annexpr(compiler *c, expr_ty annotation)
{
    PyObject *s = _KrAST_Unparse(annotation);
    if (s == NULL)
        return 0;
    return load_const_new(c, s);
}

static int
visit_argannotation(compiler *c, PyObject *id, expr_ty annotation, Py_ssize_t *len)
{
    if (annotation == NULL)
        return 1;
    PyObject *mangled = _Py_Mangle(c->u->private, id);
    if (mangled == NULL)
        return 0;
    ADDOP_LOAD_CONST_NEW(c, mangled);
    if (c->flags & CO_FUTURE_ANNOTATIONS)
        RET(visit_annexpr(c, annotation));
    else if (annotation->kind == Starred_kind) {
        VISIT(c, expr, annotation->v.Starred.value);
        ADDOP_I(c, UNPACK_SEQUENCE, 1);
    }
    else
        VISIT(c, expr, annotation);
    *len += 2;
    return 1;
}

static int
visit_argannotations(compiler *c, asdl_arg_seq *args, Py_ssize_t *len)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); i++) {
        arg_ty a = asdl_seq_GET(args, i);
        RET(visit_argannotation(c, a->arg, a->annotation, len));
    }
    return 1;
}

static int
visit_annotations(compiler *c, arguments_ty args, expr_ty returns, int *has)
{
    Py_ssize_t len = 0;
    RET(visit_argannotations(c, args->args, &len));
    RET(visit_argannotations(c, args->posonlyargs, &len));
    if (args->vararg && args->vararg->annotation)
        RET(visit_argannotation(c, args->vararg->arg, args->vararg->annotation, &len));
    RET(visit_argannotations(c, args->kwonlyargs, &len));
    if (args->kwarg && args->kwarg->annotation)
        RET(visit_argannotation(c, args->kwarg->arg, args->kwarg->annotation, &len));
    RET(visit_argannotation(c, _Py_ID(return), returns, &len));
    if (len) {
        ADDOP_I(c, BUILD_TUPLE, (int)len);
        *has = 1;
    }
    return 1;
}

static int
apply_decorators(compiler *c, asdl_expr_seq *decos)
{
    for (Py_ssize_t i = asdl_seq_LEN(decos) - 1; i >= 0; i--) {
        SET_LOC(c, (expr_ty)asdl_seq_GET(decos, i));
        ADDOP_I(c, PRECALL, 0);
        ADDOP_I(c, CALL, 0);
    }
    return 1;
}

static int
visit_function(compiler *c, stmt_ty s, int is_async)
{
    identifier name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    arguments_ty args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    asdl_stmt_seq *body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    asdl_expr_seq *decos = is_async ? s->v.AsyncFunctionDef.decorator_list
                                    : s->v.FunctionDef.decorator_list;
    expr_ty returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    VISIT_SEQ(c, expr, decos);
    int firstlineno = s->lineno;
    if (asdl_seq_LEN(decos))
        firstlineno = ((expr_ty)asdl_seq_GET(decos, 0))->lineno;
    int flags = 0, has_ann = 0;
    SET_LOC(c, s);
    RET(default_arguments(c, args, &flags));
    RET(visit_annotations(c, args, returns, &has_ann));
    if (has_ann)
        flags |= MAKE_FUNCTION_ANNOTATIONS;
    RET(enter_scope(c, name, is_async ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION, s, firstlineno));
    PyObject *doc = c->optimize < 2 ? get_docstring(body) : NULL;
    if (add_const(c, doc ? doc : Py_None) < 0) {
        exit_scope(c);
        return 0;
    }
    c->u->argcount = (int)(asdl_seq_LEN(args->posonlyargs) + asdl_seq_LEN(args->args));
    c->u->posonlyargcount = (int)asdl_seq_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)asdl_seq_LEN(args->kwonlyargs);
    for (Py_ssize_t i = doc ? 1 : 0; i < asdl_seq_LEN(body); i++) {
        if (!visit_stmt(c, asdl_seq_GET(body, i))) {
            exit_scope(c);
            return 0;
        }
    }
    PyCodeObject *co = assemble_unit(c, 1);
    exit_scope(c);
    if (co == NULL)
        return 0;
    SET_LOC(c, s);
    int ok = make_closure(c, co, flags);
    Py_DECREF(co);
    RET(ok);
    RET(apply_decorators(c, decos));
    SET_LOC(c, s);
    return nameop(c, name, Store);
}

static int call_helper(compiler *c, int n, asdl_expr_seq *args, asdl_keyword_seq *keywords);

static int
find_ann(asdl_stmt_seq *stmts)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(stmts); i++) {
        stmt_ty st = asdl_seq_GET(stmts, i);
        int res = 0;
        switch (st->kind) {
        case AnnAssign_kind:
            return 1;
        case For_kind:
        case AsyncFor_kind:
            res = find_ann(st->v.For.body) || find_ann(st->v.For.orelse);
            break;
        case While_kind:
        case If_kind:
            res = find_ann(st->v.While.body) || find_ann(st->v.While.orelse);
            break;
        case With_kind:
        case AsyncWith_kind:
            res = find_ann(st->v.With.body);
            break;
        case Try_kind:
        case TryStar_kind:
            for (Py_ssize_t j = 0; j < asdl_seq_LEN(st->v.Try.handlers); j++) {
                excepthandler_ty h = asdl_seq_GET(st->v.Try.handlers, j);
                if (find_ann(h->v.ExceptHandler.body))
                    return 1;
            }
            res = find_ann(st->v.Try.body) || find_ann(st->v.Try.finalbody) ||
                  find_ann(st->v.Try.orelse);
            break;
        case Match_kind:
            for (Py_ssize_t j = 0; j < asdl_seq_LEN(st->v.Match.cases); j++) {
                match_case_ty m = asdl_seq_GET(st->v.Match.cases, j);
                if (find_ann(m->body))
                    return 1;
            }
            break;
        default:
            break;
        }
        if (res)
            return 1;
    }
    return 0;
}

/* Module and class bodies: annotations dict, docstring into __doc__. */
static int
compile_body(compiler *c, asdl_stmt_seq *stmts)
{
    Py_ssize_t i = 0;
    if (c->u->scope == SCOPE_MODULE && asdl_seq_LEN(stmts))
        SET_LOC(c, (stmt_ty)asdl_seq_GET(stmts, 0));
    if (find_ann(stmts))
        ADDOP(c, SETUP_ANNOTATIONS);
    if (!asdl_seq_LEN(stmts))
        return 1;
    if (c->optimize < 2) {
        PyObject *doc = get_docstring(stmts);
        if (doc) {
            stmt_ty st = asdl_seq_GET(stmts, 0);
            i = 1;
            SET_LOC(c, st);
            VISIT(c, expr, st->v.Expr.value);
            RET(nameop(c, _Py_ID(__doc__), Store));
        }
    }
    for (; i < asdl_seq_LEN(stmts); i++)
        VISIT(c, stmt, (stmt_ty)asdl_seq_GET(stmts, i));
    return 1;
}

static int
visit_class(compiler *c, stmt_ty s)
{
    asdl_expr_seq *decos = s->v.ClassDef.decorator_list;
    VISIT_SEQ(c, expr, decos);
    int firstlineno = s->lineno;
    if (asdl_seq_LEN(decos))
        firstlineno = ((expr_ty)asdl_seq_GET(decos, 0))->lineno;
    RET(enter_scope(c, s->v.ClassDef.name, SCOPE_CLASS, s, firstlineno));
    int ok = nameop(c, _Py_ID(__name__), Load) && nameop(c, _Py_ID(__module__), Store) &&
             load_const(c, c->u->qualname) && nameop(c, _Py_ID(__qualname__), Store) &&
             compile_body(c, s->v.ClassDef.body);
    /* the epilogue is artificial: it takes the last instruction's location */
    UNSET_LOC(c);
    if (ok) {
        if (c->u->ste->ste_needs_class_closure) {
            int idx = deref_index(c, _Py_ID(__class__), CELL);
            ok = idx >= 0 && addop_i(c, LOAD_CLOSURE, idx) && addop_i(c, COPY, 1) &&
                 nameop(c, _Py_ID(__classcell__), Store);
        }
        else
            ok = load_const(c, Py_None);
    }
    if (ok)
        ok = addop_i(c, RETURN_VALUE, 0);
    PyCodeObject *co = ok ? assemble_unit(c, 1) : NULL;
    exit_scope(c);
    if (co == NULL)
        return 0;
    SET_LOC(c, s);
    ok = addop_i(c, PUSH_NULL, 0) && addop_i(c, LOAD_BUILD_CLASS, 0) && make_closure(c, co, 0);
    Py_DECREF(co);
    RET(ok);
    ADDOP_LOAD_CONST(c, s->v.ClassDef.name);
    RET(call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    RET(apply_decorators(c, decos));
    SET_LOC(c, s);
    return nameop(c, s->v.ClassDef.name, Store);
}

static int
visit_lambda(compiler *c, expr_ty e)
{
    arguments_ty args = e->v.Lambda.args;
    int flags = 0;
    RET(default_arguments(c, args, &flags));
    PyObject *name = PyUnicode_InternFromString("<lambda>");
    if (name == NULL)
        return 0;
    int ok = enter_scope(c, name, SCOPE_LAMBDA, e, e->lineno);
    Py_DECREF(name);
    RET(ok);
    /* None first, so a lambda has no docstring */
    if (add_const(c, Py_None) < 0) {
        exit_scope(c);
        return 0;
    }
    c->u->argcount = (int)(asdl_seq_LEN(args->posonlyargs) + asdl_seq_LEN(args->args));
    c->u->posonlyargcount = (int)asdl_seq_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)asdl_seq_LEN(args->kwonlyargs);
    PyCodeObject *co = NULL;
    if (visit_expr(c, e->v.Lambda.body)) {
        if (c->u->ste->ste_generator)
            co = assemble_unit(c, 0);
        else if (addop_i(c, RETURN_VALUE, 0))
            co = assemble_unit(c, 1);
    }
    exit_scope(c);
    if (co == NULL)
        return 0;
    ok = make_closure(c, co, flags);
    Py_DECREF(co);
    return ok;
}

/* ================================================================ calls */

static int
validate_keywords(compiler *c, asdl_keyword_seq *keywords)
{
    Py_ssize_t n = asdl_seq_LEN(keywords);
    for (Py_ssize_t i = 0; i < n; i++) {
        keyword_ty k = asdl_seq_GET(keywords, i);
        if (k->arg == NULL)
            continue;
        if (forbidden_name(c, k->arg, Store))
            return 0;
        for (Py_ssize_t j = i + 1; j < n; j++) {
            keyword_ty o = asdl_seq_GET(keywords, j);
            if (o->arg && PyUnicode_Compare(k->arg, o->arg) == 0) {
                c->u->loc = (kr_location){o->lineno, o->end_lineno, o->col_offset, o->end_col_offset};
                return compiler_error(c, "keyword argument repeated: %U", k->arg);
            }
        }
    }
    return 1;
}

static int
call_simple_kw_helper(compiler *c, asdl_keyword_seq *keywords, Py_ssize_t nkw)
{
    PyObject *names = PyTuple_New(nkw);
    if (names == NULL)
        return 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        keyword_ty kw = asdl_seq_GET(keywords, i);
        PyTuple_SET_ITEM(names, i, Py_NewRef(kw->arg));
    }
    Py_ssize_t idx = add_const(c, names);
    Py_DECREF(names);
    if (idx < 0)
        return 0;
    ADDOP_I(c, KW_NAMES, (int)idx);
    return 1;
}

/* Push a list of the sequence elements, `pushed` values already below. */
static int
starunpack_helper(compiler *c, asdl_expr_seq *elts, int pushed, int build, int add,
                  int extend, int tuple)
{
    Py_ssize_t n = asdl_seq_LEN(elts);
    if (n > 2) {
        int all_const = 1;
        for (Py_ssize_t i = 0; i < n; i++)
            if (((expr_ty)asdl_seq_GET(elts, i))->kind != Constant_kind)
                all_const = 0;
        if (all_const) {
            PyObject *folded = PyTuple_New(n);
            if (folded == NULL)
                return 0;
            for (Py_ssize_t i = 0; i < n; i++)
                PyTuple_SET_ITEM(folded, i,
                                 Py_NewRef(((expr_ty)asdl_seq_GET(elts, i))->v.Constant.value));
            if (tuple && !pushed)
                return load_const_new(c, folded);
            if (add == SET_ADD) {
                PyObject *fs = PyFrozenSet_New(folded);
                Py_DECREF(folded);
                if (fs == NULL)
                    return 0;
                folded = fs;
            }
            if (!addop_i(c, build, pushed)) {
                Py_DECREF(folded);
                return 0;
            }
            ADDOP_LOAD_CONST_NEW(c, folded);
            ADDOP_I(c, extend, 1);
            if (tuple)
                ADDOP(c, LIST_TO_TUPLE);
            return 1;
        }
    }
    int big = n + pushed > STACK_USE_GUARDRAIL;
    int seen_star = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (((expr_ty)asdl_seq_GET(elts, i))->kind == Starred_kind)
            seen_star = 1;
    if (!seen_star && !big) {
        for (Py_ssize_t i = 0; i < n; i++)
            VISIT(c, expr, (expr_ty)asdl_seq_GET(elts, i));
        ADDOP_I(c, tuple ? BUILD_TUPLE : build, (int)(n + pushed));
        return 1;
    }
    int built = 0;
    if (big) {
        ADDOP_I(c, build, pushed);
        built = 1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        expr_ty elt = asdl_seq_GET(elts, i);
        if (elt->kind == Starred_kind) {
            if (!built) {
                ADDOP_I(c, build, (int)(i + pushed));
                built = 1;
            }
            VISIT(c, expr, elt->v.Starred.value);
            ADDOP_I(c, extend, 1);
        }
        else {
            VISIT(c, expr, elt);
            if (built)
                ADDOP_I(c, add, 1);
        }
    }
    if (tuple)
        ADDOP(c, LIST_TO_TUPLE);
    return 1;
}

static int
subkwargs(compiler *c, asdl_keyword_seq *keywords, Py_ssize_t begin, Py_ssize_t end)
{
    Py_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUARDRAIL;
    if (n > 1 && !big) {
        for (Py_ssize_t i = begin; i < end; i++)
            VISIT(c, expr, ((keyword_ty)asdl_seq_GET(keywords, i))->value);
        PyObject *keys = PyTuple_New(n);
        if (keys == NULL)
            return 0;
        for (Py_ssize_t i = begin; i < end; i++)
            PyTuple_SET_ITEM(keys, i - begin,
                             Py_NewRef(((keyword_ty)asdl_seq_GET(keywords, i))->arg));
        ADDOP_LOAD_CONST_NEW(c, keys);
        ADDOP_I(c, BUILD_CONST_KEY_MAP, (int)n);
        return 1;
    }
    if (big)
        ADDOP_I(c, BUILD_MAP, 0);
    for (Py_ssize_t i = begin; i < end; i++) {
        keyword_ty kw = asdl_seq_GET(keywords, i);
        ADDOP_LOAD_CONST(c, kw->arg);
        VISIT(c, expr, kw->value);
        if (big)
            RET(addop_noline(c, MAP_ADD, 1));
    }
    if (!big)
        ADDOP_I(c, BUILD_MAP, (int)n);
    return 1;
}

static int
call_helper(compiler *c, int n, asdl_expr_seq *args, asdl_keyword_seq *keywords)
{
    RET(validate_keywords(c, keywords));
    Py_ssize_t nelts = asdl_seq_LEN(args), nkwelts = asdl_seq_LEN(keywords);
    if (nelts + nkwelts * 2 > STACK_USE_GUARDRAIL)
        goto ex_call;
    for (Py_ssize_t i = 0; i < nelts; i++)
        if (((expr_ty)asdl_seq_GET(args, i))->kind == Starred_kind)
            goto ex_call;
    for (Py_ssize_t i = 0; i < nkwelts; i++)
        if (((keyword_ty)asdl_seq_GET(keywords, i))->arg == NULL)
            goto ex_call;
    for (Py_ssize_t i = 0; i < nelts; i++)
        VISIT(c, expr, (expr_ty)asdl_seq_GET(args, i));
    if (nkwelts) {
        for (Py_ssize_t i = 0; i < nkwelts; i++)
            VISIT(c, expr, ((keyword_ty)asdl_seq_GET(keywords, i))->value);
        RET(call_simple_kw_helper(c, keywords, nkwelts));
    }
    ADDOP_I(c, PRECALL, (int)(n + nelts + nkwelts));
    ADDOP_I(c, CALL, (int)(n + nelts + nkwelts));
    return 1;

ex_call:
    if (n == 0 && nelts == 1 && ((expr_ty)asdl_seq_GET(args, 0))->kind == Starred_kind)
        VISIT(c, expr, ((expr_ty)asdl_seq_GET(args, 0))->v.Starred.value);
    else
        RET(starunpack_helper(c, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, 1));
    if (nkwelts) {
        int have_dict = 0;
        Py_ssize_t nseen = 0;
        for (Py_ssize_t i = 0; i < nkwelts; i++) {
            keyword_ty kw = asdl_seq_GET(keywords, i);
            if (kw->arg == NULL) {
                if (nseen) {
                    RET(subkwargs(c, keywords, i - nseen, i));
                    if (have_dict)
                        ADDOP_I(c, DICT_MERGE, 1);
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    ADDOP_I(c, BUILD_MAP, 0);
                    have_dict = 1;
                }
                VISIT(c, expr, kw->value);
                ADDOP_I(c, DICT_MERGE, 1);
            }
            else
                nseen++;
        }
        if (nseen) {
            RET(subkwargs(c, keywords, nkwelts - nseen, nkwelts));
            if (have_dict)
                ADDOP_I(c, DICT_MERGE, 1);
        }
    }
    ADDOP_I(c, CALL_FUNCTION_EX, nkwelts > 0);
    return 1;
}

static void
update_start_location_to_match_attr(compiler *c, expr_ty attr)
{
    if (c->u->loc.lineno != attr->end_lineno) {
        c->u->loc.lineno = attr->end_lineno;
        int len = (int)PyUnicode_GET_LENGTH(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset)
            c->u->loc.col_offset = attr->end_col_offset - len;
        else {
            c->u->loc.col_offset = -1;
            c->u->loc.end_col_offset = -1;
        }
        if (c->u->loc.end_lineno < c->u->loc.lineno)
            c->u->loc.end_lineno = c->u->loc.lineno;
    }
}

/* obj.meth(args) as LOAD_METHOD / PRECALL / CALL; 0 if not applicable */
static int
maybe_method_call(compiler *c, expr_ty e, int *done)
{
    expr_ty meth = e->v.Call.func;
    asdl_expr_seq *args = e->v.Call.args;
    asdl_keyword_seq *kwds = e->v.Call.keywords;
    *done = 0;
    if (meth->kind != Attribute_kind || meth->v.Attribute.ctx != Load)
        return 1;
    /* module.function(...) stays LOAD_ATTR: a name bound by import is
     * almost always a module, for which LOAD_METHOD only costs.  As in
     * 3.11 only the module's own imports count (a cheap test that needs
     * no walk of the scope chain), whatever scope the call is in. */
    expr_ty base = meth->v.Attribute.value;
    if (base->kind == Name_kind &&
        (_PyST_GetSymbol(c->st->st_top, base->v.Name.id) & DEF_IMPORT))
        return 1;
    Py_ssize_t argsl = asdl_seq_LEN(args), kwdsl = asdl_seq_LEN(kwds);
    for (Py_ssize_t i = 0; i < argsl; i++)
        if (((expr_ty)asdl_seq_GET(args, i))->kind == Starred_kind)
            return 1;
    for (Py_ssize_t i = 0; i < kwdsl; i++)
        if (((keyword_ty)asdl_seq_GET(kwds, i))->arg == NULL)
            return 1;
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUARDRAIL)
        return 1;
    RET(validate_keywords(c, kwds));
    *done = 1;
    VISIT(c, expr, meth->v.Attribute.value);
    kr_location saved = c->u->loc;
    SET_LOC(c, meth);
    update_start_location_to_match_attr(c, meth);
    ADDOP_NAME(c, LOAD_METHOD, meth->v.Attribute.attr);
    VISIT_SEQ(c, expr, args);
    if (kwdsl) {
        for (Py_ssize_t i = 0; i < kwdsl; i++)
            VISIT(c, expr, ((keyword_ty)asdl_seq_GET(kwds, i))->value);
        RET(call_simple_kw_helper(c, kwds, kwdsl));
    }
    c->u->loc = saved;
    update_start_location_to_match_attr(c, meth);
    ADDOP_I(c, PRECALL, (int)(argsl + kwdsl));
    ADDOP_I(c, CALL, (int)(argsl + kwdsl));
    c->u->loc = saved;
    return 1;
}

/* The type an expression is sure to have, from its form alone; NULL when
 * that takes running it. */
static PyTypeObject *
infer_type(expr_ty e)
{
    switch (e->kind) {
    case Tuple_kind: return &PyTuple_Type;
    case List_kind: case ListComp_kind: return &PyList_Type;
    case Dict_kind: case DictComp_kind: return &PyDict_Type;
    case Set_kind: case SetComp_kind: return &PySet_Type;
    case GeneratorExp_kind: return &PyGen_Type;
    case Lambda_kind: return &PyFunction_Type;
    case JoinedStr_kind: case FormattedValue_kind: return &PyUnicode_Type;
    case Constant_kind: return Py_TYPE(e->v.Constant.value);
    default: return NULL;
    }
}

/* SyntaxWarning at expression e */
static int
warn_at(compiler *c, expr_ty e, const char *fmt, const char *a, const char *b)
{
    kr_location saved = c->u->loc;
    SET_LOC(c, e);
    int r = compiler_warn(c, fmt, a, b);
    c->u->loc = saved;
    return r;
}

static int
check_caller(compiler *c, expr_ty e)
{
    switch (e->kind) {
    case Constant_kind:
    case Tuple_kind:
    case List_kind:
    case ListComp_kind:
    case Dict_kind:
    case DictComp_kind:
    case Set_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
    case JoinedStr_kind:
    case FormattedValue_kind:
        return warn_at(c, e, "'%s' object is not callable; perhaps you missed a comma?",
                       infer_type(e)->tp_name, NULL);
    default:
        return 1;
    }
}

/* x[i] where x cannot be subscripted, or cannot take that kind of index */
static int
check_subscript(compiler *c, expr_ty e)
{
    expr_ty v = e->v.Subscript.value;
    PyObject *k = v->kind == Constant_kind ? v->v.Constant.value : NULL;
    switch (v->kind) {
    case Constant_kind:
        if (!(k == Py_None || k == Py_Ellipsis || PyLong_Check(k) || PyFloat_Check(k) ||
              PyComplex_Check(k) || PyAnySet_Check(k)))
            break;
        /* fall through */
    case Set_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
    case Lambda_kind:
        return warn_at(c, e, "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                       infer_type(v)->tp_name, NULL);
    default:
        break;
    }
    PyTypeObject *index_type = infer_type(e->v.Subscript.slice);
    if (index_type == NULL || PyType_FastSubclass(index_type, Py_TPFLAGS_LONG_SUBCLASS) ||
        index_type == &PySlice_Type)
        return 1;
    switch (v->kind) {
    case Constant_kind:
        if (!(PyUnicode_Check(k) || PyBytes_Check(k) || PyTuple_Check(k)))
            return 1;
        /* fall through */
    case Tuple_kind:
    case List_kind:
    case ListComp_kind:
    case JoinedStr_kind:
    case FormattedValue_kind:
        return warn_at(c, e, "%.200s indices must be integers or slices, not %.200s; "
                             "perhaps you missed a comma?",
                       infer_type(v)->tp_name, index_type->tp_name);
    default:
        return 1;
    }
}

static int
visit_call(compiler *c, expr_ty e)
{
    int done;
    RET(maybe_method_call(c, e, &done));
    if (done)
        return 1;
    RET(check_caller(c, e->v.Call.func));
    expr_ty func = e->v.Call.func;
    if (is_global_load(c, func)) {
        /* LOAD_GLOBAL with the low bit pushes the NULL itself */
        kr_location saved = c->u->loc;
        SET_LOC(c, func);
        PyObject *mangled = _Py_Mangle(c->u->private, func->v.Name.id);
        if (mangled == NULL)
            return 0;
        Py_ssize_t idx = dict_add(c->u->names, mangled);
        Py_DECREF(mangled);
        if (idx < 0)
            return 0;
        ADDOP_I(c, LOAD_GLOBAL, (int)(idx << 1) | 1);
        c->u->loc = saved;
    }
    else {
        kr_location saved = c->u->loc;
        SET_LOC(c, func);
        ADDOP(c, PUSH_NULL);
        c->u->loc = saved;
        VISIT(c, expr, func);
    }
    return call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ================================================================ displays */

static int
subdict(compiler *c, expr_ty e, Py_ssize_t begin, Py_ssize_t end)
{
    Py_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUARDRAIL;
    int all_const = n > 1 && !big;
    for (Py_ssize_t i = begin; i < end && all_const; i++) {
        expr_ty k = asdl_seq_GET(e->v.Dict.keys, i);
        if (k == NULL || k->kind != Constant_kind)
            all_const = 0;
    }
    if (all_const) {
        for (Py_ssize_t i = begin; i < end; i++)
            VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Dict.values, i));
        PyObject *keys = PyTuple_New(n);
        if (keys == NULL)
            return 0;
        for (Py_ssize_t i = begin; i < end; i++)
            PyTuple_SET_ITEM(keys, i - begin,
                Py_NewRef(((expr_ty)asdl_seq_GET(e->v.Dict.keys, i))->v.Constant.value));
        ADDOP_LOAD_CONST_NEW(c, keys);
        ADDOP_I(c, BUILD_CONST_KEY_MAP, (int)n);
        return 1;
    }
    if (big)
        ADDOP_I(c, BUILD_MAP, 0);
    for (Py_ssize_t i = begin; i < end; i++) {
        VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Dict.keys, i));
        VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Dict.values, i));
        if (big)
            ADDOP_I(c, MAP_ADD, 1);
    }
    if (!big)
        ADDOP_I(c, BUILD_MAP, (int)n);
    return 1;
}

static int
visit_dict(compiler *c, expr_ty e)
{
    Py_ssize_t n = asdl_seq_LEN(e->v.Dict.values), elements = 0;
    int have_dict = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int is_unpacking = asdl_seq_GET(e->v.Dict.keys, i) == NULL;
        if (is_unpacking) {
            if (elements) {
                RET(subdict(c, e, i - elements, i));
                if (have_dict)
                    ADDOP_I(c, DICT_UPDATE, 1);
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(c, BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Dict.values, i));
            ADDOP_I(c, DICT_UPDATE, 1);
        }
        else {
            if (elements * 2 > STACK_USE_GUARDRAIL) {
                RET(subdict(c, e, i - elements, i + 1));
                if (have_dict)
                    ADDOP_I(c, DICT_UPDATE, 1);
                have_dict = 1;
                elements = 0;
            }
            else
                elements++;
        }
    }
    if (elements) {
        RET(subdict(c, e, n - elements, n));
        if (have_dict)
            ADDOP_I(c, DICT_UPDATE, 1);
        have_dict = 1;
    }
    if (!have_dict)
        ADDOP_I(c, BUILD_MAP, 0);
    return 1;
}

static int
unpack_helper(compiler *c, asdl_expr_seq *elts)
{
    Py_ssize_t n = asdl_seq_LEN(elts);
    int seen_star = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        expr_ty elt = asdl_seq_GET(elts, i);
        if (elt->kind == Starred_kind && !seen_star) {
            if ((i >= (1 << 8)) || (n - i - 1 >= (INT_MAX >> 8)))
                return compiler_error(c, "too many expressions in star-unpacking assignment");
            ADDOP_I(c, UNPACK_EX, (int)(i + ((n - i - 1) << 8)));
            seen_star = 1;
        }
        else if (elt->kind == Starred_kind)
            return compiler_error(c, "multiple starred expressions in assignment");
    }
    if (!seen_star)
        ADDOP_I(c, UNPACK_SEQUENCE, (int)n);
    return 1;
}

static int
assignment_helper(compiler *c, asdl_expr_seq *elts)
{
    RET(unpack_helper(c, elts));
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(elts); i++) {
        expr_ty elt = asdl_seq_GET(elts, i);
        VISIT(c, expr, elt->kind != Starred_kind ? elt : elt->v.Starred.value);
    }
    return 1;
}

static int
visit_list_or_tuple(compiler *c, expr_ty e, int is_tuple)
{
    asdl_expr_seq *elts = is_tuple ? e->v.Tuple.elts : e->v.List.elts;
    expr_context_ty ctx = is_tuple ? e->v.Tuple.ctx : e->v.List.ctx;
    if (ctx == Store)
        return assignment_helper(c, elts);
    if (ctx == Load)
        return starunpack_helper(c, elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, is_tuple);
    VISIT_SEQ(c, expr, elts);
    return 1;
}

static int
visit_joined_str(compiler *c, expr_ty e)
{
    Py_ssize_t n = asdl_seq_LEN(e->v.JoinedStr.values);
    if (n > STACK_USE_GUARDRAIL) {
        ADDOP_LOAD_CONST_NEW(c, PyUnicode_FromString(""));
        ADDOP_NAME(c, LOAD_METHOD, _Py_ID(join));
        ADDOP_I(c, BUILD_LIST, 0);
        for (Py_ssize_t i = 0; i < n; i++) {
            VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.JoinedStr.values, i));
            ADDOP_I(c, LIST_APPEND, 1);
        }
        ADDOP_I(c, PRECALL, 1);
        ADDOP_I(c, CALL, 1);
        return 1;
    }
    VISIT_SEQ(c, expr, e->v.JoinedStr.values);
    if (n != 1)
        ADDOP_I(c, BUILD_STRING, (int)n);
    return 1;
}

static int
visit_formatted_value(compiler *c, expr_ty e)
{
    int conv = e->v.FormattedValue.conversion, oparg;
    VISIT(c, expr, e->v.FormattedValue.value);
    switch (conv) {
    case 's': oparg = FVC_STR; break;
    case 'r': oparg = FVC_REPR; break;
    case 'a': oparg = FVC_ASCII; break;
    case -1: oparg = FVC_NONE; break;
    default:
        PyErr_Format(PyExc_SystemError, "Unrecognized conversion character %d", conv);
        return 0;
    }
    if (e->v.FormattedValue.format_spec) {
        VISIT(c, expr, e->v.FormattedValue.format_spec);
        oparg |= FVS_HAVE_SPEC;
    }
    ADDOP_I(c, FORMAT_VALUE, oparg);
    return 1;
}

/* ================================================================ comprehensions */

enum comp_type { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

static int comprehension_generator(compiler *c, asdl_comprehension_seq *gens, int idx,
                                   int depth, expr_ty elt, expr_ty val, enum comp_type type);

static int
comprehension_element(compiler *c, expr_ty elt, expr_ty val, enum comp_type type, int depth)
{
    switch (type) {
    case COMP_GENEXP:
        VISIT(c, expr, elt);
        if (c->u->ste->ste_coroutine)
            ADDOP(c, ASYNC_GEN_WRAP);
        ADDOP(c, YIELD_VALUE);
        ADDOP_I(c, RESUME, RESUME_AFTER_YIELD);
        ADDOP(c, POP_TOP);
        break;
    case COMP_LISTCOMP:
        VISIT(c, expr, elt);
        ADDOP_I(c, LIST_APPEND, depth + 1);
        break;
    case COMP_SETCOMP:
        VISIT(c, expr, elt);
        ADDOP_I(c, SET_ADD, depth + 1);
        break;
    case COMP_DICTCOMP:
        VISIT(c, expr, elt);
        VISIT(c, expr, val);
        ADDOP_I(c, MAP_ADD, depth + 1);
        break;
    }
    return 1;
}

static int
sync_comprehension_generator(compiler *c, asdl_comprehension_seq *gens, int idx, int depth,
                             expr_ty elt, expr_ty val, enum comp_type type)
{
    kr_block *start, *if_cleanup, *anchor;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, if_cleanup);
    NEW_BLOCK(c, anchor);
    comprehension_ty gen = asdl_seq_GET(gens, idx);
    if (idx == 0) {
        c->u->argcount = 1;
        ADDOP_I(c, LOAD_FAST, 0);
    }
    else {
        asdl_expr_seq *elts = NULL;
        if (gen->iter->kind == List_kind)
            elts = gen->iter->v.List.elts;
        else if (gen->iter->kind == Tuple_kind)
            elts = gen->iter->v.Tuple.elts;
        if (asdl_seq_LEN(elts) == 1) {
            expr_ty one = asdl_seq_GET(elts, 0);
            if (one->kind != Starred_kind) {
                /* `for y in [f(x)]`: bind without a loop */
                VISIT(c, expr, one);
                start = NULL;
            }
        }
        if (start) {
            VISIT(c, expr, gen->iter);
            ADDOP(c, GET_ITER);
        }
    }
    if (start) {
        depth++;
        USE_BLOCK(c, start);
        ADDOP_JUMP(c, FOR_ITER, anchor);
    }
    VISIT(c, expr, gen->target);
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(gen->ifs); i++)
        RET(jump_if(c, asdl_seq_GET(gen->ifs, i), if_cleanup, 0));
    if (++idx < asdl_seq_LEN(gens))
        RET(comprehension_generator(c, gens, idx, depth, elt, val, type));
    if (idx >= asdl_seq_LEN(gens))
        RET(comprehension_element(c, elt, val, type, depth));
    USE_BLOCK(c, if_cleanup);
    if (start) {
        ADDOP_JUMP(c, JUMP, start);
        USE_BLOCK(c, anchor);
    }
    return 1;
}

static int
async_comprehension_generator(compiler *c, asdl_comprehension_seq *gens, int idx, int depth,
                              expr_ty elt, expr_ty val, enum comp_type type)
{
    kr_block *start, *except, *if_cleanup;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, if_cleanup);
    comprehension_ty gen = asdl_seq_GET(gens, idx);
    if (idx == 0) {
        c->u->argcount = 1;
        ADDOP_I(c, LOAD_FAST, 0);
    }
    else {
        VISIT(c, expr, gen->iter);
        ADDOP(c, GET_AITER);
    }
    USE_BLOCK(c, start);
    RET(push_fblock(c, ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL));
    ADDOP_JUMP(c, SETUP_FINALLY, except);
    ADDOP(c, GET_ANEXT);
    ADDOP_LOAD_CONST(c, Py_None);
    RET(add_yield_from(c, 1));
    ADDOP(c, POP_BLOCK);
    VISIT(c, expr, gen->target);
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(gen->ifs); i++)
        RET(jump_if(c, asdl_seq_GET(gen->ifs, i), if_cleanup, 0));
    depth++;
    if (++idx < asdl_seq_LEN(gens))
        RET(comprehension_generator(c, gens, idx, depth, elt, val, type));
    if (idx >= asdl_seq_LEN(gens))
        RET(comprehension_element(c, elt, val, type, depth));
    USE_BLOCK(c, if_cleanup);
    ADDOP_JUMP(c, JUMP, start);
    pop_fblock(c);
    USE_BLOCK(c, except);
    ADDOP(c, END_ASYNC_FOR);
    return 1;
}

static int
comprehension_generator(compiler *c, asdl_comprehension_seq *gens, int idx, int depth,
                        expr_ty elt, expr_ty val, enum comp_type type)
{
    comprehension_ty gen = asdl_seq_GET(gens, idx);
    if (gen->is_async)
        return async_comprehension_generator(c, gens, idx, depth, elt, val, type);
    return sync_comprehension_generator(c, gens, idx, depth, elt, val, type);
}

static int
visit_comprehension(compiler *c, expr_ty e, enum comp_type type, const char *name,
                    asdl_comprehension_seq *gens, expr_ty elt, expr_ty val)
{
    comprehension_ty outermost = asdl_seq_GET(gens, 0);
    int top_level_await = (c->flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) && c->u->ste->ste_type == ModuleBlock;
    PyObject *qname = PyUnicode_InternFromString(name);
    if (qname == NULL)
        return 0;
    int ok = enter_scope(c, qname, SCOPE_COMPREHENSION, e, e->lineno);
    Py_DECREF(qname);
    RET(ok);
    SET_LOC(c, e);
    int is_async_generator = c->u->ste->ste_coroutine;
    unit *outer = c->u->parent;
    if (is_async_generator && type != COMP_GENEXP && outer->scope != SCOPE_ASYNC_FUNCTION &&
        outer->scope != SCOPE_COMPREHENSION && !top_level_await) {
        compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
        exit_scope(c);
        return 0;
    }
    PyCodeObject *co = NULL;
    ok = 1;
    if (type != COMP_GENEXP) {
        int op = type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP;
        ok = addop_i(c, op, 0);
    }
    ok = ok && comprehension_generator(c, gens, 0, 0, elt, val, type);
    if (ok && type != COMP_GENEXP)
        ok = addop_i(c, RETURN_VALUE, 0);
    if (ok)
        co = assemble_unit(c, 1);
    exit_scope(c);
    if (co == NULL)
        return 0;
    if (top_level_await && is_async_generator)
        c->u->ste->ste_coroutine = 1;
    ok = make_closure(c, co, 0);
    Py_DECREF(co);
    RET(ok);
    VISIT(c, expr, outermost->iter);
    ADDOP(c, outermost->is_async ? GET_AITER : GET_ITER);
    ADDOP_I(c, PRECALL, 0);
    ADDOP_I(c, CALL, 0);
    if (is_async_generator && type != COMP_GENEXP) {
        ADDOP_I(c, GET_AWAITABLE, 0);
        ADDOP_LOAD_CONST(c, Py_None);
        RET(add_yield_from(c, 1));
    }
    return 1;
}

/* ================================================================ expressions */

static int
visit_boolop(compiler *c, expr_ty e)
{
    kr_block *end;
    int jumpi = e->v.BoolOp.op == And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
    NEW_BLOCK(c, end);
    asdl_expr_seq *s = e->v.BoolOp.values;
    Py_ssize_t n = asdl_seq_LEN(s) - 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        VISIT(c, expr, (expr_ty)asdl_seq_GET(s, i));
        ADDOP_JUMP(c, jumpi, end);
    }
    VISIT(c, expr, (expr_ty)asdl_seq_GET(s, n));
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_compare(compiler *c, expr_ty e)
{
    RET(check_compare(c, e));
    Py_ssize_t n = asdl_seq_LEN(e->v.Compare.ops) - 1;
    VISIT(c, expr, e->v.Compare.left);
    if (n == 0) {
        VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Compare.comparators, 0));
        ADDOP_COMPARE(c, (cmpop_ty)e->v.Compare.ops->elements[0]);
        return 1;
    }
    kr_block *cleanup, *end;
    NEW_BLOCK(c, cleanup);
    for (Py_ssize_t i = 0; i < n; i++) {
        VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Compare.comparators, i));
        ADDOP_I(c, SWAP, 2);
        ADDOP_I(c, COPY, 2);
        ADDOP_COMPARE(c, (cmpop_ty)e->v.Compare.ops->elements[i]);
        ADDOP_JUMP(c, JUMP_IF_FALSE_OR_POP, cleanup);
    }
    VISIT(c, expr, (expr_ty)asdl_seq_GET(e->v.Compare.comparators, n));
    ADDOP_COMPARE(c, (cmpop_ty)e->v.Compare.ops->elements[n]);
    NEW_BLOCK(c, end);
    ADDOP_JUMP_NOLINE(c, JUMP, end);
    USE_BLOCK(c, cleanup);
    ADDOP_I(c, SWAP, 2);
    ADDOP(c, POP_TOP);
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_slice(compiler *c, expr_ty s)
{
    int n = 2;
    if (s->v.Slice.lower)
        VISIT(c, expr, s->v.Slice.lower);
    else
        ADDOP_LOAD_CONST(c, Py_None);
    if (s->v.Slice.upper)
        VISIT(c, expr, s->v.Slice.upper);
    else
        ADDOP_LOAD_CONST(c, Py_None);
    if (s->v.Slice.step) {
        n++;
        VISIT(c, expr, s->v.Slice.step);
    }
    ADDOP_I(c, BUILD_SLICE, n);
    return 1;
}

static int
visit_expr1(compiler *c, expr_ty e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        VISIT(c, expr, e->v.NamedExpr.value);
        ADDOP_I(c, COPY, 1);
        VISIT(c, expr, e->v.NamedExpr.target);
        return 1;
    case BoolOp_kind:
        return visit_boolop(c, e);
    case BinOp_kind:
        VISIT(c, expr, e->v.BinOp.left);
        VISIT(c, expr, e->v.BinOp.right);
        ADDOP_I(c, BINARY_OP, binop_arg(e->v.BinOp.op));
        return 1;
    case UnaryOp_kind: {
        VISIT(c, expr, e->v.UnaryOp.operand);
        static const int ops[] = {0, UNARY_INVERT, UNARY_NOT, UNARY_POSITIVE, UNARY_NEGATIVE};
        ADDOP(c, ops[e->v.UnaryOp.op]);
        return 1;
    }
    case Lambda_kind:
        return visit_lambda(c, e);
    case IfExp_kind: {
        kr_block *end, *next;
        NEW_BLOCK(c, end);
        NEW_BLOCK(c, next);
        RET(jump_if(c, e->v.IfExp.test, next, 0));
        VISIT(c, expr, e->v.IfExp.body);
        ADDOP_JUMP_NOLINE(c, JUMP, end);
        USE_BLOCK(c, next);
        VISIT(c, expr, e->v.IfExp.orelse);
        USE_BLOCK(c, end);
        return 1;
    }
    case Dict_kind:
        return visit_dict(c, e);
    case Set_kind:
        return starunpack_helper(c, e->v.Set.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, 0);
    case GeneratorExp_kind:
        return visit_comprehension(c, e, COMP_GENEXP, "<genexpr>", e->v.GeneratorExp.generators,
                                   e->v.GeneratorExp.elt, NULL);
    case ListComp_kind:
        return visit_comprehension(c, e, COMP_LISTCOMP, "<listcomp>", e->v.ListComp.generators,
                                   e->v.ListComp.elt, NULL);
    case SetComp_kind:
        return visit_comprehension(c, e, COMP_SETCOMP, "<setcomp>", e->v.SetComp.generators,
                                   e->v.SetComp.elt, NULL);
    case DictComp_kind:
        return visit_comprehension(c, e, COMP_DICTCOMP, "<dictcomp>", e->v.DictComp.generators,
                                   e->v.DictComp.key, e->v.DictComp.value);
    case Yield_kind:
        if (c->u->ste->ste_type != FunctionBlock)
            return compiler_error(c, "'yield' outside function");
        if (e->v.Yield.value)
            VISIT(c, expr, e->v.Yield.value);
        else
            ADDOP_LOAD_CONST(c, Py_None);
        if (c->u->ste->ste_coroutine)
            ADDOP(c, ASYNC_GEN_WRAP);
        ADDOP(c, YIELD_VALUE);
        ADDOP_I(c, RESUME, RESUME_AFTER_YIELD);
        return 1;
    case YieldFrom_kind:
        if (c->u->ste->ste_type != FunctionBlock)
            return compiler_error(c, "'yield' outside function");
        if (c->u->scope == SCOPE_ASYNC_FUNCTION)
            return compiler_error(c, "'yield from' inside async function");
        VISIT(c, expr, e->v.YieldFrom.value);
        ADDOP(c, GET_YIELD_FROM_ITER);
        ADDOP_LOAD_CONST(c, Py_None);
        return add_yield_from(c, 0);
    case Await_kind:
        if (!((c->flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) && c->u->ste->ste_type == ModuleBlock)) {
            if (c->u->ste->ste_type != FunctionBlock)
                return compiler_error(c, "'await' outside function");
            if (c->u->scope != SCOPE_ASYNC_FUNCTION && c->u->scope != SCOPE_COMPREHENSION)
                return compiler_error(c, "'await' outside async function");
        }
        VISIT(c, expr, e->v.Await.value);
        ADDOP_I(c, GET_AWAITABLE, 0);
        ADDOP_LOAD_CONST(c, Py_None);
        return add_yield_from(c, 1);
    case Compare_kind:
        return visit_compare(c, e);
    case Call_kind:
        return visit_call(c, e);
    case Constant_kind:
        ADDOP_LOAD_CONST(c, e->v.Constant.value);
        return 1;
    case JoinedStr_kind:
        return visit_joined_str(c, e);
    case FormattedValue_kind:
        return visit_formatted_value(c, e);
    case Attribute_kind:
        VISIT(c, expr, e->v.Attribute.value);
        update_start_location_to_match_attr(c, e);
        switch (e->v.Attribute.ctx) {
        case Load:
            ADDOP_NAME(c, LOAD_ATTR, e->v.Attribute.attr);
            break;
        case Store:
            if (forbidden_name(c, e->v.Attribute.attr, Store))
                return 0;
            ADDOP_NAME(c, STORE_ATTR, e->v.Attribute.attr);
            break;
        case Del:
            ADDOP_NAME(c, DELETE_ATTR, e->v.Attribute.attr);
            break;
        }
        return 1;
    case Subscript_kind:
        if (e->v.Subscript.ctx == Load)
            RET(check_subscript(c, e));
        VISIT(c, expr, e->v.Subscript.value);
        VISIT(c, expr, e->v.Subscript.slice);
        switch (e->v.Subscript.ctx) {
        case Load: ADDOP(c, BINARY_SUBSCR); break;
        case Store: ADDOP(c, STORE_SUBSCR); break;
        case Del: ADDOP(c, DELETE_SUBSCR); break;
        }
        return 1;
    case Starred_kind:
        if (e->v.Starred.ctx == Store)
            return compiler_error(c, "starred assignment target must be in a list or tuple");
        return compiler_error(c, "can't use starred expression here");
    case Slice_kind:
        return visit_slice(c, e);
    case Name_kind:
        return nameop(c, e->v.Name.id, e->v.Name.ctx);
    case List_kind:
        return visit_list_or_tuple(c, e, 0);
    case Tuple_kind:
        return visit_list_or_tuple(c, e, 1);
    }
    return 1;
}

static int
visit_expr(compiler *c, expr_ty e)
{
    kr_location saved = c->u->loc;
    SET_LOC(c, e);
    int r = visit_expr1(c, e);
    c->u->loc = saved;
    return r;
}

/* ================================================================ statements */

static int
visit_if(compiler *c, stmt_ty s)
{
    kr_block *end, *next;
    NEW_BLOCK(c, end);
    if (asdl_seq_LEN(s->v.If.orelse))
        NEW_BLOCK(c, next);
    else
        next = end;
    RET(jump_if(c, s->v.If.test, next, 0));
    VISIT_SEQ(c, stmt, s->v.If.body);
    if (asdl_seq_LEN(s->v.If.orelse)) {
        ADDOP_JUMP_NOLINE(c, JUMP, end);
        USE_BLOCK(c, next);
        VISIT_SEQ(c, stmt, s->v.If.orelse);
    }
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_for(compiler *c, stmt_ty s)
{
    kr_block *start, *body, *cleanup, *end;
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, end);
    RET(push_fblock(c, FOR_LOOP, start, end, NULL));
    VISIT(c, expr, s->v.For.iter);
    ADDOP(c, GET_ITER);
    USE_BLOCK(c, start);
    ADDOP_JUMP(c, FOR_ITER, cleanup);
    USE_BLOCK(c, body);
    VISIT(c, expr, s->v.For.target);
    VISIT_SEQ(c, stmt, s->v.For.body);
    UNSET_LOC(c);
    ADDOP_JUMP(c, JUMP, start);
    USE_BLOCK(c, cleanup);
    pop_fblock(c);
    VISIT_SEQ(c, stmt, s->v.For.orelse);
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_async_for(compiler *c, stmt_ty s)
{
    kr_block *start, *except, *end;
    if ((c->flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) && c->u->ste->ste_type == ModuleBlock)
        c->u->ste->ste_coroutine = 1;
    else if (c->u->scope != SCOPE_ASYNC_FUNCTION)
        return compiler_error(c, "'async for' outside async function");
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    VISIT(c, expr, s->v.AsyncFor.iter);
    ADDOP(c, GET_AITER);
    USE_BLOCK(c, start);
    RET(push_fblock(c, FOR_LOOP, start, end, NULL));
    ADDOP_JUMP(c, SETUP_FINALLY, except);
    ADDOP(c, GET_ANEXT);
    ADDOP_LOAD_CONST(c, Py_None);
    RET(add_yield_from(c, 1));
    ADDOP(c, POP_BLOCK);
    VISIT(c, expr, s->v.AsyncFor.target);
    VISIT_SEQ(c, stmt, s->v.AsyncFor.body);
    UNSET_LOC(c);
    ADDOP_JUMP(c, JUMP, start);
    pop_fblock(c);
    USE_BLOCK(c, except);
    SET_LOC(c, s->v.AsyncFor.iter);
    ADDOP(c, END_ASYNC_FOR);
    VISIT_SEQ(c, stmt, s->v.AsyncFor.orelse);
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_while(compiler *c, stmt_ty s)
{
    kr_block *loop, *body, *end, *anchor;
    NEW_BLOCK(c, loop);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, anchor);
    NEW_BLOCK(c, end);
    USE_BLOCK(c, loop);
    RET(push_fblock(c, WHILE_LOOP, loop, end, NULL));
    RET(jump_if(c, s->v.While.test, anchor, 0));
    USE_BLOCK(c, body);
    VISIT_SEQ(c, stmt, s->v.While.body);
    SET_LOC(c, s);
    RET(jump_if(c, s->v.While.test, body, 1));
    pop_fblock(c);
    USE_BLOCK(c, anchor);
    VISIT_SEQ(c, stmt, s->v.While.orelse);
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_return(compiler *c, stmt_ty s)
{
    expr_ty value = s->v.Return.value;
    int preserve_tos = value != NULL && !is_const_expr(value);
    if (c->u->ste->ste_type != FunctionBlock)
        return compiler_error(c, "'return' outside function");
    if (value != NULL && c->u->ste->ste_coroutine && c->u->ste->ste_generator)
        return compiler_error(c, "'return' with value in async generator");
    if (preserve_tos)
        VISIT(c, expr, value);
    else if (value != NULL) {
        SET_LOC(c, value);
        ADDOP(c, NOP);
    }
    if (value == NULL || value->lineno != s->lineno) {
        SET_LOC(c, s);
        ADDOP(c, NOP);
    }
    RET(unwind_fblock_stack(c, preserve_tos, NULL));
    if (value == NULL)
        ADDOP_LOAD_CONST(c, Py_None);
    else if (!preserve_tos)
        ADDOP_LOAD_CONST(c, value->v.Constant.value);
    ADDOP(c, RETURN_VALUE);
    return 1;
}

static int
visit_break_continue(compiler *c, int is_break)
{
    fblockinfo *loop = NULL;
    kr_location origin = c->u->loc;
    ADDOP(c, NOP);
    RET(unwind_fblock_stack(c, 0, &loop));
    if (loop == NULL) {
        /* unwinding a with block moved the location: the error is about
         * the statement */
        c->u->loc = origin;
        return compiler_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (is_break) {
        RET(unwind_fblock(c, loop, 0));
        ADDOP_JUMP(c, JUMP, loop->exit);
    }
    else
        ADDOP_JUMP(c, JUMP, loop->block);
    return 1;
}

static int
visit_try_except(compiler *c, stmt_ty s)
{
    kr_block *body, *except, *end, *cleanup;
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, cleanup);
    ADDOP_JUMP(c, SETUP_FINALLY, except);
    USE_BLOCK(c, body);
    RET(push_fblock(c, TRY_EXCEPT, body, NULL, NULL));
    VISIT_SEQ(c, stmt, s->v.Try.body);
    pop_fblock(c);
    ADDOP_NOLINE(c, POP_BLOCK);
    if (asdl_seq_LEN(s->v.Try.orelse))
        VISIT_SEQ(c, stmt, s->v.Try.orelse);
    ADDOP_JUMP_NOLINE(c, JUMP, end);
    Py_ssize_t n = asdl_seq_LEN(s->v.Try.handlers);
    USE_BLOCK(c, except);
    UNSET_LOC(c);
    ADDOP_JUMP(c, SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    RET(push_fblock(c, EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (Py_ssize_t i = 0; i < n; i++) {
        excepthandler_ty h = asdl_seq_GET(s->v.Try.handlers, i);
        SET_LOC(c, h);
        if (!h->v.ExceptHandler.type && i < n - 1)
            return compiler_error(c, "default 'except:' must be last");
        NEW_BLOCK(c, except);
        if (h->v.ExceptHandler.type) {
            VISIT(c, expr, h->v.ExceptHandler.type);
            ADDOP(c, CHECK_EXC_MATCH);
            ADDOP_JUMP(c, POP_JUMP_IF_FALSE, except);
        }
        if (h->v.ExceptHandler.name) {
            kr_block *cleanup_end, *cleanup_body;
            NEW_BLOCK(c, cleanup_end);
            NEW_BLOCK(c, cleanup_body);
            RET(nameop(c, h->v.ExceptHandler.name, Store));
            ADDOP_JUMP(c, SETUP_CLEANUP, cleanup_end);
            USE_BLOCK(c, cleanup_body);
            RET(push_fblock(c, HANDLER_CLEANUP, cleanup_body, NULL, h->v.ExceptHandler.name));
            VISIT_SEQ(c, stmt, h->v.ExceptHandler.body);
            pop_fblock(c);
            UNSET_LOC(c);
            ADDOP(c, POP_BLOCK);
            ADDOP(c, POP_BLOCK);
            ADDOP(c, POP_EXCEPT);
            ADDOP_LOAD_CONST(c, Py_None);
            RET(nameop(c, h->v.ExceptHandler.name, Store));
            RET(nameop(c, h->v.ExceptHandler.name, Del));
            ADDOP_JUMP(c, JUMP, end);
            USE_BLOCK(c, cleanup_end);
            UNSET_LOC(c);
            ADDOP_LOAD_CONST(c, Py_None);
            RET(nameop(c, h->v.ExceptHandler.name, Store));
            RET(nameop(c, h->v.ExceptHandler.name, Del));
            ADDOP_I(c, RERAISE, 1);
        }
        else {
            kr_block *cleanup_body;
            NEW_BLOCK(c, cleanup_body);
            ADDOP(c, POP_TOP);
            USE_BLOCK(c, cleanup_body);
            RET(push_fblock(c, HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            VISIT_SEQ(c, stmt, h->v.ExceptHandler.body);
            pop_fblock(c);
            UNSET_LOC(c);
            ADDOP(c, POP_BLOCK);
            ADDOP(c, POP_EXCEPT);
            ADDOP_JUMP(c, JUMP, end);
        }
        USE_BLOCK(c, except);
    }
    UNSET_LOC(c);
    pop_fblock(c);
    ADDOP_I(c, RERAISE, 0);
    USE_BLOCK(c, cleanup);
    RET(pop_except_and_reraise(c));
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_try_star_except(compiler *c, stmt_ty s)
{
    kr_block *body, *except, *orelse, *end, *cleanup, *reraise_star;
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, orelse);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, reraise_star);
    ADDOP_JUMP(c, SETUP_FINALLY, except);
    USE_BLOCK(c, body);
    RET(push_fblock(c, TRY_EXCEPT, body, NULL, NULL));
    VISIT_SEQ(c, stmt, s->v.TryStar.body);
    pop_fblock(c);
    ADDOP_NOLINE(c, POP_BLOCK);
    ADDOP_JUMP_NOLINE(c, JUMP, orelse);
    Py_ssize_t n = asdl_seq_LEN(s->v.TryStar.handlers);
    USE_BLOCK(c, except);
    UNSET_LOC(c);
    ADDOP_JUMP(c, SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    RET(push_fblock(c, EXCEPTION_GROUP_HANDLER, NULL, NULL, "except handler"));
    for (Py_ssize_t i = 0; i < n; i++) {
        excepthandler_ty h = asdl_seq_GET(s->v.TryStar.handlers, i);
        SET_LOC(c, h);
        kr_block *except_with_error, *handle_match, *cleanup_end, *cleanup_body;
        NEW_BLOCK(c, except_with_error);
        NEW_BLOCK(c, handle_match);
        if (i == 0) {
            ADDOP_I(c, COPY, 1);
            ADDOP_I(c, BUILD_LIST, 0);
            ADDOP_I(c, SWAP, 2);
        }
        if (h->v.ExceptHandler.type) {
            VISIT(c, expr, h->v.ExceptHandler.type);
            ADDOP(c, CHECK_EG_MATCH);
            ADDOP_I(c, COPY, 1);
            ADDOP_JUMP(c, POP_JUMP_IF_NOT_NONE, handle_match);
            ADDOP(c, POP_TOP);
            ADDOP_JUMP(c, JUMP, except_with_error);
            USE_BLOCK(c, handle_match);
        }
        NEW_BLOCK(c, cleanup_end);
        NEW_BLOCK(c, cleanup_body);
        if (h->v.ExceptHandler.name)
            RET(nameop(c, h->v.ExceptHandler.name, Store));
        else
            ADDOP(c, POP_TOP);
        ADDOP_JUMP(c, SETUP_CLEANUP, cleanup_end);
        USE_BLOCK(c, cleanup_body);
        RET(push_fblock(c, HANDLER_CLEANUP, cleanup_body, NULL, h->v.ExceptHandler.name));
        VISIT_SEQ(c, stmt, h->v.ExceptHandler.body);
        pop_fblock(c);
        UNSET_LOC(c);
        ADDOP(c, POP_BLOCK);
        if (h->v.ExceptHandler.name) {
            ADDOP_LOAD_CONST(c, Py_None);
            RET(nameop(c, h->v.ExceptHandler.name, Store));
            RET(nameop(c, h->v.ExceptHandler.name, Del));
        }
        ADDOP_JUMP(c, JUMP, except_with_error);
        USE_BLOCK(c, cleanup_end);
        UNSET_LOC(c);
        if (h->v.ExceptHandler.name) {
            ADDOP_LOAD_CONST(c, Py_None);
            RET(nameop(c, h->v.ExceptHandler.name, Store));
            RET(nameop(c, h->v.ExceptHandler.name, Del));
        }
        ADDOP_I(c, LIST_APPEND, 3);
        ADDOP(c, POP_TOP);
        USE_BLOCK(c, except_with_error);
        if (i == n - 1) {
            ADDOP_I(c, LIST_APPEND, 1);
            ADDOP_JUMP(c, JUMP, reraise_star);
        }
    }
    UNSET_LOC(c);
    pop_fblock(c);
    kr_block *reraise;
    NEW_BLOCK(c, reraise);
    USE_BLOCK(c, reraise_star);
    ADDOP(c, PREP_RERAISE_STAR);
    ADDOP_I(c, COPY, 1);
    ADDOP_JUMP(c, POP_JUMP_IF_NOT_NONE, reraise);
    ADDOP(c, POP_TOP);
    ADDOP(c, POP_BLOCK);
    ADDOP(c, POP_EXCEPT);
    ADDOP_JUMP(c, JUMP, end);
    USE_BLOCK(c, reraise);
    ADDOP(c, POP_BLOCK);
    ADDOP_I(c, SWAP, 2);
    ADDOP(c, POP_EXCEPT);
    ADDOP_I(c, RERAISE, 0);
    USE_BLOCK(c, cleanup);
    RET(pop_except_and_reraise(c));
    USE_BLOCK(c, orelse);
    VISIT_SEQ(c, stmt, s->v.TryStar.orelse);
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_try_finally(compiler *c, stmt_ty s, int star)
{
    kr_block *body, *end, *exit, *cleanup;
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, cleanup);
    ADDOP_JUMP(c, SETUP_FINALLY, end);
    USE_BLOCK(c, body);
    RET(push_fblock(c, FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (asdl_seq_LEN(s->v.Try.handlers))
        RET(star ? visit_try_star_except(c, s) : visit_try_except(c, s));
    else
        VISIT_SEQ(c, stmt, s->v.Try.body);
    ADDOP_NOLINE(c, POP_BLOCK);
    pop_fblock(c);
    VISIT_SEQ(c, stmt, s->v.Try.finalbody);
    ADDOP_JUMP_NOLINE(c, JUMP, exit);
    USE_BLOCK(c, end);
    UNSET_LOC(c);
    ADDOP_JUMP(c, SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    RET(push_fblock(c, FINALLY_END, end, NULL, NULL));
    VISIT_SEQ(c, stmt, s->v.Try.finalbody);
    pop_fblock(c);
    ADDOP_I(c, RERAISE, 0);
    USE_BLOCK(c, cleanup);
    RET(pop_except_and_reraise(c));
    USE_BLOCK(c, exit);
    return 1;
}

static int
visit_try(compiler *c, stmt_ty s, int star)
{
    if (asdl_seq_LEN(s->v.Try.finalbody))
        return visit_try_finally(c, s, star);
    return star ? visit_try_star_except(c, s) : visit_try_except(c, s);
}

static int
with_except_finish(compiler *c, kr_block *cleanup)
{
    kr_block *exit;
    UNSET_LOC(c);
    NEW_BLOCK(c, exit);
    ADDOP_JUMP(c, POP_JUMP_IF_TRUE, exit);
    ADDOP_I(c, RERAISE, 2);
    USE_BLOCK(c, cleanup);
    RET(pop_except_and_reraise(c));
    USE_BLOCK(c, exit);
    ADDOP(c, POP_TOP);
    ADDOP(c, POP_BLOCK);
    ADDOP(c, POP_EXCEPT);
    ADDOP(c, POP_TOP);
    ADDOP(c, POP_TOP);
    return 1;
}

static int
visit_with(compiler *c, stmt_ty s, int pos, int is_async)
{
    asdl_withitem_seq *items = s->v.With.items;
    withitem_ty item = asdl_seq_GET(items, pos);
    kr_block *block, *final, *exit, *cleanup;
    if (is_async) {
        if ((c->flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) && c->u->ste->ste_type == ModuleBlock)
            c->u->ste->ste_coroutine = 1;
        else if (c->u->scope != SCOPE_ASYNC_FUNCTION)
            return compiler_error(c, "'async with' outside async function");
    }
    NEW_BLOCK(c, block);
    NEW_BLOCK(c, final);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, cleanup);
    VISIT(c, expr, item->context_expr);
    if (is_async) {
        ADDOP(c, BEFORE_ASYNC_WITH);
        ADDOP_I(c, GET_AWAITABLE, AWAITABLE_AFTER_AENTER);
        ADDOP_LOAD_CONST(c, Py_None);
        RET(add_yield_from(c, 1));
    }
    else
        ADDOP(c, BEFORE_WITH);
    ADDOP_JUMP(c, SETUP_WITH, final);
    USE_BLOCK(c, block);
    RET(push_fblock(c, is_async ? ASYNC_WITH : WITH, block, final, s));
    if (item->optional_vars)
        VISIT(c, expr, item->optional_vars);
    else
        ADDOP(c, POP_TOP);
    pos++;
    if (pos == asdl_seq_LEN(items))
        VISIT_SEQ(c, stmt, s->v.With.body);
    else
        RET(visit_with(c, s, pos, is_async));
    UNSET_LOC(c);
    ADDOP(c, POP_BLOCK);
    pop_fblock(c);
    SET_LOC(c, s);
    RET(call_exit_with_nones(c));
    if (is_async) {
        ADDOP_I(c, GET_AWAITABLE, AWAITABLE_AFTER_AEXIT);
        ADDOP_LOAD_CONST(c, Py_None);
        RET(add_yield_from(c, 1));
    }
    ADDOP(c, POP_TOP);
    ADDOP_JUMP(c, JUMP, exit);
    USE_BLOCK(c, final);
    ADDOP_JUMP(c, SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    ADDOP(c, WITH_EXCEPT_START);
    if (is_async) {
        ADDOP_I(c, GET_AWAITABLE, AWAITABLE_AFTER_AEXIT);
        ADDOP_LOAD_CONST(c, Py_None);
        RET(add_yield_from(c, 1));
    }
    RET(with_except_finish(c, cleanup));
    USE_BLOCK(c, exit);
    return 1;
}

static int
import_as(compiler *c, PyObject *name, PyObject *asname)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(name);
    Py_ssize_t dot = PyUnicode_FindChar(name, '.', 0, len, 1);
    if (dot == -2)
        return 0;
    if (dot != -1) {
        while (1) {
            Py_ssize_t pos = dot + 1;
            dot = PyUnicode_FindChar(name, '.', pos, len, 1);
            if (dot == -2)
                return 0;
            PyObject *attr = PyUnicode_Substring(name, pos, dot != -1 ? dot : len);
            if (attr == NULL)
                return 0;
            int ok = addop_name(c, IMPORT_FROM, attr, 0);
            Py_DECREF(attr);
            RET(ok);
            if (dot == -1)
                break;
            ADDOP_I(c, SWAP, 2);
            ADDOP(c, POP_TOP);
        }
        RET(nameop(c, asname, Store));
        ADDOP(c, POP_TOP);
        return 1;
    }
    return nameop(c, asname, Store);
}

static int
visit_import(compiler *c, stmt_ty s)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Import.names); i++) {
        alias_ty a = asdl_seq_GET(s->v.Import.names, i);
        ADDOP_LOAD_CONST_NEW(c, PyLong_FromLong(0));
        ADDOP_LOAD_CONST(c, Py_None);
        ADDOP_NAME(c, IMPORT_NAME, a->name);
        if (a->asname)
            RET(import_as(c, a->name, a->asname));
        else {
            Py_ssize_t dot = PyUnicode_FindChar(a->name, '.', 0, PyUnicode_GET_LENGTH(a->name), 1);
            PyObject *tmp = dot >= 0 ? PyUnicode_Substring(a->name, 0, dot) : Py_NewRef(a->name);
            if (tmp == NULL)
                return 0;
            int ok = nameop(c, tmp, Store);
            Py_DECREF(tmp);
            RET(ok);
        }
    }
    return 1;
}

static int
visit_import_from(compiler *c, stmt_ty s)
{
    asdl_alias_seq *aliases = s->v.ImportFrom.names;
    Py_ssize_t n = asdl_seq_LEN(aliases);
    ADDOP_LOAD_CONST_NEW(c, PyLong_FromLong(s->v.ImportFrom.level));
    PyObject *names = PyTuple_New(n);
    if (names == NULL)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(names, i, Py_NewRef(((alias_ty)asdl_seq_GET(aliases, i))->name));
    ADDOP_LOAD_CONST_NEW(c, names);
    if (s->v.ImportFrom.module)
        ADDOP_NAME(c, IMPORT_NAME, s->v.ImportFrom.module);
    else {
        PyObject *empty = PyUnicode_FromString("");
        if (empty == NULL)
            return 0;
        int ok = addop_name(c, IMPORT_NAME, empty, 1);
        Py_DECREF(empty);
        RET(ok);
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        alias_ty a = asdl_seq_GET(aliases, i);
        if (i == 0 && PyUnicode_READ_CHAR(a->name, 0) == '*') {
            ADDOP(c, IMPORT_STAR);
            return 1;
        }
        ADDOP_NAME(c, IMPORT_FROM, a->name);
        RET(nameop(c, a->asname ? a->asname : a->name, Store));
    }
    ADDOP(c, POP_TOP);
    return 1;
}

static int
check_ann_expr(compiler *c, expr_ty e)
{
    VISIT(c, expr, e);
    ADDOP(c, POP_TOP);
    return 1;
}

static int
check_ann_subscr(compiler *c, expr_ty e)
{
    switch (e->kind) {
    case Slice_kind:
        if (e->v.Slice.lower && !check_ann_expr(c, e->v.Slice.lower))
            return 0;
        if (e->v.Slice.upper && !check_ann_expr(c, e->v.Slice.upper))
            return 0;
        if (e->v.Slice.step && !check_ann_expr(c, e->v.Slice.step))
            return 0;
        return 1;
    case Tuple_kind:
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Tuple.elts); i++)
            RET(check_ann_subscr(c, asdl_seq_GET(e->v.Tuple.elts, i)));
        return 1;
    default:
        return check_ann_expr(c, e);
    }
}

static int
visit_annassign(compiler *c, stmt_ty s)
{
    expr_ty targ = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        VISIT(c, expr, s->v.AnnAssign.value);
        VISIT(c, expr, targ);
    }
    switch (targ->kind) {
    case Name_kind:
        if (forbidden_name(c, targ->v.Name.id, Store))
            return 0;
        if (s->v.AnnAssign.simple && (c->u->scope == SCOPE_MODULE || c->u->scope == SCOPE_CLASS)) {
            if (c->flags & CO_FUTURE_ANNOTATIONS)
                RET(visit_annexpr(c, s->v.AnnAssign.annotation));
            else
                VISIT(c, expr, s->v.AnnAssign.annotation);
            ADDOP_NAME(c, LOAD_NAME, _Py_ID(__annotations__));
            ADDOP_LOAD_CONST_NEW(c, _Py_Mangle(c->u->private, targ->v.Name.id));
            ADDOP(c, STORE_SUBSCR);
        }
        break;
    case Attribute_kind:
        if (!s->v.AnnAssign.value && !check_ann_expr(c, targ->v.Attribute.value))
            return 0;
        break;
    case Subscript_kind:
        if (!s->v.AnnAssign.value && (!check_ann_expr(c, targ->v.Subscript.value) ||
                                      !check_ann_subscr(c, targ->v.Subscript.slice)))
            return 0;
        break;
    default:
        PyErr_Format(PyExc_SystemError, "invalid node type (%d) for annotated assignment",
                     targ->kind);
        return 0;
    }
    if (!s->v.AnnAssign.simple && !(c->flags & CO_FUTURE_ANNOTATIONS) &&
        (c->u->scope == SCOPE_MODULE || c->u->scope == SCOPE_CLASS))
        RET(check_ann_expr(c, s->v.AnnAssign.annotation));
    return 1;
}

static int
visit_augassign(compiler *c, stmt_ty s)
{
    expr_ty e = s->v.AugAssign.target;
    kr_location saved = c->u->loc;
    SET_LOC(c, e);
    switch (e->kind) {
    case Attribute_kind:
        VISIT(c, expr, e->v.Attribute.value);
        ADDOP_I(c, COPY, 1);
        update_start_location_to_match_attr(c, e);
        ADDOP_NAME(c, LOAD_ATTR, e->v.Attribute.attr);
        break;
    case Subscript_kind:
        VISIT(c, expr, e->v.Subscript.value);
        VISIT(c, expr, e->v.Subscript.slice);
        ADDOP_I(c, COPY, 2);
        ADDOP_I(c, COPY, 2);
        ADDOP(c, BINARY_SUBSCR);
        break;
    case Name_kind:
        RET(nameop(c, e->v.Name.id, Load));
        break;
    default:
        PyErr_Format(PyExc_SystemError, "invalid node type (%d) for augmented assignment", e->kind);
        return 0;
    }
    c->u->loc = saved;
    VISIT(c, expr, s->v.AugAssign.value);
    ADDOP_I(c, BINARY_OP, binop_arg(s->v.AugAssign.op) + NB_INPLACE_ADD);
    SET_LOC(c, e);
    switch (e->kind) {
    case Attribute_kind:
        update_start_location_to_match_attr(c, e);
        ADDOP_I(c, SWAP, 2);
        ADDOP_NAME(c, STORE_ATTR, e->v.Attribute.attr);
        break;
    case Subscript_kind:
        ADDOP_I(c, SWAP, 3);
        ADDOP_I(c, SWAP, 2);
        ADDOP(c, STORE_SUBSCR);
        break;
    default:
        RET(nameop(c, e->v.Name.id, Store));
        break;
    }
    return 1;
}

static int
visit_assert(compiler *c, stmt_ty s)
{
    /* a non-empty tuple, also once the optimizer has folded it to a
     * constant; the mistake is reported even where -O drops the assert */
    expr_ty test = s->v.Assert.test;
    if ((test->kind == Tuple_kind && asdl_seq_LEN(test->v.Tuple.elts) > 0) ||
        (test->kind == Constant_kind && PyTuple_Check(test->v.Constant.value) &&
         PyTuple_GET_SIZE(test->v.Constant.value) > 0))
        RET(compiler_warn(c, "assertion is always true, perhaps remove parentheses?"));
    if (c->optimize)
        return 1;
    kr_block *end;
    NEW_BLOCK(c, end);
    RET(jump_if(c, s->v.Assert.test, end, 1));
    ADDOP(c, LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        VISIT(c, expr, s->v.Assert.msg);
        ADDOP_I(c, PRECALL, 0);
        ADDOP_I(c, CALL, 0);
    }
    ADDOP_I(c, RAISE_VARARGS, 1);
    USE_BLOCK(c, end);
    return 1;
}

static int visit_match(compiler *c, stmt_ty s);

static int
visit_stmt_expr(compiler *c, expr_ty value)
{
    if (c->interactive && c->nestlevel <= 1) {
        VISIT(c, expr, value);
        ADDOP(c, PRINT_EXPR);
        return 1;
    }
    if (value->kind == Constant_kind) {
        ADDOP(c, NOP);
        return 1;
    }
    VISIT(c, expr, value);
    UNSET_LOC(c);
    ADDOP(c, POP_TOP);
    return 1;
}

static int
visit_stmt(compiler *c, stmt_ty s)
{
    SET_LOC(c, s);
    switch (s->kind) {
    case FunctionDef_kind:
        return visit_function(c, s, 0);
    case AsyncFunctionDef_kind:
        return visit_function(c, s, 1);
    case ClassDef_kind:
        return visit_class(c, s);
    case Return_kind:
        return visit_return(c, s);
    case Delete_kind:
        VISIT_SEQ(c, expr, s->v.Delete.targets);
        return 1;
    case Assign_kind: {
        Py_ssize_t n = asdl_seq_LEN(s->v.Assign.targets);
        VISIT(c, expr, s->v.Assign.value);
        for (Py_ssize_t i = 0; i < n; i++) {
            if (i < n - 1)
                ADDOP_I(c, COPY, 1);
            VISIT(c, expr, (expr_ty)asdl_seq_GET(s->v.Assign.targets, i));
        }
        return 1;
    }
    case AugAssign_kind:
        return visit_augassign(c, s);
    case AnnAssign_kind:
        return visit_annassign(c, s);
    case For_kind:
        return visit_for(c, s);
    case AsyncFor_kind:
        return visit_async_for(c, s);
    case While_kind:
        return visit_while(c, s);
    case If_kind:
        return visit_if(c, s);
    case With_kind:
        return visit_with(c, s, 0, 0);
    case AsyncWith_kind:
        return visit_with(c, s, 0, 1);
    case Match_kind:
        return visit_match(c, s);
    case Raise_kind: {
        int n = 0;
        if (s->v.Raise.exc) {
            VISIT(c, expr, s->v.Raise.exc);
            n++;
            if (s->v.Raise.cause) {
                VISIT(c, expr, s->v.Raise.cause);
                n++;
            }
        }
        ADDOP_I(c, RAISE_VARARGS, n);
        return 1;
    }
    case Try_kind:
        return visit_try(c, s, 0);
    case TryStar_kind:
        return visit_try(c, s, 1);
    case Assert_kind:
        return visit_assert(c, s);
    case Import_kind:
        return visit_import(c, s);
    case ImportFrom_kind:
        return visit_import_from(c, s);
    case Global_kind:
    case Nonlocal_kind:
        return 1;
    case Expr_kind:
        return visit_stmt_expr(c, s->v.Expr.value);
    case Pass_kind:
        ADDOP(c, NOP);
        return 1;
    case Break_kind:
        return visit_break_continue(c, 1);
    case Continue_kind:
        return visit_break_continue(c, 0);
    }
    return 1;
}

/* ================================================================ match */

#define WILDCARD_CHECK(p) ((p)->kind == MatchAs_kind && !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == MatchStar_kind && !(p)->v.MatchStar.name)

static int visit_pattern(compiler *c, pattern_ty p, pattern_context *pc);

static int
ensure_fail_pop(compiler *c, pattern_context *pc, Py_ssize_t n)
{
    Py_ssize_t size = n + 1;
    if (size <= pc->fail_pop_size)
        return 1;
    kr_block **fp = PyMem_Realloc(pc->fail_pop, (size_t)size * sizeof *fp);
    if (fp == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    pc->fail_pop = fp;
    while (pc->fail_pop_size < size) {
        kr_block *b = new_block(c);
        if (b == NULL)
            return 0;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 1;
}

static int
jump_to_fail_pop(compiler *c, pattern_context *pc, int op)
{
    Py_ssize_t pops = pc->on_top + PyList_GET_SIZE(pc->stores);
    RET(ensure_fail_pop(c, pc, pops));
    ADDOP_JUMP(c, op, pc->fail_pop[pops]);
    return 1;
}

static int
emit_and_reset_fail_pop(compiler *c, pattern_context *pc)
{
    if (!pc->fail_pop_size)
        return 1;
    while (--pc->fail_pop_size) {
        USE_BLOCK(c, pc->fail_pop[pc->fail_pop_size]);
        if (!addop_i(c, POP_TOP, 0)) {
            pc->fail_pop_size = 0;
            PyMem_Free(pc->fail_pop);
            pc->fail_pop = NULL;
            return 0;
        }
    }
    USE_BLOCK(c, pc->fail_pop[0]);
    PyMem_Free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 1;
}

static int
pattern_rotate(compiler *c, Py_ssize_t count)
{
    while (1 < count)
        ADDOP_I(c, SWAP, (int)count--);
    return 1;
}

static int
pattern_store_name(compiler *c, PyObject *n, pattern_context *pc)
{
    if (n == NULL) {
        ADDOP(c, POP_TOP);
        return 1;
    }
    if (forbidden_name(c, n, Store))
        return 0;
    int dup = PySequence_Contains(pc->stores, n);
    if (dup < 0)
        return 0;
    if (dup)
        return compiler_error(c, "multiple assignments to name %R in pattern", n);
    Py_ssize_t rotations = pc->on_top + PyList_GET_SIZE(pc->stores) + 1;
    RET(pattern_rotate(c, rotations));
    return PyList_Append(pc->stores, n) == 0;
}

static int
pattern_unpack_helper(compiler *c, asdl_pattern_seq *elts)
{
    Py_ssize_t n = asdl_seq_LEN(elts);
    int seen_star = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        pattern_ty elt = asdl_seq_GET(elts, i);
        if (elt->kind == MatchStar_kind && !seen_star) {
            if ((i >= (1 << 8)) || (n - i - 1 >= (INT_MAX >> 8)))
                return compiler_error(c, "too many expressions in star-unpacking sequence pattern");
            ADDOP_I(c, UNPACK_EX, (int)(i + ((n - i - 1) << 8)));
            seen_star = 1;
        }
        else if (elt->kind == MatchStar_kind)
            return compiler_error(c, "multiple starred expressions in sequence pattern");
    }
    if (!seen_star)
        ADDOP_I(c, UNPACK_SEQUENCE, (int)n);
    return 1;
}

static int
pattern_subpattern(compiler *c, pattern_ty p, pattern_context *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    RET(visit_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 1;
}

static int
pattern_sequence_unpack(compiler *c, asdl_pattern_seq *patterns, pattern_context *pc)
{
    RET(pattern_unpack_helper(c, patterns));
    Py_ssize_t size = asdl_seq_LEN(patterns);
    pc->on_top += size;
    for (Py_ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        RET(pattern_subpattern(c, asdl_seq_GET(patterns, i), pc));
    }
    return 1;
}

static int
pattern_sequence_subscr(compiler *c, asdl_pattern_seq *patterns, Py_ssize_t star,
                        pattern_context *pc)
{
    pc->on_top++;
    Py_ssize_t size = asdl_seq_LEN(patterns);
    for (Py_ssize_t i = 0; i < size; i++) {
        pattern_ty p = asdl_seq_GET(patterns, i);
        if (WILDCARD_CHECK(p) || i == star)
            continue;
        ADDOP_I(c, COPY, 1);
        if (i < star)
            ADDOP_LOAD_CONST_NEW(c, PyLong_FromSsize_t(i));
        else {
            ADDOP(c, GET_LEN);
            ADDOP_LOAD_CONST_NEW(c, PyLong_FromSsize_t(size - i));
            ADDOP_I(c, BINARY_OP, NB_SUBTRACT);
        }
        ADDOP(c, BINARY_SUBSCR);
        RET(pattern_subpattern(c, p, pc));
    }
    pc->on_top--;
    ADDOP(c, POP_TOP);
    return 1;
}

static int
pattern_sequence(compiler *c, pattern_ty p, pattern_context *pc)
{
    asdl_pattern_seq *patterns = p->v.MatchSequence.patterns;
    Py_ssize_t size = asdl_seq_LEN(patterns), star = -1;
    int only_wildcard = 1, star_wildcard = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        pattern_ty q = asdl_seq_GET(patterns, i);
        if (q->kind == MatchStar_kind) {
            if (star >= 0)
                return compiler_error(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(q);
    }
    pc->on_top++;
    ADDOP(c, MATCH_SEQUENCE);
    RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    if (star < 0) {
        ADDOP(c, GET_LEN);
        ADDOP_LOAD_CONST_NEW(c, PyLong_FromSsize_t(size));
        ADDOP_COMPARE(c, Eq);
        RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    }
    else if (!(only_wildcard && size == 1)) {
        ADDOP(c, GET_LEN);
        ADDOP_LOAD_CONST_NEW(c, PyLong_FromSsize_t(size - 1));
        ADDOP_COMPARE(c, GtE);
        RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        ADDOP(c, POP_TOP);
    else if (star_wildcard)
        RET(pattern_sequence_subscr(c, patterns, star, pc));
    else
        RET(pattern_sequence_unpack(c, patterns, pc));
    return 1;
}

static int
pattern_mapping(compiler *c, pattern_ty p, pattern_context *pc)
{
    asdl_expr_seq *keys = p->v.MatchMapping.keys;
    asdl_pattern_seq *patterns = p->v.MatchMapping.patterns;
    Py_ssize_t size = asdl_seq_LEN(keys);
    if (size != asdl_seq_LEN(patterns))
        return compiler_error(c, "keys (%zd) / patterns (%zd) length mismatch in mapping pattern",
                              size, asdl_seq_LEN(patterns));
    PyObject *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    ADDOP(c, MATCH_MAPPING);
    RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        ADDOP(c, POP_TOP);
        return 1;
    }
    if (size) {
        ADDOP(c, GET_LEN);
        ADDOP_LOAD_CONST_NEW(c, PyLong_FromSsize_t(size));
        ADDOP_COMPARE(c, GtE);
        RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    }
    PyObject *seen = PySet_New(NULL);
    if (seen == NULL)
        return 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        expr_ty key = asdl_seq_GET(keys, i);
        if (key == NULL) {
            compiler_error(c, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            goto error;
        }
        if (key->kind == Constant_kind) {
            int in_seen = PySet_Contains(seen, key->v.Constant.value);
            if (in_seen < 0)
                goto error;
            if (in_seen) {
                compiler_error(c, "mapping pattern checks duplicate key (%R)", key->v.Constant.value);
                goto error;
            }
            if (PySet_Add(seen, key->v.Constant.value) < 0)
                goto error;
        }
        else if (key->kind != Attribute_kind) {
            compiler_error(c, "mapping pattern keys may only match literals and attribute lookups");
            goto error;
        }
        if (!visit_expr(c, key))
            goto error;
    }
    Py_DECREF(seen);
    ADDOP_I(c, BUILD_TUPLE, (int)size);
    ADDOP(c, MATCH_KEYS);
    pc->on_top += 2;
    ADDOP_I(c, COPY, 1);
    ADDOP_LOAD_CONST(c, Py_None);
    ADDOP_I(c, IS_OP, 1);
    RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    ADDOP_I(c, UNPACK_SEQUENCE, (int)size);
    pc->on_top += size - 1;
    for (Py_ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        RET(pattern_subpattern(c, asdl_seq_GET(patterns, i), pc));
    }
    pc->on_top -= 2;
    if (star_target) {
        ADDOP_I(c, BUILD_MAP, 0);
        ADDOP_I(c, SWAP, 3);
        ADDOP_I(c, DICT_UPDATE, 2);
        ADDOP_I(c, UNPACK_SEQUENCE, (int)size);
        while (size) {
            ADDOP_I(c, COPY, (int)(1 + size--));
            ADDOP_I(c, SWAP, 2);
            ADDOP(c, DELETE_SUBSCR);
        }
        RET(pattern_store_name(c, star_target, pc));
    }
    else {
        ADDOP(c, POP_TOP);
        ADDOP(c, POP_TOP);
    }
    return 1;
error:
    Py_DECREF(seen);
    return 0;
}

static int
pattern_class(compiler *c, pattern_ty p, pattern_context *pc)
{
    asdl_pattern_seq *patterns = p->v.MatchClass.patterns;
    asdl_identifier_seq *kwd_attrs = p->v.MatchClass.kwd_attrs;
    asdl_pattern_seq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    Py_ssize_t nargs = asdl_seq_LEN(patterns), nattrs = asdl_seq_LEN(kwd_attrs);
    if (nattrs != asdl_seq_LEN(kwd_patterns))
        return compiler_error(c, "kwd_attrs (%zd) / kwd_patterns (%zd) length mismatch in class pattern",
                              nattrs, asdl_seq_LEN(kwd_patterns));
    for (Py_ssize_t i = 0; i < nattrs; i++) {
        PyObject *attr = asdl_seq_GET(kwd_attrs, i);
        if (forbidden_name(c, attr, Store))
            return 0;
        for (Py_ssize_t j = i + 1; j < nattrs; j++) {
            if (PyUnicode_Compare(attr, asdl_seq_GET(kwd_attrs, j)) == 0) {
                SET_LOC(c, (pattern_ty)asdl_seq_GET(kwd_patterns, j));
                return compiler_error(c, "attribute name repeated in class pattern: %U", attr);
            }
        }
    }
    VISIT(c, expr, p->v.MatchClass.cls);
    PyObject *attr_names = PyTuple_New(nattrs);
    if (attr_names == NULL)
        return 0;
    for (Py_ssize_t i = 0; i < nattrs; i++)
        PyTuple_SET_ITEM(attr_names, i, Py_NewRef((PyObject *)asdl_seq_GET(kwd_attrs, i)));
    ADDOP_LOAD_CONST_NEW(c, attr_names);
    ADDOP_I(c, MATCH_CLASS, (int)nargs);
    ADDOP_I(c, COPY, 1);
    ADDOP_LOAD_CONST(c, Py_None);
    ADDOP_I(c, IS_OP, 1);
    pc->on_top++;
    RET(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    ADDOP_I(c, UNPACK_SEQUENCE, (int)(nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (Py_ssize_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        pattern_ty q = i < nargs ? asdl_seq_GET(patterns, i) : asdl_seq_GET(kwd_patterns, i - nargs);
        if (WILDCARD_CHECK(q)) {
            ADDOP(c, POP_TOP);
            continue;
        }
        RET(pattern_subpattern(c, q, pc));
    }
    return 1;
}

static int
pattern_or(compiler *c, pattern_ty p, pattern_context *pc)
{
    kr_block *end;
    NEW_BLOCK(c, end);
    Py_ssize_t size = asdl_seq_LEN(p->v.MatchOr.patterns);
    pattern_context old_pc = *pc;
    Py_INCREF(pc->stores);
    PyObject *control = NULL;
    for (Py_ssize_t i = 0; i < size; i++) {
        pattern_ty alt = asdl_seq_GET(p->v.MatchOr.patterns, i);
        SET_LOC(c, alt);
        PyObject *pc_stores = PyList_New(0);
        if (pc_stores == NULL)
            goto error;
        Py_SETREF(pc->stores, pc_stores);
        pc->allow_irrefutable = (i == size - 1) && old_pc.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (!addop_i(c, COPY, 1) || !visit_pattern(c, alt, pc))
            goto error;
        Py_ssize_t nstores = PyList_GET_SIZE(pc->stores);
        if (!i) {
            control = Py_NewRef(pc->stores);
        }
        else if (nstores != PyList_GET_SIZE(control))
            goto diff;
        else if (nstores) {
            Py_ssize_t icontrol = nstores;
            while (icontrol--) {
                PyObject *name = PyList_GET_ITEM(control, icontrol);
                Py_ssize_t istores = PySequence_Index(pc->stores, name);
                if (istores < 0) {
                    PyErr_Clear();
                    goto diff;
                }
                if (icontrol != istores) {
                    Py_ssize_t rotations = istores + 1;
                    PyObject *rotated = PyList_GetSlice(pc->stores, 0, rotations);
                    if (rotated == NULL || PyList_SetSlice(pc->stores, 0, rotations, NULL) ||
                        PyList_SetSlice(pc->stores, icontrol - istores, icontrol - istores, rotated)) {
                        Py_XDECREF(rotated);
                        goto error;
                    }
                    Py_DECREF(rotated);
                    while (rotations--)
                        if (!pattern_rotate(c, icontrol + 1))
                            goto error;
                }
            }
        }
        if (!addop_j(c, JUMP, end) || !emit_and_reset_fail_pop(c, pc))
            goto error;
    }
    Py_DECREF(pc->stores);
    *pc = old_pc;
    Py_INCREF(pc->stores);
    old_pc.fail_pop = NULL;
    if (!addop_i(c, POP_TOP, 0) || !jump_to_fail_pop(c, pc, JUMP))
        goto error;
    USE_BLOCK(c, end);
    Py_ssize_t nstores = PyList_GET_SIZE(control);
    Py_ssize_t nrots = nstores + 1 + pc->on_top + PyList_GET_SIZE(pc->stores);
    for (Py_ssize_t i = 0; i < nstores; i++) {
        if (!pattern_rotate(c, nrots))
            goto error;
        PyObject *name = PyList_GET_ITEM(control, i);
        int dupe = PySequence_Contains(pc->stores, name);
        if (dupe < 0)
            goto error;
        if (dupe) {
            compiler_error(c, "multiple assignments to name %R in pattern", name);
            goto error;
        }
        if (PyList_Append(pc->stores, name))
            goto error;
    }
    Py_DECREF(old_pc.stores);
    Py_DECREF(control);
    ADDOP(c, POP_TOP);
    return 1;
diff:
    compiler_error(c, "alternative patterns bind different names");
error:
    PyMem_Free(old_pc.fail_pop);
    Py_DECREF(old_pc.stores);
    Py_XDECREF(control);
    return 0;
}

static int
visit_pattern(compiler *c, pattern_ty p, pattern_context *pc)
{
    SET_LOC(c, p);
    switch (p->kind) {
    case MatchValue_kind: {
        expr_ty value = p->v.MatchValue.value;
        if (value->kind != Constant_kind && value->kind != Attribute_kind)
            return compiler_error(c, "patterns may only match literals and attribute lookups");
        VISIT(c, expr, value);
        ADDOP_COMPARE(c, Eq);
        return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    }
    case MatchSingleton_kind:
        ADDOP_LOAD_CONST(c, p->v.MatchSingleton.value);
        ADDOP_COMPARE(c, Is);
        return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    case MatchSequence_kind:
        return pattern_sequence(c, p, pc);
    case MatchMapping_kind:
        return pattern_mapping(c, p, pc);
    case MatchClass_kind:
        return pattern_class(c, p, pc);
    case MatchStar_kind:
        return pattern_store_name(c, p->v.MatchStar.name, pc);
    case MatchAs_kind:
        if (p->v.MatchAs.pattern == NULL) {
            if (!pc->allow_irrefutable) {
                if (p->v.MatchAs.name)
                    return compiler_error(c, "name capture %R makes remaining patterns unreachable",
                                          p->v.MatchAs.name);
                return compiler_error(c, "wildcard makes remaining patterns unreachable");
            }
            return pattern_store_name(c, p->v.MatchAs.name, pc);
        }
        pc->on_top++;
        ADDOP_I(c, COPY, 1);
        RET(visit_pattern(c, p->v.MatchAs.pattern, pc));
        pc->on_top--;
        return pattern_store_name(c, p->v.MatchAs.name, pc);
    case MatchOr_kind:
        return pattern_or(c, p, pc);
    }
    return 1;
}

static int
visit_match_inner(compiler *c, stmt_ty s, pattern_context *pc)
{
    VISIT(c, expr, s->v.Match.subject);
    kr_block *end;
    NEW_BLOCK(c, end);
    Py_ssize_t cases = asdl_seq_LEN(s->v.Match.cases);
    match_case_ty m = asdl_seq_GET(s->v.Match.cases, cases - 1);
    int has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (Py_ssize_t i = 0; i < cases - has_default; i++) {
        m = asdl_seq_GET(s->v.Match.cases, i);
        SET_LOC(c, m->pattern);
        if (i != cases - has_default - 1)
            ADDOP_I(c, COPY, 1);
        pc->stores = PyList_New(0);
        if (pc->stores == NULL)
            return 0;
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (!visit_pattern(c, m->pattern, pc)) {
            Py_CLEAR(pc->stores);
            PyMem_Free(pc->fail_pop);
            pc->fail_pop = NULL;
            return 0;
        }
        Py_ssize_t nstores = PyList_GET_SIZE(pc->stores);
        for (Py_ssize_t n = 0; n < nstores; n++) {
            if (!nameop(c, PyList_GET_ITEM(pc->stores, n), Store)) {
                Py_CLEAR(pc->stores);
                return 0;
            }
        }
        Py_CLEAR(pc->stores);
        if (m->guard) {
            RET(ensure_fail_pop(c, pc, 0));
            RET(jump_if(c, m->guard, pc->fail_pop[0], 0));
        }
        if (i != cases - has_default - 1)
            ADDOP(c, POP_TOP);
        VISIT_SEQ(c, stmt, m->body);
        ADDOP_JUMP(c, JUMP, end);
        SET_LOC(c, m->pattern);
        RET(emit_and_reset_fail_pop(c, pc));
    }
    if (has_default) {
        m = asdl_seq_GET(s->v.Match.cases, cases - 1);
        SET_LOC(c, m->pattern);
        if (cases == 1)
            ADDOP(c, POP_TOP);
        else
            ADDOP(c, NOP);
        if (m->guard)
            RET(jump_if(c, m->guard, end, 0));
        VISIT_SEQ(c, stmt, m->body);
    }
    USE_BLOCK(c, end);
    return 1;
}

static int
visit_match(compiler *c, stmt_ty s)
{
    pattern_context pc = {0};
    int r = visit_match_inner(c, s, &pc);
    PyMem_Free(pc.fail_pop);
    return r;
}

/* ================================================================ entry */

/* A bad __future__ feature is reported the old way: the message is the
 * only argument, and the location attributes are set afterwards - the
 * statement's line and first column, end line = line, no end column. */
static int
future_error_location(compiler *c, stmt_ty s)
{
    PyErr_SyntaxLocationObject(c->filename, s->lineno, s->col_offset);
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return 0;
    PyObject *el = PyLong_FromLong(s->lineno);
    if (el == NULL || PyObject_SetAttrString(exc, "end_lineno", el) < 0 ||
        PyObject_SetAttrString(exc, "end_offset", Py_None) < 0)
        PyErr_Clear();
    Py_XDECREF(el);
    PyErr_SetRaisedException(exc);
    return 0;
}

static int
future_features(compiler *c, mod_ty mod)
{
    if (mod->kind != Module_kind && mod->kind != Interactive_kind)
        return 1;
    asdl_stmt_seq *body = mod->kind == Module_kind ? mod->v.Module.body : mod->v.Interactive.body;
    int done = 0;
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(body); i++) {
        stmt_ty s = asdl_seq_GET(body, i);
        if (done && s->lineno > 0) {
            if (s->kind == ImportFrom_kind && s->v.ImportFrom.module &&
                PyUnicode_CompareWithASCIIString(s->v.ImportFrom.module, "__future__") == 0) {
                _PyErr_RaiseSyntaxError(PyExc_SyntaxError,
                    "from __future__ imports must occur at the beginning of the file",
                    c->filename, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
                return 0;
            }
            continue;
        }
        if (i == 0 && s->kind == Expr_kind && s->v.Expr.value->kind == Constant_kind &&
            PyUnicode_Check(s->v.Expr.value->v.Constant.value))
            continue;
        if (s->kind == ImportFrom_kind && s->v.ImportFrom.module &&
            PyUnicode_CompareWithASCIIString(s->v.ImportFrom.module, "__future__") == 0) {
            asdl_alias_seq *names = s->v.ImportFrom.names;
            for (Py_ssize_t j = 0; j < asdl_seq_LEN(names); j++) {
                alias_ty a = asdl_seq_GET(names, j);
                const char *f = PyUnicode_AsUTF8(a->name);
                if (f == NULL)
                    return 0;
                if (!strcmp(f, "nested_scopes") || !strcmp(f, "generators") ||
                    !strcmp(f, "division") || !strcmp(f, "absolute_import") ||
                    !strcmp(f, "with_statement") || !strcmp(f, "print_function") ||
                    !strcmp(f, "unicode_literals") || !strcmp(f, "generator_stop"))
                    continue;
                if (!strcmp(f, "annotations"))
                    c->flags |= CO_FUTURE_ANNOTATIONS;
                else if (!strcmp(f, "barry_as_FLUFL"))
                    c->flags |= CO_FUTURE_BARRY_AS_BDFL;
                else if (!strcmp(f, "braces")) {
                    PyErr_SetString(PyExc_SyntaxError, "not a chance");
                    return future_error_location(c, s);
                }
                else {
                    PyErr_Format(PyExc_SyntaxError, "future feature %U is not defined", a->name);
                    return future_error_location(c, s);
                }
            }
            continue;
        }
        done = 1;
    }
    return 1;
}

static PyCodeObject *
compile_mod(compiler *c, mod_ty mod)
{
    PyObject *name = PyUnicode_InternFromString("<module>");
    if (name == NULL)
        return NULL;
    int ok = enter_scope(c, name, SCOPE_MODULE, mod, 1);
    Py_DECREF(name);
    if (!ok)
        return NULL;
    int add_none = 1;
    switch (mod->kind) {
    case Module_kind:
        ok = compile_body(c, mod->v.Module.body);
        break;
    case Interactive_kind:
        c->interactive = 1;
        if (find_ann(mod->v.Interactive.body))
            ok = addop_i(c, SETUP_ANNOTATIONS, 0);
        ok = ok && visit_stmts(c, mod->v.Interactive.body);
        break;
    case Expression_kind:
        SET_LOC(c, mod->v.Expression.body);
        ok = visit_expr(c, mod->v.Expression.body);
        add_none = 0;
        break;
    default:
        PyErr_Format(PyExc_SystemError, "module kind %d should not be possible", mod->kind);
        ok = 0;
    }
    PyCodeObject *co = ok ? assemble_unit(c, add_none) : NULL;
    exit_scope(c);
    return co;
}

PyCodeObject *
_PyAST_Compile(mod_ty mod, PyObject *filename, PyCompilerFlags *flags, int optimize,
               PyArena *arena)
{
    compiler c = {0};
    PyCodeObject *co = NULL;
    c.filename = filename;
    c.arena = arena;
    c.flags = flags ? flags->cf_flags : 0;
    /* -1 is the interpreter's level (-O, PYTHONOPTIMIZE): the start-up
     * configuration, which sys.flags.optimize only shows */
    if (optimize == -1)
        optimize = _Kr_Config.optimize;
    c.optimize = optimize;
    if (!future_features(&c, mod))
        return NULL;
    if (!_PyAST_Optimize(mod, arena, optimize))
        return NULL;
    c.st = _PySymtable_Build(mod, filename, c.flags);
    if (c.st == NULL)
        return NULL;
    c.const_cache = PyDict_New();
    if (c.const_cache == NULL) {
        _PySymtable_Free(c.st);
        return NULL;
    }
    co = compile_mod(&c, mod);
    while (c.u != NULL)
        exit_scope(&c);
    _PySymtable_Free(c.st);
    Py_CLEAR(c.const_cache);
    if (co != NULL && flags)
        flags->cf_flags |= c.flags & PyCF_MASK;
    return co;
}
