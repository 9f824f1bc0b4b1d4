/* The evaluation loop: runs CPython-3.11-format bytecode.
 *
 * One C function, _PyEval_EvalFrame, runs a chain of interpreter frames.
 * A call from Python to a Python function pushes the callee's frame on
 * the thread's data stack (frame.c), links it through `previous` and
 * jumps to the callee's first instruction: the C stack does not grow with
 * Python recursion.  Only the *entry* frame (the one this C call was
 * started for, `is_entry`) returns from the C function; every other
 * RETURN_VALUE pops back into its caller inside the same loop.
 *
 * Invariants while an instruction runs:
 *   frame->prev_instr  points at the instruction being executed (tracebacks,
 *                      f_lasti and the exception table use it);
 *   next_instr         points just after it (before its inline caches);
 *   stack_pointer      is the first free value-stack slot; it is stored in
 *                      frame->stacktop whenever the frame is left (call of a
 *                      Python function, yield, return, unwinding).
 *
 * Dispatch: TARGET(op) opens an instruction body, DISPATCH() fetches and
 * jumps to the next one, DISPATCH_GOTO() jumps to `opcode` without
 * fetching.  With computed goto (the default under GCC/Clang) they use
 * the generated table build/gen/kr_opcode_targets.h; -DKR_NO_COMPUTED_GOTO
 * turns them into a plain switch, which the test build may use.
 *
 * Specialization (PEP 659) rewrites opcodes in place: a code object's
 * first RESUME forms superinstructions (quicken), and BINARY_OP,
 * COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR, PRECALL and CALL rewrite
 * themselves to a specialized form for the operands they see; a form
 * whose guard fails rewrites itself back (DEOPT_IF).  co_code maps every
 * opcode back through _PyOpcode_Deopt, so Python never sees it.
 * LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD keep self-validating caches in
 * their inline cache units (co_code shows them as zero).  See
 * docs/internals/vm.md ("Specialization").
 *
 * Exceptions: an instruction that fails jumps to `error`, which adds a
 * traceback entry for this frame, then `exception_unwind` looks up the
 * 3.11 exception table; if a handler covers the instruction the value
 * stack is cut to the handler's depth, the offset of the failing
 * instruction is pushed when the entry asks for it (lasti), then the
 * exception itself, and execution continues at the handler.  Otherwise
 * the frame is popped and the caller continues at its own `error`. */
#define _GNU_SOURCE /* pthread_getattr_np */
#include "Python.h"
#include "kr_frame.h"
#include "kr_call.h"
#include "kr_dict.h"
#include "kr_instance.h"
#include "kr_iter.h"
#include "kr_long.h"
#include "kr_opcode.h"
#include "kr_opcode_utils.h"
#include "kr_init.h"
#include "kr_runtime.h"
#include <signal.h>
#include <pthread.h>

#if defined(__GNUC__) && !defined(KR_NO_COMPUTED_GOTO)
#  define USE_COMPUTED_GOTOS 1
#else
#  define USE_COMPUTED_GOTOS 0
#endif

/* ======================================================================
 * Recursion guards
 * ====================================================================== */

/* Python frames: counted in tstate->recursion_remaining, which starts at
 * sys.getrecursionlimit().  While a RecursionError is being created the
 * guard is relaxed (recursion_headroom) so that creating it can call. */
static int
check_recursion(PyThreadState *tstate, int *remaining, const char *where)
{
    if (tstate->recursion_headroom) {
        if (*remaining < -50)
            Py_FatalError("Cannot recover from stack overflow.");
        return 0;
    }
    tstate->recursion_headroom++;
    PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded%s", where);
    tstate->recursion_headroom--;
    return -1;
}

static inline int
enter_python_frame(PyThreadState *tstate)
{
    if (tstate->recursion_remaining-- <= 0)
        return check_recursion(tstate, &tstate->recursion_remaining, "");
    return 0;
}

static inline void
leave_python_frame(PyThreadState *tstate)
{
    tstate->recursion_remaining++;
}

/* C recursion shares the Python depth counter, as in CPython 3.11 (so
 * a runaway __repr__ reports "... while calling a Python object" or
 * whatever the C caller says), and is also bounded by its own counter
 * sized for the C stack (KR_C_RECURSION_LIMIT), which sys.setrecursionlimit
 * cannot raise. */
/* A depth's worth of C frames varies (a sort's merge state alone is
 * kilobytes), so besides the counters the C guard also refuses to go on
 * once the stack pointer comes within a margin of the thread's stack end.
 * The bound is found once per thread; 1 means it could not be found.  It
 * is kept inverted (see kr_call.h) so the inline check needs no
 * "not measured yet" test. */
#define KR_STACK_MARGIN (512 * 1024)
_Thread_local uintptr_t _Kr_c_stack_floor_inv;

static int
c_stack_exhausted(void)
{
    char here;
    if (_Kr_c_stack_floor_inv == 0) {
        pthread_attr_t attr;
        void *addr;
        size_t size;
        uintptr_t floor = 1;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
                size_t margin = size / 4 < KR_STACK_MARGIN ? size / 4 : KR_STACK_MARGIN;
                floor = (uintptr_t)addr + margin;
            }
            pthread_attr_destroy(&attr);
        }
        _Kr_c_stack_floor_inv = ~floor;
    }
    return (uintptr_t)&here < ~_Kr_c_stack_floor_inv;
}

int
_KrEnterCRecursionSlow(const char *where)
{
    PyThreadState *tstate = _PyThreadState_GET();
    int over = tstate->c_recursion_remaining-- <= 0;
    if ((over || c_stack_exhausted()) && !tstate->recursion_headroom) {
        tstate->c_recursion_remaining++;
        check_recursion(tstate, &tstate->c_recursion_remaining, where);
        return -1;
    }
    if (over && tstate->c_recursion_remaining < -50)
        Py_FatalError("Cannot recover from stack overflow.");
    return 0;
}

static inline int
enter_recursive_call(PyThreadState *tstate, const char *where)
{
    if (tstate->recursion_remaining-- <= 0) {
        if (check_recursion(tstate, &tstate->recursion_remaining, where) < 0) {
            tstate->recursion_remaining++;
            return -1;
        }
    }
    if (_KrEnterCRecursion(where) < 0) {
        tstate->recursion_remaining++;
        return -1;
    }
    return 0;
}

int
Py_EnterRecursiveCall(const char *where)
{
    return enter_recursive_call(_PyThreadState_GET(), where);
}

static inline void
leave_recursive_call(PyThreadState *tstate)
{
    tstate->c_recursion_remaining++;
    tstate->recursion_remaining++;
}

void
Py_LeaveRecursiveCall(void)
{
    leave_recursive_call(_PyThreadState_GET());
}

int
Py_GetRecursionLimit(void)
{
    return _PyInterpreterState_GET()->recursion_limit;
}

void
Py_SetRecursionLimit(int new_limit)
{
    PyInterpreterState *interp = _PyInterpreterState_GET();
    interp->recursion_limit = new_limit;
    for (PyThreadState *t = interp->threads_head; t != NULL; t = t->next) {
        int depth = t->recursion_limit - t->recursion_remaining;
        t->recursion_limit = new_limit;
        t->recursion_remaining = new_limit - depth;
    }
}

/* ======================================================================
 * Signals, pending calls and the eval breaker
 * ====================================================================== */

/* A signal handler may only touch lock-free flags: the C handler
 * (Modules/signalmodule.c) records which signal arrived and sets the
 * breaker; the main thread runs the Python handlers (KeyboardInterrupt
 * for SIGINT by default) at its next check. */

#define KR_PENDING_CALLS_MAX 32 /* CPython's NPENDINGCALLS */
static struct {
    pthread_mutex_t lock;
    int first, last;
    struct { int (*func)(void *); void *arg; } calls[KR_PENDING_CALLS_MAX];
} pending = { PTHREAD_MUTEX_INITIALIZER, 0, 0, {{0, 0}} };

/* The breaker as the given thread should see it.  Signals and pending
 * calls are the main thread's business only, so a worker thread does not
 * keep stopping for them; taking the GIL recomputes it for the taker
 * (Python/runtime/gil.c), so the main thread notices them when its turn
 * comes. */
void
_KrEval_RecomputeBreaker(PyInterpreterState *interp, PyThreadState *tstate)
{
    int main = _KrThreadState_IsMain(tstate);
    int v = (main && atomic_load_explicit(&interp->signals_pending, memory_order_relaxed)) |
            atomic_load_explicit(&interp->gil_drop_request, memory_order_relaxed) |
            (main && atomic_load_explicit(&interp->pending_calls, memory_order_relaxed)) |
            (tstate != NULL && tstate->async_exc != NULL);
    atomic_store_explicit(&interp->eval_breaker, v, memory_order_relaxed);
}
#define recompute_eval_breaker _KrEval_RecomputeBreaker

void
_PyEval_SignalReceived(PyInterpreterState *interp)
{
    if (interp == NULL)
        return;
    atomic_store_explicit(&interp->signals_pending, 1, memory_order_relaxed);
    atomic_store_explicit(&interp->eval_breaker, 1, memory_order_relaxed);
}

void
_PyEval_RequestInterrupt(void)
{
    PyInterpreterState *interp = PyInterpreterState_Main();
    if (interp != NULL)
        atomic_store_explicit(&interp->eval_breaker, 1, memory_order_relaxed);
}

int
PyErr_CheckSignals(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    PyInterpreterState *interp = tstate != NULL ? tstate->interp : NULL;
    /* only the main thread handles signals, as in CPython */
    if (interp == NULL || !_KrThreadState_IsMain(tstate))
        return 0;
    atomic_store_explicit(&interp->signals_pending, 0, memory_order_relaxed);
    recompute_eval_breaker(interp, tstate);
    return _KrSignal_RunHandlers();
}

int
Py_AddPendingCall(int (*func)(void *), void *arg)
{
    int result = -1;
    pthread_mutex_lock(&pending.lock);
    int next = (pending.last + 1) % KR_PENDING_CALLS_MAX;
    if (next != pending.first) {
        pending.calls[pending.last].func = func;
        pending.calls[pending.last].arg = arg;
        pending.last = next;
        result = 0;
    }
    pthread_mutex_unlock(&pending.lock);
    PyInterpreterState *interp = PyInterpreterState_Main();
    if (result == 0 && interp != NULL) {
        atomic_store_explicit(&interp->pending_calls, 1, memory_order_relaxed);
        atomic_store_explicit(&interp->eval_breaker, 1, memory_order_relaxed);
    }
    return result;
}

/* In a forked child the queue's lock may have been held by a thread
 * that did not come along. */
void
_KrEval_AfterForkChild(void)
{
    pthread_mutex_init(&pending.lock, NULL);
}

static int
make_pending_calls(PyThreadState *tstate)
{
    static int busy; /* no re-entry while one of them runs */
    if (busy || !_KrThreadState_IsMain(tstate))
        return 0;
    busy = 1;
    PyInterpreterState *interp = tstate->interp;
    atomic_store_explicit(&interp->pending_calls, 0, memory_order_relaxed);
    recompute_eval_breaker(interp, tstate);
    for (;;) {
        int (*func)(void *) = NULL;
        void *arg = NULL;
        pthread_mutex_lock(&pending.lock);
        if (pending.first != pending.last) {
            func = pending.calls[pending.first].func;
            arg = pending.calls[pending.first].arg;
            pending.first = (pending.first + 1) % KR_PENDING_CALLS_MAX;
        }
        pthread_mutex_unlock(&pending.lock);
        if (func == NULL)
            break;
        if (func(arg) != 0) {
            busy = 0;
            atomic_store_explicit(&interp->pending_calls, 1, memory_order_relaxed);
            recompute_eval_breaker(interp, tstate);
            return -1;
        }
    }
    busy = 0;
    return 0;
}

int
Py_MakePendingCalls(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (PyErr_CheckSignals() < 0)
        return -1;
    return make_pending_calls(tstate);
}

/* Called when interp->eval_breaker is set at a check point. */
static int
handle_eval_breaker(PyThreadState *tstate)
{
    PyInterpreterState *interp = tstate->interp;
    if (atomic_load_explicit(&interp->signals_pending, memory_order_relaxed)) {
        if (PyErr_CheckSignals() < 0)
            return -1;
    }
    if (atomic_load_explicit(&interp->pending_calls, memory_order_relaxed)) {
        if (make_pending_calls(tstate) < 0)
            return -1;
    }
    if (atomic_load_explicit(&interp->gil_drop_request, memory_order_relaxed)) {
        /* another thread has waited a switch interval: let it run
         * (Python/runtime/gil.c clears the request once it has) */
        _KrEval_DropAndTakeGIL(tstate);
    }
    if (tstate->async_exc != NULL) {
        PyObject *exc = tstate->async_exc;
        tstate->async_exc = NULL;
        recompute_eval_breaker(interp, tstate);
        PyErr_SetNone(exc);
        Py_DECREF(exc);
        return -1;
    }
    recompute_eval_breaker(interp, tstate);
    return 0;
}


/* ======================================================================
 * Tracing and profiling (sys.settrace, sys.setprofile)
 * ======================================================================
 *
 * As in CPython 3.11, tracing costs nothing while it is off: the loop
 * dispatches through a local pointer to its table of instruction
 * addresses, and while a trace or profile function is set that pointer
 * is a second table whose every entry is the tracing step (DO_TRACING).
 * The step reports what is about to happen -- 'call' at a RESUME (a
 * frame starting or a generator resuming), 'line' when the next
 * instruction starts a new line or jumps back to the start of one --
 * then runs the instruction through the real table.  RETURN_VALUE and
 * YIELD_VALUE report 'return', the error path 'exception', and a frame
 * left by an exception 'return' with None.  All the frames one
 * activation of the loop runs share the pointer; it is read when the
 * activation starts and at eval-breaker checks, which follow every call
 * and which settrace()/setprofile() trigger, so a frame that calls
 * settrace() is traced from its next instruction on.  A trace function runs with
 * tracing off for its thread (tstate->tracing), so its own code is not
 * traced. */

static void
update_use_tracing(PyThreadState *tstate)
{
    tstate->use_tracing = tstate->tracing == 0 &&
                          (tstate->c_tracefunc != NULL || tstate->c_profilefunc != NULL);
}

static int
set_trace_or_profile(PyThreadState *tstate, int profile, Py_tracefunc func, PyObject *arg)
{
    if (PySys_Audit(profile ? "sys.setprofile" : "sys.settrace", NULL) < 0)
        return -1;
    PyObject *old = profile ? tstate->c_profileobj : tstate->c_traceobj;
    if (profile) {
        tstate->c_profilefunc = NULL;
        tstate->c_profileobj = NULL;
    }
    else {
        tstate->c_tracefunc = NULL;
        tstate->c_traceobj = NULL;
    }
    update_use_tracing(tstate);
    Py_XDECREF(old);
    Py_XINCREF(arg);
    if (profile) {
        tstate->c_profileobj = arg;
        tstate->c_profilefunc = func;
    }
    else {
        tstate->c_traceobj = arg;
        tstate->c_tracefunc = func;
    }
    update_use_tracing(tstate);
    /* frames running now pick the change up at their next check */
    atomic_store_explicit(&tstate->interp->eval_breaker, 1, memory_order_relaxed);
    return 0;
}

int
_PyEval_SetTrace(PyThreadState *tstate, Py_tracefunc func, PyObject *arg)
{
    return set_trace_or_profile(tstate, 0, func, arg);
}

int
_PyEval_SetProfile(PyThreadState *tstate, Py_tracefunc func, PyObject *arg)
{
    return set_trace_or_profile(tstate, 1, func, arg);
}

void
PyEval_SetTrace(Py_tracefunc func, PyObject *arg)
{
    if (_PyEval_SetTrace(_PyThreadState_GET(), func, arg) < 0)
        PyErr_WriteUnraisable(NULL);
}

void
PyEval_SetProfile(Py_tracefunc func, PyObject *arg)
{
    if (_PyEval_SetProfile(_PyThreadState_GET(), func, arg) < 0)
        PyErr_WriteUnraisable(NULL);
}

/* Call one trace or profile function for `frame`; its f_lineno is the
 * line of the instruction prev_instr points at meanwhile. */
static int
call_trace(Py_tracefunc func, PyObject *obj, PyThreadState *tstate,
           _PyInterpreterFrame *frame, int what, PyObject *arg)
{
    if (tstate->tracing)
        return 0;
    PyFrameObject *f = _PyFrame_GetFrameObject(frame);
    if (f == NULL)
        return -1;
    tstate->tracing++;
    tstate->tracing_what = what;
    update_use_tracing(tstate);
    f->f_lineno = _PyInterpreterFrame_LASTI(frame) >= 0 ? _PyFrame_GetLineNumber(frame)
                                                         : frame->f_code->co_firstlineno;
    int result = func(obj, f, what, arg);
    f->f_lineno = 0;
    tstate->tracing--;
    update_use_tracing(tstate);
    return result;
}

/* The same, keeping an exception already being raised (a 'return'
 * reported while unwinding) unless the function raises its own. */
static int
call_trace_protected(Py_tracefunc func, PyObject *obj, PyThreadState *tstate,
                     _PyInterpreterFrame *frame, int what, PyObject *arg)
{
    PyObject *exc = PyErr_GetRaisedException();
    int err = call_trace(func, obj, tstate, frame, what, arg);
    if (err == 0)
        PyErr_SetRaisedException(exc);
    else
        Py_XDECREF(exc);
    return err;
}

static int
trace_function_entry(PyThreadState *tstate, _PyInterpreterFrame *frame)
{
    if (tstate->c_tracefunc != NULL &&
        call_trace_protected(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                             PyTrace_CALL, Py_None) != 0)
        return -1;
    if (tstate->c_profilefunc != NULL &&
        call_trace_protected(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame,
                             PyTrace_CALL, Py_None) != 0)
        return -1;
    return 0;
}

static int
trace_function_exit(PyThreadState *tstate, _PyInterpreterFrame *frame, PyObject *retval)
{
    if (tstate->c_tracefunc != NULL &&
        call_trace_protected(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                             PyTrace_RETURN, retval) != 0)
        return -1;
    if (tstate->c_profilefunc != NULL &&
        call_trace_protected(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame,
                             PyTrace_RETURN, retval) != 0)
        return -1;
    return 0;
}

/* 'exception' with (type, value, traceback) for the exception being
 * raised in frame; a trace function that raises replaces it. */
static void
call_exc_trace(PyThreadState *tstate, _PyInterpreterFrame *frame)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    PyObject *tb = PyException_GetTraceback(exc);
    PyObject *arg = PyTuple_Pack(3, (PyObject *)Py_TYPE(exc), exc, tb ? tb : Py_None);
    Py_XDECREF(tb);
    if (arg == NULL) {
        Py_DECREF(exc);
        return;
    }
    int err = call_trace(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                         PyTrace_EXCEPTION, arg);
    Py_DECREF(arg);
    if (err == 0)
        PyErr_SetRaisedException(exc);
    else
        Py_DECREF(exc);
}

/* A call of a C function (or of a method descriptor with its self) made
 * while a profile function is set: 'c_call' before, 'c_return' or
 * 'c_exception' after, with the function as the argument. */
static PyObject *
profile_c_call(PyThreadState *tstate, PyObject *func, PyObject *const *args, Py_ssize_t nargs,
               PyObject *kwnames, PyObject *callargs, PyObject *kwargs)
{
    _PyInterpreterFrame *frame = tstate->current_frame;
    #define KR_DO_CALL() (callargs != NULL ? PyObject_Call(func, callargs, kwargs) \
        : PyObject_Vectorcall(func, args, (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames))
    if (tstate->c_profilefunc == NULL || frame == NULL)
        return KR_DO_CALL();
    if (call_trace(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame, PyTrace_C_CALL, func))
        return NULL;
    PyObject *res = KR_DO_CALL();
    #undef KR_DO_CALL
    if (tstate->c_profilefunc != NULL) {
        if (res == NULL)
            call_trace_protected(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame,
                                 PyTrace_C_EXCEPTION, func);
        else if (call_trace(tstate->c_profilefunc, tstate->c_profileobj, tstate, frame,
                            PyTrace_C_RETURN, func)) {
            Py_DECREF(res);
            res = NULL;
        }
    }
    return res;
}

/* CALL while tracing: C functions are reported to the profiler; so are
 * method descriptors, as the bound method the call amounts to. */
static PyObject *
trace_call_function(PyThreadState *tstate, PyObject *func, PyObject *const *args,
                    Py_ssize_t nargs, PyObject *kwnames)
{
    if (PyCFunction_Check(func))
        return profile_c_call(tstate, func, args, nargs, kwnames, NULL, NULL);
    if (Py_IS_TYPE(func, &PyMethodDescr_Type) && nargs > 0) {
        PyObject *self = args[0];
        PyObject *bound = Py_TYPE(func)->tp_descr_get(func, self, (PyObject *)Py_TYPE(self));
        if (bound == NULL)
            return NULL;
        PyObject *res = profile_c_call(tstate, bound, args + 1, nargs - 1, kwnames, NULL, NULL);
        Py_DECREF(bound);
        return res;
    }
    return PyObject_Vectorcall(func, args, (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
}

/* Index of the first instruction that is traced: the first RESUME (the
 * cell and generator set-up before it is not the function's code). */
static int
first_traceable(PyCodeObject *co)
{
    _Py_CODEUNIT *code = _PyCode_CODE(co);
    Py_ssize_t n = Py_SIZE(co);
    for (Py_ssize_t i = 0; i < n; i++) {
        int op = _PyOpcode_Deopt[_Py_OPCODE(code[i])];
        if (op == RESUME)
            return (int)i;
    }
    return 0;
}

/* 'line' (and 'opcode', when the frame asks for those) before the
 * instruction prev_instr now points at; instr_prev is the one run
 * before it.  A new line is reported, and so is a jump back to the
 * start of a line (a loop's next round), except inside 'yield from'. */
static int
maybe_call_line_trace(PyThreadState *tstate, _PyInterpreterFrame *frame, int instr_prev)
{
    PyCodeObject *co = frame->f_code;
    int lasti = _PyInterpreterFrame_LASTI(frame);
    int line = PyCode_Addr2Line(co, lasti * (int)sizeof(_Py_CODEUNIT));
    /* the first instruction after the frame's start is always a new line */
    int lastline = instr_prev > first_traceable(co)
                       ? PyCode_Addr2Line(co, instr_prev * (int)sizeof(_Py_CODEUNIT)) : -1;
    PyFrameObject *f = _PyFrame_GetFrameObject(frame);
    if (f == NULL)
        return -1;
    int result = 0;
    if (line != -1 && f->f_trace_lines) {
        int trace = line != lastline ||
                    (lasti < instr_prev && _Py_OPCODE(*frame->prev_instr) != SEND);
        if (trace)
            result = call_trace(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                                PyTrace_LINE, Py_None);
    }
    if (f->f_trace_opcodes && result == 0)
        result = call_trace(tstate->c_tracefunc, tstate->c_traceobj, tstate, frame,
                            PyTrace_OPCODE, Py_None);
    return result;
}

/* ======================================================================
 * Small helpers used by the instructions
 * ====================================================================== */

static const char *
func_name_of(PyObject *func)
{
    if (PyFunction_Check(func))
        return PyUnicode_AsUTF8(((PyFunctionObject *)func)->func_name);
    if (PyObject_TypeCheck(func, &PyCFunction_Type))
        return ((PyCFunctionObject *)func)->m_ml->ml_name;
    return Py_TYPE(func)->tp_name;
}

const char *
PyEval_GetFuncName(PyObject *func)
{
    if (PyMethod_Check(func))
        return PyEval_GetFuncName(PyMethod_GET_FUNCTION(func));
    return func_name_of(func);
}

const char *
PyEval_GetFuncDesc(PyObject *func)
{
    if (PyMethod_Check(func) || PyFunction_Check(func) ||
        PyObject_TypeCheck(func, &PyCFunction_Type))
        return "()";
    return " object";
}

/* "module.qualname()" as CPython's _PyObject_FunctionStr writes callables
 * in call errors; the module is left out for builtins. */
static PyObject *
function_str(PyObject *func)
{
    PyObject *qualname = NULL, *module = NULL, *result = NULL;
    if (_PyObject_LookupAttr(func, _Py_ID(__qualname__), &qualname) < 0)
        return NULL;
    if (qualname == NULL)
        return PyObject_Str(func);
    if (_PyObject_LookupAttr(func, _Py_ID(__module__), &module) < 0)
        goto done;
    if (module != NULL && module != Py_None && PyUnicode_Check(module) &&
        !_PyUnicode_EqualToASCIIString(module, "builtins"))
        result = PyUnicode_FromFormat("%S.%S()", module, qualname);
    else
        result = PyUnicode_FromFormat("%S()", qualname);
done:
    Py_XDECREF(qualname);
    Py_XDECREF(module);
    return result;
}

/* Attribute lookup on the type only, binding descriptors: how the
 * interpreter finds special methods (__enter__, __exit__ ...).  NULL
 * without an exception when missing. */
static PyObject *
lookup_special(PyObject *self, PyObject *name)
{
    PyObject *res = _PyType_Lookup(Py_TYPE(self), name);
    if (res == NULL)
        return NULL;
    descrgetfunc f = Py_TYPE(res)->tp_descr_get;
    if (f == NULL)
        return Py_NewRef(res);
    return f(res, self, (PyObject *)Py_TYPE(self));
}

static void
format_exc_unbound(PyThreadState *tstate, PyCodeObject *co, int oparg)
{
    if (PyErr_Occurred())
        return;
    PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, oparg);
    unsigned char kind = (unsigned char)PyBytes_AS_STRING(co->co_localspluskinds)[oparg];
    if (kind & CO_FAST_FREE)
        PyErr_Format(PyExc_NameError,
                     "cannot access free variable '%S' where it is not associated with a value in enclosing scope",
                     name);
    else
        PyErr_Format(PyExc_UnboundLocalError,
                     "cannot access local variable '%S' where it is not associated with a value", name);
}

static void
format_name_error(PyObject *name)
{
    if (PyErr_Occurred())
        return;
    PyErr_Format(PyExc_NameError, "name '%.200U' is not defined", name);
    PyObject *exc = PyErr_GetRaisedException();
    if (exc != NULL && PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_NameError)) {
        PyNameErrorObject *ne = (PyNameErrorObject *)exc;
        Py_XSETREF(ne->name, Py_NewRef(name));
    }
    PyErr_SetRaisedException(exc);
}

typedef PyObject *(*binaryfunc_t)(PyObject *, PyObject *);

static PyObject *
power2(PyObject *a, PyObject *b)
{
    return PyNumber_Power(a, b, Py_None);
}

static PyObject *
inplace_power2(PyObject *a, PyObject *b)
{
    return PyNumber_InPlacePower(a, b, Py_None);
}

/* ======================================================================
 * Fast paths for exact int and float operands
 *
 * Most arithmetic in real programs is on small ints and floats.  These
 * helpers compute the result directly when both operands are exact
 * (not subclasses, so no __add__ override can be involved) and the
 * values are small enough for 64-bit machine arithmetic; they return
 * NULL without an exception when the generic path must run instead.
 * ====================================================================== */

/* The value of an exact int of at most two digits (|v| < 2**60). */
static inline int
small_int_value(PyObject *op, int64_t *v)
{
    if (_PyLong_IsCompact((PyLongObject *)op)) {
        *v = _KrLong_CompactVal(op);
        return 1;
    }
    const digit *d = ((PyLongObject *)op)->ob_digit;
    switch (Py_SIZE(op)) {
    case 2: *v = (int64_t)d[0] | ((int64_t)d[1] << PyLong_SHIFT); return 1;
    case -2: *v = -((int64_t)d[0] | ((int64_t)d[1] << PyLong_SHIFT)); return 1;
    default: return 0;
    }
}

static inline int
float_operand(PyObject *op, double *v)
{
    if (PyFloat_CheckExact(op)) {
        *v = PyFloat_AS_DOUBLE(op);
        return 1;
    }
    int64_t i;
    /* an int converts exactly (both round to nearest even) below 2**53 */
    if (PyLong_CheckExact(op) && small_int_value(op, &i) && i <= ((int64_t)1 << 53) &&
        i >= -((int64_t)1 << 53)) {
        *v = (double)i;
        return 1;
    }
    return 0;
}

static PyObject *
fast_binary_op(int op, PyObject *a, PyObject *b)
{
    int64_t x, y, r;
    if (op >= NB_INPLACE_ADD)
        op -= NB_INPLACE_ADD; /* ints and floats are immutable */
    if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
        if (!small_int_value(a, &x) || !small_int_value(b, &y))
            return NULL;
        switch (op) {
        case NB_ADD: return _KrLong_FromCompactResult(x + y);
        case NB_SUBTRACT: return _KrLong_FromCompactResult(x - y);
        case NB_MULTIPLY:
            if (__builtin_mul_overflow(x, y, &r))
                return NULL;
            return _KrLong_FromCompactResult(r);
        case NB_FLOOR_DIVIDE:
        case NB_REMAINDER: {
            if (y == 0)
                return NULL;
            int64_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {
                m += y;
                q -= 1;
            }
            return _KrLong_FromCompactResult(op == NB_REMAINDER ? m : q);
        }
        case NB_AND: return _KrLong_FromCompactResult(x & y);
        case NB_OR: return _KrLong_FromCompactResult(x | y);
        case NB_XOR: return _KrLong_FromCompactResult(x ^ y);
        case NB_RSHIFT:
            if (y < 0)
                return NULL;
            return _KrLong_FromCompactResult(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case NB_TRUE_DIVIDE: {
            const int64_t lim = (int64_t)1 << 53;
            if (y == 0 || x > lim || x < -lim || y > lim || y < -lim)
                return NULL;
            return PyFloat_FromDouble((double)x / (double)y);
        }
        default: return NULL;
        }
    }
    if (PyFloat_CheckExact(a) || PyFloat_CheckExact(b)) {
        double u, v;
        if (!float_operand(a, &u) || !float_operand(b, &v))
            return NULL;
        switch (op) {
        case NB_ADD: return PyFloat_FromDouble(u + v);
        case NB_SUBTRACT: return PyFloat_FromDouble(u - v);
        case NB_MULTIPLY: return PyFloat_FromDouble(u * v);
        case NB_TRUE_DIVIDE:
            if (v == 0.0)
                return NULL;
            return PyFloat_FromDouble(u / v);
        default: return NULL;
        }
    }
    return NULL;
}

/* COMPARE_OP on two exact ints or two exact floats: 1/0, or -1 if the
 * generic path must run. */
static inline int
fast_compare(int op, PyObject *a, PyObject *b)
{
    if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
        int64_t x, y;
        if (!small_int_value(a, &x) || !small_int_value(b, &y))
            return -1;
        return _Kr_COMPARE_VALUES(x, y, op);
    }
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
        return _Kr_COMPARE_VALUES(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op);
    return -1;
}

/* ======================================================================
 * LOAD_GLOBAL cache
 *
 * LOAD_GLOBAL's five inline cache units (zero in fresh code, and shown
 * as zero by co_code) remember where the name was found last time:
 *   unit 0  0 = nothing cached, 1 = in globals, 2 = in builtins
 *   unit 1  the entry index in that dict's keys
 *   unit 2-3  for builtins: the keys version of globals, proving that the
 *             name has not been added to globals since.
 * A cached entry is used only if the entry at that index still holds the
 * identical (interned) name object: a dict holds a key at most once, so
 * the value found there is the dict's value for the name, whatever
 * happened to the dict meanwhile.  Any failed check just runs the
 * generic lookup, which refills the cache.
 * ====================================================================== */

/* Borrowed value at entry ix of a combined dict if its key is `name`. */
static inline PyObject *
dict_entry_for(PyObject *d, Py_ssize_t ix, PyObject *name)
{
    PyDictObject *mp = (PyDictObject *)d;
    PyDictKeysObject *dk = mp->ma_keys;
    if (mp->ma_values != NULL || ix >= dk->dk_nentries)
        return NULL;
    if (dk->dk_kind == DICT_KEYS_GENERAL) {
        PyDictKeyEntry *e = &DK_ENTRIES(dk)[ix];
        return e->me_key == name ? e->me_value : NULL;
    }
    PyDictUnicodeEntry *e = &DK_UNICODE_ENTRIES(dk)[ix];
    return e->me_key == name ? e->me_value : NULL;
}

/* The same for an instance's dict, which may be split: the entry's value
 * is then in the values array, which has room for every index its
 * shared keys hand out. */
static inline PyObject *
instance_dict_entry_for(PyObject *d, Py_ssize_t ix, PyObject *name)
{
    PyDictObject *mp = (PyDictObject *)d;
    if (mp->ma_values == NULL)
        return dict_entry_for(d, ix, name);
    if (ix >= mp->ma_values->capacity || DK_UNICODE_ENTRIES(mp->ma_keys)[ix].me_key != name)
        return NULL;
    return mp->ma_values->values[ix];
}

static inline PyObject *
load_global_cached(_Py_CODEUNIT *cache, PyObject *globals, PyObject *builtins, PyObject *name)
{
    if (cache[0] == 1)
        return dict_entry_for(globals, cache[1], name);
    if (cache[0] == 2) {
        uint32_t version = (uint32_t)cache[2] | ((uint32_t)cache[3] << 16);
        if (((PyDictObject *)globals)->ma_keys->dk_version != version)
            return NULL;
        return dict_entry_for(builtins, cache[1], name);
    }
    return NULL;
}

static void
load_global_fill(_Py_CODEUNIT *cache, PyObject *globals, PyObject *builtins, PyObject *name)
{
    cache[0] = 0;
    if (!PyUnicode_CheckExact(name) || ((PyDictObject *)globals)->ma_values != NULL)
        return;
    PyDictKeysObject *gk = ((PyDictObject *)globals)->ma_keys;
    Py_ssize_t ix = _PyDictKeys_StringLookup(gk, name);
    if (ix >= 0) {
        if (ix <= 0xFFFF && dict_entry_for(globals, ix, name) != NULL) {
            cache[1] = (_Py_CODEUNIT)ix;
            cache[0] = 1;
        }
        return;
    }
    if (ix != DKIX_EMPTY || ((PyDictObject *)builtins)->ma_values != NULL)
        return;
    uint32_t version = _PyDictKeys_GetVersionForCurrentState(gk);
    if (version == 0)
        return;
    ix = _PyDictKeys_StringLookup(((PyDictObject *)builtins)->ma_keys, name);
    if (ix < 0 || ix > 0xFFFF || dict_entry_for(builtins, ix, name) == NULL)
        return;
    cache[1] = (_Py_CODEUNIT)ix;
    cache[2] = (_Py_CODEUNIT)(version & 0xFFFF);
    cache[3] = (_Py_CODEUNIT)(version >> 16);
    cache[0] = 2;
}

/* ======================================================================
 * LOAD_ATTR and LOAD_METHOD caches
 *
 * Both are keyed on the type's version tag, which PyType_Modified clears
 * whenever the type or one of its bases changes an attribute: while the
 * tag is unchanged, what the MRO holds for the name is what it was when
 * the cache was filled.
 *
 * LOAD_ATTR (4 units): unit 0 kind, units 1-2 type version, unit 3
 *   kind 1: no class attribute; the value was at entry <unit 3> of the
 *           instance dict (checked by key identity as for LOAD_GLOBAL);
 *   kind 2: a T_OBJECT_EX member (__slots__) at byte offset <unit 3>;
 *   kind 3: no class attribute; the value is inline at index <unit 3>
 *           (kr_instance.h: the type's shared keys are append-only, so
 *           the version tag, which is the type's, fixes the index);
 *   kind 4: as kind 1 for the dict made for an instance of kind 3's.
 * STORE_ATTR (4 units), generic __setattr__ only: kind 2: a writable
 *   T_OBJECT_EX member at byte offset <unit 3>; kind 3: no class
 *   attribute, the value goes inline at index <unit 3>.
 * LOAD_METHOD (10 units): unit 0 kind, units 1-2 type version, units 3-6
 *   the method descriptor found on the type (borrowed: the version tag
 *   proves the type still holds it); the instance must not shadow it:
 *   kind 1: instances have no __dict__;
 *   kind 2: the instance dict (if any) does not hold the name;
 *   kind 3: inline values: the name is not in the type's shared keys,
 *           whose version is in units 7-8 (a new key changes it); a
 *           made dict is searched as in kind 2.
 * Whatever does not match runs the generic lookup, which refills.
 * ====================================================================== */

/* Unit 0 of these caches: the kind in the low byte, misses since the
 * last fill in the high byte.  A filled cache that misses is refilled
 * only at every KR_ATTR_CACHE_RETRY-th miss: a site that sees objects of
 * two types in turn then keeps hitting for one of them, instead of
 * paying a refill on every execution and hitting never. */
#define CACHE_KIND(cache) ((cache)[0] & 0xFF)
#define KR_ATTR_CACHE_RETRY 16

static inline int
cache_should_refill(_Py_CODEUNIT *cache)
{
    if (CACHE_KIND(cache) == 0)
        return 1;
    unsigned int misses = ((unsigned int)cache[0] >> 8) + 1;
    if (misses >= KR_ATTR_CACHE_RETRY)
        return 1;
    cache[0] = (_Py_CODEUNIT)(CACHE_KIND(cache) | (misses << 8));
    return 0;
}

static inline unsigned int
cached_version(const _Py_CODEUNIT *cache)
{
    return (unsigned int)cache[1] | ((unsigned int)cache[2] << 16);
}

static inline int
type_version_matches(PyTypeObject *tp, const _Py_CODEUNIT *cache)
{
    return tp->tp_version_tag == cached_version(cache) && (tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG);
}

/* A version tag for tp if generic attribute lookup applies, else 0. */
static unsigned int
cacheable_type_version(PyTypeObject *tp, PyObject *name)
{
    if (tp->tp_getattro != PyObject_GenericGetAttr || !PyUnicode_CheckExact(name) || tp->tp_dict == NULL)
        return 0;
    return _PyType_AssignVersionTag(tp);
}

static inline PyObject **
instance_dict_slot(PyObject *owner, PyTypeObject *tp)
{
    return tp->tp_dictoffset > 0 ? (PyObject **)((char *)owner + tp->tp_dictoffset) : NULL;
}

/* Borrowed attribute from the cache, or NULL. */
static inline PyObject *
load_attr_cached(const _Py_CODEUNIT *cache, PyObject *owner, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(owner);
    if (CACHE_KIND(cache) == 0 || !type_version_matches(tp, cache))
        return NULL;
    switch (CACHE_KIND(cache)) {
    case 1: {
        PyObject *dict = *instance_dict_slot(owner, tp);
        return dict == NULL ? NULL : dict_entry_for(dict, cache[3], name);
    }
    case 3: {
        KrInstanceValues *values = *_KrObject_ValuesPtr(owner);
        return values == NULL || cache[3] >= values->capacity ? NULL : values->values[cache[3]];
    }
    case 4: {
        PyObject *dict = *_KrObject_ManagedDictPtr(owner);
        return dict == NULL ? NULL : instance_dict_entry_for(dict, cache[3], name);
    }
    case 5: {
        PyObject *dict = ((PyModuleObject *)owner)->md_dict;
        return dict == NULL ? NULL : dict_entry_for(dict, cache[3], name);
    }
    default:
        return *(PyObject **)((char *)owner + cache[3]);
    }
}

static void
load_attr_fill(_Py_CODEUNIT *cache, PyObject *owner, PyObject *name)
{
    cache[0] = 0;
    PyTypeObject *tp = Py_TYPE(owner);
    unsigned int version;
    int kind;
    Py_ssize_t where;
    if (tp == &PyModule_Type && PyUnicode_CheckExact(name)) {
        /* a module's global (math.sqrt, os.path): found in its dict, by
         * the entry's index, when the module type has no attribute of
         * that name (module.__getattr__ only runs for missing names) */
        version = _PyType_AssignVersionTag(tp);
        PyObject *dict = ((PyModuleObject *)owner)->md_dict;
        if (version == 0 || _PyType_Lookup(tp, name) != NULL || dict == NULL ||
            !PyDict_CheckExact(dict) || ((PyDictObject *)dict)->ma_values != NULL)
            return;
        where = _PyDictKeys_StringLookup(((PyDictObject *)dict)->ma_keys, name);
        kind = 5;
        goto store;
    }
    version = cacheable_type_version(tp, name);
    if (version == 0)
        return;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (tp->tp_version_tag != version)
        return;
    if (descr == NULL && _KrType_HasManagedDict(tp)) {
        KrInstanceValues *values = *_KrObject_ValuesPtr(owner);
        PyObject *dict = *_KrObject_ManagedDictPtr(owner);
        if (values != NULL) {
            where = _PyDictKeys_StringLookup(((PyHeapTypeObject *)tp)->ht_cached_keys, name);
            kind = 3;
        }
        else if (dict != NULL && PyDict_Check(dict)) {
            where = _PyDictKeys_StringLookup(((PyDictObject *)dict)->ma_keys, name);
            kind = 4;
        }
        else {
            return;
        }
    }
    else if (descr == NULL) {
        PyObject **slot = instance_dict_slot(owner, tp);
        if (slot == NULL || *slot == NULL || !PyDict_Check(*slot))
            return;
        where = _PyDictKeys_StringLookup(((PyDictObject *)*slot)->ma_keys, name);
        kind = 1;
    }
    else if (Py_TYPE(descr) == &PyMemberDescr_Type) {
        PyMemberDef *m = ((PyMemberDescrObject *)descr)->d_member;
        if (m->type != T_OBJECT_EX)
            return;
        where = m->offset;
        kind = 2;
    }
    else {
        return;
    }
store:
    if (where < 0 || where > 0xFFFF)
        return;
    cache[1] = (_Py_CODEUNIT)(version & 0xFFFF);
    cache[2] = (_Py_CODEUNIT)(version >> 16);
    cache[3] = (_Py_CODEUNIT)where;
    cache[0] = (_Py_CODEUNIT)kind;
}

/* Borrowed method descriptor from the cache, or NULL. */
static inline PyObject *
load_method_cached(const _Py_CODEUNIT *cache, PyObject *owner, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(owner);
    if (CACHE_KIND(cache) == 0 || !type_version_matches(tp, cache))
        return NULL;
    if (CACHE_KIND(cache) != 1) {
        PyObject *dict;
        if (CACHE_KIND(cache) == 3) {
            if (*_KrObject_ValuesPtr(owner) != NULL) {
                PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
                if (keys->dk_version != ((uint32_t)cache[7] | ((uint32_t)cache[8] << 16)))
                    return NULL;
            }
            dict = *_KrObject_ManagedDictPtr(owner);
        }
        else {
            dict = *instance_dict_slot(owner, tp);
        }
        if (dict != NULL && _PyDictKeys_StringLookup(((PyDictObject *)dict)->ma_keys, name) != DKIX_EMPTY)
            return NULL;
    }
    uint64_t p = 0;
    for (int i = 0; i < 4; i++)
        p |= (uint64_t)cache[3 + i] << (16 * i);
    return (PyObject *)(uintptr_t)p;
}

static void
load_method_fill(_Py_CODEUNIT *cache, PyObject *owner, PyObject *name)
{
    cache[0] = 0;
    PyTypeObject *tp = Py_TYPE(owner);
    unsigned int version = cacheable_type_version(tp, name);
    int managed = _KrType_HasManagedDict(tp);
    if (version == 0 || (tp->tp_dictoffset < 0 && !managed))
        return;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (tp->tp_version_tag != version || descr == NULL ||
        !PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR))
        return;
    if (managed) {
        if (!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE))
            return;
        PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
        if (keys == NULL || _PyDictKeys_StringLookup(keys, name) != DKIX_EMPTY)
            return;
        uint32_t kv = _PyDictKeys_GetVersionForCurrentState(keys);
        if (kv == 0)
            return;
        cache[7] = (_Py_CODEUNIT)(kv & 0xFFFF);
        cache[8] = (_Py_CODEUNIT)(kv >> 16);
    }
    cache[1] = (_Py_CODEUNIT)(version & 0xFFFF);
    cache[2] = (_Py_CODEUNIT)(version >> 16);
    uint64_t p = (uint64_t)(uintptr_t)descr;
    for (int i = 0; i < 4; i++)
        cache[3 + i] = (_Py_CODEUNIT)(p >> (16 * i));
    cache[0] = managed ? 3 : tp->tp_dictoffset == 0 ? 1 : 2;
}

/* STORE_ATTR: 1 if the cache stored the value (a new reference taken). */
static inline int
store_attr_cached(const _Py_CODEUNIT *cache, PyObject *owner, PyObject *v)
{
    PyTypeObject *tp = Py_TYPE(owner);
    if (CACHE_KIND(cache) == 0 || !type_version_matches(tp, cache))
        return 0;
    PyObject *old;
    if (CACHE_KIND(cache) == 3) {
        KrInstanceValues *values = *_KrObject_ValuesPtr(owner);
        if (values == NULL || cache[3] >= values->capacity)
            return 0;
        old = _KrValues_Replace(values, cache[3], v);
    }
    else {
        PyObject **slot = (PyObject **)((char *)owner + cache[3]);
        old = *slot;
        *slot = Py_NewRef(v);
    }
    Py_XDECREF(old);
    return 1;
}

static void
store_attr_fill(_Py_CODEUNIT *cache, PyObject *owner, PyObject *name)
{
    cache[0] = 0;
    PyTypeObject *tp = Py_TYPE(owner);
    if (tp->tp_setattro != PyObject_GenericSetAttr || !PyUnicode_CheckExact(name) ||
        tp->tp_dict == NULL)
        return;
    unsigned int version = _PyType_AssignVersionTag(tp);
    if (version == 0)
        return;
    PyObject *descr = _PyType_Lookup(tp, name);
    if (tp->tp_version_tag != version)
        return;
    Py_ssize_t where;
    int kind;
    if (descr == NULL) {
        KrInstanceValues *values =
            _KrType_HasManagedDict(tp) ? *_KrObject_ValuesPtr(owner) : NULL;
        if (values == NULL)
            return;
        where = _PyDictKeys_StringLookup(((PyHeapTypeObject *)tp)->ht_cached_keys, name);
        if (where < 0 || where >= values->capacity)
            return;
        kind = 3;
    }
    else if (Py_TYPE(descr) == &PyMemberDescr_Type) {
        PyMemberDef *m = ((PyMemberDescrObject *)descr)->d_member;
        if (m->type != T_OBJECT_EX || (m->flags & READONLY) || m->offset > 0xFFFF)
            return;
        where = m->offset;
        kind = 2;
    }
    else {
        return;
    }
    cache[1] = (_Py_CODEUNIT)(version & 0xFFFF);
    cache[2] = (_Py_CODEUNIT)(version >> 16);
    cache[3] = (_Py_CODEUNIT)where;
    cache[0] = (_Py_CODEUNIT)kind;
}

/* BINARY_OP's argument indexes this table (NB_* in kr_opcode_utils.h). */
static const binaryfunc_t binary_ops[] = {
    [NB_ADD] = PyNumber_Add,
    [NB_AND] = PyNumber_And,
    [NB_FLOOR_DIVIDE] = PyNumber_FloorDivide,
    [NB_LSHIFT] = PyNumber_Lshift,
    [NB_MATRIX_MULTIPLY] = PyNumber_MatrixMultiply,
    [NB_MULTIPLY] = PyNumber_Multiply,
    [NB_REMAINDER] = PyNumber_Remainder,
    [NB_OR] = PyNumber_Or,
    [NB_POWER] = power2,
    [NB_RSHIFT] = PyNumber_Rshift,
    [NB_SUBTRACT] = PyNumber_Subtract,
    [NB_TRUE_DIVIDE] = PyNumber_TrueDivide,
    [NB_XOR] = PyNumber_Xor,
    [NB_INPLACE_ADD] = PyNumber_InPlaceAdd,
    [NB_INPLACE_AND] = PyNumber_InPlaceAnd,
    [NB_INPLACE_FLOOR_DIVIDE] = PyNumber_InPlaceFloorDivide,
    [NB_INPLACE_LSHIFT] = PyNumber_InPlaceLshift,
    [NB_INPLACE_MATRIX_MULTIPLY] = PyNumber_InPlaceMatrixMultiply,
    [NB_INPLACE_MULTIPLY] = PyNumber_InPlaceMultiply,
    [NB_INPLACE_REMAINDER] = PyNumber_InPlaceRemainder,
    [NB_INPLACE_OR] = PyNumber_InPlaceOr,
    [NB_INPLACE_POWER] = inplace_power2,
    [NB_INPLACE_RSHIFT] = PyNumber_InPlaceRshift,
    [NB_INPLACE_SUBTRACT] = PyNumber_InPlaceSubtract,
    [NB_INPLACE_TRUE_DIVIDE] = PyNumber_InPlaceTrueDivide,
    [NB_INPLACE_XOR] = PyNumber_InPlaceXor,
};

/* UNPACK_SEQUENCE / UNPACK_EX: store the items of `v` into sp[-1] (first
 * item) downwards; argcnt before a starred target, argcntafter after it
 * (-1: no starred target).  Returns 0, or -1 with an exception. */
static int
unpack_iterable(PyObject *v, int argcnt, int argcntafter, PyObject **sp)
{
    int i = 0, j = 0;
    Py_ssize_t ll = 0;
    PyObject *it = NULL, *w, *l = NULL;
    PyObject **top = sp + argcnt + (argcntafter >= 0 ? 1 + argcntafter : 0);

    it = PyObject_GetIter(v);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) &&
            Py_TYPE(v)->tp_iter == NULL && !PySequence_Check(v)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object",
                         Py_TYPE(v)->tp_name);
        }
        return -1;
    }
    for (; i < argcnt; i++) {
        w = PyIter_Next(it);
        if (w == NULL) {
            if (!PyErr_Occurred()) {
                if (argcntafter == -1)
                    PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %d, got %d)",
                                 argcnt, i);
                else
                    PyErr_Format(PyExc_ValueError,
                                 "not enough values to unpack (expected at least %d, got %d)",
                                 argcnt + argcntafter, i);
            }
            goto error;
        }
        *--top = w;
    }
    if (argcntafter == -1) {
        w = PyIter_Next(it);
        if (w == NULL) {
            if (PyErr_Occurred())
                goto error;
            Py_DECREF(it);
            return 0;
        }
        Py_DECREF(w);
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto error;
    }
    l = PySequence_List(it);
    if (l == NULL)
        goto error;
    *--top = l;
    i++;
    ll = PyList_GET_SIZE(l);
    if (ll < argcntafter) {
        PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                     argcnt + argcntafter, argcnt + ll);
        goto error;
    }
    for (j = argcntafter; j > 0; j--, i++)
        *--top = PyList_GET_ITEM(l, ll - j);
    /* the list keeps only the starred part */
    Py_SET_SIZE(l, ll - argcntafter);
    Py_DECREF(it);
    return 0;
error:
    for (; i > 0; i--, top++)
        Py_DECREF(*top);
    Py_XDECREF(it);
    return -1;
}

static int
do_raise(PyThreadState *tstate, PyObject *exc, PyObject *cause)
{
    PyObject *type = NULL, *value = NULL;
    if (exc == NULL) {
        /* bare raise: re-raise the exception being handled */
        _PyErr_StackItem *ei = tstate->exc_info;
        while (ei != NULL && (ei->exc_value == NULL || ei->exc_value == Py_None))
            ei = ei->previous_item;
        if (ei == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        PyErr_SetRaisedException(Py_NewRef(ei->exc_value));
        return 1;
    }
    if (PyExceptionClass_Check(exc)) {
        type = exc;
        value = PyObject_CallNoArgs(exc);
        if (value == NULL)
            goto raise_error;
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %R",
                         type, Py_TYPE(value));
            goto raise_error;
        }
    }
    else if (PyExceptionInstance_Check(exc)) {
        value = exc;
        exc = NULL;
    }
    else {
        PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
        goto raise_error;
    }
    if (cause != NULL) {
        PyObject *fixed_cause;
        if (PyExceptionClass_Check(cause)) {
            fixed_cause = PyObject_CallNoArgs(cause);
            if (fixed_cause == NULL)
                goto raise_error;
            if (!PyExceptionInstance_Check(fixed_cause)) {
                PyErr_Format(PyExc_TypeError,
                             "calling %R should have returned an instance of BaseException, not %R",
                             cause, Py_TYPE(fixed_cause));
                Py_DECREF(fixed_cause);
                goto raise_error;
            }
            Py_DECREF(cause);
        }
        else if (PyExceptionInstance_Check(cause)) {
            fixed_cause = cause;
        }
        else if (cause == Py_None) {
            Py_DECREF(cause);
            fixed_cause = NULL;
        }
        else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            goto raise_error;
        }
        PyException_SetCause(value, fixed_cause);
        ((PyBaseExceptionObject *)value)->suppress_context = 1;
        cause = NULL;
    }
    PyErr_SetObject((PyObject *)Py_TYPE(value), value);
    Py_DECREF(value);
    Py_XDECREF(exc);
    return 0;
raise_error:
    Py_XDECREF(value);
    Py_XDECREF(exc);
    Py_XDECREF(cause);
    return 0;
}

/* except* support: split `exc_value` by `match_type`. */
static int
exception_group_match(PyObject *exc_value, PyObject *match_type, PyObject **match, PyObject **rest)
{
    if (exc_value == Py_None) {
        *match = Py_NewRef(Py_None);
        *rest = Py_NewRef(Py_None);
        return 0;
    }
    if (PyErr_GivenExceptionMatches(exc_value, match_type)) {
        if (PyBaseExceptionGroup_Check(exc_value)) {
            *match = Py_NewRef(exc_value);
        }
        else {
            /* a naked exception caught by except*: wrap it in a group */
            PyObject *excs = PyTuple_Pack(1, exc_value);
            if (excs == NULL)
                return -1;
            PyObject *wrapped = _PyExc_CreateExceptionGroup("", excs);
            Py_DECREF(excs);
            if (wrapped == NULL)
                return -1;
            /* 3.11 gives the wrapper no traceback of its own */
            *match = wrapped;
        }
        *rest = Py_NewRef(Py_None);
        return 0;
    }
    if (PyBaseExceptionGroup_Check(exc_value)) {
        PyObject *pair = PyObject_CallMethod(exc_value, "split", "(O)", match_type);
        if (pair == NULL)
            return -1;
        if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_Format(PyExc_TypeError, "%.200s.split must return a 2-tuple, got %.200s",
                         Py_TYPE(exc_value)->tp_name, Py_TYPE(pair)->tp_name);
            Py_DECREF(pair);
            return -1;
        }
        *match = Py_NewRef(PyTuple_GET_ITEM(pair, 0));
        *rest = Py_NewRef(PyTuple_GET_ITEM(pair, 1));
        Py_DECREF(pair);
        return 0;
    }
    *match = Py_NewRef(Py_None);
    *rest = Py_NewRef(exc_value);
    return 0;
}

static const char CANNOT_CATCH_MSG[] =
    "catching classes that do not inherit from BaseException is not allowed";

static int
check_except_type_valid(PyObject *right)
{
    if (PyTuple_Check(right)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(right); i++) {
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(right, i))) {
                PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
                return -1;
            }
        }
    }
    else if (!PyExceptionClass_Check(right)) {
        PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    return 0;
}

static int
check_except_star_type_valid(PyObject *right)
{
    if (check_except_type_valid(right) < 0)
        return -1;
    int is_eg = 0;
    if (PyTuple_Check(right)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(right); i++) {
            int r = PyObject_IsSubclass(PyTuple_GET_ITEM(right, i), PyExc_BaseExceptionGroup);
            if (r < 0)
                return -1;
            is_eg |= r;
        }
    }
    else {
        is_eg = PyObject_IsSubclass(right, PyExc_BaseExceptionGroup);
        if (is_eg < 0)
            return -1;
    }
    if (is_eg) {
        PyErr_SetString(PyExc_TypeError,
                        "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

/* Collect the ids of the leaf exceptions of an exception (group). */
static int
collect_leaf_ids(PyObject *exc, PyObject *ids)
{
    if (exc == NULL || exc == Py_None)
        return 0;
    if (PyBaseExceptionGroup_Check(exc)) {
        PyObject *excs = ((PyBaseExceptionGroupObject *)exc)->excs;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs); i++)
            if (collect_leaf_ids(PyTuple_GET_ITEM(excs, i), ids) < 0)
                return -1;
        return 0;
    }
    PyObject *id = PyLong_FromVoidPtr(exc);
    if (id == NULL)
        return -1;
    int r = PySet_Add(ids, id);
    Py_DECREF(id);
    return r;
}

/* The part of `orig` whose leaves are in `keep` (a set of ids), keeping
 * the nesting and metadata via derive(); NULL result means "nothing". */
static int
project_group(PyObject *exc, PyObject *keep, PyObject **result)
{
    *result = NULL;
    if (!PyBaseExceptionGroup_Check(exc)) {
        PyObject *id = PyLong_FromVoidPtr(exc);
        if (id == NULL)
            return -1;
        int r = PySet_Contains(keep, id);
        Py_DECREF(id);
        if (r < 0)
            return -1;
        if (r)
            *result = Py_NewRef(exc);
        return 0;
    }
    PyObject *excs = ((PyBaseExceptionGroupObject *)exc)->excs;
    PyObject *kept = PyList_New(0);
    if (kept == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs); i++) {
        PyObject *sub;
        if (project_group(PyTuple_GET_ITEM(excs, i), keep, &sub) < 0) {
            Py_DECREF(kept);
            return -1;
        }
        if (sub != NULL) {
            int r = PyList_Append(kept, sub);
            Py_DECREF(sub);
            if (r < 0) {
                Py_DECREF(kept);
                return -1;
            }
        }
    }
    if (PyList_GET_SIZE(kept) == 0) {
        Py_DECREF(kept);
        return 0;
    }
    if (PyList_GET_SIZE(kept) == PyTuple_GET_SIZE(excs)) {
        Py_DECREF(kept);
        *result = Py_NewRef(exc);
        return 0;
    }
    PyObject *eg = PyObject_CallMethod(exc, "derive", "O", kept);
    Py_DECREF(kept);
    if (eg == NULL)
        return -1;
    /* derive() does not copy metadata; split() does */
    PyBaseExceptionObject *src = (PyBaseExceptionObject *)exc, *dst = (PyBaseExceptionObject *)eg;
    if (PyExceptionInstance_Check(eg)) {
        Py_XSETREF(dst->traceback, Py_XNewRef(src->traceback));
        Py_XSETREF(dst->context, Py_XNewRef(src->context));
        Py_XSETREF(dst->cause, Py_XNewRef(src->cause));
        Py_XSETREF(dst->notes, Py_XNewRef(src->notes));
    }
    *result = eg;
    return 0;
}

/* PREP_RERAISE_STAR: combine what the except* clauses raised (`excs`, a
 * list; None for clauses that raised nothing) with the unhandled rest of
 * `orig`: re-raised leaves keep their place in orig's tree, new exceptions
 * join them in a new ExceptionGroup. */
static PyObject *
prep_reraise_star(PyObject *orig, PyObject *excs)
{
    Py_ssize_t n = PyList_GET_SIZE(excs);
    PyObject *raised = NULL, *reraised_ids = NULL, *orig_ids = NULL, *result = NULL;
    PyObject *reraised_eg = NULL;
    if (n == 0 || orig == Py_None)
        return Py_NewRef(Py_None);
    if (!PyBaseExceptionGroup_Check(orig)) {
        /* a naked exception was wrapped: only one clause could run */
        return Py_NewRef(PyList_GET_ITEM(excs, 0));
    }
    raised = PyList_New(0);
    reraised_ids = PySet_New(NULL);
    orig_ids = PySet_New(NULL);
    if (raised == NULL || reraised_ids == NULL || orig_ids == NULL)
        goto done;
    if (collect_leaf_ids(orig, orig_ids) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *e = PyList_GET_ITEM(excs, i);
        if (e == Py_None)
            continue;
        PyObject *ids = PySet_New(NULL);
        if (ids == NULL || collect_leaf_ids(e, ids) < 0) {
            Py_XDECREF(ids);
            goto done;
        }
        /* a re-raise if all its leaves come from orig */
        PyObject *it = PyObject_GetIter(ids), *id;
        int is_reraise = PySet_GET_SIZE(ids) > 0;
        while (it != NULL && (id = PyIter_Next(it)) != NULL) {
            int r = PySet_Contains(orig_ids, id);
            if (r <= 0)
                is_reraise = 0;
            Py_DECREF(id);
        }
        Py_XDECREF(it);
        if (is_reraise) {
            PyObject *upd = PyObject_CallMethod(reraised_ids, "update", "O", ids);
            Py_XDECREF(upd);
        }
        else {
            PyList_Append(raised, e);
        }
        Py_DECREF(ids);
        if (PyErr_Occurred())
            goto done;
    }
    if (project_group(orig, reraised_ids, &reraised_eg) < 0)
        goto done;
    if (PyList_GET_SIZE(raised) == 0) {
        result = reraised_eg != NULL ? Py_NewRef(reraised_eg) : Py_NewRef(Py_None);
        goto done;
    }
    if (reraised_eg != NULL && PyList_Append(raised, reraised_eg) < 0)
        goto done;
    /* the group's args keep the list, as CPython's repr shows */
    result = _PyExc_CreateExceptionGroup("", raised);
done:
    Py_XDECREF(raised);
    Py_XDECREF(reraised_ids);
    Py_XDECREF(orig_ids);
    Py_XDECREF(reraised_eg);
    return result;
}

/* MATCH_KEYS: a tuple of subject[key] for every key, or None if one is
 * missing. */
static PyObject *
match_keys(PyObject *map, PyObject *keys)
{
    Py_ssize_t nkeys = PyTuple_GET_SIZE(keys);
    PyObject *seen = NULL, *values = NULL, *get = NULL, *dummy = NULL, *result = NULL;
    if (nkeys == 0)
        return PyTuple_New(0);
    get = PyObject_GetAttrString(map, "get");
    if (get == NULL)
        return NULL;
    seen = PySet_New(NULL);
    values = PyList_New(0);
    dummy = PyList_New(0); /* a sentinel no mapping can hold */
    if (seen == NULL || values == NULL || dummy == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < nkeys; i++) {
        PyObject *key = PyTuple_GET_ITEM(keys, i);
        int r = PySet_Contains(seen, key);
        if (r < 0)
            goto done;
        if (r || PySet_Add(seen, key) < 0) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        PyObject *args[2] = {key, dummy};
        PyObject *value = PyObject_Vectorcall(get, args, 2, NULL);
        if (value == NULL)
            goto done;
        if (value == dummy) {
            Py_DECREF(value);
            result = Py_NewRef(Py_None);
            goto done;
        }
        r = PyList_Append(values, value);
        Py_DECREF(value);
        if (r < 0)
            goto done;
    }
    result = PyList_AsTuple(values);
done:
    Py_XDECREF(get);
    Py_XDECREF(seen);
    Py_XDECREF(values);
    Py_XDECREF(dummy);
    return result;
}

static PyObject *
match_class_attr(PyObject *subject, PyObject *type, PyObject *name, PyObject *seen)
{
    int r = PySet_Contains(seen, name);
    if (r < 0)
        return NULL;
    if (r || PySet_Add(seen, name) < 0) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                         ((PyTypeObject *)type)->tp_name, name);
        return NULL;
    }
    PyObject *attr;
    (void)_PyObject_LookupAttr(subject, name, &attr);
    return attr;
}

/* MATCH_CLASS: a tuple of the matched attributes, or NULL (with an
 * exception on error, without one when the match fails). */
static PyObject *
match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs, PyObject *kwargs)
{
    PyObject *seen = NULL, *attrs = NULL, *match_args = NULL, *result = NULL;
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int r = PyObject_IsInstance(subject, type);
    if (r <= 0)
        return NULL;
    seen = PySet_New(NULL);
    attrs = PyList_New(0);
    if (seen == NULL || attrs == NULL)
        goto done;
    int match_self = 0;
    if (nargs) {
        if (_PyObject_LookupAttr(type, _Py_ID(__match_args__), &match_args) < 0)
            goto done;
        if (match_args != NULL) {
            if (!PyTuple_CheckExact(match_args)) {
                PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                             ((PyTypeObject *)type)->tp_name, Py_TYPE(match_args)->tp_name);
                goto done;
            }
        }
        else {
            match_self = PyType_HasFeature((PyTypeObject *)type, _Py_TPFLAGS_MATCH_SELF);
            match_args = PyTuple_New(0);
            if (match_args == NULL)
                goto done;
        }
        Py_ssize_t allowed = match_self ? 1 : PyTuple_GET_SIZE(match_args);
        if (allowed < nargs) {
            PyErr_Format(PyExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                         ((PyTypeObject *)type)->tp_name, allowed, allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (match_self) {
            if (PyList_Append(attrs, subject) < 0)
                goto done;
        }
        else {
            for (Py_ssize_t i = 0; i < nargs; i++) {
                PyObject *name = PyTuple_GET_ITEM(match_args, i);
                if (!PyUnicode_CheckExact(name)) {
                    PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                                 Py_TYPE(name)->tp_name);
                    goto done;
                }
                PyObject *attr = match_class_attr(subject, type, name, seen);
                if (attr == NULL)
                    goto done;
                r = PyList_Append(attrs, attr);
                Py_DECREF(attr);
                if (r < 0)
                    goto done;
            }
        }
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwargs); i++) {
        PyObject *attr = match_class_attr(subject, type, PyTuple_GET_ITEM(kwargs, i), seen);
        if (attr == NULL)
            goto done;
        r = PyList_Append(attrs, attr);
        Py_DECREF(attr);
        if (r < 0)
            goto done;
    }
    result = PyList_AsTuple(attrs);
done:
    Py_XDECREF(seen);
    Py_XDECREF(attrs);
    Py_XDECREF(match_args);
    return result;
}

static PyObject *
import_name(PyThreadState *tstate, _PyInterpreterFrame *frame, PyObject *name,
            PyObject *fromlist, PyObject *level)
{
    PyObject *import_func = PyDict_GetItemWithError(frame->f_builtins, _Py_ID(__import__));
    if (import_func == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ImportError, "__import__ not found");
        return NULL;
    }
    PyObject *locals = frame->f_locals;
    if (import_func == tstate->interp->import_func) {
        int ilevel = (int)PyLong_AsLong(level);
        if (ilevel == -1 && PyErr_Occurred())
            return NULL;
        return PyImport_ImportModuleLevelObject(name, frame->f_globals,
                                                locals == NULL ? Py_None : locals, fromlist, ilevel);
    }
    PyObject *args[5] = {name, frame->f_globals, locals == NULL ? Py_None : locals, fromlist, level};
    Py_INCREF(import_func);
    PyObject *res = PyObject_Vectorcall(import_func, args, 5, NULL);
    Py_DECREF(import_func);
    return res;
}

/* `from v import name`: the import system owns the lookup and its
 * CPython-exact ImportError (including the circular-import wording). */
static PyObject *
import_from(PyObject *v, PyObject *name)
{
    return _KrImport_ImportFrom(v, name);
}

static int
import_all_from(PyObject *locals, PyObject *v)
{
    PyObject *all, *dict, *name, *value;
    int skip_leading_underscores = 0, err = 0;
    if (_PyObject_LookupAttr(v, _Py_ID(__all__), &all) < 0)
        return -1;
    if (all == NULL) {
        if (_PyObject_LookupAttr(v, _Py_ID(__dict__), &dict) < 0)
            return -1;
        if (dict == NULL) {
            PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PyMapping_Keys(dict);
        Py_DECREF(dict);
        if (all == NULL)
            return -1;
        skip_leading_underscores = 1;
    }
    for (Py_ssize_t pos = 0;; pos++) {
        name = PySequence_GetItem(all, pos);
        if (name == NULL) {
            if (PyErr_ExceptionMatches(PyExc_IndexError))
                PyErr_Clear();
            else
                err = -1;
            break;
        }
        if (!PyUnicode_Check(name)) {
            PyObject *modname = PyObject_GetAttr(v, _Py_ID(__name__));
            if (modname == NULL) {
                Py_DECREF(name);
                err = -1;
                break;
            }
            PyErr_Format(PyExc_TypeError, "Item in %U.%s must be str, not %.100s", modname,
                         skip_leading_underscores ? "__dict__" : "__all__", Py_TYPE(name)->tp_name);
            Py_DECREF(modname);
            Py_DECREF(name);
            err = -1;
            break;
        }
        if (skip_leading_underscores && PyUnicode_GET_LENGTH(name) > 0 &&
            PyUnicode_READ_CHAR(name, 0) == '_') {
            Py_DECREF(name);
            continue;
        }
        value = PyObject_GetAttr(v, name);
        if (value == NULL)
            err = -1;
        else if (PyDict_CheckExact(locals))
            err = PyDict_SetItem(locals, name, value);
        else
            err = PyObject_SetItem(locals, name, value);
        Py_DECREF(name);
        Py_XDECREF(value);
        if (err < 0)
            break;
    }
    Py_DECREF(all);
    return err;
}

/* Merge a ** mapping into the call's keyword dict, refusing duplicates
 * with CPython's messages (DICT_MERGE, CALL_FUNCTION_EX). */
static int
merge_kwargs(PyObject *func, PyObject *dict, PyObject *update)
{
    PyObject *key;
    /* a dict subclass that overrides __iter__ is read through keys() and
       __getitem__, as CPython's dict_merge does */
    if (PyDict_Check(update) && Py_TYPE(update)->tp_iter == PyDict_Type.tp_iter) {
        Py_ssize_t pos = 0;
        PyObject *value;
        while (PyDict_Next(update, &pos, &key, &value)) {
            int r = PyDict_Contains(dict, key);
            if (r < 0)
                return -1;
            if (r) {
                PyObject *fs = function_str(func);
                if (fs != NULL) {
                    PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'",
                                 fs, key);
                    Py_DECREF(fs);
                }
                return -1;
            }
            if (PyDict_SetItem(dict, key, value) < 0)
                return -1;
        }
        return 0;
    }
    /* As CPython: all keys first (keys() as a list), then each value; an
       AttributeError from any of it reads as "not a mapping". */
    PyObject *klist = PyMapping_Keys(update);
    int result = klist == NULL ? -1 : 0;
    for (Py_ssize_t i = 0; klist != NULL && i < PyList_GET_SIZE(klist); i++) {
        key = PyList_GET_ITEM(klist, i);
        Py_INCREF(key);
        int r = PyDict_Contains(dict, key);
        if (r == 1) {
            PyObject *fs = function_str(func);
            if (fs != NULL) {
                PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'", fs,
                             key);
                Py_DECREF(fs);
            }
        }
        else if (r == 0) {
            PyObject *value = PyObject_GetItem(update, key);
            if (value != NULL) {
                r = PyDict_SetItem(dict, key, value);
                Py_DECREF(value);
            }
            else {
                r = -1;
            }
        }
        Py_DECREF(key);
        if (r != 0) {
            result = -1;
            break;
        }
    }
    Py_XDECREF(klist);
    if (result < 0 && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyObject *fs = function_str(func);
        if (fs != NULL) {
            PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s", fs,
                         Py_TYPE(update)->tp_name);
            Py_DECREF(fs);
        }
    }
    return result;
}

static PyObject *
format_awaitable_error_and_null(PyTypeObject *type, int oparg)
{
    if (type->tp_as_async == NULL || type->tp_as_async->am_await == NULL) {
        if (oparg == AWAITABLE_AFTER_AENTER) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError,
                         "'async with' received an object from __aenter__ that does not implement __await__: %.100s",
                         type->tp_name);
        }
        else if (oparg == AWAITABLE_AFTER_AEXIT) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError,
                         "'async with' received an object from __aexit__ that does not implement __await__: %.100s",
                         type->tp_name);
        }
    }
    return NULL;
}

/* SEND: one step of the sub-iterator `receiver` (yield from / await). */
static PySendResult
send_to(PyObject *receiver, PyObject *v, PyObject **presult)
{
    PyTypeObject *tp = Py_TYPE(receiver);
    if (tp->tp_as_async != NULL && tp->tp_as_async->am_send != NULL)
        return tp->tp_as_async->am_send(receiver, v, presult);
    if (v == Py_None && tp->tp_iternext != NULL)
        *presult = tp->tp_iternext(receiver);
    else
        *presult = PyObject_CallMethodOneArg(receiver, _Py_ID(send), v);
    if (*presult != NULL)
        return PYGEN_NEXT;
    if (_PyGen_FetchStopIterationValue(presult) == 0)
        return PYGEN_RETURN;
    return PYGEN_ERROR;
}

/* SEND under a trace function, as CPython runs it then: always through
 * next() or send(), so a sub-iterator that finishes raises StopIteration,
 * which the trace function sees as an 'exception' event in this frame. */
static PySendResult
send_to_traced(PyThreadState *tstate, _PyInterpreterFrame *frame, PyObject *receiver,
               PyObject *v, PyObject **presult)
{
    if (v == Py_None && PyIter_Check(receiver))
        *presult = Py_TYPE(receiver)->tp_iternext(receiver);
    else
        *presult = PyObject_CallMethodOneArg(receiver, _Py_ID(send), v);
    if (*presult != NULL)
        return PYGEN_NEXT;
    if (PyErr_ExceptionMatches(PyExc_StopIteration))
        call_exc_trace(tstate, frame);
    if (_PyGen_FetchStopIterationValue(presult) == 0)
        return PYGEN_RETURN;
    return PYGEN_ERROR;
}

/* ======================================================================
 * Exception table (3.11 encoding; the reader is in kr_frame.h)
 * ====================================================================== */

static int
get_exception_handler(PyCodeObject *code, int index, int *level, int *handler, int *lasti)
{
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(code->co_exceptiontable);
    const unsigned char *end = p + PyBytes_GET_SIZE(code->co_exceptiontable);
    while (p < end) {
        _KrExceptionEntry e;
        p = _KrExceptionTable_Next(p, &e);
        if (index < e.start)
            return 0;
        if (index < e.start + e.size) {
            *handler = e.handler;
            *level = e.depth;
            *lasti = e.lasti;
            return 1;
        }
    }
    return 0;
}

/* ======================================================================
 * Frames: creation with argument binding
 * ====================================================================== */

static void
format_missing(PyObject *qualname, const char *kind, PyObject *names)
{
    Py_ssize_t len = PyList_GET_SIZE(names);
    PyObject *name_str = NULL, *tail = NULL, *comma = NULL;
    if (len == 1) {
        name_str = Py_NewRef(PyList_GET_ITEM(names, 0));
    }
    else if (len == 2) {
        name_str = PyUnicode_FromFormat("%U and %U", PyList_GET_ITEM(names, 0), PyList_GET_ITEM(names, 1));
    }
    else {
        tail = PyUnicode_FromFormat(", %U, and %U", PyList_GET_ITEM(names, len - 2),
                                    PyList_GET_ITEM(names, len - 1));
        if (tail == NULL)
            return;
        if (PyList_SetSlice(names, len - 2, len, NULL) < 0) {
            Py_DECREF(tail);
            return;
        }
        comma = PyUnicode_FromString(", ");
        PyObject *tmp = comma != NULL ? PyUnicode_Join(comma, names) : NULL;
        Py_XDECREF(comma);
        if (tmp == NULL) {
            Py_DECREF(tail);
            return;
        }
        name_str = PyUnicode_Concat(tmp, tail);
        Py_DECREF(tmp);
        Py_DECREF(tail);
    }
    if (name_str == NULL)
        return;
    PyErr_Format(PyExc_TypeError, "%U() missing %zd required %s argument%s: %U", qualname, len, kind,
                 len == 1 ? "" : "s", name_str);
    Py_DECREF(name_str);
}

static void
missing_arguments(PyCodeObject *co, Py_ssize_t missing, Py_ssize_t defcount, PyObject **localsplus,
                  PyObject *qualname, int positional)
{
    Py_ssize_t start, end;
    if (positional) {
        start = 0;
        end = co->co_argcount - defcount;
    }
    else {
        start = co->co_argcount;
        end = start + co->co_kwonlyargcount;
    }
    PyObject *names = PyList_New(0);
    if (names == NULL)
        return;
    for (Py_ssize_t i = start; i < end; i++) {
        if (localsplus[i] == NULL) {
            PyObject *raw = PyTuple_GET_ITEM(co->co_localsplusnames, i);
            PyObject *name = PyObject_Repr(raw);
            if (name == NULL || PyList_Append(names, name) < 0) {
                Py_XDECREF(name);
                Py_DECREF(names);
                return;
            }
            Py_DECREF(name);
        }
    }
    (void)missing;
    format_missing(qualname, positional ? "positional" : "keyword-only", names);
    Py_DECREF(names);
}

static void
too_many_positional(PyCodeObject *co, Py_ssize_t given, PyObject *defaults, PyObject **localsplus,
                    PyObject *qualname)
{
    int plural;
    Py_ssize_t kwonly_given = 0;
    Py_ssize_t defcount = defaults == NULL ? 0 : PyTuple_GET_SIZE(defaults);
    PyObject *sig, *kwonly_sig;
    for (int i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++)
        if (localsplus[i] != NULL)
            kwonly_given++;
    if (defcount) {
        Py_ssize_t atleast = co->co_argcount - defcount;
        plural = 1;
        sig = PyUnicode_FromFormat("from %zd to %d", atleast, co->co_argcount);
    }
    else {
        plural = co->co_argcount != 1;
        sig = PyUnicode_FromFormat("%d", co->co_argcount);
    }
    if (sig == NULL)
        return;
    if (kwonly_given)
        kwonly_sig = PyUnicode_FromFormat(" positional argument%s (and %zd keyword-only argument%s)",
                                          given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwonly_sig = PyUnicode_FromString("");
    if (kwonly_sig == NULL) {
        Py_DECREF(sig);
        return;
    }
    PyErr_Format(PyExc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given", qualname, sig,
                 plural ? "s" : "", given, kwonly_sig, given == 1 && !kwonly_given ? "was" : "were");
    Py_DECREF(sig);
    Py_DECREF(kwonly_sig);
}

static int
positional_only_passed_as_keyword(PyCodeObject *co, Py_ssize_t kwcount, PyObject *kwnames,
                                  PyObject *qualname)
{
    int posonly_conflicts = 0;
    PyObject *posonly_names = PyList_New(0);
    if (posonly_names == NULL)
        return 1;
    for (int k = 0; k < co->co_posonlyargcount; k++) {
        PyObject *posonly_name = PyTuple_GET_ITEM(co->co_localsplusnames, k);
        for (Py_ssize_t k2 = 0; k2 < kwcount; k2++) {
            PyObject *kwname = PyTuple_GET_ITEM(kwnames, k2);
            if (kwname == posonly_name || PyObject_RichCompareBool(kwname, posonly_name, Py_EQ) == 1) {
                if (PyList_Append(posonly_names, kwname) != 0)
                    goto fail;
                posonly_conflicts++;
                break;
            }
        }
    }
    if (posonly_conflicts) {
        PyObject *comma = PyUnicode_FromString(", ");
        if (comma == NULL)
            goto fail;
        PyObject *error_names = PyUnicode_Join(comma, posonly_names);
        Py_DECREF(comma);
        if (error_names == NULL)
            goto fail;
        PyErr_Format(PyExc_TypeError,
                     "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                     qualname, error_names);
        Py_DECREF(error_names);
        goto fail;
    }
    Py_DECREF(posonly_names);
    return 0;
fail:
    Py_XDECREF(posonly_names);
    return 1;
}

/* Bind the arguments of a call to the frame's fast locals.  Takes
 * ownership of all `argcount + len(kwnames)` values in args, whether it
 * succeeds or not. */
static int
initialize_locals(PyFunctionObject *func, PyObject **localsplus, PyObject *const *args,
                  Py_ssize_t argcount, PyObject *kwnames)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    const Py_ssize_t total_args = co->co_argcount + co->co_kwonlyargcount;
    PyObject *kwdict = NULL;
    Py_ssize_t i, j, n;
    Py_ssize_t kwcount = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);

    if (co->co_flags & CO_VARKEYWORDS) {
        kwdict = PyDict_New();
        if (kwdict == NULL)
            goto fail_pre_positional;
        i = total_args;
        if (co->co_flags & CO_VARARGS)
            i++;
        localsplus[i] = kwdict;
    }
    n = argcount > co->co_argcount ? co->co_argcount : argcount;
    for (j = 0; j < n; j++)
        localsplus[j] = args[j];
    if (co->co_flags & CO_VARARGS) {
        PyObject *u;
        if (argcount > n)
            u = _PyTuple_FromArraySteal(args + n, argcount - n);
        else
            u = PyTuple_New(0);
        if (u == NULL)
            goto fail_post_positional;
        localsplus[total_args] = u;
    }
    else if (argcount > n) {
        /* too many positional arguments: reported below */
        for (j = n; j < argcount; j++)
            Py_DECREF(args[j]);
    }

    for (i = 0; i < kwcount; i++) {
        PyObject *keyword = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = args[i + argcount];
        if (keyword == NULL || !PyUnicode_Check(keyword)) {
            PyErr_Format(PyExc_TypeError, "%U() keywords must be strings", func->func_qualname);
            goto kw_fail;
        }
        /* identity first: names in code and keywords are both interned */
        for (j = co->co_posonlyargcount; j < total_args; j++) {
            if (PyTuple_GET_ITEM(co->co_localsplusnames, j) == keyword)
                goto kw_found;
        }
        for (j = co->co_posonlyargcount; j < total_args; j++) {
            int cmp = PyObject_RichCompareBool(keyword, PyTuple_GET_ITEM(co->co_localsplusnames, j), Py_EQ);
            if (cmp > 0)
                goto kw_found;
            if (cmp < 0)
                goto kw_fail;
        }
        if (kwdict == NULL) {
            if (co->co_posonlyargcount &&
                positional_only_passed_as_keyword(co, kwcount, kwnames, func->func_qualname))
                goto kw_fail;
            PyErr_Format(PyExc_TypeError, "%U() got an unexpected keyword argument '%S'",
                         func->func_qualname, keyword);
            goto kw_fail;
        }
        if (PyDict_SetItem(kwdict, keyword, value) == -1)
            goto kw_fail;
        Py_DECREF(value);
        continue;
    kw_fail:
        for (; i < kwcount; i++)
            Py_DECREF(args[i + argcount]);
        return -1;
    kw_found:
        if (localsplus[j] != NULL) {
            PyErr_Format(PyExc_TypeError, "%U() got multiple values for argument '%S'",
                         func->func_qualname, keyword);
            goto kw_fail;
        }
        localsplus[j] = value;
    }

    if (argcount > co->co_argcount && !(co->co_flags & CO_VARARGS)) {
        too_many_positional(co, argcount, func->func_defaults, localsplus, func->func_qualname);
        return -1;
    }
    if (argcount < co->co_argcount) {
        Py_ssize_t defcount = func->func_defaults == NULL ? 0 : PyTuple_GET_SIZE(func->func_defaults);
        Py_ssize_t m = co->co_argcount - defcount;
        Py_ssize_t missing = 0;
        for (i = argcount; i < m; i++)
            if (localsplus[i] == NULL)
                missing++;
        if (missing) {
            missing_arguments(co, missing, defcount, localsplus, func->func_qualname, 1);
            return -1;
        }
        i = n > m ? n - m : 0;
        for (; i < defcount; i++) {
            if (localsplus[m + i] == NULL)
                localsplus[m + i] = Py_NewRef(PyTuple_GET_ITEM(func->func_defaults, i));
        }
    }
    if (co->co_kwonlyargcount > 0) {
        Py_ssize_t missing = 0;
        for (i = co->co_argcount; i < total_args; i++) {
            if (localsplus[i] != NULL)
                continue;
            PyObject *varname = PyTuple_GET_ITEM(co->co_localsplusnames, i);
            if (func->func_kwdefaults != NULL) {
                PyObject *def = PyDict_GetItemWithError(func->func_kwdefaults, varname);
                if (def) {
                    localsplus[i] = Py_NewRef(def);
                    continue;
                }
                if (PyErr_Occurred())
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(co, missing, -1, localsplus, func->func_qualname, 0);
            return -1;
        }
    }
    return 0;

fail_pre_positional:
    for (j = 0; j < argcount; j++)
        Py_DECREF(args[j]);
fail_post_positional:
    for (j = argcount; j < argcount + kwcount; j++)
        Py_DECREF(args[j]);
    return -1;
}

/* The frame header for func; the fast locals are the caller's to fill. */
static inline Py_ALWAYS_INLINE void
frame_init_header(_PyInterpreterFrame *frame, PyFunctionObject *func, PyObject *locals,
                  PyCodeObject *code)
{
    frame->f_func = (PyFunctionObject *)Py_NewRef(func);
    frame->f_code = (PyCodeObject *)Py_NewRef(code);
    frame->f_globals = func->func_globals;
    frame->f_builtins = func->func_builtins;
    if (frame->f_builtins == NULL)
        frame->f_builtins = _PyInterpreterState_GET()->builtins;
    frame->f_locals = locals;
    frame->frame_obj = NULL;
    frame->previous = NULL;
    frame->prev_instr = _PyCode_CODE(code) - 1;
    frame->stacktop = code->co_nlocalsplus;
    frame->is_entry = 0;
    frame->owner = FRAME_OWNED_BY_THREAD;
}

/* Does a call with `nargs` positional arguments and no keywords bind
 * them one to one onto the parameters (nothing to check, no defaults)? */
static inline Py_ALWAYS_INLINE int
exact_args_call(PyCodeObject *code, Py_ssize_t nargs)
{
    return nargs == code->co_argcount && code->co_kwonlyargcount == 0 &&
        !(code->co_flags & (CO_VARARGS | CO_VARKEYWORDS));
}

/* The fast locals of an exact_args_call: the arguments (references
 * moved), then unbound locals. */
static inline Py_ALWAYS_INLINE void
move_exact_args(_PyInterpreterFrame *frame, PyCodeObject *code, PyObject *const *args, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        frame->localsplus[i] = args[i];
    for (int i = (int)n; i < code->co_nlocalsplus; i++)
        frame->localsplus[i] = NULL;
}

/* Bump-allocate a frame of `size` words; the chunk list only when the
 * current chunk is full. */
static inline Py_ALWAYS_INLINE _PyInterpreterFrame *
push_frame(PyThreadState *tstate, size_t size)
{
    PyObject **top = tstate->datastack_top;
    if (top != NULL && top + size < tstate->datastack_limit) {
        tstate->datastack_top = top + size;
        return (_PyInterpreterFrame *)top;
    }
    return _PyThreadState_PushFrame(tstate, size);
}

/* The common end of a function frame (no frame object, no locals dict,
 * not the first frame of its chunk) inline; the rest in frame.c. */
static inline Py_ALWAYS_INLINE void
clear_and_pop_frame(PyThreadState *tstate, _PyInterpreterFrame *frame)
{
    if (frame->frame_obj == NULL && frame->f_locals == NULL && frame->f_func != NULL) {
        PyObject **locals = frame->localsplus;
        for (int i = 0; i < frame->stacktop; i++)
            Py_XDECREF(locals[i]);
        frame->stacktop = 0;
        Py_DECREF(frame->f_func);
        frame->f_func = NULL;
        Py_DECREF(frame->f_code);
        frame->f_code = NULL;
    }
    else {
        _PyFrame_Clear(frame);
    }
    if ((PyObject **)frame != &tstate->datastack_chunk->data[0])
        tstate->datastack_top = (PyObject **)frame;
    else
        _PyThreadState_PopFrame(tstate, frame);
}

/* Push a frame for func and bind the arguments; steals `locals` and the
 * argument references. */
static _PyInterpreterFrame *
push_frame_and_init(PyThreadState *tstate, PyFunctionObject *func, PyObject *locals,
                    PyObject *const *args, Py_ssize_t argcount, PyObject *kwnames)
{
    PyCodeObject *code = (PyCodeObject *)func->func_code;
    size_t size = (size_t)_PyFrame_NumSlotsForCode(code);
    _PyInterpreterFrame *frame = push_frame(tstate, size);
    if (frame == NULL) {
        Py_XDECREF(locals);
        Py_ssize_t total = argcount + (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
        for (Py_ssize_t i = 0; i < total; i++)
            Py_DECREF(args[i]);
        return NULL;
    }
    frame_init_header(frame, func, locals, code);
    if (kwnames == NULL && exact_args_call(code, argcount)) {
        move_exact_args(frame, code, args, argcount);
        return frame;
    }
    for (int i = 0; i < code->co_nlocalsplus; i++)
        frame->localsplus[i] = NULL;
    if (initialize_locals(func, frame->localsplus, args, argcount, kwnames) < 0) {
        clear_and_pop_frame(tstate, frame);
        return NULL;
    }
    return frame;
}

/* Run func with borrowed arguments in a fresh frame on this C stack. */
static PyObject *
eval_vector(PyThreadState *tstate, PyFunctionObject *func, PyObject *locals, PyObject *const *args,
            Py_ssize_t argcount, PyObject *kwnames)
{
    Py_ssize_t total = argcount + (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
    for (Py_ssize_t i = 0; i < total; i++)
        Py_INCREF(args[i]);
    Py_XINCREF(locals);
    _PyInterpreterFrame *frame = push_frame_and_init(tstate, func, locals, args, argcount, kwnames);
    if (frame == NULL)
        return NULL;
    PyObject *retval = _PyEval_EvalFrame(tstate, frame, 0);
    clear_and_pop_frame(tstate, frame);
    return retval;
}

PyObject *
_PyFunction_Vectorcall(PyObject *func, PyObject *const *stack, size_t nargsf, PyObject *kwnames)
{
    PyFunctionObject *f = (PyFunctionObject *)func;
    PyThreadState *tstate = _PyThreadState_GET();
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyCodeObject *co = (PyCodeObject *)f->func_code;
    if (co->co_flags & CO_OPTIMIZED)
        return eval_vector(tstate, f, NULL, stack, nargs, kwnames);
    return eval_vector(tstate, f, f->func_globals, stack, nargs, kwnames);
}

PyObject *
PyEval_EvalCodeEx(PyObject *_co, PyObject *globals, PyObject *locals, PyObject *const *args, int argcount,
                  PyObject *const *kws, int kwcount, PyObject *const *defs, int defcount, PyObject *kwdefs,
                  PyObject *closure)
{
    PyThreadState *tstate = _PyThreadState_GET();
    PyObject *res = NULL, *kwnames = NULL, **newargs = NULL;
    PyFunctionObject *func = NULL;
    if (globals == NULL || !PyDict_Check(globals)) {
        PyErr_SetString(PyExc_SystemError, "PyEval_EvalCodeEx: NULL globals");
        return NULL;
    }
    if (!PyCode_Check(_co)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (locals == NULL)
        locals = globals;
    func = (PyFunctionObject *)PyFunction_New(_co, globals);
    if (func == NULL)
        return NULL;
    if (defcount > 0) {
        PyObject *d = _PyTuple_FromArray(defs, defcount);
        if (d == NULL)
            goto done;
        Py_XSETREF(func->func_defaults, d);
    }
    if (kwdefs != NULL)
        Py_XSETREF(func->func_kwdefaults, Py_NewRef(kwdefs));
    if (closure != NULL)
        Py_XSETREF(func->func_closure, Py_NewRef(closure));
    newargs = PyMem_Malloc(sizeof(PyObject *) * (size_t)(argcount + kwcount + 1));
    if (newargs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (int i = 0; i < argcount; i++)
        newargs[i] = args[i];
    if (kwcount > 0) {
        kwnames = PyTuple_New(kwcount);
        if (kwnames == NULL)
            goto done;
        for (int i = 0; i < kwcount; i++) {
            PyTuple_SET_ITEM(kwnames, i, Py_NewRef(kws[2 * i]));
            newargs[argcount + i] = kws[2 * i + 1];
        }
    }
    {
        PyCodeObject *co = (PyCodeObject *)_co;
        res = eval_vector(tstate, func, (co->co_flags & CO_OPTIMIZED) ? NULL : locals, newargs, argcount,
                          kwnames);
    }
done:
    PyMem_Free(newargs);
    Py_XDECREF(kwnames);
    Py_DECREF(func);
    return res;
}

PyObject *
PyEval_EvalCode(PyObject *co, PyObject *globals, PyObject *locals)
{
    return PyEval_EvalCodeEx(co, globals, locals, NULL, 0, NULL, 0, NULL, 0, NULL, NULL);
}

/* ======================================================================
 * Choosing specialized forms (PEP 659)
 *
 * Each chooser looks at the operands of the base instruction being run
 * and returns the specialized opcode to rewrite it to, or 0 to leave it
 * as it is.  The guards each specialized form checks in the loop are the
 * conditions tested here, so a form never runs on operands it was not
 * chosen for.  See "Specialization" in the loop.
 * ====================================================================== */

/* The first run of a code object (its first RESUME) rewrites, once,
 * what needs no operands to decide: adjacent pairs of local/constant
 * loads and stores become 3.11's superinstructions (one dispatch for
 * two instructions; a jump to the second one still runs it alone), and
 * every RESUME becomes RESUME_QUICK so this happens only once. */
static void
quicken(PyCodeObject *code)
{
    _Py_CODEUNIT *units = _PyCode_CODE(code);
    Py_ssize_t n = Py_SIZE(code);
    int prev_op = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int op = _PyOpcode_Deopt[_Py_OPCODE(units[i])];
        int super = 0;
        switch (prev_op) {
        case LOAD_FAST:
            super = op == LOAD_FAST ? LOAD_FAST__LOAD_FAST : op == LOAD_CONST ? LOAD_FAST__LOAD_CONST : 0;
            break;
        case STORE_FAST:
            super = op == LOAD_FAST ? STORE_FAST__LOAD_FAST : op == STORE_FAST ? STORE_FAST__STORE_FAST : 0;
            break;
        case LOAD_CONST:
            super = op == LOAD_FAST ? LOAD_CONST__LOAD_FAST : 0;
            break;
        }
        /* the three have no inline caches: units[i - 1] is the first one */
        if (super != 0)
            units[i - 1] = _Py_MAKECODEUNIT(super, _Py_OPARG(units[i - 1]));
        if (op == RESUME)
            units[i] = _Py_MAKECODEUNIT(RESUME_QUICK, _Py_OPARG(units[i]));
        prev_op = op;
        i += _PyOpcode_Caches[op];
    }
}

static int
choose_binary_op(int oparg, PyObject *lhs, PyObject *rhs)
{
    if (_KrLong_BothCompact(lhs, rhs)) {
        switch (oparg) {
        case NB_ADD: case NB_INPLACE_ADD: return BINARY_OP_ADD_INT;
        case NB_SUBTRACT: case NB_INPLACE_SUBTRACT: return BINARY_OP_SUBTRACT_INT;
        case NB_MULTIPLY: case NB_INPLACE_MULTIPLY: return BINARY_OP_MULTIPLY_INT;
        }
        return 0;
    }
    if (PyFloat_CheckExact(lhs) && PyFloat_CheckExact(rhs)) {
        switch (oparg) {
        case NB_ADD: case NB_INPLACE_ADD: return BINARY_OP_ADD_FLOAT;
        case NB_SUBTRACT: case NB_INPLACE_SUBTRACT: return BINARY_OP_SUBTRACT_FLOAT;
        case NB_MULTIPLY: case NB_INPLACE_MULTIPLY: return BINARY_OP_MULTIPLY_FLOAT;
        }
    }
    return 0;
}

/* Is `word` (the instruction after a COMPARE_OP's caches) a conditional
 * jump on the comparison's truth that COMPARE_OP_*_JUMP may run itself? */
static inline int
is_bool_jump(_Py_CODEUNIT word)
{
    switch (_PyOpcode_Deopt[_Py_OPCODE(word)]) {
    case POP_JUMP_FORWARD_IF_FALSE:
    case POP_JUMP_FORWARD_IF_TRUE:
    case POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_BACKWARD_IF_TRUE:
        return 1;
    }
    return 0;
}

static int
choose_compare_op(int oparg, PyObject *left, PyObject *right, _Py_CODEUNIT next)
{
    if (!is_bool_jump(next))
        return 0;
    if (_KrLong_BothCompact(left, right))
        return COMPARE_OP_INT_JUMP;
    if (PyFloat_CheckExact(left) && PyFloat_CheckExact(right))
        return COMPARE_OP_FLOAT_JUMP;
    if (PyUnicode_CheckExact(left) && PyUnicode_CheckExact(right) && (oparg == Py_EQ || oparg == Py_NE))
        return COMPARE_OP_STR_JUMP;
    return 0;
}

/* A list or tuple index from an exact one-digit int, made non-negative;
 * -1 when out of range (the generic path raises IndexError). */
static inline Py_ssize_t
sequence_index(PyObject *sub, Py_ssize_t size)
{
    Py_ssize_t i = (Py_ssize_t)_KrLong_CompactVal(sub);
    if (i < 0)
        i += size;
    return (size_t)i < (size_t)size ? i : -1;
}

static int
choose_binary_subscr(PyObject *container, PyObject *sub)
{
    if (PyList_CheckExact(container) && _KrLong_IsCompactExact(sub))
        return BINARY_SUBSCR_LIST_INT;
    if (PyTuple_CheckExact(container) && _KrLong_IsCompactExact(sub))
        return BINARY_SUBSCR_TUPLE_INT;
    return 0;
}

/* d[key] for an exact dict (BINARY_SUBSCR_DICT's job in 3.11): no
 * __missing__ to look for, no dispatch. */
static inline PyObject *
exact_dict_subscript(PyObject *d, PyObject *key)
{
    PyObject *res = PyDict_GetItemWithError(d, key);
    if (res != NULL)
        return Py_NewRef(res);
    if (!PyErr_Occurred())
        _PyErr_SetKeyError(key);
    return NULL;
}

static int
choose_store_subscr(PyObject *container, PyObject *sub)
{
    if (PyList_CheckExact(container) && _KrLong_IsCompactExact(sub))
        return STORE_SUBSCR_LIST_INT;
    return 0;
}

/* The code of a plain Python function (run by this loop, with fast
 * locals) whose parameters are all positional-or-keyword, or NULL. */
static inline Py_ALWAYS_INLINE PyCodeObject *
positional_pyfunc_code(PyObject *callable)
{
    if (Py_TYPE(callable) != &PyFunction_Type ||
        ((PyFunctionObject *)callable)->vectorcall != _PyFunction_Vectorcall)
        return NULL;
    PyCodeObject *code = (PyCodeObject *)((PyFunctionObject *)callable)->func_code;
    if (!(code->co_flags & CO_OPTIMIZED) || !exact_args_call(code, code->co_argcount))
        return NULL;
    return code;
}

/* CALL_PY_EXACT_ARGS: such a function, given exactly its parameters. */
static inline Py_ALWAYS_INLINE int
is_exact_args_pyfunc(PyObject *callable, Py_ssize_t nargs)
{
    PyCodeObject *code = positional_pyfunc_code(callable);
    return code != NULL && nargs == code->co_argcount;
}

/* CALL_PY_WITH_DEFAULTS: such a function, given fewer arguments than
 * parameters but enough for the defaults to fill the rest. */
static inline Py_ALWAYS_INLINE int
is_defaults_pyfunc(PyObject *callable, Py_ssize_t nargs)
{
    PyCodeObject *code = positional_pyfunc_code(callable);
    if (code == NULL || nargs >= code->co_argcount)
        return 0;
    PyObject *defs = ((PyFunctionObject *)callable)->func_defaults;
    return defs != NULL && nargs >= code->co_argcount - PyTuple_GET_SIZE(defs);
}

/* PRECALL_*BUILTIN* and PRECALL_*METHOD_DESCRIPTOR*: a call of a C
 * function whose calling convention (METH_ flags) the specialized form
 * knows, made directly instead of through vectorcall and the adapter in
 * methodobject.c, once the arguments are known to fit the convention (a
 * call that does not fit runs the generic path, which raises).  `args`
 * are the call's total_args arguments, self first for a method
 * descriptor.  The chooser is also the guard: a form runs only while
 * its callable would still choose it. */
static inline int
call_flags(PyMethodDef *ml)
{
    return ml->ml_flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST);
}

static inline int
choose_precall(PyObject *callable, PyObject *const *args, int total_args, PyObject *kwnames)
{
    PyTypeObject *tp = Py_TYPE(callable);
    if (tp == &PyCFunction_Type) {
        int flags = call_flags(((PyCFunctionObject *)callable)->m_ml);
        if (flags == (METH_FASTCALL | METH_KEYWORDS))
            return PRECALL_BUILTIN_FAST_WITH_KEYWORDS;
        if (kwnames != NULL)
            return 0;
        if (flags == METH_O && total_args == 1)
            return ((PyCFunctionObject *)callable)->m_ml->ml_meth == _KrBuiltin_Len
                   ? PRECALL_NO_KW_LEN : PRECALL_NO_KW_BUILTIN_O;
        if (flags == METH_FASTCALL)
            return PRECALL_NO_KW_BUILTIN_FAST;
        return 0;
    }
    if (tp == &PyMethodDescr_Type) {
        PyMethodDescrObject *descr = (PyMethodDescrObject *)callable;
        int nargs = total_args - (kwnames == NULL ? 0 : (int)PyTuple_GET_SIZE(kwnames));
        if (nargs < 1 || !PyObject_TypeCheck(args[0], descr->d_common.d_type))
            return 0;
        int flags = call_flags(descr->d_method);
        if (flags == (METH_FASTCALL | METH_KEYWORDS))
            return PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
        if (kwnames != NULL)
            return 0;
        if (flags == METH_NOARGS && total_args == 1)
            return PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS;
        if (flags == METH_O && total_args == 2)
            return PRECALL_NO_KW_METHOD_DESCRIPTOR_O;
        if (flags == METH_FASTCALL)
            return PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST;
        return 0;
    }
    /* str(x) and type(x) skip the type call, as CPython 3.11's specialized
     * forms do: so no call is counted against the recursion limit besides
     * str()'s own "while getting the str of an object". */
    if (kwnames == NULL && total_args == 1) {
        if (callable == (PyObject *)&PyUnicode_Type)
            return PRECALL_NO_KW_STR_1;
        if (callable == (PyObject *)&PyType_Type)
            return PRECALL_NO_KW_TYPE_1;
    }
    return 0;
}

/* Run a call choose_precall() chose `kind` for; a new reference, or NULL
 * with an exception. */
static PyObject *
call_c_function(PyThreadState *tstate, int kind, PyObject *callable, PyObject *const *args,
                int total_args, PyObject *kwnames)
{
    Py_ssize_t nargs = total_args - (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
    PyObject *self = NULL, *res = NULL;
    PyMethodDef *ml;
    if (kind == PRECALL_NO_KW_STR_1)
        return PyObject_Str(args[0]);
    if (kind == PRECALL_NO_KW_TYPE_1)
        return Py_NewRef((PyObject *)Py_TYPE(args[0]));
    if (Py_TYPE(callable) == &PyCFunction_Type) {
        ml = ((PyCFunctionObject *)callable)->m_ml;
        self = ((PyCFunctionObject *)callable)->m_self;
    }
    else {
        ml = ((PyMethodDescrObject *)callable)->d_method;
        self = args[0];
        args++;
        nargs--;
    }
    /* As _KrMethodDef_Vectorcall: METH_FASTCALL functions count only
     * against the C-stack guard, the others against both limits. */
    int c_only = kind != PRECALL_NO_KW_BUILTIN_O && kind != PRECALL_NO_KW_METHOD_DESCRIPTOR_O &&
                 kind != PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS;
    if (c_only ? _KrEnterCRecursion(" while calling a Python object")
               : enter_recursive_call(tstate, " while calling a Python object"))
        return NULL;
    switch (kind) {
    case PRECALL_NO_KW_LEN:
    case PRECALL_NO_KW_BUILTIN_O:
    case PRECALL_NO_KW_METHOD_DESCRIPTOR_O:
        res = ml->ml_meth(self, args[0]);
        break;
    case PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
        res = ml->ml_meth(self, NULL);
        break;
    case PRECALL_NO_KW_BUILTIN_FAST:
    case PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST:
        res = ((_PyCFunctionFast)(void (*)(void))ml->ml_meth)(self, args, nargs);
        break;
    default: /* the FAST_WITH_KEYWORDS forms */
        res = ((_PyCFunctionFastWithKeywords)(void (*)(void))ml->ml_meth)(self, args, nargs, kwnames);
        break;
    }
    if (c_only)
        _KrLeaveCRecursion();
    else
        leave_recursive_call(tstate);
    return _KrCall_CheckResult(callable, res);
}

static int
choose_call(PyObject *callable, Py_ssize_t nargs, PyObject *kwnames)
{
    if (kwnames != NULL)
        return 0;
    if (is_exact_args_pyfunc(callable, nargs))
        return CALL_PY_EXACT_ARGS;
    if (is_defaults_pyfunc(callable, nargs))
        return CALL_PY_WITH_DEFAULTS;
    return 0;
}

/* ======================================================================
 * Introspection of the running frame
 * ====================================================================== */

_PyInterpreterFrame *
_PyEval_GetFrame(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    _PyInterpreterFrame *f = tstate->current_frame;
    while (f != NULL && _PyFrame_IsIncomplete(f))
        f = f->previous;
    return f;
}

PyFrameObject *
PyEval_GetFrame(void)
{
    _PyInterpreterFrame *f = _PyEval_GetFrame();
    if (f == NULL)
        return NULL;
    PyFrameObject *fo = _PyFrame_GetFrameObject(f);
    if (fo == NULL)
        PyErr_Clear();
    return fo;
}

PyObject *
_PyEval_GetBuiltins(PyThreadState *tstate)
{
    _PyInterpreterFrame *f = tstate->current_frame;
    if (f != NULL && f->f_builtins != NULL)
        return f->f_builtins;
    return tstate->interp->builtins;
}

PyObject *
PyEval_GetBuiltins(void)
{
    return _PyEval_GetBuiltins(_PyThreadState_GET());
}

PyObject *
PyEval_GetGlobals(void)
{
    _PyInterpreterFrame *f = _PyEval_GetFrame();
    return f == NULL ? NULL : f->f_globals;
}

PyObject *
PyEval_GetLocals(void)
{
    _PyInterpreterFrame *f = _PyEval_GetFrame();
    if (f == NULL) {
        PyErr_SetString(PyExc_SystemError, "frame does not exist");
        return NULL;
    }
    if (_PyFrame_FastToLocalsWithError(f) < 0)
        return NULL;
    return f->f_locals;
}

/* ======================================================================
 * The loop
 * ====================================================================== */

/* DISPATCH_GOTO goes through `targets`, the tracing table while a trace
 * or profile function is set; DISPATCH_REAL always to the instruction. */
#if USE_COMPUTED_GOTOS
#  define TARGET(op) TARGET_##op: frame->prev_instr = next_instr++;
#  define DISPATCH_GOTO() goto *targets[opcode]
#  define DISPATCH_REAL() goto *opcode_targets[opcode]
#  define DEOPT_TARGET(op) TARGET_##op: opcode = _PyOpcode_Deopt[op]; goto *opcode_targets[opcode];
#  define REFRESH_TRACING() (targets = tstate->use_tracing ? trace_targets : opcode_targets)
#  define TRACING_ACTIVE() (targets != opcode_targets)
#else
#  define TARGET(op) case op: frame->prev_instr = next_instr++;
#  define DISPATCH_GOTO() goto dispatch_opcode
#  define DISPATCH_REAL() goto dispatch_real
#  define DEOPT_TARGET(op) case op: opcode = _PyOpcode_Deopt[op]; goto dispatch_real;
#  define REFRESH_TRACING() (tracing_on = tstate->use_tracing)
#  define TRACING_ACTIVE() (tracing_on)
#endif

/* ---- Specialization (PEP 659), in place ----
 *
 * A base instruction that sees operands a specialized form handles
 * rewrites its own opcode (keeping its argument byte) to that form; the
 * form checks its guards on every run and, when one fails, rewrites the
 * opcode back to the base instruction and runs the base body for this
 * execution (DEOPT_IF).  Base instructions with inline caches keep a
 * back-off counter in cache unit 0, so a site whose operands keep
 * changing type stops trying for a while (ADAPTIVE_COUNTER). */
#define SPECIALIZE(op) (*frame->prev_instr = _Py_MAKECODEUNIT((op), _Py_OPARG(*frame->prev_instr)))
#define KR_BACKOFF 64
#define ADAPTIVE_COUNTER() (next_instr[0])
/* true when the base instruction should try to specialize now */
#define SHOULD_SPECIALIZE() (ADAPTIVE_COUNTER() == 0 || (ADAPTIVE_COUNTER()--, 0))
#define MAYBE_SPECIALIZE(choice) do { \
        if (SHOULD_SPECIALIZE()) { \
            int _op = (choice); \
            if (_op != 0) \
                SPECIALIZE(_op); \
            else \
                ADAPTIVE_COUNTER() = KR_BACKOFF; \
        } \
    } while (0)
#define DEOPT_IF(cond, base) do { \
        if (cond) { \
            SPECIALIZE(base); \
            ADAPTIVE_COUNTER() = KR_BACKOFF; \
            next_instr = frame->prev_instr; \
            opcode = (base); \
            DISPATCH_REAL(); \
        } \
    } while (0)

#define NEXTOPARG() do { \
        _Py_CODEUNIT word = *next_instr; \
        opcode = _Py_OPCODE(word); \
        oparg = _Py_OPARG(word); \
    } while (0)
#define DISPATCH() do { NEXTOPARG(); DISPATCH_GOTO(); } while (0)

#define JUMPBY(x) (next_instr += (x))
#define JUMPTO(x) (next_instr = first_instr + (x))
#define SKIP_CACHES(op) JUMPBY(INLINE_CACHE_ENTRIES_##op)
#define INSTR_OFFSET() ((int)(next_instr - first_instr))

#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define FOURTH() (stack_pointer[-4])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define STACK_GROW(n) (stack_pointer += (n))
#define STACK_LEVEL() ((int)(stack_pointer - _PyFrame_Stackbase(frame)))

#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, value) do { PyObject *_tmp = GETLOCAL(i); GETLOCAL(i) = (value); Py_XDECREF(_tmp); } while (0)
#define GETITEM(v, i) PyTuple_GET_ITEM((v), (i))

#define CHECK_EVAL_BREAKER() do { \
        if (atomic_load_explicit(&tstate->interp->eval_breaker, memory_order_relaxed)) { \
            REFRESH_TRACING(); \
            if (handle_eval_breaker(tstate) != 0) goto error; \
        } \
    } while (0)

#define SET_LOCALS_FROM_FRAME() do { \
        first_instr = _PyCode_CODE(frame->f_code); \
        next_instr = frame->prev_instr + 1; \
        stack_pointer = frame->localsplus + frame->stacktop; \
        names = frame->f_code->co_names; \
        consts = frame->f_code->co_consts; \
    } while (0)

#define SAVE_STACK() (frame->stacktop = (int)(stack_pointer - frame->localsplus))

/* The generator owning a generator frame (the frame is embedded in it). */
#define FRAME_GENERATOR(f) ((PyGenObject *)((char *)(f) - offsetof(PyGenObject, gi_iframe)))

static PyObject *eval_frame(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag);

/* Every entry from C nests one more C activation of the loop (a slot
 * calling __getattr__, a key function, ...): the C-stack counter bounds
 * them even when sys.setrecursionlimit() lets the Python depth grow past
 * what the C stack holds.  Past the bound, the frame starts by raising. */
PyObject *
_PyEval_EvalFrame(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag)
{
    if (_KrEnterCRecursion("") < 0)
        return eval_frame(tstate, frame, 1);
    PyObject *res = eval_frame(tstate, frame, throwflag);
    _KrLeaveCRecursion();
    return res;
}

static PyObject *
eval_frame(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag)
{
#if USE_COMPUTED_GOTOS
#include "kr_opcode_targets.h"
    static void *trace_targets[256] = { [0 ... 255] = &&TARGET_DO_TRACING };
    void **targets = opcode_targets;
#else
    int tracing_on = 0;
#endif
    int opcode = 0, oparg = 0;
    _Py_CODEUNIT *first_instr, *next_instr;
    PyObject **stack_pointer;
    PyObject *names, *consts;
    PyObject *kwnames = NULL; /* set by KW_NAMES for the next CALL; borrowed */
    int compare_result = 0;   /* COMPARE_OP_*_JUMP -> compare_jump */
    _PyInterpreterFrame *callee = NULL; /* CALL_PY_EXACT_ARGS -> call_enter_frame */
    _PyInterpreterFrame *entry_frame = frame;

    frame->is_entry = 1;
    frame->previous = tstate->current_frame;
    tstate->current_frame = frame;
    /* Every frame this activation runs shares `targets`: reading it here
     * and at eval-breaker checks (which follow every call, and which
     * settrace() triggers) keeps it right. */
    REFRESH_TRACING();

    if (throwflag) {
        if (enter_python_frame(tstate))
            goto exit_unwind;
        /* generator.throw() and close() enter the frame too: 'call' */
        if (TRACING_ACTIVE() && trace_function_entry(tstate, frame) != 0)
            goto exit_unwind;
        SET_LOCALS_FROM_FRAME();
        goto error;
    }

start_frame:
    if (enter_python_frame(tstate))
        goto exit_unwind;

    SET_LOCALS_FROM_FRAME();
    DISPATCH();

    /* ---- the tracing step (see "Tracing and profiling" above) ---- */
#if USE_COMPUTED_GOTOS
TARGET_DO_TRACING:
#else
dispatch_opcode:
    if (!tracing_on)
        goto dispatch_real;
#endif
    {
        int here = (int)(next_instr - first_instr);
        if (tstate->use_tracing && here >= first_traceable(frame->f_code)) {
            int instr_prev = _PyInterpreterFrame_LASTI(frame);
            frame->prev_instr = next_instr;
            SAVE_STACK();
            if (_PyOpcode_Deopt[opcode] == RESUME) {
                if (trace_function_entry(tstate, frame) != 0) {
                    next_instr++;
                    goto exit_unwind_traced;
                }
            }
            else if (tstate->c_tracefunc != NULL) {
                if (maybe_call_line_trace(tstate, frame, instr_prev) != 0) {
                    next_instr++;
                    goto error;
                }
                /* the trace function may have set f_lineno: continue
                 * where the frame now points, with what its stack now
                 * holds (frame_jump.c) */
                stack_pointer = frame->localsplus + frame->stacktop;
                if (frame->prev_instr != next_instr) {
                    next_instr = frame->prev_instr;
                    NEXTOPARG();
                }
            }
            frame->prev_instr = next_instr - 1;
            REFRESH_TRACING();
        }
        /* a superinstruction would run its second half untraced: while
         * tracing, every instruction runs as its base form */
        opcode = _PyOpcode_Deopt[opcode];
        DISPATCH_REAL();
    }

#if !USE_COMPUTED_GOTOS
dispatch_real:
#endif
    switch (opcode) {

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(RESUME) {
        quicken(frame->f_code);
        goto resume_quick;
    }

    TARGET(RESUME_QUICK) {
    resume_quick:
        if (oparg < 2)
            CHECK_EVAL_BREAKER();
        DISPATCH();
    }

#define DO_LOAD_FAST() do { \
        PyObject *value = GETLOCAL(oparg); \
        if (value == NULL) { \
            format_exc_unbound(tstate, frame->f_code, oparg); \
            goto error; \
        } \
        PUSH(Py_NewRef(value)); \
    } while (0)
#define DO_LOAD_CONST() PUSH(Py_NewRef(GETITEM(consts, oparg)))
#define DO_STORE_FAST() do { \
        PyObject *value = POP(); \
        SETLOCAL(oparg, value); \
    } while (0)
    /* the second half of a superinstruction: the next instruction becomes
     * the current one, as if dispatched */
#define NEXT_HALF() do { \
        NEXTOPARG(); \
        frame->prev_instr = next_instr++; \
    } while (0)

    TARGET(LOAD_FAST) {
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        DO_LOAD_CONST();
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        DO_STORE_FAST();
        DISPATCH();
    }

    TARGET(LOAD_FAST__LOAD_FAST) {
        DO_LOAD_FAST();
        NEXT_HALF();
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(LOAD_FAST__LOAD_CONST) {
        DO_LOAD_FAST();
        NEXT_HALF();
        DO_LOAD_CONST();
        DISPATCH();
    }

    TARGET(STORE_FAST__LOAD_FAST) {
        DO_STORE_FAST();
        NEXT_HALF();
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(STORE_FAST__STORE_FAST) {
        DO_STORE_FAST();
        NEXT_HALF();
        DO_STORE_FAST();
        DISPATCH();
    }

    TARGET(LOAD_CONST__LOAD_FAST) {
        DO_LOAD_CONST();
        NEXT_HALF();
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        PyObject *v = GETLOCAL(oparg);
        if (v == NULL) {
            format_exc_unbound(tstate, frame->f_code, oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(POP_TOP) {
        PyObject *value = POP();
        Py_DECREF(value);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        PyObject *value = TOP();
        PyObject *res = PyNumber_Positive(value);
        Py_DECREF(value);
        SET_TOP(res);
        if (res == NULL)
            goto error;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        PyObject *value = TOP();
        PyObject *res = PyNumber_Negative(value);
        Py_DECREF(value);
        SET_TOP(res);
        if (res == NULL)
            goto error;
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        PyObject *value = TOP();
        int err = PyObject_IsTrue(value);
        Py_DECREF(value);
        if (err < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(Py_NewRef(err ? Py_False : Py_True));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        PyObject *value = TOP();
        PyObject *res = PyNumber_Invert(value);
        Py_DECREF(value);
        SET_TOP(res);
        if (res == NULL)
            goto error;
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        MAYBE_SPECIALIZE(choose_binary_op(oparg, SECOND(), TOP()));
        PyObject *rhs = POP();
        PyObject *lhs = TOP();
        if ((oparg == NB_ADD || oparg == NB_INPLACE_ADD) && PyUnicode_CheckExact(lhs) &&
            PyUnicode_CheckExact(rhs)) {
            /* `s += t` or `s = s + t` into a local: drop the local's reference
             * first so that, alone, the string can grow in place instead of
             * being copied (linear instead of quadratic string building).
             * The STORE_FAST that follows stores the result. */
            _Py_CODEUNIT store = next_instr[INLINE_CACHE_ENTRIES_BINARY_OP];
            if (_PyOpcode_Deopt[_Py_OPCODE(store)] == STORE_FAST && GETLOCAL(_Py_OPARG(store)) == lhs) {
                GETLOCAL(_Py_OPARG(store)) = NULL;
                Py_DECREF(lhs); /* the stack still holds it */
                PyUnicode_Append(&lhs, rhs);
                Py_DECREF(rhs);
                SET_TOP(lhs);
                if (lhs == NULL)
                    goto error;
                SKIP_CACHES(BINARY_OP);
                DISPATCH();
            }
        }
        PyObject *res = fast_binary_op(oparg, lhs, rhs);
        if (res == NULL) {
            if (PyErr_Occurred())
                goto binary_op_failed;
            res = binary_ops[oparg](lhs, rhs);
        }
    binary_op_failed:
        Py_DECREF(lhs);
        Py_DECREF(rhs);
        SET_TOP(res);
        if (res == NULL)
            goto error;
        SKIP_CACHES(BINARY_OP);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        MAYBE_SPECIALIZE(choose_binary_subscr(SECOND(), TOP()));
        PyObject *sub = POP();
        PyObject *container = TOP();
        PyObject *res = PyDict_CheckExact(container) ? exact_dict_subscript(container, sub)
                                                     : PyObject_GetItem(container, sub);
        Py_DECREF(container);
        Py_DECREF(sub);
        SET_TOP(res);
        if (res == NULL)
            goto error;
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        MAYBE_SPECIALIZE(choose_store_subscr(SECOND(), TOP()));
        PyObject *sub = TOP();
        PyObject *container = SECOND();
        PyObject *v = THIRD();
        STACK_SHRINK(3);
        /* an exact dict needs no dispatch (STORE_SUBSCR_DICT's job in 3.11) */
        int err = PyDict_CheckExact(container) ? PyDict_SetItem(container, sub, v)
                                               : PyObject_SetItem(container, sub, v);
        Py_DECREF(v);
        Py_DECREF(container);
        Py_DECREF(sub);
        if (err != 0)
            goto error;
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        PyObject *sub = TOP();
        PyObject *container = SECOND();
        STACK_SHRINK(2);
        int err = PyObject_DelItem(container, sub);
        Py_DECREF(container);
        Py_DECREF(sub);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(GET_LEN) {
        Py_ssize_t len_i = PyObject_Length(TOP());
        if (len_i < 0)
            goto error;
        PyObject *len_o = PyLong_FromSsize_t(len_i);
        if (len_o == NULL)
            goto error;
        PUSH(len_o);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        PyObject *subject = TOP();
        int match = Py_TYPE(subject)->tp_flags & Py_TPFLAGS_MAPPING;
        PUSH(Py_NewRef(match ? Py_True : Py_False));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        PyObject *subject = TOP();
        int match = Py_TYPE(subject)->tp_flags & Py_TPFLAGS_SEQUENCE;
        PUSH(Py_NewRef(match ? Py_True : Py_False));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        PyObject *keys = TOP();
        PyObject *subject = SECOND();
        PyObject *values_or_none = match_keys(subject, keys);
        if (values_or_none == NULL)
            goto error;
        PUSH(values_or_none);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        PyObject *kwargs = POP();
        PyObject *type = POP();
        PyObject *subject = TOP();
        PyObject *attrs = match_class(subject, type, oparg, kwargs);
        Py_DECREF(subject);
        Py_DECREF(type);
        Py_DECREF(kwargs);
        if (attrs != NULL) {
            SET_TOP(attrs);
        }
        else if (PyErr_Occurred()) {
            STACK_SHRINK(1);
            goto error;
        }
        else {
            SET_TOP(Py_NewRef(Py_None));
        }
        DISPATCH();
    }

    TARGET(PUSH_EXC_INFO) {
        PyObject *value = TOP();
        _PyErr_StackItem *exc_info = tstate->exc_info;
        SET_TOP(exc_info->exc_value != NULL ? exc_info->exc_value : Py_NewRef(Py_None));
        exc_info->exc_value = Py_NewRef(value);
        PUSH(value);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        _PyErr_StackItem *exc_info = tstate->exc_info;
        PyObject *old = exc_info->exc_value;
        PyObject *value = POP();
        if (value == Py_None) {
            Py_DECREF(value);
            value = NULL;
        }
        exc_info->exc_value = value;
        Py_XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        PyObject *right = POP();
        PyObject *left = TOP();
        if (check_except_type_valid(right) < 0) {
            Py_DECREF(right);
            goto error;
        }
        int res = PyErr_GivenExceptionMatches(left, right);
        Py_DECREF(right);
        PUSH(Py_NewRef(res ? Py_True : Py_False));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        PyObject *match_type = POP();
        if (check_except_star_type_valid(match_type) < 0) {
            Py_DECREF(match_type);
            goto error;
        }
        PyObject *exc_value = TOP();
        PyObject *match = NULL, *rest = NULL;
        int res = exception_group_match(exc_value, match_type, &match, &rest);
        Py_DECREF(match_type);
        if (res < 0)
            goto error;
        if (match == Py_None) {
            Py_DECREF(rest);
            PUSH(match);
        }
        else {
            SET_TOP(rest);
            PUSH(match);
            PyErr_SetHandledException(match);
            Py_DECREF(exc_value);
        }
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        PyObject *excs = POP();
        PyObject *orig = POP();
        PyObject *val = prep_reraise_star(orig, excs);
        Py_DECREF(excs);
        Py_DECREF(orig);
        if (val == NULL)
            goto error;
        PUSH(val);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        /* stack: exit function, lasti, previous exception, exception */
        PyObject *val = TOP();
        PyObject *exit_func = PEEK(4);
        PyObject *tb = PyException_GetTraceback(val);
        PyObject *stack[4] = {NULL, (PyObject *)Py_TYPE(val), val, tb != NULL ? tb : Py_None};
        PyObject *res = PyObject_Vectorcall(exit_func, stack + 1, 3 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_XDECREF(tb);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        PyObject *mgr = TOP();
        PyObject *enter = lookup_special(mgr, _Py_ID(__enter__)), *exit, *res;
        if (enter == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError, "'%.200s' object does not support the context manager protocol",
                             Py_TYPE(mgr)->tp_name);
            goto error;
        }
        exit = lookup_special(mgr, _Py_ID(__exit__));
        if (exit == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError,
                             "'%.200s' object does not support the context manager protocol (missed __exit__ method)",
                             Py_TYPE(mgr)->tp_name);
            Py_DECREF(enter);
            goto error;
        }
        SET_TOP(exit);
        Py_DECREF(mgr);
        res = PyObject_CallNoArgs(enter);
        Py_DECREF(enter);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        PyObject *mgr = TOP();
        PyObject *enter = lookup_special(mgr, _Py_ID(__aenter__)), *exit, *res;
        if (enter == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError,
                             "'%.200s' object does not support the asynchronous context manager protocol",
                             Py_TYPE(mgr)->tp_name);
            goto error;
        }
        exit = lookup_special(mgr, _Py_ID(__aexit__));
        if (exit == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError,
                             "'%.200s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                             Py_TYPE(mgr)->tp_name);
            Py_DECREF(enter);
            goto error;
        }
        SET_TOP(exit);
        Py_DECREF(mgr);
        res = PyObject_CallNoArgs(enter);
        Py_DECREF(enter);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(GET_AITER) {
        PyObject *obj = TOP();
        PyTypeObject *type = Py_TYPE(obj);
        unaryfunc getter = type->tp_as_async != NULL ? type->tp_as_async->am_aiter : NULL;
        if (getter == NULL) {
            PyErr_Format(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s",
                         type->tp_name);
            goto error;
        }
        PyObject *iter = getter(obj);
        if (iter == NULL)
            goto error;
        if (Py_TYPE(iter)->tp_as_async == NULL || Py_TYPE(iter)->tp_as_async->am_anext == NULL) {
            PyErr_Format(PyExc_TypeError,
                         "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                         Py_TYPE(iter)->tp_name);
            Py_DECREF(iter);
            goto error;
        }
        Py_DECREF(obj);
        SET_TOP(iter);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        PyObject *aiter = TOP();
        PyTypeObject *type = Py_TYPE(aiter);
        PyObject *awaitable;
        if (PyAsyncGen_CheckExact(aiter)) {
            awaitable = type->tp_as_async->am_anext(aiter);
            if (awaitable == NULL)
                goto error;
        }
        else {
            unaryfunc getter = type->tp_as_async != NULL ? type->tp_as_async->am_anext : NULL;
            if (getter == NULL) {
                PyErr_Format(PyExc_TypeError, "'async for' requires an iterator with __anext__ method, got %.100s",
                             type->tp_name);
                goto error;
            }
            PyObject *next_iter = getter(aiter);
            if (next_iter == NULL)
                goto error;
            awaitable = _PyCoro_GetAwaitableIter(next_iter);
            if (awaitable == NULL) {
                _PyErr_FormatFromCause(PyExc_TypeError, "'async for' received an invalid object from __anext__: %.100s",
                                       Py_TYPE(next_iter)->tp_name);
                Py_DECREF(next_iter);
                goto error;
            }
            Py_DECREF(next_iter);
        }
        PUSH(awaitable);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        PyObject *val = POP();
        if (PyErr_GivenExceptionMatches(val, PyExc_StopAsyncIteration)) {
            Py_DECREF(val);
            Py_DECREF(POP());
            DISPATCH();
        }
        PyErr_SetRaisedException(val);
        goto exception_unwind;
    }

    TARGET(GET_AWAITABLE) {
        PyObject *iterable = TOP();
        PyObject *iter = _PyCoro_GetAwaitableIter(iterable);
        if (iter == NULL)
            format_awaitable_error_and_null(Py_TYPE(iterable), oparg);
        Py_DECREF(iterable);
        if (iter != NULL && PyCoro_CheckExact(iter)) {
            PyObject *yf = _PyGen_yf((PyGenObject *)iter);
            if (yf != NULL) {
                Py_DECREF(yf);
                Py_CLEAR(iter);
                PyErr_SetString(PyExc_RuntimeError, "coroutine is being awaited already");
            }
        }
        SET_TOP(iter);
        if (iter == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        PyObject *iterable = TOP();
        PyObject *iter = PyObject_GetIter(iterable);
        Py_DECREF(iterable);
        SET_TOP(iter);
        if (iter == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        PyObject *iterable = TOP();
        if (PyCoro_CheckExact(iterable)) {
            if (!(frame->f_code->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                PyErr_SetString(PyExc_TypeError,
                                "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        }
        else if (!PyGen_CheckExact(iterable)) {
            PyObject *iter = PyObject_GetIter(iterable);
            Py_DECREF(iterable);
            SET_TOP(iter);
            if (iter == NULL) {
                STACK_SHRINK(1);
                goto error;
            }
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        PyObject *iter = TOP();
        PyObject *next;
        /* FOR_ITER has no inline cache in the 3.11 format, so the kind of
         * iterator is found by comparing its type, read once, against the
         * fast kinds in order of how often loops use them: range, then
         * generators (which must not pay for the sequence checks), then
         * list and tuple. */
        PyTypeObject *itype = Py_TYPE(iter);
        if (itype == &PyRangeIter_Type) {
            /* range() over C longs: no call, and the end needs no
             * exception check */
            _PyRangeIterObject *r = (_PyRangeIterObject *)iter;
            if (r->index < r->len) {
                long v = (long)((unsigned long)r->start + (unsigned long)(r->index++) * (unsigned long)r->step);
                next = _KrLong_FromCompactResult(v);
                if (next == NULL)
                    goto error;
                PUSH(next);
                DISPATCH();
            }
            goto for_iter_exhausted;
        }
        if (itype == &PyGen_Type) {
            /* the return value of a generator is dropped here, so no
             * StopIteration is made for it */
            PySendResult status = _KrGen_Next((PyGenObject *)iter, &next);
            if (status == PYGEN_NEXT) {
                PUSH(next);
                DISPATCH();
            }
            if (status == PYGEN_RETURN && next != NULL && next != Py_None && TRACING_ACTIVE() &&
                tstate->c_tracefunc != NULL) {
                /* a tracer sees the StopIteration a return value makes */
                SAVE_STACK();
                _PyGen_SetStopIterationValue(next);
                call_exc_trace(tstate, frame);
                if (!PyErr_ExceptionMatches(PyExc_StopIteration)) {
                    Py_DECREF(next);
                    goto error;
                }
                PyErr_Clear();
            }
            Py_XDECREF(next);
            if (status == PYGEN_ERROR && PyErr_Occurred())
                goto error;
            goto for_iter_exhausted;
        }
        if (itype == &PyListIter_Type) {
            next = _KrSeqIter_Step((_KrSeqIterObject *)iter, 1);
            goto for_iter_seq_step;
        }
        if (itype == &PyTupleIter_Type) {
            next = _KrSeqIter_Step((_KrSeqIterObject *)iter, 0);
        for_iter_seq_step:
            if (next == NULL)
                goto for_iter_exhausted;
            PUSH(next);
            DISPATCH();
        }
        next = (*Py_TYPE(iter)->tp_iternext)(iter);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                goto error;
            if (TRACING_ACTIVE() && tstate->c_tracefunc != NULL) {
                SAVE_STACK();
                call_exc_trace(tstate, frame);
                if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                    goto error;
            }
            PyErr_Clear();
        }
    for_iter_exhausted:
        STACK_SHRINK(1);
        Py_DECREF(iter);
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(SEND) {
        PyObject *v = POP();
        PyObject *receiver = TOP();
        PyObject *retval = NULL;
        PySendResult status = TRACING_ACTIVE() && tstate->c_tracefunc != NULL
                                  ? send_to_traced(tstate, frame, receiver, v, &retval)
                                  : send_to(receiver, v, &retval);
        Py_DECREF(v);
        if (status == PYGEN_ERROR)
            goto error;
        if (status == PYGEN_RETURN) {
            Py_DECREF(receiver);
            SET_TOP(retval);
            JUMPBY(oparg);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        PyObject *retval = POP();
        SAVE_STACK();
        if (TRACING_ACTIVE() && trace_function_exit(tstate, frame, retval) != 0) {
            Py_DECREF(retval);
            goto exit_unwind_traced;
        }
        leave_python_frame(tstate);
        FRAME_GENERATOR(frame)->gi_frame_state = FRAME_SUSPENDED;
        tstate->current_frame = frame->previous;
        return retval;
    }

    TARGET(ASYNC_GEN_WRAP) {
        PyObject *v = TOP();
        PyObject *w = _PyAsyncGenValueWrapperNew(v);
        if (w == NULL)
            goto error;
        SET_TOP(w);
        Py_DECREF(v);
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        PyGenObject *gen = (PyGenObject *)_Py_MakeCoro(frame->f_func);
        if (gen == NULL)
            goto error;
        SAVE_STACK();
        _PyInterpreterFrame *gen_frame = (_PyInterpreterFrame *)gen->gi_iframe;
        _PyFrame_Copy(frame, gen_frame);
        /* not running: no caller until it is resumed (f_back is None) */
        gen_frame->previous = NULL;
        gen->gi_frame_state = FRAME_CREATED;
        gen_frame->owner = FRAME_OWNED_BY_GENERATOR;
        gen_frame->is_entry = 0;
        leave_python_frame(tstate);
        if (frame != entry_frame) {
            _PyInterpreterFrame *prev = frame->previous;
            _PyThreadState_PopFrame(tstate, frame);
            frame = tstate->current_frame = prev;
            SET_LOCALS_FROM_FRAME();
            PUSH((PyObject *)gen);
            DISPATCH();
        }
        /* the entry frame's owner clears it: give it back valid references */
        frame->stacktop = 0;
        frame->f_locals = NULL;
        frame->frame_obj = NULL;
        Py_INCREF(frame->f_func);
        Py_INCREF(frame->f_code);
        tstate->current_frame = frame->previous;
        return (PyObject *)gen;
    }

    TARGET(RETURN_VALUE) {
        PyObject *retval = POP();
        SAVE_STACK();
        if (TRACING_ACTIVE() && trace_function_exit(tstate, frame, retval) != 0) {
            Py_DECREF(retval);
            goto exit_unwind_traced;
        }
        leave_python_frame(tstate);
        if (frame != entry_frame) {
            _PyInterpreterFrame *prev = frame->previous;
            clear_and_pop_frame(tstate, frame);
            frame = tstate->current_frame = prev;
            SET_LOCALS_FROM_FRAME();
            PUSH(retval);
            DISPATCH();
        }
        tstate->current_frame = frame->previous;
        return retval;
    }

    TARGET(LOAD_BUILD_CLASS) {
        PyObject *bc;
        if (PyDict_CheckExact(frame->f_builtins)) {
            bc = PyDict_GetItemWithError(frame->f_builtins, _Py_ID(__build_class__));
            if (bc == NULL) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_NameError, "__build_class__ not found");
                goto error;
            }
            Py_INCREF(bc);
        }
        else {
            bc = PyObject_GetItem(frame->f_builtins, _Py_ID(__build_class__));
            if (bc == NULL) {
                if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                    PyErr_Clear();
                    PyErr_SetString(PyExc_NameError, "__build_class__ not found");
                }
                goto error;
            }
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Py_NewRef(PyExc_AssertionError));
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        PyObject *list = POP();
        PyObject *tuple = PyList_AsTuple(list);
        Py_DECREF(list);
        if (tuple == NULL)
            goto error;
        PUSH(tuple);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        PyObject *from = POP();
        if (_PyFrame_FastToLocalsWithError(frame) < 0) {
            Py_DECREF(from);
            goto error;
        }
        PyObject *locals = frame->f_locals;
        if (locals == NULL) {
            PyErr_SetString(PyExc_SystemError, "no locals found during 'import *'");
            Py_DECREF(from);
            goto error;
        }
        int err = import_all_from(locals, from);
        _PyFrame_LocalsToFast(frame, 0);
        Py_DECREF(from);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        PyObject *locals = frame->f_locals;
        if (locals == NULL) {
            PyErr_SetString(PyExc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        if (PyDict_CheckExact(locals)) {
            PyObject *ann = PyDict_GetItemWithError(locals, _Py_ID(__annotations__));
            if (ann == NULL) {
                if (PyErr_Occurred())
                    goto error;
                ann = PyDict_New();
                if (ann == NULL)
                    goto error;
                int err = PyDict_SetItem(locals, _Py_ID(__annotations__), ann);
                Py_DECREF(ann);
                if (err != 0)
                    goto error;
            }
        }
        else {
            PyObject *ann = PyObject_GetItem(locals, _Py_ID(__annotations__));
            if (ann == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_KeyError))
                    goto error;
                PyErr_Clear();
                ann = PyDict_New();
                if (ann == NULL)
                    goto error;
                int err = PyObject_SetItem(locals, _Py_ID(__annotations__), ann);
                Py_DECREF(ann);
                if (err != 0)
                    goto error;
            }
            else {
                Py_DECREF(ann);
            }
        }
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *v = POP();
        PyObject *ns = frame->f_locals;
        int err;
        if (ns == NULL) {
            PyErr_Format(PyExc_SystemError, "no locals found when storing %R", name);
            Py_DECREF(v);
            goto error;
        }
        if (PyDict_CheckExact(ns))
            err = PyDict_SetItem(ns, name, v);
        else
            err = PyObject_SetItem(ns, name, v);
        Py_DECREF(v);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *ns = frame->f_locals;
        if (ns == NULL) {
            PyErr_Format(PyExc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (PyObject_DelItem(ns, name) != 0) {
            if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                PyErr_Clear();
                format_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        PyObject *seq = POP();
        if (PyTuple_CheckExact(seq) && PyTuple_GET_SIZE(seq) == oparg) {
            for (int i = oparg; i > 0; i--)
                PUSH(Py_NewRef(PyTuple_GET_ITEM(seq, i - 1)));
        }
        else if (PyList_CheckExact(seq) && PyList_GET_SIZE(seq) == oparg) {
            for (int i = oparg; i > 0; i--)
                PUSH(Py_NewRef(PyList_GET_ITEM(seq, i - 1)));
        }
        else {
            if (unpack_iterable(seq, oparg, -1, stack_pointer) < 0) {
                Py_DECREF(seq);
                goto error;
            }
            STACK_GROW(oparg);
        }
        Py_DECREF(seq);
        SKIP_CACHES(UNPACK_SEQUENCE);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int totalargs = 1 + (oparg & 0xFF) + (oparg >> 8);
        PyObject *seq = POP();
        if (unpack_iterable(seq, oparg & 0xFF, oparg >> 8, stack_pointer) < 0) {
            Py_DECREF(seq);
            goto error;
        }
        STACK_GROW(totalargs);
        Py_DECREF(seq);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *owner = TOP();
        PyObject *v = SECOND();
        STACK_SHRINK(2);
        if (!store_attr_cached(next_instr, owner, v)) {
            int err = PyObject_SetAttr(owner, name, v);
            if (err != 0) {
                Py_DECREF(v);
                Py_DECREF(owner);
                goto error;
            }
            if (cache_should_refill(next_instr))
                store_attr_fill(next_instr, owner, name);
        }
        Py_DECREF(v);
        Py_DECREF(owner);
        SKIP_CACHES(STORE_ATTR);
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *owner = POP();
        int err = PyObject_SetAttr(owner, name, NULL);
        Py_DECREF(owner);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *v = POP();
        int err = PyDict_SetItem(frame->f_globals, name, v);
        Py_DECREF(v);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        PyObject *name = GETITEM(names, oparg);
        if (PyDict_DelItem(frame->f_globals, name) != 0) {
            if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                PyErr_Clear();
                format_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *locals = frame->f_locals;
        PyObject *v;
        if (locals == NULL) {
            PyErr_Format(PyExc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        if (PyDict_CheckExact(locals)) {
            v = PyDict_GetItemWithError(locals, name);
            if (v != NULL)
                Py_INCREF(v);
            else if (PyErr_Occurred())
                goto error;
        }
        else {
            v = PyObject_GetItem(locals, name);
            if (v == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_KeyError))
                    goto error;
                PyErr_Clear();
            }
        }
        if (v == NULL) {
            v = PyDict_GetItemWithError(frame->f_globals, name);
            if (v != NULL) {
                Py_INCREF(v);
            }
            else if (PyErr_Occurred()) {
                goto error;
            }
            else if (PyDict_CheckExact(frame->f_builtins)) {
                v = PyDict_GetItemWithError(frame->f_builtins, name);
                if (v == NULL) {
                    format_name_error(name);
                    goto error;
                }
                Py_INCREF(v);
            }
            else {
                v = PyObject_GetItem(frame->f_builtins, name);
                if (v == NULL) {
                    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                        PyErr_Clear();
                        format_name_error(name);
                    }
                    goto error;
                }
            }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        int push_null = oparg & 1;
        PyObject *name = GETITEM(names, oparg >> 1);
        PyObject *v = NULL;
        if (PyDict_CheckExact(frame->f_globals) && PyDict_CheckExact(frame->f_builtins)) {
            v = load_global_cached(next_instr, frame->f_globals, frame->f_builtins, name);
            if (v == NULL)
                load_global_fill(next_instr, frame->f_globals, frame->f_builtins, name);
        }
        if (v != NULL) {
            Py_INCREF(v);
        }
        else if ((v = PyDict_GetItemWithError(frame->f_globals, name)) != NULL) {
            Py_INCREF(v);
        }
        else if (PyErr_Occurred()) {
            goto error;
        }
        else if (PyDict_CheckExact(frame->f_builtins)) {
            v = PyDict_GetItemWithError(frame->f_builtins, name);
            if (v == NULL) {
                format_name_error(name);
                goto error;
            }
            Py_INCREF(v);
        }
        else {
            v = PyObject_GetItem(frame->f_builtins, name);
            if (v == NULL) {
                if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                    PyErr_Clear();
                    format_name_error(name);
                }
                goto error;
            }
        }
        if (push_null)
            PUSH(NULL);
        PUSH(v);
        SKIP_CACHES(LOAD_GLOBAL);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        PyObject *initial = GETLOCAL(oparg);
        PyObject *cell = PyCell_New(initial);
        if (cell == NULL)
            goto error;
        SETLOCAL(oparg, cell);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        PyObject *cell = GETLOCAL(oparg);
        PyObject *oldobj = PyCell_GET(cell);
        if (oldobj == NULL) {
            format_exc_unbound(tstate, frame->f_code, oparg);
            goto error;
        }
        PyCell_SET(cell, NULL);
        Py_DECREF(oldobj);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        PyObject *name, *value, *locals = frame->f_locals;
        name = PyTuple_GET_ITEM(frame->f_code->co_localsplusnames, oparg);
        if (PyDict_CheckExact(locals)) {
            value = PyDict_GetItemWithError(locals, name);
            if (value != NULL)
                Py_INCREF(value);
            else if (PyErr_Occurred())
                goto error;
        }
        else {
            value = PyObject_GetItem(locals, name);
            if (value == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_KeyError))
                    goto error;
                PyErr_Clear();
            }
        }
        if (value == NULL) {
            PyObject *cell = GETLOCAL(oparg);
            value = PyCell_GET(cell);
            if (value == NULL) {
                format_exc_unbound(tstate, frame->f_code, oparg);
                goto error;
            }
            Py_INCREF(value);
        }
        PUSH(value);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        PyObject *cell = GETLOCAL(oparg);
        PyObject *value = PyCell_GET(cell);
        if (value == NULL) {
            format_exc_unbound(tstate, frame->f_code, oparg);
            goto error;
        }
        PUSH(Py_NewRef(value));
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        PyObject *v = POP();
        PyObject *cell = GETLOCAL(oparg);
        PyObject *oldobj = PyCell_GET(cell);
        PyCell_SET(cell, v);
        Py_XDECREF(oldobj);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PyObject *value = GETLOCAL(oparg);
        if (value == NULL) {
            format_exc_unbound(tstate, frame->f_code, oparg);
            goto error;
        }
        PUSH(Py_NewRef(value));
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        PyCodeObject *co = frame->f_code;
        PyObject *closure = frame->f_func->func_closure;
        int offset = co->co_nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++)
            frame->localsplus[offset + i] = Py_NewRef(PyTuple_GET_ITEM(closure, i));
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        PyObject *empty = PyUnicode_New(0, 0);
        PyObject *str = empty != NULL ? _PyUnicode_JoinArray(empty, stack_pointer - oparg, oparg) : NULL;
        Py_XDECREF(empty);
        if (str == NULL)
            goto error;
        while (--oparg >= 0)
            Py_DECREF(POP());
        PUSH(str);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        PyObject *tup = _PyTuple_FromArraySteal(stack_pointer - oparg, oparg);
        STACK_SHRINK(oparg);
        if (tup == NULL)
            goto error;
        PUSH(tup);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        PyObject *list = PyList_New(oparg);
        if (list == NULL)
            goto error;
        while (--oparg >= 0)
            PyList_SET_ITEM(list, oparg, POP());
        PUSH(list);
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        PyObject *iterable = POP();
        PyObject *list = PEEK(oparg);
        PyObject *none_val = _PyList_Extend((PyListObject *)list, iterable);
        if (none_val == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(iterable)->tp_iter == NULL &&
                !PySequence_Check(iterable)) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError, "Value after * must be an iterable, not %.200s",
                             Py_TYPE(iterable)->tp_name);
            }
            Py_DECREF(iterable);
            goto error;
        }
        Py_DECREF(none_val);
        Py_DECREF(iterable);
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        PyObject *iterable = POP();
        PyObject *set = PEEK(oparg);
        int err = _PySet_Update(set, iterable);
        Py_DECREF(iterable);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        PyObject *set = PySet_New(NULL);
        int err = set == NULL;
        for (int i = oparg; i > 0; i--) {
            PyObject *item = PEEK(i);
            if (err == 0)
                err = PySet_Add(set, item);
            Py_DECREF(item);
        }
        STACK_SHRINK(oparg);
        if (err != 0) {
            Py_XDECREF(set);
            goto error;
        }
        PUSH(set);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        PyObject *map = _PyDict_FromItems(&PEEK(2 * oparg), 2, &PEEK(2 * oparg - 1), 2, oparg);
        if (map == NULL)
            goto error;
        while (oparg--) {
            Py_DECREF(POP());
            Py_DECREF(POP());
        }
        PUSH(map);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        PyObject *keys = TOP();
        if (!PyTuple_CheckExact(keys) || PyTuple_GET_SIZE(keys) != (Py_ssize_t)oparg) {
            PyErr_SetString(PyExc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        PyObject *map = _PyDict_FromItems(&PyTuple_GET_ITEM(keys, 0), 1, &PEEK(oparg + 1), 1, oparg);
        if (map == NULL)
            goto error;
        Py_DECREF(POP());
        while (oparg--)
            Py_DECREF(POP());
        PUSH(map);
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        PyObject *update = POP();
        PyObject *dict = PEEK(oparg);
        if (PyDict_Update(dict, update) < 0) {
            if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(update)->tp_name);
            }
            Py_DECREF(update);
            goto error;
        }
        Py_DECREF(update);
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        PyObject *update = POP();
        PyObject *dict = PEEK(oparg);
        if (merge_kwargs(PEEK(2 + oparg), dict, update) < 0) {
            Py_DECREF(update);
            goto error;
        }
        Py_DECREF(update);
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        PyObject *value = TOP();
        PyObject *key = SECOND();
        STACK_SHRINK(2);
        PyObject *map = PEEK(oparg);
        int err = PyDict_SetItem(map, key, value);
        Py_DECREF(value);
        Py_DECREF(key);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        PyObject *v = POP();
        PyObject *list = PEEK(oparg);
        int err = PyList_Append(list, v);
        Py_DECREF(v);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        PyObject *v = POP();
        PyObject *set = PEEK(oparg);
        int err = PySet_Add(set, v);
        Py_DECREF(v);
        if (err != 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *owner = TOP();
        PyObject *res = load_attr_cached(next_instr, owner, name);
        if (res != NULL) {
            Py_INCREF(res);
        }
        else {
            res = PyObject_GetAttr(owner, name);
            if (res != NULL && cache_should_refill(next_instr))
                load_attr_fill(next_instr, owner, name);
        }
        Py_DECREF(owner);
        SET_TOP(res);
        if (res == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        SKIP_CACHES(LOAD_ATTR);
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *obj = TOP();
        PyObject *meth;
        int meth_found = 1;
        if (CACHE_KIND(next_instr) == 5) {
            /* a module's function (math.sqrt(x)): LOAD_ATTR's module
             * cache, and no self */
            meth = load_attr_cached(next_instr, obj, name);
            meth_found = 0;
        }
        else
            meth = load_method_cached(next_instr, obj, name);
        if (meth != NULL) {
            Py_INCREF(meth);
        }
        else {
            meth_found = _PyObject_GetMethod(obj, name, &meth);
            if (meth == NULL)
                goto error;
            if (meth_found) {
                if (cache_should_refill(next_instr))
                    load_method_fill(next_instr, obj, name);
            }
            else if (Py_TYPE(obj) == &PyModule_Type && cache_should_refill(next_instr))
                load_attr_fill(next_instr, obj, name);
        }
        if (meth_found) {
            /* [meth, self]: CALL passes self as the first argument */
            SET_TOP(meth);
            PUSH(obj);
        }
        else {
            SET_TOP(NULL);
            Py_DECREF(obj);
            PUSH(meth);
        }
        SKIP_CACHES(LOAD_METHOD);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        MAYBE_SPECIALIZE(choose_compare_op(oparg, SECOND(), TOP(), next_instr[INLINE_CACHE_ENTRIES_COMPARE_OP]));
        PyObject *right = POP();
        PyObject *left = TOP();
        int fast = fast_compare(oparg, left, right);
        PyObject *res = fast >= 0 ? Py_NewRef(fast ? Py_True : Py_False)
                                  : PyObject_RichCompare(left, right, oparg);
        Py_DECREF(left);
        Py_DECREF(right);
        SET_TOP(res);
        if (res == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        SKIP_CACHES(COMPARE_OP);
        DISPATCH();
    }

    TARGET(IS_OP) {
        PyObject *right = POP();
        PyObject *left = TOP();
        int res = (left == right) ^ oparg;
        Py_DECREF(left);
        Py_DECREF(right);
        SET_TOP(Py_NewRef(res ? Py_True : Py_False));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        PyObject *right = POP();
        PyObject *left = POP();
        int res = PySequence_Contains(right, left);
        Py_DECREF(left);
        Py_DECREF(right);
        if (res < 0)
            goto error;
        PUSH(Py_NewRef((res ^ oparg) ? Py_True : Py_False));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *fromlist = POP();
        PyObject *level = TOP();
        PyObject *res = import_name(tstate, frame, name, fromlist, level);
        Py_DECREF(level);
        Py_DECREF(fromlist);
        SET_TOP(res);
        if (res == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        PyObject *name = GETITEM(names, oparg);
        PyObject *from = TOP();
        PyObject *res = import_from(from, name);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMPBY(-oparg);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPBY(-oparg);
        DISPATCH();
    }

#define POP_JUMP_IF_BOOL(jump_on, delta, check) do { \
        PyObject *cond = POP(); \
        if (cond == (jump_on ? Py_True : Py_False)) { \
            Py_DECREF(cond); \
            JUMPBY(delta); \
        } \
        else if (cond != (jump_on ? Py_False : Py_True)) { \
            int err = PyObject_IsTrue(cond); \
            Py_DECREF(cond); \
            if (err < 0) \
                goto error; \
            if (err == jump_on) \
                JUMPBY(delta); \
        } \
        else { \
            Py_DECREF(cond); \
        } \
        if (check) \
            CHECK_EVAL_BREAKER(); \
    } while (0)

    TARGET(POP_JUMP_FORWARD_IF_FALSE) {
        POP_JUMP_IF_BOOL(0, oparg, 0);
        DISPATCH();
    }

    TARGET(POP_JUMP_FORWARD_IF_TRUE) {
        POP_JUMP_IF_BOOL(1, oparg, 0);
        DISPATCH();
    }

    TARGET(POP_JUMP_BACKWARD_IF_FALSE) {
        POP_JUMP_IF_BOOL(0, -oparg, 1);
        DISPATCH();
    }

    TARGET(POP_JUMP_BACKWARD_IF_TRUE) {
        POP_JUMP_IF_BOOL(1, -oparg, 1);
        DISPATCH();
    }

    TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
        PyObject *value = POP();
        if (value != Py_None)
            JUMPBY(oparg);
        Py_DECREF(value);
        DISPATCH();
    }

    TARGET(POP_JUMP_FORWARD_IF_NONE) {
        PyObject *value = POP();
        if (value == Py_None)
            JUMPBY(oparg);
        Py_DECREF(value);
        DISPATCH();
    }

    TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
        PyObject *value = POP();
        if (value != Py_None)
            JUMPBY(-oparg);
        Py_DECREF(value);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(POP_JUMP_BACKWARD_IF_NONE) {
        PyObject *value = POP();
        if (value == Py_None)
            JUMPBY(-oparg);
        Py_DECREF(value);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        PyObject *cond = TOP();
        int err;
        if (cond == Py_True) {
            STACK_SHRINK(1);
            Py_DECREF(cond);
            DISPATCH();
        }
        if (cond == Py_False) {
            JUMPBY(oparg);
            DISPATCH();
        }
        err = PyObject_IsTrue(cond);
        if (err > 0) {
            STACK_SHRINK(1);
            Py_DECREF(cond);
        }
        else if (err == 0) {
            JUMPBY(oparg);
        }
        else {
            goto error;
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        PyObject *cond = TOP();
        int err;
        if (cond == Py_False) {
            STACK_SHRINK(1);
            Py_DECREF(cond);
            DISPATCH();
        }
        if (cond == Py_True) {
            JUMPBY(oparg);
            DISPATCH();
        }
        err = PyObject_IsTrue(cond);
        if (err > 0) {
            JUMPBY(oparg);
        }
        else if (err == 0) {
            STACK_SHRINK(1);
            Py_DECREF(cond);
        }
        else {
            goto error;
        }
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        PyObject *cause = NULL, *exc = NULL;
        switch (oparg) {
        case 2:
            cause = POP();
            /* fall through */
        case 1:
            exc = POP();
            /* fall through */
        case 0:
            if (do_raise(tstate, exc, cause))
                goto exception_unwind;
            break;
        default:
            PyErr_SetString(PyExc_SystemError, "bad RAISE_VARARGS oparg");
            break;
        }
        goto error;
    }

    TARGET(RERAISE) {
        PyObject *exc = POP();
        if (oparg) {
            PyObject *lasti = PEEK(oparg);
            if (PyLong_Check(lasti)) {
                frame->prev_instr = first_instr + PyLong_AsLong(lasti);
            }
            else {
                Py_DECREF(exc);
                PyErr_SetString(PyExc_SystemError, "lasti is not an int");
                goto error;
            }
        }
        PyErr_SetRaisedException(exc);
        goto exception_unwind;
    }

    TARGET(PRINT_EXPR) {
        PyObject *value = POP();
        PyObject *hook = PySys_GetObject("displayhook");
        if (hook == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "lost sys.displayhook");
            Py_DECREF(value);
            goto error;
        }
        PyObject *res = PyObject_CallOneArg(hook, value);
        Py_DECREF(value);
        if (res == NULL)
            goto error;
        Py_DECREF(res);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        PyObject *result, *fmt_spec, *value;
        int which_conversion = oparg & FVC_MASK;
        int have_fmt_spec = (oparg & FVS_MASK) == FVS_HAVE_SPEC;
        fmt_spec = have_fmt_spec ? POP() : NULL;
        value = POP();
        PyObject *(*conv_fn)(PyObject *) = NULL;
        switch (which_conversion) {
        case FVC_NONE: conv_fn = NULL; break;
        case FVC_STR: conv_fn = PyObject_Str; break;
        case FVC_REPR: conv_fn = PyObject_Repr; break;
        case FVC_ASCII: conv_fn = PyObject_ASCII; break;
        }
        if (conv_fn != NULL) {
            result = conv_fn(value);
            Py_DECREF(value);
            if (result == NULL) {
                Py_XDECREF(fmt_spec);
                goto error;
            }
            value = result;
        }
        if (PyUnicode_CheckExact(value) && fmt_spec == NULL) {
            result = value;
        }
        else {
            result = PyObject_Format(value, fmt_spec);
            Py_DECREF(value);
            Py_XDECREF(fmt_spec);
            if (result == NULL)
                goto error;
        }
        PUSH(result);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        PyObject *start, *stop, *step, *slice;
        step = oparg == 3 ? POP() : NULL;
        stop = POP();
        start = TOP();
        slice = PySlice_New(start, stop, step);
        Py_DECREF(start);
        Py_DECREF(stop);
        Py_XDECREF(step);
        SET_TOP(slice);
        if (slice == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        PyObject *codeobj = POP();
        PyFunctionObject *func = (PyFunctionObject *)PyFunction_New(codeobj, frame->f_globals);
        Py_DECREF(codeobj);
        if (func == NULL)
            goto error;
        if (oparg & MAKE_FUNCTION_CLOSURE)
            Py_XSETREF(func->func_closure, POP());
        if (oparg & MAKE_FUNCTION_ANNOTATIONS)
            Py_XSETREF(func->func_annotations, POP());
        if (oparg & MAKE_FUNCTION_KWDEFAULTS)
            Py_XSETREF(func->func_kwdefaults, POP());
        if (oparg & MAKE_FUNCTION_DEFAULTS)
            Py_XSETREF(func->func_defaults, POP());
        PUSH((PyObject *)func);
        DISPATCH();
    }

    TARGET(COPY) {
        PyObject *peek = PEEK(oparg);
        PUSH(Py_NewRef(peek));
        DISPATCH();
    }

    TARGET(SWAP) {
        PyObject *top = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = top;
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        int prefix = oparg;
        NEXTOPARG();
        oparg |= prefix << 8;
        DISPATCH_GOTO();
    }

    TARGET(KW_NAMES) {
        kwnames = GETITEM(consts, oparg);
        DISPATCH();
    }

    /* The end of a call made by CALL (or a PRECALL form): release the
     * function and the arguments, leave the result on the stack. */
#define FINISH_CALL(res) do { \
        kwnames = NULL; \
        Py_DECREF(function); \
        for (int i = 0; i < total_args; i++) \
            Py_DECREF(stack_pointer[i - total_args]); \
        STACK_SHRINK(total_args + 2 - is_meth); \
        PUSH(res); \
        if ((res) == NULL) { \
            STACK_SHRINK(1); \
            goto error; \
        } \
        SKIP_CACHES(CALL); \
        CHECK_EVAL_BREAKER(); \
        DISPATCH(); \
    } while (0)

    TARGET(PRECALL) {
        int is_meth = PEEK(oparg + 2) != NULL;
        MAYBE_SPECIALIZE(choose_precall(PEEK(oparg + is_meth + 1), stack_pointer - oparg - is_meth,
                                        oparg + is_meth, kwnames));
        /* [NULL, callable, args] with a bound method becomes
         * [function, self, args]: calls of methods bind no new object */
        PyObject *callable = PEEK(oparg + 1);
        if (!is_meth && Py_TYPE(callable) == &PyMethod_Type) {
            PEEK(oparg + 1) = Py_NewRef(PyMethod_GET_SELF(callable));
            PEEK(oparg + 2) = Py_NewRef(PyMethod_GET_FUNCTION(callable));
            Py_DECREF(callable);
        }
        SKIP_CACHES(PRECALL);
        DISPATCH();
    }

    TARGET(CALL) {
        int is_meth = PEEK(oparg + 2) != NULL;
        PyObject *function = PEEK(oparg + 1);
        if (!is_meth && Py_TYPE(function) == &PyMethod_Type) {
            PEEK(oparg + 1) = Py_NewRef(PyMethod_GET_SELF(function));
            PEEK(oparg + 2) = Py_NewRef(PyMethod_GET_FUNCTION(function));
            Py_DECREF(function);
            is_meth = 1;
        }
        int total_args = oparg + is_meth;
        function = PEEK(total_args + 1);
        MAYBE_SPECIALIZE(choose_call(function, total_args, kwnames));
        int positional_args = total_args - (kwnames == NULL ? 0 : (int)PyTuple_GET_SIZE(kwnames));
        if (Py_TYPE(function) == &PyFunction_Type &&
            ((PyFunctionObject *)function)->vectorcall == _PyFunction_Vectorcall) {
            /* a Python function: run it in this loop */
            PyFunctionObject *pyfunc = (PyFunctionObject *)function;
            int code_flags = ((PyCodeObject *)pyfunc->func_code)->co_flags;
            PyObject *locals = (code_flags & CO_OPTIMIZED) ? NULL : Py_NewRef(pyfunc->func_globals);
            STACK_SHRINK(total_args);
            _PyInterpreterFrame *new_frame =
                push_frame_and_init(tstate, pyfunc, locals, stack_pointer, positional_args, kwnames);
            kwnames = NULL;
            /* the arguments now belong to the new frame (or are freed) */
            STACK_SHRINK(2 - is_meth);
            Py_DECREF(function);
            if (new_frame == NULL)
                goto error;
            callee = new_frame;
        call_enter_frame:
            SKIP_CACHES(CALL);
            /* resume after the caches; locations of caches are the CALL's */
            frame->prev_instr = next_instr - 1;
            SAVE_STACK();
            callee->previous = frame;
            frame = tstate->current_frame = callee;
            goto start_frame;
        }
        PyObject *res = tstate->use_tracing
            ? trace_call_function(tstate, function, stack_pointer - total_args, positional_args, kwnames)
            : PyObject_Vectorcall(function, stack_pointer - total_args,
                                  (size_t)positional_args | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
        FINISH_CALL(res);
    }

    TARGET(CALL_FUNCTION_EX) {
        PyObject *func, *callargs, *kwargs = NULL, *result;
        if (oparg & 1) {
            kwargs = POP();
            if (!PyDict_CheckExact(kwargs)) {
                PyObject *d = PyDict_New();
                if (d == NULL || merge_kwargs(SECOND(), d, kwargs) < 0) {
                    Py_XDECREF(d);
                    Py_DECREF(kwargs);
                    goto error;
                }
                Py_SETREF(kwargs, d);
            }
        }
        callargs = POP();
        func = TOP();
        if (!PyTuple_CheckExact(callargs)) {
            if (Py_TYPE(callargs)->tp_iter == NULL && !PySequence_Check(callargs)) {
                PyObject *fs = function_str(func);
                if (fs != NULL) {
                    PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s", fs,
                                 Py_TYPE(callargs)->tp_name);
                    Py_DECREF(fs);
                }
                Py_DECREF(callargs);
                Py_XDECREF(kwargs);
                goto error;
            }
            Py_SETREF(callargs, PySequence_Tuple(callargs));
            if (callargs == NULL) {
                Py_XDECREF(kwargs);
                goto error;
            }
        }
        if (tstate->use_tracing && PyCFunction_Check(func))
            result = profile_c_call(tstate, func, NULL, 0, NULL, callargs, kwargs);
        else
            result = PyObject_Call(func, callargs, kwargs);
        Py_DECREF(func);
        Py_DECREF(callargs);
        Py_XDECREF(kwargs);
        STACK_SHRINK(1); /* the NULL below the function */
        SET_TOP(result);
        if (result == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    /* ---- Specialized forms (see "Specialization" above the loop) ---- */

#define BINARY_INT(helper) { \
        PyObject *rhs = TOP(), *lhs = SECOND(); \
        DEOPT_IF(!_KrLong_BothCompact(lhs, rhs), BINARY_OP); \
        PyObject *res = helper(lhs, rhs); \
        STACK_SHRINK(1); \
        Py_DECREF(lhs); \
        Py_DECREF(rhs); \
        SET_TOP(res); \
        if (res == NULL) \
            goto error; \
        SKIP_CACHES(BINARY_OP); \
        DISPATCH(); \
    }
    TARGET(BINARY_OP_ADD_INT) BINARY_INT(_KrLong_AddCompact)
    TARGET(BINARY_OP_SUBTRACT_INT) BINARY_INT(_KrLong_SubCompact)
    TARGET(BINARY_OP_MULTIPLY_INT) BINARY_INT(_KrLong_MulCompact)
#undef BINARY_INT

    /* A float operand only the value stack holds is reused for the
     * result: nothing else can see it change, and a float is neither
     * tracked by the GC nor weakly referenceable. */
#define BINARY_FLOAT(OP) { \
        PyObject *rhs = TOP(), *lhs = SECOND(); \
        DEOPT_IF(!PyFloat_CheckExact(lhs) || !PyFloat_CheckExact(rhs), BINARY_OP); \
        double v = PyFloat_AS_DOUBLE(lhs) OP PyFloat_AS_DOUBLE(rhs); \
        PyObject *res; \
        STACK_SHRINK(1); \
        if (Py_REFCNT(lhs) == 1) { \
            ((PyFloatObject *)lhs)->ob_fval = v; \
            res = lhs; \
            Py_DECREF(rhs); \
        } \
        else if (Py_REFCNT(rhs) == 1) { \
            ((PyFloatObject *)rhs)->ob_fval = v; \
            res = rhs; \
            Py_DECREF(lhs); \
        } \
        else { \
            res = PyFloat_FromDouble(v); \
            Py_DECREF(lhs); \
            Py_DECREF(rhs); \
        } \
        SET_TOP(res); \
        if (res == NULL) \
            goto error; \
        SKIP_CACHES(BINARY_OP); \
        DISPATCH(); \
    }
    TARGET(BINARY_OP_ADD_FLOAT) BINARY_FLOAT(+)
    TARGET(BINARY_OP_SUBTRACT_FLOAT) BINARY_FLOAT(-)
    TARGET(BINARY_OP_MULTIPLY_FLOAT) BINARY_FLOAT(*)
#undef BINARY_FLOAT

    /* COMPARE_OP_*_JUMP: compare, then run the conditional jump that
     * follows (checked when specializing) on the C truth value, without
     * making a bool.  The jump becomes the current instruction exactly as
     * if it had been dispatched, so tracebacks and the eval-breaker check
     * of a backward jump see it. */
#define COMPARE_JUMP(GUARD, RESULT) { \
        PyObject *right = TOP(), *left = SECOND(); \
        DEOPT_IF(!(GUARD), COMPARE_OP); \
        compare_result = (RESULT); \
        STACK_SHRINK(2); \
        Py_DECREF(left); \
        Py_DECREF(right); \
        goto compare_jump; \
    }
    TARGET(COMPARE_OP_INT_JUMP)
    COMPARE_JUMP(_KrLong_BothCompact(left, right), _KrLong_CompareCompact(left, right, oparg))
    TARGET(COMPARE_OP_FLOAT_JUMP)
    COMPARE_JUMP(PyFloat_CheckExact(left) && PyFloat_CheckExact(right),
                 _Kr_COMPARE_VALUES(PyFloat_AS_DOUBLE(left), PyFloat_AS_DOUBLE(right), oparg))
    TARGET(COMPARE_OP_STR_JUMP)
    COMPARE_JUMP(PyUnicode_CheckExact(left) && PyUnicode_CheckExact(right),
                 _PyUnicode_Equal(left, right) ^ (oparg == Py_NE))
#undef COMPARE_JUMP

    compare_jump: {
        SKIP_CACHES(COMPARE_OP);
        NEXTOPARG();
        frame->prev_instr = next_instr++;
        switch (_PyOpcode_Deopt[opcode]) {
        case POP_JUMP_FORWARD_IF_FALSE:
            if (!compare_result)
                JUMPBY(oparg);
            DISPATCH();
        case POP_JUMP_FORWARD_IF_TRUE:
            if (compare_result)
                JUMPBY(oparg);
            DISPATCH();
        case POP_JUMP_BACKWARD_IF_FALSE:
            if (!compare_result)
                JUMPBY(-oparg);
            break;
        default: /* POP_JUMP_BACKWARD_IF_TRUE */
            if (compare_result)
                JUMPBY(-oparg);
            break;
        }
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

#define BINARY_SUBSCR_SEQUENCE(CHECK, SIZE, ITEM) { \
        PyObject *sub = TOP(), *seq = SECOND(); \
        DEOPT_IF(!CHECK(seq) || !_KrLong_IsCompactExact(sub), BINARY_SUBSCR); \
        Py_ssize_t i = sequence_index(sub, SIZE(seq)); \
        DEOPT_IF(i < 0, BINARY_SUBSCR); \
        PyObject *res = Py_NewRef(ITEM(seq, i)); \
        STACK_SHRINK(1); \
        Py_DECREF(sub); \
        Py_DECREF(seq); \
        SET_TOP(res); \
        SKIP_CACHES(BINARY_SUBSCR); \
        DISPATCH(); \
    }
    TARGET(BINARY_SUBSCR_LIST_INT) BINARY_SUBSCR_SEQUENCE(PyList_CheckExact, PyList_GET_SIZE, PyList_GET_ITEM)
    TARGET(BINARY_SUBSCR_TUPLE_INT) BINARY_SUBSCR_SEQUENCE(PyTuple_CheckExact, PyTuple_GET_SIZE, PyTuple_GET_ITEM)
#undef BINARY_SUBSCR_SEQUENCE

    TARGET(STORE_SUBSCR_LIST_INT) {
        PyObject *sub = TOP(), *list = SECOND(), *v = THIRD();
        DEOPT_IF(!PyList_CheckExact(list) || !_KrLong_IsCompactExact(sub), STORE_SUBSCR);
        Py_ssize_t i = sequence_index(sub, PyList_GET_SIZE(list));
        DEOPT_IF(i < 0, STORE_SUBSCR);
        PyObject *old = PyList_GET_ITEM(list, i);
        PyList_SET_ITEM(list, i, v);
        STACK_SHRINK(3);
        Py_DECREF(sub);
        Py_DECREF(list);
        Py_DECREF(old);
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
    }

    /* CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS.  The stack holds
     * [NULL, function, args] or [function, self, args] (LOAD_METHOD); the
     * references to the function and the arguments move into the new
     * frame; missing trailing parameters take their defaults. */
#define CALL_PY_POSITIONAL(GUARD) { \
        int is_meth = PEEK(oparg + 2) != NULL; \
        int total_args = oparg + is_meth; \
        PyObject *function = PEEK(total_args + 1); \
        DEOPT_IF(kwnames != NULL || !(GUARD), CALL); \
        PyFunctionObject *pyfunc = (PyFunctionObject *)function; \
        PyCodeObject *code = (PyCodeObject *)pyfunc->func_code; \
        _PyInterpreterFrame *new_frame = push_frame(tstate, (size_t)_PyFrame_NumSlotsForCode(code)); \
        if (new_frame == NULL) \
            goto error; \
        frame_init_header(new_frame, pyfunc, NULL, code); \
        move_exact_args(new_frame, code, stack_pointer - total_args, total_args); \
        if (total_args < code->co_argcount) { \
            PyObject *defs = pyfunc->func_defaults; \
            int first = code->co_argcount - (int)PyTuple_GET_SIZE(defs); \
            for (int i = total_args; i < code->co_argcount; i++) \
                new_frame->localsplus[i] = Py_NewRef(PyTuple_GET_ITEM(defs, i - first)); \
        } \
        STACK_SHRINK(total_args + 2 - is_meth); \
        Py_DECREF(function); /* the frame holds its own reference */ \
        callee = new_frame; \
        goto call_enter_frame; \
    }
    TARGET(CALL_PY_EXACT_ARGS) CALL_PY_POSITIONAL(is_exact_args_pyfunc(function, total_args))
    TARGET(CALL_PY_WITH_DEFAULTS) CALL_PY_POSITIONAL(is_defaults_pyfunc(function, total_args))
#undef CALL_PY_POSITIONAL

    /* The C-function forms of PRECALL make the call themselves: the CALL
     * after it becomes the current instruction first, as if dispatched,
     * so tracebacks, f_lasti and exception handling see the CALL. */
    TARGET(PRECALL_NO_KW_BUILTIN_O) goto precall_c_function;
    TARGET(PRECALL_NO_KW_LEN) goto precall_c_function;
    TARGET(PRECALL_NO_KW_STR_1) goto precall_c_function;
    TARGET(PRECALL_NO_KW_TYPE_1) goto precall_c_function;
    TARGET(PRECALL_NO_KW_BUILTIN_FAST) goto precall_c_function;
    TARGET(PRECALL_BUILTIN_FAST_WITH_KEYWORDS) goto precall_c_function;
    TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS) goto precall_c_function;
    TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_O) goto precall_c_function;
    TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST) goto precall_c_function;
    TARGET(PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS) goto precall_c_function;
    precall_c_function: {
        int is_meth = PEEK(oparg + 2) != NULL;
        int total_args = oparg + is_meth;
        PyObject *function = PEEK(total_args + 1);
        PyObject **args = stack_pointer - total_args;
        DEOPT_IF(choose_precall(function, args, total_args, kwnames) != opcode, PRECALL);
        SKIP_CACHES(PRECALL);
        frame->prev_instr = next_instr++;
        PyObject *res = call_c_function(tstate, opcode, function, args, total_args, kwnames);
        FINISH_CALL(res);
    }

    TARGET(CACHE) {
        PyErr_SetString(PyExc_SystemError, "executed a CACHE entry");
        goto error;
    }

    /* specialized forms Krait does not use: run the base instruction */
    DEOPT_TARGET(BINARY_OP_ADAPTIVE)
    DEOPT_TARGET(BINARY_OP_ADD_UNICODE)
    DEOPT_TARGET(BINARY_OP_INPLACE_ADD_UNICODE)
    DEOPT_TARGET(BINARY_SUBSCR_ADAPTIVE)
    DEOPT_TARGET(BINARY_SUBSCR_DICT)
    DEOPT_TARGET(BINARY_SUBSCR_GETITEM)
    DEOPT_TARGET(CALL_ADAPTIVE)
    DEOPT_TARGET(COMPARE_OP_ADAPTIVE)
    DEOPT_TARGET(EXTENDED_ARG_QUICK)
    DEOPT_TARGET(JUMP_BACKWARD_QUICK)
    DEOPT_TARGET(LOAD_ATTR_ADAPTIVE)
    DEOPT_TARGET(LOAD_ATTR_INSTANCE_VALUE)
    DEOPT_TARGET(LOAD_ATTR_MODULE)
    DEOPT_TARGET(LOAD_ATTR_SLOT)
    DEOPT_TARGET(LOAD_ATTR_WITH_HINT)
    DEOPT_TARGET(LOAD_GLOBAL_ADAPTIVE)
    DEOPT_TARGET(LOAD_GLOBAL_BUILTIN)
    DEOPT_TARGET(LOAD_GLOBAL_MODULE)
    DEOPT_TARGET(LOAD_METHOD_ADAPTIVE)
    DEOPT_TARGET(LOAD_METHOD_CLASS)
    DEOPT_TARGET(LOAD_METHOD_MODULE)
    DEOPT_TARGET(LOAD_METHOD_NO_DICT)
    DEOPT_TARGET(LOAD_METHOD_WITH_DICT)
    DEOPT_TARGET(LOAD_METHOD_WITH_VALUES)
    DEOPT_TARGET(PRECALL_ADAPTIVE)
    DEOPT_TARGET(PRECALL_BOUND_METHOD)
    DEOPT_TARGET(PRECALL_BUILTIN_CLASS)
    DEOPT_TARGET(PRECALL_NO_KW_ISINSTANCE)
    DEOPT_TARGET(PRECALL_NO_KW_LIST_APPEND)
    DEOPT_TARGET(PRECALL_NO_KW_TUPLE_1)
    DEOPT_TARGET(PRECALL_PYFUNC)
    DEOPT_TARGET(STORE_ATTR_ADAPTIVE)
    DEOPT_TARGET(STORE_ATTR_INSTANCE_VALUE)
    DEOPT_TARGET(STORE_ATTR_SLOT)
    DEOPT_TARGET(STORE_ATTR_WITH_HINT)
    DEOPT_TARGET(STORE_SUBSCR_ADAPTIVE)
    DEOPT_TARGET(STORE_SUBSCR_DICT)
    DEOPT_TARGET(UNPACK_SEQUENCE_ADAPTIVE)
    DEOPT_TARGET(UNPACK_SEQUENCE_LIST)
    DEOPT_TARGET(UNPACK_SEQUENCE_TUPLE)
    DEOPT_TARGET(UNPACK_SEQUENCE_TWO_TUPLE)

#if USE_COMPUTED_GOTOS
    _unknown_opcode:
#else
    default:
#endif
        frame->prev_instr = next_instr++;
        PyErr_Format(PyExc_SystemError, "%U:%d: unknown opcode %d", frame->f_code->co_filename,
                     _PyFrame_GetLineNumber(frame), opcode);
        goto error;
    } /* switch */

    /* ---- errors ---- */
error:
    kwnames = NULL;
    if (!_PyFrame_IsIncomplete(frame)) {
        PyFrameObject *f = _PyFrame_GetFrameObject(frame);
        if (f != NULL)
            PyTraceBack_Here(f);
        if (tstate->c_tracefunc != NULL && !tstate->tracing) {
            SAVE_STACK();
            call_exc_trace(tstate, frame);
        }
    }

exception_unwind:
    {
        /* the handler is looked up for the instruction being executed;
         * RERAISE may have moved prev_instr back to the original one,
         * which is what gets pushed as lasti */
        int offset = (int)(next_instr - 1 - first_instr);
        int level, handler, lasti;
        if (!get_exception_handler(frame->f_code, offset, &level, &handler, &lasti)) {
            /* no handler in this frame: drop its value stack and leave */
            PyObject **stackbase = _PyFrame_Stackbase(frame);
            while (stack_pointer > stackbase) {
                PyObject *o = POP();
                Py_XDECREF(o);
            }
            SAVE_STACK();
            /* leaving by an exception: reported as a return of None */
            if (tstate->use_tracing)
                trace_function_exit(tstate, frame, Py_None);
            goto exit_unwind;
        }
        PyObject **new_top = _PyFrame_Stackbase(frame) + level;
        while (stack_pointer > new_top) {
            PyObject *v = POP();
            Py_XDECREF(v);
        }
        if (lasti) {
            PyObject *lasti_obj = PyLong_FromLong(_PyInterpreterFrame_LASTI(frame));
            if (lasti_obj == NULL)
                goto exception_unwind;
            PUSH(lasti_obj);
        }
        PUSH(PyErr_GetRaisedException());
        JUMPTO(handler);
        DISPATCH();
    }

exit_unwind_traced:
    /* a trace function raised at a frame's start or end: its value
     * stack goes as at any exit by an exception */
    {
        PyObject **stackbase = _PyFrame_Stackbase(frame);
        stack_pointer = frame->localsplus + frame->stacktop;
        while (stack_pointer > stackbase) {
            PyObject *o = POP();
            Py_XDECREF(o);
        }
        SAVE_STACK();
    }
exit_unwind:
    leave_python_frame(tstate);
    if (frame != entry_frame) {
        _PyInterpreterFrame *prev = frame->previous;
        clear_and_pop_frame(tstate, frame);
        frame = tstate->current_frame = prev;
        SET_LOCALS_FROM_FRAME();
        goto error;
    }
    tstate->current_frame = frame->previous;
    if (frame->owner == FRAME_OWNED_BY_GENERATOR)
        FRAME_GENERATOR(frame)->gi_frame_state = FRAME_COMPLETED;
    return NULL;
}
