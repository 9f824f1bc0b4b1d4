/* sqlite3.Row: a result row that can also be indexed by column name.
 *
 * A Row keeps the plain tuple of values and the cursor's description
 * (shared, not copied), so making one costs two references.  Lookup by
 * name compares ASCII case-insensitively against the description's
 * names, as CPython does, and is linear: rows are narrow. */
#include "sqlite.h"

static PyObject *
row_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *cursor, *data;
    if (kw != NULL && PyDict_GET_SIZE(kw) > 0) {
        PyErr_SetString(PyExc_TypeError, "Row() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "O!O!:Row", &sq_CurType, &cursor, &PyTuple_Type, &data))
        return NULL;
    RowObj *self = (RowObj *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->data = Py_NewRef(data);
    self->description = Py_NewRef(((CurObj *)cursor)->description);
    return (PyObject *)self;
}

static void
row_dealloc(RowObj *self)
{
    PyObject_GC_UnTrack(self);
    Py_CLEAR(self->data);
    Py_CLEAR(self->description);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
row_traverse(RowObj *self, visitproc visit, void *arg)
{
    Py_VISIT(self->data);
    Py_VISIT(self->description);
    return 0;
}

static int
ascii_ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static PyObject *
row_subscript(RowObj *self, PyObject *key)
{
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += PyTuple_GET_SIZE(self->data);
        if (i < 0 || i >= PyTuple_GET_SIZE(self->data)) {
            PyErr_SetString(PyExc_IndexError, "tuple index out of range");
            return NULL;
        }
        return Py_NewRef(PyTuple_GET_ITEM(self->data, i));
    }
    if (PyUnicode_Check(key)) {
        const char *k = PyUnicode_AsUTF8(key);
        if (k == NULL)
            return NULL;
        if (PyTuple_Check(self->description)) {
            Py_ssize_t n = PyTuple_GET_SIZE(self->description);
            for (Py_ssize_t i = 0; i < n && i < PyTuple_GET_SIZE(self->data); i++) {
                PyObject *name = PyTuple_GET_ITEM(PyTuple_GET_ITEM(self->description, i), 0);
                const char *s = PyUnicode_AsUTF8(name);
                if (s == NULL)
                    return NULL;
                if (ascii_ieq(s, k))
                    return Py_NewRef(PyTuple_GET_ITEM(self->data, i));
            }
        }
        PyErr_SetString(PyExc_IndexError, "No item with that key");
        return NULL;
    }
    if (PySlice_Check(key))
        return PyObject_GetItem(self->data, key);
    PyErr_SetString(PyExc_IndexError, "Index must be int or string");
    return NULL;
}

static Py_ssize_t
row_length(RowObj *self)
{
    return PyTuple_GET_SIZE(self->data);
}

static PyObject *
row_item(RowObj *self, Py_ssize_t i)
{
    if (i < 0 || i >= PyTuple_GET_SIZE(self->data)) {
        PyErr_SetString(PyExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return Py_NewRef(PyTuple_GET_ITEM(self->data, i));
}

static PyObject *
row_keys(RowObj *self, PyObject *unused)
{
    PyObject *list = PyList_New(0);
    if (list == NULL || !PyTuple_Check(self->description))
        return list;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(self->description); i++) {
        PyObject *name = PyTuple_GET_ITEM(PyTuple_GET_ITEM(self->description, i), 0);
        if (PyList_Append(list, name) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static PyObject *
row_iter(RowObj *self)
{
    return PyObject_GetIter(self->data);
}

static Py_hash_t
row_hash(RowObj *self)
{
    Py_hash_t a = PyObject_Hash(self->description), b;
    if (a == -1)
        return -1;
    if ((b = PyObject_Hash(self->data)) == -1)
        return -1;
    Py_hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static PyObject *
row_richcompare(RowObj *self, PyObject *other, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyObject_TypeCheck(other, &sq_RowType))
        Py_RETURN_NOTIMPLEMENTED;
    RowObj *o = (RowObj *)other;
    int eq = PyObject_RichCompareBool(self->description, o->description, Py_EQ);
    if (eq < 0)
        return NULL;
    if (eq) {
        eq = PyObject_RichCompareBool(self->data, o->data, Py_EQ);
        if (eq < 0)
            return NULL;
    }
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

static PyMethodDef row_methods[] = {
    {"keys", (PyCFunction)(void (*)(void))row_keys, METH_NOARGS,
     "Returns the keys of the row."},
    {NULL, NULL, 0, NULL}
};

static PyMappingMethods row_as_mapping = {
    .mp_length = (lenfunc)row_length,
    .mp_subscript = (binaryfunc)row_subscript,
};

static PySequenceMethods row_as_sequence = {
    .sq_length = (lenfunc)row_length,
    .sq_item = (ssizeargfunc)row_item,
};

PyTypeObject sq_RowType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sqlite3.Row",
    .tp_basicsize = sizeof(RowObj),
    .tp_dealloc = (destructor)row_dealloc,
    .tp_as_sequence = &row_as_sequence,
    .tp_as_mapping = &row_as_mapping,
    .tp_hash = (hashfunc)row_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)row_traverse,
    .tp_richcompare = (richcmpfunc)row_richcompare,
    .tp_iter = (getiterfunc)row_iter,
    .tp_methods = row_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = row_new,
    .tp_free = PyObject_GC_Del,
};
