/* The _posixshmem module: shm_open() and shm_unlink(), which
 * multiprocessing.shared_memory uses to make a named block of memory that
 * other processes open by its name and then map with mmap.
 *
 * Only the two calls live here; sizing (ftruncate), mapping and closing
 * go through os and mmap.  Like CPython, an interrupted call is retried
 * after the signal handlers ran, unless one of them raised, and errors
 * carry the name as the OSError's filename. */
#include "Python.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>

static PyObject *
shmem_open(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"path", "flags", "mode", NULL};
    PyObject *path;
    int flags, mode = 0777;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "Ui|i:shm_open", kwlist, &path, &flags, &mode))
        return NULL;
    const char *name = PyUnicode_AsUTF8(path);
    if (name == NULL)
        return NULL;
    int fd, err;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        fd = shm_open(name, flags, (mode_t)mode);
        err = errno;
        Py_END_ALLOW_THREADS
        if (fd >= 0 || err != EINTR)
            break;
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    if (fd < 0) {
        errno = err;
        return PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, path);
    }
    return PyLong_FromLong(fd);
}

static PyObject *
shmem_unlink(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"path", NULL};
    PyObject *path;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "U:shm_unlink", kwlist, &path))
        return NULL;
    const char *name = PyUnicode_AsUTF8(path);
    if (name == NULL)
        return NULL;
    int rv, err;
    for (;;) {
        Py_BEGIN_ALLOW_THREADS
        rv = shm_unlink(name);
        err = errno;
        Py_END_ALLOW_THREADS
        if (rv == 0 || err != EINTR)
            break;
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    if (rv < 0) {
        errno = err;
        return PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, path);
    }
    Py_RETURN_NONE;
}

static PyMethodDef shmem_methods[] = {
    {"shm_open", (PyCFunction)(void (*)(void))shmem_open, METH_VARARGS | METH_KEYWORDS,
     "shm_open($module, /, path, flags, mode=511)\n--\n\n"
     "Open a shared memory object.  Returns a file descriptor (integer)."},
    {"shm_unlink", (PyCFunction)(void (*)(void))shmem_unlink, METH_VARARGS | METH_KEYWORDS,
     "shm_unlink($module, /, path)\n--\n\n"
     "Remove a shared memory object (similar to unlink()).\n\n"
     "Remove a shared memory object.  The name of the shared memory object is\n"
     "removed, and if no process has it open any more, it is destroyed."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef shmem_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_posixshmem",
    .m_size = -1,
    .m_methods = shmem_methods,
};

PyObject *
PyInit__posixshmem(void)
{
    return PyModule_Create(&shmem_module);
}
