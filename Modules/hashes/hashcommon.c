/* The parts of the message-digest modules that do not depend on the
 * algorithm (see hashcommon.h).
 *
 * The buffer rules are CPython's: str is refused with "Strings must be
 * encoded before hashing", other objects must export a one-dimensional,
 * C-contiguous buffer.  An update of 2 KiB or more releases the
 * interpreter while it hashes, so other threads run meanwhile; the
 * object then gets a lock, which every later access to its state takes.
 * Below that size the hand-off would cost more than the hashing. */
#include "hashcommon.h"
#include "structmember.h"

#define HASH_GIL_MINSIZE 2048

#define STATE(h) ((void *)(h)->state)

/* Take the object's lock if it has one, waiting without the
 * interpreter when another thread holds it. */
static void
hash_enter(KrHashObject *h)
{
    if (h->lock != NULL && !PyThread_acquire_lock(h->lock, 0)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(h->lock, 1);
        Py_END_ALLOW_THREADS
    }
}

static void
hash_leave(KrHashObject *h)
{
    if (h->lock != NULL)
        PyThread_release_lock(h->lock);
}

int
_KrHash_GetBuffer(PyObject *obj, Py_buffer *view)
{
    if (PyUnicode_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!PyObject_CheckBuffer(obj)) {
        PyErr_SetString(PyExc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    if (PyObject_GetBuffer(obj, view, PyBUF_SIMPLE) < 0)
        return -1;
    if (view->ndim > 1) {
        PyErr_SetString(PyExc_BufferError, "Buffer must be single dimension");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

int
_KrHash_Update(KrHashObject *h, PyObject *data)
{
    Py_buffer view;
    if (_KrHash_GetBuffer(data, &view) < 0)
        return -1;
    const unsigned char *p = view.buf;
    size_t len = (size_t)view.len;
    if (h->lock == NULL && len >= HASH_GIL_MINSIZE)
        h->lock = PyThread_allocate_lock(); /* none: hash with the interpreter held */
    if (h->lock != NULL) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(h->lock, 1);
        h->algo->update(STATE(h), p, len);
        PyThread_release_lock(h->lock);
        Py_END_ALLOW_THREADS
    }
    else
        h->algo->update(STATE(h), p, len);
    PyBuffer_Release(&view);
    return 0;
}

KrHashObject *
_KrHash_Alloc(PyTypeObject *type, const KrHashAlgo *algo)
{
    KrHashObject *h = PyObject_New(KrHashObject, type);
    if (h == NULL)
        return NULL;
    h->algo = algo;
    h->lock = NULL;
    h->digest_size = algo->digest_size;
    return h;
}

PyObject *
_KrHash_New(PyTypeObject *type, const KrHashAlgo *algo, PyObject *data)
{
    /* check the data before making anything */
    if (data != NULL) {
        Py_buffer view;
        if (_KrHash_GetBuffer(data, &view) < 0)
            return NULL;
        PyBuffer_Release(&view);
    }
    KrHashObject *h = _KrHash_Alloc(type, algo);
    if (h == NULL)
        return NULL;
    algo->init(STATE(h));
    if (data != NULL && _KrHash_Update(h, data) < 0) {
        Py_DECREF(h);
        return NULL;
    }
    return (PyObject *)h;
}

void
_KrHash_dealloc(PyObject *op)
{
    KrHashObject *h = (KrHashObject *)op;
    if (h->lock != NULL)
        PyThread_free_lock(h->lock);
    PyObject_Free(op);
}

PyObject *
_KrHash_Copy(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    KrHashObject *h = (KrHashObject *)op;
    KrHashObject *c = PyObject_New(KrHashObject, Py_TYPE(op));
    if (c == NULL)
        return NULL;
    c->algo = h->algo;
    c->lock = NULL;
    c->digest_size = h->digest_size;
    hash_enter(h);
    memcpy(STATE(c), STATE(h), h->algo->state_size);
    hash_leave(h);
    return (PyObject *)c;
}

void
_KrHash_SnapshotState(KrHashObject *h, void *scratch)
{
    hash_enter(h);
    memcpy(scratch, STATE(h), h->algo->state_size);
    hash_leave(h);
}

/* The digest of what was fed so far; the object goes on unchanged. */
static void
compute_digest(KrHashObject *h, unsigned char *out)
{
    uint64_t scratch[KR_HASH_MAX_STATE / 8];
    _KrHash_SnapshotState(h, scratch);
    h->algo->final(scratch, out);
}

static PyObject *
hash_digest(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    KrHashObject *h = (KrHashObject *)op;
    unsigned char out[KR_HASH_MAX_DIGEST];
    compute_digest(h, out);
    return PyBytes_FromStringAndSize((const char *)out, h->algo->digest_size);
}

PyObject *
_KrHash_Hex(const unsigned char *bytes, Py_ssize_t n)
{
    static const char digits[] = "0123456789abcdef";
    PyObject *s = PyUnicode_New(2 * n, 127);
    if (s == NULL)
        return NULL;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(s);
    for (Py_ssize_t i = 0; i < n; i++) {
        out[2 * i] = (Py_UCS1)digits[bytes[i] >> 4];
        out[2 * i + 1] = (Py_UCS1)digits[bytes[i] & 15];
    }
    return s;
}

static PyObject *
hash_hexdigest(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    KrHashObject *h = (KrHashObject *)op;
    unsigned char out[KR_HASH_MAX_DIGEST];
    compute_digest(h, out);
    return _KrHash_Hex(out, h->algo->digest_size);
}

static PyObject *
hash_update_method(PyObject *op, PyObject *data)
{
    if (_KrHash_Update((KrHashObject *)op, data) < 0)
        return NULL;
    Py_RETURN_NONE;
}

PyMethodDef _KrHash_methods[] = {
    {"copy", _KrHash_Copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a copy of the hash object."},
    {"digest", hash_digest, METH_NOARGS,
     "digest($self, /)\n--\n\nReturn the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, METH_NOARGS,
     "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits."},
    {"update", hash_update_method, METH_O,
     "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string."},
    {NULL, NULL, 0, NULL}};

static PyObject *
hash_get_name(PyObject *op, void *closure)
{
    return PyUnicode_FromString(((KrHashObject *)op)->algo->name);
}

static PyObject *
hash_get_block_size(PyObject *op, void *closure)
{
    return PyLong_FromLong(((KrHashObject *)op)->algo->block_size);
}

static PyObject *
hash_get_digest_size(PyObject *op, void *closure)
{
    return PyLong_FromLong(((KrHashObject *)op)->algo->digest_size);
}

PyGetSetDef _KrHash_getset[] = {
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {"name", hash_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

PyGetSetDef _KrHash_getset_with_digest_size[] = {
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {"name", hash_get_name, NULL, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

PyMemberDef _KrHash_members[] = {
    {"digest_size", T_INT, offsetof(KrHashObject, digest_size), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};
