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
 * __parameters__ (the typing parameters among the arguments, in order of
 * first appearance) is computed on first use.  Subscripting an alias
 * substitutes them (see "substitution" below).  The module knows nothing
 * of TypeVar and friends, which live in the pure-Python typing module:
 * it talks to them only through the duck-typed protocol typing defines
 * (__typing_subst__, __typing_prepare_subst__, __parameters__,
 * __typing_unpacked_tuple_args__, __typing_is_unpacked_typevartuple__),
 * so typing's own aliases and third-party parameter kinds mix freely
 * with ours.  types.UnionType (unionobject.c) shares the machinery.
 *
 * An alias can also be unpacked, `*tuple[int, ...]` (PEP 646): it is
 * iterable, yielding one copy of itself flagged `starred`, which changes
 * only its repr, equality and pickling.
 */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_typing.h"
#include "kr_iter.h"
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

/* Position of item in the first n entries of tuple t, by identity (the
 * way typing matches parameters), or -1. */
static Py_ssize_t
tuple_index(PyObject *t, Py_ssize_t n, PyObject *item)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyTuple_GET_ITEM(t, i) == item)
            return i;
    }
    return -1;
}

/* Append item to list unless an identical object is already there. */
static int
list_add_once(PyObject *list, PyObject *item)
{
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
        if (PyList_GET_ITEM(list, i) == item)
            return 0;
    }
    return PyList_Append(list, item);
}

/* A TypeVar-like argument is one typing can substitute (it has
 * __typing_subst__); other non-class arguments may carry parameters of
 * their own (dict[str, list[T]]).  Classes are skipped outright: a
 * generic class has a __parameters__ of its own that does not describe
 * this use of it. */
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
            if (list_add_once(params, t) < 0)
                goto error;
            continue;
        }
        found = _PyObject_LookupAttr(t, _Py_ID(__parameters__), &attr);
        if (found < 0)
            goto error;
        if (found && PyTuple_Check(attr)) {
            for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(attr); j++) {
                if (list_add_once(params, PyTuple_GET_ITEM(attr, j)) < 0) {
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

/* --- substitution -------------------------------------------------------
 *
 * alias[item] replaces each parameter by the matching argument.  The
 * parameters themselves decide what a valid argument is: typing gives each
 * TypeVar, ParamSpec and TypeVarTuple a __typing_subst__(arg) returning
 * what to put in its place, and the variadic ones a
 * __typing_prepare_subst__(alias, args) that reshapes the whole argument
 * tuple first (a TypeVarTuple gathers its share of the arguments into one
 * tuple; a ParamSpec accepts Z[int, str] for Z[[int, str]]).  After that
 * the arguments must pair one to one with the parameters.
 *
 * Arguments that are not parameters themselves but contain some (list[T]
 * inside dict[str, list[T]]) are subscripted in turn with their own
 * parameters' new values.  An unpacked TypeVarTuple (*Ts) among the
 * arguments stands for several, so its replacement is spliced in.
 */

/* The element types of an unpacked tuple (*tuple[int, str] -> (int, str)),
 * whether ours or typing's Unpack[Tuple[...]]; NULL without an exception
 * when arg is not one. */
static PyObject *
unpacked_tuple_args(PyObject *arg)
{
    PyObject *result = NULL;
    if (_PyGenericAlias_Check(arg) && ((gaobject *)arg)->starred &&
        ((gaobject *)arg)->origin == (PyObject *)&PyTuple_Type)
        return Py_NewRef(((gaobject *)arg)->args);
    if (_PyObject_LookupAttr(arg, _Py_ID(__typing_unpacked_tuple_args__), &result) <= 0)
        return NULL;
    if (result == Py_None) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

/* The subscript as a tuple, with unpacked fixed-length tuples spread
 * out: alias[int, *tuple[str, bytes]] is alias[int, str, bytes].
 * Unpacked variable-length ones (*tuple[int, ...]) stay whole; only a
 * TypeVarTuple's preparation knows how to spread them. */
static PyObject *
unpack_args(PyObject *item)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    int is_tuple = PyTuple_Check(item);
    Py_ssize_t n = is_tuple ? PyTuple_GET_SIZE(item) : 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = is_tuple ? PyTuple_GET_ITEM(item, i) : item;
        if (!PyType_Check(x)) {
            PyObject *sub = unpacked_tuple_args(x);
            if (sub == NULL && PyErr_Occurred())
                goto error;
            if (sub != NULL) {
                Py_ssize_t m = PyTuple_Check(sub) ? PyTuple_GET_SIZE(sub) : -1;
                if (m >= 0 && !(m > 0 && PyTuple_GET_ITEM(sub, m - 1) == Py_Ellipsis)) {
                    int rc = PyList_SetSlice(list, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, sub);
                    Py_DECREF(sub);
                    if (rc < 0)
                        goto error;
                    continue;
                }
                Py_DECREF(sub);
            }
        }
        if (PyList_Append(list, x) < 0)
            goto error;
    }
    PyObject *result = PyList_AsTuple(list);
    Py_DECREF(list);
    return result;
error:
    Py_DECREF(list);
    return NULL;
}

/* 1 if arg is typing's *Ts (an unpacked TypeVarTuple), 0 if not. */
static int
is_unpacked_typevartuple(PyObject *arg)
{
    PyObject *flag;
    if (PyType_Check(arg))
        return 0;
    int found = _PyObject_LookupAttr(arg, _Py_ID(__typing_is_unpacked_typevartuple__), &flag);
    if (found <= 0)
        return found;
    int r = PyObject_IsTrue(flag);
    Py_DECREF(flag);
    return r;
}

/* Append the n objects of items to the tuple *t, whose first *filled
 * slots are set; the tuple grows by n - 1 (it held one slot for what is
 * now being spread).  Returns the new fill count, -1 on error. */
static Py_ssize_t
tuple_splice(PyObject **t, Py_ssize_t filled, PyObject *items)
{
    Py_ssize_t n = PyTuple_GET_SIZE(items);
    if (_PyTuple_Resize(t, PyTuple_GET_SIZE(*t) - 1 + n) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(*t, filled + i, Py_NewRef(PyTuple_GET_ITEM(items, i)));
    return filled + n;
}

/* obj with its own parameters replaced: list[T] -> list[int].  Objects
 * without parameters are returned unchanged. */
static PyObject *
subs_nested(PyObject *obj, PyObject *params, PyObject *values)
{
    PyObject *subparams = NULL;
    if (_PyObject_LookupAttr(obj, _Py_ID(__parameters__), &subparams) < 0)
        return NULL;
    if (subparams == NULL || !PyTuple_Check(subparams) || PyTuple_GET_SIZE(subparams) == 0) {
        Py_XDECREF(subparams);
        return Py_NewRef(obj);
    }
    Py_ssize_t nparams = PyTuple_GET_SIZE(params);
    Py_ssize_t nsub = PyTuple_GET_SIZE(subparams);
    PyObject *subargs = PyTuple_New(nsub), *result = NULL;
    if (subargs == NULL)
        goto done;
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < nsub; i++) {
        PyObject *arg = PyTuple_GET_ITEM(subparams, i);
        Py_ssize_t k = tuple_index(params, nparams, arg);
        if (k >= 0) {
            PyObject *param = PyTuple_GET_ITEM(params, k);
            arg = PyTuple_GET_ITEM(values, k);
            /* A TypeVarTuple (the iterable kind of parameter) received a
             * tuple of types: they all go in its place. */
            if (Py_TYPE(param)->tp_iter != NULL && PyTuple_Check(arg)) {
                j = tuple_splice(&subargs, j, arg);
                if (j < 0)
                    goto done;
                continue;
            }
        }
        PyTuple_SET_ITEM(subargs, j++, Py_NewRef(arg));
    }
    result = PyObject_GetItem(obj, subargs);
done:
    Py_XDECREF(subargs);
    Py_DECREF(subparams);
    return result;
}

/* The new argument tuple of self (whose arguments are args and whose
 * parameters are params) subscripted with item.  Shared with
 * types.UnionType. */
PyObject *
_Py_subs_parameters(PyObject *self, PyObject *args, PyObject *params, PyObject *item)
{
    Py_ssize_t nparams = PyTuple_GET_SIZE(params);
    if (nparams == 0) {
        PyErr_Format(PyExc_TypeError, "%R is not a generic class", self);
        return NULL;
    }
    PyObject *values = unpack_args(item), *newargs = NULL;
    if (values == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nparams; i++) {
        PyObject *prepare = NULL;
        if (_PyObject_LookupAttr(PyTuple_GET_ITEM(params, i),
                                 _Py_ID(__typing_prepare_subst__), &prepare) < 0)
            goto error;
        if (prepare == NULL)
            continue;
        if (prepare != Py_None) {
            PyObject *tmp = PyObject_CallFunctionObjArgs(prepare, self, values, NULL);
            Py_DECREF(prepare);
            if (tmp == NULL)
                goto error;
            Py_SETREF(values, tmp);
            /* typing always hands back a tuple; anything else counts as
             * a single argument. */
            if (!PyTuple_Check(values)) {
                Py_SETREF(values, PyTuple_Pack(1, values));
                if (values == NULL)
                    return NULL;
            }
        }
        else {
            Py_DECREF(prepare);
        }
    }
    Py_ssize_t nvalues = PyTuple_GET_SIZE(values);
    if (nvalues != nparams) {
        PyErr_Format(PyExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                     nvalues > nparams ? "many" : "few", self, nvalues, nparams);
        goto error;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    newargs = PyTuple_New(nargs);
    if (newargs == NULL)
        goto error;
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *arg = PyTuple_GET_ITEM(args, i), *subst = NULL, *repl;
        if (PyType_Check(arg)) {
            PyTuple_SET_ITEM(newargs, j++, Py_NewRef(arg));
            continue;
        }
        int unpack = is_unpacked_typevartuple(arg);
        if (unpack < 0)
            goto error;
        if (_PyObject_LookupAttr(arg, _Py_ID(__typing_subst__), &subst) < 0)
            goto error;
        if (subst != NULL) {
            Py_ssize_t k = tuple_index(params, nparams, arg);
            if (k < 0) {
                /* __parameters__ was computed from these very args. */
                Py_DECREF(subst);
                PyErr_Format(PyExc_SystemError, "parameter %R of %R not found", arg, self);
                goto error;
            }
            repl = PyObject_CallOneArg(subst, PyTuple_GET_ITEM(values, k));
            Py_DECREF(subst);
        }
        else {
            repl = subs_nested(arg, params, values);
        }
        if (repl == NULL)
            goto error;
        if (unpack && PyTuple_Check(repl)) {
            j = tuple_splice(&newargs, j, repl);
            Py_DECREF(repl);
            if (j < 0)
                goto error;
        }
        else {
            PyTuple_SET_ITEM(newargs, j++, repl);
        }
    }
    Py_DECREF(values);
    return newargs;
error:
    Py_XDECREF(newargs);
    Py_XDECREF(values);
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
    gaobject *ga = (gaobject *)self;
    PyObject *params = ga_parameters(self, NULL);
    if (params == NULL)
        return NULL;
    PyObject *newargs = _Py_subs_parameters(self, ga->args, params, item);
    Py_DECREF(params);
    if (newargs == NULL)
        return NULL;
    /* Always the base type: subclasses (collections.abc's Callable
     * alias) rebuild their own kind from the result's __args__. */
    PyObject *res = Py_GenericAlias(ga->origin, newargs);
    Py_DECREF(newargs);
    if (res != NULL)
        ((gaobject *)res)->starred = ga->starred;
    return res;
}

/* __typing_unpacked_tuple_args__: the element types of *tuple[...],
 * None for every other alias. */
static PyObject *
ga_unpacked_tuple_args(PyObject *self, void *context)
{
    gaobject *ga = (gaobject *)self;
    if (ga->starred && ga->origin == (PyObject *)&PyTuple_Type)
        return Py_NewRef(ga->args);
    Py_RETURN_NONE;
}

/* --- iteration ----------------------------------------------------------
 *
 * `*tuple[int, str]` (in a subscript, or Ts-style in a signature) unpacks
 * the alias as an iterable.  Iterating yields exactly one item: the same
 * alias marked as unpacked, which typing then reads through __unpacked__
 * and __typing_unpacked_tuple_args__.
 */

typedef struct {
    PyObject_HEAD
    PyObject *obj;              /* the alias, NULL once consumed */
} gaiterobject;

static void
gaiter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(((gaiterobject *)self)->obj);
    PyObject_GC_Del(self);
}

static int
gaiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((gaiterobject *)self)->obj);
    return 0;
}

static PyObject *
gaiter_next(PyObject *self)
{
    gaiterobject *gi = (gaiterobject *)self;
    if (gi->obj == NULL)
        return NULL;            /* exhausted: StopIteration */
    gaobject *ga = (gaobject *)gi->obj;
    PyObject *res = Py_GenericAlias(ga->origin, ga->args);
    if (res == NULL)
        return NULL;
    ((gaobject *)res)->starred = 1;
    Py_CLEAR(gi->obj);
    return res;
}

/* Pickles as iter(alias), or iter(()) once consumed. */
static PyObject *
gaiter_reduce(PyObject *self, PyObject *unused)
{
    return _KrIter_Reduce("iter", ((gaiterobject *)self)->obj, -1);
}

static PyMethodDef gaiter_methods[] = {
    {"__reduce__", gaiter_reduce, METH_NOARGS, NULL},
    {NULL}
};

static PyTypeObject Py_GenericAliasIterType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "generic_alias_iterator",
    .tp_basicsize = sizeof(gaiterobject),
    .tp_dealloc = gaiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = gaiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = gaiter_next,
    .tp_methods = gaiter_methods,
};

static PyObject *
ga_iter(PyObject *self)
{
    gaiterobject *gi = PyObject_GC_New(gaiterobject, &Py_GenericAliasIterType);
    if (gi == NULL)
        return NULL;
    gi->obj = Py_NewRef(self);
    PyObject_GC_Track(gi);
    return (PyObject *)gi;
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

/* An unpacked alias has no constructor argument to say so: it pickles as
 * next(iter(alias)), which recreates it. */
static PyObject *
ga_reduce(PyObject *self, PyObject *unused)
{
    gaobject *ga = (gaobject *)self;
    if (ga->starred) {
        PyObject *plain = Py_GenericAlias(ga->origin, ga->args), *it, *res;
        if (plain == NULL)
            return NULL;
        it = ga_iter(plain);
        Py_DECREF(plain);
        if (it == NULL)
            return NULL;
        res = _KrIter_Reduce("next", it, -1);
        Py_DECREF(it);
        return res;
    }
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
    {"__typing_unpacked_tuple_args__", ga_unpacked_tuple_args, NULL, NULL, NULL},
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
    .tp_iter = ga_iter,
    .tp_weaklistoffset = offsetof(gaobject, weakreflist),
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = ga_new,
    .tp_free = PyObject_GC_Del,
};
