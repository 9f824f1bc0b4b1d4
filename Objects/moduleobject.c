/* Module objects and module definitions.
 *
 * A module is a namespace: its attributes live in md_dict, which is also
 * the globals dict of the code that ran to fill it.  Attribute lookup is
 * the generic one plus PEP 562: when an attribute is missing, a function
 * __getattr__ in the module's dict is asked before failing.  C modules
 * are described by a PyModuleDef; PyModule_Create2 makes the module,
 * allocates its per-module state (m_size bytes) and adds its functions,
 * each bound to the module (so `len.__self__` is builtins). */
#include "Python.h"
#include "kr_init.h"

static Py_ssize_t max_module_number = 0;

PyTypeObject PyModuleDef_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "moduledef",
    .tp_basicsize = sizeof(PyModuleDef),
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

PyObject *
PyModuleDef_Init(PyModuleDef *def)
{
    if (def->m_base.m_index == 0) {
        Py_SET_TYPE(def, &PyModuleDef_Type);
        Py_SET_REFCNT(def, 1);
        def->m_base.m_index = ++max_module_number;
    }
    return (PyObject *)def;
}

static int
module_init_dict(PyModuleObject *mod, PyObject *md_dict, PyObject *name, PyObject *doc)
{
    if (doc == NULL)
        doc = Py_None;
    if (PyDict_SetItem(md_dict, _Py_ID(__name__), name) != 0 ||
        PyDict_SetItem(md_dict, _Py_ID(__doc__), doc) != 0 ||
        PyDict_SetItem(md_dict, _Py_ID(__package__), Py_None) != 0 ||
        PyDict_SetItem(md_dict, _Py_ID(__loader__), Py_None) != 0 ||
        PyDict_SetItem(md_dict, _Py_ID(__spec__), Py_None) != 0)
        return -1;
    if (PyUnicode_CheckExact(name)) {
        Py_INCREF(name);
        Py_XSETREF(mod->md_name, name);
    }
    return 0;
}

static PyModuleObject *
new_module_notrack(PyTypeObject *mt)
{
    PyModuleObject *m = (PyModuleObject *)mt->tp_alloc(mt, 0);
    if (m == NULL)
        return NULL;
    m->md_def = NULL;
    m->md_state = NULL;
    m->md_weaklist = NULL;
    m->md_name = NULL;
    m->md_dict = PyDict_New();
    if (m->md_dict == NULL) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

PyObject *
PyModule_NewObject(PyObject *name)
{
    PyModuleObject *m = new_module_notrack(&PyModule_Type);
    if (m == NULL)
        return NULL;
    if (module_init_dict(m, m->md_dict, name, NULL) != 0) {
        Py_DECREF(m);
        return NULL;
    }
    return (PyObject *)m;
}

PyObject *
PyModule_New(const char *name)
{
    PyObject *nameobj = PyUnicode_FromString(name);
    if (nameobj == NULL)
        return NULL;
    PyObject *module = PyModule_NewObject(nameobj);
    Py_DECREF(nameobj);
    return module;
}

int
PyModule_AddFunctions(PyObject *m, PyMethodDef *functions)
{
    PyObject *name = PyModule_GetNameObject(m);
    if (name == NULL)
        return -1;
    for (PyMethodDef *fdef = functions; fdef->ml_name != NULL; fdef++) {
        if ((fdef->ml_flags & METH_CLASS) || (fdef->ml_flags & METH_STATIC)) {
            PyErr_SetString(PyExc_ValueError, "module functions cannot set METH_CLASS or METH_STATIC");
            Py_DECREF(name);
            return -1;
        }
        PyObject *func = PyCFunction_NewEx(fdef, m, name);
        if (func == NULL) {
            Py_DECREF(name);
            return -1;
        }
        if (PyObject_SetAttrString(m, fdef->ml_name, func) != 0) {
            Py_DECREF(func);
            Py_DECREF(name);
            return -1;
        }
        Py_DECREF(func);
    }
    Py_DECREF(name);
    return 0;
}

int
PyModule_SetDocString(PyObject *m, const char *doc)
{
    PyObject *v = PyUnicode_FromString(doc);
    if (v == NULL)
        return -1;
    int r = PyObject_SetAttr(m, _Py_ID(__doc__), v);
    Py_DECREF(v);
    return r;
}

PyObject *
PyModule_Create2(PyModuleDef *module, int module_api_version)
{
    if (!PyModuleDef_Init(module))
        return NULL;
    const char *name = module->m_name;
    PyModuleObject *m = (PyModuleObject *)PyModule_New(name);
    if (m == NULL)
        return NULL;
    if (module->m_size > 0) {
        m->md_state = PyMem_Calloc(1, (size_t)module->m_size);
        if (m->md_state == NULL) {
            PyErr_NoMemory();
            Py_DECREF(m);
            return NULL;
        }
    }
    if (module->m_methods != NULL && PyModule_AddFunctions((PyObject *)m, module->m_methods) != 0) {
        Py_DECREF(m);
        return NULL;
    }
    if (module->m_doc != NULL && PyModule_SetDocString((PyObject *)m, module->m_doc) != 0) {
        Py_DECREF(m);
        return NULL;
    }
    m->md_def = module;
    return (PyObject *)m;
}

PyObject *
PyModule_GetDict(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyModuleObject *)m)->md_dict;
}

PyObject *
PyModule_GetNameObject(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_BadArgument();
        return NULL;
    }
    PyObject *d = ((PyModuleObject *)m)->md_dict;
    PyObject *name;
    if (d == NULL || !PyDict_Check(d) ||
        (name = PyDict_GetItemWithError(d, _Py_ID(__name__))) == NULL || !PyUnicode_Check(name)) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "nameless module");
        return NULL;
    }
    return Py_NewRef(name);
}

const char *
PyModule_GetName(PyObject *m)
{
    PyObject *name = PyModule_GetNameObject(m);
    if (name == NULL)
        return NULL;
    Py_DECREF(name); /* the module's dict keeps it alive */
    return PyUnicode_AsUTF8(name);
}

PyObject *
PyModule_GetFilenameObject(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_BadArgument();
        return NULL;
    }
    PyObject *d = ((PyModuleObject *)m)->md_dict;
    PyObject *fileobj;
    if (d == NULL || (fileobj = PyDict_GetItemWithError(d, _Py_ID(__file__))) == NULL ||
        !PyUnicode_Check(fileobj)) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "module filename missing");
        return NULL;
    }
    return Py_NewRef(fileobj);
}

PyModuleDef *
PyModule_GetDef(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_BadArgument();
        return NULL;
    }
    return ((PyModuleObject *)m)->md_def;
}

void *
PyModule_GetState(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_BadArgument();
        return NULL;
    }
    return ((PyModuleObject *)m)->md_state;
}

/* ===================================================================
 * The type
 * =================================================================== */

/* module(name, doc=None) */
static int
module___init__(PyObject *self, PyObject *args, PyObject *kwargs)
{
    PyObject *vals[2] = {NULL, NULL};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 2) {
        PyErr_Format(PyExc_TypeError, "module() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = PyTuple_GET_ITEM(args, i);
    if (kwargs != NULL) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            int i;
            if (PyUnicode_Check(key) && _PyUnicode_EqualToASCIIString(key, "name"))
                i = 0;
            else if (PyUnicode_Check(key) && _PyUnicode_EqualToASCIIString(key, "doc"))
                i = 1;
            else {
                PyErr_Format(PyExc_TypeError, "module() got an unexpected keyword argument '%S'", key);
                return -1;
            }
            if (vals[i] != NULL) {
                PyErr_Format(PyExc_TypeError, "argument for module() given by name ('%s') and position (%d)",
                             i == 0 ? "name" : "doc", i + 1);
                return -1;
            }
            vals[i] = value;
        }
    }
    if (vals[0] == NULL) {
        PyErr_SetString(PyExc_TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!PyUnicode_Check(vals[0])) {
        PyErr_Format(PyExc_TypeError, "module() argument 'name' must be str, not %.200s",
                     Py_TYPE(vals[0])->tp_name);
        return -1;
    }
    PyModuleObject *m = (PyModuleObject *)self;
    PyObject *dict = m->md_dict;
    if (dict == NULL) {
        dict = PyDict_New();
        if (dict == NULL)
            return -1;
        m->md_dict = dict;
    }
    return module_init_dict(m, dict, vals[0], vals[1]);
}

static PyObject *
module_new(PyTypeObject *type, PyObject *args, PyObject *kws)
{
    return (PyObject *)new_module_notrack(type);
}

static void
module_dealloc(PyObject *self)
{
    PyModuleObject *m = (PyModuleObject *)self;
    PyObject_GC_UnTrack(m);
    if (m->md_def && m->md_def->m_free && (m->md_def->m_size <= 0 || m->md_state != NULL))
        m->md_def->m_free(m);
    Py_XDECREF(m->md_dict);
    Py_XDECREF(m->md_name);
    if (m->md_weaklist != NULL)
        PyObject_ClearWeakRefs(self);
    if (m->md_state != NULL)
        PyMem_Free(m->md_state);
    Py_TYPE(m)->tp_free((PyObject *)m);
}

static int
module_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyModuleObject *m = (PyModuleObject *)self;
    if (m->md_def && m->md_def->m_traverse && (m->md_def->m_size <= 0 || m->md_state != NULL)) {
        int res = m->md_def->m_traverse(self, visit, arg);
        if (res)
            return res;
    }
    Py_VISIT(m->md_dict);
    return 0;
}

static int
module_clear(PyObject *self)
{
    PyModuleObject *m = (PyModuleObject *)self;
    if (m->md_def && m->md_def->m_clear && (m->md_def->m_size <= 0 || m->md_state != NULL)) {
        int res = m->md_def->m_clear(self);
        if (res)
            return res;
    }
    Py_CLEAR(m->md_dict);
    return 0;
}

/* Without importlib's _module_repr: __file__, else the spec's origin,
 * else the loader, else the bare name. */
static PyObject *
module_repr(PyObject *self)
{
    PyModuleObject *m = (PyModuleObject *)self;
    PyObject *d = m->md_dict;
    PyObject *name = NULL, *file = NULL, *spec = NULL, *loader = NULL;
    if (d != NULL && PyDict_Check(d)) {
        name = PyDict_GetItemWithError(d, _Py_ID(__name__));
        if (name == NULL && PyErr_Occurred())
            return NULL;
        file = PyDict_GetItemWithError(d, _Py_ID(__file__));
        if (file == NULL && PyErr_Occurred())
            return NULL;
        spec = PyDict_GetItemWithError(d, _Py_ID(__spec__));
        if (spec == NULL && PyErr_Occurred())
            return NULL;
        loader = PyDict_GetItemWithError(d, _Py_ID(__loader__));
        if (loader == NULL && PyErr_Occurred())
            return NULL;
    }
    PyObject *namerepr = name != NULL ? PyObject_Repr(name) : PyUnicode_FromString("'?'");
    if (namerepr == NULL)
        return NULL;
    PyObject *res = NULL;
    if (spec != NULL && spec != Py_None) {
        PyObject *origin = NULL, *has_location = NULL;
        if (_PyObject_LookupAttr(spec, _Py_ID(origin), &origin) < 0)
            goto done;
        if (_PyObject_LookupAttr(spec, _Py_ID(has_location), &has_location) < 0) {
            Py_XDECREF(origin);
            goto done;
        }
        int loc = has_location != NULL && PyObject_IsTrue(has_location) > 0;
        Py_XDECREF(has_location);
        if (origin != NULL && PyUnicode_Check(origin)) {
            if (loc)
                res = PyUnicode_FromFormat("<module %U from %R>", namerepr, origin);
            else
                res = PyUnicode_FromFormat("<module %U (%U)>", namerepr, origin);
            Py_DECREF(origin);
            goto done;
        }
        Py_XDECREF(origin);
    }
    if (file != NULL && PyUnicode_Check(file))
        res = PyUnicode_FromFormat("<module %U from %R>", namerepr, file);
    else if (loader != NULL && loader != Py_None)
        res = PyUnicode_FromFormat("<module %U (%R)>", namerepr, loader);
    else if (m->md_def != NULL)
        res = PyUnicode_FromFormat("<module %U (built-in)>", namerepr);
    else
        res = PyUnicode_FromFormat("<module %U>", namerepr);
done:
    Py_DECREF(namerepr);
    return res;
}

/* Is the module still executing (spec._initializing)?  Then a missing
 * attribute is probably a circular import. */
static int
module_initializing(PyObject *spec)
{
    if (spec == NULL || spec == Py_None)
        return 0;
    PyObject *value;
    if (_PyObject_LookupAttr(spec, _Py_ID(_initializing), &value) <= 0) {
        PyErr_Clear();
        return 0;
    }
    int r = PyObject_IsTrue(value);
    Py_DECREF(value);
    if (r < 0) {
        PyErr_Clear();
        return 0;
    }
    return r;
}

/* An imported module (the one sys.modules has under its name), not the
 * main module, whose spec is still None. */
static int
spec_pending(PyObject *self, PyObject *dict)
{
    PyObject *mod_name = PyDict_GetItemWithError(dict, _Py_ID(__name__));
    if (mod_name == NULL || !PyUnicode_Check(mod_name) ||
        _PyUnicode_EqualToASCIIString(mod_name, "__main__")) {
        PyErr_Clear();
        return 0;
    }
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *found = modules != NULL && PyDict_Check(modules)
                          ? PyDict_GetItemWithError(modules, mod_name) : NULL;
    PyErr_Clear();
    return found == self;
}

static PyObject *
module_getattro(PyObject *self, PyObject *name)
{
    PyModuleObject *m = (PyModuleObject *)self;
    PyObject *attr = _PyObject_GenericGetAttrWithDict(self, name, NULL, 1);
    if (attr == Py_None && m->md_dict != NULL && PyUnicode_Check(name) &&
        (_PyUnicode_EqualToASCIIString(name, "__spec__") ||
         _PyUnicode_EqualToASCIIString(name, "__loader__")) &&
        spec_pending(self, m->md_dict)) {
        /* a module imported before importlib was: its spec is made on
         * first sight (Python/runtime/import.c) */
        Py_DECREF(attr);
        if (_KrImport_EnsureSpecs() < 0)
            return NULL;
        attr = _PyObject_GenericGetAttrWithDict(self, name, NULL, 1);
    }
    if (attr != NULL || PyErr_Occurred())
        return attr;
    if (m->md_dict != NULL) {
        PyObject *getattr = PyDict_GetItemWithError(m->md_dict, _Py_ID(__getattr__));
        if (getattr != NULL)
            return PyObject_CallOneArg(getattr, name);
        if (PyErr_Occurred())
            return NULL;
        PyObject *mod_name = PyDict_GetItemWithError(m->md_dict, _Py_ID(__name__));
        if (mod_name != NULL && PyUnicode_Check(mod_name)) {
            Py_INCREF(mod_name);
            PyObject *spec = PyDict_GetItemWithError(m->md_dict, _Py_ID(__spec__));
            if (spec == NULL && PyErr_Occurred()) {
                Py_DECREF(mod_name);
                return NULL;
            }
            if (module_initializing(spec))
                PyErr_Format(PyExc_AttributeError,
                             "partially initialized module '%U' has no attribute '%U' "
                             "(most likely due to a circular import)", mod_name, name);
            else
                PyErr_Format(PyExc_AttributeError, "module '%U' has no attribute '%U'", mod_name, name);
            Py_DECREF(mod_name);
            return NULL;
        }
        if (PyErr_Occurred())
            return NULL;
    }
    PyErr_Format(PyExc_AttributeError, "module has no attribute '%U'", name);
    return NULL;
}

static PyObject *
module_dir(PyObject *self, PyObject *args)
{
    PyObject *dict = PyObject_GetAttr(self, _Py_ID(__dict__));
    if (dict == NULL)
        return NULL;
    PyObject *result = NULL;
    if (PyDict_Check(dict)) {
        PyObject *dirfunc = PyDict_GetItemWithError(dict, _Py_ID(__dir__));
        if (dirfunc != NULL)
            result = PyObject_CallNoArgs(dirfunc);
        else if (!PyErr_Occurred())
            result = PyDict_Keys(dict);
    }
    else {
        PyErr_Format(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
    }
    Py_DECREF(dict);
    return result;
}

static PyObject *
module_get_annotations(PyObject *self, void *closure)
{
    PyObject *dict = PyObject_GetAttr(self, _Py_ID(__dict__));
    if (dict == NULL)
        return NULL;
    if (!PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
        Py_DECREF(dict);
        return NULL;
    }
    PyObject *annotations = PyDict_GetItemWithError(dict, _Py_ID(__annotations__));
    if (annotations != NULL) {
        Py_INCREF(annotations);
    }
    else if (!PyErr_Occurred()) {
        annotations = PyDict_New();
        if (annotations != NULL && PyDict_SetItem(dict, _Py_ID(__annotations__), annotations) < 0)
            Py_CLEAR(annotations);
    }
    Py_DECREF(dict);
    return annotations;
}

static int
module_set_annotations(PyObject *self, PyObject *value, void *closure)
{
    PyObject *dict = PyObject_GetAttr(self, _Py_ID(__dict__));
    if (dict == NULL)
        return -1;
    int ret = -1;
    if (!PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
    }
    else if (value != NULL) {
        ret = PyDict_SetItem(dict, _Py_ID(__annotations__), value);
    }
    else {
        ret = PyDict_DelItem(dict, _Py_ID(__annotations__));
        if (ret < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_AttributeError, "__annotations__");
        }
    }
    Py_DECREF(dict);
    return ret;
}

static PyMethodDef module_methods[] = {
    {"__dir__", module_dir, METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef module_members[] = {
    {"__dict__", T_OBJECT, offsetof(PyModuleObject, md_dict), READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef module_getsets[] = {
    {"__annotations__", module_get_annotations, module_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyTypeObject PyModule_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "module",
    .tp_basicsize = sizeof(PyModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "module(name, doc=None)\n--\n\n"
              "Create a module object.\n\n"
              "The name must be a string; the optional doc argument can have any type.",
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_weaklistoffset = offsetof(PyModuleObject, md_weaklist),
    .tp_methods = module_methods,
    .tp_members = module_members,
    .tp_getset = module_getsets,
    .tp_dictoffset = offsetof(PyModuleObject, md_dict),
    .tp_init = module___init__,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = module_new,
    .tp_free = PyObject_GC_Del,
};
