/* complex: a pair of doubles.
 *
 * The _Py_c_* functions do the arithmetic on plain Py_complex values and
 * report trouble the C way, through errno (EDOM for division by zero or
 * 0 to a negative power, ERANGE for overflow), exactly as CPython's do, so
 * that the slot functions below turn errno into the Python exception.
 *
 * Division uses Smith's algorithm (scale by the larger component of the
 * divisor) so that |b|**2 never overflows needlessly.  Integral powers up
 * to 100 are computed by repeated squaring, which is exact for small
 * Gaussian integers (1j**2 == -1 exactly); other powers go through polar
 * form.  Complex numbers are not ordered: only == and != are defined.
 */
#include "Python.h"
#include "kr_format.h"
#include <ctype.h>
#include <float.h>

static const Py_complex c_1 = {1.0, 0.0};

Py_complex _Py_c_sum(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real + b.real, a.imag + b.imag};
    return r;
}

Py_complex _Py_c_diff(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real - b.real, a.imag - b.imag};
    return r;
}

Py_complex _Py_c_neg(Py_complex a)
{
    Py_complex r = {-a.real, -a.imag};
    return r;
}

Py_complex _Py_c_prod(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

Py_complex _Py_c_quot(Py_complex a, Py_complex b)
{
    Py_complex r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        }
        else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    }
    else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    }
    else {
        /* a NaN in b */
        r.real = r.imag = NAN;
    }
    return r;
}

Py_complex _Py_c_pow(Py_complex a, Py_complex b)
{
    Py_complex r;
    if (b.real == 0.0 && b.imag == 0.0)
        return c_1;
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        r.real = r.imag = 0.0;
        return r;
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    r.real = len * cos(phase);
    r.imag = len * sin(phase);
    return r;
}

static Py_complex c_powu(Py_complex x, long n)
{
    Py_complex r = c_1, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = _Py_c_prod(r, p);
        p = _Py_c_prod(p, p);
    }
    return r;
}

static Py_complex c_powi(Py_complex x, long n)
{
    if (n > 0)
        return c_powu(x, n);
    return _Py_c_quot(c_1, c_powu(x, -n));
}

double _Py_c_abs(Py_complex z)
{
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        errno = 0; /* not an overflow, whatever errno held before */
        /* C99 Annex F: an infinite part wins over NaN */
        if (isinf(z.real))
            return fabs(z.real);
        if (isinf(z.imag))
            return fabs(z.imag);
        return NAN;
    }
    double result = hypot(z.real, z.imag);
    if (!isfinite(result))
        errno = ERANGE;
    else
        errno = 0;
    return result;
}

/* ====================================================================
 * Objects
 * ==================================================================== */

static PyObject *complex_subtype_from_c(PyTypeObject *type, Py_complex c)
{
    PyObject *op = type->tp_alloc(type, 0);
    if (op != NULL)
        ((PyComplexObject *)op)->cval = c;
    return op;
}

PyObject *PyComplex_FromCComplex(Py_complex c)
{
    PyComplexObject *op = (PyComplexObject *)PyObject_Malloc(sizeof(PyComplexObject));
    if (op == NULL)
        return PyErr_NoMemory();
    PyObject_Init((PyObject *)op, &PyComplex_Type);
    op->cval = c;
    return (PyObject *)op;
}

PyObject *PyComplex_FromDoubles(double real, double imag)
{
    Py_complex c = {real, imag};
    return PyComplex_FromCComplex(c);
}

double PyComplex_RealAsDouble(PyObject *op)
{
    if (PyComplex_Check(op))
        return ((PyComplexObject *)op)->cval.real;
    return PyFloat_AsDouble(op);
}

double PyComplex_ImagAsDouble(PyObject *op)
{
    if (PyComplex_Check(op))
        return ((PyComplexObject *)op)->cval.imag;
    return 0.0;
}

/* __complex__ of op (new ref, a complex), NULL without error if none */
static PyObject *try_complex_special_method(PyObject *op)
{
    PyObject *f = _PyObject_LookupSpecial(op, _Py_ID(__complex__));
    if (f == NULL)
        return NULL;
    PyObject *res = PyObject_CallNoArgs(f);
    Py_DECREF(f);
    if (res != NULL && !PyComplex_Check(res)) {
        PyErr_Format(PyExc_TypeError, "__complex__ returned non-complex (type %.200s)", Py_TYPE(res)->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    if (res != NULL && !PyComplex_CheckExact(res) &&
        PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                         "__complex__ returned non-complex (type %.200s).  The ability to return an "
                         "instance of a strict subclass of complex is deprecated, and may be removed "
                         "in a future version of Python.", Py_TYPE(res)->tp_name) < 0) {
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

Py_complex PyComplex_AsCComplex(PyObject *op)
{
    Py_complex cv = {-1.0, 0.0};
    if (PyComplex_Check(op))
        return ((PyComplexObject *)op)->cval;
    PyObject *newop = try_complex_special_method(op);
    if (newop) {
        cv = ((PyComplexObject *)newop)->cval;
        Py_DECREF(newop);
        return cv;
    }
    if (PyErr_Occurred())
        return cv;
    cv.real = PyFloat_AsDouble(op);
    return cv;
}

static void complex_dealloc(PyObject *op)
{
    Py_TYPE(op)->tp_free(op);
}

static int append_double(char *buf, double v, int flags)
{
    char *s = PyOS_double_to_string(v, 'r', 0, flags, NULL);
    if (s == NULL)
        return -1;
    strcpy(buf, s);
    PyMem_Free(s);
    return 0;
}

static PyObject *complex_repr(PyObject *op)
{
    Py_complex c = ((PyComplexObject *)op)->cval;
    char re[40], im[40], out[100];
    if (c.real == 0.0 && copysign(1.0, c.real) == 1.0) {
        /* a pure imaginary shows no real part and no parentheses */
        if (append_double(im, c.imag, 0) < 0)
            return NULL;
        snprintf(out, sizeof out, "%sj", im);
    }
    else {
        if (append_double(re, c.real, 0) < 0 || append_double(im, c.imag, Py_DTSF_SIGN) < 0)
            return NULL;
        snprintf(out, sizeof out, "(%s%sj)", re, im);
    }
    return PyUnicode_FromString(out);
}

static Py_hash_t complex_hash(PyObject *op)
{
    Py_complex c = ((PyComplexObject *)op)->cval;
    Py_uhash_t hashreal = (Py_uhash_t)_Py_HashDouble(op, c.real);
    if (hashreal == (Py_uhash_t)-1)
        return -1;
    Py_uhash_t hashimag = (Py_uhash_t)_Py_HashDouble(op, c.imag);
    if (hashimag == (Py_uhash_t)-1)
        return -1;
    Py_uhash_t combined = hashreal + _PyHASH_IMAG * hashimag;
    if (combined == (Py_uhash_t)-1)
        combined = (Py_uhash_t)-2;
    return (Py_hash_t)combined;
}

/* Operand conversion: 1 ok, 0 NotImplemented, -1 error. */
static int to_complex(PyObject *obj, Py_complex *pc)
{
    pc->imag = 0.0;
    if (PyComplex_Check(obj)) {
        *pc = ((PyComplexObject *)obj)->cval;
        return 1;
    }
    if (PyLong_Check(obj)) {
        pc->real = PyLong_AsDouble(obj);
        if (pc->real == -1.0 && PyErr_Occurred())
            return -1;
        return 1;
    }
    if (PyFloat_Check(obj)) {
        pc->real = PyFloat_AS_DOUBLE(obj);
        return 1;
    }
    return 0;
}

#define TO_COMPLEX(obj, c) do { int r_ = to_complex((obj), &(c)); \
        if (r_ == 0) { Py_RETURN_NOTIMPLEMENTED; } \
        if (r_ < 0) { return NULL; } } while (0)

static PyObject *complex_add(PyObject *v, PyObject *w)
{
    Py_complex a, b;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    return PyComplex_FromCComplex(_Py_c_sum(a, b));
}

static PyObject *complex_sub(PyObject *v, PyObject *w)
{
    Py_complex a, b;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    return PyComplex_FromCComplex(_Py_c_diff(a, b));
}

static PyObject *complex_mul(PyObject *v, PyObject *w)
{
    Py_complex a, b;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    return PyComplex_FromCComplex(_Py_c_prod(a, b));
}

static PyObject *complex_div(PyObject *v, PyObject *w)
{
    Py_complex a, b, q;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    errno = 0;
    q = _Py_c_quot(a, b);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return PyComplex_FromCComplex(q);
}

static PyObject *complex_pow(PyObject *v, PyObject *w, PyObject *z)
{
    Py_complex a, exponent, p;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, exponent);
    if (z != Py_None) {
        PyErr_SetString(PyExc_ValueError, "complex modulo");
        return NULL;
    }
    errno = 0;
    if (exponent.imag == 0.0 && exponent.real == floor(exponent.real) && fabs(exponent.real) <= 100.0)
        p = c_powi(a, (long)exponent.real);
    else
        p = _Py_c_pow(a, exponent);
    /* only an infinite result is an overflow; ERANGE from underflow is not */
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0)
            errno = ERANGE;
    }
    else if (errno == ERANGE)
        errno = 0;
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        PyErr_SetString(PyExc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return PyComplex_FromCComplex(p);
}

static PyObject *complex_neg(PyObject *v)
{
    return PyComplex_FromCComplex(_Py_c_neg(((PyComplexObject *)v)->cval));
}

static PyObject *complex_pos(PyObject *v)
{
    if (PyComplex_CheckExact(v))
        return Py_NewRef(v);
    return PyComplex_FromCComplex(((PyComplexObject *)v)->cval);
}

static PyObject *complex_abs(PyObject *v)
{
    double result = _Py_c_abs(((PyComplexObject *)v)->cval);
    if (errno == ERANGE) {
        errno = 0;
        PyErr_SetString(PyExc_OverflowError, "absolute value too large");
        return NULL;
    }
    return PyFloat_FromDouble(result);
}

static int complex_bool(PyObject *v)
{
    Py_complex c = ((PyComplexObject *)v)->cval;
    return c.real != 0.0 || c.imag != 0.0;
}

static PyObject *complex_richcompare(PyObject *v, PyObject *w, int op)
{
    if (op != Py_EQ && op != Py_NE)
        Py_RETURN_NOTIMPLEMENTED;
    Py_complex i = ((PyComplexObject *)v)->cval;
    int equal;
    if (PyLong_Check(w)) {
        if (i.imag == 0.0) {
            /* exact comparison of the real part with the int */
            PyObject *j = PyFloat_FromDouble(i.real);
            if (j == NULL)
                return NULL;
            PyObject *sub = PyFloat_Type.tp_richcompare(j, w, op);
            Py_DECREF(j);
            return sub;
        }
        equal = 0;
    }
    else if (PyFloat_Check(w))
        equal = i.real == PyFloat_AS_DOUBLE(w) && i.imag == 0.0;
    else if (PyComplex_Check(w)) {
        Py_complex j = ((PyComplexObject *)w)->cval;
        equal = i.real == j.real && i.imag == j.imag;
    }
    else
        Py_RETURN_NOTIMPLEMENTED;
    return PyBool_FromLong(op == Py_EQ ? equal : !equal);
}

/* ====================================================================
 * complex(real=0, imag=0) and complex(str)
 * ==================================================================== */

static PyObject *complex_from_string(PyTypeObject *type, PyObject *v)
{
    Py_ssize_t n;
    char *buf;
    if (PyUnicode_Check(v)) {
        n = PyUnicode_GET_LENGTH(v);
        buf = PyMem_Malloc((size_t)n + 1);
        if (buf == NULL)
            return PyErr_NoMemory();
        int kind = PyUnicode_KIND(v);
        const void *data = PyUnicode_DATA(v);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (ch < 128)
                buf[i] = (char)(ch ? ch : '?');
            else if (Py_UNICODE_ISSPACE(ch))
                buf[i] = ' ';
            else {
                int d = _PyUnicode_ToDecimalDigit(ch);
                buf[i] = d >= 0 ? (char)('0' + d) : '?';
            }
        }
        buf[n] = '\0';
    }
    else {
        PyErr_Format(PyExc_TypeError, "complex() argument must be a string or a number, not '%.200s'",
                     Py_TYPE(v)->tp_name);
        return NULL;
    }
    /* remove underscores that sit between two digits */
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (buf[i] == '_') {
            if (i == 0 || i == n - 1 || !isdigit((unsigned char)buf[i - 1]) || !isdigit((unsigned char)buf[i + 1])) {
                /* CPython's underscore pre-pass has its own message */
                PyErr_Format(PyExc_ValueError, "could not convert string to complex: %R", v);
                goto fail;
            }
            continue;
        }
        buf[j++] = buf[i];
    }
    buf[j] = '\0';
    const char *s = buf, *start;
    char *end;
    double x = 0.0, y = 0.0, z;
    int got_bracket = 0;
    while (_KrUnicode_IsNumberSpace((unsigned char)*s))
        s++;
    if (*s == '(') {
        got_bracket = 1;
        s++;
        while (_KrUnicode_IsNumberSpace((unsigned char)*s))
            s++;
    }
    /* forms: <float>, <float>j, <float><signed-float>j, [+-]j, <float>[+-]j */
    start = s;
    z = PyOS_string_to_double(s, &end, NULL);
    if (z == -1.0 && PyErr_Occurred())
        goto fail;
    if (end != s) {
        s = end;
        if (*s == '+' || *s == '-') {
            x = z;
            start = s;
            z = PyOS_string_to_double(s, &end, NULL);
            if (z == -1.0 && PyErr_Occurred())
                goto fail;
            if (end != s)
                y = z;
            else
                y = *s == '+' ? 1.0 : -1.0;
            s = end != s ? end : s + 1;
            if (!(*s == 'j' || *s == 'J'))
                goto error;
            s++;
        }
        else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        }
        else
            x = z;
    }
    else {
        if (*s == '+' || *s == '-') {
            y = *s == '-' ? -1.0 : 1.0;
            s++;
        }
        else
            y = 1.0;
        if (!(*s == 'j' || *s == 'J'))
            goto error;
        s++;
    }
    (void)start;
    while (_KrUnicode_IsNumberSpace((unsigned char)*s))
        s++;
    if (got_bracket) {
        if (*s != ')')
            goto error;
        s++;
        while (_KrUnicode_IsNumberSpace((unsigned char)*s))
            s++;
    }
    if (*s != '\0')
        goto error;
    PyMem_Free(buf);
    {
        Py_complex c = {x, y};
        return complex_subtype_from_c(type, c);
    }
error:
    PyErr_SetString(PyExc_ValueError, "complex() arg is a malformed string");
fail:
    PyMem_Free(buf);
    return NULL;
}

static PyObject *complex_new_impl(PyTypeObject *type, PyObject *r, PyObject *i)
{
    Py_complex cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_is_complex = 0, ci_is_complex = 0;
    if (r == NULL)
        r = _PyLong_GetZero();
    if (PyComplex_CheckExact(r) && i == NULL && type == &PyComplex_Type)
        return Py_NewRef(r);
    if (PyUnicode_Check(r)) {
        if (i != NULL) {
            PyErr_SetString(PyExc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        return complex_from_string(type, r);
    }
    if (i != NULL && PyUnicode_Check(i)) {
        PyErr_SetString(PyExc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    PyObject *tmp = try_complex_special_method(r);
    if (tmp) {
        cr = ((PyComplexObject *)tmp)->cval;
        cr_is_complex = 1;
        Py_DECREF(tmp);
    }
    else if (PyErr_Occurred())
        return NULL;
    else {
        PyNumberMethods *nbr = Py_TYPE(r)->tp_as_number;
        if (PyComplex_Check(r)) {
            cr = ((PyComplexObject *)r)->cval;
            cr_is_complex = 1;
        }
        else if (nbr == NULL || (nbr->nb_float == NULL && nbr->nb_index == NULL)) {
            PyErr_Format(PyExc_TypeError, "complex() first argument must be a string or a number, not '%.200s'",
                         Py_TYPE(r)->tp_name);
            return NULL;
        }
        else {
            cr.real = PyFloat_AsDouble(r);
            if (cr.real == -1.0 && PyErr_Occurred())
                return NULL;
        }
    }
    if (i == NULL)
        ci.real = cr.imag;
    else if (PyComplex_Check(i)) {
        ci = ((PyComplexObject *)i)->cval;
        ci_is_complex = 1;
    }
    else {
        PyNumberMethods *nbi = Py_TYPE(i)->tp_as_number;
        if (nbi == NULL || (nbi->nb_float == NULL && nbi->nb_index == NULL)) {
            PyErr_Format(PyExc_TypeError, "complex() second argument must be a number, not '%.200s'",
                         Py_TYPE(i)->tp_name);
            return NULL;
        }
        ci.real = PyFloat_AsDouble(i);
        if (ci.real == -1.0 && PyErr_Occurred())
            return NULL;
    }
    /* (a + bj) + (c + dj)j == (a - d) + (b + c)j, keeping signed zeros */
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i != NULL)
        ci.real += cr.imag;
    Py_complex c = {cr.real, ci.real};
    return complex_subtype_from_c(type, c);
}

/* complex(real=0, imag=0) */
static const char *const complex_new_kwlist[] = {"real", "imag", NULL};
static _PyArg_Parser complex_new_parser = {"|OO:complex", complex_new_kwlist, 0};

static PyObject *complex_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *r = NULL, *i = NULL;
    if (!_PyArg_ParseTupleAndKeywordsFast(args, kwargs, &complex_new_parser, &r, &i))
        return NULL;
    return complex_new_impl(type, r, i);
}

/* Calls of complex itself skip the argument tuple (subclasses use tp_new). */
static PyObject *complex_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *r = NULL, *i = NULL;
    if (kwnames == NULL && nargs <= 2) {
        r = nargs >= 1 ? args[0] : NULL;
        i = nargs == 2 ? args[1] : NULL;
    }
    else if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &complex_new_parser, &r, &i))
        return NULL;
    return complex_new_impl((PyTypeObject *)type, r, i);
}

/* ====================================================================
 * Methods
 * ==================================================================== */

static PyObject *complex_conjugate(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    Py_complex c = ((PyComplexObject *)self)->cval;
    c.imag = -c.imag;
    return PyComplex_FromCComplex(c);
}

static PyObject *complex_getnewargs(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    Py_complex c = ((PyComplexObject *)self)->cval;
    return Py_BuildValue("(dd)", c.real, c.imag);
}

static PyObject *complex_complex(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return complex_pos(self);
}

static PyObject *complex_format(PyObject *self, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.200s", Py_TYPE(spec)->tp_name);
        return NULL;
    }
    return _KrFormat_Complex(self, spec);
}

static PyMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, METH_NOARGS, "conjugate($self, /)\n--\n\n" "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex, METH_NOARGS, "__complex__($self, /)\n--\n\n" "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", complex_format, METH_O, "__format__($self, format_spec, /)\n--\n\n" "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef complex_members[] = {
    {"real", T_DOUBLE, offsetof(PyComplexObject, cval.real), READONLY, "the real part of a complex number"},
    {"imag", T_DOUBLE, offsetof(PyComplexObject, cval.imag), READONLY, "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL}
};

static PyNumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

PyTypeObject PyComplex_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "complex",
    .tp_basicsize = sizeof(PyComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "complex(real=0, imag=0)\n--\n\n"
              "Create a complex number from a real part and an optional imaginary part.\n\n"
              "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_new = complex_new,
    .tp_vectorcall = complex_vectorcall,
    .tp_free = PyObject_Free,
};
