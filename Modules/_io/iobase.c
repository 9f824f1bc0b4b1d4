/* The abstract bases of the io stack: _IOBase, _RawIOBase,
 * _BufferedIOBase and _TextIOBase.
 *
 * These carry the default methods CPython documents for io.IOBase and
 * friends, written against the object's own Python-level methods
 * (readline via peek and read, read via readinto, readinto via read), so
 * a Python class that derives io.RawIOBase and only defines readinto
 * gets a working read, readall, readline and iteration.  io.py adds
 * ABCMeta on top by subclassing them.
 *
 * An _IOBase that is not one of the C file classes records being closed
 * in its instance dict as `__IOBase_closed`, as CPython does, so that a
 * subclass overriding `closed` still sees the base's close() work.  The
 * finalizer closes an object that is still open when it is collected,
 * which is what flushes a forgotten BufferedWriter. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_io.h"
#include <stddef.h>

PyObject *_KrIO_UnsupportedOperation;

PyObject *
_KrIO_ClosedError(void)
{
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
    return NULL;
}

static PyObject *
unsupported(const char *message)
{
    PyErr_SetString(_KrIO_UnsupportedOperation, message);
    return NULL;
}

#define CLOSED_KEY "__IOBase_closed"

/* 1 if the object's __IOBase_closed marker is set, 0 if not, -1 error */
static int
iobase_is_closed(PyObject *self)
{
    PyObject *v;
    PyObject *name = PyUnicode_InternFromString(CLOSED_KEY);
    if (name == NULL)
        return -1;
    int r = _PyObject_LookupAttr(self, name, &v);
    Py_DECREF(name);
    Py_XDECREF(v);
    return r;
}

/* `self.closed` as the object defines it; 1, 0 or -1 */
static int
closed_attr(PyObject *self)
{
    PyObject *v = PyObject_GetAttrString(self, "closed");
    if (v == NULL)
        return -1;
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    return r;
}

static PyObject *
iobase_check_closed(PyObject *self, PyObject *Py_UNUSED(args))
{
    int r = closed_attr(self);
    if (r < 0)
        return NULL;
    if (r)
        return _KrIO_ClosedError();
    Py_RETURN_NONE;
}

/* _checkSeekable and friends: ask the method, raise UnsupportedOperation
 * unless it answers True */
static PyObject *
check_capability(PyObject *self, const char *method, const char *message)
{
    PyObject *r = PyObject_CallMethod(self, method, NULL);
    if (r == NULL)
        return NULL;
    if (r != Py_True) {
        Py_DECREF(r);
        return unsupported(message);
    }
    return r;
}

static PyObject *
iobase_check_seekable(PyObject *self, PyObject *Py_UNUSED(args))
{
    return check_capability(self, "seekable", "File or stream is not seekable.");
}

static PyObject *
iobase_check_readable(PyObject *self, PyObject *Py_UNUSED(args))
{
    return check_capability(self, "readable", "File or stream is not readable.");
}

static PyObject *
iobase_check_writable(PyObject *self, PyObject *Py_UNUSED(args))
{
    return check_capability(self, "writable", "File or stream is not writable.");
}

static PyObject *
iobase_seek(PyObject *self, PyObject *args)
{
    return unsupported("seek");
}

static PyObject *
iobase_tell(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyObject_CallMethod(self, "seek", "ii", 0, 1);
}

static PyObject *
iobase_truncate(PyObject *self, PyObject *args)
{
    return unsupported("truncate");
}

static PyObject *
iobase_flush(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    int r = iobase_is_closed(self);
    if (r < 0)
        return NULL;
    if (r)
        return _KrIO_ClosedError();
    Py_RETURN_NONE;
}

static PyObject *
iobase_close(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    int r = iobase_is_closed(self);
    if (r < 0)
        return NULL;
    if (r)
        Py_RETURN_NONE;
    PyObject *res = PyObject_CallMethod(self, "flush", NULL);
    /* closed even when flush failed, and the flush error wins */
    PyObject *exc = res == NULL ? PyErr_GetRaisedException() : NULL;
    if (PyObject_SetAttrString(self, CLOSED_KEY, Py_True) < 0) {
        if (exc) {
            PyErr_Clear();
            PyErr_SetRaisedException(exc);
        }
        Py_XDECREF(res);
        return NULL;
    }
    if (exc) {
        PyErr_SetRaisedException(exc);
        return NULL;
    }
    Py_DECREF(res);
    Py_RETURN_NONE;
}

static PyObject *
iobase_get_closed(PyObject *self, void *Py_UNUSED(closure))
{
    int r = iobase_is_closed(self);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
iobase_false(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    Py_RETURN_FALSE;
}

static PyObject *
iobase_fileno(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return unsupported("fileno");
}

static PyObject *
iobase_isatty(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *r = iobase_check_closed(self, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_RETURN_FALSE;
}

static PyObject *
iobase_enter(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *r = iobase_check_closed(self, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    return Py_NewRef(self);
}

static PyObject *
iobase_exit(PyObject *self, PyObject *args)
{
    return PyObject_CallMethod(self, "close", NULL);
}

static PyObject *
iobase_iter(PyObject *self)
{
    PyObject *r = iobase_check_closed(self, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    return Py_NewRef(self);
}

static Py_ssize_t
sequence_len(PyObject *line)
{
    if (PyUnicode_Check(line))
        return PyUnicode_GET_LENGTH(line);
    if (PyBytes_Check(line))
        return PyBytes_GET_SIZE(line);
    return PyObject_Size(line);
}

static PyObject *
iobase_iternext(PyObject *self)
{
    PyObject *line = PyObject_CallMethod(self, "readline", NULL);
    if (line == NULL)
        return NULL;
    Py_ssize_t n = sequence_len(line);
    if (n <= 0) {
        Py_DECREF(line);
        return NULL; /* an error from len() propagates; 0 is StopIteration */
    }
    return line;
}

/* An optional size argument: None or absent is -1. */
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

/* readline through peek() when the object has it (so a buffered object
 * reads up to the line end at once), else one byte at a time */
static PyObject *
iobase_readline(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t limit;
    if (size_arg(args, nargs, "readline", &limit) < 0)
        return NULL;
    PyObject *peek;
    if (_PyObject_LookupAttr(self, _Py_ID(peek), &peek) < 0)
        return NULL;
    PyObject *buffer = PyByteArray_FromStringAndSize(NULL, 0);
    if (buffer == NULL) {
        Py_XDECREF(peek);
        return NULL;
    }
    while (limit < 0 || PyByteArray_GET_SIZE(buffer) < limit) {
        Py_ssize_t nreadahead = 1;
        if (peek != NULL) {
            PyObject *ahead = PyObject_CallFunction(peek, "i", 1);
            if (ahead == NULL)
                goto fail;
            if (!PyBytes_Check(ahead)) {
                PyErr_Format(PyExc_OSError,
                             "peek() should have returned a bytes object, not '%.200s'",
                             Py_TYPE(ahead)->tp_name);
                Py_DECREF(ahead);
                goto fail;
            }
            Py_ssize_t len = PyBytes_GET_SIZE(ahead);
            if (len > 0) {
                const char *buf = PyBytes_AS_STRING(ahead);
                Py_ssize_t n = 0;
                while (n < len && (limit < 0 || n < limit)) {
                    if (buf[n++] == '\n')
                        break;
                }
                nreadahead = n;
            }
            Py_DECREF(ahead);
        }
        PyObject *b = PyObject_CallMethod(self, "read", "n", nreadahead);
        if (b == NULL)
            goto fail;
        if (!PyBytes_Check(b)) {
            PyErr_Format(PyExc_OSError,
                         "read() should have returned a bytes object, not '%.200s'",
                         Py_TYPE(b)->tp_name);
            Py_DECREF(b);
            goto fail;
        }
        Py_ssize_t blen = PyBytes_GET_SIZE(b);
        if (blen == 0) {
            Py_DECREF(b);
            break;
        }
        Py_ssize_t old = PyByteArray_GET_SIZE(buffer);
        if (PyByteArray_Resize(buffer, old + blen) < 0) {
            Py_DECREF(b);
            goto fail;
        }
        memcpy(PyByteArray_AS_STRING(buffer) + old, PyBytes_AS_STRING(b), blen);
        Py_DECREF(b);
        if (PyByteArray_AS_STRING(buffer)[old + blen - 1] == '\n')
            break;
    }
    PyObject *res = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(buffer),
                                              PyByteArray_GET_SIZE(buffer));
    Py_DECREF(buffer);
    Py_XDECREF(peek);
    return res;
fail:
    Py_DECREF(buffer);
    Py_XDECREF(peek);
    return NULL;
}

PyObject *
_KrIO_IOBaseReadlines(PyObject *self, Py_ssize_t hint)
{
    PyObject *result = PyList_New(0);
    if (result == NULL)
        return NULL;
    PyObject *it = PyObject_GetIter(self);
    if (it == NULL)
        goto fail;
    Py_ssize_t length = 0;
    PyObject *line;
    while ((line = PyIter_Next(it)) != NULL) {
        if (PyList_Append(result, line) < 0) {
            Py_DECREF(line);
            Py_DECREF(it);
            goto fail;
        }
        if (hint > 0) {
            Py_ssize_t n = sequence_len(line);
            Py_DECREF(line);
            if (n < 0) {
                Py_DECREF(it);
                goto fail;
            }
            length += n;
            if (length > hint)
                break;
        } else {
            Py_DECREF(line);
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        goto fail;
    return result;
fail:
    Py_DECREF(result);
    return NULL;
}

static PyObject *
iobase_readlines(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t hint;
    if (size_arg(args, nargs, "readlines", &hint) < 0)
        return NULL;
    return _KrIO_IOBaseReadlines(self, hint);
}

static PyObject *
iobase_writelines(PyObject *self, PyObject *lines)
{
    PyObject *r = iobase_check_closed(self, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    PyObject *it = PyObject_GetIter(lines);
    if (it == NULL)
        return NULL;
    PyObject *line;
    while ((line = PyIter_Next(it)) != NULL) {
        PyObject *res = PyObject_CallMethodOneArg(self, _Py_ID(write), line);
        Py_DECREF(line);
        if (res == NULL) {
            Py_DECREF(it);
            return NULL;
        }
        Py_DECREF(res);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

/* An object still open when collected is closed; what goes wrong then
 * has nobody to report to. */
static void
iobase_finalize(PyObject *self)
{
    PyObject *exc = PyErr_GetRaisedException();
    int closed = closed_attr(self);
    if (closed < 0) {
        PyErr_Clear();
        closed = 0;
    }
    if (!closed) {
        if (PyObject_SetAttrString(self, "_finalizing", Py_True) < 0)
            PyErr_Clear();
        PyObject *r = PyObject_CallMethod(self, "close", NULL);
        if (r == NULL)
            PyErr_Clear();
        Py_XDECREF(r);
    }
    PyErr_SetRaisedException(exc);
}

static void
iobase_dealloc(PyObject *op)
{
    kr_iobase *self = (kr_iobase *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist)
        PyObject_ClearWeakRefs(op);
    Py_CLEAR(self->dict);
    Py_TYPE(op)->tp_free(op);
}

static int
iobase_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((kr_iobase *)op)->dict);
    return 0;
}

static int
iobase_clear(PyObject *op)
{
    Py_CLEAR(((kr_iobase *)op)->dict);
    return 0;
}

static PyObject *
iobase_get_dict(PyObject *op, void *Py_UNUSED(closure))
{
    kr_iobase *self = (kr_iobase *)op;
    if (self->dict == NULL && (self->dict = PyDict_New()) == NULL)
        return NULL;
    return Py_NewRef(self->dict);
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

static PyMethodDef iobase_methods[] = {
    {"seek", iobase_seek, METH_VARARGS, NULL},
    {"tell", iobase_tell, METH_NOARGS, NULL},
    {"truncate", iobase_truncate, METH_VARARGS, NULL},
    {"flush", iobase_flush, METH_NOARGS, NULL},
    {"close", iobase_close, METH_NOARGS, NULL},
    {"seekable", iobase_false, METH_NOARGS, NULL},
    {"readable", iobase_false, METH_NOARGS, NULL},
    {"writable", iobase_false, METH_NOARGS, NULL},
    {"_checkClosed", iobase_check_closed, METH_VARARGS, NULL},
    {"_checkSeekable", iobase_check_seekable, METH_VARARGS, NULL},
    {"_checkReadable", iobase_check_readable, METH_VARARGS, NULL},
    {"_checkWritable", iobase_check_writable, METH_VARARGS, NULL},
    {"fileno", iobase_fileno, METH_NOARGS, NULL},
    {"isatty", iobase_isatty, METH_NOARGS, NULL},
    {"__enter__", iobase_enter, METH_NOARGS, NULL},
    {"__exit__", iobase_exit, METH_VARARGS, NULL},
    {"readline", FASTCALL(iobase_readline), NULL},
    {"readlines", FASTCALL(iobase_readlines), NULL},
    {"writelines", iobase_writelines, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef iobase_getset[] = {
    {"__dict__", iobase_get_dict, NULL, NULL, NULL},
    {"closed", iobase_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static const char iobase_doc[] =
"The abstract base class for all I/O classes.\n\n"
"This class provides dummy implementations for many methods that\n"
"derived classes can override selectively; the default implementations\n"
"represent a file that cannot be read, written or seeked.\n\n"
"Even though IOBase does not declare read, readinto, or write because\n"
"their signatures will vary, implementations and clients should\n"
"consider those methods part of the interface. Also, implementations\n"
"may raise UnsupportedOperation when operations they do not support are\n"
"called.\n\n"
"The basic type used for binary data read from or written to a file is\n"
"bytes. Other bytes-like objects are accepted as method arguments too.\n"
"In some cases (such as readinto), a writable object is required. Text\n"
"I/O classes work with str data.\n\n"
"Note that calling any method (except additional calls to close(),\n"
"which are ignored) on a closed stream should raise a ValueError.\n\n"
"IOBase (and its subclasses) support the iterator protocol, meaning\n"
"that an IOBase object can be iterated over yielding the lines in a\n"
"stream.\n\n"
"IOBase also supports the :keyword:`with` statement. In this example,\n"
"fp is closed after the suite of the with statement is complete:\n\n"
"with open('spam.txt', 'r') as fp:\n"
"    fp.write('Spam and eggs!')\n";

PyTypeObject _KrIO_IOBase_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io._IOBase",
    .tp_basicsize = sizeof(kr_iobase),
    .tp_dealloc = iobase_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = iobase_doc,
    .tp_traverse = iobase_traverse,
    .tp_clear = iobase_clear,
    .tp_weaklistoffset = offsetof(kr_iobase, weakreflist),
    .tp_iter = iobase_iter,
    .tp_iternext = iobase_iternext,
    .tp_methods = iobase_methods,
    .tp_getset = iobase_getset,
    .tp_dictoffset = offsetof(kr_iobase, dict),
    .tp_new = PyType_GenericNew,
    .tp_finalize = iobase_finalize,
};

/* ====================================================================
 * _RawIOBase
 * ==================================================================== */

static PyObject *
rawiobase_readall(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *chunks = PyList_New(0);
    if (chunks == NULL)
        return NULL;
    for (;;) {
        PyObject *data = PyObject_CallMethod(self, "read", "i", KR_IO_DEFAULT_BUFFER_SIZE);
        if (data == NULL)
            goto fail;
        if (data == Py_None) {
            if (PyList_GET_SIZE(chunks) == 0) {
                Py_DECREF(chunks);
                return data;
            }
            Py_DECREF(data);
            break;
        }
        if (!PyBytes_Check(data)) {
            Py_DECREF(data);
            PyErr_SetString(PyExc_TypeError, "read() should return bytes");
            goto fail;
        }
        if (PyBytes_GET_SIZE(data) == 0) {
            Py_DECREF(data);
            break;
        }
        int r = PyList_Append(chunks, data);
        Py_DECREF(data);
        if (r < 0)
            goto fail;
    }
    PyObject *empty = PyBytes_FromStringAndSize(NULL, 0);
    if (empty == NULL)
        goto fail;
    PyObject *res = _PyBytes_Join(empty, chunks);
    Py_DECREF(empty);
    Py_DECREF(chunks);
    return res;
fail:
    Py_DECREF(chunks);
    return NULL;
}

static PyObject *
rawiobase_read(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t n;
    if (size_arg(args, nargs, "read", &n) < 0)
        return NULL;
    if (n < 0)
        return PyObject_CallMethod(self, "readall", NULL);
    PyObject *b = PyByteArray_FromStringAndSize(NULL, n);
    if (b == NULL)
        return NULL;
    PyObject *res = PyObject_CallMethodOneArg(self, _Py_ID(readinto), b);
    if (res == NULL || res == Py_None) {
        Py_DECREF(b);
        return res;
    }
    Py_ssize_t got = PyNumber_AsSsize_t(res, PyExc_ValueError);
    Py_DECREF(res);
    if (got == -1 && PyErr_Occurred()) {
        Py_DECREF(b);
        return NULL;
    }
    if (got < 0 || got > n) {
        Py_DECREF(b);
        PyErr_Format(PyExc_ValueError, "readinto returned %zd outside buffer size %zd", got, n);
        return NULL;
    }
    res = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(b), got);
    Py_DECREF(b);
    return res;
}

static PyObject *
not_implemented(PyObject *self, PyObject *args)
{
    PyErr_SetNone(PyExc_NotImplementedError);
    return NULL;
}

static PyMethodDef rawiobase_methods[] = {
    {"read", FASTCALL(rawiobase_read), NULL},
    {"readall", rawiobase_readall, METH_NOARGS, NULL},
    {"readinto", not_implemented, METH_VARARGS, NULL},
    {"write", not_implemented, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

PyTypeObject _KrIO_RawIOBase_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io._RawIOBase",
    .tp_basicsize = sizeof(kr_iobase),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Base class for raw binary I/O.",
    .tp_methods = rawiobase_methods,
    .tp_base = &_KrIO_IOBase_Type,
};

/* ====================================================================
 * _BufferedIOBase
 * ==================================================================== */

static PyObject *
bufferediobase_readinto_generic(PyObject *self, PyObject *arg, int readinto1)
{
    Py_buffer view;
    if (_KrArg_WritableBuffer(readinto1 ? "readinto1" : "readinto", arg, &view) < 0)
        return NULL;
    PyObject *data = PyObject_CallMethod(self, readinto1 ? "read1" : "read", "n", view.len);
    if (data == NULL)
        goto fail;
    if (!PyBytes_Check(data)) {
        Py_DECREF(data);
        PyErr_SetString(PyExc_TypeError, "read() should return bytes");
        goto fail;
    }
    Py_ssize_t len = PyBytes_GET_SIZE(data);
    if (len > view.len) {
        PyErr_Format(PyExc_ValueError,
                     "read() returned too much data: %zd bytes requested, %zd returned",
                     view.len, len);
        Py_DECREF(data);
        goto fail;
    }
    memcpy(view.buf, PyBytes_AS_STRING(data), len);
    PyBuffer_Release(&view);
    Py_DECREF(data);
    return PyLong_FromSsize_t(len);
fail:
    PyBuffer_Release(&view);
    return NULL;
}

static PyObject *
bufferediobase_readinto(PyObject *self, PyObject *arg)
{
    return bufferediobase_readinto_generic(self, arg, 0);
}

static PyObject *
bufferediobase_readinto1(PyObject *self, PyObject *arg)
{
    return bufferediobase_readinto_generic(self, arg, 1);
}

static PyObject *
unsupported_detach(PyObject *self, PyObject *args)
{
    return unsupported("detach");
}

static PyObject *
unsupported_read(PyObject *self, PyObject *args)
{
    return unsupported("read");
}

static PyObject *
unsupported_read1(PyObject *self, PyObject *args)
{
    return unsupported("read1");
}

static PyObject *
unsupported_readline(PyObject *self, PyObject *args)
{
    return unsupported("readline");
}

static PyObject *
unsupported_write(PyObject *self, PyObject *args)
{
    return unsupported("write");
}

static PyMethodDef bufferediobase_methods[] = {
    {"detach", unsupported_detach, METH_NOARGS, NULL},
    {"read", unsupported_read, METH_VARARGS, NULL},
    {"read1", unsupported_read1, METH_VARARGS, NULL},
    {"readinto", bufferediobase_readinto, METH_O, NULL},
    {"readinto1", bufferediobase_readinto1, METH_O, NULL},
    {"write", unsupported_write, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

PyTypeObject _KrIO_BufferedIOBase_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io._BufferedIOBase",
    .tp_basicsize = sizeof(kr_iobase),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Base class for buffered IO objects.\n\n"
              "The main difference with RawIOBase is that the read() method\n"
              "supports omitting the size argument, and does not have a default\n"
              "implementation that defers to readinto().\n\n"
              "In addition, read(), readinto() and write() may raise\n"
              "BlockingIOError if the underlying raw stream is in non-blocking\n"
              "mode and not ready; unlike their raw counterparts, they will never\n"
              "return None.\n\n"
              "A typical implementation should not inherit from a RawIOBase\n"
              "implementation, but wrap one.\n",
    .tp_methods = bufferediobase_methods,
    .tp_base = &_KrIO_IOBase_Type,
};

/* ====================================================================
 * _TextIOBase
 * ==================================================================== */

static PyMethodDef textiobase_methods[] = {
    {"detach", unsupported_detach, METH_NOARGS, NULL},
    {"read", unsupported_read, METH_VARARGS, NULL},
    {"readline", unsupported_readline, METH_VARARGS, NULL},
    {"write", unsupported_write, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyObject *
textiobase_none(PyObject *self, void *Py_UNUSED(closure))
{
    Py_RETURN_NONE;
}

static PyGetSetDef textiobase_getset[] = {
    {"encoding", textiobase_none, NULL, "Encoding of the text stream.\n\n"
     "Subclasses should override.\n", NULL},
    {"newlines", textiobase_none, NULL, "Line endings translated so far.\n\n"
     "Only line endings translated during reading are considered.\n\n"
     "Subclasses should override.\n", NULL},
    {"errors", textiobase_none, NULL, "The error setting of the decoder or encoder.\n\n"
     "Subclasses should override.\n", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _KrIO_TextIOBase_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io._TextIOBase",
    .tp_basicsize = sizeof(kr_iobase),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Base class for text I/O.\n\n"
              "This class provides a character and line based interface to stream\n"
              "I/O. There is no readinto method because Python's character strings\n"
              "are immutable.\n",
    .tp_methods = textiobase_methods,
    .tp_getset = textiobase_getset,
    .tp_base = &_KrIO_IOBase_Type,
};

int
_KrIO_ReadyBases(void)
{
    if (_KrIO_UnsupportedOperation == NULL) {
        PyObject *bases = PyTuple_Pack(2, PyExc_OSError, PyExc_ValueError);
        if (bases == NULL)
            return -1;
        _KrIO_UnsupportedOperation = PyErr_NewException("io.UnsupportedOperation", bases, NULL);
        Py_DECREF(bases);
        if (_KrIO_UnsupportedOperation == NULL)
            return -1;
    }
    PyTypeObject *types[] = {&_KrIO_IOBase_Type, &_KrIO_RawIOBase_Type,
                             &_KrIO_BufferedIOBase_Type, &_KrIO_TextIOBase_Type};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(types); i++) {
        if (PyType_Ready(types[i]) < 0)
            return -1;
    }
    return 0;
}
