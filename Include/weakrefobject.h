/* Weak references (Objects/weakrefobject.c). */
#ifndef Py_WEAKREFOBJECT_H
#define Py_WEAKREFOBJECT_H
#include "object.h"
typedef struct _PyWeakReference PyWeakReference;
struct _PyWeakReference {
    PyObject_HEAD
    PyObject *wr_object; /* Py_None once the referent is gone */
    PyObject *wr_callback;
    Py_hash_t hash;
    PyWeakReference *wr_prev;
    PyWeakReference *wr_next;
    vectorcallfunc vectorcall;
};
extern PyTypeObject _PyWeakref_RefType;
extern PyTypeObject _PyWeakref_ProxyType;
extern PyTypeObject _PyWeakref_CallableProxyType;
#define PyWeakref_CheckRef(op) PyObject_TypeCheck((op), &_PyWeakref_RefType)
#define PyWeakref_CheckRefExact(op) Py_IS_TYPE((op), &_PyWeakref_RefType)
#define PyWeakref_CheckProxy(op) (Py_IS_TYPE((op), &_PyWeakref_ProxyType) || Py_IS_TYPE((op), &_PyWeakref_CallableProxyType))
#define PyWeakref_Check(op) (PyWeakref_CheckRef(op) || PyWeakref_CheckProxy(op))
PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback);
PyObject *PyWeakref_GetObject(PyObject *ref); /* borrowed */
/* A referent whose count reached zero is dead even if its weak references
 * are not cleared yet (its dealloc may sit in the trashcan's queue): such
 * a reference already answers None, so the dead object never escapes. */
#define PyWeakref_GET_OBJECT(ref) \
    (Py_REFCNT(((PyWeakReference *)(ref))->wr_object) > 0 \
         ? ((PyWeakReference *)(ref))->wr_object : Py_None)
Py_ssize_t _PyWeakref_GetWeakrefCount(PyWeakReference *head);
void _PyWeakref_ClearRef(PyWeakReference *self);
/* The collector's use: clear all weak references to an unreachable object;
 * returns a list of (weakref, callback) pairs still to call, or NULL. */
PyObject *_KrWeakref_ClearForGC(PyObject *object);
#endif
