/* The _sha1 module: SHA-1 (FIPS 180-4) for hashlib.sha1 when there is no
 * OpenSSL. */
#include "hashcommon.h"

typedef struct {
    uint32_t h[5];
    uint64_t length; /* bytes fed */
    size_t fill;
    unsigned char buf[64];
} sha1_state;

static void
sha1_compress(void *st, const unsigned char *block)
{
    sha1_state *s = st;
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = kr_load32be(block + 4 * i);
    for (int i = 16; i < 80; i++)
        w[i] = kr_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999U;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1U;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdcU;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6U;
        }
        uint32_t t = kr_rotl32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = kr_rotl32(b, 30);
        b = a;
        a = t;
    }
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
    s->h[4] += e;
}

static void
sha1_init(void *st)
{
    sha1_state *s = st;
    static const uint32_t iv[5] = {0x67452301U, 0xefcdab89U, 0x98badcfeU, 0x10325476U,
                                   0xc3d2e1f0U};
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->fill = 0;
}

static void
sha1_update(void *st, const unsigned char *data, size_t len)
{
    sha1_state *s = st;
    s->length += len;
    s->fill = kr_hash_feed(s, s->buf, s->fill, 64, sha1_compress, data, len);
}

static void
sha1_final(void *st, unsigned char *out)
{
    sha1_state *s = st;
    uint64_t bits = s->length * 8;
    unsigned char pad[72] = {0x80};
    size_t padlen = (s->fill < 56 ? 56 : 120) - s->fill;
    kr_store64be(pad + padlen, bits);
    sha1_update(s, pad, padlen + 8);
    for (int i = 0; i < 5; i++)
        kr_store32be(out + 4 * i, s->h[i]);
}

static const KrHashAlgo sha1_algo = {"sha1", 20, 64, sizeof(sha1_state), sha1_init, sha1_update,
                                     sha1_final};

static PyTypeObject SHA1_Type =
    KR_HASH_TYPE("_sha1.sha1", sha1_state, _KrHash_getset_with_digest_size, NULL);

KR_HASH_CONSTRUCTOR(sha1_new, "sha1", &SHA1_Type, &sha1_algo)

static PyMethodDef sha1_methods[] = {
    {"sha1", (PyCFunction)(void (*)(void))sha1_new, METH_FASTCALL | METH_KEYWORDS,
     "sha1($module, /, string=b'', *, usedforsecurity=True)\n--\n\n"
     "Return a new SHA1 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef sha1module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_sha1",
    .m_size = -1,
    .m_methods = sha1_methods,
};

PyObject *
PyInit__sha1(void)
{
    if (PyType_Ready(&SHA1_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&sha1module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "SHA1Type", (PyObject *)&SHA1_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
