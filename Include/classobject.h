/* Bound methods (Objects/classobject.c) and instancemethod. */
#ifndef Py_CLASSOBJECT_H
#define Py_CLASSOBJECT_H
#include "object.h"
typedef struct {
    PyObject_HEAD
    PyObject *im_func;
    PyObject *im_self;
    PyObject *im_weakreflist;
    vectorcallfunc vectorcall;
} PyMethodObject;
extern PyTypeObject PyMethod_Type;
extern PyTypeObject PyInstanceMethod_Type;
#define PyMethod_Check(op) Py_IS_TYPE((op), &PyMethod_Type)
#define PyMethod_GET_FUNCTION(m) (((PyMethodObject *)(m))->im_func)
#define PyMethod_GET_SELF(m) (((PyMethodObject *)(m))->im_self)
PyObject *PyMethod_New(PyObject *func, PyObject *self);
PyObject *PyMethod_Function(PyObject *);
PyObject *PyMethod_Self(PyObject *);
PyObject *PyInstanceMethod_New(PyObject *);
#endif
