/* What the message-digest modules (_md5, _sha1, _sha256, _sha512) share:
 * one object layout, the methods (update, digest, hexdigest, copy), the
 * attributes and the constructor's argument handling.  Each module
 * brings only its algorithm, as a KrHashAlgo, and its types. */
#ifndef KR_HASHCOMMON_H
#define KR_HASHCOMMON_H
#include "Python.h"

typedef struct {
    const char *name; /* hashlib's name: "md5", "sha256", ... */
    int digest_size;
    int block_size;
    size_t state_size;
    void (*init)(void *state);
    void (*update)(void *state, const unsigned char *data, size_t len);
    /* pads and writes the digest; the state is spent afterwards, so
     * digest() runs it on a copy */
    void (*final)(void *state, unsigned char *out);
} KrHashAlgo;

typedef struct {
    PyObject_HEAD
    const KrHashAlgo *algo;
    /* Made on the first large update: from then on every access to the
     * state holds it, so that an update running without the interpreter
     * is never seen half done. */
    PyThread_type_lock lock;
    int digest_size; /* for the digest_size member of the SHA-2 types */
    uint64_t state[]; /* the algorithm's state, algo->state_size bytes */
} KrHashObject;

#define KR_HASH_BASICSIZE(state_type) \
    ((Py_ssize_t)(offsetof(KrHashObject, state) + sizeof(state_type)))

/* Longest fixed digest of these modules (SHA-512, SHA3-512, BLAKE2b),
 * and a bound on the size of any algorithm's state. */
#define KR_HASH_MAX_DIGEST 64
#define KR_HASH_MAX_STATE 512

extern PyMethodDef _KrHash_methods[];
/* name and block_size; the other also has digest_size */
extern PyGetSetDef _KrHash_getset[];
extern PyGetSetDef _KrHash_getset_with_digest_size[];
extern PyMemberDef _KrHash_members[]; /* digest_size, a member as in CPython's SHA-2 */
void _KrHash_dealloc(PyObject *);

/* A new hash object of `type` fed with `data` (NULL: nothing). */
PyObject *_KrHash_New(PyTypeObject *type, const KrHashAlgo *algo, PyObject *data);
/* A hash object whose state the caller initialises. */
KrHashObject *_KrHash_Alloc(PyTypeObject *type, const KrHashAlgo *algo);
/* The buffer of a bytes-like object, with the hash modules' messages. */
int _KrHash_GetBuffer(PyObject *obj, Py_buffer *view);
/* Feed a bytes-like object; 0, or -1 with an exception. */
int _KrHash_Update(KrHashObject *h, PyObject *data);
/* A copy of the state, taken under the object's lock. */
void _KrHash_SnapshotState(KrHashObject *h, void *scratch);
PyObject *_KrHash_Copy(PyObject *op, PyObject *ignored);
/* Lower-case hex of n bytes, as a str. */
PyObject *_KrHash_Hex(const unsigned char *bytes, Py_ssize_t n);

/* A message-digest type: the shared layout and methods.  MD5 and SHA-1
 * give digest_size as a getset, SHA-2 as a member, as CPython's do. */
#define KR_HASH_TYPE(qualname, state_type, getset, members) { \
    PyVarObject_HEAD_INIT(&PyType_Type, 0) \
    .tp_name = qualname, \
    .tp_basicsize = KR_HASH_BASICSIZE(state_type), \
    .tp_dealloc = _KrHash_dealloc, \
    .tp_getattro = PyObject_GenericGetAttr, \
    .tp_flags = Py_TPFLAGS_DEFAULT, \
    .tp_methods = _KrHash_methods, \
    .tp_members = members, \
    .tp_getset = getset, \
}

/* The module function NAME(string=b'', *, usedforsecurity=True) that makes
 * one: `fn` is its C name, `pyname` a string literal. */
#define KR_HASH_CONSTRUCTOR(fn, pyname, type, algo) \
    static PyObject *fn(PyObject *module, PyObject *const *args, Py_ssize_t nargs, \
                        PyObject *kwnames) \
    { \
        static const char *const kwlist[] = {"string", "usedforsecurity", NULL}; \
        static _PyArg_Parser parser = {"|O$p:" pyname, kwlist, 0}; \
        PyObject *data = NULL; \
        int usedforsecurity = 1; \
        if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &data, \
                                          &usedforsecurity)) \
            return NULL; \
        return _KrHash_New(type, algo, data); \
    }

/* Big-endian and little-endian loads and stores. */
static inline uint32_t kr_load32be(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t kr_load32le(const unsigned char *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static inline uint64_t kr_load64be(const unsigned char *p)
{
    return (uint64_t)kr_load32be(p) << 32 | kr_load32be(p + 4);
}
static inline void kr_store32be(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}
static inline void kr_store32le(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}
static inline void kr_store64be(unsigned char *p, uint64_t v)
{
    kr_store32be(p, (uint32_t)(v >> 32));
    kr_store32be(p + 4, (uint32_t)v);
}
static inline uint32_t kr_rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t kr_rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t kr_rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

/* The block buffering all four algorithms share: whole blocks go to
 * `compress`, the rest waits in `buf`.  Returns the new fill. */
static inline size_t
kr_hash_feed(void *st, unsigned char *buf, size_t fill, size_t block,
             void (*compress)(void *, const unsigned char *), const unsigned char *data, size_t len)
{
    if (fill > 0) {
        size_t take = block - fill < len ? block - fill : len;
        memcpy(buf + fill, data, take);
        fill += take;
        data += take;
        len -= take;
        if (fill < block)
            return fill;
        compress(st, buf);
        fill = 0;
    }
    for (; len >= block; data += block, len -= block)
        compress(st, data);
    memcpy(buf, data, len);
    return len;
}
#endif
