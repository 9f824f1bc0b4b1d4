/* Instances whose class manages their __dict__ (Py_TPFLAGS_MANAGED_DICT):
 * attribute values inline, keys shared through the class.  Design in
 * docs/internals/instances.md; code in Objects/instancevalues.c. */
#ifndef KR_INSTANCE_H
#define KR_INSTANCE_H
#include "Python.h"
#include "kr_dict.h"

/* One instance's attribute values, indexed like the class's shared keys;
 * the same array becomes the values of the instance's split __dict__
 * (struct _dictvalues in kr_dict.h). */
typedef PyDictValues KrInstanceValues;

/* Two words in front of the PyGC_Head: [values][dict][gc head][object].
 * At most one of them is non-NULL at any time. */
#define KR_MANAGED_PREHEADER (2 * sizeof(PyObject *))

static inline PyObject **
_KrObject_ManagedDictPtr(PyObject *obj)
{
    return (PyObject **)obj - 3;
}

static inline KrInstanceValues **
_KrObject_ValuesPtr(PyObject *obj)
{
    return (KrInstanceValues **)obj - 4;
}

static inline int
_KrType_HasManagedDict(PyTypeObject *tp)
{
    return (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) != 0;
}

/* Bytes in front of an object of type tp: the GC head and the pre-header. */
static inline size_t
_KrType_PreHeaderSize(PyTypeObject *tp)
{
    return (PyType_IS_GC(tp) ? sizeof(PyGC_Head) : 0) +
           (_KrType_HasManagedDict(tp) ? KR_MANAGED_PREHEADER : 0);
}

/* Put value (a new reference is taken) at index ix of values, recording
 * a newly present attribute in the order; returns the old value (a
 * reference the caller must release) or NULL. */
static inline PyObject *
_KrValues_Replace(KrInstanceValues *values, Py_ssize_t ix, PyObject *value)
{
    PyObject *old = values->values[ix];
    values->values[ix] = Py_NewRef(value);
    if (old == NULL)
        values->order[values->used++] = (uint8_t)ix;
    return old;
}

/* Forget index ix in the order (its value has just been removed). */
static inline void
_KrValues_RemoveFromOrder(KrInstanceValues *values, Py_ssize_t ix)
{
    for (int i = 0; i < values->used; i++) {
        if (values->order[i] == ix) {
            memmove(&values->order[i], &values->order[i + 1], (size_t)(values->used - i - 1));
            values->used--;
            return;
        }
    }
}

/* A new values array with room for `capacity` values, all NULL. */
KrInstanceValues *_KrValues_New(Py_ssize_t capacity);
/* Memory for a GC object of type tp with its pre-header (zeroed) in
 * front (Python/runtime/gc.c). */
PyObject *_KrObject_GC_MallocFor(PyTypeObject *tp, size_t basicsize);
/* Called on a new, zeroed instance: give it values sized for the class's
 * shared keys (none if the class has no shared keys). 0 or -1. */
int _KrObject_InitInlineValues(PyObject *obj, PyTypeObject *tp);
/* Borrowed value of the attribute `name` (an exact str) held inline, or
 * NULL if the instance has no such attribute. */
PyObject *_KrObject_GetInlineAttr(PyObject *obj, KrInstanceValues *values, PyObject *name);
/* Store (value != NULL) or delete an attribute inline.  0 done, -1 error,
 * 1 cannot be held inline: the dict has been made and the caller must use
 * it, 2 deleting an attribute the instance doesn't have. */
int _KrObject_StoreInlineAttr(PyObject *obj, KrInstanceValues *values, PyObject *name,
                              PyObject *value);
/* The instance's dict, made from its inline values if need be (borrowed;
 * NULL with an exception on memory error). */
PyObject *_KrObject_MaterializeDict(PyObject *obj);
/* Drop the inline values (decref them, free the array). */
void _KrObject_FreeInlineValues(PyObject *obj);
/* tp_clear: drop the values and the dict. */
void _KrObject_ClearManagedDict(PyObject *obj);
/* tp_traverse: the values (in key order) or the dict. */
int _KrObject_VisitManagedDict(PyObject *obj, visitproc visit, void *arg);

/* Shared keys (Objects/dictobject.c). */
PyDictKeysObject *_KrDictKeys_NewShared(void);
void _KrDictKeys_DecRef(PyDictKeysObject *keys);
/* Reserve for a new instance: how many values it should have room for. */
Py_ssize_t _KrDictKeys_SharedCapacity(PyDictKeysObject *keys);
/* Index of str key `name`, adding it if there is room; DKIX_EMPTY if full
 * or not an exact str. */
Py_ssize_t _KrDictKeys_SharedInsert(PyDictKeysObject *keys, PyObject *name);
/* The key at index ix (borrowed). */
PyObject *_KrDictKeys_SharedKey(PyDictKeysObject *keys, Py_ssize_t ix);
#endif
