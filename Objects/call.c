/* Calling objects.
 *
 * Two conventions coexist, as in CPython:
 *   tp_call(callable, args_tuple, kwargs_dict): the classic one; every
 *     callable type has it.
 *   vectorcall(callable, args, nargsf, kwnames): arguments in a C array,
 *     keyword values following the positional ones and their names in a
 *     tuple.  A type opts in with Py_TPFLAGS_HAVE_VECTORCALL and stores
 *     the function pointer in each instance at tp_vectorcall_offset
 *     (NULL there means "use tp_call").
 * The VM always calls through PyObject_Vectorcall, so calling a Python
 * function or a builtin never builds a tuple.  The bit
 * PY_VECTORCALL_ARGUMENTS_OFFSET in nargsf says that args[-1] may be
 * overwritten by the callee, which lets a bound method prepend self
 * without copying the arguments. */
#include "Python.h"
#include "kr_call.h"

static PyObject *
not_callable(PyObject *callable)
{
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not callable", Py_TYPE(callable)->tp_name);
    return NULL;
}

/* ===================================================================
 * Argument conversions
 * =================================================================== */

/* _PyTuple_FromArray lives in tupleobject.c */

PyObject *
_PyStack_AsDict(PyObject *const *values, PyObject *kwnames)
{
    Py_ssize_t nkwargs = PyTuple_GET_SIZE(kwnames);
    PyObject *kwdict = _PyDict_NewPresized(nkwargs);
    if (kwdict == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nkwargs; i++) {
        if (PyDict_SetItem(kwdict, PyTuple_GET_ITEM(kwnames, i), values[i]) < 0) {
            Py_DECREF(kwdict);
            return NULL;
        }
    }
    return kwdict;
}

/* Positional args plus a kwargs dict as a vectorcall array (with a free
 * slot in front, so ARGUMENTS_OFFSET may be passed on) and a kwnames
 * tuple.  *p_stack is to be released with release_stack. */
static int
stack_unpack_dict(PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs,
                  PyObject ***p_stack, PyObject **p_kwnames)
{
    Py_ssize_t nkwargs = PyDict_GET_SIZE(kwargs);
    PyObject **stack = PyMem_Malloc((1 + nargs + nkwargs) * sizeof(PyObject *));
    if (stack == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject *kwnames = PyTuple_New(nkwargs);
    if (kwnames == NULL) {
        PyMem_Free(stack);
        return -1;
    }
    stack++;
    for (Py_ssize_t i = 0; i < nargs; i++)
        stack[i] = Py_NewRef(args[i]);
    PyObject **kwstack = stack + nargs;
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    int keys_are_strings = 1;
    while (PyDict_Next(kwargs, &pos, &key, &value)) {
        keys_are_strings &= PyUnicode_Check(key);
        PyTuple_SET_ITEM(kwnames, i, Py_NewRef(key));
        kwstack[i] = Py_NewRef(value);
        i++;
    }
    if (!keys_are_strings) {
        PyErr_SetString(PyExc_TypeError, "keywords must be strings");
        for (Py_ssize_t j = 0; j < nargs + nkwargs; j++)
            Py_DECREF(stack[j]);
        PyMem_Free(stack - 1);
        Py_DECREF(kwnames);
        return -1;
    }
    *p_stack = stack;
    *p_kwnames = kwnames;
    return 0;
}

static void
release_stack(PyObject **stack, Py_ssize_t n, PyObject *kwnames)
{
    for (Py_ssize_t i = 0; i < n; i++)
        Py_DECREF(stack[i]);
    PyMem_Free(stack - 1);
    Py_DECREF(kwnames);
}

/* ===================================================================
 * Vectorcall
 * =================================================================== */

vectorcallfunc
PyVectorcall_Function(PyObject *callable)
{
    PyTypeObject *tp = Py_TYPE(callable);
    if (!PyType_HasFeature(tp, Py_TPFLAGS_HAVE_VECTORCALL))
        return NULL;
    Py_ssize_t offset = tp->tp_vectorcall_offset;
    if (offset <= 0)
        return NULL;
    vectorcallfunc ptr;
    memcpy(&ptr, (char *)callable + offset, sizeof(ptr));
    return ptr;
}

PyObject *
_PyObject_MakeTpCall(PyObject *callable, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    ternaryfunc call = Py_TYPE(callable)->tp_call;
    if (call == NULL)
        return not_callable(callable);
    PyObject *argstuple = _PyTuple_FromArray(args, nargs);
    if (argstuple == NULL)
        return NULL;
    PyObject *kwdict = NULL;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        kwdict = _PyStack_AsDict(args + nargs, kwnames);
        if (kwdict == NULL) {
            Py_DECREF(argstuple);
            return NULL;
        }
    }
    PyObject *result = NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
        result = call(callable, argstuple, kwdict);
        Py_LeaveRecursiveCall();
    }
    Py_DECREF(argstuple);
    Py_XDECREF(kwdict);
    return _KrCall_CheckResult(callable, result);
}

PyObject *
PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    vectorcallfunc func = PyVectorcall_Function(callable);
    if (func == NULL)
        return _PyObject_MakeTpCall(callable, args, PyVectorcall_NARGS(nargsf), kwnames);
    PyObject *res = func(callable, args, nargsf, kwnames);
    return _KrCall_CheckResult(callable, res);
}

PyObject *
_PyObject_FastCall(PyObject *func, PyObject *const *args, Py_ssize_t nargs)
{
    return PyObject_Vectorcall(func, args, (size_t)nargs, NULL);
}

PyObject *
PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwargs)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwargs == NULL || PyDict_GET_SIZE(kwargs) == 0)
        return PyObject_Vectorcall(callable, args, nargsf, NULL);
    vectorcallfunc func = PyVectorcall_Function(callable);
    if (func == NULL) {
        ternaryfunc call = Py_TYPE(callable)->tp_call;
        if (call == NULL)
            return not_callable(callable);
        PyObject *argstuple = _PyTuple_FromArray(args, nargs);
        if (argstuple == NULL)
            return NULL;
        PyObject *result = NULL;
        if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
            result = call(callable, argstuple, kwargs);
            Py_LeaveRecursiveCall();
        }
        Py_DECREF(argstuple);
        return _KrCall_CheckResult(callable, result);
    }
    PyObject **newargs, *kwnames;
    if (stack_unpack_dict(args, nargs, kwargs, &newargs, &kwnames) < 0)
        return NULL;
    PyObject *res = func(callable, newargs, (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    release_stack(newargs, nargs + PyTuple_GET_SIZE(kwnames), kwnames);
    return _KrCall_CheckResult(callable, res);
}

PyObject *
PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *kwargs)
{
    vectorcallfunc func = PyVectorcall_Function(callable);
    if (func == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object does not support vectorcall",
                     Py_TYPE(callable)->tp_name);
        return NULL;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(tuple);
    if (kwargs == NULL || PyDict_GET_SIZE(kwargs) == 0) {
        PyObject *res = func(callable, _PyTuple_ITEMS(tuple), (size_t)nargs, NULL);
        return _KrCall_CheckResult(callable, res);
    }
    PyObject **args, *kwnames;
    if (stack_unpack_dict(_PyTuple_ITEMS(tuple), nargs, kwargs, &args, &kwnames) < 0)
        return NULL;
    PyObject *res = func(callable, args, (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    release_stack(args, nargs + PyTuple_GET_SIZE(kwnames), kwnames);
    return _KrCall_CheckResult(callable, res);
}

/* ===================================================================
 * tp_call style
 * =================================================================== */

PyObject *
PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs)
{
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "keyword list must be a dictionary");
        return NULL;
    }
    /* A class statement's type has a vectorcall only as a shortcut for
     * positional calls (CPython 3.11's have none): keyword arguments go
     * straight to type.__call__, whose tp_new/tp_init see the dict itself
     * and give their own errors, not the vectorcall's check of its keys. */
    int heap_type_with_kwargs = kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0 &&
                                PyType_Check(callable) &&
                                (((PyTypeObject *)callable)->tp_flags & Py_TPFLAGS_HEAPTYPE);
    if (!heap_type_with_kwargs && PyVectorcall_Function(callable) != NULL)
        return PyVectorcall_Call(callable, args, kwargs);
    ternaryfunc call = Py_TYPE(callable)->tp_call;
    if (call == NULL)
        return not_callable(callable);
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyObject *result = call(callable, args, kwargs);
    Py_LeaveRecursiveCall();
    return _KrCall_CheckResult(callable, result);
}

PyObject *
PyObject_CallObject(PyObject *callable, PyObject *args)
{
    if (args == NULL)
        return PyObject_CallNoArgs(callable);
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    return PyObject_Call(callable, args, NULL);
}

PyObject *
PyObject_CallNoArgs(PyObject *func)
{
    return PyObject_Vectorcall(func, NULL, 0, NULL);
}

PyObject *
PyObject_CallOneArg(PyObject *func, PyObject *arg)
{
    PyObject *stack[2] = {NULL, arg};
    return PyObject_Vectorcall(func, stack + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

/* format -> arguments: several items make the argument tuple; a single
 * item that is a tuple is the argument tuple itself (CPython's
 * long-standing rule) */
static PyObject *
call_with_format(PyObject *callable, const char *format, va_list va)
{
    if (format == NULL || *format == '\0')
        return PyObject_CallNoArgs(callable);
    PyObject *args = Py_VaBuildValue(format, va);
    if (args == NULL)
        return NULL;
    if (!PyTuple_Check(args)) {
        PyObject *t = PyTuple_Pack(1, args);
        Py_DECREF(args);
        if (t == NULL)
            return NULL;
        args = t;
    }
    PyObject *res = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return res;
}

PyObject *
PyObject_CallFunction(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *res = call_with_format(callable, format, va);
    va_end(va);
    return res;
}

PyObject *
PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...)
{
    PyObject *callable = PyObject_GetAttrString(obj, name);
    if (callable == NULL)
        return NULL;
    va_list va;
    va_start(va, format);
    PyObject *res = call_with_format(callable, format, va);
    va_end(va);
    Py_DECREF(callable);
    return res;
}

PyObject *
_PyObject_CallMethod(PyObject *obj, PyObject *name, const char *format, ...)
{
    PyObject *callable = PyObject_GetAttr(obj, name);
    if (callable == NULL)
        return NULL;
    va_list va;
    va_start(va, format);
    PyObject *res = call_with_format(callable, format, va);
    va_end(va);
    Py_DECREF(callable);
    return res;
}

#define SMALL_STACK 8

/* Collect the NULL-terminated varargs into a stack with a free slot in
 * front (for ARGUMENTS_OFFSET). */
static PyObject **
collect_objargs(PyObject **small, va_list va, Py_ssize_t *pn, PyObject *first)
{
    va_list countva;
    va_copy(countva, va);
    Py_ssize_t n = first != NULL ? 1 : 0;
    while (va_arg(countva, PyObject *) != NULL)
        n++;
    va_end(countva);
    PyObject **stack = small;
    if (n + 1 > SMALL_STACK) {
        stack = PyMem_Malloc((n + 1) * sizeof(PyObject *));
        if (stack == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    Py_ssize_t i = 1;
    if (first != NULL)
        stack[i++] = first;
    for (; i <= n; i++)
        stack[i] = va_arg(va, PyObject *);
    *pn = n;
    return stack;
}

PyObject *
PyObject_CallFunctionObjArgs(PyObject *callable, ...)
{
    PyObject *small[SMALL_STACK];
    Py_ssize_t n;
    va_list va;
    va_start(va, callable);
    PyObject **stack = collect_objargs(small, va, &n, NULL);
    va_end(va);
    if (stack == NULL)
        return NULL;
    PyObject *res = PyObject_Vectorcall(callable, stack + 1, (size_t)n | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    if (stack != small)
        PyMem_Free(stack);
    return res;
}

PyObject *
PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...)
{
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    PyObject *callable = NULL;
    int is_method = _PyObject_GetMethod(obj, name, &callable);
    if (callable == NULL)
        return NULL;
    PyObject *small[SMALL_STACK];
    Py_ssize_t n;
    va_list va;
    va_start(va, name);
    PyObject **stack = collect_objargs(small, va, &n, is_method ? obj : NULL);
    va_end(va);
    if (stack == NULL) {
        Py_DECREF(callable);
        return NULL;
    }
    PyObject *res = PyObject_Vectorcall(callable, stack + 1, (size_t)n | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    if (stack != small)
        PyMem_Free(stack);
    Py_DECREF(callable);
    return res;
}

/* args[0] is self */
PyObject *
PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyObject *callable = NULL;
    int unbound = _PyObject_GetMethod(args[0], name, &callable);
    if (callable == NULL)
        return NULL;
    PyObject *result;
    if (unbound) {
        result = PyObject_Vectorcall(callable, args, nargsf & ~PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    }
    else {
        Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
        result = PyObject_Vectorcall(callable, args + 1, (size_t)(nargs - 1) | PY_VECTORCALL_ARGUMENTS_OFFSET,
                                     kwnames);
    }
    Py_DECREF(callable);
    return result;
}

PyObject *
PyObject_CallMethodNoArgs(PyObject *self, PyObject *name)
{
    return PyObject_VectorcallMethod(name, &self, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

PyObject *
PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg)
{
    PyObject *args[2] = {self, arg};
    return PyObject_VectorcallMethod(name, args, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

/* ===================================================================
 * Naming callables in messages
 * =================================================================== */

PyObject *
_PyObject_FunctionStr(PyObject *x)
{
    PyObject *qualname = NULL, *module = NULL, *result = NULL;
    if (_PyObject_LookupAttr(x, _Py_ID(__qualname__), &qualname) < 0)
        return NULL;
    if (qualname == NULL)
        return PyObject_Str(x);
    if (_PyObject_LookupAttr(x, _Py_ID(__module__), &module) < 0)
        goto done;
    if (module != NULL && module != Py_None) {
        int ne = PyObject_RichCompareBool(module, _Py_ID(builtins), Py_NE);
        if (ne < 0)
            goto done;
        if (ne > 0) {
            result = PyUnicode_FromFormat("%S.%S()", module, qualname);
            goto done;
        }
    }
    result = PyUnicode_FromFormat("%S()", qualname);
done:
    Py_XDECREF(qualname);
    Py_XDECREF(module);
    return result;
}
