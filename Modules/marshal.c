/* The marshal module: CPython 3.11's serialisation of constants and code
 * objects, byte for byte.
 *
 * The format is CPython's (a type byte, little-endian 32-bit sizes and
 * ints, ints beyond 32 bits as base-2**15 digits, strings as UTF-8 or
 * ASCII, code objects as their fields), so that data written by either
 * implementation reads in the other.  Since Krait's code objects have
 * CPython 3.11's layout and fields, a code object is written exactly as
 * CPython writes one and read back through _PyCode_New.
 *
 * Version 3 added back-references: an object written a second time is a
 * TYPE_REF to the index of its first writing, which is flagged with
 * FLAG_REF so the reader knows to remember it.  As in CPython, the writer
 * only considers objects that might be shared: those with more than one
 * reference, and interned strings.  The bytes therefore depend on
 * reference counts exactly as CPython's do.  Sets are written in the
 * order of their elements' own marshal bytes (CPython 3.11 does this so
 * that .pyc files are reproducible whatever the hash seed).
 *
 * The writer keeps the objects it has numbered in a dict keyed by
 * address, holding a reference to each, so an address cannot be reused
 * while the dump runs.  The reader keeps a list of the objects flagged
 * so far; a code object or frozenset reserves its slot before its
 * contents are read (they may refer to it only after it exists) and
 * fills it when done, as CPython does. */
#include "Python.h"
#include "kr_runtime.h"
#include "marshal.h"
#include <string.h>

#define MARSHAL_VERSION Py_MARSHAL_VERSION
#define MAX_MARSHAL_STACK_DEPTH 2000

#define TYPE_NULL '0'
#define TYPE_NONE 'N'
#define TYPE_FALSE 'F'
#define TYPE_TRUE 'T'
#define TYPE_STOPITER 'S'
#define TYPE_ELLIPSIS '.'
#define TYPE_INT 'i'
#define TYPE_INT64 'I' /* read only: written by very old versions */
#define TYPE_FLOAT 'f'
#define TYPE_BINARY_FLOAT 'g'
#define TYPE_COMPLEX 'x'
#define TYPE_BINARY_COMPLEX 'y'
#define TYPE_LONG 'l'
#define TYPE_STRING 's'
#define TYPE_INTERNED 't'
#define TYPE_REF 'r'
#define TYPE_TUPLE '('
#define TYPE_LIST '['
#define TYPE_DICT '{'
#define TYPE_CODE 'c'
#define TYPE_UNICODE 'u'
#define TYPE_UNKNOWN '?'
#define TYPE_SET '<'
#define TYPE_FROZENSET '>'
#define FLAG_REF '\x80'
#define TYPE_ASCII 'a'
#define TYPE_ASCII_INTERNED 'A'
#define TYPE_SMALL_TUPLE ')'
#define TYPE_SHORT_ASCII 'z'
#define TYPE_SHORT_ASCII_INTERNED 'Z'

#define MARSHAL_SHIFT 15
#define MARSHAL_BASE (1 << MARSHAL_SHIFT)
#define MARSHAL_MASK (MARSHAL_BASE - 1)

/* ==================================================================== writing */

enum { WFERR_OK, WFERR_UNMARSHALLABLE, WFERR_NESTEDTOODEEP, WFERR_NOMEMORY, WFERR_EXCEPTION };

typedef struct {
    unsigned char *buf;
    size_t len, cap;
    int error;
    int depth;
    int version;
    PyObject *refs; /* dict: address -> (index, object), version >= 3 */
} WFILE;

static void
w_raw(WFILE *p, const void *s, size_t n)
{
    if (p->error)
        return;
    if (p->len + n > p->cap) {
        size_t cap = p->cap ? p->cap : 64;
        while (cap < p->len + n)
            cap *= 2;
        unsigned char *nb = PyMem_Realloc(p->buf, cap);
        if (nb == NULL) {
            p->error = WFERR_NOMEMORY;
            return;
        }
        p->buf = nb;
        p->cap = cap;
    }
    memcpy(p->buf + p->len, s, n);
    p->len += n;
}

static void
w_byte(int c, WFILE *p)
{
    unsigned char b = (unsigned char)c;
    w_raw(p, &b, 1);
}

static void
w_short(int x, WFILE *p)
{
    unsigned char b[2] = {(unsigned char)(x & 0xff), (unsigned char)((x >> 8) & 0xff)};
    w_raw(p, b, 2);
}

static void
w_long(long x, WFILE *p)
{
    unsigned long u = (unsigned long)x;
    unsigned char b[4] = {(unsigned char)(u & 0xff), (unsigned char)((u >> 8) & 0xff),
                          (unsigned char)((u >> 16) & 0xff), (unsigned char)((u >> 24) & 0xff)};
    w_raw(p, b, 4);
}

static void
w_size(Py_ssize_t n, WFILE *p)
{
    if (n > 0x7fffffff) {
        p->error = WFERR_UNMARSHALLABLE;
        return;
    }
    w_long((long)n, p);
}

static void
w_pstring(const void *s, Py_ssize_t n, WFILE *p)
{
    w_size(n, p);
    w_raw(p, s, (size_t)n);
}

static void
w_float_bin(double v, WFILE *p)
{
    unsigned char b[8];
    uint64_t bits;
    memcpy(&bits, &v, 8);
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(bits >> (8 * i));
    w_raw(p, b, 8);
}

static void
w_float_str(double v, WFILE *p)
{
    char *s = PyOS_double_to_string(v, 'g', 17, 0, NULL);
    if (s == NULL) {
        p->error = WFERR_NOMEMORY;
        return;
    }
    size_t n = strlen(s);
    w_byte((int)n, p);
    w_raw(p, s, n);
    PyMem_Free(s);
}

static void w_object(PyObject *v, WFILE *p);

/* An int beyond 32 bits: the count of base-2**15 digits (negative for a
 * negative number), then the digits, least significant first. */
static void
w_pylong(PyObject *v, char flag, WFILE *p)
{
    PyObject *a = PyNumber_Absolute(v);
    if (a == NULL) {
        p->error = WFERR_EXCEPTION;
        return;
    }
    size_t nbits = _PyLong_NumBits(a);
    size_t nbytes = nbits / 8 + 1;
    size_t ndigits = (nbits + MARSHAL_SHIFT - 1) / MARSHAL_SHIFT;
    if (ndigits > 0x7fffffff) {
        Py_DECREF(a);
        p->error = WFERR_UNMARSHALLABLE;
        return;
    }
    unsigned char *bytes = PyMem_Malloc(nbytes + 2);
    if (bytes == NULL) {
        Py_DECREF(a);
        p->error = WFERR_NOMEMORY;
        return;
    }
    memset(bytes, 0, nbytes + 2);
    int r = _PyLong_AsByteArray((PyLongObject *)a, bytes, nbytes, 1, 0);
    Py_DECREF(a);
    if (r < 0) {
        PyMem_Free(bytes);
        p->error = WFERR_EXCEPTION;
        return;
    }
    w_byte(TYPE_LONG | flag, p);
    long sign = PyObject_RichCompareBool(v, _PyLong_GetZero(), Py_LT) == 1 ? -1 : 1;
    w_long(sign * (long)ndigits, p);
    for (size_t i = 0; i < ndigits; i++) {
        size_t bit = i * MARSHAL_SHIFT, byte = bit / 8, shift = bit % 8;
        unsigned int word = bytes[byte] | ((unsigned int)bytes[byte + 1] << 8) |
                            ((unsigned int)bytes[byte + 2] << 16);
        w_short((int)((word >> shift) & MARSHAL_MASK), p);
    }
    PyMem_Free(bytes);
}

/* The reference step of writing: 1 if a TYPE_REF was written; otherwise
 * 0, with FLAG_REF added to *flag when the object is being numbered. */
static int
w_ref(PyObject *v, char *flag, WFILE *p)
{
    if (p->version < 3 || p->refs == NULL)
        return 0;
    if (Py_REFCNT(v) == 1 && !(PyUnicode_CheckExact(v) && PyUnicode_CHECK_INTERNED(v)))
        return 0;
    PyObject *key = PyLong_FromVoidPtr(v);
    if (key == NULL) {
        p->error = WFERR_EXCEPTION;
        return 1;
    }
    PyObject *entry = PyDict_GetItemWithError(p->refs, key);
    if (entry != NULL) {
        Py_DECREF(key);
        w_byte(TYPE_REF, p);
        w_long(PyLong_AsLong(PyTuple_GET_ITEM(entry, 0)), p);
        return 1;
    }
    Py_ssize_t n = PyErr_Occurred() ? -1 : PyDict_GET_SIZE(p->refs);
    if (n >= 0x7fffffff) {
        Py_DECREF(key);
        PyErr_SetString(PyExc_ValueError, "too many objects");
        p->error = WFERR_EXCEPTION;
        return 1;
    }
    entry = n < 0 ? NULL : Py_BuildValue("(nO)", n, v);
    if (entry == NULL || PyDict_SetItem(p->refs, key, entry) < 0) {
        Py_XDECREF(entry);
        Py_DECREF(key);
        p->error = WFERR_EXCEPTION;
        return 1;
    }
    Py_DECREF(entry);
    Py_DECREF(key);
    *flag |= FLAG_REF;
    return 0;
}

static PyObject *marshal_to_bytes(PyObject *v, int version);

/* A set's elements in the order of their marshal bytes. */
static void
w_set_items(PyObject *v, WFILE *p)
{
    Py_ssize_t n = PySet_GET_SIZE(v), i = 0, pos = 0;
    PyObject *pairs = PyList_New(n), *item;
    Py_hash_t hash;
    if (pairs == NULL) {
        p->error = WFERR_EXCEPTION;
        return;
    }
    while (_PySet_NextEntry(v, &pos, &item, &hash)) {
        PyObject *dump = marshal_to_bytes(item, p->version);
        PyObject *pair = dump ? PyTuple_Pack(2, dump, item) : NULL;
        Py_XDECREF(dump);
        if (pair == NULL) {
            p->error = WFERR_EXCEPTION;
            Py_DECREF(pairs);
            return;
        }
        PyList_SET_ITEM(pairs, i++, pair);
    }
    if (PyList_Sort(pairs) < 0) {
        p->error = WFERR_EXCEPTION;
        Py_DECREF(pairs);
        return;
    }
    for (i = 0; i < n; i++)
        w_object(PyTuple_GET_ITEM(PyList_GET_ITEM(pairs, i), 1), p);
    Py_DECREF(pairs);
}

static void
w_code(PyCodeObject *co, WFILE *p)
{
    w_long(co->co_argcount, p);
    w_long(co->co_posonlyargcount, p);
    w_long(co->co_kwonlyargcount, p);
    w_long(co->co_stacksize, p);
    w_long(co->co_flags, p);
    PyObject *code = PyCode_GetCode(co); /* without specializations */
    if (code == NULL) {
        p->error = WFERR_EXCEPTION;
        return;
    }
    w_object(code, p);
    Py_DECREF(code);
    w_object(co->co_consts, p);
    w_object(co->co_names, p);
    w_object(co->co_localsplusnames, p);
    w_object(co->co_localspluskinds, p);
    w_object(co->co_filename, p);
    w_object(co->co_name, p);
    w_object(co->co_qualname, p);
    w_long(co->co_firstlineno, p);
    w_object(co->co_linetable, p);
    w_object(co->co_exceptiontable, p);
}

static void
w_complex_object(PyObject *v, char flag, WFILE *p)
{
    if (PyLong_CheckExact(v)) {
        int overflow;
        long x = PyLong_AsLongAndOverflow(v, &overflow);
        if (overflow || x > 0x7fffffffL || x < -0x7fffffffL - 1)
            w_pylong(v, flag, p);
        else {
            w_byte(TYPE_INT | flag, p);
            w_long(x, p);
        }
    }
    else if (PyFloat_CheckExact(v)) {
        if (p->version > 1) {
            w_byte(TYPE_BINARY_FLOAT | flag, p);
            w_float_bin(PyFloat_AS_DOUBLE(v), p);
        }
        else {
            w_byte(TYPE_FLOAT | flag, p);
            w_float_str(PyFloat_AS_DOUBLE(v), p);
        }
    }
    else if (PyComplex_CheckExact(v)) {
        Py_complex c = PyComplex_AsCComplex(v);
        if (p->version > 1) {
            w_byte(TYPE_BINARY_COMPLEX | flag, p);
            w_float_bin(c.real, p);
            w_float_bin(c.imag, p);
        }
        else {
            w_byte(TYPE_COMPLEX | flag, p);
            w_float_str(c.real, p);
            w_float_str(c.imag, p);
        }
    }
    else if (PyBytes_CheckExact(v)) {
        w_byte(TYPE_STRING | flag, p);
        w_pstring(PyBytes_AS_STRING(v), PyBytes_GET_SIZE(v), p);
    }
    else if (PyUnicode_CheckExact(v)) {
        int interned = PyUnicode_CHECK_INTERNED(v) != 0;
        if (p->version >= 4 && PyUnicode_IS_ASCII(v)) {
            Py_ssize_t n = PyUnicode_GET_LENGTH(v);
            if (n < 256) {
                w_byte((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag, p);
                w_byte((int)n, p);
                w_raw(p, PyUnicode_1BYTE_DATA(v), (size_t)n);
            }
            else {
                w_byte((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag, p);
                w_pstring(PyUnicode_1BYTE_DATA(v), n, p);
            }
        }
        else {
            PyObject *utf8 = PyUnicode_AsEncodedString(v, "utf8", "surrogatepass");
            if (utf8 == NULL) {
                p->error = WFERR_UNMARSHALLABLE;
                return;
            }
            w_byte((p->version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag, p);
            w_pstring(PyBytes_AS_STRING(utf8), PyBytes_GET_SIZE(utf8), p);
            Py_DECREF(utf8);
        }
    }
    else if (PyTuple_CheckExact(v)) {
        Py_ssize_t n = PyTuple_GET_SIZE(v);
        if (p->version >= 4 && n < 256) {
            w_byte(TYPE_SMALL_TUPLE | flag, p);
            w_byte((int)n, p);
        }
        else {
            w_byte(TYPE_TUPLE | flag, p);
            w_size(n, p);
        }
        for (Py_ssize_t i = 0; i < n; i++)
            w_object(PyTuple_GET_ITEM(v, i), p);
    }
    else if (PyList_CheckExact(v)) {
        w_byte(TYPE_LIST | flag, p);
        w_size(PyList_GET_SIZE(v), p);
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(v); i++)
            w_object(PyList_GET_ITEM(v, i), p);
    }
    else if (PyDict_CheckExact(v)) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        w_byte(TYPE_DICT | flag, p);
        while (PyDict_Next(v, &pos, &key, &value)) {
            w_object(key, p);
            w_object(value, p);
        }
        w_object(NULL, p);
    }
    else if (PyAnySet_CheckExact(v)) {
        w_byte((PyFrozenSet_CheckExact(v) ? TYPE_FROZENSET : TYPE_SET) | flag, p);
        w_size(PySet_GET_SIZE(v), p);
        w_set_items(v, p);
    }
    else if (PyCode_Check(v)) {
        w_byte(TYPE_CODE | flag, p);
        w_code((PyCodeObject *)v, p);
    }
    else if (PyObject_CheckBuffer(v)) {
        /* any other bytes-like object is written as bytes */
        Py_buffer view;
        if (PyObject_GetBuffer(v, &view, PyBUF_SIMPLE) != 0) {
            w_byte(TYPE_UNKNOWN, p);
            p->error = WFERR_EXCEPTION;
            return;
        }
        w_byte(TYPE_STRING | flag, p);
        w_pstring(view.buf, view.len, p);
        PyBuffer_Release(&view);
    }
    else {
        w_byte(TYPE_UNKNOWN, p);
        p->error = WFERR_UNMARSHALLABLE;
    }
}

static void
w_object(PyObject *v, WFILE *p)
{
    char flag = '\0';
    p->depth++;
    if (p->depth > MAX_MARSHAL_STACK_DEPTH)
        p->error = WFERR_NESTEDTOODEEP;
    else if (v == NULL)
        w_byte(TYPE_NULL, p);
    else if (v == Py_None)
        w_byte(TYPE_NONE, p);
    else if (v == PyExc_StopIteration)
        w_byte(TYPE_STOPITER, p);
    else if (v == Py_Ellipsis)
        w_byte(TYPE_ELLIPSIS, p);
    else if (v == Py_False)
        w_byte(TYPE_FALSE, p);
    else if (v == Py_True)
        w_byte(TYPE_TRUE, p);
    else if (!p->error && !w_ref(v, &flag, p))
        w_complex_object(v, flag, p);
    p->depth--;
}

static PyObject *
marshal_to_bytes(PyObject *v, int version)
{
    WFILE wf = {0};
    wf.version = version;
    if (version >= 3) {
        wf.refs = PyDict_New();
        if (wf.refs == NULL)
            return NULL;
    }
    w_object(v, &wf);
    Py_XDECREF(wf.refs);
    PyObject *res = NULL;
    switch (wf.error) {
    case WFERR_OK:
        res = PyBytes_FromStringAndSize((const char *)wf.buf, (Py_ssize_t)wf.len);
        break;
    case WFERR_NOMEMORY:
        PyErr_NoMemory();
        break;
    case WFERR_NESTEDTOODEEP:
        PyErr_SetString(PyExc_ValueError, "object too deeply nested to marshal");
        break;
    case WFERR_UNMARSHALLABLE:
        if (!PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_UnicodeError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "unmarshallable object");
        }
        break;
    default: /* the exception is set */
        break;
    }
    PyMem_Free(wf.buf);
    return res;
}

PyObject *
PyMarshal_WriteObjectToString(PyObject *x, int version)
{
    return marshal_to_bytes(x, version);
}

/* ==================================================================== reading */

typedef struct {
    const unsigned char *ptr, *end;
    PyObject *readable; /* a file: bytes come from its readinto() */
    PyObject *chunk;    /* bytes read from it, kept while in use */
    int depth;
    PyObject *refs; /* list */
} RFILE;

/* n bytes from the input, or NULL with EOFError (or the file's error). */
static const unsigned char *
r_string(Py_ssize_t n, RFILE *p)
{
    if (p->readable == NULL) {
        if (p->end - p->ptr < n) {
            PyErr_SetString(PyExc_EOFError, "marshal data too short");
            return NULL;
        }
        const unsigned char *s = p->ptr;
        p->ptr += n;
        return s;
    }
    PyObject *buf = PyByteArray_FromStringAndSize(NULL, n);
    if (buf == NULL)
        return NULL;
    PyObject *res = n ? PyObject_CallMethod(p->readable, "readinto", "O", buf) : PyLong_FromLong(0);
    Py_ssize_t got = -1;
    if (res != NULL) {
        got = PyNumber_AsSsize_t(res, PyExc_ValueError);
        Py_DECREF(res);
    }
    if (got != n) {
        if (!PyErr_Occurred()) {
            if (got > n)
                PyErr_Format(PyExc_ValueError,
                             "read() returned too much data: %zd bytes requested, %zd returned",
                             n, got);
            else
                PyErr_SetString(PyExc_EOFError, "EOF read where not expected");
        }
        Py_DECREF(buf);
        return NULL;
    }
    Py_XSETREF(p->chunk, PyBytes_FromStringAndSize(PyByteArray_AS_STRING(buf), n));
    Py_DECREF(buf);
    return p->chunk ? (const unsigned char *)PyBytes_AS_STRING(p->chunk) : NULL;
}

static int
r_byte(RFILE *p)
{
    if (p->readable == NULL)
        return p->ptr < p->end ? *p->ptr++ : EOF;
    const unsigned char *s = r_string(1, p);
    return s ? *s : EOF;
}

static int
r_short(RFILE *p)
{
    const unsigned char *s = r_string(2, p);
    if (s == NULL)
        return -1;
    return s[0] | (s[1] << 8);
}

static long
r_long(RFILE *p)
{
    const unsigned char *s = r_string(4, p);
    if (s == NULL)
        return -1;
    uint32_t u = s[0] | ((uint32_t)s[1] << 8) | ((uint32_t)s[2] << 16) | ((uint32_t)s[3] << 24);
    return (long)(int32_t)u;
}

static PyObject *
r_long64(RFILE *p)
{
    const unsigned char *s = r_string(8, p);
    if (s == NULL)
        return NULL;
    return _PyLong_FromByteArray(s, 8, 1, 1);
}

static PyObject *
r_pylong(RFILE *p)
{
    long n = r_long(p);
    if (PyErr_Occurred())
        return NULL;
    if (n < -0x7fffffffL || n > 0x7fffffffL) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data (long size out of range)");
        return NULL;
    }
    long size = n < 0 ? -n : n;
    size_t nbytes = ((size_t)size * MARSHAL_SHIFT + 7) / 8 + 1;
    unsigned char *bytes = PyMem_Calloc(nbytes + 2, 1);
    if (bytes == NULL)
        return PyErr_NoMemory();
    for (long i = 0; i < size; i++) {
        int d = r_short(p);
        if (d < 0) {
            PyMem_Free(bytes);
            return NULL;
        }
        if (d > MARSHAL_MASK) {
            PyMem_Free(bytes);
            PyErr_SetString(PyExc_ValueError, "bad marshal data (digit out of range in long)");
            return NULL;
        }
        if (i == size - 1 && d == 0) {
            PyMem_Free(bytes);
            PyErr_SetString(PyExc_ValueError, "bad marshal data (unnormalized long data)");
            return NULL;
        }
        size_t bit = (size_t)i * MARSHAL_SHIFT, byte = bit / 8, shift = bit % 8;
        uint32_t word = (uint32_t)d << shift;
        bytes[byte] |= (unsigned char)word;
        bytes[byte + 1] |= (unsigned char)(word >> 8);
        bytes[byte + 2] |= (unsigned char)(word >> 16);
    }
    PyObject *v = _PyLong_FromByteArray(bytes, nbytes, 1, 0);
    PyMem_Free(bytes);
    if (v != NULL && n < 0)
        Py_SETREF(v, PyNumber_Negative(v));
    return v;
}

static double
r_float_bin(RFILE *p)
{
    const unsigned char *s = r_string(8, p);
    if (s == NULL)
        return -1.0;
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--)
        bits = (bits << 8) | s[i];
    double d;
    memcpy(&d, &bits, 8);
    return d;
}

static double
r_float_str(RFILE *p)
{
    int n = r_byte(p);
    if (n == EOF) {
        PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
        return -1.0;
    }
    const unsigned char *s = r_string(n, p);
    if (s == NULL)
        return -1.0;
    char buf[256];
    memcpy(buf, s, (size_t)n);
    buf[n] = '\0';
    return PyOS_string_to_double(buf, NULL, NULL);
}

/* The reference slot of an object being read: append it when flagged. */
static PyObject *
r_ref(PyObject *o, int flag, RFILE *p)
{
    if (o != NULL && flag && PyList_Append(p->refs, o) < 0) {
        Py_DECREF(o);
        return NULL;
    }
    return o;
}

/* Reserve a slot (index returned; 0 when not flagged, -1 on error). */
static Py_ssize_t
r_ref_reserve(int flag, RFILE *p)
{
    if (!flag)
        return 0;
    Py_ssize_t idx = PyList_GET_SIZE(p->refs);
    if (idx >= 0x7ffffffe) {
        PyErr_SetString(PyExc_ValueError, "bad marshal data (index list too large)");
        return -1;
    }
    if (PyList_Append(p->refs, Py_None) < 0)
        return -1;
    return idx;
}

static PyObject *
r_ref_insert(PyObject *o, Py_ssize_t idx, int flag, RFILE *p)
{
    if (o != NULL && flag)
        PyList_SetItem(p->refs, idx, Py_NewRef(o));
    return o;
}

static PyObject *r_object(RFILE *p);

static PyObject *
r_sequence_item(RFILE *p, const char *what)
{
    PyObject *v = r_object(p);
    if (v == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_TypeError, "NULL object in marshal data for %s", what);
    return v;
}

static PyObject *
r_code(RFILE *p, int flag)
{
    struct _PyCodeConstructor con = {0};
    PyObject *code = NULL, *consts = NULL, *names = NULL, *lpnames = NULL, *lpkinds = NULL;
    PyObject *filename = NULL, *name = NULL, *qualname = NULL, *linetable = NULL;
    PyObject *exctable = NULL, *v = NULL;
    Py_ssize_t idx = r_ref_reserve(flag, p);
    if (idx < 0)
        return NULL;
    con.argcount = (int)r_long(p);
    if (PyErr_Occurred())
        goto done;
    con.posonlyargcount = (int)r_long(p);
    if (PyErr_Occurred())
        goto done;
    con.kwonlyargcount = (int)r_long(p);
    if (PyErr_Occurred())
        goto done;
    con.stacksize = (int)r_long(p);
    if (PyErr_Occurred())
        goto done;
    con.flags = (int)r_long(p);
    if (PyErr_Occurred())
        goto done;
    if ((code = r_object(p)) == NULL || (consts = r_object(p)) == NULL ||
        (names = r_object(p)) == NULL || (lpnames = r_object(p)) == NULL ||
        (lpkinds = r_object(p)) == NULL || (filename = r_object(p)) == NULL ||
        (name = r_object(p)) == NULL || (qualname = r_object(p)) == NULL)
        goto done;
    con.firstlineno = (int)r_long(p);
    if (PyErr_Occurred())
        goto done;
    if ((linetable = r_object(p)) == NULL || (exctable = r_object(p)) == NULL)
        goto done;
    if (!PyBytes_Check(code) || !PyTuple_Check(consts) || !PyTuple_Check(names) ||
        !PyTuple_Check(lpnames) || !PyBytes_Check(lpkinds) || !PyUnicode_Check(filename) ||
        !PyUnicode_Check(name) || !PyUnicode_Check(qualname) || !PyBytes_Check(linetable) ||
        !PyBytes_Check(exctable)) {
        PyErr_BadInternalCall();
        goto done;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(names); i++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(names, i))) {
            PyErr_BadInternalCall();
            goto done;
        }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(lpnames); i++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(lpnames, i))) {
            PyErr_BadInternalCall();
            goto done;
        }
    con.code = code;
    con.consts = consts;
    con.names = names;
    con.localsplusnames = lpnames;
    con.localspluskinds = lpkinds;
    con.filename = filename;
    con.name = name;
    con.qualname = qualname;
    con.linetable = linetable;
    con.exceptiontable = exctable;
    v = (PyObject *)_PyCode_New(&con);
    v = r_ref_insert(v, idx, flag, p);
done:
    Py_XDECREF(code);
    Py_XDECREF(consts);
    Py_XDECREF(names);
    Py_XDECREF(lpnames);
    Py_XDECREF(lpkinds);
    Py_XDECREF(filename);
    Py_XDECREF(name);
    Py_XDECREF(qualname);
    Py_XDECREF(linetable);
    Py_XDECREF(exctable);
    return v;
}

static PyObject *
r_str(RFILE *p, Py_ssize_t n, int ascii, int interned)
{
    const unsigned char *s = n ? r_string(n, p) : (const unsigned char *)"";
    if (s == NULL)
        return NULL;
    PyObject *v;
    if (ascii)
        v = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, s, n);
    else
        v = PyUnicode_DecodeUTF8((const char *)s, n, "surrogatepass");
    if (v != NULL && interned)
        PyUnicode_InternInPlace(&v);
    return v;
}

static PyObject *
r_object_inner(RFILE *p, int code)
{
    int flag = code & FLAG_REF, type = code & ~FLAG_REF;
    PyObject *v = NULL;
    long n;
    switch (type) {
    case TYPE_NULL:
        return NULL;
    case TYPE_NONE:
        return Py_NewRef(Py_None);
    case TYPE_STOPITER:
        return Py_NewRef(PyExc_StopIteration);
    case TYPE_ELLIPSIS:
        return Py_NewRef(Py_Ellipsis);
    case TYPE_FALSE:
        return Py_NewRef(Py_False);
    case TYPE_TRUE:
        return Py_NewRef(Py_True);
    case TYPE_INT:
        n = r_long(p);
        return PyErr_Occurred() ? NULL : r_ref(PyLong_FromLong(n), flag, p);
    case TYPE_INT64:
        return r_ref(r_long64(p), flag, p);
    case TYPE_LONG:
        return r_ref(r_pylong(p), flag, p);
    case TYPE_FLOAT: {
        double d = r_float_str(p);
        return d == -1.0 && PyErr_Occurred() ? NULL : r_ref(PyFloat_FromDouble(d), flag, p);
    }
    case TYPE_BINARY_FLOAT: {
        double d = r_float_bin(p);
        return d == -1.0 && PyErr_Occurred() ? NULL : r_ref(PyFloat_FromDouble(d), flag, p);
    }
    case TYPE_COMPLEX: case TYPE_BINARY_COMPLEX: {
        double re = type == TYPE_COMPLEX ? r_float_str(p) : r_float_bin(p);
        if (re == -1.0 && PyErr_Occurred())
            return NULL;
        double im = type == TYPE_COMPLEX ? r_float_str(p) : r_float_bin(p);
        if (im == -1.0 && PyErr_Occurred())
            return NULL;
        return r_ref(PyComplex_FromDoubles(re, im), flag, p);
    }
    case TYPE_STRING: {
        n = r_long(p);
        if (PyErr_Occurred())
            return NULL;
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data (bytes object size out of range)");
            return NULL;
        }
        const unsigned char *s = n ? r_string(n, p) : (const unsigned char *)"";
        if (s == NULL)
            return NULL;
        return r_ref(PyBytes_FromStringAndSize((const char *)s, n), flag, p);
    }
    case TYPE_ASCII_INTERNED: case TYPE_ASCII: case TYPE_INTERNED: case TYPE_UNICODE:
        n = r_long(p);
        if (PyErr_Occurred())
            return NULL;
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data (string size out of range)");
            return NULL;
        }
        return r_ref(r_str(p, n, type == TYPE_ASCII || type == TYPE_ASCII_INTERNED,
                           type == TYPE_ASCII_INTERNED || type == TYPE_INTERNED), flag, p);
    case TYPE_SHORT_ASCII_INTERNED: case TYPE_SHORT_ASCII:
        n = r_byte(p);
        if (n == EOF) {
            PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
            return NULL;
        }
        return r_ref(r_str(p, n, 1, type == TYPE_SHORT_ASCII_INTERNED), flag, p);
    case TYPE_SMALL_TUPLE: case TYPE_TUPLE: case TYPE_LIST: {
        int is_list = type == TYPE_LIST;
        if (type == TYPE_SMALL_TUPLE) {
            n = r_byte(p);
            if (n == EOF) {
                PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
                return NULL;
            }
        }
        else {
            n = r_long(p);
            if (PyErr_Occurred())
                return NULL;
            if (n < 0) {
                PyErr_SetString(PyExc_ValueError, is_list
                                ? "bad marshal data (list size out of range)"
                                : "bad marshal data (tuple size out of range)");
                return NULL;
            }
        }
        v = r_ref(is_list ? PyList_New(n) : PyTuple_New(n), flag, p);
        if (v == NULL)
            return NULL;
        for (long i = 0; i < n; i++) {
            PyObject *item = r_sequence_item(p, is_list ? "list" : "tuple");
            if (item == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            if (is_list)
                PyList_SET_ITEM(v, i, item);
            else
                PyTuple_SET_ITEM(v, i, item);
        }
        return v;
    }
    case TYPE_DICT:
        v = r_ref(PyDict_New(), flag, p);
        if (v == NULL)
            return NULL;
        for (;;) {
            PyObject *key = r_object(p);
            if (key == NULL)
                break;
            PyObject *val = r_object(p);
            if (val == NULL) {
                Py_DECREF(key);
                break;
            }
            int r = PyDict_SetItem(v, key, val);
            Py_DECREF(key);
            Py_DECREF(val);
            if (r < 0)
                break;
        }
        if (PyErr_Occurred())
            Py_CLEAR(v);
        return v;
    case TYPE_SET: case TYPE_FROZENSET: {
        n = r_long(p);
        if (PyErr_Occurred())
            return NULL;
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data (set size out of range)");
            return NULL;
        }
        Py_ssize_t idx = 0;
        if (type == TYPE_SET)
            v = r_ref(PySet_New(NULL), flag, p);
        else {
            idx = r_ref_reserve(flag, p);
            v = idx < 0 ? NULL : PyFrozenSet_New(NULL);
        }
        if (v == NULL)
            return NULL;
        for (long i = 0; i < n; i++) {
            PyObject *item = r_sequence_item(p, "set");
            if (item == NULL || PySet_Add(v, item) < 0) {
                Py_XDECREF(item);
                Py_DECREF(v);
                return NULL;
            }
            Py_DECREF(item);
        }
        if (type == TYPE_FROZENSET)
            v = r_ref_insert(v, idx, flag, p);
        return v;
    }
    case TYPE_CODE:
        return r_code(p, flag);
    case TYPE_REF:
        n = r_long(p);
        if (n == -1 && PyErr_Occurred())
            return NULL;
        if (n < 0 || n >= PyList_GET_SIZE(p->refs) || PyList_GET_ITEM(p->refs, n) == Py_None) {
            PyErr_SetString(PyExc_ValueError, "bad marshal data (invalid reference)");
            return NULL;
        }
        return Py_NewRef(PyList_GET_ITEM(p->refs, n));
    default:
        PyErr_SetString(PyExc_ValueError, "bad marshal data (unknown type code)");
        return NULL;
    }
}

static PyObject *
r_object(RFILE *p)
{
    int code = r_byte(p);
    if (code == EOF) {
        PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
        return NULL;
    }
    if (++p->depth > MAX_MARSHAL_STACK_DEPTH) {
        p->depth--;
        PyErr_SetString(PyExc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    PyObject *v = r_object_inner(p, code);
    p->depth--;
    return v;
}

/* One object from the input; NULL data (TYPE_NULL) is an error here. */
static PyObject *
read_object(RFILE *p)
{
    p->refs = PyList_New(0);
    if (p->refs == NULL)
        return NULL;
    PyObject *v = r_object(p);
    if (v == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "NULL object in marshal data for object");
    Py_CLEAR(p->refs);
    Py_CLEAR(p->chunk);
    return v;
}

PyObject *
PyMarshal_ReadObjectFromString(const char *str, Py_ssize_t len)
{
    RFILE rf = {0};
    rf.ptr = (const unsigned char *)str;
    rf.end = rf.ptr + len;
    return read_object(&rf);
}

/* ==================================================================== the module */

static int
get_version(const char *fname, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t at, int *version)
{
    *version = MARSHAL_VERSION;
    if (nargs <= at)
        return 0;
    PyObject *index = PyNumber_Index(args[at]);
    if (index == NULL)
        return -1;
    long v = PyLong_AsLong(index);
    Py_DECREF(index);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *version = (int)v;
    return 0;
}

static PyObject *
marshal_dumps(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int version;
    if (!_PyArg_CheckPositional("dumps", nargs, 1, 2) ||
        get_version("dumps", args, nargs, 1, &version) < 0)
        return NULL;
    return marshal_to_bytes(args[0], version);
}

static PyObject *
marshal_dump(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int version;
    if (!_PyArg_CheckPositional("dump", nargs, 2, 3) ||
        get_version("dump", args, nargs, 2, &version) < 0)
        return NULL;
    PyObject *s = marshal_to_bytes(args[0], version);
    if (s == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethod(args[1], "write", "O", s);
    Py_DECREF(s);
    return r;
}

static PyObject *
marshal_loads(PyObject *module, PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) != 0) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                         Py_TYPE(arg)->tp_name);
        }
        return NULL;
    }
    PyObject *v = PyMarshal_ReadObjectFromString(view.buf, view.len);
    PyBuffer_Release(&view);
    return v;
}

static PyObject *
marshal_load(PyObject *module, PyObject *file)
{
    /* read(0) first: a file opened in text mode fails here, as in CPython */
    PyObject *data = PyObject_CallMethod(file, "read", "i", 0);
    if (data == NULL)
        return NULL;
    if (!PyBytes_Check(data)) {
        PyErr_Format(PyExc_TypeError, "file.read() returned not bytes but %.100s",
                     Py_TYPE(data)->tp_name);
        Py_DECREF(data);
        return NULL;
    }
    Py_DECREF(data);
    RFILE rf = {0};
    rf.readable = file;
    return read_object(&rf);
}

static PyMethodDef marshal_methods[] = {
    {"dump", _PyCFunction_CAST(marshal_dump), METH_FASTCALL,
     "dump($module, value, file, version=version, /)\n--\n\n"
     "Write the value on the open file."},
    {"load", marshal_load, METH_O,
     "load($module, file, /)\n--\n\n"
     "Read one value from the open file and return it."},
    {"dumps", _PyCFunction_CAST(marshal_dumps), METH_FASTCALL,
     "dumps($module, value, version=version, /)\n--\n\n"
     "Return the bytes object that would be written to a file by dump(value, file)."},
    {"loads", marshal_loads, METH_O,
     "loads($module, bytes, /)\n--\n\n"
     "Convert the bytes-like object to a value."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef marshal_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "marshal",
    .m_doc = "This module contains functions that can read and write Python values in\n"
             "a binary format. The format is specific to Python, but independent of\n"
             "machine architecture issues.",
    .m_size = 0,
    .m_methods = marshal_methods,
};

PyObject *
PyInit_marshal(void)
{
    PyObject *m = PyModule_Create(&marshal_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "version", MARSHAL_VERSION) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
