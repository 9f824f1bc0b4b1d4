/* Setting frame.f_lineno: the jump a debugger makes (pdb's `jump`).
 *
 * A trace function may assign f_lineno during a 'line' event (or the
 * 'return' event of a yield) to move execution to another line of the
 * same code object.  The hard part is the value stack: the new position
 * must be reachable with the values now on the stack, and nothing may
 * be left there that the code at the target does not expect.  So a jump
 * is checked against an abstract interpretation of the bytecode that
 * computes, for every instruction, the *shape* of the stack before it:
 * the kind of each entry, bottom to top.
 *
 * Kinds: an ordinary object; NULL (the marker LOAD_GLOBAL, LOAD_METHOD
 * and PUSH_NULL leave below a callable); an iterator (a for loop's);
 * an exception (the one a handler receives through the exception table,
 * and the one PUSH_EXC_INFO saves below it); and the lasti integer some
 * handlers get below those.  A shape is packed in a
 * 64-bit integer, three bits an entry with the top in the low bits, so
 * pushing is a shift and an or; more than 20 entries is "too deep".
 *
 * The analysis walks the instructions in order, propagating each shape
 * to the instruction's successors (the next one, a jump's target, a
 * handler through the exception table), and repeats until nothing new
 * is reached: code after a backward jump, or only reached through a
 * handler, needs another round.  Instructions never reached keep
 * UNREACHED, which is also what the message for "into a handler"
 * tests.
 *
 * A jump from shape F to shape T is allowed when F, with entries popped
 * off its top, becomes T: every remaining entry of F must fit the entry
 * of T at the same depth (an object fits "object", anything fits
 * "NULL", iterators and exceptions fit only themselves).  Of the
 * instructions that start the target line, the one with the deepest
 * fitting stack wins (so a jump within a block keeps the block's
 * values).  Then the surplus entries are popped off the real stack --
 * an exception entry restoring the exception it had saved as the one
 * being handled -- and the frame's next instruction is set.
 *
 * The rules and messages are CPython 3.11's; the eval loop's tracing
 * step re-reads the position and the stack after a 'line' event, which
 * is what makes the new position take effect. */
#include "Python.h"
#include "kr_compile.h"
#include "kr_frame.h"
#include "kr_opcode.h"

enum { K_ITERATOR = 1, K_EXCEPT = 2, K_OBJECT = 3, K_NULL = 4, K_LASTI = 5 };

#define KIND_BITS 3
#define KIND_MASK ((1 << KIND_BITS) - 1)
#define UNREACHED ((int64_t)-2)
#define TOO_DEEP ((int64_t)-1)
#define MAX_ENTRIES (63 / KIND_BITS)
#define EMPTY ((int64_t)0)

static int64_t
push_kind(int64_t stack, int kind)
{
    if (stack < 0)
        return stack;
    if ((uint64_t)stack >= (uint64_t)1 << ((MAX_ENTRIES - 1) * KIND_BITS))
        return TOO_DEEP;
    return (stack << KIND_BITS) | kind;
}

static int64_t
pop_kind(int64_t stack)
{
    if (stack < 0)
        return stack;
    return stack >> KIND_BITS;
}

static int
top_kind(int64_t stack)
{
    return (int)(stack & KIND_MASK);
}

/* the kind `depth` entries down (1 is the top) */
static int
kind_at(int64_t stack, int depth)
{
    return (int)((stack >> (KIND_BITS * (depth - 1))) & KIND_MASK);
}

static int64_t
with_kind_at(int64_t stack, int depth, int kind)
{
    int shift = KIND_BITS * (depth - 1);
    return (stack & ~((int64_t)KIND_MASK << shift)) | ((int64_t)kind << shift);
}

static int
entries(int64_t stack)
{
    int n = 0;
    for (; stack > 0; stack >>= KIND_BITS)
        n++;
    return n;
}

/* ---- the per-instruction facts the analysis needs ---- */

typedef struct {
    _Py_CODEUNIT *code;
    int len;            /* code units */
    char *is_instr;     /* 1 where an instruction (not an inline cache) starts */
} code_view;

static int
base_op(const code_view *v, int i)
{
    return _PyOpcode_Deopt[_Py_OPCODE(v->code[i])];
}

/* The argument of the instruction at i, with its EXTENDED_ARG prefixes. */
static int
full_arg(const code_view *v, int i)
{
    int arg = _Py_OPARG(v->code[i]), shift = 8;
    for (int j = i - 1; j >= 0 && v->is_instr[j] && base_op(v, j) == EXTENDED_ARG && shift < 32;
         j--, shift += 8)
        arg |= _Py_OPARG(v->code[j]) << shift;
    return arg;
}

/* Record `stack` as the shape before instruction j; a first arrival at
 * an instruction already passed in this round asks for another round. */
static void
flow(int64_t *stacks, int j, int here, int64_t stack, int len, int *again)
{
    if (j < 0 || j >= len)
        return;
    if (stacks[j] == UNREACHED) {
        stacks[j] = stack;
        if (j <= here)
            *again = 1;
    }
}

/* The shape of the stack before every instruction (UNREACHED elsewhere). */
static int64_t *
stack_shapes(PyCodeObject *co, const code_view *v)
{
    int len = v->len;
    int64_t *stacks = PyMem_Malloc(sizeof(int64_t) * (size_t)(len + 1));
    if (stacks == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (int i = 0; i <= len; i++)
        stacks[i] = UNREACHED;
    /* a generator's first resumption pushes the value sent (None) */
    stacks[0] = (co->co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
                    ? push_kind(EMPTY, K_OBJECT) : EMPTY;
    int again = 1;
    while (again) {
        again = 0;
        for (int i = 0; i < len; i++) {
            int64_t s = stacks[i];
            if (!v->is_instr[i] || s == UNREACHED)
                continue;
            int op = base_op(v, i);
            int next = i + 1 + _PyOpcode_Caches[op];
            int arg = full_arg(v, i);
            switch (op) {
            case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP:
                /* taken: the value stays; not taken: it is popped */
                flow(stacks, i + 1 + arg, i, s, len, &again);
                flow(stacks, next, i, pop_kind(s), len, &again);
                break;
            case POP_JUMP_FORWARD_IF_FALSE:
            case POP_JUMP_FORWARD_IF_TRUE:
            case POP_JUMP_FORWARD_IF_NONE:
            case POP_JUMP_FORWARD_IF_NOT_NONE:
                flow(stacks, i + 1 + arg, i, pop_kind(s), len, &again);
                flow(stacks, next, i, pop_kind(s), len, &again);
                break;
            case POP_JUMP_BACKWARD_IF_FALSE:
            case POP_JUMP_BACKWARD_IF_TRUE:
            case POP_JUMP_BACKWARD_IF_NONE:
            case POP_JUMP_BACKWARD_IF_NOT_NONE:
                flow(stacks, i + 1 - arg, i, pop_kind(s), len, &again);
                flow(stacks, next, i, pop_kind(s), len, &again);
                break;
            case JUMP_FORWARD:
                flow(stacks, i + 1 + arg, i, s, len, &again);
                break;
            case JUMP_BACKWARD:
            case JUMP_BACKWARD_NO_INTERRUPT:
                flow(stacks, i + 1 - arg, i, s, len, &again);
                break;
            case GET_ITER:
            case GET_AITER:
                flow(stacks, next, i, push_kind(pop_kind(s), K_ITERATOR), len, &again);
                break;
            case FOR_ITER:
                /* exhausted: the iterator is popped and the loop left */
                flow(stacks, i + 1 + arg, i, pop_kind(s), len, &again);
                flow(stacks, next, i, push_kind(s, K_OBJECT), len, &again);
                break;
            case SEND:
                /* the delegation finished: its result replaces the receiver */
                flow(stacks, i + 1 + arg, i, push_kind(pop_kind(pop_kind(s)), K_OBJECT), len,
                     &again);
                flow(stacks, next, i, s, len, &again);
                break;
            case PUSH_EXC_INFO:
                /* the exception being handled, saved below the new one */
                flow(stacks, next, i, push_kind(s, K_EXCEPT), len, &again);
                break;
            case POP_EXCEPT:
                flow(stacks, next, i, pop_kind(s), len, &again);
                break;
            case RETURN_VALUE:
            case RAISE_VARARGS:
            case RERAISE:
                break; /* no successor */
            case PUSH_NULL:
                flow(stacks, next, i, push_kind(s, K_NULL), len, &again);
                break;
            case LOAD_GLOBAL:
                if (arg & 1)
                    s = push_kind(s, K_NULL);
                flow(stacks, next, i, push_kind(s, K_OBJECT), len, &again);
                break;
            case LOAD_METHOD:
                s = push_kind(pop_kind(s), K_NULL);
                flow(stacks, next, i, push_kind(s, K_OBJECT), len, &again);
                break;
            case CALL:
                /* PRECALL took the arguments; the callable pair is left */
                flow(stacks, next, i, push_kind(pop_kind(pop_kind(s)), K_OBJECT), len, &again);
                break;
            case SWAP: {
                int a = kind_at(s, 1), b = kind_at(s, arg);
                if (s >= 0 && arg >= 1 && arg <= entries(s))
                    s = with_kind_at(with_kind_at(s, 1, b), arg, a);
                flow(stacks, next, i, s, len, &again);
                break;
            }
            case COPY:
                flow(stacks, next, i,
                     s >= 0 && arg >= 1 && arg <= entries(s) ? push_kind(s, kind_at(s, arg))
                                                             : push_kind(s, K_OBJECT),
                     len, &again);
                break;
            default: {
                int delta = _KrCompiler_StackEffect(op, arg, -1);
                if (delta == 0x7fffffff)
                    delta = 0;
                for (; delta < 0; delta++)
                    s = pop_kind(s);
                for (; delta > 0; delta--)
                    s = push_kind(s, K_OBJECT);
                flow(stacks, next, i, s, len, &again);
                break;
            }
            }
        }
        /* handlers: the stack cut to the entry's depth, then (lasti) and
         * the exception */
        const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
        const unsigned char *end = p + PyBytes_GET_SIZE(co->co_exceptiontable);
        while (p < end) {
            _KrExceptionEntry e;
            p = _KrExceptionTable_Next(p, &e);
            if (e.start < 0 || e.start >= len || e.handler < 0 || e.handler >= len)
                continue;
            if (stacks[e.start] == UNREACHED || stacks[e.handler] != UNREACHED)
                continue;
            int64_t s = stacks[e.start];
            if (s >= 0)
                while (entries(s) > e.depth)
                    s = pop_kind(s);
            if (e.lasti)
                s = push_kind(s, K_LASTI);
            stacks[e.handler] = push_kind(s, K_EXCEPT);
            again = 1;
        }
    }
    return stacks;
}

/* Can the entries of `from`, after popping its surplus, stand for `to`? */
static int
fits(int64_t from, int64_t to)
{
    if (from < 0 || to < 0)
        return 0;
    while (entries(from) > entries(to))
        from = pop_kind(from);
    while (from != 0) {
        int f = top_kind(from), t = top_kind(to);
        int ok = t == K_OBJECT ? f != K_NULL : t == K_NULL ? 1 : f == t;
        if (!ok)
            return 0;
        from = pop_kind(from);
        to = pop_kind(to);
    }
    return to == 0;
}

static const char *
why_not(int64_t to)
{
    if (to == TOO_DEEP)
        return "stack is too deep to analyze";
    if (to == UNREACHED)
        return "can't jump into an exception handler, or code may be unreachable";
    switch (top_kind(to)) {
    case K_EXCEPT:
        return "can't jump into an 'except' block as there's no exception";
    case K_LASTI:
        return "can't jump into a re-raising block as there's no location";
    case K_ITERATOR:
        return "can't jump into the body of a for loop";
    default:
        return "incompatible stacks";
    }
}

/* The line each instruction starts, or -1: an instruction starts a line
 * when its line differs from the last line seen before it. */
static int *
line_starts(PyCodeObject *co, const code_view *v)
{
    int *lines = PyMem_Malloc(sizeof(int) * (size_t)(v->len + 1));
    if (lines == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    _KrCode_UnitLines(co, lines, v->len);
    int last = -1;
    for (int i = 0; i < v->len; i++) {
        int l = lines[i];
        lines[i] = -1;
        if (l != -1 && l != last && v->is_instr[i]) {
            lines[i] = l;
            last = l;
        }
    }
    return lines;
}

int
_KrFrame_SetLineNumber(PyFrameObject *f, PyObject *value)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!PyLong_CheckExact(value)) {
        PyErr_SetString(PyExc_ValueError, "lineno must be an integer");
        return -1;
    }
    PyThreadState *tstate = PyThreadState_Get();
    _PyInterpreterFrame *frame = f->f_frame;
    PyCodeObject *co = frame->f_code;
    int lasti = _PyInterpreterFrame_LASTI(frame);
    int suspended = frame->owner == FRAME_OWNED_BY_GENERATOR && lasti >= 0 &&
                    _PyOpcode_Deopt[_Py_OPCODE(_PyCode_CODE(co)[lasti])] == YIELD_VALUE;
    int what = tstate->tracing ? tstate->tracing_what : PyTrace_CALL;
    switch (what) {
    case PyTrace_LINE:
        break;
    case PyTrace_CALL:
        PyErr_SetString(PyExc_ValueError, "can't jump from the 'call' trace event of a new frame");
        return -1;
    case PyTrace_RETURN:
        if (suspended)
            break;
        /* fall through */
    default:
        PyErr_SetString(PyExc_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (f->f_trace == NULL) {
        PyErr_SetString(PyExc_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    int overflow;
    long target = PyLong_AsLongAndOverflow(value, &overflow);
    if (overflow || target > INT_MAX || target < INT_MIN) {
        PyErr_SetString(PyExc_ValueError, "lineno out of range");
        return -1;
    }
    if (target < co->co_firstlineno) {
        PyErr_Format(PyExc_ValueError, "line %ld comes before the current code block", target);
        return -1;
    }

    code_view v = {_PyCode_CODE(co), (int)Py_SIZE(co), NULL};
    int *lines = NULL;
    int64_t *stacks = NULL;
    int result = -1;
    v.is_instr = PyMem_Malloc((size_t)v.len + 1);
    if (v.is_instr == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    memset(v.is_instr, 0, (size_t)v.len + 1);
    for (int i = 0; i < v.len; i += 1 + _PyOpcode_Caches[base_op(&v, i)])
        v.is_instr[i] = 1;
    lines = line_starts(co, &v);
    if (lines == NULL)
        goto done;
    /* the first line at or after the one asked for that has code */
    int new_line = -1;
    for (int i = 0; i < v.len; i++)
        if (lines[i] >= target && (new_line < 0 || lines[i] < new_line))
            new_line = lines[i];
    if (new_line < 0) {
        PyErr_Format(PyExc_ValueError, "line %ld comes after the current code block", target);
        goto done;
    }
    stacks = stack_shapes(co, &v);
    if (stacks == NULL)
        goto done;

    int64_t from = lasti >= 0 && lasti < v.len ? stacks[lasti] : EMPTY;
    int64_t best = TOO_DEEP;
    int best_addr = -1, err = -1;
    const char *msg = "cannot find bytecode for specified line";
    for (int i = 0; i < v.len; i++) {
        if (lines[i] != new_line)
            continue;
        if (fits(from, stacks[i])) {
            err = 0;
            if (stacks[i] > best) {
                best = stacks[i];
                best_addr = i;
            }
        }
        else if (err < 0) {
            if (from == TOO_DEEP)
                msg = "stack to deep to analyze";
            else if (from == UNREACHED)
                msg = "can't jump from within an exception handler";
            else {
                msg = why_not(stacks[i]);
                err = 1;
            }
        }
    }
    if (err != 0) {
        PyErr_SetString(PyExc_ValueError, msg);
        goto done;
    }
    /* a suspended generator has already given up the value it yielded */
    if (suspended)
        from = pop_kind(from);
    while (entries(from) > entries(best)) {
        PyObject *top = frame->localsplus[--frame->stacktop];
        if (top_kind(from) == K_EXCEPT) {
            /* leaving a handler: the exception it saved is current again */
            PyObject *old = tstate->exc_info->exc_value;
            tstate->exc_info->exc_value = top;
            Py_XDECREF(old);
        }
        else {
            Py_XDECREF(top);
        }
        from = pop_kind(from);
    }
    f->f_lineno = 0;
    frame->prev_instr = _PyCode_CODE(co) + best_addr;
    result = 0;
done:
    PyMem_Free(v.is_instr);
    PyMem_Free(lines);
    PyMem_Free(stacks);
    return result;
}
