/* The _string module: the template parser of str.format, exposed to
 * string.Formatter, which re-implements formatting in Python on top of
 * it.  Both functions drive the iterators that str.format itself uses
 * (Objects/unicode_format.c), so Formatter sees exactly the grammar and
 * the errors of str.format; an error surfaces when iteration reaches it,
 * as in CPython. */
#include "Python.h"
#include "kr_format.h"

/* [a, b) of s as a new str */
static PyObject *substring(PyObject *s, Py_ssize_t a, Py_ssize_t b)
{
    return PyUnicode_Substring(s, a, b);
}

/* ====================== formatter_parser ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *str;
    _KrMarkupIter it;
} formatteriterobject;

static void formatteriter_dealloc(PyObject *self)
{
    Py_XDECREF(((formatteriterobject *)self)->str);
    PyObject_Free(self);
}

/* (literal, field_name, format_spec, conversion): the last three are None
 * after a literal with no field; the spec is '' for a field without one */
static PyObject *formatteriter_next(PyObject *self)
{
    formatteriterobject *fi = (formatteriterobject *)self;
    _KrMarkup m;
    if (_KrMarkupIter_Next(&fi->it, &m) <= 0)
        return NULL;
    PyObject *literal = substring(fi->str, m.lit_start, m.lit_end), *name, *spec, *conv;
    if (m.field_present) {
        name = substring(fi->str, m.name_start, m.name_end);
        spec = substring(fi->str, m.spec_start, m.spec_end);
    }
    else {
        name = Py_NewRef(Py_None);
        spec = Py_NewRef(Py_None);
    }
    conv = m.conversion ? PyUnicode_FromOrdinal((int)m.conversion) : Py_NewRef(Py_None);
    PyObject *result = NULL;
    if (literal != NULL && name != NULL && spec != NULL && conv != NULL)
        result = PyTuple_Pack(4, literal, name, spec, conv);
    Py_XDECREF(literal);
    Py_XDECREF(name);
    Py_XDECREF(spec);
    Py_XDECREF(conv);
    return result;
}

static PyTypeObject formatteriter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "formatteriterator",
    .tp_basicsize = sizeof(formatteriterobject),
    .tp_dealloc = formatteriter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = formatteriter_next,
};

static int check_str(PyObject *s)
{
    if (!PyUnicode_Check(s)) {
        PyErr_Format(PyExc_TypeError, "expected str, got %s", Py_TYPE(s)->tp_name);
        return -1;
    }
    return 0;
}

static PyObject *formatter_parser(PyObject *module, PyObject *s)
{
    if (check_str(s) < 0)
        return NULL;
    formatteriterobject *fi = PyObject_New(formatteriterobject, &formatteriter_type);
    if (fi == NULL)
        return NULL;
    fi->str = Py_NewRef(s);
    fi->it.str = s;
    fi->it.pos = 0;
    fi->it.end = PyUnicode_GET_LENGTH(s);
    return (PyObject *)fi;
}

/* ====================== formatter_field_name_split ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *str;
    _KrFieldNameIter it;
} fieldnameiterobject;

static void fieldnameiter_dealloc(PyObject *self)
{
    Py_XDECREF(((fieldnameiterobject *)self)->str);
    PyObject_Free(self);
}

/* (is_attribute, name): the name is an int for an all-digit [key] */
static PyObject *fieldnameiter_next(PyObject *self)
{
    fieldnameiterobject *fi = (fieldnameiterobject *)self;
    int is_attr;
    Py_ssize_t idx, a, b;
    if (_KrFieldNameIter_Next(&fi->it, &is_attr, &idx, &a, &b) <= 0)
        return NULL;
    PyObject *name = idx >= 0 ? PyLong_FromSsize_t(idx) : substring(fi->str, a, b);
    if (name == NULL)
        return NULL;
    return Py_BuildValue("(ON)", is_attr ? Py_True : Py_False, name);
}

static PyTypeObject fieldnameiter_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "fieldnameiterator",
    .tp_basicsize = sizeof(fieldnameiterobject),
    .tp_dealloc = fieldnameiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = fieldnameiter_next,
};

static PyObject *formatter_field_name_split(PyObject *module, PyObject *s)
{
    if (check_str(s) < 0)
        return NULL;
    Py_ssize_t first_end, first_idx;
    _KrFieldNameIter rest;
    if (_KrFieldName_Split(s, 0, PyUnicode_GET_LENGTH(s), &first_end, &first_idx, &rest) < 0)
        return NULL;
    PyObject *first = first_idx >= 0 ? PyLong_FromSsize_t(first_idx) : substring(s, 0, first_end);
    if (first == NULL)
        return NULL;
    fieldnameiterobject *fi = PyObject_New(fieldnameiterobject, &fieldnameiter_type);
    if (fi == NULL) {
        Py_DECREF(first);
        return NULL;
    }
    fi->str = Py_NewRef(s);
    fi->it = rest;
    return Py_BuildValue("(NN)", first, (PyObject *)fi);
}

/* ====================== the module ====================== */

static PyMethodDef string_methods[] = {
    {"formatter_parser", formatter_parser, METH_O, "parse the argument as a format string"},
    {"formatter_field_name_split", formatter_field_name_split, METH_O, "split the argument as a field name"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef stringmodule = {
    PyModuleDef_HEAD_INIT, "_string", "string helper module", -1, string_methods, NULL, NULL, NULL, NULL};

PyObject *PyInit__string(void)
{
    if (PyType_Ready(&formatteriter_type) < 0 || PyType_Ready(&fieldnameiter_type) < 0)
        return NULL;
    return PyModule_Create(&stringmodule);
}
