/* _struct: conversion between Python values and C structs in bytes.
 *
 * A format is compiled once into a Struct: a list of codes, each one
 * format character with its byte offset, item size and repeat count, so
 * that pack and unpack are a straight walk over the codes calling one
 * converter per item.  The module-level functions keep a cache of
 * compiled Structs keyed by the format object, as CPython does (cleared
 * whole when it reaches 100 entries), so struct.pack('<I', n) in a loop
 * compiles its format once.
 *
 * Three tables of converters: native ('@', sizes and alignment of the C
 * types here), little-endian ('<' and, on a little-endian machine, '='),
 * and big-endian ('>', '!').  As in CPython, the little-endian table of
 * a little-endian machine uses the native converters wherever the
 * standard size equals the native one (not for 'f', 'd' and '?'): this
 * is faster, and it is also why the error messages of '<h' and '>h'
 * differ ("short format requires ..." against "'h' format requires
 * ...").  Those messages are reproduced converter by converter.
 *
 * Integers arrive through __index__ ("required argument is not an
 * integer" otherwise); an int too large for the C type first used to
 * fetch it is "argument out of range", one that fits that type but not
 * the field has the field's range in the message. */
#include "Python.h"
#include "kr_strings.h"
#include <limits.h>

static PyObject *StructError;
static PyObject *format_cache;
#define MAXCACHE 100

typedef struct formatdef {
    char format;
    Py_ssize_t size;
    Py_ssize_t alignment;
    PyObject *(*unpack)(const char *, const struct formatdef *);
    int (*pack)(char *, PyObject *, const struct formatdef *);
} formatdef;

typedef struct {
    const formatdef *fmtdef;
    Py_ssize_t offset;
    Py_ssize_t size;
    Py_ssize_t repeat;
} formatcode;

typedef struct {
    PyObject_HEAD
    Py_ssize_t s_size;    /* bytes */
    Py_ssize_t s_len;     /* items */
    formatcode *s_codes;  /* ends with a code whose fmtdef is NULL */
    PyObject *s_format;   /* the format as bytes */
    PyObject *weakreflist;
} PyStructObject;

static PyTypeObject PyStructType;
static PyTypeObject unpackiter_type;

/* ---- fetching values ---- */

/* v as an int (new reference), through __index__ */
static PyObject *get_pylong(PyObject *v)
{
    if (PyLong_Check(v))
        return Py_NewRef(v);
    if (Py_TYPE(v)->tp_as_number != NULL && Py_TYPE(v)->tp_as_number->nb_index != NULL)
        return PyNumber_Index(v);
    PyErr_SetString(StructError, "required argument is not an integer");
    return NULL;
}

static int out_of_range(void)
{
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        PyErr_SetString(StructError, "argument out of range");
    }
    return -1;
}

static int get_long(PyObject *v, long *p)
{
    long x;
    if (PyLong_CheckExact(v))
        x = PyLong_AsLong(v);
    else {
        if ((v = get_pylong(v)) == NULL)
            return -1;
        x = PyLong_AsLong(v);
        Py_DECREF(v);
    }
    if (x == -1 && PyErr_Occurred())
        return out_of_range();
    *p = x;
    return 0;
}

static int get_ulong(PyObject *v, unsigned long *p)
{
    unsigned long x;
    if (PyLong_CheckExact(v))
        x = PyLong_AsUnsignedLong(v);
    else {
        if ((v = get_pylong(v)) == NULL)
            return -1;
        x = PyLong_AsUnsignedLong(v);
        Py_DECREF(v);
    }
    if (x == (unsigned long)-1 && PyErr_Occurred())
        return out_of_range();
    *p = x;
    return 0;
}

static int get_longlong(PyObject *v, long long *p)
{
    long long x;
    if (PyLong_CheckExact(v))
        x = PyLong_AsLongLong(v);
    else {
        if ((v = get_pylong(v)) == NULL)
            return -1;
        x = PyLong_AsLongLong(v);
        Py_DECREF(v);
    }
    if (x == -1 && PyErr_Occurred())
        return out_of_range();
    *p = x;
    return 0;
}

static int get_ulonglong(PyObject *v, unsigned long long *p)
{
    unsigned long long x;
    if (PyLong_CheckExact(v))
        x = PyLong_AsUnsignedLongLong(v);
    else {
        if ((v = get_pylong(v)) == NULL)
            return -1;
        x = PyLong_AsUnsignedLongLong(v);
        Py_DECREF(v);
    }
    if (x == (unsigned long long)-1 && PyErr_Occurred())
        return out_of_range();
    *p = x;
    return 0;
}

static int get_double(PyObject *v, double *p)
{
    double x = PyFloat_AsDouble(v);
    if (x == -1 && PyErr_Occurred()) {
        PyErr_SetString(StructError, "required argument is not a float");
        return -1;
    }
    *p = x;
    return 0;
}

/* "'i' format requires -2147483648 <= number <= 2147483647" */
static int range_error(const formatdef *f, int is_unsigned)
{
    size_t ulargest = (size_t)-1 >> ((sizeof(size_t) - (size_t)f->size) * 8);
    if (is_unsigned)
        PyErr_Format(StructError, "'%c' format requires 0 <= number <= %zu", f->format, ulargest);
    else {
        Py_ssize_t largest = (Py_ssize_t)(ulargest >> 1);
        PyErr_Format(StructError, "'%c' format requires %zd <= number <= %zd", f->format,
                     ~largest, largest);
    }
    return -1;
}

/* ---- native converters ---- */

static PyObject *nu_char(const char *p, const formatdef *f) { return PyBytes_FromStringAndSize(p, 1); }
static PyObject *nu_byte(const char *p, const formatdef *f) { return PyLong_FromLong(*(const signed char *)p); }
static PyObject *nu_ubyte(const char *p, const formatdef *f) { return PyLong_FromLong(*(const unsigned char *)p); }
static PyObject *nu_short(const char *p, const formatdef *f) { short x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *nu_ushort(const char *p, const formatdef *f) { unsigned short x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *nu_int(const char *p, const formatdef *f) { int x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *nu_uint(const char *p, const formatdef *f) { unsigned int x; memcpy(&x, p, sizeof x); return PyLong_FromUnsignedLong(x); }
static PyObject *nu_long(const char *p, const formatdef *f) { long x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *nu_ulong(const char *p, const formatdef *f) { unsigned long x; memcpy(&x, p, sizeof x); return PyLong_FromUnsignedLong(x); }
static PyObject *nu_ssize_t(const char *p, const formatdef *f) { Py_ssize_t x; memcpy(&x, p, sizeof x); return PyLong_FromSsize_t(x); }
static PyObject *nu_size_t(const char *p, const formatdef *f) { size_t x; memcpy(&x, p, sizeof x); return PyLong_FromSize_t(x); }
static PyObject *nu_longlong(const char *p, const formatdef *f) { long long x; memcpy(&x, p, sizeof x); return PyLong_FromLongLong(x); }
static PyObject *nu_ulonglong(const char *p, const formatdef *f) { unsigned long long x; memcpy(&x, p, sizeof x); return PyLong_FromUnsignedLongLong(x); }
/* read as a byte: a _Bool holding 2 would be undefined behaviour */
static PyObject *nu_bool(const char *p, const formatdef *f) { return PyBool_FromLong(*(const unsigned char *)p != 0); }
static PyObject *nu_halffloat(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack2(p, PY_LITTLE_ENDIAN)); }
static PyObject *nu_float(const char *p, const formatdef *f) { float x; memcpy(&x, p, sizeof x); return PyFloat_FromDouble(x); }
static PyObject *nu_double(const char *p, const formatdef *f) { double x; memcpy(&x, p, sizeof x); return PyFloat_FromDouble(x); }
static PyObject *nu_void_p(const char *p, const formatdef *f) { void *x; memcpy(&x, p, sizeof x); return PyLong_FromVoidPtr(x); }

static int np_char(char *p, PyObject *v, const formatdef *f)
{
    if (!PyBytes_Check(v) || PyBytes_GET_SIZE(v) != 1) {
        PyErr_SetString(StructError, "char format requires a bytes object of length 1");
        return -1;
    }
    *p = *PyBytes_AS_STRING(v);
    return 0;
}

static int np_byte(char *p, PyObject *v, const formatdef *f)
{
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < -128 || x > 127) {
        PyErr_SetString(StructError, "byte format requires -128 <= number <= 127");
        return -1;
    }
    *p = (char)x;
    return 0;
}

static int np_ubyte(char *p, PyObject *v, const formatdef *f)
{
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < 0 || x > 255) {
        PyErr_SetString(StructError, "ubyte format requires 0 <= number <= 255");
        return -1;
    }
    *(unsigned char *)p = (unsigned char)x;
    return 0;
}

static int np_short(char *p, PyObject *v, const formatdef *f)
{
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < SHRT_MIN || x > SHRT_MAX) {
        PyErr_Format(StructError, "short format requires %d <= number <= %d", SHRT_MIN, SHRT_MAX);
        return -1;
    }
    short y = (short)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_ushort(char *p, PyObject *v, const formatdef *f)
{
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < 0 || x > USHRT_MAX) {
        PyErr_Format(StructError, "ushort format requires 0 <= number <= %u", (unsigned)USHRT_MAX);
        return -1;
    }
    unsigned short y = (unsigned short)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_int(char *p, PyObject *v, const formatdef *f)
{
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < INT_MIN || x > INT_MAX)
        return range_error(f, 0);
    int y = (int)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_uint(char *p, PyObject *v, const formatdef *f)
{
    unsigned long x;
    if (get_ulong(v, &x) < 0)
        return -1;
    if (x > UINT_MAX)
        return range_error(f, 1);
    unsigned int y = (unsigned int)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_long(char *p, PyObject *v, const formatdef *f)
{
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

static int np_ulong(char *p, PyObject *v, const formatdef *f)
{
    unsigned long x;
    if (get_ulong(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

static int np_longlong(char *p, PyObject *v, const formatdef *f)
{
    long long x;
    if (get_longlong(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

static int np_ulonglong(char *p, PyObject *v, const formatdef *f)
{
    unsigned long long x;
    if (get_ulonglong(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

static int np_bool(char *p, PyObject *v, const formatdef *f)
{
    int r = PyObject_IsTrue(v);
    if (r < 0)
        return -1;
    _Bool y = r != 0;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_halffloat(char *p, PyObject *v, const formatdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    return PyFloat_Pack2(x, p, PY_LITTLE_ENDIAN);
}

static int np_float(char *p, PyObject *v, const formatdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    float y = (float)x; /* no overflow check for native 'f', as in CPython */
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_double(char *p, PyObject *v, const formatdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

/* 'P' and big-endian 'q'/'Q' report every overflow this way */
static int too_large(void)
{
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        PyErr_SetString(StructError, "int too large to convert");
    }
    return -1;
}

static int np_void_p(char *p, PyObject *v, const formatdef *f)
{
    if ((v = get_pylong(v)) == NULL)
        return -1;
    void *x = PyLong_AsVoidPtr(v);
    Py_DECREF(v);
    if (PyErr_Occurred())
        return too_large();
    memcpy(p, &x, sizeof x);
    return 0;
}

static int np_ssize_t(char *p, PyObject *v, const formatdef *f)
{
    long long x;
    if (get_longlong(v, &x) < 0)
        return -1;
    Py_ssize_t y = (Py_ssize_t)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_size_t(char *p, PyObject *v, const formatdef *f)
{
    unsigned long long x;
    if (get_ulonglong(v, &x) < 0)
        return -1;
    size_t y = (size_t)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static formatdef native_table[] = {
    {'x', sizeof(char), 0, NULL, NULL},
    {'b', sizeof(char), 0, nu_byte, np_byte},
    {'B', sizeof(char), 0, nu_ubyte, np_ubyte},
    {'c', sizeof(char), 0, nu_char, np_char},
    {'s', sizeof(char), 0, NULL, NULL},
    {'p', sizeof(char), 0, NULL, NULL},
    {'h', sizeof(short), _Alignof(short), nu_short, np_short},
    {'H', sizeof(short), _Alignof(short), nu_ushort, np_ushort},
    {'i', sizeof(int), _Alignof(int), nu_int, np_int},
    {'I', sizeof(int), _Alignof(int), nu_uint, np_uint},
    {'l', sizeof(long), _Alignof(long), nu_long, np_long},
    {'L', sizeof(long), _Alignof(long), nu_ulong, np_ulong},
    {'n', sizeof(size_t), _Alignof(size_t), nu_ssize_t, np_ssize_t},
    {'N', sizeof(size_t), _Alignof(size_t), nu_size_t, np_size_t},
    {'q', sizeof(long long), _Alignof(long long), nu_longlong, np_longlong},
    {'Q', sizeof(long long), _Alignof(long long), nu_ulonglong, np_ulonglong},
    {'?', sizeof(_Bool), _Alignof(_Bool), nu_bool, np_bool},
    {'e', sizeof(short), _Alignof(short), nu_halffloat, np_halffloat},
    {'f', sizeof(float), _Alignof(float), nu_float, np_float},
    {'d', sizeof(double), _Alignof(double), nu_double, np_double},
    {'P', sizeof(void *), _Alignof(void *), nu_void_p, np_void_p},
    {0, 0, 0, NULL, NULL}};

/* ---- standard-size converters, either byte order ---- */

static unsigned long long read_uint(const char *p, Py_ssize_t n, int le)
{
    const unsigned char *q = (const unsigned char *)p;
    unsigned long long x = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        x = (x << 8) | q[le ? n - 1 - i : i];
    return x;
}

static void write_uint(char *p, unsigned long long x, Py_ssize_t n, int le)
{
    unsigned char *q = (unsigned char *)p;
    for (Py_ssize_t i = 0; i < n; i++) {
        q[le ? i : n - 1 - i] = (unsigned char)x;
        x >>= 8;
    }
}

static PyObject *std_int(const char *p, const formatdef *f, int le)
{
    unsigned long long x = read_uint(p, f->size, le);
    if (f->size < 8) {
        unsigned long long sign = 1ULL << (f->size * 8 - 1);
        x = (x ^ sign) - sign; /* sign-extend */
    }
    return PyLong_FromLongLong((long long)x);
}

static PyObject *std_uint(const char *p, const formatdef *f, int le)
{
    return PyLong_FromUnsignedLongLong(read_uint(p, f->size, le));
}

static int std_pack_int(char *p, PyObject *v, const formatdef *f, int le)
{
    if (f->size == 8) {
        long long x;
        if ((v = get_pylong(v)) == NULL)
            return -1;
        x = PyLong_AsLongLong(v);
        Py_DECREF(v);
        if (x == -1 && PyErr_Occurred())
            return le ? out_of_range() : too_large();
        write_uint(p, (unsigned long long)x, 8, le);
        return 0;
    }
    long x;
    if (get_long(v, &x) < 0)
        return -1;
    if ((f->size == 2 && (x < -32768 || x > 32767)) ||
        (f->size == 4 && (x < -2147483647L - 1 || x > 2147483647L)))
        return range_error(f, 0);
    write_uint(p, (unsigned long long)x, f->size, le);
    return 0;
}

static int std_pack_uint(char *p, PyObject *v, const formatdef *f, int le)
{
    if (f->size == 8) {
        unsigned long long x;
        if ((v = get_pylong(v)) == NULL)
            return -1;
        x = PyLong_AsUnsignedLongLong(v);
        Py_DECREF(v);
        if (x == (unsigned long long)-1 && PyErr_Occurred())
            return le ? out_of_range() : too_large();
        write_uint(p, x, 8, le);
        return 0;
    }
    unsigned long x;
    if (get_ulong(v, &x) < 0)
        return -1;
    if (x >= (1UL << (f->size * 8)))
        return range_error(f, 1);
    write_uint(p, x, f->size, le);
    return 0;
}

static PyObject *lu_int(const char *p, const formatdef *f) { return std_int(p, f, 1); }
static PyObject *lu_uint(const char *p, const formatdef *f) { return std_uint(p, f, 1); }
static PyObject *bu_int(const char *p, const formatdef *f) { return std_int(p, f, 0); }
static PyObject *bu_uint(const char *p, const formatdef *f) { return std_uint(p, f, 0); }
static int lp_int(char *p, PyObject *v, const formatdef *f) { return std_pack_int(p, v, f, 1); }
static int lp_uint(char *p, PyObject *v, const formatdef *f) { return std_pack_uint(p, v, f, 1); }
static int bp_int(char *p, PyObject *v, const formatdef *f) { return std_pack_int(p, v, f, 0); }
static int bp_uint(char *p, PyObject *v, const formatdef *f) { return std_pack_uint(p, v, f, 0); }

static PyObject *std_bool(const char *p, const formatdef *f) { return PyBool_FromLong(*p != 0); }

static int std_pack_bool(char *p, PyObject *v, const formatdef *f)
{
    int r = PyObject_IsTrue(v);
    if (r < 0)
        return -1;
    *p = (char)(r != 0);
    return 0;
}

static PyObject *lu_halffloat(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack2(p, 1)); }
static PyObject *bu_halffloat(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack2(p, 0)); }
static PyObject *lu_float(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack4(p, 1)); }
static PyObject *bu_float(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack4(p, 0)); }
static PyObject *lu_double(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack8(p, 1)); }
static PyObject *bu_double(const char *p, const formatdef *f) { return PyFloat_FromDouble(PyFloat_Unpack8(p, 0)); }

#define STD_FLOAT_PACK(NAME, FN, LE)                           \
    static int NAME(char *p, PyObject *v, const formatdef *f) \
    {                                                          \
        double x;                                              \
        if (get_double(v, &x) < 0)                             \
            return -1;                                         \
        return FN(x, p, LE);                                   \
    }
STD_FLOAT_PACK(lp_halffloat, PyFloat_Pack2, 1)
STD_FLOAT_PACK(bp_halffloat, PyFloat_Pack2, 0)
STD_FLOAT_PACK(lp_float, PyFloat_Pack4, 1)
STD_FLOAT_PACK(bp_float, PyFloat_Pack4, 0)
STD_FLOAT_PACK(lp_double, PyFloat_Pack8, 1)
STD_FLOAT_PACK(bp_double, PyFloat_Pack8, 0)

static formatdef bigendian_table[] = {
    {'x', 1, 0, NULL, NULL},
    {'b', 1, 0, nu_byte, np_byte},
    {'B', 1, 0, nu_ubyte, np_ubyte},
    {'c', 1, 0, nu_char, np_char},
    {'s', 1, 0, NULL, NULL},
    {'p', 1, 0, NULL, NULL},
    {'h', 2, 0, bu_int, bp_int},
    {'H', 2, 0, bu_uint, bp_uint},
    {'i', 4, 0, bu_int, bp_int},
    {'I', 4, 0, bu_uint, bp_uint},
    {'l', 4, 0, bu_int, bp_int},
    {'L', 4, 0, bu_uint, bp_uint},
    {'q', 8, 0, bu_int, bp_int},
    {'Q', 8, 0, bu_uint, bp_uint},
    {'?', 1, 0, std_bool, std_pack_bool},
    {'e', 2, 0, bu_halffloat, bp_halffloat},
    {'f', 4, 0, bu_float, bp_float},
    {'d', 8, 0, bu_double, bp_double},
    {0, 0, 0, NULL, NULL}};

static formatdef lilendian_table[] = {
    {'x', 1, 0, NULL, NULL},
    {'b', 1, 0, nu_byte, np_byte},
    {'B', 1, 0, nu_ubyte, np_ubyte},
    {'c', 1, 0, nu_char, np_char},
    {'s', 1, 0, NULL, NULL},
    {'p', 1, 0, NULL, NULL},
    {'h', 2, 0, lu_int, lp_int},
    {'H', 2, 0, lu_uint, lp_uint},
    {'i', 4, 0, lu_int, lp_int},
    {'I', 4, 0, lu_uint, lp_uint},
    {'l', 4, 0, lu_int, lp_int},
    {'L', 4, 0, lu_uint, lp_uint},
    {'q', 8, 0, lu_int, lp_int},
    {'Q', 8, 0, lu_uint, lp_uint},
    {'?', 1, 0, std_bool, std_pack_bool},
    {'e', 2, 0, lu_halffloat, lp_halffloat},
    {'f', 4, 0, lu_float, lp_float},
    {'d', 8, 0, lu_double, lp_double},
    {0, 0, 0, NULL, NULL}};

/* The native converters serve the table of the machine's own byte order
 * wherever the sizes agree (not for 'f', 'd', '?': see the essay). */
static void swap_in_native(void)
{
    formatdef *other = PY_LITTLE_ENDIAN ? lilendian_table : bigendian_table;
    for (formatdef *o = other; o->format; o++) {
        if (o->format == 'f' || o->format == 'd' || o->format == '?')
            continue;
        for (const formatdef *n = native_table; n->format; n++)
            if (n->format == o->format) {
                if (n->size == o->size) {
                    o->pack = n->pack;
                    o->unpack = n->unpack;
                }
                break;
            }
    }
}

/* ---- compiling a format ---- */

static const formatdef *whichtable(const char **pfmt)
{
    const char *fmt = (*pfmt)++;
    switch (*fmt) {
    case '<':
        return lilendian_table;
    case '>':
    case '!':
        return bigendian_table;
    case '=':
        return PY_LITTLE_ENDIAN ? lilendian_table : bigendian_table;
    case '@':
        return native_table;
    default:
        --*pfmt;
        return native_table;
    }
}

static const formatdef *getentry(int c, const formatdef *f)
{
    for (; f->format != '\0'; f++)
        if (f->format == c)
            return f;
    PyErr_SetString(StructError, "bad char in struct format");
    return NULL;
}

static Py_ssize_t align(Py_ssize_t size, const formatdef *e)
{
    if (e->alignment && size > 0) {
        Py_ssize_t extra = (e->alignment - 1) - (size - 1) % e->alignment;
        if (extra > PY_SSIZE_T_MAX - size)
            return -1;
        size += extra;
    }
    return size;
}

/* Compile self->s_format; two passes over it: one to count and check,
 * one to fill the codes. */
static int prepare_s(PyStructObject *self)
{
    const char *fmt = PyBytes_AS_STRING(self->s_format);
    if (strlen(fmt) != (size_t)PyBytes_GET_SIZE(self->s_format)) {
        PyErr_SetString(StructError, "embedded null character");
        return -1;
    }
    const char *s = fmt;
    const formatdef *table = whichtable(&s);
    const char *body = s;
    Py_ssize_t size = 0, len = 0, ncodes = 0, num, itemsize;
    char c;
    while ((c = *s++) != '\0') {
        if (Py_ISSPACE(c))
            continue;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while ((c = *s++) >= '0' && c <= '9') {
                if (num >= PY_SSIZE_T_MAX / 10 &&
                    (num > PY_SSIZE_T_MAX / 10 || (c - '0') > PY_SSIZE_T_MAX % 10))
                    goto overflow;
                num = num * 10 + (c - '0');
            }
            if (c == '\0') {
                PyErr_SetString(StructError, "repeat count given without format specifier");
                return -1;
            }
        }
        else
            num = 1;
        const formatdef *e = getentry(c, table);
        if (e == NULL)
            return -1;
        switch (c) {
        case 's':
        case 'p':
            len++;
            ncodes++;
            break;
        case 'x':
            break;
        default:
            len += num;
            if (num)
                ncodes++;
            break;
        }
        itemsize = e->size;
        size = align(size, e);
        if (size == -1)
            goto overflow;
        if (num > (PY_SSIZE_T_MAX - size) / itemsize)
            goto overflow;
        size += num * itemsize;
    }
    formatcode *codes = PyMem_Malloc(((size_t)ncodes + 1) * sizeof(formatcode));
    if (codes == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyMem_Free(self->s_codes);
    self->s_codes = codes;
    self->s_size = size;
    self->s_len = len;
    formatcode *code = codes;
    size = 0;
    s = body;
    while ((c = *s++) != '\0') {
        if (Py_ISSPACE(c))
            continue;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while ((c = *s++) >= '0' && c <= '9')
                num = num * 10 + (c - '0');
        }
        else
            num = 1;
        const formatdef *e = getentry(c, table);
        size = align(size, e);
        if (c == 's' || c == 'p') {
            code->offset = size;
            code->size = num;
            code->fmtdef = e;
            code->repeat = 1;
            code++;
            size += num;
        }
        else if (c == 'x')
            size += num;
        else if (num) {
            code->offset = size;
            code->size = e->size;
            code->fmtdef = e;
            code->repeat = num;
            code++;
            size += e->size * num;
        }
    }
    code->fmtdef = NULL;
    code->offset = size;
    code->size = 0;
    code->repeat = 0;
    return 0;
overflow:
    PyErr_SetString(StructError, "total struct size too long");
    return -1;
}

/* ---- the Struct type ---- */

static PyObject *s_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyStructObject *self = (PyStructObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->s_format = PyBytes_FromStringAndSize(NULL, 0);
    self->s_codes = PyMem_Malloc(sizeof(formatcode));
    if (self->s_format == NULL || self->s_codes == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    self->s_codes[0].fmtdef = NULL;
    self->s_codes[0].offset = 0;
    self->s_codes[0].size = 0;
    self->s_codes[0].repeat = 0;
    self->s_size = 0;
    self->s_len = 0;
    return (PyObject *)self;
}

static int s_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"format", NULL};
    PyStructObject *self = (PyStructObject *)op;
    PyObject *format;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:Struct", kwlist, &format))
        return -1;
    if (PyUnicode_Check(format)) {
        format = PyUnicode_AsASCIIString(format);
        if (format == NULL)
            return -1;
    }
    else if (PyBytes_Check(format))
        Py_INCREF(format);
    else {
        PyErr_Format(PyExc_TypeError, "Struct() argument 1 must be a str or bytes object, not %.200s",
                     _KrArg_TypeName(format));
        return -1;
    }
    Py_SETREF(self->s_format, format);
    return prepare_s(self);
}

static void s_dealloc(PyObject *op)
{
    PyStructObject *self = (PyStructObject *)op;
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    PyMem_Free(self->s_codes);
    Py_XDECREF(self->s_format);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *unpack_internal(PyStructObject *so, const char *start)
{
    PyObject *result = PyTuple_New(so->s_len);
    if (result == NULL)
        return NULL;
    Py_ssize_t i = 0;
    for (const formatcode *code = so->s_codes; code->fmtdef != NULL; code++) {
        const formatdef *e = code->fmtdef;
        const char *res = start + code->offset;
        for (Py_ssize_t j = 0; j < code->repeat; j++) {
            PyObject *v;
            if (e->format == 's')
                v = PyBytes_FromStringAndSize(res, code->size);
            else if (e->format == 'p') {
                Py_ssize_t n = *(const unsigned char *)res;
                if (n >= code->size)
                    n = code->size - 1;
                v = PyBytes_FromStringAndSize(res + 1, n < 0 ? 0 : n);
            }
            else
                v = e->unpack(res, e);
            if (v == NULL) {
                Py_DECREF(result);
                return NULL;
            }
            PyTuple_SET_ITEM(result, i++, v);
            res += code->size;
        }
    }
    return result;
}

/* Pack args into buf (s_size bytes, which the caller zeroes first: the
 * pad bytes stay 0). */
static int pack_internal(PyStructObject *so, PyObject *const *args, char *buf)
{
    Py_ssize_t i = 0;
    for (const formatcode *code = so->s_codes; code->fmtdef != NULL; code++) {
        const formatdef *e = code->fmtdef;
        char *res = buf + code->offset;
        for (Py_ssize_t j = 0; j < code->repeat; j++) {
            PyObject *v = args[i++];
            if (e->format == 's' || e->format == 'p') {
                const char *p;
                Py_ssize_t n;
                if (PyBytes_Check(v)) {
                    n = PyBytes_GET_SIZE(v);
                    p = PyBytes_AS_STRING(v);
                }
                else if (PyByteArray_Check(v)) {
                    n = PyByteArray_GET_SIZE(v);
                    p = PyByteArray_AS_STRING(v);
                }
                else {
                    PyErr_Format(StructError, "argument for '%c' must be a bytes object", e->format);
                    return -1;
                }
                if (e->format == 's') {
                    if (n > code->size)
                        n = code->size;
                    if (n > 0)
                        memcpy(res, p, (size_t)n);
                }
                else {
                    if (n > code->size - 1)
                        n = code->size - 1;
                    if (n > 0)
                        memcpy(res + 1, p, (size_t)n);
                    if (n > 255)
                        n = 255;
                    if (code->size > 0)
                        *res = (char)(unsigned char)n;
                }
            }
            else if (e->pack(res, v, e) < 0) {
                /* CPython's catch-all: an int the field cannot take, even
                 * an 'e' or 'f' one, is a struct.error */
                if (PyLong_Check(v) && PyErr_ExceptionMatches(PyExc_OverflowError)) {
                    PyErr_Clear();
                    PyErr_SetString(StructError, "int too large to convert");
                }
                return -1;
            }
            res += code->size;
        }
    }
    return 0;
}

static PyObject *s_pack_impl(PyStructObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != so->s_len) {
        PyErr_Format(StructError, "pack expected %zd items for packing (got %zd)", so->s_len, nargs);
        return NULL;
    }
    PyObject *result = PyBytes_FromStringAndSize(NULL, so->s_size);
    if (result == NULL)
        return NULL;
    memset(PyBytes_AS_STRING(result), 0, (size_t)so->s_size);
    if (pack_internal(so, args, PyBytes_AS_STRING(result)) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *s_pack(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "Struct.pack() takes no keyword arguments");
        return NULL;
    }
    return s_pack_impl((PyStructObject *)self, args, nargs);
}

/* a writable buffer, with getargs' "w*" message */
static int get_writable(PyObject *obj, Py_buffer *view)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_WRITABLE) == 0)
        return 0;
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "argument must be read-write bytes-like object, not %.50s",
                 _KrArg_TypeName(obj));
    return -1;
}

static PyObject *s_pack_into_impl(PyStructObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != so->s_len + 2) {
        if (nargs == 0)
            PyErr_SetString(StructError, "pack_into expected buffer argument");
        else if (nargs == 1)
            PyErr_SetString(StructError, "pack_into expected offset argument");
        else
            PyErr_Format(StructError, "pack_into expected %zd items for packing (got %zd)",
                         so->s_len, nargs - 2);
        return NULL;
    }
    Py_buffer buffer;
    if (get_writable(args[0], &buffer) < 0)
        return NULL;
    Py_ssize_t offset = PyNumber_AsSsize_t(args[1], PyExc_IndexError);
    if (offset == -1 && PyErr_Occurred())
        goto error;
    if (offset < 0) {
        if (offset + so->s_size > 0) {
            PyErr_Format(StructError, "no space to pack %zd bytes at offset %zd", so->s_size, offset);
            goto error;
        }
        if (offset + buffer.len < 0) {
            PyErr_Format(StructError, "offset %zd out of range for %zd-byte buffer", offset, buffer.len);
            goto error;
        }
        offset += buffer.len;
    }
    if (buffer.len - offset < so->s_size) {
        PyErr_Format(StructError,
                     "pack_into requires a buffer of at least %zu bytes for packing %zd "
                     "bytes at offset %zd (actual buffer size is %zd)",
                     (size_t)so->s_size + (size_t)offset, so->s_size, offset, buffer.len);
        goto error;
    }
    char *dst = (char *)buffer.buf + offset;
    memset(dst, 0, (size_t)so->s_size);
    if (pack_internal(so, args + 2, dst) < 0)
        goto error;
    PyBuffer_Release(&buffer);
    Py_RETURN_NONE;
error:
    PyBuffer_Release(&buffer);
    return NULL;
}

static PyObject *s_pack_into(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "Struct.pack_into() takes no keyword arguments");
        return NULL;
    }
    return s_pack_into_impl((PyStructObject *)self, args, nargs);
}

static PyObject *s_unpack_impl(PyStructObject *so, PyObject *obj)
{
    Py_buffer buffer;
    if (PyBytes_CheckExact(obj)) {
        if (PyBytes_GET_SIZE(obj) != so->s_size)
            goto wrong_size;
        return unpack_internal(so, PyBytes_AS_STRING(obj));
    }
    if (PyObject_GetBuffer(obj, &buffer, PyBUF_SIMPLE) < 0)
        return NULL;
    if (buffer.len != so->s_size) {
        PyBuffer_Release(&buffer);
        goto wrong_size;
    }
    PyObject *r = unpack_internal(so, buffer.buf);
    PyBuffer_Release(&buffer);
    return r;
wrong_size:
    PyErr_Format(StructError, "unpack requires a buffer of %zd bytes", so->s_size);
    return NULL;
}

static PyObject *s_unpack(PyObject *self, PyObject *obj)
{
    return s_unpack_impl((PyStructObject *)self, obj);
}

static PyObject *s_unpack_from_impl(PyStructObject *so, PyObject *obj, Py_ssize_t offset)
{
    Py_buffer buffer;
    if (PyObject_GetBuffer(obj, &buffer, PyBUF_SIMPLE) < 0)
        return NULL;
    if (offset < 0) {
        if (offset + buffer.len < 0) {
            PyErr_Format(StructError, "offset %zd out of range for %zd-byte buffer", offset, buffer.len);
            goto error;
        }
        if (offset + so->s_size > 0) {
            PyErr_Format(StructError, "not enough data to unpack %zd bytes at offset %zd", so->s_size, offset);
            goto error;
        }
        offset += buffer.len;
    }
    if (buffer.len - offset < so->s_size) {
        PyErr_Format(StructError,
                     "unpack_from requires a buffer of at least %zu bytes for unpacking %zd "
                     "bytes at offset %zd (actual buffer size is %zd)",
                     (size_t)so->s_size + (size_t)offset, so->s_size, offset, buffer.len);
        goto error;
    }
    PyObject *r = unpack_internal(so, (const char *)buffer.buf + offset);
    PyBuffer_Release(&buffer);
    return r;
error:
    PyBuffer_Release(&buffer);
    return NULL;
}

static const char *const unpack_from_kwlist[] = {"buffer", "offset", NULL};

static PyObject *s_unpack_from(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2] = {NULL, NULL};
    Py_ssize_t offset = 0;
    if (kwnames == NULL && nargs == 2 && PyBytes_CheckExact(args[0]) && PyLong_CheckExact(args[1])) {
        /* the common call, s.unpack_from(data, pos), without the general parser */
        PyStructObject *so = (PyStructObject *)self;
        Py_ssize_t len = PyBytes_GET_SIZE(args[0]);
        offset = PyLong_AsSsize_t(args[1]);
        if (offset == -1 && PyErr_Occurred())
            PyErr_Clear(); /* the general path below says what is wrong */
        else if (offset >= 0 && len - offset >= so->s_size)
            return unpack_internal(so, PyBytes_AS_STRING(args[0]) + offset);
        offset = 0;
    }
    if (_KrArg_Parse("unpack_from", KR_ARGS_CLINIC, args, nargs, kwnames, unpack_from_kwlist, 0, 1, a) < 0)
        return NULL;
    if (a[1] != NULL && _KrArg_Ssize(a[1], &offset) < 0)
        return NULL;
    return s_unpack_from_impl((PyStructObject *)self, a[0], offset);
}

/* ---- iter_unpack ---- */

typedef struct {
    PyObject_HEAD
    PyStructObject *so;
    Py_buffer buf;
    Py_ssize_t index;
} unpackiterobject;

static void unpackiter_dealloc(PyObject *op)
{
    unpackiterobject *self = (unpackiterobject *)op;
    PyObject_GC_UnTrack(op);
    Py_XDECREF(self->so);
    if (self->buf.buf != NULL)
        PyBuffer_Release(&self->buf);
    PyObject_GC_Del(op);
}

static int unpackiter_traverse(PyObject *op, visitproc visit, void *arg)
{
    unpackiterobject *self = (unpackiterobject *)op;
    Py_VISIT(self->so);
    Py_VISIT(self->buf.obj);
    return 0;
}

static PyObject *unpackiter_len(PyObject *op, PyObject *unused)
{
    unpackiterobject *self = (unpackiterobject *)op;
    Py_ssize_t len = 0;
    if (self->so != NULL)
        len = (self->buf.len - self->index) / self->so->s_size;
    return PyLong_FromSsize_t(len);
}

static PyObject *unpackiter_iternext(PyObject *op)
{
    unpackiterobject *self = (unpackiterobject *)op;
    if (self->so == NULL)
        return NULL;
    if (self->index >= self->buf.len) {
        /* done: let go of the buffer now */
        PyBuffer_Release(&self->buf);
        self->buf.buf = NULL;
        Py_CLEAR(self->so);
        return NULL;
    }
    PyObject *r = unpack_internal(self->so, (const char *)self->buf.buf + self->index);
    self->index += self->so->s_size;
    return r;
}

static PyObject *unpackiter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* CPython's message, unbalanced quote and all */
    PyErr_Format(PyExc_TypeError, "Cannot create '%.200s objects", "unpack_iterator");
    return NULL;
}

static PyMethodDef unpackiter_methods[] = {
    {"__length_hint__", unpackiter_len, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyTypeObject unpackiter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_struct.unpack_iterator",
    .tp_basicsize = sizeof(unpackiterobject),
    .tp_dealloc = unpackiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = unpackiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = unpackiter_iternext,
    .tp_methods = unpackiter_methods,
    .tp_new = unpackiter_new,
};

static PyObject *s_iter_unpack_impl(PyStructObject *so, PyObject *buffer)
{
    if (so->s_size == 0) {
        PyErr_Format(StructError, "cannot iteratively unpack with a struct of length %zd", so->s_size);
        return NULL;
    }
    unpackiterobject *it = PyObject_GC_New(unpackiterobject, &unpackiter_type);
    if (it == NULL)
        return NULL;
    it->so = NULL;
    it->buf.buf = NULL;
    it->index = 0;
    if (PyObject_GetBuffer(buffer, &it->buf, PyBUF_SIMPLE) < 0) {
        it->buf.buf = NULL;
        Py_DECREF(it);
        return NULL;
    }
    if (it->buf.len % so->s_size != 0) {
        PyErr_Format(StructError, "iterative unpacking requires a buffer of a multiple of %zd bytes",
                     so->s_size);
        Py_DECREF(it);
        return NULL;
    }
    it->so = (PyStructObject *)Py_NewRef(so);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *s_iter_unpack(PyObject *self, PyObject *buffer)
{
    return s_iter_unpack_impl((PyStructObject *)self, buffer);
}

static PyObject *s_sizeof(PyObject *op, PyObject *unused)
{
    PyStructObject *self = (PyStructObject *)op;
    Py_ssize_t n = Py_TYPE(op)->tp_basicsize + (Py_ssize_t)sizeof(formatcode);
    for (const formatcode *code = self->s_codes; code->fmtdef != NULL; code++)
        n += (Py_ssize_t)sizeof(formatcode);
    return PyLong_FromSsize_t(n);
}

static PyObject *s_get_format(PyObject *op, void *closure)
{
    PyStructObject *self = (PyStructObject *)op;
    return PyUnicode_FromStringAndSize(PyBytes_AS_STRING(self->s_format),
                                       PyBytes_GET_SIZE(self->s_format));
}

static PyObject *s_get_size(PyObject *op, void *closure)
{
    return PyLong_FromSsize_t(((PyStructObject *)op)->s_size);
}

static PyGetSetDef s_getset[] = {
    {"format", s_get_format, NULL, "struct format string", NULL},
    {"size", s_get_size, NULL, "struct size in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyMethodDef s_methods[] = {
    {"iter_unpack", s_iter_unpack, METH_O,
     "iter_unpack($self, buffer, /)\n--\n\n"
     "Return an iterator yielding tuples.\n\n"
     "Tuples are unpacked from the given bytes source, like a repeated\n"
     "invocation of unpack_from().\n\n"
     "Requires that the bytes length be a multiple of the struct size."},
    {"pack", (PyCFunction)(void (*)(void))s_pack, METH_FASTCALL | METH_KEYWORDS,
     "S.pack(v1, v2, ...) -> bytes\n\n"
     "Return a bytes object containing values v1, v2, ... packed according\n"
     "to the format string S.format.  See help(struct) for more on format\n"
     "strings."},
    {"pack_into", (PyCFunction)(void (*)(void))s_pack_into, METH_FASTCALL | METH_KEYWORDS,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\n"
     "Pack the values v1, v2, ... according to the format string S.format\n"
     "and write the packed bytes into the writable buffer buf starting at\n"
     "offset.  Note that the offset is a required argument.  See\n"
     "help(struct) for more on format strings."},
    {"unpack", s_unpack, METH_O,
     "unpack($self, buffer, /)\n--\n\n"
     "Return a tuple containing unpacked values.\n\n"
     "Unpack according to the format string Struct.format. The buffer's size\n"
     "in bytes must be Struct.size.\n\n"
     "See help(struct) for more on format strings."},
    {"unpack_from", (PyCFunction)(void (*)(void))s_unpack_from, METH_FASTCALL | METH_KEYWORDS,
     "unpack_from($self, /, buffer, offset=0)\n--\n\n"
     "Return a tuple containing unpacked values.\n\n"
     "Values are unpacked according to the format string Struct.format.\n\n"
     "The buffer's size in bytes, starting at position offset, must be\n"
     "at least Struct.size.\n\n"
     "See help(struct) for more on format strings."},
    {"__sizeof__", s_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL, NULL, 0, NULL}};

static PyTypeObject PyStructType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(PyStructObject),
    .tp_dealloc = s_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Struct(fmt) --> compiled struct object\n\n",
    .tp_weaklistoffset = offsetof(PyStructObject, weakreflist),
    .tp_methods = s_methods,
    .tp_getset = s_getset,
    .tp_init = s_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = s_new,
    .tp_free = PyObject_Free,
};

/* ---- the module functions, through the cache ---- */

/* a borrowed Struct for format: the cache holds the reference */
static PyStructObject *cache_struct(PyObject *format)
{
    if (format_cache == NULL && (format_cache = PyDict_New()) == NULL)
        return NULL;
    PyObject *s = PyDict_GetItemWithError(format_cache, format);
    if (s != NULL)
        return (PyStructObject *)s;
    if (PyErr_Occurred())
        return NULL;
    s = PyObject_CallOneArg((PyObject *)&PyStructType, format);
    if (s == NULL)
        return NULL;
    if (PyDict_GET_SIZE(format_cache) >= MAXCACHE)
        PyDict_Clear(format_cache);
    if (PyDict_SetItem(format_cache, format, s) < 0) {
        Py_DECREF(s);
        return NULL;
    }
    Py_DECREF(s); /* the cache keeps it alive */
    return (PyStructObject *)s;
}

static PyObject *clearcache(PyObject *m, PyObject *unused)
{
    if (format_cache != NULL)
        PyDict_Clear(format_cache);
    Py_RETURN_NONE;
}

/* A Struct for a format that a caller may keep using after the cache is
 * cleared by a nested call: a new reference. */
static PyStructObject *get_struct(PyObject *format)
{
    PyStructObject *s = cache_struct(format);
    Py_XINCREF(s);
    return s;
}

static PyObject *calcsize(PyObject *m, PyObject *format)
{
    PyStructObject *s = get_struct(format);
    if (s == NULL)
        return NULL;
    PyObject *r = PyLong_FromSsize_t(s->s_size);
    Py_DECREF(s);
    return r;
}

static int no_keywords(const char *name, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_Format(PyExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static PyObject *pack(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (no_keywords("_struct.pack", kwnames) < 0)
        return NULL;
    if (nargs == 0) {
        PyErr_SetString(PyExc_TypeError, "missing format argument");
        return NULL;
    }
    PyStructObject *s = get_struct(args[0]);
    if (s == NULL)
        return NULL;
    PyObject *r = s_pack_impl(s, args + 1, nargs - 1);
    Py_DECREF(s);
    return r;
}

static PyObject *pack_into(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (no_keywords("_struct.pack_into", kwnames) < 0)
        return NULL;
    if (nargs == 0) {
        PyErr_SetString(PyExc_TypeError, "missing format argument");
        return NULL;
    }
    PyStructObject *s = get_struct(args[0]);
    if (s == NULL)
        return NULL;
    PyObject *r = s_pack_into_impl(s, args + 1, nargs - 1);
    Py_DECREF(s);
    return r;
}

static PyObject *unpack(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("unpack", nargs, 2, 2))
        return NULL;
    PyStructObject *s = get_struct(args[0]);
    if (s == NULL)
        return NULL;
    PyObject *r = s_unpack_impl(s, args[1]);
    Py_DECREF(s);
    return r;
}

static const char *const module_unpack_from_kwlist[] = {"", "buffer", "offset", NULL};

static PyObject *unpack_from(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[3] = {NULL, NULL, NULL};
    Py_ssize_t offset = 0;
    if (_KrArg_Parse("unpack_from", KR_ARGS_CLINIC, args, nargs, kwnames, module_unpack_from_kwlist,
                     1, 2, a) < 0)
        return NULL;
    PyStructObject *s = get_struct(a[0]);
    if (s == NULL)
        return NULL;
    PyObject *r = NULL;
    if (a[2] == NULL || _KrArg_Ssize(a[2], &offset) == 0)
        r = s_unpack_from_impl(s, a[1], offset);
    Py_DECREF(s);
    return r;
}

static PyObject *iter_unpack(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("iter_unpack", nargs, 2, 2))
        return NULL;
    PyStructObject *s = get_struct(args[0]);
    if (s == NULL)
        return NULL;
    PyObject *r = s_iter_unpack_impl(s, args[1]);
    Py_DECREF(s);
    return r;
}

static PyMethodDef module_functions[] = {
    {"_clearcache", clearcache, METH_NOARGS,
     "_clearcache($module, /)\n--\n\nClear the internal cache."},
    {"calcsize", calcsize, METH_O,
     "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the format string."},
    {"iter_unpack", (PyCFunction)(void (*)(void))iter_unpack, METH_FASTCALL,
     "iter_unpack($module, format, buffer, /)\n--\n\n"
     "Return an iterator yielding tuples unpacked from the given bytes.\n\n"
     "The bytes are unpacked according to the format string, like\n"
     "a repeated invocation of unpack_from().\n\n"
     "Requires that the bytes length be a multiple of the format struct size."},
    {"pack", (PyCFunction)(void (*)(void))pack, METH_FASTCALL | METH_KEYWORDS,
     "pack(format, v1, v2, ...) -> bytes\n\n"
     "Return a bytes object containing the values v1, v2, ... packed according\n"
     "to the format string.  See help(struct) for more on format strings."},
    {"pack_into", (PyCFunction)(void (*)(void))pack_into, METH_FASTCALL | METH_KEYWORDS,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\n"
     "Pack the values v1, v2, ... according to the format string and write\n"
     "the packed bytes into the writable buffer buf starting at offset.  Note\n"
     "that the offset is a required argument.  See help(struct) for more\n"
     "on format strings."},
    {"unpack", (PyCFunction)(void (*)(void))unpack, METH_FASTCALL,
     "unpack($module, format, buffer, /)\n--\n\n"
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size in bytes must be calcsize(format).\n\n"
     "See help(struct) for more on format strings."},
    {"unpack_from", (PyCFunction)(void (*)(void))unpack_from, METH_FASTCALL | METH_KEYWORDS,
     "unpack_from($module, format, /, buffer, offset=0)\n--\n\n"
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size, minus offset, must be at least calcsize(format).\n\n"
     "See help(struct) for more on format strings."},
    {NULL, NULL, 0, NULL}};

static PyModuleDef struct_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_struct",
    .m_doc = "Functions to convert between Python values and C structs.\n"
             "Python bytes objects are used to hold the data representing the C struct\n"
             "and also as format strings (explained below) to describe the layout of data\n"
             "in the C struct.\n\n"
             "The optional first format char indicates byte order, size and alignment:\n"
             "  @: native order, size & alignment (default)\n"
             "  =: native order, std. size & alignment\n"
             "  <: little-endian, std. size & alignment\n"
             "  >: big-endian, std. size & alignment\n"
             "  !: same as >\n\n"
             "The remaining chars indicate types of args and must match exactly;\n"
             "these can be preceded by a decimal repeat count:\n"
             "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
             "  ?: _Bool (requires C99; if not available, char is used instead)\n"
             "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
             "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
             "Special cases (preceding decimal count indicates length):\n"
             "  s:string (array of char); p: pascal string (with count byte).\n"
             "Special cases (only available in native format):\n"
             "  n:ssize_t; N:size_t;\n"
             "  P:an integer type that is wide enough to hold a pointer.\n"
             "Special case (not in native mode unless 'long long' in platform C):\n"
             "  q:long long; Q:unsigned long long\n"
             "Whitespace between formats is ignored.\n\n"
             "The variable struct.error is an exception raised on errors.\n",
    .m_size = 0,
    .m_methods = module_functions,
};

PyObject *PyInit__struct(void)
{
    static int ready;
    if (!ready) {
        if (PyType_Ready(&PyStructType) < 0 || PyType_Ready(&unpackiter_type) < 0)
            return NULL;
        swap_in_native();
        ready = 1;
    }
    if (StructError == NULL && (StructError = PyErr_NewException("struct.error", NULL, NULL)) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&struct_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Struct", (PyObject *)&PyStructType) < 0 ||
        PyModule_AddObjectRef(m, "error", StructError) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
