/* The interactive prompt.
 *
 * Lines are read one at a time and accumulated until they form a complete
 * statement.  Completeness is the parser's call, not a guess made here:
 * each attempt compiles the buffer with PyCF_ALLOW_INCOMPLETE_INPUT, under
 * which the parser reports "incomplete input" (a SyntaxError) when the
 * text so far could still become valid — an open bracket, a block header
 * waiting for its body.  A compound statement ends at an empty line, as
 * in CPython.  Each complete statement is compiled in 'single' mode, so
 * expression statements print their value through sys.displayhook.
 *
 * The prompts are sys.ps1 and sys.ps2.  Ctrl-D at an empty prompt ends
 * the session; Ctrl-C discards the current input and prints
 * KeyboardInterrupt. */
#include "Python.h"
#include "kr_compile.h"
#include <ctype.h>
#include <unistd.h>

static void write_prompt(const char *name, const char *fallback)
{
    PyObject *p = PySys_GetObject(name);
    PyObject *s = p ? PyObject_Str(p) : NULL;
    const char *text = s ? PyUnicode_AsUTF8(s) : NULL;
    if (text == NULL) {
        PyErr_Clear();
        text = fallback;
    }
    fputs(text, stderr);
    fflush(stderr);
    Py_XDECREF(s);
}

/* 1: the buffer is an incomplete statement; 0: compiled into *code (or
 * an error is set, *code NULL). */
static int try_compile(const char *src, int allow_incomplete, PyObject **code)
{
    PyCompilerFlags flags = _PyCompilerFlags_INIT;
    flags.cf_flags = PyCF_DONT_IMPLY_DEDENT | (allow_incomplete ? PyCF_ALLOW_INCOMPLETE_INPUT : 0);
    PyObject *fn = PyUnicode_FromString("<stdin>");
    if (fn == NULL) {
        *code = NULL;
        return 0;
    }
    *code = Py_CompileStringObject(src, fn, Py_single_input, &flags, -1);
    Py_DECREF(fn);
    if (*code == NULL && allow_incomplete && PyErr_ExceptionMatches(PyExc_SyntaxError)) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *msg = PyObject_GetAttrString(exc, "msg");
        int incomplete = msg && PyUnicode_Check(msg) &&
                         PyUnicode_CompareWithASCIIString(msg, "incomplete input") == 0;
        Py_XDECREF(msg);
        if (incomplete) {
            PyErr_Clear();
            Py_DECREF(exc);
            return 1;
        }
        PyErr_Clear();
        PyErr_SetRaisedException(exc);
    }
    return 0;
}

/* Does the statement in `buf` have a body that may go on: its first line
 * is a decorator, starts a compound statement (even with its body on the
 * same line: CPython's prompt waits for the empty line then too), or ends
 * with ':' (before any comment)?  Bracketed continuation lines don't
 * count, whatever their indentation. */
static int opens_block(const char *buf)
{
    static const char *const compound[] = {"if", "while", "for", "try", "with", "def",
                                           "class", "async", NULL};
    const char *nl = strchr(buf, '\n');
    const char *start = buf + strspn(buf, " \t");
    if (*start == '@')
        return 1;
    for (int i = 0; compound[i] != NULL; i++) {
        size_t k = strlen(compound[i]);
        unsigned char after = (unsigned char)start[k];
        if (strncmp(start, compound[i], k) == 0 && !(isalnum(after) || after == '_' || after >= 0x80))
            return 1;
    }
    const char *end = nl ? nl : buf + strlen(buf);
    const char *hash = memchr(buf, '#', (size_t)(end - buf));
    if (hash)
        end = hash;
    while (end > buf && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    return end > buf && end[-1] == ':';
}

/* Runs until end of input; returns the exit status (SystemExit's code). */
int _KrRepl_Run(int show_banner)
{
    if (show_banner)
        fprintf(stderr, "Python %s on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" "
                "for more information.\n", Py_GetVersion());
    if (PySys_GetObject("ps1") == NULL) {
        PyObject *s = PyUnicode_FromString(">>> ");
        if (s) PySys_SetObject("ps1", s);
        Py_XDECREF(s);
    }
    if (PySys_GetObject("ps2") == NULL) {
        PyObject *s = PyUnicode_FromString("... ");
        if (s) PySys_SetObject("ps2", s);
        Py_XDECREF(s);
    }
    PyObject *mainmod = PyImport_AddModule("__main__");
    if (mainmod == NULL)
        return 1;
    PyObject *globals = PyModule_GetDict(mainmod);
    if (PyDict_GetItemString(globals, "__builtins__") == NULL)
        PyDict_SetItemString(globals, "__builtins__", PyImport_AddModule("builtins"));

    size_t cap = 1024, len = 0;
    char *buf = PyMem_RawMalloc(cap);
    char line[4096];
    if (buf == NULL)
        return 1;
    buf[0] = '\0';
    for (;;) {
        write_prompt(len ? "ps2" : "ps1", len ? "... " : ">>> ");
        errno = 0;
        if (fgets(line, sizeof(line), stdin) == NULL) {
            if (errno == EINTR || PyErr_CheckSignals() < 0) {
                clearerr(stdin);
                PyErr_Clear();
                fputs("\nKeyboardInterrupt\n", stderr);
                len = 0;
                buf[0] = '\0';
                continue;
            }
            fputs("\n", stderr);
            break;
        }
        size_t n = strlen(line);
        int blank = strspn(line, " \t\r\n") == n;
        if (len == 0 && blank)
            continue;
        if (len + n + 2 > cap) {
            while (len + n + 2 > cap)
                cap *= 2;
            char *nb = PyMem_RawRealloc(buf, cap);
            if (nb == NULL)
                break;
            buf = nb;
        }
        memcpy(buf + len, line, n + 1);
        len += n;
        PyObject *code = NULL;
        /* an empty line closes an open block: compile without waiting */
        if (try_compile(buf, !blank, &code))
            continue;
        /* A block (a first line ending in ':', or an indented line) goes on
         * until an empty line, even once it would compile, as in CPython. */
        if (!blank && opens_block(buf)) {
            Py_XDECREF(code);
            PyErr_Clear();
            continue;
        }
        len = 0;
        buf[0] = '\0';
        if (code != NULL) {
            PyObject *r = PyEval_EvalCode(code, globals, globals);
            Py_DECREF(code);
            Py_XDECREF(r);
        }
        if (PyErr_Occurred()) {
            int status;
            if (_Py_HandleSystemExit(&status)) {
                PyMem_RawFree(buf);
                return status;
            }
            PyErr_Print();
        }
        PyObject *out = PySys_GetObject("stdout");
        if (out && out != Py_None) {
            PyObject *r = PyObject_CallMethod(out, "flush", NULL);
            if (r == NULL)
                PyErr_Clear();
            Py_XDECREF(r);
        }
    }
    PyMem_RawFree(buf);
    return 0;
}
