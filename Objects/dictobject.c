/* dict: a compact, insertion-ordered hash table (CPython 3.11's design).
 *
 * A dict points to a keys object (kr_dict.h) holding two arrays:
 *
 *     dk_indices: 2**dk_log2_size slots of int8/16/32/64 (the narrowest
 *                 type that can index the entries), each DKIX_EMPTY (-1),
 *                 DKIX_DUMMY (-2, deleted) or an index into dk_entries;
 *     entries:    USABLE_FRACTION(size) entries in insertion order,
 *                 (hash, key, value) in a general table or (key, value)
 *                 in a table whose keys are all exact str (their hash is
 *                 cached in the str, so it needn't be stored twice).
 *
 * Lookup probes the index table with CPython's recurrence
 *     i = (i*5 + perturb + 1) & mask;  perturb >>= PERTURB_SHIFT
 * which starts from the low bits of the hash and soon folds in the high
 * ones, visiting every slot eventually.  Iteration walks the dense entries,
 * so it is ordered and fast.  Deleting leaves a dummy in the index (probe
 * chains must stay intact) and a NULL entry; both go at the next resize,
 * which happens when dk_usable reaches 0 and sizes the table for
 * used*3 (GROWTH_RATE), so a dict of n keys has 1.5n..3n index slots.
 *
 * Invariants: ma_used == number of entries with a non-NULL value;
 * dk_nentries <= USABLE_FRACTION(DK_SIZE); dk_usable + dk_nentries ==
 * USABLE_FRACTION(DK_SIZE).  Every mutation stores a new value from a
 * global counter in ma_version_tag, so an unchanged tag proves an
 * unchanged dict (LOAD_GLOBAL's cache relies on it).
 *
 * Empty dicts share Py_EMPTY_KEYS (never freed, never written: its usable
 * count is 0, so the first insertion allocates a real table).
 *
 * Split tables (PEP 412).  The __dict__ of an instance whose attributes
 * were kept inline (kr_instance.h) is made by handing the instance's
 * values array to the dict (ma_values) while ma_keys is the class's
 * shared keys object (DICT_KEYS_SPLIT, referenced by every such dict).
 * The keys hold the names and their indices, never values; the array
 * holds this dict's values at those indices and, in order[], the indices
 * present in the order they were set, which is the dict's iteration order
 * (a position while iterating a split dict is an index into order[]).
 * A split dict stays split while its keys are exact str: replacing,
 * deleting and re-adding touch only the array, and a new name goes into
 * the shared keys while they have room (the class's other instances then
 * see the name too, which is harmless: their values there are NULL).
 * Anything else converts it to a combined table in insertion order
 * (dictresize): a non-str key, the shared keys being full, popitem.
 * copy() makes another split dict; sizeof counts one word per value the
 * shared keys could hold, as CPython's does. */
#include "Python.h"
#include "kr_dict.h"
#include "kr_instance.h"
#include "kr_typing.h"
#include "kr_iter.h"
#include "kr_compare.h"

#define PyDict_LOG_MINSIZE 3
#define PyDict_MINSIZE 8
#define PERTURB_SHIFT 5
/* 2/3 of the index slots may hold entries before the table grows */
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->ma_used * 3)

static uint64_t pydict_global_version = 0;
#define DICT_NEXT_VERSION() (++pydict_global_version)

static uint32_t next_keys_version = 2;

/* The shared empty keys: 8 index slots all DKIX_EMPTY, no usable entries. */
/* Same layout as PyDictKeysObject with its 8 index bytes spelled out
 * (a flexible array member can't be initialised statically). */
static struct {
    Py_ssize_t dk_refcnt;
    uint8_t dk_log2_size, dk_log2_index_bytes, dk_kind;
    uint32_t dk_version;
    Py_ssize_t dk_usable, dk_nentries;
    int8_t dk_indices[8];
} empty_keys_struct = {
    PY_SSIZE_T_MAX / 2, 3, 3, DICT_KEYS_UNICODE, 1, 0, 0,
    {-1, -1, -1, -1, -1, -1, -1, -1},
};
_Static_assert(offsetof(__typeof__(empty_keys_struct), dk_indices) ==
               offsetof(PyDictKeysObject, dk_indices), "empty keys layout");
#define Py_EMPTY_KEYS ((PyDictKeysObject *)&empty_keys_struct)

/* Free lists (CPython keeps 80 dicts and 80 minimum-size keys objects). */
#define KR_DICT_MAXFREELIST 80
static PyDictObject *dict_free_list[KR_DICT_MAXFREELIST];
static int dict_numfree;
static PyDictKeysObject *keys_free_list[KR_DICT_MAXFREELIST];
static int keys_numfree;

/* GC tracking, as CPython: a dict starts untracked and is tracked from the
 * first insertion of a key or value that could be part of a cycle (any GC
 * object except a tuple already known to be untracked).  Dicts of atomic
 * things (str -> int, say) then cost the collector nothing. */
static inline int
may_be_tracked(PyObject *o)
{
    if (!PyObject_IS_GC(o))
        return 0;
    if (PyTuple_CheckExact(o))
        return _PyObject_GC_IS_TRACKED(o);
    return 1;
}

static inline void
maintain_tracking(PyDictObject *mp, PyObject *key, PyObject *value)
{
    if (!_PyObject_GC_IS_TRACKED(mp) && (may_be_tracked(key) || may_be_tracked(value)))
        PyObject_GC_Track(mp);
}

/* ====================================================================== */
/* index and entry access */

static inline Py_ssize_t
dictkeys_get_index(const PyDictKeysObject *keys, Py_ssize_t i)
{
    int log2size = DK_LOG_SIZE(keys);
    if (log2size < 8)
        return ((const int8_t *)keys->dk_indices)[i];
    if (log2size < 16)
        return ((const int16_t *)keys->dk_indices)[i];
    if (log2size < 32)
        return ((const int32_t *)keys->dk_indices)[i];
    return ((const int64_t *)keys->dk_indices)[i];
}

static inline void
dictkeys_set_index(PyDictKeysObject *keys, Py_ssize_t i, Py_ssize_t ix)
{
    int log2size = DK_LOG_SIZE(keys);
    if (log2size < 8)
        ((int8_t *)keys->dk_indices)[i] = (int8_t)ix;
    else if (log2size < 16)
        ((int16_t *)keys->dk_indices)[i] = (int16_t)ix;
    else if (log2size < 32)
        ((int32_t *)keys->dk_indices)[i] = (int32_t)ix;
    else
        ((int64_t *)keys->dk_indices)[i] = (int64_t)ix;
}

static inline Py_hash_t
unicode_get_hash(PyObject *o)
{
    return ((PyASCIIObject *)o)->hash;
}

/* hash of a key, using the str cache when possible */
static inline Py_hash_t
key_hash(PyObject *key)
{
    if (PyUnicode_CheckExact(key)) {
        Py_hash_t h = unicode_get_hash(key);
        if (h != -1)
            return h;
    }
    return PyObject_Hash(key);
}

static inline PyObject **
entry_key_ptr(PyDictKeysObject *dk, Py_ssize_t ix)
{
    if (DK_IS_UNICODE(dk))
        return &DK_UNICODE_ENTRIES(dk)[ix].me_key;
    return &DK_ENTRIES(dk)[ix].me_key;
}

static inline PyObject **
entry_value_ptr(PyDictKeysObject *dk, Py_ssize_t ix)
{
    if (DK_IS_UNICODE(dk))
        return &DK_UNICODE_ENTRIES(dk)[ix].me_value;
    return &DK_ENTRIES(dk)[ix].me_value;
}

static inline Py_hash_t
entry_hash(PyDictKeysObject *dk, Py_ssize_t ix)
{
    if (DK_IS_UNICODE(dk))
        return unicode_get_hash(DK_UNICODE_ENTRIES(dk)[ix].me_key);
    return DK_ENTRIES(dk)[ix].me_hash;
}

#define ENTRY_KEY(dk, ix) (*entry_key_ptr((dk), (ix)))
#define ENTRY_VALUE(dk, ix) (*entry_value_ptr((dk), (ix)))

/* The value of entry ix (NULL if absent): a split table keeps it in the
 * values array, whose index is the entry's. */
static inline PyObject *
dict_value_at(PyDictObject *mp, Py_ssize_t ix)
{
    if (mp->ma_values != NULL)
        return mp->ma_values->values[ix];
    return ENTRY_VALUE(mp->ma_keys, ix);
}

/* Entry index of the first item at or after position *ppos in insertion
 * order, advancing *ppos past it; -1 when there is none.  A position is
 * an entry index in a combined table, an index into order[] in a split
 * one. */
static inline Py_ssize_t
dict_next_entry(PyDictObject *mp, Py_ssize_t *ppos)
{
    Py_ssize_t i = *ppos;
    if (i < 0)
        return -1;
    if (mp->ma_values != NULL) {
        if (i >= mp->ma_values->used)
            return -1;
        *ppos = i + 1;
        return mp->ma_values->order[i];
    }
    PyDictKeysObject *dk = mp->ma_keys;
    Py_ssize_t n = dk->dk_nentries;
    while (i < n && ENTRY_VALUE(dk, i) == NULL)
        i++;
    if (i >= n)
        return -1;
    *ppos = i + 1;
    return i;
}

/* Free a split table's values array and release what it holds. */
static void
free_values(PyDictValues *values, int decref)
{
    if (decref) {
        for (int i = 0; i < values->capacity; i++)
            Py_CLEAR(values->values[i]);
    }
    PyObject_Free(values);
}

/* ====================================================================== */
/* keys objects */

static size_t
keys_object_size(uint8_t log2_size, int unicode)
{
    uint8_t log2_bytes;
    if (log2_size < 8)
        log2_bytes = log2_size;
    else if (log2_size < 16)
        log2_bytes = log2_size + 1;
    else if (log2_size < 32)
        log2_bytes = log2_size + 2;
    else
        log2_bytes = log2_size + 3;
    size_t entry_size = unicode ? sizeof(PyDictUnicodeEntry) : sizeof(PyDictKeyEntry);
    return sizeof(PyDictKeysObject) + ((size_t)1 << log2_bytes) +
           entry_size * (size_t)USABLE_FRACTION((size_t)1 << log2_size);
}

static PyDictKeysObject *
new_keys_object(uint8_t log2_size, int unicode)
{
    Py_ssize_t usable = USABLE_FRACTION((Py_ssize_t)1 << log2_size);
    uint8_t log2_bytes;
    if (log2_size < 8)
        log2_bytes = log2_size;
    else if (log2_size < 16)
        log2_bytes = log2_size + 1;
    else if (log2_size < 32)
        log2_bytes = log2_size + 2;
    else
        log2_bytes = log2_size + 3;
    if (log2_size >= SIZEOF_SIZE_T * 8 - 4) {
        PyErr_NoMemory();
        return NULL;
    }
    size_t entry_size = unicode ? sizeof(PyDictUnicodeEntry) : sizeof(PyDictKeyEntry);
    PyDictKeysObject *dk;
    if (log2_size == PyDict_LOG_MINSIZE && unicode && keys_numfree > 0) {
        dk = keys_free_list[--keys_numfree];
    } else {
        dk = PyObject_Malloc(sizeof(PyDictKeysObject) + ((size_t)1 << log2_bytes) +
                             entry_size * (size_t)usable);
        if (dk == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    dk->dk_nentries = 0;
    dk->dk_usable = usable;
    dk->dk_version = 0;
    memset(&dk->dk_indices[0], 0xff, (size_t)1 << log2_bytes);
    memset(&dk->dk_indices[(size_t)1 << log2_bytes], 0, entry_size * (size_t)usable);
    return dk;
}

static void
free_keys_memory(PyDictKeysObject *keys)
{
    if (keys == Py_EMPTY_KEYS)
        return;
    if (DK_LOG_SIZE(keys) == PyDict_LOG_MINSIZE && keys->dk_kind == DICT_KEYS_UNICODE &&
        keys_numfree < KR_DICT_MAXFREELIST) {
        keys_free_list[keys_numfree++] = keys;
        return;
    }
    PyObject_Free(keys);
}

/* Release the keys object and everything in it. */
static void
dictkeys_decref(PyDictKeysObject *dk)
{
    if (dk == Py_EMPTY_KEYS)
        return;
    if (--dk->dk_refcnt > 0)
        return;
    Py_ssize_t n = dk->dk_nentries;
    if (DK_IS_UNICODE(dk)) {
        PyDictUnicodeEntry *ep = DK_UNICODE_ENTRIES(dk);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_XDECREF(ep[i].me_key);
            Py_XDECREF(ep[i].me_value);
        }
    } else {
        PyDictKeyEntry *ep = DK_ENTRIES(dk);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_XDECREF(ep[i].me_key);
            Py_XDECREF(ep[i].me_value);
        }
    }
    free_keys_memory(dk);
}

uint32_t
_PyDictKeys_GetVersionForCurrentState(PyDictKeysObject *dictkeys)
{
    if (dictkeys->dk_version != 0)
        return dictkeys->dk_version;
    if (next_keys_version == 0)
        return 0;
    uint32_t v = next_keys_version++;
    dictkeys->dk_version = v;
    return v;
}

/* ====================================================================== */
/* probing */

/* First index slot holding EMPTY or DUMMY on the probe path of hash. */
static Py_ssize_t
find_empty_slot(PyDictKeysObject *keys, Py_hash_t hash)
{
    const size_t mask = DK_SIZE(keys) - 1;
    size_t i = (size_t)hash & mask;
    Py_ssize_t ix = dictkeys_get_index(keys, (Py_ssize_t)i);
    for (size_t perturb = (size_t)hash; ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dictkeys_get_index(keys, (Py_ssize_t)i);
    }
    return (Py_ssize_t)i;
}

/* Index slot that holds entry index ix. */
static Py_ssize_t
lookdict_index(PyDictKeysObject *k, Py_hash_t hash, Py_ssize_t index)
{
    size_t mask = DK_SIZE(k) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Py_ssize_t ix = dictkeys_get_index(k, (Py_ssize_t)i);
        if (ix == index)
            return (Py_ssize_t)i;
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* A str key in a table of str keys: identity or string equality only, so
 * no user code can run. */
static Py_ssize_t
unicodekeys_lookup_unicode(PyDictKeysObject *dk, PyObject *key, Py_hash_t hash)
{
    PyDictUnicodeEntry *ep0 = DK_UNICODE_ENTRIES(dk);
    size_t mask = DK_SIZE(dk) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Py_ssize_t ix = dictkeys_get_index(dk, (Py_ssize_t)i);
        if (ix >= 0) {
            PyObject *ek = ep0[ix].me_key;
            if (ek == key || (unicode_get_hash(ek) == hash && _PyUnicode_EQ(ek, key)))
                return ix;
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Py_ssize_t
_PyDictKeys_StringLookup(PyDictKeysObject *dk, PyObject *key)
{
    if (!DK_IS_UNICODE(dk) || !PyUnicode_CheckExact(key))
        return DKIX_ERROR;
    Py_hash_t hash = unicode_get_hash(key);
    if (hash == -1) {
        hash = PyObject_Hash(key);
        if (hash == -1) {
            PyErr_Clear();
            return DKIX_ERROR;
        }
    }
    return unicodekeys_lookup_unicode(dk, key, hash);
}

/* ---------------------------------------------------------------------- */
/* Shared keys of a class (PEP 412; Include/internal/kr_instance.h).
 *
 * The keys object maps attribute names to indices of the inline values
 * arrays of the class's instances.  It is append-only (a name, once
 * given an index, keeps it for the life of the class) and its entries'
 * values stay NULL.  dk_usable counts the names that may still be added;
 * it also shrinks by one for each new instance (down to 1), as CPython's
 * does, so a class whose instances don't all get the same attributes
 * stops growing their arrays.  Never the keys of a dict. */
#define KR_LOG2_SHARED_KEYS 6 /* the smallest table with room for 30 keys */

PyDictKeysObject *
_KrDictKeys_NewShared(void)
{
    PyDictKeysObject *keys = new_keys_object(KR_LOG2_SHARED_KEYS, 1);
    if (keys == NULL)
        return NULL;
    keys->dk_usable = KR_SHARED_KEYS_MAX;
    keys->dk_kind = DICT_KEYS_SPLIT;
    return keys;
}

void
_KrDictKeys_DecRef(PyDictKeysObject *keys)
{
    dictkeys_decref(keys);
}

Py_ssize_t
_KrDictKeys_SharedCapacity(PyDictKeysObject *keys)
{
    if (keys->dk_usable > 1)
        keys->dk_usable--;
    return keys->dk_nentries + keys->dk_usable;
}

Py_ssize_t
_KrDictKeys_SharedInsert(PyDictKeysObject *keys, PyObject *name)
{
    Py_ssize_t ix = _PyDictKeys_StringLookup(keys, name);
    if (ix != DKIX_EMPTY || keys->dk_usable <= 0)
        return ix >= 0 ? ix : DKIX_EMPTY;
    Py_hash_t hash = unicode_get_hash(name);
    Py_ssize_t slot = find_empty_slot(keys, hash);
    ix = keys->dk_nentries;
    dictkeys_set_index(keys, slot, ix);
    DK_UNICODE_ENTRIES(keys)[ix].me_key = Py_NewRef(name);
    keys->dk_nentries++;
    keys->dk_usable--;
    keys->dk_version = 0; /* the set of names changed: caches must notice */
    return ix;
}

PyObject *
_KrDictKeys_SharedKey(PyDictKeysObject *keys, Py_ssize_t ix)
{
    return DK_UNICODE_ENTRIES(keys)[ix].me_key;
}

#define DKIX_CHANGED (-4) /* internal to dict_lookup: start over */

/* Probe for a key that needs comparisons: any key in a general table, a
 * non-str one in a str table.  `split` is a constant at each call, so
 * the combined table's copy has no test for where values live. */
static Py_ALWAYS_INLINE inline Py_ssize_t
probe_any_key(PyDictObject *mp, PyDictKeysObject *dk, PyObject *key, Py_hash_t hash,
              PyObject ***slot_addr, const int split)
{
    size_t mask = DK_SIZE(dk) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Py_ssize_t ix = dictkeys_get_index(dk, (Py_ssize_t)i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            PyObject *startkey = ENTRY_KEY(dk, ix);
            if (startkey == key) {
                *slot_addr = split ? &mp->ma_values->values[ix] : &ENTRY_VALUE(dk, ix);
                return ix;
            }
            if (entry_hash(dk, ix) == hash) {
                /* exact str/int/float keys compare without running code,
                 * so the dict cannot change and no recheck is needed */
                int plain = _KrCompare_PlainEqual(startkey, key);
                if (plain > 0) {
                    *slot_addr = split ? &mp->ma_values->values[ix] : &ENTRY_VALUE(dk, ix);
                    return ix;
                }
                if (plain == 0)
                    goto next;
                Py_INCREF(startkey);
                int cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
                Py_DECREF(startkey);
                if (cmp < 0)
                    return DKIX_ERROR;
                /* a dict never becomes split, and combining one replaces
                 * its keys, so this also sees split -> combined */
                if (dk != mp->ma_keys || ENTRY_KEY(dk, ix) != startkey)
                    return DKIX_CHANGED; /* the dict changed under us */
                if (cmp > 0) {
                    *slot_addr = split ? &mp->ma_values->values[ix] : &ENTRY_VALUE(dk, ix);
                    return ix;
                }
            }
        }
    next:
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Find key.  Returns the entry index, DKIX_EMPTY, or DKIX_ERROR with an
 * exception set; for an index, *slot_addr gets where its value lives (in
 * the entry or in a split table's values), so a caller that replaces the
 * value need not work that out again.  In a split table the slot may
 * hold NULL: the name is shared but this dict doesn't have it.  A
 * comparison can mutate the dict: then the search starts over. */
static Py_ALWAYS_INLINE inline Py_ssize_t
dict_lookup_slot(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject ***slot_addr)
{
    for (;;) {
        PyDictKeysObject *dk = mp->ma_keys;
        Py_ssize_t ix;
        if (dk->dk_kind == DICT_KEYS_UNICODE && PyUnicode_CheckExact(key)) {
            ix = unicodekeys_lookup_unicode(dk, key, hash);
            if (ix >= 0)
                *slot_addr = &DK_UNICODE_ENTRIES(dk)[ix].me_value;
            return ix;
        }
        if (mp->ma_values == NULL) {
            ix = probe_any_key(mp, dk, key, hash, slot_addr, 0);
        }
        else if (PyUnicode_CheckExact(key)) {
            ix = unicodekeys_lookup_unicode(dk, key, hash);
            if (ix >= 0)
                *slot_addr = &mp->ma_values->values[ix];
            return ix;
        }
        else {
            ix = probe_any_key(mp, dk, key, hash, slot_addr, 1);
        }
        if (ix != DKIX_CHANGED)
            return ix;
    }
}

/* As dict_lookup_slot, but *value_addr gets the value (borrowed) or NULL. */
static Py_ssize_t
dict_lookup(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject **value_addr)
{
    PyObject **slot;
    Py_ssize_t ix = dict_lookup_slot(mp, key, hash, &slot);
    *value_addr = ix >= 0 ? *slot : NULL;
    return ix;
}

/* ====================================================================== */
/* resizing and insertion */

/* CPython 3.11 computes this as bit_length(((minsize | 8) - 1) | 7),
 * which is not quite "the smallest power of two >= minsize": 1..7 give
 * 16 slots and a power of two from 16 up gives twice itself.  Table sizes
 * show in sys.getsizeof, so Krait computes the same. */
static uint8_t
calculate_log2_keysize(Py_ssize_t minsize)
{
    size_t m = (((size_t)minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1);
    uint8_t log2_size = 0;
    while (m != 0) {
        log2_size++;
        m >>= 1;
    }
    return log2_size;
}

/* the smallest table in which n entries fit */
static uint8_t
estimate_log2_keysize(Py_ssize_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

static void
build_indices(PyDictKeysObject *keys, Py_ssize_t n)
{
    size_t mask = DK_SIZE(keys) - 1;
    for (Py_ssize_t ix = 0; ix < n; ix++) {
        Py_hash_t hash = entry_hash(keys, ix);
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; dictkeys_get_index(keys, (Py_ssize_t)i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        dictkeys_set_index(keys, (Py_ssize_t)i, ix);
    }
}

/* Move the live entries into a new table of 2**log2_newsize slots, in
 * order, dropping deleted ones.  `unicode` asks for a str-only table,
 * granted only if the current one is. */
static int
dictresize(PyDictObject *mp, uint8_t log2_newsize, int unicode)
{
    PyDictKeysObject *oldkeys = mp->ma_keys;
    if (log2_newsize >= SIZEOF_SIZE_T * 8) {
        PyErr_NoMemory();
        return -1;
    }
    unicode = unicode && DK_IS_UNICODE(oldkeys);
    PyDictKeysObject *newkeys = new_keys_object(log2_newsize, unicode);
    if (newkeys == NULL)
        return -1;
    Py_ssize_t numentries = mp->ma_used;
    Py_ssize_t oldn = oldkeys->dk_nentries;
    PyDictValues *oldvalues = mp->ma_values;
    if (oldvalues != NULL) {
        /* split -> combined: the keys stay shared, so they are copied
         * (new references); the values move; entries follow order[] */
        PyDictUnicodeEntry *src = DK_UNICODE_ENTRIES(oldkeys);
        for (Py_ssize_t i = 0; i < numentries; i++) {
            Py_ssize_t ix = oldvalues->order[i];
            PyObject *key = Py_NewRef(src[ix].me_key);
            if (unicode) {
                DK_UNICODE_ENTRIES(newkeys)[i].me_key = key;
                DK_UNICODE_ENTRIES(newkeys)[i].me_value = oldvalues->values[ix];
            } else {
                DK_ENTRIES(newkeys)[i].me_key = key;
                DK_ENTRIES(newkeys)[i].me_hash = unicode_get_hash(key);
                DK_ENTRIES(newkeys)[i].me_value = oldvalues->values[ix];
            }
        }
        build_indices(newkeys, numentries);
        newkeys->dk_usable -= numentries;
        newkeys->dk_nentries = numentries;
        mp->ma_keys = newkeys;
        mp->ma_values = NULL;
        free_values(oldvalues, 0);
        dictkeys_decref(oldkeys);
        return 0;
    }
    if (unicode) {
        PyDictUnicodeEntry *src = DK_UNICODE_ENTRIES(oldkeys), *dst = DK_UNICODE_ENTRIES(newkeys);
        if (oldn == numentries) {
            memcpy(dst, src, (size_t)numentries * sizeof(PyDictUnicodeEntry));
        } else {
            for (Py_ssize_t i = 0; i < oldn; i++)
                if (src[i].me_value != NULL)
                    *dst++ = src[i];
        }
    } else if (DK_IS_UNICODE(oldkeys)) {
        PyDictUnicodeEntry *src = DK_UNICODE_ENTRIES(oldkeys);
        PyDictKeyEntry *dst = DK_ENTRIES(newkeys);
        for (Py_ssize_t i = 0; i < oldn; i++) {
            if (src[i].me_value != NULL) {
                dst->me_key = src[i].me_key;
                dst->me_hash = unicode_get_hash(src[i].me_key);
                dst->me_value = src[i].me_value;
                dst++;
            }
        }
    } else {
        PyDictKeyEntry *src = DK_ENTRIES(oldkeys), *dst = DK_ENTRIES(newkeys);
        if (oldn == numentries) {
            memcpy(dst, src, (size_t)numentries * sizeof(PyDictKeyEntry));
        } else {
            for (Py_ssize_t i = 0; i < oldn; i++)
                if (src[i].me_value != NULL)
                    *dst++ = src[i];
        }
    }
    build_indices(newkeys, numentries);
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    mp->ma_keys = newkeys;
    /* the entries moved: free the old table without touching the objects */
    free_keys_memory(oldkeys);
    return 0;
}

static int
insertion_resize(PyDictObject *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

static int
insert_into_empty_dict(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value)
{
    int unicode = PyUnicode_CheckExact(key);
    PyDictKeysObject *newkeys = new_keys_object(PyDict_LOG_MINSIZE, unicode);
    if (newkeys == NULL) {
        Py_DECREF(key);
        Py_DECREF(value);
        return -1;
    }
    maintain_tracking(mp, key, value);
    mp->ma_keys = newkeys; /* the old one was Py_EMPTY_KEYS */
    size_t hashpos = (size_t)hash & (PyDict_MINSIZE - 1);
    dictkeys_set_index(newkeys, (Py_ssize_t)hashpos, 0);
    if (unicode) {
        DK_UNICODE_ENTRIES(newkeys)[0].me_key = key;
        DK_UNICODE_ENTRIES(newkeys)[0].me_value = value;
    } else {
        DK_ENTRIES(newkeys)[0].me_key = key;
        DK_ENTRIES(newkeys)[0].me_hash = hash;
        DK_ENTRIES(newkeys)[0].me_value = value;
    }
    mp->ma_used++;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    newkeys->dk_usable--;
    newkeys->dk_nentries++;
    return 0;
}

/* Insert or replace; steals key and value. */
/* Add a key the caller has just looked up and not found (ix was
 * DKIX_EMPTY): no second lookup, so no second __eq__ call.  Steals key
 * and value. */
static int
insert_absent(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value)
{
    PyDictKeysObject *dk = mp->ma_keys;
    /* a split table's array has room for every index its keys can
     * still hand out: arrays are sized nentries + usable, a sum that
     * never grows */
    assert(mp->ma_values == NULL || dk->dk_usable <= 0 ||
           dk->dk_nentries < mp->ma_values->capacity);
    if (dk->dk_usable <= 0) {
        if (insertion_resize(mp, 1) < 0) {
            Py_DECREF(value);
            Py_DECREF(key);
            return -1;
        }
        dk = mp->ma_keys;
    }
    Py_ssize_t hashpos = find_empty_slot(dk, hash);
    dictkeys_set_index(dk, hashpos, dk->dk_nentries);
    if (mp->ma_values != NULL) {
        /* a new name in the shared keys; the value is ours alone */
        PyDictValues *values = mp->ma_values;
        DK_UNICODE_ENTRIES(dk)[dk->dk_nentries].me_key = key;
        values->values[dk->dk_nentries] = value;
        values->order[values->used++] = (uint8_t)dk->dk_nentries;
    } else if (DK_IS_UNICODE(dk)) {
        PyDictUnicodeEntry *ep = &DK_UNICODE_ENTRIES(dk)[dk->dk_nentries];
        ep->me_key = key;
        ep->me_value = value;
    } else {
        PyDictKeyEntry *ep = &DK_ENTRIES(dk)[dk->dk_nentries];
        ep->me_key = key;
        ep->me_hash = hash;
        ep->me_value = value;
    }
    mp->ma_used++;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    dk->dk_usable--;
    dk->dk_nentries++;
    dk->dk_version = 0;
    return 0;
}

static int
insertdict(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value)
{
    PyObject *old_value;
    if (mp->ma_keys == Py_EMPTY_KEYS)
        return insert_into_empty_dict(mp, key, hash, value);
    if (DK_IS_UNICODE(mp->ma_keys) && !PyUnicode_CheckExact(key)) {
        if (insertion_resize(mp, 0) < 0)
            goto fail;
    }
    PyObject **slot = NULL;
    Py_ssize_t ix = dict_lookup_slot(mp, key, hash, &slot);
    if (ix == DKIX_ERROR)
        goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY)
        return insert_absent(mp, key, hash, value);
    old_value = *slot;
    if (old_value != value) {
        *slot = value;
        if (old_value == NULL) {
            /* only a split table has an entry without a value: a name of
             * the shared keys that this dict didn't have yet */
            PyDictValues *values = mp->ma_values;
            values->order[values->used++] = (uint8_t)ix;
            mp->ma_used++;
        }
        mp->ma_version_tag = DICT_NEXT_VERSION();
        Py_XDECREF(old_value); /* last: may run arbitrary code */
    } else {
        Py_DECREF(value);
    }
    Py_DECREF(key);
    return 0;
fail:
    Py_DECREF(value);
    Py_DECREF(key);
    return -1;
}

/* ====================================================================== */
/* construction */

static PyObject *
new_dict(PyDictKeysObject *keys, Py_ssize_t used)
{
    PyDictObject *mp;
    if (dict_numfree > 0) {
        mp = dict_free_list[--dict_numfree];
        Py_SET_REFCNT(mp, 1);
#ifdef Py_REF_DEBUG
        _Py_RefTotal++;
#endif
    } else {
        mp = PyObject_GC_New(PyDictObject, &PyDict_Type);
        if (mp == NULL) {
            dictkeys_decref(keys);
            return NULL;
        }
    }
    mp->ma_keys = keys;
    mp->ma_values = NULL;
    mp->ma_used = used;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    /* untracked until something that may be tracked goes in */
    return (PyObject *)mp;
}

PyObject *
PyDict_New(void)
{
    return new_dict(Py_EMPTY_KEYS, 0);
}

PyObject *
_KrDict_NewSplit(PyDictKeysObject *keys, PyDictValues *values)
{
    int owned = values == NULL;
    if (owned) {
        values = _KrValues_New(keys->dk_nentries + keys->dk_usable);
        if (values == NULL)
            return NULL;
    }
    keys->dk_refcnt++;
    PyDictObject *mp = (PyDictObject *)new_dict(keys, values->used); /* drops keys on failure */
    if (mp == NULL) {
        if (owned)
            free_values(values, 0);
        return NULL;
    }
    mp->ma_values = values;
    for (int i = 0; i < values->used; i++) {
        if (may_be_tracked(values->values[values->order[i]])) {
            PyObject_GC_Track(mp);
            break;
        }
    }
    return (PyObject *)mp;
}

static PyObject *
dict_new_presized(Py_ssize_t minused, int unicode)
{
    if (minused <= USABLE_FRACTION(PyDict_MINSIZE))
        return PyDict_New();
    /* There are no strict guarantee that returned dict can contain minused
     * items without resize: cap the preallocation at 2**17 slots. */
    uint8_t log2_newsize = minused > 87381 ? 17 : estimate_log2_keysize(minused);
    PyDictKeysObject *new_keys = new_keys_object(log2_newsize, unicode);
    if (new_keys == NULL)
        return NULL;
    return new_dict(new_keys, 0);
}

PyObject *
_PyDict_NewPresized(Py_ssize_t minused)
{
    return dict_new_presized(minused, 0);
}

PyObject *
_PyDict_FromItems(PyObject *const *keys, Py_ssize_t keys_offset, PyObject *const *values,
                  Py_ssize_t values_offset, Py_ssize_t length)
{
    int unicode = 1;
    PyObject *const *ks = keys;
    for (Py_ssize_t i = 0; i < length; i++) {
        if (!PyUnicode_CheckExact(*ks)) {
            unicode = 0;
            break;
        }
        ks += keys_offset;
    }
    PyObject *dict = dict_new_presized(length, unicode);
    if (dict == NULL)
        return NULL;
    ks = keys;
    PyObject *const *vs = values;
    for (Py_ssize_t i = 0; i < length; i++) {
        if (PyDict_SetItem(dict, *ks, *vs) < 0) {
            Py_DECREF(dict);
            return NULL;
        }
        ks += keys_offset;
        vs += values_offset;
    }
    return dict;
}

/* ====================================================================== */
/* item access */

PyObject *
_PyDict_GetItem_KnownHash(PyObject *op, PyObject *key, Py_hash_t hash)
{
    if (!PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *value;
    Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &value);
    if (ix < 0)
        return NULL;
    return value;
}

PyObject *
PyDict_GetItemWithError(PyObject *op, PyObject *key)
{
    if (!PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *value;
    Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &value);
    if (ix < 0)
        return NULL;
    return value;
}

PyObject *
_PyDict_GetItemWithError(PyObject *dp, PyObject *kv)
{
    return PyDict_GetItemWithError(dp, kv);
}

/* The old API: errors are swallowed (the current exception is kept). */
PyObject *
PyDict_GetItem(PyObject *op, PyObject *key)
{
    if (!PyDict_Check(op))
        return NULL;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *value = NULL;
    Py_hash_t hash = key_hash(key);
    if (hash != -1) {
        Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &value);
        if (ix < 0)
            value = NULL;
    }
    PyErr_Clear();
    if (exc != NULL)
        PyErr_SetRaisedException(exc);
    return value;
}

PyObject *
PyDict_GetItemString(PyObject *v, const char *key)
{
    PyObject *kv = PyUnicode_FromString(key);
    if (kv == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *rv = PyDict_GetItem(v, kv);
    Py_DECREF(kv);
    return rv;
}

int
PyDict_GetItemRef(PyObject *op, PyObject *key, PyObject **result)
{
    PyObject *v = PyDict_GetItemWithError(op, key);
    if (v == NULL) {
        *result = NULL;
        return PyErr_Occurred() ? -1 : 0;
    }
    *result = Py_NewRef(v);
    return 1;
}

PyObject *
_PyDict_LoadGlobal(PyDictObject *globals, PyDictObject *builtins, PyObject *key)
{
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *value;
    Py_ssize_t ix = dict_lookup(globals, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix != DKIX_EMPTY && value != NULL)
        return value;
    ix = dict_lookup(builtins, key, hash, &value);
    if (ix < 0)
        return NULL;
    return value;
}

int
_PyDict_SetItem_Take2(PyDictObject *mp, PyObject *key, PyObject *value)
{
    Py_hash_t hash = key_hash(key);
    if (hash == -1) {
        Py_DECREF(key);
        Py_DECREF(value);
        return -1;
    }
    return insertdict(mp, key, hash, value);
}

int
PyDict_SetItem(PyObject *op, PyObject *key, PyObject *value)
{
    if (!PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return _PyDict_SetItem_Take2((PyDictObject *)op, Py_NewRef(key), Py_NewRef(value));
}

int
_PyDict_SetItem_KnownHash(PyObject *op, PyObject *key, PyObject *value, Py_hash_t hash)
{
    if (!PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return insertdict((PyDictObject *)op, Py_NewRef(key), hash, Py_NewRef(value));
}

int
PyDict_SetItemString(PyObject *v, const char *key, PyObject *item)
{
    PyObject *kv = PyUnicode_FromString(key);
    if (kv == NULL)
        return -1;
    PyUnicode_InternInPlace(&kv);
    int err = PyDict_SetItem(v, kv, item);
    Py_DECREF(kv);
    return err;
}

static void
delitem_common(PyDictObject *mp, Py_hash_t hash, Py_ssize_t ix, PyObject *old_value)
{
    PyDictKeysObject *dk = mp->ma_keys;
    if (mp->ma_values != NULL) {
        /* the shared keys keep the name */
        mp->ma_used--;
        mp->ma_version_tag = DICT_NEXT_VERSION();
        mp->ma_values->values[ix] = NULL;
        _KrValues_RemoveFromOrder(mp->ma_values, ix);
        Py_DECREF(old_value);
        return;
    }
    Py_ssize_t hashpos = lookdict_index(dk, hash, ix);
    mp->ma_used--;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    dictkeys_set_index(dk, hashpos, DKIX_DUMMY);
    PyObject *old_key = ENTRY_KEY(dk, ix);
    ENTRY_KEY(dk, ix) = NULL;
    ENTRY_VALUE(dk, ix) = NULL;
    dk->dk_version = 0;
    Py_DECREF(old_key);
    Py_DECREF(old_value);
}

static int
dict_delitem_knownhash(PyObject *op, PyObject *key, Py_hash_t hash)
{
    PyObject *old_value;
    Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY || old_value == NULL) {
        _PyErr_SetKeyError(key);
        return -1;
    }
    delitem_common((PyDictObject *)op, hash, ix, old_value);
    return 0;
}

int
PyDict_DelItem(PyObject *op, PyObject *key)
{
    if (!PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return dict_delitem_knownhash(op, key, hash);
}

int
PyDict_DelItemString(PyObject *v, const char *key)
{
    PyObject *kv = PyUnicode_FromString(key);
    if (kv == NULL)
        return -1;
    int err = PyDict_DelItem(v, kv);
    Py_DECREF(kv);
    return err;
}

int
_PyDict_DelItemIf(PyObject *op, PyObject *key, int (*predicate)(PyObject *value))
{
    if (!PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return -1;
    }
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    PyObject *old_value;
    Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY || old_value == NULL) {
        _PyErr_SetKeyError(key);
        return -1;
    }
    int res = predicate(old_value);
    if (res == -1)
        return -1;
    if (res > 0) {
        /* the predicate may have run code: look again */
        ix = dict_lookup((PyDictObject *)op, key, hash, &old_value);
        if (ix < 0 || old_value == NULL)
            return ix == DKIX_ERROR ? -1 : 0;
        delitem_common((PyDictObject *)op, hash, ix, old_value);
        return 1;
    }
    return 0;
}

void
PyDict_Clear(PyObject *op)
{
    if (!PyDict_Check(op))
        return;
    PyDictObject *mp = (PyDictObject *)op;
    PyDictKeysObject *oldkeys = mp->ma_keys;
    PyDictValues *oldvalues = mp->ma_values;
    if (oldkeys == Py_EMPTY_KEYS)
        return;
    mp->ma_keys = Py_EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    if (oldvalues != NULL)
        free_values(oldvalues, 1);
    dictkeys_decref(oldkeys);
}

int
_PyDict_Next(PyObject *op, Py_ssize_t *ppos, PyObject **pkey, PyObject **pvalue, Py_hash_t *phash)
{
    if (!PyDict_Check(op))
        return 0;
    PyDictObject *mp = (PyDictObject *)op;
    Py_ssize_t i = dict_next_entry(mp, ppos);
    if (i < 0)
        return 0;
    PyDictKeysObject *dk = mp->ma_keys;
    if (pkey)
        *pkey = ENTRY_KEY(dk, i);
    if (pvalue)
        *pvalue = dict_value_at(mp, i);
    if (phash)
        *phash = entry_hash(dk, i);
    return 1;
}

int
PyDict_Next(PyObject *op, Py_ssize_t *ppos, PyObject **pkey, PyObject **pvalue)
{
    return _PyDict_Next(op, ppos, pkey, pvalue, NULL);
}

Py_ssize_t
PyDict_Size(PyObject *mp)
{
    if (mp == NULL || !PyDict_Check(mp)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyDictObject *)mp)->ma_used;
}

int
PyDict_Contains(PyObject *op, PyObject *key)
{
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    PyObject *value;
    Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

int
_PyDict_Contains_KnownHash(PyObject *op, PyObject *key, Py_hash_t hash)
{
    PyObject *value;
    Py_ssize_t ix = dict_lookup((PyDictObject *)op, key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

int
_PyDict_HasOnlyStringKeys(PyObject *dict)
{
    if (DK_IS_UNICODE(((PyDictObject *)dict)->ma_keys))
        return 1;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(dict, &pos, &key, &value))
        if (!PyUnicode_Check(key))
            return 0;
    return 1;
}

/* ====================================================================== */
/* copy, merge, update */

/* An exact copy of a keys object without deleted entries' holes, when
 * the source is dense enough that its size is right for the copy too. */
static PyDictKeysObject *
clone_combined_dict_keys(PyDictObject *orig)
{
    PyDictKeysObject *ok = orig->ma_keys;
    size_t keys_size = keys_object_size(ok->dk_log2_size, DK_IS_UNICODE(ok));
    PyDictKeysObject *keys = PyObject_Malloc(keys_size);
    if (keys == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(keys, ok, keys_size);
    Py_ssize_t n = keys->dk_nentries;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *value = ENTRY_VALUE(keys, i);
        if (value != NULL) {
            Py_INCREF(value);
            Py_INCREF(ENTRY_KEY(keys, i));
        }
    }
    keys->dk_refcnt = 1;
    keys->dk_version = 0;
    return keys;
}

static int
dict_merge(PyObject *a, PyObject *b, int override)
{
    if (a == NULL || !PyDict_Check(a) || b == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyDictObject *mp = (PyDictObject *)a;
    if (PyDict_Check(b) && (Py_TYPE(b)->tp_iter == PyDict_Type.tp_iter)) {
        PyDictObject *other = (PyDictObject *)b;
        if (other == mp || other->ma_used == 0)
            return 0;
        if (mp->ma_used == 0) {
            /* the target is empty: copying the table is the fastest merge */
            override = 1;
            PyDictKeysObject *okeys = other->ma_keys;
            if (okeys != Py_EMPTY_KEYS && other->ma_values == NULL &&
                other->ma_used == okeys->dk_nentries &&
                (DK_LOG_SIZE(okeys) == PyDict_LOG_MINSIZE ||
                 USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->ma_used)) {
                PyDictKeysObject *keys = clone_combined_dict_keys(other);
                if (keys == NULL)
                    return -1;
                dictkeys_decref(mp->ma_keys);
                mp->ma_keys = keys;
                if (mp->ma_values != NULL) { /* empty, so holds nothing */
                    free_values(mp->ma_values, 0);
                    mp->ma_values = NULL;
                }
                mp->ma_used = other->ma_used;
                mp->ma_version_tag = DICT_NEXT_VERSION();
                if (_PyObject_GC_IS_TRACKED(other) && !_PyObject_GC_IS_TRACKED(mp))
                    PyObject_GC_Track(mp);
                return 0;
            }
        }
        /* one big resize at the start rather than several while inserting
         * (CPython's empty keys have a single slot, so room for none) */
        Py_ssize_t room = mp->ma_keys == Py_EMPTY_KEYS ? 0 : USABLE_FRACTION(DK_SIZE(mp->ma_keys));
        if (room < other->ma_used) {
            int unicode = DK_IS_UNICODE(other->ma_keys);
            if (mp->ma_keys == Py_EMPTY_KEYS) {
                PyDictKeysObject *nk = new_keys_object(
                    estimate_log2_keysize(mp->ma_used + other->ma_used), unicode);
                if (nk == NULL)
                    return -1;
                mp->ma_keys = nk;
            } else if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used),
                                  unicode) < 0) {
                return -1;
            }
        }
        PyDictKeysObject *okeys = other->ma_keys;
        Py_ssize_t orig_size = other->ma_used;
        Py_ssize_t pos = 0, i;
        while ((i = dict_next_entry(other, &pos)) >= 0) {
            PyObject *value = dict_value_at(other, i);
            PyObject *key = ENTRY_KEY(okeys, i);
            Py_hash_t hash = entry_hash(okeys, i);
            Py_INCREF(key);
            Py_INCREF(value);
            int err = 0;
            if (override == 1) {
                err = insertdict(mp, key, hash, value);
            } else {
                int found = _PyDict_Contains_KnownHash(a, key, hash);
                if (found < 0) {
                    err = -1;
                    Py_DECREF(key);
                    Py_DECREF(value);
                } else if (found == 0) {
                    err = insertdict(mp, key, hash, value);
                } else {
                    if (override != 0) {
                        _PyErr_SetKeyError(key);
                        err = -1;
                    }
                    Py_DECREF(key);
                    Py_DECREF(value);
                }
            }
            if (err != 0)
                return -1;
            if (orig_size != other->ma_used || okeys != other->ma_keys) {
                PyErr_SetString(PyExc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }

    /* a generic mapping: b.keys() and b[key] */
    PyObject *keys = PyMapping_Keys(b);
    if (keys == NULL)
        return -1;
    PyObject *iter = PyObject_GetIter(keys);
    Py_DECREF(keys);
    if (iter == NULL)
        return -1;
    PyObject *key;
    while ((key = PyIter_Next(iter)) != NULL) {
        if (override != 1) {
            int found = PyDict_Contains(a, key);
            if (found != 0) {
                if (found > 0 && override != 0)
                    _PyErr_SetKeyError(key);
                Py_DECREF(key);
                if (found > 0 && override == 0)
                    continue;
                Py_DECREF(iter);
                return -1;
            }
        }
        PyObject *value = PyObject_GetItem(b, key);
        if (value == NULL) {
            Py_DECREF(iter);
            Py_DECREF(key);
            return -1;
        }
        int status = PyDict_SetItem(a, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (status < 0) {
            Py_DECREF(iter);
            return -1;
        }
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        return -1;
    return 0;
}

int
PyDict_Update(PyObject *a, PyObject *b)
{
    return dict_merge(a, b, 1);
}

int
PyDict_Merge(PyObject *a, PyObject *b, int override)
{
    return dict_merge(a, b, override != 0);
}

int
PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override)
{
    PyObject *it = PyObject_GetIter(seq2);
    if (it == NULL)
        return -1;
    PyObject *item = NULL, *fast = NULL;
    Py_ssize_t i;
    for (i = 0;; ++i) {
        item = PyIter_Next(it);
        if (item == NULL) {
            if (PyErr_Occurred())
                goto fail;
            break;
        }
        fast = PySequence_Fast(item, "");
        if (fast == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             i);
            goto fail;
        }
        Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
        if (n != 2) {
            PyErr_Format(PyExc_ValueError,
                         "dictionary update sequence element #%zd has length %zd; 2 is required",
                         i, n);
            goto fail;
        }
        PyObject *key = Py_NewRef(PySequence_Fast_GET_ITEM(fast, 0));
        PyObject *value = Py_NewRef(PySequence_Fast_GET_ITEM(fast, 1));
        int status = 0;
        if (override) {
            status = PyDict_SetItem(d, key, value);
        } else {
            int found = PyDict_Contains(d, key);
            if (found == 0)
                status = PyDict_SetItem(d, key, value);
            else if (found < 0)
                status = -1;
        }
        Py_DECREF(key);
        Py_DECREF(value);
        if (status < 0)
            goto fail;
        Py_DECREF(fast);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    return 0;
fail:
    Py_XDECREF(item);
    Py_XDECREF(fast);
    Py_DECREF(it);
    return -1;
}

/* For the collector: untrack a dict that holds nothing that may be
 * tracked (values that were containers may have been replaced since). */
void
_PyDict_MaybeUntrack(PyObject *op)
{
    if (!PyDict_CheckExact(op) || !_PyObject_GC_IS_TRACKED(op))
        return;
    PyDictObject *mp = (PyDictObject *)op;
    Py_ssize_t pos = 0, i;
    while ((i = dict_next_entry(mp, &pos)) >= 0) {
        if (may_be_tracked(dict_value_at(mp, i)) || may_be_tracked(ENTRY_KEY(mp->ma_keys, i)))
            return;
    }
    PyObject_GC_UnTrack(op);
}

PyObject *
PyDict_Copy(PyObject *o)
{
    if (o == NULL || !PyDict_Check(o)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyDictObject *mp = (PyDictObject *)o;
    if (mp->ma_used == 0)
        return PyDict_New();
    if (mp->ma_values != NULL) {
        /* another split dict on the same keys, sized for them as they are now */
        PyDictKeysObject *keys = mp->ma_keys;
        PyDictValues *src = mp->ma_values;
        PyDictValues *values = _KrValues_New(keys->dk_nentries + keys->dk_usable);
        if (values == NULL)
            return NULL;
        for (int i = 0; i < src->used; i++) {
            Py_ssize_t ix = src->order[i];
            values->values[ix] = Py_NewRef(src->values[ix]);
            values->order[i] = (uint8_t)ix;
        }
        values->used = src->used;
        PyObject *copy = _KrDict_NewSplit(keys, values);
        if (copy == NULL) {
            free_values(values, 1);
            return NULL;
        }
        if (_PyObject_GC_IS_TRACKED(mp) && !_PyObject_GC_IS_TRACKED(copy))
            PyObject_GC_Track(copy);
        return copy;
    }
    if (Py_TYPE(mp)->tp_iter == PyDict_Type.tp_iter &&
        mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        /* dense enough that a byte copy of the table is the right size */
        PyDictKeysObject *keys = clone_combined_dict_keys(mp);
        if (keys == NULL)
            return NULL;
        PyObject *copy = new_dict(keys, mp->ma_used);
        if (copy != NULL && _PyObject_GC_IS_TRACKED(mp))
            PyObject_GC_Track(copy);
        return copy;
    }
    PyObject *copy = PyDict_New();
    if (copy == NULL)
        return NULL;
    if (dict_merge(copy, o, 1) == 0)
        return copy;
    Py_DECREF(copy);
    return NULL;
}

/* ====================================================================== */
/* keys(), values(), items() as lists (the C API) */

static PyObject *
dict_as_list(PyObject *op, int what)
{
    if (op == NULL || !PyDict_Check(op)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyDictObject *mp = (PyDictObject *)op;
again:;
    Py_ssize_t n = mp->ma_used;
    PyObject *v = PyList_New(n);
    if (v == NULL)
        return NULL;
    if (what == 2) {
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *item = PyTuple_New(2);
            if (item == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            PyList_SET_ITEM(v, i, item);
        }
    }
    if (n != mp->ma_used) {
        /* allocating may have run code that changed the dict */
        Py_DECREF(v);
        goto again;
    }
    PyDictKeysObject *dk = mp->ma_keys;
    Py_ssize_t j = 0, pos = 0, i;
    while ((i = dict_next_entry(mp, &pos)) >= 0) {
        PyObject *value = dict_value_at(mp, i);
        PyObject *key = ENTRY_KEY(dk, i);
        if (what == 0) {
            PyList_SET_ITEM(v, j, Py_NewRef(key));
        } else if (what == 1) {
            PyList_SET_ITEM(v, j, Py_NewRef(value));
        } else {
            PyObject *item = PyList_GET_ITEM(v, j);
            PyTuple_SET_ITEM(item, 0, Py_NewRef(key));
            PyTuple_SET_ITEM(item, 1, Py_NewRef(value));
        }
        j++;
    }
    return v;
}

PyObject *
PyDict_Keys(PyObject *mp)
{
    return dict_as_list(mp, 0);
}

PyObject *
PyDict_Values(PyObject *mp)
{
    return dict_as_list(mp, 1);
}

PyObject *
PyDict_Items(PyObject *mp)
{
    return dict_as_list(mp, 2);
}

PyObject *
PyDict_SetDefault(PyObject *d, PyObject *key, PyObject *defaultobj)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyDictObject *mp = (PyDictObject *)d;
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    /* a non-str key makes a str table general (a split one combined)
     * before the lookup, even if the key turns out to be there, as
     * CPython does */
    if (mp->ma_keys != Py_EMPTY_KEYS && DK_IS_UNICODE(mp->ma_keys) && !PyUnicode_CheckExact(key) &&
        insertion_resize(mp, 0) < 0)
        return NULL;
    PyObject *value;
    Py_ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY && mp->ma_keys != Py_EMPTY_KEYS) {
        /* insert where the lookup stopped: __eq__ is not asked again */
        maintain_tracking(mp, key, defaultobj);
        if (insert_absent(mp, Py_NewRef(key), hash, Py_NewRef(defaultobj)) < 0)
            return NULL;
        return defaultobj;
    }
    if (ix == DKIX_EMPTY || value == NULL) {
        if (insertdict(mp, Py_NewRef(key), hash, Py_NewRef(defaultobj)) < 0)
            return NULL;
        return defaultobj;
    }
    return value;
}

static PyObject *
dict_pop_common(PyObject *dict, PyObject *key, Py_hash_t hash, PyObject *deflt)
{
    PyDictObject *mp = (PyDictObject *)dict;
    if (mp->ma_used == 0) {
        if (deflt)
            return Py_NewRef(deflt);
        _PyErr_SetKeyError(key);
        return NULL;
    }
    PyObject *old_value;
    Py_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || old_value == NULL) {
        if (deflt)
            return Py_NewRef(deflt);
        _PyErr_SetKeyError(key);
        return NULL;
    }
    Py_INCREF(old_value); /* the caller's; delitem_common drops the dict's */
    delitem_common(mp, hash, ix, old_value);
    return old_value;
}

PyObject *
_PyDict_Pop(PyObject *dict, PyObject *key, PyObject *deflt)
{
    if (((PyDictObject *)dict)->ma_used == 0) {
        if (deflt)
            return Py_NewRef(deflt);
        _PyErr_SetKeyError(key);
        return NULL;
    }
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    return dict_pop_common(dict, key, hash, deflt);
}

/* _PyDict_Pop for a caller that already has the key's hash (the LRU
 * cache evicts by the hash it stored), so that __hash__ is not run again. */
PyObject *
_PyDict_Pop_KnownHash(PyObject *dict, PyObject *key, Py_hash_t hash, PyObject *deflt)
{
    if (((PyDictObject *)dict)->ma_used == 0) {
        if (deflt)
            return Py_NewRef(deflt);
        _PyErr_SetKeyError(key);
        return NULL;
    }
    return dict_pop_common(dict, key, hash, deflt);
}

Py_ssize_t
_PyDict_SizeOf(PyDictObject *mp)
{
    size_t res = (size_t)Py_TYPE(mp)->tp_basicsize;
    if (mp->ma_values != NULL) /* a word for each value the shared keys could hold now */
        res += (size_t)(mp->ma_keys->dk_nentries + mp->ma_keys->dk_usable) * sizeof(PyObject *);
    if (mp->ma_keys != Py_EMPTY_KEYS && mp->ma_keys->dk_refcnt == 1)
        res += keys_object_size(mp->ma_keys->dk_log2_size, DK_IS_UNICODE(mp->ma_keys));
    return (Py_ssize_t)res;
}

/* ====================================================================== */
/* slots */

static void
dict_dealloc(PyObject *self)
{
    PyDictObject *mp = (PyDictObject *)self;
    PyObject_GC_UnTrack(mp);
    Py_TRASHCAN_BEGIN(mp, dict_dealloc)
    if (mp->ma_values != NULL)
        free_values(mp->ma_values, 1);
    dictkeys_decref(mp->ma_keys);
    if (dict_numfree < KR_DICT_MAXFREELIST && Py_IS_TYPE(mp, &PyDict_Type))
        dict_free_list[dict_numfree++] = mp;
    else
        Py_TYPE(mp)->tp_free((PyObject *)mp);
    Py_TRASHCAN_END
}

static PyObject *
dict_repr(PyObject *self)
{
    PyDictObject *mp = (PyDictObject *)self;
    if (mp->ma_used == 0)
        return PyUnicode_FromString("{}");
    int status = Py_ReprEnter(self);
    if (status != 0)
        return status > 0 ? PyUnicode_FromString("{...}") : NULL;
    _PyUnicodeWriter writer;
    _PyUnicodeWriter_Init(&writer);
    writer.overallocate = 1;
    writer.min_length = 1 + 4 + (2 + 4) * (mp->ma_used - 1) + 1;
    if (_PyUnicodeWriter_WriteChar(&writer, '{') < 0)
        goto error;
    Py_ssize_t i = 0;
    int first = 1;
    PyObject *key, *value;
    /* the dict can change while reprs run: PyDict_Next re-reads it */
    while (PyDict_Next(self, &i, &key, &value)) {
        Py_INCREF(key);
        Py_INCREF(value);
        if (!first && _PyUnicodeWriter_WriteASCIIString(&writer, ", ", 2) < 0)
            goto error_kv;
        first = 0;
        PyObject *s = PyObject_Repr(key);
        if (s == NULL)
            goto error_kv;
        int res = _PyUnicodeWriter_WriteStr(&writer, s);
        Py_DECREF(s);
        if (res < 0 || _PyUnicodeWriter_WriteASCIIString(&writer, ": ", 2) < 0)
            goto error_kv;
        s = PyObject_Repr(value);
        if (s == NULL)
            goto error_kv;
        res = _PyUnicodeWriter_WriteStr(&writer, s);
        Py_DECREF(s);
        if (res < 0)
            goto error_kv;
        Py_DECREF(key);
        Py_DECREF(value);
        continue;
    error_kv:
        Py_DECREF(key);
        Py_DECREF(value);
        goto error;
    }
    writer.overallocate = 0;
    if (_PyUnicodeWriter_WriteChar(&writer, '}') < 0)
        goto error;
    Py_ReprLeave(self);
    return _PyUnicodeWriter_Finish(&writer);
error:
    Py_ReprLeave(self);
    _PyUnicodeWriter_Dealloc(&writer);
    return NULL;
}

static Py_ssize_t
dict_length(PyObject *self)
{
    return ((PyDictObject *)self)->ma_used;
}

static PyObject *
dict_subscript(PyObject *self, PyObject *key)
{
    PyDictObject *mp = (PyDictObject *)self;
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *value;
    Py_ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || value == NULL) {
        if (!PyDict_CheckExact(mp)) {
            /* subclasses may define __missing__ */
            PyObject *missing = _PyType_Lookup(Py_TYPE(mp), _Py_ID(__missing__));
            if (missing != NULL) {
                descrgetfunc f = Py_TYPE(missing)->tp_descr_get;
                PyObject *bound = f ? f(missing, self, (PyObject *)Py_TYPE(mp)) : Py_NewRef(missing);
                if (bound == NULL)
                    return NULL;
                PyObject *res = PyObject_CallOneArg(bound, key);
                Py_DECREF(bound);
                return res;
            }
            if (PyErr_Occurred())
                return NULL;
        }
        _PyErr_SetKeyError(key);
        return NULL;
    }
    return Py_NewRef(value);
}

static int
dict_ass_sub(PyObject *mp, PyObject *v, PyObject *w)
{
    if (w == NULL)
        return PyDict_DelItem(mp, v);
    return PyDict_SetItem(mp, v, w);
}

static int
dict_contains(PyObject *op, PyObject *key)
{
    return PyDict_Contains(op, key);
}

static int
dict_equal(PyDictObject *a, PyDictObject *b)
{
    if (a->ma_used != b->ma_used)
        return 0;
    PyDictKeysObject *ak = a->ma_keys;
    /* entry order, not insertion order, for a split table too (as CPython) */
    for (Py_ssize_t i = 0; i < ak->dk_nentries; i++) {
        if (a->ma_values != NULL && i >= a->ma_values->capacity)
            break;
        PyObject *aval = dict_value_at(a, i);
        if (aval == NULL)
            continue;
        PyObject *key = ENTRY_KEY(ak, i);
        Py_hash_t hash = entry_hash(ak, i);
        Py_INCREF(aval);
        Py_INCREF(key);
        PyObject *bval;
        Py_ssize_t ix = dict_lookup(b, key, hash, &bval);
        if (ix == DKIX_ERROR) {
            Py_DECREF(key);
            Py_DECREF(aval);
            return -1;
        }
        if (bval == NULL) {
            Py_DECREF(key);
            Py_DECREF(aval);
            return 0;
        }
        Py_INCREF(bval);
        int cmp = PyObject_RichCompareBool(aval, bval, Py_EQ);
        Py_DECREF(key);
        Py_DECREF(aval);
        Py_DECREF(bval);
        if (cmp <= 0)
            return cmp;
        ak = a->ma_keys; /* comparisons may have resized a */
    }
    return 1;
}

static PyObject *
dict_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyDict_Check(v) || !PyDict_Check(w) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    int cmp = dict_equal((PyDictObject *)v, (PyDictObject *)w);
    if (cmp < 0)
        return NULL;
    return PyBool_FromLong((op == Py_EQ) == (cmp != 0));
}

static int
dict_traverse(PyObject *op, visitproc visit, void *arg)
{
    PyDictKeysObject *keys = ((PyDictObject *)op)->ma_keys;
    PyDictValues *values = ((PyDictObject *)op)->ma_values;
    if (values != NULL) {
        /* the shared keys are str, and the class keeps them alive */
        for (int i = 0; i < values->capacity; i++)
            Py_VISIT(values->values[i]);
        return 0;
    }
    Py_ssize_t n = keys->dk_nentries;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!DK_IS_UNICODE(keys))
            Py_VISIT(ENTRY_KEY(keys, i));
        Py_VISIT(ENTRY_VALUE(keys, i));
    }
    return 0;
}

static int
dict_tp_clear(PyObject *op)
{
    PyDict_Clear(op);
    return 0;
}

static PyObject *dictiter_new(PyDictObject *, PyTypeObject *);

static PyObject *
dict_iter(PyObject *self)
{
    return dictiter_new((PyDictObject *)self, &PyDictIterKey_Type);
}

/* ====================================================================== */
/* methods */

static int
dict_update_arg(PyObject *self, PyObject *arg)
{
    if (PyDict_CheckExact(arg))
        return PyDict_Merge(self, arg, 1);
    PyObject *func;
    if (_PyObject_LookupAttr(arg, _Py_ID(keys), &func) < 0)
        return -1;
    if (func != NULL) {
        Py_DECREF(func);
        return PyDict_Merge(self, arg, 1);
    }
    return PyDict_MergeFromSeq2(self, arg, 1);
}

static int
dict_update_common(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                   PyObject *kwdict, const char *methname)
{
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "%s expected at most 1 argument, got %zd", methname, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0)
        return -1;
    if (kwnames != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++)
            if (PyDict_SetItem(self, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
                return -1;
    }
    if (kwdict != NULL && PyDict_GET_SIZE(kwdict) != 0)
        return PyDict_Merge(self, kwdict, 1);
    return 0;
}

static PyObject *
dict_update(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (dict_update_common(self, args, nargs, kwnames, NULL, "update") < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
dict_fromkeys(PyObject *cls, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("fromkeys", nargs, 1, 2))
        return NULL;
    PyObject *iterable = args[0];
    PyObject *value = nargs > 1 ? args[1] : Py_None;
    PyObject *d = PyObject_CallNoArgs(cls);
    if (d == NULL)
        return NULL;
    if (PyDict_CheckExact(d) && ((PyDictObject *)d)->ma_used == 0) {
        PyDictObject *mp = (PyDictObject *)d;
        if (PyDict_CheckExact(iterable) || PyAnySet_CheckExact(iterable)) {
            /* size the table for the known count up front */
            Py_ssize_t n = PyDict_CheckExact(iterable) ? PyDict_GET_SIZE(iterable)
                                                       : PySet_GET_SIZE(iterable);
            int unicode = PyDict_CheckExact(iterable) &&
                          DK_IS_UNICODE(((PyDictObject *)iterable)->ma_keys);
            uint8_t log2 = estimate_log2_keysize(n);
            if (log2 > PyDict_LOG_MINSIZE || n > 0) {
                PyDictKeysObject *nk = new_keys_object(log2, unicode);
                if (nk == NULL) {
                    Py_DECREF(d);
                    return NULL;
                }
                dictkeys_decref(mp->ma_keys);
                mp->ma_keys = nk;
            }
            if (PyDict_CheckExact(iterable)) {
                Py_ssize_t pos = 0;
                PyObject *key, *oldvalue;
                Py_hash_t hash;
                while (_PyDict_Next(iterable, &pos, &key, &oldvalue, &hash)) {
                    if (insertdict(mp, Py_NewRef(key), hash, Py_NewRef(value)) < 0) {
                        Py_DECREF(d);
                        return NULL;
                    }
                }
            } else {
                Py_ssize_t pos = 0;
                PyObject *key;
                Py_hash_t hash;
                while (_PySet_NextEntry(iterable, &pos, &key, &hash)) {
                    if (insertdict(mp, Py_NewRef(key), hash, Py_NewRef(value)) < 0) {
                        Py_DECREF(d);
                        return NULL;
                    }
                }
            }
            return d;
        }
    }
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL) {
        Py_DECREF(d);
        return NULL;
    }
    PyObject *key;
    int status = 0;
    while ((key = PyIter_Next(it)) != NULL) {
        if (PyDict_CheckExact(d))
            status = PyDict_SetItem(d, key, value);
        else
            status = PyObject_SetItem(d, key, value);
        Py_DECREF(key);
        if (status < 0)
            break;
    }
    Py_DECREF(it);
    if (status < 0 || PyErr_Occurred()) {
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

static PyObject *
dict_get(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("get", nargs, 1, 2))
        return NULL;
    PyObject *key = args[0];
    PyObject *deflt = nargs > 1 ? args[1] : Py_None;
    Py_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *val;
    Py_ssize_t ix = dict_lookup((PyDictObject *)self, key, hash, &val);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || val == NULL)
        val = deflt;
    return Py_NewRef(val);
}

static PyObject *
dict_setdefault(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("setdefault", nargs, 1, 2))
        return NULL;
    PyObject *val = PyDict_SetDefault(self, args[0], nargs > 1 ? args[1] : Py_None);
    return Py_XNewRef(val);
}

static PyObject *
dict_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("pop", nargs, 1, 2))
        return NULL;
    return _PyDict_Pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static PyObject *
dict_popitem(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyDictObject *mp = (PyDictObject *)self;
    /* allocate first: that may run code which empties the dict */
    PyObject *res = PyTuple_New(2);
    if (res == NULL)
        return NULL;
    if (mp->ma_used == 0) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    /* the entries of a split table can't lose their tail: combine it */
    if (mp->ma_values != NULL && dictresize(mp, DK_LOG_SIZE(mp->ma_keys), 1) < 0) {
        Py_DECREF(res);
        return NULL;
    }
    PyDictKeysObject *dk = mp->ma_keys;
    Py_ssize_t i = dk->dk_nentries - 1;
    while (i >= 0 && ENTRY_VALUE(dk, i) == NULL)
        i--;
    PyObject *key = ENTRY_KEY(dk, i), *value = ENTRY_VALUE(dk, i);
    Py_hash_t hash = entry_hash(dk, i);
    Py_ssize_t j = lookdict_index(dk, hash, i);
    dictkeys_set_index(dk, j, DKIX_DUMMY);
    ENTRY_KEY(dk, i) = NULL;
    ENTRY_VALUE(dk, i) = NULL;
    PyTuple_SET_ITEM(res, 0, key);
    PyTuple_SET_ITEM(res, 1, value);
    /* the tail entry is free again */
    dk->dk_nentries = i;
    dk->dk_version = 0;
    mp->ma_used--;
    mp->ma_version_tag = DICT_NEXT_VERSION();
    return res;
}

static PyObject *
dict_clear_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyDict_Clear(self);
    Py_RETURN_NONE;
}

static PyObject *
dict_copy_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyDict_Copy(self);
}

static PyObject *
dict_sizeof(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromSsize_t(_PyDict_SizeOf((PyDictObject *)self));
}

static PyObject *
dict_getitem_method(PyObject *self, PyObject *key)
{
    return dict_subscript(self, key);
}

static PyObject *
dict_contains_method(PyObject *self, PyObject *key)
{
    int r = PyDict_Contains(self, key);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
dict_reversed(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return dictiter_new((PyDictObject *)self, &PyDictRevIterKey_Type);
}

static PyObject *
dict_keys_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return _PyDictView_New(self, &PyDictKeys_Type);
}

static PyObject *
dict_values_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return _PyDictView_New(self, &PyDictValues_Type);
}

static PyObject *
dict_items_method(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return _PyDictView_New(self, &PyDictItems_Type);
}

/* dict[...] is a types.GenericAlias (PEP 585). */
static PyObject *
dict_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyObject *
dict_or(PyObject *self, PyObject *other)
{
    if (!PyDict_Check(self) || !PyDict_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *n = PyDict_Copy(self);
    if (n == NULL)
        return NULL;
    if (dict_update_arg(n, other)) {
        Py_DECREF(n);
        return NULL;
    }
    return n;
}

static PyObject *
dict_ior(PyObject *self, PyObject *other)
{
    if (dict_update_arg(self, other))
        return NULL;
    return Py_NewRef(self);
}

static PyMethodDef dict_methods[] = {
    {"__contains__", (PyCFunction)dict_contains_method, METH_O | METH_COEXIST,
     "__contains__($self, key, /)\n--\n\n" "True if the dictionary has the specified key, else False."},
    {"__getitem__", (PyCFunction)dict_getitem_method, METH_O | METH_COEXIST,
     "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", (PyCFunction)dict_sizeof, METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", _PyCFunction_CAST(dict_get), METH_FASTCALL,
     "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the dictionary, else default."},
    {"setdefault", _PyCFunction_CAST(dict_setdefault), METH_FASTCALL,
     "setdefault($self, key, default=None, /)\n--\n\nInsert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", _PyCFunction_CAST(dict_pop), METH_FASTCALL,
     "pop($self, key, default=<unrepresentable>, /)\n--\n\nD.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\n"
     "raise a KeyError."},
    {"popitem", (PyCFunction)dict_popitem, METH_NOARGS,
     "popitem($self, /)\n--\n\nRemove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"keys", (PyCFunction)dict_keys_method, METH_NOARGS,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", (PyCFunction)dict_items_method, METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", (PyCFunction)dict_values_method, METH_NOARGS,
     "D.values() -> an object providing a view on D's values"},
    {"update", _PyCFunction_CAST(dict_update), METH_FASTCALL | METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", _PyCFunction_CAST(dict_fromkeys), METH_FASTCALL | METH_CLASS,
     "fromkeys($type, iterable, value=None, /)\n--\n\nCreate a new dictionary with keys from iterable and values set to value."},
    {"clear", (PyCFunction)dict_clear_method, METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", (PyCFunction)dict_copy_method, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", (PyCFunction)dict_reversed, METH_NOARGS,
     "__reversed__($self, /)\n--\n\n" "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", (PyCFunction)dict_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods dict_as_sequence = {
    .sq_contains = dict_contains,
};

static PyMappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_sub,
};

static PyNumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

static PyObject *
dict_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    PyDictObject *d = (PyDictObject *)self;
    d->ma_used = 0;
    d->ma_version_tag = DICT_NEXT_VERSION();
    d->ma_keys = Py_EMPTY_KEYS;
    d->ma_values = NULL;
    /* tp_alloc tracked it; an exact dict starts untracked (see
     * maintain_tracking), subclass instances stay tracked as in CPython */
    if (type == &PyDict_Type)
        PyObject_GC_UnTrack(self);
    return self;
}

static int
dict_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return dict_update_common(self, _PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), NULL, kwds,
                              "dict");
}

static PyObject *
dict_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "dict expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *self = (PyTypeObject *)type == &PyDict_Type ? PyDict_New()
                                                          : dict_new((PyTypeObject *)type, NULL, NULL);
    if (self == NULL)
        return NULL;
    if (dict_update_common(self, args, nargs, kwnames, NULL, "dict") < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return self;
}

PyTypeObject PyDict_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "dict",
    .tp_basicsize = sizeof(PyDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = &dict_as_number,
    .tp_as_sequence = &dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_DICT_SUBCLASS | _Py_TPFLAGS_MATCH_SELF | Py_TPFLAGS_MAPPING,
    .tp_doc = "dict() -> new empty dictionary\n"
              "dict(mapping) -> new dictionary initialized from a mapping object's\n"
              "    (key, value) pairs\n"
              "dict(iterable) -> new dictionary initialized as if via:\n"
              "    d = {}\n"
              "    for k, v in iterable:\n"
              "        d[k] = v\n"
              "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
              "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = dict_methods,
    .tp_init = dict_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = dict_new,
    .tp_free = PyObject_GC_Del,
    .tp_vectorcall = dict_vectorcall,
};

/* ====================================================================== */
/* iterators: keys/values/items, forward and reversed */

typedef struct {
    PyObject_HEAD
    PyDictObject *di_dict; /* NULL when exhausted */
    Py_ssize_t di_used;    /* ma_used at creation: a change is an error */
    Py_ssize_t di_pos;
    PyObject *di_result;   /* a reusable (key, value) tuple for items */
    Py_ssize_t len;
} dictiterobject;

static PyObject *
dictiter_new(PyDictObject *dict, PyTypeObject *itertype)
{
    dictiterobject *di = PyObject_GC_New(dictiterobject, itertype);
    if (di == NULL)
        return NULL;
    di->di_dict = (PyDictObject *)Py_NewRef(dict);
    di->di_used = dict->ma_used;
    di->len = dict->ma_used;
    if (itertype == &PyDictRevIterKey_Type || itertype == &PyDictRevIterItem_Type ||
        itertype == &PyDictRevIterValue_Type)
        di->di_pos = dict->ma_values != NULL ? dict->ma_used - 1 : dict->ma_keys->dk_nentries - 1;
    else
        di->di_pos = 0;
    if (itertype == &PyDictIterItem_Type || itertype == &PyDictRevIterItem_Type) {
        di->di_result = PyTuple_Pack(2, Py_None, Py_None);
        if (di->di_result == NULL) {
            Py_DECREF(di);
            return NULL;
        }
    } else {
        di->di_result = NULL;
    }
    PyObject_GC_Track(di);
    return (PyObject *)di;
}

static void
dictiter_dealloc(PyObject *self)
{
    dictiterobject *di = (dictiterobject *)self;
    PyObject_GC_UnTrack(di);
    Py_XDECREF(di->di_dict);
    Py_XDECREF(di->di_result);
    PyObject_GC_Del(di);
}

static int
dictiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    dictiterobject *di = (dictiterobject *)self;
    Py_VISIT(di->di_dict);
    Py_VISIT(di->di_result);
    return 0;
}

static PyObject *
dictiter_len(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    dictiterobject *di = (dictiterobject *)self;
    Py_ssize_t len = 0;
    if (di->di_dict != NULL && di->di_used == di->di_dict->ma_used)
        len = di->len;
    return PyLong_FromSize_t((size_t)len);
}

static PyObject *
dictiter_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    dictiterobject *di = (dictiterobject *)self;
    dictiterobject *copy = PyObject_GC_New(dictiterobject, Py_TYPE(self));
    if (copy == NULL)
        return NULL;
    copy->di_dict = (PyDictObject *)Py_XNewRef(di->di_dict);
    copy->di_used = di->di_used;
    copy->di_pos = di->di_pos;
    copy->len = di->len;
    copy->di_result = NULL;
    if (di->di_result != NULL) {
        copy->di_result = PyTuple_Pack(2, Py_None, Py_None);
        if (copy->di_result == NULL) {
            Py_DECREF(copy);
            return NULL;
        }
    }
    PyObject_GC_Track(copy);
    return _KrIter_ReduceRemaining((PyObject *)copy);
}

static PyMethodDef dictiter_methods[] = {
    {"__length_hint__", (PyCFunction)dictiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", (PyCFunction)dictiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

/* Scan a combined table's entries of type T from position *ppos for the
 * next one with a value; the kind test is done once per step, not once
 * per field read. */
#define SCAN_ENTRIES(T, dk, i, n, ppos, pkey, pvalue)                          \
    do {                                                                       \
        T *ep_ = (T *)_DK_ENTRIES_START(dk) + (i);                             \
        while ((i) < (n) && ep_->me_value == NULL) {                           \
            (i)++;                                                             \
            ep_++;                                                             \
        }                                                                      \
        if ((i) < (n)) {                                                       \
            *(ppos) = (i) + 1;                                                 \
            *(pkey) = ep_->me_key;                                             \
            *(pvalue) = ep_->me_value;                                         \
        }                                                                      \
    } while (0)

/* Advance to the next live entry; 1 with its key and value (borrowed) in
 * *pkey and *pvalue, 0 at the end, -1 with RuntimeError when the dict
 * changed.  Inlined into each iterator so `reverse` is a constant. */
static Py_ALWAYS_INLINE inline int
dictiter_advance(dictiterobject *di, const int reverse, PyObject **pkey, PyObject **pvalue)
{
    PyDictObject *d = di->di_dict;
    if (d == NULL)
        return 0;
    if (di->di_used != d->ma_used) {
        PyErr_SetString(PyExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1; /* make this state sticky */
        return -1;
    }
    PyDictKeysObject *dk = d->ma_keys;
    Py_ssize_t i = di->di_pos;
    if (!reverse && d->ma_values == NULL) {
        Py_ssize_t n = dk->dk_nentries;
        if (i < 0 || i >= n)
            goto fail;
        if (DK_IS_UNICODE(dk))
            SCAN_ENTRIES(PyDictUnicodeEntry, dk, i, n, &di->di_pos, pkey, pvalue);
        else
            SCAN_ENTRIES(PyDictKeyEntry, dk, i, n, &di->di_pos, pkey, pvalue);
        if (i >= n)
            goto fail;
        goto found;
    }
    if (!reverse) {
        i = dict_next_entry(d, &di->di_pos);
        if (i < 0)
            goto fail;
    } else if (d->ma_values != NULL) {
        /* positions in order[] */
        if (i >= d->ma_values->used)
            i = d->ma_values->used - 1;
        if (i < 0)
            goto fail;
        di->di_pos = i - 1;
        i = d->ma_values->order[i];
    } else {
        if (i >= dk->dk_nentries)
            i = dk->dk_nentries - 1;
        while (i >= 0 && ENTRY_VALUE(dk, i) == NULL)
            i--;
        if (i < 0)
            goto fail;
        di->di_pos = i - 1;
    }
    *pkey = ENTRY_KEY(dk, i);
    *pvalue = dict_value_at(d, i);
found:
    /* found a key though every expected one was produced already */
    if (di->len == 0) {
        PyErr_SetString(PyExc_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    di->len--;
    return 1;
fail:
    di->di_dict = NULL;
    Py_DECREF(d);
    return PyErr_Occurred() ? -1 : 0;
}

static Py_ALWAYS_INLINE inline PyObject *
iter_key_common(PyObject *self, const int reverse)
{
    PyObject *key, *value;
    if (dictiter_advance((dictiterobject *)self, reverse, &key, &value) <= 0)
        return NULL;
    return Py_NewRef(key);
}

static Py_ALWAYS_INLINE inline PyObject *
iter_value_common(PyObject *self, const int reverse)
{
    PyObject *key, *value;
    if (dictiter_advance((dictiterobject *)self, reverse, &key, &value) <= 0)
        return NULL;
    return Py_NewRef(value);
}

static Py_ALWAYS_INLINE inline PyObject *
iter_item_common(PyObject *self, const int reverse)
{
    dictiterobject *di = (dictiterobject *)self;
    PyObject *key, *value;
    if (dictiter_advance(di, reverse, &key, &value) <= 0)
        return NULL;
    Py_INCREF(key);
    Py_INCREF(value);
    PyObject *result = di->di_result;
    if (Py_REFCNT(result) == 1) {
        /* nobody kept the previous tuple: refill it */
        PyObject *oldkey = PyTuple_GET_ITEM(result, 0);
        PyObject *oldvalue = PyTuple_GET_ITEM(result, 1);
        PyTuple_SET_ITEM(result, 0, key);
        PyTuple_SET_ITEM(result, 1, value);
        Py_INCREF(result);
        Py_DECREF(oldkey);
        Py_DECREF(oldvalue);
        if (!_PyObject_GC_IS_TRACKED(result))
            PyObject_GC_Track(result);
        return result;
    }
    result = PyTuple_New(2);
    if (result == NULL) {
        Py_DECREF(key);
        Py_DECREF(value);
        return NULL;
    }
    PyTuple_SET_ITEM(result, 0, key);
    PyTuple_SET_ITEM(result, 1, value);
    return result;
}

static PyObject *dictiter_iternextkey(PyObject *s) { return iter_key_common(s, 0); }
static PyObject *dictiter_iternextvalue(PyObject *s) { return iter_value_common(s, 0); }
static PyObject *dictiter_iternextitem(PyObject *s) { return iter_item_common(s, 0); }
static PyObject *dictreviter_iternextkey(PyObject *s) { return iter_key_common(s, 1); }
static PyObject *dictreviter_iternextvalue(PyObject *s) { return iter_value_common(s, 1); }
static PyObject *dictreviter_iternextitem(PyObject *s) { return iter_item_common(s, 1); }

#define DICTITER_TYPE(cname, pyname, nextfn)                                   \
    PyTypeObject cname = {                                                     \
        PyVarObject_HEAD_INIT(&PyType_Type, 0)                                 \
        .tp_name = pyname,                                                     \
        .tp_basicsize = sizeof(dictiterobject),                                \
        .tp_dealloc = dictiter_dealloc,                                        \
        .tp_getattro = PyObject_GenericGetAttr,                                \
        .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,                   \
        .tp_traverse = dictiter_traverse,                                      \
        .tp_iter = PyObject_SelfIter,                                          \
        .tp_iternext = nextfn,                                                 \
        .tp_methods = dictiter_methods,                                        \
    };

DICTITER_TYPE(PyDictIterKey_Type, "dict_keyiterator", dictiter_iternextkey)
DICTITER_TYPE(PyDictIterValue_Type, "dict_valueiterator", dictiter_iternextvalue)
DICTITER_TYPE(PyDictIterItem_Type, "dict_itemiterator", dictiter_iternextitem)
DICTITER_TYPE(PyDictRevIterKey_Type, "dict_reversekeyiterator", dictreviter_iternextkey)
DICTITER_TYPE(PyDictRevIterValue_Type, "dict_reversevalueiterator", dictreviter_iternextvalue)
DICTITER_TYPE(PyDictRevIterItem_Type, "dict_reverseitemiterator", dictreviter_iternextitem)

/* ====================================================================== */
/* views */

typedef struct {
    PyObject_HEAD
    PyDictObject *dv_dict;
} _PyDictViewObject;

#define PyDictKeys_Check(op) PyObject_TypeCheck((op), &PyDictKeys_Type)
#define PyDictItems_Check(op) PyObject_TypeCheck((op), &PyDictItems_Type)
#define PyDictViewSet_Check(op) (PyDictKeys_Check(op) || PyDictItems_Check(op))

PyObject *
_PyDictView_New(PyObject *dict, PyTypeObject *type)
{
    if (dict == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (!PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError, "%s() requires a dict argument, not '%s'",
                     type->tp_name, Py_TYPE(dict)->tp_name);
        return NULL;
    }
    _PyDictViewObject *dv = PyObject_GC_New(_PyDictViewObject, type);
    if (dv == NULL)
        return NULL;
    dv->dv_dict = (PyDictObject *)Py_NewRef(dict);
    PyObject_GC_Track(dv);
    return (PyObject *)dv;
}

static void
dictview_dealloc(PyObject *self)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    PyObject_GC_UnTrack(dv);
    Py_XDECREF(dv->dv_dict);
    PyObject_GC_Del(dv);
}

static int
dictview_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((_PyDictViewObject *)self)->dv_dict);
    return 0;
}

static Py_ssize_t
dictview_len(PyObject *self)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    return dv->dv_dict ? dv->dv_dict->ma_used : 0;
}

static PyObject *
dictview_repr(PyObject *self)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    int rc = Py_ReprEnter(self);
    if (rc != 0)
        return rc > 0 ? PyUnicode_FromString("...") : NULL;
    PyObject *result = NULL;
    PyObject *seq = PySequence_List(self);
    if (seq != NULL) {
        result = PyUnicode_FromFormat("%s(%R)", _PyType_Name(Py_TYPE(dv)), seq);
        Py_DECREF(seq);
    }
    Py_ReprLeave(self);
    return result;
}

/* every element of self is in other */
static int
all_contained_in(PyObject *self, PyObject *other)
{
    PyObject *iter = PyObject_GetIter(self);
    if (iter == NULL)
        return -1;
    int ok = 1;
    for (;;) {
        PyObject *next = PyIter_Next(iter);
        if (next == NULL) {
            if (PyErr_Occurred())
                ok = -1;
            break;
        }
        ok = PySequence_Contains(other, next);
        Py_DECREF(next);
        if (ok <= 0)
            break;
    }
    Py_DECREF(iter);
    return ok;
}

static PyObject *
dictview_richcompare(PyObject *self, PyObject *other, int op)
{
    if (!PyAnySet_Check(other) && !PyDictViewSet_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t len_self = PyObject_Size(self);
    if (len_self < 0)
        return NULL;
    Py_ssize_t len_other = PyObject_Size(other);
    if (len_other < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case Py_NE:
    case Py_EQ:
        if (len_self == len_other)
            ok = all_contained_in(self, other);
        if (op == Py_NE && ok >= 0)
            ok = !ok;
        break;
    case Py_LT:
        if (len_self < len_other)
            ok = all_contained_in(self, other);
        break;
    case Py_LE:
        if (len_self <= len_other)
            ok = all_contained_in(self, other);
        break;
    case Py_GT:
        if (len_self > len_other)
            ok = all_contained_in(other, self);
        break;
    case Py_GE:
        if (len_self >= len_other)
            ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0)
        return NULL;
    return PyBool_FromLong(ok);
}

/* set(self) for a binary operator; self may be the other operand when
 * the view is on the right.  A keys view of an exact dict goes through
 * the dict itself, which lets PySet_New size the table up front (and so
 * decides the order the result iterates in, as in CPython). */
static PyObject *
dictviews_to_set(PyObject *self)
{
    PyObject *left = self;
    if (PyDictKeys_Check(self)) {
        PyObject *dict = (PyObject *)((_PyDictViewObject *)self)->dv_dict;
        if (PyDict_CheckExact(dict))
            left = dict;
    }
    return PySet_New(left);
}

/* set(self), then an in-place set method applied with `other` */
static PyObject *
dictviews_to_set_op(PyObject *self, PyObject *other, PyObject *method)
{
    PyObject *result = dictviews_to_set(self);
    if (result == NULL)
        return NULL;
    PyObject *tmp = PyObject_CallMethodOneArg(result, method, other);
    if (tmp == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    Py_DECREF(tmp);
    return result;
}

static int dictkeys_contains(PyObject *self, PyObject *obj);
static int dictitems_contains(PyObject *self, PyObject *obj);

static PyObject *
dictviews_sub(PyObject *self, PyObject *other)
{
    return dictviews_to_set_op(self, other, _Py_ID(difference_update));
}

static PyObject *
dictviews_and(PyObject *self, PyObject *other)
{
    /* make self the view */
    if (!PyDictViewSet_Check(self)) {
        PyObject *t = self;
        self = other;
        other = t;
    }
    Py_ssize_t len_self = dictview_len(self);
    if (PySet_CheckExact(other)) {
        Py_ssize_t len_other = PySet_GET_SIZE(other);
        if (len_self <= len_other)
            return PyObject_CallMethodOneArg(other, _Py_ID(intersection), self);
    }
    if (PyDictViewSet_Check(other)) {
        Py_ssize_t len_other = dictview_len(other);
        if (len_other > len_self) {
            PyObject *t = self;
            self = other;
            other = t;
        }
    }
    PyObject *result = PySet_New(NULL);
    if (result == NULL)
        return NULL;
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    int (*contains)(PyObject *, PyObject *) =
        PyDictKeys_Check(self) ? dictkeys_contains : dictitems_contains;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int rv = contains(self, key);
        if (rv < 0 || (rv > 0 && PySet_Add(result, key) < 0)) {
            Py_DECREF(key);
            Py_DECREF(it);
            Py_DECREF(result);
            return NULL;
        }
        Py_DECREF(key);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *
dictviews_or(PyObject *self, PyObject *other)
{
    PyObject *result = dictviews_to_set(self);
    if (result == NULL)
        return NULL;
    if (_PySet_Update(result, other) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *
dictviews_xor(PyObject *self, PyObject *other)
{
    return dictviews_to_set_op(self, other, _Py_ID(symmetric_difference_update));
}

static PyNumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

static PyObject *
dictviews_isdisjoint(PyObject *self, PyObject *other)
{
    if (self == other) {
        if (dictview_len(self) == 0)
            Py_RETURN_TRUE;
        Py_RETURN_FALSE;
    }
    /* iterate over the shorter one when both have a known size */
    if (PyAnySet_Check(other) || PyDictViewSet_Check(other)) {
        Py_ssize_t len_self = dictview_len(self);
        Py_ssize_t len_other = PyObject_Size(other);
        if (len_other == -1)
            return NULL;
        if (len_other > len_self) {
            PyObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL)
        return NULL;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        int contains = PySequence_Contains(self, item);
        Py_DECREF(item);
        if (contains == -1) {
            Py_DECREF(it);
            return NULL;
        }
        if (contains) {
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
dictview_mapping(PyObject *view, void *Py_UNUSED(ignored))
{
    return PyDictProxy_New((PyObject *)((_PyDictViewObject *)view)->dv_dict);
}

static PyGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL,
     "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* keys view */

static PyObject *
dictkeys_iter(PyObject *self)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        Py_RETURN_NONE;
    return dictiter_new(dv->dv_dict, &PyDictIterKey_Type);
}

static int
dictkeys_contains(PyObject *self, PyObject *obj)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        return 0;
    return PyDict_Contains((PyObject *)dv->dv_dict, obj);
}

static PyObject *
dictkeys_reversed(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        Py_RETURN_NONE;
    return dictiter_new(dv->dv_dict, &PyDictRevIterKey_Type);
}

static PySequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};

static PyMethodDef dictkeys_methods[] = {
    {"isdisjoint", (PyCFunction)dictviews_isdisjoint, METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", (PyCFunction)dictkeys_reversed, METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyDictKeys_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(_PyDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictkeys_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictkeys_iter,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
};

/* items view */

static PyObject *
dictitems_iter(PyObject *self)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        Py_RETURN_NONE;
    return dictiter_new(dv->dv_dict, &PyDictIterItem_Type);
}

static int
dictitems_contains(PyObject *self, PyObject *obj)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        return 0;
    if (!PyTuple_Check(obj) || PyTuple_GET_SIZE(obj) != 2)
        return 0;
    PyObject *key = PyTuple_GET_ITEM(obj, 0);
    PyObject *value = PyTuple_GET_ITEM(obj, 1);
    PyObject *found = PyDict_GetItemWithError((PyObject *)dv->dv_dict, key);
    if (found == NULL)
        return PyErr_Occurred() ? -1 : 0;
    Py_INCREF(found);
    int result = PyObject_RichCompareBool(found, value, Py_EQ);
    Py_DECREF(found);
    return result;
}

static PyObject *
dictitems_reversed(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        Py_RETURN_NONE;
    return dictiter_new(dv->dv_dict, &PyDictRevIterItem_Type);
}

static PySequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

static PyMethodDef dictitems_methods[] = {
    {"isdisjoint", (PyCFunction)dictviews_isdisjoint, METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", (PyCFunction)dictitems_reversed, METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyDictItems_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(_PyDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictitems_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictitems_iter,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
};

/* values view (not set-like) */

static PyObject *
dictvalues_iter(PyObject *self)
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        Py_RETURN_NONE;
    return dictiter_new(dv->dv_dict, &PyDictIterValue_Type);
}

static PyObject *
dictvalues_reversed(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    _PyDictViewObject *dv = (_PyDictViewObject *)self;
    if (dv->dv_dict == NULL)
        Py_RETURN_NONE;
    return dictiter_new(dv->dv_dict, &PyDictRevIterValue_Type);
}

static PySequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};

static PyMethodDef dictvalues_methods[] = {
    {"__reversed__", (PyCFunction)dictvalues_reversed, METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyDictValues_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(_PyDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_sequence = &dictvalues_as_sequence,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_iter = dictvalues_iter,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
};
