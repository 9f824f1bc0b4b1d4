/* range: an immutable arithmetic progression, stored as four ints.
 *
 * start, stop, step and the precomputed length are int objects of any
 * size, so range(10**30) works; everything is computed, nothing stored
 * per element: indexing is start + i*step, `in` for ints is a bounds check
 * and a modulo (O(1)), slicing returns another range.
 *
 * Iteration is the hot case: when the values fit a C long, iter() returns
 * a _PyRangeIterObject that counts in machine integers (the VM's FOR_ITER
 * specializes on it); otherwise a slower iterator of int objects. */
#include "Python.h"
#include "structmember.h"
#include "kr_iter.h"

static PyObject *range_iter(PyObject *seq);

/* ====================================================================== */
/* length */

/* len of range(lo, hi, step) in C longs; 0 when it doesn't fit a long */
static unsigned long
get_len_of_range(long lo, long hi, long step)
{
    if (step > 0 && lo < hi)
        return 1UL + ((unsigned long)hi - 1UL - (unsigned long)lo) / (unsigned long)step;
    if (step < 0 && lo > hi)
        return 1UL + ((unsigned long)lo - 1UL - (unsigned long)hi) / (0UL - (unsigned long)step);
    return 0UL;
}

static PyObject *
compute_range_length(PyObject *start, PyObject *stop, PyObject *step)
{
    int overflow = 0;
    long lstart = PyLong_AsLongAndOverflow(start, &overflow);
    if (!overflow) {
        long lstop = PyLong_AsLongAndOverflow(stop, &overflow);
        if (!overflow) {
            long lstep = PyLong_AsLongAndOverflow(step, &overflow);
            if (!overflow) {
                unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
                if (ulen <= (unsigned long)LONG_MAX)
                    return PyLong_FromLong((long)ulen);
            }
        }
    }
    if (PyErr_Occurred())
        return NULL;

    /* the general case:  lo >= hi ? 0 : (hi - lo - 1) // step + 1 */
    PyObject *lo, *hi, *diff = NULL, *tmp1 = NULL, *tmp2 = NULL, *result;
    int cmp = PyObject_RichCompareBool(step, _PyLong_GetZero(), Py_GT);
    if (cmp == -1)
        return NULL;
    Py_INCREF(step);
    if (cmp == 1) {
        lo = start;
        hi = stop;
    } else {
        lo = stop;
        hi = start;
        Py_SETREF(step, PyNumber_Negative(step));
        if (step == NULL)
            return NULL;
    }
    cmp = PyObject_RichCompareBool(lo, hi, Py_GE);
    if (cmp != 0) {
        Py_DECREF(step);
        if (cmp < 0)
            return NULL;
        return Py_NewRef(_PyLong_GetZero());
    }
    if ((tmp1 = PyNumber_Subtract(hi, lo)) == NULL)
        goto fail;
    if ((diff = PyNumber_Subtract(tmp1, _PyLong_GetOne())) == NULL)
        goto fail;
    if ((tmp2 = PyNumber_FloorDivide(diff, step)) == NULL)
        goto fail;
    if ((result = PyNumber_Add(tmp2, _PyLong_GetOne())) == NULL)
        goto fail;
    Py_DECREF(tmp2);
    Py_DECREF(diff);
    Py_DECREF(step);
    Py_DECREF(tmp1);
    return result;
fail:
    Py_DECREF(step);
    Py_XDECREF(tmp2);
    Py_XDECREF(diff);
    Py_XDECREF(tmp1);
    return NULL;
}

/* ====================================================================== */
/* construction */

static rangeobject *
make_range_object(PyTypeObject *type, PyObject *start, PyObject *stop, PyObject *step)
{
    PyObject *length = compute_range_length(start, stop, step);
    if (length == NULL)
        return NULL;
    rangeobject *obj = PyObject_New(rangeobject, type);
    if (obj == NULL) {
        Py_DECREF(length);
        return NULL;
    }
    obj->start = start;
    obj->stop = stop;
    obj->step = step;
    obj->length = length;
    return obj;
}

/* range(stop) / range(start, stop[, step]) from already-unpacked arguments */
static PyObject *
range_from_array(PyTypeObject *type, PyObject *const *args, Py_ssize_t num_args)
{
    PyObject *start = NULL, *stop = NULL, *step = NULL;
    switch (num_args) {
    case 3:
        step = args[2];
        /* fall through */
    case 2:
        start = PyNumber_Index(args[0]);
        if (!start)
            return NULL;
        stop = PyNumber_Index(args[1]);
        if (!stop) {
            Py_DECREF(start);
            return NULL;
        }
        if (step == NULL) {
            step = Py_NewRef(_PyLong_GetOne());
        } else {
            step = PyNumber_Index(step);
            if (step == NULL) {
                Py_DECREF(start);
                Py_DECREF(stop);
                return NULL;
            }
            if (_PyLong_Sign(step) == 0) {
                PyErr_SetString(PyExc_ValueError, "range() arg 3 must not be zero");
                Py_DECREF(start);
                Py_DECREF(stop);
                Py_DECREF(step);
                return NULL;
            }
        }
        break;
    case 1:
        stop = PyNumber_Index(args[0]);
        if (!stop)
            return NULL;
        start = Py_NewRef(_PyLong_GetZero());
        step = Py_NewRef(_PyLong_GetOne());
        break;
    case 0:
        PyErr_SetString(PyExc_TypeError, "range expected at least 1 argument, got 0");
        return NULL;
    default:
        PyErr_Format(PyExc_TypeError, "range expected at most 3 arguments, got %zd", num_args);
        return NULL;
    }
    rangeobject *obj = make_range_object(type, start, stop, step);
    if (obj != NULL)
        return (PyObject *)obj;
    Py_DECREF(start);
    Py_DECREF(stop);
    Py_DECREF(step);
    return NULL;
}

static PyObject *
range_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    if (kw != NULL && PyDict_GET_SIZE(kw)) {
        PyErr_SetString(PyExc_TypeError, "range() takes no keyword arguments");
        return NULL;
    }
    return range_from_array(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args));
}

static PyObject *
range_vectorcall(PyObject *rangetype, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "range() takes no keyword arguments");
        return NULL;
    }
    return range_from_array((PyTypeObject *)rangetype, args, nargs);
}

static void
range_dealloc(PyObject *self)
{
    rangeobject *r = (rangeobject *)self;
    Py_DECREF(r->start);
    Py_DECREF(r->stop);
    Py_DECREF(r->step);
    Py_DECREF(r->length);
    PyObject_Free(r);
}

/* ====================================================================== */
/* sequence protocol */

static PyObject *
compute_item(rangeobject *r, PyObject *i)
{
    /* start + i * step */
    if (r->step == _PyLong_GetOne())
        return PyNumber_Add(r->start, i);
    PyObject *incr = PyNumber_Multiply(i, r->step);
    if (!incr)
        return NULL;
    PyObject *result = PyNumber_Add(r->start, incr);
    Py_DECREF(incr);
    return result;
}

static PyObject *
compute_range_item(rangeobject *r, PyObject *arg)
{
    PyObject *i;
    int cmp_result = PyObject_RichCompareBool(arg, _PyLong_GetZero(), Py_LT);
    if (cmp_result == -1)
        return NULL;
    if (cmp_result == 1) {
        i = PyNumber_Add(r->length, arg);
        if (!i)
            return NULL;
    } else {
        i = Py_NewRef(arg);
    }
    /* 0 <= i < len */
    cmp_result = PyObject_RichCompareBool(i, _PyLong_GetZero(), Py_LT);
    if (cmp_result == 0)
        cmp_result = PyObject_RichCompareBool(i, r->length, Py_GE);
    if (cmp_result == -1) {
        Py_DECREF(i);
        return NULL;
    }
    if (cmp_result == 1) {
        Py_DECREF(i);
        PyErr_SetString(PyExc_IndexError, "range object index out of range");
        return NULL;
    }
    PyObject *result = compute_item(r, i);
    Py_DECREF(i);
    return result;
}

static Py_ssize_t
range_length(PyObject *self)
{
    return PyLong_AsSsize_t(((rangeobject *)self)->length);
}

static PyObject *
range_item(PyObject *self, Py_ssize_t i)
{
    PyObject *arg = PyLong_FromSsize_t(i);
    if (!arg)
        return NULL;
    PyObject *res = compute_range_item((rangeobject *)self, arg);
    Py_DECREF(arg);
    return res;
}

static PyObject *
compute_slice(rangeobject *r, PyObject *_slice)
{
    PySliceObject *slice = (PySliceObject *)_slice;
    PyObject *start = NULL, *stop = NULL, *step = NULL;
    PyObject *substart = NULL, *substop = NULL, *substep = NULL;
    if (_PySlice_GetLongIndices(slice, r->length, &start, &stop, &step) < 0)
        return NULL;
    substep = PyNumber_Multiply(r->step, step);
    if (substep == NULL)
        goto fail;
    Py_CLEAR(step);
    substart = compute_item(r, start);
    if (substart == NULL)
        goto fail;
    Py_CLEAR(start);
    substop = compute_item(r, stop);
    if (substop == NULL)
        goto fail;
    Py_CLEAR(stop);
    rangeobject *result = make_range_object(Py_TYPE(r), substart, substop, substep);
    if (result != NULL)
        return (PyObject *)result;
fail:
    Py_XDECREF(start);
    Py_XDECREF(stop);
    Py_XDECREF(step);
    Py_XDECREF(substart);
    Py_XDECREF(substop);
    Py_XDECREF(substep);
    return NULL;
}

/* exact int (or bool) ob in r, by arithmetic */
static int
range_contains_long(rangeobject *r, PyObject *ob)
{
    PyObject *zero = _PyLong_GetZero();
    int cmp1, cmp2, cmp3;
    PyObject *tmp1 = NULL, *tmp2 = NULL;
    int result = -1;

    cmp1 = PyObject_RichCompareBool(r->step, zero, Py_GT);
    if (cmp1 == -1)
        goto end;
    if (cmp1 == 1) { /* positive steps: start <= ob < stop */
        cmp2 = PyObject_RichCompareBool(r->start, ob, Py_LE);
        cmp3 = PyObject_RichCompareBool(ob, r->stop, Py_LT);
    } else { /* negative steps: stop < ob <= start */
        cmp2 = PyObject_RichCompareBool(ob, r->start, Py_LE);
        cmp3 = PyObject_RichCompareBool(r->stop, ob, Py_LT);
    }
    if (cmp2 == -1 || cmp3 == -1)
        goto end;
    if (cmp2 == 0 || cmp3 == 0) {
        result = 0;
        goto end;
    }
    /* (ob - start) % step == 0 */
    tmp1 = PyNumber_Subtract(ob, r->start);
    if (tmp1 == NULL)
        goto end;
    tmp2 = PyNumber_Remainder(tmp1, r->step);
    if (tmp2 == NULL)
        goto end;
    result = PyObject_RichCompareBool(tmp2, zero, Py_EQ);
end:
    Py_XDECREF(tmp1);
    Py_XDECREF(tmp2);
    return result;
}

/* Linear search for values that are not ints: 1 found (at *index), 0 not. */
static int
range_search(PyObject *r, PyObject *ob, Py_ssize_t *count, Py_ssize_t *index)
{
    PyObject *it = PyObject_GetIter(r);
    if (it == NULL)
        return -1;
    Py_ssize_t i = 0, n = 0;
    int found = 0;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int cmp = PyObject_RichCompareBool(item, ob, Py_EQ);
        Py_DECREF(item);
        if (cmp < 0) {
            Py_DECREF(it);
            return -1;
        }
        if (cmp > 0) {
            n++;
            if (!found) {
                found = 1;
                if (index)
                    *index = i;
                if (count == NULL)
                    break;
            }
        }
        i++;
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return -1;
    if (count)
        *count = n;
    return found;
}

static int
range_contains(PyObject *self, PyObject *ob)
{
    if (PyLong_CheckExact(ob) || PyBool_Check(ob))
        return range_contains_long((rangeobject *)self, ob);
    return range_search(self, ob, NULL, NULL);
}

static PyObject *
range_subscript(PyObject *self, PyObject *item)
{
    rangeobject *r = (rangeobject *)self;
    if (PyIndex_Check(item)) {
        PyObject *i = PyNumber_Index(item);
        if (!i)
            return NULL;
        PyObject *result = compute_range_item(r, i);
        Py_DECREF(i);
        return result;
    }
    if (PySlice_Check(item))
        return compute_slice(r, item);
    PyErr_Format(PyExc_TypeError, "range indices must be integers or slices, not %.200s",
                 Py_TYPE(item)->tp_name);
    return NULL;
}

static int
range_bool(PyObject *self)
{
    return PyObject_IsTrue(((rangeobject *)self)->length);
}

/* ranges are equal when they produce the same values */
static int
range_equals(rangeobject *r0, rangeobject *r1)
{
    if (r0 == r1)
        return 1;
    int cmp_result = PyObject_RichCompareBool(r0->length, r1->length, Py_EQ);
    if (cmp_result != 1)
        return cmp_result;
    cmp_result = PyObject_Not(r0->length);
    if (cmp_result != 0)
        return cmp_result;
    cmp_result = PyObject_RichCompareBool(r0->start, r1->start, Py_EQ);
    if (cmp_result != 1)
        return cmp_result;
    cmp_result = PyObject_RichCompareBool(r0->length, _PyLong_GetOne(), Py_EQ);
    if (cmp_result != 0)
        return cmp_result;
    return PyObject_RichCompareBool(r0->step, r1->step, Py_EQ);
}

static PyObject *
range_richcompare(PyObject *self, PyObject *other, int op)
{
    if (!PyRange_Check(other) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    int result = range_equals((rangeobject *)self, (rangeobject *)other);
    if (result == -1)
        return NULL;
    if (op == Py_NE)
        result = !result;
    return PyBool_FromLong(result);
}

/* hash((len, start, step)), with the parts that don't change the values
 * produced replaced by None */
static Py_hash_t
range_hash(PyObject *self)
{
    rangeobject *r = (rangeobject *)self;
    PyObject *t = PyTuple_New(3);
    if (!t)
        return -1;
    PyTuple_SET_ITEM(t, 0, Py_NewRef(r->length));
    int cmp_result = PyObject_Not(r->length);
    if (cmp_result == -1)
        goto end;
    if (cmp_result == 1) {
        PyTuple_SET_ITEM(t, 1, Py_NewRef(Py_None));
        PyTuple_SET_ITEM(t, 2, Py_NewRef(Py_None));
    } else {
        PyTuple_SET_ITEM(t, 1, Py_NewRef(r->start));
        cmp_result = PyObject_RichCompareBool(r->length, _PyLong_GetOne(), Py_EQ);
        if (cmp_result == -1)
            goto end;
        if (cmp_result == 1)
            PyTuple_SET_ITEM(t, 2, Py_NewRef(Py_None));
        else
            PyTuple_SET_ITEM(t, 2, Py_NewRef(r->step));
    }
    Py_hash_t result = PyObject_Hash(t);
    Py_DECREF(t);
    return result;
end:
    Py_DECREF(t);
    return -1;
}

static PyObject *
range_repr(PyObject *self)
{
    rangeobject *r = (rangeobject *)self;
    Py_ssize_t istep = PyNumber_AsSsize_t(r->step, NULL);
    if (istep == -1 && PyErr_Occurred())
        PyErr_Clear();
    if (istep == 1)
        return PyUnicode_FromFormat("range(%R, %R)", r->start, r->stop);
    return PyUnicode_FromFormat("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* ====================================================================== */
/* methods */

static PyObject *
range_count(PyObject *self, PyObject *ob)
{
    if (PyLong_CheckExact(ob) || PyBool_Check(ob)) {
        int result = range_contains_long((rangeobject *)self, ob);
        if (result == -1)
            return NULL;
        return PyLong_FromLong(result);
    }
    Py_ssize_t count;
    if (range_search(self, ob, &count, NULL) < 0)
        return NULL;
    return PyLong_FromSsize_t(count);
}

static PyObject *
range_index(PyObject *self, PyObject *ob)
{
    rangeobject *r = (rangeobject *)self;
    if (!PyLong_CheckExact(ob) && !PyBool_Check(ob)) {
        Py_ssize_t index;
        int found = range_search(self, ob, NULL, &index);
        if (found < 0)
            return NULL;
        if (!found) {
            PyErr_SetString(PyExc_ValueError, "sequence.index(x): x not in sequence");
            return NULL;
        }
        return PyLong_FromSsize_t(index);
    }
    int contains = range_contains_long(r, ob);
    if (contains == -1)
        return NULL;
    if (contains) {
        PyObject *idx = PyNumber_Subtract(ob, r->start);
        if (idx == NULL)
            return NULL;
        if (r->step == _PyLong_GetOne())
            return idx;
        /* idx = (ob - r.start) // r.step */
        PyObject *sidx = PyNumber_FloorDivide(idx, r->step);
        Py_DECREF(idx);
        return sidx;
    }
    PyErr_Format(PyExc_ValueError, "%R is not in range", ob);
    return NULL;
}

static PyObject *
range_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    rangeobject *r = (rangeobject *)self;
    return Py_BuildValue("(O(OOO))", Py_TYPE(r), r->start, r->stop, r->step);
}

static PyObject *range_reverse(PyObject *self, PyObject *Py_UNUSED(ignored));

static PyMethodDef range_methods[] = {
    {"__reversed__", range_reverse, METH_NOARGS,
     "Return a reverse iterator."},
    {"__reduce__", range_reduce, METH_NOARGS, NULL},
    {"count", range_count, METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\n"
     "Raise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef range_members[] = {
    {"start", T_OBJECT, offsetof(rangeobject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(rangeobject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(rangeobject, step), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyNumberMethods range_as_number = {
    .nb_bool = range_bool,
};

static PySequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};

static PyMappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

PyTypeObject PyRange_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "range",
    .tp_basicsize = sizeof(rangeobject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "range(stop) -> range object\n"
              "range(start, stop[, step]) -> range object\n\n"
              "Return an object that produces a sequence of integers from start (inclusive)\n"
              "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
              "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
              "These are exactly the valid indices for a list of 4 elements.\n"
              "When step is given, it specifies the increment (or decrement).",
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_new,
    .tp_vectorcall = range_vectorcall,
};

/* ====================================================================== */
/* the C-long iterator */

static PyObject *
rangeiter_next(PyObject *self)
{
    _PyRangeIterObject *r = (_PyRangeIterObject *)self;
    if (r->index < r->len) {
        /* unsigned arithmetic: start + index*step can't overflow here, but
         * the intermediate product might wrap in signed terms */
        long v = (long)((unsigned long)r->start + (unsigned long)(r->index++) * (unsigned long)r->step);
        return PyLong_FromLong(v);
    }
    return NULL;
}

static PyObject *
rangeiter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    _PyRangeIterObject *r = (_PyRangeIterObject *)self;
    return PyLong_FromLong(r->len - r->index);
}

static PyObject *
rangeiter_setstate(PyObject *self, PyObject *state)
{
    _PyRangeIterObject *r = (_PyRangeIterObject *)self;
    long index = PyLong_AsLong(state);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (index < 0)
        index = 0;
    else if (index > r->len)
        index = r->len;
    r->index = index;
    Py_RETURN_NONE;
}

/* Both range iterators pickle as iter(range(start, start + len*step, step))
 * and the position (a position past the C range is not representable:
 * such an iterator raises OverflowError instead of pickling). */
static PyObject *
rangeiter_reduce_common(PyObject *start, PyObject *step, PyObject *len, Py_ssize_t index)
{
    PyObject *span = PyNumber_Multiply(len, step);
    PyObject *stop = span ? PyNumber_Add(start, span) : NULL;
    Py_XDECREF(span);
    if (stop == NULL)
        return NULL;
    rangeobject *range = make_range_object(&PyRange_Type, start, stop, step);
    if (range == NULL) {
        Py_DECREF(stop);
        return NULL;
    }
    Py_INCREF(start);
    Py_INCREF(step);
    PyObject *res = _KrIter_Reduce("iter", (PyObject *)range, index);
    Py_DECREF(range);
    return res;
}

static PyObject *
rangeiter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    _PyRangeIterObject *r = (_PyRangeIterObject *)self;
    PyObject *start = PyLong_FromLong(r->start);
    PyObject *step = PyLong_FromLong(r->step);
    PyObject *len = PyLong_FromLong(r->len);
    PyObject *res = NULL;
    if (start != NULL && step != NULL && len != NULL)
        res = rangeiter_reduce_common(start, step, len, r->index);
    Py_XDECREF(start);
    Py_XDECREF(step);
    Py_XDECREF(len);
    return res;
}

static PyMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", rangeiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", rangeiter_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyRangeIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(_PyRangeIterObject),
    .tp_dealloc = (destructor)PyObject_Free,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
};

static PyObject *
fast_range_iter(long start, long stop, long step, long len)
{
    _PyRangeIterObject *it = PyObject_New(_PyRangeIterObject, &PyRangeIter_Type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    (void)stop;
    return (PyObject *)it;
}

/* ====================================================================== */
/* the int-object iterator, for ranges beyond C longs */

typedef struct {
    PyObject_HEAD
    PyObject *index;
    PyObject *start;
    PyObject *step;
    PyObject *len;
} longrangeiterobject;

static PyObject *
longrangeiter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    longrangeiterobject *r = (longrangeiterobject *)self;
    return PyNumber_Subtract(r->len, r->index);
}

static PyObject *
longrangeiter_setstate(PyObject *self, PyObject *state)
{
    longrangeiterobject *r = (longrangeiterobject *)self;
    PyObject *zero = _PyLong_GetZero();
    int cmp = PyObject_RichCompareBool(state, zero, Py_LT);
    if (cmp < 0)
        return NULL;
    if (cmp > 0) {
        state = zero;
    } else {
        cmp = PyObject_RichCompareBool(r->len, state, Py_LT);
        if (cmp < 0)
            return NULL;
        if (cmp > 0)
            state = r->len;
    }
    Py_XSETREF(r->index, Py_NewRef(state));
    Py_RETURN_NONE;
}

static PyObject *
longrangeiter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    longrangeiterobject *r = (longrangeiterobject *)self;
    Py_ssize_t index = PyLong_AsSsize_t(r->index);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    return rangeiter_reduce_common(r->start, r->step, r->len, index);
}

static PyMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", longrangeiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", longrangeiter_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static void
longrangeiter_dealloc(PyObject *self)
{
    longrangeiterobject *r = (longrangeiterobject *)self;
    Py_XDECREF(r->index);
    Py_XDECREF(r->start);
    Py_XDECREF(r->step);
    Py_XDECREF(r->len);
    PyObject_Free(r);
}

static PyObject *
longrangeiter_next(PyObject *self)
{
    longrangeiterobject *r = (longrangeiterobject *)self;
    if (PyObject_RichCompareBool(r->index, r->len, Py_LT) != 1)
        return NULL;
    PyObject *new_index = PyNumber_Add(r->index, _PyLong_GetOne());
    if (!new_index)
        return NULL;
    PyObject *product = PyNumber_Multiply(r->index, r->step);
    if (!product) {
        Py_DECREF(new_index);
        return NULL;
    }
    PyObject *result = PyNumber_Add(r->start, product);
    Py_DECREF(product);
    if (result)
        Py_SETREF(r->index, new_index);
    else
        Py_DECREF(new_index);
    return result;
}

PyTypeObject PyLongRangeIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(longrangeiterobject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
};

static PyObject *
long_range_iter(PyObject *start, PyObject *step, PyObject *len)
{
    longrangeiterobject *it = PyObject_New(longrangeiterobject, &PyLongRangeIter_Type);
    if (it == NULL)
        return NULL;
    it->index = Py_NewRef(_PyLong_GetZero());
    it->start = Py_NewRef(start);
    it->step = Py_NewRef(step);
    it->len = Py_NewRef(len);
    return (PyObject *)it;
}

static PyObject *
range_iter(PyObject *seq)
{
    rangeobject *r = (rangeobject *)seq;
    int overflow = 0;
    long lstart = PyLong_AsLongAndOverflow(r->start, &overflow);
    long lstop = 0, lstep = 0;
    if (!overflow)
        lstop = PyLong_AsLongAndOverflow(r->stop, &overflow);
    if (!overflow)
        lstep = PyLong_AsLongAndOverflow(r->step, &overflow);
    if (!overflow) {
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        if (ulen <= (unsigned long)LONG_MAX)
            return fast_range_iter(lstart, lstop, lstep, (long)ulen);
    }
    if (PyErr_Occurred())
        return NULL;
    return long_range_iter(r->start, r->step, r->length);
}

static PyObject *
range_reverse(PyObject *seq, PyObject *Py_UNUSED(ignored))
{
    rangeobject *range = (rangeobject *)seq;
    int overflow = 0;
    long lstart = PyLong_AsLongAndOverflow(range->start, &overflow);
    long lstop = 0, lstep = 0;
    if (!overflow)
        lstop = PyLong_AsLongAndOverflow(range->stop, &overflow);
    if (!overflow)
        lstep = PyLong_AsLongAndOverflow(range->step, &overflow);
    /* -step must be a long too */
    if (!overflow && lstep != LONG_MIN) {
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        if (ulen <= (unsigned long)LONG_MAX) {
            /* last = start + (len-1)*step, computed without signed overflow */
            long last = (long)((unsigned long)lstart + (ulen - 1) * (unsigned long)lstep);
            if (ulen == 0)
                last = lstart;
            return fast_range_iter(last, lstart - lstep, -lstep, (long)ulen);
        }
    }
    if (PyErr_Occurred())
        return NULL;

    /* the general case: start + (len - 1) * step, stepping by -step */
    PyObject *sum = NULL, *diff = NULL, *product = NULL, *new_start = NULL, *new_step = NULL;
    PyObject *result = NULL;
    if ((diff = PyNumber_Subtract(range->length, _PyLong_GetOne())) == NULL)
        goto done;
    if ((product = PyNumber_Multiply(diff, range->step)) == NULL)
        goto done;
    if ((sum = PyNumber_Add(range->start, product)) == NULL)
        goto done;
    new_start = sum;
    sum = NULL;
    if ((new_step = PyNumber_Negative(range->step)) == NULL)
        goto done;
    result = long_range_iter(new_start, new_step, range->length);
done:
    Py_XDECREF(diff);
    Py_XDECREF(product);
    Py_XDECREF(sum);
    Py_XDECREF(new_start);
    Py_XDECREF(new_step);
    return result;
}
