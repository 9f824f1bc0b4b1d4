/* _csv: the C half of the csv module (PEP 305).
 *
 * csv.py is pure Python on top of this module: it re-exports reader,
 * writer, Dialect, Error, the QUOTE_* constants and the dialect registry
 * from here, and builds DictReader, DictWriter and Sniffer out of them.
 * So everything a program sees of CSV parsing and generation is decided
 * in this file, and it follows CPython 3.11's module to the letter where
 * a program can tell: the error messages and their order, which dialect
 * parameter is checked first, what writerow returns (whatever the file's
 * write returned), and the quirks of the 3.11 parser (an escape
 * character at the end of a line stands for a newline; NUL is ordinary
 * data; a line that ends inside a quoted field continues the record).
 *
 * Dialect objects are immutable bundles of already-validated settings:
 * the three special characters are kept as code points (NOT_SET when a
 * character is absent), so that the parser compares a character with
 * an int instead of a str.  Dialect(...) is the one place where options
 * are validated; reader(), writer() and register_dialect() all go
 * through it with the caller's keyword arguments, and Dialect(d) hands
 * back d itself when d already is a Dialect and nothing is overridden.
 *
 * The reader is a character-at-a-time state machine.  Each line of the
 * input iterator is fed to it followed by a pseudo character EOL (a
 * value no code point can take), and a record is complete when the
 * machine is back in START_RECORD after an EOL.  The current field is
 * collected into a growable UCS4 buffer: fields are short, and the
 * buffer is reused across fields and records, so a field costs one
 * str allocation.
 *
 * The writer builds the whole line (fields, separators, quotes, escapes
 * and line terminator) in a UCS4 buffer and makes one write() call per
 * row.  Whether a field needs quotes depends on every character in it,
 * so each field is scanned once to decide (and to report a character
 * that needs an escape character when there is none) before it is
 * copied.
 *
 * The registry and the field size limit are process-wide, like the
 * module itself (single-phase initialisation, created once). */
#include "Python.h"
#include "structmember.h"

#define CSV_VERSION "1.0"

/* The special characters are code points; these two values are outside
 * the Unicode range, so no input character ever compares equal to them. */
#define NOT_SET ((Py_UCS4)-1)
#define EOL ((Py_UCS4)-2)

typedef enum {
    QUOTE_MINIMAL,
    QUOTE_ALL,
    QUOTE_NONNUMERIC,
    QUOTE_NONE
} QuoteStyle;

static PyObject *csv_error;          /* _csv.Error */
static PyObject *csv_dialects;       /* the registry: name -> Dialect */
static long csv_field_limit = 128 * 1024;
static PyObject *str_write;          /* "write", interned */

/* ====================== Dialect ====================== */

typedef struct {
    PyObject_HEAD
    Py_UCS4 delimiter;
    Py_UCS4 quotechar;               /* NOT_SET when None */
    Py_UCS4 escapechar;              /* NOT_SET when None */
    char doublequote;
    char skipinitialspace;
    char strict;
    int quoting;
    PyObject *lineterminator;        /* a str */
} DialectObj;

static PyTypeObject Dialect_Type;

static PyObject *
char_or_none(Py_UCS4 c)
{
    if (c == NOT_SET)
        Py_RETURN_NONE;
    return PyUnicode_FromOrdinal((int)c);
}

/* delimiter, quotechar and escapechar: the closure is the field's offset */
static PyObject *
Dialect_get_char(PyObject *self, void *closure)
{
    return char_or_none(*(const Py_UCS4 *)((const char *)self + (size_t)closure));
}

static PyObject *
Dialect_get_lineterminator(PyObject *self, void *closure)
{
    return Py_NewRef(((DialectObj *)self)->lineterminator);
}

static PyObject *
Dialect_get_quoting(PyObject *self, void *closure)
{
    return PyLong_FromLong(((DialectObj *)self)->quoting);
}

/* The wording of the AttributeError on assignment tells getters from
 * members ("attribute 'x' of '_csv.Dialect' objects is not writable"
 * against "readonly attribute"); CPython has this mix. */
static PyGetSetDef Dialect_getset[] = {
    {"delimiter", Dialect_get_char, NULL, NULL, (void *)offsetof(DialectObj, delimiter)},
    {"escapechar", Dialect_get_char, NULL, NULL, (void *)offsetof(DialectObj, escapechar)},
    {"lineterminator", Dialect_get_lineterminator, NULL, NULL, NULL},
    {"quotechar", Dialect_get_char, NULL, NULL, (void *)offsetof(DialectObj, quotechar)},
    {"quoting", Dialect_get_quoting, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMemberDef Dialect_members[] = {
    {"skipinitialspace", T_BOOL, offsetof(DialectObj, skipinitialspace), READONLY, NULL},
    {"doublequote", T_BOOL, offsetof(DialectObj, doublequote), READONLY, NULL},
    {"strict", T_BOOL, offsetof(DialectObj, strict), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* --- option conversion: src is NULL when the option was not given --- */

static int
set_bool(PyObject *src, char *target, int dflt)
{
    if (src == NULL) {
        *target = (char)dflt;
        return 0;
    }
    int b = PyObject_IsTrue(src);
    if (b < 0)
        return -1;
    *target = (char)b;
    return 0;
}

static int
set_int(const char *name, PyObject *src, int *target, int dflt)
{
    if (src == NULL) {
        *target = dflt;
        return 0;
    }
    /* exactly int: a bool is refused, as in CPython */
    if (!PyLong_CheckExact(src)) {
        PyErr_Format(PyExc_TypeError, "\"%s\" must be an integer", name);
        return -1;
    }
    int overflow;
    long v = PyLong_AsLongAndOverflow(src, &overflow);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (overflow || v < INT_MIN || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *target = (int)v;
    return 0;
}

/* One character given as a 1-character str.  `or_none` allows None
 * (stored as NOT_SET); the wording of the type error says which. */
static int
set_char(const char *name, PyObject *src, Py_UCS4 *target, Py_UCS4 dflt, int or_none)
{
    if (src == NULL) {
        *target = dflt;
        return 0;
    }
    if (or_none && src == Py_None) {
        *target = NOT_SET;
        return 0;
    }
    if (!PyUnicode_Check(src)) {
        PyErr_Format(PyExc_TypeError, "\"%s\" must be string%s, not %.200s", name,
                     or_none ? " or None" : "", Py_TYPE(src)->tp_name);
        return -1;
    }
    if (PyUnicode_GET_LENGTH(src) != 1) {
        PyErr_Format(PyExc_TypeError, "\"%s\" must be a 1-character string", name);
        return -1;
    }
    *target = PyUnicode_READ_CHAR(src, 0);
    return 0;
}

/* The line terminator; None leaves *target NULL (refused later with its
 * own message, after the other options were converted). */
static int
set_str(const char *name, PyObject *src, PyObject **target, const char *dflt)
{
    if (src == NULL) {
        *target = PyUnicode_FromString(dflt);
        return *target == NULL ? -1 : 0;
    }
    if (src == Py_None) {
        *target = NULL;
        return 0;
    }
    if (!PyUnicode_Check(src)) {
        PyErr_Format(PyExc_TypeError, "\"%s\" must be a string", name);
        return -1;
    }
    *target = Py_NewRef(src);
    return 0;
}

/* A new reference to the registered dialect, or NULL with
 * _csv.Error("unknown dialect") (or the dict's own error, e.g. for an
 * unhashable name). */
static PyObject *
registry_lookup(PyObject *name)
{
    PyObject *d = PyDict_GetItemWithError(csv_dialects, name);
    if (d == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(csv_error, "unknown dialect");
        return NULL;
    }
    return Py_NewRef(d);
}

static PyObject *
Dialect_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"dialect", "delimiter", "doublequote", "escapechar",
                             "lineterminator", "quotechar", "quoting",
                             "skipinitialspace", "strict", NULL};
    PyObject *dialect = NULL;
    /* in kwlist order after "dialect" */
    PyObject *opt[8] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    enum { DELIM, DQUOTE, ESC, LINETERM, QCHAR, QUOTING, SKIPSP, STRICT };
    DialectObj *self = NULL;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", kwlist, &dialect,
                                     &opt[DELIM], &opt[DQUOTE], &opt[ESC], &opt[LINETERM],
                                     &opt[QCHAR], &opt[QUOTING], &opt[SKIPSP], &opt[STRICT]))
        return NULL;

    if (dialect != NULL) {
        if (PyUnicode_Check(dialect)) {
            dialect = registry_lookup(dialect);
            if (dialect == NULL)
                return NULL;
        }
        else
            Py_INCREF(dialect);
        /* a Dialect with nothing overridden is immutable: share it */
        int overridden = 0;
        for (int i = 0; i < 8; i++)
            overridden |= opt[i] != NULL;
        if (!overridden && PyObject_TypeCheck(dialect, &Dialect_Type))
            return dialect;
    }

    for (int i = 0; i < 8; i++)
        Py_XINCREF(opt[i]);
    if (dialect != NULL) {
        /* Options not given as arguments come from the dialect's
         * attributes; a missing attribute simply means "the default",
         * which lets any object (a csv.Dialect subclass, an instance of
         * anything) describe a dialect. */
        for (int i = 0; i < 8; i++) {
            if (opt[i] == NULL) {
                opt[i] = PyObject_GetAttrString(dialect, kwlist[i + 1]);
                if (opt[i] == NULL)
                    PyErr_Clear();
            }
        }
        Py_CLEAR(dialect);
    }

    self = (DialectObj *)type->tp_alloc(type, 0);
    if (self == NULL)
        goto error;
    self->lineterminator = NULL;

    if (set_char("delimiter", opt[DELIM], &self->delimiter, ',', 0) < 0 ||
        set_bool(opt[DQUOTE], &self->doublequote, 1) < 0 ||
        set_char("escapechar", opt[ESC], &self->escapechar, NOT_SET, 1) < 0 ||
        set_str("lineterminator", opt[LINETERM], &self->lineterminator, "\r\n") < 0 ||
        set_char("quotechar", opt[QCHAR], &self->quotechar, '"', 1) < 0 ||
        set_int("quoting", opt[QUOTING], &self->quoting, QUOTE_MINIMAL) < 0 ||
        set_bool(opt[SKIPSP], &self->skipinitialspace, 0) < 0 ||
        set_bool(opt[STRICT], &self->strict, 0) < 0)
        goto error;

    if (self->quoting < QUOTE_MINIMAL || self->quoting > QUOTE_NONE) {
        PyErr_SetString(PyExc_TypeError, "bad \"quoting\" value");
        goto error;
    }
    /* quotechar=None alone means "no quoting at all" */
    if (opt[QCHAR] == Py_None && opt[QUOTING] == NULL)
        self->quoting = QUOTE_NONE;
    if (self->quoting != QUOTE_NONE && self->quotechar == NOT_SET) {
        PyErr_SetString(PyExc_TypeError, "quotechar must be set if quoting enabled");
        goto error;
    }
    if (self->lineterminator == NULL) {
        PyErr_SetString(PyExc_TypeError, "lineterminator must be set");
        goto error;
    }
    for (int i = 0; i < 8; i++)
        Py_XDECREF(opt[i]);
    return (PyObject *)self;

error:
    for (int i = 0; i < 8; i++)
        Py_XDECREF(opt[i]);
    Py_XDECREF(dialect);
    Py_XDECREF(self);
    return NULL;
}

static void
Dialect_dealloc(PyObject *self)
{
    Py_CLEAR(((DialectObj *)self)->lineterminator);
    Py_TYPE(self)->tp_free(self);
}

/* Dialects are not picklable or copyable (they hold code points that
 * the default reduction cannot see). */
static PyObject *
Dialect_reduce(PyObject *self, PyObject *args)
{
    PyErr_Format(PyExc_TypeError, "cannot pickle '%.100s' instances", _PyType_Name(Py_TYPE(self)));
    return NULL;
}

static PyMethodDef Dialect_methods[] = {
    {"__reduce__", Dialect_reduce, METH_NOARGS, NULL},
    {"__reduce_ex__", Dialect_reduce, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Dialect_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_csv.Dialect",
    .tp_basicsize = sizeof(DialectObj),
    .tp_dealloc = Dialect_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
    .tp_methods = Dialect_methods,
    .tp_getset = Dialect_getset,
    .tp_members = Dialect_members,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = Dialect_new,
    .tp_free = PyObject_Del,
};

/* Dialect(dialect, **kwargs), or Dialect(**kwargs) when dialect is NULL:
 * the one road by which reader, writer and register_dialect get theirs. */
static PyObject *
call_dialect(PyObject *dialect, PyObject *kwargs)
{
    if (dialect != NULL)
        return PyObject_VectorcallDict((PyObject *)&Dialect_Type, &dialect, 1, kwargs);
    return PyObject_VectorcallDict((PyObject *)&Dialect_Type, NULL, 0, kwargs);
}

/* ====================== reader ====================== */

typedef enum {
    START_RECORD,              /* nothing of the record seen yet */
    START_FIELD,               /* after a delimiter */
    ESCAPED_CHAR,              /* after an escape character, unquoted */
    IN_FIELD,                  /* inside an unquoted field */
    IN_QUOTED_FIELD,
    ESCAPE_IN_QUOTED_FIELD,    /* after an escape character, quoted */
    QUOTE_IN_QUOTED_FIELD,     /* after a quote inside a quoted field */
    EAT_CRNL,                  /* after the record's end, before EOL */
    AFTER_ESCAPED_CRNL         /* an escaped \r or \n was just kept */
} ParserState;

typedef struct {
    PyObject_HEAD
    PyObject *input_iter;
    DialectObj *dialect;
    PyObject *fields;          /* the record being built (a list) */
    ParserState state;
    Py_UCS4 *field;            /* the field being built */
    Py_ssize_t field_size;     /* allocated code points */
    Py_ssize_t field_len;
    int numeric_field;         /* QUOTE_NONNUMERIC: make a float of it */
    unsigned long line_num;
} ReaderObj;

/* Room in a growing code point buffer (the reader's field, the writer's
 * line) for `extra` more after the `len` in use: the first block holds
 * `first`, and each growth doubles.  0, or -1 with MemoryError. */
static int
ucs4_reserve(Py_UCS4 **buf, Py_ssize_t *size, Py_ssize_t len, Py_ssize_t extra, Py_ssize_t first)
{
    if (extra > PY_SSIZE_T_MAX - len) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t need = len + extra;
    if (need <= *size)
        return 0;
    Py_ssize_t new_size = *size ? *size : first;
    while (new_size < need)
        new_size = new_size > PY_SSIZE_T_MAX / 2 ? need : new_size * 2;
    Py_UCS4 *p = *buf;
    if (new_size > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(Py_UCS4) ||
        !PyMem_Resize(p, Py_UCS4, new_size)) {
        PyErr_NoMemory();
        return -1;
    }
    *buf = p;
    *size = new_size;
    return 0;
}

static int
parse_reset(ReaderObj *self)
{
    Py_XSETREF(self->fields, PyList_New(0));
    if (self->fields == NULL)
        return -1;
    self->field_len = 0;
    self->state = START_RECORD;
    self->numeric_field = 0;
    return 0;
}

static int
parse_save_field(ReaderObj *self)
{
    PyObject *field = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, self->field,
                                                self->field_len);
    if (field == NULL)
        return -1;
    self->field_len = 0;
    if (self->numeric_field) {
        self->numeric_field = 0;
        Py_SETREF(field, PyNumber_Float(field));
        if (field == NULL)
            return -1;
    }
    int r = PyList_Append(self->fields, field);
    Py_DECREF(field);
    return r;
}

static int
parse_add_char(ReaderObj *self, Py_UCS4 c)
{
    /* the limit is read each time: field_size_limit() may change it
     * between records */
    if (self->field_len >= csv_field_limit) {
        PyErr_Format(csv_error, "field larger than field limit (%ld)", csv_field_limit);
        return -1;
    }
    if (ucs4_reserve(&self->field, &self->field_size, self->field_len, 1, 4096) < 0)
        return -1;
    self->field[self->field_len++] = c;
    return 0;
}

/* Feed one character (or EOL) to the state machine. */
static int
parse_process_char(ReaderObj *self, Py_UCS4 c)
{
    DialectObj *d = self->dialect;
    int is_crnl = c == '\n' || c == '\r';

    switch (self->state) {
    case START_RECORD:
        if (c == EOL)
            break;             /* an empty line is an empty record */
        if (is_crnl) {
            self->state = EAT_CRNL;
            break;
        }
        /* the character starts the first field */
        self->state = START_FIELD;
        /* fall through */
    case START_FIELD:
        if (is_crnl || c == EOL) {
            if (parse_save_field(self) < 0)
                return -1;
            self->state = c == EOL ? START_RECORD : EAT_CRNL;
        }
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            self->state = IN_QUOTED_FIELD;
        else if (c == d->escapechar)
            self->state = ESCAPED_CHAR;
        else if (c == ' ' && d->skipinitialspace)
            ;
        else if (c == d->delimiter) {
            if (parse_save_field(self) < 0)
                return -1;
        }
        else {
            /* only an unquoted field that starts normally is numeric */
            if (d->quoting == QUOTE_NONNUMERIC)
                self->numeric_field = 1;
            if (parse_add_char(self, c) < 0)
                return -1;
            self->state = IN_FIELD;
        }
        break;

    case ESCAPED_CHAR:
        if (is_crnl) {
            if (parse_add_char(self, c) < 0)
                return -1;
            self->state = AFTER_ESCAPED_CRNL;
            break;
        }
        /* an escape at the end of the line escapes the line break */
        if (c == EOL)
            c = '\n';
        if (parse_add_char(self, c) < 0)
            return -1;
        self->state = IN_FIELD;
        break;

    case AFTER_ESCAPED_CRNL:
        if (c == EOL)
            break;
        /* fall through */
    case IN_FIELD:
        if (is_crnl || c == EOL) {
            if (parse_save_field(self) < 0)
                return -1;
            self->state = c == EOL ? START_RECORD : EAT_CRNL;
        }
        else if (c == d->escapechar)
            self->state = ESCAPED_CHAR;
        else if (c == d->delimiter) {
            if (parse_save_field(self) < 0)
                return -1;
            self->state = START_FIELD;
        }
        else if (parse_add_char(self, c) < 0)
            return -1;
        break;

    case IN_QUOTED_FIELD:
        if (c == EOL)
            ;                  /* the record goes on with the next line */
        else if (c == d->escapechar)
            self->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            self->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else if (parse_add_char(self, c) < 0)
            return -1;
        break;

    case ESCAPE_IN_QUOTED_FIELD:
        if (c == EOL)
            c = '\n';
        if (parse_add_char(self, c) < 0)
            return -1;
        self->state = IN_QUOTED_FIELD;
        break;

    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            /* "" inside quotes is one " */
            if (parse_add_char(self, c) < 0)
                return -1;
            self->state = IN_QUOTED_FIELD;
        }
        else if (c == d->delimiter) {
            if (parse_save_field(self) < 0)
                return -1;
            self->state = START_FIELD;
        }
        else if (is_crnl || c == EOL) {
            if (parse_save_field(self) < 0)
                return -1;
            self->state = c == EOL ? START_RECORD : EAT_CRNL;
        }
        else if (!d->strict) {
            /* "ab"cd reads as abcd */
            if (parse_add_char(self, c) < 0)
                return -1;
            self->state = IN_FIELD;
        }
        else {
            PyObject *delim = PyUnicode_FromOrdinal((int)d->delimiter);
            PyObject *quote = PyUnicode_FromOrdinal((int)d->quotechar);
            if (delim != NULL && quote != NULL)
                PyErr_Format(csv_error, "'%U' expected after '%U'", delim, quote);
            Py_XDECREF(delim);
            Py_XDECREF(quote);
            return -1;
        }
        break;

    case EAT_CRNL:
        if (is_crnl)
            ;
        else if (c == EOL)
            self->state = START_RECORD;
        else {
            PyErr_SetString(csv_error,
                            "new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?");
            return -1;
        }
        break;
    }
    return 0;
}

static PyObject *
Reader_iternext(PyObject *op)
{
    ReaderObj *self = (ReaderObj *)op;
    PyObject *fields = NULL;

    if (parse_reset(self) < 0)
        return NULL;
    do {
        PyObject *line = PyIter_Next(self->input_iter);
        if (line == NULL) {
            /* the input ended (or failed) inside a record */
            if (!PyErr_Occurred() && (self->field_len != 0 || self->state == IN_QUOTED_FIELD)) {
                if (self->dialect->strict)
                    PyErr_SetString(csv_error, "unexpected end of data");
                else if (parse_save_field(self) >= 0)
                    break;
            }
            return NULL;
        }
        if (!PyUnicode_Check(line)) {
            PyErr_Format(csv_error,
                         "iterator should return strings, not %.200s "
                         "(the file should be opened in text mode)",
                         Py_TYPE(line)->tp_name);
            Py_DECREF(line);
            return NULL;
        }
        self->line_num++;
        int kind = PyUnicode_KIND(line);
        const void *data = PyUnicode_DATA(line);
        Py_ssize_t len = PyUnicode_GET_LENGTH(line);
        for (Py_ssize_t i = 0; i < len; i++) {
            if (parse_process_char(self, PyUnicode_READ(kind, data, i)) < 0) {
                Py_DECREF(line);
                return NULL;
            }
        }
        Py_DECREF(line);
        if (parse_process_char(self, EOL) < 0)
            return NULL;
    } while (self->state != START_RECORD);

    fields = self->fields;
    self->fields = NULL;
    return fields;
}

static int
Reader_traverse(PyObject *op, visitproc visit, void *arg)
{
    ReaderObj *self = (ReaderObj *)op;
    Py_VISIT(self->input_iter);
    Py_VISIT(self->dialect);
    Py_VISIT(self->fields);
    return 0;
}

static int
Reader_clear(PyObject *op)
{
    ReaderObj *self = (ReaderObj *)op;
    Py_CLEAR(self->input_iter);
    Py_CLEAR(self->dialect);
    Py_CLEAR(self->fields);
    return 0;
}

static void
Reader_dealloc(PyObject *op)
{
    ReaderObj *self = (ReaderObj *)op;
    PyObject_GC_UnTrack(op);
    Reader_clear(op);
    PyMem_Free(self->field);
    self->field = NULL;
    PyObject_GC_Del(op);
}

static PyMemberDef Reader_members[] = {
    {"dialect", T_OBJECT, offsetof(ReaderObj, dialect), READONLY, NULL},
    {"line_num", T_ULONG, offsetof(ReaderObj, line_num), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject Reader_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_csv.reader",
    .tp_basicsize = sizeof(ReaderObj),
    .tp_dealloc = Reader_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "CSV reader\n\n"
              "Reader objects are responsible for reading and parsing tabular data\n"
              "in CSV format.\n",
    .tp_traverse = Reader_traverse,
    .tp_clear = Reader_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = Reader_iternext,
    .tp_members = Reader_members,
    .tp_free = PyObject_GC_Del,
};

static PyObject *
csv_reader(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyObject *iterable, *dialect = NULL;
    ReaderObj *self;

    if (!PyArg_UnpackTuple(args, "", 1, 2, &iterable, &dialect))
        return NULL;
    self = PyObject_GC_New(ReaderObj, &Reader_Type);
    if (self == NULL)
        return NULL;
    self->input_iter = NULL;
    self->dialect = NULL;
    self->fields = NULL;
    self->field = NULL;
    self->field_size = 0;
    self->field_len = 0;
    self->line_num = 0;
    self->numeric_field = 0;
    self->state = START_RECORD;
    if (parse_reset(self) < 0)
        goto error;
    self->input_iter = PyObject_GetIter(iterable);
    if (self->input_iter == NULL)
        goto error;
    self->dialect = (DialectObj *)call_dialect(dialect, kwargs);
    if (self->dialect == NULL)
        goto error;
    PyObject_GC_Track(self);
    return (PyObject *)self;

error:
    Py_DECREF(self);
    return NULL;
}

/* ====================== writer ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *write;           /* the file's bound write method */
    DialectObj *dialect;
    Py_UCS4 *rec;              /* the line being built */
    Py_ssize_t rec_size;       /* allocated code points */
    Py_ssize_t rec_len;
    Py_ssize_t num_fields;
} WriterObj;

static int
rec_reserve(WriterObj *self, Py_ssize_t extra)
{
    return ucs4_reserve(&self->rec, &self->rec_size, self->rec_len, extra, 1024);
}

static int
in_lineterminator(DialectObj *d, Py_UCS4 c)
{
    PyObject *lt = d->lineterminator;
    Py_ssize_t n = PyUnicode_GET_LENGTH(lt);
    int kind = PyUnicode_KIND(lt);
    const void *data = PyUnicode_DATA(lt);
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyUnicode_READ(kind, data, i) == c)
            return 1;
    return 0;
}

/* What the writer must do with one character of a field. */
enum { CH_PLAIN, CH_QUOTE_FIELD, CH_DOUBLE, CH_ESCAPE };

static int
classify_char(DialectObj *d, Py_UCS4 c)
{
    if (c != d->delimiter && c != d->escapechar && c != d->quotechar && !in_lineterminator(d, c))
        return CH_PLAIN;
    if (d->quoting == QUOTE_NONE)
        return CH_ESCAPE;
    if (c == d->quotechar)
        return d->doublequote ? CH_DOUBLE : CH_ESCAPE;
    if (c == d->escapechar)
        return CH_ESCAPE;
    return CH_QUOTE_FIELD;
}

/* Append one field (NULL for None: an empty field) with its delimiter.
 * `quoted` is the quoting style's verdict; special characters in the
 * field may add quotes in QUOTE_MINIMAL. */
static int
join_append(WriterObj *self, PyObject *field, int quoted)
{
    DialectObj *d = self->dialect;
    Py_ssize_t len = field ? PyUnicode_GET_LENGTH(field) : 0;
    int kind = field ? PyUnicode_KIND(field) : PyUnicode_1BYTE_KIND;
    const void *data = field ? PyUnicode_DATA(field) : NULL;
    Py_ssize_t extra = 0;

    /* first pass: does the field need quotes, and how many characters
     * get a doubled quote or an escape in front */
    for (Py_ssize_t i = 0; i < len; i++) {
        switch (classify_char(d, PyUnicode_READ(kind, data, i))) {
        case CH_PLAIN:
            break;
        case CH_QUOTE_FIELD:
            quoted = 1;
            break;
        case CH_DOUBLE:
            quoted = 1;
            extra++;
            break;
        case CH_ESCAPE:
            if (d->escapechar == NOT_SET) {
                PyErr_SetString(csv_error, "need to escape, but no escapechar set");
                return -1;
            }
            extra++;
            break;
        }
    }
    if (len > PY_SSIZE_T_MAX - 3 - extra) {
        PyErr_NoMemory();
        return -1;
    }
    if (rec_reserve(self, len + extra + 3) < 0)
        return -1;

    Py_UCS4 *out = self->rec + self->rec_len;
    if (self->num_fields > 0)
        *out++ = d->delimiter;
    if (quoted)
        *out++ = d->quotechar;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        switch (classify_char(d, c)) {
        case CH_DOUBLE:
            *out++ = d->quotechar;
            break;
        case CH_ESCAPE:
            *out++ = d->escapechar;
            break;
        default:
            break;
        }
        *out++ = c;
    }
    if (quoted)
        *out++ = d->quotechar;
    self->rec_len = out - self->rec;
    self->num_fields++;
    return 0;
}

static PyObject *
Writer_writerow(PyObject *op, PyObject *row)
{
    WriterObj *self = (WriterObj *)op;
    DialectObj *d = self->dialect;
    PyObject *iter, *field, *line, *result;

    iter = PyObject_GetIter(row);
    if (iter == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(csv_error, "iterable expected, not %.200s", Py_TYPE(row)->tp_name);
        }
        return NULL;
    }
    self->rec_len = 0;
    self->num_fields = 0;
    while ((field = PyIter_Next(iter)) != NULL) {
        int quoted, r;
        if (d->quoting == QUOTE_NONNUMERIC)
            quoted = !PyNumber_Check(field);
        else
            quoted = d->quoting == QUOTE_ALL;
        if (PyUnicode_Check(field))
            r = join_append(self, field, quoted);
        else if (field == Py_None)
            r = join_append(self, NULL, quoted);
        else {
            PyObject *s = PyObject_Str(field);
            if (s == NULL) {
                Py_DECREF(field);
                Py_DECREF(iter);
                return NULL;
            }
            r = join_append(self, s, quoted);
            Py_DECREF(s);
        }
        Py_DECREF(field);
        if (r < 0) {
            Py_DECREF(iter);
            return NULL;
        }
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        return NULL;

    /* A lone empty field would be written as an empty line, which reads
     * back as no fields at all: write it quoted. */
    if (self->num_fields > 0 && self->rec_len == 0) {
        if (d->quoting == QUOTE_NONE) {
            PyErr_SetString(csv_error, "single empty field record must be quoted");
            return NULL;
        }
        self->num_fields--;
        if (join_append(self, NULL, 1) < 0)
            return NULL;
    }
    Py_ssize_t ltlen = PyUnicode_GET_LENGTH(d->lineterminator);
    if (rec_reserve(self, ltlen) < 0)
        return NULL;
    for (Py_ssize_t i = 0; i < ltlen; i++)
        self->rec[self->rec_len++] = PyUnicode_READ_CHAR(d->lineterminator, i);

    line = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, self->rec, self->rec_len);
    if (line == NULL)
        return NULL;
    result = PyObject_CallOneArg(self->write, line);
    Py_DECREF(line);
    return result;
}

static PyObject *
Writer_writerows(PyObject *self, PyObject *rows)
{
    PyObject *iter = PyObject_GetIter(rows), *row;
    if (iter == NULL)
        return NULL;
    while ((row = PyIter_Next(iter)) != NULL) {
        PyObject *r = Writer_writerow(self, row);
        Py_DECREF(row);
        if (r == NULL) {
            Py_DECREF(iter);
            return NULL;
        }
        Py_DECREF(r);
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef Writer_methods[] = {
    {"writerow", Writer_writerow, METH_O,
     "writerow(iterable)\n\n"
     "Construct and write a CSV record from an iterable of fields.  Non-string\n"
     "elements will be converted to string."},
    {"writerows", Writer_writerows, METH_O,
     "writerows(iterable of iterables)\n\n"
     "Construct and write a series of iterables to a csv file.  Non-string\n"
     "elements will be converted to string."},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef Writer_members[] = {
    {"dialect", T_OBJECT, offsetof(WriterObj, dialect), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static int
Writer_traverse(PyObject *op, visitproc visit, void *arg)
{
    WriterObj *self = (WriterObj *)op;
    Py_VISIT(self->write);
    Py_VISIT(self->dialect);
    return 0;
}

static int
Writer_clear(PyObject *op)
{
    WriterObj *self = (WriterObj *)op;
    Py_CLEAR(self->write);
    Py_CLEAR(self->dialect);
    return 0;
}

static void
Writer_dealloc(PyObject *op)
{
    WriterObj *self = (WriterObj *)op;
    PyObject_GC_UnTrack(op);
    Writer_clear(op);
    PyMem_Free(self->rec);
    self->rec = NULL;
    PyObject_GC_Del(op);
}

static PyTypeObject Writer_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_csv.writer",
    .tp_basicsize = sizeof(WriterObj),
    .tp_dealloc = Writer_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "CSV writer\n\n"
              "Writer objects are responsible for generating tabular data\n"
              "in CSV format from sequence input.\n",
    .tp_traverse = Writer_traverse,
    .tp_clear = Writer_clear,
    .tp_methods = Writer_methods,
    .tp_members = Writer_members,
    .tp_free = PyObject_GC_Del,
};

static PyObject *
csv_writer(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyObject *file, *dialect = NULL;
    WriterObj *self;

    if (!PyArg_UnpackTuple(args, "", 1, 2, &file, &dialect))
        return NULL;
    self = PyObject_GC_New(WriterObj, &Writer_Type);
    if (self == NULL)
        return NULL;
    self->write = NULL;
    self->dialect = NULL;
    self->rec = NULL;
    self->rec_size = 0;
    self->rec_len = 0;
    self->num_fields = 0;
    /* an error other than AttributeError (a failing property) propagates */
    if (_PyObject_LookupAttr(file, str_write, &self->write) < 0)
        goto error;
    if (self->write == NULL || !PyCallable_Check(self->write)) {
        PyErr_SetString(PyExc_TypeError, "argument 1 must have a \"write\" method");
        goto error;
    }
    self->dialect = (DialectObj *)call_dialect(dialect, kwargs);
    if (self->dialect == NULL)
        goto error;
    PyObject_GC_Track(self);
    return (PyObject *)self;

error:
    Py_DECREF(self);
    return NULL;
}

/* ====================== the registry ====================== */

static PyObject *
csv_register_dialect(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyObject *name, *dialect_arg = NULL, *dialect;

    if (!PyArg_UnpackTuple(args, "", 1, 2, &name, &dialect_arg))
        return NULL;
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "dialect name must be a string");
        return NULL;
    }
    dialect = call_dialect(dialect_arg, kwargs);
    if (dialect == NULL)
        return NULL;
    int r = PyDict_SetItem(csv_dialects, name, dialect);
    Py_DECREF(dialect);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
csv_unregister_dialect(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"name", NULL};
    PyObject *name;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O:unregister_dialect", kwlist, &name))
        return NULL;
    if (PyDict_DelItem(csv_dialects, name) < 0) {
        if (PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_SetString(csv_error, "unknown dialect");
        }
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
csv_get_dialect(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"name", NULL};
    PyObject *name;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O:get_dialect", kwlist, &name))
        return NULL;
    return registry_lookup(name);
}

static PyObject *
csv_list_dialects(PyObject *module, PyObject *unused)
{
    return PyDict_Keys(csv_dialects);
}

static PyObject *
csv_field_size_limit(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"new_limit", NULL};
    PyObject *new_limit = NULL;
    long old = csv_field_limit;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|O:field_size_limit", kwlist, &new_limit))
        return NULL;
    if (new_limit != NULL) {
        if (!PyLong_CheckExact(new_limit)) {
            PyErr_SetString(PyExc_TypeError, "limit must be an integer");
            return NULL;
        }
        long v = PyLong_AsLong(new_limit);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        csv_field_limit = v;
    }
    return PyLong_FromLong(old);
}

/* ====================== the module ====================== */

static PyMethodDef csv_methods[] = {
    {"reader", (PyCFunction)(void (*)(void))csv_reader, METH_VARARGS | METH_KEYWORDS,
     "    csv_reader = reader(iterable [, dialect='excel']\n"
     "                        [optional keyword args])\n"
     "    for row in csv_reader:\n"
     "        process(row)\n\n"
     "The \"iterable\" argument can be any object that returns a line\n"
     "of input for each iteration, such as a file object or a list.  The\n"
     "optional \"dialect\" parameter is discussed below.  The function\n"
     "also accepts optional keyword arguments which override settings\n"
     "provided by the dialect.\n\n"
     "The returned object is an iterator.  Each iteration returns a row\n"
     "of the CSV file (which can span multiple input lines).\n"},
    {"writer", (PyCFunction)(void (*)(void))csv_writer, METH_VARARGS | METH_KEYWORDS,
     "    csv_writer = csv.writer(fileobj [, dialect='excel']\n"
     "                            [optional keyword args])\n"
     "    for row in sequence:\n"
     "        csv_writer.writerow(row)\n\n"
     "    [or]\n\n"
     "    csv_writer = csv.writer(fileobj [, dialect='excel']\n"
     "                            [optional keyword args])\n"
     "    csv_writer.writerows(rows)\n\n"
     "The \"fileobj\" argument can be any object that supports the file API.\n"},
    {"register_dialect", (PyCFunction)(void (*)(void))csv_register_dialect,
     METH_VARARGS | METH_KEYWORDS,
     "Create a mapping from a string name to a dialect class.\n"
     "    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"},
    {"unregister_dialect", (PyCFunction)(void (*)(void))csv_unregister_dialect,
     METH_VARARGS | METH_KEYWORDS,
     "Delete the name/dialect mapping associated with a string name.\n\n"
     "    csv.unregister_dialect(name)"},
    {"get_dialect", (PyCFunction)(void (*)(void))csv_get_dialect, METH_VARARGS | METH_KEYWORDS,
     "Return the dialect instance associated with name.\n\n"
     "    dialect = csv.get_dialect(name)"},
    {"list_dialects", csv_list_dialects, METH_NOARGS,
     "Return a list of all known dialect names.\n\n"
     "    names = csv.list_dialects()"},
    {"field_size_limit", (PyCFunction)(void (*)(void))csv_field_size_limit,
     METH_VARARGS | METH_KEYWORDS,
     "Sets an upper limit on parsed fields.\n\n"
     "    csv.field_size_limit([limit])\n\n"
     "Returns old limit. If limit is not given, no new limit is set and\n"
     "the old limit is returned"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef csvmodule = {
    PyModuleDef_HEAD_INIT, "_csv",
    "CSV parsing and writing.\n\n"
    "This module provides classes that assist in the reading and writing\n"
    "of Comma Separated Value (CSV) files, and implements the interface\n"
    "described by PEP 305.  Although many CSV files are simple to parse,\n"
    "the format is not formally defined by a stable specification and\n"
    "is subtle enough that parsing lines of a CSV file with something\n"
    "like line.split(\",\") is bound to fail.  The module supports three\n"
    "basic APIs: reading, writing, and registration of dialects.\n",
    -1, csv_methods, NULL, NULL, NULL, NULL};

PyObject *
PyInit__csv(void)
{
    PyObject *m;
    if (PyType_Ready(&Dialect_Type) < 0 || PyType_Ready(&Reader_Type) < 0 ||
        PyType_Ready(&Writer_Type) < 0)
        return NULL;
    /* the registry and Error outlive a re-import, like the limit */
    if (csv_error == NULL && (csv_error = PyErr_NewException("_csv.Error", NULL, NULL)) == NULL)
        return NULL;
    if (csv_dialects == NULL && (csv_dialects = PyDict_New()) == NULL)
        return NULL;
    if (str_write == NULL && (str_write = PyUnicode_InternFromString("write")) == NULL)
        return NULL;
    m = PyModule_Create(&csvmodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddStringConstant(m, "__version__", CSV_VERSION) < 0 ||
        PyModule_AddObjectRef(m, "_dialects", csv_dialects) < 0 ||
        PyModule_AddIntConstant(m, "QUOTE_MINIMAL", QUOTE_MINIMAL) < 0 ||
        PyModule_AddIntConstant(m, "QUOTE_ALL", QUOTE_ALL) < 0 ||
        PyModule_AddIntConstant(m, "QUOTE_NONNUMERIC", QUOTE_NONNUMERIC) < 0 ||
        PyModule_AddIntConstant(m, "QUOTE_NONE", QUOTE_NONE) < 0 ||
        PyModule_AddObjectRef(m, "Dialect", (PyObject *)&Dialect_Type) < 0 ||
        PyModule_AddObjectRef(m, "Reader", (PyObject *)&Reader_Type) < 0 ||
        PyModule_AddObjectRef(m, "Writer", (PyObject *)&Writer_Type) < 0 ||
        PyModule_AddObjectRef(m, "Error", csv_error) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
