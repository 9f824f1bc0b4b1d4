/* The object model: every Python value is a PyObject.
 *
 * An object starts with a reference count and a pointer to its type; all
 * behaviour lives in the type's slots (tp_getattro, tp_as_number->nb_add,
 * tp_call, ...).  Dynamic typing is nothing more than this: the VM never
 * asks "what is this?", it calls the slot the type put there.  The layouts
 * below are CPython 3.11's, field for field, so that sys.getsizeof agrees
 * with CPython and extension modules compiled for CPython 3.11 could one
 * day load unchanged.
 *
 * Ownership: functions return new references unless their comment says
 * "borrowed"; an error is NULL (or -1) with an exception set. */
#ifndef Py_OBJECT_H
#define Py_OBJECT_H

#include "pyport.h"

typedef struct _object PyObject;
typedef struct _typeobject PyTypeObject;

#define PyObject_HEAD PyObject ob_base;
#define PyObject_VAR_HEAD PyVarObject ob_base;

struct _object {
    Py_ssize_t ob_refcnt;
    PyTypeObject *ob_type;
};

typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size; /* number of items in the variable part */
} PyVarObject;

#define _PyObject_CAST(op) ((PyObject *)(op))
#define _PyVarObject_CAST(op) ((PyVarObject *)(op))

#define PyObject_HEAD_INIT(type) { 1, (type) },
#define PyVarObject_HEAD_INIT(type, size) { PyObject_HEAD_INIT(type) (size) },

#define Py_REFCNT(ob) (_PyObject_CAST(ob)->ob_refcnt)
#define Py_TYPE(ob) (_PyObject_CAST(ob)->ob_type)
#define Py_SIZE(ob) (_PyVarObject_CAST(ob)->ob_size)
static inline void Py_SET_REFCNT(PyObject *ob, Py_ssize_t n) { ob->ob_refcnt = n; }
static inline void Py_SET_TYPE(PyObject *ob, PyTypeObject *t) { ob->ob_type = t; }
static inline void Py_SET_SIZE(PyVarObject *ob, Py_ssize_t n) { ob->ob_size = n; }
#define Py_SET_REFCNT(ob, n) Py_SET_REFCNT(_PyObject_CAST(ob), (n))
#define Py_SET_TYPE(ob, t) Py_SET_TYPE(_PyObject_CAST(ob), (t))
#define Py_SET_SIZE(ob, n) Py_SET_SIZE(_PyVarObject_CAST(ob), (n))
#define Py_Is(x, y) ((x) == (y))
#define Py_IS_TYPE(ob, type) (Py_TYPE(ob) == (type))

/* ---- slot function types ---- */
typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*inquiry)(PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef PyObject *(*ssizeargfunc)(PyObject *, Py_ssize_t);
typedef PyObject *(*ssizessizeargfunc)(PyObject *, Py_ssize_t, Py_ssize_t);
typedef int (*ssizeobjargproc)(PyObject *, Py_ssize_t, PyObject *);
typedef int (*ssizessizeobjargproc)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
typedef int (*objobjargproc)(PyObject *, PyObject *, PyObject *);
typedef int (*objobjproc)(PyObject *, PyObject *);
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef void (*freefunc)(void *);
typedef void (*destructor)(PyObject *);
typedef PyObject *(*getattrfunc)(PyObject *, char *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrfunc)(PyObject *, char *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(PyTypeObject *, Py_ssize_t);
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args,
                                    size_t nargsf, PyObject *kwnames);

typedef enum { PYGEN_RETURN = 0, PYGEN_ERROR = -1, PYGEN_NEXT = 1 } PySendResult;
typedef PySendResult (*sendfunc)(PyObject *iter, PyObject *value, PyObject **result);

/* ---- the buffer protocol ---- */
typedef struct bufferinfo {
    void *buf;
    PyObject *obj; /* owned reference */
    Py_ssize_t len;
    Py_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;
    Py_ssize_t *shape;
    Py_ssize_t *strides;
    Py_ssize_t *suboffsets;
    void *internal;
} Py_buffer;
typedef int (*getbufferproc)(PyObject *, Py_buffer *, int);
typedef void (*releasebufferproc)(PyObject *, Py_buffer *);

#define PyBUF_SIMPLE 0
#define PyBUF_WRITABLE 0x0001
#define PyBUF_WRITEABLE PyBUF_WRITABLE
#define PyBUF_FORMAT 0x0004
#define PyBUF_ND 0x0008
#define PyBUF_STRIDES (0x0010 | PyBUF_ND)
#define PyBUF_C_CONTIGUOUS (0x0020 | PyBUF_STRIDES)
#define PyBUF_F_CONTIGUOUS (0x0040 | PyBUF_STRIDES)
#define PyBUF_ANY_CONTIGUOUS (0x0080 | PyBUF_STRIDES)
#define PyBUF_INDIRECT (0x0100 | PyBUF_STRIDES)
#define PyBUF_CONTIG (PyBUF_ND | PyBUF_WRITABLE)
#define PyBUF_CONTIG_RO (PyBUF_ND)
#define PyBUF_STRIDED (PyBUF_STRIDES | PyBUF_WRITABLE)
#define PyBUF_STRIDED_RO (PyBUF_STRIDES)
#define PyBUF_RECORDS (PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_RECORDS_RO (PyBUF_STRIDES | PyBUF_FORMAT)
#define PyBUF_FULL (PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_FULL_RO (PyBUF_INDIRECT | PyBUF_FORMAT)
#define PyBUF_READ 0x100
#define PyBUF_WRITE 0x200

/* ---- slot tables (CPython 3.11 order) ---- */
typedef struct {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    void *nb_reserved;
    unaryfunc nb_float;
    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;
    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
} PyNumberMethods;

typedef struct {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    void *was_sq_slice;
    ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice;
    objobjproc sq_contains;
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} PySequenceMethods;

typedef struct {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;
} PyMappingMethods;

typedef struct {
    unaryfunc am_await;
    unaryfunc am_aiter;
    unaryfunc am_anext;
    sendfunc am_send;
} PyAsyncMethods;

typedef struct {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;
} PyBufferProcs;

struct PyMethodDef;
struct PyMemberDef;
struct PyGetSetDef;

struct _typeobject {
    PyObject_VAR_HEAD
    const char *tp_name; /* "module.name" for C types, for printing */
    Py_ssize_t tp_basicsize, tp_itemsize;
    destructor tp_dealloc;
    Py_ssize_t tp_vectorcall_offset;
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;
    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    PyBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    Py_ssize_t tp_weaklistoffset;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    struct PyMethodDef *tp_methods;
    struct PyMemberDef *tp_members;
    struct PyGetSetDef *tp_getset;
    PyTypeObject *tp_base;
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;
    PyObject *tp_subclasses; /* dict of weak references, keyed by id */
    PyObject *tp_weaklist;
    destructor tp_del;
    unsigned int tp_version_tag; /* 0: no valid tag (see specialization) */
    destructor tp_finalize;
    vectorcallfunc tp_vectorcall;
};

/* A class statement's type: the slot tables live inside the type object. */
typedef struct _heaptypeobject {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence;
    PyBufferProcs as_buffer;
    PyObject *ht_name, *ht_slots, *ht_qualname;
    struct _dictkeysobject *ht_cached_keys;
    PyObject *ht_module;
    char *_ht_tpname;
    struct {
        PyObject *getitem;
        uint32_t getitem_version;
    } _spec_cache;
} PyHeapTypeObject;

/* ---- type flags (CPython 3.11 values) ---- */
#define Py_TPFLAGS_MANAGED_DICT (1UL << 4)
#define Py_TPFLAGS_SEQUENCE (1UL << 5)
#define Py_TPFLAGS_MAPPING (1UL << 6)
#define Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define Py_TPFLAGS_BASETYPE (1UL << 10)
#define Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define _Py_TPFLAGS_HAVE_VECTORCALL Py_TPFLAGS_HAVE_VECTORCALL
#define Py_TPFLAGS_READY (1UL << 12)
#define Py_TPFLAGS_READYING (1UL << 13)
#define Py_TPFLAGS_HAVE_GC (1UL << 14)
#define Py_TPFLAGS_HAVE_STACKLESS_EXTENSION 0
#define Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)
#define Py_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define _Py_TPFLAGS_MATCH_SELF (1UL << 22)
#define Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define Py_TPFLAGS_DEFAULT (Py_TPFLAGS_HAVE_STACKLESS_EXTENSION | Py_TPFLAGS_HAVE_VERSION_TAG)
#define Py_TPFLAGS_HAVE_FINALIZE (1UL << 0)

static inline int PyType_HasFeature(PyTypeObject *type, unsigned long feature)
{
    return (type->tp_flags & feature) != 0;
}
#define PyType_FastSubclass(type, flag) PyType_HasFeature((type), (flag))

/* ---- reference counting ----
 * Under KR_DEBUG every change is counted in _Py_RefTotal and a count that
 * goes negative stops the program at the culprit. */
#ifdef Py_REF_DEBUG
extern Py_ssize_t _Py_RefTotal;
void _Py_NegativeRefcount(const char *filename, int lineno, PyObject *op);
#endif
void _Py_Dealloc(PyObject *);

static inline Py_ALWAYS_INLINE void Py_INCREF(PyObject *op)
{
#ifdef Py_REF_DEBUG
    _Py_RefTotal++;
#endif
    op->ob_refcnt++;
}
#define Py_INCREF(op) Py_INCREF(_PyObject_CAST(op))

static inline Py_ALWAYS_INLINE void _Py_DECREF(
#ifdef Py_REF_DEBUG
    const char *filename, int lineno,
#endif
    PyObject *op)
{
#ifdef Py_REF_DEBUG
    _Py_RefTotal--;
    if (--op->ob_refcnt != 0) {
        if (op->ob_refcnt < 0)
            _Py_NegativeRefcount(filename, lineno, op);
        return;
    }
    _Py_Dealloc(op);
#else
    if (--op->ob_refcnt == 0)
        _Py_Dealloc(op);
#endif
}
#ifdef Py_REF_DEBUG
#  define Py_DECREF(op) _Py_DECREF(__FILE__, __LINE__, _PyObject_CAST(op))
#else
#  define Py_DECREF(op) _Py_DECREF(_PyObject_CAST(op))
#endif

#define Py_XINCREF(op) do { PyObject *_py_xincref_tmp = _PyObject_CAST(op); \
        if (_py_xincref_tmp != NULL) Py_INCREF(_py_xincref_tmp); } while (0)
#define Py_XDECREF(op) do { PyObject *_py_xdecref_tmp = _PyObject_CAST(op); \
        if (_py_xdecref_tmp != NULL) Py_DECREF(_py_xdecref_tmp); } while (0)
#define Py_CLEAR(op) do { PyObject **_py_tmp_ptr = (PyObject **)&(op); \
        PyObject *_py_tmp = *_py_tmp_ptr; if (_py_tmp != NULL) { \
            *_py_tmp_ptr = NULL; Py_DECREF(_py_tmp); } } while (0)
#define Py_SETREF(dst, src) do { PyObject **_py_tmp_ptr = (PyObject **)&(dst); \
        PyObject *_py_tmp = *_py_tmp_ptr; *_py_tmp_ptr = _PyObject_CAST(src); \
        Py_DECREF(_py_tmp); } while (0)
#define Py_XSETREF(dst, src) do { PyObject **_py_tmp_ptr = (PyObject **)&(dst); \
        PyObject *_py_tmp = *_py_tmp_ptr; *_py_tmp_ptr = _PyObject_CAST(src); \
        Py_XDECREF(_py_tmp); } while (0)

static inline Py_ALWAYS_INLINE PyObject *_Py_NewRef(PyObject *obj) { Py_INCREF(obj); return obj; }
static inline PyObject *_Py_XNewRef(PyObject *obj) { Py_XINCREF(obj); return obj; }
#define Py_NewRef(obj) _Py_NewRef(_PyObject_CAST(obj))
#define Py_XNewRef(obj) _Py_XNewRef(_PyObject_CAST(obj))

/* ---- singletons ---- */
extern PyObject _Py_NoneStruct;
extern PyObject _Py_NotImplementedStruct;
extern PyObject _Py_EllipsisObject;
#define Py_None (&_Py_NoneStruct)
#define Py_NotImplemented (&_Py_NotImplementedStruct)
#define Py_Ellipsis (&_Py_EllipsisObject)
#define Py_IsNone(x) Py_Is((x), Py_None)
#define Py_RETURN_NONE return Py_NewRef(Py_None)
#define Py_RETURN_NOTIMPLEMENTED return Py_NewRef(Py_NotImplemented)

/* rich comparison opcodes */
#define Py_LT 0
#define Py_LE 1
#define Py_EQ 2
#define Py_NE 3
#define Py_GT 4
#define Py_GE 5

/* 0 or 1: `x <op> y` for plain C values (op is Py_LT..Py_GE). */
#define _Kr_COMPARE_VALUES(x, y, op) \
    ((op) == Py_LT ? (x) < (y) : (op) == Py_LE ? (x) <= (y) : (op) == Py_EQ ? (x) == (y) : \
     (op) == Py_NE ? (x) != (y) : (op) == Py_GT ? (x) > (y) : (x) >= (y))

#define Py_RETURN_RICHCOMPARE(val1, val2, op) do { switch (op) { \
        case Py_EQ: if ((val1) == (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE; \
        case Py_NE: if ((val1) != (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE; \
        case Py_LT: if ((val1) < (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE; \
        case Py_GT: if ((val1) > (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE; \
        case Py_LE: if ((val1) <= (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE; \
        case Py_GE: if ((val1) >= (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE; \
        default: Py_UNREACHABLE(); } } while (0)

/* ---- the generic object protocol (Objects/object.c, typeobject.c) ---- */
extern PyTypeObject PyType_Type;
extern PyTypeObject PyBaseObject_Type;
extern PyTypeObject PySuper_Type;
extern PyTypeObject _PyNone_Type;
extern PyTypeObject _PyNotImplemented_Type;

#define PyType_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TYPE_SUBCLASS)
#define PyType_CheckExact(op) Py_IS_TYPE((op), &PyType_Type)

int PyType_Ready(PyTypeObject *);
PyObject *PyType_GenericAlloc(PyTypeObject *, Py_ssize_t);
PyObject *PyType_GenericNew(PyTypeObject *, PyObject *, PyObject *);
int PyType_IsSubtype(PyTypeObject *, PyTypeObject *);
#define PyObject_TypeCheck(ob, type) (Py_IS_TYPE((ob), (type)) || PyType_IsSubtype(Py_TYPE(ob), (type)))
unsigned long PyType_GetFlags(PyTypeObject *);
void PyType_Modified(PyTypeObject *);
PyObject *_PyType_Lookup(PyTypeObject *, PyObject *); /* borrowed; no exception set on miss */
PyObject *_PyType_LookupId(PyTypeObject *, const char *); /* borrowed */
const char *_PyType_Name(PyTypeObject *); /* the part after the last dot of tp_name */
PyObject *PyType_GetName(PyTypeObject *);
PyObject *PyType_GetQualName(PyTypeObject *);
unsigned int _PyType_AssignVersionTag(PyTypeObject *); /* 0 if none can be given */

PyObject *PyObject_Repr(PyObject *);
PyObject *PyObject_Str(PyObject *);
PyObject *PyObject_ASCII(PyObject *);
PyObject *PyObject_Bytes(PyObject *);
PyObject *PyObject_RichCompare(PyObject *, PyObject *, int);
int PyObject_RichCompareBool(PyObject *, PyObject *, int);
PyObject *PyObject_GetAttrString(PyObject *, const char *);
int PyObject_SetAttrString(PyObject *, const char *, PyObject *);
int PyObject_HasAttrString(PyObject *, const char *);
PyObject *PyObject_GetAttr(PyObject *, PyObject *);
int _PyObject_LookupAttr(PyObject *, PyObject *, PyObject **);
/* A special method looked up on the type and bound (Objects/object.c) */
PyObject *_PyObject_LookupSpecial(PyObject *self, PyObject *name); /* 1 found, 0 AttributeError swallowed, -1 error */
int PyObject_SetAttr(PyObject *, PyObject *, PyObject *);
int PyObject_DelAttr(PyObject *, PyObject *);
#define PyObject_DelAttrString(o, n) PyObject_SetAttrString((o), (n), NULL)
int PyObject_HasAttr(PyObject *, PyObject *);
PyObject *PyObject_SelfIter(PyObject *);
PyObject *PyObject_GenericGetAttr(PyObject *, PyObject *);
int PyObject_GenericSetAttr(PyObject *, PyObject *, PyObject *);
PyObject *_PyObject_GenericGetAttrWithDict(PyObject *, PyObject *, PyObject *dict, int suppress);
int _PyObject_GenericSetAttrWithDict(PyObject *, PyObject *, PyObject *, PyObject *dict);
int PyObject_GenericSetDict(PyObject *, PyObject *, void *);
PyObject *PyObject_GenericGetDict(PyObject *, void *);
PyObject *_PyObject_GetState(PyObject *); /* obj.__getstate__(), as pickling asks for it */
PyObject **_PyObject_GetDictPtr(PyObject *); /* borrowed slot pointer or NULL */
int _PyObject_GetMethod(PyObject *obj, PyObject *name, PyObject **method); /* 1: unbound method found, self must be passed */
Py_hash_t PyObject_Hash(PyObject *);
Py_hash_t PyObject_HashNotImplemented(PyObject *);
int PyObject_IsTrue(PyObject *);
int PyObject_Not(PyObject *);
int PyCallable_Check(PyObject *);
void PyObject_ClearWeakRefs(PyObject *);
PyObject *PyObject_Dir(PyObject *);
int Py_ReprEnter(PyObject *);
void Py_ReprLeave(PyObject *);
int PyObject_Print(PyObject *, void *fp, int flags);
#define Py_PRINT_RAW 1

/* The trashcan (Objects/object.c): container deallocs bracket their body
 * with these so freeing deeply nested structures does not exhaust the C
 * stack.  _Kr_TrashBegin returns 1 when it deferred op: the dealloc must
 * return at once (it is called again later).  Every 0 must be paired with
 * one _Kr_TrashEnd. */
int _Kr_TrashBegin(PyObject *op, destructor dealloc);
void _Kr_TrashEnd(void);
#define Py_TRASHCAN_BEGIN(op, dealloc) \
    do { \
        if (_Kr_TrashBegin(_PyObject_CAST(op), (destructor)(dealloc))) \
            break;
#define Py_TRASHCAN_END \
        _Kr_TrashEnd(); \
    } while (0);

#endif /* Py_OBJECT_H */
