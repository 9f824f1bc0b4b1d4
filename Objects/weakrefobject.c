/* Weak references: weakref.ref, weakref.proxy and the _weakref module.
 *
 * An object whose type has tp_weaklistoffset != 0 keeps, at that offset, a
 * pointer to the head of a doubly linked list of the weak references to
 * it (wr_prev/wr_next).  A weak reference does not own its referent; when
 * the referent dies, its dealloc calls PyObject_ClearWeakRefs, which sets
 * every reference's wr_object to None (so calling it returns None),
 * unlinks it, and then calls the callbacks, in the reverse order of
 * creation as CPython does.
 *
 * A plain `weakref.ref(obj)` without a callback is shared: the list keeps
 * such a "basic" reference (and a basic proxy) at its head so that
 * ref(obj) is ref(obj).  The cycle collector clears the weak references
 * to unreachable objects before running finalizers (gc_collect.c), so a
 * callback can never see a half-destroyed object. */
#include "Python.h"
#include "kr_typing.h"

#define GET_WEAKREFS_LISTPTR(o) ((PyWeakReference **)(((char *)(o)) + Py_TYPE(o)->tp_weaklistoffset))

static inline int supports_weakrefs(PyObject *obj)
{
    PyTypeObject *t = Py_TYPE(obj);
    return t->tp_weaklistoffset > 0;
}

Py_ssize_t _PyWeakref_GetWeakrefCount(PyWeakReference *head)
{
    Py_ssize_t n = 0;
    for (; head != NULL; head = head->wr_next)
        n++;
    return n;
}

static void insert_head(PyWeakReference *ref, PyWeakReference **list)
{
    PyWeakReference *next = *list;
    ref->wr_prev = NULL;
    ref->wr_next = next;
    if (next)
        next->wr_prev = ref;
    *list = ref;
}

static void insert_after(PyWeakReference *ref, PyWeakReference *prev)
{
    ref->wr_prev = prev;
    ref->wr_next = prev->wr_next;
    if (prev->wr_next)
        prev->wr_next->wr_prev = ref;
    prev->wr_next = ref;
}

/* Unlink `self` from its referent's list and forget the referent. */
static void clear_weakref(PyWeakReference *self)
{
    if (self->wr_object != Py_None) {
        PyWeakReference **list = GET_WEAKREFS_LISTPTR(self->wr_object);
        if (*list == self)
            *list = self->wr_next;
        self->wr_object = Py_None;
        if (self->wr_prev)
            self->wr_prev->wr_next = self->wr_next;
        if (self->wr_next)
            self->wr_next->wr_prev = self->wr_prev;
        self->wr_prev = self->wr_next = NULL;
    }
    Py_CLEAR(self->wr_callback);
}

void _PyWeakref_ClearRef(PyWeakReference *self)
{
    /* Used by the collector: forget the referent but keep the callback
     * decision to the caller. */
    PyObject *cb = self->wr_callback;
    self->wr_callback = NULL;
    clear_weakref(self);
    self->wr_callback = cb;
}

/* The basic reference and basic proxy, if the list has them. */
static void get_basic_refs(PyWeakReference *head, PyWeakReference **refp, PyWeakReference **proxyp)
{
    *refp = *proxyp = NULL;
    if (head != NULL && head->wr_callback == NULL) {
        if (PyWeakref_CheckRefExact(head)) {
            *refp = head;
            head = head->wr_next;
        }
        if (head != NULL && head->wr_callback == NULL && PyWeakref_CheckProxy(head))
            *proxyp = head;
    }
}

static void init_weakref(PyWeakReference *self, PyObject *ob, PyObject *callback)
{
    self->hash = -1;
    self->wr_object = ob;
    self->wr_prev = self->wr_next = NULL;
    self->wr_callback = Py_XNewRef(callback);
    self->vectorcall = NULL;
}

/* ---- weakref.ref ---- */

static PyObject *weakref_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (!_PyArg_NoKwnames("weakref", kwnames) ||
        !_PyArg_CheckPositional("weakref", PyVectorcall_NARGS(nargsf), 0, 0))
        return NULL;
    return Py_NewRef(PyWeakref_GET_OBJECT(self));
}

static PyObject *weakref_call(PyObject *self, PyObject *args, PyObject *kw)
{
    if (!_PyArg_NoKeywords("weakref", kw) || !_PyArg_CheckPositional("weakref", PyTuple_GET_SIZE(args), 0, 0))
        return NULL;
    return Py_NewRef(PyWeakref_GET_OBJECT(self));
}

static int parse_weakref_args(PyObject *args, PyObject **ob, PyObject **callback)
{
    return PyArg_UnpackTuple(args, "__new__", 1, 2, ob, callback);
}

static PyObject *weakref___new__(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *ob, *callback = NULL;
    if (!parse_weakref_args(args, &ob, &callback))
        return NULL;
    if (!supports_weakrefs(ob)) {
        PyErr_Format(PyExc_TypeError, "cannot create weak reference to '%s' object", Py_TYPE(ob)->tp_name);
        return NULL;
    }
    if (callback == Py_None)
        callback = NULL;
    PyWeakReference **list = GET_WEAKREFS_LISTPTR(ob);
    PyWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && type == &_PyWeakref_RefType && ref != NULL)
        return Py_NewRef((PyObject *)ref);
    PyWeakReference *self = (PyWeakReference *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    init_weakref(self, ob, callback);
    self->vectorcall = weakref_vectorcall;
    if (callback == NULL && type == &_PyWeakref_RefType) {
        insert_head(self, list);
    }
    else {
        /* after the basic references, if any */
        PyWeakReference *prev = proxy ? proxy : ref;
        if (prev)
            insert_after(self, prev);
        else
            insert_head(self, list);
    }
    return (PyObject *)self;
}

static int weakref___init__(PyObject *self, PyObject *args, PyObject *kwargs)
{
    PyObject *ob, *callback = NULL;
    return parse_weakref_args(args, &ob, &callback) ? 0 : -1;
}

static void weakref_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    clear_weakref((PyWeakReference *)self);
    Py_TYPE(self)->tp_free(self);
}

static int gc_traverse(PyWeakReference *self, visitproc visit, void *arg)
{
    Py_VISIT(self->wr_callback);
    return 0;
}

static int gc_clear(PyWeakReference *self)
{
    clear_weakref(self);
    return 0;
}

static Py_hash_t weakref_hash(PyWeakReference *self)
{
    if (self->hash != -1)
        return self->hash;
    PyObject *obj = PyWeakref_GET_OBJECT(self);
    if (obj == Py_None) {
        PyErr_SetString(PyExc_TypeError, "weak object has gone away");
        return -1;
    }
    Py_INCREF(obj);
    self->hash = PyObject_Hash(obj);
    Py_DECREF(obj);
    return self->hash;
}

static PyObject *weakref_repr(PyWeakReference *self)
{
    PyObject *obj = PyWeakref_GET_OBJECT(self);
    if (obj == Py_None)
        return PyUnicode_FromFormat("<weakref at %p; dead>", self);
    Py_INCREF(obj);
    PyObject *name = NULL;
    if (_PyObject_LookupAttr(obj, _Py_ID(__name__), &name) < 0) {
        Py_DECREF(obj);
        return NULL;
    }
    PyObject *repr;
    if (name == NULL || !PyUnicode_Check(name))
        repr = PyUnicode_FromFormat("<weakref at %p; to '%s' at %p>", self, Py_TYPE(obj)->tp_name, obj);
    else
        repr = PyUnicode_FromFormat("<weakref at %p; to '%s' at %p (%U)>", self, Py_TYPE(obj)->tp_name,
                                    obj, name);
    Py_XDECREF(name);
    Py_DECREF(obj);
    return repr;
}

static PyObject *weakref_richcompare(PyWeakReference *self, PyWeakReference *other, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyWeakref_Check(self) || !PyWeakref_Check(other))
        Py_RETURN_NOTIMPLEMENTED;
    if (PyWeakref_GET_OBJECT(self) == Py_None || PyWeakref_GET_OBJECT(other) == Py_None) {
        int res = (self == other);
        if (op == Py_NE)
            res = !res;
        return PyBool_FromLong(res);
    }
    PyObject *a = Py_NewRef(PyWeakref_GET_OBJECT(self));
    PyObject *b = Py_NewRef(PyWeakref_GET_OBJECT(other));
    PyObject *res = PyObject_RichCompare(a, b, op);
    Py_DECREF(a);
    Py_DECREF(b);
    return res;
}

/* weakref.ref[...] is a types.GenericAlias (PEP 585). */
static PyObject *
weakref_class_getitem(PyObject *cls, PyObject *arg)
{
    return Py_GenericAlias(cls, arg);
}

static PyMemberDef weakref_members[] = {
    {"__callback__", T_OBJECT, offsetof(PyWeakReference, wr_callback), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyMethodDef weakref_methods[] = {
    {"__class_getitem__", weakref_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PyTypeObject _PyWeakref_RefType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(PyWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_vectorcall_offset = offsetof(PyWeakReference, vectorcall),
    .tp_call = weakref_call,
    .tp_repr = (reprfunc)weakref_repr,
    .tp_hash = (hashfunc)weakref_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_BASETYPE,
    .tp_traverse = (traverseproc)gc_traverse,
    .tp_clear = (inquiry)gc_clear,
    .tp_richcompare = (richcmpfunc)weakref_richcompare,
    .tp_methods = weakref_methods,
    .tp_members = weakref_members,
    .tp_init = weakref___init__,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = weakref___new__,
    .tp_free = PyObject_GC_Del,
};

/* ---- weakref.proxy ----
 * A proxy forwards operations to its referent; using a dead proxy raises
 * ReferenceError. */

static int proxy_check_ref(PyObject *obj)
{
    if (obj == Py_None) {
        PyErr_SetString(PyExc_ReferenceError, "weakly-referenced object no longer exists");
        return 0;
    }
    return 1;
}

/* Replace a proxy by its referent (new reference), or fail. */
static PyObject *unwrap(PyObject *o)
{
    if (PyWeakref_CheckProxy(o)) {
        o = PyWeakref_GET_OBJECT(o);
        if (!proxy_check_ref(o))
            return NULL;
    }
    return Py_NewRef(o);
}

#define UNWRAP2(a, b, expr) do { \
        PyObject *_a = unwrap(a); if (_a == NULL) return NULL; \
        PyObject *_b = unwrap(b); if (_b == NULL) { Py_DECREF(_a); return NULL; } \
        PyObject *_r = (expr); Py_DECREF(_a); Py_DECREF(_b); return _r; } while (0)

#define PROXY_BINOP(name, func) \
    static PyObject *proxy_##name(PyObject *x, PyObject *y) { UNWRAP2(x, y, func(_a, _b)); }
#define PROXY_UNOP(name, func) \
    static PyObject *proxy_##name(PyObject *x) { \
        PyObject *_a = unwrap(x); if (_a == NULL) return NULL; \
        PyObject *_r = func(_a); Py_DECREF(_a); return _r; }
/* in-place operators rebind the referent's result to the proxy's caller */
#define PROXY_IBINOP(name, func) \
    static PyObject *proxy_##name(PyObject *x, PyObject *y) { \
        PyObject *o = PyWeakref_GET_OBJECT(x); if (!proxy_check_ref(o)) return NULL; \
        PyObject *_b = unwrap(y); if (_b == NULL) return NULL; \
        Py_INCREF(o); PyObject *r = func(o, _b); Py_DECREF(o); Py_DECREF(_b); \
        if (r == o) { Py_DECREF(r); return Py_NewRef(x); } return r; }

PROXY_BINOP(add, PyNumber_Add)
PROXY_BINOP(sub, PyNumber_Subtract)
PROXY_BINOP(mul, PyNumber_Multiply)
PROXY_BINOP(floordiv, PyNumber_FloorDivide)
PROXY_BINOP(truediv, PyNumber_TrueDivide)
PROXY_BINOP(mod, PyNumber_Remainder)
PROXY_BINOP(divmod, PyNumber_Divmod)
PROXY_BINOP(lshift, PyNumber_Lshift)
PROXY_BINOP(rshift, PyNumber_Rshift)
PROXY_BINOP(and, PyNumber_And)
PROXY_BINOP(xor, PyNumber_Xor)
PROXY_BINOP(or, PyNumber_Or)
PROXY_BINOP(matmul, PyNumber_MatrixMultiply)
PROXY_BINOP(getitem, PyObject_GetItem)
PROXY_UNOP(neg, PyNumber_Negative)
PROXY_UNOP(pos, PyNumber_Positive)
PROXY_UNOP(abs, PyNumber_Absolute)
PROXY_UNOP(invert, PyNumber_Invert)
PROXY_UNOP(int, PyNumber_Long)
PROXY_UNOP(float, PyNumber_Float)
PROXY_UNOP(index, PyNumber_Index)
PROXY_UNOP(str, PyObject_Str)
PROXY_UNOP(iter, PyObject_GetIter)
PROXY_IBINOP(iadd, PyNumber_InPlaceAdd)
PROXY_IBINOP(isub, PyNumber_InPlaceSubtract)
PROXY_IBINOP(imul, PyNumber_InPlaceMultiply)
PROXY_IBINOP(ifloordiv, PyNumber_InPlaceFloorDivide)
PROXY_IBINOP(itruediv, PyNumber_InPlaceTrueDivide)
PROXY_IBINOP(imod, PyNumber_InPlaceRemainder)
PROXY_IBINOP(ilshift, PyNumber_InPlaceLshift)
PROXY_IBINOP(irshift, PyNumber_InPlaceRshift)
PROXY_IBINOP(iand, PyNumber_InPlaceAnd)
PROXY_IBINOP(ixor, PyNumber_InPlaceXor)
PROXY_IBINOP(ior, PyNumber_InPlaceOr)
PROXY_IBINOP(imatmul, PyNumber_InPlaceMatrixMultiply)

static PyObject *proxy_pow(PyObject *x, PyObject *y, PyObject *z)
{
    PyObject *a = unwrap(x), *b = a ? unwrap(y) : NULL, *c = b ? unwrap(z) : NULL;
    PyObject *r = c ? PyNumber_Power(a, b, c) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return r;
}

static PyObject *proxy_ipow(PyObject *x, PyObject *y, PyObject *z)
{
    PyObject *o = PyWeakref_GET_OBJECT(x);
    if (!proxy_check_ref(o))
        return NULL;
    PyObject *b = unwrap(y), *c = b ? unwrap(z) : NULL;
    Py_INCREF(o);
    PyObject *r = c ? PyNumber_InPlacePower(o, b, c) : NULL;
    Py_DECREF(o);
    Py_XDECREF(b);
    Py_XDECREF(c);
    if (r == o) {
        Py_DECREF(r);
        return Py_NewRef(x);
    }
    return r;
}

static int proxy_bool(PyObject *proxy)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return -1;
    Py_INCREF(o);
    int r = PyObject_IsTrue(o);
    Py_DECREF(o);
    return r;
}

static Py_ssize_t proxy_length(PyObject *proxy)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return -1;
    Py_INCREF(o);
    Py_ssize_t r = PyObject_Length(o);
    Py_DECREF(o);
    return r;
}

static int proxy_contains(PyObject *proxy, PyObject *value)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return -1;
    Py_INCREF(o);
    int r = PySequence_Contains(o, value);
    Py_DECREF(o);
    return r;
}

static int proxy_setitem(PyObject *proxy, PyObject *key, PyObject *value)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return -1;
    Py_INCREF(o);
    int r = value == NULL ? PyObject_DelItem(o, key) : PyObject_SetItem(o, key, value);
    Py_DECREF(o);
    return r;
}

static PyObject *proxy_getattr(PyObject *proxy, PyObject *name)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return NULL;
    Py_INCREF(o);
    PyObject *r = PyObject_GetAttr(o, name);
    Py_DECREF(o);
    return r;
}

static int proxy_setattr(PyObject *proxy, PyObject *name, PyObject *value)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return -1;
    Py_INCREF(o);
    int r = PyObject_SetAttr(o, name, value);
    Py_DECREF(o);
    return r;
}

static PyObject *proxy_richcompare(PyObject *proxy, PyObject *v, int op)
{
    UNWRAP2(proxy, v, PyObject_RichCompare(_a, _b, op));
}

static PyObject *proxy_iternext(PyObject *proxy)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return NULL;
    if (!PyIter_Check(o)) {
        PyErr_Format(PyExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                     Py_TYPE(o)->tp_name);
        return NULL;
    }
    Py_INCREF(o);
    PyObject *r = PyIter_Next(o);
    Py_DECREF(o);
    return r;
}

static PyObject *proxy_call(PyObject *proxy, PyObject *args, PyObject *kw)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    if (!proxy_check_ref(o))
        return NULL;
    Py_INCREF(o);
    PyObject *r = PyObject_Call(o, args, kw);
    Py_DECREF(o);
    return r;
}

static PyObject *proxy_repr(PyWeakReference *proxy)
{
    PyObject *o = PyWeakref_GET_OBJECT(proxy);
    return PyUnicode_FromFormat("<weakproxy at %p; to '%s' at %p>", proxy,
                                o == Py_None ? "NoneType" : Py_TYPE(o)->tp_name, o);
}

static PyObject *proxy_bytes(PyObject *proxy, PyObject *noargs)
{
    PyObject *o = unwrap(proxy);
    if (o == NULL)
        return NULL;
    PyObject *r = PyObject_Bytes(o);
    Py_DECREF(o);
    return r;
}

static PyObject *proxy_reversed(PyObject *proxy, PyObject *noargs)
{
    PyObject *o = unwrap(proxy);
    if (o == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethod(o, "__reversed__", NULL);
    Py_DECREF(o);
    return r;
}

static PyMethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_NOARGS, NULL},
    {"__reversed__", proxy_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyNumberMethods proxy_as_number = {
    .nb_add = proxy_add, .nb_subtract = proxy_sub, .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod, .nb_divmod = proxy_divmod, .nb_power = proxy_pow,
    .nb_negative = proxy_neg, .nb_positive = proxy_pos, .nb_absolute = proxy_abs,
    .nb_bool = proxy_bool, .nb_invert = proxy_invert, .nb_lshift = proxy_lshift,
    .nb_rshift = proxy_rshift, .nb_and = proxy_and, .nb_xor = proxy_xor, .nb_or = proxy_or,
    .nb_int = proxy_int, .nb_float = proxy_float,
    .nb_inplace_add = proxy_iadd, .nb_inplace_subtract = proxy_isub,
    .nb_inplace_multiply = proxy_imul, .nb_inplace_remainder = proxy_imod,
    .nb_inplace_power = proxy_ipow, .nb_inplace_lshift = proxy_ilshift,
    .nb_inplace_rshift = proxy_irshift, .nb_inplace_and = proxy_iand,
    .nb_inplace_xor = proxy_ixor, .nb_inplace_or = proxy_ior,
    .nb_floor_divide = proxy_floordiv, .nb_true_divide = proxy_truediv,
    .nb_inplace_floor_divide = proxy_ifloordiv, .nb_inplace_true_divide = proxy_itruediv,
    .nb_index = proxy_index, .nb_matrix_multiply = proxy_matmul,
    .nb_inplace_matrix_multiply = proxy_imatmul,
};

static PySequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static PyMappingMethods proxy_as_mapping = {
    .mp_length = proxy_length,
    .mp_subscript = proxy_getitem,
    .mp_ass_subscript = proxy_setitem,
};

#define PROXY_TYPE_FIELDS \
    .tp_basicsize = sizeof(PyWeakReference), \
    .tp_dealloc = weakref_dealloc, \
    .tp_repr = (reprfunc)proxy_repr, \
    .tp_as_number = &proxy_as_number, \
    .tp_as_sequence = &proxy_as_sequence, \
    .tp_as_mapping = &proxy_as_mapping, \
    .tp_hash = PyObject_HashNotImplemented, \
    .tp_str = proxy_str, \
    .tp_getattro = proxy_getattr, \
    .tp_setattro = proxy_setattr, \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
    .tp_traverse = (traverseproc)gc_traverse, \
    .tp_clear = (inquiry)gc_clear, \
    .tp_richcompare = proxy_richcompare, \
    .tp_iter = proxy_iter, \
    .tp_iternext = proxy_iternext, \
    .tp_methods = proxy_methods, \
    .tp_free = PyObject_GC_Del,

PyTypeObject _PyWeakref_ProxyType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "weakref.ProxyType",
    PROXY_TYPE_FIELDS
};

PyTypeObject _PyWeakref_CallableProxyType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "weakref.CallableProxyType",
    .tp_call = proxy_call,
    PROXY_TYPE_FIELDS
};

/* ---- the C API ---- */

PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback)
{
    PyObject *args = callback ? PyTuple_Pack(2, ob, callback) : PyTuple_Pack(1, ob);
    if (args == NULL)
        return NULL;
    PyObject *r = weakref___new__(&_PyWeakref_RefType, args, NULL);
    Py_DECREF(args);
    return r;
}

PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback)
{
    if (!supports_weakrefs(ob)) {
        PyErr_Format(PyExc_TypeError, "cannot create weak reference to '%s' object", Py_TYPE(ob)->tp_name);
        return NULL;
    }
    if (callback == Py_None)
        callback = NULL;
    PyWeakReference **list = GET_WEAKREFS_LISTPTR(ob);
    PyWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && proxy != NULL)
        return Py_NewRef((PyObject *)proxy);
    PyTypeObject *type = PyCallable_Check(ob) ? &_PyWeakref_CallableProxyType : &_PyWeakref_ProxyType;
    PyWeakReference *self = PyObject_GC_New(PyWeakReference, type);
    if (self == NULL)
        return NULL;
    init_weakref(self, ob, callback);
    if (callback == NULL) {
        /* the basic proxy goes right after the basic ref */
        if (ref)
            insert_after(self, ref);
        else
            insert_head(self, list);
    }
    else {
        PyWeakReference *prev = proxy ? proxy : ref;
        if (prev)
            insert_after(self, prev);
        else
            insert_head(self, list);
    }
    PyObject_GC_Track(self);
    return (PyObject *)self;
}

PyObject *PyWeakref_GetObject(PyObject *ref)
{
    if (ref == NULL || !PyWeakref_Check(ref)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return PyWeakref_GET_OBJECT(ref);
}

static void handle_callback(PyWeakReference *ref, PyObject *callback)
{
    PyObject *r = PyObject_CallOneArg(callback, (PyObject *)ref);
    if (r == NULL)
        PyErr_WriteUnraisable(callback);
    else
        Py_DECREF(r);
}

/* Called by the dealloc of any object that supports weak references:
 * clear them all, then call the callbacks (last created first). */
void PyObject_ClearWeakRefs(PyObject *object)
{
    if (object == NULL || !supports_weakrefs(object) || Py_REFCNT(object) != 0) {
        if (object && supports_weakrefs(object) && Py_REFCNT(object) != 0)
            PyErr_BadInternalCall();
        return;
    }
    PyWeakReference **list = GET_WEAKREFS_LISTPTR(object);
    if (*list == NULL)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    /* the basic ref and proxy have no callbacks: just clear them */
    PyWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (ref)
        clear_weakref(ref);
    if (proxy)
        clear_weakref(proxy);
    Py_ssize_t count = _PyWeakref_GetWeakrefCount(*list);
    if (count > 0) {
        PyObject *tuple = PyTuple_New(count * 2);
        if (tuple == NULL) {
            /* no memory: clear without calling callbacks */
            while (*list)
                clear_weakref(*list);
            PyErr_WriteUnraisable(NULL);
        }
        else {
            for (Py_ssize_t i = 0; i < count; i++) {
                PyWeakReference *current = *list;
                /* A weak reference that is itself being freed (its dealloc
                 * dropped the referent's last reference) gets no callback
                 * and must not be revived by this tuple. */
                int alive = Py_REFCNT((PyObject *)current) > 0;
                PyObject *callback = alive ? Py_XNewRef(current->wr_callback) : NULL;
                /* keep the weakref alive while its callback runs */
                PyTuple_SET_ITEM(tuple, i * 2, alive ? Py_NewRef((PyObject *)current) : Py_NewRef(Py_None));
                PyTuple_SET_ITEM(tuple, i * 2 + 1, callback ? callback : Py_NewRef(Py_None));
                clear_weakref(current);
            }
            for (Py_ssize_t i = 0; i < count; i++) {
                PyObject *callback = PyTuple_GET_ITEM(tuple, i * 2 + 1);
                if (callback != Py_None)
                    handle_callback((PyWeakReference *)PyTuple_GET_ITEM(tuple, i * 2), callback);
            }
            Py_DECREF(tuple);
        }
    }
    PyErr_SetRaisedException(exc);
}

/* For the collector: clear every weak reference to `object` (alive but
 * unreachable); callbacks of references that are themselves reachable
 * are called afterwards by the caller through the returned list (NULL when
 * there is nothing to call). */
PyObject *_KrWeakref_ClearForGC(PyObject *object)
{
    if (!supports_weakrefs(object))
        return NULL;
    PyWeakReference **list = GET_WEAKREFS_LISTPTR(object);
    PyObject *pending = NULL;
    while (*list) {
        PyWeakReference *wr = *list;
        PyObject *cb = wr->wr_callback;
        wr->wr_callback = NULL;
        clear_weakref(wr);
        if (cb != NULL) {
            if (pending == NULL && (pending = PyList_New(0)) == NULL) {
                Py_DECREF(cb);
                PyErr_Clear();
                continue;
            }
            PyObject *pair = PyTuple_Pack(2, (PyObject *)wr, cb);
            if (pair == NULL || PyList_Append(pending, pair) < 0)
                PyErr_Clear();
            Py_XDECREF(pair);
            Py_DECREF(cb);
        }
    }
    return pending;
}

/* ---- the _weakref module ---- */

static PyObject *weakref_getweakrefcount(PyObject *m, PyObject *object)
{
    if (!supports_weakrefs(object))
        return PyLong_FromLong(0);
    return PyLong_FromSsize_t(_PyWeakref_GetWeakrefCount(*GET_WEAKREFS_LISTPTR(object)));
}

static PyObject *weakref_getweakrefs(PyObject *m, PyObject *object)
{
    PyObject *result = PyList_New(0);
    if (result == NULL || !supports_weakrefs(object))
        return result;
    for (PyWeakReference *wr = *GET_WEAKREFS_LISTPTR(object); wr; wr = wr->wr_next) {
        if (PyList_Append(result, (PyObject *)wr) < 0) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int is_dead_weakref(PyObject *value)
{
    return PyWeakref_Check(value) && PyWeakref_GET_OBJECT(value) == Py_None;
}

static PyObject *weakref_remove_dead_weakref(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_remove_dead_weakref", nargs, 2, 2))
        return NULL;
    if (!PyDict_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %.50s",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    if (_PyDict_DelItemIf(args[0], args[1], is_dead_weakref) < 0) {
        if (!PyErr_ExceptionMatches(PyExc_KeyError))
            return NULL;
        PyErr_Clear();
    }
    Py_RETURN_NONE;
}

static PyObject *weakref_proxy(PyObject *m, PyObject *args)
{
    PyObject *object, *callback = NULL;
    if (!PyArg_UnpackTuple(args, "proxy", 1, 2, &object, &callback))
        return NULL;
    return PyWeakref_NewProxy(object, callback);
}

static PyMethodDef weakref_module_methods[] = {
    {"getweakrefcount", weakref_getweakrefcount, METH_O,
     "getweakrefcount($module, object, /)\n--\n\n"
     "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, METH_O,
     "getweakrefs($module, object, /)\n--\n\n"
     "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", _PyCFunction_CAST(weakref_remove_dead_weakref), METH_FASTCALL,
     "_remove_dead_weakref($module, dct, key, /)\n--\n\n"
     "Atomically remove key from dict if it points to a dead weakref."},
    {"proxy", weakref_proxy, METH_VARARGS,
     "proxy($module, object, callback=None, /)\n--\n\n"
     "Create a proxy object that weakly references 'object'."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef weakrefmodule = {
    PyModuleDef_HEAD_INIT, "_weakref", "Weak-reference support module.", -1, weakref_module_methods,
};

PyObject *PyInit__weakref(void)
{
    PyObject *m = PyModule_Create(&weakrefmodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "ref", (PyObject *)&_PyWeakref_RefType) < 0 ||
        PyModule_AddObjectRef(m, "ReferenceType", (PyObject *)&_PyWeakref_RefType) < 0 ||
        PyModule_AddObjectRef(m, "ProxyType", (PyObject *)&_PyWeakref_ProxyType) < 0 ||
        PyModule_AddObjectRef(m, "CallableProxyType", (PyObject *)&_PyWeakref_CallableProxyType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
