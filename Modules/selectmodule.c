/* The select module: select(), poll objects and epoll objects, the
 * readiness calls selectors, subprocess and asyncio build on.
 *
 * Each call releases the interpreter while it waits.  A wait cut short
 * by a signal runs the signal handlers (which may raise, e.g.
 * KeyboardInterrupt) and, if they don't, waits again for what is left of
 * the timeout (PEP 475), as CPython does.  Objects passed to select() or
 * poll.register() may be ints or anything with fileno(). */
#define _GNU_SOURCE 1 /* POLLRDHUP and POLLMSG */
#include "Python.h"
#include "kr_runtime.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

int PyErr_CheckSignals(void);

static double
now_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* A timeout argument in seconds: None is -1 (block); *ok 0 on error. */
static double
timeout_seconds(PyObject *obj, const char *msg, int *ok)
{
    *ok = 1;
    if (obj == NULL || obj == Py_None)
        return -1.0;
    double t;
    if (PyFloat_Check(obj))
        t = PyFloat_AS_DOUBLE(obj);
    else if (PyLong_Check(obj) || PyIndex_Check(obj)) {
        t = PyLong_AsDouble(obj);
        if (t == -1.0 && PyErr_Occurred()) {
            *ok = 0;
            return 0;
        }
    } else {
        PyObject *f = PyNumber_Float(obj);
        if (f == NULL) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, msg);
            *ok = 0;
            return 0;
        }
        t = PyFloat_AS_DOUBLE(f);
        Py_DECREF(f);
    }
    if (isnan(t)) {
        PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
        *ok = 0;
        return 0;
    }
    return t;
}

/* ---------------------------------------------------------------- */
/* select() */

typedef struct {
    PyObject *obj;
    int fd;
} fdpair;

/* The descriptors of one select() list, and the largest one. */
static Py_ssize_t
seq2set(PyObject *seq, fd_set *set, fdpair **pairs, int *maxfd)
{
    FD_ZERO(set);
    PyObject *fast = PySequence_Fast(seq, "arguments 1-3 must be sequences");
    if (fast == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    *pairs = PyMem_Calloc(n + 1, sizeof(fdpair));
    if (*pairs == NULL) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = PySequence_Fast_GET_ITEM(fast, i);
        int fd = PyObject_AsFileDescriptor(o);
        if (fd == -1)
            goto error;
        if (fd >= FD_SETSIZE) {
            PyErr_SetString(PyExc_ValueError, "filedescriptor out of range in select()");
            goto error;
        }
        FD_SET(fd, set);
        if (fd > *maxfd)
            *maxfd = fd;
        (*pairs)[i].obj = Py_NewRef(o);
        (*pairs)[i].fd = fd;
    }
    Py_DECREF(fast);
    return n;
error:
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF((*pairs)[i].obj);
    PyMem_Free(*pairs);
    *pairs = NULL;
    Py_DECREF(fast);
    return -1;
}

static PyObject *
set2list(fd_set *set, fdpair *pairs, Py_ssize_t n)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        if (FD_ISSET(pairs[i].fd, set) && PyList_Append(list, pairs[i].obj) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    return list;
}

static PyObject *
select_select(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("select", nargs, 3, 4))
        return NULL;
    int ok;
    double timeout = timeout_seconds(nargs > 3 ? args[3] : NULL,
                                     "timeout must be a float or None", &ok);
    if (!ok)
        return NULL;
    if (timeout < 0 && nargs > 3 && args[3] != Py_None) {
        PyErr_SetString(PyExc_ValueError, "timeout must be non-negative");
        return NULL;
    }
    fd_set sets[3];
    fdpair *pairs[3] = {NULL, NULL, NULL};
    Py_ssize_t counts[3] = {0, 0, 0};
    int maxfd = -1;
    PyObject *result = NULL;
    for (int i = 0; i < 3; i++)
        if ((counts[i] = seq2set(args[i], &sets[i], &pairs[i], &maxfd)) < 0)
            goto done;
    double deadline = timeout >= 0 ? now_monotonic() + timeout : 0;
    for (;;) {
        fd_set work[3] = {sets[0], sets[1], sets[2]};
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            double left = deadline - now_monotonic();
            if (left < 0)
                left = 0;
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
            tvp = &tv;
        }
        int n;
        Py_BEGIN_ALLOW_THREADS
        n = select(maxfd + 1, &work[0], &work[1], &work[2], tvp);
        Py_END_ALLOW_THREADS
        if (n < 0 && errno == EINTR) {
            if (PyErr_CheckSignals() < 0)
                goto done;
            continue;
        }
        if (n < 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            goto done;
        }
        PyObject *r = set2list(&work[0], pairs[0], counts[0]);
        PyObject *w = r ? set2list(&work[1], pairs[1], counts[1]) : NULL;
        PyObject *x = w ? set2list(&work[2], pairs[2], counts[2]) : NULL;
        if (x != NULL)
            result = PyTuple_Pack(3, r, w, x);
        Py_XDECREF(r);
        Py_XDECREF(w);
        Py_XDECREF(x);
        break;
    }
done:
    for (int i = 0; i < 3; i++) {
        for (Py_ssize_t j = 0; pairs[i] && j < counts[i]; j++)
            Py_XDECREF(pairs[i][j].obj);
        PyMem_Free(pairs[i]);
    }
    return result;
}

/* ---------------------------------------------------------------- */
/* poll objects: a dict fd -> events, turned into a pollfd array per call */

typedef struct {
    PyObject_HEAD
    PyObject *dict;
    int poll_running;
} pollObject;

static PyTypeObject poll_Type;

static int
event_mask(PyObject *obj, unsigned short *out)
{
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < 0 || v > USHRT_MAX) {
        PyErr_SetString(PyExc_OverflowError,
                        v < 0 ? "can't convert negative int to unsigned"
                              : "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

static PyObject *
poll_register(pollObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("register", nargs, 1, 2))
        return NULL;
    int fd = PyObject_AsFileDescriptor(args[0]);
    if (fd == -1)
        return NULL;
    unsigned short events = POLLIN | POLLPRI | POLLOUT;
    if (nargs > 1 && event_mask(args[1], &events) < 0)
        return NULL;
    PyObject *k = PyLong_FromLong(fd), *v = PyLong_FromLong(events);
    int r = (k && v) ? PyDict_SetItem(self->dict, k, v) : -1;
    Py_XDECREF(k);
    Py_XDECREF(v);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
poll_modify(pollObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("modify", nargs, 2, 2))
        return NULL;
    int fd = PyObject_AsFileDescriptor(args[0]);
    if (fd == -1)
        return NULL;
    unsigned short events;
    if (event_mask(args[1], &events) < 0)
        return NULL;
    PyObject *k = PyLong_FromLong(fd);
    if (k == NULL)
        return NULL;
    int has = PyDict_Contains(self->dict, k);
    if (has <= 0) {
        if (has == 0) {
            errno = ENOENT;
            PyErr_SetFromErrno(PyExc_OSError);
        }
        Py_DECREF(k);
        return NULL;
    }
    PyObject *v = PyLong_FromLong(events);
    int r = v ? PyDict_SetItem(self->dict, k, v) : -1;
    Py_DECREF(k);
    Py_XDECREF(v);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
poll_unregister(pollObject *self, PyObject *arg)
{
    int fd = PyObject_AsFileDescriptor(arg);
    if (fd == -1)
        return NULL;
    PyObject *k = PyLong_FromLong(fd);
    if (k == NULL)
        return NULL;
    int r = PyDict_DelItem(self->dict, k);
    Py_DECREF(k);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
poll_poll(pollObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("poll", nargs, 0, 1))
        return NULL;
    int ms = -1;
    if (nargs > 0 && args[0] != Py_None) {
        int ok;
        double t = timeout_seconds(args[0], "timeout must be an integer or None", &ok);
        if (!ok)
            return NULL;
        /* poll() takes milliseconds, rounded up as CPython does */
        double m = ceil(t);
        if (m > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        ms = m < 0 ? -1 : (int)m;
    }
    if (self->poll_running) {
        PyErr_SetString(PyExc_RuntimeError, "concurrent poll() invocation");
        return NULL;
    }
    Py_ssize_t n = PyDict_GET_SIZE(self->dict);
    struct pollfd *fds = PyMem_Calloc(n + 1, sizeof(struct pollfd));
    if (fds == NULL)
        return PyErr_NoMemory();
    Py_ssize_t pos = 0, i = 0;
    PyObject *k, *v;
    while (PyDict_Next(self->dict, &pos, &k, &v)) {
        fds[i].fd = (int)PyLong_AsLong(k);
        fds[i].events = (short)PyLong_AsLong(v);
        i++;
    }
    self->poll_running = 1;
    double deadline = ms >= 0 ? now_monotonic() + ms / 1000.0 : 0;
    int r;
    for (;;) {
        int wait = ms;
        if (ms >= 0) {
            double left = deadline - now_monotonic();
            wait = left <= 0 ? 0 : (int)ceil(left * 1000.0);
        }
        Py_BEGIN_ALLOW_THREADS
        r = poll(fds, (nfds_t)n, wait);
        Py_END_ALLOW_THREADS
        if (r < 0 && errno == EINTR) {
            if (PyErr_CheckSignals() < 0)
                break;
            continue;
        }
        if (r < 0)
            PyErr_SetFromErrno(PyExc_OSError);
        break;
    }
    self->poll_running = 0;
    PyObject *list = NULL;
    if (r < 0 || PyErr_Occurred())
        goto done;
    list = PyList_New(0);
    for (i = 0; list && i < n; i++) {
        if (fds[i].revents == 0)
            continue;
        PyObject *t = Py_BuildValue("(ii)", fds[i].fd, fds[i].revents & 0xffff);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_CLEAR(list);
            break;
        }
        Py_DECREF(t);
    }
done:
    PyMem_Free(fds);
    return list;
}

static void
poll_dealloc(pollObject *self)
{
    Py_XDECREF(self->dict);
    PyObject_Free(self);
}

static PyMethodDef poll_methods[] = {
    {"register", (PyCFunction)(void (*)(void))poll_register, METH_FASTCALL,
     "register($self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)\n--\n\n"
     "Register a file descriptor with the polling object."},
    {"modify", (PyCFunction)(void (*)(void))poll_modify, METH_FASTCALL,
     "modify($self, fd, eventmask, /)\n--\n\nModify an already registered file descriptor."},
    {"unregister", (PyCFunction)poll_unregister, METH_O,
     "unregister($self, fd, /)\n--\n\nRemove a file descriptor being tracked by the polling object."},
    {"poll", (PyCFunction)(void (*)(void))poll_poll, METH_FASTCALL,
     "poll($self, timeout=None, /)\n--\n\nPolls the set of registered file descriptors."},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject poll_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "select.poll",
    .tp_basicsize = sizeof(pollObject),
    .tp_dealloc = (destructor)poll_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = poll_methods,
};

static PyObject *
select_poll(PyObject *module, PyObject *unused)
{
    pollObject *self = PyObject_New(pollObject, &poll_Type);
    if (self == NULL)
        return NULL;
    self->poll_running = 0;
    self->dict = PyDict_New();
    if (self->dict == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* ---------------------------------------------------------------- */
/* epoll objects */

typedef struct {
    PyObject_HEAD
    int epfd;
} pyEpoll_Object;

static PyTypeObject pyEpoll_Type;

static PyObject *
epoll_err_closed(void)
{
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed epoll object");
    return NULL;
}

static PyObject *
new_epoll_object(PyTypeObject *type, int sizehint, int fd)
{
    pyEpoll_Object *self = (pyEpoll_Object *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    if (fd == -1) {
        Py_BEGIN_ALLOW_THREADS
        self->epfd = epoll_create1(EPOLL_CLOEXEC);
        Py_END_ALLOW_THREADS
        if (self->epfd < 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            Py_DECREF(self);
            return NULL;
        }
    } else {
        self->epfd = fd;
    }
    return (PyObject *)self;
}

static PyObject *
epoll_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"sizehint", "flags", NULL};
    int sizehint = -1, flags = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|ii:epoll", kwlist, &sizehint, &flags))
        return NULL;
    if (sizehint == 0 || sizehint < -1) {
        PyErr_SetString(PyExc_ValueError, "negative sizehint");
        return NULL;
    }
    return new_epoll_object(type, sizehint, -1);
}

static void
epoll_dealloc(pyEpoll_Object *self)
{
    if (self->epfd >= 0)
        close(self->epfd);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
epoll_close(pyEpoll_Object *self, PyObject *unused)
{
    if (self->epfd >= 0) {
        int fd = self->epfd;
        self->epfd = -1;
        if (close(fd) < 0)
            return PyErr_SetFromErrno(PyExc_OSError);
    }
    Py_RETURN_NONE;
}

static PyObject *
epoll_get_closed(pyEpoll_Object *self, void *closure)
{
    return PyBool_FromLong(self->epfd < 0);
}

static PyObject *
epoll_fileno(pyEpoll_Object *self, PyObject *unused)
{
    if (self->epfd < 0)
        return epoll_err_closed();
    return PyLong_FromLong(self->epfd);
}

static PyObject *
epoll_fromfd(PyObject *cls, PyObject *arg)
{
    int fd = (int)PyLong_AsLong(arg);
    if (fd == -1 && PyErr_Occurred())
        return NULL;
    return new_epoll_object((PyTypeObject *)cls, -1, fd);
}

static PyObject *
epoll_ctl_call(pyEpoll_Object *self, int op, PyObject *fdobj, unsigned int events)
{
    if (self->epfd < 0)
        return epoll_err_closed();
    int fd = PyObject_AsFileDescriptor(fdobj);
    if (fd == -1)
        return NULL;
    struct epoll_event ev;
    memset(&ev, 0, sizeof(ev));
    ev.events = events;
    ev.data.fd = fd;
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = epoll_ctl(self->epfd, op, fd, &ev);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyObject *
epoll_register(pyEpoll_Object *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"fd", "eventmask", NULL};
    PyObject *fd;
    unsigned int events = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|I:register", kwlist, &fd, &events))
        return NULL;
    return epoll_ctl_call(self, EPOLL_CTL_ADD, fd, events);
}

static PyObject *
epoll_modify(pyEpoll_Object *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"fd", "eventmask", NULL};
    PyObject *fd;
    unsigned int events;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OI:modify", kwlist, &fd, &events))
        return NULL;
    return epoll_ctl_call(self, EPOLL_CTL_MOD, fd, events);
}

static PyObject *
epoll_unregister(pyEpoll_Object *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"fd", NULL};
    PyObject *fd;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:unregister", kwlist, &fd))
        return NULL;
    return epoll_ctl_call(self, EPOLL_CTL_DEL, fd, 0);
}

static PyObject *
epoll_poll(pyEpoll_Object *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"timeout", "maxevents", NULL};
    PyObject *timeout_obj = Py_None;
    int maxevents = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Oi:poll", kwlist, &timeout_obj, &maxevents))
        return NULL;
    if (self->epfd < 0)
        return epoll_err_closed();
    int ok;
    double t = timeout_seconds(timeout_obj, "timeout must be an integer or None", &ok);
    if (!ok)
        return NULL;
    if (maxevents == -1)
        maxevents = FD_SETSIZE - 1;
    else if (maxevents < 1) {
        PyErr_Format(PyExc_ValueError, "maxevents must be greater than 0, got %d", maxevents);
        return NULL;
    }
    struct epoll_event *evs = PyMem_Calloc((size_t)maxevents, sizeof(struct epoll_event));
    if (evs == NULL)
        return PyErr_NoMemory();
    double deadline = t >= 0 ? now_monotonic() + t : 0;
    int n;
    for (;;) {
        int ms = -1;
        if (t >= 0) {
            double left = deadline - now_monotonic();
            ms = left <= 0 ? 0 : (int)ceil(left * 1000.0);
        }
        Py_BEGIN_ALLOW_THREADS
        n = epoll_wait(self->epfd, evs, maxevents, ms);
        Py_END_ALLOW_THREADS
        if (n < 0 && errno == EINTR) {
            if (PyErr_CheckSignals() < 0) {
                PyMem_Free(evs);
                return NULL;
            }
            continue;
        }
        break;
    }
    if (n < 0) {
        PyMem_Free(evs);
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    PyObject *list = PyList_New(n);
    for (int i = 0; list && i < n; i++) {
        PyObject *e = Py_BuildValue("(iI)", evs[i].data.fd, evs[i].events);
        if (e == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, i, e);
    }
    PyMem_Free(evs);
    return list;
}

static PyObject *
epoll_enter(pyEpoll_Object *self, PyObject *unused)
{
    if (self->epfd < 0)
        return epoll_err_closed();
    return Py_NewRef((PyObject *)self);
}

static PyObject *
epoll_exit(pyEpoll_Object *self, PyObject *args)
{
    return epoll_close(self, NULL);
}

static PyMethodDef epoll_methods[] = {
    {"fromfd", (PyCFunction)epoll_fromfd, METH_O | METH_CLASS,
     "fromfd($type, fd, /)\n--\n\nCreate an epoll object from a given control fd."},
    {"close", (PyCFunction)epoll_close, METH_NOARGS,
     "close($self, /)\n--\n\nClose the epoll control file descriptor."},
    {"fileno", (PyCFunction)epoll_fileno, METH_NOARGS,
     "fileno($self, /)\n--\n\nReturn the epoll control file descriptor."},
    {"modify", (PyCFunction)(void (*)(void))epoll_modify, METH_VARARGS | METH_KEYWORDS,
     "modify($self, /, fd, eventmask)\n--\n\nModify event mask for a registered file descriptor."},
    {"register", (PyCFunction)(void (*)(void))epoll_register, METH_VARARGS | METH_KEYWORDS,
     "register($self, /, fd, eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)\n--\n\n"
     "Registers a new fd or raises an OSError if the fd is already registered."},
    {"unregister", (PyCFunction)(void (*)(void))epoll_unregister, METH_VARARGS | METH_KEYWORDS,
     "unregister($self, /, fd)\n--\n\nRemove a registered file descriptor from the epoll object."},
    {"poll", (PyCFunction)(void (*)(void))epoll_poll, METH_VARARGS | METH_KEYWORDS,
     "poll($self, /, timeout=None, maxevents=-1)\n--\n\nWait for events on the epoll file descriptor."},
    {"__enter__", (PyCFunction)epoll_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)epoll_exit, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef epoll_getset[] = {
    {"closed", (getter)epoll_get_closed, NULL, "True if the epoll handler is closed", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject pyEpoll_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "select.epoll",
    .tp_basicsize = sizeof(pyEpoll_Object),
    .tp_dealloc = (destructor)epoll_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object",
    .tp_methods = epoll_methods,
    .tp_getset = epoll_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = epoll_tp_new,
};

/* ---------------------------------------------------------------- */

static PyMethodDef select_methods[] = {
    {"select", (PyCFunction)(void (*)(void))select_select, METH_FASTCALL,
     "select($module, rlist, wlist, xlist, timeout=None, /)\n--\n\n"
     "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", select_poll, METH_NOARGS,
     "poll($module, /)\n--\n\nReturns a polling object."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef select_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "select",
    .m_doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n"
             "*** IMPORTANT NOTICE ***\n"
             "On Windows, only sockets are supported; on Unix, all file descriptors.",
    .m_size = -1,
    .m_methods = select_methods,
};

PyObject *
PyInit_select(void)
{
    if (PyType_Ready(&poll_Type) < 0 || PyType_Ready(&pyEpoll_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&select_module);
    if (m == NULL)
        return NULL;
    static const struct { const char *name; long value; } consts[] = {
        {"PIPE_BUF", PIPE_BUF},
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT},
        {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL},
        {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
        {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
        {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
        {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI},
        {"EPOLLERR", EPOLLERR}, {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", EPOLLET},
        {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
        {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM},
        {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM},
        {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
        {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    };
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0)
            goto error;
    if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "epoll", (PyObject *)&pyEpoll_Type) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
