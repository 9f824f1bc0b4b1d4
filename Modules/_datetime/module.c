/* _datetime: the C implementation of the datetime module's classes.
 *
 * datetime.py defines everything in pure Python and then replaces it
 * with `from _datetime import *`, so once this module imports, every
 * date, time, datetime, timedelta, tzinfo and timezone a program sees
 * comes from here.  Behaviour follows CPython 3.11's C module wherever it
 * differs from the pure one: repr uses the type's tp_name (a subclass
 * shows its bare class name), arithmetic on a date or datetime subclass
 * builds the result through the subclass's constructor, replace() does
 * not, and pickles carry the same packed-bytes state so that they load
 * in either implementation.
 *
 * The files: module.c (this one) holds the proleptic Gregorian calendar
 * arithmetic, the local-time machinery (PEP 495 folds are found by
 * probing localtime() a day apart), strftime's %f/%z/%Z expansion and
 * the module table; timedelta.c, date.c, time.c, datetime.c and
 * tzinfo.c hold one type each (tzinfo.c also timezone); isoformat.c
 * parses the ISO 8601 forms fromisoformat() accepts.  Everything the
 * stdlib already does well stays there: strptime is _strptime's, and
 * the final formatting of strftime is time.strftime's. */
#include "kr_datetime.h"
#include "pytime.h"
#include <errno.h>
#include <math.h>
#include <time.h>

PyObject *kr_dt_utc;
PyObject *kr_dt_id[KR_DT_NIDS];
static PyObject *time_module;
static const char *const id_names[KR_DT_NIDS] = {
    "strftime", "timetuple", "isoformat", "fromutc", "utcoffset", "dst", "tzname",
    "struct_time", "time", "fromtimestamp", " ",
};

static const int days_in_month_tab[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int days_before_month_tab[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

PyObject *
kr_dt_reduce_value(PyObject *self, const unsigned char *state, Py_ssize_t n, PyObject *tzinfo)
{
    if (tzinfo == NULL || tzinfo == Py_None)
        return Py_BuildValue("(O(y#))", Py_TYPE(self), (const char *)state, n);
    return Py_BuildValue("(O(y#O))", Py_TYPE(self), (const char *)state, n, tzinfo);
}

int
kr_dt_is_leap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int
kr_dt_days_in_month(int year, int month)
{
    if (month == 2 && kr_dt_is_leap(year))
        return 29;
    return days_in_month_tab[month];
}

int
kr_dt_days_before_month(int year, int month)
{
    return days_before_month_tab[month] + (month > 2 && kr_dt_is_leap(year));
}

static long
days_before_year(int year)
{
    long y = year - 1;
    return y * 365 + y / 4 - y / 100 + y / 400;
}

long
kr_dt_ymd_to_ord(int year, int month, int day)
{
    return days_before_year(year) + kr_dt_days_before_month(year, month) + day;
}

/* Counts of days in 400, 100 and 4 year cycles. */
#define DI400Y 146097
#define DI100Y 36524
#define DI4Y 1461

void
kr_dt_ord_to_ymd(long ord, int *year, int *month, int *day)
{
    long n = ord - 1;
    long n400 = n / DI400Y;
    n %= DI400Y;
    long n100 = n / DI100Y;
    n %= DI100Y;
    long n4 = n / DI4Y;
    n %= DI4Y;
    long n1 = n / 365;
    n %= 365;
    int y = (int)(n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1);
    if (n1 == 4 || n100 == 4) {
        /* the last day of a leap cycle: Dec 31 of the previous year */
        *year = y - 1;
        *month = 12;
        *day = 31;
        return;
    }
    int leap = n1 == 3 && (n4 != 24 || n100 == 3);
    int m = (int)((n + 50) >> 5);
    int before = days_before_month_tab[m] + (m > 2 && leap);
    if (before > n) {
        m--;
        before = days_before_month_tab[m] + (m > 2 && leap);
    }
    *year = y;
    *month = m;
    *day = (int)(n - before + 1);
}

int
kr_dt_weekday(int year, int month, int day)
{
    return (int)((kr_dt_ymd_to_ord(year, month, day) + 6) % 7);
}

long
kr_dt_iso_week1_monday(int year)
{
    long first = days_before_year(year) + 1;
    long wd = (first + 6) % 7;
    long monday = first - wd;
    if (wd > 3)
        monday += 7;
    return monday;
}

void
kr_dt_normalize(long long *hi, long long *lo, long long factor)
{
    long long q = *lo / factor, r = *lo % factor;
    if (r < 0) {
        r += factor;
        q--;
    }
    *hi += q;
    *lo = r;
}

int
kr_dt_date_from_ord_checked(long long ord, int *y, int *m, int *d)
{
    /* 3652059 is the ordinal of 9999-12-31 */
    if (ord < 1 || ord > 3652059) {
        PyErr_SetString(PyExc_OverflowError, "date value out of range");
        return -1;
    }
    kr_dt_ord_to_ymd((long)ord, y, m, d);
    return 0;
}

int
kr_dt_check_date(int y, int m, int d)
{
    if (y < DT_MINYEAR || y > DT_MAXYEAR) {
        PyErr_Format(PyExc_ValueError, "year %i is out of range", y);
        return -1;
    }
    if (m < 1 || m > 12) {
        PyErr_SetString(PyExc_ValueError, "month must be in 1..12");
        return -1;
    }
    if (d < 1 || d > kr_dt_days_in_month(y, m)) {
        PyErr_SetString(PyExc_ValueError, "day is out of range for month");
        return -1;
    }
    return 0;
}

int
kr_dt_check_time(int h, int mi, int s, int us, int fold)
{
    const char *msg = NULL;
    if (h < 0 || h > 23)
        msg = "hour must be in 0..23";
    else if (mi < 0 || mi > 59)
        msg = "minute must be in 0..59";
    else if (s < 0 || s > 59)
        msg = "second must be in 0..59";
    else if (us < 0 || us > 999999)
        msg = "microsecond must be in 0..999999";
    else if (fold != 0 && fold != 1)
        msg = "fold must be either 0 or 1";
    if (msg) {
        PyErr_SetString(PyExc_ValueError, msg);
        return -1;
    }
    return 0;
}

int
kr_dt_check_tzinfo(PyObject *tz)
{
    if (tz == Py_None || TZInfo_Check(tz))
        return 0;
    PyErr_Format(PyExc_TypeError,
                 "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
                 Py_TYPE(tz)->tp_name);
    return -1;
}

long long
kr_dt_utc_to_seconds(int y, int m, int d, int hh, int mm, int ss)
{
    if (y < DT_MINYEAR || y > DT_MAXYEAR) {
        PyErr_Format(PyExc_ValueError, "year %i is out of range", y);
        return -1;
    }
    long long ord = kr_dt_ymd_to_ord(y, m, d);
    return ((ord * 24 + hh) * 60 + mm) * 60 + ss;
}

long long
kr_dt_local(long long u)
{
    struct tm tm;
    if (_PyTime_localtime((time_t)(u - DT_EPOCH_SECONDS), &tm) < 0)
        return -1;
    return kr_dt_utc_to_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                                tm.tm_min, tm.tm_sec);
}

/* Solve local(u) == t for u.  Two offsets are tried, the one in force a
 * day earlier or later deciding between them: two solutions mean a
 * fold (fold=1 takes the later), none a gap (fold=1 takes the earlier
 * offset's answer, as PEP 495 asks). */
long long
kr_dt_local_to_seconds(int y, int m, int d, int hh, int mm, int ss, int fold)
{
    const long long day = 86400;
    long long t = kr_dt_utc_to_seconds(y, m, d, hh, mm, ss);
    if (t == -1 && PyErr_Occurred())
        return -1;
    long long lt = kr_dt_local(t);
    if (lt == -1)
        return -1;
    long long a = lt - t, b;
    long long u1 = t - a;
    long long t1 = kr_dt_local(u1);
    if (t1 == -1)
        return -1;
    if (t1 == t) {
        long long u2 = fold ? u1 + day : u1 - day;
        lt = kr_dt_local(u2);
        if (lt == -1)
            return -1;
        b = lt - u2;
        if (a == b)
            return u1;
    }
    else {
        b = t1 - u1;
    }
    long long u2 = t - b;
    long long t2 = kr_dt_local(u2);
    if (t2 == -1)
        return -1;
    if (t2 == t)
        return u2;
    if (t1 == t)
        return u1;
    if (fold)
        return u1 < u2 ? u1 : u2;
    return u1 > u2 ? u1 : u2;
}

PyObject *
kr_dt_local_timezone_at(long long timestamp)
{
    struct tm tm;
    if (_PyTime_localtime((time_t)timestamp, &tm) < 0)
        return NULL;
    PyObject *delta = kr_dt_new_delta(0, tm.tm_gmtoff, 0);
    if (delta == NULL)
        return NULL;
    PyObject *name = NULL;
    if (tm.tm_zone) {
        name = PyUnicode_DecodeFSDefault(tm.tm_zone);
        if (name == NULL) {
            Py_DECREF(delta);
            return NULL;
        }
    }
    PyObject *tz = kr_dt_new_timezone(delta, name);
    Py_DECREF(delta);
    Py_XDECREF(name);
    return tz;
}

PyObject *
kr_dt_build_struct_time(int y, int m, int d, int hh, int mm, int ss, int dstflag)
{
    int yday = kr_dt_days_before_month(y, m) + d;
    PyObject *fields = Py_BuildValue("(iiiiiiiii)", y, m, d, hh, mm, ss, kr_dt_weekday(y, m, d),
                                     yday, dstflag);
    if (fields == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethodOneArg(time_module, KR_ID(struct_time), fields);
    Py_DECREF(fields);
    return r;
}

PyObject *
kr_dt_format_offset(PyObject *offset, const char *sep)
{
    if (offset == Py_None)
        return PyUnicode_FromStringAndSize(NULL, 0);
    KrDelta *o = DELTA(offset);
    long long total = ((long long)o->days * 86400 + o->seconds) * 1000000 + o->us;
    char sign = '+';
    if (total < 0) {
        sign = '-';
        total = -total;
    }
    int us = (int)(total % 1000000);
    long long secs = total / 1000000;
    int s = (int)(secs % 60), mi = (int)(secs / 60 % 60), h = (int)(secs / 3600);
    size_t seplen = strlen(sep);
    char buf[64], *p = buf;
    *p++ = sign;
    p = kr_dt_digits(p, h, 2);
    memcpy(p, sep, seplen);
    p = kr_dt_digits(p + seplen, mi, 2);
    if (us || s) {
        memcpy(p, sep, seplen);
        p = kr_dt_digits(p + seplen, s, 2);
    }
    if (us) {
        *p++ = '.';
        p = kr_dt_digits(p, us, 6);
    }
    return _PyUnicode_FromASCII(buf, p - buf);
}

static int
write_utf8(_PyUnicodeWriter *w, const char *s, Py_ssize_t n)
{
    PyObject *part = PyUnicode_DecodeUTF8(s, n, "strict");
    if (part == NULL)
        return -1;
    int r = _PyUnicodeWriter_WriteStr(w, part);
    Py_DECREF(part);
    return r;
}

PyObject *
kr_dt_wrap_strftime(PyObject *format, PyObject *timetuple, int us, PyObject *tzinfo,
                    PyObject *tzarg)
{
    PyObject *zrep = NULL, *Zrep = NULL, *frep = NULL, *result = NULL, *newfmt = NULL;
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(format, &n);
    if (s == NULL)
        return NULL;
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    Py_ssize_t i = 0, run = 0;
    while (i < n) {
        if (s[i] != '%' || i + 1 >= n) {
            i++;
            continue;
        }
        char c = s[i + 1];
        PyObject *rep = NULL;
        if (c == 'z') {
            if (zrep == NULL) {
                if (tzinfo == Py_None) {
                    zrep = PyUnicode_FromStringAndSize(NULL, 0);
                }
                else {
                    PyObject *off = kr_dt_call_utcoffset(tzinfo, tzarg);
                    if (off == NULL)
                        goto error;
                    zrep = kr_dt_format_offset(off, "");
                    Py_DECREF(off);
                }
                if (zrep == NULL)
                    goto error;
            }
            rep = zrep;
        }
        else if (c == 'Z') {
            if (Zrep == NULL) {
                if (tzinfo == Py_None) {
                    Zrep = PyUnicode_FromStringAndSize(NULL, 0);
                }
                else {
                    PyObject *name = kr_dt_call_tzname(tzinfo, tzarg);
                    if (name == NULL)
                        goto error;
                    if (name == Py_None) {
                        Py_DECREF(name);
                        Zrep = PyUnicode_FromStringAndSize(NULL, 0);
                    }
                    else {
                        Zrep = PyObject_CallMethod(name, "replace", "ss", "%", "%%");
                        Py_DECREF(name);
                        if (Zrep && !PyUnicode_Check(Zrep)) {
                            PyErr_SetString(PyExc_TypeError,
                                            "tzname.replace() did not return a string");
                            Py_CLEAR(Zrep);
                        }
                    }
                }
                if (Zrep == NULL)
                    goto error;
            }
            rep = Zrep;
        }
        else if (c == 'f') {
            if (frep == NULL) {
                char digits[6];
                kr_dt_digits(digits, us, 6);
                if ((frep = _PyUnicode_FromASCII(digits, 6)) == NULL)
                    goto error;
            }
            rep = frep;
        }
        else {
            i += 2;
            continue;
        }
        if (write_utf8(&w, s + run, i - run) < 0 || _PyUnicodeWriter_WriteStr(&w, rep) < 0)
            goto error;
        i += 2;
        run = i;
    }
    if (write_utf8(&w, s + run, n - run) < 0)
        goto error;
    newfmt = _PyUnicodeWriter_Finish(&w);
    if (newfmt == NULL)
        goto done;
    result = PyObject_CallMethodObjArgs(time_module, KR_ID(strftime), newfmt, timetuple, NULL);
    goto done;
error:
    _PyUnicodeWriter_Dealloc(&w);
done:
    Py_XDECREF(newfmt);
    Py_XDECREF(zrep);
    Py_XDECREF(Zrep);
    Py_XDECREF(frep);
    return result;
}

PyObject *
kr_dt_strftime_arg(PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"format", NULL};
    PyObject *format;
    if (kw == NULL && PyTuple_GET_SIZE(args) == 1 && PyUnicode_Check(PyTuple_GET_ITEM(args, 0)))
        return PyTuple_GET_ITEM(args, 0);
    if (!PyArg_ParseTupleAndKeywords(args, kw, "U:strftime", kwlist, &format))
        return NULL;
    return format;
}

PyObject *
kr_dt_format(PyObject *self, PyObject *args)
{
    PyObject *spec;
    if (!PyArg_ParseTuple(args, "U:__format__", &spec))
        return NULL;
    if (PyUnicode_GET_LENGTH(spec) == 0)
        return PyObject_Str(self);
    return PyObject_CallMethodOneArg(self, KR_ID(strftime), spec);
}

int
kr_dt_iso_timefmt(char *buf, int hh, int mm, int ss, int us, const char *spec)
{
    /* how many fields: 1 hours .. 3 seconds, 4 milliseconds, 5 microseconds */
    int fields;
    if (spec == NULL || strcmp(spec, "auto") == 0)
        fields = us ? 5 : 3;
    else if (strcmp(spec, "hours") == 0)
        fields = 1;
    else if (strcmp(spec, "minutes") == 0)
        fields = 2;
    else if (strcmp(spec, "seconds") == 0)
        fields = 3;
    else if (strcmp(spec, "milliseconds") == 0)
        fields = 4;
    else if (strcmp(spec, "microseconds") == 0)
        fields = 5;
    else {
        PyErr_SetString(PyExc_ValueError, "Unknown timespec value");
        return -1;
    }
    char *p = kr_dt_digits(buf, hh, 2);
    if (fields >= 2) {
        *p++ = ':';
        p = kr_dt_digits(p, mm, 2);
    }
    if (fields >= 3) {
        *p++ = ':';
        p = kr_dt_digits(p, ss, 2);
    }
    if (fields == 4) {
        *p++ = '.';
        p = kr_dt_digits(p, us / 1000, 3);
    }
    else if (fields == 5) {
        *p++ = '.';
        p = kr_dt_digits(p, us, 6);
    }
    return (int)(p - buf);
}

PyObject *
kr_dt_call_subclass(PyObject *cls, int fold, PyObject *args)
{
    if (args == NULL)
        return NULL;
    PyObject *kw = NULL;
    if (fold) {
        kw = Py_BuildValue("{sO}", "fold", Py_True);
        if (kw == NULL) {
            Py_DECREF(args);
            return NULL;
        }
    }
    PyObject *r = PyObject_Call(cls, args, kw);
    Py_DECREF(args);
    Py_XDECREF(kw);
    return r;
}

static struct PyModuleDef datetime_module = {
    PyModuleDef_HEAD_INIT,
    "_datetime",
    "Fast implementation of the datetime type.",
    -1,
    NULL,
};

static PyObject *module_obj;

static int
set_attr(PyTypeObject *type, const char *name, PyObject *value)
{
    if (value == NULL)
        return -1;
    int r = PyDict_SetItemString(type->tp_dict, name, value);
    Py_DECREF(value);
    return r;
}

PyObject *
PyInit__datetime(void)
{
    if (module_obj) {
        Py_INCREF(module_obj);
        return module_obj;
    }
    time_module = PyImport_ImportModule("time");
    if (time_module == NULL)
        return NULL;
    for (int i = 0; i < KR_DT_NIDS; i++)
        if ((kr_dt_id[i] = PyUnicode_InternFromString(id_names[i])) == NULL)
            return NULL;
    PyTypeObject *types[] = {&KrDelta_Type, &KrDate_Type, &KrTZInfo_Type, &KrTimeZone_Type,
                             &KrTime_Type, &KrDateTime_Type, &KrIsoCal_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    /* class attributes: the extremes and resolutions */
    if (set_attr(&KrDelta_Type, "min", kr_dt_new_delta(-DT_MAX_DELTA_DAYS, 0, 0)) < 0 ||
        set_attr(&KrDelta_Type, "max", kr_dt_new_delta(DT_MAX_DELTA_DAYS, 86399, 999999)) < 0 ||
        set_attr(&KrDelta_Type, "resolution", kr_dt_new_delta(0, 0, 1)) < 0 ||
        set_attr(&KrDate_Type, "min", kr_dt_new_date_ex(1, 1, 1, &KrDate_Type)) < 0 ||
        set_attr(&KrDate_Type, "max", kr_dt_new_date_ex(9999, 12, 31, &KrDate_Type)) < 0 ||
        set_attr(&KrDate_Type, "resolution", kr_dt_new_delta(1, 0, 0)) < 0 ||
        set_attr(&KrTime_Type, "min", kr_dt_new_time_ex(0, 0, 0, 0, Py_None, 0, &KrTime_Type)) < 0 ||
        set_attr(&KrTime_Type, "max",
                 kr_dt_new_time_ex(23, 59, 59, 999999, Py_None, 0, &KrTime_Type)) < 0 ||
        set_attr(&KrTime_Type, "resolution", kr_dt_new_delta(0, 0, 1)) < 0 ||
        set_attr(&KrDateTime_Type, "min",
                 kr_dt_new_datetime_ex(1, 1, 1, 0, 0, 0, 0, Py_None, 0, &KrDateTime_Type)) < 0 ||
        set_attr(&KrDateTime_Type, "max",
                 kr_dt_new_datetime_ex(9999, 12, 31, 23, 59, 59, 999999, Py_None, 0,
                                       &KrDateTime_Type)) < 0 ||
        set_attr(&KrDateTime_Type, "resolution", kr_dt_new_delta(0, 0, 1)) < 0)
        return NULL;
    {
        PyObject *zero = kr_dt_new_delta(0, 0, 0);
        if (zero == NULL)
            return NULL;
        KrTimeZone *utc = PyObject_New(KrTimeZone, &KrTimeZone_Type);
        if (utc == NULL)
            return NULL;
        utc->offset = zero;
        utc->name = NULL;
        kr_dt_utc = (PyObject *)utc;
        Py_INCREF(kr_dt_utc);
        if (set_attr(&KrTimeZone_Type, "utc", kr_dt_utc) < 0)
            return NULL;
        PyObject *lo = kr_dt_new_delta(-1, 60, 0), *hi = kr_dt_new_delta(0, 86340, 0);
        if (lo == NULL || hi == NULL)
            return NULL;
        PyObject *tzmin = kr_dt_new_timezone(lo, NULL), *tzmax = kr_dt_new_timezone(hi, NULL);
        Py_DECREF(lo);
        Py_DECREF(hi);
        if (set_attr(&KrTimeZone_Type, "min", tzmin) < 0 ||
            set_attr(&KrTimeZone_Type, "max", tzmax) < 0) {
            Py_XDECREF(tzmax);
            return NULL;
        }
    }
    PyObject *m = PyModule_Create(&datetime_module);
    if (m == NULL)
        return NULL;
    const char *names[] = {"timedelta", "date", "tzinfo", "timezone", "time", "datetime"};
    for (size_t i = 0; i < 6; i++) {
        Py_INCREF(types[i]);
        if (PyModule_AddObject(m, names[i], (PyObject *)types[i]) < 0)
            goto error;
    }
    Py_INCREF(kr_dt_utc);
    if (PyModule_AddIntConstant(m, "MINYEAR", DT_MINYEAR) < 0 ||
        PyModule_AddIntConstant(m, "MAXYEAR", DT_MAXYEAR) < 0 ||
        PyModule_AddObject(m, "UTC", kr_dt_utc) < 0)
        goto error;
    module_obj = m;
    Py_INCREF(m);
    return m;
error:
    Py_DECREF(m);
    return NULL;
}

/* A timestamp (int or float) as whole seconds and microseconds, the
 * fraction rounded half to even (or floored, for date.fromtimestamp,
 * which has no microseconds), with CPython's errors. */
int
kr_dt_timestamp_split(PyObject *obj, long long *sec, int *us, int floor_it)
{
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AS_DOUBLE(obj), ip;
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double frac = modf(d, &ip) * 1e6;
        if (floor_it) {
            frac = floor(frac);
        }
        else {
            double r = round(frac);
            if (fabs(frac - r) == 0.5)
                r = 2.0 * round(frac / 2.0);
            frac = r;
        }
        if (frac >= 1e6) {
            frac -= 1e6;
            ip += 1.0;
        }
        else if (frac < 0) {
            frac += 1e6;
            ip -= 1.0;
        }
        /* the doubles next to the 64-bit limits */
        if (!(ip >= -9223372036854775808.0 && ip < 9223372036854775808.0)) {
            PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *sec = (long long)ip;
        *us = (int)frac;
        return 0;
    }
    int overflow;
    PyObject *idx = PyNumber_Index(obj);
    if (idx == NULL)
        return -1;
    long long v = PyLong_AsLongLongAndOverflow(idx, &overflow);
    Py_DECREF(idx);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (v == -1 && PyErr_Occurred())
        return -1;
    *sec = v;
    *us = 0;
    return 0;
}

/* gmtime or localtime of a timestamp, errors as time.gmtime's. */
int
kr_dt_timet_to_tm(long long t, struct tm *tm, int local)
{
    return local ? _PyTime_localtime((time_t)t, tm) : _PyTime_gmtime((time_t)t, tm);
}

PyObject *
kr_dt_time_module(void)
{
    return time_module;
}

/* The constructors' fast argument path.  PyArg_ParseTupleAndKeywords
 * looks keyword names up from their C strings on every call, which
 * costs more than building a datetime; here the names are interned
 * once and matched by identity (then by value).  Anything unusual (an
 * unknown or repeated keyword, too many arguments, a value that is not
 * an int in range) answers 1, and the caller then runs the general
 * parser, which also produces the exact error messages. */
int
kr_dt_fast_args(PyObject *args, PyObject *kw, KrArgNames *spec, PyObject **out)
{
    int n = spec->n;
    Py_ssize_t npos = PyTuple_GET_SIZE(args);
    if (npos > spec->npos)
        return 1;
    for (int i = 0; i < n; i++)
        out[i] = i < npos ? PyTuple_GET_ITEM(args, i) : NULL;
    if (kw == NULL || PyDict_GET_SIZE(kw) == 0)
        return 0;
    if (spec->interned[0] == NULL) {
        for (int i = 0; i < n; i++) {
            spec->interned[i] = PyUnicode_InternFromString(spec->names[i]);
            if (spec->interned[i] == NULL)
                return -1;
        }
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kw, &pos, &key, &value)) {
        int i;
        for (i = 0; i < n; i++)
            if (spec->interned[i] == key)
                break;
        if (i == n) {
            if (!PyUnicode_Check(key))
                return 1;
            for (i = 0; i < n; i++)
                if (PyUnicode_Compare(spec->interned[i], key) == 0)
                    break;
            if (i == n)
                return 1;
        }
        if (out[i] != NULL)
            return 1;
        out[i] = value;
    }
    return 0;
}

int
kr_dt_fast_int(PyObject *o, int *v)
{
    if (!PyLong_CheckExact(o))
        return 1;
    int overflow;
    long x = PyLong_AsLongAndOverflow(o, &overflow);
    if (overflow || x > INT_MAX || x < INT_MIN)
        return 1;
    *v = (int)x;
    return 0;
}

int
kr_dt_fast_ints(PyObject **out, int *const *dst, int n)
{
    for (int i = 0; i < n; i++)
        if (out[i] && kr_dt_fast_int(out[i], dst[i]))
            return 1;
    return 0;
}

/* Decimal digits of a non-negative v at p; the end. */
static char *
put_uint(char *p, int v)
{
    char tmp[12];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

PyObject *
kr_dt_repr(PyObject *self, const int *v, int n, PyObject *tz, int fold, int fold_first)
{
    char buf[128], *p = buf;
    *p++ = '(';
    for (int i = 0; i < n; i++) {
        if (i) {
            *p++ = ',';
            *p++ = ' ';
        }
        p = put_uint(p, v[i]);
    }
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    PyObject *name = PyUnicode_FromString(Py_TYPE(self)->tp_name), *tzr = NULL;
    if (name == NULL)
        return NULL;
    int r = _PyUnicodeWriter_WriteStr(&w, name);
    Py_DECREF(name);
    if (r < 0 || _PyUnicodeWriter_WriteASCIIString(&w, buf, p - buf) < 0)
        goto error;
    if (fold && fold_first && _PyUnicodeWriter_WriteASCIIString(&w, ", fold=1", 8) < 0)
        goto error;
    if (tz != Py_None) {
        tzr = PyObject_Repr(tz);
        if (tzr == NULL || _PyUnicodeWriter_WriteASCIIString(&w, ", tzinfo=", 9) < 0 ||
            _PyUnicodeWriter_WriteStr(&w, tzr) < 0)
            goto error;
        Py_CLEAR(tzr);
    }
    if (fold && !fold_first && _PyUnicodeWriter_WriteASCIIString(&w, ", fold=1", 8) < 0)
        goto error;
    if (_PyUnicodeWriter_WriteChar(&w, ')') < 0)
        goto error;
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(tzr);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

int
kr_dt_unpickle_args(PyObject *args, PyObject *kw, const KrPickleShape *shape, PyObject **state,
                    PyObject **tz)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    *state = NULL;
    if (kw != NULL || n < 1 || n > (shape->with_tzinfo ? 2 : 1))
        return 0;
    PyObject *arg = PyTuple_GET_ITEM(args, 0);
    int key;
    if (PyBytes_Check(arg) && PyBytes_GET_SIZE(arg) == shape->size)
        key = (unsigned char)PyBytes_AS_STRING(arg)[shape->index];
    else if (PyUnicode_Check(arg) && PyUnicode_GET_LENGTH(arg) == shape->size)
        key = (int)PyUnicode_READ_CHAR(arg, shape->index);
    else
        return 0;
    key &= shape->mask;
    if (key < shape->lo || key > shape->hi)
        return 0;
    if (PyBytes_Check(arg)) {
        Py_INCREF(arg);
        *state = arg;
    }
    else {
        *state = PyUnicode_AsLatin1String(arg);
        if (*state == NULL) {
            if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
                PyErr_Format(PyExc_ValueError,
                             "Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed.",
                             shape->what);
            return -1;
        }
    }
    *tz = Py_None;
    if (n == 2) {
        *tz = PyTuple_GET_ITEM(args, 1);
        if (*tz != Py_None && !TZInfo_Check(*tz)) {
            Py_CLEAR(*state);
            PyErr_SetString(PyExc_TypeError, "bad tzinfo state arg");
            return -1;
        }
    }
    return 1;
}

int
kr_dt_iso_week_exists(int year, int week)
{
    if (week >= 1 && week <= 52)
        return 1;
    if (week != 53)
        return 0;
    /* 53 weeks: years starting on a Thursday, leap years on a Wednesday */
    long first = kr_dt_ymd_to_ord(year, 1, 1) % 7;
    return first == 4 || (first == 3 && kr_dt_is_leap(year));
}

Py_hash_t
kr_dt_hash_bits(unsigned long long v)
{
    Py_uhash_t h = (Py_uhash_t)v;
    h = (h ^ (h >> 31)) * (Py_uhash_t)0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    if (h == (Py_uhash_t)-1)
        h = (Py_uhash_t)-2;
    return (Py_hash_t)h;
}

PyObject *
kr_dt_compare(long long u, long long v, int op)
{
    Py_RETURN_RICHCOMPARE(u, v, op);
}

PyObject *
kr_dt_naive_aware(int op, const char *what)
{
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    PyErr_Format(PyExc_TypeError, "can't compare offset-naive and offset-aware %s", what);
    return NULL;
}

PyObject *
kr_dt_append_offset(PyObject *text, PyObject *offset)
{
    PyObject *o = offset ? kr_dt_format_offset(offset, ":") : NULL;
    Py_XDECREF(offset);
    if (o == NULL) {
        Py_DECREF(text);
        return NULL;
    }
    Py_SETREF(text, PyUnicode_Concat(text, o));
    Py_DECREF(o);
    return text;
}
