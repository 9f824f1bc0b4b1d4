/* _sqlite3: the C half of the sqlite3 package, on the system's SQLite.
 *
 * The stdlib package (sqlite3/__init__.py, dbapi2.py, dump.py) is pure
 * Python over this module: dbapi2 does `from _sqlite3 import *`, then
 * registers the default date/datetime adapters and converters through
 * register_adapter/register_converter.  So the module keeps CPython
 * 3.11's names, exception classes, messages and legacy transaction
 * control (an implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE).
 *
 * The files: module.c (this one: exceptions, the adapter/converter
 * registries, connect(), error mapping), connection.c (Connection and
 * the user callbacks: functions, aggregates, collations, hooks),
 * cursor.c (Cursor: binding, stepping, building rows) and row.c
 * (sqlite3.Row).
 *
 * Threads: every call into SQLite that can take time or block on a lock
 * (open, prepare, step, close) runs with the GIL released, and the
 * callbacks SQLite makes from inside step take it back with
 * PyGILState_Ensure.  A connection is otherwise only ever used with the
 * GIL held, which is what serialises access to it; check_same_thread
 * (on by default) refuses use from another thread altogether.
 *
 * Not done: calling a connection to get a statement object. */
#include "sqlite.h"

PyObject *sq_Warning, *sq_Error, *sq_InterfaceError, *sq_DatabaseError,
    *sq_DataError, *sq_OperationalError, *sq_IntegrityError, *sq_InternalError,
    *sq_ProgrammingError, *sq_NotSupportedError;
PyObject *sq_adapters, *sq_converters;
int sq_callback_tracebacks;

/* Which exception class a primary result code stands for (CPython's map). */
static PyObject *
error_class(int code)
{
    switch (code & 0xff) {
    case SQLITE_INTERNAL:
    case SQLITE_NOTFOUND:
        return sq_InternalError;
    case SQLITE_NOMEM:
        return PyExc_MemoryError;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY:
    case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_INTERRUPT:
    case SQLITE_IOERR: case SQLITE_FULL: case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA:
        return sq_OperationalError;
    case SQLITE_CORRUPT:
        return sq_DatabaseError;
    case SQLITE_TOOBIG:
        return sq_DataError;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH:
        return sq_IntegrityError;
    case SQLITE_MISUSE: case SQLITE_RANGE:
        return sq_InterfaceError;
    default:
        return sq_DatabaseError;
    }
}

/* Every result code, primary and extended: module constants, and the
 * names sqlite_errorname reports.  Guarded, as older SQLite headers
 * lack the newer codes. */
static const struct { int code; const char *name; } error_codes[] = {
#define N(x) {x, #x}
#ifdef SQLITE_OK
    N(SQLITE_OK),
#endif
#ifdef SQLITE_ERROR
    N(SQLITE_ERROR),
#endif
#ifdef SQLITE_INTERNAL
    N(SQLITE_INTERNAL),
#endif
#ifdef SQLITE_PERM
    N(SQLITE_PERM),
#endif
#ifdef SQLITE_ABORT
    N(SQLITE_ABORT),
#endif
#ifdef SQLITE_BUSY
    N(SQLITE_BUSY),
#endif
#ifdef SQLITE_LOCKED
    N(SQLITE_LOCKED),
#endif
#ifdef SQLITE_NOMEM
    N(SQLITE_NOMEM),
#endif
#ifdef SQLITE_READONLY
    N(SQLITE_READONLY),
#endif
#ifdef SQLITE_INTERRUPT
    N(SQLITE_INTERRUPT),
#endif
#ifdef SQLITE_IOERR
    N(SQLITE_IOERR),
#endif
#ifdef SQLITE_CORRUPT
    N(SQLITE_CORRUPT),
#endif
#ifdef SQLITE_NOTFOUND
    N(SQLITE_NOTFOUND),
#endif
#ifdef SQLITE_FULL
    N(SQLITE_FULL),
#endif
#ifdef SQLITE_CANTOPEN
    N(SQLITE_CANTOPEN),
#endif
#ifdef SQLITE_PROTOCOL
    N(SQLITE_PROTOCOL),
#endif
#ifdef SQLITE_EMPTY
    N(SQLITE_EMPTY),
#endif
#ifdef SQLITE_SCHEMA
    N(SQLITE_SCHEMA),
#endif
#ifdef SQLITE_TOOBIG
    N(SQLITE_TOOBIG),
#endif
#ifdef SQLITE_CONSTRAINT
    N(SQLITE_CONSTRAINT),
#endif
#ifdef SQLITE_MISMATCH
    N(SQLITE_MISMATCH),
#endif
#ifdef SQLITE_MISUSE
    N(SQLITE_MISUSE),
#endif
#ifdef SQLITE_NOLFS
    N(SQLITE_NOLFS),
#endif
#ifdef SQLITE_AUTH
    N(SQLITE_AUTH),
#endif
#ifdef SQLITE_FORMAT
    N(SQLITE_FORMAT),
#endif
#ifdef SQLITE_RANGE
    N(SQLITE_RANGE),
#endif
#ifdef SQLITE_NOTADB
    N(SQLITE_NOTADB),
#endif
#ifdef SQLITE_NOTICE
    N(SQLITE_NOTICE),
#endif
#ifdef SQLITE_WARNING
    N(SQLITE_WARNING),
#endif
#ifdef SQLITE_ROW
    N(SQLITE_ROW),
#endif
#ifdef SQLITE_DONE
    N(SQLITE_DONE),
#endif
#ifdef SQLITE_ABORT_ROLLBACK
    N(SQLITE_ABORT_ROLLBACK),
#endif
#ifdef SQLITE_AUTH_USER
    N(SQLITE_AUTH_USER),
#endif
#ifdef SQLITE_BUSY_RECOVERY
    N(SQLITE_BUSY_RECOVERY),
#endif
#ifdef SQLITE_BUSY_SNAPSHOT
    N(SQLITE_BUSY_SNAPSHOT),
#endif
#ifdef SQLITE_BUSY_TIMEOUT
    N(SQLITE_BUSY_TIMEOUT),
#endif
#ifdef SQLITE_CANTOPEN_CONVPATH
    N(SQLITE_CANTOPEN_CONVPATH),
#endif
#ifdef SQLITE_CANTOPEN_DIRTYWAL
    N(SQLITE_CANTOPEN_DIRTYWAL),
#endif
#ifdef SQLITE_CANTOPEN_FULLPATH
    N(SQLITE_CANTOPEN_FULLPATH),
#endif
#ifdef SQLITE_CANTOPEN_ISDIR
    N(SQLITE_CANTOPEN_ISDIR),
#endif
#ifdef SQLITE_CANTOPEN_NOTEMPDIR
    N(SQLITE_CANTOPEN_NOTEMPDIR),
#endif
#ifdef SQLITE_CANTOPEN_SYMLINK
    N(SQLITE_CANTOPEN_SYMLINK),
#endif
#ifdef SQLITE_CONSTRAINT_CHECK
    N(SQLITE_CONSTRAINT_CHECK),
#endif
#ifdef SQLITE_CONSTRAINT_COMMITHOOK
    N(SQLITE_CONSTRAINT_COMMITHOOK),
#endif
#ifdef SQLITE_CONSTRAINT_FOREIGNKEY
    N(SQLITE_CONSTRAINT_FOREIGNKEY),
#endif
#ifdef SQLITE_CONSTRAINT_FUNCTION
    N(SQLITE_CONSTRAINT_FUNCTION),
#endif
#ifdef SQLITE_CONSTRAINT_NOTNULL
    N(SQLITE_CONSTRAINT_NOTNULL),
#endif
#ifdef SQLITE_CONSTRAINT_PINNED
    N(SQLITE_CONSTRAINT_PINNED),
#endif
#ifdef SQLITE_CONSTRAINT_PRIMARYKEY
    N(SQLITE_CONSTRAINT_PRIMARYKEY),
#endif
#ifdef SQLITE_CONSTRAINT_ROWID
    N(SQLITE_CONSTRAINT_ROWID),
#endif
#ifdef SQLITE_CONSTRAINT_TRIGGER
    N(SQLITE_CONSTRAINT_TRIGGER),
#endif
#ifdef SQLITE_CONSTRAINT_UNIQUE
    N(SQLITE_CONSTRAINT_UNIQUE),
#endif
#ifdef SQLITE_CONSTRAINT_VTAB
    N(SQLITE_CONSTRAINT_VTAB),
#endif
#ifdef SQLITE_CORRUPT_INDEX
    N(SQLITE_CORRUPT_INDEX),
#endif
#ifdef SQLITE_CORRUPT_SEQUENCE
    N(SQLITE_CORRUPT_SEQUENCE),
#endif
#ifdef SQLITE_CORRUPT_VTAB
    N(SQLITE_CORRUPT_VTAB),
#endif
#ifdef SQLITE_ERROR_MISSING_COLLSEQ
    N(SQLITE_ERROR_MISSING_COLLSEQ),
#endif
#ifdef SQLITE_ERROR_RETRY
    N(SQLITE_ERROR_RETRY),
#endif
#ifdef SQLITE_ERROR_SNAPSHOT
    N(SQLITE_ERROR_SNAPSHOT),
#endif
#ifdef SQLITE_IOERR_ACCESS
    N(SQLITE_IOERR_ACCESS),
#endif
#ifdef SQLITE_IOERR_AUTH
    N(SQLITE_IOERR_AUTH),
#endif
#ifdef SQLITE_IOERR_BEGIN_ATOMIC
    N(SQLITE_IOERR_BEGIN_ATOMIC),
#endif
#ifdef SQLITE_IOERR_BLOCKED
    N(SQLITE_IOERR_BLOCKED),
#endif
#ifdef SQLITE_IOERR_CHECKRESERVEDLOCK
    N(SQLITE_IOERR_CHECKRESERVEDLOCK),
#endif
#ifdef SQLITE_IOERR_CLOSE
    N(SQLITE_IOERR_CLOSE),
#endif
#ifdef SQLITE_IOERR_COMMIT_ATOMIC
    N(SQLITE_IOERR_COMMIT_ATOMIC),
#endif
#ifdef SQLITE_IOERR_CONVPATH
    N(SQLITE_IOERR_CONVPATH),
#endif
#ifdef SQLITE_IOERR_CORRUPTFS
    N(SQLITE_IOERR_CORRUPTFS),
#endif
#ifdef SQLITE_IOERR_DATA
    N(SQLITE_IOERR_DATA),
#endif
#ifdef SQLITE_IOERR_DELETE
    N(SQLITE_IOERR_DELETE),
#endif
#ifdef SQLITE_IOERR_DELETE_NOENT
    N(SQLITE_IOERR_DELETE_NOENT),
#endif
#ifdef SQLITE_IOERR_DIR_CLOSE
    N(SQLITE_IOERR_DIR_CLOSE),
#endif
#ifdef SQLITE_IOERR_DIR_FSYNC
    N(SQLITE_IOERR_DIR_FSYNC),
#endif
#ifdef SQLITE_IOERR_FSTAT
    N(SQLITE_IOERR_FSTAT),
#endif
#ifdef SQLITE_IOERR_FSYNC
    N(SQLITE_IOERR_FSYNC),
#endif
#ifdef SQLITE_IOERR_GETTEMPPATH
    N(SQLITE_IOERR_GETTEMPPATH),
#endif
#ifdef SQLITE_IOERR_LOCK
    N(SQLITE_IOERR_LOCK),
#endif
#ifdef SQLITE_IOERR_MMAP
    N(SQLITE_IOERR_MMAP),
#endif
#ifdef SQLITE_IOERR_NOMEM
    N(SQLITE_IOERR_NOMEM),
#endif
#ifdef SQLITE_IOERR_RDLOCK
    N(SQLITE_IOERR_RDLOCK),
#endif
#ifdef SQLITE_IOERR_READ
    N(SQLITE_IOERR_READ),
#endif
#ifdef SQLITE_IOERR_ROLLBACK_ATOMIC
    N(SQLITE_IOERR_ROLLBACK_ATOMIC),
#endif
#ifdef SQLITE_IOERR_SEEK
    N(SQLITE_IOERR_SEEK),
#endif
#ifdef SQLITE_IOERR_SHMLOCK
    N(SQLITE_IOERR_SHMLOCK),
#endif
#ifdef SQLITE_IOERR_SHMMAP
    N(SQLITE_IOERR_SHMMAP),
#endif
#ifdef SQLITE_IOERR_SHMOPEN
    N(SQLITE_IOERR_SHMOPEN),
#endif
#ifdef SQLITE_IOERR_SHMSIZE
    N(SQLITE_IOERR_SHMSIZE),
#endif
#ifdef SQLITE_IOERR_SHORT_READ
    N(SQLITE_IOERR_SHORT_READ),
#endif
#ifdef SQLITE_IOERR_TRUNCATE
    N(SQLITE_IOERR_TRUNCATE),
#endif
#ifdef SQLITE_IOERR_UNLOCK
    N(SQLITE_IOERR_UNLOCK),
#endif
#ifdef SQLITE_IOERR_VNODE
    N(SQLITE_IOERR_VNODE),
#endif
#ifdef SQLITE_IOERR_WRITE
    N(SQLITE_IOERR_WRITE),
#endif
#ifdef SQLITE_LOCKED_SHAREDCACHE
    N(SQLITE_LOCKED_SHAREDCACHE),
#endif
#ifdef SQLITE_LOCKED_VTAB
    N(SQLITE_LOCKED_VTAB),
#endif
#ifdef SQLITE_NOTICE_RECOVER_ROLLBACK
    N(SQLITE_NOTICE_RECOVER_ROLLBACK),
#endif
#ifdef SQLITE_NOTICE_RECOVER_WAL
    N(SQLITE_NOTICE_RECOVER_WAL),
#endif
#ifdef SQLITE_OK_LOAD_PERMANENTLY
    N(SQLITE_OK_LOAD_PERMANENTLY),
#endif
#ifdef SQLITE_OK_SYMLINK
    N(SQLITE_OK_SYMLINK),
#endif
#ifdef SQLITE_READONLY_CANTINIT
    N(SQLITE_READONLY_CANTINIT),
#endif
#ifdef SQLITE_READONLY_CANTLOCK
    N(SQLITE_READONLY_CANTLOCK),
#endif
#ifdef SQLITE_READONLY_DBMOVED
    N(SQLITE_READONLY_DBMOVED),
#endif
#ifdef SQLITE_READONLY_DIRECTORY
    N(SQLITE_READONLY_DIRECTORY),
#endif
#ifdef SQLITE_READONLY_RECOVERY
    N(SQLITE_READONLY_RECOVERY),
#endif
#ifdef SQLITE_READONLY_ROLLBACK
    N(SQLITE_READONLY_ROLLBACK),
#endif
#ifdef SQLITE_WARNING_AUTOINDEX
    N(SQLITE_WARNING_AUTOINDEX),
#endif
#undef N
};

/* Name of an extended result code, as sqlite_errorname reports it. */
static const char *
error_name(int code)
{
    for (size_t i = 0; i < sizeof(error_codes) / sizeof(error_codes[0]); i++)
        if (error_codes[i].code == code)
            return error_codes[i].name;
    return "unknown";
}

PyObject *
sq_set_error(sqlite3 *db)
{
    int code = sqlite3_extended_errcode(db);
    PyObject *cls = error_class(code);
    if (cls == PyExc_MemoryError)
        return PyErr_NoMemory();
    PyObject *msg = PyUnicode_FromString(sqlite3_errmsg(db));
    if (msg == NULL)
        return NULL;
    PyObject *exc = PyObject_CallOneArg(cls, msg);
    Py_DECREF(msg);
    if (exc == NULL)
        return NULL;
    PyObject *ncode = PyLong_FromLong(code);
    PyObject *name = PyUnicode_FromString(error_name(code));
    if (ncode && name && PyObject_SetAttrString(exc, "sqlite_errorcode", ncode) == 0 &&
        PyObject_SetAttrString(exc, "sqlite_errorname", name) == 0)
        PyErr_SetObject(cls, exc);
    Py_XDECREF(ncode);
    Py_XDECREF(name);
    Py_DECREF(exc);
    return NULL;
}

int
sq_check_conn(ConnObj *c)
{
    if (!c->initialized) {
        PyErr_SetString(sq_ProgrammingError, "Base Connection.__init__ not called.");
        return -1;
    }
    if (c->check_same_thread && PyThread_get_thread_ident() != c->thread_ident) {
        PyErr_Format(sq_ProgrammingError,
                     "SQLite objects created in a thread can only be used in that "
                     "same thread. The object was created in thread id %lu and "
                     "this is thread id %lu.",
                     c->thread_ident, PyThread_get_thread_ident());
        return -1;
    }
    if (c->db == NULL) {
        PyErr_SetString(sq_ProgrammingError, "Cannot operate on a closed database.");
        return -1;
    }
    return 0;
}

/* ---- PrepareProtocol ---- */

static int
proto_init(PyObject *self, PyObject *args, PyObject *kw)
{
    return 0;
}

PyTypeObject sq_ProtoType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sqlite3.PrepareProtocol",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "PEP 246 style object adaption protocol type.",
    .tp_init = proto_init,
    .tp_new = PyType_GenericNew,
};

/* PEP 246 adaptation as the module has always done it: the registry
 * first, then proto.__adapt__(obj), then obj.__conform__(proto). */
PyObject *
sq_adapt(PyObject *obj, PyObject *proto, PyObject *alt)
{
    PyObject *key = PyTuple_Pack(2, (PyObject *)Py_TYPE(obj), proto);
    if (key == NULL)
        return NULL;
    PyObject *adapter = PyDict_GetItemWithError(sq_adapters, key);
    Py_DECREF(key);
    if (adapter != NULL)
        return PyObject_CallOneArg(adapter, obj);
    if (PyErr_Occurred())
        return NULL;
    PyObject *meth;
    if (_PyObject_LookupAttr(proto, _Py_ID(__adapt__), &meth) < 0)
        return NULL;
    if (meth != NULL) {
        PyObject *r = PyObject_CallOneArg(meth, obj);
        Py_DECREF(meth);
        if (r == NULL)
            return NULL;
        if (r != Py_None)
            return r;
        Py_DECREF(r);
    }
    if (_PyObject_LookupAttr(obj, _Py_ID(__conform__), &meth) < 0)
        return NULL;
    if (meth != NULL) {
        PyObject *r = PyObject_CallOneArg(meth, proto);
        Py_DECREF(meth);
        if (r == NULL)
            return NULL;
        if (r != Py_None)
            return r;
        Py_DECREF(r);
    }
    if (alt != NULL)
        return Py_NewRef(alt);
    PyErr_SetString(sq_ProgrammingError, "can't adapt");
    return NULL;
}

/* ---- module functions ---- */

static PyObject *
mod_connect(PyObject *self, PyObject *args, PyObject *kwargs)
{
    /* connect() forwards everything to the factory, which is the sixth
     * parameter; take it out of wherever it was given. */
    PyObject *factory = (PyObject *)&sq_ConnType;
    PyObject *res = NULL, *kw = NULL, *a = NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n == 0 && (kwargs == NULL || PyDict_GetItemString(kwargs, "database") == NULL)) {
        PyErr_SetString(PyExc_TypeError,
                        "connect() missing required argument 'database' (pos 1)");
        return NULL;
    }
    kw = kwargs ? PyDict_Copy(kwargs) : PyDict_New();
    if (kw == NULL)
        return NULL;
    if (n > 5) {
        factory = PyTuple_GET_ITEM(args, 5);
        PyObject *head = PyTuple_GetSlice(args, 0, 5), *tail = PyTuple_GetSlice(args, 6, n);
        if (head && tail)
            a = PySequence_Concat(head, tail);
        Py_XDECREF(head);
        Py_XDECREF(tail);
        if (a == NULL)
            goto done;
        /* the arguments after factory are keyword-only for the factory */
        if (n > 6 && PyTuple_GET_SIZE(a) > 5) {
            static const char *names[] = {"cached_statements", "uri"};
            for (Py_ssize_t i = 5; i < PyTuple_GET_SIZE(a) && i < 7; i++)
                if (PyDict_SetItemString(kw, names[i - 5], PyTuple_GET_ITEM(a, i)) < 0)
                    goto done;
            PyObject *h = PyTuple_GetSlice(a, 0, 5);
            Py_SETREF(a, h);
            if (a == NULL)
                goto done;
        }
    }
    else {
        a = Py_NewRef(args);
        PyObject *f = PyDict_GetItemString(kw, "factory");
        if (f != NULL) {
            factory = f;
            Py_INCREF(factory);
            PyDict_DelItemString(kw, "factory");
            res = PyObject_Call(factory, a, kw);
            Py_DECREF(factory);
            goto done;
        }
    }
    res = PyObject_Call(factory, a, kw);
done:
    Py_XDECREF(a);
    Py_DECREF(kw);
    return res;
}

static PyObject *
mod_register_adapter(PyObject *self, PyObject *args)
{
    PyObject *type, *caster;
    if (!PyArg_ParseTuple(args, "OO:register_adapter", &type, &caster))
        return NULL;
    /* str subclasses stay str once adapted: the module notes base types */
    PyObject *key = PyTuple_Pack(2, type, (PyObject *)&sq_ProtoType);
    if (key == NULL)
        return NULL;
    int r = PyDict_SetItem(sq_adapters, key, caster);
    Py_DECREF(key);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
mod_register_converter(PyObject *self, PyObject *args)
{
    PyObject *name, *callable;
    if (!PyArg_ParseTuple(args, "UO:register_converter", &name, &callable))
        return NULL;
    PyObject *upper = PyObject_CallMethod(name, "upper", NULL);
    if (upper == NULL)
        return NULL;
    int r = PyDict_SetItem(sq_converters, upper, callable);
    Py_DECREF(upper);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
mod_adapt(PyObject *self, PyObject *args)
{
    PyObject *obj, *proto = (PyObject *)&sq_ProtoType, *alt = NULL;
    if (!PyArg_ParseTuple(args, "O|OO:adapt", &obj, &proto, &alt))
        return NULL;
    return sq_adapt(obj, proto, alt);
}

static PyObject *
mod_complete_statement(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"statement", NULL};
    const char *sql;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "s:complete_statement", kwlist, &sql))
        return NULL;
    return PyBool_FromLong(sqlite3_complete(sql));
}

static PyObject *
mod_enable_callback_tracebacks(PyObject *self, PyObject *args)
{
    int flag;
    if (!PyArg_ParseTuple(args, "i:enable_callback_tracebacks", &flag))
        return NULL;
    sq_callback_tracebacks = flag;
    Py_RETURN_NONE;
}

static PyObject *
mod_enable_shared_cache(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"do_enable", NULL};
    int flag;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "i:enable_shared_cache", kwlist, &flag))
        return NULL;
    if (sqlite3_enable_shared_cache(flag) != SQLITE_OK) {
        PyErr_SetString(sq_OperationalError, "Changing the shared_cache flag failed");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyMethodDef mod_methods[] = {
    {"connect", (PyCFunction)(void (*)(void))mod_connect, METH_VARARGS | METH_KEYWORDS,
     "Opens a connection to the SQLite database file database."},
    {"register_adapter", mod_register_adapter, METH_VARARGS,
     "Register a function to adapt Python objects to SQLite values."},
    {"register_converter", mod_register_converter, METH_VARARGS,
     "Register a function to convert SQLite values to Python objects."},
    {"adapt", mod_adapt, METH_VARARGS, "Adapt given object to given protocol."},
    {"complete_statement", (PyCFunction)(void (*)(void))mod_complete_statement,
     METH_VARARGS | METH_KEYWORDS, "Checks if a string contains a complete SQL statement."},
    {"enable_callback_tracebacks", mod_enable_callback_tracebacks, METH_VARARGS,
     "Enable or disable callback functions throwing errors to stderr."},
    {"enable_shared_cache", (PyCFunction)(void (*)(void))mod_enable_shared_cache,
     METH_VARARGS | METH_KEYWORDS, "Enable or disable shared cache mode."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef sqlitemodule = {
    PyModuleDef_HEAD_INIT, "_sqlite3", NULL, -1, mod_methods,
};

static int
add_exc(PyObject *m, PyObject **slot, const char *name, PyObject *base)
{
    if (*slot == NULL) {
        char full[64];
        snprintf(full, sizeof full, "sqlite3.%s", name);
        *slot = PyErr_NewException(full, base, NULL);
        if (*slot == NULL)
            return -1;
    }
    if (PyModule_AddObjectRef(m, name, *slot) < 0)
        return -1;
    /* DB-API 2.0's optional extension: the classes on Connection too */
    return PyDict_SetItemString(sq_ConnType.tp_dict, name, *slot);
}

static const struct { const char *name; int value; } int_constants[] = {
#define C(x) {#x, x}
    {"PARSE_DECLTYPES", PARSE_DECLTYPES}, {"PARSE_COLNAMES", PARSE_COLNAMES},
    C(SQLITE_DENY), C(SQLITE_IGNORE),
    C(SQLITE_CREATE_INDEX), C(SQLITE_CREATE_TABLE), C(SQLITE_CREATE_TEMP_INDEX),
    C(SQLITE_CREATE_TEMP_TABLE), C(SQLITE_CREATE_TEMP_TRIGGER),
    C(SQLITE_CREATE_TEMP_VIEW), C(SQLITE_CREATE_TRIGGER), C(SQLITE_CREATE_VIEW),
    C(SQLITE_DELETE), C(SQLITE_DROP_INDEX), C(SQLITE_DROP_TABLE),
    C(SQLITE_DROP_TEMP_INDEX), C(SQLITE_DROP_TEMP_TABLE), C(SQLITE_DROP_TEMP_TRIGGER),
    C(SQLITE_DROP_TEMP_VIEW), C(SQLITE_DROP_TRIGGER), C(SQLITE_DROP_VIEW),
    C(SQLITE_INSERT), C(SQLITE_PRAGMA), C(SQLITE_READ), C(SQLITE_SELECT),
    C(SQLITE_TRANSACTION), C(SQLITE_UPDATE), C(SQLITE_ATTACH), C(SQLITE_DETACH),
    C(SQLITE_ALTER_TABLE), C(SQLITE_REINDEX), C(SQLITE_ANALYZE),
    C(SQLITE_CREATE_VTABLE), C(SQLITE_DROP_VTABLE), C(SQLITE_FUNCTION),
    C(SQLITE_SAVEPOINT), C(SQLITE_RECURSIVE),
    C(SQLITE_LIMIT_LENGTH), C(SQLITE_LIMIT_SQL_LENGTH), C(SQLITE_LIMIT_COLUMN),
    C(SQLITE_LIMIT_EXPR_DEPTH), C(SQLITE_LIMIT_COMPOUND_SELECT), C(SQLITE_LIMIT_VDBE_OP),
    C(SQLITE_LIMIT_FUNCTION_ARG), C(SQLITE_LIMIT_ATTACHED),
    C(SQLITE_LIMIT_LIKE_PATTERN_LENGTH), C(SQLITE_LIMIT_VARIABLE_NUMBER),
    C(SQLITE_LIMIT_TRIGGER_DEPTH), C(SQLITE_LIMIT_WORKER_THREADS),
#undef C
};

PyObject *PyInit__sqlite3(void);

PyObject *
PyInit__sqlite3(void)
{
    if (sqlite3_libversion_number() < 3007015) {
        PyErr_SetString(PyExc_ImportError, "SQLite 3.7.15 or higher required");
        return NULL;
    }
    if (PyType_Ready(&sq_ConnType) < 0 || PyType_Ready(&sq_CurType) < 0 ||
        PyType_Ready(&sq_RowType) < 0 || PyType_Ready(&sq_ProtoType) < 0 ||
        PyType_Ready(&sq_BlobType) < 0)
        return NULL;
    if (sq_adapters == NULL && (sq_adapters = PyDict_New()) == NULL)
        return NULL;
    if (sq_converters == NULL && (sq_converters = PyDict_New()) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&sqlitemodule);
    if (m == NULL)
        return NULL;
    if (add_exc(m, &sq_Warning, "Warning", PyExc_Exception) < 0 ||
        add_exc(m, &sq_Error, "Error", PyExc_Exception) < 0 ||
        add_exc(m, &sq_InterfaceError, "InterfaceError", sq_Error) < 0 ||
        add_exc(m, &sq_DatabaseError, "DatabaseError", sq_Error) < 0 ||
        add_exc(m, &sq_DataError, "DataError", sq_DatabaseError) < 0 ||
        add_exc(m, &sq_OperationalError, "OperationalError", sq_DatabaseError) < 0 ||
        add_exc(m, &sq_IntegrityError, "IntegrityError", sq_DatabaseError) < 0 ||
        add_exc(m, &sq_InternalError, "InternalError", sq_DatabaseError) < 0 ||
        add_exc(m, &sq_ProgrammingError, "ProgrammingError", sq_DatabaseError) < 0 ||
        add_exc(m, &sq_NotSupportedError, "NotSupportedError", sq_DatabaseError) < 0)
        goto error;
    if (PyModule_AddObjectRef(m, "Connection", (PyObject *)&sq_ConnType) < 0 ||
        PyModule_AddObjectRef(m, "Cursor", (PyObject *)&sq_CurType) < 0 ||
        PyModule_AddObjectRef(m, "Row", (PyObject *)&sq_RowType) < 0 ||
        PyModule_AddObjectRef(m, "Blob", (PyObject *)&sq_BlobType) < 0 ||
        PyModule_AddObjectRef(m, "PrepareProtocol", (PyObject *)&sq_ProtoType) < 0 ||
        PyModule_AddObjectRef(m, "adapters", sq_adapters) < 0 ||
        PyModule_AddObjectRef(m, "converters", sq_converters) < 0 ||
        PyModule_AddStringConstant(m, "version", "2.6.0") < 0 ||
        PyModule_AddStringConstant(m, "sqlite_version", sqlite3_libversion()) < 0)
        goto error;
    for (size_t i = 0; i < sizeof(int_constants) / sizeof(int_constants[0]); i++)
        if (PyModule_AddIntConstant(m, int_constants[i].name, int_constants[i].value) < 0)
            goto error;
    for (size_t i = 0; i < sizeof(error_codes) / sizeof(error_codes[0]); i++)
        if (PyModule_AddIntConstant(m, error_codes[i].name, error_codes[i].code) < 0)
            goto error;
    /* DB-API threadsafety from SQLite's compile-time threading mode */
    {
        int ts = sqlite3_threadsafe() == 1 ? 3 : sqlite3_threadsafe() == 2 ? 1 : 0;
        if (PyModule_AddIntConstant(m, "threadsafety", ts) < 0)
            goto error;
    }
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
