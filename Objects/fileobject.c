/* Writing objects to files as the runtime does it (print, the
 * traceback printer, sys.displayhook): str() or repr() of the object
 * handed to the file's write() method.  When the file is one of Krait's
 * own text files the write goes straight to its buffer without a method
 * call (Modules/fileio.c), which is what keeps print() cheap. */
#include "Python.h"
#include "kr_runtime.h"
#include <unistd.h>

const char *Py_FileSystemDefaultEncoding = "utf-8";

int
PyFile_WriteObject(PyObject *v, PyObject *f, int flags)
{
    if (f == NULL) {
        PyErr_SetString(PyExc_TypeError, "writeobject with NULL file");
        return -1;
    }
    PyObject *value;
    if ((flags & Py_PRINT_RAW) && PyUnicode_CheckExact(v))
        value = Py_NewRef(v);
    else
        value = (flags & Py_PRINT_RAW) ? PyObject_Str(v) : PyObject_Repr(v);
    if (value == NULL)
        return -1;
    int r = _KrIO_WriteText(f, value);
    if (r != -2) {
        Py_DECREF(value);
        return r < 0 ? -1 : 0;
    }
    PyObject *result = PyObject_CallMethodOneArg(f, _Py_ID(write), value);
    Py_DECREF(value);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

int
PyFile_WriteString(const char *s, PyObject *f)
{
    if (f == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "null file for PyFile_WriteString");
        return -1;
    }
    if (PyErr_Occurred())
        return -1;
    PyObject *v = PyUnicode_FromString(s);
    if (v == NULL)
        return -1;
    int err = PyFile_WriteObject(v, f, Py_PRINT_RAW);
    Py_DECREF(v);
    return err;
}

PyObject *
PyFile_GetLine(PyObject *f, int n)
{
    if (f == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *result = n <= 0 ? PyObject_CallMethod(f, "readline", NULL)
                              : PyObject_CallMethod(f, "readline", "i", n);
    if (result != NULL && !PyBytes_Check(result) && !PyUnicode_Check(result)) {
        Py_DECREF(result);
        PyErr_SetString(PyExc_TypeError, "object.readline() returned non-string");
        return NULL;
    }
    if (n < 0 && result != NULL) {
        Py_ssize_t len = PyUnicode_Check(result) ? PyUnicode_GET_LENGTH(result)
                                                 : PyBytes_GET_SIZE(result);
        if (len == 0) {
            Py_DECREF(result);
            PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
            return NULL;
        }
        int last_nl = PyUnicode_Check(result)
                          ? PyUnicode_READ_CHAR(result, len - 1) == '\n'
                          : PyBytes_AS_STRING(result)[len - 1] == '\n';
        if (last_nl) {
            PyObject *v = PyUnicode_Check(result)
                              ? PyUnicode_Substring(result, 0, len - 1)
                              : PyBytes_FromStringAndSize(PyBytes_AS_STRING(result), len - 1);
            Py_DECREF(result);
            result = v;
        }
    }
    return result;
}

PyObject *
PyFile_FromFd(int fd, const char *name, const char *mode, int buffering, const char *encoding,
              const char *errors, const char *newline, int closefd)
{
    PyObject *fdobj = PyLong_FromLong(fd);
    if (fdobj == NULL)
        return NULL;
    PyObject *f = _KrIO_Open(fdobj, mode, buffering, encoding, errors, newline, closefd);
    Py_DECREF(fdobj);
    return f;
}

int
PyObject_AsFileDescriptor(PyObject *o)
{
    int fd;
    if (PyLong_Check(o)) {
        long v = PyLong_AsLong(o);
        if (v == -1 && PyErr_Occurred())
            return -1;
        fd = (int)v;
    } else {
        PyObject *meth;
        if (_PyObject_LookupAttr(o, _Py_ID(fileno), &meth) < 0)
            return -1;
        if (meth == NULL) {
            PyErr_SetString(PyExc_TypeError,
                            "argument must be an int, or have a fileno() method.");
            return -1;
        }
        PyObject *fno = PyObject_CallNoArgs(meth);
        Py_DECREF(meth);
        if (fno == NULL)
            return -1;
        if (!PyLong_Check(fno)) {
            PyErr_SetString(PyExc_TypeError, "fileno() returned a non-integer");
            Py_DECREF(fno);
            return -1;
        }
        long v = PyLong_AsLong(fno);
        Py_DECREF(fno);
        if (v == -1 && PyErr_Occurred())
            return -1;
        fd = (int)v;
    }
    if (fd < 0) {
        PyErr_Format(PyExc_ValueError,
                     "file descriptor cannot be a negative integer (%i)", fd);
        return -1;
    }
    return fd;
}
