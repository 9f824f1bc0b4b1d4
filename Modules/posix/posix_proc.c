/* posix: processes, their identity, and the wait status macros.
 *
 * fork() runs the callables of register_at_fork() around the system
 * call (PyOS_BeforeFork, PyOS_AfterFork_Parent, PyOS_AfterFork_Child,
 * CPython's public hooks live here as in CPython): "before" ones in
 * reverse order of registration, the "after" ones in order, an
 * exception in any of them reported as unraisable and not stopping the
 * others.  The exec functions convert every argument before the call,
 * since after a successful exec nothing can be cleaned up. */
#include "posix.h"
#include "kr_init.h"
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>

/* ---- identity ---- */

#define ID_FUNC(name, expr) \
    static PyObject *posix_##name(PyObject *m, PyObject *Py_UNUSED(a)) \
    { \
        return PyLong_FromLong((long)(expr)); \
    }
ID_FUNC(getpid, getpid())
ID_FUNC(getppid, getppid())
ID_FUNC(getuid, getuid())
ID_FUNC(geteuid, geteuid())
ID_FUNC(getgid, getgid())
ID_FUNC(getegid, getegid())
ID_FUNC(getpgrp, getpgrp())
#undef ID_FUNC

static PyObject *
posix_getgroups(PyObject *m, PyObject *Py_UNUSED(a))
{
    int n = getgroups(0, NULL);
    if (n < 0)
        return _KrPosix_Error();
    gid_t *groups = PyMem_Malloc(sizeof(gid_t) * (n > 0 ? n : 1));
    if (groups == NULL)
        return PyErr_NoMemory();
    n = getgroups(n, groups);
    if (n < 0) {
        PyMem_Free(groups);
        return _KrPosix_Error();
    }
    PyObject *list = PyList_New(n);
    for (int i = 0; list != NULL && i < n; i++) {
        PyObject *g = PyLong_FromUnsignedLong(groups[i]);
        if (g == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, i, g);
    }
    PyMem_Free(groups);
    return list;
}

static PyObject *
posix_getlogin(PyObject *m, PyObject *Py_UNUSED(a))
{
    errno = 0;
    char *name = getlogin();
    if (name == NULL) {
        if (errno)
            return _KrPosix_Error();
        PyErr_SetString(PyExc_OSError, "unable to determine login name");
        return NULL;
    }
    return PyUnicode_DecodeFSDefault(name);
}

static PyObject *
posix_getpgid(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"pid", NULL};
    static _PyArg_Parser parser = {"i:getpgid", kwlist, 0};
    int pid;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &pid))
        return NULL;
    pid_t r = getpgid(pid);
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromLong(r);
}

static PyObject *
posix_setpgid(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int pid, pgrp;
    if (!_PyArg_ParseStack(args, nargs, "ii:setpgid", &pid, &pgrp))
        return NULL;
    if (setpgid(pid, pgrp) < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_getsid(PyObject *m, PyObject *arg)
{
    int pid = _KrPosix_AsInt(arg);
    if (pid == -1 && PyErr_Occurred())
        return NULL;
    pid_t r = getsid(pid);
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromLong(r);
}

static PyObject *
posix_setsid(PyObject *m, PyObject *Py_UNUSED(a))
{
    if (setsid() < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

/* ---- signals to processes ---- */

static PyObject *
posix_kill(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int pid, sig;
    if (!_PyArg_ParseStack(args, nargs, "ii:kill", &pid, &sig))
        return NULL;
    if (kill(pid, sig) < 0)
        return _KrPosix_Error();
    /* a signal sent to ourselves runs its Python handler now, as in CPython */
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
posix_killpg(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int pgid, sig;
    if (!_PyArg_ParseStack(args, nargs, "ii:killpg", &pgid, &sig))
        return NULL;
    if (killpg(pgid, sig) < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_abort(PyObject *m, PyObject *Py_UNUSED(a))
{
    abort();
}

static PyObject *
posix_nice(PyObject *m, PyObject *arg)
{
    int inc = _KrPosix_AsInt(arg);
    if (inc == -1 && PyErr_Occurred())
        return NULL;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno != 0)
        return _KrPosix_Error();
    return PyLong_FromLong(r);
}

static PyObject *
posix_sched_yield(PyObject *m, PyObject *Py_UNUSED(a))
{
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = sched_yield();
    Py_END_ALLOW_THREADS
    if (r < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_getloadavg(PyObject *m, PyObject *Py_UNUSED(a))
{
    double load[3];
    if (getloadavg(load, 3) != 3) {
        PyErr_SetString(PyExc_OSError, "Load averages are unobtainable");
        return NULL;
    }
    return Py_BuildValue("(ddd)", load[0], load[1], load[2]);
}

/* ---- times ---- */

static PyTypeObject TimesResultType;
static PyStructSequence_Field times_fields[] = {
    {"user", "user time"},
    {"system", "system time"},
    {"children_user", "user time of children"},
    {"children_system", "system time of children"},
    {"elapsed", "elapsed time since an arbitrary point in the past"},
    {NULL, NULL}
};
static PyStructSequence_Desc times_desc = {
    "posix.times_result",
    "times_result: Result from os.times().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (user, system, children_user, children_system, elapsed),\n"
    "or via the attributes user, system, children_user, children_system,\n"
    "and elapsed.\n\n"
    "See os.times for more information.",
    times_fields, 5,
};

static PyObject *
posix_times(PyObject *m, PyObject *Py_UNUSED(a))
{
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1)
        return _KrPosix_Error();
    double tick = (double)sysconf(_SC_CLK_TCK);
    double v[5] = {t.tms_utime / tick, t.tms_stime / tick, t.tms_cutime / tick,
                   t.tms_cstime / tick, c / tick};
    PyObject *r = PyStructSequence_New(&TimesResultType);
    if (r == NULL)
        return NULL;
    for (int i = 0; i < 5; i++)
        PyStructSequence_SetItem(r, i, PyFloat_FromDouble(v[i]));
    if (PyErr_Occurred()) {
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- fork ---- */

static PyObject *before_forkers, *after_forkers_parent, *after_forkers_child;

static void
run_forkers(PyObject *list, int reverse)
{
    if (list == NULL)
        return;
    /* a copy: a callable may register more */
    PyObject *copy = PyList_GetSlice(list, 0, PyList_GET_SIZE(list));
    if (copy == NULL) {
        PyErr_WriteUnraisable(NULL);
        return;
    }
    Py_ssize_t n = PyList_GET_SIZE(copy);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *func = PyList_GET_ITEM(copy, reverse ? n - 1 - i : i);
        PyObject *r = PyObject_CallNoArgs(func);
        if (r == NULL)
            PyErr_WriteUnraisable(func);
        Py_XDECREF(r);
    }
    Py_DECREF(copy);
}

void
PyOS_BeforeFork(void)
{
    run_forkers(before_forkers, 1);
    /* wait for a thread inside importlib's bookkeeping to finish, so the
     * child does not inherit it half done */
    _KrImport_AcquireLock();
}

void
PyOS_AfterFork_Parent(void)
{
    _KrImport_ReleaseLock();
    run_forkers(after_forkers_parent, 0);
}

void
PyOS_AfterFork_Child(void)
{
    /* one thread left: it holds a fresh GIL and is the main thread */
    _KrState_AfterForkChild(_PyThreadState_GET());
    _KrEval_AfterForkChild();
    _KrImport_AfterForkChild();
    _KrSignal_AfterFork();
    run_forkers(after_forkers_child, 0);
}

static int
add_forker(PyObject **list, PyObject *func)
{
    if (func == NULL)
        return 0;
    if (*list == NULL && (*list = PyList_New(0)) == NULL)
        return -1;
    return PyList_Append(*list, func);
}

static PyObject *
posix_register_at_fork(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"before", "after_in_child", "after_in_parent", NULL};
    static _PyArg_Parser parser = {"|$OOO:register_at_fork", kwlist, 0};
    PyObject *before = NULL, *child = NULL, *parent = NULL;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &before, &child, &parent))
        return NULL;
    if (!before && !child && !parent) {
        PyErr_SetString(PyExc_TypeError, "At least one argument is required.");
        return NULL;
    }
    const char *names[3] = {"before", "after_in_child", "after_in_parent"};
    PyObject *funcs[3] = {before, child, parent};
    for (int i = 0; i < 3; i++) {
        if (funcs[i] != NULL && !PyCallable_Check(funcs[i])) {
            PyErr_Format(PyExc_TypeError, "'%s' must be callable, not %s", names[i],
                         Py_TYPE(funcs[i])->tp_name);
            return NULL;
        }
    }
    if (add_forker(&before_forkers, before) < 0 ||
        add_forker(&after_forkers_child, child) < 0 ||
        add_forker(&after_forkers_parent, parent) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
posix_fork(PyObject *m, PyObject *Py_UNUSED(a))
{
    PyOS_BeforeFork();
    /* what sits in the C stdio buffers would otherwise be written twice */
    fflush(NULL);
    pid_t pid = fork();
    int saved = errno;
    if (pid == 0) {
        PyOS_AfterFork_Child();
    } else {
        PyOS_AfterFork_Parent();
    }
    if (pid < 0) {
        errno = saved;
        return _KrPosix_Error();
    }
    return PyLong_FromLong(pid);
}

/* ---- exec ---- */

/* A NULL-terminated array of encoded strings from a list or tuple; the
 * bytes objects owning them are appended to `keep`. */
static char **
string_array(PyObject *seq, PyObject *keep, Py_ssize_t *count)
{
    Py_ssize_t n = PySequence_Size(seq);
    if (n < 0)
        return NULL;
    char **arr = PyMem_Calloc((size_t)n + 1, sizeof(char *));
    if (arr == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(seq, i);
        if (item == NULL)
            goto error;
        /* os.fspath's message for a wrong type, as CPython */
        PyObject *fs = PyOS_FSPath(item);
        Py_DECREF(item);
        if (fs == NULL)
            goto error;
        kr_path_t p = KR_PATH(NULL, NULL, 0, 0);
        int ok = _KrPosix_PathConverter(fs, &p);
        Py_DECREF(fs);
        if (!ok)
            goto error;
        arr[i] = (char *)p.narrow;
        int r = PyList_Append(keep, p.cleanup);
        _KrPosix_PathCleanup(&p);
        if (r < 0)
            goto error;
    }
    *count = n;
    return arr;
error:
    PyMem_Free(arr);
    return NULL;
}

/* "KEY=VALUE" strings from a mapping */
static char **
env_array(PyObject *env, PyObject *keep)
{
    PyObject *items = PyMapping_Items(env);
    if (items == NULL)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(items);
    char **arr = PyMem_Calloc((size_t)n + 1, sizeof(char *));
    if (arr == NULL) {
        Py_DECREF(items);
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *kv = PyList_GET_ITEM(items, i);
        if (!PyTuple_Check(kv) || PyTuple_GET_SIZE(kv) != 2) {
            PyErr_SetString(PyExc_TypeError, "env.items() or env.values() is not a list");
            goto error;
        }
        kr_path_t k = KR_PATH(NULL, NULL, 0, 0), v = KR_PATH(NULL, NULL, 0, 0);
        if (!_KrPosix_PathConverter(PyTuple_GET_ITEM(kv, 0), &k))
            goto error;
        if (!_KrPosix_PathConverter(PyTuple_GET_ITEM(kv, 1), &v)) {
            _KrPosix_PathCleanup(&k);
            goto error;
        }
        if (k.length == 0 || strchr(k.narrow, '=') != NULL) {
            _KrPosix_PathCleanup(&k);
            _KrPosix_PathCleanup(&v);
            PyErr_SetString(PyExc_ValueError, "illegal environment variable name");
            goto error;
        }
        PyObject *s = PyBytes_FromFormat("%s=%s", k.narrow, v.narrow);
        _KrPosix_PathCleanup(&k);
        _KrPosix_PathCleanup(&v);
        if (s == NULL || PyList_Append(keep, s) < 0) {
            Py_XDECREF(s);
            goto error;
        }
        arr[i] = PyBytes_AS_STRING(s);
        Py_DECREF(s);
    }
    Py_DECREF(items);
    return arr;
error:
    Py_DECREF(items);
    PyMem_Free(arr);
    return NULL;
}

static PyObject *
exec_common(const char *fname, kr_path_t *path, PyObject *argv, PyObject *env)
{
    if (!PyList_Check(argv) && !PyTuple_Check(argv)) {
        PyErr_Format(PyExc_TypeError, "%s() arg 2 must be a tuple or list", fname);
        return NULL;
    }
    if (env != NULL && !PyMapping_Check(env)) {
        PyErr_Format(PyExc_TypeError, "%s: environment must be a mapping object", fname);
        return NULL;
    }
    PyObject *keep = PyList_New(0);
    if (keep == NULL)
        return NULL;
    char **args = NULL, **envp = NULL;
    Py_ssize_t n = 0;
    args = string_array(argv, keep, &n);
    if (args == NULL)
        goto done;
    if (n < 1) {
        PyErr_Format(PyExc_ValueError, "%s() arg 2 must not be empty", fname);
        goto done;
    }
    if (args[0][0] == '\0') {
        PyErr_Format(PyExc_ValueError, "%s() arg 2 first element cannot be empty", fname);
        goto done;
    }
    if (env != NULL && (envp = env_array(env, keep)) == NULL)
        goto done;
    fflush(NULL);
    if (path->fd != -1)
        fexecve(path->fd, args, envp);
    else if (envp != NULL)
        execve(path->narrow, args, envp);
    else
        execv(path->narrow, args);
    _KrPosix_Error(); /* CPython names no file here */
done:
    PyMem_Free(args);
    PyMem_Free(envp);
    Py_DECREF(keep);
    return NULL;
}

static PyObject *
posix_execv(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("execv", nargs, 2, 2))
        return NULL;
    kr_path_t path = KR_PATH("execv", "path", 0, 0);
    if (!_KrPosix_PathConverter(args[0], &path))
        return NULL;
    exec_common("execv", &path, args[1], NULL);
    _KrPosix_PathCleanup(&path);
    return NULL;
}

static PyObject *
posix_execve(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "argv", "env", NULL};
    static _PyArg_Parser parser = {"O&OO:execve", kwlist, 0};
    kr_path_t path = KR_PATH("execve", "path", 0, 1);
    PyObject *argv, *env;
    if (_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                     &path, &argv, &env))
        exec_common("execve", &path, argv, env);
    _KrPosix_PathCleanup(&path);
    return NULL;
}

static PyObject *
posix__exit(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"status", NULL};
    static _PyArg_Parser parser = {"i:_exit", kwlist, 0};
    int status;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &status))
        return NULL;
    _exit(status);
}

static PyObject *
posix_system(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"command", NULL};
    static _PyArg_Parser parser = {"O&:system", kwlist, 0};
    kr_path_t cmd = KR_PATH("system", "command", 0, 0);
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &cmd)) {
        _KrPosix_PathCleanup(&cmd);
        return NULL;
    }
    int r;
    fflush(NULL);
    Py_BEGIN_ALLOW_THREADS
    r = system(cmd.narrow);
    Py_END_ALLOW_THREADS
    _KrPosix_PathCleanup(&cmd);
    return PyLong_FromLong(r);
}

/* ---- wait ---- */

static PyObject *
posix_waitpid(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int pid, options, status = 0;
    if (!_PyArg_ParseStack(args, nargs, "ii:waitpid", &pid, &options))
        return NULL;
    pid_t r;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        r = waitpid(pid, &status, options);
        Py_END_ALLOW_THREADS
        if (r >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    if (r < 0)
        return _KrPosix_Error();
    return Py_BuildValue("(ii)", (int)r, status);
}

static PyObject *
posix_wait(PyObject *m, PyObject *Py_UNUSED(a))
{
    int status = 0;
    pid_t r;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        r = wait(&status);
        Py_END_ALLOW_THREADS
        if (r >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    if (r < 0)
        return _KrPosix_Error();
    return Py_BuildValue("(ii)", (int)r, status);
}

static int
status_arg(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, _PyArg_Parser *parser,
           int *status)
{
    return _PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, status);
}

static PyObject *
posix_waitstatus_to_exitcode(PyObject *m, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames)
{
    static const char *const kwlist[] = {"status", NULL};
    static _PyArg_Parser parser = {"i:waitstatus_to_exitcode", kwlist, 0};
    int status;
    if (!status_arg(args, nargs, kwnames, &parser, &status))
        return NULL;
    if (WIFEXITED(status))
        return PyLong_FromLong(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return PyLong_FromLong(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        PyErr_Format(PyExc_ValueError, "process stopped by delivery of signal %i",
                     WSTOPSIG(status));
    else
        PyErr_Format(PyExc_ValueError, "invalid wait status: %i", status);
    return NULL;
}

#define WAIT_MACRO(name, conv) \
    static PyObject *posix_##name(PyObject *m, PyObject *const *args, Py_ssize_t nargs, \
                                  PyObject *kwnames) \
    { \
        static const char *const kwlist[] = {"status", NULL}; \
        static _PyArg_Parser parser = {"i:" #name, kwlist, 0}; \
        int status; \
        if (!status_arg(args, nargs, kwnames, &parser, &status)) \
            return NULL; \
        return conv(name(status)); \
    }
WAIT_MACRO(WIFEXITED, PyBool_FromLong)
WAIT_MACRO(WEXITSTATUS, PyLong_FromLong)
WAIT_MACRO(WIFSIGNALED, PyBool_FromLong)
WAIT_MACRO(WTERMSIG, PyLong_FromLong)
WAIT_MACRO(WIFSTOPPED, PyBool_FromLong)
WAIT_MACRO(WSTOPSIG, PyLong_FromLong)
WAIT_MACRO(WIFCONTINUED, PyBool_FromLong)
#undef WAIT_MACRO

static PyObject *
posix_WCOREDUMP(PyObject *m, PyObject *arg)
{
    int status = _KrPosix_AsInt(arg);
    if (status == -1 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(WCOREDUMP(status));
}

#define FC(f) ((PyCFunction)(void (*)(void))(f))
#define WDOC(name, text) #name "($module, /, status)\n--\n\n" text
PyMethodDef _KrPosix_ProcMethods[] = {
    {"getpid", posix_getpid, METH_NOARGS, "getpid($module, /)\n--\n\nReturn the current process id."},
    {"getppid", posix_getppid, METH_NOARGS,
     "getppid($module, /)\n--\n\nReturn the parent's process id."},
    {"getuid", posix_getuid, METH_NOARGS,
     "getuid($module, /)\n--\n\nReturn the current process's user id."},
    {"geteuid", posix_geteuid, METH_NOARGS,
     "geteuid($module, /)\n--\n\nReturn the current process's effective user id."},
    {"getgid", posix_getgid, METH_NOARGS,
     "getgid($module, /)\n--\n\nReturn the current process's group id."},
    {"getegid", posix_getegid, METH_NOARGS,
     "getegid($module, /)\n--\n\nReturn the current process's effective group id."},
    {"getpgrp", posix_getpgrp, METH_NOARGS,
     "getpgrp($module, /)\n--\n\nReturn the current process group id."},
    {"getgroups", posix_getgroups, METH_NOARGS,
     "getgroups($module, /)\n--\n\nReturn list of supplemental group IDs for the process."},
    {"getlogin", posix_getlogin, METH_NOARGS,
     "getlogin($module, /)\n--\n\nReturn the actual login name."},
    {"getpgid", FC(posix_getpgid), KR_KW_FLAGS,
     "getpgid($module, /, pid)\n--\n\nCall the system call getpgid(), and return the result."},
    {"setpgid", FC(posix_setpgid), METH_FASTCALL,
     "setpgid($module, pid, pgrp, /)\n--\n\nCall the system call setpgid(pid, pgrp)."},
    {"getsid", posix_getsid, METH_O,
     "getsid($module, pid, /)\n--\n\nCall the system call getsid(pid) and return the result."},
    {"setsid", posix_setsid, METH_NOARGS,
     "setsid($module, /)\n--\n\nCall the system call setsid()."},
    {"kill", FC(posix_kill), METH_FASTCALL,
     "kill($module, pid, signal, /)\n--\n\nKill a process with a signal."},
    {"killpg", FC(posix_killpg), METH_FASTCALL,
     "killpg($module, pgid, signal, /)\n--\n\nKill a process group with a signal."},
    {"abort", posix_abort, METH_NOARGS,
     "abort($module, /)\n--\n\nAbort the interpreter immediately."},
    {"nice", posix_nice, METH_O,
     "nice($module, increment, /)\n--\n\nAdd increment to the priority of process and return the new priority."},
    {"sched_yield", posix_sched_yield, METH_NOARGS,
     "sched_yield($module, /)\n--\n\nVoluntarily relinquish the CPU."},
    {"getloadavg", posix_getloadavg, METH_NOARGS,
     "getloadavg($module, /)\n--\n\n"
     "Return average recent system load information."},
    {"times", posix_times, METH_NOARGS,
     "times($module, /)\n--\n\nReturn a collection containing process timing information."},
    {"register_at_fork", FC(posix_register_at_fork), KR_KW_FLAGS,
     "register_at_fork($module, /, *, before=<unrepresentable>,\n"
     "                 after_in_child=<unrepresentable>,\n"
     "                 after_in_parent=<unrepresentable>)\n--\n\n"
     "Register callables to be called when forking a new process."},
    {"fork", posix_fork, METH_NOARGS,
     "fork($module, /)\n--\n\nFork a child process.\n\n"
     "Return 0 to child process and PID of child to parent process."},
    {"execv", FC(posix_execv), METH_FASTCALL,
     "execv($module, path, argv, /)\n--\n\nExecute an executable path with arguments, replacing current process."},
    {"execve", FC(posix_execve), KR_KW_FLAGS,
     "execve($module, /, path, argv, env)\n--\n\n"
     "Execute an executable path with arguments, replacing current process."},
    {"_exit", FC(posix__exit), KR_KW_FLAGS,
     "_exit($module, /, status)\n--\n\nExit to the system with specified status, without normal exit processing."},
    {"system", FC(posix_system), KR_KW_FLAGS,
     "system($module, /, command)\n--\n\nExecute the command in a subshell."},
    {"waitpid", FC(posix_waitpid), METH_FASTCALL,
     "waitpid($module, pid, options, /)\n--\n\n"
     "Wait for completion of a given child process."},
    {"wait", posix_wait, METH_NOARGS,
     "wait($module, /)\n--\n\nWait for completion of a child process."},
    {"waitstatus_to_exitcode", FC(posix_waitstatus_to_exitcode), KR_KW_FLAGS,
     WDOC(waitstatus_to_exitcode, "Convert a wait status to an exit code.")},
    {"WIFEXITED", FC(posix_WIFEXITED), KR_KW_FLAGS,
     WDOC(WIFEXITED, "Return True if the process returning status exited via the exit() system call.")},
    {"WEXITSTATUS", FC(posix_WEXITSTATUS), KR_KW_FLAGS,
     WDOC(WEXITSTATUS, "Return the process return code from status.")},
    {"WIFSIGNALED", FC(posix_WIFSIGNALED), KR_KW_FLAGS,
     WDOC(WIFSIGNALED, "Return True if the process returning status was terminated by a signal.")},
    {"WTERMSIG", FC(posix_WTERMSIG), KR_KW_FLAGS,
     WDOC(WTERMSIG, "Return the signal that terminated the process that provided the status value.")},
    {"WIFSTOPPED", FC(posix_WIFSTOPPED), KR_KW_FLAGS,
     WDOC(WIFSTOPPED, "Return True if the process returning status was stopped.")},
    {"WSTOPSIG", FC(posix_WSTOPSIG), KR_KW_FLAGS,
     WDOC(WSTOPSIG, "Return the signal that stopped the process that provided the status value.")},
    {"WIFCONTINUED", FC(posix_WIFCONTINUED), KR_KW_FLAGS,
     WDOC(WIFCONTINUED, "Return True if a particular process was continued from a job control stop.")},
    {"WCOREDUMP", posix_WCOREDUMP, METH_O,
     "WCOREDUMP($module, status, /)\n--\n\nReturn True if the process returning status was dumped to a core file."},
    {NULL, NULL, 0, NULL}
};
#undef WDOC
#undef FC

int
_KrPosix_ProcInit(PyObject *m)
{
    static int ready;
    if (!ready) {
        if (PyStructSequence_InitType2(&TimesResultType, &times_desc) < 0)
            return -1;
        ready = 1;
    }
    return PyModule_AddObjectRef(m, "times_result", (PyObject *)&TimesResultType);
}
