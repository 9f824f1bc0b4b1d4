/* posix: the less common calls, each a thin wrapper like the rest of the
 * module: user and group ids, priorities, device numbers and mknod,
 * lockf, vectored and in-kernel I/O (readv, writev, sendfile),
 * posix_fallocate/posix_fadvise and CPU affinity.  They are what
 * shutil (sendfile), os.py's tables and CPython's own tests look for. */
#include "posix.h"
#include <sched.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>

/* ---- user and group ids ---- */

/* an id argument: a non-negative int, or -1 for "unchanged" */
static int
id_arg(PyObject *o, unsigned int *out)
{
    if (PyFloat_Check(o) || !PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "uid should be integer, not %.200s", Py_TYPE(o)->tp_name);
        return 0;
    }
    long long v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    if (v < -1 || v > (long long)UINT_MAX - 1) {
        PyErr_SetString(PyExc_OverflowError, "uid is greater than maximum");
        return 0;
    }
    *out = (unsigned int)v;
    return 1;
}

static PyObject *
ids_call(PyObject *const *args, Py_ssize_t nargs, const char *name, int n,
         int (*call)(const unsigned int *))
{
    if (!_PyArg_CheckPositional(name, nargs, n, n))
        return NULL;
    unsigned int ids[3];
    for (int i = 0; i < n; i++) {
        if (!id_arg(args[i], &ids[i]))
            return NULL;
    }
    if (call(ids) < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static int c_setuid(const unsigned int *v) { return setuid(v[0]); }
static int c_setgid(const unsigned int *v) { return setgid(v[0]); }
static int c_seteuid(const unsigned int *v) { return seteuid(v[0]); }
static int c_setegid(const unsigned int *v) { return setegid(v[0]); }
static int c_setreuid(const unsigned int *v) { return setreuid(v[0], v[1]); }
static int c_setregid(const unsigned int *v) { return setregid(v[0], v[1]); }
static int c_setresuid(const unsigned int *v) { return setresuid(v[0], v[1], v[2]); }
static int c_setresgid(const unsigned int *v) { return setresgid(v[0], v[1], v[2]); }

#define IDS_FUNC(name, n) \
    static PyObject *posix_##name(PyObject *m, PyObject *const *args, Py_ssize_t nargs) \
    { \
        return ids_call(args, nargs, #name, n, c_##name); \
    }
IDS_FUNC(setuid, 1)
IDS_FUNC(setgid, 1)
IDS_FUNC(seteuid, 1)
IDS_FUNC(setegid, 1)
IDS_FUNC(setreuid, 2)
IDS_FUNC(setregid, 2)
IDS_FUNC(setresuid, 3)
IDS_FUNC(setresgid, 3)
#undef IDS_FUNC

static PyObject *
posix_getresuid(PyObject *m, PyObject *Py_UNUSED(a))
{
    uid_t r, e, s;
    if (getresuid(&r, &e, &s) < 0)
        return _KrPosix_Error();
    return Py_BuildValue("(kkk)", (unsigned long)r, (unsigned long)e, (unsigned long)s);
}

static PyObject *
posix_getresgid(PyObject *m, PyObject *Py_UNUSED(a))
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s) < 0)
        return _KrPosix_Error();
    return Py_BuildValue("(kkk)", (unsigned long)r, (unsigned long)e, (unsigned long)s);
}

/* ---- priorities ---- */

static PyObject *
posix_getpriority(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"which", "who", NULL};
    static _PyArg_Parser parser = {"ii:getpriority", kwlist, 0};
    int which, who;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &which, &who))
        return NULL;
    errno = 0;
    int r = getpriority(which, (id_t)who);
    if (r == -1 && errno != 0)
        return _KrPosix_Error();
    return PyLong_FromLong(r);
}

static PyObject *
posix_setpriority(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"which", "who", "priority", NULL};
    static _PyArg_Parser parser = {"iii:setpriority", kwlist, 0};
    int which, who, prio;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &which, &who, &prio))
        return NULL;
    if (setpriority(which, (id_t)who, prio) < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

/* ---- small system calls ---- */

static PyObject *
posix_ctermid(PyObject *m, PyObject *Py_UNUSED(a))
{
    char buf[L_ctermid];
    char *r = ctermid(buf);
    if (r == NULL)
        return _KrPosix_Error();
    return PyUnicode_DecodeFSDefault(buf);
}

static PyObject *
posix_sync(PyObject *m, PyObject *Py_UNUSED(a))
{
    Py_BEGIN_ALLOW_THREADS
    sync();
    Py_END_ALLOW_THREADS
    Py_RETURN_NONE;
}

static PyObject *
posix_chroot(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"O&:chroot", kwlist, 0};
    kr_path_t path = KR_PATH("chroot", "path", 0, 0);
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = chroot(path.narrow);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

/* ---- device numbers ---- */

static int
dev_arg(PyObject *o, dev_t *out)
{
    if (PyFloat_Check(o) || !PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(o)->tp_name);
        return 0;
    }
    PyObject *idx = PyNumber_Index(o);
    if (idx == NULL)
        return 0;
    unsigned long long v = PyLong_AsUnsignedLongLong(idx);
    Py_DECREF(idx);
    if (v == (unsigned long long)-1 && PyErr_Occurred())
        return 0;
    *out = (dev_t)v;
    return 1;
}

static PyObject *
posix_makedev(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    unsigned int maj, min;
    if (!_PyArg_ParseStack(args, nargs, "II:makedev", &maj, &min))
        return NULL;
    return PyLong_FromUnsignedLongLong((unsigned long long)makedev(maj, min));
}

static PyObject *
posix_major(PyObject *m, PyObject *arg)
{
    dev_t d;
    if (!dev_arg(arg, &d))
        return NULL;
    return PyLong_FromUnsignedLong(major(d));
}

static PyObject *
posix_minor(PyObject *m, PyObject *arg)
{
    dev_t d;
    if (!dev_arg(arg, &d))
        return NULL;
    return PyLong_FromUnsignedLong(minor(d));
}

static PyObject *
posix_mknod(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "device", "dir_fd", NULL};
    static _PyArg_Parser parser = {"O&|iO&$O&:mknod", kwlist, 0};
    kr_path_t path = KR_PATH("mknod", "path", 0, 0);
    int mode = 0600, dir_fd = AT_FDCWD, r;
    dev_t device = 0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &mode, dev_arg, &device, _KrPosix_DirFdConverter,
                                      &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = mknodat(dir_fd, path.narrow, (mode_t)mode, device);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

/* ---- descriptors ---- */

static PyObject *
posix_lockf(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, cmd, r;
    long long length;
    if (!_PyArg_ParseStack(args, nargs, "iiL:lockf", &fd, &cmd, &length))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = lockf(fd, cmd, (off_t)length);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

/* The buffers of a sequence as an iovec array; views[] are released by
 * release_views. */
static int
iov_setup(PyObject *seq, struct iovec **iov, Py_buffer **views, Py_ssize_t *n, int writable)
{
    *n = PySequence_Size(seq);
    if (*n < 0)
        return -1;
    *iov = PyMem_Calloc((size_t)(*n ? *n : 1), sizeof(struct iovec));
    *views = PyMem_Calloc((size_t)(*n ? *n : 1), sizeof(Py_buffer));
    if (*iov == NULL || *views == NULL) {
        PyMem_Free(*iov);
        PyMem_Free(*views);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < *n; i++) {
        PyObject *item = PySequence_GetItem(seq, i);
        if (item == NULL)
            goto error;
        int r = PyObject_GetBuffer(item, &(*views)[i], writable ? PyBUF_WRITABLE : PyBUF_SIMPLE);
        Py_DECREF(item);
        if (r < 0) {
            *n = i;
            goto error;
        }
        (*iov)[i].iov_base = (*views)[i].buf;
        (*iov)[i].iov_len = (size_t)(*views)[i].len;
    }
    return 0;
error:
    for (Py_ssize_t j = 0; j < *n && (*views)[j].obj != NULL; j++)
        PyBuffer_Release(&(*views)[j]);
    PyMem_Free(*iov);
    PyMem_Free(*views);
    return -1;
}

static void
iov_cleanup(struct iovec *iov, Py_buffer *views, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        PyBuffer_Release(&views[i]);
    PyMem_Free(iov);
    PyMem_Free(views);
}

static PyObject *
vector_io(PyObject *const *args, Py_ssize_t nargs, const char *fmt, int writing)
{
    int fd;
    PyObject *buffers;
    if (!_PyArg_ParseStack(args, nargs, fmt, &fd, &buffers))
        return NULL;
    if (!PySequence_Check(buffers)) {
        PyErr_SetString(PyExc_TypeError, writing ? "writev() arg 2 must be a sequence"
                                                 : "readv() arg 2 must be a sequence");
        return NULL;
    }
    struct iovec *iov;
    Py_buffer *views;
    Py_ssize_t n;
    if (iov_setup(buffers, &iov, &views, &n, !writing) < 0)
        return NULL;
    ssize_t r;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        r = writing ? writev(fd, iov, (int)n) : readv(fd, iov, (int)n);
        Py_END_ALLOW_THREADS
        if (r >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0) {
            iov_cleanup(iov, views, n);
            return NULL;
        }
    }
    iov_cleanup(iov, views, n);
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromSsize_t(r);
}

static PyObject *
posix_readv(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    return vector_io(args, nargs, "iO:readv", 0);
}

static PyObject *
posix_writev(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    return vector_io(args, nargs, "iO:writev", 1);
}

static PyObject *
posix_sendfile(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"out_fd", "in_fd", "offset", "count", NULL};
    static _PyArg_Parser parser = {"iiOn:sendfile", kwlist, 0};
    int out_fd, in_fd;
    PyObject *offobj;
    Py_ssize_t count;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &out_fd, &in_fd, &offobj,
                                      &count))
        return NULL;
    off_t offset = 0;
    off_t *offp = NULL;
    if (offobj != Py_None) {
        long long v = PyLong_AsLongLong(offobj);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        offset = (off_t)v;
        offp = &offset;
    }
    ssize_t r;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        r = sendfile(out_fd, in_fd, offp, (size_t)count);
        Py_END_ALLOW_THREADS
        if (r >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromSsize_t(r);
}

static PyObject *
posix_posix_fallocate(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, err;
    long long offset, length;
    if (!_PyArg_ParseStack(args, nargs, "iLL:posix_fallocate", &fd, &offset, &length))
        return NULL;
    do {
        Py_BEGIN_ALLOW_THREADS
        err = posix_fallocate(fd, (off_t)offset, (off_t)length);
        Py_END_ALLOW_THREADS
    } while (err == EINTR && PyErr_CheckSignals() == 0);
    if (err == EINTR && PyErr_Occurred())
        return NULL;
    if (err != 0) {
        errno = err;
        return _KrPosix_Error();
    }
    Py_RETURN_NONE;
}

static PyObject *
posix_posix_fadvise(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, advice, err;
    long long offset, length;
    if (!_PyArg_ParseStack(args, nargs, "iLLi:posix_fadvise", &fd, &offset, &length, &advice))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    err = posix_fadvise(fd, (off_t)offset, (off_t)length, advice);
    Py_END_ALLOW_THREADS
    if (err != 0) {
        errno = err;
        return _KrPosix_Error();
    }
    Py_RETURN_NONE;
}

static PyObject *
posix_sched_getaffinity(PyObject *m, PyObject *arg)
{
    int pid = _KrPosix_AsInt(arg);
    if (pid == -1 && PyErr_Occurred())
        return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(pid, sizeof set, &set) < 0)
        return _KrPosix_Error();
    PyObject *res = PySet_New(NULL);
    for (int cpu = 0; res != NULL && cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &set))
            continue;
        PyObject *n = PyLong_FromLong(cpu);
        if (n == NULL || PySet_Add(res, n) < 0)
            Py_CLEAR(res);
        Py_XDECREF(n);
    }
    return res;
}

#define FC(f) ((PyCFunction)(void (*)(void))(f))
PyMethodDef _KrPosix_ExtraMethods[] = {
    {"setuid", FC(posix_setuid), METH_FASTCALL,
     "setuid($module, uid, /)\n--\n\nSet the current process's user id."},
    {"setgid", FC(posix_setgid), METH_FASTCALL,
     "setgid($module, gid, /)\n--\n\nSet the current process's group id."},
    {"seteuid", FC(posix_seteuid), METH_FASTCALL,
     "seteuid($module, euid, /)\n--\n\nSet the current process's effective user id."},
    {"setegid", FC(posix_setegid), METH_FASTCALL,
     "setegid($module, egid, /)\n--\n\nSet the current process's effective group id."},
    {"setreuid", FC(posix_setreuid), METH_FASTCALL,
     "setreuid($module, ruid, euid, /)\n--\n\nSet the current process's real and effective user ids."},
    {"setregid", FC(posix_setregid), METH_FASTCALL,
     "setregid($module, rgid, egid, /)\n--\n\nSet the current process's real and effective group ids."},
    {"setresuid", FC(posix_setresuid), METH_FASTCALL,
     "setresuid($module, ruid, euid, suid, /)\n--\n\nSet the current process's real, effective, and saved user ids."},
    {"setresgid", FC(posix_setresgid), METH_FASTCALL,
     "setresgid($module, rgid, egid, sgid, /)\n--\n\nSet the current process's real, effective, and saved group ids."},
    {"getresuid", posix_getresuid, METH_NOARGS,
     "getresuid($module, /)\n--\n\nReturn a tuple of the current process's real, effective, and saved user ids."},
    {"getresgid", posix_getresgid, METH_NOARGS,
     "getresgid($module, /)\n--\n\nReturn a tuple of the current process's real, effective, and saved group ids."},
    {"getpriority", FC(posix_getpriority), KR_KW_FLAGS,
     "getpriority($module, /, which, who)\n--\n\nReturn program scheduling priority."},
    {"setpriority", FC(posix_setpriority), KR_KW_FLAGS,
     "setpriority($module, /, which, who, priority)\n--\n\nSet program scheduling priority."},
    {"ctermid", posix_ctermid, METH_NOARGS,
     "ctermid($module, /)\n--\n\nReturn the name of the controlling terminal for this process."},
    {"sync", posix_sync, METH_NOARGS,
     "sync($module, /)\n--\n\nForce write of everything to disk."},
    {"chroot", FC(posix_chroot), KR_KW_FLAGS,
     "chroot($module, /, path)\n--\n\nChange root directory to path."},
    {"makedev", FC(posix_makedev), METH_FASTCALL,
     "makedev($module, major, minor, /)\n--\n\nComposes a raw device number from the major and minor device numbers."},
    {"major", posix_major, METH_O,
     "major($module, device, /)\n--\n\nExtracts a device major number from a raw device number."},
    {"minor", posix_minor, METH_O,
     "minor($module, device, /)\n--\n\nExtracts a device minor number from a raw device number."},
    {"mknod", FC(posix_mknod), KR_KW_FLAGS,
     "mknod($module, /, path, mode=384, device=0, *, dir_fd=None)\n--\n\n"
     "Create a node in the file system (file, device special file or named pipe)."},
    {"lockf", FC(posix_lockf), METH_FASTCALL,
     "lockf($module, fd, command, length, /)\n--\n\nApply, test or remove a POSIX lock on an open file descriptor."},
    {"readv", FC(posix_readv), METH_FASTCALL,
     "readv($module, fd, buffers, /)\n--\n\nRead from a file descriptor fd into an iterable of buffers."},
    {"writev", FC(posix_writev), METH_FASTCALL,
     "writev($module, fd, buffers, /)\n--\n\nIterate over buffers, and write the contents of each to a file descriptor."},
    {"sendfile", FC(posix_sendfile), KR_KW_FLAGS,
     "sendfile($module, /, out_fd, in_fd, offset, count)\n--\n\nCopy count bytes from file descriptor in_fd to file descriptor out_fd."},
    {"posix_fallocate", FC(posix_posix_fallocate), METH_FASTCALL,
     "posix_fallocate($module, fd, offset, length, /)\n--\n\n"
     "Ensure a file has allocated at least a particular number of bytes on disk."},
    {"posix_fadvise", FC(posix_posix_fadvise), METH_FASTCALL,
     "posix_fadvise($module, fd, offset, length, advice, /)\n--\n\n"
     "Announce an intention to access data in a specific pattern."},
    {"sched_getaffinity", posix_sched_getaffinity, METH_O,
     "sched_getaffinity($module, pid, /)\n--\n\n"
     "Return the affinity of the process identified by pid (or the current process if zero)."},
    {NULL, NULL, 0, NULL}
};
#undef FC

int
_KrPosix_ExtraInit(PyObject *m)
{
    static const struct { const char *name; long value; } consts[] = {
        {"POSIX_FADV_NORMAL", POSIX_FADV_NORMAL}, {"POSIX_FADV_SEQUENTIAL", POSIX_FADV_SEQUENTIAL},
        {"POSIX_FADV_RANDOM", POSIX_FADV_RANDOM}, {"POSIX_FADV_NOREUSE", POSIX_FADV_NOREUSE},
        {"POSIX_FADV_WILLNEED", POSIX_FADV_WILLNEED},
        {"POSIX_FADV_DONTNEED", POSIX_FADV_DONTNEED},
        {"SCHED_OTHER", SCHED_OTHER}, {"SCHED_FIFO", SCHED_FIFO}, {"SCHED_RR", SCHED_RR},
        {"SCHED_BATCH", SCHED_BATCH}, {"SCHED_IDLE", SCHED_IDLE},
        {"SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK},
    };
    for (size_t i = 0; i < Py_ARRAY_LENGTH(consts); i++) {
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0)
            return -1;
    }
    return 0;
}
