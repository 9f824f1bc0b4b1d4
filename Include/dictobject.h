/* dict (Objects/dictobject.c): compact and ordered.
 *
 * A dict has an index table (open addressing, perturbed probing) pointing
 * into a dense array of entries kept in insertion order; it grows when
 * two thirds full.  Instances of one class may share their keys object
 * (PEP 412).  ma_version_tag changes on every mutation, for the caches of
 * the specializing interpreter. */
#ifndef Py_DICTOBJECT_H
#define Py_DICTOBJECT_H
#include "object.h"
typedef struct _dictkeysobject PyDictKeysObject;
typedef struct _dictvalues PyDictValues;
typedef struct {
    PyObject_HEAD
    Py_ssize_t ma_used;
    uint64_t ma_version_tag;
    PyDictKeysObject *ma_keys;
    PyDictValues *ma_values; /* NULL for a combined table */
} PyDictObject;
extern PyTypeObject PyDict_Type;
extern PyTypeObject PyDictKeys_Type;
extern PyTypeObject PyDictValues_Type;
extern PyTypeObject PyDictItems_Type;
extern PyTypeObject PyDictIterKey_Type;
extern PyTypeObject PyDictIterValue_Type;
extern PyTypeObject PyDictIterItem_Type;
extern PyTypeObject PyDictRevIterKey_Type;
extern PyTypeObject PyDictRevIterValue_Type;
extern PyTypeObject PyDictRevIterItem_Type;
#define PyDict_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(op) Py_IS_TYPE((op), &PyDict_Type)
#define PyDict_GET_SIZE(mp) (((PyDictObject *)(mp))->ma_used)
PyObject *PyDict_New(void);
PyObject *PyDict_GetItem(PyObject *mp, PyObject *key); /* borrowed; swallows errors */
PyObject *PyDict_GetItemWithError(PyObject *mp, PyObject *key); /* borrowed */
PyObject *_PyDict_GetItemWithError(PyObject *dp, PyObject *key); /* borrowed */
PyObject *PyDict_GetItemString(PyObject *dp, const char *key); /* borrowed */
PyObject *_PyDict_GetItem_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash); /* borrowed */
int PyDict_GetItemRef(PyObject *mp, PyObject *key, PyObject **result); /* 1 found (new ref), 0 missing, -1 error */
int PyDict_SetItem(PyObject *mp, PyObject *key, PyObject *item);
int PyDict_SetItemString(PyObject *dp, const char *key, PyObject *item);
int _PyDict_SetItem_KnownHash(PyObject *mp, PyObject *key, PyObject *item, Py_hash_t hash);
int _PyDict_SetItem_Take2(PyDictObject *op, PyObject *key, PyObject *value); /* steals both */
int PyDict_DelItem(PyObject *mp, PyObject *key);
int PyDict_DelItemString(PyObject *dp, const char *key);
int _PyDict_DelItemIf(PyObject *mp, PyObject *key, int (*predicate)(PyObject *value));
void PyDict_Clear(PyObject *mp);
int PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key, PyObject **value); /* borrowed */
int _PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key, PyObject **value, Py_hash_t *hash);
PyObject *PyDict_Keys(PyObject *mp);
PyObject *PyDict_Values(PyObject *mp);
PyObject *PyDict_Items(PyObject *mp);
Py_ssize_t PyDict_Size(PyObject *mp);
PyObject *PyDict_Copy(PyObject *mp);
int PyDict_Contains(PyObject *mp, PyObject *key);
int _PyDict_Contains_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash);
int PyDict_Update(PyObject *mp, PyObject *other);
int PyDict_Merge(PyObject *mp, PyObject *other, int override);
int PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override);
PyObject *PyDict_SetDefault(PyObject *mp, PyObject *key, PyObject *defaultobj); /* borrowed */
PyObject *_PyDict_Pop(PyObject *dict, PyObject *key, PyObject *deflt);
PyObject *_PyDict_Pop_KnownHash(PyObject *dict, PyObject *key, Py_hash_t hash, PyObject *deflt);
PyObject *_PyDict_NewPresized(Py_ssize_t minused);
PyObject *_PyDict_FromItems(PyObject *const *keys, Py_ssize_t keys_offset, PyObject *const *values, Py_ssize_t values_offset, Py_ssize_t length);
int _PyDict_HasOnlyStringKeys(PyObject *mp);
Py_ssize_t _PyDict_SizeOf(PyDictObject *);
PyObject *_PyDictView_New(PyObject *, PyTypeObject *);
/* Look a name up in globals then builtins (LOAD_GLOBAL). Borrowed; NULL
 * without an exception when missing in both. */
PyObject *_PyDict_LoadGlobal(PyDictObject *globals, PyDictObject *builtins, PyObject *key);
#endif
