/* The meanings of instruction arguments that are not table indexes:
 * shared by the compiler that writes them and the VM that reads them.
 * Values are CPython 3.11's (dis shows them). */
#ifndef KR_OPCODE_UTILS_H
#define KR_OPCODE_UTILS_H
#include "kr_opcode.h"

/* BINARY_OP argument; the in-place forms are the plain ones + NB_INPLACE_ADD */
#define NB_ADD 0
#define NB_AND 1
#define NB_FLOOR_DIVIDE 2
#define NB_LSHIFT 3
#define NB_MATRIX_MULTIPLY 4
#define NB_MULTIPLY 5
#define NB_REMAINDER 6
#define NB_OR 7
#define NB_POWER 8
#define NB_RSHIFT 9
#define NB_SUBTRACT 10
#define NB_TRUE_DIVIDE 11
#define NB_XOR 12
#define NB_INPLACE_ADD 13
#define NB_INPLACE_AND 14
#define NB_INPLACE_FLOOR_DIVIDE 15
#define NB_INPLACE_LSHIFT 16
#define NB_INPLACE_MATRIX_MULTIPLY 17
#define NB_INPLACE_MULTIPLY 18
#define NB_INPLACE_REMAINDER 19
#define NB_INPLACE_OR 20
#define NB_INPLACE_POWER 21
#define NB_INPLACE_RSHIFT 22
#define NB_INPLACE_SUBTRACT 23
#define NB_INPLACE_TRUE_DIVIDE 24
#define NB_INPLACE_XOR 25

/* COMPARE_OP argument: Py_LT .. Py_GE (object.h) */

/* MAKE_FUNCTION argument flags: which extras are on the stack, in this
 * order below the code object */
#define MAKE_FUNCTION_DEFAULTS 0x01
#define MAKE_FUNCTION_KWDEFAULTS 0x02
#define MAKE_FUNCTION_ANNOTATIONS 0x04
#define MAKE_FUNCTION_CLOSURE 0x08

/* FORMAT_VALUE argument */
#define FVC_MASK 0x3
#define FVC_NONE 0x0
#define FVC_STR 0x1
#define FVC_REPR 0x2
#define FVC_ASCII 0x3
#define FVS_MASK 0x4
#define FVS_HAVE_SPEC 0x4

/* RESUME argument */
#define RESUME_AT_FUNC_START 0
#define RESUME_AFTER_YIELD 1
#define RESUME_AFTER_YIELD_FROM 2
#define RESUME_AFTER_AWAIT 3

/* GET_AWAITABLE argument */
#define AWAITABLE_AFTER_AENTER 1
#define AWAITABLE_AFTER_AEXIT 2

/* The inline caches, in code units after the instruction (3.11 sizes). */
#define INLINE_CACHE_ENTRIES_BINARY_OP 1
#define INLINE_CACHE_ENTRIES_UNPACK_SEQUENCE 1
#define INLINE_CACHE_ENTRIES_COMPARE_OP 2
#define INLINE_CACHE_ENTRIES_BINARY_SUBSCR 4
#define INLINE_CACHE_ENTRIES_LOAD_GLOBAL 5
#define INLINE_CACHE_ENTRIES_LOAD_ATTR 4
#define INLINE_CACHE_ENTRIES_STORE_ATTR 4
#define INLINE_CACHE_ENTRIES_LOAD_METHOD 10
#define INLINE_CACHE_ENTRIES_PRECALL 1
#define INLINE_CACHE_ENTRIES_CALL 4
#define INLINE_CACHE_ENTRIES_STORE_SUBSCR 1
#endif
