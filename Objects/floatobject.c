/* float: IEEE 754 binary64 numbers.
 *
 * A PyFloatObject is a header and one double.  Floats are created and
 * dropped at a very high rate in numeric code, so exact floats are
 * recycled through a small free list (FLOAT_FREELIST_MAX entries, chained
 * through ob_type) instead of going back to the allocator.
 *
 * The parts worth reading:
 *  - float_richcompare compares a float with an int exactly, without
 *    converting a big int to double (which would round): only when the
 *    magnitudes are within a factor of two are the integer parts compared
 *    as ints.
 *  - float_pow follows C99 Annex F for the special values, as CPython does,
 *    and hands a negative base with a fractional exponent to complex.
 *  - round(x, n) is correctly rounded: printf produces the decimal string
 *    rounded exactly (half-even on the true binary value) and strtod reads
 *    it back.
 *  - fromhex/hex are exact; fromhex rounds once, half-even, with a sticky
 *    bit for digits beyond what fits (round_to_double).
 * Text conversion lives in Python/runtime/pystrtod.c.
 */
#include "Python.h"
#include "kr_format.h"
#include <ctype.h>
#include <float.h>

#define FLOAT_FREELIST_MAX 100

static PyFloatObject *free_list = NULL;
static int numfree = 0;

PyObject *PyFloat_FromDouble(double fval)
{
    PyFloatObject *op = free_list;
    if (op != NULL) {
        free_list = (PyFloatObject *)Py_TYPE(op);
        numfree--;
    }
    else {
        op = (PyFloatObject *)PyObject_Malloc(sizeof(PyFloatObject));
        if (op == NULL)
            return PyErr_NoMemory();
    }
    /* float is a static type: PyObject_Init's heap-type incref is not needed */
    Py_SET_TYPE(op, &PyFloat_Type);
    Py_SET_REFCNT(op, 1);
#ifdef Py_REF_DEBUG
    _Py_RefTotal++;
#endif
    op->ob_fval = fval;
    return (PyObject *)op;
}

static void float_dealloc(PyObject *op)
{
    if (PyFloat_CheckExact(op) && numfree < FLOAT_FREELIST_MAX) {
        Py_SET_TYPE(op, (PyTypeObject *)free_list);
        free_list = (PyFloatObject *)op;
        numfree++;
        return;
    }
    Py_TYPE(op)->tp_free(op);
}

double PyFloat_GetMax(void) { return DBL_MAX; }
double PyFloat_GetMin(void) { return DBL_MIN; }

PyObject *PyFloat_GetInfo(void)
{
    return Py_BuildValue("(didiidiiiii)", DBL_MAX, DBL_MAX_EXP, DBL_MAX_10_EXP, DBL_MIN_EXP,
                         DBL_MIN_10_EXP, DBL_MIN, DBL_DIG, DBL_MANT_DIG, DBL_EPSILON,
                         FLT_RADIX, FLT_ROUNDS);
}

double PyFloat_AsDouble(PyObject *op)
{
    if (op == NULL) {
        PyErr_BadInternalCall();
        return -1.0;
    }
    if (PyFloat_Check(op))
        return PyFloat_AS_DOUBLE(op);
    PyNumberMethods *nb = Py_TYPE(op)->tp_as_number;
    if (nb == NULL || nb->nb_float == NULL) {
        if (nb && nb->nb_index) {
            /* PyNumber_Index checks what __index__ returned */
            PyObject *res = PyNumber_Index(op);
            if (res == NULL)
                return -1.0;
            double val = PyLong_AsDouble(res);
            Py_DECREF(res);
            return val;
        }
        PyErr_Format(PyExc_TypeError, "must be real number, not %.50s", Py_TYPE(op)->tp_name);
        return -1.0;
    }
    PyObject *res = nb->nb_float(op);
    if (res == NULL)
        return -1.0;
    if (!PyFloat_CheckExact(res)) {
        if (!PyFloat_Check(res)) {
            PyErr_Format(PyExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                         Py_TYPE(op)->tp_name, Py_TYPE(res)->tp_name);
            Py_DECREF(res);
            return -1.0;
        }
        if (PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                "%.50s.__float__ returned non-float (type %.50s).  The ability to return an instance "
                "of a strict subclass of float is deprecated, and may be removed in a future version "
                "of Python.", Py_TYPE(op)->tp_name, Py_TYPE(res)->tp_name) < 0) {
            Py_DECREF(res);
            return -1.0;
        }
    }
    double val = PyFloat_AS_DOUBLE(res);
    Py_DECREF(res);
    return val;
}

/* ====================================================================
 * float(str)
 * ==================================================================== */

/* Text of float()'s argument, normalized: whitespace stripped, Unicode
 * digits made ASCII, underscores between digits removed.  Returns a
 * PyMem buffer, or NULL with *bad set when the text cannot be a float. */
static char *float_text(const Py_UCS4 *s, Py_ssize_t n, int *bad)
{
    *bad = 0;
    while (n > 0 && _KrUnicode_IsNumberSpace(s[0])) {
        s++;
        n--;
    }
    while (n > 0 && _KrUnicode_IsNumberSpace(s[n - 1]))
        n--;
    char *buf = PyMem_Malloc((size_t)n + 1);
    if (buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = s[i];
        if (ch == '_') {
            /* only between two digits */
            if (i == 0 || i == n - 1 || _PyUnicode_ToDecimalDigit(s[i - 1]) < 0
                || _PyUnicode_ToDecimalDigit(s[i + 1]) < 0)
                goto bad;
            continue;
        }
        if (ch >= 128) {
            int d = _PyUnicode_ToDecimalDigit(ch);
            if (d < 0)
                goto bad;
            ch = (Py_UCS4)('0' + d);
        }
        if (ch == 0)
            goto bad;
        buf[j++] = (char)ch;
    }
    buf[j] = '\0';
    return buf;
bad:
    PyMem_Free(buf);
    *bad = 1;
    return NULL;
}

static PyObject *float_from_ucs4(const Py_UCS4 *s, Py_ssize_t n, PyObject *orig)
{
    int bad;
    char *text = float_text(s, n, &bad);
    if (text == NULL && !bad)
        return NULL;
    if (text != NULL && text[0] != '\0') {
        char *end;
        double x = PyOS_string_to_double(text, &end, NULL);
        int ok = end != text && *end == '\0';
        PyMem_Free(text);
        if (x == -1.0 && PyErr_Occurred())
            return NULL;
        if (ok)
            return PyFloat_FromDouble(x);
    }
    else
        PyMem_Free(text);
    PyErr_Format(PyExc_ValueError, "could not convert string to float: %R", orig);
    return NULL;
}

PyObject *PyFloat_FromString(PyObject *v)
{
    Py_ssize_t n;
    Py_UCS4 *u;
    PyObject *res;
    if (PyUnicode_Check(v)) {
        n = PyUnicode_GET_LENGTH(v);
        u = PyMem_Malloc((size_t)(n + 1) * sizeof(Py_UCS4));
        if (u == NULL)
            return PyErr_NoMemory();
        int kind = PyUnicode_KIND(v);
        const void *data = PyUnicode_DATA(v);
        for (Py_ssize_t i = 0; i < n; i++)
            u[i] = PyUnicode_READ(kind, data, i);
    }
    else if (PyObject_CheckBuffer(v)) {
        Py_buffer view;
        if (PyObject_GetBuffer(v, &view, PyBUF_SIMPLE) < 0)
            return NULL;
        const unsigned char *b = view.buf;
        n = view.len;
        u = PyMem_Malloc((size_t)(n + 1) * sizeof(Py_UCS4));
        if (u == NULL) {
            PyBuffer_Release(&view);
            return PyErr_NoMemory();
        }
        /* bytes are ASCII text: anything else is invalid */
        for (Py_ssize_t i = 0; i < n; i++)
            u[i] = b[i] < 128 ? b[i] : 0;
        PyBuffer_Release(&view);
    }
    else {
        PyErr_Format(PyExc_TypeError, "float() argument must be a string or a real number, not '%.200s'",
                     Py_TYPE(v)->tp_name);
        return NULL;
    }
    res = float_from_ucs4(u, n, v);
    PyMem_Free(u);
    return res;
}

/* ====================================================================
 * Construction
 * ==================================================================== */

/* float(x): __float__, then __index__, then text, as PyNumber_Float does */
static PyObject *float_from_object(PyObject *x)
{
    if (PyFloat_CheckExact(x))
        return Py_NewRef(x);
    if (PyUnicode_CheckExact(x))
        return PyFloat_FromString(x);
    /* a float subclass's own __float__ counts, as in CPython */
    return PyNumber_Float(x);
}

static PyObject *float_new_impl(PyTypeObject *type, PyObject *x)
{
    PyObject *tmp = x == NULL ? PyFloat_FromDouble(0.0) : float_from_object(x);
    if (tmp == NULL || type == &PyFloat_Type)
        return tmp;
    PyObject *newobj = type->tp_alloc(type, 0);
    if (newobj != NULL)
        ((PyFloatObject *)newobj)->ob_fval = PyFloat_AS_DOUBLE(tmp);
    Py_DECREF(tmp);
    return newobj;
}

/* float(x=0, /): both entry points check their arguments here */
static int float_check_args(int has_keywords, Py_ssize_t nargs)
{
    if (has_keywords) {
        PyErr_SetString(PyExc_TypeError, "float() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "float expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    return 0;
}

static PyObject *float_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    /* keywords are refused unless a subclass's own __init__ takes them */
    int refuse_kw = type == &PyFloat_Type || type->tp_init == PyFloat_Type.tp_init;
    if (float_check_args(refuse_kw && kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0, nargs) < 0)
        return NULL;
    return float_new_impl(type, nargs ? PyTuple_GET_ITEM(args, 0) : NULL);
}

/* Calls of float itself skip the argument tuple (subclasses use tp_new). */
static PyObject *float_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (float_check_args(kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0, nargs) < 0)
        return NULL;
    return float_new_impl((PyTypeObject *)type, nargs ? args[0] : NULL);
}

/* ====================================================================
 * repr, hash, comparison
 * ==================================================================== */

static PyObject *float_repr(PyObject *v)
{
    char *buf = PyOS_double_to_string(PyFloat_AS_DOUBLE(v), 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    if (buf == NULL)
        return NULL;
    PyObject *r = _PyUnicode_FromASCII(buf, (Py_ssize_t)strlen(buf));
    PyMem_Free(buf);
    return r;
}

static Py_hash_t float_hash(PyObject *v)
{
    return _Py_HashDouble(v, PyFloat_AS_DOUBLE(v));
}

/* Convert an operand to double: float or int; 0 = not a number we know
 * (NotImplemented), -1 = error (e.g. int too large), 1 = ok. */
static inline int convert_to_double(PyObject *obj, double *dbl)
{
    if (PyFloat_CheckExact(obj)) {
        *dbl = PyFloat_AS_DOUBLE(obj);
        return 1;
    }
    /* a one-digit int converts exactly and cannot fail */
    if (PyLong_CheckExact(obj) && _PyLong_IsCompact((PyLongObject *)obj)) {
        *dbl = (double)_PyLong_CompactValue((PyLongObject *)obj);
        return 1;
    }
    if (PyFloat_Check(obj)) {
        *dbl = PyFloat_AS_DOUBLE(obj);
        return 1;
    }
    if (PyLong_Check(obj)) {
        *dbl = PyLong_AsDouble(obj);
        if (*dbl == -1.0 && PyErr_Occurred())
            return -1;
        return 1;
    }
    return 0;
}

#define CONVERT_TO_DOUBLE(obj, dbl) do { int r_ = convert_to_double((obj), &(dbl)); \
        if (r_ == 0) { Py_RETURN_NOTIMPLEMENTED; } \
        if (r_ < 0) { return NULL; } } while (0)

static PyObject *float_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyFloat_Check(v))
        Py_RETURN_NOTIMPLEMENTED;
    double i = PyFloat_AS_DOUBLE(v), j;
    int r = 0;
    if (PyFloat_Check(w))
        j = PyFloat_AS_DOUBLE(w);
    else if (PyLong_CheckExact(w) && _PyLong_IsCompact((PyLongObject *)w))
        /* |w| < 2**30 is exact as a double, so plain comparison is right
         * even for infinities and NaN */
        j = (double)_PyLong_CompactValue((PyLongObject *)w);
    else if (!isfinite(i)) {
        if (!PyLong_Check(w))
            Py_RETURN_NOTIMPLEMENTED;
        /* an infinity compares with any int by its sign; NaN with nothing */
        j = 0.0;
    }
    else if (PyLong_Check(w)) {
        int vsign = i == 0.0 ? 0 : i < 0.0 ? -1 : 1;
        int wsign = _PyLong_Sign(w);
        if (vsign != wsign) {
            i = (double)vsign;
            j = (double)wsign;
            goto compare;
        }
        size_t nbits = _PyLong_NumBits(w);
        if (nbits <= 48) {
            j = PyLong_AsDouble(w);
            goto compare;
        }
        int exponent;
        (void)frexp(i, &exponent);
        /* |i| < 2**exponent, |w| >= 2**(nbits-1) */
        if (exponent < 0 || (size_t)exponent < nbits) {
            i = 1.0;
            j = 2.0;
        }
        else if ((size_t)exponent > nbits) {
            i = 2.0;
            j = 1.0;
        }
        else {
            /* same bit length: compare integer parts exactly, then the fraction */
            double intpart, fracpart = modf(i, &intpart);
            PyObject *vv = PyLong_FromDouble(intpart);
            if (vv == NULL)
                return NULL;
            PyObject *lt = PyLong_Type.tp_richcompare(vv, w, Py_LT);
            if (lt == NULL) {
                Py_DECREF(vv);
                return NULL;
            }
            int c = lt == Py_True ? -1 : _PyLong_Eq(vv, w) ? 0 : 1;
            Py_DECREF(lt);
            Py_DECREF(vv);
            if (c == 0 && fracpart != 0.0)
                c = fracpart > 0.0 ? 1 : -1;
            /* signed values were compared: no sign flip below */
            i = (double)c;
            j = 0.0;
            goto compare;
        }
        if (vsign < 0) {
            double t = i;
            i = -t;
            j = -j;
        }
    }
    else
        Py_RETURN_NOTIMPLEMENTED;
compare:
    switch (op) {
    case Py_EQ: r = i == j; break;
    case Py_NE: r = i != j; break;
    case Py_LE: r = i <= j; break;
    case Py_GE: r = i >= j; break;
    case Py_LT: r = i < j; break;
    case Py_GT: r = i > j; break;
    }
    return PyBool_FromLong(r);
}

/* ====================================================================
 * Arithmetic
 * ==================================================================== */

static PyObject *float_add(PyObject *v, PyObject *w)
{
    double a, b;
    CONVERT_TO_DOUBLE(v, a);
    CONVERT_TO_DOUBLE(w, b);
    return PyFloat_FromDouble(a + b);
}

static PyObject *float_sub(PyObject *v, PyObject *w)
{
    double a, b;
    CONVERT_TO_DOUBLE(v, a);
    CONVERT_TO_DOUBLE(w, b);
    return PyFloat_FromDouble(a - b);
}

static PyObject *float_mul(PyObject *v, PyObject *w)
{
    double a, b;
    CONVERT_TO_DOUBLE(v, a);
    CONVERT_TO_DOUBLE(w, b);
    return PyFloat_FromDouble(a * b);
}

static PyObject *float_div(PyObject *v, PyObject *w)
{
    double a, b;
    CONVERT_TO_DOUBLE(v, a);
    CONVERT_TO_DOUBLE(w, b);
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return PyFloat_FromDouble(a / b);
}

static PyObject *float_rem(PyObject *v, PyObject *w)
{
    double vx, wx;
    CONVERT_TO_DOUBLE(v, vx);
    CONVERT_TO_DOUBLE(w, wx);
    if (wx == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    double mod = fmod(vx, wx);
    if (mod) {
        /* the result takes the sign of the divisor */
        if ((wx < 0) != (mod < 0))
            mod += wx;
    }
    else
        mod = copysign(0.0, wx);
    return PyFloat_FromDouble(mod);
}

static void float_divmod_raw(double vx, double wx, double *floordiv, double *mod)
{
    double div;
    *mod = fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    }
    else
        *mod = copysign(0.0, wx);
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5)
            *floordiv += 1.0;
    }
    else
        *floordiv = copysign(0.0, vx / wx);
}

static PyObject *float_divmod(PyObject *v, PyObject *w)
{
    double vx, wx, d, m;
    CONVERT_TO_DOUBLE(v, vx);
    CONVERT_TO_DOUBLE(w, wx);
    if (wx == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    float_divmod_raw(vx, wx, &d, &m);
    return Py_BuildValue("(dd)", d, m);
}

static PyObject *float_floor_div(PyObject *v, PyObject *w)
{
    double vx, wx, d, m;
    CONVERT_TO_DOUBLE(v, vx);
    CONVERT_TO_DOUBLE(w, wx);
    if (wx == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    float_divmod_raw(vx, wx, &d, &m);
    return PyFloat_FromDouble(d);
}

static int double_is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

static PyObject *float_pow(PyObject *v, PyObject *w, PyObject *z)
{
    double iv, iw, ix;
    int negate_result = 0;
    if (z != Py_None) {
        PyErr_SetString(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    CONVERT_TO_DOUBLE(v, iv);
    CONVERT_TO_DOUBLE(w, iw);
    if (iw == 0)
        return PyFloat_FromDouble(1.0);
    if (isnan(iv))
        return PyFloat_FromDouble(iv);
    if (isnan(iw))
        return PyFloat_FromDouble(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return PyFloat_FromDouble(1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return PyFloat_FromDouble(fabs(iw));
        return PyFloat_FromDouble(0.0);
    }
    if (isinf(iv)) {
        int odd = double_is_odd_integer(iw);
        if (iw > 0.0)
            return PyFloat_FromDouble(odd ? iv : fabs(iv));
        return PyFloat_FromDouble(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        int odd = double_is_odd_integer(iw);
        if (iw < 0.0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return PyFloat_FromDouble(odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw))
            /* a negative number to a fractional power is complex */
            return PyComplex_Type.tp_as_number->nb_power(v, w, z);
        iv = -iv;
        negate_result = double_is_odd_integer(iw);
    }
    if (iv == 1.0)
        return PyFloat_FromDouble(negate_result ? -1.0 : 1.0);
    errno = 0;
    ix = pow(iv, iw);
    if (isinf(ix) || (errno == ERANGE && fabs(ix) >= 1.0)) {
        errno = ERANGE;
        PyErr_SetFromErrno(PyExc_OverflowError);
        return NULL;
    }
    if (negate_result)
        ix = -ix;
    return PyFloat_FromDouble(ix);
}

static PyObject *float_neg(PyObject *v) { return PyFloat_FromDouble(-PyFloat_AS_DOUBLE(v)); }
static PyObject *float_abs(PyObject *v) { return PyFloat_FromDouble(fabs(PyFloat_AS_DOUBLE(v))); }
static int float_bool(PyObject *v) { return PyFloat_AS_DOUBLE(v) != 0.0; }

static PyObject *float_float(PyObject *v)
{
    if (PyFloat_CheckExact(v))
        return Py_NewRef(v);
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(v));
}

static PyObject *float_trunc(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromDouble(trunc(PyFloat_AS_DOUBLE(v)));
}

static PyObject *float_int(PyObject *v) { return float_trunc(v, NULL); }

static PyObject *float_floor(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromDouble(floor(PyFloat_AS_DOUBLE(v)));
}

static PyObject *float_ceil(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromDouble(ceil(PyFloat_AS_DOUBLE(v)));
}

/* ====================================================================
 * round()
 * ==================================================================== */

/* largest |ndigits| that can change a double; beyond, round() is x or 0 */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

static PyObject *double_round(double x, int ndigits)
{
    char small[400], *buf = small;
    double rounded;
    if (ndigits >= 0) {
        size_t cap = 330 + (size_t)ndigits;
        if (cap > sizeof small && (buf = PyMem_Malloc(cap)) == NULL)
            return PyErr_NoMemory();
        snprintf(buf, cap, "%.*f", ndigits, x);
        rounded = strtod(buf, NULL);
    }
    else {
        /* keep (decimal exponent + ndigits + 1) significant digits */
        int dexp = (int)floor(log10(fabs(x)));
        char tmp[40];
        snprintf(tmp, sizeof tmp, "%.16e", fabs(x));
        dexp = atoi(strchr(tmp, 'e') + 1);
        int keep = dexp + ndigits + 1;
        if (keep > 0) {
            snprintf(buf, sizeof small, "%.*e", keep - 1, x);
            rounded = strtod(buf, NULL);
        }
        else if (keep == 0) {
            /* compare with half of 10**-ndigits: ties go to even (0) */
            char half[40];
            snprintf(half, sizeof half, "5e%d", -ndigits - 1);
            double h = strtod(half, NULL);
            char one[40];
            snprintf(one, sizeof one, "1e%d", -ndigits);
            rounded = fabs(x) > h ? strtod(one, NULL) : 0.0;
            rounded = copysign(rounded, x);
        }
        else
            rounded = copysign(0.0, x);
    }
    if (buf != small)
        PyMem_Free(buf);
    if (isinf(rounded)) {
        PyErr_SetString(PyExc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return PyFloat_FromDouble(rounded);
}

static PyObject *float_round(PyObject *v, PyObject *const *args, Py_ssize_t nargs)
{
    double x = PyFloat_AS_DOUBLE(v);
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "__round__ expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 0 || args[0] == Py_None) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5)
            rounded = 2.0 * round(x / 2.0); /* half to even */
        return PyLong_FromDouble(rounded);
    }
    Py_ssize_t ndigits = PyNumber_AsSsize_t(args[0], NULL);
    if (ndigits == -1 && PyErr_Occurred())
        return NULL;
    if (!isfinite(x) || x == 0.0)
        return PyFloat_FromDouble(x);
    if (ndigits > NDIGITS_MAX)
        return PyFloat_FromDouble(x);
    if (ndigits < NDIGITS_MIN)
        return PyFloat_FromDouble(0.0 * x);
    return double_round(x, (int)ndigits);
}

/* ====================================================================
 * Methods
 * ==================================================================== */

static PyObject *float_is_integer(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    double x = PyFloat_AS_DOUBLE(v);
    return PyBool_FromLong(isfinite(x) && floor(x) == x);
}

static PyObject *float_conjugate(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    return float_float(v);
}

static PyObject *float_as_integer_ratio(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    double x = PyFloat_AS_DOUBLE(v);
    if (isinf(x)) {
        PyErr_SetString(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        PyErr_SetString(PyExc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int exponent;
    double m = frexp(x, &exponent);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        exponent--;
    }
    PyObject *num = PyLong_FromDouble(m), *den = NULL, *t, *res = NULL;
    if (num == NULL)
        return NULL;
    den = PyLong_FromLong(1);
    if (den == NULL)
        goto done;
    if (exponent > 0) {
        t = _PyLong_Lshift(num, (size_t)exponent);
        if (t == NULL)
            goto done;
        Py_SETREF(num, t);
    }
    else if (exponent < 0) {
        t = _PyLong_Lshift(den, (size_t)-exponent);
        if (t == NULL)
            goto done;
        Py_SETREF(den, t);
    }
    res = PyTuple_Pack(2, num, den);
done:
    Py_XDECREF(num);
    Py_XDECREF(den);
    return res;
}

static PyObject *float_hex(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    double x = PyFloat_AS_DOUBLE(v);
    if (isnan(x) || isinf(x))
        return float_repr(v);
    char buf[64];
    if (x == 0.0) {
        strcpy(buf, copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
        return PyUnicode_FromString(buf);
    }
    int e;
    double m = frexp(fabs(x), &e);
    m *= 2.0;
    e -= 1;
    if (e < DBL_MIN_EXP - 1) {
        /* subnormal: fixed exponent, leading digit 0 */
        m = ldexp(m, e - (DBL_MIN_EXP - 1));
        e = DBL_MIN_EXP - 1;
    }
    char *p = buf;
    if (x < 0)
        *p++ = '-';
    int lead = (int)m;
    m -= lead;
    p += sprintf(p, "0x%d.", lead);
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        int d = (int)m;
        m -= d;
        *p++ = "0123456789abcdef"[d];
    }
    sprintf(p, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return PyUnicode_FromString(buf);
}

/* mant * 2**exp2 rounded once, half to even; `sticky` says nonzero bits
 * were already lost below mant. */
static double round_to_double(uint64_t mant, int64_t exp2, int sticky, int *overflow)
{
    *overflow = 0;
    if (mant == 0)
        return 0.0;
    int bits = 64 - __builtin_clzll(mant);
    int64_t top = exp2 + bits - 1;
    if (top >= DBL_MAX_EXP) {
        *overflow = 1;
        return 0.0;
    }
    int64_t lowexp = top - (DBL_MANT_DIG - 1);
    if (lowexp < DBL_MIN_EXP - DBL_MANT_DIG)
        lowexp = DBL_MIN_EXP - DBL_MANT_DIG;
    int64_t drop = lowexp - exp2;
    if (drop > 0) {
        if (drop > 64) {
            mant = 0;
            return 0.0;
        }
        uint64_t low = drop == 64 ? mant : mant & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        mant = drop == 64 ? 0 : mant >> drop;
        if (low > half || (low == half && (sticky || (mant & 1))))
            mant++;
        exp2 += drop;
    }
    double r = ldexp((double)mant, (int)exp2);
    if (isinf(r))
        *overflow = 1;
    return r;
}

static PyObject *float_fromhex(PyObject *type, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    Py_ssize_t slen;
    const char *s = PyUnicode_AsUTF8AndSize(arg, &slen);
    if (s == NULL)
        return NULL;
    if ((Py_ssize_t)strlen(s) != slen) /* a NUL inside is not the end of the text */
        goto parse_error;
    const char *p = s;
    double x;
    while (_KrUnicode_IsNumberSpace((unsigned char)*p))
        p++;
    char *end;
    x = _Py_parse_inf_or_nan(p, &end);
    if (end != p) {
        p = end;
        goto finished;
    }
    int negate = 0;
    if (*p == '-') {
        negate = 1;
        p++;
    }
    else if (*p == '+')
        p++;
    if (p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    uint64_t mant = 0;
    int64_t exp2 = 0;
    int sticky = 0, ndigits = 0, seen_point = 0;
    for (;; p++) {
        int d;
        char c = *p;
        if (c == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else break;
        ndigits++;
        if (mant >> 56) {
            /* no more room: the digit only matters as sticky bits */
            if (d)
                sticky = 1;
            if (!seen_point)
                exp2 += 4;
        }
        else {
            mant = mant << 4 | (uint64_t)d;
            if (seen_point)
                exp2 -= 4;
        }
    }
    if (ndigits == 0)
        goto parse_error;
    if ((*p | 0x20) == 'p') {
        p++;
        int eneg = 0;
        if (*p == '-' || *p == '+') {
            eneg = *p == '-';
            p++;
        }
        if (!(*p >= '0' && *p <= '9'))
            goto parse_error;
        int64_t e = 0;
        while (*p >= '0' && *p <= '9') {
            if (e < 100000000)
                e = e * 10 + (*p - '0');
            p++;
        }
        exp2 += eneg ? -e : e;
    }
    int overflow;
    x = round_to_double(mant, exp2, sticky, &overflow);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    if (negate)
        x = -x;
finished:
    while (_KrUnicode_IsNumberSpace((unsigned char)*p))
        p++;
    if (*p != '\0')
        goto parse_error;
    {
        PyObject *r = PyFloat_FromDouble(x);
        if (r != NULL && type != (PyObject *)&PyFloat_Type)
            Py_SETREF(r, PyObject_CallOneArg(type, r));
        return r;
    }
parse_error:
    PyErr_SetString(PyExc_ValueError, "invalid hexadecimal floating-point string");
    return NULL;
}

static PyObject *float_getformat(PyObject *type, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "__getformat__() argument must be str, not %.200s", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    if (!_PyUnicode_EqualToASCIIString(arg, "double") && !_PyUnicode_EqualToASCIIString(arg, "float")) {
        PyErr_SetString(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return PyUnicode_FromString("IEEE, little-endian");
}

static PyObject *float_getnewargs(PyObject *v, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("(d)", PyFloat_AS_DOUBLE(v));
}

static PyObject *float_format(PyObject *v, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.200s", Py_TYPE(spec)->tp_name);
        return NULL;
    }
    return _KrFormat_Float(v, spec);
}

static PyObject *float_get_real(PyObject *v, void *Py_UNUSED(closure)) { return float_float(v); }
static PyObject *float_get_imag(PyObject *v, void *Py_UNUSED(closure)) { return PyFloat_FromDouble(0.0); }

static PyMethodDef float_methods[] = {
    {"conjugate", float_conjugate, METH_NOARGS, "conjugate($self, /)\n--\n\n" "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, METH_NOARGS, "__trunc__($self, /)\n--\n\n" "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, METH_NOARGS, "__floor__($self, /)\n--\n\n" "Return the floor as an Integral."},
    {"__ceil__", float_ceil, METH_NOARGS, "__ceil__($self, /)\n--\n\n" "Return the ceiling as an Integral."},
    {"__round__", _PyCFunction_CAST(float_round), METH_FASTCALL, "__round__($self, ndigits=None, /)\n--\n\n" "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", float_as_integer_ratio, METH_NOARGS, "as_integer_ratio($self, /)\n--\n\n" "Return integer ratio."},
    {"fromhex", float_fromhex, METH_O | METH_CLASS, "fromhex($type, string, /)\n--\n\n" "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex, METH_NOARGS, "hex($self, /)\n--\n\n" "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_is_integer, METH_NOARGS, "is_integer($self, /)\n--\n\n" "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"__getformat__", float_getformat, METH_O | METH_CLASS, "__getformat__($type, typestr, /)\n--\n\n" "You probably don't want to use this function."},
    {"__format__", float_format, METH_O, "__format__($self, format_spec, /)\n--\n\n" "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyNumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .nb_floor_divide = float_floor_div,
    .nb_true_divide = float_div,
};

PyTypeObject PyFloat_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "float",
    .tp_basicsize = sizeof(PyFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "float(x=0, /)\n--\n\n"
              "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_new = float_new,
    .tp_vectorcall = float_vectorcall,
    .tp_free = PyObject_Free,
};

/* ---- floats as IEEE 754 bytes (struct's 'e', 'f', 'd') ----
 * binary32 and binary64 are the C float and double of every platform
 * Krait runs on, so only the byte order needs handling; binary16 has no
 * C type and is built by hand, rounding half to even as IEEE asks. */

static void put_ordered(char *p, const void *src, int n, int le)
{
    const unsigned char *s = src;
#if PY_LITTLE_ENDIAN
    int native_le = 1;
#else
    int native_le = 0;
#endif
    if (le == native_le)
        memcpy(p, s, (size_t)n);
    else
        for (int i = 0; i < n; i++)
            p[i] = (char)s[n - 1 - i];
}

int PyFloat_Pack2(double x, char *p, int le)
{
    unsigned short bits;
    int sign = copysign(1.0, x) < 0, e;
    if (x == 0.0)
        bits = 0;
    else if (isinf(x))
        bits = 0x1f << 10;
    else if (isnan(x))
        bits = (0x1f << 10) | 512;
    else {
        double f = frexp(fabs(x), &e);
        /* f in [0.5, 1): make it [1, 2) */
        f *= 2.0;
        e--;
        if (e >= 16)
            goto overflow;
        if (e < -25) {
            f = 0.0; /* too small even for a subnormal: zero */
            e = 0;
        }
        else if (e < -14) {
            f = ldexp(f, 14 + e); /* subnormal */
            e = 0;
        }
        else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        unsigned int m = (unsigned int)f;
        f -= m;
        if (f > 0.5 || (f == 0.5 && (m & 1))) {
            m++;
            if (m == 1024) {
                m = 0;
                e++;
                if (e == 31)
                    goto overflow;
            }
        }
        bits = (unsigned short)((e << 10) | m);
    }
    bits |= (unsigned short)(sign << 15);
    p[le ? 0 : 1] = (char)(bits & 0xff);
    p[le ? 1 : 0] = (char)(bits >> 8);
    return 0;
overflow:
    PyErr_SetString(PyExc_OverflowError, "float too large to pack with e format");
    return -1;
}

int PyFloat_Pack4(double x, char *p, int le)
{
    float y = (float)x;
    if (isinf(y) && !isinf(x)) {
        PyErr_SetString(PyExc_OverflowError, "float too large to pack with f format");
        return -1;
    }
    put_ordered(p, &y, 4, le);
    return 0;
}

int PyFloat_Pack8(double x, char *p, int le)
{
    put_ordered(p, &x, 8, le);
    return 0;
}

double PyFloat_Unpack2(const char *p, int le)
{
    unsigned int bits = (unsigned char)p[le ? 0 : 1] | ((unsigned int)(unsigned char)p[le ? 1 : 0] << 8);
    int sign = bits >> 15, e = (bits >> 10) & 0x1f;
    unsigned int m = bits & 0x3ff;
    double x;
    if (e == 0x1f) {
        if (m == 0)
            return sign ? -INFINITY : INFINITY;
        return sign ? -NAN : NAN;
    }
    x = m / 1024.0;
    if (e == 0)
        e = -14;
    else {
        x += 1.0;
        e -= 15;
    }
    x = ldexp(x, e);
    return sign ? -x : x;
}

double PyFloat_Unpack4(const char *p, int le)
{
    float y;
    put_ordered((char *)&y, p, 4, le);
    return y;
}

double PyFloat_Unpack8(const char *p, int le)
{
    double x;
    put_ordered((char *)&x, p, 8, le);
    return x;
}
