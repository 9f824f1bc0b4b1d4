/* tuple: an immutable, fixed-size array of references.
 *
 * Layout (CPython 3.11): a PyVarObject header followed by ob_size item
 * pointers, allocated in one GC block.  Invariants:
 *   - the empty tuple is one shared singleton (`empty_tuple`), never freed;
 *   - once a tuple has been handed to Python code its items never change;
 *     C code may fill a fresh tuple (refcount 1) with PyTuple_SET_ITEM and
 *     may _PyTuple_Resize it while nobody else holds it.
 *
 * Small tuples are the most-allocated objects of the VM (argument packs,
 * multiple returns, dict items), so dead tuples of 1..KR_TUPLE_MAXSAVESIZE-1
 * items are kept on per-size free lists, chained through ob_item[0], and
 * reused without going back to the allocator.
 *
 * The hash is CPython 3.11's xxHash-derived combination of the item hashes,
 * so hash((1, 2)) agrees with CPython's. */
#include "Python.h"
#include "kr_typing.h"
#include "kr_iter.h"
#include "kr_compare.h"

/* Free-list sizes: tuples of fewer than 20 items, up to 2000 of each
 * size, as in CPython (PyTuple_MAXSAVESIZE / PyTuple_MAXFREELIST). */
#define KR_TUPLE_MAXSAVESIZE 20
#define KR_TUPLE_MAXFREELIST 2000

static PyTupleObject *free_list[KR_TUPLE_MAXSAVESIZE];
static int numfree[KR_TUPLE_MAXSAVESIZE];

/* The empty tuple.  Statically allocated: it is never tracked, never freed.
 * A GC head precedes it so that PyObject_IS_GC/untrack code can look at it. */
static struct {
    PyGC_Head gc;
    PyTupleObject tuple;
} empty_tuple_storage = {
    {0, 0},
    {PyVarObject_HEAD_INIT(&PyTuple_Type, 0) {NULL}},
};
#define EMPTY_TUPLE ((PyObject *)&empty_tuple_storage.tuple)

static PyObject *tuple_iter(PyObject *seq);

/* ---------------------------------------------------------------------- */
/* allocation */

static PyTupleObject *
tuple_alloc(Py_ssize_t size)
{
    PyTupleObject *op;
    if (size < KR_TUPLE_MAXSAVESIZE && (op = free_list[size]) != NULL) {
        free_list[size] = (PyTupleObject *)op->ob_item[0];
        numfree[size]--;
        Py_SET_REFCNT(op, 1);
#ifdef Py_REF_DEBUG
        _Py_RefTotal++;
#endif
        return op;
    }
    if ((size_t)size > ((size_t)PY_SSIZE_T_MAX - sizeof(PyTupleObject)) / sizeof(PyObject *)) {
        PyErr_NoMemory();
        return NULL;
    }
    op = PyObject_GC_NewVar(PyTupleObject, &PyTuple_Type, size);
    return op;
}

PyObject *
PyTuple_New(Py_ssize_t size)
{
    if (size == 0)
        return Py_NewRef(EMPTY_TUPLE);
    if (size < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyTupleObject *op = tuple_alloc(size);
    if (op == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < size; i++)
        op->ob_item[i] = NULL;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

Py_ssize_t
PyTuple_Size(PyObject *op)
{
    if (!PyTuple_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return Py_SIZE(op);
}

PyObject *
PyTuple_GetItem(PyObject *op, Py_ssize_t i)
{
    if (!PyTuple_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (i < 0 || i >= Py_SIZE(op)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return ((PyTupleObject *)op)->ob_item[i];
}

int
PyTuple_SetItem(PyObject *op, Py_ssize_t i, PyObject *newitem)
{
    if (!PyTuple_Check(op) || Py_REFCNT(op) != 1) {
        Py_XDECREF(newitem);
        PyErr_BadInternalCall();
        return -1;
    }
    if (i < 0 || i >= Py_SIZE(op)) {
        Py_XDECREF(newitem);
        PyErr_SetString(PyExc_IndexError, "tuple assignment index out of range");
        return -1;
    }
    PyObject **p = ((PyTupleObject *)op)->ob_item + i;
    Py_XSETREF(*p, newitem);
    return 0;
}

void
_PyTuple_MaybeUntrack(PyObject *op)
{
    if (!PyTuple_CheckExact(op) || !_PyObject_GC_IS_TRACKED(op))
        return;
    PyTupleObject *t = (PyTupleObject *)op;
    for (Py_ssize_t i = Py_SIZE(t); --i >= 0;) {
        PyObject *elt = t->ob_item[i];
        /* An item that can hold references keeps the tuple tracked, unless
         * it is itself an untracked tuple (which can't be part of a cycle). */
        if (elt == NULL)
            return;
        if (PyObject_IS_GC(elt) && !(PyTuple_CheckExact(elt) && !_PyObject_GC_IS_TRACKED(elt)))
            return;
    }
    PyObject_GC_UnTrack(op);
}

PyObject *
PyTuple_Pack(Py_ssize_t n, ...)
{
    va_list vargs;
    if (n == 0)
        return Py_NewRef(EMPTY_TUPLE);
    PyTupleObject *result = tuple_alloc(n);
    if (result == NULL)
        return NULL;
    va_start(vargs, n);
    for (Py_ssize_t i = 0; i < n; i++)
        result->ob_item[i] = Py_NewRef(va_arg(vargs, PyObject *));
    va_end(vargs);
    PyObject_GC_Track(result);
    return (PyObject *)result;
}

/* Weak so that a definition in Objects/call.c (abstract.h lists it among
 * the call helpers) can take over without a duplicate-symbol error. */
__attribute__((weak)) PyObject *
_PyTuple_FromArray(PyObject *const *src, Py_ssize_t n)
{
    if (n == 0)
        return Py_NewRef(EMPTY_TUPLE);
    PyTupleObject *t = tuple_alloc(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        t->ob_item[i] = Py_NewRef(src[i]);
    PyObject_GC_Track(t);
    return (PyObject *)t;
}

PyObject *
_PyTuple_FromArraySteal(PyObject *const *src, Py_ssize_t n)
{
    if (n == 0)
        return Py_NewRef(EMPTY_TUPLE);
    PyTupleObject *t = tuple_alloc(n);
    if (t == NULL) {
        for (Py_ssize_t i = 0; i < n; i++)
            Py_DECREF(src[i]);
        return NULL;
    }
    memcpy(t->ob_item, src, (size_t)n * sizeof(PyObject *));
    PyObject_GC_Track(t);
    return (PyObject *)t;
}

int
_PyTuple_Resize(PyObject **pv, Py_ssize_t newsize)
{
    PyTupleObject *v = (PyTupleObject *)*pv;
    if (v == NULL || !Py_IS_TYPE(v, &PyTuple_Type) || (Py_SIZE(v) != 0 && Py_REFCNT(v) != 1)) {
        *pv = NULL;
        Py_XDECREF(v);
        PyErr_BadInternalCall();
        return -1;
    }
    Py_ssize_t oldsize = Py_SIZE(v);
    if (oldsize == newsize)
        return 0;
    if (oldsize == 0 || newsize == 0) {
        /* the singleton can't be resized in place */
        PyObject *n = PyTuple_New(newsize);
        Py_DECREF(v);
        *pv = n;
        if (n == NULL)
            return -1;
        return 0;
    }
    PyObject_GC_UnTrack(v);
    for (Py_ssize_t i = newsize; i < oldsize; i++)
        Py_CLEAR(v->ob_item[i]);
    PyTupleObject *sv = PyObject_GC_Resize(PyTupleObject, v, newsize);
    if (sv == NULL) {
        *pv = NULL;
        PyObject_GC_Del(v);
        return -1;
    }
    for (Py_ssize_t i = oldsize; i < newsize; i++)
        sv->ob_item[i] = NULL;
    PyObject_GC_Track(sv);
    *pv = (PyObject *)sv;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* slots */

static void
tuple_dealloc(PyObject *self)
{
    PyTupleObject *op = (PyTupleObject *)self;
    Py_ssize_t len = Py_SIZE(op);
    if (self == EMPTY_TUPLE) {
        /* only reachable through unbalanced decrefs; keep the singleton */
        Py_SET_REFCNT(self, 1);
        return;
    }
    PyObject_GC_UnTrack(op);
    Py_TRASHCAN_BEGIN(op, tuple_dealloc)
    for (Py_ssize_t i = len; --i >= 0;)
        Py_XDECREF(op->ob_item[i]);
    if (len < KR_TUPLE_MAXSAVESIZE && numfree[len] < KR_TUPLE_MAXFREELIST &&
        Py_IS_TYPE(op, &PyTuple_Type)) {
        op->ob_item[0] = (PyObject *)free_list[len];
        numfree[len]++;
        free_list[len] = op;
    }
    else {
        Py_TYPE(op)->tp_free((PyObject *)op);
    }
    Py_TRASHCAN_END
}

static PyObject *
tuple_repr(PyObject *self)
{
    PyTupleObject *v = (PyTupleObject *)self;
    Py_ssize_t n = Py_SIZE(v);
    if (n == 0)
        return PyUnicode_FromString("()");
    int status = Py_ReprEnter(self);
    if (status != 0)
        return status > 0 ? PyUnicode_FromString("(...)") : NULL;
    _PyUnicodeWriter writer;
    _PyUnicodeWriter_Init(&writer);
    writer.overallocate = 1;
    writer.min_length = 1 + 1 + (2 + 1) * (n - 1) + 1;
    if (_PyUnicodeWriter_WriteChar(&writer, '(') < 0)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i > 0 && _PyUnicodeWriter_WriteASCIIString(&writer, ", ", 2) < 0)
            goto error;
        if (Py_EnterRecursiveCall(" while getting the repr of an object"))
            goto error;
        PyObject *s = PyObject_Repr(v->ob_item[i]);
        Py_LeaveRecursiveCall();
        if (s == NULL)
            goto error;
        int r = _PyUnicodeWriter_WriteStr(&writer, s);
        Py_DECREF(s);
        if (r < 0)
            goto error;
    }
    writer.overallocate = 0;
    if (n == 1 ? _PyUnicodeWriter_WriteASCIIString(&writer, ",)", 2) < 0
               : _PyUnicodeWriter_WriteChar(&writer, ')') < 0)
        goto error;
    Py_ReprLeave(self);
    return _PyUnicodeWriter_Finish(&writer);
error:
    _PyUnicodeWriter_Dealloc(&writer);
    Py_ReprLeave(self);
    return NULL;
}

/* xxHash-style mixing (the XXH64 round), CPython 3.11's tuple hash. */
#define XXPRIME_1 ((Py_uhash_t)11400714785074694791ULL)
#define XXPRIME_2 ((Py_uhash_t)14029467366897019727ULL)
#define XXPRIME_5 ((Py_uhash_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static Py_hash_t
tuple_hash(PyObject *self)
{
    PyTupleObject *v = (PyTupleObject *)self;
    Py_ssize_t len = Py_SIZE(v);
    Py_uhash_t acc = XXPRIME_5;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_uhash_t lane = (Py_uhash_t)PyObject_Hash(v->ob_item[i]);
        if (lane == (Py_uhash_t)-1)
            return -1;
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (Py_uhash_t)len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (Py_uhash_t)-1)
        return 1546275796;
    return (Py_hash_t)acc;
}

static Py_ssize_t
tuple_length(PyObject *self)
{
    return Py_SIZE(self);
}

static int
tuple_contains(PyObject *self, PyObject *el)
{
    PyTupleObject *a = (PyTupleObject *)self;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++) {
        int cmp = _KrCompare_ItemEqual(a->ob_item[i], el);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static PyObject *
tuple_item(PyObject *self, Py_ssize_t i)
{
    if ((size_t)i >= (size_t)Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return Py_NewRef(((PyTupleObject *)self)->ob_item[i]);
}

static PyObject *
tuple_slice(PyTupleObject *a, Py_ssize_t ilow, Py_ssize_t ihigh)
{
    if (ilow < 0)
        ilow = 0;
    if (ihigh > Py_SIZE(a))
        ihigh = Py_SIZE(a);
    if (ihigh < ilow)
        ihigh = ilow;
    if (ilow == 0 && ihigh == Py_SIZE(a) && PyTuple_CheckExact(a))
        return Py_NewRef(a);
    return _PyTuple_FromArray(a->ob_item + ilow, ihigh - ilow);
}

PyObject *
PyTuple_GetSlice(PyObject *op, Py_ssize_t i, Py_ssize_t j)
{
    if (op == NULL || !PyTuple_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return tuple_slice((PyTupleObject *)op, i, j);
}

static PyObject *
tuple_concat(PyObject *self, PyObject *bb)
{
    PyTupleObject *a = (PyTupleObject *)self;
    if (!PyTuple_Check(bb)) {
        PyErr_Format(PyExc_TypeError, "can only concatenate tuple (not \"%.200s\") to tuple",
                     Py_TYPE(bb)->tp_name);
        return NULL;
    }
    /* only now is ob_size known to exist */
    if (Py_SIZE(bb) == 0 && PyTuple_CheckExact(bb) && PyTuple_CheckExact(a))
        return Py_NewRef(a);
    PyTupleObject *b = (PyTupleObject *)bb;
    if (Py_SIZE(a) == 0 && PyTuple_CheckExact(b))
        return Py_NewRef(b);
    if (Py_SIZE(a) > PY_SSIZE_T_MAX - Py_SIZE(b))
        return PyErr_NoMemory();
    Py_ssize_t size = Py_SIZE(a) + Py_SIZE(b);
    if (size == 0)
        return Py_NewRef(EMPTY_TUPLE);
    PyTupleObject *np = tuple_alloc(size);
    if (np == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        np->ob_item[i] = Py_NewRef(a->ob_item[i]);
    for (Py_ssize_t i = 0; i < Py_SIZE(b); i++)
        np->ob_item[i + Py_SIZE(a)] = Py_NewRef(b->ob_item[i]);
    PyObject_GC_Track(np);
    return (PyObject *)np;
}

static PyObject *
tuple_repeat(PyObject *self, Py_ssize_t n)
{
    PyTupleObject *a = (PyTupleObject *)self;
    Py_ssize_t input_size = Py_SIZE(a);
    if (input_size == 0 || n == 1) {
        if (PyTuple_CheckExact(a))
            return Py_NewRef(a);
    }
    if (input_size == 0 || n <= 0)
        return Py_NewRef(EMPTY_TUPLE);
    if (input_size > PY_SSIZE_T_MAX / n)
        return PyErr_NoMemory();
    Py_ssize_t size = input_size * n;
    PyTupleObject *np = tuple_alloc(size);
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
    PyObject_GC_Track(np);
    return (PyObject *)np;
}

static PyObject *
tuple_subscript(PyObject *self, PyObject *item)
{
    PyTupleObject *t = (PyTupleObject *)self;
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(t);
        return tuple_item(self, i);
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(item, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t len = PySlice_AdjustIndices(Py_SIZE(t), &start, &stop, step);
        if (len <= 0)
            return Py_NewRef(EMPTY_TUPLE);
        if (start == 0 && step == 1 && len == Py_SIZE(t) && PyTuple_CheckExact(t))
            return Py_NewRef(t);
        PyTupleObject *result = tuple_alloc(len);
        if (result == NULL)
            return NULL;
        for (Py_ssize_t cur = start, i = 0; i < len; cur += step, i++)
            result->ob_item[i] = Py_NewRef(t->ob_item[cur]);
        PyObject_GC_Track(result);
        return (PyObject *)result;
    }
    PyErr_Format(PyExc_TypeError, "tuple indices must be integers or slices, not %.200s",
                 Py_TYPE(item)->tp_name);
    return NULL;
}

static PyObject *
tuple_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyTuple_Check(v) || !PyTuple_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    PyTupleObject *vt = (PyTupleObject *)v, *wt = (PyTupleObject *)w;
    Py_ssize_t vlen = Py_SIZE(vt), wlen = Py_SIZE(wt);
    /* Find the first index where the items differ; identity counts as equal
     * (so a NaN compares equal to itself here, as in CPython). */
    Py_ssize_t i;
    for (i = 0; i < vlen && i < wlen; i++) {
        if (vt->ob_item[i] == wt->ob_item[i])
            continue;
        int k = _KrCompare_PlainEqual(vt->ob_item[i], wt->ob_item[i]);
        if (k < 0)
            k = PyObject_RichCompareBool(vt->ob_item[i], wt->ob_item[i], Py_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vlen || i >= wlen)
        Py_RETURN_RICHCOMPARE(vlen, wlen, op);
    if (op == Py_EQ)
        Py_RETURN_FALSE;
    if (op == Py_NE)
        Py_RETURN_TRUE;
    int plain = _KrCompare_ExactNumbers(vt->ob_item[i], wt->ob_item[i], op);
    if (plain >= 0)
        return PyBool_FromLong(plain);
    return PyObject_RichCompare(vt->ob_item[i], wt->ob_item[i], op);
}

static int
tuple_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTupleObject *o = (PyTupleObject *)self;
    for (Py_ssize_t i = Py_SIZE(o); --i >= 0;)
        Py_VISIT(o->ob_item[i]);
    return 0;
}

/* ---------------------------------------------------------------------- */
/* construction */

static PyObject *
tuple_subtype_new(PyTypeObject *type, PyObject *iterable)
{
    PyObject *tmp = iterable == NULL ? PyTuple_New(0) : PySequence_Tuple(iterable);
    if (tmp == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(tmp);
    PyObject *newobj = type->tp_alloc(type, n);
    if (newobj == NULL) {
        Py_DECREF(tmp);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(newobj, i, Py_NewRef(PyTuple_GET_ITEM(tmp, i)));
    Py_DECREF(tmp);
    return newobj;
}

static PyObject *
tuple_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "tuple() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "tuple expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if ((PyTypeObject *)type != &PyTuple_Type)
        return tuple_subtype_new((PyTypeObject *)type, nargs ? args[0] : NULL);
    if (nargs == 0)
        return Py_NewRef(EMPTY_TUPLE);
    return PySequence_Tuple(args[0]);
}

static PyObject *
tuple_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* a subclass without an __init__ of its own takes no keywords either */
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0 &&
        (type == &PyTuple_Type || type->tp_init == PyTuple_Type.tp_init)) {
        PyErr_SetString(PyExc_TypeError, "tuple() takes no keyword arguments");
        return NULL;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "tuple expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *iterable = nargs ? PyTuple_GET_ITEM(args, 0) : NULL;
    if (type != &PyTuple_Type)
        return tuple_subtype_new(type, iterable);
    if (iterable == NULL)
        return Py_NewRef(EMPTY_TUPLE);
    return PySequence_Tuple(iterable);
}

/* ---------------------------------------------------------------------- */
/* methods */

static PyObject *
tuple_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyTupleObject *t = (PyTupleObject *)self;
    Py_ssize_t start = 0, stop = PY_SSIZE_T_MAX;
    if (!_PyArg_CheckPositional("index", nargs, 1, 3))
        return NULL;
    if (nargs >= 2 && !_PyEval_SliceIndexNotNone(args[1], &start))
        return NULL;
    if (nargs >= 3 && !_PyEval_SliceIndexNotNone(args[2], &stop))
        return NULL;
    if (start < 0) {
        start += Py_SIZE(t);
        if (start < 0)
            start = 0;
    }
    if (stop < 0)
        stop += Py_SIZE(t);
    else if (stop > Py_SIZE(t))
        stop = Py_SIZE(t);
    for (Py_ssize_t i = start; i < stop; i++) {
        int cmp = _KrCompare_ItemEqual(t->ob_item[i], args[0]);
        if (cmp > 0)
            return PyLong_FromSsize_t(i);
        if (cmp < 0)
            return NULL;
    }
    PyErr_SetString(PyExc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static PyObject *
tuple_count(PyObject *self, PyObject *value)
{
    PyTupleObject *t = (PyTupleObject *)self;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(t); i++) {
        int cmp = _KrCompare_ItemEqual(t->ob_item[i], value);
        if (cmp > 0)
            count++;
        else if (cmp < 0)
            return NULL;
    }
    return PyLong_FromSsize_t(count);
}

static PyObject *
tuple_getnewargs(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *copy = tuple_slice((PyTupleObject *)self, 0, Py_SIZE(self));
    if (copy == NULL)
        return NULL;
    PyObject *res = PyTuple_Pack(1, copy);
    Py_DECREF(copy);
    return res;
}

/* tuple[...] is a types.GenericAlias (PEP 585). */
static PyObject *
tuple_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyMethodDef tuple_methods[] = {
    {"__getnewargs__", (PyCFunction)tuple_getnewargs, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"index", _PyCFunction_CAST(tuple_index), METH_FASTCALL,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", (PyCFunction)tuple_count, METH_O, "count($self, value, /)\n--\n\nReturn number of occurrences of value."},
    {"__class_getitem__", (PyCFunction)tuple_class_getitem, METH_O | METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

static PyMappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

PyTypeObject PyTuple_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "tuple",
    .tp_basicsize = sizeof(PyTupleObject) - sizeof(PyObject *),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = &tuple_as_sequence,
    .tp_as_mapping = &tuple_as_mapping,
    .tp_hash = tuple_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_TUPLE_SUBCLASS | _Py_TPFLAGS_MATCH_SELF | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.\n\n"
              "If no argument is given, the constructor returns an empty tuple.\n"
              "If iterable is specified the tuple is initialized from iterable's items.\n\n"
              "If the argument is a tuple, the return value is the same object.",
    .tp_traverse = tuple_traverse,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = tuple_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = tuple_vectorcall,
};

/* ---------------------------------------------------------------------- */
/* iterator */

typedef _KrSeqIterObject tupleiterobject;

static void
tupleiter_dealloc(PyObject *self)
{
    tupleiterobject *it = (tupleiterobject *)self;
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(it);
}

static int
tupleiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((tupleiterobject *)self)->it_seq);
    return 0;
}

static PyObject *
tupleiter_next(PyObject *self)
{
    return _KrSeqIter_Step((tupleiterobject *)self, 0);
}

static PyObject *
tupleiter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    tupleiterobject *it = (tupleiterobject *)self;
    Py_ssize_t len = 0;
    if (it->it_seq)
        len = Py_SIZE(it->it_seq) - it->it_index;
    return PyLong_FromSsize_t(len);
}

static PyObject *
tupleiter_setstate(PyObject *self, PyObject *state)
{
    tupleiterobject *it = (tupleiterobject *)self;
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

static PyObject *
tupleiter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    tupleiterobject *it = (tupleiterobject *)self;
    return _KrIter_Reduce("iter", (PyObject *)it->it_seq, it->it_index);
}

static PyMethodDef tupleiter_methods[] = {
    {"__length_hint__", (PyCFunction)tupleiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", tupleiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", (PyCFunction)tupleiter_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyTupleIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(tupleiterobject),
    .tp_dealloc = tupleiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
};

static PyObject *
tuple_iter(PyObject *seq)
{
    tupleiterobject *it = PyObject_GC_New(tupleiterobject, &PyTupleIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}
