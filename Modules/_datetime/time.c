/* datetime.time: a time of day with an optional tzinfo and PEP 495's fold.
 *
 * A time's tzinfo is asked with None as the argument (there is no date
 * to ask about).  Comparison of aware times with different offsets
 * works in whole seconds shifted by the offset's days and seconds and
 * then microseconds, as CPython's C module does (an offset's own
 * microseconds are not part of it); the hash is built from the same
 * quantities so that equal times hash equal.  fold takes part in
 * neither.
 *
 * The pickled state is 6 bytes (hour, minute, second, microsecond in
 * 3), the hour byte carrying 128 for fold=1 in protocols above 3. */
#include "kr_datetime.h"

/* Unchecked, for pickles (whose hour byte alone was checked). */
static PyObject *
time_alloc(int h, int mi, int s, int us, PyObject *tz, int fold, PyTypeObject *type)
{
    KrTime *self = (KrTime *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->hash = -1;
    self->hour = h;
    self->minute = mi;
    self->second = s;
    self->us = us;
    self->fold = fold;
    Py_INCREF(tz);
    self->tzinfo = tz;
    return (PyObject *)self;
}

PyObject *
kr_dt_new_time_ex(int h, int mi, int s, int us, PyObject *tz, int fold, PyTypeObject *type)
{
    if (kr_dt_check_time(h, mi, s, us, fold) < 0 || kr_dt_check_tzinfo(tz) < 0)
        return NULL;
    return time_alloc(h, mi, s, us, tz, fold, type);
}

static const KrPickleShape time_pickle = {6, 0, 0x7f, 0, 23, 1, "time"};

static KrArgNames time_args = {6, 5, {"hour", "minute", "second", "microsecond", "tzinfo",
                                      "fold"}};

static PyObject *
time_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    int h = 0, mi = 0, s = 0, us = 0, fold = 0;
    PyObject *tz = Py_None;
    PyObject *state;
    int pickled = kr_dt_unpickle_args(args, kw, &time_pickle, &state, &tz);
    if (pickled < 0)
        return NULL;
    if (pickled) {
        const unsigned char *b = (const unsigned char *)PyBytes_AS_STRING(state);
        PyObject *r = time_alloc(b[0] & 0x7f, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tz,
                                 b[0] >> 7, type);
        Py_DECREF(state);
        return r;
    }
    PyObject *v[6];
    int *const dst[6] = {&h, &mi, &s, &us, NULL, &fold};
    int fast = kr_dt_fast_args(args, kw, &time_args, v);
    if (fast < 0)
        return NULL;
    if (!fast) {
        PyObject *tzv = v[4];
        v[4] = NULL;
        fast = kr_dt_fast_ints(v, dst, 6);
        if (tzv)
            tz = tzv;
    }
    if (fast) {
        h = mi = s = us = fold = 0;
        tz = Py_None;
        if (!PyArg_ParseTupleAndKeywords(args, kw, "|iiiiO$i", kwlist, &h, &mi, &s, &us, &tz,
                                         &fold))
            return NULL;
    }
    return kr_dt_new_time_ex(h, mi, s, us, tz, fold, type);
}

static void
time_dealloc(PyObject *self)
{
    Py_DECREF(TIME(self)->tzinfo);
    Py_TYPE(self)->tp_free(self);
}

/* ---- tzinfo queries ---- */

static PyObject *
time_utcoffset(PyObject *self, PyObject *unused)
{
    return kr_dt_call_utcoffset(TIME(self)->tzinfo, Py_None);
}

static PyObject *
time_dst(PyObject *self, PyObject *unused)
{
    return kr_dt_call_dst(TIME(self)->tzinfo, Py_None);
}

static PyObject *
time_tzname(PyObject *self, PyObject *unused)
{
    return kr_dt_call_tzname(TIME(self)->tzinfo, Py_None);
}

/* ---- comparison and hash ---- */

static PyObject *
time_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Time_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    KrTime *x = TIME(a), *y = TIME(b);
    long long u, v;
    PyObject *o1 = NULL, *o2 = NULL, *result = NULL;
    if (x->tzinfo != y->tzinfo) {
        o1 = kr_dt_call_utcoffset(x->tzinfo, Py_None);
        if (o1 == NULL)
            return NULL;
        o2 = kr_dt_call_utcoffset(y->tzinfo, Py_None);
        if (o2 == NULL)
            goto done;
        if ((o1 == Py_None) != (o2 == Py_None)) {
            result = kr_dt_naive_aware(op, "times");
            goto done;
        }
    }
    u = ((long long)x->hour * 3600 + x->minute * 60 + x->second);
    v = ((long long)y->hour * 3600 + y->minute * 60 + y->second);
    if (o1 && o1 != Py_None) {
        u -= (long long)DELTA(o1)->days * 86400 + DELTA(o1)->seconds;
        v -= (long long)DELTA(o2)->days * 86400 + DELTA(o2)->seconds;
    }
    u = u * 1000000 + x->us;
    v = v * 1000000 + y->us;
    result = kr_dt_compare(u, v, op);
done:
    Py_XDECREF(o1);
    Py_XDECREF(o2);
    return result;
}

static Py_hash_t
time_hash(PyObject *self)
{
    KrTime *t = TIME(self);
    if (t->hash != -1)
        return t->hash;
    long long secs = (long long)t->hour * 3600 + t->minute * 60 + t->second;
    if (t->tzinfo != Py_None) {
        PyObject *off = kr_dt_call_utcoffset(t->tzinfo, Py_None);
        if (off == NULL)
            return -1;
        if (off != Py_None)
            secs -= (long long)DELTA(off)->days * 86400 + DELTA(off)->seconds;
        Py_DECREF(off);
    }
    t->hash = kr_dt_hash_bits((unsigned long long)(secs * 1000000 + t->us));
    return t->hash;
}

/* ---- formatting ---- */

static PyObject *
time_repr(PyObject *self)
{
    KrTime *t = TIME(self);
    int v[4] = {t->hour, t->minute, t->second, t->us};
    return kr_dt_repr(self, v, t->us ? 4 : t->second ? 3 : 2, t->tzinfo, t->fold, 0);
}

static PyObject *
time_isoformat(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"timespec", NULL};
    KrTime *t = TIME(self);
    const char *spec = NULL;
    char buf[16];
    if ((PyTuple_GET_SIZE(args) || kw) &&
        !PyArg_ParseTupleAndKeywords(args, kw, "|s:isoformat", kwlist, &spec))
        return NULL;
    int n = kr_dt_iso_timefmt(buf, t->hour, t->minute, t->second, t->us, spec);
    if (n < 0)
        return NULL;
    PyObject *r = _PyUnicode_FromASCII(buf, n);
    if (r == NULL || t->tzinfo == Py_None)
        return r;
    return kr_dt_append_offset(r, time_utcoffset(self, NULL));
}

static PyObject *
time_str(PyObject *self)
{
    return PyObject_CallMethodNoArgs(self, KR_ID(isoformat));
}

static PyObject *
time_strftime(PyObject *self, PyObject *args, PyObject *kw)
{
    KrTime *t = TIME(self);
    PyObject *format = kr_dt_strftime_arg(args, kw);
    if (format == NULL)
        return NULL;
    /* the date part is 1900-01-01, a Monday, day 1 of the year */
    PyObject *tt = Py_BuildValue("(iiiiiiiii)", 1900, 1, 1, t->hour, t->minute, t->second, 0, 1,
                                 -1);
    if (tt == NULL)
        return NULL;
    PyObject *r = kr_dt_wrap_strftime(format, tt, t->us, t->tzinfo, Py_None);
    Py_DECREF(tt);
    return r;
}

/* ---- other methods ---- */

static PyObject *
time_fromisoformat(PyObject *cls, PyObject *s)
{
    int hh = 0, mm = 0, ss = 0, us = 0, tzsec = 0, tzus = 0;
    if (kr_dt_iso_arg(s) < 0)
        return NULL;
    int rv = kr_dt_iso_time(s, &hh, &mm, &ss, &us, &tzsec, &tzus);
    if (rv < 0)
        return rv == -1 ? kr_dt_iso_invalid(s) : NULL;
    PyObject *tz = kr_dt_iso_tzinfo(rv, tzsec, tzus);
    if (tz == NULL)
        return NULL;
    PyObject *r;
    if (cls == (PyObject *)&KrTime_Type)
        r = kr_dt_new_time_ex(hh, mm, ss, us, tz, 0, &KrTime_Type);
    else
        r = PyObject_CallFunction(cls, "iiiiO", hh, mm, ss, us, tz);
    Py_DECREF(tz);
    return r;
}

static PyObject *
time_replace(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    KrTime *t = TIME(self);
    int h = t->hour, mi = t->minute, s = t->second, us = t->us, fold = t->fold;
    PyObject *tz = t->tzinfo;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|iiiiO$i:replace", kwlist, &h, &mi, &s, &us, &tz,
                                     &fold))
        return NULL;
    return kr_dt_new_time_ex(h, mi, s, us, tz, fold, Py_TYPE(self));
}

static PyObject *
time_reduce_proto(PyObject *self, int proto)
{
    KrTime *t = TIME(self);
    unsigned char b[6] = {(unsigned char)(t->hour | (t->fold && proto > 3 ? 0x80 : 0)),
                          (unsigned char)t->minute, (unsigned char)t->second,
                          (unsigned char)(t->us >> 16), (unsigned char)((t->us >> 8) & 0xff),
                          (unsigned char)(t->us & 0xff)};
    return kr_dt_reduce_value(self, b, 6, t->tzinfo);
}

static PyObject *
time_reduce_ex(PyObject *self, PyObject *args)
{
    int proto;
    if (!PyArg_ParseTuple(args, "i:__reduce_ex__", &proto))
        return NULL;
    return time_reduce_proto(self, proto);
}

static PyObject *
time_reduce(PyObject *self, PyObject *unused)
{
    return time_reduce_proto(self, 2);
}

static PyObject *
time_get_hour(PyObject *self, void *c)
{
    return PyLong_FromLong(TIME(self)->hour);
}

static PyObject *
time_get_minute(PyObject *self, void *c)
{
    return PyLong_FromLong(TIME(self)->minute);
}

static PyObject *
time_get_second(PyObject *self, void *c)
{
    return PyLong_FromLong(TIME(self)->second);
}

static PyObject *
time_get_us(PyObject *self, void *c)
{
    return PyLong_FromLong(TIME(self)->us);
}

static PyObject *
time_get_fold(PyObject *self, void *c)
{
    return PyLong_FromLong(TIME(self)->fold);
}

static PyObject *
time_get_tzinfo(PyObject *self, void *c)
{
    Py_INCREF(TIME(self)->tzinfo);
    return TIME(self)->tzinfo;
}

static PyGetSetDef time_getset[] = {
    {"hour", time_get_hour, NULL, NULL, NULL},
    {"minute", time_get_minute, NULL, NULL, NULL},
    {"second", time_get_second, NULL, NULL, NULL},
    {"microsecond", time_get_us, NULL, NULL, NULL},
    {"tzinfo", time_get_tzinfo, NULL, NULL, NULL},
    {"fold", time_get_fold, NULL, NULL, NULL},
    {NULL},
};

static PyMethodDef time_methods[] = {
    {"isoformat", (PyCFunction)(void (*)(void))time_isoformat, METH_VARARGS | METH_KEYWORDS,
     "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\n"
     "The optional argument timespec specifies the number of additional terms\n"
     "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
     "'seconds', 'milliseconds' and 'microseconds'.\n"},
    {"strftime", (PyCFunction)(void (*)(void))time_strftime, METH_VARARGS | METH_KEYWORDS,
     "format -> strftime() style string."},
    {"__format__", kr_dt_format, METH_VARARGS, "Formats self with strftime."},
    {"utcoffset", time_utcoffset, METH_NOARGS, "Return self.tzinfo.utcoffset(self)."},
    {"tzname", time_tzname, METH_NOARGS, "Return self.tzinfo.tzname(self)."},
    {"dst", time_dst, METH_NOARGS, "Return self.tzinfo.dst(self)."},
    {"replace", (PyCFunction)(void (*)(void))time_replace, METH_VARARGS | METH_KEYWORDS,
     "Return time with new specified fields."},
    {"fromisoformat", (PyCFunction)time_fromisoformat, METH_O | METH_CLASS,
     "string -> time from a string in ISO 8601 format"},
    {"__reduce_ex__", time_reduce_ex, METH_VARARGS, "__reduce_ex__(proto) -> (cls, state)"},
    {"__reduce__", time_reduce, METH_NOARGS, "__reduce__() -> (cls, state)"},
    {NULL},
};

PyTypeObject KrTime_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.time",
    .tp_basicsize = sizeof(KrTime),
    .tp_dealloc = time_dealloc,
    .tp_repr = time_repr,
    .tp_hash = time_hash,
    .tp_str = time_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
              "All arguments are optional. tzinfo may be None, or an instance of\n"
              "a tzinfo subclass. The remaining arguments may be ints.\n",
    .tp_richcompare = time_richcompare,
    .tp_methods = time_methods,
    .tp_getset = time_getset,
    .tp_new = time_new,
};
