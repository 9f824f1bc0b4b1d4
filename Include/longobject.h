/* Arbitrary-precision integers (Objects/longobject.c).
 *
 * CPython 3.11's layout: 30-bit digits stored little-endian in ob_digit,
 * the sign carried by ob_size (negative size = negative number, 0 = zero).
 * Values -5..256 are preallocated singletons. */
#ifndef Py_LONGOBJECT_H
#define Py_LONGOBJECT_H
#include "object.h"

#define PyLong_SHIFT 30
typedef uint32_t digit;
typedef int32_t sdigit;
typedef uint64_t twodigits;
typedef int64_t stwodigits;
#define PyLong_BASE ((digit)1 << PyLong_SHIFT)
#define PyLong_MASK ((digit)(PyLong_BASE - 1))

struct _longobject {
    PyObject_VAR_HEAD
    digit ob_digit[1];
};
typedef struct _longobject PyLongObject;

#define _PY_NSMALLPOSINTS 257
#define _PY_NSMALLNEGINTS 5
extern PyLongObject _Py_SmallInts[_PY_NSMALLNEGINTS + _PY_NSMALLPOSINTS];
/* borrowed reference to a cached small int */
#define _PyLong_GetSmall(v) ((PyObject *)&_Py_SmallInts[_PY_NSMALLNEGINTS + (v)])
#define _PyLong_GetZero() _PyLong_GetSmall(0)
#define _PyLong_GetOne() _PyLong_GetSmall(1)

extern PyTypeObject PyLong_Type;
#define PyLong_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_IS_TYPE((op), &PyLong_Type)
/* true when the value fits in one digit: the fast path of the VM */
#define _PyLong_IsCompact(op) (Py_SIZE(op) >= -1 && Py_SIZE(op) <= 1)
static inline Py_ssize_t _PyLong_CompactValue(const PyLongObject *op)
{
    return Py_SIZE(op) * (Py_ssize_t)op->ob_digit[0];
}

PyObject *PyLong_FromLong(long);
PyObject *PyLong_FromUnsignedLong(unsigned long);
PyObject *PyLong_FromSize_t(size_t);
PyObject *PyLong_FromSsize_t(Py_ssize_t);
PyObject *PyLong_FromLongLong(long long);
PyObject *PyLong_FromUnsignedLongLong(unsigned long long);
PyObject *PyLong_FromDouble(double);
PyObject *PyLong_FromString(const char *, char **, int base);
PyObject *PyLong_FromUnicodeObject(PyObject *u, int base);
PyObject *PyLong_FromVoidPtr(void *);
PyObject *_PyLong_FromByteArray(const unsigned char *bytes, size_t n, int little_endian, int is_signed);
int _PyLong_AsByteArray(PyLongObject *v, unsigned char *bytes, size_t n, int little_endian, int is_signed);
long PyLong_AsLong(PyObject *);
long PyLong_AsLongAndOverflow(PyObject *, int *);
long long PyLong_AsLongLong(PyObject *);
long long PyLong_AsLongLongAndOverflow(PyObject *, int *);
unsigned long PyLong_AsUnsignedLong(PyObject *);
unsigned long PyLong_AsUnsignedLongMask(PyObject *);
unsigned long long PyLong_AsUnsignedLongLong(PyObject *);
unsigned long long PyLong_AsUnsignedLongLongMask(PyObject *);
Py_ssize_t PyLong_AsSsize_t(PyObject *);
size_t PyLong_AsSize_t(PyObject *);
double PyLong_AsDouble(PyObject *);
void *PyLong_AsVoidPtr(PyObject *);
int _PyLong_Sign(PyObject *);
size_t _PyLong_NumBits(PyObject *);
PyObject *_PyLong_Format(PyObject *obj, int base);
PyObject *PyLong_GetInfo(void);
double _PyLong_Frexp(PyLongObject *a, Py_ssize_t *e);
PyObject *_PyLong_Copy(PyLongObject *);
PyObject *_PyLong_Add(PyLongObject *, PyLongObject *);
PyObject *_PyLong_Subtract(PyLongObject *, PyLongObject *);
PyObject *_PyLong_Multiply(PyLongObject *, PyLongObject *);
PyObject *_PyLong_GCD(PyObject *, PyObject *);
PyObject *_PyLong_Rshift(PyObject *, size_t);
PyObject *_PyLong_Lshift(PyObject *, size_t);
int _PyLong_Eq(PyObject *, PyObject *);
/* the 4300-digit limit of 3.11 for str <-> int conversions */
#define _PY_LONG_DEFAULT_MAX_STR_DIGITS 4300
#define _PY_LONG_MAX_STR_DIGITS_THRESHOLD 640
extern int _Py_long_max_str_digits;
/* a new int with room for `size` digits and ob_size == size; the caller
 * fills the digits, sets the sign and must leave it normalized */
PyLongObject *_PyLong_New(Py_ssize_t size);
#endif
