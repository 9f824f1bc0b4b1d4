/* The _bisect module: the C half of bisect.py (which imports everything
 * from here and keeps its pure-Python versions as the fallback).
 *
 * The search works on any sequence through PySequence_GetItem, and only
 * "<" is used: bisect_left asks `a[mid] < x`, bisect_right `x < a[mid]`,
 * with key(a[mid]) in place of a[mid] when a key is given (the key is
 * applied to x once, by insort, not by bisect).  These are bisect.py's
 * comparisons in bisect.py's order, so code that counts __lt__ calls
 * sees the same thing.  hi=-1 (the C default, also when passed
 * explicitly) and hi=None mean len(a).  insort inserts with
 * PyList_Insert into an exact list and calls a.insert() on anything
 * else, so list subclasses and other mutable sequences see their own
 * insert method called. */
#include "Python.h"

/* The index where x goes: left (first position whose item is not below
 * x) or right (first whose item is above x).  -1 with an exception. */
static Py_ssize_t
internal_bisect(PyObject *a, PyObject *x, Py_ssize_t lo, Py_ssize_t hi, PyObject *key, int right)
{
    if (lo < 0) {
        PyErr_SetString(PyExc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = PySequence_Size(a);
        if (hi < 0)
            return -1;
    }
    while (lo < hi) {
        /* no overflow: both are at most PY_SSIZE_T_MAX */
        Py_ssize_t mid = (Py_ssize_t)(((size_t)lo + (size_t)hi) / 2);
        PyObject *item = PySequence_GetItem(a, mid);
        if (item == NULL)
            return -1;
        if (key != Py_None) {
            PyObject *k = PyObject_CallOneArg(key, item);
            Py_DECREF(item);
            if (k == NULL)
                return -1;
            item = k;
        }
        int below = right ? PyObject_RichCompareBool(x, item, Py_LT)
                          : PyObject_RichCompareBool(item, x, Py_LT);
        Py_DECREF(item);
        if (below < 0)
            return -1;
        if (right ? below : !below)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* (a, x, lo=0, hi=None, *, key=None) */
static int
parse_args(_PyArg_Parser *parser, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames, PyObject **a, PyObject **x, Py_ssize_t *lo, Py_ssize_t *hi,
           PyObject **key)
{
    PyObject *hiobj = Py_None;
    *lo = 0;
    *key = Py_None;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, a, x, lo, &hiobj, key))
        return -1;
    if (hiobj == Py_None)
        *hi = -1;
    else if (!PyIndex_Check(hiobj)) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or None, not '%.200s'",
                     Py_TYPE(hiobj)->tp_name);
        return -1;
    }
    else {
        *hi = PyNumber_AsSsize_t(hiobj, PyExc_OverflowError);
        if (*hi == -1 && PyErr_Occurred())
            return -1;
    }
    return 0;
}

static const char *const kwlist[] = {"a", "x", "lo", "hi", "key", NULL};

static PyObject *
bisect_common(_PyArg_Parser *parser, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
              int right)
{
    PyObject *a, *x, *key;
    Py_ssize_t lo, hi;
    if (parse_args(parser, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0)
        return NULL;
    Py_ssize_t i = internal_bisect(a, x, lo, hi, key, right);
    if (i < 0)
        return NULL;
    return PyLong_FromSsize_t(i);
}

static PyObject *
insort_common(_PyArg_Parser *parser, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
              int right)
{
    PyObject *a, *x, *key;
    Py_ssize_t lo, hi;
    if (parse_args(parser, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0)
        return NULL;
    Py_ssize_t i;
    if (key == Py_None)
        i = internal_bisect(a, x, lo, hi, key, right);
    else {
        PyObject *kx = PyObject_CallOneArg(key, x);
        if (kx == NULL)
            return NULL;
        i = internal_bisect(a, kx, lo, hi, key, right);
        Py_DECREF(kx);
    }
    if (i < 0)
        return NULL;
    if (PyList_CheckExact(a)) {
        if (PyList_Insert(a, i, x) < 0)
            return NULL;
    }
    else {
        PyObject *r = PyObject_CallMethod(a, "insert", "nO", i, x);
        if (r == NULL)
            return NULL;
        Py_DECREF(r);
    }
    Py_RETURN_NONE;
}

static PyObject *
bisect_right(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"OO|nO$O:bisect_right", kwlist, 0};
    return bisect_common(&parser, args, nargs, kwnames, 1);
}

static PyObject *
bisect_left(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"OO|nO$O:bisect_left", kwlist, 0};
    return bisect_common(&parser, args, nargs, kwnames, 0);
}

static PyObject *
insort_right(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"OO|nO$O:insort_right", kwlist, 0};
    return insort_common(&parser, args, nargs, kwnames, 1);
}

static PyObject *
insort_left(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"OO|nO$O:insort_left", kwlist, 0};
    return insort_common(&parser, args, nargs, kwnames, 0);
}

#define SIG "($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
#define BOUNDS_DOC                                                          \
    "\n\nOptional args lo (default 0) and hi (default len(a)) bound the\n"  \
    "slice of a to be searched."
#define KWFAST(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL | METH_KEYWORDS

static PyMethodDef bisect_methods[] = {
    {"bisect_right", KWFAST(bisect_right),
     "bisect_right" SIG
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "Every e in a[:i] has e <= x and every e in a[i:] has e > x: a.insert(i, x)\n"
     "puts x after the rightmost item equal to it." BOUNDS_DOC},
    {"insort_right", KWFAST(insort_right),
     "insort_right" SIG
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the right of the rightmost x." BOUNDS_DOC},
    {"bisect_left", KWFAST(bisect_left),
     "bisect_left" SIG
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "Every e in a[:i] has e < x and every e in a[i:] has e >= x: a.insert(i, x)\n"
     "puts x before the leftmost item equal to it." BOUNDS_DOC},
    {"insort_left", KWFAST(insort_left),
     "insort_left" SIG
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the left of the leftmost x." BOUNDS_DOC},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef bisectmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_bisect",
    .m_doc = "Bisection algorithms.\n\n"
             "Keep a list sorted as items are inserted, without sorting it again\n"
             "after each insertion: each insertion costs O(log n) comparisons.\n",
    .m_size = -1,
    .m_methods = bisect_methods,
};

PyObject *
PyInit__bisect(void)
{
    return PyModule_Create(&bisectmodule);
}
