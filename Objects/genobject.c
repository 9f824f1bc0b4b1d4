/* Generators, coroutines and async generators.
 *
 * All three share one layout (_PyGenObject_HEAD): the object ends with
 * the interpreter frame of the generator function (gi_iframe), which the
 * VM copies there at RETURN_GENERATOR.  Resuming pushes the sent value on
 * that frame's value stack and runs it as an entry frame of
 * _PyEval_EvalFrame; YIELD_VALUE leaves it with state FRAME_SUSPENDED,
 * anything else (return or exception) completes it and the frame is
 * cleared at once, so a finished generator holds no locals.
 *
 * While a generator runs, its own handled-exception state
 * (gi_exc_state) is pushed on the thread's exc_info stack, so `except`
 * blocks inside it see their exceptions and the caller's are restored.
 *
 * `yield from` / `await` keep the sub-iterator on top of the suspended
 * frame's stack (the frame is suspended just after SEND, at a RESUME
 * whose argument is >= 2); _PyGen_yf() reads it there, and throw() and
 * close() are forwarded to it.
 *
 * Async generators yield values wrapped by ASYNC_GEN_WRAP; the awaitables
 * returned by __anext__/asend (asend objects) and athrow/aclose (athrow
 * objects) unwrap them into StopIteration(value) for the event loop. */
#include "Python.h"
#include "kr_frame.h"
#include "kr_opcode.h"
#include "kr_runtime.h"
#include "kr_typing.h"

static PyObject *gen_close(PyGenObject *gen, PyObject *args);
static PyObject *_gen_throw(PyGenObject *gen, int close_on_genexit, PyObject *typ, PyObject *val, PyObject *tb);

#define GEN_FRAME(gen) ((_PyInterpreterFrame *)(gen)->gi_iframe)

static const char *
gen_kind(PyGenObject *gen)
{
    if (PyCoro_CheckExact(gen))
        return "coroutine";
    if (PyAsyncGen_CheckExact(gen))
        return "async generator";
    return "generator";
}

/* ======================================================================
 * creation and lifetime
 * ====================================================================== */

/* cr_origin under sys.set_coroutine_origin_tracking_depth: (file, line,
 * function) of up to `depth` frames that created the coroutine, innermost
 * first.  The coroutine's own frame, if already pushed, is not one. */
static PyObject *
compute_cr_origin(int depth, PyCodeObject *own)
{
    _PyInterpreterFrame *f = _PyEval_GetFrame();
    while (f != NULL && _PyFrame_IsIncomplete(f))
        f = f->previous;
    if (f != NULL && f->f_code == own)
        f = f->previous;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (; f != NULL && PyList_GET_SIZE(list) < depth; f = f->previous) {
        if (_PyFrame_IsIncomplete(f))
            continue;
        PyObject *t = Py_BuildValue("OiO", f->f_code->co_filename, _PyFrame_GetLineNumber(f),
                                    f->f_code->co_name);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(t);
    }
    PyObject *res = PyList_AsTuple(list);
    Py_DECREF(list);
    return res;
}

PyObject *
_Py_MakeCoro(PyFunctionObject *func)
{
    PyCodeObject *code = (PyCodeObject *)func->func_code;
    int flags = code->co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
    PyTypeObject *type = &PyGen_Type;
    if (flags == CO_COROUTINE)
        type = &PyCoro_Type;
    else if (flags == CO_ASYNC_GENERATOR)
        type = &PyAsyncGen_Type;
    Py_ssize_t slots = code->co_nlocalsplus + code->co_stacksize;
    PyGenObject *gen = PyObject_GC_NewVar(PyGenObject, type, slots);
    if (gen == NULL)
        return NULL;
    /* PyObject_GC_NewVar wrote the item count over gi_code */
    gen->gi_code = (PyCodeObject *)Py_NewRef(code);
    gen->gi_weakreflist = NULL;
    gen->gi_name = Py_NewRef(func->func_name);
    gen->gi_qualname = Py_NewRef(func->func_qualname);
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous_item = NULL;
    gen->gi_origin_or_finalizer = NULL;
    gen->gi_hooks_inited = 0;
    if (type == &PyCoro_Type) {
        int depth = _PyThreadState_GET()->coroutine_origin_tracking_depth;
        if (depth > 0 && (gen->gi_origin_or_finalizer = compute_cr_origin(depth, code)) == NULL) {
            Py_DECREF(gen->gi_code);
            Py_DECREF(gen->gi_name);
            Py_DECREF(gen->gi_qualname);
            PyObject_GC_Del(gen);
            return NULL;
        }
    }
    gen->gi_closed = 0;
    gen->gi_running_async = 0;
    gen->gi_frame_state = FRAME_CLEARED; /* until the VM copies the frame in */
    PyObject_GC_Track(gen);
    return (PyObject *)gen;
}

PyObject *
PyGen_New(PyFrameObject *f)
{
    PyErr_SetString(PyExc_SystemError, "PyGen_New: generators are made by RETURN_GENERATOR");
    return NULL;
}

static int
gen_traverse(PyGenObject *gen, visitproc visit, void *arg)
{
    Py_VISIT(gen->gi_code);
    Py_VISIT(gen->gi_name);
    Py_VISIT(gen->gi_qualname);
    Py_VISIT(gen->gi_origin_or_finalizer);
    if (gen->gi_frame_state < FRAME_CLEARED) {
        _PyInterpreterFrame *frame = GEN_FRAME(gen);
        if (gen->gi_frame_state != FRAME_EXECUTING) {
            Py_VISIT(frame->frame_obj);
            Py_VISIT(frame->f_func);
            Py_VISIT(frame->f_locals);
            for (int i = 0; i < frame->stacktop; i++)
                Py_VISIT(frame->localsplus[i]);
        }
    }
    Py_VISIT(gen->gi_exc_state.exc_value);
    return 0;
}

static void
gen_clear_frame(PyGenObject *gen)
{
    if (gen->gi_frame_state < FRAME_CLEARED) {
        gen->gi_frame_state = FRAME_CLEARED;
        _PyInterpreterFrame *frame = GEN_FRAME(gen);
        frame->previous = NULL;
        _PyFrame_Clear(frame);
    }
}

/* Close a suspended generator that is being collected (PEP 342), and
 * warn about coroutines that were never awaited.  frame.clear() on a
 * generator's frame does the same. */
void
_PyGen_Finalize(PyObject *self)
{
    PyGenObject *gen = (PyGenObject *)self;
    if (gen->gi_frame_state >= FRAME_COMPLETED)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    if (PyAsyncGen_CheckExact(self) && gen->gi_origin_or_finalizer != NULL && !gen->gi_closed) {
        /* sys.set_asyncgen_hooks' finalizer (an event loop) closes it */
        PyObject *res = PyObject_CallOneArg(gen->gi_origin_or_finalizer, self);
        if (res == NULL)
            PyErr_WriteUnraisable(self);
        else
            Py_DECREF(res);
    }
    else if (PyCoro_CheckExact(self) && gen->gi_frame_state == FRAME_CREATED) {
        if (_KrErr_WarnUnawaitedCoroutine(self, gen->gi_qualname) < 0)
            PyErr_WriteUnraisable(self);
    }
    else {
        PyObject *res = gen_close(gen, NULL);
        if (res == NULL)
            PyErr_WriteUnraisable(self);
        else
            Py_DECREF(res);
    }
    PyErr_SetRaisedException(exc);
}

static void
gen_dealloc(PyGenObject *gen)
{
    PyObject *self = (PyObject *)gen;
    PyObject_GC_UnTrack(gen);
    if (gen->gi_weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    /* closed or reported once (PEP 442); that may keep it alive */
    if (gen->gi_frame_state < FRAME_COMPLETED && PyObject_CallFinalizerFromDealloc(self) < 0)
        return;
    gen_clear_frame(gen);
    Py_CLEAR(gen->gi_code);
    Py_CLEAR(gen->gi_name);
    Py_CLEAR(gen->gi_qualname);
    Py_CLEAR(gen->gi_origin_or_finalizer);
    Py_CLEAR(gen->gi_exc_state.exc_value);
    PyObject_GC_Del(gen);
}

/* ======================================================================
 * resuming
 * ====================================================================== */

static PySendResult
gen_send_ex2(PyGenObject *gen, PyObject *arg, PyObject **presult, int exc, int closing)
{
    PyThreadState *tstate = _PyThreadState_GET();
    _PyInterpreterFrame *frame = GEN_FRAME(gen);
    PyObject *result;

    *presult = NULL;
    if (gen->gi_frame_state == FRAME_CREATED && arg != NULL && arg != Py_None) {
        PyErr_Format(PyExc_TypeError, "can't send non-None value to a just-started %s", gen_kind(gen));
        return PYGEN_ERROR;
    }
    if (gen->gi_frame_state == FRAME_EXECUTING) {
        PyErr_Format(PyExc_ValueError, "%s already executing", gen_kind(gen));
        return PYGEN_ERROR;
    }
    if (gen->gi_frame_state >= FRAME_COMPLETED) {
        if (PyCoro_CheckExact(gen) && !closing) {
            PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
        }
        else if (arg != NULL && !exc) {
            *presult = Py_NewRef(Py_None);
            return PYGEN_RETURN;
        }
        return PYGEN_ERROR;
    }

    frame->localsplus[frame->stacktop++] = Py_NewRef(arg != NULL ? arg : Py_None);
    gen->gi_exc_state.previous_item = tstate->exc_info;
    tstate->exc_info = &gen->gi_exc_state;
    if (exc) {
        /* the thrown exception happens while the generator's own handled
         * exception is active: chain to it */
        PyObject *handled = gen->gi_exc_state.exc_value;
        if (handled != NULL && handled != Py_None) {
            PyObject *raised = PyErr_GetRaisedException();
            if (raised != NULL && raised != handled) {
                PyObject *ctx = PyException_GetContext(raised);
                if (ctx == NULL)
                    PyException_SetContext(raised, Py_NewRef(handled));
                else
                    Py_DECREF(ctx);
            }
            PyErr_SetRaisedException(raised);
        }
    }
    gen->gi_frame_state = FRAME_EXECUTING;
    result = _PyEval_EvalFrame(tstate, frame, exc);
    if (gen->gi_frame_state == FRAME_EXECUTING)
        gen->gi_frame_state = FRAME_COMPLETED;
    tstate->exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = NULL;
    frame->previous = NULL;

    if (result != NULL) {
        if (gen->gi_frame_state == FRAME_SUSPENDED) {
            *presult = result;
            return PYGEN_NEXT;
        }
        /* __next__ turns `return None` into a bare StopIteration */
        if (result == Py_None && !PyAsyncGen_CheckExact(gen) && arg == NULL)
            Py_CLEAR(result);
    }
    else {
        /* PEP 479 */
        if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
            _PyErr_FormatFromCause(PyExc_RuntimeError, "%s raised StopIteration", gen_kind(gen));
        }
        else if (PyAsyncGen_CheckExact(gen) && PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) {
            _PyErr_FormatFromCause(PyExc_RuntimeError, "%s", "async generator raised StopAsyncIteration");
        }
    }
    Py_CLEAR(gen->gi_exc_state.exc_value);
    gen_clear_frame(gen);
    *presult = result;
    return result != NULL ? PYGEN_RETURN : PYGEN_ERROR;
}

static PySendResult
gen_am_send(PyGenObject *gen, PyObject *arg, PyObject **result)
{
    return gen_send_ex2(gen, arg, result, 0, 0);
}

static PyObject *
gen_send_ex(PyGenObject *gen, PyObject *arg, int exc, int closing)
{
    PyObject *result;
    if (gen_send_ex2(gen, arg, &result, exc, closing) == PYGEN_RETURN) {
        if (PyAsyncGen_CheckExact(gen))
            PyErr_SetNone(PyExc_StopAsyncIteration);
        else if (result == Py_None)
            PyErr_SetNone(PyExc_StopIteration);
        else
            _PyGen_SetStopIterationValue(result);
        Py_CLEAR(result);
    }
    return result;
}

static PyObject *
gen_send(PyGenObject *gen, PyObject *arg)
{
    return gen_send_ex(gen, arg, 0, 0);
}

PySendResult
_KrGen_Next(PyGenObject *gen, PyObject **presult)
{
    return gen_send_ex2(gen, NULL, presult, 0, 0);
}

static PyObject *
gen_iternext(PyGenObject *gen)
{
    PyObject *result;
    if (_KrGen_Next(gen, &result) == PYGEN_RETURN) {
        if (result != Py_None)
            _PyGen_SetStopIterationValue(result);
        Py_CLEAR(result);
    }
    return result;
}

int
_PyGen_SetStopIterationValue(PyObject *value)
{
    PyObject *e = PyObject_CallOneArg(PyExc_StopIteration, value);
    if (e == NULL)
        return -1;
    PyErr_SetObject(PyExc_StopIteration, e);
    Py_DECREF(e);
    return 0;
}

int
_PyGen_FetchStopIterationValue(PyObject **pvalue)
{
    PyObject *value = NULL;
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyObject *exc = PyErr_GetRaisedException();
        value = ((PyStopIterationObject *)exc)->value;
        Py_XINCREF(value);
        Py_DECREF(exc);
    }
    else if (PyErr_Occurred()) {
        return -1;
    }
    if (value == NULL)
        value = Py_NewRef(Py_None);
    *pvalue = value;
    return 0;
}

PyObject *
_PyGen_yf(PyGenObject *gen)
{
    if (gen->gi_frame_state >= FRAME_COMPLETED || gen->gi_frame_state == FRAME_CREATED)
        return NULL;
    _PyInterpreterFrame *frame = GEN_FRAME(gen);
    _Py_CODEUNIT next = frame->prev_instr[1];
    if (_PyOpcode_Deopt[_Py_OPCODE(next)] != RESUME || _Py_OPARG(next) < 2)
        return NULL;
    if (frame->stacktop <= frame->f_code->co_nlocalsplus)
        return NULL;
    return Py_NewRef(frame->localsplus[frame->stacktop - 1]);
}

static int
gen_close_iter(PyObject *yf)
{
    PyObject *retval = NULL;
    if (PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)) {
        retval = gen_close((PyGenObject *)yf, NULL);
        if (retval == NULL)
            return -1;
    }
    else {
        PyObject *meth;
        if (_PyObject_LookupAttr(yf, _Py_ID(close), &meth) < 0)
            PyErr_WriteUnraisable(yf);
        if (meth != NULL) {
            retval = PyObject_CallNoArgs(meth);
            Py_DECREF(meth);
            if (retval == NULL)
                return -1;
        }
    }
    Py_XDECREF(retval);
    return 0;
}

static PyObject *
gen_close(PyGenObject *gen, PyObject *args)
{
    PyObject *retval;
    PyObject *yf = _PyGen_yf(gen);
    int err = 0;
    if (yf != NULL) {
        int8_t state = gen->gi_frame_state;
        gen->gi_frame_state = FRAME_EXECUTING;
        err = gen_close_iter(yf);
        gen->gi_frame_state = state;
        Py_DECREF(yf);
    }
    if (err == 0)
        PyErr_SetNone(PyExc_GeneratorExit);
    retval = gen_send_ex(gen, Py_None, 1, 1);
    if (retval != NULL) {
        Py_DECREF(retval);
        PyErr_Format(PyExc_RuntimeError, "%s ignored GeneratorExit", gen_kind(gen));
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_StopIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return NULL;
}

static PyObject *
_gen_throw(PyGenObject *gen, int close_on_genexit, PyObject *typ, PyObject *val, PyObject *tb)
{
    PyObject *yf = _PyGen_yf(gen);
    if (yf != NULL) {
        _PyInterpreterFrame *frame = GEN_FRAME(gen);
        PyObject *ret;
        int err;
        if (PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit) && close_on_genexit) {
            int8_t state = gen->gi_frame_state;
            gen->gi_frame_state = FRAME_EXECUTING;
            err = gen_close_iter(yf);
            gen->gi_frame_state = state;
            Py_DECREF(yf);
            if (err < 0)
                return gen_send_ex(gen, Py_None, 1, 0);
            goto throw_here;
        }
        if (PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)) {
            /* show this generator's frame in the sub-generator's traceback */
            PyThreadState *tstate = _PyThreadState_GET();
            _PyInterpreterFrame *prev = tstate->current_frame;
            frame->previous = prev;
            tstate->current_frame = frame;
            int8_t state = gen->gi_frame_state;
            gen->gi_frame_state = FRAME_EXECUTING;
            ret = _gen_throw((PyGenObject *)yf, close_on_genexit, typ, val, tb);
            gen->gi_frame_state = state;
            tstate->current_frame = prev;
            frame->previous = NULL;
        }
        else {
            PyObject *meth;
            if (_PyObject_LookupAttr(yf, _Py_ID(throw), &meth) < 0) {
                Py_DECREF(yf);
                return NULL;
            }
            if (meth == NULL) {
                Py_DECREF(yf);
                goto throw_here;
            }
            int8_t state = gen->gi_frame_state;
            gen->gi_frame_state = FRAME_EXECUTING;
            ret = PyObject_CallFunctionObjArgs(meth, typ, val, tb, NULL);
            gen->gi_frame_state = state;
            Py_DECREF(meth);
        }
        Py_DECREF(yf);
        if (ret == NULL) {
            PyObject *v;
            /* the sub-iterator is done: pop it and finish its SEND here */
            frame->stacktop--;
            Py_DECREF(frame->localsplus[frame->stacktop]);
            int jump = _Py_OPARG(frame->prev_instr[-1]);
            frame->prev_instr += jump - 1;
            if (_PyGen_FetchStopIterationValue(&v) == 0) {
                ret = gen_send(gen, v);
                Py_DECREF(v);
            }
            else {
                ret = gen_send_ex(gen, Py_None, 1, 0);
            }
        }
        return ret;
    }

throw_here:
    if (tb == Py_None) {
        tb = NULL;
    }
    else if (tb != NULL && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    PyObject *value = NULL;
    if (PyExceptionClass_Check(typ)) {
        if (val == NULL || val == Py_None)
            value = PyObject_CallNoArgs(typ);
        else if (PyExceptionInstance_Check(val) && PyObject_IsInstance(val, typ) == 1)
            value = Py_NewRef(val);
        else if (PyTuple_Check(val))
            value = PyObject_Call(typ, val, NULL);
        else
            value = PyObject_CallOneArg(typ, val);
        if (value != NULL && !PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %s", typ,
                         Py_TYPE(value)->tp_name);
            Py_CLEAR(value);
        }
        if (value == NULL) {
            /* as CPython's normalization does: the error from making the
             * exception is what gets thrown into the generator */
            value = PyErr_GetRaisedException();
            if (value == NULL)
                return NULL;
            tb = NULL;
        }
    }
    else if (PyExceptionInstance_Check(typ)) {
        if (val != NULL && val != Py_None) {
            PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        value = Py_NewRef(typ);
    }
    else {
        PyErr_Format(PyExc_TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     Py_TYPE(typ)->tp_name);
        return NULL;
    }
    if (tb != NULL)
        PyException_SetTraceback(value, tb);
    PyErr_SetRaisedException(value);
    return gen_send_ex(gen, Py_None, 1, 0);
}

static PyObject *
gen_throw(PyGenObject *gen, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1)
            PyErr_Format(PyExc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
        else
            PyErr_Format(PyExc_TypeError, "throw expected at most 3 arguments, got %zd", nargs);
        return NULL;
    }
    return _gen_throw(gen, 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

/* ======================================================================
 * attributes
 * ====================================================================== */

static PyObject *
gen_get_name(PyGenObject *gen, void *closure)
{
    return Py_NewRef(gen->gi_name);
}

static int
gen_set_name(PyGenObject *gen, PyObject *value, void *closure)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    Py_XSETREF(gen->gi_name, Py_NewRef(value));
    return 0;
}

static PyObject *
gen_get_qualname(PyGenObject *gen, void *closure)
{
    return Py_NewRef(gen->gi_qualname);
}

static int
gen_set_qualname(PyGenObject *gen, PyObject *value, void *closure)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Py_XSETREF(gen->gi_qualname, Py_NewRef(value));
    return 0;
}

static PyObject *
gen_getyieldfrom(PyGenObject *gen, void *closure)
{
    PyObject *yf = _PyGen_yf(gen);
    return yf != NULL ? yf : Py_NewRef(Py_None);
}

static PyObject *
gen_getrunning(PyGenObject *gen, void *closure)
{
    return PyBool_FromLong(gen->gi_frame_state == FRAME_EXECUTING);
}

static PyObject *
gen_getsuspended(PyGenObject *gen, void *closure)
{
    return PyBool_FromLong(gen->gi_frame_state == FRAME_SUSPENDED);
}

static PyObject *
gen_getframe(PyGenObject *gen, void *closure)
{
    if (gen->gi_frame_state >= FRAME_COMPLETED)
        Py_RETURN_NONE;
    PyFrameObject *f = _PyFrame_GetFrameObject(GEN_FRAME(gen));
    return Py_XNewRef((PyObject *)f);
}

static PyObject *
gen_getcode(PyGenObject *gen, void *closure)
{
    return Py_NewRef(gen->gi_code);
}

static PyObject *
ag_getrunning(PyGenObject *gen, void *closure)
{
    return PyBool_FromLong(gen->gi_running_async);
}

static PyObject *
cr_getorigin(PyGenObject *gen, void *closure)
{
    return Py_NewRef(gen->gi_origin_or_finalizer != NULL ? gen->gi_origin_or_finalizer : Py_None);
}

static PyObject *
gen_sizeof(PyGenObject *gen, PyObject *unused)
{
    PyCodeObject *code = gen->gi_code;
    Py_ssize_t size = Py_TYPE(gen)->tp_basicsize +
        (code->co_nlocalsplus + code->co_stacksize) * (Py_ssize_t)sizeof(PyObject *);
    return PyLong_FromSsize_t(size);
}

static PyObject *
gen_repr(PyGenObject *gen)
{
    const char *kind = PyCoro_CheckExact(gen) ? "coroutine" :
        PyAsyncGen_CheckExact(gen) ? "async_generator" : "generator";
    return PyUnicode_FromFormat("<%s object %S at %p>", kind, gen->gi_qualname, gen);
}

static PyGetSetDef gen_getsetlist[] = {
    {"__name__", (getter)gen_get_name, (setter)gen_set_name, "name of the generator"},
    {"__qualname__", (getter)gen_get_qualname, (setter)gen_set_qualname,
     "qualified name of the generator"},
    {"gi_yieldfrom", (getter)gen_getyieldfrom, NULL, "object being iterated by yield from, or None"},
    {"gi_running", (getter)gen_getrunning, NULL, NULL},
    {"gi_frame", (getter)gen_getframe, NULL, NULL},
    {"gi_suspended", (getter)gen_getsuspended, NULL, NULL},
    {"gi_code", (getter)gen_getcode, NULL, NULL},
    {NULL}
};

static PyMethodDef gen_methods[] = {
    {"send", (PyCFunction)gen_send, METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))gen_throw, METH_FASTCALL, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", (PyCFunction)gen_close, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__sizeof__", (PyCFunction)gen_sizeof, METH_NOARGS, NULL},
    {NULL, NULL}
};

static PyAsyncMethods gen_as_async = {
    .am_send = (sendfunc)gen_am_send,
};

#define GEN_BASICSIZE (offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus))

PyTypeObject PyGen_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "generator",
    .tp_basicsize = GEN_BASICSIZE,
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = (destructor)gen_dealloc,
    .tp_as_async = &gen_as_async,
    .tp_repr = (reprfunc)gen_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)gen_traverse,
    .tp_finalize = _PyGen_Finalize,
    .tp_weaklistoffset = offsetof(PyGenObject, gi_weakreflist),
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getsetlist,
};

/* ======================================================================
 * coroutines
 * ====================================================================== */

typedef struct {
    PyObject_HEAD
    PyCoroObject *cw_coroutine;
} PyCoroWrapper;

static PyObject *
coro_await(PyCoroObject *coro)
{
    PyCoroWrapper *cw = PyObject_GC_New(PyCoroWrapper, &_PyCoroWrapper_Type);
    if (cw == NULL)
        return NULL;
    cw->cw_coroutine = (PyCoroObject *)Py_NewRef(coro);
    PyObject_GC_Track(cw);
    return (PyObject *)cw;
}

static PyObject *
coro_get_cr_await(PyCoroObject *coro, void *closure)
{
    PyObject *yf = _PyGen_yf((PyGenObject *)coro);
    return yf != NULL ? yf : Py_NewRef(Py_None);
}

static PyGetSetDef coro_getsetlist[] = {
    {"__name__", (getter)gen_get_name, (setter)gen_set_name, "name of the coroutine"},
    {"__qualname__", (getter)gen_get_qualname, (setter)gen_set_qualname,
     "qualified name of the coroutine"},
    {"cr_await", (getter)coro_get_cr_await, NULL, "object being awaited on, or None"},
    {"cr_running", (getter)gen_getrunning, NULL, NULL},
    {"cr_frame", (getter)gen_getframe, NULL, NULL},
    {"cr_code", (getter)gen_getcode, NULL, NULL},
    {"cr_suspended", (getter)gen_getsuspended, NULL, NULL},
    {"cr_origin", (getter)cr_getorigin, NULL, NULL},
    {NULL}
};

static PyMethodDef coro_methods[] = {
    {"send", (PyCFunction)gen_send, METH_O, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))gen_throw, METH_FASTCALL, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", (PyCFunction)gen_close, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {"__sizeof__", (PyCFunction)gen_sizeof, METH_NOARGS, NULL},
    {NULL, NULL}
};

static PyAsyncMethods coro_as_async = {
    .am_await = (unaryfunc)coro_await,
    .am_send = (sendfunc)gen_am_send,
};

PyTypeObject PyCoro_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "coroutine",
    .tp_basicsize = GEN_BASICSIZE,
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = (destructor)gen_dealloc,
    .tp_as_async = &coro_as_async,
    .tp_repr = (reprfunc)gen_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)gen_traverse,
    .tp_finalize = _PyGen_Finalize,
    .tp_weaklistoffset = offsetof(PyCoroObject, cr_weakreflist),
    .tp_methods = coro_methods,
    .tp_getset = coro_getsetlist,
};

static void
coro_wrapper_dealloc(PyCoroWrapper *cw)
{
    PyObject_GC_UnTrack(cw);
    Py_CLEAR(cw->cw_coroutine);
    PyObject_GC_Del(cw);
}

static PyObject *
coro_wrapper_iternext(PyCoroWrapper *cw)
{
    return gen_iternext((PyGenObject *)cw->cw_coroutine);
}

static PyObject *
coro_wrapper_send(PyCoroWrapper *cw, PyObject *arg)
{
    return gen_send((PyGenObject *)cw->cw_coroutine, arg);
}

static PyObject *
coro_wrapper_throw(PyCoroWrapper *cw, PyObject *const *args, Py_ssize_t nargs)
{
    return gen_throw((PyGenObject *)cw->cw_coroutine, args, nargs);
}

static PyObject *
coro_wrapper_close(PyCoroWrapper *cw, PyObject *args)
{
    return gen_close((PyGenObject *)cw->cw_coroutine, args);
}

static int
coro_wrapper_traverse(PyCoroWrapper *cw, visitproc visit, void *arg)
{
    Py_VISIT(cw->cw_coroutine);
    return 0;
}

static PyMethodDef coro_wrapper_methods[] = {
    {"send", (PyCFunction)coro_wrapper_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))coro_wrapper_throw, METH_FASTCALL, NULL},
    {"close", (PyCFunction)coro_wrapper_close, METH_NOARGS, NULL},
    {NULL, NULL}
};

PyTypeObject _PyCoroWrapper_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(PyCoroWrapper),
    .tp_dealloc = (destructor)coro_wrapper_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "A wrapper object implementing __await__ for coroutines.",
    .tp_traverse = (traverseproc)coro_wrapper_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)coro_wrapper_iternext,
    .tp_methods = coro_wrapper_methods,
};

PyObject *
_PyCoro_GetAwaitableIter(PyObject *o)
{
    PyTypeObject *ot = Py_TYPE(o);
    if (PyCoro_CheckExact(o) ||
        (PyGen_CheckExact(o) && (((PyGenObject *)o)->gi_code->co_flags & CO_ITERABLE_COROUTINE)))
        return Py_NewRef(o);
    unaryfunc getter = ot->tp_as_async != NULL ? ot->tp_as_async->am_await : NULL;
    if (getter != NULL) {
        PyObject *res = getter(o);
        if (res != NULL) {
            if (PyCoro_CheckExact(res) ||
                (PyGen_CheckExact(res) && (((PyGenObject *)res)->gi_code->co_flags & CO_ITERABLE_COROUTINE))) {
                PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
                Py_CLEAR(res);
            }
            else if (!PyIter_Check(res)) {
                PyErr_Format(PyExc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                             Py_TYPE(res)->tp_name);
                Py_CLEAR(res);
            }
        }
        return res;
    }
    PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression", ot->tp_name);
    return NULL;
}

/* ======================================================================
 * async generators
 * ====================================================================== */

typedef enum { AWAITABLE_STATE_INIT, AWAITABLE_STATE_ITER, AWAITABLE_STATE_CLOSED } AwaitableState;

typedef struct {
    PyObject_HEAD
    PyAsyncGenObject *ags_gen;
    PyObject *ags_sendval; /* borrowed-for-life: NULL or a strong ref */
    AwaitableState ags_state;
} PyAsyncGenASend;

typedef struct {
    PyObject_HEAD
    PyAsyncGenObject *agt_gen;
    PyObject *agt_args; /* NULL: aclose() */
    AwaitableState agt_state;
} PyAsyncGenAThrow;

typedef struct {
    PyObject_HEAD
    PyObject *agw_val;
} _PyAsyncGenWrappedValue;

#define WrappedValue_CheckExact(o) Py_IS_TYPE((o), &_PyAsyncGenWrappedValue_Type)

static PyObject *
async_gen_unwrap_value(PyAsyncGenObject *gen, PyObject *result)
{
    if (result == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetNone(PyExc_StopAsyncIteration);
        if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))
            gen->ag_closed = 1;
        gen->ag_running_async = 0;
        return NULL;
    }
    if (WrappedValue_CheckExact(result)) {
        _PyGen_SetStopIterationValue(((_PyAsyncGenWrappedValue *)result)->agw_val);
        Py_DECREF(result);
        gen->ag_running_async = 0;
        return NULL;
    }
    return result;
}

static PyObject *
async_gen_asend_new(PyAsyncGenObject *gen, PyObject *sendval)
{
    PyAsyncGenASend *o = PyObject_GC_New(PyAsyncGenASend, &_PyAsyncGenASend_Type);
    if (o == NULL)
        return NULL;
    o->ags_gen = (PyAsyncGenObject *)Py_NewRef(gen);
    o->ags_sendval = Py_XNewRef(sendval);
    o->ags_state = AWAITABLE_STATE_INIT;
    PyObject_GC_Track(o);
    return (PyObject *)o;
}

static PyObject *
async_gen_athrow_new(PyAsyncGenObject *gen, PyObject *args)
{
    PyAsyncGenAThrow *o = PyObject_GC_New(PyAsyncGenAThrow, &_PyAsyncGenAThrow_Type);
    if (o == NULL)
        return NULL;
    o->agt_gen = (PyAsyncGenObject *)Py_NewRef(gen);
    o->agt_args = Py_XNewRef(args);
    o->agt_state = AWAITABLE_STATE_INIT;
    PyObject_GC_Track(o);
    return (PyObject *)o;
}

/* On first use, an async generator takes the thread's finalizer and
 * tells its firstiter hook (sys.set_asyncgen_hooks), which is how an event
 * loop learns of the generators it must close at shutdown. */
static int
async_gen_init_hooks(PyAsyncGenObject *o)
{
    if (o->ag_hooks_inited)
        return 0;
    o->ag_hooks_inited = 1;
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate->async_gen_finalizer != NULL)
        Py_XSETREF(o->ag_origin_or_finalizer, Py_NewRef(tstate->async_gen_finalizer));
    PyObject *firstiter = tstate->async_gen_firstiter;
    if (firstiter != NULL) {
        Py_INCREF(firstiter);
        PyObject *res = PyObject_CallOneArg(firstiter, (PyObject *)o);
        Py_DECREF(firstiter);
        if (res == NULL)
            return -1;
        Py_DECREF(res);
    }
    return 0;
}

static PyObject *
async_gen_anext(PyAsyncGenObject *o)
{
    if (async_gen_init_hooks(o) < 0)
        return NULL;
    return async_gen_asend_new(o, NULL);
}

static PyObject *
async_gen_asend(PyAsyncGenObject *o, PyObject *arg)
{
    if (async_gen_init_hooks(o) < 0)
        return NULL;
    return async_gen_asend_new(o, arg);
}

static PyObject *
async_gen_aclose(PyAsyncGenObject *o, PyObject *arg)
{
    if (async_gen_init_hooks(o) < 0)
        return NULL;
    return async_gen_athrow_new(o, NULL);
}

static PyObject *
async_gen_athrow(PyAsyncGenObject *o, PyObject *args)
{
    if (async_gen_init_hooks(o) < 0)
        return NULL;
    return async_gen_athrow_new(o, args);
}

static PyObject *
ag_getawait(PyAsyncGenObject *ag, void *closure)
{
    PyObject *yf = _PyGen_yf((PyGenObject *)ag);
    return yf != NULL ? yf : Py_NewRef(Py_None);
}

static PyGetSetDef async_gen_getsetlist[] = {
    {"__name__", (getter)gen_get_name, (setter)gen_set_name, "name of the async generator"},
    {"__qualname__", (getter)gen_get_qualname, (setter)gen_set_qualname,
     "qualified name of the async generator"},
    {"ag_await", (getter)ag_getawait, NULL, "object being awaited on, or None"},
    {"ag_frame", (getter)gen_getframe, NULL, NULL},
    {"ag_code", (getter)gen_getcode, NULL, NULL},
    {"ag_running", (getter)ag_getrunning, NULL, NULL},
    {NULL}
};

static PyMethodDef async_gen_methods[] = {
    {"asend", (PyCFunction)async_gen_asend, METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", (PyCFunction)async_gen_athrow, METH_VARARGS, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", (PyCFunction)async_gen_aclose, METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {"__sizeof__", (PyCFunction)gen_sizeof, METH_NOARGS, NULL},
    {"__class_getitem__", Py_GenericAlias, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL}
};

static PyAsyncMethods async_gen_as_async = {
    .am_aiter = PyObject_SelfIter,
    .am_anext = (unaryfunc)async_gen_anext,
};

PyTypeObject PyAsyncGen_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "async_generator",
    .tp_basicsize = GEN_BASICSIZE,
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = (destructor)gen_dealloc,
    .tp_as_async = &async_gen_as_async,
    .tp_repr = (reprfunc)gen_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)gen_traverse,
    .tp_finalize = _PyGen_Finalize,
    .tp_weaklistoffset = offsetof(PyAsyncGenObject, ag_weakreflist),
    .tp_methods = async_gen_methods,
    .tp_getset = async_gen_getsetlist,
};

/* ---- asend ---- */

static void
async_gen_asend_dealloc(PyAsyncGenASend *o)
{
    PyObject_GC_UnTrack(o);
    Py_CLEAR(o->ags_gen);
    Py_CLEAR(o->ags_sendval);
    PyObject_GC_Del(o);
}

static int
async_gen_asend_traverse(PyAsyncGenASend *o, visitproc visit, void *arg)
{
    Py_VISIT(o->ags_gen);
    Py_VISIT(o->ags_sendval);
    return 0;
}

static PyObject *
async_gen_asend_send(PyAsyncGenASend *o, PyObject *arg)
{
    PyObject *result;
    if (o->ags_state == AWAITABLE_STATE_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (o->ags_state == AWAITABLE_STATE_INIT) {
        if (o->ags_gen->ag_running_async) {
            PyErr_SetString(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (arg == NULL || arg == Py_None)
            arg = o->ags_sendval;
        o->ags_state = AWAITABLE_STATE_ITER;
    }
    o->ags_gen->ag_running_async = 1;
    result = gen_send((PyGenObject *)o->ags_gen, arg);
    result = async_gen_unwrap_value(o->ags_gen, result);
    if (result == NULL)
        o->ags_state = AWAITABLE_STATE_CLOSED;
    return result;
}

static PyObject *
async_gen_asend_iternext(PyAsyncGenASend *o)
{
    return async_gen_asend_send(o, NULL);
}

static PyObject *
async_gen_asend_throw(PyAsyncGenASend *o, PyObject *const *args, Py_ssize_t nargs)
{
    if (o->ags_state == AWAITABLE_STATE_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    PyObject *result = gen_throw((PyGenObject *)o->ags_gen, args, nargs);
    result = async_gen_unwrap_value(o->ags_gen, result);
    if (result == NULL)
        o->ags_state = AWAITABLE_STATE_CLOSED;
    return result;
}

static PyObject *
async_gen_asend_close(PyAsyncGenASend *o, PyObject *args)
{
    o->ags_state = AWAITABLE_STATE_CLOSED;
    Py_RETURN_NONE;
}

static PyMethodDef async_gen_asend_methods[] = {
    {"send", (PyCFunction)async_gen_asend_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))async_gen_asend_throw, METH_FASTCALL, NULL},
    {"close", (PyCFunction)async_gen_asend_close, METH_NOARGS, NULL},
    {NULL, NULL}
};

static PyAsyncMethods async_gen_asend_as_async = {
    .am_await = PyObject_SelfIter,
};

PyTypeObject _PyAsyncGenASend_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(PyAsyncGenASend),
    .tp_dealloc = (destructor)async_gen_asend_dealloc,
    .tp_as_async = &async_gen_asend_as_async,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)async_gen_asend_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)async_gen_asend_iternext,
    .tp_methods = async_gen_asend_methods,
};

/* ---- athrow / aclose ---- */

static void
async_gen_athrow_dealloc(PyAsyncGenAThrow *o)
{
    PyObject_GC_UnTrack(o);
    Py_CLEAR(o->agt_gen);
    Py_CLEAR(o->agt_args);
    PyObject_GC_Del(o);
}

static int
async_gen_athrow_traverse(PyAsyncGenAThrow *o, visitproc visit, void *arg)
{
    Py_VISIT(o->agt_gen);
    Py_VISIT(o->agt_args);
    return 0;
}

static PyObject *
athrow_ignored_exit(PyAsyncGenAThrow *o)
{
    o->agt_gen->ag_running_async = 0;
    o->agt_state = AWAITABLE_STATE_CLOSED;
    PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

static PyObject *
athrow_check_error(PyAsyncGenAThrow *o)
{
    o->agt_gen->ag_running_async = 0;
    o->agt_state = AWAITABLE_STATE_CLOSED;
    if (o->agt_args == NULL &&
        (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
        /* aclose() has completed: that is a StopIteration for its await */
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    return NULL;
}

static PyObject *
async_gen_athrow_send(PyAsyncGenAThrow *o, PyObject *arg)
{
    PyGenObject *gen = (PyGenObject *)o->agt_gen;
    PyObject *retval;
    if (o->agt_state == AWAITABLE_STATE_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (gen->gi_frame_state >= FRAME_COMPLETED) {
        o->agt_state = AWAITABLE_STATE_CLOSED;
        PyErr_SetNone(PyExc_StopIteration);
        return NULL;
    }
    if (o->agt_state == AWAITABLE_STATE_INIT) {
        if (o->agt_gen->ag_running_async) {
            o->agt_state = AWAITABLE_STATE_CLOSED;
            PyErr_SetString(PyExc_RuntimeError, o->agt_args == NULL ?
                            "aclose(): asynchronous generator is already running" :
                            "athrow(): asynchronous generator is already running");
            return NULL;
        }
        if (o->agt_gen->ag_closed) {
            o->agt_state = AWAITABLE_STATE_CLOSED;
            PyErr_SetNone(PyExc_StopAsyncIteration);
            return NULL;
        }
        if (arg != NULL && arg != Py_None) {
            PyErr_SetString(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        o->agt_state = AWAITABLE_STATE_ITER;
        o->agt_gen->ag_running_async = 1;
        if (o->agt_args == NULL) {
            o->agt_gen->ag_closed = 1;
            retval = _gen_throw(gen, 0, PyExc_GeneratorExit, NULL, NULL);
            if (retval != NULL && WrappedValue_CheckExact(retval)) {
                Py_DECREF(retval);
                return athrow_ignored_exit(o);
            }
        }
        else {
            PyObject *typ, *tb = NULL, *val = NULL;
            if (!PyArg_UnpackTuple(o->agt_args, "athrow", 1, 3, &typ, &val, &tb))
                return NULL;
            retval = _gen_throw(gen, 0, typ, val, tb);
            retval = async_gen_unwrap_value(o->agt_gen, retval);
        }
        if (retval == NULL)
            return athrow_check_error(o);
        return retval;
    }
    retval = gen_send(gen, arg != NULL ? arg : Py_None);
    if (o->agt_args != NULL)
        return async_gen_unwrap_value(o->agt_gen, retval);
    if (retval != NULL) {
        if (WrappedValue_CheckExact(retval)) {
            Py_DECREF(retval);
            return athrow_ignored_exit(o);
        }
        return retval;
    }
    return athrow_check_error(o);
}

static PyObject *
async_gen_athrow_iternext(PyAsyncGenAThrow *o)
{
    return async_gen_athrow_send(o, Py_None);
}

static PyObject *
async_gen_athrow_throw(PyAsyncGenAThrow *o, PyObject *const *args, Py_ssize_t nargs)
{
    if (o->agt_state == AWAITABLE_STATE_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    PyObject *retval = gen_throw((PyGenObject *)o->agt_gen, args, nargs);
    if (o->agt_args != NULL)
        return async_gen_unwrap_value(o->agt_gen, retval);
    if (retval != NULL && WrappedValue_CheckExact(retval)) {
        Py_DECREF(retval);
        return athrow_ignored_exit(o);
    }
    if (retval == NULL &&
        (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    return retval;
}

static PyObject *
async_gen_athrow_close(PyAsyncGenAThrow *o, PyObject *args)
{
    o->agt_state = AWAITABLE_STATE_CLOSED;
    Py_RETURN_NONE;
}

static PyMethodDef async_gen_athrow_methods[] = {
    {"send", (PyCFunction)async_gen_athrow_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))async_gen_athrow_throw, METH_FASTCALL, NULL},
    {"close", (PyCFunction)async_gen_athrow_close, METH_NOARGS, NULL},
    {NULL, NULL}
};

static PyAsyncMethods async_gen_athrow_as_async = {
    .am_await = PyObject_SelfIter,
};

PyTypeObject _PyAsyncGenAThrow_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(PyAsyncGenAThrow),
    .tp_dealloc = (destructor)async_gen_athrow_dealloc,
    .tp_as_async = &async_gen_athrow_as_async,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)async_gen_athrow_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)async_gen_athrow_iternext,
    .tp_methods = async_gen_athrow_methods,
};

/* ---- wrapped values ---- */

static void
async_gen_wrapped_val_dealloc(_PyAsyncGenWrappedValue *o)
{
    PyObject_GC_UnTrack(o);
    Py_CLEAR(o->agw_val);
    PyObject_GC_Del(o);
}

static int
async_gen_wrapped_val_traverse(_PyAsyncGenWrappedValue *o, visitproc visit, void *arg)
{
    Py_VISIT(o->agw_val);
    return 0;
}

PyTypeObject _PyAsyncGenWrappedValue_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(_PyAsyncGenWrappedValue),
    .tp_dealloc = (destructor)async_gen_wrapped_val_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)async_gen_wrapped_val_traverse,
};

PyObject *
_PyAsyncGenValueWrapperNew(PyObject *val)
{
    _PyAsyncGenWrappedValue *o = PyObject_GC_New(_PyAsyncGenWrappedValue, &_PyAsyncGenWrappedValue_Type);
    if (o == NULL)
        return NULL;
    o->agw_val = Py_NewRef(val);
    PyObject_GC_Track(o);
    return (PyObject *)o;
}
