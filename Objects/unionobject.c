/* types.UnionType: the value of `int | str`.
 *
 * A union is an immutable, flat, duplicate-free tuple of member types
 * (un_args); None is stored as type(None).  It is built only by
 * _Py_union_type_or, the nb_or of `type`, of unions and of generic
 * aliases, which flattens nested unions so (int | str) | list is the
 * three-member union int | str | list, and collapses a union of one
 * member to that member (int | int is int).  Duplicates are detected by
 * identity, except generic aliases, which compare by value because
 * list[int] is built afresh each time it is written.
 *
 * isinstance/issubclass (Objects/abstract.c) test the members one by one,
 * so the union needs no __instancecheck__.  Equality ignores member order,
 * and the hash is that of the frozenset of the members, consistent with it.
 * __parameters__ (the TypeVars among the members) is computed on first use.
 */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_typing.h"
#include <stddef.h>

typedef struct {
    PyObject_HEAD
    PyObject *un_args;          /* tuple of members, flat, no duplicates */
    PyObject *un_parameters;    /* tuple, computed lazily, or NULL */
} unionobject;

static void
union_dealloc(PyObject *self)
{
    unionobject *u = (unionobject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(u->un_args);
    Py_XDECREF(u->un_parameters);
    Py_TYPE(self)->tp_free(self);
}

static int
union_traverse(PyObject *self, visitproc visit, void *arg)
{
    unionobject *u = (unionobject *)self;
    Py_VISIT(u->un_args);
    Py_VISIT(u->un_parameters);
    return 0;
}

static int
union_clear(PyObject *self)
{
    unionobject *u = (unionobject *)self;
    Py_CLEAR(u->un_args);
    Py_CLEAR(u->un_parameters);
    return 0;
}

PyObject *
_Py_union_args(PyObject *self)
{
    return ((unionobject *)self)->un_args;
}

static int
is_unionable(PyObject *obj)
{
    return obj == Py_None || PyType_Check(obj) || _PyGenericAlias_Check(obj) ||
           _PyUnion_Check(obj);
}

/* Appends obj to the list unless an equal member is already there. */
static int
add_member(PyObject *list, PyObject *obj)
{
    if (obj == Py_None)
        obj = (PyObject *)Py_TYPE(Py_None);
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
        PyObject *m = PyList_GET_ITEM(list, i);
        if (m == obj)
            return 0;
        if (_PyGenericAlias_Check(m) && _PyGenericAlias_Check(obj)) {
            int eq = PyObject_RichCompareBool(m, obj, Py_EQ);
            if (eq < 0)
                return -1;
            if (eq)
                return 0;
        }
    }
    return PyList_Append(list, obj);
}

static int
add_operand(PyObject *list, PyObject *obj)
{
    if (!_PyUnion_Check(obj))
        return add_member(list, obj);
    PyObject *args = _Py_union_args(obj);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        if (add_member(list, PyTuple_GET_ITEM(args, i)) < 0)
            return -1;
    }
    return 0;
}

PyObject *
_Py_union_type_or(PyObject *self, PyObject *other)
{
    if (!is_unionable(self) || !is_unionable(other))
        Py_RETURN_NOTIMPLEMENTED;

    PyObject *result = NULL;
    PyObject *members = PyList_New(0);
    if (members == NULL)
        return NULL;
    if (add_operand(members, self) < 0 || add_operand(members, other) < 0)
        goto done;
    if (PyList_GET_SIZE(members) == 1) {
        result = Py_NewRef(PyList_GET_ITEM(members, 0));
        goto done;
    }
    PyObject *args = PyList_AsTuple(members);
    if (args == NULL)
        goto done;
    unionobject *u = PyObject_GC_New(unionobject, &_PyUnion_Type);
    if (u == NULL) {
        Py_DECREF(args);
        goto done;
    }
    u->un_args = args;
    u->un_parameters = NULL;
    PyObject_GC_Track(u);
    result = (PyObject *)u;
done:
    Py_DECREF(members);
    return result;
}

/* How a member shows in the repr: None as None, the rest as in a
 * generic alias's repr. */
static int
repr_member(_PyUnicodeWriter *w, PyObject *p)
{
    if (p == (PyObject *)Py_TYPE(Py_None))
        return _PyUnicodeWriter_WriteASCIIString(w, "None", 4);
    return _Py_typing_type_repr(w, p);
}

static PyObject *
union_repr(PyObject *self)
{
    PyObject *args = _Py_union_args(self);
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        if (i > 0 && _PyUnicodeWriter_WriteASCIIString(&w, " | ", 3) < 0)
            goto error;
        if (repr_member(&w, PyTuple_GET_ITEM(args, i)) < 0)
            goto error;
    }
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

static Py_hash_t
union_hash(PyObject *self)
{
    PyObject *set = PyFrozenSet_New(_Py_union_args(self));
    if (set == NULL)
        return -1;
    Py_hash_t h = PyObject_Hash(set);
    Py_DECREF(set);
    return h;
}

static PyObject *
union_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!_PyUnion_Check(b) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *sa = NULL, *sb = NULL, *result = NULL;
    sa = PyFrozenSet_New(_Py_union_args(a));
    if (sa == NULL)
        goto done;
    sb = PyFrozenSet_New(_Py_union_args(b));
    if (sb == NULL)
        goto done;
    result = PyObject_RichCompare(sa, sb, op);
done:
    Py_XDECREF(sa);
    Py_XDECREF(sb);
    return result;
}

static PyObject *
union_parameters(PyObject *self, void *context)
{
    unionobject *u = (unionobject *)self;
    if (u->un_parameters == NULL) {
        u->un_parameters = _Py_make_parameters(u->un_args);
        if (u->un_parameters == NULL)
            return NULL;
    }
    return Py_NewRef(u->un_parameters);
}

/* (list[T] | int)[str] is list[str] | int: the members are substituted
 * like an alias's arguments, then or-ed together again, which lets the
 * new members decide what kind of union results (and merges duplicates). */
static PyObject *
union_getitem(PyObject *self, PyObject *item)
{
    unionobject *u = (unionobject *)self;
    PyObject *params = union_parameters(self, NULL);
    if (params == NULL)
        return NULL;
    PyObject *newargs = _Py_subs_parameters(self, u->un_args, params, item);
    Py_DECREF(params);
    if (newargs == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(newargs);
    PyObject *res = n > 0 ? Py_NewRef(PyTuple_GET_ITEM(newargs, 0)) : Py_NewRef(Py_None);
    for (Py_ssize_t i = 1; i < n && res != NULL; i++)
        Py_SETREF(res, PyNumber_Or(res, PyTuple_GET_ITEM(newargs, i)));
    Py_DECREF(newargs);
    return res;
}

static PyMappingMethods union_as_mapping = {
    .mp_subscript = union_getitem,
};

/* __module__ is the type's ("types"), not looked up on the members. */
static PyObject *
union_getattro(PyObject *self, PyObject *name)
{
    if (PyUnicode_Check(name) && _PyUnicode_EqualToASCIIString(name, "__module__"))
        return PyObject_GetAttr((PyObject *)Py_TYPE(self), name);
    return PyObject_GenericGetAttr(self, name);
}

static PyMemberDef union_members[] = {
    {"__args__", T_OBJECT, offsetof(unionobject, un_args), READONLY, NULL},
    {NULL}
};

static PyGetSetDef union_getset[] = {
    {"__parameters__", union_parameters, NULL,
     "Type variables in the types.UnionType.", NULL},
    {NULL}
};

static PyNumberMethods union_as_number = {
    .nb_or = _Py_union_type_or,
};

PyTypeObject _PyUnion_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(unionobject),
    .tp_dealloc = union_dealloc,
    .tp_repr = union_repr,
    .tp_as_number = &union_as_number,
    .tp_as_mapping = &union_as_mapping,
    .tp_hash = union_hash,
    .tp_getattro = union_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n"
              "\n"
              "E.g. for int | str",
    .tp_traverse = union_traverse,
    .tp_clear = union_clear,
    .tp_richcompare = union_richcompare,
    .tp_members = union_members,
    .tp_getset = union_getset,
};
