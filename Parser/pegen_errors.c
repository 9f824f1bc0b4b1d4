/* Raising SyntaxError and its subclasses with CPython's location fields.
 *
 * The parser and tokenizer work in UTF-8 byte columns (what the AST
 * stores).  SyntaxError.offset and end_offset are 1-based; for source
 * given as str (PyCF_IGNORE_COOKIE: compile/exec/eval of a str, -c) they
 * count characters, converted here against the text of the line, which is
 * also what SyntaxError.text holds (with its newline, as CPython gives).
 * For source given as bytes or read from a file, CPython 3.11 reports the
 * UTF-8 byte column unconverted, and so do we: tracebacks of scripts with
 * non-ASCII text before the error put the caret where CPython does. */
#include "pegen.h"
#include <stdarg.h>
#include <string.h>

static int
char_offset(const char *line, int linelen, int bytecol, int in_bytes)
{
    if (in_bytes || bytecol < 0) /* no column: offset 0 */
        return bytecol + 1;
    if (bytecol > linelen)
        return linelen + (bytecol - linelen) + 1;
    int n = 0;
    for (int i = 0; i < bytecol; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80)
            n++;
    return n + 1;
}

static void
raise_syntax(Parser *p, PyObject *type, const char *msg, int lineno, int col, int end_lineno, int end_col,
             int bare)
{
    kr_tokstate *ts = p->src_ts ? p->src_ts : &p->ts;
    PyObject *text = NULL, *m = NULL, *args = NULL, *value = NULL;
    int len = 0, offset, end_offset;
    const char *line = NULL;
    int in_bytes = (p->flags & PyCF_IGNORE_COOKIE) == 0;
    /* CPython 3.11 shows the line of "(expression)" that an f-string's
     * sub-parser read, with a newline */
    int sub = p->fstring_depth > 0 && p->src_ts != NULL;
    int tline = sub ? lineno - p->fs_line + 1 : lineno;
    if (sub)
        ts = &p->ts;
    if (tline >= 1 && tline <= ts->nlines) {
        line = _KrTokenizer_Line(ts, tline, &len);
        int has_nl = line[len] == '\n' && !bare;
        text = PyUnicode_DecodeUTF8(line, len + has_nl, "replace");
        if (text == NULL)
            goto done;
        if (!has_nl && !bare && (p->mode == Py_file_input || sub)) {
            /* file input gets an implicit final newline, and the text shows it */
            PyObject *nl = PyUnicode_FromString("\n");
            if (nl == NULL)
                goto done;
            PyUnicode_Append(&text, nl);
            Py_DECREF(nl);
            if (text == NULL)
                goto done;
        }
        offset = char_offset(line, len, col, in_bytes);
    }
    else {
        text = Py_NewRef(Py_None);
        offset = col + 1;
    }
    if (end_lineno < 0) {
        end_lineno = lineno;
        end_offset = offset;
    }
    else if (end_col < 0) {
        end_offset = end_col + 1;
    }
    else if (end_lineno != lineno && line != NULL && !in_bytes) {
        /* CPython converts the end column against the first line's text,
         * which caps it just past that line */
        end_offset = char_offset(line, len, end_col < len ? end_col : len, in_bytes);
    }
    else if (end_lineno - lineno + tline >= 1 && end_lineno - lineno + tline <= ts->nlines) {
        int elen;
        const char *eline = _KrTokenizer_Line(ts, end_lineno - lineno + tline, &elen);
        end_offset = char_offset(eline, elen, end_col, in_bytes);
    }
    else {
        end_offset = end_col + 1;
    }
    m = PyUnicode_FromString(msg);
    if (m == NULL)
        goto done;
    args = Py_BuildValue("(O(OiiOii))", m, p->filename ? p->filename : Py_None, lineno, offset,
                         text, end_lineno, end_offset);
    if (args == NULL)
        goto done;
    value = PyObject_Call(type, args, NULL);
    if (value == NULL)
        goto done;
    PyErr_SetObject(type, value);
done:
    Py_XDECREF(text);
    Py_XDECREF(m);
    Py_XDECREF(args);
    Py_XDECREF(value);
}

static void *
vraise_at(Parser *p, PyObject *type, int lineno, int col, int end_lineno, int end_col,
          const char *fmt, va_list va)
{
    char msg[512];
    if (p->error)
        return NULL;
    int k = 0;
    /* errors inside an f-string's replacement field say so */
    if (p->fstring_depth > 0 && strncmp(fmt, "f-string", 8) != 0)
        k = snprintf(msg, sizeof msg, "f-string: ");
    vsnprintf(msg + k, sizeof msg - (size_t)k, fmt, va);
    p->error = 1;
    p->err_lineno = lineno;
    if (p->fstring_depth > 0) {
        /* CPython 3.11 reports columns inside "(expression)", on the string's line */
        if (lineno == p->fs_line)
            col -= p->fs_col;
        if (end_lineno == p->fs_line && end_col >= 0)
            end_col -= p->fs_col;
    }
    raise_syntax(p, type ? type : PyExc_SyntaxError, msg, lineno, col, end_lineno, end_col,
                 p->bare_text);
    return NULL;
}

void *
_KrParser_RaiseAt(Parser *p, PyObject *type, int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    vraise_at(p, type, lineno, col, end_lineno, end_col, fmt, va);
    va_end(va);
    return NULL;
}

/* The DEDENTs and ENDMARKER made up at the end of the input have no column
 * in CPython's tokenizer (-1) and sit on the last line of the text (a final
 * newline does not start another line).  An error CPython raises at such a
 * token's known location then has offset and end_offset 0; a generic
 * error, located where the tokenizer stopped reading, has the offset just
 * past that last line (its newline counted) and end_offset -1. */
void *
_KrParser_RaiseAtTok(Parser *p, PyObject *type, kr_token *t, int generic, const char *fmt, ...)
{
    kr_tokstate *ts = &p->ts;
    int lineno = t->lineno, col = t->col_offset, end_lineno = t->end_lineno, end_col = t->end_col_offset;
    if ((t->type == TK_ENDMARKER || t->type == TK_DEDENT) && t->start >= ts->len && p->fstring_depth == 0) {
        lineno = end_lineno = ts->nlines - (ts->len > 0 && ts->buf[ts->len - 1] == '\n');
        if (lineno < 1)
            lineno = end_lineno = 1;
        col = end_col = -1;
        if (generic) {
            /* CPython's file tokenizer has dropped its buffer by then:
             * offset 0.  A string's tokenizer stands past the last line and
             * its newline (made up for 'exec' input lacking one). */
            if ((p->flags & _KrCF_SOURCE_IS_FILE) == 0) {
                int len;
                const char *line = _KrTokenizer_Line(ts, lineno, &len);
                col = len - 1 + (line[len] == '\n' || p->mode == Py_file_input);
            }
            end_col = -2;   /* raise_syntax turns this into end_offset -1 */
        }
    }
    else if (!generic && t->type == TK_NEWLINE && t->start == t->end && p->mode != Py_file_input &&
             p->fstring_depth == 0) {
        /* so has the NEWLINE made up at the end of 'single'/'eval' text lacking one */
        col = end_col = -1;
    }
    va_list va;
    va_start(va, fmt);
    vraise_at(p, type, lineno, col, end_lineno, end_col, fmt, va);
    va_end(va);
    return NULL;
}

void
_KrParser_RaiseUnclosed(Parser *p)
{
    kr_tokstate *ts = &p->ts;
    int k = ts->open_level - 1;
    /* CPython's tokenizer has read to the last line by then; the text of an
     * earlier line comes from its source buffer, without the newline */
    int last = ts->nlines;
    if (ts->len > 0 && ts->buf[ts->len - 1] == '\n')
        last--;
    p->bare_text = ts->open_line[k] < last;
    _KrParser_RaiseAt(p, NULL, ts->open_line[k], ts->open_col[k], ts->open_line[k], -1,
                      "'%c' was never closed", ts->open_stack[k]);
    p->bare_text = 0;
}

void *
_KrParser_RaiseTokenizerError(Parser *p)
{
    kr_tokstate *ts = &p->ts;
    if (p->error)
        return NULL;
    p->error = 1;
    p->tok_error_raised = 1;
    p->err_lineno = ts->err_lineno;
    raise_syntax(p, ts->err_type ? ts->err_type : PyExc_SyntaxError, ts->err_msg, ts->err_lineno,
                 ts->err_col, ts->err_end_lineno, ts->err_end_col, ts->err_bare);
    return NULL;
}

int
_KrParser_TooNew(Parser *p, int version, const char *what)
{
    if (p->feature_version >= version)
        return 0;
    kr_token *t = &p->t[p->pos > 0 ? p->pos - 1 : 0];
    _KrParser_RaiseAt(p, NULL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                      "%s only supported in Python 3.%i and greater", what, version);
    return 1;
}
