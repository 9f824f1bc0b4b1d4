/* The _functools module: partial, reduce, cmp_to_key and the LRU cache
 * behind functools.lru_cache.  functools.py falls back to Python versions
 * of each when this module is missing, so every behaviour here is pinned
 * to those versions and to CPython's C ones.
 *
 * partial flattens: partial(partial(f, 1), 2) stores f and (1, 2), so a
 * chain of partials costs one call, not one per layer; it does so only when
 * the inner partial has no instance __dict__, which might carry state the
 * flattening would lose.  Calls go through vectorcall: the stored
 * positional arguments and the new ones are laid out in one C array and
 * passed on without building a tuple, unless stored keywords must be
 * merged, which needs a dict anyway.
 *
 * The LRU cache keeps its results in a dict from the call key to a link
 * object; the links form a circular doubly linked list through a root
 * sentinel, oldest after the root, newest before it.  A hit moves its link
 * to the newest end; a miss in a full cache reuses the oldest link for the
 * new entry instead of freeing one and allocating another.  The user
 * function, __eq__ and __hash__ of keys may all run Python code that
 * re-enters the cache, so the code re-checks the dict after the call and
 * keeps the list whole on every path before such code can run.
 *
 * The key of a call is built as functools._make_key builds it: the
 * positional arguments, then a marker object and the keyword pairs, then
 * (typed=True) the types of all of them; a lone str or int argument is
 * its own key. */
#include "Python.h"
#include "structmember.h"
#include "kr_typing.h"

/* ====================== partial ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *fn;
    PyObject *args; /* a tuple */
    PyObject *kw;   /* a dict, possibly empty */
    PyObject *dict; /* the instance __dict__, made on demand */
    PyObject *weakreflist;
    vectorcallfunc vectorcall;
} partialobject;

static PyTypeObject partial_type;

static PyObject *partial_call(PyObject *self, PyObject *args, PyObject *kwargs);

static PyObject *partial_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    partialobject *pto = (partialobject *)self;
    if (PyDict_GET_SIZE(pto->kw) != 0) {
        /* stored keywords are merged in a dict: go through tp_call */
        return _PyObject_MakeTpCall(self, args, PyVectorcall_NARGS(nargsf), kwnames);
    }
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    Py_ssize_t pto_nargs = PyTuple_GET_SIZE(pto->args);
    PyObject **pto_args = _PyTuple_ITEMS(pto->args);
    if (nargs + nkw == 0)
        return PyObject_Vectorcall(pto->fn, pto_args, pto_nargs, NULL);
    if (pto_nargs == 0)
        return PyObject_Vectorcall(pto->fn, args, nargsf, kwnames);
    Py_ssize_t total = pto_nargs + nargs + nkw;
    PyObject *small[8];
    PyObject **stack = small;
    if (total > (Py_ssize_t)(sizeof small / sizeof small[0])) {
        stack = PyMem_Malloc(total * sizeof(PyObject *));
        if (stack == NULL)
            return PyErr_NoMemory();
    }
    memcpy(stack, pto_args, pto_nargs * sizeof(PyObject *));
    memcpy(stack + pto_nargs, args, (nargs + nkw) * sizeof(PyObject *));
    PyObject *r = PyObject_Vectorcall(pto->fn, stack, pto_nargs + nargs, kwnames);
    if (stack != small)
        PyMem_Free(stack);
    return r;
}

static PyObject *partial_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_SetString(PyExc_TypeError, "type 'partial' takes at least one argument");
        return NULL;
    }
    PyObject *func = PyTuple_GET_ITEM(args, 0), *pargs = NULL, *pkw = NULL;
    if (Py_TYPE(func)->tp_call == partial_call) {
        /* any partial (or subclass without its own __call__) has our
         * layout; one without instance state can be flattened */
        partialobject *part = (partialobject *)func;
        if (part->dict == NULL) {
            pargs = part->args;
            pkw = part->kw;
            func = part->fn;
        }
    }
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    partialobject *pto = (partialobject *)type->tp_alloc(type, 0);
    if (pto == NULL)
        return NULL;
    pto->fn = Py_NewRef(func);
    PyObject *nargs = PyTuple_GetSlice(args, 1, PY_SSIZE_T_MAX);
    if (nargs == NULL)
        goto error;
    if (pargs == NULL)
        pto->args = nargs;
    else {
        pto->args = PySequence_Concat(pargs, nargs);
        Py_DECREF(nargs);
        if (pto->args == NULL)
            goto error;
    }
    if (pkw == NULL || PyDict_GET_SIZE(pkw) == 0)
        pto->kw = kw != NULL ? PyDict_Copy(kw) : PyDict_New();
    else {
        pto->kw = PyDict_Copy(pkw);
        if (pto->kw != NULL && kw != NULL && PyDict_Merge(pto->kw, kw, 1) < 0)
            goto error;
    }
    if (pto->kw == NULL)
        goto error;
    pto->vectorcall = partial_vectorcall;
    return (PyObject *)pto;
error:
    Py_DECREF(pto);
    return NULL;
}

static int partial_clear(PyObject *self)
{
    partialobject *pto = (partialobject *)self;
    Py_CLEAR(pto->fn);
    Py_CLEAR(pto->args);
    Py_CLEAR(pto->kw);
    Py_CLEAR(pto->dict);
    return 0;
}

static int partial_traverse(PyObject *self, visitproc visit, void *arg)
{
    partialobject *pto = (partialobject *)self;
    Py_VISIT(pto->fn);
    Py_VISIT(pto->args);
    Py_VISIT(pto->kw);
    Py_VISIT(pto->dict);
    return 0;
}

static void partial_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    if (((partialobject *)self)->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    partial_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *partial_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    partialobject *pto = (partialobject *)self;
    PyObject *kwargs2;
    if (PyDict_GET_SIZE(pto->kw) == 0)
        kwargs2 = Py_XNewRef(kwargs);
    else {
        /* a copy: the callee may keep or change its **kwargs dict */
        kwargs2 = PyDict_Copy(pto->kw);
        if (kwargs2 == NULL)
            return NULL;
        if (kwargs != NULL && PyDict_Merge(kwargs2, kwargs, 1) < 0) {
            Py_DECREF(kwargs2);
            return NULL;
        }
    }
    PyObject *args2 = PySequence_Concat(pto->args, args);
    if (args2 == NULL) {
        Py_XDECREF(kwargs2);
        return NULL;
    }
    PyObject *res = PyObject_Call(pto->fn, args2, kwargs2);
    Py_DECREF(args2);
    Py_XDECREF(kwargs2);
    return res;
}

static PyObject *partial_repr(PyObject *self)
{
    partialobject *pto = (partialobject *)self;
    int status = Py_ReprEnter(self);
    if (status != 0)
        return status < 0 ? NULL : PyUnicode_FromString("...");
    PyObject *result = NULL, *arglist = PyUnicode_FromString("");
    if (arglist == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(pto->args); i++) {
        Py_SETREF(arglist, PyUnicode_FromFormat("%U, %R", arglist, PyTuple_GET_ITEM(pto->args, i)));
        if (arglist == NULL)
            goto done;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(pto->kw, &pos, &key, &value)) {
        /* hold both: the key's __str__ could change the dict */
        Py_INCREF(key);
        Py_INCREF(value);
        Py_SETREF(arglist, PyUnicode_FromFormat("%U, %S=%R", arglist, key, value));
        Py_DECREF(key);
        Py_DECREF(value);
        if (arglist == NULL)
            goto done;
    }
    result = PyUnicode_FromFormat("%s(%R%U)", Py_TYPE(self)->tp_name, pto->fn, arglist);
done:
    Py_XDECREF(arglist);
    Py_ReprLeave(self);
    return result;
}

static PyObject *partial_reduce(PyObject *self, PyObject *unused)
{
    partialobject *pto = (partialobject *)self;
    return Py_BuildValue("O(O)(OOOO)", Py_TYPE(self), pto->fn, pto->fn, pto->args, pto->kw,
                         pto->dict ? pto->dict : Py_None);
}

static PyObject *partial_setstate(PyObject *self, PyObject *state)
{
    partialobject *pto = (partialobject *)self;
    PyObject *fn, *fnargs, *kw, *dict;
    if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) != 4) {
        PyErr_SetString(PyExc_TypeError, "invalid partial state");
        return NULL;
    }
    fn = PyTuple_GET_ITEM(state, 0);
    fnargs = PyTuple_GET_ITEM(state, 1);
    kw = PyTuple_GET_ITEM(state, 2);
    dict = PyTuple_GET_ITEM(state, 3);
    if (!PyCallable_Check(fn) || !PyTuple_Check(fnargs) || (kw != Py_None && !PyDict_Check(kw))) {
        PyErr_SetString(PyExc_TypeError, "invalid partial state");
        return NULL;
    }
    fnargs = PyTuple_CheckExact(fnargs) ? Py_NewRef(fnargs) : PySequence_Tuple(fnargs);
    if (fnargs == NULL)
        return NULL;
    if (kw == Py_None)
        kw = PyDict_New();
    else
        kw = PyDict_CheckExact(kw) ? Py_NewRef(kw) : PyDict_Copy(kw);
    if (kw == NULL) {
        Py_DECREF(fnargs);
        return NULL;
    }
    Py_SETREF(pto->fn, Py_NewRef(fn));
    Py_SETREF(pto->args, fnargs);
    Py_SETREF(pto->kw, kw);
    Py_XSETREF(pto->dict, dict == Py_None ? NULL : Py_NewRef(dict));
    Py_RETURN_NONE;
}

static PyObject *class_getitem(PyObject *cls, PyObject *args)
{
    return Py_GenericAlias(cls, args);
}

static PyMethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, METH_NOARGS, NULL},
    {"__setstate__", partial_setstate, METH_O, NULL},
    {"__class_getitem__", class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}};

static PyMemberDef partial_members[] = {
    {"func", T_OBJECT, offsetof(partialobject, fn), READONLY, "function object to use in future partial calls"},
    {"args", T_OBJECT, offsetof(partialobject, args), READONLY, "tuple of arguments to future partial calls"},
    {"keywords", T_OBJECT, offsetof(partialobject, kw), READONLY,
     "dictionary of keyword arguments to future partial calls"},
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(partialobject, vectorcall), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};

static PyGetSetDef partial_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyTypeObject partial_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "functools.partial",
    .tp_basicsize = sizeof(partialobject),
    .tp_dealloc = partial_dealloc,
    .tp_vectorcall_offset = offsetof(partialobject, vectorcall),
    .tp_repr = partial_repr,
    .tp_call = partial_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "partial(func, *args, **keywords) - new function with partial application\n"
              "    of the given arguments and keywords.\n",
    .tp_traverse = partial_traverse,
    .tp_clear = partial_clear,
    .tp_weaklistoffset = offsetof(partialobject, weakreflist),
    .tp_methods = partial_methods,
    .tp_members = partial_members,
    .tp_getset = partial_getset,
    .tp_dictoffset = offsetof(partialobject, dict),
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = partial_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== cmp_to_key ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *cmp;
    PyObject *object; /* NULL in the wrapper cmp_to_key returns */
} keyobject;

static PyTypeObject keyobject_type;

static void keyobject_dealloc(PyObject *self)
{
    keyobject *ko = (keyobject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(ko->cmp);
    Py_XDECREF(ko->object);
    PyObject_GC_Del(self);
}

static int keyobject_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((keyobject *)self)->cmp);
    Py_VISIT(((keyobject *)self)->object);
    return 0;
}

static int keyobject_clear(PyObject *self)
{
    Py_CLEAR(((keyobject *)self)->cmp);
    Py_CLEAR(((keyobject *)self)->object);
    return 0;
}

static PyObject *keyobject_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    static const char *kwlist[] = {"obj", NULL};
    PyObject *object;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:K", (char **)kwlist, &object))
        return NULL;
    keyobject *result = PyObject_GC_New(keyobject, Py_TYPE(self));
    if (result == NULL)
        return NULL;
    result->cmp = Py_XNewRef(((keyobject *)self)->cmp);
    result->object = Py_NewRef(object);
    PyObject_GC_Track(result);
    return (PyObject *)result;
}

static PyObject *keyobject_richcompare(PyObject *ko, PyObject *other, int op)
{
    if (!Py_IS_TYPE(other, Py_TYPE(ko))) {
        PyErr_SetString(PyExc_TypeError, "other argument must be K instance");
        return NULL;
    }
    PyObject *x = ((keyobject *)ko)->object, *y = ((keyobject *)other)->object;
    if (x == NULL || y == NULL) {
        PyErr_SetString(PyExc_AttributeError, "object");
        return NULL;
    }
    /* the user's three-way answer, compared with 0 by the operator asked */
    PyObject *stack[2] = {x, y};
    PyObject *res = PyObject_Vectorcall(((keyobject *)ko)->cmp, stack, 2, NULL);
    if (res == NULL)
        return NULL;
    PyObject *zero = PyLong_FromLong(0);
    PyObject *answer = PyObject_RichCompare(res, zero, op);
    Py_DECREF(zero);
    Py_DECREF(res);
    return answer;
}

static PyMemberDef keyobject_members[] = {
    {"obj", T_OBJECT, offsetof(keyobject, object), 0, "Value wrapped by a key function."},
    {NULL, 0, 0, 0, NULL}};

static PyTypeObject keyobject_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "functools.KeyWrapper",
    .tp_basicsize = sizeof(keyobject),
    .tp_dealloc = keyobject_dealloc,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_call = keyobject_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = keyobject_traverse,
    .tp_clear = keyobject_clear,
    .tp_richcompare = keyobject_richcompare,
    .tp_members = keyobject_members,
};

static PyObject *functools_cmp_to_key(PyObject *module, PyObject *args, PyObject *kwds)
{
    static const char *kwlist[] = {"mycmp", NULL};
    PyObject *cmp;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:cmp_to_key", (char **)kwlist, &cmp))
        return NULL;
    keyobject *ko = PyObject_GC_New(keyobject, &keyobject_type);
    if (ko == NULL)
        return NULL;
    ko->cmp = Py_NewRef(cmp);
    ko->object = NULL;
    PyObject_GC_Track(ko);
    return (PyObject *)ko;
}

/* ====================== reduce ====================== */

static PyObject *functools_reduce(PyObject *module, PyObject *args, PyObject *kwds)
{
    PyObject *func, *seq, *result = NULL;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "reduce() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_UnpackTuple(args, "reduce", 2, 3, &func, &seq, &result))
        return NULL;
    PyObject *it = PyObject_GetIter(seq);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_SetString(PyExc_TypeError, "reduce() arg 2 must support iteration");
        return NULL;
    }
    Py_XINCREF(result);
    for (;;) {
        PyObject *item = PyIter_Next(it);
        if (item == NULL) {
            if (PyErr_Occurred())
                goto fail;
            break;
        }
        if (result == NULL) {
            result = item;
            continue;
        }
        PyObject *stack[2] = {result, item};
        PyObject *r = PyObject_Vectorcall(func, stack, 2, NULL);
        Py_DECREF(item);
        Py_SETREF(result, r);
        if (result == NULL)
            goto fail;
    }
    Py_DECREF(it);
    if (result == NULL)
        PyErr_SetString(PyExc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
fail:
    Py_DECREF(it);
    Py_XDECREF(result);
    return NULL;
}

/* ====================== the LRU cache ====================== */

typedef struct lru_list_elem {
    PyObject_HEAD
    struct lru_list_elem *prev, *next; /* borrowed: the list owns no links */
    Py_hash_t hash;
    PyObject *key, *result;
} lru_list_elem;

static void lru_list_elem_dealloc(PyObject *self)
{
    lru_list_elem *link = (lru_list_elem *)self;
    Py_XDECREF(link->key);
    Py_XDECREF(link->result);
    PyObject_Free(self);
}

static PyTypeObject lru_list_elem_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "functools._lru_list_elem",
    .tp_basicsize = sizeof(lru_list_elem),
    .tp_dealloc = lru_list_elem_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

struct lru_cache_object;
typedef PyObject *(*lru_cache_ternaryfunc)(struct lru_cache_object *, PyObject *, PyObject *);

typedef struct lru_cache_object {
    lru_list_elem root; /* the sentinel: root.next is the oldest link */
    lru_cache_ternaryfunc wrapper;
    int typed;
    PyObject *cache;
    Py_ssize_t hits;
    PyObject *func;
    Py_ssize_t maxsize; /* -1 unbounded */
    Py_ssize_t misses;
    PyObject *kwd_mark;
    PyObject *cache_info_type;
    PyObject *dict;
    PyObject *weakreflist;
} lru_cache_object;

static PyTypeObject lru_cache_type;
static PyObject *kwd_mark; /* the marker between positional and keyword parts of a key */

static PyObject *make_key(PyObject *mark, PyObject *args, PyObject *kwds, int typed)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    Py_ssize_t nkw = kwds ? PyDict_GET_SIZE(kwds) : 0;
    if (!typed && nkw == 0) {
        if (nargs == 1) {
            PyObject *key = PyTuple_GET_ITEM(args, 0);
            if (PyUnicode_CheckExact(key) || PyLong_CheckExact(key))
                return Py_NewRef(key);
        }
        return Py_NewRef(args);
    }
    Py_ssize_t size = nargs;
    if (nkw)
        size += 2 * nkw + 1;
    if (typed)
        size += nargs + nkw;
    PyObject *key = PyTuple_New(size);
    if (key == NULL)
        return NULL;
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < nargs; i++)
        PyTuple_SET_ITEM(key, k++, Py_NewRef(PyTuple_GET_ITEM(args, i)));
    PyObject *name, *value;
    Py_ssize_t pos;
    if (nkw) {
        PyTuple_SET_ITEM(key, k++, Py_NewRef(mark));
        for (pos = 0; PyDict_Next(kwds, &pos, &name, &value);) {
            PyTuple_SET_ITEM(key, k++, Py_NewRef(name));
            PyTuple_SET_ITEM(key, k++, Py_NewRef(value));
        }
    }
    if (typed) {
        for (Py_ssize_t i = 0; i < nargs; i++)
            PyTuple_SET_ITEM(key, k++, Py_NewRef((PyObject *)Py_TYPE(PyTuple_GET_ITEM(args, i))));
        if (nkw)
            for (pos = 0; PyDict_Next(kwds, &pos, &name, &value);)
                PyTuple_SET_ITEM(key, k++, Py_NewRef((PyObject *)Py_TYPE(value)));
    }
    return key;
}

static PyObject *uncached_wrapper(lru_cache_object *self, PyObject *args, PyObject *kwds)
{
    self->misses++;
    return PyObject_Call(self->func, args, kwds);
}

static PyObject *infinite_wrapper(lru_cache_object *self, PyObject *args, PyObject *kwds)
{
    PyObject *key = make_key(self->kwd_mark, args, kwds, self->typed);
    if (key == NULL)
        return NULL;
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1) {
        Py_DECREF(key);
        return NULL;
    }
    PyObject *result = _PyDict_GetItem_KnownHash(self->cache, key, hash);
    if (result != NULL) {
        self->hits++;
        Py_DECREF(key);
        return Py_NewRef(result);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(key);
        return NULL;
    }
    self->misses++;
    result = PyObject_Call(self->func, args, kwds);
    if (result == NULL) {
        Py_DECREF(key);
        return NULL;
    }
    int r = _PyDict_SetItem_KnownHash(self->cache, key, result, hash);
    Py_DECREF(key);
    if (r < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static void extract_link(lru_list_elem *link)
{
    link->prev->next = link->next;
    link->next->prev = link->prev;
}

static void append_link(lru_cache_object *self, lru_list_elem *link)
{
    lru_list_elem *root = &self->root, *last = root->prev;
    last->next = root->prev = link;
    link->prev = last;
    link->next = root;
}

static void prepend_link(lru_cache_object *self, lru_list_elem *link)
{
    lru_list_elem *root = &self->root, *first = root->next;
    first->prev = root->next = link;
    link->prev = root;
    link->next = first;
}

static PyObject *bounded_wrapper(lru_cache_object *self, PyObject *args, PyObject *kwds)
{
    PyObject *key = make_key(self->kwd_mark, args, kwds, self->typed);
    if (key == NULL)
        return NULL;
    Py_hash_t hash = PyObject_Hash(key);
    if (hash == -1) {
        Py_DECREF(key);
        return NULL;
    }
    lru_list_elem *link = (lru_list_elem *)_PyDict_GetItem_KnownHash(self->cache, key, hash);
    if (link != NULL) {
        extract_link(link);
        append_link(self, link);
        self->hits++;
        Py_DECREF(key);
        return Py_NewRef(link->result);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(key);
        return NULL;
    }
    self->misses++;
    PyObject *result = PyObject_Call(self->func, args, kwds);
    if (result == NULL) {
        Py_DECREF(key);
        return NULL;
    }
    /* the call may have cached this very key already (recursion) */
    PyObject *again = _PyDict_GetItem_KnownHash(self->cache, key, hash);
    if (again != NULL || PyErr_Occurred()) {
        Py_DECREF(key);
        if (again == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        return result;
    }
    if (PyDict_GET_SIZE(self->cache) < self->maxsize || self->root.next == &self->root) {
        /* room left: a new link */
        link = PyObject_New(lru_list_elem, &lru_list_elem_type);
        if (link == NULL) {
            Py_DECREF(key);
            Py_DECREF(result);
            return NULL;
        }
        link->hash = hash;
        link->key = key;
        link->result = result;
        /* into the dict first: its __eq__ calls could otherwise find a
         * half-linked node through the list */
        if (_PyDict_SetItem_KnownHash(self->cache, key, (PyObject *)link, hash) < 0) {
            Py_DECREF(link); /* releases key and result */
            return NULL;
        }
        append_link(self, link);
        return Py_NewRef(result);
    }
    /* full: evict the oldest entry and reuse its link for the new one */
    link = self->root.next;
    extract_link(link);
    PyObject *popped = _PyDict_Pop_KnownHash(self->cache, link->key, link->hash, Py_None);
    if (popped == Py_None) {
        /* someone removed the oldest key meanwhile: the link is orphaned
         * and is dropped rather than put back */
        Py_DECREF(popped);
        Py_DECREF(link);
        Py_DECREF(key);
        return result;
    }
    if (popped == NULL) {
        prepend_link(self, link);
        Py_DECREF(key);
        Py_DECREF(result);
        return NULL;
    }
    /* the old key and result die only after the links are consistent */
    PyObject *oldkey = link->key, *oldresult = link->result;
    link->hash = hash;
    link->key = key;
    link->result = result;
    if (_PyDict_SetItem_KnownHash(self->cache, key, (PyObject *)link, hash) < 0) {
        /* popped is the link: both references go, and with them the
         * new key and result */
        Py_DECREF(popped);
        Py_DECREF(link);
        Py_DECREF(oldkey);
        Py_DECREF(oldresult);
        return NULL;
    }
    append_link(self, link);
    Py_INCREF(result);
    Py_DECREF(popped);
    Py_DECREF(oldkey);
    Py_DECREF(oldresult);
    return result;
}

static PyObject *lru_cache_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static const char *kwlist[] = {"user_function", "maxsize", "typed", "cache_info_type", NULL};
    PyObject *func, *maxsize_O, *cache_info_type;
    int typed;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOpO:lru_cache", (char **)kwlist, &func, &maxsize_O, &typed,
                                     &cache_info_type))
        return NULL;
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    lru_cache_ternaryfunc wrapper;
    Py_ssize_t maxsize;
    if (maxsize_O == Py_None) {
        wrapper = infinite_wrapper;
        maxsize = -1;
    }
    else if (PyIndex_Check(maxsize_O)) {
        maxsize = PyNumber_AsSsize_t(maxsize_O, PyExc_OverflowError);
        if (maxsize == -1 && PyErr_Occurred())
            return NULL;
        if (maxsize < 0)
            maxsize = 0;
        wrapper = maxsize == 0 ? uncached_wrapper : bounded_wrapper;
    }
    else {
        PyErr_SetString(PyExc_TypeError, "maxsize should be integer or None");
        return NULL;
    }
    PyObject *cache = PyDict_New();
    if (cache == NULL)
        return NULL;
    lru_cache_object *obj = (lru_cache_object *)type->tp_alloc(type, 0);
    if (obj == NULL) {
        Py_DECREF(cache);
        return NULL;
    }
    obj->root.prev = obj->root.next = &obj->root;
    obj->wrapper = wrapper;
    obj->typed = typed;
    obj->cache = cache;
    obj->func = Py_NewRef(func);
    obj->misses = obj->hits = 0;
    obj->maxsize = maxsize;
    obj->kwd_mark = Py_NewRef(kwd_mark);
    obj->cache_info_type = Py_NewRef(cache_info_type);
    obj->dict = NULL;
    obj->weakreflist = NULL;
    return (PyObject *)obj;
}

/* Detach the whole list from the root; the caller releases it with
 * release_list once the cache no longer reaches it. */
static lru_list_elem *unlink_list(lru_cache_object *self)
{
    lru_list_elem *root = &self->root, *link = root->next;
    if (link == root)
        return NULL;
    root->prev->next = NULL;
    root->next = root->prev = root;
    return link;
}

static void release_list(lru_list_elem *link)
{
    while (link != NULL) {
        lru_list_elem *next = link->next;
        Py_DECREF(link);
        link = next;
    }
}

static int lru_cache_tp_clear(PyObject *op)
{
    lru_cache_object *self = (lru_cache_object *)op;
    lru_list_elem *list = unlink_list(self);
    Py_CLEAR(self->cache);
    Py_CLEAR(self->func);
    Py_CLEAR(self->kwd_mark);
    Py_CLEAR(self->cache_info_type);
    Py_CLEAR(self->dict);
    release_list(list);
    return 0;
}

static void lru_cache_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    if (((lru_cache_object *)op)->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    lru_cache_tp_clear(op);
    Py_TYPE(op)->tp_free(op);
}

static int lru_cache_tp_traverse(PyObject *op, visitproc visit, void *arg)
{
    lru_cache_object *self = (lru_cache_object *)op;
    /* the links are not GC objects: what they hold is visited here */
    for (lru_list_elem *link = self->root.next; link != &self->root; link = link->next) {
        Py_VISIT(link->key);
        Py_VISIT(link->result);
    }
    Py_VISIT(self->cache);
    Py_VISIT(self->func);
    Py_VISIT(self->kwd_mark);
    Py_VISIT(self->cache_info_type);
    Py_VISIT(self->dict);
    return 0;
}

static PyObject *lru_cache_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    lru_cache_object *lru = (lru_cache_object *)self;
    return lru->wrapper(lru, args, kwds);
}

static PyObject *lru_cache_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (obj == Py_None || obj == NULL)
        return Py_NewRef(self);
    return PyMethod_New(self, obj);
}

static PyObject *lru_cache_cache_info(PyObject *op, PyObject *unused)
{
    lru_cache_object *self = (lru_cache_object *)op;
    if (self->maxsize == -1)
        return PyObject_CallFunction(self->cache_info_type, "nnOn", self->hits, self->misses, Py_None,
                                     PyDict_GET_SIZE(self->cache));
    return PyObject_CallFunction(self->cache_info_type, "nnnn", self->hits, self->misses, self->maxsize,
                                 PyDict_GET_SIZE(self->cache));
}

static PyObject *lru_cache_cache_clear(PyObject *op, PyObject *unused)
{
    lru_cache_object *self = (lru_cache_object *)op;
    lru_list_elem *list = unlink_list(self);
    self->hits = self->misses = 0;
    PyDict_Clear(self->cache);
    release_list(list);
    Py_RETURN_NONE;
}

static PyObject *lru_cache_reduce(PyObject *self, PyObject *unused)
{
    /* pickled by reference, as the function it decorates */
    return PyObject_GetAttrString(self, "__qualname__");
}

static PyObject *lru_cache_copy(PyObject *self, PyObject *unused)
{
    return Py_NewRef(self);
}

static PyObject *lru_cache_deepcopy(PyObject *self, PyObject *memo)
{
    return Py_NewRef(self);
}

static PyMethodDef lru_cache_methods[] = {
    {"cache_info", lru_cache_cache_info, METH_NOARGS, NULL},
    {"cache_clear", lru_cache_cache_clear, METH_NOARGS, NULL},
    {"__reduce__", lru_cache_reduce, METH_NOARGS, NULL},
    {"__copy__", lru_cache_copy, METH_VARARGS, NULL},
    {"__deepcopy__", lru_cache_deepcopy, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef lru_cache_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyTypeObject lru_cache_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "functools._lru_cache_wrapper",
    .tp_basicsize = sizeof(lru_cache_object),
    .tp_dealloc = lru_cache_dealloc,
    .tp_call = lru_cache_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Create a cached callable that wraps another function.\n\n"
              "user_function:      the function being cached\n\n"
              "maxsize:  0         for no caching\n"
              "          None      for unlimited cache size\n"
              "          n         for a bounded cache\n\n"
              "typed:    False     cache f(3) and f(3.0) as identical calls\n"
              "          True      cache f(3) and f(3.0) as distinct calls\n\n"
              "cache_info_type:    namedtuple class with the fields:\n"
              "                        hits misses currsize maxsize\n",
    .tp_traverse = lru_cache_tp_traverse,
    .tp_clear = lru_cache_tp_clear,
    .tp_weaklistoffset = offsetof(lru_cache_object, weakreflist),
    .tp_methods = lru_cache_methods,
    .tp_getset = lru_cache_getset,
    .tp_descr_get = lru_cache_descr_get,
    .tp_dictoffset = offsetof(lru_cache_object, dict),
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = lru_cache_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== the module ====================== */

static PyMethodDef module_methods[] = {
    {"reduce", (PyCFunction)(void (*)(void))functools_reduce, METH_VARARGS | METH_KEYWORDS,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
     "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
     "of the iterable in the calculation, and serves as a default when the\n"
     "iterable is empty."},
    {"cmp_to_key", (PyCFunction)(void (*)(void))functools_cmp_to_key, METH_VARARGS | METH_KEYWORDS,
     "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef functoolsmodule = {
    PyModuleDef_HEAD_INIT, "_functools", "Tools that operate on functions.", -1, module_methods,
    NULL, NULL, NULL, NULL};

PyObject *PyInit__functools(void)
{
    PyTypeObject *types[] = {&partial_type, &keyobject_type, &lru_list_elem_type, &lru_cache_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    if (kwd_mark == NULL) {
        kwd_mark = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
        if (kwd_mark == NULL)
            return NULL;
    }
    PyObject *m = PyModule_Create(&functoolsmodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddType(m, &partial_type) < 0 ||
        PyModule_AddObjectRef(m, "_lru_cache_wrapper", (PyObject *)&lru_cache_type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
