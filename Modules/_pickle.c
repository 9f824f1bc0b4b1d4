/* The _pickle module: the C half of the pickle module.
 *
 * pickle.py holds a complete pure-Python Pickler and Unpickler, and uses
 * the ones from here when this module imports.  Those run an interpreted
 * method call per object and per opcode; this module does the same work
 * in C with one switch per opcode, which is what makes pickle fast enough
 * for copy, multiprocessing and shelve.
 *
 * The output must be byte for byte what CPython 3.11's accelerator writes
 * (other programs compare and hash pickles), so the pickler follows the
 * accelerator wherever it differs from pickle.py: exact lists are
 * written in MARK ... APPENDS batches even when the last batch holds one
 * item, exact dicts and sets end a batch of exactly 1000 items with an
 * empty batch, nested globals below protocol 4 go through
 * getattr(parent, name), and the error messages of save_global are the
 * accelerator's.
 *
 * Pickler.  The output goes to one growing C buffer.  From protocol 4 the
 * stream is cut into frames: the first write after a frame was closed
 * reserves a 9-byte FRAME header, and at the start of each save() a frame
 * that reached 64 KiB is closed (its header filled in, or the reserved
 * bytes squeezed out when the frame holds fewer than 4 bytes).  A bytes
 * or bytearray payload of 64 KiB or more is written outside any frame;
 * when a file was given, closed frames and such payloads are handed to
 * file.write as soon as they are complete, so a large dump does not sit
 * in memory twice.  The memo is an identity hash table of (object, index)
 * that holds a reference to each key, so an id cannot be reused while
 * the pickle is written.
 *
 * Unpickler.  The input is a (pointer, length, position) window: over the
 * whole argument of loads(), or over the last chunk read from the file.
 * A file with peek() is read ahead through it, and what was decoded is
 * consumed with read() when the window runs out and at STOP; without
 * peek() every opcode is read with exactly the read()/readline() calls
 * needed.  Either way the file is left just after STOP.  A FRAME is read
 * whole and then decoded from memory.  Sizes written in the pickle are
 * not trusted: payloads are read before they are allocated and big reads
 * go in chunks.  The value stack and the MARK stack are two C arrays;
 * the memo is an array indexed by the memo key, with a dict for indices
 * far beyond the entries stored (which only a crafted pickle has).
 *
 * Hooks (persistent_id, persistent_load, reducer_override,
 * dispatch_table, find_class) are looked up on the instance the way
 * CPython does, so Python subclasses that define them as methods or
 * class attributes work.  A persistent_id/persistent_load bound to the
 * instance itself is stored as (function, self) to avoid a reference
 * cycle.  The copyreg and _compat_pickle tables are fetched once, at
 * import. */
#include "Python.h"
#include "structmember.h"
#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <stdlib.h>

#define HIGHEST_PROTOCOL 5
#define DEFAULT_PROTOCOL 4
#define BATCHSIZE 1000
#define FRAME_SIZE_MIN 4
#define FRAME_SIZE_TARGET (64 * 1024)
#define FRAME_HEADER_SIZE 9
#define FAST_NESTING_LIMIT 50

enum opcode {
    MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', DUP = '2',
    FLOAT = 'F', INT = 'I', BININT = 'J', BININT1 = 'K', LONG = 'L',
    BININT2 = 'M', NONE = 'N', PERSID = 'P', BINPERSID = 'Q', REDUCE = 'R',
    STRING = 'S', BINSTRING = 'T', SHORT_BINSTRING = 'U', UNICODE = 'V',
    BINUNICODE = 'X', APPEND = 'a', BUILD = 'b', GLOBAL = 'c', DICT = 'd',
    EMPTY_DICT = '}', APPENDS = 'e', GET = 'g', BINGET = 'h', INST = 'i',
    LONG_BINGET = 'j', LIST = 'l', EMPTY_LIST = ']', OBJ = 'o', PUT = 'p',
    BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't',
    EMPTY_TUPLE = ')', SETITEMS = 'u', BINFLOAT = 'G',
    PROTO = '\x80', NEWOBJ = '\x81', EXT1 = '\x82', EXT2 = '\x83',
    EXT4 = '\x84', TUPLE1 = '\x85', TUPLE2 = '\x86', TUPLE3 = '\x87',
    NEWTRUE = '\x88', NEWFALSE = '\x89', LONG1 = '\x8a', LONG4 = '\x8b',
    BINBYTES = 'B', SHORT_BINBYTES = 'C',
    SHORT_BINUNICODE = '\x8c', BINUNICODE8 = '\x8d', BINBYTES8 = '\x8e',
    EMPTY_SET = '\x8f', ADDITEMS = '\x90', FROZENSET = '\x91',
    NEWOBJ_EX = '\x92', STACK_GLOBAL = '\x93', MEMOIZE = '\x94',
    FRAME = '\x95', BYTEARRAY8 = '\x96', NEXT_BUFFER = '\x97',
    READONLY_BUFFER = '\x98'
};

/* ====================== module state ====================== */

static PyObject *PickleError, *PicklingError, *UnpicklingError;
static PyObject *dispatch_table;        /* copyreg.dispatch_table */
static PyObject *extension_registry;    /* copyreg._extension_registry */
static PyObject *inverted_registry;     /* copyreg._inverted_registry */
static PyObject *extension_cache;       /* copyreg._extension_cache */
static PyObject *name_mapping_2to3, *import_mapping_2to3;
static PyObject *name_mapping_3to2, *import_mapping_3to2;
static PyObject *codecs_encode, *builtins_getattr, *functools_partial;
static PyObject *str_latin1, *str_main, *str_find_class, *str_newobj,
    *str_newobj_ex, *str_name, *str_qualname, *str_module,
    *str_reduce_ex, *str_reduce, *str_dict, *str_setstate,
    *str_getinitargs, *str_new, *str_extend, *str_append, *str_add,
    *str_items, *str_persistent_id, *str_persistent_load,
    *str_reducer_override, *str_dispatch_table, *str_class,
    *str_write, *str_read, *str_readline, *str_peek,
    *str_locals, *str_dot, *empty_tuple;

static PyTypeObject Pickler_Type, Unpickler_Type, PicklerMemoProxy_Type,
    UnpicklerMemoProxy_Type, PickleBuffer_Type;

/* ====================== shared helpers ====================== */

/* A hook that was a method bound to its own pickler is stored as the
 * function plus a flag: calling it passes self again, without a bound
 * method (and with it a reference cycle) being kept alive. */
static PyObject *
call_hook(PyObject *func, PyObject *self, PyObject *arg)
{
    if (self != NULL) {
        PyObject *args[2] = {self, arg};
        return PyObject_Vectorcall(func, args, 2, NULL);
    }
    return PyObject_CallOneArg(func, arg);
}

/* Look up attribute `name` of `self` for a hook: a method bound to self
 * is split into (function, self).  Missing is fine (both NULL). */
static int
init_hook(PyObject *self, PyObject *name, PyObject **func, int *bound)
{
    PyObject *attr;
    Py_CLEAR(*func);
    *bound = 0;
    if (_PyObject_LookupAttr(self, name, &attr) < 0)
        return -1;
    if (attr == NULL)
        return 0;
    if (PyMethod_Check(attr) && PyMethod_GET_SELF(attr) == self) {
        *func = Py_NewRef(PyMethod_GET_FUNCTION(attr));
        *bound = 1;
        Py_DECREF(attr);
    }
    else {
        *func = attr;
    }
    return 0;
}

static PyObject *
hook_getter(PyObject *func, PyObject *self, int bound, const char *name)
{
    if (func == NULL) {
        PyErr_SetString(PyExc_AttributeError, name);
        return NULL;
    }
    if (bound)
        return PyMethod_New(func, self);
    return Py_NewRef(func);
}

static int
hook_setter(PyObject **func, int *bound, PyObject *value, const char *msg)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (!PyCallable_Check(value)) {
        PyErr_SetString(PyExc_TypeError, msg);
        return -1;
    }
    *bound = 0;
    Py_XSETREF(*func, Py_NewRef(value));
    return 0;
}

/* name.split('.'), refusing the '<locals>' component of a local object. */
static PyObject *
dotted_path(PyObject *obj, PyObject *name)
{
    PyObject *parts = PyUnicode_Split(name, str_dot, -1);
    if (parts == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(parts); i++) {
        if (PyUnicode_Compare(PyList_GET_ITEM(parts, i), str_locals) == 0) {
            if (obj == NULL)
                PyErr_Format(PyExc_AttributeError, "Can't pickle local object %R", name);
            else
                PyErr_Format(PyExc_AttributeError,
                             "Can't get local attribute %R on %R", name, obj);
            Py_DECREF(parts);
            return NULL;
        }
    }
    return parts;
}

/* Follow the attributes in `path` from obj.  Returns NULL without an
 * exception set when an attribute is missing. */
static PyObject *
deep_getattr(PyObject *obj, PyObject *path, PyObject **parent)
{
    PyObject *cur = Py_NewRef(obj), *par = NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(path); i++) {
        Py_XSETREF(par, cur);
        if (_PyObject_LookupAttr(par, PyList_GET_ITEM(path, i), &cur) < 0 || cur == NULL) {
            Py_DECREF(par);
            return NULL;
        }
    }
    if (parent != NULL)
        *parent = par;
    else
        Py_XDECREF(par);
    return cur;
}

static void
write_le(char *out, size_t value, int nbytes)
{
    for (int i = 0; i < nbytes; i++) {
        out[i] = (char)(value & 0xff);
        value >>= 8;
    }
}

/* ====================== Pickler memo: identity hash table ====================== */

typedef struct {
    PyObject *key;              /* strong reference, NULL if empty */
    Py_ssize_t value;
} MemoEntry;

typedef struct {
    MemoEntry *table;
    size_t mask;                /* capacity - 1; capacity is a power of 2 */
    Py_ssize_t used;
} MemoTable;

static int
memo_init(MemoTable *m, size_t capacity)
{
    m->table = PyMem_Calloc(capacity, sizeof(MemoEntry));
    if (m->table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    m->mask = capacity - 1;
    m->used = 0;
    return 0;
}

static void
memo_clear(MemoTable *m)
{
    if (m->table == NULL || m->used == 0)
        return;
    for (size_t i = 0; i <= m->mask; i++)
        Py_CLEAR(m->table[i].key);
    m->used = 0;
}

static void
memo_free(MemoTable *m)
{
    memo_clear(m);
    PyMem_Free(m->table);
    m->table = NULL;
}

/* Fibonacci hashing of the address, then linear probing: objects
 * allocated one after another land in different slots, and a probe
 * sequence stays in the same cache lines. */
static MemoEntry *
memo_lookup(MemoTable *m, PyObject *key)
{
    size_t i = ((size_t)(uintptr_t)key * (size_t)0x9E3779B97F4A7C15ULL) >> 16;
    for (;;) {
        i &= m->mask;
        MemoEntry *e = &m->table[i];
        if (e->key == key || e->key == NULL)
            return e;
        i++;
    }
}

static Py_ssize_t *
memo_get_index(MemoTable *m, PyObject *key)
{
    MemoEntry *e = memo_lookup(m, key);
    return e->key == NULL ? NULL : &e->value;
}

static int
memo_set(MemoTable *m, PyObject *key, Py_ssize_t value)
{
    MemoEntry *e = memo_lookup(m, key);
    if (e->key != NULL) {
        e->value = value;
        return 0;
    }
    e->key = Py_NewRef(key);
    e->value = value;
    m->used++;
    if ((size_t)m->used * 2 >= m->mask + 1) {
        MemoEntry *old = m->table;
        size_t oldcap = m->mask + 1;
        /* grow fast while small, then by doubling: clearing the memo
         * walks the whole table, so it must not be much larger than
         * needed */
        size_t cap = oldcap < 4096 ? oldcap * 4 : oldcap * 2;
        if (memo_init(m, cap) < 0) {
            m->table = old;
            m->mask = oldcap - 1;
            return -1;
        }
        for (size_t i = 0; i < oldcap; i++) {
            if (old[i].key != NULL) {
                MemoEntry *n = memo_lookup(m, old[i].key);
                *n = old[i];
                m->used++;
            }
        }
        PyMem_Free(old);
    }
    return 0;
}

/* ====================== Pickler ====================== */

typedef struct {
    PyObject_HEAD
    MemoTable memo;
    PyObject *pers_func;
    int pers_bound;             /* pers_func is a method of self */
    PyObject *dispatch_table;
    PyObject *reducer_override;
    PyObject *write;            /* file.write, NULL for dumps() */
    PyObject *buffer_callback;
    PyObject *fast_memo;
    PyObject *out_obj;          /* bytes used as the output buffer */
    char *out;                  /* its data */
    Py_ssize_t out_len, out_cap;
    Py_ssize_t frame_start;     /* -1 when no frame is open */
    int proto, bin, fast, fast_nesting, fix_imports, framing;
} PicklerObject;

static int
out_reserve(PicklerObject *self, Py_ssize_t n)
{
    if (self->out_len + n <= self->out_cap)
        return 0;
    if (n > PY_SSIZE_T_MAX / 2 - self->out_len) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t cap = (self->out_len + n) * 2;
    if (cap < 4096)
        cap = 4096;
    /* a bytes object, so that dumps() returns it without a copy */
    if (self->out_obj == NULL)
        self->out_obj = PyBytes_FromStringAndSize(NULL, cap);
    else if (_PyBytes_Resize(&self->out_obj, cap) < 0)
        self->out_obj = NULL;
    if (self->out_obj == NULL) {
        self->out = NULL;
        self->out_len = self->out_cap = 0;
        return -1;
    }
    self->out = PyBytes_AS_STRING(self->out_obj);
    self->out_cap = cap;
    return 0;
}

static int
pwrite_slow(PicklerObject *self, const char *s, Py_ssize_t n)
{
    Py_ssize_t need = n;
    if (self->framing && self->frame_start == -1)
        need += FRAME_HEADER_SIZE;
    if (out_reserve(self, need) < 0)
        return -1;
    if (self->framing && self->frame_start == -1) {
        self->frame_start = self->out_len;
        self->out_len += FRAME_HEADER_SIZE;
    }
    if (n <= 8) {
        char *d = self->out + self->out_len;
        for (Py_ssize_t i = 0; i < n; i++)
            d[i] = s[i];
    }
    else {
        memcpy(self->out + self->out_len, s, n);
    }
    self->out_len += n;
    return 0;
}

/* Append n bytes: inline when a frame (if any) is open and they fit. */
static inline int
pwrite(PicklerObject *self, const char *s, Py_ssize_t n)
{
    if ((!self->framing || self->frame_start != -1) && n <= self->out_cap - self->out_len) {
        char *d = self->out + self->out_len;
        if (n <= 8) {
            for (Py_ssize_t i = 0; i < n; i++)
                d[i] = s[i];
        }
        else {
            memcpy(d, s, n);
        }
        self->out_len += n;
        return 0;
    }
    return pwrite_slow(self, s, n);
}

static inline int
pwrite1(PicklerObject *self, char c)
{
    return pwrite(self, &c, 1);
}

static void
commit_frame(PicklerObject *self)
{
    if (!self->framing || self->frame_start == -1)
        return;
    Py_ssize_t len = self->out_len - self->frame_start - FRAME_HEADER_SIZE;
    char *q = self->out + self->frame_start;
    if (len >= FRAME_SIZE_MIN) {
        q[0] = FRAME;
        write_le(q + 1, (size_t)len, 8);
    }
    else {
        memmove(q, q + FRAME_HEADER_SIZE, len);
        self->out_len -= FRAME_HEADER_SIZE;
    }
    self->frame_start = -1;
}

static int
flush_to_file(PicklerObject *self)
{
    PyObject *data = PyBytes_FromStringAndSize(self->out, self->out_len);
    if (data == NULL)
        return -1;
    self->out_len = 0;
    PyObject *r = PyObject_CallOneArg(self->write, data);
    Py_DECREF(data);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* Called before each object: a frame that is big enough is closed (and
 * sent to the file, if there is one). */
static int
opcode_boundary(PicklerObject *self)
{
    if (!self->framing || self->frame_start == -1)
        return 0;
    if (self->out_len - self->frame_start - FRAME_HEADER_SIZE < FRAME_SIZE_TARGET)
        return 0;
    commit_frame(self);
    if (self->write != NULL)
        return flush_to_file(self);
    return 0;
}

/* Opcode header plus a payload; a large payload goes outside frames and,
 * with a file, straight to file.write (as `payload` when given). */
static int
write_with_payload(PicklerObject *self, const char *header, Py_ssize_t hlen,
                   const char *data, Py_ssize_t len, PyObject *payload)
{
    int bypass = len >= FRAME_SIZE_TARGET;
    int framing = self->framing;
    if (bypass) {
        commit_frame(self);
        self->framing = 0;
    }
    if (pwrite(self, header, hlen) < 0)
        goto error;
    if (bypass && self->write != NULL) {
        PyObject *tmp = NULL;
        if (flush_to_file(self) < 0)
            goto error;
        if (payload == NULL && (payload = tmp = PyBytes_FromStringAndSize(data, len)) == NULL)
            goto error;
        PyObject *r = PyObject_CallOneArg(self->write, payload);
        Py_XDECREF(tmp);
        if (r == NULL)
            goto error;
        Py_DECREF(r);
    }
    else if (pwrite(self, data, len) < 0) {
        goto error;
    }
    self->framing = framing;
    return 0;
  error:
    self->framing = framing;
    return -1;
}

static int
memo_put(PicklerObject *self, PyObject *obj)
{
    if (self->fast)
        return 0;
    Py_ssize_t idx = self->memo.used;
    if (memo_set(&self->memo, obj, idx) < 0)
        return -1;
    if (self->proto >= 4)
        return pwrite1(self, MEMOIZE);
    char buf[32];
    Py_ssize_t n;
    if (!self->bin) {
        n = snprintf(buf, sizeof buf, "%c%zd\n", PUT, idx);
    }
    else if (idx < 256) {
        buf[0] = BINPUT;
        buf[1] = (char)idx;
        n = 2;
    }
    else {
        buf[0] = LONG_BINPUT;
        write_le(buf + 1, (size_t)idx, 4);
        n = 5;
    }
    return pwrite(self, buf, n);
}

static int
memo_get(PicklerObject *self, PyObject *obj)
{
    Py_ssize_t *idx = memo_get_index(&self->memo, obj);
    char buf[32];
    Py_ssize_t n;
    if (!self->bin) {
        n = snprintf(buf, sizeof buf, "%c%zd\n", GET, *idx);
    }
    else if (*idx < 256) {
        buf[0] = BINGET;
        buf[1] = (char)*idx;
        n = 2;
    }
    else {
        buf[0] = LONG_BINGET;
        write_le(buf + 1, (size_t)*idx, 4);
        n = 5;
    }
    return pwrite(self, buf, n);
}

static int save(PicklerObject *self, PyObject *obj, int pers_save);
static int save_reduce(PicklerObject *self, PyObject *args, PyObject *obj);

/* Build (func, args) and save it as a reduce value for obj. */
static int
save_reduce_pair(PicklerObject *self, PyObject *func, PyObject *args, PyObject *obj)
{
    if (args == NULL)
        return -1;
    PyObject *rv = PyTuple_Pack(2, func, args);
    Py_DECREF(args);
    if (rv == NULL)
        return -1;
    int r = save_reduce(self, rv, obj);
    Py_DECREF(rv);
    return r;
}

static int
save_long(PicklerObject *self, PyObject *obj)
{
    int overflow;
    long val = PyLong_AsLongAndOverflow(obj, &overflow);
    char buf[32];
    if (val == -1 && PyErr_Occurred())
        return -1;
    if (!overflow && val <= 0x7fffffffL && val >= -0x7fffffffL - 1) {
        if (!self->bin) {
            int n = snprintf(buf, sizeof buf, "%c%ld\n", INT, val);
            return pwrite(self, buf, n);
        }
        if (val >= 0 && val <= 0xff) {
            buf[0] = BININT1;
            buf[1] = (char)val;
            return pwrite(self, buf, 2);
        }
        if (val >= 0 && val <= 0xffff) {
            buf[0] = BININT2;
            write_le(buf + 1, (size_t)val, 2);
            return pwrite(self, buf, 3);
        }
        buf[0] = BININT;
        write_le(buf + 1, (size_t)(uint32_t)(int32_t)val, 4);
        return pwrite(self, buf, 5);
    }
    if (self->proto < 2) {
        PyObject *repr = PyObject_Repr(obj);
        if (repr == NULL)
            return -1;
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(repr, &n);
        int r = s == NULL || pwrite1(self, LONG) < 0 || pwrite(self, s, n) < 0 ||
                pwrite(self, "L\n", 2) < 0 ? -1 : 0;
        Py_DECREF(repr);
        return r;
    }
    /* LONG1/LONG4: little-endian two's complement, shortest form */
    size_t nbits = _PyLong_NumBits(obj);
    if (nbits == (size_t)-1 && PyErr_Occurred())
        return -1;
    size_t nbytes = (nbits >> 3) + 1;
    if (nbytes > 0x7fffffffL) {
        PyErr_SetString(PyExc_OverflowError, "int too large to pickle");
        return -1;
    }
    unsigned char *data = PyMem_Malloc(nbytes + 5);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    unsigned char *p = data + 5;
    if (_PyLong_AsByteArray((PyLongObject *)obj, p, nbytes, 1, 1) < 0) {
        PyMem_Free(data);
        return -1;
    }
    if (Py_SIZE(obj) < 0 && nbytes > 1 && p[nbytes - 1] == 0xff && (p[nbytes - 2] & 0x80))
        nbytes--;
    int r;
    if (nbytes < 256) {
        p[-2] = LONG1;
        p[-1] = (unsigned char)nbytes;
        r = pwrite(self, (char *)p - 2, nbytes + 2);
    }
    else {
        p[-5] = LONG4;
        write_le((char *)p - 4, nbytes, 4);
        r = pwrite(self, (char *)p - 5, nbytes + 5);
    }
    PyMem_Free(data);
    return r;
}

static int
save_float(PicklerObject *self, PyObject *obj)
{
    double x = PyFloat_AS_DOUBLE(obj);
    if (self->bin) {
        char buf[9];
        buf[0] = BINFLOAT;
        if (PyFloat_Pack8(x, buf + 1, 0) < 0)
            return -1;
        return pwrite(self, buf, 9);
    }
    char *s = PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    if (s == NULL)
        return -1;
    int r = pwrite1(self, FLOAT) < 0 || pwrite(self, s, strlen(s)) < 0 ||
            pwrite1(self, '\n') < 0 ? -1 : 0;
    PyMem_Free(s);
    return r;
}

/* Bytes data (of a bytes object or a read-only PickleBuffer) at
 * protocol 3+, then memoize obj. */
static int
save_bytes_data(PicklerObject *self, PyObject *obj, const char *data, Py_ssize_t size)
{
    char header[9];
    Py_ssize_t hlen;
    if (size <= 0xff) {
        header[0] = SHORT_BINBYTES;
        header[1] = (char)size;
        hlen = 2;
    }
    else if ((size_t)size <= 0xffffffffUL) {
        header[0] = BINBYTES;
        write_le(header + 1, (size_t)size, 4);
        hlen = 5;
    }
    else if (self->proto >= 4) {
        header[0] = BINBYTES8;
        write_le(header + 1, (size_t)size, 8);
        hlen = 9;
    }
    else {
        PyErr_SetString(PyExc_OverflowError,
                        "serializing a bytes object larger than 4 GiB "
                        "requires pickle protocol 4 or higher");
        return -1;
    }
    if (write_with_payload(self, header, hlen, data, size, obj) < 0)
        return -1;
    return memo_put(self, obj);
}

static int
save_bytes(PicklerObject *self, PyObject *obj)
{
    if (self->proto >= 3)
        return save_bytes_data(self, obj, PyBytes_AS_STRING(obj), PyBytes_GET_SIZE(obj));
    /* Python 2 has no bytes type: rebuild through codecs.encode */
    if (PyBytes_GET_SIZE(obj) == 0)
        return save_reduce_pair(self, (PyObject *)&PyBytes_Type, PyTuple_New(0), obj);
    PyObject *text = PyUnicode_DecodeLatin1(PyBytes_AS_STRING(obj), PyBytes_GET_SIZE(obj), NULL);
    if (text == NULL)
        return -1;
    PyObject *args = PyTuple_Pack(2, text, str_latin1);
    Py_DECREF(text);
    return save_reduce_pair(self, codecs_encode, args, obj);
}

static int
save_bytearray_data(PicklerObject *self, PyObject *obj, const char *data, Py_ssize_t size)
{
    char header[9];
    header[0] = BYTEARRAY8;
    write_le(header + 1, (size_t)size, 8);
    if (write_with_payload(self, header, 9, data, size, obj) < 0)
        return -1;
    return memo_put(self, obj);
}

static int
save_bytearray(PicklerObject *self, PyObject *obj)
{
    if (self->proto >= 5)
        return save_bytearray_data(self, obj, PyByteArray_AS_STRING(obj),
                                   PyByteArray_GET_SIZE(obj));
    PyObject *args;
    if (PyByteArray_GET_SIZE(obj) == 0)
        args = PyTuple_New(0);
    else
        args = Py_BuildValue("(y#)", PyByteArray_AS_STRING(obj), PyByteArray_GET_SIZE(obj));
    return save_reduce_pair(self, (PyObject *)&PyByteArray_Type, args, obj);
}

static int
save_picklebuffer(PicklerObject *self, PyObject *obj)
{
    if (self->proto < 5) {
        PyErr_SetString(PicklingError, "PickleBuffer can only pickled with protocol >= 5");
        return -1;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_FULL_RO) < 0)
        return -1;
    int r = -1;
    if (!PyBuffer_IsContiguous(&view, 'A')) {
        PyErr_SetString(PicklingError,
                        "PickleBuffer can not be pickled when pointing to a "
                        "non-contiguous buffer");
        goto done;
    }
    int in_band = 1;
    if (self->buffer_callback != NULL) {
        PyObject *ret = PyObject_CallOneArg(self->buffer_callback, obj);
        if (ret == NULL)
            goto done;
        in_band = PyObject_IsTrue(ret);
        Py_DECREF(ret);
        if (in_band < 0)
            goto done;
    }
    if (in_band) {
        if (view.readonly)
            r = save_bytes_data(self, obj, view.buf, view.len);
        else
            r = save_bytearray_data(self, obj, view.buf, view.len);
    }
    else {
        r = pwrite1(self, NEXT_BUFFER);
        if (r == 0 && view.readonly)
            r = pwrite1(self, READONLY_BUFFER);
    }
  done:
    PyBuffer_Release(&view);
    return r;
}

/* Protocol 0 text: raw-unicode-escape plus escapes for the characters
 * that would end or corrupt the line. */
static int
save_unicode_text(PicklerObject *self, PyObject *obj)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(obj);
    int kind = PyUnicode_KIND(obj);
    const void *data = PyUnicode_DATA(obj);
    static const char hex[] = "0123456789abcdef";
    if (pwrite1(self, UNICODE) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        char buf[10];
        int n = 0;
        if (ch >= 0x10000) {
            buf[n++] = '\\';
            buf[n++] = 'U';
            for (int sh = 28; sh >= 0; sh -= 4)
                buf[n++] = hex[(ch >> sh) & 0xf];
        }
        else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a) {
            buf[n++] = '\\';
            buf[n++] = 'u';
            for (int sh = 12; sh >= 0; sh -= 4)
                buf[n++] = hex[(ch >> sh) & 0xf];
        }
        else {
            buf[n++] = (char)ch;
        }
        if (pwrite(self, buf, n) < 0)
            return -1;
    }
    return pwrite1(self, '\n');
}

static int
save_unicode(PicklerObject *self, PyObject *obj)
{
    if (!self->bin) {
        if (save_unicode_text(self, obj) < 0)
            return -1;
        return memo_put(self, obj);
    }
    Py_ssize_t size;
    PyObject *encoded = NULL;
    const char *data = PyUnicode_AsUTF8AndSize(obj, &size);
    if (data == NULL) {
        /* lone surrogates: encode with surrogatepass */
        if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
            return -1;
        PyErr_Clear();
        encoded = PyUnicode_AsEncodedString(obj, "utf-8", "surrogatepass");
        if (encoded == NULL)
            return -1;
        data = PyBytes_AS_STRING(encoded);
        size = PyBytes_GET_SIZE(encoded);
    }
    char header[9];
    Py_ssize_t hlen;
    if (size <= 0xff && self->proto >= 4) {
        header[0] = SHORT_BINUNICODE;
        header[1] = (char)size;
        hlen = 2;
    }
    else if ((size_t)size <= 0xffffffffUL) {
        header[0] = BINUNICODE;
        write_le(header + 1, (size_t)size, 4);
        hlen = 5;
    }
    else if (self->proto >= 4) {
        header[0] = BINUNICODE8;
        write_le(header + 1, (size_t)size, 8);
        hlen = 9;
    }
    else {
        PyErr_SetString(PyExc_OverflowError,
                        "serializing a string larger than 4 GiB "
                        "requires pickle protocol 4 or higher");
        Py_XDECREF(encoded);
        return -1;
    }
    int r = write_with_payload(self, header, hlen, data, size, encoded);
    Py_XDECREF(encoded);
    if (r < 0)
        return -1;
    return memo_put(self, obj);
}

static int
save_tuple(PicklerObject *self, PyObject *obj)
{
    static const char len2op[] = {EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3};
    Py_ssize_t len = PyTuple_GET_SIZE(obj);
    if (len == 0) {
        if (self->proto)
            return pwrite1(self, EMPTY_TUPLE);
        return pwrite(self, "(t", 2);
    }
    int short_form = len <= 3 && self->proto >= 2;
    if (!short_form && pwrite1(self, MARK) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < len; i++) {
        if (save(self, PyTuple_GET_ITEM(obj, i), 0) < 0)
            return -1;
    }
    if (memo_get_index(&self->memo, obj) != NULL) {
        /* recursive: the tuple was memoized while saving its items, so
         * drop what was pushed and fetch it from the memo */
        if (short_form || !self->bin) {
            Py_ssize_t pops = short_form ? len : len + 1;
            for (Py_ssize_t i = 0; i < pops; i++)
                if (pwrite1(self, POP) < 0)
                    return -1;
        }
        else if (pwrite1(self, POP_MARK) < 0) {
            return -1;
        }
        return memo_get(self, obj);
    }
    if (pwrite1(self, short_form ? len2op[len] : TUPLE) < 0)
        return -1;
    return memo_put(self, obj);
}

static int
fast_save_enter(PicklerObject *self, PyObject *obj)
{
    if (++self->fast_nesting < FAST_NESTING_LIMIT)
        return 0;
    if (self->fast_memo == NULL && (self->fast_memo = PyDict_New()) == NULL)
        goto fail;
    PyObject *key = PyLong_FromVoidPtr(obj);
    if (key == NULL)
        goto fail;
    int r = PyDict_Contains(self->fast_memo, key);
    if (r > 0)
        PyErr_Format(PyExc_ValueError,
                     "fast mode: can't pickle cyclic objects including object type %.200s at %p",
                     Py_TYPE(obj)->tp_name, (void *)obj);
    if (r == 0)
        r = PyDict_SetItem(self->fast_memo, key, Py_None) < 0 ? 1 : 0;
    Py_DECREF(key);
    if (r == 0)
        return 0;
  fail:
    self->fast_nesting = -1;
    return -1;
}

static int
fast_save_leave(PicklerObject *self, PyObject *obj)
{
    if (self->fast_nesting-- >= FAST_NESTING_LIMIT) {
        PyObject *key = PyLong_FromVoidPtr(obj);
        if (key == NULL)
            return -1;
        int r = PyDict_DelItem(self->fast_memo, key);
        Py_DECREF(key);
        return r;
    }
    return 0;
}

/* One item of a list iterator, or a (key, value) pair of a dict-items
 * iterator. */
static int
save_batch_item(PicklerObject *self, PyObject *item, int pairs)
{
    if (!pairs)
        return save(self, item, 0);
    if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
        PyErr_SetString(PyExc_TypeError, "dict items iterator must return 2-tuples");
        return -1;
    }
    if (save(self, PyTuple_GET_ITEM(item, 0), 0) < 0)
        return -1;
    return save(self, PyTuple_GET_ITEM(item, 1), 0);
}

/* The items of an iterator (a list's, or a dict's (key, value) pairs
 * when `pairs`): batches of MARK ... APPENDS/SETITEMS, a lone last item
 * as APPEND/SETITEM, and at protocol 0 one APPEND/SETITEM per item. */
static int
batch_iter(PicklerObject *self, PyObject *iter, int pairs)
{
    const char one_op = pairs ? SETITEM : APPEND, many_op = pairs ? SETITEMS : APPENDS;
    PyObject *first = NULL, *obj = NULL;
    Py_ssize_t n;
    if (self->proto == 0) {
        while ((obj = PyIter_Next(iter)) != NULL) {
            int r = save_batch_item(self, obj, pairs);
            Py_DECREF(obj);
            if (r < 0 || pwrite1(self, one_op) < 0)
                return -1;
        }
        return PyErr_Occurred() ? -1 : 0;
    }
    do {
        if ((first = PyIter_Next(iter)) == NULL)
            break;
        if ((obj = PyIter_Next(iter)) == NULL) {
            if (PyErr_Occurred())
                goto error;
            if (save_batch_item(self, first, pairs) < 0 || pwrite1(self, one_op) < 0)
                goto error;
            Py_CLEAR(first);
            break;
        }
        if (pwrite1(self, MARK) < 0 || save_batch_item(self, first, pairs) < 0)
            goto error;
        Py_CLEAR(first);
        n = 1;
        while (obj != NULL) {
            if (save_batch_item(self, obj, pairs) < 0)
                goto error;
            Py_CLEAR(obj);
            if (++n == BATCHSIZE)
                break;
            obj = PyIter_Next(iter);
        }
        if (PyErr_Occurred() || pwrite1(self, many_op) < 0)
            goto error;
    } while (n == BATCHSIZE);
    return PyErr_Occurred() ? -1 : 0;
  error:
    Py_XDECREF(first);
    Py_XDECREF(obj);
    return -1;
}

static int
batch_list_exact(PicklerObject *self, PyObject *list)
{
    if (PyList_GET_SIZE(list) == 1) {
        PyObject *item = Py_NewRef(PyList_GET_ITEM(list, 0));
        int r = save(self, item, 0);
        Py_DECREF(item);
        if (r < 0)
            return -1;
        return pwrite1(self, APPEND);
    }
    Py_ssize_t total = 0;
    do {
        if (pwrite1(self, MARK) < 0)
            return -1;
        for (int n = 0; n < BATCHSIZE && total < PyList_GET_SIZE(list); n++) {
            PyObject *item = Py_NewRef(PyList_GET_ITEM(list, total));
            int r = save(self, item, 0);
            Py_DECREF(item);
            if (r < 0)
                return -1;
            total++;
        }
        if (pwrite1(self, APPENDS) < 0)
            return -1;
    } while (total < PyList_GET_SIZE(list));
    return 0;
}

static int
save_list(PicklerObject *self, PyObject *obj)
{
    int r = -1;
    if (self->fast && fast_save_enter(self, obj) < 0)
        return -1;
    if ((self->bin ? pwrite1(self, EMPTY_LIST) : pwrite(self, "(l", 2)) < 0)
        goto done;
    if (memo_put(self, obj) < 0)
        goto done;
    if (PyList_GET_SIZE(obj) == 0) {
        r = 0;
    }
    else if (self->proto > 0) {
        r = batch_list_exact(self, obj);
    }
    else {
        PyObject *iter = PyObject_GetIter(obj);
        if (iter == NULL)
            goto done;
        r = batch_iter(self, iter, 0);
        Py_DECREF(iter);
    }
  done:
    if (self->fast && fast_save_leave(self, obj) < 0)
        r = -1;
    return r;
}

static int
save_pair(PicklerObject *self, PyObject *key, PyObject *value)
{
    Py_INCREF(key);
    Py_INCREF(value);
    int r = save(self, key, 0) < 0 || save(self, value, 0) < 0 ? -1 : 0;
    Py_DECREF(key);
    Py_DECREF(value);
    return r;
}

static int
batch_dict_exact(PicklerObject *self, PyObject *dict)
{
    Py_ssize_t size = PyDict_GET_SIZE(dict), pos = 0;
    PyObject *key, *value;
    if (size == 1) {
        PyDict_Next(dict, &pos, &key, &value);
        if (save_pair(self, key, value) < 0)
            return -1;
        return pwrite1(self, SETITEM);
    }
    int n;
    do {
        n = 0;
        if (pwrite1(self, MARK) < 0)
            return -1;
        while (PyDict_Next(dict, &pos, &key, &value)) {
            if (save_pair(self, key, value) < 0)
                return -1;
            if (++n == BATCHSIZE)
                break;
        }
        if (pwrite1(self, SETITEMS) < 0)
            return -1;
        if (PyDict_GET_SIZE(dict) != size) {
            PyErr_SetString(PyExc_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
    } while (n == BATCHSIZE);
    return 0;
}

static int
save_dict(PicklerObject *self, PyObject *obj)
{
    int r = -1;
    if (self->fast && fast_save_enter(self, obj) < 0)
        return -1;
    if ((self->bin ? pwrite1(self, EMPTY_DICT) : pwrite(self, "(d", 2)) < 0)
        goto done;
    if (memo_put(self, obj) < 0)
        goto done;
    if (PyDict_GET_SIZE(obj) == 0) {
        r = 0;
    }
    else if (self->proto > 0) {
        r = batch_dict_exact(self, obj);
    }
    else {
        PyObject *items = PyObject_CallMethodNoArgs(obj, str_items);
        if (items == NULL)
            goto done;
        PyObject *iter = PyObject_GetIter(items);
        Py_DECREF(items);
        if (iter == NULL)
            goto done;
        r = batch_iter(self, iter, 1);
        Py_DECREF(iter);
    }
  done:
    if (self->fast && fast_save_leave(self, obj) < 0)
        r = -1;
    return r;
}

/* set/frozenset below protocol 4: reduce to (type, (list(obj),)) */
static int
save_set_as_reduce(PicklerObject *self, PyObject *obj, PyObject *type)
{
    PyObject *items = PySequence_List(obj);
    if (items == NULL)
        return -1;
    PyObject *args = PyTuple_Pack(1, items);
    Py_DECREF(items);
    return save_reduce_pair(self, type, args, obj);
}

static int
save_set(PicklerObject *self, PyObject *obj)
{
    if (self->proto < 4)
        return save_set_as_reduce(self, obj, (PyObject *)&PySet_Type);
    if (pwrite1(self, EMPTY_SET) < 0 || memo_put(self, obj) < 0)
        return -1;
    Py_ssize_t size = PySet_GET_SIZE(obj), pos = 0;
    if (size == 0)
        return 0;
    int n;
    PyObject *item;
    Py_hash_t hash;
    do {
        n = 0;
        if (pwrite1(self, MARK) < 0)
            return -1;
        while (_PySet_NextEntry(obj, &pos, &item, &hash)) {
            Py_INCREF(item);
            int r = save(self, item, 0);
            Py_DECREF(item);
            if (r < 0)
                return -1;
            if (++n == BATCHSIZE)
                break;
        }
        if (pwrite1(self, ADDITEMS) < 0)
            return -1;
        if (PySet_GET_SIZE(obj) != size) {
            PyErr_SetString(PyExc_RuntimeError, "set changed size during iteration");
            return -1;
        }
    } while (n == BATCHSIZE);
    return 0;
}

static int
save_frozenset(PicklerObject *self, PyObject *obj)
{
    if (self->proto < 4)
        return save_set_as_reduce(self, obj, (PyObject *)&PyFrozenSet_Type);
    if (pwrite1(self, MARK) < 0)
        return -1;
    PyObject *iter = PyObject_GetIter(obj), *item;
    if (iter == NULL)
        return -1;
    while ((item = PyIter_Next(iter)) != NULL) {
        int r = save(self, item, 0);
        Py_DECREF(item);
        if (r < 0) {
            Py_DECREF(iter);
            return -1;
        }
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        return -1;
    if (memo_get_index(&self->memo, obj) != NULL) {
        if (pwrite1(self, POP_MARK) < 0)
            return -1;
        return memo_get(self, obj);
    }
    if (pwrite1(self, FROZENSET) < 0)
        return -1;
    return memo_put(self, obj);
}

/* Below protocol 3 a global goes by its Python 2 name when one exists. */
static int
reverse_fix_imports(PyObject **module_name, PyObject **global_name)
{
    PyObject *key = PyTuple_Pack(2, *module_name, *global_name);
    if (key == NULL)
        return -1;
    PyObject *item = PyDict_GetItemWithError(name_mapping_3to2, key);
    Py_DECREF(key);
    if (item != NULL) {
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
            PyErr_Format(PyExc_RuntimeError,
                         "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not %.200s",
                         Py_TYPE(item)->tp_name);
            return -1;
        }
        PyObject *m = PyTuple_GET_ITEM(item, 0), *g = PyTuple_GET_ITEM(item, 1);
        if (!PyUnicode_Check(m) || !PyUnicode_Check(g)) {
            PyErr_Format(PyExc_RuntimeError,
                         "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (%.200s, %.200s)",
                         Py_TYPE(m)->tp_name, Py_TYPE(g)->tp_name);
            return -1;
        }
        Py_SETREF(*module_name, Py_NewRef(m));
        Py_SETREF(*global_name, Py_NewRef(g));
        return 0;
    }
    if (PyErr_Occurred())
        return -1;
    item = PyDict_GetItemWithError(import_mapping_3to2, *module_name);
    if (item == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyUnicode_Check(item)) {
        PyErr_Format(PyExc_RuntimeError,
                     "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not %.200s",
                     Py_TYPE(item)->tp_name);
        return -1;
    }
    Py_SETREF(*module_name, Py_NewRef(item));
    return 0;
}

/* obj.__module__, or the first module in sys.modules (other than
 * __main__) where the dotted path leads to obj, or '__main__'. */
static PyObject *
whichmodule(PyObject *obj, PyObject *path)
{
    PyObject *name;
    if (_PyObject_LookupAttr(obj, str_module, &name) < 0)
        return NULL;
    if (name != NULL && name != Py_None)
        return name;
    Py_XDECREF(name);
    PyObject *modules = PySys_GetObject("modules");
    if (modules == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "unable to get sys.modules");
        return NULL;
    }
    PyObject *items = PyMapping_Items(modules);
    if (items == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *pair = PyList_GET_ITEM(items, i);
        PyObject *mname = PyTuple_GET_ITEM(pair, 0), *module = PyTuple_GET_ITEM(pair, 1);
        if (module == Py_None)
            continue;
        if (PyUnicode_Check(mname) && PyUnicode_Compare(mname, str_main) == 0)
            continue;
        PyObject *cand = deep_getattr(module, path, NULL);
        if (cand == NULL) {
            PyErr_Clear();
            continue;
        }
        Py_DECREF(cand);
        if (cand == obj) {
            Py_INCREF(mname);
            Py_DECREF(items);
            return mname;
        }
    }
    Py_DECREF(items);
    return Py_NewRef(str_main);
}

static int
has_module_attr(PyObject *obj)
{
    PyObject *name;
    if (_PyObject_LookupAttr(obj, str_module, &name) < 0) {
        PyErr_Clear();
        return 0;
    }
    int r = name != NULL && name != Py_None;
    Py_XDECREF(name);
    return r;
}

static int
write_global_line(PicklerObject *self, PyObject *name, const char *what)
{
    PyObject *enc = self->proto == 3 ? PyUnicode_AsUTF8String(name)
                                     : PyUnicode_AsASCIIString(name);
    if (enc == NULL) {
        if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
            PyErr_Clear();
            PyErr_Format(PicklingError,
                         "can't pickle %s identifier '%S' using pickle protocol %i",
                         what, name, self->proto);
        }
        return -1;
    }
    int r = pwrite(self, PyBytes_AS_STRING(enc), PyBytes_GET_SIZE(enc)) < 0 ||
            pwrite1(self, '\n') < 0 ? -1 : 0;
    Py_DECREF(enc);
    return r;
}

static int
save_global(PicklerObject *self, PyObject *obj, PyObject *name)
{
    PyObject *global_name = NULL, *module_name = NULL, *path = NULL,
        *module = NULL, *parent = NULL, *lastname = NULL, *cls;
    int status = -1;

    if (name != NULL) {
        global_name = Py_NewRef(name);
    }
    else {
        if (_PyObject_LookupAttr(obj, str_qualname, &global_name) < 0)
            goto done;
        if (global_name == NULL && (global_name = PyObject_GetAttr(obj, str_name)) == NULL)
            goto done;
    }
    if ((path = dotted_path(NULL, global_name)) == NULL)
        goto done;
    if ((module_name = whichmodule(obj, path)) == NULL)
        goto done;
    /* The memo keys on identity, so which module-name strings are one
     * object decides the output.  CPython interns the __module__ of
     * static types and the names in sys.modules (whichmodule's search
     * returns one); a Python object's __module__ is its module's
     * __name__, the same object here as there. */
    if (PyUnicode_CheckExact(module_name) &&
        ((PyType_Check(obj) && !(((PyTypeObject *)obj)->tp_flags & Py_TPFLAGS_HEAPTYPE)) ||
         !has_module_attr(obj)))
        PyUnicode_InternInPlace(&module_name);
    module = PyImport_Import(module_name);
    if (module == NULL) {
        PyErr_Format(PicklingError, "Can't pickle %R: import of module %R failed",
                     obj, module_name);
        goto done;
    }
    lastname = Py_NewRef(PyList_GET_ITEM(path, PyList_GET_SIZE(path) - 1));
    cls = deep_getattr(module, path, &parent);
    if (cls == NULL) {
        PyErr_Format(PicklingError, "Can't pickle %R: attribute lookup %S on %S failed",
                     obj, global_name, module_name);
        goto done;
    }
    Py_DECREF(cls);
    if (cls != obj) {
        PyErr_Format(PicklingError, "Can't pickle %R: it's not the same object as %S.%S",
                     obj, module_name, global_name);
        goto done;
    }

    if (self->proto >= 2) {
        PyObject *key = PyTuple_Pack(2, module_name, global_name);
        if (key == NULL)
            goto done;
        PyObject *code_obj = PyDict_GetItemWithError(extension_registry, key);
        Py_DECREF(key);
        if (code_obj == NULL && PyErr_Occurred())
            goto done;
        if (code_obj != NULL) {
            if (!PyLong_Check(code_obj)) {
                PyErr_Format(PicklingError, "Can't pickle %R: extension code %R isn't an integer",
                             obj, code_obj);
                goto done;
            }
            long code = PyLong_AsLong(code_obj);
            if (code <= 0 || code > 0x7fffffffL) {
                if (!PyErr_Occurred())
                    PyErr_Format(PicklingError, "Can't pickle %R: extension code %ld is out of range",
                                 obj, code);
                goto done;
            }
            char buf[5];
            Py_ssize_t n;
            if (code <= 0xff) {
                buf[0] = EXT1;
                buf[1] = (char)code;
                n = 2;
            }
            else if (code <= 0xffff) {
                buf[0] = EXT2;
                write_le(buf + 1, (size_t)code, 2);
                n = 3;
            }
            else {
                buf[0] = EXT4;
                write_le(buf + 1, (size_t)code, 4);
                n = 5;
            }
            status = pwrite(self, buf, n);
            goto done;
        }
    }
    if (parent == module)
        Py_SETREF(global_name, Py_NewRef(lastname));
    if (self->proto >= 4) {
        if (save(self, module_name, 0) < 0 || save(self, global_name, 0) < 0 ||
            pwrite1(self, STACK_GLOBAL) < 0)
            goto done;
    }
    else if (parent != module) {
        PyObject *args = PyTuple_Pack(2, parent, lastname);
        if (save_reduce_pair(self, builtins_getattr, args, NULL) < 0)
            goto done;
    }
    else {
        if (pwrite1(self, GLOBAL) < 0)
            goto done;
        if (self->proto < 3 && self->fix_imports &&
            reverse_fix_imports(&module_name, &global_name) < 0)
            goto done;
        if (write_global_line(self, module_name, "module") < 0 ||
            write_global_line(self, global_name, "global") < 0)
            goto done;
    }
    status = memo_put(self, obj);
  done:
    Py_XDECREF(global_name);
    Py_XDECREF(module_name);
    Py_XDECREF(path);
    Py_XDECREF(module);
    Py_XDECREF(parent);
    Py_XDECREF(lastname);
    return status;
}

static int
save_type(PicklerObject *self, PyObject *obj)
{
    PyObject *singleton = NULL;
    if (obj == (PyObject *)Py_TYPE(Py_None))
        singleton = Py_None;
    else if (obj == (PyObject *)Py_TYPE(Py_Ellipsis))
        singleton = Py_Ellipsis;
    else if (obj == (PyObject *)Py_TYPE(Py_NotImplemented))
        singleton = Py_NotImplemented;
    if (singleton == NULL)
        return save_global(self, obj, NULL);
    return save_reduce_pair(self, (PyObject *)&PyType_Type, PyTuple_Pack(1, singleton), obj);
}

/* 1 when a persistent id was written, 0 when obj is pickled normally. */
static int
save_pers(PicklerObject *self, PyObject *obj)
{
    PyObject *pid = call_hook(self->pers_func, self->pers_bound ? (PyObject *)self : NULL, obj);
    if (pid == NULL)
        return -1;
    int status = 0;
    if (pid != Py_None) {
        status = 1;
        if (self->bin) {
            if (save(self, pid, 1) < 0 || pwrite1(self, BINPERSID) < 0)
                status = -1;
        }
        else {
            PyObject *s = PyObject_Str(pid);
            if (s == NULL) {
                status = -1;
            }
            else {
                if (!PyUnicode_IS_ASCII(s)) {
                    PyErr_SetString(PicklingError,
                                    "persistent IDs in protocol 0 must be ASCII strings");
                    status = -1;
                }
                else if (pwrite1(self, PERSID) < 0 ||
                         pwrite(self, PyUnicode_AsUTF8(s), PyUnicode_GET_LENGTH(s)) < 0 ||
                         pwrite1(self, '\n') < 0) {
                    status = -1;
                }
                Py_DECREF(s);
            }
        }
    }
    Py_DECREF(pid);
    return status;
}

static int
name_is(PyObject *callable, PyObject *want)
{
    PyObject *name;
    if (_PyObject_LookupAttr(callable, str_name, &name) < 0)
        return -1;
    int r = name != NULL && PyUnicode_Check(name) && PyUnicode_Compare(name, want) == 0;
    Py_XDECREF(name);
    return r;
}

static int
save_reduce(PicklerObject *self, PyObject *args, PyObject *obj)
{
    PyObject *callable, *argtup, *state = NULL, *listitems = Py_None,
        *dictitems = Py_None, *state_setter = Py_None;
    int use_newobj = 0, use_newobj_ex = 0;
    Py_ssize_t size = PyTuple_GET_SIZE(args);

    if (size < 2 || size > 6) {
        PyErr_SetString(PicklingError,
                        "tuple returned by __reduce__ must contain 2 through 6 elements");
        return -1;
    }
    callable = PyTuple_GET_ITEM(args, 0);
    argtup = PyTuple_GET_ITEM(args, 1);
    if (size > 2)
        state = PyTuple_GET_ITEM(args, 2);
    if (size > 3)
        listitems = PyTuple_GET_ITEM(args, 3);
    if (size > 4)
        dictitems = PyTuple_GET_ITEM(args, 4);
    if (size > 5)
        state_setter = PyTuple_GET_ITEM(args, 5);

    if (!PyCallable_Check(callable)) {
        PyErr_SetString(PicklingError,
                        "first item of the tuple returned by __reduce__ must be callable");
        return -1;
    }
    if (!PyTuple_Check(argtup)) {
        PyErr_SetString(PicklingError,
                        "second item of the tuple returned by __reduce__ must be a tuple");
        return -1;
    }
    if (state == Py_None)
        state = NULL;
    if (listitems == Py_None)
        listitems = NULL;
    else if (!PyIter_Check(listitems)) {
        PyErr_Format(PicklingError,
                     "fourth element of the tuple returned by __reduce__ must be an iterator, not %s",
                     Py_TYPE(listitems)->tp_name);
        return -1;
    }
    if (dictitems == Py_None)
        dictitems = NULL;
    else if (!PyIter_Check(dictitems)) {
        PyErr_Format(PicklingError,
                     "fifth element of the tuple returned by __reduce__ must be an iterator, not %s",
                     Py_TYPE(dictitems)->tp_name);
        return -1;
    }
    if (state_setter == Py_None)
        state_setter = NULL;
    else if (!PyCallable_Check(state_setter)) {
        PyErr_Format(PicklingError,
                     "sixth element of the tuple returned by __reduce__ must be a function, not %s",
                     Py_TYPE(state_setter)->tp_name);
        return -1;
    }

    if (self->proto >= 2) {
        if ((use_newobj_ex = name_is(callable, str_newobj_ex)) < 0)
            return -1;
        if (!use_newobj_ex && (use_newobj = name_is(callable, str_newobj)) < 0)
            return -1;
    }

    if (use_newobj_ex) {
        if (PyTuple_GET_SIZE(argtup) != 3) {
            PyErr_Format(PicklingError,
                         "length of the NEWOBJ_EX argument tuple must be exactly 3, not %zd",
                         PyTuple_GET_SIZE(argtup));
            return -1;
        }
        PyObject *cls = PyTuple_GET_ITEM(argtup, 0);
        PyObject *cargs = PyTuple_GET_ITEM(argtup, 1);
        PyObject *kwargs = PyTuple_GET_ITEM(argtup, 2);
        if (!PyType_Check(cls)) {
            PyErr_Format(PicklingError,
                         "first item from NEWOBJ_EX argument tuple must be a class, not %.200s",
                         Py_TYPE(cls)->tp_name);
            return -1;
        }
        if (!PyTuple_Check(cargs)) {
            PyErr_Format(PicklingError,
                         "second item from NEWOBJ_EX argument tuple must be a tuple, not %.200s",
                         Py_TYPE(cargs)->tp_name);
            return -1;
        }
        if (!PyDict_Check(kwargs)) {
            PyErr_Format(PicklingError,
                         "third item from NEWOBJ_EX argument tuple must be a dict, not %.200s",
                         Py_TYPE(kwargs)->tp_name);
            return -1;
        }
        if (self->proto >= 4) {
            if (save(self, cls, 0) < 0 || save(self, cargs, 0) < 0 ||
                save(self, kwargs, 0) < 0 || pwrite1(self, NEWOBJ_EX) < 0)
                return -1;
        }
        else {
            /* partial(cls.__new__, cls, *args, **kwargs)() */
            Py_ssize_t n = PyTuple_GET_SIZE(cargs);
            PyObject *newargs = PyTuple_New(n + 2);
            if (newargs == NULL)
                return -1;
            PyObject *cls_new = PyObject_GetAttr(cls, str_new);
            if (cls_new == NULL) {
                Py_DECREF(newargs);
                return -1;
            }
            PyTuple_SET_ITEM(newargs, 0, cls_new);
            PyTuple_SET_ITEM(newargs, 1, Py_NewRef(cls));
            for (Py_ssize_t i = 0; i < n; i++)
                PyTuple_SET_ITEM(newargs, i + 2, Py_NewRef(PyTuple_GET_ITEM(cargs, i)));
            PyObject *part = PyObject_Call(functools_partial, newargs, kwargs);
            Py_DECREF(newargs);
            if (part == NULL)
                return -1;
            int r = save(self, part, 0) < 0 || save(self, empty_tuple, 0) < 0 ||
                    pwrite1(self, REDUCE) < 0 ? -1 : 0;
            Py_DECREF(part);
            if (r < 0)
                return -1;
        }
    }
    else if (use_newobj) {
        if (PyTuple_GET_SIZE(argtup) < 1) {
            PyErr_SetString(PicklingError, "__newobj__ arglist is empty");
            return -1;
        }
        PyObject *cls = PyTuple_GET_ITEM(argtup, 0);
        if (!PyType_Check(cls)) {
            PyErr_SetString(PicklingError, "args[0] from __newobj__ args is not a type");
            return -1;
        }
        if (obj != NULL) {
            PyObject *obj_class;
            if (_PyObject_LookupAttr(obj, str_class, &obj_class) < 0)
                return -1;
            if (obj_class == NULL)
                obj_class = Py_NewRef(Py_TYPE(obj));
            Py_DECREF(obj_class);
            if (obj_class != cls) {
                PyErr_SetString(PicklingError, "args[0] from __newobj__ args has the wrong class");
                return -1;
            }
        }
        if (save(self, cls, 0) < 0)
            return -1;
        PyObject *rest = PyTuple_GetSlice(argtup, 1, PyTuple_GET_SIZE(argtup));
        if (rest == NULL)
            return -1;
        int r = save(self, rest, 0);
        Py_DECREF(rest);
        if (r < 0 || pwrite1(self, NEWOBJ) < 0)
            return -1;
    }
    else {
        if (save(self, callable, 0) < 0 || save(self, argtup, 0) < 0 ||
            pwrite1(self, REDUCE) < 0)
            return -1;
    }

    if (obj != NULL) {
        if (memo_get_index(&self->memo, obj) != NULL) {
            /* recursive reduce: the object was built meanwhile */
            if (pwrite1(self, POP) < 0)
                return -1;
            return memo_get(self, obj);
        }
        if (memo_put(self, obj) < 0)
            return -1;
    }
    if (listitems && batch_iter(self, listitems, 0) < 0)
        return -1;
    if (dictitems && batch_iter(self, dictitems, 1) < 0)
        return -1;
    if (state) {
        if (state_setter == NULL) {
            if (save(self, state, 0) < 0 || pwrite1(self, BUILD) < 0)
                return -1;
        }
        else {
            /* state_setter(obj, state), then drop its result */
            if (save(self, state_setter, 0) < 0 || save(self, obj, 0) < 0 ||
                save(self, state, 0) < 0 || pwrite1(self, TUPLE2) < 0 ||
                pwrite1(self, REDUCE) < 0 || pwrite1(self, POP) < 0)
                return -1;
        }
    }
    return 0;
}

static int
save(PicklerObject *self, PyObject *obj, int pers_save)
{
    PyTypeObject *type;
    PyObject *reduce_func = NULL, *reduce_value = NULL;
    int status = 0;

    if (opcode_boundary(self) < 0)
        return -1;
    if (!pers_save && self->pers_func != NULL) {
        if ((status = save_pers(self, obj)) != 0)
            return status < 0 ? -1 : 0;
    }
    type = Py_TYPE(obj);
    /* atoms are never memoized */
    if (obj == Py_None)
        return pwrite1(self, NONE);
    if (obj == Py_False || obj == Py_True) {
        if (self->proto >= 2)
            return pwrite1(self, obj == Py_True ? NEWTRUE : NEWFALSE);
        return pwrite(self, obj == Py_True ? "I01\n" : "I00\n", 4);
    }
    if (type == &PyLong_Type)
        return save_long(self, obj);
    if (type == &PyFloat_Type)
        return save_float(self, obj);
    if (memo_get_index(&self->memo, obj) != NULL)
        return memo_get(self, obj);
    if (type == &PyBytes_Type)
        return save_bytes(self, obj);
    if (type == &PyUnicode_Type)
        return save_unicode(self, obj);

    if (Py_EnterRecursiveCall(" while pickling an object"))
        return -1;
    if (type == &PyDict_Type) {
        status = save_dict(self, obj);
        goto done;
    }
    if (type == &PySet_Type) {
        status = save_set(self, obj);
        goto done;
    }
    if (type == &PyFrozenSet_Type) {
        status = save_frozenset(self, obj);
        goto done;
    }
    if (type == &PyList_Type) {
        status = save_list(self, obj);
        goto done;
    }
    if (type == &PyTuple_Type) {
        status = save_tuple(self, obj);
        goto done;
    }
    if (type == &PyByteArray_Type) {
        status = save_bytearray(self, obj);
        goto done;
    }
    if (type == &PickleBuffer_Type) {
        status = save_picklebuffer(self, obj);
        goto done;
    }
    if (self->reducer_override != NULL) {
        reduce_value = PyObject_CallOneArg(self->reducer_override, obj);
        if (reduce_value == NULL)
            goto error;
        if (reduce_value != Py_NotImplemented)
            goto reduce;
        Py_CLEAR(reduce_value);
    }
    if (type == &PyType_Type) {
        status = save_type(self, obj);
        goto done;
    }
    if (type == &PyFunction_Type) {
        status = save_global(self, obj, NULL);
        goto done;
    }

    /* a reducer from the dispatch table, else the object's own */
    if (self->dispatch_table == NULL) {
        reduce_func = PyDict_GetItemWithError(dispatch_table, (PyObject *)type);
        if (reduce_func == NULL && PyErr_Occurred())
            goto error;
        Py_XINCREF(reduce_func);
    }
    else {
        reduce_func = PyObject_GetItem(self->dispatch_table, (PyObject *)type);
        if (reduce_func == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_KeyError))
                goto error;
            PyErr_Clear();
        }
    }
    if (reduce_func != NULL) {
        reduce_value = PyObject_CallOneArg(reduce_func, obj);
    }
    else if (PyType_IsSubtype(type, &PyType_Type)) {
        status = save_global(self, obj, NULL);
        goto done;
    }
    else {
        if (_PyObject_LookupAttr(obj, str_reduce_ex, &reduce_func) < 0)
            goto error;
        if (reduce_func != NULL) {
            PyObject *proto = PyLong_FromLong(self->proto);
            if (proto != NULL) {
                reduce_value = PyObject_CallOneArg(reduce_func, proto);
                Py_DECREF(proto);
            }
        }
        else {
            if (_PyObject_LookupAttr(obj, str_reduce, &reduce_func) < 0)
                goto error;
            if (reduce_func == NULL) {
                PyErr_Format(PicklingError, "can't pickle '%.200s' object: %R",
                             type->tp_name, obj);
                goto error;
            }
            reduce_value = PyObject_CallNoArgs(reduce_func);
        }
    }
    if (reduce_value == NULL)
        goto error;
  reduce:
    if (PyUnicode_Check(reduce_value)) {
        status = save_global(self, obj, reduce_value);
        goto done;
    }
    if (!PyTuple_Check(reduce_value)) {
        PyErr_SetString(PicklingError, "__reduce__ must return a string or tuple");
        goto error;
    }
    status = save_reduce(self, reduce_value, obj);
    goto done;
  error:
    status = -1;
  done:
    Py_LeaveRecursiveCall();
    Py_XDECREF(reduce_func);
    Py_XDECREF(reduce_value);
    return status;
}

static int
dump(PicklerObject *self, PyObject *obj)
{
    int status = -1;
    PyObject *ro;
    if (_PyObject_LookupAttr((PyObject *)self, str_reducer_override, &ro) < 0)
        return -1;
    Py_XSETREF(self->reducer_override, ro);
    self->frame_start = -1;
    if (self->proto >= 2) {
        char header[2] = {PROTO, (char)self->proto};
        if (pwrite(self, header, 2) < 0)
            goto done;
    }
    if (self->proto >= 4)
        self->framing = 1;
    if (save(self, obj, 0) < 0 || pwrite1(self, STOP) < 0)
        goto done;
    commit_frame(self);
    status = 0;
  done:
    self->framing = 0;
    /* the bound method would keep the pickler (and its memo) alive */
    Py_CLEAR(self->reducer_override);
    return status;
}

static int
set_protocol(PicklerObject *self, PyObject *protocol, int fix_imports)
{
    long proto;
    if (protocol == NULL || protocol == Py_None) {
        proto = DEFAULT_PROTOCOL;
    }
    else {
        proto = PyLong_AsLong(protocol);
        if (proto < 0) {
            if (proto == -1 && PyErr_Occurred())
                return -1;
            proto = HIGHEST_PROTOCOL;
        }
        else if (proto > HIGHEST_PROTOCOL) {
            PyErr_Format(PyExc_ValueError, "pickle protocol must be <= %d", HIGHEST_PROTOCOL);
            return -1;
        }
    }
    self->proto = (int)proto;
    self->bin = proto > 0;
    self->fix_imports = fix_imports && proto < 3;
    return 0;
}

static int
set_buffer_callback(PicklerObject *self, PyObject *cb)
{
    if (cb == Py_None)
        cb = NULL;
    if (cb != NULL && self->proto < 5) {
        PyErr_SetString(PyExc_ValueError, "buffer_callback needs protocol >= 5");
        return -1;
    }
    Py_XINCREF(cb);
    Py_XSETREF(self->buffer_callback, cb);
    return 0;
}

static PicklerObject *
pickler_alloc(PyTypeObject *type)
{
    PicklerObject *self = (PicklerObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->frame_start = -1;
    if (memo_init(&self->memo, 8) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return self;
}

static PyObject *
Pickler_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return (PyObject *)pickler_alloc(type);
}

static int
Pickler_clear(PicklerObject *self)
{
    Py_CLEAR(self->pers_func);
    Py_CLEAR(self->dispatch_table);
    Py_CLEAR(self->reducer_override);
    Py_CLEAR(self->write);
    Py_CLEAR(self->buffer_callback);
    Py_CLEAR(self->fast_memo);
    memo_clear(&self->memo);
    return 0;
}

static int
Pickler_traverse(PicklerObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->pers_func);
    Py_VISIT(self->dispatch_table);
    Py_VISIT(self->reducer_override);
    Py_VISIT(self->write);
    Py_VISIT(self->buffer_callback);
    Py_VISIT(self->fast_memo);
    if (self->memo.table != NULL)
        for (size_t i = 0; i <= self->memo.mask; i++)
            Py_VISIT(self->memo.table[i].key);
    return 0;
}

static void
Pickler_dealloc(PicklerObject *self)
{
    PyObject_GC_UnTrack(self);
    Pickler_clear(self);
    memo_free(&self->memo);
    Py_XDECREF(self->out_obj);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
Pickler_init(PicklerObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "protocol", "fix_imports", "buffer_callback", NULL};
    PyObject *file, *protocol = Py_None, *buffer_callback = Py_None;
    int fix_imports = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OpO:Pickler", kwlist,
                                     &file, &protocol, &fix_imports, &buffer_callback))
        return -1;
    if (self->write != NULL)
        Pickler_clear(self);
    if (self->memo.table == NULL && memo_init(&self->memo, 8) < 0)
        return -1;
    if (set_protocol(self, protocol, fix_imports) < 0)
        return -1;
    PyObject *write;
    if (_PyObject_LookupAttr(file, str_write, &write) < 0)
        return -1;
    if (write == NULL) {
        PyErr_SetString(PyExc_TypeError, "file must have a 'write' attribute");
        return -1;
    }
    Py_XSETREF(self->write, write);
    if (set_buffer_callback(self, buffer_callback) < 0)
        return -1;
    self->out_len = 0;
    self->fast = 0;
    self->fast_nesting = 0;
    Py_CLEAR(self->fast_memo);
    if (init_hook((PyObject *)self, str_persistent_id, &self->pers_func, &self->pers_bound) < 0)
        return -1;
    PyObject *table;
    if (_PyObject_LookupAttr((PyObject *)self, str_dispatch_table, &table) < 0)
        return -1;
    Py_XSETREF(self->dispatch_table, table);
    return 0;
}

static PyObject *
Pickler_dump(PicklerObject *self, PyObject *obj)
{
    if (self->write == NULL) {
        PyErr_Format(PicklingError, "Pickler.__init__() was not called by %s.__init__()",
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    self->out_len = 0;
    int r = dump(self, obj) < 0 || flush_to_file(self) < 0 ? -1 : 0;
    self->out_len = 0;
    if (self->out_cap > FRAME_SIZE_TARGET) {
        /* a long-lived pickler does not keep a big dump's buffer */
        Py_CLEAR(self->out_obj);
        self->out = NULL;
        self->out_cap = 0;
    }
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
Pickler_clear_memo(PicklerObject *self, PyObject *unused)
{
    memo_clear(&self->memo);
    Py_RETURN_NONE;
}

static PyObject *
Pickler_sizeof(PicklerObject *self, PyObject *unused)
{
    Py_ssize_t size = Py_TYPE(self)->tp_basicsize;
    if (self->memo.table != NULL)
        size += (Py_ssize_t)((self->memo.mask + 1) * sizeof(MemoEntry));
    size += self->out_cap;
    return PyLong_FromSsize_t(size);
}

typedef struct {
    PyObject_HEAD
    PyObject *owner;            /* the Pickler or Unpickler */
} MemoProxyObject;

static PyObject *
memo_proxy_new(PyTypeObject *type, PyObject *owner)
{
    MemoProxyObject *p = PyObject_GC_New(MemoProxyObject, type);
    if (p == NULL)
        return NULL;
    p->owner = Py_NewRef(owner);
    PyObject_GC_Track(p);
    return (PyObject *)p;
}

static PyObject *
Pickler_get_memo(PicklerObject *self, void *closure)
{
    return memo_proxy_new(&PicklerMemoProxy_Type, (PyObject *)self);
}

static int
Pickler_set_memo(PicklerObject *self, PyObject *obj, void *closure)
{
    MemoTable fresh;
    if (obj == NULL) {
        PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (Py_IS_TYPE(obj, &PicklerMemoProxy_Type)) {
        PicklerObject *other = (PicklerObject *)((MemoProxyObject *)obj)->owner;
        if (memo_init(&fresh, other->memo.mask + 1) < 0)
            return -1;
        for (size_t i = 0; i <= other->memo.mask; i++)
            if (other->memo.table[i].key != NULL &&
                memo_set(&fresh, other->memo.table[i].key, other->memo.table[i].value) < 0)
                goto error;
    }
    else if (PyDict_Check(obj)) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        if (memo_init(&fresh, 8) < 0)
            return -1;
        while (PyDict_Next(obj, &pos, &key, &value)) {
            if (!PyTuple_Check(value) || PyTuple_GET_SIZE(value) != 2) {
                PyErr_SetString(PyExc_TypeError, "'memo' values must be 2-item tuples");
                goto error;
            }
            Py_ssize_t idx = PyLong_AsSsize_t(PyTuple_GET_ITEM(value, 0));
            if (idx == -1 && PyErr_Occurred())
                goto error;
            if (memo_set(&fresh, PyTuple_GET_ITEM(value, 1), idx) < 0)
                goto error;
        }
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "'memo' attribute must be a PicklerMemoProxy object or dict, not %.200s",
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    memo_free(&self->memo);
    self->memo = fresh;
    return 0;
  error:
    memo_free(&fresh);
    return -1;
}

static PyObject *
Pickler_get_persid(PicklerObject *self, void *closure)
{
    return hook_getter(self->pers_func, (PyObject *)self, self->pers_bound, "persistent_id");
}

static int
Pickler_set_persid(PicklerObject *self, PyObject *value, void *closure)
{
    return hook_setter(&self->pers_func, &self->pers_bound, value,
                       "persistent_id must be a callable taking one argument");
}

static PyMethodDef Pickler_methods[] = {
    {"dump", (PyCFunction)Pickler_dump, METH_O,
     "dump($self, obj, /)\n--\n\nWrite a pickled representation of the given object to the open file."},
    {"clear_memo", (PyCFunction)Pickler_clear_memo, METH_NOARGS,
     "clear_memo($self, /)\n--\n\nClears the pickler's \"memo\"."},
    {"__sizeof__", (PyCFunction)Pickler_sizeof, METH_NOARGS, NULL},
    {NULL}
};

static PyMemberDef Pickler_members[] = {
    {"bin", T_INT, offsetof(PicklerObject, bin), 0, NULL},
    {"fast", T_INT, offsetof(PicklerObject, fast), 0, NULL},
    {"dispatch_table", T_OBJECT_EX, offsetof(PicklerObject, dispatch_table), 0, NULL},
    {NULL}
};

static PyGetSetDef Pickler_getset[] = {
    {"memo", (getter)Pickler_get_memo, (setter)Pickler_set_memo, NULL, NULL},
    {"persistent_id", (getter)Pickler_get_persid, (setter)Pickler_set_persid, NULL, NULL},
    {NULL}
};

static PyTypeObject Pickler_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_pickle.Pickler",
    .tp_basicsize = sizeof(PicklerObject),
    .tp_dealloc = (destructor)Pickler_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n"
              "--\n\nThis takes a binary file for writing a pickle data stream.",
    .tp_traverse = (traverseproc)Pickler_traverse,
    .tp_clear = (inquiry)Pickler_clear,
    .tp_methods = Pickler_methods,
    .tp_members = Pickler_members,
    .tp_getset = Pickler_getset,
    .tp_init = (initproc)Pickler_init,
    .tp_new = Pickler_new,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};

/* ====================== Unpickler ====================== */

typedef struct {
    PyObject_HEAD
    PyObject **stack;
    Py_ssize_t stack_len, stack_cap;
    Py_ssize_t fence;           /* items below it belong to an outer MARK */
    Py_ssize_t *marks;
    Py_ssize_t num_marks, marks_cap;
    PyObject **memo;
    Py_ssize_t memo_size, memo_len;
    PyObject *memo_sparse;      /* {index: value} for far-out indices */
    PyObject *pers_func;
    int pers_bound;             /* pers_func is a method of self */
    PyObject *read, *readline;  /* NULL for loads() */
    PyObject *peek;             /* file.peek, if it has one that works */
    int peeked;                 /* the window was peeked: its first pos
                                 * bytes are still to be read from the file */
    PyObject *buffers;          /* iterator of out-of-band buffers */
    PyObject *chunk;            /* bytes the window points into, if read from a file */
    Py_buffer input;            /* the whole loads() argument */
    int has_input;
    const char *buf;            /* the window */
    Py_ssize_t buf_len, pos;
    char *line;                 /* NUL-terminated copy of the last line read */
    Py_ssize_t line_cap;
    char *encoding, *errors;
    int proto, fix_imports;
} UnpicklerObject;

static int
bad_readline(void)
{
    PyErr_SetString(UnpicklingError, "pickle data was truncated");
    return -1;
}

static int
stack_underflow(UnpicklerObject *self)
{
    PyErr_SetString(UnpicklingError,
                    self->num_marks ? "unexpected MARK found" : "unpickling stack underflow");
    return -1;
}

/* Replace the window by `data` (a bytes-like object read from the file). */
static int
set_chunk(UnpicklerObject *self, PyObject *data)
{
    if (!PyBytes_Check(data)) {
        PyObject *b = PyBytes_FromObject(data);
        Py_DECREF(data);
        if (b == NULL)
            return -1;
        data = b;
    }
    Py_XSETREF(self->chunk, data);
    self->buf = PyBytes_AS_STRING(data);
    self->buf_len = PyBytes_GET_SIZE(data);
    self->pos = 0;
    return 0;
}

/* uread() when the window does not hold n more bytes. */
#define PREFETCH (64 * 1024)

/* Read from the file what a peeked window handed out, so that the file
 * position is just after the last byte decoded; the window is emptied. */
static int
skip_consumed(UnpicklerObject *self)
{
    if (!self->peeked)
        return 0;
    self->peeked = 0;
    Py_ssize_t n = self->pos;
    Py_CLEAR(self->chunk);
    self->buf = NULL;
    self->buf_len = self->pos = 0;
    if (n == 0)
        return 0;
    PyObject *len = PyLong_FromSsize_t(n);
    if (len == NULL)
        return -1;
    PyObject *r = PyObject_CallOneArg(self->read, len);
    Py_DECREF(len);
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

/* Make the window what file.peek() gives: 1 if it holds at least `need`
 * bytes (or a newline when need is 0), 0 when the caller must read. */
static int
peek_window(UnpicklerObject *self, Py_ssize_t need)
{
    if (self->peek == NULL || need >= PREFETCH)
        return 0;
    PyObject *len = PyLong_FromSsize_t(PREFETCH);
    if (len == NULL)
        return -1;
    PyObject *data = PyObject_CallOneArg(self->peek, len);
    Py_DECREF(len);
    if (data == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_NotImplementedError))
            return -1;
        PyErr_Clear();
        Py_CLEAR(self->peek);
        return 0;
    }
    if (!PyBytes_Check(data) ||
        (need > 0 ? PyBytes_GET_SIZE(data) < need
                  : memchr(PyBytes_AS_STRING(data), '\n', PyBytes_GET_SIZE(data)) == NULL)) {
        Py_DECREF(data);
        return 0;
    }
    if (set_chunk(self, data) < 0)
        return -1;
    self->peeked = 1;
    return 1;
}

/* The next n bytes of the file, as a list of bytes objects: a size of
 * more than 1 MiB is read in chunks of growing size, so that a corrupt
 * size costs no more memory than the file really holds. */
static PyObject *
read_chunks(UnpicklerObject *self, Py_ssize_t n)
{
    PyObject *chunks = PyList_New(0);
    Py_ssize_t step = 1 << 20;
    while (chunks != NULL && n > 0) {
        Py_ssize_t want = n < step ? n : step;
        PyObject *len = PyLong_FromSsize_t(want);
        PyObject *data = len == NULL ? NULL : PyObject_CallOneArg(self->read, len);
        Py_XDECREF(len);
        if (data == NULL) {
            Py_CLEAR(chunks);
            break;
        }
        if (!PyBytes_Check(data)) {
            PyObject *b = PyBytes_FromObject(data);
            Py_SETREF(data, b);
        }
        if (data == NULL || PyList_Append(chunks, data) < 0) {
            Py_XDECREF(data);
            Py_CLEAR(chunks);
            break;
        }
        Py_ssize_t got = PyBytes_GET_SIZE(data);
        if (got > want) {
            /* a file that returns more than asked: keep what was asked */
            PyObject *cut = PyBytes_FromStringAndSize(PyBytes_AS_STRING(data), want);
            if (cut == NULL || PyList_SetItem(chunks, PyList_GET_SIZE(chunks) - 1, cut) < 0) {
                Py_DECREF(data);
                Py_CLEAR(chunks);
                break;
            }
            got = want;
        }
        Py_DECREF(data);
        if (got < want) {
            bad_readline();
            Py_CLEAR(chunks);
            break;
        }
        n -= got;
        if (step < PY_SSIZE_T_MAX / 2)
            step *= 2;
    }
    return chunks;
}

static int
uread_file(UnpicklerObject *self, const char **s, Py_ssize_t n)
{
    if (self->read == NULL)
        return bad_readline();
    if (skip_consumed(self) < 0)
        return -1;
    int r = peek_window(self, n);
    if (r < 0)
        return -1;
    if (r > 0) {
        *s = self->buf;
        self->pos = n;
        return 0;
    }
    if (n > (1 << 20)) {
        PyObject *chunks = read_chunks(self, n);
        if (chunks == NULL)
            return -1;
        PyObject *empty = PyBytes_FromStringAndSize(NULL, 0);
        PyObject *data = empty == NULL ? NULL : _PyBytes_Join(empty, chunks);
        Py_XDECREF(empty);
        Py_DECREF(chunks);
        if (data == NULL || set_chunk(self, data) < 0)
            return -1;
        *s = self->buf;
        self->pos = n;
        return 0;
    }
    PyObject *len = PyLong_FromSsize_t(n);
    if (len == NULL)
        return -1;
    PyObject *data = PyObject_CallOneArg(self->read, len);
    Py_DECREF(len);
    if (data == NULL || set_chunk(self, data) < 0)
        return -1;
    if (self->buf_len < n)
        return bad_readline();
    *s = self->buf;
    self->pos = n;
    return 0;
}

/* Point *s at the next n bytes of input. */
static inline int
uread(UnpicklerObject *self, const char **s, Py_ssize_t n)
{
    if (n <= self->buf_len - self->pos) {
        *s = self->buf + self->pos;
        self->pos += n;
        return 0;
    }
    return uread_file(self, s, n);
}

/* Read a line (with its '\n'); *s points at a NUL-terminated copy. */
static Py_ssize_t
ureadline(UnpicklerObject *self, char **s)
{
    const char *start = self->buf + self->pos;
    const char *nl = self->pos < self->buf_len
        ? memchr(start, '\n', self->buf_len - self->pos) : NULL;
    Py_ssize_t n;
    if (nl != NULL) {
        n = nl - start + 1;
        self->pos += n;
    }
    else {
        if (self->read == NULL)
            return bad_readline();
        if (skip_consumed(self) < 0)
            return -1;
        int r = peek_window(self, 0);
        if (r < 0)
            return -1;
        if (r > 0) {
            start = self->buf;
            nl = memchr(start, '\n', self->buf_len);
            n = nl - start + 1;
            self->pos = n;
        }
        else {
            PyObject *data = PyObject_CallNoArgs(self->readline);
            if (data == NULL || set_chunk(self, data) < 0)
                return -1;
            n = self->buf_len;
            start = self->buf;
            self->pos = n;
            if (n == 0 || start[n - 1] != '\n')
                return bad_readline();
        }
    }
    if (n + 1 > self->line_cap) {
        char *p = PyMem_Realloc(self->line, n + 1);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->line = p;
        self->line_cap = n + 1;
    }
    memcpy(self->line, start, n);
    self->line[n] = '\0';
    *s = self->line;
    return n;
}

/* A bytes or bytearray payload of n bytes.  What the window lacks is
 * read from the file before the object is allocated, so a corrupt size
 * costs no memory. */
static PyObject *
read_payload(UnpicklerObject *self, Py_ssize_t n, int as_bytearray)
{
    Py_ssize_t have = self->buf_len - self->pos;
    PyObject *head_owner = NULL, *chunks = NULL, *obj = NULL;
    if (have > n)
        have = n;
    /* the head stays valid while the window is replaced */
    const char *head = self->buf + self->pos;
    self->pos += have;
    if (have < n) {
        if (self->read == NULL) {
            bad_readline();
            return NULL;
        }
        head_owner = Py_XNewRef(self->chunk);
        if (skip_consumed(self) < 0 || (chunks = read_chunks(self, n - have)) == NULL)
            goto done;
    }
    obj = as_bytearray ? PyByteArray_FromStringAndSize(NULL, n)
                       : PyBytes_FromStringAndSize(NULL, n);
    if (obj != NULL) {
        char *dst = as_bytearray ? PyByteArray_AS_STRING(obj) : PyBytes_AS_STRING(obj);
        memcpy(dst, head, have);
        dst += have;
        for (Py_ssize_t i = 0; chunks != NULL && i < PyList_GET_SIZE(chunks); i++) {
            PyObject *c = PyList_GET_ITEM(chunks, i);
            memcpy(dst, PyBytes_AS_STRING(c), PyBytes_GET_SIZE(c));
            dst += PyBytes_GET_SIZE(c);
        }
    }
  done:
    Py_XDECREF(chunks);
    Py_XDECREF(head_owner);
    return obj;
}

/* Size fields: nbytes little-endian unsigned; -1 if it exceeds Py_ssize_t. */
static Py_ssize_t
calc_binsize(const char *s, int nbytes)
{
    size_t x = 0;
    for (int i = nbytes - 1; i >= 0; i--) {
        if (i >= (int)sizeof(size_t))
            continue;
        x = (x << 8) | (unsigned char)s[i];
    }
    for (int i = (int)sizeof(size_t); i < nbytes; i++)
        if (s[i])
            return -1;
    if (x > (size_t)PY_SSIZE_T_MAX)
        return -1;
    return (Py_ssize_t)x;
}

static long
calc_binint(const char *s, int nbytes)
{
    long x = 0;
    for (int i = nbytes - 1; i >= 0; i--)
        x = (x << 8) | (unsigned char)s[i];
    if (nbytes == 4)
        x = (long)(int32_t)(uint32_t)x;
    return x;
}

static int
push_grow(UnpicklerObject *self, PyObject *obj)
{
    Py_ssize_t cap = self->stack_cap ? self->stack_cap * 2 : 16;
    PyObject **p = PyMem_Realloc(self->stack, cap * sizeof(PyObject *));
    if (p == NULL) {
        Py_DECREF(obj);
        PyErr_NoMemory();
        return -1;
    }
    self->stack = p;
    self->stack_cap = cap;
    self->stack[self->stack_len++] = obj;
    return 0;
}

/* Push a new reference (NULL: an error is set, pass it on). */
static inline int
push(UnpicklerObject *self, PyObject *obj)
{
    if (obj == NULL)
        return -1;
    if (self->stack_len == self->stack_cap)
        return push_grow(self, obj);
    self->stack[self->stack_len++] = obj;
    return 0;
}

static PyObject *
pop(UnpicklerObject *self)
{
    if (self->stack_len <= self->fence) {
        stack_underflow(self);
        return NULL;
    }
    return self->stack[--self->stack_len];
}

static void
stack_truncate(UnpicklerObject *self, Py_ssize_t n)
{
    while (self->stack_len > n) {
        PyObject *o = self->stack[--self->stack_len];
        Py_DECREF(o);
    }
}

/* The items from `start` to the top as a tuple (or list), removed. */
static PyObject *
pop_seq(UnpicklerObject *self, Py_ssize_t start, int as_list)
{
    if (start < self->fence) {
        stack_underflow(self);
        return NULL;
    }
    Py_ssize_t n = self->stack_len - start;
    PyObject *seq = as_list ? PyList_New(n) : PyTuple_New(n);
    if (seq == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (as_list)
            PyList_SET_ITEM(seq, i, self->stack[start + i]);
        else
            PyTuple_SET_ITEM(seq, i, self->stack[start + i]);
    }
    self->stack_len = start;
    return seq;
}

static Py_ssize_t
marker(UnpicklerObject *self)
{
    if (self->num_marks < 1) {
        PyErr_SetString(UnpicklingError, "could not find MARK");
        return -1;
    }
    Py_ssize_t mark = self->marks[--self->num_marks];
    self->fence = self->num_marks ? self->marks[self->num_marks - 1] : 0;
    return mark;
}

/* Picklers number memo entries 0, 1, 2...: those go in the array.  An
 * index far beyond the entries stored so far (only a crafted pickle or
 * a primed memo has one) goes in a dict instead of sizing the array to
 * it. */
static int
memo_store(UnpicklerObject *self, Py_ssize_t idx, PyObject *value)
{
    if (idx >= self->memo_size && idx - self->memo_len > 4096) {
        if (self->memo_sparse == NULL && (self->memo_sparse = PyDict_New()) == NULL)
            return -1;
        PyObject *key = PyLong_FromSsize_t(idx);
        if (key == NULL)
            return -1;
        int had = PyDict_Contains(self->memo_sparse, key);
        int r = had < 0 ? -1 : PyDict_SetItem(self->memo_sparse, key, value);
        Py_DECREF(key);
        if (r == 0 && !had)
            self->memo_len++;
        return r;
    }
    if (idx >= self->memo_size) {
        Py_ssize_t size = idx * 2;
        PyObject **p = PyMem_Realloc(self->memo, size * sizeof(PyObject *));
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memset(p + self->memo_size, 0, (size - self->memo_size) * sizeof(PyObject *));
        self->memo = p;
        self->memo_size = size;
    }
    PyObject *old = self->memo[idx];
    self->memo[idx] = Py_NewRef(value);
    if (old == NULL)
        self->memo_len++;
    Py_XDECREF(old);
    return 0;
}

static void
memo_array_clear(UnpicklerObject *self)
{
    for (Py_ssize_t i = 0; i < self->memo_size; i++)
        Py_CLEAR(self->memo[i]);
    Py_CLEAR(self->memo_sparse);
    self->memo_len = 0;
}

/* Borrowed; NULL without an exception when idx is not in the memo. */
static PyObject *
memo_fetch(UnpicklerObject *self, Py_ssize_t idx)
{
    if (idx >= 0 && idx < self->memo_size && self->memo[idx] != NULL)
        return self->memo[idx];
    if (idx < 0 || self->memo_sparse == NULL)
        return NULL;
    PyObject *key = PyLong_FromSsize_t(idx);
    if (key == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *v = PyDict_GetItemWithError(self->memo_sparse, key);
    Py_DECREF(key);
    return v;
}

/* The memo as {index: value}. */
static PyObject *
memo_as_dict(UnpicklerObject *u)
{
    PyObject *d = u->memo_sparse != NULL ? PyDict_Copy(u->memo_sparse) : PyDict_New();
    if (d == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < u->memo_size; i++) {
        if (u->memo[i] == NULL)
            continue;
        PyObject *k = PyLong_FromSsize_t(i);
        if (k == NULL || PyDict_SetItem(d, k, u->memo[i]) < 0) {
            Py_XDECREF(k);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(k);
    }
    return d;
}

static PyObject *
find_class_impl(UnpicklerObject *self, PyObject *module_name, PyObject *global_name)
{
    if (PySys_Audit("pickle.find_class", "OO", module_name, global_name) < 0)
        return NULL;
    if (self->proto < 3 && self->fix_imports) {
        PyObject *key = PyTuple_Pack(2, module_name, global_name);
        if (key == NULL)
            return NULL;
        PyObject *item = PyDict_GetItemWithError(name_mapping_2to3, key);
        Py_DECREF(key);
        if (item != NULL) {
            if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
                PyErr_Format(PyExc_RuntimeError,
                             "_compat_pickle.NAME_MAPPING values should be 2-tuples, not %.200s",
                             Py_TYPE(item)->tp_name);
                return NULL;
            }
            module_name = PyTuple_GET_ITEM(item, 0);
            global_name = PyTuple_GET_ITEM(item, 1);
            if (!PyUnicode_Check(module_name) || !PyUnicode_Check(global_name)) {
                PyErr_Format(PyExc_RuntimeError,
                             "_compat_pickle.NAME_MAPPING values should be pairs of str, not (%.200s, %.200s)",
                             Py_TYPE(module_name)->tp_name, Py_TYPE(global_name)->tp_name);
                return NULL;
            }
        }
        else if (PyErr_Occurred()) {
            return NULL;
        }
        else {
            item = PyDict_GetItemWithError(import_mapping_2to3, module_name);
            if (item != NULL) {
                if (!PyUnicode_Check(item)) {
                    PyErr_Format(PyExc_RuntimeError,
                                 "_compat_pickle.IMPORT_MAPPING values should be strings, not %.200s",
                                 Py_TYPE(item)->tp_name);
                    return NULL;
                }
                module_name = item;
            }
            else if (PyErr_Occurred()) {
                return NULL;
            }
        }
    }
    PyObject *module = PyImport_Import(module_name);
    if (module == NULL)
        return NULL;
    PyObject *result;
    if (self->proto >= 4) {
        PyObject *path = dotted_path(module, global_name);
        if (path == NULL) {
            Py_DECREF(module);
            return NULL;
        }
        result = deep_getattr(module, path, NULL);
        Py_DECREF(path);
    }
    else {
        (void)_PyObject_LookupAttr(module, global_name, &result);
    }
    if (result == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_AttributeError, "Can't get attribute %R on %R", global_name, module);
    Py_DECREF(module);
    return result;
}

/* self.find_class(module, name): a subclass may override it. */
static PyObject *
call_find_class(UnpicklerObject *self, PyObject *module_name, PyObject *global_name)
{
    if (Py_IS_TYPE(self, &Unpickler_Type))
        return find_class_impl(self, module_name, global_name);
    return PyObject_CallMethodObjArgs((PyObject *)self, str_find_class,
                                      module_name, global_name, NULL);
}

/* Python 2 str data: bytes with encoding='bytes', else decoded. */
static PyObject *
decode_py2_string(UnpicklerObject *self, const char *s, Py_ssize_t n)
{
    if (strcmp(self->encoding, "bytes") == 0)
        return PyBytes_FromStringAndSize(s, n);
    return PyUnicode_Decode(s, n, self->encoding, self->errors);
}

static int
load_int(UnpicklerObject *self)
{
    char *s, *end;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 2)
        return bad_readline();
    errno = 0;
    long x = strtol(s, &end, 0);
    PyObject *value;
    if (errno || (*end != '\n' && *end != '\0')) {
        value = PyLong_FromString(s, NULL, 0);
        if (value == NULL) {
            PyErr_SetString(PyExc_ValueError, "could not convert string to int");
            return -1;
        }
    }
    else if (len == 3 && (x == 0 || x == 1)) {
        value = PyBool_FromLong(x);
    }
    else {
        value = PyLong_FromLong(x);
    }
    return push(self, value);
}

static int
load_long_text(UnpicklerObject *self)
{
    char *s;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 2)
        return bad_readline();
    if (s[len - 2] == 'L')
        s[len - 2] = '\0';
    return push(self, PyLong_FromString(s, NULL, 10));
}

static int
load_counted_long(UnpicklerObject *self, int nbytes)
{
    const char *s;
    if (uread(self, &s, nbytes) < 0)
        return -1;
    Py_ssize_t size = calc_binint(s, nbytes);
    if (nbytes == 1)
        size = (unsigned char)s[0];
    if (size < 0) {
        PyErr_SetString(UnpicklingError, "LONG pickle has negative byte count");
        return -1;
    }
    if (size == 0)
        return push(self, PyLong_FromLong(0));
    if (uread(self, &s, size) < 0)
        return -1;
    return push(self, _PyLong_FromByteArray((const unsigned char *)s, size, 1, 1));
}

static int
load_float_text(UnpicklerObject *self)
{
    char *s, *end;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 2)
        return bad_readline();
    errno = 0;
    double d = PyOS_string_to_double(s, &end, PyExc_OverflowError);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    if (end == s) {
        PyErr_Format(PyExc_ValueError, "could not convert string to float: '%.200s'", s);
        return -1;
    }
    if (*end != '\n' && *end != '\0') {
        PyErr_SetString(PyExc_ValueError, "could not convert string to float");
        return -1;
    }
    return push(self, PyFloat_FromDouble(d));
}

static int
load_string(UnpicklerObject *self)
{
    char *s;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    len--;
    if (!(len >= 2 && s[0] == s[len - 1] && (s[0] == '\'' || s[0] == '"'))) {
        PyErr_SetString(UnpicklingError, "the STRING opcode argument must be quoted");
        return -1;
    }
    PyObject *bytes = PyBytes_DecodeEscape(s + 1, len - 2, NULL, 0, NULL);
    if (bytes == NULL)
        return -1;
    if (strcmp(self->encoding, "bytes") == 0)
        return push(self, bytes);
    PyObject *obj = PyUnicode_FromEncodedObject(bytes, self->encoding, self->errors);
    Py_DECREF(bytes);
    return push(self, obj);
}

/* Length-prefixed data; what: 0 bytes, 1 py2 string, 2 str, 3 bytearray. */
static int
load_counted(UnpicklerObject *self, int nbytes, int what, const char *opname)
{
    const char *s;
    if (uread(self, &s, nbytes) < 0)
        return -1;
    Py_ssize_t size = calc_binsize(s, nbytes);
    if (size < 0) {
        PyErr_Format(what == 1 ? UnpicklingError : PyExc_OverflowError,
                     "%s exceeds system's maximum size of %zd bytes", opname, PY_SSIZE_T_MAX);
        return -1;
    }
    if (what == 0 || what == 3)
        return push(self, read_payload(self, size, what == 3));
    if (uread(self, &s, size) < 0)
        return -1;
    if (what == 1)
        return push(self, decode_py2_string(self, s, size));
    return push(self, PyUnicode_DecodeUTF8(s, size, "surrogatepass"));
}

static int
load_unicode_text(UnpicklerObject *self)
{
    char *s;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 1)
        return bad_readline();
    return push(self, PyUnicode_Decode(s, len - 1, "raw-unicode-escape", NULL));
}

static int
load_tuple_n(UnpicklerObject *self, Py_ssize_t n)
{
    if (self->stack_len - n < self->fence)
        return stack_underflow(self);
    return push(self, pop_seq(self, self->stack_len - n, 0));
}

static int
load_marked_seq(UnpicklerObject *self, int as_list)
{
    Py_ssize_t i = marker(self);
    if (i < 0)
        return -1;
    return push(self, pop_seq(self, i, as_list));
}

static int
load_dict(UnpicklerObject *self)
{
    Py_ssize_t i = marker(self);
    if (i < 0)
        return -1;
    Py_ssize_t j = self->stack_len;
    if ((j - i) % 2 != 0) {
        PyErr_SetString(UnpicklingError, "odd number of items for DICT");
        return -1;
    }
    PyObject *dict = PyDict_New();
    if (dict == NULL)
        return -1;
    for (Py_ssize_t k = i; k < j; k += 2) {
        if (PyDict_SetItem(dict, self->stack[k], self->stack[k + 1]) < 0) {
            Py_DECREF(dict);
            return -1;
        }
    }
    stack_truncate(self, i);
    return push(self, dict);
}

static int
load_frozenset(UnpicklerObject *self)
{
    Py_ssize_t i = marker(self);
    if (i < 0)
        return -1;
    PyObject *items = pop_seq(self, i, 0);
    if (items == NULL)
        return -1;
    PyObject *fs = PyFrozenSet_New(items);
    Py_DECREF(items);
    return push(self, fs);
}

/* cls(*args), or cls.__new__(cls) for an old-style INST/OBJ with no
 * arguments and no __getinitargs__. */
static PyObject *
instantiate(PyObject *cls, PyObject *args)
{
    if (PyTuple_GET_SIZE(args) == 0 && PyType_Check(cls)) {
        PyObject *func;
        if (_PyObject_LookupAttr(cls, str_getinitargs, &func) < 0)
            return NULL;
        if (func == NULL)
            return PyObject_CallMethodOneArg(cls, str_new, cls);
        Py_DECREF(func);
    }
    return PyObject_CallObject(cls, args);
}

static int
load_obj(UnpicklerObject *self)
{
    Py_ssize_t i = marker(self);
    if (i < 0)
        return -1;
    if (self->stack_len - i < 1)
        return stack_underflow(self);
    PyObject *args = pop_seq(self, i + 1, 0);
    if (args == NULL)
        return -1;
    PyObject *cls = pop(self);
    PyObject *obj = NULL;
    if (cls != NULL) {
        obj = instantiate(cls, args);
        Py_DECREF(cls);
    }
    Py_DECREF(args);
    return push(self, obj);
}

static int
load_inst(UnpicklerObject *self)
{
    char *s;
    Py_ssize_t i = marker(self);
    if (i < 0)
        return -1;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 2)
        return bad_readline();
    PyObject *module_name = PyUnicode_DecodeASCII(s, len - 1, "strict");
    if (module_name == NULL)
        return -1;
    PyObject *cls = NULL;
    if ((len = ureadline(self, &s)) >= 0) {
        if (len < 2) {
            Py_DECREF(module_name);
            return bad_readline();
        }
        PyObject *class_name = PyUnicode_DecodeASCII(s, len - 1, "strict");
        if (class_name != NULL) {
            cls = call_find_class(self, module_name, class_name);
            Py_DECREF(class_name);
        }
    }
    Py_DECREF(module_name);
    if (cls == NULL)
        return -1;
    PyObject *obj = NULL, *args = pop_seq(self, i, 0);
    if (args != NULL) {
        obj = instantiate(cls, args);
        Py_DECREF(args);
    }
    Py_DECREF(cls);
    return push(self, obj);
}

static int
load_newobj(UnpicklerObject *self, int use_kwargs)
{
    PyObject *cls = NULL, *args = NULL, *kwargs = NULL, *obj = NULL;
    const char *opname = use_kwargs ? "NEWOBJ_EX" : "NEWOBJ";
    if (use_kwargs && (kwargs = pop(self)) == NULL)
        return -1;
    if ((args = pop(self)) == NULL || (cls = pop(self)) == NULL)
        goto done;
    if (!PyType_Check(cls)) {
        PyErr_Format(UnpicklingError, "%s class argument must be a type, not %.200s",
                     opname, Py_TYPE(cls)->tp_name);
        goto done;
    }
    if (((PyTypeObject *)cls)->tp_new == NULL) {
        PyErr_Format(UnpicklingError, "%s class argument '%.200s' doesn't have __new__",
                     opname, Py_TYPE(cls)->tp_name);
        goto done;
    }
    if (!PyTuple_Check(args)) {
        PyErr_Format(UnpicklingError, "%s args argument must be a tuple, not %.200s",
                     opname, Py_TYPE(args)->tp_name);
        goto done;
    }
    if (use_kwargs && !PyDict_Check(kwargs)) {
        PyErr_Format(UnpicklingError, "%s kwargs argument must be a dict, not %.200s",
                     opname, Py_TYPE(kwargs)->tp_name);
        goto done;
    }
    obj = ((PyTypeObject *)cls)->tp_new((PyTypeObject *)cls, args, kwargs);
  done:
    Py_XDECREF(cls);
    Py_XDECREF(args);
    Py_XDECREF(kwargs);
    if (obj == NULL)
        return -1;
    return push(self, obj);
}

static int
load_global(UnpicklerObject *self)
{
    char *s;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 2)
        return bad_readline();
    PyObject *module_name = PyUnicode_DecodeUTF8(s, len - 1, "strict");
    if (module_name == NULL)
        return -1;
    PyObject *global = NULL;
    if ((len = ureadline(self, &s)) >= 0) {
        if (len < 2) {
            Py_DECREF(module_name);
            return bad_readline();
        }
        PyObject *global_name = PyUnicode_DecodeUTF8(s, len - 1, "strict");
        if (global_name != NULL) {
            global = call_find_class(self, module_name, global_name);
            Py_DECREF(global_name);
        }
    }
    Py_DECREF(module_name);
    return global == NULL ? -1 : push(self, global);
}

static int
load_stack_global(UnpicklerObject *self)
{
    /* any failure, a stack underflow included, reads as this */
    PyObject *global_name = pop(self);
    PyObject *module_name = pop(self);
    if (module_name == NULL || !PyUnicode_CheckExact(module_name) ||
        global_name == NULL || !PyUnicode_CheckExact(global_name)) {
        PyErr_Clear();
        PyErr_SetString(UnpicklingError, "STACK_GLOBAL requires str");
        Py_XDECREF(global_name);
        Py_XDECREF(module_name);
        return -1;
    }
    PyObject *global = call_find_class(self, module_name, global_name);
    Py_DECREF(global_name);
    Py_DECREF(module_name);
    return global == NULL ? -1 : push(self, global);
}

static int
no_persistent_load(void)
{
    PyErr_SetString(UnpicklingError,
                    "A load persistent id instruction was encountered,\n"
                    "but no persistent_load function was specified.");
    return -1;
}

static int
load_persid(UnpicklerObject *self)
{
    char *s;
    if (self->pers_func == NULL)
        return no_persistent_load();
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 1)
        return bad_readline();
    PyObject *pid = PyUnicode_DecodeASCII(s, len - 1, "strict");
    if (pid == NULL) {
        if (PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
            PyErr_Clear();
            PyErr_SetString(UnpicklingError, "persistent IDs in protocol 0 must be ASCII strings");
        }
        return -1;
    }
    PyObject *obj = call_hook(self->pers_func, self->pers_bound ? (PyObject *)self : NULL, pid);
    Py_DECREF(pid);
    return push(self, obj);
}

static int
load_binpersid(UnpicklerObject *self)
{
    if (self->pers_func == NULL)
        return no_persistent_load();
    PyObject *pid = pop(self);
    if (pid == NULL)
        return -1;
    PyObject *obj = call_hook(self->pers_func, self->pers_bound ? (PyObject *)self : NULL, pid);
    Py_DECREF(pid);
    return push(self, obj);
}

static int
load_pop(UnpicklerObject *self)
{
    /* POP removes a MARK when one is on top */
    if (self->num_marks > 0 && self->marks[self->num_marks - 1] == self->stack_len) {
        self->num_marks--;
        self->fence = self->num_marks ? self->marks[self->num_marks - 1] : 0;
        return 0;
    }
    PyObject *o = pop(self);
    if (o == NULL)
        return -1;
    Py_DECREF(o);
    return 0;
}

static int
load_mark(UnpicklerObject *self)
{
    if (self->num_marks >= self->marks_cap) {
        Py_ssize_t cap = self->marks_cap ? self->marks_cap * 2 : 20;
        Py_ssize_t *p = PyMem_Realloc(self->marks, cap * sizeof(Py_ssize_t));
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->marks = p;
        self->marks_cap = cap;
    }
    self->marks[self->num_marks++] = self->stack_len;
    self->fence = self->stack_len;
    return 0;
}

static int
load_memo_get(UnpicklerObject *self, Py_ssize_t idx)
{
    PyObject *value = memo_fetch(self, idx);
    if (value == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(UnpicklingError, "Memo value not found at index %zd", idx);
        return -1;
    }
    return push(self, Py_NewRef(value));
}

static int
load_memo_put(UnpicklerObject *self, Py_ssize_t idx)
{
    if (self->stack_len <= self->fence)
        return stack_underflow(self);
    return memo_store(self, idx, self->stack[self->stack_len - 1]);
}

/* The decimal argument of GET/PUT (PUT first checks there is a value
 * to store, as CPython does). */
static int
read_decimal_arg(UnpicklerObject *self, Py_ssize_t *idx, int needs_top)
{
    char *s;
    Py_ssize_t len = ureadline(self, &s);
    if (len < 0)
        return -1;
    if (len < 2)
        return bad_readline();
    if (needs_top && self->stack_len <= self->fence)
        return stack_underflow(self);
    PyObject *key = PyLong_FromString(s, NULL, 10);
    if (key == NULL)
        return -1;
    *idx = PyLong_AsSsize_t(key);
    Py_DECREF(key);
    if (*idx == -1 && PyErr_Occurred())
        return -1;
    return 0;
}

static int
load_extension(UnpicklerObject *self, int nbytes)
{
    const char *s;
    if (uread(self, &s, nbytes) < 0)
        return -1;
    long code = calc_binint(s, nbytes);
    if (code <= 0) {
        PyErr_SetString(UnpicklingError, "EXT specifies code <= 0");
        return -1;
    }
    PyObject *py_code = PyLong_FromLong(code);
    if (py_code == NULL)
        return -1;
    PyObject *obj = PyDict_GetItemWithError(extension_cache, py_code);
    if (obj != NULL) {
        Py_DECREF(py_code);
        return push(self, Py_NewRef(obj));
    }
    if (PyErr_Occurred())
        goto error;
    PyObject *pair = PyDict_GetItemWithError(inverted_registry, py_code);
    if (pair == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_ValueError, "unregistered extension code %ld", code);
        goto error;
    }
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 ||
        !PyUnicode_Check(PyTuple_GET_ITEM(pair, 0)) || !PyUnicode_Check(PyTuple_GET_ITEM(pair, 1))) {
        PyErr_Format(PyExc_ValueError, "_inverted_registry[%ld] isn't a 2-tuple of strings", code);
        goto error;
    }
    obj = call_find_class(self, PyTuple_GET_ITEM(pair, 0), PyTuple_GET_ITEM(pair, 1));
    if (obj == NULL)
        goto error;
    if (PyDict_SetItem(extension_cache, py_code, obj) < 0) {
        Py_DECREF(obj);
        goto error;
    }
    Py_DECREF(py_code);
    return push(self, obj);
  error:
    Py_DECREF(py_code);
    return -1;
}

static int
load_reduce(UnpicklerObject *self)
{
    PyObject *args = pop(self);
    if (args == NULL)
        return -1;
    PyObject *callable = pop(self);
    if (callable == NULL) {
        Py_DECREF(args);
        return -1;
    }
    PyObject *obj = PyObject_CallObject(callable, args);
    Py_DECREF(callable);
    Py_DECREF(args);
    return push(self, obj);
}

/* Call func(item) for the stack items from x; they are removed. */
static int
call_per_item(UnpicklerObject *self, PyObject *func, Py_ssize_t x)
{
    int r = 0;
    for (Py_ssize_t i = x; i < self->stack_len && r == 0; i++) {
        PyObject *res = PyObject_CallOneArg(func, self->stack[i]);
        if (res == NULL)
            r = -1;
        Py_XDECREF(res);
    }
    stack_truncate(self, x);
    return r;
}

static int
do_append(UnpicklerObject *self, Py_ssize_t x)
{
    Py_ssize_t len = self->stack_len;
    if (x > len || x <= self->fence)
        return stack_underflow(self);
    if (len == x)
        return 0;
    PyObject *list = self->stack[x - 1];
    if (PyList_CheckExact(list)) {
        PyObject *slice = pop_seq(self, x, 1);
        if (slice == NULL)
            return -1;
        Py_ssize_t n = PyList_GET_SIZE(list);
        int r = PyList_SetSlice(list, n, n, slice);
        Py_DECREF(slice);
        return r;
    }
    PyObject *extend;
    if (_PyObject_LookupAttr(list, str_extend, &extend) < 0)
        return -1;
    if (extend != NULL) {
        PyObject *slice = pop_seq(self, x, 1);
        if (slice == NULL) {
            Py_DECREF(extend);
            return -1;
        }
        PyObject *res = PyObject_CallOneArg(extend, slice);
        Py_DECREF(extend);
        Py_DECREF(slice);
        if (res == NULL)
            return -1;
        Py_DECREF(res);
        return 0;
    }
    PyObject *append = PyObject_GetAttr(list, str_append);
    if (append == NULL)
        return -1;
    int r = call_per_item(self, append, x);
    Py_DECREF(append);
    return r;
}

static int
do_setitems(UnpicklerObject *self, Py_ssize_t x)
{
    Py_ssize_t len = self->stack_len;
    if (x > len || x <= self->fence)
        return stack_underflow(self);
    if (len == x)
        return 0;
    if ((len - x) % 2 != 0) {
        PyErr_SetString(UnpicklingError, "odd number of items for SETITEMS");
        return -1;
    }
    PyObject *dict = self->stack[x - 1];
    int r = 0;
    int exact = PyDict_CheckExact(dict);
    for (Py_ssize_t i = x; i < len; i += 2) {
        if ((exact ? PyDict_SetItem(dict, self->stack[i], self->stack[i + 1])
                   : PyObject_SetItem(dict, self->stack[i], self->stack[i + 1])) < 0) {
            r = -1;
            break;
        }
    }
    stack_truncate(self, x);
    return r;
}

static int
load_additems(UnpicklerObject *self)
{
    Py_ssize_t mark = marker(self);
    if (mark < 0)
        return -1;
    Py_ssize_t len = self->stack_len;
    if (mark > len || mark <= self->fence)
        return stack_underflow(self);
    if (len == mark)
        return 0;
    PyObject *set = self->stack[mark - 1];
    if (PySet_Check(set)) {
        PyObject *items = pop_seq(self, mark, 0);
        if (items == NULL)
            return -1;
        int r = _PySet_Update(set, items);
        Py_DECREF(items);
        return r;
    }
    PyObject *add = PyObject_GetAttr(set, str_add);
    if (add == NULL)
        return -1;
    int r = call_per_item(self, add, mark);
    Py_DECREF(add);
    return r;
}

static int
load_build(UnpicklerObject *self)
{
    PyObject *state, *slotstate = NULL, *setstate;
    if (self->stack_len - 2 < self->fence)
        return stack_underflow(self);
    if ((state = pop(self)) == NULL)
        return -1;
    PyObject *inst = self->stack[self->stack_len - 1];
    if (_PyObject_LookupAttr(inst, str_setstate, &setstate) < 0) {
        Py_DECREF(state);
        return -1;
    }
    if (setstate != NULL) {
        PyObject *res = PyObject_CallOneArg(setstate, state);
        Py_DECREF(setstate);
        Py_DECREF(state);
        if (res == NULL)
            return -1;
        Py_DECREF(res);
        return 0;
    }
    if (PyTuple_Check(state) && PyTuple_GET_SIZE(state) == 2) {
        PyObject *tmp = state;
        state = Py_NewRef(PyTuple_GET_ITEM(tmp, 0));
        slotstate = Py_NewRef(PyTuple_GET_ITEM(tmp, 1));
        Py_DECREF(tmp);
    }
    int r = -1;
    if (state != Py_None) {
        if (!PyDict_Check(state)) {
            PyErr_SetString(UnpicklingError, "state is not a dictionary");
            goto done;
        }
        PyObject *dict = PyObject_GetAttr(inst, str_dict);
        if (dict == NULL)
            goto done;
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        while (PyDict_Next(state, &pos, &k, &v)) {
            Py_INCREF(k);
            if (PyUnicode_CheckExact(k))
                PyUnicode_InternInPlace(&k);
            int e = PyObject_SetItem(dict, k, v);
            Py_DECREF(k);
            if (e < 0) {
                Py_DECREF(dict);
                goto done;
            }
        }
        Py_DECREF(dict);
    }
    if (slotstate != NULL) {
        if (!PyDict_Check(slotstate)) {
            PyErr_SetString(UnpicklingError, "slot state is not a dictionary");
            goto done;
        }
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        while (PyDict_Next(slotstate, &pos, &k, &v)) {
            if (PyObject_SetAttr(inst, k, v) < 0)
                goto done;
        }
    }
    r = 0;
  done:
    Py_DECREF(state);
    Py_XDECREF(slotstate);
    return r;
}

static int
load_next_buffer(UnpicklerObject *self)
{
    if (self->buffers == NULL) {
        PyErr_SetString(UnpicklingError,
                        "pickle stream refers to out-of-band data but no *buffers* argument was given");
        return -1;
    }
    PyObject *buf = PyIter_Next(self->buffers);
    if (buf == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(UnpicklingError, "not enough out-of-band buffers");
        return -1;
    }
    return push(self, buf);
}

static int
load_readonly_buffer(UnpicklerObject *self)
{
    if (self->stack_len <= self->fence)
        return stack_underflow(self);
    PyObject *obj = self->stack[self->stack_len - 1];
    PyObject *mv = PyMemoryView_FromObject(obj);
    if (mv == NULL)
        return -1;
    Py_buffer view;
    if (PyObject_GetBuffer(mv, &view, PyBUF_SIMPLE) < 0) {
        Py_DECREF(mv);
        return -1;
    }
    int readonly = view.readonly;
    PyBuffer_Release(&view);
    if (readonly) {
        /* already read-only: keep the object itself */
        Py_DECREF(mv);
        return 0;
    }
    PyObject *ro = PyObject_CallMethod(mv, "toreadonly", NULL);
    Py_DECREF(mv);
    if (ro == NULL)
        return -1;
    self->stack[self->stack_len - 1] = ro;
    Py_DECREF(obj);
    return 0;
}

static int
load_frame(UnpicklerObject *self)
{
    const char *s;
    if (uread(self, &s, 8) < 0)
        return -1;
    Py_ssize_t frame_len = calc_binsize(s, 8);
    if (frame_len < 0) {
        PyErr_Format(PyExc_OverflowError, "FRAME length exceeds system's maximum of %zd bytes",
                     PY_SSIZE_T_MAX);
        return -1;
    }
    if (uread(self, &s, frame_len) < 0)
        return -1;
    /* the frame is now in the window: decode it from there */
    self->pos -= frame_len;
    return 0;
}

static PyObject *
load(UnpicklerObject *self)
{
    const char *s;
    Py_ssize_t idx;
    int r;

    self->num_marks = 0;
    self->fence = 0;
    self->proto = 0;
    stack_truncate(self, 0);

    for (;;) {
        if (self->pos < self->buf_len) {
            s = self->buf + self->pos++;
        }
        else if (uread(self, &s, 1) < 0) {
            if (PyErr_ExceptionMatches(UnpicklingError)) {
                PyErr_Clear();
                PyErr_SetString(PyExc_EOFError, "Ran out of input");
            }
            return NULL;
        }
        switch (s[0]) {
        case NONE: r = push(self, Py_NewRef(Py_None)); break;
        case NEWTRUE: r = push(self, Py_NewRef(Py_True)); break;
        case NEWFALSE: r = push(self, Py_NewRef(Py_False)); break;
        case BININT:
            r = uread(self, &s, 4) < 0 ? -1 : push(self, PyLong_FromLong(calc_binint(s, 4)));
            break;
        case BININT1:
            r = uread(self, &s, 1) < 0 ? -1 : push(self, PyLong_FromLong((unsigned char)s[0]));
            break;
        case BININT2:
            r = uread(self, &s, 2) < 0 ? -1 : push(self, PyLong_FromLong(calc_binint(s, 2)));
            break;
        case INT: r = load_int(self); break;
        case LONG: r = load_long_text(self); break;
        case LONG1: r = load_counted_long(self, 1); break;
        case LONG4: r = load_counted_long(self, 4); break;
        case FLOAT: r = load_float_text(self); break;
        case BINFLOAT:
            if ((r = uread(self, &s, 8)) == 0) {
                double d = PyFloat_Unpack8(s, 0);
                r = d == -1.0 && PyErr_Occurred() ? -1 : push(self, PyFloat_FromDouble(d));
            }
            break;
        case BINBYTES: r = load_counted(self, 4, 0, "BINBYTES"); break;
        case SHORT_BINBYTES: r = load_counted(self, 1, 0, "BINBYTES"); break;
        case BINBYTES8: r = load_counted(self, 8, 0, "BINBYTES"); break;
        case BYTEARRAY8: r = load_counted(self, 8, 3, "BYTEARRAY8"); break;
        case NEXT_BUFFER: r = load_next_buffer(self); break;
        case READONLY_BUFFER: r = load_readonly_buffer(self); break;
        case STRING: r = load_string(self); break;
        case BINSTRING: r = load_counted(self, 4, 1, "BINSTRING"); break;
        case SHORT_BINSTRING: r = load_counted(self, 1, 1, "BINSTRING"); break;
        case UNICODE: r = load_unicode_text(self); break;
        case BINUNICODE: r = load_counted(self, 4, 2, "BINUNICODE"); break;
        case SHORT_BINUNICODE: r = load_counted(self, 1, 2, "BINUNICODE"); break;
        case BINUNICODE8: r = load_counted(self, 8, 2, "BINUNICODE"); break;
        case EMPTY_TUPLE: r = push(self, PyTuple_New(0)); break;
        case TUPLE1: r = load_tuple_n(self, 1); break;
        case TUPLE2: r = load_tuple_n(self, 2); break;
        case TUPLE3: r = load_tuple_n(self, 3); break;
        case TUPLE: r = load_marked_seq(self, 0); break;
        case EMPTY_LIST: r = push(self, PyList_New(0)); break;
        case LIST: r = load_marked_seq(self, 1); break;
        case EMPTY_DICT: r = push(self, PyDict_New()); break;
        case DICT: r = load_dict(self); break;
        case EMPTY_SET: r = push(self, PySet_New(NULL)); break;
        case FROZENSET: r = load_frozenset(self); break;
        case ADDITEMS: r = load_additems(self); break;
        case APPEND: r = do_append(self, self->stack_len - 1); break;
        case APPENDS:
            r = (idx = marker(self)) < 0 ? -1 : do_append(self, idx);
            break;
        case SETITEM: r = do_setitems(self, self->stack_len - 2); break;
        case SETITEMS:
            r = (idx = marker(self)) < 0 ? -1 : do_setitems(self, idx);
            break;
        case OBJ: r = load_obj(self); break;
        case INST: r = load_inst(self); break;
        case NEWOBJ: r = load_newobj(self, 0); break;
        case NEWOBJ_EX: r = load_newobj(self, 1); break;
        case GLOBAL: r = load_global(self); break;
        case STACK_GLOBAL: r = load_stack_global(self); break;
        case EXT1: r = load_extension(self, 1); break;
        case EXT2: r = load_extension(self, 2); break;
        case EXT4: r = load_extension(self, 4); break;
        case REDUCE: r = load_reduce(self); break;
        case BUILD: r = load_build(self); break;
        case PERSID: r = load_persid(self); break;
        case BINPERSID: r = load_binpersid(self); break;
        case MARK: r = load_mark(self); break;
        case POP: r = load_pop(self); break;
        case POP_MARK:
            if ((idx = marker(self)) < 0)
                r = -1;
            else {
                stack_truncate(self, idx);
                r = 0;
            }
            break;
        case DUP:
            r = self->stack_len <= self->fence ? stack_underflow(self)
                : push(self, Py_NewRef(self->stack[self->stack_len - 1]));
            break;
        case GET:
            r = read_decimal_arg(self, &idx, 0) < 0 ? -1 : load_memo_get(self, idx);
            break;
        case BINGET:
            r = uread(self, &s, 1) < 0 ? -1 : load_memo_get(self, (unsigned char)s[0]);
            break;
        case LONG_BINGET:
            r = uread(self, &s, 4) < 0 ? -1 : load_memo_get(self, calc_binsize(s, 4));
            break;
        case PUT:
            if ((r = read_decimal_arg(self, &idx, 1)) == 0) {
                if (idx < 0) {
                    PyErr_SetString(PyExc_ValueError, "negative PUT argument");
                    r = -1;
                }
                else
                    r = load_memo_put(self, idx);
            }
            break;
        case BINPUT:
            r = uread(self, &s, 1) < 0 ? -1 : load_memo_put(self, (unsigned char)s[0]);
            break;
        case LONG_BINPUT:
            if ((r = uread(self, &s, 4)) == 0) {
                idx = calc_binsize(s, 4);
                if (idx < 0) {
                    PyErr_SetString(PyExc_ValueError, "negative LONG_BINPUT argument");
                    r = -1;
                }
                else
                    r = load_memo_put(self, idx);
            }
            break;
        case MEMOIZE: r = load_memo_put(self, self->memo_len); break;
        case FRAME: r = load_frame(self); break;
        case PROTO:
            if ((r = uread(self, &s, 1)) == 0) {
                int p = (unsigned char)s[0];
                if (p <= HIGHEST_PROTOCOL) {
                    self->proto = p;
                }
                else {
                    PyErr_Format(PyExc_ValueError, "unsupported pickle protocol: %d", p);
                    r = -1;
                }
            }
            break;
        case STOP: {
            PyObject *value = pop(self);
            if (value != NULL && skip_consumed(self) < 0)
                Py_CLEAR(value);
            return value;
        }
        default: {
            unsigned char c = (unsigned char)s[0];
            if (0x20 <= c && c <= 0x7e && c != '\'' && c != '\\')
                PyErr_Format(UnpicklingError, "invalid load key, '%c'.", c);
            else
                PyErr_Format(UnpicklingError, "invalid load key, '\\x%02x'.", c);
            return NULL;
        }
        }
        if (r < 0)
            return NULL;
    }
}

static int
set_input_encoding(UnpicklerObject *self, const char *encoding, const char *errors)
{
    char *e = PyMem_Malloc(strlen(encoding) + 1);
    char *r = PyMem_Malloc(strlen(errors) + 1);
    if (e == NULL || r == NULL) {
        PyMem_Free(e);
        PyMem_Free(r);
        PyErr_NoMemory();
        return -1;
    }
    strcpy(e, encoding);
    strcpy(r, errors);
    PyMem_Free(self->encoding);
    PyMem_Free(self->errors);
    self->encoding = e;
    self->errors = r;
    return 0;
}

static int
set_buffers(UnpicklerObject *self, PyObject *buffers)
{
    PyObject *it = NULL;
    if (buffers != NULL && buffers != Py_None && (it = PyObject_GetIter(buffers)) == NULL)
        return -1;
    Py_XSETREF(self->buffers, it);
    return 0;
}

static void
release_input(UnpicklerObject *self)
{
    if (self->has_input) {
        PyBuffer_Release(&self->input);
        self->has_input = 0;
    }
    Py_CLEAR(self->chunk);
    self->buf = NULL;
    self->buf_len = self->pos = 0;
    self->peeked = 0;
}

static UnpicklerObject *
unpickler_alloc(PyTypeObject *type)
{
    UnpicklerObject *self = (UnpicklerObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->memo_size = 32;
    self->memo = PyMem_Calloc(self->memo_size, sizeof(PyObject *));
    if (self->memo == NULL || set_input_encoding(self, "ASCII", "strict") < 0) {
        Py_DECREF(self);
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return NULL;
    }
    self->fix_imports = 1;
    return self;
}

static PyObject *
Unpickler_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return (PyObject *)unpickler_alloc(type);
}

static int
Unpickler_clear(UnpicklerObject *self)
{
    Py_CLEAR(self->pers_func);
    Py_CLEAR(self->read);
    Py_CLEAR(self->readline);
    Py_CLEAR(self->peek);
    Py_CLEAR(self->buffers);
    release_input(self);
    stack_truncate(self, 0);
    if (self->memo != NULL)
        memo_array_clear(self);
    return 0;
}

static int
Unpickler_traverse(UnpicklerObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->pers_func);
    Py_VISIT(self->read);
    Py_VISIT(self->readline);
    Py_VISIT(self->peek);
    Py_VISIT(self->buffers);
    Py_VISIT(self->chunk);
    for (Py_ssize_t i = 0; i < self->stack_len; i++)
        Py_VISIT(self->stack[i]);
    for (Py_ssize_t i = 0; i < self->memo_size; i++)
        Py_VISIT(self->memo[i]);
    Py_VISIT(self->memo_sparse);
    return 0;
}

static void
Unpickler_dealloc(UnpicklerObject *self)
{
    PyObject_GC_UnTrack(self);
    Unpickler_clear(self);
    PyMem_Free(self->stack);
    PyMem_Free(self->marks);
    PyMem_Free(self->memo);
    PyMem_Free(self->line);
    PyMem_Free(self->encoding);
    PyMem_Free(self->errors);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The keyword-only options shared by Unpickler(), load() and loads(). */
static int
unpickler_setup(UnpicklerObject *self, int fix_imports, const char *encoding,
                const char *errors, PyObject *buffers)
{
    if (set_input_encoding(self, encoding, errors) < 0 || set_buffers(self, buffers) < 0)
        return -1;
    self->fix_imports = fix_imports;
    self->proto = 0;
    return 0;
}

static int
set_input_file(UnpicklerObject *self, PyObject *file)
{
    PyObject *read = NULL, *readline = NULL;
    if (_PyObject_LookupAttr(file, str_read, &read) < 0)
        return -1;
    if (_PyObject_LookupAttr(file, str_readline, &readline) < 0) {
        Py_XDECREF(read);
        return -1;
    }
    if (read == NULL || readline == NULL) {
        Py_XDECREF(read);
        Py_XDECREF(readline);
        PyErr_SetString(PyExc_TypeError, "file must have 'read' and 'readline' attributes");
        return -1;
    }
    Py_XSETREF(self->read, read);
    Py_XSETREF(self->readline, readline);
    return _PyObject_LookupAttr(file, str_peek, &self->peek) < 0 ? -1 : 0;
}

static int
Unpickler_init(UnpicklerObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "fix_imports", "encoding", "errors", "buffers", NULL};
    PyObject *file, *buffers = NULL;
    int fix_imports = 1;
    const char *encoding = "ASCII", *errors = "strict";
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|$pssO:Unpickler", kwlist,
                                     &file, &fix_imports, &encoding, &errors, &buffers))
        return -1;
    if (self->read != NULL)
        Unpickler_clear(self);
    if (set_input_file(self, file) < 0)
        return -1;
    if (unpickler_setup(self, fix_imports, encoding, errors, buffers) < 0)
        return -1;
    if (init_hook((PyObject *)self, str_persistent_load, &self->pers_func, &self->pers_bound) < 0)
        return -1;
    return 0;
}

static PyObject *
Unpickler_load(UnpicklerObject *self, PyObject *unused)
{
    if (self->read == NULL && !self->has_input) {
        PyErr_Format(UnpicklingError, "Unpickler.__init__() was not called by %s.__init__()",
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    return load(self);
}

static PyObject *
Unpickler_find_class(UnpicklerObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "find_class expected 2 arguments, got %zd", nargs);
        return NULL;
    }
    return find_class_impl(self, args[0], args[1]);
}

static PyObject *
Unpickler_sizeof(UnpicklerObject *self, PyObject *unused)
{
    Py_ssize_t size = Py_TYPE(self)->tp_basicsize;
    size += self->memo_size * sizeof(PyObject *);
    size += self->marks_cap * sizeof(Py_ssize_t);
    size += self->stack_cap * sizeof(PyObject *);
    size += self->line_cap;
    if (self->encoding != NULL)
        size += strlen(self->encoding) + 1;
    if (self->errors != NULL)
        size += strlen(self->errors) + 1;
    return PyLong_FromSsize_t(size);
}

static PyObject *
Unpickler_get_memo(UnpicklerObject *self, void *closure)
{
    return memo_proxy_new(&UnpicklerMemoProxy_Type, (PyObject *)self);
}

static int
Unpickler_set_memo(UnpicklerObject *self, PyObject *obj, void *closure)
{
    if (obj == NULL) {
        PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    PyObject *items;    /* list of (index, value) */
    if (Py_IS_TYPE(obj, &UnpicklerMemoProxy_Type)) {
        PyObject *d = memo_as_dict((UnpicklerObject *)((MemoProxyObject *)obj)->owner);
        if (d == NULL)
            return -1;
        items = PyDict_Items(d);
        Py_DECREF(d);
        if (items == NULL)
            return -1;
    }
    else if (PyDict_Check(obj)) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(obj, &pos, &key, &value)) {
            if (!PyLong_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "memo key must be integers");
                return -1;
            }
            Py_ssize_t idx = PyLong_AsSsize_t(key);
            if (idx == -1 && PyErr_Occurred())
                return -1;
            if (idx < 0) {
                PyErr_SetString(PyExc_ValueError, "memo key must be positive integers.");
                return -1;
            }
        }
        /* CPython 3.11 checks a dict's keys but then installs an empty
         * memo (the entries go to the memo being replaced): same here */
        if ((items = PyList_New(0)) == NULL)
            return -1;
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "'memo' attribute must be an UnpicklerMemoProxy object or dict, not %.200s",
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    memo_array_clear(self);
    int r = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items) && r == 0; i++) {
        PyObject *pair = PyList_GET_ITEM(items, i);
        Py_ssize_t idx = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0));
        r = memo_store(self, idx, PyTuple_GET_ITEM(pair, 1));
    }
    Py_DECREF(items);
    return r;
}

static PyObject *
Unpickler_get_persload(UnpicklerObject *self, void *closure)
{
    return hook_getter(self->pers_func, (PyObject *)self, self->pers_bound, "persistent_load");
}

static int
Unpickler_set_persload(UnpicklerObject *self, PyObject *value, void *closure)
{
    return hook_setter(&self->pers_func, &self->pers_bound, value,
                       "persistent_load must be a callable taking one argument");
}

static PyMethodDef Unpickler_methods[] = {
    {"load", (PyCFunction)Unpickler_load, METH_NOARGS,
     "load($self, /)\n--\n\nLoad a pickle."},
    {"find_class", (PyCFunction)(void (*)(void))Unpickler_find_class, METH_FASTCALL,
     "find_class($self, module_name, global_name, /)\n--\n\nReturn an object from a specified module."},
    {"__sizeof__", (PyCFunction)Unpickler_sizeof, METH_NOARGS, NULL},
    {NULL}
};

static PyGetSetDef Unpickler_getset[] = {
    {"memo", (getter)Unpickler_get_memo, (setter)Unpickler_set_memo, NULL, NULL},
    {"persistent_load", (getter)Unpickler_get_persload, (setter)Unpickler_set_persload, NULL, NULL},
    {NULL}
};

static PyTypeObject Unpickler_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_pickle.Unpickler",
    .tp_basicsize = sizeof(UnpicklerObject),
    .tp_dealloc = (destructor)Unpickler_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n"
              "--\n\nThis takes a binary file for reading a pickle data stream.",
    .tp_traverse = (traverseproc)Unpickler_traverse,
    .tp_clear = (inquiry)Unpickler_clear,
    .tp_methods = Unpickler_methods,
    .tp_getset = Unpickler_getset,
    .tp_init = (initproc)Unpickler_init,
    .tp_new = Unpickler_new,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};

/* ====================== memo proxies ====================== */

static int
proxy_traverse(MemoProxyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->owner);
    return 0;
}

static int
proxy_clear_refs(MemoProxyObject *self)
{
    Py_CLEAR(self->owner);
    return 0;
}

static void
proxy_dealloc(MemoProxyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(self->owner);
    PyObject_GC_Del(self);
}

/* {id(obj): (index, obj)} for a Pickler, {index: obj} for an Unpickler */
static PyObject *
proxy_copy(MemoProxyObject *self, PyObject *unused)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    if (Py_IS_TYPE(self, &PicklerMemoProxy_Type)) {
        MemoTable *m = &((PicklerObject *)self->owner)->memo;
        for (size_t i = 0; m->table != NULL && i <= m->mask; i++) {
            MemoEntry *e = &m->table[i];
            if (e->key == NULL)
                continue;
            PyObject *k = PyLong_FromVoidPtr(e->key);
            PyObject *v = Py_BuildValue("(nO)", e->value, e->key);
            if (k == NULL || v == NULL || PyDict_SetItem(d, k, v) < 0) {
                Py_XDECREF(k);
                Py_XDECREF(v);
                Py_DECREF(d);
                return NULL;
            }
            Py_DECREF(k);
            Py_DECREF(v);
        }
    }
    else {
        Py_DECREF(d);
        return memo_as_dict((UnpicklerObject *)self->owner);
    }
    return d;
}

static PyObject *
proxy_clear(MemoProxyObject *self, PyObject *unused)
{
    if (Py_IS_TYPE(self, &PicklerMemoProxy_Type))
        memo_clear(&((PicklerObject *)self->owner)->memo);
    else
        memo_array_clear((UnpicklerObject *)self->owner);
    Py_RETURN_NONE;
}

static PyObject *
proxy_reduce(MemoProxyObject *self, PyObject *unused)
{
    PyObject *contents = proxy_copy(self, NULL);
    if (contents == NULL)
        return NULL;
    PyObject *r = Py_BuildValue("(O(O))", (PyObject *)&PyDict_Type, contents);
    Py_DECREF(contents);
    return r;
}

static PyMethodDef proxy_methods[] = {
    {"clear", (PyCFunction)proxy_clear, METH_NOARGS, "Remove all items from memo."},
    {"copy", (PyCFunction)proxy_copy, METH_NOARGS, "Copy the memo to a new object."},
    {"__reduce__", (PyCFunction)proxy_reduce, METH_NOARGS, "Implement pickle support."},
    {NULL}
};

#define MEMO_PROXY_TYPE(cname, pyname) \
static PyTypeObject cname = { \
    PyVarObject_HEAD_INIT(NULL, 0) \
    .tp_name = pyname, \
    .tp_basicsize = sizeof(MemoProxyObject), \
    .tp_dealloc = (destructor)proxy_dealloc, \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
    .tp_traverse = (traverseproc)proxy_traverse, \
    .tp_clear = (inquiry)proxy_clear_refs, \
    .tp_methods = proxy_methods, \
};
MEMO_PROXY_TYPE(PicklerMemoProxy_Type, "_pickle.PicklerMemoProxy")
MEMO_PROXY_TYPE(UnpicklerMemoProxy_Type, "_pickle.UnpicklerMemoProxy")

/* ====================== PickleBuffer ====================== */

/* A wrapper around a buffer that the pickler recognises and writes as
 * out-of-band data (protocol 5).  It re-exports the wrapped object's
 * buffer with whatever flags the consumer asks for. */
typedef struct {
    PyObject_HEAD
    Py_buffer view;             /* view.obj == NULL once released */
    int raw_request;            /* next getbuffer gives a flat byte view */
    PyObject *weakreflist;
} PickleBufferObject;

static PyObject *
PickleBuffer_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *base;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "PickleBuffer() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "O:PickleBuffer", &base))
        return NULL;
    PickleBufferObject *self = (PickleBufferObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    if (PyObject_GetBuffer(base, &self->view, PyBUF_FULL_RO) < 0) {
        self->view.obj = NULL;
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static int
PickleBuffer_released(PickleBufferObject *self)
{
    if (self->view.obj == NULL) {
        PyErr_SetString(PyExc_ValueError, "operation forbidden on released PickleBuffer object");
        return 1;
    }
    return 0;
}

static int
PickleBuffer_getbuffer(PickleBufferObject *self, Py_buffer *view, int flags)
{
    if (PickleBuffer_released(self))
        return -1;
    if (!self->raw_request)
        return PyObject_GetBuffer(self->view.obj, view, flags);
    /* raw(): the same memory as one dimension of unsigned bytes; the
     * shape points into the view itself, which outlives its users */
    if (PyObject_GetBuffer(self->view.obj, view, PyBUF_FULL_RO) < 0)
        return -1;
    view->ndim = 1;
    view->itemsize = 1;
    view->format = (flags & PyBUF_FORMAT) ? "B" : NULL;
    view->shape = &view->len;
    view->strides = &view->itemsize;
    view->suboffsets = NULL;
    return 0;
}

static PyObject *
PickleBuffer_raw(PickleBufferObject *self, PyObject *unused)
{
    if (PickleBuffer_released(self))
        return NULL;
    if (!PyBuffer_IsContiguous(&self->view, 'A')) {
        PyErr_SetString(PyExc_BufferError, "cannot extract raw buffer from non-contiguous buffer");
        return NULL;
    }
    self->raw_request = 1;
    PyObject *m = PyMemoryView_FromObject((PyObject *)self);
    self->raw_request = 0;
    return m;
}

static PyObject *
PickleBuffer_release(PickleBufferObject *self, PyObject *unused)
{
    if (self->view.obj != NULL)
        PyBuffer_Release(&self->view);
    self->view.obj = NULL;
    Py_RETURN_NONE;
}

static void
PickleBuffer_dealloc(PickleBufferObject *self)
{
    PyObject_GC_UnTrack(self);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)self);
    if (self->view.obj != NULL)
        PyBuffer_Release(&self->view);
    PyObject_GC_Del(self);
}

static int
PickleBuffer_traverse(PickleBufferObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->view.obj);
    return 0;
}

static int
PickleBuffer_clear(PickleBufferObject *self)
{
    if (self->view.obj != NULL)
        PyBuffer_Release(&self->view);
    self->view.obj = NULL;
    return 0;
}

static PyBufferProcs PickleBuffer_as_buffer = {
    .bf_getbuffer = (getbufferproc)PickleBuffer_getbuffer,
};

static PyMethodDef PickleBuffer_methods[] = {
    {"raw", (PyCFunction)PickleBuffer_raw, METH_NOARGS,
     "raw($self, /)\n--\n\nReturn a memoryview of the raw memory underlying this buffer.\n"
     "Will raise BufferError is the buffer isn't contiguous."},
    {"release", (PyCFunction)PickleBuffer_release, METH_NOARGS,
     "release($self, /)\n--\n\nRelease the underlying buffer exposed by the PickleBuffer object."},
    {NULL}
};

static PyTypeObject PickleBuffer_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pickle.PickleBuffer",
    .tp_basicsize = sizeof(PickleBufferObject),
    .tp_dealloc = (destructor)PickleBuffer_dealloc,
    .tp_as_buffer = &PickleBuffer_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Wrapper for potentially out-of-band buffers",
    .tp_traverse = (traverseproc)PickleBuffer_traverse,
    .tp_clear = (inquiry)PickleBuffer_clear,
    .tp_weaklistoffset = offsetof(PickleBufferObject, weakreflist),
    .tp_methods = PickleBuffer_methods,
    .tp_new = PickleBuffer_new,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};

/* ====================== module functions ====================== */

static PyObject *
pickle_dump_common(PyObject *obj, PyObject *file, PyObject *protocol,
                   int fix_imports, PyObject *buffer_callback)
{
    PicklerObject *p = pickler_alloc(&Pickler_Type);
    if (p == NULL)
        return NULL;
    PyObject *result = NULL;
    if (set_protocol(p, protocol, fix_imports) < 0)
        goto done;
    if (file != NULL) {
        if (_PyObject_LookupAttr(file, str_write, &p->write) < 0)
            goto done;
        if (p->write == NULL) {
            PyErr_SetString(PyExc_TypeError, "file must have a 'write' attribute");
            goto done;
        }
    }
    if (set_buffer_callback(p, buffer_callback) < 0)
        goto done;
    if (dump(p, obj) < 0)
        goto done;
    if (file != NULL) {
        if (flush_to_file(p) < 0)
            goto done;
        result = Py_NewRef(Py_None);
    }
    else if (p->out_obj == NULL) {
        result = PyBytes_FromStringAndSize(NULL, 0);
    }
    else if (_PyBytes_Resize(&p->out_obj, p->out_len) == 0) {
        result = p->out_obj;
        p->out_obj = NULL;
    }
  done:
    Py_DECREF(p);
    return result;
}

static PyObject *
pickle_dump(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"obj", "file", "protocol", "fix_imports", "buffer_callback", NULL};
    PyObject *obj, *file, *protocol = Py_None, *cb = Py_None;
    int fix_imports = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO|O$pO:dump", kwlist,
                                     &obj, &file, &protocol, &fix_imports, &cb))
        return NULL;
    return pickle_dump_common(obj, file, protocol, fix_imports, cb);
}

static PyObject *
pickle_dumps(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"obj", "protocol", "fix_imports", "buffer_callback", NULL};
    PyObject *obj, *protocol = Py_None, *cb = Py_None;
    int fix_imports = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O$pO:dumps", kwlist,
                                     &obj, &protocol, &fix_imports, &cb))
        return NULL;
    return pickle_dump_common(obj, NULL, protocol, fix_imports, cb);
}

static PyObject *
pickle_load(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "fix_imports", "encoding", "errors", "buffers", NULL};
    PyObject *file, *buffers = NULL;
    int fix_imports = 1;
    const char *encoding = "ASCII", *errors = "strict";
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|$pssO:load", kwlist,
                                     &file, &fix_imports, &encoding, &errors, &buffers))
        return NULL;
    UnpicklerObject *u = unpickler_alloc(&Unpickler_Type);
    if (u == NULL)
        return NULL;
    PyObject *result = NULL;
    if (set_input_file(u, file) == 0 &&
        unpickler_setup(u, fix_imports, encoding, errors, buffers) == 0)
        result = load(u);
    Py_DECREF(u);
    return result;
}

static PyObject *
pickle_loads(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"", "fix_imports", "encoding", "errors", "buffers", NULL};
    PyObject *data, *buffers = NULL;
    int fix_imports = 1;
    const char *encoding = "ASCII", *errors = "strict";
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|$pssO:loads", kwlist,
                                     &data, &fix_imports, &encoding, &errors, &buffers))
        return NULL;
    UnpicklerObject *u = unpickler_alloc(&Unpickler_Type);
    if (u == NULL)
        return NULL;
    PyObject *result = NULL;
    if (PyObject_GetBuffer(data, &u->input, PyBUF_CONTIG_RO) == 0) {
        u->has_input = 1;
        u->buf = u->input.buf;
        u->buf_len = u->input.len;
        u->pos = 0;
        if (unpickler_setup(u, fix_imports, encoding, errors, buffers) == 0)
            result = load(u);
    }
    Py_DECREF(u);
    return result;
}

static PyMethodDef pickle_functions[] = {
    {"dump", (PyCFunction)(void (*)(void))pickle_dump, METH_VARARGS | METH_KEYWORDS,
     "dump($module, /, obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)\n--\n\n"
     "Write a pickled representation of obj to the open file object file."},
    {"dumps", (PyCFunction)(void (*)(void))pickle_dumps, METH_VARARGS | METH_KEYWORDS,
     "dumps($module, /, obj, protocol=None, *, fix_imports=True, buffer_callback=None)\n--\n\n"
     "Return the pickled representation of the object as a bytes object."},
    {"load", (PyCFunction)(void (*)(void))pickle_load, METH_VARARGS | METH_KEYWORDS,
     "load($module, /, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n--\n\n"
     "Read and return an object from the pickle data stored in a file."},
    {"loads", (PyCFunction)(void (*)(void))pickle_loads, METH_VARARGS | METH_KEYWORDS,
     "loads($module, data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n--\n\n"
     "Read and return an object from the given pickle data."},
    {NULL}
};

/* ====================== module init ====================== */

static PyObject *
get_attr_of(const char *module, const char *name)
{
    PyObject *m = PyImport_ImportModule(module);
    if (m == NULL)
        return NULL;
    PyObject *r = PyObject_GetAttrString(m, name);
    Py_DECREF(m);
    return r;
}

static int
fetch_dict(PyObject **slot, const char *module, const char *name)
{
    if (*slot != NULL)
        return 0;
    PyObject *d = get_attr_of(module, name);
    if (d == NULL)
        return -1;
    if (!PyDict_Check(d)) {
        PyErr_Format(PyExc_RuntimeError, "%s.%s should be a dict, not %.200s",
                     module, name, Py_TYPE(d)->tp_name);
        Py_DECREF(d);
        return -1;
    }
    *slot = d;
    return 0;
}

static int
init_state(void)
{
    if (str_latin1 != NULL)
        return 0;
#define INTERN(var, text) if ((var = PyUnicode_InternFromString(text)) == NULL) return -1
    INTERN(str_main, "__main__");
    INTERN(str_find_class, "find_class");
    INTERN(str_newobj, "__newobj__");
    INTERN(str_newobj_ex, "__newobj_ex__");
    INTERN(str_name, "__name__");
    INTERN(str_qualname, "__qualname__");
    INTERN(str_module, "__module__");
    INTERN(str_reduce_ex, "__reduce_ex__");
    INTERN(str_reduce, "__reduce__");
    INTERN(str_dict, "__dict__");
    INTERN(str_setstate, "__setstate__");
    INTERN(str_getinitargs, "__getinitargs__");
    INTERN(str_new, "__new__");
    INTERN(str_extend, "extend");
    INTERN(str_append, "append");
    INTERN(str_add, "add");
    INTERN(str_items, "items");
    INTERN(str_persistent_id, "persistent_id");
    INTERN(str_persistent_load, "persistent_load");
    INTERN(str_reducer_override, "reducer_override");
    INTERN(str_dispatch_table, "dispatch_table");
    INTERN(str_class, "__class__");
    INTERN(str_write, "write");
    INTERN(str_read, "read");
    INTERN(str_readline, "readline");
    INTERN(str_peek, "peek");
    INTERN(str_locals, "<locals>");
    INTERN(str_dot, ".");
#undef INTERN
    if ((empty_tuple = PyTuple_New(0)) == NULL)
        return -1;
    if (fetch_dict(&dispatch_table, "copyreg", "dispatch_table") < 0 ||
        fetch_dict(&extension_registry, "copyreg", "_extension_registry") < 0 ||
        fetch_dict(&inverted_registry, "copyreg", "_inverted_registry") < 0 ||
        fetch_dict(&extension_cache, "copyreg", "_extension_cache") < 0 ||
        fetch_dict(&name_mapping_2to3, "_compat_pickle", "NAME_MAPPING") < 0 ||
        fetch_dict(&import_mapping_2to3, "_compat_pickle", "IMPORT_MAPPING") < 0 ||
        fetch_dict(&name_mapping_3to2, "_compat_pickle", "REVERSE_NAME_MAPPING") < 0 ||
        fetch_dict(&import_mapping_3to2, "_compat_pickle", "REVERSE_IMPORT_MAPPING") < 0)
        return -1;
    if ((codecs_encode = get_attr_of("codecs", "encode")) == NULL ||
        (builtins_getattr = get_attr_of("builtins", "getattr")) == NULL ||
        (functools_partial = get_attr_of("functools", "partial")) == NULL)
        return -1;
    if ((str_latin1 = PyUnicode_InternFromString("latin1")) == NULL)
        return -1;
    return 0;
}

static struct PyModuleDef picklemodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_pickle",
    .m_doc = "Optimized C implementation for the Python pickle module.",
    .m_size = -1,
    .m_methods = pickle_functions,
};

PyObject *
PyInit__pickle(void)
{
    if (PyType_Ready(&Pickler_Type) < 0 || PyType_Ready(&Unpickler_Type) < 0 ||
        PyType_Ready(&PicklerMemoProxy_Type) < 0 || PyType_Ready(&UnpicklerMemoProxy_Type) < 0 ||
        PyType_Ready(&PickleBuffer_Type) < 0)
        return NULL;
    if (init_state() < 0)
        return NULL;
    if (PickleError == NULL) {
        if ((PickleError = PyErr_NewException("_pickle.PickleError", NULL, NULL)) == NULL ||
            (PicklingError = PyErr_NewException("_pickle.PicklingError", PickleError, NULL)) == NULL ||
            (UnpicklingError = PyErr_NewException("_pickle.UnpicklingError", PickleError, NULL)) == NULL)
            return NULL;
    }
    PyObject *m = PyModule_Create(&picklemodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Pickler", (PyObject *)&Pickler_Type) < 0 ||
        PyModule_AddObjectRef(m, "Unpickler", (PyObject *)&Unpickler_Type) < 0 ||
        PyModule_AddObjectRef(m, "PickleBuffer", (PyObject *)&PickleBuffer_Type) < 0 ||
        PyModule_AddObjectRef(m, "PickleError", PickleError) < 0 ||
        PyModule_AddObjectRef(m, "PicklingError", PicklingError) < 0 ||
        PyModule_AddObjectRef(m, "UnpicklingError", UnpicklingError) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
