/* The math module.
 *
 * Most functions are the C library's, wrapped by math_1/math_2, which
 * turn IEEE special results into CPython's exceptions: a NaN from a
 * non-NaN argument is a domain error (ValueError "math domain error"); an
 * infinity from finite arguments is a range error (OverflowError "math
 * range error") for functions that can overflow (exp, cosh, ...) and a
 * domain error for the rest (log(0), atanh(1)); underflow is silent.
 *
 * The integer functions (factorial, comb, perm, gcd, lcm, isqrt) work on
 * ints of any size: factorial and the falling products use binary
 * splitting so the multiplications stay balanced (and Karatsuba pays
 * off); isqrt is Newton's iteration started above the root.
 *
 * fsum is Shewchuk's exact summation: a list of non-overlapping partial
 * sums is kept, each new value is added with error-free two-sums, and the
 * final rounding is corrected for the half-way case.  hypot and dist
 * scale by a power of two, accumulate squares in double-double and finish
 * with one correction step, which rounds correctly in all but freak cases.
 */
#include "Python.h"
#include <float.h>

#define NB(slot) (PyLong_Type.tp_as_number->slot)

static PyObject *math_error(int overflow)
{
    if (overflow)
        PyErr_SetString(PyExc_OverflowError, "math range error");
    else
        PyErr_SetString(PyExc_ValueError, "math domain error");
    return NULL;
}

static int get_double(PyObject *arg, double *x)
{
    if (PyFloat_CheckExact(arg)) {
        *x = PyFloat_AS_DOUBLE(arg);
        return 0;
    }
    *x = PyFloat_AsDouble(arg);
    return (*x == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

/* One-argument libm wrapper; can_overflow picks the error for inf. */
static PyObject *math_1(PyObject *arg, double (*func)(double), int can_overflow)
{
    double x, r;
    if (get_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    r = func(x);
    if (isnan(r) && !isnan(x))
        return math_error(0);
    if (isinf(r) && isfinite(x))
        return math_error(can_overflow);
    return PyFloat_FromDouble(r);
}

#define FUNC1(name, func, can_overflow, doc) \
    static PyObject *math_##name(PyObject *self, PyObject *arg) { return math_1(arg, func, can_overflow); }

FUNC1(acos, acos, 0, "")
FUNC1(acosh, acosh, 0, "")
FUNC1(asin, asin, 0, "")
FUNC1(asinh, asinh, 0, "")
FUNC1(atan, atan, 0, "")
FUNC1(atanh, atanh, 0, "")
FUNC1(cbrt, cbrt, 0, "")
FUNC1(cos, cos, 0, "")
FUNC1(cosh, cosh, 1, "")
FUNC1(erf, erf, 0, "")
FUNC1(erfc, erfc, 0, "")
FUNC1(exp, exp, 1, "")
FUNC1(exp2, exp2, 1, "")
FUNC1(expm1, expm1, 1, "")
FUNC1(fabs, fabs, 0, "")
FUNC1(sin, sin, 0, "")
FUNC1(sinh, sinh, 1, "")
FUNC1(sqrt, sqrt, 0, "")
FUNC1(tan, tan, 0, "")
FUNC1(tanh, tanh, 0, "")

/* gamma and lgamma are computed here, not by the C library, so that
 * every platform returns the same bits as CPython: a Lanczos
 * approximation with N = 13 terms and g = 6.024680040776729583740234375
 * (the parameters Boost.Math uses for double precision), written as a
 * ratio of two polynomials so that the sum is evaluated without
 * cancellation.  Integral arguments up to 23 are factorials, exact (23!
 * is rounded once). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the coefficients of x(x+1)...(x+11), constant term first */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
#define GAMMA_EXACT_MAX 23

/* Horner in x for small x; in 1/x for large x, where x**12 could overflow. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    }
    else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi*x) for finite x, reduced first so that integers give exact zeros */
static double sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_gamma(double x)
{
    if (!isfinite(x))
        return isnan(x) || x > 0.0 ? x : NAN;
    if (x == floor(x)) {
        if (x <= 0.0)
            return NAN; /* poles at zero and the negative integers */
        if (x <= GAMMA_EXACT_MAX) {
            double r = 1.0;
            for (int k = 2; k < (int)x; k++)
                r *= k;
            return r;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return 1.0 / x;
    if (ax > 200.0)
        return x < 0.0 ? 0.0 / sin_pi(x) : INFINITY;
    /* z corrects for the rounding error in y = ax + g - 1/2 */
    double y = ax + lanczos_g_minus_half, q, z;
    if (ax > lanczos_g_minus_half) {
        q = y - ax;
        z = q - lanczos_g_minus_half;
    }
    else {
        q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        /* reflection: gamma(x) * gamma(1-x) = pi / sin(pi x) */
        r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0)
            r /= pow(y, ax - 0.5);
        else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    }
    else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0)
            r *= pow(y, ax - 0.5);
        else {
            /* y**(ax-1/2) alone would overflow before the product does */
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0)
        return x <= 0.0 ? INFINITY : 0.0; /* a pole, or log(1) */
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1.0);
    if (x < 0.0) {
        static const double log_pi = 1.144729885849400174143427351353058711647;
        r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    return r;
}

static PyObject *math_gamma(PyObject *self, PyObject *arg) { return math_1(arg, m_gamma, 1); }

static PyObject *math_lgamma(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isfinite(x) && x <= 0.0 && x == floor(x))
        return math_error(0);
    return math_1(arg, m_lgamma, 1);
}

static int check_nargs(const char *name, Py_ssize_t nargs, Py_ssize_t n)
{
    if (nargs != n) {
        PyErr_Format(PyExc_TypeError, "%s expected %zd arguments, got %zd", name, n, nargs);
        return -1;
    }
    return 0;
}

/* Two-argument wrapper with the same error rules. */
static PyObject *math_2(PyObject *const *args, Py_ssize_t nargs, double (*func)(double, double),
                        const char *name, int can_overflow)
{
    double x, y, r;
    if (check_nargs(name, nargs, 2) < 0)
        return NULL;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0)
        return NULL;
    errno = 0;
    r = func(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return math_error(0);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return math_error(can_overflow);
    return PyFloat_FromDouble(r);
}

static double m_fmod(double x, double y)
{
    if (isinf(y) && isfinite(x))
        return x;
    return fmod(x, y);
}

static double m_remainder(double x, double y)
{
    if (isinf(y) && isfinite(x))
        return x;
    return remainder(x, y);
}

static PyObject *math_atan2(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return math_2(args, nargs, atan2, "atan2", 0);
}
static PyObject *math_copysign(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return math_2(args, nargs, copysign, "copysign", 0);
}
static PyObject *math_fmod(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return math_2(args, nargs, m_fmod, "fmod", 0);
}
static PyObject *math_remainder(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return math_2(args, nargs, m_remainder, "remainder", 0);
}
static PyObject *math_nextafter(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    double x, y;
    if (check_nargs("nextafter", nargs, 2) < 0)
        return NULL;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0)
        return NULL;
    return PyFloat_FromDouble(nextafter(x, y));
}

static PyObject *math_pow(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    double x, y, r;
    if (check_nargs("pow", nargs, 2) < 0)
        return NULL;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0)
        return NULL;
    r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r))
            return math_error(0);
        if (isinf(r))
            return math_error(x != 0.0);
    }
    return PyFloat_FromDouble(r);
}

static PyObject *math_ulp(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return PyFloat_FromDouble(x);
    x = fabs(x);
    if (isinf(x))
        return PyFloat_FromDouble(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return PyFloat_FromDouble(x - x2);
    }
    return PyFloat_FromDouble(x2 - x);
}

static PyObject *math_degrees(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyFloat_FromDouble(x * (180.0 / M_PI));
}

static PyObject *math_radians(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyFloat_FromDouble(x * (M_PI / 180.0));
}

static PyObject *math_isfinite(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyBool_FromLong(isfinite(x));
}

static PyObject *math_isinf(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyBool_FromLong(isinf(x));
}

static PyObject *math_isnan(PyObject *self, PyObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyBool_FromLong(isnan(x));
}

static PyObject *math_frexp(PyObject *self, PyObject *arg)
{
    double x;
    int e = 0;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return Py_BuildValue("(di)", x, e);
}

static PyObject *math_ldexp(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    double x, r;
    if (check_nargs("ldexp", nargs, 2) < 0)
        return NULL;
    if (get_double(args[0], &x) < 0)
        return NULL;
    if (!PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int overflow;
    long exp = PyLong_AsLongAndOverflow(args[1], &overflow);
    if (exp == -1 && PyErr_Occurred())
        return NULL;
    if (overflow)
        exp = overflow < 0 ? LONG_MIN : LONG_MAX;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (exp > INT_MAX)
        return math_error(1);
    else if (exp < INT_MIN)
        r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)exp);
        if (isinf(r))
            return math_error(1);
    }
    return PyFloat_FromDouble(r);
}

static PyObject *math_modf(PyObject *self, PyObject *arg)
{
    double x, ip;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isinf(x))
        return Py_BuildValue("(dd)", copysign(0.0, x), x);
    x = modf(x, &ip);
    return Py_BuildValue("(dd)", x, ip);
}

/* ====================================================================
 * floor, ceil, trunc
 * ==================================================================== */

static PyObject *call_special(PyObject *arg, const char *name, int *found)
{
    PyObject *meth = _PyObject_LookupSpecial(arg, _PyUnicode_FromId(name));
    *found = meth != NULL || PyErr_Occurred();
    if (meth == NULL)
        return NULL;
    PyObject *res = PyObject_CallNoArgs(meth);
    Py_DECREF(meth);
    return res;
}

static PyObject *math_floor(PyObject *self, PyObject *arg)
{
    if (PyFloat_CheckExact(arg))
        return PyLong_FromDouble(floor(PyFloat_AS_DOUBLE(arg)));
    int found;
    PyObject *r = call_special(arg, "__floor__", &found);
    if (found)
        return r;
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyLong_FromDouble(floor(x));
}

static PyObject *math_ceil(PyObject *self, PyObject *arg)
{
    if (PyFloat_CheckExact(arg))
        return PyLong_FromDouble(ceil(PyFloat_AS_DOUBLE(arg)));
    int found;
    PyObject *r = call_special(arg, "__ceil__", &found);
    if (found)
        return r;
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return PyLong_FromDouble(ceil(x));
}

static PyObject *math_trunc(PyObject *self, PyObject *arg)
{
    if (PyFloat_CheckExact(arg))
        return PyLong_FromDouble(trunc(PyFloat_AS_DOUBLE(arg)));
    int found;
    PyObject *r = call_special(arg, "__trunc__", &found);
    if (found)
        return r;
    PyErr_Format(PyExc_TypeError, "type %.100s doesn't define __trunc__ method", Py_TYPE(arg)->tp_name);
    return NULL;
}

/* ====================================================================
 * Logarithms (ints of any size)
 * ==================================================================== */

static double m_log(double x)
{
    if (isfinite(x) && x <= 0.0)
        return x == 0.0 ? -INFINITY : NAN;
    return log(x);
}

static double m_log2(double x)
{
    if (isfinite(x) && x <= 0.0)
        return x == 0.0 ? -INFINITY : NAN;
    return log2(x);
}

static double m_log10(double x)
{
    if (isfinite(x) && x <= 0.0)
        return x == 0.0 ? -INFINITY : NAN;
    return log10(x);
}

/* func(arg) where arg may be an int too large for a double */
static PyObject *loghelper(PyObject *arg, double (*func)(double))
{
    if (PyLong_Check(arg)) {
        if (_PyLong_Sign(arg) <= 0)
            return math_error(0);
        double x = PyLong_AsDouble(arg);
        if (x == -1.0 && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_OverflowError))
                return NULL;
            PyErr_Clear();
            Py_ssize_t e;
            x = _PyLong_Frexp((PyLongObject *)arg, &e);
            /* log(m * 2**e) = log(m) + e * log(2) */
            return PyFloat_FromDouble(func(x) + func(2.0) * (double)e);
        }
        return math_1(arg, func, 0);
    }
    return math_1(arg, func, 0);
}

static PyObject *math_log(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        PyErr_SetString(PyExc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    PyObject *num = loghelper(args[0], m_log);
    if (num == NULL || nargs == 1)
        return num;
    PyObject *den = loghelper(args[1], m_log);
    if (den == NULL) {
        Py_DECREF(num);
        return NULL;
    }
    PyObject *r = PyFloat_Type.tp_as_number->nb_true_divide(num, den);
    Py_DECREF(num);
    Py_DECREF(den);
    return r;
}

static PyObject *math_log2(PyObject *self, PyObject *arg)
{
    if (PyLong_Check(arg) && _PyLong_Sign(arg) > 0) {
        double x = PyLong_AsDouble(arg);
        if (x == -1.0 && PyErr_Occurred()) {
            PyErr_Clear();
            Py_ssize_t e;
            x = _PyLong_Frexp((PyLongObject *)arg, &e);
            return PyFloat_FromDouble(log2(x) + (double)e);
        }
    }
    return loghelper(arg, m_log2);
}

static PyObject *math_log10(PyObject *self, PyObject *arg) { return loghelper(arg, m_log10); }

static double m_log1p(double x)
{
    if (x == -1.0)
        return -INFINITY;
    return log1p(x);
}

static PyObject *math_log1p(PyObject *self, PyObject *arg) { return math_1(arg, m_log1p, 0); }

/* ====================================================================
 * Integer functions
 * ==================================================================== */

static PyObject *math_gcd(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 0)
        return PyLong_FromLong(0);
    PyObject *res = PyNumber_Index(args[0]);
    if (res == NULL)
        return NULL;
    if (nargs == 1) {
        Py_SETREF(res, NB(nb_absolute)(res));
        return res;
    }
    for (Py_ssize_t i = 1; i < nargs; i++) {
        PyObject *x = PyNumber_Index(args[i]);
        if (x == NULL) {
            Py_DECREF(res);
            return NULL;
        }
        if (res == _PyLong_GetOne()) {
            Py_DECREF(x);
            continue; /* still check the other arguments are ints */
        }
        Py_SETREF(res, _PyLong_GCD(res, x));
        Py_DECREF(x);
        if (res == NULL)
            return NULL;
    }
    return res;
}

static PyObject *long_lcm(PyObject *a, PyObject *b)
{
    if (_PyLong_Sign(a) == 0 || _PyLong_Sign(b) == 0)
        return PyLong_FromLong(0);
    PyObject *g = _PyLong_GCD(a, b), *q, *ab;
    if (g == NULL)
        return NULL;
    q = NB(nb_floor_divide)(a, g);
    Py_DECREF(g);
    if (q == NULL)
        return NULL;
    ab = NB(nb_multiply)(q, b);
    Py_DECREF(q);
    if (ab == NULL)
        return NULL;
    Py_SETREF(ab, NB(nb_absolute)(ab));
    return ab;
}

static PyObject *math_lcm(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 0)
        return PyLong_FromLong(1);
    PyObject *res = PyNumber_Index(args[0]);
    if (res == NULL)
        return NULL;
    if (nargs == 1) {
        Py_SETREF(res, NB(nb_absolute)(res));
        return res;
    }
    for (Py_ssize_t i = 1; i < nargs; i++) {
        PyObject *x = PyNumber_Index(args[i]);
        if (x == NULL) {
            Py_DECREF(res);
            return NULL;
        }
        if (res == _PyLong_GetZero()) {
            Py_DECREF(x);
            continue;
        }
        Py_SETREF(res, long_lcm(res, x));
        Py_DECREF(x);
        if (res == NULL)
            return NULL;
    }
    return res;
}

/* product of the integers lo..hi (inclusive), split in halves */
static PyObject *range_product(uint64_t lo, uint64_t hi)
{
    if (lo > hi)
        return PyLong_FromLong(1);
    if (hi - lo < 8) {
        /* small runs: multiply in C while it fits */
        PyObject *acc = PyLong_FromLong(1);
        unsigned __int128 part = 1;
        for (uint64_t k = lo; k <= hi && acc; k++) {
            if (part * k >> 63) {
                PyObject *p = PyLong_FromUnsignedLongLong((unsigned long long)part);
                if (p == NULL) {
                    Py_DECREF(acc);
                    return NULL;
                }
                Py_SETREF(acc, NB(nb_multiply)(acc, p));
                Py_DECREF(p);
                part = 1;
            }
            part *= k;
        }
        if (acc == NULL)
            return NULL;
        PyObject *p = PyLong_FromUnsignedLongLong((unsigned long long)part);
        if (p == NULL) {
            Py_DECREF(acc);
            return NULL;
        }
        Py_SETREF(acc, NB(nb_multiply)(acc, p));
        Py_DECREF(p);
        return acc;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    PyObject *a = range_product(lo, mid);
    if (a == NULL)
        return NULL;
    PyObject *b = range_product(mid + 1, hi);
    if (b == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    PyObject *r = NB(nb_multiply)(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
}

static PyObject *math_factorial(PyObject *self, PyObject *arg)
{
    int overflow;
    PyObject *n = PyNumber_Index(arg);
    if (n == NULL)
        return NULL;
    long x = PyLong_AsLongAndOverflow(n, &overflow);
    Py_DECREF(n);
    if (x == -1 && PyErr_Occurred())
        return NULL;
    if (overflow > 0) {
        PyErr_Format(PyExc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
        return NULL;
    }
    if (overflow < 0 || x < 0) {
        PyErr_SetString(PyExc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    return range_product(1, (uint64_t)x);
}

/* (n, k) as ints with the checks perm and comb share; 1 = k > n (answer 0) */
static int get_nk(PyObject *on, PyObject *ok, PyObject **pn, PyObject **pk)
{
    *pn = PyNumber_Index(on);
    if (*pn == NULL)
        return -1;
    *pk = PyNumber_Index(ok);
    if (*pk == NULL) {
        Py_CLEAR(*pn);
        return -1;
    }
    if (_PyLong_Sign(*pn) < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be a non-negative integer");
        goto error;
    }
    if (_PyLong_Sign(*pk) < 0) {
        PyErr_SetString(PyExc_ValueError, "k must be a non-negative integer");
        goto error;
    }
    return 0;
error:
    Py_CLEAR(*pn);
    Py_CLEAR(*pk);
    return -1;
}

/* n * (n-1) * ... * (n-k+1) for int n and small k, split in halves */
static PyObject *falling_product(PyObject *n, uint64_t k)
{
    if (k == 0)
        return PyLong_FromLong(1);
    if (k == 1)
        return Py_NewRef(n);
    uint64_t j = k / 2;
    PyObject *a = falling_product(n, j), *b = NULL, *n2 = NULL, *jj = NULL, *r = NULL;
    if (a == NULL)
        return NULL;
    jj = PyLong_FromUnsignedLongLong(j);
    if (jj == NULL)
        goto done;
    n2 = NB(nb_subtract)(n, jj);
    if (n2 == NULL)
        goto done;
    b = falling_product(n2, k - j);
    if (b == NULL)
        goto done;
    r = NB(nb_multiply)(a, b);
done:
    Py_XDECREF(a); Py_XDECREF(b); Py_XDECREF(n2); Py_XDECREF(jj);
    return r;
}

static PyObject *perm_comb(PyObject *on, PyObject *ok, int comb)
{
    PyObject *n, *k, *r = NULL;
    if (get_nk(on, ok, &n, &k) < 0)
        return NULL;
    PyObject *gt = NB(nb_subtract)(n, k);
    if (gt == NULL)
        goto done;
    if (_PyLong_Sign(gt) < 0) {
        Py_DECREF(gt);
        r = PyLong_FromLong(0);
        goto done;
    }
    if (comb) {
        /* use the smaller of k and n-k */
        PyObject *lt = PyLong_Type.tp_richcompare(gt, k, Py_LT);
        if (lt == NULL) {
            Py_DECREF(gt);
            goto done;
        }
        if (lt == Py_True)
            Py_SETREF(k, Py_NewRef(gt));
        Py_DECREF(lt);
    }
    Py_DECREF(gt);
    int overflow;
    long long kk = PyLong_AsLongLongAndOverflow(k, &overflow);
    if (overflow) {
        PyErr_Format(PyExc_OverflowError, "%s must not exceed %lld", "k", LLONG_MAX);
        goto done;
    }
    r = falling_product(n, (uint64_t)kk);
    if (r != NULL && comb) {
        PyObject *f = range_product(1, (uint64_t)kk);
        if (f == NULL)
            Py_CLEAR(r);
        else {
            Py_SETREF(r, NB(nb_floor_divide)(r, f));
            Py_DECREF(f);
        }
    }
done:
    Py_DECREF(n);
    Py_DECREF(k);
    return r;
}

static PyObject *math_comb(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (check_nargs("comb", nargs, 2) < 0)
        return NULL;
    return perm_comb(args[0], args[1], 1);
}

static PyObject *math_perm(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        PyErr_Format(PyExc_TypeError, "perm expected at most 2 arguments, got %zd", nargs);
        if (nargs < 1)
            PyErr_Format(PyExc_TypeError, "perm expected at least 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 1 || args[1] == Py_None)
        return math_factorial(self, args[0]); /* its errors too, as in CPython */
    return perm_comb(args[0], args[1], 0);
}

static PyObject *math_isqrt(PyObject *self, PyObject *arg)
{
    PyObject *n = PyNumber_Index(arg), *x = NULL, *y = NULL, *t = NULL;
    if (n == NULL)
        return NULL;
    if (_PyLong_Sign(n) < 0) {
        PyErr_SetString(PyExc_ValueError, "isqrt() argument must be nonnegative");
        goto error;
    }
    if (_PyLong_Sign(n) == 0) {
        Py_DECREF(n);
        return PyLong_FromLong(0);
    }
    size_t bits = _PyLong_NumBits(n);
    if (bits <= 52) {
        uint64_t v = (uint64_t)PyLong_AsLongLong(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v)
            r--;
        while ((r + 1) * (r + 1) <= v)
            r++;
        Py_DECREF(n);
        return PyLong_FromUnsignedLongLong(r);
    }
    /* Newton from above: x0 = 2**ceil(bits/2) >= sqrt(n); stop when it stops falling */
    PyObject *one = PyLong_FromLong(1);
    x = _PyLong_Lshift(one, (bits + 1) / 2);
    Py_DECREF(one);
    if (x == NULL)
        goto error;
    for (;;) {
        t = NB(nb_floor_divide)(n, x);
        if (t == NULL)
            goto error;
        y = NB(nb_add)(x, t);
        Py_CLEAR(t);
        if (y == NULL)
            goto error;
        Py_SETREF(y, _PyLong_Rshift(y, 1));
        if (y == NULL)
            goto error;
        PyObject *ge = PyLong_Type.tp_richcompare(y, x, Py_GE);
        if (ge == NULL)
            goto error;
        int stop = ge == Py_True;
        Py_DECREF(ge);
        if (stop)
            break;
        Py_SETREF(x, y);
        y = NULL;
    }
    Py_DECREF(y);
    Py_DECREF(n);
    return x;
error:
    Py_XDECREF(x);
    Py_XDECREF(y);
    Py_DECREF(n);
    return NULL;
}

/* ====================================================================
 * fsum, prod, hypot, dist, isclose
 * ==================================================================== */

static PyObject *math_fsum(PyObject *self, PyObject *seq)
{
    PyObject *iter = PyObject_GetIter(seq), *item;
    if (iter == NULL)
        return NULL;
    double small[32], *p = small;
    Py_ssize_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    PyObject *result = NULL;
    while ((item = PyIter_Next(iter)) != NULL) {
        double x;
        int r = get_double(item, &x);
        Py_DECREF(item);
        if (r < 0)
            goto done;
        double xsave = x;
        Py_ssize_t i = 0;
        for (Py_ssize_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an overflow of finite values, or an inf/nan input */
                if (isfinite(xsave)) {
                    PyErr_SetString(PyExc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            }
            else {
                if (n >= cap) {
                    double *np = PyMem_Malloc(2 * (size_t)cap * sizeof(double));
                    if (np == NULL) {
                        PyErr_NoMemory();
                        goto done;
                    }
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != small)
                        PyMem_Free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (PyErr_Occurred())
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            PyErr_SetString(PyExc_ValueError, "-inf + inf in fsum");
        else
            result = PyFloat_FromDouble(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        /* sum from the top while the partials stay exact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* half-way case: the next partial decides the rounding direction */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = PyFloat_FromDouble(hi);
done:
    if (p != small)
        PyMem_Free(p);
    Py_DECREF(iter);
    return result;
}

static PyObject *math_prod(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *start = NULL;
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs != 1) {
        PyErr_Format(PyExc_TypeError, "prod() takes exactly 1 positional argument (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *k = PyTuple_GET_ITEM(kwnames, i);
        if (!_PyUnicode_EqualToASCIIString(k, "start")) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for prod()", k);
            return NULL;
        }
        start = args[nargs + i];
    }
    PyObject *iter = PyObject_GetIter(args[0]), *item;
    if (iter == NULL)
        return NULL;
    PyObject *result = start ? Py_NewRef(start) : PyLong_FromLong(1);
    while (result && (item = PyIter_Next(iter)) != NULL) {
        Py_SETREF(result, PyNumber_Multiply(result, item));
        Py_DECREF(item);
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        Py_CLEAR(result);
    return result;
}

/* sqrt(sum(x*x for x in v)), with |v[i]| <= max, all finite */
static double vector_norm(Py_ssize_t n, double *vec, double max, int found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* subnormal max: scale up first so squares don't underflow */
        for (Py_ssize_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    /* double-double accumulation of the squares */
    double hi = 0.0, lo = 0.0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        double sq = x * x, sq_lo = fma(x, x, -sq);
        double s = hi + sq, bp = s - hi;
        double err = (hi - (s - bp)) + (sq - bp);
        hi = s;
        lo += err + sq_lo;
    }
    double total = hi + lo;
    double total_lo = lo - (total - hi);
    double h = sqrt(total);
    /* one Newton correction with the exact residual total - h*h */
    double hsq_lo = fma(h, h, -h * h);
    double residual = (total - h * h) - hsq_lo + total_lo;
    h += residual / (2.0 * h);
    return h / scale;
}

static PyObject *math_hypot(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    double small[16], *vec = nargs > 16 ? PyMem_Malloc((size_t)nargs * sizeof(double)) : small;
    double max = 0.0;
    int found_nan = 0;
    if (vec == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < nargs; i++) {
        double x;
        if (get_double(args[i], &x) < 0) {
            if (vec != small)
                PyMem_Free(vec);
            return NULL;
        }
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(nargs, vec, max, found_nan);
    if (vec != small)
        PyMem_Free(vec);
    return PyFloat_FromDouble(r);
}

static PyObject *math_dist(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (check_nargs("dist", nargs, 2) < 0)
        return NULL;
    PyObject *p = PySequence_Tuple(args[0]), *q = NULL, *res = NULL;
    double small[16], *vec = small;
    if (p == NULL)
        return NULL;
    q = PySequence_Tuple(args[1]);
    if (q == NULL)
        goto done;
    Py_ssize_t n = PyTuple_GET_SIZE(p);
    if (n != PyTuple_GET_SIZE(q)) {
        PyErr_SetString(PyExc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && (vec = PyMem_Malloc((size_t)n * sizeof(double))) == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double px, qx;
        if (get_double(PyTuple_GET_ITEM(p, i), &px) < 0 || get_double(PyTuple_GET_ITEM(q, i), &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = PyFloat_FromDouble(vector_norm(n, vec, max, found_nan));
done:
    if (vec != small)
        PyMem_Free(vec);
    Py_XDECREF(p);
    Py_XDECREF(q);
    return res;
}

static PyObject *math_isclose(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static _PyArg_Parser parser = {"dd|$dd:isclose", kwlist, 0};
    double a, b, rel_tol = 1e-9, abs_tol = 0.0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &a, &b, &rel_tol, &abs_tol))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        PyErr_SetString(PyExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        Py_RETURN_TRUE;
    if (isinf(a) || isinf(b))
        Py_RETURN_FALSE;
    double diff = fabs(b - a);
    return PyBool_FromLong((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || diff <= abs_tol);
}

/* ====================================================================
 * The module
 * ==================================================================== */

#define M1(name, doc) {#name, math_##name, METH_O, doc}
#define MF(name, doc) {#name, _PyCFunction_CAST(math_##name), METH_FASTCALL, doc}
#define MK(name, doc) {#name, _PyCFunction_CAST(math_##name), METH_FASTCALL | METH_KEYWORDS, doc}

static PyMethodDef math_methods[] = {
    M1(acos, "acos($module, x, /)\n--\n\n" "Return the arc cosine (measured in radians) of x."),
    M1(acosh, "acosh($module, x, /)\n--\n\n" "Return the inverse hyperbolic cosine of x."),
    M1(asin, "asin($module, x, /)\n--\n\n" "Return the arc sine (measured in radians) of x."),
    M1(asinh, "asinh($module, x, /)\n--\n\n" "Return the inverse hyperbolic sine of x."),
    M1(atan, "atan($module, x, /)\n--\n\n" "Return the arc tangent (measured in radians) of x."),
    MF(atan2, "atan2($module, y, x, /)\n--\n\n" "Return the arc tangent (measured in radians) of y/x."),
    M1(atanh, "atanh($module, x, /)\n--\n\n" "Return the inverse hyperbolic tangent of x."),
    M1(cbrt, "cbrt($module, x, /)\n--\n\n" "Return the cube root of x."),
    M1(ceil, "ceil($module, x, /)\n--\n\n" "Return the ceiling of x as an Integral."),
    MF(comb, "comb($module, n, k, /)\n--\n\n" "Number of ways to choose k items from n items without repetition and without order."),
    MF(copysign, "copysign($module, x, y, /)\n--\n\n" "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M1(cos, "cos($module, x, /)\n--\n\n" "Return the cosine of x (measured in radians)."),
    M1(cosh, "cosh($module, x, /)\n--\n\n" "Return the hyperbolic cosine of x."),
    M1(degrees, "degrees($module, x, /)\n--\n\n" "Convert angle x from radians to degrees."),
    MF(dist, "dist($module, p, q, /)\n--\n\n" "Return the Euclidean distance between two points p and q."),
    M1(erf, "erf($module, x, /)\n--\n\n" "Error function at x."),
    M1(erfc, "erfc($module, x, /)\n--\n\n" "Complementary error function at x."),
    M1(exp, "exp($module, x, /)\n--\n\n" "Return e raised to the power of x."),
    M1(exp2, "exp2($module, x, /)\n--\n\n" "Return 2 raised to the power of x."),
    M1(expm1, "expm1($module, x, /)\n--\n\n" "Return exp(x)-1."),
    M1(fabs, "fabs($module, x, /)\n--\n\n" "Return the absolute value of the float x."),
    M1(factorial, "factorial($module, n, /)\n--\n\n" "Find x!."),
    M1(floor, "floor($module, x, /)\n--\n\n" "Return the floor of x as an Integral."),
    MF(fmod, "fmod($module, x, y, /)\n--\n\n" "Return fmod(x, y), according to platform C."),
    M1(frexp, "frexp($module, x, /)\n--\n\n" "Return the mantissa and exponent of x, as pair (m, e)."),
    M1(fsum, "fsum($module, seq, /)\n--\n\n" "Return an accurate floating point sum of values in the iterable seq."),
    M1(gamma, "gamma($module, x, /)\n--\n\n" "Gamma function at x."),
    MF(gcd, "gcd($module, *integers)\n--\n\n" "Greatest Common Divisor."),
    MF(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    MK(isclose, "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\n" "Determine whether two floating point numbers are close in value."),
    M1(isfinite, "isfinite($module, x, /)\n--\n\n" "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M1(isinf, "isinf($module, x, /)\n--\n\n" "Return True if x is a positive or negative infinity, and False otherwise."),
    M1(isnan, "isnan($module, x, /)\n--\n\n" "Return True if x is a NaN (not a number), and False otherwise."),
    M1(isqrt, "isqrt($module, n, /)\n--\n\n" "Return the integer part of the square root of the input."),
    MF(lcm, "lcm($module, *integers)\n--\n\n" "Least Common Multiple."),
    MF(ldexp, "ldexp($module, x, i, /)\n--\n\n" "Return x * (2**i)."),
    M1(lgamma, "lgamma($module, x, /)\n--\n\n" "Natural logarithm of absolute value of Gamma function at x."),
    MF(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    M1(log10, "log10($module, x, /)\n--\n\n" "Return the base 10 logarithm of x."),
    M1(log1p, "log1p($module, x, /)\n--\n\n" "Return the natural logarithm of 1+x (base e)."),
    M1(log2, "log2($module, x, /)\n--\n\n" "Return the base 2 logarithm of x."),
    M1(modf, "modf($module, x, /)\n--\n\n" "Return the fractional and integer parts of x."),
    MF(nextafter, "nextafter($module, x, y, /)\n--\n\n" "Return the next floating-point value after x towards y."),
    MF(perm, "perm($module, n, k=None, /)\n--\n\n" "Number of ways to choose k items from n items without repetition and with order."),
    MF(pow, "pow($module, x, y, /)\n--\n\n" "Return x**y (x to the power of y)."),
    MK(prod, "prod($module, iterable, /, *, start=1)\n--\n\n" "Calculate the product of all the elements in the input iterable."),
    M1(radians, "radians($module, x, /)\n--\n\n" "Convert angle x from degrees to radians."),
    MF(remainder, "remainder($module, x, y, /)\n--\n\n" "Difference between x and the closest integer multiple of y."),
    M1(sin, "sin($module, x, /)\n--\n\n" "Return the sine of x (measured in radians)."),
    M1(sinh, "sinh($module, x, /)\n--\n\n" "Return the hyperbolic sine of x."),
    M1(sqrt, "sqrt($module, x, /)\n--\n\n" "Return the square root of x."),
    M1(tan, "tan($module, x, /)\n--\n\n" "Return the tangent of x (measured in radians)."),
    M1(tanh, "tanh($module, x, /)\n--\n\n" "Return the hyperbolic tangent of x."),
    M1(trunc, "trunc($module, x, /)\n--\n\n" "Truncates the Real x to the nearest Integral toward 0."),
    M1(ulp, "ulp($module, x, /)\n--\n\n" "Return the value of the least significant bit of the float x."),
    {NULL, NULL, 0, NULL}
};

static PyModuleDef math_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "math",
    .m_doc = "This module provides access to the mathematical functions\n"
             "defined by the C standard.",
    .m_size = 0,
    .m_methods = math_methods,
};

PyObject *PyInit_math(void)
{
    PyObject *m = PyModule_Create(&math_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObject(m, "pi", PyFloat_FromDouble(M_PI)) < 0 ||
        PyModule_AddObject(m, "e", PyFloat_FromDouble(M_E)) < 0 ||
        PyModule_AddObject(m, "tau", PyFloat_FromDouble(2.0 * M_PI)) < 0 ||
        PyModule_AddObject(m, "inf", PyFloat_FromDouble(INFINITY)) < 0 ||
        PyModule_AddObject(m, "nan", PyFloat_FromDouble(NAN)) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
