/* bool: a subclass of int with two instances (Objects/boolobject.c). */
#ifndef Py_BOOLOBJECT_H
#define Py_BOOLOBJECT_H
#include "longobject.h"
extern PyTypeObject PyBool_Type;
extern struct _longobject _Py_FalseStruct;
extern struct _longobject _Py_TrueStruct;
#define Py_False ((PyObject *)&_Py_FalseStruct)
#define Py_True ((PyObject *)&_Py_TrueStruct)
#define PyBool_Check(x) Py_IS_TYPE((x), &PyBool_Type)
#define Py_IsTrue(x) Py_Is((x), Py_True)
#define Py_IsFalse(x) Py_Is((x), Py_False)
#define Py_RETURN_TRUE return Py_NewRef(Py_True)
#define Py_RETURN_FALSE return Py_NewRef(Py_False)
PyObject *PyBool_FromLong(long);
#endif
