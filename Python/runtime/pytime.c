/* Timeouts from Python seconds to C nanoseconds (Include/pytime.h).
 *
 * A float is multiplied by 1e9 and rounded once, in the mode the caller
 * picks: waits round up, so that 1e-10 seconds still waits (0 would mean
 * "poll"), clocks round down.  The product is checked against the int64
 * range before the conversion, which would otherwise be undefined.  An
 * int is taken exactly, through __index__, so a huge int fails with the
 * same OverflowError as a huge float, as in CPython. */
#include "Python.h"
#include "pytime.h"
#include <time.h>

#define NS_PER_SEC 1000000000LL

static int
time_overflow(void)
{
    PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
}

static double
round_double(double x, _PyTime_round_t mode)
{
    switch (mode) {
    case _PyTime_ROUND_FLOOR:
        return floor(x);
    case _PyTime_ROUND_CEILING:
        return ceil(x);
    case _PyTime_ROUND_HALF_EVEN:
        return rint(x); /* the default FPU mode rounds ties to even */
    default:
        return x >= 0 ? ceil(x) : floor(x);
    }
}

int
_PyTime_FromSecondsObject(_PyTime_t *t, PyObject *obj, _PyTime_round_t mode)
{
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        volatile double x = d * 1e9; /* volatile: keep the product a double */
        double r = round_double(x, mode);
        if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0))
            return time_overflow();
        *t = (_PyTime_t)r;
        return 0;
    }
    long long sec = PyLong_AsLongLong(obj);
    if (sec == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            return time_overflow();
        }
        return -1;
    }
    if (sec > _PyTime_MAX / NS_PER_SEC || sec < _PyTime_MIN / NS_PER_SEC)
        return time_overflow();
    *t = sec * NS_PER_SEC;
    return 0;
}

_PyTime_t
_PyTime_AsMicroseconds(_PyTime_t t, _PyTime_round_t mode)
{
    _PyTime_t q = t / 1000, r = t % 1000;
    if (r == 0)
        return q;
    /* C division truncates toward zero: q is the ceiling for a negative
     * t and the floor for a positive one */
    switch (mode) {
    case _PyTime_ROUND_FLOOR:
        return r < 0 ? q - 1 : q;
    case _PyTime_ROUND_CEILING:
        return r > 0 ? q + 1 : q;
    case _PyTime_ROUND_HALF_EVEN: {
        _PyTime_t a = r < 0 ? -r : r;
        if (a > 500 || (a == 500 && (q & 1)))
            return r < 0 ? q - 1 : q + 1;
        return q;
    }
    default:
        return r < 0 ? q - 1 : q + 1;
    }
}

/* time.localtime/gmtime, datetime.fromtimestamp and the rest share these,
 * so a timestamp out of range fails the same way everywhere. */
static int
tm_error(void)
{
    if (errno == 0)
        errno = EINVAL;
    PyErr_SetFromErrno(PyExc_OSError);
    return -1;
}

int
_PyTime_localtime(time_t t, struct tm *tm)
{
    errno = 0;
    return localtime_r(&t, tm) == NULL ? tm_error() : 0;
}

int
_PyTime_gmtime(time_t t, struct tm *tm)
{
    errno = 0;
    return gmtime_r(&t, tm) == NULL ? tm_error() : 0;
}

_PyTime_t
_PyTime_GetMonotonicClock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (_PyTime_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}
