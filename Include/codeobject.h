/* Code objects (Objects/codeobject.c): compiled bytecode and everything
 * the VM needs to run it.
 *
 * The instruction format is CPython 3.11's: 16-bit code units (opcode in
 * the low byte, argument in the high byte), EXTENDED_ARG prefixes, inline
 * cache units after specializable instructions, the same opcode numbers
 * and cache sizes (Python/vm/instructions.def), the same exception-table
 * encoding and the same location-table encoding.  Keeping the format lets
 * the standard library's own `dis`, `opcode` and `inspect` modules read
 * Krait's code objects unchanged.  The bytecode itself is produced by
 * Krait's compiler (Python/compiler/). */
#ifndef Py_CODEOBJECT_H
#define Py_CODEOBJECT_H
#include "object.h"

typedef uint16_t _Py_CODEUNIT;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#  define _Py_OPCODE(word) ((word) >> 8)
#  define _Py_OPARG(word) ((word) & 255)
#  define _Py_MAKECODEUNIT(opcode, oparg) (((opcode) << 8) | (oparg))
#else
#  define _Py_OPCODE(word) ((word) & 255)
#  define _Py_OPARG(word) ((word) >> 8)
#  define _Py_MAKECODEUNIT(opcode, oparg) ((opcode) | ((oparg) << 8))
#endif
#define _Py_SET_OPCODE(word, opcode) do { ((unsigned char *)&(word))[0] = (opcode); } while (0)

typedef struct PyCodeObject {
    PyObject_VAR_HEAD /* ob_size: number of code units in co_code_adaptive */
    PyObject *co_consts;         /* tuple */
    PyObject *co_names;          /* tuple of str: global and attribute names */
    PyObject *co_exceptiontable; /* bytes, 3.11 encoding */
    int co_flags;                /* CO_... */
    short co_warmup;             /* counts up to specialization of the whole code */
    short _co_linearray_entry_size;
    int co_argcount;
    int co_posonlyargcount;
    int co_kwonlyargcount;
    int co_stacksize;
    int co_firstlineno;
    int co_nlocalsplus;          /* locals + cells + free variables */
    int co_nlocals;
    int co_nplaincellvars;       /* cells that are not also arguments */
    int co_ncellvars;
    int co_nfreevars;
    PyObject *co_localsplusnames; /* tuple of str */
    PyObject *co_localspluskinds; /* bytes of CO_FAST_... */
    PyObject *co_filename;
    PyObject *co_name;
    PyObject *co_qualname;
    PyObject *co_linetable;      /* bytes, 3.11 location table */
    PyObject *co_weakreflist;
    PyObject *_co_code;          /* cached co_code bytes without specializations */
    char *_co_linearray;
    int _co_firsttraceable;      /* index of the first traceable instruction (after RESUME) */
    void *co_extra;
    char co_code_adaptive[1];    /* the bytecode, specialized in place */
} PyCodeObject;

#define _PyCode_CODE(co) ((_Py_CODEUNIT *)(co)->co_code_adaptive)
#define _PyCode_NBYTES(co) (Py_SIZE(co) * (Py_ssize_t)sizeof(_Py_CODEUNIT))

/* co_flags */
#define CO_OPTIMIZED 0x0001
#define CO_NEWLOCALS 0x0002
#define CO_VARARGS 0x0004
#define CO_VARKEYWORDS 0x0008
#define CO_NESTED 0x0010
#define CO_GENERATOR 0x0020
#define CO_NOFREE 0x0040
#define CO_COROUTINE 0x0080
#define CO_ITERABLE_COROUTINE 0x0100
#define CO_ASYNC_GENERATOR 0x0200
#define CO_FUTURE_DIVISION 0x20000
#define CO_FUTURE_ABSOLUTE_IMPORT 0x40000
#define CO_FUTURE_WITH_STATEMENT 0x80000
#define CO_FUTURE_PRINT_FUNCTION 0x100000
#define CO_FUTURE_UNICODE_LITERALS 0x200000
#define CO_FUTURE_BARRY_AS_BDFL 0x400000
#define CO_FUTURE_GENERATOR_STOP 0x800000
#define CO_FUTURE_ANNOTATIONS 0x1000000

/* co_localspluskinds */
#define CO_FAST_LOCAL 0x20
#define CO_FAST_CELL 0x40
#define CO_FAST_FREE 0x80
typedef unsigned char _PyLocals_Kind;

extern PyTypeObject PyCode_Type;
#define PyCode_Check(op) Py_IS_TYPE((op), &PyCode_Type)
#define PyCode_GetNumFree(op) ((op)->co_nfreevars)

/* Everything a code object is made of; the compiler fills one of these. */
struct _PyCodeConstructor {
    PyObject *filename, *name, *qualname;
    int flags;
    PyObject *code;        /* bytes of code units */
    int firstlineno;
    PyObject *linetable;
    PyObject *consts, *names;
    PyObject *localsplusnames, *localspluskinds;
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize;
    PyObject *exceptiontable;
};
PyCodeObject *_PyCode_New(struct _PyCodeConstructor *);
PyCodeObject *PyCode_NewEmpty(const char *filename, const char *funcname, int firstlineno);
int PyCode_Addr2Line(PyCodeObject *, int byte_offset);
/* Source span of the instruction at byte_offset; any out value may be -1. */
int PyCode_Addr2Location(PyCodeObject *, int byte_offset, int *start_line, int *start_column, int *end_line, int *end_column);
PyObject *PyCode_GetCode(PyCodeObject *);
PyObject *PyCode_GetVarnames(PyCodeObject *);
PyObject *PyCode_GetCellvars(PyCodeObject *);
PyObject *PyCode_GetFreevars(PyCodeObject *);
#endif
