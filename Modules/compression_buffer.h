/* The output buffer of the compression modules (zlib, _bz2, _lzma).
 *
 * Each library writes into memory we give it and stops when that is
 * full.  The buffer grows by the steps of CPython's block buffer
 * (32 KiB, 64 KiB, 256 KiB, ... then 256 MiB at a time), because with a
 * max_length the amount of input a library consumes depends on how much
 * room each call had, and that shows (zlib's unconsumed_tail).  It is
 * plain memory rather than a bytes object, so the libraries fill it with
 * the interpreter released; the bytes object is made once, at the end.
 *
 * It is handed out in windows no larger than the library's counter can
 * hold (`window_max`: UINT_MAX for zlib and bzip2). */
#ifndef KR_COMPRESSION_BUFFER_H
#define KR_COMPRESSION_BUFFER_H
#include "Python.h"

typedef struct {
    char *data;
    Py_ssize_t allocated; /* bytes of data */
    Py_ssize_t handed;    /* of which given to the library so far */
    Py_ssize_t max;       /* never more output than this; -1: no limit */
    int steps;            /* growths so far */
} KrOutBuf;

static const Py_ssize_t kr_outbuf_steps[] = {
    32 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024, 8 * 1024 * 1024,
    16 * 1024 * 1024, 16 * 1024 * 1024, 32 * 1024 * 1024, 32 * 1024 * 1024,
    32 * 1024 * 1024, 32 * 1024 * 1024, 64 * 1024 * 1024, 64 * 1024 * 1024,
    128 * 1024 * 1024, 128 * 1024 * 1024, 256 * 1024 * 1024,
};
#define KR_OUTBUF_NSTEPS ((int)(sizeof kr_outbuf_steps / sizeof kr_outbuf_steps[0]))

/* The next window, growing the buffer when all of it has been handed
 * out.  0, or -1 with MemoryError. */
static inline int
kr_outbuf_grow(KrOutBuf *b, char **next_out, size_t *avail_out, size_t window_max)
{
    if (b->handed == b->allocated) {
        Py_ssize_t step =
            kr_outbuf_steps[b->steps < KR_OUTBUF_NSTEPS ? b->steps : KR_OUTBUF_NSTEPS - 1];
        if (b->max >= 0 && step > b->max - b->allocated)
            step = b->max - b->allocated;
        if (step > PY_SSIZE_T_MAX - b->allocated) {
            PyErr_SetString(PyExc_MemoryError, "Unable to allocate output buffer.");
            return -1;
        }
        size_t want = (size_t)(b->allocated + step);
        char *p = PyMem_RawRealloc(b->data, want ? want : 1);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        b->data = p;
        b->allocated += step;
        b->steps++;
    }
    size_t window = (size_t)(b->allocated - b->handed);
    if (window > window_max)
        window = window_max;
    *next_out = b->data + b->handed;
    *avail_out = window;
    b->handed += (Py_ssize_t)window;
    return 0;
}

/* A buffer of the standard steps that never holds more than `max` bytes
 * (-1: unbounded), with its first window handed out. */
static inline int
kr_outbuf_init(KrOutBuf *b, Py_ssize_t max, char **next_out, size_t *avail_out, size_t window_max)
{
    b->data = NULL;
    b->allocated = b->handed = 0;
    b->max = max;
    b->steps = 0;
    return kr_outbuf_grow(b, next_out, avail_out, window_max);
}

/* A buffer whose first block is `size` bytes (zlib's bufsize and flush
 * length); later growths follow the steps from the second on. */
static inline int
kr_outbuf_init_size(KrOutBuf *b, Py_ssize_t size, char **next_out, size_t *avail_out,
                    size_t window_max)
{
    b->data = PyMem_RawMalloc(size ? (size_t)size : 1);
    if (b->data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->allocated = size;
    b->handed = 0;
    b->max = -1;
    b->steps = 1;
    return kr_outbuf_grow(b, next_out, avail_out, window_max);
}

/* Bytes written so far, `avail_out` being what the library left unused
 * of the last window. */
static inline Py_ssize_t
kr_outbuf_size(const KrOutBuf *b, size_t avail_out)
{
    return b->handed - (Py_ssize_t)avail_out;
}

/* The output as bytes; the buffer is freed either way. */
static inline PyObject *
kr_outbuf_finish(KrOutBuf *b, size_t avail_out)
{
    PyObject *r = PyBytes_FromStringAndSize(b->data, kr_outbuf_size(b, avail_out));
    PyMem_RawFree(b->data);
    b->data = NULL;
    return r;
}

static inline void
kr_outbuf_free(KrOutBuf *b)
{
    PyMem_RawFree(b->data);
    b->data = NULL;
}
#endif
