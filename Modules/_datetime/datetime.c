/* datetime.datetime: a date and a time of day, with an optional tzinfo
 * and PEP 495's fold.
 *
 * Arithmetic converts to a count of microseconds since 0001-01-01 in a
 * 64-bit integer (the whole range needs 2^58), so adding a timedelta
 * is a few integer operations and one ordinal-to-date conversion.
 *
 * The naive/aware rules are CPython's: two datetimes sharing one
 * tzinfo object compare and subtract as wall times without asking the
 * tzinfo; otherwise both offsets are asked for, and a naive and an
 * aware datetime are never equal, cannot be ordered or subtracted.
 * PEP 495's exception for equality: an aware datetime whose offset
 * changes when its fold is flipped (it lies in a fold or a gap) is
 * never equal to a datetime in another zone.  The hash uses the fold=0
 * offset, so equal datetimes hash equal.
 *
 * Local time (fromtimestamp without tz, timestamp() and astimezone()
 * of naive datetimes) goes through module.c's localtime() helpers. */
#include "kr_datetime.h"
#include <time.h>

#define US_PER_DAY 86400000000LL

/* Unchecked, for pickles (whose month byte alone was checked). */
static PyObject *
datetime_alloc(int y, int m, int d, int hh, int mm, int ss, int us, PyObject *tz, int fold,
               PyTypeObject *type)
{
    KrDateTime *self = (KrDateTime *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->date.hash = -1;
    self->date.year = y;
    self->date.month = m;
    self->date.day = d;
    self->hour = hh;
    self->minute = mm;
    self->second = ss;
    self->us = us;
    self->fold = fold;
    Py_INCREF(tz);
    self->tzinfo = tz;
    return (PyObject *)self;
}

PyObject *
kr_dt_new_datetime_ex(int y, int m, int d, int hh, int mm, int ss, int us, PyObject *tz, int fold,
                      PyTypeObject *type)
{
    if (kr_dt_check_date(y, m, d) < 0 || kr_dt_check_time(hh, mm, ss, us, fold) < 0 ||
        kr_dt_check_tzinfo(tz) < 0)
        return NULL;
    return datetime_alloc(y, m, d, hh, mm, ss, us, tz, fold, type);
}

/* A datetime of class cls, built by its constructor unless it is datetime. */
static PyObject *
new_datetime_subclass(int y, int m, int d, int hh, int mm, int ss, int us, PyObject *tz,
                            int fold, PyObject *cls)
{
    if (cls == (PyObject *)&KrDateTime_Type)
        return kr_dt_new_datetime_ex(y, m, d, hh, mm, ss, us, tz, fold, &KrDateTime_Type);
    return kr_dt_call_subclass(cls, fold, Py_BuildValue("(iiiiiiiO)", y, m, d, hh, mm, ss, us, tz));
}

/* Microseconds since 0001-01-01T00:00 of the wall time. */
static long long
dt_us(PyObject *o)
{
    KrDateTime *s = DT(o);
    long long ord = kr_dt_ymd_to_ord(s->date.year, s->date.month, s->date.day);
    return ((ord * 86400) + s->hour * 3600 + s->minute * 60 + s->second) * 1000000LL + s->us;
}

static long long
delta_total_us(PyObject *delta)
{
    KrDelta *d = DELTA(delta);
    return ((long long)d->days * 86400 + d->seconds) * 1000000LL + d->us;
}

/* Split a microsecond count since the start of day 1 into fields;
 * OverflowError "date value out of range" outside years 1..9999. */
static int
split_us(long long total, int *y, int *m, int *d, int *hh, int *mm, int *ss, int *us)
{
    long long days = 0, rest = total;
    kr_dt_normalize(&days, &rest, US_PER_DAY);
    if (kr_dt_date_from_ord_checked(days, y, m, d) < 0)
        return -1;
    *us = (int)(rest % 1000000);
    rest /= 1000000;
    *ss = (int)(rest % 60);
    *mm = (int)(rest / 60 % 60);
    *hh = (int)(rest / 3600);
    return 0;
}

/* dt + sign * delta, built as CPython does (the subclass's constructor). */
static PyObject *
add_delta(PyObject *dt, PyObject *delta, int sign)
{
    int y, m, d, hh, mm, ss, us;
    /* a timedelta's total can exceed 64 bits, and the datetime range many
     * times over: check its days before computing the total */
    if (DELTA(delta)->days > 3652059 || DELTA(delta)->days < -3652059) {
        PyErr_SetString(PyExc_OverflowError, "date value out of range");
        return NULL;
    }
    long long dd = delta_total_us(delta);
    if (split_us(dt_us(dt) + sign * dd, &y, &m, &d, &hh, &mm, &ss, &us) < 0)
        return NULL;
    return new_datetime_subclass(y, m, d, hh, mm, ss, us, DT(dt)->tzinfo, 0,
                                       (PyObject *)Py_TYPE(dt));
}

static PyObject *
from_pickle(PyTypeObject *type, PyObject *state, PyObject *tz)
{
    const unsigned char *b = (const unsigned char *)PyBytes_AS_STRING(state);
    return datetime_alloc(b[0] * 256 + b[1], b[2] & 0x7f, b[3], b[4], b[5], b[6],
                                 (b[7] << 16) | (b[8] << 8) | b[9], tz, b[2] >> 7, type);
}

static KrArgNames datetime_args = {9, 8, {"year", "month", "day", "hour", "minute", "second",
                                          "microsecond", "tzinfo", "fold"}};

/* The fields given as exact ints (and tzinfo) into the pointers, which
 * hold the defaults: 0, or 1 for the general parser (with an error set
 * only on a real failure).  `need_date`: year, month, day required. */
static int
fast_datetime_args(PyObject *args, PyObject *kw, int *y, int *m, int *d, int *hh, int *mm,
                   int *ss, int *us, PyObject **tz, int *fold, int need_date)
{
    PyObject *v[9];
    int *const dst[9] = {y, m, d, hh, mm, ss, us, NULL, fold};
    int r = kr_dt_fast_args(args, kw, &datetime_args, v);
    if (r)
        return 1;
    if (need_date && (!v[0] || !v[1] || !v[2]))
        return 1;
    PyObject *tzv = v[7];
    v[7] = NULL;
    if (kr_dt_fast_ints(v, dst, 9))
        return 1;
    if (tzv)
        *tz = tzv;
    return 0;
}

static const KrPickleShape datetime_pickle = {10, 2, 0x7f, 1, 12, 1, "datetime"};

static PyObject *
datetime_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"year", "month", "day", "hour", "minute", "second",
                             "microsecond", "tzinfo", "fold", NULL};
    int y, m, d, hh = 0, mm = 0, ss = 0, us = 0, fold = 0;
    PyObject *tz = Py_None;
    PyObject *state;
    int pickled = kr_dt_unpickle_args(args, kw, &datetime_pickle, &state, &tz);
    if (pickled < 0)
        return NULL;
    if (pickled) {
        PyObject *r = from_pickle(type, state, tz);
        Py_DECREF(state);
        return r;
    }
    if (fast_datetime_args(args, kw, &y, &m, &d, &hh, &mm, &ss, &us, &tz, &fold, 1)) {
        if (PyErr_Occurred())
            return NULL;
        y = m = d = hh = mm = ss = us = fold = 0;
        tz = Py_None;
        if (!PyArg_ParseTupleAndKeywords(args, kw, "iii|iiiiO$i", kwlist, &y, &m, &d, &hh, &mm,
                                         &ss, &us, &tz, &fold))
            return NULL;
    }
    return kr_dt_new_datetime_ex(y, m, d, hh, mm, ss, us, tz, fold, type);
}

static void
datetime_dealloc(PyObject *self)
{
    Py_DECREF(DT(self)->tzinfo);
    Py_TYPE(self)->tp_free(self);
}

/* ---- tzinfo queries ---- */

static PyObject *
datetime_utcoffset(PyObject *self, PyObject *unused)
{
    return kr_dt_call_utcoffset(DT(self)->tzinfo, self);
}

static PyObject *
datetime_dst(PyObject *self, PyObject *unused)
{
    return kr_dt_call_dst(DT(self)->tzinfo, self);
}

static PyObject *
datetime_tzname(PyObject *self, PyObject *unused)
{
    return kr_dt_call_tzname(DT(self)->tzinfo, self);
}

/* utcoffset() of the same wall time with the other fold. */
static PyObject *
flipped_offset(PyObject *self)
{
    KrDateTime *s = DT(self);
    PyObject *flip = kr_dt_new_datetime_ex(s->date.year, s->date.month, s->date.day, s->hour,
                                           s->minute, s->second, s->us, s->tzinfo, !s->fold,
                                           Py_TYPE(self));
    if (flip == NULL)
        return NULL;
    PyObject *r = datetime_utcoffset(flip, NULL);
    Py_DECREF(flip);
    return r;
}

static int
offsets_equal(PyObject *a, PyObject *b)
{
    if (a == b)
        return 1;
    if (a == Py_None || b == Py_None)
        return 0;
    return delta_total_us(a) == delta_total_us(b);
}

/* 1 when a PEP 495 exception makes self != other although their UTC
 * times are equal: either lies where its offset depends on fold. */
static int
pep495_exception(PyObject *self, PyObject *other, PyObject *off1, PyObject *off2)
{
    PyObject *f = flipped_offset(self);
    if (f == NULL)
        return -1;
    int differs = !offsets_equal(f, off1);
    Py_DECREF(f);
    if (differs)
        return 1;
    f = flipped_offset(other);
    if (f == NULL)
        return -1;
    differs = !offsets_equal(f, off2);
    Py_DECREF(f);
    return differs;
}

/* ---- comparison, hash ---- */

static PyObject *
datetime_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!DateTime_Check(b)) {
        if (Date_Check(b)) {
            if (op == Py_EQ)
                Py_RETURN_FALSE;
            if (op == Py_NE)
                Py_RETURN_TRUE;
            PyErr_Format(PyExc_TypeError, "can't compare %s to %s", Py_TYPE(a)->tp_name,
                         Py_TYPE(b)->tp_name);
            return NULL;
        }
        Py_RETURN_NOTIMPLEMENTED;
    }
    long long u = dt_us(a), v = dt_us(b);
    PyObject *o1 = NULL, *o2 = NULL, *result = NULL;
    if (DT(a)->tzinfo != DT(b)->tzinfo) {
        o1 = datetime_utcoffset(a, NULL);
        if (o1 == NULL)
            return NULL;
        o2 = datetime_utcoffset(b, NULL);
        if (o2 == NULL)
            goto done;
        if ((o1 == Py_None) != (o2 == Py_None)) {
            result = kr_dt_naive_aware(op, "datetimes");
            goto done;
        }
        if (!offsets_equal(o1, o2)) {
            u -= delta_total_us(o1);
            v -= delta_total_us(o2);
        }
        if ((op == Py_EQ || op == Py_NE) && u == v) {
            int ex = pep495_exception(a, b, o1, o2);
            if (ex < 0)
                goto done;
            if (ex)
                v = u + 1;
        }
    }
    result = kr_dt_compare(u, v, op);
done:
    Py_XDECREF(o1);
    Py_XDECREF(o2);
    return result;
}

static Py_hash_t
datetime_hash(PyObject *self)
{
    KrDateTime *s = DT(self);
    if (s->date.hash != -1)
        return s->date.hash;
    long long total = dt_us(self);
    if (s->tzinfo != Py_None) {
        PyObject *arg = self;
        if (s->fold) {
            arg = kr_dt_new_datetime_ex(s->date.year, s->date.month, s->date.day, s->hour,
                                        s->minute, s->second, s->us, s->tzinfo, 0, Py_TYPE(self));
            if (arg == NULL)
                return -1;
        }
        PyObject *off = datetime_utcoffset(arg, NULL);
        if (arg != self)
            Py_DECREF(arg);
        if (off == NULL)
            return -1;
        if (off != Py_None)
            total -= delta_total_us(off);
        Py_DECREF(off);
    }
    s->date.hash = kr_dt_hash_bits((unsigned long long)total);
    return s->date.hash;
}

/* ---- arithmetic ---- */

static PyObject *
datetime_add(PyObject *a, PyObject *b)
{
    if (DateTime_Check(a) && Delta_Check(b))
        return add_delta(a, b, 1);
    if (Delta_Check(a) && DateTime_Check(b))
        return add_delta(b, a, 1);
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
datetime_sub(PyObject *a, PyObject *b)
{
    if (!DateTime_Check(a))
        Py_RETURN_NOTIMPLEMENTED;
    if (Delta_Check(b))
        return add_delta(a, b, -1);
    if (!DateTime_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    long long diff = dt_us(a) - dt_us(b);
    if (DT(a)->tzinfo != DT(b)->tzinfo) {
        PyObject *o1 = datetime_utcoffset(a, NULL), *o2 = NULL;
        if (o1 == NULL)
            return NULL;
        o2 = datetime_utcoffset(b, NULL);
        if (o2 == NULL) {
            Py_DECREF(o1);
            return NULL;
        }
        if ((o1 == Py_None) != (o2 == Py_None)) {
            Py_DECREF(o1);
            Py_DECREF(o2);
            PyErr_SetString(PyExc_TypeError,
                            "can't subtract offset-naive and offset-aware datetimes");
            return NULL;
        }
        if (o1 != Py_None)
            diff -= delta_total_us(o1) - delta_total_us(o2);
        Py_DECREF(o1);
        Py_DECREF(o2);
    }
    return kr_dt_new_delta(0, 0, diff);
}

/* ---- classmethods ---- */

/* The datetime of a POSIX time: local (and its fold found by probing a
 * day earlier) or UTC. */
static PyObject *
from_timet(PyObject *cls, long long t, int us, int local, PyObject *tz)
{
    struct tm tm;
    if (kr_dt_timet_to_tm(t, &tm, local) < 0)
        return NULL;
    int y = tm.tm_year + 1900, m = tm.tm_mon + 1, d = tm.tm_mday, hh = tm.tm_hour,
        mm = tm.tm_min, ss = tm.tm_sec > 59 ? 59 : tm.tm_sec, fold = 0;
    if (local && tz == Py_None) {
        long long result = kr_dt_utc_to_seconds(y, m, d, hh, mm, ss);
        if (result == -1 && PyErr_Occurred())
            return NULL;
        long long probe = kr_dt_local(DT_EPOCH_SECONDS + t - 86400);
        if (probe == -1)
            return NULL;
        long long transition = result - probe - 86400;
        if (transition < 0) {
            probe = kr_dt_local(DT_EPOCH_SECONDS + t + transition);
            if (probe == -1)
                return NULL;
            if (probe == result)
                fold = 1;
        }
    }
    return new_datetime_subclass(y, m, d, hh, mm, ss, us, tz, fold, cls);
}

static PyObject *
then_fromutc(PyObject *dt, PyObject *tz)
{
    if (dt == NULL || tz == Py_None)
        return dt;
    PyObject *r = PyObject_CallMethodOneArg(tz, KR_ID(fromutc), dt);
    Py_DECREF(dt);
    return r;
}

static PyObject *
datetime_now(PyObject *cls, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"tz", NULL};
    PyObject *tz = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:now", kwlist, &tz))
        return NULL;
    if (kr_dt_check_tzinfo(tz) < 0)
        return NULL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return then_fromutc(from_timet(cls, ts.tv_sec, (int)(ts.tv_nsec / 1000), tz == Py_None, tz),
                        tz);
}

static PyObject *
datetime_utcnow(PyObject *cls, PyObject *unused)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return from_timet(cls, ts.tv_sec, (int)(ts.tv_nsec / 1000), 0, Py_None);
}

static PyObject *
datetime_fromtimestamp(PyObject *cls, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"timestamp", "tz", NULL};
    PyObject *stamp, *tz = Py_None;
    long long sec;
    int us;
    if (kw == NULL && PyTuple_GET_SIZE(args) == 1)
        stamp = PyTuple_GET_ITEM(args, 0);
    else if (!PyArg_ParseTupleAndKeywords(args, kw, "O|O:fromtimestamp", kwlist, &stamp, &tz))
        return NULL;
    if (kr_dt_check_tzinfo(tz) < 0 || kr_dt_timestamp_split(stamp, &sec, &us, 0) < 0)
        return NULL;
    return then_fromutc(from_timet(cls, sec, us, tz == Py_None, tz), tz);
}

static PyObject *
datetime_utcfromtimestamp(PyObject *cls, PyObject *stamp)
{
    long long sec;
    int us;
    if (kr_dt_timestamp_split(stamp, &sec, &us, 0) < 0)
        return NULL;
    return from_timet(cls, sec, us, 0, Py_None);
}

static PyObject *
datetime_strptime(PyObject *cls, PyObject *args)
{
    PyObject *string, *format;
    if (!PyArg_ParseTuple(args, "UU:strptime", &string, &format))
        return NULL;
    PyObject *mod = PyImport_ImportModule("_strptime");
    if (mod == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethod(mod, "_strptime_datetime", "OOO", cls, string, format);
    Py_DECREF(mod);
    return r;
}

static PyObject *
datetime_combine(PyObject *cls, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"date", "time", "tzinfo", NULL};
    PyObject *date, *time, *tz = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!O!|O:combine", kwlist, &KrDate_Type, &date,
                                     &KrTime_Type, &time, &tz))
        return NULL;
    KrTime *t = TIME(time);
    if (tz == NULL)
        tz = t->tzinfo;
    return new_datetime_subclass(DATE(date)->year, DATE(date)->month, DATE(date)->day,
                                       t->hour, t->minute, t->second, t->us, tz, t->fold, cls);
}

static PyObject *
datetime_fromisoformat(PyObject *cls, PyObject *s)
{
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0, us = 0, tzsec = 0, tzus = 0;
    if (kr_dt_iso_arg(s) < 0)
        return NULL;
    int rv = kr_dt_iso_datetime(s, &y, &m, &d, &hh, &mm, &ss, &us, &tzsec, &tzus);
    if (rv < 0)
        return rv == -1 ? kr_dt_iso_invalid(s) : NULL;
    PyObject *tz = kr_dt_iso_tzinfo(rv, tzsec, tzus);
    if (tz == NULL)
        return NULL;
    PyObject *r = new_datetime_subclass(y, m, d, hh, mm, ss, us, tz, 0, cls);
    Py_DECREF(tz);
    return r;
}

/* ---- formatting ---- */

static PyObject *
datetime_repr(PyObject *self)
{
    KrDateTime *s = DT(self);
    int v[7] = {s->date.year, s->date.month, s->date.day, s->hour, s->minute, s->second, s->us};
    return kr_dt_repr(self, v, s->us ? 7 : s->second ? 6 : 5, s->tzinfo, s->fold, 1);
}

static PyObject *
datetime_isoformat(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"sep", "timespec", NULL};
    KrDateTime *s = DT(self);
    PyObject *sepobj = NULL;
    Py_UCS4 sep = 'T';
    const char *spec = NULL;
    char buf[32];
    if ((PyTuple_GET_SIZE(args) || kw) &&
        !PyArg_ParseTupleAndKeywords(args, kw, "|Os:isoformat", kwlist, &sepobj, &spec))
        return NULL;
    if (sepobj) {
        if (!PyUnicode_Check(sepobj) || PyUnicode_GET_LENGTH(sepobj) != 1) {
            PyErr_Format(PyExc_TypeError,
                         "isoformat() argument 1 must be a unicode character, not %.50s",
                         PyUnicode_Check(sepobj) ? "str" : Py_TYPE(sepobj)->tp_name);
            return NULL;
        }
        sep = PyUnicode_READ_CHAR(sepobj, 0);
    }
    int n = kr_dt_iso_date_text(buf, self);
    int k = kr_dt_iso_timefmt(buf + n + 1, s->hour, s->minute, s->second, s->us, spec);
    if (k < 0)
        return NULL;
    PyObject *r;
    if (sep < 128) {
        buf[n] = (char)sep;
        r = _PyUnicode_FromASCII(buf, n + 1 + k);
    }
    else {
        PyObject *d = _PyUnicode_FromASCII(buf, n), *t = _PyUnicode_FromASCII(buf + n + 1, k);
        r = d && t ? PyUnicode_FromFormat("%U%c%U", d, (int)sep, t) : NULL;
        Py_XDECREF(d);
        Py_XDECREF(t);
    }
    if (r == NULL || s->tzinfo == Py_None)
        return r;
    return kr_dt_append_offset(r, datetime_utcoffset(self, NULL));
}

static PyObject *
datetime_str(PyObject *self)
{
    return PyObject_CallMethodOneArg(self, KR_ID(isoformat), KR_ID(space));
}

static PyObject *
datetime_ctime(PyObject *self, PyObject *unused)
{
    KrDateTime *s = DT(self);
    return kr_dt_ctime(s->date.year, s->date.month, s->date.day, s->hour, s->minute, s->second);
}

static PyObject *
datetime_timetuple(PyObject *self, PyObject *unused)
{
    KrDateTime *s = DT(self);
    int flag = -1;
    if (s->tzinfo != Py_None) {
        PyObject *dst = datetime_dst(self, NULL);
        if (dst == NULL)
            return NULL;
        if (dst != Py_None)
            flag = delta_is_nonzero(dst);
        Py_DECREF(dst);
    }
    return kr_dt_build_struct_time(s->date.year, s->date.month, s->date.day, s->hour, s->minute,
                                   s->second, flag);
}

static PyObject *
datetime_utctimetuple(PyObject *self, PyObject *unused)
{
    KrDateTime *s = DT(self);
    int y = s->date.year, m = s->date.month, d = s->date.day, hh = s->hour, mm = s->minute,
        ss = s->second, us;
    if (s->tzinfo != Py_None) {
        PyObject *off = datetime_utcoffset(self, NULL);
        if (off == NULL)
            return NULL;
        if (off != Py_None) {
            long long total = dt_us(self) - delta_total_us(off);
            Py_DECREF(off);
            if (split_us(total, &y, &m, &d, &hh, &mm, &ss, &us) < 0)
                return NULL;
        }
        else {
            Py_DECREF(off);
        }
    }
    return kr_dt_build_struct_time(y, m, d, hh, mm, ss, 0);
}

static PyObject *
datetime_strftime(PyObject *self, PyObject *args, PyObject *kw)
{
    PyObject *format = kr_dt_strftime_arg(args, kw);
    if (format == NULL)
        return NULL;
    PyObject *tt = PyObject_CallMethodNoArgs(self, KR_ID(timetuple));
    if (tt == NULL)
        return NULL;
    PyObject *r = kr_dt_wrap_strftime(format, tt, DT(self)->us, DT(self)->tzinfo, self);
    Py_DECREF(tt);
    return r;
}

/* ---- conversions ---- */

static PyObject *
datetime_timestamp(PyObject *self, PyObject *unused)
{
    KrDateTime *s = DT(self);
    if (s->tzinfo != Py_None) {
        PyObject *off = datetime_utcoffset(self, NULL);
        if (off == NULL)
            return NULL;
        if (off == Py_None) {
            Py_DECREF(off);
            PyErr_SetString(PyExc_TypeError,
                            "can't subtract offset-naive and offset-aware datetimes");
            return NULL;
        }
        long long total = dt_us(self) - delta_total_us(off) - DT_EPOCH_SECONDS * 1000000LL;
        Py_DECREF(off);
        PyObject *t = PyLong_FromLongLong(total), *mil = PyLong_FromLong(1000000), *r = NULL;
        if (t && mil)
            r = PyNumber_TrueDivide(t, mil);
        Py_XDECREF(t);
        Py_XDECREF(mil);
        return r;
    }
    long long secs = kr_dt_local_to_seconds(s->date.year, s->date.month, s->date.day, s->hour,
                                            s->minute, s->second, s->fold);
    if (secs == -1 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble((double)(secs - DT_EPOCH_SECONDS) + s->us / 1e6);
}

static PyObject *
datetime_date(PyObject *self, PyObject *unused)
{
    return kr_dt_new_date_ex(DATE(self)->year, DATE(self)->month, DATE(self)->day, &KrDate_Type);
}

static PyObject *
datetime_time(PyObject *self, PyObject *unused)
{
    KrDateTime *s = DT(self);
    return kr_dt_new_time_ex(s->hour, s->minute, s->second, s->us, Py_None, s->fold, &KrTime_Type);
}

static PyObject *
datetime_timetz(PyObject *self, PyObject *unused)
{
    KrDateTime *s = DT(self);
    return kr_dt_new_time_ex(s->hour, s->minute, s->second, s->us, s->tzinfo, s->fold,
                             &KrTime_Type);
}

static PyObject *
datetime_replace(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"year", "month", "day", "hour", "minute", "second",
                             "microsecond", "tzinfo", "fold", NULL};
    KrDateTime *s = DT(self);
    int y = s->date.year, m = s->date.month, d = s->date.day, hh = s->hour, mm = s->minute,
        ss = s->second, us = s->us, fold = s->fold;
    PyObject *tz = s->tzinfo;
    if (fast_datetime_args(args, kw, &y, &m, &d, &hh, &mm, &ss, &us, &tz, &fold, 0)) {
        if (PyErr_Occurred())
            return NULL;
        y = s->date.year, m = s->date.month, d = s->date.day, hh = s->hour, mm = s->minute,
        ss = s->second, us = s->us, fold = s->fold;
        tz = s->tzinfo;
        if (!PyArg_ParseTupleAndKeywords(args, kw, "|iiiiiiiO$i:replace", kwlist, &y, &m, &d,
                                         &hh, &mm, &ss, &us, &tz, &fold))
            return NULL;
    }
    return kr_dt_new_datetime_ex(y, m, d, hh, mm, ss, us, tz, fold, Py_TYPE(self));
}

/* The local zone in force at a naive datetime taken as local time. */
static PyObject *
local_timezone_from_local(PyObject *self)
{
    KrDateTime *s = DT(self);
    long long secs = kr_dt_local_to_seconds(s->date.year, s->date.month, s->date.day, s->hour,
                                            s->minute, s->second, s->fold);
    if (secs == -1 && PyErr_Occurred())
        return NULL;
    return kr_dt_local_timezone_at(secs - DT_EPOCH_SECONDS);
}

static PyObject *
datetime_astimezone(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"tz", NULL};
    KrDateTime *s = DT(self);
    PyObject *tz = Py_None, *self_tz, *off;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:astimezone", kwlist, &tz))
        return NULL;
    if (kr_dt_check_tzinfo(tz) < 0)
        return NULL;
    if (s->tzinfo == Py_None) {
naive:
        self_tz = local_timezone_from_local(self);
        if (self_tz == NULL)
            return NULL;
    }
    else {
        self_tz = s->tzinfo;
        Py_INCREF(self_tz);
    }
    if (self_tz == tz) {
        Py_DECREF(self_tz);
        Py_INCREF(self);
        return self;
    }
    off = kr_dt_call_utcoffset(self_tz, self);
    Py_DECREF(self_tz);
    if (off == NULL)
        return NULL;
    if (off == Py_None) {
        Py_DECREF(off);
        goto naive;
    }
    int y, m, d, hh, mm, ss, us;
    long long total = dt_us(self) - delta_total_us(off);
    Py_DECREF(off);
    if (split_us(total, &y, &m, &d, &hh, &mm, &ss, &us) < 0)
        return NULL;
    PyObject *target = tz;
    if (tz == Py_None) {
        target = kr_dt_local_timezone_at(total / 1000000 - (total % 1000000 < 0) -
                                         DT_EPOCH_SECONDS);
        if (target == NULL)
            return NULL;
    }
    else {
        Py_INCREF(target);
    }
    PyObject *utc = kr_dt_new_datetime_ex(y, m, d, hh, mm, ss, us, target, 0, Py_TYPE(self));
    PyObject *r = utc ? PyObject_CallMethodOneArg(target, KR_ID(fromutc), utc) : NULL;
    Py_XDECREF(utc);
    Py_DECREF(target);
    return r;
}

static PyObject *
datetime_reduce_proto(PyObject *self, int proto)
{
    KrDateTime *s = DT(self);
    unsigned char b[10] = {(unsigned char)(s->date.year >> 8), (unsigned char)(s->date.year & 0xff),
                           (unsigned char)(s->date.month | (s->fold && proto > 3 ? 0x80 : 0)),
                           (unsigned char)s->date.day, (unsigned char)s->hour,
                           (unsigned char)s->minute, (unsigned char)s->second,
                           (unsigned char)(s->us >> 16), (unsigned char)((s->us >> 8) & 0xff),
                           (unsigned char)(s->us & 0xff)};
    return kr_dt_reduce_value(self, b, 10, s->tzinfo);
}

static PyObject *
datetime_reduce_ex(PyObject *self, PyObject *args)
{
    int proto;
    if (!PyArg_ParseTuple(args, "i:__reduce_ex__", &proto))
        return NULL;
    return datetime_reduce_proto(self, proto);
}

static PyObject *
datetime_reduce(PyObject *self, PyObject *unused)
{
    return datetime_reduce_proto(self, 2);
}

static PyObject *
dt_get_hour(PyObject *self, void *c)
{
    return PyLong_FromLong(DT(self)->hour);
}

static PyObject *
dt_get_minute(PyObject *self, void *c)
{
    return PyLong_FromLong(DT(self)->minute);
}

static PyObject *
dt_get_second(PyObject *self, void *c)
{
    return PyLong_FromLong(DT(self)->second);
}

static PyObject *
dt_get_us(PyObject *self, void *c)
{
    return PyLong_FromLong(DT(self)->us);
}

static PyObject *
dt_get_fold(PyObject *self, void *c)
{
    return PyLong_FromLong(DT(self)->fold);
}

static PyObject *
dt_get_tzinfo(PyObject *self, void *c)
{
    Py_INCREF(DT(self)->tzinfo);
    return DT(self)->tzinfo;
}

static PyGetSetDef datetime_getset[] = {
    {"hour", dt_get_hour, NULL, NULL, NULL},
    {"minute", dt_get_minute, NULL, NULL, NULL},
    {"second", dt_get_second, NULL, NULL, NULL},
    {"microsecond", dt_get_us, NULL, NULL, NULL},
    {"tzinfo", dt_get_tzinfo, NULL, NULL, NULL},
    {"fold", dt_get_fold, NULL, NULL, NULL},
    {NULL},
};

#define VARKW METH_VARARGS | METH_KEYWORDS
#define KWFUNC(f) (PyCFunction)(void (*)(void))(f)

static PyMethodDef datetime_methods[] = {
    {"now", KWFUNC(datetime_now), VARKW | METH_CLASS,
     "now($type, /, tz=None)\n--\n\n"
     "Returns new datetime object representing current time local to tz.\n\n"
     "  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone."},
    {"utcnow", (PyCFunction)datetime_utcnow, METH_NOARGS | METH_CLASS,
     "Return a new datetime representing UTC day and time."},
    {"fromtimestamp", KWFUNC(datetime_fromtimestamp), VARKW | METH_CLASS,
     "timestamp[, tz] -> tz's local time from POSIX timestamp."},
    {"utcfromtimestamp", (PyCFunction)datetime_utcfromtimestamp, METH_O | METH_CLASS,
     "Construct a naive UTC datetime from a POSIX timestamp."},
    {"strptime", (PyCFunction)datetime_strptime, METH_VARARGS | METH_CLASS,
     "string, format -> new datetime parsed from a string (like time.strptime())."},
    {"combine", KWFUNC(datetime_combine), VARKW | METH_CLASS,
     "date, time -> datetime with same date and time fields"},
    {"fromisoformat", (PyCFunction)datetime_fromisoformat, METH_O | METH_CLASS,
     "string -> datetime from a string in most ISO 8601 formats"},
    {"date", datetime_date, METH_NOARGS, "Return date object with same year, month and day."},
    {"time", datetime_time, METH_NOARGS, "Return time object with same time but with tzinfo=None."},
    {"timetz", datetime_timetz, METH_NOARGS, "Return time object with same time and tzinfo."},
    {"ctime", datetime_ctime, METH_NOARGS, "Return ctime() style string."},
    {"timetuple", datetime_timetuple, METH_NOARGS,
     "Return time tuple, compatible with time.localtime()."},
    {"timestamp", datetime_timestamp, METH_NOARGS, "Return POSIX timestamp as float."},
    {"utctimetuple", datetime_utctimetuple, METH_NOARGS,
     "Return UTC time tuple, compatible with time.localtime()."},
    {"isoformat", KWFUNC(datetime_isoformat), VARKW,
     "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n"
     "sep is used to separate the year from the time, and defaults to 'T'.\n"
     "The optional argument timespec specifies the number of additional terms\n"
     "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
     "'seconds', 'milliseconds' and 'microseconds'.\n"},
    {"strftime", KWFUNC(datetime_strftime), VARKW, "format -> strftime() style string."},
    {"utcoffset", datetime_utcoffset, METH_NOARGS, "Return self.tzinfo.utcoffset(self)."},
    {"tzname", datetime_tzname, METH_NOARGS, "Return self.tzinfo.tzname(self)."},
    {"dst", datetime_dst, METH_NOARGS, "Return self.tzinfo.dst(self)."},
    {"replace", KWFUNC(datetime_replace), VARKW, "Return datetime with new specified fields."},
    {"astimezone", KWFUNC(datetime_astimezone), VARKW,
     "tz -> convert to local time in new timezone tz\n"},
    {"__reduce_ex__", datetime_reduce_ex, METH_VARARGS, "__reduce_ex__(proto) -> (cls, state)"},
    {"__reduce__", datetime_reduce, METH_NOARGS, "__reduce__() -> (cls, state)"},
    {NULL},
};

static PyNumberMethods datetime_as_number = {
    .nb_add = datetime_add,
    .nb_subtract = datetime_sub,
};

PyTypeObject KrDateTime_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.datetime",
    .tp_basicsize = sizeof(KrDateTime),
    .tp_dealloc = datetime_dealloc,
    .tp_repr = datetime_repr,
    .tp_as_number = &datetime_as_number,
    .tp_hash = datetime_hash,
    .tp_str = datetime_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
              "The year, month and day arguments are required. tzinfo may be None, or an\n"
              "instance of a tzinfo subclass. The remaining arguments may be ints.\n",
    .tp_richcompare = datetime_richcompare,
    .tp_methods = datetime_methods,
    .tp_getset = datetime_getset,
    .tp_base = &KrDate_Type,
    .tp_new = datetime_new,
};
