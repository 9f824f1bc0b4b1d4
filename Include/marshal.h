/* Serialising values and code objects (Modules/marshal.c): the C side
 * of the marshal module, which the import system uses for its bytecode
 * cache (Python/runtime/import.c). */
#ifndef Py_MARSHAL_H
#define Py_MARSHAL_H
#include "object.h"

#define Py_MARSHAL_VERSION 4

/* bytes holding `x` in marshal format `version`, or NULL with an error */
PyObject *PyMarshal_WriteObjectToString(PyObject *x, int version);
/* the object the `len` bytes at `str` hold, or NULL with an error */
PyObject *PyMarshal_ReadObjectFromString(const char *str, Py_ssize_t len);
#endif
