/* The array module: array.array, a mutable sequence of C numbers.
 *
 * An array is a PyVarObject whose ob_size counts items and whose items
 * live in one malloc'd block (`ob_item`, room for `allocated` items).
 * Everything that depends on the typecode is in one table of `kind`s:
 * the item size, the buffer-protocol format, and two converters, `get`
 * (C item -> Python object) and `put` (Python object -> C item).  `put`
 * writes into a scratch slot first wherever the array would otherwise be
 * left half-changed, so a bad value never alters the array: append,
 * insert and extend validate before they grow it.
 *
 * The converters reproduce CPython's checks step for step, because its
 * error messages come from two layers: first a general conversion to a C
 * short/int/long ("signed short integer is greater than maximum"), then
 * the array's narrower range ("signed char is greater than maximum").
 *
 * Sizes change only through array_resize, which over-allocates with the
 * same formula as CPython so that __sizeof__ agrees, and which refuses
 * while a buffer is exported (memoryview(a) keeps `exports` above zero):
 * the items may move on a resize, a view would be left pointing at freed
 * memory.
 *
 * Pickling follows CPython's scheme: protocols 0-2 rebuild the array from
 * (typecode, list); 3 and up call array._array_reconstructor with the raw
 * bytes and a "machine format" code naming their layout (size, sign,
 * endianness), so an array pickled on one machine can be decoded on
 * another.  _array_reconstructor decodes any of those layouts item by
 * item, which is slower than a plain copy but short.
 *
 * 'u' items are wchar_t (4 bytes here, UTF-32); their buffer format is
 * "w" as in CPython, which memoryview cannot unpack. */
#include "Python.h"
#include <ctype.h>
#include <limits.h>
#include <wchar.h>
#include "kr_strings.h"

struct kind {
    char typecode;
    int itemsize;
    const char *format;  /* buffer-protocol format */
    int mformat;         /* machine format code of this layout (see below) */
    PyObject *(*get)(const char *p);
    int (*put)(PyObject *v, char *p);
};

typedef struct {
    PyObject_VAR_HEAD
    char *ob_item;
    Py_ssize_t allocated;
    const struct kind *kind;
    PyObject *weakreflist;
    Py_ssize_t exports;
} arrayobject;

static PyTypeObject Array_Type;
static PyTypeObject ArrayIter_Type;

#define ARR(op) ((arrayobject *)(op))
#define Array_Check(op) PyObject_TypeCheck(op, &Array_Type)
#define ISZ(a) ((Py_ssize_t)(a)->kind->itemsize)

/* ====================== item converters ====================== */

static int range_error(const char *what, int too_big)
{
    PyErr_Format(PyExc_OverflowError, "%s is %s", what, too_big ? "greater than maximum" : "less than minimum");
    return -1;
}

/* A C long from an integer-like object, within [lo, hi]; `what` names the
 * C type in the message, as CPython's argument parser does. */
static int get_ranged_long(PyObject *v, long lo, long hi, const char *what, long *out)
{
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred())
        return -1;
    if (x < lo || x > hi)
        return range_error(what, x > hi);
    *out = x;
    return 0;
}

/* An unsigned value for I, L, Q: indexes non-ints first. */
static PyObject *as_index(PyObject *v)
{
    return PyLong_Check(v) ? Py_NewRef(v) : PyNumber_Index(v);
}

static PyObject *get_b(const char *p) { return PyLong_FromLong(*(const signed char *)p); }
static PyObject *get_B(const char *p) { return PyLong_FromLong(*(const unsigned char *)p); }
static PyObject *get_h(const char *p) { short x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *get_H(const char *p) { unsigned short x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *get_i(const char *p) { int x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *get_I(const char *p) { unsigned int x; memcpy(&x, p, sizeof x); return PyLong_FromUnsignedLong(x); }
static PyObject *get_l(const char *p) { long x; memcpy(&x, p, sizeof x); return PyLong_FromLong(x); }
static PyObject *get_L(const char *p) { unsigned long x; memcpy(&x, p, sizeof x); return PyLong_FromUnsignedLong(x); }
static PyObject *get_q(const char *p) { long long x; memcpy(&x, p, sizeof x); return PyLong_FromLongLong(x); }
static PyObject *get_Q(const char *p)
{
    unsigned long long x;
    memcpy(&x, p, sizeof x);
    return PyLong_FromUnsignedLongLong(x);
}
static PyObject *get_f(const char *p) { float x; memcpy(&x, p, sizeof x); return PyFloat_FromDouble(x); }
static PyObject *get_d(const char *p) { double x; memcpy(&x, p, sizeof x); return PyFloat_FromDouble(x); }
static PyObject *get_u(const char *p)
{
    wchar_t x;
    memcpy(&x, p, sizeof x);
    if ((unsigned int)x > 0x10FFFF) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return PyUnicode_FromOrdinal((int)x);
}

static int put_b(PyObject *v, char *p)
{
    long x;
    if (get_ranged_long(v, SHRT_MIN, SHRT_MAX, "signed short integer", &x) < 0)
        return -1;
    if (x < SCHAR_MIN || x > SCHAR_MAX)
        return range_error("signed char", x > SCHAR_MAX);
    *(signed char *)p = (signed char)x;
    return 0;
}

static int put_B(PyObject *v, char *p)
{
    long x;
    if (get_ranged_long(v, 0, UCHAR_MAX, "unsigned byte integer", &x) < 0)
        return -1;
    *(unsigned char *)p = (unsigned char)x;
    return 0;
}

static int put_h(PyObject *v, char *p)
{
    long x;
    if (get_ranged_long(v, SHRT_MIN, SHRT_MAX, "signed short integer", &x) < 0)
        return -1;
    short s = (short)x;
    memcpy(p, &s, sizeof s);
    return 0;
}

static int put_H(PyObject *v, char *p)
{
    long x;
    if (get_ranged_long(v, INT_MIN, INT_MAX, "signed integer", &x) < 0)
        return -1;
    if (x < 0 || x > USHRT_MAX)
        return range_error("unsigned short", x > USHRT_MAX);
    unsigned short s = (unsigned short)x;
    memcpy(p, &s, sizeof s);
    return 0;
}

static int put_i(PyObject *v, char *p)
{
    long x;
    if (get_ranged_long(v, INT_MIN, INT_MAX, "signed integer", &x) < 0)
        return -1;
    int s = (int)x;
    memcpy(p, &s, sizeof s);
    return 0;
}

static int put_l(PyObject *v, char *p)
{
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred())
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

/* 'q' and 'Q' go through CPython's byte-array conversion, whose messages
 * differ from the C long ones. */
static int too_big(void)
{
    PyErr_SetString(PyExc_OverflowError, "int too big to convert");
    return -1;
}

static int put_q(PyObject *v, char *p)
{
    PyObject *iv = as_index(v);
    if (iv == NULL)
        return -1;
    int overflow;
    long long x = PyLong_AsLongLongAndOverflow(iv, &overflow);
    Py_DECREF(iv);
    if (overflow)
        return too_big();
    if (x == -1 && PyErr_Occurred())
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

/* 'I' and 'L': the value as a C unsigned long, then the item's range. */
static int put_unsigned(PyObject *v, char *p, int size)
{
    PyObject *iv = as_index(v);
    if (iv == NULL)
        return -1;
    unsigned long x = PyLong_AsUnsignedLong(iv);
    Py_DECREF(iv);
    if (x == (unsigned long)-1 && PyErr_Occurred())
        return -1;
    if (size == (int)sizeof(unsigned int)) {
        if (x > UINT_MAX)
            return range_error("unsigned int", 1);
        unsigned int s = (unsigned int)x;
        memcpy(p, &s, sizeof s);
    }
    else
        memcpy(p, &x, sizeof x);
    return 0;
}

static int put_I(PyObject *v, char *p) { return put_unsigned(v, p, sizeof(unsigned int)); }
static int put_L(PyObject *v, char *p) { return put_unsigned(v, p, sizeof(unsigned long)); }

static int put_Q(PyObject *v, char *p)
{
    PyObject *iv = as_index(v);
    if (iv == NULL)
        return -1;
    if (_PyLong_Sign(iv) < 0) {
        Py_DECREF(iv);
        PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    unsigned long long x = PyLong_AsUnsignedLongLong(iv);
    Py_DECREF(iv);
    if (x == (unsigned long long)-1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError))
            return -1;
        PyErr_Clear();
        return too_big();
    }
    memcpy(p, &x, sizeof x);
    return 0;
}

static int put_f(PyObject *v, char *p)
{
    double d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    float x = (float)d;
    memcpy(p, &x, sizeof x);
    return 0;
}

static int put_d(PyObject *v, char *p)
{
    double d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    memcpy(p, &d, sizeof d);
    return 0;
}

static int put_u(PyObject *v, char *p)
{
    if (!PyUnicode_Check(v) || PyUnicode_GET_LENGTH(v) != 1) {
        PyErr_SetString(PyExc_TypeError, "array item must be unicode character");
        return -1;
    }
    wchar_t x = (wchar_t)PyUnicode_READ_CHAR(v, 0);
    memcpy(p, &x, sizeof x);
    return 0;
}

/* Machine format codes: CPython's numbering, kept for pickles. */
enum {
    MF_U8, MF_S8, MF_U16LE, MF_U16BE, MF_S16LE, MF_S16BE, MF_U32LE, MF_U32BE,
    MF_S32LE, MF_S32BE, MF_U64LE, MF_U64BE, MF_S64LE, MF_S64BE,
    MF_F32LE, MF_F32BE, MF_F64LE, MF_F64BE, MF_UTF16LE, MF_UTF16BE, MF_UTF32LE, MF_UTF32BE,
    MF_LAST = MF_UTF32BE
};

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define NATIVE(code) code##LE
#else
#define NATIVE(code) code##BE
#endif

/* 'l' and 'L' are given the 64-bit machine formats */
_Static_assert(sizeof(long) == 8 && sizeof(long long) == 8 && sizeof(int) == 4 && sizeof(short) == 2,
               "the machine format codes below assume an LP64 platform");

static const struct kind kinds[] = {
    {'b', 1, "b", MF_S8, get_b, put_b},
    {'B', 1, "B", MF_U8, get_B, put_B},
    {'u', sizeof(wchar_t), "w", NATIVE(MF_UTF32), get_u, put_u},
    {'h', sizeof(short), "h", NATIVE(MF_S16), get_h, put_h},
    {'H', sizeof(short), "H", NATIVE(MF_U16), get_H, put_H},
    {'i', sizeof(int), "i", NATIVE(MF_S32), get_i, put_i},
    {'I', sizeof(int), "I", NATIVE(MF_U32), get_I, put_I},
    {'l', sizeof(long), "l", NATIVE(MF_S64), get_l, put_l},
    {'L', sizeof(long), "L", NATIVE(MF_U64), get_L, put_L},
    {'q', sizeof(long long), "q", NATIVE(MF_S64), get_q, put_q},
    {'Q', sizeof(long long), "Q", NATIVE(MF_U64), get_Q, put_Q},
    {'f', sizeof(float), "f", NATIVE(MF_F32), get_f, put_f},
    {'d', sizeof(double), "d", NATIVE(MF_F64), get_d, put_d},
    {0, 0, NULL, 0, NULL, NULL}};

static const struct kind *find_kind(int c)
{
    for (const struct kind *k = kinds; k->typecode; k++)
        if (k->typecode == c)
            return k;
    return NULL;
}

/* ====================== storage ====================== */

static int array_resize(arrayobject *a, Py_ssize_t n)
{
    if (a->exports > 0 && n != Py_SIZE(a)) {
        PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    /* shrinking a little keeps the block, as CPython's rule does */
    if (a->allocated >= n && Py_SIZE(a) < n + 16 && a->ob_item != NULL) {
        Py_SET_SIZE(a, n);
        return 0;
    }
    if (n == 0) {
        PyMem_Free(a->ob_item);
        a->ob_item = NULL;
        Py_SET_SIZE(a, 0);
        a->allocated = 0;
        return 0;
    }
    if (n > PY_SSIZE_T_MAX - (n >> 4) - 7) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t cap = (n >> 4) + (Py_SIZE(a) < 8 ? 3 : 7) + n;
    if (cap > PY_SSIZE_T_MAX / ISZ(a)) {
        PyErr_NoMemory();
        return -1;
    }
    char *items = PyMem_Realloc(a->ob_item, (size_t)(cap * ISZ(a)));
    if (items == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    a->ob_item = items;
    Py_SET_SIZE(a, n);
    a->allocated = cap;
    return 0;
}

static arrayobject *new_array(PyTypeObject *type, Py_ssize_t n, const struct kind *k)
{
    if (n < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (n > PY_SSIZE_T_MAX / k->itemsize) {
        PyErr_NoMemory();
        return NULL;
    }
    arrayobject *a = (arrayobject *)type->tp_alloc(type, 0);
    if (a == NULL)
        return NULL;
    a->kind = k;
    a->ob_item = NULL;
    a->allocated = 0;
    a->weakreflist = NULL;
    a->exports = 0;
    Py_SET_SIZE(a, 0);
    if (n > 0) {
        a->ob_item = PyMem_Malloc((size_t)(n * k->itemsize));
        if (a->ob_item == NULL) {
            Py_DECREF(a);
            PyErr_NoMemory();
            return NULL;
        }
        a->allocated = n;
        Py_SET_SIZE(a, n);
    }
    return a;
}

static PyObject *get_item(arrayobject *a, Py_ssize_t i)
{
    return a->kind->get(a->ob_item + i * ISZ(a));
}

/* Store v as item i.  The conversion may run Python code (__index__,
 * __float__) that resizes the array and moves its items, so it goes
 * into a scratch slot and i is checked afterwards. */
static int put_at(arrayobject *a, Py_ssize_t i, PyObject *v)
{
    char slot[16];
    Py_INCREF(v); /* v may be an item of a list the conversion empties */
    int r = a->kind->put(v, slot);
    Py_DECREF(v);
    if (r < 0)
        return -1;
    if (i < 0 || i >= Py_SIZE(a)) {
        PyErr_SetString(PyExc_IndexError, "array assignment index out of range");
        return -1;
    }
    memcpy(a->ob_item + i * ISZ(a), slot, (size_t)ISZ(a));
    return 0;
}

/* Insert v before item `where` (clamped), converting it first. */
static int insert_item(arrayobject *a, Py_ssize_t where, PyObject *v)
{
    char slot[16];
    if (a->kind->put(v, slot) < 0)
        return -1;
    Py_ssize_t n = Py_SIZE(a);
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (array_resize(a, n + 1) < 0)
        return -1;
    char *p = a->ob_item + where * ISZ(a);
    memmove(p + ISZ(a), p, (size_t)((n - where) * ISZ(a)));
    memcpy(p, slot, (size_t)ISZ(a));
    return 0;
}

/* Remove items [lo, hi). */
static int delete_range(arrayobject *a, Py_ssize_t lo, Py_ssize_t hi)
{
    Py_ssize_t n = Py_SIZE(a);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    if (hi <= lo)
        return 0;
    if (a->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    memmove(a->ob_item + lo * ISZ(a), a->ob_item + hi * ISZ(a), (size_t)((n - hi) * ISZ(a)));
    return array_resize(a, n - (hi - lo));
}

static int append_bytes(arrayobject *a, const char *src, Py_ssize_t nbytes)
{
    Py_ssize_t n = Py_SIZE(a);
    Py_ssize_t add = nbytes / ISZ(a);
    if (add > PY_SSIZE_T_MAX - n) {
        PyErr_NoMemory();
        return -1;
    }
    if (add == 0)
        return 0;
    if (array_resize(a, n + add) < 0)
        return -1;
    memcpy(a->ob_item + n * ISZ(a), src, (size_t)nbytes);
    return 0;
}

/* ====================== extending ====================== */

static int extend_from_array(arrayobject *a, arrayobject *b)
{
    if (a->kind != b->kind) {
        PyErr_SetString(PyExc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    /* b may be a: take the byte count before resizing */
    Py_ssize_t nbytes = Py_SIZE(b) * ISZ(b);
    Py_ssize_t n = Py_SIZE(a);
    if (nbytes == 0)
        return 0;
    if (array_resize(a, n + Py_SIZE(b)) < 0)
        return -1;
    memcpy(a->ob_item + n * ISZ(a), b->ob_item, (size_t)nbytes);
    return 0;
}

static int extend_iter(arrayobject *a, PyObject *src)
{
    PyObject *it = PyObject_GetIter(src);
    if (it == NULL)
        return -1;
    PyObject *v;
    while ((v = PyIter_Next(it)) != NULL) {
        int r = insert_item(a, Py_SIZE(a), v);
        Py_DECREF(v);
        if (r < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

static int extend_any(arrayobject *a, PyObject *src)
{
    if (Array_Check(src))
        return extend_from_array(a, ARR(src));
    return extend_iter(a, src);
}

static int from_bytes_obj(arrayobject *a, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
        return -1;
    int r = 0;
    if (view.itemsize != 1) {
        PyErr_SetString(PyExc_TypeError, "a bytes-like object is required");
        r = -1;
    }
    else if (view.len % ISZ(a) != 0) {
        PyErr_SetString(PyExc_ValueError, "bytes length not a multiple of item size");
        r = -1;
    }
    else
        r = append_bytes(a, view.buf, view.len);
    PyBuffer_Release(&view);
    return r;
}

static int from_unicode(arrayobject *a, PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    Py_ssize_t old = Py_SIZE(a);
    if (n == 0)
        return 0;
    if (array_resize(a, old + n) < 0)
        return -1;
    wchar_t *dst = (wchar_t *)(void *)(a->ob_item + old * ISZ(a));
    for (Py_ssize_t i = 0; i < n; i++)
        dst[i] = (wchar_t)PyUnicode_READ_CHAR(s, i);
    return 0;
}

/* ====================== construction ====================== */

static PyObject *array_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if ((type == &Array_Type || type->tp_init == Array_Type.tp_init) && kwds != NULL &&
        PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "array.array() takes no keyword arguments");
        return NULL;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs < 1 || nargs > 2) {
        if (nargs < 1)
            PyErr_Format(PyExc_TypeError, "array() takes at least 1 argument (%zd given)", nargs);
        else
            PyErr_Format(PyExc_TypeError, "array() takes at most 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *tc = PyTuple_GET_ITEM(args, 0);
    PyObject *init = nargs > 1 ? PyTuple_GET_ITEM(args, 1) : NULL;
    if (!PyUnicode_Check(tc) || PyUnicode_GET_LENGTH(tc) != 1) {
        PyErr_Format(PyExc_TypeError, "array() argument 1 must be a unicode character, not %.50s",
                     _KrArg_TypeName(tc));
        return NULL;
    }
    Py_UCS4 c = PyUnicode_READ_CHAR(tc, 0);
    const struct kind *k = c < 128 ? find_kind((int)c) : NULL;
    if (k == NULL) {
        PyErr_SetString(PyExc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    if (init != NULL && PyUnicode_Check(init) && c != 'u') {
        PyErr_Format(PyExc_TypeError, "cannot use a str to initialize an array with typecode '%c'", (int)c);
        return NULL;
    }
    if (init != NULL && Array_Check(init) && ARR(init)->kind->typecode == 'u' && c != 'u') {
        PyErr_Format(PyExc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                     (int)c);
        return NULL;
    }
    arrayobject *a;
    if (init != NULL && (PyList_Check(init) || PyTuple_Check(init))) {
        Py_ssize_t n = PySequence_Fast_GET_SIZE(init);
        a = new_array(type, n, k);
        if (a == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < n; i++) {
            /* an item's __index__ may shrink the list: fetch each safely */
            PyObject *v = PySequence_GetItem(init, i);
            int r = v ? k->put(v, a->ob_item + i * k->itemsize) : -1;
            Py_XDECREF(v);
            if (r < 0) {
                Py_DECREF(a);
                return NULL;
            }
        }
        return (PyObject *)a;
    }
    if (init != NULL && Array_Check(init) && ARR(init)->kind == k) {
        a = new_array(type, Py_SIZE(init), k);
        if (a != NULL && Py_SIZE(init))
            memcpy(a->ob_item, ARR(init)->ob_item, (size_t)(Py_SIZE(init) * k->itemsize));
        return (PyObject *)a;
    }
    if (init != NULL && PyUnicode_Check(init)) {
        /* the text's exact size, with no room to grow */
        Py_ssize_t n = PyUnicode_GET_LENGTH(init);
        a = new_array(type, n, k);
        if (a != NULL)
            for (Py_ssize_t i = 0; i < n; i++)
                ((wchar_t *)(void *)a->ob_item)[i] = (wchar_t)PyUnicode_READ_CHAR(init, i);
        return (PyObject *)a;
    }
    a = new_array(type, 0, k);
    if (a == NULL || init == NULL)
        return (PyObject *)a;
    int r;
    if (PyBytes_Check(init) || PyByteArray_Check(init))
        r = from_bytes_obj(a, init);
    else /* any iterable, arrays of other typecodes included */
        r = extend_iter(a, init);
    if (r < 0) {
        Py_DECREF(a);
        return NULL;
    }
    return (PyObject *)a;
}

/* Arrays hold no references, but are GC objects as in CPython (whose
 * array type is a heap type), which sys.getsizeof shows. */
static int array_traverse(PyObject *self, visitproc visit, void *arg)
{
    return 0;
}

static void array_dealloc(PyObject *self)
{
    arrayobject *a = ARR(self);
    PyObject_GC_UnTrack(self);
    if (a->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    PyMem_Free(a->ob_item);
    Py_TYPE(self)->tp_free(self);
}

/* ====================== sequence protocol ====================== */

static Py_ssize_t array_length(PyObject *self)
{
    return Py_SIZE(self);
}

static PyObject *array_item(PyObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "array index out of range");
        return NULL;
    }
    return get_item(ARR(self), i);
}

static PyObject *array_concat(PyObject *self, PyObject *other)
{
    if (!Array_Check(other)) {
        PyErr_Format(PyExc_TypeError, "can only append array (not \"%.200s\") to array", Py_TYPE(other)->tp_name);
        return NULL;
    }
    arrayobject *a = ARR(self), *b = ARR(other);
    if (a->kind != b->kind) {
        PyErr_BadArgument();
        return NULL;
    }
    if (Py_SIZE(a) > PY_SSIZE_T_MAX - Py_SIZE(b))
        return PyErr_NoMemory();
    arrayobject *r = new_array(&Array_Type, Py_SIZE(a) + Py_SIZE(b), a->kind);
    if (r == NULL)
        return NULL;
    if (Py_SIZE(a))
        memcpy(r->ob_item, a->ob_item, (size_t)(Py_SIZE(a) * ISZ(a)));
    if (Py_SIZE(b))
        memcpy(r->ob_item + Py_SIZE(a) * ISZ(a), b->ob_item, (size_t)(Py_SIZE(b) * ISZ(b)));
    return (PyObject *)r;
}

/* Fill dst with `times` copies of the `len` bytes at src (already there). */
static void fill_repeat(char *dst, Py_ssize_t len, Py_ssize_t total)
{
    Py_ssize_t done = len;
    while (done < total) {
        Py_ssize_t k = Py_MIN(done, total - done);
        memcpy(dst + done, dst, (size_t)k);
        done += k;
    }
}

static PyObject *array_repeat(PyObject *self, Py_ssize_t n)
{
    arrayobject *a = ARR(self);
    if (n < 0)
        n = 0;
    Py_ssize_t len = Py_SIZE(a) * ISZ(a);
    if (len && n > PY_SSIZE_T_MAX / len)
        return PyErr_NoMemory();
    arrayobject *r = new_array(&Array_Type, Py_SIZE(a) * n, a->kind);
    if (r == NULL || len * n == 0)
        return (PyObject *)r;
    memcpy(r->ob_item, a->ob_item, (size_t)len);
    fill_repeat(r->ob_item, len, len * n);
    return (PyObject *)r;
}

static int array_ass_item(PyObject *self, Py_ssize_t i, PyObject *v)
{
    arrayobject *a = ARR(self);
    if (i < 0 || i >= Py_SIZE(a)) {
        PyErr_SetString(PyExc_IndexError, "array assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return delete_range(a, i, i + 1);
    return put_at(a, i, v);
}

static int array_contains(PyObject *self, PyObject *v)
{
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        PyObject *x = get_item(ARR(self), i);
        if (x == NULL)
            return -1;
        int r = PyObject_RichCompareBool(x, v, Py_EQ);
        Py_DECREF(x);
        if (r != 0)
            return r;
    }
    return 0;
}

static PyObject *array_inplace_concat(PyObject *self, PyObject *other)
{
    if (!Array_Check(other)) {
        PyErr_Format(PyExc_TypeError, "can only extend array with array (not \"%.200s\")", Py_TYPE(other)->tp_name);
        return NULL;
    }
    if (extend_from_array(ARR(self), ARR(other)) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *array_inplace_repeat(PyObject *self, Py_ssize_t n)
{
    arrayobject *a = ARR(self);
    Py_ssize_t len = Py_SIZE(a) * ISZ(a);
    if (len > 0) {
        if (n < 0)
            n = 0;
        if (n > 0 && len > PY_SSIZE_T_MAX / n)
            return PyErr_NoMemory();
        if (array_resize(a, Py_SIZE(a) * n) < 0)
            return NULL;
        if (n > 0)
            fill_repeat(a->ob_item, len, len * n);
    }
    return Py_NewRef(self);
}

/* ====================== subscripts ====================== */

static PyObject *array_subscript(PyObject *self, PyObject *key)
{
    arrayobject *a = ARR(self);
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(a);
        return array_item(self, i);
    }
    if (!PySlice_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "array indices must be integers");
        return NULL;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return NULL;
    Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(a), &start, &stop, step);
    arrayobject *r = new_array(&Array_Type, len, a->kind);
    if (r == NULL)
        return NULL;
    if (step == 1) {
        if (len)
            memcpy(r->ob_item, a->ob_item + start * ISZ(a), (size_t)(len * ISZ(a)));
    }
    else
        for (Py_ssize_t k = 0; k < len; k++)
            memcpy(r->ob_item + k * ISZ(a), a->ob_item + (start + k * step) * ISZ(a), (size_t)ISZ(a));
    return (PyObject *)r;
}

static int array_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    arrayobject *a = ARR(self);
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += Py_SIZE(a);
        return array_ass_item(self, i, value);
    }
    if (!PySlice_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "array indices must be integers");
        return -1;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return -1;
    Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(a), &start, &stop, step);
    arrayobject *src = NULL;
    Py_ssize_t need = 0;
    if (value != NULL) {
        if (!Array_Check(value)) {
            PyErr_Format(PyExc_TypeError, "can only assign array (not \"%.200s\") to array slice",
                         Py_TYPE(value)->tp_name);
            return -1;
        }
        src = ARR(value);
        if (src->kind != a->kind) {
            PyErr_BadArgument();
            return -1;
        }
        need = Py_SIZE(src);
    }
    /* a[i:j] = a copies from a snapshot */
    PyObject *hold = NULL;
    if (src == a) {
        hold = array_repeat(self, 1);
        if (hold == NULL)
            return -1;
        src = ARR(hold);
    }
    int r = 0;
    Py_ssize_t isz = ISZ(a);
    if (step == 1) {
        Py_ssize_t n = Py_SIZE(a);
        if (stop < start)
            stop = start;
        if (need != len) {
            if (a->exports > 0) {
                PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
                r = -1;
                goto done;
            }
            if (need < len) {
                memmove(a->ob_item + (start + need) * isz, a->ob_item + stop * isz, (size_t)((n - stop) * isz));
                r = array_resize(a, n - len + need);
            }
            else {
                if ((r = array_resize(a, n - len + need)) < 0)
                    goto done;
                memmove(a->ob_item + (start + need) * isz, a->ob_item + stop * isz, (size_t)((n - stop) * isz));
            }
            if (r < 0)
                goto done;
        }
        if (need)
            memcpy(a->ob_item + start * isz, src->ob_item, (size_t)(need * isz));
        goto done;
    }
    if (value == NULL) {
        /* delete an extended slice: compact the survivors in one pass */
        if (len == 0)
            goto done;
        if (a->exports > 0) {
            PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
            r = -1;
            goto done;
        }
        if (step < 0) {
            start = start + step * (len - 1);
            step = -step;
        }
        Py_ssize_t n = Py_SIZE(a), out = start;
        for (Py_ssize_t i = start; i < n; i++) {
            /* removed: start + k * step for k < len (no product that could overflow) */
            if ((i - start) % step == 0 && (i - start) / step < len)
                continue;
            memmove(a->ob_item + out * isz, a->ob_item + i * isz, (size_t)isz);
            out++;
        }
        r = array_resize(a, n - len);
        goto done;
    }
    if (need != len) {
        PyErr_Format(PyExc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", need,
                     len);
        r = -1;
        goto done;
    }
    for (Py_ssize_t k = 0; k < len; k++)
        memcpy(a->ob_item + (start + k * step) * isz, src->ob_item + k * isz, (size_t)isz);
done:
    Py_XDECREF(hold);
    return r;
}

/* ====================== comparison, repr, iteration ====================== */

static PyObject *array_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!Array_Check(v) || !Array_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    arrayobject *a = ARR(v), *b = ARR(w);
    if (Py_SIZE(a) != Py_SIZE(b) && (op == Py_EQ || op == Py_NE))
        return PyBool_FromLong(op == Py_NE);
    Py_ssize_t n = Py_MIN(Py_SIZE(a), Py_SIZE(b));
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = get_item(a, i);
        PyObject *y = x ? get_item(b, i) : NULL;
        if (y == NULL) {
            Py_XDECREF(x);
            return NULL;
        }
        int eq = PyObject_RichCompareBool(x, y, Py_EQ);
        if (eq != 1) {
            PyObject *r = NULL;
            if (eq == 0)
                r = op == Py_EQ ? Py_NewRef(Py_False) : op == Py_NE ? Py_NewRef(Py_True)
                                                                    : PyObject_RichCompare(x, y, op);
            Py_DECREF(x);
            Py_DECREF(y);
            return r;
        }
        Py_DECREF(x);
        Py_DECREF(y);
    }
    Py_RETURN_RICHCOMPARE(Py_SIZE(a), Py_SIZE(b), op);
}

static PyObject *array_tolist(PyObject *self, PyObject *unused);
static PyObject *array_tounicode(PyObject *self, PyObject *unused);

static PyObject *array_repr(PyObject *self)
{
    arrayobject *a = ARR(self);
    char tc = a->kind->typecode;
    if (Py_SIZE(a) == 0)
        return PyUnicode_FromFormat("%s('%c')", _PyType_Name(Py_TYPE(self)), tc);
    PyObject *items = tc == 'u' ? array_tounicode(self, NULL) : array_tolist(self, NULL);
    if (items == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("%s('%c', %R)", _PyType_Name(Py_TYPE(self)), tc, items);
    Py_DECREF(items);
    return r;
}

/* it_seq is the array (NULL once exhausted) */
typedef _KrSeqIterObject arrayiterobject;

static PyObject *array_iter(PyObject *self)
{
    arrayiterobject *it = PyObject_GC_New(arrayiterobject, &ArrayIter_Type);
    if (it == NULL)
        return NULL;
    it->it_seq = Py_NewRef(self);
    it->it_index = 0;
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *arrayiter_next(PyObject *self)
{
    arrayiterobject *it = (arrayiterobject *)self;
    if (it->it_seq == NULL)
        return NULL;
    if (it->it_index < Py_SIZE(it->it_seq))
        return get_item(ARR(it->it_seq), it->it_index++);
    Py_CLEAR(it->it_seq);
    return NULL;
}

static void arrayiter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(((arrayiterobject *)self)->it_seq);
    PyObject_GC_Del(self);
}

static int arrayiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((arrayiterobject *)self)->it_seq);
    return 0;
}

static PyMethodDef arrayiter_methods[] = {
    {"__reduce__", _KrSeqIter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", _KrSeqIter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static PyTypeObject ArrayIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(arrayiterobject),
    .tp_dealloc = arrayiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = arrayiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = arrayiter_next,
    .tp_methods = arrayiter_methods,
};

/* ====================== methods ====================== */

/* The argument check of the methods CPython gives its defining class
 * (extend, fromfile, tofile, __reduce_ex__): keywords count towards "at
 * most" but never stand in for a positional argument. */
static int exact_positional(const char *name, Py_ssize_t nargs, PyObject *kwnames, Py_ssize_t n)
{
    Py_ssize_t total = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
    if (total > n) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %zd argument%s (%zd given)", name, n, n == 1 ? "" : "s",
                     total);
        return -1;
    }
    if (nargs < n) {
        PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd positional argument%s (%zd given)", name, n,
                     n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static PyObject *array_append(PyObject *self, PyObject *v)
{
    if (insert_item(ARR(self), Py_SIZE(self), v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *array_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "insert expected 2 arguments, got %zd", nargs);
        return NULL;
    }
    Py_ssize_t i;
    if (_KrArg_Ssize(args[0], &i) < 0)
        return NULL;
    if (insert_item(ARR(self), i, args[1]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *array_extend(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (exact_positional("extend", nargs, kwnames, 1) < 0 || extend_any(ARR(self), args[0]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *array_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t i = -1;
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "pop expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 1) {
        if (_KrArg_Ssize(args[0], &i) < 0)
            return NULL;
    }
    arrayobject *a = ARR(self);
    if (Py_SIZE(a) == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0)
        i += Py_SIZE(a);
    if (i < 0 || i >= Py_SIZE(a)) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    PyObject *v = get_item(a, i);
    if (v != NULL && delete_range(a, i, i + 1) < 0)
        Py_CLEAR(v);
    return v;
}

/* Index of the first item equal to v in [lo, hi), -1 if none, -2 on error. */
static Py_ssize_t find_item(arrayobject *a, PyObject *v, Py_ssize_t lo, Py_ssize_t hi)
{
    for (Py_ssize_t i = lo; i < hi && i < Py_SIZE(a); i++) {
        PyObject *x = get_item(a, i);
        if (x == NULL)
            return -2;
        int r = PyObject_RichCompareBool(x, v, Py_EQ);
        Py_DECREF(x);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

static PyObject *array_remove(PyObject *self, PyObject *v)
{
    Py_ssize_t i = find_item(ARR(self), v, 0, Py_SIZE(self));
    if (i == -2)
        return NULL;
    if (i == -1) {
        PyErr_SetString(PyExc_ValueError, "array.remove(x): x not in array");
        return NULL;
    }
    if (delete_range(ARR(self), i, i + 1) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static int clamp_bound(PyObject *o, Py_ssize_t n, Py_ssize_t *out)
{
    if (!_PyEval_SliceIndexNotNone(o, out))
        return -1;
    if (*out < 0) {
        *out += n;
        if (*out < 0)
            *out = 0;
    }
    return 0;
}

static PyObject *array_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 3) {
        PyErr_Format(PyExc_TypeError, nargs < 1 ? "index expected at least 1 argument, got %zd"
                                                : "index expected at most 3 arguments, got %zd",
                     nargs);
        return NULL;
    }
    Py_ssize_t n = Py_SIZE(self), lo = 0, hi = PY_SSIZE_T_MAX;
    if (nargs > 1 && clamp_bound(args[1], n, &lo) < 0)
        return NULL;
    if (nargs > 2 && clamp_bound(args[2], n, &hi) < 0)
        return NULL;
    Py_ssize_t i = find_item(ARR(self), args[0], lo, hi);
    if (i == -2)
        return NULL;
    if (i == -1) {
        PyErr_SetString(PyExc_ValueError, "array.index(x): x not in array");
        return NULL;
    }
    return PyLong_FromSsize_t(i);
}

static PyObject *array_count(PyObject *self, PyObject *v)
{
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        PyObject *x = get_item(ARR(self), i);
        if (x == NULL)
            return NULL;
        int r = PyObject_RichCompareBool(x, v, Py_EQ);
        Py_DECREF(x);
        if (r < 0)
            return NULL;
        count += r;
    }
    return PyLong_FromSsize_t(count);
}

static PyObject *array_reverse(PyObject *self, PyObject *unused)
{
    arrayobject *a = ARR(self);
    Py_ssize_t isz = ISZ(a);
    char tmp[16];
    for (Py_ssize_t i = 0, j = Py_SIZE(a) - 1; i < j; i++, j--) {
        memcpy(tmp, a->ob_item + i * isz, (size_t)isz);
        memcpy(a->ob_item + i * isz, a->ob_item + j * isz, (size_t)isz);
        memcpy(a->ob_item + j * isz, tmp, (size_t)isz);
    }
    Py_RETURN_NONE;
}

static void swap_bytes(char *p, Py_ssize_t size)
{
    for (Py_ssize_t i = 0, j = size - 1; i < j; i++, j--) {
        char t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}

static PyObject *array_byteswap(PyObject *self, PyObject *unused)
{
    arrayobject *a = ARR(self);
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        swap_bytes(a->ob_item + i * ISZ(a), ISZ(a));
    Py_RETURN_NONE;
}

static PyObject *array_buffer_info(PyObject *self, PyObject *unused)
{
    PyObject *addr = PyLong_FromVoidPtr(ARR(self)->ob_item);
    if (addr == NULL)
        return NULL;
    return Py_BuildValue("Nn", addr, Py_SIZE(self));
}

static PyObject *array_frombytes(PyObject *self, PyObject *arg)
{
    if (!PyObject_CheckBuffer(arg) || PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    if (from_bytes_obj(ARR(self), arg) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *array_tobytes(PyObject *self, PyObject *unused)
{
    return PyBytes_FromStringAndSize(ARR(self)->ob_item, Py_SIZE(self) * ISZ(ARR(self)));
}

static PyObject *array_fromlist(PyObject *self, PyObject *list)
{
    if (!PyList_Check(list)) {
        PyErr_SetString(PyExc_TypeError, "arg must be list");
        return NULL;
    }
    arrayobject *a = ARR(self);
    Py_ssize_t old = Py_SIZE(a), n = PyList_GET_SIZE(list);
    if (n == 0)
        Py_RETURN_NONE;
    if (array_resize(a, old + n) < 0)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        /* relative to the current end, and the list must keep its size,
         * as in CPython */
        if (put_at(a, Py_SIZE(a) - n + i, PyList_GET_ITEM(list, i)) < 0 || n != PyList_GET_SIZE(list)) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
            array_resize(a, old);
            return NULL;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *array_tolist(PyObject *self, PyObject *unused)
{
    PyObject *list = PyList_New(Py_SIZE(self));
    if (list == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        PyObject *x = get_item(ARR(self), i);
        if (x == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, x);
    }
    return list;
}

static PyObject *array_fromunicode(PyObject *self, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "fromunicode() argument must be str, not %.100s", _KrArg_TypeName(arg));
        return NULL;
    }
    if (ARR(self)->kind->typecode != 'u') {
        PyErr_SetString(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
        return NULL;
    }
    if (from_unicode(ARR(self), arg) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *array_tounicode(PyObject *self, PyObject *unused)
{
    if (ARR(self)->kind->typecode != 'u') {
        PyErr_SetString(PyExc_ValueError, "tounicode() may only be called on unicode type arrays");
        return NULL;
    }
    const wchar_t *w = (const wchar_t *)(const void *)ARR(self)->ob_item;
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++)
        if ((unsigned int)w[i] > 0x10FFFF) { /* e.g. after byteswap() */
            PyErr_Format(PyExc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned int)w[i]);
            return NULL;
        }
    return PyUnicode_FromWideChar(w, Py_SIZE(self));
}

static PyObject *array_fromfile(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (exact_positional("fromfile", nargs, kwnames, 2) < 0)
        return NULL;
    Py_ssize_t n = PyNumber_AsSsize_t(args[1], PyExc_OverflowError);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "negative count");
        return NULL;
    }
    Py_ssize_t isz = ISZ(ARR(self));
    if (n > PY_SSIZE_T_MAX / isz)
        return PyErr_NoMemory();
    PyObject *b = PyObject_CallMethod(args[0], "read", "n", n * isz);
    if (b == NULL)
        return NULL;
    if (!PyBytes_Check(b)) {
        Py_DECREF(b);
        PyErr_SetString(PyExc_TypeError, "read() didn't return bytes");
        return NULL;
    }
    int short_read = PyBytes_GET_SIZE(b) != n * isz;
    /* a short read keeps what it got, if that is whole items */
    int r = from_bytes_obj(ARR(self), b);
    Py_DECREF(b);
    if (r < 0)
        return NULL;
    if (short_read) {
        PyErr_SetString(PyExc_EOFError, "read() didn't return enough bytes");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *array_tofile(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (exact_positional("tofile", nargs, kwnames, 1) < 0)
        return NULL;
    PyObject *f = args[0];
    enum { BLOCK = 64 * 1024 };
    Py_ssize_t nbytes = Py_SIZE(self) * ISZ(ARR(self));
    for (Py_ssize_t done = 0; done < nbytes; done += BLOCK) {
        Py_ssize_t k = Py_MIN((Py_ssize_t)BLOCK, nbytes - done);
        PyObject *b = PyBytes_FromStringAndSize(ARR(self)->ob_item + done, k);
        if (b == NULL)
            return NULL;
        PyObject *r = PyObject_CallMethod(f, "write", "O", b);
        Py_DECREF(b);
        if (r == NULL)
            return NULL;
        Py_DECREF(r);
    }
    Py_RETURN_NONE;
}

static PyObject *array_copy(PyObject *self, PyObject *unused)
{
    return array_repeat(self, 1);
}

static PyObject *array_sizeof(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize + ARR(self)->allocated * ISZ(ARR(self)));
}

static PyObject *reconstructor; /* array._array_reconstructor, for __reduce_ex__ */

static PyObject *array_reduce_ex(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (exact_positional("__reduce_ex__", nargs, kwnames, 1) < 0)
        return NULL;
    PyObject *proto = args[0];
    if (!PyLong_Check(proto)) {
        PyErr_SetString(PyExc_TypeError, "__reduce_ex__ argument should be an integer");
        return NULL;
    }
    long protocol = PyLong_AsLong(proto);
    if (protocol == -1 && PyErr_Occurred())
        return NULL;
    PyObject *dict = PyObject_GetAttrString(self, "__dict__");
    if (dict == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();
        dict = Py_NewRef(Py_None);
    }
    const struct kind *k = ARR(self)->kind;
    PyObject *r;
    if (protocol < 3) {
        PyObject *list = array_tolist(self, NULL);
        r = list ? Py_BuildValue("O(CN)N", (PyObject *)Py_TYPE(self), k->typecode, list, dict) : NULL;
        if (list == NULL)
            Py_DECREF(dict);
        return r;
    }
    PyObject *bytes = array_tobytes(self, NULL);
    if (bytes == NULL) {
        Py_DECREF(dict);
        return NULL;
    }
    return Py_BuildValue("O(OCiN)N", reconstructor, (PyObject *)Py_TYPE(self), k->typecode, k->mformat, bytes,
                         dict);
}

static PyMethodDef array_methods[] = {
    {"append", array_append, METH_O, "Append new value v to the end of the array."},
    {"buffer_info", array_buffer_info, METH_NOARGS,
     "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used "
     "to hold array's contents."},
    {"byteswap", array_byteswap, METH_NOARGS, "Byteswap all items of the array."},
    {"__copy__", array_copy, METH_NOARGS, "Return a copy of the array."},
    {"count", array_count, METH_O, "Return number of occurrences of v in the array."},
    {"__deepcopy__", array_copy, METH_O, "Return a copy of the array."},
    {"extend", (PyCFunction)(void (*)(void))array_extend, METH_FASTCALL | METH_KEYWORDS, "Append items to the end of the array."},
    {"frombytes", array_frombytes, METH_O,
     "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a "
     "file using the fromfile() method."},
    {"fromfile", (PyCFunction)(void (*)(void))array_fromfile, METH_FASTCALL | METH_KEYWORDS,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", array_fromlist, METH_O, "Append items to array from list."},
    {"fromunicode", array_fromunicode, METH_O, "Extends this array with data from the unicode string ustr."},
    {"index", (PyCFunction)(void (*)(void))array_index, METH_FASTCALL,
     "Return index of first occurrence of v in the array."},
    {"insert", (PyCFunction)(void (*)(void))array_insert, METH_FASTCALL,
     "Insert a new item v into the array before position i."},
    {"pop", (PyCFunction)(void (*)(void))array_pop, METH_FASTCALL,
     "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", (PyCFunction)(void (*)(void))array_reduce_ex, METH_FASTCALL | METH_KEYWORDS, "Return state information for pickling."},
    {"remove", array_remove, METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", array_reverse, METH_NOARGS, "Reverse the order of the items in the array."},
    {"tofile", (PyCFunction)(void (*)(void))array_tofile, METH_FASTCALL | METH_KEYWORDS, "Write all items (as machine values) to the file object f."},
    {"tolist", array_tolist, METH_NOARGS, "Convert array to an ordinary list with the same items."},
    {"tobytes", array_tobytes, METH_NOARGS,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", array_tounicode, METH_NOARGS, "Extends this array with data from the unicode string ustr."},
    {"__sizeof__", array_sizeof, METH_NOARGS, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL}};

static PyObject *array_get_typecode(PyObject *self, void *closure)
{
    char c = ARR(self)->kind->typecode;
    return PyUnicode_FromStringAndSize(&c, 1);
}

static PyObject *array_get_itemsize(PyObject *self, void *closure)
{
    return PyLong_FromSsize_t(ISZ(ARR(self)));
}

static PyGetSetDef array_getset[] = {
    {"typecode", array_get_typecode, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", array_get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* ====================== buffer protocol ====================== */

static int array_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    arrayobject *a = ARR(self);
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "array_buffer_getbuf: view==NULL argument is obsolete");
        return -1;
    }
    static char empty[1];
    view->buf = a->ob_item ? a->ob_item : empty;
    view->obj = Py_NewRef(self);
    view->len = Py_SIZE(a) * ISZ(a);
    view->readonly = 0;
    view->ndim = 1;
    view->itemsize = ISZ(a);
    /* shape and strides point into the array: they stay right while the
     * export lasts because the array cannot resize meanwhile */
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? &((PyVarObject *)a)->ob_size : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->format = (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? (char *)a->kind->format : NULL;
    view->internal = NULL;
    a->exports++;
    return 0;
}

static void array_releasebuffer(PyObject *self, Py_buffer *view)
{
    ARR(self)->exports--;
}

static PySequenceMethods array_as_sequence = {
    .sq_length = array_length,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_item = array_item,
    .sq_ass_item = array_ass_item,
    .sq_contains = array_contains,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
};

static PyMappingMethods array_as_mapping = {
    .mp_length = array_length,
    .mp_subscript = array_subscript,
    .mp_ass_subscript = array_ass_subscript,
};

static PyBufferProcs array_as_buffer = {
    .bf_getbuffer = array_getbuffer,
    .bf_releasebuffer = array_releasebuffer,
};

static PyTypeObject Array_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "array.array",
    .tp_basicsize = sizeof(arrayobject),
    .tp_dealloc = array_dealloc,
    .tp_repr = array_repr,
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_as_buffer = &array_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = array_traverse,
    .tp_doc = "array(typecode [, initializer]) -> array\n\n"
              "Return a new array whose items are restricted by typecode, and\n"
              "initialized from the optional initializer value, which must be a list,\n"
              "string or iterable over elements of the appropriate type.\n\n"
              "Arrays represent basic values and behave very much like lists, except\n"
              "the type of objects stored in them is constrained. The type is specified\n"
              "at object creation time by using a type code, which is a single character.",
    .tp_richcompare = array_richcompare,
    .tp_weaklistoffset = offsetof(arrayobject, weakreflist),
    .tp_iter = array_iter,
    .tp_methods = array_methods,
    .tp_getset = array_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = array_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== _array_reconstructor ====================== */

/* Decode one item of machine format `mf` at p into a Python object. */
/* bytes per item of each machine format; UTF-16 counts 4, as CPython's
 * length check does */
static const signed char mf_sizes[] = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 4, 4};

static PyObject *decode_mformat(int mf, const unsigned char *p)
{
    int size = mf_sizes[mf];
    int big = mf >= MF_U16LE && (mf - MF_U16LE) % 2 == 1;
    if (mf == MF_U8 || mf == MF_S8)
        big = 0;
    unsigned long long u = 0;
    for (int i = 0; i < size; i++)
        u |= (unsigned long long)p[big ? i : size - 1 - i] << (8 * (size - 1 - i));
    if (mf >= MF_F32LE && mf <= MF_F64BE) {
        if (size == 4) {
            uint32_t w = (uint32_t)u;
            float x;
            memcpy(&x, &w, 4);
            return PyFloat_FromDouble(x);
        }
        double x;
        memcpy(&x, &u, 8);
        return PyFloat_FromDouble(x);
    }
    int is_signed = mf == MF_S8 || (mf >= MF_S16LE && (mf - MF_U16LE) % 4 >= 2);
    if (is_signed && size < 8 && (u >> (8 * size - 1)))
        return PyLong_FromLongLong((long long)u - (1LL << (8 * size)));
    if (is_signed)
        return PyLong_FromLongLong((long long)u);
    return PyLong_FromUnsignedLongLong(u);
}

static PyObject *array_reconstructor(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4) {
        PyErr_Format(PyExc_TypeError, "_array_reconstructor expected 4 arguments, got %zd", nargs);
        return NULL;
    }
    PyObject *type = args[0], *tc = args[1], *items = args[3];
    if (!PyType_Check(type)) {
        PyErr_Format(PyExc_TypeError, "first argument must be a type object, not %.200s", Py_TYPE(type)->tp_name);
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)type, &Array_Type)) {
        PyErr_Format(PyExc_TypeError, "%.200s is not a subtype of array.array", ((PyTypeObject *)type)->tp_name);
        return NULL;
    }
    if (!PyUnicode_Check(tc) || PyUnicode_GET_LENGTH(tc) != 1) {
        PyErr_Format(PyExc_TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %.50s",
                     Py_TYPE(tc)->tp_name);
        return NULL;
    }
    Py_UCS4 c = PyUnicode_READ_CHAR(tc, 0);
    const struct kind *k = c < 128 ? find_kind((int)c) : NULL;
    if (k == NULL) {
        PyErr_SetString(PyExc_ValueError, "second argument must be a valid type code");
        return NULL;
    }
    long mf = PyLong_AsLong(args[2]);
    if (mf == -1 && PyErr_Occurred())
        return NULL;
    if (mf < 0 || mf > MF_LAST) {
        PyErr_SetString(PyExc_ValueError, "third argument must be a valid machine format code.");
        return NULL;
    }
    if (!PyBytes_Check(items)) {
        PyErr_Format(PyExc_TypeError, "fourth argument should be bytes, not %.200s", Py_TYPE(items)->tp_name);
        return NULL;
    }
    PyObject *targs;
    if (mf != k->mformat && mf < MF_F32LE) {
        /* integers come back as the last typecode of their size and sign,
         * whatever typecode was asked for, as in CPython */
        int is_signed = mf == MF_S8 || (mf >= MF_S16LE && (mf - MF_U16LE) % 4 >= 2);
        for (const struct kind *q = kinds; q->typecode; q++)
            if (strchr("bBhHiIlLqQ", q->typecode) && q->itemsize == mf_sizes[mf] &&
                (islower(q->typecode) != 0) == is_signed)
                k = q;
    }
    if (mf != k->mformat && PyBytes_GET_SIZE(items) % mf_sizes[mf] != 0) {
        PyErr_SetString(PyExc_ValueError, "string length not a multiple of item size");
        return NULL;
    }
    if (mf == k->mformat)
        targs = Py_BuildValue("(CO)", k->typecode, items);
    else if (mf >= MF_UTF16LE) {
        static const char *const codecs[] = {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
        PyObject *text = _KrUnicode_DecodeByName(PyBytes_AS_STRING(items), PyBytes_GET_SIZE(items),
                                                 codecs[mf - MF_UTF16LE], "strict");
        if (text == NULL)
            return NULL;
        targs = Py_BuildValue("(CN)", k->typecode, text);
    }
    else {
        Py_ssize_t size = mf_sizes[mf], n = PyBytes_GET_SIZE(items) / size;
        PyObject *list = PyList_New(n);
        if (list == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *x = decode_mformat((int)mf, (const unsigned char *)PyBytes_AS_STRING(items) + i * size);
            if (x == NULL) {
                Py_DECREF(list);
                return NULL;
            }
            PyList_SET_ITEM(list, i, x);
        }
        targs = Py_BuildValue("(CN)", k->typecode, list);
    }
    if (targs == NULL)
        return NULL;
    PyObject *r = PyObject_Call(type, targs, NULL);
    Py_DECREF(targs);
    return r;
}

/* ====================== the module ====================== */

static PyMethodDef module_methods[] = {
    {"_array_reconstructor", (PyCFunction)(void (*)(void))array_reconstructor, METH_FASTCALL,
     "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef arraymodule = {
    PyModuleDef_HEAD_INIT, "array",
    "This module defines an object type which can efficiently represent\n"
    "an array of basic values: characters, integers, floating point\n"
    "numbers.  Arrays are sequence types and behave very much like lists,\n"
    "except that the type of objects stored in them is constrained.\n",
    -1, module_methods, NULL, NULL, NULL, NULL};

PyObject *PyInit_array(void)
{
    if (PyType_Ready(&Array_Type) < 0 || PyType_Ready(&ArrayIter_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&arraymodule);
    if (m == NULL)
        return NULL;
    char codes[sizeof kinds / sizeof kinds[0]];
    int n = 0;
    for (const struct kind *k = kinds; k->typecode; k++)
        codes[n++] = k->typecode;
    codes[n] = 0;
    if (PyModule_AddType(m, &Array_Type) < 0 ||
        PyModule_AddObjectRef(m, "ArrayType", (PyObject *)&Array_Type) < 0 ||
        PyModule_AddStringConstant(m, "typecodes", codes) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    Py_XSETREF(reconstructor, PyObject_GetAttrString(m, "_array_reconstructor"));
    if (reconstructor == NULL) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
