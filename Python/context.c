/* Context variables (PEP 567): contextvars.Context, ContextVar, Token,
 * and the `_contextvars` module.
 *
 * Each thread has a current Context (created on first use).  A Context
 * maps ContextVar objects to values; ContextVar.set() changes the
 * mapping of the current context only, and Context.run() makes another
 * context current for the length of one call, so code running under
 * asyncio sees the variables of the task it belongs to.
 *
 * CPython stores the mapping in a HAMT so copy_context() is O(1).  Here
 * a context owns a dict and copying copies it: programs hold a handful of
 * variables, and copy_context() (once per asyncio callback) stays cheap.
 * What matters for correctness is that a copy never sees later changes
 * of the original, and the reverse; both hold because set() only ever
 * writes the dict of the context that is current.
 *
 * A Token remembers the variable's previous value in the context where
 * set() was called, so reset() restores exactly that, once. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_typing.h"

typedef struct PyContext {
    PyObject_HEAD
    PyObject *vars;         /* dict: ContextVar -> value */
    struct PyContext *prev; /* the context that was current before run() */
    char entered;
} PyContext;

typedef struct {
    PyObject_HEAD
    PyObject *name;
    PyObject *default_value; /* NULL: none */
} PyContextVar;

typedef struct {
    PyObject_HEAD
    PyObject *ctx;
    PyObject *var;
    PyObject *old_value; /* Token.MISSING when the variable was unset */
    char used;
} PyContextToken;

static PyTypeObject PyContext_Type, PyContextVar_Type, PyContextToken_Type,
    PyContextTokenMissing_Type;

/* Token.MISSING: the one instance of its own small type. */
static PyObject token_missing_obj = {1, &PyContextTokenMissing_Type};
#define TOKEN_MISSING (&token_missing_obj)

static PyObject *
token_missing_repr(PyObject *self)
{
    return PyUnicode_FromString("<Token.MISSING>");
}

static PyTypeObject PyContextTokenMissing_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "Token.MISSING",
    .tp_basicsize = sizeof(PyObject),
    .tp_repr = token_missing_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

/* ---------------------------------------------------------------- */
/* Context */

static PyContext *
context_new_with_vars(PyObject *vars)
{
    PyContext *ctx = PyObject_GC_New(PyContext, &PyContext_Type);
    if (ctx == NULL)
        return NULL;
    ctx->vars = vars ? PyDict_Copy(vars) : PyDict_New();
    if (ctx->vars == NULL) {
        ctx->prev = NULL;
        Py_DECREF(ctx);
        return NULL;
    }
    ctx->prev = NULL;
    ctx->entered = 0;
    PyObject_GC_Track(ctx);
    return ctx;
}

/* The thread's current context (borrowed), made on first use. */
static PyContext *
context_current(void)
{
    PyThreadState *ts = _PyThreadState_GET();
    if (ts->context == NULL) {
        PyContext *ctx = context_new_with_vars(NULL);
        if (ctx == NULL)
            return NULL;
        ctx->entered = 1;
        ts->context = (PyObject *)ctx;
    }
    return (PyContext *)ts->context;
}

PyObject *
PyContext_CopyCurrent(void)
{
    PyContext *ctx = context_current();
    if (ctx == NULL)
        return NULL;
    return (PyObject *)context_new_with_vars(ctx->vars);
}

int
PyContext_Enter(PyObject *octx)
{
    PyContext *ctx = (PyContext *)octx;
    if (ctx->entered) {
        PyErr_Format(PyExc_RuntimeError, "cannot enter context: %R is already entered", ctx);
        return -1;
    }
    PyThreadState *ts = _PyThreadState_GET();
    if (context_current() == NULL)
        return -1;
    ctx->prev = (PyContext *)ts->context; /* the reference moves to prev */
    ctx->entered = 1;
    ts->context = Py_NewRef(octx);
    return 0;
}

int
PyContext_Exit(PyObject *octx)
{
    PyContext *ctx = (PyContext *)octx;
    PyThreadState *ts = _PyThreadState_GET();
    if (!ctx->entered) {
        PyErr_Format(PyExc_RuntimeError, "cannot exit context: %R has not been entered", ctx);
        return -1;
    }
    if (ts->context != octx) {
        PyErr_SetString(PyExc_RuntimeError,
                        "cannot exit context: thread state references a different context object");
        return -1;
    }
    ts->context = (PyObject *)ctx->prev;
    ctx->prev = NULL;
    ctx->entered = 0;
    Py_DECREF(octx);
    return 0;
}

static PyObject *
context_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) || (kwds && PyDict_GET_SIZE(kwds))) {
        PyErr_SetString(PyExc_TypeError, "Context() does not accept any arguments");
        return NULL;
    }
    return (PyObject *)context_new_with_vars(NULL);
}

static int
context_traverse(PyContext *ctx, visitproc visit, void *arg)
{
    Py_VISIT(ctx->vars);
    Py_VISIT(ctx->prev);
    return 0;
}

static int
context_clear(PyContext *ctx)
{
    Py_CLEAR(ctx->vars);
    Py_CLEAR(ctx->prev);
    return 0;
}

static void
context_dealloc(PyContext *ctx)
{
    PyObject_GC_UnTrack(ctx);
    context_clear(ctx);
    PyObject_GC_Del(ctx);
}

static int
check_var(PyObject *key)
{
    if (!Py_IS_TYPE(key, &PyContextVar_Type)) {
        PyErr_Format(PyExc_TypeError, "a ContextVar key was expected, got %R", key);
        return -1;
    }
    return 0;
}

static PyObject *
context_subscript(PyContext *ctx, PyObject *key)
{
    if (check_var(key) < 0)
        return NULL;
    PyObject *v = PyDict_GetItemWithError(ctx->vars, key);
    if (v == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_KeyError, key);
        return NULL;
    }
    return Py_NewRef(v);
}

static int
context_contains(PyContext *ctx, PyObject *key)
{
    if (check_var(key) < 0)
        return -1;
    return PyDict_Contains(ctx->vars, key);
}

static Py_ssize_t
context_len(PyContext *ctx)
{
    return PyDict_GET_SIZE(ctx->vars);
}

static PyObject *
context_iter(PyContext *ctx)
{
    return PyObject_GetIter(ctx->vars);
}

static PyObject *
context_get(PyContext *ctx, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("get", nargs, 1, 2))
        return NULL;
    if (check_var(args[0]) < 0)
        return NULL;
    PyObject *v = PyDict_GetItemWithError(ctx->vars, args[0]);
    if (v == NULL) {
        if (PyErr_Occurred())
            return NULL;
        v = nargs > 1 ? args[1] : Py_None;
    }
    return Py_NewRef(v);
}

static PyObject *
context_keys(PyContext *ctx, PyObject *unused)
{
    return PyObject_CallMethod(ctx->vars, "keys", NULL);
}

static PyObject *
context_values(PyContext *ctx, PyObject *unused)
{
    return PyObject_CallMethod(ctx->vars, "values", NULL);
}

static PyObject *
context_items(PyContext *ctx, PyObject *unused)
{
    return PyObject_CallMethod(ctx->vars, "items", NULL);
}

static PyObject *
context_copy(PyContext *ctx, PyObject *unused)
{
    return (PyObject *)context_new_with_vars(ctx->vars);
}

static PyObject *
context_run(PyContext *ctx, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs < 1) {
        PyErr_SetString(PyExc_TypeError, "run() missing 1 required positional argument");
        return NULL;
    }
    if (PyContext_Enter((PyObject *)ctx) < 0)
        return NULL;
    PyObject *res = PyObject_Vectorcall(args[0], args + 1, nargs - 1, kwnames);
    if (PyContext_Exit((PyObject *)ctx) < 0) {
        Py_XDECREF(res);
        return NULL;
    }
    return res;
}

static PyObject *
context_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!Py_IS_TYPE(v, &PyContext_Type) || !Py_IS_TYPE(w, &PyContext_Type) ||
        (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    return PyObject_RichCompare(((PyContext *)v)->vars, ((PyContext *)w)->vars, op);
}

static PyMappingMethods context_as_mapping = {
    .mp_length = (lenfunc)context_len,
    .mp_subscript = (binaryfunc)context_subscript,
};

static PySequenceMethods context_as_sequence = {
    .sq_contains = (objobjproc)context_contains,
};

static PyMethodDef context_methods[] = {
    {"get", (PyCFunction)(void (*)(void))context_get, METH_FASTCALL,
     "get($self, key, default=None, /)\n--\n\n"
     "Return the value for `key` if `key` has the value in the context object."},
    {"items", (PyCFunction)context_items, METH_NOARGS,
     "items($self, /)\n--\n\nReturn all variables and their values in the context object."},
    {"keys", (PyCFunction)context_keys, METH_NOARGS,
     "keys($self, /)\n--\n\nReturn a list of all variables in the context object."},
    {"values", (PyCFunction)context_values, METH_NOARGS,
     "values($self, /)\n--\n\nReturn a list of all variables' values in the context object."},
    {"copy", (PyCFunction)context_copy, METH_NOARGS,
     "copy($self, /)\n--\n\nReturn a shallow copy of the context object."},
    {"run", (PyCFunction)(void (*)(void))context_run, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject PyContext_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_contextvars.Context",
    .tp_basicsize = sizeof(PyContext),
    .tp_dealloc = (destructor)context_dealloc,
    .tp_as_sequence = &context_as_sequence,
    .tp_as_mapping = &context_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)context_traverse,
    .tp_clear = (inquiry)context_clear,
    .tp_richcompare = context_richcompare,
    .tp_iter = (getiterfunc)context_iter,
    .tp_methods = context_methods,
    .tp_new = context_tp_new,
};

/* ---------------------------------------------------------------- */
/* ContextVar */

static PyObject *
contextvar_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"", "default", NULL};
    PyObject *name, *def = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|$O:ContextVar", kwlist, &name, &def))
        return NULL;
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "context variable name must be a str");
        return NULL;
    }
    PyContextVar *var = PyObject_GC_New(PyContextVar, &PyContextVar_Type);
    if (var == NULL)
        return NULL;
    var->name = Py_NewRef(name);
    var->default_value = Py_XNewRef(def);
    PyObject_GC_Track(var);
    return (PyObject *)var;
}

static int
contextvar_traverse(PyContextVar *var, visitproc visit, void *arg)
{
    Py_VISIT(var->name);
    Py_VISIT(var->default_value);
    return 0;
}

static int
contextvar_clear(PyContextVar *var)
{
    Py_CLEAR(var->name);
    Py_CLEAR(var->default_value);
    return 0;
}

static void
contextvar_dealloc(PyContextVar *var)
{
    PyObject_GC_UnTrack(var);
    contextvar_clear(var);
    PyObject_GC_Del(var);
}

static Py_hash_t
contextvar_hash(PyObject *self)
{
    return _Py_HashPointer(self);
}

/* The variable's value in the current context: 1 found (*val new), 0 not. */
int
PyContextVar_Get(PyObject *ovar, PyObject *def, PyObject **val)
{
    PyContextVar *var = (PyContextVar *)ovar;
    PyContext *ctx = context_current();
    *val = NULL;
    if (ctx == NULL)
        return -1;
    PyObject *v = PyDict_GetItemWithError(ctx->vars, ovar);
    if (v == NULL && PyErr_Occurred())
        return -1;
    if (v == NULL)
        v = def ? def : var->default_value;
    *val = Py_XNewRef(v);
    return 0;
}

static PyObject *
contextvar_get(PyContextVar *var, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("get", nargs, 0, 1))
        return NULL;
    PyObject *val;
    if (PyContextVar_Get((PyObject *)var, nargs ? args[0] : NULL, &val) < 0)
        return NULL;
    if (val == NULL)
        PyErr_SetObject(PyExc_LookupError, (PyObject *)var);
    return val;
}

PyObject *
PyContextVar_Set(PyObject *ovar, PyObject *value)
{
    PyContext *ctx = context_current();
    if (ctx == NULL)
        return NULL;
    PyObject *old = PyDict_GetItemWithError(ctx->vars, ovar);
    if (old == NULL && PyErr_Occurred())
        return NULL;
    PyContextToken *tok = PyObject_GC_New(PyContextToken, &PyContextToken_Type);
    if (tok == NULL)
        return NULL;
    tok->ctx = Py_NewRef((PyObject *)ctx);
    tok->var = Py_NewRef(ovar);
    tok->old_value = Py_NewRef(old ? old : TOKEN_MISSING);
    tok->used = 0;
    PyObject_GC_Track(tok);
    if (PyDict_SetItem(ctx->vars, ovar, value) < 0) {
        Py_DECREF(tok);
        return NULL;
    }
    return (PyObject *)tok;
}

static PyObject *
contextvar_set(PyContextVar *var, PyObject *value)
{
    return PyContextVar_Set((PyObject *)var, value);
}

int
PyContextVar_Reset(PyObject *ovar, PyObject *otok)
{
    PyContextToken *tok = (PyContextToken *)otok;
    if (tok->used) {
        PyErr_Format(PyExc_RuntimeError, "%R has already been used once", tok);
        return -1;
    }
    if (tok->var != ovar) {
        PyErr_Format(PyExc_ValueError, "%R was created by a different ContextVar", tok);
        return -1;
    }
    PyContext *ctx = context_current();
    if (ctx == NULL)
        return -1;
    if (tok->ctx != (PyObject *)ctx) {
        PyErr_Format(PyExc_ValueError, "%R was created in a different Context", tok);
        return -1;
    }
    tok->used = 1;
    if (tok->old_value == TOKEN_MISSING) {
        if (PyDict_DelItem(ctx->vars, ovar) < 0) {
            if (!PyErr_ExceptionMatches(PyExc_KeyError))
                return -1;
            PyErr_Clear();
        }
        return 0;
    }
    return PyDict_SetItem(ctx->vars, ovar, tok->old_value);
}

static PyObject *
contextvar_reset(PyContextVar *var, PyObject *token)
{
    if (!Py_IS_TYPE(token, &PyContextToken_Type)) {
        PyErr_Format(PyExc_TypeError, "expected an instance of Token, got %R", token);
        return NULL;
    }
    if (PyContextVar_Reset((PyObject *)var, token) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
contextvar_repr(PyContextVar *var)
{
    if (var->default_value != NULL)
        return PyUnicode_FromFormat("<ContextVar name=%R default=%R at %p>", var->name,
                                    var->default_value, var);
    return PyUnicode_FromFormat("<ContextVar name=%R at %p>", var->name, var);
}

static PyObject *
contextvar_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyObject *
contextvar_get_name(PyContextVar *var, void *closure)
{
    return Py_NewRef(var->name);
}

static PyMethodDef contextvar_methods[] = {
    {"get", (PyCFunction)(void (*)(void))contextvar_get, METH_FASTCALL,
     "get($self, default=<unrepresentable>, /)\n--\n\n"
     "Return a value for the context variable for the current context."},
    {"set", (PyCFunction)contextvar_set, METH_O,
     "set($self, value, /)\n--\n\n"
     "Call to set a new value for the context variable in the current context."},
    {"reset", (PyCFunction)contextvar_reset, METH_O,
     "reset($self, token, /)\n--\n\n"
     "Reset the context variable."},
    {"__class_getitem__", contextvar_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef contextvar_getset[] = {
    {"name", (getter)contextvar_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject PyContextVar_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_contextvars.ContextVar",
    .tp_basicsize = sizeof(PyContextVar),
    .tp_dealloc = (destructor)contextvar_dealloc,
    .tp_repr = (reprfunc)contextvar_repr,
    .tp_hash = contextvar_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)contextvar_traverse,
    .tp_clear = (inquiry)contextvar_clear,
    .tp_methods = contextvar_methods,
    .tp_getset = contextvar_getset,
    .tp_new = contextvar_tp_new,
};

/* ---------------------------------------------------------------- */
/* Token */

static PyObject *
token_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyErr_SetString(PyExc_RuntimeError, "Tokens can only be created by ContextVars");
    return NULL;
}

static int
token_traverse(PyContextToken *tok, visitproc visit, void *arg)
{
    Py_VISIT(tok->ctx);
    Py_VISIT(tok->var);
    Py_VISIT(tok->old_value);
    return 0;
}

static int
token_clear(PyContextToken *tok)
{
    Py_CLEAR(tok->ctx);
    Py_CLEAR(tok->var);
    Py_CLEAR(tok->old_value);
    return 0;
}

static void
token_dealloc(PyContextToken *tok)
{
    PyObject_GC_UnTrack(tok);
    token_clear(tok);
    PyObject_GC_Del(tok);
}

static PyObject *
token_repr(PyContextToken *tok)
{
    return PyUnicode_FromFormat("<Token%s var=%R at %p>", tok->used ? " used" : "", tok->var,
                                tok);
}

static PyObject *
token_get_var(PyContextToken *tok, void *closure)
{
    return Py_NewRef(tok->var);
}

static PyObject *
token_get_old_value(PyContextToken *tok, void *closure)
{
    return Py_NewRef(tok->old_value);
}

static PyGetSetDef token_getset[] = {
    {"var", (getter)token_get_var, NULL, NULL, NULL},
    {"old_value", (getter)token_get_old_value, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMethodDef token_methods[] = {
    {"__class_getitem__", contextvar_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject PyContextToken_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_contextvars.Token",
    .tp_basicsize = sizeof(PyContextToken),
    .tp_dealloc = (destructor)token_dealloc,
    .tp_repr = (reprfunc)token_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)token_traverse,
    .tp_clear = (inquiry)token_clear,
    .tp_methods = token_methods,
    .tp_getset = token_getset,
    .tp_new = token_tp_new,
};

/* ---------------------------------------------------------------- */
/* The module */

static PyObject *
contextvars_copy_context(PyObject *module, PyObject *unused)
{
    return PyContext_CopyCurrent();
}

static PyMethodDef contextvars_methods[] = {
    {"copy_context", contextvars_copy_context, METH_NOARGS, "copy_context($module, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef contextvars_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_contextvars",
    .m_doc = "Context Variables",
    .m_size = -1,
    .m_methods = contextvars_methods,
};

PyObject *
PyInit__contextvars(void)
{
    static int ready;
    if (!ready) {
        if (PyType_Ready(&PyContextTokenMissing_Type) < 0 || PyType_Ready(&PyContext_Type) < 0 ||
            PyType_Ready(&PyContextVar_Type) < 0 || PyType_Ready(&PyContextToken_Type) < 0)
            return NULL;
        if (PyDict_SetItemString(PyContextToken_Type.tp_dict, "MISSING", TOKEN_MISSING) < 0)
            return NULL;
        ready = 1;
    }
    PyObject *m = PyModule_Create(&contextvars_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Context", (PyObject *)&PyContext_Type) < 0 ||
        PyModule_AddObjectRef(m, "ContextVar", (PyObject *)&PyContextVar_Type) < 0 ||
        PyModule_AddObjectRef(m, "Token", (PyObject *)&PyContextToken_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
