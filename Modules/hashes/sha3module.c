/* The _sha3 module: SHA-3 and SHAKE (FIPS 202) for hashlib.
 *
 * All six are the Keccak-f[1600] sponge: a state of 25 64-bit lanes,
 * into which input is XORed `rate` bytes at a time (little-endian lanes)
 * with a permutation after each full block.  They differ only in the
 * rate (200 bytes minus twice the security strength), in the domain
 * suffix that starts the padding (0x06 for SHA-3, 0x1f for SHAKE) and in
 * how much output is squeezed: a fixed digest, or as much as asked for.
 *
 * The permutation's constants are computed once from their definitions
 * (the rotation offsets from the (x, y) -> (y, 2x + 3y) walk, the round
 * constants from the degree-8 LFSR) instead of being tabulated.
 *
 * The types are their own constructors (sha3_256(data)), and CPython
 * 3.11 names every one of them "sha3_224" in its argument errors; that
 * quirk is kept. */
#include "hashcommon.h"

typedef struct {
    uint64_t lanes[25];
    unsigned int rate;  /* bytes absorbed per permutation */
    unsigned int pos;   /* bytes absorbed into the current block */
    unsigned char suffix;
} keccak_state;

static uint64_t round_constants[24];
_Static_assert(sizeof(keccak_state) <= KR_HASH_MAX_STATE, "digest() copies the state to the stack");
static unsigned char rotation[25]; /* by lane index x + 5y */

static void
keccak_tables(void)
{
    /* rotations: lane (1, 0) first, then along the walk */
    int x = 1, y = 0;
    rotation[0] = 0;
    for (int t = 0; t < 24; t++) {
        rotation[x + 5 * y] = (unsigned char)(((t + 1) * (t + 2) / 2) % 64);
        int nx = y, ny = (2 * x + 3 * y) % 5;
        x = nx;
        y = ny;
    }
    /* round constants: bit 2^j - 1 of round i is LFSR output 7i + j */
    unsigned int r = 1;
    for (int i = 0; i < 24; i++) {
        uint64_t rc = 0;
        for (int j = 0; j < 7; j++) {
            if (r & 1)
                rc |= (uint64_t)1 << ((1 << j) - 1);
            r = (r & 0x80) ? ((r << 1) ^ 0x171) : (r << 1);
        }
        round_constants[i] = rc;
    }
}

static inline uint64_t
rotl64(uint64_t v, int n)
{
    return n == 0 ? v : (v << n) | (v >> (64 - n));
}

static void
keccak_f(uint64_t *a)
{
    for (int round = 0; round < 24; round++) {
        uint64_t c[5], d[5], b[25];
        for (int x = 0; x < 5; x++)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; x++)
            d[x] = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1);
        for (int i = 0; i < 25; i++)
            a[i] ^= d[i % 5];
        /* rho and pi: lane (x, y) moves to (y, 2x + 3y) */
        for (int x = 0; x < 5; x++)
            for (int y = 0; y < 5; y++)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], rotation[x + 5 * y]);
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 5; x++)
                a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
        a[0] ^= round_constants[round];
    }
}

static inline void
xor_byte(keccak_state *s, unsigned int i, unsigned char v)
{
    s->lanes[i / 8] ^= (uint64_t)v << (8 * (i % 8));
}

static void
keccak_absorb(void *st, const unsigned char *data, size_t len)
{
    keccak_state *s = st;
    for (size_t i = 0; i < len; i++) {
        xor_byte(s, s->pos++, data[i]);
        if (s->pos == s->rate) {
            keccak_f(s->lanes);
            s->pos = 0;
        }
    }
}

/* Pad, then squeeze n bytes; the state is spent. */
static void
keccak_squeeze(keccak_state *s, unsigned char *out, size_t n)
{
    xor_byte(s, s->pos, s->suffix);
    xor_byte(s, s->rate - 1, 0x80);
    keccak_f(s->lanes);
    for (size_t done = 0; done < n;) {
        for (unsigned int i = 0; i < s->rate && done < n; i++, done++)
            out[done] = (unsigned char)(s->lanes[i / 8] >> (8 * (i % 8)));
        if (done < n)
            keccak_f(s->lanes);
    }
}

#define SPONGE_INIT(fname, bytes, sfx)                                      \
    static void fname(void *st)                                             \
    {                                                                       \
        keccak_state *s = st;                                               \
        memset(s->lanes, 0, sizeof s->lanes);                               \
        s->rate = 200 - 2 * (bytes);                                        \
        s->pos = 0;                                                         \
        s->suffix = (sfx);                                                  \
    }
SPONGE_INIT(sha3_224_init, 28, 0x06)
SPONGE_INIT(sha3_256_init, 32, 0x06)
SPONGE_INIT(sha3_384_init, 48, 0x06)
SPONGE_INIT(sha3_512_init, 64, 0x06)
SPONGE_INIT(shake_128_init, 16, 0x1f)
SPONGE_INIT(shake_256_init, 32, 0x1f)

static void
sha3_final(void *st, unsigned char *out)
{
    keccak_state *s = st;
    keccak_squeeze(s, out, (200 - s->rate) / 2);
}

static const KrHashAlgo algos[6] = {
    {"sha3_224", 28, 144, sizeof(keccak_state), sha3_224_init, keccak_absorb, sha3_final},
    {"sha3_256", 32, 136, sizeof(keccak_state), sha3_256_init, keccak_absorb, sha3_final},
    {"sha3_384", 48, 104, sizeof(keccak_state), sha3_384_init, keccak_absorb, sha3_final},
    {"sha3_512", 64, 72, sizeof(keccak_state), sha3_512_init, keccak_absorb, sha3_final},
    {"shake_128", 0, 168, sizeof(keccak_state), shake_128_init, keccak_absorb, sha3_final},
    {"shake_256", 0, 136, sizeof(keccak_state), shake_256_init, keccak_absorb, sha3_final},
};

static PyTypeObject Sha3Types[6];

#define KSTATE(op) ((keccak_state *)((KrHashObject *)(op))->state)

static PyObject *
sha3_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"", "usedforsecurity", NULL};
    PyObject *data = NULL;
    int usedforsecurity = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O$p:sha3_224", kwlist, &data,
                                     &usedforsecurity))
        return NULL;
    for (int i = 0; i < 6; i++)
        if (type == &Sha3Types[i])
            return _KrHash_New(type, &algos[i], data);
    PyErr_SetString(PyExc_SystemError, "unknown SHA-3 type");
    return NULL;
}

static PyObject *
sha3_digest(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    keccak_state s;
    _KrHash_SnapshotState((KrHashObject *)op, &s);
    unsigned char out[KR_HASH_MAX_DIGEST];
    size_t n = (200 - s.rate) / 2;
    keccak_squeeze(&s, out, n);
    return PyBytes_FromStringAndSize((const char *)out, (Py_ssize_t)n);
}

static PyObject *
sha3_hexdigest(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    keccak_state s;
    _KrHash_SnapshotState((KrHashObject *)op, &s);
    unsigned char out[KR_HASH_MAX_DIGEST];
    size_t n = (200 - s.rate) / 2;
    keccak_squeeze(&s, out, n);
    return _KrHash_Hex(out, (Py_ssize_t)n);
}

static PyObject *
sha3_update(PyObject *op, PyObject *data)
{
    if (_KrHash_Update((KrHashObject *)op, data) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* SHAKE's output length: an unsigned long below 2**29, with CPython's
 * messages. */
static int
shake_length(PyObject *arg, size_t *n)
{
    if (PyLong_Check(arg) && _PyLong_Sign(arg) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return -1;
    }
    unsigned long v = PyLong_AsUnsignedLong(arg);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return -1;
    if (v >= (1UL << 29)) {
        PyErr_SetString(PyExc_ValueError, "length is too large");
        return -1;
    }
    *n = v;
    return 0;
}

static PyObject *
shake_output(PyObject *op, PyObject *arg, int hex)
{
    size_t n;
    if (shake_length(arg, &n) < 0)
        return NULL;
    unsigned char *out = PyMem_Malloc(n ? n : 1);
    if (out == NULL)
        return PyErr_NoMemory();
    keccak_state s;
    _KrHash_SnapshotState((KrHashObject *)op, &s);
    keccak_squeeze(&s, out, n);
    PyObject *r = hex ? _KrHash_Hex(out, (Py_ssize_t)n)
                      : PyBytes_FromStringAndSize((const char *)out, (Py_ssize_t)n);
    PyMem_Free(out);
    return r;
}

static PyObject *
shake_digest(PyObject *op, PyObject *arg)
{
    return shake_output(op, arg, 0);
}

static PyObject *
shake_hexdigest(PyObject *op, PyObject *arg)
{
    return shake_output(op, arg, 1);
}

#define COPY_DOC "copy($self, /)\n--\n\nReturn a copy of the hash object."
#define UPDATE_DOC \
    "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object."

static PyMethodDef sha3_methods[] = {
    {"copy", _KrHash_Copy, METH_NOARGS, COPY_DOC},
    {"digest", sha3_digest, METH_NOARGS,
     "digest($self, /)\n--\n\nReturn the digest value as a bytes object."},
    {"hexdigest", sha3_hexdigest, METH_NOARGS,
     "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits."},
    {"update", sha3_update, METH_O, UPDATE_DOC},
    {NULL, NULL, 0, NULL}};

static PyMethodDef shake_methods[] = {
    {"copy", _KrHash_Copy, METH_NOARGS, COPY_DOC},
    {"digest", shake_digest, METH_O,
     "digest($self, length, /)\n--\n\nReturn the digest value as a bytes object."},
    {"hexdigest", shake_hexdigest, METH_O,
     "hexdigest($self, length, /)\n--\n\nReturn the digest value as a string of hexadecimal digits."},
    {"update", sha3_update, METH_O, UPDATE_DOC},
    {NULL, NULL, 0, NULL}};

static PyObject *
get_name(PyObject *op, void *c)
{
    return PyUnicode_FromString(((KrHashObject *)op)->algo->name);
}

static PyObject *
get_block_size(PyObject *op, void *c)
{
    return PyLong_FromLong(KSTATE(op)->rate);
}

static PyObject *
get_digest_size(PyObject *op, void *c)
{
    return PyLong_FromLong(((KrHashObject *)op)->algo->digest_size);
}

static PyObject *
get_rate_bits(PyObject *op, void *c)
{
    return PyLong_FromLong(KSTATE(op)->rate * 8);
}

static PyObject *
get_capacity_bits(PyObject *op, void *c)
{
    return PyLong_FromLong(1600 - KSTATE(op)->rate * 8);
}

static PyObject *
get_suffix(PyObject *op, void *c)
{
    char sfx = (char)KSTATE(op)->suffix;
    return PyBytes_FromStringAndSize(&sfx, 1);
}

static PyGetSetDef sha3_getset[] = {
    {"block_size", get_block_size, NULL, NULL, NULL},
    {"name", get_name, NULL, NULL, NULL},
    {"digest_size", get_digest_size, NULL, NULL, NULL},
    {"_capacity_bits", get_capacity_bits, NULL, NULL, NULL},
    {"_rate_bits", get_rate_bits, NULL, NULL, NULL},
    {"_suffix", get_suffix, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

#define SHA3_TYPE(tname, doc, methods)                                      \
    {                                                                       \
        PyVarObject_HEAD_INIT(&PyType_Type, 0)                              \
        .tp_name = "_sha3." tname,                                          \
        .tp_basicsize = KR_HASH_BASICSIZE(keccak_state),                    \
        .tp_dealloc = _KrHash_dealloc,                                      \
        .tp_getattro = PyObject_GenericGetAttr,                             \
        .tp_flags = Py_TPFLAGS_DEFAULT,                                     \
        .tp_doc = tname "([data], *, usedforsecurity=True) -> " doc,        \
        .tp_methods = methods,                                              \
        .tp_getset = sha3_getset,                                           \
        .tp_new = sha3_new,                                                 \
    }
#define SHA3_DOC(n) "SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of " n " bytes."
#define SHAKE_DOC "SHAKE object\n\nReturn a new SHAKE hash object."

static PyTypeObject Sha3Types[6] = {
    SHA3_TYPE("sha3_224", SHA3_DOC("28"), sha3_methods),
    SHA3_TYPE("sha3_256", SHA3_DOC("32"), sha3_methods),
    SHA3_TYPE("sha3_384", SHA3_DOC("48"), sha3_methods),
    SHA3_TYPE("sha3_512", SHA3_DOC("64"), sha3_methods),
    SHA3_TYPE("shake_128", SHAKE_DOC, shake_methods),
    SHA3_TYPE("shake_256", SHAKE_DOC, shake_methods),
};

static struct PyModuleDef sha3module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_sha3",
    .m_size = -1,
};

PyObject *
PyInit__sha3(void)
{
    static int ready;
    if (!ready) {
        keccak_tables();
        for (int i = 0; i < 6; i++)
            if (PyType_Ready(&Sha3Types[i]) < 0)
                return NULL;
        ready = 1;
    }
    PyObject *m = PyModule_Create(&sha3module);
    if (m == NULL)
        return NULL;
    for (int i = 0; i < 6; i++)
        if (PyModule_AddObjectRef(m, algos[i].name, (PyObject *)&Sha3Types[i]) < 0)
            goto error;
    if (PyModule_AddStringConstant(m, "implementation", "tiny_sha3") < 0 ||
        PyModule_AddIntConstant(m, "keccakopt", 0) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
