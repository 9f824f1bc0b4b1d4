/* datetime.timedelta: days, seconds and microseconds, normalised so that
 * only days carries a sign.
 *
 * Arithmetic works on the total number of microseconds.  Its largest
 * magnitude (about 8.64e19) overflows 64 bits, so the hot operations
 * use a 128-bit integer and fall back to Python ints only where the
 * operand itself is a Python int too large for C or a float (whose
 * exact ratio must be used to round as CPython does: half to even).
 * The constructor likewise sums exact ints in 128 bits and takes the
 * general route, accumulating float fractions separately, only when
 * a float or a huge int is given. */
#include "kr_datetime.h"
#include "structmember.h"
#include <math.h>

typedef __int128 i128;

static PyObject *
delta_alloc(PyTypeObject *type, int days, int seconds, int us)
{
    KrDelta *self = (KrDelta *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->hash = -1;
    self->days = days;
    self->seconds = seconds;
    self->us = us;
    return (PyObject *)self;
}

static int
check_days(i128 days)
{
    if (days > INT_MAX || days < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (days > DT_MAX_DELTA_DAYS || days < -DT_MAX_DELTA_DAYS) {
        PyErr_Format(PyExc_OverflowError, "days=%d; must have magnitude <= %d", (int)days,
                     DT_MAX_DELTA_DAYS);
        return -1;
    }
    return 0;
}

static PyObject *
delta_from_i128_type(i128 total, PyTypeObject *type)
{
    i128 us = total % 1000000, secs = total / 1000000;
    if (us < 0) {
        us += 1000000;
        secs--;
    }
    i128 s = secs % 86400, days = secs / 86400;
    if (s < 0) {
        s += 86400;
        days--;
    }
    if (check_days(days) < 0)
        return NULL;
    return delta_alloc(type, (int)days, (int)s, (int)us);
}

static PyObject *
delta_from_i128(i128 total)
{
    return delta_from_i128_type(total, &KrDelta_Type);
}

static i128
delta_us(PyObject *d)
{
    KrDelta *o = DELTA(d);
    return ((i128)o->days * 86400 + o->seconds) * 1000000 + o->us;
}

PyObject *
kr_dt_new_delta(long long days, long long seconds, long long us)
{
    return delta_from_i128(((i128)days * 86400 + seconds) * 1000000 + us);
}

/* A Python int from a 128-bit one (via its bytes: no C type holds it). */
static PyObject *
long_from_i128(i128 v)
{
    return _PyLong_FromByteArray((const unsigned char *)&v, sizeof v, 1, 1);
}

/* 0 and the value, or 1 when the int does not fit (no error set). */
static int
long_to_i128(PyObject *v, i128 *out)
{
    int overflow;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (overflow) {
        if (_PyLong_NumBits(v) > 120)
            return 1;
        i128 r = 0;
        if (_PyLong_AsByteArray((PyLongObject *)v, (unsigned char *)&r, sizeof r, 1, 1) < 0) {
            PyErr_Clear();
            return 1;
        }
        *out = r;
        return 0;
    }
    *out = x;
    return 0;
}

static PyObject *
delta_to_us(PyObject *delta)
{
    return long_from_i128(delta_us(delta));
}

static PyObject *
delta_from_us_type(PyObject *us, PyTypeObject *type)
{
    i128 v;
    if (long_to_i128(us, &v) == 0)
        return delta_from_i128_type(v, type);
    if (PyErr_Occurred())
        return NULL;
    /* far beyond the range: say so in CPython's words */
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
    return NULL;
}

static PyObject *
delta_from_us(PyObject *us)
{
    return delta_from_us_type(us, &KrDelta_Type);
}

/* a / b rounded to the nearest integer, ties to even (Python ints). */
static PyObject *
divide_nearest(PyObject *a, PyObject *b)
{
    PyObject *qr = PyNumber_Divmod(a, b);
    if (qr == NULL)
        return NULL;
    PyObject *q = PyTuple_GET_ITEM(qr, 0), *r = PyTuple_GET_ITEM(qr, 1);
    Py_INCREF(q);
    PyObject *two = PyLong_FromLong(2), *r2 = NULL;
    int bpos = PyObject_RichCompareBool(b, Py_False, Py_GT);
    r2 = two ? PyNumber_Multiply(r, two) : NULL;
    Py_DECREF(qr);
    Py_XDECREF(two);
    if (r2 == NULL || bpos < 0)
        goto error;
    int cmp = PyObject_RichCompareBool(r2, b, bpos ? Py_GT : Py_LT);
    int eq = PyObject_RichCompareBool(r2, b, Py_EQ);
    if (cmp < 0 || eq < 0)
        goto error;
    if (!cmp && eq) {
        PyObject *odd = PyNumber_And(q, Py_True);
        if (odd == NULL)
            goto error;
        cmp = PyObject_IsTrue(odd);
        Py_DECREF(odd);
    }
    Py_DECREF(r2);
    if (cmp) {
        PyObject *q1 = PyNumber_Add(q, Py_True);
        Py_DECREF(q);
        return q1;
    }
    return q;
error:
    Py_XDECREF(r2);
    Py_DECREF(q);
    return NULL;
}

/* ---- constructor ---- */

/* Add num * factor microseconds to *sum (a Python int), keeping the
 * fraction a float leaves below a microsecond in *leftover. */
static int
accumulate(PyObject **sum, PyObject *num, long long factor, double *leftover, const char *tag)
{
    PyObject *prod = NULL, *f = NULL, *x = NULL;
    if (PyLong_Check(num)) {
        f = PyLong_FromLongLong(factor);
        prod = f ? PyNumber_Multiply(num, f) : NULL;
    }
    else if (PyFloat_Check(num)) {
        double ip, d = PyFloat_AS_DOUBLE(num);
        double frac = modf(d, &ip);
        x = PyLong_FromDouble(ip);
        f = PyLong_FromLongLong(factor);
        prod = x && f ? PyNumber_Multiply(x, f) : NULL;
        if (prod && frac != 0.0) {
            double scaled = frac * (double)factor;
            frac = modf(scaled, &ip);
            PyObject *y = PyLong_FromDouble(ip), *p2 = NULL;
            if (y)
                p2 = PyNumber_Add(prod, y);
            Py_XDECREF(y);
            Py_SETREF(prod, p2);
            *leftover += frac;
        }
    }
    else {
        PyErr_Format(PyExc_TypeError, "unsupported type for timedelta %s component: %s", tag,
                     Py_TYPE(num)->tp_name);
        return -1;
    }
    Py_XDECREF(f);
    Py_XDECREF(x);
    if (prod == NULL)
        return -1;
    PyObject *s = PyNumber_Add(*sum, prod);
    Py_DECREF(prod);
    if (s == NULL)
        return -1;
    Py_SETREF(*sum, s);
    return 0;
}

static const char *delta_kwlist[] = {"days", "seconds", "microseconds", "milliseconds",
                                     "minutes", "hours", "weeks", NULL};
static const long long delta_factors[] = {86400000000LL, 1000000, 1, 1000, 60000000,
                                          3600000000LL, 604800000000LL};

static KrArgNames delta_args = {7, 7, {"days", "seconds", "microseconds", "milliseconds",
                                       "minutes", "hours", "weeks"}};

static PyObject *
delta_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *v[7] = {NULL};
    int fast = kr_dt_fast_args(args, kw, &delta_args, v);
    if (fast < 0)
        return NULL;
    if (fast > 0) {
        memset(v, 0, sizeof v);
        if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOOOOOO:__new__", (char **)delta_kwlist,
                                         &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6]))
            return NULL;
    }
    /* the common case: ints that fit a C long long */
    i128 total = 0;
    int i;
    for (i = 0; i < 7; i++) {
        if (v[i] == NULL)
            continue;
        if (!PyLong_Check(v[i]))
            break;
        int overflow;
        long long x = PyLong_AsLongLongAndOverflow(v[i], &overflow);
        if (overflow)
            break;
        total += (i128)x * delta_factors[i];
    }
    if (i == 7)
        return delta_from_i128_type(total, type);

    PyObject *sum = PyLong_FromLong(0), *result = NULL;
    double leftover = 0.0;
    if (sum == NULL)
        return NULL;
    for (i = 0; i < 7; i++)
        if (v[i] && accumulate(&sum, v[i], delta_factors[i], &leftover, delta_kwlist[i]) < 0)
            goto done;
    if (leftover != 0.0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {
            /* ties go to the even total */
            PyObject *odd = PyNumber_And(sum, Py_True);
            if (odd == NULL)
                goto done;
            int is_odd = PyObject_IsTrue(odd);
            Py_DECREF(odd);
            whole = 2.0 * round((leftover + is_odd) * 0.5) - is_odd;
        }
        PyObject *w = PyLong_FromDouble(whole), *s2 = NULL;
        if (w)
            s2 = PyNumber_Add(sum, w);
        Py_XDECREF(w);
        if (s2 == NULL)
            goto done;
        Py_SETREF(sum, s2);
    }
    result = delta_from_us_type(sum, type);
done:
    Py_DECREF(sum);
    return result;
}

static void
delta_dealloc(PyObject *self)
{
    Py_TYPE(self)->tp_free(self);
}

/* ---- arithmetic ---- */

static PyObject *
delta_add(PyObject *a, PyObject *b)
{
    if (Delta_Check(a) && Delta_Check(b))
        return delta_from_i128(delta_us(a) + delta_us(b));
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
delta_sub(PyObject *a, PyObject *b)
{
    if (Delta_Check(a) && Delta_Check(b))
        return delta_from_i128(delta_us(a) - delta_us(b));
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
delta_neg(PyObject *a)
{
    return delta_from_i128(-delta_us(a));
}

static PyObject *
delta_pos(PyObject *a)
{
    return delta_alloc(&KrDelta_Type, DELTA(a)->days, DELTA(a)->seconds, DELTA(a)->us);
}

static PyObject *
delta_abs(PyObject *a)
{
    return DELTA(a)->days < 0 ? delta_neg(a) : delta_pos(a);
}

static int
delta_bool(PyObject *a)
{
    return DELTA(a)->days || DELTA(a)->seconds || DELTA(a)->us;
}

/* delta * (a Python int), exactly. */
static PyObject *
mul_int(PyObject *delta, PyObject *n)
{
    i128 k, r;
    if (long_to_i128(n, &k) == 0 && !__builtin_mul_overflow(delta_us(delta), k, &r))
        return delta_from_i128(r);
    if (PyErr_Occurred())
        return NULL;
    PyObject *us = delta_to_us(delta), *p = NULL, *res = NULL;
    if (us)
        p = PyNumber_Multiply(us, n);
    if (p)
        res = delta_from_us(p);
    Py_XDECREF(us);
    Py_XDECREF(p);
    return res;
}

/* The float's exact ratio, as two Python ints. */
static int
float_ratio(PyObject *f, PyObject **num, PyObject **den)
{
    PyObject *r = PyObject_CallMethod(f, "as_integer_ratio", NULL);
    if (r == NULL)
        return -1;
    if (!PyTuple_Check(r)) {
        PyErr_Format(PyExc_TypeError,
                     "unexpected return type from as_integer_ratio(): expected tuple, got '%.200s'",
                     Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return -1;
    }
    if (PyTuple_GET_SIZE(r) != 2) {
        Py_DECREF(r);
        PyErr_SetString(PyExc_ValueError, "as_integer_ratio() must return a 2-tuple");
        return -1;
    }
    *num = PyTuple_GET_ITEM(r, 0);
    *den = PyTuple_GET_ITEM(r, 1);
    Py_INCREF(*num);
    Py_INCREF(*den);
    Py_DECREF(r);
    return 0;
}

/* delta * num / den, rounded half to even; `swap` divides by num * den^-1. */
static PyObject *
scale_delta(PyObject *delta, PyObject *mul, PyObject *div)
{
    PyObject *us = delta_to_us(delta), *p = NULL, *q = NULL, *res = NULL;
    if (us)
        p = PyNumber_Multiply(us, mul);
    if (p)
        q = divide_nearest(p, div);
    if (q)
        res = delta_from_us(q);
    Py_XDECREF(us);
    Py_XDECREF(p);
    Py_XDECREF(q);
    return res;
}

static PyObject *
mul_float(PyObject *delta, PyObject *f)
{
    PyObject *num, *den;
    if (float_ratio(f, &num, &den) < 0)
        return NULL;
    PyObject *r = scale_delta(delta, num, den);
    Py_DECREF(num);
    Py_DECREF(den);
    return r;
}

static PyObject *
delta_mul(PyObject *a, PyObject *b)
{
    if (Delta_Check(a)) {
        if (PyLong_Check(b))
            return mul_int(a, b);
        if (PyFloat_Check(b))
            return mul_float(a, b);
    }
    else if (Delta_Check(b)) {
        if (PyLong_Check(a))
            return mul_int(b, a);
        if (PyFloat_Check(a))
            return mul_float(b, a);
    }
    Py_RETURN_NOTIMPLEMENTED;
}

static void
zero_division(const char *msg)
{
    PyErr_SetString(PyExc_ZeroDivisionError, msg);
}

#define DIVMOD_ZERO "integer division or modulo by zero"

/* Floor division and modulo of 128-bit ints. */
static i128
floordiv128(i128 a, i128 b)
{
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static PyObject *
delta_truediv(PyObject *a, PyObject *b)
{
    if (!Delta_Check(a))
        Py_RETURN_NOTIMPLEMENTED;
    if (Delta_Check(b)) {
        i128 x = delta_us(a), y = delta_us(b);
        if (y == 0) {
            zero_division("division by zero");
            return NULL;
        }
        const i128 exact = (i128)1 << 53;
        if (x < exact && x > -exact && y < exact && y > -exact)
            return PyFloat_FromDouble((double)x / (double)y);
        PyObject *px = long_from_i128(x), *py = long_from_i128(y), *r = NULL;
        if (px && py)
            r = PyNumber_TrueDivide(px, py);
        Py_XDECREF(px);
        Py_XDECREF(py);
        return r;
    }
    if (PyLong_Check(b)) {
        i128 k;
        if (long_to_i128(b, &k) == 0) {
            if (k == 0) {
                zero_division(DIVMOD_ZERO);
                return NULL;
            }
            i128 x = delta_us(a);
            i128 q = floordiv128(x, k), r = x - q * k;
            /* round half to even: compare twice the remainder with k */
            i128 r2 = 2 * r;
            if ((k > 0 && (r2 > k || (r2 == k && (q & 1)))) ||
                (k < 0 && (r2 < k || (r2 == k && (q & 1)))))
                q++;
            return delta_from_i128(q);
        }
        if (PyErr_Occurred())
            return NULL;
        PyObject *one = PyLong_FromLong(1);
        PyObject *r = one ? scale_delta(a, one, b) : NULL;
        Py_XDECREF(one);
        return r;
    }
    if (PyFloat_Check(b)) {
        PyObject *num, *den;
        if (float_ratio(b, &num, &den) < 0)
            return NULL;
        PyObject *r = scale_delta(a, den, num);
        Py_DECREF(num);
        Py_DECREF(den);
        return r;
    }
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
delta_floordiv(PyObject *a, PyObject *b)
{
    if (!Delta_Check(a))
        Py_RETURN_NOTIMPLEMENTED;
    if (Delta_Check(b)) {
        i128 y = delta_us(b);
        if (y == 0) {
            zero_division(DIVMOD_ZERO);
            return NULL;
        }
        return long_from_i128(floordiv128(delta_us(a), y));
    }
    if (PyLong_Check(b)) {
        i128 k;
        if (long_to_i128(b, &k) == 0) {
            if (k == 0) {
                zero_division(DIVMOD_ZERO);
                return NULL;
            }
            return delta_from_i128(floordiv128(delta_us(a), k));
        }
        if (PyErr_Occurred())
            return NULL;
        /* |b| is beyond any total: the quotient is 0 or -1 */
        return delta_from_i128((delta_us(a) < 0) != (_PyLong_Sign(b) < 0) && delta_us(a) != 0
                                   ? -1 : 0);
    }
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
delta_mod(PyObject *a, PyObject *b)
{
    if (!Delta_Check(a) || !Delta_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    i128 x = delta_us(a), y = delta_us(b);
    if (y == 0) {
        zero_division("integer modulo by zero");
        return NULL;
    }
    return delta_from_i128(x - floordiv128(x, y) * y);
}

static PyObject *
delta_divmod(PyObject *a, PyObject *b)
{
    if (!Delta_Check(a) || !Delta_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    i128 x = delta_us(a), y = delta_us(b);
    if (y == 0) {
        zero_division(DIVMOD_ZERO);
        return NULL;
    }
    i128 q = floordiv128(x, y);
    PyObject *pq = long_from_i128(q);
    PyObject *r = pq ? delta_from_i128(x - q * y) : NULL;
    if (r == NULL) {
        Py_XDECREF(pq);
        return NULL;
    }
    return Py_BuildValue("(NN)", pq, r);
}

/* ---- comparison, hash ---- */

static PyObject *
delta_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Delta_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    i128 x = delta_us(a), y = delta_us(b);
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static Py_hash_t
delta_hash(PyObject *self)
{
    KrDelta *d = DELTA(self);
    if (d->hash == -1) {
        PyObject *t = Py_BuildValue("(iii)", d->days, d->seconds, d->us);
        if (t == NULL)
            return -1;
        d->hash = PyObject_Hash(t);
        Py_DECREF(t);
    }
    return d->hash;
}

/* ---- repr, str ---- */

static PyObject *
delta_repr(PyObject *self)
{
    KrDelta *d = DELTA(self);
    char buf[128];
    size_t n = 0;
    buf[0] = '\0';
    if (d->days)
        n += snprintf(buf + n, sizeof buf - n, "days=%d", d->days);
    if (d->seconds)
        n += snprintf(buf + n, sizeof buf - n, "%sseconds=%d", n ? ", " : "", d->seconds);
    if (d->us)
        n += snprintf(buf + n, sizeof buf - n, "%smicroseconds=%d", n ? ", " : "", d->us);
    if (n == 0)
        snprintf(buf, sizeof buf, "0");
    return PyUnicode_FromFormat("%s(%s)", Py_TYPE(self)->tp_name, buf);
}

static PyObject *
delta_str(PyObject *self)
{
    KrDelta *d = DELTA(self);
    char buf[128];
    size_t n = 0;
    if (d->days)
        n = snprintf(buf, sizeof buf, "%d day%s, ", d->days,
                     (d->days == 1 || d->days == -1) ? "" : "s");
    n += snprintf(buf + n, sizeof buf - n, "%d:%02d:%02d", d->seconds / 3600,
                  d->seconds / 60 % 60, d->seconds % 60);
    if (d->us)
        snprintf(buf + n, sizeof buf - n, ".%06d", d->us);
    return PyUnicode_FromString(buf);
}

/* ---- methods ---- */

static PyObject *
delta_total_seconds(PyObject *self, PyObject *unused)
{
    i128 us = delta_us(self);
    const i128 exact = (i128)1 << 53;
    if (us < exact && us > -exact)
        return PyFloat_FromDouble((double)us / 1e6);
    PyObject *p = long_from_i128(us), *m = PyLong_FromLong(1000000), *r = NULL;
    if (p && m)
        r = PyNumber_TrueDivide(p, m);
    Py_XDECREF(p);
    Py_XDECREF(m);
    return r;
}

static PyObject *
delta_reduce(PyObject *self, PyObject *unused)
{
    KrDelta *d = DELTA(self);
    return Py_BuildValue("(O(iii))", Py_TYPE(self), d->days, d->seconds, d->us);
}

static PyMethodDef delta_methods[] = {
    {"total_seconds", delta_total_seconds, METH_NOARGS,
     "Total seconds in the duration."},
    {"__reduce__", delta_reduce, METH_NOARGS, "__reduce__() -> (cls, state)"},
    {NULL},
};

static PyMemberDef delta_members[] = {
    {"days", T_INT, offsetof(KrDelta, days), READONLY, "Number of days."},
    {"seconds", T_INT, offsetof(KrDelta, seconds), READONLY,
     "Number of seconds (>= 0 and less than 1 day)."},
    {"microseconds", T_INT, offsetof(KrDelta, us), READONLY,
     "Number of microseconds (>= 0 and less than 1 second)."},
    {NULL},
};

static PyNumberMethods delta_as_number = {
    .nb_add = delta_add,
    .nb_subtract = delta_sub,
    .nb_multiply = delta_mul,
    .nb_remainder = delta_mod,
    .nb_divmod = delta_divmod,
    .nb_negative = delta_neg,
    .nb_positive = delta_pos,
    .nb_absolute = delta_abs,
    .nb_bool = delta_bool,
    .nb_floor_divide = delta_floordiv,
    .nb_true_divide = delta_truediv,
};

PyTypeObject KrDelta_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "datetime.timedelta",
    .tp_basicsize = sizeof(KrDelta),
    .tp_dealloc = delta_dealloc,
    .tp_repr = delta_repr,
    .tp_as_number = &delta_as_number,
    .tp_hash = delta_hash,
    .tp_str = delta_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Difference between two datetime values.\n\n"
              "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, "
              "hours=0, weeks=0)\n\n"
              "All arguments are optional and default to 0.\n"
              "Arguments may be integers or floats, and may be positive or negative.",
    .tp_richcompare = delta_richcompare,
    .tp_methods = delta_methods,
    .tp_members = delta_members,
    .tp_new = delta_new,
};
