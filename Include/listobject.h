/* list (Objects/listobject.c): an over-allocated array of pointers;
 * sort() is a stable natural merge sort (timsort). */
#ifndef Py_LISTOBJECT_H
#define Py_LISTOBJECT_H
#include "object.h"
typedef struct {
    PyObject_VAR_HEAD
    PyObject **ob_item;   /* ob_item[0 .. ob_size-1] are the elements */
    Py_ssize_t allocated; /* 0 <= ob_size <= allocated */
} PyListObject;
extern PyTypeObject PyList_Type;
extern PyTypeObject PyListIter_Type;
extern PyTypeObject PyListRevIter_Type;
#define PyList_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS)
#define PyList_CheckExact(op) Py_IS_TYPE((op), &PyList_Type)
#define PyList_GET_SIZE(op) Py_SIZE(op)
#define PyList_GET_ITEM(op, i) (((PyListObject *)(op))->ob_item[i])
#define PyList_SET_ITEM(op, i, v) ((void)(((PyListObject *)(op))->ob_item[i] = _PyObject_CAST(v)))
PyObject *PyList_New(Py_ssize_t size);
Py_ssize_t PyList_Size(PyObject *);
PyObject *PyList_GetItem(PyObject *, Py_ssize_t); /* borrowed */
int PyList_SetItem(PyObject *, Py_ssize_t, PyObject *); /* steals */
int PyList_Insert(PyObject *, Py_ssize_t, PyObject *);
int PyList_Append(PyObject *, PyObject *);
PyObject *PyList_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
int PyList_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
int PyList_Sort(PyObject *);
int PyList_Reverse(PyObject *);
PyObject *PyList_AsTuple(PyObject *);
PyObject *_PyList_Extend(PyListObject *, PyObject *);
PyObject *_PyList_FromArraySteal(PyObject *const *src, Py_ssize_t n);
int _PyList_AppendTakeRef(PyListObject *, PyObject *); /* steals */
#endif
