/* set and frozenset: open-addressing hash tables of (key, hash) entries.
 *
 * The table (CPython 3.11's scheme, so iteration order agrees) has a power
 * of two number of slots; the first 8 live inside the object (smalltable).
 * A slot is unused (key NULL), active, or a dummy (key == `dummy`,
 * hash -1) left by a deletion so that probe chains stay intact.
 *     fill = active + dummy,  used = active,  mask = slots - 1.
 * Probing looks at LINEAR_PROBES+1 adjacent slots (cheap: same cache
 * line) before jumping with the perturbed recurrence
 *     perturb >>= PERTURB_SHIFT;  i = (i * 5 + 1 + perturb) & mask
 * The table grows when fill reaches 3/5 of the slots, to hold used*4
 * (used*2 for big sets), which also clears out the dummies.
 *
 * Why keep this exact scheme: the order in which a set of small ints
 * iterates is visible to every program that prints a set, and CPython's
 * programs (and their tests) have come to rely on it.
 *
 * frozenset caches its hash in `hash` (-1 until computed); it is the XOR
 * of shuffled entry hashes, so equal frozensets hash equal whatever their
 * table history. */
#include "Python.h"
#include "kr_typing.h"
#include "kr_iter.h"
#include "kr_compare.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The dummy key marks deleted slots.  Any unique object would do. */
static PyObject dummy_struct = {1, &_PyNone_Type};
#define dummy (&dummy_struct)

static PyObject *set_iter(PyObject *so);
static int set_update_internal(PySetObject *so, PyObject *other);
static PyObject *make_new_set(PyTypeObject *type, PyObject *iterable);

/* ====================================================================== */
/* the table */

static setentry *
set_lookkey(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    setentry *table, *entry;
    size_t perturb = (size_t)hash;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    int probes, cmp;
    for (;;) {
        entry = &so->table[i];
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                PyObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                cmp = _KrCompare_PlainEqual(startkey, key);
                if (cmp > 0)
                    return entry;
                if (cmp == 0)
                    goto next;
                table = so->table;
                Py_INCREF(startkey);
                cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
                Py_DECREF(startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    return set_lookkey(so, key, hash); /* mutated: start over */
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
        next:
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int set_table_resize(PySetObject *, Py_ssize_t);

/* Add key (borrowed) with its hash.  Reuses the last dummy on the path. */
static int
set_add_entry(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    setentry *table, *freeslot, *entry;
    size_t perturb;
    size_t mask;
    size_t i;
    int probes, cmp;

    Py_INCREF(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                PyObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                cmp = _KrCompare_PlainEqual(startkey, key);
                if (cmp > 0)
                    goto found_active;
                if (cmp == 0)
                    goto next;
                table = so->table;
                Py_INCREF(startkey);
                cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
                Py_DECREF(startkey);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0)
                    goto comparison_error;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                /* CPython 3.11 fills the last dummy seen on the path, not
                 * the first: iteration order depends on it */
                freeslot = entry;
            }
        next:
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot == NULL)
        goto found_unused;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;

found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    Py_DECREF(key);
    return 0;

comparison_error:
    Py_DECREF(key);
    return -1;
}

/* Insert into a table known to hold no dummies and not this key
 * (during resize): only unused slots are looked for. */
static void
set_insert_clean(setentry *table, size_t mask, PyObject *key, Py_hash_t hash)
{
    setentry *entry;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    size_t j;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

/* Resize to the smallest power of two above minused (at least 8), moving
 * the active entries in table order. */
static int
set_table_resize(PySetObject *so, Py_ssize_t minused)
{
    setentry *oldtable, *newtable, *entry;
    Py_ssize_t oldmask = so->mask;
    size_t newmask;
    int is_oldtable_malloced;
    setentry small_copy[PySet_MINSIZE];

    size_t newsize = PySet_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;

    oldtable = so->table;
    is_oldtable_malloced = oldtable != so->smalltable;
    if (newsize == PySet_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0; /* nothing to gain */
            /* rebuilding in place: copy the old contents out first */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = PyMem_New(setentry, newsize);
        if (newtable == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    memset(newtable, 0, sizeof(setentry) * newsize);
    so->mask = (Py_ssize_t)newsize - 1;
    so->table = newtable;

    newmask = (size_t)so->mask;
    if (so->fill == so->used) {
        for (entry = oldtable; entry <= oldtable + oldmask; entry++)
            if (entry->key != NULL)
                set_insert_clean(newtable, newmask, entry->key, entry->hash);
    } else {
        so->fill = so->used;
        for (entry = oldtable; entry <= oldtable + oldmask; entry++)
            if (entry->key != NULL && entry->key != dummy)
                set_insert_clean(newtable, newmask, entry->key, entry->hash);
    }
    if (is_oldtable_malloced)
        PyMem_Free(oldtable);
    return 0;
}

static int
set_contains_entry(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    setentry *entry = set_lookkey(so, key, hash);
    if (entry != NULL)
        return entry->key != NULL;
    return -1;
}

#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

static int
set_discard_entry(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    setentry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return DISCARD_NOTFOUND;
    PyObject *old_key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    Py_DECREF(old_key);
    return DISCARD_FOUND;
}

static inline Py_hash_t
set_key_hash(PyObject *key)
{
    if (PyUnicode_CheckExact(key)) {
        Py_hash_t h = ((PyASCIIObject *)key)->hash;
        if (h != -1)
            return h;
    }
    return PyObject_Hash(key);
}

static int
set_add_key(PySetObject *so, PyObject *key)
{
    Py_hash_t hash = set_key_hash(key);
    if (hash == -1)
        return -1;
    return set_add_entry(so, key, hash);
}

static int
set_contains_key(PySetObject *so, PyObject *key)
{
    Py_hash_t hash = set_key_hash(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(so, key, hash);
}

static int
set_discard_key(PySetObject *so, PyObject *key)
{
    Py_hash_t hash = set_key_hash(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(so, key, hash);
}

static void
set_empty_to_minsize(PySetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = PySet_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

static int
set_clear_internal(PySetObject *so)
{
    setentry *table = so->table;
    Py_ssize_t fill = so->fill;
    int table_is_malloced = table != so->smalltable;
    setentry small_copy[PySet_MINSIZE];

    /* detach the entries, then release them: decrefs may re-enter */
    if (table_is_malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (setentry *entry = table; fill > 0; ++entry) {
        if (entry->key) {
            --fill;
            if (entry->key != dummy)
                Py_DECREF(entry->key);
        }
    }
    if (table_is_malloced)
        PyMem_Free(table);
    return 0;
}

/* Iterate the active entries: *pos_ptr is a slot index. */
static int
set_next(PySetObject *so, Py_ssize_t *pos_ptr, setentry **entry_ptr)
{
    Py_ssize_t i = *pos_ptr;
    Py_ssize_t mask = so->mask;
    setentry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == dummy)) {
        i++;
        entry++;
    }
    *pos_ptr = i + 1;
    if (i > mask)
        return 0;
    *entry_ptr = entry;
    return 1;
}

/* ====================================================================== */
/* merging */

static int
set_merge(PySetObject *so, PyObject *otherset)
{
    PySetObject *other = (PySetObject *)otherset;
    if (other == so || other->used == 0)
        return 0;
    /* one resize up front, to the size the union may need */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0)
            return -1;
    }
    setentry *so_entry = so->table;
    setentry *other_entry = other->table;

    /* empty target of the same size, source without dummies: copy slots */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (Py_ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            PyObject *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = Py_NewRef(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* empty target: no comparisons needed */
    if (so->fill == 0) {
        setentry *newtable = so->table;
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (Py_ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            PyObject *key = other_entry->key;
            if (key != NULL && key != dummy)
                set_insert_clean(newtable, newmask, Py_NewRef(key), other_entry->hash);
        }
        return 0;
    }
    for (Py_ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        PyObject *key = other_entry->key;
        if (key != NULL && key != dummy) {
            if (set_add_entry(so, key, other_entry->hash))
                return -1;
        }
    }
    return 0;
}

static int
set_update_internal(PySetObject *so, PyObject *other)
{
    if (PyAnySet_Check(other))
        return set_merge(so, other);
    if (PyDict_CheckExact(other)) {
        Py_ssize_t dictsize = PyDict_GET_SIZE(other);
        /* the dict's size is known: resize once, as for a set */
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0)
                return -1;
        }
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        Py_hash_t hash;
        while (_PyDict_Next(other, &pos, &key, &value, &hash)) {
            if (set_add_entry(so, key, hash))
                return -1;
        }
        return 0;
    }
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL)
        return -1;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        if (set_add_key(so, key)) {
            Py_DECREF(it);
            Py_DECREF(key);
            return -1;
        }
        Py_DECREF(key);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return -1;
    return 0;
}

/* ====================================================================== */
/* construction */

static PyObject *
make_new_set(PyTypeObject *type, PyObject *iterable)
{
    PySetObject *so = (PySetObject *)type->tp_alloc(type, 0);
    if (so == NULL)
        return NULL;
    so->fill = 0;
    so->used = 0;
    so->mask = PySet_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    if (iterable != NULL) {
        if (set_update_internal(so, iterable)) {
            Py_DECREF(so);
            return NULL;
        }
    }
    return (PyObject *)so;
}

static PyObject *
make_new_set_basetype(PyTypeObject *type, PyObject *iterable)
{
    if (type != &PySet_Type && type != &PyFrozenSet_Type) {
        if (PyType_IsSubtype(type, &PySet_Type))
            type = &PySet_Type;
        else
            type = &PyFrozenSet_Type;
    }
    return make_new_set(type, iterable);
}

static PyObject *
make_new_frozenset(PyTypeObject *type, PyObject *iterable)
{
    if (type != &PyFrozenSet_Type)
        return make_new_set(type, iterable);
    if (iterable != NULL && PyFrozenSet_CheckExact(iterable))
        return Py_NewRef(iterable); /* immutable: share it */
    return make_new_set(type, iterable);
}

PyObject *
PySet_New(PyObject *iterable)
{
    return make_new_set(&PySet_Type, iterable);
}

PyObject *
PyFrozenSet_New(PyObject *iterable)
{
    return make_new_set(&PyFrozenSet_Type, iterable);
}

static PyObject *
set_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames)) {
        PyErr_SetString(PyExc_TypeError, "set() takes no keyword arguments");
        return NULL;
    }
    if (!_PyArg_CheckPositional("set", nargs, 0, 1))
        return NULL;
    return make_new_set((PyTypeObject *)type, nargs ? args[0] : NULL);
}

static PyObject *
set_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if ((type == &PySet_Type || type->tp_init == PySet_Type.tp_init) && kwds != NULL &&
        PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "set() takes no keyword arguments");
        return NULL;
    }
    return make_new_set(type, NULL);
}

static int
set_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PySetObject *so = (PySetObject *)self;
    /* set.__init__ takes no keywords, whoever calls it (CPython 3.11) */
    if (kwds != NULL && PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (!_PyArg_CheckPositional(_PyType_Name(Py_TYPE(self)), PyTuple_GET_SIZE(args), 0, 1))
        return -1;
    if (so->fill)
        set_clear_internal(so);
    so->hash = -1;
    if (PyTuple_GET_SIZE(args) == 0)
        return 0;
    return set_update_internal(so, PyTuple_GET_ITEM(args, 0));
}

static PyObject *
frozenset_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if ((type == &PyFrozenSet_Type || type->tp_init == PyFrozenSet_Type.tp_init) &&
        kwds != NULL && PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "frozenset() takes no keyword arguments");
        return NULL;
    }
    if (!_PyArg_CheckPositional(type->tp_name, PyTuple_GET_SIZE(args), 0, 1))
        return NULL;
    return make_new_frozenset(type, PyTuple_GET_SIZE(args) ? PyTuple_GET_ITEM(args, 0) : NULL);
}

static PyObject *
frozenset_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames)) {
        PyErr_SetString(PyExc_TypeError, "frozenset() takes no keyword arguments");
        return NULL;
    }
    if (!_PyArg_CheckPositional("frozenset", nargs, 0, 1))
        return NULL;
    return make_new_frozenset((PyTypeObject *)type, nargs ? args[0] : NULL);
}

/* ====================================================================== */
/* slots */

static void
set_dealloc(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    Py_ssize_t used = so->used;
    PyObject_GC_UnTrack(so);
    Py_TRASHCAN_BEGIN(so, set_dealloc)
    if (so->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    for (setentry *entry = so->table; used > 0; entry++) {
        if (entry->key && entry->key != dummy) {
            used--;
            Py_DECREF(entry->key);
        }
    }
    if (so->table != so->smalltable)
        PyMem_Free(so->table);
    Py_TYPE(so)->tp_free(so);
    Py_TRASHCAN_END
}

static PyObject *
set_repr(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    int status = Py_ReprEnter(self);
    if (status != 0) {
        if (status < 0)
            return NULL;
        return PyUnicode_FromFormat("%s(...)", Py_TYPE(so)->tp_name);
    }
    PyObject *result = NULL;
    if (!so->used) {
        Py_ReprLeave(self);
        return PyUnicode_FromFormat("%s()", Py_TYPE(so)->tp_name);
    }
    PyObject *keys = PySequence_List(self);
    if (keys == NULL)
        goto done;
    PyObject *listrepr = PyObject_Repr(keys);
    Py_DECREF(keys);
    if (listrepr == NULL)
        goto done;
    /* "[a, b]" -> "{a, b}" */
    PyObject *inner = PyUnicode_Substring(listrepr, 1, PyUnicode_GET_LENGTH(listrepr) - 1);
    Py_DECREF(listrepr);
    if (inner == NULL)
        goto done;
    if (!PySet_CheckExact(so))
        result = PyUnicode_FromFormat("%s({%U})", Py_TYPE(so)->tp_name, inner);
    else
        result = PyUnicode_FromFormat("{%U}", inner);
    Py_DECREF(inner);
done:
    Py_ReprLeave(self);
    return result;
}

static Py_ssize_t
set_len(PyObject *so)
{
    return ((PySetObject *)so)->used;
}

static int
set_contains(PyObject *self, PyObject *key)
{
    PySetObject *so = (PySetObject *)self;
    int rv = set_contains_key(so, key);
    if (rv < 0) {
        /* a set used as a key: look it up as a frozenset */
        if (!PySet_Check(key) || !PyErr_ExceptionMatches(PyExc_TypeError))
            return -1;
        PyErr_Clear();
        PyObject *tmpkey = make_new_set(&PyFrozenSet_Type, key);
        if (tmpkey == NULL)
            return -1;
        rv = set_contains_key(so, tmpkey);
        Py_DECREF(tmpkey);
    }
    return rv;
}

/* Mixing for frozenset hashes: spreads the bits of small hashes, since
 * the XOR of nearby ints would otherwise cancel out. */
static Py_uhash_t
shuffle_bits(Py_uhash_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static Py_hash_t
frozenset_hash(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    if (so->hash != -1)
        return so->hash;
    Py_uhash_t hash = 0;
    for (setentry *entry = so->table; entry <= &so->table[so->mask]; entry++)
        if (entry->key != NULL && entry->key != dummy)
            hash ^= shuffle_bits((Py_uhash_t)entry->hash);
    hash ^= ((Py_uhash_t)PySet_GET_SIZE(self) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (Py_uhash_t)-1)
        hash = 590923713UL;
    so->hash = (Py_hash_t)hash;
    return (Py_hash_t)hash;
}

static int
set_traverse(PyObject *self, visitproc visit, void *arg)
{
    PySetObject *so = (PySetObject *)self;
    Py_ssize_t pos = 0;
    setentry *entry;
    while (set_next(so, &pos, &entry))
        Py_VISIT(entry->key);
    return 0;
}

static int
set_tp_clear(PyObject *self)
{
    return set_clear_internal((PySetObject *)self);
}

/* ====================================================================== */
/* set algebra */

static PyObject *
set_copy(PyObject *so, PyObject *Py_UNUSED(ignored))
{
    return make_new_set_basetype(Py_TYPE(so), so);
}

static PyObject *
frozenset_copy(PyObject *so, PyObject *Py_UNUSED(ignored))
{
    if (PyFrozenSet_CheckExact(so))
        return Py_NewRef(so);
    return set_copy(so, NULL);
}

static PyObject *
set_clear(PyObject *so, PyObject *Py_UNUSED(ignored))
{
    set_clear_internal((PySetObject *)so);
    Py_RETURN_NONE;
}

static PyObject *
set_union(PyObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    PySetObject *result = (PySetObject *)set_copy(so, NULL);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if ((PyObject *)so == args[i])
            continue;
        if (set_update_internal(result, args[i])) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return (PyObject *)result;
}

static PyObject *
set_or(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(self) || !PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PySetObject *result = (PySetObject *)set_copy(self, NULL);
    if (result == NULL)
        return NULL;
    if (self == other)
        return (PyObject *)result;
    if (set_update_internal(result, other)) {
        Py_DECREF(result);
        return NULL;
    }
    return (PyObject *)result;
}

static PyObject *
set_ior(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    if (set_update_internal((PySetObject *)self, other))
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
set_intersection(PySetObject *so, PyObject *other)
{
    if ((PyObject *)so == other)
        return set_copy((PyObject *)so, NULL);
    PySetObject *result = (PySetObject *)make_new_set_basetype(Py_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    if (PyAnySet_Check(other)) {
        Py_ssize_t pos = 0;
        setentry *entry;
        /* walk the smaller set, probe the larger */
        if (PySet_GET_SIZE(other) > PySet_GET_SIZE(so)) {
            PyObject *tmp = (PyObject *)so;
            so = (PySetObject *)other;
            other = tmp;
        }
        while (set_next((PySetObject *)other, &pos, &entry)) {
            PyObject *key = entry->key;
            Py_INCREF(key);
            int rv = set_contains_entry(so, key, entry->hash);
            if (rv < 0 || (rv && set_add_entry(result, key, entry->hash))) {
                Py_DECREF(key);
                Py_DECREF(result);
                return NULL;
            }
            Py_DECREF(key);
        }
        return (PyObject *)result;
    }
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        Py_hash_t hash = set_key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv < 0 || (rv && set_add_entry(result, key, hash))) {
            Py_DECREF(it);
            Py_DECREF(result);
            Py_DECREF(key);
            return NULL;
        }
        Py_DECREF(key);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(result);
        return NULL;
    }
    return (PyObject *)result;
}

static PyObject *
set_intersection_multi(PyObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(so, NULL);
    PyObject *result = Py_NewRef(so);
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *newresult = set_intersection((PySetObject *)result, args[i]);
        if (newresult == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        Py_SETREF(result, newresult);
    }
    return result;
}

/* swap the tables of two sets (intersection_update builds a new one) */
static void
set_swap_bodies(PySetObject *a, PySetObject *b)
{
    PySetObject t;
    setentry tab[PySet_MINSIZE];
    t.fill = a->fill; a->fill = b->fill; b->fill = t.fill;
    t.used = a->used; a->used = b->used; b->used = t.used;
    t.mask = a->mask; a->mask = b->mask; b->mask = t.mask;
    t.table = a->table;
    if (a->table == a->smalltable)
        t.table = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable)
        a->table = a->smalltable;
    b->table = t.table;
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    if (PyType_IsSubtype(Py_TYPE(a), &PyFrozenSet_Type) &&
        PyType_IsSubtype(Py_TYPE(b), &PyFrozenSet_Type)) {
        t.hash = a->hash; a->hash = b->hash; b->hash = t.hash;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static PyObject *
set_intersection_update_multi(PyObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *tmp = set_intersection_multi(so, args, nargs);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies((PySetObject *)so, (PySetObject *)tmp);
    Py_DECREF(tmp);
    Py_RETURN_NONE;
}

static PyObject *
set_and(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(self) || !PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    return set_intersection((PySetObject *)self, other);
}

static PyObject *
set_iand(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *tmp = set_intersection((PySetObject *)self, other);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies((PySetObject *)self, (PySetObject *)tmp);
    Py_DECREF(tmp);
    return Py_NewRef(self);
}

static PyObject *
set_isdisjoint(PyObject *self, PyObject *other)
{
    PySetObject *so = (PySetObject *)self;
    if (self == other) {
        if (PySet_GET_SIZE(so) == 0)
            Py_RETURN_TRUE;
        Py_RETURN_FALSE;
    }
    if (PyAnySet_CheckExact(other)) {
        Py_ssize_t pos = 0;
        setentry *entry;
        if (PySet_GET_SIZE(other) > PySet_GET_SIZE(so)) {
            PyObject *tmp = (PyObject *)so;
            so = (PySetObject *)other;
            other = tmp;
        }
        while (set_next((PySetObject *)other, &pos, &entry)) {
            PyObject *key = Py_NewRef(entry->key);
            int rv = set_contains_entry(so, key, entry->hash);
            Py_DECREF(key);
            if (rv < 0)
                return NULL;
            if (rv)
                Py_RETURN_FALSE;
        }
        Py_RETURN_TRUE;
    }
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL)
        return NULL;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        Py_DECREF(key);
        if (rv < 0) {
            Py_DECREF(it);
            return NULL;
        }
        if (rv) {
            Py_DECREF(it);
            Py_RETURN_FALSE;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_TRUE;
}

static int
set_difference_update_internal(PySetObject *so, PyObject *other)
{
    if ((PyObject *)so == other)
        return set_clear_internal(so);
    if (PyAnySet_Check(other)) {
        setentry *entry;
        Py_ssize_t pos = 0;
        /* keep the other set alive: discarding may run __eq__ */
        Py_INCREF(other);
        while (set_next((PySetObject *)other, &pos, &entry)) {
            PyObject *key = Py_NewRef(entry->key);
            if (set_discard_entry(so, key, entry->hash) < 0) {
                Py_DECREF(other);
                Py_DECREF(key);
                return -1;
            }
            Py_DECREF(key);
        }
        Py_DECREF(other);
    } else {
        PyObject *it = PyObject_GetIter(other);
        if (it == NULL)
            return -1;
        PyObject *key;
        while ((key = PyIter_Next(it)) != NULL) {
            if (set_discard_key(so, key) < 0) {
                Py_DECREF(it);
                Py_DECREF(key);
                return -1;
            }
            Py_DECREF(key);
        }
        Py_DECREF(it);
        if (PyErr_Occurred())
            return -1;
    }
    /* many dummies now: rebuild the table without them */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static PyObject *
set_difference_update(PyObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    for (Py_ssize_t i = 0; i < nargs; i++)
        if (set_difference_update_internal((PySetObject *)so, args[i]))
            return NULL;
    Py_RETURN_NONE;
}

static PyObject *
set_copy_and_difference(PySetObject *so, PyObject *other)
{
    PyObject *result = set_copy((PyObject *)so, NULL);
    if (result == NULL)
        return NULL;
    if (set_difference_update_internal((PySetObject *)result, other) == 0)
        return result;
    Py_DECREF(result);
    return NULL;
}

static PyObject *
set_difference(PySetObject *so, PyObject *other)
{
    Py_ssize_t other_size;
    if (PyAnySet_Check(other)) {
        other_size = PySet_GET_SIZE(other);
    } else if (PyDict_CheckExact(other)) {
        other_size = PyDict_GET_SIZE(other);
    } else {
        return set_copy_and_difference(so, other);
    }
    /* a much smaller other: copying and removing is cheaper */
    if ((PySet_GET_SIZE(so) >> 2) > other_size)
        return set_copy_and_difference(so, other);

    PyObject *result = make_new_set_basetype(Py_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    Py_ssize_t pos = 0;
    setentry *entry;
    if (PyDict_CheckExact(other)) {
        while (set_next(so, &pos, &entry)) {
            PyObject *key = Py_NewRef(entry->key);
            Py_hash_t hash = entry->hash;
            int rv = _PyDict_Contains_KnownHash(other, key, hash);
            if (rv < 0 || (!rv && set_add_entry((PySetObject *)result, key, hash))) {
                Py_DECREF(result);
                Py_DECREF(key);
                return NULL;
            }
            Py_DECREF(key);
        }
        return result;
    }
    while (set_next(so, &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key);
        Py_hash_t hash = entry->hash;
        int rv = set_contains_entry((PySetObject *)other, key, hash);
        if (rv < 0 || (!rv && set_add_entry((PySetObject *)result, key, hash))) {
            Py_DECREF(result);
            Py_DECREF(key);
            return NULL;
        }
        Py_DECREF(key);
    }
    return result;
}

static PyObject *
set_difference_multi(PyObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(so, NULL);
    PyObject *result = set_difference((PySetObject *)so, args[0]);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal((PySetObject *)result, args[i])) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PyObject *
set_sub(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(self) || !PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    return set_difference((PySetObject *)self, other);
}

static PyObject *
set_isub(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    if (set_difference_update_internal((PySetObject *)self, other))
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
set_symmetric_difference_update(PyObject *self, PyObject *other)
{
    PySetObject *so = (PySetObject *)self;
    if (self == other)
        return set_clear(self, NULL);
    PySetObject *otherset;
    if (PyDict_CheckExact(other)) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        Py_hash_t hash;
        while (_PyDict_Next(other, &pos, &key, &value, &hash)) {
            Py_INCREF(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv < 0 || (rv == DISCARD_NOTFOUND && set_add_entry(so, key, hash))) {
                Py_DECREF(key);
                return NULL;
            }
            Py_DECREF(key);
        }
        Py_RETURN_NONE;
    }
    if (PyAnySet_Check(other)) {
        otherset = (PySetObject *)Py_NewRef(other);
    } else {
        otherset = (PySetObject *)make_new_set_basetype(Py_TYPE(so), other);
        if (otherset == NULL)
            return NULL;
    }
    Py_ssize_t pos = 0;
    setentry *entry;
    while (set_next(otherset, &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key);
        Py_hash_t hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv < 0 || (rv == DISCARD_NOTFOUND && set_add_entry(so, key, hash))) {
            Py_DECREF(otherset);
            Py_DECREF(key);
            return NULL;
        }
        Py_DECREF(key);
    }
    Py_DECREF(otherset);
    Py_RETURN_NONE;
}

static PyObject *
set_symmetric_difference(PyObject *self, PyObject *other)
{
    PySetObject *otherset = (PySetObject *)make_new_set_basetype(Py_TYPE(self), other);
    if (otherset == NULL)
        return NULL;
    PyObject *rv = set_symmetric_difference_update((PyObject *)otherset, self);
    if (rv == NULL) {
        Py_DECREF(otherset);
        return NULL;
    }
    Py_DECREF(rv);
    return (PyObject *)otherset;
}

static PyObject *
set_xor(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(self) || !PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference(self, other);
}

static PyObject *
set_ixor(PyObject *self, PyObject *other)
{
    if (!PyAnySet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *result = set_symmetric_difference_update(self, other);
    if (result == NULL)
        return NULL;
    Py_DECREF(result);
    return Py_NewRef(self);
}

static PyObject *
set_issubset(PyObject *self, PyObject *other)
{
    PySetObject *so = (PySetObject *)self;
    if (!PyAnySet_Check(other)) {
        PyObject *tmp = set_intersection(so, other);
        if (tmp == NULL)
            return NULL;
        int result = PySet_GET_SIZE(tmp) == PySet_GET_SIZE(so);
        Py_DECREF(tmp);
        return PyBool_FromLong(result);
    }
    if (PySet_GET_SIZE(so) > PySet_GET_SIZE(other))
        Py_RETURN_FALSE;
    Py_ssize_t pos = 0;
    setentry *entry;
    while (set_next(so, &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key);
        int rv = set_contains_entry((PySetObject *)other, key, entry->hash);
        Py_DECREF(key);
        if (rv < 0)
            return NULL;
        if (!rv)
            Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

static PyObject *
set_issuperset(PyObject *self, PyObject *other)
{
    if (PyAnySet_Check(other))
        return set_issubset(other, self);
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL)
        return NULL;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int rv = set_contains_key((PySetObject *)self, key);
        Py_DECREF(key);
        if (rv < 0) {
            Py_DECREF(it);
            return NULL;
        }
        if (!rv) {
            Py_DECREF(it);
            Py_RETURN_FALSE;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_TRUE;
}

static PyObject *
set_richcompare(PyObject *self, PyObject *w, int op)
{
    PySetObject *v = (PySetObject *)self;
    if (!PyAnySet_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *r1;
    int r2;
    switch (op) {
    case Py_EQ:
        if (PySet_GET_SIZE(v) != PySet_GET_SIZE(w))
            Py_RETURN_FALSE;
        if (v->hash != -1 && ((PySetObject *)w)->hash != -1 &&
            v->hash != ((PySetObject *)w)->hash)
            Py_RETURN_FALSE;
        return set_issubset(self, w);
    case Py_NE:
        r1 = set_richcompare(self, w, Py_EQ);
        if (r1 == NULL)
            return NULL;
        r2 = PyObject_IsTrue(r1);
        Py_DECREF(r1);
        if (r2 < 0)
            return NULL;
        return PyBool_FromLong(!r2);
    case Py_LE:
        return set_issubset(self, w);
    case Py_GE:
        return set_issuperset(self, w);
    case Py_LT:
        if (PySet_GET_SIZE(v) >= PySet_GET_SIZE(w))
            Py_RETURN_FALSE;
        return set_issubset(self, w);
    case Py_GT:
        if (PySet_GET_SIZE(v) <= PySet_GET_SIZE(w))
            Py_RETURN_FALSE;
        return set_issuperset(self, w);
    }
    Py_RETURN_NOTIMPLEMENTED;
}

/* ====================================================================== */
/* element methods */

static PyObject *
set_add(PyObject *so, PyObject *key)
{
    if (set_add_key((PySetObject *)so, key))
        return NULL;
    Py_RETURN_NONE;
}

/* a set argument stands for the equal frozenset (s.remove({1})) */
static int
discard_with_frozen_fallback(PySetObject *so, PyObject *key)
{
    int rv = set_discard_key(so, key);
    if (rv < 0) {
        if (!PySet_Check(key) || !PyErr_ExceptionMatches(PyExc_TypeError))
            return -1;
        PyErr_Clear();
        PyObject *tmpkey = make_new_set(&PyFrozenSet_Type, key);
        if (tmpkey == NULL)
            return -1;
        rv = set_discard_key(so, tmpkey);
        Py_DECREF(tmpkey);
    }
    return rv;
}

static PyObject *
set_remove(PyObject *so, PyObject *key)
{
    int rv = discard_with_frozen_fallback((PySetObject *)so, key);
    if (rv < 0)
        return NULL;
    if (rv == DISCARD_NOTFOUND) {
        _PyErr_SetKeyError(key);
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
set_discard(PyObject *so, PyObject *key)
{
    if (discard_with_frozen_fallback((PySetObject *)so, key) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
set_pop(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PySetObject *so = (PySetObject *)self;
    /* the finger makes repeated pops O(1) amortised instead of rescanning */
    setentry *entry = so->table + (so->finger & so->mask);
    setentry *limit = so->table + so->mask;
    if (so->used == 0) {
        PyErr_SetString(PyExc_KeyError, "pop from an empty set");
        return NULL;
    }
    while (entry->key == NULL || entry->key == dummy) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    PyObject *key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static PyObject *
set_update(PyObject *so, PyObject *const *args, Py_ssize_t nargs)
{
    for (Py_ssize_t i = 0; i < nargs; i++)
        if (set_update_internal((PySetObject *)so, args[i]))
            return NULL;
    Py_RETURN_NONE;
}

static PyObject *
set_direct_contains(PyObject *so, PyObject *key)
{
    int result = set_contains(so, key);
    if (result < 0)
        return NULL;
    return PyBool_FromLong(result);
}

static PyObject *
set_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PySetObject *so = (PySetObject *)self;
    size_t res = (size_t)Py_TYPE(so)->tp_basicsize;
    if (so->table != so->smalltable)
        res += ((size_t)so->mask + 1) * sizeof(setentry);
    return PyLong_FromSize_t(res);
}

static PyObject *
set_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *keys = PySequence_List(self);
    if (keys == NULL)
        return NULL;
    PyObject *state;
    if (_PyObject_LookupAttr(self, _Py_ID(__dict__), &state) < 0) {
        Py_DECREF(keys);
        return NULL;
    }
    if (state == NULL)
        state = Py_NewRef(Py_None);
    PyObject *result = Py_BuildValue("(O(N)N)", Py_TYPE(self), keys, state);
    return result;
}

/* set[...] is a types.GenericAlias (PEP 585). */
static PyObject *
set_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyNumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

static PyNumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

static PySequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_contains,
};

static PyMethodDef set_methods[] = {
    {"add", (PyCFunction)set_add, METH_O,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", (PyCFunction)set_clear, METH_NOARGS, "Remove all elements from this set."},
    {"__contains__", (PyCFunction)set_direct_contains, METH_O | METH_COEXIST,
     "x.__contains__(y) <==> y in x."},
    {"copy", (PyCFunction)set_copy, METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", (PyCFunction)set_discard, METH_O,
     "Remove an element from a set if it is a member.\n\n"
     "Unlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference", _PyCFunction_CAST(set_difference_multi), METH_FASTCALL,
     "Return the difference of two or more sets as a new set.\n\n"
     "(i.e. all elements that are in this set but not the others.)"},
    {"difference_update", _PyCFunction_CAST(set_difference_update), METH_FASTCALL,
     "Remove all elements of another set from this set."},
    {"intersection", _PyCFunction_CAST(set_intersection_multi), METH_FASTCALL,
     "Return the intersection of two sets as a new set.\n\n"
     "(i.e. all elements that are in both sets.)"},
    {"intersection_update", _PyCFunction_CAST(set_intersection_update_multi), METH_FASTCALL,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", (PyCFunction)set_isdisjoint, METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", (PyCFunction)set_issubset, METH_O,
     "Report whether another set contains this set."},
    {"issuperset", (PyCFunction)set_issuperset, METH_O,
     "Report whether this set contains another set."},
    {"pop", (PyCFunction)set_pop, METH_NOARGS,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"__reduce__", (PyCFunction)set_reduce, METH_NOARGS, "Return state information for pickling."},
    {"remove", (PyCFunction)set_remove, METH_O,
     "Remove an element from a set; it must be a member.\n\n"
     "If the element is not a member, raise a KeyError."},
    {"__sizeof__", (PyCFunction)set_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", (PyCFunction)set_symmetric_difference, METH_O,
     "Return the symmetric difference of two sets as a new set.\n\n"
     "(i.e. all elements that are in exactly one of the sets.)"},
    {"symmetric_difference_update", (PyCFunction)set_symmetric_difference_update, METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {"union", _PyCFunction_CAST(set_union), METH_FASTCALL,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"update", _PyCFunction_CAST(set_update), METH_FASTCALL,
     "Update a set with the union of itself and others."},
    {"__class_getitem__", (PyCFunction)set_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef frozenset_methods[] = {
    {"__contains__", (PyCFunction)set_direct_contains, METH_O | METH_COEXIST,
     "x.__contains__(y) <==> y in x."},
    {"copy", (PyCFunction)frozenset_copy, METH_NOARGS, "Return a shallow copy of a set."},
    {"difference", _PyCFunction_CAST(set_difference_multi), METH_FASTCALL,
     "Return the difference of two or more sets as a new set.\n\n"
     "(i.e. all elements that are in this set but not the others.)"},
    {"intersection", _PyCFunction_CAST(set_intersection_multi), METH_FASTCALL,
     "Return the intersection of two sets as a new set.\n\n"
     "(i.e. all elements that are in both sets.)"},
    {"isdisjoint", (PyCFunction)set_isdisjoint, METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", (PyCFunction)set_issubset, METH_O,
     "Report whether another set contains this set."},
    {"issuperset", (PyCFunction)set_issuperset, METH_O,
     "Report whether this set contains another set."},
    {"__reduce__", (PyCFunction)set_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__sizeof__", (PyCFunction)set_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", (PyCFunction)set_symmetric_difference, METH_O,
     "Return the symmetric difference of two sets as a new set.\n\n"
     "(i.e. all elements that are in exactly one of the sets.)"},
    {"union", _PyCFunction_CAST(set_union), METH_FASTCALL,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"__class_getitem__", (PyCFunction)set_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PySet_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "set",
    .tp_basicsize = sizeof(PySetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &set_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "set() -> new empty set object\n"
              "set(iterable) -> new set object\n\n"
              "Build an unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(PySetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = set_methods,
    .tp_init = set_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = set_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = set_vectorcall,
};

PyTypeObject PyFrozenSet_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(PySetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &frozenset_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = frozenset_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "frozenset() -> empty frozenset object\n"
              "frozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(PySetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = frozenset_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = frozenset_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = frozenset_vectorcall,
};

/* ====================================================================== */
/* C API */

int
PySet_Add(PyObject *anyset, PyObject *key)
{
    if (!PySet_Check(anyset) && (!PyFrozenSet_Check(anyset) || Py_REFCNT(anyset) != 1)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_add_key((PySetObject *)anyset, key);
}

int
PySet_Clear(PyObject *set)
{
    if (!PySet_Check(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_clear_internal((PySetObject *)set);
}

int
PySet_Contains(PyObject *anyset, PyObject *key)
{
    if (!PyAnySet_Check(anyset)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_contains_key((PySetObject *)anyset, key);
}

int
PySet_Discard(PyObject *set, PyObject *key)
{
    if (!PySet_Check(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_discard_key((PySetObject *)set, key);
}

PyObject *
PySet_Pop(PyObject *set)
{
    if (!PySet_Check(set)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return set_pop(set, NULL);
}

Py_ssize_t
PySet_Size(PyObject *anyset)
{
    if (!PyAnySet_Check(anyset)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return PySet_GET_SIZE(anyset);
}

int
_PySet_Update(PyObject *set, PyObject *iterable)
{
    if (!PySet_Check(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_update_internal((PySetObject *)set, iterable);
}

int
_PySet_NextEntry(PyObject *set, Py_ssize_t *pos, PyObject **key, Py_hash_t *hash)
{
    setentry *entry;
    if (!PyAnySet_Check(set)) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (set_next((PySetObject *)set, pos, &entry) == 0)
        return 0;
    *key = entry->key;
    *hash = entry->hash;
    return 1;
}

/* ====================================================================== */
/* iterator */

typedef struct {
    PyObject_HEAD
    PySetObject *si_set; /* NULL when exhausted */
    Py_ssize_t si_used;
    Py_ssize_t si_pos;
    Py_ssize_t len;
} setiterobject;

static void
setiter_dealloc(PyObject *self)
{
    setiterobject *si = (setiterobject *)self;
    PyObject_GC_UnTrack(si);
    Py_XDECREF(si->si_set);
    PyObject_GC_Del(si);
}

static int
setiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((setiterobject *)self)->si_set);
    return 0;
}

static PyObject *
setiter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    setiterobject *si = (setiterobject *)self;
    Py_ssize_t len = 0;
    if (si->si_set != NULL && si->si_used == si->si_set->used)
        len = si->len;
    return PyLong_FromSsize_t(len);
}

static PyObject *
setiter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    setiterobject *si = (setiterobject *)self;
    setiterobject *copy = PyObject_GC_New(setiterobject, &PySetIter_Type);
    if (copy == NULL)
        return NULL;
    copy->si_set = (PySetObject *)Py_XNewRef(si->si_set);
    copy->si_used = si->si_used;
    copy->si_pos = si->si_pos;
    copy->len = si->len;
    PyObject_GC_Track(copy);
    return _KrIter_ReduceRemaining((PyObject *)copy);
}

static PyMethodDef setiter_methods[] = {
    {"__length_hint__", (PyCFunction)setiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", (PyCFunction)setiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static PyObject *
setiter_iternext(PyObject *self)
{
    setiterobject *si = (setiterobject *)self;
    PySetObject *so = si->si_set;
    if (so == NULL)
        return NULL;
    if (si->si_used != so->used) {
        PyErr_SetString(PyExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1; /* sticky */
        return NULL;
    }
    Py_ssize_t i = si->si_pos;
    setentry *entry = so->table;
    Py_ssize_t mask = so->mask;
    while (i <= mask && (entry[i].key == NULL || entry[i].key == dummy))
        i++;
    si->si_pos = i + 1;
    if (i > mask) {
        si->si_set = NULL;
        Py_DECREF(so);
        return NULL;
    }
    si->len--;
    return Py_NewRef(entry[i].key);
}

PyTypeObject PySetIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(setiterobject),
    .tp_dealloc = setiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = setiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = setiter_iternext,
    .tp_methods = setiter_methods,
};

static PyObject *
set_iter(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    setiterobject *si = PyObject_GC_New(setiterobject, &PySetIter_Type);
    if (si == NULL)
        return NULL;
    si->si_set = (PySetObject *)Py_NewRef(so);
    si->si_used = so->used;
    si->si_pos = 0;
    si->len = so->used;
    PyObject_GC_Track(si);
    return (PyObject *)si;
}
