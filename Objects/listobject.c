/* list: a growable array of references.
 *
 * Layout (CPython 3.11): ob_item points to a separately allocated array of
 * `allocated` slots of which the first ob_size are in use.  Invariants:
 *     0 <= ob_size <= allocated
 *     ob_item == NULL  iff  allocated == 0   (except during sort, below)
 * Growth over-allocates by about 1/8 plus a little, rounded to a multiple of
 * 4 (list_resize), which keeps append amortised O(1) and makes
 * sys.getsizeof agree with CPython after the same sequence of operations.
 * Shrinking reallocates only when the list falls under half its capacity.
 *
 * While sort() runs, the list is emptied (ob_item NULL, allocated -1) and
 * the items are sorted in a private array; any mutation done by a key
 * function or a comparison is then visible as allocated != -1 and reported
 * as "list modified during sort".  The sort is timsort: natural runs
 * extended to a minimum length by binary insertion, merged by the powersort
 * policy of CPython 3.11, merges galloping when one run keeps winning.
 *
 * Where items are replaced or removed, the decrefs come last, after the
 * list is consistent again: a decref can run arbitrary code (__del__) that
 * looks at this very list. */
#include "Python.h"
#include "kr_typing.h"
#include "kr_iter.h"
#include "kr_compare.h"

/* Free list of list headers (CPython keeps 80). */
#define KR_LIST_MAXFREELIST 80
static PyListObject *free_list[KR_LIST_MAXFREELIST];
static int numfree;

static PyObject *list_iter(PyObject *seq);

/* ---------------------------------------------------------------------- */
/* storage */

/* Make room for newsize items; newsize may be smaller than ob_size only if
 * the caller has already dealt with the items beyond it. */
static int
list_resize(PyListObject *self, Py_ssize_t newsize)
{
    Py_ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        Py_SET_SIZE(self, newsize);
        return 0;
    }
    /* ~1/8 extra plus 6, multiple of 4; a jump much larger than the current
     * size (extend by a big sequence) allocates just what is needed. */
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    /* signed: when shrinking the left side is negative and must not wrap */
    if (newsize - Py_SIZE(self) > (Py_ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    PyObject **items;
    if (new_allocated <= (size_t)PY_SSIZE_T_MAX / sizeof(PyObject *))
        items = PyMem_Realloc(self->ob_item, new_allocated * sizeof(PyObject *));
    else
        items = NULL;
    if (items == NULL && new_allocated != 0) {
        PyErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    Py_SET_SIZE(self, newsize);
    self->allocated = (Py_ssize_t)new_allocated;
    return 0;
}

/* list(x) and [] + extend: allocate room for exactly `size` items, rounded
 * up to an even count as CPython 3.11 does. */
static int
list_preallocate_exact(PyListObject *self, Py_ssize_t size)
{
    if (size > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(PyObject *)) {
        PyErr_NoMemory(); /* also keeps the rounding below from overflowing */
        return -1;
    }
    size = (size + 1) & ~(Py_ssize_t)1;
    PyObject **items = PyMem_New(PyObject *, size);
    if (items == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

PyObject *
PyList_New(Py_ssize_t size)
{
    if (size < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyListObject *op;
    if (numfree > 0) {
        op = free_list[--numfree];
        Py_SET_REFCNT(op, 1);
#ifdef Py_REF_DEBUG
        _Py_RefTotal++;
#endif
    } else {
        op = PyObject_GC_New(PyListObject, &PyList_Type);
        if (op == NULL)
            return NULL;
    }
    if (size <= 0) {
        op->ob_item = NULL;
    } else {
        op->ob_item = (PyObject **)PyMem_Calloc((size_t)size, sizeof(PyObject *));
        if (op->ob_item == NULL) {
            Py_DECREF(op);
            return PyErr_NoMemory();
        }
    }
    Py_SET_SIZE(op, size);
    op->allocated = size;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

static PyObject *
list_new_prealloc(Py_ssize_t size)
{
    PyListObject *op = (PyListObject *)PyList_New(0);
    if (op == NULL || size == 0)
        return (PyObject *)op;
    op->ob_item = PyMem_New(PyObject *, size);
    if (op->ob_item == NULL) {
        Py_DECREF(op);
        return PyErr_NoMemory();
    }
    op->allocated = size;
    return (PyObject *)op;
}

Py_ssize_t
PyList_Size(PyObject *op)
{
    if (!PyList_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return Py_SIZE(op);
}

static inline int
valid_index(Py_ssize_t i, Py_ssize_t limit)
{
    return (size_t)i < (size_t)limit;
}

PyObject *
PyList_GetItem(PyObject *op, Py_ssize_t i)
{
    if (!PyList_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (!valid_index(i, Py_SIZE(op))) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    return ((PyListObject *)op)->ob_item[i];
}

int
PyList_SetItem(PyObject *op, Py_ssize_t i, PyObject *newitem)
{
    if (!PyList_Check(op)) {
        Py_XDECREF(newitem);
        PyErr_BadInternalCall();
        return -1;
    }
    if (!valid_index(i, Py_SIZE(op))) {
        Py_XDECREF(newitem);
        PyErr_SetString(PyExc_IndexError, "list assignment index out of range");
        return -1;
    }
    PyObject **p = ((PyListObject *)op)->ob_item + i;
    Py_XSETREF(*p, newitem);
    return 0;
}

static int
ins1(PyListObject *self, Py_ssize_t where, PyObject *v)
{
    Py_ssize_t n = Py_SIZE(self);
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    PyObject **items = self->ob_item;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(PyObject *));
    items[where] = Py_NewRef(v);
    return 0;
}

int
PyList_Insert(PyObject *op, Py_ssize_t where, PyObject *newitem)
{
    if (!PyList_Check(op) || newitem == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ins1((PyListObject *)op, where, newitem);
}

/* The append fast path: no resize while there is spare capacity. */
static inline int
list_append_steal(PyListObject *self, PyObject *v)
{
    Py_ssize_t len = Py_SIZE(self);
    if (self->allocated > len) {
        self->ob_item[len] = v;
        Py_SET_SIZE(self, len + 1);
        return 0;
    }
    if (list_resize(self, len + 1) < 0) {
        Py_DECREF(v);
        return -1;
    }
    self->ob_item[len] = v;
    return 0;
}

int
_PyList_AppendTakeRef(PyListObject *self, PyObject *newitem)
{
    return list_append_steal(self, newitem);
}

int
PyList_Append(PyObject *op, PyObject *newitem)
{
    if (PyList_Check(op) && newitem != NULL)
        return list_append_steal((PyListObject *)op, Py_NewRef(newitem));
    PyErr_BadInternalCall();
    return -1;
}

PyObject *
_PyList_FromArraySteal(PyObject *const *src, Py_ssize_t n)
{
    if (n == 0)
        return PyList_New(0);
    PyListObject *list = (PyListObject *)list_new_prealloc(n);
    if (list == NULL) {
        for (Py_ssize_t i = 0; i < n; i++)
            Py_DECREF(src[i]);
        return NULL;
    }
    memcpy(list->ob_item, src, (size_t)n * sizeof(PyObject *));
    Py_SET_SIZE(list, n);
    return (PyObject *)list;
}

/* ---------------------------------------------------------------------- */
/* basic slots */

static void
list_dealloc(PyObject *self)
{
    PyListObject *op = (PyListObject *)self;
    PyObject_GC_UnTrack(op);
    Py_TRASHCAN_BEGIN(op, list_dealloc)
    if (op->ob_item != NULL) {
        Py_ssize_t i = Py_SIZE(op);
        while (--i >= 0)
            Py_XDECREF(op->ob_item[i]);
        PyMem_Free(op->ob_item);
    }
    if (numfree < KR_LIST_MAXFREELIST && PyList_CheckExact(op))
        free_list[numfree++] = op;
    else
        Py_TYPE(op)->tp_free((PyObject *)op);
    Py_TRASHCAN_END
}

static PyObject *
list_repr(PyObject *self)
{
    PyListObject *v = (PyListObject *)self;
    if (Py_SIZE(v) == 0)
        return PyUnicode_FromString("[]");
    int status = Py_ReprEnter(self);
    if (status != 0)
        return status > 0 ? PyUnicode_FromString("[...]") : NULL;
    _PyUnicodeWriter writer;
    _PyUnicodeWriter_Init(&writer);
    writer.overallocate = 1;
    writer.min_length = 1 + 1 + (2 + 1) * (Py_SIZE(v) - 1) + 1;
    if (_PyUnicodeWriter_WriteChar(&writer, '[') < 0)
        goto error;
    /* the list may change while item reprs run: re-read the size each time */
    for (Py_ssize_t i = 0; i < Py_SIZE(v); i++) {
        if (i > 0 && _PyUnicodeWriter_WriteASCIIString(&writer, ", ", 2) < 0)
            goto error;
        PyObject *item = Py_NewRef(v->ob_item[i]);
        if (Py_EnterRecursiveCall(" while getting the repr of an object")) {
            Py_DECREF(item);
            goto error;
        }
        PyObject *s = PyObject_Repr(item);
        Py_LeaveRecursiveCall();
        Py_DECREF(item);
        if (s == NULL)
            goto error;
        int r = _PyUnicodeWriter_WriteStr(&writer, s);
        Py_DECREF(s);
        if (r < 0)
            goto error;
    }
    writer.overallocate = 0;
    if (_PyUnicodeWriter_WriteChar(&writer, ']') < 0)
        goto error;
    Py_ReprLeave(self);
    return _PyUnicodeWriter_Finish(&writer);
error:
    _PyUnicodeWriter_Dealloc(&writer);
    Py_ReprLeave(self);
    return NULL;
}

static Py_ssize_t
list_length(PyObject *a)
{
    return Py_SIZE(a);
}

static int
list_contains(PyObject *self, PyObject *el)
{
    PyListObject *a = (PyListObject *)self;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++) {
        int cmp = _KrCompare_ItemEqual(a->ob_item[i], el);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static PyObject *
list_item(PyObject *self, Py_ssize_t i)
{
    if (!valid_index(i, Py_SIZE(self))) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    return Py_NewRef(((PyListObject *)self)->ob_item[i]);
}

static PyObject *
list_slice(PyListObject *a, Py_ssize_t ilow, Py_ssize_t ihigh)
{
    Py_ssize_t len = ihigh - ilow;
    if (len <= 0)
        return PyList_New(0);
    PyListObject *np = (PyListObject *)list_new_prealloc(len);
    if (np == NULL)
        return NULL;
    PyObject **src = a->ob_item + ilow, **dest = np->ob_item;
    for (Py_ssize_t i = 0; i < len; i++)
        dest[i] = Py_NewRef(src[i]);
    Py_SET_SIZE(np, len);
    return (PyObject *)np;
}

PyObject *
PyList_GetSlice(PyObject *a, Py_ssize_t ilow, Py_ssize_t ihigh)
{
    if (!PyList_Check(a)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > Py_SIZE(a))
        ilow = Py_SIZE(a);
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > Py_SIZE(a))
        ihigh = Py_SIZE(a);
    return list_slice((PyListObject *)a, ilow, ihigh);
}

static PyObject *
list_concat(PyObject *self, PyObject *bb)
{
    if (!PyList_Check(bb)) {
        PyErr_Format(PyExc_TypeError, "can only concatenate list (not \"%.200s\") to list",
                     Py_TYPE(bb)->tp_name);
        return NULL;
    }
    PyListObject *a = (PyListObject *)self, *b = (PyListObject *)bb;
    if (Py_SIZE(a) > PY_SSIZE_T_MAX - Py_SIZE(b))
        return PyErr_NoMemory();
    Py_ssize_t size = Py_SIZE(a) + Py_SIZE(b);
    if (size == 0)
        return PyList_New(0);
    PyListObject *np = (PyListObject *)list_new_prealloc(size);
    if (np == NULL)
        return NULL;
    PyObject **dest = np->ob_item;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        *dest++ = Py_NewRef(a->ob_item[i]);
    for (Py_ssize_t i = 0; i < Py_SIZE(b); i++)
        *dest++ = Py_NewRef(b->ob_item[i]);
    Py_SET_SIZE(np, size);
    return (PyObject *)np;
}

static PyObject *
list_repeat(PyObject *self, Py_ssize_t n)
{
    PyListObject *a = (PyListObject *)self;
    Py_ssize_t input_size = Py_SIZE(a);
    if (input_size == 0 || n <= 0)
        return PyList_New(0);
    if (input_size > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    Py_ssize_t size = input_size * n;
    PyListObject *np = (PyListObject *)list_new_prealloc(size);
    if (np == NULL)
        return NULL;
    PyObject **dest = np->ob_item;
    if (input_size == 1) {
        PyObject *elem = a->ob_item[0];
        Py_SET_REFCNT(elem, Py_REFCNT(elem) + n);
#ifdef Py_REF_DEBUG
        _Py_RefTotal += n;
#endif
        for (Py_ssize_t i = 0; i < n; i++)
            dest[i] = elem;
    } else {
        for (Py_ssize_t k = 0; k < n; k++)
            for (Py_ssize_t i = 0; i < input_size; i++)
                *dest++ = Py_NewRef(a->ob_item[i]);
    }
    Py_SET_SIZE(np, size);
    return (PyObject *)np;
}

static int
list_clear_slot(PyObject *self)
{
    PyListObject *a = (PyListObject *)self;
    PyObject **items = a->ob_item;
    if (items != NULL) {
        /* detach first: the decrefs below may re-enter this list */
        Py_ssize_t i = Py_SIZE(a);
        Py_SET_SIZE(a, 0);
        a->ob_item = NULL;
        a->allocated = 0;
        while (--i >= 0)
            Py_XDECREF(items[i]);
        PyMem_Free(items);
    }
    return 0;
}

/* a[ilow:ihigh] = v (v NULL deletes).  v may be `a` itself. */
static int
list_ass_slice(PyListObject *a, Py_ssize_t ilow, Py_ssize_t ihigh, PyObject *v)
{
    PyObject *recycle_on_stack[8];
    PyObject **recycle = recycle_on_stack;
    PyObject **vitem = NULL;
    PyObject *v_as_SF = NULL;
    Py_ssize_t n;
    int result = -1;

    if (v == NULL) {
        n = 0;
    } else {
        if (a == (PyListObject *)v) {
            v = list_slice((PyListObject *)v, 0, Py_SIZE(v));
            if (v == NULL)
                return -1;
            result = list_ass_slice(a, ilow, ihigh, v);
            Py_DECREF(v);
            return result;
        }
        v_as_SF = PySequence_Fast(v, "can only assign an iterable");
        if (v_as_SF == NULL)
            return -1;
        n = PySequence_Fast_GET_SIZE(v_as_SF);
        vitem = PySequence_Fast_ITEMS(v_as_SF);
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > Py_SIZE(a))
        ilow = Py_SIZE(a);
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > Py_SIZE(a))
        ihigh = Py_SIZE(a);

    Py_ssize_t norig = ihigh - ilow;
    Py_ssize_t d = n - norig;
    if (Py_SIZE(a) + d == 0) {
        Py_XDECREF(v_as_SF);
        return list_clear_slot((PyObject *)a);
    }
    PyObject **item = a->ob_item;
    size_t s = (size_t)norig * sizeof(PyObject *);
    if (s) {
        if (s > sizeof(recycle_on_stack)) {
            recycle = (PyObject **)PyMem_Malloc(s);
            if (recycle == NULL) {
                PyErr_NoMemory();
                goto done;
            }
        }
        memcpy(recycle, &item[ilow], s);
    }
    if (d < 0) {
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(Py_SIZE(a) - ihigh) * sizeof(PyObject *));
        if (list_resize(a, Py_SIZE(a) + d) < 0)
            goto done; /* shrinking can't really fail */
        item = a->ob_item;
    } else if (d > 0) {
        Py_ssize_t k = Py_SIZE(a);
        if (list_resize(a, k + d) < 0)
            goto done;
        item = a->ob_item;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(k - ihigh) * sizeof(PyObject *));
    }
    for (Py_ssize_t k = 0; k < n; k++)
        item[ilow + k] = Py_NewRef(vitem[k]);
    for (Py_ssize_t k = norig - 1; k >= 0; --k)
        Py_XDECREF(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_on_stack)
        PyMem_Free(recycle);
    Py_XDECREF(v_as_SF);
    return result;
}

int
PyList_SetSlice(PyObject *a, Py_ssize_t ilow, Py_ssize_t ihigh, PyObject *v)
{
    if (!PyList_Check(a)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return list_ass_slice((PyListObject *)a, ilow, ihigh, v);
}

static PyObject *
list_inplace_repeat(PyObject *self, Py_ssize_t n)
{
    PyListObject *a = (PyListObject *)self;
    Py_ssize_t input_size = Py_SIZE(a);
    if (input_size == 0 || n == 1)
        return Py_NewRef(self);
    if (n < 1) {
        list_clear_slot(self);
        return Py_NewRef(self);
    }
    if (input_size > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    Py_ssize_t output_size = input_size * n;
    if (list_resize(a, output_size) < 0)
        return NULL;
    PyObject **items = a->ob_item;
    for (Py_ssize_t j = input_size; j < output_size; j++)
        items[j] = Py_NewRef(items[j - input_size]);
    return Py_NewRef(self);
}

static int
list_ass_item(PyObject *self, Py_ssize_t i, PyObject *v)
{
    PyListObject *a = (PyListObject *)self;
    if (!valid_index(i, Py_SIZE(a))) {
        PyErr_SetString(PyExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return list_ass_slice(a, i, i + 1, v);
    Py_SETREF(a->ob_item[i], Py_NewRef(v));
    return 0;
}

/* ---------------------------------------------------------------------- */
/* methods */

/* Py_ssize_t argument through __index__ ("'float' object cannot be
 * interpreted as an integer"), overflow clamps are not wanted here. */
static int
ssize_arg(PyObject *o, Py_ssize_t *out)
{
    PyObject *iobj = PyNumber_Index(o);
    if (iobj == NULL)
        return 0;
    Py_ssize_t v = PyLong_AsSsize_t(iobj);
    Py_DECREF(iobj);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *out = v;
    return 1;
}

static PyObject *
list_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t index;
    if (!_PyArg_CheckPositional("insert", nargs, 2, 2))
        return NULL;
    if (!ssize_arg(args[0], &index))
        return NULL;
    if (ins1((PyListObject *)self, index, args[1]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
list_clear_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    list_clear_slot(self);
    Py_RETURN_NONE;
}

static PyObject *
list_copy(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return list_slice((PyListObject *)self, 0, Py_SIZE(self));
}

static PyObject *
list_append(PyObject *self, PyObject *object)
{
    if (list_append_steal((PyListObject *)self, Py_NewRef(object)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
list_extend(PyListObject *self, PyObject *iterable)
{
    if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable) ||
        (PyObject *)self == iterable) {
        /* A list extended by itself is fine here: the items are read from
         * the (possibly moved) array after the resize. */
        PyObject *seq = PySequence_Fast(iterable, "argument must be iterable");
        if (seq == NULL)
            return NULL;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
        if (n == 0) {
            Py_DECREF(seq);
            Py_RETURN_NONE;
        }
        Py_ssize_t m = Py_SIZE(self);
        if (self->ob_item == NULL) {
            if (list_preallocate_exact(self, n) < 0) {
                Py_DECREF(seq);
                return NULL;
            }
            Py_SET_SIZE(self, n);
        } else if (list_resize(self, m + n) < 0) {
            Py_DECREF(seq);
            return NULL;
        }
        PyObject **src = PySequence_Fast_ITEMS(seq);
        PyObject **dest = self->ob_item + m;
        for (Py_ssize_t i = 0; i < n; i++)
            dest[i] = Py_NewRef(src[i]);
        Py_DECREF(seq);
        Py_RETURN_NONE;
    }

    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    iternextfunc iternext = Py_TYPE(it)->tp_iternext;
    Py_ssize_t n = PyObject_LengthHint(iterable, 8);
    if (n < 0) {
        Py_DECREF(it);
        return NULL;
    }
    Py_ssize_t m = Py_SIZE(self);
    if (m > PY_SSIZE_T_MAX - n) {
        /* a nonsense hint: ignore it */
    } else if (self->ob_item == NULL) {
        if (n && list_preallocate_exact(self, n) < 0)
            goto error;
    } else {
        Py_ssize_t mn = m + n;
        if (list_resize(self, mn) < 0)
            goto error;
        Py_SET_SIZE(self, m);
    }
    for (;;) {
        PyObject *item = iternext(it);
        if (item == NULL) {
            if (PyErr_Occurred()) {
                if (PyErr_ExceptionMatches(PyExc_StopIteration))
                    PyErr_Clear();
                else
                    goto error;
            }
            break;
        }
        if (Py_SIZE(self) < self->allocated) {
            PyList_SET_ITEM(self, Py_SIZE(self), item);
            Py_SET_SIZE(self, Py_SIZE(self) + 1);
        } else if (list_append_steal(self, item) < 0) {
            goto error;
        }
    }
    /* give back a hint that was too generous */
    if (Py_SIZE(self) < self->allocated) {
        if (list_resize(self, Py_SIZE(self)) < 0)
            goto error;
    }
    Py_DECREF(it);
    Py_RETURN_NONE;
error:
    Py_DECREF(it);
    return NULL;
}

PyObject *
_PyList_Extend(PyListObject *self, PyObject *iterable)
{
    return list_extend(self, iterable);
}

static PyObject *
list_extend_method(PyObject *self, PyObject *iterable)
{
    return list_extend((PyListObject *)self, iterable);
}

static PyObject *
list_inplace_concat(PyObject *self, PyObject *other)
{
    PyObject *r = list_extend((PyListObject *)self, other);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    return Py_NewRef(self);
}

static PyObject *
list_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyListObject *a = (PyListObject *)self;
    Py_ssize_t i = -1;
    if (!_PyArg_CheckPositional("pop", nargs, 0, 1))
        return NULL;
    if (nargs == 1 && !ssize_arg(args[0], &i))
        return NULL;
    if (Py_SIZE(a) == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += Py_SIZE(a);
    if (!valid_index(i, Py_SIZE(a))) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    PyObject *v = a->ob_item[i];
    Py_ssize_t size_after = Py_SIZE(a) - 1;
    if (i == size_after) {
        if (list_resize(a, size_after) < 0)
            return NULL;
        return v; /* the list's reference passes to the caller */
    }
    Py_INCREF(v);
    if (list_ass_slice(a, i, i + 1, NULL) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

static void
reverse_slice(PyObject **lo, PyObject **hi)
{
    --hi;
    while (lo < hi) {
        PyObject *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

static PyObject *
list_reverse(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    if (Py_SIZE(self) > 1)
        reverse_slice(((PyListObject *)self)->ob_item,
                      ((PyListObject *)self)->ob_item + Py_SIZE(self));
    Py_RETURN_NONE;
}

int
PyList_Reverse(PyObject *v)
{
    if (v == NULL || !PyList_Check(v)) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (Py_SIZE(v) > 1)
        reverse_slice(((PyListObject *)v)->ob_item, ((PyListObject *)v)->ob_item + Py_SIZE(v));
    return 0;
}

PyObject *
PyList_AsTuple(PyObject *v)
{
    if (v == NULL || !PyList_Check(v)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return _PyTuple_FromArray(((PyListObject *)v)->ob_item, Py_SIZE(v));
}

static PyObject *
list_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyListObject *a = (PyListObject *)self;
    Py_ssize_t start = 0, stop = PY_SSIZE_T_MAX;
    if (!_PyArg_CheckPositional("index", nargs, 1, 3))
        return NULL;
    if (nargs >= 2 && !_PyEval_SliceIndexNotNone(args[1], &start))
        return NULL;
    if (nargs >= 3 && !_PyEval_SliceIndexNotNone(args[2], &stop))
        return NULL;
    PyObject *value = args[0];
    if (start < 0) {
        start += Py_SIZE(a);
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += Py_SIZE(a);
        if (stop < 0)
            stop = 0;
    }
    for (Py_ssize_t i = start; i < stop && i < Py_SIZE(a); i++) {
        int cmp = _KrCompare_ItemEqual(a->ob_item[i], value);
        if (cmp > 0)
            return PyLong_FromSsize_t(i);
        if (cmp < 0)
            return NULL;
    }
    PyErr_Format(PyExc_ValueError, "%R is not in list", value);
    return NULL;
}

static PyObject *
list_count(PyObject *self, PyObject *value)
{
    PyListObject *a = (PyListObject *)self;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++) {
        int cmp = _KrCompare_ItemEqual(a->ob_item[i], value);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return PyLong_FromSsize_t(count);
}

static PyObject *
list_remove(PyObject *self, PyObject *value)
{
    PyListObject *a = (PyListObject *)self;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++) {
        int cmp = _KrCompare_ItemEqual(a->ob_item[i], value);
        if (cmp > 0) {
            if (list_ass_slice(a, i, i + 1, NULL) == 0)
                Py_RETURN_NONE;
            return NULL;
        }
        if (cmp < 0)
            return NULL;
    }
    PyErr_SetString(PyExc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static PyObject *
list_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyList_Check(v) || !PyList_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    PyListObject *vl = (PyListObject *)v, *wl = (PyListObject *)w;
    if (Py_SIZE(vl) != Py_SIZE(wl) && (op == Py_EQ || op == Py_NE)) {
        if (op == Py_EQ)
            Py_RETURN_FALSE;
        Py_RETURN_TRUE;
    }
    Py_ssize_t i;
    for (i = 0; i < Py_SIZE(vl) && i < Py_SIZE(wl); i++) {
        PyObject *vitem = vl->ob_item[i], *witem = wl->ob_item[i];
        if (vitem == witem)
            continue;
        int plain = _KrCompare_PlainEqual(vitem, witem);
        if (plain > 0)
            continue;
        if (plain == 0)
            break;
        Py_INCREF(vitem);
        Py_INCREF(witem);
        int k = PyObject_RichCompareBool(vitem, witem, Py_EQ);
        Py_DECREF(vitem);
        Py_DECREF(witem);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= Py_SIZE(vl) || i >= Py_SIZE(wl))
        Py_RETURN_RICHCOMPARE(Py_SIZE(vl), Py_SIZE(wl), op);
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    int plain = _KrCompare_ExactNumbers(vl->ob_item[i], wl->ob_item[i], op);
    if (plain >= 0)
        return PyBool_FromLong(plain);
    PyObject *vitem = Py_NewRef(vl->ob_item[i]), *witem = Py_NewRef(wl->ob_item[i]);
    PyObject *res = PyObject_RichCompare(vitem, witem, op);
    Py_DECREF(vitem);
    Py_DECREF(witem);
    return res;
}

/* ====================================================================== */
/* timsort */

/* The keys being compared and, with a key function, the list items that
 * travel with them (values == NULL without one). */
typedef struct {
    PyObject **keys;
    PyObject **values;
} sortslice;

/* Comparison of two keys: 1 if x < y, 0 if not, -1 on error. */
struct merge_state;
typedef int (*keycmp_fn)(PyObject *x, PyObject *y, struct merge_state *ms);

struct run {
    sortslice base;
    Py_ssize_t len;
    int power; /* powersort power of the boundary after this run */
};

/* MAX_MERGE_PENDING: the stack of pending runs can't grow beyond about
 * log2(n) entries under the powersort policy; 85 covers 2**64 items. */
#define MAX_MERGE_PENDING 85
/* Galloping starts after this many consecutive wins of one run. */
#define MIN_GALLOP 7
#define MERGESTATE_TEMP_SIZE 256

typedef struct merge_state {
    Py_ssize_t min_gallop;
    Py_ssize_t listlen;
    PyObject **basekeys;
    sortslice a; /* temp storage: a.keys[alloced], a.values[alloced] or NULL */
    Py_ssize_t alloced;
    int n;
    struct run pending[MAX_MERGE_PENDING];
    PyObject *temparray[MERGESTATE_TEMP_SIZE];
    keycmp_fn key_compare;
    richcmpfunc key_richcompare; /* for same_type_lt */
    keycmp_fn tuple_elem_compare; /* for tuple_lt: compares first items */
} MergeState;

#define ISLT(X, Y) (*(ms->key_compare))((X), (Y), ms)
#define IFLT(X, Y) if ((k = ISLT((X), (Y))) < 0) goto fail; if (k)

static int
generic_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    return PyObject_RichCompareBool(v, w, Py_LT);
}

/* All keys share one type: call its tp_richcompare directly. */
static int
same_type_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    PyObject *res = ms->key_richcompare(v, w, Py_LT);
    if (res == Py_NotImplemented) {
        Py_DECREF(res);
        return PyObject_RichCompareBool(v, w, Py_LT);
    }
    if (res == NULL)
        return -1;
    int ok;
    if (PyBool_Check(res))
        ok = (res == Py_True);
    else
        ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
}

/* exact ints of at most one digit */
static int
compact_int_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    return _PyLong_CompactValue((PyLongObject *)v) < _PyLong_CompactValue((PyLongObject *)w);
}

/* The value of an exact int of at most two digits (|v| < 2**60). */
static inline int64_t
two_digit_value(PyObject *v)
{
    PyLongObject *l = (PyLongObject *)v;
    Py_ssize_t size = Py_SIZE(l);
    if (size == 0)
        return 0;
    int64_t mag = (int64_t)l->ob_digit[0];
    if (size == 2 || size == -2)
        mag |= (int64_t)l->ob_digit[1] << PyLong_SHIFT;
    return size < 0 ? -mag : mag;
}

/* exact ints that fit a machine word (at most two digits) */
static int
word_int_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    return two_digit_value(v) < two_digit_value(w);
}

static int
float_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    return PyFloat_AS_DOUBLE(v) < PyFloat_AS_DOUBLE(w);
}

/* Byte-wise order of two character arrays of one kind; most comparisons
 * of unequal strings are settled by the first byte without a call. */
static inline int
char_bytes_lt(const unsigned char *a, Py_ssize_t la, const unsigned char *b, Py_ssize_t lb)
{
    Py_ssize_t n = Py_MIN(la, lb);
    if (n > 0 && a[0] != b[0])
        return a[0] < b[0];
    int res = memcmp(a, b, (size_t)n);
    return res != 0 ? res < 0 : la < lb;
}

/* exact strs that are all one byte per character */
static int
latin_str_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    return char_bytes_lt(PyUnicode_DATA(v), PyUnicode_GET_LENGTH(v),
                         PyUnicode_DATA(w), PyUnicode_GET_LENGTH(w));
}

/* exact ASCII strs: compact, so the characters follow the header */
static int
ascii_str_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    return char_bytes_lt((const unsigned char *)((PyASCIIObject *)v + 1), PyUnicode_GET_LENGTH(v),
                         (const unsigned char *)((PyASCIIObject *)w + 1), PyUnicode_GET_LENGTH(w));
}

/* Equality of two first items of tuple keys, all of which share the type
 * behind ms->tuple_elem_compare: the specialised types compare as C values. */
static int
first_items_equal(PyObject *v, PyObject *w, MergeState *ms)
{
    keycmp_fn lt = ms->tuple_elem_compare;
    if (lt == compact_int_lt)
        return _PyLong_CompactValue((PyLongObject *)v) == _PyLong_CompactValue((PyLongObject *)w);
    if (lt == word_int_lt)
        return two_digit_value(v) == two_digit_value(w);
    if (lt == float_lt)
        return PyFloat_AS_DOUBLE(v) == PyFloat_AS_DOUBLE(w);
    if (lt == latin_str_lt || lt == ascii_str_lt) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(v);
        return len == PyUnicode_GET_LENGTH(w) &&
               memcmp(PyUnicode_DATA(v), PyUnicode_DATA(w), (size_t)len) == 0;
    }
    return PyObject_RichCompareBool(v, w, Py_EQ);
}

/* exact tuples: the first items decide most comparisons, and those get
 * the fast comparison chosen for them; later items use the generic one,
 * except that exact small ints and floats compare as C values */
static int
tuple_lt(PyObject *v, PyObject *w, MergeState *ms)
{
    PyTupleObject *vt = (PyTupleObject *)v, *wt = (PyTupleObject *)w;
    Py_ssize_t vlen = Py_SIZE(vt), wlen = Py_SIZE(wt);
    if (vlen == 0 || wlen == 0)
        return vlen < wlen;
    PyObject *vi = vt->ob_item[0], *wi = wt->ob_item[0];
    if (vi != wi) {
        int k = first_items_equal(vi, wi, ms);
        if (k <= 0)
            return k < 0 ? -1 : ms->tuple_elem_compare(vi, wi, ms);
    }
    Py_ssize_t i;
    for (i = 1; i < vlen && i < wlen; i++) {
        vi = vt->ob_item[i];
        wi = wt->ob_item[i];
        if (vi == wi)
            continue;
        int k = _KrCompare_ExactNumbers(vi, wi, Py_EQ);
        if (k < 0)
            k = PyObject_RichCompareBool(vi, wi, Py_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= vlen || i >= wlen)
        return vlen < wlen;
    int k = _KrCompare_ExactNumbers(vi, wi, Py_LT);
    return k >= 0 ? k : PyObject_RichCompareBool(vi, wi, Py_LT);
}

static void
sortslice_copy(sortslice *s1, Py_ssize_t i, sortslice *s2, Py_ssize_t j)
{
    s1->keys[i] = s2->keys[j];
    if (s1->values != NULL)
        s1->values[i] = s2->values[j];
}

static void
sortslice_copy_incr(sortslice *dst, sortslice *src)
{
    *dst->keys++ = *src->keys++;
    if (dst->values != NULL)
        *dst->values++ = *src->values++;
}

static void
sortslice_copy_decr(sortslice *dst, sortslice *src)
{
    *dst->keys-- = *src->keys--;
    if (dst->values != NULL)
        *dst->values-- = *src->values--;
}

static void
sortslice_memcpy(sortslice *s1, Py_ssize_t i, sortslice *s2, Py_ssize_t j, Py_ssize_t n)
{
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(PyObject *) * (size_t)n);
    if (s1->values != NULL)
        memcpy(&s1->values[i], &s2->values[j], sizeof(PyObject *) * (size_t)n);
}

static void
sortslice_memmove(sortslice *s1, Py_ssize_t i, sortslice *s2, Py_ssize_t j, Py_ssize_t n)
{
    memmove(&s1->keys[i], &s2->keys[j], sizeof(PyObject *) * (size_t)n);
    if (s1->values != NULL)
        memmove(&s1->values[i], &s2->values[j], sizeof(PyObject *) * (size_t)n);
}

static void
sortslice_advance(sortslice *slice, Py_ssize_t n)
{
    slice->keys += n;
    if (slice->values != NULL)
        slice->values += n;
}

static void
reverse_sortslice(sortslice *s, Py_ssize_t n)
{
    reverse_slice(s->keys, &s->keys[n]);
    if (s->values != NULL)
        reverse_slice(s->values, &s->values[n]);
}

/* Sort lo[0:n] by binary insertion, given that lo[0:start] is sorted.
 * Equal elements go after their equals, which keeps the sort stable. */
static int
binarysort(MergeState *ms, sortslice lo, Py_ssize_t n, Py_ssize_t start)
{
    PyObject **a = lo.keys;
    PyObject **v = lo.values;
    for (; start < n; ++start) {
        PyObject *pivot = a[start];
        Py_ssize_t l = 0, r = start;
        while (l < r) {
            Py_ssize_t p = l + ((r - l) >> 1);
            int k = ISLT(pivot, a[p]);
            if (k < 0)
                return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        }
        memmove(&a[l + 1], &a[l], (size_t)(start - l) * sizeof(PyObject *));
        a[l] = pivot;
        if (v != NULL) {
            PyObject *vpivot = v[start];
            memmove(&v[l + 1], &v[l], (size_t)(start - l) * sizeof(PyObject *));
            v[l] = vpivot;
        }
    }
    return 0;
}

/* Length of the run starting at lo (n > 0 items available): a
 * non-decreasing run, or a strictly decreasing one which is reversed in
 * place (strictness keeps stability). */
static Py_ssize_t
count_run(MergeState *ms, sortslice *slo, Py_ssize_t n)
{
    PyObject **lo = slo->keys;
    if (n == 1)
        return 1;
    int k = ISLT(lo[1], lo[0]);
    if (k < 0)
        return -1;
    Py_ssize_t i = 2;
    if (k) {
        for (; i < n; i++) {
            k = ISLT(lo[i], lo[i - 1]);
            if (k < 0)
                return -1;
            if (!k)
                break;
        }
        reverse_sortslice(slo, i);
    } else {
        for (; i < n; i++) {
            k = ISLT(lo[i], lo[i - 1]);
            if (k < 0)
                return -1;
            if (k)
                break;
        }
    }
    return i;
}

/* Leftmost position k at which key could go in the sorted a[0:n]:
 *     a[k-1] < key <= a[k]
 * searching outward from `hint` in steps 1, 3, 7, 15... then by bisection. */
static Py_ssize_t
gallop_left(MergeState *ms, PyObject *key, PyObject **a, Py_ssize_t n, Py_ssize_t hint)
{
    Py_ssize_t ofs = 1, lastofs = 0;
    int k;
    a += hint;
    IFLT(*a, key) {
        /* a[hint] < key: move right until a[hint+lastofs] < key <= a[hint+ofs] */
        Py_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: move left until a[hint-ofs] < key <= a[hint-lastofs] */
        Py_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        Py_ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    /* a[lastofs] < key <= a[ofs]; bisect the gap */
    ++lastofs;
    while (lastofs < ofs) {
        Py_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* Rightmost position: a[k-1] <= key < a[k]. */
static Py_ssize_t
gallop_right(MergeState *ms, PyObject *key, PyObject **a, Py_ssize_t n, Py_ssize_t hint)
{
    Py_ssize_t ofs = 1, lastofs = 0;
    int k;
    a += hint;
    IFLT(key, *a) {
        /* key < a[hint]: move left until a[hint-ofs] <= key < a[hint-lastofs] */
        Py_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        Py_ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        /* a[hint] <= key: move right until a[hint+lastofs] <= key < a[hint+ofs] */
        Py_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs])
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        Py_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m])
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

static void
merge_init(MergeState *ms, Py_ssize_t list_size, int has_keyfunc, sortslice *lo)
{
    if (has_keyfunc) {
        /* the key array already needs list_size slots; temp uses half */
        ms->alloced = (list_size + 1) / 2;
        if (MERGESTATE_TEMP_SIZE / 2 < ms->alloced)
            ms->alloced = MERGESTATE_TEMP_SIZE / 2;
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = MERGESTATE_TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = list_size;
    ms->basekeys = lo->keys;
}

static void
merge_freemem(MergeState *ms)
{
    if (ms->a.keys != ms->temparray) {
        PyMem_Free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

static int
merge_getmem(MergeState *ms, Py_ssize_t need)
{
    if (need <= ms->alloced)
        return 0;
    int multiplier = ms->a.values != NULL ? 2 : 1;
    merge_freemem(ms);
    if ((size_t)need > PY_SSIZE_T_MAX / sizeof(PyObject *) / multiplier) {
        PyErr_NoMemory();
        return -1;
    }
    ms->a.keys = (PyObject **)PyMem_Malloc((size_t)multiplier * need * sizeof(PyObject *));
    if (ms->a.keys != NULL) {
        ms->alloced = need;
        if (ms->a.values != NULL)
            ms->a.values = &ms->a.keys[need];
        return 0;
    }
    PyErr_NoMemory();
    return -1;
}
#define MERGE_GETMEM(MS, NEED) ((NEED) <= (MS)->alloced ? 0 : merge_getmem(MS, NEED))

/* Merge ssa[0:na] and ssb[0:nb] in place, na <= nb, where ssa is
 * immediately followed by ssb, ssb[0] < ssa[0] and ssa[na-1] belongs at the
 * end.  The shorter run (a) is copied to temp storage. */
static Py_ssize_t
merge_lo(MergeState *ms, sortslice ssa, Py_ssize_t na, sortslice ssb, Py_ssize_t nb)
{
    Py_ssize_t k;
    sortslice dest, basea;
    Py_ssize_t result = -1;
    Py_ssize_t min_gallop;

    if (MERGE_GETMEM(ms, na) < 0)
        return -1;
    sortslice_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;
    basea = ssa;
    (void)basea;

    sortslice_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0)
        goto succeed;
    if (na == 1)
        goto copyb;

    min_gallop = ms->min_gallop;
    for (;;) {
        Py_ssize_t acount = 0, bcount = 0;
        /* one pair at a time until a run wins min_gallop times in a row */
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k < 0)
                goto fail;
            if (k) {
                sortslice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                sortslice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1)
                    goto copyb;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* galloping: find how far each run wins in one search */
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                sortslice_memcpy(&dest, 0, &ssa, 0, k);
                sortslice_advance(&dest, k);
                sortslice_advance(&ssa, k);
                na -= k;
                if (na == 1)
                    goto copyb;
                /* na == 0 only with an inconsistent comparison */
                if (na == 0)
                    goto succeed;
            }
            sortslice_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0)
                goto succeed;

            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                sortslice_memmove(&dest, 0, &ssb, 0, k);
                sortslice_advance(&dest, k);
                sortslice_advance(&ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            sortslice_copy_incr(&dest, &ssa);
            --na;
            if (na == 1)
                goto copyb;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop; /* leaving gallop mode costs a little */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        sortslice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copyb:
    /* the last element of a belongs at the very end */
    sortslice_memmove(&dest, 0, &ssb, 0, nb);
    sortslice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* Mirror image of merge_lo for na >= nb: b is copied to temp storage and
 * the merge runs from the right end. */
static Py_ssize_t
merge_hi(MergeState *ms, sortslice ssa, Py_ssize_t na, sortslice ssb, Py_ssize_t nb)
{
    Py_ssize_t k;
    sortslice dest, basea, baseb;
    Py_ssize_t result = -1;
    Py_ssize_t min_gallop;

    if (MERGE_GETMEM(ms, nb) < 0)
        return -1;
    dest = ssb;
    sortslice_advance(&dest, nb - 1);
    sortslice_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values != NULL)
        ssb.values = ms->a.values + nb - 1;
    sortslice_advance(&ssa, na - 1);

    sortslice_copy_decr(&dest, &ssa);
    --na;
    if (na == 0)
        goto succeed;
    if (nb == 1)
        goto copya;

    min_gallop = ms->min_gallop;
    for (;;) {
        Py_ssize_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k < 0)
                goto fail;
            if (k) {
                sortslice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                sortslice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1)
                    goto copya;
                if (bcount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                sortslice_advance(&dest, -k);
                sortslice_advance(&ssa, -k);
                sortslice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            sortslice_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1)
                goto copya;

            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                sortslice_advance(&dest, -k);
                sortslice_advance(&ssb, -k);
                sortslice_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copya;
                if (nb == 0)
                    goto succeed;
            }
            sortslice_copy_decr(&dest, &ssa);
            --na;
            if (na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        sortslice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copya:
    /* the first element of b belongs at the very front */
    sortslice_advance(&dest, -na);
    sortslice_advance(&ssa, -na);
    sortslice_memmove(&dest, 1, &ssa, 1, na);
    sortslice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merge pending runs i and i+1 (i is the second or third from the top). */
static Py_ssize_t
merge_at(MergeState *ms, Py_ssize_t i)
{
    sortslice ssa = ms->pending[i].base;
    Py_ssize_t na = ms->pending[i].len;
    sortslice ssb = ms->pending[i + 1].base;
    Py_ssize_t nb = ms->pending[i + 1].len;

    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;

    /* a's prefix smaller than b[0] is already in place */
    Py_ssize_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0)
        return -1;
    sortslice_advance(&ssa, k);
    na -= k;
    if (na == 0)
        return 0;
    /* b's suffix at least a[na-1] is already in place */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0)
        return nb;
    if (na <= nb)
        return merge_lo(ms, ssa, na, ssb, nb);
    return merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort: the "power" of the boundary between run 1 (at s1, length n1)
 * and run 2 (length n2) in a list of n items is the depth of the first
 * level of a binary subdivision of [0, n) that separates their midpoints.
 * Runs are merged while the stack top's power exceeds the new one, which
 * gives merges as balanced as the natural runs allow. */
static int
powerloop(Py_ssize_t s1, Py_ssize_t n1, Py_ssize_t n2, Py_ssize_t n)
{
    int result = 0;
    /* twice the midpoints, over a denominator of 2n */
    size_t a = 2 * (size_t)s1 + (size_t)n1;
    size_t b = a + (size_t)n1 + (size_t)n2;
    size_t twon = 2 * (size_t)n;
    for (;;) {
        ++result;
        if (a >= twon) {
            a -= twon;
            b -= twon;
        } else if (b >= twon) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A new run was pushed on top; merge while the invariants ask for it. */
static int
found_new_run(MergeState *ms, Py_ssize_t n2)
{
    if (ms->n) {
        struct run *p = ms->pending;
        Py_ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        Py_ssize_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        /* the boundary below the top run is recorded on the run under it */
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0)
                return -1;
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int
merge_force_collapse(MergeState *ms)
{
    struct run *p = ms->pending;
    while (ms->n > 1) {
        Py_ssize_t n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            --n;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Run length below which binary insertion extends a natural run: a value
 * in [32, 64] such that n / minrun is a power of two or a bit less. */
static Py_ssize_t
merge_compute_minrun(Py_ssize_t n)
{
    Py_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Choose the cheapest comparison that is valid for every key. */
static keycmp_fn
choose_compare(MergeState *ms, PyObject **keys, Py_ssize_t n)
{
    if (n < 2)
        return generic_lt;
    PyTypeObject *key_type = Py_TYPE(keys[0]);
    /* the widest int (in digits) and the narrowest str class seen */
    Py_ssize_t int_digits = 0;
    int strs_latin = 1, strs_ascii = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = keys[i];
        if (Py_TYPE(key) != key_type)
            return generic_lt;
        if (key_type == &PyLong_Type) {
            Py_ssize_t size = Py_SIZE(key);
            size = size < 0 ? -size : size;
            if (size > int_digits)
                int_digits = size;
        } else if (key_type == &PyUnicode_Type && strs_latin) {
            if (PyUnicode_KIND(key) != PyUnicode_1BYTE_KIND)
                strs_latin = strs_ascii = 0;
            else if (!PyUnicode_IS_ASCII(key))
                strs_ascii = 0;
        }
    }
    if (key_type == &PyLong_Type && int_digits <= 1)
        return compact_int_lt;
    if (key_type == &PyLong_Type && int_digits == 2)
        return word_int_lt;
    if (key_type == &PyFloat_Type)
        return float_lt;
    if (key_type == &PyUnicode_Type && strs_ascii)
        return ascii_str_lt;
    if (key_type == &PyUnicode_Type && strs_latin)
        return latin_str_lt;
    if (key_type == &PyTuple_Type) {
        /* pick the comparison of the first items, if all tuples have one */
        PyObject **firsts = PyMem_New(PyObject *, n);
        if (firsts == NULL) {
            PyErr_Clear();
            return generic_lt;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            if (Py_SIZE(keys[i]) == 0) {
                PyMem_Free(firsts);
                return generic_lt;
            }
            firsts[i] = PyTuple_GET_ITEM(keys[i], 0);
        }
        ms->tuple_elem_compare = choose_compare(ms, firsts, n);
        PyMem_Free(firsts);
        if (ms->tuple_elem_compare == tuple_lt)
            ms->tuple_elem_compare = generic_lt; /* nested tuples: keep it simple */
        return tuple_lt;
    }
    if (key_type->tp_richcompare != NULL) {
        ms->key_richcompare = key_type->tp_richcompare;
        return same_type_lt;
    }
    return generic_lt;
}

static PyObject *
list_sort_impl(PyListObject *self, PyObject *keyfunc, int reverse)
{
    MergeState ms;
    Py_ssize_t nremaining, minrun;
    sortslice lo;
    PyObject *result = NULL;
    PyObject **keys = NULL;
    PyObject *merge_keys_small[MERGESTATE_TEMP_SIZE / 2];

    if (keyfunc == Py_None)
        keyfunc = NULL;

    /* Empty the list so that mutations during the sort can be detected. */
    Py_ssize_t saved_ob_size = Py_SIZE(self);
    PyObject **saved_ob_item = self->ob_item;
    Py_ssize_t saved_allocated = self->allocated;
    Py_SET_SIZE(self, 0);
    self->ob_item = NULL;
    self->allocated = -1;

    if (keyfunc == NULL) {
        keys = NULL;
        lo.keys = saved_ob_item;
        lo.values = NULL;
    } else {
        if (saved_ob_size < MERGESTATE_TEMP_SIZE / 2) {
            keys = merge_keys_small;
        } else {
            keys = PyMem_Malloc(sizeof(PyObject *) * (size_t)saved_ob_size);
            if (keys == NULL) {
                PyErr_NoMemory();
                goto keyfunc_fail;
            }
        }
        for (Py_ssize_t i = 0; i < saved_ob_size; i++) {
            keys[i] = PyObject_CallOneArg(keyfunc, saved_ob_item[i]);
            if (keys[i] == NULL) {
                for (i = i - 1; i >= 0; i--)
                    Py_DECREF(keys[i]);
                if (saved_ob_size >= MERGESTATE_TEMP_SIZE / 2)
                    PyMem_Free(keys);
                goto keyfunc_fail;
            }
        }
        lo.keys = keys;
        lo.values = saved_ob_item;
    }

    ms.key_richcompare = NULL;
    ms.key_compare = choose_compare(&ms, lo.keys, saved_ob_size);
    merge_init(&ms, saved_ob_size, keys != NULL, &lo);

    nremaining = saved_ob_size;
    if (nremaining < 2)
        goto succeed;

    /* Reversing first and last keeps equal items in their original order
     * for reverse=True. */
    if (reverse) {
        if (keys != NULL)
            reverse_slice(&keys[0], &keys[saved_ob_size]);
        reverse_slice(&saved_ob_item[0], &saved_ob_item[saved_ob_size]);
    }

    minrun = merge_compute_minrun(nremaining);
    do {
        Py_ssize_t n = count_run(&ms, &lo, nremaining);
        if (n < 0)
            goto fail;
        if (n < minrun) {
            Py_ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(&ms, lo, force, n) < 0)
                goto fail;
            n = force;
        }
        if (found_new_run(&ms, n) < 0)
            goto fail;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        sortslice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);

    if (merge_force_collapse(&ms) < 0)
        goto fail;
succeed:
    result = Py_None;
fail:
    if (keys != NULL) {
        for (Py_ssize_t i = 0; i < saved_ob_size; i++)
            Py_DECREF(keys[i]);
        if (saved_ob_size >= MERGESTATE_TEMP_SIZE / 2)
            PyMem_Free(keys);
    }
    if (self->allocated != -1 && result != NULL) {
        /* the list was modified; the sort result stands but is reported */
        PyErr_SetString(PyExc_ValueError, "list modified during sort");
        result = NULL;
    }
    if (reverse && saved_ob_size > 1)
        reverse_slice(saved_ob_item, saved_ob_item + saved_ob_size);
    merge_freemem(&ms);
keyfunc_fail:;
    PyObject **final_ob_item = self->ob_item;
    Py_ssize_t i = Py_SIZE(self);
    Py_SET_SIZE(self, saved_ob_size);
    self->ob_item = saved_ob_item;
    self->allocated = saved_allocated;
    if (final_ob_item != NULL) {
        while (--i >= 0)
            Py_XDECREF(final_ob_item[i]);
        PyMem_Free(final_ob_item);
    }
    return Py_XNewRef(result);
}
#undef IFLT
#undef ISLT

int
PyList_Sort(PyObject *v)
{
    if (v == NULL || !PyList_Check(v)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyObject *r = list_sort_impl((PyListObject *)v, NULL, 0);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

static PyObject *
list_sort(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *keyfunc = Py_None;
    int reverse = 0;
    if (nargs > 0) {
        PyErr_SetString(PyExc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    /* the count is checked before any name, as CPython's argument parser does */
    if (nkw > 2) {
        PyErr_Format(PyExc_TypeError, "sort() takes at most 2 keyword arguments (%zd given)", nkw);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *name = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = args[nargs + i];
        if (_PyUnicode_EqualToASCIIString(name, "key")) {
            keyfunc = value;
        } else if (_PyUnicode_EqualToASCIIString(name, "reverse")) {
            if (PyFloat_Check(value)) {
                PyErr_SetString(PyExc_TypeError,
                                "'float' object cannot be interpreted as an integer");
                return NULL;
            }
            PyObject *iv = PyNumber_Index(value);
            if (iv == NULL)
                return NULL;
            reverse = PyObject_IsTrue(iv);
            Py_DECREF(iv);
        } else {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
            return NULL;
        }
    }
    return list_sort_impl((PyListObject *)self, keyfunc, reverse);
}

/* ====================================================================== */
/* subscripts */

static PyObject *
list_subscript(PyObject *self, PyObject *item)
{
    PyListObject *a = (PyListObject *)self;
    if (PyLong_CheckExact(item) && _PyLong_IsCompact(item)) {
        Py_ssize_t i = _PyLong_CompactValue((PyLongObject *)item);
        if (i < 0)
            i += Py_SIZE(a);
        return list_item(self, i);
    }
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(a);
        return list_item(self, i);
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(item, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(a), &start, &stop, step);
        if (step == 1)
            return list_slice(a, start, stop);
        if (len <= 0)
            return PyList_New(0);
        PyListObject *result = (PyListObject *)list_new_prealloc(len);
        if (result == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < len; i++)
            result->ob_item[i] = Py_NewRef(a->ob_item[start + i * step]);
        Py_SET_SIZE(result, len);
        return (PyObject *)result;
    }
    PyErr_Format(PyExc_TypeError, "list indices must be integers or slices, not %.200s",
                 Py_TYPE(item)->tp_name);
    return NULL;
}

static int
list_ass_subscript(PyObject *self, PyObject *item, PyObject *value)
{
    PyListObject *a = (PyListObject *)self;
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += Py_SIZE(a);
        return list_ass_item(self, i, value);
    }
    if (!PySlice_Check(item)) {
        PyErr_Format(PyExc_TypeError, "list indices must be integers or slices, not %.200s",
                     Py_TYPE(item)->tp_name);
        return -1;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(item, &start, &stop, &step) < 0)
        return -1;
    Py_ssize_t slicelength = PySlice_AdjustIndices(Py_SIZE(a), &start, &stop, step);
    if (step == 1)
        return list_ass_slice(a, start, stop, value);

    /* extended slice; normalise to a positive step for deletion */
    if (value == NULL) {
        if (slicelength <= 0)
            return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        PyObject **garbage = PyMem_New(PyObject *, slicelength);
        if (garbage == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        /* close the gaps left by the removed items, moving each block
         * once; positions are size_t because a step near PY_SSIZE_T_MAX
         * must not overflow when added */
        size_t cur, n = (size_t)Py_SIZE(a);
        Py_ssize_t i;
        for (cur = (size_t)start, i = 0; i < slicelength; cur += (size_t)step, i++) {
            size_t lim = (size_t)step - 1;
            garbage[i] = a->ob_item[cur];
            if (cur + (size_t)step >= n)
                lim = n - cur - 1;
            memmove(a->ob_item + cur - i, a->ob_item + cur + 1, lim * sizeof(PyObject *));
        }
        cur = (size_t)start + (size_t)slicelength * (size_t)step;
        if (cur < n)
            memmove(a->ob_item + cur - slicelength, a->ob_item + cur,
                    (n - cur) * sizeof(PyObject *));
        Py_SET_SIZE(a, Py_SIZE(a) - slicelength);
        int res = list_resize(a, Py_SIZE(a));
        for (i = 0; i < slicelength; i++)
            Py_DECREF(garbage[i]);
        PyMem_Free(garbage);
        return res;
    }

    PyObject *seq;
    if (a == (PyListObject *)value) {
        seq = list_slice((PyListObject *)value, 0, PyList_GET_SIZE(value));
    } else {
        seq = PySequence_Fast(value, "must assign iterable to extended slice");
    }
    if (seq == NULL)
        return -1;
    if (PySequence_Fast_GET_SIZE(seq) != slicelength) {
        PyErr_Format(PyExc_ValueError,
                     "attempt to assign sequence of size %zd to extended slice of size %zd",
                     PySequence_Fast_GET_SIZE(seq), slicelength);
        Py_DECREF(seq);
        return -1;
    }
    if (!slicelength) {
        Py_DECREF(seq);
        return 0;
    }
    PyObject **garbage = PyMem_New(PyObject *, slicelength);
    if (garbage == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    PyObject **seqitems = PySequence_Fast_ITEMS(seq);
    Py_ssize_t i;
    /* start + i * step stays an index: no step addition can overflow */
    for (i = 0; i < slicelength; i++) {
        Py_ssize_t cur = start + i * step;
        garbage[i] = a->ob_item[cur];
        a->ob_item[cur] = Py_NewRef(seqitems[i]);
    }
    for (i = 0; i < slicelength; i++)
        Py_DECREF(garbage[i]);
    PyMem_Free(garbage);
    Py_DECREF(seq);
    return 0;
}

/* ====================================================================== */
/* construction */

static int
list_init_impl(PyListObject *self, PyObject *iterable)
{
    if (self->ob_item != NULL)
        list_clear_slot((PyObject *)self);
    if (iterable != NULL) {
        /* No separate len() call here: list_extend's length hint is the
           only one, after iter(), as CPython 3.11 orders them. */
        PyObject *rv = list_extend(self, iterable);
        if (rv == NULL)
            return -1;
        Py_DECREF(rv);
    }
    return 0;
}

static int
list_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    /* a subclass that keeps list's __new__ takes no keywords either */
    if ((Py_IS_TYPE(self, &PyList_Type) || Py_TYPE(self)->tp_new == PyList_Type.tp_new) &&
        kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "list expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    return list_init_impl((PyListObject *)self, nargs ? PyTuple_GET_ITEM(args, 0) : NULL);
}

static PyObject *
list_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "list() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "list expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *list = (PyTypeObject *)type == &PyList_Type ? PyList_New(0)
                                                           : PyType_GenericAlloc((PyTypeObject *)type, 0);
    if (list == NULL)
        return NULL;
    if (nargs && list_init_impl((PyListObject *)list, args[0]) < 0) {
        Py_DECREF(list);
        return NULL;
    }
    return list;
}

static int
list_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyListObject *o = (PyListObject *)self;
    for (Py_ssize_t i = Py_SIZE(o); --i >= 0;)
        Py_VISIT(o->ob_item[i]);
    return 0;
}

static PyObject *
list_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    size_t res = (size_t)Py_TYPE(self)->tp_basicsize;
    Py_ssize_t allocated = ((PyListObject *)self)->allocated;
    if (allocated > 0)
        res += (size_t)allocated * sizeof(void *);
    return PyLong_FromSize_t(res);
}

static PyObject *list_reversed(PyObject *self, PyObject *Py_UNUSED(ignored));

static PyObject *
list_getitem_method(PyObject *self, PyObject *item)
{
    return list_subscript(self, item);
}

/* list[...] is a types.GenericAlias (PEP 585). */
static PyObject *
list_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyMethodDef list_methods[] = {
    {"__getitem__", (PyCFunction)list_getitem_method, METH_O | METH_COEXIST,
     "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", (PyCFunction)list_reversed, METH_NOARGS,
     "__reversed__($self, /)\n--\n\n" "Return a reverse iterator over the list."},
    {"__sizeof__", (PyCFunction)list_sizeof, METH_NOARGS,
     "__sizeof__($self, /)\n--\n\n" "Return the size of the list in memory, in bytes."},
    {"clear", (PyCFunction)list_clear_method, METH_NOARGS, "clear($self, /)\n--\n\nRemove all items from list."},
    {"copy", (PyCFunction)list_copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a shallow copy of the list."},
    {"append", (PyCFunction)list_append, METH_O, "append($self, object, /)\n--\n\nAppend object to the end of the list."},
    {"insert", _PyCFunction_CAST(list_insert), METH_FASTCALL, "insert($self, index, object, /)\n--\n\nInsert object before index."},
    {"extend", (PyCFunction)list_extend_method, METH_O,
     "extend($self, iterable, /)\n--\n\nExtend list by appending elements from the iterable."},
    {"pop", _PyCFunction_CAST(list_pop), METH_FASTCALL,
     "pop($self, index=-1, /)\n--\n\nRemove and return item at index (default last).\n\n"
     "Raises IndexError if list is empty or index is out of range."},
    {"remove", (PyCFunction)list_remove, METH_O,
     "remove($self, value, /)\n--\n\nRemove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", _PyCFunction_CAST(list_index), METH_FASTCALL,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", (PyCFunction)list_count, METH_O, "count($self, value, /)\n--\n\nReturn number of occurrences of value."},
    {"reverse", (PyCFunction)list_reverse, METH_NOARGS, "reverse($self, /)\n--\n\nReverse *IN PLACE*."},
    {"sort", _PyCFunction_CAST(list_sort), METH_FASTCALL | METH_KEYWORDS,
     "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in ascending order and return None."},
    {"__class_getitem__", (PyCFunction)list_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static PyMappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

PyTypeObject PyList_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "list",
    .tp_basicsize = sizeof(PyListObject),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_LIST_SUBCLASS | _Py_TPFLAGS_MATCH_SELF | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.\n\n"
              "If no argument is given, the constructor creates a new empty list.\n"
              "The argument must be an iterable if specified.",
    .tp_traverse = list_traverse,
    .tp_clear = list_clear_slot,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = list_vectorcall,
};

/* ====================================================================== */
/* iterators */

typedef _KrSeqIterObject listiterobject;

static void
listiter_dealloc(PyObject *self)
{
    listiterobject *it = (listiterobject *)self;
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(it);
}

static int
listiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((listiterobject *)self)->it_seq);
    return 0;
}

static PyObject *
listiter_next(PyObject *self)
{
    return _KrSeqIter_Step((listiterobject *)self, 1);
}

static PyObject *
listiter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    listiterobject *it = (listiterobject *)self;
    if (it->it_seq) {
        Py_ssize_t len = Py_SIZE(it->it_seq) - it->it_index;
        if (len >= 0)
            return PyLong_FromSsize_t(len);
    }
    return PyLong_FromLong(0);
}

static PyObject *
listiter_setstate(PyObject *self, PyObject *state)
{
    listiterobject *it = (listiterobject *)self;
    Py_ssize_t index = PyLong_AsSsize_t(state);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (it->it_seq != NULL) {
        if (index < 0)
            index = 0;
        else if (index > Py_SIZE(it->it_seq))
            index = Py_SIZE(it->it_seq);
        it->it_index = index;
    }
    Py_RETURN_NONE;
}

/* Both list iterators pickle as iter(list) or reversed(list) plus the
 * position; an exhausted one as iter([]). */
static PyObject *
listiter_reduce_common(PyListObject *seq, Py_ssize_t index, const char *builtin)
{
    if (seq != NULL)
        return _KrIter_Reduce(builtin, (PyObject *)seq, index);
    PyObject *empty = PyList_New(0);
    if (empty == NULL)
        return NULL;
    PyObject *res = _KrIter_Reduce("iter", empty, -1);
    Py_DECREF(empty);
    return res;
}

static PyObject *
listiter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    listiterobject *it = (listiterobject *)self;
    return listiter_reduce_common((PyListObject *)it->it_seq, it->it_index, "iter");
}

static PyMethodDef listiter_methods[] = {
    {"__length_hint__", (PyCFunction)listiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", listiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", (PyCFunction)listiter_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyListIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(listiterobject),
    .tp_dealloc = listiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
};

static PyObject *
list_iter(PyObject *seq)
{
    listiterobject *it = PyObject_GC_New(listiterobject, &PyListIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index; /* counts down; -1 when done */
    PyListObject *it_seq;
} listreviterobject;

static void
listreviter_dealloc(PyObject *self)
{
    listreviterobject *it = (listreviterobject *)self;
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(it);
}

static int
listreviter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((listreviterobject *)self)->it_seq);
    return 0;
}

static PyObject *
listreviter_next(PyObject *self)
{
    listreviterobject *it = (listreviterobject *)self;
    PyListObject *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    Py_ssize_t index = it->it_index;
    if (index >= 0 && index < Py_SIZE(seq)) {
        it->it_index--;
        return Py_NewRef(seq->ob_item[index]);
    }
    it->it_index = -1;
    it->it_seq = NULL;
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
listreviter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    listreviterobject *it = (listreviterobject *)self;
    Py_ssize_t len = it->it_index + 1;
    if (it->it_seq == NULL || Py_SIZE(it->it_seq) < len)
        len = 0;
    return PyLong_FromSsize_t(len);
}

static PyObject *
listreviter_setstate(PyObject *self, PyObject *state)
{
    listreviterobject *it = (listreviterobject *)self;
    Py_ssize_t index = PyLong_AsSsize_t(state);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (it->it_seq != NULL) {
        if (index < -1)
            index = -1;
        else if (index > Py_SIZE(it->it_seq) - 1)
            index = Py_SIZE(it->it_seq) - 1;
        it->it_index = index;
    }
    Py_RETURN_NONE;
}

static PyObject *
listreviter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    listreviterobject *it = (listreviterobject *)self;
    if (it->it_seq != NULL)
        return _KrIter_ReduceState("reversed", (PyObject *)it->it_seq, it->it_index);
    return listiter_reduce_common(NULL, -1, "reversed");
}

static PyMethodDef listreviter_methods[] = {
    {"__length_hint__", (PyCFunction)listreviter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", listreviter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", (PyCFunction)listreviter_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyListRevIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(listreviterobject),
    .tp_dealloc = listreviter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = listreviter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
};

static PyObject *
list_reversed(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    listreviterobject *it = PyObject_GC_New(listreviterobject, &PyListRevIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = Py_SIZE(self) - 1;
    it->it_seq = (PyListObject *)Py_NewRef(self);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}
