/* The evaluation loop's public interface (Python/vm/ceval.c). */
#ifndef Py_CEVAL_H
#define Py_CEVAL_H
#include "object.h"
#include "pystate.h"

PyObject *PyEval_EvalCode(PyObject *co, PyObject *globals, PyObject *locals);
PyObject *PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals,
    PyObject *const *args, int argc, PyObject *const *kwds, int kwdc,
    PyObject *const *defs, int defc, PyObject *kwdefs, PyObject *closure);
PyObject *PyEval_GetBuiltins(void); /* borrowed */
PyObject *PyEval_GetGlobals(void);  /* borrowed */
PyObject *PyEval_GetLocals(void);   /* borrowed */
PyFrameObject *PyEval_GetFrame(void); /* borrowed */
const char *PyEval_GetFuncName(PyObject *);
const char *PyEval_GetFuncDesc(PyObject *);
int Py_GetRecursionLimit(void);
void Py_SetRecursionLimit(int);
/* C recursion guard: 0 ok, -1 RecursionError raised ("... while %s"). */
int Py_EnterRecursiveCall(const char *where);
void Py_LeaveRecursiveCall(void);
int Py_MakePendingCalls(void);
int Py_AddPendingCall(int (*func)(void *), void *arg);

/* GIL (Python/runtime/gil.c) */
PyThreadState *PyEval_SaveThread(void);
void PyEval_AcquireThread(PyThreadState *);
void PyEval_ReleaseThread(PyThreadState *);
int PyEval_ThreadsInitialized(void);
void PyEval_InitThreads(void);
void PyEval_SetTrace(Py_tracefunc, PyObject *);
void PyEval_SetProfile(Py_tracefunc, PyObject *);
int _PyEval_SetTrace(PyThreadState *, Py_tracefunc, PyObject *);
int _PyEval_SetProfile(PyThreadState *, Py_tracefunc, PyObject *);
void PyEval_RestoreThread(PyThreadState *);
#define Py_BEGIN_ALLOW_THREADS { PyThreadState *_save = PyEval_SaveThread();
#define Py_BLOCK_THREADS PyEval_RestoreThread(_save);
#define Py_UNBLOCK_THREADS _save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS PyEval_RestoreThread(_save); }

/* Set a bit in the eval breaker (safe from signal handlers). */
void _PyEval_SignalReceived(PyInterpreterState *);
void _PyEval_RequestInterrupt(void);
#endif
