/* Traceback objects and the printing of uncaught exceptions.
 *
 * A traceback is a linked list of (frame, instruction offset) entries,
 * newest last: the VM prepends one entry per frame as an exception passes
 * through it (PyTraceBack_Here), and since unwinding goes from the
 * innermost frame outwards, the list reads from the outermost call to
 * the place of the error.
 *
 * Printing follows CPython 3.11's format exactly: chained exceptions
 * first (cause or context), then "Traceback (most recent call last):",
 * one "File ..., line N, in name" entry per frame with its source line
 * and, when the failing expression does not span the whole line, a
 * marker line under it: '^' under the expression, or '~' with '^' under
 * the operator of a binary operation or the brackets of a subscript.
 * The message line may end with a "Did you mean" suggestion (see the
 * section on suggestions below).
 * The text is built in a buffer and written to sys.stderr in one go;
 * exception groups are drawn as the indented box CPython draws. */
#include "Python.h"
#include "kr_frame.h"

/* ======================================================================
 * the traceback type
 * ====================================================================== */

static PyObject *
tb_create_raw(PyTracebackObject *next, PyFrameObject *frame, int lasti, int lineno)
{
    PyTracebackObject *tb = PyObject_GC_New(PyTracebackObject, &PyTraceBack_Type);
    if (tb == NULL)
        return NULL;
    tb->tb_next = (PyTracebackObject *)Py_XNewRef(next);
    tb->tb_frame = (PyFrameObject *)Py_NewRef(frame);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    PyObject_GC_Track(tb);
    return (PyObject *)tb;
}

PyObject *
_PyTraceBack_FromFrame(PyObject *tb_next, PyFrameObject *frame)
{
    int addr = PyFrame_GetLasti(frame);
    return tb_create_raw((PyTracebackObject *)tb_next, frame, addr, -1);
}

int
PyTraceBack_Here(PyFrameObject *frame)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return 0;
    PyObject *tb = PyException_GetTraceback(exc);
    if (tb == Py_None)
        Py_CLEAR(tb);
    PyObject *newtb = _PyTraceBack_FromFrame(tb, frame);
    Py_XDECREF(tb);
    if (newtb == NULL) {
        _PyErr_ChainExceptions1(exc);
        return -1;
    }
    PyException_SetTraceback(exc, newtb);
    Py_DECREF(newtb);
    PyErr_SetRaisedException(exc);
    return 0;
}

/* A traceback entry for C code that calls back into Python, as CPython's
 * _PyTraceback_Add makes for pyexpat's handlers: the frame of an empty
 * code object named after the C function, at `lineno` of `filename`.
 * The frame owns its (empty) contents from the start, like a frame
 * object whose interpreter frame has ended; its globals are one empty
 * dict kept for the life of the process, so the borrowed pointer a frame
 * without a function holds can never dangle.  Does nothing without a
 * pending exception; on failure the pending exception is kept. */
void
_PyTraceback_Add(const char *funcname, const char *filename, int lineno)
{
    static PyObject *no_globals;
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    PyCodeObject *code = NULL;
    PyFrameObject *f = NULL;
    PyObject *tb = NULL, *newtb = NULL;
    if (no_globals == NULL && (no_globals = PyDict_New()) == NULL)
        goto done;
    code = PyCode_NewEmpty(filename, funcname, lineno);
    if (code == NULL)
        goto done;
    f = PyObject_GC_NewVar(PyFrameObject, &PyFrame_Type,
                           code->co_nlocalsplus + code->co_stacksize);
    if (f == NULL)
        goto done;
    _PyInterpreterFrame *frame = (_PyInterpreterFrame *)f->_f_frame_data;
    f->f_back = NULL;
    f->f_frame = frame;
    f->f_trace = NULL;
    f->f_lineno = 0;
    f->f_trace_lines = 1;
    f->f_trace_opcodes = 0;
    f->f_fast_as_locals = 0;
    frame->f_func = NULL;
    frame->f_globals = no_globals;
    frame->f_builtins = PyEval_GetBuiltins();
    frame->f_locals = NULL;
    frame->f_code = (PyCodeObject *)Py_NewRef(code);
    frame->frame_obj = f;
    frame->previous = NULL;
    frame->prev_instr = _PyCode_CODE(code);
    frame->stacktop = 0;
    frame->is_entry = 0;
    frame->owner = FRAME_OWNED_BY_FRAME_OBJECT;
    PyObject_GC_Track(f);
    tb = PyException_GetTraceback(exc);
    if (tb == Py_None)
        Py_CLEAR(tb);
    newtb = tb_create_raw((PyTracebackObject *)tb, f, 0, lineno);
    if (newtb != NULL)
        PyException_SetTraceback(exc, newtb);
done:
    PyErr_Clear();
    Py_XDECREF(newtb);
    Py_XDECREF(tb);
    Py_XDECREF(f);
    Py_XDECREF(code);
    PyErr_SetRaisedException(exc);
}

static int
tb_lineno_of(PyTracebackObject *tb)
{
    if (tb->tb_lineno < 0) {
        PyCodeObject *co = tb->tb_frame->f_frame->f_code;
        tb->tb_lineno = PyCode_Addr2Line(co, tb->tb_lasti < 0 ? 0 : tb->tb_lasti);
    }
    return tb->tb_lineno;
}

static PyObject *
tb_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
    PyObject *vals[4] = {NULL, NULL, NULL, NULL};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 4) {
        PyErr_Format(PyExc_TypeError, "TracebackType() takes at most 4 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = PyTuple_GET_ITEM(args, i);
    if (kwds != NULL) {
        for (int i = 0; i < 4; i++) {
            PyObject *v = PyDict_GetItemString(kwds, names[i]);
            if (v != NULL) {
                if (vals[i] != NULL) {
                    PyErr_Format(PyExc_TypeError, "argument for TracebackType() given by name ('%s') and position (%d)",
                                 names[i], i + 1);
                    return NULL;
                }
                vals[i] = v;
            }
        }
    }
    for (int i = 0; i < 4; i++) {
        if (vals[i] == NULL) {
            PyErr_Format(PyExc_TypeError, "TracebackType() missing required argument '%s' (pos %d)", names[i], i + 1);
            return NULL;
        }
    }
    PyObject *next = vals[0];
    if (next == Py_None) {
        next = NULL;
    }
    else if (!PyTraceBack_Check(next)) {
        PyErr_Format(PyExc_TypeError, "expected traceback object or None, got '%s'", Py_TYPE(next)->tp_name);
        return NULL;
    }
    if (!PyFrame_Check(vals[1])) {
        PyErr_Format(PyExc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                     Py_TYPE(vals[1])->tp_name);
        return NULL;
    }
    int lasti = (int)PyLong_AsLong(vals[2]);
    if (lasti == -1 && PyErr_Occurred())
        return NULL;
    int lineno = (int)PyLong_AsLong(vals[3]);
    if (lineno == -1 && PyErr_Occurred())
        return NULL;
    return tb_create_raw((PyTracebackObject *)next, (PyFrameObject *)vals[1], lasti, lineno);
}

static PyObject *
tb_next_get(PyTracebackObject *self, void *closure)
{
    return Py_NewRef(self->tb_next != NULL ? (PyObject *)self->tb_next : Py_None);
}

static int
tb_next_set(PyTracebackObject *self, PyObject *new_next, void *closure)
{
    if (new_next == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (new_next == Py_None) {
        new_next = NULL;
    }
    else if (!PyTraceBack_Check(new_next)) {
        PyErr_Format(PyExc_TypeError, "expected traceback object, got '%s'", Py_TYPE(new_next)->tp_name);
        return -1;
    }
    for (PyTracebackObject *c = (PyTracebackObject *)new_next; c != NULL; c = c->tb_next) {
        if (c == self) {
            PyErr_Format(PyExc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    Py_XSETREF(self->tb_next, (PyTracebackObject *)Py_XNewRef(new_next));
    return 0;
}

static PyObject *
tb_frame_get(PyTracebackObject *self, void *closure)
{
    return Py_NewRef(self->tb_frame);
}

static PyObject *
tb_lasti_get(PyTracebackObject *self, void *closure)
{
    return PyLong_FromLong(self->tb_lasti);
}

static PyObject *
tb_lineno_get(PyTracebackObject *self, void *closure)
{
    int lineno = tb_lineno_of(self);
    if (lineno < 0)
        Py_RETURN_NONE;
    return PyLong_FromLong(lineno);
}

static PyGetSetDef tb_getsetters[] = {
    {"tb_next", (getter)tb_next_get, (setter)tb_next_set, NULL},
    {"tb_frame", (getter)tb_frame_get, NULL, NULL},
    {"tb_lasti", (getter)tb_lasti_get, NULL, NULL},
    {"tb_lineno", (getter)tb_lineno_get, NULL, NULL},
    {NULL}
};

static PyObject *
tb_dir(PyTracebackObject *self, PyObject *unused)
{
    return Py_BuildValue("[ssss]", "tb_frame", "tb_next", "tb_lasti", "tb_lineno");
}

static PyMethodDef tb_methods[] = {
    {"__dir__", (PyCFunction)tb_dir, METH_NOARGS, NULL},
    {NULL, NULL}
};

static void
tb_dealloc(PyTracebackObject *tb)
{
    PyObject_GC_UnTrack(tb);
    /* a runaway recursion leaves a traceback as long as the recursion */
    Py_TRASHCAN_BEGIN(tb, tb_dealloc)
    Py_CLEAR(tb->tb_next);
    Py_CLEAR(tb->tb_frame);
    PyObject_GC_Del(tb);
    Py_TRASHCAN_END
}

static int
tb_traverse(PyTracebackObject *tb, visitproc visit, void *arg)
{
    Py_VISIT(tb->tb_next);
    Py_VISIT(tb->tb_frame);
    return 0;
}

static int
tb_clear(PyTracebackObject *tb)
{
    Py_CLEAR(tb->tb_next);
    Py_CLEAR(tb->tb_frame);
    return 0;
}

PyTypeObject PyTraceBack_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "traceback",
    .tp_basicsize = sizeof(PyTracebackObject),
    .tp_dealloc = (destructor)tb_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)tb_traverse,
    .tp_clear = (inquiry)tb_clear,
    .tp_methods = tb_methods,
    .tp_getset = tb_getsetters,
    .tp_new = tb_new,
};

/* ======================================================================
 * a growable UTF-8 text buffer
 * ====================================================================== */

typedef struct {
    char *data;
    size_t len, cap;
    int failed;
} TextBuf;

static void
buf_add(TextBuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (d == NULL) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void
buf_puts(TextBuf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void
buf_printf(TextBuf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        buf_add(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (big == NULL) {
        b->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_add(b, big, (size_t)n);
    free(big);
}

static void
buf_repeat(TextBuf *b, char c, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        buf_add(b, &c, 1);
}

/* Append str(obj) (or repr); never fails: errors print a placeholder. */
static void
buf_object(TextBuf *b, PyObject *obj, int use_repr, const char *what)
{
    PyObject *s = use_repr ? PyObject_Repr(obj) : PyObject_Str(obj);
    const char *u = s != NULL ? PyUnicode_AsUTF8(s) : NULL;
    if (u == NULL) {
        PyErr_Clear();
        buf_printf(b, "<%s str() failed>", what);
    }
    else {
        buf_puts(b, u);
    }
    Py_XDECREF(s);
}

/* ======================================================================
 * source lines and error-location markers
 * ====================================================================== */

/* The text of line `lineno` of `filename` (without the newline), or NULL. */
static char *
read_source_line(PyObject *filename, int lineno)
{
    const char *path = PyUnicode_AsUTF8(filename);
    if (path == NULL) {
        PyErr_Clear();
        return NULL;
    }
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    TextBuf line = {0};
    int cur = 1, c;
    while (cur < lineno && (c = getc(fp)) != EOF) {
        if (c == '\n')
            cur++;
    }
    if (cur == lineno) {
        while ((c = getc(fp)) != EOF && c != '\n') {
            char ch = (char)c;
            buf_add(&line, &ch, 1);
        }
        if (line.data == NULL)
            buf_add(&line, "", 0);
    }
    fclose(fp);
    if (line.failed) {
        free(line.data);
        return NULL;
    }
    if (line.data != NULL && line.len > 0 && line.data[line.len - 1] == '\r')
        line.data[--line.len] = '\0';
    return line.data;
}

/* Code points of a UTF-8 line: index of each char's first byte. */
static Py_ssize_t
utf8_char_offset(const char *s, Py_ssize_t byte_offset)
{
    Py_ssize_t chars = 0;
    for (Py_ssize_t i = 0; i < byte_offset && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            chars++;
    return chars;
}

static int
is_ws(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v';
}

static int
is_ident_char(uint32_t c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 128;
}

/* Decode UTF-8 into code points (lossy is fine for display). */
static uint32_t *
decode_line(const char *s, Py_ssize_t *plen)
{
    size_t n = strlen(s);
    uint32_t *out = malloc(sizeof(uint32_t) * (n + 1));
    if (out == NULL)
        return NULL;
    Py_ssize_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int extra;
        if (c < 0x80) { cp = c; extra = 0; }
        else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; extra = 1; }
        else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; extra = 2; }
        else { cp = c & 0x07; extra = 3; }
        i++;
        for (int e = 0; e < extra && i < n; e++, i++)
            cp = (cp << 6) | ((unsigned char)s[i] & 0x3F);
        out[k++] = cp;
    }
    *plen = k;
    return out;
}

/* Skip a string literal starting at seg[i] (a quote); returns the index
 * after it, or -1 if it does not end in the segment. */
static Py_ssize_t
skip_string(const uint32_t *seg, Py_ssize_t n, Py_ssize_t i)
{
    uint32_t q = seg[i];
    int triple = i + 2 < n && seg[i + 1] == q && seg[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < n) {
        if (seg[i] == '\\') {
            i += 2;
            continue;
        }
        if (seg[i] == q) {
            if (!triple)
                return i + 1;
            if (i + 2 < n && seg[i + 1] == q && seg[i + 2] == q)
                return i + 3;
        }
        i++;
    }
    return -1;
}

/* Binary-operator precedence levels (higher binds tighter); 0: none. */
static int
binop_level(const uint32_t *seg, Py_ssize_t n, Py_ssize_t i, int *oplen)
{
    uint32_t c = seg[i], d = i + 1 < n ? seg[i + 1] : 0;
    *oplen = 1;
    switch (c) {
    case '|': return 1;
    case '^': return 2;
    case '&': return 3;
    case '<': if (d == '<') { *oplen = 2; return 4; } return 0;
    case '>': if (d == '>') { *oplen = 2; return 4; } return 0;
    case '+': case '-': return 5;
    case '*': if (d == '*') { *oplen = 2; return 7; } return 6;
    case '/': if (d == '/') { *oplen = 2; } return 6;
    case '%': case '@': return 6;
    default: return 0;
    }
}

/* Keywords that make the segment something other than a binary operation
 * or subscript: expression keywords, and those of statements (a segment
 * that is a whole statement, such as "from m import *", parses as that
 * statement, not as an expression). */
static const char *const stop_keywords[] = {
    "if", "else", "or", "and", "not", "in", "is", "lambda", "for", "yield", "async",
    "from", "import", "del", "assert", "raise", "return", "global", "nonlocal", "pass",
    "break", "continue", "with", "while", "def", "class", "try", "except", "finally",
    "elif", "as", NULL
};

/* Find the caret anchors of a one-line expression segment, as CPython
 * 3.11 does by parsing it: for a binary operation the operator, for a
 * subscript the brackets.  Returns 1 and the [left, right) range of the
 * secondary marker, or 0 when the segment is neither. */
static int
find_anchors(const uint32_t *seg, Py_ssize_t n, Py_ssize_t *left, Py_ssize_t *right)
{
    int depth = 0;
    int best_level = 100;
    Py_ssize_t best_pos = -1;
    int best_len = 0;
    int prev_operand = 0; /* the previous token ends an operand */
    Py_ssize_t last_open = -1, last_close = -1;
    int trailer_subscript = 0;

    while (n > 0 && is_ws(seg[n - 1]))
        n--;
    Py_ssize_t i = 0;
    while (i < n && is_ws(seg[i]))
        i++;
    if (i >= n)
        return 0;
    while (i < n) {
        uint32_t c = seg[i];
        if (is_ws(c)) {
            i++;
            continue;
        }
        if (c == '#')
            return 0;
        if (c == '\'' || c == '"') {
            Py_ssize_t j = skip_string(seg, n, i);
            if (j < 0)
                return 0;
            i = j;
            if (depth == 0)
                trailer_subscript = 0;
            prev_operand = 1;
            continue;
        }
        if (is_ident_char(c)) {
            Py_ssize_t j = i;
            int number = c >= '0' && c <= '9';
            while (j < n && (is_ident_char(seg[j]) || (number && seg[j] == '.') ||
                             (number && (seg[j] == '+' || seg[j] == '-') &&
                              (seg[j - 1] == 'e' || seg[j - 1] == 'E') && !(seg[i] == '0' && i + 1 < j &&
                              (seg[i + 1] == 'x' || seg[i + 1] == 'X')))))
                j++;
            if (j < n && (seg[j] == '\'' || seg[j] == '"') && j - i <= 3 && !(c >= '0' && c <= '9')) {
                /* a string prefix (f, rb, ...) */
                i = j;
                continue;
            }
            if (depth == 0) {
                for (int k = 0; stop_keywords[k]; k++) {
                    size_t kl = strlen(stop_keywords[k]);
                    if ((size_t)(j - i) != kl)
                        continue;
                    size_t m = 0;
                    while (m < kl && seg[i + (Py_ssize_t)m] == (uint32_t)stop_keywords[k][m])
                        m++;
                    if (m == kl)
                        return 0;
                }
                trailer_subscript = 0;
            }
            /* 'await' is a prefix, not an operand */
            int is_await = j - i == 5 && seg[i] == 'a' && seg[i + 1] == 'w' && seg[i + 2] == 'a' &&
                seg[i + 3] == 'i' && seg[i + 4] == 't';
            prev_operand = !is_await;
            i = j;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0) {
                last_open = i;
                trailer_subscript = c == '[' && prev_operand;
            }
            depth++;
            prev_operand = 0;
            i++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth < 0)
                return 0;
            if (depth == 0)
                last_close = i;
            prev_operand = 1;
            i++;
            continue;
        }
        if (depth > 0) {
            i++;
            continue;
        }
        if (c == '.') {
            prev_operand = 0;
            trailer_subscript = 0;
            i++;
            continue;
        }
        int oplen;
        int level = binop_level(seg, n, i, &oplen);
        if (level == 0)
            return 0; /* comparison, assignment, comma, colon ...: not a BinOp */
        if (i + oplen < n && seg[i + oplen] == '=')
            return 0; /* augmented assignment */
        trailer_subscript = 0;
        if (prev_operand && level != 0) {
            /* a binary operator: the lowest level wins, the rightmost for
             * left-associative levels, the leftmost for ** */
            if (level < best_level || (level == best_level && level != 7)) {
                best_level = level;
                best_pos = i;
                best_len = oplen;
            }
            prev_operand = 0;
        }
        i += oplen;
    }
    if (depth != 0)
        return 0;
    if (best_pos >= 0) {
        *left = best_pos;
        *right = best_pos + best_len;
        return 1;
    }
    if (trailer_subscript && last_close == n - 1 && last_open > 0) {
        *left = last_open;
        *right = last_close + 1;
        return 1;
    }
    return 0;
}

/* "  File ..., line N, in name" and the source line with its markers. */
static void
print_tb_entry(TextBuf *b, PyCodeObject *code, int lasti, int lineno)
{
    const char *fname = PyUnicode_AsUTF8(code->co_filename);
    const char *name = PyUnicode_AsUTF8(code->co_name);
    if (fname == NULL || name == NULL) {
        PyErr_Clear();
        fname = fname ? fname : "???";
        name = name ? name : "???";
    }
    buf_printf(b, "  File \"%s\", line %d, in %s\n", fname, lineno, name);
    /* CPython cannot import io to read the file once modules are torn down */
    if (PyInterpreterState_Get()->finalizing)
        return;
    char *line = read_source_line(code->co_filename, lineno);
    if (line == NULL)
        return;
    Py_ssize_t nchars;
    uint32_t *cps = decode_line(line, &nchars);
    if (cps == NULL) {
        free(line);
        return;
    }
    Py_ssize_t lead = 0, tail = nchars;
    while (lead < nchars && is_ws(cps[lead]))
        lead++;
    while (tail > lead && is_ws(cps[tail - 1]))
        tail--;
    if (lead == tail) {
        free(cps);
        free(line);
        return;
    }
    /* the line without its indentation, as UTF-8; CPython keeps any
     * trailing whitespace */
    {
        Py_ssize_t bstart = 0, k = 0;
        for (Py_ssize_t i = 0; line[i]; i++) {
            if (((unsigned char)line[i] & 0xC0) != 0x80) {
                if (k == lead)
                    bstart = i;
                k++;
            }
        }
        Py_ssize_t bend = (Py_ssize_t)strlen(line);
        buf_puts(b, "    ");
        buf_add(b, line + bstart, (size_t)(bend - bstart));
        buf_puts(b, "\n");
    }
    int start_line, start_col, end_line, end_col;
    PyCode_Addr2Location(code, lasti, &start_line, &start_col, &end_line, &end_col);
    if (start_line < 0 || end_line < 0 || start_col < 0 || end_col < 0 || start_line != lineno)
        goto done;
    Py_ssize_t start = utf8_char_offset(line, start_col);
    Py_ssize_t end = utf8_char_offset(line, end_col);
    int have_anchors = 0;
    Py_ssize_t aleft = 0, aright = 0;
    if (end_line == start_line) {
        if (end > nchars)
            end = nchars;
        if (start < end)
            have_anchors = find_anchors(cps + start, end - start, &aleft, &aright);
    }
    else {
        end = tail;
    }
    /* trailing whitespace counts as part of the line: an expression
     * followed by it gets carets, as in CPython */
    if (end - start < nchars - lead || (have_anchors && aright - aleft > 0)) {
        buf_puts(b, "    ");
        buf_repeat(b, ' ', start - lead);
        if (have_anchors) {
            buf_repeat(b, '~', aleft);
            buf_repeat(b, '^', aright - aleft);
            buf_repeat(b, '~', end - start - aright);
        }
        else {
            buf_repeat(b, '^', end - start);
        }
        buf_puts(b, "\n");
    }
done:
    free(cps);
    free(line);
}

#define TB_RECURSIVE_CUTOFF 3 /* identical entries shown before "[Previous line repeated ...]" */

static void
print_repeated(TextBuf *b, long cnt)
{
    if (cnt > TB_RECURSIVE_CUTOFF) {
        cnt -= TB_RECURSIVE_CUTOFF;
        buf_printf(b, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    }
}

static void
format_tb(TextBuf *b, PyTracebackObject *tb, long limit)
{
    long depth = 0;
    for (PyTracebackObject *t = tb; t != NULL; t = t->tb_next)
        depth++;
    while (tb != NULL && depth > limit) {
        depth--;
        tb = tb->tb_next;
    }
    PyCodeObject *last_code = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb != NULL; tb = tb->tb_next) {
        PyCodeObject *code = tb->tb_frame->f_frame->f_code;
        int lineno = tb_lineno_of(tb);
        if (last_code == NULL || code->co_filename != last_code->co_filename || lineno != last_line ||
            PyUnicode_Compare(code->co_name, last_code->co_name) != 0) {
            print_repeated(b, cnt);
            last_code = code;
            last_line = lineno;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF)
            continue;
        print_tb_entry(b, code, tb->tb_lasti, lineno);
    }
    print_repeated(b, cnt);
    PyErr_Clear();
}

static long
traceback_limit(void)
{
    PyObject *limitv = PySys_GetObject("tracebacklimit");
    long limit = 1000; /* PyTraceBack_LIMIT */
    if (limitv != NULL && PyLong_Check(limitv)) {
        int overflow;
        limit = PyLong_AsLongAndOverflow(limitv, &overflow);
        if (overflow > 0)
            limit = LONG_MAX;
        else if (limit <= 0)
            limit = 0;
    }
    return limit;
}

/* ======================================================================
 * exceptions
 * ====================================================================== */

typedef struct {
    TextBuf *out;
    int depth;       /* exception group nesting */
    int need_close;
    PyObject *seen;  /* set of ids of exceptions already printed */
} PrintCtx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* Write `text` prefixed, line by line, with the group margin. */
static void
emit(PrintCtx *ctx, const char *text, char margin_char)
{
    if (ctx->depth == 0) {
        buf_puts(ctx->out, text);
        return;
    }
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl != NULL ? (size_t)(nl - p) + 1 : strlen(p);
        buf_repeat(ctx->out, ' ', 2 * ctx->depth);
        buf_add(ctx->out, &margin_char, 1);
        buf_puts(ctx->out, " ");
        buf_add(ctx->out, p, n);
        p += n;
    }
}

static void
emit_buf(PrintCtx *ctx, TextBuf *b, char margin_char)
{
    if (b->data != NULL)
        emit(ctx, b->data, margin_char);
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

static void
format_exception_type(TextBuf *b, PyObject *value)
{
    PyTypeObject *type = Py_TYPE(value);
    PyObject *modulename = PyObject_GetAttrString((PyObject *)type, "__module__");
    if (modulename == NULL || !PyUnicode_Check(modulename)) {
        PyErr_Clear();
        buf_puts(b, "<unknown>.");
    }
    else if (!_PyUnicode_EqualToASCIIString(modulename, "builtins") &&
             !_PyUnicode_EqualToASCIIString(modulename, "__main__")) {
        buf_object(b, modulename, 0, "module");
        buf_puts(b, ".");
    }
    Py_XDECREF(modulename);
    PyObject *qualname = PyType_GetQualName(type);
    if (qualname == NULL) {
        PyErr_Clear();
        buf_puts(b, _PyType_Name(type));
    }
    else {
        buf_object(b, qualname, 0, "name");
        Py_DECREF(qualname);
    }
}

static PyObject *
get_attr_or_null(PyObject *o, const char *name)
{
    PyObject *v = PyObject_GetAttrString(o, name);
    if (v == NULL)
        PyErr_Clear();
    return v;
}

/* SyntaxError: file, line, the source text and a caret line. */
static int
format_syntax_error(TextBuf *b, PyObject *value)
{
    PyObject *filename = get_attr_or_null(value, "filename");
    PyObject *lineno_o = get_attr_or_null(value, "lineno");
    PyObject *offset_o = get_attr_or_null(value, "offset");
    PyObject *end_lineno_o = get_attr_or_null(value, "end_lineno");
    PyObject *end_offset_o = get_attr_or_null(value, "end_offset");
    PyObject *text = get_attr_or_null(value, "text");
    long lineno = lineno_o != NULL && PyLong_Check(lineno_o) ? PyLong_AsLong(lineno_o) : 0;
    long offset = offset_o != NULL && PyLong_Check(offset_o) ? PyLong_AsLong(offset_o) : -1;
    long end_lineno = end_lineno_o != NULL && PyLong_Check(end_lineno_o) ? PyLong_AsLong(end_lineno_o) : lineno;
    long end_offset = end_offset_o != NULL && PyLong_Check(end_offset_o) ? PyLong_AsLong(end_offset_o) : -1;
    PyErr_Clear();
    if (lineno_o == NULL || !PyLong_Check(lineno_o)) {
        /* no location: CPython prints only the message */
        Py_XDECREF(filename);
        Py_XDECREF(lineno_o);
        Py_XDECREF(offset_o);
        Py_XDECREF(end_lineno_o);
        Py_XDECREF(end_offset_o);
        Py_XDECREF(text);
        return 0;
    }
    buf_puts(b, "  File \"");
    if (filename == NULL || filename == Py_None)
        buf_puts(b, "<string>");
    else
        buf_object(b, filename, 0, "filename");
    buf_printf(b, "\", line %ld\n", lineno);
    if (text != NULL && PyUnicode_Check(text)) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(text);
        /* CPython clamps the end to the UTF-8 size of the text, and only
         * an exact SyntaxError (not IndentationError, TabError or other
         * subclasses) gets a range of carets */
        Py_ssize_t bytelen = len;
        if (PyUnicode_AsUTF8AndSize(text, &bytelen) == NULL) {
            PyErr_Clear();
            bytelen = len;
        }
        if (end_lineno > lineno)
            end_offset = (long)len;
        if (end_offset > bytelen + 1)
            end_offset = (long)bytelen + 1;
        Py_ssize_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        if (!Py_IS_TYPE(value, (PyTypeObject *)PyExc_SyntaxError))
            reps = 1;
        Py_ssize_t off = offset - 1;
        Py_ssize_t i = 0;
        while (i < len) {
            Py_UCS4 ch = PyUnicode_READ_CHAR(text, i);
            if (ch != ' ' && ch != '\t' && ch != '\f')
                break;
            i++;
            off--;
        }
        Py_ssize_t tlen = len - i;
        if (tlen > 0 && PyUnicode_READ_CHAR(text, len - 1) == '\n')
            tlen--;
        /* like CPython, clamp to the UTF-8 size of the shown line */
        {
            Py_ssize_t tbytes = tlen;
            PyObject *part = PyUnicode_Substring(text, i, i + tlen);
            if (part == NULL || PyUnicode_AsUTF8AndSize(part, &tbytes) == NULL) {
                PyErr_Clear();
                tbytes = tlen;
            }
            Py_XDECREF(part);
            if (off > tbytes)
                off = tbytes;
        }
        /* skip embedded newlines before the offset */
        for (;;) {
            Py_ssize_t nl = -1;
            for (Py_ssize_t k = i; k < i + tlen; k++) {
                if (PyUnicode_READ_CHAR(text, k) == '\n') {
                    nl = k - i;
                    break;
                }
            }
            if (nl < 0 || nl >= off)
                break;
            i += nl + 1;
            tlen -= nl + 1;
            off -= nl + 1;
        }
        PyObject *shown = PyUnicode_Substring(text, i, i + tlen);
        buf_puts(b, "    ");
        if (shown != NULL) {
            buf_object(b, shown, 0, "text");
            Py_DECREF(shown);
        }
        buf_puts(b, "\n");
        if (off >= 0) {
            buf_puts(b, "    ");
            buf_repeat(b, ' ', off);
            buf_repeat(b, '^', reps);
            buf_puts(b, "\n");
        }
    }
    PyErr_Clear();
    Py_XDECREF(filename);
    Py_XDECREF(lineno_o);
    Py_XDECREF(offset_o);
    Py_XDECREF(end_lineno_o);
    Py_XDECREF(end_offset_o);
    Py_XDECREF(text);
    return 0;
}

/* ======================================================================
 * "Did you mean" suggestions
 *
 * CPython 3.11 ends the message line of an uncaught NameError or
 * AttributeError with ". Did you mean: 'x'?" when some nearby name is
 * close enough to the missing one (only for exactly those two types,
 * not subclasses, and only when the exception carries the missing
 * `name`, which the VM and getattr set).  The candidates are, for an
 * AttributeError, dir() of the exception's `obj`; for a NameError, three
 * pools tried in turn, the first that yields a match winning: the local
 * variable names of the code of the innermost traceback frame (its
 * co_varnames, so cell-only and free variables are not offered), then
 * that frame's globals, then its builtins.  A pool of 750 names or more
 * is not searched at all, which keeps printing cheap for huge modules.
 *
 * Closeness is an edit distance over the UTF-8 bytes where inserting,
 * deleting or replacing a byte costs 2 but replacing a letter by the same
 * letter in the other case costs 1, so "Total" is nearer to "total" than
 * anything with a real typo.  A candidate qualifies when its distance is
 * at most (len(name) + len(candidate) + 3) // 3 (about a third of the
 * characters changed) and strictly better than the best so far; the
 * earliest candidate wins ties.  After stripping the common prefix and
 * suffix, strings longer than 40 bytes are never considered similar.
 * ====================================================================== */

#define SUGGEST_MAX_CANDIDATES 750
#define SUGGEST_MAX_LEN 40
#define SUGGEST_EDIT_COST 2
#define SUGGEST_CASE_COST 1

static Py_ssize_t
replace_cost(char a, char b)
{
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z')
        b = (char)(b - 'A' + 'a');
    return a == b ? SUGGEST_CASE_COST : SUGGEST_EDIT_COST;
}

/* The weighted distance between a and b, or any value above `limit` once
 * it is certain to exceed it.  `row` has room for SUGGEST_MAX_LEN. */
static Py_ssize_t
weighted_distance(const char *a, Py_ssize_t na, const char *b, Py_ssize_t nb,
                  Py_ssize_t limit, Py_ssize_t *row)
{
    while (na > 0 && nb > 0 && a[0] == b[0]) {
        a++, b++;
        na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * SUGGEST_EDIT_COST;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN)
        return limit + 1;
    if (na > nb) {
        /* keep the row over the shorter string */
        const char *t = a;
        a = b;
        b = t;
        Py_ssize_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * SUGGEST_EDIT_COST > limit)
        return limit + 1;
    /* row[i] = distance between a[:i+1] and the prefix of b seen so far */
    for (Py_ssize_t i = 0; i < na; i++)
        row[i] = (i + 1) * SUGGEST_EDIT_COST;
    Py_ssize_t cur = 0;
    for (Py_ssize_t j = 0; j < nb; j++) {
        Py_ssize_t diag = j * SUGGEST_EDIT_COST; /* a[:0] vs b[:j] */
        Py_ssize_t left = diag + SUGGEST_EDIT_COST; /* a[:0] vs b[:j+1] */
        Py_ssize_t best_in_row = PY_SSIZE_T_MAX;
        for (Py_ssize_t i = 0; i < na; i++) {
            Py_ssize_t up = row[i];
            Py_ssize_t v = diag + replace_cost(a[i], b[j]);
            Py_ssize_t indel = (up < left ? up : left) + SUGGEST_EDIT_COST;
            if (indel < v)
                v = indel;
            diag = up;
            left = v;
            row[i] = v;
            if (v < best_in_row)
                best_in_row = v;
        }
        cur = left;
        if (best_in_row > limit)
            return limit + 1;
    }
    return cur;
}

/* The closest name to `name` in the list `candidates`, or NULL; borrowed.
 * Never leaves an exception set. */
static PyObject *
closest_name(PyObject *candidates, PyObject *name)
{
    Py_ssize_t n = PyList_GET_SIZE(candidates);
    if (n >= SUGGEST_MAX_CANDIDATES)
        return NULL;
    Py_ssize_t name_len;
    const char *name_s = PyUnicode_AsUTF8AndSize(name, &name_len);
    if (name_s == NULL) {
        PyErr_Clear();
        return NULL;
    }
    Py_ssize_t row[SUGGEST_MAX_LEN];
    PyObject *best = NULL;
    Py_ssize_t best_dist = PY_SSIZE_T_MAX;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = PyList_GET_ITEM(candidates, k);
        if (!PyUnicode_Check(item))
            continue;
        if (PyUnicode_Compare(item, name) == 0)
            continue;
        Py_ssize_t item_len;
        const char *item_s = PyUnicode_AsUTF8AndSize(item, &item_len);
        if (item_s == NULL) {
            PyErr_Clear();
            continue;
        }
        Py_ssize_t limit = (name_len + item_len + 3) * SUGGEST_EDIT_COST / 6;
        if (best != NULL && best_dist - 1 < limit)
            limit = best_dist - 1;
        Py_ssize_t d = weighted_distance(name_s, name_len, item_s, item_len, limit, row);
        if (d > limit)
            continue;
        if (best == NULL || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    PyErr_Clear();
    return best;
}

/* Search one pool (anything list() accepts: a dict gives its keys). */
static PyObject *
closest_in(PyObject *pool, PyObject *name)
{
    if (pool == NULL)
        return NULL;
    PyObject *list = PySequence_List(pool);
    if (list == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *best = Py_XNewRef(closest_name(list, name));
    Py_DECREF(list);
    return best;
}

static PyObject *
suggest_for_name_error(PyObject *exc)
{
    PyObject *name = ((PyNameErrorObject *)exc)->name;
    PyObject *tb = ((PyBaseExceptionObject *)exc)->traceback;
    if (name == NULL || !PyUnicode_CheckExact(name) || tb == NULL || !PyTraceBack_Check(tb))
        return NULL;
    PyTracebackObject *last = (PyTracebackObject *)tb;
    while (last->tb_next != NULL && PyTraceBack_Check(last->tb_next))
        last = last->tb_next;
    PyFrameObject *frame = last->tb_frame;
    PyCodeObject *code = PyFrame_GetCode(frame);
    PyObject *varnames = PyCode_GetVarnames(code);
    Py_DECREF(code);
    PyObject *best = closest_in(varnames, name);
    Py_XDECREF(varnames);
    if (best == NULL) {
        PyObject *globals = PyFrame_GetGlobals(frame);
        best = closest_in(globals, name);
        Py_XDECREF(globals);
    }
    if (best == NULL) {
        PyObject *builtins = PyFrame_GetBuiltins(frame);
        best = closest_in(builtins, name);
        Py_XDECREF(builtins);
    }
    PyErr_Clear();
    return best;
}

static PyObject *
suggest_for_attribute_error(PyObject *exc)
{
    PyObject *name = ((PyAttributeErrorObject *)exc)->name;
    PyObject *obj = ((PyAttributeErrorObject *)exc)->obj;
    if (name == NULL || obj == NULL || !PyUnicode_CheckExact(name))
        return NULL;
    PyObject *dir = PyObject_Dir(obj);
    if (dir == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *best = closest_in(dir, name);
    Py_DECREF(dir);
    return best;
}

/* The name to offer for `exc`, or NULL; a new reference, no error set. */
static PyObject *
suggestion_for(PyObject *exc)
{
    PyObject *best = NULL;
    /* exactly these two types: CPython 3.11 offers nothing for subclasses */
    if (Py_IS_TYPE(exc, (PyTypeObject *)PyExc_NameError))
        best = suggest_for_name_error(exc);
    else if (Py_IS_TYPE(exc, (PyTypeObject *)PyExc_AttributeError))
        best = suggest_for_attribute_error(exc);
    PyErr_Clear();
    return best;
}

/* The "TypeName: message" line(s), plus __notes__. */
static void
format_exception_only(TextBuf *b, PyObject *value)
{
    int is_syntax = PyObject_TypeCheck(value, (PyTypeObject *)PyExc_SyntaxError);
    PyObject *msg_src = value;
    PyObject *msg = NULL;
    if (is_syntax) {
        format_syntax_error(b, value);
        msg = get_attr_or_null(value, "msg");
        if (msg != NULL && msg != Py_None)
            msg_src = msg;
    }
    format_exception_type(b, value);
    PyObject *s = PyObject_Str(msg_src);
    if (s == NULL) {
        PyErr_Clear();
        buf_puts(b, ": <exception str() failed>");
    }
    else {
        const char *u = PyUnicode_AsUTF8(s);
        if (u == NULL) {
            PyErr_Clear();
            buf_puts(b, ": <exception str() failed>");
        }
        else if (*u) {
            buf_puts(b, ": ");
            buf_puts(b, u);
        }
        Py_DECREF(s);
    }
    if (!is_syntax) {
        PyObject *suggestion = suggestion_for(value);
        if (suggestion != NULL) {
            buf_puts(b, ". Did you mean: ");
            buf_object(b, suggestion, 1, "suggestion");
            buf_puts(b, "?");
            Py_DECREF(suggestion);
        }
    }
    buf_puts(b, "\n");
    Py_XDECREF(msg);
    PyObject *notes = get_attr_or_null(value, "__notes__");
    if (notes != NULL) {
        if (PyList_Check(notes) || PyTuple_Check(notes)) {
            Py_ssize_t n = PySequence_Size(notes);
            for (Py_ssize_t i = 0; i < n; i++) {
                PyObject *note = PySequence_GetItem(notes, i);
                if (note == NULL) {
                    PyErr_Clear();
                    continue;
                }
                if (PyUnicode_Check(note)) {
                    buf_object(b, note, 0, "note");
                }
                else {
                    PyObject *r = PyObject_Str(note);
                    if (r == NULL) {
                        PyErr_Clear();
                        buf_puts(b, "<note str() failed>");
                    }
                    else {
                        buf_object(b, r, 0, "note");
                        Py_DECREF(r);
                    }
                }
                buf_puts(b, "\n");
                Py_DECREF(note);
            }
        }
        else if (notes != Py_None) {
            buf_object(b, notes, 1, "__notes__");
            buf_puts(b, "\n");
        }
        Py_DECREF(notes);
    }
}

static int
seen_add(PrintCtx *ctx, PyObject *exc)
{
    PyObject *id = PyLong_FromVoidPtr(exc);
    if (id == NULL)
        return -1;
    int r = PySet_Add(ctx->seen, id);
    Py_DECREF(id);
    return r;
}

static int
seen_has(PrintCtx *ctx, PyObject *exc)
{
    PyObject *id = PyLong_FromVoidPtr(exc);
    if (id == NULL)
        return 0;
    int r = PySet_Contains(ctx->seen, id);
    Py_DECREF(id);
    return r == 1;
}

static void print_exception_recursive(PrintCtx *ctx, PyObject *value);

static void
print_one_exception(PrintCtx *ctx, PyObject *value)
{
    TextBuf b = {0};
    if (!PyExceptionInstance_Check(value)) {
        buf_printf(&b, "TypeError: print_exception(): Exception expected for value, %s found\n",
                   Py_TYPE(value)->tp_name);
        emit_buf(ctx, &b, '|');
        return;
    }
    PyObject *tb = PyException_GetTraceback(value);
    int is_group = PyBaseExceptionGroup_Check(value);
    if (!is_group) {
        long limit = traceback_limit();
        /* sys.tracebacklimit <= 0 drops the header with the entries */
        if (tb != NULL && tb != Py_None && PyTraceBack_Check(tb) && limit > 0) {
            buf_puts(&b, "Traceback (most recent call last):\n");
            format_tb(&b, (PyTracebackObject *)tb, limit);
        }
        format_exception_only(&b, value);
        emit_buf(ctx, &b, '|');
        Py_XDECREF(tb);
        return;
    }
    if (ctx->depth > MAX_GROUP_DEPTH) {
        Py_XDECREF(tb);
        buf_printf(&b, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_buf(ctx, &b, '|');
        return;
    }
    int is_toplevel = ctx->depth == 0;
    if (is_toplevel)
        ctx->depth++;
    long limit = traceback_limit();
    if (tb != NULL && tb != Py_None && PyTraceBack_Check(tb) && limit > 0) {
        buf_puts(&b, "Exception Group Traceback (most recent call last):\n");
        emit_buf(ctx, &b, is_toplevel ? '+' : '|');
        format_tb(&b, (PyTracebackObject *)tb, limit);
        emit_buf(ctx, &b, '|');
    }
    Py_XDECREF(tb);
    format_exception_only(&b, value);
    emit_buf(ctx, &b, '|');
    PyObject *excs = ((PyBaseExceptionGroupObject *)value)->excs;
    Py_ssize_t num_excs = excs != NULL && PyTuple_Check(excs) ? PyTuple_GET_SIZE(excs) : 0;
    Py_ssize_t n = num_excs <= MAX_GROUP_WIDTH ? num_excs : MAX_GROUP_WIDTH + 1;
    ctx->need_close = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int last_exc = i == n - 1;
        if (last_exc)
            ctx->need_close = 1;
        int truncated = i >= MAX_GROUP_WIDTH;
        buf_repeat(ctx->out, ' ', 2 * ctx->depth);
        buf_puts(ctx->out, i == 0 ? "+-" : "  ");
        if (truncated)
            buf_puts(ctx->out, "+---------------- ... ----------------\n");
        else
            buf_printf(ctx->out, "+---------------- %zd ----------------\n", i + 1);
        ctx->depth++;
        if (!truncated) {
            print_exception_recursive(ctx, PyTuple_GET_ITEM(excs, i));
        }
        else {
            Py_ssize_t remaining = num_excs - MAX_GROUP_WIDTH;
            buf_printf(&b, "and %zd more exception%s\n", remaining, remaining > 1 ? "s" : "");
            emit_buf(ctx, &b, '|');
        }
        if (last_exc && ctx->need_close) {
            buf_repeat(ctx->out, ' ', 2 * ctx->depth);
            buf_puts(ctx->out, "+------------------------------------\n");
            ctx->need_close = 0;
        }
        ctx->depth--;
    }
    if (is_toplevel)
        ctx->depth = 0;
}

static void
print_exception_recursive(PrintCtx *ctx, PyObject *value)
{
    if (ctx->seen != NULL && PyExceptionInstance_Check(value)) {
        seen_add(ctx, value);
        PyBaseExceptionObject *e = (PyBaseExceptionObject *)value;
        PyObject *cause = e->cause, *context = e->context;
        if (cause != NULL && cause != Py_None && PyExceptionInstance_Check(cause) && !seen_has(ctx, cause)) {
            Py_INCREF(cause);
            print_exception_recursive(ctx, cause);
            Py_DECREF(cause);
            emit(ctx, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        }
        else if ((cause == NULL || cause == Py_None) && context != NULL && context != Py_None &&
                 !e->suppress_context && PyExceptionInstance_Check(context) && !seen_has(ctx, context)) {
            Py_INCREF(context);
            print_exception_recursive(ctx, context);
            Py_DECREF(context);
            emit(ctx, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
    }
    print_one_exception(ctx, value);
    PyErr_Clear();
}

static void
write_text(PyObject *file, const char *text)
{
    if (file != NULL && file != Py_None) {
        if (PyFile_WriteString(text, file) == 0) {
            PyObject *res = PyObject_CallMethod(file, "flush", NULL);
            Py_XDECREF(res);
            PyErr_Clear();
            return;
        }
        PyErr_Clear();
    }
    fputs(text, stderr);
    fflush(stderr);
}

static void
display_exception(PyObject *file, PyObject *value)
{
    TextBuf out = {0};
    PrintCtx ctx = {&out, 0, 0, PySet_New(NULL)};
    PyObject *saved = PyErr_GetRaisedException();
    /* flush stdout first so the traceback comes after what was printed */
    PyObject *fout = PySys_GetObject("stdout");
    if (fout != NULL && fout != Py_None) {
        PyObject *res = PyObject_CallMethod(fout, "flush", NULL);
        Py_XDECREF(res);
        PyErr_Clear();
    }
    print_exception_recursive(&ctx, value);
    Py_XDECREF(ctx.seen);
    if (out.data != NULL)
        write_text(file, out.data);
    free(out.data);
    PyErr_Clear();
    if (saved != NULL)
        PyErr_SetRaisedException(saved);
}

void
PyErr_Display(PyObject *type, PyObject *value, PyObject *tb)
{
    _PyErr_Display(PySys_GetObject("stderr"), type, value, tb);
}

/* PyErr_Display to a given file (threading's excepthook prints to the
 * thread's saved stderr). */
void
_PyErr_Display(PyObject *file, PyObject *type, PyObject *value, PyObject *tb)
{
    if (value == NULL || value == Py_None) {
        if (type != NULL && type != Py_None)
            value = type;
        else
            return;
    }
    if (PyExceptionInstance_Check(value) && tb != NULL && PyTraceBack_Check(tb)) {
        PyObject *cur = PyException_GetTraceback(value);
        if (cur == NULL || cur == Py_None)
            PyException_SetTraceback(value, tb);
        Py_XDECREF(cur);
    }
    Py_XINCREF(file);
    display_exception(file, value);
    Py_XDECREF(file);
}

int
PyTraceBack_Print(PyObject *v, PyObject *f)
{
    if (v == NULL)
        return 0;
    if (!PyTraceBack_Check(v)) {
        PyErr_BadInternalCall();
        return -1;
    }
    long limit = traceback_limit();
    if (limit <= 0)
        return 0;
    TextBuf b = {0};
    buf_puts(&b, "Traceback (most recent call last):\n");
    format_tb(&b, (PyTracebackObject *)v, limit);
    int r = b.data != NULL ? PyFile_WriteString(b.data, f) : 0;
    free(b.data);
    return r;
}

void
PyErr_PrintEx(int set_sys_last_vars)
{
    int exitcode;
    if (_Py_HandleSystemExit(&exitcode))
        Py_Exit(exitcode);
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    PyObject *typ = Py_NewRef((PyObject *)Py_TYPE(exc));
    PyObject *tb = PyException_GetTraceback(exc);
    if (tb == NULL)
        tb = Py_NewRef(Py_None);
    if (set_sys_last_vars) {
        if (PySys_SetObject("last_type", typ) < 0 || PySys_SetObject("last_value", exc) < 0 ||
            PySys_SetObject("last_traceback", tb) < 0)
            PyErr_Clear();
    }
    PyObject *hook = PySys_GetObject("excepthook");
    if (hook != NULL && hook != Py_None) {
        PyObject *args[3] = {typ, exc, tb};
        Py_INCREF(hook);
        PyObject *result = PyObject_Vectorcall(hook, args, 3, NULL);
        Py_DECREF(hook);
        if (result == NULL) {
            if (PyErr_ExceptionMatches(PyExc_SystemExit)) {
                if (_Py_HandleSystemExit(&exitcode))
                    Py_Exit(exitcode);
            }
            PyObject *exc2 = PyErr_GetRaisedException();
            PyObject *ferr = PySys_GetObject("stderr");
            Py_XINCREF(ferr);
            write_text(ferr, "Error in sys.excepthook:\n");
            if (exc2 != NULL)
                display_exception(ferr, exc2);
            write_text(ferr, "\nOriginal exception was:\n");
            display_exception(ferr, exc);
            Py_XDECREF(ferr);
            Py_XDECREF(exc2);
        }
        Py_XDECREF(result);
    }
    else {
        PyObject *ferr = PySys_GetObject("stderr");
        Py_XINCREF(ferr);
        write_text(ferr, "sys.excepthook is missing\n");
        display_exception(ferr, exc);
        Py_XDECREF(ferr);
    }
    Py_DECREF(typ);
    Py_DECREF(tb);
    Py_DECREF(exc);
}

void
PyErr_Print(void)
{
    PyErr_PrintEx(1);
}
