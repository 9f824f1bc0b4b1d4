/* The AST arena: every node, sequence and identifier of one parse.
 *
 * Memory comes from a chain of blocks; allocation bumps a pointer and
 * nothing is freed until the whole arena goes, which suits an AST exactly
 * (built once, read by the compiler, dropped).  PyObjects (identifiers,
 * constants) are not arena memory: the arena keeps a growable array of
 * the references it owns and releases them when freed. */
#include "Python.h"
#include "kr_ast.h"
#include <string.h>

#define ARENA_BLOCK 8192 /* default block payload; larger requests get their own block */

typedef struct arena_block {
    struct arena_block *next;
    size_t size, used;
    /* payload follows, 8-byte aligned */
} arena_block;

struct _kr_arena {
    arena_block *head;
    PyObject **objs;
    Py_ssize_t nobjs, capobjs;
};

static arena_block *
block_new(size_t size)
{
    arena_block *b = PyMem_Malloc(sizeof(arena_block) + size);
    if (b == NULL)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

PyArena *
_PyArena_New(void)
{
    PyArena *a = PyMem_Malloc(sizeof(PyArena));
    if (a == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    a->head = block_new(ARENA_BLOCK);
    if (a->head == NULL) {
        PyMem_Free(a);
        PyErr_NoMemory();
        return NULL;
    }
    a->objs = NULL;
    a->nobjs = a->capobjs = 0;
    return a;
}

void
_PyArena_Free(PyArena *a)
{
    if (a == NULL)
        return;
    arena_block *b = a->head;
    while (b) {
        arena_block *n = b->next;
        PyMem_Free(b);
        b = n;
    }
    for (Py_ssize_t i = 0; i < a->nobjs; i++)
        Py_DECREF(a->objs[i]);
    PyMem_Free(a->objs);
    PyMem_Free(a);
}

void *
_PyArena_Malloc(PyArena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    arena_block *b = a->head;
    if (b->used + size > b->size) {
        arena_block *nb = block_new(size > ARENA_BLOCK ? size : ARENA_BLOCK);
        if (nb == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        /* a big private block goes behind the head so the head keeps filling */
        if (size > ARENA_BLOCK / 2) {
            nb->next = b->next;
            b->next = nb;
        }
        else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)(b + 1) + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

int
_PyArena_AddPyObject(PyArena *a, PyObject *obj)
{
    if (a->nobjs == a->capobjs) {
        Py_ssize_t cap = a->capobjs ? a->capobjs * 2 : 64;
        PyObject **n = PyMem_Realloc(a->objs, sizeof(PyObject *) * (size_t)cap);
        if (n == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        a->objs = n;
        a->capobjs = cap;
    }
    a->objs[a->nobjs++] = obj;
    return 0;
}

asdl_seq *
_Py_asdl_generic_seq_new(Py_ssize_t size, PyArena *a)
{
    asdl_seq *s = _PyArena_Malloc(a, sizeof(asdl_seq) + sizeof(void *) * (size_t)(size > 0 ? size - 1 : 0));
    if (s)
        s->size = size;
    return s;
}

asdl_int_seq *
_Py_asdl_int_seq_new(Py_ssize_t size, PyArena *a)
{
    asdl_int_seq *s = _PyArena_Malloc(a, sizeof(asdl_int_seq) + sizeof(int) * (size_t)(size > 0 ? size - 1 : 0));
    if (s)
        s->size = size;
    return s;
}
