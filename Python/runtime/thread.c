/* OS threads and locks under the interpreter (Include/pythread.h).
 *
 * A lock is a POSIX semaphore with an initial count of one, as in
 * CPython on Linux, rather than a mutex: a Python lock may be released by
 * a thread other than the one that acquired it, which a pthread mutex
 * forbids, and sem_clockwait gives timed waits on the monotonic clock, so
 * a change of the wall clock neither shortens nor stretches a timeout.
 *
 * Waits are interruptible on request (intr_flag): a signal arriving while
 * a thread sleeps in sem_wait makes it return EINTR (the handlers are
 * installed without SA_RESTART), and the caller gets PY_LOCK_INTR so that
 * it can run the Python-level handlers, which may raise
 * KeyboardInterrupt, and then wait again for the time that is left.
 * Without the flag the wait simply resumes.
 *
 * Nothing here touches Python objects or the interpreter: the callers
 * release the interpreter around a blocking call themselves. */
#define _GNU_SOURCE 1
#include "Python.h"
#include "kr_init.h"
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

/* Below this a thread cannot even run the interpreter's start-up code;
 * the same floor as CPython's THREAD_STACK_MIN. */
#define KR_THREAD_STACK_MIN 0x8000

static size_t thread_stacksize; /* 0: the system's default */

void
PyThread_init_thread(void)
{
}

unsigned long
PyThread_get_thread_ident(void)
{
    return (unsigned long)pthread_self();
}

unsigned long
PyThread_get_thread_native_id(void)
{
#ifdef __linux__
    return (unsigned long)syscall(SYS_gettid);
#else
    return (unsigned long)pthread_self();
#endif
}

/* The function and argument travel to the new thread in a heap block
 * that the thread frees: the caller's frame may be gone by then. */
struct kr_thread_start {
    void (*func)(void *);
    void *arg;
};

static void *
thread_entry(void *p)
{
    struct kr_thread_start start = *(struct kr_thread_start *)p;
    free(p);
    start.func(start.arg);
    return NULL;
}

unsigned long
PyThread_start_new_thread(void (*func)(void *), void *arg)
{
    struct kr_thread_start *start = malloc(sizeof *start);
    if (start == NULL)
        return (unsigned long)-1;
    start->func = func;
    start->arg = arg;
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) {
        free(start);
        return (unsigned long)-1;
    }
    if (thread_stacksize != 0 && pthread_attr_setstacksize(&attr, thread_stacksize) != 0) {
        pthread_attr_destroy(&attr);
        free(start);
        return (unsigned long)-1;
    }
    pthread_t th;
    int err = pthread_create(&th, &attr, thread_entry, start);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        free(start);
        return (unsigned long)-1;
    }
    /* nobody joins OS threads: Python-level joins wait on locks */
    pthread_detach(th);
    return (unsigned long)th;
}

void
PyThread_exit_thread(void)
{
    pthread_exit(NULL);
}

/* ---- locks ---- */

PyThread_type_lock
PyThread_allocate_lock(void)
{
    sem_t *sem = malloc(sizeof(sem_t));
    if (sem == NULL)
        return NULL;
    if (sem_init(sem, 0, 1) != 0) {
        free(sem);
        return NULL;
    }
    return (PyThread_type_lock)sem;
}

void
PyThread_free_lock(PyThread_type_lock lock)
{
    if (lock == NULL)
        return;
    sem_destroy((sem_t *)lock);
    free(lock);
}

/* now + us on the monotonic clock (also the GIL's waits, gil.c) */
void
_KrThread_DeadlineAfter(PY_TIMEOUT_T us, struct timespec *ts)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    /* at most about 9.2e12 seconds: a 64-bit time_t cannot overflow */
    long long sec = us / 1000000;
    long nsec = (long)(us % 1000000) * 1000;
    ts->tv_sec += (time_t)sec;
    ts->tv_nsec += nsec;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

PyLockStatus
PyThread_acquire_lock_timed(PyThread_type_lock lock, PY_TIMEOUT_T microseconds, int intr_flag)
{
    sem_t *sem = (sem_t *)lock;
    struct timespec deadline;
    if (microseconds > 0)
        _KrThread_DeadlineAfter(microseconds, &deadline);
    for (;;) {
        int r;
        if (microseconds == 0)
            r = sem_trywait(sem);
        else if (microseconds < 0)
            r = sem_wait(sem);
        else
            r = sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
        if (r == 0)
            return PY_LOCK_ACQUIRED;
        int err = errno;
        if (err == EINTR) {
            if (intr_flag)
                return PY_LOCK_INTR;
            continue; /* the deadline is absolute: waiting again is right */
        }
        if (err == EAGAIN || err == ETIMEDOUT)
            return PY_LOCK_FAILURE;
        Py_FatalError("PyThread_acquire_lock_timed: unexpected semaphore error");
    }
}

int
PyThread_acquire_lock(PyThread_type_lock lock, int waitflag)
{
    return PyThread_acquire_lock_timed(lock, waitflag ? -1 : 0, 0) == PY_LOCK_ACQUIRED;
}

void
PyThread_release_lock(PyThread_type_lock lock)
{
    if (sem_post((sem_t *)lock) != 0)
        Py_FatalError("PyThread_release_lock: sem_post failed");
}

int
_PyThread_at_fork_reinit(PyThread_type_lock *lock)
{
    PyThread_type_lock fresh = PyThread_allocate_lock();
    if (fresh == NULL)
        return -1;
    /* The old semaphore may be "held" by a thread that did not survive
     * the fork; destroying it would be undefined, so it is leaked. */
    *lock = fresh;
    return 0;
}

/* ---- stack size of new threads ---- */

size_t
PyThread_get_stacksize(void)
{
    return thread_stacksize;
}

/* 0 on success, -1 for a size the system refuses (too small, or not
 * accepted by pthread_attr_setstacksize). */
int
PyThread_set_stacksize(size_t size)
{
    if (size == 0) {
        thread_stacksize = 0;
        return 0;
    }
    if (size < KR_THREAD_STACK_MIN)
        return -1;
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    int ok = pthread_attr_setstacksize(&attr, size) == 0;
    pthread_attr_destroy(&attr);
    if (!ok)
        return -1;
    thread_stacksize = size;
    return 0;
}
