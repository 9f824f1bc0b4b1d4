/* bytearray (Objects/bytearrayobject.c). */
#ifndef Py_BYTEARRAYOBJECT_H
#define Py_BYTEARRAYOBJECT_H
#include "object.h"
typedef struct {
    PyObject_VAR_HEAD
    Py_ssize_t ob_alloc; /* bytes allocated in ob_bytes */
    char *ob_bytes;      /* start of the allocation */
    char *ob_start;      /* logical start: deleting from the front just moves it */
    Py_ssize_t ob_exports; /* live buffer exports: resizing is refused while > 0 */
} PyByteArrayObject;
extern PyTypeObject PyByteArray_Type;
extern PyTypeObject PyByteArrayIter_Type;
extern char _PyByteArray_empty_string[];
#define PyByteArray_Check(op) PyObject_TypeCheck((op), &PyByteArray_Type)
#define PyByteArray_CheckExact(op) Py_IS_TYPE((op), &PyByteArray_Type)
#define PyByteArray_AS_STRING(op) (Py_SIZE(op) ? ((PyByteArrayObject *)(op))->ob_start : _PyByteArray_empty_string)
#define PyByteArray_GET_SIZE(op) Py_SIZE(op)
PyObject *PyByteArray_FromObject(PyObject *);
PyObject *PyByteArray_Concat(PyObject *, PyObject *);
PyObject *PyByteArray_FromStringAndSize(const char *, Py_ssize_t);
Py_ssize_t PyByteArray_Size(PyObject *);
char *PyByteArray_AsString(PyObject *);
int PyByteArray_Resize(PyObject *, Py_ssize_t);
#endif
