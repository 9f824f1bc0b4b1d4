/* The built-in exception hierarchy of Python 3.11.
 *
 * Every exception instance starts with PyException_HEAD: an instance
 * dict, the `args` tuple, the chaining links (__traceback__, __context__,
 * __cause__, __suppress_context__).  A handful of classes add fields
 * (SyntaxError, OSError, ImportError, the Unicode errors, StopIteration,
 * SystemExit, AttributeError, NameError, BaseExceptionGroup); all the
 * others are the same struct under another name.
 *
 * Every class is a static PyTypeObject made by one of two macros below
 * (SIMPLE_EXC for "same layout as my base", COMPLEX_EXC for classes with
 * their own new/init/str/members).  Each type sets its own tp_new and
 * tp_init, as CPython does, so that `ValueError.__dict__` shows `__new__`
 * and `__init__` like CPython's.  The types are readied here, in
 * _KrExceptions_Init, in hierarchy order (not through kr_typelist.h), and
 * the PyExc_* pointers are valid from the start since they point at the
 * static structs.  ExceptionGroup needs two bases (BaseExceptionGroup and
 * Exception), so it is made at init time as a heap class, exactly as
 * CPython makes it.
 *
 * __notes__ (3.11) lives in the instance dict, as in CPython 3.11, so that
 * `e.__dict__` and the traceback printer agree with it; the `notes` field
 * of the struct is unused. */
#include "Python.h"
#include "kr_init.h"
#include "kr_runtime.h"
#include <stddef.h>
#include "kr_typing.h"

/* ====================================================================
 * BaseException
 * ==================================================================== */

static PyObject *
BaseException_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->dict = NULL;
    self->notes = NULL;
    self->traceback = self->context = self->cause = NULL;
    self->suppress_context = 0;
    if (args) {
        self->args = Py_NewRef(args);
    } else {
        self->args = PyTuple_New(0);
        if (self->args == NULL) {
            Py_DECREF(self);
            return NULL;
        }
    }
    return (PyObject *)self;
}

static int
BaseException_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    if (!_PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds))
        return -1;
    Py_XSETREF(self->args, Py_NewRef(args));
    return 0;
}

static int
BaseException_clear(PyObject *op)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    Py_CLEAR(self->dict);
    Py_CLEAR(self->args);
    Py_CLEAR(self->notes);
    Py_CLEAR(self->traceback);
    Py_CLEAR(self->cause);
    Py_CLEAR(self->context);
    return 0;
}

static int
BaseException_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    Py_VISIT(self->dict);
    Py_VISIT(self->args);
    Py_VISIT(self->notes);
    Py_VISIT(self->traceback);
    Py_VISIT(self->cause);
    Py_VISIT(self->context);
    return 0;
}

static void
BaseException_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    BaseException_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
BaseException_str(PyObject *op)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    switch (PyTuple_GET_SIZE(self->args)) {
    case 0:
        return PyUnicode_FromString("");
    case 1:
        return PyObject_Str(PyTuple_GET_ITEM(self->args, 0));
    default:
        return PyObject_Str(self->args);
    }
}

static PyObject *
BaseException_repr(PyObject *op)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    const char *name = _PyType_Name(Py_TYPE(self));
    if (PyTuple_GET_SIZE(self->args) == 1)
        return PyUnicode_FromFormat("%s(%R)", name, PyTuple_GET_ITEM(self->args, 0));
    return PyUnicode_FromFormat("%s%R", name, self->args);
}

static PyObject *
BaseException_reduce(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    if (self->args && self->dict && PyDict_Size(self->dict) > 0)
        return PyTuple_Pack(3, Py_TYPE(self), self->args, self->dict);
    return PyTuple_Pack(2, Py_TYPE(self), self->args);
}

static PyObject *
BaseException_setstate(PyObject *self, PyObject *state)
{
    if (state != Py_None) {
        if (!PyDict_Check(state)) {
            PyErr_SetString(PyExc_TypeError, "state is not a dictionary");
            return NULL;
        }
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(state, &pos, &key, &value)) {
            Py_INCREF(key);
            Py_INCREF(value);
            int r = PyObject_SetAttr(self, key, value);
            Py_DECREF(value);
            Py_DECREF(key);
            if (r < 0)
                return NULL;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *
BaseException_with_traceback(PyObject *self, PyObject *tb)
{
    if (PyException_SetTraceback(self, tb) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
BaseException_add_note(PyObject *self, PyObject *note)
{
    if (!PyUnicode_Check(note)) {
        PyErr_Format(PyExc_TypeError, "note must be a str, not '%s'",
                     Py_TYPE(note)->tp_name);
        return NULL;
    }
    PyObject *notes = NULL;
    if (_PyObject_LookupAttr(self, _Py_ID(__notes__), &notes) < 0)
        return NULL;
    if (notes == NULL) {
        notes = PyList_New(0);
        if (notes == NULL)
            return NULL;
        if (PyObject_SetAttr(self, _Py_ID(__notes__), notes) < 0) {
            Py_DECREF(notes);
            return NULL;
        }
    } else if (!PyList_Check(notes)) {
        Py_DECREF(notes);
        PyErr_SetString(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    int r = PyList_Append(notes, note);
    Py_DECREF(notes);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef BaseException_methods[] = {
    {"__reduce__", (PyCFunction)BaseException_reduce, METH_NOARGS, NULL},
    {"__setstate__", (PyCFunction)BaseException_setstate, METH_O, NULL},
    {"with_traceback", (PyCFunction)BaseException_with_traceback, METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", (PyCFunction)BaseException_add_note, METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL}
};

static PyObject *
BaseException_get_args(PyObject *op, void *Py_UNUSED(closure))
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    if (self->args == NULL)
        Py_RETURN_NONE;
    return Py_NewRef(self->args);
}

static int
BaseException_set_args(PyObject *op, PyObject *val, void *Py_UNUSED(closure))
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    if (val == NULL) {
        PyErr_SetString(PyExc_TypeError, "args may not be deleted");
        return -1;
    }
    PyObject *seq = PySequence_Tuple(val);
    if (seq == NULL)
        return -1;
    Py_XSETREF(self->args, seq);
    return 0;
}

static PyObject *
BaseException_get_tb(PyObject *op, void *Py_UNUSED(closure))
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    if (self->traceback == NULL)
        Py_RETURN_NONE;
    return Py_NewRef(self->traceback);
}

static int
BaseException_set_tb(PyObject *op, PyObject *tb, void *Py_UNUSED(closure))
{
    if (tb == NULL) {
        PyErr_SetString(PyExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    return PyException_SetTraceback(op, tb);
}

static PyObject *
BaseException_get_context(PyObject *op, void *Py_UNUSED(closure))
{
    PyObject *res = PyException_GetContext(op);
    return res ? res : Py_NewRef(Py_None);
}

static int
BaseException_set_context(PyObject *op, PyObject *arg, void *Py_UNUSED(closure))
{
    if (arg == NULL) {
        PyErr_SetString(PyExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (arg == Py_None) {
        arg = NULL;
    } else if (!PyExceptionInstance_Check(arg)) {
        PyErr_SetString(PyExc_TypeError,
                        "exception context must be None or derive from BaseException");
        return -1;
    } else {
        Py_INCREF(arg);
    }
    PyException_SetContext(op, arg);
    return 0;
}

static PyObject *
BaseException_get_cause(PyObject *op, void *Py_UNUSED(closure))
{
    PyObject *res = PyException_GetCause(op);
    return res ? res : Py_NewRef(Py_None);
}

static int
BaseException_set_cause(PyObject *op, PyObject *arg, void *Py_UNUSED(closure))
{
    if (arg == NULL) {
        PyErr_SetString(PyExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (arg == Py_None) {
        arg = NULL;
    } else if (!PyExceptionInstance_Check(arg)) {
        PyErr_SetString(PyExc_TypeError,
                        "exception cause must be None or derive from BaseException");
        return -1;
    } else {
        Py_INCREF(arg);
    }
    PyException_SetCause(op, arg);
    return 0;
}

static PyGetSetDef BaseException_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"args", BaseException_get_args, BaseException_set_args, NULL, NULL},
    {"__traceback__", BaseException_get_tb, BaseException_set_tb, NULL, NULL},
    {"__context__", BaseException_get_context, BaseException_set_context,
     "exception context", NULL},
    {"__cause__", BaseException_get_cause, BaseException_set_cause,
     "exception cause", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMemberDef BaseException_members[] = {
    {"__suppress_context__", T_BOOL,
     offsetof(PyBaseExceptionObject, suppress_context), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

/* ---- the C API on exception objects ---- */

PyObject *
PyException_GetTraceback(PyObject *self)
{
    return Py_XNewRef(((PyBaseExceptionObject *)self)->traceback);
}

int
PyException_SetTraceback(PyObject *self, PyObject *tb)
{
    if (tb == NULL) {
        PyErr_SetString(PyExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (tb == Py_None) {
        tb = NULL;
    } else if (!PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    Py_XINCREF(tb);
    Py_XSETREF(((PyBaseExceptionObject *)self)->traceback, tb);
    return 0;
}

PyObject *
PyException_GetCause(PyObject *self)
{
    return Py_XNewRef(((PyBaseExceptionObject *)self)->cause);
}

void
PyException_SetCause(PyObject *self, PyObject *cause)
{
    ((PyBaseExceptionObject *)self)->suppress_context = 1;
    Py_XSETREF(((PyBaseExceptionObject *)self)->cause, cause);
}

PyObject *
PyException_GetContext(PyObject *self)
{
    return Py_XNewRef(((PyBaseExceptionObject *)self)->context);
}

void
PyException_SetContext(PyObject *self, PyObject *context)
{
    Py_XSETREF(((PyBaseExceptionObject *)self)->context, context);
}

PyObject *
PyException_GetArgs(PyObject *self)
{
    return Py_NewRef(((PyBaseExceptionObject *)self)->args);
}

/* ====================================================================
 * Type-definition macros
 * ==================================================================== */

/* Classes whose instances need nothing beyond zeroed fields inherit
 * BaseException's tp_new, as in CPython (no __new__ in their __dict__). */
#define StopIteration_new NULL
#define SystemExit_new NULL
#define ImportError_new NULL
#define NameError_new NULL
#define AttributeError_new NULL
#define SyntaxError_new NULL
#define KeyError_new NULL

#define EXC_FLAGS (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | \
                   Py_TPFLAGS_BASE_EXC_SUBCLASS)

/* An exception class with its base's layout and behaviour. */
#define SIMPLE_EXC(BASE, NAME, DOC) \
    static PyTypeObject _PyExc_##NAME = { \
        PyVarObject_HEAD_INIT(&PyType_Type, 0) \
        .tp_name = #NAME, \
        .tp_basicsize = sizeof(PyBaseExceptionObject), \
        .tp_dealloc = BaseException_dealloc, \
        .tp_flags = EXC_FLAGS, \
        .tp_doc = DOC, \
        .tp_traverse = BaseException_traverse, \
        .tp_clear = BaseException_clear, \
        .tp_base = &_PyExc_##BASE, \
        .tp_dictoffset = offsetof(PyBaseExceptionObject, dict), \
        .tp_init = BaseException_init, \
        .tp_new = BaseException_new, \
    }; \
    PyObject *PyExc_##NAME = (PyObject *)&_PyExc_##NAME;

/* A subclass sharing a richer layout (OSError's children, ...); it
 * inherits tp_new, so like CPython's it has no __new__ of its own. */
#define MIDDLE_EXC(BASE, NAME, STRUCT, PREFIX, DOC) \
    static PyTypeObject _PyExc_##NAME = { \
        PyVarObject_HEAD_INIT(&PyType_Type, 0) \
        .tp_name = #NAME, \
        .tp_basicsize = sizeof(STRUCT), \
        .tp_dealloc = PREFIX##_dealloc, \
        .tp_flags = EXC_FLAGS, \
        .tp_doc = DOC, \
        .tp_traverse = PREFIX##_traverse, \
        .tp_clear = PREFIX##_clear, \
        .tp_base = &_PyExc_##BASE, \
        .tp_dictoffset = offsetof(STRUCT, dict), \
        .tp_init = PREFIX##_init, \
    }; \
    PyObject *PyExc_##NAME = (PyObject *)&_PyExc_##NAME;

/* A class with its own methods, members and __str__. */
#define COMPLEX_EXC(BASE, NAME, STRUCT, PREFIX, METHODS, MEMBERS, GETSET, STR, DOC) \
    static PyTypeObject _PyExc_##NAME = { \
        PyVarObject_HEAD_INIT(&PyType_Type, 0) \
        .tp_name = #NAME, \
        .tp_basicsize = sizeof(STRUCT), \
        .tp_dealloc = PREFIX##_dealloc, \
        .tp_str = STR, \
        .tp_flags = EXC_FLAGS, \
        .tp_doc = DOC, \
        .tp_traverse = PREFIX##_traverse, \
        .tp_clear = PREFIX##_clear, \
        .tp_methods = METHODS, \
        .tp_members = MEMBERS, \
        .tp_getset = GETSET, \
        .tp_base = &_PyExc_##BASE, \
        .tp_dictoffset = offsetof(STRUCT, dict), \
        .tp_init = PREFIX##_init, \
        .tp_new = PREFIX##_new, \
    }; \
    PyObject *PyExc_##NAME = (PyObject *)&_PyExc_##NAME;

static PyTypeObject _PyExc_BaseException = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(PyBaseExceptionObject),
    .tp_dealloc = BaseException_dealloc,
    .tp_repr = BaseException_repr,
    .tp_str = BaseException_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Common base class for all exceptions",
    .tp_traverse = BaseException_traverse,
    .tp_clear = BaseException_clear,
    .tp_methods = BaseException_methods,
    .tp_members = BaseException_members,
    .tp_getset = BaseException_getset,
    .tp_dictoffset = offsetof(PyBaseExceptionObject, dict),
    .tp_init = BaseException_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = BaseException_new,
};
PyObject *PyExc_BaseException = (PyObject *)&_PyExc_BaseException;

SIMPLE_EXC(BaseException, Exception, "Common base class for all non-exit exceptions.")
SIMPLE_EXC(Exception, TypeError, "Inappropriate argument type.")
SIMPLE_EXC(Exception, StopAsyncIteration, "Signal the end from iterator.__anext__().")

/* ---- StopIteration ---- */

static int
StopIteration_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(op, args, kwds) < 0)
        return -1;
    PyStopIterationObject *self = (PyStopIterationObject *)op;
    Py_XSETREF(self->value, Py_NewRef(PyTuple_GET_SIZE(args) > 0 ?
                                      PyTuple_GET_ITEM(args, 0) : Py_None));
    return 0;
}

static int
StopIteration_clear(PyObject *op)
{
    Py_CLEAR(((PyStopIterationObject *)op)->value);
    return BaseException_clear(op);
}

static void
StopIteration_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    StopIteration_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
StopIteration_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((PyStopIterationObject *)op)->value);
    return BaseException_traverse(op, visit, arg);
}

static PyMemberDef StopIteration_members[] = {
    {"value", T_OBJECT, offsetof(PyStopIterationObject, value), 0,
     "generator return value"},
    {NULL, 0, 0, 0, NULL}
};

COMPLEX_EXC(Exception, StopIteration, PyStopIterationObject, StopIteration, NULL,
            StopIteration_members, NULL, NULL, "Signal the end from iterator.__next__().")

SIMPLE_EXC(BaseException, GeneratorExit, "Request that a generator exit.")

/* ---- SystemExit ---- */

static int
SystemExit_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(op, args, kwds) < 0)
        return -1;
    PySystemExitObject *self = (PySystemExitObject *)op;
    Py_ssize_t size = PyTuple_GET_SIZE(args);
    if (size == 0)
        return 0;
    Py_XSETREF(self->code, Py_NewRef(size == 1 ? PyTuple_GET_ITEM(args, 0) : args));
    return 0;
}

static int
SystemExit_clear(PyObject *op)
{
    Py_CLEAR(((PySystemExitObject *)op)->code);
    return BaseException_clear(op);
}

static void
SystemExit_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    SystemExit_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
SystemExit_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((PySystemExitObject *)op)->code);
    return BaseException_traverse(op, visit, arg);
}

static PyMemberDef SystemExit_members[] = {
    {"code", T_OBJECT, offsetof(PySystemExitObject, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL}
};

COMPLEX_EXC(BaseException, SystemExit, PySystemExitObject, SystemExit, NULL,
            SystemExit_members, NULL, NULL, "Request to exit from the interpreter.")

/* ====================================================================
 * BaseExceptionGroup
 * ==================================================================== */

PyObject *PyExc_ExceptionGroup;

static PyObject *
BaseExceptionGroup_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *message = NULL, *exceptions = NULL;
    if (!PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__", &message, &exceptions))
        return NULL;
    if (!PySequence_Check(exceptions)) {
        PyErr_SetString(PyExc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    exceptions = PySequence_Tuple(exceptions);
    if (exceptions == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(exceptions);
    if (n == 0) {
        PyErr_SetString(PyExc_ValueError,
                        "second argument (exceptions) must be a non-empty sequence");
        goto error;
    }
    int nested_base = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *exc = PyTuple_GET_ITEM(exceptions, i);
        if (!PyExceptionInstance_Check(exc)) {
            PyErr_Format(PyExc_ValueError,
                         "Item %zd of second argument (exceptions) is not an exception", i);
            goto error;
        }
        if (!PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_Exception))
            nested_base = 1;
    }
    PyTypeObject *cls = type;
    if (cls == (PyTypeObject *)PyExc_ExceptionGroup) {
        if (nested_base) {
            PyErr_SetString(PyExc_TypeError,
                            "Cannot nest BaseExceptions in an ExceptionGroup");
            goto error;
        }
    } else if (cls == (PyTypeObject *)PyExc_BaseExceptionGroup) {
        if (!nested_base)
            cls = (PyTypeObject *)PyExc_ExceptionGroup;
    } else if (nested_base &&
               PyType_IsSubtype(cls, (PyTypeObject *)PyExc_Exception)) {
        PyErr_Format(PyExc_TypeError, "Cannot nest BaseExceptions in '%.200s'",
                     cls->tp_name);
        goto error;
    }
    PyBaseExceptionGroupObject *self =
        (PyBaseExceptionGroupObject *)BaseException_new(cls, args, kwds);
    if (self == NULL)
        goto error;
    self->msg = Py_NewRef(message);
    self->excs = exceptions;
    return (PyObject *)self;
error:
    Py_DECREF(exceptions);
    return NULL;
}

static int
BaseExceptionGroup_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (!_PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds))
        return -1;
    return BaseException_init(self, args, NULL);
}

PyObject *
_PyExc_CreateExceptionGroup(const char *msg_str, PyObject *excs)
{
    PyObject *msg = PyUnicode_FromString(msg_str);
    if (msg == NULL)
        return NULL;
    PyObject *res = PyObject_CallFunctionObjArgs(PyExc_BaseExceptionGroup, msg, excs, NULL);
    Py_DECREF(msg);
    return res;
}

static int
BaseExceptionGroup_clear(PyObject *op)
{
    PyBaseExceptionGroupObject *self = (PyBaseExceptionGroupObject *)op;
    Py_CLEAR(self->msg);
    Py_CLEAR(self->excs);
    return BaseException_clear(op);
}

static void
BaseExceptionGroup_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    BaseExceptionGroup_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
BaseExceptionGroup_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyBaseExceptionGroupObject *self = (PyBaseExceptionGroupObject *)op;
    Py_VISIT(self->msg);
    Py_VISIT(self->excs);
    return BaseException_traverse(op, visit, arg);
}

static PyObject *
BaseExceptionGroup_str(PyObject *op)
{
    PyBaseExceptionGroupObject *self = (PyBaseExceptionGroupObject *)op;
    Py_ssize_t n = PyTuple_GET_SIZE(self->excs);
    return PyUnicode_FromFormat("%S (%zd sub-exception%s)", self->msg, n, n > 1 ? "s" : "");
}

static PyObject *
BaseExceptionGroup_derive(PyObject *op, PyObject *excs)
{
    PyBaseExceptionGroupObject *self = (PyBaseExceptionGroupObject *)op;
    return PyObject_CallFunctionObjArgs(PyExc_BaseExceptionGroup, self->msg, excs, NULL);
}

/* Copy the chaining and notes of `orig` onto a group derived from it. */
static int
exceptiongroup_copy_metadata(PyObject *orig, PyObject *eg)
{
    PyBaseExceptionObject *o = (PyBaseExceptionObject *)orig;
    PyBaseExceptionObject *e = (PyBaseExceptionObject *)eg;
    Py_XINCREF(o->context);
    PyException_SetContext(eg, o->context);
    Py_XINCREF(o->cause);
    Py_XSETREF(e->cause, o->cause);
    e->suppress_context = o->suppress_context;
    Py_XINCREF(o->traceback);
    Py_XSETREF(e->traceback, o->traceback);
    PyObject *notes = NULL;
    if (_PyObject_LookupAttr(orig, _Py_ID(__notes__), &notes) < 0)
        return -1;
    if (notes) {
        int r = 0;
        if (PySequence_Check(notes)) {
            PyObject *copy = PySequence_List(notes);
            if (copy == NULL) {
                Py_DECREF(notes);
                return -1;
            }
            r = PyObject_SetAttr(eg, _Py_ID(__notes__), copy);
            Py_DECREF(copy);
        }
        Py_DECREF(notes);
        return r;
    }
    return 0;
}

typedef enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_INSTANCE_IDS } matcher_kind;

static int
get_matcher_kind(PyObject *value, matcher_kind *kind)
{
    if (PyCallable_Check(value) && !PyType_Check(value)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    if (PyExceptionClass_Check(value)) {
        *kind = MATCH_TYPE;
        return 0;
    }
    if (PyTuple_CheckExact(value)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); i++) {
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(value, i)))
                goto bad;
        }
        *kind = MATCH_TYPE;
        return 0;
    }
bad:
    PyErr_SetString(PyExc_TypeError,
                    "expected a function, exception type or tuple of exception types");
    return -1;
}

static int
split_matches(PyObject *exc, matcher_kind kind, PyObject *value)
{
    switch (kind) {
    case MATCH_TYPE:
        return PyErr_GivenExceptionMatches(exc, value);
    case MATCH_PREDICATE: {
        PyObject *r = PyObject_CallOneArg(value, exc);
        if (r == NULL)
            return -1;
        int res = PyObject_IsTrue(r);
        Py_DECREF(r);
        return res;
    }
    case MATCH_INSTANCE_IDS:
        if (PyExceptionInstance_Check(exc)) {
            PyObject *id = PyLong_FromVoidPtr(exc);
            if (id == NULL)
                return -1;
            int res = PySet_Contains(value, id);
            Py_DECREF(id);
            return res;
        }
        return 0;
    }
    return 0;
}

/* Split `exc` into the part matching the condition and the rest.  Either
 * result may be NULL (nothing there); returns -1 on error. */
static int
exceptiongroup_split_recursive(PyObject *exc, matcher_kind kind, PyObject *value,
                               int construct_rest, PyObject **match, PyObject **rest)
{
    *match = *rest = NULL;
    int is_match = split_matches(exc, kind, value);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = Py_NewRef(exc);
        return 0;
    }
    if (!PyBaseExceptionGroup_Check(exc)) {
        if (construct_rest)
            *rest = Py_NewRef(exc);
        return 0;
    }
    PyBaseExceptionGroupObject *eg = (PyBaseExceptionGroupObject *)exc;
    Py_ssize_t n = PyTuple_GET_SIZE(eg->excs);
    PyObject *match_list = PyList_New(0), *rest_list = NULL;
    if (match_list == NULL)
        return -1;
    if (construct_rest && (rest_list = PyList_New(0)) == NULL)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *m, *r;
        if (exceptiongroup_split_recursive(PyTuple_GET_ITEM(eg->excs, i), kind, value,
                                           construct_rest, &m, &r) < 0)
            goto error;
        if (m) {
            int e = PyList_Append(match_list, m);
            Py_DECREF(m);
            if (e < 0) {
                Py_XDECREF(r);
                goto error;
            }
        }
        if (r) {
            int e = PyList_Append(rest_list, r);
            Py_DECREF(r);
            if (e < 0)
                goto error;
        }
    }
    if (PyList_GET_SIZE(match_list) > 0) {
        *match = PyObject_CallMethod(exc, "derive", "O", match_list);
        if (*match == NULL || exceptiongroup_copy_metadata(exc, *match) < 0)
            goto error;
    }
    if (construct_rest && PyList_GET_SIZE(rest_list) > 0) {
        *rest = PyObject_CallMethod(exc, "derive", "O", rest_list);
        if (*rest == NULL || exceptiongroup_copy_metadata(exc, *rest) < 0)
            goto error;
    }
    Py_DECREF(match_list);
    Py_XDECREF(rest_list);
    return 0;
error:
    Py_CLEAR(*match);
    Py_CLEAR(*rest);
    Py_DECREF(match_list);
    Py_XDECREF(rest_list);
    return -1;
}

static PyObject *
BaseExceptionGroup_split(PyObject *self, PyObject *value)
{
    matcher_kind kind;
    if (get_matcher_kind(value, &kind) < 0)
        return NULL;
    PyObject *match, *rest;
    if (exceptiongroup_split_recursive(self, kind, value, 1, &match, &rest) < 0)
        return NULL;
    PyObject *res = PyTuple_Pack(2, match ? match : Py_None, rest ? rest : Py_None);
    Py_XDECREF(match);
    Py_XDECREF(rest);
    return res;
}

static PyObject *
BaseExceptionGroup_subgroup(PyObject *self, PyObject *value)
{
    matcher_kind kind;
    if (get_matcher_kind(value, &kind) < 0)
        return NULL;
    PyObject *match, *rest;
    if (exceptiongroup_split_recursive(self, kind, value, 0, &match, &rest) < 0)
        return NULL;
    Py_XDECREF(rest);
    return match ? match : Py_NewRef(Py_None);
}

/* BaseExceptionGroup[...] is a types.GenericAlias (PEP 585). */
static PyObject *
BaseExceptionGroup_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyMethodDef BaseExceptionGroup_methods[] = {
    {"__class_getitem__", (PyCFunction)BaseExceptionGroup_class_getitem,
     METH_O | METH_CLASS, NULL},
    {"derive", (PyCFunction)BaseExceptionGroup_derive, METH_O, NULL},
    {"split", (PyCFunction)BaseExceptionGroup_split, METH_O, NULL},
    {"subgroup", (PyCFunction)BaseExceptionGroup_subgroup, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef BaseExceptionGroup_members[] = {
    {"message", T_OBJECT, offsetof(PyBaseExceptionGroupObject, msg), READONLY,
     "exception message"},
    {"exceptions", T_OBJECT, offsetof(PyBaseExceptionGroupObject, excs), READONLY,
     "nested exceptions"},
    {NULL, 0, 0, 0, NULL}
};

COMPLEX_EXC(BaseException, BaseExceptionGroup, PyBaseExceptionGroupObject,
            BaseExceptionGroup, BaseExceptionGroup_methods, BaseExceptionGroup_members,
            NULL, BaseExceptionGroup_str,
            "A combination of multiple unrelated exceptions.")

/* ====================================================================
 * ImportError
 * ==================================================================== */

static int
ImportError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "path", NULL};
    PyImportErrorObject *self = (PyImportErrorObject *)op;
    PyObject *name = NULL, *path = NULL;
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return -1;
    char fmt[64];
    snprintf(fmt, sizeof fmt, "|$OO:%s", Py_TYPE(op)->tp_name);
    int ok = PyArg_ParseTupleAndKeywords(empty, kwds, fmt, kwlist, &name, &path);
    Py_DECREF(empty);
    if (!ok)
        return -1;
    if (BaseException_init(op, args, NULL) < 0)
        return -1;
    Py_XSETREF(self->name, Py_XNewRef(name));
    Py_XSETREF(self->path, Py_XNewRef(path));
    if (PyTuple_GET_SIZE(args) == 1)
        Py_XSETREF(self->msg, Py_NewRef(PyTuple_GET_ITEM(args, 0)));
    return 0;
}

static int
ImportError_clear(PyObject *op)
{
    PyImportErrorObject *self = (PyImportErrorObject *)op;
    Py_CLEAR(self->msg);
    Py_CLEAR(self->name);
    Py_CLEAR(self->path);
    return BaseException_clear(op);
}

static void
ImportError_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    ImportError_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
ImportError_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyImportErrorObject *self = (PyImportErrorObject *)op;
    Py_VISIT(self->msg);
    Py_VISIT(self->name);
    Py_VISIT(self->path);
    return BaseException_traverse(op, visit, arg);
}

static PyObject *
ImportError_str(PyObject *op)
{
    PyImportErrorObject *self = (PyImportErrorObject *)op;
    if (self->msg && PyUnicode_CheckExact(self->msg))
        return Py_NewRef(self->msg);
    return BaseException_str(op);
}

static PyObject *
ImportError_reduce(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    PyImportErrorObject *self = (PyImportErrorObject *)op;
    PyObject *state = PyDict_New();
    if (state == NULL)
        return NULL;
    if ((self->name && PyDict_SetItemString(state, "name", self->name) < 0) ||
        (self->path && PyDict_SetItemString(state, "path", self->path) < 0)) {
        Py_DECREF(state);
        return NULL;
    }
    PyObject *res;
    if (PyDict_Size(state) > 0)
        res = PyTuple_Pack(3, Py_TYPE(self), self->args, state);
    else
        res = PyTuple_Pack(2, Py_TYPE(self), self->args);
    Py_DECREF(state);
    return res;
}

static PyMemberDef ImportError_members[] = {
    {"msg", T_OBJECT, offsetof(PyImportErrorObject, msg), 0, "exception message"},
    {"name", T_OBJECT, offsetof(PyImportErrorObject, name), 0, "module name"},
    {"path", T_OBJECT, offsetof(PyImportErrorObject, path), 0, "module path"},
    {NULL, 0, 0, 0, NULL}
};

static PyMethodDef ImportError_methods[] = {
    {"__reduce__", (PyCFunction)ImportError_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

COMPLEX_EXC(Exception, ImportError, PyImportErrorObject, ImportError, ImportError_methods,
            ImportError_members, NULL, ImportError_str,
            "Import can't find module, or can't find name in module.")
MIDDLE_EXC(ImportError, ModuleNotFoundError, PyImportErrorObject, ImportError,
           "Module not found.")

/* ====================================================================
 * OSError
 * ==================================================================== */

static PyObject *oserror_errmap; /* errno -> subclass */

/* Which of new and init parses the arguments: a subclass that overrides
 * __init__ but not __new__ wants init to see them (so super().__init__
 * with OSError's signature still works). */
static int OSError_init(PyObject *op, PyObject *args, PyObject *kwds);
static PyObject *OSError_new(PyTypeObject *type, PyObject *args, PyObject *kwds);

static int
oserror_use_init(PyTypeObject *type)
{
    return type->tp_init != OSError_init && type->tp_new == OSError_new;
}

static int
oserror_parse_args(PyObject **p_args, PyObject **myerrno, PyObject **strerror,
                   PyObject **filename, PyObject **filename2)
{
    PyObject *args = *p_args;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs >= 2 && nargs <= 5) {
        PyObject *winerror = NULL;
        if (!PyArg_UnpackTuple(args, "OSError", 2, 5, myerrno, strerror, filename,
                               &winerror, filename2))
            return -1;
    }
    return 0;
}

static int
oserror_init(PyOSErrorObject *self, PyObject **p_args, PyObject *myerrno,
             PyObject *strerror, PyObject *filename, PyObject *filename2)
{
    PyObject *args = *p_args;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (filename && filename != Py_None) {
        if (Py_IS_TYPE(self, (PyTypeObject *)PyExc_BlockingIOError) &&
            PyNumber_Check(filename)) {
            self->written = PyNumber_AsSsize_t(filename, PyExc_ValueError);
            if (self->written == -1 && PyErr_Occurred())
                return -1;
        } else {
            Py_XSETREF(self->filename, Py_NewRef(filename));
            if (filename2 && filename2 != Py_None)
                Py_XSETREF(self->filename2, Py_NewRef(filename2));
            if (nargs >= 2 && nargs <= 5) {
                PyObject *subslice = PyTuple_GetSlice(args, 0, 2);
                if (subslice == NULL)
                    return -1;
                Py_DECREF(args);
                args = *p_args = subslice;
            }
        }
    }
    Py_XSETREF(self->myerrno, Py_XNewRef(myerrno));
    Py_XSETREF(self->strerror, Py_XNewRef(strerror));
    Py_XSETREF(self->args, Py_NewRef(args));
    return 0;
}

static PyObject *
OSError_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyOSErrorObject *self = NULL;
    PyObject *myerrno = NULL, *strerror = NULL, *filename = NULL, *filename2 = NULL;
    Py_INCREF(args);
    if (!oserror_use_init(type)) {
        if (!_PyArg_NoKeywords(type->tp_name, kwds))
            goto error;
        if (oserror_parse_args(&args, &myerrno, &strerror, &filename, &filename2) < 0)
            goto error;
        if (type == (PyTypeObject *)PyExc_OSError && myerrno && PyLong_Check(myerrno) &&
            oserror_errmap) {
            PyObject *newtype = PyDict_GetItemWithError(oserror_errmap, myerrno);
            if (newtype)
                type = (PyTypeObject *)newtype;
            else if (PyErr_Occurred())
                goto error;
        }
    }
    self = (PyOSErrorObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        goto error;
    self->dict = self->notes = self->traceback = self->context = self->cause = NULL;
    self->myerrno = self->strerror = self->filename = self->filename2 = NULL;
    self->written = -1;
    self->args = NULL;
    if (!oserror_use_init(type)) {
        if (oserror_init(self, &args, myerrno, strerror, filename, filename2) < 0)
            goto error;
    } else {
        self->args = PyTuple_New(0);
        if (self->args == NULL)
            goto error;
    }
    Py_DECREF(args);
    return (PyObject *)self;
error:
    Py_XDECREF(args);
    Py_XDECREF(self);
    return NULL;
}

static int
OSError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    PyObject *myerrno = NULL, *strerror = NULL, *filename = NULL, *filename2 = NULL;
    if (!oserror_use_init(Py_TYPE(op)))
        return 0;
    if (!_PyArg_NoKeywords(Py_TYPE(op)->tp_name, kwds))
        return -1;
    Py_INCREF(args);
    if (oserror_parse_args(&args, &myerrno, &strerror, &filename, &filename2) < 0 ||
        oserror_init((PyOSErrorObject *)op, &args, myerrno, strerror, filename, filename2) < 0) {
        Py_DECREF(args);
        return -1;
    }
    Py_DECREF(args);
    return 0;
}

static int
OSError_clear(PyObject *op)
{
    PyOSErrorObject *self = (PyOSErrorObject *)op;
    Py_CLEAR(self->myerrno);
    Py_CLEAR(self->strerror);
    Py_CLEAR(self->filename);
    Py_CLEAR(self->filename2);
    return BaseException_clear(op);
}

static void
OSError_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    OSError_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
OSError_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyOSErrorObject *self = (PyOSErrorObject *)op;
    Py_VISIT(self->myerrno);
    Py_VISIT(self->strerror);
    Py_VISIT(self->filename);
    Py_VISIT(self->filename2);
    return BaseException_traverse(op, visit, arg);
}

static PyObject *
OSError_str(PyObject *op)
{
    PyOSErrorObject *self = (PyOSErrorObject *)op;
    if (self->filename) {
        if (self->filename2)
            return PyUnicode_FromFormat("[Errno %S] %S: %R -> %R", self->myerrno,
                                        self->strerror, self->filename, self->filename2);
        return PyUnicode_FromFormat("[Errno %S] %S: %R", self->myerrno, self->strerror,
                                    self->filename);
    }
    if (self->myerrno && self->strerror)
        return PyUnicode_FromFormat("[Errno %S] %S", self->myerrno, self->strerror);
    return BaseException_str(op);
}

static PyObject *
OSError_reduce(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    PyOSErrorObject *self = (PyOSErrorObject *)op;
    PyObject *args = self->args, *res;
    if (PyTuple_GET_SIZE(args) == 2 && self->filename) {
        Py_ssize_t size = self->filename2 ? 5 : 3;
        args = PyTuple_New(size);
        if (args == NULL)
            return NULL;
        PyTuple_SET_ITEM(args, 0, Py_NewRef(PyTuple_GET_ITEM(self->args, 0)));
        PyTuple_SET_ITEM(args, 1, Py_NewRef(PyTuple_GET_ITEM(self->args, 1)));
        PyTuple_SET_ITEM(args, 2, Py_NewRef(self->filename));
        if (self->filename2) {
            PyTuple_SET_ITEM(args, 3, Py_NewRef(Py_None));
            PyTuple_SET_ITEM(args, 4, Py_NewRef(self->filename2));
        }
    } else {
        Py_INCREF(args);
    }
    if (self->dict && PyDict_Size(self->dict) > 0)
        res = PyTuple_Pack(3, Py_TYPE(self), args, self->dict);
    else
        res = PyTuple_Pack(2, Py_TYPE(self), args);
    Py_DECREF(args);
    return res;
}

static PyObject *
OSError_written_get(PyObject *op, void *Py_UNUSED(closure))
{
    PyOSErrorObject *self = (PyOSErrorObject *)op;
    if (self->written == -1) {
        PyErr_SetString(PyExc_AttributeError, "characters_written");
        return NULL;
    }
    return PyLong_FromSsize_t(self->written);
}

static int
OSError_written_set(PyObject *op, PyObject *arg, void *Py_UNUSED(closure))
{
    PyOSErrorObject *self = (PyOSErrorObject *)op;
    if (arg == NULL) {
        if (self->written == -1) {
            PyErr_SetString(PyExc_AttributeError, "characters_written");
            return -1;
        }
        self->written = -1;
        return 0;
    }
    Py_ssize_t n = PyNumber_AsSsize_t(arg, PyExc_ValueError);
    if (n == -1 && PyErr_Occurred())
        return -1;
    self->written = n;
    return 0;
}

static PyMemberDef OSError_members[] = {
    {"errno", T_OBJECT, offsetof(PyOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", T_OBJECT, offsetof(PyOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", T_OBJECT, offsetof(PyOSErrorObject, filename), 0, "exception filename"},
    {"filename2", T_OBJECT, offsetof(PyOSErrorObject, filename2), 0,
     "second exception filename"},
    {NULL, 0, 0, 0, NULL}
};

static PyMethodDef OSError_methods[] = {
    {"__reduce__", (PyCFunction)OSError_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef OSError_getset[] = {
    {"characters_written", OSError_written_get, OSError_written_set, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

COMPLEX_EXC(Exception, OSError, PyOSErrorObject, OSError, OSError_methods, OSError_members,
            OSError_getset, OSError_str, "Base class for I/O related errors.")
PyObject *PyExc_EnvironmentError = (PyObject *)&_PyExc_OSError;
PyObject *PyExc_IOError = (PyObject *)&_PyExc_OSError;

MIDDLE_EXC(OSError, BlockingIOError, PyOSErrorObject, OSError, "I/O operation would block.")
MIDDLE_EXC(OSError, ConnectionError, PyOSErrorObject, OSError, "Connection error.")
MIDDLE_EXC(OSError, ChildProcessError, PyOSErrorObject, OSError, "Child process error.")
MIDDLE_EXC(ConnectionError, BrokenPipeError, PyOSErrorObject, OSError, "Broken pipe.")
MIDDLE_EXC(ConnectionError, ConnectionAbortedError, PyOSErrorObject, OSError,
           "Connection aborted.")
MIDDLE_EXC(ConnectionError, ConnectionRefusedError, PyOSErrorObject, OSError,
           "Connection refused.")
MIDDLE_EXC(ConnectionError, ConnectionResetError, PyOSErrorObject, OSError,
           "Connection reset.")
MIDDLE_EXC(OSError, FileExistsError, PyOSErrorObject, OSError, "File already exists.")
MIDDLE_EXC(OSError, FileNotFoundError, PyOSErrorObject, OSError, "File not found.")
MIDDLE_EXC(OSError, IsADirectoryError, PyOSErrorObject, OSError,
           "Operation doesn't work on directories.")
MIDDLE_EXC(OSError, NotADirectoryError, PyOSErrorObject, OSError,
           "Operation only works on directories.")
MIDDLE_EXC(OSError, InterruptedError, PyOSErrorObject, OSError,
           "Interrupted by signal.")
MIDDLE_EXC(OSError, PermissionError, PyOSErrorObject, OSError,
           "Not enough permissions.")
MIDDLE_EXC(OSError, ProcessLookupError, PyOSErrorObject, OSError,
           "Process not found.")
MIDDLE_EXC(OSError, TimeoutError, PyOSErrorObject, OSError, "Timeout expired.")

SIMPLE_EXC(Exception, EOFError, "Read beyond end of file.")
SIMPLE_EXC(Exception, RuntimeError, "Unspecified run-time error.")
SIMPLE_EXC(RuntimeError, RecursionError, "Recursion limit exceeded.")
SIMPLE_EXC(RuntimeError, NotImplementedError,
           "Method or function hasn't been implemented yet.")

/* ====================================================================
 * NameError, AttributeError (3.11: name and obj)
 * ==================================================================== */

static int
NameError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", NULL};
    PyObject *name = NULL;
    if (BaseException_init(op, args, NULL) < 0)
        return -1;
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return -1;
    char fmt[64];
    snprintf(fmt, sizeof fmt, "|$O:%s", Py_TYPE(op)->tp_name);
    int ok = PyArg_ParseTupleAndKeywords(empty, kwds, fmt, kwlist, &name);
    Py_DECREF(empty);
    if (!ok)
        return -1;
    Py_XSETREF(((PyNameErrorObject *)op)->name, Py_XNewRef(name));
    return 0;
}

static int
NameError_clear(PyObject *op)
{
    Py_CLEAR(((PyNameErrorObject *)op)->name);
    Py_CLEAR(((PyNameErrorObject *)op)->obj);
    return BaseException_clear(op);
}

static void
NameError_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    NameError_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
NameError_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((PyNameErrorObject *)op)->name);
    Py_VISIT(((PyNameErrorObject *)op)->obj);
    return BaseException_traverse(op, visit, arg);
}

static PyMemberDef NameError_members[] = {
    {"name", T_OBJECT, offsetof(PyNameErrorObject, name), 0, "name"},
    {NULL, 0, 0, 0, NULL}
};

COMPLEX_EXC(Exception, NameError, PyNameErrorObject, NameError, NULL, NameError_members,
            NULL, NULL, "Name not found globally.")
MIDDLE_EXC(NameError, UnboundLocalError, PyNameErrorObject, NameError,
           "Local name referenced but not bound to a value.")

#define AttributeError_clear NameError_clear
#define AttributeError_dealloc NameError_dealloc
#define AttributeError_traverse NameError_traverse

static int
AttributeError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "obj", NULL};
    PyObject *name = NULL, *obj = NULL;
    if (BaseException_init(op, args, NULL) < 0)
        return -1;
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return -1;
    char fmt[64];
    snprintf(fmt, sizeof fmt, "|$OO:%s", Py_TYPE(op)->tp_name);
    int ok = PyArg_ParseTupleAndKeywords(empty, kwds, fmt, kwlist, &name, &obj);
    Py_DECREF(empty);
    if (!ok)
        return -1;
    Py_XSETREF(((PyAttributeErrorObject *)op)->name, Py_XNewRef(name));
    Py_XSETREF(((PyAttributeErrorObject *)op)->obj, Py_XNewRef(obj));
    return 0;
}

static PyMemberDef AttributeError_members[] = {
    {"name", T_OBJECT, offsetof(PyAttributeErrorObject, name), 0, "attribute name"},
    {"obj", T_OBJECT, offsetof(PyAttributeErrorObject, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL}
};

COMPLEX_EXC(Exception, AttributeError, PyAttributeErrorObject, AttributeError, NULL,
            AttributeError_members, NULL, NULL, "Attribute not found.")

/* ====================================================================
 * SyntaxError
 * ==================================================================== */

static int
SyntaxError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    PySyntaxErrorObject *self = (PySyntaxErrorObject *)op;
    if (BaseException_init(op, args, kwds) < 0)
        return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n >= 1)
        Py_XSETREF(self->msg, Py_NewRef(PyTuple_GET_ITEM(args, 0)));
    if (n == 2) {
        PyObject *info = PySequence_Tuple(PyTuple_GET_ITEM(args, 1));
        if (info == NULL)
            return -1;
        PyObject *filename, *lineno, *offset, *text, *end_lineno = NULL, *end_offset = NULL;
        if (!PyArg_ParseTuple(info, "OOOO|OO", &filename, &lineno, &offset, &text,
                              &end_lineno, &end_offset)) {
            Py_DECREF(info);
            return -1;
        }
        Py_XSETREF(self->filename, Py_NewRef(filename));
        Py_XSETREF(self->lineno, Py_NewRef(lineno));
        Py_XSETREF(self->offset, Py_NewRef(offset));
        Py_XSETREF(self->text, Py_NewRef(text));
        Py_XSETREF(self->end_lineno, Py_XNewRef(end_lineno));
        Py_XSETREF(self->end_offset, Py_XNewRef(end_offset));
        Py_DECREF(info);
        if (self->end_lineno != NULL && self->end_offset == NULL) {
            PyErr_SetString(PyExc_TypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
    }
    return 0;
}

static int
SyntaxError_clear(PyObject *op)
{
    PySyntaxErrorObject *self = (PySyntaxErrorObject *)op;
    Py_CLEAR(self->msg);
    Py_CLEAR(self->filename);
    Py_CLEAR(self->lineno);
    Py_CLEAR(self->offset);
    Py_CLEAR(self->end_lineno);
    Py_CLEAR(self->end_offset);
    Py_CLEAR(self->text);
    Py_CLEAR(self->print_file_and_line);
    return BaseException_clear(op);
}

static void
SyntaxError_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    SyntaxError_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
SyntaxError_traverse(PyObject *op, visitproc visit, void *arg)
{
    PySyntaxErrorObject *self = (PySyntaxErrorObject *)op;
    Py_VISIT(self->msg);
    Py_VISIT(self->filename);
    Py_VISIT(self->lineno);
    Py_VISIT(self->offset);
    Py_VISIT(self->end_lineno);
    Py_VISIT(self->end_offset);
    Py_VISIT(self->text);
    Py_VISIT(self->print_file_and_line);
    return BaseException_traverse(op, visit, arg);
}

/* The last path component, which is what SyntaxError's str shows. */
static PyObject *
path_basename(PyObject *filename)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(filename);
    Py_ssize_t slash = PyUnicode_FindChar(filename, '/', 0, len, -1);
    if (slash == -2)
        return NULL;
    if (slash < 0)
        return Py_NewRef(filename);
    return PyUnicode_Substring(filename, slash + 1, len);
}

static PyObject *
SyntaxError_str(PyObject *op)
{
    PySyntaxErrorObject *self = (PySyntaxErrorObject *)op;
    PyObject *filename = NULL, *res;
    if (self->filename && PyUnicode_Check(self->filename)) {
        filename = path_basename(self->filename);
        if (filename == NULL)
            return NULL;
    }
    int have_lineno = self->lineno && PyLong_CheckExact(self->lineno);
    PyObject *msg = self->msg ? self->msg : Py_None;
    if (filename && have_lineno)
        res = PyUnicode_FromFormat("%S (%U, line %ld)", msg, filename,
                                   PyLong_AsLong(self->lineno));
    else if (filename)
        res = PyUnicode_FromFormat("%S (%U)", msg, filename);
    else if (have_lineno)
        res = PyUnicode_FromFormat("%S (line %ld)", msg, PyLong_AsLong(self->lineno));
    else
        res = PyObject_Str(msg);
    Py_XDECREF(filename);
    return res;
}

static PyMemberDef SyntaxError_members[] = {
    {"msg", T_OBJECT, offsetof(PySyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", T_OBJECT, offsetof(PySyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", T_OBJECT, offsetof(PySyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", T_OBJECT, offsetof(PySyntaxErrorObject, offset), 0, "exception offset"},
    {"text", T_OBJECT, offsetof(PySyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", T_OBJECT, offsetof(PySyntaxErrorObject, end_lineno), 0,
     "exception end lineno"},
    {"end_offset", T_OBJECT, offsetof(PySyntaxErrorObject, end_offset), 0,
     "exception end offset"},
    {"print_file_and_line", T_OBJECT, offsetof(PySyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL}
};

COMPLEX_EXC(Exception, SyntaxError, PySyntaxErrorObject, SyntaxError, NULL,
            SyntaxError_members, NULL, SyntaxError_str, "Invalid syntax.")
MIDDLE_EXC(SyntaxError, IndentationError, PySyntaxErrorObject, SyntaxError,
           "Improper indentation.")
MIDDLE_EXC(IndentationError, TabError, PySyntaxErrorObject, SyntaxError,
           "Improper mixture of spaces and tabs.")

/* ====================================================================
 * LookupError, KeyError and friends
 * ==================================================================== */

SIMPLE_EXC(Exception, LookupError, "Base class for lookup errors.")
SIMPLE_EXC(LookupError, IndexError, "Sequence index out of range.")

static PyObject *
KeyError_str(PyObject *op)
{
    PyBaseExceptionObject *self = (PyBaseExceptionObject *)op;
    if (PyTuple_GET_SIZE(self->args) == 1)
        return PyObject_Repr(PyTuple_GET_ITEM(self->args, 0));
    return BaseException_str(op);
}

#define KeyError_dealloc BaseException_dealloc
#define KeyError_traverse BaseException_traverse
#define KeyError_clear BaseException_clear
#define KeyError_init BaseException_init
COMPLEX_EXC(LookupError, KeyError, PyBaseExceptionObject, KeyError, NULL, NULL, NULL,
            KeyError_str, "Mapping key not found.")

SIMPLE_EXC(Exception, ValueError, "Inappropriate argument value (of correct type).")
SIMPLE_EXC(ValueError, UnicodeError, "Unicode related error.")

/* ====================================================================
 * Unicode errors
 * ==================================================================== */

static PyObject *
UnicodeError_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *self = BaseException_new(type, args, kwds);
    if (self) {
        PyUnicodeErrorObject *u = (PyUnicodeErrorObject *)self;
        u->encoding = u->object = u->reason = NULL;
        u->start = u->end = 0;
    }
    return self;
}

static int
UnicodeError_clear(PyObject *op)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    Py_CLEAR(self->encoding);
    Py_CLEAR(self->object);
    Py_CLEAR(self->reason);
    return BaseException_clear(op);
}

static void
UnicodeError_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    UnicodeError_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int
UnicodeError_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    Py_VISIT(self->encoding);
    Py_VISIT(self->object);
    Py_VISIT(self->reason);
    return BaseException_traverse(op, visit, arg);
}

static PyMemberDef UnicodeError_members[] = {
    {"encoding", T_OBJECT, offsetof(PyUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", T_OBJECT, offsetof(PyUnicodeErrorObject, object), 0, "exception object"},
    {"start", T_PYSSIZET, offsetof(PyUnicodeErrorObject, start), 0, "exception start"},
    {"end", T_PYSSIZET, offsetof(PyUnicodeErrorObject, end), 0, "exception end"},
    {"reason", T_OBJECT, offsetof(PyUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL}
};

static int
UnicodeEncodeError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    if (BaseException_init(op, args, kwds) < 0)
        return -1;
    PyObject *encoding, *object, *reason;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "UUnnU", &encoding, &object, &start, &end, &reason))
        return -1;
    Py_XSETREF(self->encoding, Py_NewRef(encoding));
    Py_XSETREF(self->object, Py_NewRef(object));
    Py_XSETREF(self->reason, Py_NewRef(reason));
    self->start = start;
    self->end = end;
    return 0;
}

/* '\xe9', '\u1234' or '\U0001f600', the way the encode and translate
 * errors show one bad character. */
static void
format_bad_char(char *buf, size_t size, Py_UCS4 ch)
{
    if (ch <= 0xff)
        snprintf(buf, size, "\\x%02x", (unsigned)ch);
    else if (ch <= 0xffff)
        snprintf(buf, size, "\\u%04x", (unsigned)ch);
    else
        snprintf(buf, size, "\\U%08x", (unsigned)ch);
}

static PyObject *
unicode_char_error_str(PyObject *op, const char *verb, int with_encoding)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    if (self->object == NULL || !PyUnicode_Check(self->object))
        return PyUnicode_FromString("");
    PyObject *reason = PyObject_Str(self->reason ? self->reason : Py_None);
    if (reason == NULL)
        return NULL;
    PyObject *encoding = NULL;
    if (with_encoding) {
        encoding = PyObject_Str(self->encoding ? self->encoding : Py_None);
        if (encoding == NULL) {
            Py_DECREF(reason);
            return NULL;
        }
    }
    PyObject *res;
    Py_ssize_t len = PyUnicode_GET_LENGTH(self->object);
    if (self->start < len && self->end == self->start + 1) {
        char buf[16];
        format_bad_char(buf, sizeof buf, PyUnicode_READ_CHAR(self->object, self->start));
        if (with_encoding)
            res = PyUnicode_FromFormat("'%U' codec can't %s character '%s' in position %zd: %U",
                                       encoding, verb, buf, self->start, reason);
        else
            res = PyUnicode_FromFormat("can't %s character '%s' in position %zd: %U",
                                       verb, buf, self->start, reason);
    } else if (with_encoding) {
        res = PyUnicode_FromFormat("'%U' codec can't %s characters in position %zd-%zd: %U",
                                   encoding, verb, self->start, self->end - 1, reason);
    } else {
        res = PyUnicode_FromFormat("can't %s characters in position %zd-%zd: %U",
                                   verb, self->start, self->end - 1, reason);
    }
    Py_DECREF(reason);
    Py_XDECREF(encoding);
    return res;
}

static PyObject *
UnicodeEncodeError_str(PyObject *op)
{
    return unicode_char_error_str(op, "encode", 1);
}

#define UnicodeEncodeError_new UnicodeError_new
#define UnicodeEncodeError_clear UnicodeError_clear
#define UnicodeEncodeError_dealloc UnicodeError_dealloc
#define UnicodeEncodeError_traverse UnicodeError_traverse
COMPLEX_EXC(UnicodeError, UnicodeEncodeError, PyUnicodeErrorObject, UnicodeEncodeError,
            NULL, UnicodeError_members, NULL, UnicodeEncodeError_str,
            "Unicode encoding error.")

static int
UnicodeDecodeError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    if (BaseException_init(op, args, kwds) < 0)
        return -1;
    PyObject *encoding, *object, *reason;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "UOnnU", &encoding, &object, &start, &end, &reason))
        return -1;
    if (PyBytes_Check(object)) {
        Py_INCREF(object);
    } else {
        Py_buffer view;
        if (PyObject_GetBuffer(object, &view, PyBUF_SIMPLE) < 0)
            return -1;
        object = PyBytes_FromStringAndSize(view.buf, view.len);
        PyBuffer_Release(&view);
        if (object == NULL)
            return -1;
    }
    Py_XSETREF(self->encoding, Py_NewRef(encoding));
    Py_XSETREF(self->object, object);
    Py_XSETREF(self->reason, Py_NewRef(reason));
    self->start = start;
    self->end = end;
    return 0;
}

static PyObject *
UnicodeDecodeError_str(PyObject *op)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    if (self->object == NULL || !PyBytes_Check(self->object))
        return PyUnicode_FromString("");
    PyObject *reason = PyObject_Str(self->reason ? self->reason : Py_None);
    if (reason == NULL)
        return NULL;
    PyObject *encoding = PyObject_Str(self->encoding ? self->encoding : Py_None);
    if (encoding == NULL) {
        Py_DECREF(reason);
        return NULL;
    }
    PyObject *res;
    if (self->start < PyBytes_GET_SIZE(self->object) && self->end == self->start + 1) {
        int byte = (unsigned char)PyBytes_AS_STRING(self->object)[self->start];
        char buf[8];
        snprintf(buf, sizeof buf, "%02x", byte);
        res = PyUnicode_FromFormat("'%U' codec can't decode byte 0x%s in position %zd: %U",
                                   encoding, buf, self->start, reason);
    } else {
        res = PyUnicode_FromFormat("'%U' codec can't decode bytes in position %zd-%zd: %U",
                                   encoding, self->start, self->end - 1, reason);
    }
    Py_DECREF(reason);
    Py_DECREF(encoding);
    return res;
}

#define UnicodeDecodeError_new UnicodeError_new
#define UnicodeDecodeError_clear UnicodeError_clear
#define UnicodeDecodeError_dealloc UnicodeError_dealloc
#define UnicodeDecodeError_traverse UnicodeError_traverse
COMPLEX_EXC(UnicodeError, UnicodeDecodeError, PyUnicodeErrorObject, UnicodeDecodeError,
            NULL, UnicodeError_members, NULL, UnicodeDecodeError_str,
            "Unicode decoding error.")

PyObject *
PyUnicodeDecodeError_Create(const char *encoding, const char *object, Py_ssize_t length,
                            Py_ssize_t start, Py_ssize_t end, const char *reason)
{
    return PyObject_CallFunction(PyExc_UnicodeDecodeError, "sy#nns", encoding, object,
                                 length, start, end, reason);
}

static int
UnicodeTranslateError_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    PyUnicodeErrorObject *self = (PyUnicodeErrorObject *)op;
    if (BaseException_init(op, args, kwds) < 0)
        return -1;
    PyObject *object, *reason;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "UnnU", &object, &start, &end, &reason))
        return -1;
    Py_XSETREF(self->object, Py_NewRef(object));
    Py_XSETREF(self->reason, Py_NewRef(reason));
    self->start = start;
    self->end = end;
    return 0;
}

static PyObject *
UnicodeTranslateError_str(PyObject *op)
{
    return unicode_char_error_str(op, "translate", 0);
}

#define UnicodeTranslateError_new UnicodeError_new
#define UnicodeTranslateError_clear UnicodeError_clear
#define UnicodeTranslateError_dealloc UnicodeError_dealloc
#define UnicodeTranslateError_traverse UnicodeError_traverse
COMPLEX_EXC(UnicodeError, UnicodeTranslateError, PyUnicodeErrorObject,
            UnicodeTranslateError, NULL, UnicodeError_members, NULL,
            UnicodeTranslateError_str, "Unicode translation error.")

SIMPLE_EXC(Exception, AssertionError, "Assertion failed.")
SIMPLE_EXC(Exception, ArithmeticError, "Base class for arithmetic errors.")
SIMPLE_EXC(ArithmeticError, FloatingPointError, "Floating point operation failed.")
SIMPLE_EXC(ArithmeticError, OverflowError, "Result too large to be represented.")
SIMPLE_EXC(ArithmeticError, ZeroDivisionError,
           "Second argument to a division or modulo operation was zero.")
SIMPLE_EXC(Exception, SystemError,
           "Internal error in the Python interpreter.\n\n"
           "Please report this to the Python maintainer, along with the traceback,\n"
           "the Python version, and the hardware/OS platform and version.")
SIMPLE_EXC(Exception, ReferenceError, "Weak ref proxy used after referent went away.")
SIMPLE_EXC(BaseException, KeyboardInterrupt, "Program interrupted by user.")
SIMPLE_EXC(Exception, MemoryError, "Out of memory.")
SIMPLE_EXC(Exception, BufferError, "Buffer error.")

SIMPLE_EXC(Exception, Warning, "Base class for warning categories.")
SIMPLE_EXC(Warning, UserWarning, "Base class for warnings generated by user code.")
SIMPLE_EXC(Warning, DeprecationWarning,
           "Base class for warnings about deprecated features.")
SIMPLE_EXC(Warning, PendingDeprecationWarning,
           "Base class for warnings about features which will be deprecated\n"
           "in the future.")
SIMPLE_EXC(Warning, SyntaxWarning, "Base class for warnings about dubious syntax.")
SIMPLE_EXC(Warning, RuntimeWarning,
           "Base class for warnings about dubious runtime behavior.")
SIMPLE_EXC(Warning, FutureWarning,
           "Base class for warnings about constructs that will change semantically\n"
           "in the future.")
SIMPLE_EXC(Warning, ImportWarning,
           "Base class for warnings about probable mistakes in module imports")
SIMPLE_EXC(Warning, UnicodeWarning,
           "Base class for warnings about Unicode related problems, mostly\n"
           "related to conversion problems.")
SIMPLE_EXC(Warning, BytesWarning,
           "Base class for warnings about bytes and buffer related problems, mostly\n"
           "related to conversion from str or comparing to str.")
SIMPLE_EXC(Warning, EncodingWarning, "Base class for warnings about encodings.")
SIMPLE_EXC(Warning, ResourceWarning,
           "Base class for warnings about resource usage.")

/* ====================================================================
 * Initialisation
 * ==================================================================== */

/* Every static exception type, readied level by level of the hierarchy
 * and alphabetically within a level: readying links a type into its
 * base's __subclasses__(), whose order users can see (CPython's order). */
static PyTypeObject *const exception_types[] = {
    &_PyExc_BaseException,
    &_PyExc_BaseExceptionGroup, &_PyExc_Exception, &_PyExc_GeneratorExit,
    &_PyExc_KeyboardInterrupt, &_PyExc_SystemExit,
    &_PyExc_ArithmeticError, &_PyExc_AssertionError, &_PyExc_AttributeError,
    &_PyExc_BufferError, &_PyExc_EOFError, &_PyExc_ImportError, &_PyExc_LookupError,
    &_PyExc_MemoryError, &_PyExc_NameError, &_PyExc_OSError, &_PyExc_ReferenceError,
    &_PyExc_RuntimeError, &_PyExc_StopAsyncIteration, &_PyExc_StopIteration,
    &_PyExc_SyntaxError, &_PyExc_SystemError, &_PyExc_TypeError, &_PyExc_ValueError,
    &_PyExc_Warning,
    &_PyExc_FloatingPointError, &_PyExc_OverflowError, &_PyExc_ZeroDivisionError,
    &_PyExc_BytesWarning, &_PyExc_DeprecationWarning, &_PyExc_EncodingWarning,
    &_PyExc_FutureWarning, &_PyExc_ImportWarning, &_PyExc_PendingDeprecationWarning,
    &_PyExc_ResourceWarning, &_PyExc_RuntimeWarning, &_PyExc_SyntaxWarning,
    &_PyExc_UnicodeWarning, &_PyExc_UserWarning, &_PyExc_BlockingIOError,
    &_PyExc_ChildProcessError, &_PyExc_ConnectionError, &_PyExc_FileExistsError,
    &_PyExc_FileNotFoundError, &_PyExc_InterruptedError, &_PyExc_IsADirectoryError,
    &_PyExc_NotADirectoryError, &_PyExc_PermissionError, &_PyExc_ProcessLookupError,
    &_PyExc_TimeoutError, &_PyExc_IndentationError, &_PyExc_IndexError, &_PyExc_KeyError,
    &_PyExc_ModuleNotFoundError, &_PyExc_NotImplementedError, &_PyExc_RecursionError,
    &_PyExc_UnboundLocalError, &_PyExc_UnicodeError,
    &_PyExc_BrokenPipeError, &_PyExc_ConnectionAbortedError, &_PyExc_ConnectionRefusedError,
    &_PyExc_ConnectionResetError, &_PyExc_TabError, &_PyExc_UnicodeDecodeError,
    &_PyExc_UnicodeEncodeError, &_PyExc_UnicodeTranslateError,
};

static int
errmap_add(int code, PyObject *type)
{
    PyObject *key = PyLong_FromLong(code);
    if (key == NULL)
        return -1;
    int r = PyDict_SetItem(oserror_errmap, key, type);
    Py_DECREF(key);
    return r;
}

PyObject *
_KrOSError_TypeForErrno(int code)
{
    if (oserror_errmap == NULL)
        return NULL;
    PyObject *key = PyLong_FromLong(code);
    if (key == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *res = PyDict_GetItem(oserror_errmap, key);
    Py_DECREF(key);
    return res;
}

int
_KrExceptions_Init(void)
{
    for (size_t i = 0; i < Py_ARRAY_LENGTH(exception_types); i++) {
        if (PyType_Ready(exception_types[i]) < 0)
            return -1;
    }
    if (PyExc_ExceptionGroup == NULL) {
        PyObject *bases = PyTuple_Pack(2, PyExc_BaseExceptionGroup, PyExc_Exception);
        if (bases == NULL)
            return -1;
        PyExc_ExceptionGroup = PyErr_NewException("builtins.ExceptionGroup", bases, NULL);
        Py_DECREF(bases);
        if (PyExc_ExceptionGroup == NULL)
            return -1;
    }
    if (oserror_errmap == NULL) {
        oserror_errmap = PyDict_New();
        if (oserror_errmap == NULL)
            return -1;
        struct { int code; PyObject *type; } map[] = {
            {EAGAIN, PyExc_BlockingIOError}, {EALREADY, PyExc_BlockingIOError},
            {EINPROGRESS, PyExc_BlockingIOError}, {EWOULDBLOCK, PyExc_BlockingIOError},
            {EPIPE, PyExc_BrokenPipeError},
#ifdef ESHUTDOWN
            {ESHUTDOWN, PyExc_BrokenPipeError},
#endif
            {ECHILD, PyExc_ChildProcessError}, {ECONNABORTED, PyExc_ConnectionAbortedError},
            {ECONNREFUSED, PyExc_ConnectionRefusedError},
            {ECONNRESET, PyExc_ConnectionResetError}, {EEXIST, PyExc_FileExistsError},
            {ENOENT, PyExc_FileNotFoundError}, {EISDIR, PyExc_IsADirectoryError},
            {ENOTDIR, PyExc_NotADirectoryError}, {EINTR, PyExc_InterruptedError},
            {EACCES, PyExc_PermissionError}, {EPERM, PyExc_PermissionError},
            {ESRCH, PyExc_ProcessLookupError}, {ETIMEDOUT, PyExc_TimeoutError},
        };
        for (size_t i = 0; i < Py_ARRAY_LENGTH(map); i++) {
            if (errmap_add(map[i].code, map[i].type) < 0)
                return -1;
        }
    }
    return 0;
}

int
_KrExceptions_AddToBuiltins(PyObject *bdict)
{
#define ADD_EXC(name) \
    if (PyDict_SetItemString(bdict, #name, PyExc_##name) < 0) return -1;
    KR_EXC_LIST(ADD_EXC)
#undef ADD_EXC
    if (PyDict_SetItemString(bdict, "EnvironmentError", PyExc_OSError) < 0 ||
        PyDict_SetItemString(bdict, "IOError", PyExc_OSError) < 0)
        return -1;
    return 0;
}
