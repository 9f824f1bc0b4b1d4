/* datetime.date, and IsoCalendarDate (what isocalendar() returns).
 *
 * A date is three ints; arithmetic goes through the proleptic Gregorian
 * ordinal.  datetime inherits several of these methods as they are
 * (toordinal, weekday, isoweekday, isocalendar, __format__, the year,
 * month and day properties, and the classmethods today, fromordinal
 * and fromisocalendar, which build a datetime at midnight); the rest it
 * redefines in datetime.c.
 *
 * How results are built follows CPython's C module: the classmethods
 * (fromordinal, fromisoformat, ...) call a subclass's constructor with
 * (year, month, day), arithmetic on a subclass instance does the same
 * with the instance's type, and replace() allocates the subclass
 * directly without running its __new__. */
#include "kr_datetime.h"
#include <time.h>

static const char *const day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const month_names[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Without the range checks: a pickle's fields are trusted as CPython
 * trusts them (only its month byte was checked). */
static PyObject *
date_alloc(int y, int m, int d, PyTypeObject *type)
{
    KrDate *self = (KrDate *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->hash = -1;
    self->year = y;
    self->month = m;
    self->day = d;
    if (type != &KrDate_Type && PyType_IsSubtype(type, &KrDateTime_Type)) {
        /* date's methods called on a datetime (date.replace(dt)) make a
         * datetime: give it a valid time part, midnight and naive */
        Py_INCREF(Py_None);
        DT(self)->tzinfo = Py_None;
    }
    return (PyObject *)self;
}

PyObject *
kr_dt_new_date_ex(int y, int m, int d, PyTypeObject *type)
{
    if (kr_dt_check_date(y, m, d) < 0)
        return NULL;
    return date_alloc(y, m, d, type);
}

/* date or datetime (midnight) or cls(y, m, d) for other classes. */
static PyObject *
new_date_subclass(int y, int m, int d, PyObject *cls)
{
    if (cls == (PyObject *)&KrDate_Type)
        return kr_dt_new_date_ex(y, m, d, &KrDate_Type);
    if (cls == (PyObject *)&KrDateTime_Type)
        return kr_dt_new_datetime_ex(y, m, d, 0, 0, 0, 0, Py_None, 0, &KrDateTime_Type);
    return PyObject_CallFunction(cls, "iii", y, m, d);
}

static const KrPickleShape date_pickle = {4, 2, 0xff, 1, 12, 0, "date"};

static KrArgNames date_args = {3, 3, {"year", "month", "day"}};

static PyObject *
date_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"year", "month", "day", NULL};
    int y, m, d;
    PyObject *state, *tz;
    int pickled = kr_dt_unpickle_args(args, kw, &date_pickle, &state, &tz);
    if (pickled < 0)
        return NULL;
    if (pickled) {
        const unsigned char *b = (const unsigned char *)PyBytes_AS_STRING(state);
        PyObject *r = date_alloc(b[0] * 256 + b[1], b[2], b[3], type);
        Py_DECREF(state);
        return r;
    }
    PyObject *v[3];
    int *const dst[3] = {&y, &m, &d};
    int fast = kr_dt_fast_args(args, kw, &date_args, v);
    if (fast < 0)
        return NULL;
    if (fast || !v[0] || !v[1] || !v[2] || kr_dt_fast_ints(v, dst, 3)) {
        if (!PyArg_ParseTupleAndKeywords(args, kw, "iii", kwlist, &y, &m, &d))
            return NULL;
    }
    return kr_dt_new_date_ex(y, m, d, type);
}

static void
date_dealloc(PyObject *self)
{
    Py_TYPE(self)->tp_free(self);
}

/* ---- classmethods ---- */

static PyObject *
date_fromtimestamp(PyObject *cls, PyObject *ts)
{
    long long sec;
    int us;
    struct tm tm;
    if (kr_dt_timestamp_split(ts, &sec, &us, 1) < 0 || kr_dt_timet_to_tm(sec, &tm, 1) < 0)
        return NULL;
    return new_date_subclass(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, cls);
}

static PyObject *
date_today(PyObject *cls, PyObject *unused)
{
    PyObject *now = PyObject_CallMethodNoArgs(kr_dt_time_module(), KR_ID(time));
    if (now == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethodOneArg(cls, KR_ID(fromtimestamp), now);
    Py_DECREF(now);
    return r;
}

static PyObject *
date_fromordinal(PyObject *cls, PyObject *args)
{
    int ord, y, m, d;
    if (!PyArg_ParseTuple(args, "i:fromordinal", &ord))
        return NULL;
    if (ord < 1) {
        PyErr_SetString(PyExc_ValueError, "ordinal must be >= 1");
        return NULL;
    }
    kr_dt_ord_to_ymd(ord, &y, &m, &d);
    return new_date_subclass(y, m, d, cls);
}

static PyObject *
date_fromisoformat(PyObject *cls, PyObject *s)
{
    int y, m, d;
    if (kr_dt_iso_arg(s) < 0)
        return NULL;
    int rv = kr_dt_iso_date(s, &y, &m, &d);
    if (rv < 0)
        return rv == -1 ? kr_dt_iso_invalid(s) : NULL;
    return new_date_subclass(y, m, d, cls);
}

static PyObject *
date_fromisocalendar(PyObject *cls, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"year", "week", "day", NULL};
    int year, week, day;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "iii:fromisocalendar", kwlist, &year, &week,
                                     &day)) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "ISO calendar component out of range");
        }
        return NULL;
    }
    if (year < DT_MINYEAR || year > DT_MAXYEAR) {
        PyErr_Format(PyExc_ValueError, "Year is out of range: %d", year);
        return NULL;
    }
    if (!kr_dt_iso_week_exists(year, week)) {
        PyErr_Format(PyExc_ValueError, "Invalid week: %d", week);
        return NULL;
    }
    if (day <= 0 || day >= 8) {
        PyErr_Format(PyExc_ValueError, "Invalid day: %d (range is [1, 7])", day);
        return NULL;
    }
    int y, m, d;
    kr_dt_ord_to_ymd(kr_dt_iso_week1_monday(year) + (week - 1) * 7 + day - 1, &y, &m, &d);
    return new_date_subclass(y, m, d, cls);
}

/* ---- arithmetic ---- */

static PyObject *
date_plus_days(PyObject *date, long long days)
{
    KrDate *s = DATE(date);
    int y, m, d;
    if (kr_dt_date_from_ord_checked(kr_dt_ymd_to_ord(s->year, s->month, s->day) + days, &y, &m,
                                    &d) < 0)
        return NULL;
    return new_date_subclass(y, m, d, (PyObject *)Py_TYPE(date));
}

static PyObject *
date_add(PyObject *a, PyObject *b)
{
    if (DateTime_Check(a) || DateTime_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    if (Date_Check(a) && Delta_Check(b))
        return date_plus_days(a, DELTA(b)->days);
    if (Delta_Check(a) && Date_Check(b))
        return date_plus_days(b, DELTA(a)->days);
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
date_sub(PyObject *a, PyObject *b)
{
    if (DateTime_Check(a) || DateTime_Check(b) || !Date_Check(a))
        Py_RETURN_NOTIMPLEMENTED;
    if (Date_Check(b)) {
        KrDate *x = DATE(a), *y = DATE(b);
        return kr_dt_new_delta(kr_dt_ymd_to_ord(x->year, x->month, x->day) -
                                   kr_dt_ymd_to_ord(y->year, y->month, y->day),
                               0, 0);
    }
    if (Delta_Check(b))
        return date_plus_days(a, -(long long)DELTA(b)->days);
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
date_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Date_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    KrDate *x = DATE(a), *y = DATE(b);
    long u = ((long)x->year * 16 + x->month) * 32 + x->day;
    long v = ((long)y->year * 16 + y->month) * 32 + y->day;
    Py_RETURN_RICHCOMPARE(u, v, op);
}

static Py_hash_t
date_hash(PyObject *self)
{
    KrDate *s = DATE(self);
    if (s->hash == -1) {
        s->hash = kr_dt_hash_bits((unsigned long long)kr_dt_ymd_to_ord(s->year, s->month, s->day));
    }
    return s->hash;
}

/* ---- formatting ---- */

static PyObject *
date_repr(PyObject *self)
{
    KrDate *s = DATE(self);
    int v[3] = {s->year, s->month, s->day};
    return kr_dt_repr(self, v, 3, Py_None, 0, 0);
}

int
kr_dt_iso_date_text(char *buf, PyObject *date)
{
    KrDate *s = DATE(date);
    char *p = kr_dt_digits(buf, s->year, 4);
    *p++ = '-';
    p = kr_dt_digits(p, s->month, 2);
    *p++ = '-';
    p = kr_dt_digits(p, s->day, 2);
    return (int)(p - buf);
}

static PyObject *
date_isoformat(PyObject *self, PyObject *unused)
{
    char buf[16];
    return _PyUnicode_FromASCII(buf, kr_dt_iso_date_text(buf, self));
}

static PyObject *
date_str(PyObject *self)
{
    return PyObject_CallMethodNoArgs(self, KR_ID(isoformat));
}

PyObject *
kr_dt_ctime(int y, int m, int d, int hh, int mm, int ss)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", day_names[kr_dt_weekday(y, m, d)],
             month_names[m], d, hh, mm, ss, y);
    return PyUnicode_FromString(buf);
}

static PyObject *
date_ctime(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    return kr_dt_ctime(s->year, s->month, s->day, 0, 0, 0);
}

static PyObject *
date_timetuple(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    return kr_dt_build_struct_time(s->year, s->month, s->day, 0, 0, 0, -1);
}

static PyObject *
date_strftime(PyObject *self, PyObject *args, PyObject *kw)
{
    PyObject *format = kr_dt_strftime_arg(args, kw);
    if (format == NULL)
        return NULL;
    PyObject *tt = PyObject_CallMethodNoArgs(self, KR_ID(timetuple));
    if (tt == NULL)
        return NULL;
    /* date.strftime(a_datetime, ...) still sees its %f, %z and %Z */
    int dt = DateTime_Check(self);
    PyObject *r = kr_dt_wrap_strftime(format, tt, dt ? DT(self)->us : 0,
                                      dt ? DT(self)->tzinfo : Py_None, self);
    Py_DECREF(tt);
    return r;
}

/* ---- other methods ---- */

static PyObject *
date_toordinal(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    return PyLong_FromLong(kr_dt_ymd_to_ord(s->year, s->month, s->day));
}

static PyObject *
date_weekday(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    return PyLong_FromLong(kr_dt_weekday(s->year, s->month, s->day));
}

static PyObject *
date_isoweekday(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    return PyLong_FromLong(kr_dt_weekday(s->year, s->month, s->day) + 1);
}

static PyObject *
new_isocal(int year, int week, int weekday)
{
    PyObject *r = KrIsoCal_Type.tp_alloc(&KrIsoCal_Type, 3);
    if (r == NULL)
        return NULL;
    PyObject *a = PyLong_FromLong(year), *b = PyLong_FromLong(week), *c = PyLong_FromLong(weekday);
    if (a == NULL || b == NULL || c == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_XDECREF(c);
        Py_DECREF(r);
        return NULL;
    }
    PyTuple_SET_ITEM(r, 0, a);
    PyTuple_SET_ITEM(r, 1, b);
    PyTuple_SET_ITEM(r, 2, c);
    return r;
}

static PyObject *
date_isocalendar(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    int year = s->year;
    long monday = kr_dt_iso_week1_monday(year);
    long today = kr_dt_ymd_to_ord(s->year, s->month, s->day);
    long week = (today - monday) / 7;
    long day = (today - monday) % 7;
    if (today < monday) {
        year--;
        monday = kr_dt_iso_week1_monday(year);
        week = (today - monday) / 7;
        day = (today - monday) % 7;
    }
    else if (week >= 52 && today >= kr_dt_iso_week1_monday(year + 1)) {
        year++;
        week = 0;
    }
    return new_isocal(year, (int)week + 1, (int)day + 1);
}

static PyObject *
date_replace(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"year", "month", "day", NULL};
    KrDate *s = DATE(self);
    int y = s->year, m = s->month, d = s->day;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iii:replace", kwlist, &y, &m, &d))
        return NULL;
    return kr_dt_new_date_ex(y, m, d, Py_TYPE(self));
}

static PyObject *
date_reduce(PyObject *self, PyObject *unused)
{
    KrDate *s = DATE(self);
    unsigned char b[4] = {(unsigned char)(s->year >> 8), (unsigned char)(s->year & 0xff),
                          (unsigned char)s->month, (unsigned char)s->day};
    return kr_dt_reduce_value(self, b, 4, NULL);
}

static PyObject *
date_get_year(PyObject *self, void *c)
{
    return PyLong_FromLong(DATE(self)->year);
}

static PyObject *
date_get_month(PyObject *self, void *c)
{
    return PyLong_FromLong(DATE(self)->month);
}

static PyObject *
date_get_day(PyObject *self, void *c)
{
    return PyLong_FromLong(DATE(self)->day);
}

static PyGetSetDef date_getset[] = {
    {"year", date_get_year, NULL, NULL, NULL},
    {"month", date_get_month, NULL, NULL, NULL},
    {"day", date_get_day, NULL, NULL, NULL},
    {NULL},
};

static PyMethodDef date_methods[] = {
    {"fromtimestamp", (PyCFunction)date_fromtimestamp, METH_O | METH_CLASS,
     "fromtimestamp($type, timestamp, /)\n--\n\n"
     "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via "
     "time.time(), that is interpreted\nas local time."},
    {"fromordinal", (PyCFunction)date_fromordinal, METH_VARARGS | METH_CLASS,
     "int -> date corresponding to a proleptic Gregorian ordinal."},
    {"fromisoformat", (PyCFunction)date_fromisoformat, METH_O | METH_CLASS,
     "str -> Construct a date from a string in ISO 8601 format."},
    {"fromisocalendar", (PyCFunction)(void (*)(void))date_fromisocalendar,
     METH_VARARGS | METH_KEYWORDS | METH_CLASS,
     "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\n"
     "This is the inverse of the date.isocalendar() function"},
    {"today", (PyCFunction)date_today, METH_NOARGS | METH_CLASS,
     "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."},
    {"ctime", date_ctime, METH_NOARGS, "Return ctime() style string."},
    {"strftime", (PyCFunction)(void (*)(void))date_strftime, METH_VARARGS | METH_KEYWORDS,
     "format -> strftime() style string."},
    {"__format__", kr_dt_format, METH_VARARGS, "Formats self with strftime."},
    {"timetuple", date_timetuple, METH_NOARGS, "Return time tuple, compatible with time.localtime()."},
    {"isocalendar", date_isocalendar, METH_NOARGS,
     "Return a named tuple containing ISO year, week number, and weekday."},
    {"isoformat", date_isoformat, METH_NOARGS, "Return string in ISO 8601 format, YYYY-MM-DD."},
    {"isoweekday", date_isoweekday, METH_NOARGS,
     "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7"},
    {"toordinal", date_toordinal, METH_NOARGS,
     "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."},
    {"weekday", date_weekday, METH_NOARGS,
     "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6"},
    {"replace", (PyCFunction)(void (*)(void))date_replace, METH_VARARGS | METH_KEYWORDS,
     "Return date with new specified fields."},
    {"__reduce__", date_reduce, METH_NOARGS, "__reduce__() -> (cls, state)"},
    {NULL},
};

static PyNumberMethods date_as_number = {
    .nb_add = date_add,
    .nb_subtract = date_sub,
};

PyTypeObject KrDate_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.date",
    .tp_basicsize = sizeof(KrDate),
    .tp_dealloc = date_dealloc,
    .tp_repr = date_repr,
    .tp_as_number = &date_as_number,
    .tp_hash = date_hash,
    .tp_str = date_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "date(year, month, day) --> date object",
    .tp_richcompare = date_richcompare,
    .tp_methods = date_methods,
    .tp_getset = date_getset,
    .tp_new = date_new,
};

/* ---- IsoCalendarDate: a tuple with field names ---- */

static PyObject *
isocal_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"year", "week", "weekday", NULL};
    int y, w, d;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "iii:IsoCalendarDate", kwlist, &y, &w, &d))
        return NULL;
    PyObject *r = type->tp_alloc(type, 3);
    if (r == NULL)
        return NULL;
    PyObject *v[3] = {PyLong_FromLong(y), PyLong_FromLong(w), PyLong_FromLong(d)};
    for (int i = 0; i < 3; i++) {
        if (v[i] == NULL) {
            for (int k = 0; k < 3; k++)
                Py_XDECREF(v[k]);
            Py_DECREF(r);
            return NULL;
        }
    }
    for (int i = 0; i < 3; i++)
        PyTuple_SET_ITEM(r, i, v[i]);
    return r;
}

static PyObject *
isocal_repr(PyObject *self)
{
    return PyUnicode_FromFormat("%s(year=%S, week=%S, weekday=%S)", Py_TYPE(self)->tp_name,
                                PyTuple_GET_ITEM(self, 0), PyTuple_GET_ITEM(self, 1),
                                PyTuple_GET_ITEM(self, 2));
}

/* Pickled as a plain tuple, as CPython does. */
static PyObject *
isocal_reduce(PyObject *self, PyObject *unused)
{
    PyObject *t = PyTuple_GetSlice(self, 0, 3);
    if (t == NULL)
        return NULL;
    return Py_BuildValue("(O(N))", &PyTuple_Type, t);
}

static PyObject *
isocal_get(PyObject *self, void *index)
{
    PyObject *v = PyTuple_GET_ITEM(self, (Py_ssize_t)index);
    Py_INCREF(v);
    return v;
}

static PyGetSetDef isocal_getset[] = {
    {"year", isocal_get, NULL, NULL, (void *)0},
    {"week", isocal_get, NULL, NULL, (void *)1},
    {"weekday", isocal_get, NULL, NULL, (void *)2},
    {NULL},
};

static PyMethodDef isocal_methods[] = {
    {"__reduce__", isocal_reduce, METH_NOARGS, "__reduce__() -> (cls, state)"},
    {NULL},
};

PyTypeObject KrIsoCal_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.IsoCalendarDate",
    .tp_basicsize = sizeof(PyTupleObject) - sizeof(PyObject *),
    .tp_itemsize = sizeof(PyObject *),
    .tp_repr = isocal_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "The result of date.isocalendar() or datetime.isocalendar()\n\n"
              "This object may be accessed either as a tuple of\n"
              "  ((year, week, weekday)\n"
              "or via the object attributes as named in the above tuple.",
    .tp_methods = isocal_methods,
    .tp_getset = isocal_getset,
    .tp_base = &PyTuple_Type,
    .tp_new = isocal_new,
};
