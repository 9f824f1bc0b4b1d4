/* _abc: the machinery behind abc.ABCMeta (Lib/abc.py).
 *
 * Why in C: abc.py falls back to the pure-Python _py_abc when this module
 * is missing.  That fallback is imported at every start-up (site -> os ->
 * _collections_abc defines dozens of ABCs) and every isinstance() against
 * an ABC runs several Python frames.  It also changes which frames sit on
 * the stack during class creation, and typing's checks that look at the
 * caller's module (sys._getframe) then see _py_abc instead of the user's
 * module.  Doing the work in C removes both the cost and the extra frames.
 *
 * State: every ABC holds an `_abc_data` object in `cls._abc_impl` with
 * three sets of weak references -- the classes registered with
 * ABC.register(), the classes known to be subclasses (positive cache) and
 * those known not to be (negative cache) -- plus the value of the global
 * invalidation counter when the negative cache was last valid.  The sets
 * start out absent (NULL) and are made on first use: most ABCs never get
 * a register() call, and many are never checked against.
 *
 * Weak references: the sets must not keep classes alive.  Each entry is a
 * weakref whose callback removes the entry from its set when the class
 * dies.  The callback is a builtin function bound to a weak reference to
 * the set (not to the set itself), so the set does not keep itself alive
 * through its own entries and a dead set simply makes the callback a
 * no-op.  Weak references hash and compare like their referents while
 * alive, which is what makes set membership with a fresh weakref work.
 *
 * Invalidation: register() anywhere may make a cached "no" wrong for any
 * ABC, so a process-wide counter is bumped on each register(); an ABC
 * whose negative cache is older than the counter clears it before use.
 * Positive answers never become wrong (registration cannot be undone
 * except by _reset_registry, which tests pair with _reset_caches).
 *
 * Pattern matching: `match` tells sequences and mappings apart by the
 * Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING type flags.  collections.abc
 * puts `__abc_tpflags__` in the class body of Sequence and Mapping;
 * _abc_init moves those bits onto the type, and register() copies them to
 * the registered class and its subclasses so that a class registered as a
 * Sequence matches sequence patterns. */
#include "Python.h"

#define COLLECTION_FLAGS (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING)

/* Bumped by every successful register(); see the essay above. */
static unsigned long long abc_invalidation_counter = 0;

typedef struct {
    PyObject_HEAD
    PyObject *registry;        /* set of weakrefs, or NULL */
    PyObject *cache;           /* set of weakrefs, or NULL */
    PyObject *negative_cache;  /* set of weakrefs, or NULL */
    unsigned long long negative_cache_version;
} abc_data;

static PyTypeObject AbcData_Type;

static int
abc_data_traverse(PyObject *op, visitproc visit, void *arg)
{
    abc_data *self = (abc_data *)op;
    Py_VISIT(self->registry);
    Py_VISIT(self->cache);
    Py_VISIT(self->negative_cache);
    return 0;
}

static int
abc_data_clear(PyObject *op)
{
    abc_data *self = (abc_data *)op;
    Py_CLEAR(self->registry);
    Py_CLEAR(self->cache);
    Py_CLEAR(self->negative_cache);
    return 0;
}

static void
abc_data_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    abc_data_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
abc_data_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    abc_data *self = (abc_data *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->registry = NULL;
    self->cache = NULL;
    self->negative_cache = NULL;
    /* a fresh negative cache is valid for the present state */
    self->negative_cache_version = abc_invalidation_counter;
    return (PyObject *)self;
}

static PyTypeObject AbcData_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_abc._abc_data",
    .tp_basicsize = sizeof(abc_data),
    .tp_dealloc = abc_data_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "The registry and caches of one ABC.",
    .tp_traverse = abc_data_traverse,
    .tp_clear = abc_data_clear,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = abc_data_new,
    .tp_free = PyObject_GC_Del,
};

/* cls._abc_impl, checked to be ours.  New reference. */
static abc_data *
get_impl(PyObject *cls)
{
    PyObject *impl = PyObject_GetAttr(cls, _Py_ID(_abc_impl));
    if (impl == NULL)
        return NULL;
    if (!Py_IS_TYPE(impl, &AbcData_Type)) {
        PyErr_SetString(PyExc_TypeError, "_abc_impl is set to a wrong type");
        Py_DECREF(impl);
        return NULL;
    }
    return (abc_data *)impl;
}

/* ============ sets of weak references ============ */

/* 1 if `obj` is in the weak set, 0 if not (or if it cannot be weakly
 * referenced, hence cannot have been added), -1 on error. */
static int
in_weak_set(PyObject *set, PyObject *obj)
{
    if (set == NULL || PySet_GET_SIZE(set) == 0)
        return 0;
    PyObject *ref = PyWeakref_NewRef(obj, NULL);
    if (ref == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            return 0;
        }
        return -1;
    }
    int res = PySet_Contains(set, ref);
    Py_DECREF(ref);
    return res;
}

/* The weakref callback: self is a weak reference to the set, arg the dead
 * entry's weak reference. */
static PyObject *
weak_set_discard(PyObject *setref, PyObject *objref)
{
    PyObject *set = PyWeakref_GET_OBJECT(setref);
    if (set == Py_None)
        Py_RETURN_NONE;
    Py_INCREF(set);
    int res = PySet_Discard(set, objref);
    Py_DECREF(set);
    if (res < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef weak_set_discard_def = {
    "_destroy", weak_set_discard, METH_O, NULL,
};

/* Add a weak reference to `obj` to *pset, making the set on first use. */
static int
add_to_weak_set(PyObject **pset, PyObject *obj)
{
    if (*pset == NULL) {
        *pset = PySet_New(NULL);
        if (*pset == NULL)
            return -1;
    }
    PyObject *set = *pset;
    PyObject *setref = PyWeakref_NewRef(set, NULL);
    if (setref == NULL)
        return -1;
    PyObject *callback = PyCFunction_NewEx(&weak_set_discard_def, setref, NULL);
    Py_DECREF(setref);
    if (callback == NULL)
        return -1;
    PyObject *ref = PyWeakref_NewRef(obj, callback);
    Py_DECREF(callback);
    if (ref == NULL)
        return -1;
    int res = PySet_Add(set, ref);
    Py_DECREF(ref);
    return res;
}

/* ============ __abstractmethods__ ============ */

/* 1 if `obj.__isabstractmethod__` is true, 0 if false or absent. */
static int
is_abstract(PyObject *obj)
{
    PyObject *flag;
    if (_PyObject_LookupAttr(obj, _Py_ID(__isabstractmethod__), &flag) < 0)
        return -1;
    if (flag == NULL)
        return 0;
    int res = PyObject_IsTrue(flag);
    Py_DECREF(flag);
    return res;
}

/* Set cls.__abstractmethods__ to the frozenset of names that are abstract
 * in the class body, plus the names abstract in a base that the class
 * still resolves to an abstract object. */
static int
compute_abstract_methods(PyObject *cls)
{
    PyObject *abstracts = PySet_New(NULL);
    PyObject *ns = NULL, *items = NULL, *bases = NULL, *frozen = NULL;
    int ret = -1;
    if (abstracts == NULL)
        return -1;

    /* names defined abstract in this class */
    ns = PyObject_GetAttr(cls, _Py_ID(__dict__));
    if (ns == NULL)
        goto done;
    items = PyMapping_Items(ns);
    if (items == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
            PyErr_SetString(PyExc_TypeError, "items() returned item which is not a 2-tuple");
            goto done;
        }
        int r = is_abstract(PyTuple_GET_ITEM(item, 1));
        if (r < 0)
            goto done;
        if (r > 0 && PySet_Add(abstracts, PyTuple_GET_ITEM(item, 0)) < 0)
            goto done;
    }

    /* names abstract in a base and not overridden by something concrete */
    bases = PyObject_GetAttr(cls, _Py_ID(__bases__));
    if (bases == NULL)
        goto done;
    if (!PyTuple_Check(bases)) {
        PyErr_SetString(PyExc_TypeError, "__bases__ is not tuple");
        goto done;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *base_abstracts, *it, *name;
        if (_PyObject_LookupAttr(PyTuple_GET_ITEM(bases, i), _Py_ID(__abstractmethods__),
                                 &base_abstracts) < 0)
            goto done;
        if (base_abstracts == NULL)
            continue;
        it = PyObject_GetIter(base_abstracts);
        Py_DECREF(base_abstracts);
        if (it == NULL)
            goto done;
        while ((name = PyIter_Next(it)) != NULL) {
            PyObject *value;
            if (_PyObject_LookupAttr(cls, name, &value) < 0) {
                Py_DECREF(name);
                Py_DECREF(it);
                goto done;
            }
            if (value == NULL) {
                Py_DECREF(name);
                continue;
            }
            int r = is_abstract(value);
            Py_DECREF(value);
            if (r > 0)
                r = PySet_Add(abstracts, name);
            Py_DECREF(name);
            if (r < 0) {
                Py_DECREF(it);
                goto done;
            }
        }
        Py_DECREF(it);
        if (PyErr_Occurred())
            goto done;
    }

    frozen = PyFrozenSet_New(abstracts);
    if (frozen == NULL)
        goto done;
    /* through the type's setter, which also sets or clears the flag that
     * makes object.__new__ refuse to instantiate the class */
    if (PyObject_SetAttr(cls, _Py_ID(__abstractmethods__), frozen) < 0)
        goto done;
    ret = 0;
done:
    Py_DECREF(abstracts);
    Py_XDECREF(ns);
    Py_XDECREF(items);
    Py_XDECREF(bases);
    Py_XDECREF(frozen);
    return ret;
}

/* ============ module functions ============ */

static PyObject *
abc_get_cache_token(PyObject *module, PyObject *unused)
{
    return PyLong_FromUnsignedLongLong(abc_invalidation_counter);
}

static PyObject *
abc_init(PyObject *module, PyObject *cls)
{
    if (compute_abstract_methods(cls) < 0)
        return NULL;
    PyObject *data = abc_data_new(&AbcData_Type, NULL, NULL);
    if (data == NULL)
        return NULL;
    int res = PyObject_SetAttr(cls, _Py_ID(_abc_impl), data);
    Py_DECREF(data);
    if (res < 0)
        return NULL;

    if (PyType_Check(cls)) {
        PyTypeObject *type = (PyTypeObject *)cls;
        PyObject *flags = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__abc_tpflags__));
        if (flags == NULL) {
            if (PyErr_Occurred())
                return NULL;
        }
        else {
            if (PyLong_Check(flags)) {
                unsigned long val = PyLong_AsUnsignedLongMask(flags);
                if (val == (unsigned long)-1 && PyErr_Occurred())
                    return NULL;
                if ((val & COLLECTION_FLAGS) == COLLECTION_FLAGS) {
                    PyErr_SetString(PyExc_TypeError,
                                    "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    return NULL;
                }
                type->tp_flags = (type->tp_flags & ~COLLECTION_FLAGS) | (val & COLLECTION_FLAGS);
            }
            /* the attribute is an instruction to us, not part of the class */
            if (PyDict_DelItem(type->tp_dict, _Py_ID(__abc_tpflags__)) < 0)
                return NULL;
        }
    }
    Py_RETURN_NONE;
}

/* Give `child` and, recursively, its subclasses the collection flag of an
 * ABC it was registered with.  The latest registration wins over a flag
 * the class had (registering a list subclass as a Mapping makes it match
 * mapping patterns); static types are left alone, and a class that
 * already has this flag ends the walk, as its subclasses inherited it. */
static int
set_collection_flag_recursive(PyTypeObject *child, unsigned long flag)
{
    if ((child->tp_flags & Py_TPFLAGS_IMMUTABLETYPE) || (child->tp_flags & COLLECTION_FLAGS) == flag)
        return 0;
    child->tp_flags = (child->tp_flags & ~COLLECTION_FLAGS) | flag;
    PyObject *subs = PyObject_CallMethodNoArgs((PyObject *)child, _Py_ID(__subclasses__));
    if (subs == NULL)
        return -1;
    if (!PyList_Check(subs)) {
        Py_DECREF(subs);
        return 0;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(subs); i++) {
        PyObject *sub = PyList_GET_ITEM(subs, i);
        if (PyType_Check(sub) && set_collection_flag_recursive((PyTypeObject *)sub, flag) < 0) {
            Py_DECREF(subs);
            return -1;
        }
    }
    Py_DECREF(subs);
    return 0;
}

static PyObject *
abc_register(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_abc_register", nargs, 2, 2))
        return NULL;
    PyObject *cls = args[0], *subclass = args[1];
    if (!PyType_Check(subclass)) {
        PyErr_SetString(PyExc_TypeError, "Can only register classes");
        return NULL;
    }
    int r = PyObject_IsSubclass(subclass, cls);
    if (r < 0)
        return NULL;
    if (r > 0)
        return Py_NewRef(subclass);  /* already a subclass: nothing to do */
    /* a class registered with one of its own subclasses would make the
     * subclass relation circular */
    r = PyObject_IsSubclass(cls, subclass);
    if (r < 0)
        return NULL;
    if (r > 0) {
        PyErr_SetString(PyExc_RuntimeError, "Refusing to create an inheritance cycle");
        return NULL;
    }
    abc_data *impl = get_impl(cls);
    if (impl == NULL)
        return NULL;
    r = add_to_weak_set(&impl->registry, subclass);
    Py_DECREF(impl);
    if (r < 0)
        return NULL;
    abc_invalidation_counter++;

    if (PyType_Check(cls)) {
        unsigned long flag = ((PyTypeObject *)cls)->tp_flags & COLLECTION_FLAGS;
        if (flag != 0 && set_collection_flag_recursive((PyTypeObject *)subclass, flag) < 0)
            return NULL;
    }
    return Py_NewRef(subclass);
}

static PyObject *
abc_instancecheck(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_abc_instancecheck", nargs, 2, 2))
        return NULL;
    PyObject *cls = args[0], *instance = args[1];
    abc_data *impl = get_impl(cls);
    if (impl == NULL)
        return NULL;
    PyObject *result = NULL;
    PyObject *subtype = (PyObject *)Py_TYPE(instance);
    PyObject *subclass = PyObject_GetAttr(instance, _Py_ID(__class__));
    if (subclass == NULL)
        goto done;
    /* the positive cache answers without calling anything */
    int r = in_weak_set(impl->cache, subclass);
    if (r < 0)
        goto done;
    if (r > 0) {
        result = Py_NewRef(Py_True);
        goto done;
    }
    if (subclass == subtype) {
        if (impl->negative_cache_version == abc_invalidation_counter) {
            r = in_weak_set(impl->negative_cache, subclass);
            if (r < 0)
                goto done;
            if (r > 0) {
                result = Py_NewRef(Py_False);
                goto done;
            }
        }
        /* fall back to the full check, which may be overridden */
        result = PyObject_CallMethodOneArg(cls, _Py_ID(__subclasscheck__), subclass);
        goto done;
    }
    /* __class__ lies (a proxy): either the claimed or the real class will do */
    result = PyObject_CallMethodOneArg(cls, _Py_ID(__subclasscheck__), subclass);
    if (result == NULL)
        goto done;
    r = PyObject_IsTrue(result);
    if (r < 0) {
        Py_CLEAR(result);
        goto done;
    }
    if (r == 0) {
        Py_DECREF(result);
        result = PyObject_CallMethodOneArg(cls, _Py_ID(__subclasscheck__), subtype);
    }
done:
    Py_DECREF(impl);
    Py_XDECREF(subclass);
    return result;
}

/* Step 5 of subclasscheck: is `subclass` a subclass of anything registered
 * with the ABC?  1, 0 or -1; a hit is added to the positive cache. */
static int
check_registry(abc_data *impl, PyObject *subclass)
{
    if (impl->registry == NULL || PySet_GET_SIZE(impl->registry) == 0)
        return 0;
    /* PyObject_IsSubclass runs Python code that may register more classes
     * or let some die: iterate over a snapshot */
    PyObject *snapshot = PySequence_List(impl->registry);
    if (snapshot == NULL)
        return -1;
    int found = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(snapshot); i++) {
        PyObject *rkey = PyWeakref_GET_OBJECT(PyList_GET_ITEM(snapshot, i));
        if (rkey == Py_None)
            continue;  /* died; its callback removes it */
        Py_INCREF(rkey);
        int r = PyObject_IsSubclass(subclass, rkey);
        Py_DECREF(rkey);
        if (r < 0) {
            found = -1;
            break;
        }
        if (r > 0) {
            found = add_to_weak_set(&impl->cache, subclass) < 0 ? -1 : 1;
            break;
        }
    }
    Py_DECREF(snapshot);
    return found;
}

static PyObject *
abc_subclasscheck(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_abc_subclasscheck", nargs, 2, 2))
        return NULL;
    PyObject *cls = args[0], *subclass = args[1];
    if (!PyType_Check(subclass)) {
        PyErr_SetString(PyExc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    abc_data *impl = get_impl(cls);
    if (impl == NULL)
        return NULL;
    PyObject *result = NULL, *ok = NULL, *subclasses = NULL;
    int r;

    /* 1. the positive cache */
    r = in_weak_set(impl->cache, subclass);
    if (r < 0)
        goto done;
    if (r > 0)
        goto yes;

    /* 2. the negative cache, dropped first if a register() happened since */
    if (impl->negative_cache_version < abc_invalidation_counter) {
        if (impl->negative_cache != NULL && PySet_Clear(impl->negative_cache) < 0)
            goto done;
        impl->negative_cache_version = abc_invalidation_counter;
    }
    else {
        r = in_weak_set(impl->negative_cache, subclass);
        if (r < 0)
            goto done;
        if (r > 0)
            goto no_cached;
    }

    /* 3. the class's own hook decides if it returns True or False */
    ok = PyObject_CallMethodOneArg(cls, _Py_ID(__subclasshook__), subclass);
    if (ok == NULL)
        goto done;
    if (ok == Py_True) {
        if (add_to_weak_set(&impl->cache, subclass) < 0)
            goto done;
        goto yes;
    }
    if (ok == Py_False) {
        if (add_to_weak_set(&impl->negative_cache, subclass) < 0)
            goto done;
        goto no_cached;
    }
    if (ok != Py_NotImplemented) {
        PyErr_SetString(PyExc_AssertionError,
                        "__subclasshook__ must return either False, True, or NotImplemented");
        goto done;
    }

    /* 4. a real subclass */
    {
        PyObject *mro = ((PyTypeObject *)subclass)->tp_mro;
        if (mro != NULL && PyTuple_Check(mro)) {
            for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
                if (PyTuple_GET_ITEM(mro, i) == cls) {
                    if (add_to_weak_set(&impl->cache, subclass) < 0)
                        goto done;
                    goto yes;
                }
            }
        }
    }

    /* 5. a subclass of a registered class */
    r = check_registry(impl, subclass);
    if (r < 0)
        goto done;
    if (r > 0)
        goto yes;

    /* 6. a subclass of a subclass (which may itself be an ABC with its own
     * registry and hook) */
    subclasses = PyObject_CallMethodNoArgs(cls, _Py_ID(__subclasses__));
    if (subclasses == NULL)
        goto done;
    if (!PyList_Check(subclasses)) {
        PyErr_SetString(PyExc_TypeError, "__subclasses__() must return a list");
        goto done;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(subclasses); i++) {
        PyObject *scls = PyList_GET_ITEM(subclasses, i);
        Py_INCREF(scls);
        r = PyObject_IsSubclass(subclass, scls);
        Py_DECREF(scls);
        if (r < 0)
            goto done;
        if (r > 0) {
            if (add_to_weak_set(&impl->cache, subclass) < 0)
                goto done;
            goto yes;
        }
    }

    /* 7. no: remember it */
    if (add_to_weak_set(&impl->negative_cache, subclass) < 0)
        goto done;
no_cached:
    result = Py_NewRef(Py_False);
    goto done;
yes:
    result = Py_NewRef(Py_True);
done:
    Py_DECREF(impl);
    Py_XDECREF(ok);
    Py_XDECREF(subclasses);
    return result;
}

/* A copy of a weak set (an empty set for one not yet made). */
static PyObject *
copy_weak_set(PyObject *set)
{
    return PySet_New(set);
}

static PyObject *
abc_get_dump(PyObject *module, PyObject *cls)
{
    abc_data *impl = get_impl(cls);
    if (impl == NULL)
        return NULL;
    PyObject *registry = copy_weak_set(impl->registry);
    PyObject *cache = registry ? copy_weak_set(impl->cache) : NULL;
    PyObject *negative = cache ? copy_weak_set(impl->negative_cache) : NULL;
    PyObject *version = negative ? PyLong_FromUnsignedLongLong(impl->negative_cache_version) : NULL;
    PyObject *res = NULL;
    if (version != NULL)
        res = PyTuple_Pack(4, registry, cache, negative, version);
    Py_DECREF(impl);
    Py_XDECREF(registry);
    Py_XDECREF(cache);
    Py_XDECREF(negative);
    Py_XDECREF(version);
    return res;
}

static PyObject *
abc_reset_registry(PyObject *module, PyObject *cls)
{
    abc_data *impl = get_impl(cls);
    if (impl == NULL)
        return NULL;
    int r = impl->registry != NULL ? PySet_Clear(impl->registry) : 0;
    Py_DECREF(impl);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
abc_reset_caches(PyObject *module, PyObject *cls)
{
    abc_data *impl = get_impl(cls);
    if (impl == NULL)
        return NULL;
    int r = impl->cache != NULL ? PySet_Clear(impl->cache) : 0;
    /* the negative cache is cleared whatever its version */
    if (r == 0 && impl->negative_cache != NULL)
        r = PySet_Clear(impl->negative_cache);
    Py_DECREF(impl);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef abc_methods[] = {
    {"get_cache_token", abc_get_cache_token, METH_NOARGS,
     "get_cache_token($module, /)\n--\n\n"
     "Return a token for the present state of ABC registrations.\n\n"
     "Tokens compare equal until some ABC's register() adds a class;\n"
     "code that caches answers of isinstance() against ABCs keys them on it."},
    {"_abc_init", abc_init, METH_O,
     "_abc_init($module, self, /)\n--\n\nSet up a new ABC (for abc.ABCMeta only)."},
    {"_abc_register", _PyCFunction_CAST(abc_register), METH_FASTCALL,
     "_abc_register($module, self, subclass, /)\n--\n\nRecord a virtual subclass (for abc.ABCMeta only)."},
    {"_abc_instancecheck", _PyCFunction_CAST(abc_instancecheck), METH_FASTCALL,
     "_abc_instancecheck($module, self, instance, /)\n--\n\nisinstance() against an ABC (for abc.ABCMeta only)."},
    {"_abc_subclasscheck", _PyCFunction_CAST(abc_subclasscheck), METH_FASTCALL,
     "_abc_subclasscheck($module, self, subclass, /)\n--\n\nissubclass() against an ABC (for abc.ABCMeta only)."},
    {"_get_dump", abc_get_dump, METH_O,
     "_get_dump($module, self, /)\n--\n\n"
     "Copies of an ABC's registry and caches, and its negative cache version.\n\n"
     "For debugging; ABC._dump_registry() prints them readably."},
    {"_reset_registry", abc_reset_registry, METH_O,
     "_reset_registry($module, self, /)\n--\n\nForget every class registered with an ABC (for test harnesses)."},
    {"_reset_caches", abc_reset_caches, METH_O,
     "_reset_caches($module, self, /)\n--\n\nEmpty both caches of an ABC (for test harnesses)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef abc_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_abc",
    .m_doc = "The state and checks behind abc.ABCMeta.",
    .m_size = -1,
    .m_methods = abc_methods,
};

PyObject *
PyInit__abc(void)
{
    if (PyType_Ready(&AbcData_Type) < 0)
        return NULL;
    return PyModule_Create(&abc_module);
}
