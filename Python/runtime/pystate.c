/* Interpreter and thread states.
 *
 * There is one interpreter (the main one, made by _KrState_Init) holding
 * a list of thread states.  The state of the running thread is in the C11
 * thread-local _Py_tss_tstate, so _PyThreadState_GET() is one load; the
 * GIL (Python/runtime/gil.c) decides which thread may run.  A thread
 * state owns its data-stack chunks (frames), its handled-exception stack
 * and its per-thread dict. */
#include "Python.h"
#include "kr_frame.h"
#include "kr_init.h"
#include <pthread.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

_Thread_local PyThreadState *_Py_tss_tstate;

#define KR_DEFAULT_RECURSION_LIMIT 1000 /* sys.getrecursionlimit() at start */

static PyInterpreterState *main_interp;
static pthread_mutex_t head_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t next_thread_id = 1;

static PyInterpreterState *
interpreter_new(void)
{
    PyInterpreterState *interp = calloc(1, sizeof(PyInterpreterState));
    if (interp == NULL)
        return NULL;
    interp->id = 0;
    interp->recursion_limit = KR_DEFAULT_RECURSION_LIMIT;
    interp->switch_interval = 0.005;
    atomic_store(&interp->eval_breaker, 0);
    atomic_store(&interp->signals_pending, 0);
    atomic_store(&interp->gil_drop_request, 0);
    atomic_store(&interp->pending_calls, 0);
    return interp;
}

int
_KrState_Init(void)
{
    if (main_interp != NULL)
        return 0;
    main_interp = interpreter_new();
    if (main_interp == NULL) {
        fprintf(stderr, "Fatal Python error: cannot allocate the interpreter state\n");
        return -1;
    }
    PyThreadState *tstate = PyThreadState_New(main_interp);
    if (tstate == NULL) {
        fprintf(stderr, "Fatal Python error: cannot allocate the thread state\n");
        return -1;
    }
    _Py_tss_tstate = tstate;
    return 0;
}

PyInterpreterState *
PyInterpreterState_Main(void)
{
    return main_interp;
}

PyInterpreterState *
PyInterpreterState_Get(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate == NULL)
        Py_FatalError("PyInterpreterState_Get: no current thread state");
    return tstate->interp;
}

PyObject *
PyInterpreterState_GetDict(PyInterpreterState *interp)
{
    if (interp->dict == NULL) {
        interp->dict = PyDict_New();
        if (interp->dict == NULL)
            PyErr_Clear();
    }
    return interp->dict; /* borrowed */
}

int64_t
PyInterpreterState_GetID(PyInterpreterState *interp)
{
    if (interp == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "no interpreter provided");
        return -1;
    }
    return interp->id;
}

PyThreadState *
PyThreadState_New(PyInterpreterState *interp)
{
    PyThreadState *tstate = calloc(1, sizeof(PyThreadState));
    if (tstate == NULL)
        return NULL;
    tstate->interp = interp;
    tstate->recursion_limit = interp->recursion_limit;
    tstate->recursion_remaining = interp->recursion_limit;
    tstate->c_recursion_remaining = KR_C_RECURSION_LIMIT;
    tstate->exc_info = &tstate->exc_state;
    tstate->thread_id = (unsigned long)pthread_self();
#ifdef __linux__
    tstate->native_thread_id = (unsigned long)syscall(SYS_gettid);
#else
    tstate->native_thread_id = tstate->thread_id;
#endif
    pthread_mutex_lock(&head_lock);
    tstate->id = next_thread_id++;
    tstate->next = interp->threads_head;
    if (interp->threads_head != NULL)
        interp->threads_head->prev = tstate;
    interp->threads_head = tstate;
    pthread_mutex_unlock(&head_lock);
    return tstate;
}

void
PyThreadState_Clear(PyThreadState *tstate)
{
    Py_CLEAR(tstate->dict);
    Py_CLEAR(tstate->async_exc);
    Py_CLEAR(tstate->async_gen_firstiter);
    Py_CLEAR(tstate->async_gen_finalizer);
    Py_CLEAR(tstate->context);
    Py_CLEAR(tstate->current_exception);
    Py_CLEAR(tstate->exc_state.exc_value);
    Py_CLEAR(tstate->c_profileobj);
    Py_CLEAR(tstate->c_traceobj);
    tstate->c_profilefunc = NULL;
    tstate->c_tracefunc = NULL;
    _PyStackChunk *chunk = tstate->datastack_chunk;
    while (chunk != NULL) {
        _PyStackChunk *prev = chunk->previous;
        free(chunk);
        chunk = prev;
    }
    tstate->datastack_chunk = NULL;
    tstate->datastack_top = NULL;
    tstate->datastack_limit = NULL;
}

void
PyThreadState_Delete(PyThreadState *tstate)
{
    PyInterpreterState *interp = tstate->interp;
    pthread_mutex_lock(&head_lock);
    if (tstate->prev != NULL)
        tstate->prev->next = tstate->next;
    else
        interp->threads_head = tstate->next;
    if (tstate->next != NULL)
        tstate->next->prev = tstate->prev;
    pthread_mutex_unlock(&head_lock);
    if (tstate->on_delete != NULL)
        tstate->on_delete(tstate->on_delete_data);
    if (_Py_tss_tstate == tstate)
        _Py_tss_tstate = NULL;
    free(tstate);
}

PyThreadState *
PyInterpreterState_ThreadHead(PyInterpreterState *interp)
{
    return interp->threads_head;
}

PyThreadState *
PyThreadState_Next(PyThreadState *tstate)
{
    return tstate->next;
}

PyThreadState *
PyThreadState_Get(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate == NULL)
        Py_FatalError("PyThreadState_Get: the function must be called with the GIL held, "
                      "but the GIL is released (the current Python thread state is NULL)");
    return tstate;
}

PyThreadState *
PyThreadState_Swap(PyThreadState *newts)
{
    PyThreadState *old = _Py_tss_tstate;
    _Py_tss_tstate = newts;
    return old;
}

PyObject *
PyThreadState_GetDict(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate == NULL)
        return NULL;
    if (tstate->dict == NULL) {
        tstate->dict = PyDict_New();
        if (tstate->dict == NULL)
            PyErr_Clear();
    }
    return tstate->dict;
}

PyFrameObject *
PyThreadState_GetFrame(PyThreadState *tstate)
{
    _PyInterpreterFrame *f = tstate->current_frame;
    while (f != NULL && _PyFrame_IsIncomplete(f))
        f = f->previous;
    if (f == NULL)
        return NULL;
    PyFrameObject *fo = _PyFrame_GetFrameObject(f);
    if (fo == NULL)
        PyErr_Clear();
    return (PyFrameObject *)Py_XNewRef(fo);
}

uint64_t
PyThreadState_GetID(PyThreadState *tstate)
{
    return tstate->id;
}

int
PyThreadState_SetAsyncExc(unsigned long id, PyObject *exc)
{
    PyInterpreterState *interp = _PyInterpreterState_GET();
    int count = 0;
    pthread_mutex_lock(&head_lock);
    for (PyThreadState *t = interp->threads_head; t != NULL; t = t->next) {
        if (t->thread_id != id)
            continue;
        PyObject *old = t->async_exc;
        t->async_exc = Py_XNewRef(exc);
        Py_XDECREF(old);
        count++;
    }
    pthread_mutex_unlock(&head_lock);
    if (count > 0 && exc != NULL)
        atomic_store_explicit(&interp->eval_breaker, 1, memory_order_relaxed);
    return count;
}

/* Until threads started from C exist, the GIL state API only has to
 * find the thread state of the calling thread. */
PyGILState_STATE
PyGILState_Ensure(void)
{
    if (_Py_tss_tstate == NULL && main_interp != NULL) {
        PyThreadState *t = PyThreadState_New(main_interp);
        if (t == NULL)
            Py_FatalError("PyGILState_Ensure: cannot allocate a thread state");
        _Py_tss_tstate = t;
        return PyGILState_UNLOCKED;
    }
    return PyGILState_LOCKED;
}

void
PyGILState_Release(PyGILState_STATE state)
{
    (void)state;
}

PyThreadState *
PyGILState_GetThisThreadState(void)
{
    return _Py_tss_tstate;
}
