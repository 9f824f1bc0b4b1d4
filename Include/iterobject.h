/* Generic iterators and the iterator builtins (Objects/iterobject.c,
 * Objects/enumobject.c): sequence iterator, callable iterator, enumerate,
 * reversed, zip, map, filter. */
#ifndef Py_ITEROBJECT_H
#define Py_ITEROBJECT_H
#include "object.h"
extern PyTypeObject PySeqIter_Type;
extern PyTypeObject PyCallIter_Type;
extern PyTypeObject PyEnum_Type;
extern PyTypeObject PyReversed_Type;
extern PyTypeObject PyZip_Type;
extern PyTypeObject PyMap_Type;
extern PyTypeObject PyFilter_Type;
#define PySeqIter_Check(op) Py_IS_TYPE((op), &PySeqIter_Type)
#define PyCallIter_Check(op) Py_IS_TYPE((op), &PyCallIter_Type)
PyObject *PySeqIter_New(PyObject *);
PyObject *PyCallIter_New(PyObject *, PyObject *);
#endif
