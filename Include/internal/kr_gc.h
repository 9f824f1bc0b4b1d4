/* The cycle collector's state (Python/runtime/gc.c, gc_collect.c), shared
 * with the gc module (Modules/gcmodule.c, a later issue). */
#ifndef KR_GC_H
#define KR_GC_H
#include "Python.h"

#define KR_GC_NGENERATIONS 3
/* low bits of PyGC_Head._gc_prev */
#define _KR_GC_PREV_FINALIZED ((uintptr_t)1)  /* tp_finalize already ran (PEP 442) */
#define _KR_GC_PREV_COLLECTING ((uintptr_t)2) /* in the set being collected */
#define _KR_GC_PREV_SHIFT 2
#define _KR_GC_PREV_MASK (~(uintptr_t)3)
#define KR_GC_DEBUG_SAVEALL (1 << 5) /* gc.DEBUG_SAVEALL */

struct _kr_gc_generation {
    PyGC_Head head;
    int threshold;
    int count; /* gen 0: allocations; older: collections of the one below */
};

struct _kr_gc_generation_stats {
    Py_ssize_t collections;
    Py_ssize_t collected;
    Py_ssize_t uncollectable;
};

struct _kr_gc_runtime {
    struct _kr_gc_generation generations[KR_GC_NGENERATIONS];
    struct _kr_gc_generation permanent; /* gc.freeze() moves objects here */
    struct _kr_gc_generation_stats stats[KR_GC_NGENERATIONS];
    Py_ssize_t long_lived_total;   /* objects that survived the last full collection */
    Py_ssize_t long_lived_pending; /* objects moved to the oldest generation since */
    int enabled;
    int collecting;
    int initialized;
    int debug;                     /* gc.DEBUG_* flags */
    PyObject *garbage;             /* gc.garbage list, or NULL */
    PyObject *callbacks;           /* gc.callbacks list, or NULL */
};
extern struct _kr_gc_runtime _kr_gc;

int _KrGC_Init(void);
void _KrGC_ListInit(PyGC_Head *);
void _KrGC_ListAppend(PyGC_Head *node, PyGC_Head *list);
void _KrGC_ListRemove(PyGC_Head *node);
/* Collect generation `generation` and all younger ones; returns the number
 * of unreachable objects found. */
Py_ssize_t _KrGC_Collect(int generation);
/* The automatic trigger: collect the oldest generation over threshold. */
Py_ssize_t _KrGC_CollectGenerations(void);
#endif
