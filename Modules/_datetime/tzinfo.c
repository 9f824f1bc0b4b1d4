/* datetime.tzinfo (the abstract base) and datetime.timezone (a fixed
 * offset with an optional name), plus the checked calls through which
 * every other type asks a tzinfo for utcoffset(), dst() and tzname().
 *
 * Those calls are on the hot path of every aware operation, so a
 * timezone (the type cannot be subclassed) is answered from its fields
 * without a method call.  The results of any other tzinfo are checked
 * as CPython does: None or a timedelta strictly within a day, None or a
 * str for tzname().
 *
 * timezone(timedelta(0)) with no name is the utc singleton, which is
 * also what unpickling one gives back. */
#include "kr_datetime.h"

/* ---- the checked calls ---- */

static int
offset_in_range(PyObject *offset)
{
    KrDelta *d = DELTA(offset);
    return !((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1);
}

static PyObject *
call_offset_method(PyObject *tzinfo, PyObject *arg, PyObject *meth, const char *name)
{
    PyObject *r = PyObject_CallMethodOneArg(tzinfo, meth, arg);
    if (r == NULL || r == Py_None)
        return r;
    if (!Delta_Check(r)) {
        PyErr_Format(PyExc_TypeError, "tzinfo.%s() must return None or timedelta, not '%.200s'",
                     name, Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return NULL;
    }
    if (!offset_in_range(r)) {
        PyErr_SetString(PyExc_ValueError,
                        "offset must be a timedelta strictly between -timedelta(hours=24) "
                        "and timedelta(hours=24).");
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

PyObject *
kr_dt_call_utcoffset(PyObject *tzinfo, PyObject *arg)
{
    if (tzinfo == Py_None)
        Py_RETURN_NONE;
    if (Py_TYPE(tzinfo) == &KrTimeZone_Type) {
        PyObject *o = ((KrTimeZone *)tzinfo)->offset;
        Py_INCREF(o);
        return o;
    }
    return call_offset_method(tzinfo, arg, KR_ID(utcoffset), "utcoffset");
}

PyObject *
kr_dt_call_dst(PyObject *tzinfo, PyObject *arg)
{
    if (tzinfo == Py_None || Py_TYPE(tzinfo) == &KrTimeZone_Type)
        Py_RETURN_NONE;
    return call_offset_method(tzinfo, arg, KR_ID(dst), "dst");
}

PyObject *
kr_dt_call_tzname(PyObject *tzinfo, PyObject *arg)
{
    if (tzinfo == Py_None)
        Py_RETURN_NONE;
    PyObject *r = PyObject_CallMethodOneArg(tzinfo, KR_ID(tzname), arg);
    if (r == NULL || r == Py_None || PyUnicode_Check(r))
        return r;
    PyErr_Format(PyExc_TypeError, "tzinfo.tzname() must return None or a string, not '%s'",
                 Py_TYPE(r)->tp_name);
    Py_DECREF(r);
    return NULL;
}

/* ---- tzinfo ---- */

static PyObject *
not_implemented(const char *what)
{
    PyErr_Format(PyExc_NotImplementedError, "a tzinfo subclass must implement %s()", what);
    return NULL;
}

static PyObject *
tzinfo_tzname(PyObject *self, PyObject *dt)
{
    return not_implemented("tzname");
}

static PyObject *
tzinfo_utcoffset(PyObject *self, PyObject *dt)
{
    return not_implemented("utcoffset");
}

static PyObject *
tzinfo_dst(PyObject *self, PyObject *dt)
{
    return not_implemented("dst");
}

/* fromutc()'s argument must be a datetime whose tzinfo is self. */
static int
check_fromutc_arg(PyObject *self, PyObject *dt)
{
    if (!DateTime_Check(dt)) {
        PyErr_SetString(PyExc_TypeError, "fromutc: argument must be a datetime");
        return -1;
    }
    if (DT(dt)->tzinfo != self) {
        PyErr_SetString(PyExc_ValueError, "fromutc: dt.tzinfo is not self");
        return -1;
    }
    return 0;
}

static PyObject *
tzinfo_fromutc(PyObject *self, PyObject *dt)
{
    if (check_fromutc_arg(self, dt) < 0)
        return NULL;
    PyObject *off = NULL, *dst = NULL, *delta = NULL, *result = NULL;
    off = kr_dt_call_utcoffset(self, dt);
    if (off == NULL)
        goto done;
    if (off == Py_None) {
        PyErr_SetString(PyExc_ValueError, "fromutc: non-None utcoffset() result required");
        goto done;
    }
    dst = kr_dt_call_dst(self, dt);
    if (dst == NULL)
        goto done;
    if (dst == Py_None) {
        PyErr_SetString(PyExc_ValueError, "fromutc: non-None dst() result required");
        goto done;
    }
    delta = PyNumber_Subtract(off, dst);
    if (delta == NULL)
        goto done;
    result = PyNumber_Add(dt, delta);
    if (result == NULL)
        goto done;
    Py_CLEAR(dst);
    dst = kr_dt_call_dst(DT(result)->tzinfo, result);
    if (dst == NULL) {
        Py_CLEAR(result);
        goto done;
    }
    if (dst == Py_None) {
        PyErr_SetString(PyExc_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot "
                                          "convert");
        Py_CLEAR(result);
        goto done;
    }
    if (delta_is_nonzero(dst))
        Py_SETREF(result, PyNumber_Add(result, dst));
done:
    Py_XDECREF(off);
    Py_XDECREF(dst);
    Py_XDECREF(delta);
    return result;
}

static PyObject *
tzinfo_reduce(PyObject *self, PyObject *unused)
{
    PyObject *args, *state;
    PyObject *getinitargs = PyObject_GetAttrString(self, "__getinitargs__");
    if (getinitargs) {
        args = PyObject_CallNoArgs(getinitargs);
        Py_DECREF(getinitargs);
    }
    else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        args = PyTuple_New(0);
    }
    else {
        return NULL;
    }
    if (args == NULL)
        return NULL;
    state = PyObject_CallMethod(self, "__getstate__", NULL);
    if (state == NULL) {
        Py_DECREF(args);
        return NULL;
    }
    return Py_BuildValue("(ONN)", Py_TYPE(self), args, state);
}

static PyMethodDef tzinfo_methods[] = {
    {"tzname", tzinfo_tzname, METH_O, "datetime -> string name of time zone."},
    {"utcoffset", tzinfo_utcoffset, METH_O,
     "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"},
    {"dst", tzinfo_dst, METH_O, "datetime -> DST offset as timedelta positive east of UTC."},
    {"fromutc", tzinfo_fromutc, METH_O, "datetime in UTC -> datetime in local time."},
    {"__reduce__", tzinfo_reduce, METH_NOARGS, "-> (cls, state)"},
    {NULL},
};

static void
plain_dealloc(PyObject *self)
{
    Py_TYPE(self)->tp_free(self);
}

PyTypeObject KrTZInfo_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.tzinfo",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = plain_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Abstract base class for time zone info objects.",
    .tp_methods = tzinfo_methods,
    .tp_new = PyType_GenericNew,
};

/* ---- timezone ---- */

PyObject *
kr_dt_new_timezone(PyObject *offset, PyObject *name)
{
    if (name == NULL && !delta_is_nonzero(offset)) {
        Py_INCREF(kr_dt_utc);
        return kr_dt_utc;
    }
    if (!offset_in_range(offset)) {
        PyErr_Format(PyExc_ValueError,
                     "offset must be a timedelta strictly between -timedelta(hours=24) and "
                     "timedelta(hours=24), not %R.",
                     offset);
        return NULL;
    }
    KrTimeZone *tz = PyObject_New(KrTimeZone, &KrTimeZone_Type);
    if (tz == NULL)
        return NULL;
    Py_INCREF(offset);
    Py_XINCREF(name);
    tz->offset = offset;
    tz->name = name;
    return (PyObject *)tz;
}

static PyObject *
timezone_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"offset", "name", NULL};
    PyObject *offset, *name = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!|U:timezone", kwlist, &KrDelta_Type, &offset,
                                     &name))
        return NULL;
    return kr_dt_new_timezone(offset, name);
}

static void
timezone_dealloc(PyObject *self)
{
    KrTimeZone *tz = (KrTimeZone *)self;
    Py_XDECREF(tz->offset);
    Py_XDECREF(tz->name);
    Py_TYPE(self)->tp_free(self);
}

static int
check_tz_arg(PyObject *dt, const char *meth)
{
    if (dt == Py_None || DateTime_Check(dt))
        return 0;
    PyErr_Format(PyExc_TypeError, "%s(dt) argument must be a datetime instance or None, not %.200s",
                 meth, Py_TYPE(dt)->tp_name);
    return -1;
}

static PyObject *
timezone_utcoffset(PyObject *self, PyObject *dt)
{
    if (check_tz_arg(dt, "utcoffset") < 0)
        return NULL;
    PyObject *o = ((KrTimeZone *)self)->offset;
    Py_INCREF(o);
    return o;
}

static PyObject *
timezone_dst(PyObject *self, PyObject *dt)
{
    if (check_tz_arg(dt, "dst") < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
timezone_name(PyObject *self)
{
    KrTimeZone *tz = (KrTimeZone *)self;
    if (tz->name) {
        Py_INCREF(tz->name);
        return tz->name;
    }
    if (self == kr_dt_utc || !delta_is_nonzero(tz->offset))
        return PyUnicode_FromString("UTC");
    PyObject *o = kr_dt_format_offset(tz->offset, ":");
    if (o == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("UTC%U", o);
    Py_DECREF(o);
    return r;
}

static PyObject *
timezone_tzname(PyObject *self, PyObject *dt)
{
    if (check_tz_arg(dt, "tzname") < 0)
        return NULL;
    return timezone_name(self);
}

static PyObject *
timezone_fromutc(PyObject *self, PyObject *dt)
{
    if (check_fromutc_arg(self, dt) < 0)
        return NULL;
    return PyNumber_Add(dt, ((KrTimeZone *)self)->offset);
}

static PyObject *
timezone_getinitargs(PyObject *self, PyObject *unused)
{
    KrTimeZone *tz = (KrTimeZone *)self;
    if (tz->name)
        return Py_BuildValue("(OO)", tz->offset, tz->name);
    return Py_BuildValue("(O)", tz->offset);
}

static PyObject *
timezone_repr(PyObject *self)
{
    KrTimeZone *tz = (KrTimeZone *)self;
    const char *type_name = Py_TYPE(self)->tp_name;
    if (self == kr_dt_utc)
        return PyUnicode_FromFormat("%s.utc", type_name);
    if (tz->name)
        return PyUnicode_FromFormat("%s(%R, %R)", type_name, tz->offset, tz->name);
    return PyUnicode_FromFormat("%s(%R)", type_name, tz->offset);
}

static PyObject *
timezone_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !TimeZone_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    return PyObject_RichCompare(((KrTimeZone *)a)->offset, ((KrTimeZone *)b)->offset, op);
}

static Py_hash_t
timezone_hash(PyObject *self)
{
    return PyObject_Hash(((KrTimeZone *)self)->offset);
}

static PyMethodDef timezone_methods[] = {
    {"tzname", timezone_tzname, METH_O,
     "If name is specified when timezone is created, returns the name.  Otherwise returns "
     "offset as 'UTC(+|-)HH:MM'."},
    {"utcoffset", timezone_utcoffset, METH_O, "Return fixed offset."},
    {"dst", timezone_dst, METH_O, "Return None."},
    {"fromutc", timezone_fromutc, METH_O, "datetime in UTC -> datetime in local time."},
    {"__getinitargs__", timezone_getinitargs, METH_NOARGS, "pickle support"},
    {NULL},
};

PyTypeObject KrTimeZone_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.timezone",
    .tp_basicsize = sizeof(KrTimeZone),
    .tp_dealloc = timezone_dealloc,
    .tp_repr = timezone_repr,
    .tp_hash = timezone_hash,
    .tp_str = timezone_name,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Fixed offset from UTC implementation of tzinfo.",
    .tp_richcompare = timezone_richcompare,
    .tp_methods = timezone_methods,
    .tp_base = &KrTZInfo_Type,
    .tp_new = timezone_new,
};
