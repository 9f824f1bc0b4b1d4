/* posix: scandir() and DirEntry.
 *
 * scandir() exists so that os.walk and friends need not stat every
 * entry: readdir() already says, through d_type, whether an entry is a
 * directory, a file or a link on most file systems.  A DirEntry keeps
 * d_type and the inode from readdir and answers is_dir/is_file/
 * is_symlink from them, calling stat only when d_type is unknown or a
 * link must be followed; each stat result is cached on the entry, as
 * CPython documents.
 *
 * The iterator owns the DIR stream and closes it when exhausted, on
 * close(), at the end of a with block, or when collected.  Given a file
 * descriptor, it reads a duplicate (closedir closes the descriptor it
 * was given) and entries are stat'ed relative to the original one. */
#include "posix.h"
#include <dirent.h>

typedef struct {
    PyObject_HEAD
    PyObject *name;
    PyObject *path;
    PyObject *stat;  /* cached, following links */
    PyObject *lstat; /* cached, not following */
    unsigned char d_type;
    ino_t d_ino;
    int dir_fd; /* -1 unless scandir() was given a descriptor */
} DirEntry;

typedef struct {
    PyObject_HEAD
    DIR *dirp;
    kr_path_t path;
    int fd; /* the caller's descriptor, or -1 */
} ScandirIterator;

static PyTypeObject DirEntryType;
static PyTypeObject ScandirIteratorType;

/* ---- DirEntry ---- */

static void
direntry_dealloc(DirEntry *e)
{
    Py_XDECREF(e->name);
    Py_XDECREF(e->path);
    Py_XDECREF(e->stat);
    Py_XDECREF(e->lstat);
    Py_TYPE(e)->tp_free((PyObject *)e);
}

static PyObject *
direntry_repr(DirEntry *e)
{
    return PyUnicode_FromFormat("<DirEntry %R>", e->name);
}

static PyObject *
direntry_fetch_stat(DirEntry *e, int follow)
{
    struct stat st;
    int r;
    kr_path_t p = KR_PATH(NULL, NULL, 0, 0);
    if (!_KrPosix_PathConverter(e->path, &p))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    if (e->dir_fd != -1) {
        /* relative to the directory descriptor, by name */
        const char *name = p.narrow;
        r = fstatat(e->dir_fd, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
        r = fstatat(AT_FDCWD, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    }
    Py_END_ALLOW_THREADS
    PyObject *res = r != 0 ? _KrPosix_PathError(&p) : _KrPosix_StatResult(&st);
    _KrPosix_PathCleanup(&p);
    return res;
}

static PyObject *
direntry_get_lstat(DirEntry *e)
{
    if (e->lstat == NULL)
        e->lstat = direntry_fetch_stat(e, 0);
    return Py_XNewRef(e->lstat);
}

static int
direntry_is_link(DirEntry *e)
{
    return e->d_type != DT_UNKNOWN ? e->d_type == DT_LNK : -2;
}

static PyObject *
direntry_get_stat(DirEntry *e, int follow)
{
    if (!follow)
        return direntry_get_lstat(e);
    if (e->stat == NULL) {
        int link = direntry_is_link(e);
        if (link == -2) {
            PyObject *ls = direntry_get_lstat(e);
            if (ls == NULL)
                return NULL;
            long mode = PyLong_AsLong(PyStructSequence_GET_ITEM(ls, 0));
            Py_DECREF(ls);
            link = S_ISLNK((mode_t)mode);
        }
        if (link)
            e->stat = direntry_fetch_stat(e, 1);
        else
            e->stat = direntry_get_lstat(e);
    }
    return Py_XNewRef(e->stat);
}

/* is_dir/is_file: d_type when it settles the question, else st_mode
 * (a missing file is simply "not a ..."). */
static int
direntry_test_mode(DirEntry *e, int follow, mode_t want)
{
    int need_stat = e->d_type == DT_UNKNOWN || (follow && e->d_type == DT_LNK);
    if (!need_stat) {
        unsigned char t = want == S_IFDIR ? DT_DIR : DT_REG;
        return e->d_type == t;
    }
    PyObject *st = direntry_get_stat(e, follow);
    if (st == NULL) {
        if (PyErr_ExceptionMatches(PyExc_FileNotFoundError)) {
            PyErr_Clear();
            return 0;
        }
        return -1;
    }
    long mode = PyLong_AsLong(PyStructSequence_GET_ITEM(st, 0));
    Py_DECREF(st);
    if (mode == -1 && PyErr_Occurred())
        return -1;
    return ((mode_t)mode & S_IFMT) == want;
}

static const char *const follow_kwlist[] = {"follow_symlinks", NULL};

static PyObject *
direntry_is_dir(DirEntry *e, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"|$p:is_dir", follow_kwlist, 0};
    int follow = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &follow))
        return NULL;
    int r = direntry_test_mode(e, follow, S_IFDIR);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

static PyObject *
direntry_is_file(DirEntry *e, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"|$p:is_file", follow_kwlist, 0};
    int follow = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &follow))
        return NULL;
    int r = direntry_test_mode(e, follow, S_IFREG);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

static PyObject *
direntry_is_symlink(DirEntry *e, PyObject *Py_UNUSED(a))
{
    int link = direntry_is_link(e);
    if (link != -2)
        return PyBool_FromLong(link);
    int r = direntry_test_mode(e, 0, S_IFLNK);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

static PyObject *
direntry_stat(DirEntry *e, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static _PyArg_Parser parser = {"|$p:stat", follow_kwlist, 0};
    int follow = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &follow))
        return NULL;
    return direntry_get_stat(e, follow);
}

static PyObject *
direntry_inode(DirEntry *e, PyObject *Py_UNUSED(a))
{
    return PyLong_FromUnsignedLongLong((unsigned long long)e->d_ino);
}

static PyObject *
direntry_fspath(DirEntry *e, PyObject *Py_UNUSED(a))
{
    return Py_NewRef(e->path);
}

static PyObject *
direntry_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

#define FC(f) ((PyCFunction)(void (*)(void))(f))
static PyMethodDef direntry_methods[] = {
    {"is_dir", FC(direntry_is_dir), KR_KW_FLAGS,
     "is_dir($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a directory; cached per entry."},
    {"is_file", FC(direntry_is_file), KR_KW_FLAGS,
     "is_file($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a file; cached per entry."},
    {"is_symlink", FC(direntry_is_symlink), METH_NOARGS,
     "is_symlink($self, /)\n--\n\nReturn True if the entry is a symbolic link; cached per entry."},
    {"stat", FC(direntry_stat), KR_KW_FLAGS,
     "stat($self, /, *, follow_symlinks=True)\n--\n\nReturn stat_result object for the entry; cached per entry."},
    {"inode", FC(direntry_inode), METH_NOARGS,
     "inode($self, /)\n--\n\nReturn inode of the entry; cached per entry."},
    {"__fspath__", FC(direntry_fspath), METH_NOARGS,
     "__fspath__($self, /)\n--\n\nReturns the path for the entry."},
    {"__class_getitem__", direntry_class_getitem, METH_O | METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef direntry_members[] = {
    {"name", T_OBJECT_EX, offsetof(DirEntry, name), READONLY,
     "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", T_OBJECT_EX, offsetof(DirEntry, path), READONLY,
     "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
    {NULL, 0, 0, 0, NULL}
};

static PyTypeObject DirEntryType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "posix.DirEntry",
    .tp_basicsize = sizeof(DirEntry),
    .tp_dealloc = (destructor)direntry_dealloc,
    .tp_repr = (reprfunc)direntry_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = direntry_methods,
    .tp_members = direntry_members,
};

static PyObject *
direntry_new(ScandirIterator *it, const char *name, size_t len, unsigned char d_type,
             ino_t d_ino)
{
    DirEntry *e = PyObject_New(DirEntry, &DirEntryType);
    if (e == NULL)
        return NULL;
    e->name = e->path = e->stat = e->lstat = NULL;
    e->d_type = d_type;
    e->d_ino = d_ino;
    e->dir_fd = it->fd;
    e->name = _KrPosix_Decode(&it->path, name, (Py_ssize_t)len);
    if (e->name == NULL)
        goto error;
    if (it->fd != -1) {
        e->path = Py_NewRef(e->name);
    } else {
        const char *dir = it->path.narrow ? it->path.narrow : ".";
        size_t dlen = strlen(dir);
        int slash = dlen > 0 && dir[dlen - 1] != '/';
        char *buf = PyMem_Malloc(dlen + slash + len + 1);
        if (buf == NULL) {
            PyErr_NoMemory();
            goto error;
        }
        memcpy(buf, dir, dlen);
        if (slash)
            buf[dlen] = '/';
        memcpy(buf + dlen + slash, name, len);
        e->path = _KrPosix_Decode(&it->path, buf, (Py_ssize_t)(dlen + slash + len));
        PyMem_Free(buf);
        if (e->path == NULL)
            goto error;
    }
    return (PyObject *)e;
error:
    Py_DECREF(e);
    return NULL;
}

/* ---- ScandirIterator ---- */

static void
scandir_closedir(ScandirIterator *it)
{
    DIR *d = it->dirp;
    if (d == NULL)
        return;
    it->dirp = NULL;
    Py_BEGIN_ALLOW_THREADS
    if (it->fd != -1)
        rewinddir(d);
    closedir(d);
    Py_END_ALLOW_THREADS
}

static PyObject *
scandir_next(ScandirIterator *it)
{
    while (it->dirp != NULL) {
        struct dirent *ep;
        errno = 0;
        Py_BEGIN_ALLOW_THREADS
        ep = readdir(it->dirp);
        Py_END_ALLOW_THREADS
        if (ep == NULL) {
            if (errno != 0) {
                _KrPosix_PathError(&it->path);
                scandir_closedir(it);
                return NULL;
            }
            break;
        }
        const char *n = ep->d_name;
        if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))
            continue;
        return direntry_new(it, n, strlen(n), ep->d_type, ep->d_ino);
    }
    scandir_closedir(it);
    return NULL;
}

static void
scandir_dealloc(ScandirIterator *it)
{
    if (it->dirp != NULL) {
        /* CPython warns about an iterator left open.  The warning may
         * take references to the iterator (its repr, a warning hook), so
         * it is alive again while that runs; if something kept it, it
         * stays alive. */
        Py_SET_REFCNT(it, 1);
        PyObject *exc = PyErr_GetRaisedException();
        if (PyErr_WarnFormat(PyExc_ResourceWarning, 1, "unclosed scandir iterator %R",
                             (PyObject *)it) < 0)
            PyErr_WriteUnraisable((PyObject *)it);
        PyErr_SetRaisedException(exc);
        scandir_closedir(it);
        if (Py_REFCNT(it) != 1) {
            Py_SET_REFCNT(it, Py_REFCNT(it) - 1);
            return;
        }
        Py_SET_REFCNT(it, 0);
    }
    _KrPosix_PathCleanup(&it->path);
    Py_TYPE(it)->tp_free((PyObject *)it);
}

static PyObject *
scandir_close(ScandirIterator *it, PyObject *Py_UNUSED(a))
{
    scandir_closedir(it);
    Py_RETURN_NONE;
}

static PyObject *
scandir_enter(ScandirIterator *it, PyObject *Py_UNUSED(a))
{
    return Py_NewRef((PyObject *)it);
}

static PyObject *
scandir_exit(ScandirIterator *it, PyObject *const *args, Py_ssize_t nargs)
{
    scandir_closedir(it);
    Py_RETURN_NONE;
}

static PyMethodDef scandir_methods[] = {
    {"__enter__", FC(scandir_enter), METH_NOARGS, NULL},
    {"__exit__", FC(scandir_exit), METH_FASTCALL, NULL},
    {"close", FC(scandir_close), METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject ScandirIteratorType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "posix.ScandirIterator",
    .tp_basicsize = sizeof(ScandirIterator),
    .tp_dealloc = (destructor)scandir_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)scandir_next,
    .tp_methods = scandir_methods,
};

static PyObject *
posix_scandir(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"|O&:scandir", kwlist, 0};
    kr_path_t path = KR_PATH("scandir", "path", 1, 1);
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, _KrPosix_PathConverter,
                                      &path)) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    ScandirIterator *it = PyObject_New(ScandirIterator, &ScandirIteratorType);
    if (it == NULL) {
        _KrPosix_PathCleanup(&path);
        return NULL;
    }
    it->path = path;
    it->fd = path.fd;
    it->dirp = NULL;
    DIR *d = NULL;
    Py_BEGIN_ALLOW_THREADS
    if (path.fd != -1) {
        int fd = dup(path.fd);
        if (fd != -1) {
            d = fdopendir(fd);
            if (d == NULL) {
                int saved = errno;
                close(fd);
                errno = saved;
            }
        }
    } else {
        d = opendir(path.narrow ? path.narrow : ".");
    }
    Py_END_ALLOW_THREADS
    if (d == NULL) {
        _KrPosix_PathError(&it->path);
        Py_DECREF(it);
        return NULL;
    }
    if (path.fd != -1)
        rewinddir(d);
    it->dirp = d;
    return (PyObject *)it;
}

PyMethodDef _KrPosix_ScandirMethods[] = {
    {"scandir", FC(posix_scandir), KR_KW_FLAGS,
     "scandir($module, /, path=None)\n--\n\n"
     "Return an iterator of DirEntry objects for given path."},
    {NULL, NULL, 0, NULL}
};
#undef FC

int
_KrPosix_ScandirInit(PyObject *m)
{
    static int ready;
    if (!ready) {
        if (PyType_Ready(&DirEntryType) < 0 || PyType_Ready(&ScandirIteratorType) < 0)
            return -1;
        ready = 1;
    }
    return PyModule_AddObjectRef(m, "DirEntry", (PyObject *)&DirEntryType);
}
