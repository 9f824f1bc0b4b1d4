/* _bz2: the incremental compressor and decompressor behind the bz2
 * module, on the system's libbzip2.
 *
 * bz2.py does the file handling and the one-shot functions; this module
 * has only BZ2Compressor and BZ2Decompressor, as CPython 3.11's does, with
 * its messages and its edge cases (a decompressor refuses all work after
 * an error, since libbzip2 cannot be re-entered then).
 *
 * The decompressor may stop before using all its input: at max_length
 * output bytes, or because libbzip2 wants its output drained first.  The
 * rest is kept for the next call, so callers may pass b'' to get more
 * output; needs_input tells them which case they are in.  That
 * bookkeeping, the driving loops, the locking and the methods' framing
 * are shared with _lzma in compression_common.c; this file keeps what is
 * bzip2's own: its result codes, one library call per step (bz2_codec),
 * and feeding its 32-bit avail_in at most 4 GiB at a time.
 *
 * As in zlib, libbzip2 runs with the interpreter released, writing into
 * the raw buffer of compression_buffer.h, and each object has a lock
 * held for the whole of a method so that threads sharing one take turns. */
#include "Python.h"
#include "structmember.h"
#include "pythread.h"
#include "kr_strings.h"
#include "compression_common.h"
#include <bzlib.h>

typedef struct {
    PyObject_HEAD
    bz_stream bzs;
    KrCompressorState st; /* st.initialised: bzs holds libbzip2 memory */
} BZ2Compressor;

typedef struct {
    PyObject_HEAD
    bz_stream bzs;
    /* st.in is the input not consumed yet; bzs.next_in and avail_in
     * cover at most UINT_MAX bytes of it, during a call */
    KrDecompressorState st;
} BZ2Decompressor;

/* An exception for a libbzip2 result code; 1 if it was an error. */
static int
catch_bz2_error(int bzerror)
{
    switch (bzerror) {
    case BZ_OK:
    case BZ_RUN_OK:
    case BZ_FLUSH_OK:
    case BZ_FINISH_OK:
    case BZ_STREAM_END:
        return 0;
#ifdef BZ_CONFIG_ERROR
    case BZ_CONFIG_ERROR:
        PyErr_SetString(PyExc_SystemError, "libbzip2 was not compiled correctly");
        return 1;
#endif
    case BZ_PARAM_ERROR:
        PyErr_SetString(PyExc_ValueError, "Internal error - invalid parameters passed to libbzip2");
        return 1;
    case BZ_MEM_ERROR:
        PyErr_NoMemory();
        return 1;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
        PyErr_SetString(PyExc_OSError, "Invalid data stream");
        return 1;
    case BZ_IO_ERROR:
        PyErr_SetString(PyExc_OSError, "Unknown I/O error");
        return 1;
    case BZ_UNEXPECTED_EOF:
        PyErr_SetString(PyExc_EOFError,
                        "Compressed file ended before the logical end-of-stream was detected");
        return 1;
    case BZ_SEQUENCE_ERROR:
        PyErr_SetString(PyExc_RuntimeError,
                        "Internal error - Invalid sequence of commands sent to libbzip2");
        return 1;
    default:
        PyErr_Format(PyExc_SystemError, "Unrecognized error from libbzip2: %d", bzerror);
        return 1;
    }
}

/* ---- driving libbzip2 (the loops are in compression_common.c) ---- */

static void
set_output(void *stream, char *next, size_t avail)
{
    bz_stream *bzs = stream;
    bzs->next_out = next;
    bzs->avail_out = (unsigned int)avail;
}

static size_t
avail_out(void *stream)
{
    return ((bz_stream *)stream)->avail_out;
}

/* libbzip2 counts input in 32 bits: it sees at most 4 GiB of `in` at a
 * time, and what it leaves goes back to `in` after the call. */
static void
feed(bz_stream *bzs, KrPendingInput *in)
{
    bzs->next_in = (char *)in->next;
    bzs->avail_in = in->avail > UINT_MAX ? UINT_MAX : (unsigned int)in->avail;
    in->avail -= bzs->avail_in;
}

static void
take_back(bz_stream *bzs, KrPendingInput *in)
{
    in->avail += bzs->avail_in;
    in->next = bzs->next_in;
}

/* BZ_RUN stops when the input is used; BZ_FINISH at the end of the
 * stream.  Room for output is asked for before a call, as CPython does. */
static int
compress_step(void *stream, KrPendingInput *in, int finish)
{
    bz_stream *bzs = stream;
    if (!finish && in->avail == 0)
        return KR_STEP_END;
    if (bzs->avail_out == 0)
        return KR_STEP_OUTPUT;
    feed(bzs, in);
    int bzerror;
    Py_BEGIN_ALLOW_THREADS
    bzerror = BZ2_bzCompress(bzs, finish ? BZ_FINISH : BZ_RUN);
    Py_END_ALLOW_THREADS
    take_back(bzs, in);
    if (catch_bz2_error(bzerror))
        return KR_STEP_ERROR;
    if (finish && bzerror == BZ_STREAM_END)
        return KR_STEP_END;
    return KR_STEP_MORE;
}

static int
decompress_step(void *stream, KrPendingInput *in)
{
    bz_stream *bzs = stream;
    feed(bzs, in);
    int bzret;
    Py_BEGIN_ALLOW_THREADS
    bzret = BZ2_bzDecompress(bzs);
    Py_END_ALLOW_THREADS
    take_back(bzs, in);
    if (catch_bz2_error(bzret))
        return KR_STEP_ERROR;
    return bzret == BZ_STREAM_END ? KR_STEP_END : KR_STEP_MORE;
}

static const KrCodec bz2_codec = {
    .window_max = UINT_MAX,
    .set_output = set_output,
    .avail_out = avail_out,
    .compress_step = compress_step,
    .decompress_step = decompress_step,
    .holds_output = 0,
    .fatal_errors = 1,
    .eof_message = "End of stream already reached",
};

/* ---- BZ2Compressor ---- */

static int
compressor_init(PyObject *op, PyObject *args, PyObject *kwargs)
{
    BZ2Compressor *self = (BZ2Compressor *)op;
    if (!_PyArg_NoKeywords("BZ2Compressor", kwargs))
        return -1;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (!_PyArg_CheckPositional("BZ2Compressor", nargs, 0, 1))
        return -1;
    int level = 9;
    if (nargs == 1) {
        level = _KrArg_AsInt(PyTuple_GET_ITEM(args, 0));
        if (level == -1 && PyErr_Occurred())
            return -1;
    }
    if (!(1 <= level && level <= 9)) {
        PyErr_SetString(PyExc_ValueError, "compresslevel must be between 1 and 9");
        return -1;
    }
    if (_KrCompression_NewLock(&self->st.lock) < 0)
        return -1;
    if (self->st.initialised) {
        BZ2_bzCompressEnd(&self->bzs);
        self->st.initialised = 0;
    }
    memset(&self->bzs, 0, sizeof self->bzs);
    if (catch_bz2_error(BZ2_bzCompressInit(&self->bzs, level, 0, 0)))
        return -1;
    self->st.initialised = 1;
    self->st.flushed = 0;
    return 0;
}

static void
compressor_dealloc(PyObject *op)
{
    BZ2Compressor *self = (BZ2Compressor *)op;
    if (self->st.initialised)
        BZ2_bzCompressEnd(&self->bzs);
    if (self->st.lock != NULL)
        PyThread_free_lock(self->st.lock);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
compressor_compress(PyObject *op, PyObject *arg)
{
    BZ2Compressor *self = (BZ2Compressor *)op;
    return _KrCompressor_Compress(&self->st, &self->bzs, arg, &bz2_codec);
}

static PyObject *
compressor_flush(PyObject *op, PyObject *unused)
{
    BZ2Compressor *self = (BZ2Compressor *)op;
    return _KrCompressor_Flush(&self->st, &self->bzs, &bz2_codec);
}

/* ---- BZ2Decompressor ---- */

static int
decompressor_init(PyObject *op, PyObject *args, PyObject *kwargs)
{
    BZ2Decompressor *self = (BZ2Decompressor *)op;
    if (!_PyArg_NoPositional("BZ2Decompressor", args) ||
        !_PyArg_NoKeywords("BZ2Decompressor", kwargs))
        return -1;
    if (_KrCompression_NewLock(&self->st.lock) < 0)
        return -1;
    if (self->st.initialised) {
        BZ2_bzDecompressEnd(&self->bzs);
        self->st.initialised = 0;
    }
    if (_KrDecompressor_Reset(&self->st) < 0)
        return -1;
    memset(&self->bzs, 0, sizeof self->bzs);
    if (catch_bz2_error(BZ2_bzDecompressInit(&self->bzs, 0, 0)))
        return -1;
    self->st.initialised = 1;
    return 0;
}

static void
decompressor_dealloc(PyObject *op)
{
    BZ2Decompressor *self = (BZ2Decompressor *)op;
    if (self->st.initialised)
        BZ2_bzDecompressEnd(&self->bzs);
    _KrDecompressor_Clear(&self->st);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
decompressor_decompress(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    BZ2Decompressor *self = (BZ2Decompressor *)op;
    return _KrDecompressor_Decompress(&self->st, &self->bzs, args, nargs, kwnames, &bz2_codec);
}

/* ---- types and module ---- */

static PyMethodDef compressor_methods[] = {
    {"compress", compressor_compress, METH_O,
     "compress($self, data, /)\n--\n\n"
     "Feed data to the compressor; returns the compressed bytes ready so far\n"
     "(often b'').  flush() ends the stream."},
    {"flush", compressor_flush, METH_NOARGS,
     "flush($self, /)\n--\n\n"
     "End the stream: returns the compressed bytes still held.  The\n"
     "compressor cannot be used afterwards."},
    {NULL, NULL, 0, NULL}
};

static PyMethodDef decompressor_methods[] = {
    {"decompress", (PyCFunction)(void (*)(void))decompressor_decompress,
     METH_FASTCALL | METH_KEYWORDS,
     "decompress($self, /, data, max_length=-1)\n--\n\n"
     "Feed compressed data; returns the bytes it decompresses to so far.\n\n"
     "A max_length of 0 or more caps the output; input not yet used is kept,\n"
     "and needs_input tells whether the next call needs more data or can\n"
     "pass b'' to get the rest.  Bytes after the end of the stream go to\n"
     "unused_data; calling again after the end raises EOFError."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef decompressor_members[] = {
    {"eof", T_BOOL, offsetof(BZ2Decompressor, st.eof), READONLY,
     "Whether the end of the stream has been reached."},
    {"unused_data", T_OBJECT_EX, offsetof(BZ2Decompressor, st.unused_data), READONLY,
     "The bytes that followed the end of the stream."},
    {"needs_input", T_BOOL, offsetof(BZ2Decompressor, st.needs_input), READONLY,
     "Whether decompress() needs more data before it can return more output."},
    {NULL, 0, 0, 0, NULL}
};

static PyTypeObject BZ2Compressor_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_bz2.BZ2Compressor",
    .tp_basicsize = sizeof(BZ2Compressor),
    .tp_dealloc = compressor_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "BZ2Compressor(compresslevel=9, /)\n--\n\n"
              "A compressor for data that arrives in pieces; compresslevel runs\n"
              "from 1 (fastest) to 9 (smallest).  bz2.compress() does it in one go.",
    .tp_methods = compressor_methods,
    .tp_init = compressor_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
};

static PyTypeObject BZ2Decompressor_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_bz2.BZ2Decompressor",
    .tp_basicsize = sizeof(BZ2Decompressor),
    .tp_dealloc = decompressor_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "BZ2Decompressor()\n--\n\n"
              "A decompressor for data that arrives in pieces.  bz2.decompress()\n"
              "does it in one go.",
    .tp_methods = decompressor_methods,
    .tp_members = decompressor_members,
    .tp_init = decompressor_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
};

static PyModuleDef bz2_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_bz2",
    .m_size = 0,
};

PyObject *PyInit__bz2(void)
{
    if (PyType_Ready(&BZ2Compressor_Type) < 0 || PyType_Ready(&BZ2Decompressor_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&bz2_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddType(m, &BZ2Compressor_Type) < 0 ||
        PyModule_AddType(m, &BZ2Decompressor_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
