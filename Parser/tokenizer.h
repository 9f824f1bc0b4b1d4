/* The tokenizer's interface, shared by the files of Parser/ only.
 *
 * The tokenizer turns the whole source (UTF-8 after the coding cookie is
 * applied) into an array of tokens before the parser starts.  The parser
 * backtracks by index into that array, so a "mark" is just an int.  A
 * tokenizer error does not stop the array: it ends with one TK_ERRORTOKEN
 * carrying the error, which the parser reports when it reaches it or when
 * it fails for any other reason (a later tokenizer error wins over a
 * generic "invalid syntax", as in CPython 3.11). */
#ifndef KR_PARSER_TOKENIZER_H
#define KR_PARSER_TOKENIZER_H
#include "Python.h"

enum {
    TK_ENDMARKER = 0, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT, TK_DEDENT,
    TK_ERRORTOKEN, /* an unknown character: never matched by the grammar */
    TK_FATAL,      /* the tokenizer failed here; see kr_tokstate.err_* */
    TK_TYPE_COMMENT, /* "# type: X" with PyCF_TYPE_COMMENTS: the text is X */
    /* operators */
    TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_LBRACE, TK_RBRACE, TK_COLON, TK_COMMA, TK_SEMI,
    TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS, TK_GREATER, TK_EQUAL,
    TK_DOT, TK_PERCENT, TK_EQEQUAL, TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE,
    TK_CIRCUMFLEX, TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL, TK_MINEQUAL,
    TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL, TK_VBAREQUAL,
    TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL, TK_RIGHTSHIFTEQUAL, TK_DOUBLESTAREQUAL,
    TK_DOUBLESLASH, TK_DOUBLESLASHEQUAL, TK_AT, TK_ATEQUAL, TK_RARROW, TK_ELLIPSIS,
    TK_COLONEQUAL, TK_NOTEQUAL_BANG_UNUSED,
    /* hard keywords: a NAME token whose text is a keyword gets one of these */
    TK_FALSE, TK_NONE, TK_TRUE, TK_AND, TK_AS, TK_ASSERT, TK_ASYNC, TK_AWAIT, TK_BREAK,
    TK_CLASS, TK_CONTINUE, TK_DEF, TK_DEL, TK_ELIF, TK_ELSE, TK_EXCEPT, TK_FINALLY, TK_FOR,
    TK_FROM, TK_GLOBAL, TK_IF, TK_IMPORT, TK_IN, TK_IS, TK_LAMBDA, TK_NONLOCAL, TK_NOT,
    TK_OR, TK_PASS, TK_RAISE, TK_RETURN, TK_TRY, TK_WHILE, TK_WITH, TK_YIELD,
    TK__COUNT
};

typedef struct {
    int type;
    int lineno, col_offset, end_lineno, end_col_offset; /* columns in UTF-8 bytes */
    int start, end;   /* byte offsets of the text in the source buffer */
    int level;        /* bracket nesting depth before this token */
} kr_token;

/* The nesting limits CPython's tokenizer imposes (MAXINDENT, MAXLEVEL). */
#define KR_MAXINDENT 100
#define KR_MAXLEVEL 200

typedef struct {
    char *buf;              /* UTF-8 source, NUL-terminated, owned */
    int len;
    kr_token *toks;
    int ntoks, captoks;
    int *line_starts;       /* byte offset of the start of each line (index lineno-1) */
    int nlines, caplines;
    /* the error behind TK_FATAL */
    PyObject *err_type;     /* borrowed: PyExc_SyntaxError, IndentationError or TabError */
    char err_msg[256];
    int err_lineno, err_col, err_end_lineno, err_end_col; /* cols in bytes, 0-based; end -1: none */
    int err_bare;           /* SyntaxError.text without the newline (CPython's tokenizer errors) */
    /* brackets still open at the end (for "'(' was never closed") */
    int open_level;
    char open_stack[KR_MAXLEVEL];
    int open_line[KR_MAXLEVEL], open_col[KR_MAXLEVEL];
    int interactive; /* Py_single_input: blank line ends the statement */
    /* SyntaxWarnings found while scanning ("1if": a keyword glued to a
     * number), emitted by the parser, which knows the file name */
    int nwarn;
    struct { int lineno; const char *kind; } warns[8];
    /* PyCF_TYPE_COMMENTS: "# type: X" comments become TK_TYPE_COMMENT
     * tokens, and "# type: ignore<tag>" ones are listed here (byte range
     * of the tag) for Module.type_ignores */
    int type_comments;
    int nignores, capignores;
    struct kr_type_ignore { int lineno, start, end; } *ignores;
} kr_tokstate;

/* Decode the coding cookie / BOM (unless ignore_cookie) and tokenize
 * `src`.  Returns 0, or -1 with an exception set for a failure that is
 * not a syntax error (memory, unknown encoding). */
int _KrTokenizer_Run(kr_tokstate *ts, const char *src, Py_ssize_t len, int ignore_cookie, int interactive,
                     int type_comments);
void _KrTokenizer_Free(kr_tokstate *ts);
/* The text of line `lineno` (1-based) without its newline; *len gets its length. */
const char *_KrTokenizer_Line(kr_tokstate *ts, int lineno, int *len);
const char *_KrToken_Name(int type); /* "(" etc., for messages */
#endif
