/* Cells: one shared variable of a closure.  A function's frame and
 * every inner function that uses the variable hold the same cell, so an
 * assignment in one is seen by all.  ob_ref is NULL while the variable
 * is unbound. */
#include "Python.h"

PyObject *
PyCell_New(PyObject *obj)
{
    PyCellObject *op = PyObject_GC_New(PyCellObject, &PyCell_Type);
    if (op == NULL)
        return NULL;
    op->ob_ref = Py_XNewRef(obj);
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

PyObject *
PyCell_Get(PyObject *op)
{
    if (!PyCell_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return Py_XNewRef(PyCell_GET(op));
}

int
PyCell_Set(PyObject *op, PyObject *value)
{
    if (!PyCell_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyObject *old = PyCell_GET(op);
    PyCell_SET(op, Py_XNewRef(value));
    Py_XDECREF(old);
    return 0;
}

static void
cell_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(PyCell_GET(self));
    PyObject_GC_Del(self);
}

static PyObject *
cell_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "cell() takes no keyword arguments");
        return NULL;
    }
    if (PyTuple_GET_SIZE(args) > 1) {
        PyErr_Format(PyExc_TypeError, "cell expected at most 1 argument, got %zd", PyTuple_GET_SIZE(args));
        return NULL;
    }
    return PyCell_New(PyTuple_GET_SIZE(args) ? PyTuple_GET_ITEM(args, 0) : NULL);
}

/* an empty cell sorts before any full one; full cells compare contents */
static PyObject *
cell_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyCell_Check(a) || !PyCell_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *va = PyCell_GET(a), *vb = PyCell_GET(b);
    if (va != NULL && vb != NULL)
        return PyObject_RichCompare(va, vb, op);
    Py_RETURN_RICHCOMPARE(vb == NULL, va == NULL, op);
}

static PyObject *
cell_repr(PyObject *self)
{
    PyObject *v = PyCell_GET(self);
    if (v == NULL)
        return PyUnicode_FromFormat("<cell at %p: empty>", self);
    return PyUnicode_FromFormat("<cell at %p: %.80s object at %p>", self, Py_TYPE(v)->tp_name, v);
}

static int
cell_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(PyCell_GET(self));
    return 0;
}

static int
cell_clear(PyObject *self)
{
    Py_CLEAR(((PyCellObject *)self)->ob_ref);
    return 0;
}

static PyObject *
cell_get_contents(PyObject *self, void *closure)
{
    PyObject *v = PyCell_GET(self);
    if (v == NULL) {
        PyErr_SetString(PyExc_ValueError, "Cell is empty");
        return NULL;
    }
    return Py_NewRef(v);
}

static int
cell_set_contents(PyObject *self, PyObject *obj, void *closure)
{
    return PyCell_Set(self, obj);
}

static PyGetSetDef cell_getsetlist[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyCell_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "cell",
    .tp_basicsize = sizeof(PyCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "cell([contents])\n--\n\nCreate a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.",
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getsetlist,
    .tp_new = cell_new,
};
