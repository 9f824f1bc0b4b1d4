/* posix: the file system calls and the file descriptor I/O.
 *
 * Each function accepts what CPython's does: a path (str, bytes,
 * os.PathLike) and, where CPython allows it, a file descriptor in its
 * place, a dir_fd to resolve relative paths against, and
 * follow_symlinks=False.  All of these map onto the *at() system calls
 * (fstatat, openat, mkdirat ...) with AT_FDCWD standing for "no dir_fd",
 * so there is one call per function and no emulation.
 *
 * stat_result keeps CPython's odd shape: the tuple part (indexes 0-9)
 * has the times as whole seconds, while the attributes st_atime,
 * st_mtime and st_ctime are floats and st_*_ns exact integers. */
#include "posix.h"
#include <dirent.h>
#include <math.h>
#include <sys/statvfs.h>
#include <sys/time.h>

/* ---- stat_result and statvfs_result ---- */

static PyTypeObject StatResultType;
static PyTypeObject StatvfsResultType;

static PyStructSequence_Field stat_result_fields[] = {
    {"st_mode", "protection bits"},
    {"st_ino", "inode"},
    {"st_dev", "device"},
    {"st_nlink", "number of hard links"},
    {"st_uid", "user ID of owner"},
    {"st_gid", "group ID of owner"},
    {"st_size", "total size, in bytes"},
    {NULL /* unnamed */, "integer time of last access"},
    {NULL, "integer time of last modification"},
    {NULL, "integer time of last change"},
    {"st_atime", "time of last access"},
    {"st_mtime", "time of last modification"},
    {"st_ctime", "time of last change"},
    {"st_atime_ns", "time of last access in nanoseconds"},
    {"st_mtime_ns", "time of last modification in nanoseconds"},
    {"st_ctime_ns", "time of last change in nanoseconds"},
    {"st_blksize", "blocksize for filesystem I/O"},
    {"st_blocks", "number of blocks allocated"},
    {"st_rdev", "device type (if inode device)"},
    {NULL, NULL}
};

static PyStructSequence_Desc stat_result_desc = {
    "os.stat_result",
    "stat_result: Result from stat, fstat, or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
    "or st_flags, they are available as attributes only.\n\n"
    "See os.stat for more information.",
    stat_result_fields, 10,
};

static PyStructSequence_Field statvfs_result_fields[] = {
    {"f_bsize", NULL}, {"f_frsize", NULL}, {"f_blocks", NULL}, {"f_bfree", NULL},
    {"f_bavail", NULL}, {"f_files", NULL}, {"f_ffree", NULL}, {"f_favail", NULL},
    {"f_flag", NULL}, {"f_namemax", NULL}, {"f_fsid", NULL},
    {NULL, NULL}
};

static PyStructSequence_Desc statvfs_result_desc = {
    "os.statvfs_result",
    "statvfs_result: Result from statvfs or fstatvfs.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
    "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
    "See os.statvfs for more information.",
    statvfs_result_fields, 10,
};

/* os.stat_result(seq) made from Python: the float times that were not
 * given are the integer ones of the tuple part, as CPython fills them. */
static newfunc structseq_new;

static PyObject *
statresult_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *r = structseq_new(type, args, kwds);
    if (r == NULL)
        return NULL;
    for (int i = 7; i <= 9; i++) {
        if (PyStructSequence_GET_ITEM(r, i + 3) == Py_None) {
            PyObject *v = Py_NewRef(PyStructSequence_GET_ITEM(r, i));
            Py_SETREF(((PyTupleObject *)r)->ob_item[i + 3], v);
        }
    }
    return r;
}

/* sec + nsec as a float and as exact nanoseconds */
static int
set_times(PyObject *r, int i, time_t sec, long nsec)
{
    PyObject *whole = PyLong_FromLongLong((long long)sec);
    PyObject *fl = PyFloat_FromDouble((double)sec + (double)nsec * 1e-9);
    PyObject *ns = NULL;
    PyObject *big = PyLong_FromLongLong((long long)sec);
    PyObject *billion = PyLong_FromLong(1000000000L);
    PyObject *frac = PyLong_FromLong(nsec);
    if (big && billion && frac) {
        PyObject *prod = PyNumber_Multiply(big, billion);
        if (prod) {
            ns = PyNumber_Add(prod, frac);
            Py_DECREF(prod);
        }
    }
    Py_XDECREF(big);
    Py_XDECREF(billion);
    Py_XDECREF(frac);
    if (whole == NULL || fl == NULL || ns == NULL) {
        Py_XDECREF(whole);
        Py_XDECREF(fl);
        Py_XDECREF(ns);
        return -1;
    }
    PyStructSequence_SetItem(r, 7 + i, whole);
    PyStructSequence_SetItem(r, 10 + i, fl);
    PyStructSequence_SetItem(r, 13 + i, ns);
    return 0;
}

PyObject *
_KrPosix_StatResult(const struct stat *st)
{
    PyObject *r = PyStructSequence_New(&StatResultType);
    if (r == NULL)
        return NULL;
    PyStructSequence_SetItem(r, 0, PyLong_FromLong((long)st->st_mode));
    PyStructSequence_SetItem(r, 1, PyLong_FromUnsignedLongLong((unsigned long long)st->st_ino));
    PyStructSequence_SetItem(r, 2, PyLong_FromUnsignedLongLong((unsigned long long)st->st_dev));
    PyStructSequence_SetItem(r, 3, PyLong_FromLong((long)st->st_nlink));
    PyStructSequence_SetItem(r, 4, PyLong_FromUnsignedLong((unsigned long)st->st_uid));
    PyStructSequence_SetItem(r, 5, PyLong_FromUnsignedLong((unsigned long)st->st_gid));
    PyStructSequence_SetItem(r, 6, PyLong_FromLongLong((long long)st->st_size));
    PyStructSequence_SetItem(r, 16, PyLong_FromLong((long)st->st_blksize));
    PyStructSequence_SetItem(r, 17, PyLong_FromLongLong((long long)st->st_blocks));
    PyStructSequence_SetItem(r, 18, PyLong_FromUnsignedLongLong((unsigned long long)st->st_rdev));
    if (PyErr_Occurred() || set_times(r, 0, st->st_atim.tv_sec, st->st_atim.tv_nsec) < 0 ||
        set_times(r, 1, st->st_mtim.tv_sec, st->st_mtim.tv_nsec) < 0 ||
        set_times(r, 2, st->st_ctim.tv_sec, st->st_ctim.tv_nsec) < 0) {
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

static PyObject *
statvfs_result(const struct statvfs *st)
{
    PyObject *r = PyStructSequence_New(&StatvfsResultType);
    if (r == NULL)
        return NULL;
    unsigned long long v[11] = {
        st->f_bsize, st->f_frsize, st->f_blocks, st->f_bfree, st->f_bavail, st->f_files,
        st->f_ffree, st->f_favail, st->f_flag, st->f_namemax, st->f_fsid,
    };
    for (int i = 0; i < 11; i++)
        PyStructSequence_SetItem(r, i, PyLong_FromUnsignedLongLong(v[i]));
    if (PyErr_Occurred()) {
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- stat ---- */

static PyObject *
do_stat(const char *fname, kr_path_t *path, int dir_fd, int follow)
{
    if (_KrPosix_FdAndDirFd(fname, path, dir_fd) < 0 ||
        _KrPosix_FdAndFollow(fname, path, follow) < 0)
        return NULL;
    struct stat st;
    int r;
    Py_BEGIN_ALLOW_THREADS
    if (path->fd != -1)
        r = fstat(path->fd, &st);
    else
        r = fstatat(dir_fd, path->narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_PathError(path);
    return _KrPosix_StatResult(&st);
}

static PyObject *
posix_stat(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "dir_fd", "follow_symlinks", NULL};
    static _PyArg_Parser parser = {"O&|$O&p:stat", kwlist, 0};
    kr_path_t path = KR_PATH("stat", "path", 0, 1);
    int dir_fd = AT_FDCWD, follow = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, _KrPosix_DirFdConverter, &dir_fd, &follow)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    PyObject *r = do_stat("stat", &path, dir_fd, follow);
    _KrPosix_PathCleanup(&path);
    return r;
}

static PyObject *
posix_lstat(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "dir_fd", NULL};
    static _PyArg_Parser parser = {"O&|$O&:lstat", kwlist, 0};
    kr_path_t path = KR_PATH("lstat", "path", 0, 0);
    int dir_fd = AT_FDCWD;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, _KrPosix_DirFdConverter, &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    PyObject *r = do_stat("lstat", &path, dir_fd, 0);
    _KrPosix_PathCleanup(&path);
    return r;
}

static PyObject *
posix_fstat(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    static _PyArg_Parser parser = {"i:fstat", kwlist, 0};
    int fd, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fd))
        return NULL;
    struct stat st;
    Py_BEGIN_ALLOW_THREADS
    r = fstat(fd, &st);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    return _KrPosix_StatResult(&st);
}

static PyObject *
posix_statvfs(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"O&:statvfs", kwlist, 0};
    kr_path_t path = KR_PATH("statvfs", "path", 0, 1);
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    struct statvfs st;
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = path.fd != -1 ? fstatvfs(path.fd, &st) : statvfs(path.narrow, &st);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : statvfs_result(&st);
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_fstatvfs(PyObject *m, PyObject *arg)
{
    int fd, r;
    if (!_KrPosix_FdConverter(arg, &fd))
        return NULL;
    struct statvfs st;
    Py_BEGIN_ALLOW_THREADS
    r = fstatvfs(fd, &st);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    return statvfs_result(&st);
}

/* ---- directories ---- */

static PyObject *
posix_chdir(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"O&:chdir", kwlist, 0};
    kr_path_t path = KR_PATH("chdir", "path", 0, 1);
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = path.fd != -1 ? fchdir(path.fd) : chdir(path.narrow);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_fchdir(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    static _PyArg_Parser parser = {"O&:fchdir", kwlist, 0};
    int fd, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_FdConverter, &fd))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = fchdir(fd);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_listdir(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"|O&:listdir", kwlist, 0};
    kr_path_t path = KR_PATH("listdir", "path", 1, 1);
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    DIR *dir = NULL;
    PyObject *list = NULL;
    int fd = -1;
    Py_BEGIN_ALLOW_THREADS
    if (path.fd != -1) {
        /* a descriptor: read through a duplicate, so that closedir does
         * not close the caller's, and rewind, as CPython does */
        fd = dup(path.fd);
        if (fd != -1) {
            dir = fdopendir(fd);
            if (dir == NULL) {
                int saved = errno;
                close(fd);
                errno = saved;
            }
        }
    } else {
        dir = opendir(path.narrow ? path.narrow : ".");
    }
    Py_END_ALLOW_THREADS
    if (dir == NULL) {
        _KrPosix_PathError(&path);
        goto done;
    }
    if (path.fd != -1)
        rewinddir(dir);
    list = PyList_New(0);
    if (list == NULL)
        goto close;
    for (;;) {
        struct dirent *ep;
        errno = 0;
        Py_BEGIN_ALLOW_THREADS
        ep = readdir(dir);
        Py_END_ALLOW_THREADS
        if (ep == NULL) {
            if (errno != 0) {
                Py_CLEAR(list);
                _KrPosix_PathError(&path);
            }
            break;
        }
        const char *n = ep->d_name;
        if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))
            continue;
        PyObject *name = _KrPosix_Decode(&path, n, (Py_ssize_t)strlen(n));
        if (name == NULL || PyList_Append(list, name) < 0) {
            Py_XDECREF(name);
            Py_CLEAR(list);
            break;
        }
        Py_DECREF(name);
    }
close:
    Py_BEGIN_ALLOW_THREADS
    if (path.fd != -1)
        rewinddir(dir);
    closedir(dir);
    Py_END_ALLOW_THREADS
done:
    _KrPosix_PathCleanup(&path);
    return list;
}

static PyObject *
posix_mkdir(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", NULL};
    static _PyArg_Parser parser = {"O&|i$O&:mkdir", kwlist, 0};
    kr_path_t path = KR_PATH("mkdir", "path", 0, 0);
    int mode = 0777, dir_fd = AT_FDCWD, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &mode, _KrPosix_DirFdConverter, &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = mkdirat(dir_fd, path.narrow, (mode_t)mode);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_mkfifo(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", NULL};
    static _PyArg_Parser parser = {"O&|i$O&:mkfifo", kwlist, 0};
    kr_path_t path = KR_PATH("mkfifo", "path", 0, 0);
    int mode = 0666, dir_fd = AT_FDCWD, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &mode, _KrPosix_DirFdConverter, &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = mkfifoat(dir_fd, path.narrow, (mode_t)mode);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

/* rmdir, unlink and remove: a path and dir_fd, one unlinkat call */
static PyObject *
unlink_common(const char *fname, int flags, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames, _PyArg_Parser *parser)
{
    kr_path_t path = KR_PATH(fname, "path", 0, 0);
    int dir_fd = AT_FDCWD, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, _KrPosix_PathConverter,
                                      &path, _KrPosix_DirFdConverter, &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = unlinkat(dir_fd, path.narrow, flags);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

static const char *const path_dirfd_kwlist[] = {"path", "dir_fd", NULL};

static PyObject *
posix_rmdir(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O&|$O&:rmdir", path_dirfd_kwlist, 0};
    return unlink_common("rmdir", AT_REMOVEDIR, args, nargs, kwnames, &parser);
}

static PyObject *
posix_unlink(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O&|$O&:unlink", path_dirfd_kwlist, 0};
    return unlink_common("unlink", 0, args, nargs, kwnames, &parser);
}

static PyObject *
posix_remove(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O&|$O&:remove", path_dirfd_kwlist, 0};
    return unlink_common("remove", 0, args, nargs, kwnames, &parser);
}

/* rename, replace and link: two paths, each with its own dir_fd */
static PyObject *
two_paths(const char *fname, int is_link, PyObject *const *args, Py_ssize_t nargs,
          PyObject *kwnames, _PyArg_Parser *parser)
{
    kr_path_t src = KR_PATH(fname, "src", 0, 0);
    kr_path_t dst = KR_PATH(fname, "dst", 0, 0);
    int src_dir_fd = AT_FDCWD, dst_dir_fd = AT_FDCWD, follow = 1, r;
    int ok = is_link
        ? _PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, _KrPosix_PathConverter,
                                       &src, _KrPosix_PathConverter, &dst,
                                       _KrPosix_DirFdConverter, &src_dir_fd,
                                       _KrPosix_DirFdConverter, &dst_dir_fd, &follow)
        : _PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, _KrPosix_PathConverter,
                                       &src, _KrPosix_PathConverter, &dst,
                                       _KrPosix_DirFdConverter, &src_dir_fd,
                                       _KrPosix_DirFdConverter, &dst_dir_fd);
    PyObject *res = NULL;
    if (!ok)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    if (is_link)
        r = linkat(src_dir_fd, src.narrow, dst_dir_fd, dst.narrow, follow ? AT_SYMLINK_FOLLOW : 0);
    else
        r = renameat(src_dir_fd, src.narrow, dst_dir_fd, dst.narrow);
    Py_END_ALLOW_THREADS
    res = r != 0 ? _KrPosix_PathError2(&src, &dst) : Py_NewRef(Py_None);
done:
    _KrPosix_PathCleanup(&src);
    _KrPosix_PathCleanup(&dst);
    return res;
}

static const char *const rename_kwlist[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};

static PyObject *
posix_rename(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O&O&|$O&O&:rename", rename_kwlist, 0};
    return two_paths("rename", 0, args, nargs, kwnames, &parser);
}

static PyObject *
posix_replace(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O&O&|$O&O&:replace", rename_kwlist, 0};
    return two_paths("replace", 0, args, nargs, kwnames, &parser);
}

static PyObject *
posix_link(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"src", "dst", "src_dir_fd", "dst_dir_fd",
                                         "follow_symlinks", NULL};
    static _PyArg_Parser parser = {"O&O&|$O&O&p:link", kwlist, 0};
    return two_paths("link", 1, args, nargs, kwnames, &parser);
}

static PyObject *
posix_symlink(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    static _PyArg_Parser parser = {"O&O&|p$O&:symlink", kwlist, 0};
    kr_path_t src = KR_PATH("symlink", "src", 0, 0);
    kr_path_t dst = KR_PATH("symlink", "dst", 0, 0);
    int is_dir = 0, dir_fd = AT_FDCWD, r;
    PyObject *res = NULL;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &src, _KrPosix_PathConverter, &dst, &is_dir,
                                      _KrPosix_DirFdConverter, &dir_fd))
        goto done;
    Py_BEGIN_ALLOW_THREADS
    r = symlinkat(src.narrow, dir_fd, dst.narrow);
    Py_END_ALLOW_THREADS
    res = r != 0 ? _KrPosix_PathError2(&src, &dst) : Py_NewRef(Py_None);
done:
    _KrPosix_PathCleanup(&src);
    _KrPosix_PathCleanup(&dst);
    return res;
}

static PyObject *
posix_readlink(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"O&|$O&:readlink", path_dirfd_kwlist, 0};
    kr_path_t path = KR_PATH("readlink", "path", 0, 0);
    int dir_fd = AT_FDCWD;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, _KrPosix_DirFdConverter, &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    char buf[4096];
    ssize_t n;
    Py_BEGIN_ALLOW_THREADS
    n = readlinkat(dir_fd, path.narrow, buf, sizeof buf);
    Py_END_ALLOW_THREADS
    PyObject *res = n < 0 ? _KrPosix_PathError(&path) : _KrPosix_Decode(&path, buf, n);
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_access(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "effective_ids",
                                         "follow_symlinks", NULL};
    static _PyArg_Parser parser = {"O&i|$O&pp:access", kwlist, 0};
    kr_path_t path = KR_PATH("access", "path", 0, 0);
    int mode, dir_fd = AT_FDCWD, effective = 0, follow = 1, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &mode, _KrPosix_DirFdConverter, &dir_fd,
                                      &effective, &follow)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    Py_BEGIN_ALLOW_THREADS
    r = faccessat(dir_fd, path.narrow, mode, flags);
    Py_END_ALLOW_THREADS
    _KrPosix_PathCleanup(&path);
    return PyBool_FromLong(r == 0);
}

static PyObject *
posix_chmod(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    static _PyArg_Parser parser = {"O&i|$O&p:chmod", kwlist, 0};
    kr_path_t path = KR_PATH("chmod", "path", 0, 1);
    int mode, dir_fd = AT_FDCWD, follow = 1, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &mode, _KrPosix_DirFdConverter, &dir_fd,
                                      &follow)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    PyObject *res = NULL;
    if (_KrPosix_FdAndDirFd("chmod", &path, dir_fd) < 0 ||
        _KrPosix_FdAndFollow("chmod", &path, follow) < 0)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    if (path.fd != -1)
        r = fchmod(path.fd, (mode_t)mode);
    else
        r = fchmodat(dir_fd, path.narrow, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    Py_END_ALLOW_THREADS
    if (r != 0 && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
        PyErr_SetString(PyExc_NotImplementedError,
                        "chmod: follow_symlinks unavailable on this platform");
        goto done;
    }
    res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
done:
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_fchmod(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", "mode", NULL};
    static _PyArg_Parser parser = {"ii:fchmod", kwlist, 0};
    int fd, mode, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fd, &mode))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = fchmod(fd, (mode_t)mode);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static int
id_converter(PyObject *o, void *out)
{
    if (!PyLong_Check(o) && !PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "uid should be integer, not %.200s", Py_TYPE(o)->tp_name);
        return 0;
    }
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(uid_t *)out = (uid_t)v;
    return 1;
}

static PyObject *
posix_chown(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks",
                                         NULL};
    static _PyArg_Parser parser = {"O&O&O&|$O&p:chown", kwlist, 0};
    kr_path_t path = KR_PATH("chown", "path", 0, 1);
    uid_t uid;
    gid_t gid;
    int dir_fd = AT_FDCWD, follow = 1, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, id_converter, &uid, id_converter, &gid,
                                      _KrPosix_DirFdConverter, &dir_fd, &follow)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    PyObject *res = NULL;
    if (_KrPosix_FdAndDirFd("chown", &path, dir_fd) < 0 ||
        _KrPosix_FdAndFollow("chown", &path, follow) < 0)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    if (path.fd != -1)
        r = fchown(path.fd, uid, gid);
    else
        r = fchownat(dir_fd, path.narrow, uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    Py_END_ALLOW_THREADS
    res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
done:
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_lchown(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "uid", "gid", NULL};
    static _PyArg_Parser parser = {"O&O&O&:lchown", kwlist, 0};
    kr_path_t path = KR_PATH("lchown", "path", 0, 0);
    uid_t uid;
    gid_t gid;
    int r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, id_converter, &uid, id_converter, &gid)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = lchown(path.narrow, uid, gid);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_fchown(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", "uid", "gid", NULL};
    static _PyArg_Parser parser = {"iO&O&:fchown", kwlist, 0};
    int fd, r;
    uid_t uid;
    gid_t gid;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fd, id_converter, &uid,
                                      id_converter, &gid))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = fchown(fd, uid, gid);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

/* A time for utime(times=...): int or float seconds. */
static int
timespec_from_seconds(PyObject *o, struct timespec *ts)
{
    if (PyFloat_Check(o)) {
        double d = PyFloat_AsDouble(o);
        double whole = floor(d);
        ts->tv_sec = (time_t)whole;
        ts->tv_nsec = (long)((d - whole) * 1e9);
        if (ts->tv_nsec >= 1000000000L) {
            ts->tv_sec++;
            ts->tv_nsec -= 1000000000L;
        }
        return 0;
    }
    if (!PyLong_Check(o) && !PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    long long v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    ts->tv_sec = (time_t)v;
    ts->tv_nsec = 0;
    return 0;
}

static int
timespec_from_ns(PyObject *o, struct timespec *ts)
{
    if (!PyLong_Check(o)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    PyObject *billion = PyLong_FromLong(1000000000L);
    if (billion == NULL)
        return -1;
    PyObject *qr = PyNumber_Divmod(o, billion);
    Py_DECREF(billion);
    if (qr == NULL)
        return -1;
    long long sec = PyLong_AsLongLong(PyTuple_GET_ITEM(qr, 0));
    long nsec = PyLong_AsLong(PyTuple_GET_ITEM(qr, 1));
    Py_DECREF(qr);
    if (PyErr_Occurred())
        return -1;
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = nsec;
    return 0;
}

static PyObject *
posix_utime(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "times", "ns", "dir_fd", "follow_symlinks",
                                         NULL};
    static _PyArg_Parser parser = {"O&|O$OO&p:utime", kwlist, 0};
    kr_path_t path = KR_PATH("utime", "path", 0, 1);
    PyObject *times = Py_None, *ns = NULL, *res = NULL;
    int dir_fd = AT_FDCWD, follow = 1, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &times, &ns, _KrPosix_DirFdConverter, &dir_fd,
                                      &follow))
        goto done;
    struct timespec ts[2];
    struct timespec *tsp = ts;
    if (times != Py_None && ns != NULL) {
        PyErr_SetString(PyExc_ValueError,
                        "utime: you may specify either 'times' or 'ns' but not both");
        goto done;
    }
    if (times != Py_None) {
        if (!PyTuple_Check(times) || PyTuple_GET_SIZE(times) != 2) {
            PyErr_SetString(PyExc_TypeError,
                            "utime: 'times' must be either a tuple of two ints or None");
            goto done;
        }
        if (timespec_from_seconds(PyTuple_GET_ITEM(times, 0), &ts[0]) < 0 ||
            timespec_from_seconds(PyTuple_GET_ITEM(times, 1), &ts[1]) < 0)
            goto done;
    } else if (ns != NULL) {
        if (!PyTuple_Check(ns) || PyTuple_GET_SIZE(ns) != 2) {
            PyErr_SetString(PyExc_TypeError, "utime: 'ns' must be a tuple of two ints");
            goto done;
        }
        if (timespec_from_ns(PyTuple_GET_ITEM(ns, 0), &ts[0]) < 0 ||
            timespec_from_ns(PyTuple_GET_ITEM(ns, 1), &ts[1]) < 0)
            goto done;
    } else {
        tsp = NULL; /* now */
    }
    if (_KrPosix_FdAndDirFd("utime", &path, dir_fd) < 0 ||
        _KrPosix_FdAndFollow("utime", &path, follow) < 0)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    if (path.fd != -1)
        r = futimens(path.fd, tsp);
    else
        r = utimensat(dir_fd, path.narrow, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    Py_END_ALLOW_THREADS
    /* CPython's utime names no file in its error */
    res = r != 0 ? _KrPosix_Error() : Py_NewRef(Py_None);
done:
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_truncate(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "length", NULL};
    static _PyArg_Parser parser = {"O&L:truncate", kwlist, 0};
    kr_path_t path = KR_PATH("truncate", "path", 0, 1);
    long long length;
    int r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &length)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = path.fd != -1 ? ftruncate(path.fd, (off_t)length) : truncate(path.narrow, (off_t)length);
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&path) : Py_NewRef(Py_None);
    _KrPosix_PathCleanup(&path);
    return res;
}

/* ---- file descriptors ---- */

static PyObject *
posix_open(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", "flags", "mode", "dir_fd", NULL};
    static _PyArg_Parser parser = {"O&i|i$O&:open", kwlist, 0};
    kr_path_t path = KR_PATH("open", "path", 0, 0);
    int flags, mode = 0777, dir_fd = AT_FDCWD, fd;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path, &flags, &mode, _KrPosix_DirFdConverter, &dir_fd)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    flags |= O_CLOEXEC; /* PEP 446 */
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        fd = openat(dir_fd, path.narrow, flags, mode);
        Py_END_ALLOW_THREADS
        if (fd >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0) {
            _KrPosix_PathCleanup(&path);
            return NULL;
        }
    }
    PyObject *res = fd < 0 ? _KrPosix_PathError(&path) : PyLong_FromLong(fd);
    _KrPosix_PathCleanup(&path);
    return res;
}

static PyObject *
posix_close(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    static _PyArg_Parser parser = {"i:close", kwlist, 0};
    int fd, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fd))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = close(fd);
    Py_END_ALLOW_THREADS
    /* a close interrupted by a signal has still closed the descriptor */
    if (r < 0 && errno != EINTR)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_closerange(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int lo, hi;
    if (!_PyArg_ParseStack(args, nargs, "ii:closerange", &lo, &hi))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++)
        close(fd);
    Py_END_ALLOW_THREADS
    Py_RETURN_NONE;
}

static PyObject *
posix_read(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd;
    Py_ssize_t length;
    if (!_PyArg_ParseStack(args, nargs, "in:read", &fd, &length))
        return NULL;
    if (length < 0) {
        errno = EINVAL;
        return _KrPosix_Error();
    }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, length);
    if (buf == NULL)
        return NULL;
    ssize_t n;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        n = read(fd, PyBytes_AS_STRING(buf), (size_t)length);
        Py_END_ALLOW_THREADS
        if (n >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0) {
            Py_DECREF(buf);
            return NULL;
        }
    }
    if (n < 0) {
        Py_DECREF(buf);
        return _KrPosix_Error();
    }
    if (n != length && _PyBytes_Resize(&buf, n) < 0)
        return NULL;
    return buf;
}

static PyObject *
posix_pread(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd;
    Py_ssize_t length;
    long long offset;
    if (!_PyArg_ParseStack(args, nargs, "inL:pread", &fd, &length, &offset))
        return NULL;
    if (length < 0) {
        errno = EINVAL;
        return _KrPosix_Error();
    }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, length);
    if (buf == NULL)
        return NULL;
    ssize_t n;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        n = pread(fd, PyBytes_AS_STRING(buf), (size_t)length, (off_t)offset);
        Py_END_ALLOW_THREADS
        if (n >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0) {
            Py_DECREF(buf);
            return NULL;
        }
    }
    if (n < 0) {
        Py_DECREF(buf);
        return _KrPosix_Error();
    }
    if (n != length && _PyBytes_Resize(&buf, n) < 0)
        return NULL;
    return buf;
}

/* write and pwrite: offset < 0 means the current position */
static PyObject *
write_common(int fd, PyObject *data, long long offset, int positional)
{
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    ssize_t n;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        if (positional)
            n = pwrite(fd, view.buf, (size_t)view.len, (off_t)offset);
        else
            n = write(fd, view.buf, (size_t)view.len);
        Py_END_ALLOW_THREADS
        if (n >= 0 || errno != EINTR)
            break;
        if (PyErr_CheckSignals() < 0) {
            PyBuffer_Release(&view);
            return NULL;
        }
    }
    PyBuffer_Release(&view);
    if (n < 0)
        return _KrPosix_Error();
    return PyLong_FromSsize_t(n);
}

static PyObject *
posix_write(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd;
    PyObject *data;
    if (!_PyArg_ParseStack(args, nargs, "iO:write", &fd, &data))
        return NULL;
    return write_common(fd, data, 0, 0);
}

static PyObject *
posix_pwrite(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd;
    PyObject *data;
    long long offset;
    if (!_PyArg_ParseStack(args, nargs, "iOL:pwrite", &fd, &data, &offset))
        return NULL;
    return write_common(fd, data, offset, 1);
}

static PyObject *
posix_lseek(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, how;
    long long pos;
    if (!_PyArg_ParseStack(args, nargs, "iLi:lseek", &fd, &pos, &how))
        return NULL;
    off_t r;
    Py_BEGIN_ALLOW_THREADS
    r = lseek(fd, (off_t)pos, how);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromLongLong((long long)r);
}

static PyObject *
sync_common(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, _PyArg_Parser *parser,
            int data_only)
{
    PyObject *obj;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, parser, &obj))
        return NULL;
    int fd;
    if (PyLong_Check(obj)) {
        fd = _KrPosix_AsInt(obj);
        if (fd == -1 && PyErr_Occurred())
            return NULL;
    } else {
        /* any object with fileno(), as CPython's fildes converter */
        PyObject *r = PyObject_CallMethod(obj, "fileno", NULL);
        if (r == NULL)
            return NULL;
        fd = _KrPosix_AsInt(r);
        Py_DECREF(r);
        if (fd == -1 && PyErr_Occurred())
            return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = data_only ? fdatasync(fd) : fsync(fd);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_fsync(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    static _PyArg_Parser parser = {"O:fsync", kwlist, 0};
    return sync_common(args, nargs, kwnames, &parser, 0);
}

static PyObject *
posix_fdatasync(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    static _PyArg_Parser parser = {"O:fdatasync", kwlist, 0};
    return sync_common(args, nargs, kwnames, &parser, 1);
}

static PyObject *
posix_ftruncate(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, r;
    long long length;
    if (!_PyArg_ParseStack(args, nargs, "iL:ftruncate", &fd, &length))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = ftruncate(fd, (off_t)length);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_isatty(PyObject *m, PyObject *arg)
{
    int fd;
    if (!_KrPosix_FdConverter(arg, &fd))
        return NULL;
    return PyBool_FromLong(isatty(fd));
}

static PyObject *
posix_ttyname(PyObject *m, PyObject *arg)
{
    int fd;
    if (!_KrPosix_FdConverter(arg, &fd))
        return NULL;
    char buf[256];
    int err = ttyname_r(fd, buf, sizeof buf);
    if (err != 0) {
        errno = err;
        return _KrPosix_Error();
    }
    return PyUnicode_DecodeFSDefault(buf);
}

static PyObject *
posix_dup(PyObject *m, PyObject *arg)
{
    int fd;
    if (!_KrPosix_FdConverter(arg, &fd))
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromLong(r);
}

static PyObject *
posix_dup2(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"fd", "fd2", "inheritable", NULL};
    static _PyArg_Parser parser = {"ii|p:dup2", kwlist, 0};
    int fd, fd2, inheritable = 1, r;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &fd, &fd2, &inheritable))
        return NULL;
    if (fd < 0 || fd2 < 0) {
        errno = EBADF;
        return _KrPosix_Error();
    }
    Py_BEGIN_ALLOW_THREADS
    if (inheritable || fd == fd2)
        r = dup2(fd, fd2);
    else
        r = dup3(fd, fd2, O_CLOEXEC);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return _KrPosix_Error();
    return PyLong_FromLong(r);
}

static PyObject *
make_pipe(int flags)
{
    int fds[2], r;
    Py_BEGIN_ALLOW_THREADS
    r = pipe2(fds, flags);
    Py_END_ALLOW_THREADS
    if (r != 0)
        return _KrPosix_Error();
    return Py_BuildValue("(ii)", fds[0], fds[1]);
}

static PyObject *
posix_pipe(PyObject *m, PyObject *Py_UNUSED(a))
{
    return make_pipe(O_CLOEXEC);
}

static PyObject *
posix_pipe2(PyObject *m, PyObject *arg)
{
    int flags = _KrPosix_AsInt(arg);
    if (flags == -1 && PyErr_Occurred())
        return NULL;
    return make_pipe(flags);
}

static PyObject *
posix_get_inheritable(PyObject *m, PyObject *arg)
{
    int fd;
    if (!_KrPosix_FdConverter(arg, &fd))
        return NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0)
        return _KrPosix_Error();
    return PyBool_FromLong(!(flags & FD_CLOEXEC));
}

static PyObject *
posix_set_inheritable(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, inheritable;
    if (!_PyArg_ParseStack(args, nargs, "ii:set_inheritable", &fd, &inheritable))
        return NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0)
        return _KrPosix_Error();
    int nflags = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (nflags != flags && fcntl(fd, F_SETFD, nflags) < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

static PyObject *
posix_get_blocking(PyObject *m, PyObject *arg)
{
    int fd;
    if (!_KrPosix_FdConverter(arg, &fd))
        return NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0)
        return _KrPosix_Error();
    return PyBool_FromLong(!(flags & O_NONBLOCK));
}

static PyObject *
posix_set_blocking(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    int fd, blocking;
    if (!_PyArg_ParseStack(args, nargs, "ii:set_blocking", &fd, &blocking))
        return NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0)
        return _KrPosix_Error();
    int nflags = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (nflags != flags && fcntl(fd, F_SETFL, nflags) < 0)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

#define FC(f) ((PyCFunction)(void (*)(void))(f))
PyMethodDef _KrPosix_FsMethods[] = {
    {"stat", FC(posix_stat), KR_KW_FLAGS,
     "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Perform a stat system call on the given path."},
    {"lstat", FC(posix_lstat), KR_KW_FLAGS,
     "lstat($module, /, path, *, dir_fd=None)\n--\n\n"
     "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", FC(posix_fstat), KR_KW_FLAGS,
     "fstat($module, /, fd)\n--\n\nPerform a stat system call on the given file descriptor."},
    {"statvfs", FC(posix_statvfs), KR_KW_FLAGS,
     "statvfs($module, /, path)\n--\n\nPerform a statvfs system call on the given path."},
    {"fstatvfs", posix_fstatvfs, METH_O,
     "fstatvfs($module, fd, /)\n--\n\n"
     "Perform an fstatvfs system call on the given fd."},
    {"chdir", FC(posix_chdir), KR_KW_FLAGS,
     "chdir($module, /, path)\n--\n\nChange the current working directory to the specified path."},
    {"fchdir", FC(posix_fchdir), KR_KW_FLAGS,
     "fchdir($module, /, fd)\n--\n\n"
     "Change to the directory of the given file descriptor."},
    {"listdir", FC(posix_listdir), KR_KW_FLAGS,
     "listdir($module, /, path=None)\n--\n\n"
     "Return a list containing the names of the files in the directory."},
    {"mkdir", FC(posix_mkdir), KR_KW_FLAGS,
     "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory."},
    {"mkfifo", FC(posix_mkfifo), KR_KW_FLAGS,
     "mkfifo($module, /, path, mode=438, *, dir_fd=None)\n--\n\nCreate a \"fifo\" (a POSIX named pipe)."},
    {"rmdir", FC(posix_rmdir), KR_KW_FLAGS,
     "rmdir($module, /, path, *, dir_fd=None)\n--\n\nRemove a directory."},
    {"unlink", FC(posix_unlink), KR_KW_FLAGS,
     "unlink($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as remove())."},
    {"remove", FC(posix_remove), KR_KW_FLAGS,
     "remove($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as unlink())."},
    {"rename", FC(posix_rename), KR_KW_FLAGS,
     "rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\n"
     "Rename a file or directory."},
    {"replace", FC(posix_replace), KR_KW_FLAGS,
     "replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\n"
     "Rename a file or directory, overwriting the destination."},
    {"link", FC(posix_link), KR_KW_FLAGS,
     "link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n"
     "     follow_symlinks=True)\n--\n\nCreate a hard link to a file."},
    {"symlink", FC(posix_symlink), KR_KW_FLAGS,
     "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\n"
     "Create a symbolic link pointing to src named dst."},
    {"readlink", FC(posix_readlink), KR_KW_FLAGS,
     "readlink($module, /, path, *, dir_fd=None)\n--\n\n"
     "Return a string representing the path to which the symbolic link points."},
    {"access", FC(posix_access), KR_KW_FLAGS,
     "access($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n"
     "       follow_symlinks=True)\n--\n\n"
     "Use the real uid/gid to test for access to a path."},
    {"chmod", FC(posix_chmod), KR_KW_FLAGS,
     "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Change the access permissions of a file."},
    {"fchmod", FC(posix_fchmod), KR_KW_FLAGS,
     "fchmod($module, /, fd, mode)\n--\n\nChange the access permissions of the file given by file descriptor fd."},
    {"chown", FC(posix_chown), KR_KW_FLAGS,
     "chown($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Change the owner and group id of path to the numeric uid and gid."},
    {"lchown", FC(posix_lchown), KR_KW_FLAGS,
     "lchown($module, /, path, uid, gid)\n--\n\n"
     "Change the owner and group id of path to the numeric uid and gid."},
    {"fchown", FC(posix_fchown), KR_KW_FLAGS,
     "fchown($module, /, fd, uid, gid)\n--\n\n"
     "Change the owner and group id of the file specified by file descriptor."},
    {"utime", FC(posix_utime), KR_KW_FLAGS,
     "utime($module, /, path, times=None, *, ns=<unrepresentable>,\n"
     "      dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Set the access and modified time of path."},
    {"truncate", FC(posix_truncate), KR_KW_FLAGS,
     "truncate($module, /, path, length)\n--\n\nTruncate a file, specified by path, to a specific length."},
    {"open", FC(posix_open), KR_KW_FLAGS,
     "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\n"
     "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", FC(posix_close), KR_KW_FLAGS,
     "close($module, /, fd)\n--\n\nClose a file descriptor."},
    {"closerange", FC(posix_closerange), METH_FASTCALL,
     "closerange($module, fd_low, fd_high, /)\n--\n\n"
     "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
    {"read", FC(posix_read), METH_FASTCALL,
     "read($module, fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object."},
    {"pread", FC(posix_pread), METH_FASTCALL,
     "pread($module, fd, length, offset, /)\n--\n\n"
     "Read a number of bytes from a file descriptor starting at a particular offset."},
    {"write", FC(posix_write), METH_FASTCALL,
     "write($module, fd, data, /)\n--\n\nWrite a bytes object to a file descriptor."},
    {"pwrite", FC(posix_pwrite), METH_FASTCALL,
     "pwrite($module, fd, buffer, offset, /)\n--\n\n"
     "Write bytes to a file descriptor starting at a particular offset."},
    {"lseek", FC(posix_lseek), METH_FASTCALL,
     "lseek($module, fd, position, how, /)\n--\n\n"
     "Set the position of a file descriptor.  Return the new position."},
    {"fsync", FC(posix_fsync), KR_KW_FLAGS,
     "fsync($module, /, fd)\n--\n\nForce write of fd to disk."},
    {"fdatasync", FC(posix_fdatasync), KR_KW_FLAGS,
     "fdatasync($module, /, fd)\n--\n\nForce write of fd to disk without forcing update of metadata."},
    {"ftruncate", FC(posix_ftruncate), METH_FASTCALL,
     "ftruncate($module, fd, length, /)\n--\n\n"
     "Truncate a file, specified by file descriptor, to a specific length."},
    {"isatty", posix_isatty, METH_O,
     "isatty($module, fd, /)\n--\n\n"
     "Return True if the fd is connected to a terminal."},
    {"ttyname", posix_ttyname, METH_O,
     "ttyname($module, fd, /)\n--\n\n"
     "Return the name of the terminal device connected to 'fd'."},
    {"dup", posix_dup, METH_O,
     "dup($module, fd, /)\n--\n\nReturn a duplicate of a file descriptor."},
    {"dup2", FC(posix_dup2), KR_KW_FLAGS,
     "dup2($module, /, fd, fd2, inheritable=True)\n--\n\nDuplicate file descriptor."},
    {"pipe", posix_pipe, METH_NOARGS,
     "pipe($module, /)\n--\n\nCreate a pipe.\n\n"
     "Returns a tuple of two file descriptors:\n  (read_fd, write_fd)"},
    {"pipe2", posix_pipe2, METH_O,
     "pipe2($module, flags, /)\n--\n\nCreate a pipe with flags set atomically."},
    {"get_inheritable", posix_get_inheritable, METH_O,
     "get_inheritable($module, fd, /)\n--\n\nGet the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", FC(posix_set_inheritable), METH_FASTCALL,
     "set_inheritable($module, fd, inheritable, /)\n--\n\n"
     "Set the inheritable flag of the specified file descriptor."},
    {"get_blocking", posix_get_blocking, METH_O,
     "get_blocking($module, fd, /)\n--\n\n"
     "Get the blocking mode of the file descriptor."},
    {"set_blocking", FC(posix_set_blocking), METH_FASTCALL,
     "set_blocking($module, fd, blocking, /)\n--\n\n"
     "Set the blocking mode of the specified file descriptor."},
    {NULL, NULL, 0, NULL}
};
#undef FC

int
_KrPosix_FsInit(PyObject *m)
{
    static int ready;
    if (!ready) {
        stat_result_fields[7].name = PyStructSequence_UnnamedField;
        stat_result_fields[8].name = PyStructSequence_UnnamedField;
        stat_result_fields[9].name = PyStructSequence_UnnamedField;
        if (PyStructSequence_InitType2(&StatResultType, &stat_result_desc) < 0 ||
            PyStructSequence_InitType2(&StatvfsResultType, &statvfs_result_desc) < 0)
            return -1;
        structseq_new = StatResultType.tp_new;
        StatResultType.tp_new = statresult_new;
        ready = 1;
    }
    if (PyModule_AddObjectRef(m, "stat_result", (PyObject *)&StatResultType) < 0 ||
        PyModule_AddObjectRef(m, "statvfs_result", (PyObject *)&StatvfsResultType) < 0)
        return -1;
    return 0;
}
