/* The error indicator: how C code raises, inspects and clears exceptions.
 *
 * The thread state holds one normalized exception instance,
 * tstate->current_exception, never a (type, value, traceback) triple:
 * whoever raises creates the instance right away (calling the class with
 * the value, or with *value when the value is a tuple, as CPython's
 * normalization does).  The old triple API (PyErr_Fetch/Restore/
 * NormalizeException) translates at the edge.
 *
 * Implicit chaining happens here too: when an exception is raised while
 * another is being handled (the top of the tstate->exc_info stack), the
 * handled one becomes the new one's __context__, after cutting the chain
 * where it would loop back to the new exception.
 *
 * Warnings live in Python/_warnings.c. */
#include "Python.h"
#include "kr_frame.h"
#include "kr_runtime.h"
#include <stdarg.h>

/* ====================================================================
 * Raising
 * ==================================================================== */

/* The exception being handled, skipping empty stack items (borrowed;
 * NULL when nothing is being handled). */
static PyObject *
topmost_handled(PyThreadState *tstate)
{
    for (_PyErr_StackItem *item = tstate->exc_info; item; item = item->previous_item) {
        if (item->exc_value != NULL && item->exc_value != Py_None)
            return item->exc_value;
    }
    return NULL;
}

/* Create the instance for raising `type` with `value` (new reference).
 * On failure the failure itself is left in *instance's place: the
 * function returns NULL with that other exception set. */
static PyObject *
make_instance(PyObject *type, PyObject *value)
{
    PyObject *exc;
    if (value != NULL && PyExceptionInstance_Check(value) &&
        PyObject_TypeCheck(value, (PyTypeObject *)type))
        return Py_NewRef(value);
    if (value == NULL || value == Py_None)
        exc = PyObject_CallNoArgs(type);
    else if (PyTuple_Check(value))
        exc = PyObject_Call(type, value, NULL);
    else
        exc = PyObject_CallOneArg(type, value);
    if (exc == NULL)
        return NULL;
    if (!PyExceptionInstance_Check(exc)) {
        PyErr_Format(PyExc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %s",
                     type, Py_TYPE(exc)->tp_name);
        Py_DECREF(exc);
        return NULL;
    }
    return exc;
}

/* Link `exc.__context__` to the exception being handled, first breaking
 * any path in that chain that leads back to `exc` (Floyd's tortoise and
 * hare keeps a pre-existing cycle from hanging us). */
static void
chain_context(PyThreadState *tstate, PyObject *exc)
{
    PyObject *handled = topmost_handled(tstate);
    if (handled == NULL || handled == exc)
        return;
    PyObject *o = handled, *slow = handled;
    int slow_step = 0;
    for (;;) {
        PyObject *context = ((PyBaseExceptionObject *)o)->context;
        if (context == NULL)
            break;
        if (context == exc) {
            ((PyBaseExceptionObject *)o)->context = NULL;
            Py_DECREF(context);
            break;
        }
        o = context;
        if (o == slow)
            break; /* a cycle not involving exc */
        if (slow_step)
            slow = ((PyBaseExceptionObject *)slow)->context;
        slow_step = !slow_step;
    }
    PyException_SetContext(exc, Py_NewRef(handled));
}

static void
set_current(PyThreadState *tstate, PyObject *exc)
{
    PyObject *old = tstate->current_exception;
    tstate->current_exception = exc;
    Py_XDECREF(old);
}

void
PyErr_SetObject(PyObject *type, PyObject *value)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (type != NULL && !PyExceptionClass_Check(type)) {
        PyErr_Format(PyExc_SystemError,
                     "_PyErr_SetObject: exception %R is not a BaseException subclass", type);
        return;
    }
    if (type == NULL) {
        PyErr_Clear();
        return;
    }
    Py_XINCREF(value);
    /* Creating the instance may run Python code that raises and handles
     * exceptions of its own; the old indicator must not leak into it. */
    PyObject *saved = tstate->current_exception;
    tstate->current_exception = NULL;
    Py_XDECREF(saved);
    PyObject *exc = make_instance(type, value);
    Py_XDECREF(value);
    if (exc == NULL)
        return; /* the failure to create it is now the current exception */
    chain_context(tstate, exc);
    set_current(tstate, exc);
}

void
PyErr_SetNone(PyObject *type)
{
    PyErr_SetObject(type, NULL);
}

void
PyErr_SetString(PyObject *exception, const char *string)
{
    PyObject *value = PyUnicode_FromString(string);
    if (value == NULL)
        return;
    PyErr_SetObject(exception, value);
    Py_DECREF(value);
}

PyObject *
PyErr_FormatV(PyObject *exception, const char *format, va_list vargs)
{
    PyErr_Clear();
    PyObject *string = PyUnicode_FromFormatV(format, vargs);
    if (string != NULL) {
        PyErr_SetObject(exception, string);
        Py_DECREF(string);
    }
    return NULL;
}

PyObject *
PyErr_Format(PyObject *exception, const char *format, ...)
{
    va_list vargs;
    va_start(vargs, format);
    PyErr_FormatV(exception, format, vargs);
    va_end(vargs);
    return NULL;
}

PyObject *
_PyErr_FormatFromCause(PyObject *exception, const char *format, ...)
{
    PyObject *cause = PyErr_GetRaisedException();
    va_list vargs;
    va_start(vargs, format);
    PyErr_FormatV(exception, format, vargs);
    va_end(vargs);
    if (cause) {
        PyObject *exc = PyErr_GetRaisedException();
        if (exc) {
            PyException_SetCause(exc, Py_NewRef(cause));
            PyException_SetContext(exc, Py_NewRef(cause));
            PyErr_SetRaisedException(exc);
        }
        Py_DECREF(cause);
    }
    return NULL;
}

int
_PyErr_SetKeyError(PyObject *key)
{
    PyObject *tup = PyTuple_Pack(1, key);
    if (tup == NULL)
        return -1;
    PyErr_SetObject(PyExc_KeyError, tup);
    Py_DECREF(tup);
    return -1;
}

/* ====================================================================
 * Inspecting and clearing
 * ==================================================================== */

PyObject *
PyErr_Occurred(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate == NULL || tstate->current_exception == NULL)
        return NULL;
    return (PyObject *)Py_TYPE(tstate->current_exception);
}

void
PyErr_Clear(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    set_current(tstate, NULL);
}

PyObject *
PyErr_GetRaisedException(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    PyObject *exc = tstate->current_exception;
    tstate->current_exception = NULL;
    return exc;
}

void
PyErr_SetRaisedException(PyObject *exc)
{
    set_current(_PyThreadState_GET(), exc);
}

int
PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc)
{
    if (given == NULL || exc == NULL)
        return 0;
    if (PyTuple_Check(exc)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(exc); i++) {
            if (PyErr_GivenExceptionMatches(given, PyTuple_GET_ITEM(exc, i)))
                return 1;
        }
        return 0;
    }
    if (PyExceptionInstance_Check(given))
        given = PyExceptionInstance_Class(given);
    if (PyExceptionClass_Check(given) && PyExceptionClass_Check(exc))
        return PyType_IsSubtype((PyTypeObject *)given, (PyTypeObject *)exc);
    return given == exc;
}

int
PyErr_ExceptionMatches(PyObject *exc)
{
    return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

/* ---- the (type, value, traceback) triple, translated ---- */

void
PyErr_Fetch(PyObject **p_type, PyObject **p_value, PyObject **p_traceback)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL) {
        *p_type = *p_value = *p_traceback = NULL;
        return;
    }
    *p_type = Py_NewRef(Py_TYPE(exc));
    *p_value = exc;
    *p_traceback = PyException_GetTraceback(exc);
}

void
PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (type == NULL) {
        Py_XDECREF(value);
        Py_XDECREF(traceback);
        set_current(tstate, NULL);
        return;
    }
    PyObject *exc;
    if (value != NULL && PyExceptionInstance_Check(value) &&
        (!PyExceptionClass_Check(type) ||
         PyObject_TypeCheck(value, (PyTypeObject *)type))) {
        exc = Py_NewRef(value);
    } else if (PyExceptionClass_Check(type)) {
        set_current(tstate, NULL);
        exc = make_instance(type, value);
        if (exc == NULL) {
            Py_DECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(traceback);
            return;
        }
    } else {
        Py_DECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(traceback);
        PyErr_SetString(PyExc_SystemError, "exception is not a BaseException subclass");
        return;
    }
    if (traceback != NULL && traceback != Py_None &&
        ((PyBaseExceptionObject *)exc)->traceback != traceback) {
        if (PyException_SetTraceback(exc, traceback) < 0)
            PyErr_Clear();
    }
    Py_DECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(traceback);
    set_current(tstate, exc);
}

void
PyErr_NormalizeException(PyObject **p_type, PyObject **p_value, PyObject **p_tb)
{
    PyObject *type = *p_type, *value = *p_value;
    if (type == NULL)
        return;
    if (value != NULL && PyExceptionInstance_Check(value)) {
        if (!PyExceptionClass_Check(type) ||
            PyObject_TypeCheck(value, (PyTypeObject *)type)) {
            return;
        }
    }
    if (!PyExceptionClass_Check(type))
        return;
    PyObject *exc = make_instance(type, value);
    if (exc == NULL) {
        /* Replace the triple by the exception raised while normalizing. */
        PyObject *err = PyErr_GetRaisedException();
        Py_SETREF(*p_type, Py_NewRef(Py_TYPE(err)));
        Py_XSETREF(*p_value, err);
        Py_XSETREF(*p_tb, PyException_GetTraceback(err));
        return;
    }
    Py_XSETREF(*p_value, exc);
}

/* ---- the exception being handled (sys.exc_info) ---- */

PyObject *
PyErr_GetHandledException(void)
{
    PyObject *exc = topmost_handled(_PyThreadState_GET());
    return Py_XNewRef(exc);
}

void
PyErr_SetHandledException(PyObject *exc)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (exc == Py_None)
        exc = NULL;
    Py_XINCREF(exc);
    Py_XSETREF(tstate->exc_info->exc_value, exc);
}

void
PyErr_GetExcInfo(PyObject **p_type, PyObject **p_value, PyObject **p_traceback)
{
    PyObject *exc = topmost_handled(_PyThreadState_GET());
    if (exc == NULL) {
        *p_type = Py_NewRef(Py_None);
        *p_value = Py_NewRef(Py_None);
        *p_traceback = Py_NewRef(Py_None);
        return;
    }
    *p_type = Py_NewRef(Py_TYPE(exc));
    *p_value = Py_NewRef(exc);
    PyObject *tb = PyException_GetTraceback(exc);
    *p_traceback = tb ? tb : Py_NewRef(Py_None);
}

void
PyErr_SetExcInfo(PyObject *type, PyObject *value, PyObject *traceback)
{
    PyErr_SetHandledException(value);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(traceback);
}

/* ---- chaining while cleaning up ---- */

void
_PyErr_ChainExceptions1(PyObject *exc)
{
    if (exc == NULL)
        return;
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate->current_exception != NULL) {
        PyObject *cur = tstate->current_exception;
        if (cur != exc)
            PyException_SetContext(cur, exc);
        else
            Py_DECREF(exc);
    } else {
        set_current(tstate, exc);
    }
}

void
_PyErr_ChainExceptions(PyObject *type, PyObject *value, PyObject *tb)
{
    if (type == NULL)
        return;
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate->current_exception != NULL) {
        PyObject *cur = PyErr_GetRaisedException();
        PyErr_NormalizeException(&type, &value, &tb);
        if (tb != NULL && value != NULL && PyExceptionInstance_Check(value))
            (void)PyException_SetTraceback(value, tb);
        Py_DECREF(type);
        Py_XDECREF(tb);
        if (value && PyExceptionInstance_Check(value))
            PyException_SetContext(cur, value);
        else
            Py_XDECREF(value);
        PyErr_SetRaisedException(cur);
    } else {
        PyErr_Restore(type, value, tb);
    }
}

/* ====================================================================
 * Common errors
 * ==================================================================== */

PyObject *
PyErr_NoMemory(void)
{
    PyErr_SetNone(PyExc_MemoryError);
    return NULL;
}

int
PyErr_BadArgument(void)
{
    PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
    return 0;
}

void
_PyErr_BadInternalCall(const char *filename, int lineno)
{
    PyErr_Format(PyExc_SystemError, "%s:%d: bad argument to internal function",
                 filename, lineno);
}

#undef PyErr_BadInternalCall
void
PyErr_BadInternalCall(void)
{
    PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
}

PyObject *
PyErr_SetFromErrnoWithFilenameObjects(PyObject *exc, PyObject *filename, PyObject *filename2)
{
    int saved = errno;
    if (saved == EINTR && PyErr_CheckSignals() < 0)
        return NULL;
    PyObject *message = saved == 0 ? PyUnicode_FromString("Error")
                                   : PyUnicode_DecodeFSDefault(strerror(saved));
    if (message == NULL)
        return NULL;
    PyObject *args;
    if (filename != NULL && filename != Py_None) {
        if (filename2 != NULL && filename2 != Py_None)
            args = Py_BuildValue("(iOOOO)", saved, message, filename, Py_None, filename2);
        else
            args = Py_BuildValue("(iOO)", saved, message, filename);
    } else {
        args = Py_BuildValue("(iO)", saved, message);
    }
    Py_DECREF(message);
    if (args == NULL)
        return NULL;
    PyObject *v = PyObject_Call(exc, args, NULL);
    Py_DECREF(args);
    if (v != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(v), v);
        Py_DECREF(v);
    }
    return NULL;
}

PyObject *
PyErr_SetFromErrnoWithFilenameObject(PyObject *exc, PyObject *filename)
{
    return PyErr_SetFromErrnoWithFilenameObjects(exc, filename, NULL);
}

PyObject *
PyErr_SetFromErrnoWithFilename(PyObject *exc, const char *filename)
{
    int saved = errno;
    PyObject *name = NULL;
    if (filename) {
        name = PyUnicode_DecodeFSDefault(filename);
        if (name == NULL)
            return NULL;
    }
    errno = saved;
    PyErr_SetFromErrnoWithFilenameObjects(exc, name, NULL);
    Py_XDECREF(name);
    return NULL;
}

PyObject *
PyErr_SetFromErrno(PyObject *exc)
{
    return PyErr_SetFromErrnoWithFilenameObjects(exc, NULL, NULL);
}

/* ====================================================================
 * Unraisable exceptions
 * ==================================================================== */

static PyObject *
stderr_file(void)
{
    PyObject *f = PySys_GetObject("stderr");
    return (f == NULL || f == Py_None) ? NULL : f;
}

/* "module.Qualname" for the exception type line, without "builtins.". */
static PyObject *
exception_type_name(PyObject *type)
{
    PyObject *qualname = PyType_GetQualName((PyTypeObject *)type);
    if (qualname == NULL)
        return NULL;
    PyObject *module = NULL;
    if (_PyObject_LookupAttr(type, _Py_ID(__module__), &module) < 0 || module == NULL ||
        !PyUnicode_Check(module) || _PyUnicode_EqualToASCIIString(module, "builtins") ||
        _PyUnicode_EqualToASCIIString(module, "__main__")) {
        PyErr_Clear();
        Py_XDECREF(module);
        return qualname;
    }
    PyObject *res = PyUnicode_FromFormat("%U.%U", module, qualname);
    Py_DECREF(module);
    Py_DECREF(qualname);
    return res;
}

/* The default report: "Exception ignored in: <obj>" (or err_msg: <obj>,
 * or err_msg: alone), then the traceback and the exception, on
 * sys.stderr.  sys.__unraisablehook__ prints through this too. */
void
_KrErr_PrintUnraisable(PyObject *exc, PyObject *err_msg, PyObject *obj)
{
    PyObject *file = stderr_file();
    if (file == NULL) {
        fprintf(stderr, "Exception ignored in unraisable hook\n");
        return;
    }
    Py_INCREF(file);
    if (obj != NULL && obj != Py_None) {
        if (err_msg != NULL && err_msg != Py_None) {
            PyFile_WriteObject(err_msg, file, Py_PRINT_RAW);
            PyFile_WriteString(": ", file);
        } else {
            PyFile_WriteString("Exception ignored in: ", file);
        }
        if (PyFile_WriteObject(obj, file, 0) < 0) {
            PyErr_Clear();
            PyFile_WriteString("<object repr() failed>", file);
        }
        PyFile_WriteString("\n", file);
    } else if (err_msg != NULL && err_msg != Py_None) {
        PyFile_WriteObject(err_msg, file, Py_PRINT_RAW);
        PyFile_WriteString(":\n", file);
    }
    PyObject *tb = PyException_GetTraceback(exc);
    if (tb != NULL) {
        if (PyTraceBack_Print(tb, file) < 0)
            PyErr_Clear();
        Py_DECREF(tb);
    }
    PyObject *name = exception_type_name((PyObject *)Py_TYPE(exc));
    if (name) {
        PyFile_WriteObject(name, file, Py_PRINT_RAW);
        Py_DECREF(name);
    }
    PyObject *msg = PyObject_Str(exc);
    if (msg == NULL) {
        PyErr_Clear();
        PyFile_WriteString(": <exception str() failed>", file);
    } else {
        if (PyUnicode_GET_LENGTH(msg) > 0) {
            PyFile_WriteString(": ", file);
            PyFile_WriteObject(msg, file, Py_PRINT_RAW);
        }
        Py_DECREF(msg);
    }
    PyFile_WriteString("\n", file);
    PyObject *res = PyObject_CallMethod(file, "flush", NULL);
    Py_XDECREF(res);
    PyErr_Clear();
    Py_DECREF(file);
}

static PyTypeObject UnraisableHookArgsType;
static PyStructSequence_Field unraisable_fields[] = {
    {"exc_type", "Exception type"}, {"exc_value", "Exception value"},
    {"exc_traceback", "Exception traceback"}, {"err_msg", "Error message"},
    {"object", "Object causing the exception"}, {NULL, NULL}
};
static PyStructSequence_Desc unraisable_desc = {
    "UnraisableHookArgs",
    "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    unraisable_fields, 5
};

/* Report an exception that cannot be raised: through sys.unraisablehook
 * when a program set one (with a sys.UnraisableHookArgs), else the
 * default report.  A hook that fails is itself reported by default. */
static void
write_unraisable(const char *prefix, PyObject *obj)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    PyObject *err_msg = NULL;
    if (prefix != NULL && strcmp(prefix, "in") != 0) {
        err_msg = PyUnicode_FromFormat("Exception ignored %s", prefix);
        if (err_msg == NULL)
            PyErr_Clear();
    }
    PyObject *hook = PySys_GetObject("unraisablehook");
    PyObject *dflt = PySys_GetObject("__unraisablehook__");
    if (hook != NULL && hook != Py_None && hook != dflt) {
        Py_INCREF(hook);
        PyObject *args = NULL, *res = NULL;
        if (UnraisableHookArgsType.tp_name != NULL ||
            PyStructSequence_InitType2(&UnraisableHookArgsType, &unraisable_desc) == 0)
            args = PyStructSequence_New(&UnraisableHookArgsType);
        if (args != NULL) {
            PyObject *tb = PyException_GetTraceback(exc);
            PyStructSequence_SetItem(args, 0, Py_NewRef((PyObject *)Py_TYPE(exc)));
            PyStructSequence_SetItem(args, 1, Py_NewRef(exc));
            PyStructSequence_SetItem(args, 2, tb ? tb : Py_NewRef(Py_None));
            PyStructSequence_SetItem(args, 3, Py_NewRef(err_msg ? err_msg : Py_None));
            PyStructSequence_SetItem(args, 4, Py_NewRef(obj ? obj : Py_None));
            res = PyObject_CallOneArg(hook, args);
            Py_DECREF(args);
        }
        if (res != NULL) {
            Py_DECREF(res);
            Py_DECREF(hook);
            Py_XDECREF(err_msg);
            Py_DECREF(exc);
            return;
        }
        /* the hook failed: report that failure, about the hook */
        PyObject *hook_exc = PyErr_GetRaisedException();
        PyObject *m = PyUnicode_FromString("Exception ignored in sys.unraisablehook");
        if (hook_exc != NULL && m != NULL)
            _KrErr_PrintUnraisable(hook_exc, m, hook);
        Py_XDECREF(m);
        Py_XDECREF(hook_exc);
        Py_DECREF(hook);
        PyErr_Clear();
        Py_XDECREF(err_msg);
        Py_DECREF(exc);
        return;
    }
    _KrErr_PrintUnraisable(exc, err_msg, obj);
    Py_XDECREF(err_msg);
    Py_DECREF(exc);
}

void
PyErr_WriteUnraisable(PyObject *obj)
{
    write_unraisable("in", obj);
}

void
_PyErr_WriteUnraisableMsg(const char *err_msg, PyObject *obj)
{
    if (err_msg == NULL) {
        write_unraisable("in", obj);
        return;
    }
    write_unraisable(err_msg, obj);
}

/* ====================================================================
 * Syntax errors
 * ==================================================================== */

PyObject *
PyErr_ProgramTextObject(PyObject *filename, int lineno)
{
    if (filename == NULL || !PyUnicode_Check(filename) || lineno <= 0)
        return NULL;
    const char *path = PyUnicode_AsUTF8(filename);
    if (path == NULL) {
        PyErr_Clear();
        return NULL;
    }
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = 0;
    for (int i = 0; i < lineno; i++) {
        len = getline(&line, &cap, fp);
        if (len < 0)
            break;
    }
    fclose(fp);
    PyObject *res = NULL;
    if (len >= 0 && line) {
        res = PyUnicode_DecodeUTF8(line, len, "replace");
        if (res == NULL)
            PyErr_Clear();
    }
    free(line);
    return res;
}

static void
set_attr_quiet(PyObject *obj, const char *name, PyObject *value)
{
    if (value == NULL)
        return;
    if (PyObject_SetAttrString(obj, name, value) < 0)
        PyErr_Clear();
    Py_DECREF(value);
}

void
PyErr_SyntaxLocationObject(PyObject *filename, int lineno, int col_offset)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    set_attr_quiet(exc, "lineno", PyLong_FromLong(lineno));
    if (col_offset >= 0)
        set_attr_quiet(exc, "offset", PyLong_FromLong(col_offset + 1));
    else
        set_attr_quiet(exc, "offset", Py_NewRef(Py_None));
    if (filename != NULL) {
        set_attr_quiet(exc, "filename", Py_NewRef(filename));
        if (PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_SyntaxError)) {
            PySyntaxErrorObject *se = (PySyntaxErrorObject *)exc;
            if (se->text == NULL || se->text == Py_None) {
                PyObject *text = PyErr_ProgramTextObject(filename, lineno);
                if (text)
                    set_attr_quiet(exc, "text", text);
            }
        }
    }
    PyErr_SetRaisedException(exc);
}

void
PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset)
{
    PyObject *fobj = NULL;
    if (filename) {
        fobj = PyUnicode_DecodeFSDefault(filename);
        if (fobj == NULL)
            PyErr_Clear();
    }
    PyErr_SyntaxLocationObject(fobj, lineno, col_offset);
    Py_XDECREF(fobj);
}

void
PyErr_SyntaxLocation(const char *filename, int lineno)
{
    PyErr_SyntaxLocationEx(filename, lineno, -1);
}

/* Raise `type` (SyntaxError or a subclass) with msg at the 0-based
 * columns col_offset..end_col_offset; the exception shows them 1-based,
 * as CPython's does.  A negative column means unknown. */
void
_PyErr_RaiseSyntaxError(PyObject *type, const char *msg, PyObject *filename, int lineno,
                        int col_offset, int end_lineno, int end_col_offset)
{
    PyObject *text = PyErr_ProgramTextObject(filename, lineno);
    PyObject *msgobj = PyUnicode_FromString(msg);
    if (msgobj == NULL) {
        Py_XDECREF(text);
        return;
    }
    PyObject *tmp = Py_BuildValue("(OiiOii)", filename ? filename : Py_None, lineno,
                                  col_offset + 1, text ? text : Py_None,
                                  end_lineno, end_col_offset + 1);
    Py_XDECREF(text);
    if (tmp == NULL) {
        Py_DECREF(msgobj);
        return;
    }
    PyObject *args = PyTuple_Pack(2, msgobj, tmp);
    Py_DECREF(msgobj);
    Py_DECREF(tmp);
    if (args == NULL)
        return;
    PyErr_SetObject(type ? type : PyExc_SyntaxError, args);
    Py_DECREF(args);
}

/* ====================================================================
 * New exception classes
 * ==================================================================== */

PyObject *
PyErr_NewException(const char *name, PyObject *base, PyObject *dict)
{
    const char *dot = strrchr(name, '.');
    if (dot == NULL) {
        PyErr_SetString(PyExc_SystemError, "PyErr_NewException: name must be module.class");
        return NULL;
    }
    PyObject *mydict = NULL, *bases = NULL, *modulename = NULL, *result = NULL;
    if (base == NULL)
        base = PyExc_Exception;
    if (dict == NULL) {
        dict = mydict = PyDict_New();
        if (dict == NULL)
            goto done;
    }
    int has_module = PyDict_Contains(dict, _Py_ID(__module__));
    if (has_module < 0)
        goto done;
    if (!has_module) {
        modulename = PyUnicode_FromStringAndSize(name, dot - name);
        if (modulename == NULL || PyDict_SetItem(dict, _Py_ID(__module__), modulename) < 0)
            goto done;
    }
    if (PyTuple_Check(base))
        bases = Py_NewRef(base);
    else if ((bases = PyTuple_Pack(1, base)) == NULL)
        goto done;
    result = PyObject_CallFunction((PyObject *)&PyType_Type, "sOO", dot + 1, bases, dict);
done:
    Py_XDECREF(bases);
    Py_XDECREF(mydict);
    Py_XDECREF(modulename);
    return result;
}

PyObject *
PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict)
{
    PyObject *mydict = NULL;
    if (dict == NULL) {
        dict = mydict = PyDict_New();
        if (dict == NULL)
            return NULL;
    }
    if (doc != NULL) {
        PyObject *docobj = PyUnicode_FromString(doc);
        if (docobj == NULL || PyDict_SetItemString(dict, "__doc__", docobj) < 0) {
            Py_XDECREF(docobj);
            Py_XDECREF(mydict);
            return NULL;
        }
        Py_DECREF(docobj);
    }
    PyObject *res = PyErr_NewException(name, base, dict);
    Py_XDECREF(mydict);
    return res;
}

/* ====================================================================
 * Fatal errors
 * ==================================================================== */

void
Py_FatalError(const char *message)
{
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", message);
    PyThreadState *tstate = _Py_tss_tstate;
    if (PyInterpreterState_Main() != NULL)
        fprintf(stderr, "Python runtime state: initialized\n");
    if (tstate && tstate->current_exception) {
        PyObject *exc = tstate->current_exception;
        fprintf(stderr, "%s\n", Py_TYPE(exc)->tp_name);
    }
    fflush(stderr);
    /* then every thread's Python stack, as faulthandler writes it (with
     * write(2) alone: the heap may be what is broken) */
    if (PyInterpreterState_Main() != NULL) {
        _Py_DumpWrite(2, "\n", 1);
        _Py_DumpTracebackThreads(2, NULL, tstate);
    }
    abort();
}
