/* Start-up and shut-down hooks of each subsystem, called in this order by
 * Python/runtime/pylifecycle.c.  Each returns 0, or -1 with an exception
 * set (or, before exceptions exist, after printing why). */
#ifndef KR_INIT_H
#define KR_INIT_H
#include "Python.h"
int _KrMem_Init(void);          /* Objects/obmalloc.c: reads KRAIT_MALLOC / PYTHONMALLOC */
int _KrHash_Init(void);         /* Python/runtime/pyhash.c: PYTHONHASHSEED */
int _KrState_Init(void);        /* Python/runtime/pystate.c: main interpreter and thread */
int _KrTypes_Init(void);        /* Objects/object.c: PyType_Ready on every static type in kr_typelist.h */
int _KrLong_Init(void);         /* Objects/longobject.c: small ints */
int _KrUnicode_Init(void);      /* Objects/unicodeobject.c: empty string, latin-1 singletons, interning */
int _KrExceptions_Init(void);   /* Objects/exceptions.c: the PyExc_* objects */
PyObject *_KrBuiltin_Init(void);/* Python/bltinmodule.c: the builtins module */
PyObject *_KrSys_Create(void);  /* Python/sysmodule.c: the sys module */
int _KrImport_Init(void);       /* Python/runtime/import.c */
int _KrSignal_Init(void);       /* Modules/signalmodule.c: the SIGINT handler behind KeyboardInterrupt */
/* Modules/signalmodule.c: run the Python handlers of the signals that
 * arrived (PyErr_CheckSignals, main thread only); -1 if one raised */
int _KrSignal_RunHandlers(void);
void _KrSignal_AfterFork(void); /* in a forked child, before its Python callbacks */
/* Modules/atexitmodule.c: call the atexit callbacks, newest first */
void _KrAtexit_CallFuncs(void);
void _KrRuntime_Finalize(void);

/* Threads (Python/runtime/gil.c, pystate.c, Python/vm/ceval.c) */
/* Python/runtime/thread.c: now + us on CLOCK_MONOTONIC, for timed waits */
struct timespec;
void _KrThread_DeadlineAfter(PY_TIMEOUT_T us, struct timespec *ts);
void _KrGIL_Create(PyThreadState *holder);
void _KrGIL_AfterForkChild(PyThreadState *tstate);
void _KrGIL_DropForExit(PyInterpreterState *interp);
void _KrEval_DropAndTakeGIL(PyThreadState *tstate);
void _KrEval_RecomputeBreaker(PyInterpreterState *interp, PyThreadState *tstate);
void _KrEval_AfterForkChild(void);
int _KrThreadState_IsMain(PyThreadState *tstate);
/* A state made by one thread for another to run: the new thread calls
 * _KrThreadState_Bind first, and at its end _KrThreadState_DeleteCurrent
 * (unlinks it, releases the GIL, frees it). */
void _KrThreadState_Bind(PyThreadState *tstate);
void _KrThreadState_DeleteCurrent(void);
/* In a forked child: every other thread state is cleared and freed, and
 * the caller's becomes the main thread's. */
void _KrState_AfterForkChild(PyThreadState *tstate);
void _KrImport_AfterForkChild(void); /* Python/runtime/import.c: module owners */
int _KrImport_EnsureSpecs(void);     /* Python/runtime/import.c: specs on first sight */
/* _imp's import lock, which fork() holds across the fork as CPython does */
void _KrImport_AcquireLock(void);
int _KrImport_ReleaseLock(void);
#endif
