/* Shared by the files of the posix module (Modules/posix/): the path
 * argument converter, the error helpers and each file's function table.
 *
 * A path argument is converted once into a kr_path_t, which remembers
 * what the caller gave (after os.fspath), so that errors name the file
 * exactly as CPython does ('x' for str, b'x' for bytes, the number for a
 * file descriptor) and results come back as str or bytes to match. */
#ifndef KR_POSIX_H
#define KR_POSIX_H
/* the Linux extensions: O_PATH, O_TMPFILE, dup3, pipe2, SEEK_DATA ... */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "Python.h"
#include "kr_runtime.h"
#include "kr_typing.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

typedef struct {
    const char *function_name; /* for the messages: "stat: path should be ..." */
    const char *argument_name;
    int nullable;    /* None accepted (means ".", narrow stays NULL) */
    int allow_fd;    /* an int is a file descriptor */
    const char *narrow; /* the encoded path, NULL for an fd or None */
    int fd;          /* -1 unless an fd was given */
    Py_ssize_t length;
    PyObject *object;  /* str, bytes or int as given (after __fspath__) */
    PyObject *cleanup; /* the bytes object narrow points into */
    int is_bytes;      /* results in bytes rather than str */
} kr_path_t;

#define KR_PATH(fname, argname, nullable, allow_fd) \
    {(fname), (argname), (nullable), (allow_fd), NULL, -1, 0, NULL, NULL, 0}

int _KrPosix_PathConverter(PyObject *o, void *path);
void _KrPosix_PathCleanup(kr_path_t *path);
/* dir_fd=None -> AT_FDCWD, else an int */
int _KrPosix_DirFdConverter(PyObject *o, void *fd);
/* an int file descriptor (int or __index__) */
int _KrPosix_FdConverter(PyObject *o, void *fd);
/* OSError from errno, naming the path(s) when given; always NULL */
PyObject *_KrPosix_Error(void);
PyObject *_KrPosix_PathError(kr_path_t *path);
PyObject *_KrPosix_PathError2(kr_path_t *path, kr_path_t *path2);
/* a name from the system, as str or bytes like the path it came from */
PyObject *_KrPosix_Decode(const kr_path_t *like, const char *s, Py_ssize_t n);
/* the ValueError for functions that cannot take dir_fd or follow_symlinks */
int _KrPosix_FdAndDirFd(const char *fname, kr_path_t *path, int dir_fd);
int _KrPosix_FdAndFollow(const char *fname, kr_path_t *path, int follow);

/* a C int from a Python int, -1 with an exception set on error */
static inline int
_KrPosix_AsInt(PyObject *o)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return (int)v;
}

/* Modules/posix/posix_fs.c */
extern PyMethodDef _KrPosix_FsMethods[];
int _KrPosix_FsInit(PyObject *m);
PyObject *_KrPosix_StatResult(const struct stat *st);
/* Modules/posix/posix_proc.c */
extern PyMethodDef _KrPosix_ProcMethods[];
int _KrPosix_ProcInit(PyObject *m);
/* Modules/posix/posix_extra.c */
extern PyMethodDef _KrPosix_ExtraMethods[];
int _KrPosix_ExtraInit(PyObject *m);
/* Modules/posix/scandir.c */
extern PyMethodDef _KrPosix_ScandirMethods[];
int _KrPosix_ScandirInit(PyObject *m);
/* posix_pty.c: openpty, forkpty, login_tty */
extern PyMethodDef _KrPosix_PtyMethods[];

#define KR_FASTCALL_KW(f) ((PyCFunction)(void (*)(void))(f))
#define KR_KW_FLAGS (METH_FASTCALL | METH_KEYWORDS)
#endif
