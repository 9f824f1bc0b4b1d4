/* Generators, coroutines and async generators (Objects/genobject.c).
 * The generator owns its interpreter frame, embedded at its end
 * (gi_iframe); yield/send/throw/close are bytecode-level operations. */
#ifndef Py_GENOBJECT_H
#define Py_GENOBJECT_H
#include "object.h"
#include "pystate.h"

#define _PyGenObject_HEAD(prefix) \
    PyObject_HEAD \
    PyCodeObject *prefix##_code; \
    PyObject *prefix##_weakreflist; \
    PyObject *prefix##_name; \
    PyObject *prefix##_qualname; \
    _PyErr_StackItem prefix##_exc_state; \
    PyObject *prefix##_origin_or_finalizer; \
    char prefix##_hooks_inited; \
    char prefix##_closed; \
    char prefix##_running_async; \
    int8_t prefix##_frame_state; \
    PyObject *prefix##_iframe[1];

struct PyCodeObject;
typedef struct { _PyGenObject_HEAD(gi) } PyGenObject;
typedef struct { _PyGenObject_HEAD(cr) } PyCoroObject;
typedef struct { _PyGenObject_HEAD(ag) } PyAsyncGenObject;
extern PyTypeObject PyGen_Type;
extern PyTypeObject PyCoro_Type;
extern PyTypeObject PyAsyncGen_Type;
extern PyTypeObject _PyCoroWrapper_Type;
extern PyTypeObject _PyAsyncGenASend_Type;
extern PyTypeObject _PyAsyncGenWrappedValue_Type;
extern PyTypeObject _PyAsyncGenAThrow_Type;
#define PyGen_Check(op) PyObject_TypeCheck((op), &PyGen_Type)
#define PyGen_CheckExact(op) Py_IS_TYPE((op), &PyGen_Type)
#define PyCoro_CheckExact(op) Py_IS_TYPE((op), &PyCoro_Type)
#define PyAsyncGen_CheckExact(op) Py_IS_TYPE((op), &PyAsyncGen_Type)
PyObject *PyGen_New(PyFrameObject *);
int _PyGen_SetStopIterationValue(PyObject *);
int _PyGen_FetchStopIterationValue(PyObject **);
/* next(gen) for FOR_ITER: PYGEN_NEXT with the yielded value, or the end
 * without a StopIteration being made (PYGEN_RETURN with the return value,
 * or PYGEN_ERROR with no exception set when there is none). */
PySendResult _KrGen_Next(PyGenObject *gen, PyObject **presult);
PyObject *_PyCoro_GetAwaitableIter(PyObject *o);
void _PyGen_Finalize(PyObject *self);
PyObject *_PyGen_yf(PyGenObject *);
/* A new generator, coroutine or async generator (by the code's flags)
 * for func, with room for its frame; the VM copies the frame in
 * (RETURN_GENERATOR). */
PyObject *_Py_MakeCoro(PyFunctionObject *func);
/* ASYNC_GEN_WRAP: mark a value yielded by an async generator. */
PyObject *_PyAsyncGenValueWrapperNew(PyObject *);
#endif
