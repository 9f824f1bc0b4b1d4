/* The _sha256 module: SHA-256 and SHA-224 (FIPS 180-4) for hashlib when
 * there is no OpenSSL.  SHA-224 is SHA-256 started from other initial
 * values, its digest cut to 28 bytes. */
#include "hashcommon.h"
#include "structmember.h"

typedef struct {
    uint32_t h[8];
    uint64_t length; /* bytes fed */
    size_t fill;
    unsigned char buf[64];
} sha256_state;

/* the first 32 bits of the fractional parts of the cube roots of the
 * first 64 primes */
static const uint32_t K[64] = {
    0x428a2f98U, 0x71374491U, 0xb5c0fbcfU, 0xe9b5dba5U, 0x3956c25bU, 0x59f111f1U,
    0x923f82a4U, 0xab1c5ed5U, 0xd807aa98U, 0x12835b01U, 0x243185beU, 0x550c7dc3U,
    0x72be5d74U, 0x80deb1feU, 0x9bdc06a7U, 0xc19bf174U, 0xe49b69c1U, 0xefbe4786U,
    0x0fc19dc6U, 0x240ca1ccU, 0x2de92c6fU, 0x4a7484aaU, 0x5cb0a9dcU, 0x76f988daU,
    0x983e5152U, 0xa831c66dU, 0xb00327c8U, 0xbf597fc7U, 0xc6e00bf3U, 0xd5a79147U,
    0x06ca6351U, 0x14292967U, 0x27b70a85U, 0x2e1b2138U, 0x4d2c6dfcU, 0x53380d13U,
    0x650a7354U, 0x766a0abbU, 0x81c2c92eU, 0x92722c85U, 0xa2bfe8a1U, 0xa81a664bU,
    0xc24b8b70U, 0xc76c51a3U, 0xd192e819U, 0xd6990624U, 0xf40e3585U, 0x106aa070U,
    0x19a4c116U, 0x1e376c08U, 0x2748774cU, 0x34b0bcb5U, 0x391c0cb3U, 0x4ed8aa4aU,
    0x5b9cca4fU, 0x682e6ff3U, 0x748f82eeU, 0x78a5636fU, 0x84c87814U, 0x8cc70208U,
    0x90befffaU, 0xa4506cebU, 0xbef9a3f7U, 0xc67178f2U,
};

static void
sha256_compress(void *st, const unsigned char *block)
{
    sha256_state *s = st;
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = kr_load32be(block + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = kr_rotr32(w[i - 15], 7) ^ kr_rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = kr_rotr32(w[i - 2], 17) ^ kr_rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
    uint32_t e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = kr_rotr32(e, 6) ^ kr_rotr32(e, 11) ^ kr_rotr32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = h + S1 + ch + K[i] + w[i];
        uint32_t S0 = kr_rotr32(a, 2) ^ kr_rotr32(a, 13) ^ kr_rotr32(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
    s->h[4] += e;
    s->h[5] += f;
    s->h[6] += g;
    s->h[7] += h;
}

static void
sha256_init(void *st)
{
    /* the fractional parts of the square roots of the first 8 primes */
    static const uint32_t iv[8] = {
    0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
    0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U,
    };
    sha256_state *s = st;
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->fill = 0;
}

static void
sha224_init(void *st)
{
    /* the low halves of SHA-384's initial values */
    static const uint32_t iv[8] = {
    0xc1059ed8U, 0x367cd507U, 0x3070dd17U, 0xf70e5939U,
    0xffc00b31U, 0x68581511U, 0x64f98fa7U, 0xbefa4fa4U,
    };
    sha256_state *s = st;
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->fill = 0;
}

static void
sha256_update(void *st, const unsigned char *data, size_t len)
{
    sha256_state *s = st;
    s->length += len;
    s->fill = kr_hash_feed(s, s->buf, s->fill, 64, sha256_compress, data, len);
}

/* the full 32 bytes; SHA-224 keeps the first 28 */
static void
sha256_final(void *st, unsigned char *out)
{
    sha256_state *s = st;
    uint64_t bits = s->length * 8;
    unsigned char pad[72] = {0x80};
    size_t padlen = (s->fill < 56 ? 56 : 120) - s->fill;
    kr_store64be(pad + padlen, bits);
    sha256_update(s, pad, padlen + 8);
    for (int i = 0; i < 8; i++)
        kr_store32be(out + 4 * i, s->h[i]);
}

static const KrHashAlgo sha256_algo = {"sha256", 32, 64, sizeof(sha256_state), sha256_init,
                                       sha256_update, sha256_final};
static const KrHashAlgo sha224_algo = {"sha224", 28, 64, sizeof(sha256_state), sha224_init,
                                       sha256_update, sha256_final};

static PyTypeObject SHA256_Type =
    KR_HASH_TYPE("_sha256.sha256", sha256_state, _KrHash_getset, _KrHash_members);

static PyTypeObject SHA224_Type =
    KR_HASH_TYPE("_sha256.sha224", sha256_state, _KrHash_getset, _KrHash_members);

KR_HASH_CONSTRUCTOR(sha256_new, "sha256", &SHA256_Type, &sha256_algo)

KR_HASH_CONSTRUCTOR(sha224_new, "sha224", &SHA224_Type, &sha224_algo)

static PyMethodDef sha256_methods[] = {
    {"sha256", (PyCFunction)(void (*)(void))sha256_new, METH_FASTCALL | METH_KEYWORDS,
     "sha256($module, /, string=b'', *, usedforsecurity=True)\n--\n\n"
     "Return a new SHA-256 hash object; optionally initialized with a string."},
    {"sha224", (PyCFunction)(void (*)(void))sha224_new, METH_FASTCALL | METH_KEYWORDS,
     "sha224($module, /, string=b'', *, usedforsecurity=True)\n--\n\n"
     "Return a new SHA-224 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef sha256module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_sha256",
    .m_size = -1,
    .m_methods = sha256_methods,
};

PyObject *
PyInit__sha256(void)
{
    if (PyType_Ready(&SHA256_Type) < 0 || PyType_Ready(&SHA224_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&sha256module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "SHA224Type", (PyObject *)&SHA224_Type) < 0 ||
        PyModule_AddObjectRef(m, "SHA256Type", (PyObject *)&SHA256_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
