/* What _bz2 and _lzma share beyond the output buffer of
 * compression_buffer.h: the object state, the driving loops, the
 * methods' framing and the bookkeeping of input a decompressor has not
 * used yet.
 *
 * The two modules expose the same Python interface (compress/flush,
 * decompress with max_length, eof, needs_input, unused_data) over two
 * libraries whose streams differ mostly in their field types.  All that
 * does not touch a library stream lives once, in compression_common.c;
 * each module describes how to drive its library in a KrCodec: setting
 * the output window, and a step that is one call of the library.  The
 * loops decide when to grow the output, when a call stops at max_length
 * and when it stops for lack of input; the steps keep what really
 * differs: the result codes, how a library reports the end of its
 * stream, bzip2's 32-bit counters, and liblzma holding output back once
 * the input is used up (KrCodec.holds_output).
 *
 * zlib takes only the lock from here: its decompressor hands unused
 * input back as unconsumed_tail rather than keeping it, its objects copy,
 * and its flush modes and dictionaries make for other loops. */
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
    char failed; /* an error left the library unusable (fatal_errors) */
    PyObject *unused_data;
    KrPendingInput in;
    PyThread_type_lock lock;
} KrDecompressorState;

/* What one library call reports to the driving loops. */
enum {
    KR_STEP_ERROR = -1,  /* exception set */
    KR_STEP_MORE = 0,    /* call again */
    KR_STEP_END = 1,     /* done: input used (compress) or end of stream */
    KR_STEP_OUTPUT = 2,  /* compress: call again once there is room */
};

/* How a module drives its library.  The loops and the output buffer are
 * shared; a step is one call of the library, with the module's own
 * conversions of the stream's counters and result codes.  `stream` is the
 * library's stream struct inside the object (bz_stream, lzma_stream). */
typedef struct {
    size_t window_max; /* the largest output window the stream can count */
    void (*set_output)(void *stream, char *next, size_t avail);
    size_t (*avail_out)(void *stream);
    /* one call over `in` (the data of compress() or flush()) */
    int (*compress_step)(void *stream, KrPendingInput *in, int finish);
    /* one call over the pending input, keeping in->next and in->avail
     * up to date */
    int (*decompress_step)(void *stream, KrPendingInput *in);
    /* the library may hold output back although all input is used up
     * (liblzma): a full output window is then grown before an empty input
     * ends the call, and needs_input stays False */
    int holds_output;
    /* a decompression error leaves the library unusable (libbzip2): the
     * decompressor then refuses all work */
    int fatal_errors;
    const char *eof_message; /* decompress() after the end of the stream */
} KrCodec;

void _KrCompression_Lock(PyThread_type_lock lock);
/* A fresh lock in *slot, replacing one from an earlier __init__. */
int _KrCompression_NewLock(PyThread_type_lock *slot);
/* -1 with ValueError for an object __init__ did not set up. */
int _KrCompression_CheckInitialised(int initialised);

/* compress(data) and flush() of a compressor. */
PyObject *_KrCompressor_Compress(KrCompressorState *st, void *stream, PyObject *arg,
                                 const KrCodec *codec);
PyObject *_KrCompressor_Flush(KrCompressorState *st, void *stream, const KrCodec *codec);

/* The state of a fresh stream for __init__ (the lock is made apart). */
int _KrDecompressor_Reset(KrDecompressorState *st);
void _KrDecompressor_Clear(KrDecompressorState *st);
/* decompress(data, max_length=-1). */
PyObject *_KrDecompressor_Decompress(KrDecompressorState *st, void *stream,
                                     PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames, const KrCodec *codec);
#endif
