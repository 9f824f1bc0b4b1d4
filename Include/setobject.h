/* set and frozenset (Objects/setobject.c): open addressing with CPython's
 * linear-probe-then-perturb scheme, so that iteration order matches. */
#ifndef Py_SETOBJECT_H
#define Py_SETOBJECT_H
#include "object.h"
#define PySet_MINSIZE 8
typedef struct { PyObject *key; Py_hash_t hash; } setentry;
typedef struct {
    PyObject_HEAD
    Py_ssize_t fill;   /* active + dummy entries */
    Py_ssize_t used;   /* active entries */
    Py_ssize_t mask;   /* table size - 1 (a power of two minus one) */
    setentry *table;   /* smalltable, or a PyMem allocation */
    Py_hash_t hash;    /* frozenset only; -1 until computed */
    Py_ssize_t finger; /* where pop() looks next */
    setentry smalltable[PySet_MINSIZE];
    PyObject *weakreflist;
} PySetObject;
extern PyTypeObject PySet_Type;
extern PyTypeObject PyFrozenSet_Type;
extern PyTypeObject PySetIter_Type;
#define PyFrozenSet_CheckExact(ob) Py_IS_TYPE((ob), &PyFrozenSet_Type)
#define PyFrozenSet_Check(ob) (Py_IS_TYPE((ob), &PyFrozenSet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type))
#define PyAnySet_CheckExact(ob) (Py_IS_TYPE((ob), &PySet_Type) || Py_IS_TYPE((ob), &PyFrozenSet_Type))
#define PyAnySet_Check(ob) (PyAnySet_CheckExact(ob) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type))
#define PySet_CheckExact(op) Py_IS_TYPE((op), &PySet_Type)
#define PySet_Check(ob) (Py_IS_TYPE((ob), &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type))
#define PySet_GET_SIZE(so) (((PySetObject *)(so))->used)
PyObject *PySet_New(PyObject *);
PyObject *PyFrozenSet_New(PyObject *);
int PySet_Add(PyObject *set, PyObject *key);
int PySet_Clear(PyObject *set);
int PySet_Contains(PyObject *anyset, PyObject *key);
int PySet_Discard(PyObject *set, PyObject *key);
PyObject *PySet_Pop(PyObject *set);
Py_ssize_t PySet_Size(PyObject *anyset);
int _PySet_Update(PyObject *set, PyObject *iterable);
int _PySet_NextEntry(PyObject *set, Py_ssize_t *pos, PyObject **key, Py_hash_t *hash); /* borrowed */
#endif
