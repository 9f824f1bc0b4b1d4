/* int: arbitrary-precision integers.
 *
 * Representation (CPython 3.11's, fixed by Include/longobject.h): the
 * magnitude is an array of 30-bit digits, least significant first, in
 * ob_digit; the sign lives in ob_size, whose absolute value is the number
 * of digits.  Zero has ob_size == 0.  Invariant ("normalized"): the most
 * significant digit is never 0, so every value has exactly one
 * representation and comparisons can start with the sizes.  Every function
 * that builds a digit array ends with long_normalize().
 *
 * Why 30-bit digits in 32-bit words: a product of two digits plus two
 * carries fits in 64 bits (twodigits), so the inner loops of multiplication
 * and division need no overflow checks; and it is the layout CPython
 * extensions expect.
 *
 * Values -5..256 are preallocated in _Py_SmallInts and every operation
 * returns the shared object for them (maybe_small), so `x is 7` behaves as
 * on CPython and the VM's compact fast paths see few allocations.
 * Other one-digit results come from a small free list of exact ints
 * (long_new_onedigit / long_dealloc); the inline helpers the VM uses for
 * exact-int arithmetic on one-digit operands are in kr_long.h.
 *
 * Algorithms: schoolbook add/sub; multiplication is schoolbook below
 * KARATSUBA_CUTOFF digits and Karatsuba above (unbalanced operands are cut
 * into slices of the smaller one's size); division is Knuth's algorithm D
 * on normalized digit arrays, with floor semantics applied afterwards;
 * true division and int->float conversion keep two extra bits plus a
 * sticky bit so that the final rounding to double is correct.  Bitwise
 * operations on negative numbers work on the infinite two's complement
 * form: a negative -m is ~(m-1), extended by all-one digits.
 * Decimal conversion works in base 10**9 limbs and is sub-quadratic in
 * both directions for huge values: strings of more than PARSE_DC_CUTOFF
 * digits are split in halves and joined with one multiplication by a
 * power of ten; ints of more than DEC_DC_CUTOFF digits are split at a
 * power-of-two digit count and joined in base 10**9 with Karatsuba (see
 * dec_convert).  The 3.11 limit of sys.get_int_max_str_digits() decimal
 * digits applies to both directions (CVE-2020-10735).
 */
#include "Python.h"
#include "kr_init.h"
#include "kr_format.h"
#include "kr_runtime.h"
#include "kr_long.h"
#include <float.h>

#define KARATSUBA_CUTOFF 70        /* digits; below it schoolbook wins */
#define KARATSUBA_SQUARE_CUTOFF (2 * KARATSUBA_CUTOFF)
#define PARSE_DC_CUTOFF 2000       /* decimal digits; below it one pass is fine */
#define MAX_LONG_DIGITS ((PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit))

/* The small ints are built at compile time, so they exist before any
 * start-up code runs (type readying already creates ints). */
#define SMALL_INT(v) { PyVarObject_HEAD_INIT(&PyLong_Type, (v) < 0 ? -1 : (v) > 0) { (digit)((v) < 0 ? -(v) : (v)) } }
#define SMALL_INT10(b) SMALL_INT(b), SMALL_INT(b + 1), SMALL_INT(b + 2), SMALL_INT(b + 3), SMALL_INT(b + 4), \
    SMALL_INT(b + 5), SMALL_INT(b + 6), SMALL_INT(b + 7), SMALL_INT(b + 8), SMALL_INT(b + 9)
#define SMALL_INT50(b) SMALL_INT10(b), SMALL_INT10(b + 10), SMALL_INT10(b + 20), SMALL_INT10(b + 30), \
    SMALL_INT10(b + 40)

PyLongObject _Py_SmallInts[_PY_NSMALLNEGINTS + _PY_NSMALLPOSINTS] = {
    SMALL_INT(-5), SMALL_INT(-4), SMALL_INT(-3), SMALL_INT(-2), SMALL_INT(-1),
    SMALL_INT50(0), SMALL_INT50(50), SMALL_INT50(100), SMALL_INT50(150), SMALL_INT50(200),
    SMALL_INT(250), SMALL_INT(251), SMALL_INT(252), SMALL_INT(253), SMALL_INT(254), SMALL_INT(255), SMALL_INT(256),
};
/* The limit lives in the sys module (sys.set_int_max_str_digits); 0 = none. */
#define MAX_STR_DIGITS() _KrSys_GetIntMaxStrDigits()

#define ABS_SIZE(v) Py_ABS(Py_SIZE(v))
#define IS_SMALL(ival) (-_PY_NSMALLNEGINTS <= (ival) && (ival) < _PY_NSMALLPOSINTS)

static PyObject *long_long(PyObject *v);
static PyObject *long_neg(PyLongObject *v);
static PyObject *long_add(PyLongObject *a, PyLongObject *b);
static PyObject *long_sub(PyLongObject *a, PyLongObject *b);
static PyObject *long_mul(PyLongObject *a, PyLongObject *b);
static int l_divmod(PyLongObject *v, PyLongObject *w, PyLongObject **pdiv, PyLongObject **pmod);
static PyObject *long_lshift_size(PyLongObject *a, size_t shift);
static PyObject *long_rshift_size(PyLongObject *a, size_t shift);
static PyObject *long_pow(PyObject *v, PyObject *w, PyObject *x);

/* ====================================================================
 * Allocation, normalization, small ints
 * ==================================================================== */

/* The cache is static data; this only checks that the table lines up. */
int _KrLong_Init(void)
{
    for (int i = 0; i < _PY_NSMALLNEGINTS + _PY_NSMALLPOSINTS; i++) {
        PyLongObject *v = &_Py_SmallInts[i];
        if (_PyLong_CompactValue(v) != i - _PY_NSMALLNEGINTS || Py_TYPE(v) != &PyLong_Type) {
            fprintf(stderr, "Fatal: small int table broken at %d\n", i - _PY_NSMALLNEGINTS);
            return -1;
        }
    }
    return 0;
}

/* A new int with room for `size` digits; ob_size is set to size, the
 * caller fills the digits and fixes the sign.  At least one digit is
 * allocated, as in CPython (so sys.getsizeof(0) == 28). */
PyLongObject *_PyLong_New(Py_ssize_t size)
{
    if ((size_t)size > MAX_LONG_DIGITS) {
        PyErr_SetString(PyExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    size_t n = offsetof(PyLongObject, ob_digit) + (size_t)Py_MAX(size, 1) * sizeof(digit);
    PyLongObject *v = (PyLongObject *)PyObject_Malloc(n);
    if (v == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject_InitVar((PyVarObject *)v, &PyLong_Type, size);
    v->ob_digit[0] = 0;
    return v;
}
#define long_alloc _PyLong_New

/* One-digit ints are by far the most common non-cached ones (loop
 * counters, indexes), so exact ints with at most one digit go to a free
 * list on deallocation and come back from it here, skipping the general
 * allocator and PyObject_Init (int is a static type: no type incref). */
#define LONG_FREELIST_MAX 100
static PyLongObject *long_free_list = NULL;
static int long_numfree = 0;

static inline PyObject *long_new_onedigit(int negative, digit d)
{
    PyLongObject *v = long_free_list;
    if (v != NULL) {
        long_free_list = (PyLongObject *)Py_TYPE(v);
        long_numfree--;
    }
    else {
        v = (PyLongObject *)PyObject_Malloc(offsetof(PyLongObject, ob_digit) + sizeof(digit));
        if (v == NULL)
            return PyErr_NoMemory();
    }
    Py_SET_TYPE(v, &PyLong_Type);
    Py_SET_REFCNT(v, 1);
#ifdef Py_REF_DEBUG
    _Py_RefTotal++;
#endif
    Py_SET_SIZE(v, negative ? -1 : 1);
    v->ob_digit[0] = d;
    return (PyObject *)v;
}

static PyObject *long_from_uint64(uint64_t x, int negative);

PyObject *_KrLong_FromInt64(int64_t v)
{
    uint64_t m = v < 0 ? 0u - (uint64_t)v : (uint64_t)v;
    if (m < _PY_NSMALLPOSINTS && (v >= 0 || m <= _PY_NSMALLNEGINTS))
        return Py_NewRef(_PyLong_GetSmall(v));
    if (m <= PyLong_MASK)
        return long_new_onedigit(v < 0, (digit)m);
    return long_from_uint64(m, v < 0);
}

static PyLongObject *long_normalize(PyLongObject *v)
{
    Py_ssize_t j = ABS_SIZE(v), i = j;
    while (i > 0 && v->ob_digit[i - 1] == 0)
        i--;
    if (i != j)
        Py_SET_SIZE(v, Py_SIZE(v) < 0 ? -i : i);
    return v;
}

/* Replace a freshly built int by the cached object when it is small. */
static PyObject *maybe_small(PyLongObject *v)
{
    if (v != NULL && _PyLong_IsCompact(v)) {
        Py_ssize_t ival = _PyLong_CompactValue(v);
        if (IS_SMALL(ival)) {
            Py_DECREF(v);
            return Py_NewRef(_PyLong_GetSmall(ival));
        }
    }
    return (PyObject *)v;
}

static PyObject *long_norm_small(PyLongObject *v)
{
    if (v == NULL)
        return NULL;
    return maybe_small(long_normalize(v));
}

PyObject *_PyLong_Copy(PyLongObject *src)
{
    Py_ssize_t n = ABS_SIZE(src);
    if (n <= 1) {
        Py_ssize_t ival = _PyLong_CompactValue(src);
        if (IS_SMALL(ival))
            return Py_NewRef(_PyLong_GetSmall(ival));
    }
    PyLongObject *v = long_alloc(n);
    if (v == NULL)
        return NULL;
    Py_SET_SIZE(v, Py_SIZE(src));
    memcpy(v->ob_digit, src->ob_digit, (size_t)n * sizeof(digit));
    return (PyObject *)v;
}

static PyObject *long_from_uint64(uint64_t x, int negative)
{
    if (x < _PY_NSMALLPOSINTS && !negative)
        return Py_NewRef(_PyLong_GetSmall((Py_ssize_t)x));
    if (negative && x <= _PY_NSMALLNEGINTS)
        return Py_NewRef(_PyLong_GetSmall(-(Py_ssize_t)x));
    Py_ssize_t n = 0;
    for (uint64_t t = x; t; t >>= PyLong_SHIFT)
        n++;
    PyLongObject *v = long_alloc(n);
    if (v == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++, x >>= PyLong_SHIFT)
        v->ob_digit[i] = (digit)(x & PyLong_MASK);
    Py_SET_SIZE(v, negative ? -n : n);
    return (PyObject *)v;
}

PyObject *PyLong_FromLong(long ival)
{
    return _KrLong_FromCompactResult((int64_t)ival);
}
PyObject *PyLong_FromUnsignedLong(unsigned long v) { return long_from_uint64(v, 0); }
PyObject *PyLong_FromSize_t(size_t v) { return long_from_uint64(v, 0); }
PyObject *PyLong_FromSsize_t(Py_ssize_t v) { return PyLong_FromLong((long)v); }
PyObject *PyLong_FromLongLong(long long v) { return PyLong_FromLong((long)v); }
PyObject *PyLong_FromUnsignedLongLong(unsigned long long v) { return long_from_uint64(v, 0); }
PyObject *PyLong_FromVoidPtr(void *p) { return long_from_uint64((uintptr_t)p, 0); }

PyObject *PyLong_FromDouble(double dval)
{
    if (isinf(dval)) {
        PyErr_SetString(PyExc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(dval)) {
        PyErr_SetString(PyExc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (fabs(dval) < 9.2e18)
        return PyLong_FromLong((long)dval);
    int neg = dval < 0, expo;
    double frac = frexp(fabs(dval), &expo); /* dval = frac * 2**expo, frac in [0.5, 1) */
    Py_ssize_t ndig = (expo - 1) / PyLong_SHIFT + 1;
    PyLongObject *v = long_alloc(ndig);
    if (v == NULL)
        return NULL;
    frac = ldexp(frac, (expo - 1) % PyLong_SHIFT + 1);
    for (Py_ssize_t i = ndig; --i >= 0;) {
        digit bits = (digit)frac;
        v->ob_digit[i] = bits;
        frac -= (double)bits;
        frac = ldexp(frac, PyLong_SHIFT);
    }
    if (neg)
        Py_SET_SIZE(v, -ndig);
    return (PyObject *)long_normalize(v);
}

/* ====================================================================
 * Conversions to C integers
 * ==================================================================== */

/* Magnitude as uint64 if it fits; returns 0 on overflow. */
static int long_mag_u64(PyLongObject *v, uint64_t *out)
{
    Py_ssize_t n = ABS_SIZE(v);
    uint64_t x = 0;
    for (Py_ssize_t i = n; --i >= 0;) {
        if (x >> (64 - PyLong_SHIFT))
            return 0;
        x = (x << PyLong_SHIFT) | v->ob_digit[i];
    }
    *out = x;
    return 1;
}

/* Get an int (new ref) from any object with __index__; for AsLong & co. */
static PyLongObject *as_index(PyObject *v)
{
    if (v == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyLong_Check(v))
        return (PyLongObject *)Py_NewRef(v);
    return (PyLongObject *)_PyNumber_Index(v);
}

long long PyLong_AsLongLongAndOverflow(PyObject *obj, int *overflow)
{
    *overflow = 0;
    if (obj != NULL && PyLong_Check(obj) && _PyLong_IsCompact((PyLongObject *)obj))
        return (long long)_PyLong_CompactValue((PyLongObject *)obj);
    PyLongObject *v = as_index(obj);
    if (v == NULL)
        return -1;
    long long res = -1;
    uint64_t x;
    if (!long_mag_u64(v, &x))
        *overflow = Py_SIZE(v) < 0 ? -1 : 1;
    else if (Py_SIZE(v) >= 0) {
        if (x > (uint64_t)LLONG_MAX)
            *overflow = 1;
        else
            res = (long long)x;
    }
    else {
        if (x > (uint64_t)LLONG_MAX + 1)
            *overflow = -1;
        else
            res = (long long)(0u - x);
    }
    Py_DECREF(v);
    return res;
}

long PyLong_AsLongAndOverflow(PyObject *obj, int *overflow)
{
    return (long)PyLong_AsLongLongAndOverflow(obj, overflow);
}

long PyLong_AsLong(PyObject *obj)
{
    if (obj != NULL && PyLong_Check(obj) && _PyLong_IsCompact((PyLongObject *)obj))
        return (long)_PyLong_CompactValue((PyLongObject *)obj);
    int overflow;
    long r = PyLong_AsLongAndOverflow(obj, &overflow);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return r;
}

long long PyLong_AsLongLong(PyObject *obj)
{
    int overflow;
    long long r = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long long");
        return -1;
    }
    return r;
}

Py_ssize_t PyLong_AsSsize_t(PyObject *obj)
{
    if (obj == NULL || !PyLong_Check(obj)) {
        if (obj == NULL)
            PyErr_BadInternalCall();
        else
            PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1;
    }
    int overflow;
    long long r = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (Py_ssize_t)r;
}

static int as_unsigned(PyObject *obj, uint64_t *out, const char *cname)
{
    if (obj == NULL || !PyLong_Check(obj)) {
        if (obj == NULL)
            PyErr_BadInternalCall();
        else
            PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1;
    }
    PyLongObject *v = (PyLongObject *)obj;
    if (Py_SIZE(v) < 0) {
        PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (!long_mag_u64(v, out)) {
        PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C %s", cname);
        return -1;
    }
    return 0;
}

unsigned long PyLong_AsUnsignedLong(PyObject *obj)
{
    uint64_t x;
    if (as_unsigned(obj, &x, "unsigned long") < 0)
        return (unsigned long)-1;
    return (unsigned long)x;
}

/* CPython words this one's overflows apart from PyLong_AsUnsignedLong's
 * (it goes through _PyLong_AsByteArray), and callers such as _lzma show
 * them. */
unsigned long long PyLong_AsUnsignedLongLong(PyObject *obj)
{
    uint64_t x;
    if (obj != NULL && PyLong_Check(obj)) {
        if (Py_SIZE(obj) < 0) {
            PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
            return (unsigned long long)-1;
        }
        if (!long_mag_u64((PyLongObject *)obj, &x)) {
            PyErr_SetString(PyExc_OverflowError, "int too big to convert");
            return (unsigned long long)-1;
        }
        return x;
    }
    if (as_unsigned(obj, &x, "unsigned long long") < 0)
        return (unsigned long long)-1;
    return x;
}

size_t PyLong_AsSize_t(PyObject *obj)
{
    uint64_t x;
    if (as_unsigned(obj, &x, "size_t") < 0)
        return (size_t)-1;
    return (size_t)x;
}

unsigned long long PyLong_AsUnsignedLongLongMask(PyObject *obj)
{
    PyLongObject *v = as_index(obj);
    if (v == NULL)
        return (unsigned long long)-1;
    uint64_t x = 0;
    for (Py_ssize_t i = ABS_SIZE(v); --i >= 0;)
        x = (x << PyLong_SHIFT) | v->ob_digit[i];
    if (Py_SIZE(v) < 0)
        x = 0u - x;
    Py_DECREF(v);
    return x;
}

unsigned long PyLong_AsUnsignedLongMask(PyObject *obj)
{
    return (unsigned long)PyLong_AsUnsignedLongLongMask(obj);
}

void *PyLong_AsVoidPtr(PyObject *obj)
{
    if (PyLong_Check(obj) && Py_SIZE(obj) < 0)
        return (void *)(intptr_t)PyLong_AsLongLong(obj);
    return (void *)(uintptr_t)PyLong_AsUnsignedLongLong(obj);
}

int _PyLong_Sign(PyObject *v)
{
    Py_ssize_t n = Py_SIZE(v);
    return n == 0 ? 0 : n < 0 ? -1 : 1;
}

static int bit_length_digit(digit d)
{
    return d == 0 ? 0 : 32 - __builtin_clz(d);
}

size_t _PyLong_NumBits(PyObject *vv)
{
    PyLongObject *v = (PyLongObject *)vv;
    Py_ssize_t n = ABS_SIZE(v);
    if (n == 0)
        return 0;
    return (size_t)(n - 1) * PyLong_SHIFT + (size_t)bit_length_digit(v->ob_digit[n - 1]);
}

/* ====================================================================
 * Byte arrays (int.to_bytes / int.from_bytes, struct, pickle)
 * ==================================================================== */

PyObject *_PyLong_FromByteArray(const unsigned char *bytes, size_t n, int little_endian, int is_signed)
{
    if (n == 0)
        return PyLong_FromLong(0);
    /* index of the most significant byte and the step towards the least */
    const unsigned char *msb = little_endian ? bytes + n - 1 : bytes;
    int negative = is_signed && (*msb & 0x80);
    size_t ndig = (n * 8 + PyLong_SHIFT - 1) / PyLong_SHIFT;
    if (ndig > MAX_LONG_DIGITS) {
        PyErr_SetString(PyExc_OverflowError, "byte array too long to convert to int");
        return NULL;
    }
    PyLongObject *v = long_alloc((Py_ssize_t)ndig);
    if (v == NULL)
        return NULL;
    twodigits acc = 0;
    int accbits = 0;
    size_t idig = 0;
    unsigned carry = 1; /* two's complement negation: invert and add one */
    for (size_t i = 0; i < n; i++) {
        unsigned b = little_endian ? bytes[i] : bytes[n - 1 - i];
        if (negative) {
            b = (b ^ 0xffu) + carry;
            carry = b >> 8;
            b &= 0xffu;
        }
        acc |= (twodigits)b << accbits;
        accbits += 8;
        if (accbits >= PyLong_SHIFT) {
            v->ob_digit[idig++] = (digit)(acc & PyLong_MASK);
            acc >>= PyLong_SHIFT;
            accbits -= PyLong_SHIFT;
        }
    }
    if (accbits > 0)
        v->ob_digit[idig++] = (digit)acc;
    while (idig < ndig)
        v->ob_digit[idig++] = 0;
    if (negative)
        Py_SET_SIZE(v, -(Py_ssize_t)ndig);
    return long_norm_small(v);
}

int _PyLong_AsByteArray(PyLongObject *v, unsigned char *bytes, size_t n, int little_endian, int is_signed)
{
    Py_ssize_t ndig = ABS_SIZE(v);
    int negative = Py_SIZE(v) < 0;
    if (negative && !is_signed) {
        PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    /* emit the two's complement bytes, least significant first; bytes
     * past n must be pure sign extension */
    unsigned char fill = negative ? 0xff : 0;
    twodigits acc = 0;
    int accbits = 0;
    digit carry = 1;
    size_t j = 0;
#define EMIT(b) do { unsigned char b_ = (unsigned char)(b); \
        if (j < n) bytes[little_endian ? j : n - 1 - j] = b_; \
        else if (b_ != fill) goto overflow; \
        j++; } while (0)
    for (Py_ssize_t i = 0; i < ndig; i++) {
        digit d = v->ob_digit[i];
        if (negative) {
            d = (d ^ PyLong_MASK) + carry;
            carry = d >> PyLong_SHIFT;
            d &= PyLong_MASK;
        }
        acc |= (twodigits)d << accbits;
        accbits += PyLong_SHIFT;
        while (accbits >= 8) {
            EMIT(acc & 0xff);
            acc >>= 8;
            accbits -= 8;
        }
    }
    if (accbits > 0)
        EMIT((acc & 0xff) | (negative ? (0xffu << accbits) : 0));
#undef EMIT
    while (j < n) {
        bytes[little_endian ? j : n - 1 - j] = fill;
        j++;
    }
    if (is_signed && n > 0) {
        unsigned char top = bytes[little_endian ? n - 1 : 0];
        if (((top & 0x80) != 0) != negative)
            goto overflow;
    }
    return 0;
overflow:
    PyErr_SetString(PyExc_OverflowError, "int too big to convert");
    return -1;
}

/* ====================================================================
 * Magnitude arithmetic on digit arrays
 * ==================================================================== */

/* |a| + |b| */
static PyLongObject *x_add(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t sa = ABS_SIZE(a), sb = ABS_SIZE(b);
    if (sa < sb) {
        PyLongObject *t = a; a = b; b = t;
        Py_ssize_t s = sa; sa = sb; sb = s;
    }
    PyLongObject *z = long_alloc(sa + 1);
    if (z == NULL)
        return NULL;
    digit carry = 0;
    Py_ssize_t i;
    for (i = 0; i < sb; i++) {
        carry += a->ob_digit[i] + b->ob_digit[i];
        z->ob_digit[i] = carry & PyLong_MASK;
        carry >>= PyLong_SHIFT;
    }
    for (; i < sa; i++) {
        carry += a->ob_digit[i];
        z->ob_digit[i] = carry & PyLong_MASK;
        carry >>= PyLong_SHIFT;
    }
    z->ob_digit[i] = carry;
    return long_normalize(z);
}

/* |a| - |b| with the sign of the result */
static PyLongObject *x_sub(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t sa = ABS_SIZE(a), sb = ABS_SIZE(b), i;
    int sign = 1;
    if (sa < sb) {
        sign = -1;
        PyLongObject *t = a; a = b; b = t;
        Py_ssize_t s = sa; sa = sb; sb = s;
    }
    else if (sa == sb) {
        i = sa;
        while (--i >= 0 && a->ob_digit[i] == b->ob_digit[i])
            ;
        if (i < 0)
            return long_alloc(0);
        if (a->ob_digit[i] < b->ob_digit[i]) {
            sign = -1;
            PyLongObject *t = a; a = b; b = t;
        }
        sa = sb = i + 1;
    }
    PyLongObject *z = long_alloc(sa);
    if (z == NULL)
        return NULL;
    digit borrow = 0;
    for (i = 0; i < sb; i++) {
        borrow = a->ob_digit[i] - b->ob_digit[i] - borrow;
        z->ob_digit[i] = borrow & PyLong_MASK;
        borrow = (borrow >> PyLong_SHIFT) & 1;
    }
    for (; i < sa; i++) {
        borrow = a->ob_digit[i] - borrow;
        z->ob_digit[i] = borrow & PyLong_MASK;
        borrow = (borrow >> PyLong_SHIFT) & 1;
    }
    if (sign < 0)
        Py_SET_SIZE(z, -Py_SIZE(z));
    return long_normalize(z);
}

static PyObject *long_add(PyLongObject *a, PyLongObject *b)
{
    if (_PyLong_IsCompact(a) && _PyLong_IsCompact(b))
        return _KrLong_FromCompactResult((int64_t)_PyLong_CompactValue(a) + _PyLong_CompactValue(b));
    PyLongObject *z;
    if (Py_SIZE(a) < 0) {
        if (Py_SIZE(b) < 0) {
            z = x_add(a, b);
            if (z != NULL)
                Py_SET_SIZE(z, -Py_SIZE(z));
        }
        else
            z = x_sub(b, a);
    }
    else
        z = Py_SIZE(b) < 0 ? x_sub(a, b) : x_add(a, b);
    return z == NULL ? NULL : maybe_small(z);
}

static PyObject *long_sub(PyLongObject *a, PyLongObject *b)
{
    if (_PyLong_IsCompact(a) && _PyLong_IsCompact(b))
        return _KrLong_FromCompactResult((int64_t)_PyLong_CompactValue(a) - _PyLong_CompactValue(b));
    PyLongObject *z;
    if (Py_SIZE(a) < 0) {
        z = Py_SIZE(b) < 0 ? x_sub(b, a) : x_add(a, b);
        if (z != NULL && Py_SIZE(b) >= 0)
            Py_SET_SIZE(z, -Py_SIZE(z));
    }
    else
        z = Py_SIZE(b) < 0 ? x_add(a, b) : x_sub(a, b);
    return z == NULL ? NULL : maybe_small(z);
}

PyObject *_PyLong_Add(PyLongObject *a, PyLongObject *b) { return long_add(a, b); }
PyObject *_PyLong_Subtract(PyLongObject *a, PyLongObject *b) { return long_sub(a, b); }

/* Schoolbook square of a's magnitude.  Each cross product a[i]*a[j]
 * (i < j) appears twice in the square, so the triangle of them is summed
 * once, doubled by a one-bit shift, and the diagonal squares a[i]**2 are
 * added last: about half the multiplications of the general product. */
static PyLongObject *x_square(PyLongObject *a)
{
    Py_ssize_t n = ABS_SIZE(a);
    PyLongObject *z = long_alloc(2 * n);
    if (z == NULL)
        return NULL;
    digit *zd = z->ob_digit;
    const digit *ad = a->ob_digit;
    memset(zd, 0, (size_t)(2 * n) * sizeof(digit));
    for (Py_ssize_t i = 0; i < n; i++) {
        twodigits f = ad[i], carry = 0;
        if (f == 0)
            continue;
        digit *pz = zd + 2 * i + 1;
        for (Py_ssize_t j = i + 1; j < n; j++) {
            carry += *pz + ad[j] * f;
            *pz++ = (digit)(carry & PyLong_MASK);
            carry >>= PyLong_SHIFT;
        }
        while (carry) {
            carry += *pz;
            *pz++ = (digit)(carry & PyLong_MASK);
            carry >>= PyLong_SHIFT;
        }
    }
    digit high = 0;
    for (Py_ssize_t k = 0; k < 2 * n; k++) {
        digit d = zd[k];
        zd[k] = ((d << 1) | high) & PyLong_MASK;
        high = d >> (PyLong_SHIFT - 1);
    }
    twodigits carry = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        carry += zd[2 * i] + (twodigits)ad[i] * ad[i];
        zd[2 * i] = (digit)(carry & PyLong_MASK);
        carry >>= PyLong_SHIFT;
        carry += zd[2 * i + 1];
        zd[2 * i + 1] = (digit)(carry & PyLong_MASK);
        carry >>= PyLong_SHIFT;
    }
    return long_normalize(z);
}

/* schoolbook magnitude product into a fresh int */
static PyLongObject *x_mul(PyLongObject *a, PyLongObject *b)
{
    if (a == b)
        return x_square(a);
    Py_ssize_t sa = ABS_SIZE(a), sb = ABS_SIZE(b);
    PyLongObject *z = long_alloc(sa + sb);
    if (z == NULL)
        return NULL;
    memset(z->ob_digit, 0, (size_t)(sa + sb) * sizeof(digit));
    for (Py_ssize_t i = 0; i < sa; i++) {
        twodigits f = a->ob_digit[i], carry = 0;
        if (f == 0)
            continue;
        digit *pz = z->ob_digit + i;
        for (Py_ssize_t j = 0; j < sb; j++) {
            carry += *pz + b->ob_digit[j] * f;
            *pz++ = (digit)(carry & PyLong_MASK);
            carry >>= PyLong_SHIFT;
        }
        while (carry) {
            carry += *pz;
            *pz++ = (digit)(carry & PyLong_MASK);
            carry >>= PyLong_SHIFT;
        }
    }
    return long_normalize(z);
}

/* A view of digits [lo, hi) of n as a new non-negative int. */
static PyLongObject *slice_digits(PyLongObject *n, Py_ssize_t lo, Py_ssize_t hi)
{
    Py_ssize_t size = ABS_SIZE(n);
    if (hi > size)
        hi = size;
    if (lo > hi)
        lo = hi;
    PyLongObject *r = long_alloc(hi - lo);
    if (r == NULL)
        return NULL;
    memcpy(r->ob_digit, n->ob_digit + lo, (size_t)(hi - lo) * sizeof(digit));
    return long_normalize(r);
}

static PyLongObject *k_mul(PyLongObject *a, PyLongObject *b);

/* Add `src` (magnitude) into z's digits starting at `shift`; z has room. */
static void add_into(PyLongObject *z, PyLongObject *src, Py_ssize_t shift)
{
    Py_ssize_t n = ABS_SIZE(src), zs = ABS_SIZE(z);
    digit carry = 0;
    Py_ssize_t i;
    for (i = 0; i < n; i++) {
        carry += z->ob_digit[shift + i] + src->ob_digit[i];
        z->ob_digit[shift + i] = carry & PyLong_MASK;
        carry >>= PyLong_SHIFT;
    }
    for (i += shift; carry && i < zs; i++) {
        carry += z->ob_digit[i];
        z->ob_digit[i] = carry & PyLong_MASK;
        carry >>= PyLong_SHIFT;
    }
}

/* Product of magnitudes when b is much longer than a: slice b. */
static PyLongObject *k_lopsided(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t sa = ABS_SIZE(a), sb = ABS_SIZE(b);
    PyLongObject *z = long_alloc(sa + sb);
    if (z == NULL)
        return NULL;
    memset(z->ob_digit, 0, (size_t)(sa + sb) * sizeof(digit));
    for (Py_ssize_t off = 0; off < sb; off += sa) {
        PyLongObject *sl = slice_digits(b, off, off + sa);
        if (sl == NULL)
            goto error;
        PyLongObject *p = k_mul(a, sl);
        Py_DECREF(sl);
        if (p == NULL)
            goto error;
        add_into(z, p, off);
        Py_DECREF(p);
    }
    return long_normalize(z);
error:
    Py_DECREF(z);
    return NULL;
}

/* Karatsuba: with a = a1*B + a0, b = b1*B + b0 (B = base**shift),
 * a*b = a1b1*B^2 + ((a0+a1)(b0+b1) - a1b1 - a0b0)*B + a0b0. */
static PyLongObject *k_mul(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t sa = ABS_SIZE(a), sb = ABS_SIZE(b);
    if (sa > sb) {
        PyLongObject *t = a; a = b; b = t;
        Py_ssize_t s = sa; sa = sb; sb = s;
    }
    Py_ssize_t cutoff = (a == b) ? KARATSUBA_SQUARE_CUTOFF : KARATSUBA_CUTOFF;
    if (sa <= cutoff)
        return sa == 0 ? long_alloc(0) : x_mul(a, b);
    if (2 * sa <= sb)
        return k_lopsided(a, b);
    Py_ssize_t shift = sb >> 1;
    PyLongObject *a0 = NULL, *a1 = NULL, *b0 = NULL, *b1 = NULL;
    PyLongObject *hh = NULL, *ll = NULL, *sa01 = NULL, *sb01 = NULL, *mid = NULL, *z = NULL;
    PyLongObject *t = NULL;
    if ((a0 = slice_digits(a, 0, shift)) == NULL || (a1 = slice_digits(a, shift, sa)) == NULL)
        goto error;
    if (a == b) {
        b0 = (PyLongObject *)Py_NewRef(a0);
        b1 = (PyLongObject *)Py_NewRef(a1);
    }
    else if ((b0 = slice_digits(b, 0, shift)) == NULL || (b1 = slice_digits(b, shift, sb)) == NULL)
        goto error;
    if ((hh = k_mul(a1, b1)) == NULL || (ll = k_mul(a0, b0)) == NULL)
        goto error;
    if ((sa01 = x_add(a0, a1)) == NULL)
        goto error;
    if (a == b)
        sb01 = (PyLongObject *)Py_NewRef(sa01);
    else if ((sb01 = x_add(b0, b1)) == NULL)
        goto error;
    if ((mid = k_mul(sa01, sb01)) == NULL)
        goto error;
    if ((t = x_sub(mid, hh)) == NULL)
        goto error;
    Py_SETREF(mid, t);
    if ((t = x_sub(mid, ll)) == NULL)
        goto error;
    Py_SETREF(mid, t);
    t = NULL;
    z = long_alloc(sa + sb);
    if (z == NULL)
        goto error;
    memset(z->ob_digit, 0, (size_t)(sa + sb) * sizeof(digit));
    memcpy(z->ob_digit, ll->ob_digit, (size_t)ABS_SIZE(ll) * sizeof(digit));
    memcpy(z->ob_digit + 2 * shift, hh->ob_digit, (size_t)ABS_SIZE(hh) * sizeof(digit));
    add_into(z, mid, shift);
    long_normalize(z);
error:
    Py_XDECREF(a0); Py_XDECREF(a1); Py_XDECREF(b0); Py_XDECREF(b1);
    Py_XDECREF(hh); Py_XDECREF(ll); Py_XDECREF(sa01); Py_XDECREF(sb01); Py_XDECREF(mid);
    return z;
}

static PyObject *long_mul(PyLongObject *a, PyLongObject *b)
{
    if (_PyLong_IsCompact(a) && _PyLong_IsCompact(b)) {
        int64_t v = (int64_t)_PyLong_CompactValue(a) * _PyLong_CompactValue(b);
        return _KrLong_FromCompactResult(v);
    }
    PyLongObject *z = k_mul(a, b);
    if (z == NULL)
        return NULL;
    if ((Py_SIZE(a) < 0) != (Py_SIZE(b) < 0))
        Py_SET_SIZE(z, -Py_SIZE(z));
    return maybe_small(z);
}

PyObject *_PyLong_Multiply(PyLongObject *a, PyLongObject *b) { return long_mul(a, b); }

/* ====================================================================
 * Division
 * ==================================================================== */

/* Divide magnitude a by single digit n, into pout; returns remainder. */
static digit inplace_divrem1(digit *pout, const digit *pin, Py_ssize_t size, digit n)
{
    twodigits rem = 0;
    while (--size >= 0) {
        rem = (rem << PyLong_SHIFT) | pin[size];
        digit hi = (digit)(rem / n);
        pout[size] = hi;
        rem -= (twodigits)hi * n;
    }
    return (digit)rem;
}

static PyLongObject *divrem1(PyLongObject *a, digit n, digit *prem)
{
    Py_ssize_t size = ABS_SIZE(a);
    PyLongObject *z = long_alloc(size);
    if (z == NULL)
        return NULL;
    *prem = inplace_divrem1(z->ob_digit, a->ob_digit, size, n);
    return long_normalize(z);
}

/* Shift digit array left by d bits (0 <= d < SHIFT); returns carry out. */
static digit v_lshift(digit *z, const digit *a, Py_ssize_t m, int d)
{
    digit carry = 0;
    for (Py_ssize_t i = 0; i < m; i++) {
        twodigits acc = (twodigits)a[i] << d | carry;
        z[i] = (digit)acc & PyLong_MASK;
        carry = (digit)(acc >> PyLong_SHIFT);
    }
    return carry;
}

static digit v_rshift(digit *z, const digit *a, Py_ssize_t m, int d)
{
    digit carry = 0;
    digit mask = ((digit)1 << d) - 1U;
    for (Py_ssize_t i = m; i-- > 0;) {
        twodigits acc = (twodigits)carry << PyLong_SHIFT | a[i];
        carry = (digit)acc & mask;
        z[i] = (digit)(acc >> d);
    }
    return carry;
}

/* Knuth's algorithm D on magnitudes; |v1| >= |w1| and |w1| >= 2 digits. */
static PyLongObject *x_divrem(PyLongObject *v1, PyLongObject *w1, PyLongObject **prem)
{
    Py_ssize_t size_v = ABS_SIZE(v1), size_w = ABS_SIZE(w1);
    PyLongObject *v = long_alloc(size_v + 1);
    PyLongObject *w = long_alloc(size_w);
    PyLongObject *a = NULL;
    if (v == NULL || w == NULL)
        goto error;
    /* normalize: shift so the top digit of w has its high bit set */
    int d = PyLong_SHIFT - bit_length_digit(w1->ob_digit[size_w - 1]);
    v_lshift(w->ob_digit, w1->ob_digit, size_w, d);
    digit carry = v_lshift(v->ob_digit, v1->ob_digit, size_v, d);
    if (carry != 0 || v->ob_digit[size_v - 1] >= w->ob_digit[size_w - 1]) {
        v->ob_digit[size_v] = carry;
        size_v++;
    }
    Py_ssize_t k = size_v - size_w;
    a = long_alloc(k);
    if (a == NULL)
        goto error;
    digit *v0 = v->ob_digit, *w0 = w->ob_digit;
    digit wm1 = w0[size_w - 1], wm2 = w0[size_w - 2];
    for (digit *vk = v0 + k, *ak = a->ob_digit + k; vk-- > v0;) {
        digit vtop = vk[size_w];
        twodigits vv = ((twodigits)vtop << PyLong_SHIFT) | vk[size_w - 1];
        twodigits qq = vv / wm1;
        if (qq > PyLong_MASK)
            qq = PyLong_MASK;
        twodigits rr = vv - (twodigits)wm1 * qq;
        while (rr < PyLong_BASE && (twodigits)wm2 * qq > ((rr << PyLong_SHIFT) | vk[size_w - 2])) {
            --qq;
            rr += wm1;
        }
        digit q = (digit)qq;
        /* subtract q*w from vk */
        stwodigits zhi = 0;
        for (Py_ssize_t i = 0; i < size_w; ++i) {
            twodigits z = (twodigits)w0[i] * q;
            sdigit zlo = (sdigit)((digit)z & PyLong_MASK);
            digit zh = (digit)(z >> PyLong_SHIFT);
            stwodigits s = (stwodigits)vk[i] + zhi - zlo;
            vk[i] = (digit)s & PyLong_MASK;
            zhi = (s >> PyLong_SHIFT) - zh;
        }
        if ((sdigit)vtop + zhi < 0) {
            /* q was one too big: add w back */
            carry = 0;
            for (Py_ssize_t i = 0; i < size_w; ++i) {
                carry += vk[i] + w0[i];
                vk[i] = carry & PyLong_MASK;
                carry >>= PyLong_SHIFT;
            }
            --q;
        }
        *--ak = q;
    }
    /* remainder: unnormalize */
    v_rshift(w->ob_digit, v0, size_w, d);
    Py_DECREF(v);
    *prem = long_normalize(w);
    return long_normalize(a);
error:
    Py_XDECREF(v);
    Py_XDECREF(w);
    Py_XDECREF(a);
    return NULL;
}

/* Truncating division of magnitudes with signs: C semantics. */
static int long_divrem(PyLongObject *a, PyLongObject *b, PyLongObject **pdiv, PyLongObject **prem)
{
    Py_ssize_t sa = ABS_SIZE(a), sb = ABS_SIZE(b);
    PyLongObject *z, *r;
    if (sb == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
        return -1;
    }
    if (sa < sb || (sa == sb && a->ob_digit[sa - 1] < b->ob_digit[sb - 1])) {
        *pdiv = (PyLongObject *)PyLong_FromLong(0);
        *prem = (PyLongObject *)_PyLong_Copy(a);
        if (*prem == NULL) {
            Py_CLEAR(*pdiv);
            return -1;
        }
        /* _PyLong_Copy may give a small int; that's fine, signs carried */
        return 0;
    }
    if (sb == 1) {
        digit rem = 0;
        z = divrem1(a, b->ob_digit[0], &rem);
        if (z == NULL)
            return -1;
        r = (PyLongObject *)PyLong_FromLong((long)rem);
        if (r == NULL) {
            Py_DECREF(z);
            return -1;
        }
    }
    else {
        z = x_divrem(a, b, &r);
        if (z == NULL)
            return -1;
    }
    if ((Py_SIZE(a) < 0) != (Py_SIZE(b) < 0))
        Py_SET_SIZE(z, -Py_SIZE(z));
    if (Py_SIZE(a) < 0 && Py_SIZE(r) != 0) {
        PyObject *nr = long_neg(r);
        Py_DECREF(r);
        if (nr == NULL) {
            Py_DECREF(z);
            return -1;
        }
        r = (PyLongObject *)nr;
    }
    *pdiv = (PyLongObject *)maybe_small(z);
    *prem = (PyLongObject *)maybe_small(r);
    return 0;
}

/* Floor division and modulo (Python semantics); either out may be NULL. */
static int l_divmod(PyLongObject *v, PyLongObject *w, PyLongObject **pdiv, PyLongObject **pmod)
{
    PyLongObject *div, *mod;
    if (_PyLong_IsCompact(v) && _PyLong_IsCompact(w) && Py_SIZE(w) != 0) {
        long a = (long)_PyLong_CompactValue(v), b = (long)_PyLong_CompactValue(w);
        long q = a / b, r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            r += b;
            q -= 1;
        }
        if (pdiv) {
            *pdiv = (PyLongObject *)PyLong_FromLong(q);
            if (*pdiv == NULL)
                return -1;
        }
        if (pmod) {
            *pmod = (PyLongObject *)PyLong_FromLong(r);
            if (*pmod == NULL) {
                if (pdiv)
                    Py_CLEAR(*pdiv);
                return -1;
            }
        }
        return 0;
    }
    if (long_divrem(v, w, &div, &mod) < 0)
        return -1;
    if ((Py_SIZE(mod) < 0 && Py_SIZE(w) > 0) || (Py_SIZE(mod) > 0 && Py_SIZE(w) < 0)) {
        PyLongObject *t = (PyLongObject *)long_add(mod, w);
        Py_DECREF(mod);
        mod = t;
        if (mod == NULL) {
            Py_DECREF(div);
            return -1;
        }
        t = (PyLongObject *)long_sub(div, (PyLongObject *)_PyLong_GetOne());
        Py_DECREF(div);
        div = t;
        if (div == NULL) {
            Py_DECREF(mod);
            return -1;
        }
    }
    if (pdiv)
        *pdiv = div;
    else
        Py_DECREF(div);
    if (pmod)
        *pmod = mod;
    else
        Py_DECREF(mod);
    return 0;
}

#define CHECK_BINOP(v, w) do { \
        if (!PyLong_Check(v) || !PyLong_Check(w)) Py_RETURN_NOTIMPLEMENTED; } while (0)

static PyObject *long_add_slot(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    return long_add((PyLongObject *)a, (PyLongObject *)b);
}
static PyObject *long_sub_slot(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    return long_sub((PyLongObject *)a, (PyLongObject *)b);
}
static PyObject *long_mul_slot(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    return long_mul((PyLongObject *)a, (PyLongObject *)b);
}

static PyObject *long_floordiv(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (_PyLong_IsCompact((PyLongObject *)a) && _PyLong_IsCompact((PyLongObject *)b))
        return _KrLong_FloorDivCompact(a, b);
    PyLongObject *div;
    if (l_divmod((PyLongObject *)a, (PyLongObject *)b, &div, NULL) < 0)
        return NULL;
    return (PyObject *)div;
}

static PyObject *long_mod(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (_PyLong_IsCompact((PyLongObject *)a) && _PyLong_IsCompact((PyLongObject *)b))
        return _KrLong_ModCompact(a, b);
    if (Py_SIZE(b) == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    PyLongObject *mod;
    if (l_divmod((PyLongObject *)a, (PyLongObject *)b, NULL, &mod) < 0)
        return NULL;
    return (PyObject *)mod;
}

static PyObject *long_divmod(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    PyLongObject *div, *mod;
    if (l_divmod((PyLongObject *)a, (PyLongObject *)b, &div, &mod) < 0)
        return NULL;
    PyObject *t = PyTuple_New(2);
    if (t == NULL) {
        Py_DECREF(div);
        Py_DECREF(mod);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, div);
    PyTuple_SET_ITEM(t, 1, mod);
    return t;
}

/* Top bits of |a| as a uint64 holding `bits` significant bits plus a
 * sticky bit folded into bit 0 for anything shifted out. */
static uint64_t top_bits_sticky(PyLongObject *a, size_t nbits, int keep, int *sticky_out)
{
    /* shift right by nbits - keep, OR-ing lost bits into the sticky flag */
    size_t shift = nbits > (size_t)keep ? nbits - (size_t)keep : 0;
    Py_ssize_t n = ABS_SIZE(a);
    uint64_t x = 0;
    int sticky = 0;
    Py_ssize_t dshift = (Py_ssize_t)(shift / PyLong_SHIFT);
    int bshift = (int)(shift % PyLong_SHIFT);
    for (Py_ssize_t i = 0; i < dshift && i < n; i++)
        if (a->ob_digit[i])
            sticky = 1;
    /* gather enough digits above dshift */
    unsigned __int128 acc = 0;
    int accbits = 0;
    for (Py_ssize_t i = dshift; i < n && accbits < 128 - PyLong_SHIFT; i++) {
        acc |= (unsigned __int128)a->ob_digit[i] << accbits;
        accbits += PyLong_SHIFT;
    }
    if (bshift) {
        if (acc & (((unsigned __int128)1 << bshift) - 1))
            sticky = 1;
        acc >>= bshift;
    }
    x = (uint64_t)acc;
    *sticky_out = sticky;
    return x;
}

double _PyLong_Frexp(PyLongObject *a, Py_ssize_t *e)
{
    size_t nbits = _PyLong_NumBits((PyObject *)a);
    if (nbits == 0) {
        *e = 0;
        return 0.0;
    }
    int sticky;
    /* DBL_MANT_DIG + 2 bits, then the sticky bit decides ties correctly */
    uint64_t x = top_bits_sticky(a, nbits, DBL_MANT_DIG + 2, &sticky);
    if (sticky)
        x |= 1;
    double dx = (double)x; /* correctly rounded to 53 bits */
    int k;
    double m = frexp(dx, &k);
    size_t shift = nbits > DBL_MANT_DIG + 2 ? nbits - (DBL_MANT_DIG + 2) : 0;
    *e = (Py_ssize_t)shift + k;
    return Py_SIZE(a) < 0 ? -m : m;
}

double PyLong_AsDouble(PyObject *v)
{
    if (v == NULL) {
        PyErr_BadInternalCall();
        return -1.0;
    }
    if (!PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1.0;
    }
    PyLongObject *a = (PyLongObject *)v;
    if (_PyLong_IsCompact(a))
        return (double)_PyLong_CompactValue(a);
    Py_ssize_t e;
    double m = _PyLong_Frexp(a, &e);
    if (e > DBL_MAX_EXP) {
        PyErr_SetString(PyExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return ldexp(m, (int)e);
}

/* a / b correctly rounded. */
static PyObject *long_true_divide(PyObject *v, PyObject *w)
{
    CHECK_BINOP(v, w);
    PyLongObject *a = (PyLongObject *)v, *b = (PyLongObject *)w;
    PyLongObject *x = NULL, *q = NULL, *r = NULL;
    if (Py_SIZE(b) == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    if (Py_SIZE(a) == 0)
        return PyFloat_FromDouble((Py_SIZE(b) < 0) ? -0.0 : 0.0);
    int negate = (Py_SIZE(a) < 0) != (Py_SIZE(b) < 0);
    size_t na = _PyLong_NumBits(v), nb = _PyLong_NumBits(w);
    if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
        double da = fabs(PyLong_AsDouble(v)), db = fabs(PyLong_AsDouble(w));
        double res = da / db;
        return PyFloat_FromDouble(negate ? -res : res);
    }
    Py_ssize_t diff = (Py_ssize_t)na - (Py_ssize_t)nb;
    if (diff > DBL_MAX_EXP)
        goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return PyFloat_FromDouble(negate ? -0.0 : 0.0);
    /* scale so the quotient has DBL_MANT_DIG + 2 or + 3 bits, or fewer for
     * subnormal results so that only one rounding happens */
    Py_ssize_t shift = Py_MAX(diff, (Py_ssize_t)DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact = 0;
    PyObject *aabs = long_long(v), *babs = long_long(w);
    if (Py_SIZE(aabs) < 0) Py_SETREF(aabs, long_neg((PyLongObject *)aabs));
    if (babs && Py_SIZE(babs) < 0) Py_SETREF(babs, long_neg((PyLongObject *)babs));
    if (aabs == NULL || babs == NULL) {
        Py_XDECREF(aabs);
        Py_XDECREF(babs);
        return NULL;
    }
    if (shift <= 0)
        x = (PyLongObject *)long_lshift_size((PyLongObject *)aabs, (size_t)(-shift));
    else {
        /* lost bits of a make the result inexact */
        size_t s = (size_t)shift;
        Py_ssize_t dsh = (Py_ssize_t)(s / PyLong_SHIFT);
        PyLongObject *aa = (PyLongObject *)aabs;
        for (Py_ssize_t i = 0; i < dsh && i < ABS_SIZE(aa); i++)
            if (aa->ob_digit[i]) inexact = 1;
        if (dsh < ABS_SIZE(aa) && (aa->ob_digit[dsh] & (((digit)1 << (s % PyLong_SHIFT)) - 1)))
            inexact = 1;
        x = (PyLongObject *)long_rshift_size(aa, s);
    }
    Py_DECREF(aabs);
    if (x == NULL) {
        Py_DECREF(babs);
        return NULL;
    }
    if (long_divrem(x, (PyLongObject *)babs, &q, &r) < 0) {
        Py_DECREF(x);
        Py_DECREF(babs);
        return NULL;
    }
    Py_DECREF(x);
    Py_DECREF(babs);
    if (Py_SIZE(r) != 0)
        inexact = 1;
    Py_DECREF(r);
    uint64_t qv = 0;
    long_mag_u64(q, &qv);
    Py_DECREF(q);
    /* round qv * 2**shift to the precision available at its exponent
     * (53 bits, fewer for subnormals), half to even, with `inexact` as
     * the sticky bit; by the choice of shift, 2 or 3 bits are dropped */
    int qbits = 64 - __builtin_clzll(qv | 1);
    Py_ssize_t toppos = shift + qbits - 1;
    Py_ssize_t lowexp = Py_MAX(toppos - (DBL_MANT_DIG - 1), (Py_ssize_t)(DBL_MIN_EXP - DBL_MANT_DIG));
    Py_ssize_t drop = lowexp - shift;
    if (drop > 0) {
        uint64_t mask = ((uint64_t)1 << drop) - 1, half = (uint64_t)1 << (drop - 1);
        uint64_t low = qv & mask;
        qv >>= drop;
        if (low > half || (low == half && (inexact || (qv & 1))))
            qv++;
    }
    else
        drop = 0;
    double result = ldexp((double)qv, (int)(shift + drop));
    if (isinf(result))
        goto overflow;
    return PyFloat_FromDouble(negate ? -result : result);
overflow:
    PyErr_SetString(PyExc_OverflowError, "integer division result too large for a float");
    return NULL;
}

/* ====================================================================
 * Unary operations, comparison, hash
 * ==================================================================== */

/* The int value of v as an exact int (strips subclasses). */
static PyObject *long_long(PyObject *v)
{
    if (PyLong_CheckExact(v))
        return Py_NewRef(v);
    return _PyLong_Copy((PyLongObject *)v);
}

static PyObject *long_neg(PyLongObject *v)
{
    if (_PyLong_IsCompact(v))
        return PyLong_FromLong(-(long)_PyLong_CompactValue(v));
    PyLongObject *z = (PyLongObject *)_PyLong_Copy(v);
    if (z != NULL)
        Py_SET_SIZE(z, -Py_SIZE(v));
    return (PyObject *)z;
}

static PyObject *long_neg_slot(PyObject *v) { return long_neg((PyLongObject *)v); }

static PyObject *long_abs(PyObject *v)
{
    if (Py_SIZE(v) < 0)
        return long_neg((PyLongObject *)v);
    return long_long(v);
}

static int long_bool(PyObject *v) { return Py_SIZE(v) != 0; }

static int long_compare(PyLongObject *a, PyLongObject *b)
{
    Py_ssize_t sign = Py_SIZE(a) - Py_SIZE(b);
    if (sign == 0) {
        Py_ssize_t i = ABS_SIZE(a);
        while (--i >= 0 && a->ob_digit[i] == b->ob_digit[i])
            ;
        if (i < 0)
            return 0;
        sign = (sdigit)a->ob_digit[i] - (sdigit)b->ob_digit[i];
        if (Py_SIZE(a) < 0)
            sign = -sign;
    }
    return sign < 0 ? -1 : sign > 0 ? 1 : 0;
}

int _PyLong_Eq(PyObject *a, PyObject *b)
{
    return long_compare((PyLongObject *)a, (PyLongObject *)b) == 0;
}

static PyObject *long_richcompare(PyObject *a, PyObject *b, int op)
{
    CHECK_BINOP(a, b);
    if (_PyLong_IsCompact((PyLongObject *)a) && _PyLong_IsCompact((PyLongObject *)b))
        return Py_NewRef(_KrLong_CompareCompact(a, b, op) ? Py_True : Py_False);
    int r = a == b ? 0 : long_compare((PyLongObject *)a, (PyLongObject *)b);
    Py_RETURN_RICHCOMPARE(r, 0, op);
}

static Py_hash_t long_hash(PyObject *obj)
{
    PyLongObject *v = (PyLongObject *)obj;
    Py_ssize_t i = Py_SIZE(v);
    if (i >= -1 && i <= 1) {
        Py_hash_t x = (Py_hash_t)_PyLong_CompactValue(v);
        return x == -1 ? -2 : x;
    }
    int sign = 1;
    if (i < 0) {
        sign = -1;
        i = -i;
    }
    Py_uhash_t x = 0;
    while (--i >= 0) {
        /* multiply by 2**SHIFT modulo 2**61-1: a rotation of 61 bits */
        x = ((x << PyLong_SHIFT) & _PyHASH_MODULUS) | (x >> (_PyHASH_BITS - PyLong_SHIFT));
        x += v->ob_digit[i];
        if (x >= _PyHASH_MODULUS)
            x -= _PyHASH_MODULUS;
    }
    Py_hash_t h = (Py_hash_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ====================================================================
 * Shifts and bitwise operations
 * ==================================================================== */

static PyObject *long_lshift_size(PyLongObject *a, size_t shift)
{
    if (Py_SIZE(a) == 0)
        return PyLong_FromLong(0);
    size_t wordshift = shift / PyLong_SHIFT;
    int remshift = (int)(shift % PyLong_SHIFT);
    Py_ssize_t oldsize = ABS_SIZE(a);
    if (wordshift > MAX_LONG_DIGITS) {
        PyErr_SetString(PyExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    Py_ssize_t newsize = oldsize + (Py_ssize_t)wordshift + (remshift ? 1 : 0);
    PyLongObject *z = long_alloc(newsize);
    if (z == NULL)
        return NULL;
    memset(z->ob_digit, 0, wordshift * sizeof(digit));
    digit carry = v_lshift(z->ob_digit + wordshift, a->ob_digit, oldsize, remshift);
    if (remshift)
        z->ob_digit[newsize - 1] = carry;
    if (Py_SIZE(a) < 0)
        Py_SET_SIZE(z, -newsize);
    return long_norm_small(z);
}

/* floor(a / 2**shift) */
static PyObject *long_rshift_size(PyLongObject *a, size_t shift)
{
    Py_ssize_t size = ABS_SIZE(a);
    size_t wordshift = shift / PyLong_SHIFT;
    int remshift = (int)(shift % PyLong_SHIFT);
    if (Py_SIZE(a) < 0) {
        /* -m >> s == ~((m - 1) >> s) == -(((m - 1) >> s) + 1) */
        PyObject *m1 = long_neg(a), *t;
        if (m1 == NULL)
            return NULL;
        t = long_sub((PyLongObject *)m1, (PyLongObject *)_PyLong_GetOne());
        Py_DECREF(m1);
        if (t == NULL)
            return NULL;
        PyObject *s = long_rshift_size((PyLongObject *)t, shift);
        Py_DECREF(t);
        if (s == NULL)
            return NULL;
        t = long_add((PyLongObject *)s, (PyLongObject *)_PyLong_GetOne());
        Py_DECREF(s);
        if (t == NULL)
            return NULL;
        s = long_neg((PyLongObject *)t);
        Py_DECREF(t);
        return s;
    }
    if (wordshift >= (size_t)size)
        return PyLong_FromLong(0);
    Py_ssize_t newsize = size - (Py_ssize_t)wordshift;
    PyLongObject *z = long_alloc(newsize);
    if (z == NULL)
        return NULL;
    v_rshift(z->ob_digit, a->ob_digit + wordshift, newsize, remshift);
    return long_norm_small(z);
}

PyObject *_PyLong_Lshift(PyObject *a, size_t shift) { return long_lshift_size((PyLongObject *)a, shift); }
PyObject *_PyLong_Rshift(PyObject *a, size_t shift) { return long_rshift_size((PyLongObject *)a, shift); }

static PyObject *long_lshift(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (Py_SIZE(b) < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        return NULL;
    }
    if (Py_SIZE(a) == 0)
        return PyLong_FromLong(0);
    if (_PyLong_IsCompact((PyLongObject *)a) && _PyLong_IsCompact((PyLongObject *)b)) {
        long x = (long)_PyLong_CompactValue((PyLongObject *)a);
        long s = (long)_PyLong_CompactValue((PyLongObject *)b);
        if (s < 32)
            return PyLong_FromLong(x * ((long)1 << s));
    }
    int overflow;
    long long s = PyLong_AsLongLongAndOverflow(b, &overflow);
    if (overflow || (unsigned long long)s / PyLong_SHIFT > MAX_LONG_DIGITS) {
        PyErr_SetString(PyExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    return long_lshift_size((PyLongObject *)a, (size_t)s);
}

static PyObject *long_rshift(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (Py_SIZE(b) < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        return NULL;
    }
    int overflow;
    long long s = PyLong_AsLongLongAndOverflow(b, &overflow);
    if (overflow || (unsigned long long)s / PyLong_SHIFT > MAX_LONG_DIGITS)
        return PyLong_FromLong(Py_SIZE(a) < 0 ? -1 : 0);
    return long_rshift_size((PyLongObject *)a, (size_t)s);
}

static PyObject *long_invert(PyObject *v)
{
    /* ~x == -(x + 1) */
    if (_PyLong_IsCompact((PyLongObject *)v))
        return PyLong_FromLong(~(long)_PyLong_CompactValue((PyLongObject *)v));
    PyObject *t = long_add((PyLongObject *)v, (PyLongObject *)_PyLong_GetOne());
    if (t == NULL)
        return NULL;
    PyObject *r = long_neg((PyLongObject *)t);
    Py_DECREF(t);
    return r;
}

/* Digits of x in two's complement form, `n` digits, plus the sign fill. */
static digit *twos_digits(PyLongObject *x, Py_ssize_t n, digit *fill)
{
    digit *d = PyMem_Malloc((size_t)Py_MAX(n, 1) * sizeof(digit));
    if (d == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t sz = ABS_SIZE(x);
    if (Py_SIZE(x) >= 0) {
        for (Py_ssize_t i = 0; i < n; i++)
            d[i] = i < sz ? x->ob_digit[i] : 0;
        *fill = 0;
    }
    else {
        digit carry = 1;
        for (Py_ssize_t i = 0; i < n; i++) {
            digit v = (i < sz ? x->ob_digit[i] : 0) ^ PyLong_MASK;
            v += carry;
            carry = v >> PyLong_SHIFT;
            d[i] = v & PyLong_MASK;
        }
        *fill = PyLong_MASK;
    }
    return d;
}

static PyObject *long_bitwise(PyLongObject *a, char op, PyLongObject *b)
{
    if (Py_SIZE(a) >= 0 && Py_SIZE(b) >= 0 && _PyLong_IsCompact(a) && _PyLong_IsCompact(b)) {
        long x = (long)_PyLong_CompactValue(a), y = (long)_PyLong_CompactValue(b);
        return PyLong_FromLong(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    Py_ssize_t n = Py_MAX(ABS_SIZE(a), ABS_SIZE(b)) + 1;
    digit fa, fb;
    digit *da = twos_digits(a, n, &fa);
    digit *db = da ? twos_digits(b, n, &fb) : NULL;
    PyLongObject *z = NULL;
    if (db == NULL)
        goto done;
    digit fz = op == '&' ? (fa & fb) : op == '|' ? (fa | fb) : (fa ^ fb);
    z = long_alloc(n);
    if (z == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        digit x = da[i], y = db[i];
        z->ob_digit[i] = op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y);
    }
    if (fz) {
        /* negative result: magnitude = ~z + 1 */
        digit carry = 1;
        for (Py_ssize_t i = 0; i < n; i++) {
            digit v = (z->ob_digit[i] ^ PyLong_MASK) + carry;
            carry = v >> PyLong_SHIFT;
            z->ob_digit[i] = v & PyLong_MASK;
        }
        Py_SET_SIZE(z, -n);
    }
done:
    PyMem_Free(da);
    PyMem_Free(db);
    return long_norm_small(z);
}

static PyObject *long_and(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    return long_bitwise((PyLongObject *)a, '&', (PyLongObject *)b);
}
static PyObject *long_or(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    return long_bitwise((PyLongObject *)a, '|', (PyLongObject *)b);
}
static PyObject *long_xor(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    return long_bitwise((PyLongObject *)a, '^', (PyLongObject *)b);
}

/* ====================================================================
 * Power
 * ==================================================================== */

/* v mod m (floor), new ref */
static PyLongObject *long_mod_l(PyLongObject *v, PyLongObject *m)
{
    PyLongObject *r;
    if (l_divmod(v, m, NULL, &r) < 0)
        return NULL;
    return r;
}

/* modular inverse of a mod n (n > 0) via extended Euclid; NULL+ValueError if none */
static PyLongObject *long_invmod(PyLongObject *a, PyLongObject *n)
{
    PyLongObject *b = (PyLongObject *)Py_NewRef(n), *c = NULL;
    PyLongObject *x0 = (PyLongObject *)PyLong_FromLong(1), *x1 = (PyLongObject *)PyLong_FromLong(0);
    PyLongObject *q = NULL, *r = NULL, *t = NULL, *s = NULL;
    a = (PyLongObject *)Py_NewRef(a);
    while (Py_SIZE(b) != 0) {
        if (l_divmod(a, b, &q, &r) < 0)
            goto error;
        Py_SETREF(a, b);
        b = r;
        r = NULL;
        t = (PyLongObject *)long_mul(q, x1);
        Py_CLEAR(q);
        if (t == NULL)
            goto error;
        s = (PyLongObject *)long_sub(x0, t);
        Py_CLEAR(t);
        if (s == NULL)
            goto error;
        Py_SETREF(x0, x1);
        x1 = s;
        s = NULL;
    }
    if (!(Py_SIZE(a) == 1 && a->ob_digit[0] == 1)) {
        PyErr_SetString(PyExc_ValueError, "base is not invertible for the given modulus");
        goto error;
    }
    c = long_mod_l(x0, n);
error:
    Py_XDECREF(a); Py_XDECREF(b); Py_XDECREF(x0); Py_XDECREF(x1);
    return c;
}

static PyObject *long_pow(PyObject *v, PyObject *w, PyObject *x)
{
    PyLongObject *a = NULL, *b = NULL, *c = NULL, *z = NULL, *t = NULL;
    int negative_output = 0;
    CHECK_BINOP(v, w);
    if (x != Py_None && !PyLong_Check(x))
        Py_RETURN_NOTIMPLEMENTED;
    if (Py_SIZE(w) < 0 && x == Py_None) {
        /* a negative power of an int is a float */
        double dv = PyLong_AsDouble(v);
        if (dv == -1.0 && PyErr_Occurred())
            return NULL;
        PyObject *fv = PyFloat_FromDouble(dv), *fw = NULL, *res = NULL;
        if (fv == NULL)
            return NULL;
        double dw = PyLong_AsDouble(w);
        if (!(dw == -1.0 && PyErr_Occurred()))
            fw = PyFloat_FromDouble(dw);
        if (fw != NULL)
            res = PyFloat_Type.tp_as_number->nb_power(fv, fw, Py_None);
        Py_DECREF(fv);
        Py_XDECREF(fw);
        return res;
    }
    a = (PyLongObject *)Py_NewRef(v);
    b = (PyLongObject *)Py_NewRef(w);
    if (x != Py_None) {
        c = (PyLongObject *)Py_NewRef(x);
        if (Py_SIZE(c) == 0) {
            PyErr_SetString(PyExc_ValueError, "pow() 3rd argument cannot be 0");
            goto error;
        }
        if (Py_SIZE(c) < 0) {
            negative_output = 1;
            Py_SETREF(c, (PyLongObject *)long_neg(c));
            if (c == NULL)
                goto error;
        }
        if (Py_SIZE(c) == 1 && c->ob_digit[0] == 1) {
            z = (PyLongObject *)PyLong_FromLong(0);
            goto done;
        }
        if (Py_SIZE(b) < 0) {
            Py_SETREF(b, (PyLongObject *)long_neg(b));
            if (b == NULL)
                goto error;
            PyLongObject *inv = long_mod_l(a, c);
            if (inv == NULL)
                goto error;
            Py_SETREF(a, inv);
            inv = long_invmod(a, c);
            if (inv == NULL)
                goto error;
            Py_SETREF(a, inv);
        }
        if (Py_SIZE(a) < 0 || ABS_SIZE(a) > ABS_SIZE(c)) {
            t = long_mod_l(a, c);
            if (t == NULL)
                goto error;
            Py_SETREF(a, t);
            t = NULL;
        }
    }
    /* left-to-right binary exponentiation */
    z = (PyLongObject *)PyLong_FromLong(1);
    size_t nbits = _PyLong_NumBits((PyObject *)b);
    for (size_t i = nbits; i-- > 0;) {
        t = (PyLongObject *)long_mul(z, z);
        if (t == NULL)
            goto error;
        Py_SETREF(z, t);
        if (c) {
            t = long_mod_l(z, c);
            if (t == NULL)
                goto error;
            Py_SETREF(z, t);
        }
        if ((b->ob_digit[i / PyLong_SHIFT] >> (i % PyLong_SHIFT)) & 1) {
            t = (PyLongObject *)long_mul(z, a);
            if (t == NULL)
                goto error;
            Py_SETREF(z, t);
            if (c) {
                t = long_mod_l(z, c);
                if (t == NULL)
                    goto error;
                Py_SETREF(z, t);
            }
        }
    }
    t = NULL;
    if (negative_output && Py_SIZE(z) != 0) {
        t = (PyLongObject *)long_sub(z, c);
        if (t == NULL)
            goto error;
        Py_SETREF(z, t);
    }
    goto done;
error:
    Py_CLEAR(z);
done:
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return (PyObject *)z;
}

/* ====================================================================
 * String conversion
 * ==================================================================== */

static void set_digits_limit_error(Py_ssize_t ndigits)
{
    if (ndigits >= 0)
        PyErr_Format(PyExc_ValueError, "Exceeds the limit (%d digits) for integer string conversion: "
                     "value has %zd digits; use sys.set_int_max_str_digits() to increase the limit",
                     MAX_STR_DIGITS(), ndigits);
    else
        PyErr_Format(PyExc_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit",
                     MAX_STR_DIGITS());
}

/* Decimal digits of |a| (no sign) into a PyMem buffer; *plen gets its length. */
/* --------------------------------------------------------------------
 * Binary to decimal.  Below DEC_DC_CUTOFF digits the classic quadratic
 * pass is fastest.  Above it the digits are split at a power-of-two
 * digit count m, both halves are converted recursively, and the result is
 * high * 2**(30*m) + low computed in base 10**9 with Karatsuba, so the
 * whole conversion costs O(M(n) log n) instead of O(n**2).  The decimal
 * powers 2**(30*2**k) are made once per conversion by squaring.
 * -------------------------------------------------------------------- */

#define DEC_BASE 1000000000u           /* 10**9: nine decimal digits per limb */
#define DEC_DC_CUTOFF 512              /* binary digits */
#define DEC_KARATSUBA_CUTOFF 48        /* decimal limbs */

/* Quadratic conversion of d[0..n) into out (room for n + n/2 + 2 limbs). */
static Py_ssize_t dec_quadratic(const digit *d, Py_ssize_t n, uint32_t *out)
{
    Py_ssize_t size = 0;
    for (Py_ssize_t i = n; --i >= 0;) {
        digit hi = d[i];
        for (Py_ssize_t j = 0; j < size; j++) {
            twodigits z = (twodigits)out[j] << PyLong_SHIFT | hi;
            hi = (digit)(z / DEC_BASE);
            out[j] = (uint32_t)(z - (twodigits)hi * DEC_BASE);
        }
        while (hi) {
            out[size++] = hi % DEC_BASE;
            hi /= DEC_BASE;
        }
    }
    return size;
}

static Py_ssize_t dec_trim(const uint32_t *a, Py_ssize_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

/* z[0..zn) += a[0..an), an <= zn; the sum must fit in zn limbs */
static void dec_add_into(uint32_t *z, Py_ssize_t zn, const uint32_t *a, Py_ssize_t an)
{
    uint32_t carry = 0;
    Py_ssize_t i;
    for (i = 0; i < an; i++) {
        uint32_t t = z[i] + a[i] + carry;
        carry = t >= DEC_BASE;
        z[i] = carry ? t - DEC_BASE : t;
    }
    for (; carry && i < zn; i++) {
        uint32_t t = z[i] + 1;
        carry = t == DEC_BASE;
        z[i] = carry ? 0 : t;
    }
}

/* z[0..zn) -= a[0..an), an <= zn; z >= a */
static void dec_sub_into(uint32_t *z, Py_ssize_t zn, const uint32_t *a, Py_ssize_t an)
{
    uint32_t borrow = 0;
    Py_ssize_t i;
    for (i = 0; i < an; i++) {
        int64_t t = (int64_t)z[i] - a[i] - borrow;
        borrow = t < 0;
        z[i] = (uint32_t)(borrow ? t + DEC_BASE : t);
    }
    for (; borrow && i < zn; i++) {
        borrow = z[i] == 0;
        z[i] = borrow ? DEC_BASE - 1 : z[i] - 1;
    }
}

/* z (zeroed, na + nb limbs) = a * b; 0, or -1 on memory error */
static int dec_mul(const uint32_t *a, Py_ssize_t na, const uint32_t *b, Py_ssize_t nb, uint32_t *z)
{
    if (na > nb) {
        const uint32_t *t = a; a = b; b = t;
        Py_ssize_t tn = na; na = nb; nb = tn;
    }
    if (na < DEC_KARATSUBA_CUTOFF) {
        for (Py_ssize_t i = 0; i < na; i++) {
            uint64_t ai = a[i], carry = 0;
            if (ai == 0)
                continue;
            for (Py_ssize_t j = 0; j < nb; j++) {
                /* < 10**9 + (10**9-1)**2 + 10**9: fits in 64 bits */
                uint64_t t = z[i + j] + ai * b[j] + carry;
                carry = t / DEC_BASE;
                z[i + j] = (uint32_t)(t - carry * DEC_BASE);
            }
            for (Py_ssize_t k = i + nb; carry; k++) {
                uint64_t t = z[k] + carry;
                carry = t / DEC_BASE;
                z[k] = (uint32_t)(t - carry * DEC_BASE);
            }
        }
        return 0;
    }
    if (2 * na <= nb) {
        /* lopsided: multiply by slices of b as long as a */
        uint32_t *t = PyMem_Malloc((size_t)(2 * na) * sizeof(uint32_t));
        if (t == NULL)
            return -1;
        for (Py_ssize_t off = 0; off < nb; off += na) {
            Py_ssize_t len = Py_MIN(na, nb - off);
            memset(t, 0, (size_t)(na + len) * sizeof(uint32_t));
            if (dec_mul(a, na, b + off, len, t) < 0) {
                PyMem_Free(t);
                return -1;
            }
            dec_add_into(z + off, na + nb - off, t, dec_trim(t, na + len));
        }
        PyMem_Free(t);
        return 0;
    }
    /* Karatsuba, split at m: z = z2*B**2m + (s1*s2 - z0 - z2)*B**m + z0 */
    Py_ssize_t m = nb / 2;
    Py_ssize_t n1 = Py_MAX(m, na - m) + 1, n2 = Py_MAX(m, nb - m) + 1;
    uint32_t *s1 = PyMem_Calloc((size_t)(n1 + n2 + n1 + n2), sizeof(uint32_t));
    if (s1 == NULL)
        return -1;
    uint32_t *s2 = s1 + n1, *t = s2 + n2;
    int r = -1;
    if (dec_mul(a, m, b, m, z) < 0 || dec_mul(a + m, na - m, b + m, nb - m, z + 2 * m) < 0)
        goto done;
    memcpy(s1, a, (size_t)m * sizeof(uint32_t));
    dec_add_into(s1, n1, a + m, na - m);
    memcpy(s2, b, (size_t)m * sizeof(uint32_t));
    dec_add_into(s2, n2, b + m, nb - m);
    if (dec_mul(s1, n1, s2, n2, t) < 0)
        goto done;
    dec_sub_into(t, n1 + n2, z, 2 * m);
    dec_sub_into(t, n1 + n2, z + 2 * m, na + nb - 2 * m);
    dec_add_into(z + m, na + nb - m, t, dec_trim(t, n1 + n2));
    r = 0;
done:
    PyMem_Free(s1);
    return r;
}

/* 2**(30 * 2**k) in decimal limbs, cached in pows[k] for this conversion */
static uint32_t *dec_pow2(int k, uint32_t **pows, Py_ssize_t *pown)
{
    if (pows[k] != NULL)
        return pows[k];
    uint32_t *r;
    if (k == 0) {
        r = PyMem_Malloc(2 * sizeof(uint32_t));
        if (r == NULL)
            return NULL;
        r[0] = (uint32_t)(PyLong_BASE % DEC_BASE);
        r[1] = (uint32_t)(PyLong_BASE / DEC_BASE);
        pown[0] = 2;
    }
    else {
        uint32_t *h = dec_pow2(k - 1, pows, pown);
        if (h == NULL)
            return NULL;
        Py_ssize_t hn = pown[k - 1];
        r = PyMem_Calloc((size_t)(2 * hn), sizeof(uint32_t));
        if (r == NULL)
            return NULL;
        if (dec_mul(h, hn, h, hn, r) < 0) {
            PyMem_Free(r);
            return NULL;
        }
        pown[k] = dec_trim(r, 2 * hn);
    }
    pows[k] = r;
    return r;
}

/* Decimal limbs of d[0..n) in a new PyMem buffer; *outn gets the count. */
static uint32_t *dec_convert(const digit *d, Py_ssize_t n, Py_ssize_t *outn, uint32_t **pows, Py_ssize_t *pown)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    if (n <= DEC_DC_CUTOFF) {
        uint32_t *out = PyMem_Malloc((size_t)(n + n / 2 + 2) * sizeof(uint32_t));
        if (out == NULL)
            return NULL;
        *outn = dec_quadratic(d, n, out);
        return out;
    }
    int k = 0;
    while (((Py_ssize_t)2 << k) < n)
        k++;
    Py_ssize_t m = (Py_ssize_t)1 << k; /* n/2 <= m < n */
    Py_ssize_t ln, hn;
    uint32_t *lo = NULL, *hi = NULL, *z = NULL, *p;
    if ((lo = dec_convert(d, m, &ln, pows, pown)) == NULL ||
        (hi = dec_convert(d + m, n - m, &hn, pows, pown)) == NULL ||
        (p = dec_pow2(k, pows, pown)) == NULL)
        goto done;
    Py_ssize_t zn = hn + pown[k] + 1;
    z = PyMem_Calloc((size_t)zn, sizeof(uint32_t));
    if (z == NULL)
        goto done;
    if (dec_mul(hi, hn, p, pown[k], z) < 0) {
        PyMem_Free(z);
        z = NULL;
        goto done;
    }
    dec_add_into(z, zn, lo, ln);
    *outn = dec_trim(z, zn);
done:
    PyMem_Free(lo);
    PyMem_Free(hi);
    return z;
}

static char *long_to_decimal(PyLongObject *a, Py_ssize_t *plen)
{
    Py_ssize_t size_a = ABS_SIZE(a);
    if (MAX_STR_DIGITS() > 0) {
        /* refuse early, before converting: an int of nbits bits has at
         * least floor(nbits*log10(2)) decimal digits */
        size_t nbits = _PyLong_NumBits((PyObject *)a);
        if ((double)(nbits - 1) * 0.30102999566398 >= (double)MAX_STR_DIGITS() + 1) {
            set_digits_limit_error(-1);
            return NULL;
        }
    }
    uint32_t *pows[64] = {NULL};
    Py_ssize_t pown[64];
    Py_ssize_t n;
    uint32_t *out = dec_convert(a->ob_digit, size_a, &n, pows, pown);
    for (int k = 0; k < 64; k++)
        PyMem_Free(pows[k]);
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if (n == 0)
        out[n++] = 0;
    Py_ssize_t len = (n - 1) * 9;
    for (uint32_t top = out[n - 1]; ; top /= 10) {
        len++;
        if (top < 10)
            break;
    }
    if (MAX_STR_DIGITS() > 0 && len > MAX_STR_DIGITS()) {
        PyMem_Free(out);
        set_digits_limit_error(-1);
        return NULL;
    }
    char *buf = PyMem_Malloc((size_t)len + 1);
    if (buf == NULL) {
        PyMem_Free(out);
        PyErr_NoMemory();
        return NULL;
    }
    char *p = buf + len;
    *p = '\0';
    for (Py_ssize_t j = 0; j < n - 1; j++) {
        uint32_t c = out[j];
        for (int k = 0; k < 9; k++) {
            *--p = (char)('0' + c % 10);
            c /= 10;
        }
    }
    for (uint32_t c = out[n - 1]; ; c /= 10) {
        *--p = (char)('0' + c % 10);
        if (c < 10)
            break;
    }
    PyMem_Free(out);
    *plen = len;
    return buf;
}

static PyObject *long_to_decimal_string(PyObject *v)
{
    PyLongObject *a = (PyLongObject *)v;
    if (_PyLong_IsCompact(a)) {
        char buf[72];
        int64_t v = (int64_t)_PyLong_CompactValue(a);
        char *p = _KrLong_CompactDigits(v, 10, buf + sizeof buf);
        if (v < 0)
            *--p = '-';
        return _PyUnicode_FromASCII(p, buf + sizeof buf - p);
    }
    Py_ssize_t len;
    char *digits = long_to_decimal(a, &len);
    if (digits == NULL)
        return NULL;
    PyObject *res;
    if (Py_SIZE(a) < 0) {
        char *b = PyMem_Malloc((size_t)len + 2);
        if (b == NULL) {
            PyMem_Free(digits);
            return PyErr_NoMemory();
        }
        b[0] = '-';
        memcpy(b + 1, digits, (size_t)len + 1);
        res = _PyUnicode_FromASCII(b, len + 1);
        PyMem_Free(b);
    }
    else
        res = _PyUnicode_FromASCII(digits, len);
    PyMem_Free(digits);
    return res;
}

PyObject *_PyLong_Format(PyObject *obj, int base)
{
    if (base == 10)
        return long_to_decimal_string(obj);
    PyLongObject *a = (PyLongObject *)obj;
    int bits = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 0;
    if (bits == 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    size_t nbits = _PyLong_NumBits(obj);
    size_t ndig = nbits == 0 ? 1 : (nbits + bits - 1) / bits;
    size_t len = ndig + 2 + (Py_SIZE(a) < 0);
    char *buf = PyMem_Malloc(len + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    char *p = buf + len;
    *p = '\0';
    twodigits acc = 0;
    int accbits = 0;
    Py_ssize_t i = 0, n = ABS_SIZE(a);
    for (size_t k = 0; k < ndig; k++) {
        if (accbits < bits) {
            if (i < n)
                acc |= (twodigits)a->ob_digit[i++] << accbits;
            accbits += PyLong_SHIFT;
        }
        *--p = "0123456789abcdef"[acc & ((1u << bits) - 1)];
        acc >>= bits;
        accbits -= bits;
    }
    *--p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    *--p = '0';
    if (Py_SIZE(a) < 0)
        *--p = '-';
    PyObject *res = _PyUnicode_FromASCII(buf, (Py_ssize_t)len);
    PyMem_Free(buf);
    return res;
}

static PyObject *long_repr(PyObject *v) { return long_to_decimal_string(v); }

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parse the digits (underscores already removed) of a power-of-two base. */
static PyLongObject *parse_binary_base(const char *s, Py_ssize_t n, int bits)
{
    size_t nbits = (size_t)n * (size_t)bits;
    Py_ssize_t ndig = (Py_ssize_t)((nbits + PyLong_SHIFT - 1) / PyLong_SHIFT);
    PyLongObject *z = long_alloc(ndig);
    if (z == NULL)
        return NULL;
    twodigits acc = 0;
    int accbits = 0;
    Py_ssize_t k = 0;
    for (Py_ssize_t i = n; --i >= 0;) {
        acc |= (twodigits)digit_value((unsigned char)s[i]) << accbits;
        accbits += bits;
        if (accbits >= PyLong_SHIFT) {
            z->ob_digit[k++] = (digit)(acc & PyLong_MASK);
            acc >>= PyLong_SHIFT;
            accbits -= PyLong_SHIFT;
        }
    }
    if (accbits > 0)
        z->ob_digit[k++] = (digit)acc;
    while (k < ndig)
        z->ob_digit[k++] = 0;
    return long_normalize(z);
}

/* Parse digits of a general base in one quadratic pass. */
static PyLongObject *parse_general_base(const char *s, Py_ssize_t n, int base)
{
    /* largest power of base fitting in a digit, and its exponent */
    twodigits convmult = base;
    int convwidth = 1;
    while (convmult * base < PyLong_BASE) {
        convmult *= base;
        convwidth++;
    }
    double log_base = log((double)base) / log((double)PyLong_BASE);
    Py_ssize_t cap = (Py_ssize_t)((double)n * log_base) + 2;
    PyLongObject *z = long_alloc(cap);
    if (z == NULL)
        return NULL;
    Py_ssize_t size = 0;
    for (Py_ssize_t i = 0; i < n;) {
        twodigits c = 0, mult = 1;
        int k;
        for (k = 0; k < convwidth && i < n; k++, i++) {
            c = c * base + (twodigits)digit_value((unsigned char)s[i]);
            mult *= base;
        }
        /* z = z * mult + c */
        for (Py_ssize_t j = 0; j < size; j++) {
            c += (twodigits)z->ob_digit[j] * mult;
            z->ob_digit[j] = (digit)(c & PyLong_MASK);
            c >>= PyLong_SHIFT;
        }
        if (c) {
            z->ob_digit[size++] = (digit)c;
        }
    }
    Py_SET_SIZE(z, size);
    return long_normalize(z);
}

static PyObject *pow10_cache(Py_ssize_t n)
{
    PyObject *ten = PyLong_FromLong(10), *e = PyLong_FromSsize_t(n), *r = NULL;
    if (ten && e)
        r = long_pow(ten, e, Py_None);
    Py_XDECREF(ten);
    Py_XDECREF(e);
    return r;
}

/* Decimal digits split in halves: high * 10**len(low) + low. */
static PyLongObject *parse_decimal_dc(const char *s, Py_ssize_t n)
{
    if (n <= PARSE_DC_CUTOFF)
        return parse_general_base(s, n, 10);
    Py_ssize_t lo = n / 2;
    PyLongObject *hi = parse_decimal_dc(s, n - lo), *low = NULL, *p = NULL, *t = NULL, *r = NULL;
    if (hi == NULL)
        return NULL;
    low = parse_decimal_dc(s + n - lo, lo);
    if (low == NULL)
        goto done;
    p = (PyLongObject *)pow10_cache(lo);
    if (p == NULL)
        goto done;
    t = (PyLongObject *)long_mul(hi, p);
    if (t == NULL)
        goto done;
    r = (PyLongObject *)long_add(t, low);
done:
    Py_XDECREF(hi); Py_XDECREF(low); Py_XDECREF(p); Py_XDECREF(t);
    return r;
}

/* Parse str in `base` (0 or 2..36).  Accepts surrounding whitespace, a
 * sign, the 0x/0o/0b prefixes and single underscores between digits.
 * On a syntax error returns NULL without an exception set (*perr = 1). */
static PyObject *long_parse(const char *str, Py_ssize_t len, int base, const char **pend, int *perr)
{
    const char *p = str, *end = str + len;
    *perr = 0;
    while (p < end && _KrUnicode_IsNumberSpace((unsigned char)*p))
        p++;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    int prefixed = 0, zero_only = 0;
    char c1 = p + 1 < end && p[0] == '0' ? (char)(p[1] | 0x20) : 0;
    if (base == 0) {
        base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : c1 == 'b' ? 2 : 10;
        if (base != 10)
            prefixed = 1;
        else if (p < end && *p == '0')
            zero_only = 1; /* base 0 forbids leading zeros: "010" */
    }
    else if ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))
        prefixed = 1;
    if (prefixed)
        p += 2;
    const char *start = p;
    Py_ssize_t ndigits = 0;
    int last_us = 0, nonzero = 0;
    while (p < end) {
        if (*p == '_') {
            if (last_us || (ndigits == 0 && !prefixed))
                break;
            last_us = 1;
            p++;
            continue;
        }
        int dv = digit_value((unsigned char)*p);
        if (dv >= base)
            break;
        nonzero |= dv;
        last_us = 0;
        ndigits++;
        p++;
    }
    if (ndigits == 0 || last_us || (zero_only && nonzero)) {
        *perr = 1;
        return NULL;
    }
    const char *digits_end = p;
    while (p < end && _KrUnicode_IsNumberSpace((unsigned char)*p))
        p++;
    if (pend)
        *pend = p;
    else if (p != end) {
        *perr = 1;
        return NULL;
    }
    if (ndigits <= (base <= 10 ? 18 : 12)) {
        /* the value fits in 63 bits (36**12 < 2**63): no digit buffer */
        uint64_t v = 0;
        for (const char *r = start; r < digits_end; r++)
            if (*r != '_')
                v = v * (unsigned)base + (unsigned)digit_value((unsigned char)*r);
        return _KrLong_FromInt64(negative ? -(int64_t)v : (int64_t)v);
    }
    char *buf = PyMem_Malloc((size_t)ndigits + 1), *q = buf;
    if (buf == NULL)
        return PyErr_NoMemory();
    for (const char *r = start; r < digits_end; r++)
        if (*r != '_')
            *q++ = *r;
    PyLongObject *z;
    if ((base & (base - 1)) == 0) {
        int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
        z = parse_binary_base(buf, ndigits, bits);
    }
    else {
        if (MAX_STR_DIGITS() > 0 && ndigits > MAX_STR_DIGITS()) {
            PyMem_Free(buf);
            set_digits_limit_error(ndigits);
            return NULL;
        }
        z = base == 10 ? parse_decimal_dc(buf, ndigits) : parse_general_base(buf, ndigits, base);
    }
    PyMem_Free(buf);
    if (z == NULL)
        return NULL;
    if (negative)
        Py_SET_SIZE(z, -Py_SIZE(z));
    return maybe_small(z);
}

/* ValueError "invalid literal ...", showing at most 200 characters of the
 * repr of the text, as CPython's %.200R does. */
static void invalid_literal(int base, PyObject *text)
{
    PyObject *r = PyObject_Repr(text);
    if (r == NULL)
        return;
    if (PyUnicode_GET_LENGTH(r) > 200)
        Py_SETREF(r, PyUnicode_Substring(r, 0, 200));
    if (r != NULL)
        PyErr_Format(PyExc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    Py_XDECREF(r);
}

PyObject *PyLong_FromString(const char *str, char **pend, int base)
{
    if ((base != 0 && base < 2) || base > 36) {
        PyErr_SetString(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");
        return NULL;
    }
    int err;
    const char *end = NULL;
    size_t len = strlen(str);
    PyObject *r = long_parse(str, (Py_ssize_t)len, base, pend ? &end : NULL, &err);
    if (r == NULL && err) {
        PyObject *s = PyUnicode_FromStringAndSize(str, (Py_ssize_t)Py_MIN(len, 200));
        if (s) {
            invalid_literal(base, s);
            Py_DECREF(s);
        }
        return NULL;
    }
    if (pend && r)
        *pend = (char *)end;
    return r;
}

/* Parse a str/bytes buffer for int(); `orig` is used in the message. */
static PyObject *long_from_buffer(const char *s, Py_ssize_t len, int base, PyObject *orig)
{
    int err;
    PyObject *r = long_parse(s, len, base, NULL, &err);
    if (r == NULL && err)
        invalid_literal(base, orig);
    return r;
}

/* int() of bytes, a bytearray or any other buffer, read as ASCII text.  An
 * invalid literal is reported with the repr of the text as bytes, whatever
 * object held it, as CPython does. */
PyObject *_KrLong_FromBytesLike(PyObject *o, int base)
{
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    int err;
    PyObject *r = long_parse((const char *)view.buf, view.len, base, NULL, &err);
    if (r == NULL && err) {
        PyObject *text = PyBytes_CheckExact(o) ? Py_NewRef(o)
                                               : PyBytes_FromStringAndSize((const char *)view.buf, view.len);
        if (text != NULL) {
            invalid_literal(base, text);
            Py_DECREF(text);
        }
    }
    PyBuffer_Release(&view);
    return r;
}

PyObject *PyLong_FromUnicodeObject(PyObject *u, int base)
{
    if (PyUnicode_IS_ASCII(u)) /* the text itself is the buffer */
        return long_from_buffer(PyUnicode_DATA(u), PyUnicode_GET_LENGTH(u), base, u);
    /* map Unicode digits and spaces to ASCII; other non-ASCII fails */
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    char *buf = PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    int kind = PyUnicode_KIND(u);
    const void *data = PyUnicode_DATA(u);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 128)
            buf[i] = (char)ch;
        else if (Py_UNICODE_ISSPACE(ch))
            buf[i] = ' ';
        else {
            int d = _PyUnicode_ToDecimalDigit(ch);
            buf[i] = d >= 0 ? (char)('0' + d) : '?';
        }
    }
    buf[n] = '\0';
    PyObject *r = long_from_buffer(buf, n, base, u);
    PyMem_Free(buf);
    return r;
}

/* ====================================================================
 * The int type: construction and methods
 * ==================================================================== */

static PyObject *long_new_impl(PyTypeObject *type, PyObject *x, PyObject *obase);

static PyObject *long_subtype_new(PyTypeObject *type, PyObject *x, PyObject *obase)
{
    PyLongObject *tmp = (PyLongObject *)long_new_impl(&PyLong_Type, x, obase);
    if (tmp == NULL)
        return NULL;
    Py_ssize_t n = ABS_SIZE(tmp);
    PyLongObject *newobj = (PyLongObject *)type->tp_alloc(type, n ? n : 1);
    if (newobj == NULL) {
        Py_DECREF(tmp);
        return NULL;
    }
    Py_SET_SIZE(newobj, Py_SIZE(tmp));
    memcpy(newobj->ob_digit, tmp->ob_digit, (size_t)Py_MAX(n, 1) * sizeof(digit));
    Py_DECREF(tmp);
    return (PyObject *)newobj;
}

static PyObject *long_new_impl(PyTypeObject *type, PyObject *x, PyObject *obase)
{
    if (type != &PyLong_Type)
        return long_subtype_new(type, x, obase);
    if (x == NULL) {
        if (obase != NULL) {
            PyErr_SetString(PyExc_TypeError, "int() missing string argument");
            return NULL;
        }
        return PyLong_FromLong(0);
    }
    if (obase == NULL) {
        /* strings parse in base 10 here, so int() does not depend on how
         * PyNumber_Long treats them */
        PyNumberMethods *nb = Py_TYPE(x)->tp_as_number;
        if (nb != NULL && (nb->nb_int != NULL || nb->nb_index != NULL))
            return PyNumber_Long(x); /* e.g. a str subclass with __int__ */
        if (PyUnicode_Check(x))
            return PyLong_FromUnicodeObject(x, 10);
        if (PyBytes_Check(x) || PyByteArray_Check(x))
            return _KrLong_FromBytesLike(x, 10);
        return PyNumber_Long(x);
    }
    Py_ssize_t base = PyNumber_AsSsize_t(obase, NULL);
    if (base == -1 && PyErr_Occurred())
        return NULL;
    if ((base != 0 && base < 2) || base > 36) {
        PyErr_SetString(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (PyUnicode_Check(x))
        return PyLong_FromUnicodeObject(x, (int)base);
    if (PyBytes_Check(x) || PyByteArray_Check(x))
        return _KrLong_FromBytesLike(x, (int)base);
    PyErr_SetString(PyExc_TypeError, "int() can't convert non-string with explicit base");
    return NULL;
}

/* int(x=0, /, base=10) */
static const char *const long_new_kwlist[] = {"", "base", NULL};
static _PyArg_Parser long_new_parser = {"|OO:int", long_new_kwlist, 0};

static PyObject *long_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *x = NULL, *obase = NULL;
    if (!_PyArg_ParseTupleAndKeywordsFast(args, kwargs, &long_new_parser, &x, &obase))
        return NULL;
    return long_new_impl(type, x, obase);
}

/* Calls of int itself skip the argument tuple (subclasses use tp_new). */
static PyObject *long_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *x = NULL, *obase = NULL;
    if (kwnames == NULL && nargs <= 2) {
        x = nargs >= 1 ? args[0] : NULL;
        obase = nargs == 2 ? args[1] : NULL;
    }
    else if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &long_new_parser, &x, &obase))
        return NULL;
    return long_new_impl((PyTypeObject *)type, x, obase);
}

static PyObject *int_bit_length(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromSize_t(_PyLong_NumBits(self));
}

static PyObject *int_bit_count(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyLongObject *v = (PyLongObject *)self;
    size_t c = 0;
    for (Py_ssize_t i = 0; i < ABS_SIZE(v); i++)
        c += (size_t)__builtin_popcount(v->ob_digit[i]);
    return PyLong_FromSize_t(c);
}

static PyObject *int_conjugate(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return long_long(self);
}

static PyObject *int_as_integer_ratio(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *n = long_long(self);
    if (n == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(2, n, _PyLong_GetOne());
    Py_DECREF(n);
    return r;
}

static PyObject *int_floor_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return long_long(self);
}

static PyObject *int_round(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "__round__ expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 0 || args[0] == Py_None)
        return long_long(self);
    PyObject *nd = PyNumber_Index(args[0]);
    if (nd == NULL)
        return NULL;
    if (Py_SIZE(nd) >= 0) {
        Py_DECREF(nd);
        return long_long(self);
    }
    /* round half to even at 10**(-ndigits) */
    PyObject *res = NULL, *ten = PyLong_FromLong(10), *p = NULL, *neg = long_neg((PyLongObject *)nd);
    PyLongObject *q = NULL, *r = NULL;
    Py_DECREF(nd);
    if (ten == NULL || neg == NULL)
        goto done;
    p = long_pow(ten, neg, Py_None);
    if (p == NULL)
        goto done;
    if (l_divmod((PyLongObject *)self, (PyLongObject *)p, &q, &r) < 0)
        goto done;
    {
        PyObject *twice = long_lshift_size(r, 1);
        if (twice == NULL)
            goto done;
        int cmp = long_compare((PyLongObject *)twice, (PyLongObject *)p);
        Py_DECREF(twice);
        int odd = ABS_SIZE(q) > 0 && (q->ob_digit[0] & 1);
        PyObject *base = long_mul(q, (PyLongObject *)p);
        if (base == NULL)
            goto done;
        if (cmp > 0 || (cmp == 0 && odd)) {
            res = long_add((PyLongObject *)base, (PyLongObject *)p);
            Py_DECREF(base);
        }
        else
            res = base;
    }
done:
    Py_XDECREF(ten); Py_XDECREF(neg); Py_XDECREF(p); Py_XDECREF(q); Py_XDECREF(r);
    return res;
}

static PyObject *int_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    Py_ssize_t res = (Py_ssize_t)offsetof(PyLongObject, ob_digit)
                     + Py_MAX(ABS_SIZE(self), 1) * (Py_ssize_t)sizeof(digit);
    return PyLong_FromSsize_t(res);
}

static PyObject *int_getnewargs(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *v = long_long(self);
    if (v == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(1, v);
    Py_DECREF(v);
    return r;
}

static PyObject *int_format(PyObject *self, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.200s", Py_TYPE(spec)->tp_name);
        return NULL;
    }
    return _KrFormat_Long(self, spec);
}

static int parse_byteorder(const char *fname, PyObject *order, int *little)
{
    if (order == NULL) {
        *little = 0;
        return 0;
    }
    if (!PyUnicode_Check(order)) {
        PyErr_Format(PyExc_TypeError, "%s() argument 'byteorder' must be str, not %.200s",
                     fname, Py_TYPE(order)->tp_name);
        return -1;
    }
    if (_PyUnicode_EqualToASCIIString(order, "little"))
        *little = 1;
    else if (_PyUnicode_EqualToASCIIString(order, "big"))
        *little = 0;
    else {
        PyErr_SetString(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static PyObject *int_to_bytes(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    static _PyArg_Parser parser = {"|nO$p:to_bytes", kwlist, 0};
    Py_ssize_t length = 1;
    PyObject *order = NULL;
    int is_signed = 0, little;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &length, &order, &is_signed))
        return NULL;
    if (parse_byteorder("to_bytes", order, &little) < 0)
        return NULL;
    if (length < 0) {
        PyErr_SetString(PyExc_ValueError, "length argument must be non-negative");
        return NULL;
    }
    PyObject *bytes = PyBytes_FromStringAndSize(NULL, length);
    if (bytes == NULL)
        return NULL;
    if (_PyLong_AsByteArray((PyLongObject *)self, (unsigned char *)PyBytes_AS_STRING(bytes),
                            (size_t)length, little, is_signed) < 0) {
        Py_DECREF(bytes);
        return NULL;
    }
    return bytes;
}

static PyObject *int_from_bytes(PyObject *type, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    static _PyArg_Parser parser = {"O|O$p:from_bytes", kwlist, 0};
    PyObject *obj, *order = NULL;
    int is_signed = 0, little;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &obj, &order, &is_signed))
        return NULL;
    if (parse_byteorder("from_bytes", order, &little) < 0)
        return NULL;
    PyObject *b = PyObject_Bytes(obj);
    if (b == NULL)
        return NULL;
    PyObject *v = _PyLong_FromByteArray((unsigned char *)PyBytes_AS_STRING(b), (size_t)PyBytes_GET_SIZE(b),
                                        little, is_signed);
    Py_DECREF(b);
    if (v != NULL && type != (PyObject *)&PyLong_Type)
        Py_SETREF(v, PyObject_CallOneArg(type, v));
    return v;
}

static PyObject *int_get_self(PyObject *self, void *Py_UNUSED(closure)) { return long_long(self); }
static PyObject *int_get_zero(PyObject *self, void *Py_UNUSED(closure)) { return PyLong_FromLong(0); }
static PyObject *int_get_one(PyObject *self, void *Py_UNUSED(closure)) { return PyLong_FromLong(1); }

static PyMethodDef long_methods[] = {
    {"conjugate", int_conjugate, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, METH_NOARGS, "bit_length($self, /)\n--\n\n" "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, METH_NOARGS, "bit_count($self, /)\n--\n\n" "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", _PyCFunction_CAST(int_to_bytes), METH_FASTCALL | METH_KEYWORDS, "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\n" "Return an array of bytes representing an integer."},
    {"from_bytes", _PyCFunction_CAST(int_from_bytes), METH_FASTCALL | METH_KEYWORDS | METH_CLASS, "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\n" "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, METH_NOARGS, "as_integer_ratio($self, /)\n--\n\n" "Return integer ratio."},
    {"__trunc__", int_floor_method, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_floor_method, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_floor_method, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", _PyCFunction_CAST(int_round), METH_FASTCALL, "__round__($self, ndigits=<unrepresentable>, /)\n--\n\n" "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", int_format, METH_O, "__format__($self, format_spec, /)\n--\n\n"},
    {"__sizeof__", int_sizeof, METH_NOARGS, "__sizeof__($self, /)\n--\n\n" "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef long_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyObject *long_float(PyObject *v)
{
    double d = PyLong_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(d);
}

static PyNumberMethods long_as_number = {
    .nb_add = long_add_slot,
    .nb_subtract = long_sub_slot,
    .nb_multiply = long_mul_slot,
    .nb_remainder = long_mod,
    .nb_divmod = long_divmod,
    .nb_power = long_pow,
    .nb_negative = long_neg_slot,
    .nb_positive = long_long,
    .nb_absolute = long_abs,
    .nb_bool = long_bool,
    .nb_invert = long_invert,
    .nb_lshift = long_lshift,
    .nb_rshift = long_rshift,
    .nb_and = long_and,
    .nb_xor = long_xor,
    .nb_or = long_or,
    .nb_int = long_long,
    .nb_float = long_float,
    .nb_floor_divide = long_floordiv,
    .nb_true_divide = long_true_divide,
    .nb_index = long_long,
};

static void long_dealloc(PyObject *self)
{
    if (PyLong_CheckExact(self) && _PyLong_IsCompact((PyLongObject *)self) &&
            long_numfree < LONG_FREELIST_MAX) {
        Py_SET_TYPE(self, (PyTypeObject *)long_free_list);
        long_free_list = (PyLongObject *)self;
        long_numfree++;
        return;
    }
    Py_TYPE(self)->tp_free(self);
}

PyTypeObject PyLong_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "int",
    .tp_basicsize = offsetof(PyLongObject, ob_digit),
    .tp_itemsize = sizeof(digit),
    .tp_dealloc = long_dealloc,
    .tp_repr = long_repr,
    .tp_as_number = &long_as_number,
    .tp_hash = long_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS | _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.  If x is a number, return x.__int__().  For floating point\n"
              "numbers, this truncates towards zero.",
    .tp_richcompare = long_richcompare,
    .tp_methods = long_methods,
    .tp_getset = long_getset,
    .tp_new = long_new,
    .tp_vectorcall = long_vectorcall,
    .tp_free = PyObject_Free,
};

/* ====================================================================
 * Helpers used elsewhere
 * ==================================================================== */

PyObject *_PyLong_GCD(PyObject *a, PyObject *b)
{
    PyObject *x = long_abs(a), *y = long_abs(b);
    if (x == NULL || y == NULL) {
        Py_XDECREF(x);
        Py_XDECREF(y);
        return NULL;
    }
    while (Py_SIZE(y) != 0) {
        if (_PyLong_IsCompact((PyLongObject *)x) && _PyLong_IsCompact((PyLongObject *)y)) {
            long u = (long)_PyLong_CompactValue((PyLongObject *)x), v = (long)_PyLong_CompactValue((PyLongObject *)y);
            while (v) {
                long t = u % v;
                u = v;
                v = t;
            }
            Py_DECREF(x);
            Py_DECREF(y);
            return PyLong_FromLong(u);
        }
        PyLongObject *r;
        if (l_divmod((PyLongObject *)x, (PyLongObject *)y, NULL, &r) < 0) {
            Py_DECREF(x);
            Py_DECREF(y);
            return NULL;
        }
        Py_DECREF(x);
        x = y;
        y = (PyObject *)r;
    }
    Py_DECREF(y);
    return x;
}

PyObject *PyLong_GetInfo(void)
{
    return Py_BuildValue("(iiii)", PyLong_SHIFT, (int)sizeof(digit),
                         _PY_LONG_DEFAULT_MAX_STR_DIGITS, _PY_LONG_MAX_STR_DIGITS_THRESHOLD);
}
