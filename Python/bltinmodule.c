/* The builtins module: every built-in function of Python 3.11 and the
 * names bound to the built-in types, constants and exception classes.
 *
 * Functions take the cheapest calling convention that fits: METH_O for
 * one argument (len, abs, callable ...), METH_FASTCALL for positional
 * arguments checked with _PyArg_CheckPositional (which produces CPython's
 * "getattr expected at least 2 arguments, got 1"), and METH_FASTCALL |
 * METH_KEYWORDS where keywords are allowed (print, sorted, min, max, sum),
 * with keywords parsed by hand so the hot paths (print of a few objects,
 * sum of ints) allocate nothing they don't need.
 *
 * exec/eval insert __builtins__ into a globals dict that lacks it, with
 * the running frame's builtins dict, as CPython does.  __build_class__
 * follows CPython's protocol: __mro_entries__, metaclass calculation,
 * __prepare__, running the class body with the namespace as its locals,
 * __orig_bases__, and the __classcell__ check. */
#include "Python.h"
#include "kr_compile.h"
#include "kr_frame.h"
#include "kr_init.h"
#include "kr_compare.h"
#include "kr_long.h"
#include "kr_runtime.h"

/* Keyword values by name for the FASTCALL functions that allow a few
 * keywords; an unknown name raises CPython's message for `fname`. */
static int
parse_kwnames(const char *fname, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
              const char *const *names, PyObject **values)
{
    for (int i = 0; names[i]; i++)
        values[i] = NULL;
    if (kwnames == NULL)
        return 0;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(kwnames); k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        int found = 0;
        for (int i = 0; names[i]; i++) {
            if (_PyUnicode_EqualToASCIIString(key, names[i])) {
                values[i] = args[nargs + k];
                found = 1;
                break;
            }
        }
        if (!found) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                         fname);
            return -1;
        }
    }
    return 0;
}

/* ====================================================================
 * Simple functions
 * ==================================================================== */

static PyObject *
builtin_abs(PyObject *module, PyObject *x)
{
    return PyNumber_Absolute(x);
}

static PyObject *
builtin_all(PyObject *module, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int r = PyObject_IsTrue(item);
        Py_DECREF(item);
        if (r <= 0) {
            Py_DECREF(it);
            return r < 0 ? NULL : Py_NewRef(Py_False);
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_TRUE;
}

static PyObject *
builtin_any(PyObject *module, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int r = PyObject_IsTrue(item);
        Py_DECREF(item);
        if (r != 0) {
            Py_DECREF(it);
            return r < 0 ? NULL : Py_NewRef(Py_True);
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_FALSE;
}

static PyObject *
builtin_ascii(PyObject *module, PyObject *x)
{
    return PyObject_ASCII(x);
}

static PyObject *
builtin_bin(PyObject *module, PyObject *x)
{
    return PyNumber_ToBase(x, 2);
}

static PyObject *
builtin_oct(PyObject *module, PyObject *x)
{
    return PyNumber_ToBase(x, 8);
}

static PyObject *
builtin_hex(PyObject *module, PyObject *x)
{
    return PyNumber_ToBase(x, 16);
}

static PyObject *
builtin_callable(PyObject *module, PyObject *x)
{
    return PyBool_FromLong(PyCallable_Check(x));
}

static PyObject *
builtin_chr(PyObject *module, PyObject *arg)
{
    PyObject *idx = PyNumber_Index(arg);
    if (idx == NULL)
        return NULL;
    int overflow;
    long v = PyLong_AsLongAndOverflow(idx, &overflow);
    Py_DECREF(idx);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (overflow || v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10ffff) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return PyUnicode_FromOrdinal((int)v);
}

static PyObject *
builtin_ord(PyObject *module, PyObject *c)
{
    Py_ssize_t size;
    if (PyBytes_Check(c)) {
        size = PyBytes_GET_SIZE(c);
        if (size == 1)
            return PyLong_FromLong((unsigned char)PyBytes_AS_STRING(c)[0]);
    } else if (PyUnicode_Check(c)) {
        size = PyUnicode_GET_LENGTH(c);
        if (size == 1)
            return PyLong_FromLong((long)PyUnicode_READ_CHAR(c, 0));
    } else if (PyByteArray_Check(c)) {
        size = PyByteArray_GET_SIZE(c);
        if (size == 1)
            return PyLong_FromLong((unsigned char)PyByteArray_AS_STRING(c)[0]);
    } else {
        PyErr_Format(PyExc_TypeError, "ord() expected string of length 1, but %.200s found",
                     Py_TYPE(c)->tp_name);
        return NULL;
    }
    PyErr_Format(PyExc_TypeError, "ord() expected a character, but string of length %zd found",
                 size);
    return NULL;
}

static PyObject *
builtin_delattr(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("delattr", nargs, 2, 2))
        return NULL;
    if (PyObject_SetAttr(args[0], args[1], NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_setattr(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("setattr", nargs, 3, 3))
        return NULL;
    if (PyObject_SetAttr(args[0], args[1], args[2]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_getattr(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("getattr", nargs, 2, 3))
        return NULL;
    PyObject *v = args[0], *name = args[1];
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    if (nargs == 3) {
        PyObject *result;
        if (_PyObject_LookupAttr(v, name, &result) == 0)
            return Py_NewRef(args[2]);
        return result;
    }
    return PyObject_GetAttr(v, name);
}

static PyObject *
builtin_hasattr(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("hasattr", nargs, 2, 2))
        return NULL;
    PyObject *name = args[1], *v;
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    int r = _PyObject_LookupAttr(args[0], name, &v);
    if (r < 0)
        return NULL;
    Py_XDECREF(v);
    return PyBool_FromLong(r);
}

static PyObject *
builtin_dir(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("dir", nargs, 0, 1))
        return NULL;
    return PyObject_Dir(nargs ? args[0] : NULL);
}

static PyObject *
builtin_divmod(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("divmod", nargs, 2, 2))
        return NULL;
    return PyNumber_Divmod(args[0], args[1]);
}

static PyObject *
builtin_format(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("format", nargs, 1, 2))
        return NULL;
    PyObject *spec = NULL;
    if (nargs == 2) {
        spec = args[1];
        if (!PyUnicode_Check(spec)) {
            PyErr_Format(PyExc_TypeError, "format() argument 2 must be str, not %.200s",
                         Py_TYPE(spec)->tp_name);
            return NULL;
        }
    }
    return PyObject_Format(args[0], spec);
}

static PyObject *
builtin_globals(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *d = PyEval_GetGlobals();
    return Py_XNewRef(d);
}

static PyObject *
builtin_locals(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *d = PyEval_GetLocals();
    return Py_XNewRef(d);
}

static PyObject *
builtin_hash(PyObject *module, PyObject *v)
{
    Py_hash_t x = PyObject_Hash(v);
    if (x == -1)
        return NULL;
    return PyLong_FromSsize_t(x);
}

static PyObject *
builtin_id(PyObject *module, PyObject *v)
{
    return PyLong_FromVoidPtr(v);
}

static PyObject *
builtin_isinstance(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("isinstance", nargs, 2, 2))
        return NULL;
    int r = PyObject_IsInstance(args[0], args[1]);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
builtin_issubclass(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("issubclass", nargs, 2, 2))
        return NULL;
    int r = PyObject_IsSubclass(args[0], args[1]);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
builtin_iter(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("iter", nargs, 1, 2))
        return NULL;
    if (nargs == 1)
        return PyObject_GetIter(args[0]);
    if (!PyCallable_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return PyCallIter_New(args[0], args[1]);
}

static PyObject *
builtin_aiter(PyObject *module, PyObject *async_iterable)
{
    return PyObject_GetAIter(async_iterable);
}

/* anext(it, default): an awaitable that awaits it.__anext__() and turns
 * StopAsyncIteration into StopIteration(default). */
typedef struct {
    PyObject_HEAD
    PyObject *wrapped;
    PyObject *default_value;
    PyObject *iter; /* the awaitable's iterator, once asked for */
} anextawaitableobject;

static void
anextawaitable_dealloc(PyObject *op)
{
    anextawaitableobject *self = (anextawaitableobject *)op;
    PyObject_GC_UnTrack(op);
    Py_XDECREF(self->wrapped);
    Py_XDECREF(self->default_value);
    Py_XDECREF(self->iter);
    PyObject_GC_Del(op);
}

static int
anextawaitable_traverse(PyObject *op, visitproc visit, void *arg)
{
    anextawaitableobject *self = (anextawaitableobject *)op;
    Py_VISIT(self->wrapped);
    Py_VISIT(self->default_value);
    Py_VISIT(self->iter);
    return 0;
}

/* The iterator of the awaitable that __anext__ returned, checked as an
 * `await` checks it (a plain generator, or an __await__ that returns a
 * non-iterator, is a TypeError); a coroutine is driven through its
 * __await__ wrapper, which has send() and __next__.  It is made once:
 * every send(), throw() and close() goes to the same one, so a finished
 * or closed __anext__() is not silently restarted. */
static PyObject *
anextawaitable_make_iter(anextawaitableobject *obj)
{
    PyObject *result = (*Py_TYPE(obj->wrapped)->tp_as_async->am_anext)(obj->wrapped);
    if (result == NULL)
        return NULL;
    PyObject *awaitable = _PyCoro_GetAwaitableIter(result);
    Py_DECREF(result);
    if (awaitable == NULL)
        return NULL;
    if (Py_TYPE(awaitable)->tp_iternext == NULL) {
        unaryfunc getter = Py_TYPE(awaitable)->tp_as_async != NULL
                               ? Py_TYPE(awaitable)->tp_as_async->am_await : NULL;
        PyObject *it = getter != NULL ? getter(awaitable) : NULL;
        if (getter == NULL)
            PyErr_Format(PyExc_TypeError, "'%.200s' object is not awaitable",
                         Py_TYPE(awaitable)->tp_name);
        Py_DECREF(awaitable);
        if (it != NULL && !PyIter_Check(it)) {
            PyErr_SetString(PyExc_TypeError, "__await__ returned a non-iterable");
            Py_CLEAR(it);
        }
        return it;
    }
    return awaitable;
}

static PyObject *
anextawaitable_getiter(anextawaitableobject *obj)
{
    if (obj->iter == NULL) {
        obj->iter = anextawaitable_make_iter(obj);
        if (obj->iter == NULL)
            return NULL;
    }
    return Py_NewRef(obj->iter);
}

static PyObject *
anextawaitable_proxy(anextawaitableobject *obj, const char *meth, PyObject *arg)
{
    PyObject *awaitable = anextawaitable_getiter(obj);
    if (awaitable == NULL)
        return NULL;
    PyObject *ret = arg ? PyObject_CallMethod(awaitable, meth, "(O)", arg)
                        : PyObject_CallMethod(awaitable, meth, NULL);
    Py_DECREF(awaitable);
    if (ret != NULL)
        return ret;
    if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) {
        PyErr_Clear();
        _PyGen_SetStopIterationValue(obj->default_value);
    }
    return NULL;
}

static PyObject *
anextawaitable_iternext(PyObject *op)
{
    return anextawaitable_proxy((anextawaitableobject *)op, "send", Py_None);
}

static PyObject *
anextawaitable_send(PyObject *op, PyObject *arg)
{
    return anextawaitable_proxy((anextawaitableobject *)op, "send", arg);
}

static PyObject *
anextawaitable_throw(PyObject *op, PyObject *args)
{
    PyObject *awaitable = anextawaitable_getiter((anextawaitableobject *)op);
    if (awaitable == NULL)
        return NULL;
    PyObject *meth = PyObject_GetAttrString(awaitable, "throw");
    Py_DECREF(awaitable);
    if (meth == NULL)
        return NULL;
    PyObject *ret = PyObject_Call(meth, args, NULL);
    Py_DECREF(meth);
    if (ret == NULL && PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) {
        PyErr_Clear();
        _PyGen_SetStopIterationValue(((anextawaitableobject *)op)->default_value);
    }
    return ret;
}

static PyObject *
anextawaitable_close(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    PyObject *awaitable = anextawaitable_getiter((anextawaitableobject *)op);
    if (awaitable == NULL)
        return NULL;
    PyObject *ret = PyObject_CallMethod(awaitable, "close", NULL);
    Py_DECREF(awaitable);
    return ret;
}

static PyMethodDef anextawaitable_methods[] = {
    {"send", (PyCFunction)anextawaitable_send, METH_O, NULL},
    {"throw", (PyCFunction)anextawaitable_throw, METH_VARARGS, NULL},
    {"close", (PyCFunction)anextawaitable_close, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyAsyncMethods anextawaitable_as_async = {
    .am_await = PyObject_SelfIter,
};

static PyTypeObject _PyAnextAwaitable_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(anextawaitableobject),
    .tp_dealloc = anextawaitable_dealloc,
    .tp_as_async = &anextawaitable_as_async,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = anextawaitable_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = anextawaitable_iternext,
    .tp_methods = anextawaitable_methods,
};

static PyObject *
builtin_anext(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("anext", nargs, 1, 2))
        return NULL;
    PyObject *aiterator = args[0];
    PyTypeObject *t = Py_TYPE(aiterator);
    if (t->tp_as_async == NULL || t->tp_as_async->am_anext == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not an async iterator", t->tp_name);
        return NULL;
    }
    if (nargs == 1)
        return (*t->tp_as_async->am_anext)(aiterator);
    anextawaitableobject *aw = PyObject_GC_New(anextawaitableobject, &_PyAnextAwaitable_Type);
    if (aw == NULL)
        return NULL;
    aw->wrapped = Py_NewRef(aiterator);
    aw->default_value = Py_NewRef(args[1]);
    aw->iter = NULL;
    PyObject_GC_Track(aw);
    return (PyObject *)aw;
}

PyObject *
_KrBuiltin_Len(PyObject *module, PyObject *obj)
{
    Py_ssize_t res = PyObject_Size(obj);
    if (res < 0)
        return NULL;
    return PyLong_FromSsize_t(res);
}

static PyObject *
builtin_next(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("next", nargs, 1, 2))
        return NULL;
    PyObject *it = args[0];
    if (!PyIter_Check(it)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not an iterator",
                     Py_TYPE(it)->tp_name);
        return NULL;
    }
    PyObject *res = (*Py_TYPE(it)->tp_iternext)(it);
    if (res != NULL)
        return res;
    if (nargs > 1) {
        if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                return NULL;
            PyErr_Clear();
        }
        return Py_NewRef(args[1]);
    }
    if (!PyErr_Occurred())
        PyErr_SetNone(PyExc_StopIteration);
    return NULL;
}

static PyObject *
builtin_pow(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    PyObject *kw[3];
    if (parse_kwnames("pow", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    PyObject *vals[3] = {NULL, NULL, Py_None};
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "pow() takes at most 3 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = args[i];
    for (int i = 0; i < 3; i++) {
        if (kw[i]) {
            if (i < nargs) {
                PyErr_Format(PyExc_TypeError,
                             "argument for pow() given by name ('%s') and position (%d)",
                             names[i], i + 1);
                return NULL;
            }
            vals[i] = kw[i];
        }
    }
    for (int i = 0; i < 2; i++) {
        if (vals[i] == NULL) {
            PyErr_Format(PyExc_TypeError, "pow() missing required argument '%s' (pos %d)",
                         names[i], i + 1);
            return NULL;
        }
    }
    return PyNumber_Power(vals[0], vals[1], vals[2]);
}

static PyObject *
builtin_repr(PyObject *module, PyObject *obj)
{
    return PyObject_Repr(obj);
}

static PyObject *
builtin_round(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    PyObject *kw[2];
    if (parse_kwnames("round", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    if (nargs > 2) {
        PyErr_Format(PyExc_TypeError, "round() takes at most 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *number = nargs > 0 ? args[0] : kw[0];
    PyObject *ndigits = nargs > 1 ? args[1] : kw[1];
    if (number == NULL) {
        PyErr_SetString(PyExc_TypeError, "round() missing required argument 'number' (pos 1)");
        return NULL;
    }
    PyObject *round = _PyType_Lookup(Py_TYPE(number), _Py_ID(__round__));
    if (round == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "type %.100s doesn't define __round__ method",
                         Py_TYPE(number)->tp_name);
        return NULL;
    }
    /* bind through the descriptor protocol, then call */
    PyObject *bound;
    descrgetfunc get = Py_TYPE(round)->tp_descr_get;
    if (get) {
        bound = get(round, number, (PyObject *)Py_TYPE(number));
        if (bound == NULL)
            return NULL;
    } else {
        bound = Py_NewRef(round);
    }
    PyObject *res;
    if (ndigits == NULL || ndigits == Py_None)
        res = PyObject_CallNoArgs(bound);
    else
        res = PyObject_CallOneArg(bound, ndigits);
    Py_DECREF(bound);
    return res;
}

static PyObject *
builtin_vars(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("vars", nargs, 0, 1))
        return NULL;
    if (nargs == 0)
        return Py_XNewRef(PyEval_GetLocals());
    PyObject *d;
    if (_PyObject_LookupAttr(args[0], _Py_ID(__dict__), &d) == 0)
        PyErr_SetString(PyExc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* ====================================================================
 * print and input
 * ==================================================================== */

static PyObject *
builtin_print(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    PyObject *kw[4];
    if (parse_kwnames("print", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    PyObject *sep = kw[0], *end = kw[1], *file = kw[2], *flush = kw[3];
    if (file == NULL || file == Py_None) {
        file = PySys_GetObject("stdout");
        if (file == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
            return NULL;
        }
        if (file == Py_None)
            Py_RETURN_NONE;
    }
    if (sep == Py_None) {
        sep = NULL;
    } else if (sep && !PyUnicode_Check(sep)) {
        PyErr_Format(PyExc_TypeError, "sep must be None or a string, not %.200s",
                     Py_TYPE(sep)->tp_name);
        return NULL;
    }
    if (end == Py_None) {
        end = NULL;
    } else if (end && !PyUnicode_Check(end)) {
        PyErr_Format(PyExc_TypeError, "end must be None or a string, not %.200s",
                     Py_TYPE(end)->tp_name);
        return NULL;
    }
    Py_INCREF(file);
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int err = sep ? PyFile_WriteObject(sep, file, Py_PRINT_RAW)
                          : PyFile_WriteString(" ", file);
            if (err)
                goto error;
        }
        if (PyFile_WriteObject(args[i], file, Py_PRINT_RAW))
            goto error;
    }
    if ((end ? PyFile_WriteObject(end, file, Py_PRINT_RAW) : PyFile_WriteString("\n", file)))
        goto error;
    if (flush) {
        int f = PyObject_IsTrue(flush);
        if (f < 0)
            goto error;
        if (f) {
            PyObject *r = PyObject_CallMethod(file, "flush", NULL);
            if (r == NULL)
                goto error;
            Py_DECREF(r);
        }
    }
    Py_DECREF(file);
    Py_RETURN_NONE;
error:
    Py_DECREF(file);
    return NULL;
}

static PyObject *
builtin_input(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("input", nargs, 0, 1))
        return NULL;
    PyObject *fin = PySys_GetObject("stdin");
    PyObject *fout = PySys_GetObject("stdout");
    PyObject *ferr = PySys_GetObject("stderr");
    if (fin == NULL || fin == Py_None) {
        PyErr_SetString(PyExc_RuntimeError, "input(): lost sys.stdin");
        return NULL;
    }
    if (fout == NULL || fout == Py_None) {
        PyErr_SetString(PyExc_RuntimeError, "input(): lost sys.stdout");
        return NULL;
    }
    if (ferr && ferr != Py_None) {
        PyObject *r = PyObject_CallMethod(ferr, "flush", NULL);
        if (r == NULL)
            PyErr_Clear();
        Py_XDECREF(r);
    }
    if (nargs == 1 && args[0] != NULL) {
        if (PyFile_WriteObject(args[0], fout, Py_PRINT_RAW) < 0)
            return NULL;
    }
    PyObject *r = PyObject_CallMethod(fout, "flush", NULL);
    if (r == NULL)
        PyErr_Clear();
    Py_XDECREF(r);
    PyObject *line = PyObject_CallMethod(fin, "readline", NULL);
    if (line == NULL)
        return NULL;
    if (!PyUnicode_Check(line)) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_TypeError, "object.readline() returned non-string");
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(line);
    if (len == 0) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (PyUnicode_READ_CHAR(line, len - 1) == '\n') {
        PyObject *s = PyUnicode_Substring(line, 0, len - 1);
        Py_DECREF(line);
        return s;
    }
    return line;
}

/* ====================================================================
 * min, max, sum, sorted
 * ==================================================================== */

static PyObject *
min_max(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, int op, const char *name)
{
    /* the positional count first, then the keyword-only key and default */
    static const char *const names[] = {"key", "default", NULL};
    PyObject *kw[2];
    if (nargs == 0) {
        PyErr_Format(PyExc_TypeError, "%s expected at least 1 argument, got 0", name);
        return NULL;
    }
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 2) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most 2 keyword arguments (%zd given)", name,
                     PyTuple_GET_SIZE(kwnames));
        return NULL;
    }
    if (parse_kwnames(name, args, nargs, kwnames, names, kw) < 0)
        return NULL;
    PyObject *keyfunc = kw[0], *defaultval = kw[1];
    if (keyfunc == Py_None)
        keyfunc = NULL;
    PyObject *it = NULL;
    PyObject *const *items = NULL;
    Py_ssize_t nitems = 0;
    if (nargs == 1) {
        it = PyObject_GetIter(args[0]);
        if (it == NULL)
            return NULL;
    } else {
        if (defaultval != NULL) {
            PyErr_Format(PyExc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
            return NULL;
        }
        items = args;
        nitems = nargs;
    }
    PyObject *maxitem = NULL, *maxval = NULL;
    for (Py_ssize_t i = 0;; i++) {
        PyObject *item;
        if (it) {
            item = PyIter_Next(it);
            if (item == NULL) {
                if (PyErr_Occurred())
                    goto error;
                break;
            }
        } else {
            if (i >= nitems)
                break;
            item = Py_NewRef(items[i]);
        }
        PyObject *val;
        if (keyfunc) {
            val = PyObject_CallOneArg(keyfunc, item);
            if (val == NULL) {
                Py_DECREF(item);
                goto error;
            }
        } else {
            val = Py_NewRef(item);
        }
        if (maxval == NULL) {
            maxitem = item;
            maxval = val;
        } else {
            int cmp = _KrCompare_ExactNumbers(val, maxval, op);
            if (cmp < 0)
                cmp = PyObject_RichCompareBool(val, maxval, op);
            if (cmp < 0) {
                Py_DECREF(val);
                Py_DECREF(item);
                goto error;
            }
            if (cmp > 0) {
                Py_SETREF(maxval, val);
                Py_SETREF(maxitem, item);
            } else {
                Py_DECREF(item);
                Py_DECREF(val);
            }
        }
    }
    Py_XDECREF(it);
    Py_XDECREF(maxval);
    if (maxitem == NULL) {
        if (defaultval != NULL)
            return Py_NewRef(defaultval);
        PyErr_Format(PyExc_ValueError, "%s() arg is an empty sequence", name);
    }
    return maxitem;
error:
    Py_XDECREF(it);
    Py_XDECREF(maxval);
    Py_XDECREF(maxitem);
    return NULL;
}

static PyObject *
builtin_min(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return min_max(args, nargs, kwnames, Py_LT, "min");
}

static PyObject *
builtin_max(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return min_max(args, nargs, kwnames, Py_GT, "max");
}

/* sum: exact-int and exact-float runs are added in C (ints in a C long
 * until it would overflow; floats with plain double addition, as CPython
 * does), then the generic path takes over. */
static PyObject *
builtin_sum(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    /* sum(iterable, /, start=0): counts are checked before names */
    static const char *const names[] = {"start", NULL};
    PyObject *kw[1];
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        PyErr_Format(PyExc_TypeError, "sum() takes at most 2 %sarguments (%zd given)",
                     nargs == 0 ? "keyword " : "", nargs + nkw);
        return NULL;
    }
    if (nargs < 1) {
        PyErr_Format(PyExc_TypeError,
                     "sum() takes at least 1 positional argument (%zd given)", nargs);
        return NULL;
    }
    if (parse_kwnames("sum", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    PyObject *start = nargs == 2 ? args[1] : kw[0];
    PyObject *result = start;
    if (result == NULL) {
        result = PyLong_FromLong(0);
        if (result == NULL)
            return NULL;
    } else {
        if (PyUnicode_Check(result)) {
            PyErr_SetString(PyExc_TypeError,
                            "sum() can't sum strings [use ''.join(seq) instead]");
            return NULL;
        }
        if (PyBytes_Check(result)) {
            PyErr_SetString(PyExc_TypeError,
                            "sum() can't sum bytes [use b''.join(seq) instead]");
            return NULL;
        }
        if (PyByteArray_Check(result)) {
            PyErr_SetString(PyExc_TypeError,
                            "sum() can't sum bytearray [use b''.join(seq) instead]");
            return NULL;
        }
        Py_INCREF(result);
    }
    PyObject *iter = PyObject_GetIter(args[0]);
    if (iter == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    PyObject *item = NULL;

    if (PyLong_CheckExact(result)) {
        int overflow;
        long i_result = PyLong_AsLongAndOverflow(result, &overflow);
        if (overflow == 0) {
            Py_CLEAR(result);
            while (result == NULL) {
                item = PyIter_Next(iter);
                if (item == NULL) {
                    Py_DECREF(iter);
                    if (PyErr_Occurred())
                        return NULL;
                    return PyLong_FromLong(i_result);
                }
                if (_KrLong_IsCompactExact(item)) {
                    /* one digit: its value is read directly */
                    long x;
                    if (!__builtin_add_overflow(i_result, (long)_KrLong_CompactVal(item), &x)) {
                        i_result = x;
                        Py_DECREF(item);
                        continue;
                    }
                } else if (PyLong_CheckExact(item) || PyBool_Check(item)) {
                    long b = PyLong_AsLongAndOverflow(item, &overflow);
                    long x;
                    if (overflow == 0 && !__builtin_add_overflow(i_result, b, &x)) {
                        i_result = x;
                        Py_DECREF(item);
                        continue;
                    }
                }
                /* leave the fast path with what we have */
                result = PyLong_FromLong(i_result);
                if (result == NULL) {
                    Py_DECREF(item);
                    Py_DECREF(iter);
                    return NULL;
                }
                PyObject *temp = PyNumber_Add(result, item);
                Py_DECREF(result);
                Py_DECREF(item);
                result = temp;
                if (result == NULL) {
                    Py_DECREF(iter);
                    return NULL;
                }
            }
        }
    }

    if (PyFloat_CheckExact(result)) {
        double f_result = PyFloat_AS_DOUBLE(result);
        Py_CLEAR(result);
        while (result == NULL) {
            item = PyIter_Next(iter);
            if (item == NULL) {
                Py_DECREF(iter);
                if (PyErr_Occurred())
                    return NULL;
                return PyFloat_FromDouble(f_result);
            }
            if (PyFloat_CheckExact(item)) {
                f_result += PyFloat_AS_DOUBLE(item);
                Py_DECREF(item);
                continue;
            }
            if (_KrLong_IsCompactExact(item)) {
                f_result += (double)_KrLong_CompactVal(item);
                Py_DECREF(item);
                continue;
            }
            if (PyLong_CheckExact(item)) {
                int overflow;
                long value = PyLong_AsLongAndOverflow(item, &overflow);
                if (!overflow) {
                    f_result += (double)value;
                    Py_DECREF(item);
                    continue;
                }
            }
            result = PyFloat_FromDouble(f_result);
            if (result == NULL) {
                Py_DECREF(item);
                Py_DECREF(iter);
                return NULL;
            }
            PyObject *temp = PyNumber_Add(result, item);
            Py_DECREF(result);
            Py_DECREF(item);
            result = temp;
            if (result == NULL) {
                Py_DECREF(iter);
                return NULL;
            }
        }
    }

    for (;;) {
        item = PyIter_Next(iter);
        if (item == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(result);
                result = NULL;
            }
            break;
        }
        PyObject *temp = PyNumber_Add(result, item);
        Py_DECREF(result);
        Py_DECREF(item);
        result = temp;
        if (result == NULL)
            break;
    }
    Py_DECREF(iter);
    return result;
}

static PyObject *
builtin_sorted(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1) {
        PyErr_Format(PyExc_TypeError, "sorted expected 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *newlist = PySequence_List(args[0]);
    if (newlist == NULL)
        return NULL;
    PyObject *callable = PyObject_GetAttrString(newlist, "sort");
    if (callable == NULL) {
        Py_DECREF(newlist);
        return NULL;
    }
    PyObject *v = PyObject_Vectorcall(callable, args + 1, 0, kwnames);
    Py_DECREF(callable);
    if (v == NULL) {
        Py_DECREF(newlist);
        return NULL;
    }
    Py_DECREF(v);
    return newlist;
}

/* ====================================================================
 * compile, exec, eval
 * ==================================================================== */

/* The source text of compile/exec/eval as UTF-8 (borrowed from `source`
 * or from *keep, which the caller releases). */
static const char *
source_as_string(PyObject *source, const char *funcname, const char *what,
                 PyCompilerFlags *cf, PyObject **keep)
{
    const char *str;
    Py_ssize_t size;
    *keep = NULL;
    if (PyUnicode_Check(source)) {
        cf->cf_flags |= PyCF_IGNORE_COOKIE;
        str = PyUnicode_AsUTF8AndSize(source, &size);
        if (str == NULL)
            return NULL;
    } else if (PyBytes_Check(source)) {
        str = PyBytes_AS_STRING(source);
        size = PyBytes_GET_SIZE(source);
    } else if (PyByteArray_Check(source)) {
        *keep = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(source),
                                          PyByteArray_GET_SIZE(source));
        if (*keep == NULL)
            return NULL;
        str = PyBytes_AS_STRING(*keep);
        size = PyBytes_GET_SIZE(*keep);
    } else if (PyObject_CheckBuffer(source)) {
        /* any other bytes-like object (a memoryview slice need not end
         * with a NUL): copied */
        Py_buffer view;
        if (PyObject_GetBuffer(source, &view, PyBUF_SIMPLE) < 0)
            return NULL;
        *keep = PyBytes_FromStringAndSize(view.buf, view.len);
        PyBuffer_Release(&view);
        if (*keep == NULL)
            return NULL;
        str = PyBytes_AS_STRING(*keep);
        size = PyBytes_GET_SIZE(*keep);
    } else {
        PyErr_Format(PyExc_TypeError, "%s() arg 1 must be a %s object", funcname, what);
        return NULL;
    }
    if (strlen(str) != (size_t)size) {
        Py_CLEAR(*keep);
        PyErr_SetString(PyExc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    return str;
}

static PyObject *
builtin_compile(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"source", "filename", "mode", "flags", "dont_inherit",
                             "optimize", "_feature_version", NULL};
    PyObject *source, *filename_arg;
    const char *mode;
    int flags = 0, dont_inherit = 0, optimize = -1, feature_version = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOs|iii$i:compile", kwlist, &source,
                                     &filename_arg, &mode, &flags, &dont_inherit, &optimize,
                                     &feature_version))
        return NULL;
    (void)dont_inherit;
    PyObject *filename;
    if (PyUnicode_Check(filename_arg)) {
        filename = Py_NewRef(filename_arg);
    } else if (PyBytes_Check(filename_arg)) {
        filename = PyUnicode_DecodeFSDefaultAndSize(PyBytes_AS_STRING(filename_arg),
                                                    PyBytes_GET_SIZE(filename_arg));
        if (filename == NULL)
            return NULL;
    } else if (PyObject_CheckBuffer(filename_arg)) {
        /* as PyUnicode_FSDecoder: still accepted, with a warning */
        if (PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                             "path should be string, bytes, or os.PathLike, not %.200s",
                             Py_TYPE(filename_arg)->tp_name) < 0)
            return NULL;
        PyObject *b = PyBytes_FromObject(filename_arg);
        if (b == NULL)
            return NULL;
        filename = PyUnicode_DecodeFSDefaultAndSize(PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b));
        Py_DECREF(b);
        if (filename == NULL)
            return NULL;
    } else {
        PyObject *p = PyOS_FSPath(filename_arg);
        if (p == NULL)
            return NULL;
        if (PyBytes_Check(p)) {
            filename = PyUnicode_DecodeFSDefaultAndSize(PyBytes_AS_STRING(p),
                                                        PyBytes_GET_SIZE(p));
            Py_DECREF(p);
            if (filename == NULL)
                return NULL;
        } else {
            filename = p;
        }
    }
    PyObject *result = NULL, *keep = NULL;
    PyCompilerFlags cf = _PyCompilerFlags_INIT;
    cf.cf_flags = flags | PyCF_SOURCE_IS_UTF8;
    if (feature_version >= 0 && (flags & PyCF_ONLY_AST))
        cf.cf_feature_version = feature_version;
    if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_DONT_IMPLY_DEDENT |
                  PyCF_ONLY_AST | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT |
                  PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_SOURCE_IS_UTF8 | PyCF_IGNORE_COOKIE)) {
        PyErr_SetString(PyExc_ValueError, "compile(): unrecognised flags");
        goto done;
    }
    if (optimize < -1 || optimize > 2) {
        PyErr_SetString(PyExc_ValueError, "compile(): invalid optimize value");
        goto done;
    }
    int start;
    if (strcmp(mode, "exec") == 0)
        start = Py_file_input;
    else if (strcmp(mode, "eval") == 0)
        start = Py_eval_input;
    else if (strcmp(mode, "single") == 0)
        start = Py_single_input;
    else if (strcmp(mode, "func_type") == 0) {
        if (!(flags & PyCF_ONLY_AST)) {
            PyErr_SetString(PyExc_ValueError,
                            "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            goto done;
        }
        start = Py_func_type_input;
    }
    else {
        PyErr_SetString(PyExc_ValueError,
                        (flags & PyCF_ONLY_AST)
                            ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                            : "compile() mode must be 'exec', 'eval' or 'single'");
        goto done;
    }
    /* text never needs the AST classes made */
    int is_ast = PyUnicode_Check(source) || PyBytes_Check(source) || PyByteArray_Check(source)
                     ? 0 : PyAST_Check(source);
    if (is_ast < 0)
        goto done;
    if (is_ast) {
        if (flags & PyCF_ONLY_AST) {
            result = Py_NewRef(source);
            goto done;
        }
        PyArena *arena = _PyArena_New();
        if (arena == NULL)
            goto done;
        int m = start == Py_file_input ? 0 : start == Py_eval_input ? 1 : 2;
        mod_ty mod = PyAST_obj2mod(source, arena, m);
        if (mod != NULL && _PyAST_Validate(mod))
            result = (PyObject *)_PyAST_Compile(mod, filename, &cf, optimize, arena);
        _PyArena_Free(arena);
        goto done;
    }
    const char *str = source_as_string(source, "compile", "string, bytes or AST", &cf, &keep);
    if (str == NULL)
        goto done;
    result = Py_CompileStringObject(str, filename, start, &cf, optimize);
done:
    Py_XDECREF(keep);
    Py_DECREF(filename);
    return result;
}

/* Make sure `globals` has __builtins__, as exec/eval promise. */
static int
ensure_builtins(PyObject *globals)
{
    int r = PyDict_Contains(globals, _Py_ID(__builtins__));
    if (r != 0)
        return r < 0 ? -1 : 0;
    PyObject *builtins = PyEval_GetBuiltins();
    if (builtins == NULL)
        builtins = PyInterpreterState_Get()->builtins;
    return PyDict_SetItem(globals, _Py_ID(__builtins__), builtins);
}

/* The globals and locals exec/eval run in: the caller's when none are
 * given (new references). */
static int
resolve_namespaces(PyObject **p_globals, PyObject **p_locals)
{
    PyObject *globals = *p_globals, *locals = *p_locals;
    if (globals == Py_None) {
        globals = PyEval_GetGlobals();
        if (locals == Py_None) {
            locals = PyEval_GetLocals();
            if (locals == NULL && PyErr_Occurred())
                return -1;
        }
        if (globals == NULL || locals == NULL) {
            PyErr_SetString(PyExc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
    } else if (locals == Py_None) {
        locals = globals;
    }
    *p_globals = Py_NewRef(globals);
    *p_locals = Py_NewRef(locals);
    return 0;
}

static PyObject *
builtin_eval(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"globals", "locals", NULL};
    PyObject *kw[2];
    if (parse_kwnames("eval", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    if (!_PyArg_CheckPositional("eval", nargs, 1, 3))
        return NULL;
    PyObject *source = args[0];
    PyObject *globals = nargs > 1 ? args[1] : (kw[0] ? kw[0] : Py_None);
    PyObject *locals = nargs > 2 ? args[2] : (kw[1] ? kw[1] : Py_None);
    if (locals != Py_None && !PyMapping_Check(locals)) {
        PyErr_SetString(PyExc_TypeError, "locals must be a mapping");
        return NULL;
    }
    if (globals != Py_None && !PyDict_Check(globals)) {
        PyErr_SetString(PyExc_TypeError, PyMapping_Check(globals)
                            ? "globals must be a real dict; try eval(expr, {}, mapping)"
                            : "globals must be a dict");
        return NULL;
    }
    if (resolve_namespaces(&globals, &locals) < 0)
        return NULL;
    PyObject *result = NULL, *keep = NULL;
    if (ensure_builtins(globals) < 0)
        goto done;
    if (PyCode_Check(source)) {
        if (((PyCodeObject *)source)->co_nfreevars > 0) {
            PyErr_SetString(PyExc_TypeError,
                            "code object passed to eval() may not contain free variables");
            goto done;
        }
        result = PyEval_EvalCode(source, globals, locals);
        goto done;
    }
    if (!PyUnicode_Check(source) && !PyBytes_Check(source) && !PyByteArray_Check(source) &&
        !PyObject_CheckBuffer(source)) {
        PyErr_SetString(PyExc_TypeError, "eval() arg 1 must be a string, bytes or code object");
        goto done;
    }
    PyCompilerFlags cf = _PyCompilerFlags_INIT;
    cf.cf_flags = PyCF_SOURCE_IS_UTF8;
    const char *str = source_as_string(source, "eval", "string, bytes or code", &cf, &keep);
    if (str == NULL)
        goto done;
    while (*str == ' ' || *str == '\t')
        str++;
    PyObject *filename = PyUnicode_FromString("<string>");
    if (filename == NULL)
        goto done;
    PyObject *code = Py_CompileStringObject(str, filename, Py_eval_input, &cf, -1);
    Py_DECREF(filename);
    if (code == NULL)
        goto done;
    result = PyEval_EvalCode(code, globals, locals);
    Py_DECREF(code);
done:
    Py_XDECREF(keep);
    Py_DECREF(globals);
    Py_DECREF(locals);
    return result;
}

static PyObject *
builtin_exec(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"globals", "locals", "closure", NULL};
    PyObject *kw[3];
    if (parse_kwnames("exec", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    if (!_PyArg_CheckPositional("exec", nargs, 1, 3))
        return NULL;
    PyObject *source = args[0];
    PyObject *globals = nargs > 1 ? args[1] : (kw[0] ? kw[0] : Py_None);
    PyObject *locals = nargs > 2 ? args[2] : (kw[1] ? kw[1] : Py_None);
    PyObject *closure = kw[2];
    if (closure == Py_None)
        closure = NULL;
    if (globals != Py_None && !PyDict_Check(globals)) {
        PyErr_Format(PyExc_TypeError, "exec() globals must be a dict, not %.100s",
                     Py_TYPE(globals)->tp_name);
        return NULL;
    }
    if (locals != Py_None && !PyMapping_Check(locals)) {
        PyErr_Format(PyExc_TypeError, "locals must be a mapping or None, not %.100s",
                     Py_TYPE(locals)->tp_name);
        return NULL;
    }
    if (resolve_namespaces(&globals, &locals) < 0)
        return NULL;
    PyObject *v = NULL, *keep = NULL;
    if (ensure_builtins(globals) < 0)
        goto done;
    if (PyCode_Check(source)) {
        PyCodeObject *co = (PyCodeObject *)source;
        Py_ssize_t nfree = co->co_nfreevars;
        if (closure == NULL) {
            if (nfree > 0) {
                PyErr_Format(PyExc_TypeError,
                             "code object requires a closure of exactly length %zd", nfree);
                goto done;
            }
        } else {
            if (!PyTuple_Check(closure) || PyTuple_GET_SIZE(closure) != nfree) {
                PyErr_Format(PyExc_TypeError,
                             "closure must be a tuple of length %zd", nfree);
                goto done;
            }
            for (Py_ssize_t i = 0; i < nfree; i++) {
                if (!PyCell_Check(PyTuple_GET_ITEM(closure, i))) {
                    PyErr_Format(PyExc_TypeError, "closure must be a tuple of cells");
                    goto done;
                }
            }
        }
        if (closure)
            v = PyEval_EvalCodeEx(source, globals, locals, NULL, 0, NULL, 0, NULL, 0, NULL,
                                  closure);
        else
            v = PyEval_EvalCode(source, globals, locals);
        goto done;
    }
    if (closure != NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "closure can only be used when source is a code object");
        goto done;
    }
    if (!PyUnicode_Check(source) && !PyBytes_Check(source) && !PyByteArray_Check(source) &&
        !PyObject_CheckBuffer(source)) {
        PyErr_SetString(PyExc_TypeError, "exec() arg 1 must be a string, bytes or code object");
        goto done;
    }
    PyCompilerFlags cf = _PyCompilerFlags_INIT;
    cf.cf_flags = PyCF_SOURCE_IS_UTF8;
    const char *str = source_as_string(source, "exec", "string, bytes or code", &cf, &keep);
    if (str == NULL)
        goto done;
    PyObject *filename = PyUnicode_FromString("<string>");
    if (filename == NULL)
        goto done;
    PyObject *code = Py_CompileStringObject(str, filename, Py_file_input, &cf, -1);
    Py_DECREF(filename);
    if (code == NULL)
        goto done;
    v = PyEval_EvalCode(code, globals, locals);
    Py_DECREF(code);
done:
    Py_XDECREF(keep);
    Py_DECREF(globals);
    Py_DECREF(locals);
    if (v == NULL)
        return NULL;
    Py_DECREF(v);
    Py_RETURN_NONE;
}

/* ====================================================================
 * open, help, breakpoint
 * ==================================================================== */

static PyObject *
builtin_open(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                             "closefd", "opener", NULL};
    PyObject *file, *opener = Py_None;
    const char *mode = "r", *encoding = NULL, *errors = NULL, *newline = NULL;
    int buffering = -1, closefd = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|sizzzpO:open", kwlist, &file, &mode,
                                     &buffering, &encoding, &errors, &newline, &closefd,
                                     &opener))
        return NULL;
    return _KrIO_OpenEx(file, mode, buffering, encoding, errors, newline, closefd, opener);
}

static PyObject *
builtin_help(PyObject *module, PyObject *args, PyObject *kwds)
{
    PyObject *pydoc = PyImport_ImportModule("pydoc");
    if (pydoc == NULL)
        return NULL;
    PyObject *helper = PyObject_GetAttrString(pydoc, "help");
    Py_DECREF(pydoc);
    if (helper == NULL)
        return NULL;
    PyObject *res = PyObject_Call(helper, args, kwds);
    Py_DECREF(helper);
    return res;
}

static PyObject *
builtin_breakpoint(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    PyObject *hook = PySys_GetObject("breakpointhook");
    if (hook == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.breakpointhook");
        return NULL;
    }
    Py_INCREF(hook);
    PyObject *res = PyObject_Vectorcall(hook, args, nargs, kwnames);
    Py_DECREF(hook);
    return res;
}

/* ====================================================================
 * __import__ and __build_class__
 * ==================================================================== */

static PyObject *
builtin___import__(PyObject *module, PyObject *args, PyObject *kwds)
{
    return _KrImport_BuiltinImport(module, args, kwds);
}

/* PEP 560: replace bases that are not classes by what their
 * __mro_entries__ returns.  Returns `bases` itself (new ref) when nothing
 * changed. */
static PyObject *
update_bases(PyObject *bases, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *new_bases = NULL;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *base = args[i];
        if (PyType_Check(base)) {
            if (new_bases && PyList_Append(new_bases, base) < 0)
                goto error;
            continue;
        }
        PyObject *meth;
        if (_PyObject_LookupAttr(base, _Py_ID(__mro_entries__), &meth) < 0)
            goto error;
        if (meth == NULL) {
            if (new_bases && PyList_Append(new_bases, base) < 0)
                goto error;
            continue;
        }
        PyObject *new_base = PyObject_CallOneArg(meth, bases);
        Py_DECREF(meth);
        if (new_base == NULL)
            goto error;
        if (!PyTuple_Check(new_base)) {
            PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
            Py_DECREF(new_base);
            goto error;
        }
        if (new_bases == NULL) {
            new_bases = PyList_New(0);
            if (new_bases == NULL) {
                Py_DECREF(new_base);
                goto error;
            }
            for (Py_ssize_t j = 0; j < i; j++) {
                if (PyList_Append(new_bases, args[j]) < 0) {
                    Py_DECREF(new_base);
                    goto error;
                }
            }
        }
        PyObject *r = _PyList_Extend((PyListObject *)new_bases, new_base);
        Py_DECREF(new_base);
        if (r == NULL)
            goto error;
        Py_DECREF(r);
    }
    if (new_bases == NULL)
        return Py_NewRef(bases);
    PyObject *res = PyList_AsTuple(new_bases);
    Py_DECREF(new_bases);
    return res;
error:
    Py_XDECREF(new_bases);
    return NULL;
}

/* The most derived metaclass among `meta` and the types of `bases`
 * (borrowed), or NULL with TypeError on a conflict. */
static PyTypeObject *
calculate_metaclass(PyTypeObject *metatype, PyObject *bases)
{
    PyTypeObject *winner = metatype;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyTypeObject *tmptype = Py_TYPE(PyTuple_GET_ITEM(bases, i));
        if (PyType_IsSubtype(winner, tmptype))
            continue;
        if (PyType_IsSubtype(tmptype, winner)) {
            winner = tmptype;
            continue;
        }
        PyErr_SetString(PyExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static PyObject *
builtin___build_class__(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    PyObject *func, *name, *winner, *prep;
    PyObject *cls = NULL, *cell = NULL, *ns = NULL, *meta = NULL, *orig_bases = NULL;
    PyObject *mkw = NULL, *bases = NULL;
    int is_class = 0;

    if (nargs < 2) {
        PyErr_SetString(PyExc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    func = args[0];
    if (!PyFunction_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    name = args[1];
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    orig_bases = _PyTuple_FromArray(args + 2, nargs - 2);
    if (orig_bases == NULL)
        return NULL;
    bases = update_bases(orig_bases, args + 2, nargs - 2);
    if (bases == NULL)
        goto error;

    if (kwnames != NULL) {
        mkw = _PyStack_AsDict(args + nargs, kwnames);
        if (mkw == NULL)
            goto error;
        meta = PyDict_GetItemWithError(mkw, _Py_ID(metaclass));
        if (meta != NULL) {
            Py_INCREF(meta);
            if (PyDict_DelItem(mkw, _Py_ID(metaclass)) < 0)
                goto error;
            is_class = PyType_Check(meta);
        } else if (PyErr_Occurred()) {
            goto error;
        }
    }
    if (meta == NULL) {
        if (PyTuple_GET_SIZE(bases) == 0)
            meta = (PyObject *)&PyType_Type;
        else
            meta = (PyObject *)Py_TYPE(PyTuple_GET_ITEM(bases, 0));
        Py_INCREF(meta);
        is_class = 1;
    }
    if (is_class) {
        winner = (PyObject *)calculate_metaclass((PyTypeObject *)meta, bases);
        if (winner == NULL)
            goto error;
        if (winner != meta)
            Py_SETREF(meta, Py_NewRef(winner));
    }

    if (_PyObject_LookupAttr(meta, _Py_ID(__prepare__), &prep) < 0)
        goto error;
    if (prep == NULL) {
        ns = PyDict_New();
    } else {
        PyObject *pargs[2] = {name, bases};
        ns = PyObject_VectorcallDict(prep, pargs, 2, mkw);
        Py_DECREF(prep);
    }
    if (ns == NULL)
        goto error;
    if (!PyMapping_Check(ns)) {
        PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     is_class ? ((PyTypeObject *)meta)->tp_name : "<metaclass>",
                     Py_TYPE(ns)->tp_name);
        goto error;
    }

    PyFunctionObject *f = (PyFunctionObject *)func;
    cell = PyEval_EvalCodeEx(f->func_code, f->func_globals, ns, NULL, 0, NULL, 0, NULL, 0,
                             NULL, f->func_closure);
    if (cell != NULL) {
        if (bases != orig_bases) {
            if (PyMapping_SetItemString(ns, "__orig_bases__", orig_bases) < 0)
                goto error;
        }
        PyObject *margs[3] = {name, bases, ns};
        cls = PyObject_VectorcallDict(meta, margs, 3, mkw);
        if (cls != NULL && PyType_Check(cls) && PyCell_Check(cell)) {
            PyObject *cell_cls = PyCell_GET(cell);
            if (cell_cls != cls) {
                if (cell_cls == NULL)
                    PyErr_Format(PyExc_RuntimeError,
                                 "__class__ not set defining %.200R as %.200R. "
                                 "Was __classcell__ propagated to type.__new__?", name, cls);
                else
                    PyErr_Format(PyExc_TypeError,
                                 "__class__ set to %.200R defining %.200R as %.200R",
                                 cell_cls, name, cls);
                Py_CLEAR(cls);
                goto error;
            }
        }
    }
error:
    Py_XDECREF(cell);
    Py_XDECREF(ns);
    Py_XDECREF(meta);
    Py_XDECREF(mkw);
    Py_XDECREF(bases);
    Py_XDECREF(orig_bases);
    return cls;
}

/* ====================================================================
 * The module
 * ==================================================================== */

#define FASTKW (METH_FASTCALL | METH_KEYWORDS)

static PyMethodDef builtin_methods[] = {
    {"__build_class__", (PyCFunction)(void (*)(void))builtin___build_class__, FASTKW,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
     "Internal helper function used by the class statement."},
    {"__import__", (PyCFunction)(void (*)(void))builtin___import__,
     METH_VARARGS | METH_KEYWORDS,
     "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\n"
     "Import a module."},
    {"abs", builtin_abs, METH_O, "abs($module, x, /)\n--\n\n"
     "Return the absolute value of the argument."},
    {"all", builtin_all, METH_O,
     "all($module, iterable, /)\n--\n\n"
     "Return True if bool(x) is True for all values x in the iterable.\n\n"
     "If the iterable is empty, return True."},
    {"any", builtin_any, METH_O,
     "any($module, iterable, /)\n--\n\n"
     "Return True if bool(x) is True for any x in the iterable.\n\n"
     "If the iterable is empty, return False."},
    {"ascii", builtin_ascii, METH_O,
     "ascii($module, obj, /)\n--\n\n"
     "Return an ASCII-only representation of an object."},
    {"bin", builtin_bin, METH_O, "bin($module, number, /)\n--\n\n"
     "Return the binary representation of an integer."},
    {"breakpoint", (PyCFunction)(void (*)(void))builtin_breakpoint, FASTKW,
     "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws)."},
    {"callable", builtin_callable, METH_O,
     "callable($module, obj, /)\n--\n\n"
     "Return whether the object is callable (i.e., some kind of function)."},
    {"chr", builtin_chr, METH_O,
     "chr($module, i, /)\n--\n\n"
     "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"compile", (PyCFunction)(void (*)(void))builtin_compile, METH_VARARGS | METH_KEYWORDS,
     "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\n"
     "Compile source into a code object that can be executed by exec() or eval()."},
    {"delattr", (PyCFunction)(void (*)(void))builtin_delattr, METH_FASTCALL,
     "delattr($module, obj, name, /)\n--\n\n"
     "Deletes the named attribute from the given object."},
    {"dir", (PyCFunction)(void (*)(void))builtin_dir, METH_FASTCALL,
     "dir([object]) -> list of strings"},
    {"divmod", (PyCFunction)(void (*)(void))builtin_divmod, METH_FASTCALL,
     "divmod($module, x, y, /)\n--\n\n"
     "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"eval", (PyCFunction)(void (*)(void))builtin_eval, FASTKW,
     "eval($module, source, globals=None, locals=None, /)\n--\n\n"
     "Evaluate the given source in the context of globals and locals."},
    {"exec", (PyCFunction)(void (*)(void))builtin_exec, FASTKW,
     "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\n"
     "Execute the given source in the context of globals and locals."},
    {"format", (PyCFunction)(void (*)(void))builtin_format, METH_FASTCALL,
     "format($module, value, format_spec='', /)\n--\n\n"
     "Return value.__format__(format_spec)"},
    {"getattr", (PyCFunction)(void (*)(void))builtin_getattr, METH_FASTCALL,
     "getattr(object, name[, default]) -> value"},
    {"globals", builtin_globals, METH_NOARGS,
     "globals($module, /)\n--\n\n"
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", (PyCFunction)(void (*)(void))builtin_hasattr, METH_FASTCALL,
     "hasattr($module, obj, name, /)\n--\n\n"
     "Return whether the object has an attribute with the given name."},
    {"hash", builtin_hash, METH_O, "hash($module, obj, /)\n--\n\n"
     "Return the hash value for the given object."},
    {"help", (PyCFunction)(void (*)(void))builtin_help, METH_VARARGS | METH_KEYWORDS,
     "Define the builtin 'help'."},
    {"hex", builtin_hex, METH_O,
     "hex($module, number, /)\n--\n\n"
     "Return the hexadecimal representation of an integer."},
    {"id", builtin_id, METH_O, "id($module, obj, /)\n--\n\n"
     "Return the identity of an object."},
    {"input", (PyCFunction)(void (*)(void))builtin_input, METH_FASTCALL,
     "input($module, prompt='', /)\n--\n\n"
     "Read a string from standard input.  The trailing newline is stripped."},
    {"isinstance", (PyCFunction)(void (*)(void))builtin_isinstance, METH_FASTCALL,
     "isinstance($module, obj, class_or_tuple, /)\n--\n\n"
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", (PyCFunction)(void (*)(void))builtin_issubclass, METH_FASTCALL,
     "issubclass($module, cls, class_or_tuple, /)\n--\n\n"
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", (PyCFunction)(void (*)(void))builtin_iter, METH_FASTCALL,
     "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"aiter", builtin_aiter, METH_O,
     "aiter($module, async_iterable, /)\n--\n\n"
     "Return an AsyncIterator for an AsyncIterable object."},
    {"len", _KrBuiltin_Len, METH_O, "len($module, obj, /)\n--\n\n"
     "Return the number of items in a container."},
    {"locals", builtin_locals, METH_NOARGS,
     "locals($module, /)\n--\n\n"
     "Return a dictionary containing the current scope's local variables."},
    {"max", (PyCFunction)(void (*)(void))builtin_max, FASTKW,
     "max(iterable, *[, default=obj, key=func]) -> value\n"
     "max(arg1, arg2, *args, *[, key=func]) -> value"},
    {"min", (PyCFunction)(void (*)(void))builtin_min, FASTKW,
     "min(iterable, *[, default=obj, key=func]) -> value\n"
     "min(arg1, arg2, *args, *[, key=func]) -> value"},
    {"next", (PyCFunction)(void (*)(void))builtin_next, METH_FASTCALL,
     "next(iterator[, default])"},
    {"anext", (PyCFunction)(void (*)(void))builtin_anext, METH_FASTCALL,
     "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\n"
     "async anext(aiterator[, default])"},
    {"oct", builtin_oct, METH_O, "oct($module, number, /)\n--\n\n"
     "Return the octal representation of an integer."},
    {"open", (PyCFunction)(void (*)(void))builtin_open, METH_VARARGS | METH_KEYWORDS,
     "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\n"
     "Open file and return a stream.  Raise OSError upon failure."},
    {"ord", builtin_ord, METH_O, "ord($module, c, /)\n--\n\n"
     "Return the Unicode code point for a one-character string."},
    {"pow", (PyCFunction)(void (*)(void))builtin_pow, FASTKW,
     "pow($module, /, base, exp, mod=None)\n--\n\n"
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", (PyCFunction)(void (*)(void))builtin_print, FASTKW,
     "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n"
     "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", builtin_repr, METH_O, "repr($module, obj, /)\n--\n\n"
     "Return the canonical string representation of the object."},
    {"round", (PyCFunction)(void (*)(void))builtin_round, FASTKW,
     "round($module, /, number, ndigits=None)\n--\n\n"
     "Round a number to a given precision in decimal digits."},
    {"setattr", (PyCFunction)(void (*)(void))builtin_setattr, METH_FASTCALL,
     "setattr($module, obj, name, value, /)\n--\n\n"
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", (PyCFunction)(void (*)(void))builtin_sorted, FASTKW,
     "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\n"
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", (PyCFunction)(void (*)(void))builtin_sum, FASTKW,
     "sum($module, iterable, /, start=0)\n--\n\n"
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", (PyCFunction)(void (*)(void))builtin_vars, METH_FASTCALL,
     "vars([object]) -> dictionary"},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef builtinsmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "builtins",
    .m_doc = "Built-in functions, exceptions, and other objects.\n\n"
             "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.",
    .m_size = -1,
    .m_methods = builtin_methods,
};

PyObject *
_KrBuiltin_Init(void)
{
    if (PyType_Ready(&_PyAnextAwaitable_Type) < 0)
        return NULL;
    PyObject *mod = PyModule_Create(&builtinsmodule);
    if (mod == NULL)
        return NULL;
    PyObject *dict = PyModule_GetDict(mod);
#define SETBUILTIN(NAME, OBJECT) \
    if (PyDict_SetItemString(dict, NAME, (PyObject *)(OBJECT)) < 0) goto error;
    SETBUILTIN("None", Py_None);
    SETBUILTIN("Ellipsis", Py_Ellipsis);
    SETBUILTIN("NotImplemented", Py_NotImplemented);
    SETBUILTIN("False", Py_False);
    SETBUILTIN("True", Py_True);
    SETBUILTIN("bool", &PyBool_Type);
    SETBUILTIN("memoryview", &PyMemoryView_Type);
    SETBUILTIN("bytearray", &PyByteArray_Type);
    SETBUILTIN("bytes", &PyBytes_Type);
    SETBUILTIN("classmethod", &PyClassMethod_Type);
    SETBUILTIN("complex", &PyComplex_Type);
    SETBUILTIN("dict", &PyDict_Type);
    SETBUILTIN("enumerate", &PyEnum_Type);
    SETBUILTIN("filter", &PyFilter_Type);
    SETBUILTIN("float", &PyFloat_Type);
    SETBUILTIN("frozenset", &PyFrozenSet_Type);
    SETBUILTIN("property", &PyProperty_Type);
    SETBUILTIN("int", &PyLong_Type);
    SETBUILTIN("list", &PyList_Type);
    SETBUILTIN("map", &PyMap_Type);
    SETBUILTIN("object", &PyBaseObject_Type);
    SETBUILTIN("range", &PyRange_Type);
    SETBUILTIN("reversed", &PyReversed_Type);
    SETBUILTIN("set", &PySet_Type);
    SETBUILTIN("slice", &PySlice_Type);
    SETBUILTIN("staticmethod", &PyStaticMethod_Type);
    SETBUILTIN("str", &PyUnicode_Type);
    SETBUILTIN("super", &PySuper_Type);
    SETBUILTIN("tuple", &PyTuple_Type);
    SETBUILTIN("type", &PyType_Type);
    SETBUILTIN("zip", &PyZip_Type);
#undef SETBUILTIN
    /* what the compiler folds __debug__ to at the interpreter's level */
    PyObject *debug = PyBool_FromLong(_Kr_Config.optimize == 0);
    if (PyDict_SetItemString(dict, "__debug__", debug) < 0) {
        Py_DECREF(debug);
        goto error;
    }
    Py_DECREF(debug);
    if (_KrExceptions_AddToBuiltins(dict) < 0)
        goto error;
    return mod;
error:
    Py_DECREF(mod);
    return NULL;
}
