/* Unit tests for int internals (Objects/longobject.c) that Python code
 * can't see: normalization (no leading zero digits), the small-int cache,
 * the C conversions at the edges of their ranges, the byte-array
 * conversions, and digit-level identities of the arithmetic (Karatsuba vs
 * schoolbook, division remainders, two's complement bit operations).
 * Prints each failed check; exits 0 when all pass. */
#include "Python.h"
#include "kr_long.h"
#include <float.h>

static int failures;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);             \
            failures++;                                                        \
        }                                                                      \
    } while (0)

/* the invariant every int must satisfy */
static int
is_normalized(PyObject *v)
{
    PyLongObject *l = (PyLongObject *)v;
    Py_ssize_t n = Py_ABS(Py_SIZE(l));
    if (n > 0 && l->ob_digit[n - 1] == 0)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (l->ob_digit[i] > PyLong_MASK)
            return 0;
    return 1;
}

static PyObject *
from_str(const char *s)
{
    return PyLong_FromString(s, NULL, 0);
}

static int
eq_str(PyObject *v, const char *s)
{
    PyObject *r = PyObject_Repr(v);
    int ok = r != NULL && strcmp(PyUnicode_AsUTF8(r), s) == 0;
    if (!ok && r != NULL)
        printf("  got %s, expected %s\n", PyUnicode_AsUTF8(r), s);
    Py_XDECREF(r);
    return ok;
}

static void
test_small_ints(void)
{
    for (long i = -5; i <= 256; i++) {
        PyObject *a = PyLong_FromLong(i);
        char buf[16];
        snprintf(buf, sizeof buf, "%ld", i);
        PyObject *b = from_str(buf);
        CHECK(a == _PyLong_GetSmall(i));
        CHECK(a == b);
        Py_DECREF(a);
        Py_DECREF(b);
    }
    PyObject *a = PyLong_FromLong(257), *b = PyLong_FromLong(257);
    CHECK(a != b);
    Py_DECREF(a);
    Py_DECREF(b);
    /* results of arithmetic land in the cache too */
    PyObject *x = PyLong_FromLong(1000), *y = PyLong_FromLong(999);
    PyObject *d = PyNumber_Subtract(x, y);
    CHECK(d == _PyLong_GetOne());
    Py_DECREF(d);
    d = PyNumber_Subtract(x, x);
    CHECK(d == _PyLong_GetZero());
    CHECK(Py_SIZE(d) == 0);
    Py_DECREF(d);
    Py_DECREF(x);
    Py_DECREF(y);
    CHECK(Py_SIZE(_PyLong_GetSmall(-5)) == -1 && ((PyLongObject *)_PyLong_GetSmall(-5))->ob_digit[0] == 5);
}

static void
test_normalization(void)
{
    /* cancellations must strip leading zero digits */
    PyObject *a = from_str("0x1000000000000000000000000000001");
    PyObject *b = from_str("0x1000000000000000000000000000000");
    PyObject *d = PyNumber_Subtract(a, b);
    CHECK(is_normalized(d) && Py_SIZE(d) == 1);
    Py_DECREF(d);
    d = PyNumber_Subtract(b, a);
    CHECK(is_normalized(d) && Py_SIZE(d) == -1);
    Py_DECREF(d);
    PyObject *x = PyNumber_Xor(a, b);
    CHECK(is_normalized(x) && x == _PyLong_GetOne());
    Py_DECREF(x);
    PyObject *neg = PyNumber_Negative(a);
    x = PyNumber_And(neg, b); /* ~(2**120) & 2**120 == 0 */
    CHECK(is_normalized(x) && x == _PyLong_GetZero());
    Py_DECREF(x);
    x = PyNumber_Or(neg, b);
    CHECK(is_normalized(x));
    Py_DECREF(x);
    Py_DECREF(neg);
    PyObject *q = PyNumber_FloorDivide(a, b);
    CHECK(q == _PyLong_GetOne());
    Py_DECREF(q);
    PyObject *r = PyNumber_Remainder(a, b);
    CHECK(r == _PyLong_GetOne());
    Py_DECREF(r);
    Py_DECREF(a);
    Py_DECREF(b);
    /* a value with many zero digits below the top one */
    PyObject *p = PyNumber_Lshift(_PyLong_GetOne(), PyLong_FromLong(300));
    CHECK(is_normalized(p) && Py_SIZE(p) == 300 / PyLong_SHIFT + 1);
    PyObject *s = PyNumber_Rshift(p, PyLong_FromLong(299));
    CHECK(PyLong_AsLong(s) == 2);
    Py_DECREF(s);
    Py_DECREF(p);
    /* sys.getsizeof agrees with CPython 3.11 */
    PyObject *one = PyLong_FromLong(1);
    PyObject *sz = PyObject_CallMethod(one, "__sizeof__", NULL);
    CHECK(sz != NULL && PyLong_AsLong(sz) == 28);
    Py_XDECREF(sz);
    sz = PyObject_CallMethod(_PyLong_GetZero(), "__sizeof__", NULL);
    CHECK(sz != NULL && PyLong_AsLong(sz) == 28);
    Py_XDECREF(sz);
    Py_DECREF(one);
}

static void
test_c_conversions(void)
{
    long long edges[] = {0, 1, -1, (1LL << 30) - 1, 1LL << 30, -(1LL << 30), (1LL << 60), LLONG_MAX, LLONG_MIN,
                         LLONG_MAX - 1, LLONG_MIN + 1, 4294967295LL, -4294967296LL};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(edges); i++) {
        PyObject *v = PyLong_FromLongLong(edges[i]);
        CHECK(is_normalized(v));
        CHECK(PyLong_AsLongLong(v) == edges[i]);
        CHECK(PyLong_AsLong(v) == (long)edges[i]);
        CHECK(PyLong_AsSsize_t(v) == (Py_ssize_t)edges[i]);
        int overflow = 7;
        CHECK(PyLong_AsLongLongAndOverflow(v, &overflow) == edges[i] && overflow == 0);
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", edges[i]);
        CHECK(eq_str(v, buf));
        Py_DECREF(v);
    }
    PyObject *big = from_str("9223372036854775808"); /* LLONG_MAX + 1 */
    int overflow;
    CHECK(PyLong_AsLongLongAndOverflow(big, &overflow) == -1 && overflow == 1);
    CHECK(PyLong_AsLongLong(big) == -1 && PyErr_ExceptionMatches(PyExc_OverflowError));
    PyErr_Clear();
    CHECK(PyLong_AsUnsignedLongLong(big) == 9223372036854775808ULL);
    CHECK(PyLong_AsUnsignedLongLongMask(big) == 9223372036854775808ULL);
    Py_DECREF(big);
    PyObject *small = from_str("-9223372036854775809"); /* LLONG_MIN - 1 */
    CHECK(PyLong_AsLongLongAndOverflow(small, &overflow) == -1 && overflow == -1);
    CHECK(PyLong_AsUnsignedLongLongMask(small) == 9223372036854775807ULL);
    CHECK(PyLong_AsUnsignedLong(small) == (unsigned long)-1 && PyErr_ExceptionMatches(PyExc_OverflowError));
    PyErr_Clear();
    Py_DECREF(small);
    PyObject *umax = PyLong_FromUnsignedLongLong(ULLONG_MAX);
    CHECK(eq_str(umax, "18446744073709551615"));
    CHECK(PyLong_AsUnsignedLongLong(umax) == ULLONG_MAX);
    CHECK(PyLong_AsSize_t(umax) == SIZE_MAX);
    CHECK(PyLong_AsLongLongAndOverflow(umax, &overflow) == -1 && overflow == 1);
    CHECK(_PyLong_NumBits(umax) == 64);
    Py_DECREF(umax);
    PyObject *m1 = PyLong_FromLong(-1);
    CHECK(PyLong_AsUnsignedLongLongMask(m1) == ULLONG_MAX);
    CHECK(_PyLong_Sign(m1) == -1 && _PyLong_Sign(_PyLong_GetZero()) == 0);
    Py_DECREF(m1);
    /* doubles */
    double ds[] = {0.0, 1.0, -1.0, 1e18, -1e19, 9007199254740993.0, 1.7976931348623157e308, 123456789.75};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(ds); i++) {
        PyObject *v = PyLong_FromDouble(ds[i]);
        CHECK(v != NULL && is_normalized(v));
        CHECK(PyLong_AsDouble(v) == trunc(ds[i]));
        Py_XDECREF(v);
    }
    CHECK(PyLong_FromDouble(INFINITY) == NULL && PyErr_ExceptionMatches(PyExc_OverflowError));
    PyErr_Clear();
    CHECK(PyLong_FromDouble(NAN) == NULL && PyErr_ExceptionMatches(PyExc_ValueError));
    PyErr_Clear();
    /* 2**53 + 1 rounds to even, 2**1024 - 2**970 (a tie) overflows */
    PyObject *t = from_str("9007199254740993");
    CHECK(PyLong_AsDouble(t) == 9007199254740992.0);
    Py_DECREF(t);
    t = PyNumber_Subtract(PyNumber_Lshift(_PyLong_GetOne(), PyLong_FromLong(1024)),
                          PyNumber_Lshift(_PyLong_GetOne(), PyLong_FromLong(970)));
    CHECK(PyLong_AsDouble(t) == -1.0 && PyErr_ExceptionMatches(PyExc_OverflowError));
    PyErr_Clear();
    Py_DECREF(t);
    Py_ssize_t e;
    t = PyNumber_Lshift(PyLong_FromLong(3), PyLong_FromLong(2000));
    double m = _PyLong_Frexp((PyLongObject *)t, &e);
    CHECK(m == 0.75 && e == 2002);
    Py_DECREF(t);
}

static void
test_byte_arrays(void)
{
    unsigned char buf[16], out[16];
    /* round trips of every 2-byte signed value and some unsigned ones */
    for (long v = -32768; v < 32768; v += 257) {
        PyObject *o = PyLong_FromLong(v);
        CHECK(_PyLong_AsByteArray((PyLongObject *)o, buf, 2, 1, 1) == 0);
        PyObject *back = _PyLong_FromByteArray(buf, 2, 1, 1);
        CHECK(back != NULL && PyLong_AsLong(back) == v && is_normalized(back));
        CHECK(_PyLong_AsByteArray((PyLongObject *)o, out, 2, 0, 1) == 0);
        CHECK(out[0] == buf[1] && out[1] == buf[0]);
        Py_XDECREF(back);
        Py_DECREF(o);
    }
    PyObject *o = PyLong_FromLong(128);
    CHECK(_PyLong_AsByteArray((PyLongObject *)o, buf, 1, 0, 1) == -1 && PyErr_ExceptionMatches(PyExc_OverflowError));
    PyErr_Clear();
    CHECK(_PyLong_AsByteArray((PyLongObject *)o, buf, 1, 0, 0) == 0 && buf[0] == 0x80);
    Py_DECREF(o);
    o = PyLong_FromLong(-128);
    CHECK(_PyLong_AsByteArray((PyLongObject *)o, buf, 1, 0, 1) == 0 && buf[0] == 0x80);
    CHECK(_PyLong_AsByteArray((PyLongObject *)o, buf, 1, 0, 0) == -1);
    PyErr_Clear();
    Py_DECREF(o);
    /* 16 bytes of 0xff: -1 signed, 2**128-1 unsigned */
    memset(buf, 0xff, 16);
    o = _PyLong_FromByteArray(buf, 16, 1, 1);
    CHECK(PyLong_AsLong(o) == -1);
    Py_DECREF(o);
    o = _PyLong_FromByteArray(buf, 16, 1, 0);
    CHECK(eq_str(o, "340282366920938463463374607431768211455") && is_normalized(o));
    CHECK(_PyLong_AsByteArray((PyLongObject *)o, out, 16, 0, 0) == 0 && memcmp(out, buf, 16) == 0);
    CHECK(_PyLong_AsByteArray((PyLongObject *)o, out, 15, 0, 0) == -1);
    PyErr_Clear();
    Py_DECREF(o);
    /* leading zero bytes give a normalized result */
    memset(buf, 0, 16);
    buf[15] = 1;
    o = _PyLong_FromByteArray(buf, 16, 0, 1);
    CHECK(o == _PyLong_GetOne());
    Py_DECREF(o);
    o = _PyLong_FromByteArray(buf, 0, 0, 1);
    CHECK(o == _PyLong_GetZero());
    Py_DECREF(o);
}

static void
test_arithmetic_identities(void)
{
    /* (a*b) // b == a and (a*b) % b == 0 across the Karatsuba cutoff */
    PyObject *a = from_str("0x123456789abcdef0fedcba9876543210");
    for (int i = 0; i < 9; i++) {
        PyObject *sq = PyNumber_Multiply(a, a);
        PyObject *t = PyNumber_Add(sq, _PyLong_GetOne());
        Py_DECREF(sq);
        Py_SETREF(a, t); /* grows to thousands of digits */
    }
    CHECK(is_normalized(a) && Py_SIZE(a) > 300);
    PyObject *b = PyNumber_Add(a, PyLong_FromLong(12345));
    PyObject *prod = PyNumber_Multiply(a, b);
    PyObject *q = PyNumber_FloorDivide(prod, b);
    PyObject *r = PyNumber_Remainder(prod, b);
    CHECK(PyObject_RichCompareBool(q, a, Py_EQ) == 1);
    CHECK(r == _PyLong_GetZero());
    /* (a+b)^2 == a^2 + 2ab + b^2 */
    PyObject *s = PyNumber_Add(a, b);
    PyObject *lhs = PyNumber_Multiply(s, s);
    PyObject *a2 = PyNumber_Multiply(a, a), *b2 = PyNumber_Multiply(b, b);
    PyObject *ab2 = PyNumber_Lshift(prod, _PyLong_GetOne());
    PyObject *rhs = PyNumber_Add(a2, ab2);
    Py_SETREF(rhs, PyNumber_Add(rhs, b2));
    CHECK(PyObject_RichCompareBool(lhs, rhs, Py_EQ) == 1 && is_normalized(lhs));
    /* two's complement: x & ~x == 0, x | ~x == -1, x ^ -1 == ~x */
    PyObject *nx = PyNumber_Negative(a), *inv = PyNumber_Invert(nx);
    PyObject *and_ = PyNumber_And(nx, inv), *or_ = PyNumber_Or(nx, inv);
    CHECK(and_ == _PyLong_GetZero() && PyLong_AsLong(or_) == -1);
    /* floor semantics: q*b + r == a with 0 <= r < b for b > 0 */
    PyObject *div = PyNumber_Divmod(nx, PyLong_FromLong(1000000007));
    PyObject *dq = PyTuple_GET_ITEM(div, 0), *dr = PyTuple_GET_ITEM(div, 1);
    PyObject *back = PyNumber_Add(PyNumber_Multiply(dq, PyLong_FromLong(1000000007)), dr);
    CHECK(PyObject_RichCompareBool(back, nx, Py_EQ) == 1 && _PyLong_Sign(dr) >= 0);
    /* a has ~20000 decimal digits: over the 3.11 limit of 4300 */
    PyObject *str = PyObject_Str(a);
    CHECK(str == NULL && PyErr_ExceptionMatches(PyExc_ValueError));
    PyErr_Clear();
    /* decimal round trip of a value under the limit */
    PyObject *shift = PyLong_FromLong(60000);
    PyObject *mid = PyNumber_Rshift(a, shift);
    Py_DECREF(shift);
    str = PyObject_Str(mid);
    CHECK(str != NULL);
    PyObject *parsed = str ? PyLong_FromUnicodeObject(str, 10) : NULL;
    CHECK(parsed != NULL && PyObject_RichCompareBool(parsed, mid, Py_EQ) == 1 && is_normalized(parsed));
    Py_DECREF(mid);
    Py_XDECREF(parsed);
    Py_XDECREF(str);
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(prod); Py_DECREF(q); Py_DECREF(r); Py_DECREF(s);
    Py_DECREF(lhs); Py_DECREF(a2); Py_DECREF(b2); Py_DECREF(ab2); Py_DECREF(rhs);
    Py_DECREF(nx); Py_DECREF(inv); Py_DECREF(and_); Py_DECREF(or_); Py_DECREF(div); Py_DECREF(back);
}

static void
test_strtod(void)
{
    const char *reprs[] = {"0.1", "1e+16", "1.0", "1e-05", "5e-324", "1.7976931348623157e+308", "0.30000000000000004",
                           "123456789.0", "1e+22", "9007199254740992.0"};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(reprs); i++) {
        double d = PyOS_string_to_double(reprs[i], NULL, NULL);
        char *s = PyOS_double_to_string(d, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
        CHECK(s != NULL && strcmp(s, reprs[i]) == 0);
        PyMem_Free(s);
    }
    char *s = PyOS_double_to_string(-0.0, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    CHECK(strcmp(s, "-0.0") == 0);
    PyMem_Free(s);
    s = PyOS_double_to_string(2.5, 'f', 0, 0, NULL);
    CHECK(strcmp(s, "2") == 0);
    PyMem_Free(s);
    s = PyOS_double_to_string(-0.0001, 'f', 2, Py_DTSF_NO_NEG_0, NULL);
    CHECK(strcmp(s, "0.00") == 0);
    PyMem_Free(s);
    int type;
    s = PyOS_double_to_string(INFINITY, 'r', 0, Py_DTSF_SIGN, &type);
    CHECK(strcmp(s, "+inf") == 0 && type == Py_DTST_INFINITE);
    PyMem_Free(s);
    char *end;
    CHECK(PyOS_string_to_double("0x10", &end, NULL) == 0.0 && *end == 'x');
    CHECK(PyOS_string_to_double("1e500", NULL, PyExc_OverflowError) == -1.0 && PyErr_Occurred());
    PyErr_Clear();
    CHECK(isinf(_Py_parse_inf_or_nan("-Infinity", &end)) && *end == '\0');
}

/* the VM's exact-int helpers (kr_long.h) against the generic slots */
static void
test_compact_helpers(void)
{
    static const long vals[] = {0, 1, -1, 7, -7, 255, 256, 257, -5, -6, 12345, -99999,
                                (1L << 30) - 1, -((1L << 30) - 1)};
    int n = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            PyObject *a = PyLong_FromLong(vals[i]), *b = PyLong_FromLong(vals[j]);
            CHECK(_KrLong_BothCompact(a, b));
            PyObject *r1 = _KrLong_AddCompact(a, b), *r2 = PyNumber_Add(a, b);
            CHECK(r1 && r2 && PyObject_RichCompareBool(r1, r2, Py_EQ) == 1 && is_normalized(r1));
            Py_XDECREF(r1); Py_XDECREF(r2);
            r1 = _KrLong_SubCompact(a, b); r2 = PyNumber_Subtract(a, b);
            CHECK(r1 && r2 && PyObject_RichCompareBool(r1, r2, Py_EQ) == 1 && is_normalized(r1));
            Py_XDECREF(r1); Py_XDECREF(r2);
            r1 = _KrLong_MulCompact(a, b); r2 = PyNumber_Multiply(a, b);
            CHECK(r1 && r2 && PyObject_RichCompareBool(r1, r2, Py_EQ) == 1 && is_normalized(r1));
            Py_XDECREF(r1); Py_XDECREF(r2);
            if (vals[j] != 0) {
                r1 = _KrLong_FloorDivCompact(a, b); r2 = PyNumber_FloorDivide(a, b);
                CHECK(r1 && r2 && PyObject_RichCompareBool(r1, r2, Py_EQ) == 1);
                Py_XDECREF(r1); Py_XDECREF(r2);
                r1 = _KrLong_ModCompact(a, b); r2 = PyNumber_Remainder(a, b);
                CHECK(r1 && r2 && PyObject_RichCompareBool(r1, r2, Py_EQ) == 1);
                Py_XDECREF(r1); Py_XDECREF(r2);
            }
            else {
                CHECK(_KrLong_FloorDivCompact(a, b) == NULL && PyErr_ExceptionMatches(PyExc_ZeroDivisionError));
                PyErr_Clear();
                CHECK(_KrLong_ModCompact(a, b) == NULL && PyErr_ExceptionMatches(PyExc_ZeroDivisionError));
                PyErr_Clear();
            }
            for (int op = Py_LT; op <= Py_GE; op++)
                CHECK(_KrLong_CompareCompact(a, b, op) == PyObject_RichCompareBool(a, b, op));
            Py_DECREF(a);
            Py_DECREF(b);
        }
    }
    /* small results are the cached objects */
    PyObject *a = PyLong_FromLong(300), *b = PyLong_FromLong(100);
    PyObject *r = _KrLong_SubCompact(a, b);
    CHECK(r == _PyLong_GetSmall(200));
    Py_DECREF(r);
    r = _KrLong_FromInt64((int64_t)1 << 40);
    CHECK(r && eq_str(r, "1099511627776") && is_normalized(r));
    Py_XDECREF(r);
    r = _KrLong_FromInt64(INT64_MIN);
    CHECK(r && eq_str(r, "-9223372036854775808") && is_normalized(r));
    Py_XDECREF(r);
    Py_DECREF(a);
    Py_DECREF(b);
}

int
main(void)
{
    Py_InitializeEx(0);
    test_small_ints();
    test_normalization();
    test_c_conversions();
    test_byte_arrays();
    test_arithmetic_identities();
    test_strtod();
    test_compact_helpers();
    if (PyErr_Occurred()) {
        printf("FAIL: exception left set\n");
        failures++;
    }
    if (failures)
        printf("%d failures\n", failures);
    return failures != 0;
}
