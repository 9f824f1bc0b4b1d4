/* The small-object allocator.
 *
 * Python programs allocate and free enormous numbers of small objects
 * (ints, floats, tuples, frames' helper objects); the C library's
 * general-purpose malloc spends time on bookkeeping these sizes don't need.
 * Like CPython's pymalloc, Krait serves requests of up to 512 bytes from
 * size classes 16 bytes apart:
 *
 *   arena (1 MiB, aligned to 1 MiB, from mmap)
 *     +-- pool (16 KiB): every block in a pool has the same size class
 *           header | block | block | ... | block
 *
 * A pool is in one of three states: *used* (some blocks free, on the
 * usedpools list of its size class), *full* (on no list), or *empty* (on its
 * arena's freepools list, ready to take any size class).  Allocation pops
 * the head of the size class's first used pool: the common path is a few
 * loads and one store.  Freeing pushes the block on its pool's free list;
 * the pool is found by masking the address, since pools are aligned.
 *
 * Is a pointer ours or malloc's?  Arenas are aligned to their size, so the
 * arena base of any address is `p & ~(ARENA_SIZE-1)`; a two-level radix
 * bitmap over the 48-bit address space records which bases are arenas.
 * That answers exactly, with no reads of memory we don't own (the reason
 * CPython moved to a radix tree in 3.10 as well).
 *
 * When every pool of an arena is empty the arena goes back to the OS, so a
 * program's footprint shrinks after a peak.
 *
 * Counting what is allocated (sys.getallocatedblocks(), the statistics of
 * sys._debugmallocstats()) walks every arena instead of keeping counters
 * on the allocation path: each pool already knows how many of its blocks
 * are in use, so a walk of the carved pools of all arenas gives exact
 * numbers and the hot path pays nothing.  Only the blocks PyObject_Malloc
 * hands to malloc (those over 512 bytes, or all of them when malloc serves
 * everything) are counted as they come and go, on a path that is slow
 * anyway.  Requests over 512 bytes and
 * everything under KRAIT_MALLOC=malloc / PYTHONMALLOC=malloc (the default of
 * the sanitizer build, so ASan sees every object) go to malloc.
 *
 * Not thread-safe by itself: callers hold the GIL. */
#include "Python.h"
#include "kr_init.h"
#include "kr_obmalloc.h"
#include <sys/mman.h>
#include <unistd.h>

#define ALIGNMENT 16
#define ALIGNMENT_SHIFT 4
#define SMALL_REQUEST_THRESHOLD 512
#define NB_SMALL_SIZE_CLASSES (SMALL_REQUEST_THRESHOLD / ALIGNMENT)
#define POOL_SIZE ((size_t)16 * 1024)
#define ARENA_SIZE ((size_t)1024 * 1024)
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)

/* Largest request handed to the system allocator.  CPython's allocators
 * refuse anything above PY_SSIZE_T_MAX, so an absurd size becomes a
 * MemoryError instead of wrapping.  The sanitizer runtime aborts outright on
 * requests beyond its own ceiling (1 TiB) rather than returning NULL, so that
 * build refuses them here first and still reports MemoryError. */
#ifdef KR_ASAN
#define MAX_REQUEST ((size_t)1 << 40)
#else
#define MAX_REQUEST ((size_t)PY_SSIZE_T_MAX)
#endif

#define INDEX2SIZE(i) (((size_t)(i) + 1) << ALIGNMENT_SHIFT)

typedef uint8_t block;

struct arena;

typedef struct pool_header {
    uint32_t ref;            /* blocks in use */
    uint32_t szidx;          /* size class index */
    block *freeblock;        /* free list of released blocks */
    struct pool_header *nextpool, *prevpool;
    struct arena *arena;
    uint32_t nextoffset;     /* first never-used block */
    uint32_t maxnextoffset;  /* past it, the pool is carved out */
} pool_header;

#define POOL_OVERHEAD (((sizeof(pool_header) + ALIGNMENT - 1) / ALIGNMENT) * ALIGNMENT)
#define POOL_ADDR(p) ((pool_header *)((uintptr_t)(p) & ~(uintptr_t)(POOL_SIZE - 1)))

typedef struct arena {
    block *base;             /* ARENA_SIZE bytes, aligned */
    uint32_t nfreepools;     /* pools never carved or returned empty */
    uint32_t ncarved;        /* pools carved so far, from the start */
    pool_header *freepools;  /* empty pools returned to the arena */
    struct arena *next, *prev; /* on usable_arenas when nfreepools > 0 */
    struct arena *allnext, *allprev; /* on all_arenas while it lives */
} arena;

/* usedpools[i]: circular list (with a sentinel) of pools of class i that
 * have at least one free block. */
static pool_header usedpools[NB_SMALL_SIZE_CLASSES];
static arena *usable_arenas;
static arena *all_arenas;
/* Blocks PyObject_Malloc took from malloc (signed: a block freed here that
 * came from elsewhere may make it dip). */
static Py_ssize_t malloc_blocks;
static int use_system_malloc = -1; /* -1: not decided yet */

/* statistics for sys._debugmallocstats() and the C unit tests */
static size_t arenas_allocated, arenas_freed, arenas_live, arenas_peak;

/* ---- which addresses are arenas: a radix bitmap ---- */
#define ADDR_BITS 48
#define ARENA_BITS 20 /* log2(ARENA_SIZE) */
#define MAP_BITS (ADDR_BITS - ARENA_BITS) /* 28 */
#define MAP1_BITS 14
#define MAP2_BITS (MAP_BITS - MAP1_BITS)
static uint8_t *arena_map[1 << MAP1_BITS];

static int arena_map_set(uintptr_t base, int on)
{
    uintptr_t key = base >> ARENA_BITS;
    uintptr_t i1 = key >> MAP2_BITS, i2 = key & ((1u << MAP2_BITS) - 1);
    if (i1 >= (1u << MAP1_BITS))
        return -1;
    if (arena_map[i1] == NULL) {
        if (!on)
            return 0;
        arena_map[i1] = calloc((1u << MAP2_BITS) / 8, 1);
        if (arena_map[i1] == NULL)
            return -1;
    }
    if (on)
        arena_map[i1][i2 >> 3] |= (uint8_t)(1u << (i2 & 7));
    else
        arena_map[i1][i2 >> 3] &= (uint8_t)~(1u << (i2 & 7));
    return 0;
}

static inline int address_in_arena(const void *p)
{
    uintptr_t key = (uintptr_t)p >> ARENA_BITS;
    uintptr_t i1 = key >> MAP2_BITS, i2 = key & ((1u << MAP2_BITS) - 1);
    if (i1 >= (1u << MAP1_BITS) || arena_map[i1] == NULL)
        return 0;
    return (arena_map[i1][i2 >> 3] >> (i2 & 7)) & 1;
}

/* ---- arenas ---- */
static arena *arena_new(void)
{
    /* Map twice the size and trim, to get 1 MiB alignment. */
    size_t len = ARENA_SIZE * 2;
    void *raw = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    uintptr_t start = ((uintptr_t)raw + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    size_t head = start - (uintptr_t)raw;
    if (head)
        munmap(raw, head);
    if (len - head - ARENA_SIZE)
        munmap((void *)(start + ARENA_SIZE), len - head - ARENA_SIZE);
    arena *a = malloc(sizeof(arena));
    if (a == NULL || arena_map_set(start, 1) < 0) {
        free(a);
        munmap((void *)start, ARENA_SIZE);
        return NULL;
    }
    a->base = (block *)start;
    a->nfreepools = POOLS_PER_ARENA;
    a->ncarved = 0;
    a->freepools = NULL;
    a->prev = NULL;
    a->next = usable_arenas;
    if (usable_arenas)
        usable_arenas->prev = a;
    usable_arenas = a;
    a->allprev = NULL;
    a->allnext = all_arenas;
    if (all_arenas)
        all_arenas->allprev = a;
    all_arenas = a;
    arenas_allocated++;
    if (++arenas_live > arenas_peak)
        arenas_peak = arenas_live;
    return a;
}

static void arena_unlink(arena *a)
{
    if (a->prev)
        a->prev->next = a->next;
    else if (usable_arenas == a)
        usable_arenas = a->next;
    if (a->next)
        a->next->prev = a->prev;
    a->next = a->prev = NULL;
}

static void arena_free(arena *a)
{
    arena_unlink(a);
    if (a->allprev)
        a->allprev->allnext = a->allnext;
    else
        all_arenas = a->allnext;
    if (a->allnext)
        a->allnext->allprev = a->allprev;
    arena_map_set((uintptr_t)a->base, 0);
    munmap(a->base, ARENA_SIZE);
    free(a);
    arenas_freed++;
    arenas_live--;
}

/* Take an empty pool from the usable arenas, making an arena if needed. */
static pool_header *pool_take(void)
{
    arena *a = usable_arenas;
    if (a == NULL && (a = arena_new()) == NULL)
        return NULL;
    pool_header *pool;
    if (a->freepools) {
        pool = a->freepools;
        a->freepools = pool->nextpool;
    }
    else {
        pool = (pool_header *)(a->base + (size_t)a->ncarved * POOL_SIZE);
        a->ncarved++;
        pool->arena = a;
        pool->szidx = UINT32_MAX; /* never initialised */
    }
    if (--a->nfreepools == 0)
        arena_unlink(a);
    return pool;
}

/* Make `pool` serve size class szidx and put it on usedpools. */
static void pool_init(pool_header *pool, uint32_t szidx)
{
    size_t size = INDEX2SIZE(szidx);
    /* The first block goes to the caller; the second starts the free
     * list; the rest are carved on demand (nextoffset). */
    pool->ref = 1;
    pool->szidx = szidx;
    pool->nextoffset = (uint32_t)(POOL_OVERHEAD + 2 * size);
    pool->maxnextoffset = (uint32_t)(POOL_SIZE - size);
    pool->freeblock = (block *)pool + POOL_OVERHEAD + size;
    *(block **)pool->freeblock = NULL;
    /* link as the only pool in usedpools[szidx] */
    pool_header *head = &usedpools[szidx];
    pool->nextpool = head->nextpool;
    pool->prevpool = head;
    head->nextpool->prevpool = pool;
    head->nextpool = pool;
}

static void init_usedpools(void)
{
    for (int i = 0; i < NB_SMALL_SIZE_CLASSES; i++)
        usedpools[i].nextpool = usedpools[i].prevpool = &usedpools[i];
}

static void decide_allocator(void)
{
    const char *env = getenv("KRAIT_MALLOC");
    if (env == NULL || !*env)
        env = getenv("PYTHONMALLOC");
#ifdef KR_ASAN
    use_system_malloc = 1;
#else
    use_system_malloc = 0;
#endif
    if (env && (strcmp(env, "malloc") == 0 || strcmp(env, "malloc_debug") == 0))
        use_system_malloc = 1;
    else if (env && (strcmp(env, "pymalloc") == 0 || strcmp(env, "krait") == 0))
        use_system_malloc = 0;
    init_usedpools();
}

int _KrMem_Init(void)
{
    if (use_system_malloc < 0)
        decide_allocator();
    return 0;
}

static void *small_alloc(size_t nbytes)
{
    uint32_t szidx = (uint32_t)((nbytes - 1) >> ALIGNMENT_SHIFT);
    pool_header *pool = usedpools[szidx].nextpool;
    block *bp;
    if (Py_LIKELY(pool != &usedpools[szidx])) {
        pool->ref++;
        bp = pool->freeblock;
        if ((pool->freeblock = *(block **)bp) != NULL)
            return bp;
        /* the free list is exhausted: carve the next fresh block */
        if (pool->nextoffset <= pool->maxnextoffset) {
            pool->freeblock = (block *)pool + pool->nextoffset;
            pool->nextoffset += (uint32_t)INDEX2SIZE(szidx);
            *(block **)pool->freeblock = NULL;
            return bp;
        }
        /* the pool is full: take it off the used list */
        pool->prevpool->nextpool = pool->nextpool;
        pool->nextpool->prevpool = pool->prevpool;
        return bp;
    }
    pool = pool_take();
    if (pool == NULL)
        return NULL;
    pool_init(pool, szidx);
    return (block *)pool + POOL_OVERHEAD;
}

static void small_free(void *p)
{
    pool_header *pool = POOL_ADDR(p);
    block *last = pool->freeblock;
    *(block **)p = last;
    pool->freeblock = (block *)p;
    pool->ref--;
    if (Py_UNLIKELY(last == NULL)) {
        /* the pool was full: it is usable again */
        if (pool->ref == 0)
            goto empty_pool;
        pool_header *head = &usedpools[pool->szidx];
        pool->nextpool = head->nextpool;
        pool->prevpool = head;
        head->nextpool->prevpool = pool;
        head->nextpool = pool;
        return;
    }
    if (Py_LIKELY(pool->ref != 0))
        return;
    pool->prevpool->nextpool = pool->nextpool;
    pool->nextpool->prevpool = pool->prevpool;
empty_pool:;
    arena *a = pool->arena;
    pool->nextpool = a->freepools;
    a->freepools = pool;
    a->nfreepools++;
    if (a->nfreepools == POOLS_PER_ARENA) {
        /* Keep one arena to avoid thrashing when a program allocates and
         * frees around the boundary; give back the others. */
        if (arenas_live > 1) {
            arena_free(a);
            return;
        }
    }
    if (a->nfreepools == 1) {
        /* it was unusable (all pools taken): put it back on the list */
        a->prev = NULL;
        a->next = usable_arenas;
        if (usable_arenas)
            usable_arenas->prev = a;
        usable_arenas = a;
    }
}

/* Everything but the commonest case of PyObject_Malloc. */
static Py_NO_INLINE void *malloc_slow(size_t nbytes)
{
    if (Py_UNLIKELY(nbytes > MAX_REQUEST))
        return NULL;
    if (Py_UNLIKELY(use_system_malloc != 0)) {
        if (use_system_malloc < 0)
            decide_allocator();
        if (use_system_malloc) {
            void *p = malloc(nbytes ? nbytes : 1);
            if (p)
                malloc_blocks++;
            return p;
        }
    }
    if (nbytes - 1 < SMALL_REQUEST_THRESHOLD) {
        void *p = small_alloc(nbytes);
        if (p)
            return p;
    }
    void *p = malloc(nbytes ? nbytes : 1);
    if (p)
        malloc_blocks++;
    return p;
}

/* The commonest case inline, and nothing else: a small block from a pool
 * whose free list has more than one block.  Kept free of calls except the
 * tail call to the slow path, so it needs no stack frame. */
void *PyObject_Malloc(size_t nbytes)
{
    if (Py_LIKELY(use_system_malloc == 0 && nbytes - 1 < SMALL_REQUEST_THRESHOLD)) {
        uint32_t szidx = (uint32_t)((nbytes - 1) >> ALIGNMENT_SHIFT);
        pool_header *pool = usedpools[szidx].nextpool;
        if (Py_LIKELY(pool != &usedpools[szidx])) {
            block *bp = pool->freeblock;
            block *next = *(block **)bp;
            if (Py_LIKELY(next != NULL)) {
                pool->ref++;
                pool->freeblock = next;
                return bp;
            }
        }
    }
    return malloc_slow(nbytes);
}

void *PyObject_Calloc(size_t nelem, size_t elsize)
{
    if (elsize && nelem > MAX_REQUEST / elsize)
        return NULL;
    size_t n = nelem * elsize;
    void *p = PyObject_Malloc(n);
    if (p)
        memset(p, 0, n ? n : 1);
    return p;
}

static Py_NO_INLINE void free_slow(void *p)
{
    if (p == NULL)
        return;
    if (!use_system_malloc && address_in_arena(p)) {
        small_free(p);
        return;
    }
    malloc_blocks--;
    free(p);
}

/* As PyObject_Malloc: the common case (a block back to a pool that stays
 * in use and was not full) without a frame, the rest in free_slow. */
void PyObject_Free(void *p)
{
    if (Py_LIKELY(p != NULL && !use_system_malloc && address_in_arena(p))) {
        pool_header *pool = POOL_ADDR(p);
        block *last = pool->freeblock;
        if (Py_LIKELY(last != NULL && pool->ref > 1)) {
            *(block **)p = last;
            pool->freeblock = (block *)p;
            pool->ref--;
            return;
        }
    }
    free_slow(p);
}

void *PyObject_Realloc(void *p, size_t nbytes)
{
    if (p == NULL)
        return PyObject_Malloc(nbytes);
    if (Py_UNLIKELY(nbytes > MAX_REQUEST))
        return NULL;
    if (use_system_malloc || !address_in_arena(p))
        return realloc(p, nbytes ? nbytes : 1);
    size_t size = INDEX2SIZE(POOL_ADDR(p)->szidx);
    /* Shrinking by less than a quarter, or growing within the class: keep it. */
    if (nbytes <= size && 4 * nbytes > 3 * size)
        return p;
    void *q = PyObject_Malloc(nbytes);
    if (q == NULL)
        return NULL;
    memcpy(q, p, nbytes < size ? nbytes : size);
    small_free(p);
    return q;
}

/* PyMem_* shares the object allocator, as in CPython; Raw is plain malloc. */
void *PyMem_Malloc(size_t n) { return PyObject_Malloc(n); }
void *PyMem_Calloc(size_t nelem, size_t elsize) { return PyObject_Calloc(nelem, elsize); }
void *PyMem_Realloc(void *p, size_t n) { return PyObject_Realloc(p, n); }
void PyMem_Free(void *p) { PyObject_Free(p); }
void *PyMem_RawMalloc(size_t n) { return n > MAX_REQUEST ? NULL : malloc(n ? n : 1); }
void *PyMem_RawCalloc(size_t nelem, size_t elsize)
{
    if (elsize && nelem > MAX_REQUEST / elsize)
        return NULL;
    return calloc(nelem ? nelem : 1, elsize ? elsize : 1);
}
void *PyMem_RawRealloc(void *p, size_t n) { return n > MAX_REQUEST ? NULL : realloc(p, n ? n : 1); }
void PyMem_RawFree(void *p) { free(p); }

/* ---- introspection ---- */

void _KrObmalloc_GetStats(struct _kr_obmalloc_stats *st)
{
    memset(st, 0, sizeof(*st));
    st->arenas_allocated = arenas_allocated;
    st->arenas_freed = arenas_freed;
    st->arenas_live = arenas_live;
    st->arenas_peak = arenas_peak;
    st->system_malloc = use_system_malloc == 1;
    st->malloc_blocks = malloc_blocks > 0 ? (size_t)malloc_blocks : 0;
    /* Empty pools (never carved, or back on their arena's freepools) have
     * no blocks in use, so every carved pool can be read the same way. */
    for (arena *a = all_arenas; a != NULL; a = a->allnext) {
        for (uint32_t i = 0; i < a->ncarved; i++) {
            pool_header *p = (pool_header *)(a->base + (size_t)i * POOL_SIZE);
            if (p->ref == 0)
                continue;
            st->used_pools[p->szidx]++;
            st->blocks_in_use[p->szidx] += p->ref;
            st->free_blocks[p->szidx] += (POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(p->szidx) - p->ref;
        }
    }
}

/* sys.getallocatedblocks(): every block the object allocator has handed
 * out and not had back. */
Py_ssize_t _Py_GetAllocatedBlocks(void)
{
    struct _kr_obmalloc_stats st;
    _KrObmalloc_GetStats(&st);
    size_t n = st.malloc_blocks;
    for (int i = 0; i < NB_SMALL_SIZE_CLASSES; i++)
        n += st.blocks_in_use[i];
    return (Py_ssize_t)n;
}

int _KrObmalloc_IsOurs(const void *p)
{
    return !use_system_malloc && p != NULL && address_in_arena(p);
}

void _KrObmalloc_PrintStats(FILE *out)
{
    struct _kr_obmalloc_stats st;
    _KrObmalloc_GetStats(&st);
    fprintf(out, "Small block threshold = %d, in %d size classes.\n", SMALL_REQUEST_THRESHOLD,
            NB_SMALL_SIZE_CLASSES);
    if (st.system_malloc) {
        fprintf(out, "The system allocator is in use (KRAIT_MALLOC=malloc).\n");
        fprintf(out, "# blocks in use (from malloc)     = %zu\n", st.malloc_blocks);
        return;
    }
    fprintf(out, "\nclass   size   num pools   blocks in use  avail blocks\n");
    fprintf(out, "-----   ----   ---------   -------------  ------------\n");
    size_t total_blocks = 0;
    for (int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        if (st.used_pools[i])
            fprintf(out, "%5d %6zu %11zu %15zu %13zu\n", i, INDEX2SIZE(i), st.used_pools[i],
                    st.blocks_in_use[i], st.free_blocks[i]);
        total_blocks += st.blocks_in_use[i];
    }
    fprintf(out, "\n# small blocks in use              = %zu\n", total_blocks);
    fprintf(out, "# large blocks (from malloc)       = %zu\n", st.malloc_blocks);
    fprintf(out, "\n# arenas allocated total           = %zu\n", st.arenas_allocated);
    fprintf(out, "# arenas reclaimed                 = %zu\n", st.arenas_freed);
    fprintf(out, "# arenas highwater mark            = %zu\n", st.arenas_peak);
    fprintf(out, "# arenas allocated current         = %zu\n", st.arenas_live);
    fprintf(out, "%zu arenas * %zu bytes/arena        = %zu\n", st.arenas_live, ARENA_SIZE,
            st.arenas_live * ARENA_SIZE);
}
