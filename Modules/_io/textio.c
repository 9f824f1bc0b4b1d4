/* io.IncrementalNewlineDecoder: universal newlines over a decoder.
 *
 * It wraps an optional incremental decoder and post-processes its
 * output: \r\n and lone \r become \n when translating, and the kinds of
 * line ending seen are recorded for .newlines.  A \r at the end of a
 * chunk could be the first half of \r\n, so unless the call is final it
 * is held back (`pendingcr`) and put in front of the next chunk; the
 * held \r is part of getstate()'s flag so a TextIOWrapper's tell cookie
 * can restore it.  StringIO calls decode() directly from C. */
#include "Python.h"
#include "kr_io.h"
#include <stddef.h>

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

typedef struct {
    PyObject_HEAD
    PyObject *decoder;  /* or None */
    PyObject *errors;
    char translate;
    char pendingcr;
    unsigned char seennl;
} nldecoder;

static int
nldecoder_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"decoder", "translate", "errors", NULL};
    nldecoder *self = (nldecoder *)op;
    PyObject *decoder, *errors = NULL;
    int translate;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "Op|O:IncrementalNewlineDecoder", kwlist,
                                     &decoder, &translate, &errors))
        return -1;
    Py_XSETREF(self->decoder, Py_NewRef(decoder));
    if (errors == NULL)
        errors = PyUnicode_FromString("strict");
    else
        Py_INCREF(errors);
    if (errors == NULL)
        return -1;
    Py_XSETREF(self->errors, errors);
    self->translate = (char)translate;
    self->seennl = 0;
    self->pendingcr = 0;
    return 0;
}

PyObject *
_KrIO_NewlineDecoderDecode(PyObject *op, PyObject *input, int final)
{
    nldecoder *self = (nldecoder *)op;
    PyObject *output;
    if (self->decoder == NULL) {
        PyErr_SetString(PyExc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
        return NULL;
    }
    if (self->decoder != Py_None) {
        output = PyObject_CallMethod(self->decoder, "decode", "Oi", input, final);
        if (output == NULL)
            return NULL;
    } else {
        output = Py_NewRef(input);
    }
    if (!PyUnicode_Check(output)) {
        PyErr_Format(PyExc_TypeError, "decoder should return a string result, not '%.200s'",
                     Py_TYPE(output)->tp_name);
        Py_DECREF(output);
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(output);
    if (self->pendingcr && (final || len > 0)) {
        PyObject *cr = PyUnicode_FromOrdinal('\r');
        PyObject *t = cr ? PyUnicode_Concat(cr, output) : NULL;
        Py_XDECREF(cr);
        Py_DECREF(output);
        if (t == NULL)
            return NULL;
        output = t;
        self->pendingcr = 0;
        len++;
    }
    if (!final && len > 0 && PyUnicode_READ_CHAR(output, len - 1) == '\r') {
        PyObject *t = PyUnicode_Substring(output, 0, len - 1);
        Py_DECREF(output);
        if (t == NULL)
            return NULL;
        output = t;
        self->pendingcr = 1;
        len--;
    }
    if (len == 0)
        return output;
    /* Find what kinds of line ending occur; with nothing but \n (the
     * common case) there is nothing to translate. */
    int kind = PyUnicode_KIND(output);
    const void *data = PyUnicode_DATA(output);
    int seen = 0;
    if (PyUnicode_FindChar(output, '\r', 0, len, 1) < 0) {
        if (self->seennl & SEEN_LF)
            return output;
        if (PyUnicode_FindChar(output, '\n', 0, len, 1) >= 0)
            self->seennl |= SEEN_LF;
        return output;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\n') {
            seen |= SEEN_LF;
        } else if (c == '\r') {
            if (i + 1 < len && PyUnicode_READ(kind, data, i + 1) == '\n') {
                seen |= SEEN_CRLF;
                i++;
            } else {
                seen |= SEEN_CR;
            }
        }
    }
    self->seennl |= seen;
    if (!self->translate)
        return output;
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    w.min_length = len;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\r') {
            c = '\n';
            if (i + 1 < len && PyUnicode_READ(kind, data, i + 1) == '\n')
                i++;
        }
        if (_PyUnicodeWriter_WriteChar(&w, c) < 0) {
            _PyUnicodeWriter_Dealloc(&w);
            Py_DECREF(output);
            return NULL;
        }
    }
    Py_DECREF(output);
    return _PyUnicodeWriter_Finish(&w);
}

static PyObject *
nldecoder_decode(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"input", "final", NULL};
    PyObject *input;
    int final = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|p:decode", kwlist, &input, &final))
        return NULL;
    return _KrIO_NewlineDecoderDecode(op, input, final);
}

static PyObject *
nldecoder_getstate(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    nldecoder *self = (nldecoder *)op;
    PyObject *buffer;
    unsigned long long flag;
    if (self->decoder != Py_None && self->decoder != NULL) {
        PyObject *state = PyObject_CallMethod(self->decoder, "getstate", NULL);
        if (state == NULL)
            return NULL;
        if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) != 2) {
            PyErr_SetString(PyExc_TypeError, "illegal decoder state");
            Py_DECREF(state);
            return NULL;
        }
        buffer = Py_NewRef(PyTuple_GET_ITEM(state, 0));
        flag = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(state, 1));
        Py_DECREF(state);
        if (flag == (unsigned long long)-1 && PyErr_Occurred()) {
            Py_DECREF(buffer);
            return NULL;
        }
    } else {
        buffer = PyBytes_FromStringAndSize(NULL, 0);
        if (buffer == NULL)
            return NULL;
        flag = 0;
    }
    flag <<= 1;
    if (self->pendingcr)
        flag |= 1;
    return Py_BuildValue("(NK)", buffer, flag);
}

static PyObject *
nldecoder_setstate(PyObject *op, PyObject *state)
{
    nldecoder *self = (nldecoder *)op;
    PyObject *buffer;
    unsigned long long flag;
    if (!PyTuple_Check(state)) {
        PyErr_SetString(PyExc_TypeError, "state argument must be a tuple");
        return NULL;
    }
    if (!PyArg_ParseTuple(state, "OK;setstate(): illegal state argument", &buffer, &flag))
        return NULL;
    self->pendingcr = (char)(flag & 1);
    if (self->decoder != Py_None && self->decoder != NULL)
        return PyObject_CallMethod(self->decoder, "setstate", "((OK))", buffer, flag >> 1);
    Py_RETURN_NONE;
}

static PyObject *
nldecoder_reset(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    nldecoder *self = (nldecoder *)op;
    self->seennl = 0;
    self->pendingcr = 0;
    if (self->decoder != Py_None && self->decoder != NULL)
        return PyObject_CallMethod(self->decoder, "reset", NULL);
    Py_RETURN_NONE;
}

static PyObject *
nldecoder_get_newlines(PyObject *op, void *Py_UNUSED(closure))
{
    switch (((nldecoder *)op)->seennl) {
    case SEEN_LF: return PyUnicode_FromString("\n");
    case SEEN_CR: return PyUnicode_FromString("\r");
    case SEEN_CRLF: return PyUnicode_FromString("\r\n");
    case SEEN_CR | SEEN_LF: return Py_BuildValue("ss", "\r", "\n");
    case SEEN_LF | SEEN_CRLF: return Py_BuildValue("ss", "\n", "\r\n");
    case SEEN_CR | SEEN_CRLF: return Py_BuildValue("ss", "\r", "\r\n");
    case SEEN_CR | SEEN_LF | SEEN_CRLF: return Py_BuildValue("sss", "\r", "\n", "\r\n");
    default: Py_RETURN_NONE;
    }
}

static void
nldecoder_dealloc(PyObject *op)
{
    nldecoder *self = (nldecoder *)op;
    PyObject_GC_UnTrack(op);
    Py_CLEAR(self->decoder);
    Py_CLEAR(self->errors);
    Py_TYPE(op)->tp_free(op);
}

static int
nldecoder_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((nldecoder *)op)->decoder);
    Py_VISIT(((nldecoder *)op)->errors);
    return 0;
}

static int
nldecoder_clear(PyObject *op)
{
    Py_CLEAR(((nldecoder *)op)->decoder);
    Py_CLEAR(((nldecoder *)op)->errors);
    return 0;
}

static PyMethodDef nldecoder_methods[] = {
    {"decode", (PyCFunction)(void (*)(void))nldecoder_decode, METH_VARARGS | METH_KEYWORDS,
     NULL},
    {"getstate", nldecoder_getstate, METH_NOARGS, NULL},
    {"setstate", nldecoder_setstate, METH_O, NULL},
    {"reset", nldecoder_reset, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef nldecoder_getset[] = {
    {"newlines", nldecoder_get_newlines, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _KrIO_IncrementalNewlineDecoder_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_io.IncrementalNewlineDecoder",
    .tp_basicsize = sizeof(nldecoder),
    .tp_dealloc = nldecoder_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "IncrementalNewlineDecoder(decoder, translate, errors='strict')\n--\n\n"
              "Codec used when reading a file in universal newlines mode.\n\n"
              "It wraps another incremental decoder, translating \\r\\n and \\r into \\n.\n"
              "It also records the types of newlines encountered.  When used with\n"
              "translate=False, it ensures that the newline sequence is returned in\n"
              "one piece. When used with decoder=None, it expects unicode strings as\n"
              "decode input and translates newlines without first invoking an external\n"
              "decoder.",
    .tp_traverse = nldecoder_traverse,
    .tp_clear = nldecoder_clear,
    .tp_methods = nldecoder_methods,
    .tp_getset = nldecoder_getset,
    .tp_init = nldecoder_init,
    .tp_new = PyType_GenericNew,
};
