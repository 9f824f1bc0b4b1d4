/* The parser's state, shared by the files of Parser/ only
 * (parser.c, string_parser.c, pegen_errors.c). */
#ifndef KR_PARSER_PEGEN_H
#define KR_PARSER_PEGEN_H
#include "Python.h"
#include "kr_ast.h"
#include "kr_compile.h"
#include "tokenizer.h"

typedef struct Parser {
    kr_tokstate ts;
    kr_token *t;        /* == ts.toks */
    int n;
    int pos;            /* the mark: index of the next token */
    int maxpos;         /* the furthest token the parser looked at (error location) */
    PyArena *arena;
    PyObject *filename;
    int mode, flags;
    int error;          /* an exception is set: unwind */
    int depth;          /* C recursion guard */
    PyObject **names;   /* per-token cache of NAME objects (arena-owned) */
    int fstring_depth;  /* nesting of f-string sub-parsers */
    int bare_text;      /* the error's SyntaxError.text goes without its newline */
    int indent_error;   /* "unexpected indent" raised: tokenizer errors after it do not replace it */
    int fs_line, fs_col; /* f-string sub-parser: where its text starts (errors are relative to it) */
    kr_tokstate *src_ts;
    int err_lineno;       /* line of the error raised */
    int tok_error_raised; /* the error raised is the tokenizer's */ /* the outermost source, for error text (f-string sub-parsers) */
    int single_overrun; /* 'single' input had text after its statement: that error wins */
    int feature_version; /* ast.parse(feature_version=(3, N)): N; syntax newer than 3.N is refused */
} Parser;

/* Refuse syntax that came with Python 3.`version` when parsing for an
 * older feature version: 1 (and the error raised) if refused. */
int _KrParser_TooNew(Parser *p, int version, const char *what);

/* A growable array in the arena (no frees: the arena takes it all). */
typedef struct { void **items; int n, cap; } kr_vec;
int _KrVec_Push(Parser *p, kr_vec *v, void *x);
asdl_seq *_KrVec_Seq(Parser *p, kr_vec *v);

/* string_parser.c: the STRING tokens [first, last] as one Constant or JoinedStr. */
expr_ty _KrParse_Strings(Parser *p, int first, int last);
/* parser.c: parse `src` (an f-string expression) as a sub-parser whose
 * tokens are shifted to (lineno, col) of the enclosing source. */
expr_ty _KrParse_FStringExpr(Parser *p, const char *src, Py_ssize_t len, int lineno, int col);
expr_ty _KrParse_NumberToken(Parser *p, kr_token *t);
PyObject *_KrParse_Intern(Parser *p, PyObject *s); /* steals s; arena-owned result */

/* pegen_errors.c */
/* Raise `type` (SyntaxError if NULL) with 0-based byte columns; end_lineno
 * -1 means "no end".  Sets p->error.  Returns NULL for convenience. */
void *_KrParser_RaiseAt(Parser *p, PyObject *type, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, ...);
void *_KrParser_RaiseTokenizerError(Parser *p);
/* "'(' was never closed" for the innermost bracket open at the end */
void _KrParser_RaiseUnclosed(Parser *p);
/* Raise at a token, as CPython's parser raises at a known token (generic 0)
 * or, for its generic RAISE_SYNTAX_ERROR, at the last token it read
 * (generic 1): the two differ for the tokens made up at the end of input. */
void *_KrParser_RaiseAtTok(Parser *p, PyObject *type, kr_token *t, int generic, const char *fmt, ...);
#define RAISE_AT_TOK(p, tok, ...) _KrParser_RaiseAtTok((p), NULL, (tok), 0, __VA_ARGS__)
#define RAISE_GENERIC_AT_TOK(p, tok, ...) _KrParser_RaiseAtTok((p), NULL, (tok), 1, __VA_ARGS__)
#define RAISE_AT_NODE(p, n, ...) \
    _KrParser_RaiseAt((p), NULL, (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)
#define RAISE_RANGE(p, a, b, ...) \
    _KrParser_RaiseAt((p), NULL, (a)->lineno, (a)->col_offset, (b)->end_lineno, (b)->end_col_offset, __VA_ARGS__)
#endif
