/* Signals: the C handler behind every Python signal handler, and the
 * _signal module (signal.py wraps it with the Signals enum).
 *
 * There is one mechanism, shared with KeyboardInterrupt.  A C signal
 * handler may only touch lock-free state, so the one handler installed
 * for every caught signal (kr_signal_handler) marks the signal as
 * tripped, writes its number to the wakeup fd when one is set, and sets
 * the eval breaker (Python/vm/ceval.c).  At its next check the main
 * thread calls PyErr_CheckSignals, which comes back here
 * (_KrSignal_RunHandlers) to call the Python handler of each tripped
 * signal with (signum, frame).
 *
 * The table of Python handlers holds what getsignal() returns: a
 * callable, SIG_DFL (0), SIG_IGN (1), or NULL for "not installed from
 * Python" (getsignal gives None).  SIGINT is caught from start-up
 * (_KrSignal_Init, before this module is imported); with no Python
 * handler yet it raises KeyboardInterrupt, and importing the module
 * makes that explicit by putting default_int_handler, which raises
 * KeyboardInterrupt, in its slot.  signal(SIGINT, f) then replaces it
 * and signal(SIGINT, SIG_DFL) gives the process default (death by
 * SIGINT) back, as in CPython.
 *
 * Handlers are installed without SA_RESTART: a blocking call that a
 * signal interrupts fails with EINTR, runs the handlers through
 * PyErr_CheckSignals and, if they did not raise, is retried (PEP 475). */
#include "Python.h"
#include "kr_init.h"
#include "kr_runtime.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#define KR_NSIG 65 /* Linux: signals 1..64 */

static volatile sig_atomic_t tripped[KR_NSIG];
static volatile sig_atomic_t any_tripped;
static volatile sig_atomic_t wakeup_fd = -1;
static volatile sig_atomic_t wakeup_warn = 1;
static PyObject *handlers[KR_NSIG]; /* see the essay above */
static PyObject *default_int_handler; /* the module function, once created */
static PyObject *ItimerError;

#define KR_DFL_HANDLER 0
#define KR_IGN_HANDLER 1

static void
kr_signal_handler(int signum)
{
    int saved = errno;
    if (signum > 0 && signum < KR_NSIG) {
        tripped[signum] = 1;
        any_tripped = 1;
    }
    _PyEval_SignalReceived(PyInterpreterState_Main());
    int fd = wakeup_fd;
    if (fd != -1) {
        unsigned char b = (unsigned char)signum;
        ssize_t r = write(fd, &b, 1);
        (void)r; /* a full pipe only loses a wake-up, which CPython warns about */
    }
    errno = saved;
}

static int
install_c_handler(int signum, void (*func)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = func;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    return sigaction(signum, &sa, NULL);
}

int
_KrSignal_Init(void)
{
    struct sigaction old;
    /* like CPython: leave SIGINT alone if it was ignored when we started
     * (background jobs of a non-interactive shell) */
    if (!(sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN)) {
        if (install_c_handler(SIGINT, kr_signal_handler) < 0)
            return -1;
    }
    /* CPython ignores these: writes raise BrokenPipeError, or fail with EFBIG */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    return 0;
}

/* In a forked child: signals that arrived before the fork were the
 * parent's to handle.  (The forking thread became the child's main
 * thread in _KrState_AfterForkChild.) */
void
_KrSignal_AfterFork(void)
{
    any_tripped = 0;
    for (int i = 1; i < KR_NSIG; i++)
        tripped[i] = 0;
}

static int
is_int_handler(PyObject *h, long which)
{
    return h != NULL && PyLong_CheckExact(h) && PyLong_AsLong(h) == which;
}

void
PyErr_SetInterrupt(void)
{
    kr_signal_handler(SIGINT);
}

int
PyErr_SetInterruptEx(int signum)
{
    if (signum < 1 || signum >= KR_NSIG)
        return -1;
    PyObject *h = handlers[signum];
    if (is_int_handler(h, KR_DFL_HANDLER) || is_int_handler(h, KR_IGN_HANDLER))
        return 0; /* as CPython: a signal not handled from Python is dropped */
    tripped[signum] = 1;
    any_tripped = 1;
    _PyEval_SignalReceived(PyInterpreterState_Main());
    return 0;
}

int
_KrSignal_RunHandlers(void)
{
    if (!any_tripped)
        return 0;
    any_tripped = 0;
    PyObject *frame = (PyObject *)PyEval_GetFrame();
    if (frame == NULL)
        frame = Py_None;
    for (int i = 1; i < KR_NSIG; i++) {
        if (!tripped[i])
            continue;
        tripped[i] = 0;
        PyObject *func = handlers[i];
        PyObject *res;
        if (func == NULL) {
            /* before the module exists, only SIGINT is caught */
            if (i != SIGINT)
                continue;
            PyErr_SetNone(PyExc_KeyboardInterrupt);
            res = NULL;
        } else if (is_int_handler(func, KR_DFL_HANDLER) || is_int_handler(func, KR_IGN_HANDLER)) {
            continue; /* changed after the signal arrived */
        } else {
            PyObject *num = PyLong_FromLong(i);
            if (num == NULL) {
                res = NULL;
            } else {
                Py_INCREF(func); /* the handler may replace itself */
                PyObject *args[2] = {num, frame};
                res = PyObject_Vectorcall(func, args, 2, NULL);
                Py_DECREF(func);
                Py_DECREF(num);
            }
        }
        if (res == NULL) {
            /* the others run at the next check */
            any_tripped = 1;
            _PyEval_SignalReceived(PyInterpreterState_Main());
            return -1;
        }
        Py_DECREF(res);
    }
    return 0;
}

/* ---- the module ---- */

static int
signum_arg(PyObject *o, int *out)
{
    if (PyFloat_Check(o) || !PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < 1 || v >= KR_NSIG) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* The runtime's notion of the main thread (Python/runtime/pystate.c). */
static int
in_main_thread(void)
{
    return _KrThreadState_IsMain(_PyThreadState_GET());
}

static PyObject *
signal_default_int_handler(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("default_int_handler", nargs, 2, 2))
        return NULL;
    PyErr_SetNone(PyExc_KeyboardInterrupt);
    return NULL;
}

static PyObject *
signal_signal(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("signal", nargs, 2, 2))
        return NULL;
    int signum;
    if (signum_arg(args[0], &signum) < 0)
        return NULL;
    PyObject *handler = args[1];
    if (!in_main_thread()) {
        PyErr_SetString(PyExc_ValueError,
                        "signal only works in main thread of the main interpreter");
        return NULL;
    }
    void (*cfunc)(int);
    int dfl = 0, ign = 0;
    if (PyLong_Check(handler)) {
        int overflow;
        long v = PyLong_AsLongAndOverflow(handler, &overflow);
        dfl = !overflow && v == KR_DFL_HANDLER;
        ign = !overflow && v == KR_IGN_HANDLER;
    }
    if (dfl) {
        cfunc = SIG_DFL;
    } else if (ign) {
        cfunc = SIG_IGN;
    } else if (PyCallable_Check(handler)) {
        cfunc = kr_signal_handler;
    } else {
        PyErr_SetString(PyExc_TypeError, "signal handler must be signal.SIG_IGN, "
                                         "signal.SIG_DFL, or a callable object");
        return NULL;
    }
    /* run what arrived meanwhile with the old handler */
    if (PyErr_CheckSignals() < 0)
        return NULL;
    if (install_c_handler(signum, cfunc) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    PyObject *old = handlers[signum];
    handlers[signum] = dfl ? PyLong_FromLong(KR_DFL_HANDLER)
                     : ign ? PyLong_FromLong(KR_IGN_HANDLER) : Py_NewRef(handler);
    if (old == NULL)
        Py_RETURN_NONE;
    return old;
}

static PyObject *
signal_getsignal(PyObject *m, PyObject *arg)
{
    int signum;
    if (signum_arg(arg, &signum) < 0)
        return NULL;
    PyObject *h = handlers[signum];
    return Py_NewRef(h != NULL ? h : Py_None);
}

static PyObject *
signal_strsignal(PyObject *m, PyObject *arg)
{
    int signum;
    if (signum_arg(arg, &signum) < 0)
        return NULL;
    const char *s = strsignal(signum);
    if (s == NULL || strstr(s, "Unknown signal") != NULL)
        Py_RETURN_NONE;
    return PyUnicode_DecodeFSDefault(s);
}

static PyObject *
signal_raise_signal(PyObject *m, PyObject *arg)
{
    int signum;
    if (signum_arg(arg, &signum) < 0)
        return NULL;
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = raise(signum);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
signal_alarm(PyObject *m, PyObject *arg)
{
    if (PyFloat_Check(arg) || !PyIndex_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    long secs = PyLong_AsLong(arg);
    if (secs == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong((long)alarm((unsigned int)secs));
}

static PyObject *
signal_pause(PyObject *m, PyObject *Py_UNUSED(a))
{
    Py_BEGIN_ALLOW_THREADS
    (void)pause();
    Py_END_ALLOW_THREADS
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
signal_siginterrupt(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("siginterrupt", nargs, 2, 2))
        return NULL;
    int signum;
    if (signum_arg(args[0], &signum) < 0)
        return NULL;
    long flag = PyLong_AsLong(args[1]);
    if (flag == -1 && PyErr_Occurred())
        return NULL;
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(signum, &sa, NULL) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyObject *
signal_set_wakeup_fd(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", "warn_on_full_buffer", NULL};
    static _PyArg_Parser parser = {"O|$p:set_wakeup_fd", kwlist, 0};
    PyObject *fdobj;
    int warn = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fdobj, &warn))
        return NULL;
    if (PyFloat_Check(fdobj) || !PyIndex_Check(fdobj)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(fdobj)->tp_name);
        return NULL;
    }
    long fd = PyLong_AsLong(fdobj);
    if (fd == -1 && PyErr_Occurred())
        return NULL;
    if (!in_main_thread()) {
        PyErr_SetString(PyExc_ValueError,
                        "set_wakeup_fd only works in main thread of the main interpreter");
        return NULL;
    }
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > INT_MAX || fstat((int)fd, &st) != 0) {
            errno = EBADF;
            return PyErr_SetFromErrno(PyExc_OSError);
        }
        int flags = fcntl((int)fd, F_GETFL);
        if (flags < 0)
            return PyErr_SetFromErrno(PyExc_OSError);
        if (!(flags & O_NONBLOCK)) {
            PyErr_Format(PyExc_ValueError, "the fd %i must be in non-blocking mode", (int)fd);
            return NULL;
        }
    }
    long old = wakeup_fd;
    wakeup_fd = (sig_atomic_t)fd;
    wakeup_warn = warn;
    return PyLong_FromLong(old);
}

/* a signal set from an iterable of signal numbers */
static int
sigset_arg(PyObject *iterable, sigset_t *set)
{
    sigemptyset(set);
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return -1;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        long v = PyLong_AsLong(item);
        Py_DECREF(item);
        if (v == -1 && PyErr_Occurred())
            goto error;
        if (v < 1 || v >= KR_NSIG) {
            PyErr_Format(PyExc_ValueError, "signal number %ld out of range [1; %i]", v,
                         KR_NSIG - 1);
            goto error;
        }
        sigaddset(set, (int)v);
    }
    if (PyErr_Occurred())
        goto error;
    Py_DECREF(it);
    return 0;
error:
    Py_DECREF(it);
    return -1;
}

static PyObject *
sigset_to_set(const sigset_t *set)
{
    PyObject *r = PySet_New(NULL);
    if (r == NULL)
        return NULL;
    for (int i = 1; i < KR_NSIG; i++) {
        if (sigismember(set, i) != 1)
            continue;
        PyObject *n = PyLong_FromLong(i);
        if (n == NULL || PySet_Add(r, n) < 0) {
            Py_XDECREF(n);
            Py_DECREF(r);
            return NULL;
        }
        Py_DECREF(n);
    }
    return r;
}

static PyObject *
signal_valid_signals(PyObject *m, PyObject *Py_UNUSED(a))
{
    sigset_t set;
    if (sigemptyset(&set) < 0 || sigfillset(&set) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return sigset_to_set(&set);
}

static PyObject *
signal_pthread_sigmask(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("pthread_sigmask", nargs, 2, 2))
        return NULL;
    int how;
    if (!_PyArg_ParseStack(args, 1, "i:pthread_sigmask", &how))
        return NULL;
    sigset_t set, old;
    if (sigset_arg(args[1], &set) < 0)
        return NULL;
    int err = pthread_sigmask(how, &set, &old);
    if (err != 0) {
        errno = err;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    /* unblocking may have delivered something */
    if (PyErr_CheckSignals() < 0)
        return NULL;
    return sigset_to_set(&old);
}

static PyObject *
signal_pthread_kill(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("pthread_kill", nargs, 2, 2))
        return NULL;
    unsigned long tid = PyLong_AsUnsignedLong(args[0]);
    if (tid == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    int signum;
    if (!_PyArg_ParseStack(args + 1, 1, "i:pthread_kill", &signum))
        return NULL;
    int err = pthread_kill((pthread_t)tid, signum);
    if (err != 0) {
        errno = err;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
signal_sigpending(PyObject *m, PyObject *Py_UNUSED(a))
{
    sigset_t set;
    if (sigpending(&set) != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return sigset_to_set(&set);
}

static PyObject *
signal_sigwait(PyObject *m, PyObject *arg)
{
    sigset_t set;
    if (sigset_arg(arg, &set) < 0)
        return NULL;
    int sig, err;
    Py_BEGIN_ALLOW_THREADS
    err = sigwait(&set, &sig);
    Py_END_ALLOW_THREADS
    if (err != 0) {
        errno = err;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    return PyLong_FromLong(sig);
}

/* ---- interval timers ---- */

static void
timeval_from_double(double d, struct timeval *tv)
{
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - (double)tv->tv_sec) * 1e6);
    /* a positive time rounding to zero would disarm the timer */
    if (d > 0 && tv->tv_sec == 0 && tv->tv_usec == 0)
        tv->tv_usec = 1;
}

static double
double_from_timeval(const struct timeval *tv)
{
    return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

static PyObject *
itimer_tuple(const struct itimerval *v)
{
    return Py_BuildValue("(dd)", double_from_timeval(&v->it_value),
                         double_from_timeval(&v->it_interval));
}

static PyObject *
signal_setitimer(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int which;
    double secs, interval = 0.0;
    if (!_PyArg_ParseStack(args, nargs, "id|d:setitimer", &which, &secs, &interval))
        return NULL;
    struct itimerval nv, old;
    timeval_from_double(secs, &nv.it_value);
    timeval_from_double(interval, &nv.it_interval);
    if (setitimer(which, &nv, &old) != 0)
        return PyErr_SetFromErrno(ItimerError);
    return itimer_tuple(&old);
}

static PyObject *
signal_getitimer(PyObject *m, PyObject *arg)
{
    long which = PyLong_AsLong(arg);
    if (which == -1 && PyErr_Occurred())
        return NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) != 0)
        return PyErr_SetFromErrno(ItimerError);
    return itimer_tuple(&v);
}

#define FC(f) ((PyCFunction)(void (*)(void))(f))
static PyMethodDef signal_methods[] = {
    {"default_int_handler", FC(signal_default_int_handler), METH_FASTCALL,
     "default_int_handler($module, signalnum, frame, /)\n--\n\n"
     "The default handler for SIGINT installed by Python.\n\n"
     "It raises KeyboardInterrupt."},
    {"alarm", signal_alarm, METH_O,
     "alarm($module, seconds, /)\n--\n\nArrange for SIGALRM to arrive after the given number of seconds."},
    {"setitimer", FC(signal_setitimer), METH_FASTCALL,
     "setitimer($module, which, seconds, interval=0.0, /)\n--\n\n"
     "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).\n\n"
     "Returns old values as a tuple: (delay, interval)."},
    {"getitimer", signal_getitimer, METH_O,
     "getitimer($module, which, /)\n--\n\nReturns current value of given itimer."},
    {"signal", FC(signal_signal), METH_FASTCALL,
     "signal($module, signalnum, handler, /)\n--\n\n"
     "Set the action for the given signal.\n\n"
     "The action can be SIG_DFL, SIG_IGN, or a callable Python object.\n"
     "The previous action is returned."},
    {"raise_signal", signal_raise_signal, METH_O,
     "raise_signal($module, signalnum, /)\n--\n\nSend a signal to the executing process."},
    {"strsignal", signal_strsignal, METH_O,
     "strsignal($module, signalnum, /)\n--\n\n"
     "Return the system description of the given signal.\n\n"
     "Returns None if the signal has no description."},
    {"getsignal", signal_getsignal, METH_O,
     "getsignal($module, signalnum, /)\n--\n\nReturn the current action for the given signal."},
    {"set_wakeup_fd", FC(signal_set_wakeup_fd), METH_FASTCALL | METH_KEYWORDS,
     "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\n"
     "Sets the fd to be written to (with the signal number) when a signal\n"
     "comes in.  A library can use this to wakeup select or poll.\n"
     "The previous fd or -1 is returned.\n\n"
     "The fd must be non-blocking."},
    {"siginterrupt", FC(signal_siginterrupt), METH_FASTCALL,
     "siginterrupt($module, signalnum, flag, /)\n--\n\n"
     "Change system call restart behaviour."},
    {"pause", signal_pause, METH_NOARGS,
     "pause($module, /)\n--\n\nWait until a signal arrives."},
    {"pthread_kill", FC(signal_pthread_kill), METH_FASTCALL,
     "pthread_kill($module, thread_id, signalnum, /)\n--\n\nSend a signal to a thread."},
    {"pthread_sigmask", FC(signal_pthread_sigmask), METH_FASTCALL,
     "pthread_sigmask($module, how, mask, /)\n--\n\nFetch and/or change the signal mask of the calling thread."},
    {"sigpending", signal_sigpending, METH_NOARGS,
     "sigpending($module, /)\n--\n\nExamine pending signals."},
    {"sigwait", signal_sigwait, METH_O,
     "sigwait($module, sigset, /)\n--\n\nWait for a signal."},
    {"valid_signals", signal_valid_signals, METH_NOARGS,
     "valid_signals($module, /)\n--\n\nReturn a set of valid signal numbers on this platform."},
    {NULL, NULL, 0, NULL}
};
#undef FC

static PyModuleDef signalmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_signal",
    .m_doc = "The signal handling behind signal.py: signal() installs a Python\n"
             "callable (called with the signal number and the interrupted frame),\n"
             "SIG_DFL or SIG_IGN for a signal; getsignal() tells which is installed;\n"
             "alarm() and setitimer() arrange for signals to arrive later.",
    .m_size = -1,
    .m_methods = signal_methods,
};

PyObject *
PyInit__signal(void)
{
    static const struct { const char *name; int value; } consts[] = {
        {"NSIG", KR_NSIG}, {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK},
        {"SIG_SETMASK", SIG_SETMASK},
        {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
        {"SIGTRAP", SIGTRAP}, {"SIGIOT", SIGIOT}, {"SIGABRT", SIGABRT}, {"SIGFPE", SIGFPE},
        {"SIGKILL", SIGKILL}, {"SIGBUS", SIGBUS}, {"SIGSEGV", SIGSEGV}, {"SIGSYS", SIGSYS},
        {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
        {"SIGUSR1", SIGUSR1}, {"SIGUSR2", SIGUSR2}, {"SIGCLD", SIGCHLD},
        {"SIGCHLD", SIGCHLD}, {"SIGPWR", SIGPWR}, {"SIGIO", SIGIO}, {"SIGURG", SIGURG},
        {"SIGWINCH", SIGWINCH}, {"SIGPOLL", SIGPOLL}, {"SIGSTOP", SIGSTOP},
        {"SIGTSTP", SIGTSTP}, {"SIGCONT", SIGCONT}, {"SIGTTIN", SIGTTIN},
        {"SIGTTOU", SIGTTOU}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
        {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGRTMIN", 0}, {"SIGRTMAX", 0},
        {"SIGSTKFLT", SIGSTKFLT}, {"ITIMER_REAL", ITIMER_REAL},
        {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
        {"SIG_DFL", KR_DFL_HANDLER}, {"SIG_IGN", KR_IGN_HANDLER},
    };
    PyObject *m = PyModule_Create(&signalmodule);
    if (m == NULL)
        return NULL;
    for (size_t i = 0; i < Py_ARRAY_LENGTH(consts); i++) {
        int v = consts[i].value;
        if (strcmp(consts[i].name, "SIGRTMIN") == 0)
            v = SIGRTMIN;
        else if (strcmp(consts[i].name, "SIGRTMAX") == 0)
            v = SIGRTMAX;
        if (PyModule_AddIntConstant(m, consts[i].name, v) < 0)
            goto error;
    }
    if (ItimerError == NULL) {
        ItimerError = PyErr_NewException("signal.itimer_error", PyExc_OSError, NULL);
        if (ItimerError == NULL)
            goto error;
    }
    if (PyModule_AddObjectRef(m, "ItimerError", ItimerError) < 0)
        goto error;
    if (default_int_handler == NULL) {
        default_int_handler = PyObject_GetAttrString(m, "default_int_handler");
        if (default_int_handler == NULL)
            goto error;
    }
    /* What the process inherited, as CPython reports it: SIG_DFL, SIG_IGN
     * or None (a C handler not installed from Python); SIGINT, caught
     * since start-up, gets default_int_handler. */
    for (int i = 1; i < KR_NSIG; i++) {
        if (handlers[i] != NULL)
            continue;
        struct sigaction sa;
        if (sigaction(i, NULL, &sa) != 0)
            continue;
        if (sa.sa_handler == kr_signal_handler && i == SIGINT)
            handlers[i] = Py_NewRef(default_int_handler);
        else if (sa.sa_handler == SIG_DFL)
            handlers[i] = PyLong_FromLong(KR_DFL_HANDLER);
        else if (sa.sa_handler == SIG_IGN)
            handlers[i] = PyLong_FromLong(KR_IGN_HANDLER);
    }
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
