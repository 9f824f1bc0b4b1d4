/* The _ast module: the AST node classes, and the two conversions between
 * Krait's C tree (Include/internal/kr_ast.h) and trees of those objects.
 *
 * Everything here is driven by one table, ast_nodes.h, generated from the
 * AST grammar (Tools/gen_ast_nodes.py): for every category (mod, stmt,
 * expr, operator, arguments, ...) whether it is a sum of constructors, a
 * "simple" sum (constructors without fields, stored in C as an enum) or a
 * product (one class), what attributes (positions) it carries; and for
 * every constructor its fields with their kind (a node of some category,
 * an identifier, a string, a constant, an int), whether they are a list
 * ("*") or optional ("?"), and their offset in the C struct.  The class
 * creation, C tree -> objects (compile(..., PyCF_ONLY_AST), so ast.parse)
 * and objects -> C tree (compile() of an AST object) are each one loop
 * over that table instead of a hand-written function per node kind, so
 * the three cannot disagree with each other or with the C structs.
 *
 * The classes are those of CPython 3.11: ast.AST is a C type with an
 * instance dict and a constructor that maps positional arguments onto
 * _fields; every other class is made by calling type() as a class
 * statement would, so they are ordinary heap classes (with __weakref__,
 * settable attributes, subclassable).  A missing field is simply absent
 * from the instance, except that an optional field ("?") and the
 * optional end positions read as None through a class attribute.  The
 * simple constructors (Load, Add, Eq, ...) are produced as one shared
 * instance each by the C -> objects direction, as CPython does.
 *
 * The types are created on first use (the _ast import, compile() with
 * PyCF_ONLY_AST, or compile() asked whether its source is an AST) and
 * live as long as the process: Krait has one interpreter.
 *
 * Objects -> C checks types and presence with CPython's messages; the
 * semantic checks (contexts, constants, empty bodies, positions) are the
 * validator's, in ast_validate.c. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_compile.h"
#include <stddef.h>
#include <string.h>

enum { FK_NODE, FK_ENUM, FK_IDENT, FK_STRING, FK_CONST, FK_INT };

typedef struct {
    const char *name;
    unsigned char type;  /* T_* */
    signed char cat;     /* the category of a FK_NODE / FK_ENUM field */
    unsigned char seq;   /* "*": an asdl_seq (asdl_int_seq for FK_ENUM) */
    unsigned char opt;   /* "?" */
    unsigned short offset;
} kr_ast_field;

typedef struct {
    const char *name;
    int cat;
    int kind; /* the C enum value; 0 for a product */
    const kr_ast_field *fields;
    int nfields;
    const char *doc;
} kr_ast_ctor;

typedef struct {
    const char *name;
    int first, n;           /* its constructors in kr_ast_ctors */
    unsigned char product;  /* one class, no kind tag */
    unsigned char simple;   /* constructors without fields, a C enum */
    unsigned char has_attrs;/* lineno, col_offset, end_lineno, end_col_offset */
    unsigned char opt_attrs;/* end_lineno and end_col_offset are optional */
    size_t size;
    size_t loc_offset;      /* of lineno; the other three follow it */
    const char *doc;        /* of the abstract class; NULL for a product */
} kr_ast_category;

#include "ast_nodes.h"

typedef struct {
    PyObject_HEAD
    PyObject *dict;
} ASTObject;

static PyObject *cat_type[KR_AST_NCATEGORIES]; /* abstract class, or the product's class */
static PyObject *ctor_type[KR_AST_NCTORS];
static PyObject *ctor_fields[KR_AST_NCTORS];  /* _fields: the interned field names */
static PyObject *singleton[KR_AST_NCTORS];    /* simple constructors: the shared instance */
static PyObject *attr_names;                  /* ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') */
static int types_ready;

static int init_types(void);

/* ---- ast.AST ---- */

/* The classes are heap types whose subtype_traverse visits the type: only
 * the dict is ours to visit. */
static int
ast_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((ASTObject *)self)->dict);
    return 0;
}

static int
ast_clear(PyObject *self)
{
    Py_CLEAR(((ASTObject *)self)->dict);
    return 0;
}

static void
ast_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_CLEAR(((ASTObject *)self)->dict);
    Py_TYPE(self)->tp_free(self);
}

/* AST(*args, **kwargs): positional arguments name the _fields in order,
 * keywords set any attribute. */
static int
ast_type_init(PyObject *self, PyObject *args, PyObject *kw)
{
    Py_ssize_t numfields = 0;
    PyObject *fields = NULL;
    if (_PyObject_LookupAttr((PyObject *)Py_TYPE(self), _Py_ID(_fields), &fields) < 0)
        return -1;
    if (fields) {
        numfields = PySequence_Size(fields);
        if (numfields == -1)
            goto error;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > numfields) {
        PyErr_Format(PyExc_TypeError, "%.400s constructor takes at most %zd positional argument%s",
                     _PyType_Name(Py_TYPE(self)), numfields, numfields == 1 ? "" : "s");
        goto error;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *name = PySequence_GetItem(fields, i);
        if (name == NULL)
            goto error;
        int r = PyObject_SetAttr(self, name, PyTuple_GET_ITEM(args, i));
        Py_DECREF(name);
        if (r < 0)
            goto error;
    }
    if (kw) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(kw, &pos, &key, &value)) {
            for (Py_ssize_t i = 0; i < nargs; i++) {
                PyObject *name = PySequence_GetItem(fields, i);
                if (name == NULL)
                    goto error;
                int eq = PyObject_RichCompareBool(name, key, Py_EQ);
                Py_DECREF(name);
                if (eq < 0)
                    goto error;
                if (eq) {
                    PyErr_Format(PyExc_TypeError, "%.400s got multiple values for argument %R",
                                 _PyType_Name(Py_TYPE(self)), key);
                    goto error;
                }
            }
            if (PyObject_SetAttr(self, key, value) < 0)
                goto error;
        }
    }
    Py_XDECREF(fields);
    return 0;
error:
    Py_XDECREF(fields);
    return -1;
}

/* Pickling: the class and the instance dict (the constructor takes no
 * required arguments, so restoring the dict restores the node). */
static PyObject *
ast_type_reduce(PyObject *self, PyObject *unused)
{
    PyObject *dict;
    if (_PyObject_LookupAttr(self, _Py_ID(__dict__), &dict) < 0)
        return NULL;
    if (dict)
        return Py_BuildValue("O()N", Py_TYPE(self), dict);
    return Py_BuildValue("O()", Py_TYPE(self));
}

static PyMethodDef ast_methods[] = {
    {"__reduce__", ast_type_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef ast_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject KrAST_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "ast.AST",
    .tp_basicsize = sizeof(ASTObject),
    .tp_dealloc = ast_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = ast_traverse,
    .tp_clear = ast_clear,
    .tp_methods = ast_methods,
    .tp_getset = ast_getset,
    .tp_dictoffset = offsetof(ASTObject, dict),
    .tp_init = ast_type_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
};

/* ---- making the classes ---- */

static PyObject *
str_tuple(const char *const *names, Py_ssize_t n)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = PyUnicode_InternFromString(names[i]);
        if (s == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, s);
    }
    return t;
}

static PyObject *
fields_tuple(const kr_ast_ctor *c)
{
    PyObject *t = PyTuple_New(c->nfields);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < c->nfields; i++) {
        PyObject *s = PyUnicode_InternFromString(c->fields[i].name);
        if (s == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, s);
    }
    return t;
}

/* type(name, (base,), ns) with the class attributes of an AST class:
 * _fields and __match_args__, __module__ 'ast', the doc, _attributes
 * when given, and None for the optional fields (and end positions). */
static PyObject *
make_class(const char *name, PyObject *base, PyObject *fields, const kr_ast_ctor *c,
           PyObject *attributes, int opt_attrs, const char *doc)
{
    PyObject *ns = PyDict_New(), *cls = NULL;
    if (ns == NULL)
        return NULL;
    if (PyDict_SetItemString(ns, "_fields", fields) < 0 ||
        PyDict_SetItemString(ns, "__match_args__", fields) < 0 ||
        PyDict_SetItemString(ns, "__module__", _Py_ID(ast)) < 0)
        goto done;
    PyObject *d = doc ? PyUnicode_FromString(doc) : Py_NewRef(Py_None);
    if (d == NULL || PyDict_SetItemString(ns, "__doc__", d) < 0) {
        Py_XDECREF(d);
        goto done;
    }
    Py_DECREF(d);
    if (attributes && PyDict_SetItemString(ns, "_attributes", attributes) < 0)
        goto done;
    for (int i = 0; c && i < c->nfields; i++)
        if (c->fields[i].opt && PyDict_SetItem(ns, PyTuple_GET_ITEM(fields, i), Py_None) < 0)
            goto done;
    if (opt_attrs && (PyDict_SetItem(ns, PyTuple_GET_ITEM(attr_names, 2), Py_None) < 0 ||
                      PyDict_SetItem(ns, PyTuple_GET_ITEM(attr_names, 3), Py_None) < 0))
        goto done;
    cls = PyObject_CallFunction((PyObject *)&PyType_Type, "s(O)O", name, base, ns);
done:
    Py_DECREF(ns);
    return cls;
}

static int
init_types(void)
{
    if (types_ready)
        return 0;
    static const char *const attr_list[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
    PyObject *empty = NULL, *attrs = NULL;
    if (PyType_Ready(&KrAST_Type) < 0)
        return -1;
    empty = PyTuple_New(0);
    attr_names = str_tuple(attr_list, 4);
    if (empty == NULL || attr_names == NULL)
        goto error;
    if (PyDict_SetItemString(KrAST_Type.tp_dict, "__module__", _Py_ID(ast)) < 0 ||
        PyDict_SetItemString(KrAST_Type.tp_dict, "_fields", empty) < 0 ||
        PyDict_SetItemString(KrAST_Type.tp_dict, "__match_args__", empty) < 0 ||
        PyDict_SetItemString(KrAST_Type.tp_dict, "_attributes", empty) < 0)
        goto error;
    for (int k = 0; k < KR_AST_NCATEGORIES; k++) {
        const kr_ast_category *cat = &kr_ast_categories[k];
        attrs = cat->has_attrs ? Py_NewRef(attr_names) : Py_NewRef(empty);
        if (cat->product) {
            const kr_ast_ctor *c = &kr_ast_ctors[cat->first];
            ctor_fields[cat->first] = fields_tuple(c);
            if (ctor_fields[cat->first] == NULL)
                goto error;
            cat_type[k] = make_class(cat->name, (PyObject *)&KrAST_Type, ctor_fields[cat->first],
                                     c, attrs, cat->opt_attrs, c->doc);
            if (cat_type[k] == NULL)
                goto error;
            ctor_type[cat->first] = Py_NewRef(cat_type[k]);
        }
        else {
            cat_type[k] = make_class(cat->name, (PyObject *)&KrAST_Type, empty, NULL, attrs,
                                     cat->opt_attrs, cat->doc);
            if (cat_type[k] == NULL)
                goto error;
            for (int i = cat->first; i < cat->first + cat->n; i++) {
                const kr_ast_ctor *c = &kr_ast_ctors[i];
                ctor_fields[i] = fields_tuple(c);
                if (ctor_fields[i] == NULL)
                    goto error;
                ctor_type[i] = make_class(c->name, cat_type[k], ctor_fields[i], c, NULL, 0, c->doc);
                if (ctor_type[i] == NULL)
                    goto error;
                if (cat->simple) {
                    singleton[i] = PyType_GenericNew((PyTypeObject *)ctor_type[i], NULL, NULL);
                    if (singleton[i] == NULL)
                        goto error;
                }
            }
        }
        Py_CLEAR(attrs);
    }
    Py_DECREF(empty);
    types_ready = 1;
    return 0;
error:
    Py_XDECREF(empty);
    Py_XDECREF(attrs);
    return -1;
}

int
PyAST_Check(PyObject *obj)
{
    if (init_types() < 0)
        return -1;
    return PyObject_IsInstance(obj, (PyObject *)&KrAST_Type);
}

/* ---- C tree -> objects ---- */

static PyObject *node_to_obj(int cat, void *node);

static PyObject *
value_to_obj(const kr_ast_field *f, void *slot)
{
    switch (f->type) {
    case FK_NODE:
        return node_to_obj(f->cat, *(void **)slot);
    case FK_ENUM: {
        int v = *(int *)slot;
        const kr_ast_category *c = &kr_ast_categories[f->cat];
        if (v < 1 || v > c->n) {
            PyErr_Format(PyExc_SystemError, "invalid %s value %d in the AST", c->name, v);
            return NULL;
        }
        return Py_NewRef(singleton[c->first + v - 1]);
    }
    case FK_IDENT: case FK_STRING: case FK_CONST: {
        PyObject *o = *(PyObject **)slot;
        return Py_NewRef(o ? o : Py_None);
    }
    default:
        return PyLong_FromLong(*(int *)slot);
    }
}

static PyObject *
field_to_obj(const kr_ast_field *f, char *node)
{
    char *slot = node + f->offset;
    if (!f->seq)
        return value_to_obj(f, slot);
    if (f->type == FK_ENUM) {
        asdl_int_seq *s = *(asdl_int_seq **)slot;
        Py_ssize_t n = asdl_seq_LEN(s);
        PyObject *list = PyList_New(n);
        for (Py_ssize_t i = 0; list && i < n; i++) {
            PyObject *v = value_to_obj(f, &s->elements[i]);
            if (v == NULL)
                Py_CLEAR(list);
            else
                PyList_SET_ITEM(list, i, v);
        }
        return list;
    }
    asdl_seq *s = *(asdl_seq **)slot;
    Py_ssize_t n = asdl_seq_LEN(s);
    PyObject *list = PyList_New(n);
    for (Py_ssize_t i = 0; list && i < n; i++) {
        PyObject *v = value_to_obj(f, &s->elements[i]);
        if (v == NULL)
            Py_CLEAR(list);
        else
            PyList_SET_ITEM(list, i, v);
    }
    return list;
}

static PyObject *
node_to_obj(int cat, void *node)
{
    if (node == NULL)
        return Py_NewRef(Py_None);
    const kr_ast_category *c = &kr_ast_categories[cat];
    int ci = c->first;
    if (!c->product) {
        int kind = *(int *)node;
        if (kind < 1 || kind > c->n) {
            PyErr_Format(PyExc_SystemError, "invalid %s kind %d in the AST", c->name, kind);
            return NULL;
        }
        ci += kind - 1;
    }
    const kr_ast_ctor *ctor = &kr_ast_ctors[ci];
    if (Py_EnterRecursiveCall(" during ast construction"))
        return NULL;
    PyObject *obj = PyType_GenericNew((PyTypeObject *)ctor_type[ci], NULL, NULL);
    if (obj == NULL)
        goto error;
    for (int i = 0; i < ctor->nfields; i++) {
        PyObject *v = field_to_obj(&ctor->fields[i], node);
        if (v == NULL)
            goto error;
        int r = PyObject_SetAttr(obj, PyTuple_GET_ITEM(ctor_fields[ci], i), v);
        Py_DECREF(v);
        if (r < 0)
            goto error;
    }
    if (c->has_attrs) {
        int *loc = (int *)((char *)node + c->loc_offset);
        for (int i = 0; i < 4; i++) {
            PyObject *v = PyLong_FromLong(loc[i]);
            if (v == NULL)
                goto error;
            int r = PyObject_SetAttr(obj, PyTuple_GET_ITEM(attr_names, i), v);
            Py_DECREF(v);
            if (r < 0)
                goto error;
        }
    }
    Py_LeaveRecursiveCall();
    return obj;
error:
    Py_LeaveRecursiveCall();
    Py_XDECREF(obj);
    return NULL;
}

PyObject *
PyAST_mod2obj(mod_ty t)
{
    if (init_types() < 0)
        return NULL;
    return node_to_obj(CAT_mod, t);
}

/* ---- objects -> C tree ---- */

static int node_from_obj(int cat, PyObject *obj, void **out, PyArena *arena);

static int
enum_from_obj(int cat, PyObject *obj, int *out)
{
    const kr_ast_category *c = &kr_ast_categories[cat];
    for (int i = 0; i < c->n; i++) {
        int r = PyObject_IsInstance(obj, ctor_type[c->first + i]);
        if (r < 0)
            return -1;
        if (r) {
            *out = i + 1;
            return 0;
        }
    }
    PyErr_Format(PyExc_TypeError, "expected some sort of %s, but got %R", c->name, obj);
    return -1;
}

static int
int_from_obj(PyObject *obj, int *out)
{
    if (!PyLong_Check(obj)) {
        PyErr_Format(PyExc_ValueError, "invalid integer value: %R", obj);
        return -1;
    }
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* An object kept by the tree: the arena holds the reference. */
static int
keep_object(PyObject *obj, PyObject **out, PyArena *arena)
{
    if (_PyArena_AddPyObject(arena, Py_NewRef(obj)) < 0) {
        Py_DECREF(obj);
        return -1;
    }
    *out = obj;
    return 0;
}

static int
value_from_obj(const kr_ast_field *f, PyObject *obj, void *slot, PyArena *arena)
{
    switch (f->type) {
    case FK_NODE:
        return node_from_obj(f->cat, obj, (void **)slot, arena);
    case FK_ENUM:
        return enum_from_obj(f->cat, obj, (int *)slot);
    case FK_IDENT:
        if (obj == Py_None) {
            *(PyObject **)slot = NULL;
            return 0;
        }
        if (!PyUnicode_CheckExact(obj)) {
            PyErr_SetString(PyExc_TypeError, "AST identifier must be of type str");
            return -1;
        }
        return keep_object(obj, (PyObject **)slot, arena);
    case FK_STRING:
        if (!PyUnicode_CheckExact(obj) && !PyBytes_CheckExact(obj)) {
            PyErr_SetString(PyExc_TypeError, "AST string must be of type str");
            return -1;
        }
        return keep_object(obj, (PyObject **)slot, arena);
    case FK_CONST:
        return keep_object(obj, (PyObject **)slot, arena);
    default:
        return int_from_obj(obj, (int *)slot);
    }
}

static int
field_from_obj(const kr_ast_ctor *ctor, const kr_ast_field *f, PyObject *obj, char *node,
               PyArena *arena)
{
    PyObject *v;
    char *slot = node + f->offset;
    PyObject *name = PyTuple_GET_ITEM(ctor_fields[ctor - kr_ast_ctors], f - ctor->fields);
    if (_PyObject_LookupAttr(obj, name, &v) < 0)
        return -1;
    if (v == NULL || (v == Py_None && f->opt)) {
        if (v == NULL && !f->opt) {
            PyErr_Format(PyExc_TypeError, "required field \"%s\" missing from %s", f->name,
                         ctor->name);
            return -1;
        }
        Py_XDECREF(v);
        return 0; /* the node is zero-filled: NULL, or 0 for an int */
    }
    int r = -1;
    if (!f->seq) {
        r = value_from_obj(f, v, slot, arena);
        /* A required node given as None converts to NULL, which the
         * compiler must never see. */
        if (r == 0 && f->type != FK_INT && f->type != FK_ENUM && *(void **)slot == NULL) {
            PyErr_Format(PyExc_ValueError, "field '%s' is required for %s", f->name, ctor->name);
            r = -1;
        }
        Py_DECREF(v);
        return r;
    }
    if (!PyList_Check(v)) {
        PyErr_Format(PyExc_TypeError, "%s field \"%s\" must be a list, not a %.200s", ctor->name,
                     f->name, Py_TYPE(v)->tp_name);
        Py_DECREF(v);
        return -1;
    }
    Py_ssize_t n = PyList_GET_SIZE(v);
    char *elements;
    size_t elsize;
    if (f->type == FK_ENUM) {
        asdl_int_seq *s = _Py_asdl_int_seq_new(n, arena);
        *(asdl_int_seq **)slot = s;
        elements = s ? (char *)s->elements : NULL;
        elsize = sizeof(int);
    }
    else {
        asdl_seq *s = _Py_asdl_generic_seq_new(n, arena);
        *(asdl_seq **)slot = s;
        elements = s ? (char *)s->elements : NULL;
        elsize = sizeof(void *);
    }
    if (elements == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = Py_NewRef(PyList_GET_ITEM(v, i));
        int ir = value_from_obj(f, item, elements + (size_t)i * elsize, arena);
        Py_DECREF(item);
        if (ir < 0)
            goto done;
        if (f->type == FK_IDENT && *(PyObject **)(elements + (size_t)i * elsize) == NULL) {
            /* CPython 3.11 lets this through and crashes compiling it */
            PyErr_SetString(PyExc_ValueError, "None disallowed in identifier list");
            goto done;
        }
        if (PyList_GET_SIZE(v) != n) {
            PyErr_Format(PyExc_RuntimeError, "%s field \"%s\" changed size during iteration",
                         ctor->name, f->name);
            goto done;
        }
    }
    r = 0;
done:
    Py_DECREF(v);
    return r;
}

/* lineno, col_offset (required), end_lineno, end_col_offset (optional
 * for most categories: then they default to the start). */
static int
attrs_from_obj(const kr_ast_category *c, const char *owner, PyObject *obj, int *loc)
{
    for (int i = 0; i < 4; i++) {
        PyObject *v;
        PyObject *name = PyTuple_GET_ITEM(attr_names, i);
        if (_PyObject_LookupAttr(obj, name, &v) < 0)
            return -1;
        if (i >= 2 && c->opt_attrs && (v == NULL || v == Py_None)) {
            Py_XDECREF(v);
            loc[i] = loc[i - 2];
            continue;
        }
        if (v == NULL) {
            PyErr_Format(PyExc_TypeError, "required field \"%U\" missing from %s", name, owner);
            return -1;
        }
        int r = int_from_obj(v, &loc[i]);
        Py_DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int
node_from_obj(int cat, PyObject *obj, void **out, PyArena *arena)
{
    const kr_ast_category *c = &kr_ast_categories[cat];
    if (!c->product && obj == Py_None) {
        *out = NULL;
        return 0;
    }
    char *node = _PyArena_Malloc(arena, c->size);
    if (node == NULL)
        return -1;
    char where[64];
    snprintf(where, sizeof where, " while traversing '%s' node", c->name);
    if (Py_EnterRecursiveCall(where))
        return -1;
    int *loc = (int *)(node + c->loc_offset);
    int ci = c->first;
    if (!c->product) {
        if (c->has_attrs && attrs_from_obj(c, c->name, obj, loc) < 0)
            goto error;
        for (;; ci++) {
            if (ci == c->first + c->n) {
                PyErr_Format(PyExc_TypeError, "expected some sort of %s, but got %R", c->name, obj);
                goto error;
            }
            int r = PyObject_IsInstance(obj, ctor_type[ci]);
            if (r < 0)
                goto error;
            if (r)
                break;
        }
        *(int *)node = kr_ast_ctors[ci].kind;
    }
    const kr_ast_ctor *ctor = &kr_ast_ctors[ci];
    for (int i = 0; i < ctor->nfields; i++)
        if (field_from_obj(ctor, &ctor->fields[i], obj, node, arena) < 0)
            goto error;
    if (c->product && c->has_attrs && attrs_from_obj(c, c->name, obj, loc) < 0)
        goto error;
    Py_LeaveRecursiveCall();
    *out = node;
    return 0;
error:
    Py_LeaveRecursiveCall();
    return -1;
}

/* The tree of `ast` for compile() in `mode` (0 exec, 1 eval, 2 single,
 * 3 func_type), or NULL with an exception. */
mod_ty
PyAST_obj2mod(PyObject *ast, PyArena *arena, int mode)
{
    static const int want[] = {Module_kind, Expression_kind, Interactive_kind, FunctionType_kind};
    if (init_types() < 0)
        return NULL;
    PyObject *req = ctor_type[kr_ast_categories[CAT_mod].first + want[mode] - 1];
    int r = PyObject_IsInstance(ast, req);
    if (r < 0)
        return NULL;
    if (!r) {
        PyErr_Format(PyExc_TypeError, "expected %s node, got %.400s",
                     _PyType_Name((PyTypeObject *)req), _PyType_Name(Py_TYPE(ast)));
        return NULL;
    }
    void *m = NULL;
    if (node_from_obj(CAT_mod, ast, &m, arena) < 0)
        return NULL;
    return m;
}

/* ---- ast.dump() of a C tree ---- */

/* The text of ast.dump(tree) (with include_attributes when asked) for a
 * C tree, without making the objects: `krait -X dump-ast` prints it and
 * the parser tests compare it with CPython's.  ast.dump writes each node
 * as Name(field=value, ...) in _fields order, leaving out a field that
 * is absent or is None where the class default is None (the optional
 * ones); lists always appear.  Walking the same table as node_to_obj
 * keeps the two views of a tree the same. */

typedef struct {
    char *b;
    size_t n, cap;
    int err;
    int attrs;
} dump_buf;

static void
dump_put(dump_buf *d, const char *s, size_t n)
{
    if (d->err)
        return;
    if (d->n + n + 1 > d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 4096;
        while (cap < d->n + n + 1)
            cap *= 2;
        char *nb = PyMem_Realloc(d->b, cap);
        if (nb == NULL) {
            d->err = 1;
            PyErr_NoMemory();
            return;
        }
        d->b = nb;
        d->cap = cap;
    }
    memcpy(d->b + d->n, s, n);
    d->n += n;
}

static void
dump_str(dump_buf *d, const char *s)
{
    dump_put(d, s, strlen(s));
}

static void
dump_repr(dump_buf *d, PyObject *o)
{
    if (d->err)
        return;
    PyObject *r = PyObject_Repr(o ? o : Py_None);
    Py_ssize_t n;
    const char *s = r ? PyUnicode_AsUTF8AndSize(r, &n) : NULL;
    if (s == NULL)
        d->err = 1;
    else
        dump_put(d, s, (size_t)n);
    Py_XDECREF(r);
}

static void
dump_int(dump_buf *d, int v)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%d", v);
    dump_str(d, tmp);
}

static void dump_node(dump_buf *d, int cat, void *node);

static void
dump_value(dump_buf *d, const kr_ast_field *f, void *slot)
{
    switch (f->type) {
    case FK_NODE:
        dump_node(d, f->cat, *(void **)slot);
        break;
    case FK_ENUM: {
        const kr_ast_category *c = &kr_ast_categories[f->cat];
        int v = *(int *)slot;
        dump_str(d, v >= 1 && v <= c->n ? kr_ast_ctors[c->first + v - 1].name : "?");
        dump_str(d, "()");
        break;
    }
    case FK_IDENT: case FK_STRING: case FK_CONST:
        dump_repr(d, *(PyObject **)slot);
        break;
    default:
        dump_int(d, *(int *)slot);
    }
}

static void
dump_node(dump_buf *d, int cat, void *node)
{
    if (node == NULL) {
        dump_str(d, "None");
        return;
    }
    const kr_ast_category *c = &kr_ast_categories[cat];
    int ci = c->first;
    if (!c->product)
        ci += *(int *)node - 1;
    const kr_ast_ctor *ctor = &kr_ast_ctors[ci];
    int nargs = 0;
    dump_str(d, ctor->name);
    dump_str(d, "(");
    for (int i = 0; i < ctor->nfields; i++) {
        const kr_ast_field *f = &ctor->fields[i];
        char *slot = (char *)node + f->offset;
        if (f->opt && f->type != FK_INT && *(void **)slot == NULL)
            continue;
        dump_str(d, nargs++ ? ", " : "");
        dump_str(d, f->name);
        dump_str(d, "=");
        if (!f->seq) {
            dump_value(d, f, slot);
            continue;
        }
        dump_str(d, "[");
        if (f->type == FK_ENUM) {
            asdl_int_seq *seq = *(asdl_int_seq **)slot;
            for (Py_ssize_t k = 0; k < asdl_seq_LEN(seq); k++) {
                dump_str(d, k ? ", " : "");
                dump_value(d, f, &seq->elements[k]);
            }
        }
        else {
            asdl_seq *seq = *(asdl_seq **)slot;
            for (Py_ssize_t k = 0; k < asdl_seq_LEN(seq); k++) {
                dump_str(d, k ? ", " : "");
                dump_value(d, f, &seq->elements[k]);
            }
        }
        dump_str(d, "]");
    }
    if (d->attrs && c->has_attrs) {
        int *loc = (int *)((char *)node + c->loc_offset);
        static const char *const names[] = {"lineno=", "col_offset=", "end_lineno=", "end_col_offset="};
        for (int i = 0; i < 4; i++) {
            dump_str(d, nargs++ ? ", " : "");
            dump_str(d, names[i]);
            dump_int(d, loc[i]);
        }
    }
    dump_str(d, ")");
}

PyObject *
_KrAST_DumpEx(mod_ty m, int include_attributes)
{
    dump_buf d = {0};
    d.attrs = include_attributes;
    dump_node(&d, CAT_mod, m);
    PyObject *r = d.err ? NULL : PyUnicode_DecodeUTF8(d.b ? d.b : "", (Py_ssize_t)d.n, NULL);
    PyMem_Free(d.b);
    return r;
}

PyObject *
_KrAST_Dump(mod_ty m)
{
    return _KrAST_DumpEx(m, 0);
}

/* ---- the module ---- */

PyObject *
PyInit__ast(void)
{
    static struct PyModuleDef def = {
        PyModuleDef_HEAD_INIT, "_ast", NULL, -1, NULL, NULL, NULL, NULL, NULL,
    };
    if (init_types() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&def);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObject(m, "AST", Py_NewRef((PyObject *)&KrAST_Type)) < 0)
        goto error;
    for (int k = 0; k < KR_AST_NCATEGORIES; k++) {
        const kr_ast_category *c = &kr_ast_categories[k];
        if (PyModule_AddObject(m, c->name, Py_NewRef(cat_type[k])) < 0)
            goto error;
        if (c->product)
            continue;
        for (int i = c->first; i < c->first + c->n; i++)
            if (PyModule_AddObject(m, kr_ast_ctors[i].name, Py_NewRef(ctor_type[i])) < 0)
                goto error;
    }
    if (PyModule_AddIntConstant(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT) < 0 ||
        PyModule_AddIntConstant(m, "PyCF_ONLY_AST", PyCF_ONLY_AST) < 0 ||
        PyModule_AddIntConstant(m, "PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
