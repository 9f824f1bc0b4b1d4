/* The _sha512 module: SHA-512 and SHA-384 (FIPS 180-4) for hashlib when
 * there is no OpenSSL, and for random.seed() of str and bytes, which
 * random.py hashes with sha512.  SHA-384 is SHA-512 started from other
 * initial values, its digest cut to 48 bytes. */
#include "hashcommon.h"
#include "structmember.h"

typedef struct {
    uint64_t h[8];
    uint64_t length; /* bytes fed (the 128-bit bit count is derived) */
    size_t fill;
    unsigned char buf[128];
} sha512_state;
_Static_assert(sizeof(sha512_state) <= KR_HASH_MAX_STATE, "digest() copies the state to the stack");

/* the first 64 bits of the fractional parts of the cube roots of the
 * first 80 primes */
static const uint64_t K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
    0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
    0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
    0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
    0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
    0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
    0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
    0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
    0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
    0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
    0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
    0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
    0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
    0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
    0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
    0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
    0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void
sha512_compress(void *st, const unsigned char *block)
{
    sha512_state *s = st;
    uint64_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = kr_load64be(block + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = kr_rotr64(w[i - 15], 1) ^ kr_rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = kr_rotr64(w[i - 2], 19) ^ kr_rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
    uint64_t e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = kr_rotr64(e, 14) ^ kr_rotr64(e, 18) ^ kr_rotr64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = h + S1 + ch + K[i] + w[i];
        uint64_t S0 = kr_rotr64(a, 28) ^ kr_rotr64(a, 34) ^ kr_rotr64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
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
sha512_init(void *st)
{
    /* the fractional parts of the square roots of the first 8 primes */
    static const uint64_t iv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL,
    0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    sha512_state *s = st;
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->fill = 0;
}

static void
sha384_init(void *st)
{
    /* the same for the 9th to 16th primes */
    static const uint64_t iv[8] = {
    0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL,
    0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
    0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
    0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL,
    };
    sha512_state *s = st;
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->fill = 0;
}

static void
sha512_update(void *st, const unsigned char *data, size_t len)
{
    sha512_state *s = st;
    s->length += len;
    s->fill = kr_hash_feed(s, s->buf, s->fill, 128, sha512_compress, data, len);
}

/* the full 64 bytes; SHA-384 keeps the first 48 */
static void
sha512_final(void *st, unsigned char *out)
{
    sha512_state *s = st;
    unsigned char pad[144] = {0x80};
    size_t padlen = (s->fill < 112 ? 112 : 240) - s->fill;
    kr_store64be(pad + padlen, s->length >> 61);
    kr_store64be(pad + padlen + 8, s->length << 3);
    sha512_update(s, pad, padlen + 16);
    for (int i = 0; i < 8; i++)
        kr_store64be(out + 8 * i, s->h[i]);
}

static const KrHashAlgo sha512_algo = {"sha512", 64, 128, sizeof(sha512_state), sha512_init,
                                       sha512_update, sha512_final};
static const KrHashAlgo sha384_algo = {"sha384", 48, 128, sizeof(sha512_state), sha384_init,
                                       sha512_update, sha512_final};

static PyTypeObject SHA512_Type =
    KR_HASH_TYPE("_sha512.sha512", sha512_state, _KrHash_getset, _KrHash_members);

static PyTypeObject SHA384_Type =
    KR_HASH_TYPE("_sha512.sha384", sha512_state, _KrHash_getset, _KrHash_members);

KR_HASH_CONSTRUCTOR(sha512_new, "sha512", &SHA512_Type, &sha512_algo)

KR_HASH_CONSTRUCTOR(sha384_new, "sha384", &SHA384_Type, &sha384_algo)

static PyMethodDef sha512_methods[] = {
    {"sha512", (PyCFunction)(void (*)(void))sha512_new, METH_FASTCALL | METH_KEYWORDS,
     "sha512($module, /, string=b'', *, usedforsecurity=True)\n--\n\n"
     "Return a new SHA-512 hash object; optionally initialized with a string."},
    {"sha384", (PyCFunction)(void (*)(void))sha384_new, METH_FASTCALL | METH_KEYWORDS,
     "sha384($module, /, string=b'', *, usedforsecurity=True)\n--\n\n"
     "Return a new SHA-384 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef sha512module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_sha512",
    .m_size = -1,
    .m_methods = sha512_methods,
};

PyObject *
PyInit__sha512(void)
{
    if (PyType_Ready(&SHA512_Type) < 0 || PyType_Ready(&SHA384_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&sha512module);
    if (m == NULL)
        return NULL;
    /* only the SHA-384 type is exported, as by CPython 3.11 */
    if (PyModule_AddObjectRef(m, "SHA384Type", (PyObject *)&SHA384_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
