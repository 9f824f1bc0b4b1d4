/* io.BytesIO: a binary stream over a growable byte buffer.
 *
 * The buffer is a plain PyMem block: `size` bytes of content, `pos` the
 * stream position (which may lie past the end; a write there pads with
 * zeros).  getbuffer() hands out a memoryview over the block through a
 * small exporter object (_io._BytesIOBuffer); while any such view is
 * alive `exports` is non-zero and every operation that could move or
 * resize the block (write, truncate, close, __setstate__) refuses with
 * BufferError, so the view never sees freed memory. */
#include "Python.h"
#include "kr_io.h"
#include <stddef.h>

typedef struct {
    KR_IOBASE_HEAD
    char *buf;
    Py_ssize_t size, pos, cap;
    Py_ssize_t exports;
    char closed;
} bytesio;

typedef struct {
    PyObject_HEAD
    bytesio *source;
} bytesiobuf;

#define CHECK_CLOSED(self) \
    if ((self)->closed) \
        return _KrIO_ClosedError();

#define CHECK_EXPORTS(self) \
    if ((self)->exports > 0) { \
        PyErr_SetString(PyExc_BufferError, \
                        "Existing exports of data: object cannot be re-sized"); \
        return NULL; \
    }

static int
reserve(bytesio *self, Py_ssize_t need)
{
    if (need <= self->cap)
        return 0;
    Py_ssize_t cap = self->cap < 64 ? 64 : self->cap;
    while (cap < need) {
        if (cap > PY_SSIZE_T_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    char *nb = PyMem_Realloc(self->buf, cap);
    if (nb == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->buf = nb;
    self->cap = cap;
    return 0;
}

/* Write len bytes at pos, growing and zero-padding as needed. */
static int
write_bytes(bytesio *self, const char *data, Py_ssize_t len)
{
    if (len == 0)
        return 0;
    Py_ssize_t end = self->pos + len;
    if (reserve(self, end) < 0)
        return -1;
    if (self->pos > self->size)
        memset(self->buf + self->size, 0, self->pos - self->size);
    memcpy(self->buf + self->pos, data, len);
    self->pos = end;
    if (end > self->size)
        self->size = end;
    return 0;
}

static int
write_object(bytesio *self, PyObject *obj, Py_ssize_t *written)
{
    if (PyBytes_CheckExact(obj)) {
        *written = PyBytes_GET_SIZE(obj);
        return write_bytes(self, PyBytes_AS_STRING(obj), *written);
    }
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_CONTIG_RO) < 0)
        return -1;
    int r = write_bytes(self, view.buf, view.len);
    *written = view.len;
    PyBuffer_Release(&view);
    return r;
}

static int
bytesio_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"initial_bytes", NULL};
    bytesio *self = (bytesio *)op;
    PyObject *initial = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:BytesIO", kwlist, &initial))
        return -1;
    if (self->exports > 0) {
        PyErr_SetString(PyExc_BufferError,
                        "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    self->size = self->pos = 0;
    self->closed = 0;
    if (initial && initial != Py_None) {
        Py_ssize_t n;
        if (write_object(self, initial, &n) < 0)
            return -1;
        self->pos = 0;
    }
    return 0;
}

static PyObject *
bytesio_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    bytesio *self = (bytesio *)type->tp_alloc(type, 0);
    return (PyObject *)self;
}

static int
size_arg(PyObject *const *args, Py_ssize_t nargs, const char *fname, Py_ssize_t *size)
{
    *size = -1;
    if (!_PyArg_CheckPositional(fname, nargs, 0, 1))
        return -1;
    if (nargs == 0 || args[0] == Py_None)
        return 0;
    if (!PyIndex_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or None, not '%.200s'",
                     Py_TYPE(args[0])->tp_name);
        return -1;
    }
    *size = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
    if (*size == -1 && PyErr_Occurred())
        return -1;
    return 0;
}

static PyObject *
read_bytes(bytesio *self, Py_ssize_t n)
{
    Py_ssize_t avail = self->size - self->pos;
    if (avail < 0)
        avail = 0;
    if (n < 0 || n > avail)
        n = avail;
    PyObject *res = PyBytes_FromStringAndSize(n ? self->buf + self->pos : NULL, n);
    if (res != NULL)
        self->pos += n;
    return res;
}

static PyObject *
bytesio_read(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    bytesio *self = (bytesio *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "read", &n) < 0)
        return NULL;
    CHECK_CLOSED(self);
    return read_bytes(self, n);
}

static PyObject *
bytesio_read1(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    bytesio *self = (bytesio *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "read1", &n) < 0)
        return NULL;
    CHECK_CLOSED(self);
    return read_bytes(self, n);
}

/* the length of the next line from pos, limit < 0 for none */
static Py_ssize_t
line_length(bytesio *self, Py_ssize_t limit)
{
    Py_ssize_t avail = self->size - self->pos;
    if (avail <= 0)
        return 0;
    if (limit >= 0 && limit < avail)
        avail = limit;
    const char *start = self->buf + self->pos;
    const char *nl = memchr(start, '\n', avail);
    return nl ? nl - start + 1 : avail;
}

static PyObject *
bytesio_readline(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    bytesio *self = (bytesio *)op;
    Py_ssize_t limit;
    if (size_arg(args, nargs, "readline", &limit) < 0)
        return NULL;
    CHECK_CLOSED(self);
    return read_bytes(self, line_length(self, limit));
}

static PyObject *
bytesio_readlines(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    bytesio *self = (bytesio *)op;
    Py_ssize_t hint;
    if (size_arg(args, nargs, "readlines", &hint) < 0)
        return NULL;
    CHECK_CLOSED(self);
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    Py_ssize_t total = 0, n;
    while ((n = line_length(self, -1)) > 0) {
        PyObject *line = read_bytes(self, n);
        if (line == NULL || PyList_Append(list, line) < 0) {
            Py_XDECREF(line);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(line);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

static PyObject *
bytesio_readinto(PyObject *op, PyObject *arg)
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    Py_buffer view;
    if (_KrArg_WritableBuffer("readinto", arg, &view) < 0)
        return NULL;
    Py_ssize_t avail = self->size - self->pos;
    if (avail < 0)
        avail = 0;
    Py_ssize_t n = Py_MIN(view.len, avail);
    if (n > 0)
        memcpy(view.buf, self->buf + self->pos, n);
    self->pos += n;
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(n);
}

static PyObject *
bytesio_iternext(PyObject *op)
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    Py_ssize_t n = line_length(self, -1);
    if (n == 0)
        return NULL;
    return read_bytes(self, n);
}

static PyObject *
bytesio_write(PyObject *op, PyObject *arg)
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    CHECK_EXPORTS(self);
    Py_ssize_t n;
    if (write_object(self, arg, &n) < 0)
        return NULL;
    return PyLong_FromSsize_t(n);
}

static PyObject *
bytesio_writelines(PyObject *op, PyObject *lines)
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    PyObject *it = PyObject_GetIter(lines);
    if (it == NULL)
        return NULL;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        PyObject *r = bytesio_write(op, item);
        Py_DECREF(item);
        if (r == NULL) {
            Py_DECREF(it);
            return NULL;
        }
        Py_DECREF(r);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
bytesio_getvalue(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    return PyBytes_FromStringAndSize(self->size ? self->buf : NULL, self->size);
}

static PyObject *
bytesio_getbuffer(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    bytesiobuf *exporter = PyObject_GC_New(bytesiobuf, &_KrIO_BytesIOBuffer_Type);
    if (exporter == NULL)
        return NULL;
    exporter->source = (bytesio *)Py_NewRef(op);
    PyObject_GC_Track(exporter);
    PyObject *view = PyMemoryView_FromObject((PyObject *)exporter);
    Py_DECREF(exporter);
    return view;
}

static PyObject *
bytesio_tell(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    return PyLong_FromSsize_t(self->pos);
}

static PyObject *
bytesio_seek(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    bytesio *self = (bytesio *)op;
    if (!_PyArg_CheckPositional("seek", nargs, 1, 2))
        return NULL;
    Py_ssize_t pos = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    long whence = 0;
    if (nargs == 2) {
        whence = PyLong_AsLong(args[1]);
        if (whence == -1 && PyErr_Occurred())
            return NULL;
    }
    CHECK_CLOSED(self);
    if (pos < 0 && whence == 0) {
        PyErr_Format(PyExc_ValueError, "negative seek value %zd", pos);
        return NULL;
    }
    if (whence == 1) {
        if (pos > PY_SSIZE_T_MAX - self->pos)
            return PyErr_Format(PyExc_OverflowError, "new position too large");
        pos += self->pos;
    } else if (whence == 2) {
        if (pos > PY_SSIZE_T_MAX - self->size)
            return PyErr_Format(PyExc_OverflowError, "new position too large");
        pos += self->size;
    } else if (whence != 0) {
        PyErr_Format(PyExc_ValueError, "invalid whence (%ld, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (pos < 0)
        pos = 0;
    self->pos = pos;
    return PyLong_FromSsize_t(pos);
}

static PyObject *
bytesio_truncate(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    bytesio *self = (bytesio *)op;
    if (!_PyArg_CheckPositional("truncate", nargs, 0, 1))
        return NULL;
    CHECK_CLOSED(self);
    CHECK_EXPORTS(self);
    Py_ssize_t size = self->pos;
    if (nargs == 1 && args[0] != Py_None) {
        size = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
        if (size == -1 && PyErr_Occurred())
            return NULL;
        if (size < 0) {
            PyErr_Format(PyExc_ValueError, "negative size value %zd", size);
            return NULL;
        }
    }
    if (size < self->size)
        self->size = size;
    return PyLong_FromSsize_t(size);
}

static PyObject *
bytesio_true_if_open(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    Py_RETURN_TRUE;
}

static PyObject *
bytesio_flush(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    CHECK_CLOSED(self);
    Py_RETURN_NONE;
}

static PyObject *
bytesio_close(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    CHECK_EXPORTS(self);
    self->closed = 1;
    PyMem_Free(self->buf);
    self->buf = NULL;
    self->size = self->cap = 0;
    Py_RETURN_NONE;
}

static PyObject *
bytesio_get_closed(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((bytesio *)op)->closed);
}

static PyObject *
bytesio_getstate(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    PyObject *value = bytesio_getvalue(op, NULL);
    if (value == NULL)
        return NULL;
    PyObject *dict = self->dict ? PyDict_Copy(self->dict) : Py_NewRef(Py_None);
    if (dict == NULL) {
        Py_DECREF(value);
        return NULL;
    }
    return Py_BuildValue("(NnN)", value, self->pos, dict);
}

static PyObject *
bytesio_setstate(PyObject *op, PyObject *state)
{
    bytesio *self = (bytesio *)op;
    if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) < 3) {
        PyErr_Format(PyExc_TypeError,
                     "%.200s.__setstate__ argument should be 3-tuple, got %.200s",
                     Py_TYPE(op)->tp_name, Py_TYPE(state)->tp_name);
        return NULL;
    }
    CHECK_EXPORTS(self);
    CHECK_CLOSED(self);
    self->size = self->pos = 0;
    Py_ssize_t n;
    if (write_object(self, PyTuple_GET_ITEM(state, 0), &n) < 0)
        return NULL;
    PyObject *posobj = PyTuple_GET_ITEM(state, 1);
    if (!PyLong_Check(posobj)) {
        PyErr_Format(PyExc_TypeError, "second item of state must be an integer, not %.200s",
                     Py_TYPE(posobj)->tp_name);
        return NULL;
    }
    Py_ssize_t pos = PyLong_AsSsize_t(posobj);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    if (pos < 0) {
        PyErr_SetString(PyExc_ValueError, "position value cannot be negative");
        return NULL;
    }
    self->pos = pos;
    PyObject *dict = PyTuple_GET_ITEM(state, 2);
    if (dict != Py_None) {
        if (!PyDict_Check(dict)) {
            PyErr_Format(PyExc_TypeError, "third item of state should be a dict, got a %.200s",
                         Py_TYPE(dict)->tp_name);
            return NULL;
        }
        if (self->dict == NULL && (self->dict = PyDict_New()) == NULL)
            return NULL;
        if (PyDict_Update(self->dict, dict) < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
bytesio_sizeof(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    bytesio *self = (bytesio *)op;
    return PyLong_FromSsize_t((Py_ssize_t)sizeof(bytesio) + self->cap);
}

static void
bytesio_dealloc(PyObject *op)
{
    bytesio *self = (bytesio *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist)
        PyObject_ClearWeakRefs(op);
    Py_CLEAR(self->dict);
    PyMem_Free(self->buf);
    Py_TYPE(op)->tp_free(op);
}

static int
bytesio_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((bytesio *)op)->dict);
    return 0;
}

static int
bytesio_clear(PyObject *op)
{
    Py_CLEAR(((bytesio *)op)->dict);
    return 0;
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

static PyMethodDef bytesio_methods[] = {
    {"readable", bytesio_true_if_open, METH_NOARGS, NULL},
    {"seekable", bytesio_true_if_open, METH_NOARGS, NULL},
    {"writable", bytesio_true_if_open, METH_NOARGS, NULL},
    {"close", bytesio_close, METH_NOARGS, NULL},
    {"flush", bytesio_flush, METH_NOARGS, NULL},
    {"getvalue", bytesio_getvalue, METH_NOARGS, NULL},
    {"getbuffer", bytesio_getbuffer, METH_NOARGS, NULL},
    {"read", FASTCALL(bytesio_read), NULL},
    {"read1", FASTCALL(bytesio_read1), NULL},
    {"readline", FASTCALL(bytesio_readline), NULL},
    {"readlines", FASTCALL(bytesio_readlines), NULL},
    {"readinto", bytesio_readinto, METH_O, NULL},
    {"tell", bytesio_tell, METH_NOARGS, NULL},
    {"seek", FASTCALL(bytesio_seek), NULL},
    {"truncate", FASTCALL(bytesio_truncate), NULL},
    {"write", bytesio_write, METH_O, NULL},
    {"writelines", bytesio_writelines, METH_O, NULL},
    {"__getstate__", bytesio_getstate, METH_NOARGS, NULL},
    {"__setstate__", bytesio_setstate, METH_O, NULL},
    {"__sizeof__", bytesio_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef bytesio_getset[] = {
    {"closed", bytesio_get_closed, NULL, "True if the file is closed.", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _KrIO_BytesIO_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io.BytesIO",
    .tp_basicsize = sizeof(bytesio),
    .tp_dealloc = bytesio_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "BytesIO(initial_bytes=b'')\n--\n\n"
              "Buffered I/O implementation using an in-memory bytes buffer.",
    .tp_traverse = bytesio_traverse,
    .tp_clear = bytesio_clear,
    .tp_weaklistoffset = offsetof(bytesio, weakreflist),
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = bytesio_iternext,
    .tp_methods = bytesio_methods,
    .tp_getset = bytesio_getset,
    .tp_base = &_KrIO_BufferedIOBase_Type,
    .tp_dictoffset = offsetof(bytesio, dict),
    .tp_init = bytesio_init,
    .tp_new = bytesio_new,
};

/* ====================================================================
 * The exporter behind getbuffer()
 * ==================================================================== */

static int
bytesiobuf_getbuffer(PyObject *op, Py_buffer *view, int flags)
{
    bytesio *b = ((bytesiobuf *)op)->source;
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "bytesiobuf_getbuffer: view==NULL argument is obsolete");
        return -1;
    }
    /* an empty buffer still needs a valid address */
    if (b->buf == NULL && reserve(b, 1) < 0)
        return -1;
    if (PyBuffer_FillInfo(view, op, b->buf, b->size, 0, flags) < 0)
        return -1;
    b->exports++;
    return 0;
}

static void
bytesiobuf_releasebuffer(PyObject *op, Py_buffer *view)
{
    ((bytesiobuf *)op)->source->exports--;
}

static void
bytesiobuf_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    Py_CLEAR(((bytesiobuf *)op)->source);
    PyObject_GC_Del(op);
}

static int
bytesiobuf_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((bytesiobuf *)op)->source);
    return 0;
}

static PyBufferProcs bytesiobuf_as_buffer = {
    .bf_getbuffer = bytesiobuf_getbuffer,
    .bf_releasebuffer = bytesiobuf_releasebuffer,
};

PyTypeObject _KrIO_BytesIOBuffer_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io._BytesIOBuffer",
    .tp_basicsize = sizeof(bytesiobuf),
    .tp_dealloc = bytesiobuf_dealloc,
    .tp_as_buffer = &bytesiobuf_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiobuf_traverse,
};
