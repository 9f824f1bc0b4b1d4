/* OS threads and locks (Python/runtime/thread.c).
 *
 * The same calls as CPython's pythread.h, so that C code written against
 * it (locks in _thread, in buffered I/O, in import) ports unchanged.  A
 * lock here is a bare OS primitive: it knows nothing of the interpreter,
 * so callers that may block must release the interpreter around the call
 * (Py_BEGIN_ALLOW_THREADS) themselves. */
#ifndef Py_PYTHREAD_H
#define Py_PYTHREAD_H
#include <limits.h>
#include <stddef.h>

typedef void *PyThread_type_lock;

typedef enum PyLockStatus {
    PY_LOCK_FAILURE = 0,
    PY_LOCK_ACQUIRED = 1,
    PY_LOCK_INTR /* a signal interrupted the wait (only when asked for) */
} PyLockStatus;

#define WAIT_LOCK 1
#define NOWAIT_LOCK 0

/* Timeouts are in microseconds; -1 waits forever. */
#define PY_TIMEOUT_T long long
#define PY_TIMEOUT_MAX LLONG_MAX

void PyThread_init_thread(void);
unsigned long PyThread_get_thread_ident(void);
unsigned long PyThread_get_thread_native_id(void);
unsigned long PyThread_start_new_thread(void (*func)(void *), void *arg);
void PyThread_exit_thread(void);

PyThread_type_lock PyThread_allocate_lock(void);
void PyThread_free_lock(PyThread_type_lock);
int PyThread_acquire_lock(PyThread_type_lock, int waitflag);
PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock, PY_TIMEOUT_T microseconds,
                                         int intr_flag);
void PyThread_release_lock(PyThread_type_lock);
/* After fork(): a fresh lock in *lock (the old one may be held by a
 * thread that no longer exists, so it is dropped, not freed). */
int _PyThread_at_fork_reinit(PyThread_type_lock *lock);

size_t PyThread_get_stacksize(void);
int PyThread_set_stacksize(size_t);
#endif
