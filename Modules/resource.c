/* The resource module: process resource limits and usage
 * (getrlimit/setrlimit/prlimit, getrusage, getpagesize).
 *
 * Limits travel as Python ints through a C long: rlim_t is unsigned, but
 * CPython reads and writes it as signed so that RLIM_INFINITY (all ones)
 * is -1 in Python, and scripts compare against resource.RLIM_INFINITY
 * rather than a huge number.  We keep that so the value round-trips and
 * matches what CPython prints.
 *
 * The two errno values setrlimit documents for bad requests become
 * ValueError with CPython's wording (EINVAL: soft above hard; EPERM:
 * raising the hard limit without privilege); any other failure is an
 * OSError.  resource.error is OSError itself. */
#define _GNU_SOURCE 1 /* prlimit */
#include "Python.h"
#include "kr_strings.h" /* _KrArg_Int: an int argument as Argument Clinic reads one */
#include "structseq.h"
#include <errno.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

static PyStructSequence_Field rusage_fields[] = {
    {"ru_utime", "user time used"},
    {"ru_stime", "system time used"},
    {"ru_maxrss", "max. resident set size"},
    {"ru_ixrss", "shared memory size"},
    {"ru_idrss", "unshared data size"},
    {"ru_isrss", "unshared stack size"},
    {"ru_minflt", "page faults not requiring I/O"},
    {"ru_majflt", "page faults requiring I/O"},
    {"ru_nswap", "number of swap outs"},
    {"ru_inblock", "block input operations"},
    {"ru_oublock", "block output operations"},
    {"ru_msgsnd", "IPC messages sent"},
    {"ru_msgrcv", "IPC messages received"},
    {"ru_nsignals", "signals received"},
    {"ru_nvcsw", "voluntary context switches"},
    {"ru_nivcsw", "involuntary context switches"},
    {NULL, NULL}
};

static PyStructSequence_Desc rusage_desc = {
    "resource.struct_rusage",
    "struct_rusage: Result from getrusage.\n\n"
    "This object may be accessed either as a tuple of\n"
    "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n"
    "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"
    "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
    rusage_fields,
    16,
};

static PyTypeObject StructRUsageType;

/* a pid: read with the "i" format's messages, as CPython does for pid_t */
static int
pid_arg(PyObject *o, int *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError,
                        v > INT_MAX ? "signed integer is greater than maximum"
                                    : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int
resource_arg(PyObject *o, int *out)
{
    if (_KrArg_Int(o, out) < 0)
        return -1;
    if (*out < 0 || *out >= RLIM_NLIMITS) {
        PyErr_SetString(PyExc_ValueError, "invalid resource specified");
        return -1;
    }
    return 0;
}

static PyObject *
rlimit_to_tuple(const struct rlimit *rl)
{
    /* signed on purpose: see the note at the top */
    return Py_BuildValue("(ll)", (long)rl->rlim_cur, (long)rl->rlim_max);
}

/* any sequence of two ints -> struct rlimit */
static int
tuple_to_rlimit(PyObject *limits, struct rlimit *rl)
{
    PyObject *t = PySequence_Tuple(limits);
    if (t == NULL)
        return -1;
    if (PyTuple_GET_SIZE(t) != 2) {
        PyErr_SetString(PyExc_ValueError, "expected a tuple of 2 integers");
        goto error;
    }
    long cur = PyLong_AsLong(PyTuple_GET_ITEM(t, 0));
    if (cur == -1 && PyErr_Occurred())
        goto error;
    long max = PyLong_AsLong(PyTuple_GET_ITEM(t, 1));
    if (max == -1 && PyErr_Occurred())
        goto error;
    rl->rlim_cur = (rlim_t)cur;
    rl->rlim_max = (rlim_t)max;
    Py_DECREF(t);
    return 0;
error:
    Py_DECREF(t);
    return -1;
}

static PyObject *
resource_getrlimit(PyObject *module, PyObject *arg)
{
    int resource;
    if (resource_arg(arg, &resource) < 0)
        return NULL;
    struct rlimit rl;
    if (getrlimit(resource, &rl) == -1)
        return PyErr_SetFromErrno(PyExc_OSError);
    return rlimit_to_tuple(&rl);
}

static PyObject *
resource_setrlimit(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("setrlimit", nargs, 2, 2))
        return NULL;
    int resource;
    struct rlimit rl;
    if (resource_arg(args[0], &resource) < 0 || tuple_to_rlimit(args[1], &rl) < 0)
        return NULL;
    if (PySys_Audit("resource.setrlimit", "iO", resource, args[1]) < 0)
        return NULL;
    if (setrlimit(resource, &rl) == -1) {
        if (errno == EINVAL)
            PyErr_SetString(PyExc_ValueError, "current limit exceeds maximum limit");
        else if (errno == EPERM)
            PyErr_SetString(PyExc_ValueError, "not allowed to raise maximum limit");
        else
            PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    Py_RETURN_NONE;
}

/* prlimit(pid, resource, [limits]): the brackets are an optional group,
 * so None is not "no limits" but a non-sequence. */
static PyObject *
resource_prlimit(PyObject *module, PyObject *args)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < 2 || n > 3) {
        PyErr_SetString(PyExc_TypeError, "resource.prlimit requires 2 to 3 arguments");
        return NULL;
    }
    int pid, resource;
    if (pid_arg(PyTuple_GET_ITEM(args, 0), &pid) < 0 ||
        resource_arg(PyTuple_GET_ITEM(args, 1), &resource) < 0)
        return NULL;
    struct rlimit newl, oldl;
    if (n == 3 && tuple_to_rlimit(PyTuple_GET_ITEM(args, 2), &newl) < 0)
        return NULL;
    if (PySys_Audit("resource.prlimit", "iiO", pid, resource,
                    n == 3 ? PyTuple_GET_ITEM(args, 2) : Py_None) < 0)
        return NULL;
    if (prlimit((pid_t)pid, resource, n == 3 ? &newl : NULL, &oldl) == -1) {
        if (errno == EINVAL)
            PyErr_SetString(PyExc_ValueError, "current limit exceeds maximum limit");
        else
            PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    return rlimit_to_tuple(&oldl);
}

static PyObject *
timeval_seconds(struct timeval tv)
{
    return PyFloat_FromDouble((double)tv.tv_sec + (double)tv.tv_usec * 1e-6);
}

static PyObject *
resource_getrusage(PyObject *module, PyObject *arg)
{
    int who;
    if (_KrArg_Int(arg, &who) < 0)
        return NULL;
    struct rusage ru;
    if (getrusage(who, &ru) == -1) {
        if (errno == EINVAL) {
            PyErr_SetString(PyExc_ValueError, "invalid who parameter");
            return NULL;
        }
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    PyObject *r = PyStructSequence_New(&StructRUsageType);
    if (r == NULL)
        return NULL;
    PyObject *items[16] = {
        timeval_seconds(ru.ru_utime),
        timeval_seconds(ru.ru_stime),
        PyLong_FromLong(ru.ru_maxrss),
        PyLong_FromLong(ru.ru_ixrss),
        PyLong_FromLong(ru.ru_idrss),
        PyLong_FromLong(ru.ru_isrss),
        PyLong_FromLong(ru.ru_minflt),
        PyLong_FromLong(ru.ru_majflt),
        PyLong_FromLong(ru.ru_nswap),
        PyLong_FromLong(ru.ru_inblock),
        PyLong_FromLong(ru.ru_oublock),
        PyLong_FromLong(ru.ru_msgsnd),
        PyLong_FromLong(ru.ru_msgrcv),
        PyLong_FromLong(ru.ru_nsignals),
        PyLong_FromLong(ru.ru_nvcsw),
        PyLong_FromLong(ru.ru_nivcsw),
    };
    int failed = 0;
    for (int i = 0; i < 16; i++) {
        if (items[i] == NULL)
            failed = 1;
        PyStructSequence_SetItem(r, i, items[i]);
    }
    if (failed) {
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

static PyObject *
resource_getpagesize(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(sysconf(_SC_PAGESIZE));
}

static PyMethodDef resource_methods[] = {
    {"getrusage", resource_getrusage, METH_O, "getrusage($module, who, /)\n--\n\n"},
    {"getrlimit", resource_getrlimit, METH_O, "getrlimit($module, resource, /)\n--\n\n"},
    {"prlimit", resource_prlimit, METH_VARARGS, "prlimit(pid, resource, [limits])"},
    {"setrlimit", (PyCFunction)(void (*)(void))resource_setrlimit, METH_FASTCALL,
     "setrlimit($module, resource, limits, /)\n--\n\n"},
    {"getpagesize", resource_getpagesize, METH_NOARGS, "getpagesize($module, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef resource_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "resource",
    .m_size = -1,
    .m_methods = resource_methods,
};

PyObject *
PyInit_resource(void)
{
    static int ready;
    if (!ready) {
        if (PyStructSequence_InitType2(&StructRUsageType, &rusage_desc) < 0)
            return NULL;
        ready = 1;
    }
    PyObject *m = PyModule_Create(&resource_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "struct_rusage", (PyObject *)&StructRUsageType) < 0)
        goto error;
#define C(name) {#name, name}
    static const struct { const char *name; long value; } consts[] = {
        C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE),
        C(RLIMIT_NOFILE), C(RLIMIT_OFILE), C(RLIMIT_AS), C(RLIMIT_RSS), C(RLIMIT_NPROC),
        C(RLIMIT_MEMLOCK), C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE), C(RLIMIT_RTPRIO),
        C(RLIMIT_RTTIME), C(RLIMIT_SIGPENDING),
        C(RUSAGE_SELF), C(RUSAGE_CHILDREN), C(RUSAGE_THREAD),
    };
#undef C
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0)
            goto error;
    {
        PyObject *inf = PyLong_FromLong((long)RLIM_INFINITY);
        if (inf == NULL || PyModule_AddObjectRef(m, "RLIM_INFINITY", inf) < 0) {
            Py_XDECREF(inf);
            goto error;
        }
        Py_DECREF(inf);
    }
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
