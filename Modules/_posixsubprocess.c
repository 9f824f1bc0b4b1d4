/* _posixsubprocess: fork_exec(), the one call subprocess.Popen makes to
 * start a child on POSIX.
 *
 * Everything the child needs is converted to C before fork(): argv, the
 * environment and the candidate executables become NUL-terminated byte
 * strings, the descriptors to keep become an int array.  After fork()
 * the child only makes system calls on those (dup2, chdir, close, exec,
 * write), so nothing in the child allocates or touches Python objects,
 * except when a preexec_fn was given, which CPython documents as unsafe
 * in the same way.
 *
 * The child reports a failure before or at exec through the error pipe
 * in the format subprocess.py parses: "OSError:<hex errno>:" followed by
 * "noexec" when exec was never reached (a bad cwd, say), or
 * "SubprocessError:0:<message>".  The parent learns of success when exec
 * closes the pipe (it is close-on-exec). */
#include "Python.h"
#include "kr_runtime.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

void PyOS_BeforeFork(void);
void PyOS_AfterFork_Parent(void);
void PyOS_AfterFork_Child(void);

/* A list of str/bytes/PathLike as a NULL-terminated array of C strings;
 * *keep holds the bytes objects that own the memory. */
static char **
to_cstring_array(PyObject *seq, PyObject **keep, const char *what)
{
    PyObject *fast = PySequence_Fast(seq, what);
    if (fast == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    PyObject *owned = PyTuple_New(n);
    char **arr = owned ? PyMem_Malloc((n + 1) * sizeof(char *)) : NULL;
    if (arr == NULL) {
        Py_XDECREF(owned);
        Py_DECREF(fast);
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fast, i);
        PyObject *b;
        if (PyBytes_Check(item)) {
            b = Py_NewRef(item);
        } else {
            PyObject *p = PyOS_FSPath(item);
            if (p == NULL)
                goto error;
            b = PyUnicode_Check(p) ? PyUnicode_EncodeFSDefault(p) : Py_NewRef(p);
            Py_DECREF(p);
            if (b == NULL)
                goto error;
        }
        if (!PyBytes_Check(b)) {
            Py_DECREF(b);
            PyErr_Format(PyExc_TypeError, "expected str, bytes or os.PathLike object");
            goto error;
        }
        if ((Py_ssize_t)strlen(PyBytes_AS_STRING(b)) != PyBytes_GET_SIZE(b)) {
            Py_DECREF(b);
            PyErr_SetString(PyExc_ValueError, "embedded null byte");
            goto error;
        }
        PyTuple_SET_ITEM(owned, i, b);
        arr[i] = PyBytes_AS_STRING(b);
    }
    arr[n] = NULL;
    Py_DECREF(fast);
    *keep = owned;
    return arr;
error:
    PyMem_Free(arr);
    Py_DECREF(owned);
    Py_DECREF(fast);
    return NULL;
}

static int
is_kept(int fd, const int *keep, Py_ssize_t nkeep)
{
    for (Py_ssize_t i = 0; i < nkeep; i++)
        if (keep[i] == fd)
            return 1;
    return 0;
}

/* Close every descriptor from 3 up, except those in `keep` (sorted).
 * close_range() does it in one call per gap; without it, /proc/self/fd
 * names the open ones. */
static void
close_open_fds(const int *keep, Py_ssize_t nkeep)
{
#ifdef SYS_close_range
    int start = 3;
    for (Py_ssize_t i = 0; i <= nkeep; i++) {
        int end = i < nkeep ? keep[i] - 1 : INT_MAX;
        if (i < nkeep && keep[i] < start)
            continue;
        if (end >= start && syscall(SYS_close_range, (unsigned)start, (unsigned)end, 0) < 0)
            goto fallback;
        if (i < nkeep)
            start = keep[i] + 1;
    }
    return;
fallback:;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536)
        max = 65536;
    for (int fd = 3; fd < max; fd++)
        if (!is_kept(fd, keep, nkeep))
            close(fd);
}

static void
write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

static void
report_errno(int errpipe_write, int err, int reached_exec)
{
    char hex[sizeof(int) * 2 + 1];
    char *cur = hex + sizeof(hex);
    unsigned v = (unsigned)err;
    do {
        *--cur = "0123456789abcdef"[v % 16];
        v /= 16;
    } while (v != 0 && cur != hex);
    /* one write: the parent may read as soon as anything arrives, and a
     * pipe write this small is atomic */
    char msg[8 + sizeof(hex) + 1 + 6];
    size_t n = 0;
    memcpy(msg, "OSError:", 8);
    n += 8;
    memcpy(msg + n, cur, (size_t)(hex + sizeof(hex) - cur));
    n += (size_t)(hex + sizeof(hex) - cur);
    msg[n++] = ':';
    if (!reached_exec) {
        memcpy(msg + n, "noexec", 6);
        n += 6;
    }
    write_all(errpipe_write, msg, n);
}

static void
make_inheritable(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    if (flags >= 0 && (flags & FD_CLOEXEC))
        fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
}

struct child_args {
    char **argv, **envp, **exec_list;
    const char *cwd;
    int *keep;
    Py_ssize_t nkeep;
    int close_fds, restore_signals, call_setsid;
    pid_t pgid_to_set;
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
    gid_t gid;
    int set_gid, set_uid, set_groups;
    gid_t *groups;
    Py_ssize_t ngroups;
    uid_t uid;
    int child_umask;
    PyObject *preexec_fn;
};

/* The child: never returns. */
static void
child_exec(struct child_args *a)
{
    int reached_exec = 0;
    const char *err_msg = NULL;
#define CHECK(call) do { if ((call) < 0) goto error; } while (0)
    if (a->p2cwrite != -1)
        close(a->p2cwrite);
    if (a->c2pread != -1)
        close(a->c2pread);
    if (a->errread != -1)
        close(a->errread);
    close(a->errpipe_read);
    /* the standard descriptors must not be clobbered by each other */
    if (a->c2pwrite == 0)
        CHECK(a->c2pwrite = dup(a->c2pwrite));
    while (a->errwrite == 0 || a->errwrite == 1)
        CHECK(a->errwrite = dup(a->errwrite));
    if (a->p2cread == 0)
        make_inheritable(0);
    else if (a->p2cread != -1)
        CHECK(dup2(a->p2cread, 0));
    if (a->c2pwrite == 1)
        make_inheritable(1);
    else if (a->c2pwrite != -1)
        CHECK(dup2(a->c2pwrite, 1));
    if (a->errwrite == 2)
        make_inheritable(2);
    else if (a->errwrite != -1)
        CHECK(dup2(a->errwrite, 2));
    /* the originals are closed with the other descriptors below */
    if (a->cwd)
        CHECK(chdir(a->cwd));
    if (a->child_umask >= 0)
        umask((mode_t)a->child_umask);
    if (a->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (a->call_setsid)
        CHECK(setsid());
    if (a->pgid_to_set >= 0)
        CHECK(setpgid(0, a->pgid_to_set));
    if (a->set_groups)
        CHECK(setgroups((size_t)a->ngroups, a->groups));
    if (a->set_gid)
        CHECK(setregid(a->gid, a->gid));
    if (a->set_uid)
        CHECK(setreuid(a->uid, a->uid));
    reached_exec = 1;
    if (a->preexec_fn != NULL) {
        PyObject *r = PyObject_CallNoArgs(a->preexec_fn);
        if (r == NULL) {
            err_msg = "Exception occurred in preexec_fn.";
            errno = 0;
            goto error;
        }
        Py_DECREF(r);
    }
    /* errpipe_write stays close-on-exec: its EOF tells the parent that
     * exec succeeded */
    for (Py_ssize_t i = 0; i < a->nkeep; i++) {
        if (a->keep[i] != a->errpipe_write)
            make_inheritable(a->keep[i]);
    }
    if (a->close_fds)
        close_open_fds(a->keep, a->nkeep);
    int saved = 0;
    for (int i = 0; a->exec_list[i] != NULL; i++) {
        if (a->envp)
            execve(a->exec_list[i], a->argv, a->envp);
        else
            execv(a->exec_list[i], a->argv);
        if (errno != ENOENT && errno != ENOTDIR && saved == 0)
            saved = errno;
    }
    if (saved != 0)
        errno = saved;
error:
    if (errno != 0 && err_msg == NULL) {
        report_errno(a->errpipe_write, errno, reached_exec);
    } else {
        write_all(a->errpipe_write, "SubprocessError:0:", 18);
        if (err_msg)
            write_all(a->errpipe_write, err_msg, strlen(err_msg));
    }
    _exit(255);
#undef CHECK
}

static int
as_int(PyObject *o, int *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static PyObject *
subprocess_fork_exec(PyObject *module, PyObject *args)
{
    PyObject *process_args, *executable_list, *fds_to_keep, *cwd_obj, *env_list;
    PyObject *gid_obj, *extra_groups, *uid_obj, *preexec_fn;
    int pgid;
    int close_fds, restore_signals, call_setsid, allow_vfork;
    struct child_args a;
    memset(&a, 0, sizeof(a));
    if (!PyArg_ParseTuple(args, "OOpO!OOiiiiiiiiiiiOOOiOp:fork_exec", &process_args,
                          &executable_list, &close_fds, &PyTuple_Type, &fds_to_keep, &cwd_obj,
                          &env_list, &a.p2cread, &a.p2cwrite, &a.c2pread, &a.c2pwrite,
                          &a.errread, &a.errwrite, &a.errpipe_read, &a.errpipe_write,
                          &restore_signals, &call_setsid, &pgid, &gid_obj, &extra_groups,
                          &uid_obj, &a.child_umask, &preexec_fn, &allow_vfork))
        return NULL;
    if (close_fds && a.errpipe_write < 3) {
        PyErr_SetString(PyExc_ValueError, "errpipe_write must be >= 3");
        return NULL;
    }
    PyObject *keep_argv = NULL, *keep_exec = NULL, *keep_env = NULL, *cwd_bytes = NULL;
    PyObject *result = NULL;
    a.keep = NULL;
    a.groups = NULL;

    Py_ssize_t nkeep = PyTuple_GET_SIZE(fds_to_keep);
    a.keep = PyMem_Malloc((nkeep + 1) * sizeof(int));
    if (a.keep == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < nkeep; i++) {
        PyObject *fd = PyTuple_GET_ITEM(fds_to_keep, i);
        int v;
        if (!PyLong_Check(fd) || as_int(fd, &v) < 0 || v < 0 || (i > 0 && v < a.keep[i - 1])) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "bad value(s) in fds_to_keep");
            goto done;
        }
        a.keep[i] = v;
    }
    a.nkeep = nkeep;
    a.close_fds = close_fds;
    a.restore_signals = restore_signals;
    a.call_setsid = call_setsid;
    a.pgid_to_set = pgid;
    if (process_args != Py_None &&
        (a.argv = to_cstring_array(process_args, &keep_argv, "args must be a sequence")) == NULL)
        goto done;
    if ((a.exec_list = to_cstring_array(executable_list, &keep_exec,
                                        "executable_list must be a sequence")) == NULL)
        goto done;
    if (env_list != Py_None &&
        (a.envp = to_cstring_array(env_list, &keep_env, "env must be a sequence")) == NULL)
        goto done;
    if (cwd_obj != Py_None) {
        PyObject *p = PyOS_FSPath(cwd_obj);
        if (p == NULL)
            goto done;
        cwd_bytes = PyUnicode_Check(p) ? PyUnicode_EncodeFSDefault(p) : Py_NewRef(p);
        Py_DECREF(p);
        if (cwd_bytes == NULL || !PyBytes_Check(cwd_bytes))
            goto done;
        a.cwd = PyBytes_AS_STRING(cwd_bytes);
    }
    if (extra_groups != Py_None) {
        PyObject *fast = PySequence_Fast(extra_groups, "extra_groups must be a list");
        if (fast == NULL)
            goto done;
        a.ngroups = PySequence_Fast_GET_SIZE(fast);
        a.groups = PyMem_Malloc((a.ngroups + 1) * sizeof(gid_t));
        for (Py_ssize_t i = 0; a.groups && i < a.ngroups; i++) {
            long g = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
            if (g == -1 && PyErr_Occurred()) {
                Py_DECREF(fast);
                goto done;
            }
            a.groups[i] = (gid_t)g;
        }
        Py_DECREF(fast);
        if (a.groups == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        a.set_groups = 1;
    }
    if (gid_obj != Py_None) {
        long g = PyLong_AsLong(gid_obj);
        if (g == -1 && PyErr_Occurred())
            goto done;
        a.gid = (gid_t)g;
        a.set_gid = 1;
    }
    if (uid_obj != Py_None) {
        long u = PyLong_AsLong(uid_obj);
        if (u == -1 && PyErr_Occurred())
            goto done;
        a.uid = (uid_t)u;
        a.set_uid = 1;
    }
    a.preexec_fn = preexec_fn == Py_None ? NULL : preexec_fn;
    if (a.argv == NULL) {
        /* args=None: the child gets an empty argument vector */
        static char *empty[] = {NULL};
        a.argv = empty;
    }

    if (a.preexec_fn)
        PyOS_BeforeFork();
    pid_t pid = fork();
    if (pid == 0) {
        if (a.preexec_fn)
            PyOS_AfterFork_Child();
        child_exec(&a); /* does not return */
    }
    int saved_errno = errno;
    if (a.preexec_fn)
        PyOS_AfterFork_Parent();
    if (pid < 0) {
        errno = saved_errno;
        PyErr_SetFromErrno(PyExc_OSError);
        goto done;
    }
    result = PyLong_FromLong((long)pid);
done:
    if (keep_argv)
        PyMem_Free(a.argv);
    PyMem_Free(a.exec_list);
    PyMem_Free(a.envp);
    PyMem_Free(a.keep);
    PyMem_Free(a.groups);
    Py_XDECREF(keep_argv);
    Py_XDECREF(keep_exec);
    Py_XDECREF(keep_env);
    Py_XDECREF(cwd_bytes);
    return result;
}

static PyMethodDef subprocess_methods[] = {
    {"fork_exec", subprocess_fork_exec, METH_VARARGS,
     "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n"
     "          p2cread, p2cwrite, c2pread, c2pwrite,\n"
     "          errread, errwrite, errpipe_read, errpipe_write,\n"
     "          restore_signals, call_setsid, pgid_to_set,\n"
     "          gid, extra_groups, uid,\n"
     "          preexec_fn)\n\n"
     "Forks a child process, closes parent file descriptors as appropriate in the\n"
     "child and dups the few that are needed before calling exec() in the child\n"
     "process."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef subprocess_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_posixsubprocess",
    .m_doc = "A POSIX helper for the subprocess module.",
    .m_size = -1,
    .m_methods = subprocess_methods,
};

PyObject *
PyInit__posixsubprocess(void)
{
    return PyModule_Create(&subprocess_module);
}
