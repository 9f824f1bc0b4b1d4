/* The mmap module: memory-mapped files and anonymous shared memory.
 *
 * An mmap object owns one mapping (data, size) and, for a file-backed
 * map, a private duplicate of the caller's descriptor: the caller may
 * close its own descriptor at once, while size() and resize() still need
 * one (size() answers the file's size, not the map's, and resize()
 * truncates the file before remapping it).  Anonymous maps have no
 * descriptor at all (fd == -1).
 *
 * The object is both a file-like cursor (read/write/seek/tell/readline
 * over `pos`) and a mutable byte sequence (indexing, slicing, item and
 * slice assignment, the buffer protocol).  Handing out a buffer pins the
 * mapping: `exports` counts live views, and close() and resize() refuse
 * while any exist, since either would pull the memory from under a
 * memoryview.  Every operation first checks that the map is still open
 * (data != NULL) so a closed map fails cleanly instead of faulting.
 *
 * `access` decides what is allowed rather than the protection bits alone:
 * ACCESS_READ forbids every write path, ACCESS_COPY (a private map) lets
 * writes happen but never reach the file, so flush() does nothing and
 * resize() is refused; ACCESS_DEFAULT is "whatever flags/prot said",
 * mapped to READ or WRITE when prot leaves no doubt, as CPython does.
 *
 * Linux only: resize uses mremap(MREMAP_MAYMOVE), so the data pointer may
 * change, which is one more reason resize refuses while views exist. */
#define _GNU_SOURCE 1 /* mremap, MAP_ANONYMOUS and the MADV_* extras */
#include "Python.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef enum {
    ACCESS_DEFAULT,
    ACCESS_READ,
    ACCESS_WRITE,
    ACCESS_COPY
} access_mode;

typedef struct {
    PyObject_HEAD
    char *data;         /* NULL once closed */
    Py_ssize_t size;    /* bytes mapped */
    Py_ssize_t pos;     /* the file-like cursor; may exceed size after a shrink */
    long long offset;   /* where in the file the map starts */
    Py_ssize_t exports; /* buffers handed out and not yet released */
    int fd;             /* our own duplicate, or -1 */
    access_mode access;
    PyObject *weakreflist;
} mmap_object;

static PyTypeObject mmap_type;

/* ---- checks shared by the methods ---- */

static int
check_valid(mmap_object *self)
{
    if (self->data == NULL) {
        PyErr_SetString(PyExc_ValueError, "mmap closed or invalid");
        return 0;
    }
    return 1;
}

#define CHECK_VALID(self, err) \
    do { if (!check_valid(self)) return (err); } while (0)

/* Converting an argument can run Python code (__index__) that closes or
 * resizes the map, so methods check again once their arguments are
 * read, and read self->size only after that.  The first check stays in
 * front so a closed map is reported before any argument error, as in
 * CPython. */

static int
is_writable(mmap_object *self)
{
    if (self->access != ACCESS_READ)
        return 1;
    PyErr_SetString(PyExc_TypeError, "mmap can't modify a readonly memory map.");
    return 0;
}

static int
is_resizeable(mmap_object *self)
{
    if (self->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "mmap can't resize with extant buffers exported.");
        return 0;
    }
    if (self->access == ACCESS_WRITE || self->access == ACCESS_DEFAULT)
        return 1;
    PyErr_SetString(PyExc_TypeError, "mmap can't resize a readonly or copy-on-write memory map.");
    return 0;
}

/* "O&" converter: None leaves the default, an index is taken as is */
static int
optional_ssize(PyObject *obj, void *out)
{
    if (obj == Py_None)
        return 1;
    if (!PyIndex_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or None, not '%.200s'",
                     Py_TYPE(obj)->tp_name);
        return 0;
    }
    Py_ssize_t v = PyNumber_AsSsize_t(obj, PyExc_OverflowError);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(Py_ssize_t *)out = v;
    return 1;
}

/* ---- creation and destruction ---- */

static void
release_mapping(mmap_object *self)
{
    if (self->data != NULL) {
        munmap(self->data, (size_t)self->size);
        self->data = NULL;
    }
    if (self->fd >= 0) {
        close(self->fd);
        self->fd = -1;
    }
}

static PyObject *
mmap_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"fileno", "length", "flags", "prot", "access", "offset", NULL};
    int fd, flags = MAP_SHARED, prot = PROT_READ | PROT_WRITE, access = ACCESS_DEFAULT;
    Py_ssize_t size;
    long long offset = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "in|iiiL", kwlist, &fd, &size, &flags, &prot,
                                     &access, &offset))
        return NULL;
    if (size < 0) {
        PyErr_SetString(PyExc_OverflowError, "memory mapped length must be positive");
        return NULL;
    }
    if (offset < 0) {
        PyErr_SetString(PyExc_OverflowError, "memory mapped offset must be positive");
        return NULL;
    }
    if (access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_READ | PROT_WRITE))) {
        PyErr_SetString(PyExc_ValueError, "mmap can't specify both access and flags, prot.");
        return NULL;
    }
    switch (access) {
    case ACCESS_READ:
        flags = MAP_SHARED;
        prot = PROT_READ;
        break;
    case ACCESS_WRITE:
        flags = MAP_SHARED;
        prot = PROT_READ | PROT_WRITE;
        break;
    case ACCESS_COPY:
        flags = MAP_PRIVATE;
        prot = PROT_READ | PROT_WRITE;
        break;
    case ACCESS_DEFAULT:
        /* name the access the protection amounts to, so the write checks
         * need to look at `access` only */
        if ((prot & PROT_READ) && (prot & PROT_WRITE))
            ;
        else if (prot & PROT_WRITE)
            access = ACCESS_WRITE;
        else
            access = ACCESS_READ;
        break;
    default:
        PyErr_SetString(PyExc_ValueError, "mmap invalid access parameter.");
        return NULL;
    }

    if (PySys_Audit("mmap.__new__", "iniL", fd, size, access, offset) < 0)
        return NULL;

    /* a regular file gives a length of 0 its meaning ("to the end") and
     * lets us refuse maps past its end, which would fault on access */
    if (fd != -1) {
        struct stat st;
        int r;
        Py_BEGIN_ALLOW_THREADS
        r = fstat(fd, &st);
        Py_END_ALLOW_THREADS
        if (r == 0 && S_ISREG(st.st_mode)) {
            if (size == 0) {
                if (st.st_size == 0) {
                    PyErr_SetString(PyExc_ValueError, "cannot mmap an empty file");
                    return NULL;
                }
                if (offset >= st.st_size) {
                    PyErr_SetString(PyExc_ValueError, "mmap offset is greater than file size");
                    return NULL;
                }
                if (st.st_size - offset > PY_SSIZE_T_MAX) {
                    PyErr_SetString(PyExc_ValueError, "mmap length is too large");
                    return NULL;
                }
                size = (Py_ssize_t)(st.st_size - offset);
            } else if (offset > st.st_size || st.st_size - offset < size) {
                PyErr_SetString(PyExc_ValueError, "mmap length is greater than file size");
                return NULL;
            }
        }
    }

    mmap_object *self = (mmap_object *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->data = NULL;
    self->size = size;
    self->pos = 0;
    self->offset = offset;
    self->exports = 0;
    self->weakreflist = NULL;
    self->access = (access_mode)access;
    if (fd == -1) {
        self->fd = -1;
        flags |= MAP_ANONYMOUS;
    } else {
        self->fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
        if (self->fd == -1) {
            PyErr_SetFromErrno(PyExc_OSError);
            Py_DECREF(self);
            return NULL;
        }
    }
    void *p;
    Py_BEGIN_ALLOW_THREADS
    p = mmap(NULL, (size_t)size, prot, flags, fd, (off_t)offset);
    Py_END_ALLOW_THREADS
    if (p == MAP_FAILED) {
        PyErr_SetFromErrno(PyExc_OSError);
        Py_DECREF(self);
        return NULL;
    }
    self->data = p;
    return (PyObject *)self;
}

static void
mmap_dealloc(PyObject *op)
{
    mmap_object *self = (mmap_object *)op;
    release_mapping(self);
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    Py_TYPE(op)->tp_free(op);
}

/* ---- methods ---- */

static PyObject *
mmap_close(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    mmap_object *self = (mmap_object *)op;
    if (self->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "cannot close exported pointers exist");
        return NULL;
    }
    release_mapping(self);
    Py_RETURN_NONE;
}

static PyObject *
mmap_read_byte(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, NULL);
    if (self->pos >= self->size) {
        PyErr_SetString(PyExc_ValueError, "read byte out of range");
        return NULL;
    }
    return PyLong_FromLong((unsigned char)self->data[self->pos++]);
}

static PyObject *
mmap_readline(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, NULL);
    if (self->pos >= self->size)
        return PyBytes_FromStringAndSize(NULL, 0);
    const char *start = self->data + self->pos;
    Py_ssize_t left = self->size - self->pos;
    const char *nl = memchr(start, '\n', (size_t)left);
    Py_ssize_t n = nl ? (nl - start) + 1 : left;
    PyObject *r = PyBytes_FromStringAndSize(start, n);
    if (r != NULL)
        self->pos += n;
    return r;
}

static PyObject *
mmap_read(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    Py_ssize_t n = PY_SSIZE_T_MAX;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "|O&:read", optional_ssize, &n))
        return NULL;
    CHECK_VALID(self, NULL);
    Py_ssize_t left = self->pos < self->size ? self->size - self->pos : 0;
    if (n < 0 || n > left)
        n = left;
    PyObject *r = PyBytes_FromStringAndSize(self->data + self->pos, n);
    if (r != NULL)
        self->pos += n;
    return r;
}

/* Last occurrence of needle in hay[0:haylen], or NULL. */
static const char *
reverse_find(const char *hay, Py_ssize_t haylen, const char *needle, Py_ssize_t nlen)
{
    for (Py_ssize_t i = haylen - nlen; i >= 0; i--)
        if (memcmp(hay + i, needle, (size_t)nlen) == 0)
            return hay + i;
    return NULL;
}

/* find and rfind: the window defaults to [pos, size), and negative
 * bounds count from the end, clamped into the map */
static PyObject *
find_common(mmap_object *self, PyObject *args, int reverse)
{
    Py_ssize_t start = self->pos, end = self->size;
    Py_buffer sub;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, reverse ? "y*|nn:rfind" : "y*|nn:find", &sub, &start, &end))
        return NULL;
    if (!check_valid(self)) {
        PyBuffer_Release(&sub);
        return NULL;
    }
    Py_ssize_t bounds[2] = {start, end};
    for (int i = 0; i < 2; i++) {
        if (bounds[i] < 0)
            bounds[i] += self->size;
        if (bounds[i] < 0)
            bounds[i] = 0;
        else if (bounds[i] > self->size)
            bounds[i] = self->size;
    }
    start = bounds[0];
    end = bounds[1];
    Py_ssize_t result = -1;
    if (end - start >= sub.len) {
        const char *hay = self->data + start, *hit;
        if (sub.len == 0)
            hit = reverse ? hay + (end - start) : hay;
        else if (reverse)
            hit = reverse_find(hay, end - start, sub.buf, sub.len);
        else
            hit = memmem(hay, (size_t)(end - start), sub.buf, (size_t)sub.len);
        if (hit != NULL)
            result = start + (hit - hay);
    }
    PyBuffer_Release(&sub);
    return PyLong_FromSsize_t(result);
}

static PyObject *
mmap_find(PyObject *op, PyObject *args)
{
    return find_common((mmap_object *)op, args, 0);
}

static PyObject *
mmap_rfind(PyObject *op, PyObject *args)
{
    return find_common((mmap_object *)op, args, 1);
}

static PyObject *
mmap_write(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    Py_buffer data;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "y*:write", &data))
        return NULL;
    if (!check_valid(self) || !is_writable(self)) {
        PyBuffer_Release(&data);
        return NULL;
    }
    if (self->pos > self->size || self->size - self->pos < data.len) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "data out of range");
        return NULL;
    }
    memcpy(self->data + self->pos, data.buf, (size_t)data.len);
    self->pos += data.len;
    Py_ssize_t n = data.len;
    PyBuffer_Release(&data);
    return PyLong_FromSsize_t(n);
}

static PyObject *
mmap_write_byte(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    unsigned char value;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "b:write_byte", &value))
        return NULL;
    CHECK_VALID(self, NULL);
    if (!is_writable(self))
        return NULL;
    if (self->pos >= self->size) {
        PyErr_SetString(PyExc_ValueError, "write byte out of range");
        return NULL;
    }
    self->data[self->pos++] = (char)value;
    Py_RETURN_NONE;
}

static PyObject *
mmap_size(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, NULL);
    /* the size of the file behind the map; an anonymous map has none to
     * ask about, and fstat(-1) says so with EBADF, as in CPython */
    struct stat st;
    if (fstat(self->fd, &st) == -1)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLongLong((long long)st.st_size);
}

static PyObject *
mmap_resize(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    Py_ssize_t new_size;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "n:resize", &new_size) || !check_valid(self) ||
        !is_resizeable(self))
        return NULL;
    if (new_size < 0 || PY_SSIZE_T_MAX - new_size < self->offset) {
        PyErr_SetString(PyExc_ValueError, "new size out of range");
        return NULL;
    }
    if (self->fd != -1 && ftruncate(self->fd, (off_t)(self->offset + new_size)) == -1)
        return PyErr_SetFromErrno(PyExc_OSError);
    void *p = mremap(self->data, (size_t)self->size, (size_t)new_size, MREMAP_MAYMOVE);
    if (p == MAP_FAILED)
        return PyErr_SetFromErrno(PyExc_OSError);
    self->data = p;
    self->size = new_size;
    Py_RETURN_NONE;
}

static PyObject *
mmap_tell(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, NULL);
    return PyLong_FromSsize_t(self->pos);
}

static PyObject *
mmap_flush(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    Py_ssize_t offset = 0, size = self->size;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "|nn:flush", &offset, &size))
        return NULL;
    CHECK_VALID(self, NULL);
    if (size < 0 || offset < 0 || self->size - offset < size) {
        PyErr_SetString(PyExc_ValueError, "flush values out of range");
        return NULL;
    }
    /* nothing of a read-only or private map can reach the file */
    if (self->access == ACCESS_READ || self->access == ACCESS_COPY)
        Py_RETURN_NONE;
    if (msync(self->data + offset, (size_t)size, MS_SYNC) == -1)
        return PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyObject *
mmap_seek(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    Py_ssize_t dist, where;
    int how = 0;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "n|i:seek", &dist, &how))
        return NULL;
    CHECK_VALID(self, NULL);
    switch (how) {
    case SEEK_SET:
        where = dist;
        break;
    case SEEK_CUR:
        if (dist > 0 && PY_SSIZE_T_MAX - self->pos < dist)
            goto out_of_range;
        where = self->pos + dist;
        break;
    case SEEK_END:
        if (dist > 0 && PY_SSIZE_T_MAX - self->size < dist)
            goto out_of_range;
        where = self->size + dist;
        break;
    default:
        PyErr_SetString(PyExc_ValueError, "unknown seek type");
        return NULL;
    }
    if (where < 0 || where > self->size)
        goto out_of_range;
    self->pos = where;
    Py_RETURN_NONE;
out_of_range:
    PyErr_SetString(PyExc_ValueError, "seek out of range");
    return NULL;
}

static PyObject *
mmap_move(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    Py_ssize_t dest, src, count;
    CHECK_VALID(self, NULL);
    if (!PyArg_ParseTuple(args, "nnn:move", &dest, &src, &count) || !check_valid(self) ||
        !is_writable(self))
        return NULL;
    if (dest < 0 || src < 0 || count < 0 || self->size - dest < count ||
        self->size - src < count) {
        PyErr_SetString(PyExc_ValueError, "source, destination, or count out of range");
        return NULL;
    }
    memmove(self->data + dest, self->data + src, (size_t)count);
    Py_RETURN_NONE;
}

static PyObject *
mmap_madvise(PyObject *op, PyObject *args)
{
    mmap_object *self = (mmap_object *)op;
    int option;
    Py_ssize_t start = 0, length;
    CHECK_VALID(self, NULL);
    length = self->size;
    if (!PyArg_ParseTuple(args, "i|nn:madvise", &option, &start, &length))
        return NULL;
    CHECK_VALID(self, NULL);
    if (start < 0 || start >= self->size) {
        PyErr_SetString(PyExc_ValueError, "madvise start out of bounds");
        return NULL;
    }
    if (length < 0) {
        PyErr_SetString(PyExc_ValueError, "madvise length invalid");
        return NULL;
    }
    if (PY_SSIZE_T_MAX - start < length) {
        PyErr_SetString(PyExc_OverflowError, "madvise length too large");
        return NULL;
    }
    if (start + length > self->size)
        length = self->size - start;
    if (madvise(self->data + start, (size_t)length, option) != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

static PyObject *
mmap_enter(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    CHECK_VALID((mmap_object *)op, NULL);
    return Py_NewRef(op);
}

static PyObject *
mmap_exit(PyObject *op, PyObject *Py_UNUSED(args))
{
    return mmap_close(op, NULL);
}

static PyObject *
mmap_closed_get(PyObject *op, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(((mmap_object *)op)->data == NULL);
}

static PyObject *
mmap_repr(PyObject *op)
{
    mmap_object *self = (mmap_object *)op;
    if (self->data == NULL)
        return PyUnicode_FromFormat("<%s closed=True>", Py_TYPE(op)->tp_name);
    static const char *const names[] = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE",
                                         "ACCESS_COPY"};
    return PyUnicode_FromFormat("<%s closed=False, access=%s, length=%zd, pos=%zd, offset=%lld>",
                                Py_TYPE(op)->tp_name, names[self->access], self->size, self->pos,
                                self->offset);
}

/* ---- sequence, mapping and buffer protocols ---- */

static Py_ssize_t
mmap_length(PyObject *op)
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, -1);
    return self->size;
}

/* the sequence protocol's item, used by iteration and `in`: a one-byte
 * bytes object, unlike subscription which gives an int */
static PyObject *
mmap_item(PyObject *op, Py_ssize_t i)
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, NULL);
    if (i < 0 || i >= self->size) {
        PyErr_SetString(PyExc_IndexError, "mmap index out of range");
        return NULL;
    }
    return PyBytes_FromStringAndSize(self->data + i, 1);
}

static PyObject *
mmap_subscript(PyObject *op, PyObject *key)
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, NULL);
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        CHECK_VALID(self, NULL);
        if (i < 0)
            i += self->size;
        if (i < 0 || i >= self->size) {
            PyErr_SetString(PyExc_IndexError, "mmap index out of range");
            return NULL;
        }
        return PyLong_FromLong((unsigned char)self->data[i]);
    }
    if (!PySlice_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "mmap indices must be integers");
        return NULL;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return NULL;
    CHECK_VALID(self, NULL);
    Py_ssize_t n = PySlice_AdjustIndices(self->size, &start, &stop, step);
    if (step == 1)
        return PyBytes_FromStringAndSize(self->data + start, n);
    PyObject *r = PyBytes_FromStringAndSize(NULL, n);
    if (r == NULL)
        return NULL;
    char *out = PyBytes_AS_STRING(r);
    /* start + k * step is an index inside the map for every k < n, while
     * stepping one further could overflow (step may be huge) */
    for (Py_ssize_t k = 0; k < n; k++)
        out[k] = self->data[start + k * step];
    return r;
}

static int
mmap_ass_subscript(PyObject *op, PyObject *key, PyObject *value)
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, -1);
    if (!is_writable(self))
        return -1;
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += self->size;
        if (i < 0 || i >= self->size) {
            PyErr_SetString(PyExc_IndexError, "mmap index out of range");
            return -1;
        }
        if (value == NULL) {
            PyErr_SetString(PyExc_TypeError, "mmap doesn't support item deletion");
            return -1;
        }
        if (!PyIndex_Check(value)) {
            PyErr_SetString(PyExc_TypeError, "mmap item value must be an int");
            return -1;
        }
        Py_ssize_t v = PyNumber_AsSsize_t(value, PyExc_TypeError);
        if (v == -1 && PyErr_Occurred())
            return -1;
        /* __index__ of the key or the value may have closed or shrunk us */
        CHECK_VALID(self, -1);
        if (i >= self->size) {
            PyErr_SetString(PyExc_IndexError, "mmap index out of range");
            return -1;
        }
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, "mmap item value must be in range(0, 256)");
            return -1;
        }
        self->data[i] = (char)v;
        return 0;
    }
    if (!PySlice_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "mmap indices must be integer");
        return -1;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return -1;
    CHECK_VALID(self, -1);
    Py_ssize_t n = PySlice_AdjustIndices(self->size, &start, &stop, step);
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "mmap object doesn't support slice deletion");
        return -1;
    }
    Py_buffer buf;
    if (PyObject_GetBuffer(value, &buf, PyBUF_SIMPLE) < 0)
        return -1;
    if (buf.len != n) {
        PyBuffer_Release(&buf);
        PyErr_SetString(PyExc_IndexError, "mmap slice assignment is wrong size");
        return -1;
    }
    /* the source may be a view of this very map: memmove copes with the
     * overlap for a contiguous slice; a stepped one reads each byte
     * before writing further along */
    if (step == 1)
        memmove(self->data + start, buf.buf, (size_t)n);
    else {
        const char *src = buf.buf;
        for (Py_ssize_t k = 0; k < n; k++)
            self->data[start + k * step] = src[k];
    }
    PyBuffer_Release(&buf);
    return 0;
}

static int
mmap_getbuffer(PyObject *op, Py_buffer *view, int flags)
{
    mmap_object *self = (mmap_object *)op;
    CHECK_VALID(self, -1);
    if (PyBuffer_FillInfo(view, op, self->data, self->size, self->access == ACCESS_READ, flags) < 0)
        return -1;
    self->exports++;
    return 0;
}

static void
mmap_releasebuffer(PyObject *op, Py_buffer *view)
{
    ((mmap_object *)op)->exports--;
}

static PySequenceMethods mmap_as_sequence = {
    .sq_length = mmap_length,
    .sq_item = mmap_item,
};

static PyMappingMethods mmap_as_mapping = {
    .mp_length = mmap_length,
    .mp_subscript = mmap_subscript,
    .mp_ass_subscript = mmap_ass_subscript,
};

static PyBufferProcs mmap_as_buffer = {
    .bf_getbuffer = mmap_getbuffer,
    .bf_releasebuffer = mmap_releasebuffer,
};

static PyMethodDef mmap_methods[] = {
    {"close", mmap_close, METH_NOARGS, NULL},
    {"find", mmap_find, METH_VARARGS, NULL},
    {"rfind", mmap_rfind, METH_VARARGS, NULL},
    {"flush", mmap_flush, METH_VARARGS, NULL},
    {"madvise", mmap_madvise, METH_VARARGS, NULL},
    {"move", mmap_move, METH_VARARGS, NULL},
    {"read", mmap_read, METH_VARARGS, NULL},
    {"read_byte", mmap_read_byte, METH_NOARGS, NULL},
    {"readline", mmap_readline, METH_NOARGS, NULL},
    {"resize", mmap_resize, METH_VARARGS, NULL},
    {"seek", mmap_seek, METH_VARARGS, NULL},
    {"size", mmap_size, METH_NOARGS, NULL},
    {"tell", mmap_tell, METH_NOARGS, NULL},
    {"write", mmap_write, METH_VARARGS, NULL},
    {"write_byte", mmap_write_byte, METH_VARARGS, NULL},
    {"__enter__", mmap_enter, METH_NOARGS, NULL},
    {"__exit__", mmap_exit, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef mmap_getset[] = {
    {"closed", mmap_closed_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject mmap_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "mmap.mmap",
    .tp_basicsize = sizeof(mmap_object),
    .tp_dealloc = mmap_dealloc,
    .tp_repr = mmap_repr,
    .tp_as_sequence = &mmap_as_sequence,
    .tp_as_mapping = &mmap_as_mapping,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_as_buffer = &mmap_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\n"
              "Maps length bytes from the file specified by the file handle fileno,\n"
              "and returns a mmap object.  If length is larger than the current size\n"
              "of the file, the file is extended to contain length bytes.  If length\n"
              "is 0, the maximum length of the map is the current size of the file,\n"
              "except that if the file is empty Windows raises an exception (you cannot\n"
              "create an empty mapping on Windows).\n\n"
              "Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n"
              "Maps length bytes from the file specified by the file descriptor fileno,\n"
              "and returns a mmap object.  If length is 0, the maximum length of the map\n"
              "will be the current size of the file when mmap is called.\n"
              "flags specifies the nature of the mapping. MAP_PRIVATE creates a\n"
              "private copy-on-write mapping, so changes to the contents of the mmap\n"
              "object will be private to this process, and MAP_SHARED creates a mapping\n"
              "that's shared with all other processes mapping the same areas of the file.\n"
              "The default value is MAP_SHARED.\n\n"
              "To map anonymous memory, pass -1 as the fileno (both versions).",
    .tp_weaklistoffset = offsetof(mmap_object, weakreflist),
    .tp_methods = mmap_methods,
    .tp_getset = mmap_getset,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = mmap_new,
    .tp_free = PyObject_Del,
};

static struct PyModuleDef mmap_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "mmap",
    .m_size = -1,
};

PyObject *
PyInit_mmap(void)
{
    if (PyType_Ready(&mmap_type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&mmap_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "mmap", (PyObject *)&mmap_type) < 0)
        goto error;
    long page = sysconf(_SC_PAGESIZE);
#define C(name) {#name, name}
    const struct { const char *name; long value; } consts[] = {
        C(PROT_EXEC), C(PROT_READ), C(PROT_WRITE),
        C(MAP_SHARED), C(MAP_PRIVATE), C(MAP_DENYWRITE), C(MAP_EXECUTABLE),
        {"MAP_ANON", MAP_ANONYMOUS}, C(MAP_ANONYMOUS), C(MAP_POPULATE), C(MAP_STACK),
        {"PAGESIZE", page}, {"ALLOCATIONGRANULARITY", page},
        C(ACCESS_DEFAULT), C(ACCESS_READ), C(ACCESS_WRITE), C(ACCESS_COPY),
        C(MADV_NORMAL), C(MADV_RANDOM), C(MADV_SEQUENTIAL), C(MADV_WILLNEED),
        C(MADV_DONTNEED), C(MADV_REMOVE), C(MADV_DONTFORK), C(MADV_DOFORK),
        C(MADV_HWPOISON), C(MADV_MERGEABLE), C(MADV_UNMERGEABLE), C(MADV_HUGEPAGE),
        C(MADV_NOHUGEPAGE), C(MADV_DONTDUMP), C(MADV_DODUMP), C(MADV_FREE),
    };
#undef C
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
        if (PyModule_AddIntConstant(m, consts[i].name, consts[i].value) < 0)
            goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
