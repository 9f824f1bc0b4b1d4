/* Exact-int fast paths for the VM (owned by Objects/longobject.c).
 *
 * A "compact" int has at most one 30-bit digit (|value| < 2**30), so its
 * value is Py_SIZE * ob_digit[0] and any sum, difference or product of
 * two compact values fits in 64 bits without overflow checks.  The VM
 * tests _KrLong_BothCompact() on the two operands (exact ints only: a
 * subclass may override the operator) and then calls one of the helpers
 * below instead of going through the number protocol.  Each returns a
 * new reference, or NULL with an exception set (MemoryError, or
 * ZeroDivisionError for // and % by zero), exactly like the int slots.
 * Results in -5..256 come from the small-int cache; others are built by
 * _KrLong_FromInt64, which takes one-digit ints from a free list.
 */
#ifndef KR_LONG_H
#define KR_LONG_H

#include "Python.h"

/* int() of bytes, bytearray or another buffer object, read as ASCII text. */
PyObject *_KrLong_FromBytesLike(PyObject *o, int base);

/* Any int64 value; one-digit results skip the general allocator. */
PyObject *_KrLong_FromInt64(int64_t v);

static inline int _KrLong_IsCompactExact(PyObject *a)
{
    return PyLong_CheckExact(a) && _PyLong_IsCompact((PyLongObject *)a);
}

static inline int _KrLong_BothCompact(PyObject *a, PyObject *b)
{
    return _KrLong_IsCompactExact(a) && _KrLong_IsCompactExact(b);
}

static inline int64_t _KrLong_CompactVal(PyObject *a)
{
    return (int64_t)_PyLong_CompactValue((PyLongObject *)a);
}

static inline PyObject *_KrLong_FromCompactResult(int64_t v)
{
    if (v >= -_PY_NSMALLNEGINTS && v < _PY_NSMALLPOSINTS)
        return Py_NewRef(_PyLong_GetSmall(v));
    return _KrLong_FromInt64(v);
}

static inline PyObject *_KrLong_AddCompact(PyObject *a, PyObject *b)
{
    return _KrLong_FromCompactResult(_KrLong_CompactVal(a) + _KrLong_CompactVal(b));
}

static inline PyObject *_KrLong_SubCompact(PyObject *a, PyObject *b)
{
    return _KrLong_FromCompactResult(_KrLong_CompactVal(a) - _KrLong_CompactVal(b));
}

static inline PyObject *_KrLong_MulCompact(PyObject *a, PyObject *b)
{
    return _KrLong_FromCompactResult(_KrLong_CompactVal(a) * _KrLong_CompactVal(b));
}

/* Floor quotient (Python semantics: rounds towards minus infinity). */
static inline PyObject *_KrLong_FloorDivCompact(PyObject *a, PyObject *b)
{
    int64_t x = _KrLong_CompactVal(a), y = _KrLong_CompactVal(b);
    if (y == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        q -= 1;
    return _KrLong_FromCompactResult(q);
}

/* Remainder with the sign of the divisor. */
static inline PyObject *_KrLong_ModCompact(PyObject *a, PyObject *b)
{
    int64_t x = _KrLong_CompactVal(a), y = _KrLong_CompactVal(b);
    if (y == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return _KrLong_FromCompactResult(r);
}

/* op is Py_LT..Py_GE; returns 0 or 1, never fails. */
static inline int _KrLong_CompareCompact(PyObject *a, PyObject *b, int op)
{
    int64_t x = _KrLong_CompactVal(a), y = _KrLong_CompactVal(b);
    return _Kr_COMPARE_VALUES(x, y, op);
}

/* Writes the digits of |v| in base 2, 8, 10 or 16 (lower case) backwards
 * from `end` and returns where they start; no sign.  A buffer of 64 chars
 * before `end` is always enough.  Shared by str(int) and int formatting so
 * that neither goes through snprintf for the common small int. */
static inline char *_KrLong_CompactDigits(int64_t v, unsigned base, char *end)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    if (base == 10) {
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u != 0);
        return p;
    }
    do {
        *--p = "0123456789abcdef"[u % base];
        u /= base;
    } while (u != 0);
    return p;
}

#endif /* KR_LONG_H */
