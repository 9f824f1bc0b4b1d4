/* Releasing and re-acquiring the interpreter around blocking calls.
 *
 * Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS bracket every call that
 * may block (I/O, sleep, waiting for a child): the thread detaches its
 * state, so that no Python object may be touched until it re-attaches.
 * With a single thread this is all there is to do.  The GIL itself (a
 * mutex and condition variables with a switch interval, a drop request
 * set through the eval breaker, guaranteed hand-off) comes with real
 * threads and lands here, behind these same two functions, so no caller
 * changes then. */
#include "Python.h"

PyThreadState *PyEval_SaveThread(void)
{
    PyThreadState *tstate = _Py_tss_tstate;
    _Py_tss_tstate = NULL;
    return tstate;
}

void PyEval_RestoreThread(PyThreadState *tstate)
{
    if (tstate == NULL)
        Py_FatalError("PyEval_RestoreThread: NULL thread state");
    _Py_tss_tstate = tstate;
}
