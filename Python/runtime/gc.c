/* Garbage-collector bookkeeping: allocation of GC objects and the
 * generation lists.
 *
 * Reference counting frees almost everything; what it cannot free are
 * reference cycles.  Every container type (Py_TPFLAGS_HAVE_GC) is
 * allocated with a PyGC_Head in front of it (objimpl.h) and, once fully
 * built, "tracked": linked into the youngest of three generations.  A
 * collection of generation N looks only at objects tracked in generations
 * 0..N, finds those reachable only from each other (the
 * subtract-internal-references algorithm, Python/runtime/gc_collect.c)
 * and clears them; survivors move one generation older.  Counting: each
 * tracked allocation adds one to generation 0's count; passing its
 * threshold (700) triggers a young collection; every 10 young collections
 * the next generation is looked at, and so on (thresholds 700/10/10, as
 * CPython).
 *
 * List invariant: each generation is a circular doubly linked list through
 * _gc_next/_gc_prev with a sentinel head; an untracked object has
 * _gc_next == 0.  The low two bits of _gc_prev are flags (finalized,
 * collecting), so pointers are masked when read. */
#include "Python.h"
#include "kr_gc.h"
#include "kr_instance.h"

struct _kr_gc_runtime _kr_gc;

static inline PyGC_Head *gc_prev(PyGC_Head *g) { return (PyGC_Head *)(g->_gc_prev & _KR_GC_PREV_MASK); }
static inline void gc_set_prev(PyGC_Head *g, PyGC_Head *p)
{
    g->_gc_prev = (g->_gc_prev & ~_KR_GC_PREV_MASK) | (uintptr_t)p;
}

void _KrGC_ListInit(PyGC_Head *head)
{
    head->_gc_next = (uintptr_t)head;
    head->_gc_prev = (uintptr_t)head;
}

void _KrGC_ListAppend(PyGC_Head *node, PyGC_Head *list)
{
    PyGC_Head *last = (PyGC_Head *)list->_gc_prev;
    gc_set_prev(node, last);
    last->_gc_next = (uintptr_t)node;
    node->_gc_next = (uintptr_t)list;
    list->_gc_prev = (uintptr_t)node;
}

void _KrGC_ListRemove(PyGC_Head *node)
{
    PyGC_Head *prev = gc_prev(node);
    PyGC_Head *next = (PyGC_Head *)node->_gc_next;
    prev->_gc_next = (uintptr_t)next;
    gc_set_prev(next, prev);
    node->_gc_next = 0;
}

int _KrGC_Init(void)
{
    static const int thresholds[KR_GC_NGENERATIONS] = {700, 10, 10};
    for (int i = 0; i < KR_GC_NGENERATIONS; i++) {
        _KrGC_ListInit(&_kr_gc.generations[i].head);
        _kr_gc.generations[i].threshold = thresholds[i];
        _kr_gc.generations[i].count = 0;
    }
    _KrGC_ListInit(&_kr_gc.permanent.head);
    _kr_gc.enabled = 1;
    _kr_gc.initialized = 1;
    return 0;
}

static void ensure_init(void)
{
    if (!_kr_gc.initialized)
        _KrGC_Init();
}

/* presize: bytes wanted in front of the GC head (an instance's managed
 * dict pre-header, kr_instance.h), zeroed */
static PyObject *gc_malloc(size_t presize, size_t basicsize)
{
    if (basicsize > (size_t)PY_SSIZE_T_MAX - sizeof(PyGC_Head) - presize)
        return PyErr_NoMemory();
    char *mem = PyObject_Malloc(presize + sizeof(PyGC_Head) + basicsize);
    if (mem == NULL)
        return PyErr_NoMemory();
    memset(mem, 0, presize);
    PyGC_Head *g = (PyGC_Head *)(mem + presize);
    g->_gc_next = 0;
    g->_gc_prev = 0;
    ensure_init();
    /* Count allocations, not trackings: what CPython does, and what makes
     * a program that builds many containers trigger collections. */
    _kr_gc.generations[0].count++;
    if (_kr_gc.generations[0].count > _kr_gc.generations[0].threshold &&
        _kr_gc.enabled && _kr_gc.generations[0].threshold && !_kr_gc.collecting &&
        _PyThreadState_GET() != NULL && !PyErr_Occurred())
        _KrGC_CollectGenerations();
    return _Py_FROM_GC(g);
}

PyObject *_PyObject_GC_Malloc(size_t basicsize)
{
    return gc_malloc(0, basicsize);
}

static inline size_t managed_presize(PyTypeObject *tp)
{
    return _KrType_HasManagedDict(tp) ? KR_MANAGED_PREHEADER : 0;
}

PyObject *_KrObject_GC_MallocFor(PyTypeObject *tp, size_t basicsize)
{
    return gc_malloc(managed_presize(tp), basicsize);
}

PyObject *_PyObject_GC_New(PyTypeObject *tp)
{
    PyObject *op = _KrObject_GC_MallocFor(tp, (size_t)_PyObject_SIZE(tp));
    if (op == NULL)
        return NULL;
    return PyObject_Init(op, tp);
}

PyVarObject *_PyObject_GC_NewVar(PyTypeObject *tp, Py_ssize_t nitems)
{
    if (nitems < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    size_t size = _PyObject_VAR_SIZE(tp, nitems);
    PyVarObject *op = (PyVarObject *)_KrObject_GC_MallocFor(tp, size);
    if (op == NULL)
        return NULL;
    return PyObject_InitVar(op, tp, nitems);
}

PyVarObject *_PyObject_GC_Resize(PyVarObject *op, Py_ssize_t nitems)
{
    size_t basicsize = _PyObject_VAR_SIZE(Py_TYPE(op), nitems);
    PyGC_Head *g = _Py_AS_GC(op);
    if (_PyObject_GC_IS_TRACKED(op)) {
        /* a tracked object must not move under the lists' feet */
        PyErr_BadInternalCall();
        return NULL;
    }
    if (basicsize > (size_t)PY_SSIZE_T_MAX - sizeof(PyGC_Head))
        return (PyVarObject *)PyErr_NoMemory();
    g = PyObject_Realloc(g, sizeof(PyGC_Head) + basicsize);
    if (g == NULL)
        return (PyVarObject *)PyErr_NoMemory();
    op = (PyVarObject *)_Py_FROM_GC(g);
    Py_SET_SIZE(op, nitems);
    return op;
}

void PyObject_GC_Track(void *op_raw)
{
    PyObject *op = _PyObject_CAST(op_raw);
    PyGC_Head *g = _Py_AS_GC(op);
    if (g->_gc_next != 0)
        Py_FatalError("object already tracked by the garbage collector");
    ensure_init();
    _KrGC_ListAppend(g, &_kr_gc.generations[0].head);
}

void PyObject_GC_UnTrack(void *op_raw)
{
    PyGC_Head *g = _Py_AS_GC(_PyObject_CAST(op_raw));
    if (g->_gc_next != 0)
        _KrGC_ListRemove(g);
}

void PyObject_GC_Del(void *op_raw)
{
    PyGC_Head *g = _Py_AS_GC(_PyObject_CAST(op_raw));
    if (g->_gc_next != 0)
        _KrGC_ListRemove(g);
    if (_kr_gc.generations[0].count > 0)
        _kr_gc.generations[0].count--;
    PyObject_Free((char *)g - managed_presize(Py_TYPE(_PyObject_CAST(op_raw))));
}

int PyObject_GC_IsTracked(PyObject *op)
{
    return PyObject_IS_GC(op) && _PyObject_GC_IS_TRACKED(op);
}

int PyObject_GC_IsFinalized(PyObject *op)
{
    return PyObject_IS_GC(op) && (_Py_AS_GC(op)->_gc_prev & _KR_GC_PREV_FINALIZED) != 0;
}

int PyGC_Enable(void)
{
    int old = _kr_gc.enabled;
    _kr_gc.enabled = 1;
    return old;
}

int PyGC_Disable(void)
{
    int old = _kr_gc.enabled;
    _kr_gc.enabled = 0;
    return old;
}

int PyGC_IsEnabled(void)
{
    return _kr_gc.enabled;
}
