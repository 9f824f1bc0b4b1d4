/* From source to code object: the interfaces between the tokenizer and
 * parser (Parser/), the compiler (Python/compiler/) and their users
 * (compile(), exec(), eval(), import, the command line). */
#ifndef KR_COMPILE_H
#define KR_COMPILE_H
#include "Python.h"
#include "kr_ast.h"

/* start symbols, as in CPython */
#define Py_single_input 256
#define Py_file_input 257
#define Py_eval_input 258
#define Py_func_type_input 345

/* compile() flags */
#define PyCF_MASK (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT | \
    CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL | \
    CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS)
#define PyCF_MASK_OBSOLETE (CO_NESTED)
#define PyCF_SOURCE_IS_UTF8 0x0100
#define PyCF_DONT_IMPLY_DEDENT 0x0200
#define PyCF_ONLY_AST 0x0400
#define PyCF_IGNORE_COOKIE 0x0800
#define PyCF_TYPE_COMMENTS 0x1000
#define PyCF_ALLOW_TOP_LEVEL_AWAIT 0x2000
#define PyCF_ALLOW_INCOMPLETE_INPUT 0x4000
/* Krait's own: the source is a script file read whole, which CPython's
 * file tokenizer checks is UTF-8 (PEP 263) before anything else */
#define _KrCF_SOURCE_IS_FILE 0x40000000
typedef struct { int cf_flags; int cf_feature_version; } PyCompilerFlags;
#define _PyCompilerFlags_INIT { .cf_flags = 0, .cf_feature_version = 11 }

/* Parser/: parse source (bytes, UTF-8 unless a coding cookie says
 * otherwise, unless PyCF_IGNORE_COOKIE) into an AST in `arena`.  On error
 * returns NULL with SyntaxError / IndentationError / TabError set,
 * carrying filename, lineno, offset, end_lineno, end_offset and text. */
mod_ty _PyParser_ASTFromString(const char *str, PyObject *filename, int mode,
                               PyCompilerFlags *flags, PyArena *arena);
mod_ty _PyParser_ASTFromFile(FILE *fp, PyObject *filename, int mode,
                             PyCompilerFlags *flags, PyArena *arena);

/* Python/compiler/: AST to code object.  `optimize` is -1 (use sys.flags),
 * 0, 1 or 2 as for compile(). */
PyCodeObject *_PyAST_Compile(mod_ty mod, PyObject *filename, PyCompilerFlags *flags,
                             int optimize, PyArena *arena);
/* The stack effect of an instruction (jump: 1 taken, 0 not, -1 the
 * larger); 0x7fffffff for an unknown opcode.  The assembler's table,
 * which _opcode.stack_effect also answers from. */
int _KrCompiler_StackEffect(int opcode, int oparg, int jump);
/* Constant folding and other AST-level optimizations (ast_opt.c). */
int _PyAST_Optimize(mod_ty mod, PyArena *arena, int optimize);
/* Mangle __private names inside a class (symtable and compiler share it). */
PyObject *_Py_Mangle(PyObject *privateobj, PyObject *ident);

/* Python/runtime/pythonrun.c: source string or file to code object. */
PyObject *Py_CompileStringObject(const char *str, PyObject *filename, int start,
                                 PyCompilerFlags *flags, int optimize);
PyObject *Py_CompileStringExFlags(const char *str, const char *filename, int start,
                                  PyCompilerFlags *flags, int optimize);
#define Py_CompileString(str, p, s) Py_CompileStringExFlags((str), (p), (s), NULL, -1)
#endif
