/* Private interface between the code generator (codegen.c) and the
 * assembler (assemble.c).  Not installed, not used outside this folder.
 *
 * The code generator emits instructions into basic blocks; jumps point at
 * blocks, not offsets.  Besides real opcodes it emits the pseudo
 * instructions below (numbers >= 256), which the assembler resolves:
 * directionless jumps become the FORWARD/BACKWARD forms, SETUP_* and
 * POP_BLOCK become entries of the exception table. */
#ifndef KR_COMPILER_H
#define KR_COMPILER_H
#include "Python.h"
#include "kr_opcode.h"
#include "kr_opcode_utils.h"

#define SETUP_FINALLY 256      /* handler gets the exception */
#define SETUP_CLEANUP 257      /* handler gets lasti and the exception */
#define SETUP_WITH 258         /* as SETUP_CLEANUP, below the __enter__ result */
#define POP_BLOCK 259
#define JUMP 260
#define JUMP_NO_INTERRUPT 261
#define POP_JUMP_IF_FALSE 262
#define POP_JUMP_IF_TRUE 263
#define POP_JUMP_IF_NONE 264
#define POP_JUMP_IF_NOT_NONE 265

#define IS_PSEUDO(op) ((op) >= 256)

typedef struct {
    int lineno, end_lineno, col_offset, end_col_offset; /* lineno -1: no location */
} kr_location;

#define NO_LOCATION ((kr_location){-1, -1, -1, -1})

struct kr_block;

typedef struct {
    int i_opcode;
    int i_oparg;
    kr_location i_loc;
    struct kr_block *i_target;  /* jumps and SETUP_* */
    struct kr_block *i_except;  /* handler covering this instruction (assembler) */
} kr_instr;

typedef struct kr_block {
    struct kr_block *b_list;    /* all blocks of the unit, for freeing */
    struct kr_block *b_next;    /* layout order */
    kr_instr *b_instr;
    int b_iused, b_ialloc;
    int b_startdepth;           /* -1: not yet reached */
    int b_handlerdepth;         /* handlers: stack depth on entry, found before optimizing */
    int b_offset;               /* in code units */
    int b_predecessors;
    unsigned b_visited : 1;
    unsigned b_except_handler : 1;
    unsigned b_preserve_lasti : 1;
    unsigned b_cold : 1;
    unsigned b_warm : 1;
} kr_block;

/* What the assembler needs from a compiled unit. */
typedef struct {
    kr_block *entry;            /* first block in layout order */
    kr_block *blocks;           /* b_list chain */
    PyObject *filename, *name, *qualname;
    PyObject *consts;           /* list */
    PyObject *names;            /* dict name -> index */
    PyObject *varnames;         /* dict name -> index (arguments first) */
    PyObject *cellvars;         /* dict name -> index */
    PyObject *freevars;         /* dict name -> index (after the cells) */
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    int firstlineno;
    int is_generator;           /* RETURN_GENERATOR prologue */
} kr_unit_info;

/* Builds the code object; deref opargs are cell/free indexes
 * (cells first, then free variables) and are renumbered to localsplus. */
PyCodeObject *_KrCompiler_Assemble(kr_unit_info *);
int _KrCompiler_StackEffect(int opcode, int oparg, int jump);
#endif
