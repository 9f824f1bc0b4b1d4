/* The _multiprocessing module: the C half of multiprocessing on POSIX.
 *
 * Almost all of multiprocessing is Python; what it cannot do in Python is
 * a lock that works across processes.  That is SemLock (semaphore.c), a
 * POSIX named semaphore, which lives in shared memory the kernel keeps
 * for us, so a child made by fork() or one that opens the same name later
 * (spawn, forkserver) waits on the very same counter.  This file only
 * builds the module: the type, sem_unlink() (the resource tracker calls it
 * for semaphores a crashed program left behind) and `flags`, which tells
 * multiprocessing.synchronize that sem_open and sem_timedwait exist. */
#include "multiprocessing.h"
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>

static PyObject *
mp_sem_unlink(PyObject *module, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "sem_unlink() argument must be str, not %.200s",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    const char *name = PyUnicode_AsUTF8(arg);
    if (name == NULL)
        return NULL;
    if (sem_unlink(name) < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyMethodDef mp_methods[] = {
    {"sem_unlink", mp_sem_unlink, METH_O,
     NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef mp_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_multiprocessing",
    .m_size = -1,
    .m_methods = mp_methods,
};

PyObject *
PyInit__multiprocessing(void)
{
    if (PyType_Ready(&_KrMp_SemLockType) < 0 || _KrMp_SemLockAddConstants() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&mp_module);
    if (m == NULL)
        return NULL;
    PyObject *flags = PyDict_New();
    if (flags == NULL)
        goto error;
    PyObject *one = PyLong_FromLong(1);
    if (one == NULL || PyDict_SetItemString(flags, "HAVE_SEM_OPEN", one) < 0 ||
        PyDict_SetItemString(flags, "HAVE_SEM_TIMEDWAIT", one) < 0) {
        Py_XDECREF(one);
        Py_DECREF(flags);
        goto error;
    }
    Py_DECREF(one);
    if (PyModule_AddObject(m, "flags", flags) < 0) {
        Py_DECREF(flags);
        goto error;
    }
    if (PyModule_AddObjectRef(m, "SemLock", (PyObject *)&_KrMp_SemLockType) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
