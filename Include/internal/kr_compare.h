/* Rich comparison of two exact ints that fit one digit, or of two exact
 * floats, done on their C values.  Such comparisons can neither fail nor
 * be overridden, so code that compares many values (min/max, sorting
 * tuples) may skip the generic protocol for them without any visible
 * difference.  The VM's COMPARE_OP fast path is the same test. */
#ifndef KR_COMPARE_H
#define KR_COMPARE_H
#include "Python.h"
#include "kr_long.h"

/* 0 or 1 for `a <op> b`, or -1 when the generic comparison must run. */
static inline int
_KrCompare_ExactNumbers(PyObject *a, PyObject *b, int op)
{
    if (_KrLong_BothCompact(a, b))
        return _KrLong_CompareCompact(a, b, op);
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
        return _Kr_COMPARE_VALUES(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op);
    return -1;
}

/* Equality of two objects when it runs no Python code (exact strs, exact
 * small ints, exact floats): 1 or 0, or -1 when the generic comparison,
 * which may run __eq__ and mutate anything, must be used. */
static inline int
_KrCompare_PlainEqual(PyObject *a, PyObject *b)
{
    if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b))
        return _PyUnicode_EQ(a, b);
    return _KrCompare_ExactNumbers(a, b, Py_EQ);
}

/* `item == value` for a search through a container (in, index, count,
 * remove): 1, 0, or -1 with an exception.  `item` is borrowed from the
 * container, so it is held across a generic comparison that might remove
 * it. */
static inline int
_KrCompare_ItemEqual(PyObject *item, PyObject *value)
{
    if (item == value)
        return 1;
    int k = _KrCompare_PlainEqual(item, value);
    if (k >= 0)
        return k;
    Py_INCREF(item);
    k = PyObject_RichCompareBool(item, value, Py_EQ);
    Py_DECREF(item);
    return k;
}

#endif
