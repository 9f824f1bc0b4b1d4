/* sqlite3.Cursor: one prepared statement at a time.
 *
 * execute() prepares the statement, binds the parameters, and steps it
 * once, so that errors (constraints, missing tables found late) surface
 * in execute() as in CPython, and so that a SELECT's first row is
 * already waiting: has_row says the statement is positioned on a row
 * that no fetch has returned yet.  Each fetch turns that row into a
 * tuple and steps again; at SQLITE_DONE the statement is finalized.
 * executemany() runs the same statement once per parameter set and
 * refuses statements that yield rows.
 *
 * Converters (detect_types) are chosen once per statement, column by
 * column, from the "[name]" in a column alias (PARSE_COLNAMES) or the
 * first word of the declared type (PARSE_DECLTYPES), and then applied
 * to the column's bytes for every non-NULL value. */
#include "sqlite.h"
#include <string.h>

static int
check_cursor(CurObj *self)
{
    if (!self->initialized) {
        PyErr_SetString(sq_ProgrammingError, "Base Cursor.__init__ not called.");
        return -1;
    }
    if (self->locked) {
        PyErr_SetString(sq_ProgrammingError, "Recursive use of cursors not allowed.");
        return -1;
    }
    if (self->closed) {
        PyErr_SetString(sq_ProgrammingError, "Cannot operate on a closed cursor.");
        return -1;
    }
    return sq_check_conn(self->conn);
}

/* Done with the current statement: back to the connection's cache. */
static void
drop_stmt(CurObj *self)
{
    if (self->stmt != NULL) {
        if (self->conn != NULL)
            sq_cache_give(self->conn, self->stmt_sql, self->stmt);
        else
            sqlite3_finalize(self->stmt);
        self->stmt = NULL;
    }
    Py_CLEAR(self->stmt_sql);
    self->has_row = 0;
}

static int
step(sqlite3_stmt *st)
{
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = sqlite3_step(st);
    Py_END_ALLOW_THREADS
    return rc;
}

/* Skip blanks and SQL comments. */
static const char *
skip_blank(const char *p)
{
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
                return p + strlen(p);
            p = e + 2;
        }
        else
            return p;
    }
}

/* ---- binding ---- */

static int
bind_one(sqlite3_stmt *st, int pos, PyObject *value)
{
    PyObject *obj;
    int rc;
    PyTypeObject *t = Py_TYPE(value);
    /* the common exact types never go through the adapters */
    if (t == &PyLong_Type || t == &PyFloat_Type || t == &PyUnicode_Type ||
        t == &PyByteArray_Type || value == Py_None)
        obj = Py_NewRef(value);
    else if ((obj = sq_adapt(value, (PyObject *)&sq_ProtoType, value)) == NULL)
        return -1;
    if (obj == Py_None)
        rc = sqlite3_bind_null(st, pos);
    else if (PyLong_Check(obj)) {
        long long v = PyLong_AsLongLong(obj);
        if (v == -1 && PyErr_Occurred()) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_SetString(PyExc_OverflowError,
                                "Python int too large to convert to SQLite INTEGER");
            }
            Py_DECREF(obj);
            return -1;
        }
        rc = sqlite3_bind_int64(st, pos, v);
    }
    else if (PyFloat_Check(obj))
        rc = sqlite3_bind_double(st, pos, PyFloat_AsDouble(obj));
    else if (PyUnicode_Check(obj)) {
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(obj, &n);
        if (s == NULL) {
            Py_DECREF(obj);
            return -1;
        }
        rc = sqlite3_bind_text64(st, pos, s, (sqlite3_uint64)n, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    else if (PyObject_CheckBuffer(obj)) {
        Py_buffer view;
        if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0) {
            Py_DECREF(obj);
            return -1;
        }
        if (view.len > INT_MAX) {
            PyBuffer_Release(&view);
            Py_DECREF(obj);
            PyErr_SetString(PyExc_OverflowError, "BLOB longer than INT_MAX bytes");
            return -1;
        }
        rc = sqlite3_bind_blob(st, pos, view.buf, (int)view.len, SQLITE_TRANSIENT);
        PyBuffer_Release(&view);
    }
    else {
        PyErr_Format(sq_ProgrammingError,
                     "Error binding parameter %d: type '%s' is not supported",
                     pos, Py_TYPE(value)->tp_name);
        Py_DECREF(obj);
        return -1;
    }
    Py_DECREF(obj);
    if (rc != SQLITE_OK) {
        sq_set_error(sqlite3_db_handle(st));
        return -1;
    }
    return 0;
}

static int
bind_params(sqlite3_stmt *st, PyObject *params)
{
    int needed = sqlite3_bind_parameter_count(st);
    if (params == NULL)
        params = Py_None;
    if (PyTuple_CheckExact(params) || PyList_CheckExact(params) ||
        (!PyDict_Check(params) && params != Py_None && PySequence_Check(params))) {
        Py_ssize_t n = PySequence_Size(params);
        if (n < 0)
            return -1;
        if (n != needed) {
            PyErr_Format(sq_ProgrammingError,
                         "Incorrect number of bindings supplied. The current statement "
                         "uses %d, and there are %zd supplied.", needed, n);
            return -1;
        }
        for (int i = 0; i < needed; i++) {
            PyObject *v = PySequence_GetItem(params, i);
            if (v == NULL)
                return -1;
            int r = bind_one(st, i + 1, v);
            Py_DECREF(v);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    if (PyDict_Check(params)) {
        for (int i = 1; i <= needed; i++) {
            const char *name = sqlite3_bind_parameter_name(st, i);
            if (name == NULL) {
                PyErr_Format(sq_ProgrammingError,
                             "Binding %d has no name, but you supplied a dictionary "
                             "(which has only names).", i);
                return -1;
            }
            name++;   /* the ':' '@' or '$' */
            PyObject *key = PyUnicode_FromString(name), *v;
            if (key == NULL)
                return -1;
            if (PyDict_CheckExact(params)) {
                v = PyDict_GetItemWithError(params, key);
                Py_XINCREF(v);
            }
            else {
                v = PyObject_GetItem(params, key);
                if (v == NULL && PyErr_ExceptionMatches(PyExc_KeyError))
                    PyErr_Clear();
            }
            Py_DECREF(key);
            if (v == NULL) {
                if (!PyErr_Occurred())
                    PyErr_Format(sq_ProgrammingError,
                                 "You did not supply a value for binding parameter :%s.", name);
                return -1;
            }
            int r = bind_one(st, i, v);
            Py_DECREF(v);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    if (params == Py_None && needed == 0)
        return 0;
    if (params == Py_None) {
        PyErr_Format(sq_ProgrammingError,
                     "Incorrect number of bindings supplied. The current statement "
                     "uses %d, and there are 0 supplied.", needed);
        return -1;
    }
    PyErr_SetString(sq_ProgrammingError, "parameters are of unsupported type");
    return -1;
}

/* ---- columns ---- */

static PyObject *
lookup_converter(const char *name, size_t n)
{
    PyObject *key = PyUnicode_FromStringAndSize(name, (Py_ssize_t)n);
    if (key == NULL)
        return NULL;
    PyObject *up = PyObject_CallMethod(key, "upper", NULL);
    Py_DECREF(key);
    if (up == NULL)
        return NULL;
    PyObject *conv = PyDict_GetItemWithError(sq_converters, up);
    Py_DECREF(up);
    if (conv == NULL && PyErr_Occurred())
        return NULL;
    return Py_NewRef(conv ? conv : Py_None);
}

static int
build_columns(CurObj *self, sqlite3_stmt *st)
{
    int n = sqlite3_column_count(st);
    int detect = self->conn->detect_types;
    Py_CLEAR(self->converters);
    if (n == 0) {
        Py_XSETREF(self->description, Py_NewRef(Py_None));
        return 0;
    }
    PyObject *desc = PyTuple_New(n), *convs = PyList_New(n);
    if (desc == NULL || convs == NULL)
        goto error;
    for (int i = 0; i < n; i++) {
        const char *name = sqlite3_column_name(st, i);
        if (name == NULL) {
            PyErr_NoMemory();
            goto error;
        }
        size_t len = strlen(name);
        PyObject *conv = NULL;
        if (detect & PARSE_COLNAMES) {
            const char *lb = strchr(name, '[');
            if (lb != NULL) {
                len = (size_t)(lb - name);
                if (len > 0 && name[len - 1] == ' ')
                    len--;
                const char *rb = strchr(lb + 1, ']');
                if (rb != NULL && (conv = lookup_converter(lb + 1, (size_t)(rb - lb - 1))) == NULL)
                    goto error;
                if (conv == Py_None)
                    Py_CLEAR(conv);
            }
        }
        if (conv == NULL && (detect & PARSE_DECLTYPES)) {
            const char *decl = sqlite3_column_decltype(st, i);
            if (decl != NULL) {
                size_t k = 0;
                while (decl[k] && decl[k] != ' ' && decl[k] != '(')
                    k++;
                if ((conv = lookup_converter(decl, k)) == NULL)
                    goto error;
            }
        }
        PyList_SET_ITEM(convs, i, conv ? conv : Py_NewRef(Py_None));
        PyObject *pyname = PyUnicode_FromStringAndSize(name, (Py_ssize_t)len);
        if (pyname == NULL)
            goto error;
        PyObject *d = PyTuple_Pack(7, pyname, Py_None, Py_None, Py_None, Py_None,
                                   Py_None, Py_None);
        Py_DECREF(pyname);
        if (d == NULL)
            goto error;
        PyTuple_SET_ITEM(desc, i, d);
    }
    Py_XSETREF(self->description, desc);
    self->converters = convs;
    return 0;
error:
    Py_XDECREF(desc);
    Py_XDECREF(convs);
    return -1;
}

static PyObject *
column_value(CurObj *self, sqlite3_stmt *st, int i)
{
    int type = sqlite3_column_type(st, i);
    PyObject *conv = self->converters ? PyList_GET_ITEM(self->converters, i) : Py_None;
    if (conv != Py_None) {
        if (type == SQLITE_NULL)
            Py_RETURN_NONE;
        const void *p = sqlite3_column_blob(st, i);
        int n = sqlite3_column_bytes(st, i);
        PyObject *b = PyBytes_FromStringAndSize(p, n);
        if (b == NULL)
            return NULL;
        PyObject *r = PyObject_CallOneArg(conv, b);
        Py_DECREF(b);
        return r;
    }
    switch (type) {
    case SQLITE_INTEGER:
        return PyLong_FromLongLong(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return PyFloat_FromDouble(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const char *s = (const char *)sqlite3_column_text(st, i);
        int n = sqlite3_column_bytes(st, i);
        PyObject *tf = self->conn->text_factory;
        if (tf == NULL || tf == (PyObject *)&PyUnicode_Type) {   /* NULL: deleted */
            PyObject *r = PyUnicode_DecodeUTF8(s, n, NULL);
            if (r == NULL && PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
                PyErr_Clear();
                PyErr_Format(sq_OperationalError,
                             "Could not decode to UTF-8 column '%s' with text '%s'",
                             sqlite3_column_name(st, i), s);
            }
            return r;
        }
        PyObject *b = PyBytes_FromStringAndSize(s, n);
        if (b == NULL || tf == (PyObject *)&PyBytes_Type)
            return b;
        PyObject *r = PyObject_CallOneArg(tf, b);
        Py_DECREF(b);
        return r;
    }
    case SQLITE_BLOB:
        return PyBytes_FromStringAndSize(sqlite3_column_blob(st, i),
                                         sqlite3_column_bytes(st, i));
    default:
        Py_RETURN_NONE;
    }
}

/* The current row as the row factory wants it; steps past it. */
static PyObject *
next_row(CurObj *self)
{
    sqlite3_stmt *st = self->stmt;
    int n = sqlite3_data_count(st);
    PyObject *row = PyTuple_New(n);
    if (row == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        PyObject *v = column_value(self, st, i);
        if (v == NULL) {
            Py_DECREF(row);
            return NULL;
        }
        PyTuple_SET_ITEM(row, i, v);
    }
    int rc = step(st);
    if (PyErr_Occurred()) {   /* left by a collation */
        Py_DECREF(row);
        drop_stmt(self);
        return NULL;
    }
    if (rc == SQLITE_DONE)
        drop_stmt(self);
    else if (rc != SQLITE_ROW) {
        Py_DECREF(row);
        sq_set_error(self->conn->db);
        drop_stmt(self);
        return NULL;
    }
    if (self->row_factory != NULL && self->row_factory != Py_None) {
        PyObject *r = PyObject_CallFunctionObjArgs(self->row_factory, (PyObject *)self, row, NULL);
        Py_DECREF(row);
        return r;
    }
    return row;
}

/* ---- execute ---- */

static PyObject *
query_unlocked(CurObj *self, PyObject *sql, PyObject *params, int many)
{
    PyObject *iter = NULL, *p = NULL;
    sqlite3_stmt *st = NULL;
    drop_stmt(self);
    Py_CLEAR(self->converters);
    Py_XSETREF(self->description, Py_NewRef(Py_None));
    self->rowcount = -1;
    ConnObj *c = self->conn;
    Py_ssize_t len;
    const char *zsql = PyUnicode_AsUTF8AndSize(sql, &len);
    if (zsql == NULL)
        return NULL;
    if ((size_t)len != strlen(zsql)) {
        PyErr_SetString(sq_ProgrammingError, "the query contains a null character");
        return NULL;
    }
    if (len >= sqlite3_limit(c->db, SQLITE_LIMIT_SQL_LENGTH, -1)) {
        PyErr_SetString(sq_DataError, "query string is too large");
        return NULL;
    }
    const char *tail;
    int rc;
    /* a cached statement passed the checks below when first prepared */
    if ((st = sq_cache_take(c, sql)) == NULL) {
        Py_BEGIN_ALLOW_THREADS
        rc = sqlite3_prepare_v2(c->db, zsql, (int)len + 1, &st, &tail);
        Py_END_ALLOW_THREADS
        if (rc != SQLITE_OK)
            return sq_set_error(c->db);
        if (*skip_blank(tail) != '\0') {
            sqlite3_finalize(st);
            PyErr_SetString(sq_ProgrammingError, "You can only execute one statement at a time.");
            return NULL;
        }
        if (st == NULL)   /* nothing but blanks and comments */
            return Py_NewRef(self);
    }
    int dml = sq_is_dml(zsql);
    if (dml)
        self->rowcount = 0;
    if (many) {
        if ((iter = PyObject_GetIter(params)) == NULL)
            goto error;
    }
    int first = 1;
    for (;;) {
        if (many) {
            p = PyIter_Next(iter);
            if (p == NULL) {
                if (PyErr_Occurred())
                    goto error;
                break;
            }
        }
        else
            p = Py_XNewRef(params);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (bind_params(st, p) < 0)
            goto error;
        Py_CLEAR(p);
        if (dml && c->begin_statement != NULL && sqlite3_get_autocommit(c->db) &&
            sq_exec_simple(c, c->begin_statement) < 0)
            goto error;
        rc = step(st);
        if (PyErr_Occurred())   /* left by a collation */
            goto error;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            sq_set_error(c->db);
            goto error;
        }
        if (first && build_columns(self, st) < 0)
            goto error;
        first = 0;
        if (rc == SQLITE_ROW) {
            if (many) {
                PyErr_SetString(sq_ProgrammingError,
                                "executemany() can only execute DML statements.");
                goto error;
            }
            self->stmt = st;
            self->stmt_sql = Py_NewRef(sql);
            self->has_row = 1;
            st = NULL;
        }
        if (dml)
            self->rowcount += sqlite3_changes(c->db);
        if (!many) {
            PyObject *id = PyLong_FromLongLong(sqlite3_last_insert_rowid(c->db));
            if (id == NULL)
                goto error;
            Py_XSETREF(self->lastrowid, id);
            break;
        }
    }
    sq_cache_give(c, sql, st);
    Py_XDECREF(iter);
    return Py_NewRef(self);
error:
    Py_XDECREF(p);
    Py_XDECREF(iter);
    if (st != NULL)
        sqlite3_finalize(st);
    drop_stmt(self);
    return NULL;
}

/* Adapters, parameter iterators and the like run inside execute(); the
 * cursor is locked meanwhile, so that they cannot pull its statement
 * from under it. */
static PyObject *
query(CurObj *self, PyObject *sql, PyObject *params, int many)
{
    if (check_cursor(self) < 0)
        return NULL;
    self->locked = 1;
    PyObject *r = query_unlocked(self, sql, params, many);
    self->locked = 0;
    return r;
}

static PyObject *
cur_execute(CurObj *self, PyObject *args)
{
    PyObject *sql, *params = NULL;
    if (!PyArg_ParseTuple(args, "U|O:execute", &sql, &params))
        return NULL;
    return query(self, sql, params, 0);
}

static PyObject *
cur_executemany(CurObj *self, PyObject *args)
{
    PyObject *sql, *params;
    if (!PyArg_ParseTuple(args, "UO:executemany", &sql, &params))
        return NULL;
    return query(self, sql, params, 1);
}

static PyObject *
cur_executescript(CurObj *self, PyObject *args)
{
    PyObject *script;
    if (!PyArg_ParseTuple(args, "O:executescript", &script))
        return NULL;
    if (!PyUnicode_Check(script)) {
        PyErr_Format(PyExc_TypeError, "executescript() argument must be str, not %.100s",
                     Py_TYPE(script)->tp_name);
        return NULL;
    }
    if (check_cursor(self) < 0)
        return NULL;
    drop_stmt(self);
    Py_ssize_t len;
    const char *sql = PyUnicode_AsUTF8AndSize(script, &len);
    if (sql == NULL)
        return NULL;
    if ((size_t)len != strlen(sql)) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return NULL;
    }
    ConnObj *c = self->conn;
    if (len >= sqlite3_limit(c->db, SQLITE_LIMIT_SQL_LENGTH, -1)) {
        PyErr_SetString(sq_DataError, "query string is too large");
        return NULL;
    }
    /* a script starts outside any transaction the legacy rules opened */
    if (!sqlite3_get_autocommit(c->db) && sq_exec_simple(c, "COMMIT") < 0)
        return NULL;
    for (;;) {
        sqlite3_stmt *st;
        const char *tail;
        int rc;
        Py_BEGIN_ALLOW_THREADS
        rc = sqlite3_prepare_v2(c->db, sql, -1, &st, &tail);
        if (rc == SQLITE_OK && st != NULL) {
            do
                rc = sqlite3_step(st);
            while (rc == SQLITE_ROW);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
            int rc2 = sqlite3_finalize(st);
            if (rc == SQLITE_OK)
                rc = rc2;
        }
        Py_END_ALLOW_THREADS
        if (PyErr_Occurred())
            return NULL;
        if (rc != SQLITE_OK)
            return sq_set_error(c->db);
        if (*tail == '\0')
            break;
        sql = tail;
    }
    return Py_NewRef(self);
}

static PyObject *
cur_fetchone(CurObj *self, PyObject *unused)
{
    if (check_cursor(self) < 0)
        return NULL;
    if (!self->has_row)
        Py_RETURN_NONE;
    return next_row(self);
}

static PyObject *
cur_iternext(CurObj *self)
{
    if (check_cursor(self) < 0)
        return NULL;
    if (!self->has_row)
        return NULL;
    return next_row(self);
}

static PyObject *
cur_fetchmany(CurObj *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"size", NULL};
    int size = self->arraysize;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|i:fetchmany", kwlist, &size))
        return NULL;
    if (check_cursor(self) < 0)
        return NULL;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (int i = 0; i < size && self->has_row; i++) {
        PyObject *row = next_row(self);
        if (row == NULL || PyList_Append(list, row) < 0) {
            Py_XDECREF(row);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(row);
    }
    return list;
}

static PyObject *
cur_fetchall(CurObj *self, PyObject *unused)
{
    if (check_cursor(self) < 0)
        return NULL;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    while (self->has_row) {
        PyObject *row = next_row(self);
        if (row == NULL || PyList_Append(list, row) < 0) {
            Py_XDECREF(row);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(row);
    }
    return list;
}

static PyObject *
cur_close(CurObj *self, PyObject *unused)
{
    if (!self->initialized) {
        PyErr_SetString(sq_ProgrammingError, "Base Cursor.__init__ not called.");
        return NULL;
    }
    if (self->conn->check_same_thread &&
        PyThread_get_thread_ident() != self->conn->thread_ident)
        return sq_check_conn(self->conn) < 0 ? NULL : NULL;
    drop_stmt(self);
    self->closed = 1;
    Py_RETURN_NONE;
}

static PyObject *
cur_noop(CurObj *self, PyObject *args)
{
    Py_RETURN_NONE;
}

static int
cur_init(CurObj *self, PyObject *args, PyObject *kw)
{
    PyObject *conn;
    if (!PyArg_ParseTuple(args, "O!:Cursor", &sq_ConnType, &conn))
        return -1;
    drop_stmt(self);
    Py_XSETREF(self->conn, (ConnObj *)Py_NewRef(conn));
    Py_XSETREF(self->description, Py_NewRef(Py_None));
    Py_XSETREF(self->lastrowid, Py_NewRef(Py_None));
    Py_XSETREF(self->row_factory, Py_NewRef(Py_None));
    Py_CLEAR(self->converters);
    self->arraysize = 1;
    self->rowcount = -1;
    self->closed = 0;
    self->initialized = 1;
    return 0;
}

static int
cur_traverse(CurObj *self, visitproc visit, void *arg)
{
    Py_VISIT(self->conn);
    Py_VISIT(self->description);
    Py_VISIT(self->converters);
    Py_VISIT(self->lastrowid);
    Py_VISIT(self->row_factory);
    return 0;
}

static int
cur_clear(CurObj *self)
{
    Py_CLEAR(self->description);
    Py_CLEAR(self->converters);
    Py_CLEAR(self->lastrowid);
    Py_CLEAR(self->row_factory);
    return 0;
}

static void
cur_dealloc(CurObj *self)
{
    PyObject_GC_UnTrack(self);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)self);
    drop_stmt(self);
    cur_clear(self);
    Py_CLEAR(self->conn);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyMemberDef cur_members[] = {
    {"connection", T_OBJECT, offsetof(CurObj, conn), READONLY, NULL},
    {"description", T_OBJECT, offsetof(CurObj, description), READONLY, NULL},
    {"arraysize", T_INT, offsetof(CurObj, arraysize), 0, NULL},
    {"lastrowid", T_OBJECT, offsetof(CurObj, lastrowid), READONLY, NULL},
    {"rowcount", T_LONG, offsetof(CurObj, rowcount), READONLY, NULL},
    {"row_factory", T_OBJECT, offsetof(CurObj, row_factory), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

#define F(f) (PyCFunction)(void (*)(void))(f)
static PyMethodDef cur_methods[] = {
    {"execute", F(cur_execute), METH_VARARGS, "Executes an SQL statement."},
    {"executemany", F(cur_executemany), METH_VARARGS, "Repeatedly executes an SQL statement."},
    {"executescript", F(cur_executescript), METH_VARARGS, "Executes multiple SQL statements at once."},
    {"fetchone", F(cur_fetchone), METH_NOARGS, "Fetches one row from the resultset."},
    {"fetchmany", F(cur_fetchmany), METH_VARARGS | METH_KEYWORDS, "Fetches several rows from the resultset."},
    {"fetchall", F(cur_fetchall), METH_NOARGS, "Fetches all rows from the resultset."},
    {"close", F(cur_close), METH_NOARGS, "Closes the cursor."},
    {"setinputsizes", F(cur_noop), METH_O, "Required by DB-API. Does nothing in sqlite3."},
    {"setoutputsize", F(cur_noop), METH_VARARGS, "Required by DB-API. Does nothing in sqlite3."},
    {NULL, NULL, 0, NULL}
};

PyTypeObject sq_CurType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sqlite3.Cursor",
    .tp_basicsize = sizeof(CurObj),
    .tp_dealloc = (destructor)cur_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "SQLite database cursor class.",
    .tp_traverse = (traverseproc)cur_traverse,
    .tp_clear = (inquiry)cur_clear,
    .tp_weaklistoffset = offsetof(CurObj, weakreflist),
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)cur_iternext,
    .tp_methods = cur_methods,
    .tp_members = cur_members,
    .tp_init = (initproc)cur_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
};
