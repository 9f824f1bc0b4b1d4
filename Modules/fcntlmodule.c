/* The fcntl module: fcntl(), ioctl(), flock() and lockf() on file
 * descriptors (ints or objects with fileno()).
 *
 * fcntl and ioctl take either an int argument or a buffer: with a
 * buffer the call gets a copy in a 1024-byte scratch area and the result
 * is the bytes the kernel left there, as CPython does; ioctl on a
 * writable buffer with mutate_flag writes the result back into it. */
#define _GNU_SOURCE 1 /* the Linux-only F_* and LOCK_* constants */
#include "Python.h"
#include "kr_runtime.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define SCRATCH 1024

int PyErr_CheckSignals(void);

static int
get_fd(PyObject *o, int *fd)
{
    *fd = PyObject_AsFileDescriptor(o);
    return *fd == -1 ? -1 : 0;
}

static PyObject *
fcntl_fcntl(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("fcntl", nargs, 2, 3))
        return NULL;
    int fd, code;
    if (get_fd(args[0], &fd) < 0)
        return NULL;
    long c = PyLong_AsLong(args[1]);
    if (c == -1 && PyErr_Occurred())
        return NULL;
    code = (int)c;
    PyObject *arg = nargs > 2 ? args[2] : NULL;
    /* a str (as UTF-8) or a buffer is copied in; anything else must be an int */
    if (arg != NULL && (PyUnicode_Check(arg) || PyObject_CheckBuffer(arg))) {
        char buf[SCRATCH];
        Py_ssize_t len;
        if (PyUnicode_Check(arg)) {
            const char *s = PyUnicode_AsUTF8AndSize(arg, &len);
            if (s == NULL)
                return NULL;
            if (len > SCRATCH) {
                PyErr_SetString(PyExc_ValueError, "fcntl string arg too long");
                return NULL;
            }
            memcpy(buf, s, (size_t)len);
        } else {
            Py_buffer view;
            if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
                return NULL;
            len = view.len;
            if (len > SCRATCH) {
                PyBuffer_Release(&view);
                PyErr_SetString(PyExc_ValueError, "fcntl string arg too long");
                return NULL;
            }
            memcpy(buf, view.buf, (size_t)len);
            PyBuffer_Release(&view);
        }
        int r;
        do {
            Py_BEGIN_ALLOW_THREADS
            r = fcntl(fd, code, buf);
            Py_END_ALLOW_THREADS
        } while (r == -1 && errno == EINTR && PyErr_CheckSignals() == 0);
        if (r < 0)
            return PyErr_Occurred() ? NULL : PyErr_SetFromErrno(PyExc_OSError);
        return PyBytes_FromStringAndSize(buf, len);
    }
    long iarg = 0;
    if (arg != NULL) {
        iarg = PyLong_AsLong(arg);
        if (iarg == -1 && PyErr_Occurred())
            return NULL;
    }
    int r;
    do {
        Py_BEGIN_ALLOW_THREADS
        r = fcntl(fd, code, (int)iarg);
        Py_END_ALLOW_THREADS
    } while (r == -1 && errno == EINTR && PyErr_CheckSignals() == 0);
    if (r < 0)
        return PyErr_Occurred() ? NULL : PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLong(r);
}

static PyObject *
fcntl_ioctl(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("ioctl", nargs, 2, 4))
        return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0)
        return NULL;
    unsigned long code = PyLong_AsUnsignedLongMask(args[1]);
    if (code == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    PyObject *arg = nargs > 2 ? args[2] : NULL;
    if (arg != NULL && PyUnicode_Check(arg)) {
        /* a str argument is passed as its UTF-8 bytes, read-only */
        PyObject *encoded = PyUnicode_AsUTF8String(arg);
        if (encoded == NULL)
            return NULL;
        PyObject *newargs[4] = {args[0], args[1], encoded, nargs > 3 ? args[3] : NULL};
        PyObject *res = fcntl_ioctl(module, newargs, nargs);
        Py_DECREF(encoded);
        return res;
    }
    int mutate = nargs > 3 ? PyObject_IsTrue(args[3]) : 1;
    if (mutate < 0)
        return NULL;
    if (arg != NULL && !PyLong_Check(arg)) {
        Py_buffer view;
        int writable = mutate &&
                       PyObject_GetBuffer(arg, &view, PyBUF_WRITABLE) == 0;
        if (!writable) {
            PyErr_Clear();
            if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError,
                             "ioctl() argument 3 must be an integer, a bytes-like object, "
                             "or a string, not %.100s", Py_TYPE(arg)->tp_name);
                return NULL;
            }
        }
        char buf[SCRATCH + 1];
        char *p = buf;
        Py_ssize_t len = view.len;
        if (writable && len > SCRATCH)
            p = view.buf; /* large mutable buffers are handed over directly */
        else if (len > SCRATCH) {
            PyBuffer_Release(&view);
            PyErr_SetString(PyExc_ValueError, "ioctl string arg too long");
            return NULL;
        } else {
            memcpy(buf, view.buf, (size_t)len);
            buf[len] = '\0';
        }
        int r;
        Py_BEGIN_ALLOW_THREADS
        r = ioctl(fd, code, p);
        Py_END_ALLOW_THREADS
        if (r < 0) {
            PyBuffer_Release(&view);
            return PyErr_SetFromErrno(PyExc_OSError);
        }
        if (writable) {
            if (p == buf)
                memcpy(view.buf, buf, (size_t)len);
            PyBuffer_Release(&view);
            return PyLong_FromLong(r);
        }
        PyBuffer_Release(&view);
        return PyBytes_FromStringAndSize(buf, len);
    }
    long iarg = 0;
    if (arg != NULL) {
        iarg = PyLong_AsLong(arg);
        if (iarg == -1 && PyErr_Occurred())
            return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = ioctl(fd, code, iarg);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLong(r);
}

static PyObject *
fcntl_flock(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("flock", nargs, 2, 2))
        return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0)
        return NULL;
    long op = PyLong_AsLong(args[1]);
    if (op == -1 && PyErr_Occurred())
        return NULL;
    int r;
    do {
        Py_BEGIN_ALLOW_THREADS
        r = flock(fd, (int)op);
        Py_END_ALLOW_THREADS
    } while (r == -1 && errno == EINTR && PyErr_CheckSignals() == 0);
    if (r < 0)
        return PyErr_Occurred() ? NULL : PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyObject *
fcntl_lockf(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("lockf", nargs, 2, 5))
        return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0)
        return NULL;
    long code = PyLong_AsLong(args[1]);
    if (code == -1 && PyErr_Occurred())
        return NULL;
    long long len = 0, start = 0;
    int whence = 0;
    if (nargs > 2 && ((len = PyLong_AsLongLong(args[2])) == -1 && PyErr_Occurred()))
        return NULL;
    if (nargs > 3 && ((start = PyLong_AsLongLong(args[3])) == -1 && PyErr_Occurred()))
        return NULL;
    if (nargs > 4) {
        long w = PyLong_AsLong(args[4]);
        if (w == -1 && PyErr_Occurred())
            return NULL;
        whence = (int)w;
    }
    struct flock l;
    memset(&l, 0, sizeof(l));
    if (code == LOCK_UN)
        l.l_type = F_UNLCK;
    else if (code & LOCK_SH)
        l.l_type = F_RDLCK;
    else if (code & LOCK_EX)
        l.l_type = F_WRLCK;
    else {
        PyErr_SetString(PyExc_ValueError, "unrecognized lockf argument");
        return NULL;
    }
    l.l_start = (off_t)start;
    l.l_len = (off_t)len;
    l.l_whence = (short)whence;
    int r;
    do {
        Py_BEGIN_ALLOW_THREADS
        r = fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l);
        Py_END_ALLOW_THREADS
    } while (r == -1 && errno == EINTR && PyErr_CheckSignals() == 0);
    if (r < 0)
        return PyErr_Occurred() ? NULL : PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyMethodDef fcntl_methods[] = {
    {"fcntl", (PyCFunction)(void (*)(void))fcntl_fcntl, METH_FASTCALL,
     "fcntl($module, fd, cmd, arg=0, /)\n--\n\n"
     "Perform the operation `cmd` on file descriptor fd."},
    {"ioctl", (PyCFunction)(void (*)(void))fcntl_ioctl, METH_FASTCALL,
     "ioctl($module, fd, request, arg=0, mutate_flag=True, /)\n--\n\n"
     "Perform the operation `request` on file descriptor `fd`."},
    {"flock", (PyCFunction)(void (*)(void))fcntl_flock, METH_FASTCALL,
     "flock($module, fd, operation, /)\n--\n\n"
     "Perform the lock operation `operation` on file descriptor `fd`."},
    {"lockf", (PyCFunction)(void (*)(void))fcntl_lockf, METH_FASTCALL,
     "lockf($module, fd, cmd, len=0, start=0, whence=0, /)\n--\n\n"
     "A wrapper around the fcntl() locking calls."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef fcntl_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "fcntl",
    .m_doc = "This module performs file control and I/O control on file\n"
             "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
             "routines.  File descriptors can be obtained with the fileno() method of\n"
             "a file or socket object.",
    .m_size = -1,
    .m_methods = fcntl_methods,
};

PyObject *
PyInit_fcntl(void)
{
    PyObject *m = PyModule_Create(&fcntl_module);
    if (m == NULL)
        return NULL;
#define C(name) {#name, name}
    static const struct { const char *name; long value; } consts[] = {
        C(LOCK_SH), C(LOCK_EX), C(LOCK_NB), C(LOCK_UN), C(LOCK_MAND), C(LOCK_READ),
        C(LOCK_WRITE), C(LOCK_RW),
        C(F_DUPFD), C(F_DUPFD_CLOEXEC), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL),
        C(F_GETLK), C(F_SETLK), C(F_SETLKW), C(F_GETOWN), C(F_SETOWN), C(F_GETSIG),
        C(F_SETSIG), C(F_RDLCK), C(F_WRLCK), C(F_UNLCK), C(F_GETLK64), C(F_SETLK64),
        C(F_SETLKW64), C(FD_CLOEXEC), C(F_NOTIFY), C(F_EXLCK), C(F_SHLCK), C(F_GETLEASE),
        C(F_SETLEASE), C(F_SETPIPE_SZ), C(F_GETPIPE_SZ), C(F_OFD_GETLK), C(F_OFD_SETLK),
        C(F_OFD_SETLKW), C(F_ADD_SEALS), C(F_GET_SEALS), C(F_SEAL_SEAL), C(F_SEAL_SHRINK),
        C(F_SEAL_GROW), C(F_SEAL_WRITE), C(DN_ACCESS), C(DN_MODIFY), C(DN_CREATE),
        C(DN_DELETE), C(DN_RENAME), C(DN_ATTRIB), C(DN_MULTISHOT),
        C(FASYNC),
    };
#undef C
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    return m;
}
