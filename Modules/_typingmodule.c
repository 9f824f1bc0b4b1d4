/* _typing: the C helpers of typing.py.
 *
 * In 3.11 there is one: _idfunc, the identity function that typing.NewType
 * instances use as their __call__ (NewType('UserId', int)(5) is 5).  Being
 * a builtin, it adds no Python frame and costs one C call, which is the
 * point of NewType being "free" at run time; typing.py falls back to a
 * Python lambda when this module is missing. */
#include "Python.h"

static PyObject *
typing_idfunc(PyObject *module, PyObject *x)
{
    return Py_NewRef(x);
}

static PyMethodDef typing_methods[] = {
    {"_idfunc", typing_idfunc, METH_O, "_idfunc($module, x, /)\n--\n\n"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef typing_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_typing",
    .m_doc = "Primitives and accelerators for the typing module.\n",
    .m_size = -1,
    .m_methods = typing_methods,
};

PyObject *
PyInit__typing(void)
{
    return PyModule_Create(&typing_module);
}
