/* Object allocation and the garbage-collector header.
 *
 * A container type (Py_TPFLAGS_HAVE_GC) gets a PyGC_Head of two words in
 * front of the object, exactly as in CPython 3.11; the cycle collector
 * (Python/runtime/gc.c) threads tracked objects through it into
 * generations.  sys.getsizeof counts that header, as CPython's does. */
#ifndef Py_OBJIMPL_H
#define Py_OBJIMPL_H
#include "pymem.h"
#include "object.h"

typedef struct {
    uintptr_t _gc_next; /* next object in the generation list (0: untracked) */
    uintptr_t _gc_prev; /* previous object; low 2 bits are collector flags */
} PyGC_Head;

#define _Py_AS_GC(o) ((PyGC_Head *)(o) - 1)
#define _Py_FROM_GC(g) ((PyObject *)(((PyGC_Head *)(g)) + 1))

PyObject *PyObject_Init(PyObject *, PyTypeObject *);
PyVarObject *PyObject_InitVar(PyVarObject *, PyTypeObject *, Py_ssize_t);
PyObject *_PyObject_New(PyTypeObject *);
PyVarObject *_PyObject_NewVar(PyTypeObject *, Py_ssize_t);
#define PyObject_New(type, typeobj) ((type *)_PyObject_New(typeobj))
#define PyObject_NewVar(type, typeobj, n) ((type *)_PyObject_NewVar((typeobj), (n)))
#define PyObject_Del PyObject_Free
#define PyObject_DEL PyObject_Free

#define _PyObject_SIZE(typeobj) ((typeobj)->tp_basicsize)
#define _PyObject_VAR_SIZE(typeobj, nitems) \
    ((size_t)(((typeobj)->tp_basicsize + (nitems) * (typeobj)->tp_itemsize + 7) & ~(size_t)7))

/* GC-managed objects: allocation puts the PyGC_Head in front. */
PyObject *_PyObject_GC_New(PyTypeObject *);
PyVarObject *_PyObject_GC_NewVar(PyTypeObject *, Py_ssize_t);
PyVarObject *_PyObject_GC_Resize(PyVarObject *, Py_ssize_t);
PyObject *_PyObject_GC_Malloc(size_t basicsize); /* raw memory after a GC head, not initialised */
void PyObject_GC_Track(void *);
int PyObject_CallFinalizerFromDealloc(PyObject *);
void PyObject_GC_UnTrack(void *);
void PyObject_GC_Del(void *);
int PyObject_GC_IsTracked(PyObject *);
int PyObject_GC_IsFinalized(PyObject *);
#define PyObject_GC_New(type, typeobj) ((type *)_PyObject_GC_New(typeobj))
#define PyObject_GC_NewVar(type, typeobj, n) ((type *)_PyObject_GC_NewVar((typeobj), (n)))
#define PyObject_GC_Resize(type, op, n) ((type *)_PyObject_GC_Resize(_PyVarObject_CAST(op), (n)))
#define PyObject_IS_GC(o) (PyType_IS_GC(Py_TYPE(o)) && \
    (Py_TYPE(o)->tp_is_gc == NULL || Py_TYPE(o)->tp_is_gc(o)))
#define PyType_IS_GC(t) PyType_HasFeature((t), Py_TPFLAGS_HAVE_GC)
#define _PyObject_GC_IS_TRACKED(o) (_Py_AS_GC(o)->_gc_next != 0)

Py_ssize_t PyGC_Collect(void);
int PyGC_Enable(void);
int PyGC_Disable(void);
int PyGC_IsEnabled(void);

#define Py_VISIT(op) do { if (op) { int vret = visit(_PyObject_CAST(op), arg); \
        if (vret) return vret; } } while (0)
#endif
