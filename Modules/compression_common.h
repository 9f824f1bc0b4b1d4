/* What _bz2 and _lzma share beyond the output buffer of
 * compression_buffer.h: the object state, the methods' framing and the
 * bookkeeping of input a decompressor has not used yet.
 *
 * The two modules expose the same Python interface (compress/flush,
 * decompress with max_length, eof, needs_input, unused_data) over two
 * libraries whose streams differ only in their field types.  The parts
 * that never touch a library stream live here once, in
 * compression_common.c; each module passes a small callback that runs its
 * own library.  What stays in the modules is what really differs: the
 * error codes, how a library reports the end of its stream, bzip2's
 * 32-bit counters, and liblzma holding output back once the input is
 * used up (the `output_held` answer of the decompress callback).
 *
 * zlib is not folded in: its decompressor exposes unconsumed_tail rather
 * than keeping the input itself, and its objects copy. */
#ifndef KR_COMPRESSION_COMMON_H
#define KR_COMPRESSION_COMMON_H
#include "Python.h"
#include "pythread.h"

/* A lock held for the whole of a method, so that threads sharing one
 * object take turns; `initialised` is false for an object made by
 * __new__ alone, which has no library stream. */
typedef struct {
    int initialised;
    int flushed; /* compressors only: flush() ended the stream */
    PyThread_type_lock lock;
} KrCompressorState;

/* Input a decompressor has not used yet.  `next` is NULL when there is
 * none; otherwise it points into `buffer` (our copy, kept between calls)
 * or, during a call, into the caller's own data, which is read without a
 * copy and copied only if some of it is left over. */
typedef struct {
    char *buffer;
    size_t buffer_size;
    const char *next;
    size_t avail;
} KrPendingInput;

typedef struct {
    int initialised;
    char eof;
    char needs_input;
    char failed; /* an error left the library unusable (bzip2 only) */
    PyObject *unused_data;
    KrPendingInput in;
    PyThread_type_lock lock;
} KrDecompressorState;

/* Runs the library over `len` bytes (`finish`: and ends the stream);
 * returns the output as bytes. */
typedef PyObject *(*KrCompressFunc)(PyObject *self, const char *data, size_t len, int finish);

/* Runs the library over st->in (updating next and avail) for at most
 * max_length bytes of output (negative: no limit), setting st->eof at the
 * end of the stream.  *output_held is set when output may be waiting
 * although the input is used up, so that needs_input stays False. */
typedef PyObject *(*KrDecompressFunc)(PyObject *self, Py_ssize_t max_length, int *output_held);

void _KrCompression_Lock(PyThread_type_lock lock);
/* A fresh lock in *slot, replacing one from an earlier __init__. */
int _KrCompression_NewLock(PyThread_type_lock *slot);
/* -1 with ValueError for an object __init__ did not set up. */
int _KrCompression_CheckInitialised(int initialised);

/* compress(data) and flush() of a compressor. */
PyObject *_KrCompressor_Compress(KrCompressorState *st, PyObject *self, PyObject *arg,
                                 KrCompressFunc run);
PyObject *_KrCompressor_Flush(KrCompressorState *st, PyObject *self, KrCompressFunc run);

/* The state of a fresh stream for __init__ (the lock is made apart). */
int _KrDecompressor_Reset(KrDecompressorState *st);
void _KrDecompressor_Clear(KrDecompressorState *st);
/* decompress(data, max_length=-1); eof_message is the EOFError's. */
PyObject *_KrDecompressor_Decompress(KrDecompressorState *st, PyObject *self,
                                     PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames, const char *eof_message,
                                     KrDecompressFunc run);
#endif
