/* Python functions, classmethod and staticmethod.
 *
 * A function is a code object plus what a `def` statement captured when
 * it ran: globals (and the builtins found through them), defaults,
 * keyword-only defaults, the closure cells, annotations, and the
 * function's own __dict__.  Calling one is _PyFunction_Vectorcall in the
 * VM (a frame is pushed, no C recursion).
 *
 * Functions are non-data descriptors: looked up on a class through an
 * instance they bind (`__get__` -> bound method), which is what makes
 * them methods.  They carry Py_TPFLAGS_METHOD_DESCRIPTOR so the VM and
 * slot dispatch can skip making the bound method.  classmethod binds to
 * the class instead, and staticmethod does not bind at all.
 *
 * Annotations may be stored as the flat tuple (name, value, ...) that
 * MAKE_FUNCTION receives; __annotations__ turns it into a dict on first
 * access. */
#include "Python.h"
#include "kr_frame.h"

/* ===================================================================
 * Construction
 * =================================================================== */

static PyObject *
builtins_from_globals(PyObject *globals)
{
    PyObject *builtins = PyDict_GetItemWithError(globals, _Py_ID(__builtins__));
    if (builtins != NULL) {
        if (PyModule_Check(builtins))
            builtins = PyModule_GetDict(builtins);
        return builtins;
    }
    if (PyErr_Occurred())
        return NULL;
    return _PyEval_GetBuiltins(PyThreadState_GET());
}

PyObject *
PyFunction_NewWithQualName(PyObject *code, PyObject *globals, PyObject *qualname)
{
    if (!PyCode_Check(code) || !PyDict_Check(globals)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyCodeObject *co = (PyCodeObject *)code;
    PyObject *builtins = builtins_from_globals(globals);
    if (builtins == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "no builtins for a new function");
        return NULL;
    }
    PyObject *module = PyDict_GetItemWithError(globals, _Py_ID(__name__));
    if (module == NULL && PyErr_Occurred())
        return NULL;
    PyObject *doc = Py_None;
    if (PyTuple_GET_SIZE(co->co_consts) >= 1) {
        doc = PyTuple_GET_ITEM(co->co_consts, 0);
        if (!PyUnicode_Check(doc))
            doc = Py_None;
    }
    PyFunctionObject *op = PyObject_GC_New(PyFunctionObject, &PyFunction_Type);
    if (op == NULL)
        return NULL;
    op->func_globals = Py_NewRef(globals);
    op->func_builtins = Py_NewRef(builtins);
    op->func_name = Py_NewRef(co->co_name);
    op->func_qualname = Py_NewRef(qualname != NULL ? qualname : co->co_qualname);
    op->func_code = Py_NewRef(code);
    op->func_defaults = NULL;
    op->func_kwdefaults = NULL;
    op->func_closure = NULL;
    op->func_doc = Py_NewRef(doc);
    op->func_dict = NULL;
    op->func_weakreflist = NULL;
    op->func_module = Py_XNewRef(module);
    op->func_annotations = NULL;
    op->vectorcall = _PyFunction_Vectorcall;
    op->func_version = 0;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

PyObject *
PyFunction_New(PyObject *code, PyObject *globals)
{
    return PyFunction_NewWithQualName(code, globals, NULL);
}

/* ===================================================================
 * C accessors
 * =================================================================== */

#define CHECK_FUNC(op, ret) \
    if (!PyFunction_Check(op)) { PyErr_BadInternalCall(); return ret; }

PyObject *PyFunction_GetCode(PyObject *op) { CHECK_FUNC(op, NULL) return ((PyFunctionObject *)op)->func_code; }
PyObject *PyFunction_GetGlobals(PyObject *op) { CHECK_FUNC(op, NULL) return ((PyFunctionObject *)op)->func_globals; }
PyObject *PyFunction_GetModule(PyObject *op) { CHECK_FUNC(op, NULL) return ((PyFunctionObject *)op)->func_module; }
PyObject *PyFunction_GetDefaults(PyObject *op) { CHECK_FUNC(op, NULL) return ((PyFunctionObject *)op)->func_defaults; }
PyObject *PyFunction_GetKwDefaults(PyObject *op) { CHECK_FUNC(op, NULL) return ((PyFunctionObject *)op)->func_kwdefaults; }
PyObject *PyFunction_GetClosure(PyObject *op) { CHECK_FUNC(op, NULL) return ((PyFunctionObject *)op)->func_closure; }

int
PyFunction_SetDefaults(PyObject *op, PyObject *defaults)
{
    CHECK_FUNC(op, -1)
    if (defaults == Py_None)
        defaults = NULL;
    else if (defaults != NULL && !PyTuple_Check(defaults)) {
        PyErr_SetString(PyExc_SystemError, "non-tuple default args");
        return -1;
    }
    ((PyFunctionObject *)op)->func_version = 0;
    Py_XINCREF(defaults);
    Py_XSETREF(((PyFunctionObject *)op)->func_defaults, defaults);
    return 0;
}

int
PyFunction_SetKwDefaults(PyObject *op, PyObject *defaults)
{
    CHECK_FUNC(op, -1)
    if (defaults == Py_None)
        defaults = NULL;
    else if (defaults != NULL && !PyDict_Check(defaults)) {
        PyErr_SetString(PyExc_SystemError, "non-dict keyword only default args");
        return -1;
    }
    ((PyFunctionObject *)op)->func_version = 0;
    Py_XINCREF(defaults);
    Py_XSETREF(((PyFunctionObject *)op)->func_kwdefaults, defaults);
    return 0;
}

int
PyFunction_SetClosure(PyObject *op, PyObject *closure)
{
    CHECK_FUNC(op, -1)
    if (closure == Py_None)
        closure = NULL;
    else if (closure != NULL && !PyTuple_Check(closure)) {
        PyErr_Format(PyExc_SystemError, "expected tuple for closure, got '%.100s'",
                     Py_TYPE(closure)->tp_name);
        return -1;
    }
    ((PyFunctionObject *)op)->func_version = 0;
    Py_XINCREF(closure);
    Py_XSETREF(((PyFunctionObject *)op)->func_closure, closure);
    return 0;
}

/* the annotations as a dict, converting the compiler's flat tuple */
static PyObject *
func_get_annotation_dict(PyFunctionObject *op)
{
    if (op->func_annotations == NULL)
        return NULL;
    if (PyTuple_CheckExact(op->func_annotations)) {
        PyObject *ann_tuple = op->func_annotations;
        PyObject *ann_dict = PyDict_New();
        if (ann_dict == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i + 1 < PyTuple_GET_SIZE(ann_tuple); i += 2) {
            if (PyDict_SetItem(ann_dict, PyTuple_GET_ITEM(ann_tuple, i),
                               PyTuple_GET_ITEM(ann_tuple, i + 1)) < 0) {
                Py_DECREF(ann_dict);
                return NULL;
            }
        }
        Py_SETREF(op->func_annotations, ann_dict);
    }
    return op->func_annotations;
}

PyObject *
PyFunction_GetAnnotations(PyObject *op)
{
    CHECK_FUNC(op, NULL)
    return func_get_annotation_dict((PyFunctionObject *)op);
}

int
PyFunction_SetAnnotations(PyObject *op, PyObject *annotations)
{
    CHECK_FUNC(op, -1)
    if (annotations == Py_None)
        annotations = NULL;
    else if (annotations != NULL && !PyDict_Check(annotations)) {
        PyErr_SetString(PyExc_SystemError, "non-dict annotations");
        return -1;
    }
    Py_XINCREF(annotations);
    Py_XSETREF(((PyFunctionObject *)op)->func_annotations, annotations);
    return 0;
}

/* ===================================================================
 * Attributes
 * =================================================================== */

static PyMemberDef func_memberlist[] = {
    {"__closure__", T_OBJECT, offsetof(PyFunctionObject, func_closure), READONLY, NULL},
    {"__doc__", T_OBJECT, offsetof(PyFunctionObject, func_doc), 0, NULL},
    {"__globals__", T_OBJECT, offsetof(PyFunctionObject, func_globals), READONLY, NULL},
    {"__module__", T_OBJECT, offsetof(PyFunctionObject, func_module), 0, NULL},
    {"__builtins__", T_OBJECT, offsetof(PyFunctionObject, func_builtins), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyObject *
func_get_code(PyObject *self, void *closure)
{
    return Py_NewRef(((PyFunctionObject *)self)->func_code);
}

static int
func_set_code(PyObject *self, PyObject *value, void *closure)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    if (value == NULL || !PyCode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Py_ssize_t nfree = ((PyCodeObject *)value)->co_nfreevars;
    Py_ssize_t nclosure = op->func_closure == NULL ? 0 : PyTuple_GET_SIZE(op->func_closure);
    if (nclosure != nfree) {
        PyErr_Format(PyExc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                     op->func_name, nclosure, nfree);
        return -1;
    }
    op->func_version = 0;
    Py_INCREF(value);
    Py_XSETREF(op->func_code, value);
    return 0;
}

static PyObject *
func_get_name(PyObject *self, void *closure)
{
    return Py_NewRef(((PyFunctionObject *)self)->func_name);
}

static int
func_set_name(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    Py_INCREF(value);
    Py_XSETREF(((PyFunctionObject *)self)->func_name, value);
    return 0;
}

static PyObject *
func_get_qualname(PyObject *self, void *closure)
{
    return Py_NewRef(((PyFunctionObject *)self)->func_qualname);
}

static int
func_set_qualname(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Py_INCREF(value);
    Py_XSETREF(((PyFunctionObject *)self)->func_qualname, value);
    return 0;
}

static PyObject *
func_get_defaults(PyObject *self, void *closure)
{
    PyObject *d = ((PyFunctionObject *)self)->func_defaults;
    return Py_NewRef(d == NULL ? Py_None : d);
}

static int
func_set_defaults(PyObject *self, PyObject *value, void *closure)
{
    if (value == Py_None)
        value = NULL;
    if (value != NULL && !PyTuple_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    ((PyFunctionObject *)self)->func_version = 0;
    Py_XINCREF(value);
    Py_XSETREF(((PyFunctionObject *)self)->func_defaults, value);
    return 0;
}

static PyObject *
func_get_kwdefaults(PyObject *self, void *closure)
{
    PyObject *d = ((PyFunctionObject *)self)->func_kwdefaults;
    return Py_NewRef(d == NULL ? Py_None : d);
}

static int
func_set_kwdefaults(PyObject *self, PyObject *value, void *closure)
{
    if (value == Py_None)
        value = NULL;
    if (value != NULL && !PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    ((PyFunctionObject *)self)->func_version = 0;
    Py_XINCREF(value);
    Py_XSETREF(((PyFunctionObject *)self)->func_kwdefaults, value);
    return 0;
}

static PyObject *
func_get_annotations(PyObject *self, void *closure)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    if (op->func_annotations == NULL) {
        op->func_annotations = PyDict_New();
        if (op->func_annotations == NULL)
            return NULL;
    }
    PyObject *d = func_get_annotation_dict(op);
    return Py_XNewRef(d);
}

static int
func_set_annotations(PyObject *self, PyObject *value, void *closure)
{
    if (value == Py_None)
        value = NULL;
    if (value != NULL && !PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    Py_XINCREF(value);
    Py_XSETREF(((PyFunctionObject *)self)->func_annotations, value);
    return 0;
}

static PyGetSetDef func_getsetlist[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* ===================================================================
 * The type
 * =================================================================== */

/* function(code, globals, name=None, argdefs=None, closure=None) */
static PyObject *
func_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure"};
    PyObject *vals[5] = {NULL, NULL, Py_None, Py_None, Py_None};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 5) {
        PyErr_Format(PyExc_TypeError, "function() takes at most 5 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = PyTuple_GET_ITEM(args, i);
    if (kw != NULL) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(kw, &pos, &key, &value)) {
            int i;
            for (i = 0; i < 5; i++) {
                if (PyUnicode_Check(key) && _PyUnicode_EqualToASCIIString(key, names[i]))
                    break;
            }
            if (i == 5) {
                PyErr_Format(PyExc_TypeError, "function() got an unexpected keyword argument '%S'", key);
                return NULL;
            }
            vals[i] = value;
        }
    }
    if (vals[0] == NULL || !PyCode_Check(vals[0])) {
        PyErr_Format(PyExc_TypeError, "function() argument 'code' must be code, not %.200s",
                     vals[0] ? Py_TYPE(vals[0])->tp_name : "missing");
        return NULL;
    }
    if (vals[1] == NULL || !PyDict_Check(vals[1])) {
        PyErr_Format(PyExc_TypeError, "function() argument 'globals' must be dict, not %.200s",
                     vals[1] ? Py_TYPE(vals[1])->tp_name : "missing");
        return NULL;
    }
    PyCodeObject *code = (PyCodeObject *)vals[0];
    PyObject *name = vals[2], *defaults = vals[3], *closure = vals[4];
    if (name != Py_None && !PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "arg 3 (name) must be None or string");
        return NULL;
    }
    if (defaults != Py_None && !PyTuple_Check(defaults)) {
        PyErr_SetString(PyExc_TypeError, "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    if (!PyTuple_Check(closure)) {
        if (closure != Py_None) {
            PyErr_SetString(PyExc_TypeError, "arg 5 (closure) must be None or tuple");
            return NULL;
        }
        if (code->co_nfreevars) {
            PyErr_SetString(PyExc_TypeError, "arg 5 (closure) must be tuple");
            return NULL;
        }
    }
    Py_ssize_t nclosure = closure == Py_None ? 0 : PyTuple_GET_SIZE(closure);
    if (code->co_nfreevars != nclosure) {
        PyErr_Format(PyExc_ValueError, "%U requires closure of length %zd, not %zd",
                     code->co_name, (Py_ssize_t)code->co_nfreevars, nclosure);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nclosure; i++) {
        PyObject *c = PyTuple_GET_ITEM(closure, i);
        if (!PyCell_Check(c)) {
            PyErr_Format(PyExc_TypeError, "arg 5 (closure) expected cell, found %s", Py_TYPE(c)->tp_name);
            return NULL;
        }
    }
    PyFunctionObject *newfunc = (PyFunctionObject *)PyFunction_New(vals[0], vals[1]);
    if (newfunc == NULL)
        return NULL;
    if (name != Py_None) {
        Py_INCREF(name);
        Py_SETREF(newfunc->func_name, name);
    }
    if (defaults != Py_None)
        newfunc->func_defaults = Py_NewRef(defaults);
    if (closure != Py_None)
        newfunc->func_closure = Py_NewRef(closure);
    return (PyObject *)newfunc;
}

static int
func_clear(PyObject *self)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    op->func_version = 0;
    Py_CLEAR(op->func_globals);
    Py_CLEAR(op->func_builtins);
    Py_CLEAR(op->func_module);
    Py_CLEAR(op->func_defaults);
    Py_CLEAR(op->func_kwdefaults);
    Py_CLEAR(op->func_doc);
    Py_CLEAR(op->func_dict);
    Py_CLEAR(op->func_closure);
    Py_CLEAR(op->func_annotations);
    /* name and qualname stay: a repr during collection may want them */
    return 0;
}

static void
func_dealloc(PyObject *self)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    PyObject_GC_UnTrack(op);
    if (op->func_weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    (void)func_clear(self);
    Py_DECREF(op->func_code);
    Py_DECREF(op->func_name);
    Py_DECREF(op->func_qualname);
    PyObject_GC_Del(op);
}

static PyObject *
func_repr(PyObject *self)
{
    PyFunctionObject *op = (PyFunctionObject *)self;
    return PyUnicode_FromFormat("<function %U at %p>", op->func_qualname, op);
}

static int
func_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyFunctionObject *f = (PyFunctionObject *)self;
    Py_VISIT(f->func_code);
    Py_VISIT(f->func_globals);
    Py_VISIT(f->func_builtins);
    Py_VISIT(f->func_module);
    Py_VISIT(f->func_defaults);
    Py_VISIT(f->func_kwdefaults);
    Py_VISIT(f->func_doc);
    Py_VISIT(f->func_name);
    Py_VISIT(f->func_dict);
    Py_VISIT(f->func_closure);
    Py_VISIT(f->func_annotations);
    Py_VISIT(f->func_qualname);
    return 0;
}

/* functions become methods when looked up through an instance */
static PyObject *
func_descr_get(PyObject *func, PyObject *obj, PyObject *type)
{
    if (obj == Py_None || obj == NULL)
        return Py_NewRef(func);
    return PyMethod_New(func, obj);
}

PyTypeObject PyFunction_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "function",
    .tp_basicsize = sizeof(PyFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_vectorcall_offset = offsetof(PyFunctionObject, vectorcall),
    .tp_repr = func_repr,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "function(code, globals, name=None, argdefs=None, closure=None)\n--\n\n"
              "Create a function object.\n\n"
              "  code\n    a code object\n  globals\n    the globals dictionary\n"
              "  name\n    a string that overrides the name from the code object\n"
              "  argdefs\n    a tuple that specifies the default argument values\n"
              "  closure\n    a tuple that supplies the bindings for free variables",
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = offsetof(PyFunctionObject, func_weakreflist),
    .tp_members = func_memberlist,
    .tp_getset = func_getsetlist,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(PyFunctionObject, func_dict),
    .tp_new = func_new,
};

/* ===================================================================
 * classmethod and staticmethod
 * =================================================================== */

/* Both wrap one callable and copy its __module__, __name__, __qualname__,
 * __doc__ and __annotations__ into their own __dict__, as functools.wraps
 * would; __wrapped__ is a member reading the callable, not a dict entry. */
typedef struct {
    PyObject_HEAD
    PyObject *callable;
    PyObject *dict;
} wrapperobject;

static int
wrap_copy_attrs(PyObject *wrapper, PyObject *wrapped)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    PyObject **dictptr = &((wrapperobject *)wrapper)->dict;
    if (*dictptr == NULL && (*dictptr = PyDict_New()) == NULL)
        return -1;
    for (size_t i = 0; i < Py_ARRAY_LENGTH(names); i++) {
        PyObject *key = PyUnicode_InternFromString(names[i]), *value;
        if (key == NULL)
            return -1;
        int found = _PyObject_LookupAttr(wrapped, key, &value);
        if (found <= 0) {
            Py_DECREF(key);
            if (found < 0)
                return -1;
            continue;
        }
        int r = PyDict_SetItem(*dictptr, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (r < 0)
            return -1;
    }
    return 0;
}

static void
wrapper_dealloc(PyObject *self)
{
    wrapperobject *w = (wrapperobject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(w->callable);
    Py_XDECREF(w->dict);
    Py_TYPE(self)->tp_free(self);
}

static int
wrapper_traverse(PyObject *self, visitproc visit, void *arg)
{
    wrapperobject *w = (wrapperobject *)self;
    Py_VISIT(w->callable);
    Py_VISIT(w->dict);
    return 0;
}

static int
wrapper_clear(PyObject *self)
{
    wrapperobject *w = (wrapperobject *)self;
    Py_CLEAR(w->callable);
    Py_CLEAR(w->dict);
    return 0;
}

static int
wrapper_init(PyObject *self, PyObject *args, PyObject *kwds, const char *name)
{
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_Format(PyExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (PyTuple_GET_SIZE(args) != 1) {
        PyErr_Format(PyExc_TypeError, "%s expected 1 argument, got %zd", name, PyTuple_GET_SIZE(args));
        return -1;
    }
    PyObject *callable = PyTuple_GET_ITEM(args, 0);
    Py_INCREF(callable);
    Py_XSETREF(((wrapperobject *)self)->callable, callable);
    return wrap_copy_attrs(self, callable);
}

static PyObject *
wrapper_isabstract(PyObject *self, void *closure)
{
    PyObject *callable = ((wrapperobject *)self)->callable;
    PyObject *v;
    if (callable == NULL)
        Py_RETURN_FALSE;
    if (_PyObject_LookupAttr(callable, _Py_ID(__isabstractmethod__), &v) < 0)
        return NULL;
    if (v == NULL)
        Py_RETURN_FALSE;
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyMemberDef wrapper_memberlist[] = {
    {"__func__", T_OBJECT, offsetof(wrapperobject, callable), READONLY, NULL},
    {"__wrapped__", T_OBJECT, offsetof(wrapperobject, callable), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef wrapper_getsetlist[] = {
    {"__isabstractmethod__", wrapper_isabstract, NULL, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyObject *
cm_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    wrapperobject *cm = (wrapperobject *)self;
    if (cm->callable == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "uninitialized classmethod object");
        return NULL;
    }
    if (type == NULL)
        type = (PyObject *)Py_TYPE(obj);
    /* 3.9-3.12 let a classmethod wrap another descriptor */
    if (Py_TYPE(cm->callable)->tp_descr_get != NULL)
        return Py_TYPE(cm->callable)->tp_descr_get(cm->callable, type, type);
    return PyMethod_New(cm->callable, type);
}

static int
cm_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return wrapper_init(self, args, kwds, "classmethod");
}

static PyObject *
cm_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<classmethod(%R)>", ((wrapperobject *)self)->callable);
}

PyTypeObject PyClassMethod_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(wrapperobject),
    .tp_dealloc = wrapper_dealloc,
    .tp_repr = cm_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "classmethod(function) -> method\n\n"
              "Convert a function to be a class method.",
    .tp_traverse = wrapper_traverse,
    .tp_clear = wrapper_clear,
    .tp_members = wrapper_memberlist,
    .tp_getset = wrapper_getsetlist,
    .tp_descr_get = cm_descr_get,
    .tp_dictoffset = offsetof(wrapperobject, dict),
    .tp_init = cm_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
};

PyObject *
PyClassMethod_New(PyObject *callable)
{
    wrapperobject *cm = (wrapperobject *)PyType_GenericAlloc(&PyClassMethod_Type, 0);
    if (cm == NULL)
        return NULL;
    cm->callable = Py_NewRef(callable);
    /* The C constructor copies no attributes; only calling the type does. */
    return (PyObject *)cm;
}

static PyObject *
sm_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    wrapperobject *sm = (wrapperobject *)self;
    if (sm->callable == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "uninitialized staticmethod object");
        return NULL;
    }
    return Py_NewRef(sm->callable);
}

static int
sm_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return wrapper_init(self, args, kwds, "staticmethod");
}

static PyObject *
sm_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return PyObject_Call(((wrapperobject *)self)->callable, args, kwargs);
}

static PyObject *
sm_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<staticmethod(%R)>", ((wrapperobject *)self)->callable);
}

PyTypeObject PyStaticMethod_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(wrapperobject),
    .tp_dealloc = wrapper_dealloc,
    .tp_repr = sm_repr,
    .tp_call = sm_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "staticmethod(function) -> method\n\n"
              "Convert a function to be a static method.",
    .tp_traverse = wrapper_traverse,
    .tp_clear = wrapper_clear,
    .tp_members = wrapper_memberlist,
    .tp_getset = wrapper_getsetlist,
    .tp_descr_get = sm_descr_get,
    .tp_dictoffset = offsetof(wrapperobject, dict),
    .tp_init = sm_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
};

PyObject *
PyStaticMethod_New(PyObject *callable)
{
    wrapperobject *sm = (wrapperobject *)PyType_GenericAlloc(&PyStaticMethod_Type, 0);
    if (sm == NULL)
        return NULL;
    sm->callable = Py_NewRef(callable);
    /* The C constructor copies no attributes; only calling the type does. */
    return (PyObject *)sm;
}
