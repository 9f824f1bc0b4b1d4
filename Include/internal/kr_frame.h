/* Interpreter frames: the activation records of Python functions.
 *
 * A call from Python to Python never recurses in C: the VM pushes a
 * _PyInterpreterFrame onto the thread's data stack (PyThreadState's
 * datastack_* chunk list), links it to the caller through `previous`, and
 * jumps to the callee's first instruction.  A frame is: the function,
 * its globals and builtins, the code, then `localsplus`: the fast locals,
 * cells and free variables (co_nlocalsplus of them) followed by the value
 * stack (co_stacksize slots).  Frame *objects* (PyFrameObject) are made
 * only when someone asks (sys._getframe, a traceback); when the frame
 * ends while its object lives on, the frame is copied into the object.
 * Generators keep their frame inside the generator object. */
#ifndef KR_FRAME_H
#define KR_FRAME_H
#include "Python.h"

enum _frameowner {
    FRAME_OWNED_BY_THREAD = 0,
    FRAME_OWNED_BY_GENERATOR = 1,
    FRAME_OWNED_BY_FRAME_OBJECT = 2,
};

typedef struct _PyInterpreterFrame {
    PyFunctionObject *f_func; /* strong; NULL for module/class bodies run by exec */
    PyObject *f_globals;      /* borrowed from f_func, or strong when f_func is NULL */
    PyObject *f_builtins;     /* borrowed */
    PyObject *f_locals;       /* strong; NULL for optimized (function) frames */
    PyCodeObject *f_code;     /* strong */
    PyFrameObject *frame_obj; /* strong; NULL until asked for */
    struct _PyInterpreterFrame *previous;
    _Py_CODEUNIT *prev_instr; /* the instruction last started (or about to start, minus one) */
    int stacktop;             /* index of the first free stack slot, from localsplus */
    char is_entry;            /* returning from this frame leaves the C eval call */
    char owner;               /* enum _frameowner */
    PyObject *localsplus[1];
} _PyInterpreterFrame;

#define _PyInterpreterFrame_LASTI(f) ((int)((f)->prev_instr - _PyCode_CODE((f)->f_code)))
static inline PyObject **_PyFrame_Stackbase(_PyInterpreterFrame *f) { return f->localsplus + f->f_code->co_nlocalsplus; }
static inline PyObject **_PyFrame_GetLocalsArray(_PyInterpreterFrame *f) { return f->localsplus; }
/* words a frame of this code needs on the data stack */
#define _PyFrame_NumSlotsForCode(code) \
    ((int)((sizeof(_PyInterpreterFrame) - sizeof(PyObject *)) / sizeof(PyObject *)) + \
     (code)->co_nlocalsplus + (code)->co_stacksize)

/* Python/vm/frame.c */
_PyInterpreterFrame *_PyThreadState_PushFrame(PyThreadState *, size_t size); /* NULL + MemoryError */
void _PyThreadState_PopFrame(PyThreadState *, _PyInterpreterFrame *);
void _PyFrame_Clear(_PyInterpreterFrame *); /* releases everything the frame holds */
PyFrameObject *_PyFrame_GetFrameObject(_PyInterpreterFrame *); /* borrowed; creates it if needed */
/* frame.f_lineno = value from a trace function (Python/vm/frame_jump.c) */
int _KrFrame_SetLineNumber(PyFrameObject *f, PyObject *value);
/* The line of each of the first n code units of co, -1 where none. */
void _KrCode_UnitLines(PyCodeObject *co, int *lines, int n);
int _PyFrame_FastToLocalsWithError(_PyInterpreterFrame *);
void _PyFrame_LocalsToFast(_PyInterpreterFrame *, int clear);
int _PyFrame_GetLineNumber(_PyInterpreterFrame *);
/* Is this frame visible to Python (sys._getframe, tracebacks)? */
static inline int _PyFrame_IsIncomplete(_PyInterpreterFrame *f)
{
    return f->owner != FRAME_OWNED_BY_GENERATOR &&
        f->prev_instr < _PyCode_CODE(f->f_code) + f->f_code->_co_firsttraceable;
}

/* Python/vm/ceval.c: run a frame until it returns (or yields, for a
 * generator frame).  `throwflag` starts by raising the current exception
 * at the frame's current instruction (generator.throw). */
PyObject *_PyEval_EvalFrame(PyThreadState *, _PyInterpreterFrame *, int throwflag);
/* Look up the current frame's globals/locals/builtins (borrowed). */
_PyInterpreterFrame *_PyEval_GetFrame(void);
PyObject *_PyEval_GetBuiltins(PyThreadState *);

/* Generator frame states (gi_frame_state), CPython 3.11's values. */
enum _framestate {
    FRAME_CREATED = -2,
    FRAME_SUSPENDED = -1,
    FRAME_EXECUTING = 0,
    FRAME_COMPLETED = 1,
    FRAME_CLEARED = 4,
};
/* Copy a frame (header, locals, value stack) to dest, moving its
 * references; fixes frame_obj's pointer (Python/vm/frame.c). */
void _PyFrame_Copy(_PyInterpreterFrame *src, _PyInterpreterFrame *dest);
/* A frame object viewing a live frame (Objects/frameobject.c). */
PyFrameObject *_KrFrame_New(_PyInterpreterFrame *frame);

/* The 3.11 exception table: entries of four varints (6 bits a byte, 0x40
 * = more bytes follow, 0x80 marks an entry's first byte): start, length
 * and handler in code units, then depth<<1 | lasti; sorted by start.
 * The unwinder (ceval.c) and the jump analysis (frame_jump.c) read it. */
typedef struct {
    int start, size, handler, depth, lasti;
} _KrExceptionEntry;

static inline const unsigned char *
_KrExceptionTable_Varint(const unsigned char *p, int *out)
{
    int val = *p & 63;
    while (*p & 64) {
        p++;
        val = (val << 6) | (*p & 63);
    }
    *out = val;
    return p + 1;
}

/* Read the entry at p into *e; returns where the next one starts. */
static inline const unsigned char *
_KrExceptionTable_Next(const unsigned char *p, _KrExceptionEntry *e)
{
    int depth_lasti;
    p = _KrExceptionTable_Varint(p, &e->start);
    p = _KrExceptionTable_Varint(p, &e->size);
    p = _KrExceptionTable_Varint(p, &e->handler);
    p = _KrExceptionTable_Varint(p, &depth_lasti);
    e->depth = depth_lasti >> 1;
    e->lasti = depth_lasti & 1;
    return p;
}
#endif
