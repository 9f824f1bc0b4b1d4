/* Finding and freeing garbage cycles.
 *
 * The question a collection answers: which of the tracked objects in the
 * generations being collected are referenced only by each other?  Their
 * reference counts alone can't tell; but if we subtract from each object's
 * count the references coming from *inside* the set, what remains counts
 * the references from outside (from older generations, untracked objects,
 * C locals, the VM's stacks).  Anything with outside references is alive,
 * and so is everything it reaches.  The rest is garbage.
 *
 *   1. gather: the collected generations' objects into an array; each
 *      object's working count ("refs", kept in the upper bits of
 *      _gc_prev, whose pointer is rebuilt at the end) starts as its
 *      refcount, and the COLLECTING bit marks set membership;
 *   2. subtract: every object's tp_traverse visits its referents; each
 *      referent in the set loses one from its refs;
 *   3. mark: objects with refs > 0 are roots; a depth-first walk from
 *      them (an explicit stack, never C recursion) marks what they reach;
 *   4. survivors are linked into the next older generation, the rest into
 *      an `unreachable` list;
 *   5. finalize (PEP 442): tp_finalize (__del__) runs once per object;
 *      a finalizer may resurrect objects, so steps 1-4 are repeated on the
 *      unreachable set alone and anything now referenced from outside
 *      survives, with all it reaches;
 *   6. clear: tp_clear on each remaining object breaks the cycles, and
 *      reference counting frees them.
 *
 * Why an array rather than CPython's in-place list juggling: the array
 * makes each phase a plain loop that is easy to check, the temporary
 * memory is one pointer per collected object, and young collections (the
 * common kind) are small. */
#include "Python.h"
#include "kr_gc.h"
#include "kr_dict.h"

typedef struct {
    PyObject **items;
    size_t len, cap;
} objvec;

static int vec_push(objvec *v, PyObject *op)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 256;
        PyObject **items = PyMem_RawRealloc(v->items, cap * sizeof(PyObject *));
        if (items == NULL)
            return -1;
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = op;
    return 0;
}

static inline uintptr_t get_refs(PyGC_Head *g) { return g->_gc_prev >> _KR_GC_PREV_SHIFT; }
static inline void set_refs(PyGC_Head *g, uintptr_t refs)
{
    g->_gc_prev = (g->_gc_prev & _KR_GC_PREV_FINALIZED) | _KR_GC_PREV_COLLECTING |
                  (refs << _KR_GC_PREV_SHIFT);
}
static inline int in_set(PyObject *op)
{
    return PyObject_IS_GC(op) && _PyObject_GC_IS_TRACKED(op) &&
           (_Py_AS_GC(op)->_gc_prev & _KR_GC_PREV_COLLECTING);
}

static int visit_decref(PyObject *op, void *arg)
{
    (void)arg;
    if (in_set(op)) {
        PyGC_Head *g = _Py_AS_GC(op);
        uintptr_t r = get_refs(g);
        if (r > 0)
            set_refs(g, r - 1);
    }
    return 0;
}

static int visit_mark(PyObject *op, void *arg)
{
    if (in_set(op)) {
        PyGC_Head *g = _Py_AS_GC(op);
        if (get_refs(g) == 0) {
            set_refs(g, 1);
            if (vec_push((objvec *)arg, op) < 0)
                return -1;
        }
    }
    return 0;
}

/* Steps 1-3 on `set`: on return each object's refs is > 0 iff reachable
 * from outside the set.  Objects stay flagged COLLECTING. */
static int find_reachable(objvec *set)
{
    for (size_t i = 0; i < set->len; i++) {
        PyGC_Head *g = _Py_AS_GC(set->items[i]);
        set_refs(g, (uintptr_t)Py_REFCNT(set->items[i]));
    }
    for (size_t i = 0; i < set->len; i++) {
        PyObject *op = set->items[i];
        traverseproc trav = Py_TYPE(op)->tp_traverse;
        if (trav)
            trav(op, visit_decref, NULL);
    }
    objvec stack = {0};
    int result = 0;
    for (size_t i = 0; i < set->len; i++) {
        if (get_refs(_Py_AS_GC(set->items[i])) > 0 && vec_push(&stack, set->items[i]) < 0)
            goto nomem;
    }
    while (stack.len) {
        PyObject *op = stack.items[--stack.len];
        traverseproc trav = Py_TYPE(op)->tp_traverse;
        if (trav && trav(op, visit_mark, &stack) < 0)
            goto nomem;
    }
    goto done;
nomem:
    /* Out of memory while marking: treat everything as reachable. */
    for (size_t i = 0; i < set->len; i++)
        set_refs(_Py_AS_GC(set->items[i]), 1);
    result = -1;
done:
    PyMem_RawFree(stack.items);
    return result;
}

static void clear_collecting(PyGC_Head *g)
{
    g->_gc_prev &= _KR_GC_PREV_FINALIZED;
}

/* Relink every object of `set` into `reachable` or `unreachable` by the
 * outcome of find_reachable. */
static void split_set(objvec *set, PyGC_Head *reachable, PyGC_Head *unreachable, Py_ssize_t *nreach)
{
    for (size_t i = 0; i < set->len; i++) {
        PyObject *op = set->items[i];
        PyGC_Head *g = _Py_AS_GC(op);
        int alive = get_refs(g) > 0;
        clear_collecting(g);
        g->_gc_next = 0;
        _KrGC_ListAppend(g, alive ? reachable : unreachable);
        if (alive && nreach)
            (*nreach)++;
    }
}

static int gather(PyGC_Head *list, objvec *v)
{
    for (PyGC_Head *g = (PyGC_Head *)list->_gc_next; g != list; g = (PyGC_Head *)g->_gc_next) {
        if (vec_push(v, _Py_FROM_GC(g)) < 0)
            return -1;
    }
    return 0;
}

/* Unlink everything from `list` (the objects are about to be relinked). */
static void list_detach_all(PyGC_Head *list)
{
    _KrGC_ListInit(list);
}

static void call_finalizers(PyGC_Head *unreachable)
{
    /* Collect first: a finalizer may free other objects of the list. */
    objvec todo = {0};
    if (gather(unreachable, &todo) < 0)
        goto done;
    for (size_t i = 0; i < todo.len; i++)
        Py_INCREF(todo.items[i]);
    for (size_t i = 0; i < todo.len; i++) {
        PyObject *op = todo.items[i];
        PyGC_Head *g = _Py_AS_GC(op);
        destructor fin = Py_TYPE(op)->tp_finalize;
        if (fin && !(g->_gc_prev & _KR_GC_PREV_FINALIZED)) {
            g->_gc_prev |= _KR_GC_PREV_FINALIZED;
            fin(op);
            if (PyErr_Occurred())
                PyErr_WriteUnraisable(op);
        }
    }
    for (size_t i = 0; i < todo.len; i++)
        Py_DECREF(todo.items[i]);
done:
    PyMem_RawFree(todo.items);
}

/* Clear the weak references to unreachable objects before any finalizer
 * can see them, as CPython does; the callbacks of weak references that
 * are themselves garbage are dropped, the others run afterwards. */
static void handle_weakrefs(PyGC_Head *unreachable)
{
    PyGC_Head *g;
    PyObject *calls = NULL;
    /* COLLECTING marks membership of the unreachable set for a moment */
    for (g = (PyGC_Head *)unreachable->_gc_next; g != unreachable; g = (PyGC_Head *)g->_gc_next)
        g->_gc_prev |= _KR_GC_PREV_COLLECTING;
    for (g = (PyGC_Head *)unreachable->_gc_next; g != unreachable; g = (PyGC_Head *)g->_gc_next) {
        PyObject *op = _Py_FROM_GC(g);
        if (Py_TYPE(op)->tp_weaklistoffset <= 0)
            continue;
        PyObject *pending = _KrWeakref_ClearForGC(op);
        for (Py_ssize_t i = 0; pending && i < PyList_GET_SIZE(pending); i++) {
            PyObject *pair = PyList_GET_ITEM(pending, i);
            if (in_set(PyTuple_GET_ITEM(pair, 0)))
                continue;
            if (calls == NULL && (calls = PyList_New(0)) == NULL)
                break;
            if (PyList_Append(calls, pair) < 0)
                PyErr_Clear();
        }
        Py_XDECREF(pending);
    }
    for (g = (PyGC_Head *)unreachable->_gc_next; g != unreachable; g = (PyGC_Head *)g->_gc_next)
        g->_gc_prev &= ~_KR_GC_PREV_COLLECTING;
    PyErr_Clear();
    for (Py_ssize_t i = 0; calls && i < PyList_GET_SIZE(calls); i++) {
        PyObject *pair = PyList_GET_ITEM(calls, i);
        PyObject *r = PyObject_CallOneArg(PyTuple_GET_ITEM(pair, 1), PyTuple_GET_ITEM(pair, 0));
        if (r == NULL)
            PyErr_WriteUnraisable(PyTuple_GET_ITEM(pair, 1));
        Py_XDECREF(r);
    }
    Py_XDECREF(calls);
}

static void delete_garbage(PyGC_Head *unreachable, PyGC_Head *old)
{
    while ((PyGC_Head *)unreachable->_gc_next != unreachable) {
        PyGC_Head *g = (PyGC_Head *)unreachable->_gc_next;
        PyObject *op = _Py_FROM_GC(g);
        inquiry clear = Py_TYPE(op)->tp_clear;
        Py_INCREF(op);
        if ((_kr_gc.debug & KR_GC_DEBUG_SAVEALL) && _kr_gc.garbage != NULL) {
            /* gc.DEBUG_SAVEALL: keep the garbage for inspection */
            if (PyList_Append(_kr_gc.garbage, op) < 0)
                PyErr_Clear();
        }
        else if (clear) {
            clear(op);
            if (PyErr_Occurred())
                PyErr_WriteUnraisable(NULL);
        }
        if ((PyGC_Head *)unreachable->_gc_next == g) {
            /* Still here: tp_clear didn't break it free; keep it alive in
             * the old generation rather than looping forever. */
            _KrGC_ListRemove(g);
            _KrGC_ListAppend(g, old);
        }
        Py_DECREF(op);
    }
}

#ifdef Py_DEBUG
/* The list invariant of kr_gc.h: next and prev agree all the way round. */
static void check_list(PyGC_Head *head, const char *where)
{
    PyGC_Head *prev = head;
    size_t n = 0;
    for (PyGC_Head *g = (PyGC_Head *)head->_gc_next; g != head; g = (PyGC_Head *)g->_gc_next) {
        if ((PyGC_Head *)(g->_gc_prev & _KR_GC_PREV_MASK) != prev || g->_gc_next == 0 || ++n > ((size_t)1 << 40)) {
            fprintf(stderr, "gc: broken list (%s) at object of type %s\n", where,
                    Py_TYPE(_Py_FROM_GC(g))->tp_name);
            Py_FatalError("garbage collector list corrupted");
        }
        prev = g;
    }
}
#  define CHECK_LISTS(where) do { for (int _i = 0; _i < KR_GC_NGENERATIONS; _i++) \
        check_list(&_kr_gc.generations[_i].head, where); } while (0)
#else
#  define CHECK_LISTS(where) ((void)0)
#endif

/* Containers that can no longer be part of a cycle leave the collector's
 * lists, as in CPython: a tuple whose items are all untracked (checked in
 * every collection), a dict whose keys and values all are (checked only
 * in full collections, where the cost is paid rarely). */
static void untrack_atomic(PyGC_Head *head, int dicts)
{
    PyGC_Head *g = (PyGC_Head *)head->_gc_next;
    while (g != head) {
        PyGC_Head *next = (PyGC_Head *)g->_gc_next;
        PyObject *op = _Py_FROM_GC(g);
        if (PyTuple_CheckExact(op))
            _PyTuple_MaybeUntrack(op);
        else if (dicts && PyDict_CheckExact(op))
            _PyDict_MaybeUntrack(op);
        g = next;
    }
}

Py_ssize_t _KrGC_Collect(int generation)
{
    if (!_kr_gc.initialized)
        _KrGC_Init();
    if (_kr_gc.collecting)
        return 0;
    if (generation < 0 || generation >= KR_GC_NGENERATIONS)
        generation = KR_GC_NGENERATIONS - 1;
    _kr_gc.collecting = 1;
    CHECK_LISTS("before collection");
    PyObject *saved_exc = PyErr_GetRaisedException();

    int older = generation + 1 < KR_GC_NGENERATIONS ? generation + 1 : generation;
    PyGC_Head *old = &_kr_gc.generations[older].head;
    objvec set = {0};
    Py_ssize_t collected = 0, survivors = 0;
    PyGC_Head unreachable;
    _KrGC_ListInit(&unreachable);

    for (int i = 0; i <= generation; i++)
        untrack_atomic(&_kr_gc.generations[i].head, 0);
    /* Running out of memory while gathering leaves every list untouched;
     * while marking, find_reachable keeps everything alive. */
    for (int i = 0; i <= generation; i++) {
        if (gather(&_kr_gc.generations[i].head, &set) < 0)
            goto finish;
    }
    (void)find_reachable(&set);
    /* a full collection's survivors go back into the oldest generation */
    for (int i = 0; i <= generation; i++)
        list_detach_all(&_kr_gc.generations[i].head);
    split_set(&set, old, &unreachable, &survivors);
    if (generation == KR_GC_NGENERATIONS - 1)
        untrack_atomic(old, 1);

    if ((PyGC_Head *)unreachable._gc_next != &unreachable) {
        handle_weakrefs(&unreachable);
        call_finalizers(&unreachable);
        /* Finalizers may have resurrected objects: look again at what is
         * left, this time with only the unreachable ones as the set. */
        set.len = 0;
        if (gather(&unreachable, &set) < 0)
            goto nomem_unreachable;
        (void)find_reachable(&set);
        list_detach_all(&unreachable);
        split_set(&set, old, &unreachable, NULL);
        for (PyGC_Head *g = (PyGC_Head *)unreachable._gc_next; g != &unreachable; g = (PyGC_Head *)g->_gc_next)
            collected++;
        delete_garbage(&unreachable, old);
    }
    goto finish;

nomem_unreachable:
    /* keep whatever is unreachable alive */
    while ((PyGC_Head *)unreachable._gc_next != &unreachable) {
        PyGC_Head *g = (PyGC_Head *)unreachable._gc_next;
        _KrGC_ListRemove(g);
        _KrGC_ListAppend(g, old);
    }
finish:
    PyMem_RawFree(set.items);
    for (int i = 0; i <= generation; i++)
        _kr_gc.generations[i].count = 0;
    if (generation + 1 < KR_GC_NGENERATIONS)
        _kr_gc.generations[generation + 1].count++;
    if (generation == KR_GC_NGENERATIONS - 1) {
        _kr_gc.long_lived_total = survivors;
        _kr_gc.long_lived_pending = 0;
    }
    else if (generation == KR_GC_NGENERATIONS - 2) {
        _kr_gc.long_lived_pending += survivors;
    }
    _kr_gc.stats[generation].collections++;
    _kr_gc.stats[generation].collected += collected;
    CHECK_LISTS("after collection");
    _kr_gc.collecting = 0;
    PyErr_SetRaisedException(saved_exc);
    return collected;
}

Py_ssize_t _KrGC_CollectGenerations(void)
{
    for (int i = KR_GC_NGENERATIONS - 1; i >= 0; i--) {
        struct _kr_gc_generation *gen = &_kr_gc.generations[i];
        if (gen->count > gen->threshold) {
            /* A full collection is expensive: as in CPython, do one only
             * when the objects awaiting it exceed 25% of the long-lived
             * population, so that building a big structure stays linear. */
            if (i == KR_GC_NGENERATIONS - 1 &&
                _kr_gc.long_lived_pending < _kr_gc.long_lived_total / 4)
                continue;
            return _KrGC_Collect(i);
        }
    }
    return 0;
}

Py_ssize_t PyGC_Collect(void)
{
    if (!_kr_gc.enabled)
        return 0;
    return _KrGC_Collect(KR_GC_NGENERATIONS - 1);
}
