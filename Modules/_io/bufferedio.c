/* io.BufferedRWPair: a reader and a writer joined into one stream.
 *
 * The two raw streams (a pipe's two ends, a socket pair) get a
 * BufferedReader and a BufferedWriter of their own; the pair forwards
 * reading methods to the one and writing methods to the other.  The
 * Buffered* classes themselves live in fileio.c, where their state
 * shares the folded file struct. */
#include "Python.h"
#include "kr_io.h"
#include <stddef.h>

typedef struct {
    KR_IOBASE_HEAD
    PyObject *reader;
    PyObject *writer;
} rwpair;

/* reader.readable() (writer.writable()) must answer True */
static int
check_able(PyObject *obj, const char *method, const char *message)
{
    PyObject *r = PyObject_CallMethod(obj, method, NULL);
    if (r == NULL)
        return -1;
    int ok = r == Py_True;
    Py_DECREF(r);
    if (!ok) {
        PyErr_SetString(_KrIO_UnsupportedOperation, message);
        return -1;
    }
    return 0;
}

static int
rwpair_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    rwpair *self = (rwpair *)op;
    PyObject *reader, *writer;
    Py_ssize_t size = KR_IO_DEFAULT_BUFFER_SIZE;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) > 0) {
        PyErr_SetString(PyExc_TypeError, "BufferedRWPair() takes no keyword arguments");
        return -1;
    }
    if (!PyArg_ParseTuple(args, "OO|n:BufferedRWPair", &reader, &writer, &size))
        return -1;
    if (check_able(reader, "readable", "File or stream is not readable.") < 0 ||
        check_able(writer, "writable", "File or stream is not writable.") < 0)
        return -1;
    PyObject *br = PyObject_CallFunction((PyObject *)&_KrIO_BufferedReader_Type, "On", reader,
                                         size);
    if (br == NULL)
        return -1;
    PyObject *bw = PyObject_CallFunction((PyObject *)&_KrIO_BufferedWriter_Type, "On", writer,
                                         size);
    if (bw == NULL) {
        Py_DECREF(br);
        return -1;
    }
    Py_XSETREF(self->reader, br);
    Py_XSETREF(self->writer, bw);
    return 0;
}

static PyObject *
forward(PyObject *target, const char *name, PyObject *args)
{
    if (target == NULL) {
        PyErr_SetString(PyExc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    PyObject *meth = PyObject_GetAttrString(target, name);
    if (meth == NULL)
        return NULL;
    PyObject *r = PyObject_Call(meth, args, NULL);
    Py_DECREF(meth);
    return r;
}

#define READER(name) \
    static PyObject *rwpair_##name(PyObject *op, PyObject *args) \
    { return forward(((rwpair *)op)->reader, #name, args); }
#define WRITER(name) \
    static PyObject *rwpair_##name(PyObject *op, PyObject *args) \
    { return forward(((rwpair *)op)->writer, #name, args); }

READER(read)
READER(peek)
READER(read1)
READER(readinto)
READER(readinto1)
READER(readable)
WRITER(write)
WRITER(flush)
WRITER(writable)

static PyObject *
rwpair_close(PyObject *op, PyObject *args)
{
    rwpair *self = (rwpair *)op;
    PyObject *r = forward(self->writer, "close", args);
    PyObject *exc = r == NULL ? PyErr_GetRaisedException() : NULL;
    Py_XDECREF(r);
    r = forward(self->reader, "close", args);
    if (exc != NULL) {
        if (r == NULL) {
            PyObject *exc2 = PyErr_GetRaisedException();
            PyException_SetContext(exc2, exc);
            exc = exc2;
        }
        Py_XDECREF(r);
        PyErr_SetRaisedException(exc);
        return NULL;
    }
    return r;
}

static PyObject *
rwpair_isatty(PyObject *op, PyObject *args)
{
    rwpair *self = (rwpair *)op;
    PyObject *r = forward(self->writer, "isatty", args);
    if (r != Py_False)
        return r;
    Py_DECREF(r);
    return forward(self->reader, "isatty", args);
}

static PyObject *
rwpair_get_closed(PyObject *op, void *Py_UNUSED(closure))
{
    rwpair *self = (rwpair *)op;
    if (self->writer == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
        return NULL;
    }
    return PyObject_GetAttrString(self->writer, "closed");
}

static void
rwpair_dealloc(PyObject *op)
{
    rwpair *self = (rwpair *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist)
        PyObject_ClearWeakRefs(op);
    Py_CLEAR(self->dict);
    Py_CLEAR(self->reader);
    Py_CLEAR(self->writer);
    Py_TYPE(op)->tp_free(op);
}

static int
rwpair_traverse(PyObject *op, visitproc visit, void *arg)
{
    rwpair *self = (rwpair *)op;
    Py_VISIT(self->dict);
    Py_VISIT(self->reader);
    Py_VISIT(self->writer);
    return 0;
}

static int
rwpair_clear(PyObject *op)
{
    rwpair *self = (rwpair *)op;
    Py_CLEAR(self->dict);
    Py_CLEAR(self->reader);
    Py_CLEAR(self->writer);
    return 0;
}

static PyMethodDef rwpair_methods[] = {
    {"read", rwpair_read, METH_VARARGS, NULL},
    {"peek", rwpair_peek, METH_VARARGS, NULL},
    {"read1", rwpair_read1, METH_VARARGS, NULL},
    {"readinto", rwpair_readinto, METH_VARARGS, NULL},
    {"readinto1", rwpair_readinto1, METH_VARARGS, NULL},
    {"write", rwpair_write, METH_VARARGS, NULL},
    {"flush", rwpair_flush, METH_VARARGS, NULL},
    {"readable", rwpair_readable, METH_VARARGS, NULL},
    {"writable", rwpair_writable, METH_VARARGS, NULL},
    {"close", rwpair_close, METH_VARARGS, NULL},
    {"isatty", rwpair_isatty, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef rwpair_getset[] = {
    {"closed", rwpair_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _KrIO_BufferedRWPair_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io.BufferedRWPair",
    .tp_basicsize = sizeof(rwpair),
    .tp_dealloc = rwpair_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)\n--\n\n"
              "A buffered reader and writer object together.",
    .tp_traverse = rwpair_traverse,
    .tp_clear = rwpair_clear,
    .tp_weaklistoffset = offsetof(rwpair, weakreflist),
    .tp_methods = rwpair_methods,
    .tp_getset = rwpair_getset,
    .tp_base = &_KrIO_BufferedIOBase_Type,
    .tp_dictoffset = offsetof(rwpair, dict),
    .tp_init = rwpair_init,
    .tp_new = PyType_GenericNew,
};
