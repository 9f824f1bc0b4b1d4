/* Descriptors made from C tables, the method-wrapper, mappingproxy and
 * property.
 *
 * PyType_Ready turns each row of a C type's tables into a descriptor in
 * the type's dict:
 *   tp_methods   -> method_descriptor (`<method 'append' of 'list' objects>`)
 *                   or classmethod_descriptor for METH_CLASS
 *   tp_members   -> member_descriptor: a typed field at an offset
 *   tp_getset    -> getset_descriptor: C getter/setter functions
 *   filled slots -> wrapper_descriptor (`<slot wrapper '__add__' of 'int'
 *                   objects>`), whose __get__ gives a method-wrapper
 * Members and getsets are data descriptors (they define __set__ even when
 * read-only), so they win over an instance __dict__; methods and slot
 * wrappers are not.  Every descriptor checks that the object it is
 * applied to is an instance of the type that defined it, because the C
 * function behind it will cast the object to that type's struct.
 *
 * Method descriptors are flagged Py_TPFLAGS_METHOD_DESCRIPTOR: the VM and
 * slot dispatch may call them with self as the first argument instead of
 * binding them first. */
#include "Python.h"
#include "kr_typing.h"
#include "kr_call.h"

/* ===================================================================
 * Common parts
 * =================================================================== */

static void
descr_dealloc(PyObject *self)
{
    PyDescrObject *descr = (PyDescrObject *)self;
    PyObject_GC_UnTrack(descr);
    Py_XDECREF(descr->d_type);
    Py_XDECREF(descr->d_name);
    Py_XDECREF(descr->d_qualname);
    PyObject_GC_Del(descr);
}

static int
descr_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyDescrObject *)self)->d_type);
    return 0;
}

static PyObject *
descr_name(PyDescrObject *descr)
{
    if (descr->d_name != NULL && PyUnicode_Check(descr->d_name))
        return descr->d_name;
    return NULL;
}

static PyObject *
descr_repr(PyDescrObject *descr, const char *format)
{
    PyObject *name = descr_name(descr);
    return PyUnicode_FromFormat(format, name ? PyUnicode_AsUTF8(name) : "?",
                                descr->d_type->tp_name);
}

static PyObject *method_repr(PyObject *d) { return descr_repr((PyDescrObject *)d, "<method '%s' of '%s' objects>"); }
static PyObject *member_repr(PyObject *d) { return descr_repr((PyDescrObject *)d, "<member '%s' of '%s' objects>"); }
static PyObject *getset_repr(PyObject *d) { return descr_repr((PyDescrObject *)d, "<attribute '%s' of '%s' objects>"); }
static PyObject *wrapperdescr_repr(PyObject *d) { return descr_repr((PyDescrObject *)d, "<slot wrapper '%s' of '%s' objects>"); }

/* 1: obj is fine; 0: obj is NULL (return the descriptor itself); -1: error */
static int
descr_check(PyDescrObject *descr, PyObject *obj)
{
    if (obj == NULL)
        return 0;
    if (!PyObject_TypeCheck(obj, descr->d_type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%s' for '%.100s' objects doesn't apply to a '%.100s' object",
                     descr_name(descr) ? PyUnicode_AsUTF8(descr->d_name) : "?",
                     descr->d_type->tp_name, Py_TYPE(obj)->tp_name);
        return -1;
    }
    return 1;
}

static PyObject *
descr_get_qualname(PyObject *self, void *closure)
{
    PyDescrObject *descr = (PyDescrObject *)self;
    if (descr->d_qualname == NULL) {
        PyObject *type_qualname = PyObject_GetAttr((PyObject *)descr->d_type, _Py_ID(__qualname__));
        if (type_qualname == NULL)
            return NULL;
        if (!PyUnicode_Check(type_qualname)) {
            PyErr_SetString(PyExc_TypeError,
                            "<descriptor>.__objclass__.__qualname__ is not a unicode object");
            Py_DECREF(type_qualname);
            return NULL;
        }
        descr->d_qualname = PyUnicode_FromFormat("%S.%S", type_qualname, descr->d_name);
        Py_DECREF(type_qualname);
        if (descr->d_qualname == NULL)
            return NULL;
    }
    return Py_NewRef(descr->d_qualname);
}

/* Descriptors and method-wrappers pickle as the attribute lookup that
 * made them: getattr(owner, name). */
static PyObject *
reduce_as_getattr(PyObject *owner, PyObject *name)
{
    PyObject *getattr = PyDict_GetItemString(PyEval_GetBuiltins(), "getattr");
    if (getattr == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "no getattr in builtins");
        return NULL;
    }
    return Py_BuildValue("O(OO)", getattr, owner, name);
}

static PyObject *
descr_reduce(PyObject *self, PyObject *unused)
{
    PyDescrObject *descr = (PyDescrObject *)self;
    return reduce_as_getattr((PyObject *)descr->d_type, descr->d_name);
}

static PyMethodDef descr_methods[] = {
    {"__reduce__", descr_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef descr_members[] = {
    {"__objclass__", T_OBJECT, offsetof(PyDescrObject, d_type), READONLY, NULL},
    {"__name__", T_OBJECT, offsetof(PyDescrObject, d_name), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

/* Where the signature block "name(...)\n--\n\n" of DOC ends, or NULL when DOC
   has none: it must open with NAME and '(' and close before any blank line,
   so prose that merely contains the marker keeps all its text. */
const char *
_KrDoc_SignatureEnd(const char *name, const char *doc)
{
    if (doc == NULL || name == NULL)
        return NULL;
    size_t n = strlen(name);
    if (strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    for (const char *p = doc + n; *p != '\0'; p++) {
        if (strncmp(p, ")\n--\n\n", 6) == 0)
            return p + 6;
        if (p[0] == '\n' && p[1] == '\n')
            return NULL;
    }
    return NULL;
}

PyObject *
_KrDoc_FromC(const char *name, const char *doc)
{
    if (doc == NULL)
        Py_RETURN_NONE;
    const char *end = _KrDoc_SignatureEnd(name, doc);
    if (end != NULL)
        doc = end;
    if (*doc == '\0')
        Py_RETURN_NONE;
    return PyUnicode_FromString(doc);
}

PyObject *
_KrDoc_SignatureFromC(const char *name, const char *doc)
{
    const char *end = _KrDoc_SignatureEnd(name, doc);
    if (end == NULL)
        Py_RETURN_NONE;
    size_t n = strlen(name);
    /* "(...)" without the "\n--\n\n" that follows it */
    return PyUnicode_FromStringAndSize(doc + n, end - 5 - (doc + n));
}

static PyDescrObject *
descr_new(PyTypeObject *descrtype, PyTypeObject *type, const char *name)
{
    PyDescrObject *descr = (PyDescrObject *)PyType_GenericAlloc(descrtype, 0);
    if (descr == NULL)
        return NULL;
    descr->d_type = (PyTypeObject *)Py_XNewRef(type);
    descr->d_name = PyUnicode_InternFromString(name);
    if (descr->d_name == NULL) {
        Py_DECREF(descr);
        return NULL;
    }
    descr->d_qualname = NULL;
    return descr;
}

/* ===================================================================
 * method_descriptor
 * =================================================================== */

static PyObject *
method_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)self;
    int r = descr_check((PyDescrObject *)descr, obj);
    if (r <= 0)
        return r < 0 ? NULL : Py_NewRef(self);
    return PyCMethod_New(descr->d_method, obj, NULL,
                         (descr->d_method->ml_flags & METH_METHOD) ? descr->d_common.d_type : NULL);
}

static PyObject *
method_vectorcall(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)func;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs < 1) {
        PyObject *fs = _PyObject_FunctionStr(func);
        if (fs != NULL) {
            PyErr_Format(PyExc_TypeError, "unbound method %U needs an argument", fs);
            Py_DECREF(fs);
        }
        return NULL;
    }
    PyObject *self = args[0];
    if (!PyObject_TypeCheck(self, descr->d_common.d_type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     descr->d_common.d_name, descr->d_common.d_type->tp_name, Py_TYPE(self)->tp_name);
        return NULL;
    }
    return _KrMethodDef_Vectorcall(descr->d_method, self, descr->d_common.d_type,
                                   args + 1, nargs - 1, kwnames, func);
}

static PyObject *
method_get_doc(PyObject *self, void *closure)
{
    PyMethodDescrObject *d = (PyMethodDescrObject *)self;
    return _KrDoc_FromC(d->d_method->ml_name, d->d_method->ml_doc);
}

static PyObject *
method_get_text_signature(PyObject *self, void *closure)
{
    PyMethodDescrObject *d = (PyMethodDescrObject *)self;
    return _KrDoc_SignatureFromC(d->d_method->ml_name, d->d_method->ml_doc);
}

static PyGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__text_signature__", method_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyMethodDescr_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(PyMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_vectorcall_offset = offsetof(PyMethodDescrObject, vectorcall),
    .tp_repr = method_repr,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_methods = descr_methods,
    .tp_members = descr_members,
    .tp_getset = method_getset,
    .tp_descr_get = method_get,
};

PyObject *
PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *method)
{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)descr_new(&PyMethodDescr_Type, type, method->ml_name);
    if (descr != NULL) {
        descr->d_method = method;
        descr->vectorcall = method_vectorcall;
    }
    return (PyObject *)descr;
}

/* ===================================================================
 * classmethod_descriptor
 * =================================================================== */

static PyObject *
classmethod_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)self;
    if (type == NULL) {
        if (obj != NULL) {
            type = (PyObject *)Py_TYPE(obj);
        }
        else {
            PyErr_Format(PyExc_TypeError, "descriptor '%U' for type '%.100s' needs either an object or a type",
                         descr->d_common.d_name, descr->d_common.d_type->tp_name);
            return NULL;
        }
    }
    if (!PyType_Check(type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                     descr->d_common.d_name, descr->d_common.d_type->tp_name, Py_TYPE(type)->tp_name);
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)type, descr->d_common.d_type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                     descr->d_common.d_name, descr->d_common.d_type->tp_name,
                     ((PyTypeObject *)type)->tp_name);
        return NULL;
    }
    PyTypeObject *cls = (descr->d_method->ml_flags & METH_METHOD) ? descr->d_common.d_type : NULL;
    return PyCMethod_New(descr->d_method, type, NULL, cls);
}

static PyObject *
classmethoddescr_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)self;
    Py_ssize_t argc = PyTuple_GET_SIZE(args);
    if (argc < 1) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                     descr->d_common.d_name, descr->d_common.d_type->tp_name);
        return NULL;
    }
    PyObject *self_arg = PyTuple_GET_ITEM(args, 0);
    PyObject *bound = classmethod_get(self, NULL, self_arg);
    if (bound == NULL)
        return NULL;
    PyObject *rest = PyTuple_GetSlice(args, 1, argc);
    PyObject *res = NULL;
    if (rest != NULL) {
        res = PyObject_Call(bound, rest, kwds);
        Py_DECREF(rest);
    }
    Py_DECREF(bound);
    return res;
}

PyTypeObject PyClassMethodDescr_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(PyMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_repr,
    .tp_call = classmethoddescr_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    /* no __reduce__: as in CPython, a class method descriptor does not
     * pickle (getattr(cls, name) would give the bound method instead) */
    .tp_members = descr_members,
    .tp_getset = method_getset,
    .tp_descr_get = classmethod_get,
};

PyObject *
PyDescr_NewClassMethod(PyTypeObject *type, PyMethodDef *method)
{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)descr_new(&PyClassMethodDescr_Type, type, method->ml_name);
    if (descr != NULL) {
        descr->d_method = method;
        descr->vectorcall = NULL;
    }
    return (PyObject *)descr;
}

/* ===================================================================
 * member_descriptor and the PyMember functions
 * =================================================================== */

PyObject *
PyMember_GetOne(const char *obj_addr, PyMemberDef *l)
{
    const char *addr = obj_addr + l->offset;
    switch (l->type) {
    case T_BOOL: return PyBool_FromLong(*(const char *)addr);
    case T_BYTE: return PyLong_FromLong(*(const signed char *)addr);
    case T_UBYTE: return PyLong_FromLong(*(const unsigned char *)addr);
    case T_SHORT: return PyLong_FromLong(*(const short *)addr);
    case T_USHORT: return PyLong_FromLong(*(const unsigned short *)addr);
    case T_INT: return PyLong_FromLong(*(const int *)addr);
    case T_UINT: return PyLong_FromUnsignedLong(*(const unsigned int *)addr);
    case T_LONG: return PyLong_FromLong(*(const long *)addr);
    case T_ULONG: return PyLong_FromUnsignedLong(*(const unsigned long *)addr);
    case T_PYSSIZET: return PyLong_FromSsize_t(*(const Py_ssize_t *)addr);
    case T_FLOAT: return PyFloat_FromDouble(*(const float *)addr);
    case T_DOUBLE: return PyFloat_FromDouble(*(const double *)addr);
    case T_STRING:
        if (*(char *const *)addr == NULL)
            Py_RETURN_NONE;
        return PyUnicode_FromString(*(char *const *)addr);
    case T_STRING_INPLACE: return PyUnicode_FromString(addr);
    case T_CHAR: return PyUnicode_FromStringAndSize(addr, 1);
    case T_OBJECT: {
        PyObject *v = *(PyObject *const *)addr;
        return Py_NewRef(v == NULL ? Py_None : v);
    }
    case T_OBJECT_EX: {
        PyObject *v = *(PyObject *const *)addr;
        if (v == NULL) {
            PyErr_Format(PyExc_AttributeError, "'%.200s' object has no attribute '%s'",
                         Py_TYPE((PyObject *)obj_addr)->tp_name, l->name);
            return NULL;
        }
        return Py_NewRef(v);
    }
    case T_LONGLONG: return PyLong_FromLongLong(*(const long long *)addr);
    case T_ULONGLONG: return PyLong_FromUnsignedLongLong(*(const unsigned long long *)addr);
    case T_NONE: Py_RETURN_NONE;
    default:
        PyErr_SetString(PyExc_SystemError, "bad memberdescr type");
        return NULL;
    }
}

static int
member_as_long(PyObject *v, long *out)
{
    if (!PyLong_Check(v) && !PyIndex_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1;
    }
    *out = PyLong_AsLong(v);
    if (*out == -1 && PyErr_Occurred())
        return -1;
    return 0;
}

int
PyMember_SetOne(char *obj_addr, PyMemberDef *l, PyObject *v)
{
    char *addr = obj_addr + l->offset;
    if (l->flags & READONLY) {
        PyErr_SetString(PyExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (v == NULL) {
        if (l->type == T_OBJECT_EX) {
            if (*(PyObject **)addr == NULL) {
                PyErr_SetString(PyExc_AttributeError, l->name);
                return -1;
            }
        }
        else if (l->type != T_OBJECT) {
            PyErr_SetString(PyExc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
    }
    long lv;
    switch (l->type) {
    case T_BOOL:
        if (!PyBool_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = v == Py_True;
        return 0;
    case T_BYTE:
        if (member_as_long(v, &lv) < 0) return -1;
        *(signed char *)addr = (signed char)lv;
        return 0;
    case T_UBYTE:
        if (member_as_long(v, &lv) < 0) return -1;
        *(unsigned char *)addr = (unsigned char)lv;
        return 0;
    case T_SHORT:
        if (member_as_long(v, &lv) < 0) return -1;
        *(short *)addr = (short)lv;
        return 0;
    case T_USHORT:
        if (member_as_long(v, &lv) < 0) return -1;
        *(unsigned short *)addr = (unsigned short)lv;
        return 0;
    case T_INT:
        if (member_as_long(v, &lv) < 0) return -1;
        *(int *)addr = (int)lv;
        return 0;
    case T_UINT:
        if (member_as_long(v, &lv) < 0) return -1;
        *(unsigned int *)addr = (unsigned int)lv;
        return 0;
    case T_LONG:
        if (member_as_long(v, &lv) < 0) return -1;
        *(long *)addr = lv;
        return 0;
    case T_ULONG: {
        unsigned long u = PyLong_AsUnsignedLong(v);
        if (u == (unsigned long)-1 && PyErr_Occurred())
            return -1;
        *(unsigned long *)addr = u;
        return 0;
    }
    case T_PYSSIZET: {
        Py_ssize_t s = PyLong_AsSsize_t(v);
        if (s == -1 && PyErr_Occurred())
            return -1;
        *(Py_ssize_t *)addr = s;
        return 0;
    }
    case T_FLOAT: {
        double d = PyFloat_AsDouble(v);
        if (d == -1 && PyErr_Occurred())
            return -1;
        *(float *)addr = (float)d;
        return 0;
    }
    case T_DOUBLE: {
        double d = PyFloat_AsDouble(v);
        if (d == -1 && PyErr_Occurred())
            return -1;
        *(double *)addr = d;
        return 0;
    }
    case T_OBJECT:
    case T_OBJECT_EX: {
        PyObject *old = *(PyObject **)addr;
        *(PyObject **)addr = Py_XNewRef(v);
        Py_XDECREF(old);
        return 0;
    }
    case T_CHAR: {
        Py_ssize_t len;
        const char *s = PyUnicode_Check(v) ? PyUnicode_AsUTF8AndSize(v, &len) : NULL;
        if (s == NULL || len != 1) {
            if (!PyErr_Occurred())
                PyErr_BadArgument();
            return -1;
        }
        *addr = s[0];
        return 0;
    }
    case T_STRING:
    case T_STRING_INPLACE:
        PyErr_SetString(PyExc_TypeError, "readonly attribute");
        return -1;
    case T_LONGLONG: {
        long long x = PyLong_AsLongLong(v);
        if (x == -1 && PyErr_Occurred())
            return -1;
        *(long long *)addr = x;
        return 0;
    }
    case T_ULONGLONG: {
        unsigned long long x = PyLong_AsUnsignedLongLong(v);
        if (x == (unsigned long long)-1 && PyErr_Occurred())
            return -1;
        *(unsigned long long *)addr = x;
        return 0;
    }
    default:
        PyErr_Format(PyExc_SystemError, "bad memberdescr type for %s", l->name);
        return -1;
    }
}

static PyObject *
member_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyMemberDescrObject *descr = (PyMemberDescrObject *)self;
    int r = descr_check((PyDescrObject *)descr, obj);
    if (r <= 0)
        return r < 0 ? NULL : Py_NewRef(self);
    return PyMember_GetOne((const char *)obj, descr->d_member);
}

static int
member_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PyMemberDescrObject *descr = (PyMemberDescrObject *)self;
    if (!PyObject_TypeCheck(obj, descr->d_common.d_type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     descr->d_common.d_name, descr->d_common.d_type->tp_name, Py_TYPE(obj)->tp_name);
        return -1;
    }
    return PyMember_SetOne((char *)obj, descr->d_member, value);
}

static PyObject *
member_get_doc(PyObject *self, void *closure)
{
    PyMemberDescrObject *d = (PyMemberDescrObject *)self;
    if (d->d_member->doc == NULL)
        Py_RETURN_NONE;
    return PyUnicode_FromString(d->d_member->doc);
}

static PyGetSetDef member_getset[] = {
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyMemberDescr_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(PyMemberDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_methods = descr_methods,
    .tp_members = descr_members,
    .tp_getset = member_getset,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
};

PyObject *
PyDescr_NewMember(PyTypeObject *type, PyMemberDef *member)
{
    PyMemberDescrObject *descr = (PyMemberDescrObject *)descr_new(&PyMemberDescr_Type, type, member->name);
    if (descr != NULL)
        descr->d_member = member;
    return (PyObject *)descr;
}

/* ===================================================================
 * getset_descriptor
 * =================================================================== */

static PyObject *
getset_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyGetSetDescrObject *descr = (PyGetSetDescrObject *)self;
    int r = descr_check((PyDescrObject *)descr, obj);
    if (r <= 0)
        return r < 0 ? NULL : Py_NewRef(self);
    if (descr->d_getset->get != NULL)
        return descr->d_getset->get(obj, descr->d_getset->closure);
    PyErr_Format(PyExc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                 descr->d_common.d_name, descr->d_common.d_type->tp_name);
    return NULL;
}

static int
getset_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PyGetSetDescrObject *descr = (PyGetSetDescrObject *)self;
    if (!PyObject_TypeCheck(obj, descr->d_common.d_type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     descr->d_common.d_name, descr->d_common.d_type->tp_name, Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (descr->d_getset->set != NULL)
        return descr->d_getset->set(obj, value, descr->d_getset->closure);
    PyErr_Format(PyExc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                 descr->d_common.d_name, descr->d_common.d_type->tp_name);
    return -1;
}

static PyObject *
getset_get_doc(PyObject *self, void *closure)
{
    PyGetSetDescrObject *d = (PyGetSetDescrObject *)self;
    if (d->d_getset->doc == NULL)
        Py_RETURN_NONE;
    return PyUnicode_FromString(d->d_getset->doc);
}

static PyGetSetDef getset_getset[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyGetSetDescr_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(PyGetSetDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_members = descr_members,
    .tp_getset = getset_getset,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
};

PyObject *
PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *getset)
{
    PyGetSetDescrObject *descr = (PyGetSetDescrObject *)descr_new(&PyGetSetDescr_Type, type, getset->name);
    if (descr != NULL)
        descr->d_getset = getset;
    return (PyObject *)descr;
}

/* ===================================================================
 * wrapper_descriptor and method-wrapper
 * =================================================================== */

static PyObject *
wrapperdescr_raw_call(PyWrapperDescrObject *d, PyObject *self, PyObject *args, PyObject *kwds)
{
    wrapperfunc wrapper = d->d_base->wrapper;
    if (d->d_base->flags & PyWrapperFlag_KEYWORDS) {
        wrapperfunc_kwds wk = (wrapperfunc_kwds)(void (*)(void))wrapper;
        return wk(self, args, d->d_wrapped, kwds);
    }
    if (kwds != NULL && (!PyDict_Check(kwds) || PyDict_GET_SIZE(kwds) != 0)) {
        PyErr_Format(PyExc_TypeError, "wrapper %s() takes no keyword arguments", d->d_base->name);
        return NULL;
    }
    return wrapper(self, args, d->d_wrapped);
}

static PyObject *
wrapperdescr_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyWrapperDescrObject *d = (PyWrapperDescrObject *)self;
    Py_ssize_t argc = PyTuple_GET_SIZE(args);
    if (argc < 1) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                     d->d_common.d_name, d->d_common.d_type->tp_name);
        return NULL;
    }
    PyObject *obj = PyTuple_GET_ITEM(args, 0);
    if (!PyObject_TypeCheck(obj, d->d_common.d_type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                     d->d_common.d_name, d->d_common.d_type->tp_name, Py_TYPE(obj)->tp_name);
        return NULL;
    }
    PyObject *rest = PyTuple_GetSlice(args, 1, argc);
    if (rest == NULL)
        return NULL;
    PyObject *res = wrapperdescr_raw_call(d, obj, rest, kwds);
    Py_DECREF(rest);
    return res;
}

static PyObject *
wrapperdescr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyWrapperDescrObject *descr = (PyWrapperDescrObject *)self;
    int r = descr_check((PyDescrObject *)descr, obj);
    if (r <= 0)
        return r < 0 ? NULL : Py_NewRef(self);
    return PyWrapper_New(self, obj);
}

static PyObject *
wrapperdescr_get_doc(PyObject *self, void *closure)
{
    PyWrapperDescrObject *d = (PyWrapperDescrObject *)self;
    return _KrDoc_FromC(d->d_base->name, d->d_base->doc);
}

static PyObject *
wrapperdescr_get_text_signature(PyObject *self, void *closure)
{
    PyWrapperDescrObject *d = (PyWrapperDescrObject *)self;
    return _KrDoc_SignatureFromC(d->d_base->name, d->d_base->doc);
}

static PyGetSetDef wrapperdescr_getset[] = {
    {"__doc__", wrapperdescr_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__text_signature__", wrapperdescr_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyWrapperDescr_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(PyWrapperDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_methods = descr_methods,
    .tp_members = descr_members,
    .tp_getset = wrapperdescr_getset,
    .tp_descr_get = wrapperdescr_get,
};

PyObject *
PyDescr_NewWrapper(PyTypeObject *type, struct wrapperbase *base, void *wrapped)
{
    PyWrapperDescrObject *descr = (PyWrapperDescrObject *)descr_new(&PyWrapperDescr_Type, type, base->name);
    if (descr != NULL) {
        descr->d_base = base;
        descr->d_wrapped = wrapped;
    }
    return (PyObject *)descr;
}

typedef struct {
    PyObject_HEAD
    PyWrapperDescrObject *descr;
    PyObject *self;
} wrapperobject;

static void
wrapper_dealloc(PyObject *self)
{
    wrapperobject *wp = (wrapperobject *)self;
    PyObject_GC_UnTrack(wp);
    /* f = f.__call__ a million times makes a million-deep chain */
    Py_TRASHCAN_BEGIN(wp, wrapper_dealloc)
    Py_XDECREF(wp->descr);
    Py_XDECREF(wp->self);
    PyObject_GC_Del(wp);
    Py_TRASHCAN_END
}

static int
wrapper_traverse(PyObject *self, visitproc visit, void *arg)
{
    wrapperobject *wp = (wrapperobject *)self;
    Py_VISIT(wp->descr);
    Py_VISIT(wp->self);
    return 0;
}

static PyObject *
wrapper_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !Py_IS_TYPE(a, &_PyMethodWrapper_Type) ||
        !Py_IS_TYPE(b, &_PyMethodWrapper_Type))
        Py_RETURN_NOTIMPLEMENTED;
    wrapperobject *wa = (wrapperobject *)a, *wb = (wrapperobject *)b;
    int eq = wa->descr == wb->descr && wa->self == wb->self;
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

static Py_hash_t
wrapper_hash(PyObject *self)
{
    wrapperobject *wp = (wrapperobject *)self;
    Py_hash_t x = _Py_HashPointer(wp->self) ^ _Py_HashPointer(wp->descr);
    return x == -1 ? -2 : x;
}

static PyObject *
wrapper_repr(PyObject *self)
{
    wrapperobject *wp = (wrapperobject *)self;
    return PyUnicode_FromFormat("<method-wrapper '%s' of %s object at %p>",
                                wp->descr->d_base->name, Py_TYPE(wp->self)->tp_name, wp->self);
}

static PyObject *
wrapper_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    wrapperobject *wp = (wrapperobject *)self;
    return wrapperdescr_raw_call(wp->descr, wp->self, args, kwds);
}

static PyObject *wrapper_objclass(PyObject *self, void *c) { return Py_NewRef(PyDescr_TYPE(((wrapperobject *)self)->descr)); }
static PyObject *wrapper_name(PyObject *self, void *c) { return PyUnicode_FromString(((wrapperobject *)self)->descr->d_base->name); }
static PyObject *wrapper_doc(PyObject *self, void *c) { return wrapperdescr_get_doc((PyObject *)((wrapperobject *)self)->descr, NULL); }
static PyObject *wrapper_qualname(PyObject *self, void *c) { return descr_get_qualname((PyObject *)((wrapperobject *)self)->descr, NULL); }
static PyObject *wrapper_text_signature(PyObject *self, void *c) { return wrapperdescr_get_text_signature((PyObject *)((wrapperobject *)self)->descr, NULL); }

static PyObject *
wrapper_reduce(PyObject *self, PyObject *unused)
{
    wrapperobject *wp = (wrapperobject *)self;
    return reduce_as_getattr(wp->self, PyDescr_NAME(wp->descr));
}

static PyMethodDef wrapper_methods[] = {
    {"__reduce__", wrapper_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef wrapper_members[] = {
    {"__self__", T_OBJECT, offsetof(wrapperobject, self), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef wrapper_getsets[] = {
    {"__objclass__", wrapper_objclass, NULL, NULL, NULL},
    {"__name__", wrapper_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_qualname, NULL, NULL, NULL},
    {"__doc__", wrapper_doc, NULL, NULL, NULL},
    {"__text_signature__", wrapper_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject _PyMethodWrapper_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(wrapperobject),
    .tp_dealloc = wrapper_dealloc,
    .tp_repr = wrapper_repr,
    .tp_hash = wrapper_hash,
    .tp_call = wrapper_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = wrapper_traverse,
    .tp_richcompare = wrapper_richcompare,
    .tp_methods = wrapper_methods,
    .tp_members = wrapper_members,
    .tp_getset = wrapper_getsets,
};

PyObject *
PyWrapper_New(PyObject *d, PyObject *self)
{
    wrapperobject *wp = PyObject_GC_New(wrapperobject, &_PyMethodWrapper_Type);
    if (wp == NULL)
        return NULL;
    wp->descr = (PyWrapperDescrObject *)Py_NewRef(d);
    wp->self = Py_NewRef(self);
    PyObject_GC_Track(wp);
    return (PyObject *)wp;
}

/* ===================================================================
 * mappingproxy: a read-only view of a mapping (type.__dict__)
 * =================================================================== */

typedef struct {
    PyObject_HEAD
    PyObject *mapping;
} mappingproxyobject;

static Py_ssize_t mappingproxy_len(PyObject *pp) { return PyObject_Size(((mappingproxyobject *)pp)->mapping); }
static PyObject *mappingproxy_getitem(PyObject *pp, PyObject *key) { return PyObject_GetItem(((mappingproxyobject *)pp)->mapping, key); }

static int
mappingproxy_contains(PyObject *pp, PyObject *key)
{
    PyObject *m = ((mappingproxyobject *)pp)->mapping;
    if (PyDict_CheckExact(m))
        return PyDict_Contains(m, key);
    return PySequence_Contains(m, key);
}

static PyObject *
mappingproxy_get(PyObject *pp, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        PyErr_Format(PyExc_TypeError, "get expected %s, got %zd",
                     nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
        return NULL;
    }
    PyObject *newargs[3] = {((mappingproxyobject *)pp)->mapping, args[0], nargs == 2 ? args[1] : Py_None};
    return PyObject_VectorcallMethod(_Py_ID(get), newargs, 3 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

static PyObject *mappingproxy_keys(PyObject *pp, PyObject *u) { return PyObject_CallMethod(((mappingproxyobject *)pp)->mapping, "keys", NULL); }
static PyObject *mappingproxy_values(PyObject *pp, PyObject *u) { return PyObject_CallMethod(((mappingproxyobject *)pp)->mapping, "values", NULL); }
static PyObject *mappingproxy_items(PyObject *pp, PyObject *u) { return PyObject_CallMethod(((mappingproxyobject *)pp)->mapping, "items", NULL); }
static PyObject *mappingproxy_copy(PyObject *pp, PyObject *u) { return PyObject_CallMethod(((mappingproxyobject *)pp)->mapping, "copy", NULL); }
static PyObject *mappingproxy_reversed(PyObject *pp, PyObject *u) { return PyObject_CallMethod(((mappingproxyobject *)pp)->mapping, "__reversed__", NULL); }

static PyMethodDef mappingproxy_methods[] = {
    {"get", _PyCFunction_CAST(mappingproxy_get), METH_FASTCALL,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", mappingproxy_keys, METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mappingproxy_values, METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", mappingproxy_items, METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mappingproxy_copy, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mappingproxy_reversed, METH_NOARGS, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", Py_GenericAlias, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}
};

static void
mappingproxy_dealloc(PyObject *self)
{
    mappingproxyobject *pp = (mappingproxyobject *)self;
    PyObject_GC_UnTrack(pp);
    Py_DECREF(pp->mapping);
    PyObject_GC_Del(pp);
}

static int
mappingproxy_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((mappingproxyobject *)self)->mapping);
    return 0;
}

static PyObject *mappingproxy_getiter(PyObject *pp) { return PyObject_GetIter(((mappingproxyobject *)pp)->mapping); }
static PyObject *mappingproxy_str(PyObject *pp) { return PyObject_Str(((mappingproxyobject *)pp)->mapping); }
static PyObject *mappingproxy_repr(PyObject *pp) { return PyUnicode_FromFormat("mappingproxy(%R)", ((mappingproxyobject *)pp)->mapping); }
static PyObject *mappingproxy_richcompare(PyObject *v, PyObject *w, int op) { return PyObject_RichCompare(((mappingproxyobject *)v)->mapping, w, op); }

static PyObject *
mappingproxy_or(PyObject *left, PyObject *right)
{
    if (Py_IS_TYPE(left, &PyDictProxy_Type))
        left = ((mappingproxyobject *)left)->mapping;
    if (Py_IS_TYPE(right, &PyDictProxy_Type))
        right = ((mappingproxyobject *)right)->mapping;
    return PyNumber_Or(left, right);
}

static PyObject *
mappingproxy_ior(PyObject *self, PyObject *other)
{
    PyErr_Format(PyExc_TypeError, "'|=' is not supported by %s; use '|' instead",
                 Py_TYPE(self)->tp_name);
    return NULL;
}

static int
mappingproxy_check_mapping(PyObject *mapping)
{
    if (!PyMapping_Check(mapping) || PyList_Check(mapping) || PyTuple_Check(mapping)) {
        PyErr_Format(PyExc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                     Py_TYPE(mapping)->tp_name);
        return -1;
    }
    return 0;
}

PyObject *
PyDictProxy_New(PyObject *mapping)
{
    if (mappingproxy_check_mapping(mapping) < 0)
        return NULL;
    mappingproxyobject *pp = PyObject_GC_New(mappingproxyobject, &PyDictProxy_Type);
    if (pp == NULL)
        return NULL;
    pp->mapping = Py_NewRef(mapping);
    PyObject_GC_Track(pp);
    return (PyObject *)pp;
}

static PyObject *
mappingproxy_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *mapping = NULL;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) == 1 && PyTuple_GET_SIZE(args) == 0) {
        mapping = PyDict_GetItemString(kwds, "mapping");
    }
    else if ((kwds == NULL || PyDict_GET_SIZE(kwds) == 0) && PyTuple_GET_SIZE(args) == 1) {
        mapping = PyTuple_GET_ITEM(args, 0);
    }
    if (mapping == NULL) {
        PyErr_Format(PyExc_TypeError, "mappingproxy() takes exactly one argument (%zd given)",
                     PyTuple_GET_SIZE(args) + (kwds ? PyDict_GET_SIZE(kwds) : 0));
        return NULL;
    }
    return PyDictProxy_New(mapping);
}

static PyNumberMethods mappingproxy_as_number = {
    .nb_or = mappingproxy_or,
    .nb_inplace_or = mappingproxy_ior,
};

static PyMappingMethods mappingproxy_as_mapping = {
    .mp_length = mappingproxy_len,
    .mp_subscript = mappingproxy_getitem,
};

static PySequenceMethods mappingproxy_as_sequence = {
    .sq_contains = mappingproxy_contains,
};

PyTypeObject PyDictProxy_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(mappingproxyobject),
    .tp_dealloc = mappingproxy_dealloc,
    .tp_repr = mappingproxy_repr,
    .tp_as_number = &mappingproxy_as_number,
    .tp_as_sequence = &mappingproxy_as_sequence,
    .tp_as_mapping = &mappingproxy_as_mapping,
    .tp_str = mappingproxy_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_MAPPING,
    .tp_traverse = mappingproxy_traverse,
    .tp_richcompare = mappingproxy_richcompare,
    .tp_iter = mappingproxy_getiter,
    .tp_methods = mappingproxy_methods,
    .tp_new = mappingproxy_new,
};

/* ===================================================================
 * property
 * =================================================================== */

typedef struct {
    PyObject_HEAD
    PyObject *prop_get;
    PyObject *prop_set;
    PyObject *prop_del;
    PyObject *prop_doc;
    PyObject *prop_name; /* from __set_name__, for error messages */
    int getter_doc;      /* the doc came from fget and follows a new getter */
} propertyobject;

static PyMemberDef property_members[] = {
    {"fget", T_OBJECT, offsetof(propertyobject, prop_get), READONLY, NULL},
    {"fset", T_OBJECT, offsetof(propertyobject, prop_set), READONLY, NULL},
    {"fdel", T_OBJECT, offsetof(propertyobject, prop_del), READONLY, NULL},
    {"__doc__", T_OBJECT, offsetof(propertyobject, prop_doc), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

static void
property_dealloc(PyObject *self)
{
    propertyobject *gs = (propertyobject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(gs->prop_get);
    Py_XDECREF(gs->prop_set);
    Py_XDECREF(gs->prop_del);
    Py_XDECREF(gs->prop_doc);
    Py_XDECREF(gs->prop_name);
    Py_TYPE(self)->tp_free(self);
}

static int
property_traverse(PyObject *self, visitproc visit, void *arg)
{
    propertyobject *pp = (propertyobject *)self;
    Py_VISIT(pp->prop_get);
    Py_VISIT(pp->prop_set);
    Py_VISIT(pp->prop_del);
    Py_VISIT(pp->prop_doc);
    Py_VISIT(pp->prop_name);
    return 0;
}

static int
property_clear(PyObject *self)
{
    Py_CLEAR(((propertyobject *)self)->prop_doc);
    return 0;
}

static PyObject *
property_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(self);
    propertyobject *gs = (propertyobject *)self;
    if (gs->prop_get == NULL) {
        PyObject *qualname = PyType_GetQualName(Py_TYPE(obj));
        if (qualname == NULL)
            return NULL;
        if (gs->prop_name != NULL)
            PyErr_Format(PyExc_AttributeError, "property %R of %R object has no getter",
                         gs->prop_name, qualname);
        else
            PyErr_Format(PyExc_AttributeError, "property of %R object has no getter", qualname);
        Py_DECREF(qualname);
        return NULL;
    }
    return PyObject_CallOneArg(gs->prop_get, obj);
}

static int
property_descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    propertyobject *gs = (propertyobject *)self;
    PyObject *func = value == NULL ? gs->prop_del : gs->prop_set;
    if (func == NULL) {
        PyObject *qualname = NULL;
        if (obj != NULL)
            qualname = PyType_GetQualName(Py_TYPE(obj));
        if (qualname == NULL && obj != NULL)
            return -1;
        const char *what = value == NULL ? "deleter" : "setter";
        if (gs->prop_name != NULL && qualname != NULL)
            PyErr_Format(PyExc_AttributeError, "property %R of %R object has no %s",
                         gs->prop_name, qualname, what);
        else if (qualname != NULL)
            PyErr_Format(PyExc_AttributeError, "property of %R object has no %s", qualname, what);
        else
            PyErr_Format(PyExc_AttributeError, "property has no %s", what);
        Py_XDECREF(qualname);
        return -1;
    }
    PyObject *res;
    if (value == NULL) {
        res = PyObject_CallOneArg(func, obj);
    }
    else {
        PyObject *args[2] = {obj, value};
        res = PyObject_Vectorcall(func, args, 2, NULL);
    }
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

/* getter()/setter()/deleter(): a copy with one function replaced */
static PyObject *
property_copy(PyObject *old, PyObject *get, PyObject *set, PyObject *del)
{
    propertyobject *pold = (propertyobject *)old;
    if (get == NULL || get == Py_None)
        get = pold->prop_get ? pold->prop_get : Py_None;
    if (set == NULL || set == Py_None)
        set = pold->prop_set ? pold->prop_set : Py_None;
    if (del == NULL || del == Py_None)
        del = pold->prop_del ? pold->prop_del : Py_None;
    PyObject *doc;
    if (pold->getter_doc && get != Py_None)
        doc = Py_None; /* the new getter's doc */
    else
        doc = pold->prop_doc ? pold->prop_doc : Py_None;
    PyObject *args[4] = {get, set, del, doc};
    PyObject *new = PyObject_Vectorcall((PyObject *)Py_TYPE(old), args, 4, NULL);
    if (new == NULL)
        return NULL;
    if (PyObject_TypeCheck(new, &PyProperty_Type)) {
        Py_XINCREF(pold->prop_name);
        Py_XSETREF(((propertyobject *)new)->prop_name, pold->prop_name);
    }
    return new;
}

static PyObject *property_getter(PyObject *self, PyObject *f) { return property_copy(self, f, NULL, NULL); }
static PyObject *property_setter(PyObject *self, PyObject *f) { return property_copy(self, NULL, f, NULL); }
static PyObject *property_deleter(PyObject *self, PyObject *f) { return property_copy(self, NULL, NULL, f); }

static PyObject *
property_set_name(PyObject *self, PyObject *args)
{
    if (PyTuple_GET_SIZE(args) != 2) {
        PyErr_Format(PyExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given",
                     PyTuple_GET_SIZE(args));
        return NULL;
    }
    propertyobject *prop = (propertyobject *)self;
    PyObject *name = PyTuple_GET_ITEM(args, 1);
    Py_XINCREF(name);
    Py_XSETREF(prop->prop_name, name);
    Py_RETURN_NONE;
}

static PyMethodDef property_methods[] = {
    {"getter", property_getter, METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, METH_VARARGS, "Method to set name of a property."},
    {NULL, NULL, 0, NULL}
};

static int
property_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static const char *const kwlist[] = {"fget", "fset", "fdel", "doc", NULL};
    PyObject *vals[4] = {NULL, NULL, NULL, NULL};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 4) {
        PyErr_Format(PyExc_TypeError, "property() takes at most 4 arguments (%zd given)", nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = PyTuple_GET_ITEM(args, i);
    if (kwds != NULL) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwds, &pos, &key, &value)) {
            int i;
            for (i = 0; kwlist[i] != NULL; i++) {
                if (PyUnicode_Check(key) && _PyUnicode_EqualToASCIIString(key, kwlist[i]))
                    break;
            }
            if (kwlist[i] == NULL) {
                PyErr_Format(PyExc_TypeError, "'%S' is an invalid keyword argument for property()", key);
                return -1;
            }
            if (vals[i] != NULL) {
                PyErr_Format(PyExc_TypeError, "argument for property() given by name ('%s') and position (%d)",
                             kwlist[i], i + 1);
                return -1;
            }
            vals[i] = value;
        }
    }
    propertyobject *prop = (propertyobject *)self;
    PyObject *fget = vals[0] == Py_None ? NULL : vals[0];
    PyObject *fset = vals[1] == Py_None ? NULL : vals[1];
    PyObject *fdel = vals[2] == Py_None ? NULL : vals[2];
    PyObject *doc = vals[3];
    Py_XINCREF(fget);
    Py_XSETREF(prop->prop_get, fget);
    Py_XINCREF(fset);
    Py_XSETREF(prop->prop_set, fset);
    Py_XINCREF(fdel);
    Py_XSETREF(prop->prop_del, fdel);
    Py_CLEAR(prop->prop_doc);
    Py_CLEAR(prop->prop_name);
    prop->getter_doc = 0;

    Py_XSETREF(prop->prop_doc, Py_XNewRef(doc));
    if ((doc == NULL || doc == Py_None) && fget != NULL) {
        PyObject *get_doc;
        int rc = _PyObject_LookupAttr(fget, _Py_ID(__doc__), &get_doc);
        if (rc <= 0)
            return rc;
        if (Py_IS_TYPE(self, &PyProperty_Type)) {
            Py_XSETREF(prop->prop_doc, get_doc);
        }
        else {
            /* A subclass's class dict has a __doc__ of its own that would
               shadow the member, so the getter's doc goes on the instance,
               by ordinary attribute assignment (which fails for a subclass
               without a __dict__). An explicit doc is kept only in the
               member, where a subclass never shows it: CPython 3.11 does
               the same. */
            int r = PyObject_SetAttr(self, _Py_ID(__doc__), get_doc);
            Py_DECREF(get_doc);
            if (r < 0)
                return -1;
        }
        prop->getter_doc = 1;
    }
    return 0;
}

static PyObject *
property_get___isabstractmethod__(PyObject *self, void *closure)
{
    propertyobject *prop = (propertyobject *)self;
    PyObject *funcs[3] = {prop->prop_get, prop->prop_set, prop->prop_del};
    for (int i = 0; i < 3; i++) {
        if (funcs[i] == NULL)
            continue;
        PyObject *v;
        if (_PyObject_LookupAttr(funcs[i], _Py_ID(__isabstractmethod__), &v) < 0)
            return NULL;
        if (v == NULL)
            continue;
        int r = PyObject_IsTrue(v);
        Py_DECREF(v);
        if (r < 0)
            return NULL;
        if (r)
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyGetSetDef property_getsetlist[] = {
    {"__isabstractmethod__", property_get___isabstractmethod__, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyProperty_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "property",
    .tp_basicsize = sizeof(propertyobject),
    .tp_dealloc = property_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\n"
              "Property attribute.\n\n"
              "  fget\n    function to be used for getting an attribute value\n"
              "  fset\n    function to be used for setting an attribute value\n"
              "  fdel\n    function to be used for del'ing an attribute\n"
              "  doc\n    docstring\n",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getsetlist,
    .tp_descr_get = property_descr_get,
    .tp_descr_set = property_descr_set,
    .tp_init = property_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
};
