/* Frame objects (Objects/frameobject.c): the Python-visible face of an
 * interpreter frame, created lazily (sys._getframe, tracebacks). */
#ifndef Py_FRAMEOBJECT_H
#define Py_FRAMEOBJECT_H
#include "object.h"
#include "pystate.h"
#include "codeobject.h"
struct _frame {
    PyObject_HEAD
    PyFrameObject *f_back;  /* set when the interpreter frame is gone */
    struct _PyInterpreterFrame *f_frame; /* points into the data stack or _f_frame_data */
    PyObject *f_trace;
    int f_lineno;           /* valid only while tracing */
    char f_trace_lines;
    char f_trace_opcodes;
    char f_fast_as_locals;
    PyObject *_f_frame_data[1]; /* the interpreter frame is copied here when its owner exits */
};
extern PyTypeObject PyFrame_Type;
#define PyFrame_Check(op) Py_IS_TYPE((op), &PyFrame_Type)
PyCodeObject *PyFrame_GetCode(PyFrameObject *);
PyFrameObject *PyFrame_GetBack(PyFrameObject *);
PyObject *PyFrame_GetLocals(PyFrameObject *);
PyObject *PyFrame_GetGlobals(PyFrameObject *);
PyObject *PyFrame_GetBuiltins(PyFrameObject *);
int PyFrame_GetLineNumber(PyFrameObject *);
int PyFrame_GetLasti(PyFrameObject *);
int PyFrame_FastToLocalsWithError(PyFrameObject *);
void PyFrame_LocalsToFast(PyFrameObject *, int);
#endif
