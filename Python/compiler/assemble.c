/* The assembler: control-flow graph to code object.
 *
 * Input is the block list built by codegen.c: instructions carry their
 * source location and jumps point at blocks.  The passes, in order (the
 * order is CPython 3.11's, because each one's output is visible in `dis`):
 *
 *   1. prologue: COPY_FREE_VARS, MAKE_CELL for each cell, and for
 *      generators RETURN_GENERATOR + POP_TOP, before RESUME;
 *   2. peephole and CFG clean-up: constant conditions, `is None` tests,
 *      jump threading, copying small exit blocks into their jumpers,
 *      removing unreachable blocks and redundant NOPs and jumps;
 *   3. exit blocks with no line number are duplicated per predecessor,
 *      then locations flow forward into instructions that have none;
 *   4. stack depth, by a walk of the graph; SETUP_* pseudo instructions
 *      are edges to their handler with the depth the handler starts at;
 *   5. exception-table labelling: a walk carrying the stack of open
 *      SETUP_* handlers gives every instruction its handler, after which
 *      SETUP_* and POP_BLOCK become NOPs and are cleaned away;
 *   6. jump directions (forward/backward by layout order), offsets with
 *      EXTENDED_ARG prefixes, iterated until no instruction grows;
 *   7. emission of co_code (with zeroed inline caches), the 3.11
 *      exception table and location table, and the localsplus tables.
 *
 * Cell and free variable opargs arrive as indexes among cells+frees and
 * leave as localsplus indexes (a cell that is also an argument shares the
 * argument's slot). */
#include "Python.h"
#include "compiler.h"

#define MAX_COPY_SIZE 4

typedef struct {
    kr_block *entry;
    kr_unit_info *info;
    int nlocals;          /* varnames */
    int *cell_slot;       /* cells+frees index -> localsplus index */
    int ncells, nfree;
} assembler;

/* ---------------------------------------------------------------- opcodes */

static int
is_jump_op(int op)
{
    switch (op) {
    case JUMP: case JUMP_NO_INTERRUPT: case JUMP_FORWARD: case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND:
    case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_FORWARD_IF_TRUE:
    case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_BACKWARD_IF_NOT_NONE:
        return 1;
    }
    return 0;
}

static int
is_block_push(int op)
{
    return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
}

static int
is_unconditional_jump(int op)
{
    return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD ||
           op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
}

static int
is_scope_exit(int op)
{
    return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

static kr_instr *
last_instr(kr_block *b)
{
    return b->b_iused ? &b->b_instr[b->b_iused - 1] : NULL;
}

static int
has_fallthrough(kr_block *b)
{
    kr_instr *l = last_instr(b);
    return l == NULL || !(is_unconditional_jump(l->i_opcode) || is_scope_exit(l->i_opcode));
}

static int
is_exit_block(kr_block *b)
{
    kr_instr *l = last_instr(b);
    return l != NULL && is_scope_exit(l->i_opcode);
}

int
_KrCompiler_StackEffect(int op, int oparg, int jump)
{
    switch (op) {
    case NOP: case EXTENDED_ARG: case RESUME: case CACHE: return 0;
    case POP_TOP: return -1;
    case PUSH_NULL: return 1;
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT: return 0;
    case SET_ADD: case LIST_APPEND: return -1;
    case MAP_ADD: return -2;
    case BINARY_SUBSCR: return -1;
    case BINARY_OP: return -1;
    case STORE_SUBSCR: return -3;
    case DELETE_SUBSCR: return -2;
    case GET_ITER: return 0;
    case PRINT_EXPR: return -1;
    case LOAD_BUILD_CLASS: return 1;
    case RETURN_VALUE: return -1;
    case IMPORT_STAR: return -1;
    case SETUP_ANNOTATIONS: return 0;
    case ASYNC_GEN_WRAP: case YIELD_VALUE: return 0;
    case POP_BLOCK: return 0;
    case POP_EXCEPT: return -1;
    case STORE_NAME: return -1;
    case DELETE_NAME: return 0;
    case UNPACK_SEQUENCE: return oparg - 1;
    case UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
    case FOR_ITER: return jump > 0 ? -1 : 1;
    case SEND: return jump > 0 ? -1 : 0;
    case STORE_ATTR: return -2;
    case DELETE_ATTR: return -1;
    case STORE_GLOBAL: return -1;
    case DELETE_GLOBAL: return 0;
    case LOAD_CONST: return 1;
    case LOAD_NAME: return 1;
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - oparg;
    case BUILD_MAP: return 1 - 2 * oparg;
    case BUILD_CONST_KEY_MAP: return -oparg;
    case LOAD_ATTR: return 0;
    case COMPARE_OP: case IS_OP: case CONTAINS_OP: return -1;
    case CHECK_EXC_MATCH: return 0;
    case CHECK_EG_MATCH: return 0;
    case IMPORT_NAME: return -1;
    case IMPORT_FROM: return 1;
    case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP: case JUMP_BACKWARD_NO_INTERRUPT:
    case JUMP_NO_INTERRUPT: return 0;
    case JUMP_IF_TRUE_OR_POP: case JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_IF_NONE:
    case POP_JUMP_BACKWARD_IF_NOT_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_IF_NOT_NONE: case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_IF_FALSE: case POP_JUMP_FORWARD_IF_TRUE: case POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_IF_TRUE: return -1;
    case LOAD_GLOBAL: return (oparg & 1) + 1;
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case SETUP_WITH: return jump ? 1 : 0;
    case PREP_RERAISE_STAR: return -1;
    case RERAISE: return -1;
    case PUSH_EXC_INFO: return 1;
    case WITH_EXCEPT_START: return 1;
    case LOAD_FAST: return 1;
    case STORE_FAST: return -1;
    case DELETE_FAST: return 0;
    case RETURN_GENERATOR: return 0;
    case RAISE_VARARGS: return -oparg;
    case PRECALL: return -oparg;
    case KW_NAMES: return 0;
    case CALL: return -1;
    case CALL_FUNCTION_EX: return -2 - ((oparg & 0x01) != 0);
    case MAKE_FUNCTION:
        return -((oparg & 0x01) != 0) - ((oparg & 0x02) != 0) - ((oparg & 0x04) != 0) -
               ((oparg & 0x08) != 0);
    case BUILD_SLICE: return oparg == 3 ? -2 : -1;
    case MAKE_CELL: case COPY_FREE_VARS: return 0;
    case LOAD_CLOSURE: case LOAD_DEREF: case LOAD_CLASSDEREF: return 1;
    case STORE_DEREF: return -1;
    case DELETE_DEREF: return 0;
    case GET_AWAITABLE: return 0;
    case BEFORE_ASYNC_WITH: case BEFORE_WITH: return 1;
    case GET_AITER: return 0;
    case GET_ANEXT: return 1;
    case GET_YIELD_FROM_ITER: return 0;
    case END_ASYNC_FOR: return -2;
    case FORMAT_VALUE: return (oparg & FVS_MASK) == FVS_HAVE_SPEC ? -1 : 0;
    case LOAD_METHOD: return 1;
    case LOAD_ASSERTION_ERROR: return 1;
    case LIST_TO_TUPLE: return 0;
    case LIST_EXTEND: case SET_UPDATE: case DICT_MERGE: case DICT_UPDATE: return -1;
    case MATCH_CLASS: return -2;
    case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS: return 1;
    case COPY: return 1;
    case SWAP: return 0;
    }
    return 0x7fffffff; /* unknown */
}

/* ---------------------------------------------------------------- prologue */

static int
insert_instr(kr_block *b, int pos, kr_instr *ins)
{
    if (b->b_iused == b->b_ialloc) {
        int n = b->b_ialloc ? b->b_ialloc * 2 : 8;
        kr_instr *p = PyMem_Realloc(b->b_instr, (size_t)n * sizeof *p);
        if (p == NULL) {
            PyErr_NoMemory();
            return 0;
        }
        b->b_instr = p;
        b->b_ialloc = n;
    }
    memmove(&b->b_instr[pos + 1], &b->b_instr[pos], (size_t)(b->b_iused - pos) * sizeof *ins);
    b->b_instr[pos] = *ins;
    b->b_iused++;
    return 1;
}

static int
insert_prologue(assembler *a)
{
    kr_unit_info *u = a->info;
    kr_block *entry = a->entry;
    if (u->is_generator) {
        kr_instr g = { .i_opcode = RETURN_GENERATOR,
                       .i_loc = { u->firstlineno, u->firstlineno, -1, -1 } };
        kr_instr p = { .i_opcode = POP_TOP, .i_loc = g.i_loc };
        if (!insert_instr(entry, 0, &g) || !insert_instr(entry, 1, &p))
            return 0;
    }
    /* MAKE_CELL in localsplus order */
    int pos = 0;
    int nslots = a->nlocals + a->ncells;
    for (int slot = 0; slot < nslots; slot++) {
        for (int i = 0; i < a->ncells; i++) {
            if (a->cell_slot[i] == slot) {
                kr_instr m = { .i_opcode = MAKE_CELL, .i_oparg = slot, .i_loc = NO_LOCATION };
                if (!insert_instr(entry, pos++, &m))
                    return 0;
            }
        }
    }
    if (a->nfree) {
        kr_instr f = { .i_opcode = COPY_FREE_VARS, .i_oparg = a->nfree, .i_loc = NO_LOCATION };
        if (!insert_instr(entry, 0, &f))
            return 0;
    }
    return 1;
}

static void
fix_cell_offsets(assembler *a)
{
    for (kr_block *b = a->entry; b; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            switch (ins->i_opcode) {
            case LOAD_CLOSURE: case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF:
            case LOAD_CLASSDEREF:
                ins->i_oparg = a->cell_slot[ins->i_oparg];
                break;
            }
        }
    }
}

/* ---------------------------------------------------------------- optimizer */

static kr_instr *
first_real(kr_block *b)
{
    while (b && b->b_iused == 0)
        b = b->b_next;
    return b ? &b->b_instr[0] : NULL;
}

static int
jump_thread(kr_instr *inst, kr_instr *target, int opcode)
{
    if (inst->i_loc.lineno == target->i_loc.lineno && inst->i_target != target->i_target) {
        inst->i_target = target->i_target;
        inst->i_opcode = opcode;
        return 1;
    }
    return 0;
}

/* SWAP n followed by stores (or POP_TOPs) on one line: swap the stores
 * instead of the stack items, as 3.11 does for `a, b = b, a`. */
#define SWAPPABLE(op) ((op) == STORE_FAST || (op) == POP_TOP)

static int
next_swappable(kr_block *b, int i, int lineno)
{
    while (++i < b->b_iused) {
        kr_instr *ins = &b->b_instr[i];
        if (lineno >= 0 && ins->i_loc.lineno != lineno)
            return -1;
        if (ins->i_opcode == NOP)
            continue;
        if (SWAPPABLE(ins->i_opcode))
            return i;
        return -1;
    }
    return -1;
}

static void
apply_static_swaps(kr_block *b, int i)
{
    for (; i >= 0; i--) {
        kr_instr *swap = &b->b_instr[i];
        if (swap->i_opcode != SWAP) {
            if (swap->i_opcode == NOP || SWAPPABLE(swap->i_opcode))
                continue;
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0)
            return;
        int k = j, lineno = b->b_instr[j].i_loc.lineno;
        for (int count = swap->i_oparg - 1; count > 0; count--) {
            k = next_swappable(b, k, lineno);
            if (k < 0)
                return;
        }
        swap->i_opcode = NOP;
        kr_instr tmp = b->b_instr[j];
        b->b_instr[j] = b->b_instr[k];
        b->b_instr[k] = tmp;
    }
}

/* LOAD_CONST x n; BUILD_TUPLE n  ->  LOAD_CONST (x...).  Returns -1 on error. */
static int
fold_tuple_on_constants(kr_block *bb, int i, PyObject *consts)
{
    int n = bb->b_instr[i].i_oparg;
    for (int j = 0; j < n; j++)
        if (bb->b_instr[i - n + j].i_opcode != LOAD_CONST)
            return 0;
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return -1;
    for (int j = 0; j < n; j++)
        PyTuple_SET_ITEM(t, j, Py_NewRef(PyList_GET_ITEM(consts, bb->b_instr[i - n + j].i_oparg)));
    /* reuse an equal tuple constant whose items have the same types */
    Py_ssize_t idx = -1;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(consts) && idx < 0; k++) {
        PyObject *o = PyList_GET_ITEM(consts, k);
        if (!PyTuple_CheckExact(o) || PyTuple_GET_SIZE(o) != n)
            continue;
        int same = 1;
        for (int j = 0; j < n && same; j++) {
            PyObject *a = PyTuple_GET_ITEM(o, j), *b = PyTuple_GET_ITEM(t, j);
            same = a == b || (Py_TYPE(a) == Py_TYPE(b) && !PyFloat_CheckExact(a) &&
                              !PyComplex_CheckExact(a) && !PyTuple_CheckExact(a) &&
                              PyObject_RichCompareBool(a, b, Py_EQ) == 1);
        }
        PyErr_Clear();
        if (same)
            idx = k;
    }
    if (idx < 0) {
        idx = PyList_GET_SIZE(consts);
        if (PyList_Append(consts, t) < 0) {
            Py_DECREF(t);
            return -1;
        }
    }
    Py_DECREF(t);
    for (int j = 0; j < n; j++)
        bb->b_instr[i - n + j].i_opcode = NOP;
    bb->b_instr[i].i_opcode = LOAD_CONST;
    bb->b_instr[i].i_oparg = (int)idx;
    return 1;
}

static int
optimize_basic_block(kr_block *bb, PyObject *consts)
{
    for (int i = 0; i < bb->b_iused; i++) {
        kr_instr *inst = &bb->b_instr[i];
        int oparg = inst->i_oparg;
        int nextop = i + 1 < bb->b_iused ? bb->b_instr[i + 1].i_opcode : 0;
        kr_instr *target = NULL;
        kr_instr nop = { .i_opcode = NOP, .i_loc = NO_LOCATION };
        if (is_jump_op(inst->i_opcode)) {
            target = first_real(inst->i_target);
            if (target == NULL)
                target = &nop;
        }
        switch (inst->i_opcode) {
        case LOAD_CONST: {
            PyObject *cnt = PyList_GET_ITEM(consts, oparg);
            int is_true, jump_if_true;
            switch (nextop) {
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
                is_true = PyObject_IsTrue(cnt);
                if (is_true < 0)
                    return 0;
                inst->i_opcode = NOP;
                jump_if_true = nextop == POP_JUMP_IF_TRUE;
                bb->b_instr[i + 1].i_opcode = is_true == jump_if_true ? JUMP : NOP;
                break;
            case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP:
                is_true = PyObject_IsTrue(cnt);
                if (is_true < 0)
                    return 0;
                jump_if_true = nextop == JUMP_IF_TRUE_OR_POP;
                if (is_true == jump_if_true)
                    bb->b_instr[i + 1].i_opcode = JUMP;
                else {
                    inst->i_opcode = NOP;
                    bb->b_instr[i + 1].i_opcode = NOP;
                }
                break;
            case IS_OP:
                if (cnt == Py_None && i + 2 < bb->b_iused) {
                    int jump_op = bb->b_instr[i + 2].i_opcode;
                    if (jump_op == POP_JUMP_IF_FALSE || jump_op == POP_JUMP_IF_TRUE) {
                        int nextarg = bb->b_instr[i + 1].i_oparg;
                        inst->i_opcode = NOP;
                        bb->b_instr[i + 1].i_opcode = NOP;
                        bb->b_instr[i + 2].i_opcode =
                            (nextarg ^ (jump_op == POP_JUMP_IF_FALSE)) ? POP_JUMP_IF_NOT_NONE
                                                                       : POP_JUMP_IF_NONE;
                    }
                }
                break;
            }
            break;
        }
        case PUSH_NULL:
            /* PUSH_NULL; LOAD_GLOBAL g is LOAD_GLOBAL's own "NULL + g" form
             * (reaches callees like g.attr that codegen pushes generally) */
            if (nextop == LOAD_GLOBAL && (bb->b_instr[i + 1].i_oparg & 1) == 0) {
                inst->i_opcode = NOP;
                bb->b_instr[i + 1].i_oparg |= 1;
            }
            break;
        case SWAP:
            if (oparg == 1)
                inst->i_opcode = NOP;
            else
                apply_static_swaps(bb, i);
            break;
        case BUILD_TUPLE:
            if (oparg <= i && fold_tuple_on_constants(bb, i, consts) < 0)
                return 0;
            if (inst->i_opcode == LOAD_CONST)
                break;
            if (nextop == UNPACK_SEQUENCE && oparg == bb->b_instr[i + 1].i_oparg) {
                if (oparg == 1) {
                    inst->i_opcode = NOP;
                    bb->b_instr[i + 1].i_opcode = NOP;
                }
                else if (oparg == 2 || oparg == 3) {
                    inst->i_opcode = NOP;
                    bb->b_instr[i + 1].i_opcode = SWAP;
                }
            }
            break;
        case JUMP_IF_FALSE_OR_POP:
            switch (target->i_opcode) {
            case POP_JUMP_IF_FALSE:
                i -= jump_thread(inst, target, POP_JUMP_IF_FALSE);
                break;
            case JUMP:
            case JUMP_IF_FALSE_OR_POP:
                i -= jump_thread(inst, target, JUMP_IF_FALSE_OR_POP);
                break;
            case JUMP_IF_TRUE_OR_POP:
            case POP_JUMP_IF_TRUE:
                if (inst->i_loc.lineno == target->i_loc.lineno && inst->i_target->b_next) {
                    inst->i_opcode = POP_JUMP_IF_FALSE;
                    inst->i_target = inst->i_target->b_next;
                    i--;
                }
                break;
            }
            break;
        case JUMP_IF_TRUE_OR_POP:
            switch (target->i_opcode) {
            case POP_JUMP_IF_TRUE:
                i -= jump_thread(inst, target, POP_JUMP_IF_TRUE);
                break;
            case JUMP:
            case JUMP_IF_TRUE_OR_POP:
                i -= jump_thread(inst, target, JUMP_IF_TRUE_OR_POP);
                break;
            case JUMP_IF_FALSE_OR_POP:
            case POP_JUMP_IF_FALSE:
                if (inst->i_loc.lineno == target->i_loc.lineno && inst->i_target->b_next) {
                    inst->i_opcode = POP_JUMP_IF_TRUE;
                    inst->i_target = inst->i_target->b_next;
                    i--;
                }
                break;
            }
            break;
        case POP_JUMP_IF_NOT_NONE:
        case POP_JUMP_IF_NONE:
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case JUMP:
            if (target->i_opcode == JUMP)
                i -= jump_thread(inst, target, inst->i_opcode);
            break;
        }
    }
    return 1;
}

/* Drop NOPs that carry no line information of their own. */
static void
clean_block(kr_block *bb)
{
    int dest = 0, prev_lineno = -1;
    for (int src = 0; src < bb->b_iused; src++) {
        kr_instr *ins = &bb->b_instr[src];
        int lineno = ins->i_loc.lineno;
        if (ins->i_opcode == NOP) {
            if (lineno < 0)
                continue;
            if (prev_lineno == lineno)
                continue;
            if (src < bb->b_iused - 1) {
                int next_lineno = bb->b_instr[src + 1].i_loc.lineno;
                if (next_lineno < 0) {
                    bb->b_instr[src + 1].i_loc = ins->i_loc;
                    continue;
                }
                if (next_lineno == lineno) {
                    continue;
                }
            }
            else {
                kr_block *next = bb->b_next;
                while (next && next->b_iused == 0)
                    next = next->b_next;
                if (next && lineno == next->b_instr[0].i_loc.lineno)
                    continue;
            }
        }
        if (dest != src)
            bb->b_instr[dest] = *ins;
        dest++;
        prev_lineno = lineno;
    }
    bb->b_iused = dest;
}

static int
is_exit_without_lineno(kr_block *b)
{
    if (!is_exit_block(b))
        return 0;
    for (int i = 0; i < b->b_iused; i++)
        if (b->b_instr[i].i_loc.lineno >= 0)
            return 0;
    return 1;
}

static int
extend_block(kr_block *bb)
{
    kr_instr *last = last_instr(bb);
    if (last == NULL || !is_unconditional_jump(last->i_opcode))
        return 1;
    kr_block *to_copy = last->i_target;
    if (is_exit_without_lineno(to_copy) && to_copy->b_iused <= MAX_COPY_SIZE) {
        last->i_opcode = NOP;
        last->i_target = NULL;
        for (int i = 0; i < to_copy->b_iused; i++) {
            if (!insert_instr(bb, bb->b_iused, &to_copy->b_instr[i]))
                return 0;
        }
    }
    return 1;
}

static int
mark_reachable(kr_block *entry, kr_block *all)
{
    for (kr_block *b = all; b; b = b->b_list) {
        b->b_predecessors = 0;
        b->b_visited = 0;
    }
    Py_ssize_t cap = 64, sp = 0;
    kr_block **stack = PyMem_Malloc((size_t)cap * sizeof *stack);
    if (stack == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    entry->b_predecessors = 1;
    stack[sp++] = entry;
    /* handlers whose SETUP was reached stay, even if what they covered
     * optimized away (3.11 keeps them: it decides reachability while the
     * SETUP pseudo instructions still exist) */
    for (kr_block *b = all; b; b = b->b_list) {
        if (b->b_except_handler && b != entry) {
            if (sp == cap) {
                cap *= 2;
                kr_block **ns = PyMem_Realloc(stack, (size_t)cap * sizeof *stack);
                if (ns == NULL) {
                    PyMem_Free(stack);
                    PyErr_NoMemory();
                    return 0;
                }
                stack = ns;
            }
            stack[sp++] = b;
        }
    }
#define PUSH(bl) do { \
        if (sp == cap) { \
            cap *= 2; \
            kr_block **ns = PyMem_Realloc(stack, (size_t)cap * sizeof *stack); \
            if (ns == NULL) { PyMem_Free(stack); PyErr_NoMemory(); return 0; } \
            stack = ns; \
        } \
        stack[sp++] = (bl); \
    } while (0)
    while (sp) {
        kr_block *b = stack[--sp];
        if (b->b_visited)
            continue;
        b->b_visited = 1;
        if (has_fallthrough(b) && b->b_next) {
            if (b->b_next->b_predecessors == 0)
                PUSH(b->b_next);
            b->b_next->b_predecessors++;
        }
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            if (is_jump_op(ins->i_opcode) || is_block_push(ins->i_opcode)) {
                kr_block *t = ins->i_target;
                if (t->b_predecessors == 0)
                    PUSH(t);
                t->b_predecessors++;
            }
            /* a handler is reachable from what it covers, but is not a
             * predecessor for line-number propagation */
            if (ins->i_except && ins->i_except->b_predecessors == 0 && !ins->i_except->b_visited) {
                ins->i_except->b_predecessors = 0;
                PUSH(ins->i_except);
            }
        }
    }
#undef PUSH
    PyMem_Free(stack);
    return 1;
}

static void
eliminate_empty_blocks(kr_block *entry)
{
    /* retarget jumps past empty blocks, then unlink them */
    for (kr_block *b = entry; b; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            if (ins->i_target) {
                kr_block *t = ins->i_target;
                while (t->b_iused == 0 && t->b_next)
                    t = t->b_next;
                ins->i_target = t;
            }
        }
    }
    kr_block *prev = entry;
    for (kr_block *b = entry->b_next; b; b = b->b_next) {
        if (b->b_iused == 0)
            continue;
        prev->b_next = b;
        prev = b;
    }
    prev->b_next = NULL;
}

static int
optimize_cfg(assembler *a, PyObject *consts)
{
    for (kr_block *b = a->entry; b; b = b->b_next) {
        if (!optimize_basic_block(b, consts))
            return 0;
        clean_block(b);
    }
    for (kr_block *b = a->entry; b; b = b->b_next)
        if (b->b_iused > 0 && !extend_block(b))
            return 0;
    if (!mark_reachable(a->entry, a->info->blocks))
        return 0;
    for (kr_block *b = a->entry; b; b = b->b_next)
        if (!b->b_visited)
            b->b_iused = 0;
    eliminate_empty_blocks(a->entry);
    for (kr_block *b = a->entry; b; b = b->b_next)
        clean_block(b);
    /* a jump to the block that follows anyway is a NOP */
    for (kr_block *b = a->entry; b; b = b->b_next) {
        kr_instr *l = last_instr(b);
        if (l && is_unconditional_jump(l->i_opcode)) {
            kr_block *next = b->b_next;
            while (next && next->b_iused == 0)
                next = next->b_next;
            if (l->i_target == next) {
                l->i_opcode = NOP;
                l->i_target = NULL;
                clean_block(b);
            }
        }
    }
    eliminate_empty_blocks(a->entry);
    return 1;
}

static kr_block *
copy_block(kr_unit_info *u, kr_block *src)
{
    kr_block *b = PyMem_Calloc(1, sizeof *b);
    if (b == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    b->b_list = u->blocks->b_list;
    u->blocks->b_list = b;
    b->b_startdepth = -1;
    b->b_instr = PyMem_Malloc((size_t)(src->b_iused ? src->b_iused : 1) * sizeof(kr_instr));
    if (b->b_instr == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(b->b_instr, src->b_instr, (size_t)src->b_iused * sizeof(kr_instr));
    b->b_iused = b->b_ialloc = src->b_iused;
    return b;
}

static int
duplicate_exits_without_lineno(assembler *a)
{
    for (kr_block *b = a->entry; b; b = b->b_next) {
        kr_instr *last = last_instr(b);
        if (last && is_jump_op(last->i_opcode)) {
            kr_block *target = last->i_target;
            if (is_exit_without_lineno(target) && target->b_predecessors > 1) {
                kr_block *nt = copy_block(a->info, target);
                if (nt == NULL)
                    return 0;
                nt->b_instr[0].i_loc = last->i_loc;
                last->i_target = nt;
                target->b_predecessors--;
                nt->b_predecessors = 1;
                nt->b_next = target->b_next;
                target->b_next = nt;
            }
        }
    }
    for (kr_block *b = a->entry; b; b = b->b_next) {
        if (has_fallthrough(b) && b->b_next && b->b_iused > 0 && is_exit_without_lineno(b->b_next))
            b->b_next->b_instr[0].i_loc = b->b_instr[b->b_iused - 1].i_loc;
    }
    return 1;
}

static void
propagate_line_numbers(assembler *a)
{
    for (kr_block *b = a->entry; b; b = b->b_next) {
        if (b->b_iused == 0)
            continue;
        kr_location prev = NO_LOCATION;
        for (int i = 0; i < b->b_iused; i++) {
            if (b->b_instr[i].i_loc.lineno < 0)
                b->b_instr[i].i_loc = prev;
            else
                prev = b->b_instr[i].i_loc;
        }
        if (has_fallthrough(b) && b->b_next && b->b_next->b_predecessors == 1 &&
            b->b_next->b_iused && b->b_next->b_instr[0].i_loc.lineno < 0)
            b->b_next->b_instr[0].i_loc = prev;
        kr_instr *l = last_instr(b);
        if (is_jump_op(l->i_opcode)) {
            kr_block *t = l->i_target;
            if (t->b_predecessors == 1 && t->b_iused && t->b_instr[0].i_loc.lineno < 0)
                t->b_instr[0].i_loc = prev;
        }
    }
}

static void
guarantee_lineno_for_exits(assembler *a)
{
    int lineno = a->info->firstlineno;
    for (kr_block *b = a->entry; b; b = b->b_next) {
        kr_instr *l = last_instr(b);
        if (l == NULL)
            continue;
        if (l->i_loc.lineno < 0) {
            if (l->i_opcode == RETURN_VALUE)
                for (int i = 0; i < b->b_iused; i++)
                    b->b_instr[i].i_loc.lineno = lineno;
        }
        else
            lineno = l->i_loc.lineno;
    }
}

static void
trim_unused_consts(assembler *a, PyObject *consts)
{
    int max = 0;
    for (kr_block *b = a->entry; b; b = b->b_next)
        for (int i = 0; i < b->b_iused; i++) {
            int op = b->b_instr[i].i_opcode;
            if ((op == LOAD_CONST || op == KW_NAMES) && b->b_instr[i].i_oparg > max)
                max = b->b_instr[i].i_oparg;
        }
    if (max + 1 < PyList_GET_SIZE(consts))
        PyList_SetSlice(consts, max + 1, PyList_GET_SIZE(consts), NULL);
}

/* ---------------------------------------------------------------- depth */

static int
stackdepth(assembler *a, int *out)
{
    kr_unit_info *u = a->info;
    for (kr_block *b = u->blocks; b; b = b->b_list)
        b->b_startdepth = -1;
    Py_ssize_t cap = 64, sp = 0;
    kr_block **stack = PyMem_Malloc((size_t)cap * sizeof *stack);
    if (stack == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    int maxdepth = 0;
#define PUSHD(bl, d) do { \
        kr_block *bb_ = (bl); int dd_ = (d); \
        if (bb_->b_startdepth < dd_ && bb_->b_startdepth < 100000) { \
            if (bb_->b_startdepth < 0) { \
                if (sp == cap) { \
                    cap *= 2; \
                    kr_block **ns = PyMem_Realloc(stack, (size_t)cap * sizeof *stack); \
                    if (ns == NULL) { PyMem_Free(stack); PyErr_NoMemory(); return 0; } \
                    stack = ns; \
                } \
                stack[sp++] = bb_; \
            } \
            bb_->b_startdepth = dd_; \
        } \
    } while (0)
    PUSHD(a->entry, u->is_generator ? 1 : 0);
again:
    while (sp) {
        kr_block *b = stack[--sp];
        int depth = b->b_startdepth;
        int fallthrough = 1;
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            int effect = _KrCompiler_StackEffect(ins->i_opcode, ins->i_oparg, 0);
            if (effect == 0x7fffffff) {
                PyMem_Free(stack);
                PyErr_Format(PyExc_SystemError, "compiler: unknown opcode %d", ins->i_opcode);
                return 0;
            }
            int newdepth = depth + effect;
            if (newdepth < 0) {
                PyMem_Free(stack);
                PyErr_Format(PyExc_SystemError, "compiler: negative stack depth in %U",
                             u->name);
                return 0;
            }
            if (newdepth > maxdepth)
                maxdepth = newdepth;
            if (is_jump_op(ins->i_opcode) || is_block_push(ins->i_opcode)) {
                int target_depth = depth + _KrCompiler_StackEffect(ins->i_opcode, ins->i_oparg, 1);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                PUSHD(ins->i_target, target_depth);
            }
            if (ins->i_except) {
                int hd = ins->i_except->b_handlerdepth;
                if (hd > maxdepth)
                    maxdepth = hd;
                PUSHD(ins->i_except, hd);
            }
            depth = newdepth;
            if (is_unconditional_jump(ins->i_opcode) || is_scope_exit(ins->i_opcode)) {
                fallthrough = 0;
                break;
            }
        }
        if (fallthrough && b->b_next)
            PUSHD(b->b_next, depth);
    }
    /* A handler whose protected region lost every instruction (a `try`
     * body that only returns a constant) is still laid out, and its depth
     * still counts, as CPython measures before the SETUPs become NOPs. */
    for (kr_block *b = a->entry; b; b = b->b_next) {
        if (b->b_except_handler && b->b_startdepth < 0 && b->b_handlerdepth >= 0) {
            if (b->b_handlerdepth > maxdepth)
                maxdepth = b->b_handlerdepth;
            PUSHD(b, b->b_handlerdepth);
            goto again;
        }
    }
#undef PUSHD
    PyMem_Free(stack);
    *out = maxdepth;
    return 1;
}

/* ---------------------------------------------------------------- handlers */

typedef struct {
    kr_block **handlers;
    int depth;
} except_stack;

static except_stack *
except_stack_copy(except_stack *s, int extra)
{
    except_stack *n = PyMem_Malloc(sizeof *n);
    if (n == NULL)
        return NULL;
    n->handlers = PyMem_Malloc(sizeof(kr_block *) * (size_t)(s ? s->depth + extra + 1 : extra + 1));
    if (n->handlers == NULL) {
        PyMem_Free(n);
        return NULL;
    }
    n->depth = s ? s->depth : 0;
    if (s)
        memcpy(n->handlers, s->handlers, sizeof(kr_block *) * (size_t)s->depth);
    return n;
}

static void
except_stack_free(except_stack *s)
{
    if (s) {
        PyMem_Free(s->handlers);
        PyMem_Free(s);
    }
}

static int
label_exception_targets(assembler *a)
{
    kr_unit_info *u = a->info;
    int nblocks = 0;
    for (kr_block *b = u->blocks; b; b = b->b_list) {
        b->b_visited = 0;
        nblocks++;
    }
    /* the worst case stack of handlers is the number of SETUP_* instructions */
    int maxsetups = 1;
    for (kr_block *b = u->blocks; b; b = b->b_list)
        for (int i = 0; i < b->b_iused; i++)
            if (is_block_push(b->b_instr[i].i_opcode))
                maxsetups++;
    kr_block **todo = PyMem_Malloc(sizeof(kr_block *) * (size_t)(nblocks + 1));
    except_stack **stacks = PyMem_Calloc((size_t)nblocks + 1, sizeof(except_stack *));
    kr_block **index_of = NULL;
    int ok = 0, sp = 0;
    if (todo == NULL || stacks == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* number the blocks so their stacks can live in an array */
    int n = 0;
    index_of = PyMem_Malloc(sizeof(kr_block *) * (size_t)(nblocks + 1));
    if (index_of == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (kr_block *b = u->blocks; b; b = b->b_list) {
        index_of[n] = b;
        b->b_offset = n++;
    }
    stacks[a->entry->b_offset] = except_stack_copy(NULL, maxsetups);
    if (stacks[a->entry->b_offset] == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    todo[sp++] = a->entry;
    a->entry->b_visited = 1;
    while (sp) {
        kr_block *b = todo[--sp];
        except_stack *st = stacks[b->b_offset];
        stacks[b->b_offset] = NULL;
        kr_block *handler = st->depth ? st->handlers[st->depth - 1] : NULL;
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            if (is_block_push(ins->i_opcode)) {
                if (!ins->i_target->b_visited) {
                    except_stack *copy = except_stack_copy(st, maxsetups);
                    if (copy == NULL) {
                        except_stack_free(st);
                        PyErr_NoMemory();
                        goto done;
                    }
                    stacks[ins->i_target->b_offset] = copy;
                    todo[sp++] = ins->i_target;
                    ins->i_target->b_visited = 1;
                }
                ins->i_target->b_except_handler = 1;
                if (ins->i_opcode != SETUP_FINALLY)
                    ins->i_target->b_preserve_lasti = 1;
                st->handlers[st->depth++] = ins->i_target;
                handler = ins->i_target;
            }
            else if (ins->i_opcode == POP_BLOCK) {
                if (st->depth > 0)
                    st->depth--;
                handler = st->depth ? st->handlers[st->depth - 1] : NULL;
            }
            else if (is_jump_op(ins->i_opcode)) {
                ins->i_except = handler;
                if (!ins->i_target->b_visited) {
                    except_stack *copy = except_stack_copy(st, maxsetups);
                    if (copy == NULL) {
                        except_stack_free(st);
                        PyErr_NoMemory();
                        goto done;
                    }
                    stacks[ins->i_target->b_offset] = copy;
                    todo[sp++] = ins->i_target;
                    ins->i_target->b_visited = 1;
                }
            }
            else {
                ins->i_except = handler;
            }
        }
        if (has_fallthrough(b) && b->b_next && !b->b_next->b_visited) {
            stacks[b->b_next->b_offset] = st;
            todo[sp++] = b->b_next;
            b->b_next->b_visited = 1;
        }
        else
            except_stack_free(st);
    }
    ok = 1;
done:
    if (stacks) {
        for (int i = 0; i <= nblocks; i++)
            except_stack_free(stacks[i]);
    }
    PyMem_Free(stacks);
    PyMem_Free(todo);
    PyMem_Free(index_of);
    return ok;
}

static void
convert_handlers_to_nops(assembler *a)
{
    for (kr_block *b = a->entry; b; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            if (is_block_push(ins->i_opcode) || ins->i_opcode == POP_BLOCK) {
                ins->i_opcode = NOP;
                ins->i_target = NULL;
            }
        }
        clean_block(b);
    }
}

/* ---------------------------------------------------------------- layout */

static void
normalize_jumps(assembler *a)
{
    for (kr_block *b = a->entry; b; b = b->b_next)
        b->b_visited = 0;
    for (kr_block *b = a->entry; b; b = b->b_next) {
        b->b_visited = 1;
        kr_instr *l = last_instr(b);
        if (l == NULL || !is_jump_op(l->i_opcode))
            continue;
        int forward = l->i_target->b_visited == 0;
        switch (l->i_opcode) {
        case JUMP: l->i_opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD; break;
        case JUMP_NO_INTERRUPT:
            l->i_opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            break;
        case POP_JUMP_IF_FALSE:
            l->i_opcode = forward ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
            break;
        case POP_JUMP_IF_TRUE:
            l->i_opcode = forward ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
            break;
        case POP_JUMP_IF_NONE:
            l->i_opcode = forward ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
            break;
        case POP_JUMP_IF_NOT_NONE:
            l->i_opcode = forward ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
            break;
        }
    }
}

static int
instr_size(kr_instr *ins)
{
    int arg = ins->i_oparg;
    int ext = (arg > 0xff) + (arg > 0xffff) + (arg > 0xffffff);
    return 1 + ext + _PyOpcode_Caches[ins->i_opcode];
}

static int
is_backward(int op)
{
    return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT ||
           op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE ||
           op == POP_JUMP_BACKWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NOT_NONE;
}

static void
resolve_jumps(assembler *a)
{
    int changed;
    do {
        int off = 0;
        for (kr_block *b = a->entry; b; b = b->b_next) {
            b->b_offset = off;
            for (int i = 0; i < b->b_iused; i++)
                off += instr_size(&b->b_instr[i]);
        }
        changed = 0;
        for (kr_block *b = a->entry; b; b = b->b_next) {
            int here = b->b_offset;
            for (int i = 0; i < b->b_iused; i++) {
                kr_instr *ins = &b->b_instr[i];
                int before = instr_size(ins);
                here += before;
                if (is_jump_op(ins->i_opcode)) {
                    if (is_backward(ins->i_opcode))
                        ins->i_oparg = here - ins->i_target->b_offset;
                    else
                        ins->i_oparg = ins->i_target->b_offset - here;
                    if (ins->i_oparg < 0)
                        ins->i_oparg = 0;
                    if (instr_size(ins) != before)
                        changed = 1;
                }
            }
        }
    } while (changed);
}

/* ---------------------------------------------------------------- emission */

typedef struct {
    unsigned char *p;
    Py_ssize_t len, cap;
} bytebuf;

static int
bb_put(bytebuf *bb, int byte)
{
    if (bb->len == bb->cap) {
        Py_ssize_t cap = bb->cap ? bb->cap * 2 : 64;
        unsigned char *p = PyMem_Realloc(bb->p, (size_t)cap);
        if (p == NULL) {
            PyErr_NoMemory();
            return 0;
        }
        bb->p = p;
        bb->cap = cap;
    }
    bb->p[bb->len++] = (unsigned char)byte;
    return 1;
}

static int
put_varint(bytebuf *bb, unsigned int v)
{
    while (v >= 64) {
        if (!bb_put(bb, 64 | (v & 63)))
            return 0;
        v >>= 6;
    }
    return bb_put(bb, (int)v);
}

static int
put_svarint(bytebuf *bb, int v)
{
    unsigned int u = v < 0 ? ((unsigned int)(-v) << 1) | 1 : (unsigned int)v << 1;
    return put_varint(bb, u);
}

static int
put_loc_entry(bytebuf *bb, kr_instr *ins, int isize, int *cur_line)
{
    kr_location l = ins->i_loc;
    while (isize > 0) {
        int len = isize > 8 ? 8 : isize;
        isize -= len;
        int first = 0x80 | (len - 1);
        if (l.lineno < 0) {
            if (!bb_put(bb, first | (15 << 3)))
                return 0;
            continue;
        }
        int line_delta = l.lineno - *cur_line;
        int col = l.col_offset, ecol = l.end_col_offset;
        if (col < 0 || ecol < 0) {
            if (l.end_lineno == l.lineno || l.end_lineno == -1) {
                if (!bb_put(bb, first | (13 << 3)) || !put_svarint(bb, line_delta))
                    return 0;
                *cur_line = l.lineno;
                continue;
            }
        }
        else if (l.end_lineno == l.lineno) {
            if (line_delta == 0 && col < 80 && ecol - col < 16 && ecol >= col) {
                if (!bb_put(bb, first | ((col >> 3) << 3)) ||
                    !bb_put(bb, ((col & 7) << 4) | (ecol - col)))
                    return 0;
                continue;
            }
            if (line_delta >= 0 && line_delta < 3 && col < 128 && ecol < 128) {
                if (!bb_put(bb, first | ((10 + line_delta) << 3)) || !bb_put(bb, col) ||
                    !bb_put(bb, ecol))
                    return 0;
                *cur_line = l.lineno;
                continue;
            }
        }
        /* long form */
        if (!bb_put(bb, first | (14 << 3)) || !put_svarint(bb, line_delta) ||
            !put_varint(bb, (unsigned int)(l.end_lineno - l.lineno)) ||
            !put_varint(bb, (unsigned int)(col + 1)) || !put_varint(bb, (unsigned int)(ecol + 1)))
            return 0;
        *cur_line = l.lineno;
    }
    return 1;
}

static int
put_except_item(bytebuf *bb, int value, int msb)
{
    if (value >= 1 << 24) {
        if (!bb_put(bb, ((value >> 24) & 0x3f) | 64 | msb))
            return 0;
        msb = 0;
    }
    if (value >= 1 << 18) {
        if (!bb_put(bb, ((value >> 18) & 0x3f) | 64 | msb))
            return 0;
        msb = 0;
    }
    if (value >= 1 << 12) {
        if (!bb_put(bb, ((value >> 12) & 0x3f) | 64 | msb))
            return 0;
        msb = 0;
    }
    if (value >= 1 << 6) {
        if (!bb_put(bb, ((value >> 6) & 0x3f) | 64 | msb))
            return 0;
        msb = 0;
    }
    return bb_put(bb, (value & 0x3f) | msb);
}

static int
put_except_entry(bytebuf *bb, int start, int end, kr_block *handler)
{
    int depth = handler->b_handlerdepth - 1;
    if (handler->b_preserve_lasti)
        depth--;
    int dl = (depth << 1) | handler->b_preserve_lasti;
    return put_except_item(bb, start, 0x80) && put_except_item(bb, end - start, 0) &&
           put_except_item(bb, handler->b_offset, 0) && put_except_item(bb, dl, 0);
}

/* ---------------------------------------------------------------- driver */

static PyObject *
dict_keys_inorder(PyObject *dict, Py_ssize_t offset)
{
    Py_ssize_t n = PyDict_GET_SIZE(dict);
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(dict, &pos, &k, &v)) {
        Py_ssize_t i = PyLong_AsSsize_t(v) - offset;
        PyTuple_SET_ITEM(t, i, Py_NewRef(k));
    }
    return t;
}

PyCodeObject *
_KrCompiler_Assemble(kr_unit_info *u)
{
    assembler a = { .entry = u->entry, .info = u };
    PyCodeObject *co = NULL;
    PyObject *varnames = NULL, *cellnames = NULL, *freenames = NULL;
    PyObject *lpnames = NULL, *lpkinds = NULL, *names = NULL, *consts = NULL;
    PyObject *code = NULL, *linetable = NULL, *exctable = NULL;
    bytebuf cb = {0}, lb = {0}, eb = {0};

    varnames = dict_keys_inorder(u->varnames, 0);
    cellnames = dict_keys_inorder(u->cellvars, 0);
    freenames = dict_keys_inorder(u->freevars, PyDict_GET_SIZE(u->cellvars));
    if (!varnames || !cellnames || !freenames)
        goto error;
    a.nlocals = (int)PyTuple_GET_SIZE(varnames);
    a.ncells = (int)PyTuple_GET_SIZE(cellnames);
    a.nfree = (int)PyTuple_GET_SIZE(freenames);
    a.cell_slot = PyMem_Malloc(sizeof(int) * (size_t)(a.ncells + a.nfree + 1));
    if (a.cell_slot == NULL) {
        PyErr_NoMemory();
        goto error;
    }
    /* localsplus: locals (cells that are arguments share their slot), cells, frees */
    Py_ssize_t nlp = a.nlocals;
    for (int i = 0; i < a.ncells; i++) {
        PyObject *v = PyDict_GetItemWithError(u->varnames, PyTuple_GET_ITEM(cellnames, i));
        if (v != NULL)
            a.cell_slot[i] = (int)PyLong_AsLong(v);
        else if (PyErr_Occurred())
            goto error;
        else
            a.cell_slot[i] = (int)nlp++;
    }
    for (int i = 0; i < a.nfree; i++)
        a.cell_slot[a.ncells + i] = (int)nlp++;
    lpnames = PyTuple_New(nlp);
    lpkinds = PyBytes_FromStringAndSize(NULL, nlp);
    if (lpnames == NULL || lpkinds == NULL)
        goto error;
    unsigned char *kinds = (unsigned char *)PyBytes_AS_STRING(lpkinds);
    for (int i = 0; i < a.nlocals; i++) {
        PyTuple_SET_ITEM(lpnames, i, Py_NewRef(PyTuple_GET_ITEM(varnames, i)));
        kinds[i] = CO_FAST_LOCAL;
    }
    for (int i = 0; i < a.ncells; i++) {
        int slot = a.cell_slot[i];
        if (slot < a.nlocals)
            kinds[slot] |= CO_FAST_CELL;
        else {
            PyTuple_SET_ITEM(lpnames, slot, Py_NewRef(PyTuple_GET_ITEM(cellnames, i)));
            kinds[slot] = CO_FAST_CELL;
        }
    }
    for (int i = 0; i < a.nfree; i++) {
        int slot = a.cell_slot[a.ncells + i];
        PyTuple_SET_ITEM(lpnames, slot, Py_NewRef(PyTuple_GET_ITEM(freenames, i)));
        kinds[slot] = CO_FAST_FREE;
    }

    if (!insert_prologue(&a))
        goto error;
    fix_cell_offsets(&a);
    /* depths and handlers are found while SETUP_* still mark the regions;
     * the optimizer then sees plain code whose instructions know their handler */
    int maxdepth = 0;
    if (!stackdepth(&a, &maxdepth))
        goto error;
    for (kr_block *b = u->blocks; b; b = b->b_list)
        b->b_handlerdepth = b->b_startdepth;
    if (!label_exception_targets(&a))
        goto error;
    convert_handlers_to_nops(&a);
    if (!optimize_cfg(&a, u->consts) || !duplicate_exits_without_lineno(&a))
        goto error;
    /* the depth that co_stacksize reports is that of the optimized code */
    if (!stackdepth(&a, &maxdepth))
        goto error;
    trim_unused_consts(&a, u->consts);
    propagate_line_numbers(&a);
    guarantee_lineno_for_exits(&a);
    eliminate_empty_blocks(a.entry);
    normalize_jumps(&a);
    resolve_jumps(&a);

    /* code units and location table */
    int cur_line = u->firstlineno;
    for (kr_block *b = a.entry; b; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            kr_instr *ins = &b->b_instr[i];
            int arg = ins->i_oparg, op = ins->i_opcode;
            int size = instr_size(ins);
            if (IS_PSEUDO(op)) {
                PyErr_Format(PyExc_SystemError, "compiler: pseudo instruction %d left", op);
                goto error;
            }
            for (int shift = 8 * (size - 1 - _PyOpcode_Caches[op]); shift > 0; shift -= 8) {
                if (!bb_put(&cb, EXTENDED_ARG) || !bb_put(&cb, (arg >> shift) & 0xff))
                    goto error;
            }
            if (!bb_put(&cb, op) || !bb_put(&cb, arg & 0xff))
                goto error;
            for (int j = 0; j < _PyOpcode_Caches[op]; j++)
                if (!bb_put(&cb, 0) || !bb_put(&cb, 0))
                    goto error;
            if (!put_loc_entry(&lb, ins, size, &cur_line))
                goto error;
        }
    }
    /* exception table: runs of instructions with the same handler */
    {
        kr_block *cur = NULL;
        int start = 0, off = 0;
        for (kr_block *b = a.entry; b; b = b->b_next) {
            for (int i = 0; i < b->b_iused; i++) {
                kr_instr *ins = &b->b_instr[i];
                if (ins->i_except != cur) {
                    if (cur != NULL && !put_except_entry(&eb, start, off, cur))
                        goto error;
                    cur = ins->i_except;
                    start = off;
                }
                off += instr_size(ins);
            }
        }
        if (cur != NULL && !put_except_entry(&eb, start, off, cur))
            goto error;
    }
    code = PyBytes_FromStringAndSize((const char *)cb.p, cb.len);
    linetable = PyBytes_FromStringAndSize((const char *)lb.p, lb.len);
    exctable = PyBytes_FromStringAndSize((const char *)eb.p, eb.len);
    names = dict_keys_inorder(u->names, 0);
    consts = PyList_AsTuple(u->consts);
    if (!code || !linetable || !exctable || !names || !consts)
        goto error;
    struct _PyCodeConstructor con = {
        .filename = u->filename, .name = u->name, .qualname = u->qualname ? u->qualname : u->name,
        .flags = u->flags, .code = code, .firstlineno = u->firstlineno, .linetable = linetable,
        .consts = consts, .names = names, .localsplusnames = lpnames, .localspluskinds = lpkinds,
        .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount, .stacksize = maxdepth, .exceptiontable = exctable,
    };
    co = _PyCode_New(&con);
error:
    PyMem_Free(a.cell_slot);
    PyMem_Free(cb.p);
    PyMem_Free(lb.p);
    PyMem_Free(eb.p);
    Py_XDECREF(varnames); Py_XDECREF(cellnames); Py_XDECREF(freenames);
    Py_XDECREF(lpnames); Py_XDECREF(lpkinds); Py_XDECREF(names); Py_XDECREF(consts);
    Py_XDECREF(code); Py_XDECREF(linetable); Py_XDECREF(exctable);
    return co;
}
