/* Introspection of the small-object allocator (Objects/obmalloc.c), for
 * sys._debugmallocstats(), the _krait module and the C unit tests. */
#ifndef KR_OBMALLOC_H
#define KR_OBMALLOC_H
#include <stdio.h>
#include <stddef.h>
#define KR_OBMALLOC_NCLASSES 32
struct _kr_obmalloc_stats {
    size_t arenas_allocated, arenas_freed, arenas_live, arenas_peak;
    int system_malloc;
    size_t malloc_blocks;                       /* PyObject_Malloc's, from malloc */
    size_t used_pools[KR_OBMALLOC_NCLASSES];    /* pools with blocks in use, per size class */
    size_t blocks_in_use[KR_OBMALLOC_NCLASSES]; /* in those pools */
    size_t free_blocks[KR_OBMALLOC_NCLASSES];   /* still available in those pools */
};
void _KrObmalloc_GetStats(struct _kr_obmalloc_stats *);
int _KrObmalloc_IsOurs(const void *);
void _KrObmalloc_PrintStats(FILE *);
Py_ssize_t _Py_GetAllocatedBlocks(void);
#endif
