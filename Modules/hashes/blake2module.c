/* The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) for hashlib, with
 * the keyed, salted, personalised and tree-hashing modes CPython's
 * module offers.
 *
 * One implementation serves both variants through a macro: BLAKE2b works
 * on 64-bit words in 128-byte blocks over 12 rounds, BLAKE2s on 32-bit
 * words in 64-byte blocks over 10 rounds; their initial values are
 * SHA-512's and SHA-256's.  The parameters (digest and key length,
 * fanout, depth, leaf size, node offset and depth, inner size, salt and
 * personalisation) form a parameter block XORed into the initial state;
 * a key is hashed first as a zero-padded block of its own.  The last
 * block is held back until the digest is asked for, because it has to be
 * compressed with the "final" flag (and, for the last node of a tree
 * level, the last-node flag).
 *
 * The checks on the arguments, their order and their messages are
 * CPython's. */
#include "hashcommon.h"

static const unsigned char SIGMA[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

static const uint64_t IV64[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t IV32[8] = {
    0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
    0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U,
};

static inline uint64_t load64le(const unsigned char *p)
{
    return (uint64_t)kr_load32le(p) | (uint64_t)kr_load32le(p + 4) << 32;
}

/* One variant: NAME, word type, bytes per block, rounds, the four
 * rotations, the initial values, the word loader. */
#define BLAKE2_VARIANT(NAME, WORD, BLOCK, ROUNDS, R1, R2, R3, R4, IV, LOAD)                  \
    typedef struct {                                                                        \
        WORD h[8];                                                                          \
        WORD t[2];         /* bytes compressed so far, as a double word */                  \
        unsigned char buf[BLOCK];                                                           \
        size_t fill;                                                                        \
        int outlen;                                                                         \
        int last_node;                                                                      \
    } NAME##_state;                                                                         \
                                                                                            \
    static inline WORD NAME##_rotr(WORD x, int n)                                           \
    {                                                                                       \
        return (x >> n) | (x << (8 * sizeof(WORD) - n));                                    \
    }                                                                                       \
                                                                                            \
    static void NAME##_compress(NAME##_state *s, const unsigned char *block, int final)    \
    {                                                                                       \
        WORD m[16], v[16];                                                                  \
        for (int i = 0; i < 16; i++)                                                        \
            m[i] = LOAD(block + i * sizeof(WORD));                                          \
        for (int i = 0; i < 8; i++) {                                                       \
            v[i] = s->h[i];                                                                 \
            v[i + 8] = IV[i];                                                               \
        }                                                                                   \
        v[12] ^= s->t[0];                                                                   \
        v[13] ^= s->t[1];                                                                   \
        if (final) {                                                                        \
            v[14] = ~v[14];                                                                 \
            if (s->last_node)                                                               \
                v[15] = ~v[15];                                                             \
        }                                                                                   \
        for (int r = 0; r < ROUNDS; r++) {                                                  \
            const unsigned char *sg = SIGMA[r % 10];                                        \
            static const unsigned char lanes[8][4] = {                                      \
                {0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},               \
                {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}};              \
            for (int g = 0; g < 8; g++) {                                                   \
                int a = lanes[g][0], b = lanes[g][1], c = lanes[g][2], d = lanes[g][3];     \
                v[a] = v[a] + v[b] + m[sg[2 * g]];                                          \
                v[d] = NAME##_rotr(v[d] ^ v[a], R1);                                        \
                v[c] = v[c] + v[d];                                                         \
                v[b] = NAME##_rotr(v[b] ^ v[c], R2);                                        \
                v[a] = v[a] + v[b] + m[sg[2 * g + 1]];                                      \
                v[d] = NAME##_rotr(v[d] ^ v[a], R3);                                        \
                v[c] = v[c] + v[d];                                                         \
                v[b] = NAME##_rotr(v[b] ^ v[c], R4);                                        \
            }                                                                               \
        }                                                                                   \
        for (int i = 0; i < 8; i++)                                                         \
            s->h[i] ^= v[i] ^ v[i + 8];                                                     \
    }                                                                                       \
                                                                                            \
    static void NAME##_count(NAME##_state *s, size_t n)                                     \
    {                                                                                       \
        s->t[0] += (WORD)n;                                                                 \
        if (s->t[0] < (WORD)n)                                                              \
            s->t[1]++;                                                                      \
    }                                                                                       \
                                                                                            \
    /* a full buffer is compressed only once more data follows it */                       \
    static void NAME##_update(void *st, const unsigned char *data, size_t len)              \
    {                                                                                       \
        NAME##_state *s = st;                                                               \
        while (len > 0) {                                                                   \
            if (s->fill == BLOCK) {                                                         \
                NAME##_count(s, BLOCK);                                                     \
                NAME##_compress(s, s->buf, 0);                                              \
                s->fill = 0;                                                                \
            }                                                                               \
            size_t take = BLOCK - s->fill < len ? BLOCK - s->fill : len;                    \
            memcpy(s->buf + s->fill, data, take);                                           \
            s->fill += take;                                                                \
            data += take;                                                                   \
            len -= take;                                                                    \
        }                                                                                   \
    }                                                                                       \
                                                                                            \
    static void NAME##_final(void *st, unsigned char *out)                                  \
    {                                                                                       \
        NAME##_state *s = st;                                                               \
        NAME##_count(s, s->fill);                                                           \
        memset(s->buf + s->fill, 0, BLOCK - s->fill);                                       \
        NAME##_compress(s, s->buf, 1);                                                      \
        unsigned char full[8 * sizeof(WORD)];                                               \
        for (int i = 0; i < 8; i++)                                                         \
            for (size_t j = 0; j < sizeof(WORD); j++)                                       \
                full[i * sizeof(WORD) + j] = (unsigned char)(s->h[i] >> (8 * j));           \
        memcpy(out, full, (size_t)s->outlen);                                               \
    }                                                                                       \
                                                                                            \
    /* The state from a parameter block of 8 words. */                                      \
    static void NAME##_init_param(NAME##_state *s, const unsigned char *param, int outlen,  \
                                  int last_node)                                            \
    {                                                                                       \
        for (int i = 0; i < 8; i++)                                                         \
            s->h[i] = IV[i] ^ LOAD(param + i * sizeof(WORD));                               \
        s->t[0] = s->t[1] = 0;                                                              \
        s->fill = 0;                                                                        \
        s->outlen = outlen;                                                                 \
        s->last_node = last_node;                                                           \
    }

BLAKE2_VARIANT(blake2b, uint64_t, 128, 12, 32, 24, 16, 63, IV64, load64le)
BLAKE2_VARIANT(blake2s, uint32_t, 64, 10, 16, 12, 8, 7, IV32, kr_load32le)
_Static_assert(sizeof(blake2b_state) <= KR_HASH_MAX_STATE, "digest() copies the state to the stack");

/* The object's own init is never called: the constructor sets the
 * parameters. */
static void
no_init(void *st)
{
    (void)st;
}

static const KrHashAlgo blake2b_algo = {"blake2b", 64, 128, sizeof(blake2b_state), no_init,
                                        blake2b_update, blake2b_final};
static const KrHashAlgo blake2s_algo = {"blake2s", 32, 64, sizeof(blake2s_state), no_init,
                                        blake2s_update, blake2s_final};

/* Sizes of each variant, for the checks and the constants. */
typedef struct {
    const KrHashAlgo *algo;
    int outbytes, keybytes, saltbytes, personbytes;
    int param_size;  /* bytes of the parameter block */
    int salt_at, person_at, node_offset_bytes;
    unsigned long long max_node_offset;
} variant;

static const variant B2B = {&blake2b_algo, 64, 64, 16, 16, 64, 32, 48, 8, 0xffffffffffffffffULL};
static const variant B2S = {&blake2s_algo, 32, 32, 8, 8, 32, 16, 24, 6, 0xffffffffffffULL};

static PyTypeObject Blake2b_Type, Blake2s_Type;

/* unsigned long and unsigned long long arguments, as CPython converts
 * them */
static int
ulong_converter(PyObject *obj, void *out)
{
    if (PyLong_Check(obj) && _PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 0;
    }
    unsigned long v = PyLong_AsUnsignedLong(obj);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return 0;
    *(unsigned long *)out = v;
    return 1;
}

static int
ulonglong_converter(PyObject *obj, void *out)
{
    if (PyLong_Check(obj) && _PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 0;
    }
    if (PyLong_Check(obj) && _PyLong_NumBits(obj) > 64) {
        PyErr_SetString(PyExc_OverflowError, "int too big to convert");
        return 0;
    }
    unsigned long long v = PyLong_AsUnsignedLongLong(obj);
    if (v == (unsigned long long)-1 && PyErr_Occurred())
        return 0;
    *(unsigned long long *)out = v;
    return 1;
}

/* key, salt and person: any buffer, with the plain buffer-protocol
 * message, as CPython's Py_buffer converter gives */
static int
buffer_converter(PyObject *obj, void *out)
{
    return PyObject_GetBuffer(obj, (Py_buffer *)out, PyBUF_SIMPLE) < 0 ? 0 : 1;
}

static PyObject *
blake2_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    const variant *var = PyType_IsSubtype(type, &Blake2s_Type) ? &B2S : &B2B;
    static char *kwlist[] = {"", "digest_size", "key", "salt", "person", "fanout", "depth",
                             "leaf_size", "node_offset", "node_depth", "inner_size",
                             "last_node", "usedforsecurity", NULL};
    PyObject *data = NULL;
    int digest_size = var->outbytes, fanout = 1, depth = 1, node_depth = 0, inner_size = 0;
    int last_node = 0, usedforsecurity = 1;
    unsigned long leaf_size = 0;
    unsigned long long node_offset = 0;
    Py_buffer key = {NULL, NULL}, salt = {NULL, NULL}, person = {NULL, NULL};
    const char *fmt = var == &B2S ? "|O$iO&O&O&iiO&O&iipp:blake2s" : "|O$iO&O&O&iiO&O&iipp:blake2b";
    if (!PyArg_ParseTupleAndKeywords(args, kwds, fmt, kwlist, &data, &digest_size, buffer_converter,
                                     &key, buffer_converter, &salt, buffer_converter, &person,
                                     &fanout, &depth, ulong_converter, &leaf_size,
                                     ulonglong_converter, &node_offset, &node_depth, &inner_size,
                                     &last_node, &usedforsecurity))
        return NULL;
    PyObject *result = NULL;
    KrHashObject *h = NULL;
    unsigned char param[64] = {0};
    if (digest_size <= 0 || digest_size > var->outbytes) {
        PyErr_Format(PyExc_ValueError, "digest_size must be between 1 and %d bytes", var->outbytes);
        goto done;
    }
    param[0] = (unsigned char)digest_size;
    if (salt.obj != NULL && salt.len) {
        if (salt.len > var->saltbytes) {
            PyErr_Format(PyExc_ValueError, "maximum salt length is %d bytes", var->saltbytes);
            goto done;
        }
        memcpy(param + var->salt_at, salt.buf, (size_t)salt.len);
    }
    if (person.obj != NULL && person.len) {
        if (person.len > var->personbytes) {
            PyErr_Format(PyExc_ValueError, "maximum person length is %d bytes", var->personbytes);
            goto done;
        }
        memcpy(param + var->person_at, person.buf, (size_t)person.len);
    }
    if (fanout < 0 || fanout > 255) {
        PyErr_SetString(PyExc_ValueError, "fanout must be between 0 and 255");
        goto done;
    }
    param[2] = (unsigned char)fanout;
    if (depth <= 0 || depth > 255) {
        PyErr_SetString(PyExc_ValueError, "depth must be between 1 and 255");
        goto done;
    }
    param[3] = (unsigned char)depth;
    if (leaf_size > 0xffffffffUL) {
        PyErr_SetString(PyExc_OverflowError, "leaf_size is too large");
        goto done;
    }
    kr_store32le(param + 4, (uint32_t)leaf_size);
    if (node_offset > var->max_node_offset) {
        PyErr_SetString(PyExc_OverflowError, "node_offset is too large");
        goto done;
    }
    for (int i = 0; i < var->node_offset_bytes; i++)
        param[8 + i] = (unsigned char)(node_offset >> (8 * i));
    if (node_depth < 0 || node_depth > 255) {
        PyErr_SetString(PyExc_ValueError, "node_depth must be between 0 and 255");
        goto done;
    }
    param[8 + var->node_offset_bytes] = (unsigned char)node_depth;
    if (inner_size < 0 || inner_size > var->outbytes) {
        PyErr_Format(PyExc_ValueError, "inner_size must be between 0 and is %d", var->outbytes);
        goto done;
    }
    param[9 + var->node_offset_bytes] = (unsigned char)inner_size;
    if (key.obj != NULL && key.len) {
        if (key.len > var->keybytes) {
            PyErr_Format(PyExc_ValueError, "maximum key length is %d bytes", var->keybytes);
            goto done;
        }
        param[1] = (unsigned char)key.len;
    }
    if (data != NULL) {
        Py_buffer view;
        if (_KrHash_GetBuffer(data, &view) < 0)
            goto done;
        PyBuffer_Release(&view);
    }
    h = _KrHash_Alloc(type, var->algo);
    if (h == NULL)
        goto done;
    h->digest_size = digest_size;
    if (var == &B2S)
        blake2s_init_param((blake2s_state *)h->state, param, digest_size, last_node);
    else
        blake2b_init_param((blake2b_state *)h->state, param, digest_size, last_node);
    if (param[1]) {
        unsigned char block[128] = {0};
        memcpy(block, key.buf, (size_t)key.len);
        var->algo->update(h->state, block, (size_t)var->algo->block_size);
    }
    if (data != NULL && _KrHash_Update(h, data) < 0)
        goto done;
    result = (PyObject *)h;
    h = NULL;
done:
    Py_XDECREF(h);
    if (key.obj)
        PyBuffer_Release(&key);
    if (salt.obj)
        PyBuffer_Release(&salt);
    if (person.obj)
        PyBuffer_Release(&person);
    return result;
}

static PyObject *
blake2_digest(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    KrHashObject *h = (KrHashObject *)op;
    uint64_t scratch[KR_HASH_MAX_STATE / 8];
    unsigned char out[KR_HASH_MAX_DIGEST];
    _KrHash_SnapshotState(h, scratch);
    h->algo->final(scratch, out);
    return PyBytes_FromStringAndSize((const char *)out, h->digest_size);
}

static PyObject *
blake2_hexdigest(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    KrHashObject *h = (KrHashObject *)op;
    uint64_t scratch[KR_HASH_MAX_STATE / 8];
    unsigned char out[KR_HASH_MAX_DIGEST];
    _KrHash_SnapshotState(h, scratch);
    h->algo->final(scratch, out);
    return _KrHash_Hex(out, h->digest_size);
}

static PyObject *
blake2_update(PyObject *op, PyObject *data)
{
    if (_KrHash_Update((KrHashObject *)op, data) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef blake2_methods[] = {
    {"copy", _KrHash_Copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a copy of the hash object."},
    {"digest", blake2_digest, METH_NOARGS,
     "digest($self, /)\n--\n\nReturn the digest value as a bytes object."},
    {"hexdigest", blake2_hexdigest, METH_NOARGS,
     "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits."},
    {"update", blake2_update, METH_O,
     "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object."},
    {NULL, NULL, 0, NULL}};

static PyObject *
get_name(PyObject *op, void *c)
{
    return PyUnicode_FromString(((KrHashObject *)op)->algo->name);
}

static PyObject *
get_block_size(PyObject *op, void *c)
{
    return PyLong_FromLong(((KrHashObject *)op)->algo->block_size);
}

static PyObject *
get_digest_size(PyObject *op, void *c)
{
    return PyLong_FromLong(((KrHashObject *)op)->digest_size);
}

static PyGetSetDef blake2_getset[] = {
    {"block_size", get_block_size, NULL, NULL, NULL},
    {"name", get_name, NULL, NULL, NULL},
    {"digest_size", get_digest_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

#define BLAKE2_SIG(name)                                                                  \
    name "(data=b'', /, *, digest_size=_blake2." name ".MAX_DIGEST_SIZE,\n"               \
         "        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n"       \
         "        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n"          \
         "        usedforsecurity=True)\n--\n\n"

static PyTypeObject Blake2b_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_blake2.blake2b",
    .tp_basicsize = KR_HASH_BASICSIZE(blake2b_state),
    .tp_dealloc = _KrHash_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = BLAKE2_SIG("blake2b") "Return a new BLAKE2b hash object.",
    .tp_methods = blake2_methods,
    .tp_getset = blake2_getset,
    .tp_new = blake2_new,
};

static PyTypeObject Blake2s_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_blake2.blake2s",
    .tp_basicsize = KR_HASH_BASICSIZE(blake2s_state),
    .tp_dealloc = _KrHash_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = BLAKE2_SIG("blake2s") "Return a new BLAKE2s hash object.",
    .tp_methods = blake2_methods,
    .tp_getset = blake2_getset,
    .tp_new = blake2_new,
};

/* MAX_DIGEST_SIZE and friends, on the type and (prefixed) on the module */
static int
add_constants(PyObject *m, PyTypeObject *type, const variant *v, const char *prefix)
{
    const char *names[4] = {"SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"};
    int values[4] = {v->saltbytes, v->personbytes, v->keybytes, v->outbytes};
    for (int i = 0; i < 4; i++) {
        PyObject *n = PyLong_FromLong(values[i]);
        if (n == NULL)
            return -1;
        int r = PyDict_SetItemString(type->tp_dict, names[i], n);
        Py_DECREF(n);
        if (r < 0)
            return -1;
        char full[64];
        snprintf(full, sizeof full, "%s_%s", prefix, names[i]);
        if (PyModule_AddIntConstant(m, full, values[i]) < 0)
            return -1;
    }
    PyType_Modified(type);
    return 0;
}

static struct PyModuleDef blake2module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_blake2",
    .m_doc = "_blake2b provides BLAKE2b for hashlib\n",
    .m_size = -1,
};

PyObject *
PyInit__blake2(void)
{
    if (PyType_Ready(&Blake2b_Type) < 0 || PyType_Ready(&Blake2s_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&blake2module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "blake2b", (PyObject *)&Blake2b_Type) < 0 ||
        PyModule_AddObjectRef(m, "blake2s", (PyObject *)&Blake2s_Type) < 0 ||
        add_constants(m, &Blake2b_Type, &B2B, "BLAKE2B") < 0 ||
        add_constants(m, &Blake2s_Type, &B2S, "BLAKE2S") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
