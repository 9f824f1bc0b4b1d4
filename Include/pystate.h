/* Thread and interpreter state (Python/runtime/pystate.c).
 *
 * Everything the VM keeps per thread lives in PyThreadState: the current
 * frame, the exception being raised, the stack of exceptions being
 * handled, the recursion counters and the chunked data stack that holds
 * the frames.  The running thread's state is in a C11 thread-local, so
 * real threads (a later issue) only add the GIL around it. */
#ifndef Py_PYSTATE_H
#define Py_PYSTATE_H
#include "object.h"
#include <stdatomic.h>

typedef struct _is PyInterpreterState;
typedef struct _ts PyThreadState;
struct _PyInterpreterFrame;
typedef struct _frame PyFrameObject;

typedef struct _err_stackitem {
    PyObject *exc_value; /* the exception being handled, or NULL/None */
    struct _err_stackitem *previous_item;
} _PyErr_StackItem;

/* Frames live in chunks of a per-thread stack, never in C stack frames. */
typedef struct _PyStackChunk {
    struct _PyStackChunk *previous;
    size_t size;
    size_t top;
    PyObject *data[1];
} _PyStackChunk;

typedef int (*Py_tracefunc)(PyObject *, PyFrameObject *, int, PyObject *);
#define PyTrace_CALL 0
#define PyTrace_EXCEPTION 1
#define PyTrace_LINE 2
#define PyTrace_RETURN 3
#define PyTrace_C_CALL 4
#define PyTrace_C_EXCEPTION 5
#define PyTrace_C_RETURN 6
#define PyTrace_OPCODE 7

struct _ts {
    struct _ts *prev, *next;
    PyInterpreterState *interp;
    int recursion_remaining;   /* Python frames left before RecursionError */
    int recursion_limit;
    int recursion_headroom;    /* allowance while handling RecursionError */
    int c_recursion_remaining; /* C-level guard (Py_EnterRecursiveCall) */
    int tracing;               /* inside a trace or profile function */
    int tracing_what;          /* the event (PyTrace_*) it was called for */
    /* a trace or profile function is set and not running: the VM then
     * dispatches every instruction through its tracing step */
    int use_tracing;
    struct _PyInterpreterFrame *current_frame;
    PyObject *current_exception; /* the exception being raised, or NULL */
    _PyErr_StackItem *exc_info;  /* top of the handled-exception stack */
    _PyErr_StackItem exc_state;  /* its bottom item */
    Py_tracefunc c_profilefunc, c_tracefunc;
    PyObject *c_profileobj, *c_traceobj;
    PyObject *dict;
    PyObject *async_exc;
    unsigned long thread_id;
    unsigned long native_thread_id;
    _PyStackChunk *datastack_chunk;
    PyObject **datastack_top;
    PyObject **datastack_limit;
    uint64_t id;
    /* sys.set_asyncgen_hooks: called when an async generator is first
     * iterated, and when one is collected unfinished */
    PyObject *async_gen_firstiter;
    PyObject *async_gen_finalizer;
    int coroutine_origin_tracking_depth;
    PyObject *context; /* the current contextvars.Context, made on first use */
    /* Called with on_delete_data when the state is deleted: _thread's
     * sentinel lock is released this way when its thread ends. */
    void (*on_delete)(void *);
    void *on_delete_data;
    /* PyGILState_Ensure calls not yet released, plus one for a state
     * bound to its thread for good: at zero PyGILState_Release deletes
     * the state it made. */
    int gilstate_counter;
};

/* The limit on C recursion (nested PyObject_Repr, PyObject_Call of C
 * callables, comparisons ...): set from the C stack size, not the Python
 * recursion limit, so deep C recursion raises instead of crashing. */
#define KR_C_RECURSION_LIMIT 8000

struct _is {
    struct _is *next;
    PyThreadState *threads_head;
    int64_t id;
    PyObject *modules;       /* sys.modules */
    PyObject *sysdict;       /* sys.__dict__ */
    PyObject *builtins;      /* builtins.__dict__ */
    PyObject *builtins_module;
    PyObject *importlib;
    PyObject *import_func;   /* builtins.__import__ */
    PyObject *modules_by_index;
    PyObject *codec_search_path, *codec_search_cache, *codec_error_registry;
    PyObject *dict;          /* per-interpreter scratch */
    PyObject *audit_hooks;
    int recursion_limit;     /* sys.getrecursionlimit() */
    /* The eval breaker: any non-zero bit makes the VM stop at the next
     * backward jump or call and look at why (signals, GIL drop request,
     * pending calls, async exceptions). */
    _Atomic int eval_breaker;
    _Atomic int signals_pending;
    _Atomic int gil_drop_request;
    _Atomic int pending_calls;
    int finalizing;
    /* Set once exit is under way: any other thread that then tries to
     * take the GIL ends there (Python/runtime/gil.c). */
    PyThreadState *_Atomic finalizing_tstate;
    long num_threads;        /* threads started by _thread, still running */
    double switch_interval;  /* sys.getswitchinterval(), seconds */
    int dlopenflags;
};

PyInterpreterState *PyInterpreterState_Get(void);
PyInterpreterState *PyInterpreterState_Main(void);
PyObject *PyInterpreterState_GetDict(PyInterpreterState *);
int64_t PyInterpreterState_GetID(PyInterpreterState *);
PyThreadState *PyThreadState_New(PyInterpreterState *);
void PyThreadState_Clear(PyThreadState *);
void PyThreadState_Delete(PyThreadState *);
PyThreadState *PyThreadState_Get(void);
PyThreadState *PyThreadState_Swap(PyThreadState *);
PyObject *PyThreadState_GetDict(void); /* borrowed */
PyFrameObject *PyThreadState_GetFrame(PyThreadState *);
uint64_t PyThreadState_GetID(PyThreadState *);
int PyThreadState_SetAsyncExc(unsigned long, PyObject *);
PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *);
PyThreadState *PyThreadState_Next(PyThreadState *);

extern _Thread_local PyThreadState *_Py_tss_tstate;
static inline PyThreadState *_PyThreadState_GET(void) { return _Py_tss_tstate; }
#define PyThreadState_GET() _PyThreadState_GET()
static inline PyInterpreterState *_PyInterpreterState_GET(void) { return _Py_tss_tstate->interp; }

typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;
PyGILState_STATE PyGILState_Ensure(void);
void PyGILState_Release(PyGILState_STATE);
PyThreadState *PyGILState_GetThisThreadState(void);
#endif
