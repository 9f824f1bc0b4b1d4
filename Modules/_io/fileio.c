/* The file objects: TextIOWrapper, BufferedReader, BufferedWriter,
 * BufferedRandom and FileIO, behind open() and sys.stdin/stdout/stderr.
 *
 * One C struct, `fileobject`, serves every kind of file CPython's io
 * stack would build from layers: text (TextIOWrapper), buffered binary
 * (BufferedReader / BufferedWriter / BufferedRandom) and raw (FileIO,
 * buffering=0).  Each kind is its own type object, with CPython's class
 * name, base class and repr, over the same methods: for a file open()
 * makes, the layers are folded into one object that owns the file
 * descriptor, a write buffer of encoded bytes and a read buffer of raw
 * bytes; a text file adds a buffer of decoded, newline-translated
 * characters (`pending`).  Folding is what keeps print() and reading a
 * file line by line free of method calls between layers.  The layers a
 * program asks for (.buffer, .raw) are made on demand as second objects
 * over the same descriptor, linked to the first so that each flushes the
 * other's writes before touching the descriptor.
 *
 * The same struct is also a wrapper: TextIOWrapper(buffer) and
 * BufferedReader(raw), called from Python, keep the object they wrap in
 * `inner` and do their I/O through its methods (read1/readinto below,
 * write, seek, tell) instead of the descriptor.  The buffering, decoding
 * and newline code is shared; only the few primitives at the bottom
 * (io_write_all, io_read_into_rbuf, io_seek) look at which it is.  A
 * wrapper keeps the raw bytes behind its pending text (`snapshot`) so
 * tell() can count back from them, where a descriptor file re-reads the
 * bytes with pread().
 *
 * Invariants: at most one of the read and write buffers is non-empty
 * (switching direction flushes writes, or seeks back over unread bytes);
 * the position below is the logical position plus what is buffered for
 * reading (minus what is buffered for writing), so tell() can always be
 * computed.  UTF-8, Latin-1 and ASCII are decoded and encoded here
 * directly, UTF-8 statefully so that a character split across reads is
 * kept for the next one; other encodings go through the codec registry's
 * incremental decoder and encoder.  A '\r' at the end of a chunk waits
 * for the next chunk before universal-newline translation decides what it
 * is.  tell() is exact for the built-in codecs; for the others it counts
 * one byte per character. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_io.h"
#include <stddef.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_BUFFER_SIZE KR_IO_DEFAULT_BUFFER_SIZE

typedef enum { KIND_TEXT, KIND_READER, KIND_WRITER, KIND_RANDOM, KIND_RAW } file_kind;

/* Where a text line ends, from the newline argument: None translates
 * everything to \n first; '' recognises \n, \r\n and \r untranslated;
 * otherwise only the given string ends a line. */
enum { READNL_LF = 0, READNL_UNIVERSAL, READNL_CR, READNL_CRLF };

typedef struct fileobject {
    KR_IOBASE_HEAD
    int fd;
    file_kind kind;
    char readable, writable, appending, created;
    char closefd, closed, line_buffering, seekable; /* seekable: -1 unknown */
    char write_through;     /* flush after every write (stderr, -u) */
    char translate_read;    /* newline=None: \r\n and \r become \n */
    char readnl;            /* line ends when reading: see READNL_* */
    const char *write_newline; /* NULL: no translation on write */
    PyObject *name;
    PyObject *mode;         /* str as shown by .mode */
    PyObject *encoding;     /* text only */
    PyObject *errors;       /* text only */
    PyObject *newline_arg;  /* text only: the newline argument, or None */
    char *wbuf;
    Py_ssize_t wlen, wcap;
    char *rbuf;             /* raw bytes read ahead */
    Py_ssize_t rpos, rlen, rcap;
    PyObject *pending;      /* text: decoded characters not yet returned */
    Py_ssize_t pending_pos;
    long long pending_origin; /* file offset of the byte pending[0] came from */
    char decoded_cr_held;   /* a '\r' was held back at the end of a chunk */
    int eof;
    PyObject *buffer;       /* text: the binary object .buffer returns */
    struct fileobject *parent; /* binary .buffer of a text file: its text file */
    /* A wrapper over an arbitrary object rather than a descriptor: the
     * buffer a TextIOWrapper decodes, the raw stream a Buffered* reads.
     * NULL for descriptor-backed files. */
    PyObject *inner;
    PyObject *snapshot;     /* generic text: the bytes pending was decoded from */
    PyObject *decoder;      /* text, other codecs: an incremental decoder */
    PyObject *encoder;      /* text, other codecs: an incremental encoder */
    Py_ssize_t bufsize;     /* buffered: the buffer_size argument */
    char codec;             /* text: CODEC_* */
    char ok;                /* initialised (__init__ ran or built by open) */
    char detached;
    char inner_has_read1;
    char seennl;            /* text: line endings seen while reading (SEEN_*) */
    char decoded_any;       /* text: reading has started (reconfigure refuses) */
    char iterating;         /* text: next() has run; tell() refuses until EOF or seek */
    char raw_below;         /* text: .buffer is a FileIO (unbuffered std streams) */
    Py_ssize_t blksize;     /* the descriptor's st_blksize (FileIO._blksize) */
    char blocked;           /* buffered: the raw stream's last readinto() gave None */
    char finalizing;        /* _finalizing: close() is called by the finalizer */
} fileobject;

enum { CODEC_UTF8, CODEC_LATIN1, CODEC_ASCII, CODEC_OTHER };
enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

#define TextIOWrapper_Type _KrIO_TextIOWrapper_Type
#define BufferedReader_Type _KrIO_BufferedReader_Type
#define BufferedWriter_Type _KrIO_BufferedWriter_Type
#define BufferedRandom_Type _KrIO_BufferedRandom_Type
#define FileIO_Type _KrIO_FileIO_Type
#define UnsupportedOperation _KrIO_UnsupportedOperation

static PyTypeObject *
type_for_kind(file_kind kind)
{
    switch (kind) {
    case KIND_TEXT: return &TextIOWrapper_Type;
    case KIND_READER: return &BufferedReader_Type;
    case KIND_WRITER: return &BufferedWriter_Type;
    case KIND_RANDOM: return &BufferedRandom_Type;
    default: return &FileIO_Type;
    }
}

static file_kind
type_kind(PyTypeObject *type)
{
    if (PyType_IsSubtype(type, &TextIOWrapper_Type))
        return KIND_TEXT;
    if (PyType_IsSubtype(type, &BufferedReader_Type))
        return KIND_READER;
    if (PyType_IsSubtype(type, &BufferedWriter_Type))
        return KIND_WRITER;
    if (PyType_IsSubtype(type, &BufferedRandom_Type))
        return KIND_RANDOM;
    return KIND_RAW;
}

#define IS_FILEOBJECT(op) (Py_IS_TYPE((op), &TextIOWrapper_Type) || \
    Py_IS_TYPE((op), &BufferedReader_Type) || Py_IS_TYPE((op), &BufferedWriter_Type) || \
    Py_IS_TYPE((op), &BufferedRandom_Type) || Py_IS_TYPE((op), &FileIO_Type))

/* ====================================================================
 * Low-level descriptor I/O
 * ==================================================================== */

static Py_ssize_t
fd_write_all(int fd, const char *data, Py_ssize_t len)
{
    Py_ssize_t done = 0;
    while (done < len) {
        ssize_t n;
        Py_BEGIN_ALLOW_THREADS
        n = write(fd, data + done, (size_t)(len - done));
        Py_END_ALLOW_THREADS
        if (n < 0) {
            if (errno == EINTR) {
                if (PyErr_CheckSignals() < 0)
                    return -1;
                continue;
            }
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
        done += n;
    }
    return done;
}

static Py_ssize_t
fd_read(int fd, char *buf, Py_ssize_t size)
{
    for (;;) {
        ssize_t n;
        Py_BEGIN_ALLOW_THREADS
        n = read(fd, buf, (size_t)size);
        Py_END_ALLOW_THREADS
        if (n >= 0)
            return n;
        if (errno == EINTR) {
            if (PyErr_CheckSignals() < 0)
                return -1;
            continue;
        }
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
}

/* ====================================================================
 * The layer below: the descriptor, or the wrapped object's methods
 * ==================================================================== */

/* One write below a Buffered*: how much the raw stream took (at least
 * one byte), or -1 with an exception. */
static Py_ssize_t
io_write_once(fileobject *self, const char *data, Py_ssize_t len)
{
    PyObject *chunk = PyBytes_FromStringAndSize(data, len);
    if (chunk == NULL)
        return -1;
    PyObject *r = PyObject_CallMethodOneArg(self->inner, _Py_ID(write), chunk);
    Py_DECREF(chunk);
    if (r == NULL)
        return -1;
    if (r == Py_None) {
        Py_DECREF(r);
        PyErr_SetString(PyExc_BlockingIOError, "write could not complete without blocking");
        return -1;
    }
    Py_ssize_t n = PyNumber_AsSsize_t(r, PyExc_ValueError);
    Py_DECREF(r);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (n < 0 || n > len) {
        PyErr_Format(PyExc_OSError, "raw write() returned invalid length %zd "
                     "(should have been between 0 and %zd)", n, len);
        return -1;
    }
    if (n == 0) {
        PyErr_SetString(PyExc_BlockingIOError, "write could not complete without blocking");
        return -1;
    }
    return n;
}

/* Write all of data below this layer.  A TextIOWrapper hands its
 * encoded bytes to buffer.write() in one call; a Buffered* keeps calling
 * raw.write() until the raw stream has taken everything. */
static Py_ssize_t
io_write_all(fileobject *self, const char *data, Py_ssize_t len)
{
    if (self->inner == NULL)
        return fd_write_all(self->fd, data, len);
    if (self->kind == KIND_TEXT) {
        PyObject *chunk = PyBytes_FromStringAndSize(data, len);
        if (chunk == NULL)
            return -1;
        PyObject *r = PyObject_CallMethodOneArg(self->inner, _Py_ID(write), chunk);
        Py_DECREF(chunk);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
        return len;
    }
    Py_ssize_t done = 0;
    while (done < len) {
        Py_ssize_t n = io_write_once(self, data + done, len - done);
        if (n < 0)
            return -1;
        done += n;
    }
    return done;
}

/* Write at least `least` of the len bytes to a Buffered*'s raw stream,
 * more if it takes more; how much was written, -1 on error. */
static Py_ssize_t
io_write_some(fileobject *self, const char *data, Py_ssize_t len, Py_ssize_t least)
{
    Py_ssize_t done = 0;
    while (done < least) {
        Py_ssize_t n = io_write_once(self, data + done, len - done);
        if (n < 0)
            return -1;
        done += n;
    }
    return done;
}

/* Append up to `chunk` bytes read from the descriptor to rbuf, counting
 * them in rlen; 0 at end of file.  The read goes to memory of its own
 * and is copied in afterwards: it releases the GIL, and meanwhile another
 * thread reading this file may consume, move or reallocate rbuf. */
static Py_ssize_t
fd_read_into_rbuf(fileobject *self, Py_ssize_t chunk)
{
    char local[16384];
    char *tmp = chunk <= (Py_ssize_t)sizeof local ? local : PyMem_Malloc(chunk);
    if (tmp == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t n = fd_read(self->fd, tmp, chunk);
    if (n > 0) {
        if (self->rlen + n > self->rcap) {
            char *nb = PyMem_Realloc(self->rbuf, self->rlen + n);
            if (nb == NULL) {
                if (tmp != local)
                    PyMem_Free(tmp);
                PyErr_NoMemory();
                return -1;
            }
            self->rbuf = nb;
            self->rcap = self->rlen + n;
        }
        memcpy(self->rbuf + self->rlen, tmp, n);
        self->rlen += n;
    }
    if (tmp != local)
        PyMem_Free(tmp);
    return n;
}

/* Append up to `chunk` bytes from below to rbuf (whose capacity the
 * caller has made room for), counting them in rlen; 0 at end of file. */
static Py_ssize_t
io_read_into_rbuf(fileobject *self, Py_ssize_t chunk)
{
    if (self->inner == NULL)
        return fd_read_into_rbuf(self, chunk);
    if (self->kind != KIND_TEXT) {
        PyObject *mv = PyMemoryView_FromMemory(self->rbuf + self->rlen, chunk, PyBUF_WRITE);
        if (mv == NULL)
            return -1;
        PyObject *r = PyObject_CallMethodOneArg(self->inner, _Py_ID(readinto), mv);
        Py_DECREF(mv);
        if (r == NULL)
            return -1;
        if (r == Py_None) {
            /* a non-blocking raw stream with nothing to give yet */
            Py_DECREF(r);
            self->blocked = 1;
            return 0;
        }
        Py_ssize_t n = PyNumber_AsSsize_t(r, PyExc_ValueError);
        Py_DECREF(r);
        if (n == -1 && PyErr_Occurred()) {
            PyObject *cause = PyErr_GetRaisedException();
            PyErr_SetString(PyExc_OSError, "raw readinto() failed");
            PyObject *exc = PyErr_GetRaisedException();
            PyException_SetCause(exc, Py_NewRef(cause));
            PyException_SetContext(exc, cause);
            PyErr_SetRaisedException(exc);
            return -1;
        }
        if (n < 0 || n > chunk) {
            PyErr_Format(PyExc_OSError, "raw readinto() returned invalid length %zd "
                         "(should have been between 0 and %zd)", n, chunk);
            return -1;
        }
        self->rlen += n;
        return n;
    }
    PyObject *b = PyObject_CallMethod(self->inner, self->inner_has_read1 ? "read1" : "read",
                                      "n", chunk);
    if (b == NULL)
        return -1;
    Py_buffer view;
    if (PyObject_GetBuffer(b, &view, PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError,
                     "underlying %s() should have returned a bytes-like object, not '%.200s'",
                     self->inner_has_read1 ? "read1" : "read", Py_TYPE(b)->tp_name);
        Py_DECREF(b);
        return -1;
    }
    Py_ssize_t n = view.len;
    if (self->rlen + n > self->rcap) {
        char *nb = PyMem_Realloc(self->rbuf, self->rlen + n);
        if (nb == NULL) {
            PyBuffer_Release(&view);
            Py_DECREF(b);
            PyErr_NoMemory();
            return -1;
        }
        self->rbuf = nb;
        self->rcap = self->rlen + n;
    }
    memcpy(self->rbuf + self->rlen, view.buf, n);
    PyBuffer_Release(&view);
    Py_DECREF(b);
    self->rlen += n;
    return n;
}

/* The position below this layer after seeking; -1 with an exception. */
static long long
io_seek(fileobject *self, long long offset, int whence)
{
    if (self->inner == NULL) {
        off_t r = lseek(self->fd, (off_t)offset, whence);
        if (r < 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
        return (long long)r;
    }
    PyObject *r = (offset == 0 && whence == SEEK_CUR)
                      ? PyObject_CallMethod(self->inner, "tell", NULL)
                      : PyObject_CallMethod(self->inner, "seek", "Li", offset, whence);
    if (r == NULL)
        return -1;
    long long pos = PyLong_AsLongLong(r);
    Py_DECREF(r);
    if (pos == -1 && PyErr_Occurred())
        return -1;
    if (pos < 0) {
        PyErr_Format(PyExc_OSError, "Raw stream returned invalid position %lld", pos);
        return -1;
    }
    return pos;
}

/* ====================================================================
 * Buffers
 * ==================================================================== */

static int
check_attached(fileobject *self)
{
    if (!self->ok) {
        PyErr_SetString(PyExc_ValueError,
                        !self->detached ? "I/O operation on uninitialized object"
                        : self->kind == KIND_TEXT ? "underlying buffer has been detached"
                                                  : "raw stream has been detached");
        return -1;
    }
    return 0;
}

/* 1 if the object below a wrapper says it is closed, 0 if not, -1 error */
static int
inner_closed(fileobject *self)
{
    PyObject *v = PyObject_GetAttrString(self->inner, "closed");
    if (v == NULL)
        return -1;
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    return r;
}

/* The closed-file messages differ by layer and operation, as CPython's
 * do: a Buffered* names the operation ("read of closed file"), FileIO
 * and the delegating queries say "I/O operation on closed file", and the
 * IOBase defaults and TextIOWrapper add a full stop. */
#define OP_IOBASE "."     /* an IOBase default: the message with a full stop */
#define OP_DELEGATED "-"  /* a query a wrapper forwards to the layer below */

static void
set_closed_error(fileobject *self, const char *op)
{
    const char *msg = "I/O operation on closed file";
    if (op != NULL && strcmp(op, OP_IOBASE) == 0)
        msg = "I/O operation on closed file.";
    else if (op != NULL && strcmp(op, OP_DELEGATED) == 0)
        msg = "I/O operation on closed file";
    else if (self->kind == KIND_TEXT)
        msg = "I/O operation on closed file.";
    else if (self->kind != KIND_RAW && op != NULL) {
        if (strcmp(op, "write") == 0)
            msg = "write to closed file";
        else {
            PyErr_Format(PyExc_ValueError, "%s of closed file", op);
            return;
        }
    }
    PyErr_SetString(PyExc_ValueError, msg);
}

static int
check_open_op(fileobject *self, const char *op)
{
    if (check_attached(self) < 0)
        return -1;
    if (self->closed) {
        set_closed_error(self, op);
        return -1;
    }
    if (self->inner != NULL) {
        int r = inner_closed(self);
        if (r < 0)
            return -1;
        if (r) {
            set_closed_error(self, op);
            return -1;
        }
    }
    return 0;
}

static int
check_open(fileobject *self)
{
    return check_open_op(self, OP_IOBASE);
}

#define IS_BUFFERED(self) ((self)->kind != KIND_TEXT && (self)->kind != KIND_RAW)

static int
check_readable(fileobject *self, const char *op)
{
    if (self->kind != KIND_WRITER && check_attached(self) < 0)
        return -1;
    if (IS_BUFFERED(self) && !self->readable) {
        /* a BufferedWriter has no reading methods: _BufferedIOBase's answer */
        if (strcmp(op, "peek") == 0)
            PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute 'peek'",
                         Py_TYPE(self)->tp_name);
        else
            PyErr_SetString(UnsupportedOperation, strcmp(op, "read1") == 0 ? "read1" : "read");
        return -1;
    }
    if (check_open_op(self, op) < 0)
        return -1;
    if (!self->readable) {
        PyErr_SetString(UnsupportedOperation, self->kind == KIND_RAW ? "File not open for reading"
                                                                     : "not readable");
        return -1;
    }
    return 0;
}

static int
check_writable(fileobject *self, const char *op)
{
    if (self->kind != KIND_READER && check_attached(self) < 0)
        return -1;
    if (IS_BUFFERED(self) && !self->writable) {
        PyErr_SetString(UnsupportedOperation, op);
        return -1;
    }
    if (check_open_op(self, op) < 0)
        return -1;
    if (!self->writable) {
        PyErr_SetString(UnsupportedOperation, self->kind == KIND_RAW ? "File not open for writing"
                                                                     : "not writable");
        return -1;
    }
    return 0;
}

static int flush_other(fileobject *self);

static int
flush_write_buffer(fileobject *self)
{
    if (self->wlen == 0)
        return 0;
    /* The buffer leaves the object while it is written: the write may
     * release the GIL, and another thread writing to this file meanwhile
     * must start a buffer of its own rather than append to (or grow and
     * free) the one being written.  Afterwards it comes back for reuse,
     * unless the other thread's has taken its place. */
    char *buf = self->wbuf;
    Py_ssize_t len = self->wlen, cap = self->wcap;
    self->wbuf = NULL;
    self->wlen = self->wcap = 0;
    Py_ssize_t r = io_write_all(self, buf, len);
    if (self->wbuf == NULL) {
        self->wbuf = buf;
        self->wcap = cap;
    }
    else
        PyMem_Free(buf);
    return r < 0 ? -1 : 0;
}

/* Give back read-ahead: move the descriptor back over unread bytes and
 * characters, so the next write or seek starts at the logical position. */
static int
drop_read_buffer(fileobject *self)
{
    /* Only undecoded bytes go back: like CPython's TextIOWrapper, text
     * already decoded is dropped, so a write after a read lands where the
     * read-ahead stopped. */
    Py_ssize_t unread = self->rlen - self->rpos;
    self->rpos = self->rlen = 0;
    Py_CLEAR(self->pending);
    self->pending_pos = 0;
    self->decoded_cr_held = 0;
    self->eof = 0;
    Py_CLEAR(self->snapshot);
    if (self->decoder) {
        PyObject *r = PyObject_CallMethod(self->decoder, "reset", NULL);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
    }
    if (unread > 0 && self->seekable) {
        if (io_seek(self, -unread, SEEK_CUR) < 0)
            return -1;
    }
    return 0;
}

static int
buffer_write(fileobject *self, const char *data, Py_ssize_t len)
{
    if (self->rlen - self->rpos > 0 || self->pending) {
        if (drop_read_buffer(self) < 0)
            return -1;
    }
    if (flush_other(self) < 0)
        return -1;
    if (self->kind == KIND_RAW)
        return fd_write_all(self->fd, data, len) < 0 ? -1 : 0;
    if (self->wlen + len > self->bufsize) {
        if (flush_write_buffer(self) < 0)
            return -1;
        if (len > self->bufsize) {
            if (self->inner == NULL || self->kind == KIND_TEXT)
                return io_write_all(self, data, len) < 0 ? -1 : 0;
            /* a raw stream may take part: write until the rest fits */
            Py_ssize_t done = io_write_some(self, data, len, len - self->bufsize);
            if (done < 0)
                return -1;
            data += done;
            len -= done;
        }
    }
    if (self->wlen + len > self->wcap) {
        Py_ssize_t cap = Py_MAX(self->bufsize, self->wlen + len);
        char *nb = PyMem_Realloc(self->wbuf, cap);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->wbuf = nb;
        self->wcap = cap;
    }
    if (len > 0)
        memcpy(self->wbuf + self->wlen, data, len);
    self->wlen += len;
    /* a text layer hands on a full chunk at once, as CPython's does */
    if (self->kind == KIND_TEXT && self->wlen >= self->bufsize)
        return flush_write_buffer(self);
    return 0;
}

/* Read more raw bytes into rbuf (compacting it first); 0 at EOF. */
static Py_ssize_t
fill_raw(fileobject *self, Py_ssize_t want)
{
    if (self->wlen && flush_write_buffer(self) < 0)
        return -1;
    if (flush_other(self) < 0)
        return -1;
    if (self->rpos > 0) {
        memmove(self->rbuf, self->rbuf + self->rpos, self->rlen - self->rpos);
        self->rlen -= self->rpos;
        self->rpos = 0;
    }
    Py_ssize_t chunk = Py_MAX(want, self->bufsize);
    if (self->rlen + chunk > self->rcap) {
        char *nb = PyMem_Realloc(self->rbuf, self->rlen + chunk);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->rbuf = nb;
        self->rcap = self->rlen + chunk;
    }
    self->blocked = 0;
    return io_read_into_rbuf(self, chunk);
}

/* ====================================================================
 * Text decoding
 * ==================================================================== */

/* Universal newlines: \r\n and lone \r become \n. */
static PyObject *
translate_newlines(PyObject *text)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_FindChar(text, '\r', 0, len, 1) < 0)
        return Py_NewRef(text);
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(text, i);
        if (ch == '\r') {
            ch = '\n';
            if (i + 1 < len && PyUnicode_READ_CHAR(text, i + 1) == '\n')
                i++;
        }
        if (_PyUnicodeWriter_WriteChar(&w, ch) < 0) {
            _PyUnicodeWriter_Dealloc(&w);
            return NULL;
        }
    }
    return _PyUnicodeWriter_Finish(&w);
}

static Py_ssize_t pending_len(fileobject *self);
static long long pending_offset(fileobject *self, Py_ssize_t k);

/* Record which line endings a decoded chunk holds (for .newlines). */
static void
note_newlines(fileobject *self, PyObject *text)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_FindChar(text, '\r', 0, len, 1) < 0) {
        if (!(self->seennl & SEEN_LF) && PyUnicode_FindChar(text, '\n', 0, len, 1) >= 0)
            self->seennl |= SEEN_LF;
        return;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\n') {
            self->seennl |= SEEN_LF;
        } else if (c == '\r') {
            if (i + 1 < len && PyUnicode_READ(kind, data, i + 1) == '\n') {
                self->seennl |= SEEN_CRLF;
                i++;
            } else {
                self->seennl |= SEEN_CR;
            }
        }
    }
}

/* Decode one chunk with the stream's codec; *consumed is how many bytes
 * the text stands for (a UTF-8 sequence cut by the chunk end waits). */
static PyObject *
decode_chunk(fileobject *self, const char *data, Py_ssize_t len, int final,
             Py_ssize_t *consumed)
{
    const char *errors = PyUnicode_AsUTF8(self->errors);
    if (errors == NULL)
        return NULL;
    *consumed = len;
    switch (self->codec) {
    case CODEC_UTF8:
        return final ? PyUnicode_DecodeUTF8(data, len, errors)
                     : PyUnicode_DecodeUTF8Stateful(data, len, errors, consumed);
    case CODEC_LATIN1:
        return PyUnicode_DecodeLatin1(data, len, errors);
    case CODEC_ASCII:
        return PyUnicode_DecodeASCII(data, len, errors);
    default:
        break;
    }
    if (self->decoder != NULL) {
        if (self->seekable) {
            /* the decoder's state is where tell() would start from: it
             * must be the (bytes, int) pair codecs define */
            PyObject *state = PyObject_CallMethod(self->decoder, "getstate", NULL);
            if (state == NULL)
                return NULL;
            PyObject *buf, *flags;
            int ok = PyTuple_Check(state) &&
                     PyArg_ParseTuple(state, "OO;illegal decoder state", &buf, &flags);
            if (ok && !PyBytes_Check(buf)) {
                PyErr_Format(PyExc_TypeError, "illegal decoder state: the first item should "
                             "be a bytes object, not '%.200s'", Py_TYPE(buf)->tp_name);
                ok = 0;
            } else if (!ok && !PyErr_Occurred()) {
                PyErr_SetString(PyExc_TypeError, "illegal decoder state");
            }
            Py_DECREF(state);
            if (!ok)
                return NULL;
        }
        PyObject *b = PyBytes_FromStringAndSize(data, len);
        if (b == NULL)
            return NULL;
        PyObject *r = PyObject_CallMethod(self->decoder, "decode", "Oi", b, final);
        Py_DECREF(b);
        if (r != NULL && !PyUnicode_Check(r)) {
            PyErr_Format(PyExc_TypeError, "decoder should return a string result, not '%.200s'",
                         Py_TYPE(r)->tp_name);
            Py_CLEAR(r);
        }
        return r;
    }
    const char *enc = PyUnicode_AsUTF8(self->encoding);
    if (enc == NULL)
        return NULL;
    return PyUnicode_Decode(data, len, enc, errors);
}

/* Decode more of the file into `pending`; returns 0 at EOF, 1 when text
 * was added, -1 on error. */
static int
fill_text(fileobject *self)
{
    if (self->eof)
        return 0;
    /* where the text about to be pending starts in the file */
    long long origin;
    Py_ssize_t keep_from = 0; /* generic: where the kept snapshot starts */
    if (self->inner == NULL && !self->seekable) {
        /* a pipe or terminal has no offsets to keep track of (tell()
         * refuses), and pending_offset() could not re-read them */
        origin = 0;
    } else if (pending_len(self) > 0) {
        origin = pending_offset(self, self->pending_pos);
        keep_from = (Py_ssize_t)(origin - self->pending_origin);
    } else if (self->inner != NULL) {
        long long cur = -1;
        if (self->seekable) {
            cur = io_seek(self, 0, SEEK_CUR);
            if (cur < 0)
                PyErr_Clear();
        }
        origin = cur < 0 ? 0 : cur - (self->rlen - self->rpos);
    } else {
        off_t cur = lseek(self->fd, 0, SEEK_CUR);
        origin = cur < 0 ? 0 : (long long)cur - (self->rlen - self->rpos);
    }
    if (origin < 0)
        return -1;
    Py_ssize_t n = fill_raw(self, self->bufsize);
    if (n < 0)
        return -1;
    int at_eof = (n == 0);
    const char *data = self->rbuf ? self->rbuf + self->rpos : "";
    Py_ssize_t avail = self->rlen - self->rpos;
    if (avail == 0 && self->decoder == NULL) {
        self->eof = 1;
        return 0;
    }
    /* hold a trailing '\r' back until we know what follows it */
    Py_ssize_t usable = avail;
    if (self->translate_read && !at_eof && avail > 0 && data[avail - 1] == '\r' &&
        self->codec != CODEC_OTHER)
        usable--;
    Py_ssize_t consumed;
    PyObject *decoded = decode_chunk(self, data, usable, at_eof, &consumed);
    if (decoded == NULL)
        return -1;
    self->decoded_any = 1;
    if (self->inner != NULL) {
        /* keep the bytes behind the pending text, for tell() */
        PyObject *fresh = PyBytes_FromStringAndSize(data, consumed);
        if (fresh == NULL) {
            Py_DECREF(decoded);
            return -1;
        }
        if (self->snapshot != NULL && pending_len(self) > 0 &&
            keep_from < PyBytes_GET_SIZE(self->snapshot)) {
            PyObject *kept = PyBytes_FromStringAndSize(PyBytes_AS_STRING(self->snapshot) + keep_from,
                                                       PyBytes_GET_SIZE(self->snapshot) - keep_from);
            if (kept == NULL) {
                Py_DECREF(fresh);
                Py_DECREF(decoded);
                return -1;
            }
            PyBytes_ConcatAndDel(&kept, fresh);
            fresh = kept;
            if (fresh == NULL) {
                Py_DECREF(decoded);
                return -1;
            }
        }
        Py_XSETREF(self->snapshot, fresh);
    }
    self->rpos += consumed;
    if (at_eof)
        self->eof = 1;
    note_newlines(self, decoded);
    if (self->translate_read) {
        PyObject *t = translate_newlines(decoded);
        Py_DECREF(decoded);
        if (t == NULL)
            return -1;
        decoded = t;
    }
    self->pending_origin = origin;
    if (self->pending == NULL || self->pending_pos >= PyUnicode_GET_LENGTH(self->pending)) {
        Py_XSETREF(self->pending, decoded);
    } else {
        PyObject *rest = PyUnicode_Substring(self->pending, self->pending_pos,
                                             PyUnicode_GET_LENGTH(self->pending));
        if (rest == NULL) {
            Py_DECREF(decoded);
            return -1;
        }
        PyObject *joined = PyUnicode_Concat(rest, decoded);
        Py_DECREF(rest);
        Py_DECREF(decoded);
        if (joined == NULL)
            return -1;
        Py_XSETREF(self->pending, joined);
    }
    self->pending_pos = 0;
    if (!at_eof && PyUnicode_GET_LENGTH(self->pending) == 0)
        return fill_text(self); /* only an incomplete character so far */
    if (at_eof && PyUnicode_GET_LENGTH(self->pending) == 0)
        return 0;
    return 1;
}

static Py_ssize_t
pending_len(fileobject *self)
{
    return self->pending ? PyUnicode_GET_LENGTH(self->pending) - self->pending_pos : 0;
}

/* The file offset of pending[k]: walk the raw bytes from pending_origin,
 * one character per UTF-8 sequence (or per byte for other encodings),
 * with \r\n counting as one character when newlines are translated.
 * Exact for valid input; -1 with an exception on I/O errors. */
static long long
pending_offset(fileobject *self, Py_ssize_t k)
{
    long long off = self->pending_origin;
    int utf8 = self->codec == CODEC_UTF8;
    if (self->inner != NULL) {
        const unsigned char *b = (const unsigned char *)(self->snapshot
                                     ? PyBytes_AS_STRING(self->snapshot) : "");
        Py_ssize_t have = self->snapshot ? PyBytes_GET_SIZE(self->snapshot) : 0, i = 0;
        while (k > 0 && i < have) {
            Py_ssize_t len = 1;
            if (b[i] == '\r' && self->translate_read && i + 1 < have && b[i + 1] == '\n')
                len = 2;
            else if (utf8 && b[i] >= 0xC0)
                len = b[i] >= 0xF0 ? 4 : b[i] >= 0xE0 ? 3 : 2;
            i += len;
            k--;
        }
        return off + (i < have ? i : have);
    }
    char buf[4096];
    Py_ssize_t have = 0, i = 0;
    while (k > 0) {
        if (i >= have - 1) {
            /* refill, keeping one byte of look-ahead for \r\n */
            ssize_t n = pread(self->fd, buf, sizeof buf, (off_t)off);
            if (n < 0) {
                PyErr_SetFromErrno(PyExc_OSError);
                return -1;
            }
            if (n == 0)
                break;
            have = n;
            i = 0;
            if (have == 1 && k > 0) {
                off += 1;
                k--;
                continue;
            }
        }
        unsigned char c = (unsigned char)buf[i];
        Py_ssize_t len = 1;
        if (c == '\r' && self->translate_read && buf[i + 1] == '\n')
            len = 2;
        else if (utf8 && c >= 0xC0)
            len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + len > have && have == (Py_ssize_t)sizeof buf) {
            have = 0; /* sequence crosses the chunk: re-read from here */
            continue;
        }
        i += len;
        off += len;
        k--;
    }
    return off;
}

static PyObject *
take_pending(fileobject *self, Py_ssize_t n)
{
    PyObject *res = PyUnicode_Substring(self->pending, self->pending_pos,
                                        self->pending_pos + n);
    if (res)
        self->pending_pos += n;
    return res;
}

/* ====================================================================
 * Reading
 * ==================================================================== */

static PyObject *
text_read(fileobject *self, Py_ssize_t n)
{
    if (n < 0) {
        int r;
        while ((r = fill_text(self)) > 0)
            ;
        if (r < 0)
            return NULL;
        if (self->pending == NULL)
            return PyUnicode_FromString("");
        return take_pending(self, pending_len(self));
    }
    while (pending_len(self) < n) {
        int r = fill_text(self);
        if (r < 0)
            return NULL;
        if (r == 0)
            break;
    }
    if (self->pending == NULL)
        return PyUnicode_FromString("");
    return take_pending(self, Py_MIN(n, pending_len(self)));
}

/* The index just past the first line end in pending[start:end], -1 if
 * none is there yet (or a final \r may still be followed by \n), -2 on
 * error. */
static Py_ssize_t
find_line_end(fileobject *self, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *p = self->pending;
    switch (self->readnl) {
    case READNL_LF: {
        Py_ssize_t pos = PyUnicode_FindChar(p, '\n', start, end, 1);
        return pos < 0 ? pos : pos + 1;
    }
    case READNL_CR: {
        Py_ssize_t pos = PyUnicode_FindChar(p, '\r', start, end, 1);
        return pos < 0 ? pos : pos + 1;
    }
    default:
        for (Py_ssize_t i = start; i < end; i++) {
            Py_UCS4 ch = PyUnicode_READ_CHAR(p, i);
            if (ch == '\n' && self->readnl == READNL_UNIVERSAL)
                return i + 1;
            if (ch == '\r') {
                if (i + 1 < end)
                    return PyUnicode_READ_CHAR(p, i + 1) == '\n' ? i + 2
                           : (self->readnl == READNL_UNIVERSAL ? i + 1 : -3);
                return self->eof && self->readnl == READNL_UNIVERSAL ? i + 1 : -1;
            }
        }
        return -1;
    }
}

static PyObject *
text_readline(fileobject *self, Py_ssize_t limit)
{
    Py_ssize_t searched = 0;
    for (;;) {
        Py_ssize_t avail = pending_len(self);
        if (avail > searched) {
            Py_ssize_t start = self->pending_pos + searched;
            Py_ssize_t end = self->pending_pos + avail;
            Py_ssize_t pos = find_line_end(self, start, end);
            while (pos == -3) {
                /* a lone \r when only \r\n ends lines: keep looking */
                Py_ssize_t cr = PyUnicode_FindChar(self->pending, '\r', start, end, 1);
                start = cr + 1;
                pos = find_line_end(self, start, end);
            }
            if (pos == -2)
                return NULL;
            if (pos >= 0) {
                Py_ssize_t n = pos - self->pending_pos;
                if (limit >= 0 && n > limit)
                    n = limit;
                return take_pending(self, n);
            }
            /* re-scan a final \r once more text has arrived */
            searched = (avail > 0 && self->readnl != READNL_LF &&
                        PyUnicode_READ_CHAR(self->pending, end - 1) == '\r') ? avail - 1 : avail;
        }
        if (limit >= 0 && avail >= limit)
            return take_pending(self, limit);
        int r = fill_text(self);
        if (r < 0)
            return NULL;
        if (r == 0) {
            if (self->pending == NULL)
                return PyUnicode_FromString("");
            return take_pending(self, pending_len(self));
        }
        searched = 0; /* pending was rebuilt from its start */
    }
}

static PyObject *
binary_read(fileobject *self, Py_ssize_t n)
{
    if (self->kind == KIND_RAW && self->rlen == self->rpos) {
        /* FileIO.read: one system call (or read to the end) */
        if (n >= 0) {
            PyObject *b = PyBytes_FromStringAndSize(NULL, n);
            if (b == NULL)
                return NULL;
            Py_ssize_t got = fd_read(self->fd, PyBytes_AS_STRING(b), n);
            if (got < 0) {
                Py_DECREF(b);
                return NULL;
            }
            if (got != n && _PyBytes_Resize(&b, got) < 0)
                return NULL;
            return b;
        }
    }
    if (n < 0) {
        Py_ssize_t r;
        while ((r = fill_raw(self, DEFAULT_BUFFER_SIZE * 4)) > 0)
            ;
        if (r < 0)
            return NULL;
        if (self->blocked && self->rlen == self->rpos)
            Py_RETURN_NONE;
        PyObject *b = PyBytes_FromStringAndSize(self->rbuf ? self->rbuf + self->rpos : "",
                                                self->rlen - self->rpos);
        self->rpos = self->rlen = 0;
        return b;
    }
    while (self->rlen - self->rpos < n) {
        Py_ssize_t r = fill_raw(self, n - (self->rlen - self->rpos));
        if (r < 0)
            return NULL;
        if (r == 0) {
            if (self->blocked && self->rlen == self->rpos)
                Py_RETURN_NONE;
            break;
        }
    }
    Py_ssize_t take = Py_MIN(n, self->rlen - self->rpos);
    PyObject *b = PyBytes_FromStringAndSize(self->rbuf ? self->rbuf + self->rpos : "", take);
    if (b)
        self->rpos += take;
    return b;
}

static PyObject *
binary_readline(fileobject *self, Py_ssize_t limit)
{
    Py_ssize_t searched = 0;
    for (;;) {
        Py_ssize_t avail = self->rlen - self->rpos;
        if (avail > searched) {
            const char *start = self->rbuf + self->rpos;
            const char *nl = memchr(start + searched, '\n', avail - searched);
            if (nl) {
                Py_ssize_t n = nl - start + 1;
                if (limit >= 0 && n > limit)
                    n = limit;
                PyObject *b = PyBytes_FromStringAndSize(start, n);
                if (b)
                    self->rpos += n;
                return b;
            }
            searched = avail;
        }
        if (limit >= 0 && avail >= limit) {
            PyObject *b = PyBytes_FromStringAndSize(self->rbuf + self->rpos, limit);
            if (b)
                self->rpos += limit;
            return b;
        }
        Py_ssize_t r = fill_raw(self, DEFAULT_BUFFER_SIZE);
        if (r < 0)
            return NULL;
        if (r == 0) {
            avail = self->rlen - self->rpos;
            PyObject *b = PyBytes_FromStringAndSize(avail ? self->rbuf + self->rpos : "", avail);
            if (b)
                self->rpos = self->rlen = 0;
            return b;
        }
    }
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
file_read(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "read", &n) < 0 || check_readable(self, "read") < 0)
        return NULL;
    if (n < -1 && IS_BUFFERED(self)) {
        PyErr_SetString(PyExc_ValueError, "read length must be non-negative or -1");
        return NULL;
    }
    return self->kind == KIND_TEXT ? text_read(self, n) : binary_read(self, n);
}

static PyObject *
file_readline(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "readline", &n) < 0 || check_readable(self, "readline") < 0)
        return NULL;
    return self->kind == KIND_TEXT ? text_readline(self, n) : binary_readline(self, n);
}

static PyObject *
file_readlines(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t hint;
    if (size_arg(args, nargs, "readlines", &hint) < 0 || check_readable(self, OP_IOBASE) < 0)
        return NULL;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    Py_ssize_t total = 0;
    for (;;) {
        PyObject *line = self->kind == KIND_TEXT ? text_readline(self, -1)
                                                 : binary_readline(self, -1);
        if (line == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        Py_ssize_t len = Py_SIZE(line);
        if (PyUnicode_Check(line))
            len = PyUnicode_GET_LENGTH(line);
        if (len == 0) {
            Py_DECREF(line);
            break;
        }
        int r = PyList_Append(list, line);
        Py_DECREF(line);
        if (r < 0) {
            Py_DECREF(list);
            return NULL;
        }
        total += len;
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

/* readinto and readinto1 of a Buffered*: what is buffered first, then
 * reads below; readinto1 reads below at most once, and only when nothing
 * was buffered or the rest is larger than the buffer. */
static PyObject *
buffered_readinto(fileobject *self, PyObject *arg, int one)
{
    if (check_readable(self, "readinto") < 0)
        return NULL;
    Py_buffer view;
    if (_KrArg_WritableBuffer(one ? "readinto1" : "readinto", arg, &view) < 0)
        return NULL;
    char *dst = view.buf;
    Py_ssize_t len = view.len;
    Py_ssize_t written = Py_MIN(len, self->rlen - self->rpos);
    if (written > 0) {
        memcpy(dst, self->rbuf + self->rpos, written);
        self->rpos += written;
    }
    while (written < len) {
        Py_ssize_t remaining = len - written;
        if (one && written > 0 && remaining <= self->bufsize)
            break;
        Py_ssize_t r = fill_raw(self, remaining > self->bufsize ? remaining : self->bufsize);
        if (r < 0) {
            PyBuffer_Release(&view);
            return NULL;
        }
        if (r == 0) {
            if (self->blocked && written == 0) {
                PyBuffer_Release(&view);
                Py_RETURN_NONE;
            }
            break;
        }
        Py_ssize_t n = Py_MIN(remaining, self->rlen - self->rpos);
        memcpy(dst + written, self->rbuf + self->rpos, n);
        self->rpos += n;
        written += n;
        if (one)
            break;
    }
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(written);
}

static PyObject *
file_readinto(PyObject *op, PyObject *arg)
{
    fileobject *self = (fileobject *)op;
    if (self->kind == KIND_TEXT) {
        PyErr_SetString(PyExc_AttributeError, "readinto");
        return NULL;
    }
    if (IS_BUFFERED(self))
        return buffered_readinto(self, arg, 0);
    if (check_readable(self, "readinto") < 0)
        return NULL;
    Py_buffer view;
    if (_KrArg_WritableBuffer("readinto", arg, &view) < 0)
        return NULL;
    PyObject *data = binary_read(self, view.len);
    if (data == NULL) {
        PyBuffer_Release(&view);
        return NULL;
    }
    Py_ssize_t n = PyBytes_GET_SIZE(data);
    memcpy(view.buf, PyBytes_AS_STRING(data), n);
    Py_DECREF(data);
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(n);
}

static PyObject *
file_iternext(PyObject *op)
{
    fileobject *self = (fileobject *)op;
    PyObject *line;
    if (!IS_FILEOBJECT(op) || self->kind == KIND_RAW) {
        /* a subclass may define its own readline (FileIO has IOBase's) */
        line = PyObject_CallMethod(op, "readline", NULL);
        if (line == NULL)
            return NULL;
        if (self->kind == KIND_TEXT ? !PyUnicode_Check(line) : !PyBytes_Check(line)) {
            PyErr_Format(PyExc_OSError, "readline() should have returned a %s object, not '%.200s'",
                         self->kind == KIND_TEXT ? "str" : "bytes", Py_TYPE(line)->tp_name);
            Py_DECREF(line);
            return NULL;
        }
    } else {
        if (check_readable(self, "readline") < 0)
            return NULL;
        line = self->kind == KIND_TEXT ? text_readline(self, -1) : binary_readline(self, -1);
        if (line == NULL)
            return NULL;
    }
    Py_ssize_t len = PyUnicode_Check(line) ? PyUnicode_GET_LENGTH(line) : Py_SIZE(line);
    if (len == 0) {
        self->iterating = 0;
        Py_DECREF(line);
        return NULL;
    }
    /* as CPython's text files: a position read during iteration could not
     * be trusted (the read-ahead is not accounted for line by line) */
    if (self->kind == KIND_TEXT)
        self->iterating = 1;
    return line;
}

static PyObject *
file_iter(PyObject *op)
{
    if (check_open((fileobject *)op) < 0)
        return NULL;
    return Py_NewRef(op);
}

/* ====================================================================
 * Writing
 * ==================================================================== */

static int
text_write_str(fileobject *self, PyObject *text)
{
    PyObject *s = Py_NewRef(text);
    if (self->write_newline && PyUnicode_FindChar(s, '\n', 0, PyUnicode_GET_LENGTH(s), 1) >= 0) {
        PyObject *nl = PyUnicode_FromString("\n");
        PyObject *repl = PyUnicode_FromString(self->write_newline);
        PyObject *t = (nl && repl) ? PyUnicode_Replace(s, nl, repl, -1) : NULL;
        Py_XDECREF(nl);
        Py_XDECREF(repl);
        Py_DECREF(s);
        if (t == NULL)
            return -1;
        s = t;
    }
    int r;
    const char *data = NULL;
    Py_ssize_t len;
    if (self->codec == CODEC_UTF8) {
        /* the string's cached UTF-8 form; only text with surrogates needs
         * the codec and its error handler */
        data = PyUnicode_AsUTF8AndSize(s, &len);
        if (data == NULL)
            PyErr_Clear();
    }
    if (data != NULL) {
        r = buffer_write(self, data, len);
    } else if (self->encoder != NULL) {
        PyObject *b = PyObject_CallMethod(self->encoder, "encode", "O", s);
        if (b == NULL) {
            Py_DECREF(s);
            return -1;
        }
        if (!PyBytes_Check(b)) {
            PyErr_Format(PyExc_TypeError, "encoder should return a bytes object, not '%.200s'",
                         Py_TYPE(b)->tp_name);
            Py_DECREF(b);
            Py_DECREF(s);
            return -1;
        }
        r = buffer_write(self, PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b));
        Py_DECREF(b);
    } else {
        const char *enc = PyUnicode_AsUTF8(self->encoding);
        const char *errors = PyUnicode_AsUTF8(self->errors);
        PyObject *b = (enc && errors) ? PyUnicode_AsEncodedString(s, enc, errors) : NULL;
        if (b == NULL) {
            Py_DECREF(s);
            return -1;
        }
        r = buffer_write(self, PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b));
        Py_DECREF(b);
    }
    int line_flush = r == 0 && self->line_buffering &&
        (PyUnicode_FindChar(text, '\n', 0, PyUnicode_GET_LENGTH(text), 1) >= 0 ||
         PyUnicode_FindChar(text, '\r', 0, PyUnicode_GET_LENGTH(text), 1) >= 0);
    if (r == 0 && (self->write_through || line_flush))
        r = flush_write_buffer(self);
    if (r == 0 && line_flush && self->inner != NULL) {
        /* line buffering flushes the whole stack, as flush() does */
        PyObject *res = PyObject_CallMethod(self->inner, "flush", NULL);
        if (res == NULL)
            r = -1;
        Py_XDECREF(res);
    }
    Py_DECREF(s);
    return r;
}

/* The fast path print() uses (Objects/fileobject.c). */
int
_KrIO_WriteText(PyObject *file, PyObject *text)
{
    if (!Py_IS_TYPE(file, &TextIOWrapper_Type) || !PyUnicode_Check(text))
        return -2;
    fileobject *self = (fileobject *)file;
    if (check_writable(self, "write") < 0)
        return -1;
    return text_write_str(self, text);
}

static PyObject *
file_write(PyObject *op, PyObject *arg)
{
    fileobject *self = (fileobject *)op;
    if (self->kind == KIND_TEXT) {
        if (!PyUnicode_Check(arg)) {
            PyErr_Format(PyExc_TypeError, "write() argument must be str, not %.100s",
                         Py_TYPE(arg)->tp_name);
            return NULL;
        }
        if (check_writable(self, "write") < 0 || text_write_str(self, arg) < 0)
            return NULL;
        return PyLong_FromSsize_t(PyUnicode_GET_LENGTH(arg));
    }
    if (check_writable(self, "write") < 0)
        return NULL;
    if (PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    int r = buffer_write(self, view.buf, view.len);
    Py_ssize_t len = view.len;
    PyBuffer_Release(&view);
    if (r < 0)
        return NULL;
    return PyLong_FromSsize_t(len);
}

static PyObject *
file_writelines(PyObject *op, PyObject *lines)
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
        return NULL;
    PyObject *it = PyObject_GetIter(lines);
    if (it == NULL)
        return NULL;
    PyObject *line;
    while ((line = PyIter_Next(it)) != NULL) {
        PyObject *r = file_write(op, line);
        Py_DECREF(line);
        if (r == NULL) {
            Py_DECREF(it);
            return NULL;
        }
        Py_DECREF(r);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

/* A text file and its .buffer share the descriptor: each flushes the
 * other's writes before touching it, so output keeps its order. */
static int
flush_other(fileobject *self)
{
    fileobject *other = self->parent ? self->parent : (fileobject *)self->buffer;
    if (other && other->wlen)
        return flush_write_buffer(other);
    return 0;
}

static PyObject *
file_flush(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open_op(self, IS_BUFFERED(self) && self->writable ? "flush" : OP_IOBASE) < 0)
        return NULL;
    if (flush_other(self) < 0 || flush_write_buffer(self) < 0)
        return NULL;
    /* a TextIOWrapper's flush reaches through to its buffer */
    if (self->inner != NULL && self->kind == KIND_TEXT)
        return PyObject_CallMethod(self->inner, "flush", NULL);
    Py_RETURN_NONE;
}

/* ====================================================================
 * Positioning
 * ==================================================================== */

static int
check_text_seekable(fileobject *self)
{
    if (self->kind == KIND_TEXT && !self->seekable) {
        PyErr_SetString(UnsupportedOperation, "underlying stream is not seekable");
        return -1;
    }
    return 0;
}

static PyObject *
file_tell(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open_op(self, NULL) < 0 || check_text_seekable(self) < 0)
        return NULL;
    if (self->iterating) {
        PyErr_SetString(PyExc_OSError, "telling position disabled by next() call");
        return NULL;
    }
    long long pos = io_seek(self, 0, SEEK_CUR);
    if (pos < 0)
        return NULL;
    if (self->kind == KIND_TEXT && pending_len(self) > 0) {
        long long p = pending_offset(self, self->pending_pos);
        return p < 0 ? NULL : PyLong_FromLongLong(p);
    }
    pos += self->wlen;
    pos -= self->rlen - self->rpos;
    return PyLong_FromLongLong(pos);
}

/* Forget everything read ahead (the position below is already right). */
static int
reset_read_state(fileobject *self)
{
    self->rpos = self->rlen = 0;
    Py_CLEAR(self->pending);
    Py_CLEAR(self->snapshot);
    self->pending_pos = 0;
    self->eof = 0;
    if (self->decoder) {
        PyObject *r = PyObject_CallMethod(self->decoder, "reset", NULL);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
    }
    return 0;
}

static PyObject *
file_seek(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    if (!_PyArg_CheckPositional("seek", nargs, 1, 2))
        return NULL;
    if (check_open_op(self, "seek") < 0)
        return NULL;
    if (PyFloat_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return NULL;
    }
    long long offset = PyLong_AsLongLong(args[0]);
    if (offset == -1 && PyErr_Occurred())
        return NULL;
    int whence = 0;
    if (nargs == 2) {
        long w = PyLong_AsLong(args[1]);
        if (w == -1 && PyErr_Occurred())
            return NULL;
        whence = (int)w;
    }
    if (whence < 0 || whence > 2) {
        if (self->kind == KIND_TEXT)
            PyErr_Format(PyExc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        else
            PyErr_Format(PyExc_ValueError, "whence value %d unsupported", whence);
        return NULL;
    }
    if (self->kind == KIND_TEXT) {
        if (check_text_seekable(self) < 0)
            return NULL;
        if (whence == 1 && offset != 0) {
            PyErr_SetString(UnsupportedOperation, "can't do nonzero cur-relative seeks");
            return NULL;
        }
        if (whence == 2 && offset != 0) {
            PyErr_SetString(UnsupportedOperation, "can't do nonzero end-relative seeks");
            return NULL;
        }
        if (whence == 0 && offset < 0) {
            PyErr_Format(PyExc_ValueError, "negative seek position %lld", offset);
            return NULL;
        }
    }
    if (flush_other(self) < 0 || flush_write_buffer(self) < 0)
        return NULL;
    if (whence == 1) {
        /* relative to the logical position, not the read-ahead */
        PyObject *cur = file_tell(op, NULL);
        if (cur == NULL)
            return NULL;
        offset += PyLong_AsLongLong(cur);
        Py_DECREF(cur);
        whence = 0;
    }
    if (reset_read_state(self) < 0)
        return NULL;
    self->iterating = 0;
    long long pos = io_seek(self, offset, whence);
    if (pos < 0)
        return NULL;
    if (self->encoder != NULL) {
        PyObject *r = pos == 0 ? PyObject_CallMethod(self->encoder, "reset", NULL)
                               : PyObject_CallMethod(self->encoder, "setstate", "i", 0);
        if (r == NULL)
            return NULL;
        Py_DECREF(r);
    }
    return PyLong_FromLongLong(pos);
}

static PyObject *
file_truncate(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    if (!_PyArg_CheckPositional("truncate", nargs, 0, 1))
        return NULL;
    if (self->inner != NULL ? check_open_op(self, "truncate") < 0 : check_writable(self, "truncate") < 0)
        return NULL;
    if (IS_BUFFERED(self) && !self->writable) {
        PyErr_SetString(UnsupportedOperation, "truncate");
        return NULL;
    }
    if (flush_write_buffer(self) < 0)
        return NULL;
    PyObject *posobj = (nargs && args[0] != Py_None) ? Py_NewRef(args[0]) : file_tell(op, NULL);
    if (posobj == NULL)
        return NULL;
    if (self->inner != NULL) {
        if (drop_read_buffer(self) < 0) {
            Py_DECREF(posobj);
            return NULL;
        }
        if (self->kind == KIND_TEXT) {
            PyObject *r = PyObject_CallMethod(self->inner, "flush", NULL);
            if (r == NULL) {
                Py_DECREF(posobj);
                return NULL;
            }
            Py_DECREF(r);
        }
        PyObject *r = PyObject_CallMethodOneArg(self->inner, _Py_ID(truncate), posobj);
        Py_DECREF(posobj);
        return r;
    }
    long long pos = PyLong_AsLongLong(posobj);
    if (pos == -1 && PyErr_Occurred()) {
        Py_DECREF(posobj);
        return NULL;
    }
    if (drop_read_buffer(self) < 0 || ftruncate(self->fd, (off_t)pos) < 0) {
        Py_DECREF(posobj);
        if (!PyErr_Occurred())
            PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    return posobj;
}

/* ====================================================================
 * Closing and queries
 * ==================================================================== */

static int root_closefd(fileobject *self);

/* The ResourceWarning of a file that owns its descriptor and was never
 * closed, naming `source` (the outermost layer); 0, or -1 when warnings
 * are errors. */
static int
dealloc_warn(fileobject *self, PyObject *source)
{
    if (self->inner != NULL) {
        PyObject *meth;
        if (_PyObject_LookupAttr(self->inner, _Py_ID(_dealloc_warn), &meth) < 0)
            return -1;
        if (meth == NULL)
            return 0;
        PyObject *r = PyObject_CallOneArg(meth, source);
        Py_DECREF(meth);
        Py_XDECREF(r);
        return r == NULL ? -1 : 0;
    }
    if (self->closed || !self->ok || self->fd < 0 || !root_closefd(self))
        return 0;
    return PyErr_ResourceWarning(source, 1, "unclosed file %R", source);
}

static PyObject *
file_dealloc_warn(PyObject *op, PyObject *source)
{
    if (dealloc_warn((fileobject *)op, source) < 0)
        PyErr_Clear();
    Py_RETURN_NONE;
}

/* Close below this layer.  `pending` is the exception a flush already
 * raised (stolen, or NULL); when the flush has not been done, flush
 * says so, and the buffers are written out first. */
static int
file_close_impl(fileobject *self, int flush, PyObject *pending)
{
    if (self->closed || !self->ok) {
        if (pending)
            PyErr_SetRaisedException(pending);
        return pending ? -1 : 0;
    }
    PyObject *exc = pending;
    if (self->inner != NULL) {
        if (flush && exc == NULL) {
            int r = flush_write_buffer(self);
            if (r == 0 && self->kind == KIND_TEXT) {
                PyObject *f = PyObject_CallMethod(self->inner, "flush", NULL);
                r = f == NULL ? -1 : 0;
                Py_XDECREF(f);
            }
            if (r < 0)
                exc = PyErr_GetRaisedException();
        }
        /* the layer below is closed even when flushing failed */
        PyObject *res = PyObject_CallMethod(self->inner, "close", NULL);
        if (res == NULL) {
            PyObject *exc2 = PyErr_GetRaisedException();
            if (exc)
                PyException_SetContext(exc2, exc);
            exc = exc2;
        }
        Py_XDECREF(res);
        self->closed = 1;
        if (exc) {
            PyErr_SetRaisedException(exc);
            return -1;
        }
        return 0;
    }
    if (flush && exc == NULL && (flush_other(self) < 0 || flush_write_buffer(self) < 0))
        exc = PyErr_GetRaisedException();
    self->wlen = 0;
    if (self->buffer) {
        ((fileobject *)self->buffer)->closed = 1;
        ((fileobject *)self->buffer)->parent = NULL;
    }
    self->closed = 1;
    if (self->closefd && self->fd >= 0 && close(self->fd) < 0 && exc == NULL)
        exc = (PyErr_SetFromErrno(PyExc_OSError), PyErr_GetRaisedException());
    self->fd = -1;
    if (exc) {
        PyErr_SetRaisedException(exc);
        return -1;
    }
    return 0;
}

/* close() flushes through the flush method, as CPython's does, so that a
 * subclass's flush, or one set on the instance, is seen; a flush that
 * fails still closes the file, and its error is raised (the closing
 * error, if any, with the flush error as its context). */
static PyObject *
file_close(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_attached(self) < 0)
        return NULL;
    if (self->closed)
        Py_RETURN_NONE;
    if (self->inner != NULL) {
        int c = inner_closed(self);
        if (c < 0)
            return NULL;
        if (c) {
            self->closed = 1;
            Py_RETURN_NONE;
        }
    }
    if (self->finalizing && dealloc_warn(self, op) < 0)
        PyErr_Clear();
    PyObject *r = PyObject_CallMethod(op, "flush", NULL);
    PyObject *exc = NULL;
    if (r == NULL)
        exc = PyErr_GetRaisedException();
    Py_XDECREF(r);
    if (file_close_impl(self, 0, exc) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
file_get_finalizing(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((fileobject *)op)->finalizing);
}

static int
file_set_finalizing(PyObject *op, PyObject *value, void *Py_UNUSED(closure))
{
    int v = value ? PyObject_IsTrue(value) : 0;
    if (v < 0)
        return -1;
    ((fileobject *)op)->finalizing = (char)v;
    return 0;
}

/* Ask the wrapped object (generic wrappers only). */
static PyObject *
delegate(fileobject *self, const char *method)
{
    if (check_attached(self) < 0)
        return NULL;
    return PyObject_CallMethod(self->inner, method, NULL);
}

static PyObject *
file_fileno(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (self->inner)
        return delegate(self, "fileno");
    if (check_open_op(self, OP_DELEGATED) < 0)
        return NULL;
    return PyLong_FromLong(self->fd);
}

static PyObject *
file_isatty(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (self->inner)
        return delegate(self, "isatty");
    if (check_open_op(self, OP_DELEGATED) < 0)
        return NULL;
    return PyBool_FromLong(isatty(self->fd));
}

static PyObject *
file_readable(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (IS_BUFFERED(self) && !self->readable)
        Py_RETURN_FALSE; /* _IOBase's answer: a reader is never writable */
    if (self->inner)
        return delegate(self, "readable");
    if (check_open_op(self, OP_DELEGATED) < 0)
        return NULL;
    return PyBool_FromLong(self->readable);
}

static PyObject *
file_writable(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (IS_BUFFERED(self) && !self->writable)
        Py_RETURN_FALSE; /* _IOBase's answer: a reader is never writable */
    if (self->inner)
        return delegate(self, "writable");
    if (check_open_op(self, OP_DELEGATED) < 0)
        return NULL;
    return PyBool_FromLong(self->writable);
}

static PyObject *
file_seekable_m(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (self->inner)
        return delegate(self, "seekable");
    if (check_open_op(self, OP_DELEGATED) < 0)
        return NULL;
    return PyBool_FromLong(self->seekable);
}

static PyObject *
file_enter(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    if (check_open((fileobject *)op) < 0)
        return NULL;
    return Py_NewRef(op);
}

static PyObject *
file_exit(PyObject *op, PyObject *args)
{
    if (IS_FILEOBJECT(op))
        return file_close(op, NULL);
    return PyObject_CallMethod(op, "close", NULL); /* a subclass may extend close() */
}

static PyObject *
file_get_closed(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (check_attached(self) < 0)
        return NULL;
    if (self->inner != NULL)
        return PyObject_GetAttrString(self->inner, "closed");
    return PyBool_FromLong(self->closed);
}

static PyObject *
file_get_name(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (check_attached(self) < 0)
        return NULL;
    if (self->inner != NULL)
        return PyObject_GetAttrString(self->inner, "name");
    return Py_NewRef(self->name);
}

static PyObject *
file_get_mode(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (self->mode != NULL)
        return Py_NewRef(self->mode);
    if (self->inner != NULL && self->kind != KIND_TEXT)
        return PyObject_GetAttrString(self->inner, "mode");
    PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute 'mode'",
                 Py_TYPE(op)->tp_name);
    return NULL;
}

/* open() sets a TextIOWrapper's mode; any text wrapper may be given one */
static int
file_set_mode(PyObject *op, PyObject *value, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    Py_XSETREF(self->mode, Py_XNewRef(value));
    return 0;
}

static PyObject *
file_get_encoding(PyObject *op, void *Py_UNUSED(closure))
{
    return Py_NewRef(((fileobject *)op)->encoding);
}

static PyObject *
file_get_errors(PyObject *op, void *Py_UNUSED(closure))
{
    return Py_NewRef(((fileobject *)op)->errors);
}

static PyObject *
file_get_line_buffering(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((fileobject *)op)->line_buffering);
}

static PyObject *
file_get_write_through(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((fileobject *)op)->write_through);
}

/* A derived layer answers for the file that owns the descriptor. */
static int
root_closefd(fileobject *self)
{
    while (self->parent != NULL)
        self = self->parent;
    return self->closefd;
}

static PyObject *
file_get_blksize(PyObject *op, void *Py_UNUSED(closure))
{
    return PyLong_FromSsize_t(((fileobject *)op)->blksize);
}

/* The instance attribute `name` of a FileIO. */
static int
set_raw_name(fileobject *self, PyObject *name)
{
    return PyObject_SetAttrString((PyObject *)self, "name", name);
}

static PyObject *
file_get_closefd(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(root_closefd((fileobject *)op));
}

static PyObject *
file_get_chunk_size(PyObject *op, void *Py_UNUSED(closure))
{
    return PyLong_FromSsize_t(((fileobject *)op)->bufsize);
}

static int
file_set_chunk_size(PyObject *op, PyObject *value, void *Py_UNUSED(closure))
{
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    Py_ssize_t n = PyNumber_AsSsize_t(value, PyExc_ValueError);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (n <= 0) {
        PyErr_SetString(PyExc_ValueError, "a strictly positive integer is required");
        return -1;
    }
    ((fileobject *)op)->bufsize = n;
    return 0;
}

/* Only a universal-newlines reader knows what it has seen. */
static PyObject *
file_get_newlines(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (check_attached(self) < 0)
        return NULL;
    if (!self->readable || !(self->translate_read || self->readnl == READNL_UNIVERSAL))
        Py_RETURN_NONE;
    switch (self->seennl) {
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

static PyObject *
make_file(int fd, file_kind kind, PyObject *name, PyObject *mode, int readable, int writable,
          int closefd);

/* The binary layer under a descriptor-backed file (its .buffer, or a
 * buffered file's .raw): a second object over the same descriptor that
 * never closes it and flushes its partner before touching it. */
static PyObject *
derived_layer(fileobject *self)
{
    if (self->buffer == NULL) {
        file_kind k = self->kind != KIND_TEXT || self->raw_below ? KIND_RAW
                    : self->readable && self->writable ? KIND_RANDOM
                    : self->readable ? KIND_READER : KIND_WRITER;
        const char *m = self->appending ? (self->readable ? "ab+" : "ab")
                      : self->created ? (self->readable ? "xb+" : "xb")
                      : self->readable && self->writable ? "rb+"
                      : self->readable ? "rb" : "wb";
        PyObject *mode = PyUnicode_FromString(m);
        if (mode == NULL)
            return NULL;
        PyObject *b = make_file(self->fd, k, self->name, mode, self->readable,
                                self->writable, 0);
        Py_DECREF(mode);
        if (b == NULL)
            return NULL;
        ((fileobject *)b)->parent = self;
        ((fileobject *)b)->seekable = self->seekable;
        ((fileobject *)b)->appending = self->appending;
        ((fileobject *)b)->created = self->created;
        ((fileobject *)b)->closed = self->closed;
        self->buffer = b;
    }
    return Py_NewRef(self->buffer);
}

static PyObject *
file_get_buffer(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (self->detached)
        Py_RETURN_NONE; /* a plain member in CPython, emptied by detach() */
    if (check_attached(self) < 0)
        return NULL;
    if (self->inner != NULL)
        return Py_NewRef(self->inner);
    return derived_layer(self);
}

static PyObject *
file_detach(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    PyObject *r = file_flush(op, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    PyObject *below;
    if (self->inner != NULL) {
        below = self->inner;
        self->inner = NULL;
    } else {
        below = derived_layer(self);
        if (below == NULL)
            return NULL;
        /* the layer below now owns the descriptor */
        fileobject *b = (fileobject *)below;
        b->parent = NULL;
        b->closefd = self->closefd;
        self->closefd = 0;
        Py_CLEAR(self->buffer);
    }
    self->ok = 0;
    self->detached = 1;
    return below;
}

static PyObject *
file_repr(PyObject *op)
{
    fileobject *self = (fileobject *)op;
    /* CPython 3.11 names text and raw files by their C class even in a
     * subclass; the Buffered classes use the actual type's name */
    const char *tname = self->kind == KIND_TEXT ? "_io.TextIOWrapper"
                      : self->kind == KIND_RAW ? "_io.FileIO" : Py_TYPE(op)->tp_name;
    if (!self->ok && !self->detached) {
        if (self->kind == KIND_RAW)
            return PyUnicode_FromFormat("<%s [closed]>", tname);
        if (self->kind == KIND_TEXT) {
            (void)check_attached(self);
            return NULL;
        }
    }
    if (self->inner == NULL && self->ok) {
        if (self->kind == KIND_TEXT)
            return PyUnicode_FromFormat("<%s name=%R mode=%R encoding=%R>", tname, self->name,
                                        self->mode, self->encoding);
        if (self->kind == KIND_RAW) {
            if (self->closed)
                return PyUnicode_FromFormat("<%s [closed]>", tname);
            const char *closefd = root_closefd(self) ? "True" : "False";
            PyObject *name;
            if (_PyObject_LookupAttr(op, _Py_ID(name), &name) < 0)
                return NULL;
            if (name == NULL)
                return PyUnicode_FromFormat("<%s fd=%d mode=%R closefd=%s>", tname, self->fd,
                                            self->mode, closefd);
            int r = Py_ReprEnter(op);
            if (r != 0) {
                Py_DECREF(name);
                if (r > 0)
                    PyErr_Format(PyExc_RuntimeError, "reentrant call inside %s.__repr__",
                                 Py_TYPE(op)->tp_name);
                return NULL;
            }
            PyObject *res = PyUnicode_FromFormat("<%s name=%R mode=%R closefd=%s>", tname, name,
                                                 self->mode, closefd);
            Py_ReprLeave(op);
            Py_DECREF(name);
            return res;
        }
        return PyUnicode_FromFormat("<%s name=%R>", tname, self->name);
    }
    /* a wrapper shows what it can find of name and mode */
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    PyObject *part = PyUnicode_FromFormat("<%s", tname);
    if (part == NULL || _PyUnicodeWriter_WriteStr(&w, part) < 0)
        goto fail;
    Py_CLEAR(part);
    PyObject *name = PyObject_GetAttrString(op, "name");
    if (name == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_Exception))
            goto fail;
        PyErr_Clear();
    } else {
        part = PyUnicode_FromFormat(" name=%R", name);
        Py_DECREF(name);
        if (part == NULL || _PyUnicodeWriter_WriteStr(&w, part) < 0)
            goto fail;
        Py_CLEAR(part);
    }
    if (self->kind == KIND_TEXT) {
        if (self->mode != NULL) {
            part = PyUnicode_FromFormat(" mode=%R", self->mode);
            if (part == NULL || _PyUnicodeWriter_WriteStr(&w, part) < 0)
                goto fail;
            Py_CLEAR(part);
        }
        part = PyUnicode_FromFormat(" encoding=%R", self->encoding);
        if (part == NULL || _PyUnicodeWriter_WriteStr(&w, part) < 0)
            goto fail;
        Py_CLEAR(part);
    }
    if (_PyUnicodeWriter_WriteChar(&w, '>') < 0)
        goto fail;
    return _PyUnicodeWriter_Finish(&w);
fail:
    Py_XDECREF(part);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

static void
file_dealloc(PyObject *op)
{
    fileobject *self = (fileobject *)op;
    PyObject_GC_UnTrack(op);
    if (!self->closed && self->ok) {
        /* Closing runs code that may keep a reference to the file (the
         * warning records its source): the object is alive while it runs,
         * and if it is referenced afterwards it lives on, closed. */
        Py_SET_REFCNT(op, 1);
        PyObject *exc = PyErr_GetRaisedException();
        if (dealloc_warn(self, op) < 0)
            PyErr_WriteUnraisable(op);
        if (file_close_impl(self, 1, NULL) < 0) {
            /* CPython's finalizer reports nothing outside development
             * mode; a descriptor file's failed flush is still shown */
            if (self->inner != NULL)
                PyErr_Clear();
            else
                PyErr_WriteUnraisable(op);
        }
        PyErr_SetRaisedException(exc);
        Py_SET_REFCNT(op, Py_REFCNT(op) - 1);
        if (Py_REFCNT(op) != 0) {
            PyObject_GC_Track(op);
            return;
        }
    }
    if (self->weakreflist)
        PyObject_ClearWeakRefs(op);
    if (self->buffer)
        ((fileobject *)self->buffer)->parent = NULL;
    Py_CLEAR(self->buffer);
    Py_CLEAR(self->name);
    Py_CLEAR(self->mode);
    Py_CLEAR(self->encoding);
    Py_CLEAR(self->errors);
    Py_CLEAR(self->newline_arg);
    Py_CLEAR(self->pending);
    Py_CLEAR(self->dict);
    Py_CLEAR(self->inner);
    Py_CLEAR(self->snapshot);
    Py_CLEAR(self->decoder);
    Py_CLEAR(self->encoder);
    PyMem_Free(self->wbuf);
    PyMem_Free(self->rbuf);
    Py_TYPE(op)->tp_free(op);
}

static int
file_traverse(PyObject *op, visitproc visit, void *arg)
{
    fileobject *self = (fileobject *)op;
    Py_VISIT(self->dict);
    Py_VISIT(self->name);
    Py_VISIT(self->inner);
    Py_VISIT(self->decoder);
    Py_VISIT(self->encoder);
    return 0;
}

static int
file_clear(PyObject *op)
{
    fileobject *self = (fileobject *)op;
    Py_CLEAR(self->dict);
    Py_CLEAR(self->decoder);
    Py_CLEAR(self->encoder);
    if (self->inner != NULL) {
        /* garbage: the finalizer has closed it; nothing is left to flush */
        Py_CLEAR(self->inner);
        self->ok = 0;
    }
    return 0;
}

/* ====================================================================
 * Buffered extras: read1, peek, readinto1, readall
 * ==================================================================== */

static PyObject *
file_read1(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "read1", &n) < 0 || check_readable(self, "read") < 0)
        return NULL;
    if (n < 0)
        n = self->bufsize;
    if (n == 0)
        return PyBytes_FromStringAndSize(NULL, 0);
    if (self->rlen == self->rpos && fill_raw(self, n) < 0)
        return NULL;
    Py_ssize_t take = Py_MIN(n, self->rlen - self->rpos);
    PyObject *b = PyBytes_FromStringAndSize(take ? self->rbuf + self->rpos : NULL, take);
    if (b)
        self->rpos += take;
    return b;
}

static PyObject *
file_peek(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "peek", &n) < 0 || check_readable(self, "peek") < 0)
        return NULL;
    if (self->rlen == self->rpos && fill_raw(self, self->bufsize) < 0)
        return NULL;
    Py_ssize_t have = self->rlen - self->rpos;
    return PyBytes_FromStringAndSize(have ? self->rbuf + self->rpos : NULL, have);
}

static PyObject *
file_readinto1(PyObject *op, PyObject *arg)
{
    return buffered_readinto((fileobject *)op, arg, 1);
}

static PyObject *
file_readall(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_readable(self, NULL) < 0)
        return NULL;
    return binary_read(self, -1);
}

/* ====================================================================
 * Text encodings
 * ==================================================================== */

/* The codecs with a built-in fast path, by their normalised names. */
static int
classify_codec(const char *enc)
{
    char norm[32];
    size_t i = 0;
    for (; enc[i] && i < sizeof norm - 1; i++) {
        char c = enc[i];
        norm[i] = (c == '_' || c == ' ') ? '-' : (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (enc[i])
        return CODEC_OTHER;
    norm[i] = '\0';
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",
                                         "8859", "cp819", "l1", "latin", "iso-ir-100"};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us"};
    for (size_t k = 0; k < Py_ARRAY_LENGTH(utf8); k++)
        if (strcmp(norm, utf8[k]) == 0)
            return CODEC_UTF8;
    for (size_t k = 0; k < Py_ARRAY_LENGTH(latin1); k++)
        if (strcmp(norm, latin1[k]) == 0)
            return CODEC_LATIN1;
    for (size_t k = 0; k < Py_ARRAY_LENGTH(ascii); k++)
        if (strcmp(norm, ascii[k]) == 0)
            return CODEC_ASCII;
    return CODEC_OTHER;
}

/* Tell an incremental encoder it is not at the start of the stream (so
 * a codec like utf-8-sig or utf-16 writes no second BOM). */
static int
encoder_at_middle(fileobject *self)
{
    PyObject *r = PyObject_CallMethod(self->encoder, "setstate", "i", 0);
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

/* Set the text codec: the fast paths need nothing more; any other
 * encoding goes through the codec registry's incremental decoder and
 * encoder when the codecs module is there, else through whole-chunk
 * PyUnicode_Decode. */
static int
setup_codec(fileobject *self, PyObject *encoding, PyObject *errors)
{
    const char *enc = PyUnicode_AsUTF8(encoding);
    if (enc == NULL)
        return -1;
    Py_CLEAR(self->decoder);
    Py_CLEAR(self->encoder);
    self->codec = (char)classify_codec(enc);
    Py_XSETREF(self->encoding, Py_NewRef(encoding));
    Py_XSETREF(self->errors, Py_NewRef(errors));
    if (self->codec != CODEC_OTHER)
        return 0;
    PyObject *codecs = PyImport_ImportModule("codecs");
    if (codecs == NULL) {
        /* no codec registry yet (codecs.py raises SystemError without
         * _codecs): the built-in codecs are all there is */
        if (!PyErr_ExceptionMatches(PyExc_ImportError) &&
            !PyErr_ExceptionMatches(PyExc_SystemError))
            return -1;
        PyErr_Clear();
        /* check the codec exists now, as CPython does */
        PyObject *probe = PyUnicode_Decode("", 0, enc, "strict");
        if (probe == NULL)
            return -1;
        Py_DECREF(probe);
        return 0;
    }
    PyObject *info = PyObject_CallMethod(codecs, "lookup", "O", encoding);
    if (info == NULL)
        goto fail;
    PyObject *is_text = PyObject_GetAttrString(info, "_is_text_encoding");
    if (is_text == NULL) {
        PyErr_Clear();
    } else {
        int t = PyObject_IsTrue(is_text);
        Py_DECREF(is_text);
        if (t == 0) {
            PyErr_Format(PyExc_LookupError,
                         "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                         enc);
            Py_DECREF(info);
            goto fail;
        }
    }
    if (self->readable) {
        PyObject *f = PyObject_GetAttrString(info, "incrementaldecoder");
        self->decoder = f ? PyObject_CallFunction(f, "O", errors) : NULL;
        Py_XDECREF(f);
        if (self->decoder == NULL) {
            Py_DECREF(info);
            goto fail;
        }
    }
    if (self->writable) {
        PyObject *f = PyObject_GetAttrString(info, "incrementalencoder");
        self->encoder = f ? PyObject_CallFunction(f, "O", errors) : NULL;
        Py_XDECREF(f);
        if (self->encoder == NULL) {
            Py_DECREF(info);
            goto fail;
        }
    }
    Py_DECREF(info);
    Py_DECREF(codecs);
    /* a BOM belongs at the start of the stream only */
    if (self->encoder != NULL && self->seekable) {
        long long pos = io_seek(self, 0, SEEK_CUR);
        if (pos < 0)
            PyErr_Clear();
        else if (pos + self->wlen != 0 && encoder_at_middle(self) < 0)
            return -1;
    }
    return 0;
fail:
    Py_DECREF(codecs);
    return -1;
}

/* Line handling from the newline argument (NULL for None). */
static void
setup_newline(fileobject *self, const char *newline)
{
    self->write_newline = NULL;
    if (newline) {
        self->translate_read = 0;
        if (newline[0] != '\0' && strcmp(newline, "\n") != 0)
            self->write_newline = strcmp(newline, "\r") == 0 ? "\r" : "\r\n";
        self->readnl = newline[0] == '\0' ? READNL_UNIVERSAL
                     : strcmp(newline, "\r") == 0 ? READNL_CR
                     : strcmp(newline, "\r\n") == 0 ? READNL_CRLF : READNL_LF;
    } else {
        self->translate_read = 1;
        self->readnl = READNL_LF;
    }
}

/* The newline argument as a C string: *out NULL for None. */
static int
newline_arg(PyObject *obj, const char *fname, const char **out)
{
    *out = NULL;
    if (obj == NULL || obj == Py_None)
        return 0;
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "%s() argument 'newline' must be str or None, not %.200s",
                     fname, Py_TYPE(obj)->tp_name);
        return -1;
    }
    const char *nl = PyUnicode_AsUTF8(obj);
    if (nl == NULL)
        return -1;
    if (nl[0] != '\0' && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 &&
        strcmp(nl, "\r\n") != 0) {
        PyErr_Format(PyExc_ValueError, "illegal newline value: %U", obj);
        return -1;
    }
    *out = nl;
    return 0;
}

static int
optional_str(PyObject *obj, const char *fname, const char *argname)
{
    if (obj != NULL && obj != Py_None && !PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be str or None, not %.200s",
                     fname, argname, Py_TYPE(obj)->tp_name);
        return -1;
    }
    return 0;
}

/* A text file opened without an encoding, under -X warn_default_encoding
 * (PEP 597): the warning points at the code that called open() or
 * TextIOWrapper(). */
static int
warn_default_encoding(void)
{
    if (!_Kr_WarnDefaultEncoding)
        return 0;
    return PyErr_WarnEx(PyExc_EncodingWarning, "'encoding' argument not specified", 1);
}

/* "locale" and None name the locale's encoding, which Krait takes as
 * UTF-8 (what CPython reports under a UTF-8 locale). */
static PyObject *
resolve_encoding(PyObject *encoding)
{
    if (encoding == NULL || encoding == Py_None ||
        _PyUnicode_EqualToASCIIString(encoding, "locale"))
        return PyUnicode_FromString("UTF-8");
    return Py_NewRef(encoding);
}

static PyObject *
file_reconfigure(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL};
    static _PyArg_Parser parser = {"|$OOOOO:reconfigure", kwlist, 0};
    fileobject *self = (fileobject *)op;
    PyObject *encoding = Py_None, *errors = Py_None, *newline = NULL;
    PyObject *line_buffering = Py_None, *write_through = Py_None;
    if (nargs > 0) {
        PyErr_SetString(PyExc_TypeError, "reconfigure() takes no positional arguments");
        return NULL;
    }
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &encoding, &errors,
                                      &newline, &line_buffering, &write_through))
        return NULL;
    if (check_attached(self) < 0)
        return NULL;
    if (optional_str(encoding, "reconfigure", "encoding") < 0 ||
        optional_str(errors, "reconfigure", "errors") < 0)
        return NULL;
    const char *nl = NULL;
    if (newline != NULL && newline_arg(newline, "reconfigure", &nl) < 0)
        return NULL;
    if (self->pending != NULL && pending_len(self) > 0 &&
        (encoding != Py_None || errors != Py_None || newline != NULL)) {
        PyErr_SetString(UnsupportedOperation, "It is not possible to set the encoding or "
                                              "newline of stream after the first read");
        return NULL;
    }
    PyObject *r = file_flush(op, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    if (encoding != Py_None || errors != Py_None) {
        PyObject *enc, *err;
        if (encoding == Py_None) {
            enc = Py_NewRef(self->encoding);
            err = Py_NewRef(errors);
        } else {
            enc = resolve_encoding(encoding);
            err = errors == Py_None ? PyUnicode_FromString("strict") : Py_NewRef(errors);
        }
        int rc = (enc && err) ? setup_codec(self, enc, err) : -1;
        Py_XDECREF(enc);
        Py_XDECREF(err);
        if (rc < 0)
            return NULL;
    }
    if (newline != NULL) {
        setup_newline(self, nl);
        Py_XSETREF(self->newline_arg, Py_NewRef(newline));
    }
    if (line_buffering != Py_None) {
        int v = PyObject_IsTrue(line_buffering);
        if (v < 0)
            return NULL;
        self->line_buffering = (char)v;
    }
    if (write_through != Py_None) {
        int v = PyObject_IsTrue(write_through);
        if (v < 0)
            return NULL;
        self->write_through = (char)v;
    }
    Py_RETURN_NONE;
}

/* ====================================================================
 * Construction from Python: wrappers over arbitrary objects
 * ==================================================================== */

/* Drop whatever an earlier __init__ set up. */
static void
reset_object(fileobject *self)
{
    if (self->ok && !self->closed && self->inner == NULL && self->closefd && self->fd >= 0) {
        (void)flush_write_buffer(self);
        PyErr_Clear();
        close(self->fd);
    }
    Py_CLEAR(self->buffer);
    Py_CLEAR(self->name);
    Py_CLEAR(self->mode);
    Py_CLEAR(self->encoding);
    Py_CLEAR(self->errors);
    Py_CLEAR(self->newline_arg);
    Py_CLEAR(self->pending);
    Py_CLEAR(self->inner);
    Py_CLEAR(self->snapshot);
    Py_CLEAR(self->decoder);
    Py_CLEAR(self->encoder);
    self->wlen = self->rpos = self->rlen = 0;
    self->pending_pos = 0;
    self->eof = 0;
    self->closed = self->ok = self->detached = 0;
    self->fd = -1;
    self->bufsize = DEFAULT_BUFFER_SIZE;
    self->seennl = 0;
    self->decoded_any = 0;
    self->encoding = Py_NewRef(Py_None);
    self->errors = Py_NewRef(Py_None);
    self->newline_arg = Py_NewRef(Py_None);
}

static PyObject *
file_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    fileobject *self = (fileobject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->fd = -1;
    self->bufsize = DEFAULT_BUFFER_SIZE;
    self->kind = type_kind(type);
    self->encoding = Py_NewRef(Py_None);
    self->errors = Py_NewRef(Py_None);
    self->newline_arg = Py_NewRef(Py_None);
    return (PyObject *)self;
}

/* obj.method() as a C truth value */
static int
call_bool(PyObject *obj, const char *method)
{
    PyObject *r = PyObject_CallMethod(obj, method, NULL);
    if (r == NULL)
        return -1;
    int v = PyObject_IsTrue(r);
    Py_DECREF(r);
    return v;
}

static int
textiowrapper_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                             "write_through", NULL};
    fileobject *self = (fileobject *)op;
    PyObject *buffer, *encoding = Py_None, *errors = Py_None, *newline = Py_None;
    int line_buffering = 0, write_through = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OOOpp:TextIOWrapper", kwlist, &buffer,
                                     &encoding, &errors, &newline, &line_buffering,
                                     &write_through))
        return -1;
    reset_object(self);
    self->kind = KIND_TEXT;
    if (optional_str(encoding, "TextIOWrapper", "encoding") < 0 ||
        optional_str(errors, "TextIOWrapper", "errors") < 0)
        return -1;
    const char *nl;
    if (newline_arg(newline, "TextIOWrapper", &nl) < 0)
        return -1;
    self->inner = Py_NewRef(buffer);
    int r;
    if ((r = call_bool(buffer, "readable")) < 0)
        return -1;
    self->readable = (char)r;
    if ((r = call_bool(buffer, "writable")) < 0)
        return -1;
    self->writable = (char)r;
    if ((r = call_bool(buffer, "seekable")) < 0)
        return -1;
    self->seekable = (char)r;
    PyObject *read1;
    if (_PyObject_LookupAttr(buffer, _Py_ID(read1), &read1) < 0)
        return -1;
    self->inner_has_read1 = read1 != NULL;
    Py_XDECREF(read1);
    if ((encoding == NULL || encoding == Py_None) && warn_default_encoding() < 0)
        return -1;
    PyObject *enc = resolve_encoding(encoding);
    PyObject *err = errors == Py_None ? PyUnicode_FromString("strict") : Py_NewRef(errors);
    r = (enc && err) ? setup_codec(self, enc, err) : -1;
    Py_XDECREF(enc);
    Py_XDECREF(err);
    if (r < 0)
        return -1;
    setup_newline(self, nl);
    Py_SETREF(self->newline_arg, Py_NewRef(newline));
    self->line_buffering = (char)line_buffering;
    self->write_through = (char)write_through;
    self->ok = 1;
    return 0;
}

static int
buffered_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"raw", "buffer_size", NULL};
    fileobject *self = (fileobject *)op;
    file_kind kind = type_kind(Py_TYPE(op));
    const char *fmt = kind == KIND_READER ? "O|n:BufferedReader"
                    : kind == KIND_WRITER ? "O|n:BufferedWriter" : "O|n:BufferedRandom";
    PyObject *raw;
    Py_ssize_t size = DEFAULT_BUFFER_SIZE;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, fmt, kwlist, &raw, &size))
        return -1;
    reset_object(self);
    self->kind = kind;
    int r;
    if (kind == KIND_RANDOM) {
        if ((r = call_bool(raw, "seekable")) < 0)
            return -1;
        if (!r) {
            PyErr_SetString(UnsupportedOperation, "File or stream is not seekable.");
            return -1;
        }
    }
    if (kind != KIND_WRITER) {
        if ((r = call_bool(raw, "readable")) < 0)
            return -1;
        if (!r) {
            PyErr_SetString(UnsupportedOperation, "File or stream is not readable.");
            return -1;
        }
        self->readable = 1;
    }
    if (kind != KIND_READER) {
        if ((r = call_bool(raw, "writable")) < 0)
            return -1;
        if (!r) {
            PyErr_SetString(UnsupportedOperation, "File or stream is not writable.");
            return -1;
        }
        self->writable = 1;
    }
    if (size <= 0) {
        PyErr_SetString(PyExc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    char *buf = PyMem_Malloc((size_t)size);
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (self->readable) {
        PyMem_Free(self->rbuf);
        self->rbuf = buf;
        self->rcap = size;
    } else {
        PyMem_Free(self->wbuf);
        self->wbuf = buf;
        self->wcap = size;
    }
    r = call_bool(raw, "seekable");
    if (r < 0)
        PyErr_Clear();
    self->seekable = (char)(r > 0);
    self->bufsize = size;
    self->inner = Py_NewRef(raw);
    self->ok = 1;
    return 0;
}

static PyObject *
file_get_raw(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (self->detached)
        Py_RETURN_NONE; /* a plain member in CPython, emptied by detach() */
    if (check_attached(self) < 0)
        return NULL;
    if (self->inner != NULL)
        return Py_NewRef(self->inner);
    return derived_layer(self);
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

#define COMMON_METHODS \
    {"read", FASTCALL(file_read), NULL}, \
    {"readline", FASTCALL(file_readline), NULL}, \
    {"readlines", FASTCALL(file_readlines), NULL}, \
    {"write", file_write, METH_O, NULL}, \
    {"writelines", file_writelines, METH_O, NULL}, \
    {"seek", FASTCALL(file_seek), NULL}, \
    {"tell", file_tell, METH_NOARGS, NULL}, \
    {"truncate", FASTCALL(file_truncate), NULL}, \
    {"flush", file_flush, METH_NOARGS, NULL}, \
    {"close", file_close, METH_NOARGS, NULL}, \
    {"fileno", file_fileno, METH_NOARGS, NULL}, \
    {"isatty", file_isatty, METH_NOARGS, NULL}, \
    {"readable", file_readable, METH_NOARGS, NULL}, \
    {"writable", file_writable, METH_NOARGS, NULL}, \
    {"seekable", file_seekable_m, METH_NOARGS, NULL}, \
    {"__enter__", file_enter, METH_NOARGS, NULL}, \
    {"__exit__", file_exit, METH_VARARGS, NULL}, \
    {"_dealloc_warn", file_dealloc_warn, METH_O, NULL},

static PyMethodDef text_methods[] = {
    COMMON_METHODS
    {"detach", file_detach, METH_NOARGS, NULL},
    {"reconfigure", (PyCFunction)(void (*)(void))file_reconfigure,
     METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMethodDef buffered_methods[] = {
    COMMON_METHODS
    {"detach", file_detach, METH_NOARGS, NULL},
    {"readinto", file_readinto, METH_O, NULL},
    {"readinto1", file_readinto1, METH_O, NULL},
    {"read1", FASTCALL(file_read1), NULL},
    {"peek", FASTCALL(file_peek), NULL},
    {NULL, NULL, 0, NULL}
};

/* A BufferedWriter has no peek (hasattr() tells readers from writers). */
static PyMethodDef writer_methods[] = {
    COMMON_METHODS
    {"detach", file_detach, METH_NOARGS, NULL},
    {"readinto", file_readinto, METH_O, NULL},
    {"readinto1", file_readinto1, METH_O, NULL},
    {"read1", FASTCALL(file_read1), NULL},
    {NULL, NULL, 0, NULL}
};

static PyMethodDef raw_methods[] = {
    COMMON_METHODS
    {"readinto", file_readinto, METH_O, NULL},
    {"readall", file_readall, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef text_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"_finalizing", file_get_finalizing, file_set_finalizing, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, file_set_mode, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {"write_through", file_get_write_through, NULL, NULL, NULL},
    {"newlines", file_get_newlines, NULL, NULL, NULL},
    {"buffer", file_get_buffer, NULL, NULL, NULL},
    {"_CHUNK_SIZE", file_get_chunk_size, file_set_chunk_size, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyGetSetDef binary_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"_finalizing", file_get_finalizing, file_set_finalizing, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"raw", file_get_raw, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* A FileIO's name is an instance attribute, as in CPython: it can be
 * replaced or deleted (the repr then shows the descriptor). */
static PyGetSetDef raw_getset[] = {
    {"closed", file_get_closed, NULL, "True if the file is closed", NULL},
    {"_finalizing", file_get_finalizing, file_set_finalizing, NULL, NULL},
    {"mode", file_get_mode, NULL, "String giving the file mode", NULL},
    {"closefd", file_get_closefd, NULL, "True if the file descriptor will be closed by close().", NULL},
    {"_blksize", file_get_blksize, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static int fileio_init(PyObject *op, PyObject *args, PyObject *kwds);

#define FILE_TYPE(VAR, NAME, METHODS, GETSET, BASE, INIT, DOC) \
    PyTypeObject VAR = { \
        PyVarObject_HEAD_INIT(&PyType_Type, 0) \
        .tp_name = NAME, \
        .tp_basicsize = sizeof(fileobject), \
        .tp_dealloc = file_dealloc, \
        .tp_repr = file_repr, \
        .tp_getattro = PyObject_GenericGetAttr, \
        .tp_setattro = PyObject_GenericSetAttr, \
        .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, \
        .tp_doc = DOC, \
        .tp_traverse = file_traverse, \
        .tp_clear = file_clear, \
        .tp_weaklistoffset = offsetof(fileobject, weakreflist), \
        .tp_iter = file_iter, \
        .tp_iternext = file_iternext, \
        .tp_methods = METHODS, \
        .tp_getset = GETSET, \
        .tp_dictoffset = offsetof(fileobject, dict), \
        .tp_base = BASE, \
        .tp_init = INIT, \
        .tp_new = file_new, \
    };

FILE_TYPE(TextIOWrapper_Type, "_io.TextIOWrapper", text_methods, text_getset,
          &_KrIO_TextIOBase_Type, textiowrapper_init,
          "TextIOWrapper(buffer, encoding=None, errors=None, newline=None, "
          "line_buffering=False, write_through=False)\n--\n\n"
          "Character and line based layer over a BufferedIOBase object, buffer.")
FILE_TYPE(BufferedReader_Type, "_io.BufferedReader", buffered_methods, binary_getset,
          &_KrIO_BufferedIOBase_Type, buffered_init,
          "BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
          "Create a new buffered reader using the given readable raw IO object.")
FILE_TYPE(BufferedWriter_Type, "_io.BufferedWriter", writer_methods, binary_getset,
          &_KrIO_BufferedIOBase_Type, buffered_init,
          "BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
          "A buffer for a writeable sequential RawIO object.")
FILE_TYPE(BufferedRandom_Type, "_io.BufferedRandom", buffered_methods, binary_getset,
          &_KrIO_BufferedIOBase_Type, buffered_init,
          "BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
          "A buffered interface to random access streams.")
FILE_TYPE(FileIO_Type, "_io.FileIO", raw_methods, raw_getset, &_KrIO_RawIOBase_Type,
          fileio_init,
          "FileIO(file, mode='r', closefd=True, opener=None)\n--\n\n"
          "Open a file.")

static PyObject *
make_file(int fd, file_kind kind, PyObject *name, PyObject *mode, int readable, int writable,
          int closefd)
{
    if (_KrIO_ReadyTypes() < 0)
        return NULL;
    fileobject *self = PyObject_GC_New(fileobject, type_for_kind(kind));
    if (self == NULL)
        return NULL;
    memset((char *)self + sizeof(PyObject), 0, sizeof(fileobject) - sizeof(PyObject));
    self->fd = fd;
    self->kind = kind;
    self->readable = (char)readable;
    self->writable = (char)writable;
    self->closefd = (char)closefd;
    self->name = Py_NewRef(name);
    self->mode = Py_NewRef(mode);
    self->seekable = (char)(lseek(fd, 0, SEEK_CUR) >= 0);
    if (!self->seekable)
        errno = 0;
    self->encoding = Py_NewRef(Py_None);
    self->errors = Py_NewRef(Py_None);
    self->newline_arg = Py_NewRef(Py_None);
    self->bufsize = DEFAULT_BUFFER_SIZE;
    self->blksize = DEFAULT_BUFFER_SIZE;
    struct stat st;
    if (fstat(fd, &st) == 0 && st.st_blksize > 1)
        self->blksize = (Py_ssize_t)st.st_blksize;
    self->ok = 1;
    PyObject_GC_Track(self);
    if (kind == KIND_RAW && set_raw_name(self, name) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* ====================================================================
 * Opening descriptors: open() and FileIO
 * ==================================================================== */

static int
open_flags(int creating, int reading, int writing, int appending, int updating)
{
    int flags = O_CLOEXEC;
    if (updating)
        flags |= O_RDWR;
    else if (reading)
        flags |= O_RDONLY;
    else
        flags |= O_WRONLY;
    if (creating)
        flags |= O_EXCL | O_CREAT;
    else if (writing)
        flags |= O_CREAT | O_TRUNC;
    else if (appending)
        flags |= O_APPEND | O_CREAT;
    return flags;
}

/* Open a path (str, bytes or os.PathLike) with the given flags, through
 * opener(path, flags) when that is not None; the descriptor, or -1 with
 * an exception set.  A directory is refused as CPython refuses it. */
static int
open_path(PyObject *file, int flags, PyObject *opener)
{
    int fd = -1;
    if (opener != Py_None) {
        PyObject *r = PyObject_CallFunction(opener, "Oi", file, flags);
        if (r == NULL)
            return -1;
        long v = PyLong_AsLong(r);
        Py_DECREF(r);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError, "opener returned %ld", v);
            return -1;
        }
        fd = (int)v;
    } else {
        PyObject *path = PyOS_FSPath(file);
        if (path == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError,
                             "expected str, bytes or os.PathLike object, not %.200s",
                             Py_TYPE(file)->tp_name);
            }
            return -1;
        }
        PyObject *bytes = PyUnicode_Check(path) ? PyUnicode_EncodeFSDefault(path)
                                                : Py_NewRef(path);
        Py_DECREF(path);
        if (bytes == NULL)
            return -1;
        if (strlen(PyBytes_AS_STRING(bytes)) != (size_t)PyBytes_GET_SIZE(bytes)) {
            PyErr_SetString(PyExc_ValueError, "embedded null byte");
            Py_DECREF(bytes);
            return -1;
        }
        Py_BEGIN_ALLOW_THREADS
        do {
            fd = open(PyBytes_AS_STRING(bytes), flags, 0666);
        } while (fd < 0 && errno == EINTR);
        Py_END_ALLOW_THREADS
        Py_DECREF(bytes);
        if (fd < 0) {
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, file);
            return -1;
        }
    }
    struct stat st;
    if (fstat(fd, &st) < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        if (opener == Py_None)
            close(fd);
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, file);
        return -1;
    }
    return fd;
}

static int
fileio_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"file", "mode", "closefd", "opener", NULL};
    fileobject *self = (fileobject *)op;
    PyObject *file, *opener = Py_None;
    const char *mode = "r";
    int closefd = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|spO:FileIO", kwlist, &file, &mode,
                                     &closefd, &opener))
        return -1;
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, rwa = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'x': case 'r': case 'w': case 'a':
            if (rwa)
                goto bad_mode;
            rwa = 1;
            creating = *m == 'x';
            reading = *m == 'r';
            writing = *m == 'w';
            appending = *m == 'a';
            break;
        case '+':
            if (updating)
                goto bad_mode;
            updating = 1;
            break;
        case 'b':
            break;
        default:
            PyErr_Format(PyExc_ValueError, "invalid mode: %.200s", mode);
            return -1;
        }
    }
    if (!rwa)
        goto bad_mode;
    reset_object(self);
    self->kind = KIND_RAW;
    int fd, own_fd = 0;
    if (PyLong_Check(file)) {
        long v = PyLong_AsLong(file);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0) {
            PyErr_SetString(PyExc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)v;
    } else {
        if (!closefd) {
            PyErr_SetString(PyExc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        fd = open_path(file, open_flags(creating, reading, writing, appending, updating), opener);
        if (fd < 0)
            return -1;
        own_fd = 1;
    }
    struct stat st;
    int bad = fstat(fd, &st) < 0;
    if (bad || S_ISDIR(st.st_mode)) {
        if (!bad)
            errno = EISDIR;
        PyErr_SetFromErrno(PyExc_OSError);
        if (own_fd)
            close(fd);
        return -1;
    }
    self->blksize = st.st_blksize > 1 ? (Py_ssize_t)st.st_blksize : DEFAULT_BUFFER_SIZE;
    /* through setattr, as CPython does; a descriptor we were given is not
     * ours to close if that fails */
    if (set_raw_name(self, file) < 0) {
        if (own_fd)
            close(fd);
        return -1;
    }
    const char *m = creating ? (updating ? "xb+" : "xb")
                  : appending ? (updating ? "ab+" : "ab")
                  : (reading || updating) && (writing || updating) ? "rb+"
                  : reading ? "rb" : "wb";
    self->mode = PyUnicode_FromString(m);
    if (self->mode == NULL) {
        if (own_fd)
            close(fd);
        return -1;
    }
    self->fd = fd;
    self->name = Py_NewRef(file);
    self->readable = (char)(reading || updating);
    self->writable = (char)(writing || appending || creating || updating);
    self->appending = (char)appending;
    self->created = (char)creating;
    self->closefd = (char)closefd;
    self->seekable = (char)(lseek(fd, 0, SEEK_CUR) >= 0);
    if (appending && self->seekable)
        (void)lseek(fd, 0, SEEK_END);
    self->ok = 1;
    return 0;
bad_mode:
    PyErr_SetString(PyExc_ValueError,
                    "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
}

/* ====================================================================
 * open()
 * ==================================================================== */

PyObject *
_KrIO_Open(PyObject *file, const char *mode, int buffering, const char *encoding,
           const char *errors, const char *newline, int closefd)
{
    return _KrIO_OpenEx(file, mode, buffering, encoding, errors, newline, closefd, Py_None);
}

PyObject *
_KrIO_OpenEx(PyObject *file, const char *mode, int buffering, const char *encoding,
             const char *errors, const char *newline, int closefd, PyObject *opener)
{
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0;
    int text = 0, binary = 0;
    for (const char *m = mode; *m; m++) {
        const char *dup = strchr(m + 1, *m);
        if (strchr("xrwabt+", *m) == NULL || dup != NULL) {
            PyErr_Format(PyExc_ValueError, "invalid mode: '%s'", mode);
            return NULL;
        }
        switch (*m) {
        case 'x': creating = 1; break;
        case 'r': reading = 1; break;
        case 'w': writing = 1; break;
        case 'a': appending = 1; break;
        case '+': updating = 1; break;
        case 't': text = 1; break;
        case 'b': binary = 1; break;
        }
    }
    if (text && binary) {
        PyErr_SetString(PyExc_ValueError, "can't have text and binary mode at once");
        return NULL;
    }
    if (creating + reading + writing + appending != 1) {
        PyErr_SetString(PyExc_ValueError,
                        "must have exactly one of create/read/write/append mode");
        return NULL;
    }
    if (binary && encoding) {
        PyErr_SetString(PyExc_ValueError, "binary mode doesn't take an encoding argument");
        return NULL;
    }
    if (binary && errors) {
        PyErr_SetString(PyExc_ValueError, "binary mode doesn't take an errors argument");
        return NULL;
    }
    if (binary && newline) {
        PyErr_SetString(PyExc_ValueError, "binary mode doesn't take a newline argument");
        return NULL;
    }
    if (binary && buffering == 1) {
        if (PyErr_WarnEx(PyExc_RuntimeWarning,
                         "line buffering (buffering=1) isn't supported in binary mode, "
                         "the default buffer size will be used", 1) < 0)
            return NULL;
    }

    int fd = -1;
    PyObject *nameobj = NULL;
    if (PyLong_Check(file)) {
        long v = PyLong_AsLong(file);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        if (v < 0) {
            PyErr_SetString(PyExc_ValueError, "negative file descriptor");
            return NULL;
        }
        fd = (int)v;
        nameobj = Py_NewRef(file);
    } else {
        if (!closefd) {
            PyErr_SetString(PyExc_ValueError, "Cannot use closefd=False with file name");
            return NULL;
        }
        fd = open_path(file, open_flags(creating, reading, writing, appending, updating),
                       opener);
        if (fd < 0)
            return NULL;
        nameobj = Py_NewRef(file);
    }

    int readable = reading || updating;
    int writable = writing || appending || creating || updating;
    char rawmode[8], *p = rawmode;
    if (creating)
        *p++ = 'x';
    else if (appending)
        *p++ = 'a';
    else if (writing)
        *p++ = 'w';
    else
        *p++ = 'r';
    PyObject *result = NULL, *modeobj = NULL;
    file_kind kind;
    if (binary) {
        *p++ = 'b';
        if (updating)
            *p++ = '+';
        *p = '\0';
        kind = buffering == 0 ? KIND_RAW
             : updating ? KIND_RANDOM : (readable ? KIND_READER : KIND_WRITER);
        modeobj = PyUnicode_FromString(rawmode);
    } else {
        kind = KIND_TEXT;
        modeobj = PyUnicode_FromString(mode);
    }
    if (modeobj == NULL)
        goto fail;
    /* checked once the file is open, as CPython's layers do */
    if (!binary && buffering == 0) {
        Py_DECREF(modeobj);
        PyErr_SetString(PyExc_ValueError, "can't have unbuffered text I/O");
        goto fail;
    }
    if (newline && strcmp(newline, "") != 0 && strcmp(newline, "\n") != 0 &&
        strcmp(newline, "\r") != 0 && strcmp(newline, "\r\n") != 0) {
        Py_DECREF(modeobj);
        PyErr_Format(PyExc_ValueError, "illegal newline value: %s", newline);
        goto fail;
    }
    result = make_file(fd, kind, nameobj, modeobj, readable, writable, closefd);
    Py_DECREF(modeobj);
    if (result == NULL)
        goto fail;
    fileobject *self = (fileobject *)result;
    self->appending = (char)appending;
    self->created = (char)creating;
    if (appending && self->seekable)
        (void)lseek(fd, 0, SEEK_END);
    if (kind == KIND_TEXT) {
        if (encoding == NULL && warn_default_encoding() < 0)
            goto fail;
        PyObject *encobj = encoding ? PyUnicode_FromString(encoding) : NULL;
        PyObject *enc = (encoding && !encobj) ? NULL : resolve_encoding(encobj);
        PyObject *err = PyUnicode_FromString(errors ? errors : "strict");
        int rc = (enc && err) ? setup_codec(self, enc, err) : -1;
        Py_XDECREF(encobj);
        Py_XDECREF(enc);
        Py_XDECREF(err);
        if (rc < 0) {
            Py_CLEAR(result);
            goto done;
        }
        setup_newline(self, newline);
        if (newline)
            Py_SETREF(self->newline_arg, PyUnicode_FromString(newline));
        self->line_buffering = (char)(buffering == 1 || (buffering < 0 && isatty(fd)));
    }
done:
    Py_DECREF(nameobj);
    return result;
fail:
    if (closefd && fd >= 0)
        close(fd);
    Py_XDECREF(nameobj);
    return NULL;
}

/* CPython's error handler for stdin/stdout: surrogateescape under the C
 * or POSIX locale (and its UTF-8 coercion targets), strict otherwise. */
static const char *
stdio_errors(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    const char *loc = NULL;
    for (size_t i = 0; i < Py_ARRAY_LENGTH(vars); i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) {
            loc = v;
            break;
        }
    }
    if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0 ||
        strcmp(loc, "C.UTF-8") == 0 || strcmp(loc, "C.utf8") == 0 || strcmp(loc, "UTF-8") == 0)
        return "surrogateescape";
    return "strict";
}

PyObject *
_KrIO_StdStream(int fd, const char *name, const char *mode)
{
    struct stat st;
    if (fstat(fd, &st) < 0)
        return Py_NewRef(Py_None);
    PyObject *nameobj = PyUnicode_FromString(name);
    PyObject *modeobj = PyUnicode_FromString(mode);
    PyObject *res = NULL;
    if (nameobj && modeobj) {
        int reading = mode[0] == 'r';
        res = make_file(fd, KIND_TEXT, nameobj, modeobj, reading, !reading, 0);
        if (res) {
            fileobject *self = (fileobject *)res;
            Py_SETREF(self->encoding, PyUnicode_FromString("utf-8"));
            Py_SETREF(self->errors, PyUnicode_FromString(fd == 2 ? "backslashreplace"
                                                         : stdio_errors()));
            self->codec = CODEC_UTF8;
            self->translate_read = 1;
            /* line buffered on a terminal; stderr, and everything under
             * PYTHONUNBUFFERED, is written through at once */
            const char *unbuf = getenv("PYTHONUNBUFFERED");
            self->line_buffering = (char)isatty(fd);
            self->write_through = (char)(fd == 2 || (unbuf && *unbuf));
            /* -u: CPython gives stdout and stderr no binary buffer at all */
            self->raw_below = (char)(!reading && unbuf && *unbuf);
        }
    }
    Py_XDECREF(nameobj);
    Py_XDECREF(modeobj);
    return res;
}

/* The codec's own name for an encoding ('latin-1' is 'iso8859-1'), which
 * is what CPython's standard streams report. */
static PyObject *
codec_name(const char *enc, size_t len)
{
    char *name = PyMem_Malloc(len + 1);
    if (name == NULL)
        return PyErr_NoMemory();
    memcpy(name, enc, len);
    name[len] = '\0';
    PyObject *info = _PyCodec_Lookup(name);
    PyMem_Free(name);
    if (info == NULL)
        return NULL;
    PyObject *res = PyObject_GetAttrString(info, "name");
    Py_DECREF(info);
    return res;
}

/* PYTHONIOENCODING=encoding[:errors], applied once the codec registry can
 * be imported.  An encoding alone makes stdin's and stdout's error
 * handler 'strict'; an error handler alone keeps the encoding; stderr
 * keeps backslashreplace whatever is asked; ':' or '' change nothing. */
int
_KrIO_ConfigureStdio(const char *spec)
{
    if (spec == NULL)
        return 0;
    const char *colon = strchr(spec, ':');
    size_t enclen = colon ? (size_t)(colon - spec) : strlen(spec);
    const char *errs = colon ? colon + 1 : "";
    if (enclen == 0 && *errs == '\0')
        return 0;
    static const char *const names[] = {"stdin", "stdout", "stderr"};
    for (int i = 0; i < 3; i++) {
        PyObject *f = PySys_GetObject(names[i]);
        if (f == NULL || !IS_FILEOBJECT(f))
            continue;
        fileobject *self = (fileobject *)f;
        PyObject *enc = enclen ? codec_name(spec, enclen) : Py_NewRef(self->encoding);
        PyObject *err;
        if (i == 2 || (*errs == '\0' && enclen == 0))
            err = Py_NewRef(self->errors);
        else
            err = PyUnicode_FromString(*errs ? errs : "strict");
        int r = enc && err ? setup_codec(self, enc, err) : -1;
        Py_XDECREF(enc);
        Py_XDECREF(err);
        if (r < 0)
            return -1;
    }
    return 0;
}

int
_KrIO_FlushStdStreams(void)
{
    int status = 0;
    static const char *const names[] = {"stderr", "stdout"};
    for (int i = 1; i >= 0; i--) {
        PyObject *f = PySys_GetObject(names[i]);
        if (f == NULL || f == Py_None)
            continue;
        if (IS_FILEOBJECT(f) && ((fileobject *)f)->closed)
            continue;
        Py_INCREF(f);
        PyObject *r = PyObject_CallMethod(f, "flush", NULL);
        if (r == NULL) {
            PyErr_Clear();
            status = -1;
        }
        Py_XDECREF(r);
        Py_DECREF(f);
    }
    return status;
}
