/* The pwd module: the password database (getpwuid, getpwnam, getpwall).
 *
 * Lookups by key use the reentrant getpw*_r calls with a buffer that
 * grows on ERANGE, so a lookup made while another thread walks the
 * database with getpwent cannot clobber it; getpwall must use the
 * enumeration API, which has one cursor per process, and does so with the
 * interpreter lock held so two walks cannot interleave.
 *
 * Names cross the boundary in the file-system encoding with
 * surrogateescape, like paths: a user name is a byte string to the C
 * library, and an undecodable one must survive a round trip.
 *
 * Key errors carry CPython's messages; an id that cannot be a uid_t at
 * all (negative, too large) is simply "not found" rather than an
 * OverflowError, because to the caller it is a lookup that failed. */
#include "Python.h"
#include "structseq.h"
#include "kr_posixids.h"
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

static PyStructSequence_Field passwd_fields[] = {
    {"pw_name", "user name"},
    {"pw_passwd", "password"},
    {"pw_uid", "user id"},
    {"pw_gid", "group id"},
    {"pw_gecos", "real name"},
    {"pw_dir", "home directory"},
    {"pw_shell", "shell program"},
    {NULL, NULL}
};

static PyStructSequence_Desc passwd_desc = {
    "pwd.struct_passwd",
    "pwd.struct_passwd: Results from getpw*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
    "or via the object attributes as named in the above tuple.",
    passwd_fields,
    7,
};

static PyTypeObject StructPasswdType;

/* a C string field as str, or None where the library gave NULL */
static PyObject *
fs_string(const char *s)
{
    if (s == NULL)
        return Py_NewRef(Py_None);
    return PyUnicode_DecodeFSDefault(s);
}

static PyObject *
make_passwd(const struct passwd *p)
{
    PyObject *v = PyStructSequence_New(&StructPasswdType);
    if (v == NULL)
        return NULL;
    PyObject *items[7] = {
        fs_string(p->pw_name),
        fs_string(p->pw_passwd),
        _PyLong_FromUid(p->pw_uid),
        _PyLong_FromGid(p->pw_gid),
        fs_string(p->pw_gecos),
        fs_string(p->pw_dir),
        fs_string(p->pw_shell),
    };
    int failed = 0;
    for (int i = 0; i < 7; i++) {
        if (items[i] == NULL)
            failed = 1;
        PyStructSequence_SetItem(v, i, items[i]);
    }
    if (failed) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

/* The starting size of the scratch buffer for getpw*_r: sysconf's hint
 * when it has one.  Entries rarely exceed it; ERANGE doubles it. */
static size_t
initial_bufsize(void)
{
    long n = sysconf(_SC_GETPW_R_SIZE_MAX);
    return n > 0 ? (size_t)n : 1024;
}

#define MAX_BUFSIZE ((size_t)1 << 20)

/* Look up by uid (name == NULL) or by name.  Returns the struct_passwd,
 * NULL with KeyError's message left to the caller (*found = 0), or NULL
 * with an exception set (*found = -1). */
static PyObject *
lookup(uid_t uid, const char *name, int *found)
{
    size_t size = initial_bufsize();
    char *buf = NULL;
    for (;;) {
        char *nbuf = PyMem_RawRealloc(buf, size);
        if (nbuf == NULL) {
            PyMem_RawFree(buf);
            *found = -1;
            return PyErr_NoMemory();
        }
        buf = nbuf;
        struct passwd entry, *result = NULL;
        int err;
        Py_BEGIN_ALLOW_THREADS
        if (name != NULL)
            err = getpwnam_r(name, &entry, buf, size, &result);
        else
            err = getpwuid_r(uid, &entry, buf, size, &result);
        Py_END_ALLOW_THREADS
        if (err == ERANGE && size < MAX_BUFSIZE) {
            size *= 2;
            continue;
        }
        if (result == NULL) {
            PyMem_RawFree(buf);
            *found = 0;
            return NULL;
        }
        PyObject *v = make_passwd(&entry);
        PyMem_RawFree(buf);
        *found = v ? 1 : -1;
        return v;
    }
}

static PyObject *
pwd_getpwuid(PyObject *module, PyObject *uidobj)
{
    uid_t uid;
    if (!_Py_Uid_Converter(uidobj, &uid)) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_KeyError, "getpwuid(): uid not found");
        }
        return NULL;
    }
    int found;
    PyObject *v = lookup(uid, NULL, &found);
    if (found == 0) {
        /* the id as converted: 2**32-1 is reported as -1 */
        PyObject *shown = _PyLong_FromUid(uid);
        if (shown != NULL) {
            PyErr_Format(PyExc_KeyError, "getpwuid(): uid not found: %S", shown);
            Py_DECREF(shown);
        }
    }
    return v;
}

static PyObject *
pwd_getpwnam(PyObject *module, PyObject *name)
{
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "getpwnam() argument must be str, not %.200s",
                     _PyType_Name(Py_TYPE(name)));
        return NULL;
    }
    PyObject *bytes = PyUnicode_EncodeFSDefault(name);
    if (bytes == NULL)
        return NULL;
    char *s;
    Py_ssize_t len;
    if (PyBytes_AsStringAndSize(bytes, &s, &len) < 0)
        goto error;
    if ((size_t)len != strlen(s)) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        goto error;
    }
    int found;
    PyObject *v = lookup(0, s, &found);
    if (found == 0)
        PyErr_Format(PyExc_KeyError, "getpwnam(): name not found: %R", name);
    Py_DECREF(bytes);
    return v;
error:
    Py_DECREF(bytes);
    return NULL;
}

static PyObject *
pwd_getpwall(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    struct passwd *p;
    setpwent();
    while ((p = getpwent()) != NULL) {
        PyObject *v = make_passwd(p);
        if (v == NULL || PyList_Append(list, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(list);
            endpwent();
            return NULL;
        }
        Py_DECREF(v);
    }
    endpwent();
    return list;
}

static PyMethodDef pwd_methods[] = {
    {"getpwuid", pwd_getpwuid, METH_O,
     "getpwuid($module, uidobj, /)\n--\n\n"
     "Return the password database entry for the given numeric user ID.\n\n"
     "See `help(pwd)` for more on password database entries."},
    {"getpwnam", pwd_getpwnam, METH_O,
     "getpwnam($module, name, /)\n--\n\n"
     "Return the password database entry for the given user name.\n\n"
     "See `help(pwd)` for more on password database entries."},
    {"getpwall", pwd_getpwall, METH_NOARGS,
     "getpwall($module, /)\n--\n\n"
     "Return a list of all available password database entries, in arbitrary order.\n\n"
     "See help(pwd) for more on password database entries."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef pwd_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "pwd",
    .m_doc = "This module provides access to the Unix password database.\n"
             "It is available on all Unix versions.\n\n"
             "Password database entries are reported as 7-tuples containing the following\n"
             "items from the password database (see `<pwd.h>'), in order:\n"
             "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
             "The uid and gid items are integers, all others are strings. An\n"
             "exception is raised if the entry asked for cannot be found.",
    .m_size = -1,
    .m_methods = pwd_methods,
};

PyObject *
PyInit_pwd(void)
{
    static int ready;
    if (!ready) {
        if (PyStructSequence_InitType2(&StructPasswdType, &passwd_desc) < 0)
            return NULL;
        ready = 1;
    }
    PyObject *m = PyModule_Create(&pwd_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "struct_passwd", (PyObject *)&StructPasswdType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
