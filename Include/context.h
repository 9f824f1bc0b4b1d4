/* Context variables (Python/context.c), PEP 567. */
#ifndef Py_CONTEXT_H
#define Py_CONTEXT_H
#include "object.h"
PyObject *PyContext_CopyCurrent(void);
int PyContext_Enter(PyObject *ctx);
int PyContext_Exit(PyObject *ctx);
/* 0 with *value a new reference, or NULL when the variable has no value
 * and no default; -1 on error */
int PyContextVar_Get(PyObject *var, PyObject *default_value, PyObject **value);
PyObject *PyContextVar_Set(PyObject *var, PyObject *value); /* returns a Token */
int PyContextVar_Reset(PyObject *var, PyObject *token);
#endif
