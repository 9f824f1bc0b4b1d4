/* Complex numbers (Objects/complexobject.c). */
#ifndef Py_COMPLEXOBJECT_H
#define Py_COMPLEXOBJECT_H
#include "object.h"
typedef struct { double real; double imag; } Py_complex;
typedef struct { PyObject_HEAD Py_complex cval; } PyComplexObject;
extern PyTypeObject PyComplex_Type;
#define PyComplex_Check(op) PyObject_TypeCheck((op), &PyComplex_Type)
#define PyComplex_CheckExact(op) Py_IS_TYPE((op), &PyComplex_Type)
PyObject *PyComplex_FromCComplex(Py_complex);
PyObject *PyComplex_FromDoubles(double real, double imag);
double PyComplex_RealAsDouble(PyObject *op);
double PyComplex_ImagAsDouble(PyObject *op);
Py_complex PyComplex_AsCComplex(PyObject *op);
Py_complex _Py_c_sum(Py_complex, Py_complex);
Py_complex _Py_c_diff(Py_complex, Py_complex);
Py_complex _Py_c_neg(Py_complex);
Py_complex _Py_c_prod(Py_complex, Py_complex);
Py_complex _Py_c_quot(Py_complex, Py_complex);
Py_complex _Py_c_pow(Py_complex, Py_complex);
double _Py_c_abs(Py_complex);
#endif
