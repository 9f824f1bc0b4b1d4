/* Floating point numbers (Objects/floatobject.c). repr() is the shortest
 * string that round-trips, as in CPython. */
#ifndef Py_FLOATOBJECT_H
#define Py_FLOATOBJECT_H
#include "object.h"
typedef struct { PyObject_HEAD double ob_fval; } PyFloatObject;
extern PyTypeObject PyFloat_Type;
#define PyFloat_Check(op) PyObject_TypeCheck((op), &PyFloat_Type)
#define PyFloat_CheckExact(op) Py_IS_TYPE((op), &PyFloat_Type)
#define PyFloat_AS_DOUBLE(op) (((PyFloatObject *)(op))->ob_fval)
PyObject *PyFloat_FromDouble(double);
PyObject *PyFloat_FromString(PyObject *);
double PyFloat_AsDouble(PyObject *);
double PyFloat_GetMax(void);
double PyFloat_GetMin(void);
PyObject *PyFloat_GetInfo(void);
/* IEEE 754 binary16/32/64 in bytes, little-endian when le is non-zero
 * (CPython 3.11's API; struct's 'e', 'f' and 'd'): Pack* return -1 with
 * OverflowError for a finite x too large for the format. */
int PyFloat_Pack2(double x, char *p, int le);
int PyFloat_Pack4(double x, char *p, int le);
int PyFloat_Pack8(double x, char *p, int le);
double PyFloat_Unpack2(const char *p, int le);
double PyFloat_Unpack4(const char *p, int le);
double PyFloat_Unpack8(const char *p, int le);
/* Python/runtime/pystrtod.c: shortest round-trip formatting and parsing */
#define Py_DTSF_SIGN 0x01
#define Py_DTSF_ADD_DOT_0 0x02
#define Py_DTSF_ALT 0x04
#define Py_DTSF_NO_NEG_0 0x08
#define Py_DTST_FINITE 0
#define Py_DTST_INFINITE 1
#define Py_DTST_NAN 2
/* format_code 'r' = repr; also 'e', 'f', 'g'. Result is PyMem_Malloc'ed. */
char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type);
double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception);
double _Py_parse_inf_or_nan(const char *p, char **endptr);
#endif
