/* Traceback objects and printing (Python/vm/traceback.c). */
#ifndef Py_TRACEBACK_H
#define Py_TRACEBACK_H
#include "object.h"
#include "frameobject.h"
typedef struct _traceback {
    PyObject_HEAD
    struct _traceback *tb_next;
    PyFrameObject *tb_frame;
    int tb_lasti;  /* byte offset of the failing instruction */
    int tb_lineno; /* -1: compute from tb_lasti on demand */
} PyTracebackObject;
extern PyTypeObject PyTraceBack_Type;
#define PyTraceBack_Check(v) Py_IS_TYPE((v), &PyTraceBack_Type)
int PyTraceBack_Here(PyFrameObject *);
int PyTraceBack_Print(PyObject *tb, PyObject *file);
PyObject *_PyTraceBack_FromFrame(PyObject *tb_next, PyFrameObject *frame);
/* an entry for a C function calling back into Python (pyexpat) */
void _PyTraceback_Add(const char *funcname, const char *filename, int lineno);
#endif
