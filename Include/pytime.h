/* Durations in nanoseconds (Python/runtime/pytime.c).
 *
 * CPython's _PyTime_t helpers, for C code that takes a timeout in seconds
 * from Python (an int, a float, anything with __index__) and waits on a
 * monotonic clock: the conversion, with CPython's rounding modes and
 * error messages, lives in one place instead of one copy per module. */
#ifndef Py_PYTIME_H
#define Py_PYTIME_H
#include "object.h"
#include <stdint.h>
#include <time.h>

typedef int64_t _PyTime_t;
#define _PyTime_MIN INT64_MIN
#define _PyTime_MAX INT64_MAX

typedef enum {
    _PyTime_ROUND_FLOOR = 0,     /* toward -inf */
    _PyTime_ROUND_CEILING = 1,   /* toward +inf */
    _PyTime_ROUND_HALF_EVEN = 2, /* to nearest, ties to even */
    _PyTime_ROUND_UP = 3,        /* away from zero */
    /* for timeouts: a tiny positive timeout must not become 0 ("don't
     * wait"), and a negative one stays negative */
    _PyTime_ROUND_TIMEOUT = _PyTime_ROUND_UP
} _PyTime_round_t;

/* Seconds to nanoseconds.  ValueError for NaN, OverflowError "timestamp
 * too large to convert to C _PyTime_t" out of range, TypeError for what
 * is neither a float nor an integer.  0 or -1. */
int _PyTime_FromSecondsObject(_PyTime_t *t, PyObject *obj, _PyTime_round_t round);
/* Nanoseconds to microseconds, rounded as asked. */
_PyTime_t _PyTime_AsMicroseconds(_PyTime_t t, _PyTime_round_t round);
/* CLOCK_MONOTONIC now, in nanoseconds. */
_PyTime_t _PyTime_GetMonotonicClock(void);
/* localtime_r / gmtime_r with CPython's error: OSError from errno
 * (EOVERFLOW past the years struct tm holds).  0 or -1. */
struct tm;
int _PyTime_localtime(time_t t, struct tm *tm);
int _PyTime_gmtime(time_t t, struct tm *tm);
#endif
