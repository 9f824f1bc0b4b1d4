/* Bound methods (`a.f`) and instancemethod.
 *
 * A bound method pairs a callable (im_func) with the object it was
 * looked up on (im_self); calling it calls im_func(im_self, *args).
 * The vectorcall uses the PY_VECTORCALL_ARGUMENTS_OFFSET slot in front
 * of the arguments when the caller offers it, so prepending self costs
 * no copy.  Attribute lookups fall through to the function, so
 * `a.f.__name__` and `a.f.__doc__` are the function's. */
#include "Python.h"

PyObject *
PyMethod_Function(PyObject *im)
{
    if (!PyMethod_Check(im)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyMethodObject *)im)->im_func;
}

PyObject *
PyMethod_Self(PyObject *im)
{
    if (!PyMethod_Check(im)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyMethodObject *)im)->im_self;
}

static PyObject *
method_vectorcall(PyObject *method, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyObject *self = PyMethod_GET_SELF(method);
    PyObject *func = PyMethod_GET_FUNCTION(method);
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *result;
    if (nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) {
        /* borrow the slot in front of the arguments for self */
        PyObject **newargs = (PyObject **)args - 1;
        PyObject *tmp = newargs[0];
        newargs[0] = self;
        result = PyObject_Vectorcall(func, newargs, (size_t)(nargs + 1), kwnames);
        newargs[0] = tmp;
        return result;
    }
    Py_ssize_t nkwargs = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    Py_ssize_t totalargs = nargs + nkwargs;
    if (totalargs == 0)
        return PyObject_Vectorcall(func, &self, 1, NULL);
    PyObject *small[8];
    PyObject **newargs = small;
    if (totalargs + 1 > 8) {
        newargs = PyMem_Malloc((totalargs + 1) * sizeof(PyObject *));
        if (newargs == NULL)
            return PyErr_NoMemory();
    }
    newargs[0] = self;
    memcpy(newargs + 1, args, totalargs * sizeof(PyObject *));
    result = PyObject_Vectorcall(func, newargs, (size_t)(nargs + 1), kwnames);
    if (newargs != small)
        PyMem_Free(newargs);
    return result;
}

PyObject *
PyMethod_New(PyObject *func, PyObject *self)
{
    if (self == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyMethodObject *im = PyObject_GC_New(PyMethodObject, &PyMethod_Type);
    if (im == NULL)
        return NULL;
    im->im_weakreflist = NULL;
    im->im_func = Py_NewRef(func);
    im->im_self = Py_NewRef(self);
    im->vectorcall = method_vectorcall;
    PyObject_GC_Track(im);
    return (PyObject *)im;
}

static PyObject *
method_reduce(PyObject *self, PyObject *unused)
{
    PyMethodObject *im = (PyMethodObject *)self;
    PyObject *funcname = PyObject_GetAttr(im->im_func, _Py_ID(__name__));
    if (funcname == NULL)
        return NULL;
    PyObject *getattr = PyDict_GetItemString(PyEval_GetBuiltins(), "getattr");
    PyObject *res = getattr ? Py_BuildValue("O(ON)", getattr, im->im_self, funcname) : NULL;
    if (getattr == NULL) {
        Py_DECREF(funcname);
        PyErr_SetString(PyExc_RuntimeError, "no getattr in builtins");
    }
    return res;
}

static PyMethodDef method_methods[] = {
    {"__reduce__", method_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef method_memberlist[] = {
    {"__func__", T_OBJECT, offsetof(PyMethodObject, im_func), READONLY, "the function (or other callable) implementing a method"},
    {"__self__", T_OBJECT, offsetof(PyMethodObject, im_self), READONLY, "the instance to which a method is bound"},
    {NULL, 0, 0, 0, NULL}
};

static PyObject *
method_get_doc(PyObject *self, void *context)
{
    return PyObject_GetAttr(((PyMethodObject *)self)->im_func, _Py_ID(__doc__));
}

static PyGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* the method type's own attributes first, then the function's */
static PyObject *
method_getattro(PyObject *obj, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(obj);
    if (tp->tp_dict == NULL && PyType_Ready(tp) < 0)
        return NULL;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (descr != NULL) {
        descrgetfunc f = Py_TYPE(descr)->tp_descr_get;
        if (f != NULL)
            return f(descr, obj, (PyObject *)tp);
        return Py_NewRef(descr);
    }
    return PyObject_GetAttr(((PyMethodObject *)obj)->im_func, name);
}

static PyObject *
method_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    if (kw != NULL && PyDict_GET_SIZE(kw) != 0) {
        PyErr_SetString(PyExc_TypeError, "method() takes no keyword arguments");
        return NULL;
    }
    if (PyTuple_GET_SIZE(args) != 2) {
        PyErr_Format(PyExc_TypeError, "method expected 2 arguments, got %zd", PyTuple_GET_SIZE(args));
        return NULL;
    }
    PyObject *func = PyTuple_GET_ITEM(args, 0), *self = PyTuple_GET_ITEM(args, 1);
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (self == NULL || self == Py_None) {
        PyErr_SetString(PyExc_TypeError, "instance must not be None");
        return NULL;
    }
    return PyMethod_New(func, self);
}

static void
method_dealloc(PyObject *self)
{
    PyMethodObject *im = (PyMethodObject *)self;
    PyObject_GC_UnTrack(im);
    Py_TRASHCAN_BEGIN(im, method_dealloc)
    if (im->im_weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    Py_DECREF(im->im_func);
    Py_XDECREF(im->im_self);
    PyObject_GC_Del(im);
    Py_TRASHCAN_END
}

static PyObject *
method_richcompare(PyObject *self, PyObject *other, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyMethod_Check(self) || !PyMethod_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyMethodObject *a = (PyMethodObject *)self, *b = (PyMethodObject *)other;
    int eq = PyObject_RichCompareBool(a->im_func, b->im_func, Py_EQ);
    if (eq < 0)
        return NULL;
    if (eq == 1)
        eq = a->im_self == b->im_self;
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

static PyObject *
method_repr(PyObject *self)
{
    PyMethodObject *a = (PyMethodObject *)self;
    PyObject *funcname = NULL;
    if (_PyObject_LookupAttr(a->im_func, _Py_ID(__qualname__), &funcname) < 0)
        return NULL;
    if (funcname == NULL) {
        if (_PyObject_LookupAttr(a->im_func, _Py_ID(__name__), &funcname) < 0)
            return NULL;
    }
    if (funcname != NULL && !PyUnicode_Check(funcname))
        Py_CLEAR(funcname);
    PyObject *result = PyUnicode_FromFormat("<bound method %V of %R>", funcname, "?", a->im_self);
    Py_XDECREF(funcname);
    return result;
}

static Py_hash_t
method_hash(PyObject *self)
{
    PyMethodObject *a = (PyMethodObject *)self;
    Py_hash_t x = _Py_HashPointer(a->im_self);
    Py_hash_t y = PyObject_Hash(a->im_func);
    if (y == -1)
        return -1;
    x = x ^ y;
    return x == -1 ? -2 : x;
}

static int
method_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyMethodObject *im = (PyMethodObject *)self;
    Py_VISIT(im->im_func);
    Py_VISIT(im->im_self);
    return 0;
}

PyTypeObject PyMethod_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "method",
    .tp_basicsize = sizeof(PyMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_vectorcall_offset = offsetof(PyMethodObject, vectorcall),
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = method_getattro,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "Create a bound instance method object.",
    .tp_traverse = method_traverse,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(PyMethodObject, im_weakreflist),
    .tp_methods = method_methods,
    .tp_members = method_memberlist,
    .tp_getset = method_getset,
    .tp_new = method_new,
};

/* ===================================================================
 * instancemethod: binds any callable like a function does
 * =================================================================== */

typedef struct {
    PyObject_HEAD
    PyObject *func;
} PyInstanceMethodObject;

PyObject *
PyInstanceMethod_New(PyObject *func)
{
    PyInstanceMethodObject *method = PyObject_GC_New(PyInstanceMethodObject, &PyInstanceMethod_Type);
    if (method == NULL)
        return NULL;
    method->func = Py_NewRef(func);
    PyObject_GC_Track(method);
    return (PyObject *)method;
}

static void
instancemethod_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_DECREF(((PyInstanceMethodObject *)self)->func);
    PyObject_GC_Del(self);
}

static int
instancemethod_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyInstanceMethodObject *)self)->func);
    return 0;
}

static PyObject *
instancemethod_call(PyObject *self, PyObject *arg, PyObject *kw)
{
    return PyObject_Call(((PyInstanceMethodObject *)self)->func, arg, kw);
}

static PyObject *
instancemethod_descr_get(PyObject *descr, PyObject *obj, PyObject *type)
{
    PyObject *func = ((PyInstanceMethodObject *)descr)->func;
    if (obj == NULL)
        return Py_NewRef(func);
    return PyMethod_New(func, obj);
}

static PyObject *
instancemethod_repr(PyObject *self)
{
    PyObject *func = ((PyInstanceMethodObject *)self)->func;
    PyObject *funcname = NULL;
    if (_PyObject_LookupAttr(func, _Py_ID(__name__), &funcname) < 0)
        return NULL;
    if (funcname != NULL && !PyUnicode_Check(funcname))
        Py_CLEAR(funcname);
    PyObject *result = PyUnicode_FromFormat("<instancemethod %V at %p>", funcname, "?", self);
    Py_XDECREF(funcname);
    return result;
}

static PyObject *
instancemethod_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    if (kw != NULL && PyDict_GET_SIZE(kw) != 0) {
        PyErr_SetString(PyExc_TypeError, "instancemethod() takes no keyword arguments");
        return NULL;
    }
    if (PyTuple_GET_SIZE(args) != 1) {
        PyErr_Format(PyExc_TypeError, "instancemethod expected 1 argument, got %zd", PyTuple_GET_SIZE(args));
        return NULL;
    }
    PyObject *func = PyTuple_GET_ITEM(args, 0);
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "first argument must be callable");
        return NULL;
    }
    return PyInstanceMethod_New(func);
}

static PyMemberDef instancemethod_memberlist[] = {
    {"__func__", T_OBJECT, offsetof(PyInstanceMethodObject, func), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

PyTypeObject PyInstanceMethod_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "instancemethod",
    .tp_basicsize = sizeof(PyInstanceMethodObject),
    .tp_dealloc = instancemethod_dealloc,
    .tp_repr = instancemethod_repr,
    .tp_call = instancemethod_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = instancemethod_traverse,
    .tp_members = instancemethod_memberlist,
    .tp_descr_get = instancemethod_descr_get,
    .tp_new = instancemethod_new,
};
