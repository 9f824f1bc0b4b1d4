/* The grp module: the group database (getgrgid, getgrnam, getgrall).
 *
 * It works as pwd does, with the same code for the lookups by key and
 * the names (Modules/unix_db.c): reentrant lookups with a growing buffer
 * (group entries can be large, one name per member), enumeration under
 * the interpreter lock, names in the file-system encoding.  Unlike getpwuid, getgrgid lets an id that cannot be a gid_t
 * raise its OverflowError, as CPython does. */
#include "Python.h"
#include "structseq.h"
#include "kr_posixids.h"
#include "unix_db.h"
#include <errno.h>
#include <grp.h>
#include <unistd.h>

static PyStructSequence_Field group_fields[] = {
    {"gr_name", "group name"},
    {"gr_passwd", "password"},
    {"gr_gid", "group id"},
    {"gr_mem", "group members"},
    {NULL, NULL}
};

static PyStructSequence_Desc group_desc = {
    "grp.struct_group",
    "grp.struct_group: Results from getgr*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
    "or via the object attributes as named in the above tuple.\n",
    group_fields,
    4,
};

static PyTypeObject StructGroupType;

static PyObject *
make_group(const void *entry)
{
    const struct group *g = entry;
    PyObject *members = PyList_New(0);
    if (members == NULL)
        return NULL;
    for (char **mem = g->gr_mem; mem != NULL && *mem != NULL; mem++) {
        PyObject *x = PyUnicode_DecodeFSDefault(*mem);
        if (x == NULL || PyList_Append(members, x) < 0) {
            Py_XDECREF(x);
            Py_DECREF(members);
            return NULL;
        }
        Py_DECREF(x);
    }
    PyObject *items[4] = {
        _KrUnixDb_String(g->gr_name),
        _KrUnixDb_String(g->gr_passwd),
        _PyLong_FromGid(g->gr_gid),
        members,
    };
    return _KrUnixDb_Entry(&StructGroupType, items, 4);
}

static int
call_getgrgid(const void *key, void *entry, char *buf, size_t size, void **result)
{
    struct group *r = NULL;
    int err = getgrgid_r(*(const gid_t *)key, entry, buf, size, &r);
    *result = r;
    return err;
}

static int
call_getgrnam(const void *key, void *entry, char *buf, size_t size, void **result)
{
    struct group *r = NULL;
    int err = getgrnam_r(key, entry, buf, size, &r);
    *result = r;
    return err;
}

/* group entries can be large, one name per member */
#define MAX_BUFSIZE ((size_t)1 << 24)

/* By gid (name == NULL) or by name.  *found: 1 found, 0 not found (no
 * exception set, the caller words the KeyError), -1 error. */
static PyObject *
lookup(gid_t gid, const char *name, int *found)
{
    struct group entry;
    if (name != NULL)
        return _KrUnixDb_Lookup(call_getgrnam, name, &entry, make_group, _SC_GETGR_R_SIZE_MAX,
                                MAX_BUFSIZE, found);
    return _KrUnixDb_Lookup(call_getgrgid, &gid, &entry, make_group, _SC_GETGR_R_SIZE_MAX,
                            MAX_BUFSIZE, found);
}

static PyObject *
grp_getgrgid(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"id", NULL};
    PyObject *id;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:getgrgid", kwlist, &id))
        return NULL;
    gid_t gid;
    if (!_Py_Gid_Converter(id, &gid))
        return NULL;
    int found;
    PyObject *v = lookup(gid, NULL, &found);
    if (found == 0) {
        /* the id as converted: 2**32-1 is reported as -1 */
        PyObject *shown = _PyLong_FromGid(gid);
        if (shown != NULL) {
            PyErr_Format(PyExc_KeyError, "getgrgid(): gid not found: %S", shown);
            Py_DECREF(shown);
        }
    }
    return v;
}

static PyObject *
grp_getgrnam(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", NULL};
    PyObject *name;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:getgrnam", kwlist, &name))
        return NULL;
    /* the parameter is named, as in CPython's message */
    PyObject *bytes;
    const char *s = _KrUnixDb_EncodeName(name, "getgrnam() argument 'name'", &bytes);
    if (s == NULL)
        return NULL;
    int found;
    PyObject *v = lookup(0, s, &found);
    if (found == 0)
        PyErr_Format(PyExc_KeyError, "getgrnam(): name not found: %R", name);
    Py_DECREF(bytes);
    return v;
}

static PyObject *
grp_getgrall(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    struct group *g;
    setgrent();
    while ((g = getgrent()) != NULL) {
        PyObject *v = make_group(g);
        if (v == NULL || PyList_Append(list, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(list);
            endgrent();
            return NULL;
        }
        Py_DECREF(v);
    }
    endgrent();
    return list;
}

static PyMethodDef grp_methods[] = {
    {"getgrgid", (PyCFunction)(void (*)(void))grp_getgrgid, METH_VARARGS | METH_KEYWORDS,
     "getgrgid($module, /, id)\n--\n\n"
     "Return the group database entry for the given numeric group ID.\n\n"
     "If id is not valid, raise KeyError."},
    {"getgrnam", (PyCFunction)(void (*)(void))grp_getgrnam, METH_VARARGS | METH_KEYWORDS,
     "getgrnam($module, /, name)\n--\n\n"
     "Return the group database entry for the given group name.\n\n"
     "If name is not valid, raise KeyError."},
    {"getgrall", grp_getgrall, METH_NOARGS,
     "getgrall($module, /)\n--\n\n"
     "Return a list of all available group entries, in arbitrary order.\n\n"
     "An entry whose name starts with '+' or '-' represents an instruction\n"
     "to use YP/NIS and may not be accessible via getgrnam or getgrgid."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef grp_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "grp",
    .m_doc = "Access to the Unix group database.\n\n"
             "Group entries are reported as 4-tuples containing the following fields\n"
             "from the group database, in order:\n\n"
             "  gr_name   - name of the group\n"
             "  gr_passwd - group password (encrypted); often empty\n"
             "  gr_gid    - numeric ID of the group\n"
             "  gr_mem    - list of members\n\n"
             "The gid is an integer, name and password are strings.  (Note that most\n"
             "users are not explicitly listed as members of the groups they are in\n"
             "according to the password database.  Check both databases to get\n"
             "complete membership information.)",
    .m_size = -1,
    .m_methods = grp_methods,
};

PyObject *
PyInit_grp(void)
{
    static int ready;
    if (!ready) {
        if (PyStructSequence_InitType2(&StructGroupType, &group_desc) < 0)
            return NULL;
        ready = 1;
    }
    PyObject *m = PyModule_Create(&grp_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "struct_group", (PyObject *)&StructGroupType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
