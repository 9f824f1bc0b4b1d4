/* Small portable helpers of the C API: case-insensitive comparison,
 * string-to-integer conversion with Python's rules for bases, and the
 * os.fspath() protocol. */
#include "Python.h"
#include <ctype.h>
#include <stdarg.h>

int PyOS_stricmp(const char *a, const char *b)
{
    while (*a && tolower((unsigned char)*a) == tolower((unsigned char)*b)) {
        a++;
        b++;
    }
    return tolower((unsigned char)*a) - tolower((unsigned char)*b);
}

int PyOS_mystrnicmp(const char *a, const char *b, Py_ssize_t size)
{
    if (size <= 0)
        return 0;
    while (--size > 0 && *a && tolower((unsigned char)*a) == tolower((unsigned char)*b)) {
        a++;
        b++;
    }
    return tolower((unsigned char)*a) - tolower((unsigned char)*b);
}

int PyOS_snprintf(char *str, size_t size, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = vsnprintf(str, size, format, va);
    va_end(va);
    if (size > 0)
        str[size - 1] = '\0';
    return r;
}

unsigned long PyOS_strtoul(const char *str, char **ptr, int base)
{
    return strtoul(str, ptr, base);
}

long PyOS_strtol(const char *str, char **ptr, int base)
{
    return strtol(str, ptr, base);
}

/* os.fspath(): str and bytes pass through; otherwise __fspath__ must give
 * one of them. */
PyObject *PyOS_FSPath(PyObject *path)
{
    if (PyUnicode_Check(path) || PyBytes_Check(path))
        return Py_NewRef(path);
    PyObject *func = _PyType_Lookup(Py_TYPE(path), _Py_ID(__fspath__));
    if (func == NULL || func == Py_None) {
        PyErr_Format(PyExc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                     Py_TYPE(path)->tp_name);
        return NULL;
    }
    PyObject *result = PyObject_CallOneArg(func, path);
    if (result == NULL)
        return NULL;
    if (!(PyUnicode_Check(result) || PyBytes_Check(result))) {
        PyErr_Format(PyExc_TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                     Py_TYPE(path)->tp_name, Py_TYPE(result)->tp_name);
        Py_DECREF(result);
        return NULL;
    }
    return result;
}
