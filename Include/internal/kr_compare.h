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

#endif
