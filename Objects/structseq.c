/* Struct sequences: the named tuples made from C (sys.version_info,
 * sys.flags, time.struct_time ...).
 *
 * A struct sequence is a tuple subclass.  Its object is allocated with
 * room for all n_fields items, but ob_size says n_in_sequence: the tuple
 * machinery (len, indexing, comparison, hashing) sees only the visible
 * part, while the remaining fields sit after it and are reached by name
 * through read-only member descriptors at their offsets.  The counts are
 * kept in the type dict (n_sequence_fields, n_fields, n_unnamed_fields),
 * as CPython keeps them, so dealloc and __reduce__ can find them. */
#include "Python.h"
#include "structseq.h"
#include <stddef.h>

const char *const PyStructSequence_UnnamedField = "unnamed field";

static Py_ssize_t
get_count(PyTypeObject *type, const char *name)
{
    PyObject *v = type->tp_dict ? PyDict_GetItemString(type->tp_dict, name) : NULL;
    return v ? PyLong_AsSsize_t(v) : 0;
}

#define VISIBLE_SIZE(op) Py_SIZE(op)
#define REAL_SIZE_TP(tp) get_count((tp), "n_fields")
#define REAL_SIZE(op) REAL_SIZE_TP(Py_TYPE(op))
#define UNNAMED_FIELDS_TP(tp) get_count((tp), "n_unnamed_fields")

PyObject *
PyStructSequence_New(PyTypeObject *type)
{
    Py_ssize_t size = REAL_SIZE_TP(type);
    Py_ssize_t vsize = get_count(type, "n_sequence_fields");
    PyTupleObject *obj = PyObject_GC_NewVar(PyTupleObject, type, size);
    if (obj == NULL)
        return NULL;
    Py_SET_SIZE(obj, vsize);
    for (Py_ssize_t i = 0; i < size; i++)
        obj->ob_item[i] = NULL;
    PyObject_GC_Track(obj);
    return (PyObject *)obj;
}

void
PyStructSequence_SetItem(PyObject *op, Py_ssize_t i, PyObject *v)
{
    PyStructSequence_SET_ITEM(op, i, v);
}

PyObject *
PyStructSequence_GetItem(PyObject *op, Py_ssize_t i)
{
    return PyStructSequence_GET_ITEM(op, i);
}

static int
structseq_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_ssize_t size = REAL_SIZE(op);
    for (Py_ssize_t i = 0; i < size; i++)
        Py_VISIT(((PyTupleObject *)op)->ob_item[i]);
    return 0;
}

static void
structseq_dealloc(PyObject *op)
{
    PyObject_GC_UnTrack(op);
    Py_ssize_t size = REAL_SIZE(op);
    for (Py_ssize_t i = 0; i < size; i++)
        Py_XDECREF(((PyTupleObject *)op)->ob_item[i]);
    PyObject_GC_Del(op);
}

static PyObject *
structseq_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"sequence", "dict", NULL};
    PyObject *arg, *dict = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:structseq", kwlist, &arg, &dict))
        return NULL;
    arg = PySequence_Fast(arg, "constructor requires a sequence");
    if (arg == NULL)
        return NULL;
    if (dict && dict != Py_None && !PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError, "%.500s() takes a dict as second arg, if any",
                     type->tp_name);
        Py_DECREF(arg);
        return NULL;
    }
    if (dict == Py_None)
        dict = NULL;
    Py_ssize_t len = PySequence_Fast_GET_SIZE(arg);
    Py_ssize_t min_len = get_count(type, "n_sequence_fields");
    Py_ssize_t max_len = REAL_SIZE_TP(type);
    Py_ssize_t n_unnamed = UNNAMED_FIELDS_TP(type);
    if (len < min_len || len > max_len) {
        if (min_len == max_len)
            PyErr_Format(PyExc_TypeError, "%.500s() takes a %zd-sequence (%zd-sequence given)",
                         type->tp_name, min_len, len);
        else if (len < min_len)
            PyErr_Format(PyExc_TypeError,
                         "%.500s() takes an at least %zd-sequence (%zd-sequence given)",
                         type->tp_name, min_len, len);
        else
            PyErr_Format(PyExc_TypeError,
                         "%.500s() takes an at most %zd-sequence (%zd-sequence given)",
                         type->tp_name, max_len, len);
        Py_DECREF(arg);
        return NULL;
    }
    PyTupleObject *res = (PyTupleObject *)PyStructSequence_New(type);
    if (res == NULL) {
        Py_DECREF(arg);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < len; i++)
        res->ob_item[i] = Py_NewRef(PySequence_Fast_GET_ITEM(arg, i));
    for (Py_ssize_t i = len; i < max_len; i++) {
        PyObject *ob = NULL;
        if (dict && i - n_unnamed >= 0 && type->tp_members) {
            const char *name = type->tp_members[i - n_unnamed].name;
            ob = PyDict_GetItemString(dict, name);
        }
        res->ob_item[i] = Py_NewRef(ob ? ob : Py_None);
    }
    Py_DECREF(arg);
    return (PyObject *)res;
}

static PyObject *
structseq_repr(PyObject *op)
{
    PyTypeObject *type = Py_TYPE(op);
    _PyUnicodeWriter writer;
    _PyUnicodeWriter_Init(&writer);
    if (_PyUnicodeWriter_WriteASCIIString(&writer, type->tp_name, strlen(type->tp_name)) < 0 ||
        _PyUnicodeWriter_WriteChar(&writer, '(') < 0)
        goto error;
    for (Py_ssize_t i = 0; i < VISIBLE_SIZE(op); i++) {
        if (i > 0 && _PyUnicodeWriter_WriteASCIIString(&writer, ", ", 2) < 0)
            goto error;
        const char *name = type->tp_members[i].name;
        if (_PyUnicodeWriter_WriteASCIIString(&writer, name, strlen(name)) < 0 ||
            _PyUnicodeWriter_WriteChar(&writer, '=') < 0)
            goto error;
        PyObject *r = PyObject_Repr(PyTuple_GET_ITEM(op, i));
        if (r == NULL)
            goto error;
        int e = _PyUnicodeWriter_WriteStr(&writer, r);
        Py_DECREF(r);
        if (e < 0)
            goto error;
    }
    if (_PyUnicodeWriter_WriteChar(&writer, ')') < 0)
        goto error;
    return _PyUnicodeWriter_Finish(&writer);
error:
    _PyUnicodeWriter_Dealloc(&writer);
    return NULL;
}

static PyObject *
structseq_reduce(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    Py_ssize_t n_fields = REAL_SIZE(op);
    Py_ssize_t n_visible = VISIBLE_SIZE(op);
    Py_ssize_t n_unnamed = UNNAMED_FIELDS_TP(Py_TYPE(op));
    PyObject *tup = PyTuple_New(n_visible), *dict = NULL, *res = NULL;
    if (tup == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n_visible; i++)
        PyTuple_SET_ITEM(tup, i, Py_NewRef(PyTuple_GET_ITEM(op, i)));
    dict = PyDict_New();
    if (dict == NULL)
        goto done;
    for (Py_ssize_t i = n_visible; i < n_fields; i++) {
        const char *name = Py_TYPE(op)->tp_members[i - n_unnamed].name;
        if (PyDict_SetItemString(dict, name, ((PyTupleObject *)op)->ob_item[i]) < 0)
            goto done;
    }
    res = Py_BuildValue("(O(OO))", Py_TYPE(op), tup, dict);
done:
    Py_DECREF(tup);
    Py_XDECREF(dict);
    return res;
}

static PyMethodDef structseq_methods[] = {
    {"__reduce__", (PyCFunction)structseq_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static int
set_count(PyObject *dict, const char *name, Py_ssize_t n)
{
    PyObject *v = PyLong_FromSsize_t(n);
    if (v == NULL)
        return -1;
    int r = PyDict_SetItemString(dict, name, v);
    Py_DECREF(v);
    return r;
}

int
PyStructSequence_InitType2(PyTypeObject *type, PyStructSequence_Desc *desc)
{
    Py_ssize_t n_fields = 0, n_unnamed = 0;
    for (; desc->fields[n_fields].name != NULL; n_fields++) {
        if (desc->fields[n_fields].name == PyStructSequence_UnnamedField)
            n_unnamed++;
    }
    PyMemberDef *members = PyMem_Calloc(n_fields - n_unnamed + 1, sizeof(PyMemberDef));
    if (members == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n_fields; i++) {
        if (desc->fields[i].name == PyStructSequence_UnnamedField)
            continue;
        members[k].name = desc->fields[i].name;
        members[k].type = T_OBJECT;
        members[k].offset = offsetof(PyTupleObject, ob_item) + i * sizeof(PyObject *);
        members[k].flags = READONLY;
        members[k].doc = desc->fields[i].doc;
        k++;
    }
    Py_SET_REFCNT(type, 1);
    Py_SET_TYPE(type, &PyType_Type);
    type->tp_name = desc->name;
    type->tp_basicsize = sizeof(PyTupleObject) - sizeof(PyObject *);
    type->tp_itemsize = sizeof(PyObject *);
    type->tp_dealloc = structseq_dealloc;
    type->tp_repr = structseq_repr;
    type->tp_doc = desc->doc;
    type->tp_base = &PyTuple_Type;
    type->tp_methods = structseq_methods;
    type->tp_new = structseq_new;
    type->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_TUPLE_SUBCLASS;
    type->tp_traverse = structseq_traverse;
    type->tp_free = PyObject_GC_Del;
    type->tp_members = members;
    if (PyType_Ready(type) < 0)
        return -1;
    PyObject *dict = type->tp_dict;
    if (set_count(dict, "n_sequence_fields", desc->n_in_sequence) < 0 ||
        set_count(dict, "n_fields", n_fields) < 0 ||
        set_count(dict, "n_unnamed_fields", n_unnamed) < 0)
        return -1;
    PyObject *match_args = PyTuple_New(desc->n_in_sequence - n_unnamed > 0 ?
                                       desc->n_in_sequence - n_unnamed : 0);
    if (match_args == NULL)
        return -1;
    for (Py_ssize_t i = 0, j = 0; i < desc->n_in_sequence; i++) {
        if (desc->fields[i].name == PyStructSequence_UnnamedField)
            continue;
        PyObject *name = PyUnicode_FromString(desc->fields[i].name);
        if (name == NULL) {
            Py_DECREF(match_args);
            return -1;
        }
        PyTuple_SET_ITEM(match_args, j++, name);
    }
    int r = PyDict_SetItemString(dict, "__match_args__", match_args);
    Py_DECREF(match_args);
    return r;
}

void
PyStructSequence_InitType(PyTypeObject *type, PyStructSequence_Desc *desc)
{
    (void)PyStructSequence_InitType2(type, desc);
}

PyTypeObject *
PyStructSequence_NewType(PyStructSequence_Desc *desc)
{
    PyTypeObject *type = PyMem_Calloc(1, sizeof(PyTypeObject));
    if (type == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if (PyStructSequence_InitType2(type, desc) < 0)
        return NULL;
    return type;
}
