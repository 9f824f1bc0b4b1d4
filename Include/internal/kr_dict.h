/* Internals of dict (Objects/dictobject.c) shared with the VM, whose
 * specialized LOAD_GLOBAL / LOAD_ATTR caches look at the keys object.
 * Layout of CPython 3.11's PyDictKeysObject. */
#ifndef KR_DICT_H
#define KR_DICT_H
#include "Python.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2) /* a deleted entry: probing continues past it */
#define DKIX_ERROR (-3)

typedef enum {
    DICT_KEYS_GENERAL = 0, /* any keys: PyDictKeyEntry (hash, key, value) */
    DICT_KEYS_UNICODE = 1, /* only exact str keys: PyDictUnicodeEntry (key, value) */
    DICT_KEYS_SPLIT = 2,   /* PEP 412 shared keys of a class: str keys, values elsewhere */
} DictKeysKind;

typedef struct { Py_hash_t me_hash; PyObject *me_key; PyObject *me_value; } PyDictKeyEntry;
typedef struct { PyObject *me_key; PyObject *me_value; } PyDictUnicodeEntry;

struct _dictkeysobject {
    Py_ssize_t dk_refcnt;
    uint8_t dk_log2_size;        /* the index table has 1 << dk_log2_size slots */
    uint8_t dk_log2_index_bytes; /* its size in bytes, log2 */
    uint8_t dk_kind;             /* DictKeysKind */
    uint32_t dk_version;         /* 0 until a cache asks (_PyDictKeys_GetVersionForCurrentState) */
    Py_ssize_t dk_usable;        /* entries that may still be added before a resize */
    Py_ssize_t dk_nentries;      /* entries used so far, deleted ones included */
    char dk_indices[];           /* int8/16/32/64 indices, then the entries */
};

/* Most keys a class's shared keys object takes (CPython's number). */
#define KR_SHARED_KEYS_MAX 30

/* The values of a split table: one instance's attributes, indexed like
 * its class's shared keys (DICT_KEYS_SPLIT).  The array lives inline in
 * the instance's pre-header until a dict is made, and the dict then owns
 * it (ma_values).  order[] lists the indices of the values present, in
 * the order they were set: it is the dict's iteration order, and `used`
 * is its ma_used. */
struct _dictvalues {
    uint8_t capacity;                 /* length of values[] */
    uint8_t used;                     /* length of order[] */
    uint8_t order[KR_SHARED_KEYS_MAX];
    PyObject *values[];
};

#define DK_LOG_SIZE(dk) ((dk)->dk_log2_size)
#define DK_SIZE(dk) (((int64_t)1) << DK_LOG_SIZE(dk))
#define DK_IS_UNICODE(dk) ((dk)->dk_kind != DICT_KEYS_GENERAL)
#define _DK_ENTRIES_START(dk) ((void *)(&(dk)->dk_indices[(size_t)1 << (dk)->dk_log2_index_bytes]))
#define DK_ENTRIES(dk) ((PyDictKeyEntry *)_DK_ENTRIES_START(dk))
#define DK_UNICODE_ENTRIES(dk) ((PyDictUnicodeEntry *)_DK_ENTRIES_START(dk))

/* The version of the keys object for the specializing interpreter's
 * caches: nonzero, changes whenever a key is added or removed. */
uint32_t _PyDictKeys_GetVersionForCurrentState(PyDictKeysObject *dictkeys);
/* Index in the entries of a str key, or DKIX_EMPTY. */
Py_ssize_t _PyDictKeys_StringLookup(PyDictKeysObject *dk, PyObject *key);
/* Untrack an exact dict none of whose keys and values may be tracked
 * (called by the cycle collector, as CPython's does for young dicts). */
void _PyDict_MaybeUntrack(PyObject *op);
/* A split dict sharing `keys` (a reference is taken) and owning `values`
 * (NULL: a new empty array sized for the keys). */
PyObject *_KrDict_NewSplit(PyDictKeysObject *keys, PyDictValues *values);
#endif
