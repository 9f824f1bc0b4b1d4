/* _queue: SimpleQueue, the unbounded FIFO behind queue.SimpleQueue, and
 * the Empty exception that queue.py re-exports.
 *
 * Why in C: queue.SimpleQueue promises to be reentrant.  A put() may run
 * in the middle of a get() on the same thread (from a signal handler, a
 * __del__, a weakref callback) and must neither deadlock nor corrupt the
 * queue.  The pure-Python fallback in queue.py takes a lock in put() and
 * cannot promise that; here put() and the pop in get() never call back
 * into Python, so between two bytecodes of the caller the queue is
 * always consistent and nothing is ever waited for while holding it.
 *
 * Storage is a ring buffer of references that doubles when full and
 * halves when three quarters empty: put and get are O(1) amortised, and
 * a queue that once held many items does not keep their memory.
 *
 * Waiting: one OS lock (Include/pythread.h) is used as a "nothing to
 * take" flag.  A getter that finds the queue empty takes the lock (it is
 * then held, `locked` says so), and tries again: taking it a second time
 * blocks, with the interpreter released, until put() releases it, which
 * it does only when `locked` is set.  The getter that wakes pops an item
 * and releases the lock for the next sleeper, if the queue is not empty
 * again.  All these steps run with the interpreter held, so the counters
 * and the flag never race; only the sleep itself is outside it.
 *
 * A signal ends the sleep early (PY_LOCK_INTR): its Python handler runs
 * at once, an exception from it (KeyboardInterrupt) propagates out of
 * get(), and otherwise the wait resumes for what is left of the timeout,
 * measured on the monotonic clock. */
#include "Python.h"
#include "pytime.h"
#include "kr_typing.h"

typedef struct {
    PyObject_HEAD
    PyObject **items;     /* ring buffer of `capacity` slots */
    Py_ssize_t head;      /* index of the oldest item */
    Py_ssize_t count;
    Py_ssize_t capacity;  /* a power of two, so wrapping is a mask */
    PyThread_type_lock lock;
    int locked;           /* a getter holds `lock`: put() must release it */
    PyObject *weakreflist;
} simplequeue;

#define SQ_MIN_CAPACITY 8

static PyTypeObject SimpleQueue_Type;
static PyObject *EmptyError;

/* ============ the ring buffer ============ */

/* Move the items to a buffer of new_cap slots, oldest first.  Only
 * memory is touched: no Python code can run here. */
static int
sq_resize(simplequeue *self, Py_ssize_t new_cap)
{
    PyObject **fresh = PyMem_New(PyObject *, new_cap);
    if (fresh == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t mask = self->capacity - 1;
    for (Py_ssize_t i = 0; i < self->count; i++)
        fresh[i] = self->items[(self->head + i) & mask];
    PyMem_Free(self->items);
    self->items = fresh;
    self->head = 0;
    self->capacity = new_cap;
    return 0;
}

static int
sq_push(simplequeue *self, PyObject *item)
{
    if (self->count == self->capacity) {
        if (self->capacity > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(PyObject *)) {
            PyErr_NoMemory();
            return -1;
        }
        if (sq_resize(self, self->capacity * 2) < 0)
            return -1;
    }
    self->items[(self->head + self->count) & (self->capacity - 1)] = Py_NewRef(item);
    self->count++;
    return 0;
}

/* The oldest item (a reference that passes to the caller). */
static PyObject *
sq_pop(simplequeue *self)
{
    PyObject *item = self->items[self->head];
    self->items[self->head] = NULL;
    self->head = (self->head + 1) & (self->capacity - 1);
    self->count--;
    /* giving memory back is optional: a failure leaves the buffer as is */
    if (self->capacity > SQ_MIN_CAPACITY && self->count < self->capacity / 4 &&
        sq_resize(self, self->capacity / 2) < 0)
        PyErr_Clear();
    return item;
}

/* ============ the type ============ */

static PyObject *
simplequeue_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* subclasses may take arguments for their own __init__ */
    if (type == &SimpleQueue_Type) {
        if (PyTuple_GET_SIZE(args) != 0) {
            PyErr_SetString(PyExc_TypeError, "SimpleQueue() takes no positional arguments");
            return NULL;
        }
        if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
            PyErr_SetString(PyExc_TypeError, "SimpleQueue() takes no keyword arguments");
            return NULL;
        }
    }
    simplequeue *self = (simplequeue *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->items = PyMem_New(PyObject *, SQ_MIN_CAPACITY);
    self->capacity = SQ_MIN_CAPACITY;
    self->lock = PyThread_allocate_lock();
    if (self->items == NULL || self->lock == NULL) {
        int no_items = self->items == NULL;
        Py_DECREF(self);
        if (no_items)
            return PyErr_NoMemory();
        PyErr_SetString(PyExc_MemoryError, "can't allocate lock");
        return NULL;
    }
    return (PyObject *)self;
}

static int
simplequeue_clear(PyObject *op)
{
    simplequeue *self = (simplequeue *)op;
    /* Detach the items first: a __del__ run by the decrefs may touch the
     * queue again, and must find it empty and whole. */
    while (self->count > 0) {
        PyObject *item = sq_pop(self);
        Py_DECREF(item);
    }
    return 0;
}

static void
simplequeue_dealloc(PyObject *op)
{
    simplequeue *self = (simplequeue *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    if (self->items != NULL)
        simplequeue_clear(op);
    PyMem_Free(self->items);
    self->items = NULL;
    if (self->lock != NULL) {
        /* a semaphore is destroyed whatever its count */
        PyThread_free_lock(self->lock);
        self->lock = NULL;
    }
    Py_TYPE(op)->tp_free(op);
}

static int
simplequeue_traverse(PyObject *op, visitproc visit, void *arg)
{
    simplequeue *self = (simplequeue *)op;
    Py_ssize_t mask = self->capacity - 1;
    for (Py_ssize_t i = 0; i < self->count; i++)
        Py_VISIT(self->items[(self->head + i) & mask]);
    return 0;
}

/* ============ methods ============ */

static PyObject *
do_put(simplequeue *self, PyObject *item)
{
    if (sq_push(self, item) < 0)
        return NULL;
    if (self->locked) {
        /* wake one sleeping getter */
        self->locked = 0;
        PyThread_release_lock(self->lock);
    }
    Py_RETURN_NONE;
}

static PyObject *
simplequeue_put(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"item", "block", "timeout", NULL};
    PyObject *item, *block = NULL, *timeout = NULL;
    /* block and timeout exist for Queue's signature: put never waits */
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OO:put", kwlist, &item, &block, &timeout))
        return NULL;
    return do_put((simplequeue *)op, item);
}

static PyObject *
simplequeue_put_nowait(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"item", NULL};
    PyObject *item;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:put_nowait", kwlist, &item))
        return NULL;
    return do_put((simplequeue *)op, item);
}

/* Wait for an item: microseconds 0 = don't, -1 = forever.  NULL with
 * Empty on time-out, or with the exception of a signal handler. */
static PyObject *
do_get(simplequeue *self, _PyTime_t microseconds)
{
    _PyTime_t deadline = 0; /* monotonic ns, for the rest after a signal */
    if (microseconds > 0) {
        _PyTime_t now = _PyTime_GetMonotonicClock();
        _PyTime_t ns = microseconds > _PyTime_MAX / 1000 ? _PyTime_MAX : microseconds * 1000;
        deadline = ns > _PyTime_MAX - now ? _PyTime_MAX : now + ns;
    }
    while (self->count == 0) {
        /* a first try that keeps the interpreter: no switch if it works */
        PyLockStatus r = PyThread_acquire_lock_timed(self->lock, 0, 0);
        if (r == PY_LOCK_FAILURE && microseconds != 0) {
            Py_BEGIN_ALLOW_THREADS
            r = PyThread_acquire_lock_timed(self->lock, microseconds, 1);
            Py_END_ALLOW_THREADS
        }
        if (r == PY_LOCK_INTR) {
            if (PyErr_CheckSignals() < 0)
                return NULL;
        }
        else if (r == PY_LOCK_FAILURE) {
            PyErr_SetNone(EmptyError);
            return NULL;
        }
        else {
            self->locked = 1;
        }
        if (microseconds > 0) {
            _PyTime_t left = deadline - _PyTime_GetMonotonicClock();
            /* the lock was taken with no time left: one more look, no wait */
            microseconds = left > 0 ? _PyTime_AsMicroseconds(left, _PyTime_ROUND_CEILING) : 0;
        }
    }
    PyObject *item = sq_pop(self);
    if (self->locked) {
        /* we hold the "nothing to take" lock: hand it on */
        self->locked = 0;
        PyThread_release_lock(self->lock);
    }
    return item;
}

static PyObject *
simplequeue_get(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"block", "timeout", NULL};
    int block = 1;
    PyObject *timeout_obj = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|pO:get", kwlist, &block, &timeout_obj))
        return NULL;
    _PyTime_t microseconds = -1;
    if (!block) {
        microseconds = 0; /* the timeout is ignored, as in CPython */
    }
    else if (timeout_obj != Py_None) {
        _PyTime_t ns;
        if (_PyTime_FromSecondsObject(&ns, timeout_obj, _PyTime_ROUND_CEILING) < 0)
            return NULL;
        if (ns < 0) {
            PyErr_SetString(PyExc_ValueError, "'timeout' must be a non-negative number");
            return NULL;
        }
        microseconds = _PyTime_AsMicroseconds(ns, _PyTime_ROUND_CEILING);
        if (microseconds > PY_TIMEOUT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "timeout value is too large");
            return NULL;
        }
    }
    return do_get((simplequeue *)op, microseconds);
}

/* CPython 3.11 refuses positional arguments here and, through a quirk
 * of its argument parser, lets keyword arguments pass unseen: so do we. */
static PyObject *
simplequeue_get_nowait(PyObject *op, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) != 0) {
        PyErr_SetString(PyExc_TypeError, "get_nowait() takes no arguments");
        return NULL;
    }
    return do_get((simplequeue *)op, 0);
}

static PyObject *
simplequeue_empty(PyObject *op, PyObject *unused)
{
    return PyBool_FromLong(((simplequeue *)op)->count == 0);
}

static PyObject *
simplequeue_qsize(PyObject *op, PyObject *unused)
{
    return PyLong_FromSsize_t(((simplequeue *)op)->count);
}

static PyObject *
simplequeue_class_getitem(PyObject *cls, PyObject *args)
{
    return Py_GenericAlias(cls, args);
}

static PyMethodDef simplequeue_methods[] = {
    {"empty", simplequeue_empty, METH_NOARGS,
     "empty($self, /)\n--\n\nTrue if the queue holds no item at this moment (another thread may change that)."},
    {"get", (PyCFunction)(void (*)(void))simplequeue_get, METH_VARARGS | METH_KEYWORDS,
     "get($self, /, block=True, timeout=None)\n--\n\n"
     "Remove and return the oldest item.\n\n"
     "With block true and timeout None, wait for one as long as it takes; with a\n"
     "timeout (seconds, not negative), wait at most that long, then raise Empty.\n"
     "With block false, raise Empty at once when there is no item (timeout is\n"
     "then ignored)."},
    {"get_nowait", (PyCFunction)(void (*)(void))simplequeue_get_nowait, METH_VARARGS | METH_KEYWORDS,
     "get_nowait($self, /)\n--\n\nget(False): the oldest item if there is one, else raise Empty."},
    {"put", (PyCFunction)(void (*)(void))simplequeue_put, METH_VARARGS | METH_KEYWORDS,
     "put($self, /, item, block=True, timeout=None)\n--\n\n"
     "Append item.  This never waits (the queue has no bound): block and timeout\n"
     "are accepted for the signature of queue.Queue.put and ignored."},
    {"put_nowait", (PyCFunction)(void (*)(void))simplequeue_put_nowait, METH_VARARGS | METH_KEYWORDS,
     "put_nowait($self, /, item)\n--\n\nThe same as put(item), for the signature of queue.Queue."},
    {"qsize", simplequeue_qsize, METH_NOARGS,
     "qsize($self, /)\n--\n\nThe number of items at this moment (another thread may change it)."},
    {"__class_getitem__", simplequeue_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject SimpleQueue_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_queue.SimpleQueue",
    .tp_basicsize = sizeof(simplequeue),
    .tp_dealloc = simplequeue_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "SimpleQueue()\n--\n\nSimple, unbounded, reentrant FIFO queue.",
    .tp_traverse = simplequeue_traverse,
    .tp_clear = simplequeue_clear,
    .tp_weaklistoffset = offsetof(simplequeue, weakreflist),
    .tp_methods = simplequeue_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = simplequeue_new,
    .tp_free = PyObject_GC_Del,
};

/* ============ module ============ */

static struct PyModuleDef queue_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_queue",
    .m_doc = "The C half of the queue module: SimpleQueue and Empty.\n"
             "Use them through queue, which re-exports both.",
    .m_size = -1,
};

PyObject *
PyInit__queue(void)
{
    if (PyType_Ready(&SimpleQueue_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&queue_module);
    if (m == NULL)
        return NULL;
    if (EmptyError == NULL) {
        EmptyError = PyErr_NewExceptionWithDoc(
            "_queue.Empty", "Raised by get(block=False) and get_nowait() when there is no item.", NULL, NULL);
        if (EmptyError == NULL)
            goto error;
    }
    if (PyModule_AddObjectRef(m, "Empty", EmptyError) < 0 ||
        PyModule_AddObjectRef(m, "SimpleQueue", (PyObject *)&SimpleQueue_Type) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
