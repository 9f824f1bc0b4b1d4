/* The _thread module: starting threads, locks, thread identity and
 * thread-local data.  threading.py is built on it.
 *
 * Locks are real OS locks (Python/runtime/thread.c), not flags: a
 * blocking acquire releases the interpreter while it waits
 * (Py_BEGIN_ALLOW_THREADS), and a signal arriving meanwhile makes the
 * wait return so that the handlers run; if one raises (Ctrl-C's
 * KeyboardInterrupt), acquire() raises it, otherwise the wait goes on for
 * the time that is left.  That is how CPython's locks behave, and it is
 * what makes `lock.acquire(timeout=...)` and Ctrl-C work even in a
 * single-threaded program that waits on a lock it holds itself.
 *
 * start_new_thread makes the new thread's state while it still holds the
 * GIL, so the thread is known (sys._current_frames) before it runs; the
 * thread binds the state to itself, takes the GIL (Python/runtime/gil.c)
 * and calls the function.  An exception other than SystemExit goes to
 * sys.unraisablehook, as CPython's "Exception ignored in thread started
 * by" shows.  When the function returns, the state is cleared with the
 * GIL held and deleted as the GIL is let go; deleting it releases the
 * sentinel lock of _set_sentinel(), which is what threading's join()
 * waits for.  _count() counts the threads started here still running.
 *
 * _local: each local object has a key, a str unique to it.  A thread's
 * data for the object is found through the thread state's dict
 * (PyThreadState_GetDict) under that key, whose value is a small "dummy"
 * object; the local object maps a weak reference to each dummy to that
 * thread's dict.  So when a thread ends, its state's dict goes, the dummy
 * dies and the weak reference's callback removes the thread's dict from
 * the local object; when the local object dies first, it removes its key
 * from every thread state.  Neither side keeps the other alive, and
 * cycles through a thread's data stay collectable.  A thread that first
 * touches a local object gets a fresh dict, and the object's __init__ (of
 * a subclass) runs again for it with the original arguments, as in
 * CPython. */
#include "Python.h"
#include "structmember.h"
#include "kr_init.h"
#include <signal.h>
#include <time.h>

static PyTypeObject Lock_Type;
static PyTypeObject RLock_Type;
static PyTypeObject Local_Type;
static PyTypeObject LocalDummy_Type;
static PyTypeObject ExceptHookArgs_Type;

#define NS_PER_SEC 1000000000LL

/* ====================== timeouts ====================== */

static int
timestamp_overflow(void)
{
    PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
}

/* Seconds (int, float, or anything with __index__) to nanoseconds,
 * rounded away from zero so that a tiny timeout never becomes 0 (which
 * would mean "don't wait"), with CPython's messages. */
static int
seconds_to_ns(PyObject *obj, long long *ns)
{
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        volatile double x = d * 1e9; /* volatile: keep the product rounded to a double */
        double r = x >= 0 ? ceil(x) : floor(x);
        if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0))
            return timestamp_overflow();
        *ns = (long long)r;
        return 0;
    }
    long long sec = PyLong_AsLongLong(obj);
    if (sec == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            return timestamp_overflow();
        }
        return -1;
    }
    if (sec > LLONG_MAX / NS_PER_SEC || sec < LLONG_MIN / NS_PER_SEC)
        return timestamp_overflow();
    *ns = sec * NS_PER_SEC;
    return 0;
}

#define UNSET_TIMEOUT (-NS_PER_SEC) /* timeout=-1: wait forever */

/* acquire(blocking=True, timeout=-1) of Lock and RLock.  *timeout_ns is
 * 0 for a non-blocking call, negative to wait forever. */
static int
acquire_parse_args(PyObject *args, PyObject *kwds, long long *timeout_ns)
{
    static char *kwlist[] = {"blocking", "timeout", NULL};
    int blocking = 1;
    PyObject *timeout_obj = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|iO:acquire", kwlist, &blocking, &timeout_obj))
        return -1;
    long long t = UNSET_TIMEOUT;
    if (timeout_obj != NULL && seconds_to_ns(timeout_obj, &t) < 0)
        return -1;
    if (!blocking && t != UNSET_TIMEOUT) {
        PyErr_SetString(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != UNSET_TIMEOUT) {
        PyErr_SetString(PyExc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (!blocking)
        t = 0;
    else if (t != UNSET_TIMEOUT && t / 1000 >= PY_TIMEOUT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "timeout value is too large");
        return -1;
    }
    *timeout_ns = t;
    return 0;
}

static long long
monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* Acquire `lock`, waiting at most timeout_ns (negative: forever).  A
 * first try does not release the interpreter: an uncontended lock costs
 * no thread switch.  PY_LOCK_INTR means a signal handler raised, and the
 * exception is set. */
static PyLockStatus
acquire_timed(PyThread_type_lock lock, long long timeout_ns)
{
    long long deadline = 0;
    if (timeout_ns > 0) {
        long long start = monotonic_ns();
        /* a timeout near TIMEOUT_MAX must not overflow the deadline */
        deadline = timeout_ns > LLONG_MAX - start ? LLONG_MAX : start + timeout_ns;
    }
    PyLockStatus r = PyThread_acquire_lock_timed(lock, 0, 0);
    while (r == PY_LOCK_FAILURE && timeout_ns != 0) {
        /* microseconds rounded up: a wait never ends early */
        PY_TIMEOUT_T us = timeout_ns < 0 ? -1 : timeout_ns / 1000 + (timeout_ns % 1000 != 0);
        Py_BEGIN_ALLOW_THREADS
        r = PyThread_acquire_lock_timed(lock, us, 1);
        Py_END_ALLOW_THREADS
        if (r != PY_LOCK_INTR)
            break;
        /* the handlers run now, and may raise */
        if (Py_MakePendingCalls() < 0)
            return PY_LOCK_INTR;
        r = PY_LOCK_FAILURE;
        if (timeout_ns > 0) {
            timeout_ns = deadline - monotonic_ns();
            if (timeout_ns <= 0)
                break;
        }
        /* try once more without waiting: a handler may have released it */
        r = PyThread_acquire_lock_timed(lock, 0, 0);
    }
    return r;
}

/* ====================== lock ====================== */

typedef struct {
    PyObject_HEAD
    PyThread_type_lock lock_lock;
    PyObject *in_weakreflist;
    char locked; /* for release() and repr; the OS lock has no query */
} lockobject;

static lockobject *
newlockobject(void)
{
    lockobject *self = PyObject_New(lockobject, &Lock_Type);
    if (self == NULL)
        return NULL;
    self->in_weakreflist = NULL;
    self->locked = 0;
    self->lock_lock = PyThread_allocate_lock();
    if (self->lock_lock == NULL) {
        Py_DECREF(self);
        PyErr_SetString(PyExc_RuntimeError, "can't allocate lock");
        return NULL;
    }
    return self;
}

static void
lock_dealloc(PyObject *op)
{
    lockobject *self = (lockobject *)op;
    if (self->in_weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    if (self->lock_lock != NULL) {
        /* a semaphore may be destroyed only when nobody waits on it */
        if (self->locked)
            PyThread_release_lock(self->lock_lock);
        PyThread_free_lock(self->lock_lock);
    }
    PyObject_Free(op);
}

static PyObject *
lock_acquire(PyObject *op, PyObject *args, PyObject *kwds)
{
    lockobject *self = (lockobject *)op;
    long long timeout;
    if (acquire_parse_args(args, kwds, &timeout) < 0)
        return NULL;
    PyLockStatus r = acquire_timed(self->lock_lock, timeout);
    if (r == PY_LOCK_INTR)
        return NULL;
    if (r == PY_LOCK_ACQUIRED)
        self->locked = 1;
    return PyBool_FromLong(r == PY_LOCK_ACQUIRED);
}

static PyObject *
lock_release(PyObject *op, PyObject *Py_UNUSED(args))
{
    lockobject *self = (lockobject *)op;
    if (!self->locked) {
        PyErr_SetString(PyExc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    self->locked = 0;
    PyThread_release_lock(self->lock_lock);
    Py_RETURN_NONE;
}

static PyObject *
lock_locked(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    return PyBool_FromLong(((lockobject *)op)->locked);
}

static PyObject *
lock_repr(PyObject *op)
{
    lockobject *self = (lockobject *)op;
    return PyUnicode_FromFormat("<%s %s object at %p>", self->locked ? "locked" : "unlocked",
                                Py_TYPE(op)->tp_name, op);
}

static PyObject *
lock_at_fork_reinit(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    lockobject *self = (lockobject *)op;
    if (_PyThread_at_fork_reinit(&self->lock_lock) < 0) {
        PyErr_SetString(PyExc_RuntimeError, "failed to reinitialize lock at fork");
        return NULL;
    }
    self->locked = 0;
    Py_RETURN_NONE;
}

#define ACQUIRE_DOC(alias)                                                          \
    "acquire(blocking=True, timeout=-1) -> bool\n"                                  \
    alias                                                                           \
    "\n"                                                                            \
    "Take the lock.  By default, wait until it is free, however long that is,\n"    \
    "even when this thread holds it itself; with a timeout, wait at most that\n"    \
    "many seconds; with blocking=False, do not wait at all.  Return whether\n"      \
    "the lock was taken.  A signal handler that raises ends the wait."

#define RELEASE_DOC(alias)                                                          \
    "release()\n" alias "\n"                                                        \
    "Free the lock, letting one waiting thread take it.  Any thread may\n"          \
    "release a lock; releasing one that is not held is a RuntimeError."

#define LOCKED_DOC(alias)                                                           \
    "locked() -> bool\n" alias "\n"                                                 \
    "Whether the lock is held now."

static PyMethodDef lock_methods[] = {
    {"acquire_lock", (PyCFunction)(void (*)(void))lock_acquire, METH_VARARGS | METH_KEYWORDS,
     ACQUIRE_DOC("")},
    {"acquire", (PyCFunction)(void (*)(void))lock_acquire, METH_VARARGS | METH_KEYWORDS,
     ACQUIRE_DOC("(acquire_lock() is an obsolete synonym)\n")},
    {"release_lock", lock_release, METH_NOARGS, RELEASE_DOC("")},
    {"release", lock_release, METH_NOARGS,
     RELEASE_DOC("(release_lock() is an obsolete synonym)\n")},
    {"locked_lock", lock_locked, METH_NOARGS, LOCKED_DOC("")},
    {"locked", lock_locked, METH_NOARGS, LOCKED_DOC("(locked_lock() is an obsolete synonym)\n")},
    {"__enter__", (PyCFunction)(void (*)(void))lock_acquire, METH_VARARGS | METH_KEYWORDS,
     ACQUIRE_DOC("")},
    {"__exit__", lock_release, METH_VARARGS, RELEASE_DOC("")},
    {"_at_fork_reinit", lock_at_fork_reinit, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyTypeObject Lock_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_thread.lock",
    .tp_basicsize = sizeof(lockobject),
    .tp_dealloc = lock_dealloc,
    .tp_repr = lock_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A lock: the simplest synchronization primitive, made by\n"
              "threading.Lock() or _thread.allocate_lock().\n\n"
              "acquire() -- take the lock, waiting for it if need be\n"
              "release() -- free the lock\n"
              "locked() -- whether the lock is held\n\n"
              "No thread owns a lock: any thread may release it, and a thread that\n"
              "acquires a lock it already holds waits for another thread to free it.",
    .tp_weaklistoffset = offsetof(lockobject, in_weakreflist),
    .tp_methods = lock_methods,
};

/* ====================== RLock ====================== */

typedef struct {
    PyObject_HEAD
    PyThread_type_lock rlock_lock;
    unsigned long rlock_owner; /* thread ident; meaningful while count > 0 */
    unsigned long rlock_count;
    PyObject *in_weakreflist;
} rlockobject;

static PyObject *
rlock_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* arguments are accepted and ignored, as by CPython */
    rlockobject *self = (rlockobject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->in_weakreflist = NULL;
    self->rlock_owner = 0;
    self->rlock_count = 0;
    self->rlock_lock = PyThread_allocate_lock();
    if (self->rlock_lock == NULL) {
        Py_DECREF(self);
        PyErr_SetString(PyExc_RuntimeError, "can't allocate lock");
        return NULL;
    }
    return (PyObject *)self;
}

static void
rlock_dealloc(PyObject *op)
{
    rlockobject *self = (rlockobject *)op;
    if (self->in_weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    if (self->rlock_lock != NULL) {
        if (self->rlock_count > 0)
            PyThread_release_lock(self->rlock_lock);
        PyThread_free_lock(self->rlock_lock);
    }
    /* a subclass's dealloc drops the type's reference itself */
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
rlock_acquire(PyObject *op, PyObject *args, PyObject *kwds)
{
    rlockobject *self = (rlockobject *)op;
    long long timeout;
    if (acquire_parse_args(args, kwds, &timeout) < 0)
        return NULL;
    unsigned long tid = PyThread_get_thread_ident();
    if (self->rlock_count > 0 && tid == self->rlock_owner) {
        unsigned long count = self->rlock_count + 1;
        if (count <= self->rlock_count) {
            PyErr_SetString(PyExc_OverflowError, "Internal lock count overflowed");
            return NULL;
        }
        self->rlock_count = count;
        Py_RETURN_TRUE;
    }
    PyLockStatus r = acquire_timed(self->rlock_lock, timeout);
    if (r == PY_LOCK_INTR)
        return NULL;
    if (r == PY_LOCK_ACQUIRED) {
        self->rlock_owner = tid;
        self->rlock_count = 1;
    }
    return PyBool_FromLong(r == PY_LOCK_ACQUIRED);
}

static PyObject *
rlock_release(PyObject *op, PyObject *Py_UNUSED(args))
{
    rlockobject *self = (rlockobject *)op;
    unsigned long tid = PyThread_get_thread_ident();
    if (self->rlock_count == 0 || self->rlock_owner != tid) {
        PyErr_SetString(PyExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--self->rlock_count == 0) {
        self->rlock_owner = 0;
        PyThread_release_lock(self->rlock_lock);
    }
    Py_RETURN_NONE;
}

/* Condition.wait() gives the lock up whatever its depth, and takes it
 * back at the same depth afterwards: (count, owner) is the state. */
static PyObject *
rlock_acquire_restore(PyObject *op, PyObject *args)
{
    rlockobject *self = (rlockobject *)op;
    unsigned long owner, count;
    if (!PyArg_ParseTuple(args, "(kk):_acquire_restore", &count, &owner))
        return NULL;
    int r = 1;
    if (!PyThread_acquire_lock(self->rlock_lock, 0)) {
        Py_BEGIN_ALLOW_THREADS
        r = PyThread_acquire_lock(self->rlock_lock, 1);
        Py_END_ALLOW_THREADS
    }
    if (!r) {
        PyErr_SetString(PyExc_RuntimeError, "couldn't acquire lock");
        return NULL;
    }
    self->rlock_owner = owner;
    self->rlock_count = count;
    Py_RETURN_NONE;
}

static PyObject *
rlock_release_save(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    rlockobject *self = (rlockobject *)op;
    if (self->rlock_count == 0) {
        PyErr_SetString(PyExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    unsigned long owner = self->rlock_owner, count = self->rlock_count;
    self->rlock_count = 0;
    self->rlock_owner = 0;
    PyThread_release_lock(self->rlock_lock);
    return Py_BuildValue("kk", count, owner);
}

static PyObject *
rlock_is_owned(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    rlockobject *self = (rlockobject *)op;
    return PyBool_FromLong(self->rlock_count > 0 &&
                           self->rlock_owner == PyThread_get_thread_ident());
}

static PyObject *
rlock_repr(PyObject *op)
{
    rlockobject *self = (rlockobject *)op;
    return PyUnicode_FromFormat("<%s %s object owner=%lu count=%lu at %p>",
                                self->rlock_count ? "locked" : "unlocked", Py_TYPE(op)->tp_name,
                                self->rlock_owner, self->rlock_count, op);
}

static PyObject *
rlock_at_fork_reinit(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    rlockobject *self = (rlockobject *)op;
    if (_PyThread_at_fork_reinit(&self->rlock_lock) < 0) {
        PyErr_SetString(PyExc_RuntimeError, "failed to reinitialize lock at fork");
        return NULL;
    }
    self->rlock_owner = 0;
    self->rlock_count = 0;
    Py_RETURN_NONE;
}

#define RLOCK_ACQUIRE_DOC                                                           \
    "acquire(blocking=True) -> bool\n"                                              \
    "\n"                                                                            \
    "Take the lock.  If this thread holds it already, only its depth grows.\n"      \
    "Otherwise wait for it as Lock.acquire() does (blocking=False: don't\n"         \
    "wait; timeout: wait at most that long) and return whether it was taken."

#define RLOCK_RELEASE_DOC                                                           \
    "release()\n"                                                                   \
    "\n"                                                                            \
    "Undo one acquire() of this thread; the lock is free once every acquire()\n"    \
    "has been undone.  Releasing a lock this thread does not hold is a\n"           \
    "RuntimeError."

static PyMethodDef rlock_methods[] = {
    {"acquire", (PyCFunction)(void (*)(void))rlock_acquire, METH_VARARGS | METH_KEYWORDS,
     RLOCK_ACQUIRE_DOC},
    {"release", rlock_release, METH_NOARGS, RLOCK_RELEASE_DOC},
    {"_is_owned", rlock_is_owned, METH_NOARGS, "_is_owned() -> bool\n\nFor internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, METH_VARARGS,
     "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`."},
    {"_release_save", rlock_release_save, METH_NOARGS,
     "_release_save() -> tuple\n\nFor internal use by `threading.Condition`."},
    {"__enter__", (PyCFunction)(void (*)(void))rlock_acquire, METH_VARARGS | METH_KEYWORDS,
     RLOCK_ACQUIRE_DOC},
    {"__exit__", rlock_release, METH_VARARGS, RLOCK_RELEASE_DOC},
    {"_at_fork_reinit", rlock_at_fork_reinit, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyTypeObject RLock_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_thread.RLock",
    .tp_basicsize = sizeof(rlockobject),
    .tp_dealloc = rlock_dealloc,
    .tp_repr = rlock_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_weaklistoffset = offsetof(rlockobject, in_weakreflist),
    .tp_methods = rlock_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = rlock_new,
    .tp_free = PyObject_Del,
};

/* ====================== thread-local data ====================== */

/* The value stored under a local object's key in a thread state's dict.
 * Only its lifetime matters: its death tells the local object that the
 * thread's dict can go. */
typedef struct {
    PyObject_HEAD
    PyObject *localdict; /* borrowed: the local object's `dummies` owns it */
    PyObject *weakreflist;
} localdummyobject;

static void
localdummy_dealloc(PyObject *op)
{
    localdummyobject *self = (localdummyobject *)op;
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    PyObject_Free(op);
}

static PyTypeObject LocalDummy_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_thread._localdummy",
    .tp_basicsize = sizeof(localdummyobject),
    .tp_dealloc = localdummy_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Thread-local dummy",
    .tp_weaklistoffset = offsetof(localdummyobject, weakreflist),
};

typedef struct {
    PyObject_HEAD
    PyObject *key;         /* str unique to this object */
    PyObject *args, *kw;   /* for __init__ in each new thread */
    PyObject *weakreflist;
    PyObject *dummies;     /* {weakref to a thread's dummy: that thread's dict} */
    PyObject *wr_callback; /* removes a dead dummy's entry from `dummies` */
} localobject;

/* wr_callback(dummy_ref): `self` is a weak reference to the local
 * object, which may already be gone. */
static PyObject *
localdummy_destroyed(PyObject *localref, PyObject *dummyref)
{
    PyObject *obj = PyWeakref_GET_OBJECT(localref);
    if (obj == NULL || obj == Py_None)
        Py_RETURN_NONE;
    localobject *self = (localobject *)obj;
    if (self->dummies != NULL && PyDict_DelItem(self->dummies, dummyref) < 0)
        PyErr_Clear(); /* already gone: the local object is being cleared */
    Py_RETURN_NONE;
}

static PyMethodDef wr_callback_def = {"_localdummy_destroyed", localdummy_destroyed, METH_O, NULL};

/* A new dict for this thread, registered in the thread state and in the
 * local object.  Returns a borrowed reference. */
static PyObject *
create_localdict(localobject *self)
{
    PyObject *tdict = PyThreadState_GetDict();
    if (tdict == NULL) {
        PyErr_SetString(PyExc_SystemError, "Couldn't get thread-state dictionary");
        return NULL;
    }
    PyObject *ldict = PyDict_New();
    if (ldict == NULL)
        return NULL;
    localdummyobject *dummy = PyObject_New(localdummyobject, &LocalDummy_Type);
    if (dummy == NULL) {
        Py_DECREF(ldict);
        return NULL;
    }
    dummy->localdict = ldict;
    dummy->weakreflist = NULL;
    PyObject *wr = NULL;
    if (PyDict_SetItem(tdict, self->key, (PyObject *)dummy) < 0)
        goto error;
    wr = PyWeakref_NewRef((PyObject *)dummy, self->wr_callback);
    if (wr == NULL)
        goto error;
    if (PyDict_SetItem(self->dummies, wr, ldict) < 0)
        goto error;
    Py_DECREF(wr);
    Py_DECREF(dummy); /* the thread state's dict keeps it */
    Py_DECREF(ldict); /* `dummies` keeps it */
    return ldict;
error:
    Py_XDECREF(wr);
    Py_DECREF(dummy);
    Py_DECREF(ldict);
    return NULL;
}

/* This thread's dict of the local object (borrowed), made on first use;
 * a subclass's __init__ then runs for the new thread. */
static PyObject *
local_getdict(localobject *self)
{
    PyObject *tdict = PyThreadState_GetDict();
    if (tdict == NULL) {
        PyErr_SetString(PyExc_SystemError, "Couldn't get thread-state dictionary");
        return NULL;
    }
    PyObject *dummy = PyDict_GetItemWithError(tdict, self->key);
    if (dummy != NULL)
        return ((localdummyobject *)dummy)->localdict;
    if (PyErr_Occurred())
        return NULL;
    PyObject *ldict = create_localdict(self);
    if (ldict == NULL)
        return NULL;
    if (Py_TYPE(self)->tp_init != PyBaseObject_Type.tp_init &&
        Py_TYPE(self)->tp_init((PyObject *)self, self->args, self->kw) < 0) {
        /* no half-initialised data for this thread */
        if (PyDict_DelItem(tdict, self->key) < 0)
            PyErr_Clear();
        return NULL;
    }
    return ldict;
}

static PyObject *
local_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    if (type->tp_init == PyBaseObject_Type.tp_init) {
        int rc = 0;
        if (args != NULL)
            rc = PyObject_IsTrue(args);
        if (rc == 0 && kw != NULL)
            rc = PyObject_IsTrue(kw);
        if (rc != 0) {
            if (rc > 0)
                PyErr_SetString(PyExc_TypeError, "Initialization arguments are not supported");
            return NULL;
        }
    }
    localobject *self = (localobject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->args = Py_XNewRef(args);
    self->kw = Py_XNewRef(kw);
    self->key = PyUnicode_FromFormat("_thread._local.%p", self);
    if (self->key == NULL)
        goto error;
    self->dummies = PyDict_New();
    if (self->dummies == NULL)
        goto error;
    PyObject *wr = PyWeakref_NewRef((PyObject *)self, NULL);
    if (wr == NULL)
        goto error;
    self->wr_callback = PyCFunction_New(&wr_callback_def, wr);
    Py_DECREF(wr);
    if (self->wr_callback == NULL)
        goto error;
    /* this thread's dict now; the type call runs __init__ for it */
    if (create_localdict(self) == NULL)
        goto error;
    return (PyObject *)self;
error:
    Py_DECREF(self);
    return NULL;
}

static int
local_traverse(PyObject *op, visitproc visit, void *arg)
{
    localobject *self = (localobject *)op;
    Py_VISIT(Py_TYPE(op));
    Py_VISIT(self->args);
    Py_VISIT(self->kw);
    Py_VISIT(self->dummies);
    return 0;
}

/* Every thread's entry for this object goes: the dummies die and with
 * them (through `dummies`) the per-thread dicts. */
static void
local_forget_threads(localobject *self)
{
    if (self->key == NULL)
        return;
    PyInterpreterState *interp = PyInterpreterState_Get();
    for (PyThreadState *t = PyInterpreterState_ThreadHead(interp); t != NULL;
         t = PyThreadState_Next(t)) {
        if (t->dict == NULL)
            continue;
        PyObject *v = _PyDict_Pop(t->dict, self->key, Py_None);
        if (v == NULL)
            PyErr_Clear();
        else
            Py_DECREF(v);
    }
}

static int
local_clear(PyObject *op)
{
    localobject *self = (localobject *)op;
    Py_CLEAR(self->args);
    Py_CLEAR(self->kw);
    Py_CLEAR(self->dummies);
    Py_CLEAR(self->wr_callback);
    local_forget_threads(self);
    return 0;
}

static void
local_dealloc(PyObject *op)
{
    localobject *self = (localobject *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    local_clear(op);
    Py_CLEAR(self->key);
    /* a subclass's dealloc drops the type's reference itself */
    Py_TYPE(op)->tp_free(op);
}

static int
is_dunder_dict(PyObject *name)
{
    return PyUnicode_Check(name) && _PyUnicode_EqualToASCIIString(name, "__dict__");
}

static PyObject *
local_getattro(PyObject *op, PyObject *name)
{
    localobject *self = (localobject *)op;
    PyObject *ldict = local_getdict(self);
    if (ldict == NULL)
        return NULL;
    if (is_dunder_dict(name))
        return Py_NewRef(ldict);
    if (Py_IS_TYPE(op, &Local_Type)) {
        /* the plain type has no data descriptors of its own: the
         * thread's dict comes first */
        PyObject *value = PyDict_GetItemWithError(ldict, name);
        if (value != NULL)
            return Py_NewRef(value);
        if (PyErr_Occurred())
            return NULL;
    }
    return _PyObject_GenericGetAttrWithDict(op, name, ldict, 0);
}

static int
local_setattro(PyObject *op, PyObject *name, PyObject *v)
{
    localobject *self = (localobject *)op;
    PyObject *ldict = local_getdict(self);
    if (ldict == NULL)
        return -1;
    if (is_dunder_dict(name)) {
        PyErr_Format(PyExc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                     Py_TYPE(op)->tp_name, name);
        return -1;
    }
    return _PyObject_GenericSetAttrWithDict(op, name, v, ldict);
}

static PyTypeObject Local_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_thread._local",
    .tp_basicsize = sizeof(localobject),
    .tp_dealloc = local_dealloc,
    .tp_getattro = local_getattro,
    .tp_setattro = local_setattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Thread-local data",
    .tp_traverse = local_traverse,
    .tp_clear = local_clear,
    .tp_weaklistoffset = offsetof(localobject, weakreflist),
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = local_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== module functions ====================== */

/* What a new thread needs to start: made by start_new_thread, freed by
 * the thread. */
struct bootstate {
    PyThreadState *tstate;
    PyObject *func, *args, *kwargs;
};

/* The body of every thread start_new_thread makes: take the GIL, call
 * the function, report an exception other than SystemExit through
 * sys.unraisablehook ("Exception ignored in thread started by ..."), and
 * leave.  threading.Thread catches its own exceptions before they get
 * here and hands them to threading.excepthook. */
static void
thread_run(void *arg)
{
    struct bootstate *boot = arg;
    PyThreadState *tstate = boot->tstate;
    _KrThreadState_Bind(tstate);
    PyEval_AcquireThread(tstate);
    PyObject *res = PyObject_Call(boot->func, boot->args, boot->kwargs);
    if (res == NULL) {
        if (PyErr_ExceptionMatches(PyExc_SystemExit))
            PyErr_Clear();
        else
            _PyErr_WriteUnraisableMsg("in thread started by", boot->func);
    }
    else
        Py_DECREF(res);
    Py_DECREF(boot->func);
    Py_DECREF(boot->args);
    Py_XDECREF(boot->kwargs);
    PyMem_RawFree(boot);
    tstate->interp->num_threads--;
    PyThreadState_Clear(tstate);
    _KrThreadState_DeleteCurrent();
}

static PyObject *
thread_start_new_thread(PyObject *module, PyObject *fargs)
{
    PyObject *func, *args, *kwargs = NULL;
    if (!PyArg_UnpackTuple(fargs, "start_new_thread", 2, 3, &func, &args, &kwargs))
        return NULL;
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    PyInterpreterState *interp = _PyInterpreterState_GET();
    if (interp->finalizing) {
        PyErr_SetString(PyExc_RuntimeError, "can't create new thread at interpreter shutdown");
        return NULL;
    }
    struct bootstate *boot = PyMem_RawMalloc(sizeof *boot);
    if (boot == NULL)
        return PyErr_NoMemory();
    /* made here, with the GIL, so that the new thread is in the list
     * (sys._current_frames, threading.enumerate's view of it) at once */
    boot->tstate = PyThreadState_New(interp);
    if (boot->tstate == NULL) {
        PyMem_RawFree(boot);
        return PyErr_NoMemory();
    }
    boot->func = Py_NewRef(func);
    boot->args = Py_NewRef(args);
    boot->kwargs = Py_XNewRef(kwargs);
    interp->num_threads++;
    unsigned long ident = PyThread_start_new_thread(thread_run, boot);
    if (ident == (unsigned long)-1) {
        interp->num_threads--;
        Py_DECREF(boot->func);
        Py_DECREF(boot->args);
        Py_XDECREF(boot->kwargs);
        PyThreadState_Clear(boot->tstate);
        PyThreadState_Delete(boot->tstate);
        PyMem_RawFree(boot);
        PyErr_SetString(PyExc_RuntimeError, "can't start new thread");
        return NULL;
    }
    return PyLong_FromUnsignedLong(ident);
}

static PyObject *
thread_exit(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyErr_SetNone(PyExc_SystemExit);
    return NULL;
}

static PyObject *
thread_interrupt_main(PyObject *module, PyObject *args)
{
    int signum = SIGINT;
    if (!PyArg_ParseTuple(args, "|i:signum", &signum))
        return NULL;
    /* a signal without a Python-level handler is dropped, as CPython does */
    if (PyErr_SetInterruptEx(signum) < 0) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
thread_allocate_lock(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return (PyObject *)newlockobject();
}

static PyObject *
thread_get_ident(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromUnsignedLong(PyThread_get_thread_ident());
}

static PyObject *
thread_get_native_id(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromUnsignedLong(PyThread_get_thread_native_id());
}

static PyObject *
thread_count_threads(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(_PyInterpreterState_GET()->num_threads);
}

/* The thread state's on_delete hook: releases the sentinel lock, if it
 * is still alive and held, when the thread's state goes. */
static void
release_sentinel(void *wr_raw)
{
    PyObject *wr = (PyObject *)wr_raw;
    PyObject *obj = PyWeakref_GET_OBJECT(wr);
    if (obj != NULL && obj != Py_None) {
        lockobject *lock = (lockobject *)obj;
        if (lock->locked) {
            lock->locked = 0;
            PyThread_release_lock(lock->lock_lock);
        }
    }
    Py_DECREF(wr);
}

static PyObject *
thread_set_sentinel(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyThreadState *tstate = PyThreadState_Get();
    if (tstate->on_delete_data != NULL) {
        /* made again, e.g. in the child after fork(): the old one is
         * forgotten */
        PyObject *old = (PyObject *)tstate->on_delete_data;
        tstate->on_delete = NULL;
        tstate->on_delete_data = NULL;
        Py_DECREF(old);
    }
    lockobject *lock = newlockobject();
    if (lock == NULL)
        return NULL;
    /* the caller owns the lock; the thread state only watches it */
    PyObject *wr = PyWeakref_NewRef((PyObject *)lock, NULL);
    if (wr == NULL) {
        Py_DECREF(lock);
        return NULL;
    }
    tstate->on_delete_data = wr;
    tstate->on_delete = release_sentinel;
    return (PyObject *)lock;
}

static PyObject *
thread_stack_size(PyObject *module, PyObject *args)
{
    Py_ssize_t new_size = 0;
    if (!PyArg_ParseTuple(args, "|n:stack_size", &new_size))
        return NULL;
    if (new_size < 0) {
        PyErr_SetString(PyExc_ValueError, "size must be 0 or a positive value");
        return NULL;
    }
    size_t old_size = PyThread_get_stacksize();
    if (PyThread_set_stacksize((size_t)new_size) < 0) {
        PyErr_Format(PyExc_ValueError, "size not valid: %zd bytes", new_size);
        return NULL;
    }
    return PyLong_FromSsize_t((Py_ssize_t)old_size);
}

/* print(f"Exception in thread {name}:"), the traceback, then flush. */
static int
excepthook_file(PyObject *file, PyObject *exc_type, PyObject *exc_value, PyObject *exc_tb,
                PyObject *thread)
{
    if (PyFile_WriteString("Exception in thread ", file) < 0)
        return -1;
    PyObject *name = NULL;
    if (thread != Py_None && _PyObject_LookupAttr(thread, _Py_ID(name), &name) < 0)
        return -1;
    if (name != NULL) {
        int r = PyFile_WriteObject(name, file, Py_PRINT_RAW);
        Py_DECREF(name);
        if (r < 0)
            return -1;
    }
    else {
        PyObject *str = PyUnicode_FromFormat("%lu", PyThread_get_thread_ident());
        if (str == NULL)
            return -1;
        int r = PyFile_WriteObject(str, file, Py_PRINT_RAW);
        Py_DECREF(str);
        if (r < 0)
            return -1;
    }
    if (PyFile_WriteString(":\n", file) < 0)
        return -1;
    _PyErr_Display(file, exc_type, exc_value, exc_tb);
    PyObject *res = PyObject_CallMethod(file, "flush", NULL);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static PyObject *
thread_excepthook(PyObject *module, PyObject *args)
{
    if (!Py_IS_TYPE(args, &ExceptHookArgs_Type)) {
        PyErr_SetString(PyExc_TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
        return NULL;
    }
    PyObject *exc_type = PyStructSequence_GET_ITEM(args, 0);
    if (exc_type == PyExc_SystemExit)
        Py_RETURN_NONE; /* a thread's sys.exit() is no error */
    PyObject *exc_value = PyStructSequence_GET_ITEM(args, 1);
    PyObject *exc_tb = PyStructSequence_GET_ITEM(args, 2);
    PyObject *thread = PyStructSequence_GET_ITEM(args, 3);
    PyObject *file = PySys_GetObject("stderr");
    if (file == NULL || file == Py_None) {
        if (thread == Py_None)
            Py_RETURN_NONE;
        /* the stderr the thread saw when it was created */
        file = PyObject_GetAttrString(thread, "_stderr");
        if (file == NULL)
            return NULL;
        if (file == Py_None) {
            Py_DECREF(file);
            Py_RETURN_NONE;
        }
    }
    else
        Py_INCREF(file);
    int r = excepthook_file(file, exc_type, exc_value, exc_tb, thread);
    Py_DECREF(file);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyStructSequence_Field excepthook_fields[] = {
    {"exc_type", "Exception type"},
    {"exc_value", "Exception value"},
    {"exc_traceback", "Exception traceback"},
    {"thread", "Thread"},
    {NULL, NULL}};

static PyStructSequence_Desc excepthook_desc = {
    "_thread._ExceptHookArgs",
    "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
    excepthook_fields, 4};

#define START_NEW_DOC(name, alias)                                                  \
    name "(function, args[, kwargs])\n" alias "\n"                                  \
    "Run function(*args, **kwargs) in a new thread and return the thread's\n"      \
    "identifier.  When the function returns the thread ends; an exception\n"     \
    "other than SystemExit is reported through sys.unraisablehook."

#define EXIT_DOC(name, alias)                                                       \
    name "()\n" alias "\n"                                                          \
    "Raise SystemExit, which ends the current thread quietly unless caught."

#define ALLOCATE_DOC(name, alias)                                                   \
    name "() -> lock object\n" alias "\n"                                           \
    "Make a new lock (see help(type(threading.Lock())))."

static PyMethodDef thread_methods[] = {
    {"start_new_thread", thread_start_new_thread, METH_VARARGS,
     START_NEW_DOC("start_new_thread", "(start_new() is an obsolete synonym)\n")},
    {"start_new", thread_start_new_thread, METH_VARARGS, START_NEW_DOC("start_new", "")},
    {"allocate_lock", thread_allocate_lock, METH_NOARGS,
     ALLOCATE_DOC("allocate_lock", "(allocate() is an obsolete synonym)\n")},
    {"allocate", thread_allocate_lock, METH_NOARGS, ALLOCATE_DOC("allocate", "")},
    {"exit_thread", thread_exit, METH_NOARGS, EXIT_DOC("exit_thread", "")},
    {"exit", thread_exit, METH_NOARGS, EXIT_DOC("exit", "(exit_thread() is an obsolete synonym)\n")},
    {"interrupt_main", thread_interrupt_main, METH_VARARGS,
     "interrupt_main(signum=signal.SIGINT, /)\n"
     "\n"
     "Act as if signal signum (SIGINT by default) had arrived: its Python\n"
     "handler runs in the main thread.  For SIGINT that raises\n"
     "KeyboardInterrupt."},
    {"get_ident", thread_get_ident, METH_NOARGS,
     "get_ident() -> integer\n"
     "\n"
     "A non-zero integer naming the current thread among the threads alive\n"
     "now; a finished thread's number may be given to a new one."},
    {"get_native_id", thread_get_native_id, METH_NOARGS,
     "get_native_id() -> integer\n"
     "\n"
     "The operating system's identifier of the current thread."},
    {"_count", thread_count_threads, METH_NOARGS,
     "_count() -> integer\n"
     "\n"
     "How many threads started by start_new_thread() (or threading.Thread)\n"
     "are still running, the main thread not counted.  For internal use."},
    {"stack_size", thread_stack_size, METH_VARARGS,
     "stack_size([size]) -> size\n"
     "\n"
     "Return the stack size for new threads; with an argument, also set it.\n"
     "0 means the system's default; other sizes must be at least 32768\n"
     "bytes, or ValueError is raised and nothing changes."},
    {"_set_sentinel", thread_set_sentinel, METH_NOARGS,
     "_set_sentinel() -> lock\n"
     "\n"
     "A new lock that is released when the current thread's state is\n"
     "deleted, i.e. once the thread has really finished.  For threading."},
    {"_excepthook", thread_excepthook, METH_O,
     "excepthook(exc_type, exc_value, exc_traceback, thread)\n"
     "\n"
     "Print an exception that ended a thread (SystemExit is ignored)."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef threadmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_thread",
    .m_doc = "This module provides primitive operations to write multi-threaded programs.\n"
             "The 'threading' module provides a more convenient interface.",
    .m_size = -1,
    .m_methods = thread_methods,
};

PyObject *
PyInit__thread(void)
{
    static int types_ready;
    if (!types_ready) {
        if (PyType_Ready(&Lock_Type) < 0 || PyType_Ready(&RLock_Type) < 0 ||
            PyType_Ready(&LocalDummy_Type) < 0 || PyType_Ready(&Local_Type) < 0 ||
            PyStructSequence_InitType2(&ExceptHookArgs_Type, &excepthook_desc) < 0)
            return NULL;
        types_ready = 1;
    }
    PyObject *m = PyModule_Create(&threadmodule);
    if (m == NULL)
        return NULL;
    /* the longest wait a timeout can ask for: what the nanosecond clock
     * can hold, in whole seconds */
    double timeout_max = floor((double)LLONG_MAX / 1e9);
    if (PyModule_AddObjectRef(m, "error", PyExc_RuntimeError) < 0 ||
        PyModule_AddObjectRef(m, "LockType", (PyObject *)&Lock_Type) < 0 ||
        PyModule_AddObjectRef(m, "RLock", (PyObject *)&RLock_Type) < 0 ||
        PyModule_AddObjectRef(m, "_local", (PyObject *)&Local_Type) < 0 ||
        PyModule_AddObjectRef(m, "_ExceptHookArgs", (PyObject *)&ExceptHookArgs_Type) < 0)
        goto error;
    PyObject *tmax = PyFloat_FromDouble(timeout_max);
    if (tmax == NULL || PyModule_AddObject(m, "TIMEOUT_MAX", tmax) < 0) {
        Py_XDECREF(tmax);
        goto error;
    }
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
