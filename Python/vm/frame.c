/* Interpreter frames on the per-thread data stack.
 *
 * Frames live in a linked list of chunks (PyThreadState.datastack_*):
 * pushing a frame bumps datastack_top inside the current chunk, or opens a
 * new chunk big enough for it; popping moves the top back, and frees the
 * chunk when its first frame goes.  Frames are pushed and popped in LIFO
 * order (generators copy their frame out of the stack), so a bump pointer
 * suffices and a call costs no malloc in the common case.
 *
 * A frame object (PyFrameObject) that outlives its frame takes a copy of
 * it (_PyFrame_Clear -> take_ownership), so frames on the data stack can
 * always be discarded when their function returns. */
#include "Python.h"
#include "kr_frame.h"
#include "kr_opcode.h"

/* bytes per chunk; big frames get a chunk of their own */
#define KR_DATA_STACK_CHUNK_SIZE (32 * 1024)

static _PyStackChunk *
allocate_chunk(size_t size_in_bytes, _PyStackChunk *previous)
{
    _PyStackChunk *res = malloc(size_in_bytes);
    if (res == NULL)
        return NULL;
    res->previous = previous;
    res->size = size_in_bytes;
    res->top = 0;
    return res;
}

static _PyInterpreterFrame *
push_chunk(PyThreadState *tstate, size_t size)
{
    size_t allocate_size = KR_DATA_STACK_CHUNK_SIZE;
    while (allocate_size < sizeof(PyObject *) * (size + 8))
        allocate_size *= 2;
    _PyStackChunk *new = allocate_chunk(allocate_size, tstate->datastack_chunk);
    if (new == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if (tstate->datastack_chunk != NULL)
        tstate->datastack_chunk->top = (size_t)(tstate->datastack_top - &tstate->datastack_chunk->data[0]);
    tstate->datastack_chunk = new;
    tstate->datastack_limit = (PyObject **)(((char *)new) + allocate_size);
    PyObject **res = &new->data[0];
    tstate->datastack_top = res + size;
    return (_PyInterpreterFrame *)res;
}

_PyInterpreterFrame *
_PyThreadState_PushFrame(PyThreadState *tstate, size_t size)
{
    if (tstate->datastack_top != NULL && tstate->datastack_top + size < tstate->datastack_limit) {
        _PyInterpreterFrame *res = (_PyInterpreterFrame *)tstate->datastack_top;
        tstate->datastack_top += size;
        return res;
    }
    return push_chunk(tstate, size);
}

void
_PyThreadState_PopFrame(PyThreadState *tstate, _PyInterpreterFrame *frame)
{
    PyObject **base = (PyObject **)frame;
    _PyStackChunk *chunk = tstate->datastack_chunk;
    if (chunk != NULL && base == &chunk->data[0]) {
        _PyStackChunk *previous = chunk->previous;
        tstate->datastack_chunk = previous;
        free(chunk);
        if (previous != NULL) {
            tstate->datastack_top = &previous->data[previous->top];
            tstate->datastack_limit = (PyObject **)(((char *)previous) + previous->size);
        }
        else {
            tstate->datastack_top = NULL;
            tstate->datastack_limit = NULL;
        }
    }
    else {
        tstate->datastack_top = base;
    }
}

void
_PyFrame_Copy(_PyInterpreterFrame *src, _PyInterpreterFrame *dest)
{
    size_t size = (size_t)((char *)&src->localsplus[src->stacktop] - (char *)src);
    memcpy(dest, src, size);
    if (dest->frame_obj != NULL)
        dest->frame_obj->f_frame = dest;
}

/* The frame object gets the frame's contents when the frame ends while
 * someone still holds the object (a traceback, sys._getframe()). */
static void
take_ownership(PyFrameObject *f, _PyInterpreterFrame *frame)
{
    _PyInterpreterFrame *copy = (_PyInterpreterFrame *)f->_f_frame_data;
    _PyFrame_Copy(frame, copy);
    copy->owner = FRAME_OWNED_BY_FRAME_OBJECT;
    copy->frame_obj = f;
    copy->is_entry = 0;
    f->f_frame = copy;
    if (f->f_back == NULL) {
        _PyInterpreterFrame *prev = frame->previous;
        while (prev != NULL && _PyFrame_IsIncomplete(prev))
            prev = prev->previous;
        if (prev != NULL) {
            PyFrameObject *back = _PyFrame_GetFrameObject(prev);
            if (back == NULL)
                PyErr_Clear();
            else
                f->f_back = (PyFrameObject *)Py_NewRef(back);
        }
    }
    copy->previous = NULL;
    if (!PyObject_GC_IsTracked((PyObject *)f))
        PyObject_GC_Track(f);
}

void
_PyFrame_Clear(_PyInterpreterFrame *frame)
{
    if (frame->frame_obj != NULL) {
        PyFrameObject *f = frame->frame_obj;
        frame->frame_obj = NULL;
        if (Py_REFCNT(f) > 1) {
            take_ownership(f, frame);
            Py_DECREF(f);
            return;
        }
        Py_DECREF(f);
    }
    for (int i = 0; i < frame->stacktop; i++)
        Py_XDECREF(frame->localsplus[i]);
    frame->stacktop = 0;
    Py_XDECREF(frame->f_locals);
    frame->f_locals = NULL;
    if (frame->f_func == NULL)
        Py_XDECREF(frame->f_globals);
    Py_XDECREF(frame->f_func);
    frame->f_func = NULL;
    Py_XDECREF(frame->f_code);
    frame->f_code = NULL;
}

PyFrameObject *
_PyFrame_GetFrameObject(_PyInterpreterFrame *frame)
{
    if (frame->frame_obj != NULL)
        return frame->frame_obj;
    PyFrameObject *f = _KrFrame_New(frame);
    if (f == NULL)
        return NULL;
    frame->frame_obj = f;
    return f;
}

int
_PyFrame_GetLineNumber(_PyInterpreterFrame *frame)
{
    int addr = _PyInterpreterFrame_LASTI(frame) * (int)sizeof(_Py_CODEUNIT);
    if (addr < 0)
        addr = 0;
    return PyCode_Addr2Line(frame->f_code, addr);
}

/* Has the frame started running (COPY_FREE_VARS and MAKE_CELL done)? */
static int
frame_started(_PyInterpreterFrame *frame)
{
    return frame->prev_instr >= _PyCode_CODE(frame->f_code) + frame->f_code->_co_firsttraceable ||
        frame->owner == FRAME_OWNED_BY_GENERATOR;
}

int
_PyFrame_FastToLocalsWithError(_PyInterpreterFrame *frame)
{
    PyCodeObject *co = frame->f_code;
    PyObject *locals = frame->f_locals;
    if (locals == NULL) {
        locals = frame->f_locals = PyDict_New();
        if (locals == NULL)
            return -1;
    }
    int started = frame_started(frame);
    PyObject *closure = frame->f_func != NULL ? frame->f_func->func_closure : NULL;
    int free_offset = co->co_nlocalsplus - co->co_nfreevars;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        unsigned char kind = (unsigned char)PyBytes_AS_STRING(co->co_localspluskinds)[i];
        /* class bodies do not show the free variables they borrow */
        if ((kind & CO_FAST_FREE) && !(co->co_flags & CO_OPTIMIZED))
            continue;
        PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
        PyObject *value = frame->localsplus[i];
        if (!started && (kind & CO_FAST_FREE) && closure != NULL)
            value = PyTuple_GET_ITEM(closure, i - free_offset);
        if (value != NULL && (kind & (CO_FAST_CELL | CO_FAST_FREE)) && PyCell_Check(value) &&
            (started || (kind & CO_FAST_FREE)))
            value = PyCell_GET(value);
        if (value == NULL) {
            if (PyObject_DelItem(locals, name) != 0) {
                if (!PyErr_ExceptionMatches(PyExc_KeyError))
                    return -1;
                PyErr_Clear();
            }
        }
        else if (PyObject_SetItem(locals, name, value) != 0) {
            return -1;
        }
    }
    return 0;
}

void
_PyFrame_LocalsToFast(_PyInterpreterFrame *frame, int clear)
{
    PyCodeObject *co = frame->f_code;
    PyObject *locals = frame->f_locals;
    if (locals == NULL || !(co->co_flags & CO_OPTIMIZED))
        return;
    PyObject *exc = PyErr_GetRaisedException();
    int started = frame_started(frame);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        unsigned char kind = (unsigned char)PyBytes_AS_STRING(co->co_localspluskinds)[i];
        PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
        PyObject *value = PyObject_GetItem(locals, name);
        if (value == NULL) {
            PyErr_Clear();
            if (!clear)
                continue;
        }
        PyObject *oldvalue = frame->localsplus[i];
        if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && started && oldvalue != NULL &&
            PyCell_Check(oldvalue)) {
            PyObject *old = PyCell_GET(oldvalue);
            PyCell_SET(oldvalue, value);
            Py_XDECREF(old);
        }
        else if (!(kind & CO_FAST_FREE)) {
            frame->localsplus[i] = value;
            Py_XDECREF(oldvalue);
        }
        else {
            Py_XDECREF(value);
        }
    }
    PyErr_SetRaisedException(exc);
}
