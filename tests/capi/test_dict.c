/* Unit tests for dict internals (Objects/dictobject.c) that Python code
 * can't see: the index table and entries after resizes and deletions,
 * dummy slots, the kind of table (str-only or general), and the version
 * tag that the specializing interpreter's caches trust.
 * Prints each failed check; exits 0 when all pass. */
#include "Python.h"
#include "kr_dict.h"

static int failures;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);             \
            failures++;                                                        \
        }                                                                      \
    } while (0)

static PyDictKeysObject *
keys_of(PyObject *d)
{
    return ((PyDictObject *)d)->ma_keys;
}

static uint64_t
version_of(PyObject *d)
{
    return ((PyDictObject *)d)->ma_version_tag;
}

static long
get_long(PyObject *d, long key)
{
    PyObject *k = PyLong_FromLong(key);
    PyObject *v = PyDict_GetItemWithError(d, k);
    Py_DECREF(k);
    if (v == NULL)
        return -1;
    return PyLong_AsLong(v);
}

static int
set_long(PyObject *d, long key, long value)
{
    PyObject *k = PyLong_FromLong(key), *v = PyLong_FromLong(value);
    int r = PyDict_SetItem(d, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
    return r;
}

static int
del_long(PyObject *d, long key)
{
    PyObject *k = PyLong_FromLong(key);
    int r = PyDict_DelItem(d, k);
    Py_DECREF(k);
    return r;
}

/* Keys in iteration order must be exactly expected[0..n). */
static int
order_is(PyObject *d, const long *expected, Py_ssize_t n)
{
    Py_ssize_t pos = 0, i = 0;
    PyObject *k, *v;
    while (PyDict_Next(d, &pos, &k, &v)) {
        if (i >= n || PyLong_AsLong(k) != expected[i])
            return 0;
        i++;
    }
    return i == n;
}

static void
test_empty(void)
{
    PyObject *d = PyDict_New();
    CHECK(d != NULL);
    CHECK(PyDict_GET_SIZE(d) == 0);
    CHECK(_PyDict_SizeOf((PyDictObject *)d) == 48);
    /* empty dicts share one keys object and allocate nothing */
    PyObject *d2 = PyDict_New();
    CHECK(keys_of(d) == keys_of(d2));
    CHECK(get_long(d, 1) == -1 && !PyErr_Occurred());
    Py_DECREF(d);
    Py_DECREF(d2);
}

static void
test_kinds_and_sizes(void)
{
    PyObject *d = PyDict_New();
    PyObject *a = PyUnicode_FromString("a");
    PyObject *one = PyLong_FromLong(1);
    CHECK(PyDict_SetItem(d, a, one) == 0);
    CHECK(keys_of(d)->dk_kind == DICT_KEYS_UNICODE);
    CHECK(DK_SIZE(keys_of(d)) == 8);
    /* sys.getsizeof({'a': 1}) == 184 in CPython 3.11: 48 + 120 (+16 GC) */
    CHECK(_PyDict_SizeOf((PyDictObject *)d) == 168);
    /* a non-str key turns the table general */
    CHECK(PyDict_SetItem(d, one, a) == 0);
    CHECK(keys_of(d)->dk_kind == DICT_KEYS_GENERAL);
    /* resized for used * 3 = 3 slots: CPython 3.11 rounds that to 16
     * (sys.getsizeof 352) */
    CHECK(_PyDict_SizeOf((PyDictObject *)d) == 336);
    CHECK(PyDict_GetItemWithError(d, a) == one);
    CHECK(PyDict_GetItemWithError(d, one) == a);
    Py_DECREF(a);
    Py_DECREF(one);
    Py_DECREF(d);
}

static void
test_growth_keeps_order(void)
{
    PyObject *d = PyDict_New();
    long expected[1000];
    int sizes_seen = 0;
    int64_t last_size = 0;
    for (long i = 0; i < 1000; i++) {
        long key = (i * 7919) % 1000; /* scrambled, distinct */
        expected[i] = key;
        CHECK(set_long(d, key, i) == 0);
        PyDictKeysObject *k = keys_of(d);
        if (DK_SIZE(k) != last_size) {
            last_size = DK_SIZE(k);
            sizes_seen++;
            /* invariant: entries never exceed 2/3 of the index slots */
            CHECK(k->dk_nentries <= (DK_SIZE(k) << 1) / 3);
        }
        CHECK(k->dk_usable + k->dk_nentries == (DK_SIZE(k) << 1) / 3);
    }
    CHECK(sizes_seen >= 5);
    CHECK(PyDict_GET_SIZE(d) == 1000);
    CHECK(order_is(d, expected, 1000));
    for (long i = 0; i < 1000; i++)
        CHECK(get_long(d, expected[i]) == i);
    /* 1000 keys: index table of 2048 slots needs 16-bit indices */
    CHECK(DK_SIZE(keys_of(d)) == 2048);
    CHECK(keys_of(d)->dk_log2_index_bytes == 12);
    Py_DECREF(d);
}

static void
test_deletion_dummies(void)
{
    PyObject *d = PyDict_New();
    for (long i = 0; i < 5; i++)
        set_long(d, i, i * 10);
    PyDictKeysObject *k = keys_of(d);
    CHECK(k->dk_nentries == 5 && k->dk_usable == 0);
    CHECK(del_long(d, 1) == 0);
    CHECK(del_long(d, 3) == 0);
    /* deletion leaves the entries in place (NULL) and dummies in the index */
    CHECK(keys_of(d) == k);
    CHECK(k->dk_nentries == 5);
    CHECK(PyDict_GET_SIZE(d) == 3);
    int dummies = 0;
    for (Py_ssize_t i = 0; i < DK_SIZE(k); i++)
        if (((int8_t *)k->dk_indices)[i] == DKIX_DUMMY)
            dummies++;
    CHECK(dummies == 2);
    long after_del[] = {0, 2, 4};
    CHECK(order_is(d, after_del, 3));
    CHECK(get_long(d, 4) == 40);
    CHECK(get_long(d, 1) == -1 && !PyErr_Occurred());
    /* deleting a missing key is a KeyError */
    CHECK(del_long(d, 1) == -1 && PyErr_ExceptionMatches(PyExc_KeyError));
    PyErr_Clear();
    /* the next insertion finds no room: the resize drops the holes */
    CHECK(set_long(d, 7, 70) == 0);
    CHECK(keys_of(d)->dk_nentries == 4);
    long after_add[] = {0, 2, 4, 7};
    CHECK(order_is(d, after_add, 4));
    Py_DECREF(d);
}

static void
test_churn(void)
{
    /* many inserts and deletes: the table must not fill with dummies and
     * every lookup must stay right */
    PyObject *d = PyDict_New();
    for (long round = 0; round < 50; round++) {
        for (long i = 0; i < 200; i++)
            CHECK(set_long(d, round * 1000 + i, i) == 0);
        for (long i = 0; i < 200; i++)
            if (i % 4 != 0)
                CHECK(del_long(d, round * 1000 + i) == 0);
    }
    CHECK(PyDict_GET_SIZE(d) == 50 * 50);
    for (long round = 0; round < 50; round++)
        for (long i = 0; i < 200; i++) {
            long v = get_long(d, round * 1000 + i);
            CHECK(i % 4 == 0 ? v == i : v == -1);
        }
    CHECK(!PyErr_Occurred());
    CHECK(DK_SIZE(keys_of(d)) <= 16384);
    Py_DECREF(d);
}

static void
test_version_tag(void)
{
    PyObject *d = PyDict_New();
    uint64_t v0 = version_of(d);
    set_long(d, 1, 1);
    uint64_t v1 = version_of(d);
    CHECK(v1 != v0);
    set_long(d, 1, 2); /* replacing a value is a mutation */
    uint64_t v2 = version_of(d);
    CHECK(v2 != v1);
    get_long(d, 1); /* reading is not */
    CHECK(version_of(d) == v2);
    PyObject *k = PyLong_FromLong(1), *v = PyDict_GetItemWithError(d, k);
    Py_INCREF(v);
    PyDict_SetItem(d, k, v); /* storing the same object: no change needed */
    Py_DECREF(v);
    Py_DECREF(k);
    del_long(d, 1);
    uint64_t v3 = version_of(d);
    CHECK(v3 != v2);
    PyDict_Clear(d);
    CHECK(version_of(d) != v3 || PyDict_GET_SIZE(d) == 0);
    /* versions come from one global counter: two dicts never share one */
    PyObject *e = PyDict_New();
    CHECK(version_of(e) != version_of(d));
    Py_DECREF(e);
    Py_DECREF(d);
}

static void
test_copy_and_merge(void)
{
    PyObject *d = PyDict_New();
    for (long i = 0; i < 100; i++)
        set_long(d, 99 - i, i);
    PyObject *c = PyDict_Copy(d);
    CHECK(c != NULL && PyDict_GET_SIZE(c) == 100);
    CHECK(keys_of(c) != keys_of(d));
    long expected[100];
    for (long i = 0; i < 100; i++)
        expected[i] = 99 - i;
    CHECK(order_is(c, expected, 100));
    PyObject *m = PyDict_New();
    set_long(m, 5, -1);
    set_long(m, 1000, -2);
    CHECK(PyDict_Merge(m, d, 0) == 0); /* no override: 5 keeps -1 */
    CHECK(get_long(m, 5) == -1);
    CHECK(get_long(m, 6) == 93);
    CHECK(PyDict_Update(m, d) == 0);
    CHECK(get_long(m, 5) == 94);
    CHECK(PyDict_GET_SIZE(m) == 101);
    Py_DECREF(m);
    Py_DECREF(c);
    Py_DECREF(d);
}

static void
test_popitem_and_load_global(void)
{
    PyObject *g = PyDict_New(), *b = PyDict_New();
    PyObject *x = PyUnicode_FromString("x"), *len = PyUnicode_FromString("len");
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyDict_SetItem(g, x, one);
    PyDict_SetItem(b, len, two);
    PyDict_SetItem(b, x, two);
    CHECK(_PyDict_LoadGlobal((PyDictObject *)g, (PyDictObject *)b, x) == one);
    CHECK(_PyDict_LoadGlobal((PyDictObject *)g, (PyDictObject *)b, len) == two);
    PyObject *nope = PyUnicode_FromString("nope");
    CHECK(_PyDict_LoadGlobal((PyDictObject *)g, (PyDictObject *)b, nope) == NULL);
    CHECK(!PyErr_Occurred());
    CHECK(_PyDictKeys_StringLookup(keys_of(b), len) == 0);
    CHECK(_PyDictKeys_StringLookup(keys_of(b), nope) == DKIX_EMPTY);
    uint32_t kv = _PyDictKeys_GetVersionForCurrentState(keys_of(b));
    CHECK(kv != 0 && kv == _PyDictKeys_GetVersionForCurrentState(keys_of(b)));
    PyDict_SetItem(b, nope, one);
    CHECK(_PyDictKeys_GetVersionForCurrentState(keys_of(b)) != kv);
    Py_DECREF(nope);
    Py_DECREF(x);
    Py_DECREF(len);
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(g);
    Py_DECREF(b);
}

int
main(void)
{
    Py_InitializeEx(0);
    test_empty();
    test_kinds_and_sizes();
    test_growth_keeps_order();
    test_deletion_dummies();
    test_churn();
    test_version_tag();
    test_copy_and_merge();
    test_popitem_and_load_global();
    if (PyErr_Occurred()) {
        printf("FAIL: exception left set\n");
        failures++;
    }
    if (failures)
        printf("%d check(s) failed\n", failures);
    else
        printf("test_dict: all checks passed\n");
    return failures != 0;
}
