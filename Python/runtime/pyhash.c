/* Hashing: the numeric hash of floats, pointer hashes, and SipHash-1-3 for
 * the bytes of str and bytes objects.
 *
 * Numbers hash modulo the Mersenne prime P = 2**61-1: a finite float m*2**e
 * hashes to (m * 2**e) mod P, computed 28 bits of mantissa at a time with
 * multiplication by 2 realised as a 61-bit rotation (2**61 == 1 mod P).
 * That makes hash(2.0) == hash(2) and lets Fraction/Decimal agree too.
 *
 * Text and bytes use SipHash-1-3 (one compression round per 8-byte block,
 * three finalisation rounds), keyed by the 128-bit secret in
 * _Py_HashSecret.  CPython 3.11 has Py_HASH_CUTOFF == 0, so every
 * non-empty input goes through SipHash and the empty input hashes to 0.
 * str objects hash their PEP 393 buffer (kind * length bytes), so with
 * PYTHONHASHSEED=0 Krait prints the same hash values as CPython.
 *
 * The secret: PYTHONHASHSEED unset or "random" reads it from the kernel;
 * 0 leaves it all zero (hash randomisation off); any other integer up to
 * 4294967295 fills it from the same linear congruential generator CPython
 * uses (x = x * 214013 + 2531011, byte = (x >> 16) & 0xff), so a given seed
 * yields CPython's values as well. */
#include "Python.h"
#include "kr_init.h"
#include <sys/random.h>
#include <fcntl.h>
#include <unistd.h>

_Py_HashSecret_t _Py_HashSecret;
int _Py_HashSeedIsSet;
unsigned long _Py_HashSeed;

/* ============================ numbers ============================ */

Py_hash_t _Py_HashDouble(PyObject *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? _PyHASH_INF : -_PyHASH_INF;
        /* NaN: since 3.10, distinct NaN objects hash by identity */
        return _Py_HashPointer(inst);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    Py_uhash_t x = 0;
    while (m) {
        x = ((x << 28) & _PyHASH_MODULUS) | x >> (_PyHASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        Py_uhash_t y = (Py_uhash_t)m;
        m -= (double)y;
        x += y;
        if (x >= _PyHASH_MODULUS)
            x -= _PyHASH_MODULUS;
    }
    /* multiply by 2**e: a left rotation by e mod 61 bits */
    e = e >= 0 ? e % _PyHASH_BITS : _PyHASH_BITS - 1 - ((-1 - e) % _PyHASH_BITS);
    x = ((x << e) & _PyHASH_MODULUS) | x >> (_PyHASH_BITS - e);
    x = x * (Py_uhash_t)(Py_hash_t)sign;
    if (x == (Py_uhash_t)-1)
        x = (Py_uhash_t)-2;
    return (Py_hash_t)x;
}

/* Objects are 16-byte aligned, so the low 4 bits carry no information:
 * rotate them to the top. */
Py_hash_t _Py_HashPointerRaw(const void *p)
{
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * SIZEOF_VOID_P - 4));
    return (Py_hash_t)y;
}

Py_hash_t _Py_HashPointer(const void *p)
{
    Py_hash_t x = _Py_HashPointerRaw(p);
    if (x == -1)
        x = -2;
    return x;
}

/* ============================ SipHash-1-3 ============================ */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define SIP_ROUND(v0, v1, v2, v3) do {                       \
        v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32); \
        v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2;              \
        v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0;              \
        v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32); \
    } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *in, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t b = (uint64_t)len << 56;
    size_t left = len;
    while (left >= 8) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; i--)
            m = (m << 8) | in[i];
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
        in += 8;
        left -= 8;
    }
    uint64_t t = 0;
    for (int i = (int)left - 1; i >= 0; i--)
        t = (t << 8) | in[i];
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

/* SipHash-1-3 under a caller's key: what hash-based .pyc files record
 * (_imp.source_hash). */
uint64_t _Py_KeyedHash(uint64_t key, const void *src, Py_ssize_t len)
{
    return siphash13(key, 0, (const unsigned char *)src, (size_t)len);
}

Py_hash_t _Py_HashBytes(const void *src, Py_ssize_t len)
{
    if (len == 0)
        return 0;
    Py_hash_t x = (Py_hash_t)siphash13(_Py_HashSecret.siphash.k0, _Py_HashSecret.siphash.k1,
                                       (const unsigned char *)src, (size_t)len);
    if (x == -1)
        return -2;
    return x;
}

/* ============================ the secret ============================ */

static void lcg_fill(unsigned long seed, unsigned char *buf, size_t n)
{
    unsigned int x = (unsigned int)seed;
    for (size_t i = 0; i < n; i++) {
        x *= 214013;
        x += 2531011;
        buf[i] = (unsigned char)((x >> 16) & 0xff);
    }
}

static int os_random(unsigned char *buf, size_t n)
{
    while (n > 0) {
        ssize_t got = getrandom(buf, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        buf += got;
        n -= (size_t)got;
    }
    if (n == 0)
        return 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    while (n > 0) {
        ssize_t got = read(fd, buf, n);
        if (got <= 0) {
            if (got < 0 && errno == EINTR)
                continue;
            close(fd);
            return -1;
        }
        buf += got;
        n -= (size_t)got;
    }
    close(fd);
    return 0;
}

int _Py_HashRandomization_Init(void)
{
    const char *env = getenv("PYTHONHASHSEED");
    memset(&_Py_HashSecret, 0, sizeof(_Py_HashSecret));
    if (env == NULL || *env == '\0' || strcmp(env, "random") == 0) {
        _Py_HashSeedIsSet = 0;
        _Py_HashSeed = 0;
        if (os_random(_Py_HashSecret.uc, sizeof(_Py_HashSecret.uc)) < 0) {
            fprintf(stderr, "Fatal Python error: failed to get random numbers to initialize Python\n");
            return -1;
        }
        return 0;
    }
    char *end;
    errno = 0;
    unsigned long seed = strtoul(env, &end, 10);
    if (*end != '\0' || errno != 0 || seed > 4294967295UL || env[0] == '-' || env[0] == '+'
        || env[0] == ' ') {
        fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer "
                        "in range [0; 4294967295]\n");
        return -1;
    }
    _Py_HashSeedIsSet = 1;
    _Py_HashSeed = seed;
    if (seed != 0)
        lcg_fill(seed, _Py_HashSecret.uc, sizeof(_Py_HashSecret.uc));
    return 0;
}

int _KrHash_Init(void)
{
    return _Py_HashRandomization_Init();
}
