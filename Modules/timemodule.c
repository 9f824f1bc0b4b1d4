/* The time module: clocks, sleeping, and conversions between seconds
 * since the epoch and broken-down time (struct_time).
 *
 * Clocks come straight from clock_gettime: time() is CLOCK_REALTIME,
 * monotonic() and perf_counter() CLOCK_MONOTONIC, process_time()
 * CLOCK_PROCESS_CPUTIME_ID.  sleep() releases the GIL and, when a
 * signal interrupts it, runs the signal handlers (which may raise, e.g.
 * KeyboardInterrupt) and then sleeps for the time that is left, as
 * PEP 475 asks.  struct_time is a struct sequence of nine visible fields
 * plus tm_zone and tm_gmtoff, reachable by name only. */
#include "Python.h"
#include "kr_runtime.h"
#include <math.h>
#include <time.h>
#include "pytime.h"

static PyTypeObject StructTimeType;
static int struct_time_ready;

static PyStructSequence_Field struct_time_fields[] = {
    {"tm_year", "year, for example, 1993"},
    {"tm_mon", "month of year, range [1, 12]"},
    {"tm_mday", "day of month, range [1, 31]"},
    {"tm_hour", "hours, range [0, 23]"},
    {"tm_min", "minutes, range [0, 59]"},
    {"tm_sec", "seconds, range [0, 61])"},
    {"tm_wday", "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", "day of year, range [1, 366]"},
    {"tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", "abbreviation of timezone name"},
    {"tm_gmtoff", "offset from UTC in seconds"},
    {NULL, NULL}
};

static PyStructSequence_Desc struct_time_desc = {
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.",
    struct_time_fields, 9,
};

/* ---- clocks ---- */

static int
get_clock(clockid_t clk, struct timespec *ts)
{
    if (clock_gettime(clk, ts) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

static PyObject *
clock_float(clockid_t clk)
{
    struct timespec ts;
    if (get_clock(clk, &ts) < 0)
        return NULL;
    return PyFloat_FromDouble((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static PyObject *
clock_ns(clockid_t clk)
{
    struct timespec ts;
    if (get_clock(clk, &ts) < 0)
        return NULL;
    return PyLong_FromLongLong((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

static PyObject *time_time(PyObject *m, PyObject *a) { return clock_float(CLOCK_REALTIME); }
static PyObject *time_time_ns(PyObject *m, PyObject *a) { return clock_ns(CLOCK_REALTIME); }
static PyObject *time_monotonic(PyObject *m, PyObject *a) { return clock_float(CLOCK_MONOTONIC); }
static PyObject *time_monotonic_ns(PyObject *m, PyObject *a) { return clock_ns(CLOCK_MONOTONIC); }
static PyObject *time_process_time(PyObject *m, PyObject *a)
{
    return clock_float(CLOCK_PROCESS_CPUTIME_ID);
}
static PyObject *time_process_time_ns(PyObject *m, PyObject *a)
{
    return clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}
static PyObject *time_thread_time(PyObject *m, PyObject *a)
{
    return clock_float(CLOCK_THREAD_CPUTIME_ID);
}
static PyObject *time_thread_time_ns(PyObject *m, PyObject *a)
{
    return clock_ns(CLOCK_THREAD_CPUTIME_ID);
}

/* Seconds as a double from an int or float argument, with CPython's
 * messages for the wrong type. */
static int
seconds_arg(PyObject *obj, double *out)
{
    if (PyFloat_Check(obj)) {
        *out = PyFloat_AsDouble(obj);
        if (isnan(*out)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        return 0;
    }
    if (!PyLong_Check(obj) && !PyIndex_Check(obj)) {
        if (PyNumber_Check(obj) && Py_TYPE(obj)->tp_as_number->nb_float) {
            *out = PyFloat_AsDouble(obj);
            return *out == -1.0 && PyErr_Occurred() ? -1 : 0;
        }
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    PyObject *idx = PyNumber_Index(obj);
    if (idx == NULL)
        return -1;
    *out = PyLong_AsDouble(idx);
    Py_DECREF(idx);
    if (*out == -1.0 && PyErr_Occurred())
        return -1;
    return 0;
}

static PyObject *
time_sleep(PyObject *module, PyObject *arg)
{
    double secs;
    if (seconds_arg(arg, &secs) < 0)
        return NULL;
    if (secs < 0) {
        PyErr_SetString(PyExc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    struct timespec now, deadline;
    if (get_clock(CLOCK_MONOTONIC, &now) < 0)
        return NULL;
    double whole = floor(secs);
    deadline.tv_sec = now.tv_sec + (time_t)whole;
    deadline.tv_nsec = now.tv_nsec + (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    for (;;) {
        int err;
        Py_BEGIN_ALLOW_THREADS
        err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        Py_END_ALLOW_THREADS
        if (err == 0)
            break;
        if (err != EINTR) {
            errno = err;
            return PyErr_SetFromErrno(PyExc_OSError);
        }
        /* interrupted: run the handlers, then sleep the rest */
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

/* ---- broken-down time ---- */

static PyObject *
tm_to_struct_time(const struct tm *p, const char *zone, long gmtoff)
{
    if (!struct_time_ready) {
        if (PyStructSequence_InitType2(&StructTimeType, &struct_time_desc) < 0)
            return NULL;
        struct_time_ready = 1;
    }
    PyObject *v = PyStructSequence_New(&StructTimeType);
    if (v == NULL)
        return NULL;
    long vals[9] = {(long)p->tm_year + 1900, p->tm_mon + 1, p->tm_mday, p->tm_hour,
                    p->tm_min, p->tm_sec, (p->tm_wday + 6) % 7, p->tm_yday + 1,
                    p->tm_isdst};
    for (int i = 0; i < 9; i++) {
        PyObject *x = PyLong_FromLong(vals[i]);
        if (x == NULL) {
            Py_DECREF(v);
            return NULL;
        }
        PyStructSequence_SetItem(v, i, x);
    }
    PyObject *z = zone ? PyUnicode_DecodeFSDefault(zone) : Py_NewRef(Py_None);
    PyObject *off = PyLong_FromLong(gmtoff);
    if (z == NULL || off == NULL) {
        Py_XDECREF(z);
        Py_XDECREF(off);
        Py_DECREF(v);
        return NULL;
    }
    PyStructSequence_SetItem(v, 9, z);
    PyStructSequence_SetItem(v, 10, off);
    return v;
}

/* The time_t for an optional seconds argument (None: now), floored. */
static int
time_t_arg(PyObject *const *args, Py_ssize_t nargs, const char *name, time_t *out)
{
    if (!_PyArg_CheckPositional(name, nargs, 0, 1))
        return -1;
    if (nargs == 0 || args[0] == Py_None) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (seconds_arg(args[0], &d) < 0)
        return -1;
    d = floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
        PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static PyObject *
time_gmtime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    time_t when;
    if (time_t_arg(args, nargs, "gmtime", &when) < 0)
        return NULL;
    struct tm buf;
    if (_PyTime_gmtime(when, &buf) < 0)
        return NULL;
    return tm_to_struct_time(&buf, buf.tm_zone ? buf.tm_zone : "UTC", 0);
}

static PyObject *
time_localtime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    time_t when;
    if (time_t_arg(args, nargs, "localtime", &when) < 0)
        return NULL;
    struct tm buf;
    if (_PyTime_localtime(when, &buf) < 0)
        return NULL;
    return tm_to_struct_time(&buf, buf.tm_zone, buf.tm_gmtoff);
}

/* struct tm from a 9-sequence or struct_time (as CPython's gettmarg). */
static int
gettmarg(PyObject *args, struct tm *p, const char *format)
{
    memset(p, 0, sizeof(*p));
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    int y;
    if (!PyArg_ParseTuple(args, format, &y, &p->tm_mon, &p->tm_mday, &p->tm_hour,
                          &p->tm_min, &p->tm_sec, &p->tm_wday, &p->tm_yday, &p->tm_isdst))
        return -1;
    if (y < INT_MIN + 1900) {
        PyErr_SetString(PyExc_OverflowError, "year out of range");
        return -1;
    }
    p->tm_year = y - 1900;
    p->tm_mon--;
    p->tm_wday = (p->tm_wday + 1) % 7;
    p->tm_yday--;
    if (Py_IS_TYPE(args, &StructTimeType)) {
        PyObject *zone = PyStructSequence_GET_ITEM(args, 9);
        PyObject *off = PyStructSequence_GET_ITEM(args, 10);
        if (zone && zone != Py_None) {
            p->tm_zone = (char *)PyUnicode_AsUTF8(zone);
            if (p->tm_zone == NULL)
                return -1;
        }
        if (off && off != Py_None) {
            p->tm_gmtoff = PyLong_AsLong(off);
            if (PyErr_Occurred())
                return -1;
        }
    }
    return 0;
}

/* Range checks strftime and asctime do (CPython's checktm). */
static int
checktm(struct tm *buf)
{
    if (buf->tm_mon == -1)
        buf->tm_mon = 0;
    else if (buf->tm_mon < 0 || buf->tm_mon > 11) {
        PyErr_SetString(PyExc_ValueError, "month out of range");
        return -1;
    }
    if (buf->tm_mday == 0)
        buf->tm_mday = 1;
    else if (buf->tm_mday < 0 || buf->tm_mday > 31) {
        PyErr_SetString(PyExc_ValueError, "day of month out of range");
        return -1;
    }
    if (buf->tm_hour < 0 || buf->tm_hour > 23) {
        PyErr_SetString(PyExc_ValueError, "hour out of range");
        return -1;
    }
    if (buf->tm_min < 0 || buf->tm_min > 59) {
        PyErr_SetString(PyExc_ValueError, "minute out of range");
        return -1;
    }
    if (buf->tm_sec < 0 || buf->tm_sec > 61) {
        PyErr_SetString(PyExc_ValueError, "seconds out of range");
        return -1;
    }
    if (buf->tm_wday < 0) {
        PyErr_SetString(PyExc_ValueError, "day of week out of range");
        return -1;
    }
    if (buf->tm_yday == -1)
        buf->tm_yday = 0;
    else if (buf->tm_yday < 0 || buf->tm_yday > 365) {
        PyErr_SetString(PyExc_ValueError, "day of year out of range");
        return -1;
    }
    return 0;
}

/* The tuple argument at args[i], or localtime() when absent. */
static PyObject *
tuple_or_now(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t i)
{
    if (nargs > i)
        return Py_NewRef(args[i]);
    return time_localtime(NULL, NULL, 0);
}

static PyObject *
time_strftime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("strftime", nargs, 1, 2))
        return NULL;
    if (!PyUnicode_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "strftime() argument 1 must be str, not %.50s",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    PyObject *tup = tuple_or_now(args, nargs, 1);
    if (tup == NULL)
        return NULL;
    /* tup stays alive until the end: buf.tm_zone may point into it */
    struct tm buf;
    int r = gettmarg(tup, &buf, "iiiiiiiii;strftime(): illegal time tuple argument");
    if (r < 0 || checktm(&buf) < 0) {
        Py_DECREF(tup);
        return NULL;
    }
    if (buf.tm_isdst < -1)
        buf.tm_isdst = -1;
    else if (buf.tm_isdst > 1)
        buf.tm_isdst = 1;
    Py_ssize_t fmtlen;
    const char *fmt = PyUnicode_AsUTF8AndSize(args[0], &fmtlen);
    if (fmt == NULL || fmtlen == 0) {
        Py_DECREF(tup);
        return fmt == NULL ? NULL : PyUnicode_FromString("");
    }
    /* A trailing space makes an empty result distinguishable from
     * "buffer too small"; it is removed again below. */
    char *format = PyMem_Malloc(fmtlen + 2);
    if (format == NULL) {
        Py_DECREF(tup);
        return PyErr_NoMemory();
    }
    memcpy(format, fmt, fmtlen);
    format[fmtlen] = ' ';
    format[fmtlen + 1] = '\0';
    PyObject *res = NULL;
    for (size_t size = 256 + (size_t)fmtlen * 4;; size *= 2) {
        char *out = PyMem_Malloc(size);
        if (out == NULL) {
            PyErr_NoMemory();
            break;
        }
        size_t n = strftime(out, size, format, &buf);
        if (n > 0) {
            res = PyUnicode_DecodeUTF8(out, (Py_ssize_t)n - 1, "surrogateescape");
            PyMem_Free(out);
            break;
        }
        PyMem_Free(out);
        if (size > 1 << 20) {
            res = PyUnicode_FromString("");
            break;
        }
    }
    PyMem_Free(format);
    Py_DECREF(tup);
    return res;
}

static PyObject *
format_asctime(const struct tm *t)
{
    static const char wday_name[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon_name[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wday_name[t->tm_wday],
             mon_name[t->tm_mon], t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec,
             1900 + t->tm_year);
    return PyUnicode_FromString(buf);
}

static PyObject *
time_asctime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("asctime", nargs, 0, 1))
        return NULL;
    PyObject *tup = tuple_or_now(args, nargs, 0);
    if (tup == NULL)
        return NULL;
    struct tm buf;
    int r = gettmarg(tup, &buf, "iiiiiiiii;asctime(): illegal time tuple argument");
    Py_DECREF(tup);
    if (r < 0 || checktm(&buf) < 0)
        return NULL;
    return format_asctime(&buf);
}

static PyObject *
time_ctime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    time_t when;
    if (time_t_arg(args, nargs, "ctime", &when) < 0)
        return NULL;
    struct tm buf;
    if (_PyTime_localtime(when, &buf) < 0)
        return NULL;
    return format_asctime(&buf);
}

static PyObject *
time_mktime(PyObject *module, PyObject *arg)
{
    struct tm buf;
    if (gettmarg(arg, &buf, "iiiiiiiii;mktime(): illegal time tuple argument") < 0)
        return NULL;
    buf.tm_wday = -1; /* sentinel: mktime sets it on success */
    time_t tt = mktime(&buf);
    if (tt == (time_t)-1 && buf.tm_wday == -1) {
        PyErr_SetString(PyExc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return PyFloat_FromDouble((double)tt);
}

static PyObject *
time_strptime(PyObject *module, PyObject *args)
{
    PyObject *mod = PyImport_ImportModule("_strptime");
    if (mod == NULL)
        return NULL;
    PyObject *func = PyObject_GetAttrString(mod, "_strptime_time");
    Py_DECREF(mod);
    if (func == NULL)
        return NULL;
    PyObject *res = PyObject_Call(func, args, NULL);
    Py_DECREF(func);
    return res;
}

static PyObject *
time_get_clock_info(PyObject *module, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "get_clock_info() argument 1 must be str, not %.50s",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    const char *name = PyUnicode_AsUTF8(arg);
    if (name == NULL)
        return NULL;
    clockid_t clk;
    const char *impl;
    int monotonic = 1, adjustable = 0;
    if (strcmp(name, "time") == 0) {
        clk = CLOCK_REALTIME, impl = "clock_gettime(CLOCK_REALTIME)";
        monotonic = 0, adjustable = 1;
    } else if (strcmp(name, "monotonic") == 0 || strcmp(name, "perf_counter") == 0) {
        clk = CLOCK_MONOTONIC, impl = "clock_gettime(CLOCK_MONOTONIC)";
    } else if (strcmp(name, "process_time") == 0) {
        clk = CLOCK_PROCESS_CPUTIME_ID, impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
    } else if (strcmp(name, "thread_time") == 0) {
        clk = CLOCK_THREAD_CPUTIME_ID, impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
    } else {
        PyErr_SetString(PyExc_ValueError, "unknown clock");
        return NULL;
    }
    struct timespec res;
    double resolution = 1e-9;
    if (clock_getres(clk, &res) == 0)
        resolution = (double)res.tv_sec + (double)res.tv_nsec * 1e-9;
    PyObject *dict = Py_BuildValue("{s:s,s:N,s:N,s:d}", "implementation", impl, "monotonic",
                                   PyBool_FromLong(monotonic), "adjustable",
                                   PyBool_FromLong(adjustable), "resolution", resolution);
    if (dict == NULL)
        return NULL;
    PyObject *ns = _PyNamespace_New(dict);
    Py_DECREF(dict);
    return ns;
}

static PyObject *
time_tzset(PyObject *module, PyObject *Py_UNUSED(ignored));

static PyMethodDef time_methods[] = {
    {"time", time_time, METH_NOARGS, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, METH_NOARGS, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, METH_NOARGS, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_monotonic, METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_monotonic_ns, METH_NOARGS, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, METH_NOARGS, "Process time for profiling."},
    {"process_time_ns", time_process_time_ns, METH_NOARGS, "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, METH_NOARGS, "Thread time for profiling."},
    {"thread_time_ns", time_thread_time_ns, METH_NOARGS, "Thread time for profiling as nanoseconds."},
    {"sleep", time_sleep, METH_O, "Delay execution for a given number of seconds."},
    {"gmtime", (PyCFunction)(void (*)(void))time_gmtime, METH_FASTCALL,
     "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", (PyCFunction)(void (*)(void))time_localtime, METH_FASTCALL,
     "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, METH_O, "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", (PyCFunction)(void (*)(void))time_strftime, METH_FASTCALL,
     "Convert a time tuple to a string according to a format specification."},
    {"strptime", time_strptime, METH_VARARGS,
     "Parse a string to a time tuple according to a format specification."},
    {"asctime", (PyCFunction)(void (*)(void))time_asctime, METH_FASTCALL,
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", (PyCFunction)(void (*)(void))time_ctime, METH_FASTCALL,
     "Convert a time in seconds since the Epoch to a string in local time."},
    {"get_clock_info", time_get_clock_info, METH_O, "Get information of the specified clock."},
    {"tzset", time_tzset, METH_NOARGS, "Initialize, or reinitialize, the local timezone."},
    {NULL, NULL, 0, NULL}
};

/* timezone, altzone, daylight and tzname from January and July of this
 * year, as CPython computes them. */
static int
init_timezone(PyObject *m)
{
    tzset();
    time_t t = (time(NULL) / (365 * 24 * 3600)) * (365 * 24 * 3600);
    struct tm p;
    localtime_r(&t, &p);
    char janname[16], julname[16];
    snprintf(janname, sizeof janname, "%s", p.tm_zone ? p.tm_zone : "   ");
    long janzone = -p.tm_gmtoff;
    t += (365 * 24 * 3600) / 2;
    localtime_r(&t, &p);
    snprintf(julname, sizeof julname, "%s", p.tm_zone ? p.tm_zone : "   ");
    long julzone = -p.tm_gmtoff;
    long timezone_v, altzone_v;
    int daylight_v = janzone != julzone;
    PyObject *tzname;
    if (janzone < julzone) {
        /* DST is reversed in the southern hemisphere */
        timezone_v = julzone;
        altzone_v = janzone;
        tzname = Py_BuildValue("(ss)", julname, janname);
    } else {
        timezone_v = janzone;
        altzone_v = julzone;
        tzname = Py_BuildValue("(ss)", janname, julname);
    }
    if (tzname == NULL)
        return -1;
    if (PyModule_AddIntConstant(m, "timezone", timezone_v) < 0 ||
        PyModule_AddIntConstant(m, "altzone", altzone_v) < 0 ||
        PyModule_AddIntConstant(m, "daylight", daylight_v) < 0 ||
        PyModule_AddObject(m, "tzname", tzname) < 0) {
        Py_DECREF(tzname);
        return -1;
    }
    return 0;
}

static PyObject *time_module; /* for tzset, which re-reads the zone */

static PyObject *
time_tzset(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    if (init_timezone(module ? module : time_module) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyModuleDef timemodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "time",
    .m_doc = "This module provides various functions to manipulate time values.",
    .m_size = -1,
    .m_methods = time_methods,
};

PyObject *
PyInit_time(void)
{
    if (!struct_time_ready) {
        if (PyStructSequence_InitType2(&StructTimeType, &struct_time_desc) < 0)
            return NULL;
        struct_time_ready = 1;
    }
    PyObject *m = PyModule_Create(&timemodule);
    if (m == NULL)
        return NULL;
    if (init_timezone(m) < 0 ||
        PyModule_AddObjectRef(m, "struct_time", (PyObject *)&StructTimeType) < 0 ||
        PyModule_AddIntConstant(m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0 ||
        PyModule_AddIntConstant(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0 ||
        PyModule_AddIntConstant(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0 ||
        PyModule_AddIntConstant(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0 ||
        /* all fields, the named-only ones too: _strptime slices by it */
        PyModule_AddIntConstant(m, "_STRUCT_TM_ITEMS", 11) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    time_module = m;
    return m;
}
