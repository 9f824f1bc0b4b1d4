/* range (Objects/rangeobject.c). */
#ifndef Py_RANGEOBJECT_H
#define Py_RANGEOBJECT_H
#include "object.h"
typedef struct {
    PyObject_HEAD
    PyObject *start, *stop, *step, *length; /* ints, any size */
} rangeobject;
extern PyTypeObject PyRange_Type;
extern PyTypeObject PyRangeIter_Type;
extern PyTypeObject PyLongRangeIter_Type;
#define PyRange_Check(op) Py_IS_TYPE((op), &PyRange_Type)
/* the C-long iterator, visible so FOR_ITER can specialize on it */
typedef struct { PyObject_HEAD long index; long start; long step; long len; } _PyRangeIterObject;
#endif
