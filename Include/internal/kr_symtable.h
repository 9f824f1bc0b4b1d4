/* The symbol table (Python/compiler/symtable.c): which scope each name of
 * each block belongs to, computed before code generation.
 *
 * One entry per block (module, class body, function, lambda,
 * comprehension), keyed by the AST node that opens it.  Each entry maps
 * names to an int: the DEF_* flags saying how the block uses the name,
 * with the resolved scope in the bits above SCOPE_OFFSET. */
#ifndef KR_SYMTABLE_H
#define KR_SYMTABLE_H
#include "Python.h"
#include "kr_ast.h"

typedef enum { FunctionBlock, ClassBlock, ModuleBlock } _Py_block_ty;

/* comprehension kinds (ste_comprehension) */
typedef enum { NoComprehension = 0, ListComprehension, DictComprehension,
               SetComprehension, GeneratorExpression } _Py_comprehension_ty;

#define DEF_GLOBAL 1
#define DEF_LOCAL 2
#define DEF_PARAM 4
#define DEF_NONLOCAL 8
#define USE 16
#define DEF_FREE 32
#define DEF_FREE_CLASS 64
#define DEF_IMPORT 128
#define DEF_ANNOT 256
#define DEF_COMP_ITER 512
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

#define SCOPE_OFFSET 11
#define SCOPE_MASK (DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL)
#define LOCAL 1
#define GLOBAL_EXPLICIT 2
#define GLOBAL_IMPLICIT 3
#define FREE 4
#define CELL 5

typedef struct _kr_ste {
    PyObject *ste_id;          /* int: address of the AST node (key) */
    PyObject *ste_symbols;     /* dict: name -> int flags */
    PyObject *ste_name;        /* str */
    PyObject *ste_varnames;    /* list: parameters, in order */
    PyObject *ste_directives;  /* dict: name -> (line, col, end line, end col) of its first global/nonlocal */
    _Py_block_ty ste_type;
    int ste_nested;            /* inside a function */
    int ste_free;              /* uses a free variable */
    int ste_child_free;
    int ste_generator;
    int ste_coroutine;
    _Py_comprehension_ty ste_comprehension;
    int ste_varargs, ste_varkeywords;
    int ste_returns_value;
    int ste_needs_class_closure;
    int ste_comp_iter_target;
    int ste_comp_iter_expr;
    int ste_lineno, ste_col_offset, ste_end_lineno, ste_end_col_offset;
    struct symtable *ste_table;
    struct _kr_ste **ste_kids;  /* children entries (owned by the table) */
    Py_ssize_t ste_nkids, ste_kidcap;
    struct _kr_ste *ste_parent;
} PySTEntryObject;

struct symtable {
    PyObject *st_filename;
    PySTEntryObject *st_top;
    PySTEntryObject *st_cur;
    PyObject *st_blocks;        /* dict: id(node) -> index into st_all */
    PySTEntryObject **st_all;
    Py_ssize_t st_nall, st_allcap;
    PyObject *st_private;       /* class name for mangling, or NULL (borrowed) */
    int st_future;              /* CO_FUTURE_* of the module */
};

struct symtable *_PySymtable_Build(mod_ty mod, PyObject *filename, int future_features);
PySTEntryObject *_PySymtable_Lookup(struct symtable *, void *key); /* borrowed; NULL + error */
void _PySymtable_Free(struct symtable *);
int _PyST_GetSymbol(PySTEntryObject *, PyObject *name); /* flags or 0 */
int _PyST_GetScope(PySTEntryObject *, PyObject *name);
#endif
