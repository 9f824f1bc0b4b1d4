/* sqlite3.Connection, and the callbacks SQLite makes into Python.
 *
 * Transactions follow 3.11's legacy control: with isolation_level a
 * string, a BEGIN (plus the level) is issued before any INSERT, UPDATE,
 * DELETE or REPLACE while SQLite is in autocommit mode; other
 * statements run as they are; None means SQLite's own autocommit.
 * commit()/rollback() only talk to SQLite when a transaction is open.
 *
 * Callbacks (functions, aggregates, collations, the authorizer,
 * progress handler and trace callback) are called by SQLite from inside
 * sqlite3_step, which runs with the GIL released, so each one takes the
 * GIL with PyGILState_Ensure.  A Python exception cannot cross SQLite:
 * it is turned into an SQLite error (reported as OperationalError with
 * CPython's message) and passed to sys.unraisablehook only under
 * enable_callback_tracebacks(True).
 * The callable is the user-data pointer, owned by SQLite through a
 * destructor that drops the reference. */
#include "sqlite.h"
#include <string.h>
#include <strings.h>

/* ---- values crossing between SQLite and Python ---- */

PyObject *
sq_value_to_py(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return PyLong_FromLongLong(sqlite3_value_int64(v));
    case SQLITE_FLOAT:
        return PyFloat_FromDouble(sqlite3_value_double(v));
    case SQLITE_TEXT: {
        const char *s = (const char *)sqlite3_value_text(v);
        if (s == NULL)
            return PyErr_NoMemory();
        return PyUnicode_FromStringAndSize(s, sqlite3_value_bytes(v));
    }
    case SQLITE_BLOB: {
        int n = sqlite3_value_bytes(v);
        const void *p = sqlite3_value_blob(v);
        return PyBytes_FromStringAndSize(p, n);
    }
    default:
        Py_RETURN_NONE;
    }
}

int
sq_result_from_py(sqlite3_context *ctx, PyObject *v)
{
    if (v == Py_None)
        sqlite3_result_null(ctx);
    else if (PyLong_Check(v)) {
        long long x = PyLong_AsLongLong(v);
        if (x == -1 && PyErr_Occurred())
            return -1;
        sqlite3_result_int64(ctx, x);
    }
    else if (PyFloat_Check(v))
        sqlite3_result_double(ctx, PyFloat_AS_DOUBLE(v));
    else if (PyUnicode_Check(v)) {
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(v, &n);
        if (s == NULL)
            return -1;
        sqlite3_result_text64(ctx, s, (sqlite3_uint64)n, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    else if (PyObject_CheckBuffer(v)) {
        Py_buffer view;
        if (PyObject_GetBuffer(v, &view, PyBUF_SIMPLE) < 0)
            return -1;
        sqlite3_result_blob64(ctx, view.buf, (sqlite3_uint64)view.len, SQLITE_TRANSIENT);
        PyBuffer_Release(&view);
    }
    else
        return -1;
    return 0;
}

/* A callback's exception goes to sys.unraisablehook (naming the
 * callable) under enable_callback_tracebacks(True), else nowhere. */
static void
report_callback_error(PyObject *callable)
{
    if (sq_callback_tracebacks)
        PyErr_WriteUnraisable(callable);
    else
        PyErr_Clear();
}

static void
callback_error(sqlite3_context *ctx, const char *msg)
{
    report_callback_error((PyObject *)sqlite3_user_data(ctx));
    sqlite3_result_error(ctx, msg, -1);
}

static PyObject *
args_tuple(int argc, sqlite3_value **argv)
{
    PyObject *t = PyTuple_New(argc);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < argc; i++) {
        PyObject *v = sq_value_to_py(argv[i]);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, v);
    }
    return t;
}

static void
func_call(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    PyGILState_STATE g = PyGILState_Ensure();
    PyObject *args = args_tuple(argc, argv), *r = NULL;
    if (args != NULL)
        r = PyObject_Call((PyObject *)sqlite3_user_data(ctx), args, NULL);
    Py_XDECREF(args);
    if (r == NULL || sq_result_from_py(ctx, r) < 0) {
        if (r != NULL && !PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "unsupported result type");
        callback_error(ctx, "user-defined function raised exception");
    }
    Py_XDECREF(r);
    PyGILState_Release(g);
}

static void
agg_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    PyGILState_STATE g = PyGILState_Ensure();
    PyObject **slot = sqlite3_aggregate_context(ctx, sizeof(PyObject *));
    PyObject *args = NULL, *r = NULL, *meth = NULL;
    if (slot == NULL) {
        sqlite3_result_error_nomem(ctx);
        goto done;
    }
    if (*slot == NULL) {
        *slot = PyObject_CallNoArgs((PyObject *)sqlite3_user_data(ctx));
        if (*slot == NULL) {
            callback_error(ctx, "user-defined aggregate's '__init__' method raised error");
            goto done;
        }
    }
    meth = PyObject_GetAttrString(*slot, "step");
    if (meth != NULL && (args = args_tuple(argc, argv)) != NULL)
        r = PyObject_Call(meth, args, NULL);
    if (r == NULL)
        callback_error(ctx, "user-defined aggregate's 'step' method raised error");
done:
    Py_XDECREF(meth);
    Py_XDECREF(args);
    Py_XDECREF(r);
    PyGILState_Release(g);
}

static void
agg_final(sqlite3_context *ctx)
{
    PyGILState_STATE g = PyGILState_Ensure();
    PyObject **slot = sqlite3_aggregate_context(ctx, 0);
    if (slot != NULL && *slot != NULL) {
        /* an error from step() stays the reported one */
        PyObject *r = PyObject_CallMethod(*slot, "finalize", NULL);
        if (r == NULL || sq_result_from_py(ctx, r) < 0) {
            if (r != NULL && !PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "unsupported result type");
            callback_error(ctx, "user-defined aggregate's 'finalize' method raised error");
        }
        Py_XDECREF(r);
        Py_CLEAR(*slot);
    }
    PyGILState_Release(g);
}

/* Window functions: the aggregate instance again lives in the
 * aggregate context; each callback looks its method up by name, and a
 * missing one is reported as "not defined" as 3.11 does. */
static PyObject *
win_instance(sqlite3_context *ctx)
{
    PyObject **slot = sqlite3_aggregate_context(ctx, sizeof(PyObject *));
    if (slot == NULL) {
        sqlite3_result_error_nomem(ctx);
        return NULL;
    }
    if (*slot == NULL) {
        *slot = PyObject_CallNoArgs((PyObject *)sqlite3_user_data(ctx));
        if (*slot == NULL) {
            callback_error(ctx, "user-defined aggregate's '__init__' method raised error");
            return NULL;
        }
    }
    return *slot;
}

static void
win_call(sqlite3_context *ctx, const char *meth, int argc, sqlite3_value **argv, int result)
{
    PyGILState_STATE g = PyGILState_Ensure();
    char msg[80];
    PyObject *inst = win_instance(ctx), *m = NULL, *args = NULL, *r = NULL;
    if (inst == NULL)
        goto done;
    m = PyObject_GetAttrString(inst, meth);
    if (m == NULL) {
        snprintf(msg, sizeof msg, "user-defined aggregate's '%s' method not defined", meth);
        callback_error(ctx, msg);
        goto done;
    }
    if ((args = args_tuple(argc, argv)) != NULL)
        r = PyObject_Call(m, args, NULL);
    if (r == NULL || (result && sq_result_from_py(ctx, r) < 0)) {
        if (r != NULL && !PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "unsupported result type");
        snprintf(msg, sizeof msg, "user-defined aggregate's '%s' method raised error", meth);
        callback_error(ctx, msg);
    }
done:
    Py_XDECREF(m);
    Py_XDECREF(args);
    Py_XDECREF(r);
    PyGILState_Release(g);
}

static void
win_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    win_call(ctx, "step", argc, argv, 0);
}

static void
win_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    win_call(ctx, "inverse", argc, argv, 0);
}

static void
win_value(sqlite3_context *ctx)
{
    win_call(ctx, "value", 0, NULL, 1);
}

static void
drop_ref(void *p)
{
    PyGILState_STATE g = PyGILState_Ensure();
    Py_XDECREF((PyObject *)p);
    PyGILState_Release(g);
}

static int
collation_call(void *ctx, int n1, const void *s1, int n2, const void *s2)
{
    PyGILState_STATE g = PyGILState_Ensure();
    int result = 0;
    /* An exception from a collation is not reported through SQLite (a
     * comparison cannot fail): it stays set, later comparisons are
     * skipped, and the cursor raises it once the step returns. */
    if (PyErr_Occurred()) {
        PyGILState_Release(g);
        return 0;
    }
    PyObject *a = PyUnicode_FromStringAndSize(s1, n1);
    PyObject *b = PyUnicode_FromStringAndSize(s2, n2);
    PyObject *r = NULL;
    if (a && b)
        r = PyObject_CallFunctionObjArgs((PyObject *)ctx, a, b, NULL);
    if (r != NULL && PyLong_Check(r)) {
        int ovf;
        long v = PyLong_AsLongAndOverflow(r, &ovf);
        result = ovf ? ovf : (v > 0) - (v < 0);
    }
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(r);
    PyGILState_Release(g);
    return result;
}

/* ---- running plain statements ---- */

int
sq_exec_simple(ConnObj *c, const char *sql)
{
    sqlite3_stmt *st;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_prepare_v2(c->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            rc = SQLITE_OK;
        else
            rc = sqlite3_finalize(st), rc = rc == SQLITE_OK ? SQLITE_ERROR : rc, st = NULL;
        if (st != NULL)
            sqlite3_finalize(st);
    }
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK) {
        sq_set_error(c->db);
        return -1;
    }
    return 0;
}

/* Is this one of the statements the legacy rules open a transaction
 * for?  The first keyword decides, after blanks and comments. */
int
sq_is_dml(const char *sql)
{
    const char *p = sql;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
        }
        else if (p[0] == '/' && p[1] == '*') {
            const char *e = strstr(p + 2, "*/");
            if (e == NULL)
                return 0;
            p = e + 2;
        }
        else
            break;
    }
    static const char *dml[] = {"insert", "update", "delete", "replace"};
    for (int i = 0; i < 4; i++)
        if (strncasecmp(p, dml[i], strlen(dml[i])) == 0)
            return 1;
    return 0;
}

/* ---- the statement cache ----
 *
 * Preparing is a large part of a short statement's cost, and programs
 * run the same few statements again and again.  A statement is owned by
 * exactly one party at a time: the cache, or the cursor that took it
 * out.  So a cursor still reading a SELECT never shares its statement
 * with a second cursor running the same text (that one prepares its
 * own), and nothing needs an "in use" flag.  The dict keeps insertion
 * order, so its first entry is the least recently returned one, which
 * is evicted when the cache is full. */

sqlite3_stmt *
sq_cache_take(ConnObj *c, PyObject *sql)
{
    if (c->stmt_cache == NULL)
        return NULL;
    PyObject *v = PyDict_GetItemWithError(c->stmt_cache, sql);
    if (v == NULL) {
        PyErr_Clear();
        return NULL;
    }
    sqlite3_stmt *st = PyLong_AsVoidPtr(v);
    if (PyDict_DelItem(c->stmt_cache, sql) < 0) {
        PyErr_Clear();
        return NULL;   /* stays owned by the cache */
    }
    return st;
}

void
sq_cache_give(ConnObj *c, PyObject *sql, sqlite3_stmt *st)
{
    if (st == NULL)
        return;
    if (c->db == NULL || c->cache_size <= 0 || sql == NULL) {
        sqlite3_finalize(st);
        return;
    }
    /* callers may be on an error path: keep their exception */
    PyObject *et, *ev, *etb;
    PyErr_Fetch(&et, &ev, &etb);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    PyObject *ptr = NULL;
    if (c->stmt_cache == NULL && (c->stmt_cache = PyDict_New()) == NULL)
        goto drop;
    int has = PyDict_Contains(c->stmt_cache, sql);
    if (has != 0)    /* another cursor already gave one back (or error) */
        goto drop;
    if (PyDict_GET_SIZE(c->stmt_cache) >= c->cache_size) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        if (PyDict_Next(c->stmt_cache, &pos, &k, &v)) {
            sqlite3_finalize(PyLong_AsVoidPtr(v));
            Py_INCREF(k);
            int r = PyDict_DelItem(c->stmt_cache, k);
            Py_DECREF(k);
            if (r < 0)
                goto drop;
        }
    }
    if ((ptr = PyLong_FromVoidPtr(st)) == NULL || PyDict_SetItem(c->stmt_cache, sql, ptr) < 0)
        goto drop;
    Py_DECREF(ptr);
    PyErr_Restore(et, ev, etb);
    return;
drop:
    Py_XDECREF(ptr);
    PyErr_Clear();
    sqlite3_finalize(st);
    PyErr_Restore(et, ev, etb);
}

void
sq_cache_clear(ConnObj *c)
{
    PyObject *cache = c->stmt_cache;
    if (cache == NULL)
        return;
    c->stmt_cache = NULL;
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(cache, &pos, &k, &v))
        sqlite3_finalize(PyLong_AsVoidPtr(v));
    Py_DECREF(cache);
}

/* ---- the type ---- */

static int
set_isolation_level(ConnObj *c, PyObject *level)
{
    if (level == Py_None) {
        PyMem_Free(c->begin_statement);
        c->begin_statement = NULL;
        Py_XSETREF(c->isolation_level, Py_NewRef(Py_None));
        return 0;
    }
    if (!PyUnicode_Check(level)) {
        PyErr_SetString(PyExc_TypeError, "isolation_level must be str or None");
        return -1;
    }
    const char *s = PyUnicode_AsUTF8(level);
    if (s == NULL)
        return -1;
    static const char *levels[] = {"", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"};
    int ok = -1;
    for (int i = 0; i < 4; i++)
        if (strcasecmp(s, levels[i]) == 0)
            ok = i;
    if (ok < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
        return -1;
    }
    size_t n = strlen(s) + 8;
    char *b = PyMem_Malloc(n);
    if (b == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    snprintf(b, n, "BEGIN %s", levels[ok]);
    /* the attribute reads back in the canonical spelling */
    PyObject *canon = PyUnicode_FromString(levels[ok]);
    if (canon == NULL) {
        PyMem_Free(b);
        return -1;
    }
    PyMem_Free(c->begin_statement);
    c->begin_statement = b;
    Py_XSETREF(c->isolation_level, canon);
    return 0;
}

static void
conn_close_db(ConnObj *c)
{
    sq_cache_clear(c);
    if (c->db != NULL) {
        sqlite3 *db = c->db;
        c->db = NULL;
        Py_BEGIN_ALLOW_THREADS
        sqlite3_close_v2(db);
        Py_END_ALLOW_THREADS
    }
}

/* database may be str, bytes or path-like, as open() takes it */
static PyObject *
fs_path_bytes(PyObject *database)
{
    PyObject *p = PyOS_FSPath(database), *b;
    if (p == NULL)
        return NULL;
    if (PyBytes_Check(p))
        return p;
    b = PyUnicode_AsEncodedString(p, "utf-8", "surrogateescape");
    Py_DECREF(p);
    if (b != NULL && (size_t)PyBytes_GET_SIZE(b) != strlen(PyBytes_AS_STRING(b))) {
        Py_DECREF(b);
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        return NULL;
    }
    return b;
}

static int
conn_init(ConnObj *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"database", "timeout", "detect_types", "isolation_level",
                             "check_same_thread", "factory", "cached_statements",
                             "uri", NULL};
    PyObject *database, *isolation = NULL, *factory = NULL, *bytes = NULL;
    double timeout = 5.0;
    int detect_types = 0, check_same_thread = 1, cached = 128, uri = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|diOiOip:Connection", kwlist,
                                     &database, &timeout, &detect_types, &isolation,
                                     &check_same_thread, &factory, &cached, &uri))
        return -1;
    if ((bytes = fs_path_bytes(database)) == NULL)
        return -1;
    conn_close_db(self);
    self->initialized = 0;
    sqlite3 *db = NULL;
    int rc;
    const char *path = PyBytes_AS_STRING(bytes);
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_open_v2(path, &db,
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (uri ? SQLITE_OPEN_URI : 0),
                         NULL);
    Py_END_ALLOW_THREADS
    Py_DECREF(bytes);
    if (db == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (rc != SQLITE_OK) {
        sq_set_error(db);
        sqlite3_close_v2(db);
        return -1;
    }
    self->db = db;
    self->timeout = timeout;
    self->cache_size = cached;
    sqlite3_busy_timeout(db, (int)(timeout * 1000));
    self->detect_types = detect_types;
    self->check_same_thread = check_same_thread;
    self->thread_ident = PyThread_get_thread_ident();
    {
        PyObject *empty = NULL;
        if (isolation == NULL && (isolation = empty = PyUnicode_FromString("")) == NULL)
            return -1;
        int r = set_isolation_level(self, isolation);
        Py_XDECREF(empty);
        if (r < 0)
            return -1;
    }
    Py_XSETREF(self->row_factory, Py_NewRef(Py_None));
    Py_XSETREF(self->text_factory, Py_NewRef((PyObject *)&PyUnicode_Type));
    self->initialized = 1;
    return 0;
}

static PyObject *
conn_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    ConnObj *self = (ConnObj *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->isolation_level = Py_NewRef(Py_None);
    self->row_factory = Py_NewRef(Py_None);
    self->text_factory = Py_NewRef((PyObject *)&PyUnicode_Type);
    return (PyObject *)self;
}

static int
conn_traverse(ConnObj *self, visitproc visit, void *arg)
{
    Py_VISIT(self->row_factory);
    Py_VISIT(self->text_factory);
    Py_VISIT(self->authorizer);
    Py_VISIT(self->progress);
    Py_VISIT(self->trace);
    return 0;
}

static int
conn_clear(ConnObj *self)
{
    Py_CLEAR(self->row_factory);
    Py_CLEAR(self->text_factory);
    return 0;
}

static void
conn_dealloc(ConnObj *self)
{
    PyObject_GC_UnTrack(self);
    conn_close_db(self);
    conn_clear(self);
    /* the hooks outlive a cycle-breaking clear: SQLite still points at them */
    Py_CLEAR(self->authorizer);
    Py_CLEAR(self->progress);
    Py_CLEAR(self->trace);
    Py_CLEAR(self->isolation_level);
    PyMem_Free(self->begin_statement);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
conn_cursor(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"factory", NULL};
    PyObject *factory = (PyObject *)&sq_CurType;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:cursor", kwlist, &factory))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    PyObject *cur = PyObject_CallOneArg(factory, (PyObject *)self);
    if (cur == NULL)
        return NULL;
    if (!PyObject_TypeCheck(cur, &sq_CurType)) {
        PyErr_Format(PyExc_TypeError, "factory must return a cursor, not %.100s",
                     Py_TYPE(cur)->tp_name);
        Py_DECREF(cur);
        return NULL;
    }
    if (self->row_factory != NULL && self->row_factory != Py_None)
        Py_XSETREF(((CurObj *)cur)->row_factory, Py_NewRef(self->row_factory));
    return cur;
}

static PyObject *
conn_shortcut(ConnObj *self, PyObject *args, const char *meth)
{
    PyObject *noargs = PyTuple_New(0);
    if (noargs == NULL)
        return NULL;
    PyObject *cur = conn_cursor(self, noargs, NULL);
    Py_DECREF(noargs);
    if (cur == NULL)
        return NULL;
    PyObject *m = PyObject_GetAttrString(cur, meth);
    PyObject *r = m ? PyObject_Call(m, args, NULL) : NULL;
    Py_XDECREF(m);
    if (r == NULL) {
        Py_DECREF(cur);
        return NULL;
    }
    Py_DECREF(r);
    return cur;
}

static PyObject *
conn_execute(ConnObj *self, PyObject *args)
{
    return conn_shortcut(self, args, "execute");
}

static PyObject *
conn_executemany(ConnObj *self, PyObject *args)
{
    return conn_shortcut(self, args, "executemany");
}

static PyObject *
conn_executescript(ConnObj *self, PyObject *args)
{
    return conn_shortcut(self, args, "executescript");
}

static PyObject *
conn_commit(ConnObj *self, PyObject *unused)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    if (!sqlite3_get_autocommit(self->db) && sq_exec_simple(self, "COMMIT") < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
conn_rollback(ConnObj *self, PyObject *unused)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    /* pending reads are left alone: as in 3.11, a cursor can go on
     * fetching after a rollback */
    if (!sqlite3_get_autocommit(self->db) && sq_exec_simple(self, "ROLLBACK") < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
conn_close(ConnObj *self, PyObject *unused)
{
    if (self->check_same_thread && self->initialized &&
        PyThread_get_thread_ident() != self->thread_ident)
        return sq_check_conn(self) < 0 ? NULL : NULL;
    conn_close_db(self);
    Py_RETURN_NONE;
}

static PyObject *
conn_enter(ConnObj *self, PyObject *unused)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
conn_exit(ConnObj *self, PyObject *args)
{
    PyObject *t, *v, *tb;
    if (!PyArg_ParseTuple(args, "OOO:__exit__", &t, &v, &tb))
        return NULL;
    PyObject *r;
    if (t == Py_None)
        r = conn_commit(self, NULL);
    else
        r = conn_rollback(self, NULL);
    if (r == NULL) {
        /* a failed commit is rolled back, and the commit error raised */
        if (t == Py_None && self->db != NULL) {
            PyObject *et, *ev, *etb;
            PyErr_Fetch(&et, &ev, &etb);
            PyObject *r2 = conn_rollback(self, NULL);
            Py_XDECREF(r2);
            PyErr_Restore(et, ev, etb);
        }
        return NULL;
    }
    Py_DECREF(r);
    Py_RETURN_FALSE;
}

static PyObject *
conn_call(ConnObj *self, PyObject *args, PyObject *kw)
{
    PyErr_SetString(sq_NotSupportedError, "statement cache is not available");
    return NULL;
}

static PyObject *
conn_create_function(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"name", "narg", "func", "deterministic", NULL};
    const char *name;
    int narg, det = 0;
    PyObject *func;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "siO|$p:create_function", kwlist,
                                     &name, &narg, &func, &det))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    int flags = SQLITE_UTF8 | (det ? SQLITE_DETERMINISTIC : 0);
    /* None is registered like any callable (calling it fails), as in 3.11 */
    int rc = sqlite3_create_function_v2(self->db, name, narg, flags, Py_NewRef(func),
                                        func_call, NULL, NULL, drop_ref);
    if (rc != SQLITE_OK) {
        PyErr_SetString(sq_OperationalError, "Error creating function");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
conn_create_aggregate(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"name", "n_arg", "aggregate_class", NULL};
    const char *name;
    int narg;
    PyObject *cls;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "siO:create_aggregate", kwlist,
                                     &name, &narg, &cls))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    int rc = sqlite3_create_function_v2(self->db, name, narg, SQLITE_UTF8, Py_NewRef(cls),
                                        NULL, agg_step, agg_final, drop_ref);
    if (rc != SQLITE_OK) {
        PyErr_SetString(sq_OperationalError, "Error creating aggregate");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
conn_create_window_function(ConnObj *self, PyObject *args)
{
    const char *name;
    int narg;
    PyObject *cls;
    if (!PyArg_ParseTuple(args, "siO:create_window_function", &name, &narg, &cls))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    int rc;
    /* here (unlike create_function) None removes the function */
    if (cls == Py_None)
        rc = sqlite3_create_window_function(self->db, name, narg, SQLITE_UTF8, NULL,
                                            NULL, NULL, NULL, NULL, NULL);
    else
        rc = sqlite3_create_window_function(self->db, name, narg, SQLITE_UTF8, Py_NewRef(cls),
                                            win_step, agg_final, win_value, win_inverse,
                                            drop_ref);
    if (rc != SQLITE_OK) {
        PyErr_SetString(sq_ProgrammingError, sqlite3_errstr(rc));
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
conn_getlimit(ConnObj *self, PyObject *args)
{
    int category;
    if (!PyArg_ParseTuple(args, "i:getlimit", &category))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    int old = sqlite3_limit(self->db, category, -1);
    if (old < 0) {
        PyErr_SetString(sq_ProgrammingError, "'category' is out of bounds");
        return NULL;
    }
    return PyLong_FromLong(old);
}

static PyObject *
conn_setlimit(ConnObj *self, PyObject *args)
{
    int category, limit;
    if (!PyArg_ParseTuple(args, "ii:setlimit", &category, &limit))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    int old = sqlite3_limit(self->db, category, limit);
    if (old < 0) {
        PyErr_SetString(sq_ProgrammingError, "'category' is out of bounds");
        return NULL;
    }
    return PyLong_FromLong(old);
}

static PyObject *
conn_serialize(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"name", NULL};
    const char *name = "main";
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|$s:serialize", kwlist, &name))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    sqlite3_int64 size;
    unsigned char *data;
    int copied = 0;
    /* a memory database can be read in place; others need a copy */
    Py_BEGIN_ALLOW_THREADS
    data = sqlite3_serialize(self->db, name, &size, SQLITE_SERIALIZE_NOCOPY);
    if (data == NULL) {
        data = sqlite3_serialize(self->db, name, &size, 0);
        copied = 1;
    }
    Py_END_ALLOW_THREADS
    if (data == NULL) {
        PyErr_Format(sq_OperationalError, "unable to serialize '%s'", name);
        return NULL;
    }
    PyObject *r = PyBytes_FromStringAndSize((const char *)data, (Py_ssize_t)size);
    if (copied)
        sqlite3_free(data);
    return r;
}

static PyObject *
conn_deserialize(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"", "name", NULL};
    Py_buffer view;
    const char *name = "main";
    if (!PyArg_ParseTupleAndKeywords(args, kw, "y*|$s:deserialize", kwlist, &view, &name))
        return NULL;
    if (sq_check_conn(self) < 0) {
        PyBuffer_Release(&view);
        return NULL;
    }
    /* SQLite takes ownership of a buffer it allocated, so it may grow it */
    unsigned char *buf = sqlite3_malloc64(view.len > 0 ? (sqlite3_uint64)view.len : 1);
    if (buf == NULL) {
        PyBuffer_Release(&view);
        return PyErr_NoMemory();
    }
    memcpy(buf, view.buf, (size_t)view.len);
    sqlite3_int64 n = view.len;
    PyBuffer_Release(&view);
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_deserialize(self->db, name, buf, n, n,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK)
        return sq_set_error(self->db);
    Py_RETURN_NONE;
}

static PyObject *
conn_enable_load_extension(ConnObj *self, PyObject *args)
{
    int onoff;
    if (!PyArg_ParseTuple(args, "p:enable_load_extension", &onoff))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    if (sqlite3_enable_load_extension(self->db, onoff) != SQLITE_OK) {
        PyErr_SetString(sq_OperationalError, "Error enabling load extension");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
conn_load_extension(ConnObj *self, PyObject *args)
{
    const char *path;
    char *err = NULL;
    if (!PyArg_ParseTuple(args, "s:load_extension", &path))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_load_extension(self->db, path, NULL, &err);
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK) {
        PyErr_SetString(sq_OperationalError, err ? err : "unknown error");
        sqlite3_free(err);
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
conn_create_collation(ConnObj *self, PyObject *args)
{
    const char *name;
    PyObject *callable;
    if (!PyArg_ParseTuple(args, "sO:create_collation", &name, &callable))
        return NULL;
    if (sq_check_conn(self) < 0)
        return NULL;
    if (callable != Py_None && !PyCallable_Check(callable)) {
        PyErr_SetString(PyExc_TypeError, "parameter must be callable");
        return NULL;
    }
    int rc;
    if (callable == Py_None)
        rc = sqlite3_create_collation_v2(self->db, name, SQLITE_UTF8, NULL, NULL, NULL);
    else
        rc = sqlite3_create_collation_v2(self->db, name, SQLITE_UTF8, Py_NewRef(callable),
                                         collation_call, drop_ref);
    if (rc != SQLITE_OK) {
        if (callable != Py_None)
            Py_DECREF(callable);
        sq_set_error(self->db);
        return NULL;
    }
    Py_RETURN_NONE;
}

/* authorizer, progress handler, trace: one Python object each, kept on
 * the connection's dict so that it lives as long as the hook is set */
static int
keep_hook(ConnObj *self, PyObject **slot, PyObject *obj)
{
    Py_XSETREF(*slot, obj == Py_None ? NULL : Py_NewRef(obj));
    return 0;
}

static int
authorizer_call(void *ctx, int action, const char *a1, const char *a2,
                const char *dbname, const char *source)
{
    PyGILState_STATE g = PyGILState_Ensure();
    int rc = SQLITE_DENY;
    PyObject *r = PyObject_CallFunction((PyObject *)ctx, "issss", action, a1, a2, dbname, source);
    if (r != NULL && PyLong_Check(r)) {
        rc = (int)PyLong_AsLong(r);
        if (rc == -1 && PyErr_Occurred())
            rc = SQLITE_DENY;
    }
    if (PyErr_Occurred())
        report_callback_error((PyObject *)ctx);
    Py_XDECREF(r);
    PyGILState_Release(g);
    return rc;
}

static PyObject *
conn_set_authorizer(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"authorizer_callback", NULL};
    PyObject *cb;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O:set_authorizer", kwlist, &cb))
        return NULL;
    if (sq_check_conn(self) < 0 || keep_hook(self, &self->authorizer, cb) < 0)
        return NULL;
    if (cb == Py_None)
        sqlite3_set_authorizer(self->db, NULL, NULL);
    else
        sqlite3_set_authorizer(self->db, authorizer_call, cb);
    Py_RETURN_NONE;
}

static int
progress_call(void *ctx)
{
    PyGILState_STATE g = PyGILState_Ensure();
    int rc;
    PyObject *r = PyObject_CallNoArgs((PyObject *)ctx);
    if (r == NULL) {
        report_callback_error((PyObject *)ctx);
        rc = -1;   /* abort the statement */
    }
    else {
        rc = PyObject_IsTrue(r);
        if (rc < 0) {
            PyErr_Clear();
            rc = -1;
        }
        Py_DECREF(r);
    }
    PyGILState_Release(g);
    return rc;
}

static PyObject *
conn_set_progress_handler(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"progress_handler", "n", NULL};
    PyObject *cb;
    int n;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "Oi:set_progress_handler", kwlist, &cb, &n))
        return NULL;
    if (sq_check_conn(self) < 0 || keep_hook(self, &self->progress, cb) < 0)
        return NULL;
    if (cb == Py_None)
        sqlite3_progress_handler(self->db, 0, NULL, NULL);
    else
        sqlite3_progress_handler(self->db, n, progress_call, cb);
    Py_RETURN_NONE;
}

static int
trace_call(unsigned type, void *ctx, void *p, void *x)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    PyGILState_STATE g = PyGILState_Ensure();
    const char *sql = (const char *)x;
    char *expanded = NULL;
    /* the comment-form text carries the original; expand the bindings */
    if (sql != NULL && strncmp(sql, "--", 2) != 0) {
        expanded = sqlite3_expanded_sql((sqlite3_stmt *)p);
        if (expanded != NULL)
            sql = expanded;
    }
    PyObject *r = PyObject_CallFunction((PyObject *)ctx, "s", sql);
    if (r == NULL)
        report_callback_error((PyObject *)ctx);
    Py_XDECREF(r);
    sqlite3_free(expanded);
    PyGILState_Release(g);
    return 0;
}

static PyObject *
conn_set_trace_callback(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"trace_callback", NULL};
    PyObject *cb;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O:set_trace_callback", kwlist, &cb))
        return NULL;
    if (sq_check_conn(self) < 0 || keep_hook(self, &self->trace, cb) < 0)
        return NULL;
    if (cb == Py_None)
        sqlite3_trace_v2(self->db, 0, NULL, NULL);
    else
        sqlite3_trace_v2(self->db, SQLITE_TRACE_STMT, trace_call, cb);
    Py_RETURN_NONE;
}

static PyObject *
conn_interrupt(ConnObj *self, PyObject *unused)
{
    if (self->db == NULL) {
        PyErr_SetString(sq_ProgrammingError, "Cannot operate on a closed database.");
        return NULL;
    }
    sqlite3_interrupt(self->db);
    Py_RETURN_NONE;
}

static PyObject *
conn_iterdump(ConnObj *self, PyObject *unused)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    PyObject *mod = PyImport_ImportModule("sqlite3.dump");
    if (mod == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethod(mod, "_iterdump", "O", self);
    Py_DECREF(mod);
    return r;
}

static PyObject *
conn_backup(ConnObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"target", "pages", "progress", "name", "sleep", NULL};
    PyObject *target, *progress = Py_None;
    int pages = -1;
    const char *name = "main";
    double sleep_s = 0.250;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!|$iOsd:backup", kwlist, &sq_ConnType,
                                     &target, &pages, &progress, &name, &sleep_s))
        return NULL;
    ConnObj *t = (ConnObj *)target;
    if (sq_check_conn(self) < 0 || sq_check_conn(t) < 0)
        return NULL;
    if (t == self) {
        PyErr_SetString(PyExc_ValueError, "target cannot be the same connection instance");
        return NULL;
    }
    if (progress != Py_None && !PyCallable_Check(progress)) {
        PyErr_SetString(PyExc_TypeError, "progress argument must be a callable");
        return NULL;
    }
    if (pages == 0)
        pages = -1;
    sqlite3_backup *b;
    Py_BEGIN_ALLOW_THREADS
    b = sqlite3_backup_init(t->db, "main", self->db, name);
    Py_END_ALLOW_THREADS
    if (b == NULL)
        return sq_set_error(t->db);
    int rc;
    do {
        Py_BEGIN_ALLOW_THREADS
        rc = sqlite3_backup_step(b, pages);
        Py_END_ALLOW_THREADS
        if (progress != Py_None) {
            PyObject *r = PyObject_CallFunction(progress, "iii", rc,
                                                sqlite3_backup_remaining(b),
                                                sqlite3_backup_pagecount(b));
            if (r == NULL) {
                sqlite3_backup_finish(b);
                return NULL;
            }
            Py_DECREF(r);
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            Py_BEGIN_ALLOW_THREADS
            sqlite3_sleep((int)(sleep_s * 1000));
            Py_END_ALLOW_THREADS
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_backup_finish(b);
    Py_END_ALLOW_THREADS
    if (rc != SQLITE_OK)
        return sq_set_error(t->db);
    Py_RETURN_NONE;
}

static PyObject *
conn_get_isolation_level(ConnObj *self, void *c)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    return Py_NewRef(self->isolation_level);
}

static int
conn_set_isolation_level(ConnObj *self, PyObject *v, void *c)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (sq_check_conn(self) < 0)
        return -1;
    if (v == Py_None) {
        /* leaving the legacy mode commits what is pending */
        PyObject *r = conn_commit(self, NULL);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
    }
    return set_isolation_level(self, v);
}

static PyObject *
conn_get_in_transaction(ConnObj *self, void *c)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    return PyBool_FromLong(!sqlite3_get_autocommit(self->db));
}

static PyObject *
conn_get_total_changes(ConnObj *self, void *c)
{
    if (sq_check_conn(self) < 0)
        return NULL;
    return PyLong_FromLong(sqlite3_total_changes(self->db));
}

static PyGetSetDef conn_getset[] = {
    {"isolation_level", (getter)conn_get_isolation_level, (setter)conn_set_isolation_level, NULL, NULL},
    {"in_transaction", (getter)conn_get_in_transaction, NULL, NULL, NULL},
    {"total_changes", (getter)conn_get_total_changes, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyMemberDef conn_members[] = {
    {"row_factory", T_OBJECT, offsetof(ConnObj, row_factory), 0, NULL},
    {"text_factory", T_OBJECT, offsetof(ConnObj, text_factory), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

#define KW (METH_VARARGS | METH_KEYWORDS)
#define F(f) (PyCFunction)(void (*)(void))(f)
static PyMethodDef conn_methods[] = {
    {"cursor", F(conn_cursor), KW, "Return a cursor for the connection."},
    {"execute", F(conn_execute), METH_VARARGS, "Executes an SQL statement."},
    {"executemany", F(conn_executemany), METH_VARARGS, "Repeatedly executes an SQL statement."},
    {"executescript", F(conn_executescript), METH_VARARGS, "Executes multiple SQL statements at once."},
    {"commit", F(conn_commit), METH_NOARGS, "Commit any pending transaction to the database."},
    {"rollback", F(conn_rollback), METH_NOARGS, "Roll back to the start of any pending transaction."},
    {"close", F(conn_close), METH_NOARGS, "Close the database connection."},
    {"create_function", F(conn_create_function), KW, "Creates a new function."},
    {"create_aggregate", F(conn_create_aggregate), KW, "Creates a new aggregate."},
    {"create_collation", F(conn_create_collation), METH_VARARGS, "Creates a collation function."},
    {"create_window_function", F(conn_create_window_function), METH_VARARGS,
     "Creates or redefines an aggregate window function. Non-standard."},
    {"getlimit", F(conn_getlimit), METH_VARARGS, "Get connection run-time limits."},
    {"setlimit", F(conn_setlimit), METH_VARARGS, "Set connection run-time limits."},
    {"serialize", F(conn_serialize), KW, "Serialize a database into a byte string."},
    {"deserialize", F(conn_deserialize), KW, "Load a serialized database."},
    {"enable_load_extension", F(conn_enable_load_extension), METH_VARARGS,
     "Enable dynamic loading of SQLite extension modules."},
    {"load_extension", F(conn_load_extension), METH_VARARGS, "Load SQLite extension module."},
    {"set_authorizer", F(conn_set_authorizer), KW, "Sets authorizer callback."},
    {"set_progress_handler", F(conn_set_progress_handler), KW, "Sets progress handler callback."},
    {"set_trace_callback", F(conn_set_trace_callback), KW, "Sets a trace callback."},
    {"interrupt", F(conn_interrupt), METH_NOARGS, "Abort any pending database operation."},
    {"iterdump", F(conn_iterdump), METH_NOARGS, "Returns iterator to the dump of the database in an SQL text format."},
    {"backup", F(conn_backup), KW, "Makes a backup of the database."},
    {"blobopen", F(sq_blobopen), KW, "Open and return a BLOB object."},
    {"__enter__", F(conn_enter), METH_NOARGS, "Called when the connection is used as a context manager."},
    {"__exit__", F(conn_exit), METH_VARARGS, "Called when the connection is used as a context manager."},
    {NULL, NULL, 0, NULL}
};

PyTypeObject sq_ConnType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sqlite3.Connection",
    .tp_basicsize = sizeof(ConnObj),
    .tp_dealloc = (destructor)conn_dealloc,
    .tp_call = (ternaryfunc)conn_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "SQLite database connection object.",
    .tp_traverse = (traverseproc)conn_traverse,
    .tp_clear = (inquiry)conn_clear,
    .tp_methods = conn_methods,
    .tp_members = conn_members,
    .tp_getset = conn_getset,
    .tp_init = (initproc)conn_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = conn_new,
    .tp_free = PyObject_GC_Del,
};
