/* The itertools module: iterator building blocks.
 *
 * Every tool is its own static type, as in CPython 3.11, and the object
 * layouts are CPython's field for field, so __basicsize__ and __sizeof__
 * agree and the pickling protocol can be the same: __reduce__ returns the
 * same (type, args[, state]) tuples and __setstate__ accepts them, since
 * copy and pickle replay exactly those.
 *
 * Arguments.  CPython parses most of these constructors with code that
 * Argument Clinic generates; that code first checks the shape of the call
 * (too many arguments, too many positional ones, a missing one, one given
 * twice, an unknown name) and only then converts values to C integers.
 * unpack_args() below reproduces that order and those messages for every
 * type that takes keywords; conversions follow it.  Types that refuse
 * keywords do so, as there, only when the class being built is the
 * itertools type itself or a subclass without its own __init__, so a
 * subclass's __init__ may take keywords.
 *
 * Speed.  Each constructor has a vectorcall entry for calls of the exact
 * type (no argument tuple, no keyword dict); subclasses go through tp_new,
 * which turns its tuple and dict into the same array form and calls the
 * same code, so the two paths cannot disagree.  The tools that make a
 * tuple per step (product, combinations, permutations, zip_longest)
 * update the previous tuple in place when the caller has dropped it, the
 * usual case in `for a, b in product(...)`; the cycle collector may have
 * untracked that tuple meanwhile, so it is tracked again before reuse.
 *
 * tee.  The copies share a linked list of blocks (_tee_dataobject), each
 * with room for LINKCELLS values read from the source; a _tee is a block
 * and an index into it.  The leading copy reads the source, the others
 * replay the block; a block no copy points at any longer is freed.  Long
 * chains are freed iteratively so that dropping a far-behind copy cannot
 * overflow the C stack.
 *
 * groupby.  The groupby object keeps the one-item look-ahead (current key
 * and value) for its groups, and a borrowed pointer to the newest
 * _grouper: an older group, once the parent has moved past it, yields
 * nothing more.
 *
 * count.  A C Py_ssize_t counter serves while start and step are ints,
 * the step is 1 and the value fits; otherwise (or once it reaches
 * sys.maxsize) an object counter is stepped with `+`.  One deliberate
 * difference: CPython 3.11 shows count(sys.maxsize) as "count(<NULL>)"
 * and cannot reduce it (SystemError); here both show the value.
 *
 * tp_clear exists for every type holding references; each __next__ first
 * checks the field that tp_clear empties first, so a cleared object (only
 * reachable from other garbage) reads as exhausted. */
#include "Python.h"
#include "kr_typing.h"

static PyTypeObject groupby_type, _grouper_type, teedataobject_type, tee_type, cycle_type,
    dropwhile_type, takewhile_type, islice_type, starmap_type, chain_type, product_type,
    combinations_type, cwr_type, permutations_type, accumulate_type, compress_type,
    filterfalse_type, count_type, repeat_type, ziplongest_type, pairwise_type;

/* ====================================================================== */
/* argument handling */

/* A parameter list as Argument Clinic describes one: `names` lists all
 * `nparams` parameters, the first `posonly` positional-only; the first
 * `minpos` are required, the first `maxpos` may be positional, the rest
 * are keyword-only. */
typedef struct {
    const char *fname;
    const char *const *names;
    int nparams;
    int posonly;
    int minpos;
    int maxpos;
} argspec;

static PyObject *
find_keyword(PyObject *kwnames, PyObject *const *kwvalues, const char *name)
{
    Py_ssize_t n = PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        if (PyUnicode_Check(key) && _PyUnicode_EqualToASCIIString(key, name))
            return kwvalues[i];
    }
    return NULL;
}

/* Vectorcall arguments (keyword values follow the positional ones) into
 * out[0..nparams), absent ones NULL (borrowed references).  The checks
 * and their messages are those of CPython's _PyArg_UnpackKeywords. */
static int
unpack_args(const argspec *sp, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
            PyObject **out)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *const *kwvalues = args + nargs;
    const char *fn = sp->fname;
    int i;

    for (i = 0; i < sp->nparams; i++)
        out[i] = NULL;
    if (nkw == 0 && sp->minpos <= nargs && nargs <= sp->maxpos) {
        for (i = 0; i < nargs; i++)
            out[i] = args[i];
        return 0;
    }
    if (nargs + nkw > sp->nparams) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fn,
                     sp->nparams, nargs == 0 ? "keyword " : "", sp->nparams == 1 ? "" : "s",
                     nargs + nkw);
        return -1;
    }
    if (nargs > sp->maxpos) {
        if (sp->maxpos == 0)
            PyErr_Format(PyExc_TypeError, "%s() takes no positional arguments", fn);
        else
            PyErr_Format(PyExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                         fn, sp->minpos < sp->maxpos ? "at most" : "exactly", sp->maxpos,
                         sp->maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    int minposonly = sp->posonly < sp->minpos ? sp->posonly : sp->minpos;
    if (nargs < minposonly) {
        PyErr_Format(PyExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fn,
                     minposonly < sp->maxpos ? "at least" : "exactly", minposonly,
                     minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (i = 0; i < nargs; i++)
        out[i] = args[i];
    Py_ssize_t left = nkw;
    for (i = nargs > sp->posonly ? (int)nargs : sp->posonly; i < sp->nparams; i++) {
        PyObject *v = NULL;
        if (left)
            v = find_keyword(kwnames, kwvalues, sp->names[i]);
        else if (i >= sp->minpos)
            break;
        out[i] = v;
        if (v != NULL) {
            left--;
        } else if (i < sp->minpos) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s' (pos %d)", fn,
                         sp->names[i], i + 1);
            return -1;
        }
    }
    if (left > 0) {
        for (i = sp->posonly; i < nargs; i++) {
            if (find_keyword(kwnames, kwvalues, sp->names[i])) {
                PyErr_Format(PyExc_TypeError,
                             "argument for %s() given by name ('%s') and position (%d)", fn,
                             sp->names[i], i + 1);
                return -1;
            }
        }
        for (Py_ssize_t k = 0; k < nkw; k++) {
            PyObject *key = PyTuple_GET_ITEM(kwnames, k);
            if (!PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return -1;
            }
            int known = 0;
            for (i = sp->posonly; i < sp->nparams && !known; i++)
                known = _PyUnicode_EqualToASCIIString(key, sp->names[i]);
            if (!known) {
                PyErr_Format(PyExc_TypeError, "'%S' is an invalid keyword argument for %s()", key,
                             fn);
                return -1;
            }
        }
        PyErr_Format(PyExc_TypeError, "invalid keyword argument for %s()", fn);
        return -1;
    }
    return 0;
}

typedef PyObject *(*stack_newfunc)(PyTypeObject *, PyObject *const *, Py_ssize_t, PyObject *);

/* tp_new in terms of a constructor taking vectorcall arguments: the
 * tuple's items, then the dict's values, with the dict's keys as names. */
static PyObject *
new_from_dict(PyTypeObject *type, PyObject *args, PyObject *kwds, stack_newfunc impl)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (kwds == NULL || PyDict_GET_SIZE(kwds) == 0)
        return impl(type, _PyTuple_ITEMS(args), nargs, NULL);
    Py_ssize_t nkw = PyDict_GET_SIZE(kwds);
    PyObject *small[8];
    PyObject **stack = small;
    if (nargs + nkw > (Py_ssize_t)(sizeof small / sizeof small[0])) {
        stack = PyMem_New(PyObject *, nargs + nkw);
        if (stack == NULL)
            return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    PyObject *kwnames = PyTuple_New(nkw);
    if (kwnames != NULL) {
        for (Py_ssize_t i = 0; i < nargs; i++)
            stack[i] = PyTuple_GET_ITEM(args, i);
        Py_ssize_t pos = 0, k = 0;
        PyObject *key, *value;
        while (k < nkw && PyDict_Next(kwds, &pos, &key, &value)) {
            PyTuple_SET_ITEM(kwnames, k, Py_NewRef(key));
            stack[nargs + k] = value;
            k++;
        }
        result = impl(type, stack, nargs, kwnames);
        Py_DECREF(kwnames);
    }
    if (stack != small)
        PyMem_Free(stack);
    return result;
}

/* CPython refuses keywords only for the type itself and for subclasses
 * that do not define __init__. */
static int
keywords_refused(PyTypeObject *type, PyTypeObject *base, const char *name, PyObject *kwds)
{
    return (type == base || type->tp_init == base->tp_init) && !_PyArg_NoKeywords(name, kwds);
}

/* tp_new and vectorcall of a type whose constructor takes exactly N
 * positional arguments, both calling NAME_impl(type, args). */
#define POSITIONAL_CONSTRUCTOR(prefix, fname, type_obj, N)                                     \
    static PyObject *prefix##_new(PyTypeObject *type, PyObject *args, PyObject *kwds)          \
    {                                                                                          \
        if (keywords_refused(type, &type_obj, fname, kwds) ||                                  \
            !_PyArg_CheckPositional(fname, PyTuple_GET_SIZE(args), N, N))                      \
            return NULL;                                                                       \
        return prefix##_impl(type, _PyTuple_ITEMS(args));                                      \
    }                                                                                          \
    static PyObject *prefix##_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, \
                                         PyObject *kwnames)                                    \
    {                                                                                          \
        if (!_PyArg_NoKwnames(fname, kwnames) ||                                               \
            !_PyArg_CheckPositional(fname, PyVectorcall_NARGS(nargsf), N, N))                  \
            return NULL;                                                                       \
        return prefix##_impl((PyTypeObject *)type, args);                                      \
    }

/* Argument Clinic's Py_ssize_t converter: __index__, then the C range. */
static int
ssize_arg(PyObject *o, Py_ssize_t *out)
{
    PyObject *iv = _PyNumber_Index(o);
    if (iv == NULL)
        return -1;
    Py_ssize_t v = PyLong_AsSsize_t(iv);
    Py_DECREF(iv);
    if (v == -1 && PyErr_Occurred())
        return -1;
    *out = v;
    return 0;
}

/* The message of Argument Clinic's type checks of an argument. */
static int
bad_argument(const char *fname, int pos, const char *expected, PyObject *arg)
{
    PyErr_Format(PyExc_TypeError, "%s() argument %d must be %s, not %s", fname, pos, expected,
                 arg == Py_None ? "None" : Py_TYPE(arg)->tp_name);
    return -1;
}

/* A state argument of __setstate__ that must be a tuple. */
static int
state_is_tuple(PyObject *state)
{
    if (PyTuple_Check(state))
        return 1;
    PyErr_SetString(PyExc_TypeError, "state is not a tuple");
    return 0;
}

/* Make a reused result tuple visible to the collector again. */
static inline void
retrack(PyObject *result)
{
    if (!_PyObject_GC_IS_TRACKED(result))
        PyObject_GC_Track(result);
}

/* Replace item i of a result tuple we own alone (steals `item`). */
static inline void
tuple_replace(PyObject *result, Py_ssize_t i, PyObject *item)
{
    PyObject *old = PyTuple_GET_ITEM(result, i);
    PyTuple_SET_ITEM(result, i, item);
    Py_DECREF(old);
}

/* The result tuple to update for the next step: `*slot` itself when no
 * one else holds it, else a copy that replaces it.  NULL on error. */
static PyObject *
reusable_result(PyObject **slot, Py_ssize_t n)
{
    PyObject *result = *slot;
    if (Py_REFCNT(result) > 1) {
        PyObject *copy = _PyTuple_FromArray(_PyTuple_ITEMS(result), n);
        if (copy == NULL)
            return NULL;
        *slot = copy;
        Py_DECREF(result);
        return copy;
    }
    retrack(result);
    return result;
}

#define REDUCE_DOC "Return state information for pickling."
#define SETSTATE_DOC "Set state information for unpickling."
#define SIZEOF_DOC "Returns size in memory, in bytes."

/* ====================================================================== */
/* groupby and _grouper */

typedef struct {
    PyObject_HEAD
    PyObject *it;
    PyObject *keyfunc;
    PyObject *tgtkey;
    PyObject *currkey;
    PyObject *currvalue;
    PyObject *currgrouper; /* borrowed: the newest _grouper */
} groupbyobject;

typedef struct {
    PyObject_HEAD
    PyObject *parent;
    PyObject *tgtkey;
} _grouperobject;

static PyObject *_grouper_create(groupbyobject *parent, PyObject *tgtkey);

static const char *const groupby_kw[] = {"iterable", "key"};
static const argspec groupby_spec = {"groupby", groupby_kw, 2, 0, 1, 2};

static PyObject *
groupby_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2];
    if (unpack_args(&groupby_spec, args, nargs, kwnames, a) < 0)
        return NULL;
    groupbyobject *gbo = (groupbyobject *)type->tp_alloc(type, 0);
    if (gbo == NULL)
        return NULL;
    gbo->keyfunc = Py_NewRef(a[1] ? a[1] : Py_None);
    gbo->it = PyObject_GetIter(a[0]);
    if (gbo->it == NULL) {
        Py_DECREF(gbo);
        return NULL;
    }
    return (PyObject *)gbo;
}

static PyObject *
groupby_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, groupby_from_stack);
}

static PyObject *
groupby_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return groupby_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int
groupby_clear(PyObject *self)
{
    groupbyobject *gbo = (groupbyobject *)self;
    Py_CLEAR(gbo->it);
    Py_CLEAR(gbo->keyfunc);
    Py_CLEAR(gbo->tgtkey);
    Py_CLEAR(gbo->currkey);
    Py_CLEAR(gbo->currvalue);
    return 0;
}

static void
groupby_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    groupby_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
groupby_traverse(PyObject *self, visitproc visit, void *arg)
{
    groupbyobject *gbo = (groupbyobject *)self;
    Py_VISIT(gbo->it);
    Py_VISIT(gbo->keyfunc);
    Py_VISIT(gbo->tgtkey);
    Py_VISIT(gbo->currkey);
    Py_VISIT(gbo->currvalue);
    return 0;
}

/* tgtkey == currkey, holding both: a key's __eq__ may advance the
 * groupby, which replaces them. */
static int
compare_keys(PyObject *tgtkey, PyObject *currkey)
{
    Py_INCREF(tgtkey);
    Py_INCREF(currkey);
    int rcmp = PyObject_RichCompareBool(tgtkey, currkey, Py_EQ);
    Py_DECREF(tgtkey);
    Py_DECREF(currkey);
    return rcmp;
}

/* Read the next value and its key into the look-ahead. */
static int
groupby_step(groupbyobject *gbo)
{
    if (gbo->it == NULL)
        return -1;
    PyObject *newvalue = PyIter_Next(gbo->it);
    if (newvalue == NULL)
        return -1;
    PyObject *newkey;
    if (gbo->keyfunc == Py_None) {
        newkey = Py_NewRef(newvalue);
    } else {
        newkey = PyObject_CallOneArg(gbo->keyfunc, newvalue);
        if (newkey == NULL) {
            Py_DECREF(newvalue);
            return -1;
        }
    }
    Py_XSETREF(gbo->currvalue, newvalue);
    Py_XSETREF(gbo->currkey, newkey);
    return 0;
}

static PyObject *
groupby_next(PyObject *self)
{
    groupbyobject *gbo = (groupbyobject *)self;
    gbo->currgrouper = NULL;
    /* skip what is left of the current group */
    for (;;) {
        if (gbo->currkey == NULL) {
            /* nothing looked ahead yet */
        } else if (gbo->tgtkey == NULL) {
            break;
        } else {
            int rcmp = compare_keys(gbo->tgtkey, gbo->currkey);
            if (rcmp < 0)
                return NULL;
            if (rcmp == 0)
                break;
        }
        if (groupby_step(gbo) < 0)
            return NULL;
    }
    Py_XSETREF(gbo->tgtkey, Py_NewRef(gbo->currkey));
    PyObject *grouper = _grouper_create(gbo, gbo->tgtkey);
    if (grouper == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(2, gbo->currkey, grouper);
    Py_DECREF(grouper);
    return r;
}

static PyObject *
groupby_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    groupbyobject *lz = (groupbyobject *)self;
    if (lz->tgtkey && lz->currkey && lz->currvalue)
        return Py_BuildValue("O(OO)(OOO)", Py_TYPE(lz), lz->it, lz->keyfunc, lz->currkey,
                             lz->currvalue, lz->tgtkey);
    return Py_BuildValue("O(OO)", Py_TYPE(lz), lz->it, lz->keyfunc);
}

static PyObject *
groupby_setstate(PyObject *self, PyObject *state)
{
    groupbyobject *lz = (groupbyobject *)self;
    PyObject *currkey, *currvalue, *tgtkey;
    if (!state_is_tuple(state) || !PyArg_ParseTuple(state, "OOO", &currkey, &currvalue, &tgtkey))
        return NULL;
    Py_XSETREF(lz->currkey, Py_NewRef(currkey));
    Py_XSETREF(lz->currvalue, Py_NewRef(currvalue));
    Py_XSETREF(lz->tgtkey, Py_NewRef(tgtkey));
    Py_RETURN_NONE;
}

static PyMethodDef groupby_methods[] = {
    {"__reduce__", groupby_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", groupby_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject groupby_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.groupby",
    .tp_basicsize = sizeof(groupbyobject),
    .tp_dealloc = groupby_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "groupby(iterable, key=None)\n--\n\n"
              "Make an iterator of (key, group) pairs over runs of consecutive items.\n\n"
              "  iterable\n    The items to group.\n"
              "  key\n    Computes the key of an item; the item itself when None.\n\n"
              "Each group is an iterator over one run of items with equal keys.",
    .tp_traverse = groupby_traverse,
    .tp_clear = groupby_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = groupby_next,
    .tp_methods = groupby_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = groupby_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = groupby_vectorcall,
};

static PyObject *
_grouper_create(groupbyobject *parent, PyObject *tgtkey)
{
    _grouperobject *igo = PyObject_GC_New(_grouperobject, &_grouper_type);
    if (igo == NULL)
        return NULL;
    igo->parent = Py_NewRef((PyObject *)parent);
    igo->tgtkey = Py_NewRef(tgtkey);
    parent->currgrouper = (PyObject *)igo; /* borrowed */
    PyObject_GC_Track(igo);
    return (PyObject *)igo;
}

static PyObject *
_grouper_impl(PyTypeObject *type, PyObject *const *args)
{
    if (!PyObject_TypeCheck(args[0], &groupby_type)) {
        bad_argument("_grouper", 1, groupby_type.tp_name, args[0]);
        return NULL;
    }
    return _grouper_create((groupbyobject *)args[0], args[1]);
}

POSITIONAL_CONSTRUCTOR(_grouper, "_grouper", _grouper_type, 2)

static int
_grouper_clear(PyObject *self)
{
    _grouperobject *igo = (_grouperobject *)self;
    Py_CLEAR(igo->parent);
    Py_CLEAR(igo->tgtkey);
    return 0;
}

static void
_grouper_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    _grouper_clear(self);
    PyObject_GC_Del(self);
}

static int
_grouper_traverse(PyObject *self, visitproc visit, void *arg)
{
    _grouperobject *igo = (_grouperobject *)self;
    Py_VISIT(igo->parent);
    Py_VISIT(igo->tgtkey);
    return 0;
}

static PyObject *
_grouper_next(PyObject *self)
{
    _grouperobject *igo = (_grouperobject *)self;
    groupbyobject *gbo = (groupbyobject *)igo->parent;
    if (gbo == NULL || gbo->currgrouper != self)
        return NULL;
    if (gbo->currvalue == NULL) {
        if (groupby_step(gbo) < 0)
            return NULL;
    }
    int rcmp = compare_keys(igo->tgtkey, gbo->currkey);
    if (rcmp <= 0)
        return NULL; /* an error, or the end of this group */
    PyObject *r = gbo->currvalue;
    if (r == NULL)
        return NULL; /* taken by a re-entrant call during the comparison */
    gbo->currvalue = NULL;
    Py_CLEAR(gbo->currkey);
    return r;
}

static PyObject *
_grouper_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    _grouperobject *lz = (_grouperobject *)self;
    if (lz->parent == NULL || ((groupbyobject *)lz->parent)->currgrouper != self) {
        /* a finished group pickles as an empty iterator */
        PyObject *iter = PyDict_GetItemString(PyEval_GetBuiltins(), "iter");
        if (iter == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_RuntimeError, "lost builtins.iter");
            return NULL;
        }
        return Py_BuildValue("O(())", iter);
    }
    return Py_BuildValue("O(OO)", Py_TYPE(lz), lz->parent, lz->tgtkey);
}

static PyMethodDef _grouper_methods[] = {
    {"__reduce__", _grouper_reduce, METH_NOARGS, REDUCE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject _grouper_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools._grouper",
    .tp_basicsize = sizeof(_grouperobject),
    .tp_dealloc = _grouper_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = _grouper_traverse,
    .tp_clear = _grouper_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = _grouper_next,
    .tp_methods = _grouper_methods,
    .tp_new = _grouper_new,
    .tp_vectorcall = _grouper_vectorcall,
};

/* ====================================================================== */
/* tee, _tee and _tee_dataobject */

#define LINKCELLS 57 /* the block size, CPython's (it shows in __reduce__) */

typedef struct {
    PyObject_HEAD
    PyObject *it;
    int numread; /* 0 <= numread <= LINKCELLS */
    int running; /* reading the source; a re-entrant read is an error */
    PyObject *nextlink;
    PyObject *(values[LINKCELLS]);
} teedataobject;

typedef struct {
    PyObject_HEAD
    teedataobject *dataobj;
    int index; /* 0 <= index <= LINKCELLS */
    PyObject *weakreflist;
} teeobject;

static PyObject *
teedataobject_newinternal(PyObject *it)
{
    teedataobject *tdo = PyObject_GC_New(teedataobject, &teedataobject_type);
    if (tdo == NULL)
        return NULL;
    tdo->running = 0;
    tdo->numread = 0;
    tdo->nextlink = NULL;
    tdo->it = Py_NewRef(it);
    PyObject_GC_Track(tdo);
    return (PyObject *)tdo;
}

/* The next block, made on first need. */
static PyObject *
teedataobject_jumplink(teedataobject *tdo)
{
    if (tdo->nextlink == NULL) {
        if (tdo->it == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "tee data object is cleared");
            return NULL;
        }
        tdo->nextlink = teedataobject_newinternal(tdo->it);
    }
    return Py_XNewRef(tdo->nextlink);
}

static PyObject *
teedataobject_getitem(teedataobject *tdo, int i)
{
    PyObject *value;
    if (i < tdo->numread) {
        value = tdo->values[i];
    } else {
        /* the leading copy: read one more value */
        if (tdo->running) {
            PyErr_SetString(PyExc_RuntimeError, "cannot re-enter the tee iterator");
            return NULL;
        }
        if (tdo->it == NULL)
            return NULL;
        tdo->running = 1;
        value = PyIter_Next(tdo->it);
        tdo->running = 0;
        if (value == NULL)
            return NULL;
        tdo->values[tdo->numread++] = value;
    }
    return Py_NewRef(value);
}

static int
teedataobject_traverse(PyObject *self, visitproc visit, void *arg)
{
    teedataobject *tdo = (teedataobject *)self;
    Py_VISIT(tdo->it);
    for (int i = 0; i < tdo->numread; i++)
        Py_VISIT(tdo->values[i]);
    Py_VISIT(tdo->nextlink);
    return 0;
}

/* Drop a reference to a chain of blocks without recursing once per
 * block: each block whose last reference this is is unlinked first. */
static void
teedataobject_safe_decref(PyObject *obj)
{
    while (obj && Py_IS_TYPE(obj, &teedataobject_type) && Py_REFCNT(obj) == 1) {
        PyObject *nextlink = ((teedataobject *)obj)->nextlink;
        ((teedataobject *)obj)->nextlink = NULL;
        Py_DECREF(obj);
        obj = nextlink;
    }
    Py_XDECREF(obj);
}

static int
teedataobject_clear(PyObject *self)
{
    teedataobject *tdo = (teedataobject *)self;
    Py_CLEAR(tdo->it);
    for (int i = 0; i < tdo->numread; i++)
        Py_CLEAR(tdo->values[i]);
    tdo->numread = 0;
    PyObject *tmp = tdo->nextlink;
    tdo->nextlink = NULL;
    teedataobject_safe_decref(tmp);
    return 0;
}

static void
teedataobject_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    teedataobject_clear(self);
    PyObject_GC_Del(self);
}

static PyObject *
teedataobject_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    teedataobject *tdo = (teedataobject *)self;
    PyObject *values = PyList_New(tdo->numread);
    if (values == NULL)
        return NULL;
    for (int i = 0; i < tdo->numread; i++)
        PyList_SET_ITEM(values, i, Py_NewRef(tdo->values[i]));
    return Py_BuildValue("O(ONO)", Py_TYPE(tdo), tdo->it ? tdo->it : Py_None, values,
                         tdo->nextlink ? tdo->nextlink : Py_None);
}

static PyObject *
teedataobject_impl(PyTypeObject *type, PyObject *const *args)
{
    PyObject *it = args[0], *values = args[1], *next = args[2];
    if (!PyList_Check(values)) {
        bad_argument("teedataobject", 2, "list", values);
        return NULL;
    }
    teedataobject *tdo = (teedataobject *)teedataobject_newinternal(it);
    if (tdo == NULL)
        return NULL;
    Py_ssize_t len = PyList_GET_SIZE(values);
    if (len > LINKCELLS)
        goto invalid;
    for (Py_ssize_t i = 0; i < len; i++)
        tdo->values[i] = Py_NewRef(PyList_GET_ITEM(values, i));
    tdo->numread = (int)len;
    if (len == LINKCELLS) {
        if (next != Py_None) {
            if (!Py_IS_TYPE(next, &teedataobject_type))
                goto invalid;
            tdo->nextlink = Py_NewRef(next);
        }
    } else if (next != Py_None) {
        goto invalid; /* only a full block has a successor */
    }
    return (PyObject *)tdo;
invalid:
    Py_DECREF(tdo);
    PyErr_SetString(PyExc_ValueError, "Invalid arguments");
    return NULL;
}

/* CPython's messages call it by its C name */
POSITIONAL_CONSTRUCTOR(teedataobject, "teedataobject", teedataobject_type, 3)

static PyMethodDef teedataobject_methods[] = {
    {"__reduce__", teedataobject_reduce, METH_NOARGS, REDUCE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject teedataobject_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools._tee_dataobject",
    .tp_basicsize = sizeof(teedataobject),
    .tp_dealloc = teedataobject_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Data container common to multiple tee objects.",
    .tp_traverse = teedataobject_traverse,
    .tp_clear = teedataobject_clear,
    .tp_methods = teedataobject_methods,
    .tp_new = teedataobject_new,
    .tp_vectorcall = teedataobject_vectorcall,
};

static PyObject *
tee_next(PyObject *self)
{
    teeobject *to = (teeobject *)self;
    if (to->dataobj == NULL)
        return NULL;
    if (to->index >= LINKCELLS) {
        PyObject *link = teedataobject_jumplink(to->dataobj);
        if (link == NULL)
            return NULL;
        PyObject *old = (PyObject *)to->dataobj;
        to->dataobj = (teedataobject *)link;
        to->index = 0;
        teedataobject_safe_decref(old);
    }
    PyObject *value = teedataobject_getitem(to->dataobj, to->index);
    if (value == NULL)
        return NULL;
    to->index++;
    return value;
}

static int
tee_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((teeobject *)self)->dataobj);
    return 0;
}

static PyObject *
tee_copy(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    teeobject *to = (teeobject *)self;
    teeobject *newto = PyObject_GC_New(teeobject, &tee_type);
    if (newto == NULL)
        return NULL;
    newto->dataobj = (teedataobject *)Py_XNewRef((PyObject *)to->dataobj);
    newto->index = to->index;
    newto->weakreflist = NULL;
    PyObject_GC_Track(newto);
    return (PyObject *)newto;
}

/* A _tee over iter(iterable); a copy when that is a _tee already. */
static PyObject *
tee_fromiterable(PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    PyObject *result = NULL;
    if (PyObject_TypeCheck(it, &tee_type)) {
        result = tee_copy(it, NULL);
    } else {
        PyObject *dataobj = teedataobject_newinternal(it);
        if (dataobj != NULL) {
            teeobject *to = PyObject_GC_New(teeobject, &tee_type);
            if (to == NULL) {
                Py_DECREF(dataobj);
            } else {
                to->dataobj = (teedataobject *)dataobj;
                to->index = 0;
                to->weakreflist = NULL;
                PyObject_GC_Track(to);
                result = (PyObject *)to;
            }
        }
    }
    Py_DECREF(it);
    return result;
}

static PyObject *
tee_impl(PyTypeObject *type, PyObject *const *args)
{
    return tee_fromiterable(args[0]);
}

POSITIONAL_CONSTRUCTOR(tee, "_tee", tee_type, 1)

static int
tee_clear(PyObject *self)
{
    teeobject *to = (teeobject *)self;
    if (to->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    PyObject *tmp = (PyObject *)to->dataobj;
    to->dataobj = NULL;
    teedataobject_safe_decref(tmp);
    return 0;
}

static void
tee_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    tee_clear(self);
    PyObject_GC_Del(self);
}

static PyObject *
tee_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    teeobject *to = (teeobject *)self;
    return Py_BuildValue("O(())(Oi)", Py_TYPE(to), to->dataobj ? (PyObject *)to->dataobj : Py_None,
                         to->index);
}

static PyObject *
tee_setstate(PyObject *self, PyObject *state)
{
    teeobject *to = (teeobject *)self;
    teedataobject *tdo;
    int index;
    if (!state_is_tuple(state) ||
        !PyArg_ParseTuple(state, "O!i", &teedataobject_type, &tdo, &index))
        return NULL;
    if (index < 0 || index > LINKCELLS) {
        PyErr_SetString(PyExc_ValueError, "Index out of range");
        return NULL;
    }
    PyObject *old = (PyObject *)to->dataobj;
    to->dataobj = (teedataobject *)Py_NewRef((PyObject *)tdo);
    to->index = index;
    teedataobject_safe_decref(old);
    Py_RETURN_NONE;
}

static PyMethodDef tee_methods[] = {
    {"__copy__", tee_copy, METH_NOARGS, "Returns an independent iterator."},
    {"__reduce__", tee_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", tee_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject tee_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools._tee",
    .tp_basicsize = sizeof(teeobject),
    .tp_dealloc = tee_dealloc,
    /* no tp_getattro of its own: _tee has no __getattribute__ in its dict */
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "_tee(iterable, /)\n--\n\nIterator wrapped to make it copyable.",
    .tp_traverse = tee_traverse,
    .tp_clear = tee_clear,
    .tp_weaklistoffset = offsetof(teeobject, weakreflist),
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = tee_next,
    .tp_methods = tee_methods,
    .tp_new = tee_new,
    .tp_vectorcall = tee_vectorcall,
};

/* tee(iterable, n=2, /): n independent iterators.  An iterator with a
 * __copy__ is copied as it is; any other is wrapped in a _tee first. */
static PyObject *
itertools_tee(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t n = 2;
    if (!_PyArg_CheckPositional("tee", nargs, 1, 2))
        return NULL;
    if (nargs > 1 && ssize_arg(args[1], &n) < 0)
        return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 0");
        return NULL;
    }
    PyObject *result = PyTuple_New(n);
    if (result == NULL || n == 0)
        return result;
    PyObject *it = PyObject_GetIter(args[0]);
    if (it == NULL)
        goto error;
    PyObject *copyable, *copyfunc;
    if (_PyObject_LookupAttr(it, _Py_ID(__copy__), &copyfunc) < 0) {
        Py_DECREF(it);
        goto error;
    }
    if (copyfunc != NULL) {
        copyable = it;
    } else {
        copyable = tee_fromiterable(it);
        Py_DECREF(it);
        if (copyable == NULL)
            goto error;
        copyfunc = PyObject_GetAttr(copyable, _Py_ID(__copy__));
        if (copyfunc == NULL) {
            Py_DECREF(copyable);
            goto error;
        }
    }
    PyTuple_SET_ITEM(result, 0, copyable);
    for (Py_ssize_t i = 1; i < n; i++) {
        copyable = PyObject_CallNoArgs(copyfunc);
        if (copyable == NULL) {
            Py_DECREF(copyfunc);
            goto error;
        }
        PyTuple_SET_ITEM(result, i, copyable);
    }
    Py_DECREF(copyfunc);
    return result;
error:
    Py_DECREF(result);
    return NULL;
}

/* ====================================================================== */
/* cycle */

typedef struct {
    PyObject_HEAD
    PyObject *it;    /* NULL once the first pass is over */
    PyObject *saved; /* list of the items of the first pass */
    Py_ssize_t index;
    int firstpass;   /* set by __setstate__: `saved` is already complete */
} cycleobject;

static PyObject *
cycle_impl(PyTypeObject *type, PyObject *const *args)
{
    PyObject *it = PyObject_GetIter(args[0]);
    if (it == NULL)
        return NULL;
    PyObject *saved = PyList_New(0);
    if (saved == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    cycleobject *lz = (cycleobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(it);
        Py_DECREF(saved);
        return NULL;
    }
    lz->it = it;
    lz->saved = saved;
    lz->index = 0;
    lz->firstpass = 0;
    return (PyObject *)lz;
}

POSITIONAL_CONSTRUCTOR(cycle, "cycle", cycle_type, 1)

static int
cycle_clear(PyObject *self)
{
    cycleobject *lz = (cycleobject *)self;
    Py_CLEAR(lz->saved);
    Py_CLEAR(lz->it);
    return 0;
}

static void
cycle_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    cycle_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
cycle_traverse(PyObject *self, visitproc visit, void *arg)
{
    cycleobject *lz = (cycleobject *)self;
    Py_VISIT(lz->it);
    Py_VISIT(lz->saved);
    return 0;
}

static PyObject *
cycle_next(PyObject *self)
{
    cycleobject *lz = (cycleobject *)self;
    if (lz->saved == NULL)
        return NULL;
    if (lz->it != NULL) {
        PyObject *item = PyIter_Next(lz->it);
        if (item != NULL) {
            if (!lz->firstpass && PyList_Append(lz->saved, item) < 0) {
                Py_DECREF(item);
                return NULL;
            }
            return item;
        }
        if (PyErr_Occurred())
            return NULL;
        Py_CLEAR(lz->it);
    }
    Py_ssize_t n = PyList_GET_SIZE(lz->saved);
    if (n == 0)
        return NULL;
    if (lz->index >= n)
        lz->index = 0;
    PyObject *item = PyList_GET_ITEM(lz->saved, lz->index);
    lz->index++;
    if (lz->index >= n)
        lz->index = 0;
    return Py_NewRef(item);
}

static PyObject *
cycle_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    cycleobject *lz = (cycleobject *)self;
    if (lz->it == NULL) {
        /* replaying: an iterator over `saved` positioned at index */
        PyObject *it = PyObject_GetIter(lz->saved);
        if (it == NULL)
            return NULL;
        if (lz->index != 0) {
            PyObject *res = _PyObject_CallMethod(it, _Py_ID(__setstate__), "n", lz->index);
            if (res == NULL) {
                Py_DECREF(it);
                return NULL;
            }
            Py_DECREF(res);
        }
        return Py_BuildValue("O(N)(OO)", Py_TYPE(lz), it, lz->saved, Py_True);
    }
    return Py_BuildValue("O(O)(OO)", Py_TYPE(lz), lz->it, lz->saved,
                         lz->firstpass ? Py_True : Py_False);
}

static PyObject *
cycle_setstate(PyObject *self, PyObject *state)
{
    cycleobject *lz = (cycleobject *)self;
    PyObject *saved = NULL;
    int firstpass;
    if (!state_is_tuple(state) ||
        !PyArg_ParseTuple(state, "O!i", &PyList_Type, &saved, &firstpass))
        return NULL;
    Py_XSETREF(lz->saved, Py_NewRef(saved));
    lz->firstpass = firstpass != 0;
    lz->index = 0;
    Py_RETURN_NONE;
}

static PyMethodDef cycle_methods[] = {
    {"__reduce__", cycle_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", cycle_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject cycle_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.cycle",
    .tp_basicsize = sizeof(cycleobject),
    .tp_dealloc = cycle_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "cycle(iterable, /)\n--\n\n"
              "Yield the items of the iterable, then the same items again, endlessly.",
    .tp_traverse = cycle_traverse,
    .tp_clear = cycle_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = cycle_next,
    .tp_methods = cycle_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = cycle_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = cycle_vectorcall,
};

/* ====================================================================== */
/* dropwhile and takewhile: a predicate, an iterator and a one-way switch */

typedef struct {
    PyObject_HEAD
    PyObject *func;
    PyObject *it;
    long start; /* dropwhile: the predicate failed once; takewhile: stop */
} whileobject;

static PyObject *
while_create(PyTypeObject *type, PyObject *const *args)
{
    PyObject *it = PyObject_GetIter(args[1]);
    if (it == NULL)
        return NULL;
    whileobject *lz = (whileobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    lz->func = Py_NewRef(args[0]);
    lz->it = it;
    lz->start = 0;
    return (PyObject *)lz;
}

static PyObject *
dropwhile_impl(PyTypeObject *type, PyObject *const *args)
{
    return while_create(type, args);
}

static PyObject *
takewhile_impl(PyTypeObject *type, PyObject *const *args)
{
    return while_create(type, args);
}

POSITIONAL_CONSTRUCTOR(dropwhile, "dropwhile", dropwhile_type, 2)
POSITIONAL_CONSTRUCTOR(takewhile, "takewhile", takewhile_type, 2)

/* The pair (func, it) of the one-function iterators (dropwhile,
 * takewhile, starmap, filterfalse): one clear, dealloc and traverse. */
typedef struct {
    PyObject_HEAD
    PyObject *func;
    PyObject *it;
} funcitobject;

static int
funcit_clear(PyObject *self)
{
    funcitobject *lz = (funcitobject *)self;
    Py_CLEAR(lz->it);
    Py_CLEAR(lz->func);
    return 0;
}

static void
funcit_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    funcit_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
funcit_traverse(PyObject *self, visitproc visit, void *arg)
{
    funcitobject *lz = (funcitobject *)self;
    Py_VISIT(lz->it);
    Py_VISIT(lz->func);
    return 0;
}

static PyObject *
dropwhile_next(PyObject *self)
{
    whileobject *lz = (whileobject *)self;
    PyObject *it = lz->it;
    if (it == NULL)
        return NULL;
    iternextfunc iternext = Py_TYPE(it)->tp_iternext;
    for (;;) {
        PyObject *item = iternext(it);
        if (item == NULL)
            return NULL;
        if (lz->start == 1)
            return item;
        PyObject *good = PyObject_CallOneArg(lz->func, item);
        if (good == NULL) {
            Py_DECREF(item);
            return NULL;
        }
        int ok = PyObject_IsTrue(good);
        Py_DECREF(good);
        if (ok == 0) {
            lz->start = 1;
            return item;
        }
        Py_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

static PyObject *
takewhile_next(PyObject *self)
{
    whileobject *lz = (whileobject *)self;
    PyObject *it = lz->it;
    if (lz->start == 1 || it == NULL)
        return NULL;
    PyObject *item = Py_TYPE(it)->tp_iternext(it);
    if (item == NULL)
        return NULL;
    PyObject *good = PyObject_CallOneArg(lz->func, item);
    if (good == NULL) {
        Py_DECREF(item);
        return NULL;
    }
    int ok = PyObject_IsTrue(good);
    Py_DECREF(good);
    if (ok > 0)
        return item;
    Py_DECREF(item);
    if (ok == 0)
        lz->start = 1;
    return NULL;
}

static PyObject *
while_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    whileobject *lz = (whileobject *)self;
    return Py_BuildValue("O(OO)l", Py_TYPE(lz), lz->func, lz->it, lz->start);
}

static PyObject *
while_setstate(PyObject *self, PyObject *state)
{
    int flag = PyObject_IsTrue(state);
    if (flag < 0)
        return NULL;
    ((whileobject *)self)->start = flag;
    Py_RETURN_NONE;
}

static PyMethodDef while_methods[] = {
    {"__reduce__", while_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", while_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject dropwhile_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.dropwhile",
    .tp_basicsize = sizeof(whileobject),
    .tp_dealloc = funcit_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "dropwhile(predicate, iterable, /)\n--\n\n"
              "Skip items while the predicate holds, then yield every item that follows.",
    .tp_traverse = funcit_traverse,
    .tp_clear = funcit_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = dropwhile_next,
    .tp_methods = while_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = dropwhile_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = dropwhile_vectorcall,
};

static PyTypeObject takewhile_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.takewhile",
    .tp_basicsize = sizeof(whileobject),
    .tp_dealloc = funcit_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "takewhile(predicate, iterable, /)\n--\n\n"
              "Yield items as long as the predicate holds for them.",
    .tp_traverse = funcit_traverse,
    .tp_clear = funcit_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = takewhile_next,
    .tp_methods = while_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = takewhile_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = takewhile_vectorcall,
};

/* ====================================================================== */
/* islice */

typedef struct {
    PyObject_HEAD
    PyObject *it; /* NULL once exhausted */
    Py_ssize_t next;
    Py_ssize_t stop; /* -1: no stop */
    Py_ssize_t step;
    Py_ssize_t cnt;
} isliceobject;

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* islice(iterable, stop) or islice(iterable, start, stop[, step]), with
 * CPython's checks, including its way of folding bad types and negative
 * values into the same ValueErrors. */
static PyObject *
islice_impl(PyTypeObject *type, PyObject *const *args, Py_ssize_t numargs)
{
    Py_ssize_t start = 0, stop = -1, step = 1;
    PyObject *a1 = args[1], *a2 = numargs > 2 ? args[2] : NULL, *a3 = numargs > 3 ? args[3] : NULL;
    if (numargs == 2) {
        if (a1 != Py_None) {
            stop = PyNumber_AsSsize_t(a1, PyExc_OverflowError);
            if (stop == -1) {
                PyErr_Clear();
                PyErr_SetString(PyExc_ValueError, islice_stop_msg);
                return NULL;
            }
        }
    } else {
        if (a1 != Py_None)
            start = PyNumber_AsSsize_t(a1, PyExc_OverflowError);
        if (start == -1 && PyErr_Occurred())
            PyErr_Clear();
        if (a2 != Py_None) {
            stop = PyNumber_AsSsize_t(a2, PyExc_OverflowError);
            if (stop == -1) {
                PyErr_Clear();
                PyErr_SetString(PyExc_ValueError, islice_stop_msg);
                return NULL;
            }
        }
    }
    if (start < 0 || stop < -1) {
        PyErr_SetString(PyExc_ValueError, "Indices for islice() must be None or an integer: "
                                          "0 <= x <= sys.maxsize.");
        return NULL;
    }
    if (a3 != NULL) {
        if (a3 != Py_None)
            step = PyNumber_AsSsize_t(a3, PyExc_OverflowError);
        if (step == -1 && PyErr_Occurred())
            PyErr_Clear();
    }
    if (step < 1) {
        PyErr_SetString(PyExc_ValueError, "Step for islice() must be a positive integer or None.");
        return NULL;
    }
    PyObject *it = PyObject_GetIter(args[0]);
    if (it == NULL)
        return NULL;
    isliceobject *lz = (isliceobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    lz->it = it;
    lz->next = start;
    lz->stop = stop;
    lz->step = step;
    lz->cnt = 0;
    return (PyObject *)lz;
}

static PyObject *
islice_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (keywords_refused(type, &islice_type, "islice", kwds) ||
        !_PyArg_CheckPositional("islice", PyTuple_GET_SIZE(args), 2, 4))
        return NULL;
    return islice_impl(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args));
}

static PyObject *
islice_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (!_PyArg_NoKwnames("islice", kwnames) || !_PyArg_CheckPositional("islice", nargs, 2, 4))
        return NULL;
    return islice_impl((PyTypeObject *)type, args, nargs);
}

static int
islice_clear(PyObject *self)
{
    Py_CLEAR(((isliceobject *)self)->it);
    return 0;
}

static void
islice_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    islice_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
islice_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((isliceobject *)self)->it);
    return 0;
}

static PyObject *
islice_next(PyObject *self)
{
    isliceobject *lz = (isliceobject *)self;
    PyObject *it = lz->it;
    Py_ssize_t stop = lz->stop;
    PyObject *item;
    if (it == NULL)
        return NULL;
    /* held: a re-entrant call may drop lz->it */
    Py_INCREF(it);
    iternextfunc iternext = Py_TYPE(it)->tp_iternext;
    while (lz->cnt < lz->next) {
        item = iternext(it);
        if (item == NULL)
            goto empty;
        Py_DECREF(item);
        lz->cnt++;
    }
    if (stop != -1 && lz->cnt >= stop)
        goto empty;
    item = iternext(it);
    if (item == NULL)
        goto empty;
    Py_DECREF(it);
    lz->cnt++;
    Py_ssize_t oldnext = lz->next;
    /* unsigned addition: a step past sys.maxsize wraps instead of being
     * undefined, and the wrap is caught below */
    lz->next = (Py_ssize_t)((size_t)lz->next + (size_t)lz->step);
    if (lz->next < oldnext || (stop != -1 && lz->next > stop))
        lz->next = stop;
    return item;
empty:
    Py_DECREF(it);
    Py_CLEAR(lz->it);
    return NULL;
}

static PyObject *
islice_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    isliceobject *lz = (isliceobject *)self;
    if (lz->it == NULL) {
        PyObject *empty_list = PyList_New(0);
        if (empty_list == NULL)
            return NULL;
        PyObject *empty_it = PyObject_GetIter(empty_list);
        Py_DECREF(empty_list);
        if (empty_it == NULL)
            return NULL;
        return Py_BuildValue("O(Nn)n", Py_TYPE(lz), empty_it, (Py_ssize_t)0, (Py_ssize_t)0);
    }
    PyObject *stop;
    if (lz->stop == -1) {
        stop = Py_NewRef(Py_None);
    } else {
        stop = PyLong_FromSsize_t(lz->stop);
        if (stop == NULL)
            return NULL;
    }
    return Py_BuildValue("O(OnNn)n", Py_TYPE(lz), lz->it, lz->next, stop, lz->step, lz->cnt);
}

static PyObject *
islice_setstate(PyObject *self, PyObject *state)
{
    Py_ssize_t cnt = PyLong_AsSsize_t(state);
    if (cnt == -1 && PyErr_Occurred())
        return NULL;
    ((isliceobject *)self)->cnt = cnt;
    Py_RETURN_NONE;
}

static PyMethodDef islice_methods[] = {
    {"__reduce__", islice_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", islice_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject islice_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.islice",
    .tp_basicsize = sizeof(isliceobject),
    .tp_dealloc = islice_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "islice(iterable, stop) --> islice object\n"
              "islice(iterable, start, stop[, step]) --> islice object\n\n"
              "Yield the items of the iterable that a slice [start:stop:step] of it\n"
              "would select, reading no further than needed.  start and step\n"
              "default to 0 and 1; a stop of None means no end.  Negative values\n"
              "are not supported.",
    .tp_traverse = islice_traverse,
    .tp_clear = islice_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = islice_next,
    .tp_methods = islice_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = islice_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = islice_vectorcall,
};

/* ====================================================================== */
/* starmap */

static PyObject *
starmap_impl(PyTypeObject *type, PyObject *const *args)
{
    PyObject *it = PyObject_GetIter(args[1]);
    if (it == NULL)
        return NULL;
    funcitobject *lz = (funcitobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    lz->func = Py_NewRef(args[0]);
    lz->it = it;
    return (PyObject *)lz;
}

POSITIONAL_CONSTRUCTOR(starmap, "starmap", starmap_type, 2)

static PyObject *
starmap_next(PyObject *self)
{
    funcitobject *lz = (funcitobject *)self;
    PyObject *it = lz->it;
    if (it == NULL)
        return NULL;
    PyObject *args = Py_TYPE(it)->tp_iternext(it);
    if (args == NULL)
        return NULL;
    if (!PyTuple_CheckExact(args)) {
        PyObject *newargs = PySequence_Tuple(args);
        Py_DECREF(args);
        if (newargs == NULL)
            return NULL;
        args = newargs;
    }
    /* the tuple we hold keeps the argument array alive during the call */
    PyObject *result = PyObject_Vectorcall(lz->func, _PyTuple_ITEMS(args),
                                           (size_t)PyTuple_GET_SIZE(args), NULL);
    Py_DECREF(args);
    return result;
}

static PyObject *
funcit_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    funcitobject *lz = (funcitobject *)self;
    return Py_BuildValue("O(OO)", Py_TYPE(lz), lz->func, lz->it);
}

static PyMethodDef funcit_methods[] = {
    {"__reduce__", funcit_reduce, METH_NOARGS, REDUCE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject starmap_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.starmap",
    .tp_basicsize = sizeof(funcitobject),
    .tp_dealloc = funcit_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "starmap(function, iterable, /)\n--\n\n"
              "Yield function(*args) for each tuple of arguments args from the iterable.",
    .tp_traverse = funcit_traverse,
    .tp_clear = funcit_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = starmap_next,
    .tp_methods = funcit_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = starmap_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = starmap_vectorcall,
};

/* ====================================================================== */
/* chain */

typedef struct {
    PyObject_HEAD
    PyObject *source; /* iterator over the iterables; NULL when all are done */
    PyObject *active; /* iterator over the current one, or NULL */
} chainobject;

static PyObject *
chain_new_internal(PyTypeObject *type, PyObject *source)
{
    chainobject *lz = (chainobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(source);
        return NULL;
    }
    lz->source = source;
    lz->active = NULL;
    return (PyObject *)lz;
}

static PyObject *
chain_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (keywords_refused(type, &chain_type, "chain", kwds))
        return NULL;
    PyObject *source = PyObject_GetIter(args);
    if (source == NULL)
        return NULL;
    return chain_new_internal(type, source);
}

static PyObject *
chain_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (!_PyArg_NoKwnames("chain", kwnames))
        return NULL;
    PyObject *tuple = _PyTuple_FromArray(args, PyVectorcall_NARGS(nargsf));
    if (tuple == NULL)
        return NULL;
    PyObject *source = PyObject_GetIter(tuple);
    Py_DECREF(tuple);
    if (source == NULL)
        return NULL;
    return chain_new_internal((PyTypeObject *)type, source);
}

static PyObject *
chain_from_iterable(PyObject *type, PyObject *arg)
{
    PyObject *source = PyObject_GetIter(arg);
    if (source == NULL)
        return NULL;
    return chain_new_internal((PyTypeObject *)type, source);
}

static int
chain_clear(PyObject *self)
{
    chainobject *lz = (chainobject *)self;
    Py_CLEAR(lz->source);
    Py_CLEAR(lz->active);
    return 0;
}

static void
chain_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    chain_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
chain_traverse(PyObject *self, visitproc visit, void *arg)
{
    chainobject *lz = (chainobject *)self;
    Py_VISIT(lz->source);
    Py_VISIT(lz->active);
    return 0;
}

static PyObject *
chain_next(PyObject *self)
{
    chainobject *lz = (chainobject *)self;
    while (lz->source != NULL) {
        if (lz->active == NULL) {
            PyObject *iterable = PyIter_Next(lz->source);
            if (iterable == NULL) {
                Py_CLEAR(lz->source);
                return NULL; /* no more iterables, or an error */
            }
            lz->active = PyObject_GetIter(iterable);
            Py_DECREF(iterable);
            if (lz->active == NULL) {
                Py_CLEAR(lz->source);
                return NULL; /* not iterable */
            }
        }
        PyObject *item = Py_TYPE(lz->active)->tp_iternext(lz->active);
        if (item != NULL)
            return item;
        if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                return NULL;
            PyErr_Clear();
        }
        Py_CLEAR(lz->active);
    }
    return NULL;
}

static PyObject *
chain_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    chainobject *lz = (chainobject *)self;
    /* the source may come from from_iterable, which cannot be pickled, so
     * it travels as state */
    if (lz->source) {
        if (lz->active)
            return Py_BuildValue("O()(OO)", Py_TYPE(lz), lz->source, lz->active);
        return Py_BuildValue("O()(O)", Py_TYPE(lz), lz->source);
    }
    return Py_BuildValue("O()", Py_TYPE(lz));
}

static PyObject *
chain_setstate(PyObject *self, PyObject *state)
{
    chainobject *lz = (chainobject *)self;
    PyObject *source, *active = NULL;
    if (!state_is_tuple(state) || !PyArg_ParseTuple(state, "O|O", &source, &active))
        return NULL;
    if (!PyIter_Check(source) || (active != NULL && !PyIter_Check(active))) {
        PyErr_SetString(PyExc_TypeError, "Arguments must be iterators.");
        return NULL;
    }
    Py_XSETREF(lz->source, Py_NewRef(source));
    Py_XSETREF(lz->active, Py_XNewRef(active));
    Py_RETURN_NONE;
}

static PyMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_O | METH_CLASS,
     "from_iterable($type, iterable, /)\n--\n\n"
     "Make a chain of the iterables that the argument yields, read lazily."},
    {"__reduce__", chain_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", chain_setstate, METH_O, SETSTATE_DOC},
    {"__class_getitem__", Py_GenericAlias, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject chain_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.chain",
    .tp_basicsize = sizeof(chainobject),
    .tp_dealloc = chain_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "chain(*iterables) --> chain object\n\n"
              "Yield the items of the first iterable, then those of the second, and so\n"
              "on until the last one is exhausted.",
    .tp_traverse = chain_traverse,
    .tp_clear = chain_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = chain_next,
    .tp_methods = chain_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = chain_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = chain_vectorcall,
};

/* ====================================================================== */
/* product */

typedef struct {
    PyObject_HEAD
    PyObject *pools;     /* tuple of pool tuples */
    Py_ssize_t *indices; /* one index per pool */
    PyObject *result;    /* the latest result tuple, NULL before the first */
    int stopped;
} productobject;

static PyObject *
product_impl(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t repeat)
{
    if (repeat == 0) {
        nargs = 0; /* the arguments are not even read */
    } else if ((size_t)nargs > PY_SSIZE_T_MAX / sizeof(Py_ssize_t) / (size_t)repeat) {
        PyErr_SetString(PyExc_OverflowError, "repeat argument too large");
        return NULL;
    }
    Py_ssize_t npools = nargs * repeat;
    Py_ssize_t *indices = PyMem_New(Py_ssize_t, npools ? npools : 1);
    if (indices == NULL)
        return PyErr_NoMemory();
    PyObject *pools = PyTuple_New(npools);
    if (pools == NULL)
        goto error;
    Py_ssize_t i;
    for (i = 0; i < nargs; i++) {
        PyObject *pool = PySequence_Tuple(args[i]);
        if (pool == NULL)
            goto error;
        PyTuple_SET_ITEM(pools, i, pool);
        indices[i] = 0;
    }
    for (; i < npools; i++) {
        PyTuple_SET_ITEM(pools, i, Py_NewRef(PyTuple_GET_ITEM(pools, i - nargs)));
        indices[i] = 0;
    }
    productobject *lz = (productobject *)type->tp_alloc(type, 0);
    if (lz == NULL)
        goto error;
    lz->pools = pools;
    lz->indices = indices;
    lz->result = NULL;
    lz->stopped = 0;
    return (PyObject *)lz;
error:
    PyMem_Free(indices);
    Py_XDECREF(pools);
    return NULL;
}

/* The keyword part of product(*iterables, repeat=1), as CPython's
 * "|n:product" parse of the keywords alone reports it. */
static int
product_repeat(PyObject *key, PyObject *value, Py_ssize_t nkw, Py_ssize_t *repeat)
{
    if (nkw > 1) {
        PyErr_Format(PyExc_TypeError, "product() takes at most 1 keyword argument (%zd given)",
                     nkw);
        return -1;
    }
    if (nkw == 0)
        return 0;
    if (!PyUnicode_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "keywords must be strings");
        return -1;
    }
    if (!_PyUnicode_EqualToASCIIString(key, "repeat")) {
        PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for product()", key);
        return -1;
    }
    if (ssize_arg(value, repeat) < 0)
        return -1;
    if (*repeat < 0) {
        PyErr_SetString(PyExc_ValueError, "repeat argument cannot be negative");
        return -1;
    }
    return 0;
}

static PyObject *
product_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t repeat = 1;
    if (kwds != NULL) {
        PyObject *key = NULL, *value = NULL;
        Py_ssize_t pos = 0, nkw = PyDict_GET_SIZE(kwds);
        if (nkw == 1)
            PyDict_Next(kwds, &pos, &key, &value);
        if (product_repeat(key, value, nkw, &repeat) < 0)
            return NULL;
    }
    return product_impl(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), repeat);
}

static PyObject *
product_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t repeat = 1;
    if (kwnames != NULL) {
        Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
        if (product_repeat(nkw ? PyTuple_GET_ITEM(kwnames, 0) : NULL, nkw ? args[nargs] : NULL,
                           nkw, &repeat) < 0)
            return NULL;
    }
    return product_impl((PyTypeObject *)type, args, nargs, repeat);
}

static int
product_clear(PyObject *self)
{
    productobject *lz = (productobject *)self;
    lz->stopped = 1;
    Py_CLEAR(lz->pools);
    Py_CLEAR(lz->result);
    return 0;
}

static void
product_dealloc(PyObject *self)
{
    productobject *lz = (productobject *)self;
    PyObject_GC_UnTrack(self);
    product_clear(self);
    PyMem_Free(lz->indices);
    Py_TYPE(self)->tp_free(self);
}

static int
product_traverse(PyObject *self, visitproc visit, void *arg)
{
    productobject *lz = (productobject *)self;
    Py_VISIT(lz->pools);
    Py_VISIT(lz->result);
    return 0;
}

static PyObject *
product_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    productobject *lz = (productobject *)self;
    Py_ssize_t n = lz->pools ? PyTuple_GET_SIZE(lz->pools) : 0;
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize + n * (Py_ssize_t)sizeof(Py_ssize_t));
}

static PyObject *
product_next(PyObject *self)
{
    productobject *lz = (productobject *)self;
    if (lz->stopped)
        return NULL;
    PyObject *pools = lz->pools;
    Py_ssize_t npools = PyTuple_GET_SIZE(pools);
    PyObject *result = lz->result;
    Py_ssize_t i;
    if (result == NULL) {
        /* the first result: the first item of every pool */
        result = PyTuple_New(npools);
        if (result == NULL)
            goto empty;
        lz->result = result;
        for (i = 0; i < npools; i++) {
            PyObject *pool = PyTuple_GET_ITEM(pools, i);
            if (PyTuple_GET_SIZE(pool) == 0)
                goto empty;
            PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, 0)));
        }
    } else {
        Py_ssize_t *indices = lz->indices;
        result = reusable_result(&lz->result, npools);
        if (result == NULL)
            goto empty;
        /* an odometer: the rightmost index moves, carrying leftwards */
        for (i = npools - 1; i >= 0; i--) {
            PyObject *pool = PyTuple_GET_ITEM(pools, i);
            indices[i]++;
            if (indices[i] == PyTuple_GET_SIZE(pool)) {
                indices[i] = 0;
                tuple_replace(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, 0)));
            } else {
                tuple_replace(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, indices[i])));
                break;
            }
        }
        if (i < 0)
            goto empty; /* every index rolled over */
    }
    return Py_NewRef(result);
empty:
    lz->stopped = 1;
    return NULL;
}

static PyObject *
product_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    productobject *lz = (productobject *)self;
    if (lz->stopped)
        return Py_BuildValue("O(())", Py_TYPE(lz));
    if (lz->result == NULL)
        return Py_BuildValue("OO", Py_TYPE(lz), lz->pools);
    Py_ssize_t n = PyTuple_GET_SIZE(lz->pools);
    PyObject *indices = PyTuple_New(n);
    if (indices == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *index = PyLong_FromSsize_t(lz->indices[i]);
        if (index == NULL) {
            Py_DECREF(indices);
            return NULL;
        }
        PyTuple_SET_ITEM(indices, i, index);
    }
    return Py_BuildValue("OON", Py_TYPE(lz), lz->pools, indices);
}

static PyObject *
product_setstate(PyObject *self, PyObject *state)
{
    productobject *lz = (productobject *)self;
    if (lz->pools == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyTuple_GET_SIZE(lz->pools);
    if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) != n) {
        PyErr_SetString(PyExc_ValueError, "invalid arguments");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(state, i));
        if (index < 0 && PyErr_Occurred())
            return NULL;
        Py_ssize_t poolsize = PyTuple_GET_SIZE(PyTuple_GET_ITEM(lz->pools, i));
        if (poolsize == 0) {
            lz->stopped = 1;
            Py_RETURN_NONE;
        }
        if (index < 0)
            index = 0;
        else if (index > poolsize - 1)
            index = poolsize - 1;
        lz->indices[i] = index;
    }
    PyObject *result = PyTuple_New(n);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pool = PyTuple_GET_ITEM(lz->pools, i);
        PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, lz->indices[i])));
    }
    Py_XSETREF(lz->result, result);
    Py_RETURN_NONE;
}

static PyMethodDef product_methods[] = {
    {"__reduce__", product_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", product_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", product_sizeof, METH_NOARGS, SIZEOF_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject product_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.product",
    .tp_basicsize = sizeof(productobject),
    .tp_dealloc = product_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "product(*iterables, repeat=1) --> product object\n\n"
              "Cartesian product of the iterables, as tuples, in the order of nested\n"
              "for-loops with the first iterable outermost:\n"
              "product('ab', range(2)) --> ('a',0) ('a',1) ('b',0) ('b',1)\n\n"
              "repeat=k uses each iterable k times: product(A, repeat=2) is\n"
              "product(A, A).",
    .tp_traverse = product_traverse,
    .tp_clear = product_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = product_next,
    .tp_methods = product_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = product_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = product_vectorcall,
};

/* ====================================================================== */
/* combinations and combinations_with_replacement */

typedef struct {
    PyObject_HEAD
    PyObject *pool;      /* the input as a tuple */
    Py_ssize_t *indices; /* one index per result item */
    PyObject *result;    /* the latest result tuple, NULL before the first */
    Py_ssize_t r;
    int stopped;
} combinationsobject;

static const char *const combinations_kw[] = {"iterable", "r"};
static const argspec combinations_spec = {"combinations", combinations_kw, 2, 0, 2, 2};
static const argspec cwr_spec = {"combinations_with_replacement", combinations_kw, 2, 0, 2, 2};

/* Both types: the pool, r and the indices; `with_replacement` picks the
 * first indices (0, 1, 2, ... or all 0) and when nothing can come. */
static PyObject *
combinations_create(PyTypeObject *type, const argspec *spec, int with_replacement,
                    PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2];
    Py_ssize_t r;
    if (unpack_args(spec, args, nargs, kwnames, a) < 0 || ssize_arg(a[1], &r) < 0)
        return NULL;
    PyObject *pool = PySequence_Tuple(a[0]);
    if (pool == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(pool);
    if (r < 0) {
        PyErr_SetString(PyExc_ValueError, "r must be non-negative");
        Py_DECREF(pool);
        return NULL;
    }
    Py_ssize_t *indices = PyMem_New(Py_ssize_t, r ? r : 1);
    if (indices == NULL) {
        Py_DECREF(pool);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < r; i++)
        indices[i] = with_replacement ? 0 : i;
    combinationsobject *co = (combinationsobject *)type->tp_alloc(type, 0);
    if (co == NULL) {
        PyMem_Free(indices);
        Py_DECREF(pool);
        return NULL;
    }
    co->pool = pool;
    co->indices = indices;
    co->result = NULL;
    co->r = r;
    co->stopped = with_replacement ? (n == 0 && r > 0) : r > n;
    return (PyObject *)co;
}

static PyObject *
combinations_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    return combinations_create(type, &combinations_spec, 0, args, nargs, kwnames);
}

static PyObject *
combinations_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, combinations_from_stack);
}

static PyObject *
combinations_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return combinations_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf),
                                   kwnames);
}

static PyObject *
cwr_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return combinations_create(type, &cwr_spec, 1, args, nargs, kwnames);
}

static PyObject *
cwr_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, cwr_from_stack);
}

static PyObject *
cwr_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return cwr_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int
combinations_clear(PyObject *self)
{
    combinationsobject *co = (combinationsobject *)self;
    co->stopped = 1;
    Py_CLEAR(co->pool);
    Py_CLEAR(co->result);
    return 0;
}

static void
combinations_dealloc(PyObject *self)
{
    combinationsobject *co = (combinationsobject *)self;
    PyObject_GC_UnTrack(self);
    combinations_clear(self);
    PyMem_Free(co->indices);
    Py_TYPE(self)->tp_free(self);
}

static int
combinations_traverse(PyObject *self, visitproc visit, void *arg)
{
    combinationsobject *co = (combinationsobject *)self;
    Py_VISIT(co->pool);
    Py_VISIT(co->result);
    return 0;
}

static PyObject *
combinations_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    combinationsobject *co = (combinationsobject *)self;
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize +
                              co->r * (Py_ssize_t)sizeof(Py_ssize_t));
}

static PyObject *
combinations_next(PyObject *self)
{
    combinationsobject *co = (combinationsobject *)self;
    if (co->stopped)
        return NULL;
    PyObject *pool = co->pool;
    Py_ssize_t *indices = co->indices;
    Py_ssize_t n = PyTuple_GET_SIZE(pool), r = co->r, i;
    PyObject *result = co->result;
    if (result == NULL) {
        result = PyTuple_New(r);
        if (result == NULL)
            goto empty;
        co->result = result;
        for (i = 0; i < r; i++)
            PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, indices[i])));
    } else {
        result = reusable_result(&co->result, r);
        if (result == NULL)
            goto empty;
        /* the rightmost index not yet at its maximum i + n - r */
        for (i = r - 1; i >= 0 && indices[i] == i + n - r; i--)
            ;
        if (i < 0)
            goto empty;
        /* step it; those to its right restart just above it */
        indices[i]++;
        for (Py_ssize_t j = i + 1; j < r; j++)
            indices[j] = indices[j - 1] + 1;
        for (; i < r; i++)
            tuple_replace(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, indices[i])));
    }
    return Py_NewRef(result);
empty:
    co->stopped = 1;
    return NULL;
}

static PyObject *
cwr_next(PyObject *self)
{
    combinationsobject *co = (combinationsobject *)self;
    if (co->stopped)
        return NULL;
    PyObject *pool = co->pool;
    Py_ssize_t *indices = co->indices;
    Py_ssize_t n = PyTuple_GET_SIZE(pool), r = co->r, i;
    PyObject *result = co->result;
    if (result == NULL) {
        result = PyTuple_New(r);
        if (result == NULL)
            goto empty;
        co->result = result;
        if (n > 0) {
            for (i = 0; i < r; i++)
                PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, 0)));
        }
    } else {
        result = reusable_result(&co->result, r);
        if (result == NULL)
            goto empty;
        /* the rightmost index not yet at n - 1 */
        for (i = r - 1; i >= 0 && indices[i] == n - 1; i--)
            ;
        if (i < 0)
            goto empty;
        /* step it; those to its right take the same value */
        Py_ssize_t index = indices[i] + 1;
        PyObject *elem = PyTuple_GET_ITEM(pool, index);
        for (; i < r; i++) {
            indices[i] = index;
            tuple_replace(result, i, Py_NewRef(elem));
        }
    }
    return Py_NewRef(result);
empty:
    co->stopped = 1;
    return NULL;
}

static PyObject *
combinations_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    combinationsobject *lz = (combinationsobject *)self;
    if (lz->result == NULL)
        return Py_BuildValue("O(On)", Py_TYPE(lz), lz->pool, lz->r);
    if (lz->stopped)
        return Py_BuildValue("O(()n)", Py_TYPE(lz), lz->r);
    PyObject *indices = PyTuple_New(lz->r);
    if (indices == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < lz->r; i++) {
        PyObject *index = PyLong_FromSsize_t(lz->indices[i]);
        if (index == NULL) {
            Py_DECREF(indices);
            return NULL;
        }
        PyTuple_SET_ITEM(indices, i, index);
    }
    return Py_BuildValue("O(On)N", Py_TYPE(lz), lz->pool, lz->r, indices);
}

/* __setstate__ of both: indices clamped to what each position allows. */
static PyObject *
combinations_setstate_common(combinationsobject *lz, PyObject *state, int with_replacement)
{
    if (lz->pool == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyTuple_GET_SIZE(lz->pool);
    if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) != lz->r) {
        PyErr_SetString(PyExc_ValueError, "invalid arguments");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < lz->r; i++) {
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(state, i));
        if (index == -1 && PyErr_Occurred())
            return NULL;
        Py_ssize_t max = with_replacement ? n - 1 : i + n - lz->r;
        if (index > max)
            index = max;
        if (index < 0)
            index = 0;
        lz->indices[i] = index;
    }
    if (lz->r > 0 && n == 0) {
        /* nothing to point at (CPython reads out of bounds here) */
        lz->stopped = 1;
        Py_RETURN_NONE;
    }
    PyObject *result = PyTuple_New(lz->r);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < lz->r; i++)
        PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(lz->pool, lz->indices[i])));
    Py_XSETREF(lz->result, result);
    Py_RETURN_NONE;
}

static PyObject *
combinations_setstate(PyObject *self, PyObject *state)
{
    return combinations_setstate_common((combinationsobject *)self, state, 0);
}

static PyObject *
cwr_setstate(PyObject *self, PyObject *state)
{
    return combinations_setstate_common((combinationsobject *)self, state, 1);
}

static PyMethodDef combinations_methods[] = {
    {"__reduce__", combinations_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", combinations_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", combinations_sizeof, METH_NOARGS, SIZEOF_DOC},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef cwr_methods[] = {
    {"__reduce__", combinations_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", cwr_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", combinations_sizeof, METH_NOARGS, SIZEOF_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject combinations_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.combinations",
    .tp_basicsize = sizeof(combinationsobject),
    .tp_dealloc = combinations_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "combinations(iterable, r)\n--\n\n"
              "Yield the r-length subsequences of the iterable's items, as tuples.\n\n"
              "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
    .tp_traverse = combinations_traverse,
    .tp_clear = combinations_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = combinations_next,
    .tp_methods = combinations_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = combinations_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = combinations_vectorcall,
};

static PyTypeObject cwr_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.combinations_with_replacement",
    .tp_basicsize = sizeof(combinationsobject),
    .tp_dealloc = combinations_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "combinations_with_replacement(iterable, r)\n--\n\n"
              "Yield the r-length sorted selections of the iterable's items in which\n"
              "an item may repeat, as tuples.\n\n"
              "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), "
              "('B','B'), ('B','C'), ('C','C')",
    .tp_traverse = combinations_traverse,
    .tp_clear = combinations_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = cwr_next,
    .tp_methods = cwr_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = cwr_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = cwr_vectorcall,
};

/* ====================================================================== */
/* permutations */

typedef struct {
    PyObject_HEAD
    PyObject *pool;      /* the input as a tuple */
    Py_ssize_t *indices; /* a permutation of range(n) */
    Py_ssize_t *cycles;  /* one roll-over counter per result position */
    PyObject *result;    /* the latest result tuple, NULL before the first */
    Py_ssize_t r;
    int stopped;
} permutationsobject;

static const char *const permutations_kw[] = {"iterable", "r"};
static const argspec permutations_spec = {"permutations", permutations_kw, 2, 0, 1, 2};

static PyObject *
permutations_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    PyObject *a[2];
    if (unpack_args(&permutations_spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *robj = a[1] ? a[1] : Py_None;
    Py_ssize_t *indices = NULL, *cycles = NULL;
    PyObject *pool = PySequence_Tuple(a[0]);
    if (pool == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(pool), r = n;
    if (robj != Py_None) {
        if (!PyLong_Check(robj)) {
            PyErr_SetString(PyExc_TypeError, "Expected int as r");
            goto error;
        }
        r = PyLong_AsSsize_t(robj);
        if (r == -1 && PyErr_Occurred())
            goto error;
    }
    if (r < 0) {
        PyErr_SetString(PyExc_ValueError, "r must be non-negative");
        goto error;
    }
    indices = PyMem_New(Py_ssize_t, n ? n : 1);
    cycles = PyMem_New(Py_ssize_t, r ? r : 1);
    if (indices == NULL || cycles == NULL) {
        PyErr_NoMemory();
        goto error;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        indices[i] = i;
    for (Py_ssize_t i = 0; i < r; i++)
        cycles[i] = n - i;
    permutationsobject *po = (permutationsobject *)type->tp_alloc(type, 0);
    if (po == NULL)
        goto error;
    po->pool = pool;
    po->indices = indices;
    po->cycles = cycles;
    po->result = NULL;
    po->r = r;
    po->stopped = r > n;
    return (PyObject *)po;
error:
    PyMem_Free(indices);
    PyMem_Free(cycles);
    Py_DECREF(pool);
    return NULL;
}

static PyObject *
permutations_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, permutations_from_stack);
}

static PyObject *
permutations_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return permutations_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf),
                                   kwnames);
}

static int
permutations_clear(PyObject *self)
{
    permutationsobject *po = (permutationsobject *)self;
    po->stopped = 1;
    Py_CLEAR(po->pool);
    Py_CLEAR(po->result);
    return 0;
}

static void
permutations_dealloc(PyObject *self)
{
    permutationsobject *po = (permutationsobject *)self;
    PyObject_GC_UnTrack(self);
    permutations_clear(self);
    PyMem_Free(po->indices);
    PyMem_Free(po->cycles);
    Py_TYPE(self)->tp_free(self);
}

static int
permutations_traverse(PyObject *self, visitproc visit, void *arg)
{
    permutationsobject *po = (permutationsobject *)self;
    Py_VISIT(po->pool);
    Py_VISIT(po->result);
    return 0;
}

static PyObject *
permutations_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    permutationsobject *po = (permutationsobject *)self;
    Py_ssize_t n = po->pool ? PyTuple_GET_SIZE(po->pool) : 0;
    return PyLong_FromSsize_t(Py_TYPE(self)->tp_basicsize +
                              (n + po->r) * (Py_ssize_t)sizeof(Py_ssize_t));
}

static PyObject *
permutations_next(PyObject *self)
{
    permutationsobject *po = (permutationsobject *)self;
    if (po->stopped)
        return NULL;
    PyObject *pool = po->pool;
    Py_ssize_t *indices = po->indices, *cycles = po->cycles;
    Py_ssize_t n = PyTuple_GET_SIZE(pool), r = po->r, i;
    PyObject *result = po->result;
    if (result == NULL) {
        result = PyTuple_New(r);
        if (result == NULL)
            goto empty;
        po->result = result;
        for (i = 0; i < r; i++)
            PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(pool, indices[i])));
    } else {
        if (n == 0)
            goto empty;
        result = reusable_result(&po->result, r);
        if (result == NULL)
            goto empty;
        /* count down the rightmost cycle; a cycle that reaches zero
         * rotates its tail of indices back and hands on to the left */
        for (i = r - 1; i >= 0; i--) {
            cycles[i] -= 1;
            if (cycles[i] == 0) {
                Py_ssize_t index = indices[i];
                for (Py_ssize_t j = i; j < n - 1; j++)
                    indices[j] = indices[j + 1];
                indices[n - 1] = index;
                cycles[i] = n - i;
            } else {
                Py_ssize_t j = cycles[i];
                Py_ssize_t index = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = index;
                for (Py_ssize_t k = i; k < r; k++)
                    tuple_replace(result, k, Py_NewRef(PyTuple_GET_ITEM(pool, indices[k])));
                break;
            }
        }
        if (i < 0)
            goto empty;
    }
    return Py_NewRef(result);
empty:
    po->stopped = 1;
    return NULL;
}

static PyObject *
permutations_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    permutationsobject *po = (permutationsobject *)self;
    if (po->result == NULL)
        return Py_BuildValue("O(On)", Py_TYPE(po), po->pool, po->r);
    if (po->stopped)
        return Py_BuildValue("O(()n)", Py_TYPE(po), po->r);
    Py_ssize_t n = PyTuple_GET_SIZE(po->pool);
    PyObject *indices = PyTuple_New(n);
    PyObject *cycles = PyTuple_New(po->r);
    if (indices == NULL || cycles == NULL)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *index = PyLong_FromSsize_t(po->indices[i]);
        if (index == NULL)
            goto error;
        PyTuple_SET_ITEM(indices, i, index);
    }
    for (Py_ssize_t i = 0; i < po->r; i++) {
        PyObject *index = PyLong_FromSsize_t(po->cycles[i]);
        if (index == NULL)
            goto error;
        PyTuple_SET_ITEM(cycles, i, index);
    }
    return Py_BuildValue("O(On)(NN)", Py_TYPE(po), po->pool, po->r, indices, cycles);
error:
    Py_XDECREF(indices);
    Py_XDECREF(cycles);
    return NULL;
}

static PyObject *
permutations_setstate(PyObject *self, PyObject *state)
{
    permutationsobject *po = (permutationsobject *)self;
    PyObject *indices, *cycles;
    if (!state_is_tuple(state) ||
        !PyArg_ParseTuple(state, "O!O!", &PyTuple_Type, &indices, &PyTuple_Type, &cycles))
        return NULL;
    if (po->pool == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyTuple_GET_SIZE(po->pool);
    if (PyTuple_GET_SIZE(indices) != n || PyTuple_GET_SIZE(cycles) != po->r) {
        PyErr_SetString(PyExc_ValueError, "invalid arguments");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(indices, i));
        if (index < 0 && PyErr_Occurred())
            return NULL;
        if (index < 0)
            index = 0;
        else if (index > n - 1)
            index = n - 1;
        po->indices[i] = index;
    }
    for (Py_ssize_t i = 0; i < po->r; i++) {
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(cycles, i));
        if (index < 0 && PyErr_Occurred())
            return NULL;
        if (index < 1)
            index = 1;
        else if (index > n - i)
            index = n - i;
        po->cycles[i] = index;
    }
    PyObject *result = PyTuple_New(po->r);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < po->r; i++)
        PyTuple_SET_ITEM(result, i, Py_NewRef(PyTuple_GET_ITEM(po->pool, po->indices[i])));
    Py_XSETREF(po->result, result);
    Py_RETURN_NONE;
}

static PyMethodDef permutations_methods[] = {
    {"__reduce__", permutations_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", permutations_setstate, METH_O, SETSTATE_DOC},
    {"__sizeof__", permutations_sizeof, METH_NOARGS, SIZEOF_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject permutations_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.permutations",
    .tp_basicsize = sizeof(permutationsobject),
    .tp_dealloc = permutations_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "permutations(iterable, r=None)\n--\n\n"
              "Yield the r-length orderings of the iterable's items, as tuples; r\n"
              "defaults to the number of items.\n\n"
              "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
    .tp_traverse = permutations_traverse,
    .tp_clear = permutations_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = permutations_next,
    .tp_methods = permutations_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = permutations_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = permutations_vectorcall,
};

/* ====================================================================== */
/* accumulate */

typedef struct {
    PyObject_HEAD
    PyObject *total;   /* NULL before the first item */
    PyObject *it;
    PyObject *binop;   /* NULL: addition */
    PyObject *initial; /* None once yielded, or when not given */
} accumulateobject;

static const char *const accumulate_kw[] = {"iterable", "func", "initial"};
static const argspec accumulate_spec = {"accumulate", accumulate_kw, 3, 0, 1, 2};

static PyObject *
accumulate_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
{
    PyObject *a[3];
    if (unpack_args(&accumulate_spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *binop = a[1] ? a[1] : Py_None, *initial = a[2] ? a[2] : Py_None;
    PyObject *it = PyObject_GetIter(a[0]);
    if (it == NULL)
        return NULL;
    accumulateobject *lz = (accumulateobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    lz->binop = binop != Py_None ? Py_NewRef(binop) : NULL;
    lz->total = NULL;
    lz->it = it;
    lz->initial = Py_NewRef(initial);
    return (PyObject *)lz;
}

static PyObject *
accumulate_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, accumulate_from_stack);
}

static PyObject *
accumulate_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return accumulate_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int
accumulate_clear(PyObject *self)
{
    accumulateobject *lz = (accumulateobject *)self;
    Py_CLEAR(lz->it);
    Py_CLEAR(lz->binop);
    Py_CLEAR(lz->total);
    Py_CLEAR(lz->initial);
    return 0;
}

static void
accumulate_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    accumulate_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
accumulate_traverse(PyObject *self, visitproc visit, void *arg)
{
    accumulateobject *lz = (accumulateobject *)self;
    Py_VISIT(lz->binop);
    Py_VISIT(lz->it);
    Py_VISIT(lz->total);
    Py_VISIT(lz->initial);
    return 0;
}

static PyObject *
accumulate_next(PyObject *self)
{
    accumulateobject *lz = (accumulateobject *)self;
    if (lz->it == NULL)
        return NULL;
    if (lz->initial != Py_None) {
        Py_XSETREF(lz->total, lz->initial);
        lz->initial = Py_NewRef(Py_None);
        return Py_NewRef(lz->total);
    }
    PyObject *val = Py_TYPE(lz->it)->tp_iternext(lz->it);
    if (val == NULL)
        return NULL;
    if (lz->total == NULL) {
        lz->total = Py_NewRef(val);
        return val;
    }
    /* held: a re-entrant call may replace the total */
    PyObject *total = Py_NewRef(lz->total), *newtotal;
    if (lz->binop == NULL) {
        newtotal = PyNumber_Add(total, val);
    } else {
        PyObject *callargs[2] = {total, val};
        newtotal = PyObject_Vectorcall(lz->binop, callargs, 2, NULL);
    }
    Py_DECREF(total);
    Py_DECREF(val);
    if (newtotal == NULL)
        return NULL;
    Py_SETREF(lz->total, Py_NewRef(newtotal));
    return newtotal;
}

static PyObject *
accumulate_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    accumulateobject *lz = (accumulateobject *)self;
    PyObject *binop = lz->binop ? lz->binop : Py_None;
    if (lz->initial != Py_None) {
        /* the initial value not yet given out goes in front of the input */
        PyObject *it = PyObject_CallFunction((PyObject *)&chain_type, "(O)O", lz->initial, lz->it);
        if (it == NULL)
            return NULL;
        return Py_BuildValue("O(NO)O", Py_TYPE(lz), it, binop, Py_None);
    }
    if (lz->total == Py_None) {
        /* a total of None cannot be state (None means "no total"): put
         * it in front of the input and skip its echo */
        PyObject *it = PyObject_CallFunction((PyObject *)&chain_type, "(O)O", lz->total, lz->it);
        if (it == NULL)
            return NULL;
        it = PyObject_CallFunction((PyObject *)Py_TYPE(lz), "NO", it, binop);
        if (it == NULL)
            return NULL;
        return Py_BuildValue("O(NiO)", &islice_type, it, 1, Py_None);
    }
    return Py_BuildValue("O(OO)O", Py_TYPE(lz), lz->it, binop, lz->total ? lz->total : Py_None);
}

static PyObject *
accumulate_setstate(PyObject *self, PyObject *state)
{
    Py_XSETREF(((accumulateobject *)self)->total, Py_NewRef(state));
    Py_RETURN_NONE;
}

static PyMethodDef accumulate_methods[] = {
    {"__reduce__", accumulate_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", accumulate_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject accumulate_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.accumulate",
    .tp_basicsize = sizeof(accumulateobject),
    .tp_dealloc = accumulate_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "accumulate(iterable, func=None, *, initial=None)\n--\n\n"
              "Yield running totals: sums, or the results of func(total, item).\n\n"
              "A given initial value comes first and starts the total.",
    .tp_traverse = accumulate_traverse,
    .tp_clear = accumulate_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = accumulate_next,
    .tp_methods = accumulate_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = accumulate_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = accumulate_vectorcall,
};

/* ====================================================================== */
/* compress */

typedef struct {
    PyObject_HEAD
    PyObject *data;
    PyObject *selectors;
} compressobject;

static const char *const compress_kw[] = {"data", "selectors"};
static const argspec compress_spec = {"compress", compress_kw, 2, 0, 2, 2};

static PyObject *
compress_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs,
                    PyObject *kwnames)
{
    PyObject *a[2];
    if (unpack_args(&compress_spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *data = PyObject_GetIter(a[0]);
    if (data == NULL)
        return NULL;
    PyObject *selectors = PyObject_GetIter(a[1]);
    if (selectors == NULL) {
        Py_DECREF(data);
        return NULL;
    }
    compressobject *lz = (compressobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(data);
        Py_DECREF(selectors);
        return NULL;
    }
    lz->data = data;
    lz->selectors = selectors;
    return (PyObject *)lz;
}

static PyObject *
compress_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, compress_from_stack);
}

static PyObject *
compress_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return compress_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int
compress_clear(PyObject *self)
{
    compressobject *lz = (compressobject *)self;
    Py_CLEAR(lz->data);
    Py_CLEAR(lz->selectors);
    return 0;
}

static void
compress_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    compress_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
compress_traverse(PyObject *self, visitproc visit, void *arg)
{
    compressobject *lz = (compressobject *)self;
    Py_VISIT(lz->data);
    Py_VISIT(lz->selectors);
    return 0;
}

static PyObject *
compress_next(PyObject *self)
{
    compressobject *lz = (compressobject *)self;
    PyObject *data = lz->data, *selectors = lz->selectors;
    if (data == NULL || selectors == NULL)
        return NULL;
    iternextfunc datanext = Py_TYPE(data)->tp_iternext;
    iternextfunc selectornext = Py_TYPE(selectors)->tp_iternext;
    for (;;) {
        /* the datum first, then its selector: the pure-Python order in
         * which either input gets the chance to raise */
        PyObject *datum = datanext(data);
        if (datum == NULL)
            return NULL;
        PyObject *selector = selectornext(selectors);
        if (selector == NULL) {
            Py_DECREF(datum);
            return NULL;
        }
        int ok = PyObject_IsTrue(selector);
        Py_DECREF(selector);
        if (ok > 0)
            return datum;
        Py_DECREF(datum);
        if (ok < 0)
            return NULL;
    }
}

static PyObject *
compress_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    compressobject *lz = (compressobject *)self;
    return Py_BuildValue("O(OO)", Py_TYPE(lz), lz->data, lz->selectors);
}

static PyMethodDef compress_methods[] = {
    {"__reduce__", compress_reduce, METH_NOARGS, REDUCE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject compress_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.compress",
    .tp_basicsize = sizeof(compressobject),
    .tp_dealloc = compress_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "compress(data, selectors)\n--\n\n"
              "Yield the items of data whose matching item in selectors is true,\n"
              "stopping when either input is exhausted.",
    .tp_traverse = compress_traverse,
    .tp_clear = compress_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = compress_next,
    .tp_methods = compress_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = compress_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = compress_vectorcall,
};

/* ====================================================================== */
/* filterfalse */

static PyObject *
filterfalse_impl(PyTypeObject *type, PyObject *const *args)
{
    return starmap_impl(type, args); /* the same (func, iter(iterable)) pair */
}

POSITIONAL_CONSTRUCTOR(filterfalse, "filterfalse", filterfalse_type, 2)

static PyObject *
filterfalse_next(PyObject *self)
{
    funcitobject *lz = (funcitobject *)self;
    PyObject *it = lz->it;
    if (it == NULL)
        return NULL;
    iternextfunc iternext = Py_TYPE(it)->tp_iternext;
    for (;;) {
        PyObject *item = iternext(it);
        if (item == NULL)
            return NULL;
        int ok;
        if (lz->func == Py_None || lz->func == (PyObject *)&PyBool_Type) {
            ok = PyObject_IsTrue(item);
        } else {
            PyObject *good = PyObject_CallOneArg(lz->func, item);
            if (good == NULL) {
                Py_DECREF(item);
                return NULL;
            }
            ok = PyObject_IsTrue(good);
            Py_DECREF(good);
        }
        if (ok == 0)
            return item;
        Py_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

static PyTypeObject filterfalse_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.filterfalse",
    .tp_basicsize = sizeof(funcitobject),
    .tp_dealloc = funcit_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "filterfalse(function, iterable, /)\n--\n\n"
              "Yield the items for which function(item) is false; with None as the\n"
              "function, the false items themselves.",
    .tp_traverse = funcit_traverse,
    .tp_clear = funcit_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = filterfalse_next,
    .tp_methods = funcit_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = filterfalse_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = filterfalse_vectorcall,
};

/* ====================================================================== */
/* count */

typedef struct {
    PyObject_HEAD
    Py_ssize_t cnt;      /* the next value, or PY_SSIZE_T_MAX: see long_cnt */
    PyObject *long_cnt;  /* the next value when cnt is PY_SSIZE_T_MAX; NULL
                          * until first needed if that is the value itself */
    PyObject *long_step;
} countobject;

static const char *const count_kw[] = {"start", "step"};
static const argspec count_spec = {"count", count_kw, 2, 0, 0, 2};

static PyObject *
count_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2];
    if (unpack_args(&count_spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *long_cnt = a[0], *long_step = a[1];
    Py_ssize_t cnt = 0;
    if ((long_cnt != NULL && !PyNumber_Check(long_cnt)) ||
        (long_step != NULL && !PyNumber_Check(long_step))) {
        PyErr_SetString(PyExc_TypeError, "a number is required");
        return NULL;
    }
    int fast_mode = (long_cnt == NULL || PyLong_Check(long_cnt)) &&
                    (long_step == NULL || PyLong_Check(long_step));
    if (long_cnt != NULL) {
        if (fast_mode) {
            cnt = PyLong_AsSsize_t(long_cnt);
            if (cnt == -1 && PyErr_Occurred()) {
                PyErr_Clear();
                fast_mode = 0;
            }
        }
    } else {
        long_cnt = _PyLong_GetZero();
    }
    if (long_step == NULL)
        long_step = _PyLong_GetOne();
    if (fast_mode) {
        /* the C counter only counts by one */
        int overflow;
        long step = PyLong_AsLongAndOverflow(long_step, &overflow);
        if (step == -1 && PyErr_Occurred())
            PyErr_Clear();
        if (step != 1 || overflow)
            fast_mode = 0;
    }
    countobject *lz = (countobject *)type->tp_alloc(type, 0);
    if (lz == NULL)
        return NULL;
    if (fast_mode) {
        lz->cnt = cnt;
        lz->long_cnt = NULL;
    } else {
        lz->cnt = PY_SSIZE_T_MAX;
        lz->long_cnt = Py_NewRef(long_cnt);
    }
    lz->long_step = Py_NewRef(long_step);
    return (PyObject *)lz;
}

static PyObject *
count_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, count_from_stack);
}

static PyObject *
count_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return count_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int
count_clear(PyObject *self)
{
    countobject *lz = (countobject *)self;
    Py_CLEAR(lz->long_step);
    Py_CLEAR(lz->long_cnt);
    return 0;
}

static void
count_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    count_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
count_traverse(PyObject *self, visitproc visit, void *arg)
{
    countobject *lz = (countobject *)self;
    Py_VISIT(lz->long_cnt);
    Py_VISIT(lz->long_step);
    return 0;
}

/* The next value as an object, in either mode (new reference). */
static PyObject *
count_value(countobject *lz)
{
    if (lz->long_cnt != NULL)
        return Py_NewRef(lz->long_cnt);
    return PyLong_FromSsize_t(lz->cnt);
}

static PyObject *
count_next(PyObject *self)
{
    countobject *lz = (countobject *)self;
    if (lz->cnt != PY_SSIZE_T_MAX)
        return PyLong_FromSsize_t(lz->cnt++);
    /* the object counter, entered at sys.maxsize by the C one */
    if (lz->long_step == NULL)
        return NULL;
    if (lz->long_cnt == NULL) {
        lz->long_cnt = PyLong_FromSsize_t(PY_SSIZE_T_MAX);
        if (lz->long_cnt == NULL)
            return NULL;
    }
    PyObject *stepped_up = PyNumber_Add(lz->long_cnt, lz->long_step);
    if (stepped_up == NULL)
        return NULL;
    PyObject *value = lz->long_cnt;
    lz->long_cnt = stepped_up;
    return value;
}

static PyObject *
count_repr(PyObject *self)
{
    countobject *lz = (countobject *)self;
    const char *name = _PyType_Name(Py_TYPE(lz));
    if (lz->cnt != PY_SSIZE_T_MAX)
        return PyUnicode_FromFormat("%s(%zd)", name, lz->cnt);
    PyObject *value = count_value(lz);
    if (value == NULL)
        return NULL;
    PyObject *r;
    int step_is_one = 0;
    if (lz->long_step != NULL && PyLong_Check(lz->long_step)) {
        int overflow;
        long step = PyLong_AsLongAndOverflow(lz->long_step, &overflow);
        if (step == -1 && PyErr_Occurred())
            PyErr_Clear();
        step_is_one = step == 1 && !overflow;
    }
    if (step_is_one)
        r = PyUnicode_FromFormat("%s(%R)", name, value);
    else
        r = PyUnicode_FromFormat("%s(%R, %R)", name, value, lz->long_step);
    Py_DECREF(value);
    return r;
}

static PyObject *
count_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    countobject *lz = (countobject *)self;
    if (lz->cnt == PY_SSIZE_T_MAX) {
        PyObject *value = count_value(lz);
        if (value == NULL)
            return NULL;
        return Py_BuildValue("O(NO)", Py_TYPE(lz), value, lz->long_step);
    }
    return Py_BuildValue("O(n)", Py_TYPE(lz), lz->cnt);
}

static PyMethodDef count_methods[] = {
    {"__reduce__", count_reduce, METH_NOARGS, REDUCE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject count_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.count",
    .tp_basicsize = sizeof(countobject),
    .tp_dealloc = count_dealloc,
    .tp_repr = count_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "count(start=0, step=1)\n--\n\n"
              "Yield start, start + step, start + 2*step, ... endlessly.\n\n"
              "Any numbers will do; the values are computed with +.",
    .tp_traverse = count_traverse,
    .tp_clear = count_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = count_next,
    .tp_methods = count_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = count_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = count_vectorcall,
};

/* ====================================================================== */
/* repeat */

typedef struct {
    PyObject_HEAD
    PyObject *element;
    Py_ssize_t cnt; /* times left, or -1: endless */
} repeatobject;

static const char *const repeat_kw[] = {"object", "times"};
static const argspec repeat_spec = {"repeat", repeat_kw, 2, 0, 1, 2};

static PyObject *
repeat_from_stack(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2];
    Py_ssize_t cnt = -1;
    if (unpack_args(&repeat_spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (a[1] != NULL) {
        if (ssize_arg(a[1], &cnt) < 0)
            return NULL;
        if (cnt < 0)
            cnt = 0; /* a negative count given means none, not endless */
    }
    repeatobject *ro = (repeatobject *)type->tp_alloc(type, 0);
    if (ro == NULL)
        return NULL;
    ro->element = Py_NewRef(a[0]);
    ro->cnt = cnt;
    return (PyObject *)ro;
}

static PyObject *
repeat_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return new_from_dict(type, args, kwds, repeat_from_stack);
}

static PyObject *
repeat_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return repeat_from_stack((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int
repeat_clear(PyObject *self)
{
    Py_CLEAR(((repeatobject *)self)->element);
    return 0;
}

static void
repeat_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    repeat_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
repeat_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((repeatobject *)self)->element);
    return 0;
}

static PyObject *
repeat_next(PyObject *self)
{
    repeatobject *ro = (repeatobject *)self;
    if (ro->cnt == 0 || ro->element == NULL)
        return NULL;
    if (ro->cnt > 0)
        ro->cnt--;
    return Py_NewRef(ro->element);
}

static PyObject *
repeat_repr(PyObject *self)
{
    repeatobject *ro = (repeatobject *)self;
    if (ro->cnt == -1)
        return PyUnicode_FromFormat("%s(%R)", _PyType_Name(Py_TYPE(ro)), ro->element);
    return PyUnicode_FromFormat("%s(%R, %zd)", _PyType_Name(Py_TYPE(ro)), ro->element, ro->cnt);
}

static PyObject *
repeat_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    repeatobject *ro = (repeatobject *)self;
    if (ro->cnt == -1) {
        PyErr_SetString(PyExc_TypeError, "len() of unsized object");
        return NULL;
    }
    return PyLong_FromSize_t((size_t)ro->cnt);
}

static PyObject *
repeat_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    repeatobject *ro = (repeatobject *)self;
    if (ro->cnt >= 0)
        return Py_BuildValue("O(On)", Py_TYPE(ro), ro->element, ro->cnt);
    return Py_BuildValue("O(O)", Py_TYPE(ro), ro->element);
}

static PyMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", repeat_reduce, METH_NOARGS, REDUCE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject repeat_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.repeat",
    .tp_basicsize = sizeof(repeatobject),
    .tp_dealloc = repeat_dealloc,
    .tp_repr = repeat_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "repeat(object [,times]) -> repeat object\n\n"
              "Yield the object `times` times, or endlessly when times is not given.",
    .tp_traverse = repeat_traverse,
    .tp_clear = repeat_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = repeat_next,
    .tp_methods = repeat_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = repeat_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = repeat_vectorcall,
};

/* ====================================================================== */
/* zip_longest */

typedef struct {
    PyObject_HEAD
    Py_ssize_t tuplesize;
    Py_ssize_t numactive;
    PyObject *ittuple; /* the iterators; None where one is exhausted */
    PyObject *result;  /* reusable result tuple */
    PyObject *fillvalue;
} ziplongestobject;

static PyObject *
zip_longest_impl(PyTypeObject *type, PyObject *const *args, Py_ssize_t tuplesize,
                 PyObject *fillvalue)
{
    PyObject *ittuple = PyTuple_New(tuplesize);
    if (ittuple == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < tuplesize; i++) {
        PyObject *it = PyObject_GetIter(args[i]);
        if (it == NULL) {
            Py_DECREF(ittuple);
            return NULL;
        }
        PyTuple_SET_ITEM(ittuple, i, it);
    }
    PyObject *result = PyTuple_New(tuplesize);
    if (result == NULL) {
        Py_DECREF(ittuple);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < tuplesize; i++)
        PyTuple_SET_ITEM(result, i, Py_NewRef(Py_None));
    ziplongestobject *lz = (ziplongestobject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Py_DECREF(ittuple);
        Py_DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = tuplesize;
    lz->numactive = tuplesize;
    lz->result = result;
    lz->fillvalue = Py_NewRef(fillvalue);
    return (PyObject *)lz;
}

static PyObject *
zip_longest_unexpected(void)
{
    PyErr_SetString(PyExc_TypeError, "zip_longest() got an unexpected keyword argument");
    return NULL;
}

static PyObject *
zip_longest_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *fillvalue = Py_None;
    if (kwds != NULL && PyDict_CheckExact(kwds) && PyDict_GET_SIZE(kwds) > 0) {
        fillvalue = NULL;
        if (PyDict_GET_SIZE(kwds) == 1)
            fillvalue = PyDict_GetItemWithError(kwds, _Py_ID(fillvalue));
        if (fillvalue == NULL)
            return PyErr_Occurred() ? NULL : zip_longest_unexpected();
    }
    return zip_longest_impl(type, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), fillvalue);
}

static PyObject *
zip_longest_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *fillvalue = Py_None;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, 0);
        if (PyTuple_GET_SIZE(kwnames) != 1 || !PyUnicode_Check(key) ||
            !_PyUnicode_EqualToASCIIString(key, "fillvalue"))
            return zip_longest_unexpected();
        fillvalue = args[nargs];
    }
    return zip_longest_impl((PyTypeObject *)type, args, nargs, fillvalue);
}

static int
zip_longest_clear(PyObject *self)
{
    ziplongestobject *lz = (ziplongestobject *)self;
    lz->numactive = 0;
    Py_CLEAR(lz->ittuple);
    Py_CLEAR(lz->result);
    Py_CLEAR(lz->fillvalue);
    return 0;
}

static void
zip_longest_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    zip_longest_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
zip_longest_traverse(PyObject *self, visitproc visit, void *arg)
{
    ziplongestobject *lz = (ziplongestobject *)self;
    Py_VISIT(lz->ittuple);
    Py_VISIT(lz->result);
    Py_VISIT(lz->fillvalue);
    return 0;
}

static PyObject *
zip_longest_next(PyObject *self)
{
    ziplongestobject *lz = (ziplongestobject *)self;
    Py_ssize_t tuplesize = lz->tuplesize;
    PyObject *result = lz->result;
    int reuse;
    if (tuplesize == 0 || lz->numactive == 0)
        return NULL;
    if (Py_REFCNT(result) == 1) {
        reuse = 1;
        Py_INCREF(result);
    } else {
        reuse = 0;
        result = PyTuple_New(tuplesize);
        if (result == NULL)
            return NULL;
    }
    for (Py_ssize_t i = 0; i < tuplesize; i++) {
        PyObject *it = PyTuple_GET_ITEM(lz->ittuple, i);
        PyObject *item;
        if (it == Py_None) {
            item = Py_NewRef(lz->fillvalue);
        } else {
            /* held: a re-entrant call may retire this input meanwhile */
            Py_INCREF(it);
            item = PyIter_Next(it);
            if (item == NULL) {
                if (PyErr_Occurred()) {
                    lz->numactive = 0;
                    Py_DECREF(it);
                    Py_DECREF(result);
                    return NULL;
                }
                if (PyTuple_GET_ITEM(lz->ittuple, i) == it) {
                    lz->numactive -= 1;
                    PyTuple_SET_ITEM(lz->ittuple, i, Py_NewRef(Py_None));
                    Py_DECREF(it);
                }
                if (lz->numactive <= 0) {
                    lz->numactive = 0;
                    Py_DECREF(it);
                    Py_DECREF(result);
                    return NULL;
                }
                item = Py_NewRef(lz->fillvalue);
            }
            Py_DECREF(it);
        }
        if (reuse)
            tuple_replace(result, i, item);
        else
            PyTuple_SET_ITEM(result, i, item);
    }
    if (reuse)
        retrack(result);
    return result;
}

static PyObject *
zip_longest_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    ziplongestobject *lz = (ziplongestobject *)self;
    /* exhausted inputs travel as empty tuples; the fill value as state */
    Py_ssize_t n = PyTuple_GET_SIZE(lz->ittuple);
    PyObject *args = PyTuple_New(n);
    if (args == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *elem = PyTuple_GET_ITEM(lz->ittuple, i);
        if (elem == Py_None) {
            elem = PyTuple_New(0);
            if (elem == NULL) {
                Py_DECREF(args);
                return NULL;
            }
        } else {
            Py_INCREF(elem);
        }
        PyTuple_SET_ITEM(args, i, elem);
    }
    return Py_BuildValue("ONO", Py_TYPE(lz), args, lz->fillvalue);
}

static PyObject *
zip_longest_setstate(PyObject *self, PyObject *state)
{
    Py_XSETREF(((ziplongestobject *)self)->fillvalue, Py_NewRef(state));
    Py_RETURN_NONE;
}

static PyMethodDef zip_longest_methods[] = {
    {"__reduce__", zip_longest_reduce, METH_NOARGS, REDUCE_DOC},
    {"__setstate__", zip_longest_setstate, METH_O, SETSTATE_DOC},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ziplongest_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.zip_longest",
    .tp_basicsize = sizeof(ziplongestobject),
    .tp_dealloc = zip_longest_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
              "Like zip(), tuples of the i-th items of each iterable, but going on\n"
              "until the longest one is exhausted; the shorter ones are padded with\n"
              "fillvalue.",
    .tp_traverse = zip_longest_traverse,
    .tp_clear = zip_longest_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = zip_longest_next,
    .tp_methods = zip_longest_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = zip_longest_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = zip_longest_vectorcall,
};

/* ====================================================================== */
/* pairwise */

typedef struct {
    PyObject_HEAD
    PyObject *it;  /* NULL once exhausted */
    PyObject *old; /* the previous item, NULL before the first */
} pairwiseobject;

static PyObject *
pairwise_impl(PyTypeObject *type, PyObject *const *args)
{
    PyObject *it = PyObject_GetIter(args[0]);
    if (it == NULL)
        return NULL;
    pairwiseobject *po = (pairwiseobject *)type->tp_alloc(type, 0);
    if (po == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    po->it = it;
    po->old = NULL;
    return (PyObject *)po;
}

POSITIONAL_CONSTRUCTOR(pairwise, "pairwise", pairwise_type, 1)

static int
pairwise_clear(PyObject *self)
{
    pairwiseobject *po = (pairwiseobject *)self;
    Py_CLEAR(po->it);
    Py_CLEAR(po->old);
    return 0;
}

static void
pairwise_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    pairwise_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static int
pairwise_traverse(PyObject *self, visitproc visit, void *arg)
{
    pairwiseobject *po = (pairwiseobject *)self;
    Py_VISIT(po->it);
    Py_VISIT(po->old);
    return 0;
}

static PyObject *
pairwise_next(PyObject *self)
{
    pairwiseobject *po = (pairwiseobject *)self;
    PyObject *it = po->it;
    if (it == NULL)
        return NULL;
    if (po->old == NULL) {
        po->old = Py_TYPE(it)->tp_iternext(it);
        if (po->old == NULL) {
            Py_CLEAR(po->it);
            return NULL;
        }
        it = po->it; /* the read may have re-entered and exhausted us */
        if (it == NULL) {
            Py_CLEAR(po->old);
            return NULL;
        }
    }
    /* hold `old` across the read: a re-entrant call may replace it */
    PyObject *old = Py_NewRef(po->old);
    PyObject *new = Py_TYPE(it)->tp_iternext(it);
    if (new == NULL) {
        Py_DECREF(old);
        Py_CLEAR(po->it);
        Py_CLEAR(po->old);
        return NULL;
    }
    PyObject *result = PyTuple_Pack(2, old, new);
    Py_DECREF(old);
    Py_XSETREF(po->old, new);
    return result;
}

static PyTypeObject pairwise_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "itertools.pairwise",
    .tp_basicsize = sizeof(pairwiseobject),
    .tp_dealloc = pairwise_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "pairwise(iterable, /)\n--\n\n"
              "Yield the overlapping pairs of consecutive items of the iterable.\n\n"
              "    s -> (s0, s1), (s1, s2), (s2, s3), ...",
    .tp_traverse = pairwise_traverse,
    .tp_clear = pairwise_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = pairwise_next,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = pairwise_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = pairwise_vectorcall,
};

/* ====================================================================== */
/* the module */

static PyMethodDef itertools_methods[] = {
    {"tee", _PyCFunction_CAST(itertools_tee), METH_FASTCALL,
     "tee($module, iterable, n=2, /)\n--\n\n"
     "Return a tuple of n independent iterators over the same iterable."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef itertools_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "itertools",
    .m_doc = "Functional tools for creating and using iterators.\n\n"
             "Endless iterators: count, cycle, repeat (which may also stop after n).\n\n"
             "Iterators that end with their (shortest) input: accumulate, chain,\n"
             "chain.from_iterable, compress, dropwhile, filterfalse, groupby, islice,\n"
             "pairwise, starmap, takewhile, tee, zip_longest (which goes on to the\n"
             "longest).\n\n"
             "Combinatoric iterators: product, permutations, combinations,\n"
             "combinations_with_replacement.",
    .m_size = 0,
    .m_methods = itertools_methods,
};

PyObject *
PyInit_itertools(void)
{
    /* the order of dir(itertools) does not depend on it, but CPython adds
     * them in this order */
    PyTypeObject *typelist[] = {
        &accumulate_type, &combinations_type, &cwr_type, &cycle_type, &dropwhile_type,
        &takewhile_type, &islice_type, &starmap_type, &chain_type, &compress_type,
        &filterfalse_type, &count_type, &ziplongest_type, &pairwise_type, &permutations_type,
        &product_type, &repeat_type, &groupby_type, &_grouper_type, &tee_type,
        &teedataobject_type,
    };
    for (size_t i = 0; i < sizeof typelist / sizeof typelist[0]; i++) {
        if (PyType_Ready(typelist[i]) < 0)
            return NULL;
    }
    PyObject *m = PyModule_Create(&itertools_module);
    if (m == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof typelist / sizeof typelist[0]; i++) {
        if (PyModule_AddType(m, typelist[i]) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    }
    return m;
}
