/* zlib: DEFLATE compression through the system's zlib library.
 *
 * gzip, zipfile, tarfile's gz mode and shutil's archives all stand on this
 * module, so it follows CPython 3.11's in every visible detail: argument
 * names and defaults, the error messages ("Error -3 while decompressing
 * data: incorrect header check"), and when a half-finished stream raises
 * and when it quietly returns what it has.
 *
 * Output goes to the buffer of compression_buffer.h, grown by CPython's
 * steps: with decompress(max_length) how much input zlib consumes, and so
 * unconsumed_tail, depends on the room each call had.
 *
 * Threads.  Every call into deflate/inflate runs without the interpreter
 * (only the z_stream, the caller's pinned input buffer and our raw output
 * are touched meanwhile).  A Compress or Decompress object therefore has
 * a lock that each method holds for its whole run, so two threads using
 * one object take turns instead of corrupting its stream.  crc32 and
 * adler32 release the interpreter only above 5 KiB, where the hand-off
 * costs less than the checksum.
 *
 * Input longer than UINT_MAX is fed in UINT_MAX slices; what remains of
 * it is always "end of the buffer minus next_in", which is how the
 * leftovers for unused_data and unconsumed_tail are measured. */
#include "Python.h"
#include "structmember.h"
#include "pythread.h"
#include "kr_strings.h"
#include "compression_buffer.h"
#include "compression_common.h"
#include <zlib.h>

#define DEF_BUF_SIZE (16 * 1024)
#define DEF_MEM_LEVEL 8
/* below this, crc32/adler32 keep the interpreter */
#define CHECKSUM_GIL_MINSIZE (5 * 1024)

static PyObject *ZlibError;

/* Clinic's int converter, as an O& converter: through __index__, and
 * "Python int too large to convert to C int" past the C range (the 'i'
 * format unit words its overflow differently). */
static int
int_converter(PyObject *o, void *out)
{
    int v = _KrArg_AsInt(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(int *)out = v;
    return 1;
}

/* "Error N while DOING: what zlib said", or a fallback text when zlib
 * left no message. */
static void
zlib_error(z_stream *zst, int err, const char *doing)
{
    const char *zmsg = NULL;
    if (err == Z_VERSION_ERROR)
        zmsg = "library version mismatch";
    if (zmsg == NULL)
        zmsg = zst->msg;
    if (zmsg == NULL) {
        switch (err) {
        case Z_BUF_ERROR:
            zmsg = "incomplete or truncated stream";
            break;
        case Z_STREAM_ERROR:
            zmsg = "inconsistent stream state";
            break;
        case Z_DATA_ERROR:
            zmsg = "invalid input data";
            break;
        }
    }
    if (zmsg == NULL)
        PyErr_Format(ZlibError, "Error %d %s", err, doing);
    else
        PyErr_Format(ZlibError, "Error %d %s: %.200s", err, doing, zmsg);
}

/* ---- the output buffer (compression_buffer.h), in zlib's terms ---- */

typedef KrOutBuf OutBuf;

enum { WINDOW_NEXT, WINDOW_FIRST, WINDOW_FIRST_SIZED };

/* Point zlib at a new output window: the next one of `b`, or the first
 * of a fresh `b` that holds at most n bytes (-1: no limit), or whose
 * first block is n bytes (WINDOW_FIRST_SIZED: bufsize, flush's length). */
static int
outbuf_window(OutBuf *b, z_stream *zst, int which, Py_ssize_t n)
{
    char *next;
    size_t avail;
    int r;
    if (which == WINDOW_NEXT)
        r = kr_outbuf_grow(b, &next, &avail, UINT_MAX);
    else if (which == WINDOW_FIRST)
        r = kr_outbuf_init(b, n, &next, &avail, UINT_MAX);
    else
        r = kr_outbuf_init_size(b, n, &next, &avail, UINT_MAX);
    if (r < 0)
        return -1;
    zst->next_out = (Bytef *)next;
    zst->avail_out = (uInt)avail;
    return 0;
}

#define outbuf_next(b, zst) outbuf_window((b), (zst), WINDOW_NEXT, 0)
#define outbuf_init(b, zst, max) outbuf_window((b), (zst), WINDOW_FIRST, (max))
#define outbuf_init_size(b, zst, size) outbuf_window((b), (zst), WINDOW_FIRST_SIZED, (size))
#define outbuf_size(b, zst) kr_outbuf_size((b), (zst)->avail_out)
#define outbuf_finish(b, zst) kr_outbuf_finish((b), (zst)->avail_out)
#define outbuf_free(b) kr_outbuf_free(b)

/* Give zlib the next slice of the input: at most UINT_MAX bytes, the
 * rest counted in *remaining. */
static void
feed_input(z_stream *zst, Py_ssize_t *remaining)
{
    zst->avail_in = (size_t)*remaining > UINT_MAX ? UINT_MAX : (uInt)*remaining;
    *remaining -= zst->avail_in;
}

/* deflate/inflate without the interpreter */
static int
run_deflate(z_stream *zst, int flush)
{
    int err;
    Py_BEGIN_ALLOW_THREADS
    err = deflate(zst, flush);
    Py_END_ALLOW_THREADS
    return err;
}

static int
run_inflate(z_stream *zst, int flush)
{
    int err;
    Py_BEGIN_ALLOW_THREADS
    err = inflate(zst, flush);
    Py_END_ALLOW_THREADS
    return err;
}

/* Deflate all of data[0..len) into `out`, slice by slice: `last_flush`
 * goes with the last slice, Z_NO_FLUSH with the ones before.  Shared by
 * compress(), Compress.compress() and Compress.flush() (with no data).
 * Returns zlib's last code, or Z_ERRNO with an exception set: a failed
 * growth, or Z_STREAM_ERROR reported as "Error -2 while DOING". */
static int
deflate_loop(z_stream *zst, const void *data, Py_ssize_t len, OutBuf *out, int last_flush,
             const char *doing)
{
    int err = Z_OK;
    zst->next_in = (Bytef *)data;
    Py_ssize_t remaining = len;
    do {
        feed_input(zst, &remaining);
        int flush = remaining == 0 ? last_flush : Z_NO_FLUSH;
        do {
            if (zst->avail_out == 0 && outbuf_next(out, zst) < 0)
                return Z_ERRNO;
            err = run_deflate(zst, flush);
            if (err == Z_STREAM_ERROR) {
                zlib_error(zst, err, doing);
                return Z_ERRNO;
            }
        } while (zst->avail_out == 0);
    } while (remaining != 0);
    return err;
}

/* zdict's length must fit zlib's unsigned counter */
static int
check_zdict_len(Py_ssize_t len)
{
    if ((size_t)len > UINT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "zdict length does not fit in an unsigned int");
        return -1;
    }
    return 0;
}

/* zlib's dictionary for a stream that asks for one (or a raw stream) */
static int
set_inflate_zdict(z_stream *zst, PyObject *zdict)
{
    Py_buffer zd;
    if (PyObject_GetBuffer(zdict, &zd, PyBUF_SIMPLE) < 0)
        return -1;
    if (check_zdict_len(zd.len) < 0) {
        PyBuffer_Release(&zd);
        return -1;
    }
    int err = inflateSetDictionary(zst, zd.buf, (uInt)zd.len);
    PyBuffer_Release(&zd);
    if (err != Z_OK) {
        zlib_error(zst, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* The inflate loop shared by decompress() and the Decompress methods:
 * runs until the stream ends, the input is used up or `out` reaches its
 * limit.  Returns zlib's last code, or Z_ERRNO with a Python exception
 * set.  `finish` asks for Z_FINISH on the last slice of input (and
 * Z_NO_FLUSH before it; else Z_SYNC_FLUSH throughout).  A stream that
 * asks for a dictionary gets `zdict` if there is one (else the
 * Z_NEED_DICT is returned). */
static int
inflate_loop(z_stream *zst, PyObject *zdict, Py_buffer *data, OutBuf *out, int finish)
{
    int err = Z_OK;
    zst->next_in = data->buf;
    Py_ssize_t remaining = data->len;
    do {
        feed_input(zst, &remaining);
        int flush = finish && remaining == 0 ? Z_FINISH : (finish ? Z_NO_FLUSH : Z_SYNC_FLUSH);
        do {
            if (zst->avail_out == 0) {
                if (out->max >= 0 && outbuf_size(out, zst) == out->max)
                    return err; /* max_length reached */
                if (outbuf_next(out, zst) < 0)
                    return Z_ERRNO;
            }
            err = run_inflate(zst, flush);
            switch (err) {
            case Z_OK:
            case Z_BUF_ERROR:
            case Z_STREAM_END:
                break;
            case Z_NEED_DICT:
                if (zdict != NULL) {
                    if (set_inflate_zdict(zst, zdict) < 0)
                        return Z_ERRNO;
                    break;
                }
                return err;
            default:
                return err;
            }
        } while (zst->avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && remaining != 0);
    return err;
}

/* ---- one-shot compress and decompress ---- */

static PyObject *
zlib_compress(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", "level", "wbits", NULL};
    static _PyArg_Parser parser = {"y*|O&O&:compress", kwlist, 0};
    Py_buffer data;
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &data, int_converter, &level,
                                      int_converter, &wbits))
        return NULL;

    PyObject *result = NULL;
    OutBuf out = {0};
    z_stream zst;
    memset(&zst, 0, sizeof zst);
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    switch (err) {
    case Z_OK:
        break;
    case Z_MEM_ERROR:
        PyErr_SetString(PyExc_MemoryError, "Out of memory while compressing data");
        goto done;
    case Z_STREAM_ERROR:
        PyErr_SetString(ZlibError, "Bad compression level");
        goto done;
    default:
        deflateEnd(&zst);
        zlib_error(&zst, err, "while compressing data");
        goto done;
    }
    if (outbuf_init(&out, &zst, -1) < 0) {
        deflateEnd(&zst);
        goto done;
    }
    if (deflate_loop(&zst, data.buf, data.len, &out, Z_FINISH, "while compressing data") ==
        Z_ERRNO) {
        deflateEnd(&zst);
        goto done;
    }
    err = deflateEnd(&zst);
    if (err != Z_OK) {
        zlib_error(&zst, err, "while finishing compression");
        goto done;
    }
    result = outbuf_finish(&out, &zst);
done:
    outbuf_free(&out);
    PyBuffer_Release(&data);
    return result;
}

static PyObject *
zlib_decompress(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", "wbits", "bufsize", NULL};
    static _PyArg_Parser parser = {"y*|O&n:decompress", kwlist, 0};
    Py_buffer data;
    int wbits = MAX_WBITS;
    Py_ssize_t bufsize = DEF_BUF_SIZE;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &data, int_converter, &wbits,
                                      &bufsize))
        return NULL;

    PyObject *result = NULL;
    OutBuf out = {0};
    z_stream zst;
    memset(&zst, 0, sizeof zst);
    if (bufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "bufsize must be non-negative");
        goto done;
    }
    if (bufsize == 0)
        bufsize = 1;
    if (outbuf_init_size(&out, &zst, bufsize) < 0)
        goto done;
    int err = inflateInit2(&zst, wbits);
    switch (err) {
    case Z_OK:
        break;
    case Z_MEM_ERROR:
        PyErr_SetString(PyExc_MemoryError, "Out of memory while decompressing data");
        goto done;
    default:
        inflateEnd(&zst);
        zlib_error(&zst, err, "while preparing to decompress data");
        goto done;
    }
    /* no dictionary: Z_NEED_DICT is an error like the others */
    err = inflate_loop(&zst, NULL, &data, &out, 1);
    if (err != Z_STREAM_END) {
        inflateEnd(&zst);
        if (err == Z_MEM_ERROR)
            PyErr_SetString(PyExc_MemoryError, "Out of memory while decompressing data");
        else if (err != Z_ERRNO)
            /* a zlib error, or the input ran out before the stream's end */
            zlib_error(&zst, err, "while decompressing data");
        goto done;
    }
    err = inflateEnd(&zst);
    if (err != Z_OK) {
        zlib_error(&zst, err, "while finishing decompression");
        goto done;
    }
    result = outbuf_finish(&out, &zst);
done:
    outbuf_free(&out);
    PyBuffer_Release(&data);
    return result;
}

/* ---- Compress and Decompress objects ---- */

typedef struct {
    PyObject_HEAD
    z_stream zst;
    PyObject *unused_data;     /* bytes after the end of the stream */
    PyObject *unconsumed_tail; /* input kept back by max_length */
    PyObject *zdict;           /* Decompress's dictionary, or NULL */
    char eof;
    /* the stream holds zlib memory: deflateEnd/inflateEnd is due */
    int is_initialised;
    PyThread_type_lock lock;
} compobject;

static PyTypeObject Comptype;
static PyTypeObject Decomptype;

/* Hold the object's lock, waiting for it without the interpreter when
 * another thread has it (as _bz2 and _lzma do). */
static void
zobj_enter(compobject *self)
{
    _KrCompression_Lock(self->lock);
}

static void
zobj_leave(compobject *self)
{
    PyThread_release_lock(self->lock);
}

static compobject *
newcompobject(PyTypeObject *type)
{
    compobject *self = PyObject_New(compobject, type);
    if (self == NULL)
        return NULL;
    memset(&self->zst, 0, sizeof self->zst);
    self->eof = 0;
    self->is_initialised = 0;
    self->zdict = NULL;
    self->unused_data = PyBytes_FromStringAndSize(NULL, 0);
    self->unconsumed_tail = PyBytes_FromStringAndSize(NULL, 0);
    self->lock = PyThread_allocate_lock();
    if (self->unused_data == NULL || self->unconsumed_tail == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    if (self->lock == NULL) {
        Py_DECREF(self);
        PyErr_SetString(PyExc_MemoryError, "Unable to allocate lock");
        return NULL;
    }
    return self;
}

static void
comp_dealloc(PyObject *op)
{
    compobject *self = (compobject *)op;
    if (self->is_initialised)
        deflateEnd(&self->zst);
    if (self->lock != NULL)
        PyThread_free_lock(self->lock);
    Py_XDECREF(self->unused_data);
    Py_XDECREF(self->unconsumed_tail);
    Py_XDECREF(self->zdict);
    PyObject_Free(op);
}

static void
decomp_dealloc(PyObject *op)
{
    compobject *self = (compobject *)op;
    if (self->is_initialised)
        inflateEnd(&self->zst);
    self->is_initialised = 0;
    comp_dealloc(op);
}

static PyObject *
zlib_compressobj(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"level", "method", "wbits", "memLevel",
                                         "strategy", "zdict", NULL};
    static _PyArg_Parser parser = {"|O&O&O&O&O&y*:compressobj", kwlist, 0};
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS;
    int memLevel = DEF_MEM_LEVEL, strategy = Z_DEFAULT_STRATEGY;
    Py_buffer zdict = {NULL, NULL};
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, int_converter, &level,
                                      int_converter, &method, int_converter, &wbits,
                                      int_converter, &memLevel, int_converter, &strategy,
                                      &zdict))
        return NULL;

    compobject *self = NULL;
    if (zdict.buf != NULL && check_zdict_len(zdict.len) < 0)
        goto error;
    self = newcompobject(&Comptype);
    if (self == NULL)
        goto error;
    int err = deflateInit2(&self->zst, level, method, wbits, memLevel, strategy);
    switch (err) {
    case Z_OK:
        self->is_initialised = 1;
        if (zdict.buf == NULL)
            goto done;
        err = deflateSetDictionary(&self->zst, zdict.buf, (uInt)zdict.len);
        if (err == Z_OK)
            goto done;
        PyErr_SetString(PyExc_ValueError,
                        err == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
        goto error;
    case Z_MEM_ERROR:
        PyErr_SetString(PyExc_MemoryError, "Can't allocate memory for compression object");
        goto error;
    case Z_STREAM_ERROR:
        PyErr_SetString(PyExc_ValueError, "Invalid initialization option");
        goto error;
    default:
        zlib_error(&self->zst, err, "while creating compression object");
        goto error;
    }
error:
    Py_CLEAR(self);
done:
    if (zdict.buf != NULL)
        PyBuffer_Release(&zdict);
    return (PyObject *)self;
}

static PyObject *
zlib_decompressobj(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"wbits", "zdict", NULL};
    static _PyArg_Parser parser = {"|O&O:decompressobj", kwlist, 0};
    int wbits = MAX_WBITS;
    PyObject *zdict = NULL;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, int_converter, &wbits, &zdict))
        return NULL;
    if (zdict != NULL && !PyObject_CheckBuffer(zdict)) {
        PyErr_SetString(PyExc_TypeError, "zdict argument must support the buffer protocol");
        return NULL;
    }
    compobject *self = newcompobject(&Decomptype);
    if (self == NULL)
        return NULL;
    self->zdict = Py_XNewRef(zdict);
    int err = inflateInit2(&self->zst, wbits);
    switch (err) {
    case Z_OK:
        self->is_initialised = 1;
        /* a raw stream names no dictionary, so it is set now, not on
         * Z_NEED_DICT */
        if (self->zdict != NULL && wbits < 0 && set_inflate_zdict(&self->zst, self->zdict) < 0)
            break;
        return (PyObject *)self;
    case Z_STREAM_ERROR:
        PyErr_SetString(PyExc_ValueError, "Invalid initialization option");
        break;
    case Z_MEM_ERROR:
        PyErr_SetString(PyExc_MemoryError, "Can't allocate memory for decompression object");
        break;
    default:
        zlib_error(&self->zst, err, "while creating decompression object");
        break;
    }
    Py_DECREF(self);
    return NULL;
}

/* ---- Compress methods ---- */

static PyObject *
comp_compress(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", NULL};
    static _PyArg_Parser parser = {"y*:compress", kwlist, 0};
    compobject *self = (compobject *)op;
    Py_buffer data;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &data))
        return NULL;

    PyObject *result = NULL;
    OutBuf out = {0};
    zobj_enter(self);
    if (outbuf_init(&out, &self->zst, -1) < 0)
        goto done;
    if (deflate_loop(&self->zst, data.buf, data.len, &out, Z_NO_FLUSH,
                     "while compressing data") == Z_ERRNO)
        goto done;
    result = outbuf_finish(&out, &self->zst);
done:
    outbuf_free(&out);
    zobj_leave(self);
    PyBuffer_Release(&data);
    return result;
}

static PyObject *
comp_flush(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    compobject *self = (compobject *)op;
    int mode = Z_FINISH;
    if (!_PyArg_ParseStack(args, nargs, "|O&:flush", int_converter, &mode))
        return NULL;
    /* nothing is ever pending for Z_NO_FLUSH to push out */
    if (mode == Z_NO_FLUSH)
        return PyBytes_FromStringAndSize(NULL, 0);

    PyObject *result = NULL;
    OutBuf out = {0};
    int err = Z_OK;
    zobj_enter(self);
    if (outbuf_init(&out, &self->zst, -1) < 0)
        goto done;
    err = deflate_loop(&self->zst, NULL, 0, &out, mode, "while flushing");
    if (err == Z_ERRNO)
        goto done;
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        /* the stream is complete: give zlib's memory back now */
        err = deflateEnd(&self->zst);
        if (err != Z_OK) {
            zlib_error(&self->zst, err, "while finishing compression");
            goto done;
        }
        self->is_initialised = 0;
    }
    else if (err != Z_OK && err != Z_BUF_ERROR) {
        /* Z_BUF_ERROR only says the last call had nothing more to write */
        zlib_error(&self->zst, err, "while flushing");
        goto done;
    }
    result = outbuf_finish(&out, &self->zst);
done:
    outbuf_free(&out);
    zobj_leave(self);
    return result;
}

/* A copy of a Compress or Decompress object, state and attributes. */
static PyObject *
zobj_copy(compobject *self)
{
    /* the types cannot be subclassed: the exact type says which */
    int compress = Py_TYPE(self) == &Comptype;
    if (!self->is_initialised) {
        PyErr_SetString(PyExc_ValueError, "Inconsistent stream state");
        return NULL;
    }
    compobject *copy = newcompobject(Py_TYPE(self));
    if (copy == NULL)
        return NULL;
    zobj_enter(self);
    int err = compress ? deflateCopy(&copy->zst, &self->zst) : inflateCopy(&copy->zst, &self->zst);
    switch (err) {
    case Z_OK:
        break;
    case Z_STREAM_ERROR:
        PyErr_SetString(PyExc_ValueError, "Inconsistent stream state");
        goto error;
    case Z_MEM_ERROR:
        PyErr_SetString(PyExc_MemoryError, compress
                                               ? "Can't allocate memory for compression object"
                                               : "Can't allocate memory for decompression object");
        goto error;
    default:
        zlib_error(&self->zst, err, compress ? "while copying compression object"
                                             : "while copying decompression object");
        goto error;
    }
    Py_SETREF(copy->unused_data, Py_NewRef(self->unused_data));
    Py_SETREF(copy->unconsumed_tail, Py_NewRef(self->unconsumed_tail));
    Py_XSETREF(copy->zdict, Py_XNewRef(self->zdict));
    copy->eof = self->eof;
    copy->is_initialised = 1;
    zobj_leave(self);
    return (PyObject *)copy;
error:
    zobj_leave(self);
    Py_DECREF(copy);
    return NULL;
}

/* copy() and __deepcopy__(memo) take their arguments as CPython's do
 * (methods of their defining class), whose messages differ from the
 * METH_NOARGS/METH_O ones; like CPython's, copy() overlooks keywords. */
static int
check_copy_args(const char *name, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 0) {
        PyErr_Format(PyExc_TypeError, "%s() takes no arguments", name);
        return -1;
    }
    return 0;
}

static int
check_deepcopy_args(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", NULL};
    static _PyArg_Parser parser = {"O:__deepcopy__", kwlist, 0};
    PyObject *memo;
    return _PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &memo) ? 0 : -1;
}

/* copy(), __copy__() and __deepcopy__(memo) of both types */
static PyObject *
zobj_copy_method(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (check_copy_args("copy", nargs, kwnames) < 0)
        return NULL;
    return zobj_copy((compobject *)op);
}

static PyObject *
zobj_dunder_copy(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (check_copy_args("__copy__", nargs, kwnames) < 0)
        return NULL;
    return zobj_copy((compobject *)op);
}

static PyObject *
zobj_deepcopy(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (check_deepcopy_args(args, nargs, kwnames) < 0)
        return NULL;
    return zobj_copy((compobject *)op);
}

/* ---- Decompress methods ---- */

/* After a run over `data`: input past the end of the stream joins
 * unused_data; input kept back by an output limit becomes
 * unconsumed_tail (and an old tail is cleared once all is consumed). */
static int
save_unconsumed_input(compobject *self, Py_buffer *data, int err)
{
    const char *end = (const char *)data->buf + data->len;
    if (err == Z_STREAM_END && self->zst.avail_in > 0) {
        Py_ssize_t old = PyBytes_GET_SIZE(self->unused_data);
        Py_ssize_t left = end - (const char *)self->zst.next_in;
        if (left > PY_SSIZE_T_MAX - old) {
            PyErr_NoMemory();
            return -1;
        }
        PyObject *joined = PyBytes_FromStringAndSize(NULL, old + left);
        if (joined == NULL)
            return -1;
        memcpy(PyBytes_AS_STRING(joined), PyBytes_AS_STRING(self->unused_data), old);
        memcpy(PyBytes_AS_STRING(joined) + old, self->zst.next_in, left);
        Py_SETREF(self->unused_data, joined);
        self->zst.avail_in = 0;
    }
    if (self->zst.avail_in > 0 || PyBytes_GET_SIZE(self->unconsumed_tail) > 0) {
        Py_ssize_t left = end - (const char *)self->zst.next_in;
        PyObject *tail = PyBytes_FromStringAndSize((const char *)self->zst.next_in, left);
        if (tail == NULL)
            return -1;
        Py_SETREF(self->unconsumed_tail, tail);
    }
    return 0;
}

static PyObject *
decomp_decompress(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", "max_length", NULL};
    static _PyArg_Parser parser = {"y*|n:decompress", kwlist, 0};
    compobject *self = (compobject *)op;
    Py_buffer data;
    Py_ssize_t max_length = 0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &data, &max_length))
        return NULL;
    if (max_length < 0) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "max_length must be non-negative");
        return NULL;
    }

    PyObject *result = NULL;
    OutBuf out = {0};
    zobj_enter(self);
    if (outbuf_init(&out, &self->zst, max_length == 0 ? -1 : max_length) < 0)
        goto done;
    int err = inflate_loop(&self->zst, self->zdict, &data, &out, 0);
    if (err == Z_ERRNO)
        goto done;
    if (save_unconsumed_input(self, &data, err) < 0)
        goto done;
    if (err == Z_STREAM_END) {
        /* zlib's memory stays until flush(), as CPython keeps it */
        self->eof = 1;
    }
    else if (err != Z_OK && err != Z_BUF_ERROR) {
        zlib_error(&self->zst, err, "while decompressing data");
        goto done;
    }
    result = outbuf_finish(&out, &self->zst);
done:
    outbuf_free(&out);
    zobj_leave(self);
    PyBuffer_Release(&data);
    return result;
}

static PyObject *
decomp_flush(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    compobject *self = (compobject *)op;
    Py_ssize_t length = DEF_BUF_SIZE;
    if (!_PyArg_ParseStack(args, nargs, "|n:flush", &length))
        return NULL;
    if (length <= 0) {
        PyErr_SetString(PyExc_ValueError, "length must be greater than zero");
        return NULL;
    }

    PyObject *result = NULL;
    OutBuf out = {0};
    zobj_enter(self);
    /* the tail is replaced while we read it: the view keeps it alive */
    Py_buffer data;
    if (PyObject_GetBuffer(self->unconsumed_tail, &data, PyBUF_SIMPLE) < 0) {
        zobj_leave(self);
        return NULL;
    }
    if (outbuf_init_size(&out, &self->zst, length) < 0)
        goto done;
    int err = inflate_loop(&self->zst, self->zdict, &data, &out, 1);
    if (err == Z_ERRNO)
        goto done;
    /* other errors are not raised: flush returns what could be had */
    if (save_unconsumed_input(self, &data, err) < 0)
        goto done;
    if (err == Z_STREAM_END) {
        self->eof = 1;
        self->is_initialised = 0;
        err = inflateEnd(&self->zst);
        if (err != Z_OK) {
            zlib_error(&self->zst, err, "while finishing decompression");
            goto done;
        }
    }
    result = outbuf_finish(&out, &self->zst);
done:
    outbuf_free(&out);
    PyBuffer_Release(&data);
    zobj_leave(self);
    return result;
}

/* ---- checksums ---- */

/* Clinic's unsigned_int(bitwise=True): any int, its low 32 bits */
static int
get_checksum_start(PyObject *o, uLong *out)
{
    PyObject *n = PyNumber_Index(o);
    if (n == NULL)
        return -1;
    unsigned long long x = PyLong_AsUnsignedLongLongMask(n);
    Py_DECREF(n);
    if (x == (unsigned long long)-1 && PyErr_Occurred())
        return -1;
    *out = (uLong)(x & 0xffffffffU);
    return 0;
}

typedef uLong (*checksum_fn)(uLong, const Bytef *, uInt);

static PyObject *
checksum(const char *name, checksum_fn fn, uLong start, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional(name, nargs, 1, 2))
        return NULL;
    Py_buffer data;
    if (PyObject_GetBuffer(args[0], &data, PyBUF_SIMPLE) < 0)
        return NULL;
    uLong value = start;
    if (nargs > 1 && get_checksum_start(args[1], &value) < 0) {
        PyBuffer_Release(&data);
        return NULL;
    }
    const Bytef *p = data.buf;
    Py_ssize_t len = data.len;
    if (len > CHECKSUM_GIL_MINSIZE) {
        Py_BEGIN_ALLOW_THREADS
        for (; (size_t)len > UINT_MAX; p += UINT_MAX, len -= UINT_MAX)
            value = fn(value, p, UINT_MAX);
        value = fn(value, p, (uInt)len);
        Py_END_ALLOW_THREADS
    }
    else
        value = fn(value, p, (uInt)len);
    PyBuffer_Release(&data);
    return PyLong_FromUnsignedLong(value & 0xffffffffU);
}

static PyObject *
zlib_crc32(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return checksum("crc32", crc32, 0, args, nargs);
}

static PyObject *
zlib_adler32(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return checksum("adler32", adler32, 1, args, nargs);
}

/* ---- types and module ---- */

#define FASTCALL_KW(fn) (PyCFunction)(void (*)(void))(fn), METH_FASTCALL | METH_KEYWORDS
#define FASTCALL(fn) (PyCFunction)(void (*)(void))(fn), METH_FASTCALL

static PyMethodDef comp_methods[] = {
    {"compress", FASTCALL_KW(comp_compress),
     "compress($self, data, /)\n--\n\n"
     "Feed data to the compressor; returns the compressed bytes ready so far.\n\n"
     "zlib may hold some of the input back; flush() writes it out."},
    {"flush", FASTCALL(comp_flush),
     "flush($self, mode=zlib.Z_FINISH, /)\n--\n\n"
     "Write out what the compressor holds, as bytes.\n\n"
     "mode is Z_SYNC_FLUSH or Z_FULL_FLUSH to go on compressing afterwards,\n"
     "or Z_FINISH (the default) to end the stream, after which the object\n"
     "cannot be used."},
    {"copy", FASTCALL_KW(zobj_copy_method),
     "copy($self, /)\n--\n\nA compressor in the same state as this one."},
    {"__copy__", FASTCALL_KW(zobj_dunder_copy), "__copy__($self, /)\n--\n\n"},
    {"__deepcopy__", FASTCALL_KW(zobj_deepcopy), "__deepcopy__($self, memo, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

static PyMethodDef decomp_methods[] = {
    {"decompress", FASTCALL_KW(decomp_decompress),
     "decompress($self, data, /, max_length=0)\n--\n\n"
     "Feed compressed data; returns the bytes it decompresses to so far.\n\n"
     "With a max_length other than 0, at most that many bytes are returned,\n"
     "and the input not yet used is kept in unconsumed_tail, to be passed\n"
     "again.  Input after the end of the stream goes to unused_data."},
    {"flush", FASTCALL(decomp_flush),
     "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\n"
     "Decompress what is left, unconsumed_tail included, as bytes.\n\n"
     "length is the size the output buffer starts with."},
    {"copy", FASTCALL_KW(zobj_copy_method),
     "copy($self, /)\n--\n\nA decompressor in the same state as this one."},
    {"__copy__", FASTCALL_KW(zobj_dunder_copy), "__copy__($self, /)\n--\n\n"},
    {"__deepcopy__", FASTCALL_KW(zobj_deepcopy), "__deepcopy__($self, memo, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef decomp_members[] = {
    {"unused_data", T_OBJECT, offsetof(compobject, unused_data), READONLY, NULL},
    {"unconsumed_tail", T_OBJECT, offsetof(compobject, unconsumed_tail), READONLY, NULL},
    {"eof", T_BOOL, offsetof(compobject, eof), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyTypeObject Comptype = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "zlib.Compress",
    .tp_basicsize = sizeof(compobject),
    .tp_dealloc = comp_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_methods = comp_methods,
};

static PyTypeObject Decomptype = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "zlib.Decompress",
    .tp_basicsize = sizeof(compobject),
    .tp_dealloc = decomp_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_methods = decomp_methods,
    .tp_members = decomp_members,
};

static PyMethodDef zlib_methods[] = {
    {"adler32", FASTCALL(zlib_adler32),
     "adler32($module, data, value=1, /)\n--\n\n"
     "The Adler-32 checksum of data, as an int, continuing from value."},
    {"compress", FASTCALL_KW(zlib_compress),
     "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\n"
     "data compressed in one go, as bytes.\n\n"
     "level runs from 0 (store only) to 9 (smallest); -1 is zlib's default.\n"
     "wbits chooses the window size and the container, as for compressobj()."},
    {"compressobj", FASTCALL_KW(zlib_compressobj),
     "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n"
     "            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n"
     "            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\n"
     "A compressor for data that arrives in pieces.\n\n"
     "level: 0 to 9, or -1 for zlib's default (6).\n"
     "method: DEFLATED, the only one.\n"
     "wbits: the base-two logarithm of the window, 9 to 15, for a zlib\n"
     "stream; negated for a raw deflate stream; plus 16 for a gzip one.\n"
     "memLevel: 1 to 9, memory for the compressor's state; more is faster.\n"
     "strategy: Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE or\n"
     "Z_FIXED.\n"
     "zdict: bytes likely to occur in the data, which the decompressor must\n"
     "be given too."},
    {"crc32", FASTCALL(zlib_crc32),
     "crc32($module, data, value=0, /)\n--\n\n"
     "The CRC-32 of data, as an int, continuing from value."},
    {"decompress", FASTCALL_KW(zlib_decompress),
     "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\n"
     "A complete compressed stream decompressed in one go, as bytes.\n\n"
     "wbits as for decompressobj(); bufsize is the size the output buffer\n"
     "starts with."},
    {"decompressobj", FASTCALL_KW(zlib_decompressobj),
     "decompressobj($module, /, wbits=MAX_WBITS, zdict=b\'\')\n--\n\n"
     "A decompressor for data that arrives in pieces.\n\n"
     "wbits: as for compressobj(), and 0 to take the window size from the\n"
     "stream, or plus 32 to accept a zlib or a gzip stream.\n"
     "zdict: the dictionary the data was compressed with, if any."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef zlib_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "zlib",
    .m_doc = "DEFLATE compression and decompression, and the CRC-32 and Adler-32\n"
             "checksums, through the zlib library.\n\n"
             "compress() and decompress() work on whole buffers; compressobj()\n"
             "and decompressobj() make objects for data that arrives in pieces.",
    .m_size = 0,
    .m_methods = zlib_methods,
};

PyObject *PyInit_zlib(void)
{
    if (PyType_Ready(&Comptype) < 0 || PyType_Ready(&Decomptype) < 0)
        return NULL;
    if (ZlibError == NULL && (ZlibError = PyErr_NewException("zlib.error", NULL, NULL)) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&zlib_module);
    if (m == NULL)
        return NULL;
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        {"MAX_WBITS", MAX_WBITS},
        {"DEFLATED", Z_DEFLATED},
        {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
        {"DEF_BUF_SIZE", DEF_BUF_SIZE},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
        {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
        {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
        {"Z_FILTERED", Z_FILTERED},
        {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
        {"Z_RLE", Z_RLE},
        {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
        {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
        {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH},
        {"Z_FINISH", Z_FINISH},
        {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (PyModule_AddIntConstant(m, ints[i].name, ints[i].value) < 0)
            goto error;
    if (PyModule_AddObjectRef(m, "error", ZlibError) < 0 ||
        PyModule_AddStringConstant(m, "ZLIB_VERSION", ZLIB_VERSION) < 0 ||
        PyModule_AddStringConstant(m, "ZLIB_RUNTIME_VERSION", zlibVersion()) < 0 ||
        PyModule_AddStringConstant(m, "__version__", "1.0") < 0)
        goto error;
    /* CPython does not put the types in the module's namespace */
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
