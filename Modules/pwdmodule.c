/* The pwd module: the password database (getpwuid, getpwnam, getpwall).
 *
 * Lookups by key use the reentrant getpw*_r calls with a buffer that
 * grows on ERANGE, so a lookup made while another thread walks the
 * database with getpwent cannot clobber it; getpwall must use the
 * enumeration API, which has one cursor per process, and does so with the
 * interpreter lock held so two walks cannot interleave.  The lookups
 * and the handling of names are shared with grp (Modules/unix_db.c).
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
#include "unix_db.h"
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

static PyObject *
make_passwd(const void *entry)
{
    const struct passwd *p = entry;
    PyObject *items[7] = {
        _KrUnixDb_String(p->pw_name),
        _KrUnixDb_String(p->pw_passwd),
        _PyLong_FromUid(p->pw_uid),
        _PyLong_FromGid(p->pw_gid),
        _KrUnixDb_String(p->pw_gecos),
        _KrUnixDb_String(p->pw_dir),
        _KrUnixDb_String(p->pw_shell),
    };
    return _KrUnixDb_Entry(&StructPasswdType, items, 7);
}

static int
call_getpwuid(const void *key, void *entry, char *buf, size_t size, void **result)
{
    struct passwd *r = NULL;
    int err = getpwuid_r(*(const uid_t *)key, entry, buf, size, &r);
    *result = r;
    return err;
}

static int
call_getpwnam(const void *key, void *entry, char *buf, size_t size, void **result)
{
    struct passwd *r = NULL;
    int err = getpwnam_r(key, entry, buf, size, &r);
    *result = r;
    return err;
}

#define MAX_BUFSIZE ((size_t)1 << 20)

/* Look up by uid (name == NULL) or by name.  Returns the struct_passwd,
 * NULL with KeyError's message left to the caller (*found = 0), or NULL
 * with an exception set (*found = -1). */
static PyObject *
lookup(uid_t uid, const char *name, int *found)
{
    struct passwd entry;
    if (name != NULL)
        return _KrUnixDb_Lookup(call_getpwnam, name, &entry, make_passwd, _SC_GETPW_R_SIZE_MAX,
                                MAX_BUFSIZE, found);
    return _KrUnixDb_Lookup(call_getpwuid, &uid, &entry, make_passwd, _SC_GETPW_R_SIZE_MAX,
                            MAX_BUFSIZE, found);
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
    PyObject *bytes;
    const char *s = _KrUnixDb_EncodeName(name, "getpwnam() argument", &bytes);
    if (s == NULL)
        return NULL;
    int found;
    PyObject *v = lookup(0, s, &found);
    if (found == 0)
        PyErr_Format(PyExc_KeyError, "getpwnam(): name not found: %R", name);
    Py_DECREF(bytes);
    return v;
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
