/* Hashing (Python/runtime/pyhash.c).
 *
 * Numbers hash modulo the Mersenne prime 2**61-1 so that equal numbers of
 * different types hash alike; str and bytes use SipHash-1-3 keyed by
 * PYTHONHASHSEED (random when unset, as in CPython). */
#ifndef Py_PYHASH_H
#define Py_PYHASH_H
#include "pyport.h"
#define _PyHASH_BITS 61
#define _PyHASH_MODULUS (((size_t)1 << _PyHASH_BITS) - 1)
#define _PyHASH_INF 314159
#define _PyHASH_IMAG 1000003UL
#define _PyHASH_MULTIPLIER 1000003UL
Py_hash_t _Py_HashBytes(const void *, Py_ssize_t);
Py_hash_t _Py_HashDouble(PyObject *inst, double v); /* inst: used for NaN (id-based) */
Py_hash_t _Py_HashPointer(const void *);
Py_hash_t _Py_HashPointerRaw(const void *);
/* the secret; 24 bytes: siphash k0/k1 (and room for the expat/djbx33a salts) */
typedef union { unsigned char uc[24]; struct { Py_hash_t prefix; Py_hash_t suffix; } fnv;
    struct { uint64_t k0; uint64_t k1; } siphash; } _Py_HashSecret_t;
extern _Py_HashSecret_t _Py_HashSecret;
int _Py_HashRandomization_Init(void); /* reads PYTHONHASHSEED; -1 with message on bad value */
extern int _Py_HashSeedIsSet;
extern unsigned long _Py_HashSeed;
uint64_t _Py_KeyedHash(uint64_t key, const void *src, Py_ssize_t len);
#endif
