/* The _random module: the Mersenne Twister (MT19937) under random.py.
 *
 * Programs rely on random.seed(n) reproducing the same sequence on every
 * Python, so everything observable follows CPython bit for bit:
 *
 *  - the generator is Matsumoto and Nishimura's MT19937, a state of 624
 *    32-bit words and a position in it;
 *  - seed(n) for an int takes |n|, cuts it into 32-bit words from the
 *    least significant end (at least one word, so 0 gives [0]) and feeds
 *    them to the reference init_by_array; any other object is seeded by
 *    its hash, as an unsigned word-sized int.  (random.py turns str,
 *    bytes and bytearray into ints itself, through sha512, before they
 *    get here.)  seed() or seed(None) takes 624 words from the OS;
 *  - random() builds a double from 53 bits: the top 27 bits of one word
 *    and the top 26 of the next;
 *  - getrandbits(k) fills 32-bit words from the least significant end,
 *    the last word shifted right to keep its top k % 32 bits;
 *  - getstate() is the 624 words and the position, a tuple of 625 ints,
 *    the format pickles of random.Random hold.
 *
 * Random is subclassable with random.py's conventions: object creation
 * only zeroes the state (so a subclass whose __init__ does not chain up
 * gets a generator that returns 0.0, as on CPython), and __init__ seeds
 * it. */
#include "Python.h"
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER 0x80000000U
#define MT_LOWER 0x7fffffffU

typedef struct {
    PyObject_HEAD
    int index;
    uint32_t state[MT_N];
} RandomObject;

static PyTypeObject Random_Type;

/* ====================== the generator ====================== */

/* The next 624 words of the sequence, all at once. */
static void
mt_twist(uint32_t *mt)
{
    int k;
    for (k = 0; k < MT_N - MT_M; k++) {
        uint32_t y = (mt[k] & MT_UPPER) | (mt[k + 1] & MT_LOWER);
        mt[k] = mt[k + MT_M] ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX_A : 0);
    }
    for (; k < MT_N - 1; k++) {
        uint32_t y = (mt[k] & MT_UPPER) | (mt[k + 1] & MT_LOWER);
        mt[k] = mt[k + MT_M - MT_N] ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX_A : 0);
    }
    uint32_t y = (mt[MT_N - 1] & MT_UPPER) | (mt[0] & MT_LOWER);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX_A : 0);
}

static uint32_t
genrand_uint32(RandomObject *self)
{
    if (self->index >= MT_N) {
        mt_twist(self->state);
        self->index = 0;
    }
    uint32_t y = self->state[self->index++];
    /* tempering */
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static void
init_genrand(RandomObject *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

/* The reference seeding from an array of words (any length >= 1). */
static void
init_by_array(RandomObject *self, const uint32_t *key, size_t len)
{
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* the most significant bit is set: the state is never all zero */
}

/* ====================== seeding ====================== */

/* 624 words from the OS; -1 (no exception) when it has none to give
 * without blocking. */
static int
seed_from_os(RandomObject *self)
{
    uint32_t key[MT_N];
    size_t done = 0;
    while (done < sizeof key) {
        ssize_t n = getrandom((char *)key + done, sizeof key - done, GRND_NONBLOCK);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        done += (size_t)n;
    }
    init_by_array(self, key, MT_N);
    return 0;
}

/* The fallback: the clocks and the process id, which at least differ
 * from run to run. */
static void
seed_from_time_pid(RandomObject *self)
{
    struct timespec now, mono;
    clock_gettime(CLOCK_REALTIME, &now);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t t = (uint64_t)now.tv_sec * 1000000000U + (uint64_t)now.tv_nsec;
    uint64_t m = (uint64_t)mono.tv_sec * 1000000000U + (uint64_t)mono.tv_nsec;
    uint32_t key[5] = {(uint32_t)t, (uint32_t)(t >> 32), (uint32_t)getpid(), (uint32_t)m,
                       (uint32_t)(m >> 32)};
    init_by_array(self, key, 5);
}

static int
random_seed(RandomObject *self, PyObject *arg)
{
    if (arg == NULL || arg == Py_None) {
        if (seed_from_os(self) < 0)
            seed_from_time_pid(self);
        return 0;
    }
    PyObject *n;
    if (PyLong_CheckExact(arg))
        n = PyNumber_Absolute(arg);
    else if (PyLong_Check(arg))
        /* int's own __abs__: a subclass's could return anything */
        n = PyLong_Type.tp_as_number->nb_absolute(arg);
    else {
        Py_hash_t hash = PyObject_Hash(arg);
        if (hash == -1 && PyErr_Occurred())
            return -1;
        n = PyLong_FromSize_t((size_t)hash);
    }
    if (n == NULL)
        return -1;
    size_t bits = _PyLong_NumBits(n);
    if (bits == (size_t)-1 && PyErr_Occurred()) {
        Py_DECREF(n);
        return -1;
    }
    size_t nwords = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = PyMem_Malloc(nwords * 4);
    if (key == NULL) {
        Py_DECREF(n);
        PyErr_NoMemory();
        return -1;
    }
    unsigned char *bytes = (unsigned char *)key;
    int r = _PyLong_AsByteArray((PyLongObject *)n, bytes, nwords * 4, 1, 0);
    Py_DECREF(n);
    if (r < 0) {
        PyMem_Free(key);
        return -1;
    }
    /* the bytes are little-endian: make words of them whatever this
     * machine's order */
    for (size_t i = 0; i < nwords; i++) {
        const unsigned char *b = bytes + 4 * i;
        key[i] = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
                 (uint32_t)b[3] << 24;
    }
    init_by_array(self, key, nwords);
    PyMem_Free(key);
    return 0;
}

/* ====================== methods ====================== */

static PyObject *
random_random(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    RandomObject *self = (RandomObject *)op;
    uint32_t a = genrand_uint32(self) >> 5, b = genrand_uint32(self) >> 6;
    return PyFloat_FromDouble((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static PyObject *
random_seed_method(PyObject *op, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("seed", nargs, 0, 1))
        return NULL;
    if (random_seed((RandomObject *)op, nargs ? args[0] : NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
random_getstate(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    RandomObject *self = (RandomObject *)op;
    PyObject *state = PyTuple_New(MT_N + 1);
    if (state == NULL)
        return NULL;
    for (int i = 0; i < MT_N; i++) {
        PyObject *w = PyLong_FromUnsignedLong(self->state[i]);
        if (w == NULL) {
            Py_DECREF(state);
            return NULL;
        }
        PyTuple_SET_ITEM(state, i, w);
    }
    PyObject *idx = PyLong_FromLong(self->index);
    if (idx == NULL) {
        Py_DECREF(state);
        return NULL;
    }
    PyTuple_SET_ITEM(state, MT_N, idx);
    return state;
}

static PyObject *
random_setstate(PyObject *op, PyObject *state)
{
    RandomObject *self = (RandomObject *)op;
    if (!PyTuple_Check(state)) {
        PyErr_SetString(PyExc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (PyTuple_GET_SIZE(state) != MT_N + 1) {
        PyErr_SetString(PyExc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    /* nothing changes unless the whole state is good */
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        unsigned long w = PyLong_AsUnsignedLong(PyTuple_GET_ITEM(state, i));
        if (w == (unsigned long)-1 && PyErr_Occurred())
            return NULL;
        words[i] = (uint32_t)w; /* wider values keep their low word, as in CPython */
    }
    long index = PyLong_AsLong(PyTuple_GET_ITEM(state, MT_N));
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (index < 0 || index > MT_N) {
        PyErr_SetString(PyExc_ValueError, "invalid state");
        return NULL;
    }
    memcpy(self->state, words, sizeof words);
    self->index = (int)index;
    Py_RETURN_NONE;
}

static PyObject *
random_getrandbits(PyObject *op, PyObject *arg)
{
    RandomObject *self = (RandomObject *)op;
    long kl = PyLong_AsLong(arg);
    if (kl == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    if (kl > INT_MAX || kl < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    int k = (int)kl;
    if (k < 0) {
        PyErr_SetString(PyExc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k == 0)
        return PyLong_FromLong(0);
    if (k <= 32)
        return PyLong_FromUnsignedLong(genrand_uint32(self) >> (32 - k));
    size_t nwords = ((size_t)k - 1) / 32 + 1;
    unsigned char *bytes = PyMem_Malloc(nwords * 4);
    if (bytes == NULL)
        return PyErr_NoMemory();
    /* least significant word first; the last keeps its top k bits */
    for (size_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t r = genrand_uint32(self);
        if (k < 32)
            r >>= 32 - k;
        unsigned char *b = bytes + 4 * i;
        b[0] = (unsigned char)r;
        b[1] = (unsigned char)(r >> 8);
        b[2] = (unsigned char)(r >> 16);
        b[3] = (unsigned char)(r >> 24);
    }
    PyObject *result = _PyLong_FromByteArray(bytes, nwords * 4, 1, 0);
    PyMem_Free(bytes);
    return result;
}

static void
random_dealloc(PyObject *op)
{
    Py_TYPE(op)->tp_free(op);
}

/* __init__: random.py's subclasses pass their own arguments to their
 * own __init__; only a class that keeps this one is held to (seed). */
static int
random_init(PyObject *op, PyObject *args, PyObject *kwds)
{
    if ((Py_IS_TYPE(op, &Random_Type) || Py_TYPE(op)->tp_init == Random_Type.tp_init) &&
        kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "Random() takes no keyword arguments");
        return -1;
    }
    if (PyTuple_GET_SIZE(args) > 1) {
        PyErr_SetString(PyExc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed((RandomObject *)op, PyTuple_GET_SIZE(args) == 1 ? PyTuple_GET_ITEM(args, 0)
                                                                        : NULL);
}

static PyMethodDef random_methods[] = {
    {"random", random_random, METH_NOARGS,
     "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1)."},
    {"seed", (PyCFunction)(void (*)(void))random_seed_method, METH_FASTCALL,
     "seed($self, n=None, /)\n--\n\n"
     "seed([n]) -> None.\n\n"
     "Seed from n; without it, from the OS's randomness, or when there is\n"
     "none, from the time and the process id."},
    {"getstate", random_getstate, METH_NOARGS,
     "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state."},
    {"setstate", random_setstate, METH_O,
     "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, METH_O,
     "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL}};

static PyTypeObject Random_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(RandomObject),
    .tp_dealloc = random_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Random() -> create a random number generator with its own internal state.",
    .tp_methods = random_methods,
    .tp_init = random_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_Del,
};

static struct PyModuleDef randommodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_random",
    .m_doc = "Module implements the Mersenne Twister random number generator.",
    .m_size = -1,
};

PyObject *
PyInit__random(void)
{
    if (PyType_Ready(&Random_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&randommodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Random", (PyObject *)&Random_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
