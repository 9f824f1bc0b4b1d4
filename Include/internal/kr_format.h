/* The format-spec mini-language (Python/formatter.c), shared by
 * format(), str.format, f-strings and the __format__ methods of int,
 * float, complex and str. */
#ifndef KR_FORMAT_H
#define KR_FORMAT_H
#include "Python.h"
/* Each returns a new str formatted per `format_spec` (a str), or NULL
 * with ValueError/TypeError as CPython raises them. */
PyObject *_KrFormat_Long(PyObject *obj, PyObject *format_spec);
PyObject *_KrFormat_Float(PyObject *obj, PyObject *format_spec);
PyObject *_KrFormat_Complex(PyObject *obj, PyObject *format_spec);
PyObject *_KrFormat_Unicode(PyObject *obj, PyObject *format_spec);
#endif
