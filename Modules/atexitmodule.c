/* The atexit module: functions to call when the interpreter exits.
 *
 * The callbacks live in one list of (func, args, kwargs) tuples owned by
 * this file rather than by the module object, so that shut-down
 * (Py_FinalizeEx in Python/runtime/pylifecycle.c) reaches them through
 * _KrAtexit_CallFuncs even if someone removed the module from
 * sys.modules, and runs them first, while every module is still intact.
 * They run last registered first; an exception in one is reported as
 * CPython does ("Exception ignored in atexit callback: <func>" and the
 * traceback) and the others still run.  Running empties the list, so a
 * second _run_exitfuncs() (or the one at exit) calls nothing twice. */
#include "Python.h"

static PyObject *callbacks; /* list of (func, args, kwargs or None), None for unregistered */

static int
ensure_list(void)
{
    if (callbacks == NULL)
        callbacks = PyList_New(0);
    return callbacks != NULL ? 0 : -1;
}

/* Run and clear every callback, newest first. */
void
_KrAtexit_CallFuncs(void)
{
    if (callbacks == NULL || PyList_GET_SIZE(callbacks) == 0)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    /* take the list: callbacks registered while these run are kept for
     * the next call, as CPython keeps them */
    PyObject *todo = callbacks;
    callbacks = PyList_New(0);
    if (callbacks == NULL) {
        PyErr_Clear();
    }
    for (Py_ssize_t i = PyList_GET_SIZE(todo) - 1; i >= 0; i--) {
        if (i >= PyList_GET_SIZE(todo))
            continue;
        PyObject *entry = PyList_GET_ITEM(todo, i);
        if (entry == Py_None)
            continue;
        Py_INCREF(entry);
        PyObject *func = PyTuple_GET_ITEM(entry, 0);
        PyObject *args = PyTuple_GET_ITEM(entry, 1);
        PyObject *kwargs = PyTuple_GET_ITEM(entry, 2);
        PyObject *res = PyObject_Call(func, args, kwargs == Py_None ? NULL : kwargs);
        if (res == NULL)
            _PyErr_WriteUnraisableMsg("in atexit callback", func);
        Py_XDECREF(res);
        Py_DECREF(entry);
    }
    Py_DECREF(todo);
    PyErr_SetRaisedException(exc);
}

static PyObject *
atexit_register(PyObject *m, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) == 0) {
        PyErr_SetString(PyExc_TypeError, "register() takes at least 1 argument (0 given)");
        return NULL;
    }
    PyObject *func = PyTuple_GET_ITEM(args, 0);
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    if (ensure_list() < 0)
        return NULL;
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL)
        return NULL;
    PyObject *kw = kwargs != NULL && PyDict_GET_SIZE(kwargs) > 0 ? PyDict_Copy(kwargs)
                                                                  : Py_NewRef(Py_None);
    if (kw == NULL) {
        Py_DECREF(rest);
        return NULL;
    }
    PyObject *entry = PyTuple_Pack(3, func, rest, kw);
    Py_DECREF(rest);
    Py_DECREF(kw);
    if (entry == NULL || PyList_Append(callbacks, entry) < 0) {
        Py_XDECREF(entry);
        return NULL;
    }
    Py_DECREF(entry);
    return Py_NewRef(func);
}

static PyObject *
atexit_unregister(PyObject *m, PyObject *func)
{
    if (callbacks == NULL)
        Py_RETURN_NONE;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(callbacks);) {
        PyObject *entry = PyList_GET_ITEM(callbacks, i);
        if (entry == Py_None) {
            i++;
            continue;
        }
        Py_INCREF(entry);
        int eq = PyObject_RichCompareBool(PyTuple_GET_ITEM(entry, 0), func, Py_EQ);
        Py_DECREF(entry);
        if (eq < 0)
            return NULL;
        /* CPython leaves a hole, still counted by _ncallbacks() */
        if (eq && i < PyList_GET_SIZE(callbacks) &&
            PyList_SetItem(callbacks, i, Py_NewRef(Py_None)) < 0)
            return NULL;
        i++;
    }
    Py_RETURN_NONE;
}

static PyObject *
atexit_run_exitfuncs(PyObject *m, PyObject *Py_UNUSED(a))
{
    _KrAtexit_CallFuncs();
    Py_RETURN_NONE;
}

static PyObject *
atexit_clear(PyObject *m, PyObject *Py_UNUSED(a))
{
    if (callbacks != NULL && PyList_SetSlice(callbacks, 0, PyList_GET_SIZE(callbacks), NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
atexit_ncallbacks(PyObject *m, PyObject *Py_UNUSED(a))
{
    return PyLong_FromSsize_t(callbacks != NULL ? PyList_GET_SIZE(callbacks) : 0);
}

static PyMethodDef atexit_methods[] = {
    {"register", (PyCFunction)(void (*)(void))atexit_register, METH_VARARGS | METH_KEYWORDS,
     "register(func, *args, **kwargs) -> func\n\n"
     "Call func(*args, **kwargs) when the interpreter exits normally.\n"
     "Returns func, so that register can decorate a function."},
    {"unregister", atexit_unregister, METH_O,
     "unregister(func) -> None\n\n"
     "Remove every registration of func (compared with ==)."},
    {"_run_exitfuncs", atexit_run_exitfuncs, METH_NOARGS,
     "_run_exitfuncs() -> None\n\n"
     "Call the registered functions now, last registered first, and forget them."},
    {"_clear", atexit_clear, METH_NOARGS,
     "_clear() -> None\n\nForget every registered function."},
    {"_ncallbacks", atexit_ncallbacks, METH_NOARGS,
     "_ncallbacks() -> int\n\nThe number of registered functions."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef atexitmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "atexit",
    .m_doc = "Functions to call when the interpreter exits normally: register()\n"
             "adds one, unregister() removes it.",
    .m_size = -1,
    .m_methods = atexit_methods,
};

PyObject *
PyInit_atexit(void)
{
    if (ensure_list() < 0)
        return NULL;
    return PyModule_Create(&atexitmodule);
}
