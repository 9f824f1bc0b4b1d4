/* Inline attribute values of instances (PEP 412 key sharing, laid out as
 * CPython 3.11 lays it out).
 *
 * A class statement that gives its instances a __dict__ on a base whose
 * instances have no items (tp_itemsize == 0) sets Py_TPFLAGS_MANAGED_DICT:
 * the instance struct then has no dict slot at all.  Instead two words
 * sit in front of the object's GC head,
 *
 *     [values *][dict *][PyGC_Head][PyObject_HEAD ... slots, weaklist]
 *
 * and the class owns a shared keys object (ht_cached_keys) that maps
 * attribute names to indices.  A new instance gets a values array sized
 * for the keys the class may hold; `self.x = v` finds (or adds) x in the
 * shared keys and stores v at that index, with no dict and no hashing
 * beyond the name's cached hash.  Instances of one class thus share one
 * copy of their attribute names, and the VM's attribute caches can hit a
 * value by index once they know the type (Python/vm/ceval.c).
 *
 * The dict is made only when something asks for it: `obj.__dict__`,
 * vars(), dir(), or an attribute the inline array cannot hold (the shared
 * keys are full, or the name is not an exact str).  Making it hands the
 * array to a split dict (PEP 412) that shares the class's keys; from then
 * on the dict is the only store, as for any other instance with a
 * __dict__.  At most one of the two pre-header words is non-NULL.
 *
 * The order[] bytes keep insertion order, because two instances may set
 * the same names in different orders: the shared keys fix the indices,
 * the per-instance order fixes what iterating the __dict__ shows. */
#include "Python.h"
#include "kr_dict.h"
#include "kr_instance.h"

KrInstanceValues *
_KrValues_New(Py_ssize_t capacity)
{
    if (capacity > KR_SHARED_KEYS_MAX)
        capacity = KR_SHARED_KEYS_MAX;
    size_t size = sizeof(KrInstanceValues) + (size_t)capacity * sizeof(PyObject *);
    KrInstanceValues *v = PyObject_Malloc(size);
    if (v == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memset(v, 0, size);
    v->capacity = (uint8_t)capacity;
    return v;
}

int
_KrObject_InitInlineValues(PyObject *obj, PyTypeObject *tp)
{
    PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
    if (keys == NULL)
        return 0;
    KrInstanceValues *v = _KrValues_New(_KrDictKeys_SharedCapacity(keys));
    if (v == NULL)
        return -1;
    *_KrObject_ValuesPtr(obj) = v;
    return 0;
}

static inline PyDictKeysObject *
shared_keys(PyObject *obj)
{
    return ((PyHeapTypeObject *)Py_TYPE(obj))->ht_cached_keys;
}

PyObject *
_KrObject_GetInlineAttr(PyObject *obj, KrInstanceValues *values, PyObject *name)
{
    Py_ssize_t ix = _PyDictKeys_StringLookup(shared_keys(obj), name);
    if (ix < 0 || ix >= values->capacity)
        return NULL;
    return values->values[ix];
}

int
_KrObject_StoreInlineAttr(PyObject *obj, KrInstanceValues *values, PyObject *name,
                          PyObject *value)
{
    PyDictKeysObject *keys = shared_keys(obj);
    Py_ssize_t ix;
    if (value == NULL)
        ix = _PyDictKeys_StringLookup(keys, name);
    else
        ix = _KrDictKeys_SharedInsert(keys, name);
    if (ix >= 0 && ix < values->capacity) {
        if (value != NULL) {
            Py_XDECREF(_KrValues_Replace(values, ix, value));
            return 0;
        }
        PyObject *old = values->values[ix];
        if (old == NULL)
            return 2;
        values->values[ix] = NULL;
        _KrValues_RemoveFromOrder(values, ix);
        Py_DECREF(old);
        return 0;
    }
    if (value == NULL && PyUnicode_CheckExact(name))
        return 2; /* an exact str absent from the keys is absent here */
    return _KrObject_MaterializeDict(obj) == NULL ? -1 : 1;
}

PyObject *
_KrObject_MaterializeDict(PyObject *obj)
{
    PyObject **dictptr = _KrObject_ManagedDictPtr(obj);
    if (*dictptr != NULL)
        return *dictptr;
    KrInstanceValues **vp = _KrObject_ValuesPtr(obj);
    PyObject *dict;
    if (*vp != NULL) {
        /* the dict takes the array over and shares the class's keys */
        dict = _KrDict_NewSplit(shared_keys(obj), *vp);
        if (dict == NULL)
            return NULL;
        *vp = NULL;
    }
    else {
        dict = PyDict_New();
        if (dict == NULL)
            return NULL;
    }
    *dictptr = dict;
    return dict;
}

void
_KrObject_FreeInlineValues(PyObject *obj)
{
    KrInstanceValues **vp = _KrObject_ValuesPtr(obj);
    KrInstanceValues *values = *vp;
    if (values == NULL)
        return;
    *vp = NULL;
    for (int i = 0; i < values->capacity; i++)
        Py_XDECREF(values->values[i]);
    PyObject_Free(values);
}

void
_KrObject_ClearManagedDict(PyObject *obj)
{
    _KrObject_FreeInlineValues(obj);
    Py_CLEAR(*_KrObject_ManagedDictPtr(obj));
}

int
_KrObject_VisitManagedDict(PyObject *obj, visitproc visit, void *arg)
{
    KrInstanceValues *values = *_KrObject_ValuesPtr(obj);
    if (values != NULL) {
        for (int i = 0; i < values->capacity; i++)
            Py_VISIT(values->values[i]);
    }
    Py_VISIT(*_KrObject_ManagedDictPtr(obj));
    return 0;
}
