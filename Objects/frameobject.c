/* Frame objects: the Python-visible face of interpreter frames.
 *
 * A frame object is made only on demand (sys._getframe, a traceback
 * entry, gi_frame).  While its interpreter frame runs, f_frame points at
 * that frame (on the data stack or inside a generator).  When the frame
 * ends and the object is still referenced, frame.c copies the frame into
 * the object's own trailing storage (_f_frame_data) and f_frame points
 * there (owner FRAME_OWNED_BY_FRAME_OBJECT); f_back is then fixed at
 * that moment.  So the object is always valid to read, and the running
 * frame never pays for it. */
#include "Python.h"
#include "kr_frame.h"

#define OFF(x) offsetof(PyFrameObject, x)

PyFrameObject *
_KrFrame_New(_PyInterpreterFrame *frame)
{
    PyCodeObject *code = frame->f_code;
    Py_ssize_t slots = code->co_nlocalsplus + code->co_stacksize;
    PyFrameObject *f = PyObject_GC_NewVar(PyFrameObject, &PyFrame_Type, slots);
    if (f == NULL)
        return NULL;
    /* PyObject_GC_NewVar stored the size over f_back: the item count
     * is known from the code object instead */
    f->f_back = NULL;
    f->f_frame = frame;
    f->f_trace = NULL;
    f->f_lineno = 0;
    f->f_trace_lines = 1;
    f->f_trace_opcodes = 0;
    f->f_fast_as_locals = 0;
    return f;
}

static int
frame_owns_data(PyFrameObject *f)
{
    return f->f_frame == (_PyInterpreterFrame *)f->_f_frame_data;
}

PyCodeObject *
PyFrame_GetCode(PyFrameObject *f)
{
    return (PyCodeObject *)Py_NewRef(f->f_frame->f_code);
}

PyFrameObject *
PyFrame_GetBack(PyFrameObject *f)
{
    PyFrameObject *back = f->f_back;
    if (back == NULL && !frame_owns_data(f)) {
        _PyInterpreterFrame *prev = f->f_frame->previous;
        while (prev != NULL && _PyFrame_IsIncomplete(prev))
            prev = prev->previous;
        if (prev != NULL) {
            back = _PyFrame_GetFrameObject(prev);
            if (back == NULL)
                PyErr_Clear();
        }
    }
    return (PyFrameObject *)Py_XNewRef(back);
}

PyObject *
PyFrame_GetLocals(PyFrameObject *f)
{
    if (_PyFrame_FastToLocalsWithError(f->f_frame) < 0)
        return NULL;
    return Py_NewRef(f->f_frame->f_locals);
}

PyObject *
PyFrame_GetGlobals(PyFrameObject *f)
{
    return Py_NewRef(f->f_frame->f_globals);
}

PyObject *
PyFrame_GetBuiltins(PyFrameObject *f)
{
    return Py_NewRef(f->f_frame->f_builtins);
}

int
PyFrame_GetLineNumber(PyFrameObject *f)
{
    if (f->f_lineno != 0)
        return f->f_lineno;
    return _PyFrame_GetLineNumber(f->f_frame);
}

int
PyFrame_GetLasti(PyFrameObject *f)
{
    int lasti = _PyInterpreterFrame_LASTI(f->f_frame);
    if (lasti < 0)
        return -1;
    return lasti * (int)sizeof(_Py_CODEUNIT);
}

int
PyFrame_FastToLocalsWithError(PyFrameObject *f)
{
    return _PyFrame_FastToLocalsWithError(f->f_frame);
}

void
PyFrame_LocalsToFast(PyFrameObject *f, int clear)
{
    _PyFrame_LocalsToFast(f->f_frame, clear);
}

/* ---- getters ---- */

static PyObject *
frame_getback(PyFrameObject *f, void *closure)
{
    PyObject *res = (PyObject *)PyFrame_GetBack(f);
    return res != NULL ? res : Py_NewRef(Py_None);
}

static PyObject *
frame_getcode(PyFrameObject *f, void *closure)
{
    return (PyObject *)PyFrame_GetCode(f);
}

static PyObject *
frame_getlocals(PyFrameObject *f, void *closure)
{
    return PyFrame_GetLocals(f);
}

static PyObject *
frame_getglobals(PyFrameObject *f, void *closure)
{
    return PyFrame_GetGlobals(f);
}

static PyObject *
frame_getbuiltins(PyFrameObject *f, void *closure)
{
    return PyFrame_GetBuiltins(f);
}

static PyObject *
frame_getlineno(PyFrameObject *f, void *closure)
{
    int lineno = PyFrame_GetLineNumber(f);
    if (lineno < 0)
        Py_RETURN_NONE;
    return PyLong_FromLong(lineno);
}

static int
frame_setlineno(PyFrameObject *f, PyObject *value, void *closure)
{
    return _KrFrame_SetLineNumber(f, value);
}

static PyObject *
frame_getlasti(PyFrameObject *f, void *closure)
{
    return PyLong_FromLong(PyFrame_GetLasti(f));
}

static PyObject *
frame_gettrace(PyFrameObject *f, void *closure)
{
    return Py_NewRef(f->f_trace != NULL ? f->f_trace : Py_None);
}

static int
frame_settrace(PyFrameObject *f, PyObject *v, void *closure)
{
    if (v == Py_None)
        v = NULL;
    Py_XSETREF(f->f_trace, Py_XNewRef(v));
    return 0;
}

static PyObject *
frame_gettrace_lines(PyFrameObject *f, void *closure)
{
    return PyBool_FromLong(f->f_trace_lines);
}

static int
frame_settrace_lines(PyFrameObject *f, PyObject *v, void *closure)
{
    if (v == NULL || !PyBool_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
        return -1;
    }
    f->f_trace_lines = v == Py_True;
    return 0;
}

static PyObject *
frame_gettrace_opcodes(PyFrameObject *f, void *closure)
{
    return PyBool_FromLong(f->f_trace_opcodes);
}

static int
frame_settrace_opcodes(PyFrameObject *f, PyObject *v, void *closure)
{
    if (v == NULL || !PyBool_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
        return -1;
    }
    f->f_trace_opcodes = v == Py_True;
    return 0;
}

static PyGetSetDef frame_getsetlist[] = {
    {"f_back", (getter)frame_getback, NULL, NULL},
    {"f_code", (getter)frame_getcode, NULL, NULL},
    {"f_locals", (getter)frame_getlocals, NULL, NULL},
    {"f_globals", (getter)frame_getglobals, NULL, NULL},
    {"f_builtins", (getter)frame_getbuiltins, NULL, NULL},
    {"f_lineno", (getter)frame_getlineno, (setter)frame_setlineno, NULL},
    {"f_lasti", (getter)frame_getlasti, NULL, NULL},
    {"f_trace", (getter)frame_gettrace, (setter)frame_settrace, NULL},
    {"f_trace_lines", (getter)frame_gettrace_lines, (setter)frame_settrace_lines, NULL},
    {"f_trace_opcodes", (getter)frame_gettrace_opcodes, (setter)frame_settrace_opcodes, NULL},
    {NULL}
};

/* ---- lifetime ---- */

static void
clear_owned_frame(PyFrameObject *f)
{
    _PyInterpreterFrame *frame = f->f_frame;
    for (int i = 0; i < frame->stacktop; i++)
        Py_CLEAR(frame->localsplus[i]);
    frame->stacktop = 0;
    Py_CLEAR(frame->f_locals);
}

static void
frame_dealloc(PyFrameObject *f)
{
    PyObject_GC_UnTrack(f);
    /* f_back chains are as long as the recursion that made them */
    Py_TRASHCAN_BEGIN(f, frame_dealloc)
    if (frame_owns_data(f)) {
        _PyInterpreterFrame *frame = f->f_frame;
        clear_owned_frame(f);
        Py_CLEAR(frame->f_func);
        Py_CLEAR(frame->f_code);
    }
    Py_CLEAR(f->f_back);
    Py_CLEAR(f->f_trace);
    PyObject_GC_Del(f);
    Py_TRASHCAN_END
}

static int
frame_traverse(PyFrameObject *f, visitproc visit, void *arg)
{
    Py_VISIT(f->f_back);
    Py_VISIT(f->f_trace);
    if (frame_owns_data(f)) {
        _PyInterpreterFrame *frame = f->f_frame;
        Py_VISIT(frame->f_func);
        Py_VISIT(frame->f_code);
        Py_VISIT(frame->f_locals);
        for (int i = 0; i < frame->stacktop; i++)
            Py_VISIT(frame->localsplus[i]);
    }
    return 0;
}

static int
frame_tp_clear(PyFrameObject *f)
{
    Py_CLEAR(f->f_trace);
    if (frame_owns_data(f))
        clear_owned_frame(f);
    return 0;
}

static PyObject *
frame_clear(PyFrameObject *f, PyObject *unused)
{
    _PyInterpreterFrame *frame = f->f_frame;
    if (frame->owner == FRAME_OWNED_BY_GENERATOR) {
        PyGenObject *gen = (PyGenObject *)((char *)frame - offsetof(PyGenObject, gi_iframe));
        if (gen->gi_frame_state == FRAME_EXECUTING) {
            PyErr_SetString(PyExc_RuntimeError, "cannot clear an executing frame");
            return NULL;
        }
        /* as if it were being collected: closed, or reported as never
         * awaited; what goes wrong is reported, not raised */
        _PyGen_Finalize((PyObject *)gen);
        Py_RETURN_NONE;
    }
    if (frame->owner == FRAME_OWNED_BY_THREAD) {
        PyErr_SetString(PyExc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    clear_owned_frame(f);
    Py_RETURN_NONE;
}

static PyObject *
frame_sizeof(PyFrameObject *f, PyObject *unused)
{
    PyCodeObject *code = f->f_frame->f_code;
    Py_ssize_t size = PyFrame_Type.tp_basicsize +
        (code->co_nlocalsplus + code->co_stacksize) * (Py_ssize_t)sizeof(PyObject *);
    return PyLong_FromSsize_t(size);
}

static PyMethodDef frame_methods[] = {
    {"clear", (PyCFunction)frame_clear, METH_NOARGS,
     "F.clear(): clear most references held by the frame"},
    {"__sizeof__", (PyCFunction)frame_sizeof, METH_NOARGS, "F.__sizeof__() -> size of F in memory, in bytes"},
    {NULL, NULL}
};

static PyObject *
frame_repr(PyFrameObject *f)
{
    PyCodeObject *code = f->f_frame->f_code;
    return PyUnicode_FromFormat("<frame at %p, file %R, line %d, code %S>", f, code->co_filename,
                                PyFrame_GetLineNumber(f), code->co_name);
}

PyTypeObject PyFrame_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "frame",
    .tp_basicsize = offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = (destructor)frame_dealloc,
    .tp_repr = (reprfunc)frame_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)frame_traverse,
    .tp_clear = (inquiry)frame_tp_clear,
    .tp_methods = frame_methods,
    .tp_getset = frame_getsetlist,
};
