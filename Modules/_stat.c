/* The _stat module: the file mode constants and tests of stat.py, in C.
 *
 * stat.py defines everything in Python and then does `from _stat import
 * *`, so this module only has to agree with it; CPython ships it so that
 * the constants come from the system headers rather than from a copy of
 * them, and Krait does the same.  Modes are converted as CPython converts
 * them (an int, non-negative, fitting mode_t), so that stat.S_ISDIR("x")
 * and friends fail with CPython's messages.  Solaris doors, event ports
 * and BSD whiteouts do not exist on Linux: their S_IF* are 0 and their
 * S_IS* always false, as in CPython there. */
#include "Python.h"
#include <sys/stat.h>

/* mode_t from an int argument, or (mode_t)-1 with an exception set. */
static mode_t
mode_arg(PyObject *obj)
{
    if (!PyLong_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return (mode_t)-1;
    }
    if (_PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
        return (mode_t)-1;
    }
    unsigned long v = PyLong_AsUnsignedLong(obj);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return (mode_t)-1;
    if ((mode_t)v != v || (mode_t)v == (mode_t)-1) {
        PyErr_SetString(PyExc_OverflowError, "mode out of range");
        return (mode_t)-1;
    }
    return (mode_t)v;
}

#define KR_IS_FUNC(name, test) \
    static PyObject *stat_##name(PyObject *m, PyObject *arg) \
    { \
        mode_t mode = mode_arg(arg); \
        if (mode == (mode_t)-1 && PyErr_Occurred()) \
            return NULL; \
        return PyBool_FromLong(test); \
    }
KR_IS_FUNC(S_ISDIR, S_ISDIR(mode))
KR_IS_FUNC(S_ISCHR, S_ISCHR(mode))
KR_IS_FUNC(S_ISBLK, S_ISBLK(mode))
KR_IS_FUNC(S_ISREG, S_ISREG(mode))
KR_IS_FUNC(S_ISFIFO, S_ISFIFO(mode))
KR_IS_FUNC(S_ISLNK, S_ISLNK(mode))
KR_IS_FUNC(S_ISSOCK, S_ISSOCK(mode))
KR_IS_FUNC(S_ISDOOR, 0 && mode)
KR_IS_FUNC(S_ISPORT, 0 && mode)
KR_IS_FUNC(S_ISWHT, 0 && mode)
#undef KR_IS_FUNC

static PyObject *
stat_S_IMODE(PyObject *m, PyObject *arg)
{
    mode_t mode = mode_arg(arg);
    if (mode == (mode_t)-1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromUnsignedLong(mode & 07777);
}

static PyObject *
stat_S_IFMT(PyObject *m, PyObject *arg)
{
    mode_t mode = mode_arg(arg);
    if (mode == (mode_t)-1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromUnsignedLong(mode & S_IFMT);
}

static char
type_char(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFCHR: return 'c';
    case S_IFBLK: return 'b';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
    }
}

/* One rwx triple; `special` (set-id or sticky) replaces the x position
 * with `on_x` when executable and `off_x` when not. */
static void
perm_triple(char *out, mode_t mode, mode_t r, mode_t w, mode_t x, mode_t special,
            char on_x, char off_x)
{
    out[0] = (mode & r) ? 'r' : '-';
    out[1] = (mode & w) ? 'w' : '-';
    if (mode & special)
        out[2] = (mode & x) ? on_x : off_x;
    else
        out[2] = (mode & x) ? 'x' : '-';
}

static PyObject *
stat_filemode(PyObject *m, PyObject *arg)
{
    mode_t mode = mode_arg(arg);
    if (mode == (mode_t)-1 && PyErr_Occurred())
        return NULL;
    char buf[10];
    buf[0] = type_char(mode);
    perm_triple(buf + 1, mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S');
    perm_triple(buf + 4, mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S');
    perm_triple(buf + 7, mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T');
    return PyUnicode_FromStringAndSize(buf, 10);
}

#define KR_IS_DOC(name, what) \
    #name "(mode) -> bool\n\nReturn True if mode is from " what "."
static PyMethodDef stat_methods[] = {
    {"S_ISDIR", stat_S_ISDIR, METH_O, KR_IS_DOC(S_ISDIR, "a directory")},
    {"S_ISCHR", stat_S_ISCHR, METH_O, KR_IS_DOC(S_ISCHR, "a character special device file")},
    {"S_ISBLK", stat_S_ISBLK, METH_O, KR_IS_DOC(S_ISBLK, "a block special device file")},
    {"S_ISREG", stat_S_ISREG, METH_O, KR_IS_DOC(S_ISREG, "a regular file")},
    {"S_ISFIFO", stat_S_ISFIFO, METH_O, KR_IS_DOC(S_ISFIFO, "a FIFO (named pipe)")},
    {"S_ISLNK", stat_S_ISLNK, METH_O, KR_IS_DOC(S_ISLNK, "a symbolic link")},
    {"S_ISSOCK", stat_S_ISSOCK, METH_O, KR_IS_DOC(S_ISSOCK, "a socket")},
    {"S_ISDOOR", stat_S_ISDOOR, METH_O, KR_IS_DOC(S_ISDOOR, "a door")},
    {"S_ISPORT", stat_S_ISPORT, METH_O, KR_IS_DOC(S_ISPORT, "an event port")},
    {"S_ISWHT", stat_S_ISWHT, METH_O, KR_IS_DOC(S_ISWHT, "a whiteout")},
    {"S_IMODE", stat_S_IMODE, METH_O,
     "Return the portion of the file's mode that can be set by os.chmod()."},
    {"S_IFMT", stat_S_IFMT, METH_O,
     "Return the portion of the file's mode that describes the file type."},
    {"filemode", stat_filemode, METH_O,
     "Convert a file's mode to a string of the form '-rwxrwxrwx'"},
    {NULL, NULL, 0, NULL}
};
#undef KR_IS_DOC

static PyModuleDef statmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_stat",
    .m_doc = "The constants and tests on st_mode that stat.py re-exports: file\n"
             "type bits (S_IF*), permission bits (S_I[RWX]{USR,GRP,OTH}), set-id\n"
             "and sticky bits, BSD file flags (UF_*, SF_*) and the indexes of the\n"
             "stat tuple (ST_*).",
    .m_size = -1,
    .m_methods = stat_methods,
};

PyObject *
PyInit__stat(void)
{
    static const struct { const char *name; long value; } consts[] = {
        {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK},
        {"S_IFREG", S_IFREG}, {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK},
        {"S_IFSOCK", S_IFSOCK}, {"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
        {"S_ISUID", S_ISUID}, {"S_ISGID", S_ISGID}, {"S_ISVTX", S_ISVTX},
        {"S_ENFMT", S_ISGID}, {"S_IREAD", S_IRUSR}, {"S_IWRITE", S_IWUSR},
        {"S_IEXEC", S_IXUSR}, {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR},
        {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR}, {"S_IRWXG", S_IRWXG},
        {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
        {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH},
        {"S_IXOTH", S_IXOTH},
        /* BSD file flags (chflags): fixed numbers, not in Linux headers */
        {"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4},
        {"UF_OPAQUE", 0x8}, {"UF_NOUNLINK", 0x10}, {"UF_COMPRESSED", 0x20},
        {"UF_HIDDEN", 0x8000}, {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000},
        {"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000},
        {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4},
        {"ST_GID", 5}, {"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
    };
    PyObject *m = PyModule_Create(&statmodule);
    if (m == NULL)
        return NULL;
    for (size_t i = 0; i < Py_ARRAY_LENGTH(consts); i++) {
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    }
    return m;
}
