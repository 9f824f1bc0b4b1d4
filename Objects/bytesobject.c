/* bytes: an immutable array of bytes.
 *
 * One allocation, CPython 3.11's layout: the variable-size header, the
 * cached hash (ob_shash, -1 until computed; SipHash of the data, like str),
 * then ob_size bytes and a terminating NUL so the data can be handed to C
 * as a string.  tp_basicsize is offsetof(ob_sval) + 1 == 33 and
 * tp_itemsize 1, so sys.getsizeof(b'') == 33 as in CPython.
 *
 * The empty bytes and the 256 one-byte values are shared singletons.
 * The methods shared with bytearray live in bytes_methods.c. */
#include "Python.h"
#include "kr_strings.h"

#define BYTES_HEADER offsetof(PyBytesObject, ob_sval)

static PyBytesObject *empty_bytes;
static PyBytesObject *char_bytes[256];

static PyObject *bytes_alloc(Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    if ((size_t)size > (size_t)PY_SSIZE_T_MAX - BYTES_HEADER - 1) {
        PyErr_SetString(PyExc_OverflowError, "byte string is too large");
        return NULL;
    }
    PyBytesObject *op = PyObject_Malloc(BYTES_HEADER + (size_t)size + 1);
    if (op == NULL)
        return PyErr_NoMemory();
    PyObject_InitVar((PyVarObject *)op, &PyBytes_Type, size);
    op->ob_shash = -1;
    op->ob_sval[size] = '\0';
    return (PyObject *)op;
}

PyObject *PyBytes_FromStringAndSize(const char *str, Py_ssize_t size)
{
    if (size == 0 && str == NULL) {
        /* callers that fill the buffer themselves need a fresh object
         * only when size > 0 */
    }
    if (size == 0) {
        if (empty_bytes == NULL) {
            empty_bytes = (PyBytesObject *)bytes_alloc(0);
            if (empty_bytes == NULL)
                return NULL;
        }
        return Py_NewRef(empty_bytes);
    }
    if (size == 1 && str != NULL) {
        unsigned char c = (unsigned char)*str;
        if (char_bytes[c] == NULL) {
            PyObject *o = bytes_alloc(1);
            if (o == NULL)
                return NULL;
            ((PyBytesObject *)o)->ob_sval[0] = (char)c;
            char_bytes[c] = (PyBytesObject *)o;
        }
        return Py_NewRef(char_bytes[c]);
    }
    PyObject *op = bytes_alloc(size);
    if (op != NULL && str != NULL)
        memcpy(PyBytes_AS_STRING(op), str, (size_t)size);
    return op;
}

PyObject *PyBytes_FromString(const char *str)
{
    return PyBytes_FromStringAndSize(str, (Py_ssize_t)strlen(str));
}

Py_ssize_t PyBytes_Size(PyObject *op)
{
    if (!PyBytes_Check(op)) {
        PyErr_Format(PyExc_TypeError, "expected bytes, %.200s found", Py_TYPE(op)->tp_name);
        return -1;
    }
    return Py_SIZE(op);
}

char *PyBytes_AsString(PyObject *op)
{
    if (!PyBytes_Check(op)) {
        PyErr_Format(PyExc_TypeError, "expected bytes, %.200s found", Py_TYPE(op)->tp_name);
        return NULL;
    }
    return PyBytes_AS_STRING(op);
}

int PyBytes_AsStringAndSize(PyObject *obj, char **s, Py_ssize_t *len)
{
    if (s == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (!PyBytes_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "expected bytes, %.200s found", Py_TYPE(obj)->tp_name);
        return -1;
    }
    *s = PyBytes_AS_STRING(obj);
    if (len != NULL)
        *len = PyBytes_GET_SIZE(obj);
    else if (strlen(*s) != (size_t)PyBytes_GET_SIZE(obj)) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}

int _PyBytes_Resize(PyObject **pv, Py_ssize_t newsize)
{
    PyObject *v = *pv;
    if (!PyBytes_Check(v) || newsize < 0) {
        *pv = NULL;
        Py_XDECREF(v);
        PyErr_BadInternalCall();
        return -1;
    }
    if (Py_SIZE(v) == newsize)
        return 0;
    if (Py_SIZE(v) == 0 || Py_REFCNT(v) != 1 || newsize == 0 || (PyObject *)empty_bytes == v
        || (Py_SIZE(v) == 1 && char_bytes[(unsigned char)PyBytes_AS_STRING(v)[0]] == (PyBytesObject *)v)) {
        PyObject *nv = PyBytes_FromStringAndSize(NULL, newsize);
        if (nv == NULL) {
            *pv = NULL;
            Py_DECREF(v);
            return -1;
        }
        if (newsize > 1 || (newsize == 1 && nv != (PyObject *)empty_bytes))
            memcpy(PyBytes_AS_STRING(nv), PyBytes_AS_STRING(v), (size_t)Py_MIN(newsize, Py_SIZE(v)));
        if (newsize == 1) {
            /* a one-byte result must not alias a singleton that we then fill */
            Py_DECREF(nv);
            nv = PyBytes_FromStringAndSize(PyBytes_AS_STRING(v), 1);
        }
        *pv = nv;
        Py_DECREF(v);
        return nv ? 0 : -1;
    }
    PyObject *nv = PyObject_Realloc(v, BYTES_HEADER + (size_t)newsize + 1);
    if (nv == NULL) {
        *pv = NULL;
        PyObject_Free(v);
        PyErr_NoMemory();
        return -1;
    }
    *pv = nv;
    Py_SET_SIZE(nv, newsize);
    PyBytes_AS_STRING(nv)[newsize] = '\0';
    ((PyBytesObject *)nv)->ob_shash = -1;
    return 0;
}

void PyBytes_Concat(PyObject **pv, PyObject *w)
{
    if (*pv == NULL)
        return;
    if (w == NULL) {
        Py_CLEAR(*pv);
        return;
    }
    PyObject *r = PySequence_Concat(*pv, w);
    Py_SETREF(*pv, r);
}

void PyBytes_ConcatAndDel(PyObject **pv, PyObject *w)
{
    PyBytes_Concat(pv, w);
    Py_XDECREF(w);
}

PyObject *PyBytes_FromFormatV(const char *format, va_list vargs)
{
    PyObject *s = PyUnicode_FromFormatV(format, vargs);
    if (s == NULL)
        return NULL;
    const char *u = PyUnicode_AsUTF8(s);
    PyObject *r = u ? PyBytes_FromString(u) : NULL;
    Py_DECREF(s);
    return r;
}

PyObject *PyBytes_FromFormat(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    PyObject *r = PyBytes_FromFormatV(format, ap);
    va_end(ap);
    return r;
}

PyObject *PyBytes_Repr(PyObject *op, int smartquotes)
{
    return _KrBytes_ReprData(PyBytes_AS_STRING(op), Py_SIZE(op), "", "");
}

/* ---- escapes for b'...' literals (used by the parser) ---- */
PyObject *_PyBytes_DecodeEscape(const char *s, Py_ssize_t len, const char *errors,
                                const char **first_invalid_escape)
{
    char *buf = PyMem_Malloc((size_t)len + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    if (first_invalid_escape)
        *first_invalid_escape = NULL;
    Py_ssize_t j = 0;
    const char *end = s + len;
    while (s < end) {
        if (*s != '\\') {
            buf[j++] = *s++;
            continue;
        }
        const char *start = s;
        s++;
        if (s >= end) {
            PyMem_Free(buf);
            PyErr_SetString(PyExc_ValueError, "Trailing \\ in string");
            return NULL;
        }
        char c = *s++;
        switch (c) {
        case '\n': break;
        case '\\': buf[j++] = '\\'; break;
        case '\'': buf[j++] = '\''; break;
        case '"': buf[j++] = '"'; break;
        case 'b': buf[j++] = '\b'; break;
        case 'f': buf[j++] = '\f'; break;
        case 't': buf[j++] = '\t'; break;
        case 'n': buf[j++] = '\n'; break;
        case 'r': buf[j++] = '\r'; break;
        case 'v': buf[j++] = '\v'; break;
        case 'a': buf[j++] = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            if (s < end && *s >= '0' && *s <= '7') {
                v = v * 8 + (*s++ - '0');
                if (s < end && *s >= '0' && *s <= '7')
                    v = v * 8 + (*s++ - '0');
            }
            if (v > 0377 && first_invalid_escape && *first_invalid_escape == NULL)
                *first_invalid_escape = start + 1;
            buf[j++] = (char)v;
            break;
        }
        case 'x': {
            int hi = -1, lo = -1;
            if (s < end) {
                char h = *s;
                hi = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                     : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
            }
            if (hi >= 0 && s + 1 < end) {
                char l = s[1];
                lo = (l >= '0' && l <= '9') ? l - '0' : (l >= 'a' && l <= 'f') ? l - 'a' + 10
                     : (l >= 'A' && l <= 'F') ? l - 'A' + 10 : -1;
            }
            if (hi < 0 || lo < 0) {
                if (errors == NULL || strcmp(errors, "strict") == 0) {
                    PyMem_Free(buf);
                    PyErr_Format(PyExc_ValueError, "invalid \\x escape at position %zd",
                                 (Py_ssize_t)(start - (end - len)));
                    return NULL;
                }
                if (strcmp(errors, "replace") == 0)
                    buf[j++] = '?';
                else if (strcmp(errors, "ignore") != 0) {
                    PyMem_Free(buf);
                    PyErr_Format(PyExc_ValueError, "decoding error; unknown error handling code: %.400s",
                                 errors);
                    return NULL;
                }
                s += hi >= 0 ? 1 : 0;
                break;
            }
            buf[j++] = (char)(hi * 16 + lo);
            s += 2;
            break;
        }
        default:
            if (first_invalid_escape && *first_invalid_escape == NULL)
                *first_invalid_escape = start + 1;
            buf[j++] = '\\';
            s--;
        }
    }
    PyObject *r = PyBytes_FromStringAndSize(buf, j);
    PyMem_Free(buf);
    return r;
}

PyObject *PyBytes_DecodeEscape(const char *s, Py_ssize_t len, const char *errors,
                               Py_ssize_t unicode, const char *recode_encoding)
{
    const char *first = NULL;
    PyObject *r = _PyBytes_DecodeEscape(s, len, errors, &first);
    if (r != NULL && first != NULL) {
        unsigned char c = (unsigned char)*first;
        int rc = (c >= '4' && c <= '7')
                     ? PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "invalid octal escape sequence '\\%.3s'", first)
                     : PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "invalid escape sequence '\\%c'", c);
        if (rc < 0) {
            Py_DECREF(r);
            return NULL;
        }
    }
    return r;
}

/* ====================== construction ====================== */

/* bytes from an iterable of ints (lists and tuples fast) */
static PyObject *bytes_from_iterable(PyObject *x, int as_bytearray)
{
    PyObject *it = PyObject_GetIter(x);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to %s",
                         Py_TYPE(x)->tp_name, as_bytearray ? "bytearray" : "bytes");
        }
        return NULL;
    }
    Py_ssize_t cap = 16, n = 0;
    char *buf = PyMem_Malloc((size_t)cap);
    if (buf == NULL) {
        Py_DECREF(it);
        return PyErr_NoMemory();
    }
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        Py_ssize_t v = PyNumber_AsSsize_t(item, NULL);
        Py_DECREF(item);
        if (v == -1 && PyErr_Occurred())
            goto error;
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, as_bytearray ? "byte must be in range(0, 256)"
                                                           : "bytes must be in range(0, 256)");
            goto error;
        }
        if (n == cap) {
            cap *= 2;
            char *nb = PyMem_Realloc(buf, (size_t)cap);
            if (nb == NULL) {
                PyErr_NoMemory();
                goto error;
            }
            buf = nb;
        }
        buf[n++] = (char)v;
    }
    if (PyErr_Occurred())
        goto error;
    Py_DECREF(it);
    PyObject *r = as_bytearray ? PyByteArray_FromStringAndSize(buf, n) : PyBytes_FromStringAndSize(buf, n);
    PyMem_Free(buf);
    return r;
error:
    Py_DECREF(it);
    PyMem_Free(buf);
    return NULL;
}

PyObject *_KrBytes_FromIterable(PyObject *x, int as_bytearray)
{
    return bytes_from_iterable(x, as_bytearray);
}

PyObject *PyBytes_FromObject(PyObject *x)
{
    if (PyBytes_CheckExact(x))
        return Py_NewRef(x);
    if (PyMemoryView_Check(x)) /* may be non-contiguous: let it gather its items */
        return PyObject_CallMethod(x, "tobytes", NULL);
    if (PyObject_CheckBuffer(x)) {
        Py_buffer v;
        if (PyObject_GetBuffer(x, &v, PyBUF_SIMPLE) < 0)
            return NULL;
        PyObject *r = PyBytes_FromStringAndSize(v.buf, v.len);
        PyBuffer_Release(&v);
        return r;
    }
    if (PyUnicode_Check(x)) {
        PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to bytes", Py_TYPE(x)->tp_name);
        return NULL;
    }
    return bytes_from_iterable(x, 0);
}

static PyObject *bytes_new_impl(PyObject *x, PyObject *encoding, PyObject *errors)
{
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            PyErr_SetString(PyExc_TypeError, encoding != NULL ? "encoding without a string argument"
                                                              : "errors without a string argument");
            return NULL;
        }
        return PyBytes_FromStringAndSize(NULL, 0);
    }
    if (encoding == NULL && errors != NULL) {
        PyErr_SetString(PyExc_TypeError, PyUnicode_Check(x) ? "string argument without an encoding"
                                                            : "errors without a string argument");
        return NULL;
    }
    if (encoding != NULL) {
        if (!PyUnicode_Check(x)) {
            PyErr_SetString(PyExc_TypeError, encoding != NULL ? "encoding without a string argument"
                                                              : "errors without a string argument");
            return NULL;
        }
        const char *enc = PyUnicode_AsUTF8(encoding);
        const char *err = errors ? PyUnicode_AsUTF8(errors) : NULL;
        if (enc == NULL || (errors && err == NULL))
            return NULL;
        return _KrUnicode_EncodeByName(x, enc, err);
    }
    PyObject *meth = _PyType_LookupId(Py_TYPE(x), "__bytes__");
    if (meth != NULL && !PyType_Check(x)) {
        PyObject *r = PyObject_Bytes(x);
        return r;
    }
    if (PyUnicode_Check(x)) {
        PyErr_SetString(PyExc_TypeError, "string argument without an encoding");
        return NULL;
    }
    if (PyIndex_Check(x)) {
        Py_ssize_t n = PyNumber_AsSsize_t(x, PyExc_OverflowError);
        if (n == -1 && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError))
                return NULL;
            PyErr_Clear();
        }
        else {
            if (n < 0) {
                PyErr_SetString(PyExc_ValueError, "negative count");
                return NULL;
            }
            PyObject *r = PyBytes_FromStringAndSize(NULL, n);
            if (r != NULL && n > 0)
                memset(PyBytes_AS_STRING(r), 0, (size_t)n);
            return r;
        }
    }
    return PyBytes_FromObject(x);
}

static PyObject *bytes_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    PyObject *vals[3] = {NULL, NULL, NULL};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "bytes() takes at most 3 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = PyTuple_GET_ITEM(args, i);
    if (kwds) {
        PyObject *k, *v;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwds, &pos, &k, &v)) {
            int j;
            for (j = 0; j < 3; j++)
                if (PyUnicode_Check(k) && _PyUnicode_EqualToASCIIString(k, kwlist[j]))
                    break;
            if (j == 3) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for bytes()", k);
                return NULL;
            }
            if (vals[j]) {
                PyErr_Format(PyExc_TypeError, "argument for bytes() given by name ('%s') and position (%d)",
                             kwlist[j], j + 1);
                return NULL;
            }
            vals[j] = v;
        }
    }
    for (int j = 1; j < 3; j++)
        if (vals[j] && !PyUnicode_Check(vals[j])) {
            PyErr_Format(PyExc_TypeError, "bytes() argument '%s' must be str, not %.100s", kwlist[j],
                         _KrArg_TypeName(vals[j]));
            return NULL;
        }
    PyObject *r = bytes_new_impl(vals[0], vals[1], vals[2]);
    if (r == NULL || type == &PyBytes_Type)
        return r;
    Py_ssize_t n = PyBytes_GET_SIZE(r);
    PyObject *sub = type->tp_alloc(type, n);
    if (sub != NULL) {
        ((PyBytesObject *)sub)->ob_shash = -1;
        memcpy(PyBytes_AS_STRING(sub), PyBytes_AS_STRING(r), (size_t)n + 1);
    }
    Py_DECREF(r);
    return sub;
}

/* ====================== slots ====================== */

static void bytes_dealloc(PyObject *op)
{
    if (op == (PyObject *)empty_bytes
        || (Py_SIZE(op) == 1 && char_bytes[(unsigned char)PyBytes_AS_STRING(op)[0]] == (PyBytesObject *)op)) {
        Py_SET_REFCNT(op, 1 << 30); /* a singleton: a refcount bug elsewhere */
        return;
    }
    Py_TYPE(op)->tp_free(op);
}

static PyObject *bytes_repr(PyObject *op)
{
    return PyBytes_Repr(op, 1);
}

static PyObject *bytes_str(PyObject *op)
{
    return bytes_repr(op);
}

static Py_hash_t bytes_hash(PyObject *op)
{
    PyBytesObject *b = (PyBytesObject *)op;
    if (b->ob_shash == -1)
        b->ob_shash = _Py_HashBytes(b->ob_sval, Py_SIZE(op));
    return b->ob_shash;
}

static PyObject *bytes_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyBytes_Check(a) || !PyBytes_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    if (a == b && (op == Py_EQ || op == Py_LE || op == Py_GE))
        Py_RETURN_TRUE;
    return _KrBytes_RichCompare(PyBytes_AS_STRING(a), Py_SIZE(a), PyBytes_AS_STRING(b), Py_SIZE(b), op);
}

static Py_ssize_t bytes_length(PyObject *op)
{
    return Py_SIZE(op);
}

static PyObject *bytes_concat(PyObject *a, PyObject *b)
{
    Py_buffer va, vb;
    if (PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0) {
        PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s", Py_TYPE(b)->tp_name,
                     Py_TYPE(a)->tp_name);
        return NULL;
    }
    if (!PyObject_CheckBuffer(b) || PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        PyBuffer_Release(&va);
        PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s", Py_TYPE(b)->tp_name,
                     Py_TYPE(a)->tp_name);
        return NULL;
    }
    PyObject *r = NULL;
    if (va.len > PY_SSIZE_T_MAX - vb.len)
        PyErr_NoMemory();
    else {
        r = PyBytes_FromStringAndSize(NULL, va.len + vb.len);
        if (r != NULL && va.len + vb.len > 0) {
            if (va.len + vb.len == 1) {
                Py_DECREF(r);
                r = PyBytes_FromStringAndSize(va.len ? va.buf : vb.buf, 1);
            }
            else {
                memcpy(PyBytes_AS_STRING(r), va.buf, (size_t)va.len);
                memcpy(PyBytes_AS_STRING(r) + va.len, vb.buf, (size_t)vb.len);
            }
        }
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return r;
}

static PyObject *bytes_repeat(PyObject *a, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(a);
    if (n < 0)
        n = 0;
    if (n == 1 && PyBytes_CheckExact(a))
        return Py_NewRef(a);
    if (len && n > PY_SSIZE_T_MAX / len) {
        PyErr_SetString(PyExc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    Py_ssize_t total = len * n;
    if ((size_t)total > (size_t)PY_SSIZE_T_MAX - BYTES_HEADER - 1)
        return PyErr_NoMemory(); /* CPython's size check here lets it reach malloc */
    if (total <= 1)
        return PyBytes_FromStringAndSize(total ? PyBytes_AS_STRING(a) : NULL, total);
    PyObject *r = PyBytes_FromStringAndSize(NULL, total);
    if (r == NULL)
        return NULL;
    char *d = PyBytes_AS_STRING(r);
    if (len == 1)
        memset(d, PyBytes_AS_STRING(a)[0], (size_t)total);
    else {
        memcpy(d, PyBytes_AS_STRING(a), (size_t)len);
        Py_ssize_t done = len;
        while (done < total) {
            Py_ssize_t k = Py_MIN(done, total - done);
            memcpy(d + done, d, (size_t)k);
            done += k;
        }
    }
    return r;
}

static PyObject *bytes_item(PyObject *a, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(a)) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return NULL;
    }
    return PyLong_FromLong((unsigned char)PyBytes_AS_STRING(a)[i]);
}

static int bytes_contains(PyObject *self, PyObject *arg)
{
    return _KrBytes_Contains(self, arg);
}

static PyObject *bytes_subscript(PyObject *self, PyObject *item)
{
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(self);
        return bytes_item(self, i);
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(item, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(self), &start, &stop, step);
        if (len <= 0)
            return PyBytes_FromStringAndSize(NULL, 0);
        if (step == 1) {
            if (start == 0 && len == Py_SIZE(self) && PyBytes_CheckExact(self))
                return Py_NewRef(self);
            return PyBytes_FromStringAndSize(PyBytes_AS_STRING(self) + start, len);
        }
        char *tmp = PyMem_Malloc((size_t)len);
        if (tmp == NULL)
            return PyErr_NoMemory();
        const char *s = PyBytes_AS_STRING(self);
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_ssize_t j = start + i * step;
            tmp[i] = s[j];
        }
        PyObject *r = PyBytes_FromStringAndSize(tmp, len);
        PyMem_Free(tmp);
        return r;
    }
    PyErr_Format(PyExc_TypeError, "byte indices must be integers or slices, not %.200s",
                 Py_TYPE(item)->tp_name);
    return NULL;
}

static int bytes_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    return PyBuffer_FillInfo(view, self, PyBytes_AS_STRING(self), Py_SIZE(self), 1, flags);
}

static PyObject *bytes_mod(PyObject *self, PyObject *arg)
{
    if (!PyBytes_Check(self))
        Py_RETURN_NOTIMPLEMENTED;
    return _KrBytes_Format(self, arg, 0);
}

PyObject *_KrBytes_fromhex(PyObject *type, PyObject *arg)
{
    PyObject *r = _KrBytes_FromHex(arg, 0);
    if (r == NULL || (PyTypeObject *)type == &PyBytes_Type)
        return r;
    PyObject *sub = PyObject_CallOneArg(type, r);
    Py_DECREF(r);
    return sub;
}

PyObject *_KrBytes_getnewargs(PyObject *self, PyObject *unused)
{
    PyObject *copy = PyBytes_FromStringAndSize(PyBytes_AS_STRING(self), Py_SIZE(self));
    if (copy == NULL)
        return NULL;
    PyObject *t = PyTuple_Pack(1, copy);
    Py_DECREF(copy);
    return t;
}

PyObject *_KrBytes_bytes(PyObject *self, PyObject *unused)
{
    if (PyBytes_CheckExact(self))
        return Py_NewRef(self);
    return PyBytes_FromStringAndSize(PyBytes_AS_STRING(self), Py_SIZE(self));
}

/* ====================== iterator ====================== */

typedef _KrSeqIterObject bytesiterobject;

static PyObject *bytes_iter(PyObject *seq)
{
    bytesiterobject *it = PyObject_GC_New(bytesiterobject, &PyBytesIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void bytesiter_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    Py_XDECREF(((bytesiterobject *)op)->it_seq);
    PyObject_GC_Del(op);
}

static int bytesiter_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((bytesiterobject *)op)->it_seq);
    return 0;
}

static PyObject *bytesiter_next(PyObject *op)
{
    bytesiterobject *it = (bytesiterobject *)op;
    if (it->it_seq == NULL)
        return NULL;
    if (it->it_index < Py_SIZE(it->it_seq))
        return PyLong_FromLong((unsigned char)PyBytes_AS_STRING(it->it_seq)[it->it_index++]);
    Py_CLEAR(it->it_seq);
    return NULL;
}

static PyObject *bytesiter_len(PyObject *op, PyObject *unused)
{
    bytesiterobject *it = (bytesiterobject *)op;
    return PyLong_FromSsize_t(it->it_seq ? Py_SIZE(it->it_seq) - it->it_index : 0);
}

static PyMethodDef bytesiter_methods[] = {
    {"__length_hint__", (PyCFunction)bytesiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", _KrSeqIter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", _KrSeqIter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

PyTypeObject PyBytesIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(bytesiterobject),
    .tp_dealloc = bytesiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
};

/* ====================== the type ====================== */

static PyNumberMethods bytes_as_number = {
    .nb_remainder = bytes_mod,
};

static PySequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
};

static PyMappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

static PyBufferProcs bytes_as_buffer = {
    .bf_getbuffer = bytes_getbuffer,
};

PyTypeObject PyBytes_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "bytes",
    .tp_basicsize = BYTES_HEADER + 1,
    .tp_itemsize = 1,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = bytes_repr,
    .tp_as_number = &bytes_as_number,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_hash = bytes_hash,
    .tp_str = bytes_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_as_buffer = &bytes_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS
                | _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\n"
              "bytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object\n\n"
              "Construct an immutable array of bytes from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = _KrBytes_Methods,
    .tp_base = &PyBaseObject_Type,
    .tp_new = bytes_new,
    .tp_free = PyObject_Free,
};
