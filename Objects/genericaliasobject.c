/* types.GenericAlias: the value of `list[int]` (PEP 585).
 *
 * An alias records an origin (list) and a tuple of arguments ((int,));
 * builtin classes create one from __class_getitem__ through
 * Py_GenericAlias.  It stands in for its origin almost everywhere:
 * calling it calls the origin, and attribute lookups other than the
 * alias's own few names (ALIAS_OWN below) are forwarded to the origin, so
 * list[int].append is list.append.  As a base class it contributes its
 * origin (__mro_entries__).  isinstance/issubclass refuse it, since the
 * arguments cannot be checked at run time.
 *
 * __parameters__ (the TypeVars among the arguments, in order of first
 * appearance) is computed on first use; an alias without parameters
 * cannot be subscripted further.
 */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_typing.h"
#include "structmember.h"
#include <stddef.h>

typedef struct {
    PyObject_HEAD
    PyObject *origin;
    PyObject *args;             /* always a tuple */
    PyObject *parameters;       /* tuple, computed lazily, or NULL */
    PyObject *weakreflist;
    int starred;                /* *tuple[int] */
} gaobject;

static void
ga_dealloc(PyObject *self)
{
    gaobject *ga = (gaobject *)self;
    PyObject_GC_UnTrack(self);
    if (ga->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    Py_XDECREF(ga->origin);
    Py_XDECREF(ga->args);
    Py_XDECREF(ga->parameters);
    Py_TYPE(self)->tp_free(self);
}

static int
ga_traverse(PyObject *self, visitproc visit, void *arg)
{
    gaobject *ga = (gaobject *)self;
    Py_VISIT(ga->origin);
    Py_VISIT(ga->args);
    Py_VISIT(ga->parameters);
    return 0;
}

static int
ga_clear(PyObject *self)
{
    gaobject *ga = (gaobject *)self;
    Py_CLEAR(ga->origin);
    Py_CLEAR(ga->args);
    Py_CLEAR(ga->parameters);
    return 0;
}

static int
ga_setup(gaobject *ga, PyObject *origin, PyObject *args)
{
    if (PyTuple_Check(args))
        Py_INCREF(args);
    else if ((args = PyTuple_Pack(1, args)) == NULL)
        return -1;
    ga->origin = Py_NewRef(origin);
    ga->args = args;
    ga->parameters = NULL;
    ga->weakreflist = NULL;
    ga->starred = 0;
    return 0;
}

PyObject *
Py_GenericAlias(PyObject *origin, PyObject *args)
{
    gaobject *ga = PyObject_GC_New(gaobject, &Py_GenericAliasType);
    if (ga == NULL)
        return NULL;
    if (ga_setup(ga, origin, args) < 0) {
        ga->origin = ga->args = ga->parameters = ga->weakreflist = NULL;
        Py_DECREF(ga);
        return NULL;
    }
    PyObject_GC_Track(ga);
    return (PyObject *)ga;
}

/* A TypeVar-like argument is one typing can substitute (it has
 * __typing_subst__); other non-class arguments may carry parameters of
 * their own (dict[str, list[T]]). */
PyObject *
_Py_make_parameters(PyObject *args)
{
    PyObject *params = PyList_New(0);
    if (params == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        PyObject *t = PyTuple_GET_ITEM(args, i), *attr = NULL;
        if (PyType_Check(t))
            continue;
        int found = _PyObject_LookupAttr(t, _Py_ID(__typing_subst__), &attr);
        if (found < 0)
            goto error;
        if (found) {
            Py_DECREF(attr);
            int has = PySequence_Contains(params, t);
            if (has < 0 || (!has && PyList_Append(params, t) < 0))
                goto error;
            continue;
        }
        found = _PyObject_LookupAttr(t, _Py_ID(__parameters__), &attr);
        if (found < 0)
            goto error;
        if (found && PyTuple_Check(attr)) {
            for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(attr); j++) {
                PyObject *p = PyTuple_GET_ITEM(attr, j);
                int has = PySequence_Contains(params, p);
                if (has < 0 || (!has && PyList_Append(params, p) < 0)) {
                    Py_DECREF(attr);
                    goto error;
                }
            }
        }
        Py_XDECREF(attr);
    }
    PyObject *result = PyList_AsTuple(params);
    Py_DECREF(params);
    return result;
error:
    Py_DECREF(params);
    return NULL;
}

/* Classes show as qualname (module.qualname outside builtins), ... as
 * "...", aliases and anything else by repr.  Shared with the union's repr
 * (unionobject.c). */
int
_Py_typing_type_repr(_PyUnicodeWriter *w, PyObject *p)
{
    PyObject *qualname = NULL, *module = NULL, *r = NULL, *tmp = NULL;
    int rc = -1, found;

    if (p == Py_Ellipsis)
        return _PyUnicodeWriter_WriteASCIIString(w, "...", 3);
    if ((found = _PyObject_LookupAttr(p, _Py_ID(__origin__), &tmp)) < 0)
        goto done;
    if (found) {
        Py_CLEAR(tmp);
        if ((found = _PyObject_LookupAttr(p, _Py_ID(__args__), &tmp)) < 0)
            goto done;
        Py_CLEAR(tmp);
        if (found)
            goto use_repr;
    }
    if ((found = _PyObject_LookupAttr(p, _Py_ID(__qualname__), &qualname)) < 0)
        goto done;
    if (!found)
        goto use_repr;
    if ((found = _PyObject_LookupAttr(p, _Py_ID(__module__), &module)) < 0)
        goto done;
    if (!found || module == Py_None)
        goto use_repr;
    if (PyUnicode_Check(module) && _PyUnicode_EqualToASCIIString(module, "builtins"))
        r = PyObject_Str(qualname);
    else
        r = PyUnicode_FromFormat("%S.%S", module, qualname);
    goto write;
use_repr:
    r = PyObject_Repr(p);
write:
    if (r != NULL) {
        rc = _PyUnicodeWriter_WriteStr(w, r);
        Py_DECREF(r);
    }
done:
    Py_XDECREF(qualname);
    Py_XDECREF(module);
    return rc;
}

static PyObject *
ga_repr(PyObject *self)
{
    gaobject *ga = (gaobject *)self;
    Py_ssize_t n = PyTuple_GET_SIZE(ga->args);
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    if (ga->starred && _PyUnicodeWriter_WriteASCIIString(&w, "*", 1) < 0)
        goto error;
    if (_Py_typing_type_repr(&w, ga->origin) < 0)
        goto error;
    if (_PyUnicodeWriter_WriteASCIIString(&w, "[", 1) < 0)
        goto error;
    if (n == 0 && _PyUnicodeWriter_WriteASCIIString(&w, "()", 2) < 0)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i > 0 && _PyUnicodeWriter_WriteASCIIString(&w, ", ", 2) < 0)
            goto error;
        if (_Py_typing_type_repr(&w, PyTuple_GET_ITEM(ga->args, i)) < 0)
            goto error;
    }
    if (_PyUnicodeWriter_WriteASCIIString(&w, "]", 1) < 0)
        goto error;
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

static PyObject *
ga_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    gaobject *ga = (gaobject *)self;
    PyObject *obj = PyObject_Call(ga->origin, args, kwds);
    if (obj == NULL)
        return NULL;
    /* Remember the alias on instances that accept attributes. */
    if (PyObject_SetAttr(obj, _Py_ID(__orig_class__), self) < 0) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError) &&
            !PyErr_ExceptionMatches(PyExc_TypeError)) {
            Py_DECREF(obj);
            return NULL;
        }
        PyErr_Clear();
    }
    return obj;
}

static const char *const ALIAS_OWN[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__", NULL
};

static PyObject *
ga_getattro(PyObject *self, PyObject *name)
{
    gaobject *ga = (gaobject *)self;
    if (PyUnicode_Check(name)) {
        const char *const *p;
        for (p = ALIAS_OWN; *p != NULL; p++) {
            if (_PyUnicode_EqualToASCIIString(name, *p))
                break;
        }
        if (*p == NULL)
            return PyObject_GetAttr(ga->origin, name);
    }
    return PyObject_GenericGetAttr(self, name);
}

static PyObject *
ga_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!_PyGenericAlias_Check(b) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    gaobject *x = (gaobject *)a, *y = (gaobject *)b;
    if (x->starred != y->starred)
        return PyBool_FromLong(op == Py_NE);
    int eq = PyObject_RichCompareBool(x->origin, y->origin, Py_EQ);
    if (eq < 0)
        return NULL;
    if (!eq)
        return PyBool_FromLong(op == Py_NE);
    return PyObject_RichCompare(x->args, y->args, op);
}

static Py_hash_t
ga_hash(PyObject *self)
{
    gaobject *ga = (gaobject *)self;
    Py_hash_t h0 = PyObject_Hash(ga->origin);
    if (h0 == -1)
        return -1;
    Py_hash_t h1 = PyObject_Hash(ga->args);
    if (h1 == -1)
        return -1;
    Py_hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static PyObject *
ga_parameters(PyObject *self, void *context)
{
    gaobject *ga = (gaobject *)self;
    if (ga->parameters == NULL) {
        ga->parameters = _Py_make_parameters(ga->args);
        if (ga->parameters == NULL)
            return NULL;
    }
    return Py_NewRef(ga->parameters);
}

static PyObject *
ga_unpacked(PyObject *self, void *context)
{
    return PyBool_FromLong(((gaobject *)self)->starred);
}

static PyObject *
ga_getitem(PyObject *self, PyObject *item)
{
    PyObject *params = ga_parameters(self, NULL);
    if (params == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(params);
    Py_DECREF(params);
    if (n == 0) {
        PyErr_Format(PyExc_TypeError, "%R is not a generic class", self);
        return NULL;
    }
    /* Substituting TypeVars is the business of the typing module. */
    PyErr_Format(PyExc_TypeError, "substitution of type parameters in %R "
                 "is not supported", self);
    return NULL;
}

static PyObject *
ga_mro_entries(PyObject *self, PyObject *bases)
{
    return PyTuple_Pack(1, ((gaobject *)self)->origin);
}

static PyObject *
ga_instancecheck(PyObject *self, PyObject *obj)
{
    PyErr_SetString(PyExc_TypeError,
                    "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static PyObject *
ga_subclasscheck(PyObject *self, PyObject *obj)
{
    PyErr_SetString(PyExc_TypeError,
                    "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static PyObject *
ga_reduce(PyObject *self, PyObject *unused)
{
    gaobject *ga = (gaobject *)self;
    return Py_BuildValue("O(OO)", (PyObject *)Py_TYPE(self), ga->origin, ga->args);
}

static PyObject *
ga_dir(PyObject *self, PyObject *unused)
{
    PyObject *names = PyObject_Dir(((gaobject *)self)->origin);
    if (names == NULL)
        return NULL;
    for (const char *const *p = ALIAS_OWN; *p != NULL; p++) {
        PyObject *s = PyUnicode_FromString(*p);
        if (s == NULL)
            goto error;
        int has = PySequence_Contains(names, s);
        if (has < 0 || (!has && PyList_Append(names, s) < 0)) {
            Py_DECREF(s);
            goto error;
        }
        Py_DECREF(s);
    }
    return names;
error:
    Py_DECREF(names);
    return NULL;
}

static PyObject *
ga_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "GenericAlias() takes no keyword arguments");
        return NULL;
    }
    if (PyTuple_GET_SIZE(args) != 2) {
        PyErr_Format(PyExc_TypeError, "GenericAlias expected 2 arguments, got %zd",
                     PyTuple_GET_SIZE(args));
        return NULL;
    }
    gaobject *ga = (gaobject *)type->tp_alloc(type, 0);
    if (ga == NULL)
        return NULL;
    if (ga_setup(ga, PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1)) < 0) {
        Py_DECREF(ga);
        return NULL;
    }
    return (PyObject *)ga;
}

static PyMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_O, NULL},
    {"__instancecheck__", ga_instancecheck, METH_O, NULL},
    {"__subclasscheck__", ga_subclasscheck, METH_O, NULL},
    {"__reduce__", ga_reduce, METH_NOARGS, NULL},
    {"__dir__", ga_dir, METH_NOARGS, NULL},
    {NULL}
};

static PyMemberDef ga_members[] = {
    {"__origin__", T_OBJECT, offsetof(gaobject, origin), READONLY, NULL},
    {"__args__", T_OBJECT, offsetof(gaobject, args), READONLY, NULL},
    {NULL}
};

static PyGetSetDef ga_getset[] = {
    {"__parameters__", ga_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {"__unpacked__", ga_unpacked, NULL, NULL, NULL},
    {NULL}
};

static PyMappingMethods ga_as_mapping = {
    .mp_subscript = ga_getitem,
};

static PyNumberMethods ga_as_number = {
    .nb_or = _Py_union_type_or,
};

PyTypeObject Py_GenericAliasType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(gaobject),
    .tp_dealloc = ga_dealloc,
    .tp_repr = ga_repr,
    .tp_as_number = &ga_as_number,
    .tp_as_mapping = &ga_as_mapping,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Represent a PEP 585 generic type\n"
              "\n"
              "E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .tp_traverse = ga_traverse,
    .tp_clear = ga_clear,
    .tp_richcompare = ga_richcompare,
    .tp_weaklistoffset = offsetof(gaobject, weakreflist),
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = ga_new,
    .tp_free = PyObject_GC_Del,
};
