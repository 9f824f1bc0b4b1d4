/* Building values from C (Py_BuildValue) and adding objects to modules.
 *
 * Py_BuildValue reads a format the way PyArg_ParseTuple does, in reverse:
 * each code takes C values from the va_list and makes an object.  A
 * format of one unit gives that object; several give a tuple; an empty
 * one gives None.  "(...)", "[...]" and "{k:v,...}" nest.  'N' steals the
 * reference it is given, also when building fails (so callers never
 * leak), which is why the builder keeps going after an error and only
 * reports it at the end.
 *
 * The PyModule_Add* helpers live here as in CPython; module objects and
 * PyModule_AddFunctions/SetDocString are in Objects/moduleobject.c. */
#include "Python.h"
#include <stdarg.h>

static PyObject *build_value(const char **p_format, va_list *p_va);

/* Count the units up to `endchar` at this nesting level. */
static Py_ssize_t
count_units(const char *format, char endchar)
{
    Py_ssize_t count = 0;
    int level = 0;
    while (level > 0 || *format != endchar) {
        switch (*format) {
        case '\0':
            return count; /* caller reports the missing closer */
        case '(': case '[': case '{':
            if (level == 0)
                count++;
            level++;
            break;
        case ')': case ']': case '}':
            level--;
            break;
        case '#': case '&': case ',': case ':': case ' ': case '\t':
            break;
        default:
            if (level == 0)
                count++;
        }
        format++;
    }
    return count;
}

/* Build `n` items into an array; on error keep consuming so 'N'
 * arguments are released, then fail. */
static int
build_items(PyObject **items, Py_ssize_t n, const char **p_format, va_list *p_va, char endchar)
{
    int failed = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *w = build_value(p_format, p_va);
        if (w == NULL) {
            failed = 1;
            w = Py_NewRef(Py_None);
        }
        items[i] = w;
    }
    if (**p_format != endchar) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "Unmatched paren in format");
        failed = 1;
    } else if (endchar) {
        ++*p_format;
    }
    return failed ? -1 : 0;
}

static PyObject *
build_sequence(const char **p_format, va_list *p_va, char endchar, int is_list)
{
    Py_ssize_t n = count_units(*p_format, endchar);
    PyObject **items = PyMem_Malloc((n ? n : 1) * sizeof(PyObject *));
    if (items == NULL)
        return PyErr_NoMemory();
    int r = build_items(items, n, p_format, p_va, endchar);
    PyObject *res = NULL;
    if (r == 0) {
        res = is_list ? PyList_New(n) : PyTuple_New(n);
        if (res) {
            for (Py_ssize_t i = 0; i < n; i++) {
                if (is_list)
                    PyList_SET_ITEM(res, i, items[i]);
                else
                    PyTuple_SET_ITEM(res, i, items[i]);
            }
            PyMem_Free(items);
            return res;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++)
        Py_DECREF(items[i]);
    PyMem_Free(items);
    return NULL;
}

static PyObject *
build_dict(const char **p_format, va_list *p_va)
{
    Py_ssize_t n = count_units(*p_format, '}');
    if (n % 2) {
        PyErr_SetString(PyExc_SystemError, "Bad dict format");
        return NULL;
    }
    PyObject **items = PyMem_Malloc((n ? n : 1) * sizeof(PyObject *));
    if (items == NULL)
        return PyErr_NoMemory();
    int r = build_items(items, n, p_format, p_va, '}');
    PyObject *d = NULL;
    if (r == 0 && (d = PyDict_New()) != NULL) {
        for (Py_ssize_t i = 0; i < n; i += 2) {
            if (PyDict_SetItem(d, items[i], items[i + 1]) < 0) {
                Py_CLEAR(d);
                break;
            }
        }
    }
    for (Py_ssize_t i = 0; i < n; i++)
        Py_DECREF(items[i]);
    PyMem_Free(items);
    return d;
}

static PyObject *
build_value(const char **p_format, va_list *p_va)
{
    for (;;) {
        char c = *(*p_format)++;
        switch (c) {
        case '(':
            return build_sequence(p_format, p_va, ')', 0);
        case '[':
            return build_sequence(p_format, p_va, ']', 1);
        case '{':
            return build_dict(p_format, p_va);
        case 'b': case 'B': case 'h': case 'i':
            return PyLong_FromLong((long)va_arg(*p_va, int));
        case 'H':
            return PyLong_FromLong((long)(unsigned short)va_arg(*p_va, int));
        case 'I':
            return PyLong_FromUnsignedLong((unsigned long)va_arg(*p_va, unsigned int));
        case 'n':
            return PyLong_FromSsize_t(va_arg(*p_va, Py_ssize_t));
        case 'l':
            return PyLong_FromLong(va_arg(*p_va, long));
        case 'k':
            return PyLong_FromUnsignedLong(va_arg(*p_va, unsigned long));
        case 'L':
            return PyLong_FromLongLong(va_arg(*p_va, long long));
        case 'K':
            return PyLong_FromUnsignedLongLong(va_arg(*p_va, unsigned long long));
        case 'f': case 'd':
            return PyFloat_FromDouble(va_arg(*p_va, double));
        case 'D':
            return PyComplex_FromCComplex(*va_arg(*p_va, Py_complex *));
        case 'c': {
            char ch = (char)va_arg(*p_va, int);
            return PyBytes_FromStringAndSize(&ch, 1);
        }
        case 'C':
            return PyUnicode_FromOrdinal(va_arg(*p_va, int));
        case 'p':
            return PyBool_FromLong(va_arg(*p_va, int));
        case 's': case 'z': case 'U': case 'y': {
            const char *str = va_arg(*p_va, const char *);
            Py_ssize_t n = -1;
            if (**p_format == '#') {
                ++*p_format;
                n = va_arg(*p_va, Py_ssize_t);
            }
            if (str == NULL)
                return Py_NewRef(Py_None);
            if (n < 0)
                n = (Py_ssize_t)strlen(str);
            if (c == 'y')
                return PyBytes_FromStringAndSize(str, n);
            return PyUnicode_FromStringAndSize(str, n);
        }
        case 'N': case 'S': case 'O':
            if (**p_format == '&') {
                PyObject *(*func)(void *) = va_arg(*p_va, PyObject *(*)(void *));
                void *arg = va_arg(*p_va, void *);
                ++*p_format;
                return func(arg);
            } else {
                PyObject *v = va_arg(*p_va, PyObject *);
                if (v == NULL) {
                    if (!PyErr_Occurred())
                        PyErr_SetString(PyExc_SystemError,
                                        "NULL object passed to Py_BuildValue");
                    return NULL;
                }
                return c == 'N' ? v : Py_NewRef(v);
            }
        case ':': case ',': case ' ': case '\t':
            break;
        default:
            PyErr_SetString(PyExc_SystemError, "bad format char passed to Py_BuildValue");
            return NULL;
        }
    }
}

PyObject *
Py_VaBuildValue(const char *format, va_list va)
{
    va_list lva;
    va_copy(lva, va);
    Py_ssize_t n = count_units(format, '\0');
    PyObject *res;
    if (n == 0)
        res = Py_NewRef(Py_None);
    else if (n == 1)
        res = build_value(&format, &lva);
    else
        res = build_sequence(&format, &lva, '\0', 0);
    va_end(lva);
    return res;
}

PyObject *
Py_BuildValue(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}

/* ---- adding to modules ---- */

int
PyModule_AddObjectRef(PyObject *mod, const char *name, PyObject *value)
{
    if (!PyModule_Check(mod)) {
        PyErr_SetString(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
        return -1;
    }
    if (value == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "PyModule_AddObjectRef() must be called "
                                               "with an exception raised if value is NULL");
        return -1;
    }
    PyObject *dict = PyModule_GetDict(mod);
    if (dict == NULL)
        return -1;
    return PyDict_SetItemString(dict, name, value);
}

int
PyModule_AddObject(PyObject *mod, const char *name, PyObject *value)
{
    int r = PyModule_AddObjectRef(mod, name, value);
    if (r == 0)
        Py_DECREF(value);
    return r;
}

int
PyModule_AddIntConstant(PyObject *m, const char *name, long value)
{
    PyObject *obj = PyLong_FromLong(value);
    if (obj == NULL)
        return -1;
    int r = PyModule_AddObjectRef(m, name, obj);
    Py_DECREF(obj);
    return r;
}

int
PyModule_AddStringConstant(PyObject *m, const char *name, const char *value)
{
    PyObject *obj = PyUnicode_FromString(value);
    if (obj == NULL)
        return -1;
    int r = PyModule_AddObjectRef(m, name, obj);
    Py_DECREF(obj);
    return r;
}

int
PyModule_AddType(PyObject *module, PyTypeObject *type)
{
    if (PyType_Ready(type) < 0)
        return -1;
    return PyModule_AddObjectRef(module, _PyType_Name(type), (PyObject *)type);
}
