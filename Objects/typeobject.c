/* Types: `type`, `object`, `super`, and the machinery that makes dynamic
 * typing slot dispatch.
 *
 * A type is a table of C slots (object.h).  The VM and the abstract
 * protocols only ever call slots; the type's __dict__ is the Python view
 * of the same behaviour.  Two directions keep the two views in step:
 *
 *   C slot -> dunder.  PyType_Ready walks `slotdefs` below and, for every
 *   slot a C type filled, puts a wrapper descriptor (`<slot wrapper
 *   '__add__' of 'int' objects>`) into the type's dict, unless the dict
 *   already has that name.  So `int.__add__(1, 2)` calls long's nb_add.
 *
 *   dunder -> C slot.  A class statement (type_new) and every later
 *   assignment of a dunder to a class (type_setattro -> update_slot) look
 *   the dunder up along the MRO and fill the slot: with the wrapped C
 *   function itself when the name resolves to a slot wrapper of the same
 *   kind (so `class L(list): pass` keeps list's C slots and stays fast),
 *   and otherwise with a generic slot_* function that calls the Python
 *   method (slot_nb_add calls __add__/__radd__ with the reflected rules).
 *
 * PyType_Ready also inherits: layout fields and flags from tp_base, and
 * every NULL slot from the first class along the MRO that has one.  The
 * rich comparison and hash slots are inherited as a pair, and only when
 * the type defines neither __eq__ nor __hash__, because a class that
 * redefines equality must not keep its base's hash.
 *
 * Attribute lookup on types (_PyType_Lookup) goes through a global cache
 * keyed by (tp_version_tag, name).  A type's tag is invalidated, together
 * with the tags of all its subclasses, whenever its dict or bases change
 * (PyType_Modified); a type without a valid tag is never cached.  The
 * specializing interpreter keys its attribute caches by the same tag.
 *
 * tp_subclasses: a dict {id(subclass): id(subclass)} holding no
 * references; a heap type removes itself from its bases' dicts when it
 * dies, which makes the entries behave as weak references until the
 * weakref subsystem exists.
 *
 * Instance layout of a class statement's type: the solid base's struct,
 * then one PyObject* per __slots__ name, then the __dict__ pointer (unless
 * a base already has one or __slots__ omits it), then the __weakref__
 * list pointer.  For var-sized bases (int, tuple, bytes) the dict pointer
 * follows the items and tp_dictoffset is negative. */
#include "Python.h"
#include "kr_typing.h"
#include "kr_frame.h"
#include "kr_gc.h"
#include "kr_instance.h"
#include "kr_call.h"
#include <stddef.h>

static PyObject *slot_tp_new(PyTypeObject *, PyObject *, PyObject *);
static PyObject *object_new(PyTypeObject *, PyObject *, PyObject *);
static int object_init(PyObject *, PyObject *, PyObject *);
static PyObject *type_new(PyTypeObject *, PyObject *, PyObject *);
static int update_slot(PyTypeObject *, PyObject *);
static void fixup_slot_dispatchers(PyTypeObject *);
static int add_subclass(PyTypeObject *base, PyTypeObject *type);
static void remove_subclass(PyTypeObject *base, PyTypeObject *type);
static PyObject *lookup_maybe_method(PyObject *self, PyObject *name, int *unbound);
static int compatible_for_assignment(PyTypeObject *oldto, PyTypeObject *newto, const char *attr);
static PyObject *call_unbound_noarg(int unbound, PyObject *func, PyObject *self);

#define PyHeapType_GET_MEMBERS(etype) \
    ((PyMemberDef *)(((char *)(etype)) + Py_TYPE(etype)->tp_basicsize))

/* ===================================================================
 * Names
 * =================================================================== */

const char *
_PyType_Name(PyTypeObject *type)
{
    const char *s = strrchr(type->tp_name, '.');
    return s == NULL ? type->tp_name : s + 1;
}

static PyObject *
type_name(PyTypeObject *type, void *context)
{
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        return Py_NewRef(((PyHeapTypeObject *)type)->ht_name);
    return PyUnicode_FromString(_PyType_Name(type));
}

static PyObject *
type_qualname(PyTypeObject *type, void *context)
{
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE)
        return Py_NewRef(((PyHeapTypeObject *)type)->ht_qualname);
    return PyUnicode_FromString(_PyType_Name(type));
}

PyObject *PyType_GetName(PyTypeObject *type) { return type_name(type, NULL); }
PyObject *PyType_GetQualName(PyTypeObject *type) { return type_qualname(type, NULL); }
unsigned long PyType_GetFlags(PyTypeObject *type) { return type->tp_flags; }

/* ===================================================================
 * Allocation
 * =================================================================== */

PyObject *
PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems)
{
    /* one spare item: var-sized objects may keep a sentinel, and a
     * negative tp_dictoffset puts the dict pointer right after the items */
    size_t size = _PyObject_VAR_SIZE(type, nitems + 1);
    PyObject *obj;
    if (PyType_IS_GC(type)) {
        obj = _KrObject_GC_MallocFor(type, size);
    }
    else {
        obj = (PyObject *)PyObject_Malloc(size);
    }
    if (obj == NULL)
        return PyErr_NoMemory();
    memset(obj, 0, size);
    /* PyObject_Init takes the instance's reference to a heap type */
    if (type->tp_itemsize == 0)
        PyObject_Init(obj, type);
    else
        PyObject_InitVar((PyVarObject *)obj, type, nitems);
    if (PyType_IS_GC(type))
        PyObject_GC_Track(obj);
    return obj;
}

PyObject *
PyType_GenericNew(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return type->tp_alloc(type, 0);
}

/* ===================================================================
 * Subtype checks and the MRO
 * =================================================================== */

int
PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)
{
    PyObject *mro = a->tp_mro;
    if (mro != NULL && PyTuple_Check(mro)) {
        Py_ssize_t n = PyTuple_GET_SIZE(mro);
        for (Py_ssize_t i = 0; i < n; i++) {
            if (PyTuple_GET_ITEM(mro, i) == (PyObject *)b)
                return 1;
        }
        return 0;
    }
    /* not ready yet: follow tp_base */
    do {
        if (a == b)
            return 1;
        a = a->tp_base;
    } while (a != NULL);
    return b == &PyBaseObject_Type;
}

/* ---- method cache ---- */

#define MCACHE_SIZE_EXP 12
#define MCACHE_SIZE (1 << MCACHE_SIZE_EXP)
#define MCACHE_HASH(version, name) \
    ((((unsigned int)(version)) ^ (unsigned int)((uintptr_t)(name) >> 4)) & (MCACHE_SIZE - 1))

/* The entry owns its name (so the address cannot be reused by another
 * string while cached); the value is borrowed from the type's dict, which
 * cannot change without PyType_Modified invalidating the version. */
static struct mcache_entry {
    unsigned int version;
    PyObject *name;
    PyObject *value;
} method_cache[MCACHE_SIZE];

static unsigned int next_version_tag = 1;
#define MAX_VERSION_TAG 0xfffffff0u

unsigned int
_PyType_AssignVersionTag(PyTypeObject *type)
{
    if (type->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG)
        return type->tp_version_tag;
    if (!(type->tp_flags & Py_TPFLAGS_READY))
        return 0;
    if (next_version_tag >= MAX_VERSION_TAG)
        return 0;
    /* a tag is only valid while all bases have one: PyType_Modified
     * reaches subclasses through the bases' subclass registries */
    PyObject *bases = type->tp_bases;
    if (bases != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
            if (_PyType_AssignVersionTag((PyTypeObject *)PyTuple_GET_ITEM(bases, i)) == 0)
                return 0;
        }
    }
    type->tp_version_tag = next_version_tag++;
    type->tp_flags |= Py_TPFLAGS_VALID_VERSION_TAG;
    return type->tp_version_tag;
}

void
PyType_Modified(PyTypeObject *type)
{
    if (!(type->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG))
        return;
    PyObject *subs = type->tp_subclasses;
    if (subs != NULL) {
        Py_ssize_t pos = 0;
        PyObject *key, *ref;
        while (PyDict_Next(subs, &pos, &key, &ref)) {
            PyTypeObject *sub = (PyTypeObject *)PyLong_AsVoidPtr(ref);
            if (sub != NULL)
                PyType_Modified(sub);
        }
    }
    type->tp_flags &= ~Py_TPFLAGS_VALID_VERSION_TAG;
    type->tp_version_tag = 0;
}

/* Borrowed result; NULL with an exception only on a real error. */
static PyObject *
find_name_in_mro(PyTypeObject *type, PyObject *name, int *error)
{
    *error = 0;
    PyObject *mro = type->tp_mro;
    if (mro == NULL) {
        if (type->tp_dict == NULL)
            return NULL;
        PyObject *res = PyDict_GetItemWithError(type->tp_dict, name);
        if (res == NULL && PyErr_Occurred())
            *error = -1;
        return res;
    }
    Py_INCREF(mro); /* a __eq__ of the name could change the MRO under us */
    Py_ssize_t n = PyTuple_GET_SIZE(mro);
    PyObject *res = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *dict = ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_dict;
        if (dict == NULL)
            continue;
        res = PyDict_GetItemWithError(dict, name);
        if (res != NULL)
            break;
        if (PyErr_Occurred()) {
            *error = -1;
            break;
        }
    }
    Py_DECREF(mro);
    return res;
}

PyObject *
_PyType_Lookup(PyTypeObject *type, PyObject *name)
{
    unsigned int h = 0;
    int cacheable = PyUnicode_CheckExact(name) &&
        (type->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG);
    if (cacheable) {
        h = MCACHE_HASH(type->tp_version_tag, name);
        struct mcache_entry *e = &method_cache[h];
        if (e->version == type->tp_version_tag && e->name == name)
            return e->value;
    }
    int error;
    PyObject *res = find_name_in_mro(type, name, &error);
    if (error) {
        /* the documented contract: no exception on a miss; a failing
         * __eq__ during lookup is reported as a miss */
        PyErr_Clear();
        return NULL;
    }
    if (!cacheable && PyUnicode_CheckExact(name) &&
        _PyType_AssignVersionTag(type) != 0) {
        cacheable = 1;
        h = MCACHE_HASH(type->tp_version_tag, name);
    }
    if (cacheable) {
        struct mcache_entry *e = &method_cache[h];
        e->version = type->tp_version_tag;
        e->value = res;
        Py_INCREF(name);
        Py_XSETREF(e->name, name);
    }
    return res;
}

PyObject *
_PyType_LookupId(PyTypeObject *type, const char *name)
{
    PyObject *s = _PyUnicode_FromId(name);
    if (s == NULL)
        return NULL;
    return _PyType_Lookup(type, s);
}

/* ---- C3 linearisation ---- */

static int
tail_contains(PyObject *list, Py_ssize_t whence, PyObject *o)
{
    for (Py_ssize_t j = whence + 1; j < PyList_GET_SIZE(list); j++) {
        if (PyList_GET_ITEM(list, j) == o)
            return 1;
    }
    return 0;
}

static void
set_mro_error(PyObject **to_merge, Py_ssize_t to_merge_size, Py_ssize_t *remain)
{
    /* CPython names the heads that could not be placed, in order, once
     * each: "... (MRO) for bases A, B" */
    PyObject *seen = PyDict_New();
    if (seen == NULL)
        return;
    PyObject *names = PyList_New(0);
    if (names == NULL) {
        Py_DECREF(seen);
        return;
    }
    for (Py_ssize_t i = 0; i < to_merge_size; i++) {
        PyObject *L = to_merge[i];
        if (remain[i] < PyList_GET_SIZE(L)) {
            PyObject *c = PyList_GET_ITEM(L, remain[i]);
            if (PyDict_GetItem(seen, c) != NULL)
                continue;
            PyDict_SetItem(seen, c, Py_None);
            PyObject *nm = type_name((PyTypeObject *)c, NULL);
            if (nm != NULL) {
                PyList_Append(names, nm);
                Py_DECREF(nm);
            }
        }
    }
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *joined = sep ? PyUnicode_Join(sep, names) : NULL;
    if (joined != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "Cannot create a consistent method resolution\n"
                     "order (MRO) for bases %U", joined);
    }
    Py_XDECREF(joined);
    Py_XDECREF(sep);
    Py_DECREF(names);
    Py_DECREF(seen);
}

static int
pmerge(PyObject *acc, PyObject **to_merge, Py_ssize_t to_merge_size)
{
    Py_ssize_t *remain = PyMem_New(Py_ssize_t, to_merge_size);
    if (remain == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < to_merge_size; i++)
        remain[i] = 0;
    int res = 0;
    Py_ssize_t empty_cnt;
again:
    empty_cnt = 0;
    for (Py_ssize_t i = 0; i < to_merge_size; i++) {
        PyObject *cur = to_merge[i];
        if (remain[i] >= PyList_GET_SIZE(cur)) {
            empty_cnt++;
            continue;
        }
        PyObject *candidate = PyList_GET_ITEM(cur, remain[i]);
        int in_tail = 0;
        for (Py_ssize_t j = 0; j < to_merge_size; j++) {
            if (tail_contains(to_merge[j], remain[j], candidate)) {
                in_tail = 1;
                break;
            }
        }
        if (in_tail)
            continue;
        if (PyList_Append(acc, candidate) < 0) {
            res = -1;
            goto out;
        }
        for (Py_ssize_t j = 0; j < to_merge_size; j++) {
            PyObject *jl = to_merge[j];
            if (remain[j] < PyList_GET_SIZE(jl) && PyList_GET_ITEM(jl, remain[j]) == candidate)
                remain[j]++;
        }
        goto again;
    }
    if (empty_cnt != to_merge_size) {
        set_mro_error(to_merge, to_merge_size, remain);
        res = -1;
    }
out:
    PyMem_Free(remain);
    return res;
}

static PyObject *
mro_implementation(PyTypeObject *type)
{
    PyObject *bases = type->tp_bases;
    Py_ssize_t n = PyTuple_GET_SIZE(bases);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(bases, i);
        if (b->tp_mro == NULL) {
            PyErr_Format(PyExc_TypeError,
                         "Cannot extend an incomplete type '%.100s'", b->tp_name);
            return NULL;
        }
    }
    if (n == 1) {
        /* the common case needs no merge */
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(bases, 0);
        Py_ssize_t k = PyTuple_GET_SIZE(b->tp_mro);
        PyObject *res = PyTuple_New(k + 1);
        if (res == NULL)
            return NULL;
        PyTuple_SET_ITEM(res, 0, Py_NewRef(type));
        for (Py_ssize_t i = 0; i < k; i++)
            PyTuple_SET_ITEM(res, i + 1, Py_NewRef(PyTuple_GET_ITEM(b->tp_mro, i)));
        return res;
    }
    /* duplicate base check */
    for (Py_ssize_t i = 0; i < n; i++) {
        for (Py_ssize_t j = i + 1; j < n; j++) {
            if (PyTuple_GET_ITEM(bases, i) == PyTuple_GET_ITEM(bases, j)) {
                PyObject *nm = type_name((PyTypeObject *)PyTuple_GET_ITEM(bases, i), NULL);
                if (nm != NULL) {
                    PyErr_Format(PyExc_TypeError, "duplicate base class %U", nm);
                    Py_DECREF(nm);
                }
                return NULL;
            }
        }
    }
    PyObject **to_merge = PyMem_New(PyObject *, n + 1);
    if (to_merge == NULL)
        return PyErr_NoMemory();
    Py_ssize_t made = 0;
    PyObject *result = NULL, *acc = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(bases, i);
        to_merge[i] = PySequence_List(b->tp_mro);
        if (to_merge[i] == NULL)
            goto done;
        made++;
    }
    to_merge[n] = PySequence_List(bases);
    if (to_merge[n] == NULL)
        goto done;
    made++;
    acc = PyList_New(1);
    if (acc == NULL)
        goto done;
    PyList_SET_ITEM(acc, 0, Py_NewRef(type));
    if (pmerge(acc, to_merge, n + 1) < 0)
        goto done;
    result = PyList_AsTuple(acc);
done:
    for (Py_ssize_t i = 0; i < made; i++)
        Py_DECREF(to_merge[i]);
    PyMem_Free(to_merge);
    Py_XDECREF(acc);
    return result;
}

static PyObject *
type_mro_method(PyObject *self, PyObject *unused)
{
    PyObject *t = mro_implementation((PyTypeObject *)self);
    if (t == NULL)
        return NULL;
    PyObject *l = PySequence_List(t);
    Py_DECREF(t);
    return l;
}

static PyTypeObject *solid_base(PyTypeObject *type);

/* Compute type->tp_mro, calling a metaclass's overridden mro(). */
static int
mro_internal(PyTypeObject *type)
{
    PyObject *mro;
    if (Py_IS_TYPE(type, &PyType_Type)) {
        mro = mro_implementation(type);
    }
    else {
        int unbound;
        PyObject *f = lookup_maybe_method((PyObject *)type, _Py_ID(mro), &unbound);
        if (f == NULL) {
            if (PyErr_Occurred())
                return -1;
            mro = mro_implementation(type);
        }
        else {
            PyObject *r = call_unbound_noarg(unbound, f, (PyObject *)type);
            Py_DECREF(f);
            if (r == NULL)
                return -1;
            mro = PySequence_Tuple(r);
            Py_DECREF(r);
            if (mro != NULL) {
                for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
                    PyObject *c = PyTuple_GET_ITEM(mro, i);
                    if (!PyType_Check(c)) {
                        PyErr_Format(PyExc_TypeError,
                                     "mro() returned a non-class ('%.500s')",
                                     Py_TYPE(c)->tp_name);
                        Py_CLEAR(mro);
                        break;
                    }
                    /* Attribute lookup walks this order with the instance's
                       layout: every entry must share a layout the type has. */
                    if (!PyType_IsSubtype(solid_base(type), solid_base((PyTypeObject *)c))) {
                        PyErr_Format(PyExc_TypeError,
                                     "mro() returned base with unsuitable layout ('%.500s')",
                                     ((PyTypeObject *)c)->tp_name);
                        Py_CLEAR(mro);
                        break;
                    }
                }
            }
        }
    }
    if (mro == NULL)
        return -1;
    Py_XSETREF(type->tp_mro, mro);
    PyType_Modified(type);
    return 0;
}

/* ===================================================================
 * Slot pointers
 * =================================================================== */

/* `offset` is into PyHeapTypeObject; static types keep their tables
 * outside the type, so find the right table first. */
static void **
slotptr(PyTypeObject *type, int offset)
{
    char *ptr;
    if ((size_t)offset >= offsetof(PyHeapTypeObject, as_buffer)) {
        ptr = (char *)type->tp_as_buffer;
        offset -= offsetof(PyHeapTypeObject, as_buffer);
    }
    else if ((size_t)offset >= offsetof(PyHeapTypeObject, as_sequence)) {
        ptr = (char *)type->tp_as_sequence;
        offset -= offsetof(PyHeapTypeObject, as_sequence);
    }
    else if ((size_t)offset >= offsetof(PyHeapTypeObject, as_mapping)) {
        ptr = (char *)type->tp_as_mapping;
        offset -= offsetof(PyHeapTypeObject, as_mapping);
    }
    else if ((size_t)offset >= offsetof(PyHeapTypeObject, as_number)) {
        ptr = (char *)type->tp_as_number;
        offset -= offsetof(PyHeapTypeObject, as_number);
    }
    else if ((size_t)offset >= offsetof(PyHeapTypeObject, as_async)) {
        ptr = (char *)type->tp_as_async;
        offset -= offsetof(PyHeapTypeObject, as_async);
    }
    else {
        ptr = (char *)type;
    }
    if (ptr == NULL)
        return NULL;
    return (void **)(ptr + offset);
}

/* ===================================================================
 * Inheritance (PyType_Ready)
 * =================================================================== */

#define FAST_SUBCLASS_MASK (Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_LIST_SUBCLASS | \
    Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_UNICODE_SUBCLASS | \
    Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_TYPE_SUBCLASS)

static void
inherit_special(PyTypeObject *type, PyTypeObject *base)
{
    if (!(type->tp_flags & Py_TPFLAGS_HAVE_GC) && (base->tp_flags & Py_TPFLAGS_HAVE_GC) &&
        type->tp_traverse == NULL && type->tp_clear == NULL) {
        type->tp_flags |= Py_TPFLAGS_HAVE_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    type->tp_flags |= base->tp_flags & FAST_SUBCLASS_MASK;
    if (type->tp_basicsize == 0)
        type->tp_basicsize = base->tp_basicsize;
    if (type->tp_itemsize == 0)
        type->tp_itemsize = base->tp_itemsize;
    if (type->tp_weaklistoffset == 0)
        type->tp_weaklistoffset = base->tp_weaklistoffset;
    if (type->tp_dictoffset == 0) {
        type->tp_dictoffset = base->tp_dictoffset;
        type->tp_flags |= base->tp_flags & Py_TPFLAGS_MANAGED_DICT;
    }
}

static void
set_own_subclass_flag(PyTypeObject *type)
{
    if (type == &PyLong_Type) type->tp_flags |= Py_TPFLAGS_LONG_SUBCLASS;
    else if (type == &PyList_Type) type->tp_flags |= Py_TPFLAGS_LIST_SUBCLASS;
    else if (type == &PyTuple_Type) type->tp_flags |= Py_TPFLAGS_TUPLE_SUBCLASS;
    else if (type == &PyBytes_Type) type->tp_flags |= Py_TPFLAGS_BYTES_SUBCLASS;
    else if (type == &PyUnicode_Type) type->tp_flags |= Py_TPFLAGS_UNICODE_SUBCLASS;
    else if (type == &PyDict_Type) type->tp_flags |= Py_TPFLAGS_DICT_SUBCLASS;
    else if (type == &PyType_Type) type->tp_flags |= Py_TPFLAGS_TYPE_SUBCLASS;
    else if (PyExc_BaseException != NULL && type == (PyTypeObject *)PyExc_BaseException)
        type->tp_flags |= Py_TPFLAGS_BASE_EXC_SUBCLASS;
}

static int
overrides_hash(PyTypeObject *type)
{
    PyObject *dict = type->tp_dict;
    int r = PyDict_Contains(dict, _Py_ID(__eq__));
    if (r == 0)
        r = PyDict_Contains(dict, _Py_ID(__hash__));
    return r;
}

#define COPYSLOT(SLOT) if (!type->SLOT && base->SLOT) type->SLOT = base->SLOT
#define COPYNUM(SLOT) if (!type->tp_as_number->SLOT) type->tp_as_number->SLOT = base->tp_as_number->SLOT
#define COPYSEQ(SLOT) if (!type->tp_as_sequence->SLOT) type->tp_as_sequence->SLOT = base->tp_as_sequence->SLOT
#define COPYMAP(SLOT) if (!type->tp_as_mapping->SLOT) type->tp_as_mapping->SLOT = base->tp_as_mapping->SLOT
#define COPYASYNC(SLOT) if (!type->tp_as_async->SLOT) type->tp_as_async->SLOT = base->tp_as_async->SLOT
#define COPYBUF(SLOT) if (!type->tp_as_buffer->SLOT) type->tp_as_buffer->SLOT = base->tp_as_buffer->SLOT

static int
inherit_slots(PyTypeObject *type, PyTypeObject *base)
{
    if (type->tp_as_number != NULL && base->tp_as_number != NULL &&
        type->tp_as_number != base->tp_as_number) {
        COPYNUM(nb_add); COPYNUM(nb_subtract); COPYNUM(nb_multiply); COPYNUM(nb_remainder);
        COPYNUM(nb_divmod); COPYNUM(nb_power); COPYNUM(nb_negative); COPYNUM(nb_positive);
        COPYNUM(nb_absolute); COPYNUM(nb_bool); COPYNUM(nb_invert); COPYNUM(nb_lshift);
        COPYNUM(nb_rshift); COPYNUM(nb_and); COPYNUM(nb_xor); COPYNUM(nb_or);
        COPYNUM(nb_int); COPYNUM(nb_float); COPYNUM(nb_inplace_add);
        COPYNUM(nb_inplace_subtract); COPYNUM(nb_inplace_multiply);
        COPYNUM(nb_inplace_remainder); COPYNUM(nb_inplace_power);
        COPYNUM(nb_inplace_lshift); COPYNUM(nb_inplace_rshift); COPYNUM(nb_inplace_and);
        COPYNUM(nb_inplace_xor); COPYNUM(nb_inplace_or); COPYNUM(nb_floor_divide);
        COPYNUM(nb_true_divide); COPYNUM(nb_inplace_floor_divide);
        COPYNUM(nb_inplace_true_divide); COPYNUM(nb_index); COPYNUM(nb_matrix_multiply);
        COPYNUM(nb_inplace_matrix_multiply);
    }
    if (type->tp_as_async != NULL && base->tp_as_async != NULL &&
        type->tp_as_async != base->tp_as_async) {
        COPYASYNC(am_await); COPYASYNC(am_aiter); COPYASYNC(am_anext); COPYASYNC(am_send);
    }
    if (type->tp_as_sequence != NULL && base->tp_as_sequence != NULL &&
        type->tp_as_sequence != base->tp_as_sequence) {
        COPYSEQ(sq_length); COPYSEQ(sq_concat); COPYSEQ(sq_repeat); COPYSEQ(sq_item);
        COPYSEQ(sq_ass_item); COPYSEQ(sq_contains); COPYSEQ(sq_inplace_concat);
        COPYSEQ(sq_inplace_repeat);
    }
    if (type->tp_as_mapping != NULL && base->tp_as_mapping != NULL &&
        type->tp_as_mapping != base->tp_as_mapping) {
        COPYMAP(mp_length); COPYMAP(mp_subscript); COPYMAP(mp_ass_subscript);
    }
    if (type->tp_as_buffer != NULL && base->tp_as_buffer != NULL &&
        type->tp_as_buffer != base->tp_as_buffer) {
        COPYBUF(bf_getbuffer); COPYBUF(bf_releasebuffer);
    }
    COPYSLOT(tp_dealloc);
    if (type->tp_getattr == NULL && type->tp_getattro == NULL) {
        type->tp_getattr = base->tp_getattr;
        type->tp_getattro = base->tp_getattro;
    }
    if (type->tp_setattr == NULL && type->tp_setattro == NULL) {
        type->tp_setattr = base->tp_setattr;
        type->tp_setattro = base->tp_setattro;
    }
    COPYSLOT(tp_repr);
    COPYSLOT(tp_call);
    COPYSLOT(tp_str);
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) && type->tp_vectorcall_offset == 0 &&
        (base->tp_flags & Py_TPFLAGS_HAVE_VECTORCALL) && type->tp_call == base->tp_call) {
        type->tp_vectorcall_offset = base->tp_vectorcall_offset;
        type->tp_flags |= Py_TPFLAGS_HAVE_VECTORCALL;
    }
    if (type->tp_richcompare == NULL && type->tp_hash == NULL) {
        int r = overrides_hash(type);
        if (r < 0)
            return -1;
        if (r == 0) {
            type->tp_richcompare = base->tp_richcompare;
            type->tp_hash = base->tp_hash;
        }
    }
    COPYSLOT(tp_iter);
    COPYSLOT(tp_iternext);
    COPYSLOT(tp_descr_get);
    /* a type that adds a non-data descriptor's __get__ ... keeps its own */
    COPYSLOT(tp_descr_set);
    COPYSLOT(tp_init);
    COPYSLOT(tp_alloc);
    COPYSLOT(tp_is_gc);
    COPYSLOT(tp_finalize);
    if ((type->tp_flags & Py_TPFLAGS_HAVE_GC) == (base->tp_flags & Py_TPFLAGS_HAVE_GC)) {
        COPYSLOT(tp_free);
    }
    else if ((type->tp_flags & Py_TPFLAGS_HAVE_GC) && type->tp_free == NULL &&
             base->tp_free == PyObject_Free) {
        type->tp_free = PyObject_GC_Del;
    }
    if ((base->tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) &&
        type->tp_descr_get == base->tp_descr_get &&
        type->tp_call == base->tp_call && !(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        type->tp_flags |= Py_TPFLAGS_METHOD_DESCRIPTOR;
    }
    return 0;
}

/* ---- filling tp_dict ---- */

static PyObject *tp_new_wrapper(PyObject *self, PyObject *args, PyObject *kwds);
static PyMethodDef tp_new_methoddef[] = {
    {"__new__", _PyCFunction_CAST(tp_new_wrapper), METH_VARARGS | METH_KEYWORDS,
     "__new__($type, *args, **kwargs)\n--\n\n"
     "Create and return a new object.  See help(type) for accurate signature."},
    {NULL, NULL, 0, NULL}
};

static int
add_tp_new_wrapper(PyTypeObject *type)
{
    int r = PyDict_Contains(type->tp_dict, _Py_ID(__new__));
    if (r != 0)
        return r < 0 ? -1 : 0;
    PyObject *func = PyCFunction_NewEx(tp_new_methoddef, (PyObject *)type, NULL);
    if (func == NULL)
        return -1;
    r = PyDict_SetItem(type->tp_dict, _Py_ID(__new__), func);
    Py_DECREF(func);
    return r;
}

static struct wrapperbase slotdefs[];
static int slotdefs_initialized = 0;

static int
init_slotdefs(void)
{
    if (slotdefs_initialized)
        return 0;
    for (struct wrapperbase *p = slotdefs; p->name; p++) {
        p->name_strobj = PyUnicode_InternFromString(p->name);
        if (p->name_strobj == NULL)
            return -1;
    }
    slotdefs_initialized = 1;
    return 0;
}

static int
add_operators(PyTypeObject *type)
{
    PyObject *dict = type->tp_dict;
    if (init_slotdefs() < 0)
        return -1;
    for (struct wrapperbase *p = slotdefs; p->name; p++) {
        if (p->wrapper == NULL)
            continue;
        void **ptr = slotptr(type, p->offset);
        if (ptr == NULL || *ptr == NULL)
            continue;
        int r = PyDict_Contains(dict, p->name_strobj);
        if (r < 0)
            return -1;
        if (r > 0)
            continue;
        if (*ptr == (void *)PyObject_HashNotImplemented) {
            if (PyDict_SetItem(dict, p->name_strobj, Py_None) < 0)
                return -1;
        }
        else {
            PyObject *descr = PyDescr_NewWrapper(type, p, *ptr);
            if (descr == NULL)
                return -1;
            r = PyDict_SetItem(dict, p->name_strobj, descr);
            Py_DECREF(descr);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

static int
add_methods(PyTypeObject *type, PyMethodDef *meth)
{
    PyObject *dict = type->tp_dict;
    for (; meth->ml_name != NULL; meth++) {
        PyObject *name = PyUnicode_InternFromString(meth->ml_name);
        if (name == NULL)
            return -1;
        int r = PyDict_Contains(dict, name);
        if (r != 0 && !(meth->ml_flags & METH_COEXIST)) {
            Py_DECREF(name);
            if (r < 0)
                return -1;
            continue;
        }
        PyObject *descr;
        if (meth->ml_flags & METH_CLASS) {
            if (meth->ml_flags & METH_STATIC) {
                Py_DECREF(name);
                PyErr_SetString(PyExc_ValueError, "method cannot be both class and static");
                return -1;
            }
            descr = PyDescr_NewClassMethod(type, meth);
        }
        else if (meth->ml_flags & METH_STATIC) {
            PyObject *cfunc = PyCFunction_NewEx(meth, (PyObject *)type, NULL);
            if (cfunc == NULL) {
                Py_DECREF(name);
                return -1;
            }
            descr = PyStaticMethod_New(cfunc);
            Py_DECREF(cfunc);
        }
        else {
            descr = PyDescr_NewMethod(type, meth);
        }
        if (descr == NULL) {
            Py_DECREF(name);
            return -1;
        }
        r = PyDict_SetItem(dict, name, descr);
        Py_DECREF(descr);
        Py_DECREF(name);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int
add_members(PyTypeObject *type, PyMemberDef *memb)
{
    for (; memb->name != NULL; memb++) {
        PyObject *descr = PyDescr_NewMember(type, memb);
        if (descr == NULL)
            return -1;
        PyObject *r = PyDict_SetDefault(type->tp_dict, PyDescr_NAME(descr), descr);
        Py_DECREF(descr);
        if (r == NULL)
            return -1;
    }
    return 0;
}

static int
add_getset(PyTypeObject *type, PyGetSetDef *gsp)
{
    for (; gsp->name != NULL; gsp++) {
        PyObject *descr = PyDescr_NewGetSet(type, gsp);
        if (descr == NULL)
            return -1;
        PyObject *r = PyDict_SetDefault(type->tp_dict, PyDescr_NAME(descr), descr);
        Py_DECREF(descr);
        if (r == NULL)
            return -1;
    }
    return 0;
}

/* Static types may start tp_doc with a "name(sig)\n--\n\n" block read by
   __text_signature__; __doc__ shows only what follows it. */
static const char *
doc_without_signature(PyTypeObject *type)
{
    const char *dot = strrchr(type->tp_name, '.');
    const char *end = _KrDoc_SignatureEnd(dot ? dot + 1 : type->tp_name, type->tp_doc);
    return end != NULL ? end : type->tp_doc;
}

int
PyType_Ready(PyTypeObject *type)
{
    if (type->tp_flags & Py_TPFLAGS_READY)
        return 0;
    if (type->tp_flags & Py_TPFLAGS_READYING) {
        PyErr_Format(PyExc_SystemError, "type %s is being readied recursively", type->tp_name);
        return -1;
    }
    type->tp_flags |= Py_TPFLAGS_READYING;
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        type->tp_flags |= Py_TPFLAGS_IMMUTABLETYPE;
        set_own_subclass_flag(type);
    }

    PyTypeObject *base = type->tp_base;
    if (base == NULL && type != &PyBaseObject_Type) {
        base = &PyBaseObject_Type;
        type->tp_base = base;
    }
    /* A base still being readied (a custom mro() defining a subclass) is
     * taken as it is; mro() then refuses it as an incomplete type. */
    if (base != NULL && !(base->tp_flags & (Py_TPFLAGS_READY | Py_TPFLAGS_READYING))) {
        if (PyType_Ready(base) < 0)
            goto error;
    }
    if (Py_TYPE(type) == NULL && base != NULL)
        Py_SET_TYPE(type, Py_TYPE(base));

    if (type->tp_bases == NULL) {
        type->tp_bases = base == NULL ? PyTuple_New(0) : PyTuple_Pack(1, base);
        if (type->tp_bases == NULL)
            goto error;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(type->tp_bases); i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(type->tp_bases, i);
        if (!(b->tp_flags & (Py_TPFLAGS_READY | Py_TPFLAGS_READYING)) && PyType_Ready(b) < 0)
            goto error;
    }
    if (type->tp_dict == NULL) {
        type->tp_dict = PyDict_New();
        if (type->tp_dict == NULL)
            goto error;
    }

    /* layout and flags first: add_operators looks at the slot tables */
    if (base != NULL)
        inherit_special(type, base);

    if (add_operators(type) < 0)
        goto error;
    if (type->tp_methods != NULL && add_methods(type, type->tp_methods) < 0)
        goto error;
    if (type->tp_members != NULL && add_members(type, type->tp_members) < 0)
        goto error;
    if (type->tp_getset != NULL && add_getset(type, type->tp_getset) < 0)
        goto error;

    if (mro_internal(type) < 0)
        goto error;

    /* tp_new: a static type with no tp_new of its own directly under
     * object cannot be instantiated from Python ("cannot create
     * 'list_iterator' instances") */
    if (type->tp_new == NULL && base == &PyBaseObject_Type &&
        !(type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        type->tp_flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
    if (!(type->tp_flags & Py_TPFLAGS_DISALLOW_INSTANTIATION)) {
        if (type->tp_new != NULL) {
            if (add_tp_new_wrapper(type) < 0)
                goto error;
        }
        else if (base != NULL) {
            type->tp_new = base->tp_new;
        }
    }
    else {
        type->tp_new = NULL;
    }

    PyObject *mro = type->tp_mro;
    for (Py_ssize_t i = 1; i < PyTuple_GET_SIZE(mro); i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(mro, i);
        if (inherit_slots(type, b) < 0)
            goto error;
        /* `match` reads Py_TPFLAGS_SEQUENCE / _MAPPING: a class is a
         * sequence or a mapping like the nearest class in its MRO that is
         * one (list, dict, or an ABC given the flag by Modules/_abc.c) */
        if (!(type->tp_flags & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING)) && PyType_Check((PyObject *)b))
            type->tp_flags |= b->tp_flags & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING);
    }
    if (base != NULL) {
        if (type->tp_as_async == NULL) type->tp_as_async = base->tp_as_async;
        if (type->tp_as_number == NULL) type->tp_as_number = base->tp_as_number;
        if (type->tp_as_sequence == NULL) type->tp_as_sequence = base->tp_as_sequence;
        if (type->tp_as_mapping == NULL) type->tp_as_mapping = base->tp_as_mapping;
        if (type->tp_as_buffer == NULL) type->tp_as_buffer = base->tp_as_buffer;
    }
    if ((type->tp_flags & Py_TPFLAGS_HAVE_GC) && type->tp_free == PyObject_Free)
        type->tp_free = PyObject_GC_Del;

    /* a type that defines comparison but no hash is unhashable */
    if (type->tp_hash == NULL) {
        int r = PyDict_Contains(type->tp_dict, _Py_ID(__hash__));
        if (r < 0)
            goto error;
        if (r == 0) {
            if (PyDict_SetItem(type->tp_dict, _Py_ID(__hash__), Py_None) < 0)
                goto error;
            type->tp_hash = PyObject_HashNotImplemented;
        }
    }

    {
        int r = PyDict_Contains(type->tp_dict, _Py_ID(__doc__));
        if (r < 0)
            goto error;
        if (r == 0) {
            PyObject *doc;
            if (type->tp_doc != NULL && !(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
                doc = PyUnicode_FromString(doc_without_signature(type));
            }
            else {
                doc = Py_NewRef(Py_None);
            }
            if (doc == NULL)
                goto error;
            r = PyDict_SetItem(type->tp_dict, _Py_ID(__doc__), doc);
            Py_DECREF(doc);
            if (r < 0)
                goto error;
        }
    }

    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(type->tp_bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(type->tp_bases, i);
        if (add_subclass((PyTypeObject *)b, type) < 0)
            goto error;
    }

    type->tp_flags = (type->tp_flags & ~Py_TPFLAGS_READYING) | Py_TPFLAGS_READY;
    return 0;

error:
    type->tp_flags &= ~Py_TPFLAGS_READYING;
    return -1;
}

static int
add_subclass(PyTypeObject *base, PyTypeObject *type)
{
    if (base->tp_subclasses == NULL) {
        base->tp_subclasses = PyDict_New();
        if (base->tp_subclasses == NULL)
            return -1;
    }
    PyObject *key = PyLong_FromVoidPtr(type);
    if (key == NULL)
        return -1;
    int r = PyDict_SetItem(base->tp_subclasses, key, key);
    Py_DECREF(key);
    return r;
}

static void
remove_subclass(PyTypeObject *base, PyTypeObject *type)
{
    if (base->tp_subclasses == NULL)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *key = PyLong_FromVoidPtr(type);
    if (key == NULL || PyDict_DelItem(base->tp_subclasses, key) < 0)
        PyErr_Clear();
    Py_XDECREF(key);
    PyErr_SetRaisedException(exc);
}

/* ===================================================================
 * Slot wrappers: call a C slot from Python (int.__add__(1, 2)).
 * `args` is the tuple after self; `wrapped` is the slot function.
 * =================================================================== */

/* `prefix` is "" for most wrappers; CPython's setters (__setitem__,
 * __setattr__, __set__) and index-taking wrappers (__mul__ of sequences)
 * unpack with an unnamed PyArg_UnpackTuple, whose message starts with a
 * space: " expected 2 arguments, got 1". */
static int
check_num_args_prefixed(PyObject *args, Py_ssize_t n, const char *prefix)
{
    if (!PyTuple_CheckExact(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    if (PyTuple_GET_SIZE(args) == n)
        return 1;
    PyErr_Format(PyExc_TypeError, "%sexpected %zd argument%s, got %zd",
                 prefix, n, n == 1 ? "" : "s", PyTuple_GET_SIZE(args));
    return 0;
}

static int
check_num_args(PyObject *args, Py_ssize_t n)
{
    return check_num_args_prefixed(args, n, "");
}

static PyObject *
wrap_unaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    return ((unaryfunc)wrapped)(self);
}

static PyObject *
wrap_binaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
}

static PyObject *
wrap_binaryfunc_l(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
}

static PyObject *
wrap_binaryfunc_r(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(PyTuple_GET_ITEM(args, 0), self);
}

static int
unpack_one_or_two(PyObject *args, const char *name, PyObject **a, PyObject **b)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < 1 || n > 2) {
        if (n < 1)
            PyErr_Format(PyExc_TypeError, "%s expected at least 1 argument, got %zd", name, n);
        else
            PyErr_Format(PyExc_TypeError, "%s expected at most 2 arguments, got %zd", name, n);
        return 0;
    }
    *a = PyTuple_GET_ITEM(args, 0);
    *b = n == 2 ? PyTuple_GET_ITEM(args, 1) : Py_None;
    return 1;
}

static PyObject *
wrap_ternaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *third;
    if (!unpack_one_or_two(args, "", &other, &third))
        return NULL;
    return ((ternaryfunc)wrapped)(self, other, third);
}

static PyObject *
wrap_ternaryfunc_r(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *third;
    if (!unpack_one_or_two(args, "", &other, &third))
        return NULL;
    return ((ternaryfunc)wrapped)(other, self, third);
}

static PyObject *
wrap_inquirypred(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    int r = ((inquiry)wrapped)(self);
    if (r < 0 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
wrap_lenfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    Py_ssize_t r = ((lenfunc)wrapped)(self);
    if (r == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(r);
}

static PyObject *
wrap_indexargfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args_prefixed(args, 1, " "))
        return NULL;
    PyObject *o = PyTuple_GET_ITEM(args, 0);
    Py_ssize_t i = PyNumber_AsSsize_t(o, PyExc_OverflowError);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return ((ssizeargfunc)wrapped)(self, i);
}

static Py_ssize_t
getindex(PyObject *self, PyObject *arg)
{
    Py_ssize_t i = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    if (i == -1 && PyErr_Occurred())
        return -1;
    if (i < 0) {
        PySequenceMethods *sq = Py_TYPE(self)->tp_as_sequence;
        if (sq != NULL && sq->sq_length != NULL) {
            Py_ssize_t n = sq->sq_length(self);
            if (n < 0)
                return -1;
            i += n;
        }
    }
    return i;
}

static PyObject *
wrap_sq_item(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    Py_ssize_t i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return ((ssizeargfunc)wrapped)(self, i);
}

static PyObject *
wrap_sq_setitem(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args_prefixed(args, 2, " "))
        return NULL;
    Py_ssize_t i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    if (((ssizeobjargproc)wrapped)(self, i, PyTuple_GET_ITEM(args, 1)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_sq_delitem(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    Py_ssize_t i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    if (((ssizeobjargproc)wrapped)(self, i, NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_objobjproc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    int r = ((objobjproc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
wrap_objobjargproc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args_prefixed(args, 2, " "))
        return NULL;
    if (((objobjargproc)wrapped)(self, PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_delitem(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    if (((objobjargproc)wrapped)(self, PyTuple_GET_ITEM(args, 0), NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* object.__setattr__(int, 'x', 1) must not bypass type's own setattr:
 * the C setattr being called must be the one the nearest static base of
 * type(self) uses. */
static int
hackcheck(PyObject *self, setattrofunc func, const char *what)
{
    PyTypeObject *type = Py_TYPE(self);
    while (type != NULL && (type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        type = type->tp_base;
    if (type != NULL && type->tp_setattro != NULL && type->tp_setattro != func) {
        PyErr_Format(PyExc_TypeError, "can't apply this %s to %s object", what, type->tp_name);
        return 0;
    }
    return 1;
}

static PyObject *
wrap_setattr(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args_prefixed(args, 2, " "))
        return NULL;
    if (!hackcheck(self, (setattrofunc)wrapped, "__setattr__"))
        return NULL;
    if (((setattrofunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_delattr(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    if (!hackcheck(self, (setattrofunc)wrapped, "__delattr__"))
        return NULL;
    if (((setattrofunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_hashfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    Py_hash_t h = ((hashfunc)wrapped)(self);
    if (h == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(h);
}

static PyObject *
wrap_call(PyObject *self, PyObject *args, void *wrapped, PyObject *kwds)
{
    return ((ternaryfunc)wrapped)(self, args, kwds);
}

static PyObject *
wrap_del(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    ((destructor)wrapped)(self);
    Py_RETURN_NONE;
}

#define RICHCMP_WRAPPER(NAME, OP) \
static PyObject * \
richcmp_##NAME(PyObject *self, PyObject *args, void *wrapped) \
{ \
    if (!check_num_args(args, 1)) \
        return NULL; \
    return ((richcmpfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), OP); \
}
RICHCMP_WRAPPER(lt, Py_LT)
RICHCMP_WRAPPER(le, Py_LE)
RICHCMP_WRAPPER(eq, Py_EQ)
RICHCMP_WRAPPER(ne, Py_NE)
RICHCMP_WRAPPER(gt, Py_GT)
RICHCMP_WRAPPER(ge, Py_GE)

static PyObject *
wrap_next(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    PyObject *res = ((iternextfunc)wrapped)(self);
    if (res == NULL && !PyErr_Occurred())
        PyErr_SetNone(PyExc_StopIteration);
    return res;
}

static PyObject *
wrap_descr_get(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *obj, *type;
    /* CPython names no function in these arity messages: " expected ..." */
    if (!unpack_one_or_two(args, "", &obj, &type))
        return NULL;
    if (obj == Py_None)
        obj = NULL;
    if (type == Py_None)
        type = NULL;
    if (type == NULL && obj == NULL) {
        PyErr_SetString(PyExc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((descrgetfunc)wrapped)(self, obj, type);
}

static PyObject *
wrap_descr_set(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args_prefixed(args, 2, " "))
        return NULL;
    if (((descrsetfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_descr_delete(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    if (((descrsetfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
wrap_init(PyObject *self, PyObject *args, void *wrapped, PyObject *kwds)
{
    if (((initproc)wrapped)(self, args, kwds) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
tp_new_wrapper(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (!PyTuple_Check(args) || PyTuple_GET_SIZE(args) < 1) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
        return NULL;
    }
    PyObject *arg0 = PyTuple_GET_ITEM(args, 0);
    if (!PyType_Check(arg0)) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                     type->tp_name, Py_TYPE(arg0)->tp_name);
        return NULL;
    }
    PyTypeObject *subtype = (PyTypeObject *)arg0;
    if (!PyType_IsSubtype(subtype, type)) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                     type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
        return NULL;
    }
    /* the nearest base of subtype with a C tp_new must use this one, or
     * a C struct would be left uninitialised */
    PyTypeObject *staticbase = subtype;
    while (staticbase != NULL && staticbase->tp_new == slot_tp_new)
        staticbase = staticbase->tp_base;
    if (staticbase != NULL && staticbase->tp_new != type->tp_new) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                     type->tp_name, subtype->tp_name, staticbase->tp_name);
        return NULL;
    }
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL)
        return NULL;
    PyObject *res = type->tp_new(subtype, rest, kwds);
    Py_DECREF(rest);
    return res;
}

/* ===================================================================
 * Slot functions of classes: call the Python dunder methods.
 * =================================================================== */

/* Look `name` up on type(self).  A function or method descriptor is
 * returned as is with *unbound = 1 (the caller passes self first, which
 * saves making a bound method); anything else is bound through its
 * __get__.  NULL without an exception when the name is missing. */
static PyObject *
lookup_maybe_method(PyObject *self, PyObject *name, int *unbound)
{
    PyObject *res = _PyType_Lookup(Py_TYPE(self), name);
    if (res == NULL)
        return NULL;
    if (PyType_HasFeature(Py_TYPE(res), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        *unbound = 1;
        return Py_NewRef(res);
    }
    *unbound = 0;
    descrgetfunc f = Py_TYPE(res)->tp_descr_get;
    if (f == NULL)
        return Py_NewRef(res);
    return f(res, self, (PyObject *)Py_TYPE(self));
}

static PyObject *
lookup_method(PyObject *self, PyObject *name, int *unbound)
{
    PyObject *res = lookup_maybe_method(self, name, unbound);
    if (res == NULL && !PyErr_Occurred())
        PyErr_SetObject(PyExc_AttributeError, name);
    return res;
}

/* args[0] is self; it is dropped when func is already bound */
static PyObject *
call_unbound(int unbound, PyObject *func, PyObject *const *args, Py_ssize_t nargs)
{
    if (unbound)
        return PyObject_Vectorcall(func, args, nargs, NULL);
    return PyObject_Vectorcall(func, args + 1, (nargs - 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

static PyObject *
call_unbound_noarg(int unbound, PyObject *func, PyObject *self)
{
    return call_unbound(unbound, func, &self, 1);
}

static PyObject *
vectorcall_method(PyObject *name, PyObject *const *args, Py_ssize_t nargs)
{
    int unbound;
    PyObject *func = lookup_method(args[0], name, &unbound);
    if (func == NULL)
        return NULL;
    PyObject *res = call_unbound(unbound, func, args, nargs);
    Py_DECREF(func);
    return res;
}

/* NotImplemented when the method is missing: for binary operators */
static PyObject *
vectorcall_maybe(PyObject *name, PyObject *const *args, Py_ssize_t nargs)
{
    int unbound;
    PyObject *func = lookup_maybe_method(args[0], name, &unbound);
    if (func == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NOTIMPLEMENTED;
    }
    PyObject *res = call_unbound(unbound, func, args, nargs);
    Py_DECREF(func);
    return res;
}

/* Does type(right) define `name` differently from type(left)? */
static int
method_is_overloaded(PyObject *left, PyObject *right, PyObject *name)
{
    PyObject *b = _PyType_Lookup(Py_TYPE(right), name);
    if (b == NULL)
        return 0;
    PyObject *a = _PyType_Lookup(Py_TYPE(left), name);
    if (a == NULL)
        return 1;
    return a != b;
}

#define SLOT0(FUNCNAME, DUNDER) \
static PyObject * \
FUNCNAME(PyObject *self) \
{ \
    PyObject *stack[1] = {self}; \
    return vectorcall_method(_Py_ID(DUNDER), stack, 1); \
}

#define SLOT1(FUNCNAME, DUNDER) \
static PyObject * \
FUNCNAME(PyObject *self, PyObject *arg) \
{ \
    PyObject *stack[2] = {self, arg}; \
    return vectorcall_method(_Py_ID(DUNDER), stack, 2); \
}

/* The reflected-operand protocol seen from a class: try self.__op__,
 * then other.__rop__, but other first when its type is a proper
 * subclass that overrides __rop__. */
#define SLOT1BIN(FUNCNAME, SLOTNAME, DUNDER, RDUNDER) \
static PyObject * \
FUNCNAME(PyObject *self, PyObject *other) \
{ \
    PyObject *stack[2]; \
    PyTypeObject *tp_self = Py_TYPE(self), *tp_other = Py_TYPE(other); \
    int do_other = !Py_IS_TYPE(self, tp_other) && tp_other->tp_as_number != NULL && \
        tp_other->tp_as_number->SLOTNAME == FUNCNAME; \
    if (tp_self->tp_as_number != NULL && tp_self->tp_as_number->SLOTNAME == FUNCNAME) { \
        PyObject *r; \
        if (do_other && PyType_IsSubtype(tp_other, tp_self) && \
            method_is_overloaded(self, other, _Py_ID(RDUNDER))) { \
            stack[0] = other; stack[1] = self; \
            r = vectorcall_maybe(_Py_ID(RDUNDER), stack, 2); \
            if (r != Py_NotImplemented) \
                return r; \
            Py_DECREF(r); \
            do_other = 0; \
        } \
        stack[0] = self; stack[1] = other; \
        r = vectorcall_maybe(_Py_ID(DUNDER), stack, 2); \
        if (r != Py_NotImplemented || Py_IS_TYPE(other, tp_self)) \
            return r; \
        Py_DECREF(r); \
    } \
    if (do_other) { \
        stack[0] = other; stack[1] = self; \
        return vectorcall_maybe(_Py_ID(RDUNDER), stack, 2); \
    } \
    Py_RETURN_NOTIMPLEMENTED; \
}

SLOT1BIN(slot_nb_add, nb_add, __add__, __radd__)
SLOT1BIN(slot_nb_subtract, nb_subtract, __sub__, __rsub__)
SLOT1BIN(slot_nb_multiply, nb_multiply, __mul__, __rmul__)
SLOT1BIN(slot_nb_matrix_multiply, nb_matrix_multiply, __matmul__, __rmatmul__)
SLOT1BIN(slot_nb_remainder, nb_remainder, __mod__, __rmod__)
SLOT1BIN(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
SLOT1BIN(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
SLOT1BIN(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
SLOT1BIN(slot_nb_and, nb_and, __and__, __rand__)
SLOT1BIN(slot_nb_xor, nb_xor, __xor__, __rxor__)
SLOT1BIN(slot_nb_or, nb_or, __or__, __ror__)
SLOT1BIN(slot_nb_floor_divide, nb_floor_divide, __floordiv__, __rfloordiv__)
SLOT1BIN(slot_nb_true_divide, nb_true_divide, __truediv__, __rtruediv__)

static PyObject *slot_nb_power(PyObject *self, PyObject *other, PyObject *modulus);

#undef SLOT1BIN

/* nb_power is ternary, so the binary logic is spelled out once more with
 * the slot comparison against slot_nb_power */
static PyObject *
slot_nb_power_impl(PyObject *self, PyObject *other)
{
    PyObject *stack[2];
    PyTypeObject *tp_self = Py_TYPE(self), *tp_other = Py_TYPE(other);
    int do_other = !Py_IS_TYPE(self, tp_other) && tp_other->tp_as_number != NULL &&
        tp_other->tp_as_number->nb_power == slot_nb_power;
    if (tp_self->tp_as_number != NULL && tp_self->tp_as_number->nb_power == slot_nb_power) {
        PyObject *r;
        if (do_other && PyType_IsSubtype(tp_other, tp_self) &&
            method_is_overloaded(self, other, _Py_ID(__rpow__))) {
            stack[0] = other; stack[1] = self;
            r = vectorcall_maybe(_Py_ID(__rpow__), stack, 2);
            if (r != Py_NotImplemented)
                return r;
            Py_DECREF(r);
            do_other = 0;
        }
        stack[0] = self; stack[1] = other;
        r = vectorcall_maybe(_Py_ID(__pow__), stack, 2);
        if (r != Py_NotImplemented || Py_IS_TYPE(other, tp_self))
            return r;
        Py_DECREF(r);
    }
    if (do_other) {
        stack[0] = other; stack[1] = self;
        return vectorcall_maybe(_Py_ID(__rpow__), stack, 2);
    }
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
slot_nb_power(PyObject *self, PyObject *other, PyObject *modulus)
{
    if (modulus == Py_None)
        return slot_nb_power_impl(self, other);
    /* three-argument pow() never tries the reflected method */
    if (Py_TYPE(self)->tp_as_number != NULL &&
        Py_TYPE(self)->tp_as_number->nb_power == slot_nb_power) {
        PyObject *stack[3] = {self, other, modulus};
        return vectorcall_method(_Py_ID(__pow__), stack, 3);
    }
    Py_RETURN_NOTIMPLEMENTED;
}

SLOT0(slot_nb_negative, __neg__)
SLOT0(slot_nb_positive, __pos__)
SLOT0(slot_nb_absolute, __abs__)
SLOT0(slot_nb_invert, __invert__)
SLOT0(slot_nb_int, __int__)
SLOT0(slot_nb_float, __float__)
SLOT0(slot_nb_index, __index__)
SLOT0(slot_am_await, __await__)
SLOT0(slot_am_aiter, __aiter__)
SLOT0(slot_am_anext, __anext__)
SLOT0(slot_tp_iternext, __next__)
SLOT1(slot_nb_inplace_add, __iadd__)
SLOT1(slot_nb_inplace_subtract, __isub__)
SLOT1(slot_nb_inplace_multiply, __imul__)
SLOT1(slot_nb_inplace_matrix_multiply, __imatmul__)
SLOT1(slot_nb_inplace_remainder, __imod__)
SLOT1(slot_nb_inplace_lshift, __ilshift__)
SLOT1(slot_nb_inplace_rshift, __irshift__)
SLOT1(slot_nb_inplace_and, __iand__)
SLOT1(slot_nb_inplace_xor, __ixor__)
SLOT1(slot_nb_inplace_or, __ior__)
SLOT1(slot_nb_inplace_floor_divide, __ifloordiv__)
SLOT1(slot_nb_inplace_true_divide, __itruediv__)
SLOT1(slot_mp_subscript, __getitem__)

static PyObject *
slot_nb_inplace_power(PyObject *self, PyObject *arg1, PyObject *arg2)
{
    PyObject *stack[2] = {self, arg1};
    return vectorcall_method(_Py_ID(__ipow__), stack, 2);
}

static int
slot_nb_bool(PyObject *self)
{
    int unbound, using_len = 0;
    PyObject *func = lookup_maybe_method(self, _Py_ID(__bool__), &unbound);
    if (func == NULL) {
        if (PyErr_Occurred())
            return -1;
        func = lookup_maybe_method(self, _Py_ID(__len__), &unbound);
        if (func == NULL)
            return PyErr_Occurred() ? -1 : 1;
        using_len = 1;
    }
    PyObject *value = call_unbound_noarg(unbound, func, self);
    Py_DECREF(func);
    if (value == NULL)
        return -1;
    int result;
    if (using_len) {
        result = PyObject_IsTrue(value);
    }
    else if (PyBool_Check(value)) {
        result = value == Py_True;
    }
    else {
        PyErr_Format(PyExc_TypeError, "__bool__ should return bool, returned %.200s",
                     Py_TYPE(value)->tp_name);
        result = -1;
    }
    Py_DECREF(value);
    return result;
}

static Py_ssize_t
slot_sq_length(PyObject *self)
{
    PyObject *stack[1] = {self};
    PyObject *res = vectorcall_method(_Py_ID(__len__), stack, 1);
    if (res == NULL)
        return -1;
    Py_SETREF(res, PyNumber_Index(res));
    if (res == NULL)
        return -1;
    if (_PyLong_Sign(res) < 0) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    Py_ssize_t len = PyNumber_AsSsize_t(res, PyExc_OverflowError);
    Py_DECREF(res);
    return len;
}

static PyObject *
slot_sq_item(PyObject *self, Py_ssize_t i)
{
    PyObject *ival = PyLong_FromSsize_t(i);
    if (ival == NULL)
        return NULL;
    PyObject *stack[2] = {self, ival};
    PyObject *res = vectorcall_method(_Py_ID(__getitem__), stack, 2);
    Py_DECREF(ival);
    return res;
}

static int
slot_sq_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    PyObject *ival = PyLong_FromSsize_t(i);
    if (ival == NULL)
        return -1;
    PyObject *res;
    if (value == NULL) {
        PyObject *stack[2] = {self, ival};
        res = vectorcall_method(_Py_ID(__delitem__), stack, 2);
    }
    else {
        PyObject *stack[3] = {self, ival, value};
        res = vectorcall_method(_Py_ID(__setitem__), stack, 3);
    }
    Py_DECREF(ival);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static int
slot_mp_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    PyObject *res;
    if (value == NULL) {
        PyObject *stack[2] = {self, key};
        res = vectorcall_method(_Py_ID(__delitem__), stack, 2);
    }
    else {
        PyObject *stack[3] = {self, key, value};
        res = vectorcall_method(_Py_ID(__setitem__), stack, 3);
    }
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static int
slot_sq_contains(PyObject *self, PyObject *value)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, _Py_ID(__contains__), &unbound);
    if (func == Py_None) {
        Py_DECREF(func);
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not a container",
                     Py_TYPE(self)->tp_name);
        return -1;
    }
    if (func != NULL) {
        PyObject *stack[2] = {self, value};
        PyObject *res = call_unbound(unbound, func, stack, 2);
        Py_DECREF(func);
        if (res == NULL)
            return -1;
        int r = PyObject_IsTrue(res);
        Py_DECREF(res);
        return r;
    }
    if (PyErr_Occurred())
        return -1;
    /* no __contains__: search by iteration */
    PyObject *it = PyObject_GetIter(self);
    if (it == NULL)
        return -1;
    int found = 0;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int cmp = PyObject_RichCompareBool(item, value, Py_EQ);
        Py_DECREF(item);
        if (cmp != 0) {
            found = cmp;
            break;
        }
    }
    Py_DECREF(it);
    if (found == 0 && PyErr_Occurred())
        return -1;
    return found;
}

static PyObject *
slot_tp_repr(PyObject *self)
{
    int unbound;
    PyObject *func = lookup_method(self, _Py_ID(__repr__), &unbound);
    if (func == NULL) {
        PyErr_Clear();
        return PyUnicode_FromFormat("<%s object at %p>", Py_TYPE(self)->tp_name, self);
    }
    PyObject *res = call_unbound_noarg(unbound, func, self);
    Py_DECREF(func);
    return res;
}

SLOT0(slot_tp_str, __str__)

static Py_hash_t
slot_tp_hash(PyObject *self)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, _Py_ID(__hash__), &unbound);
    if (func == Py_None) {
        Py_DECREF(func);
        func = NULL;
    }
    if (func == NULL) {
        /* as CPython: a failed lookup reads as "unhashable" */
        PyErr_Clear();
        return PyObject_HashNotImplemented(self);
    }
    PyObject *res = call_unbound_noarg(unbound, func, self);
    Py_DECREF(func);
    if (res == NULL)
        return -1;
    if (!PyLong_Check(res)) {
        PyErr_SetString(PyExc_TypeError, "__hash__ method should return an integer");
        Py_DECREF(res);
        return -1;
    }
    /* an int that does not fit is reduced the way int hashes */
    Py_hash_t h = PyLong_AsSsize_t(res);
    if (h == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        h = PyLong_Type.tp_hash(res);
    }
    Py_DECREF(res);
    if (h == -1 && !PyErr_Occurred())
        h = -2;
    return h;
}

static PyObject *
slot_tp_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    int unbound;
    PyObject *meth = lookup_method(self, _Py_ID(__call__), &unbound);
    if (meth == NULL)
        return NULL;
    /* no recursion guard of its own: tp_call's callers count this call,
       as CPython's do, so a runaway __call__ is reported where CPython
       reports it */
    PyObject *res;
    if (unbound) {
        Py_ssize_t n = PyTuple_GET_SIZE(args);
        PyObject *full = PyTuple_New(n + 1);
        if (full == NULL) {
            res = NULL;
        }
        else {
            PyTuple_SET_ITEM(full, 0, Py_NewRef(self));
            for (Py_ssize_t i = 0; i < n; i++)
                PyTuple_SET_ITEM(full, i + 1, Py_NewRef(PyTuple_GET_ITEM(args, i)));
            res = PyObject_Call(meth, full, kwds);
            Py_DECREF(full);
        }
    }
    else {
        res = PyObject_Call(meth, args, kwds);
    }
    Py_DECREF(meth);
    return res;
}

static PyObject *
slot_tp_getattro(PyObject *self, PyObject *name)
{
    PyObject *stack[2] = {self, name};
    return vectorcall_method(_Py_ID(__getattribute__), stack, 2);
}

static PyObject *
call_attribute(PyObject *self, PyObject *attr, PyObject *name)
{
    PyObject *res;
    descrgetfunc f = Py_TYPE(attr)->tp_descr_get;
    if (f != NULL) {
        attr = f(attr, self, (PyObject *)Py_TYPE(self));
        if (attr == NULL)
            return NULL;
    }
    else {
        Py_INCREF(attr);
    }
    res = PyObject_CallOneArg(attr, name);
    Py_DECREF(attr);
    return res;
}

/* __getattribute__ then, on AttributeError, __getattr__ */
static PyObject *
slot_tp_getattr_hook(PyObject *self, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject *getattr = _PyType_Lookup(tp, _Py_ID(__getattr__));
    if (getattr == NULL) {
        /* no __getattr__ any more (deleted): stop paying for the hook */
        tp->tp_getattro = slot_tp_getattro;
        return slot_tp_getattro(self, name);
    }
    Py_INCREF(getattr);
    PyObject *getattribute = _PyType_Lookup(tp, _Py_ID(__getattribute__));
    PyObject *res;
    if (getattribute == NULL ||
        (Py_IS_TYPE(getattribute, &PyWrapperDescr_Type) &&
         ((PyWrapperDescrObject *)getattribute)->d_wrapped == (void *)PyObject_GenericGetAttr)) {
        res = _PyObject_GenericGetAttrWithDict(self, name, NULL, 1);
    }
    else {
        Py_INCREF(getattribute);
        res = call_attribute(self, getattribute, name);
        Py_DECREF(getattribute);
    }
    if (res == NULL && !PyErr_Occurred()) {
        res = call_attribute(self, getattr, name);
    }
    else if (res == NULL && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        res = call_attribute(self, getattr, name);
    }
    Py_DECREF(getattr);
    return res;
}

static int
slot_tp_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyObject *res;
    if (value == NULL) {
        PyObject *stack[2] = {self, name};
        res = vectorcall_method(_Py_ID(__delattr__), stack, 2);
    }
    else {
        PyObject *stack[3] = {self, name, value};
        res = vectorcall_method(_Py_ID(__setattr__), stack, 3);
    }
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static PyObject *
richcmp_name(int op)
{
    switch (op) {
    case Py_LT: return _Py_ID(__lt__);
    case Py_LE: return _Py_ID(__le__);
    case Py_EQ: return _Py_ID(__eq__);
    case Py_NE: return _Py_ID(__ne__);
    case Py_GT: return _Py_ID(__gt__);
    default: return _Py_ID(__ge__);
    }
}

static PyObject *
slot_tp_richcompare(PyObject *self, PyObject *other, int op)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, richcmp_name(op), &unbound);
    if (func == NULL) {
        /* CPython drops an error raised while looking the method up (a
         * property that raises): the comparison falls back instead */
        PyErr_Clear();
        Py_RETURN_NOTIMPLEMENTED;
    }
    PyObject *stack[2] = {self, other};
    PyObject *res = call_unbound(unbound, func, stack, 2);
    Py_DECREF(func);
    return res;
}

static PyObject *
slot_tp_iter(PyObject *self)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, _Py_ID(__iter__), &unbound);
    if (func == Py_None) {
        Py_DECREF(func);
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not iterable", Py_TYPE(self)->tp_name);
        return NULL;
    }
    if (func != NULL) {
        PyObject *res = call_unbound_noarg(unbound, func, self);
        Py_DECREF(func);
        return res;
    }
    if (PyErr_Occurred())
        return NULL;
    if (_PyType_Lookup(Py_TYPE(self), _Py_ID(__getitem__)) != NULL)
        return PySeqIter_New(self);
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not iterable", Py_TYPE(self)->tp_name);
    return NULL;
}

static PyObject *
slot_tp_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyObject *get = _PyType_Lookup(Py_TYPE(self), _Py_ID(__get__));
    if (get == NULL)
        return Py_NewRef(self);
    PyObject *stack[3] = {self, obj ? obj : Py_None, type ? type : Py_None};
    return PyObject_Vectorcall(get, stack, 3, NULL);
}

static int
slot_tp_descr_set(PyObject *self, PyObject *target, PyObject *value)
{
    PyObject *res;
    if (value == NULL) {
        PyObject *stack[2] = {self, target};
        res = vectorcall_method(_Py_ID(__delete__), stack, 2);
    }
    else {
        PyObject *stack[3] = {self, target, value};
        res = vectorcall_method(_Py_ID(__set__), stack, 3);
    }
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

/* Runs __init__ on self with the arguments in a C array (self is put in
 * front, borrowing args[-1] when nargsf allows it), so that a Python
 * __init__ is called without a tuple being built. */
static int
call_init(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwds)
{
    int unbound;
    PyObject *meth = lookup_method(self, _Py_ID(__init__), &unbound);
    if (meth == NULL)
        return -1;
    Py_ssize_t n = PyVectorcall_NARGS(nargsf);
    PyObject *res;
    if (!unbound) {
        res = PyObject_VectorcallDict(meth, args, (size_t)n, kwds);
    }
    else if (nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) {
        PyObject **front = (PyObject **)args - 1;
        PyObject *saved = *front;
        *front = self;
        res = PyObject_VectorcallDict(meth, front, (size_t)(n + 1), kwds);
        *front = saved;
    }
    else {
        PyObject *small[8];
        PyObject **stack = small;
        if (n + 1 > (Py_ssize_t)(sizeof(small) / sizeof(small[0]))) {
            stack = PyMem_Malloc((size_t)(n + 1) * sizeof(PyObject *));
            if (stack == NULL) {
                Py_DECREF(meth);
                PyErr_NoMemory();
                return -1;
            }
        }
        stack[0] = self;
        for (Py_ssize_t i = 0; i < n; i++)
            stack[i + 1] = args[i];
        res = PyObject_VectorcallDict(meth, stack, (size_t)(n + 1), kwds);
        if (stack != small)
            PyMem_Free(stack);
    }
    Py_DECREF(meth);
    if (res == NULL)
        return -1;
    if (res != Py_None) {
        PyErr_Format(PyExc_TypeError, "__init__() should return None, not '%.200s'",
                     Py_TYPE(res)->tp_name);
        Py_DECREF(res);
        return -1;
    }
    Py_DECREF(res);
    return 0;
}

static int
slot_tp_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return call_init(self, &PyTuple_GET_ITEM(args, 0), (size_t)PyTuple_GET_SIZE(args), kwds);
}

/* Calling a class made by a class statement.  The common case, object's
 * __new__ and a Python __init__ with positional arguments, goes without
 * an argument tuple: object.__new__ ignores the arguments when __init__
 * is overridden, so it gets ().  Everything else takes type.__call__. */
static PyObject *
heaptype_vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyTypeObject *type = (PyTypeObject *)callable;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (type->tp_new != object_new || type->tp_init != slot_tp_init ||
        Py_TYPE(type) != &PyType_Type || (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0))
        return _PyObject_MakeTpCall(callable, args, nargs, kwnames);
    /* the depth type.__call__ would add, so recursion limits are hit at
     * the same place */
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyObject *empty = PyTuple_New(0);
    PyObject *obj = empty ? object_new(type, empty, NULL) : NULL;
    Py_XDECREF(empty);
    if (obj != NULL && call_init(obj, args, nargsf, NULL) < 0)
        Py_CLEAR(obj);
    Py_LeaveRecursiveCall();
    return obj;
}

static PyObject *
slot_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *func = PyObject_GetAttr((PyObject *)type, _Py_ID(__new__));
    if (func == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    PyObject *full = PyTuple_New(n + 1);
    PyObject *res = NULL;
    if (full != NULL) {
        PyTuple_SET_ITEM(full, 0, Py_NewRef(type));
        for (Py_ssize_t i = 0; i < n; i++)
            PyTuple_SET_ITEM(full, i + 1, Py_NewRef(PyTuple_GET_ITEM(args, i)));
        res = PyObject_Call(func, full, kwds);
        Py_DECREF(full);
    }
    Py_DECREF(func);
    return res;
}

static void
slot_tp_finalize(PyObject *self)
{
    PyObject *exc = PyErr_GetRaisedException();
    int unbound;
    PyObject *del = lookup_maybe_method(self, _Py_ID(__del__), &unbound);
    if (del != NULL) {
        PyObject *res = call_unbound_noarg(unbound, del, self);
        if (res == NULL)
            PyErr_WriteUnraisable(del);
        else
            Py_DECREF(res);
        Py_DECREF(del);
    }
    else if (PyErr_Occurred()) {
        PyErr_WriteUnraisable(self);
    }
    PyErr_SetRaisedException(exc);
}

/* ===================================================================
 * The slot table: one row per (dunder, slot).  Rows of one slot are
 * adjacent; the order decides which wrapper add_operators keeps when
 * two slots share a name (__len__: mapping before sequence; __add__:
 * number before sequence).
 * =================================================================== */

/* DOC is what __doc__ and __text_signature__ of the wrapper show:
 * "NAME(SIGNATURE)\n--\n\nTEXT", the layout C docstrings use. */
#define TPSLOT(NAME, SLOT, FUNC, WRAPPER, FLAGS, SIG, DOC) \
    {NAME, (int)offsetof(PyTypeObject, SLOT), (void *)(FUNC), (wrapperfunc)(void (*)(void))(WRAPPER), \
     NAME SIG "\n--\n\n" DOC, FLAGS, NULL}
#define ETSLOT(NAME, SLOT, FUNC, WRAPPER, SIG, DOC) \
    {NAME, (int)offsetof(PyHeapTypeObject, SLOT), (void *)(FUNC), (wrapperfunc)(void (*)(void))(WRAPPER), \
     NAME SIG "\n--\n\n" DOC, 0, NULL}
#define AMSLOT(NAME, SLOT, FUNC, WRAPPER, DOC) ETSLOT(NAME, as_async.SLOT, FUNC, WRAPPER, "($self, /)", DOC)
#define NBSLOT(NAME, SLOT, FUNC, WRAPPER, SIG, DOC) ETSLOT(NAME, as_number.SLOT, FUNC, WRAPPER, SIG, DOC)
#define MPSLOT(NAME, SLOT, FUNC, WRAPPER, SIG, DOC) ETSLOT(NAME, as_mapping.SLOT, FUNC, WRAPPER, SIG, DOC)
#define SQSLOT(NAME, SLOT, FUNC, WRAPPER, SIG, DOC) ETSLOT(NAME, as_sequence.SLOT, FUNC, WRAPPER, SIG, DOC)
#define BINSLOT(NAME, RNAME, SLOT, FUNC, OP) \
    NBSLOT(NAME, SLOT, FUNC, wrap_binaryfunc_l, "($self, value, /)", "Return self" OP "value."), \
    NBSLOT(RNAME, SLOT, FUNC, wrap_binaryfunc_r, "($self, value, /)", "Return value" OP "self.")
#define UNSLOT(NAME, SLOT, FUNC, DOC) NBSLOT(NAME, SLOT, FUNC, wrap_unaryfunc, "($self, /)", DOC)
#define IBSLOT(NAME, SLOT, FUNC, OP) \
    NBSLOT(NAME, SLOT, FUNC, wrap_binaryfunc, "($self, value, /)", "Return self" OP "value.")
#define SELF_ONLY "($self, /)"
#define SELF_VALUE "($self, value, /)"
#define SELF_KEY "($self, key, /)"
#define RICHSLOT(NAME, OP, WRAPPER) \
    TPSLOT(NAME, tp_richcompare, slot_tp_richcompare, WRAPPER, 0, SELF_VALUE, "Return self" OP "value.")

static struct wrapperbase slotdefs[] = {
    TPSLOT("__getattribute__", tp_getattro, slot_tp_getattr_hook, wrap_binaryfunc, 0,
           "($self, name, /)", "Return getattr(self, name)."),
    {"__getattr__", (int)offsetof(PyTypeObject, tp_getattro), (void *)slot_tp_getattr_hook, NULL, NULL, 0, NULL},
    TPSLOT("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr, 0,
           "($self, name, value, /)", "Implement setattr(self, name, value)."),
    TPSLOT("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr, 0,
           "($self, name, /)", "Implement delattr(self, name)."),
    TPSLOT("__repr__", tp_repr, slot_tp_repr, wrap_unaryfunc, 0, SELF_ONLY, "Return repr(self)."),
    TPSLOT("__hash__", tp_hash, slot_tp_hash, wrap_hashfunc, 0, SELF_ONLY, "Return hash(self)."),
    TPSLOT("__call__", tp_call, slot_tp_call, wrap_call, PyWrapperFlag_KEYWORDS,
           "($self, /, *args, **kwargs)", "Call self as a function."),
    TPSLOT("__str__", tp_str, slot_tp_str, wrap_unaryfunc, 0, SELF_ONLY, "Return str(self)."),
    RICHSLOT("__lt__", "<", richcmp_lt),
    RICHSLOT("__le__", "<=", richcmp_le),
    RICHSLOT("__eq__", "==", richcmp_eq),
    RICHSLOT("__ne__", "!=", richcmp_ne),
    RICHSLOT("__gt__", ">", richcmp_gt),
    RICHSLOT("__ge__", ">=", richcmp_ge),
    TPSLOT("__iter__", tp_iter, slot_tp_iter, wrap_unaryfunc, 0, SELF_ONLY, "Implement iter(self)."),
    TPSLOT("__next__", tp_iternext, slot_tp_iternext, wrap_next, 0, SELF_ONLY, "Implement next(self)."),
    TPSLOT("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get, 0,
           "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner."),
    TPSLOT("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set, 0,
           "($self, instance, value, /)", "Set an attribute of instance to value."),
    TPSLOT("__delete__", tp_descr_set, slot_tp_descr_set, wrap_descr_delete, 0,
           "($self, instance, /)", "Delete an attribute of instance."),
    TPSLOT("__init__", tp_init, slot_tp_init, wrap_init, PyWrapperFlag_KEYWORDS,
           "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature."),
    {"__new__", (int)offsetof(PyTypeObject, tp_new), (void *)slot_tp_new, NULL, NULL, 0, NULL},
    /* no signature and no text: both read None, as in CPython */
    {"__del__", (int)offsetof(PyTypeObject, tp_finalize), (void *)slot_tp_finalize,
     (wrapperfunc)(void (*)(void))wrap_del, "", 0, NULL},

    AMSLOT("__await__", am_await, slot_am_await, wrap_unaryfunc, "Return an iterator to be used in await expression."),
    AMSLOT("__aiter__", am_aiter, slot_am_aiter, wrap_unaryfunc, "Return an awaitable, that resolves in asynchronous iterator."),
    AMSLOT("__anext__", am_anext, slot_am_anext, wrap_unaryfunc, "Return a value or raise StopAsyncIteration."),

    BINSLOT("__add__", "__radd__", nb_add, slot_nb_add, "+"),
    BINSLOT("__sub__", "__rsub__", nb_subtract, slot_nb_subtract, "-"),
    BINSLOT("__mul__", "__rmul__", nb_multiply, slot_nb_multiply, "*"),
    BINSLOT("__mod__", "__rmod__", nb_remainder, slot_nb_remainder, "%"),
    NBSLOT("__divmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_l, SELF_VALUE, "Return divmod(self, value)."),
    NBSLOT("__rdivmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_r, SELF_VALUE, "Return divmod(value, self)."),
    NBSLOT("__pow__", nb_power, slot_nb_power, wrap_ternaryfunc, "($self, value, mod=None, /)",
           "Return pow(self, value, mod)."),
    NBSLOT("__rpow__", nb_power, slot_nb_power, wrap_ternaryfunc_r, "($self, value, mod=None, /)",
           "Return pow(value, self, mod)."),
    UNSLOT("__neg__", nb_negative, slot_nb_negative, "-self"),
    UNSLOT("__pos__", nb_positive, slot_nb_positive, "+self"),
    UNSLOT("__abs__", nb_absolute, slot_nb_absolute, "abs(self)"),
    NBSLOT("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred, SELF_ONLY, "True if self else False"),
    UNSLOT("__invert__", nb_invert, slot_nb_invert, "~self"),
    BINSLOT("__lshift__", "__rlshift__", nb_lshift, slot_nb_lshift, "<<"),
    BINSLOT("__rshift__", "__rrshift__", nb_rshift, slot_nb_rshift, ">>"),
    BINSLOT("__and__", "__rand__", nb_and, slot_nb_and, "&"),
    BINSLOT("__xor__", "__rxor__", nb_xor, slot_nb_xor, "^"),
    BINSLOT("__or__", "__ror__", nb_or, slot_nb_or, "|"),
    UNSLOT("__int__", nb_int, slot_nb_int, "int(self)"),
    UNSLOT("__float__", nb_float, slot_nb_float, "float(self)"),
    IBSLOT("__iadd__", nb_inplace_add, slot_nb_inplace_add, "+="),
    IBSLOT("__isub__", nb_inplace_subtract, slot_nb_inplace_subtract, "-="),
    IBSLOT("__imul__", nb_inplace_multiply, slot_nb_inplace_multiply, "*="),
    IBSLOT("__imod__", nb_inplace_remainder, slot_nb_inplace_remainder, "%="),
    IBSLOT("__ipow__", nb_inplace_power, slot_nb_inplace_power, "**="),
    IBSLOT("__ilshift__", nb_inplace_lshift, slot_nb_inplace_lshift, "<<="),
    IBSLOT("__irshift__", nb_inplace_rshift, slot_nb_inplace_rshift, ">>="),
    IBSLOT("__iand__", nb_inplace_and, slot_nb_inplace_and, "&="),
    IBSLOT("__ixor__", nb_inplace_xor, slot_nb_inplace_xor, "^="),
    IBSLOT("__ior__", nb_inplace_or, slot_nb_inplace_or, "|="),
    BINSLOT("__floordiv__", "__rfloordiv__", nb_floor_divide, slot_nb_floor_divide, "//"),
    BINSLOT("__truediv__", "__rtruediv__", nb_true_divide, slot_nb_true_divide, "/"),
    IBSLOT("__ifloordiv__", nb_inplace_floor_divide, slot_nb_inplace_floor_divide, "//="),
    IBSLOT("__itruediv__", nb_inplace_true_divide, slot_nb_inplace_true_divide, "/="),
    UNSLOT("__index__", nb_index, slot_nb_index,
           "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BINSLOT("__matmul__", "__rmatmul__", nb_matrix_multiply, slot_nb_matrix_multiply, "@"),
    IBSLOT("__imatmul__", nb_inplace_matrix_multiply, slot_nb_inplace_matrix_multiply, "@="),

    MPSLOT("__len__", mp_length, slot_sq_length, wrap_lenfunc, SELF_ONLY, "Return len(self)."),
    MPSLOT("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc, SELF_KEY, "Return self[key]."),
    MPSLOT("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc,
           "($self, key, value, /)", "Set self[key] to value."),
    MPSLOT("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, SELF_KEY, "Delete self[key]."),

    SQSLOT("__len__", sq_length, slot_sq_length, wrap_lenfunc, SELF_ONLY, "Return len(self)."),
    /* these four have no generic function: a class's __add__/__mul__
     * go through nb_add/nb_multiply only */
    SQSLOT("__add__", sq_concat, NULL, wrap_binaryfunc, SELF_VALUE, "Return self+value."),
    SQSLOT("__mul__", sq_repeat, NULL, wrap_indexargfunc, SELF_VALUE, "Return self*value."),
    SQSLOT("__rmul__", sq_repeat, NULL, wrap_indexargfunc, SELF_VALUE, "Return value*self."),
    SQSLOT("__getitem__", sq_item, slot_sq_item, wrap_sq_item, SELF_KEY, "Return self[key]."),
    SQSLOT("__setitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_setitem,
           "($self, key, value, /)", "Set self[key] to value."),
    SQSLOT("__delitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_delitem, SELF_KEY, "Delete self[key]."),
    SQSLOT("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc, SELF_KEY, "Return key in self."),
    SQSLOT("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc, SELF_VALUE, "Implement self+=value."),
    SQSLOT("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc, SELF_VALUE, "Implement self*=value."),
    {NULL, 0, NULL, NULL, NULL, 0, NULL}
};

/* Recompute one slot of `type` from the dunders its MRO resolves; `p` is
 * the first row of that slot.  Returns the first row of the next slot. */
static struct wrapperbase *
update_one_slot(PyTypeObject *type, struct wrapperbase *p)
{
    int offset = p->offset;
    void **ptr = slotptr(type, offset);
    if (ptr == NULL) {
        do {
            p++;
        } while (p->name != NULL && p->offset == offset);
        return p;
    }
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    do {
        PyObject *descr = _PyType_Lookup(type, p->name_strobj);
        if (descr == NULL)
            continue;
        if (Py_IS_TYPE(descr, &PyWrapperDescr_Type) &&
            ((PyWrapperDescrObject *)descr)->d_base == p) {
            void *w = ((PyWrapperDescrObject *)descr)->d_wrapped;
            /* a slot wrapper taken from an unrelated class (__eq__ =
             * str.__eq__ in an int subclass) must go through the wrapper,
             * which refuses the wrong type */
            if ((specific == NULL || specific == w) &&
                PyType_IsSubtype(type, ((PyDescrObject *)descr)->d_type))
                specific = w;
            else {
                use_generic = 1;
                generic = p->function;
            }
        }
        else if (descr == Py_None && offset == (int)offsetof(PyTypeObject, tp_hash)) {
            specific = (void *)PyObject_HashNotImplemented;
        }
        else if (offset == (int)offsetof(PyTypeObject, tp_new) &&
                 PyCFunction_Check(descr) &&
                 ((PyCFunctionObject *)descr)->m_ml == tp_new_methoddef &&
                 ((PyCFunctionObject *)descr)->m_self != NULL &&
                 PyType_Check(((PyCFunctionObject *)descr)->m_self)) {
            specific = (void *)((PyTypeObject *)((PyCFunctionObject *)descr)->m_self)->tp_new;
        }
        else {
            use_generic = 1;
            generic = p->function;
        }
    } while ((++p)->name != NULL && p->offset == offset);
    if (specific != NULL && !use_generic)
        *ptr = specific;
    else
        *ptr = generic;
    return p;
}

static void
fixup_slot_dispatchers(PyTypeObject *type)
{
    struct wrapperbase *p = slotdefs;
    while (p->name != NULL)
        p = update_one_slot(type, p);
}

static void
update_slot_recursive(PyTypeObject *type, struct wrapperbase *first)
{
    update_one_slot(type, first);
    PyObject *subs = type->tp_subclasses;
    if (subs == NULL)
        return;
    Py_ssize_t pos = 0;
    PyObject *key, *ref;
    while (PyDict_Next(subs, &pos, &key, &ref)) {
        PyTypeObject *sub = (PyTypeObject *)PyLong_AsVoidPtr(ref);
        if (sub != NULL && (sub->tp_flags & Py_TPFLAGS_HEAPTYPE))
            update_slot_recursive(sub, first);
    }
}

/* A dunder was set on or deleted from a class: refill every slot that
 * name feeds, in the class and all its subclasses. */
static int
update_slot(PyTypeObject *type, PyObject *name)
{
    if (init_slotdefs() < 0)
        return -1;
    for (struct wrapperbase *p = slotdefs; p->name != NULL; p++) {
        if (!_PyUnicode_Equal(p->name_strobj, name))
            continue;
        struct wrapperbase *first = p;
        while (first > slotdefs && (first - 1)->offset == p->offset)
            first--;
        update_slot_recursive(type, first);
    }
    return 0;
}

/* ===================================================================
 * Instances of classes: dealloc, traverse, clear, __dict__, __weakref__
 * =================================================================== */

static void
subtype_dealloc(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    PyTypeObject *base = type;
    while (base->tp_dealloc == subtype_dealloc)
        base = base->tp_base;

    if (PyType_IS_GC(type))
        PyObject_GC_UnTrack(self);
    /* h = Node(h) a million times must not free recursively */
    if (_Kr_TrashBegin(self, subtype_dealloc))
        return;
    if (type->tp_finalize != NULL) {
        /* run __del__ once (PEP 442); it may resurrect the object */
        if (PyObject_CallFinalizerFromDealloc(self) < 0) {
            _Kr_TrashEnd();
            return;
        }
        /* __del__ may have assigned __class__: the object now holds a
         * reference to its new class, which is the one to release */
        type = Py_TYPE(self);
        for (base = type; base->tp_dealloc == subtype_dealloc;)
            base = base->tp_base;
    }
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset)
        PyObject_ClearWeakRefs(self);
    /* the slots and the dict this chain of classes added */
    for (PyTypeObject *t = type; t != base; t = t->tp_base) {
        PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)t);
        Py_ssize_t n = Py_SIZE(t);
        for (Py_ssize_t i = 0; i < n; i++, mp++) {
            if (mp->type == T_OBJECT_EX && !(mp->flags & READONLY)) {
                PyObject **addr = (PyObject **)((char *)self + mp->offset);
                Py_CLEAR(*addr);
            }
        }
    }
    if (_KrType_HasManagedDict(type) && !_KrType_HasManagedDict(base)) {
        _KrObject_ClearManagedDict(self);
    }
    else if (type->tp_dictoffset && !base->tp_dictoffset) {
        PyObject **dictptr = _PyObject_GetDictPtr(self);
        if (dictptr != NULL)
            Py_CLEAR(*dictptr);
    }
    base->tp_dealloc(self);
    Py_DECREF(type);
    _Kr_TrashEnd();
}

static int
subtype_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTypeObject *type = Py_TYPE(self), *base = type;
    while (base->tp_traverse == subtype_traverse) {
        PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)base);
        for (Py_ssize_t i = 0; i < Py_SIZE(base); i++, mp++) {
            if (mp->type == T_OBJECT_EX)
                Py_VISIT(*(PyObject **)((char *)self + mp->offset));
        }
        base = base->tp_base;
    }
    if (_KrType_HasManagedDict(type) && !_KrType_HasManagedDict(base)) {
        int err = _KrObject_VisitManagedDict(self, visit, arg);
        if (err)
            return err;
    }
    else if (type->tp_dictoffset != base->tp_dictoffset) {
        PyObject **dictptr = _PyObject_GetDictPtr(self);
        if (dictptr != NULL)
            Py_VISIT(*dictptr);
    }
    Py_VISIT(type);
    if (base->tp_traverse != NULL)
        return base->tp_traverse(self, visit, arg);
    return 0;
}

static int
subtype_clear(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self), *base = type;
    while (base->tp_clear == subtype_clear) {
        PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)base);
        for (Py_ssize_t i = 0; i < Py_SIZE(base); i++, mp++) {
            if (mp->type == T_OBJECT_EX && !(mp->flags & READONLY))
                Py_CLEAR(*(PyObject **)((char *)self + mp->offset));
        }
        base = base->tp_base;
    }
    if (_KrType_HasManagedDict(type) && !_KrType_HasManagedDict(base)) {
        _KrObject_ClearManagedDict(self);
    }
    else if (type->tp_dictoffset != base->tp_dictoffset) {
        PyObject **dictptr = _PyObject_GetDictPtr(self);
        if (dictptr != NULL && *dictptr != NULL)
            Py_CLEAR(*dictptr);
    }
    if (base->tp_clear != NULL)
        return base->tp_clear(self);
    return 0;
}

static PyObject *
subtype_getweakref(PyObject *obj, void *context)
{
    if (Py_TYPE(obj)->tp_weaklistoffset == 0) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __weakref__");
        return NULL;
    }
    PyObject *r = *(PyObject **)((char *)obj + Py_TYPE(obj)->tp_weaklistoffset);
    return Py_NewRef(r == NULL ? Py_None : r);
}

/* __dict__ of instances of classes: unlike other objects' __dict__, it
 * can be deleted (the next access finds a new, empty one). */
/* The nearest static (C) base of `type` that gives its instances a
 * __dict__, or NULL when only class statements added one. */
static PyTypeObject *
builtin_base_with_dict(PyTypeObject *type)
{
    for (; type->tp_base != NULL; type = type->tp_base)
        if (type->tp_dictoffset != 0 && !(type->tp_flags & Py_TPFLAGS_HEAPTYPE))
            return type;
    return NULL;
}

static PyObject *
subtype_getdict(PyObject *obj, void *context)
{
    PyTypeObject *base = builtin_base_with_dict(Py_TYPE(obj));
    if (base != NULL) {
        PyObject *descr = _PyType_Lookup(base, _Py_ID(__dict__));
        descrgetfunc get = descr ? Py_TYPE(descr)->tp_descr_get : NULL;
        if (get == NULL) {
            PyErr_Format(PyExc_TypeError, "this __dict__ descriptor does not support '%.200s' objects",
                         Py_TYPE(obj)->tp_name);
            return NULL;
        }
        return get(descr, obj, (PyObject *)Py_TYPE(obj));
    }
    return PyObject_GenericGetDict(obj, context);
}

static int
subtype_setdict(PyObject *obj, PyObject *value, void *context)
{
    /* A class deriving from a C type that has a __dict__ of its own (type,
     * module, BaseException...) keeps that type's rules: its descriptor
     * decides, so the dict slot is never written behind the C type's back. */
    PyTypeObject *base = builtin_base_with_dict(Py_TYPE(obj));
    if (base != NULL) {
        PyObject *descr = _PyType_Lookup(base, _Py_ID(__dict__));
        descrsetfunc set = descr ? Py_TYPE(descr)->tp_descr_set : NULL;
        if (set == NULL) {
            PyErr_Format(PyExc_TypeError, "this __dict__ descriptor does not support '%.200s' objects",
                         Py_TYPE(obj)->tp_name);
            return -1;
        }
        return set(descr, obj, value);
    }
    if (value != NULL)
        return PyObject_GenericSetDict(obj, value, context);
    if (_KrType_HasManagedDict(Py_TYPE(obj))) {
        _KrObject_ClearManagedDict(obj);
        return 0;
    }
    PyObject **dictptr = _PyObject_GetDictPtr(obj);
    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    Py_CLEAR(*dictptr);
    return 0;
}

static PyGetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_getdict, subtype_setdict, "dictionary for instance variables (if defined)", NULL},
    {"__weakref__", subtype_getweakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};
static PyGetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_getdict, subtype_setdict, "dictionary for instance variables (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};
static PyGetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_getweakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* ===================================================================
 * type_new: the class statement
 * =================================================================== */

/* Does `type` add C fields to `base` beyond a __dict__ and __weakref__? */
static int
extra_ivars(PyTypeObject *type, PyTypeObject *base)
{
    size_t t_size = type->tp_basicsize, b_size = base->tp_basicsize;
    if (type->tp_itemsize || base->tp_itemsize)
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    if (type->tp_weaklistoffset && base->tp_weaklistoffset == 0 &&
        type->tp_weaklistoffset + sizeof(PyObject *) == t_size &&
        (type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        t_size -= sizeof(PyObject *);
    if (type->tp_dictoffset && base->tp_dictoffset == 0 &&
        type->tp_dictoffset + sizeof(PyObject *) == t_size &&
        (type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        t_size -= sizeof(PyObject *);
    return t_size != b_size;
}

/* The nearest class whose instances have a layout of their own. */
static PyTypeObject *
solid_base(PyTypeObject *type)
{
    PyTypeObject *base = type->tp_base ? solid_base(type->tp_base) : &PyBaseObject_Type;
    return extra_ivars(type, base) ? type : base;
}

static PyTypeObject *
best_base(PyObject *bases)
{
    PyTypeObject *base = NULL, *winner = NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(bases, i);
        if (!PyType_Check(b)) {
            PyErr_SetString(PyExc_TypeError, "bases must be types");
            return NULL;
        }
        PyTypeObject *bt = (PyTypeObject *)b;
        if (!(bt->tp_flags & Py_TPFLAGS_READYING) && PyType_Ready(bt) < 0)
            return NULL;
        if (!(bt->tp_flags & Py_TPFLAGS_BASETYPE)) {
            PyErr_Format(PyExc_TypeError, "type '%.100s' is not an acceptable base type",
                         bt->tp_name);
            return NULL;
        }
        PyTypeObject *candidate = solid_base(bt);
        if (winner == NULL) {
            winner = candidate;
            base = bt;
        }
        else if (PyType_IsSubtype(winner, candidate)) {
            ;
        }
        else if (PyType_IsSubtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        }
        else {
            PyErr_SetString(PyExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static PyTypeObject *
calculate_metaclass(PyTypeObject *metatype, PyObject *bases)
{
    PyTypeObject *winner = metatype;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyTypeObject *tmp = Py_TYPE(PyTuple_GET_ITEM(bases, i));
        if (PyType_IsSubtype(winner, tmp))
            continue;
        if (PyType_IsSubtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        PyErr_SetString(PyExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

PyObject *_Py_Mangle(PyObject *privateobj, PyObject *ident);

/* Validate __slots__; returns the sorted, mangled names to allocate
 * (without __dict__/__weakref__) and sets the add_dict and add_weak flags. */
static PyObject *
type_new_slots(PyObject *name, PyObject *dict, PyObject *slots, PyTypeObject *base,
               int *add_dict, int *add_weak)
{
    int may_add_dict = base->tp_dictoffset == 0;
    int may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    PyObject *seq, *newslots = NULL;
    if (PyUnicode_Check(slots))
        seq = PyTuple_Pack(1, slots);
    else
        seq = PySequence_Tuple(slots);
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    /* Any slot at all, even a lone "__dict__" or a non-string, is refused on
       a variable-size base before the names themselves are looked at. */
    if (n > 0 && base->tp_itemsize != 0) {
        PyErr_Format(PyExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     base->tp_name);
        goto error;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = PyTuple_GET_ITEM(seq, i);
        if (!PyUnicode_Check(s)) {
            PyErr_Format(PyExc_TypeError, "__slots__ items must be strings, not '%.200s'",
                         Py_TYPE(s)->tp_name);
            goto error;
        }
        if (!PyUnicode_IsIdentifier(s)) {
            PyErr_SetString(PyExc_TypeError, "__slots__ must be identifiers");
            goto error;
        }
        if (_PyUnicode_EqualToASCIIString(s, "__dict__")) {
            if (!may_add_dict || *add_dict) {
                PyErr_SetString(PyExc_TypeError, "__dict__ slot disallowed: we already got one");
                goto error;
            }
            (*add_dict)++;
        }
        if (_PyUnicode_EqualToASCIIString(s, "__weakref__")) {
            if (!may_add_weak || *add_weak) {
                PyErr_SetString(PyExc_TypeError,
                                "__weakref__ slot disallowed: either we already got one, "
                                "or __itemsize__ != 0");
                goto error;
            }
            (*add_weak)++;
        }
    }
    newslots = PyList_New(0);
    if (newslots == NULL)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = PyTuple_GET_ITEM(seq, i);
        if (_PyUnicode_EqualToASCIIString(s, "__dict__") ||
            _PyUnicode_EqualToASCIIString(s, "__weakref__"))
            continue;
        PyObject *m = _Py_Mangle(name, s);
        if (m == NULL)
            goto error;
        int r = PyDict_Contains(dict, m);
        if (r != 0) {
            if (r > 0 && !_PyUnicode_EqualToASCIIString(m, "__qualname__") &&
                !_PyUnicode_EqualToASCIIString(m, "__classcell__"))
                PyErr_Format(PyExc_ValueError, "%R in __slots__ conflicts with class variable", m);
            if (r < 0 || PyErr_Occurred()) {
                Py_DECREF(m);
                goto error;
            }
        }
        r = PyList_Append(newslots, m);
        Py_DECREF(m);
        if (r < 0)
            goto error;
    }
    if (PyList_Sort(newslots) < 0)
        goto error;
    Py_DECREF(seq);
    Py_SETREF(newslots, PyList_AsTuple(newslots));
    return newslots;
error:
    Py_XDECREF(newslots);
    Py_DECREF(seq);
    return NULL;
}

static int
type_new_set_names(PyTypeObject *type)
{
    PyObject *names = PyDict_Copy(type->tp_dict);
    if (names == NULL)
        return -1;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(names, &pos, &key, &value)) {
        int unbound;
        PyObject *set_name = lookup_maybe_method(value, _Py_ID(__set_name__), &unbound);
        if (set_name == NULL) {
            if (PyErr_Occurred())
                goto error;
            continue;
        }
        PyObject *stack[3] = {value, (PyObject *)type, key};
        PyObject *res = call_unbound(unbound, set_name, stack, 3);
        Py_DECREF(set_name);
        if (res == NULL) {
            _PyErr_FormatFromCause(PyExc_RuntimeError,
                                   "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                                   Py_TYPE(value)->tp_name, key, type->tp_name);
            goto error;
        }
        Py_DECREF(res);
    }
    Py_DECREF(names);
    return 0;
error:
    Py_DECREF(names);
    return -1;
}

static int
type_new_init_subclass(PyTypeObject *type, PyObject *kwds)
{
    PyObject *args[2] = {(PyObject *)type, (PyObject *)type};
    PyObject *super = PyObject_Vectorcall((PyObject *)&PySuper_Type, args, 2, NULL);
    if (super == NULL)
        return -1;
    PyObject *func = PyObject_GetAttr(super, _Py_ID(__init_subclass__));
    Py_DECREF(super);
    if (func == NULL)
        return -1;
    PyObject *res = PyObject_VectorcallDict(func, NULL, 0, kwds);
    Py_DECREF(func);
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

/* __new__ is a static method and __init_subclass__/__class_getitem__ are
 * class methods even when written as plain functions */
static int
type_new_wrap_special(PyObject *dict, PyObject *name, PyObject *(*wrap)(PyObject *))
{
    PyObject *f = PyDict_GetItemWithError(dict, name);
    if (f == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyFunction_Check(f))
        return 0;
    PyObject *w = wrap(f);
    if (w == NULL)
        return -1;
    int r = PyDict_SetItem(dict, name, w);
    Py_DECREF(w);
    return r;
}

static PyObject *
type_new(PyTypeObject *metatype, PyObject *args, PyObject *kwds)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (metatype == &PyType_Type && nargs == 1 && (kwds == NULL || PyDict_GET_SIZE(kwds) == 0))
        return Py_NewRef(Py_TYPE(PyTuple_GET_ITEM(args, 0)));
    if (metatype == &PyType_Type && nargs != 1 && nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "type() takes 1 or 3 arguments");
        return NULL;
    }
    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *name = PyTuple_GET_ITEM(args, 0);
    PyObject *bases = PyTuple_GET_ITEM(args, 1);
    PyObject *orig_dict = PyTuple_GET_ITEM(args, 2);
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "type.__new__() argument 1 must be str, not %.200s",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    if (!PyTuple_Check(bases)) {
        PyErr_Format(PyExc_TypeError, "type.__new__() argument 2 must be tuple, not %.200s",
                     Py_TYPE(bases)->tp_name);
        return NULL;
    }
    if (!PyDict_Check(orig_dict)) {
        PyErr_Format(PyExc_TypeError, "type.__new__() argument 3 must be dict, not %.200s",
                     Py_TYPE(orig_dict)->tp_name);
        return NULL;
    }

    /* A class statement has already replaced such bases by their entries;
       a direct call must not see one. */
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(bases, i), *entries;
        if (PyType_Check(b))
            continue;
        if (_PyObject_LookupAttr(b, _Py_ID(__mro_entries__), &entries) < 0)
            return NULL;
        if (entries != NULL) {
            Py_DECREF(entries);
            PyErr_SetString(PyExc_TypeError,
                            "type() doesn't support MRO entry resolution; use types.new_class()");
            return NULL;
        }
    }
    PyTypeObject *winner = calculate_metaclass(metatype, bases);
    if (winner == NULL)
        return NULL;
    if (winner != metatype) {
        if (winner->tp_new != type_new)
            return winner->tp_new(winner, args, kwds);
        metatype = winner;
    }

    PyObject *dict = NULL, *slots_tuple = NULL;
    PyHeapTypeObject *et = NULL;
    PyTypeObject *type = NULL;
    int add_dict = 0, add_weak = 0;

    if (PyTuple_GET_SIZE(bases) == 0)
        bases = PyTuple_Pack(1, &PyBaseObject_Type);
    else
        Py_INCREF(bases);
    if (bases == NULL)
        return NULL;
    PyTypeObject *base = best_base(bases);
    if (base == NULL)
        goto error;

    dict = PyDict_Copy(orig_dict);
    if (dict == NULL)
        goto error;

    PyObject *slots = PyDict_GetItemWithError(dict, _Py_ID(__slots__));
    if (slots == NULL && PyErr_Occurred())
        goto error;
    if (slots == NULL) {
        add_dict = base->tp_dictoffset == 0;
        add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    }
    else {
        slots_tuple = type_new_slots(name, dict, slots, base, &add_dict, &add_weak);
        if (slots_tuple == NULL)
            goto error;
        /* __slots__ without __dict__ or __weakref__: a secondary base that
         * has them still gives them to the class, as CPython does */
        int may_add_dict = base->tp_dictoffset == 0;
        int may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
            PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(bases, i);
            if (b == base || !PyType_Check(b))
                continue;
            if (may_add_dict && !add_dict && b->tp_dictoffset != 0)
                add_dict++;
            if (may_add_weak && !add_weak && b->tp_weaklistoffset != 0)
                add_weak++;
        }
    }
    Py_ssize_t nslots = slots_tuple ? PyTuple_GET_SIZE(slots_tuple) : 0;

    type = (PyTypeObject *)metatype->tp_alloc(metatype, nslots);
    if (type == NULL)
        goto error;
    et = (PyHeapTypeObject *)type;
    /* all classes take part in GC: an instance stored on its own class
     * is a cycle */
    type->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE |
                     Py_TPFLAGS_HAVE_GC;
    type->tp_vectorcall = heaptype_vectorcall;
    type->tp_as_async = &et->as_async;
    type->tp_as_number = &et->as_number;
    type->tp_as_sequence = &et->as_sequence;
    type->tp_as_mapping = &et->as_mapping;
    type->tp_as_buffer = &et->as_buffer;
    et->ht_name = Py_NewRef(name);
    Py_ssize_t name_size;
    type->tp_name = PyUnicode_AsUTF8AndSize(name, &name_size);
    if (type->tp_name == NULL)
        goto error;
    if (strlen(type->tp_name) != (size_t)name_size) {
        PyErr_SetString(PyExc_ValueError, "type name must not contain null characters");
        goto error;
    }
    et->ht_slots = slots_tuple;
    slots_tuple = NULL;
    type->tp_bases = bases;
    bases = NULL;
    type->tp_base = (PyTypeObject *)Py_NewRef(base);
    type->tp_dict = dict;
    dict = NULL;

    /* __module__ from the globals of the code running the class body */
    int r = PyDict_Contains(type->tp_dict, _Py_ID(__module__));
    if (r < 0)
        goto error;
    if (r == 0) {
        PyObject *globals = PyEval_GetGlobals();
        if (globals != NULL) {
            PyObject *modname = PyDict_GetItemWithError(globals, _Py_ID(__name__));
            if (modname != NULL) {
                if (PyDict_SetItem(type->tp_dict, _Py_ID(__module__), modname) < 0)
                    goto error;
            }
            else if (PyErr_Occurred()) {
                goto error;
            }
        }
    }
    PyObject *qualname = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__qualname__));
    if (qualname != NULL) {
        if (!PyUnicode_Check(qualname)) {
            PyErr_Format(PyExc_TypeError, "type __qualname__ must be a str, not %s",
                         Py_TYPE(qualname)->tp_name);
            goto error;
        }
        et->ht_qualname = Py_NewRef(qualname);
        if (PyDict_DelItem(type->tp_dict, _Py_ID(__qualname__)) < 0)
            goto error;
    }
    else {
        if (PyErr_Occurred())
            goto error;
        et->ht_qualname = Py_NewRef(name);
    }
    if (type_new_wrap_special(type->tp_dict, _Py_ID(__new__), PyStaticMethod_New) < 0 ||
        type_new_wrap_special(type->tp_dict, _Py_ID(__init_subclass__), PyClassMethod_New) < 0 ||
        type_new_wrap_special(type->tp_dict, _Py_ID(__class_getitem__), PyClassMethod_New) < 0)
        goto error;

    /* instance layout: base struct, slots, dict, weaklist */
    Py_ssize_t slotoffset = base->tp_basicsize;
    if (et->ht_slots != NULL) {
        PyMemberDef *mp = PyHeapType_GET_MEMBERS(et);
        for (Py_ssize_t i = 0; i < nslots; i++, mp++) {
            mp->name = PyUnicode_AsUTF8(PyTuple_GET_ITEM(et->ht_slots, i));
            if (mp->name == NULL)
                goto error;
            mp->type = T_OBJECT_EX;
            mp->offset = slotoffset;
            slotoffset += sizeof(PyObject *);
        }
    }
    /* A dict on an object without items lives in front of the object
     * (kr_instance.h), its values inline; after items it takes a slot
     * at the end (negative offset). */
    int managed_dict = add_dict && base->tp_itemsize == 0;
    if (add_dict && !managed_dict) {
        type->tp_dictoffset = -(Py_ssize_t)sizeof(PyObject *);
        slotoffset += sizeof(PyObject *);
    }
    if (add_weak) {
        type->tp_weaklistoffset = slotoffset;
        slotoffset += sizeof(PyObject *);
    }
    type->tp_basicsize = slotoffset;
    if (managed_dict) {
        /* the offset CPython 3.11 shows as __dictoffset__; Krait finds the
         * dict through the flag, never through this number */
        type->tp_flags |= Py_TPFLAGS_MANAGED_DICT;
        type->tp_dictoffset = -slotoffset - 3 * (Py_ssize_t)sizeof(PyObject *);
    }
    type->tp_itemsize = base->tp_itemsize;
    type->tp_members = PyHeapType_GET_MEMBERS(et);
    if (add_dict && add_weak)
        type->tp_getset = subtype_getsets_full;
    else if (add_dict)
        type->tp_getset = subtype_getsets_dict_only;
    else if (add_weak)
        type->tp_getset = subtype_getsets_weakref_only;
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    type->tp_alloc = PyType_GenericAlloc;
    type->tp_free = PyObject_GC_Del;

    /* redefining equality without hash makes instances unhashable */
    r = PyDict_Contains(type->tp_dict, _Py_ID(__eq__));
    if (r > 0) {
        r = PyDict_Contains(type->tp_dict, _Py_ID(__hash__));
        if (r == 0)
            r = PyDict_SetItem(type->tp_dict, _Py_ID(__hash__), Py_None) < 0 ? -1 : 1;
    }
    if (r < 0)
        goto error;

    /* The zero-argument super() cell leaves the namespace before the slots
     * become member descriptors, so a slot may even be named __classcell__. */
    PyObject *cell = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__classcell__));
    if (cell != NULL) {
        if (!PyCell_Check(cell)) {
            PyErr_Format(PyExc_TypeError, "__classcell__ must be a nonlocal cell, not %.200R",
                         Py_TYPE(cell));
            goto error;
        }
        PyCell_Set(cell, (PyObject *)type);
        if (PyDict_DelItem(type->tp_dict, _Py_ID(__classcell__)) < 0)
            goto error;
    }
    else if (PyErr_Occurred()) {
        goto error;
    }

    if (PyType_Ready(type) < 0)
        goto error;
    fixup_slot_dispatchers(type);
    if (_KrType_HasManagedDict(type)) {
        et->ht_cached_keys = _KrDictKeys_NewShared();
        if (et->ht_cached_keys == NULL)
            goto error;
    }

    if (type_new_set_names(type) < 0)
        goto error;
    if (type_new_init_subclass(type, kwds) < 0)
        goto error;
    return (PyObject *)type;

error:
    Py_XDECREF(bases);
    Py_XDECREF(dict);
    Py_XDECREF(slots_tuple);
    Py_XDECREF(type);
    return NULL;
}

/* ===================================================================
 * The type `type`
 * =================================================================== */

static PyObject *
type_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (type == &PyType_Type) {
        Py_ssize_t nargs = PyTuple_GET_SIZE(args);
        if (nargs == 1) {
            if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
                PyErr_SetString(PyExc_TypeError, "type() takes no keyword arguments");
                return NULL;
            }
            return Py_NewRef(Py_TYPE(PyTuple_GET_ITEM(args, 0)));
        }
        if (nargs != 3) {
            PyErr_SetString(PyExc_TypeError, "type() takes 1 or 3 arguments");
            return NULL;
        }
    }
    if (type->tp_new == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot create '%s' instances", type->tp_name);
        return NULL;
    }
    PyObject *obj = type->tp_new(type, args, kwds);
    if (obj == NULL)
        return NULL;
    if (!PyObject_TypeCheck(obj, type))
        return obj;
    type = Py_TYPE(obj);
    if (type->tp_init != NULL) {
        if (type->tp_init(obj, args, kwds) < 0) {
            Py_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

static int
type_init(PyObject *cls, PyObject *args, PyObject *kwds)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs == 1 && kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static PyObject *
type_module(PyTypeObject *type, void *context)
{
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE) {
        PyObject *mod = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__module__));
        if (mod == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_AttributeError, "__module__");
            return NULL;
        }
        return Py_NewRef(mod);
    }
    /* Interned, as in CPython: pickle memoizes a module name by identity,
     * so two classes of one module share one memo entry only if their
     * __module__ is the same object. */
    const char *s = strrchr(type->tp_name, '.');
    PyObject *mod = s != NULL ? PyUnicode_FromStringAndSize(type->tp_name, s - type->tp_name)
                              : PyUnicode_FromString("builtins");
    if (mod != NULL)
        PyUnicode_InternInPlace(&mod);
    return mod;
}

static PyObject *
type_repr(PyObject *self)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (type->tp_name == NULL)
        return PyUnicode_FromFormat("<class at %p>", type);
    PyObject *mod = type_module(type, NULL);
    if (mod == NULL)
        PyErr_Clear();
    else if (!PyUnicode_Check(mod))
        Py_CLEAR(mod);
    PyObject *name = type_qualname(type, NULL);
    if (name == NULL) {
        Py_XDECREF(mod);
        return NULL;
    }
    PyObject *rtn;
    if (mod != NULL && !_PyUnicode_EqualToASCIIString(mod, "builtins"))
        rtn = PyUnicode_FromFormat("<class '%U.%U'>", mod, name);
    else
        rtn = PyUnicode_FromFormat("<class '%s'>", type->tp_name);
    Py_XDECREF(mod);
    Py_DECREF(name);
    return rtn;
}

static PyObject *
type_getattro(PyObject *self, PyObject *name)
{
    PyTypeObject *type = (PyTypeObject *)self;
    PyTypeObject *metatype = Py_TYPE(type);
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    if (type->tp_dict == NULL && PyType_Ready(type) < 0)
        return NULL;

    descrgetfunc meta_get = NULL;
    PyObject *meta_attribute = _PyType_Lookup(metatype, name);
    if (meta_attribute != NULL) {
        Py_INCREF(meta_attribute);
        meta_get = Py_TYPE(meta_attribute)->tp_descr_get;
        if (meta_get != NULL && PyDescr_IsData(meta_attribute)) {
            PyObject *res = meta_get(meta_attribute, self, (PyObject *)metatype);
            Py_DECREF(meta_attribute);
            return res;
        }
    }
    PyObject *attribute = _PyType_Lookup(type, name);
    if (attribute != NULL) {
        Py_INCREF(attribute);
        descrgetfunc local_get = Py_TYPE(attribute)->tp_descr_get;
        Py_XDECREF(meta_attribute);
        if (local_get != NULL) {
            PyObject *res = local_get(attribute, NULL, self);
            Py_DECREF(attribute);
            return res;
        }
        return attribute;
    }
    if (meta_get != NULL) {
        PyObject *res = meta_get(meta_attribute, self, (PyObject *)metatype);
        Py_DECREF(meta_attribute);
        return res;
    }
    if (meta_attribute != NULL)
        return meta_attribute;
    PyErr_Format(PyExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                 type->tp_name, name);
    return NULL;
}

static int
type_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return -1;
    }
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) || (type->tp_flags & Py_TPFLAGS_IMMUTABLETYPE)) {
        PyErr_Format(PyExc_TypeError, "cannot set %R attribute of immutable type '%s'",
                     name, type->tp_name);
        return -1;
    }
    Py_INCREF(name);
    if (PyUnicode_CheckExact(name))
        PyUnicode_InternInPlace(&name);
    int res = _PyObject_GenericSetAttrWithDict(self, name, value, NULL);
    if (res == 0) {
        PyType_Modified(type);
        Py_ssize_t n = PyUnicode_GET_LENGTH(name);
        if (n > 4 && PyUnicode_READ_CHAR(name, 0) == '_' && PyUnicode_READ_CHAR(name, 1) == '_' &&
            PyUnicode_READ_CHAR(name, n - 1) == '_' && PyUnicode_READ_CHAR(name, n - 2) == '_')
            res = update_slot(type, name);
    }
    Py_DECREF(name);
    return res;
}

static void
type_dealloc(PyObject *self)
{
    PyTypeObject *type = (PyTypeObject *)self;
    PyHeapTypeObject *et = (PyHeapTypeObject *)type;
    /* only heap types get here: static types are immortal */
    PyObject_GC_UnTrack(type);
    if (type->tp_bases != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(type->tp_bases); i++)
            remove_subclass((PyTypeObject *)PyTuple_GET_ITEM(type->tp_bases, i), type);
    }
    PyType_Modified(type);
    if (type->tp_weaklist != NULL)
        PyObject_ClearWeakRefs(self);
    Py_XDECREF(type->tp_base);
    Py_XDECREF(type->tp_dict);
    Py_XDECREF(type->tp_bases);
    Py_XDECREF(type->tp_mro);
    Py_XDECREF(type->tp_cache);
    Py_XDECREF(type->tp_subclasses);
    Py_XDECREF(et->ht_name);
    Py_XDECREF(et->ht_qualname);
    Py_XDECREF(et->ht_slots);
    Py_XDECREF(et->ht_module);
    if (et->ht_cached_keys != NULL)
        _KrDictKeys_DecRef(et->ht_cached_keys);
    Py_TYPE(type)->tp_free(self);
}

static int
type_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTypeObject *type = (PyTypeObject *)self;
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return 0;
    Py_VISIT(type->tp_dict);
    Py_VISIT(type->tp_cache);
    Py_VISIT(type->tp_mro);
    Py_VISIT(type->tp_bases);
    Py_VISIT(type->tp_base);
    Py_VISIT(((PyHeapTypeObject *)type)->ht_module);
    return 0;
}

static int
type_clear(PyObject *self)
{
    PyTypeObject *type = (PyTypeObject *)self;
    PyType_Modified(type);
    if (type->tp_dict != NULL)
        PyDict_Clear(type->tp_dict);
    Py_CLEAR(type->tp_mro);
    return 0;
}

static int
type_is_gc(PyObject *self)
{
    return (((PyTypeObject *)self)->tp_flags & Py_TPFLAGS_HEAPTYPE) != 0;
}

/* ---- type attributes ---- */

static int
check_set_special_type_attr(PyTypeObject *type, PyObject *value, const char *name)
{
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) || (type->tp_flags & Py_TPFLAGS_IMMUTABLETYPE)) {
        PyErr_Format(PyExc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                     name, type->tp_name);
        return 0;
    }
    if (value == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                     name, type->tp_name);
        return 0;
    }
    return 1;
}

static int
type_set_name(PyTypeObject *type, PyObject *value, void *context)
{
    if (!check_set_special_type_attr(type, value, "__name__"))
        return -1;
    if (!PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                     type->tp_name, Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_ssize_t size;
    const char *tp_name = PyUnicode_AsUTF8AndSize(value, &size);
    if (tp_name == NULL)
        return -1;
    if (strlen(tp_name) != (size_t)size) {
        PyErr_SetString(PyExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    type->tp_name = tp_name;
    Py_INCREF(value);
    Py_SETREF(((PyHeapTypeObject *)type)->ht_name, value);
    return 0;
}

static int
type_set_qualname(PyTypeObject *type, PyObject *value, void *context)
{
    if (!check_set_special_type_attr(type, value, "__qualname__"))
        return -1;
    if (!PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                     type->tp_name, Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_INCREF(value);
    Py_SETREF(((PyHeapTypeObject *)type)->ht_qualname, value);
    return 0;
}

static PyObject *
type_get_bases(PyTypeObject *type, void *context)
{
    return Py_NewRef(type->tp_bases);
}

/* Recompute the MRO of `type` and of every heap subclass below it (their
 * MROs contain type's), refilling their slots; each change is recorded in
 * `undo`. */
static int
mro_hierarchy(PyTypeObject *type, PyObject *undo)
{
    /* (type, old MRO, new MRO): the undo restores the old one only while
     * the new one is still in place (a re-entrant assignment may have
     * installed a newer one since) */
    PyObject *old_mro = Py_NewRef(type->tp_mro ? type->tp_mro : Py_None);
    int first = PyList_GET_SIZE(undo) == 0;
    if (mro_internal(type) < 0) {
        Py_DECREF(old_mro);
        return -1;
    }
    PyObject *entry = PyTuple_Pack(3, (PyObject *)type, old_mro,
                                   type->tp_mro ? type->tp_mro : Py_None);
    Py_DECREF(old_mro);
    if (entry == NULL)
        return -1;
    int r = PyList_Append(undo, entry);
    Py_DECREF(entry);
    if (r < 0)
        return -1;
    if (!first)
        fixup_slot_dispatchers(type);
    PyObject *subs = type->tp_subclasses;
    if (subs == NULL)
        return 0;
    PyObject *snapshot = PyDict_Values(subs);
    if (snapshot == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(snapshot); i++) {
        PyTypeObject *sub = (PyTypeObject *)PyLong_AsVoidPtr(PyList_GET_ITEM(snapshot, i));
        if (sub != NULL && (sub->tp_flags & Py_TPFLAGS_HEAPTYPE) && mro_hierarchy(sub, undo) < 0) {
            Py_DECREF(snapshot);
            return -1;
        }
    }
    Py_DECREF(snapshot);
    return 0;
}

/* Is b on a's tp_base chain (a included)? */
static int
base_chain_reaches(PyTypeObject *a, PyTypeObject *b)
{
    for (; a != NULL; a = a->tp_base)
        if (a == b)
            return 1;
    return 0;
}

static int
type_set_bases(PyTypeObject *type, PyObject *value, void *context)
{
    if (!check_set_special_type_attr(type, value, "__bases__"))
        return -1;
    if (!PyTuple_Check(value)) {
        PyErr_Format(PyExc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                     type->tp_name, Py_TYPE(value)->tp_name);
        return -1;
    }
    if (PyTuple_GET_SIZE(value) == 0) {
        PyErr_Format(PyExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                     type->tp_name);
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); i++) {
        PyObject *b = PyTuple_GET_ITEM(value, i);
        if (!PyType_Check(b)) {
            PyErr_Format(PyExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                         type->tp_name, Py_TYPE(b)->tp_name);
            return -1;
        }
        /* A custom mro() re-entering here may already have set a
         * tp_base whose MRO is not recomputed yet: follow that chain too,
         * or a cycle through tp_base would loop forever later. */
        if (PyType_IsSubtype((PyTypeObject *)b, type) ||
            (((PyTypeObject *)b)->tp_mro != NULL && base_chain_reaches((PyTypeObject *)b, type))) {
            PyErr_SetString(PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    PyTypeObject *new_base = best_base(value);
    if (new_base == NULL)
        return -1;
    if (!compatible_for_assignment(type->tp_base, new_base, "__bases__"))
        return -1;
    PyObject *old_bases = type->tp_bases;
    PyTypeObject *old_base = type->tp_base;
    type->tp_bases = Py_NewRef(value);
    type->tp_base = (PyTypeObject *)Py_NewRef(new_base);
    /* (type, old MRO, new MRO) entries, to undo every recomputed MRO if one fails */
    PyObject *undo = PyList_New(0);
    if (undo == NULL || mro_hierarchy(type, undo) < 0) {
        for (Py_ssize_t i = undo ? PyList_GET_SIZE(undo) - 1 : -1; i >= 0; i--) {
            PyObject *entry = PyList_GET_ITEM(undo, i);
            PyTypeObject *t = (PyTypeObject *)PyTuple_GET_ITEM(entry, 0);
            PyObject *mro = PyTuple_GET_ITEM(entry, 1);
            PyObject *newer = PyTuple_GET_ITEM(entry, 2);
            if (t->tp_mro == newer || (t->tp_mro == NULL && newer == Py_None))
                Py_XSETREF(t->tp_mro, mro == Py_None ? NULL : Py_NewRef(mro));
        }
        Py_XDECREF(undo);
        if (type->tp_bases == value) {
            Py_DECREF(type->tp_bases);
            Py_DECREF(type->tp_base);
            type->tp_bases = old_bases;
            type->tp_base = old_base;
        } else {
            /* a re-entrant assignment won: keep its bases */
            Py_DECREF(old_bases);
            Py_DECREF(old_base);
        }
        return -1;
    }
    Py_DECREF(undo);
    /* Only if no re-entrant assignment replaced our bases meanwhile:
     * otherwise tp_subclasses could gain a cycle. */
    if (type->tp_bases == value) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(old_bases); i++)
            remove_subclass((PyTypeObject *)PyTuple_GET_ITEM(old_bases, i), type);
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); i++)
            add_subclass((PyTypeObject *)PyTuple_GET_ITEM(value, i), type);
    }
    Py_DECREF(old_bases);
    Py_DECREF(old_base);
    PyType_Modified(type);
    fixup_slot_dispatchers(type);
    return 0;
}

static int
type_set_module(PyTypeObject *type, PyObject *value, void *context)
{
    if (!check_set_special_type_attr(type, value, "__module__"))
        return -1;
    PyType_Modified(type);
    return PyDict_SetItem(type->tp_dict, _Py_ID(__module__), value);
}

static PyObject *
type_get_doc(PyTypeObject *type, void *context)
{
    /* A static type's doc is its tp_doc: its dict may hold a __doc__
       descriptor meant for its instances (type itself has one). */
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) && type->tp_doc != NULL)
        return PyUnicode_FromString(doc_without_signature(type));
    PyObject *result = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__doc__));
    if (result == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    if (Py_TYPE(result)->tp_descr_get != NULL)
        return Py_TYPE(result)->tp_descr_get(result, NULL, (PyObject *)type);
    return Py_NewRef(result);
}

static int
type_set_doc(PyTypeObject *type, PyObject *value, void *context)
{
    if (!check_set_special_type_attr(type, value, "__doc__"))
        return -1;
    PyType_Modified(type);
    return PyDict_SetItem(type->tp_dict, _Py_ID(__doc__), value);
}

static PyObject *
type_get_dict(PyTypeObject *type, void *context)
{
    if (type->tp_dict == NULL)
        Py_RETURN_NONE;
    return PyDictProxy_New(type->tp_dict);
}

static PyObject *
type_abstractmethods(PyTypeObject *type, void *context)
{
    PyObject *mod = NULL;
    if (type != &PyType_Type)
        mod = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__abstractmethods__));
    if (mod == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_AttributeError, _Py_ID(__abstractmethods__));
        return NULL;
    }
    return Py_NewRef(mod);
}

static int
type_set_abstractmethods(PyTypeObject *type, PyObject *value, void *context)
{
    int abstract, res;
    if (value != NULL) {
        abstract = PyObject_IsTrue(value);
        if (abstract < 0)
            return -1;
        res = PyDict_SetItem(type->tp_dict, _Py_ID(__abstractmethods__), value);
    }
    else {
        abstract = 0;
        res = PyDict_DelItem(type->tp_dict, _Py_ID(__abstractmethods__));
        if (res < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_SetObject(PyExc_AttributeError, _Py_ID(__abstractmethods__));
            return -1;
        }
    }
    if (res == 0) {
        PyType_Modified(type);
        if (abstract)
            type->tp_flags |= Py_TPFLAGS_IS_ABSTRACT;
        else
            type->tp_flags &= ~Py_TPFLAGS_IS_ABSTRACT;
    }
    return res;
}

static PyObject *
type_get_annotations(PyTypeObject *type, void *context)
{
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyErr_Format(PyExc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                     type->tp_name);
        return NULL;
    }
    PyObject *annotations = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__annotations__));
    if (annotations != NULL) {
        descrgetfunc get = Py_TYPE(annotations)->tp_descr_get;
        if (get != NULL)
            return get(annotations, NULL, (PyObject *)type);
        return Py_NewRef(annotations);
    }
    if (PyErr_Occurred())
        return NULL;
    annotations = PyDict_New();
    if (annotations == NULL)
        return NULL;
    if (PyDict_SetItem(type->tp_dict, _Py_ID(__annotations__), annotations) < 0) {
        Py_DECREF(annotations);
        return NULL;
    }
    PyType_Modified(type);
    return annotations;
}

static int
type_set_annotations(PyTypeObject *type, PyObject *value, void *context)
{
    if (type->tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
        PyErr_Format(PyExc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                     type->tp_name);
        return -1;
    }
    int r;
    if (value != NULL) {
        r = PyDict_SetItem(type->tp_dict, _Py_ID(__annotations__), value);
    }
    else {
        r = PyDict_DelItem(type->tp_dict, _Py_ID(__annotations__));
        if (r < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_AttributeError, "__annotations__");
        }
    }
    if (r == 0)
        PyType_Modified(type);
    return r;
}

static PyObject *
type_get_text_signature(PyTypeObject *type, void *context)
{
    /* The signature block may start a static type's tp_doc or the doc
       string of a class statement, named by the type's short name. */
    const char *doc = type->tp_doc;
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE) {
        PyObject *d = PyDict_GetItemWithError(type->tp_dict, _Py_ID(__doc__));
        if (d == NULL && PyErr_Occurred())
            return NULL;
        doc = d != NULL && PyUnicode_Check(d) ? PyUnicode_AsUTF8(d) : NULL;
        if (doc == NULL && PyErr_Occurred())
            return NULL;
    }
    const char *dot = strrchr(type->tp_name, '.');
    return _KrDoc_SignatureFromC(dot ? dot + 1 : type->tp_name, doc);
}

static PyGetSetDef type_getsets[] = {
    {"__name__", (getter)type_name, (setter)type_set_name, NULL, NULL},
    {"__qualname__", (getter)type_qualname, (setter)type_set_qualname, NULL, NULL},
    {"__bases__", (getter)type_get_bases, (setter)type_set_bases, NULL, NULL},
    {"__module__", (getter)type_module, (setter)type_set_module, NULL, NULL},
    {"__abstractmethods__", (getter)type_abstractmethods, (setter)type_set_abstractmethods, NULL, NULL},
    {"__dict__", (getter)type_get_dict, NULL, NULL, NULL},
    {"__doc__", (getter)type_get_doc, (setter)type_set_doc, NULL, NULL},
    {"__text_signature__", (getter)type_get_text_signature, NULL, NULL, NULL},
    {"__annotations__", (getter)type_get_annotations, (setter)type_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMemberDef type_members[] = {
    {"__basicsize__", T_PYSSIZET, offsetof(PyTypeObject, tp_basicsize), READONLY, NULL},
    {"__itemsize__", T_PYSSIZET, offsetof(PyTypeObject, tp_itemsize), READONLY, NULL},
    {"__flags__", T_ULONG, offsetof(PyTypeObject, tp_flags), READONLY, NULL},
    {"__weakrefoffset__", T_PYSSIZET, offsetof(PyTypeObject, tp_weaklistoffset), READONLY, NULL},
    {"__base__", T_OBJECT, offsetof(PyTypeObject, tp_base), READONLY, NULL},
    {"__dictoffset__", T_PYSSIZET, offsetof(PyTypeObject, tp_dictoffset), READONLY, NULL},
    {"__mro__", T_OBJECT, offsetof(PyTypeObject, tp_mro), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

/* ---- type methods ---- */

static PyObject *
type_subclasses(PyObject *self, PyObject *unused)
{
    PyTypeObject *type = (PyTypeObject *)self;
    PyObject *list = PyList_New(0);
    if (list == NULL || type->tp_subclasses == NULL)
        return list;
    Py_ssize_t pos = 0;
    PyObject *key, *ref;
    while (PyDict_Next(type->tp_subclasses, &pos, &key, &ref)) {
        PyObject *sub = (PyObject *)PyLong_AsVoidPtr(ref);
        if (sub != NULL && PyList_Append(list, sub) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static PyObject *
type_prepare(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return PyDict_New();
}

int _PyObject_RealIsInstance(PyObject *inst, PyObject *cls);
int _PyObject_RealIsSubclass(PyObject *derived, PyObject *cls);

static PyObject *
type_instancecheck(PyObject *self, PyObject *inst)
{
    int r = _PyObject_RealIsInstance(inst, self);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
type_subclasscheck(PyObject *self, PyObject *sub)
{
    int r = _PyObject_RealIsSubclass(sub, self);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* dir() helpers: all attribute names of a class and its bases */
static int
merge_class_dict(PyObject *dict, PyObject *aclass)
{
    PyObject *classdict;
    if (_PyObject_LookupAttr(aclass, _Py_ID(__dict__), &classdict) < 0)
        return -1;
    if (classdict != NULL) {
        int r = PyDict_Update(dict, classdict);
        Py_DECREF(classdict);
        if (r < 0)
            return -1;
    }
    PyObject *bases;
    if (_PyObject_LookupAttr(aclass, _Py_ID(__bases__), &bases) < 0)
        return -1;
    if (bases != NULL) {
        Py_ssize_t n = PySequence_Size(bases);
        if (n < 0) {
            Py_DECREF(bases);
            return -1;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *base = PySequence_GetItem(bases, i);
            if (base == NULL) {
                Py_DECREF(bases);
                return -1;
            }
            int r = merge_class_dict(dict, base);
            Py_DECREF(base);
            if (r < 0) {
                Py_DECREF(bases);
                return -1;
            }
        }
        Py_DECREF(bases);
    }
    return 0;
}

static PyObject *
type_dir(PyObject *self, PyObject *unused)
{
    PyObject *dict = PyDict_New();
    if (dict == NULL)
        return NULL;
    PyObject *result = NULL;
    if (merge_class_dict(dict, self) == 0)
        result = PyDict_Keys(dict);
    Py_DECREF(dict);
    return result;
}

static PyObject *
type_sizeof(PyObject *self, PyObject *unused)
{
    PyTypeObject *type = (PyTypeObject *)self;
    Py_ssize_t size;
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE) {
        size = sizeof(PyHeapTypeObject);
        if (((PyHeapTypeObject *)type)->ht_slots != NULL)
            size += (PyTuple_GET_SIZE(((PyHeapTypeObject *)type)->ht_slots) + 1) * sizeof(PyMemberDef);
    }
    else {
        size = sizeof(PyTypeObject);
    }
    return PyLong_FromSsize_t(size);
}

static PyMethodDef type_methods[] = {
    {"mro", type_mro_method, METH_NOARGS, "mro($self, /)\n--\n\n"
     "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, METH_NOARGS, "__subclasses__($self, /)\n--\n\n"
     "Return a list of immediate subclasses."},
    {"__prepare__", _PyCFunction_CAST(type_prepare), METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, METH_O, "__instancecheck__($self, instance, /)\n--\n\n"
     "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, METH_O, "__subclasscheck__($self, subclass, /)\n--\n\n"
     "Check if a class is a subclass."},
    {"__dir__", type_dir, METH_NOARGS, "__dir__($self, /)\n--\n\n"
     "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, METH_NOARGS, "__sizeof__($self, /)\n--\n\n"
     "Return memory consumption of the type object."},
    {NULL, NULL, 0, NULL}
};

/* int | str: type's | builds a types.UnionType (Objects/unionobject.c). */
static PyNumberMethods type_as_number = {
    .nb_or = _Py_union_type_or,
};

PyTypeObject PyType_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "type",
    .tp_as_number = &type_as_number,
    .tp_basicsize = sizeof(PyHeapTypeObject),
    .tp_itemsize = sizeof(PyMemberDef),
    .tp_dealloc = type_dealloc,
    .tp_vectorcall_offset = offsetof(PyTypeObject, tp_vectorcall),
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_TYPE_SUBCLASS | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "type(object) -> the object's type\n"
              "type(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_weaklistoffset = offsetof(PyTypeObject, tp_weaklist),
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getsets,
    .tp_base = &PyBaseObject_Type,
    .tp_dictoffset = offsetof(PyTypeObject, tp_dict),
    .tp_init = type_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = type_new,
    .tp_free = PyObject_GC_Del,
    .tp_is_gc = type_is_gc,
};

/* ===================================================================
 * The type `object`
 * =================================================================== */

static int
excess_args(PyObject *args, PyObject *kwds)
{
    return PyTuple_GET_SIZE(args) || (kwds != NULL && PyDict_Check(kwds) && PyDict_GET_SIZE(kwds));
}

static int
object_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyTypeObject *type = Py_TYPE(self);
    if (excess_args(args, kwds)) {
        if (type->tp_init != object_init) {
            PyErr_SetString(PyExc_TypeError,
                            "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            PyErr_Format(PyExc_TypeError,
                         "%.200s.__init__() takes exactly one argument (the instance to initialize)",
                         type->tp_name);
            return -1;
        }
    }
    return 0;
}

static PyObject *
object_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (excess_args(args, kwds)) {
        if (type->tp_new != object_new) {
            PyErr_SetString(PyExc_TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (type->tp_init == object_init) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments", type->tp_name);
            return NULL;
        }
    }
    if (type->tp_flags & Py_TPFLAGS_IS_ABSTRACT) {
        /* "Can't instantiate abstract class A with abstract methods f, g" */
        PyObject *abstract = type_abstractmethods(type, NULL);
        if (abstract == NULL)
            return NULL;
        PyObject *sorted = PySequence_List(abstract);
        Py_DECREF(abstract);
        if (sorted == NULL)
            return NULL;
        if (PyList_Sort(sorted) < 0) {
            Py_DECREF(sorted);
            return NULL;
        }
        PyObject *sep = PyUnicode_FromString(", ");
        PyObject *joined = sep ? PyUnicode_Join(sep, sorted) : NULL;
        Py_XDECREF(sep);
        if (joined != NULL) {
            PyErr_Format(PyExc_TypeError,
                         "Can't instantiate abstract class %s with abstract method%s %U",
                         type->tp_name, PyList_GET_SIZE(sorted) > 1 ? "s" : "", joined);
            Py_DECREF(joined);
        }
        Py_DECREF(sorted);
        return NULL;
    }
    PyObject *obj = type->tp_alloc(type, 0);
    /* only object.__new__ gives inline values (as CPython 3.11): instances
     * of a list or dict subclass start with no dict at all */
    if (obj != NULL && _KrType_HasManagedDict(type) && _KrObject_InitInlineValues(obj, type) < 0) {
        Py_DECREF(obj);
        return NULL;
    }
    return obj;
}

static void
object_dealloc(PyObject *self)
{
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
object_repr(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    PyObject *mod = type_module(type, NULL);
    if (mod == NULL)
        PyErr_Clear();
    else if (!PyUnicode_Check(mod))
        Py_CLEAR(mod);
    PyObject *name = type_qualname(type, NULL);
    if (name == NULL) {
        Py_XDECREF(mod);
        return NULL;
    }
    PyObject *rtn;
    if (mod != NULL && !_PyUnicode_EqualToASCIIString(mod, "builtins"))
        rtn = PyUnicode_FromFormat("<%U.%U object at %p>", mod, name, self);
    else
        rtn = PyUnicode_FromFormat("<%s object at %p>", type->tp_name, self);
    Py_XDECREF(mod);
    Py_DECREF(name);
    return rtn;
}

static PyObject *
object_str(PyObject *self)
{
    reprfunc f = Py_TYPE(self)->tp_repr;
    if (f == NULL)
        f = object_repr;
    return f(self);
}

static PyObject *
object_richcompare(PyObject *self, PyObject *other, int op)
{
    switch (op) {
    case Py_EQ:
        /* identity; NotImplemented lets the other operand decide */
        if (self == other)
            Py_RETURN_TRUE;
        Py_RETURN_NOTIMPLEMENTED;
    case Py_NE:
        /* by default, != is the inverse of == */
        if (Py_TYPE(self)->tp_richcompare == NULL)
            Py_RETURN_NOTIMPLEMENTED;
        {
            PyObject *res = Py_TYPE(self)->tp_richcompare(self, other, Py_EQ);
            if (res != NULL && res != Py_NotImplemented) {
                int ok = PyObject_IsTrue(res);
                Py_DECREF(res);
                if (ok < 0)
                    return NULL;
                return PyBool_FromLong(!ok);
            }
            return res;
        }
    default:
        Py_RETURN_NOTIMPLEMENTED;
    }
}

static Py_hash_t
object_hash(PyObject *self)
{
    return _Py_HashPointer(self);
}

static PyObject *
object_get_class(PyObject *self, void *closure)
{
    return Py_NewRef(Py_TYPE(self));
}

static int
same_slots_added(PyTypeObject *a, PyTypeObject *b)
{
    PyTypeObject *base = a->tp_base;
    Py_ssize_t size = base->tp_basicsize;
    if (_KrType_HasManagedDict(a) != _KrType_HasManagedDict(b))
        return 0;
    if (a->tp_dictoffset == size && b->tp_dictoffset == size)
        size += sizeof(PyObject *);
    if (a->tp_weaklistoffset == size && b->tp_weaklistoffset == size)
        size += sizeof(PyObject *);
    if (!(a->tp_flags & Py_TPFLAGS_HEAPTYPE) || !(b->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return 0;
    PyObject *slots_a = ((PyHeapTypeObject *)a)->ht_slots;
    PyObject *slots_b = ((PyHeapTypeObject *)b)->ht_slots;
    if (slots_a && slots_b) {
        int r = PyObject_RichCompareBool(slots_a, slots_b, Py_EQ);
        if (r <= 0) {
            PyErr_Clear();
            return 0;
        }
        size += sizeof(PyObject *) * PyTuple_GET_SIZE(slots_a);
    }
    return size == a->tp_basicsize && size == b->tp_basicsize;
}

static void subtype_dealloc(PyObject *self);

static int
same_layout_as_base(PyTypeObject *child)
{
    PyTypeObject *parent = child->tp_base;
    return parent != NULL && child->tp_basicsize == parent->tp_basicsize &&
           child->tp_itemsize == parent->tp_itemsize &&
           child->tp_dictoffset == parent->tp_dictoffset &&
           child->tp_weaklistoffset == parent->tp_weaklistoffset &&
           (child->tp_flags & Py_TPFLAGS_HAVE_GC) == (parent->tp_flags & Py_TPFLAGS_HAVE_GC) &&
           (child->tp_dealloc == subtype_dealloc || child->tp_dealloc == parent->tp_dealloc);
}

static int
compatible_for_assignment(PyTypeObject *oldto, PyTypeObject *newto, const char *attr)
{
    PyTypeObject *newbase = newto, *oldbase = oldto;
    if (newto->tp_free != oldto->tp_free) {
        PyErr_Format(PyExc_TypeError, "%s assignment: '%s' deallocator differs from '%s'",
                     attr, newto->tp_name, oldto->tp_name);
        return 0;
    }
    /* climb while a class only renames its base's layout: no new fields,
       no __dict__ or __weakref__ of its own */
    while (same_layout_as_base(newbase))
        newbase = newbase->tp_base;
    while (same_layout_as_base(oldbase))
        oldbase = oldbase->tp_base;
    if (newbase != oldbase &&
        (newbase->tp_base != oldbase->tp_base || !same_slots_added(newbase, oldbase))) {
        PyErr_Format(PyExc_TypeError, "%s assignment: '%s' object layout differs from '%s'",
                     attr, newto->tp_name, oldto->tp_name);
        return 0;
    }
    return 1;
}

static int
object_set_class(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!PyType_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__class__ must be set to a class, not '%s' object",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    PyTypeObject *newto = (PyTypeObject *)value;
    PyTypeObject *oldto = Py_TYPE(self);
    if (!(PyType_IsSubtype(newto, &PyModule_Type) && PyType_IsSubtype(oldto, &PyModule_Type)) &&
        ((newto->tp_flags & Py_TPFLAGS_IMMUTABLETYPE) || (oldto->tp_flags & Py_TPFLAGS_IMMUTABLETYPE))) {
        PyErr_SetString(PyExc_TypeError,
                        "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_for_assignment(oldto, newto, "__class__"))
        return -1;
    /* inline values are indexed by the old class's shared keys */
    if (_KrType_HasManagedDict(oldto) && _KrObject_MaterializeDict(self) == NULL)
        return -1;
    if (newto->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_INCREF(newto);
    Py_SET_TYPE(self, newto);
    if (oldto->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_DECREF(oldto);
    return 0;
}

static PyGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* The class's slot names as copyreg computes them: cls.__slotnames__ when
 * the class itself has it, else copyreg._slotnames(cls), which caches it
 * there (new reference: a list, or None). */
static PyObject *
type_slot_names(PyTypeObject *cls)
{
    PyObject *names = PyDict_GetItemWithError(cls->tp_dict, _Py_ID(__slotnames__));
    if (names != NULL) {
        if (names != Py_None && !PyList_Check(names)) {
            PyErr_Format(PyExc_TypeError, "%.200s.__slotnames__ should be a list or None, not %.200s",
                         cls->tp_name, Py_TYPE(names)->tp_name);
            return NULL;
        }
        return Py_NewRef(names);
    }
    if (PyErr_Occurred())
        return NULL;
    PyObject *copyreg = PyImport_ImportModule("copyreg");
    if (copyreg == NULL)
        return NULL;
    names = PyObject_CallMethod(copyreg, "_slotnames", "O", (PyObject *)cls);
    Py_DECREF(copyreg);
    if (names != NULL && names != Py_None && !PyList_Check(names)) {
        PyErr_SetString(PyExc_TypeError, "copyreg._slotnames didn't return a list or None");
        Py_CLEAR(names);
    }
    return names;
}

/* object.__getstate__(): the instance dict (or None), and, when the class
 * has slots, a dict of those that are set, read by name with getattr as
 * CPython does (so __getattr__ may supply them). */
static PyObject *
object_getstate(PyObject *self, PyObject *unused)
{
    PyObject *state;
    PyObject **dictptr = _PyObject_GetDictPtr(self);
    if (dictptr != NULL && *dictptr != NULL && PyDict_GET_SIZE(*dictptr) > 0)
        state = Py_NewRef(*dictptr);
    else
        state = Py_NewRef(Py_None);
    PyObject *names = type_slot_names(Py_TYPE(self));
    if (names == NULL) {
        Py_DECREF(state);
        return NULL;
    }
    PyObject *slots = NULL;
    if (names != Py_None) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(names); i++) {
            PyObject *name = Py_NewRef(PyList_GET_ITEM(names, i));
            PyObject *v = NULL;
            int r = _PyObject_LookupAttr(self, name, &v);
            if (r > 0) {
                if (slots == NULL && (slots = PyDict_New()) == NULL)
                    r = -1;
                else if (PyDict_SetItem(slots, name, v) < 0)
                    r = -1;
                Py_DECREF(v);
            }
            Py_DECREF(name);
            /* __getattr__ may have changed the list: stop at its end */
            if (r < 0)
                goto error;
        }
    }
    Py_DECREF(names);
    if (slots != NULL && PyDict_GET_SIZE(slots) > 0) {
        PyObject *t = PyTuple_Pack(2, state, slots);
        Py_DECREF(slots);
        Py_DECREF(state);
        return t;
    }
    Py_XDECREF(slots);
    return state;
error:
    Py_DECREF(names);
    Py_XDECREF(slots);
    Py_DECREF(state);
    return NULL;
}

/* The state protocol 2+ pickles.  When nothing else (__getnewargs__, list
 * or dict items) rebuilds the object, object's own __getstate__ refuses
 * objects with C-level contents it cannot see: variable-sized ones, and
 * ones larger than an object with their dict, weakref and slot pointers. */
static PyObject *
reduce_state(PyObject *self, int required)
{
    PyObject *getstate = PyObject_GetAttr(self, _Py_ID(__getstate__));
    if (getstate == NULL)
        return NULL;
    PyTypeObject *tp = Py_TYPE(self);
    int deflt = PyCFunction_Check(getstate) && ((PyCFunctionObject *)getstate)->m_self == self &&
                ((PyCFunctionObject *)getstate)->m_ml->ml_meth == object_getstate;
    if (deflt && required) {
        Py_ssize_t size = PyBaseObject_Type.tp_basicsize;
        if (tp->tp_dictoffset)
            size += sizeof(PyObject *);
        if (tp->tp_weaklistoffset)
            size += sizeof(PyObject *);
        for (PyTypeObject *t = tp; t != NULL; t = t->tp_base)
            if ((t->tp_flags & Py_TPFLAGS_HEAPTYPE) && ((PyHeapTypeObject *)t)->ht_slots != NULL)
                size += Py_SIZE(t) * (Py_ssize_t)sizeof(PyObject *);
        if (tp->tp_itemsize || tp->tp_basicsize > size) {
            PyErr_Format(PyExc_TypeError,
                         tp->tp_itemsize ? "cannot pickle %.200s objects" : "cannot pickle '%.200s' object",
                         tp->tp_name);
            Py_DECREF(getstate);
            return NULL;
        }
    }
    PyObject *state = PyObject_CallNoArgs(getstate);
    Py_DECREF(getstate);
    return state;
}

/* What obj.__getstate__() returns, for the C types whose __reduce__ hands
 * on their instance state (deque): CPython 3.11's _PyObject_GetState. */
PyObject *
_PyObject_GetState(PyObject *obj)
{
    return reduce_state(obj, 0);
}

/* protocol 2+: (copyreg.__newobj__, (cls, *args), state, None, None) */
static PyObject *
object_reduce_ex(PyObject *self, PyObject *protocol_obj)
{
    long protocol = PyLong_AsLong(protocol_obj);
    if (protocol == -1 && PyErr_Occurred())
        return NULL;
    PyObject *copyreg = PyImport_ImportModule("copyreg");
    if (copyreg == NULL)
        return NULL;
    PyObject *res = NULL;
    if (protocol < 2) {
        PyObject *f = PyObject_GetAttrString(copyreg, "_reduce_ex");
        if (f != NULL) {
            res = PyObject_CallFunctionObjArgs(f, self, protocol_obj, NULL);
            Py_DECREF(f);
        }
        Py_DECREF(copyreg);
        return res;
    }
    if (Py_TYPE(self)->tp_new == NULL) {
        Py_DECREF(copyreg);
        PyErr_Format(PyExc_TypeError, "cannot pickle '%.200s' object", Py_TYPE(self)->tp_name);
        return NULL;
    }
    /* __getnewargs_ex__, else __getnewargs__, looked up on the type as
     * special methods are (instance __getattr__ is not asked) */
    PyObject *args = NULL, *kwargs = NULL, *state = NULL, *newargs = NULL, *newobj = NULL;
    int hasargs = 0;
    PyObject *getnewargs = _PyObject_LookupSpecial(self, _Py_ID(__getnewargs_ex__));
    if (getnewargs != NULL) {
        PyObject *r = PyObject_CallNoArgs(getnewargs);
        Py_DECREF(getnewargs);
        if (r == NULL)
            goto done;
        if (!PyTuple_Check(r)) {
            PyErr_Format(PyExc_TypeError, "__getnewargs_ex__ should return a tuple, not '%.200s'",
                         Py_TYPE(r)->tp_name);
            Py_DECREF(r);
            goto done;
        }
        if (PyTuple_GET_SIZE(r) != 2) {
            PyErr_Format(PyExc_ValueError,
                         "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                         PyTuple_GET_SIZE(r));
            Py_DECREF(r);
            goto done;
        }
        args = Py_NewRef(PyTuple_GET_ITEM(r, 0));
        kwargs = Py_NewRef(PyTuple_GET_ITEM(r, 1));
        Py_DECREF(r);
        if (!PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError,
                         "first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                         "not '%.200s'", Py_TYPE(args)->tp_name);
            goto done;
        }
        if (!PyDict_Check(kwargs)) {
            PyErr_Format(PyExc_TypeError,
                         "second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                         "not '%.200s'", Py_TYPE(kwargs)->tp_name);
            goto done;
        }
        hasargs = 1;
    }
    else if (PyErr_Occurred()) {
        goto done;
    }
    else if ((getnewargs = _PyObject_LookupSpecial(self, _Py_ID(__getnewargs__))) != NULL) {
        args = PyObject_CallNoArgs(getnewargs);
        Py_DECREF(getnewargs);
        if (args == NULL)
            goto done;
        if (!PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError, "__getnewargs__ should return a tuple, not '%.200s'",
                         Py_TYPE(args)->tp_name);
            goto done;
        }
        hasargs = 1;
    }
    else if (PyErr_Occurred()) {
        goto done;
    }
    else if ((args = PyTuple_New(0)) == NULL) {
        goto done;
    }
    int with_kwargs = kwargs != NULL && PyDict_GET_SIZE(kwargs) > 0;
    newobj = PyObject_GetAttrString(copyreg, with_kwargs ? "__newobj_ex__" : "__newobj__");
    if (newobj == NULL)
        goto done;
    state = reduce_state(self, !hasargs && !PyList_Check(self) && !PyDict_Check(self));
    if (state == NULL)
        goto done;
    if (with_kwargs) {
        newargs = PyTuple_Pack(3, (PyObject *)Py_TYPE(self), args, kwargs);
        if (newargs == NULL)
            goto done;
    } else {
        newargs = PyTuple_New(PyTuple_GET_SIZE(args) + 1);
        if (newargs == NULL)
            goto done;
        PyTuple_SET_ITEM(newargs, 0, Py_NewRef(Py_TYPE(self)));
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++)
            PyTuple_SET_ITEM(newargs, i + 1, Py_NewRef(PyTuple_GET_ITEM(args, i)));
    }
    {
        PyObject *listitems = Py_None, *dictitems = Py_None;
        PyObject *li = NULL, *di = NULL;
        if (PyList_Check(self)) {
            li = PyObject_GetIter(self);
            if (li == NULL)
                goto done;
            listitems = li;
        }
        if (PyDict_Check(self)) {
            PyObject *items = PyObject_CallMethod(self, "items", NULL);
            if (items == NULL) {
                Py_XDECREF(li);
                goto done;
            }
            di = PyObject_GetIter(items);
            Py_DECREF(items);
            if (di == NULL) {
                Py_XDECREF(li);
                goto done;
            }
            dictitems = di;
        }
        res = PyTuple_Pack(5, newobj, newargs, state, listitems, dictitems);
        Py_XDECREF(li);
        Py_XDECREF(di);
    }
done:
    Py_DECREF(copyreg);
    Py_XDECREF(args);
    Py_XDECREF(kwargs);
    Py_XDECREF(state);
    Py_XDECREF(newargs);
    Py_XDECREF(newobj);
    return res;
}

static PyObject *
object_reduce(PyObject *self, PyObject *unused)
{
    PyObject *zero = PyLong_FromLong(0);
    if (zero == NULL)
        return NULL;
    PyObject *res = object_reduce_ex(self, zero);
    Py_DECREF(zero);
    return res;
}

static PyObject *
object_reduce_ex_method(PyObject *self, PyObject *protocol)
{
    /* a class that overrides __reduce__ wins over object's default */
    PyObject *reduce;
    if (_PyObject_LookupAttr((PyObject *)Py_TYPE(self), _Py_ID(__reduce__), &reduce) < 0)
        return NULL;
    if (reduce != NULL) {
        PyObject *objreduce = PyDict_GetItemWithError(PyBaseObject_Type.tp_dict, _Py_ID(__reduce__));
        int overridden = !(PyObject_TypeCheck(reduce, &PyMethodDescr_Type) && reduce == objreduce);
        Py_DECREF(reduce);
        if (overridden)
            return PyObject_CallMethod(self, "__reduce__", NULL);
    }
    return object_reduce_ex(self, protocol);
}

static PyObject *
object_subclasshook(PyObject *cls, PyObject *args)
{
    Py_RETURN_NOTIMPLEMENTED;
}

static PyObject *
object_init_subclass(PyObject *cls, PyObject *unused)
{
    Py_RETURN_NONE;
}

static PyObject *
object_format(PyObject *self, PyObject *format_spec)
{
    if (!PyUnicode_Check(format_spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.200s",
                     Py_TYPE(format_spec)->tp_name);
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(format_spec) > 0) {
        PyErr_Format(PyExc_TypeError, "unsupported format string passed to %.200s.__format__",
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    return PyObject_Str(self);
}

static PyObject *
object_sizeof(PyObject *self, PyObject *unused)
{
    Py_ssize_t res = Py_TYPE(self)->tp_basicsize;
    Py_ssize_t isize = Py_TYPE(self)->tp_itemsize;
    if (isize > 0)
        res += isize * Py_ABS(Py_SIZE(self));
    return PyLong_FromSsize_t(res);
}

static PyObject *
object_dir(PyObject *self, PyObject *unused)
{
    PyObject *result = NULL, *dict = NULL, *itsclass = NULL;
    if (_PyObject_LookupAttr(self, _Py_ID(__dict__), &dict) < 0)
        return NULL;
    if (dict == NULL) {
        dict = PyDict_New();
    }
    else if (!PyDict_Check(dict)) {
        Py_DECREF(dict);
        dict = PyDict_New();
    }
    else {
        Py_SETREF(dict, PyDict_Copy(dict));
    }
    if (dict == NULL)
        return NULL;
    if (_PyObject_LookupAttr(self, _Py_ID(__class__), &itsclass) < 0)
        goto error;
    if (itsclass != NULL && merge_class_dict(dict, itsclass) < 0)
        goto error;
    result = PyDict_Keys(dict);
error:
    Py_XDECREF(itsclass);
    Py_DECREF(dict);
    return result;
}

static PyMethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex_method, METH_O, "__reduce_ex__($self, protocol, /)\n--\n\n"
     "Helper for pickle."},
    {"__reduce__", object_reduce, METH_NOARGS, "__reduce__($self, /)\n--\n\n"
     "Helper for pickle."},
    {"__getstate__", object_getstate, METH_NOARGS, "__getstate__($self, /)\n--\n\n"
     "Helper for pickle."},
    {"__subclasshook__", object_subclasshook, METH_CLASS | METH_VARARGS,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_init_subclass, METH_CLASS | METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__format__", object_format, METH_O, "__format__($self, format_spec, /)\n--\n\n"
     "Default object formatter."},
    {"__sizeof__", object_sizeof, METH_NOARGS, "__sizeof__($self, /)\n--\n\n"
     "Size of object in memory, in bytes."},
    {"__dir__", object_dir, METH_NOARGS, "__dir__($self, /)\n--\n\n"
     "Default dir() implementation."},
    {NULL, NULL, 0, NULL}
};

PyTypeObject PyBaseObject_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "object",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "object()\n--\n\n"
              "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getsets,
    .tp_init = object_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = object_new,
    .tp_free = PyObject_Free,
};

/* ===================================================================
 * super
 * =================================================================== */

typedef struct {
    PyObject_HEAD
    PyTypeObject *type;     /* the class after which lookup starts */
    PyObject *obj;          /* the instance or class bound to, or NULL */
    PyTypeObject *obj_type; /* type(obj), or obj itself when it is a class */
} superobject;

static PyMemberDef super_members[] = {
    {"__thisclass__", T_OBJECT, offsetof(superobject, type), READONLY,
     "the class invoking super()"},
    {"__self__", T_OBJECT, offsetof(superobject, obj), READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", T_OBJECT, offsetof(superobject, obj_type), READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, 0, NULL}
};

static void
super_dealloc(PyObject *self)
{
    superobject *su = (superobject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(su->obj);
    Py_XDECREF(su->type);
    Py_XDECREF(su->obj_type);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
super_repr(PyObject *self)
{
    superobject *su = (superobject *)self;
    if (su->obj_type)
        return PyUnicode_FromFormat("<super: <class '%s'>, <%s object>>",
                                    su->type ? su->type->tp_name : "NULL",
                                    su->obj_type->tp_name);
    return PyUnicode_FromFormat("<super: <class '%s'>, NULL>",
                                su->type ? su->type->tp_name : "NULL");
}

static PyObject *
super_getattro(PyObject *self, PyObject *name)
{
    superobject *su = (superobject *)self;
    PyTypeObject *starttype = su->obj_type;
    if (starttype == NULL || !PyUnicode_Check(name) ||
        _PyUnicode_EqualToASCIIString(name, "__class__"))
        return PyObject_GenericGetAttr(self, name);
    PyObject *mro = starttype->tp_mro;
    if (mro == NULL)
        return PyObject_GenericGetAttr(self, name);
    Py_ssize_t n = PyTuple_GET_SIZE(mro), i;
    for (i = 0; i + 1 < n; i++) {
        if ((PyObject *)su->type == PyTuple_GET_ITEM(mro, i))
            break;
    }
    i++;
    Py_INCREF(mro);
    for (; i < n; i++) {
        PyObject *dict = ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_dict;
        PyObject *res = PyDict_GetItemWithError(dict, name);
        if (res != NULL) {
            Py_INCREF(res);
            descrgetfunc f = Py_TYPE(res)->tp_descr_get;
            if (f != NULL) {
                PyObject *tmp = f(res, su->obj == (PyObject *)starttype ? NULL : su->obj,
                                  (PyObject *)starttype);
                Py_SETREF(res, tmp);
            }
            Py_DECREF(mro);
            return res;
        }
        if (PyErr_Occurred()) {
            Py_DECREF(mro);
            return NULL;
        }
    }
    Py_DECREF(mro);
    return PyObject_GenericGetAttr(self, name);
}

/* The type to search from for super(type, obj): obj's class, or obj
 * itself when it is a subclass. */
static PyTypeObject *
supercheck(PyTypeObject *type, PyObject *obj)
{
    if (PyType_Check(obj) && PyType_IsSubtype((PyTypeObject *)obj, type))
        return (PyTypeObject *)Py_NewRef(obj);
    if (PyType_IsSubtype(Py_TYPE(obj), type))
        return (PyTypeObject *)Py_NewRef(Py_TYPE(obj));
    PyObject *class_attr;
    if (_PyObject_LookupAttr(obj, _Py_ID(__class__), &class_attr) < 0)
        return NULL;
    if (class_attr != NULL && PyType_Check(class_attr) &&
        (PyTypeObject *)class_attr != Py_TYPE(obj)) {
        if (PyType_IsSubtype((PyTypeObject *)class_attr, type))
            return (PyTypeObject *)class_attr;
    }
    Py_XDECREF(class_attr);
    PyErr_SetString(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static PyObject *
super_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    superobject *su = (superobject *)self;
    if (obj == NULL || obj == Py_None || su->obj != NULL)
        return Py_NewRef(self);
    if (!Py_IS_TYPE(su, &PySuper_Type))
        return PyObject_CallFunctionObjArgs((PyObject *)Py_TYPE(su), su->type, obj, NULL);
    PyTypeObject *obj_type = supercheck(su->type, obj);
    if (obj_type == NULL)
        return NULL;
    superobject *newobj = (superobject *)PySuper_Type.tp_alloc(&PySuper_Type, 0);
    if (newobj == NULL) {
        Py_DECREF(obj_type);
        return NULL;
    }
    newobj->type = (PyTypeObject *)Py_NewRef(su->type);
    newobj->obj = Py_NewRef(obj);
    newobj->obj_type = obj_type;
    return (PyObject *)newobj;
}

/* super() with no arguments: the class comes from the __class__ cell the
 * compiler made for a method that mentions super, and the instance from
 * the method's first argument. */
static int
super_init_without_args(PyTypeObject **type_p, PyObject **obj_p)
{
    _PyInterpreterFrame *frame = _PyEval_GetFrame();
    if (frame == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    PyCodeObject *co = frame->f_code;
    if (co->co_argcount == 0) {
        PyErr_SetString(PyExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    PyObject *firstarg = frame->localsplus[0];
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(co->co_localspluskinds);
    if (firstarg != NULL && (kinds[0] & CO_FAST_CELL) && PyCell_Check(firstarg))
        firstarg = PyCell_GET(firstarg);
    if (firstarg == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    PyTypeObject *type = NULL;
    int found = 0;
    for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; i++) {
        PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
        if (!_PyUnicode_EqualToASCIIString(name, "__class__"))
            continue;
        found = 1;
        PyObject *cell = frame->localsplus[i];
        if (cell == NULL || !PyCell_Check(cell)) {
            PyErr_SetString(PyExc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        PyObject *t = PyCell_GET(cell);
        if (t == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!PyType_Check(t)) {
            PyErr_Format(PyExc_RuntimeError, "super(): __class__ is not a type (%s)",
                         Py_TYPE(t)->tp_name);
            return -1;
        }
        type = (PyTypeObject *)t;
        break;
    }
    if (!found) {
        PyErr_SetString(PyExc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    *type_p = type;
    *obj_p = firstarg;
    return 0;
}

static int
super_init_impl(PyObject *self, PyTypeObject *type, PyObject *obj)
{
    superobject *su = (superobject *)self;
    PyTypeObject *obj_type = NULL;
    if (type == NULL) {
        if (super_init_without_args(&type, &obj) < 0)
            return -1;
    }
    if (obj == Py_None)
        obj = NULL;
    if (obj != NULL) {
        obj_type = supercheck(type, obj);
        if (obj_type == NULL)
            return -1;
    }
    Py_INCREF(type);
    Py_XINCREF(obj);
    Py_XSETREF(su->type, type);
    Py_XSETREF(su->obj, obj);
    Py_XSETREF(su->obj_type, obj_type);
    return 0;
}

static int
super_parse_args(int vectorcall, Py_ssize_t nargs, PyObject *const *args,
                 PyTypeObject **type, PyObject **obj)
{
    if (nargs > 2) {
        /* the two entry points word it as CPython's two argument parsers do */
        if (vectorcall)
            PyErr_Format(PyExc_TypeError, "super() expected at most 2 arguments, got %zd", nargs);
        else
            PyErr_Format(PyExc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    *type = NULL;
    *obj = NULL;
    if (nargs >= 1) {
        if (!PyType_Check(args[0])) {
            PyErr_Format(PyExc_TypeError, "super() argument 1 must be a type, not %.200s",
                         Py_TYPE(args[0])->tp_name);
            return -1;
        }
        *type = (PyTypeObject *)args[0];
    }
    if (nargs == 2)
        *obj = args[1];
    return 0;
}

static int
super_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    PyTypeObject *type;
    PyObject *obj;
    if (super_parse_args(0, PyTuple_GET_SIZE(args), _PyTuple_ITEMS(args), &type, &obj) < 0)
        return -1;
    return super_init_impl(self, type, obj);
}

static PyObject *
super_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyTypeObject *self_type = (PyTypeObject *)self;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "super() takes no keyword arguments");
        return NULL;
    }
    PyTypeObject *type;
    PyObject *obj;
    if (super_parse_args(1, PyVectorcall_NARGS(nargsf), args, &type, &obj) < 0)
        return NULL;
    PyObject *su = self_type->tp_alloc(self_type, 0);
    if (su == NULL)
        return NULL;
    if (super_init_impl(su, type, obj) < 0) {
        Py_DECREF(su);
        return NULL;
    }
    return su;
}

static int
super_traverse(PyObject *self, visitproc visit, void *arg)
{
    superobject *su = (superobject *)self;
    Py_VISIT(su->obj);
    Py_VISIT(su->type);
    Py_VISIT(su->obj_type);
    return 0;
}

PyTypeObject PySuper_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "super",
    .tp_basicsize = sizeof(superobject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
              "Typical use to call a cooperative superclass method:\n"
              "class C(B):\n"
              "    def meth(self, arg):\n"
              "        super().meth(arg)\n"
              "This works for class methods too:\n"
              "class C(B):\n"
              "    @classmethod\n"
              "    def cmeth(cls, arg):\n"
              "        super().cmeth(arg)\n",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = super_vectorcall,
};
