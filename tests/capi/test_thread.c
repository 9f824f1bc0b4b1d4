/* Unit test of the OS thread and lock layer (Python/runtime/thread.c),
 * with real threads that run no Python code: a lock taken by one thread
 * and released by another, timed waits that expire and that succeed,
 * non-blocking tries, thread identities, the stack size setting, and
 * many threads contending for one lock as a mutex. */
#include "Python.h"
#include <stdatomic.h>
#include <time.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void
sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* ---- a lock released by another thread ---- */

struct handoff {
    PyThread_type_lock lock;
    PyThread_type_lock done;
    unsigned long ident;
    unsigned long native;
};

static void
releaser(void *p)
{
    struct handoff *h = p;
    h->ident = PyThread_get_thread_ident();
    h->native = PyThread_get_thread_native_id();
    sleep_ms(50);
    PyThread_release_lock(h->lock); /* not taken by this thread */
    PyThread_release_lock(h->done);
}

/* ---- a counter protected by a lock ---- */

enum { WORKERS = 8, ROUNDS = 20000 };
static PyThread_type_lock counter_lock, finished;
static long counter;
static atomic_int workers_left;

static void
worker(void *p)
{
    (void)p;
    for (int i = 0; i < ROUNDS; i++) {
        PyThread_acquire_lock(counter_lock, WAIT_LOCK);
        long v = counter; /* a data race without the lock */
        counter = v + 1;
        PyThread_release_lock(counter_lock);
    }
    if (atomic_fetch_sub(&workers_left, 1) == 1)
        PyThread_release_lock(finished);
}

int
main(void)
{
    PyThread_init_thread();
    unsigned long me = PyThread_get_thread_ident();
    CHECK(me != 0 && me == PyThread_get_thread_ident());
    CHECK(PyThread_get_thread_native_id() != 0);

    /* a free lock: taken without waiting, then not again */
    PyThread_type_lock lock = PyThread_allocate_lock();
    CHECK(lock != NULL);
    CHECK(PyThread_acquire_lock(lock, NOWAIT_LOCK) == 1);
    CHECK(PyThread_acquire_lock(lock, NOWAIT_LOCK) == 0);
    CHECK(PyThread_acquire_lock_timed(lock, 0, 0) == PY_LOCK_FAILURE);

    /* a timed wait on a held lock expires after (at least) its time */
    double t0 = now();
    CHECK(PyThread_acquire_lock_timed(lock, 30000, 0) == PY_LOCK_FAILURE);
    CHECK(now() - t0 >= 0.029);

    /* another thread releases it: a long timed wait succeeds early */
    struct handoff h = {lock, PyThread_allocate_lock(), 0, 0};
    CHECK(PyThread_acquire_lock(h.done, WAIT_LOCK) == 1);
    t0 = now();
    CHECK(PyThread_start_new_thread(releaser, &h) != (unsigned long)-1);
    CHECK(PyThread_acquire_lock_timed(lock, 10 * 1000000LL, 1) == PY_LOCK_ACQUIRED);
    CHECK(now() - t0 < 5.0);
    CHECK(PyThread_acquire_lock(h.done, WAIT_LOCK) == 1); /* the thread has finished its work */
    CHECK(h.ident != 0 && h.ident != me);
    CHECK(h.native != PyThread_get_thread_native_id());
    PyThread_release_lock(lock);
    /* h.done is not freed: its releaser may still be returning from
     * sem_post */

    /* an untimed wait ends when another thread releases */
    CHECK(PyThread_acquire_lock(lock, WAIT_LOCK) == 1);
    struct handoff h2 = {lock, PyThread_allocate_lock(), 0, 0};
    PyThread_acquire_lock(h2.done, WAIT_LOCK);
    CHECK(PyThread_start_new_thread(releaser, &h2) != (unsigned long)-1);
    CHECK(PyThread_acquire_lock(lock, WAIT_LOCK) == 1);
    PyThread_acquire_lock(h2.done, WAIT_LOCK);
    PyThread_release_lock(lock);

    /* after fork: a fresh, free lock replaces the old one */
    PyThread_acquire_lock(lock, WAIT_LOCK);
    CHECK(_PyThread_at_fork_reinit(&lock) == 0);
    CHECK(PyThread_acquire_lock(lock, NOWAIT_LOCK) == 1);
    PyThread_release_lock(lock);
    PyThread_free_lock(lock);

    /* stack sizes: 0 is the default, tiny ones are refused */
    CHECK(PyThread_get_stacksize() == 0);
    CHECK(PyThread_set_stacksize(100) == -1);
    CHECK(PyThread_get_stacksize() == 0);
    CHECK(PyThread_set_stacksize(1 << 20) == 0);
    CHECK(PyThread_get_stacksize() == (size_t)1 << 20);

    /* many threads (with that stack size) share a counter under a lock */
    counter_lock = PyThread_allocate_lock();
    finished = PyThread_allocate_lock();
    PyThread_acquire_lock(finished, WAIT_LOCK);
    atomic_store(&workers_left, WORKERS);
    for (int i = 0; i < WORKERS; i++)
        CHECK(PyThread_start_new_thread(worker, NULL) != (unsigned long)-1);
    CHECK(PyThread_acquire_lock_timed(finished, 60 * 1000000LL, 0) == PY_LOCK_ACQUIRED);
    PyThread_acquire_lock(counter_lock, WAIT_LOCK);
    CHECK(counter == (long)WORKERS * ROUNDS);
    PyThread_release_lock(counter_lock);
    CHECK(PyThread_set_stacksize(0) == 0);

    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
