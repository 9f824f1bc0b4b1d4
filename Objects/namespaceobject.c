/* types.SimpleNamespace: an object whose attributes are its keyword
 * arguments.  It is what sys.implementation is, and what the `types`
 * module names SimpleNamespace (type(sys.implementation)).  The object is
 * only a header and an instance dict; repr, equality and pickling all
 * work through that dict. */
#include "Python.h"
#include "kr_runtime.h"
#include <stddef.h>

typedef struct {
    PyObject_HEAD
    PyObject *ns_dict;
} _PyNamespaceObject;


static PyObject *
namespace_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    _PyNamespaceObject *ns = (_PyNamespaceObject *)type->tp_alloc(type, 0);
    if (ns == NULL)
        return NULL;
    ns->ns_dict = PyDict_New();
    if (ns->ns_dict == NULL) {
        Py_DECREF(ns);
        return NULL;
    }
    return (PyObject *)ns;
}

static int
namespace_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) != 0) {
        PyErr_Format(PyExc_TypeError, "no positional arguments expected");
        return -1;
    }
    if (kwds == NULL)
        return 0;
    if (!_PyDict_HasOnlyStringKeys(kwds)) {
        PyErr_SetString(PyExc_TypeError, "keywords must be strings");
        return -1;
    }
    return PyDict_Update(((_PyNamespaceObject *)op)->ns_dict, kwds);
}

static void
namespace_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    Py_CLEAR(((_PyNamespaceObject *)op)->ns_dict);
    Py_TYPE(op)->tp_free(op);
}

static int
namespace_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((_PyNamespaceObject *)op)->ns_dict);
    return 0;
}

static int
namespace_clear(PyObject *op)
{
    Py_CLEAR(((_PyNamespaceObject *)op)->ns_dict);
    return 0;
}

static PyObject *
namespace_repr(PyObject *ns)
{
    const char *name = Py_IS_TYPE(ns, &_PyNamespace_Type) ? "namespace"
                                                          : _PyType_Name(Py_TYPE(ns));
    int i = Py_ReprEnter(ns);
    if (i != 0)
        return i > 0 ? PyUnicode_FromFormat("%s(...)", name) : NULL;
    PyObject *separator = NULL, *pairsrepr = NULL, *repr = NULL;
    PyObject *pairs = PyList_New(0);
    PyObject *d = ((_PyNamespaceObject *)ns)->ns_dict;
    if (pairs == NULL)
        goto error;
    Py_INCREF(d);
    PyObject *keys = PyDict_Keys(d);
    if (keys == NULL) {
        Py_DECREF(d);
        goto error;
    }
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(keys); k++) {
        PyObject *key = PyList_GET_ITEM(keys, k);
        if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) == 0)
            continue;
        PyObject *value = PyDict_GetItemWithError(d, key);
        if (value == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(keys);
                Py_DECREF(d);
                goto error;
            }
            continue;
        }
        PyObject *item = PyUnicode_FromFormat("%U=%R", key, value);
        if (item == NULL || PyList_Append(pairs, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(keys);
            Py_DECREF(d);
            goto error;
        }
        Py_DECREF(item);
    }
    Py_DECREF(keys);
    Py_DECREF(d);
    separator = PyUnicode_FromString(", ");
    if (separator == NULL)
        goto error;
    pairsrepr = PyUnicode_Join(separator, pairs);
    if (pairsrepr == NULL)
        goto error;
    repr = PyUnicode_FromFormat("%s(%S)", name, pairsrepr);
error:
    Py_XDECREF(pairs);
    Py_XDECREF(separator);
    Py_XDECREF(pairsrepr);
    Py_ReprLeave(ns);
    return repr;
}

static PyObject *
namespace_richcompare(PyObject *self, PyObject *other, int op)
{
    if (PyObject_TypeCheck(self, &_PyNamespace_Type) &&
        PyObject_TypeCheck(other, &_PyNamespace_Type))
        return PyObject_RichCompare(((_PyNamespaceObject *)self)->ns_dict,
                                    ((_PyNamespaceObject *)other)->ns_dict, op);
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
namespace_reduce(PyObject *ns, PyObject *Py_UNUSED(ignored))
{
    PyObject *args = PyTuple_New(0);
    if (args == NULL)
        return NULL;
    PyObject *result = PyTuple_Pack(3, (PyObject *)Py_TYPE(ns), args,
                                    ((_PyNamespaceObject *)ns)->ns_dict);
    Py_DECREF(args);
    return result;
}

static PyMethodDef namespace_methods[] = {
    {"__reduce__", (PyCFunction)namespace_reduce, METH_NOARGS,
     "Return state information for pickling"},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef namespace_members[] = {
    {"__dict__", T_OBJECT, offsetof(_PyNamespaceObject, ns_dict), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

PyTypeObject _PyNamespace_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(_PyNamespaceObject),
    .tp_dealloc = namespace_dealloc,
    .tp_repr = namespace_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_richcompare = namespace_richcompare,
    .tp_methods = namespace_methods,
    .tp_members = namespace_members,
    .tp_dictoffset = offsetof(_PyNamespaceObject, ns_dict),
    .tp_init = namespace_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = namespace_new,
    .tp_free = PyObject_GC_Del,
};

PyObject *
_PyNamespace_New(PyObject *kwds)
{
    if (PyType_Ready(&_PyNamespace_Type) < 0)
        return NULL;
    PyObject *ns = namespace_new(&_PyNamespace_Type, NULL, NULL);
    if (ns == NULL)
        return NULL;
    if (kwds && PyDict_Update(((_PyNamespaceObject *)ns)->ns_dict, kwds) < 0) {
        Py_DECREF(ns);
        return NULL;
    }
    return ns;
}
