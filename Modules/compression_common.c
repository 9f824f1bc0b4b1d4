/* The library-independent half of _bz2 and _lzma (see
 * compression_common.h for the split and why).
 *
 * Most of it is the decompressor's handling of input it has not used:
 * a call may stop before the end of its input (at max_length bytes of
 * output, or when the library wants its output drained first), and
 * CPython's decompressors keep the rest so the next call can pass b''.
 * The caller's data is read in place; only what is left over is copied,
 * into a buffer that is reused and grows as needed.  What comes after the
 * end of the stream becomes unused_data instead. */
#include "compression_common.h"
#include "kr_strings.h"

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

/* ---- compressors ---- */

PyObject *
_KrCompressor_Compress(KrCompressorState *st, PyObject *self, PyObject *arg, KrCompressFunc run)
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
        result = run(self, data.buf, (size_t)data.len, 0);
    PyThread_release_lock(st->lock);
    PyBuffer_Release(&data);
    return result;
}

PyObject *
_KrCompressor_Flush(KrCompressorState *st, PyObject *self, KrCompressFunc run)
{
    if (_KrCompression_CheckInitialised(st->initialised) < 0)
        return NULL;
    PyObject *result = NULL;
    _KrCompression_Lock(st->lock);
    if (st->flushed)
        PyErr_SetString(PyExc_ValueError, "Repeated call to flush()");
    else {
        st->flushed = 1;
        result = run(self, NULL, 0, 1);
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

static PyObject *
decompress(KrDecompressorState *st, PyObject *self, const char *data, size_t len,
           Py_ssize_t max_length, KrDecompressFunc run)
{
    KrPendingInput *in = &st->in;
    int in_place;
    if (append_input(in, data, len, &in_place) < 0)
        return NULL;
    int output_held = 0;
    PyObject *result = run(self, max_length, &output_held);
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
_KrDecompressor_Decompress(KrDecompressorState *st, PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames, const char *eof_message,
                           KrDecompressFunc run)
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
        PyErr_SetString(PyExc_EOFError, eof_message);
    else if (st->failed)
        PyErr_SetString(PyExc_ValueError, "Decompressor is unusable after a previous error");
    else
        result = decompress(st, self, data.buf, (size_t)data.len, max_length, run);
    PyThread_release_lock(st->lock);
    PyBuffer_Release(&data);
    return result;
}
