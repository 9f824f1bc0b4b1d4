/* The posix module: the operating system interface under os.py.
 *
 * os.py does `from posix import *` and builds everything portable on top
 * (os.environ, os.walk, os.makedirs, os.fsencode ...), so this module is
 * deliberately thin: each function is one system call plus argument
 * conversion and CPython's error reporting.  It is split by subject:
 * this file has the pieces every other file uses (path arguments,
 * errors), the module's constants and the small functions; posix_fs.c
 * the file system calls, descriptor I/O and stat_result; posix_proc.c
 * processes; posix_extra.c the less common calls; scandir.c scandir()
 * and DirEntry.
 *
 * Three CPython rules shape the code everywhere:
 *  - paths: str is encoded with the file system encoding (UTF-8 with
 *    surrogateescape), bytes are used as they are, os.PathLike objects
 *    go through __fspath__, and results (listdir, readlink, getcwd ...)
 *    come back as bytes exactly when the argument was bytes;
 *  - errors: OSError built from errno, which picks the subclass
 *    (FileNotFoundError ...), with the path(s) as filename/filename2;
 *  - PEP 446 and PEP 475: descriptors this module creates are not
 *    inherited by child processes, and calls interrupted by a signal
 *    are retried after running the Python signal handlers.
 * Blocking calls release the GIL. */
#include "posix.h"
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <termios.h>

extern char **environ;

/* ---- path arguments ---- */

void
_KrPosix_PathCleanup(kr_path_t *path)
{
    Py_CLEAR(path->object);
    Py_CLEAR(path->cleanup);
    path->narrow = NULL;
}

static const char *
path_kinds(kr_path_t *path)
{
    if (path->allow_fd && path->nullable)
        return "string, bytes, os.PathLike, integer or None";
    if (path->allow_fd)
        return "string, bytes, os.PathLike or integer";
    if (path->nullable)
        return "string, bytes, os.PathLike or None";
    return "string, bytes or os.PathLike";
}

static int
path_type_error(kr_path_t *path, PyObject *o)
{
    const char *kinds = path_kinds(path);
    PyErr_Format(PyExc_TypeError, "%s%s%s should be %s, not %.200s",
                 path->function_name ? path->function_name : "",
                 path->function_name ? ": " : "",
                 path->argument_name ? path->argument_name : "path", kinds,
                 Py_TYPE(o)->tp_name);
    return 0;
}

int
_KrPosix_PathConverter(PyObject *o, void *arg)
{
    kr_path_t *path = arg;
    path->fd = -1;
    path->narrow = NULL;
    path->length = 0;
    path->is_bytes = 0;
    if (o == Py_None && path->nullable) {
        path->object = Py_NewRef(o);
        return 1;
    }
    PyObject *p = NULL;
    if (PyUnicode_Check(o) || PyBytes_Check(o)) {
        p = Py_NewRef(o);
    } else {
        PyObject *func = _PyType_Lookup(Py_TYPE(o), _Py_ID(__fspath__));
        if (func != NULL && func != Py_None) {
            p = PyObject_CallOneArg(func, o);
            if (p == NULL)
                return 0;
            if (!PyUnicode_Check(p) && !PyBytes_Check(p)) {
                PyErr_Format(PyExc_TypeError,
                             "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                             Py_TYPE(o)->tp_name, Py_TYPE(p)->tp_name);
                Py_DECREF(p);
                return 0;
            }
        } else if (path->allow_fd && PyIndex_Check(o)) {
            PyObject *idx = PyNumber_Index(o);
            if (idx == NULL)
                return 0;
            int overflow;
            long v = PyLong_AsLongAndOverflow(idx, &overflow);
            if (v == -1 && PyErr_Occurred()) {
                Py_DECREF(idx);
                return 0;
            }
            if (overflow || v > INT_MAX || v < INT_MIN) {
                Py_DECREF(idx);
                PyErr_SetString(PyExc_OverflowError, overflow < 0 || v < INT_MIN
                                ? "fd is less than minimum" : "fd is greater than maximum");
                return 0;
            }
            path->fd = (int)v;
            path->object = idx;
            return 1;
        } else if (PyObject_CheckBuffer(o)) {
            /* bytes-like objects still work in 3.11, with a warning */
            if (PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "%s%s%s should be %s, not %.200s",
                                 path->function_name ? path->function_name : "",
                                 path->function_name ? ": " : "",
                                 path->argument_name ? path->argument_name : "path",
                                 path_kinds(path), Py_TYPE(o)->tp_name) < 0)
                return 0;
            PyObject *b = PyBytes_FromObject(o);
            if (b == NULL)
                return 0;
            int ok = _KrPosix_PathConverter(b, path);
            Py_DECREF(b);
            if (ok)
                Py_SETREF(path->object, Py_NewRef(o)); /* errors name what was given */
            return ok;
        } else {
            return path_type_error(path, o);
        }
    }
    PyObject *bytes;
    if (PyUnicode_Check(p)) {
        bytes = PyUnicode_EncodeFSDefault(p);
        if (bytes == NULL) {
            Py_DECREF(p);
            return 0;
        }
    } else {
        bytes = Py_NewRef(p);
        path->is_bytes = 1;
    }
    Py_ssize_t n = PyBytes_GET_SIZE(bytes);
    const char *s = PyBytes_AS_STRING(bytes);
    if ((Py_ssize_t)strlen(s) != n) {
        /* str already failed in the encoder with "embedded null byte" */
        if (path->is_bytes && path->function_name)
            PyErr_Format(PyExc_ValueError, "%s: embedded null character in %s",
                         path->function_name, path->argument_name);
        else
            PyErr_SetString(PyExc_ValueError, "embedded null byte");
        Py_DECREF(bytes);
        Py_DECREF(p);
        return 0;
    }
    path->object = p;
    path->cleanup = bytes;
    path->narrow = s;
    path->length = n;
    return 1;
}

int
_KrPosix_DirFdConverter(PyObject *o, void *arg)
{
    int *fd = arg;
    if (o == Py_None) {
        *fd = AT_FDCWD;
        return 1;
    }
    if (!PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or None, not %.200s",
                     Py_TYPE(o)->tp_name);
        return 0;
    }
    return _KrPosix_FdConverter(o, arg);
}

int
_KrPosix_FdConverter(PyObject *o, void *arg)
{
    int *fd = arg;
    if (PyFloat_Check(o) || !PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(o)->tp_name);
        return 0;
    }
    PyObject *idx = PyNumber_Index(o);
    if (idx == NULL)
        return 0;
    int overflow;
    long v = PyLong_AsLongAndOverflow(idx, &overflow);
    Py_DECREF(idx);
    if (v == -1 && PyErr_Occurred())
        return 0;
    if (overflow > 0 || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
        return 0;
    }
    if (overflow < 0 || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
        return 0;
    }
    *fd = (int)v;
    return 1;
}

int
_KrPosix_FdAndDirFd(const char *fname, kr_path_t *path, int dir_fd)
{
    if (path->fd != -1 && dir_fd != AT_FDCWD) {
        PyErr_Format(PyExc_ValueError, "%s: can't specify dir_fd without matching path", fname);
        return -1;
    }
    return 0;
}

int
_KrPosix_FdAndFollow(const char *fname, kr_path_t *path, int follow)
{
    if (path->fd != -1 && !follow) {
        PyErr_Format(PyExc_ValueError, "%s: cannot use fd and follow_symlinks together", fname);
        return -1;
    }
    return 0;
}

PyObject *
_KrPosix_Error(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}

PyObject *
_KrPosix_PathError(kr_path_t *path)
{
    PyObject *name = path->object != NULL && path->object != Py_None ? path->object : NULL;
    return PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, name);
}

PyObject *
_KrPosix_PathError2(kr_path_t *path, kr_path_t *path2)
{
    return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, path->object, path2->object);
}

PyObject *
_KrPosix_Decode(const kr_path_t *like, const char *s, Py_ssize_t n)
{
    if (like != NULL && like->is_bytes)
        return PyBytes_FromStringAndSize(s, n);
    return PyUnicode_DecodeFSDefaultAndSize(s, n);
}

/* ---- small functions ---- */

static PyObject *
posix_fspath(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"O:fspath", kwlist, 0};
    PyObject *path;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &path))
        return NULL;
    return PyOS_FSPath(path);
}

static PyObject *
posix_strerror(PyObject *m, PyObject *arg)
{
    int code = PyLong_Check(arg) ? _KrPosix_AsInt(arg) : -1;
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    if (code == -1 && PyErr_Occurred())
        return NULL;
    return PyUnicode_DecodeFSDefault(strerror(code));
}

static PyObject *
posix_getcwd_impl(int as_bytes)
{
    char buf[4096];
    char *res;
    char *big = NULL;
    Py_BEGIN_ALLOW_THREADS
    res = getcwd(buf, sizeof buf);
    if (res == NULL && errno == ERANGE)
        res = big = getcwd(NULL, 0);
    Py_END_ALLOW_THREADS
    if (res == NULL)
        return _KrPosix_Error();
    PyObject *r = as_bytes ? PyBytes_FromString(res) : PyUnicode_DecodeFSDefault(res);
    free(big);
    return r;
}

static PyObject *
posix_getcwd(PyObject *m, PyObject *Py_UNUSED(a))
{
    return posix_getcwd_impl(0);
}

static PyObject *
posix_getcwdb(PyObject *m, PyObject *Py_UNUSED(a))
{
    return posix_getcwd_impl(1);
}

static PyObject *
posix_umask(PyObject *m, PyObject *arg)
{
    int mask = _KrPosix_AsInt(arg);
    if (mask == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong((long)umask((mode_t)mask));
}

/* putenv/unsetenv change the C environment only: os.environ keeps the
 * Python-side copy in step. */
static int
env_arg(PyObject *o, const char *what, PyObject **out)
{
    if (PyUnicode_Check(o)) {
        *out = PyUnicode_EncodeFSDefault(o);
    } else if (PyBytes_Check(o)) {
        *out = Py_NewRef(o);
    } else {
        PyObject *p = PyOS_FSPath(o);
        if (p == NULL)
            return -1;
        *out = PyUnicode_Check(p) ? PyUnicode_EncodeFSDefault(p) : Py_NewRef(p);
        Py_DECREF(p);
    }
    if (*out == NULL)
        return -1;
    if ((Py_ssize_t)strlen(PyBytes_AS_STRING(*out)) != PyBytes_GET_SIZE(*out)) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        Py_CLEAR(*out);
        return -1;
    }
    (void)what;
    return 0;
}

static PyObject *
posix_putenv(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("putenv", nargs, 2, 2))
        return NULL;
    PyObject *name, *value;
    if (env_arg(args[0], "name", &name) < 0)
        return NULL;
    if (env_arg(args[1], "value", &value) < 0) {
        Py_DECREF(name);
        return NULL;
    }
    PyObject *res = NULL;
    const char *n = PyBytes_AS_STRING(name);
    if (n[0] == '\0' || strchr(n, '=') != NULL) {
        PyErr_SetString(PyExc_ValueError, "illegal environment variable name");
    } else if (setenv(n, PyBytes_AS_STRING(value), 1) != 0) {
        _KrPosix_Error();
    } else {
        res = Py_NewRef(Py_None);
    }
    Py_DECREF(name);
    Py_DECREF(value);
    return res;
}

static PyObject *
posix_unsetenv(PyObject *m, PyObject *arg)
{
    PyObject *name;
    if (env_arg(arg, "name", &name) < 0)
        return NULL;
    PyObject *res = NULL;
    const char *n = PyBytes_AS_STRING(name);
    if (n[0] == '\0' || strchr(n, '=') != NULL)
        PyErr_SetString(PyExc_ValueError, "illegal environment variable name");
    else if (unsetenv(n) != 0)
        _KrPosix_Error();
    else
        res = Py_NewRef(Py_None);
    Py_DECREF(name);
    return res;
}

static PyObject *
posix_urandom(PyObject *m, PyObject *arg)
{
    Py_ssize_t size = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    if (size == -1 && PyErr_Occurred())
        return NULL;
    if (size < 0) {
        PyErr_SetString(PyExc_ValueError, "negative argument not allowed");
        return NULL;
    }
    PyObject *res = PyBytes_FromStringAndSize(NULL, size);
    if (res == NULL)
        return NULL;
    char *p = PyBytes_AS_STRING(res);
    Py_ssize_t got = 0;
    while (got < size) {
        ssize_t n;
        Py_BEGIN_ALLOW_THREADS
        n = getrandom(p + got, (size_t)(size - got), 0);
        Py_END_ALLOW_THREADS
        if (n < 0) {
            if (errno == EINTR) {
                if (PyErr_CheckSignals() < 0)
                    goto error;
                continue;
            }
            _KrPosix_Error();
            goto error;
        }
        got += n;
    }
    return res;
error:
    Py_DECREF(res);
    return NULL;
}

static PyObject *
posix_cpu_count(PyObject *m, PyObject *Py_UNUSED(a))
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        Py_RETURN_NONE;
    return PyLong_FromLong(n);
}

static PyObject *
posix_device_encoding(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    static _PyArg_Parser parser = {"i:device_encoding", kwlist, 0};
    int fd;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fd))
        return NULL;
    /* a terminal speaks the locale's encoding, which Krait takes to be UTF-8 */
    if (isatty(fd))
        return PyUnicode_FromString("UTF-8");
    Py_RETURN_NONE;
}

static PyTypeObject TerminalSizeType;
static PyStructSequence_Field terminal_size_fields[] = {
    {"columns", "width of the terminal window in characters"},
    {"lines", "height of the terminal window in characters"},
    {NULL, NULL}
};
static PyStructSequence_Desc terminal_size_desc = {
    "os.terminal_size",
    "A tuple of (columns, lines) for holding terminal window size",
    terminal_size_fields, 2,
};

static PyObject *
posix_get_terminal_size(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("get_terminal_size", nargs, 0, 1))
        return NULL;
    int fd = 1;
    if (nargs == 1 && !_KrPosix_FdConverter(args[0], &fd))
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0)
        return _KrPosix_Error();
    PyObject *r = PyStructSequence_New(&TerminalSizeType);
    if (r == NULL)
        return NULL;
    PyStructSequence_SetItem(r, 0, PyLong_FromLong(w.ws_col));
    PyStructSequence_SetItem(r, 1, PyLong_FromLong(w.ws_row));
    if (PyErr_Occurred()) {
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

static PyTypeObject UnameResultType;
static PyStructSequence_Field uname_fields[] = {
    {"sysname", "operating system name"},
    {"nodename", "name of machine on network (implementation-defined)"},
    {"release", "operating system release"},
    {"version", "operating system version"},
    {"machine", "hardware identifier"},
    {NULL, NULL}
};
static PyStructSequence_Desc uname_desc = {
    "posix.uname_result",
    "uname_result: Result from os.uname().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (sysname, nodename, release, version, machine),\n"
    "or via the attributes sysname, nodename, release, version, and machine.\n\n"
    "See os.uname for more information.",
    uname_fields, 5,
};

static PyObject *
posix_uname(PyObject *m, PyObject *Py_UNUSED(a))
{
    struct utsname u;
    if (uname(&u) != 0)
        return _KrPosix_Error();
    PyObject *r = PyStructSequence_New(&UnameResultType);
    if (r == NULL)
        return NULL;
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    for (int i = 0; i < 5; i++) {
        PyObject *s = PyUnicode_DecodeFSDefault(parts[i]);
        if (s == NULL) {
            Py_DECREF(r);
            return NULL;
        }
        PyStructSequence_SetItem(r, i, s);
    }
    return r;
}

/* ---- sysconf, confstr, pathconf ---- */

typedef struct { const char *name; int value; } kr_conf_name;

static const kr_conf_name sysconf_names[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX}, {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK}, {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_TZNAME_MAX", _SC_TZNAME_MAX}, {"SC_JOB_CONTROL", _SC_JOB_CONTROL},
    {"SC_SAVED_IDS", _SC_SAVED_IDS}, {"SC_VERSION", _SC_VERSION},
    {"SC_PAGESIZE", _SC_PAGESIZE}, {"SC_PAGE_SIZE", _SC_PAGE_SIZE},
    {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX}, {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX},
    {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX},
    {"SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX},
    {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ}, {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX},
    {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX}, {"SC_SEM_VALUE_MAX", _SC_SEM_VALUE_MAX},
    {"SC_RTSIG_MAX", _SC_RTSIG_MAX}, {"SC_SIGQUEUE_MAX", _SC_SIGQUEUE_MAX},
    {"SC_TIMER_MAX", _SC_TIMER_MAX}, {"SC_THREADS", _SC_THREADS},
    {"SC_THREAD_THREADS_MAX", _SC_THREAD_THREADS_MAX},
    {NULL, 0}
};

static const kr_conf_name confstr_names[] = {
    {"CS_PATH", _CS_PATH},
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    {NULL, 0}
};

static const kr_conf_name pathconf_names[] = {
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON},
    {"PC_MAX_INPUT", _PC_MAX_INPUT}, {"PC_NAME_MAX", _PC_NAME_MAX},
    {"PC_PATH_MAX", _PC_PATH_MAX}, {"PC_PIPE_BUF", _PC_PIPE_BUF},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_NO_TRUNC", _PC_NO_TRUNC},
    {"PC_VDISABLE", _PC_VDISABLE}, {"PC_FILESIZEBITS", _PC_FILESIZEBITS},
    {NULL, 0}
};

static PyObject *
conf_names_dict(const kr_conf_name *table)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    for (; table->name; table++) {
        PyObject *v = PyLong_FromLong(table->value);
        if (v == NULL || PyDict_SetItemString(d, table->name, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(v);
    }
    return d;
}

/* A configuration name: an int, or a str looked up in the table. */
static int
conf_name(PyObject *arg, const kr_conf_name *table, int *out)
{
    if (PyLong_Check(arg)) {
        *out = _KrPosix_AsInt(arg);
        return *out == -1 && PyErr_Occurred() ? -1 : 0;
    }
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "configuration names must be strings or integers");
        return -1;
    }
    const char *s = PyUnicode_AsUTF8(arg);
    if (s == NULL)
        return -1;
    for (; table->name; table++) {
        if (strcmp(table->name, s) == 0) {
            *out = table->value;
            return 0;
        }
    }
    PyErr_SetString(PyExc_ValueError, "unrecognized configuration name");
    return -1;
}

static PyObject *
posix_sysconf(PyObject *m, PyObject *arg)
{
    int name;
    if (conf_name(arg, sysconf_names, &name) < 0)
        return NULL;
    errno = 0;
    long v = sysconf(name);
    if (v == -1 && errno != 0)
        return _KrPosix_Error();
    return PyLong_FromLong(v);
}

static PyObject *
posix_confstr(PyObject *m, PyObject *arg)
{
    int name;
    if (conf_name(arg, confstr_names, &name) < 0)
        return NULL;
    char buf[256];
    errno = 0;
    size_t n = confstr(name, buf, sizeof buf);
    if (n == 0) {
        if (errno)
            return _KrPosix_Error();
        Py_RETURN_NONE;
    }
    if (n > sizeof buf) {
        char *big = PyMem_Malloc(n);
        if (big == NULL)
            return PyErr_NoMemory();
        confstr(name, big, n);
        PyObject *r = PyUnicode_DecodeFSDefaultAndSize(big, (Py_ssize_t)n - 1);
        PyMem_Free(big);
        return r;
    }
    return PyUnicode_DecodeFSDefaultAndSize(buf, (Py_ssize_t)n - 1);
}

static PyObject *
posix_pathconf(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "name", NULL};
    static _PyArg_Parser parser = {"O&O:pathconf", kwlist, 0};
    kr_path_t path = KR_PATH("pathconf", "path", 0, 1);
    PyObject *nameobj;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &nameobj))
        return NULL;
    int name;
    PyObject *res = NULL;
    if (conf_name(nameobj, pathconf_names, &name) == 0) {
        errno = 0;
        long v = path.fd != -1 ? fpathconf(path.fd, name) : pathconf(path.narrow, name);
        if (v == -1 && errno != 0)
            _KrPosix_PathError(&path);
        else
            res = PyLong_FromLong(v);
    }
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_fpathconf(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("fpathconf", nargs, 2, 2))
        return NULL;
    int fd, name;
    if (!_KrPosix_FdConverter(args[0], &fd) || conf_name(args[1], pathconf_names, &name) < 0)
        return NULL;
    errno = 0;
    long v = fpathconf(fd, name);
    if (v == -1 && errno != 0)
        return _KrPosix_Error();
    return PyLong_FromLong(v);
}

static PyMethodDef posix_methods[] = {
    {"fspath", KR_FASTCALL_KW(posix_fspath), KR_KW_FLAGS,
     "fspath($module, /, path)\n--\n\n"
     "Return the file system path representation of the object.\n\n"
     "str and bytes are returned unchanged; other objects must have an\n"
     "__fspath__() method returning str or bytes."},
    {"strerror", posix_strerror, METH_O,
     "strerror($module, code, /)\n--\n\nTranslate an error code to a message string."},
    {"getcwd", posix_getcwd, METH_NOARGS,
     "getcwd($module, /)\n--\n\nReturn a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, METH_NOARGS,
     "getcwdb($module, /)\n--\n\nReturn a bytes string representing the current working directory."},
    {"umask", posix_umask, METH_O,
     "umask($module, mask, /)\n--\n\nSet the current numeric umask and return the previous umask."},
    {"putenv", (PyCFunction)(void (*)(void))posix_putenv, METH_FASTCALL,
     "putenv($module, name, value, /)\n--\n\nChange or add an environment variable."},
    {"unsetenv", posix_unsetenv, METH_O,
     "unsetenv($module, name, /)\n--\n\nDelete an environment variable."},
    {"urandom", posix_urandom, METH_O,
     "urandom($module, size, /)\n--\n\nReturn a bytes object containing random bytes suitable for cryptographic use."},
    {"cpu_count", posix_cpu_count, METH_NOARGS,
     "cpu_count($module, /)\n--\n\nReturn the number of CPUs in the system; return None if indeterminable."},
    {"device_encoding", KR_FASTCALL_KW(posix_device_encoding), KR_KW_FLAGS,
     "device_encoding($module, /, fd)\n--\n\n"
     "Return a string describing the encoding of a terminal's file descriptor.\n\n"
     "The file descriptor must be attached to a terminal.\n"
     "If the device is not a terminal, return None."},
    {"get_terminal_size", (PyCFunction)(void (*)(void))posix_get_terminal_size, METH_FASTCALL,
     "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\n"
     "Return the size of the terminal window as (columns, lines)."},
    {"uname", posix_uname, METH_NOARGS,
     "uname($module, /)\n--\n\nReturn an object identifying the current operating system."},
    {"sysconf", posix_sysconf, METH_O,
     "sysconf($module, name, /)\n--\n\nReturn an integer-valued system configuration variable."},
    {"confstr", posix_confstr, METH_O,
     "confstr($module, name, /)\n--\n\nReturn a string-valued system configuration variable."},
    {"pathconf", KR_FASTCALL_KW(posix_pathconf), KR_KW_FLAGS,
     "pathconf($module, /, path, name)\n--\n\n"
     "Return the configuration limit name for the file or directory path."},
    {"fpathconf", (PyCFunction)(void (*)(void))posix_fpathconf, METH_FASTCALL,
     "fpathconf($module, fd, name, /)\n--\n\n"
     "Return the configuration limit name for the file descriptor fd."},
    {NULL, NULL, 0, NULL}
};

/* ---- the module ---- */

static PyObject *
make_environ(void)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL)
            continue;
        PyObject *k = PyBytes_FromStringAndSize(*e, eq - *e);
        PyObject *v = PyBytes_FromString(eq + 1);
        if (k == NULL || v == NULL)
            goto error;
        /* the first of duplicate names wins, as getenv() sees it */
        if (PyDict_SetDefault(d, k, v) == NULL)
            goto error;
        Py_DECREF(k);
        Py_DECREF(v);
        continue;
    error:
        Py_XDECREF(k);
        Py_XDECREF(v);
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

/* What os.py reads to build supports_dir_fd, supports_fd,
 * supports_follow_symlinks and supports_effective_ids: the *at() and
 * f*() variants this module uses. */
static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
    "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FEXECVE", "HAVE_FPATHCONF", "HAVE_FSTATAT",
    "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LCHOWN", "HAVE_LINKAT",
    "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT",
    "HAVE_READLINKAT", "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
    NULL
};

static int
add_constants(PyObject *m)
{
    static const struct { const char *name; long value; } consts[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"NGROUPS_MAX", NGROUPS_MAX}, {"TMP_MAX", TMP_MAX},
        {"WCONTINUED", WCONTINUED}, {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_NDELAY", O_NDELAY}, {"O_NONBLOCK", O_NONBLOCK}, {"O_APPEND", O_APPEND},
        {"O_DSYNC", O_DSYNC}, {"O_RSYNC", O_RSYNC}, {"O_SYNC", O_SYNC},
        {"O_NOCTTY", O_NOCTTY}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC}, {"O_LARGEFILE", O_LARGEFILE}, {"O_PATH", O_PATH},
        {"O_TMPFILE", O_TMPFILE}, {"O_ASYNC", O_ASYNC}, {"O_DIRECT", O_DIRECT},
        {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
        {"O_NOATIME", O_NOATIME}, {"O_CLOEXEC", O_CLOEXEC}, {"O_ACCMODE", O_ACCMODE},
        {"PRIO_PROCESS", 0}, {"PRIO_PGRP", 1}, {"PRIO_USER", 2},
        {"F_LOCK", F_LOCK}, {"F_TLOCK", F_TLOCK}, {"F_ULOCK", F_ULOCK}, {"F_TEST", F_TEST},
        {"SEEK_DATA", SEEK_DATA}, {"SEEK_HOLE", SEEK_HOLE},
        {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66},
        {"EX_NOUSER", 67}, {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70},
        {"EX_OSERR", 71}, {"EX_OSFILE", 72}, {"EX_CANTCREAT", 73}, {"EX_IOERR", 74},
        {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
        {"ST_RDONLY", 1}, {"ST_NOSUID", 2}, {"ST_NODEV", 4}, {"ST_NOEXEC", 8},
        {"ST_SYNCHRONOUS", 16}, {"ST_MANDLOCK", 64}, {"ST_WRITE", 128},
        {"ST_APPEND", 256}, {"ST_NOATIME", 1024}, {"ST_NODIRATIME", 2048},
        {"ST_RELATIME", 4096},
        {"P_PID", 1}, {"P_PGID", 2}, {"P_ALL", 0}, {"P_PIDFD", 3},
        {"WEXITED", 4}, {"WNOWAIT", 0x01000000}, {"WSTOPPED", 2},
        {"CLD_EXITED", 1}, {"CLD_KILLED", 2}, {"CLD_DUMPED", 3}, {"CLD_TRAPPED", 4},
        {"CLD_STOPPED", 5}, {"CLD_CONTINUED", 6},
        {"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 0x100}, {"RTLD_LOCAL", 0},
        {"RTLD_NODELETE", 0x1000}, {"RTLD_NOLOAD", 4}, {"RTLD_DEEPBIND", 8},
        {"GRND_NONBLOCK", GRND_NONBLOCK}, {"GRND_RANDOM", GRND_RANDOM},
    };
    for (size_t i = 0; i < Py_ARRAY_LENGTH(consts); i++) {
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0)
            return -1;
    }
    return 0;
}

static PyModuleDef posixmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "posix",
    .m_doc = "This module provides access to operating system functionality that is\n"
             "standardized by the C Standard and the POSIX standard (a thinly\n"
             "disguised Unix interface).  Refer to the library manual and\n"
             "corresponding Unix manual entries for more information on calls.",
    .m_size = -1,
    .m_methods = posix_methods,
};

PyObject *
PyInit_posix(void)
{
    static int types_ready;
    if (!types_ready) {
        if (PyStructSequence_InitType2(&TerminalSizeType, &terminal_size_desc) < 0 ||
            PyStructSequence_InitType2(&UnameResultType, &uname_desc) < 0)
            return NULL;
        types_ready = 1;
    }
    PyObject *m = PyModule_Create(&posixmodule);
    if (m == NULL)
        return NULL;
    PyObject *have = NULL;
    if (PyModule_AddFunctions(m, _KrPosix_FsMethods) < 0 ||
        PyModule_AddFunctions(m, _KrPosix_ProcMethods) < 0 ||
        PyModule_AddFunctions(m, _KrPosix_ScandirMethods) < 0 ||
        PyModule_AddFunctions(m, _KrPosix_PtyMethods) < 0 ||
        PyModule_AddFunctions(m, _KrPosix_ExtraMethods) < 0 || _KrPosix_ExtraInit(m) < 0 ||
        add_constants(m) < 0 || _KrPosix_FsInit(m) < 0 || _KrPosix_ProcInit(m) < 0 ||
        _KrPosix_ScandirInit(m) < 0)
        goto error;
    if (PyModule_AddObject(m, "environ", make_environ()) < 0 ||
        PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "terminal_size", (PyObject *)&TerminalSizeType) < 0 ||
        PyModule_AddObjectRef(m, "uname_result", (PyObject *)&UnameResultType) < 0 ||
        PyModule_AddObject(m, "sysconf_names", conf_names_dict(sysconf_names)) < 0 ||
        PyModule_AddObject(m, "confstr_names", conf_names_dict(confstr_names)) < 0 ||
        PyModule_AddObject(m, "pathconf_names", conf_names_dict(pathconf_names)) < 0)
        goto error;
    have = PyList_New(0);
    if (have == NULL)
        goto error;
    for (const char *const *h = have_functions; *h; h++) {
        PyObject *s = PyUnicode_FromString(*h);
        if (s == NULL || PyList_Append(have, s) < 0) {
            Py_XDECREF(s);
            goto error;
        }
        Py_DECREF(s);
    }
    if (PyModule_AddObjectRef(m, "_have_functions", have) < 0)
        goto error;
    Py_DECREF(have);
    return m;
error:
    Py_XDECREF(have);
    Py_DECREF(m);
    return NULL;
}
