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

/* Async-signal-safe dumps of the Python stack with write(2) alone
 * (Python/vm/traceback_dump.c): they never allocate, lock or raise, so
 * faulthandler may call them from a signal handler or a thread without
 * an interpreter state. */
void _Py_DumpTraceback(int fd, PyThreadState *tstate);
/* Every thread of interp (NULL: the main interpreter); `current` (NULL:
 * looked up from the calling OS thread) is labelled "Current thread".
 * NULL on success, else a static message. */
const char *_Py_DumpTracebackThreads(int fd, PyInterpreterState *interp, PyThreadState *current);
/* The calling thread's state, even while it has released the
 * interpreter; NULL if it has none. */
PyThreadState *_Py_DumpFindThisThread(PyInterpreterState *interp);
void _Py_DumpWrite(int fd, const char *s, size_t n);
void _Py_DumpASCII(int fd, PyObject *text);
void _Py_DumpDecimal(int fd, size_t value);
void _Py_DumpHexadecimal(int fd, uintptr_t value, size_t width);
/* an entry for a C function calling back into Python (pyexpat) */
void _PyTraceback_Add(const char *funcname, const char *filename, int lineno);
#endif
