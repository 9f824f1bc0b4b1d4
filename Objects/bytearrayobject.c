/* bytearray: a mutable, resizable array of bytes.
 *
 * Layout (CPython 3.11): ob_bytes is the allocation of ob_alloc bytes,
 * ob_start the logical start inside it, ob_size the length; the data is
 * always followed by a NUL.  Deleting from the front only moves ob_start,
 * so a bytearray used as a FIFO does not copy on every pop.
 *
 * Growth follows CPython's policy so that sys.getsizeof (basicsize +
 * ob_alloc) agrees: a moderate upsize over-allocates by 1/8 plus a few
 * bytes, a large jump allocates exactly, a shrink below half the
 * allocation releases memory.
 *
 * While a buffer export is alive (ob_exports > 0: a memoryview, or C code
 * holding a Py_buffer) the data must not move, so every size change fails
 * with BufferError. */
#include "Python.h"
#include "kr_strings.h"

char _PyByteArray_empty_string[] = "";

#define BA(op) ((PyByteArrayObject *)(op))

static int check_exports(PyObject *self)
{
    if (BA(self)->ob_exports > 0) {
        PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int PyByteArray_Resize(PyObject *self, Py_ssize_t requested)
{
    PyByteArrayObject *obj = BA(self);
    Py_ssize_t alloc = obj->ob_alloc;
    Py_ssize_t offset = obj->ob_bytes ? obj->ob_start - obj->ob_bytes : 0;
    if (requested < 0) {
        PyErr_Format(PyExc_ValueError, "Can only resize to positive sizes, got %zd", requested);
        return -1;
    }
    if (requested == Py_SIZE(self))
        return 0;
    if (check_exports(self) < 0)
        return -1;
    if (requested <= alloc - offset - 1) { /* no overflow for huge requests */
        if (requested >= alloc / 2) {
            Py_SET_SIZE(self, requested);
            obj->ob_start[requested] = '\0';
            return 0;
        }
        alloc = requested + 1;
    }
    else if (requested > PY_SSIZE_T_MAX - (requested >> 3) - 7) {
        /* no room for the headroom, or even the trailing NUL */
        PyErr_NoMemory();
        return -1;
    }
    else if ((double)requested <= (double)alloc * 1.125)
        alloc = requested + (requested >> 3) + (requested < 9 ? 3 : 6);
    else
        alloc = requested + 1;
    char *nb;
    if (offset > 0) {
        nb = PyObject_Malloc((size_t)alloc);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(nb, obj->ob_start, (size_t)Py_MIN(requested, Py_SIZE(self)));
        PyObject_Free(obj->ob_bytes);
    }
    else {
        nb = PyObject_Realloc(obj->ob_bytes, (size_t)alloc);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    obj->ob_bytes = obj->ob_start = nb;
    obj->ob_alloc = alloc;
    Py_SET_SIZE(self, requested);
    nb[requested] = '\0';
    return 0;
}

PyObject *_KrByteArray_New(Py_ssize_t size)
{
    PyByteArrayObject *new = PyObject_New(PyByteArrayObject, &PyByteArray_Type);
    if (new == NULL)
        return NULL;
    new->ob_bytes = new->ob_start = NULL;
    new->ob_alloc = 0;
    new->ob_exports = 0;
    Py_SET_SIZE(new, 0);
    if (size > 0 && PyByteArray_Resize((PyObject *)new, size) < 0) {
        Py_DECREF(new);
        return NULL;
    }
    return (PyObject *)new;
}

PyObject *PyByteArray_FromStringAndSize(const char *s, Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(PyExc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize");
        return NULL;
    }
    PyObject *r = _KrByteArray_New(size);
    if (r != NULL && s != NULL && size > 0)
        memcpy(BA(r)->ob_start, s, (size_t)size);
    return r;
}

PyObject *PyByteArray_FromObject(PyObject *input)
{
    return PyObject_CallOneArg((PyObject *)&PyByteArray_Type, input);
}

Py_ssize_t PyByteArray_Size(PyObject *self)
{
    return Py_SIZE(self);
}

char *PyByteArray_AsString(PyObject *self)
{
    return PyByteArray_AS_STRING(self);
}

PyObject *PyByteArray_Concat(PyObject *a, PyObject *b)
{
    Py_buffer va, vb;
    if (PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0)
        goto type_error;
    if (!PyObject_CheckBuffer(b) || PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&va);
        goto type_error;
    }
    PyObject *r = PyByteArray_FromStringAndSize(NULL, va.len + vb.len);
    if (r != NULL) {
        memcpy(PyByteArray_AS_STRING(r), va.buf, (size_t)va.len);
        memcpy(PyByteArray_AS_STRING(r) + va.len, vb.buf, (size_t)vb.len);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return r;
type_error:
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s", Py_TYPE(b)->tp_name,
                 Py_TYPE(a)->tp_name);
    return NULL;
}

/* ====================== init ====================== */

static int set_from_object(PyObject *self, PyObject *arg)
{
    /* contents of any bytes source, for __init__ and slice assignment */
    if (PyMemoryView_Check(arg)) {
        PyObject *b = PyBytes_FromObject(arg);
        if (b == NULL)
            return -1;
        int r = set_from_object(self, b);
        Py_DECREF(b);
        return r;
    }
    if (PyObject_CheckBuffer(arg)) {
        Py_buffer v;
        if (PyObject_GetBuffer(arg, &v, PyBUF_SIMPLE) < 0)
            return -1;
        int r = PyByteArray_Resize(self, v.len);
        if (r == 0 && v.len)
            memcpy(BA(self)->ob_start, v.buf, (size_t)v.len);
        PyBuffer_Release(&v);
        return r;
    }
    if (PyList_CheckExact(arg) || PyTuple_CheckExact(arg)) {
        PyObject *b = _KrBytes_FromIterable(arg, 1);
        if (b == NULL)
            return -1;
        int r = PyByteArray_Resize(self, Py_SIZE(b));
        if (r == 0 && Py_SIZE(b))
            memcpy(BA(self)->ob_start, BA(b)->ob_start, (size_t)Py_SIZE(b));
        Py_DECREF(b);
        return r;
    }
    /* Other iterables are appended one item at a time, as CPython does:
     * the bytearray grows the way append() grows it (so its allocation,
     * seen through __alloc__ and sys.getsizeof, is CPython's) and a
     * generator looking at it mid-way sees the items so far. */
    PyObject *it = PyObject_GetIter(arg);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to bytearray",
                         Py_TYPE(arg)->tp_name);
        }
        return -1;
    }
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        Py_ssize_t v = PyNumber_AsSsize_t(item, NULL);
        Py_DECREF(item);
        if (v == -1 && PyErr_Occurred())
            goto error;
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
            goto error;
        }
        Py_ssize_t n = Py_SIZE(self);
        if (n + 1 < BA(self)->ob_alloc) {
            Py_SET_SIZE(self, n + 1);
            BA(self)->ob_start[n + 1] = '\0';
        }
        else if (PyByteArray_Resize(self, n + 1) < 0) {
            goto error;
        }
        BA(self)->ob_start[n] = (char)v;
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
error:
    Py_DECREF(it);
    return -1;
}

static int bytearray_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    PyObject *vals[3] = {NULL, NULL, NULL};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "bytearray() takes at most 3 arguments (%zd given)", nargs);
        return -1;
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
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for bytearray()", k);
                return -1;
            }
            vals[j] = v;
        }
    }
    for (int j = 1; j < 3; j++)
        if (vals[j] && !PyUnicode_Check(vals[j])) {
            PyErr_Format(PyExc_TypeError, "bytearray() argument '%s' must be str, not %.100s",
                         kwlist[j], _KrArg_TypeName(vals[j]));
            return -1;
        }
    if (Py_SIZE(self) != 0 && PyByteArray_Resize(self, 0) < 0)
        return -1;
    PyObject *x = vals[0];
    if (x == NULL) {
        if (vals[1] || vals[2]) {
            PyErr_SetString(PyExc_TypeError, vals[1] ? "encoding without a string argument"
                                                     : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (PyUnicode_Check(x)) {
        if (vals[1] == NULL) {
            PyErr_SetString(PyExc_TypeError, "string argument without an encoding");
            return -1;
        }
        const char *enc = PyUnicode_AsUTF8(vals[1]);
        const char *err = vals[2] ? PyUnicode_AsUTF8(vals[2]) : NULL;
        if (enc == NULL || (vals[2] && err == NULL))
            return -1;
        PyObject *b = _KrUnicode_EncodeByName(x, enc, err);
        if (b == NULL)
            return -1;
        int r = set_from_object(self, b);
        Py_DECREF(b);
        return r;
    }
    if (vals[1] || vals[2]) {
        PyErr_SetString(PyExc_TypeError, vals[1] ? "encoding without a string argument"
                                                 : "errors without a string argument");
        return -1;
    }
    if (PyIndex_Check(x)) {
        Py_ssize_t n = PyNumber_AsSsize_t(x, PyExc_OverflowError);
        if (n == -1 && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError))
                return -1;
            PyErr_Clear();
        }
        else {
            if (n < 0) {
                PyErr_SetString(PyExc_ValueError, "negative count");
                return -1;
            }
            if (PyByteArray_Resize(self, n) < 0)
                return -1;
            if (n)
                memset(BA(self)->ob_start, 0, (size_t)n);
            return 0;
        }
    }
    return set_from_object(self, x);
}

static PyObject *bytearray_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    BA(self)->ob_bytes = BA(self)->ob_start = NULL;
    BA(self)->ob_alloc = 0;
    BA(self)->ob_exports = 0;
    Py_SET_SIZE(self, 0);
    return self;
}

static void bytearray_dealloc(PyObject *self)
{
    if (BA(self)->ob_exports > 0) {
        PyErr_SetString(PyExc_SystemError, "deallocated bytearray object has exported buffers");
        PyErr_Print();
    }
    PyObject_Free(BA(self)->ob_bytes);
    Py_TYPE(self)->tp_free(self);
}

/* ====================== sequence and mapping ====================== */

static Py_ssize_t bytearray_length(PyObject *self)
{
    return Py_SIZE(self);
}

static PyObject *bytearray_repr(PyObject *self)
{
    const char *name = _PyType_Name(Py_TYPE(self));
    size_t nl = strlen(name);
    char *prefix = PyMem_Malloc(nl + 2);
    if (prefix == NULL)
        return PyErr_NoMemory();
    memcpy(prefix, name, nl);
    prefix[nl] = '(';
    prefix[nl + 1] = 0;
    PyObject *r = _KrBytes_ReprData(PyByteArray_AS_STRING(self), Py_SIZE(self), prefix, ")");
    PyMem_Free(prefix);
    return r;
}

static PyObject *bytearray_richcompare(PyObject *self, PyObject *other, int op)
{
    if (!PyObject_CheckBuffer(self) || !PyObject_CheckBuffer(other) || PyUnicode_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    Py_buffer a, b;
    if (PyObject_GetBuffer(self, &a, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        Py_RETURN_NOTIMPLEMENTED;
    }
    if (PyObject_GetBuffer(other, &b, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        PyBuffer_Release(&a);
        Py_RETURN_NOTIMPLEMENTED;
    }
    PyObject *r = _KrBytes_RichCompare(a.buf, a.len, b.buf, b.len, op);
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    return r;
}

static PyObject *bytearray_iconcat(PyObject *self, PyObject *other)
{
    Py_buffer v;
    if (!PyObject_CheckBuffer(other) || PyObject_GetBuffer(other, &v, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s", Py_TYPE(other)->tp_name,
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    Py_ssize_t n = Py_SIZE(self);
    if (PyByteArray_Resize(self, n + v.len) < 0) {
        PyBuffer_Release(&v);
        return NULL;
    }
    if (v.len > 0) /* an empty bytearray may have no storage at all */
        memcpy(BA(self)->ob_start + n, v.buf, (size_t)v.len);
    PyBuffer_Release(&v);
    return Py_NewRef(self);
}

static PyObject *bytearray_repeat(PyObject *self, Py_ssize_t count)
{
    Py_ssize_t n = Py_SIZE(self);
    if (count < 0)
        count = 0;
    if (n && count > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    PyObject *r = PyByteArray_FromStringAndSize(NULL, n * count);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; n > 0 && i < count; i++)
        memcpy(BA(r)->ob_start + i * n, PyByteArray_AS_STRING(self), (size_t)n);
    return r;
}

static PyObject *bytearray_irepeat(PyObject *self, Py_ssize_t count)
{
    Py_ssize_t n = Py_SIZE(self);
    if (count < 0)
        count = 0;
    if (n && count > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    if (PyByteArray_Resize(self, n * count) < 0)
        return NULL;
    for (Py_ssize_t i = 1; i < count; i++)
        memcpy(BA(self)->ob_start + i * n, BA(self)->ob_start, (size_t)n);
    return Py_NewRef(self);
}

static PyObject *bytearray_item(PyObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return PyLong_FromLong((unsigned char)BA(self)->ob_start[i]);
}

static int byte_value(PyObject *v, int *out)
{
    Py_ssize_t x = PyNumber_AsSsize_t(v, NULL);
    if (x == -1 && PyErr_Occurred())
        return -1;
    if (x < 0 || x > 255) {
        PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* replace [lo, hi) with `len` bytes of `bytes` */
static int setslice_raw(PyObject *self, Py_ssize_t lo, Py_ssize_t hi, const char *bytes, Py_ssize_t len)
{
    Py_ssize_t n = Py_SIZE(self);
    if (lo < 0) lo = 0;
    if (hi < lo) hi = lo;
    if (hi > n) hi = n;
    Py_ssize_t growth = len - (hi - lo);
    if (growth < 0) {
        if (check_exports(self) < 0)
            return -1;
        if (lo == 0) {
            /* drop from the front: move the logical start, then let the
             * resize policy decide whether to release memory (a major
             * shrink copies into an exact-size buffer, as CPython does,
             * which sys.getsizeof makes visible) */
            BA(self)->ob_start -= growth;
        }
        else
            memmove(BA(self)->ob_start + lo + len, BA(self)->ob_start + hi, (size_t)(n - hi));
        if (PyByteArray_Resize(self, n + growth) < 0) {
            if (lo == 0) {
                Py_SET_SIZE(self, n + growth);
                BA(self)->ob_start[n + growth] = '\0';
            }
            return -1;
        }
    }
    else if (growth > 0) {
        if (PyByteArray_Resize(self, n + growth) < 0)
            return -1;
        memmove(BA(self)->ob_start + lo + len, BA(self)->ob_start + hi, (size_t)(n - hi));
    }
    if (len)
        memcpy(BA(self)->ob_start + lo, bytes, (size_t)len);
    return 0;
}

static int bytearray_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (value == NULL)
        return setslice_raw(self, i, i + 1, NULL, 0);
    int b;
    if (byte_value(value, &b) < 0)
        return -1;
    if (i >= Py_SIZE(self)) { /* the value's __index__ shrank us */
        PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
        return -1;
    }
    BA(self)->ob_start[i] = (char)b;
    return 0;
}

static PyObject *bytearray_subscript(PyObject *self, PyObject *index)
{
    if (PyIndex_Check(index)) {
        Py_ssize_t i = PyNumber_AsSsize_t(index, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(self);
        return bytearray_item(self, i);
    }
    if (PySlice_Check(index)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(index, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(self), &start, &stop, step);
        if (len <= 0)
            return PyByteArray_FromStringAndSize(NULL, 0);
        if (step == 1)
            return PyByteArray_FromStringAndSize(BA(self)->ob_start + start, len);
        PyObject *r = PyByteArray_FromStringAndSize(NULL, len);
        if (r == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_ssize_t j = start + i * step;
            BA(r)->ob_start[i] = BA(self)->ob_start[j];
        }
        return r;
    }
    PyErr_Format(PyExc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                 Py_TYPE(index)->tp_name);
    return NULL;
}

static int bytearray_ass_subscript(PyObject *self, PyObject *index, PyObject *values)
{
    if (PyIndex_Check(index)) {
        Py_ssize_t i = PyNumber_AsSsize_t(index, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += Py_SIZE(self);
        return bytearray_ass_item(self, i, values);
    }
    if (!PySlice_Check(index)) {
        PyErr_Format(PyExc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                     Py_TYPE(index)->tp_name);
        return -1;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(index, &start, &stop, &step) < 0)
        return -1;
    Py_ssize_t slicelen = PySlice_AdjustIndices(Py_SIZE(self), &start, &stop, step);
    /* the new contents as a temporary bytes object */
    PyObject *src = NULL;
    if (values != NULL) {
        if (values == self) {
            src = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(self), Py_SIZE(self));
        }
        else if (PyObject_CheckBuffer(values)) {
            src = PyBytes_FromObject(values);
        }
        else if (PyIndex_Check(values) || PyUnicode_Check(values)) {
            PyErr_SetString(PyExc_TypeError,
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        else {
            PyObject *ba = _KrBytes_FromIterable(values, 1);
            if (ba == NULL)
                return -1;
            src = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(ba), Py_SIZE(ba));
            Py_DECREF(ba);
        }
        if (src == NULL)
            return -1;
    }
    const char *data = src ? PyBytes_AS_STRING(src) : NULL;
    Py_ssize_t len = src ? PyBytes_GET_SIZE(src) : 0;
    int r = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        r = setslice_raw(self, start, stop, data, len);
    }
    else if (src == NULL || len == 0) {
        /* delete an extended slice (assigning an empty one deletes too);
         * refuse before moving anything if a view pins the size */
        if (slicelen > 0 && check_exports(self) < 0)
            r = -1;
        else if (slicelen > 0) {
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (slicelen - 1) - 1;
                step = -step;
            }
            char *buf = BA(self)->ob_start;
            Py_ssize_t n = Py_SIZE(self), w = start;
            for (Py_ssize_t rd = start, k = 0; rd < n; rd++) {
                if (k < slicelen && rd == start + k * step) {
                    k++;
                    continue;
                }
                buf[w++] = buf[rd];
            }
            r = PyByteArray_Resize(self, n - slicelen);
        }
    }
    else if (len != slicelen) {
        PyErr_Format(PyExc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                     len, slicelen);
        r = -1;
    }
    else {
        for (Py_ssize_t i = 0; i < slicelen; i++) {
            Py_ssize_t j = start + i * step;
            BA(self)->ob_start[j] = data[i];
        }
    }
    Py_XDECREF(src);
    return r;
}

static int bytearray_contains(PyObject *self, PyObject *arg)
{
    return _KrBytes_Contains(self, arg);
}

static int bytearray_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "bytearray_getbuffer: view==NULL argument is obsolete");
        return -1;
    }
    if (PyBuffer_FillInfo(view, self, PyByteArray_AS_STRING(self), Py_SIZE(self), 0, flags) < 0)
        return -1;
    BA(self)->ob_exports++;
    return 0;
}

static void bytearray_releasebuffer(PyObject *self, Py_buffer *view)
{
    BA(self)->ob_exports--;
}

static PyObject *bytearray_mod(PyObject *self, PyObject *arg)
{
    if (!PyByteArray_Check(self))
        Py_RETURN_NOTIMPLEMENTED;
    return _KrBytes_Format(self, arg, 1);
}

/* ====================== methods ====================== */

PyObject *_KrByteArray_fromhex(PyObject *type, PyObject *arg)
{
    PyObject *r = _KrBytes_FromHex(arg, 1);
    if (r == NULL || (PyTypeObject *)type == &PyByteArray_Type)
        return r;
    PyObject *sub = PyObject_CallOneArg(type, r);
    Py_DECREF(r);
    return sub;
}

PyObject *_KrByteArray_sizeof(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize + BA(self)->ob_alloc);
}

PyObject *_KrByteArray_alloc(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(BA(self)->ob_alloc);
}

/* Protocols 0-2 rebuild from a latin-1 str (Python 2 compatible), later
 * ones from bytes, as CPython does. */
static PyObject *reduce_proto(PyObject *self, long proto)
{
    /* __getstate__: the dict and any __slots__ of a subclass */
    PyObject *state = _PyObject_GetState(self);
    if (state == NULL)
        return NULL;
    PyObject *type = (PyObject *)Py_TYPE(self);
    if (Py_SIZE(self) == 0)
        return Py_BuildValue("(O()N)", type, state);
    if (proto < 3) {
        PyObject *s = PyUnicode_DecodeLatin1(PyByteArray_AS_STRING(self), Py_SIZE(self), NULL);
        if (s == NULL) {
            Py_DECREF(state);
            return NULL;
        }
        return Py_BuildValue("(O(Ns)N)", type, s, "latin-1", state);
    }
    return Py_BuildValue("(O(y#)N)", type, PyByteArray_AS_STRING(self), Py_SIZE(self), state);
}

PyObject *_KrByteArray_reduce(PyObject *self, PyObject *unused)
{
    return reduce_proto(self, 2);
}

PyObject *_KrByteArray_reduce_ex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("__reduce_ex__", KR_ARGS_CLINIC, args, nargs, NULL, kw, 1, 0, a) < 0)
        return NULL;
    int proto = 0;
    if (a[0] != NULL && _KrArg_Int(a[0], &proto) < 0)
        return NULL;
    return reduce_proto(self, proto);
}

PyObject *_KrByteArray_append(PyObject *self, PyObject *arg)
{
    int b;
    if (byte_value(arg, &b) < 0)
        return NULL;
    Py_ssize_t n = Py_SIZE(self);
    if (PyByteArray_Resize(self, n + 1) < 0)
        return NULL;
    BA(self)->ob_start[n] = (char)b;
    Py_RETURN_NONE;
}

PyObject *_KrByteArray_clear(PyObject *self, PyObject *unused)
{
    if (PyByteArray_Resize(self, 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

PyObject *_KrByteArray_copy(PyObject *self, PyObject *unused)
{
    return PyByteArray_FromStringAndSize(PyByteArray_AS_STRING(self), Py_SIZE(self));
}

PyObject *_KrByteArray_extend(PyObject *self, PyObject *arg)
{
    PyObject *src;
    if (PyObject_CheckBuffer(arg)) {
        /* taken as one contiguous slice, as CPython does */
        Py_buffer view;
        if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "can't set bytearray slice from %.100s", Py_TYPE(arg)->tp_name);
            return NULL;
        }
        src = PyBytes_FromStringAndSize(view.buf, view.len);
        PyBuffer_Release(&view);
    }
    else {
        PyObject *it = PyObject_GetIter(arg);
        if (it == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError, "can't extend bytearray with %.100s", Py_TYPE(arg)->tp_name);
            }
            return NULL;
        }
        Py_DECREF(it);
        PyObject *ba = _KrBytes_FromIterable(arg, 1);
        if (ba == NULL)
            return NULL;
        src = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(ba), Py_SIZE(ba));
        Py_DECREF(ba);
    }
    if (src == NULL)
        return NULL;
    Py_ssize_t n = Py_SIZE(self);
    if (PyByteArray_Resize(self, n + PyBytes_GET_SIZE(src)) < 0) {
        Py_DECREF(src);
        return NULL;
    }
    memcpy(BA(self)->ob_start + n, PyBytes_AS_STRING(src), (size_t)PyBytes_GET_SIZE(src));
    Py_DECREF(src);
    Py_RETURN_NONE;
}

PyObject *_KrByteArray_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", "", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("insert", KR_ARGS_CLINIC, args, nargs, NULL, kw, 2, 2, a) < 0)
        return NULL;
    Py_ssize_t where;
    if (_KrArg_Ssize(a[0], &where) < 0)
        return NULL;
    int b;
    if (byte_value(a[1], &b) < 0)
        return NULL;
    Py_ssize_t n = Py_SIZE(self);
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (PyByteArray_Resize(self, n + 1) < 0)
        return NULL;
    char *buf = BA(self)->ob_start;
    memmove(buf + where + 1, buf + where, (size_t)(n - where));
    buf[where] = (char)b;
    Py_RETURN_NONE;
}

PyObject *_KrByteArray_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("pop", KR_ARGS_CLINIC, args, nargs, NULL, kw, 1, 0, a) < 0)
        return NULL;
    Py_ssize_t i = -1;
    if (a[0]) {
        if (_KrArg_Ssize(a[0], &i) < 0)
            return NULL;
    }
    Py_ssize_t n = Py_SIZE(self);
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    if (check_exports(self) < 0)
        return NULL;
    unsigned char c = (unsigned char)BA(self)->ob_start[i];
    if (setslice_raw(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return PyLong_FromLong(c);
}

PyObject *_KrByteArray_remove(PyObject *self, PyObject *arg)
{
    int b;
    if (byte_value(arg, &b) < 0)
        return NULL;
    const char *p = memchr(PyByteArray_AS_STRING(self), b, (size_t)Py_SIZE(self));
    if (p == NULL) {
        PyErr_SetString(PyExc_ValueError, "value not found in bytearray");
        return NULL;
    }
    if (setslice_raw(self, p - PyByteArray_AS_STRING(self), p - PyByteArray_AS_STRING(self) + 1, NULL, 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

PyObject *_KrByteArray_reverse(PyObject *self, PyObject *unused)
{
    char *s = PyByteArray_AS_STRING(self);
    for (Py_ssize_t i = 0, j = Py_SIZE(self) - 1; i < j; i++, j--) {
        char t = s[i];
        s[i] = s[j];
        s[j] = t;
    }
    Py_RETURN_NONE;
}

/* ====================== iterator ====================== */

typedef _KrSeqIterObject bytearrayiterobject;

static PyObject *bytearray_iter(PyObject *seq)
{
    bytearrayiterobject *it = PyObject_GC_New(bytearrayiterobject, &PyByteArrayIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void bytearrayiter_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    Py_XDECREF(((bytearrayiterobject *)op)->it_seq);
    PyObject_GC_Del(op);
}

static int bytearrayiter_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((bytearrayiterobject *)op)->it_seq);
    return 0;
}

static PyObject *bytearrayiter_next(PyObject *op)
{
    bytearrayiterobject *it = (bytearrayiterobject *)op;
    if (it->it_seq == NULL)
        return NULL;
    if (it->it_index < Py_SIZE(it->it_seq))
        return PyLong_FromLong((unsigned char)PyByteArray_AS_STRING(it->it_seq)[it->it_index++]);
    Py_CLEAR(it->it_seq);
    return NULL;
}

static PyObject *bytearrayiter_len(PyObject *op, PyObject *unused)
{
    bytearrayiterobject *it = (bytearrayiterobject *)op;
    Py_ssize_t n = it->it_seq ? Py_SIZE(it->it_seq) - it->it_index : 0;
    return PyLong_FromSsize_t(n < 0 ? 0 : n);
}

static PyMethodDef bytearrayiter_methods[] = {
    {"__length_hint__", (PyCFunction)bytearrayiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", _KrSeqIter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", _KrSeqIter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

PyTypeObject PyByteArrayIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(bytearrayiterobject),
    .tp_dealloc = bytearrayiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = bytearrayiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = bytearrayiter_next,
    .tp_methods = bytearrayiter_methods,
};

/* ====================== the type ====================== */

static PyNumberMethods bytearray_as_number = {
    .nb_remainder = bytearray_mod,
};

static PySequenceMethods bytearray_as_sequence = {
    .sq_length = bytearray_length,
    .sq_concat = PyByteArray_Concat,
    .sq_repeat = bytearray_repeat,
    .sq_item = bytearray_item,
    .sq_ass_item = bytearray_ass_item,
    .sq_contains = bytearray_contains,
    .sq_inplace_concat = bytearray_iconcat,
    .sq_inplace_repeat = bytearray_irepeat,
};

static PyMappingMethods bytearray_as_mapping = {
    .mp_length = bytearray_length,
    .mp_subscript = bytearray_subscript,
    .mp_ass_subscript = bytearray_ass_subscript,
};

static PyBufferProcs bytearray_as_buffer = {
    .bf_getbuffer = bytearray_getbuffer,
    .bf_releasebuffer = bytearray_releasebuffer,
};

PyTypeObject PyByteArray_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(PyByteArrayObject),
    .tp_dealloc = bytearray_dealloc,
    .tp_repr = bytearray_repr,
    .tp_as_number = &bytearray_as_number,
    .tp_as_sequence = &bytearray_as_sequence,
    .tp_as_mapping = &bytearray_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_str = bytearray_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_as_buffer = &bytearray_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array\n\n"
              "Construct a mutable bytearray object from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - a bytes or a buffer object\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = bytearray_richcompare,
    .tp_iter = bytearray_iter,
    .tp_methods = _KrByteArray_Methods,
    .tp_base = &PyBaseObject_Type,
    .tp_init = bytearray_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = bytearray_new,
    .tp_free = PyObject_Free,
};
