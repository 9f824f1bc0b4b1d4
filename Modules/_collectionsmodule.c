/* The _collections module: deque, defaultdict, _count_elements and
 * _tuplegetter, the C half of collections/__init__.py.
 *
 * A deque is a doubly linked list of fixed-size blocks of item pointers.
 * Appending at either end writes into the end block and links a fresh
 * block only when that one is full, so both ends cost O(1) with no
 * reallocation and no moving of the other items, which a growable array
 * cannot offer at its left end.  The live items run from
 * (leftblock, leftindex) to (rightblock, rightindex) inclusive; an empty
 * deque keeps one block with leftindex == rightindex + 1 placed at the
 * block's centre, so that either end can take items before a new block is
 * needed.  The block size and the centre are CPython's, which makes
 * __sizeof__ agree with it.  A few spare blocks are kept per deque:
 * a queue that is appended at one end and popped at the other frees and
 * needs blocks at the same rate.
 *
 * `state` counts mutations that change the item layout.  Iterators and
 * the searching methods (count, index, remove, `in`) remember it and
 * raise once it changes: a comparison can run Python code that mutates
 * the deque, and a block it was reading may meanwhile have been freed.
 *
 * Item access at index i walks blocks from the nearer end; insert and del
 * at an interior index rotate the target to an end and back, as CPython
 * does, so their cost is O(min(i, n - i)).
 *
 * defaultdict is a static subclass of dict with one more field; all dict
 * behaviour is inherited and dict's __getitem__ calls __missing__ on
 * subclasses.  _tuplegetter is the data descriptor namedtuple puts on its
 * classes for the field names: reading item i of the tuple directly,
 * rather than through property(itemgetter(i)), is the point of it. */
#include "Python.h"
#include "structmember.h"
#include "kr_strings.h"
#include "kr_typing.h"

#define BLOCKLEN 64
#define CENTER ((BLOCKLEN - 1) / 2)
#define MAXFREEBLOCKS 16

typedef struct BLOCK {
    struct BLOCK *leftlink;
    PyObject *data[BLOCKLEN];
    struct BLOCK *rightlink;
} block;

typedef struct {
    PyObject_VAR_HEAD
    block *leftblock;
    block *rightblock;
    Py_ssize_t leftindex;  /* 0 <= leftindex < BLOCKLEN, or BLOCKLEN transiently */
    Py_ssize_t rightindex; /* -1 <= rightindex < BLOCKLEN */
    size_t state;          /* bumped on every change of the item layout */
    Py_ssize_t maxlen;     /* -1 for unbounded */
    Py_ssize_t numfreeblocks;
    block *freeblocks[MAXFREEBLOCKS];
    PyObject *weakreflist;
} dequeobject;

static PyTypeObject deque_type;
static PyTypeObject dequeiter_type;
static PyTypeObject dequereviter_type;
static PyTypeObject defdict_type;
static PyTypeObject tuplegetter_type;

#define DQ(op) ((dequeobject *)(op))

static const char mutated_msg[] = "deque mutated during iteration";

/* ====================== blocks ====================== */

static block *newblock(dequeobject *d)
{
    if (d->numfreeblocks > 0)
        return d->freeblocks[--d->numfreeblocks];
    block *b = PyMem_Malloc(sizeof(block));
    if (b == NULL)
        PyErr_NoMemory();
    return b;
}

static void freeblock(dequeobject *d, block *b)
{
    if (d->numfreeblocks < MAXFREEBLOCKS)
        d->freeblocks[d->numfreeblocks++] = b;
    else
        PyMem_Free(b);
}

/* ====================== the four ends ====================== */

/* These move references in and out without touching `state` or maxlen:
 * the public operations add those rules, rotate uses them bare. */

static int raw_append(dequeobject *d, PyObject *item)
{
    if (d->rightindex == BLOCKLEN - 1) {
        block *b = newblock(d);
        if (b == NULL)
            return -1;
        b->leftlink = d->rightblock;
        d->rightblock->rightlink = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    Py_SET_SIZE(d, Py_SIZE(d) + 1);
    d->rightblock->data[++d->rightindex] = item;
    return 0;
}

static int raw_appendleft(dequeobject *d, PyObject *item)
{
    if (d->leftindex == 0) {
        block *b = newblock(d);
        if (b == NULL)
            return -1;
        b->rightlink = d->leftblock;
        d->leftblock->leftlink = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    Py_SET_SIZE(d, Py_SIZE(d) + 1);
    d->leftblock->data[--d->leftindex] = item;
    return 0;
}

/* The deque must not be empty. */
static PyObject *raw_pop(dequeobject *d)
{
    PyObject *item = d->rightblock->data[d->rightindex--];
    Py_SET_SIZE(d, Py_SIZE(d) - 1);
    if (Py_SIZE(d) == 0) {
        /* re-centre the single block so both ends have room again */
        d->leftindex = CENTER + 1;
        d->rightindex = CENTER;
    }
    else if (d->rightindex < 0) {
        block *prev = d->rightblock->leftlink;
        freeblock(d, d->rightblock);
        d->rightblock = prev;
        d->rightindex = BLOCKLEN - 1;
    }
    return item;
}

static PyObject *raw_popleft(dequeobject *d)
{
    PyObject *item = d->leftblock->data[d->leftindex++];
    Py_SET_SIZE(d, Py_SIZE(d) - 1);
    if (Py_SIZE(d) == 0) {
        d->leftindex = CENTER + 1;
        d->rightindex = CENTER;
    }
    else if (d->leftindex == BLOCKLEN) {
        block *next = d->leftblock->rightlink;
        freeblock(d, d->leftblock);
        d->leftblock = next;
        d->leftindex = 0;
    }
    return item;
}

/* Append at the right, dropping from the left past maxlen.  Takes a new
 * reference to item. */
static int append_internal(dequeobject *d, PyObject *item)
{
    if (raw_append(d, item) < 0) {
        Py_DECREF(item);
        return -1;
    }
    d->state++;
    if (d->maxlen >= 0 && Py_SIZE(d) > d->maxlen)
        Py_DECREF(raw_popleft(d));
    return 0;
}

static int appendleft_internal(dequeobject *d, PyObject *item)
{
    if (raw_appendleft(d, item) < 0) {
        Py_DECREF(item);
        return -1;
    }
    d->state++;
    if (d->maxlen >= 0 && Py_SIZE(d) > d->maxlen)
        Py_DECREF(raw_pop(d));
    return 0;
}

/* Where item i (0 <= i < size) lives, walking from the nearer end. */
static void locate(dequeobject *d, Py_ssize_t i, block **bp, Py_ssize_t *ip)
{
    Py_ssize_t n = Py_SIZE(d);
    Py_ssize_t pos = i + d->leftindex;
    Py_ssize_t nb = pos / BLOCKLEN;
    block *b;
    if (i < n / 2) {
        b = d->leftblock;
        while (nb-- > 0)
            b = b->rightlink;
    }
    else {
        Py_ssize_t back = (d->leftindex + n - 1) / BLOCKLEN - nb;
        b = d->rightblock;
        while (back-- > 0)
            b = b->leftlink;
    }
    *bp = b;
    *ip = pos % BLOCKLEN;
}

/* Drop every item.  The blocks are detached first and the items released
 * afterwards, so a __del__ that looks at the deque sees it empty. */
static void clear_items(dequeobject *d)
{
    Py_ssize_t n = Py_SIZE(d);
    if (n == 0)
        return;
    d->state++;
    block *fresh = newblock(d);
    if (fresh == NULL) {
        /* no memory for a spare block: release the items one by one */
        PyErr_Clear();
        while (Py_SIZE(d) > 0)
            Py_DECREF(raw_pop(d));
        return;
    }
    block *b = d->leftblock;
    Py_ssize_t idx = d->leftindex;
    d->leftblock = d->rightblock = fresh;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    Py_SET_SIZE(d, 0);
    while (n-- > 0) {
        PyObject *item = b->data[idx++];
        if (idx == BLOCKLEN && n > 0) {
            block *next = b->rightlink;
            freeblock(d, b);
            b = next;
            idx = 0;
        }
        Py_DECREF(item);
    }
    freeblock(d, b);
}

/* Rotate n steps to the right (left when negative). */
static int rotate(dequeobject *d, Py_ssize_t n)
{
    Py_ssize_t len = Py_SIZE(d);
    if (len <= 1)
        return 0;
    Py_ssize_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    d->state++;
    /* room at the receiving end is made before an item leaves the other
     * end, so a failed allocation leaves the deque whole */
    for (; n > 0; n--) {
        if (d->leftindex == 0) {
            block *b = newblock(d);
            if (b == NULL)
                return -1;
            b->rightlink = d->leftblock;
            d->leftblock->leftlink = b;
            d->leftblock = b;
            d->leftindex = BLOCKLEN;
        }
        PyObject *item = raw_pop(d);
        raw_appendleft(d, item);
    }
    for (; n < 0; n++) {
        if (d->rightindex == BLOCKLEN - 1) {
            block *b = newblock(d);
            if (b == NULL)
                return -1;
            b->leftlink = d->rightblock;
            d->rightblock->rightlink = b;
            d->rightblock = b;
            d->rightindex = -1;
        }
        PyObject *item = raw_popleft(d);
        raw_append(d, item);
    }
    return 0;
}

static int del_item(dequeobject *d, Py_ssize_t i)
{
    if (rotate(d, -i) < 0)
        return -1;
    PyObject *item = raw_popleft(d);
    d->state++;
    int r = rotate(d, i);
    Py_DECREF(item);
    return r;
}

/* ====================== construction ====================== */

static PyObject *deque_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    dequeobject *d = (dequeobject *)type->tp_alloc(type, 0);
    if (d == NULL)
        return NULL;
    d->numfreeblocks = 0;
    block *b = newblock(d);
    if (b == NULL) {
        Py_DECREF(d);
        return NULL;
    }
    Py_SET_SIZE(d, 0);
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->state = 0;
    d->maxlen = -1;
    d->weakreflist = NULL;
    return (PyObject *)d;
}

static int deque_tp_clear(PyObject *self)
{
    clear_items(DQ(self));
    return 0;
}

static void deque_dealloc(PyObject *self)
{
    dequeobject *d = DQ(self);
    PyObject_GC_UnTrack(self);
    Py_TRASHCAN_BEGIN(d, deque_dealloc)
    if (d->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    if (d->leftblock != NULL) {
        clear_items(d);
        PyMem_Free(d->leftblock);
        d->leftblock = d->rightblock = NULL;
    }
    for (Py_ssize_t i = 0; i < d->numfreeblocks; i++)
        PyMem_Free(d->freeblocks[i]);
    d->numfreeblocks = 0;
    Py_TYPE(self)->tp_free(self);
    Py_TRASHCAN_END
}

static int deque_traverse(PyObject *self, visitproc visit, void *arg)
{
    dequeobject *d = DQ(self);
    block *b = d->leftblock;
    Py_ssize_t idx = d->leftindex;
    for (Py_ssize_t n = Py_SIZE(d); n > 0; n--) {
        Py_VISIT(b->data[idx]);
        if (++idx == BLOCKLEN) {
            b = b->rightlink;
            idx = 0;
        }
    }
    return 0;
}

/* Ends the iteration started by extend: StopIteration from a misbehaving
 * iterator counts as the end, as in PyIter_Next. */
static PyObject *finish_iteration(PyObject *it)
{
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration))
            return NULL;
        PyErr_Clear();
    }
    Py_RETURN_NONE;
}

static PyObject *deque_extend(PyObject *self, PyObject *iterable)
{
    dequeobject *d = DQ(self);
    if (iterable == self) {
        /* extending by itself: take the items as they are now */
        PyObject *s = PySequence_List(iterable);
        if (s == NULL)
            return NULL;
        PyObject *r = deque_extend(self, s);
        Py_DECREF(s);
        return r;
    }
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    iternextfunc next = Py_TYPE(it)->tp_iternext;
    PyObject *item;
    if (d->maxlen == 0) {
        /* nothing is kept, but the iterable is still consumed */
        while ((item = next(it)) != NULL)
            Py_DECREF(item);
        return finish_iteration(it);
    }
    if (Py_SIZE(d) == 0) {
        /* start filling at the block's left edge: a deque built by extend
         * then needs no block for its empty left half */
        d->leftindex = 1;
        d->rightindex = 0;
    }
    while ((item = next(it)) != NULL) {
        if (append_internal(d, item) < 0) {
            Py_DECREF(it);
            return NULL;
        }
    }
    return finish_iteration(it);
}

static PyObject *deque_extendleft(PyObject *self, PyObject *iterable)
{
    dequeobject *d = DQ(self);
    if (iterable == self) {
        PyObject *s = PySequence_List(iterable);
        if (s == NULL)
            return NULL;
        PyObject *r = deque_extendleft(self, s);
        Py_DECREF(s);
        return r;
    }
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    iternextfunc next = Py_TYPE(it)->tp_iternext;
    PyObject *item;
    if (d->maxlen == 0) {
        while ((item = next(it)) != NULL)
            Py_DECREF(item);
        return finish_iteration(it);
    }
    if (Py_SIZE(d) == 0) {
        d->leftindex = BLOCKLEN - 1;
        d->rightindex = BLOCKLEN - 2;
    }
    while ((item = next(it)) != NULL) {
        if (appendleft_internal(d, item) < 0) {
            Py_DECREF(it);
            return NULL;
        }
    }
    return finish_iteration(it);
}

static int deque_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static const char *kwlist[] = {"iterable", "maxlen", NULL};
    PyObject *iterable = NULL, *maxlenobj = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OO:deque", (char **)kwlist, &iterable, &maxlenobj))
        return -1;
    Py_ssize_t maxlen = -1;
    if (maxlenobj != NULL && maxlenobj != Py_None) {
        maxlen = PyLong_AsSsize_t(maxlenobj);
        if (maxlen == -1 && PyErr_Occurred())
            return -1;
        if (maxlen < 0) {
            PyErr_SetString(PyExc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    DQ(self)->maxlen = maxlen;
    if (Py_SIZE(self) > 0)
        clear_items(DQ(self));
    if (iterable != NULL) {
        PyObject *r = deque_extend(self, iterable);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
    }
    return 0;
}

/* ====================== methods ====================== */

static PyObject *deque_append(PyObject *self, PyObject *item)
{
    if (append_internal(DQ(self), Py_NewRef(item)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *deque_appendleft(PyObject *self, PyObject *item)
{
    if (appendleft_internal(DQ(self), Py_NewRef(item)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *deque_pop(PyObject *self, PyObject *unused)
{
    if (Py_SIZE(self) == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from an empty deque");
        return NULL;
    }
    DQ(self)->state++;
    return raw_pop(DQ(self));
}

static PyObject *deque_popleft(PyObject *self, PyObject *unused)
{
    if (Py_SIZE(self) == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from an empty deque");
        return NULL;
    }
    DQ(self)->state++;
    return raw_popleft(DQ(self));
}

static PyObject *deque_clearmethod(PyObject *self, PyObject *unused)
{
    clear_items(DQ(self));
    Py_RETURN_NONE;
}

static PyObject *deque_copy(PyObject *self, PyObject *unused)
{
    dequeobject *d = DQ(self);
    PyObject *result;
    if (Py_IS_TYPE(self, &deque_type)) {
        result = deque_new(&deque_type, NULL, NULL);
        if (result == NULL)
            return NULL;
        DQ(result)->maxlen = d->maxlen;
        PyObject *r = deque_extend(result, self);
        if (r == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        Py_DECREF(r);
        return result;
    }
    /* a subclass is copied through its own constructor */
    if (d->maxlen < 0)
        result = PyObject_CallOneArg((PyObject *)Py_TYPE(self), self);
    else
        result = PyObject_CallFunction((PyObject *)Py_TYPE(self), "On", self, d->maxlen);
    if (result != NULL && !PyObject_TypeCheck(result, &deque_type)) {
        PyErr_Format(PyExc_TypeError, "%.200s() must return a deque, not %.200s", Py_TYPE(self)->tp_name,
                     Py_TYPE(result)->tp_name);
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *deque_rotate(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t n = 1;
    if (!_PyArg_CheckPositional("deque.rotate", nargs, 0, 1))
        return NULL;
    if (nargs == 1 && _KrArg_Ssize(args[0], &n) < 0)
        return NULL;
    if (rotate(DQ(self), n) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *deque_reverse(PyObject *self, PyObject *unused)
{
    dequeobject *d = DQ(self);
    block *lb = d->leftblock, *rb = d->rightblock;
    Py_ssize_t li = d->leftindex, ri = d->rightindex;
    for (Py_ssize_t n = Py_SIZE(d) >> 1; n > 0; n--) {
        PyObject *tmp = lb->data[li];
        lb->data[li] = rb->data[ri];
        rb->data[ri] = tmp;
        if (++li == BLOCKLEN) {
            lb = lb->rightlink;
            li = 0;
        }
        if (--ri < 0) {
            rb = rb->leftlink;
            ri = BLOCKLEN - 1;
        }
    }
    Py_RETURN_NONE;
}

/* Compare the items from the left with v until one is equal: its index,
 * -1 when none is (-2 with an exception set).  Items [start, stop). */
static Py_ssize_t find_item(dequeobject *d, PyObject *v, Py_ssize_t start, Py_ssize_t stop, PyObject *mutated_exc)
{
    size_t state = d->state;
    block *b;
    Py_ssize_t idx;
    if (start >= stop)
        return -1;
    locate(d, start, &b, &idx);
    for (Py_ssize_t i = start; i < stop; i++) {
        PyObject *item = Py_NewRef(b->data[idx]);
        int cmp = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (cmp < 0)
            return -2;
        if (d->state != state) {
            PyErr_SetString(mutated_exc, mutated_msg);
            return -2;
        }
        if (cmp > 0)
            return i;
        if (++idx == BLOCKLEN) {
            b = b->rightlink;
            idx = 0;
        }
    }
    return -1;
}

static PyObject *deque_count(PyObject *self, PyObject *v)
{
    dequeobject *d = DQ(self);
    size_t state = d->state;
    block *b = d->leftblock;
    Py_ssize_t idx = d->leftindex, count = 0;
    for (Py_ssize_t n = Py_SIZE(d); n > 0; n--) {
        PyObject *item = Py_NewRef(b->data[idx]);
        int cmp = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (cmp < 0)
            return NULL;
        count += cmp;
        if (d->state != state) {
            PyErr_SetString(PyExc_RuntimeError, mutated_msg);
            return NULL;
        }
        if (++idx == BLOCKLEN) {
            b = b->rightlink;
            idx = 0;
        }
    }
    return PyLong_FromSsize_t(count);
}

static int deque_contains(PyObject *self, PyObject *v)
{
    Py_ssize_t i = find_item(DQ(self), v, 0, Py_SIZE(self), PyExc_RuntimeError);
    return i == -2 ? -1 : i >= 0;
}

static PyObject *deque_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1) {
        PyErr_Format(PyExc_TypeError, "index() takes at least 1 argument (%zd given)", nargs);
        return NULL;
    }
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "index() takes at most 3 arguments (%zd given)", nargs);
        return NULL;
    }
    Py_ssize_t start = 0, stop = PY_SSIZE_T_MAX, n = Py_SIZE(self);
    if (nargs > 1 && !_PyEval_SliceIndexNotNone(args[1], &start))
        return NULL;
    if (nargs > 2 && !_PyEval_SliceIndexNotNone(args[2], &stop))
        return NULL;
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0)
            stop = 0;
    }
    if (stop > n)
        stop = n;
    Py_ssize_t i = find_item(DQ(self), args[0], start, stop, PyExc_RuntimeError);
    if (i == -2)
        return NULL;
    if (i == -1) {
        PyErr_Format(PyExc_ValueError, "%R is not in deque", args[0]);
        return NULL;
    }
    return PyLong_FromSsize_t(i);
}

static PyObject *deque_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    dequeobject *d = DQ(self);
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "insert() takes exactly 2 arguments (%zd given)", nargs);
        return NULL;
    }
    Py_ssize_t index, n = Py_SIZE(d);
    if (_KrArg_Ssize(args[0], &index) < 0)
        return NULL;
    PyObject *v = args[1];
    if (d->maxlen == n) {
        PyErr_SetString(PyExc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    if (index >= n)
        return deque_append(self, v);
    if (index <= -n || index == 0)
        return deque_appendleft(self, v);
    /* bring the insertion point to an end and back */
    if (rotate(d, -index) < 0)
        return NULL;
    int r = index < 0 ? append_internal(d, Py_NewRef(v)) : appendleft_internal(d, Py_NewRef(v));
    if (r < 0)
        return NULL;
    if (rotate(d, index) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *deque_remove(PyObject *self, PyObject *v)
{
    Py_ssize_t i = find_item(DQ(self), v, 0, Py_SIZE(self), PyExc_IndexError);
    if (i == -2)
        return NULL;
    if (i == -1) {
        PyErr_Format(PyExc_ValueError, "%R is not in deque", v);
        return NULL;
    }
    if (del_item(DQ(self), i) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *deque_reduce(PyObject *self, PyObject *unused)
{
    /* the instance dict and the __slots__ of a subclass, as __getstate__
     * gives them */
    PyObject *dict = _PyObject_GetState(self);
    if (dict == NULL)
        return NULL;
    PyObject *it = PyObject_GetIter(self);
    if (it == NULL) {
        Py_DECREF(dict);
        return NULL;
    }
    if (DQ(self)->maxlen < 0)
        return Py_BuildValue("O()NN", Py_TYPE(self), dict, it);
    return Py_BuildValue("O(()n)NN", Py_TYPE(self), DQ(self)->maxlen, dict, it);
}

static PyObject *deque_sizeof(PyObject *self, PyObject *unused)
{
    dequeobject *d = DQ(self);
    Py_ssize_t blocks = (d->leftindex + Py_SIZE(d) + BLOCKLEN - 1) / BLOCKLEN;
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize + blocks * (Py_ssize_t)sizeof(block));
}

static PyObject *deque_get_maxlen(PyObject *self, void *closure)
{
    if (DQ(self)->maxlen < 0)
        Py_RETURN_NONE;
    return PyLong_FromSsize_t(DQ(self)->maxlen);
}

static PyObject *deque_class_getitem(PyObject *cls, PyObject *args)
{
    return Py_GenericAlias(cls, args);
}

/* ====================== sequence protocol ====================== */

static Py_ssize_t deque_len(PyObject *self)
{
    return Py_SIZE(self);
}

static PyObject *deque_item(PyObject *self, Py_ssize_t i)
{
    dequeobject *d = DQ(self);
    if (i < 0 || i >= Py_SIZE(d)) {
        PyErr_SetString(PyExc_IndexError, "deque index out of range");
        return NULL;
    }
    block *b;
    Py_ssize_t idx;
    locate(d, i, &b, &idx);
    return Py_NewRef(b->data[idx]);
}

static int deque_ass_item(PyObject *self, Py_ssize_t i, PyObject *v)
{
    dequeobject *d = DQ(self);
    if (i < 0 || i >= Py_SIZE(d)) {
        PyErr_SetString(PyExc_IndexError, "deque index out of range");
        return -1;
    }
    if (v == NULL)
        return del_item(d, i);
    block *b;
    Py_ssize_t idx;
    locate(d, i, &b, &idx);
    Py_SETREF(b->data[idx], Py_NewRef(v));
    return 0;
}

static PyObject *deque_inplace_concat(PyObject *self, PyObject *other)
{
    PyObject *r = deque_extend(self, other);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    return Py_NewRef(self);
}

static PyObject *deque_concat(PyObject *self, PyObject *other)
{
    int ok = PyObject_IsInstance(other, (PyObject *)&deque_type);
    if (ok <= 0) {
        if (ok == 0)
            PyErr_Format(PyExc_TypeError, "can only concatenate %.200s (not \"%.200s\") to %.200s",
                         _PyType_Name(Py_TYPE(self)), Py_TYPE(other)->tp_name, _PyType_Name(Py_TYPE(self)));
        return NULL;
    }
    PyObject *result = deque_copy(self, NULL);
    if (result == NULL)
        return NULL;
    PyObject *r = deque_extend(result, other);
    if (r == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    Py_DECREF(r);
    return result;
}

static PyObject *deque_inplace_repeat(PyObject *self, Py_ssize_t n)
{
    dequeobject *d = DQ(self);
    Py_ssize_t size = Py_SIZE(d);
    if (n <= 0) {
        clear_items(d);
        return Py_NewRef(self);
    }
    if (size == 0 || n == 1)
        return Py_NewRef(self);
    if (size > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    /* past maxlen only the last maxlen items survive: stop repeating once
     * the copies appended cover them */
    if (d->maxlen >= 0 && n * size > d->maxlen)
        n = (d->maxlen + size - 1) / size;
    PyObject *seq = PySequence_List(self);
    if (seq == NULL)
        return NULL;
    for (Py_ssize_t k = 1; k < n; k++) {
        for (Py_ssize_t j = 0; j < size; j++) {
            if (append_internal(d, Py_NewRef(PyList_GET_ITEM(seq, j))) < 0) {
                Py_DECREF(seq);
                return NULL;
            }
        }
    }
    Py_DECREF(seq);
    return Py_NewRef(self);
}

static PyObject *deque_repeat(PyObject *self, Py_ssize_t n)
{
    PyObject *copy = deque_copy(self, NULL);
    if (copy == NULL)
        return NULL;
    PyObject *r = deque_inplace_repeat(copy, n);
    Py_DECREF(copy);
    return r;
}

/* ====================== repr and comparison ====================== */

static PyObject *deque_repr(PyObject *self)
{
    int status = Py_ReprEnter(self);
    if (status != 0)
        return status < 0 ? NULL : PyUnicode_FromString("[...]");
    PyObject *list = PySequence_List(self);
    if (list == NULL) {
        Py_ReprLeave(self);
        return NULL;
    }
    PyObject *result;
    if (DQ(self)->maxlen >= 0)
        result = PyUnicode_FromFormat("%s(%R, maxlen=%zd)", _PyType_Name(Py_TYPE(self)), list, DQ(self)->maxlen);
    else
        result = PyUnicode_FromFormat("%s(%R)", _PyType_Name(Py_TYPE(self)), list);
    Py_ReprLeave(self);
    Py_DECREF(list);
    return result;
}

static PyObject *deque_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyObject_TypeCheck(v, &deque_type) || !PyObject_TypeCheck(w, &deque_type))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t vs = Py_SIZE(v), ws = Py_SIZE(w);
    if (op == Py_EQ || op == Py_NE) {
        if (v == w)
            return PyBool_FromLong(op == Py_EQ);
        if (vs != ws)
            return PyBool_FromLong(op == Py_NE);
    }
    /* the first position where the items differ decides; the iterators
     * notice a deque changed by a comparison */
    PyObject *it1 = PyObject_GetIter(v), *it2 = NULL, *x = NULL, *y = NULL;
    int cmp = -1;
    if (it1 == NULL)
        return NULL;
    it2 = PyObject_GetIter(w);
    if (it2 == NULL)
        goto done;
    for (;;) {
        x = PyIter_Next(it1);
        if (x == NULL && PyErr_Occurred())
            goto done;
        y = PyIter_Next(it2);
        if (x == NULL || y == NULL)
            break;
        int eq = PyObject_RichCompareBool(x, y, Py_EQ);
        if (eq == 0) {
            cmp = PyObject_RichCompareBool(x, y, op);
            goto done;
        }
        Py_CLEAR(x);
        Py_CLEAR(y);
        if (eq < 0)
            goto done;
    }
    if (PyErr_Occurred())
        goto done;
    /* one of them, or both, ran out */
    switch (op) {
    case Py_LT: cmp = y != NULL; break;
    case Py_LE: cmp = x == NULL; break;
    case Py_EQ: cmp = x == NULL && y == NULL; break;
    case Py_NE: cmp = !(x == NULL && y == NULL); break;
    case Py_GT: cmp = x != NULL; break;
    case Py_GE: cmp = y == NULL; break;
    }
done:
    Py_XDECREF(x);
    Py_XDECREF(y);
    Py_DECREF(it1);
    Py_XDECREF(it2);
    if (cmp < 0)
        return NULL;
    return PyBool_FromLong(cmp);
}

/* ====================== iterators ====================== */

typedef struct {
    PyObject_HEAD
    block *b;
    Py_ssize_t index;
    dequeobject *deque;
    size_t state;       /* the deque's state when the iterator was made */
    Py_ssize_t counter; /* items still to come */
} dequeiterobject;

static PyObject *make_iter(dequeobject *d, PyTypeObject *type, int reverse)
{
    dequeiterobject *it = PyObject_GC_New(dequeiterobject, type);
    if (it == NULL)
        return NULL;
    it->b = reverse ? d->rightblock : d->leftblock;
    it->index = reverse ? d->rightindex : d->leftindex;
    it->deque = (dequeobject *)Py_NewRef(d);
    it->state = d->state;
    it->counter = Py_SIZE(d);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *deque_iter(PyObject *self)
{
    return make_iter(DQ(self), &dequeiter_type, 0);
}

static PyObject *deque_reversed(PyObject *self, PyObject *unused)
{
    return make_iter(DQ(self), &dequereviter_type, 1);
}

static void dequeiter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(((dequeiterobject *)self)->deque);
    PyObject_GC_Del(self);
}

static int dequeiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((dequeiterobject *)self)->deque);
    return 0;
}

static PyObject *dequeiter_next(PyObject *self)
{
    dequeiterobject *it = (dequeiterobject *)self;
    if (it->deque->state != it->state) {
        it->counter = 0;
        PyErr_SetString(PyExc_RuntimeError, mutated_msg);
        return NULL;
    }
    if (it->counter == 0)
        return NULL;
    PyObject *item = it->b->data[it->index];
    it->index++;
    it->counter--;
    if (it->index == BLOCKLEN && it->counter > 0) {
        it->b = it->b->rightlink;
        it->index = 0;
    }
    return Py_NewRef(item);
}

static PyObject *dequereviter_next(PyObject *self)
{
    dequeiterobject *it = (dequeiterobject *)self;
    if (it->deque->state != it->state) {
        it->counter = 0;
        PyErr_SetString(PyExc_RuntimeError, mutated_msg);
        return NULL;
    }
    if (it->counter == 0)
        return NULL;
    PyObject *item = it->b->data[it->index];
    it->index--;
    it->counter--;
    if (it->index < 0 && it->counter > 0) {
        it->b = it->b->leftlink;
        it->index = BLOCKLEN - 1;
    }
    return Py_NewRef(item);
}

/* _deque_iterator(deque, index=0): an iterator already advanced by index
 * items, which is how a pickled iterator comes back. */
static PyObject *iter_new_common(PyTypeObject *type, PyObject *args, PyObject *kwds, int reverse)
{
    PyObject *d;
    Py_ssize_t index = 0;
    if (!_PyArg_NoKeywords(type->tp_name + sizeof "_collections." - 1, kwds))
        return NULL;
    if (!PyArg_ParseTuple(args, "O!|n", &deque_type, &d, &index))
        return NULL;
    PyObject *it = make_iter(DQ(d), type, reverse);
    if (it == NULL)
        return NULL;
    iternextfunc next = reverse ? dequereviter_next : dequeiter_next;
    for (Py_ssize_t i = 0; i < index; i++) {
        PyObject *item = next(it);
        if (item == NULL) {
            if (((dequeiterobject *)it)->counter) {
                Py_DECREF(it);
                return NULL;
            }
            break;
        }
        Py_DECREF(item);
    }
    return it;
}

static PyObject *dequeiter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return iter_new_common(type, args, kwds, 0);
}

static PyObject *dequereviter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return iter_new_common(type, args, kwds, 1);
}

static PyObject *dequeiter_len(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(((dequeiterobject *)self)->counter);
}

static PyObject *dequeiter_reduce(PyObject *self, PyObject *unused)
{
    dequeiterobject *it = (dequeiterobject *)self;
    return Py_BuildValue("O(On)", Py_TYPE(self), it->deque, Py_SIZE(it->deque) - it->counter);
}

static PyMethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", dequeiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static PyTypeObject dequeiter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_collections._deque_iterator",
    .tp_basicsize = sizeof(dequeiterobject),
    .tp_dealloc = dequeiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dequeiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = dequeiter_next,
    .tp_methods = dequeiter_methods,
    .tp_new = dequeiter_new,
};

static PyTypeObject dequereviter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_collections._deque_reverse_iterator",
    .tp_basicsize = sizeof(dequeiterobject),
    .tp_dealloc = dequeiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dequeiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = dequereviter_next,
    .tp_methods = dequeiter_methods,
    .tp_new = dequereviter_new,
};

/* ====================== the deque type ====================== */

static PyMethodDef deque_methods[] = {
    {"append", deque_append, METH_O, "Add an element to the right side of the deque."},
    {"appendleft", deque_appendleft, METH_O, "Add an element to the left side of the deque."},
    {"clear", deque_clearmethod, METH_NOARGS, "Remove all elements from the deque."},
    {"__copy__", deque_copy, METH_NOARGS, "Return a shallow copy of a deque."},
    {"copy", deque_copy, METH_NOARGS, "Return a shallow copy of a deque."},
    {"count", deque_count, METH_O, "D.count(value) -> integer -- return number of occurrences of value"},
    {"extend", deque_extend, METH_O, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_extendleft, METH_O, "Extend the left side of the deque with elements from the iterable"},
    {"index", (PyCFunction)(void (*)(void))deque_index, METH_FASTCALL,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", (PyCFunction)(void (*)(void))deque_insert, METH_FASTCALL,
     "D.insert(index, object) -- insert object before index"},
    {"pop", deque_pop, METH_NOARGS, "Remove and return the rightmost element."},
    {"popleft", deque_popleft, METH_NOARGS, "Remove and return the leftmost element."},
    {"__reduce__", deque_reduce, METH_NOARGS, "Return state information for pickling."},
    {"remove", deque_remove, METH_O, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", deque_reversed, METH_NOARGS, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", deque_reverse, METH_NOARGS, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", (PyCFunction)(void (*)(void))deque_rotate, METH_FASTCALL,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", deque_sizeof, METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", deque_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PySequenceMethods deque_as_sequence = {
    .sq_length = deque_len,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_item = deque_item,
    .sq_ass_item = deque_ass_item,
    .sq_contains = deque_contains,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
};

static PyTypeObject deque_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(dequeobject),
    .tp_dealloc = deque_dealloc,
    .tp_repr = deque_repr,
    .tp_as_sequence = &deque_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
              "A list-like sequence optimized for data accesses near its endpoints.",
    .tp_traverse = deque_traverse,
    .tp_clear = deque_tp_clear,
    .tp_richcompare = deque_richcompare,
    .tp_weaklistoffset = offsetof(dequeobject, weakreflist),
    .tp_iter = deque_iter,
    .tp_methods = deque_methods,
    .tp_getset = deque_getset,
    .tp_init = deque_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = deque_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== defaultdict ====================== */

typedef struct {
    PyDictObject dict;
    PyObject *default_factory;
} defdictobject;

#define DD(op) ((defdictobject *)(op))

static PyObject *defdict_missing(PyObject *self, PyObject *key)
{
    PyObject *factory = DD(self)->default_factory;
    if (factory == NULL || factory == Py_None) {
        /* a tuple, so that a tuple key is shown whole */
        PyObject *tup = PyTuple_Pack(1, key);
        if (tup != NULL) {
            PyErr_SetObject(PyExc_KeyError, tup);
            Py_DECREF(tup);
        }
        return NULL;
    }
    PyObject *value = PyObject_CallNoArgs(factory);
    if (value == NULL)
        return NULL;
    if (PyObject_SetItem(self, key, value) < 0) {
        Py_DECREF(value);
        return NULL;
    }
    return value;
}

/* type(dd)(dd.default_factory, arg): copies and | go through the class so
 * that subclasses get instances of themselves. */
static PyObject *new_defdict(PyObject *dd, PyObject *arg)
{
    PyObject *factory = DD(dd)->default_factory;
    return PyObject_CallFunctionObjArgs((PyObject *)Py_TYPE(dd), factory ? factory : Py_None, arg, NULL);
}

static PyObject *defdict_copy(PyObject *self, PyObject *unused)
{
    return new_defdict(self, self);
}

static PyObject *defdict_reduce(PyObject *self, PyObject *unused)
{
    PyObject *factory = DD(self)->default_factory;
    PyObject *args = factory == NULL || factory == Py_None ? PyTuple_New(0) : PyTuple_Pack(1, factory);
    if (args == NULL)
        return NULL;
    PyObject *items = PyObject_CallMethodNoArgs(self, _Py_ID(items));
    if (items == NULL) {
        Py_DECREF(args);
        return NULL;
    }
    PyObject *it = PyObject_GetIter(items);
    Py_DECREF(items);
    if (it == NULL) {
        Py_DECREF(args);
        return NULL;
    }
    PyObject *result = PyTuple_Pack(5, (PyObject *)Py_TYPE(self), args, Py_None, Py_None, it);
    Py_DECREF(args);
    Py_DECREF(it);
    return result;
}

static PyObject *defdict_repr(PyObject *self)
{
    PyObject *factory = DD(self)->default_factory, *defrepr;
    PyObject *baserepr = PyDict_Type.tp_repr(self);
    if (baserepr == NULL)
        return NULL;
    if (factory == NULL)
        defrepr = PyUnicode_FromString("None");
    else {
        int status = Py_ReprEnter(factory);
        if (status != 0) {
            if (status < 0) {
                Py_DECREF(baserepr);
                return NULL;
            }
            defrepr = PyUnicode_FromString("...");
        }
        else {
            defrepr = PyObject_Repr(factory);
            Py_ReprLeave(factory);
        }
    }
    if (defrepr == NULL) {
        Py_DECREF(baserepr);
        return NULL;
    }
    PyObject *result = PyUnicode_FromFormat("%s(%U, %U)", _PyType_Name(Py_TYPE(self)), defrepr, baserepr);
    Py_DECREF(defrepr);
    Py_DECREF(baserepr);
    return result;
}

static PyObject *defdict_or(PyObject *left, PyObject *right)
{
    PyObject *self, *other;
    if (PyObject_TypeCheck(left, &defdict_type)) {
        self = left;
        other = right;
    }
    else {
        self = right;
        other = left;
    }
    if (!PyDict_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *result = new_defdict(self, left);
    if (result == NULL)
        return NULL;
    if (PyDict_Update(result, right) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static int defdict_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *olddefault = DD(self)->default_factory, *newdefault = NULL, *newargs;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n > 0) {
        newdefault = PyTuple_GET_ITEM(args, 0);
        if (!PyCallable_Check(newdefault) && newdefault != Py_None) {
            PyErr_SetString(PyExc_TypeError, "first argument must be callable or None");
            return -1;
        }
    }
    newargs = PyTuple_GetSlice(args, n > 0 ? 1 : 0, n);
    if (newargs == NULL)
        return -1;
    DD(self)->default_factory = Py_XNewRef(newdefault);
    int r = PyDict_Type.tp_init(self, newargs, kwds);
    Py_DECREF(newargs);
    Py_XDECREF(olddefault);
    return r;
}

static int defdict_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(DD(self)->default_factory);
    return PyDict_Type.tp_traverse(self, visit, arg);
}

static int defdict_tp_clear(PyObject *self)
{
    Py_CLEAR(DD(self)->default_factory);
    return PyDict_Type.tp_clear(self);
}

static void defdict_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_CLEAR(DD(self)->default_factory);
    PyDict_Type.tp_dealloc(self);
}

static PyObject *defdict_class_getitem(PyObject *cls, PyObject *args)
{
    return Py_GenericAlias(cls, args);
}

static PyMethodDef defdict_methods[] = {
    {"__missing__", defdict_missing, METH_O,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n"
     "  return value\n"},
    {"copy", defdict_copy, METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__copy__", defdict_copy, METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__reduce__", defdict_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__class_getitem__", defdict_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}};

static PyMemberDef defdict_members[] = {
    {"default_factory", T_OBJECT, offsetof(defdictobject, default_factory), 0,
     "Factory for default value called by __missing__()."},
    {NULL, 0, 0, 0, NULL}};

static PyNumberMethods defdict_as_number = {
    .nb_or = defdict_or,
};

static PyTypeObject defdict_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "collections.defaultdict",
    .tp_basicsize = sizeof(defdictobject),
    .tp_dealloc = defdict_dealloc,
    .tp_repr = defdict_repr,
    .tp_as_number = &defdict_as_number,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
              "The default factory is called without arguments to produce\n"
              "a new value when a key is not present, in __getitem__ only.\n"
              "A defaultdict compares equal to a dict with the same items.\n"
              "All remaining arguments are treated the same as if they were\n"
              "passed to the dict constructor, including keyword arguments.\n",
    .tp_traverse = defdict_traverse,
    .tp_clear = defdict_tp_clear,
    .tp_methods = defdict_methods,
    .tp_members = defdict_members,
    .tp_init = defdict_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};

/* ====================== _count_elements ====================== */

static PyObject *count_elements(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_count_elements", nargs, 2, 2))
        return NULL;
    PyObject *mapping = args[0], *it, *key = NULL, *one, *bound_get = NULL;
    it = PyObject_GetIter(args[1]);
    if (it == NULL)
        return NULL;
    one = PyLong_FromLong(1);
    PyObject *mapping_get = _PyType_Lookup(Py_TYPE(mapping), _Py_ID(get));
    PyObject *dict_get = _PyType_Lookup(&PyDict_Type, _Py_ID(get));
    PyObject *mapping_setitem = _PyType_Lookup(Py_TYPE(mapping), _Py_ID(__setitem__));
    PyObject *dict_setitem = _PyType_Lookup(&PyDict_Type, _Py_ID(__setitem__));
    if (mapping_get != NULL && mapping_get == dict_get && mapping_setitem != NULL &&
        mapping_setitem == dict_setitem && PyDict_Check(mapping)) {
        /* a dict whose get and [] are dict's own: one hash per element */
        while ((key = PyIter_Next(it)) != NULL) {
            Py_hash_t hash = PyObject_Hash(key);
            if (hash == -1)
                goto done;
            PyObject *oldval = _PyDict_GetItem_KnownHash(mapping, key, hash);
            if (oldval == NULL) {
                if (PyErr_Occurred() || _PyDict_SetItem_KnownHash(mapping, key, one, hash) < 0)
                    goto done;
            }
            else {
                PyObject *newval = PyNumber_Add(Py_NewRef(oldval), one);
                Py_DECREF(oldval);
                if (newval == NULL)
                    goto done;
                int r = _PyDict_SetItem_KnownHash(mapping, key, newval, hash);
                Py_DECREF(newval);
                if (r < 0)
                    goto done;
            }
            Py_CLEAR(key);
        }
    }
    else {
        bound_get = PyObject_GetAttr(mapping, _Py_ID(get));
        if (bound_get == NULL)
            goto done;
        PyObject *zero = PyLong_FromLong(0);
        while ((key = PyIter_Next(it)) != NULL) {
            PyObject *oldval = PyObject_CallFunctionObjArgs(bound_get, key, zero, NULL);
            if (oldval == NULL)
                break;
            PyObject *newval = PyNumber_Add(oldval, one);
            Py_DECREF(oldval);
            if (newval == NULL)
                break;
            int r = PyObject_SetItem(mapping, key, newval);
            Py_DECREF(newval);
            if (r < 0)
                break;
            Py_CLEAR(key);
        }
        Py_DECREF(zero);
    }
done:
    Py_DECREF(it);
    Py_XDECREF(key);
    Py_XDECREF(bound_get);
    Py_DECREF(one);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

/* ====================== _tuplegetter ====================== */

typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyObject *doc;
} tuplegetterobject;

#define TG(op) ((tuplegetterobject *)(op))

static PyObject *tuplegetter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t index;
    if (!_PyArg_NoKeywords("_tuplegetter", kwds) ||
        !_PyArg_CheckPositional("_tuplegetter", PyTuple_GET_SIZE(args), 2, 2))
        return NULL;
    if (_KrArg_Ssize(PyTuple_GET_ITEM(args, 0), &index) < 0)
        return NULL;
    tuplegetterobject *self = (tuplegetterobject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->index = index;
    self->doc = Py_NewRef(PyTuple_GET_ITEM(args, 1));
    return (PyObject *)self;
}

static PyObject *tuplegetter_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    Py_ssize_t index = TG(self)->index;
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(self);
    if (!PyTuple_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                     index, Py_TYPE(obj)->tp_name);
        return NULL;
    }
    if (index < 0 || index >= PyTuple_GET_SIZE(obj)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return Py_NewRef(PyTuple_GET_ITEM(obj, index));
}

static int tuplegetter_descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PyErr_SetString(PyExc_AttributeError, value == NULL ? "can't delete attribute" : "can't set attribute");
    return -1;
}

static int tuplegetter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(TG(self)->doc);
    return 0;
}

static int tuplegetter_clear(PyObject *self)
{
    Py_CLEAR(TG(self)->doc);
    return 0;
}

static void tuplegetter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    tuplegetter_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *tuplegetter_reduce(PyObject *self, PyObject *unused)
{
    return Py_BuildValue("(O(nO))", (PyObject *)Py_TYPE(self), TG(self)->index,
                         TG(self)->doc ? TG(self)->doc : Py_None);
}

static PyMemberDef tuplegetter_members[] = {
    {"__doc__", T_OBJECT, offsetof(tuplegetterobject, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL}};

static PyMethodDef tuplegetter_methods[] = {
    {"__reduce__", tuplegetter_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyTypeObject tuplegetter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_collections._tuplegetter",
    .tp_basicsize = sizeof(tuplegetterobject),
    .tp_dealloc = tuplegetter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = tuplegetter_traverse,
    .tp_clear = tuplegetter_clear,
    .tp_methods = tuplegetter_methods,
    .tp_members = tuplegetter_members,
    .tp_descr_get = tuplegetter_descr_get,
    .tp_descr_set = tuplegetter_descr_set,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = tuplegetter_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== the module ====================== */

static PyMethodDef module_methods[] = {
    {"_count_elements", (PyCFunction)(void (*)(void))count_elements, METH_FASTCALL,
     "_count_elements($module, mapping, iterable, /)\n--\n\n"
     "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef collectionsmodule = {
    PyModuleDef_HEAD_INIT, "_collections",
    "High performance data structures.\n"
    "- deque:        ordered collection accessible from endpoints only\n"
    "- defaultdict:  dict subclass with a default value factory\n",
    -1, module_methods, NULL, NULL, NULL, NULL};

PyObject *PyInit__collections(void)
{
    defdict_type.tp_base = &PyDict_Type;
    PyTypeObject *types[] = {&deque_type, &defdict_type, &dequeiter_type, &dequereviter_type, &tuplegetter_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    PyObject *m = PyModule_Create(&collectionsmodule);
    if (m == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (PyModule_AddType(m, types[i]) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    }
    return m;
}
