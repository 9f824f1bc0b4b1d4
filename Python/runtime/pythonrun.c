/* Running source: from text to a code object to its execution in a
 * namespace.  compile(), exec(), eval(), the import system and the
 * command line all come through here, so that there is one path from
 * source to code:
 *
 *     source bytes --_PyParser_ASTFromString--> AST (in an arena)
 *                  --_PyAST_Compile-----------> code object
 *                  --PyEval_EvalCode----------> result
 *
 * The arena holds every AST node and is freed as soon as the code object
 * exists.  The one exception is a script that is already compiled (a
 * .pyc file run directly), whose code object is read with marshal. */
#include "Python.h"
#include "kr_compile.h"
#include "marshal.h"
#include <signal.h>
#include <unistd.h>

PyObject *Py_CompileStringObject(const char *str, PyObject *filename, int start,
                                 PyCompilerFlags *flags, int optimize)
{
    PyCompilerFlags localflags = _PyCompilerFlags_INIT;
    if (flags == NULL)
        flags = &localflags;
    PyArena *arena = _PyArena_New();
    if (arena == NULL)
        return NULL;
    PyObject *result = NULL;
    mod_ty mod = _PyParser_ASTFromString(str, filename, start, flags, arena);
    if (mod == NULL)
        goto done;
    if (flags->cf_flags & PyCF_ONLY_AST) {
        result = PyAST_mod2obj(mod);
        goto done;
    }
    result = (PyObject *)_PyAST_Compile(mod, filename, flags, optimize, arena);
done:
    _PyArena_Free(arena);
    return result;
}

PyObject *Py_CompileStringExFlags(const char *str, const char *filename, int start,
                                  PyCompilerFlags *flags, int optimize)
{
    PyObject *fn = PyUnicode_DecodeFSDefault(filename);
    if (fn == NULL)
        return NULL;
    PyObject *co = Py_CompileStringObject(str, fn, start, flags, optimize);
    Py_DECREF(fn);
    return co;
}

PyObject *PyRun_StringFlags(const char *str, int start, PyObject *globals, PyObject *locals, void *flags)
{
    PyObject *co = Py_CompileStringExFlags(str, "<string>", start, (PyCompilerFlags *)flags, -1);
    if (co == NULL)
        return NULL;
    PyObject *r = PyEval_EvalCode(co, globals, locals);
    Py_DECREF(co);
    return r;
}

/* The __main__ module's dict (borrowed), with __builtins__ in it. */
static PyObject *main_dict(void)
{
    PyObject *m = PyImport_AddModule("__main__");
    if (m == NULL)
        return NULL;
    PyObject *d = PyModule_GetDict(m);
    if (PyDict_GetItemString(d, "__builtins__") == NULL) {
        PyObject *b = PyImport_AddModule("builtins");
        if (b == NULL || PyDict_SetItemString(d, "__builtins__", b) < 0)
            return NULL;
    }
    return d;
}

/* Run code in __main__; the exception, if any, is left set. */
static int run_main_source(const char *src, PyObject *filename, PyCompilerFlags *flags)
{
    PyObject *d = main_dict();
    if (d == NULL)
        return -1;
    PyObject *co = Py_CompileStringObject(src, filename, Py_file_input, flags, -1);
    if (co == NULL)
        return -1;
    PyObject *r = PyEval_EvalCode(co, d, d);
    Py_DECREF(co);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

int PyRun_SimpleStringFlags(const char *src, void *flags)
{
    PyObject *fn = PyUnicode_FromString("<string>");
    if (fn == NULL)
        return -1;
    int r = run_main_source(src, fn, (PyCompilerFlags *)flags);
    Py_DECREF(fn);
    return r;
}

/* Read all of fp into a NUL-terminated malloc'ed buffer. */
char *_KrRead_AllFile(FILE *fp, size_t *size_out)
{
    size_t cap = 1 << 16, len = 0;
    char *buf = PyMem_RawMalloc(cap);
    if (buf == NULL)
        return NULL;
    for (;;) {
        if (cap - len < 2) {
            cap *= 2;
            char *nb = PyMem_RawRealloc(buf, cap);
            if (nb == NULL) {
                PyMem_RawFree(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t n = fread(buf + len, 1, cap - len - 1, fp);
        if (n == 0)
            break;
        len += n;
    }
    buf[len] = '\0';
    if (size_out)
        *size_out = len;
    return buf;
}

/* Whether the script is compiled bytecode rather than source: named
 * `.pyc`, or (for a file, not a pipe) starting with the two bytes of the
 * magic number that no source text starts with.  CPython's rule. */
static int looks_like_pyc(const char *filename, const char *data, size_t size, int is_file)
{
    size_t n = strlen(filename);
    if (n >= 4 && strcmp(filename + n - 4, ".pyc") == 0)
        return 1;
    long magic = PyImport_GetMagicNumber();
    return is_file && size >= 2 && (unsigned char)data[0] == (magic & 0xff) &&
           (unsigned char)data[1] == ((magic >> 8) & 0xff);
}

/* Run a .pyc file's code in __main__: its 16-byte header must carry this
 * interpreter's magic number; the rest of the header (how the cache was
 * validated against a source) does not matter for a file run directly. */
static int run_main_pyc(const char *data, size_t size)
{
    PyObject *d = main_dict();
    if (d == NULL)
        return -1;
    unsigned long magic = (unsigned long)PyImport_GetMagicNumber();
    if (size < 4 || ((unsigned char)data[0] | ((unsigned long)(unsigned char)data[1] << 8) |
                     ((unsigned long)(unsigned char)data[2] << 16) |
                     ((unsigned long)(unsigned char)data[3] << 24)) != magic) {
        PyErr_SetString(PyExc_RuntimeError, "Bad magic number in .pyc file");
        return -1;
    }
    size_t skip = size < 16 ? size : 16;
    /* unreadable marshal data is reported as a bad code object too */
    PyObject *co = PyMarshal_ReadObjectFromString(data + skip, (Py_ssize_t)(size - skip));
    if (co == NULL || !PyCode_Check(co)) {
        Py_XDECREF(co);
        PyErr_SetString(PyExc_RuntimeError, "Bad code object in .pyc file");
        return -1;
    }
    PyObject *r = PyEval_EvalCode(co, d, d);
    Py_DECREF(co);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

int PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, void *flags)
{
    size_t size;
    char *src = _KrRead_AllFile(fp, &size);
    if (closeit)
        fclose(fp);
    if (src == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (looks_like_pyc(filename, src, size, closeit)) {
        PyObject *fn = PyUnicode_DecodeFSDefault(filename);
        PyObject *d = fn ? main_dict() : NULL;
        int r = -1;
        if (d && PyDict_SetItemString(d, "__file__", fn) == 0 &&
            PyDict_SetItemString(d, "__cached__", Py_None) == 0)
            r = run_main_pyc(src, size);
        Py_XDECREF(fn);
        PyMem_RawFree(src);
        return r;
    }
    if (strlen(src) != size) {
        PyMem_RawFree(src);
        PyErr_SetString(PyExc_SyntaxError, "source code cannot contain null bytes");
        return -1;
    }
    int result = -1;
    PyObject *fn = PyUnicode_DecodeFSDefault(filename);
    PyObject *d = main_dict();
    if (fn == NULL || d == NULL)
        goto done;
    if (PyDict_SetItemString(d, "__file__", fn) < 0 || PyDict_SetItemString(d, "__cached__", Py_None) < 0)
        goto done;
    PyCompilerFlags cf = flags ? *(PyCompilerFlags *)flags : (PyCompilerFlags)_PyCompilerFlags_INIT;
    cf.cf_flags |= _KrCF_SOURCE_IS_FILE;
    result = run_main_source(src, fn, &cf);
done:
    Py_XDECREF(fn);
    PyMem_RawFree(src);
    return result;
}

/* If the current exception is SystemExit, clear it and store the exit
 * status: None is 0, an int is itself, anything else is printed to
 * stderr and gives 1.  Returns 1 when it was a SystemExit. */
int _Py_HandleSystemExit(int *exitcode_p)
{
    if (!PyErr_ExceptionMatches(PyExc_SystemExit))
        return 0;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *code = PyObject_GetAttrString(exc, "code");
    int exitcode = 0;
    if (code == NULL) {
        PyErr_Clear();
    }
    else if (code == Py_None) {
        exitcode = 0;
    }
    else if (PyLong_Check(code)) {
        exitcode = (int)PyLong_AsLong(code);
        if (exitcode == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            exitcode = 1;
        }
    }
    else {
        PyObject *f = PySys_GetObject("stderr");
        PyObject *s = PyObject_Str(code);
        if (f && f != Py_None && s) {
            if (PyFile_WriteObject(s, f, Py_PRINT_RAW) == 0)
                PyFile_WriteString("\n", f);
        }
        else if (s) {
            fprintf(stderr, "%s\n", PyUnicode_AsUTF8(s));
        }
        PyErr_Clear();
        Py_XDECREF(s);
        exitcode = 1;
    }
    Py_XDECREF(code);
    Py_DECREF(exc);
    *exitcode_p = exitcode;
    return 1;
}
