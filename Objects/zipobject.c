/* zip(*iterables, strict=False): tuples of the i-th items of each.
 *
 * The result tuple is reused while the caller drops it between steps.
 * With strict=True, the first exhausted iterator must be the first
 * argument and then all others must be exhausted too; otherwise
 * ValueError names the two arguments whose lengths differ, with 3.11's
 * wording ("zip() argument 2 is shorter than argument 1",
 * "... is longer than arguments 1-2"). */
#include "Python.h"

typedef struct {
    PyObject_HEAD
    Py_ssize_t tuplesize;
    PyObject *ittuple; /* tuple of iterators */
    PyObject *result;  /* reusable result tuple */
    int strict;
} zipobject;

static PyObject *
zip_new_impl(PyTypeObject *type, PyObject *const *args, Py_ssize_t tuplesize, int strict)
{
    PyObject *ittuple = PyTuple_New(tuplesize);
    if (ittuple == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < tuplesize; ++i) {
        PyObject *it = PyObject_GetIter(args[i]);
        if (it == NULL) {
            Py_DECREF(ittuple);
            return NULL;
        }
        PyTuple_SET_ITEM(ittuple, i, it);
    }
    /* a result tuple to reuse; its items are None until the first step */
    PyObject *result = PyTuple_New(tuplesize);
    if (result == NULL) {
        Py_DECREF(ittuple);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < tuplesize; i++)
        PyTuple_SET_ITEM(result, i, Py_NewRef(Py_None));
    zipobject *lz = (zipobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(ittuple);
        Py_DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = tuplesize;
    lz->result = result;
    lz->strict = strict;
    return (PyObject *)lz;
}

static int
zip_parse_strict(PyObject *const *kwnames, PyObject *const *kwvalues, Py_ssize_t nkw, int *strict)
{
    if (nkw > 1) {
        PyErr_Format(PyExc_TypeError, "zip() takes at most 1 keyword argument (%zd given)", nkw);
        return -1;
    }
    if (nkw == 1) {
        if (!_PyUnicode_EqualToASCIIString(kwnames[0], "strict")) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for zip()",
                         kwnames[0]);
            return -1;
        }
        int r = PyObject_IsTrue(kwvalues[0]);
        if (r < 0)
            return -1;
        *strict = r;
    }
    return 0;
}

static PyObject *
zip_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    int strict = 0;
    if (kwds != NULL && PyDict_GET_SIZE(kwds)) {
        PyObject *names[1], *values[1];
        Py_ssize_t nkw = PyDict_GET_SIZE(kwds);
        if (nkw == 1) {
            Py_ssize_t pos = 0;
            PyDict_Next(kwds, &pos, &names[0], &values[0]);
        }
        if (zip_parse_strict(names, values, nkw, &strict) < 0)
            return NULL;
    }
    return zip_new_impl(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), strict);
}

static PyObject *
zip_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    int strict = 0;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames)) {
        if (zip_parse_strict(_PyTuple_ITEMS(kwnames), args + nargs, PyTuple_GET_SIZE(kwnames),
                             &strict) < 0)
            return NULL;
    }
    return zip_new_impl((PyTypeObject *)type, args, nargs, strict);
}

static void
zip_dealloc(PyObject *self)
{
    zipobject *lz = (zipobject *)self;
    PyObject_GC_UnTrack(lz);
    Py_XDECREF(lz->ittuple);
    Py_XDECREF(lz->result);
    Py_TYPE(lz)->tp_free(lz);
}

static int
zip_traverse(PyObject *self, visitproc visit, void *arg)
{
    zipobject *lz = (zipobject *)self;
    Py_VISIT(lz->ittuple);
    Py_VISIT(lz->result);
    return 0;
}

static PyObject *
zip_next(PyObject *self)
{
    zipobject *lz = (zipobject *)self;
    Py_ssize_t tuplesize = lz->tuplesize;
    PyObject *result = lz->result;
    PyObject *it, *item;
    Py_ssize_t i;

    if (tuplesize == 0)
        return NULL;
    if (Py_REFCNT(result) == 1) {
        Py_INCREF(result);
        for (i = 0; i < tuplesize; i++) {
            it = PyTuple_GET_ITEM(lz->ittuple, i);
            item = (*Py_TYPE(it)->tp_iternext)(it);
            if (item == NULL) {
                Py_DECREF(result);
                if (lz->strict)
                    goto check;
                return NULL;
            }
            PyObject *olditem = PyTuple_GET_ITEM(result, i);
            PyTuple_SET_ITEM(result, i, item);
            Py_DECREF(olditem);
        }
        if (!_PyObject_GC_IS_TRACKED(result))
            PyObject_GC_Track(result);
    } else {
        result = PyTuple_New(tuplesize);
        if (result == NULL)
            return NULL;
        for (i = 0; i < tuplesize; i++) {
            it = PyTuple_GET_ITEM(lz->ittuple, i);
            item = (*Py_TYPE(it)->tp_iternext)(it);
            if (item == NULL) {
                Py_DECREF(result);
                if (lz->strict)
                    goto check;
                return NULL;
            }
            PyTuple_SET_ITEM(result, i, item);
        }
    }
    return result;
check:
    if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration))
            return NULL; /* a real error in an iterator */
        PyErr_Clear();
    }
    if (i) {
        /* argument i+1 ran out before the earlier ones */
        const char *plural = i == 1 ? " " : "s 1-";
        return PyErr_Format(PyExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                            i + 1, plural, i);
    }
    for (i = 1; i < tuplesize; i++) {
        it = PyTuple_GET_ITEM(lz->ittuple, i);
        item = (*Py_TYPE(it)->tp_iternext)(it);
        if (item) {
            Py_DECREF(item);
            const char *plural = i == 1 ? " " : "s 1-";
            return PyErr_Format(PyExc_ValueError,
                                "zip() argument %zd is longer than argument%s%zd", i + 1, plural, i);
        }
        if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                return NULL;
            PyErr_Clear();
        }
    }
    return NULL; /* every argument ended together */
}

static PyObject *
zip_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    zipobject *lz = (zipobject *)self;
    if (lz->strict)
        return PyTuple_Pack(3, Py_TYPE(lz), lz->ittuple, Py_True);
    return PyTuple_Pack(2, Py_TYPE(lz), lz->ittuple);
}

static PyObject *
zip_setstate(PyObject *self, PyObject *state)
{
    int strict = PyObject_IsTrue(state);
    if (strict < 0)
        return NULL;
    ((zipobject *)self)->strict = strict;
    Py_RETURN_NONE;
}

static PyMethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", zip_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyZip_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "zip",
    .tp_basicsize = sizeof(zipobject),
    .tp_dealloc = zip_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
              "   >>> list(zip('abcdefg', range(3), range(4)))\n"
              "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
              "The zip object yields n-length tuples, where n is the number of iterables\n"
              "passed as positional arguments to zip().  The i-th element in every tuple\n"
              "comes from the i-th iterable argument to zip().  This continues until the\n"
              "shortest argument is exhausted.\n\n"
              "If strict is true and one of the arguments is exhausted before the others,\n"
              "raise a ValueError.",
    .tp_traverse = zip_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = zip_next,
    .tp_methods = zip_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = zip_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = zip_vectorcall,
};
