/* The gc module: the Python face of the cycle collector
 * (Python/runtime/gc.c and gc_collect.c hold the machinery; this file
 * only reads and sets its state). */
#include "Python.h"
#include "kr_gc.h"

#define DEBUG_STATS (1 << 0)
#define DEBUG_COLLECTABLE (1 << 1)
#define DEBUG_UNCOLLECTABLE (1 << 2)
#define DEBUG_SAVEALL (1 << 5)
#define DEBUG_LEAK (DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL)

static PyObject *gc_enable(PyObject *m, PyObject *noargs)
{
    PyGC_Enable();
    Py_RETURN_NONE;
}

static PyObject *gc_disable(PyObject *m, PyObject *noargs)
{
    PyGC_Disable();
    Py_RETURN_NONE;
}

static PyObject *gc_isenabled(PyObject *m, PyObject *noargs)
{
    return PyBool_FromLong(PyGC_IsEnabled());
}

/* Call gc.callbacks with ("start"|"stop", info) as CPython does. */
static void invoke_callbacks(const char *phase, int generation, Py_ssize_t collected)
{
    PyObject *cbs = _kr_gc.callbacks;
    if (cbs == NULL || PyList_GET_SIZE(cbs) == 0)
        return;
    PyObject *info = Py_BuildValue("{sisnsn}", "generation", generation, "collected", collected,
                                   "uncollectable", (Py_ssize_t)0);
    if (info == NULL) {
        PyErr_WriteUnraisable(NULL);
        return;
    }
    PyObject *copy = PyList_GetSlice(cbs, 0, PyList_GET_SIZE(cbs));
    for (Py_ssize_t i = 0; copy && i < PyList_GET_SIZE(copy); i++) {
        PyObject *r = PyObject_CallFunction(PyList_GET_ITEM(copy, i), "sO", phase, info);
        if (r == NULL)
            PyErr_WriteUnraisable(PyList_GET_ITEM(copy, i));
        Py_XDECREF(r);
    }
    Py_XDECREF(copy);
    Py_DECREF(info);
}

static PyObject *gc_collect(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"generation", NULL};
    int generation = KR_GC_NGENERATIONS - 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|i:collect", kwlist, &generation))
        return NULL;
    if (generation < 0 || generation >= KR_GC_NGENERATIONS) {
        PyErr_SetString(PyExc_ValueError, "invalid generation");
        return NULL;
    }
    invoke_callbacks("start", generation, 0);
    Py_ssize_t n = _KrGC_Collect(generation);
    invoke_callbacks("stop", generation, n);
    return PyLong_FromSsize_t(n);
}

static PyObject *gc_get_count(PyObject *m, PyObject *noargs)
{
    return Py_BuildValue("(iii)", _kr_gc.generations[0].count, _kr_gc.generations[1].count,
                         _kr_gc.generations[2].count);
}

static PyObject *gc_get_threshold(PyObject *m, PyObject *noargs)
{
    return Py_BuildValue("(iii)", _kr_gc.generations[0].threshold, _kr_gc.generations[1].threshold,
                         _kr_gc.generations[2].threshold);
}

static PyObject *gc_set_threshold(PyObject *m, PyObject *args)
{
    int t[KR_GC_NGENERATIONS] = {_kr_gc.generations[0].threshold, _kr_gc.generations[1].threshold,
                                 _kr_gc.generations[2].threshold};
    if (!PyArg_ParseTuple(args, "i|ii:set_threshold", &t[0], &t[1], &t[2]))
        return NULL;
    for (int i = 0; i < KR_GC_NGENERATIONS; i++)
        _kr_gc.generations[i].threshold = t[i];
    Py_RETURN_NONE;
}

static PyObject *gc_get_debug(PyObject *m, PyObject *noargs)
{
    return PyLong_FromLong(_kr_gc.debug);
}

static PyObject *gc_set_debug(PyObject *m, PyObject *arg)
{
    long flags = PyLong_AsLong(arg);
    if (flags == -1 && PyErr_Occurred())
        return NULL;
    _kr_gc.debug = (int)flags;
    Py_RETURN_NONE;
}

static int append_list(PyGC_Head *head, PyObject *out)
{
    for (PyGC_Head *g = (PyGC_Head *)head->_gc_next; g != head; g = (PyGC_Head *)g->_gc_next) {
        PyObject *op = _Py_FROM_GC(g);
        if (op == out)
            continue;
        if (PyList_Append(out, op) < 0)
            return -1;
    }
    return 0;
}

static PyObject *gc_get_objects(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"generation", NULL};
    PyObject *genobj = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:get_objects", kwlist, &genobj))
        return NULL;
    int gen = -1;
    if (genobj != Py_None) {
        gen = (int)PyLong_AsLong(genobj);
        if (gen == -1 && PyErr_Occurred())
            return NULL;
        if (gen >= KR_GC_NGENERATIONS) {
            PyErr_Format(PyExc_ValueError, "generation parameter must be less than the number of "
                         "available generations (%i)", KR_GC_NGENERATIONS);
            return NULL;
        }
        if (gen < 0) {
            PyErr_SetString(PyExc_ValueError, "generation parameter cannot be negative");
            return NULL;
        }
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (int i = 0; i < KR_GC_NGENERATIONS; i++) {
        if ((gen < 0 || gen == i) && append_list(&_kr_gc.generations[i].head, out) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

struct referrers_arg { PyObject *targets; int found; };

static int visit_is_target(PyObject *op, void *arg)
{
    struct referrers_arg *a = arg;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(a->targets); i++) {
        if (PyTuple_GET_ITEM(a->targets, i) == op) {
            a->found = 1;
            return 1;
        }
    }
    return 0;
}

static PyObject *gc_get_referrers(PyObject *m, PyObject *args)
{
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (int i = 0; i < KR_GC_NGENERATIONS; i++) {
        PyGC_Head *head = &_kr_gc.generations[i].head;
        for (PyGC_Head *g = (PyGC_Head *)head->_gc_next; g != head; g = (PyGC_Head *)g->_gc_next) {
            PyObject *op = _Py_FROM_GC(g);
            traverseproc trav = Py_TYPE(op)->tp_traverse;
            if (op == args || op == out || trav == NULL)
                continue;
            struct referrers_arg a = {args, 0};
            trav(op, visit_is_target, &a);
            if (a.found && PyList_Append(out, op) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
    }
    return out;
}

static int visit_append(PyObject *op, void *list)
{
    return PyList_Append((PyObject *)list, op) < 0 ? -1 : 0;
}

static PyObject *gc_get_referents(PyObject *m, PyObject *args)
{
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        PyObject *obj = PyTuple_GET_ITEM(args, i);
        if (!PyObject_IS_GC(obj) || Py_TYPE(obj)->tp_traverse == NULL)
            continue;
        if (Py_TYPE(obj)->tp_traverse(obj, visit_append, out) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

static PyObject *gc_is_tracked(PyObject *m, PyObject *obj)
{
    return PyBool_FromLong(PyObject_GC_IsTracked(obj));
}

static PyObject *gc_is_finalized(PyObject *m, PyObject *obj)
{
    return PyBool_FromLong(PyObject_GC_IsFinalized(obj));
}

static void move_all(PyGC_Head *from, PyGC_Head *to)
{
    while ((PyGC_Head *)from->_gc_next != from) {
        PyGC_Head *g = (PyGC_Head *)from->_gc_next;
        _KrGC_ListRemove(g);
        _KrGC_ListAppend(g, to);
    }
}

static PyObject *gc_freeze(PyObject *m, PyObject *noargs)
{
    for (int i = 0; i < KR_GC_NGENERATIONS; i++) {
        move_all(&_kr_gc.generations[i].head, &_kr_gc.permanent.head);
        _kr_gc.generations[i].count = 0;
    }
    Py_RETURN_NONE;
}

static PyObject *gc_unfreeze(PyObject *m, PyObject *noargs)
{
    move_all(&_kr_gc.permanent.head, &_kr_gc.generations[KR_GC_NGENERATIONS - 1].head);
    Py_RETURN_NONE;
}

static PyObject *gc_get_freeze_count(PyObject *m, PyObject *noargs)
{
    Py_ssize_t n = 0;
    PyGC_Head *head = &_kr_gc.permanent.head;
    for (PyGC_Head *g = (PyGC_Head *)head->_gc_next; g != head; g = (PyGC_Head *)g->_gc_next)
        n++;
    return PyLong_FromSsize_t(n);
}

static PyObject *gc_get_stats(PyObject *m, PyObject *noargs)
{
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (int i = 0; i < KR_GC_NGENERATIONS; i++) {
        struct _kr_gc_generation_stats *st = &_kr_gc.stats[i];
        PyObject *d = Py_BuildValue("{snsnsn}", "collections", st->collections, "collected",
                                    st->collected, "uncollectable", st->uncollectable);
        if (d == NULL || PyList_Append(out, d) < 0) {
            Py_XDECREF(d);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(d);
    }
    return out;
}

static PyMethodDef gc_methods[] = {
    {"enable", gc_enable, METH_NOARGS, "enable($module, /)\n--\n\n"
     "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_NOARGS, "disable($module, /)\n--\n\n"
     "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_NOARGS, "isenabled($module, /)\n--\n\n"
     "Returns true if automatic garbage collection is enabled."},
    {"collect", _PyCFunction_CAST(gc_collect), METH_VARARGS | METH_KEYWORDS,
     "collect($module, /, generation=2)\n--\n\n"
     "Run the garbage collector.\n\nWith no arguments, run a full collection."},
    {"get_count", gc_get_count, METH_NOARGS, "get_count($module, /)\n--\n\n"
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, METH_NOARGS, "get_threshold($module, /)\n--\n\n"
     "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, METH_VARARGS, "Set the collection thresholds."},
    {"get_debug", gc_get_debug, METH_NOARGS, "get_debug($module, /)\n--\n\n"
     "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, METH_O, "set_debug($module, flags, /)\n--\n\n"
     "Set the garbage collection debugging flags."},
    {"get_objects", _PyCFunction_CAST(gc_get_objects), METH_VARARGS | METH_KEYWORDS,
     "get_objects($module, /, generation=None)\n--\n\n"
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", gc_get_referrers, METH_VARARGS, "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, METH_VARARGS, "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked, METH_O, "is_tracked($module, obj, /)\n--\n\n"
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, METH_O, "is_finalized($module, obj, /)\n--\n\n"
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, METH_NOARGS, "freeze($module, /)\n--\n\n"
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, METH_NOARGS, "unfreeze($module, /)\n--\n\n"
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, METH_NOARGS, "get_freeze_count($module, /)\n--\n\n"
     "Return the number of objects in the permanent generation."},
    {"get_stats", gc_get_stats, METH_NOARGS, "get_stats($module, /)\n--\n\n"
     "Return a list of dictionaries containing per-generation statistics."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef gcmodule = {
    PyModuleDef_HEAD_INIT, "gc",
    "This module provides access to the garbage collector for reference cycles.", -1, gc_methods,
};

PyObject *PyInit_gc(void)
{
    PyObject *m = PyModule_Create(&gcmodule);
    if (m == NULL)
        return NULL;
    if (_kr_gc.garbage == NULL && (_kr_gc.garbage = PyList_New(0)) == NULL)
        goto error;
    if (_kr_gc.callbacks == NULL && (_kr_gc.callbacks = PyList_New(0)) == NULL)
        goto error;
    if (PyModule_AddObjectRef(m, "garbage", _kr_gc.garbage) < 0 ||
        PyModule_AddObjectRef(m, "callbacks", _kr_gc.callbacks) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_STATS", DEBUG_STATS) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_COLLECTABLE", DEBUG_COLLECTABLE) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_SAVEALL", DEBUG_SAVEALL) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_LEAK", DEBUG_LEAK) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
