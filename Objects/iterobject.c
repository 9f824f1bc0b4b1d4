/* The two generic iterators behind iter():
 *
 *   iterator (PySeqIter_Type): iter(obj) for an object with __getitem__
 *       but no __iter__; it asks obj[0], obj[1], ... until IndexError or
 *       StopIteration, the "old sequence protocol".
 *   callable_iterator (PyCallIter_Type): iter(callable, sentinel) calls
 *       callable() until the result equals sentinel.
 *
 * Both drop their references as soon as they are exhausted, so that an
 * exhausted iterator stays exhausted even if the sequence grows. */
#include "Python.h"
#include "kr_frame.h"
#include "kr_iter.h"

/* ====================================================================== */
/* pickling support shared by the positional iterators */

/* Borrowed; looked up at call time, as a pickle names what builtins holds. */
static PyObject *
builtin_named(const char *name)
{
    PyObject *builtins = _PyEval_GetBuiltins(PyThreadState_GET());
    PyObject *func = builtins ? PyDict_GetItemString(builtins, name) : NULL;
    if (func == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_AttributeError, "%s", name);
    return func;
}

PyObject *
_KrIter_Reduce(const char *builtin_name, PyObject *arg, Py_ssize_t index)
{
    PyObject *func = builtin_named(builtin_name);
    if (func == NULL)
        return NULL;
    if (arg == NULL)
        return Py_BuildValue("O(())", func);
    if (index < 0)
        return Py_BuildValue("O(O)", func, arg);
    return Py_BuildValue("O(O)n", func, arg, index);
}

PyObject *
_KrIter_ReduceState(const char *builtin_name, PyObject *arg, Py_ssize_t state)
{
    PyObject *func = builtin_named(builtin_name);
    if (func == NULL)
        return NULL;
    return Py_BuildValue("O(O)n", func, arg, state);
}

PyObject *
_KrIter_ReduceRemaining(PyObject *copy)
{
    PyObject *rest = PySequence_List(copy);
    Py_DECREF(copy);
    if (rest == NULL)
        return NULL;
    PyObject *res = _KrIter_Reduce("iter", rest, -1);
    Py_DECREF(rest);
    return res;
}

/* ====================================================================== */
/* sequence iterator */

typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyObject *it_seq; /* NULL when exhausted */
} seqiterobject;

PyObject *
PySeqIter_New(PyObject *seq)
{
    if (!PySequence_Check(seq)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    seqiterobject *it = PyObject_GC_New(seqiterobject, &PySeqIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void
iter_dealloc(PyObject *self)
{
    seqiterobject *it = (seqiterobject *)self;
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(it);
}

static int
iter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((seqiterobject *)self)->it_seq);
    return 0;
}

static PyObject *
iter_iternext(PyObject *self)
{
    seqiterobject *it = (seqiterobject *)self;
    PyObject *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    if (it->it_index == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "iter index too large");
        return NULL;
    }
    PyObject *result = PySequence_GetItem(seq, it->it_index);
    if (result != NULL) {
        it->it_index++;
        return result;
    }
    if (PyErr_ExceptionMatches(PyExc_IndexError) || PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
        it->it_seq = NULL;
        Py_DECREF(seq);
    }
    return NULL;
}

static PyObject *
iter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    seqiterobject *it = (seqiterobject *)self;
    if (it->it_seq) {
        PyTypeObject *tp = Py_TYPE(it->it_seq);
        int has_len = (tp->tp_as_sequence && tp->tp_as_sequence->sq_length) ||
                      (tp->tp_as_mapping && tp->tp_as_mapping->mp_length);
        if (!has_len)
            Py_RETURN_NOTIMPLEMENTED;
        Py_ssize_t seqsize = PySequence_Size(it->it_seq);
        if (seqsize == -1)
            return NULL;
        Py_ssize_t len = seqsize - it->it_index;
        if (len >= 0)
            return PyLong_FromSsize_t(len);
    }
    return PyLong_FromLong(0);
}

static PyObject *
iter_setstate(PyObject *self, PyObject *state)
{
    seqiterobject *it = (seqiterobject *)self;
    Py_ssize_t index = PyLong_AsSsize_t(state);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (it->it_seq != NULL) {
        if (index < 0)
            index = 0;
        it->it_index = index;
    }
    Py_RETURN_NONE;
}

static PyObject *
iter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    seqiterobject *it = (seqiterobject *)self;
    if (it->it_seq == NULL)
        return _KrIter_Reduce("iter", NULL, -1);
    return _KrIter_Reduce("iter", it->it_seq, it->it_index);
}

static PyMethodDef seqiter_methods[] = {
    {"__length_hint__", iter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", iter_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PySeqIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "iterator",
    .tp_basicsize = sizeof(seqiterobject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = iter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = iter_iternext,
    .tp_methods = seqiter_methods,
};

/* ====================================================================== */
/* callable iterator */

typedef struct {
    PyObject_HEAD
    PyObject *it_callable; /* NULL when exhausted */
    PyObject *it_sentinel;
} calliterobject;

PyObject *
PyCallIter_New(PyObject *callable, PyObject *sentinel)
{
    calliterobject *it = PyObject_GC_New(calliterobject, &PyCallIter_Type);
    if (it == NULL)
        return NULL;
    it->it_callable = Py_NewRef(callable);
    it->it_sentinel = Py_NewRef(sentinel);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void
calliter_dealloc(PyObject *self)
{
    calliterobject *it = (calliterobject *)self;
    PyObject_GC_UnTrack(it);
    Py_XDECREF(it->it_callable);
    Py_XDECREF(it->it_sentinel);
    PyObject_GC_Del(it);
}

static int
calliter_traverse(PyObject *self, visitproc visit, void *arg)
{
    calliterobject *it = (calliterobject *)self;
    Py_VISIT(it->it_callable);
    Py_VISIT(it->it_sentinel);
    return 0;
}

static PyObject *
calliter_iternext(PyObject *self)
{
    calliterobject *it = (calliterobject *)self;
    if (it->it_callable == NULL)
        return NULL;
    PyObject *result = PyObject_CallNoArgs(it->it_callable);
    if (result != NULL && it->it_sentinel != NULL) {
        int ok = PyObject_RichCompareBool(it->it_sentinel, result, Py_EQ);
        if (ok == 0)
            return result; /* common case, fast path */
        if (ok > 0) {
            Py_CLEAR(it->it_callable);
            Py_CLEAR(it->it_sentinel);
        }
    } else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
        Py_CLEAR(it->it_callable);
        Py_CLEAR(it->it_sentinel);
    }
    Py_XDECREF(result);
    return NULL;
}

static PyObject *
calliter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    calliterobject *it = (calliterobject *)self;
    if (it->it_callable == NULL)
        return _KrIter_Reduce("iter", NULL, -1);
    PyObject *iter = builtin_named("iter");
    if (iter == NULL)
        return NULL;
    return Py_BuildValue("O(OO)", iter, it->it_callable, it->it_sentinel);
}

static PyMethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyCallIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(calliterobject),
    .tp_dealloc = calliter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = calliter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = calliter_iternext,
    .tp_methods = calliter_methods,
};
