/* bytes (Objects/bytesobject.c). */
#ifndef Py_BYTESOBJECT_H
#define Py_BYTESOBJECT_H
#include "object.h"
#include <stdarg.h>
typedef struct {
    PyObject_VAR_HEAD
    Py_hash_t ob_shash; /* -1 until computed */
    char ob_sval[1];    /* ob_size bytes plus a NUL */
} PyBytesObject;
extern PyTypeObject PyBytes_Type;
extern PyTypeObject PyBytesIter_Type;
#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_IS_TYPE((op), &PyBytes_Type)
#define PyBytes_AS_STRING(op) (((PyBytesObject *)(op))->ob_sval)
#define PyBytes_GET_SIZE(op) Py_SIZE(op)
PyObject *PyBytes_FromStringAndSize(const char *, Py_ssize_t);
PyObject *PyBytes_FromString(const char *);
PyObject *PyBytes_FromObject(PyObject *);
PyObject *PyBytes_FromFormat(const char *, ...);
PyObject *PyBytes_FromFormatV(const char *, va_list);
Py_ssize_t PyBytes_Size(PyObject *);
char *PyBytes_AsString(PyObject *);
int PyBytes_AsStringAndSize(PyObject *obj, char **s, Py_ssize_t *len);
PyObject *PyBytes_Repr(PyObject *, int smartquotes);
void PyBytes_Concat(PyObject **, PyObject *);
void PyBytes_ConcatAndDel(PyObject **, PyObject *);
int _PyBytes_Resize(PyObject **, Py_ssize_t);
PyObject *_PyBytes_Join(PyObject *sep, PyObject *x);
PyObject *PyBytes_DecodeEscape(const char *, Py_ssize_t, const char *, Py_ssize_t, const char *);
PyObject *_PyBytes_DecodeEscape(const char *, Py_ssize_t, const char *, const char **first_invalid_escape);
#endif
