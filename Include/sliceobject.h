/* slice and Ellipsis (Objects/sliceobject.c). */
#ifndef Py_SLICEOBJECT_H
#define Py_SLICEOBJECT_H
#include "object.h"
typedef struct { PyObject_HEAD PyObject *start, *stop, *step; } PySliceObject;
extern PyTypeObject PySlice_Type;
extern PyTypeObject PyEllipsis_Type;
#define PySlice_Check(op) Py_IS_TYPE((op), &PySlice_Type)
PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step);
PyObject *_PySlice_FromIndices(Py_ssize_t start, Py_ssize_t stop);
int PySlice_GetIndicesEx(PyObject *slice, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *slicelength);
int PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);
Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step);
int _PySlice_GetLongIndices(PySliceObject *self, PyObject *length, PyObject **start_ptr, PyObject **stop_ptr, PyObject **step_ptr);
int _PyEval_SliceIndex(PyObject *, Py_ssize_t *);
int _PyEval_SliceIndexNotNone(PyObject *, Py_ssize_t *);
#endif
