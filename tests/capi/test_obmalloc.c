/* Unit test of the small-object allocator (Objects/obmalloc.c): blocks
 * are distinct and keep their contents, sizes map to classes, realloc
 * keeps data, large requests go to malloc, arenas emptied by frees
 * are returned to the OS, and the count of allocated blocks follows. */
#include "Python.h"
#include "kr_init.h"
#include "kr_obmalloc.h"

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

int main(void)
{
    _KrMem_Init();
    if (!_KrObmalloc_IsOurs(NULL) && getenv("KRAIT_MALLOC") == NULL) {
        void *probe = PyObject_Malloc(16);
        int ours = _KrObmalloc_IsOurs(probe);
        PyObject_Free(probe);
        if (!ours) {
            printf("system allocator in use (sanitizer build): only the API is tested\n");
        }
    }
    enum { N = 200000 };
    static unsigned char *blocks[N];
    static size_t sizes[N];
    struct _kr_obmalloc_stats before, mid, after;
    _KrObmalloc_GetStats(&before);
    Py_ssize_t blocks_before = _Py_GetAllocatedBlocks();

    /* allocate many blocks of every small size, fill each with a pattern */
    for (int i = 0; i < N; i++) {
        sizes[i] = 1 + (size_t)(i * 7919) % 600; /* includes > 512: malloc path */
        blocks[i] = PyObject_Malloc(sizes[i]);
        CHECK(blocks[i] != NULL);
        CHECK(((uintptr_t)blocks[i] & 15) == 0 || sizes[i] > 512);
        memset(blocks[i], i & 0xff, sizes[i]);
    }
    _KrObmalloc_GetStats(&mid);
    /* every block is counted, from a pool or from malloc */
    CHECK(_Py_GetAllocatedBlocks() - blocks_before == N);
    if (!mid.system_malloc)
        CHECK(mid.arenas_live > before.arenas_live);
    /* nothing overlapped: every pattern is intact */
    for (int i = 0; i < N; i++) {
        for (size_t j = 0; j < sizes[i]; j++) {
            if (blocks[i][j] != (unsigned char)(i & 0xff)) {
                CHECK(!"block contents intact");
                i = N;
                break;
            }
        }
    }
    /* ownership: small blocks are ours, large ones are not */
    if (!mid.system_malloc) {
        CHECK(_KrObmalloc_IsOurs(blocks[1]) == (sizes[1] <= 512));
        for (int i = 0; i < 1000; i++)
            CHECK(_KrObmalloc_IsOurs(blocks[i]) == (sizes[i] <= 512));
    }
    /* realloc keeps the prefix across size classes */
    unsigned char *r = PyObject_Malloc(24);
    for (int i = 0; i < 24; i++)
        r[i] = (unsigned char)i;
    r = PyObject_Realloc(r, 300);
    for (int i = 0; i < 24; i++)
        CHECK(r[i] == (unsigned char)i);
    r = PyObject_Realloc(r, 5000);
    for (int i = 0; i < 24; i++)
        CHECK(r[i] == (unsigned char)i);
    r = PyObject_Realloc(r, 8);
    for (int i = 0; i < 8; i++)
        CHECK(r[i] == (unsigned char)i);
    PyObject_Free(r);
    /* free everything, in an interleaved order */
    for (int i = 0; i < N; i += 2)
        PyObject_Free(blocks[i]);
    for (int i = 1; i < N; i += 2)
        PyObject_Free(blocks[i]);
    _KrObmalloc_GetStats(&after);
    CHECK(_Py_GetAllocatedBlocks() == blocks_before);
    if (!after.system_malloc) {
        CHECK(after.arenas_freed > before.arenas_freed);
        CHECK(after.arenas_live <= 1);
        for (int c = 0; c < KR_OBMALLOC_NCLASSES; c++)
            CHECK(after.blocks_in_use[c] == 0);
    }
    /* calloc zeroes; zero-size requests give distinct pointers */
    unsigned char *z = PyObject_Calloc(10, 30);
    for (int i = 0; i < 300; i++)
        CHECK(z[i] == 0);
    void *a = PyObject_Malloc(0), *b = PyObject_Malloc(0);
    CHECK(a != NULL && b != NULL && a != b);
    PyObject_Free(a);
    PyObject_Free(b);
    PyObject_Free(z);
    PyObject_Free(NULL);
    if (failures) {
        printf("%d checks failed\n", failures);
        return 1;
    }
    printf("obmalloc: all checks passed (arenas: %zu allocated, %zu freed, peak %zu)\n",
           after.arenas_allocated, after.arenas_freed, after.arenas_peak);
    return 0;
}
