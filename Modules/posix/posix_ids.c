/* uid_t / gid_t <-> int conversions (declared in kr_posixids.h).
 *
 * Both types are 32-bit unsigned on Linux while Python speaks of -1 for
 * "unchanged" / "none", so the conversion is signed on the way in, with
 * -1 mapped to the all-ones id, and on the way out the all-ones id comes
 * back as -1.  A value that is truncated by the cast is reported as being
 * "less than minimum", which is CPython's (odd but tested) wording. */
#include "Python.h"
#include "kr_posixids.h"

/* One engine for both id types: `what` is "uid" or "gid", `maxval` is
 * the all-ones id of the type, `out` receives the value, which is known
 * to fit the type, for the caller to narrow. */
static int
id_convert(PyObject *obj, const char *what, unsigned long maxval, unsigned long *out)
{
    PyObject *index = _PyNumber_Index(obj);
    if (index == NULL) {
        /* whatever __index__ raised, the caller hears about the type */
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "%s should be integer, not %.200s", what,
                     _PyType_Name(Py_TYPE(obj)));
        return 0;
    }
    int overflow;
    long v = PyLong_AsLongAndOverflow(index, &overflow);
    if (v == -1 && !overflow && PyErr_Occurred()) {
        Py_DECREF(index);
        return 0;
    }
    if (!overflow) {
        Py_DECREF(index);
        if (v == -1) {
            *out = maxval; /* (id_t)-1 */
            return 1;
        }
        if (v < 0 || (unsigned long)v > maxval)
            goto underflow;
        *out = (unsigned long)v;
        return 1;
    }
    if (overflow < 0) {
        Py_DECREF(index);
        goto underflow;
    }
    /* above LONG_MAX: it may still fit an unsigned long */
    unsigned long u = PyLong_AsUnsignedLong(index);
    Py_DECREF(index);
    if (u == (unsigned long)-1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError))
            return 0;
        PyErr_Clear();
        PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
        return 0;
    }
    if (u >= maxval) { /* maxval itself would read as -1 */
        PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
        return 0;
    }
    *out = u;
    return 1;
underflow:
    PyErr_Format(PyExc_OverflowError, "%s is less than minimum", what);
    return 0;
}

int
_Py_Uid_Converter(PyObject *obj, void *p)
{
    unsigned long v;
    if (!id_convert(obj, "uid", (unsigned long)(uid_t)-1, &v))
        return 0;
    *(uid_t *)p = (uid_t)v;
    return 1;
}

int
_Py_Gid_Converter(PyObject *obj, void *p)
{
    unsigned long v;
    if (!id_convert(obj, "gid", (unsigned long)(gid_t)-1, &v))
        return 0;
    *(gid_t *)p = (gid_t)v;
    return 1;
}

PyObject *
_PyLong_FromUid(uid_t uid)
{
    if (uid == (uid_t)-1)
        return PyLong_FromLong(-1);
    return PyLong_FromUnsignedLong((unsigned long)uid);
}

PyObject *
_PyLong_FromGid(gid_t gid)
{
    if (gid == (gid_t)-1)
        return PyLong_FromLong(-1);
    return PyLong_FromUnsignedLong((unsigned long)gid);
}
