/* The library-independent half of _bz2 and _lzma (see
 * compression_common.h for the split and why).
 *
 * The subtle part is the decompressor's handling of input it has not used:
 * a call may stop before the end of its input (at max_length bytes of
 * output, or when the library wants its output drained first), and
 * CPython's decompressors keep the rest so the next call can pass b''.
 * The caller's data is read in place; only what is left over is copied,
 * into a buffer that is reused and grows as needed.  What comes after the
 * end of the stream becomes unused_data instead. */
#include "compression_common.h"
#include "compression_buffer.h"

void
_KrCompression_Lock(PyThread_type_lock lock)
{
    /* blocking only with the interpreter released, so the thread that
     * holds the lock can finish */
    if (!PyThread_acquire_lock(lock, 0)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(lock, 1);
        Py_END_ALLOW_THREADS
    }
}

int
_KrCompression_NewLock(PyThread_type_lock *slot)
{
    PyThread_type_lock lock = PyThread_allocate_lock();
    if (lock == NULL) {
        PyErr_SetString(PyExc_MemoryError, "Unable to allocate lock");
        return -1;
    }
    if (*slot != NULL)
        PyThread_free_lock(*slot);
    *slot = lock;
    return 0;
}

int
_KrCompression_CheckInitialised(int initialised)
{
    if (!initialised) {
        PyErr_SetString(PyExc_ValueError, "object was not initialised by __init__");
        return -1;
    }
    return 0;
}

/* ---- output ---- */

static int
out_init(const KrCodec *codec, void *stream, KrOutBuf *b, Py_ssize_t max)
{
    char *next;
    size_t avail;
    if (kr_outbuf_init(b, max, &next, &avail, codec->window_max) < 0)
        return -1;
    codec->set_output(stream, next, avail);
    return 0;
}

static int
out_grow(const KrCodec *codec, void *stream, KrOutBuf *b)
{
    char *next;
    size_t avail;
    if (kr_outbuf_grow(b, &next, &avail, codec->window_max) < 0)
        return -1;
    codec->set_output(stream, next, avail);
    return 0;
}

/* ---- compressors ---- */

/* Feed `len` bytes, or end the stream (`finish`); the output so far. */
static PyObject *
compress(const KrCodec *codec, void *stream, const char *data, size_t len, int finish)
{
    KrPendingInput in = {.next = data, .avail = len};
    KrOutBuf out = {0};
    if (out_init(codec, stream, &out, -1) < 0)
        return NULL;
    for (;;) {
        int r = codec->compress_step(stream, &in, finish);
        if (r == KR_STEP_ERROR)
            goto error;
        if (r == KR_STEP_END)
            break;
        if (r == KR_STEP_OUTPUT && out_grow(codec, stream, &out) < 0)
            goto error;
    }
    return kr_outbuf_finish(&out, codec->avail_out(stream));
error:
    kr_outbuf_free(&out);
    return NULL;
}

PyObject *
_KrCompressor_Compress(KrCompressorState *st, void *stream, PyObject *arg, const KrCodec *codec)
{
    if (_KrCompression_CheckInitialised(st->initialised) < 0)
        return NULL;
    Py_buffer data;
    if (PyObject_GetBuffer(arg, &data, PyBUF_SIMPLE) < 0)
        return NULL;
    PyObject *result = NULL;
    _KrCompression_Lock(st->lock);
    if (st->flushed)
        PyErr_SetString(PyExc_ValueError, "Compressor has been flushed");
    else
        result = compress(codec, stream, data.buf, (size_t)data.len, 0);
    PyThread_release_lock(st->lock);
    PyBuffer_Release(&data);
    return result;
}

PyObject *
_KrCompressor_Flush(KrCompressorState *st, void *stream, const KrCodec *codec)
{
    if (_KrCompression_CheckInitialised(st->initialised) < 0)
        return NULL;
    PyObject *result = NULL;
    _KrCompression_Lock(st->lock);
    if (st->flushed)
        PyErr_SetString(PyExc_ValueError, "Repeated call to flush()");
    else {
        st->flushed = 1;
        result = compress(codec, stream, NULL, 0, 1);
    }
    PyThread_release_lock(st->lock);
    return result;
}

/* ---- decompressors ---- */

int
_KrDecompressor_Reset(KrDecompressorState *st)
{
    PyMem_Free(st->in.buffer);
    st->in.buffer = NULL;
    st->in.buffer_size = 0;
    st->in.next = NULL;
    st->in.avail = 0;
    st->eof = 0;
    st->failed = 0;
    st->needs_input = 1;
    Py_XSETREF(st->unused_data, PyBytes_FromStringAndSize(NULL, 0));
    return st->unused_data == NULL ? -1 : 0;
}

void
_KrDecompressor_Clear(KrDecompressorState *st)
{
    PyMem_Free(st->in.buffer);
    st->in.buffer = NULL;
    Py_CLEAR(st->unused_data);
    if (st->lock != NULL) {
        PyThread_free_lock(st->lock);
        st->lock = NULL;
    }
}

/* Put `data` after the pending input.  With none pending the caller's
 * data is used in place; *in_place says so. */
static int
append_input(KrPendingInput *in, const char *data, size_t len, int *in_place)
{
    *in_place = in->next == NULL;
    if (*in_place) {
        in->next = data;
        in->avail = len;
        return 0;
    }
    /* room after the pending bytes, and in all once they move down */
    size_t room_now = (size_t)((in->buffer + in->buffer_size) - (in->next + in->avail));
    size_t room_total = in->buffer_size - in->avail;
    if (room_total < len) {
        size_t offset = (size_t)(in->next - in->buffer);
        size_t new_size = in->buffer_size + len - room_now;
        char *p = PyMem_Realloc(in->buffer, new_size);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        in->buffer = p;
        in->buffer_size = new_size;
        in->next = p + offset;
    }
    else if (room_now < len) {
        memmove(in->buffer, in->next, in->avail);
        in->next = in->buffer;
    }
    memcpy(in->buffer + (in->next - in->buffer) + in->avail, data, len);
    in->avail += len;
    return 0;
}

/* Keep a copy of what is left of the caller's data, which is only
 * borrowed for the call. */
static int
keep_input(KrPendingInput *in)
{
    if (in->buffer != NULL && in->buffer_size < in->avail) {
        PyMem_Free(in->buffer);
        in->buffer = NULL;
    }
    if (in->buffer == NULL) {
        in->buffer = PyMem_Malloc(in->avail);
        if (in->buffer == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        in->buffer_size = in->avail;
    }
    memcpy(in->buffer, in->next, in->avail);
    in->next = in->buffer;
    return 0;
}

/* Run the library over the pending input for at most max_length bytes
 * of output (negative: no limit).  *output_held: the call ended with a
 * full window that may have more to come. */
static PyObject *
decompress_buf(KrDecompressorState *st, const KrCodec *codec, void *stream,
               Py_ssize_t max_length, int *output_held)
{
    KrPendingInput *in = &st->in;
    KrOutBuf out = {0};
    if (out_init(codec, stream, &out, max_length) < 0)
        return NULL;
    for (;;) {
        int r = codec->decompress_step(stream, in);
        if (r == KR_STEP_ERROR) {
            st->failed = (char)codec->fatal_errors;
            goto error;
        }
        if (r == KR_STEP_END) {
            st->eof = 1;
            break;
        }
        /* as CPython's bz2: input used up ends the call even when the
         * output is full, and needs_input then says True */
        if (!codec->holds_output && in->avail == 0)
            break;
        if (codec->avail_out(stream) == 0) {
            if (kr_outbuf_size(&out, 0) == max_length)
                break;
            if (out_grow(codec, stream, &out) < 0)
                goto error;
        }
        else if (in->avail == 0)
            break;
    }
    *output_held = codec->holds_output && codec->avail_out(stream) == 0;
    return kr_outbuf_finish(&out, codec->avail_out(stream));
error:
    kr_outbuf_free(&out);
    return NULL;
}

static PyObject *
decompress(KrDecompressorState *st, const KrCodec *codec, void *stream, const char *data,
           size_t len, Py_ssize_t max_length)
{
    KrPendingInput *in = &st->in;
    int in_place;
    if (append_input(in, data, len, &in_place) < 0)
        return NULL;
    int output_held = 0;
    PyObject *result = decompress_buf(st, codec, stream, max_length, &output_held);
    if (result == NULL) {
        in->next = NULL;
        in->avail = 0;
        /* a library that cannot go on needs no more input */
        if (st->failed)
            st->needs_input = 0;
        return NULL;
    }
    if (st->eof) {
        st->needs_input = 0;
        if (in->avail > 0) {
            PyObject *rest = PyBytes_FromStringAndSize(in->next, (Py_ssize_t)in->avail);
            if (rest == NULL)
                goto error;
            Py_SETREF(st->unused_data, rest);
        }
    }
    else if (in->avail == 0) {
        in->next = NULL;
        st->needs_input = !output_held;
    }
    else {
        st->needs_input = 0;
        if (in_place && keep_input(in) < 0)
            goto error;
    }
    return result;
error:
    Py_DECREF(result);
    return NULL;
}

PyObject *
_KrDecompressor_Decompress(KrDecompressorState *st, void *stream, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames, const KrCodec *codec)
{
    static const char *const kwlist[] = {"data", "max_length", NULL};
    static _PyArg_Parser parser = {"y*|n:decompress", kwlist, 0};
    Py_buffer data;
    Py_ssize_t max_length = -1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &data, &max_length))
        return NULL;
    if (_KrCompression_CheckInitialised(st->initialised) < 0) {
        PyBuffer_Release(&data);
        return NULL;
    }
    PyObject *result = NULL;
    _KrCompression_Lock(st->lock);
    if (st->eof)
        PyErr_SetString(PyExc_EOFError, codec->eof_message);
    else if (st->failed)
        PyErr_SetString(PyExc_ValueError, "Decompressor is unusable after a previous error");
    else
        result = decompress(st, codec, stream, data.buf, (size_t)data.len, max_length);
    PyThread_release_lock(st->lock);
    PyBuffer_Release(&data);
    return result;
}
