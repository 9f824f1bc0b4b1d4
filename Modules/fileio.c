/* Basic file I/O: the objects open() returns and sys.stdin/stdout/stderr.
 *
 * One C struct, `fileobject`, serves every kind of file CPython's io
 * stack would build from layers: text (TextIOWrapper), buffered binary
 * (BufferedReader / BufferedWriter / BufferedRandom) and raw (FileIO,
 * buffering=0).  Each kind is its own type object, with CPython's class
 * name and repr, over the same methods: the layers are folded into one
 * object that owns the file descriptor, a write buffer of encoded bytes
 * and a read buffer of raw bytes; a text file adds a buffer of decoded,
 * newline-translated characters (`pending`).
 *
 * Invariants: at most one of the read and write buffers is non-empty
 * (switching direction flushes writes, or seeks the descriptor back over
 * unread bytes); the descriptor's position is the logical position plus
 * what is buffered for reading (minus what is buffered for writing), so
 * tell() can always be computed.  Text decoding uses a stateful UTF-8
 * decoder so a character split across reads is kept for the next one,
 * and a '\r' at the end of a chunk waits for the next chunk before
 * universal-newline translation decides what it is.
 *
 * The full io module (StringIO, BytesIO, the Python-level classes) is a
 * later issue; _io here exposes what this file implements. */
#include "Python.h"
#include "kr_runtime.h"
#include <stddef.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_BUFFER_SIZE 8192

typedef enum { KIND_TEXT, KIND_READER, KIND_WRITER, KIND_RANDOM, KIND_RAW } file_kind;

/* Where a text line ends, from the newline argument: None translates
 * everything to \n first; '' recognises \n, \r\n and \r untranslated;
 * otherwise only the given string ends a line. */
enum { READNL_LF = 0, READNL_UNIVERSAL, READNL_CR, READNL_CRLF };

typedef struct fileobject {
    PyObject_HEAD
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
    PyObject *dict;
    PyObject *weakreflist;
} fileobject;

static PyTypeObject TextIOWrapper_Type, BufferedReader_Type, BufferedWriter_Type,
    BufferedRandom_Type, FileIO_Type;
static PyObject *UnsupportedOperation;

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
 * Buffers
 * ==================================================================== */

static int
check_open(fileobject *self)
{
    if (self->closed) {
        PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int
check_readable(fileobject *self)
{
    if (check_open(self) < 0)
        return -1;
    if (!self->readable) {
        PyErr_SetString(UnsupportedOperation, self->kind == KIND_RAW ? "File not open for reading"
                                                                     : "not readable");
        return -1;
    }
    return 0;
}

static int
check_writable(fileobject *self)
{
    if (check_open(self) < 0)
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
    Py_ssize_t len = self->wlen;
    self->wlen = 0;
    if (fd_write_all(self->fd, self->wbuf, len) < 0)
        return -1;
    return 0;
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
    if (unread > 0 && self->seekable) {
        if (lseek(self->fd, -unread, SEEK_CUR) < 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
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
    if (self->wlen + len > DEFAULT_BUFFER_SIZE) {
        if (flush_write_buffer(self) < 0)
            return -1;
        if (len >= DEFAULT_BUFFER_SIZE)
            return fd_write_all(self->fd, data, len) < 0 ? -1 : 0;
    }
    if (self->wlen + len > self->wcap) {
        Py_ssize_t cap = Py_MAX(DEFAULT_BUFFER_SIZE, self->wlen + len);
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
    Py_ssize_t chunk = Py_MAX(want, DEFAULT_BUFFER_SIZE);
    if (self->rlen + chunk > self->rcap) {
        char *nb = PyMem_Realloc(self->rbuf, self->rlen + chunk);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->rbuf = nb;
        self->rcap = self->rlen + chunk;
    }
    Py_ssize_t n = fd_read(self->fd, self->rbuf + self->rlen, chunk);
    if (n > 0)
        self->rlen += n;
    return n;
}

/* ====================================================================
 * Text decoding
 * ==================================================================== */

static int
is_utf8(PyObject *encoding)
{
    const char *e = PyUnicode_AsUTF8(encoding);
    if (e == NULL) {
        PyErr_Clear();
        return 0;
    }
    return PyOS_stricmp(e, "utf-8") == 0 || PyOS_stricmp(e, "utf8") == 0 ||
           PyOS_stricmp(e, "utf_8") == 0;
}

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

/* Decode more of the file into `pending`; returns 0 at EOF, 1 when text
 * was added, -1 on error. */
static int
fill_text(fileobject *self)
{
    if (self->eof)
        return 0;
    /* where the text about to be pending starts in the file */
    long long origin;
    if (pending_len(self) > 0) {
        origin = pending_offset(self, self->pending_pos);
    } else {
        off_t cur = lseek(self->fd, 0, SEEK_CUR);
        origin = cur < 0 ? 0 : (long long)cur - (self->rlen - self->rpos);
    }
    if (origin < 0)
        return -1;
    Py_ssize_t n = fill_raw(self, DEFAULT_BUFFER_SIZE);
    if (n < 0)
        return -1;
    int at_eof = (n == 0);
    const char *data = self->rbuf + self->rpos;
    Py_ssize_t avail = self->rlen - self->rpos;
    if (avail == 0) {
        self->eof = 1;
        return 0;
    }
    /* hold a trailing '\r' back until we know what follows it */
    Py_ssize_t usable = avail;
    if (self->translate_read && !at_eof && data[avail - 1] == '\r')
        usable--;
    const char *errors = PyUnicode_AsUTF8(self->errors);
    if (errors == NULL)
        return -1;
    PyObject *decoded;
    Py_ssize_t consumed = usable;
    if (is_utf8(self->encoding)) {
        decoded = at_eof ? PyUnicode_DecodeUTF8(data, usable, errors)
                         : PyUnicode_DecodeUTF8Stateful(data, usable, errors, &consumed);
    } else {
        const char *enc = PyUnicode_AsUTF8(self->encoding);
        if (enc == NULL)
            return -1;
        decoded = PyUnicode_Decode(data, usable, enc, errors);
    }
    if (decoded == NULL)
        return -1;
    self->rpos += consumed;
    if (at_eof)
        self->eof = 1;
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
    if (consumed == 0 && !at_eof && PyUnicode_GET_LENGTH(self->pending) == 0)
        return fill_text(self); /* only an incomplete character so far */
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
    int utf8 = is_utf8(self->encoding);
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
        PyObject *b = PyBytes_FromStringAndSize(self->rbuf + self->rpos, self->rlen - self->rpos);
        self->rpos = self->rlen = 0;
        return b;
    }
    while (self->rlen - self->rpos < n) {
        Py_ssize_t r = fill_raw(self, n - (self->rlen - self->rpos));
        if (r < 0)
            return NULL;
        if (r == 0)
            break;
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
    if (size_arg(args, nargs, "read", &n) < 0 || check_readable(self) < 0)
        return NULL;
    return self->kind == KIND_TEXT ? text_read(self, n) : binary_read(self, n);
}

static PyObject *
file_readline(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t n;
    if (size_arg(args, nargs, "readline", &n) < 0 || check_readable(self) < 0)
        return NULL;
    return self->kind == KIND_TEXT ? text_readline(self, n) : binary_readline(self, n);
}

static PyObject *
file_readlines(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    Py_ssize_t hint;
    if (size_arg(args, nargs, "readlines", &hint) < 0 || check_readable(self) < 0)
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

static PyObject *
file_readinto(PyObject *op, PyObject *arg)
{
    fileobject *self = (fileobject *)op;
    if (self->kind == KIND_TEXT) {
        PyErr_SetString(PyExc_AttributeError, "readinto");
        return NULL;
    }
    if (check_readable(self) < 0)
        return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_WRITABLE) < 0)
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
    if (check_readable(self) < 0)
        return NULL;
    PyObject *line = self->kind == KIND_TEXT ? text_readline(self, -1)
                                             : binary_readline(self, -1);
    if (line == NULL)
        return NULL;
    Py_ssize_t len = PyUnicode_Check(line) ? PyUnicode_GET_LENGTH(line) : Py_SIZE(line);
    if (len == 0) {
        Py_DECREF(line);
        return NULL;
    }
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
    if (is_utf8(self->encoding)) {
        /* the string's cached UTF-8 form; only text with surrogates needs
         * the codec and its error handler */
        data = PyUnicode_AsUTF8AndSize(s, &len);
        if (data == NULL)
            PyErr_Clear();
    }
    if (data != NULL) {
        r = buffer_write(self, data, len);
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
    if (r == 0 && self->write_through)
        r = flush_write_buffer(self);
    else if (r == 0 && self->line_buffering &&
        (PyUnicode_FindChar(text, '\n', 0, PyUnicode_GET_LENGTH(text), 1) >= 0 ||
         PyUnicode_FindChar(text, '\r', 0, PyUnicode_GET_LENGTH(text), 1) >= 0))
        r = flush_write_buffer(self);
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
    if (check_writable(self) < 0)
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
        if (check_writable(self) < 0 || text_write_str(self, arg) < 0)
            return NULL;
        return PyLong_FromSsize_t(PyUnicode_GET_LENGTH(arg));
    }
    if (check_writable(self) < 0)
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
    if (check_open(self) < 0)
        return NULL;
    if (flush_other(self) < 0 || flush_write_buffer(self) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* ====================================================================
 * Positioning
 * ==================================================================== */

static PyObject *
file_tell(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
        return NULL;
    off_t pos = lseek(self->fd, 0, SEEK_CUR);
    if (pos < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    if (self->kind == KIND_TEXT && pending_len(self) > 0) {
        long long p = pending_offset(self, self->pending_pos);
        return p < 0 ? NULL : PyLong_FromLongLong(p);
    }
    pos += self->wlen;
    pos -= self->rlen - self->rpos;
    return PyLong_FromLongLong((long long)pos);
}

static PyObject *
file_seek(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    if (!_PyArg_CheckPositional("seek", nargs, 1, 2))
        return NULL;
    if (check_open(self) < 0)
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
    self->rpos = self->rlen = 0;
    Py_CLEAR(self->pending);
    self->pending_pos = 0;
    self->eof = 0;
    off_t pos = lseek(self->fd, (off_t)offset, whence);
    if (pos < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLongLong((long long)pos);
}

static PyObject *
file_truncate(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    fileobject *self = (fileobject *)op;
    if (!_PyArg_CheckPositional("truncate", nargs, 0, 1))
        return NULL;
    if (check_writable(self) < 0)
        return NULL;
    if (flush_write_buffer(self) < 0)
        return NULL;
    PyObject *posobj = (nargs && args[0] != Py_None) ? Py_NewRef(args[0]) : file_tell(op, NULL);
    if (posobj == NULL)
        return NULL;
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

static int
file_close_impl(fileobject *self)
{
    if (self->closed)
        return 0;
    int r = 0;
    if (flush_other(self) < 0 || flush_write_buffer(self) < 0)
        r = -1;
    PyObject *exc = r < 0 ? PyErr_GetRaisedException() : NULL;
    if (self->buffer) {
        ((fileobject *)self->buffer)->closed = 1;
        ((fileobject *)self->buffer)->parent = NULL;
    }
    self->closed = 1;
    if (self->closefd && self->fd >= 0 && close(self->fd) < 0 && r == 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        r = -1;
    }
    self->fd = -1;
    if (exc)
        PyErr_SetRaisedException(exc);
    return r;
}

static PyObject *
file_close(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    if (file_close_impl((fileobject *)op) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
file_fileno(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
        return NULL;
    return PyLong_FromLong(self->fd);
}

static PyObject *
file_isatty(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
        return NULL;
    return PyBool_FromLong(isatty(self->fd));
}

static PyObject *
file_readable(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
        return NULL;
    return PyBool_FromLong(self->readable);
}

static PyObject *
file_writable(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
        return NULL;
    return PyBool_FromLong(self->writable);
}

static PyObject *
file_seekable_m(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    fileobject *self = (fileobject *)op;
    if (check_open(self) < 0)
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
    return file_close(op, NULL);
}

static PyObject *
file_get_closed(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((fileobject *)op)->closed);
}

static PyObject *
file_get_name(PyObject *op, void *Py_UNUSED(closure))
{
    return Py_NewRef(((fileobject *)op)->name);
}

static PyObject *
file_get_mode(PyObject *op, void *Py_UNUSED(closure))
{
    return Py_NewRef(((fileobject *)op)->mode);
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
file_get_closefd(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((fileobject *)op)->closefd);
}

static PyObject *
file_get_newlines(PyObject *op, void *Py_UNUSED(closure))
{
    Py_RETURN_NONE;
}

static PyObject *
make_file(int fd, file_kind kind, PyObject *name, PyObject *mode, int readable, int writable,
          int closefd);

static PyObject *
file_get_buffer(PyObject *op, void *Py_UNUSED(closure))
{
    fileobject *self = (fileobject *)op;
    if (self->buffer == NULL) {
        file_kind k = self->readable && self->writable ? KIND_RANDOM
                    : self->readable ? KIND_READER : KIND_WRITER;
        PyObject *mode = PyUnicode_FromString(self->readable && self->writable ? "rb+"
                                              : self->readable ? "rb" : "wb");
        if (mode == NULL)
            return NULL;
        PyObject *b = make_file(self->fd, k, self->name, mode, self->readable,
                                self->writable, 0);
        Py_DECREF(mode);
        if (b == NULL)
            return NULL;
        ((fileobject *)b)->parent = self;
        ((fileobject *)b)->seekable = self->seekable;
        self->buffer = b;
    }
    return Py_NewRef(self->buffer);
}

static PyObject *
file_get_raw(PyObject *op, void *Py_UNUSED(closure))
{
    return Py_NewRef(op);
}

static PyObject *
file_repr(PyObject *op)
{
    fileobject *self = (fileobject *)op;
    const char *tname = Py_TYPE(op)->tp_name;
    if (self->kind == KIND_TEXT)
        return PyUnicode_FromFormat("<%s name=%R mode=%R encoding=%R>", tname, self->name,
                                    self->mode, self->encoding);
    if (self->kind == KIND_RAW) {
        if (self->closed)
            return PyUnicode_FromFormat("<%s [closed]>", tname);
        return PyUnicode_FromFormat("<%s name=%R mode=%R closefd=%s>", tname, self->name,
                                    self->mode, self->closefd ? "True" : "False");
    }
    return PyUnicode_FromFormat("<%s name=%R>", tname, self->name);
}

static void
file_dealloc(PyObject *op)
{
    fileobject *self = (fileobject *)op;
    PyObject_GC_UnTrack(op);
    if (!self->closed) {
        PyObject *exc = PyErr_GetRaisedException();
        if (file_close_impl(self) < 0)
            PyErr_WriteUnraisable(op);
        PyErr_SetRaisedException(exc);
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
    PyMem_Free(self->wbuf);
    PyMem_Free(self->rbuf);
    PyObject_GC_Del(op);
}

static int
file_traverse(PyObject *op, visitproc visit, void *arg)
{
    fileobject *self = (fileobject *)op;
    Py_VISIT(self->dict);
    Py_VISIT(self->name);
    return 0;
}

static int
file_clear(PyObject *op)
{
    Py_CLEAR(((fileobject *)op)->dict);
    return 0;
}

static PyMethodDef file_methods[] = {
    {"read", (PyCFunction)(void (*)(void))file_read, METH_FASTCALL, NULL},
    {"readline", (PyCFunction)(void (*)(void))file_readline, METH_FASTCALL, NULL},
    {"readlines", (PyCFunction)(void (*)(void))file_readlines, METH_FASTCALL, NULL},
    {"readinto", file_readinto, METH_O, NULL},
    {"write", file_write, METH_O, NULL},
    {"writelines", file_writelines, METH_O, NULL},
    {"seek", (PyCFunction)(void (*)(void))file_seek, METH_FASTCALL, NULL},
    {"tell", file_tell, METH_NOARGS, NULL},
    {"truncate", (PyCFunction)(void (*)(void))file_truncate, METH_FASTCALL, NULL},
    {"flush", file_flush, METH_NOARGS, NULL},
    {"close", file_close, METH_NOARGS, NULL},
    {"fileno", file_fileno, METH_NOARGS, NULL},
    {"isatty", file_isatty, METH_NOARGS, NULL},
    {"readable", file_readable, METH_NOARGS, NULL},
    {"writable", file_writable, METH_NOARGS, NULL},
    {"seekable", file_seekable_m, METH_NOARGS, NULL},
    {"__enter__", file_enter, METH_NOARGS, NULL},
    {"__exit__", file_exit, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef text_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {"newlines", file_get_newlines, NULL, NULL, NULL},
    {"buffer", file_get_buffer, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyGetSetDef binary_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"raw", file_get_raw, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyGetSetDef raw_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"closefd", file_get_closefd, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

#define FILE_TYPE(VAR, NAME, GETSET) \
    static PyTypeObject VAR = { \
        PyVarObject_HEAD_INIT(&PyType_Type, 0) \
        .tp_name = NAME, \
        .tp_basicsize = sizeof(fileobject), \
        .tp_dealloc = file_dealloc, \
        .tp_repr = file_repr, \
        .tp_getattro = PyObject_GenericGetAttr, \
        .tp_setattro = PyObject_GenericSetAttr, \
        .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
        .tp_traverse = file_traverse, \
        .tp_clear = file_clear, \
        .tp_weaklistoffset = offsetof(fileobject, weakreflist), \
        .tp_iter = file_iter, \
        .tp_iternext = file_iternext, \
        .tp_methods = file_methods, \
        .tp_getset = GETSET, \
        .tp_dictoffset = offsetof(fileobject, dict), \
    };

FILE_TYPE(TextIOWrapper_Type, "_io.TextIOWrapper", text_getset)
FILE_TYPE(BufferedReader_Type, "_io.BufferedReader", binary_getset)
FILE_TYPE(BufferedWriter_Type, "_io.BufferedWriter", binary_getset)
FILE_TYPE(BufferedRandom_Type, "_io.BufferedRandom", binary_getset)
FILE_TYPE(FileIO_Type, "_io.FileIO", raw_getset)

static int
ready_types(void)
{
    if (UnsupportedOperation == NULL) {
        PyObject *bases = PyTuple_Pack(2, PyExc_OSError, PyExc_ValueError);
        if (bases == NULL)
            return -1;
        UnsupportedOperation = PyErr_NewException("io.UnsupportedOperation", bases, NULL);
        Py_DECREF(bases);
        if (UnsupportedOperation == NULL)
            return -1;
    }
    PyTypeObject *types[] = {&TextIOWrapper_Type, &BufferedReader_Type, &BufferedWriter_Type,
                             &BufferedRandom_Type, &FileIO_Type};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(types); i++) {
        if (PyType_Ready(types[i]) < 0)
            return -1;
    }
    return 0;
}

static PyObject *
make_file(int fd, file_kind kind, PyObject *name, PyObject *mode, int readable, int writable,
          int closefd)
{
    if (ready_types() < 0)
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
    PyObject_GC_Track(self);
    return (PyObject *)self;
}

/* ====================================================================
 * open()
 * ==================================================================== */

PyObject *
_KrIO_Open(PyObject *file, const char *mode, int buffering, const char *encoding,
           const char *errors, const char *newline, int closefd)
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
        PyObject *path = PyOS_FSPath(file);
        if (path == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError,
                             "expected str, bytes or os.PathLike object, not %.200s",
                             Py_TYPE(file)->tp_name);
            }
            return NULL;
        }
        PyObject *bytes;
        if (PyUnicode_Check(path)) {
            bytes = PyUnicode_EncodeFSDefault(path);
            if (bytes == NULL) {
                Py_DECREF(path);
                return NULL;
            }
        } else {
            bytes = Py_NewRef(path);
        }
        if (strlen(PyBytes_AS_STRING(bytes)) != (size_t)PyBytes_GET_SIZE(bytes)) {
            PyErr_SetString(PyExc_ValueError, "embedded null byte");
            Py_DECREF(bytes);
            Py_DECREF(path);
            return NULL;
        }
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
        Py_BEGIN_ALLOW_THREADS
        do {
            fd = open(PyBytes_AS_STRING(bytes), flags, 0666);
        } while (fd < 0 && errno == EINTR);
        Py_END_ALLOW_THREADS
        Py_DECREF(bytes);
        if (fd < 0) {
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, file);
            Py_DECREF(path);
            return NULL;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, file);
            Py_DECREF(path);
            return NULL;
        }
        Py_DECREF(path);
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
        Py_SETREF(self->encoding, PyUnicode_FromString(encoding ? encoding : "UTF-8"));
        Py_SETREF(self->errors, PyUnicode_FromString(errors ? errors : "strict"));
        if (self->encoding == NULL || self->errors == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        if (encoding && !is_utf8(self->encoding)) {
            /* check the codec exists now, as CPython does */
            PyObject *probe = PyUnicode_Decode("", 0, encoding, "strict");
            if (probe == NULL) {
                Py_CLEAR(result);
                goto done;
            }
            Py_DECREF(probe);
        }
        if (newline) {
            Py_SETREF(self->newline_arg, PyUnicode_FromString(newline));
            self->translate_read = 0;
            if (newline[0] != '\0' && strcmp(newline, "\n") != 0) {
                self->write_newline = strcmp(newline, "\r") == 0 ? "\r" : "\r\n";
            }
            self->readnl = newline[0] == '\0' ? READNL_UNIVERSAL
                         : strcmp(newline, "\r") == 0 ? READNL_CR
                         : strcmp(newline, "\r\n") == 0 ? READNL_CRLF : READNL_LF;
        } else {
            self->translate_read = 1;
        }
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
            self->translate_read = 1;
            /* line buffered on a terminal; stderr, and everything under
             * PYTHONUNBUFFERED, is written through at once */
            const char *unbuf = getenv("PYTHONUNBUFFERED");
            self->line_buffering = (char)isatty(fd);
            self->write_through = (char)(fd == 2 || (unbuf && *unbuf));
        }
    }
    Py_XDECREF(nameobj);
    Py_XDECREF(modeobj);
    return res;
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

/* ====================================================================
 * The _io module (what this file implements of it)
 * ==================================================================== */

static PyObject *
io_open(PyObject *module, PyObject *args, PyObject *kwds)
{
    PyObject *builtins = PyInterpreterState_Get()->builtins;
    PyObject *open = builtins ? PyDict_GetItemString(builtins, "open") : NULL;
    if (open == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost builtins.open");
        return NULL;
    }
    return PyObject_Call(open, args, kwds);
}

static PyObject *
io_text_encoding(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("text_encoding", nargs, 1, 2))
        return NULL;
    if (args[0] != Py_None)
        return Py_NewRef(args[0]);
    return PyUnicode_FromString("utf-8");
}

static PyMethodDef io_methods[] = {
    {"open", (PyCFunction)(void (*)(void))io_open, METH_VARARGS | METH_KEYWORDS, NULL},
    {"text_encoding", (PyCFunction)(void (*)(void))io_text_encoding, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef iomodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_io",
    .m_doc = "The io module provides the Python interfaces to stream handling.",
    .m_size = -1,
    .m_methods = io_methods,
};

PyObject *
PyInit__io(void)
{
    if (ready_types() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&iomodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE) < 0 ||
        PyModule_AddObjectRef(m, "UnsupportedOperation", UnsupportedOperation) < 0 ||
        PyModule_AddObjectRef(m, "BlockingIOError", PyExc_BlockingIOError) < 0 ||
        PyModule_AddType(m, &TextIOWrapper_Type) < 0 ||
        PyModule_AddType(m, &BufferedReader_Type) < 0 ||
        PyModule_AddType(m, &BufferedWriter_Type) < 0 ||
        PyModule_AddType(m, &BufferedRandom_Type) < 0 ||
        PyModule_AddType(m, &FileIO_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
