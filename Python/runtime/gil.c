/* The global interpreter lock.
 *
 * Only the thread holding the GIL may touch Python objects: reference
 * counts, the small-object allocator and every container are unlocked
 * and rely on it.  A thread gives the GIL up around anything that may
 * block (Py_BEGIN_ALLOW_THREADS, i.e. PyEval_SaveThread and
 * PyEval_RestoreThread) and, while running bytecode, whenever another
 * thread has been waiting for longer than the switch interval.
 *
 * The lock is a flag guarded by a mutex, with a condition variable that
 * waiters sleep on.  A waiter sleeps at most one switch interval
 * (sys.setswitchinterval, 5 ms by default); if the GIL has not changed
 * hands in that time it sets gil_drop_request, which raises the eval
 * breaker, and the running thread drops the GIL at its next check
 * (a backward jump or a call, Python/vm/ceval.c).  `switch_number` counts
 * hand-overs so a waiter can tell "nobody let go in my interval" from
 * "someone else got it meanwhile".
 *
 * Dropping on request alone is not enough: on a multi-core machine the
 * dropping thread would usually win the mutex straight back before the
 * woken waiter runs, and the waiter would starve.  So a thread that drops
 * because it was asked to waits on a second condition until another
 * thread has really taken the GIL (CPython calls this forced switching).
 * A thread that drops it to block in a system call does not wait.
 *
 * The condition variables time out on CLOCK_MONOTONIC, so changing the
 * wall clock neither starves nor wakes anyone early.
 *
 * At exit, once Py_FinalizeEx has run the atexit callbacks it marks the
 * interpreter as finalizing; a daemon thread that then tries to take the
 * GIL (coming back from a blocking call, or woken for its turn) ends on
 * the spot (pthread_exit) instead of running Python code while the
 * interpreter is being torn down, as in CPython.
 *
 * After fork() the child has one thread and the GIL's mutexes may have
 * been held by threads that no longer exist: _KrGIL_AfterForkChild makes
 * them anew, held by the forking thread. */
#include "Python.h"
#include "kr_init.h"
#include <pthread.h>
#include <time.h>

static struct {
    pthread_mutex_t mutex;    /* guards locked, holder, switch_number */
    pthread_cond_t cond;      /* signalled when the GIL is dropped */
    pthread_mutex_t switch_mutex;
    pthread_cond_t switch_cond; /* signalled when the GIL changes hands */
    int locked;
    PyThreadState *holder;    /* the last thread to take it */
    unsigned long switch_number;
    int created;
} gil;

static void
cond_init_monotonic(pthread_cond_t *cond)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(cond, &attr);
    pthread_condattr_destroy(&attr);
}

/* Make the GIL, held by the calling thread (start-up, and the child of a
 * fork). */
void
_KrGIL_Create(PyThreadState *tstate)
{
    pthread_mutex_init(&gil.mutex, NULL);
    cond_init_monotonic(&gil.cond);
    pthread_mutex_init(&gil.switch_mutex, NULL);
    cond_init_monotonic(&gil.switch_cond);
    gil.locked = 1;
    gil.holder = tstate;
    gil.switch_number = 0;
    gil.created = 1;
}

void
_KrGIL_AfterForkChild(PyThreadState *tstate)
{
    /* The old mutexes may be locked by threads the child does not have;
     * they are simply forgotten, never destroyed. */
    _KrGIL_Create(tstate);
}

/* A wait of `seconds` (at least a microsecond) from now. */
static void
deadline_after(struct timespec *ts, double seconds)
{
    PY_TIMEOUT_T us = (PY_TIMEOUT_T)(seconds * 1e6);
    _KrThread_DeadlineAfter(us > 0 ? us : 1, ts);
}

static void
drop_gil(PyInterpreterState *interp, PyThreadState *tstate)
{
    pthread_mutex_lock(&gil.mutex);
    if (!gil.locked)
        Py_FatalError("drop_gil: the GIL is not locked");
    gil.locked = 0;
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mutex);

    if (tstate != NULL &&
        atomic_load_explicit(&interp->gil_drop_request, memory_order_relaxed)) {
        /* asked to let go: make sure a waiter gets it before we try again */
        pthread_mutex_lock(&gil.switch_mutex);
        if (gil.holder == tstate) {
            atomic_store_explicit(&interp->gil_drop_request, 0, memory_order_relaxed);
            while (gil.holder == tstate) {
                struct timespec ts;
                /* bounded, so a waiter that vanished cannot hang us */
                deadline_after(&ts, interp->switch_interval * 4);
                if (pthread_cond_timedwait(&gil.switch_cond, &gil.switch_mutex, &ts) != 0)
                    break;
            }
        }
        pthread_mutex_unlock(&gil.switch_mutex);
    }
}

static void
take_gil(PyThreadState *tstate)
{
    PyInterpreterState *interp = tstate->interp;
    if (interp->finalizing_tstate != NULL && interp->finalizing_tstate != tstate)
        PyThread_exit_thread();

    pthread_mutex_lock(&gil.mutex);
    while (gil.locked) {
        unsigned long seen = gil.switch_number;
        struct timespec ts;
        deadline_after(&ts, interp->switch_interval);
        int r = pthread_cond_timedwait(&gil.cond, &gil.mutex, &ts);
        if (r != 0 && gil.locked && gil.switch_number == seen) {
            /* a whole interval without a hand-over: ask for one */
            atomic_store_explicit(&interp->gil_drop_request, 1, memory_order_relaxed);
            atomic_store_explicit(&interp->eval_breaker, 1, memory_order_relaxed);
        }
    }
    gil.locked = 1;
    pthread_mutex_lock(&gil.switch_mutex);
    gil.holder = tstate;
    gil.switch_number++;
    pthread_cond_signal(&gil.switch_cond);
    pthread_mutex_unlock(&gil.switch_mutex);
    pthread_mutex_unlock(&gil.mutex);

    if (interp->finalizing_tstate != NULL && interp->finalizing_tstate != tstate) {
        drop_gil(interp, NULL);
        PyThread_exit_thread();
    }
    /* a request to drop was meant for the thread we took it from */
    atomic_store_explicit(&interp->gil_drop_request, 0, memory_order_relaxed);
    /* the breaker's bits are per thread in part (async exceptions, and
     * signals only for the main thread): recompute them for this one */
    _KrEval_RecomputeBreaker(interp, tstate);
}

PyThreadState *
PyEval_SaveThread(void)
{
    PyThreadState *tstate = _Py_tss_tstate;
    if (tstate == NULL)
        Py_FatalError("PyEval_SaveThread: the GIL is not held");
    _Py_tss_tstate = NULL;
    drop_gil(tstate->interp, tstate);
    return tstate;
}

void
PyEval_RestoreThread(PyThreadState *tstate)
{
    if (tstate == NULL)
        Py_FatalError("PyEval_RestoreThread: NULL thread state");
    int saved_errno = errno;
    take_gil(tstate);
    _Py_tss_tstate = tstate;
    errno = saved_errno;
}

void
PyEval_AcquireThread(PyThreadState *tstate)
{
    PyEval_RestoreThread(tstate);
}

void
PyEval_ReleaseThread(PyThreadState *tstate)
{
    if (_Py_tss_tstate != tstate)
        Py_FatalError("PyEval_ReleaseThread: wrong thread state");
    PyEval_SaveThread();
}

/* The eval breaker asked this thread to let another run. */
void
_KrEval_DropAndTakeGIL(PyThreadState *tstate)
{
    PyEval_SaveThread();
    PyEval_RestoreThread(tstate);
}

/* A thread state going away while its thread holds the GIL: let go
 * without a thread state to come back to. */
void
_KrGIL_DropForExit(PyInterpreterState *interp)
{
    _Py_tss_tstate = NULL;
    drop_gil(interp, NULL);
}

int
PyEval_ThreadsInitialized(void)
{
    return gil.created;
}

void
PyEval_InitThreads(void)
{
}
