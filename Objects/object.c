/* The generic object protocol: what every object supports through its
 * type's slots (repr, str, comparison, attributes, hashing, truth), the
 * None and NotImplemented singletons, and start-up of the static types.
 *
 * Attribute lookup (PyObject_GenericGetAttr) follows the descriptor
 * precedence of the language reference:
 *   1. a data descriptor (has __set__ or __delete__) found on the type,
 *   2. the instance __dict__ (at tp_dictoffset),
 *   3. a non-data descriptor or plain class attribute found on the type.
 * The type lookup is _PyType_Lookup (cached by type version, see
 * typeobject.c), so the common case costs one cache probe and one dict
 * probe.
 *
 * Rich comparison gives the right operand the first try when its type is
 * a proper subclass of the left operand's type, so that a subclass can
 * override a comparison its base already answers; == and != fall back to
 * identity when both sides return NotImplemented. */
#include "Python.h"
#include "kr_gc.h"
#include "kr_instance.h"
#include "kr_long.h"
#include "kr_init.h"

/* ===================================================================
 * Reference counting
 * =================================================================== */

#ifdef Py_REF_DEBUG
Py_ssize_t _Py_RefTotal = 0;

void
_Py_NegativeRefcount(const char *filename, int lineno, PyObject *op)
{
    fprintf(stderr, "%s:%d: object at %p has negative ref count %zd (type %s)\n",
            filename, lineno, (void *)op, Py_REFCNT(op),
            Py_TYPE(op) ? Py_TYPE(op)->tp_name : "NULL");
    Py_FatalError("negative reference count");
}
#endif

void
_Py_Dealloc(PyObject *op)
{
    destructor dealloc = Py_TYPE(op)->tp_dealloc;
    dealloc(op);
}

/* ===================================================================
 * The trashcan: bounded C recursion when deallocating deep structures
 *
 * Freeing a container decrefs its items, which may free them, which
 * decrefs theirs...: a list nested a million deep, or a million-link
 * chain of instances, would nest a million deallocs on the C stack.
 * Container deallocs (Py_TRASHCAN_BEGIN/END, or _Kr_TrashBegin/End)
 * count their nesting per thread; past KR_TRASH_DEPTH a dead object is
 * not freed there but pushed on a per-thread stack of deferred objects,
 * and when the outermost dealloc returns it frees them one by one, each
 * starting from depth 1 again.  The stack costs no memory: the objects are
 * GC objects, already untracked, and are chained through their
 * PyGC_Head._gc_prev (the low collector flag bits are kept).  Non-GC
 * objects are never deferred.
 * =================================================================== */

#define KR_TRASH_DEPTH 50

static _Thread_local int trash_depth;
static _Thread_local PyObject *trash_later;   /* chain of deferred objects */

/* tp_finalize run from a dealloc (PEP 442): once per object, with the
 * object alive again for the call.  0: it may be freed now; -1: the
 * finalizer resurrected it, and a GC object is tracked again.  The
 * caller has untracked it. */
int
PyObject_CallFinalizerFromDealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    if (tp->tp_finalize == NULL)
        return 0;
    int gc = PyType_IS_GC(tp);
    if (gc) {
        if (_Py_AS_GC(self)->_gc_prev & _KR_GC_PREV_FINALIZED)
            return 0;
        _Py_AS_GC(self)->_gc_prev |= _KR_GC_PREV_FINALIZED;
    }
    Py_SET_REFCNT(self, 1);
    tp->tp_finalize(self);
    Py_SET_REFCNT(self, Py_REFCNT(self) - 1);
    if (Py_REFCNT(self) == 0)
        return 0;
    if (gc)
        PyObject_GC_Track(self);
    return -1;
}

int
_Kr_TrashBegin(PyObject *op, destructor dealloc)
{
    /* A base dealloc called by a subclass's (subtype_dealloc -> list_dealloc)
       must not defer: the object would be freed again from its own type. */
    if (trash_depth >= KR_TRASH_DEPTH && Py_TYPE(op)->tp_dealloc == dealloc &&
        PyObject_IS_GC(op) && !_PyObject_GC_IS_TRACKED(op)) {
        PyGC_Head *g = _Py_AS_GC(op);
        g->_gc_prev = (uintptr_t)trash_later | (g->_gc_prev & ~_KR_GC_PREV_MASK);
        trash_later = op;
        return 1;
    }
    trash_depth++;
    return 0;
}

void
_Kr_TrashEnd(void)
{
    if (--trash_depth > 0 || trash_later == NULL)
        return;
    /* depth 1 while draining, so the deallocs below do not drain too */
    trash_depth = 1;
    while (trash_later != NULL) {
        PyObject *op = trash_later;
        PyGC_Head *g = _Py_AS_GC(op);
        trash_later = (PyObject *)(g->_gc_prev & _KR_GC_PREV_MASK);
        g->_gc_prev &= ~_KR_GC_PREV_MASK;
        Py_TYPE(op)->tp_dealloc(op);
    }
    trash_depth = 0;
}

/* ===================================================================
 * Allocation
 * =================================================================== */

PyObject *
PyObject_Init(PyObject *op, PyTypeObject *tp)
{
    if (op == NULL)
        return PyErr_NoMemory();
    Py_SET_TYPE(op, tp);
    /* an instance of a class keeps its class alive */
    if (tp->tp_flags & Py_TPFLAGS_HEAPTYPE)
        Py_INCREF(tp);
    Py_SET_REFCNT(op, 1);
#ifdef Py_REF_DEBUG
    _Py_RefTotal++;
#endif
    return op;
}

PyVarObject *
PyObject_InitVar(PyVarObject *op, PyTypeObject *tp, Py_ssize_t size)
{
    if (op == NULL)
        return (PyVarObject *)PyErr_NoMemory();
    Py_SET_SIZE(op, size);
    PyObject_Init((PyObject *)op, tp);
    return op;
}

PyObject *
_PyObject_New(PyTypeObject *tp)
{
    PyObject *op = (PyObject *)PyObject_Malloc(_PyObject_SIZE(tp));
    if (op == NULL)
        return PyErr_NoMemory();
    return PyObject_Init(op, tp);
}

PyVarObject *
_PyObject_NewVar(PyTypeObject *tp, Py_ssize_t nitems)
{
    if (nitems < 0 || (size_t)nitems > (PY_SSIZE_T_MAX - (size_t)tp->tp_basicsize) /
                                       (tp->tp_itemsize ? (size_t)tp->tp_itemsize : 1)) {
        return (PyVarObject *)PyErr_NoMemory();
    }
    size_t size = _PyObject_VAR_SIZE(tp, nitems);
    PyVarObject *op = (PyVarObject *)PyObject_Malloc(size);
    if (op == NULL)
        return (PyVarObject *)PyErr_NoMemory();
    return PyObject_InitVar(op, tp, nitems);
}

/* ===================================================================
 * None and NotImplemented
 * =================================================================== */

static PyObject *
none_repr(PyObject *op)
{
    return PyUnicode_FromString("None");
}

static int
none_bool(PyObject *v)
{
    return 0;
}

static PyObject *
none_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) || (kwargs != NULL && PyDict_GET_SIZE(kwargs))) {
        PyErr_SetString(PyExc_TypeError, "NoneType takes no arguments");
        return NULL;
    }
    Py_RETURN_NONE;
}

static void
singleton_dealloc(PyObject *op)
{
    /* the singletons are static: a count reaching zero is a refcounting
     * bug elsewhere */
    Py_FatalError("deallocating a static singleton (None or NotImplemented)");
}

static Py_hash_t
none_hash(PyObject *v)
{
    return _Py_HashPointer(v);
}

static PyNumberMethods none_as_number = {
    .nb_bool = none_bool,
};

PyTypeObject _PyNone_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "NoneType",
    .tp_basicsize = 0,
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = &none_as_number,
    .tp_hash = none_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = none_new,
};

PyObject _Py_NoneStruct = { 1, &_PyNone_Type };

static PyObject *
notimplemented_repr(PyObject *op)
{
    return PyUnicode_FromString("NotImplemented");
}

static PyObject *
notimplemented_reduce(PyObject *op, PyObject *unused)
{
    return PyUnicode_FromString("NotImplemented");
}

static PyMethodDef notimplemented_methods[] = {
    {"__reduce__", notimplemented_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyObject *
notimplemented_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) || (kwargs != NULL && PyDict_GET_SIZE(kwargs))) {
        PyErr_SetString(PyExc_TypeError, "NotImplementedType takes no arguments");
        return NULL;
    }
    Py_RETURN_NOTIMPLEMENTED;
}

static int
notimplemented_bool(PyObject *v)
{
    if (PyErr_WarnEx(PyExc_DeprecationWarning,
                     "NotImplemented should not be used in a boolean context", 1) < 0)
        return -1;
    return 1;
}

static PyNumberMethods notimplemented_as_number = {
    .nb_bool = notimplemented_bool,
};

PyTypeObject _PyNotImplemented_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "NotImplementedType",
    .tp_basicsize = 0,
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimplemented_repr,
    .tp_as_number = &notimplemented_as_number,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = notimplemented_methods,
    .tp_new = notimplemented_new,
};

PyObject _Py_NotImplementedStruct = { 1, &_PyNotImplemented_Type };

/* ===================================================================
 * Start-up: ready every static type
 * =================================================================== */

#define KR_TYPE(t) extern PyTypeObject t;
#include "kr_typelist.h"
#undef KR_TYPE

int
_KrTypes_Init(void)
{
#define KR_TYPE(t) \
    if (PyType_Ready(&t) < 0) { \
        fprintf(stderr, "krait: cannot initialise type %s\n", #t); \
        return -1; \
    }
#include "kr_typelist.h"
#undef KR_TYPE
    return 0;
}

/* ===================================================================
 * repr, str, ascii, bytes
 * =================================================================== */

PyObject *
PyObject_Repr(PyObject *v)
{
    if (v == NULL)
        return PyUnicode_FromString("<NULL>");
    if (Py_TYPE(v)->tp_repr == NULL)
        return PyUnicode_FromFormat("<%s object at %p>", Py_TYPE(v)->tp_name, v);
    if (Py_EnterRecursiveCall(" while getting the repr of an object"))
        return NULL;
    PyObject *res = Py_TYPE(v)->tp_repr(v);
    Py_LeaveRecursiveCall();
    if (res == NULL)
        return NULL;
    if (!PyUnicode_Check(res)) {
        PyErr_Format(PyExc_TypeError, "__repr__ returned non-string (type %.200s)",
                     Py_TYPE(res)->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

PyObject *
PyObject_Str(PyObject *v)
{
    if (v == NULL)
        return PyUnicode_FromString("<NULL>");
    if (PyUnicode_CheckExact(v))
        return Py_NewRef(v);
    if (Py_TYPE(v)->tp_str == NULL)
        return PyObject_Repr(v);
    if (Py_EnterRecursiveCall(" while getting the str of an object"))
        return NULL;
    PyObject *res = Py_TYPE(v)->tp_str(v);
    Py_LeaveRecursiveCall();
    if (res == NULL)
        return NULL;
    if (!PyUnicode_Check(res)) {
        PyErr_Format(PyExc_TypeError, "__str__ returned non-string (type %.200s)",
                     Py_TYPE(res)->tp_name);
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

PyObject *
PyObject_ASCII(PyObject *v)
{
    PyObject *repr = PyObject_Repr(v);
    if (repr == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(repr);
    int kind = PyUnicode_KIND(repr);
    const void *data = PyUnicode_DATA(repr);
    Py_ssize_t i;
    for (i = 0; i < n; i++) {
        if (PyUnicode_READ(kind, data, i) >= 128)
            break;
    }
    if (i == n)
        return repr;
    _PyUnicodeWriter writer;
    _PyUnicodeWriter_Init(&writer);
    for (i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        int r;
        if (ch < 128) {
            r = _PyUnicodeWriter_WriteChar(&writer, ch);
        }
        else {
            char buf[12];
            if (ch <= 0xff)
                snprintf(buf, sizeof buf, "\\x%02x", (unsigned)ch);
            else if (ch <= 0xffff)
                snprintf(buf, sizeof buf, "\\u%04x", (unsigned)ch);
            else
                snprintf(buf, sizeof buf, "\\U%08x", (unsigned)ch);
            r = _PyUnicodeWriter_WriteASCIIString(&writer, buf, (Py_ssize_t)strlen(buf));
        }
        if (r < 0) {
            _PyUnicodeWriter_Dealloc(&writer);
            Py_DECREF(repr);
            return NULL;
        }
    }
    Py_DECREF(repr);
    return _PyUnicodeWriter_Finish(&writer);
}

/* Look a special method up on the type, bypassing the instance, and
 * bind it through its descriptor (new reference); NULL without an
 * exception when the type has none.  Every implicit special-method call
 * that is not a type slot (__bytes__, __dir__, __complex__, __floor__,
 * __trunc__...) looks up through here. */
PyObject *
_PyObject_LookupSpecial(PyObject *self, PyObject *name)
{
    PyObject *res = _PyType_Lookup(Py_TYPE(self), name);
    if (res == NULL)
        return NULL;
    descrgetfunc f = Py_TYPE(res)->tp_descr_get;
    if (f == NULL)
        return Py_NewRef(res);
    return f(res, self, (PyObject *)Py_TYPE(self));
}

PyObject *
PyObject_Bytes(PyObject *v)
{
    if (v == NULL)
        return PyBytes_FromString("<NULL>");
    if (PyBytes_CheckExact(v))
        return Py_NewRef(v);
    PyObject *func = _PyObject_LookupSpecial(v, _Py_ID(__bytes__));
    if (func != NULL) {
        PyObject *result = PyObject_CallNoArgs(func);
        Py_DECREF(func);
        if (result == NULL)
            return NULL;
        if (!PyBytes_Check(result)) {
            PyErr_Format(PyExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                         Py_TYPE(result)->tp_name);
            Py_DECREF(result);
            return NULL;
        }
        return result;
    }
    if (PyErr_Occurred())
        return NULL;
    return PyBytes_FromObject(v);
}

int
PyObject_Print(PyObject *op, void *fpv, int flags)
{
    FILE *fp = (FILE *)fpv;
    PyObject *s = (flags & Py_PRINT_RAW) ? PyObject_Str(op) : PyObject_Repr(op);
    if (s == NULL)
        return -1;
    const char *u = PyUnicode_AsUTF8(s);
    if (u == NULL) {
        Py_DECREF(s);
        return -1;
    }
    fputs(u, fp);
    Py_DECREF(s);
    return 0;
}

/* ---- recursive repr guard ---- */

#define REPR_KEY "Py_Repr"

static PyObject *
repr_list(int create)
{
    PyObject *dict = PyThreadState_GetDict();
    if (dict == NULL)
        return NULL;
    PyObject *list = PyDict_GetItemString(dict, REPR_KEY);
    if (list == NULL && create) {
        list = PyList_New(0);
        if (list == NULL)
            return NULL;
        if (PyDict_SetItemString(dict, REPR_KEY, list) < 0) {
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(list);
    }
    return list;
}

int
Py_ReprEnter(PyObject *obj)
{
    PyObject *list = repr_list(1);
    if (list == NULL)
        return PyErr_Occurred() ? -1 : 0;
    for (Py_ssize_t i = PyList_GET_SIZE(list); --i >= 0;) {
        if (PyList_GET_ITEM(list, i) == obj)
            return 1;
    }
    if (PyList_Append(list, obj) < 0)
        return -1;
    return 0;
}

void
Py_ReprLeave(PyObject *obj)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *list = repr_list(0);
    if (list != NULL && PyList_Check(list)) {
        for (Py_ssize_t i = PyList_GET_SIZE(list); --i >= 0;) {
            if (PyList_GET_ITEM(list, i) == obj) {
                PyList_SetSlice(list, i, i + 1, NULL);
                break;
            }
        }
    }
    PyErr_SetRaisedException(exc);
}

/* ===================================================================
 * Rich comparison
 * =================================================================== */

static const int swapped_op[] = {Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE};
static const char *const opstrings[] = {"<", "<=", "==", "!=", ">", ">="};

static PyObject *
do_richcompare(PyObject *v, PyObject *w, int op)
{
    richcmpfunc f;
    PyObject *res;
    int checked_reverse_op = 0;
    if (!Py_IS_TYPE(v, Py_TYPE(w)) && PyType_IsSubtype(Py_TYPE(w), Py_TYPE(v)) &&
        (f = Py_TYPE(w)->tp_richcompare) != NULL) {
        checked_reverse_op = 1;
        res = f(w, v, swapped_op[op]);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if ((f = Py_TYPE(v)->tp_richcompare) != NULL) {
        res = f(v, w, op);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    if (!checked_reverse_op && (f = Py_TYPE(w)->tp_richcompare) != NULL) {
        res = f(w, v, swapped_op[op]);
        if (res != Py_NotImplemented)
            return res;
        Py_DECREF(res);
    }
    switch (op) {
    case Py_EQ:
        return PyBool_FromLong(v == w);
    case Py_NE:
        return PyBool_FromLong(v != w);
    default:
        PyErr_Format(PyExc_TypeError, "'%s' not supported between instances of '%.100s' and '%.100s'",
                     opstrings[op], Py_TYPE(v)->tp_name, Py_TYPE(w)->tp_name);
        return NULL;
    }
}

PyObject *
PyObject_RichCompare(PyObject *v, PyObject *w, int op)
{
    if (v == NULL || w == NULL) {
        if (!PyErr_Occurred())
            PyErr_BadInternalCall();
        return NULL;
    }
    if (Py_EnterRecursiveCall(" in comparison"))
        return NULL;
    PyObject *res = do_richcompare(v, w, op);
    Py_LeaveRecursiveCall();
    return res;
}

int
PyObject_RichCompareBool(PyObject *v, PyObject *w, int op)
{
    /* identity implies equality, for containers' sake (nan in [nan]) */
    if (v == w) {
        if (op == Py_EQ)
            return 1;
        if (op == Py_NE)
            return 0;
    }
    /* two exact ints of one digit, or two exact floats (heapq, bisect,
     * min/max, `in`): the answer needs no bool object, no recursion
     * guard and no slot call */
    if (_KrLong_BothCompact(v, w))
        return _KrLong_CompareCompact(v, w, op);
    if (PyFloat_CheckExact(v) && PyFloat_CheckExact(w)) {
        double a = PyFloat_AS_DOUBLE(v), b = PyFloat_AS_DOUBLE(w);
        return _Kr_COMPARE_VALUES(a, b, op);
    }
    PyObject *res = PyObject_RichCompare(v, w, op);
    if (res == NULL)
        return -1;
    int ok;
    if (PyBool_Check(res))
        ok = res == Py_True;
    else
        ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
}

/* ===================================================================
 * Hashing, truth, callability
 * =================================================================== */

Py_hash_t
PyObject_HashNotImplemented(PyObject *v)
{
    PyErr_Format(PyExc_TypeError, "unhashable type: '%.200s'", Py_TYPE(v)->tp_name);
    return -1;
}

Py_hash_t
PyObject_Hash(PyObject *v)
{
    PyTypeObject *tp = Py_TYPE(v);
    if (tp->tp_hash != NULL)
        return tp->tp_hash(v);
    /* a type not yet readied has not inherited tp_hash */
    if (!(tp->tp_flags & Py_TPFLAGS_READY)) {
        if (PyType_Ready(tp) < 0)
            return -1;
        if (tp->tp_hash != NULL)
            return tp->tp_hash(v);
    }
    return PyObject_HashNotImplemented(v);
}

int
PyObject_IsTrue(PyObject *v)
{
    if (v == Py_True)
        return 1;
    if (v == Py_False || v == Py_None)
        return 0;
    PyTypeObject *tp = Py_TYPE(v);
    Py_ssize_t res;
    if (tp->tp_as_number != NULL && tp->tp_as_number->nb_bool != NULL)
        res = tp->tp_as_number->nb_bool(v);
    else if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL)
        res = tp->tp_as_mapping->mp_length(v);
    else if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL)
        res = tp->tp_as_sequence->sq_length(v);
    else
        return 1;
    return res > 0 ? 1 : (int)res;
}

int
PyObject_Not(PyObject *v)
{
    int res = PyObject_IsTrue(v);
    if (res < 0)
        return res;
    return res == 0;
}

int
PyCallable_Check(PyObject *x)
{
    if (x == NULL)
        return 0;
    return Py_TYPE(x)->tp_call != NULL;
}

PyObject *
PyObject_SelfIter(PyObject *obj)
{
    return Py_NewRef(obj);
}

/* ===================================================================
 * Attributes
 * =================================================================== */

/* 3.11 records the object and name on AttributeError, for the "Did you
 * mean" hint of the traceback printer. */
static void
set_attribute_error_context(PyObject *v, PyObject *name)
{
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return;
    PyObject *exc = PyErr_GetRaisedException();
    if (exc != NULL && PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_AttributeError)) {
        PyAttributeErrorObject *ae = (PyAttributeErrorObject *)exc;
        if (ae->name == NULL && ae->obj == NULL) {
            ae->name = Py_NewRef(name);
            ae->obj = Py_NewRef(v);
        }
    }
    PyErr_SetRaisedException(exc);
}

/* CPython 3.11 fills AttributeError.name/.obj only when a lookup fails;
   a failed set or delete raises the same message with both left None. */
static void
no_attribute_to_set(PyObject *v, PyObject *name)
{
    PyErr_Format(PyExc_AttributeError, "'%.50s' object has no attribute '%U'",
                 Py_TYPE(v)->tp_name, name);
}

static PyObject *
no_attribute(PyObject *v, PyObject *name)
{
    no_attribute_to_set(v, name);
    set_attribute_error_context(v, name);
    return NULL;
}

PyObject *
PyObject_GetAttr(PyObject *v, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(v);
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    PyObject *result;
    if (tp->tp_getattro != NULL) {
        result = tp->tp_getattro(v, name);
    }
    else if (tp->tp_getattr != NULL) {
        const char *s = PyUnicode_AsUTF8(name);
        if (s == NULL)
            return NULL;
        result = tp->tp_getattr(v, (char *)s);
    }
    else {
        return no_attribute(v, name);
    }
    if (result == NULL)
        set_attribute_error_context(v, name);
    return result;
}

PyObject *
PyObject_GetAttrString(PyObject *v, const char *name)
{
    if (Py_TYPE(v)->tp_getattr != NULL && Py_TYPE(v)->tp_getattro == NULL)
        return Py_TYPE(v)->tp_getattr(v, (char *)name);
    PyObject *w = PyUnicode_FromString(name);
    if (w == NULL)
        return NULL;
    PyObject *res = PyObject_GetAttr(v, w);
    Py_DECREF(w);
    return res;
}

int
_PyObject_LookupAttr(PyObject *v, PyObject *name, PyObject **result)
{
    PyTypeObject *tp = Py_TYPE(v);
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        *result = NULL;
        return -1;
    }
    if (tp->tp_getattro == PyObject_GenericGetAttr) {
        /* no AttributeError is made only to be thrown away */
        *result = _PyObject_GenericGetAttrWithDict(v, name, NULL, 1);
        if (*result != NULL)
            return 1;
        return PyErr_Occurred() ? -1 : 0;
    }
    if (tp->tp_getattro != NULL) {
        *result = tp->tp_getattro(v, name);
    }
    else if (tp->tp_getattr != NULL) {
        const char *s = PyUnicode_AsUTF8(name);
        if (s == NULL) {
            *result = NULL;
            return -1;
        }
        *result = tp->tp_getattr(v, (char *)s);
    }
    else {
        *result = NULL;
        return 0;
    }
    if (*result != NULL)
        return 1;
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
    PyErr_Clear();
    return 0;
}

int
PyObject_HasAttr(PyObject *v, PyObject *name)
{
    PyObject *res;
    if (_PyObject_LookupAttr(v, name, &res) < 0) {
        PyErr_Clear();
        return 0;
    }
    if (res == NULL)
        return 0;
    Py_DECREF(res);
    return 1;
}

int
PyObject_HasAttrString(PyObject *v, const char *name)
{
    PyObject *w = PyUnicode_FromString(name);
    if (w == NULL) {
        PyErr_Clear();
        return 0;
    }
    int r = PyObject_HasAttr(v, w);
    Py_DECREF(w);
    return r;
}

int
PyObject_SetAttr(PyObject *v, PyObject *name, PyObject *value)
{
    PyTypeObject *tp = Py_TYPE(v);
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return -1;
    }
    Py_INCREF(name);
    if (PyUnicode_CheckExact(name))
        PyUnicode_InternInPlace(&name);
    int err;
    if (tp->tp_setattro != NULL) {
        err = tp->tp_setattro(v, name, value);
        Py_DECREF(name);
        return err;
    }
    if (tp->tp_setattr != NULL) {
        const char *s = PyUnicode_AsUTF8(name);
        if (s == NULL) {
            Py_DECREF(name);
            return -1;
        }
        err = tp->tp_setattr(v, (char *)s, value);
        Py_DECREF(name);
        return err;
    }
    Py_DECREF(name);
    if (tp->tp_getattr == NULL && tp->tp_getattro == NULL)
        PyErr_Format(PyExc_TypeError, "'%.100s' object has no attributes (%s .%U)",
                     tp->tp_name, value == NULL ? "del" : "assign to", name);
    else
        PyErr_Format(PyExc_TypeError, "'%.100s' object has only read-only attributes (%s .%U)",
                     tp->tp_name, value == NULL ? "del" : "assign to", name);
    return -1;
}

int
PyObject_SetAttrString(PyObject *v, const char *name, PyObject *w)
{
    if (Py_TYPE(v)->tp_setattr != NULL && Py_TYPE(v)->tp_setattro == NULL)
        return Py_TYPE(v)->tp_setattr(v, (char *)name, w);
    PyObject *s = PyUnicode_InternFromString(name);
    if (s == NULL)
        return -1;
    int res = PyObject_SetAttr(v, s, w);
    Py_DECREF(s);
    return res;
}

int
PyObject_DelAttr(PyObject *v, PyObject *name)
{
    return PyObject_SetAttr(v, name, NULL);
}

PyObject **
_PyObject_GetDictPtr(PyObject *obj)
{
    PyTypeObject *tp = Py_TYPE(obj);
    if (_KrType_HasManagedDict(tp)) {
        /* callers want a dict: make it from the inline values (as
         * CPython does, a memory error here is reported as "no dict") */
        if (_KrObject_MaterializeDict(obj) == NULL) {
            PyErr_Clear();
            return NULL;
        }
        return _KrObject_ManagedDictPtr(obj);
    }
    Py_ssize_t dictoffset = tp->tp_dictoffset;
    if (dictoffset == 0)
        return NULL;
    if (dictoffset < 0) {
        /* after the items of a var-sized object (int keeps its sign in
         * ob_size) */
        Py_ssize_t tsize = Py_SIZE(obj);
        if (tsize < 0)
            tsize = -tsize;
        size_t size = _PyObject_VAR_SIZE(tp, tsize);
        dictoffset += (Py_ssize_t)size;
    }
    return (PyObject **)((char *)obj + dictoffset);
}

PyObject *
_PyObject_GenericGetAttrWithDict(PyObject *obj, PyObject *name, PyObject *dict, int suppress)
{
    PyTypeObject *tp = Py_TYPE(obj);
    PyObject *descr = NULL, *res = NULL;
    descrgetfunc f = NULL;
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    Py_INCREF(name);
    if (tp->tp_dict == NULL && PyType_Ready(tp) < 0)
        goto done;

    descr = _PyType_Lookup(tp, name);
    if (descr != NULL) {
        Py_INCREF(descr);
        f = Py_TYPE(descr)->tp_descr_get;
        if (f != NULL && PyDescr_IsData(descr)) {
            res = f(descr, obj, (PyObject *)tp);
            if (res == NULL && suppress && PyErr_ExceptionMatches(PyExc_AttributeError))
                PyErr_Clear();
            goto done;
        }
    }
    if (dict == NULL && _KrType_HasManagedDict(tp)) {
        KrInstanceValues *values = *_KrObject_ValuesPtr(obj);
        if (values != NULL && PyUnicode_CheckExact(name)) {
            res = _KrObject_GetInlineAttr(obj, values, name);
            if (res != NULL) {
                Py_INCREF(res);
                goto done;
            }
        }
        else if (values != NULL) {
            /* a str subclass as name: let the dict compare it */
            dict = _KrObject_MaterializeDict(obj);
            if (dict == NULL)
                goto done;
        }
        else {
            dict = *_KrObject_ManagedDictPtr(obj);
        }
    }
    else if (dict == NULL) {
        PyObject **dictptr = _PyObject_GetDictPtr(obj);
        if (dictptr != NULL)
            dict = *dictptr;
    }
    if (dict != NULL) {
        Py_INCREF(dict);
        res = PyDict_GetItemWithError(dict, name);
        if (res != NULL) {
            Py_INCREF(res);
            Py_DECREF(dict);
            goto done;
        }
        Py_DECREF(dict);
        if (PyErr_Occurred()) {
            if (suppress && PyErr_ExceptionMatches(PyExc_AttributeError))
                PyErr_Clear();
            goto done;
        }
    }
    if (f != NULL) {
        res = f(descr, obj, (PyObject *)tp);
        if (res == NULL && suppress && PyErr_ExceptionMatches(PyExc_AttributeError))
            PyErr_Clear();
        goto done;
    }
    if (descr != NULL) {
        res = descr;
        descr = NULL;
        goto done;
    }
    if (!suppress)
        no_attribute(obj, name);
done:
    Py_XDECREF(descr);
    Py_DECREF(name);
    return res;
}

PyObject *
PyObject_GenericGetAttr(PyObject *obj, PyObject *name)
{
    return _PyObject_GenericGetAttrWithDict(obj, name, NULL, 0);
}

int
_PyObject_GenericSetAttrWithDict(PyObject *obj, PyObject *name, PyObject *value, PyObject *dict)
{
    PyTypeObject *tp = Py_TYPE(obj);
    int res = -1;
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                     Py_TYPE(name)->tp_name);
        return -1;
    }
    if (tp->tp_dict == NULL && PyType_Ready(tp) < 0)
        return -1;
    Py_INCREF(name);
    PyObject *descr = _PyType_Lookup(tp, name);
    if (descr != NULL) {
        Py_INCREF(descr);
        descrsetfunc f = Py_TYPE(descr)->tp_descr_set;
        if (f != NULL) {
            res = f(descr, obj, value);
            goto done;
        }
    }
    if (dict == NULL && _KrType_HasManagedDict(tp) && *_KrObject_ValuesPtr(obj) != NULL) {
        res = _KrObject_StoreInlineAttr(obj, *_KrObject_ValuesPtr(obj), name, value);
        if (res == 2) {
            res = -1;
            no_attribute_to_set(obj, name);
        }
        if (res <= 0)
            goto done;
    }
    if (dict == NULL) {
        PyObject **dictptr = _KrType_HasManagedDict(tp) ? _KrObject_ManagedDictPtr(obj)
                                                        : _PyObject_GetDictPtr(obj);
        if (dictptr == NULL) {
            if (descr == NULL)
                no_attribute_to_set(obj, name);
            else
                PyErr_Format(PyExc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                             tp->tp_name, name);
            goto done;
        }
        if (*dictptr == NULL) {
            PyDictKeysObject *keys = _KrType_HasManagedDict(tp) && (tp->tp_flags & Py_TPFLAGS_HEAPTYPE)
                                         ? ((PyHeapTypeObject *)tp)->ht_cached_keys
                                         : NULL;
            if (keys != NULL) {
                /* no values inline (a list subclass, or after `del
                 * obj.__dict__`): a split dict on the class's keys, as
                 * CPython makes even when deleting */
                *dictptr = _KrDict_NewSplit(keys, NULL);
                if (*dictptr == NULL)
                    goto done;
            }
            else if (value == NULL) {
                no_attribute_to_set(obj, name);
                goto done;
            }
            else {
                *dictptr = PyDict_New();
                if (*dictptr == NULL)
                    goto done;
            }
        }
        dict = *dictptr;
    }
    Py_INCREF(dict);
    if (value == NULL) {
        res = PyDict_DelItem(dict, name);
        if (res < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            if (PyType_Check(obj))
                PyErr_Format(PyExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                             ((PyTypeObject *)obj)->tp_name, name);
            else
                no_attribute_to_set(obj, name);
        }
    }
    else {
        res = PyDict_SetItem(dict, name, value);
    }
    Py_DECREF(dict);
done:
    Py_XDECREF(descr);
    Py_DECREF(name);
    return res;
}

int
PyObject_GenericSetAttr(PyObject *obj, PyObject *name, PyObject *value)
{
    return _PyObject_GenericSetAttrWithDict(obj, name, value, NULL);
}

PyObject *
PyObject_GenericGetDict(PyObject *obj, void *context)
{
    if (_KrType_HasManagedDict(Py_TYPE(obj))) {
        PyObject *dict = _KrObject_MaterializeDict(obj);
        return Py_XNewRef(dict);
    }
    PyObject **dictptr = _PyObject_GetDictPtr(obj);
    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return NULL;
    }
    if (*dictptr == NULL) {
        *dictptr = PyDict_New();
        if (*dictptr == NULL)
            return NULL;
    }
    return Py_NewRef(*dictptr);
}

int
PyObject_GenericSetDict(PyObject *obj, PyObject *value, void *context)
{
    int managed = _KrType_HasManagedDict(Py_TYPE(obj));
    PyObject **dictptr = managed ? _KrObject_ManagedDictPtr(obj) : _PyObject_GetDictPtr(obj);
    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PyDict_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_INCREF(value);
    if (managed)
        _KrObject_FreeInlineValues(obj);
    Py_XSETREF(*dictptr, value);
    return 0;
}

/* The VM's LOAD_METHOD: when `name` resolves to a plain function or
 * method descriptor on the type, hand back the unbound callable and
 * return 1, so the call passes obj as the first argument without
 * allocating a bound method. */
int
_PyObject_GetMethod(PyObject *obj, PyObject *name, PyObject **method)
{
    PyTypeObject *tp = Py_TYPE(obj);
    if (tp->tp_getattro != PyObject_GenericGetAttr || !PyUnicode_CheckExact(name)) {
        *method = PyObject_GetAttr(obj, name);
        return 0;
    }
    if (tp->tp_dict == NULL && PyType_Ready(tp) < 0) {
        *method = NULL;
        return 0;
    }
    int meth_found = 0;
    descrgetfunc f = NULL;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (descr != NULL) {
        Py_INCREF(descr);
        if (PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
            meth_found = 1;
        }
        else {
            f = Py_TYPE(descr)->tp_descr_get;
            if (f != NULL && PyDescr_IsData(descr)) {
                *method = f(descr, obj, (PyObject *)tp);
                Py_DECREF(descr);
                return 0;
            }
        }
    }
    KrInstanceValues *values = _KrType_HasManagedDict(tp) ? *_KrObject_ValuesPtr(obj) : NULL;
    if (values != NULL) {
        PyObject *attr = _KrObject_GetInlineAttr(obj, values, name);
        if (attr != NULL) {
            *method = Py_NewRef(attr);
            Py_XDECREF(descr);
            return 0;
        }
    }
    PyObject **dictptr = values != NULL ? NULL
                         : _KrType_HasManagedDict(tp) ? _KrObject_ManagedDictPtr(obj)
                                                      : _PyObject_GetDictPtr(obj);
    if (dictptr != NULL && *dictptr != NULL) {
        PyObject *dict = Py_NewRef(*dictptr);
        PyObject *attr = PyDict_GetItemWithError(dict, name);
        if (attr != NULL) {
            *method = Py_NewRef(attr);
            Py_DECREF(dict);
            Py_XDECREF(descr);
            return 0;
        }
        Py_DECREF(dict);
        if (PyErr_Occurred()) {
            Py_XDECREF(descr);
            *method = NULL;
            return 0;
        }
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f != NULL) {
        *method = f(descr, obj, (PyObject *)tp);
        Py_DECREF(descr);
        return 0;
    }
    if (descr != NULL) {
        *method = descr;
        return 0;
    }
    *method = NULL;
    no_attribute(obj, name);
    return 0;
}

/* ===================================================================
 * dir()
 * =================================================================== */

PyObject *
PyObject_Dir(PyObject *obj)
{
    PyObject *result;
    if (obj == NULL) {
        PyObject *locals = PyEval_GetLocals();
        if (locals == NULL)
            return NULL;
        result = PyMapping_Keys(locals);
        if (result == NULL)
            return NULL;
    }
    else {
        PyObject *dirfunc = _PyObject_LookupSpecial(obj, _Py_ID(__dir__));
        if (dirfunc == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "object does not provide __dir__");
            return NULL;
        }
        PyObject *res = PyObject_CallNoArgs(dirfunc);
        Py_DECREF(dirfunc);
        if (res == NULL)
            return NULL;
        result = PySequence_List(res);
        Py_DECREF(res);
        if (result == NULL)
            return NULL;
    }
    if (!PyList_Check(result)) {
        Py_SETREF(result, PySequence_List(result));
        if (result == NULL)
            return NULL;
    }
    if (PyList_Sort(result) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

/* PyObject_ClearWeakRefs lives in weakrefobject.c, next to the list it
 * walks. */
