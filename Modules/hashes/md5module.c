/* The _md5 module: MD5 (RFC 1321) for hashlib.md5 when there is no
 * OpenSSL.  MD5 is broken for security, but checksums and protocols
 * still need it. */
#include "hashcommon.h"

typedef struct {
    uint32_t h[4];
    uint64_t length; /* bytes fed */
    size_t fill;
    unsigned char buf[64];
} md5_state;

/* floor(|sin(i + 1)| * 2**32): the RFC's table */
static const uint32_t K[64] = {
    0xd76aa478U, 0xe8c7b756U, 0x242070dbU, 0xc1bdceeeU, 0xf57c0fafU, 0x4787c62aU,
    0xa8304613U, 0xfd469501U, 0x698098d8U, 0x8b44f7afU, 0xffff5bb1U, 0x895cd7beU,
    0x6b901122U, 0xfd987193U, 0xa679438eU, 0x49b40821U, 0xf61e2562U, 0xc040b340U,
    0x265e5a51U, 0xe9b6c7aaU, 0xd62f105dU, 0x02441453U, 0xd8a1e681U, 0xe7d3fbc8U,
    0x21e1cde6U, 0xc33707d6U, 0xf4d50d87U, 0x455a14edU, 0xa9e3e905U, 0xfcefa3f8U,
    0x676f02d9U, 0x8d2a4c8aU, 0xfffa3942U, 0x8771f681U, 0x6d9d6122U, 0xfde5380cU,
    0xa4beea44U, 0x4bdecfa9U, 0xf6bb4b60U, 0xbebfbc70U, 0x289b7ec6U, 0xeaa127faU,
    0xd4ef3085U, 0x04881d05U, 0xd9d4d039U, 0xe6db99e5U, 0x1fa27cf8U, 0xc4ac5665U,
    0xf4292244U, 0x432aff97U, 0xab9423a7U, 0xfc93a039U, 0x655b59c3U, 0x8f0ccc92U,
    0xffeff47dU, 0x85845dd1U, 0x6fa87e4fU, 0xfe2ce6e0U, 0xa3014314U, 0x4e0811a1U,
    0xf7537e82U, 0xbd3af235U, 0x2ad7d2bbU, 0xeb86d391U,
};

static const unsigned char R[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void
md5_compress(void *st, const unsigned char *block)
{
    md5_state *s = st;
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = kr_load32le(block + 4 * i);
    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + kr_rotl32(a + f + K[i] + m[g], R[i]);
        a = t;
    }
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
}

static void
md5_init(void *st)
{
    md5_state *s = st;
    s->h[0] = 0x67452301U;
    s->h[1] = 0xefcdab89U;
    s->h[2] = 0x98badcfeU;
    s->h[3] = 0x10325476U;
    s->length = 0;
    s->fill = 0;
}

static void
md5_update(void *st, const unsigned char *data, size_t len)
{
    md5_state *s = st;
    s->length += len;
    s->fill = kr_hash_feed(s, s->buf, s->fill, 64, md5_compress, data, len);
}

static void
md5_final(void *st, unsigned char *out)
{
    md5_state *s = st;
    uint64_t bits = s->length * 8;
    unsigned char pad[72] = {0x80};
    size_t padlen = (s->fill < 56 ? 56 : 120) - s->fill;
    for (int i = 0; i < 8; i++)
        pad[padlen + i] = (unsigned char)(bits >> (8 * i));
    md5_update(s, pad, padlen + 8);
    for (int i = 0; i < 4; i++)
        kr_store32le(out + 4 * i, s->h[i]);
}

static const KrHashAlgo md5_algo = {"md5", 16, 64, sizeof(md5_state), md5_init, md5_update,
                                    md5_final};

static PyTypeObject MD5_Type =
    KR_HASH_TYPE("_md5.md5", md5_state, _KrHash_getset_with_digest_size, NULL);

/* usedforsecurity is accepted and ignored: no policy forbids MD5 here */
KR_HASH_CONSTRUCTOR(md5_new, "md5", &MD5_Type, &md5_algo)

static PyMethodDef md5_methods[] = {
    {"md5", (PyCFunction)(void (*)(void))md5_new, METH_FASTCALL | METH_KEYWORDS,
     "md5($module, /, string=b'', *, usedforsecurity=True)\n--\n\n"
     "Return a new MD5 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef md5module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_md5",
    .m_size = -1,
    .m_methods = md5_methods,
};

PyObject *
PyInit__md5(void)
{
    if (PyType_Ready(&MD5_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&md5module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "MD5Type", (PyObject *)&MD5_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
