/* faulthandler: the Python stack on a crash, on a signal, or after a
 * timeout, as CPython 3.11's module of the same name.
 *
 * The point of the module is to say something useful when the process
 * is beyond saving: a segmentation fault in C code, an abort(), a hang.
 * Everything that runs at that moment must therefore work without the
 * interpreter.  When enable() or register() is called, the file object
 * is turned into a file descriptor once (its fileno(), flushed first)
 * and kept alive by a reference held here, so that the handler only has
 * an int to write to.  The handlers themselves call only
 * async-signal-safe functions: sigaction, write (through the dumpers of
 * Python/vm/traceback_dump.c, which read frames and str objects in place
 * and never allocate) and raise.
 *
 * Fatal signals (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL): the handler
 * writes "Fatal Python error: <what>", the stack, puts the previous
 * handler back and raises the signal again, so the process still dies of
 * it (a parent sees -11, a shell prints "Segmentation fault", a core file
 * may be written).  The handlers run on an alternate signal stack: a
 * stack overflow faults because the stack is exhausted, and a handler on
 * that same stack would fault again at once.  SA_NODEFER lets the raise()
 * inside the handler be delivered at once, to the restored handler.
 *
 * register(signum): a user signal (SIGUSR1...) dumps the stack and the
 * program goes on; with chain=True the previous handler runs as well, by
 * the same restore-raise-reinstall dance.
 *
 * dump_traceback_later(): a watchdog thread of our own (a bare pthread:
 * it has no thread state, never takes the interpreter and runs no Python
 * code, so it fires even when the interpreter is stuck holding the GIL)
 * waits on a condition variable on the monotonic clock; the timeout
 * elapsing means "dump", a signal of the condition means "cancelled".
 * Cancelling joins the thread, so a new timer never overlaps an old one
 * and the file reference can be dropped safely afterwards.  The thread
 * blocks every signal, so that signals keep going to the Python threads.
 *
 * The -X faulthandler option and PYTHONFAULTHANDLER call enable() at
 * start-up (Programs/main.c).  At exit (Py_AtExit) the watchdog is
 * stopped and the handlers removed, as CPython does, so that no dump
 * reads frames that finalization is tearing down. */
#include "Python.h"
#include "pytime.h"
#include "kr_strings.h"
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#define KR_NSIG 65 /* Linux: signals 1..64, as NSIG */

static void
puts_fd(int fd, const char *s)
{
    _Py_DumpWrite(fd, s, strlen(s));
}

/* ============ the file argument ============ */

/* `file` (NULL or None: sys.stderr; an int: that descriptor; else an
 * object with fileno()) as a descriptor.  *keep receives what must stay
 * alive while the descriptor is in use: a new reference to the file
 * object, or NULL for a bare int.  -1 with an exception on error. */
static int
file_to_fd(PyObject *file, PyObject **keep)
{
    *keep = NULL;
    if (file == NULL || file == Py_None) {
        file = PySys_GetObject("stderr");
        if (file == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "unable to get sys.stderr");
            return -1;
        }
        if (file == Py_None) {
            PyErr_SetString(PyExc_RuntimeError, "sys.stderr is None");
            return -1;
        }
    }
    else if (PyLong_Check(file)) {
        int fd = _KrArg_AsInt(file);
        if (fd == -1 && PyErr_Occurred())
            return -1;
        if (fd < 0) {
            /* sic: CPython 3.11's spelling */
            PyErr_SetString(PyExc_ValueError, "file is not a valid file descripter");
            return -1;
        }
        return fd;
    }
    PyObject *res = PyObject_CallMethod(file, "fileno", NULL);
    if (res == NULL)
        return -1;
    int fd = -1;
    if (PyLong_Check(res)) {
        long v = PyLong_AsLong(res);
        if (v >= 0 && v < INT_MAX)
            fd = (int)v;
    }
    Py_DECREF(res);
    if (fd == -1) {
        PyErr_Clear();
        PyErr_SetString(PyExc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    /* what Python buffered so far must come out before our raw writes */
    res = PyObject_CallMethod(file, "flush", NULL);
    if (res == NULL)
        PyErr_Clear();
    else
        Py_DECREF(res);
    *keep = Py_NewRef(file);
    return fd;
}

/* ============ the alternate signal stack ============ */

static void *altstack_mem;

/* Installed once, for the thread that first enables a handler (the main
 * thread in practice, which is where stack overflows happen). */
static int
ensure_altstack(void)
{
    if (altstack_mem != NULL)
        return 0;
    size_t size = (size_t)SIGSTKSZ * 2;
    if (size < 65536)
        size = 65536;
    void *mem = PyMem_RawMalloc(size);
    if (mem == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = mem;
    ss.ss_size = size;
    if (sigaltstack(&ss, NULL) != 0) {
        PyMem_RawFree(mem);
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    altstack_mem = mem;
    return 0;
}

/* ============ dumping from a handler ============ */

/* The stack of the thread the signal landed on, or of every thread.  A
 * fault inside the dump (a frame torn by a concurrent thread) re-enters
 * the handler: the flag makes that second dump a no-op, and the signal
 * then kills the process as it should. */
static void
dump_from_handler(int fd, int all_threads, PyInterpreterState *interp)
{
    static volatile sig_atomic_t reentrant;
    if (reentrant)
        return;
    reentrant = 1;
    PyThreadState *tstate = _Py_DumpFindThisThread(interp);
    if (all_threads)
        (void)_Py_DumpTracebackThreads(fd, interp, tstate);
    else if (tstate != NULL)
        _Py_DumpTraceback(fd, tstate);
    reentrant = 0;
}

/* ============ fatal signals ============ */

typedef struct {
    int signum;
    const char *name;
    int installed;
    struct sigaction previous;
} fatal_signal;

/* SIGSEGV last: CPython's order, which is the order of nothing visible
 * but is kept so that the two behave alike if a lookup ever fails. */
static fatal_signal fatal_signals[] = {
    {.signum = SIGBUS, .name = "Bus error"},
    {.signum = SIGILL, .name = "Illegal instruction"},
    {.signum = SIGFPE, .name = "Floating point exception"},
    {.signum = SIGABRT, .name = "Aborted"},
    {.signum = SIGSEGV, .name = "Segmentation fault"},
};
#define N_FATAL ((int)(sizeof fatal_signals / sizeof fatal_signals[0]))

static struct {
    volatile sig_atomic_t enabled;
    PyObject *file; /* keeps fd open; NULL for a bare descriptor */
    int fd;
    int all_threads;
    PyInterpreterState *interp;
} fatal;

static void
fatal_handler(int signum)
{
    int saved_errno = errno;
    if (!fatal.enabled)
        return;
    fatal_signal *h = NULL;
    for (int i = 0; i < N_FATAL; i++)
        if (fatal_signals[i].signum == signum)
            h = &fatal_signals[i];
    if (h == NULL)
        return;
    /* the next delivery of this signal goes to whoever was there before
     * (the default action: death) */
    (void)sigaction(signum, &h->previous, NULL);
    h->installed = 0;
    int fd = fatal.fd;
    puts_fd(fd, "Fatal Python error: ");
    puts_fd(fd, h->name);
    puts_fd(fd, "\n\n");
    dump_from_handler(fd, fatal.all_threads, fatal.interp);
    errno = saved_errno;
    /* Delivered at once thanks to SA_NODEFER.  For a real fault, were the
     * previous handler to return, the faulting instruction would run and
     * fault again. */
    raise(signum);
}

static void
disable_fatal(void)
{
    fatal.enabled = 0;
    for (int i = 0; i < N_FATAL; i++) {
        fatal_signal *h = &fatal_signals[i];
        if (h->installed) {
            (void)sigaction(h->signum, &h->previous, NULL);
            h->installed = 0;
        }
    }
    Py_CLEAR(fatal.file);
}

static PyObject *
faulthandler_enable(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "all_threads", NULL};
    PyObject *file = NULL;
    int all_threads = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Oi:enable", kwlist, &file, &all_threads))
        return NULL;
    PyObject *keep;
    int fd = file_to_fd(file, &keep);
    if (fd < 0)
        return NULL;
    if (ensure_altstack() < 0) {
        Py_XDECREF(keep);
        return NULL;
    }
    /* the handler may already be live: it must never see a half-set
     * state, so it is switched off while the fields change */
    int was_enabled = fatal.enabled;
    fatal.enabled = 0;
    Py_XSETREF(fatal.file, keep);
    fatal.fd = fd;
    fatal.all_threads = all_threads;
    fatal.interp = PyThreadState_Get()->interp;
    for (int i = 0; i < N_FATAL; i++) {
        fatal_signal *h = &fatal_signals[i];
        if (h->installed)
            continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = fatal_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER | SA_ONSTACK;
        if (sigaction(h->signum, &sa, &h->previous) != 0) {
            PyErr_SetFromErrno(PyExc_RuntimeError);
            fatal.enabled = was_enabled;
            return NULL;
        }
        h->installed = 1;
    }
    fatal.enabled = 1;
    Py_RETURN_NONE;
}

static PyObject *
faulthandler_disable(PyObject *module, PyObject *unused)
{
    if (!fatal.enabled)
        Py_RETURN_FALSE;
    disable_fatal();
    Py_RETURN_TRUE;
}

static PyObject *
faulthandler_is_enabled(PyObject *module, PyObject *unused)
{
    return PyBool_FromLong(fatal.enabled);
}

/* ============ dump_traceback ============ */

static PyObject *
faulthandler_dump_traceback(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "all_threads", NULL};
    PyObject *file = NULL;
    int all_threads = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Oi:dump_traceback", kwlist, &file, &all_threads))
        return NULL;
    PyObject *keep;
    int fd = file_to_fd(file, &keep);
    if (fd < 0)
        return NULL;
    PyThreadState *tstate = PyThreadState_Get();
    if (all_threads) {
        const char *err = _Py_DumpTracebackThreads(fd, tstate->interp, tstate);
        if (err != NULL) {
            Py_XDECREF(keep);
            PyErr_SetString(PyExc_RuntimeError, err);
            return NULL;
        }
    }
    else {
        _Py_DumpTraceback(fd, tstate);
    }
    Py_XDECREF(keep);
    Py_RETURN_NONE;
}

/* ============ user signals: register / unregister ============ */

typedef struct {
    volatile sig_atomic_t enabled;
    PyObject *file;
    int fd;
    int all_threads;
    int chain;
    struct sigaction previous;
    PyInterpreterState *interp;
} user_signal;

static user_signal user_signals[KR_NSIG];

static int
install_user_handler(int signum, int chain, struct sigaction *previous);

static void
user_handler(int signum)
{
    int saved_errno = errno;
    if (signum <= 0 || signum >= KR_NSIG)
        return;
    user_signal *u = &user_signals[signum];
    if (!u->enabled)
        return;
    dump_from_handler(u->fd, u->all_threads, u->interp);
    if (u->chain) {
        /* run the previous handler now (SA_NODEFER), then take over again */
        (void)sigaction(signum, &u->previous, NULL);
        errno = saved_errno;
        raise(signum);
        saved_errno = errno;
        (void)install_user_handler(signum, u->chain, NULL);
    }
    errno = saved_errno;
}

static int
install_user_handler(int signum, int chain, struct sigaction *previous)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    /* without chaining, a system call interrupted only to dump the stack
     * resumes; with it, the previous handler decides (and the raise()
     * inside ours must be delivered at once) */
    sa.sa_flags = (chain ? SA_NODEFER : SA_RESTART) | SA_ONSTACK;
    return sigaction(signum, &sa, previous);
}

/* 1 if signum may be registered, else 0 with an exception. */
static int
check_user_signum(int signum)
{
    for (int i = 0; i < N_FATAL; i++) {
        if (fatal_signals[i].signum == signum) {
            PyErr_Format(PyExc_RuntimeError, "signal %i cannot be registered, use enable() instead",
                         signum);
            return 0;
        }
    }
    if (signum < 1 || signum >= KR_NSIG) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return 0;
    }
    return 1;
}

static PyObject *
faulthandler_register(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"signum", "file", "all_threads", "chain", NULL};
    int signum;
    PyObject *file = NULL;
    int all_threads = 1, chain = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "i|Oii:register", kwlist, &signum, &file, &all_threads,
                                     &chain))
        return NULL;
    if (!check_user_signum(signum))
        return NULL;
    PyObject *keep;
    int fd = file_to_fd(file, &keep);
    if (fd < 0)
        return NULL;
    user_signal *u = &user_signals[signum];
    int was_enabled = u->enabled;
    u->enabled = 0; /* see enable(): no half-set state for the handler */
    if (!was_enabled) {
        struct sigaction previous;
        if (ensure_altstack() < 0)
            goto error;
        if (install_user_handler(signum, chain, &previous) != 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            goto error;
        }
        u->previous = previous;
    }
    Py_XSETREF(u->file, keep);
    u->fd = fd;
    u->all_threads = all_threads;
    u->chain = chain;
    u->interp = PyThreadState_Get()->interp;
    u->enabled = 1;
    Py_RETURN_NONE;
error:
    Py_XDECREF(keep);
    return NULL;
}

/* Keyword arguments are accepted and ignored: CPython 3.11 declares the
 * function with METH_KEYWORDS but parses the positional ones only. */
static PyObject *
faulthandler_unregister(PyObject *module, PyObject *args, PyObject *kwds)
{
    int signum;
    if (!PyArg_ParseTuple(args, "i:unregister", &signum))
        return NULL;
    if (!check_user_signum(signum))
        return NULL;
    user_signal *u = &user_signals[signum];
    int was_enabled = u->enabled;
    if (was_enabled) {
        u->enabled = 0;
        (void)sigaction(signum, &u->previous, NULL);
    }
    Py_CLEAR(u->file);
    return PyBool_FromLong(was_enabled);
}

/* ============ the watchdog: dump_traceback_later ============ */

static struct {
    pthread_mutex_t mutex; /* guards `cancel` and the wait */
    pthread_cond_t cond;   /* signalled to cancel */
    int cond_ready;
    int running;           /* a thread was started and not yet joined */
    int cancel;
    pthread_t thread;
    PyObject *file;
    int fd;
    _PyTime_t timeout_us;
    int repeat;
    int exit;
    PyInterpreterState *interp;
    char header[96];
    size_t header_len;
} watchdog = {.mutex = PTHREAD_MUTEX_INITIALIZER};

static void
deadline_after(struct timespec *ts, _PyTime_t us)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    long long sec = us / 1000000;
    ts->tv_sec += (time_t)sec;
    ts->tv_nsec += (long)(us % 1000000) * 1000;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

static void *
watchdog_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&watchdog.mutex);
    for (;;) {
        struct timespec deadline;
        deadline_after(&deadline, watchdog.timeout_us);
        int r = 0;
        while (!watchdog.cancel && r != ETIMEDOUT)
            r = pthread_cond_timedwait(&watchdog.cond, &watchdog.mutex, &deadline);
        if (watchdog.cancel)
            break;
        _Py_DumpWrite(watchdog.fd, watchdog.header, watchdog.header_len);
        /* this thread has no state: every thread is "Thread 0x..." */
        const char *err = _Py_DumpTracebackThreads(watchdog.fd, watchdog.interp, NULL);
        if (watchdog.exit)
            _exit(1);
        if (err != NULL || !watchdog.repeat)
            break;
    }
    pthread_mutex_unlock(&watchdog.mutex);
    return NULL;
}

/* After fork() the child has no watchdog thread, whatever the parent
 * had, and the mutex may have been copied locked by it. */
static void
watchdog_atfork_child(void)
{
    pthread_mutex_init(&watchdog.mutex, NULL);
    if (watchdog.cond_ready) {
        pthread_condattr_t attr;
        pthread_condattr_init(&attr);
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
        pthread_cond_init(&watchdog.cond, &attr);
        pthread_condattr_destroy(&attr);
    }
    watchdog.running = 0;
    watchdog.cancel = 0;
}

static int
watchdog_prepare(void)
{
    if (watchdog.cond_ready)
        return 0;
    pthread_condattr_t attr;
    if (pthread_condattr_init(&attr) != 0)
        return -1;
    int err = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (err == 0)
        err = pthread_cond_init(&watchdog.cond, &attr);
    pthread_condattr_destroy(&attr);
    if (err != 0)
        return -1;
    pthread_atfork(NULL, NULL, watchdog_atfork_child);
    watchdog.cond_ready = 1;
    return 0;
}

/* Stop the watchdog, if any, and wait for its thread to end. */
static void
watchdog_cancel(int release_interpreter)
{
    if (watchdog.running) {
        PyThreadState *save = release_interpreter ? PyEval_SaveThread() : NULL;
        pthread_mutex_lock(&watchdog.mutex);
        watchdog.cancel = 1;
        pthread_cond_signal(&watchdog.cond);
        pthread_mutex_unlock(&watchdog.mutex);
        pthread_join(watchdog.thread, NULL);
        if (release_interpreter)
            PyEval_RestoreThread(save);
        watchdog.running = 0;
        watchdog.cancel = 0;
    }
    Py_CLEAR(watchdog.file);
}

/* "Timeout (H:MM:SS)!" or, with a fraction, "Timeout (H:MM:SS.ffffff)!" */
static void
format_header(_PyTime_t us)
{
    unsigned long long sec = (unsigned long long)(us / 1000000), frac = (unsigned long long)(us % 1000000);
    unsigned long long min = sec / 60, hour = min / 60;
    sec %= 60;
    min %= 60;
    int n;
    if (frac != 0)
        n = snprintf(watchdog.header, sizeof watchdog.header, "Timeout (%llu:%02llu:%02llu.%06llu)!\n", hour,
                     min, sec, frac);
    else
        n = snprintf(watchdog.header, sizeof watchdog.header, "Timeout (%llu:%02llu:%02llu)!\n", hour, min,
                     sec);
    watchdog.header_len = n > 0 ? (size_t)n : 0;
}

static PyObject *
faulthandler_dump_traceback_later(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"timeout", "repeat", "file", "exit", NULL};
    PyObject *timeout_obj, *file = NULL;
    int repeat = 0, exit_flag = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|iOi:dump_traceback_later", kwlist, &timeout_obj, &repeat,
                                     &file, &exit_flag))
        return NULL;
    _PyTime_t ns;
    if (_PyTime_FromSecondsObject(&ns, timeout_obj, _PyTime_ROUND_TIMEOUT) < 0)
        return NULL;
    _PyTime_t us = _PyTime_AsMicroseconds(ns, _PyTime_ROUND_TIMEOUT);
    if (us <= 0) {
        PyErr_SetString(PyExc_ValueError, "timeout must be greater than 0");
        return NULL;
    }
    PyObject *keep;
    int fd = file_to_fd(file, &keep);
    if (fd < 0)
        return NULL;
    if (watchdog_prepare() < 0) {
        Py_XDECREF(keep);
        PyErr_SetString(PyExc_RuntimeError, "unable to start watchdog thread");
        return NULL;
    }
    watchdog_cancel(1);
    watchdog.file = keep;
    watchdog.fd = fd;
    watchdog.timeout_us = us;
    watchdog.repeat = repeat;
    watchdog.exit = exit_flag;
    watchdog.interp = PyThreadState_Get()->interp;
    format_header(us);
    /* The thread inherits this mask: it must never take a signal meant
     * for the Python threads, not even before its first instruction. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int err = pthread_create(&watchdog.thread, NULL, watchdog_main, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (err != 0) {
        Py_CLEAR(watchdog.file);
        PyErr_SetString(PyExc_RuntimeError, "unable to start watchdog thread");
        return NULL;
    }
    watchdog.running = 1;
    Py_RETURN_NONE;
}

static PyObject *
faulthandler_cancel_dump_traceback_later(PyObject *module, PyObject *unused)
{
    watchdog_cancel(1);
    Py_RETURN_NONE;
}

/* ============ crashing on purpose (for tests) ============ */

/* No core file for a crash that is the point of a test. */
static void
suppress_core_dump(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_CORE, &rl) == 0) {
        rl.rlim_cur = 0;
        (void)setrlimit(RLIMIT_CORE, &rl);
    }
}

static PyObject *
faulthandler_sigsegv(PyObject *module, PyObject *args)
{
    int release_gil = 0;
    if (!PyArg_ParseTuple(args, "|i:_sigsegv", &release_gil))
        return NULL;
    suppress_core_dump();
    if (release_gil) {
        Py_BEGIN_ALLOW_THREADS
        raise(SIGSEGV);
        Py_END_ALLOW_THREADS
    }
    else {
        raise(SIGSEGV);
    }
    Py_RETURN_NONE;
}

/* read through a pointer the compiler cannot prove NULL, so that the load
 * is really made (a visible *NULL may be compiled into a trap); the
 * undefined-behaviour sanitizer is told that the fault is the point */
static int *volatile null_pointer;

#if defined(__GNUC__) || defined(__clang__)
__attribute__((no_sanitize("undefined")))
#endif
static PyObject *
faulthandler_read_null(PyObject *module, PyObject *unused)
{
    suppress_core_dump();
    int x = *null_pointer;
    return PyLong_FromLong(x);
}

static PyObject *
faulthandler_sigabrt(PyObject *module, PyObject *unused)
{
    suppress_core_dump();
    abort();
}

static PyObject *
faulthandler_sigfpe(PyObject *module, PyObject *unused)
{
    suppress_core_dump();
    raise(SIGFPE);
    Py_RETURN_NONE;
}

#define STACK_OVERFLOW_MAX (100 * 1024 * 1024)

/* Recurse, 4 KiB of stack a call, until the stack limit faults or 100 MiB
 * were used.  The buffer is read after the call so that the recursion
 * cannot become a loop. */
static uintptr_t
stack_overflow(uintptr_t lo, uintptr_t hi, size_t *depth)
{
    volatile unsigned char buffer[4096];
    uintptr_t sp = (uintptr_t)&buffer;
    *depth += 1;
    if (sp < lo || sp > hi)
        return sp;
    buffer[0] = 1;
    buffer[sizeof buffer - 1] = 0;
    return stack_overflow(lo, hi, depth) + buffer[0];
}

static PyObject *
faulthandler_stack_overflow(PyObject *module, PyObject *unused)
{
    size_t depth = 0;
    uintptr_t sp = (uintptr_t)&depth;
    uintptr_t lo = sp > STACK_OVERFLOW_MAX ? sp - STACK_OVERFLOW_MAX : 0;
    uintptr_t hi = sp + STACK_OVERFLOW_MAX;
    suppress_core_dump();
    uintptr_t stop = stack_overflow(lo, hi, &depth);
    size_t used = stop < sp ? sp - stop : stop - sp;
    PyErr_Format(PyExc_RuntimeError,
                 "unable to raise a stack overflow (allocated %zu bytes on the stack, %zu recursive calls)",
                 used, depth);
    return NULL;
}

/* ============ module ============ */

/* Py_AtExit: nothing may fire once finalization frees frames and files. */
static void
faulthandler_fini(void)
{
    watchdog_cancel(0);
    for (int signum = 1; signum < KR_NSIG; signum++) {
        user_signal *u = &user_signals[signum];
        if (u->enabled) {
            u->enabled = 0;
            (void)sigaction(signum, &u->previous, NULL);
        }
        Py_CLEAR(u->file);
    }
    disable_fatal();
}

static PyMethodDef faulthandler_methods[] = {
    {"dump_traceback", (PyCFunction)(void (*)(void))faulthandler_dump_traceback, METH_VARARGS | METH_KEYWORDS,
     "dump_traceback(file=sys.stderr, all_threads=True): write the Python stack of this thread, or of\n"
     "every thread, to file (a file object with fileno(), or a descriptor)."},
    {"dump_traceback_later", (PyCFunction)(void (*)(void))faulthandler_dump_traceback_later,
     METH_VARARGS | METH_KEYWORDS,
     "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\n"
     "write the stack of every thread to file after timeout seconds (again every timeout seconds\n"
     "if repeat is true), then call _exit(1) if exit is true.  Replaces an earlier timer."},
    {"cancel_dump_traceback_later", faulthandler_cancel_dump_traceback_later, METH_NOARGS,
     "cancel_dump_traceback_later(): stop the timer of dump_traceback_later()."},
    {"enable", (PyCFunction)(void (*)(void))faulthandler_enable, METH_VARARGS | METH_KEYWORDS,
     "enable(file=sys.stderr, all_threads=True): on SIGSEGV, SIGFPE, SIGABRT, SIGBUS or SIGILL,\n"
     "write the Python stack to file before the process dies."},
    {"disable", faulthandler_disable, METH_NOARGS,
     "disable(): remove the handlers of enable(); True if they were installed."},
    {"is_enabled", faulthandler_is_enabled, METH_NOARGS, "is_enabled()->bool: are the fatal handlers on?"},
    {"register", (PyCFunction)(void (*)(void))faulthandler_register, METH_VARARGS | METH_KEYWORDS,
     "register(signum, file=sys.stderr, all_threads=True, chain=False): write the Python stack to\n"
     "file whenever signal signum arrives, then call the previous handler too if chain is true."},
    {"unregister", (PyCFunction)(void (*)(void))faulthandler_unregister, METH_VARARGS | METH_KEYWORDS,
     "unregister(signum): undo register(signum); True if a handler was registered."},
    {"_read_null", faulthandler_read_null, METH_NOARGS, "_read_null(): read from the address 0 (a crash)."},
    {"_sigsegv", faulthandler_sigsegv, METH_VARARGS, "_sigsegv(release_gil=False): raise SIGSEGV."},
    {"_sigabrt", faulthandler_sigabrt, METH_NOARGS, "_sigabrt(): call abort()."},
    {"_sigfpe", faulthandler_sigfpe, METH_NOARGS, "_sigfpe(): raise SIGFPE."},
    {"_stack_overflow", faulthandler_stack_overflow, METH_NOARGS,
     "_stack_overflow(): recurse in C until the stack overflows."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef faulthandler_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "faulthandler",
    .m_doc = "Write the Python stack on a crash, on a signal or after a timeout.",
    .m_size = -1,
    .m_methods = faulthandler_methods,
};

PyObject *
PyInit_faulthandler(void)
{
    static int atexit_registered;
    PyObject *m = PyModule_Create(&faulthandler_module);
    if (m == NULL)
        return NULL;
    if (!atexit_registered) {
        if (Py_AtExit(faulthandler_fini) < 0) {
            Py_DECREF(m);
            PyErr_SetString(PyExc_RuntimeError, "faulthandler: too many exit functions");
            return NULL;
        }
        atexit_registered = 1;
    }
    return m;
}
