/* The _operator module: the C functions behind operator.py's
 * `from _operator import *`, and attrgetter, itemgetter and methodcaller.
 *
 * Each function is one call of the abstract object API, so the point of
 * writing them in C is the call itself: they take their arguments through
 * METH_FASTCALL (no tuple is built), and the getters are called through
 * vectorcall.  A table of macros generates the functions so that every one
 * checks its argument count the same way, with CPython's messages.
 *
 * attrgetter splits dotted names once, when it is made, into tuples of
 * interned strings, and walks them on each call; repr and __reduce__ put
 * the dotted strings back together.  itemgetter of one int index reads an
 * exact tuple directly, the case sorted(..., key=itemgetter(1)) meets. */
#include "Python.h"
#include "structmember.h"
#include "kr_strings.h"

static int check_args(const char *name, Py_ssize_t nargs, Py_ssize_t n)
{
    return _PyArg_CheckPositional(name, nargs, n, n);
}

/* ====================== the functions ====================== */

#define UNARY(NAME, EXPR)                                                               \
    static PyObject *op_##NAME(PyObject *module, PyObject *a)                            \
    {                                                                                    \
        return EXPR;                                                                     \
    }

#define BINARY(NAME, PYNAME, EXPR)                                                       \
    static PyObject *op_##NAME(PyObject *module, PyObject *const *args, Py_ssize_t nargs) \
    {                                                                                    \
        if (!check_args(PYNAME, nargs, 2))                                               \
            return NULL;                                                                 \
        PyObject *a = args[0], *b = args[1];                                             \
        return EXPR;                                                                     \
    }

static PyObject *bool_result(int r)
{
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *size_result(Py_ssize_t r)
{
    if (r < 0)
        return NULL;
    return PyLong_FromSsize_t(r);
}

static PyObject *none_result(int r)
{
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

UNARY(abs, PyNumber_Absolute(a))
UNARY(inv, PyNumber_Invert(a))
UNARY(neg, PyNumber_Negative(a))
UNARY(pos, PyNumber_Positive(a))
UNARY(not_, bool_result(PyObject_Not(a)))
UNARY(truth, bool_result(PyObject_IsTrue(a)))
UNARY(index, PyNumber_Index(a))

BINARY(add, "add", PyNumber_Add(a, b))
BINARY(sub, "sub", PyNumber_Subtract(a, b))
BINARY(mul, "mul", PyNumber_Multiply(a, b))
BINARY(matmul, "matmul", PyNumber_MatrixMultiply(a, b))
BINARY(floordiv, "floordiv", PyNumber_FloorDivide(a, b))
BINARY(truediv, "truediv", PyNumber_TrueDivide(a, b))
BINARY(mod, "mod", PyNumber_Remainder(a, b))
BINARY(lshift, "lshift", PyNumber_Lshift(a, b))
BINARY(rshift, "rshift", PyNumber_Rshift(a, b))
BINARY(and_, "and_", PyNumber_And(a, b))
BINARY(xor, "xor", PyNumber_Xor(a, b))
BINARY(or_, "or_", PyNumber_Or(a, b))
BINARY(pow, "pow", PyNumber_Power(a, b, Py_None))
BINARY(iadd, "iadd", PyNumber_InPlaceAdd(a, b))
BINARY(isub, "isub", PyNumber_InPlaceSubtract(a, b))
BINARY(imul, "imul", PyNumber_InPlaceMultiply(a, b))
BINARY(imatmul, "imatmul", PyNumber_InPlaceMatrixMultiply(a, b))
BINARY(ifloordiv, "ifloordiv", PyNumber_InPlaceFloorDivide(a, b))
BINARY(itruediv, "itruediv", PyNumber_InPlaceTrueDivide(a, b))
BINARY(imod, "imod", PyNumber_InPlaceRemainder(a, b))
BINARY(ilshift, "ilshift", PyNumber_InPlaceLshift(a, b))
BINARY(irshift, "irshift", PyNumber_InPlaceRshift(a, b))
BINARY(iand, "iand", PyNumber_InPlaceAnd(a, b))
BINARY(ixor, "ixor", PyNumber_InPlaceXor(a, b))
BINARY(ior, "ior", PyNumber_InPlaceOr(a, b))
BINARY(ipow, "ipow", PyNumber_InPlacePower(a, b, Py_None))
BINARY(concat, "concat", PySequence_Concat(a, b))
BINARY(iconcat, "iconcat", PySequence_InPlaceConcat(a, b))
BINARY(contains, "contains", bool_result(PySequence_Contains(a, b)))
BINARY(countOf, "countOf", size_result(PySequence_Count(a, b)))
BINARY(indexOf, "indexOf", size_result(PySequence_Index(a, b)))
BINARY(getitem, "getitem", PyObject_GetItem(a, b))
BINARY(delitem, "delitem", none_result(PyObject_DelItem(a, b)))
BINARY(lt, "lt", PyObject_RichCompare(a, b, Py_LT))
BINARY(le, "le", PyObject_RichCompare(a, b, Py_LE))
BINARY(eq, "eq", PyObject_RichCompare(a, b, Py_EQ))
BINARY(ne, "ne", PyObject_RichCompare(a, b, Py_NE))
BINARY(gt, "gt", PyObject_RichCompare(a, b, Py_GT))
BINARY(ge, "ge", PyObject_RichCompare(a, b, Py_GE))
BINARY(is_, "is_", Py_NewRef(a == b ? Py_True : Py_False))
BINARY(is_not, "is_not", Py_NewRef(a != b ? Py_True : Py_False))

static PyObject *op_setitem(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!check_args("setitem", nargs, 3))
        return NULL;
    return none_result(PyObject_SetItem(args[0], args[1], args[2]));
}

static PyObject *op_call(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (!_PyArg_CheckPositional("call", nargs, 1, PY_SSIZE_T_MAX))
        return NULL;
    return PyObject_Vectorcall(args[0], args + 1, (nargs - 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
}

static PyObject *op_length_hint(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t deflt = 0;
    if (!_PyArg_CheckPositional("length_hint", nargs, 1, 2))
        return NULL;
    if (nargs == 2 && _KrArg_Ssize(args[1], &deflt) < 0)
        return NULL;
    Py_ssize_t r = PyObject_LengthHint(args[0], deflt);
    if (r == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(r);
}

/* Equality in time that depends on the length of b only, not on where
 * the first difference is. */
static int constant_time_equal(const unsigned char *a, Py_ssize_t len_a, const unsigned char *b,
                               Py_ssize_t len_b)
{
    /* with unequal lengths b is compared with itself so that the work
     * stays the same; the result is then false regardless */
    volatile const unsigned char *left = len_a == len_b ? a : b;
    volatile const unsigned char *right = b;
    unsigned char result = len_a == len_b ? 0 : 1;
    for (Py_ssize_t i = 0; i < len_b; i++)
        result |= left[i] ^ right[i];
    return result == 0;
}

static PyObject *op_compare_digest(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!check_args("_compare_digest", nargs, 2))
        return NULL;
    PyObject *a = args[0], *b = args[1];
    int r;
    if (PyUnicode_Check(a) && PyUnicode_Check(b)) {
        if (!PyUnicode_IS_ASCII(a) || !PyUnicode_IS_ASCII(b)) {
            PyErr_SetString(PyExc_TypeError, "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        r = constant_time_equal(PyUnicode_DATA(a), PyUnicode_GET_LENGTH(a), PyUnicode_DATA(b),
                                PyUnicode_GET_LENGTH(b));
    }
    else {
        if (!PyObject_CheckBuffer(a) && !PyObject_CheckBuffer(b)) {
            PyErr_Format(PyExc_TypeError,
                         "unsupported operand types(s) or combination of types: '%.100s' and '%.100s'",
                         Py_TYPE(a)->tp_name, Py_TYPE(b)->tp_name);
            return NULL;
        }
        Py_buffer va, vb;
        if (PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0)
            return NULL;
        if (va.ndim > 1) {
            PyErr_SetString(PyExc_BufferError, "Buffer must be single dimension");
            PyBuffer_Release(&va);
            return NULL;
        }
        if (PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
            PyBuffer_Release(&va);
            return NULL;
        }
        if (vb.ndim > 1) {
            PyErr_SetString(PyExc_BufferError, "Buffer must be single dimension");
            PyBuffer_Release(&va);
            PyBuffer_Release(&vb);
            return NULL;
        }
        r = constant_time_equal(va.buf, va.len, vb.buf, vb.len);
        PyBuffer_Release(&va);
        PyBuffer_Release(&vb);
    }
    return PyBool_FromLong(r);
}

/* ====================== itemgetter ====================== */

typedef struct {
    PyObject_HEAD
    Py_ssize_t nitems;
    PyObject *item;    /* the one item, or the tuple of them */
    Py_ssize_t index;  /* the item as a C index when it is a small int; else -1 */
    vectorcallfunc vectorcall;
} itemgetterobject;

static PyTypeObject itemgetter_type;

static PyObject *itemgetter_call_impl(itemgetterobject *ig, PyObject *obj)
{
    if (ig->nitems == 1) {
        if (ig->index >= 0 && PyTuple_CheckExact(obj) && ig->index < PyTuple_GET_SIZE(obj))
            return Py_NewRef(PyTuple_GET_ITEM(obj, ig->index));
        return PyObject_GetItem(obj, ig->item);
    }
    PyObject *result = PyTuple_New(ig->nitems);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < ig->nitems; i++) {
        PyObject *v = PyObject_GetItem(obj, PyTuple_GET_ITEM(ig->item, i));
        if (v == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, v);
    }
    return result;
}

static PyObject *itemgetter_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "itemgetter() takes no keyword arguments");
        return NULL;
    }
    if (!check_args("itemgetter", PyVectorcall_NARGS(nargsf), 1))
        return NULL;
    return itemgetter_call_impl((itemgetterobject *)self, args[0]);
}

static PyObject *itemgetter_call(PyObject *self, PyObject *args, PyObject *kw)
{
    if (!_PyArg_NoKeywords("itemgetter", kw) || !check_args("itemgetter", PyTuple_GET_SIZE(args), 1))
        return NULL;
    return itemgetter_call_impl((itemgetterobject *)self, PyTuple_GET_ITEM(args, 0));
}

static PyObject *itemgetter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (!_PyArg_NoKeywords("itemgetter", kwds))
        return NULL;
    Py_ssize_t nitems = PyTuple_GET_SIZE(args);
    if (nitems <= 1 && !check_args("itemgetter", nitems, 1))
        return NULL;
    PyObject *item = nitems == 1 ? PyTuple_GET_ITEM(args, 0) : args;
    itemgetterobject *ig = PyObject_GC_New(itemgetterobject, &itemgetter_type);
    if (ig == NULL)
        return NULL;
    ig->item = Py_NewRef(item);
    ig->nitems = nitems;
    ig->index = -1;
    if (nitems == 1 && PyLong_CheckExact(item)) {
        Py_ssize_t i = PyLong_AsSsize_t(item);
        if (i == -1 && PyErr_Occurred())
            PyErr_Clear();
        else if (i >= 0)
            ig->index = i;
    }
    ig->vectorcall = itemgetter_vectorcall;
    PyObject_GC_Track(ig);
    return (PyObject *)ig;
}

static void itemgetter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(((itemgetterobject *)self)->item);
    PyObject_GC_Del(self);
}

static int itemgetter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((itemgetterobject *)self)->item);
    return 0;
}

/* "%s(%R)" for one argument, "%s%R" for a tuple of them: the repr shape
 * all three callables share. */
static PyObject *getter_repr(PyObject *self, PyObject *argument, int single)
{
    int status = Py_ReprEnter(self);
    if (status != 0) {
        if (status < 0)
            return NULL;
        return PyUnicode_FromFormat("%s(...)", Py_TYPE(self)->tp_name);
    }
    PyObject *r = PyUnicode_FromFormat(single ? "%s(%R)" : "%s%R", Py_TYPE(self)->tp_name, argument);
    Py_ReprLeave(self);
    return r;
}

static PyObject *itemgetter_repr(PyObject *self)
{
    itemgetterobject *ig = (itemgetterobject *)self;
    return getter_repr(self, ig->item, ig->nitems == 1);
}

static PyObject *itemgetter_reduce(PyObject *self, PyObject *unused)
{
    itemgetterobject *ig = (itemgetterobject *)self;
    if (ig->nitems == 1)
        return Py_BuildValue("O(O)", Py_TYPE(self), ig->item);
    return PyTuple_Pack(2, (PyObject *)Py_TYPE(self), ig->item);
}

static PyMethodDef itemgetter_methods[] = {
    {"__reduce__", itemgetter_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL}};

static PyMemberDef itemgetter_members[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(itemgetterobject, vectorcall), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};

static PyTypeObject itemgetter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "operator.itemgetter",
    .tp_basicsize = sizeof(itemgetterobject),
    .tp_dealloc = itemgetter_dealloc,
    .tp_vectorcall_offset = offsetof(itemgetterobject, vectorcall),
    .tp_repr = itemgetter_repr,
    .tp_call = itemgetter_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "itemgetter(item, ...) --> itemgetter object\n\n"
              "Return a callable object that fetches the given item(s) from its operand.\n"
              "After f = itemgetter(2), the call f(r) returns r[2].\n"
              "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    .tp_traverse = itemgetter_traverse,
    .tp_methods = itemgetter_methods,
    .tp_members = itemgetter_members,
    .tp_new = itemgetter_new,
};

/* ====================== attrgetter ====================== */

typedef struct {
    PyObject_HEAD
    Py_ssize_t nattrs;
    PyObject *attr; /* tuple: per name, an interned str or a tuple of them */
    vectorcallfunc vectorcall;
} attrgetterobject;

static PyTypeObject attrgetter_type;
static PyObject *attrgetter_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames);

static PyObject *attrgetter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (!_PyArg_NoKeywords("attrgetter", kwds))
        return NULL;
    Py_ssize_t nattrs = PyTuple_GET_SIZE(args);
    if (nattrs <= 1 && !check_args("attrgetter", nattrs, 1))
        return NULL;
    PyObject *attr = PyTuple_New(nattrs);
    if (attr == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nattrs; i++) {
        PyObject *name = PyTuple_GET_ITEM(args, i);
        if (!PyUnicode_Check(name)) {
            PyErr_SetString(PyExc_TypeError, "attribute name must be a string");
            Py_DECREF(attr);
            return NULL;
        }
        PyObject *entry;
        if (PyUnicode_FindChar(name, '.', 0, PyUnicode_GET_LENGTH(name), 1) < 0) {
            entry = Py_NewRef(name);
            PyUnicode_InternInPlace(&entry);
        }
        else {
            PyObject *dot = PyUnicode_FromString(".");
            PyObject *parts = dot ? PyUnicode_Split(name, dot, -1) : NULL;
            Py_XDECREF(dot);
            if (parts == NULL) {
                Py_DECREF(attr);
                return NULL;
            }
            entry = PyList_AsTuple(parts);
            Py_DECREF(parts);
            if (entry == NULL) {
                Py_DECREF(attr);
                return NULL;
            }
            for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(entry); j++) {
                PyObject *s = PyTuple_GET_ITEM(entry, j);
                Py_INCREF(s);
                PyUnicode_InternInPlace(&s);
                Py_SETREF(((PyTupleObject *)entry)->ob_item[j], s);
            }
        }
        PyTuple_SET_ITEM(attr, i, entry);
    }
    attrgetterobject *ag = PyObject_GC_New(attrgetterobject, &attrgetter_type);
    if (ag == NULL) {
        Py_DECREF(attr);
        return NULL;
    }
    ag->attr = attr;
    ag->nattrs = nattrs;
    ag->vectorcall = attrgetter_vectorcall;
    PyObject_GC_Track(ag);
    return (PyObject *)ag;
}

static void attrgetter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(((attrgetterobject *)self)->attr);
    PyObject_GC_Del(self);
}

static int attrgetter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((attrgetterobject *)self)->attr);
    return 0;
}

static PyObject *dotted_getattr(PyObject *obj, PyObject *attr)
{
    if (!PyTuple_CheckExact(attr))
        return PyObject_GetAttr(obj, attr);
    Py_INCREF(obj);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(attr); i++) {
        Py_SETREF(obj, PyObject_GetAttr(obj, PyTuple_GET_ITEM(attr, i)));
        if (obj == NULL)
            return NULL;
    }
    return obj;
}

static PyObject *attrgetter_call_impl(attrgetterobject *ag, PyObject *obj)
{
    if (ag->nattrs == 1)
        return dotted_getattr(obj, PyTuple_GET_ITEM(ag->attr, 0));
    PyObject *result = PyTuple_New(ag->nattrs);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < ag->nattrs; i++) {
        PyObject *v = dotted_getattr(obj, PyTuple_GET_ITEM(ag->attr, i));
        if (v == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, v);
    }
    return result;
}

static PyObject *attrgetter_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "attrgetter() takes no keyword arguments");
        return NULL;
    }
    if (!check_args("attrgetter", PyVectorcall_NARGS(nargsf), 1))
        return NULL;
    return attrgetter_call_impl((attrgetterobject *)self, args[0]);
}

static PyObject *attrgetter_call(PyObject *self, PyObject *args, PyObject *kw)
{
    if (!_PyArg_NoKeywords("attrgetter", kw) || !check_args("attrgetter", PyTuple_GET_SIZE(args), 1))
        return NULL;
    return attrgetter_call_impl((attrgetterobject *)self, PyTuple_GET_ITEM(args, 0));
}

/* The names as they were given: dotted paths joined again. */
static PyObject *attrgetter_args(attrgetterobject *ag)
{
    PyObject *result = PyTuple_New(ag->nattrs);
    if (result == NULL)
        return NULL;
    PyObject *dot = PyUnicode_FromString(".");
    if (dot == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < ag->nattrs; i++) {
        PyObject *a = PyTuple_GET_ITEM(ag->attr, i);
        PyObject *s = PyTuple_CheckExact(a) ? PyUnicode_Join(dot, a) : Py_NewRef(a);
        if (s == NULL) {
            Py_DECREF(dot);
            Py_DECREF(result);
            return NULL;
        }
        PyTuple_SET_ITEM(result, i, s);
    }
    Py_DECREF(dot);
    return result;
}

static PyObject *attrgetter_repr(PyObject *self)
{
    attrgetterobject *ag = (attrgetterobject *)self;
    PyObject *names = attrgetter_args(ag);
    if (names == NULL)
        return NULL;
    PyObject *r = getter_repr(self, ag->nattrs == 1 ? PyTuple_GET_ITEM(names, 0) : names, ag->nattrs == 1);
    Py_DECREF(names);
    return r;
}

static PyObject *attrgetter_reduce(PyObject *self, PyObject *unused)
{
    PyObject *names = attrgetter_args((attrgetterobject *)self);
    if (names == NULL)
        return NULL;
    return Py_BuildValue("ON", Py_TYPE(self), names);
}

static PyMethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL}};

static PyMemberDef attrgetter_members[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(attrgetterobject, vectorcall), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};

static PyTypeObject attrgetter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "operator.attrgetter",
    .tp_basicsize = sizeof(attrgetterobject),
    .tp_dealloc = attrgetter_dealloc,
    .tp_vectorcall_offset = offsetof(attrgetterobject, vectorcall),
    .tp_repr = attrgetter_repr,
    .tp_call = attrgetter_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
              "Return a callable object that fetches the given attribute(s) from its operand.\n"
              "After f = attrgetter('name'), the call f(r) returns r.name.\n"
              "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
              "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
              "(r.name.first, r.name.last).",
    .tp_traverse = attrgetter_traverse,
    .tp_methods = attrgetter_methods,
    .tp_members = attrgetter_members,
    .tp_new = attrgetter_new,
};

/* ====================== methodcaller ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *name;
    PyObject *args;
    PyObject *kwds;
} methodcallerobject;

static PyTypeObject methodcaller_type;

static PyObject *methodcaller_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_SetString(PyExc_TypeError, "methodcaller needs at least one argument, the method name");
        return NULL;
    }
    PyObject *name = PyTuple_GET_ITEM(args, 0);
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "method name must be a string");
        return NULL;
    }
    methodcallerobject *mc = PyObject_GC_New(methodcallerobject, &methodcaller_type);
    if (mc == NULL)
        return NULL;
    mc->name = Py_NewRef(name);
    PyUnicode_InternInPlace(&mc->name);
    mc->kwds = kwds != NULL ? PyDict_Copy(kwds) : PyDict_New();
    mc->args = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    PyObject_GC_Track(mc);
    if (mc->kwds == NULL || mc->args == NULL) {
        Py_DECREF(mc);
        return NULL;
    }
    return (PyObject *)mc;
}

static void methodcaller_dealloc(PyObject *self)
{
    methodcallerobject *mc = (methodcallerobject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(mc->name);
    Py_XDECREF(mc->args);
    Py_XDECREF(mc->kwds);
    PyObject_GC_Del(self);
}

static int methodcaller_traverse(PyObject *self, visitproc visit, void *arg)
{
    methodcallerobject *mc = (methodcallerobject *)self;
    Py_VISIT(mc->name);
    Py_VISIT(mc->args);
    Py_VISIT(mc->kwds);
    return 0;
}

static PyObject *methodcaller_call(PyObject *self, PyObject *args, PyObject *kw)
{
    methodcallerobject *mc = (methodcallerobject *)self;
    if (!_PyArg_NoKeywords("methodcaller", kw) || !check_args("methodcaller", PyTuple_GET_SIZE(args), 1))
        return NULL;
    PyObject *method = PyObject_GetAttr(PyTuple_GET_ITEM(args, 0), mc->name);
    if (method == NULL)
        return NULL;
    PyObject *r = PyObject_Call(method, mc->args, mc->kwds);
    Py_DECREF(method);
    return r;
}

static PyObject *methodcaller_repr(PyObject *self)
{
    methodcallerobject *mc = (methodcallerobject *)self;
    int status = Py_ReprEnter(self);
    if (status != 0) {
        if (status < 0)
            return NULL;
        return PyUnicode_FromFormat("%s(...)", Py_TYPE(self)->tp_name);
    }
    PyObject *result = NULL, *sep = NULL, *joined = NULL;
    Py_ssize_t nargs = PyTuple_GET_SIZE(mc->args), nkw = PyDict_GET_SIZE(mc->kwds);
    PyObject *parts = PyList_New(0);
    if (parts == NULL)
        goto done;
    PyObject *s = PyObject_Repr(mc->name);
    if (s == NULL || PyList_Append(parts, s) < 0) {
        Py_XDECREF(s);
        goto done;
    }
    Py_DECREF(s);
    for (Py_ssize_t i = 0; i < nargs; i++) {
        s = PyObject_Repr(PyTuple_GET_ITEM(mc->args, i));
        if (s == NULL || PyList_Append(parts, s) < 0) {
            Py_XDECREF(s);
            goto done;
        }
        Py_DECREF(s);
    }
    if (nkw > 0) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(mc->kwds, &pos, &key, &value)) {
            Py_INCREF(key);
            Py_INCREF(value);
            s = PyUnicode_FromFormat("%U=%R", key, value);
            Py_DECREF(key);
            Py_DECREF(value);
            if (s == NULL || PyList_Append(parts, s) < 0) {
                Py_XDECREF(s);
                goto done;
            }
            Py_DECREF(s);
        }
    }
    sep = PyUnicode_FromString(", ");
    if (sep == NULL)
        goto done;
    joined = PyUnicode_Join(sep, parts);
    if (joined == NULL)
        goto done;
    result = PyUnicode_FromFormat("%s(%U)", Py_TYPE(self)->tp_name, joined);
done:
    Py_XDECREF(parts);
    Py_XDECREF(sep);
    Py_XDECREF(joined);
    Py_ReprLeave(self);
    return result;
}

static PyObject *methodcaller_reduce(PyObject *self, PyObject *unused)
{
    methodcallerobject *mc = (methodcallerobject *)self;
    if (PyDict_GET_SIZE(mc->kwds) == 0) {
        Py_ssize_t n = PyTuple_GET_SIZE(mc->args);
        PyObject *newargs = PyTuple_New(1 + n);
        if (newargs == NULL)
            return NULL;
        PyTuple_SET_ITEM(newargs, 0, Py_NewRef(mc->name));
        for (Py_ssize_t i = 0; i < n; i++)
            PyTuple_SET_ITEM(newargs, i + 1, Py_NewRef(PyTuple_GET_ITEM(mc->args, i)));
        return Py_BuildValue("ON", Py_TYPE(self), newargs);
    }
    /* keywords cannot go in a constructor's argument tuple: pickle a
     * functools.partial that supplies them */
    PyObject *functools = PyImport_ImportModule("functools");
    if (functools == NULL)
        return NULL;
    PyObject *partial = PyObject_GetAttrString(functools, "partial");
    Py_DECREF(functools);
    if (partial == NULL)
        return NULL;
    PyObject *pargs = PyTuple_Pack(2, (PyObject *)Py_TYPE(self), mc->name);
    if (pargs == NULL) {
        Py_DECREF(partial);
        return NULL;
    }
    PyObject *constructor = PyObject_Call(partial, pargs, mc->kwds);
    Py_DECREF(partial);
    Py_DECREF(pargs);
    if (constructor == NULL)
        return NULL;
    return Py_BuildValue("NO", constructor, mc->args);
}

static PyMethodDef methodcaller_methods[] = {
    {"__reduce__", methodcaller_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL}};

static PyTypeObject methodcaller_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "operator.methodcaller",
    .tp_basicsize = sizeof(methodcallerobject),
    .tp_dealloc = methodcaller_dealloc,
    .tp_repr = methodcaller_repr,
    .tp_call = methodcaller_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "methodcaller(name, ...) --> methodcaller object\n\n"
              "Return a callable object that calls the given method on its operand.\n"
              "After f = methodcaller('name'), the call f(r) returns r.name().\n"
              "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
              "r.name('date', foo=1).",
    .tp_traverse = methodcaller_traverse,
    .tp_methods = methodcaller_methods,
    .tp_new = methodcaller_new,
};

/* ====================== the module ====================== */

#define FN1(NAME, PYNAME, DOC) {PYNAME, op_##NAME, METH_O, PYNAME "($module, a, /)\n--\n\n" DOC}
#define FN2(NAME, PYNAME, DOC)                                                                \
    {PYNAME, (PyCFunction)(void (*)(void))op_##NAME, METH_FASTCALL, PYNAME "($module, a, b, /)\n--\n\n" DOC}

static PyMethodDef operator_methods[] = {
    FN1(truth, "truth", "Return True if a is true, False otherwise."),
    FN2(contains, "contains", "Same as b in a (note reversed operands)."),
    FN2(indexOf, "indexOf", "Return the first index of b in a."),
    FN2(countOf, "countOf", "Return the number of items in a which are, or which equal, b."),
    FN1(not_, "not_", "Same as not a."),
    FN2(is_, "is_", "Same as a is b."),
    FN2(is_not, "is_not", "Same as a is not b."),
    FN1(index, "index", "Same as a.__index__()"),
    FN2(add, "add", "Same as a + b."),
    FN2(sub, "sub", "Same as a - b."),
    FN2(mul, "mul", "Same as a * b."),
    FN2(matmul, "matmul", "Same as a @ b."),
    FN2(floordiv, "floordiv", "Same as a // b."),
    FN2(truediv, "truediv", "Same as a / b."),
    FN2(mod, "mod", "Same as a % b."),
    FN1(neg, "neg", "Same as -a."),
    FN1(pos, "pos", "Same as +a."),
    FN1(abs, "abs", "Same as abs(a)."),
    FN1(inv, "inv", "Same as ~a."),
    FN1(inv, "invert", "Same as ~a."),
    FN2(lshift, "lshift", "Same as a << b."),
    FN2(rshift, "rshift", "Same as a >> b."),
    FN2(and_, "and_", "Same as a & b."),
    FN2(xor, "xor", "Same as a ^ b."),
    FN2(or_, "or_", "Same as a | b."),
    FN2(iadd, "iadd", "Same as a += b."),
    FN2(isub, "isub", "Same as a -= b."),
    FN2(imul, "imul", "Same as a *= b."),
    FN2(imatmul, "imatmul", "Same as a @= b."),
    FN2(ifloordiv, "ifloordiv", "Same as a //= b."),
    FN2(itruediv, "itruediv", "Same as a /= b."),
    FN2(imod, "imod", "Same as a %= b."),
    FN2(ilshift, "ilshift", "Same as a <<= b."),
    FN2(irshift, "irshift", "Same as a >>= b."),
    FN2(iand, "iand", "Same as a &= b."),
    FN2(ixor, "ixor", "Same as a ^= b."),
    FN2(ior, "ior", "Same as a |= b."),
    FN2(concat, "concat", "Same as a + b, for a and b sequences."),
    FN2(iconcat, "iconcat", "Same as a += b, for a and b sequences."),
    FN2(getitem, "getitem", "Same as a[b]."),
    {"setitem", (PyCFunction)(void (*)(void))op_setitem, METH_FASTCALL,
     "setitem($module, a, b, c, /)\n--\n\nSame as a[b] = c."},
    FN2(delitem, "delitem", "Same as del a[b]."),
    FN2(pow, "pow", "Same as a ** b."),
    FN2(ipow, "ipow", "Same as a **= b."),
    FN2(eq, "eq", "Same as a == b."),
    FN2(ne, "ne", "Same as a != b."),
    FN2(lt, "lt", "Same as a < b."),
    FN2(le, "le", "Same as a <= b."),
    FN2(gt, "gt", "Same as a > b."),
    FN2(ge, "ge", "Same as a >= b."),
    {"_compare_digest", (PyCFunction)(void (*)(void))op_compare_digest, METH_FASTCALL,
     "_compare_digest($module, a, b, /)\n--\n\n"
     "Return 'a == b'.\n\n"
     "This function uses an approach designed to prevent\n"
     "timing analysis, making it appropriate for cryptography.\n\n"
     "a and b must both be of the same type: either str (ASCII only),\n"
     "or any bytes-like object.\n\n"
     "Note: If a and b are of different lengths, or if an error occurs,\n"
     "a timing attack could theoretically reveal information about the\n"
     "types and lengths of a and b--but not their values."},
    {"length_hint", (PyCFunction)(void (*)(void))op_length_hint, METH_FASTCALL,
     "length_hint($module, obj, default=0, /)\n--\n\n"
     "Return an estimate of the number of items in obj.\n\n"
     "This is useful for presizing containers when building from an iterable.\n\n"
     "If the object supports len(), the result will be exact.\n"
     "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
     "The result will be an integer >= 0."},
    {"call", (PyCFunction)(void (*)(void))op_call, METH_FASTCALL | METH_KEYWORDS,
     "call($module, obj, /, *args, **kwargs)\n--\n\nSame as obj(*args, **kwargs)."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef operatormodule = {
    PyModuleDef_HEAD_INIT, "_operator",
    "Operator interface.\n\n"
    "This module exports a set of functions implemented in C corresponding\n"
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    "is equivalent to the expression x+y.  The function names are those\n"
    "used for special methods; variants without leading and trailing\n"
    "'__' are also provided for convenience.",
    -1, operator_methods, NULL, NULL, NULL, NULL};

PyObject *PyInit__operator(void)
{
    PyTypeObject *types[] = {&itemgetter_type, &attrgetter_type, &methodcaller_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    PyObject *m = PyModule_Create(&operatormodule);
    if (m == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (PyModule_AddType(m, types[i]) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    }
    return m;
}
