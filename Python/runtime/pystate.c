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
static PyThreadState *main_tstate; /* the thread that runs signal handlers */
/* Guards the list of thread states, which threads without the GIL
 * (starting and ending) and async-exception setters walk too. */
static pthread_mutex_t head_lock = PTHREAD_MUTEX_INITIALIZER;
/* This OS thread's own state, attached or not (PyGILState_*). */
static _Thread_local PyThreadState *own_tstate;
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
    own_tstate = tstate;
    tstate->gilstate_counter = 1;
    main_tstate = tstate;
    _KrGIL_Create(tstate);
    return 0;
}

int
_KrThreadState_IsMain(PyThreadState *tstate)
{
    return tstate != NULL && tstate == main_tstate;
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
    tstate->native_thread_id = PyThread_get_thread_native_id();
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

/* Take a state off its interpreter's list and run its on_delete hook;
 * the caller frees it. */
static void
tstate_unlink(PyThreadState *tstate)
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
}

void
PyThreadState_Delete(PyThreadState *tstate)
{
    tstate_unlink(tstate);
    if (_Py_tss_tstate == tstate)
        _Py_tss_tstate = NULL;
    if (own_tstate == tstate)
        own_tstate = NULL;
    free(tstate);
}

void
_KrThreadState_Bind(PyThreadState *tstate)
{
    tstate->thread_id = PyThread_get_thread_ident();
    tstate->native_thread_id = PyThread_get_thread_native_id();
    tstate->gilstate_counter = 1;
    own_tstate = tstate;
}

/* The end of a thread: its state was cleared with the GIL held; now it
 * leaves the list, its on_delete hook runs (releasing the sentinel lock
 * threading's join() waits on), the GIL is let go and the memory freed. */
void
_KrThreadState_DeleteCurrent(void)
{
    PyThreadState *tstate = _Py_tss_tstate;
    if (tstate == NULL)
        Py_FatalError("_KrThreadState_DeleteCurrent: no current thread state");
    tstate_unlink(tstate);
    own_tstate = NULL;
    _KrGIL_DropForExit(tstate->interp);
    free(tstate);
}

void
_KrState_AfterForkChild(PyThreadState *tstate)
{
    PyInterpreterState *interp = tstate->interp;
    /* another thread may have held it at the fork */
    pthread_mutex_init(&head_lock, NULL);
    _KrGIL_AfterForkChild(tstate);
    main_tstate = tstate;
    own_tstate = tstate;
    PyThreadState *others = NULL;
    for (PyThreadState *t = interp->threads_head; t != NULL;) {
        PyThreadState *next = t->next;
        if (t != tstate) {
            t->next = others;
            others = t;
        }
        t = next;
    }
    tstate->prev = tstate->next = NULL;
    interp->threads_head = tstate;
    interp->num_threads = 0;
    /* Their objects are this process's now; the threads are not.  Their
     * sentinel hooks are not run: threading._after_fork marks those
     * threads as stopped itself. */
    while (others != NULL) {
        PyThreadState *next = others->next;
        others->on_delete = NULL;
        PyObject *wr = (PyObject *)others->on_delete_data;
        others->on_delete_data = NULL;
        Py_XDECREF(wr);
        PyThreadState_Clear(others);
        free(others);
        others = next;
    }
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

/* The GIL state API, for C code on a thread that may or may not hold
 * the GIL, or may not be known to the interpreter at all. */
PyGILState_STATE
PyGILState_Ensure(void)
{
    PyThreadState *own = own_tstate;
    if (own != NULL && _Py_tss_tstate == own) {
        own->gilstate_counter++;
        return PyGILState_LOCKED;
    }
    if (own == NULL) {
        if (main_interp == NULL)
            Py_FatalError("PyGILState_Ensure: no interpreter");
        own = PyThreadState_New(main_interp);
        if (own == NULL)
            Py_FatalError("PyGILState_Ensure: cannot allocate a thread state");
        _KrThreadState_Bind(own);
        own->gilstate_counter = 0; /* made here: Release deletes it */
    }
    own->gilstate_counter++;
    PyEval_RestoreThread(own);
    return PyGILState_UNLOCKED;
}

void
PyGILState_Release(PyGILState_STATE state)
{
    PyThreadState *own = own_tstate;
    if (own == NULL || _Py_tss_tstate != own)
        Py_FatalError("PyGILState_Release: thread state mismatch");
    if (--own->gilstate_counter == 0) {
        PyThreadState_Clear(own);
        _KrThreadState_DeleteCurrent();
    }
    else if (state == PyGILState_UNLOCKED)
        PyEval_SaveThread();
}

PyThreadState *
PyGILState_GetThisThreadState(void)
{
    return own_tstate;
}
