/* io.StringIO: a text stream over an in-memory array of code points.
 *
 * The content is kept as UCS4 so that reads, writes and seeks at any
 * position are plain array operations; getvalue() and read() build
 * compact str objects from it.  Most StringIOs are written front to back
 * and then read with getvalue() (traceback, pprint, unittest's output
 * capture), so the common path of write() is one newline check and one
 * widening copy into the array.
 *
 * Newlines follow the `newline` argument as CPython does: the default
 * "\n" touches nothing; None translates \r and \r\n to \n as text is
 * written (through an IncrementalNewlineDecoder, which also records what
 * it saw for .newlines); "" records without translating; "\r" or "\r\n"
 * turn each written \n into that sequence and end lines there. */
#include "Python.h"
#include "kr_io.h"
#include <stddef.h>

typedef struct {
    KR_IOBASE_HEAD
    Py_UCS4 *buf;
    Py_ssize_t size, pos, cap;
    char closed, ok;
    char readuniversal, readtranslate;
    PyObject *decoder;  /* IncrementalNewlineDecoder when readuniversal */
    PyObject *readnl;   /* the newline argument, NULL for None */
    PyObject *writenl;  /* what \n becomes when written; NULL: itself */
} stringio;

#define CHECK_OPEN(self) \
    do { \
        if (!(self)->ok) { \
            PyErr_SetString(PyExc_ValueError, "I/O operation on uninitialized object"); \
            return NULL; \
        } \
        if ((self)->closed) { \
            PyErr_SetString(PyExc_ValueError, "I/O operation on closed file"); \
            return NULL; \
        } \
    } while (0)

static int
reserve(stringio *self, Py_ssize_t need)
{
    if (need <= self->cap)
        return 0;
    Py_ssize_t cap = self->cap < 32 ? 32 : self->cap;
    while (cap < need) {
        if (cap > PY_SSIZE_T_MAX / 8) {
            cap = need;
            break;
        }
        cap += cap >> 1;
    }
    if ((size_t)cap > PY_SSIZE_T_MAX / sizeof(Py_UCS4)) {
        PyErr_NoMemory();
        return -1;
    }
    Py_UCS4 *nb = PyMem_Realloc(self->buf, (size_t)cap * sizeof(Py_UCS4));
    if (nb == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->buf = nb;
    self->cap = cap;
    return 0;
}

/* Copy str's characters into the array at pos, zero-filling a gap. */
static int
put_chars(stringio *self, PyObject *s)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (len == 0)
        return 0;
    if (self->pos > PY_SSIZE_T_MAX - len) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t end = self->pos + len;
    if (reserve(self, end) < 0)
        return -1;
    if (self->pos > self->size)
        memset(self->buf + self->size, 0, (self->pos - self->size) * sizeof(Py_UCS4));
    Py_UCS4 *dst = self->buf + self->pos;
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *p = data;
        for (Py_ssize_t i = 0; i < len; i++)
            dst[i] = p[i];
    } else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *p = data;
        for (Py_ssize_t i = 0; i < len; i++)
            dst[i] = p[i];
    } else {
        memcpy(dst, data, len * sizeof(Py_UCS4));
    }
    self->pos = end;
    if (end > self->size)
        self->size = end;
    return 0;
}

static int
write_str(stringio *self, PyObject *obj)
{
    PyObject *decoded;
    if (self->decoder != NULL) {
        decoded = _KrIO_NewlineDecoderDecode(self->decoder, obj, 1);
        if (decoded == NULL)
            return -1;
    } else {
        decoded = Py_NewRef(obj);
    }
    if (self->writenl != NULL &&
        PyUnicode_FindChar(decoded, '\n', 0, PyUnicode_GET_LENGTH(decoded), 1) >= 0) {
        PyObject *lf = PyUnicode_FromOrdinal('\n');
        PyObject *t = lf ? PyUnicode_Replace(decoded, lf, self->writenl, -1) : NULL;
        Py_XDECREF(lf);
        Py_DECREF(decoded);
        if (t == NULL)
            return -1;
        decoded = t;
    }
    int r = put_chars(self, decoded);
    Py_DECREF(decoded);
    return r;
}

static PyObject *
make_str(stringio *self, Py_ssize_t start, Py_ssize_t n)
{
    if (n <= 0)
        return PyUnicode_New(0, 0);
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, self->buf + start, n);
}

static int
stringio_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"initial_value", "newline", NULL};
    stringio *self = (stringio *)op;
    PyObject *value = NULL, *newline_obj = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OO:StringIO", kwlist, &value, &newline_obj))
        return -1;
    const char *newline = "\n";
    if (newline_obj == Py_None) {
        newline = NULL;
    } else if (newline_obj != NULL) {
        if (!PyUnicode_Check(newline_obj)) {
            PyErr_Format(PyExc_TypeError, "newline must be str or None, not %.200s",
                         Py_TYPE(newline_obj)->tp_name);
            return -1;
        }
        newline = PyUnicode_AsUTF8(newline_obj);
        if (newline == NULL)
            return -1;
    }
    if (newline && newline[0] != '\0' && strcmp(newline, "\n") != 0 &&
        strcmp(newline, "\r") != 0 && strcmp(newline, "\r\n") != 0) {
        PyErr_Format(PyExc_ValueError, "illegal newline value: %R", newline_obj);
        return -1;
    }
    if (value && value != Py_None && !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "initial_value must be str or None, not %.200s",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    self->ok = 0;
    Py_CLEAR(self->readnl);
    Py_CLEAR(self->writenl);
    Py_CLEAR(self->decoder);
    if (newline) {
        self->readnl = PyUnicode_FromString(newline);
        if (self->readnl == NULL)
            return -1;
    }
    self->readuniversal = (newline == NULL || newline[0] == '\0');
    self->readtranslate = (newline == NULL);
    if (newline && newline[0] == '\r')
        self->writenl = Py_NewRef(self->readnl);
    if (self->readuniversal) {
        self->decoder = PyObject_CallFunction((PyObject *)&_KrIO_IncrementalNewlineDecoder_Type,
                                              "Oi", Py_None, (int)self->readtranslate);
        if (self->decoder == NULL)
            return -1;
    }
    self->size = self->pos = 0;
    self->closed = 0;
    if (value && value != Py_None && PyUnicode_GET_LENGTH(value) > 0) {
        if (write_str(self, value) < 0)
            return -1;
        self->pos = 0;
    }
    self->ok = 1;
    return 0;
}

static PyObject *
stringio_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return type->tp_alloc(type, 0);
}

static int
size_arg(PyObject *const *args, Py_ssize_t nargs, const char *fname, Py_ssize_t *size)
{
    *size = -1;
    if (!_PyArg_CheckPositional(fname, nargs, 0, 1))
        return -1;
    if (nargs == 0 || args[0] == Py_None)
        return 0;
    if (!PyIndex_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or None, not '%.200s'",
                     Py_TYPE(args[0])->tp_name);
        return -1;
    }
    *size = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
    if (*size == -1 && PyErr_Occurred())
        return -1;
    return 0;
}

static PyObject *
stringio_read(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    stringio *self = (stringio *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "read", &n) < 0)
        return NULL;
    CHECK_OPEN(self);
    Py_ssize_t avail = self->size - self->pos;
    if (avail < 0)
        avail = 0;
    if (n < 0 || n > avail)
        n = avail;
    PyObject *res = make_str(self, self->pos, n);
    if (res)
        self->pos += n;
    return res;
}

/* The length of the next line from pos (limit < 0: no limit). */
static Py_ssize_t
line_length(stringio *self, Py_ssize_t limit)
{
    Py_ssize_t avail = self->size - self->pos;
    if (avail <= 0)
        return 0;
    if (limit >= 0 && limit < avail)
        avail = limit;
    const Py_UCS4 *p = self->buf + self->pos;
    if (self->readtranslate) {
        for (Py_ssize_t i = 0; i < avail; i++)
            if (p[i] == '\n')
                return i + 1;
        return avail;
    }
    if (self->readuniversal) {
        for (Py_ssize_t i = 0; i < avail; i++) {
            if (p[i] == '\n')
                return i + 1;
            if (p[i] == '\r')
                return (i + 1 < avail && p[i + 1] == '\n') ? i + 2 : i + 1;
        }
        return avail;
    }
    Py_ssize_t nl_len = PyUnicode_GET_LENGTH(self->readnl);
    Py_UCS4 first = PyUnicode_READ_CHAR(self->readnl, 0);
    for (Py_ssize_t i = 0; i < avail; i++) {
        if (p[i] != first)
            continue;
        if (nl_len == 1)
            return i + 1;
        if (i + 1 < avail && p[i + 1] == PyUnicode_READ_CHAR(self->readnl, 1))
            return i + 2;
    }
    return avail;
}

static PyObject *
read_line(stringio *self, Py_ssize_t limit)
{
    Py_ssize_t n = line_length(self, limit);
    PyObject *res = make_str(self, self->pos, n);
    if (res)
        self->pos += n;
    return res;
}

static PyObject *
stringio_readline(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    stringio *self = (stringio *)op;
    Py_ssize_t limit;
    if (size_arg(args, nargs, "readline", &limit) < 0)
        return NULL;
    CHECK_OPEN(self);
    return read_line(self, limit);
}

static PyObject *
stringio_iternext(PyObject *op)
{
    stringio *self = (stringio *)op;
    CHECK_OPEN(self);
    PyObject *line;
    if (Py_IS_TYPE(op, &_KrIO_StringIO_Type)) {
        line = read_line(self, -1);
    } else {
        /* a subclass may define its own readline */
        line = PyObject_CallMethod(op, "readline", NULL);
        if (line && !PyUnicode_Check(line)) {
            PyErr_Format(PyExc_OSError, "readline() should have returned a str object, "
                                        "not '%.200s'", Py_TYPE(line)->tp_name);
            Py_DECREF(line);
            return NULL;
        }
    }
    if (line == NULL)
        return NULL;
    if (PyUnicode_GET_LENGTH(line) == 0) {
        Py_DECREF(line);
        return NULL;
    }
    return line;
}

static PyObject *
stringio_write(PyObject *op, PyObject *arg)
{
    stringio *self = (stringio *)op;
    CHECK_OPEN(self);
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "string argument expected, got '%s'",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    Py_ssize_t size = PyUnicode_GET_LENGTH(arg);
    if (size > 0 && write_str(self, arg) < 0)
        return NULL;
    return PyLong_FromSsize_t(size);
}

static PyObject *
stringio_getvalue(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    stringio *self = (stringio *)op;
    CHECK_OPEN(self);
    return make_str(self, 0, self->size);
}

static PyObject *
stringio_tell(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    stringio *self = (stringio *)op;
    CHECK_OPEN(self);
    return PyLong_FromSsize_t(self->pos);
}

static PyObject *
stringio_seek(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    stringio *self = (stringio *)op;
    if (!_PyArg_CheckPositional("seek", nargs, 1, 2))
        return NULL;
    Py_ssize_t pos = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    long whence = 0;
    if (nargs == 2) {
        whence = PyLong_AsLong(args[1]);
        if (whence == -1 && PyErr_Occurred())
            return NULL;
    }
    CHECK_OPEN(self);
    if (whence != 0 && whence != 1 && whence != 2) {
        PyErr_Format(PyExc_ValueError, "Invalid whence (%ld, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (pos < 0 && whence == 0) {
        PyErr_Format(PyExc_ValueError, "Negative seek position %zd", pos);
        return NULL;
    }
    if (whence != 0 && pos != 0) {
        PyErr_SetString(PyExc_OSError, "Can't do nonzero cur-relative seeks");
        return NULL;
    }
    if (whence == 1)
        pos = self->pos;
    else if (whence == 2)
        pos = self->size;
    self->pos = pos;
    return PyLong_FromSsize_t(pos);
}

static PyObject *
stringio_truncate(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    stringio *self = (stringio *)op;
    if (!_PyArg_CheckPositional("truncate", nargs, 0, 1))
        return NULL;
    CHECK_OPEN(self);
    Py_ssize_t size = self->pos;
    if (nargs == 1 && args[0] != Py_None) {
        size = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
        if (size == -1 && PyErr_Occurred())
            return NULL;
    }
    if (size < 0) {
        PyErr_Format(PyExc_ValueError, "Negative size value %zd", size);
        return NULL;
    }
    if (size < self->size)
        self->size = size;
    return PyLong_FromSsize_t(size);
}

static PyObject *
stringio_true_if_open(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    CHECK_OPEN((stringio *)op);
    Py_RETURN_TRUE;
}

static PyObject *
stringio_close(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    stringio *self = (stringio *)op;
    self->closed = 1;
    PyMem_Free(self->buf);
    self->buf = NULL;
    self->size = self->cap = 0;
    Py_RETURN_NONE;
}

static PyObject *
stringio_get_closed(PyObject *op, void *Py_UNUSED(closure))
{
    stringio *self = (stringio *)op;
    if (!self->ok) {
        PyErr_SetString(PyExc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return PyBool_FromLong(self->closed);
}

static PyObject *
stringio_get_line_buffering(PyObject *op, void *Py_UNUSED(closure))
{
    CHECK_OPEN((stringio *)op);
    Py_RETURN_FALSE;
}

static PyObject *
stringio_get_newlines(PyObject *op, void *Py_UNUSED(closure))
{
    stringio *self = (stringio *)op;
    CHECK_OPEN(self);
    if (self->decoder == NULL)
        Py_RETURN_NONE;
    return PyObject_GetAttrString(self->decoder, "newlines");
}

static PyObject *
stringio_getstate(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    stringio *self = (stringio *)op;
    PyObject *value = stringio_getvalue(op, NULL);
    if (value == NULL)
        return NULL;
    PyObject *dict = self->dict ? PyDict_Copy(self->dict) : Py_NewRef(Py_None);
    if (dict == NULL) {
        Py_DECREF(value);
        return NULL;
    }
    return Py_BuildValue("(NOnN)", value, self->readnl ? self->readnl : Py_None, self->pos,
                         dict);
}

static PyObject *
stringio_setstate(PyObject *op, PyObject *state)
{
    stringio *self = (stringio *)op;
    if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) < 4) {
        PyErr_Format(PyExc_TypeError,
                     "%.200s.__setstate__ argument should be 4-tuple, got %.200s",
                     Py_TYPE(op)->tp_name, Py_TYPE(state)->tp_name);
        return NULL;
    }
    if (self->closed) {
        /* a fresh object made by unpickling has not been initialised */
        PyErr_SetString(PyExc_ValueError, "I/O operation on closed file");
        return NULL;
    }
    PyObject *initarg = PyTuple_GetSlice(state, 0, 2);
    if (initarg == NULL)
        return NULL;
    int r = stringio_init(op, initarg, NULL);
    Py_DECREF(initarg);
    if (r < 0)
        return NULL;
    /* the saved value was translated when first written: restore it as is */
    PyObject *value = PyTuple_GET_ITEM(state, 0);
    self->size = self->pos = 0;
    if (value != Py_None && put_chars(self, value) < 0)
        return NULL;
    PyObject *posobj = PyTuple_GET_ITEM(state, 2);
    if (!PyLong_Check(posobj)) {
        PyErr_Format(PyExc_TypeError, "third item of state must be an integer, got %.200s",
                     Py_TYPE(posobj)->tp_name);
        return NULL;
    }
    Py_ssize_t pos = PyLong_AsSsize_t(posobj);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    if (pos < 0) {
        PyErr_SetString(PyExc_ValueError, "position value cannot be negative");
        return NULL;
    }
    self->pos = pos;
    PyObject *dict = PyTuple_GET_ITEM(state, 3);
    if (dict != Py_None) {
        if (!PyDict_Check(dict)) {
            PyErr_Format(PyExc_TypeError, "fourth item of state should be a dict, got a %.200s",
                         Py_TYPE(dict)->tp_name);
            return NULL;
        }
        if (self->dict)
            r = PyDict_Update(self->dict, dict);
        else
            r = (self->dict = PyDict_Copy(dict)) == NULL ? -1 : 0;
        if (r < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

static void
stringio_dealloc(PyObject *op)
{
    stringio *self = (stringio *)op;
    PyObject_GC_UnTrack(op);
    if (self->weakreflist)
        PyObject_ClearWeakRefs(op);
    Py_CLEAR(self->dict);
    Py_CLEAR(self->decoder);
    Py_CLEAR(self->readnl);
    Py_CLEAR(self->writenl);
    PyMem_Free(self->buf);
    Py_TYPE(op)->tp_free(op);
}

static int
stringio_traverse(PyObject *op, visitproc visit, void *arg)
{
    stringio *self = (stringio *)op;
    Py_VISIT(self->dict);
    Py_VISIT(self->decoder);
    return 0;
}

static int
stringio_clear(PyObject *op)
{
    stringio *self = (stringio *)op;
    Py_CLEAR(self->dict);
    Py_CLEAR(self->decoder);
    return 0;
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

static PyMethodDef stringio_methods[] = {
    {"close", stringio_close, METH_NOARGS, NULL},
    {"getvalue", stringio_getvalue, METH_NOARGS, NULL},
    {"read", FASTCALL(stringio_read), NULL},
    {"readline", FASTCALL(stringio_readline), NULL},
    {"tell", stringio_tell, METH_NOARGS, NULL},
    {"truncate", FASTCALL(stringio_truncate), NULL},
    {"seek", FASTCALL(stringio_seek), NULL},
    {"write", stringio_write, METH_O, NULL},
    {"seekable", stringio_true_if_open, METH_NOARGS, NULL},
    {"readable", stringio_true_if_open, METH_NOARGS, NULL},
    {"writable", stringio_true_if_open, METH_NOARGS, NULL},
    {"__getstate__", stringio_getstate, METH_NOARGS, NULL},
    {"__setstate__", stringio_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef stringio_getset[] = {
    {"closed", stringio_get_closed, NULL, NULL, NULL},
    {"newlines", stringio_get_newlines, NULL, NULL, NULL},
    {"line_buffering", stringio_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _KrIO_StringIO_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io.StringIO",
    .tp_basicsize = sizeof(stringio),
    .tp_dealloc = stringio_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "StringIO(initial_value='', newline='\\n')\n--\n\n"
              "Text I/O implementation using an in-memory buffer.\n\n"
              "The initial_value argument sets the value of object.  The newline\n"
              "argument is like the one of TextIOWrapper's constructor.",
    .tp_traverse = stringio_traverse,
    .tp_clear = stringio_clear,
    .tp_weaklistoffset = offsetof(stringio, weakreflist),
    .tp_iternext = stringio_iternext,
    .tp_methods = stringio_methods,
    .tp_getset = stringio_getset,
    .tp_base = &_KrIO_TextIOBase_Type,
    .tp_dictoffset = offsetof(stringio, dict),
    .tp_init = stringio_init,
    .tp_new = stringio_new,
};
