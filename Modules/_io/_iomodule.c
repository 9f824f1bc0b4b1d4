/* The _io module: the C half of the io stack that io.py re-exports.
 *
 * The module's files divide the work as CPython's do: iobase.c holds the
 * abstract bases and their default methods, bytesio.c and stringio.c the
 * in-memory streams, textio.c the newline decoder, and fileio.c the
 * objects open() returns.  Those last are folded: one C struct carries
 * the descriptor and the buffering and decoding state of every layer,
 * which keeps print() and file reading cheap (see fileio.c and
 * docs/internals/io.md).
 *
 * open is the very object builtins.open is, as in CPython. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_io.h"

int
_KrIO_ReadyTypes(void)
{
    static int ready;
    if (ready)
        return 0;
    if (_KrIO_ReadyBases() < 0)
        return -1;
    PyTypeObject *types[] = {&_KrIO_BytesIO_Type, &_KrIO_BytesIOBuffer_Type,
                             &_KrIO_StringIO_Type, &_KrIO_IncrementalNewlineDecoder_Type,
                             &_KrIO_TextIOWrapper_Type, &_KrIO_BufferedReader_Type,
                             &_KrIO_BufferedWriter_Type, &_KrIO_BufferedRandom_Type,
                             &_KrIO_FileIO_Type, &_KrIO_BufferedRWPair_Type};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(types); i++) {
        if (PyType_Ready(types[i]) < 0)
            return -1;
    }
    ready = 1;
    return 0;
}

static PyObject *
io_open_code(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    static _PyArg_Parser parser = {"O:open_code", kwlist, 0};
    PyObject *path;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &path))
        return NULL;
    if (!PyUnicode_Check(path)) {
        PyErr_Format(PyExc_TypeError, "open_code() argument 'path' must be str, not %.200s",
                     Py_TYPE(path)->tp_name);
        return NULL;
    }
    return _KrIO_Open(path, "rb", -1, NULL, NULL, NULL, 1);
}

/* None means the locale's encoding, or UTF-8 in UTF-8 mode; with
 * -X warn_default_encoding it also warns, on behalf of the caller's
 * caller (stacklevel). */
static PyObject *
io_text_encoding(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "stacklevel", NULL};
    static _PyArg_Parser parser = {"O|i:text_encoding", kwlist, 0};
    PyObject *encoding;
    int stacklevel = 2;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &encoding, &stacklevel))
        return NULL;
    if (encoding != Py_None)
        return Py_NewRef(encoding);
    if (_Kr_WarnDefaultEncoding &&
        PyErr_WarnEx(PyExc_EncodingWarning, "'encoding' argument not specified", stacklevel) < 0)
        return NULL;
    PyObject *flags = PySys_GetObject("flags");
    int utf8_mode = 0;
    if (flags != NULL) {
        PyObject *v = PyObject_GetAttrString(flags, "utf8_mode");
        if (v == NULL)
            return NULL;
        utf8_mode = PyObject_IsTrue(v);
        Py_DECREF(v);
        if (utf8_mode < 0)
            return NULL;
    }
    return PyUnicode_FromString(utf8_mode ? "utf-8" : "locale");
}

static PyMethodDef io_methods[] = {
    {"open_code", (PyCFunction)(void (*)(void))io_open_code, METH_FASTCALL | METH_KEYWORDS,
     "open_code($module, /, path)\n--\n\n"
     "Opens the provided file with the intent to import the contents.\n\n"
     "This may perform extra validation beyond open(), but is otherwise interchangeable\n"
     "with calling open(path, 'rb')."},
    {"text_encoding", (PyCFunction)(void (*)(void))io_text_encoding,
     METH_FASTCALL | METH_KEYWORDS,
     "text_encoding($module, encoding, stacklevel=2, /)\n--\n\n"
     "A helper function to choose the text encoding.\n\n"
     "When encoding is not None, this function returns it.\n"
     "Otherwise, this function returns the default text encoding\n"
     "(i.e. \"locale\" or \"utf-8\" depends on UTF-8 mode).\n\n"
     "This function emits an EncodingWarning if encoding is None and\n"
     "sys.flags.warn_default_encoding is true.\n\n"
     "This can be used in APIs with an encoding=None parameter.\n"
     "However, please consider using encoding=\"utf-8\" for new APIs."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef iomodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_io",
    .m_doc = "The io module provides the Python interfaces to stream handling. The\n"
             "builtin open function is defined in this module.\n",
    .m_size = -1,
    .m_methods = io_methods,
};

PyObject *
PyInit__io(void)
{
    if (_KrIO_ReadyTypes() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&iomodule);
    if (m == NULL)
        return NULL;
    PyObject *builtins = PyInterpreterState_Get()->builtins;
    PyObject *open = builtins ? PyDict_GetItemString(builtins, "open") : NULL;
    if (open == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost builtins.open");
        goto fail;
    }
    if (PyCFunction_Check(open)) {
        /* CPython defines open in io: that is its __module__ */
        PyObject *modname = PyUnicode_InternFromString("io");
        if (modname == NULL)
            goto fail;
        Py_XSETREF(((PyCFunctionObject *)open)->m_module, modname);
    }
    if (PyModule_AddIntConstant(m, "DEFAULT_BUFFER_SIZE", KR_IO_DEFAULT_BUFFER_SIZE) < 0 ||
        PyModule_AddObjectRef(m, "open", open) < 0 ||
        PyModule_AddObjectRef(m, "UnsupportedOperation", _KrIO_UnsupportedOperation) < 0 ||
        PyModule_AddObjectRef(m, "BlockingIOError", PyExc_BlockingIOError) < 0)
        goto fail;
    PyTypeObject *types[] = {&_KrIO_IOBase_Type, &_KrIO_RawIOBase_Type,
                             &_KrIO_BufferedIOBase_Type, &_KrIO_TextIOBase_Type,
                             &_KrIO_BytesIO_Type, &_KrIO_StringIO_Type,
                             &_KrIO_IncrementalNewlineDecoder_Type, &_KrIO_TextIOWrapper_Type,
                             &_KrIO_BufferedReader_Type, &_KrIO_BufferedWriter_Type,
                             &_KrIO_BufferedRandom_Type, &_KrIO_FileIO_Type,
                             &_KrIO_BufferedRWPair_Type};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(types); i++) {
        const char *name = strrchr(types[i]->tp_name, '.') + 1;
        if (PyModule_AddObjectRef(m, name, (PyObject *)types[i]) < 0)
            goto fail;
    }
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
