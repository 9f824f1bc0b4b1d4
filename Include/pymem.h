/* Memory interfaces.
 *
 * PyObject_Malloc and friends go to Krait's small-object allocator
 * (Objects/obmalloc.c: 1 MiB arenas, 16 KiB pools, 16-byte size classes up
 * to 512 bytes); PyMem_RawMalloc always goes to the C library.
 * KRAIT_MALLOC=malloc (or PYTHONMALLOC=malloc) routes everything to malloc. */
#ifndef Py_PYMEM_H
#define Py_PYMEM_H
#include "pyport.h"

void *PyMem_RawMalloc(size_t);
void *PyMem_RawCalloc(size_t nelem, size_t elsize);
void *PyMem_RawRealloc(void *, size_t);
void PyMem_RawFree(void *);
void *PyMem_Malloc(size_t);
void *PyMem_Calloc(size_t nelem, size_t elsize);
void *PyMem_Realloc(void *, size_t);
void PyMem_Free(void *);
void *PyObject_Malloc(size_t);
void *PyObject_Calloc(size_t nelem, size_t elsize);
void *PyObject_Realloc(void *, size_t);
void PyObject_Free(void *);

/* NULL when n items of `type` would take more than PY_SSIZE_T_MAX bytes:
 * the multiplication must not wrap round to a small allocation. */
#define PyMem_New(type, n) \
    ((size_t)(n) > (size_t)PY_SSIZE_T_MAX / sizeof(type) ? NULL \
                                                         : (type *)PyMem_Malloc((size_t)(n) * sizeof(type)))
#define PyMem_Resize(p, type, n) \
    ((p) = (size_t)(n) > (size_t)PY_SSIZE_T_MAX / sizeof(type) \
               ? NULL : (type *)PyMem_Realloc((p), (size_t)(n) * sizeof(type)))
#define PyMem_Del PyMem_Free
#define PyMem_MALLOC PyMem_Malloc
#define PyMem_FREE PyMem_Free
#define PyMem_REALLOC PyMem_Realloc
#define PyMem_NEW PyMem_New
#define PyMem_RESIZE PyMem_Resize
#define PyMem_DEL PyMem_Free
#endif
