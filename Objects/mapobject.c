/* map(func, *iterables): func applied to the items of the iterables taken
 * in parallel, stopping with the shortest.  The arguments of each call are
 * gathered in a small on-stack array and passed by vectorcall, so no
 * argument tuple is built per step. */
#include "Python.h"

/* arguments that fit on the stack for the call (CPython's small-stack size) */
#define MAP_SMALL_STACK 5

typedef struct {
    PyObject_HEAD
    PyObject *iters; /* tuple of iterators */
    PyObject *func;
} mapobject;

static PyObject *
map_new_impl(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 2) {
        PyErr_SetString(PyExc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    Py_ssize_t numargs = nargs - 1;
    PyObject *iters = PyTuple_New(numargs);
    if (iters == NULL)
        return NULL;
    for (Py_ssize_t i = 1; i < nargs; i++) {
        PyObject *it = PyObject_GetIter(args[i]);
        if (it == NULL) {
            Py_DECREF(iters);
            return NULL;
        }
        PyTuple_SET_ITEM(iters, i - 1, it);
    }
    mapobject *lz = (mapobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = Py_NewRef(args[0]);
    return (PyObject *)lz;
}

static PyObject *
map_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* a subclass with its own __init__ may take keywords */
    if ((type == &PyMap_Type || type->tp_init == PyMap_Type.tp_init) && kwds != NULL &&
        PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "map() takes no keyword arguments");
        return NULL;
    }
    return map_new_impl(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args));
}

static PyObject *
map_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames)) {
        PyErr_SetString(PyExc_TypeError, "map() takes no keyword arguments");
        return NULL;
    }
    return map_new_impl((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf));
}

static void
map_dealloc(PyObject *self)
{
    mapobject *lz = (mapobject *)self;
    PyObject_GC_UnTrack(lz);
    Py_XDECREF(lz->iters);
    Py_XDECREF(lz->func);
    Py_TYPE(lz)->tp_free(lz);
}

static int
map_traverse(PyObject *self, visitproc visit, void *arg)
{
    mapobject *lz = (mapobject *)self;
    Py_VISIT(lz->iters);
    Py_VISIT(lz->func);
    return 0;
}

static PyObject *
map_next(PyObject *self)
{
    mapobject *lz = (mapobject *)self;
    PyObject *small_stack[MAP_SMALL_STACK];
    PyObject **stack;
    PyObject *result = NULL;
    Py_ssize_t niters = PyTuple_GET_SIZE(lz->iters);
    Py_ssize_t nargs = 0;

    if (niters <= MAP_SMALL_STACK) {
        stack = small_stack;
    } else {
        stack = PyMem_Malloc((size_t)niters * sizeof(stack[0]));
        if (stack == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    for (Py_ssize_t i = 0; i < niters; i++) {
        PyObject *it = PyTuple_GET_ITEM(lz->iters, i);
        PyObject *val = Py_TYPE(it)->tp_iternext(it);
        if (val == NULL)
            goto exit;
        stack[i] = val;
        nargs++;
    }
    result = PyObject_Vectorcall(lz->func, stack, (size_t)nargs, NULL);
exit:
    for (Py_ssize_t i = 0; i < nargs; i++)
        Py_DECREF(stack[i]);
    if (stack != small_stack)
        PyMem_Free(stack);
    return result;
}

static PyObject *
map_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    mapobject *lz = (mapobject *)self;
    Py_ssize_t numargs = PyTuple_GET_SIZE(lz->iters);
    PyObject *args = PyTuple_New(numargs + 1);
    if (args == NULL)
        return NULL;
    PyTuple_SET_ITEM(args, 0, Py_NewRef(lz->func));
    for (Py_ssize_t i = 0; i < numargs; i++)
        PyTuple_SET_ITEM(args, i + 1, Py_NewRef(PyTuple_GET_ITEM(lz->iters, i)));
    PyObject *res = PyTuple_Pack(2, Py_TYPE(lz), args);
    Py_DECREF(args);
    return res;
}

static PyMethodDef map_methods[] = {
    {"__reduce__", map_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyMap_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "map",
    .tp_basicsize = sizeof(mapobject),
    .tp_dealloc = map_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "map(func, *iterables) --> map object\n\n"
              "Make an iterator that computes the function using arguments from\n"
              "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .tp_traverse = map_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = map_next,
    .tp_methods = map_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = map_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = map_vectorcall,
};
