/* The abstract syntax tree, as C structures (Parser/ makes it, the
 * compiler reads it).
 *
 * Node kinds and field names are exactly those of CPython 3.11's `ast`
 * module, so that `ast.dump()` of a Krait tree and of a CPython tree can
 * be compared line for line, and so that the `_ast` module (a later issue)
 * can convert both ways mechanically.  Every node, sequence and string of
 * one parse lives in one arena and is freed with it; identifiers and
 * constants are PyObjects whose references the arena holds.
 *
 * Enumerations start at 1, as in CPython, so that 0 means "unset". */
#ifndef KR_AST_H
#define KR_AST_H
#include "Python.h"

/* ---- the arena ---- */
typedef struct _kr_arena PyArena;
PyArena *_PyArena_New(void);
void _PyArena_Free(PyArena *);
void *_PyArena_Malloc(PyArena *, size_t); /* zero-filled, 8-byte aligned; NULL + MemoryError on failure */
int _PyArena_AddPyObject(PyArena *, PyObject *); /* steals a reference, released with the arena */

/* ---- sequences ---- */
typedef struct { Py_ssize_t size; void *elements[1]; } asdl_seq;
typedef asdl_seq asdl_expr_seq, asdl_stmt_seq, asdl_keyword_seq, asdl_alias_seq,
    asdl_arg_seq, asdl_withitem_seq, asdl_comprehension_seq, asdl_excepthandler_seq,
    asdl_match_case_seq, asdl_pattern_seq, asdl_identifier_seq, asdl_type_ignore_seq;
typedef struct { Py_ssize_t size; int elements[1]; } asdl_int_seq;
asdl_seq *_Py_asdl_generic_seq_new(Py_ssize_t size, PyArena *);
asdl_int_seq *_Py_asdl_int_seq_new(Py_ssize_t size, PyArena *);
#define asdl_seq_LEN(s) ((s) == NULL ? 0 : (s)->size)
#define asdl_seq_GET(s, i) ((s)->elements[(i)])
#define asdl_seq_SET(s, i, v) ((s)->elements[(i)] = (v))

typedef PyObject *identifier;
typedef PyObject *string;
typedef PyObject *constant;

typedef struct _mod *mod_ty;
typedef struct _stmt *stmt_ty;
typedef struct _expr *expr_ty;
typedef struct _comprehension *comprehension_ty;
typedef struct _excepthandler *excepthandler_ty;
typedef struct _arguments *arguments_ty;
typedef struct _arg *arg_ty;
typedef struct _keyword *keyword_ty;
typedef struct _alias *alias_ty;
typedef struct _withitem *withitem_ty;
typedef struct _match_case *match_case_ty;
typedef struct _pattern *pattern_ty;
typedef struct _type_ignore *type_ignore_ty;

typedef enum _expr_context { Load = 1, Store = 2, Del = 3 } expr_context_ty;
typedef enum _boolop { And = 1, Or = 2 } boolop_ty;
typedef enum _operator { Add = 1, Sub = 2, Mult = 3, MatMult = 4, Div = 5, Mod = 6, Pow = 7,
    LShift = 8, RShift = 9, BitOr = 10, BitXor = 11, BitAnd = 12, FloorDiv = 13 } operator_ty;
typedef enum _unaryop { Invert = 1, Not = 2, UAdd = 3, USub = 4 } unaryop_ty;
typedef enum _cmpop { Eq = 1, NotEq = 2, Lt = 3, LtE = 4, Gt = 5, GtE = 6, Is = 7, IsNot = 8,
    In = 9, NotIn = 10 } cmpop_ty;

/* ---- mod ---- */
enum _mod_kind { Module_kind = 1, Interactive_kind = 2, Expression_kind = 3, FunctionType_kind = 4 };
struct _mod {
    enum _mod_kind kind;
    union {
        struct { asdl_stmt_seq *body; asdl_type_ignore_seq *type_ignores; } Module;
        struct { asdl_stmt_seq *body; } Interactive;
        struct { expr_ty body; } Expression;
        struct { asdl_expr_seq *argtypes; expr_ty returns; } FunctionType;
    } v;
};

/* ---- stmt ---- */
enum _stmt_kind { FunctionDef_kind = 1, AsyncFunctionDef_kind, ClassDef_kind, Return_kind,
    Delete_kind, Assign_kind, AugAssign_kind, AnnAssign_kind, For_kind, AsyncFor_kind,
    While_kind, If_kind, With_kind, AsyncWith_kind, Match_kind, Raise_kind, Try_kind,
    TryStar_kind, Assert_kind, Import_kind, ImportFrom_kind, Global_kind, Nonlocal_kind,
    Expr_kind, Pass_kind, Break_kind, Continue_kind };
struct _stmt {
    enum _stmt_kind kind;
    union {
        struct { identifier name; arguments_ty args; asdl_stmt_seq *body;
                 asdl_expr_seq *decorator_list; expr_ty returns; string type_comment; } FunctionDef;
        struct { identifier name; arguments_ty args; asdl_stmt_seq *body;
                 asdl_expr_seq *decorator_list; expr_ty returns; string type_comment; } AsyncFunctionDef;
        struct { identifier name; asdl_expr_seq *bases; asdl_keyword_seq *keywords;
                 asdl_stmt_seq *body; asdl_expr_seq *decorator_list; } ClassDef;
        struct { expr_ty value; } Return;
        struct { asdl_expr_seq *targets; } Delete;
        struct { asdl_expr_seq *targets; expr_ty value; string type_comment; } Assign;
        struct { expr_ty target; operator_ty op; expr_ty value; } AugAssign;
        struct { expr_ty target; expr_ty annotation; expr_ty value; int simple; } AnnAssign;
        struct { expr_ty target; expr_ty iter; asdl_stmt_seq *body; asdl_stmt_seq *orelse;
                 string type_comment; } For;
        struct { expr_ty target; expr_ty iter; asdl_stmt_seq *body; asdl_stmt_seq *orelse;
                 string type_comment; } AsyncFor;
        struct { expr_ty test; asdl_stmt_seq *body; asdl_stmt_seq *orelse; } While;
        struct { expr_ty test; asdl_stmt_seq *body; asdl_stmt_seq *orelse; } If;
        struct { asdl_withitem_seq *items; asdl_stmt_seq *body; string type_comment; } With;
        struct { asdl_withitem_seq *items; asdl_stmt_seq *body; string type_comment; } AsyncWith;
        struct { expr_ty subject; asdl_match_case_seq *cases; } Match;
        struct { expr_ty exc; expr_ty cause; } Raise;
        struct { asdl_stmt_seq *body; asdl_excepthandler_seq *handlers; asdl_stmt_seq *orelse;
                 asdl_stmt_seq *finalbody; } Try;
        struct { asdl_stmt_seq *body; asdl_excepthandler_seq *handlers; asdl_stmt_seq *orelse;
                 asdl_stmt_seq *finalbody; } TryStar;
        struct { expr_ty test; expr_ty msg; } Assert;
        struct { asdl_alias_seq *names; } Import;
        struct { identifier module; asdl_alias_seq *names; int level; } ImportFrom;
        struct { asdl_identifier_seq *names; } Global;
        struct { asdl_identifier_seq *names; } Nonlocal;
        struct { expr_ty value; } Expr;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* ---- expr ---- */
enum _expr_kind { BoolOp_kind = 1, NamedExpr_kind, BinOp_kind, UnaryOp_kind, Lambda_kind,
    IfExp_kind, Dict_kind, Set_kind, ListComp_kind, SetComp_kind, DictComp_kind,
    GeneratorExp_kind, Await_kind, Yield_kind, YieldFrom_kind, Compare_kind, Call_kind,
    FormattedValue_kind, JoinedStr_kind, Constant_kind, Attribute_kind, Subscript_kind,
    Starred_kind, Name_kind, List_kind, Tuple_kind, Slice_kind };
struct _expr {
    enum _expr_kind kind;
    union {
        struct { boolop_ty op; asdl_expr_seq *values; } BoolOp;
        struct { expr_ty target; expr_ty value; } NamedExpr;
        struct { expr_ty left; operator_ty op; expr_ty right; } BinOp;
        struct { unaryop_ty op; expr_ty operand; } UnaryOp;
        struct { arguments_ty args; expr_ty body; } Lambda;
        struct { expr_ty test; expr_ty body; expr_ty orelse; } IfExp;
        struct { asdl_expr_seq *keys; asdl_expr_seq *values; } Dict; /* key NULL: **mapping */
        struct { asdl_expr_seq *elts; } Set;
        struct { expr_ty elt; asdl_comprehension_seq *generators; } ListComp;
        struct { expr_ty elt; asdl_comprehension_seq *generators; } SetComp;
        struct { expr_ty key; expr_ty value; asdl_comprehension_seq *generators; } DictComp;
        struct { expr_ty elt; asdl_comprehension_seq *generators; } GeneratorExp;
        struct { expr_ty value; } Await;
        struct { expr_ty value; } Yield;
        struct { expr_ty value; } YieldFrom;
        struct { expr_ty left; asdl_int_seq *ops; asdl_expr_seq *comparators; } Compare;
        struct { expr_ty func; asdl_expr_seq *args; asdl_keyword_seq *keywords; } Call;
        struct { expr_ty value; int conversion; expr_ty format_spec; } FormattedValue; /* conversion: -1, 's', 'r', 'a' */
        struct { asdl_expr_seq *values; } JoinedStr;
        struct { constant value; string kind; } Constant; /* kind: "u" or NULL */
        struct { expr_ty value; identifier attr; expr_context_ty ctx; } Attribute;
        struct { expr_ty value; expr_ty slice; expr_context_ty ctx; } Subscript;
        struct { expr_ty value; expr_context_ty ctx; } Starred;
        struct { identifier id; expr_context_ty ctx; } Name;
        struct { asdl_expr_seq *elts; expr_context_ty ctx; } List;
        struct { asdl_expr_seq *elts; expr_context_ty ctx; } Tuple;
        struct { expr_ty lower; expr_ty upper; expr_ty step; } Slice;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct _comprehension { expr_ty target; expr_ty iter; asdl_expr_seq *ifs; int is_async; };

enum _excepthandler_kind { ExceptHandler_kind = 1 };
struct _excepthandler {
    enum _excepthandler_kind kind;
    union { struct { expr_ty type; identifier name; asdl_stmt_seq *body; } ExceptHandler; } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct _arguments {
    asdl_arg_seq *posonlyargs;
    asdl_arg_seq *args;
    arg_ty vararg;
    asdl_arg_seq *kwonlyargs;
    asdl_expr_seq *kw_defaults; /* NULL entries: no default */
    arg_ty kwarg;
    asdl_expr_seq *defaults;
};
struct _arg { identifier arg; expr_ty annotation; string type_comment;
    int lineno, col_offset, end_lineno, end_col_offset; };
struct _keyword { identifier arg; /* NULL: **kwargs */ expr_ty value;
    int lineno, col_offset, end_lineno, end_col_offset; };
struct _alias { identifier name; identifier asname;
    int lineno, col_offset, end_lineno, end_col_offset; };
struct _withitem { expr_ty context_expr; expr_ty optional_vars; };
struct _match_case { pattern_ty pattern; expr_ty guard; asdl_stmt_seq *body; };

enum _pattern_kind { MatchValue_kind = 1, MatchSingleton_kind, MatchSequence_kind,
    MatchMapping_kind, MatchClass_kind, MatchStar_kind, MatchAs_kind, MatchOr_kind };
struct _pattern {
    enum _pattern_kind kind;
    union {
        struct { expr_ty value; } MatchValue;
        struct { constant value; } MatchSingleton;
        struct { asdl_pattern_seq *patterns; } MatchSequence;
        struct { asdl_expr_seq *keys; asdl_pattern_seq *patterns; identifier rest; } MatchMapping;
        struct { expr_ty cls; asdl_pattern_seq *patterns; asdl_identifier_seq *kwd_attrs;
                 asdl_pattern_seq *kwd_patterns; } MatchClass;
        struct { identifier name; } MatchStar;
        struct { pattern_ty pattern; identifier name; } MatchAs;
        struct { asdl_pattern_seq *patterns; } MatchOr;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

enum _type_ignore_kind { TypeIgnore_kind = 1 };
struct _type_ignore {
    enum _type_ignore_kind kind;
    union { struct { int lineno; string tag; } TypeIgnore; } v;
};

/* Write ast.dump(tree) (CPython 3.11's format, no indent; _KrAST_DumpEx
 * with include_attributes) into a new str, from the node table of
 * Modules/_ast/.  Used by `krait -X dump-ast` and the parser tests. */
PyObject *_KrAST_Dump(mod_ty);
PyObject *_KrAST_DumpEx(mod_ty, int include_attributes);

/* Modules/_ast/: the AST as Python objects (the classes of the `ast`
 * module).  PyAST_mod2obj: the objects for a C tree.  PyAST_obj2mod: the
 * C tree, in `arena`, for objects given to compile() in `mode` (0 exec,
 * 1 eval, 2 single, 3 func_type); _PyAST_Validate then checks what the
 * compiler relies on (1 valid, 0 with an exception).  PyAST_Check: 1 if
 * obj is an ast.AST, 0 if not, -1 on error. */
PyObject *PyAST_mod2obj(mod_ty t);
mod_ty PyAST_obj2mod(PyObject *ast, PyArena *arena, int mode);
int PyAST_Check(PyObject *obj);
int _PyAST_Validate(mod_ty mod);
#endif
