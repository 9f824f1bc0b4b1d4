/* Code objects.
 *
 * A code object is immutable once built: the compiler (Python/compiler/)
 * fills a _PyCodeConstructor and _PyCode_New copies the code units into
 * the variable-size tail `co_code_adaptive`, where the VM may later
 * specialize them in place.  Everything `dis` and `inspect` read is in
 * CPython 3.11's format:
 *
 *   - localsplus: one tuple of names and one bytes of kinds (CO_FAST_*)
 *     covering arguments, locals, cells and free variables; co_varnames,
 *     co_cellvars and co_freevars are computed from them on demand;
 *   - co_linetable: the 3.11 location table.  Each entry starts with a
 *     byte 1cccclll (code, length-1 in code units); codes 0-9 are the short
 *     form (same line, column = code*8 + hi3 of the next byte, end =
 *     column + lo4), 10-12 one-line forms (line delta code-10, then start
 *     and end column bytes), 13 no-column (svarint line delta), 14 the
 *     long form (svarint line delta, varint end-line delta, varint
 *     column+1, varint end-column+1) and 15 "no location".  varints are
 *     little-endian groups of six bits with 0x40 meaning "more follows";
 *     svarints are zig-zag (sign in bit 0).
 *   - co_exceptiontable: big-endian six-bit varints; 0x80 marks an entry's
 *     first byte; entries are (start, length, target, depth<<1|lasti) in
 *     code units.
 *
 * Decoding the location table is done by one cursor (`loc_cursor`) shared
 * by co_lines(), co_positions() and the Addr2* functions, so all of them
 * agree by construction. */
#include "Python.h"
#include "structmember.h"
#include "kr_opcode.h"
#include "kr_frame.h"
#include <stddef.h>

/* ---------------------------------------------------------------- locations */

typedef struct {
    const unsigned char *p, *end;
    int line;             /* line before the current entry is applied */
    int start, stop;      /* code-unit range of the current entry */
    int sline, eline, scol, ecol; /* -1 when unknown */
} loc_cursor;

static int
read_varint(loc_cursor *c)
{
    unsigned int val = 0, shift = 0;
    while (c->p < c->end) {
        unsigned int b = *c->p++;
        val |= (b & 63) << shift;
        shift += 6;
        if (!(b & 64))
            break;
    }
    return (int)val;
}

static int
read_svarint(loc_cursor *c)
{
    unsigned int v = (unsigned int)read_varint(c);
    return (v & 1) ? -(int)(v >> 1) : (int)(v >> 1);
}

static void
loc_init(loc_cursor *c, PyCodeObject *co)
{
    c->p = (const unsigned char *)PyBytes_AS_STRING(co->co_linetable);
    c->end = c->p + PyBytes_GET_SIZE(co->co_linetable);
    c->line = co->co_firstlineno;
    c->start = c->stop = 0;
}

/* Advance to the next entry; 0 at the end of the table. */
static int
loc_next(loc_cursor *c)
{
    if (c->p >= c->end)
        return 0;
    unsigned int first = *c->p++;
    int code = (first >> 3) & 15;
    c->start = c->stop;
    c->stop = c->start + (int)(first & 7) + 1;
    c->scol = c->ecol = -1;
    if (code == 15) {
        c->sline = c->eline = -1;
        return 1;
    }
    if (code == 14) {
        c->line += read_svarint(c);
        c->sline = c->line;
        c->eline = c->line + read_varint(c);
        c->scol = read_varint(c) - 1;
        c->ecol = read_varint(c) - 1;
    }
    else if (code == 13) {
        c->line += read_svarint(c);
        c->sline = c->eline = c->line;
    }
    else if (code >= 10) {
        c->line += code - 10;
        c->sline = c->eline = c->line;
        c->scol = c->p < c->end ? *c->p++ : 0;
        c->ecol = c->p < c->end ? *c->p++ : 0;
    }
    else {
        unsigned int second = c->p < c->end ? *c->p++ : 0;
        c->sline = c->eline = c->line;
        c->scol = code * 8 + (int)((second >> 4) & 7);
        c->ecol = c->scol + (int)(second & 15);
    }
    return 1;
}

int
PyCode_Addr2Location(PyCodeObject *co, int addr, int *sl, int *sc, int *el, int *ec)
{
    loc_cursor c;
    loc_init(&c, co);
    int unit = addr / 2;
    *sl = *sc = *el = *ec = -1;
    if (addr < 0) {
        *sl = *el = co->co_firstlineno;
        return 1;
    }
    while (loc_next(&c)) {
        if (unit >= c.start && unit < c.stop) {
            *sl = c.sline; *el = c.eline; *sc = c.scol; *ec = c.ecol;
            return 1;
        }
    }
    return 0;
}

/* The line of each of the first n code units (-1 where none), in one
 * pass over the location table. */
void
_KrCode_UnitLines(PyCodeObject *co, int *lines, int n)
{
    loc_cursor c;
    for (int i = 0; i < n; i++)
        lines[i] = -1;
    loc_init(&c, co);
    while (loc_next(&c))
        for (int i = c.start; i < c.stop && i < n; i++)
            lines[i] = c.sline;
}

int
PyCode_Addr2Line(PyCodeObject *co, int addr)
{
    int sl, sc, el, ec;
    if (addr < 0)
        return co->co_firstlineno;
    PyCode_Addr2Location(co, addr, &sl, &sc, &el, &ec);
    return sl;
}

/* ------------------------------------------------------------- construction */

/* Like CPython, intern the str constants made only of ASCII letters,
 * digits and underscores (those that look like names, which code often
 * compares by identity, e.g. as attribute names), also inside constant
 * tuples and frozensets.  It is visible: `is` between such literals of
 * different code objects, and the marshal bytes of a code object.
 * Returns how many items were replaced, or -1 on error. */
static Py_ssize_t
intern_name_constants(PyObject *tuple)
{
    Py_ssize_t replaced = 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuple); i++) {
        PyObject *v = PyTuple_GET_ITEM(tuple, i);
        if (PyUnicode_CheckExact(v) && PyUnicode_IS_ASCII(v) && !PyUnicode_CHECK_INTERNED(v)) {
            const unsigned char *s = PyUnicode_1BYTE_DATA(v);
            Py_ssize_t n = PyUnicode_GET_LENGTH(v), k = 0;
            while (k < n && (s[k] == '_' || (s[k] >= '0' && s[k] <= '9') ||
                             ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')))
                k++;
            if (k < n)
                continue;
            PyObject *w = Py_NewRef(v);
            PyUnicode_InternInPlace(&w);
            if (w != v) {
                PyTuple_SET_ITEM(tuple, i, w);
                Py_DECREF(v);
                replaced++;
            }
            else
                Py_DECREF(w);
        }
        else if (PyTuple_CheckExact(v)) {
            Py_ssize_t r = intern_name_constants(v);
            if (r < 0)
                return -1;
            replaced += r;
        }
        else if (PyFrozenSet_CheckExact(v)) {
            /* a set is rebuilt from its interned items (its elements
             * cannot be replaced in place); left alone when none changed,
             * so that its iteration order stays */
            PyObject *items = PySequence_Tuple(v);
            Py_ssize_t r = items ? intern_name_constants(items) : -1;
            if (r > 0) {
                PyObject *w = PyFrozenSet_New(items);
                if (w == NULL)
                    r = -1;
                else {
                    PyTuple_SET_ITEM(tuple, i, w);
                    Py_DECREF(v);
                    replaced++;
                }
            }
            Py_XDECREF(items);
            if (r < 0)
                return -1;
        }
    }
    return replaced;
}

/* co_names and the local names are interned, as CPython's are: the VM
 * and dict lookups compare them by identity first, and a code object
 * read back from a .pyc must be as quick as a freshly compiled one. */
static void
intern_names(PyObject *tuple)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuple); i++) {
        PyObject *v = PyTuple_GET_ITEM(tuple, i);
        if (!PyUnicode_CheckExact(v) || PyUnicode_CHECK_INTERNED(v))
            continue;
        PyObject *w = Py_NewRef(v);
        PyUnicode_InternInPlace(&w);
        PyTuple_SET_ITEM(tuple, i, w);
        Py_DECREF(v);
    }
}

PyCodeObject *
_PyCode_New(struct _PyCodeConstructor *con)
{
    if (intern_name_constants(con->consts) < 0)
        return NULL;
    intern_names(con->names);
    intern_names(con->localsplusnames);
    Py_ssize_t nbytes = PyBytes_GET_SIZE(con->code);
    if (nbytes % 2) {
        PyErr_SetString(PyExc_ValueError, "code: co_code is malformed");
        return NULL;
    }
    Py_ssize_t nunits = nbytes / 2;
    Py_ssize_t nlp = PyTuple_GET_SIZE(con->localsplusnames);
    if (PyBytes_GET_SIZE(con->localspluskinds) != nlp) {
        PyErr_SetString(PyExc_ValueError, "code: localsplus names and kinds differ in length");
        return NULL;
    }
    PyCodeObject *co = PyObject_NewVar(PyCodeObject, &PyCode_Type, nunits);
    if (co == NULL)
        return NULL;
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(con->localspluskinds);
    int nlocals = 0, ncells = 0, nplaincells = 0, nfree = 0;
    for (Py_ssize_t i = 0; i < nlp; i++) {
        if (kinds[i] & CO_FAST_LOCAL) {
            nlocals++;
            if (kinds[i] & CO_FAST_CELL)
                ncells++;
        }
        else if (kinds[i] & CO_FAST_CELL) {
            ncells++;
            nplaincells++;
        }
        else if (kinds[i] & CO_FAST_FREE)
            nfree++;
    }
    co->co_consts = Py_NewRef(con->consts);
    co->co_names = Py_NewRef(con->names);
    co->co_exceptiontable = Py_NewRef(con->exceptiontable);
    co->co_flags = con->flags;
    co->co_warmup = 0;
    co->_co_linearray_entry_size = 0;
    co->co_argcount = con->argcount;
    co->co_posonlyargcount = con->posonlyargcount;
    co->co_kwonlyargcount = con->kwonlyargcount;
    co->co_stacksize = con->stacksize;
    co->co_firstlineno = con->firstlineno;
    co->co_nlocalsplus = (int)nlp;
    co->co_nlocals = nlocals;
    co->co_nplaincellvars = nplaincells;
    co->co_ncellvars = ncells;
    co->co_nfreevars = nfree;
    co->co_localsplusnames = Py_NewRef(con->localsplusnames);
    co->co_localspluskinds = Py_NewRef(con->localspluskinds);
    co->co_filename = Py_NewRef(con->filename);
    co->co_name = Py_NewRef(con->name);
    co->co_qualname = Py_NewRef(con->qualname ? con->qualname : con->name);
    co->co_linetable = Py_NewRef(con->linetable);
    co->co_weakreflist = NULL;
    co->_co_code = NULL;
    co->_co_linearray = NULL;
    co->co_extra = NULL;
    memcpy(co->co_code_adaptive, PyBytes_AS_STRING(con->code), (size_t)nbytes);
    co->_co_firsttraceable = 0;
    _Py_CODEUNIT *units = _PyCode_CODE(co);
    for (Py_ssize_t i = 0; i < nunits; i++) {
        if (_Py_OPCODE(units[i]) == RESUME) {
            co->_co_firsttraceable = (int)i;
            break;
        }
    }
    return co;
}

PyCodeObject *
PyCode_NewEmpty(const char *filename, const char *funcname, int firstlineno)
{
    PyCodeObject *co = NULL;
    struct _PyCodeConstructor con = {0};
    /* RESUME 0; LOAD_CONST None; RETURN_VALUE with one-line locations */
    static const unsigned char code[] = { RESUME, 0, LOAD_CONST, 0, RETURN_VALUE, 0 };
    static const char linetable[] = { (char)(0x80 | (13 << 3) | 2), 0 };
    con.filename = PyUnicode_FromString(filename);
    con.name = PyUnicode_FromString(funcname);
    con.code = PyBytes_FromStringAndSize((const char *)code, sizeof code);
    con.linetable = PyBytes_FromStringAndSize(linetable, sizeof linetable);
    con.consts = PyTuple_Pack(1, Py_None);
    con.names = PyTuple_New(0);
    con.localsplusnames = PyTuple_New(0);
    con.localspluskinds = PyBytes_FromStringAndSize("", 0);
    con.exceptiontable = PyBytes_FromStringAndSize("", 0);
    if (con.filename && con.name && con.code && con.linetable && con.consts &&
        con.names && con.localsplusnames && con.localspluskinds && con.exceptiontable) {
        con.qualname = con.name;
        con.firstlineno = firstlineno;
        con.stacksize = 1;
        co = _PyCode_New(&con);
    }
    Py_XDECREF(con.filename); Py_XDECREF(con.name); Py_XDECREF(con.code);
    Py_XDECREF(con.linetable); Py_XDECREF(con.consts); Py_XDECREF(con.names);
    Py_XDECREF(con.localsplusnames); Py_XDECREF(con.localspluskinds);
    Py_XDECREF(con.exceptiontable);
    return co;
}

/* -------------------------------------------------------------- attributes */

/* The names whose kind has `mask` set (and, for locals, whatever else). */
static PyObject *
names_of_kind(PyCodeObject *co, int mask, int exclude)
{
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(co->co_localspluskinds);
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if ((kinds[i] & mask) && !(kinds[i] & exclude)) {
            if (PyList_Append(list, PyTuple_GET_ITEM(co->co_localsplusnames, i)) < 0) {
                Py_DECREF(list);
                return NULL;
            }
        }
    }
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
}

PyObject *PyCode_GetVarnames(PyCodeObject *co) { return names_of_kind(co, CO_FAST_LOCAL, 0); }
PyObject *PyCode_GetCellvars(PyCodeObject *co) { return names_of_kind(co, CO_FAST_CELL, 0); }
PyObject *PyCode_GetFreevars(PyCodeObject *co) { return names_of_kind(co, CO_FAST_FREE, 0); }

/* co_code shows base instructions and zeroed caches, as if never run. */
PyObject *
PyCode_GetCode(PyCodeObject *co)
{
    if (co->_co_code != NULL)
        return Py_NewRef(co->_co_code);
    PyObject *b = PyBytes_FromStringAndSize(NULL, _PyCode_NBYTES(co));
    if (b == NULL)
        return NULL;
    _Py_CODEUNIT *dst = (_Py_CODEUNIT *)PyBytes_AS_STRING(b);
    _Py_CODEUNIT *src = _PyCode_CODE(co);
    Py_ssize_t n = Py_SIZE(co);
    for (Py_ssize_t i = 0; i < n; i++) {
        int op = _PyOpcode_Deopt[_Py_OPCODE(src[i])];
        int caches = _PyOpcode_Caches[op];
        dst[i] = _Py_MAKECODEUNIT(op, _Py_OPARG(src[i]));
        for (int j = 0; j < caches && i + 1 < n; j++)
            dst[++i] = 0;
    }
    co->_co_code = Py_NewRef(b);
    return b;
}

static PyObject *code_get_code(PyCodeObject *co, void *c) { return PyCode_GetCode(co); }
static PyObject *code_get_varnames(PyCodeObject *co, void *c) { return PyCode_GetVarnames(co); }
static PyObject *code_get_cellvars(PyCodeObject *co, void *c) { return PyCode_GetCellvars(co); }
static PyObject *code_get_freevars(PyCodeObject *co, void *c) { return PyCode_GetFreevars(co); }
static PyObject *code_get_nlocals(PyCodeObject *co, void *c) { return PyLong_FromLong(co->co_nlocals); }

static PyObject *
code_get_adaptive(PyCodeObject *co, void *c)
{
    return PyBytes_FromStringAndSize(co->co_code_adaptive, _PyCode_NBYTES(co));
}

/* co_lnotab, the pre-3.10 table that 3.11 still derives from the location
 * table: a (byte delta, line delta) pair wherever the line changes, the
 * byte delta unsigned and at most 255, the line delta a signed byte; larger
 * steps are spread over several pairs. */
static int
lnotab_put(unsigned char **buf, Py_ssize_t *len, Py_ssize_t *cap, int bdelta, int ldelta)
{
    if (*len + 2 > *cap) {
        Py_ssize_t ncap = *cap * 2 + 16;
        unsigned char *nb = PyMem_Realloc(*buf, (size_t)ncap);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *buf = nb;
        *cap = ncap;
    }
    (*buf)[(*len)++] = (unsigned char)bdelta;
    (*buf)[(*len)++] = (unsigned char)(ldelta & 0xff);
    return 0;
}

static PyObject *
code_get_lnotab(PyCodeObject *co, void *c)
{
    unsigned char *buf = NULL;
    Py_ssize_t len = 0, cap = 0;
    int offset = 0, line = co->co_firstlineno;
    loc_cursor cur;
    loc_init(&cur, co);
    while (loc_next(&cur)) {
        if (cur.line == line)
            continue;
        int bdelta = cur.start * 2 - offset, ldelta = cur.line - line;
        for (; bdelta > 255; bdelta -= 255)
            if (lnotab_put(&buf, &len, &cap, 255, 0) < 0)
                goto error;
        for (; ldelta > 127; ldelta -= 127, bdelta = 0)
            if (lnotab_put(&buf, &len, &cap, bdelta, 127) < 0)
                goto error;
        for (; ldelta < -128; ldelta += 128, bdelta = 0)
            if (lnotab_put(&buf, &len, &cap, bdelta, -128) < 0)
                goto error;
        if (lnotab_put(&buf, &len, &cap, bdelta, ldelta) < 0)
            goto error;
        offset = cur.start * 2;
        line = cur.line;
    }
    PyObject *res = PyBytes_FromStringAndSize((const char *)buf, len);
    PyMem_Free(buf);
    return res;
error:
    PyMem_Free(buf);
    return NULL;
}

static PyGetSetDef code_getset[] = {
    {"co_lnotab", (getter)code_get_lnotab, NULL, NULL, NULL},
    {"co_code", (getter)code_get_code, NULL, NULL, NULL},
    {"co_varnames", (getter)code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", (getter)code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", (getter)code_get_freevars, NULL, NULL, NULL},
    {"co_nlocals", (getter)code_get_nlocals, NULL, NULL, NULL},
    {"_co_code_adaptive", (getter)code_get_adaptive, NULL, NULL, NULL},
    {NULL}
};

#define OFF(x) offsetof(PyCodeObject, x)
static PyMemberDef code_members[] = {
    {"co_argcount", T_INT, OFF(co_argcount), READONLY, NULL},
    {"co_posonlyargcount", T_INT, OFF(co_posonlyargcount), READONLY, NULL},
    {"co_kwonlyargcount", T_INT, OFF(co_kwonlyargcount), READONLY, NULL},
    {"co_stacksize", T_INT, OFF(co_stacksize), READONLY, NULL},
    {"co_flags", T_INT, OFF(co_flags), READONLY, NULL},
    {"co_firstlineno", T_INT, OFF(co_firstlineno), READONLY, NULL},
    {"co_consts", T_OBJECT, OFF(co_consts), READONLY, NULL},
    {"co_names", T_OBJECT, OFF(co_names), READONLY, NULL},
    {"co_filename", T_OBJECT, OFF(co_filename), READONLY, NULL},
    {"co_name", T_OBJECT, OFF(co_name), READONLY, NULL},
    {"co_qualname", T_OBJECT, OFF(co_qualname), READONLY, NULL},
    {"co_linetable", T_OBJECT, OFF(co_linetable), READONLY, NULL},
    {"co_exceptiontable", T_OBJECT, OFF(co_exceptiontable), READONLY, NULL},
    {NULL}
};

/* ------------------------------------------------------ co_lines iterator */

static PyObject *
code_lines(PyCodeObject *co, PyObject *unused)
{
    /* one (start, end, line) per location-table entry, as 3.11 yields them */
    loc_cursor c;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    loc_init(&c, co);
    while (loc_next(&c)) {
        PyObject *t = c.sline < 0
            ? Py_BuildValue("(iiO)", c.start * 2, c.stop * 2, Py_None)
            : Py_BuildValue("(iii)", c.start * 2, c.stop * 2, c.sline);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(t);
    }
    PyObject *it = PyObject_GetIter(list);
    Py_DECREF(list);
    return it;
}

static PyObject *
int_or_none(int v)
{
    if (v < 0)
        Py_RETURN_NONE;
    return PyLong_FromLong(v);
}

static PyObject *
code_positions(PyCodeObject *co, PyObject *unused)
{
    loc_cursor c;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    loc_init(&c, co);
    int units = 0;
    while (loc_next(&c)) {
        for (int i = c.start; i < c.stop; i++) {
            PyObject *t = PyTuple_New(4);
            if (t == NULL)
                goto error;
            PyTuple_SET_ITEM(t, 0, int_or_none(c.sline));
            PyTuple_SET_ITEM(t, 1, int_or_none(c.eline));
            PyTuple_SET_ITEM(t, 2, int_or_none(c.scol));
            PyTuple_SET_ITEM(t, 3, int_or_none(c.ecol));
            int r = PyList_Append(list, t);
            Py_DECREF(t);
            if (r < 0)
                goto error;
            units++;
        }
    }
    /* units not covered by the table have no location */
    for (; units < Py_SIZE(co); units++) {
        PyObject *t = Py_BuildValue("(OOOO)", Py_None, Py_None, Py_None, Py_None);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            goto error;
        }
        Py_DECREF(t);
    }
    PyObject *it = PyObject_GetIter(list);
    Py_DECREF(list);
    return it;
error:
    Py_DECREF(list);
    return NULL;
}

/* ----------------------------------------------------------------- replace */

static int
all_strings(PyObject *tuple)
{
    for (Py_ssize_t i = 0; tuple != NULL && i < PyTuple_GET_SIZE(tuple); i++) {
        if (!PyUnicode_CheckExact(PyTuple_GET_ITEM(tuple, i))) {
            PyErr_SetString(PyExc_SystemError, "non-string found in code slot");
            return 0;
        }
    }
    return 1;
}

/* The checks code.replace() makes before building the new code object, in
 * CPython 3.11's order: no negative counts, the positional-only arguments
 * among the positional ones, enough variable names for the arguments,
 * co_nlocals equal to their number, and every name a str.  Without them a
 * replaced code object could index past its frame.  `constructing` is set
 * for code(), whose messages differ for negative numbers. */
static int
replace_check_args(PyCodeObject *co, int constructing, int argcount, int posonly, int kwonly, int nlocals,
                   int stacksize, int flags, int firstlineno, PyObject *names,
                   PyObject *varnames, PyObject *freevars, PyObject *cellvars)
{
    static const char *const labels[] = {"co_argcount", "co_posonlyargcount",
        "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno"};
    const int values[] = {argcount, posonly, kwonly, nlocals, stacksize, flags, firstlineno};
    /* code() itself has already refused negative counts; it lets a negative
     * first line number through and treats the rest as an internal error */
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        if (constructing && values[i] < 0 && i != 6) {
            PyErr_BadInternalCall();
            return -1;
        }
        if (!constructing && values[i] < 0) {
            PyErr_Format(PyExc_ValueError, "%s must be a positive integer", labels[i]);
            return -1;
        }
    }
    if (argcount < posonly) {
        PyErr_BadInternalCall();
        return -1;
    }
    Py_ssize_t nvar = varnames != NULL ? PyTuple_GET_SIZE(varnames) : co->co_nlocals;
    Py_ssize_t nargs = (Py_ssize_t)argcount + kwonly + ((flags & CO_VARARGS) != 0)
                       + ((flags & CO_VARKEYWORDS) != 0);
    if (nvar < nargs) {
        PyErr_SetString(PyExc_ValueError, "code: co_varnames is too small");
        return -1;
    }
    if (nlocals != nvar) {
        PyErr_SetString(PyExc_ValueError, "code: co_nlocals != len(co_varnames)");
        return -1;
    }
    if (!all_strings(names) || !all_strings(varnames) || !all_strings(freevars)
        || !all_strings(cellvars))
        return -1;
    return 0;
}

static PyObject *
code_rebuild(PyCodeObject *co, PyObject *args, PyObject *kwds, int constructing)
{
    static char *kwlist[] = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts",
        "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name",
        "co_qualname", "co_linetable", "co_exceptiontable", NULL};
    int argcount = co->co_argcount, posonly = co->co_posonlyargcount;
    int kwonly = co->co_kwonlyargcount, nlocals = co->co_nlocals;
    int stacksize = co->co_stacksize, flags = co->co_flags, firstlineno = co->co_firstlineno;
    PyObject *code = NULL, *consts = co->co_consts, *names = co->co_names;
    PyObject *varnames = NULL, *freevars = NULL, *cellvars = NULL;
    PyObject *filename = co->co_filename, *name = co->co_name, *qualname = co->co_qualname;
    PyObject *linetable = co->co_linetable, *exctable = co->co_exceptiontable;
    PyObject *result = NULL;
    if (PyTuple_GET_SIZE(args) != 0) {
        PyErr_SetString(PyExc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return NULL;
    int ok = PyArg_ParseTupleAndKeywords(empty, kwds, "|$iiiiiiiSO!O!O!O!O!UUUSS:replace", kwlist,
        &argcount, &posonly, &kwonly, &nlocals, &stacksize, &flags, &firstlineno, &code,
        &PyTuple_Type, &consts, &PyTuple_Type, &names, &PyTuple_Type, &varnames,
        &PyTuple_Type, &freevars, &PyTuple_Type, &cellvars, &filename, &name, &qualname,
        &linetable, &exctable);
    Py_DECREF(empty);
    if (!ok)
        return NULL;
    if (replace_check_args(co, constructing, argcount, posonly, kwonly, nlocals, stacksize, flags,
                           firstlineno, names, varnames, freevars, cellvars) < 0)
        return NULL;
    PyObject *owned_code = NULL, *lpnames = NULL, *lpkinds = NULL;
    if (code == NULL)
        code = owned_code = PyCode_GetCode(co);
    if (code == NULL)
        return NULL;
    if (varnames == NULL && freevars == NULL && cellvars == NULL) {
        lpnames = Py_NewRef(co->co_localsplusnames);
        lpkinds = Py_NewRef(co->co_localspluskinds);
    }
    else {
        /* rebuild localsplus: varnames, then cells that are not arguments, then free */
        PyObject *v = varnames ? Py_NewRef(varnames) : PyCode_GetVarnames(co);
        PyObject *cv = cellvars ? Py_NewRef(cellvars) : PyCode_GetCellvars(co);
        PyObject *fv = freevars ? Py_NewRef(freevars) : PyCode_GetFreevars(co);
        PyObject *nl = NULL;
        PyObject *kb = NULL;
        if (v && cv && fv) {
            Py_ssize_t nv = PyTuple_GET_SIZE(v), nc = PyTuple_GET_SIZE(cv), nf = PyTuple_GET_SIZE(fv);
            nl = PyList_New(0);
            kb = PyBytes_FromStringAndSize(NULL, nv + nc + nf);
            Py_ssize_t k = 0;
            if (nl && kb) {
                unsigned char *kp = (unsigned char *)PyBytes_AS_STRING(kb);
                for (Py_ssize_t i = 0; i < nv; i++) {
                    PyObject *n = PyTuple_GET_ITEM(v, i);
                    int kind = CO_FAST_LOCAL;
                    for (Py_ssize_t j = 0; j < nc; j++)
                        if (PyUnicode_Compare(n, PyTuple_GET_ITEM(cv, j)) == 0)
                            kind |= CO_FAST_CELL;
                    PyList_Append(nl, n);
                    kp[k++] = (unsigned char)kind;
                }
                for (Py_ssize_t j = 0; j < nc; j++) {
                    PyObject *n = PyTuple_GET_ITEM(cv, j);
                    int dup = 0;
                    for (Py_ssize_t i = 0; i < nv; i++)
                        if (PyUnicode_Compare(n, PyTuple_GET_ITEM(v, i)) == 0)
                            dup = 1;
                    if (!dup) {
                        PyList_Append(nl, n);
                        kp[k++] = CO_FAST_CELL;
                    }
                }
                for (Py_ssize_t j = 0; j < nf; j++) {
                    PyList_Append(nl, PyTuple_GET_ITEM(fv, j));
                    kp[k++] = CO_FAST_FREE;
                }
                lpnames = PyList_AsTuple(nl);
                lpkinds = PyBytes_FromStringAndSize(PyBytes_AS_STRING(kb), k);
            }
        }
        Py_XDECREF(v); Py_XDECREF(cv); Py_XDECREF(fv); Py_XDECREF(nl); Py_XDECREF(kb);
    }
    if (lpnames && lpkinds) {
        struct _PyCodeConstructor con = {
            .filename = filename, .name = name, .qualname = qualname, .flags = flags,
            .code = code, .firstlineno = firstlineno, .linetable = linetable,
            .consts = consts, .names = names, .localsplusnames = lpnames,
            .localspluskinds = lpkinds, .argcount = argcount, .posonlyargcount = posonly,
            .kwonlyargcount = kwonly, .stacksize = stacksize, .exceptiontable = exctable,
        };
        result = (PyObject *)_PyCode_New(&con);
    }
    Py_XDECREF(lpnames);
    Py_XDECREF(lpkinds);
    Py_XDECREF(owned_code);
    return result;
}

/* the name of local-variable slot `oparg` (LOAD_FAST's argument) */
static PyObject *
code_varname_from_oparg(PyCodeObject *co, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"oparg", NULL};
    int oparg;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "i:_varname_from_oparg", kwlist, &oparg))
        return NULL;
    PyObject *name = PyTuple_GetItem(co->co_localsplusnames, oparg);
    return Py_XNewRef(name);
}

static PyObject *
code_replace(PyCodeObject *co, PyObject *args, PyObject *kwds)
{
    return code_rebuild(co, args, kwds, 0);
}

static PyObject *
code_sizeof(PyCodeObject *co, PyObject *unused)
{
    return PyLong_FromSsize_t((Py_ssize_t)offsetof(PyCodeObject, co_code_adaptive) +
                              _PyCode_NBYTES(co));
}

static PyMethodDef code_methods[] = {
    {"__sizeof__", (PyCFunction)code_sizeof, METH_NOARGS, NULL},
    {"co_lines", (PyCFunction)code_lines, METH_NOARGS, NULL},
    {"co_positions", (PyCFunction)code_positions, METH_NOARGS, NULL},
    {"replace", (PyCFunction)(void (*)(void))code_replace, METH_VARARGS | METH_KEYWORDS, NULL},
    {"_varname_from_oparg", (PyCFunction)(void (*)(void))code_varname_from_oparg,
     METH_VARARGS | METH_KEYWORDS, NULL},
    {NULL}
};

/* ---------------------------------------------------------------- the type */

static void
code_dealloc(PyCodeObject *co)
{
    if (co->co_weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)co);
    Py_XDECREF(co->co_consts);
    Py_XDECREF(co->co_names);
    Py_XDECREF(co->co_exceptiontable);
    Py_XDECREF(co->co_localsplusnames);
    Py_XDECREF(co->co_localspluskinds);
    Py_XDECREF(co->co_filename);
    Py_XDECREF(co->co_name);
    Py_XDECREF(co->co_qualname);
    Py_XDECREF(co->co_linetable);
    Py_XDECREF(co->_co_code);
    PyMem_Free(co->_co_linearray);
    PyObject_Free(co);
}

static PyObject *
code_repr(PyCodeObject *co)
{
    int line = co->co_firstlineno;
    if (co->co_filename && PyUnicode_Check(co->co_filename))
        return PyUnicode_FromFormat("<code object %U at %p, file \"%U\", line %d>",
                                    co->co_name, co, co->co_filename, line);
    return PyUnicode_FromFormat("<code object %U at %p, file ???, line %d>", co->co_name, co, line);
}

static int
eq_obj(PyObject *a, PyObject *b)
{
    return PyObject_RichCompareBool(a, b, Py_EQ);
}

static PyObject *
code_richcompare(PyObject *self, PyObject *other, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyCode_Check(self) || !PyCode_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    PyCodeObject *a = (PyCodeObject *)self, *b = (PyCodeObject *)other;
    int eq = 1, r;
    if (a == b)
        goto done;
    eq = a->co_argcount == b->co_argcount && a->co_posonlyargcount == b->co_posonlyargcount &&
         a->co_kwonlyargcount == b->co_kwonlyargcount && a->co_flags == b->co_flags &&
         a->co_firstlineno == b->co_firstlineno && Py_SIZE(a) == Py_SIZE(b);
    if (!eq)
        goto done;
    PyObject *ca = PyCode_GetCode(a), *cb = PyCode_GetCode(b);
    if (ca == NULL || cb == NULL) {
        Py_XDECREF(ca); Py_XDECREF(cb);
        return NULL;
    }
    r = eq_obj(ca, cb);
    Py_DECREF(ca); Py_DECREF(cb);
    if (r <= 0) goto check;
    PyObject *pairs[][2] = {
        {a->co_name, b->co_name}, {a->co_consts, b->co_consts}, {a->co_names, b->co_names},
        {a->co_localsplusnames, b->co_localsplusnames}, {a->co_linetable, b->co_linetable},
        {a->co_exceptiontable, b->co_exceptiontable}, {a->co_localspluskinds, b->co_localspluskinds},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        r = eq_obj(pairs[i][0], pairs[i][1]);
        if (r <= 0) goto check;
    }
    goto done;
check:
    if (r < 0)
        return NULL;
    eq = 0;
done:
    if (op == Py_NE)
        eq = !eq;
    return Py_NewRef(eq ? Py_True : Py_False);
}

static Py_hash_t
code_hash(PyCodeObject *co)
{
    Py_uhash_t h = 20221211;
    PyObject *parts[] = { co->co_name, co->co_consts, co->co_names, co->co_localsplusnames,
                          co->co_linetable, co->co_exceptiontable };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        Py_hash_t x = PyObject_Hash(parts[i]);
        if (x == -1)
            return -1;
        h = h * 1000003U ^ (Py_uhash_t)x;
    }
    h = h * 1000003U ^ (Py_uhash_t)co->co_argcount;
    h = h * 1000003U ^ (Py_uhash_t)co->co_flags;
    h = h * 1000003U ^ (Py_uhash_t)co->co_firstlineno;
    /* co_code, not the live units: the VM rewrites those as it runs */
    PyObject *code = PyCode_GetCode(co);
    if (code == NULL)
        return -1;
    Py_hash_t x = PyObject_Hash(code);
    Py_DECREF(code);
    if (x == -1)
        return -1;
    h = h * 1000003U ^ (Py_uhash_t)x;
    if ((Py_hash_t)h == -1)
        h = (Py_uhash_t)-2;
    return (Py_hash_t)h;
}

static PyObject *
code_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* The constructor takes replace()'s fields positionally (co_freevars and
     * co_cellvars optional): after its own argument checks it is replace()
     * applied to an empty code object, every field overridden. */
    static const char *const fields[] = {"co_argcount", "co_posonlyargcount",
        "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_code",
        "co_consts", "co_names", "co_varnames", "co_filename", "co_name", "co_qualname",
        "co_firstlineno", "co_linetable", "co_exceptiontable", "co_freevars", "co_cellvars"};
    int ints[6], firstlineno;
    PyObject *code, *consts, *names, *varnames, *filename, *name, *qualname;
    PyObject *linetable, *exctable, *freevars = NULL, *cellvars = NULL;
    if (!_PyArg_NoKeywords("code", kwds))
        return NULL;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs < 16 || nargs > 18) {
        PyErr_Format(PyExc_TypeError, "code expected at %s %d arguments, got %zd",
                     nargs < 16 ? "least" : "most", nargs < 16 ? 16 : 18, nargs);
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "iiiiiiSO!O!O!UUUiSS|O!O!:code", &ints[0], &ints[1], &ints[2],
                          &ints[3], &ints[4], &ints[5], &code, &PyTuple_Type, &consts,
                          &PyTuple_Type, &names, &PyTuple_Type, &varnames, &filename, &name,
                          &qualname, &firstlineno, &linetable, &exctable, &PyTuple_Type,
                          &freevars, &PyTuple_Type, &cellvars))
        return NULL;
    static const char *const counts[] = {"argcount", "posonlyargcount", "kwonlyargcount",
                                         "nlocals"};
    for (int i = 0; i < 4; i++) {
        if (ints[i] < 0) {
            PyErr_Format(PyExc_ValueError, "code: %s must not be negative", counts[i]);
            return NULL;
        }
    }
    PyObject *result = NULL, *kw = PyDict_New(), *empty = PyTuple_New(0);
    PyCodeObject *blank = PyCode_NewEmpty("", "", 0);
    if (kw == NULL || empty == NULL || blank == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < nargs; i++)
        if (PyDict_SetItemString(kw, fields[i], PyTuple_GET_ITEM(args, i)) < 0)
            goto done;
    for (Py_ssize_t i = nargs; i < 18; i++)
        if (PyDict_SetItemString(kw, fields[i], empty) < 0)
            goto done;
    result = code_rebuild(blank, empty, kw, 1);
done:
    Py_XDECREF(kw);
    Py_XDECREF(empty);
    Py_XDECREF((PyObject *)blank);
    return result;
}



PyTypeObject PyCode_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "code",
    .tp_basicsize = offsetof(PyCodeObject, co_code_adaptive),
    .tp_itemsize = sizeof(_Py_CODEUNIT),
    .tp_dealloc = (destructor)code_dealloc,
    .tp_repr = (reprfunc)code_repr,
    .tp_hash = (hashfunc)code_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_richcompare = code_richcompare,
    .tp_weaklistoffset = offsetof(PyCodeObject, co_weakreflist),
    .tp_methods = code_methods,
    .tp_members = code_members,
    .tp_getset = code_getset,
    .tp_new = code_new,
};
