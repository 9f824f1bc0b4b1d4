/* bool: the int subclass with exactly two instances.
 *
 * True and False are statically allocated PyLongObjects whose type is
 * bool (digit 1 / size 1, and size 0), so every int operation works on
 * them unchanged; only repr and the three bitwise operators differ, since
 * `True & False` must stay a bool.  The type cannot be subclassed (no
 * Py_TPFLAGS_BASETYPE), and the two objects are never deallocated. */
#include "Python.h"

struct _longobject _Py_FalseStruct = {
    PyVarObject_HEAD_INIT(&PyBool_Type, 0)
    { 0 }
};

struct _longobject _Py_TrueStruct = {
    PyVarObject_HEAD_INIT(&PyBool_Type, 1)
    { 1 }
};

PyObject *PyBool_FromLong(long ok)
{
    return Py_NewRef(ok ? Py_True : Py_False);
}

static PyObject *bool_repr(PyObject *self)
{
    return PyUnicode_FromString(self == Py_True ? "True" : "False");
}

/* bool(x=False, /), for both entry points */
static PyObject *bool_from_args(int has_keywords, PyObject *const *args, Py_ssize_t nargs)
{
    if (has_keywords) {
        PyErr_SetString(PyExc_TypeError, "bool() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 0)
        Py_RETURN_FALSE;
    int ok = PyObject_IsTrue(args[0]);
    if (ok < 0)
        return NULL;
    return PyBool_FromLong(ok);
}

static PyObject *bool_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    return bool_from_args(kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0, &PyTuple_GET_ITEM(args, 0),
                          PyTuple_GET_SIZE(args));
}

static PyObject *bool_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return bool_from_args(kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0, args,
                          PyVectorcall_NARGS(nargsf));
}

static PyObject *bool_and(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyLong_Type.tp_as_number->nb_and(a, b);
    return PyBool_FromLong((a == Py_True) & (b == Py_True));
}

static PyObject *bool_or(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyLong_Type.tp_as_number->nb_or(a, b);
    return PyBool_FromLong((a == Py_True) | (b == Py_True));
}

static PyObject *bool_xor(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyLong_Type.tp_as_number->nb_xor(a, b);
    return PyBool_FromLong((a == Py_True) ^ (b == Py_True));
}

static void bool_dealloc(PyObject *self)
{
    /* True and False live forever; a call here means a refcount bug */
    (void)self;
}

static PyNumberMethods bool_as_number = {
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
};

PyTypeObject PyBool_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "bool",
    .tp_basicsize = offsetof(PyLongObject, ob_digit),
    .tp_itemsize = sizeof(digit),
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = &bool_as_number,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_LONG_SUBCLASS | _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
    .tp_base = &PyLong_Type,
    .tp_new = bool_new,
    .tp_vectorcall = bool_vectorcall,
};
