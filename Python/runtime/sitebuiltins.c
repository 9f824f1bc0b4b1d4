/* exit() and quit(): the builtins CPython's site module adds at start-up.
 * Krait does not import site yet, so the runtime installs them itself;
 * their repr tells a REPL user how to leave, and calling one raises
 * SystemExit with the given code, after closing sys.stdin as CPython's
 * _sitebuiltins.Quitter does. */
#include "Python.h"

typedef struct {
    PyObject_HEAD
    PyObject *name; /* "exit" or "quit" */
} QuitterObject;

static void quitter_dealloc(PyObject *self)
{
    Py_XDECREF(((QuitterObject *)self)->name);
    PyObject_Free(self);
}

static PyObject *quitter_repr(PyObject *self)
{
    return PyUnicode_FromFormat("Use %U() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)self)->name);
}

static PyObject *quitter_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *code = Py_None;
    if (!_PyArg_NoKeywords("Quitter", kwds) || !PyArg_UnpackTuple(args, "Quitter", 0, 1, &code))
        return NULL;
    PyObject *in = PySys_GetObject("stdin");
    if (in != NULL && in != Py_None) {
        PyObject *r = PyObject_CallMethod(in, "close", NULL);
        if (r == NULL)
            PyErr_Clear();
        Py_XDECREF(r);
    }
    PyErr_SetObject(PyExc_SystemExit, code);
    return NULL;
}

static PyTypeObject Quitter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_sitebuiltins.Quitter",
    .tp_basicsize = sizeof(QuitterObject),
    .tp_dealloc = quitter_dealloc,
    .tp_repr = quitter_repr,
    .tp_call = quitter_call,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

int _KrSiteBuiltins_Install(PyObject *builtins_dict)
{
    if (PyType_Ready(&Quitter_Type) < 0)
        return -1;
    static const char *names[] = {"exit", "quit"};
    for (int i = 0; i < 2; i++) {
        QuitterObject *q = PyObject_New(QuitterObject, &Quitter_Type);
        if (q == NULL)
            return -1;
        q->name = PyUnicode_FromString(names[i]);
        if (q->name == NULL || PyDict_SetItemString(builtins_dict, names[i], (PyObject *)q) < 0) {
            Py_DECREF(q);
            return -1;
        }
        Py_DECREF(q);
    }
    return 0;
}
