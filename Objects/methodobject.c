/* builtin_function_or_method: a C function from a PyMethodDef table,
 * possibly bound to an object (`[].append`) or to its module (`len`).
 *
 * The PyMethodDef's flags say how the C function takes its arguments
 * (METH_NOARGS, METH_O, METH_VARARGS[|METH_KEYWORDS],
 * METH_FASTCALL[|METH_KEYWORDS], METH_METHOD); every call arrives as a
 * vectorcall and _KrMethodDef_Vectorcall adapts it, checking the counts
 * the flags promise.  Method descriptors (descrobject.c) use the same
 * adapter, so `list.append([], 1)` and `[].append(1)` report errors the
 * same way. */
#include "Python.h"
#include "kr_call.h"

/* ===================================================================
 * The calling-convention adapter
 * =================================================================== */

static int
no_keywords(PyObject *kwnames, PyObject *func)
{
    if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0)
        return 0;
    PyObject *fs = _PyObject_FunctionStr(func);
    if (fs != NULL) {
        PyErr_Format(PyExc_TypeError, "%U takes no keyword arguments", fs);
        Py_DECREF(fs);
    }
    return -1;
}

PyObject *
_KrMethodDef_Vectorcall(PyMethodDef *ml, PyObject *self, PyTypeObject *cls,
                        PyObject *const *args, size_t nargsf, PyObject *kwnames,
                        PyObject *func)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    int flags = ml->ml_flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST);
    PyObject *result = NULL;
    int fast = (flags & METH_FASTCALL) != 0;
    if (fast ? _KrEnterCRecursion(" while calling a Python object")
             : Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    switch (flags) {
    case METH_NOARGS:
        if (no_keywords(kwnames, func) < 0)
            break;
        if (nargs != 0) {
            PyObject *fs = _PyObject_FunctionStr(func);
            if (fs != NULL) {
                PyErr_Format(PyExc_TypeError, "%U takes no arguments (%zd given)", fs, nargs);
                Py_DECREF(fs);
            }
            break;
        }
        result = ml->ml_meth(self, NULL);
        break;
    case METH_O:
        if (no_keywords(kwnames, func) < 0)
            break;
        if (nargs != 1) {
            PyObject *fs = _PyObject_FunctionStr(func);
            if (fs != NULL) {
                PyErr_Format(PyExc_TypeError, "%U takes exactly one argument (%zd given)", fs, nargs);
                Py_DECREF(fs);
            }
            break;
        }
        result = ml->ml_meth(self, args[0]);
        break;
    case METH_VARARGS:
    case METH_VARARGS | METH_KEYWORDS: {
        if (flags == METH_VARARGS && kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0 &&
            PyCFunction_Check(func)) {
            /* CPython's tuple-calling path names just the C function here */
            PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", ml->ml_name);
            break;
        }
        if (flags == METH_VARARGS && no_keywords(kwnames, func) < 0)
            break;
        PyObject *argstuple = _PyTuple_FromArray(args, nargs);
        if (argstuple == NULL)
            break;
        if (flags & METH_KEYWORDS) {
            PyObject *kwdict = NULL;
            if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
                kwdict = _PyStack_AsDict(args + nargs, kwnames);
                if (kwdict == NULL) {
                    Py_DECREF(argstuple);
                    break;
                }
            }
            result = ((PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth)(self, argstuple, kwdict);
            Py_XDECREF(kwdict);
        }
        else {
            result = ml->ml_meth(self, argstuple);
        }
        Py_DECREF(argstuple);
        break;
    }
    case METH_FASTCALL:
        if (no_keywords(kwnames, func) < 0)
            break;
        result = ((_PyCFunctionFast)(void (*)(void))ml->ml_meth)(self, args, nargs);
        break;
    case METH_FASTCALL | METH_KEYWORDS:
        result = ((_PyCFunctionFastWithKeywords)(void (*)(void))ml->ml_meth)(self, args, nargs, kwnames);
        break;
    case METH_METHOD | METH_FASTCALL | METH_KEYWORDS:
        result = ((PyCMethod)(void (*)(void))ml->ml_meth)(self, cls, args, (size_t)nargs, kwnames);
        break;
    default:
        PyErr_Format(PyExc_SystemError, "%s() method: bad call flags", ml->ml_name);
        break;
    }
    if (fast)
        _KrLeaveCRecursion();
    else
        Py_LeaveRecursiveCall();
    return result;
}

/* ===================================================================
 * The type
 * =================================================================== */

static PyObject *
cfunction_vectorcall(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyCFunctionObject *f = (PyCFunctionObject *)func;
    PyTypeObject *cls = NULL;
    if (f->m_ml->ml_flags & METH_METHOD)
        cls = ((PyCMethodObject *)func)->mm_class;
    return _KrMethodDef_Vectorcall(f->m_ml, f->m_self, cls, args, nargsf, kwnames, func);
}

PyObject *
PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module, PyTypeObject *cls)
{
    PyCFunctionObject *op;
    if (ml->ml_flags & METH_METHOD) {
        if (cls == NULL) {
            PyErr_SetString(PyExc_SystemError,
                            "attempting to create PyCMethod with a METH_METHOD flag but no class");
            return NULL;
        }
        PyCMethodObject *om = PyObject_GC_New(PyCMethodObject, &PyCMethod_Type);
        if (om == NULL)
            return NULL;
        om->mm_class = (PyTypeObject *)Py_NewRef(cls);
        op = (PyCFunctionObject *)om;
    }
    else {
        op = PyObject_GC_New(PyCFunctionObject, &PyCFunction_Type);
        if (op == NULL)
            return NULL;
    }
    op->m_ml = ml;
    op->m_self = Py_XNewRef(self);
    op->m_module = Py_XNewRef(module);
    op->m_weakreflist = NULL;
    op->vectorcall = cfunction_vectorcall;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

PyObject *
PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module)
{
    return PyCMethod_New(ml, self, module, NULL);
}

PyCFunction
PyCFunction_GetFunction(PyObject *op)
{
    if (!PyCFunction_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyCFunctionObject *)op)->m_ml->ml_meth;
}

PyObject *
PyCFunction_GetSelf(PyObject *op)
{
    if (!PyCFunction_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyCFunctionObject *)op)->m_self;
}

int
PyCFunction_GetFlags(PyObject *op)
{
    if (!PyCFunction_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyCFunctionObject *)op)->m_ml->ml_flags;
}

static void
meth_dealloc(PyObject *self)
{
    PyCFunctionObject *m = (PyCFunctionObject *)self;
    PyObject_GC_UnTrack(m);
    Py_TRASHCAN_BEGIN(m, meth_dealloc)
    if (m->m_weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    Py_XDECREF(m->m_self);
    Py_XDECREF(m->m_module);
    if (m->m_ml->ml_flags & METH_METHOD)
        Py_XDECREF(((PyCMethodObject *)m)->mm_class);
    PyObject_GC_Del(m);
    Py_TRASHCAN_END
}

static int
meth_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyCFunctionObject *m = (PyCFunctionObject *)self;
    Py_VISIT(m->m_self);
    Py_VISIT(m->m_module);
    if (m->m_ml->ml_flags & METH_METHOD)
        Py_VISIT(((PyCMethodObject *)m)->mm_class);
    return 0;
}

static PyObject *
meth_repr(PyObject *self)
{
    PyCFunctionObject *m = (PyCFunctionObject *)self;
    if (m->m_self == NULL || PyModule_Check(m->m_self))
        return PyUnicode_FromFormat("<built-in function %s>", m->m_ml->ml_name);
    return PyUnicode_FromFormat("<built-in method %s of %s object at %p>",
                                m->m_ml->ml_name, Py_TYPE(m->m_self)->tp_name, m->m_self);
}

static PyObject *
meth_richcompare(PyObject *self, PyObject *other, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyCFunction_Check(self) || !PyCFunction_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyCFunctionObject *a = (PyCFunctionObject *)self, *b = (PyCFunctionObject *)other;
    int eq = a->m_self == b->m_self && a->m_ml->ml_meth == b->m_ml->ml_meth;
    if (op == Py_EQ)
        return PyBool_FromLong(eq);
    return PyBool_FromLong(!eq);
}

static Py_hash_t
meth_hash(PyObject *self)
{
    PyCFunctionObject *a = (PyCFunctionObject *)self;
    Py_hash_t x = _Py_HashPointer(a->m_self);
    Py_hash_t y = _Py_HashPointer((void *)(a->m_ml->ml_meth));
    x ^= y;
    if (x == -1)
        x = -2;
    return x;
}

static PyObject *
meth_get__doc__(PyObject *self, void *closure)
{
    PyMethodDef *ml = ((PyCFunctionObject *)self)->m_ml;
    return _KrDoc_FromC(ml->ml_name, ml->ml_doc);
}

static PyObject *
meth_get__text_signature__(PyObject *self, void *closure)
{
    PyMethodDef *ml = ((PyCFunctionObject *)self)->m_ml;
    return _KrDoc_SignatureFromC(ml->ml_name, ml->ml_doc);
}

static PyObject *
meth_get__name__(PyObject *self, void *closure)
{
    return PyUnicode_FromString(((PyCFunctionObject *)self)->m_ml->ml_name);
}

static PyObject *
meth_get__qualname__(PyObject *self, void *closure)
{
    PyCFunctionObject *m = (PyCFunctionObject *)self;
    if (m->m_self == NULL || PyModule_Check(m->m_self))
        return PyUnicode_FromString(m->m_ml->ml_name);
    PyObject *type = PyType_Check(m->m_self) ? m->m_self : (PyObject *)Py_TYPE(m->m_self);
    PyObject *type_qualname = PyObject_GetAttr(type, _Py_ID(__qualname__));
    if (type_qualname == NULL)
        return NULL;
    if (!PyUnicode_Check(type_qualname)) {
        PyErr_SetString(PyExc_TypeError,
                        "<method>.__class__.__qualname__ is not a unicode object");
        Py_DECREF(type_qualname);
        return NULL;
    }
    PyObject *res = PyUnicode_FromFormat("%S.%s", type_qualname, m->m_ml->ml_name);
    Py_DECREF(type_qualname);
    return res;
}

static PyObject *
meth_get__self__(PyObject *self, void *closure)
{
    PyObject *s = ((PyCFunctionObject *)self)->m_self;
    return Py_NewRef(s == NULL ? Py_None : s);
}

static PyObject *
meth_reduce(PyObject *self, PyObject *unused)
{
    PyCFunctionObject *m = (PyCFunctionObject *)self;
    if (m->m_self == NULL || PyModule_Check(m->m_self))
        return PyUnicode_FromString(m->m_ml->ml_name);
    PyObject *getattr = PyDict_GetItemString(PyEval_GetBuiltins(), "getattr");
    if (getattr == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "no getattr in builtins");
        return NULL;
    }
    return Py_BuildValue("O(Os)", getattr, m->m_self, m->m_ml->ml_name);
}

static PyGetSetDef meth_getsets[] = {
    {"__doc__", meth_get__doc__, NULL, NULL, NULL},
    {"__name__", meth_get__name__, NULL, NULL, NULL},
    {"__qualname__", meth_get__qualname__, NULL, NULL, NULL},
    {"__self__", meth_get__self__, NULL, NULL, NULL},
    {"__text_signature__", meth_get__text_signature__, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMemberDef meth_members[] = {
    {"__module__", T_OBJECT, offsetof(PyCFunctionObject, m_module), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyMethodDef meth_methods[] = {
    {"__reduce__", meth_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PyCFunction_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(PyCFunctionObject),
    .tp_dealloc = meth_dealloc,
    .tp_vectorcall_offset = offsetof(PyCFunctionObject, vectorcall),
    .tp_repr = meth_repr,
    .tp_hash = meth_hash,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = meth_traverse,
    .tp_richcompare = meth_richcompare,
    .tp_weaklistoffset = offsetof(PyCFunctionObject, m_weakreflist),
    .tp_methods = meth_methods,
    .tp_members = meth_members,
    .tp_getset = meth_getsets,
};

/* METH_METHOD functions also remember the class that defined them */
PyTypeObject PyCMethod_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "builtin_method",
    .tp_basicsize = sizeof(PyCMethodObject),
    .tp_dealloc = meth_dealloc,
    .tp_vectorcall_offset = offsetof(PyCFunctionObject, vectorcall),
    .tp_repr = meth_repr,
    .tp_hash = meth_hash,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = meth_traverse,
    .tp_richcompare = meth_richcompare,
    .tp_weaklistoffset = offsetof(PyCFunctionObject, m_weakreflist),
    .tp_base = &PyCFunction_Type,
};
