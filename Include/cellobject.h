/* Cells hold variables shared between a function and its closures
 * (Objects/cellobject.c). */
#ifndef Py_CELLOBJECT_H
#define Py_CELLOBJECT_H
#include "object.h"
typedef struct { PyObject_HEAD PyObject *ob_ref; /* NULL: empty */ } PyCellObject;
extern PyTypeObject PyCell_Type;
#define PyCell_Check(op) Py_IS_TYPE((op), &PyCell_Type)
#define PyCell_GET(op) (((PyCellObject *)(op))->ob_ref)
#define PyCell_SET(op, v) ((void)(((PyCellObject *)(op))->ob_ref = (v)))
PyObject *PyCell_New(PyObject *);
PyObject *PyCell_Get(PyObject *);
int PyCell_Set(PyObject *, PyObject *);
#endif
