/* _multiprocessing.SemLock: a lock or counting semaphore shared between
 * processes, on a POSIX named semaphore.
 *
 * Why a named semaphore: multiprocessing.synchronize makes one with a
 * random name, and a process that needs it later opens it by that name
 * (_rebuild), whatever way it was started; a child made by fork() simply
 * keeps using the mapping it inherited.  The creator usually unlinks the
 * name at once (unlink=True) so that nothing is left behind if it dies;
 * then only forked children can share it, and `name` is None.
 *
 * The kernel object only counts.  Who holds it is bookkeeping done here,
 * per process: `count` is how many times this process acquired it and
 * has not released it yet, `last_tid` the thread that last acquired it.
 * A RECURSIVE_MUTEX uses them for recursion (the owning thread acquires
 * again without touching the semaphore) and to refuse a release from a
 * thread that does not own it.  After fork() the child's copy of the
 * count describes the parent, so multiprocessing calls _after_fork() to
 * clear it.
 *
 * Waiting: a first sem_trywait() keeps the interpreter; only if that
 * fails does acquire() release the GIL and block in sem_wait() or, with a
 * timeout, sem_timedwait() (which takes an absolute time on the realtime
 * clock).  Signal handlers are installed without SA_RESTART, and sem_wait
 * is never restarted anyway, so a signal ends the wait with EINTR; the
 * Python handlers then run, and if one raises (KeyboardInterrupt) acquire
 * raises it, otherwise the wait goes on until the same deadline.
 *
 * release() of a SEMAPHORE refuses to go past maxvalue, with the check
 * and the post being two steps: that is CPython's documented behaviour
 * too (a best effort, not a guarantee under races). */
#include "multiprocessing.h"
#include "structmember.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <string.h>
#include <time.h>

typedef struct {
    PyObject_HEAD
    sem_t *handle;
    unsigned long last_tid; /* thread that last acquired it (in this process) */
    int count;              /* acquisitions by this process not yet released */
    int maxvalue;
    int kind;
    char *name;             /* NULL once unlinked at creation */
} SemLockObject;

#define ISMINE(o) ((o)->count > 0 && PyThread_get_thread_ident() == (o)->last_tid)

static PyObject *
semlock_wrap(PyTypeObject *type, sem_t *handle, int kind, int maxvalue, char *name)
{
    SemLockObject *self = (SemLockObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->handle = handle;
    self->kind = kind;
    self->count = 0;
    self->last_tid = 0;
    self->maxvalue = maxvalue;
    self->name = name;
    return (PyObject *)self;
}

static char *
copy_name(const char *name)
{
    size_t n = strlen(name) + 1;
    char *copy = PyMem_Malloc(n);
    if (copy == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(copy, name, n);
    return copy;
}

static PyObject *
semlock_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"kind", "value", "maxvalue", "name", "unlink", NULL};
    int kind, value, maxvalue, unlink;
    const char *name;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "iiisi:SemLock", kwlist, &kind, &value,
                                     &maxvalue, &name, &unlink))
        return NULL;
    if (kind != KR_MP_RECURSIVE_MUTEX && kind != KR_MP_SEMAPHORE) {
        PyErr_SetString(PyExc_ValueError, "unrecognized kind");
        return NULL;
    }
    char *name_copy = NULL;
    if (!unlink && (name_copy = copy_name(name)) == NULL)
        return NULL;
    /* O_EXCL: the name is fresh by design; finding it means a collision,
     * and synchronize.py retries with another name on FileExistsError */
    sem_t *handle = sem_open(name, O_CREAT | O_EXCL, 0600, (unsigned)value);
    if (handle == SEM_FAILED)
        goto error;
    if (unlink && sem_unlink(name) < 0)
        goto error;
    PyObject *result = semlock_wrap(type, handle, kind, maxvalue, name_copy);
    if (result == NULL)
        goto error_set;
    return result;
error:
    PyErr_SetFromErrno(PyExc_OSError);
error_set:
    if (handle != SEM_FAILED)
        sem_close(handle);
    PyMem_Free(name_copy);
    return NULL;
}

static void
semlock_dealloc(PyObject *op)
{
    SemLockObject *self = (SemLockObject *)op;
    if (self->handle != SEM_FAILED && self->handle != NULL)
        sem_close(self->handle);
    PyMem_Free(self->name);
    Py_TYPE(op)->tp_free(op);
}

/* Add `timeout` seconds to the realtime clock, for sem_timedwait.  A
 * negative timeout means do not wait, as in CPython. */
static void
deadline_after(double timeout, struct timespec *deadline)
{
    if (!(timeout >= 0.0)) /* NaN too */
        timeout = 0.0;
    clock_gettime(CLOCK_REALTIME, deadline);
    /* clamp absurd timeouts instead of overflowing time_t */
    double limit = (double)(LLONG_MAX / 2) / 1e9;
    if (timeout > limit)
        timeout = limit;
    long long sec = (long long)timeout;
    long long nsec = (long long)((timeout - (double)sec) * 1e9);
    deadline->tv_sec += (time_t)sec;
    deadline->tv_nsec += (long)nsec;
    if (deadline->tv_nsec >= 1000000000L) {
        deadline->tv_sec += 1;
        deadline->tv_nsec -= 1000000000L;
    }
}

static PyObject *
semlock_acquire(PyObject *op, PyObject *args, PyObject *kwds)
{
    SemLockObject *self = (SemLockObject *)op;
    static char *kwlist[] = {"block", "timeout", NULL};
    int blocking = 1;
    PyObject *timeout_obj = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|iO:acquire", kwlist, &blocking,
                                     &timeout_obj))
        return NULL;

    if (self->kind == KR_MP_RECURSIVE_MUTEX && ISMINE(self)) {
        self->count++;
        Py_RETURN_TRUE;
    }

    int use_deadline = 0;
    struct timespec deadline = {0, 0};
    if (timeout_obj != Py_None) {
        double timeout = PyFloat_AsDouble(timeout_obj);
        if (timeout == -1.0 && PyErr_Occurred())
            return NULL;
        deadline_after(timeout, &deadline);
        use_deadline = 1;
    }

    /* without giving up the interpreter first: the common, free case */
    int res, err;
    do {
        res = sem_trywait(self->handle);
        err = errno;
    } while (res < 0 && err == EINTR && PyErr_CheckSignals() == 0);
    if (res < 0 && err == EINTR)
        return NULL;  /* a handler raised */

    if (res < 0 && err == EAGAIN && blocking) {
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
            res = use_deadline ? sem_timedwait(self->handle, &deadline)
                               : sem_wait(self->handle);
            err = errno;
            Py_END_ALLOW_THREADS
            if (res == 0 || err != EINTR)
                break;
            if (PyErr_CheckSignals() < 0)
                return NULL;
        }
    }

    if (res < 0) {
        if (err == EAGAIN || err == ETIMEDOUT)
            Py_RETURN_FALSE;
        errno = err;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    self->count++;
    self->last_tid = PyThread_get_thread_ident();
    Py_RETURN_TRUE;
}

static PyObject *
semlock_release(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    SemLockObject *self = (SemLockObject *)op;
    if (self->kind == KR_MP_RECURSIVE_MUTEX) {
        if (!ISMINE(self)) {
            PyErr_SetString(PyExc_AssertionError,
                            "attempt to release recursive lock not owned by thread");
            return NULL;
        }
        if (self->count > 1) {
            /* an inner level of recursion: the semaphore stays taken */
            self->count--;
            Py_RETURN_NONE;
        }
    }
    else {
        int sval;
        if (sem_getvalue(self->handle, &sval) < 0)
            return PyErr_SetFromErrno(PyExc_OSError);
        if (sval >= self->maxvalue) {
            PyErr_SetString(PyExc_ValueError, "semaphore or lock released too many times");
            return NULL;
        }
    }
    if (sem_post(self->handle) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    self->count--;
    Py_RETURN_NONE;
}

static PyObject *
semlock_enter(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    PyObject *noargs = PyTuple_New(0);
    if (noargs == NULL)
        return NULL;
    PyObject *r = semlock_acquire(op, noargs, NULL);
    Py_DECREF(noargs);
    return r;
}

static PyObject *
semlock_exit(PyObject *op, PyObject *args)
{
    PyObject *a = Py_None, *b = Py_None, *c = Py_None;
    if (!PyArg_UnpackTuple(args, "__exit__", 0, 3, &a, &b, &c))
        return NULL;
    return semlock_release(op, NULL);
}

/* _rebuild(handle, kind, maxvalue, name): the other end of pickling a
 * SemLock for a child.  A named semaphore is opened again by name (the
 * handle is an address in the parent); an unnamed one can only have come
 * through fork(), where the parent's address is valid as it is. */
static PyObject *
semlock_rebuild(PyObject *cls, PyObject *args)
{
    PyObject *handle_obj;
    int kind, maxvalue;
    const char *name;
    if (!PyArg_ParseTuple(args, "Oiiz:_rebuild", &handle_obj, &kind, &maxvalue, &name))
        return NULL;
    sem_t *handle = (sem_t *)PyLong_AsVoidPtr(handle_obj);
    if (handle == NULL && PyErr_Occurred())
        return NULL;
    char *name_copy = NULL;
    if (name != NULL) {
        if ((name_copy = copy_name(name)) == NULL)
            return NULL;
        handle = sem_open(name, 0);
        if (handle == SEM_FAILED) {
            PyErr_SetFromErrno(PyExc_OSError);
            PyMem_Free(name_copy);
            return NULL;
        }
    }
    PyObject *result = semlock_wrap((PyTypeObject *)cls, handle, kind, maxvalue, name_copy);
    if (result == NULL) {
        if (name != NULL)
            sem_close(handle);
        PyMem_Free(name_copy);
    }
    return result;
}

static PyObject *
semlock_after_fork(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    /* the child holds nothing, whatever the parent's count said */
    ((SemLockObject *)op)->count = 0;
    Py_RETURN_NONE;
}

static PyObject *
semlock_count(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(((SemLockObject *)op)->count);
}

static PyObject *
semlock_is_mine(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    return PyBool_FromLong(ISMINE((SemLockObject *)op));
}

static PyObject *
semlock_get_value(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    int sval;
    if (sem_getvalue(((SemLockObject *)op)->handle, &sval) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    /* POSIX lets a semaphore with waiters report minus their number */
    if (sval < 0)
        sval = 0;
    return PyLong_FromLong(sval);
}

static PyObject *
semlock_is_zero(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    int sval;
    if (sem_getvalue(((SemLockObject *)op)->handle, &sval) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyBool_FromLong(sval <= 0);
}

static PyObject *
semlock_get_handle(PyObject *op, void *Py_UNUSED(closure))
{
    return PyLong_FromVoidPtr(((SemLockObject *)op)->handle);
}

static PyObject *
semlock_get_name(PyObject *op, void *Py_UNUSED(closure))
{
    SemLockObject *self = (SemLockObject *)op;
    if (self->name == NULL)
        Py_RETURN_NONE;
    return PyUnicode_DecodeFSDefault(self->name);
}

static PyMethodDef semlock_methods[] = {
    {"acquire", (PyCFunction)(void (*)(void))semlock_acquire, METH_VARARGS | METH_KEYWORDS,
     "acquire($self, /, block=True, timeout=None)\n--\n\nAcquire the semaphore/lock."},
    {"release", semlock_release, METH_NOARGS,
     "release($self, /)\n--\n\nRelease the semaphore/lock."},
    {"__enter__", semlock_enter, METH_NOARGS,
     "__enter__($self, /)\n--\n\nEnter the semaphore/lock."},
    {"__exit__", semlock_exit, METH_VARARGS,
     "__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)\n--\n\n"
     "Exit the semaphore/lock."},
    {"_count", semlock_count, METH_NOARGS,
     "_count($self, /)\n--\n\nNum of `acquire()`s minus num of `release()`s for this process."},
    {"_is_mine", semlock_is_mine, METH_NOARGS,
     "_is_mine($self, /)\n--\n\nWhether the lock is owned by this thread."},
    {"_get_value", semlock_get_value, METH_NOARGS,
     "_get_value($self, /)\n--\n\nGet the value of the semaphore."},
    {"_is_zero", semlock_is_zero, METH_NOARGS,
     "_is_zero($self, /)\n--\n\nReturn whether semaphore has value zero."},
    {"_rebuild", semlock_rebuild, METH_VARARGS | METH_CLASS,
     "_rebuild($type, handle, kind, maxvalue, name, /)\n--\n\n"},
    {"_after_fork", semlock_after_fork, METH_NOARGS,
     "_after_fork($self, /)\n--\n\nRezero the net acquisition count after fork()."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef semlock_members[] = {
    {"kind", T_INT, offsetof(SemLockObject, kind), READONLY, ""},
    {"maxvalue", T_INT, offsetof(SemLockObject, maxvalue), READONLY, ""},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef semlock_getset[] = {
    {"handle", semlock_get_handle, NULL, "", NULL},
    {"name", semlock_get_name, NULL, "", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _KrMp_SemLockType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_multiprocessing.SemLock",
    .tp_basicsize = sizeof(SemLockObject),
    .tp_dealloc = semlock_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Semaphore/Mutex type",
    .tp_methods = semlock_methods,
    .tp_members = semlock_members,
    .tp_getset = semlock_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = semlock_new,
    .tp_free = PyObject_Free,
};

/* SEM_VALUE_MAX goes into the type's dict once it is ready; called by the
 * module's init. */
int
_KrMp_SemLockAddConstants(void)
{
    PyObject *v = PyLong_FromLong(SEM_VALUE_MAX);
    if (v == NULL)
        return -1;
    int r = PyDict_SetItemString(_KrMp_SemLockType.tp_dict, "SEM_VALUE_MAX", v);
    Py_DECREF(v);
    PyType_Modified(&_KrMp_SemLockType);
    return r;
}
