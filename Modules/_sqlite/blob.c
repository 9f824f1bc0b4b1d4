/* sqlite3.Blob: incremental I/O on one BLOB value (Connection.blobopen).
 *
 * A Blob is a file-like window on a stored value whose size is fixed
 * when it is opened: reads and writes never grow it, and a write past
 * the end is refused rather than truncated.  It also supports indexing
 * and slicing like a bytearray of that fixed length.  The position is
 * kept here; SQLite's blob API is stateless (offset per call).  The
 * connection is checked before the blob, so a blob outliving its
 * connection reports the closed database. */
#include "sqlite.h"

typedef struct {
    PyObject_HEAD
    ConnObj *conn;
    sqlite3_blob *blob;          /* NULL once closed */
    int offset;
} BlobObj;

static int
check_blob(BlobObj *self)
{
    if (sq_check_conn(self->conn) < 0)
        return -1;
    if (self->blob == NULL) {
        PyErr_SetString(sq_ProgrammingError, "Cannot operate on a closed blob.");
        return -1;
    }
    return 0;
}

static void
blob_close_handle(BlobObj *self)
{
    if (self->blob != NULL) {
        sqlite3_blob *b = self->blob;
        self->blob = NULL;
        Py_BEGIN_ALLOW_THREADS
        sqlite3_blob_close(b);
        Py_END_ALLOW_THREADS
    }
}

static PyObject *
read_at(BlobObj *self, int off, int n)
{
    PyObject *r = PyBytes_FromStringAndSize(NULL, n);
    if (r == NULL)
        return NULL;
    int rc;
    char *buf = PyBytes_AS_STRING(r);
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_blob_read(self->blob, buf, n, off);
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK) {
        Py_DECREF(r);
        return sq_set_error(self->conn->db);
    }
    return r;
}

static int
write_at(BlobObj *self, const void *buf, int n, int off)
{
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_blob_write(self->blob, buf, n, off);
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK) {
        sq_set_error(self->conn->db);
        return -1;
    }
    return 0;
}

static PyObject *
blob_read(BlobObj *self, PyObject *args)
{
    int length = -1;
    if (!PyArg_ParseTuple(args, "|i:read", &length))
        return NULL;
    if (check_blob(self) < 0)
        return NULL;
    int left = sqlite3_blob_bytes(self->blob) - self->offset;
    if (length < 0 || length > left)
        length = left;
    PyObject *r = read_at(self, self->offset, length);
    if (r != NULL)
        self->offset += length;
    return r;
}

static PyObject *
blob_write(BlobObj *self, PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    if (check_blob(self) < 0)
        goto error;
    if (view.len > sqlite3_blob_bytes(self->blob) - self->offset) {
        PyErr_SetString(PyExc_ValueError, "data longer than blob length");
        goto error;
    }
    if (write_at(self, view.buf, (int)view.len, self->offset) < 0)
        goto error;
    self->offset += (int)view.len;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
error:
    PyBuffer_Release(&view);
    return NULL;
}

static PyObject *
blob_seek(BlobObj *self, PyObject *args)
{
    int offset, origin = 0;
    if (!PyArg_ParseTuple(args, "i|i:seek", &offset, &origin))
        return NULL;
    if (check_blob(self) < 0)
        return NULL;
    long long base;
    switch (origin) {
    case 0: base = 0; break;
    case 1: base = self->offset; break;
    case 2: base = sqlite3_blob_bytes(self->blob); break;
    default:
        PyErr_SetString(PyExc_ValueError,
                        "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
        return NULL;
    }
    long long pos = base + offset;
    if (pos < 0 || pos > sqlite3_blob_bytes(self->blob)) {
        PyErr_SetString(PyExc_ValueError, "offset out of blob range");
        return NULL;
    }
    self->offset = (int)pos;
    Py_RETURN_NONE;
}

static PyObject *
blob_tell(BlobObj *self, PyObject *unused)
{
    if (check_blob(self) < 0)
        return NULL;
    return PyLong_FromLong(self->offset);
}

static PyObject *
blob_close(BlobObj *self, PyObject *unused)
{
    if (sq_check_conn(self->conn) < 0)
        return NULL;
    blob_close_handle(self);
    Py_RETURN_NONE;
}

static PyObject *
blob_enter(BlobObj *self, PyObject *unused)
{
    if (check_blob(self) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
blob_exit(BlobObj *self, PyObject *args)
{
    if (check_blob(self) < 0)
        return NULL;
    blob_close_handle(self);
    Py_RETURN_FALSE;
}

static Py_ssize_t
blob_length(BlobObj *self)
{
    if (check_blob(self) < 0)
        return -1;
    return sqlite3_blob_bytes(self->blob);
}

static int
blob_index(BlobObj *self, PyObject *item, Py_ssize_t *i)
{
    *i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (*i == -1 && PyErr_Occurred())
        return -1;
    Py_ssize_t n = sqlite3_blob_bytes(self->blob);
    if (*i < 0)
        *i += n;
    if (*i < 0 || *i >= n) {
        PyErr_SetString(PyExc_IndexError, "Blob index out of range");
        return -1;
    }
    return 0;
}

static PyObject *
blob_subscript(BlobObj *self, PyObject *item)
{
    if (check_blob(self) < 0)
        return NULL;
    if (PyIndex_Check(item)) {
        Py_ssize_t i;
        if (blob_index(self, item, &i) < 0)
            return NULL;
        PyObject *b = read_at(self, (int)i, 1);
        if (b == NULL)
            return NULL;
        PyObject *r = PyLong_FromLong((unsigned char)PyBytes_AS_STRING(b)[0]);
        Py_DECREF(b);
        return r;
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(item, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t len = PySlice_AdjustIndices(sqlite3_blob_bytes(self->blob), &start, &stop, step);
        if (len <= 0)
            return PyBytes_FromStringAndSize("", 0);
        if (step == 1)
            return read_at(self, (int)start, (int)len);
        /* read the whole span once, then pick every step-th byte */
        Py_ssize_t lo = step > 0 ? start : start + (len - 1) * step;
        Py_ssize_t span = (len - 1) * (step > 0 ? step : -step) + 1;
        PyObject *all = read_at(self, (int)lo, (int)span);
        if (all == NULL)
            return NULL;
        PyObject *r = PyBytes_FromStringAndSize(NULL, len);
        if (r != NULL) {
            char *src = PyBytes_AS_STRING(all), *dst = PyBytes_AS_STRING(r);
            for (Py_ssize_t k = 0, at = start - lo; k < len; k++, at += step)
                dst[k] = src[at];
        }
        Py_DECREF(all);
        return r;
    }
    PyErr_SetString(PyExc_TypeError, "Blob indices must be integers");
    return NULL;
}

static int
blob_ass_subscript(BlobObj *self, PyObject *item, PyObject *value)
{
    if (check_blob(self) < 0)
        return -1;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Blob doesn't support item deletion");
        return -1;
    }
    if (PyIndex_Check(item)) {
        Py_ssize_t i;
        if (blob_index(self, item, &i) < 0)
            return -1;
        PyObject *idx = PyNumber_Index(value);
        if (idx == NULL)
            return -1;
        long v = PyLong_AsLong(idx);
        Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        unsigned char byte = (unsigned char)v;
        return write_at(self, &byte, 1, (int)i);
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(item, &start, &stop, &step) < 0)
            return -1;
        Py_ssize_t len = PySlice_AdjustIndices(sqlite3_blob_bytes(self->blob), &start, &stop, step);
        Py_buffer view;
        if (PyObject_GetBuffer(value, &view, PyBUF_SIMPLE) < 0)
            return -1;
        int rc = 0;
        if (view.len != len) {
            PyErr_SetString(PyExc_IndexError, "Blob slice assignment is wrong size");
            rc = -1;
        }
        else if (len > 0 && step == 1)
            rc = write_at(self, view.buf, (int)len, (int)start);
        else if (len > 0) {
            /* read-modify-write of the covered span */
            Py_ssize_t lo = step > 0 ? start : start + (len - 1) * step;
            Py_ssize_t span = (len - 1) * (step > 0 ? step : -step) + 1;
            PyObject *all = read_at(self, (int)lo, (int)span);
            if (all == NULL)
                rc = -1;
            else {
                char *dst = PyBytes_AS_STRING(all);
                const char *src = view.buf;
                for (Py_ssize_t k = 0, at = start - lo; k < len; k++, at += step)
                    dst[at] = src[k];
                rc = write_at(self, dst, (int)span, (int)lo);
                Py_DECREF(all);
            }
        }
        PyBuffer_Release(&view);
        return rc;
    }
    PyErr_SetString(PyExc_TypeError, "Blob indices must be integers");
    return -1;
}

static void
blob_dealloc(BlobObj *self)
{
    PyObject_GC_UnTrack(self);
    blob_close_handle(self);
    Py_CLEAR(self->conn);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
blob_traverse(BlobObj *self, visitproc visit, void *arg)
{
    Py_VISIT(self->conn);
    return 0;
}

#define F(f) (PyCFunction)(void (*)(void))(f)
static PyMethodDef blob_methods[] = {
    {"read", F(blob_read), METH_VARARGS, "Read data at the current offset position."},
    {"write", F(blob_write), METH_O, "Write data at the current offset."},
    {"seek", F(blob_seek), METH_VARARGS, "Set the current access position to offset."},
    {"tell", F(blob_tell), METH_NOARGS, "Return the current access position for the blob."},
    {"close", F(blob_close), METH_NOARGS, "Close the blob."},
    {"__enter__", F(blob_enter), METH_NOARGS, "Blob context manager enter."},
    {"__exit__", F(blob_exit), METH_VARARGS, "Blob context manager exit."},
    {NULL, NULL, 0, NULL}
};

static PyMappingMethods blob_as_mapping = {
    .mp_length = (lenfunc)blob_length,
    .mp_subscript = (binaryfunc)blob_subscript,
    .mp_ass_subscript = (objobjargproc)blob_ass_subscript,
};

static PySequenceMethods blob_as_sequence = {
    .sq_length = (lenfunc)blob_length,
};

PyTypeObject sq_BlobType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sqlite3.Blob",
    .tp_basicsize = sizeof(BlobObj),
    .tp_dealloc = (destructor)blob_dealloc,
    .tp_as_sequence = &blob_as_sequence,
    .tp_as_mapping = &blob_as_mapping,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)blob_traverse,
    .tp_methods = blob_methods,
    .tp_free = PyObject_GC_Del,
};

PyObject *
sq_blobopen(ConnObj *conn, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"", "", "", "readonly", "name", NULL};
    const char *table, *column, *name = "main";
    long long row;
    int readonly = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "ssL|$ps:blobopen", kwlist,
                                     &table, &column, &row, &readonly, &name))
        return NULL;
    if (sq_check_conn(conn) < 0)
        return NULL;
    sqlite3_blob *b;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_blob_open(conn->db, name, table, column, row, !readonly, &b);
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK)
        return sq_set_error(conn->db);
    BlobObj *self = PyObject_GC_New(BlobObj, &sq_BlobType);
    if (self == NULL) {
        sqlite3_blob_close(b);
        return NULL;
    }
    self->conn = (ConnObj *)Py_NewRef(conn);
    self->blob = b;
    self->offset = 0;
    PyObject_GC_Track(self);
    return (PyObject *)self;
}
