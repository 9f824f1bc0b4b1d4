/* memoryview (Objects/memoryobject.c): a view on another object's buffer. */
#ifndef Py_MEMORYOBJECT_H
#define Py_MEMORYOBJECT_H
#include "object.h"
extern PyTypeObject PyMemoryView_Type;
extern PyTypeObject _PyMemoryIter_Type;
#define PyMemoryView_Check(op) Py_IS_TYPE((op), &PyMemoryView_Type)
PyObject *PyMemoryView_FromObject(PyObject *base);
PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags);
PyObject *PyMemoryView_FromBuffer(const Py_buffer *info);
#endif
