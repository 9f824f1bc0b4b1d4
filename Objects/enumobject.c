/* enumerate and reversed.
 *
 * enumerate(iterable, start=0) pairs a running index with each item.  The
 * index is a C Py_ssize_t until it would overflow, then an int object
 * (en_longindex), so enumerate(it, 10**20) works.  The (index, item) tuple
 * is reused when the caller has dropped the previous one, which makes
 * `for i, x in enumerate(seq)` allocation-free.
 *
 * reversed(seq) defers to seq.__reversed__() when there is one (None there
 * means "not reversible"), else walks seq[len-1] ... seq[0]. */
#include "Python.h"
#include "kr_typing.h"

/* ====================================================================== */
/* enumerate */

typedef struct {
    PyObject_HEAD
    Py_ssize_t en_index;    /* next index, while it fits */
    PyObject *en_sit;       /* the underlying iterator */
    PyObject *en_result;    /* reusable result tuple */
    PyObject *en_longindex; /* next index once beyond PY_SSIZE_T_MAX */
    PyObject *one;          /* borrowed 1, the step of en_longindex; keeps CPython's size */
} enumobject;

static PyObject *
enum_new_impl(PyTypeObject *type, PyObject *iterable, PyObject *start)
{
    enumobject *en = (enumobject *)type->tp_alloc(type, 0);
    if (en == NULL)
        return NULL;
    en->en_longindex = NULL;
    en->one = _PyLong_GetOne();
    en->en_index = 0;
    if (start != NULL) {
        start = PyNumber_Index(start);
        if (start == NULL) {
            Py_DECREF(en);
            return NULL;
        }
        en->en_index = PyLong_AsSsize_t(start);
        if (en->en_index == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            en->en_index = PY_SSIZE_T_MAX;
            en->en_longindex = start;
        } else {
            Py_DECREF(start);
        }
    }
    en->en_sit = PyObject_GetIter(iterable);
    if (en->en_sit == NULL) {
        en->en_result = NULL;
        Py_DECREF(en);
        return NULL;
    }
    en->en_result = PyTuple_Pack(2, Py_None, Py_None);
    if (en->en_result == NULL) {
        Py_DECREF(en);
        return NULL;
    }
    return (PyObject *)en;
}

/* Index of the keyword `name` among kwnames, or -1. */
static Py_ssize_t
find_kw(PyObject *const *kwnames, Py_ssize_t nkw, const char *name)
{
    for (Py_ssize_t i = 0; i < nkw; i++)
        if (_PyUnicode_EqualToASCIIString(kwnames[i], name))
            return i;
    return -1;
}

/* enumerate(iterable, start=0) for subclasses, with the generic keyword
 * parser's checks in its order: count, required, then leftovers. */
static PyObject *
enum_parse(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
           PyObject *const *kwnames, PyObject *const *kwvalues, Py_ssize_t nkw)
{
    static const char *const names[] = {"iterable", "start"};
    PyObject *vals[2] = {NULL, NULL};
    if (nargs + nkw > 2) {
        PyErr_Format(PyExc_TypeError, "enumerate() takes at most 2 %sarguments (%zd given)",
                     nargs == 0 ? "keyword " : "", nargs + nkw);
        return NULL;
    }
    Py_ssize_t left = nkw;
    for (Py_ssize_t i = 0; i < 2; i++) {
        if (i < nargs) {
            vals[i] = args[i];
            continue;
        }
        Py_ssize_t k = left ? find_kw(kwnames, nkw, names[i]) : -1;
        if (k >= 0) {
            vals[i] = kwvalues[k];
            left--;
        } else if (i == 0) {
            PyErr_SetString(PyExc_TypeError,
                            "enumerate() missing required argument 'iterable' (pos 1)");
            return NULL;
        }
    }
    if (left > 0) {
        for (Py_ssize_t i = 0; i < nargs; i++) {
            if (find_kw(kwnames, nkw, names[i]) >= 0) {
                PyErr_Format(PyExc_TypeError,
                             "argument for enumerate() given by name ('%s') and position (%zd)",
                             names[i], i + 1);
                return NULL;
            }
        }
        for (Py_ssize_t k = 0; k < nkw; k++) {
            if (find_kw(&kwnames[k], 1, "iterable") < 0 && find_kw(&kwnames[k], 1, "start") < 0) {
                PyErr_Format(PyExc_TypeError,
                             "'%U' is an invalid keyword argument for enumerate()", kwnames[k]);
                return NULL;
            }
        }
    }
    return enum_new_impl(type, vals[0], vals[1]);
}

static PyObject *
enum_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *names[2], *values[2];
    Py_ssize_t nkw = 0;
    if (kwds != NULL) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        if (PyDict_GET_SIZE(kwds) + PyTuple_GET_SIZE(args) > 2) /* only counted */
            return enum_parse(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), NULL, NULL,
                              PyDict_GET_SIZE(kwds));
        while (PyDict_Next(kwds, &pos, &k, &v)) {
            names[nkw] = k;
            values[nkw] = v;
            nkw++;
        }
    }
    return enum_parse(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), names, values, nkw);
}

static PyObject *
enum_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    /* enumerate itself: CPython's hand-written argument handling, whose
     * checks (and so messages) differ from the generic parser's */
    PyTypeObject *tp = (PyTypeObject *)type;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *const *names = nkw ? _PyTuple_ITEMS(kwnames) : NULL;
    if (tp != &PyEnum_Type)
        return enum_parse(tp, args, nargs, names, args + nargs, nkw);
    const char *want[2] = {NULL, NULL}; /* the names the keywords must have */
    PyObject *iterable = NULL, *start = NULL;
    if (nargs + nkw == 2) {
        if (nkw == 1) {
            want[0] = "start";
            iterable = args[0];
            start = args[1];
        } else if (nkw == 2) {
            int start_first = find_kw(names, 1, "start") == 0;
            want[0] = start_first ? "start" : "iterable";
            want[1] = start_first ? "iterable" : "start";
            iterable = args[start_first ? 1 : 0];
            start = args[start_first ? 0 : 1];
        } else {
            iterable = args[0];
            start = args[1];
        }
    } else if (nargs + nkw == 1) {
        want[0] = "iterable";
        iterable = args[0];
    } else if (nargs == 0) {
        PyErr_SetString(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    } else {
        PyErr_Format(PyExc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                     nargs + nkw);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < nkw; k++) {
        if (find_kw(&names[k], 1, want[k]) < 0) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for enumerate()",
                         names[k]);
            return NULL;
        }
    }
    return enum_new_impl(tp, iterable, start);
}

static void
enum_dealloc(PyObject *self)
{
    enumobject *en = (enumobject *)self;
    PyObject_GC_UnTrack(en);
    Py_XDECREF(en->en_sit);
    Py_XDECREF(en->en_result);
    Py_XDECREF(en->en_longindex);
    Py_TYPE(en)->tp_free(en);
}

static int
enum_traverse(PyObject *self, visitproc visit, void *arg)
{
    enumobject *en = (enumobject *)self;
    Py_VISIT(en->en_sit);
    Py_VISIT(en->en_result);
    Py_VISIT(en->en_longindex);
    return 0;
}

/* fill the reusable tuple if nobody else holds it, else make a new one;
 * steals index and item */
static PyObject *
enum_pack(enumobject *en, PyObject *index, PyObject *item)
{
    PyObject *result = en->en_result;
    if (Py_REFCNT(result) == 1) {
        Py_INCREF(result);
        PyObject *old_index = PyTuple_GET_ITEM(result, 0);
        PyObject *old_item = PyTuple_GET_ITEM(result, 1);
        PyTuple_SET_ITEM(result, 0, index);
        PyTuple_SET_ITEM(result, 1, item);
        Py_DECREF(old_index);
        Py_DECREF(old_item);
        /* the tuple may have been untracked while it held only atoms */
        if (!_PyObject_GC_IS_TRACKED(result))
            PyObject_GC_Track(result);
        return result;
    }
    result = PyTuple_New(2);
    if (result == NULL) {
        Py_DECREF(index);
        Py_DECREF(item);
        return NULL;
    }
    PyTuple_SET_ITEM(result, 0, index);
    PyTuple_SET_ITEM(result, 1, item);
    return result;
}

static PyObject *
enum_next(PyObject *self)
{
    enumobject *en = (enumobject *)self;
    PyObject *it = en->en_sit;
    PyObject *next_item = (*Py_TYPE(it)->tp_iternext)(it);
    if (next_item == NULL)
        return NULL;
    PyObject *next_index;
    if (en->en_index == PY_SSIZE_T_MAX) {
        if (en->en_longindex == NULL) {
            en->en_longindex = PyLong_FromSsize_t(PY_SSIZE_T_MAX);
            if (en->en_longindex == NULL) {
                Py_DECREF(next_item);
                return NULL;
            }
        }
        next_index = en->en_longindex;
        PyObject *stepped_up = PyNumber_Add(next_index, en->one);
        if (stepped_up == NULL) {
            Py_DECREF(next_item);
            return NULL;
        }
        en->en_longindex = stepped_up;
    } else {
        next_index = PyLong_FromSsize_t(en->en_index);
        if (next_index == NULL) {
            Py_DECREF(next_item);
            return NULL;
        }
        en->en_index++;
    }
    return enum_pack(en, next_index, next_item);
}

static PyObject *
enum_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    enumobject *en = (enumobject *)self;
    if (en->en_longindex != NULL)
        return Py_BuildValue("O(OO)", Py_TYPE(en), en->en_sit, en->en_longindex);
    return Py_BuildValue("O(On)", Py_TYPE(en), en->en_sit, en->en_index);
}

/* enumerate[...] is a types.GenericAlias (PEP 585). */
static PyObject *
enum_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyMethodDef enum_methods[] = {
    {"__reduce__", enum_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__class_getitem__", enum_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyEnum_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(enumobject),
    .tp_dealloc = enum_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.\n\n"
              "  iterable\n    an object supporting iteration\n\n"
              "The enumerate object yields pairs containing a count (from start, which\n"
              "defaults to zero) and a value yielded by the iterable argument.\n\n"
              "enumerate is useful for obtaining an indexed list:\n"
              "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .tp_traverse = enum_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = enum_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = enum_vectorcall,
};

/* ====================================================================== */
/* reversed */

typedef struct {
    PyObject_HEAD
    Py_ssize_t index; /* next index to produce; -1 when done */
    PyObject *seq;    /* NULL when done */
} reversedobject;

static PyObject *
reversed_new_impl(PyTypeObject *type, PyObject *seq)
{
    PyObject *reversed_meth = _PyType_Lookup(Py_TYPE(seq), _Py_ID(__reversed__));
    if (reversed_meth == Py_None) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not reversible", Py_TYPE(seq)->tp_name);
        return NULL;
    }
    if (reversed_meth != NULL) {
        descrgetfunc f = Py_TYPE(reversed_meth)->tp_descr_get;
        PyObject *bound = f ? f(reversed_meth, seq, (PyObject *)Py_TYPE(seq))
                            : Py_NewRef(reversed_meth);
        if (bound == NULL)
            return NULL;
        PyObject *res = PyObject_CallNoArgs(bound);
        Py_DECREF(bound);
        return res;
    }
    if (PyErr_Occurred())
        return NULL;
    if (!PySequence_Check(seq)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not reversible", Py_TYPE(seq)->tp_name);
        return NULL;
    }
    Py_ssize_t n = PySequence_Size(seq);
    if (n == -1)
        return NULL;
    reversedobject *ro = (reversedobject *)type->tp_alloc(type, 0);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = Py_NewRef(seq);
    return (PyObject *)ro;
}

static PyObject *
reversed_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (type == &PyReversed_Type && kwds != NULL && PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "reversed() takes no keyword arguments");
        return NULL;
    }
    if (!_PyArg_CheckPositional("reversed", PyTuple_GET_SIZE(args), 1, 1))
        return NULL;
    return reversed_new_impl(type, PyTuple_GET_ITEM(args, 0));
}

static PyObject *
reversed_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames)) {
        PyErr_SetString(PyExc_TypeError, "reversed() takes no keyword arguments");
        return NULL;
    }
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (!_PyArg_CheckPositional("reversed", nargs, 1, 1))
        return NULL;
    return reversed_new_impl((PyTypeObject *)type, args[0]);
}

static void
reversed_dealloc(PyObject *self)
{
    reversedobject *ro = (reversedobject *)self;
    PyObject_GC_UnTrack(ro);
    Py_XDECREF(ro->seq);
    Py_TYPE(ro)->tp_free(ro);
}

static int
reversed_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((reversedobject *)self)->seq);
    return 0;
}

static PyObject *
reversed_next(PyObject *self)
{
    reversedobject *ro = (reversedobject *)self;
    Py_ssize_t index = ro->index;
    if (index >= 0) {
        PyObject *item = PySequence_GetItem(ro->seq, index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (PyErr_ExceptionMatches(PyExc_IndexError) ||
            PyErr_ExceptionMatches(PyExc_StopIteration))
            PyErr_Clear();
    }
    ro->index = -1;
    Py_CLEAR(ro->seq);
    return NULL;
}

static PyObject *
reversed_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    reversedobject *ro = (reversedobject *)self;
    if (ro->seq == NULL)
        return PyLong_FromLong(0);
    Py_ssize_t seqsize = PySequence_Size(ro->seq);
    if (seqsize == -1)
        return NULL;
    Py_ssize_t position = ro->index + 1;
    return PyLong_FromSsize_t(seqsize < position ? 0 : position);
}

static PyObject *
reversed_setstate(PyObject *self, PyObject *state)
{
    reversedobject *ro = (reversedobject *)self;
    Py_ssize_t index = PyLong_AsSsize_t(state);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (ro->seq != NULL) {
        Py_ssize_t n = PySequence_Size(ro->seq);
        if (n < 0)
            return NULL;
        if (index < -1)
            index = -1;
        else if (index > n - 1)
            index = n - 1;
        ro->index = index;
    }
    Py_RETURN_NONE;
}

static PyObject *
reversed_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    reversedobject *ro = (reversedobject *)self;
    if (ro->seq == NULL)
        return Py_BuildValue("O(())", Py_TYPE(ro));
    return Py_BuildValue("O(O)n", Py_TYPE(ro), ro->seq, ro->index);
}

static PyMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", reversed_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", reversed_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyReversed_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "reversed",
    .tp_basicsize = sizeof(reversedobject),
    .tp_dealloc = reversed_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_traverse = reversed_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = reversed_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = reversed_vectorcall,
};
