/* Shared declarations of the _sqlite3 module (see module.c for the design). */
#ifndef KR_SQLITE_H
#define KR_SQLITE_H
#include "Python.h"
#include "structmember.h"
#include <sqlite3.h>

#define PARSE_DECLTYPES 1
#define PARSE_COLNAMES 2

typedef struct {
    PyObject_HEAD
    sqlite3 *db;                 /* NULL before __init__ and after close() */
    int initialized;
    int check_same_thread;
    unsigned long thread_ident;  /* the creating thread */
    int detect_types;
    double timeout;
    PyObject *isolation_level;   /* str or None */
    char *begin_statement;       /* "BEGIN ..." or NULL in autocommit mode */
    PyObject *row_factory;
    PyObject *text_factory;
    PyObject *authorizer, *progress, *trace;   /* hooks SQLite points at */
    PyObject *stmt_cache;        /* {sql: int(sqlite3_stmt *)}, oldest first */
    int cache_size;              /* cached_statements */
} ConnObj;

typedef struct {
    PyObject_HEAD
    ConnObj *conn;
    int initialized;
    int closed;
    int locked;                  /* inside execute(): Python code it runs may not reuse it */
    sqlite3_stmt *stmt;          /* statement being read, NULL when none */
    PyObject *stmt_sql;          /* its text, the key it goes back to the cache under */
    int has_row;                 /* stmt is positioned on a row not fetched yet */
    PyObject *description;
    PyObject *converters;        /* list, one converter or None per column */
    PyObject *lastrowid;
    long rowcount;
    int arraysize;
    PyObject *row_factory;
    PyObject *weakreflist;       /* cursors can be weakly referenced, as in CPython */
} CurObj;

typedef struct {
    PyObject_HEAD
    PyObject *data;              /* tuple */
    PyObject *description;       /* tuple of 7-tuples */
} RowObj;

extern PyTypeObject sq_ConnType, sq_CurType, sq_RowType, sq_ProtoType, sq_BlobType;
/* Connection.blobopen (blob.c) */
PyObject *sq_blobopen(ConnObj *conn, PyObject *args, PyObject *kw);

/* the exception classes, owned by module.c */
extern PyObject *sq_Warning, *sq_Error, *sq_InterfaceError, *sq_DatabaseError,
    *sq_DataError, *sq_OperationalError, *sq_IntegrityError, *sq_InternalError,
    *sq_ProgrammingError, *sq_NotSupportedError;
extern PyObject *sq_adapters;    /* {(type, PrepareProtocol): callable} */
extern PyObject *sq_converters;  /* {NAME: callable} */
extern int sq_callback_tracebacks;

/* Raise the exception matching the connection's last error; returns NULL. */
PyObject *sq_set_error(sqlite3 *db);
/* 0 when the connection may be used from here, else -1 with an exception. */
int sq_check_conn(ConnObj *c);
/* microprotocols adaptation: the adapted object (new ref), alt when none */
PyObject *sq_adapt(PyObject *obj, PyObject *proto, PyObject *alt);
/* The statement cache: take() hands a prepared statement for sql over
 * to the caller (NULL when there is none, never an error); give() takes
 * one back (or finalizes it); clear() finalizes them all. */
sqlite3_stmt *sq_cache_take(ConnObj *c, PyObject *sql);
void sq_cache_give(ConnObj *c, PyObject *sql, sqlite3_stmt *st);
void sq_cache_clear(ConnObj *c);
/* 1 for INSERT, UPDATE, DELETE, REPLACE: what opens a legacy transaction */
int sq_is_dml(const char *sql);
/* Run a statement without results (COMMIT, ROLLBACK, BEGIN). */
int sq_exec_simple(ConnObj *c, const char *sql);
/* Python value of a function argument (used by callbacks). */
PyObject *sq_value_to_py(sqlite3_value *v);
int sq_result_from_py(sqlite3_context *ctx, PyObject *v);
#endif
