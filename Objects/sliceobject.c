/* slice and Ellipsis.
 *
 * A slice is three arbitrary objects (start, stop, step), usually ints or
 * None; meaning is given by the container that receives it.  The helpers
 * here turn a slice into C indices for a sequence of known length:
 * PySlice_Unpack (clip to Py_ssize_t, default the Nones) followed by
 * PySlice_AdjustIndices (resolve negatives against the length), and
 * _PySlice_GetLongIndices for containers whose length may not fit a
 * Py_ssize_t (range).  One freed slice is kept for reuse, since `a[i:j]`
 * builds and drops one each time.
 *
 * Slices are unhashable in 3.11 (hash() raises TypeError). */
#include "Python.h"
#include "structmember.h"

/* ====================================================================== */
/* Ellipsis */

static PyObject *
ellipsis_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) || (kwargs && PyDict_GET_SIZE(kwargs))) {
        PyErr_SetString(PyExc_TypeError, "EllipsisType takes no arguments");
        return NULL;
    }
    return Py_NewRef(Py_Ellipsis);
}

static PyObject *
ellipsis_repr(PyObject *op)
{
    return PyUnicode_FromString("Ellipsis");
}

static PyObject *
ellipsis_reduce(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    return PyUnicode_FromString("Ellipsis");
}

static PyMethodDef ellipsis_methods[] = {
    {"__reduce__", ellipsis_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyEllipsis_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "ellipsis",
    .tp_basicsize = 0,
    .tp_repr = ellipsis_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = ellipsis_methods,
    .tp_new = ellipsis_new,
};

PyObject _Py_EllipsisObject = {1, &PyEllipsis_Type};

/* ====================================================================== */
/* index conversion */

int
_PyEval_SliceIndex(PyObject *v, Py_ssize_t *pi)
{
    if (!Py_IsNone(v)) {
        Py_ssize_t x;
        if (PyIndex_Check(v)) {
            /* NULL: out-of-range values clip to the Py_ssize_t range */
            x = PyNumber_AsSsize_t(v, NULL);
            if (x == -1 && PyErr_Occurred())
                return 0;
        } else {
            PyErr_SetString(PyExc_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
            return 0;
        }
        *pi = x;
    }
    return 1;
}

int
_PyEval_SliceIndexNotNone(PyObject *v, Py_ssize_t *pi)
{
    Py_ssize_t x;
    if (PyIndex_Check(v)) {
        x = PyNumber_AsSsize_t(v, NULL);
        if (x == -1 && PyErr_Occurred())
            return 0;
    } else {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or have an __index__ method");
        return 0;
    }
    *pi = x;
    return 1;
}

/* ====================================================================== */
/* slice objects */

static PySliceObject *slice_cache; /* one freed slice, ready for reuse */

static PySliceObject *
slice_alloc(PyObject *start, PyObject *stop, PyObject *step)
{
    PySliceObject *obj;
    if (slice_cache != NULL) {
        obj = slice_cache;
        slice_cache = NULL;
        Py_SET_REFCNT(obj, 1);
#ifdef Py_REF_DEBUG
        _Py_RefTotal++;
#endif
    } else {
        obj = PyObject_GC_New(PySliceObject, &PySlice_Type);
        if (obj == NULL)
            return NULL;
    }
    obj->start = Py_NewRef(start);
    obj->stop = Py_NewRef(stop);
    obj->step = Py_NewRef(step);
    PyObject_GC_Track(obj);
    return obj;
}

PyObject *
PySlice_New(PyObject *start, PyObject *stop, PyObject *step)
{
    if (step == NULL)
        step = Py_None;
    if (start == NULL)
        start = Py_None;
    if (stop == NULL)
        stop = Py_None;
    return (PyObject *)slice_alloc(start, stop, step);
}

PyObject *
_PySlice_FromIndices(Py_ssize_t istart, Py_ssize_t istop)
{
    PyObject *start = PyLong_FromSsize_t(istart);
    if (start == NULL)
        return NULL;
    PyObject *end = PyLong_FromSsize_t(istop);
    if (end == NULL) {
        Py_DECREF(start);
        return NULL;
    }
    PyObject *slice = PySlice_New(start, end, NULL);
    Py_DECREF(start);
    Py_DECREF(end);
    return slice;
}

int
PySlice_Unpack(PyObject *_r, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step)
{
    PySliceObject *r = (PySliceObject *)_r;
    if (Py_IsNone(r->step)) {
        *step = 1;
    } else {
        if (!_PyEval_SliceIndex(r->step, step))
            return -1;
        if (*step == 0) {
            PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* keep -step representable */
        if (*step < -PY_SSIZE_T_MAX)
            *step = -PY_SSIZE_T_MAX;
    }
    if (Py_IsNone(r->start)) {
        *start = *step < 0 ? PY_SSIZE_T_MAX : 0;
    } else if (!_PyEval_SliceIndex(r->start, start)) {
        return -1;
    }
    if (Py_IsNone(r->stop)) {
        *stop = *step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    } else if (!_PyEval_SliceIndex(r->stop, stop)) {
        return -1;
    }
    return 0;
}

Py_ssize_t
PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = (step < 0) ? -1 : 0;
    } else if (*start >= length) {
        *start = (step < 0) ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = (step < 0) ? -1 : 0;
    } else if (*stop >= length) {
        *stop = (step < 0) ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int
PySlice_GetIndicesEx(PyObject *_r, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                     Py_ssize_t *step, Py_ssize_t *slicelength)
{
    if (PySlice_Unpack(_r, start, stop, step) < 0)
        return -1;
    *slicelength = PySlice_AdjustIndices(length, start, stop, *step);
    return 0;
}

/* A slice field as an exact int for the arbitrary-size path; the message
 * names what a slice index may be rather than the generic __index__ one. */
static PyObject *
slice_field_as_long(PyObject *v)
{
    if (!PyIndex_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    return PyNumber_Index(v);
}

/* start/stop/step as ints for a sequence of `length` items (any size):
 * the arithmetic of PySlice_AdjustIndices done with int objects. */
int
_PySlice_GetLongIndices(PySliceObject *self, PyObject *length, PyObject **start_ptr,
                        PyObject **stop_ptr, PyObject **step_ptr)
{
    PyObject *start = NULL, *stop = NULL, *step = NULL;
    PyObject *upper = NULL, *lower = NULL;
    int step_is_negative, cmp_result;

    if (self->step == Py_None) {
        step = Py_NewRef(_PyLong_GetOne());
        step_is_negative = 0;
    } else {
        step = slice_field_as_long(self->step);
        if (step == NULL)
            goto error;
        int step_sign = _PyLong_Sign(step);
        if (step_sign == 0) {
            PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
            goto error;
        }
        step_is_negative = step_sign < 0;
    }

    if (step_is_negative) {
        lower = PyLong_FromLong(-1L);
        if (lower == NULL)
            goto error;
        upper = PyNumber_Add(length, lower);
        if (upper == NULL)
            goto error;
    } else {
        lower = Py_NewRef(_PyLong_GetZero());
        upper = Py_NewRef(length);
    }

    if (self->start == Py_None) {
        start = Py_NewRef(step_is_negative ? upper : lower);
    } else {
        start = slice_field_as_long(self->start);
        if (start == NULL)
            goto error;
        if (_PyLong_Sign(start) < 0) {
            PyObject *tmp = PyNumber_Add(start, length);
            Py_SETREF(start, tmp);
            if (start == NULL)
                goto error;
            cmp_result = PyObject_RichCompareBool(start, lower, Py_LT);
            if (cmp_result < 0)
                goto error;
            if (cmp_result)
                Py_SETREF(start, Py_NewRef(lower));
        } else {
            cmp_result = PyObject_RichCompareBool(start, upper, Py_GT);
            if (cmp_result < 0)
                goto error;
            if (cmp_result)
                Py_SETREF(start, Py_NewRef(upper));
        }
    }

    if (self->stop == Py_None) {
        stop = Py_NewRef(step_is_negative ? lower : upper);
    } else {
        stop = slice_field_as_long(self->stop);
        if (stop == NULL)
            goto error;
        if (_PyLong_Sign(stop) < 0) {
            PyObject *tmp = PyNumber_Add(stop, length);
            Py_SETREF(stop, tmp);
            if (stop == NULL)
                goto error;
            cmp_result = PyObject_RichCompareBool(stop, lower, Py_LT);
            if (cmp_result < 0)
                goto error;
            if (cmp_result)
                Py_SETREF(stop, Py_NewRef(lower));
        } else {
            cmp_result = PyObject_RichCompareBool(stop, upper, Py_GT);
            if (cmp_result < 0)
                goto error;
            if (cmp_result)
                Py_SETREF(stop, Py_NewRef(upper));
        }
    }

    *start_ptr = start;
    *stop_ptr = stop;
    *step_ptr = step;
    Py_DECREF(upper);
    Py_DECREF(lower);
    return 0;

error:
    *start_ptr = *stop_ptr = *step_ptr = NULL;
    Py_XDECREF(start);
    Py_XDECREF(stop);
    Py_XDECREF(step);
    Py_XDECREF(upper);
    Py_XDECREF(lower);
    return -1;
}

static PyObject *
slice_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *start = NULL, *stop = NULL, *step = NULL;
    if (kw != NULL && PyDict_GET_SIZE(kw)) {
        PyErr_SetString(PyExc_TypeError, "slice() takes no keyword arguments");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < 1) {
        PyErr_Format(PyExc_TypeError, "slice expected at least 1 argument, got %zd", n);
        return NULL;
    }
    if (n > 3) {
        PyErr_Format(PyExc_TypeError, "slice expected at most 3 arguments, got %zd", n);
        return NULL;
    }
    if (n == 1) {
        stop = PyTuple_GET_ITEM(args, 0);
    } else {
        start = PyTuple_GET_ITEM(args, 0);
        stop = PyTuple_GET_ITEM(args, 1);
        if (n == 3)
            step = PyTuple_GET_ITEM(args, 2);
    }
    return PySlice_New(start, stop, step);
}

static void
slice_dealloc(PyObject *self)
{
    PySliceObject *r = (PySliceObject *)self;
    PyObject_GC_UnTrack(r);
    Py_DECREF(r->step);
    Py_DECREF(r->start);
    Py_DECREF(r->stop);
    if (slice_cache == NULL && Py_IS_TYPE(r, &PySlice_Type))
        slice_cache = r;
    else
        PyObject_GC_Del(r);
}

static PyObject *
slice_repr(PyObject *self)
{
    PySliceObject *r = (PySliceObject *)self;
    return PyUnicode_FromFormat("slice(%R, %R, %R)", r->start, r->stop, r->step);
}

static PyMemberDef slice_members[] = {
    {"start", T_OBJECT, offsetof(PySliceObject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(PySliceObject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(PySliceObject, step), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyObject *
slice_indices(PyObject *self, PyObject *len)
{
    PyObject *start, *stop, *step;
    PyObject *length = PyNumber_Index(len);
    if (length == NULL)
        return NULL;
    if (_PyLong_Sign(length) < 0) {
        PyErr_SetString(PyExc_ValueError, "length should not be negative");
        Py_DECREF(length);
        return NULL;
    }
    int error = _PySlice_GetLongIndices((PySliceObject *)self, length, &start, &stop, &step);
    Py_DECREF(length);
    if (error == -1)
        return NULL;
    PyObject *t = PyTuple_Pack(3, start, stop, step);
    Py_DECREF(start);
    Py_DECREF(stop);
    Py_DECREF(step);
    return t;
}

static PyObject *
slice_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PySliceObject *r = (PySliceObject *)self;
    return Py_BuildValue("O(OOO)", Py_TYPE(r), r->start, r->stop, r->step);
}

static PyMethodDef slice_methods[] = {
    {"indices", slice_indices, METH_O,
     "S.indices(len) -> (start, stop, stride)\n\n"
     "Assuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\n"
     "S. Out of bounds indices are clipped in a manner consistent with the\n"
     "handling of normal slices."},
    {"__reduce__", slice_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static PyObject *
slice_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PySlice_Check(v) || !PySlice_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    if (v == w) {
        switch (op) {
        case Py_EQ:
        case Py_LE:
        case Py_GE:
            Py_RETURN_TRUE;
        case Py_NE:
        case Py_LT:
        case Py_GT:
            Py_RETURN_FALSE;
        }
    }
    PySliceObject *a = (PySliceObject *)v, *b = (PySliceObject *)w;
    PyObject *t1 = PyTuple_Pack(3, a->start, a->stop, a->step);
    if (t1 == NULL)
        return NULL;
    PyObject *t2 = PyTuple_Pack(3, b->start, b->stop, b->step);
    if (t2 == NULL) {
        Py_DECREF(t1);
        return NULL;
    }
    PyObject *res = PyObject_RichCompare(t1, t2, op);
    Py_DECREF(t1);
    Py_DECREF(t2);
    return res;
}

static int
slice_traverse(PyObject *self, visitproc visit, void *arg)
{
    PySliceObject *v = (PySliceObject *)self;
    Py_VISIT(v->start);
    Py_VISIT(v->stop);
    Py_VISIT(v->step);
    return 0;
}

PyTypeObject PySlice_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "slice",
    .tp_basicsize = sizeof(PySliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])\n\n"
              "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .tp_traverse = slice_traverse,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_new,
};
