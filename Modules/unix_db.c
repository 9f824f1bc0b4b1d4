/* The shared part of pwd and grp (see unix_db.h for what and why). */
#include "unix_db.h"
#include <errno.h>
#include <unistd.h>

PyObject *
_KrUnixDb_String(const char *s)
{
    if (s == NULL)
        return Py_NewRef(Py_None);
    return PyUnicode_DecodeFSDefault(s);
}

PyObject *
_KrUnixDb_Entry(PyTypeObject *type, PyObject **items, int n)
{
    PyObject *v = PyStructSequence_New(type);
    int failed = v == NULL;
    for (int i = 0; i < n; i++) {
        if (items[i] == NULL)
            failed = 1;
        if (v != NULL)
            PyStructSequence_SetItem(v, i, items[i]);
        else
            Py_XDECREF(items[i]);
    }
    if (failed) {
        Py_XDECREF(v);
        return NULL;
    }
    return v;
}

PyObject *
_KrUnixDb_Lookup(KrUnixDbCall call, const void *key, void *entry, KrUnixDbMake make,
                 int sysconf_name, size_t max_size, int *found)
{
    /* entries rarely exceed the C library's hint */
    long hint = sysconf(sysconf_name);
    size_t size = hint > 0 ? (size_t)hint : 1024;
    char *buf = NULL;
    for (;;) {
        char *nbuf = PyMem_RawRealloc(buf, size);
        if (nbuf == NULL) {
            PyMem_RawFree(buf);
            *found = -1;
            return PyErr_NoMemory();
        }
        buf = nbuf;
        void *result = NULL;
        int err;
        Py_BEGIN_ALLOW_THREADS
        err = call(key, entry, buf, size, &result);
        Py_END_ALLOW_THREADS
        if (err == ERANGE && size < max_size) {
            size *= 2;
            continue;
        }
        if (result == NULL) {
            PyMem_RawFree(buf);
            *found = 0;
            return NULL;
        }
        PyObject *v = make(entry);
        PyMem_RawFree(buf);
        *found = v ? 1 : -1;
        return v;
    }
}

const char *
_KrUnixDb_EncodeName(PyObject *name, const char *what, PyObject **bytes)
{
    *bytes = NULL;
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "%s must be str, not %.200s", what,
                     _PyType_Name(Py_TYPE(name)));
        return NULL;
    }
    PyObject *b = PyUnicode_EncodeFSDefault(name);
    if (b == NULL)
        return NULL;
    char *s;
    Py_ssize_t len;
    if (PyBytes_AsStringAndSize(b, &s, &len) < 0)
        goto error;
    if ((size_t)len != strlen(s)) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        goto error;
    }
    *bytes = b;
    return s;
error:
    Py_DECREF(b);
    return NULL;
}
