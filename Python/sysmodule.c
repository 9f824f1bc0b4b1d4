/* The sys module.
 *
 * sys's dict is the interpreter's sysdict; C code reads it through
 * PySys_GetObject (borrowed), which is how print() finds sys.stdout and
 * the import system finds sys.path, sys.modules and sys.meta_path.  The
 * module is created once by _KrSys_Create at start-up, before imports
 * work; sys.argv and sys.path[0] are filled in later by _KrSys_SetArgv
 * when the command line is known.
 *
 * The named-tuple-like values (version_info, flags, float_info, int_info,
 * hash_info, thread_info) are struct sequences (Objects/structseq.c);
 * sys.implementation is a types.SimpleNamespace, as in CPython.
 *
 * sys.path is: the script's directory (or '' for -c and the REPL),
 * PYTHONPATH, Krait's own Lib/ (found from the executable or KRAITHOME),
 * then the CPython 3.11 standard library (KR_STDLIB_DIR, fixed at build
 * time, so `krait -I` still finds it). */
#include "Python.h"
#include "kr_frame.h"
#include "kr_init.h"
#include "kr_instance.h"
#include "kr_obmalloc.h"
#include "kr_runtime.h"
#include <float.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>

#ifndef KR_STDLIB_DIR
#define KR_STDLIB_DIR "/usr/lib/python3.11"
#endif

/* CPython's default for sys.get_int_max_str_digits() (PEP 651 fix). */
#define KR_INT_MAX_STR_DIGITS_DEFAULT 4300
#define KR_INT_MAX_STR_DIGITS_THRESHOLD 640
static int int_max_str_digits = KR_INT_MAX_STR_DIGITS_DEFAULT;

/* The limit int<->str conversions obey (0: none); read by longobject.c. */

int
_KrSys_GetIntMaxStrDigits(void)
{
    return int_max_str_digits;
}

/* sys.flags.int_max_str_digits: the configured limit, -1 when none was */
static int int_max_str_digits_flag = -1;
int _Kr_DevMode;
int _Kr_WarnDefaultEncoding;
_KrStartupConfig _Kr_Config;

/* The text is read as CPython reads it (strtol, the whole text, an int;
 * an empty option is 0), and a bad limit stops start-up as CPython does. */
static void
config_int_max_str_digits(const char *text, const char *origin)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (*end != '\0' || errno == ERANGE || v < 0 || v > INT_MAX ||
        (v != 0 && v < KR_INT_MAX_STR_DIGITS_THRESHOLD)) {
        fprintf(stderr, "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; "
                "must be >= %d or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
                origin, KR_INT_MAX_STR_DIGITS_THRESHOLD);
        exit(1);
    }
    int_max_str_digits = int_max_str_digits_flag = (int)v;
}

/* The variable is checked even when the option overrides it, as CPython. */
void
_KrSys_ConfigIntMaxStrDigits(const char *xoption, int ignore_env)
{
    const char *env = ignore_env ? NULL : getenv("PYTHONINTMAXSTRDIGITS");
    if (env != NULL && env[0] != '\0')
        config_int_max_str_digits(env, "PYTHONINTMAXSTRDIGITS");
    if (xoption != NULL)
        config_int_max_str_digits(xoption, "-X int_max_str_digits");
}

/* ====================================================================
 * The C API
 * ==================================================================== */

static PyObject *
sysdict(void)
{
    PyThreadState *tstate = _PyThreadState_GET();
    if (tstate == NULL || tstate->interp == NULL)
        return NULL;
    return tstate->interp->sysdict;
}

PyObject *
_PySys_GetAttr(PyThreadState *tstate, PyObject *name)
{
    PyObject *sd = tstate->interp->sysdict;
    if (sd == NULL)
        return NULL;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *value = PyDict_GetItemWithError(sd, name);
    if (value == NULL)
        PyErr_Clear();
    PyErr_SetRaisedException(exc);
    return value;
}

PyObject *
PySys_GetObject(const char *name)
{
    PyObject *sd = sysdict();
    if (sd == NULL)
        return NULL;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *value = PyDict_GetItemString(sd, name);
    PyErr_SetRaisedException(exc);
    return value;
}

int
PySys_SetObject(const char *name, PyObject *v)
{
    PyObject *sd = sysdict();
    if (sd == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "no sys module");
        return -1;
    }
    if (v == NULL) {
        if (PyDict_GetItemString(sd, name) == NULL)
            return 0;
        return PyDict_DelItemString(sd, name);
    }
    return PyDict_SetItemString(sd, name, v);
}

/* Write text to sys.<name>, or to the C stream when it is missing;
 * an exception already set is kept. */
static void
sys_write(const char *name, FILE *fallback, PyObject *text)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *file = PySys_GetObject(name);
    if (file == NULL || file == Py_None ||
        PyFile_WriteObject(text, file, Py_PRINT_RAW) != 0) {
        PyErr_Clear();
        const char *s = PyUnicode_AsUTF8(text);
        if (s)
            fputs(s, fallback);
        else
            PyErr_Clear();
    }
    PyErr_SetRaisedException(exc);
}

static void
sys_write_printf(const char *name, FILE *fallback, const char *format, va_list va)
{
    char buffer[1001];
    vsnprintf(buffer, sizeof buffer, format, va);
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *text = PyUnicode_DecodeUTF8(buffer, strlen(buffer), "replace");
    if (text) {
        sys_write(name, fallback, text);
        Py_DECREF(text);
    } else {
        PyErr_Clear();
        fputs(buffer, fallback);
    }
    PyErr_SetRaisedException(exc);
}

void
PySys_WriteStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_write_printf("stdout", stdout, format, va);
    va_end(va);
}

void
PySys_WriteStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_write_printf("stderr", stderr, format, va);
    va_end(va);
}

static void
sys_format(const char *name, FILE *fallback, const char *format, va_list va)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *text = PyUnicode_FromFormatV(format, va);
    if (text) {
        sys_write(name, fallback, text);
        Py_DECREF(text);
    } else {
        PyErr_Clear();
    }
    PyErr_SetRaisedException(exc);
}

void
PySys_FormatStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_format("stdout", stdout, format, va);
    va_end(va);
}

void
PySys_FormatStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_format("stderr", stderr, format, va);
    va_end(va);
}

/* Call every hook sys.addaudithook() installed with (event, eventargs);
 * the first that raises stops the event and its caller.  sys.audit()
 * and PySys_Audit() (events raised by C code) both come here. */
static int
call_audit_hooks(PyObject *event, PyObject *eventargs)
{
    PyObject *hooks = PyInterpreterState_Get()->audit_hooks;
    for (Py_ssize_t i = 0; hooks != NULL && i < PyList_GET_SIZE(hooks); i++) {
        PyObject *r = PyObject_CallFunctionObjArgs(PyList_GET_ITEM(hooks, i), event, eventargs,
                                                   NULL);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
    }
    return 0;
}

int
PySys_Audit(const char *event, const char *argFormat, ...)
{
    PyThreadState *tstate = _PyThreadState_GET();
    PyObject *hooks = tstate ? tstate->interp->audit_hooks : NULL;
    if (hooks == NULL || PyList_GET_SIZE(hooks) == 0)
        return 0;
    PyObject *eventargs;
    if (argFormat != NULL && *argFormat) {
        va_list va;
        va_start(va, argFormat);
        eventargs = Py_VaBuildValue(argFormat, va);
        va_end(va);
        /* a single value is an event with one argument */
        if (eventargs != NULL && !PyTuple_Check(eventargs))
            Py_SETREF(eventargs, PyTuple_Pack(1, eventargs));
    }
    else
        eventargs = PyTuple_New(0);
    PyObject *name = eventargs ? PyUnicode_FromString(event) : NULL;
    int r = name ? call_audit_hooks(name, eventargs) : -1;
    Py_XDECREF(name);
    Py_XDECREF(eventargs);
    return r;
}

size_t
_PySys_GetSizeOf(PyObject *o)
{
    PyObject *method = _PyType_Lookup(Py_TYPE(o), _Py_ID(__sizeof__));
    if (method == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "Type %.100s doesn't define __sizeof__",
                         Py_TYPE(o)->tp_name);
        return (size_t)-1;
    }
    PyObject *res;
    descrgetfunc get = Py_TYPE(method)->tp_descr_get;
    if (get) {
        PyObject *bound = get(method, o, (PyObject *)Py_TYPE(o));
        if (bound == NULL)
            return (size_t)-1;
        res = PyObject_CallNoArgs(bound);
        Py_DECREF(bound);
    } else {
        res = PyObject_CallOneArg(method, o);
    }
    if (res == NULL)
        return (size_t)-1;
    Py_ssize_t size = PyNumber_AsSsize_t(res, PyExc_OverflowError);
    Py_DECREF(res);
    if (size == -1 && PyErr_Occurred())
        return (size_t)-1;
    if (size < 0) {
        PyErr_SetString(PyExc_ValueError, "__sizeof__() should return >= 0");
        return (size_t)-1;
    }
    /* what sits in front of the object: the GC head, the managed dict's
     * pre-header */
    if (_KrType_HasManagedDict(Py_TYPE(o)))
        size += (Py_ssize_t)KR_MANAGED_PREHEADER;
    if (PyObject_IS_GC(o))
        return (size_t)size + sizeof(PyGC_Head);
    return (size_t)size;
}

/* ====================================================================
 * Functions
 * ==================================================================== */

static PyObject *
sys_exit(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("exit", nargs, 0, 1))
        return NULL;
    /* as CPython: a tuple becomes the arguments, None means no argument */
    PyErr_SetObject(PyExc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static PyObject *
sys_getrecursionlimit(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(Py_GetRecursionLimit());
}

static PyObject *
sys_setrecursionlimit(PyObject *module, PyObject *arg)
{
    if (PyFloat_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
        return NULL;
    }
    int new_limit;
    if (!PyArg_Parse(arg, "i:setrecursionlimit", &new_limit))
        return NULL;
    if (new_limit < 1) {
        PyErr_SetString(PyExc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    PyThreadState *tstate = _PyThreadState_GET();
    int depth = tstate->recursion_limit - tstate->recursion_remaining;
    if (depth >= new_limit) {
        PyErr_Format(PyExc_RecursionError,
                     "cannot set the recursion limit to %i at the recursion depth %i: "
                     "the limit is too low", new_limit, depth);
        return NULL;
    }
    Py_SetRecursionLimit(new_limit);
    Py_RETURN_NONE;
}

static PyObject *
sys_getsizeof(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"object", "default", NULL};
    PyObject *o, *dflt = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:getsizeof", kwlist, &o, &dflt))
        return NULL;
    size_t size = _PySys_GetSizeOf(o);
    if (size == (size_t)-1 && PyErr_Occurred()) {
        if (dflt && PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            return Py_NewRef(dflt);
        }
        return NULL;
    }
    return PyLong_FromSize_t(size);
}

static PyObject *
sys_getrefcount(PyObject *module, PyObject *arg)
{
    return PyLong_FromSsize_t(Py_REFCNT(arg));
}

static PyObject *
sys_intern(PyObject *module, PyObject *arg)
{
    if (!PyUnicode_CheckExact(arg)) {
        PyErr_Format(PyExc_TypeError, "intern() argument must be str, not %.50s",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    Py_INCREF(arg);
    PyUnicode_InternInPlace(&arg);
    return arg;
}

static PyObject *
sys_exc_info(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *type, *value, *tb;
    PyErr_GetExcInfo(&type, &value, &tb);
    PyObject *res = PyTuple_Pack(3, type, value, tb);
    Py_DECREF(type);
    Py_DECREF(value);
    Py_DECREF(tb);
    return res;
}

static PyObject *
sys_exception(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *exc = PyErr_GetHandledException();
    return exc ? exc : Py_NewRef(Py_None);
}

static PyObject *
sys__getframe(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_getframe", nargs, 0, 1))
        return NULL;
    int depth = 0;
    if (nargs == 1) {
        if (PyFloat_Check(args[0])) {
            PyErr_SetString(PyExc_TypeError,
                            "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        long d = PyLong_AsLong(args[0]);
        if (d == -1 && PyErr_Occurred())
            return NULL;
        depth = (int)d;
    }
    _PyInterpreterFrame *f = _PyEval_GetFrame();
    while (f != NULL && _PyFrame_IsIncomplete(f))
        f = f->previous;
    while (depth > 0 && f != NULL) {
        f = f->previous;
        while (f != NULL && _PyFrame_IsIncomplete(f))
            f = f->previous;
        depth--;
    }
    if (f == NULL) {
        PyErr_SetString(PyExc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    PyFrameObject *fo = _PyFrame_GetFrameObject(f);
    return Py_XNewRef((PyObject *)fo);
}

static PyObject *
sys_getdefaultencoding(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyUnicode_FromString("utf-8");
}

static PyObject *
sys_getfilesystemencoding(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyUnicode_FromString("utf-8");
}

static PyObject *
sys_getfilesystemencodeerrors(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyUnicode_FromString("surrogateescape");
}

static PyObject *
sys_get_int_max_str_digits(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(int_max_str_digits);
}

static PyObject *
sys_set_int_max_str_digits(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"maxdigits", NULL};
    PyObject *arg;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:set_int_max_str_digits", kwlist, &arg))
        return NULL;
    /* a C int, converted as CPython's argument clinic does (not as 'i') */
    int overflow;
    long v = PyLong_AsLongAndOverflow(arg, &overflow);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (overflow || v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    int maxdigits = (int)v;
    if (maxdigits != 0 && maxdigits < KR_INT_MAX_STR_DIGITS_THRESHOLD) {
        PyErr_Format(PyExc_ValueError, "maxdigits must be 0 or larger than %d",
                     KR_INT_MAX_STR_DIGITS_THRESHOLD);
        return NULL;
    }
    int_max_str_digits = maxdigits;
    Py_RETURN_NONE;
}

static PyObject *
sys_getswitchinterval(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyFloat_FromDouble(PyInterpreterState_Get()->switch_interval);
}

static PyObject *
sys_setswitchinterval(PyObject *module, PyObject *arg)
{
    double d = PyFloat_AsDouble(arg);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    if (d <= 0.0) {
        PyErr_SetString(PyExc_ValueError, "switch interval must be strictly positive");
        return NULL;
    }
    PyInterpreterState_Get()->switch_interval = d;
    Py_RETURN_NONE;
}

static PyObject *
sys_displayhook(PyObject *module, PyObject *o)
{
    if (o == Py_None)
        Py_RETURN_NONE;
    PyObject *builtins = PyInterpreterState_Get()->builtins;
    if (builtins == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost builtins module");
        return NULL;
    }
    if (PyDict_SetItemString(builtins, "_", Py_None) < 0)
        return NULL;
    PyObject *out = PySys_GetObject("stdout");
    if (out == NULL || out == Py_None) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    Py_INCREF(out);
    int r = PyFile_WriteObject(o, out, 0);
    if (r == 0)
        r = PyFile_WriteString("\n", out);
    Py_DECREF(out);
    if (r != 0)
        return NULL;
    if (PyDict_SetItemString(builtins, "_", o) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_excepthook(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("excepthook", nargs, 3, 3))
        return NULL;
    PyErr_Display(args[0], args[1], args[2]);
    Py_RETURN_NONE;
}

static PyObject *
sys_unraisablehook(PyObject *module, PyObject *arg)
{
    PyObject *exc = NULL, *obj = NULL, *msg = NULL;
    if (_PyObject_LookupAttr(arg, _Py_ID(exc_value), &exc) < 0 ||
        _PyObject_LookupAttr(arg, _Py_ID(object), &obj) < 0 ||
        _PyObject_LookupAttr(arg, _Py_ID(err_msg), &msg) < 0)
        goto done;
    if (exc && exc != Py_None && PyExceptionInstance_Check(exc))
        _KrErr_PrintUnraisable(exc, msg, obj);
done:
    Py_XDECREF(exc);
    Py_XDECREF(obj);
    Py_XDECREF(msg);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

/* sys.settrace / sys.setprofile: the VM calls a C function per event
 * (Python/vm/ceval.c); these trampolines turn the event into a call of
 * the Python function with (frame, event name, arg), with the frame's
 * locals synced around it so the function may read and change them. */
static PyObject *
call_trampoline(PyObject *callback, PyFrameObject *frame, int what, PyObject *arg)
{
    static const char *const names[] = {"call", "exception", "line", "return",
                                        "c_call", "c_exception", "c_return", "opcode"};
    if (PyFrame_FastToLocalsWithError(frame) < 0)
        return NULL;
    PyObject *name = PyUnicode_InternFromString(names[what]);
    if (name == NULL)
        return NULL;
    PyObject *args[3] = {(PyObject *)frame, name, arg ? arg : Py_None};
    PyObject *result = PyObject_Vectorcall(callback, args, 3, NULL);
    Py_DECREF(name);
    PyFrame_LocalsToFast(frame, 1);
    return result;
}

static int
profile_trampoline(PyObject *self, PyFrameObject *frame, int what, PyObject *arg)
{
    PyObject *result = call_trampoline(self, frame, what, arg);
    if (result == NULL) {
        _PyEval_SetProfile(_PyThreadState_GET(), NULL, NULL);
        return -1;
    }
    Py_DECREF(result);
    return 0;
}

/* A 'call' goes to the global function, which returns the frame's local
 * one (f_trace); the other events go to f_trace.  A function that raises
 * is unset, as in CPython. */
static int
trace_trampoline(PyObject *self, PyFrameObject *frame, int what, PyObject *arg)
{
    PyObject *callback = what == PyTrace_CALL ? self : frame->f_trace;
    if (callback == NULL)
        return 0;
    PyObject *result = call_trampoline(callback, frame, what, arg);
    if (result == NULL) {
        _PyEval_SetTrace(_PyThreadState_GET(), NULL, NULL);
        Py_CLEAR(frame->f_trace);
        return -1;
    }
    if (result != Py_None)
        Py_XSETREF(frame->f_trace, result);
    else
        Py_DECREF(result);
    return 0;
}

static PyObject *
sys_settrace(PyObject *module, PyObject *arg)
{
    PyThreadState *tstate = _PyThreadState_GET();
    int r = arg == Py_None ? _PyEval_SetTrace(tstate, NULL, NULL)
                           : _PyEval_SetTrace(tstate, trace_trampoline, arg);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_gettrace(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *f = _PyThreadState_GET()->c_traceobj;
    return Py_NewRef(f ? f : Py_None);
}

static PyObject *
sys_setprofile(PyObject *module, PyObject *arg)
{
    PyThreadState *tstate = _PyThreadState_GET();
    int r = arg == Py_None ? _PyEval_SetProfile(tstate, NULL, NULL)
                           : _PyEval_SetProfile(tstate, profile_trampoline, arg);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_getprofile(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *f = _PyThreadState_GET()->c_profileobj;
    return Py_NewRef(f ? f : Py_None);
}

static PyObject *
sys_breakpointhook(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    const char *env = getenv("PYTHONBREAKPOINT");
    if (env && strcmp(env, "0") == 0)
        Py_RETURN_NONE;
    const char *target = (env && *env) ? env : "pdb.set_trace";
    const char *dot = strrchr(target, '.');
    PyObject *modname = dot ? PyUnicode_FromStringAndSize(target, dot - target)
                            : PyUnicode_FromString("builtins");
    if (modname == NULL)
        return NULL;
    PyObject *mod = PyImport_Import(modname);
    Py_DECREF(modname);
    if (mod == NULL) {
        PyErr_Clear();
        if (PyErr_WarnFormat(PyExc_RuntimeWarning, 0,
                             "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", target) < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    PyObject *hook = PyObject_GetAttrString(mod, dot ? dot + 1 : target);
    Py_DECREF(mod);
    if (hook == NULL) {
        PyErr_Clear();
        if (PyErr_WarnFormat(PyExc_RuntimeWarning, 0,
                             "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", target) < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    PyObject *res = PyObject_Vectorcall(hook, args, nargs, kwnames);
    Py_DECREF(hook);
    return res;
}

static PyObject *
sys_is_finalizing(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyBool_FromLong(PyInterpreterState_Get()->finalizing);
}

static PyObject *
sys_getallocatedblocks(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromSsize_t(_Py_GetAllocatedBlocks());
}

/* sys._debugmallocstats(): the allocator's own report, on the C stderr
 * as in CPython (after flushing Python's, so the two do not interleave). */
static PyObject *
sys_debugmallocstats(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *err = PySys_GetObject("stderr");
    if (err != NULL && err != Py_None) {
        PyObject *r = PyObject_CallMethod(err, "flush", NULL);
        if (r == NULL)
            PyErr_Clear();
        Py_XDECREF(r);
    }
    _KrObmalloc_PrintStats(stderr);
    fflush(stderr);
    Py_RETURN_NONE;
}

static PyObject *
sys_audit(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1) {
        PyErr_SetString(PyExc_TypeError, "audit() missing 1 required positional argument: 'event'");
        return NULL;
    }
    if (!PyUnicode_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "expected str for argument 'event', not %.200s",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    PyObject *hooks = PyInterpreterState_Get()->audit_hooks;
    if (hooks == NULL || PyList_GET_SIZE(hooks) == 0)
        Py_RETURN_NONE;
    PyObject *eventargs = _PyTuple_FromArray(args + 1, nargs - 1);
    if (eventargs == NULL)
        return NULL;
    int r = call_audit_hooks(args[0], eventargs);
    Py_DECREF(eventargs);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_addaudithook(PyObject *module, PyObject *hook)
{
    PyInterpreterState *interp = PyInterpreterState_Get();
    if (interp->audit_hooks == NULL) {
        interp->audit_hooks = PyList_New(0);
        if (interp->audit_hooks == NULL)
            return NULL;
    }
    if (PyList_Append(interp->audit_hooks, hook) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_clear_type_cache(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    Py_RETURN_NONE;
}

static PyObject *
sys_call_tracing(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("call_tracing", nargs, 2, 2))
        return NULL;
    if (!PyTuple_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "call_tracing() argument 2 must be tuple, not %.50s",
                     Py_TYPE(args[1])->tp_name);
        return NULL;
    }
    return PyObject_Call(args[0], args[1], NULL);
}

static PyObject *
sys_getdlopenflags(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(PyInterpreterState_Get()->dlopenflags);
}

static PyObject *
sys_setdlopenflags(PyObject *module, PyObject *arg)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    PyInterpreterState_Get()->dlopenflags = (int)v;
    Py_RETURN_NONE;
}

/* ---- async generator hooks and coroutine origins (asyncio uses both) ---- */

static PyTypeObject AsyncGenHooksType;

static PyObject *
sys_get_asyncgen_hooks(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyThreadState *tstate = _PyThreadState_GET();
    PyObject *res = PyStructSequence_New(&AsyncGenHooksType);
    if (res == NULL)
        return NULL;
    PyObject *f = tstate->async_gen_firstiter, *g = tstate->async_gen_finalizer;
    PyStructSequence_SetItem(res, 0, Py_NewRef(f ? f : Py_None));
    PyStructSequence_SetItem(res, 1, Py_NewRef(g ? g : Py_None));
    return res;
}

static PyObject *
sys_set_asyncgen_hooks(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *keywords[] = {"firstiter", "finalizer", NULL};
    PyObject *firstiter = NULL, *finalizer = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|OO:set_asyncgen_hooks", keywords,
                                     &firstiter, &finalizer))
        return NULL;
    if (finalizer && finalizer != Py_None && !PyCallable_Check(finalizer)) {
        PyErr_Format(PyExc_TypeError, "callable finalizer expected, got %.50s",
                     Py_TYPE(finalizer)->tp_name);
        return NULL;
    }
    if (firstiter && firstiter != Py_None && !PyCallable_Check(firstiter)) {
        PyErr_Format(PyExc_TypeError, "callable firstiter expected, got %.50s",
                     Py_TYPE(firstiter)->tp_name);
        return NULL;
    }
    PyThreadState *tstate = _PyThreadState_GET();
    if (finalizer)
        Py_XSETREF(tstate->async_gen_finalizer,
                   finalizer == Py_None ? NULL : Py_NewRef(finalizer));
    if (firstiter)
        Py_XSETREF(tstate->async_gen_firstiter,
                   firstiter == Py_None ? NULL : Py_NewRef(firstiter));
    Py_RETURN_NONE;
}

static PyObject *
sys_set_coroutine_origin_tracking_depth(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *keywords[] = {"depth", NULL};
    int depth;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "i:set_coroutine_origin_tracking_depth",
                                     keywords, &depth))
        return NULL;
    if (depth < 0) {
        PyErr_SetString(PyExc_ValueError, "depth must be >= 0");
        return NULL;
    }
    _PyThreadState_GET()->coroutine_origin_tracking_depth = depth;
    Py_RETURN_NONE;
}

static PyObject *
sys_get_coroutine_origin_tracking_depth(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(_PyThreadState_GET()->coroutine_origin_tracking_depth);
}

/* {thread id: its topmost frame} and {thread id: the exception it is
 * handling}, for every thread (debuggers and faulthandler-like tools). */
static PyObject *
sys_current_frames(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    PyInterpreterState *interp = PyInterpreterState_Get();
    for (PyThreadState *t = interp->threads_head; t != NULL; t = t->next) {
        _PyInterpreterFrame *f = t->current_frame;
        while (f != NULL && _PyFrame_IsIncomplete(f))
            f = f->previous;
        if (f == NULL)
            continue;
        PyObject *frame = (PyObject *)_PyFrame_GetFrameObject(f);
        PyObject *id = frame ? PyLong_FromUnsignedLong(t->thread_id) : NULL;
        int r = id ? PyDict_SetItem(d, id, frame) : -1;
        Py_XDECREF(id);
        if (r < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static PyObject *
sys_current_exceptions(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    PyInterpreterState *interp = PyInterpreterState_Get();
    for (PyThreadState *t = interp->threads_head; t != NULL; t = t->next) {
        _PyErr_StackItem *item = t->exc_info;
        while (item != NULL && (item->exc_value == NULL || item->exc_value == Py_None))
            item = item->previous_item;
        PyObject *id = PyLong_FromUnsignedLong(t->thread_id);
        PyObject *exc = item ? item->exc_value : NULL, *v = NULL;
        if (id == NULL)
            ;
        else if (exc == NULL)
            v = PyTuple_Pack(3, Py_None, Py_None, Py_None);
        else
            v = PyTuple_Pack(3, (PyObject *)Py_TYPE(exc), exc,
                             ((PyBaseExceptionObject *)exc)->traceback
                                 ? ((PyBaseExceptionObject *)exc)->traceback
                                 : Py_None);
        int r = v ? PyDict_SetItem(d, id, v) : -1;
        Py_XDECREF(id);
        Py_XDECREF(v);
        if (r < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static PyMethodDef sys_methods[] = {
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, METH_NOARGS,
     "get_asyncgen_hooks($module, /)\n--\n\nReturn the installed asynchronous generators hooks.\n\n"
     "This returns a namedtuple of the form (firstiter, finalizer)."},
    {"set_asyncgen_hooks", (PyCFunction)(void (*)(void))sys_set_asyncgen_hooks,
     METH_VARARGS | METH_KEYWORDS,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\n"
     "Set a finalizer for async generators objects."},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, METH_NOARGS,
     "get_coroutine_origin_tracking_depth($module, /)\n--\n\n"
     "Check status of origin tracking for coroutine objects in this thread."},
    {"set_coroutine_origin_tracking_depth",
     (PyCFunction)(void (*)(void))sys_set_coroutine_origin_tracking_depth,
     METH_VARARGS | METH_KEYWORDS,
     "set_coroutine_origin_tracking_depth($module, /, depth)\n--\n\n"
     "Enable or disable origin tracking for coroutine objects in this thread."},
    {"_current_frames", sys_current_frames, METH_NOARGS,
     "_current_frames($module, /)\n--\n\n"
     "Return a dict mapping each thread's thread id to its current stack frame."},
    {"_current_exceptions", sys_current_exceptions, METH_NOARGS,
     "_current_exceptions($module, /)\n--\n\n"
     "Return a dict mapping each thread's identifier to its current raised exception."},
    {"addaudithook", sys_addaudithook, METH_O, "addaudithook($module, /, hook)\n--\n\n"},
    {"audit", (PyCFunction)(void (*)(void))sys_audit, METH_FASTCALL, NULL},
    {"breakpointhook", (PyCFunction)(void (*)(void))sys_breakpointhook,
     METH_FASTCALL | METH_KEYWORDS, NULL},
    {"call_tracing", (PyCFunction)(void (*)(void))sys_call_tracing, METH_FASTCALL, "call_tracing($module, func, args, /)\n--\n\n"},
    {"_clear_type_cache", sys_clear_type_cache, METH_NOARGS, "_clear_type_cache($module, /)\n--\n\n"},
    {"displayhook", sys_displayhook, METH_O, "displayhook($module, object, /)\n--\n\n"
     "Print an object to sys.stdout and also save it in builtins._"},
    {"exc_info", sys_exc_info, METH_NOARGS, "exc_info($module, /)\n--\n\n"
     "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, METH_NOARGS, "exception($module, /)\n--\n\n"
     "Return the current exception."},
    {"excepthook", (PyCFunction)(void (*)(void))sys_excepthook, METH_FASTCALL,
     "excepthook($module, exctype, value, traceback, /)\n--\n\n"
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"exit", (PyCFunction)(void (*)(void))sys_exit, METH_FASTCALL,
     "exit($module, status=None, /)\n--\n\n"
     "Exit the interpreter by raising SystemExit(status)."},
    {"_debugmallocstats", sys_debugmallocstats, METH_NOARGS, "_debugmallocstats($module, /)\n--\n\n"},
    {"getallocatedblocks", sys_getallocatedblocks, METH_NOARGS, "getallocatedblocks($module, /)\n--\n\n"},
    {"getdefaultencoding", sys_getdefaultencoding, METH_NOARGS, "getdefaultencoding($module, /)\n--\n\n"},
    {"getdlopenflags", sys_getdlopenflags, METH_NOARGS, "getdlopenflags($module, /)\n--\n\n"},
    {"setdlopenflags", sys_setdlopenflags, METH_O, "setdlopenflags($module, flags, /)\n--\n\n"},
    {"getfilesystemencoding", sys_getfilesystemencoding, METH_NOARGS, "getfilesystemencoding($module, /)\n--\n\n"},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, METH_NOARGS, "getfilesystemencodeerrors($module, /)\n--\n\n"},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS, "get_int_max_str_digits($module, /)\n--\n\n"},
    {"set_int_max_str_digits", (PyCFunction)(void (*)(void))sys_set_int_max_str_digits,
     METH_VARARGS | METH_KEYWORDS, "set_int_max_str_digits($module, /, maxdigits)\n--\n\n"},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS, "getrecursionlimit($module, /)\n--\n\n"},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O, "setrecursionlimit($module, limit, /)\n--\n\n"},
    {"getrefcount", sys_getrefcount, METH_O, "getrefcount($module, object, /)\n--\n\n"},
    {"getsizeof", (PyCFunction)(void (*)(void))sys_getsizeof, METH_VARARGS | METH_KEYWORDS,
     "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"getswitchinterval", sys_getswitchinterval, METH_NOARGS, "getswitchinterval($module, /)\n--\n\n"},
    {"setswitchinterval", sys_setswitchinterval, METH_O, "setswitchinterval($module, interval, /)\n--\n\n"},
    {"_getframe", (PyCFunction)(void (*)(void))sys__getframe, METH_FASTCALL, "_getframe($module, depth=0, /)\n--\n\n"},
    {"gettrace", sys_gettrace, METH_NOARGS, "gettrace($module, /)\n--\n\n"},
    {"settrace", sys_settrace, METH_O, NULL},
    {"getprofile", sys_getprofile, METH_NOARGS, "getprofile($module, /)\n--\n\n"},
    {"setprofile", sys_setprofile, METH_O, NULL},
    {"intern", sys_intern, METH_O, "intern($module, string, /)\n--\n\n"},
    {"is_finalizing", sys_is_finalizing, METH_NOARGS, "is_finalizing($module, /)\n--\n\n"},
    {"unraisablehook", sys_unraisablehook, METH_O, "unraisablehook($module, unraisable, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

/* ====================================================================
 * Struct sequences
 * ==================================================================== */

static PyTypeObject VersionInfoType, FlagsType, FloatInfoType, IntInfoType, HashInfoType,
    ThreadInfoType;

static PyStructSequence_Field asyncgen_hooks_fields[] = {
    {"firstiter", "Hook to intercept first iteration"},
    {"finalizer", "Hook to intercept finalization"}, {NULL, NULL}
};
static PyStructSequence_Desc asyncgen_hooks_desc = {
    "asyncgen_hooks", "asyncgen_hooks\n\nA named tuple providing information about asynchronous\n"
    "generators hooks.  The attributes are read only.", asyncgen_hooks_fields, 2
};

static PyStructSequence_Field version_info_fields[] = {
    {"major", "Major release number"}, {"minor", "Minor release number"},
    {"micro", "Patch release number"}, {"releaselevel", "'alpha', 'beta', 'candidate', or 'final'"},
    {"serial", "Serial release number"}, {NULL, NULL}
};
static PyStructSequence_Desc version_info_desc = {
    "sys.version_info", "sys.version_info\n\nVersion information as a named tuple.",
    version_info_fields, 5
};

static PyStructSequence_Field flags_fields[] = {
    {"debug", NULL}, {"inspect", NULL}, {"interactive", NULL}, {"optimize", NULL},
    {"dont_write_bytecode", NULL}, {"no_user_site", NULL}, {"no_site", NULL},
    {"ignore_environment", NULL}, {"verbose", NULL}, {"bytes_warning", NULL},
    {"quiet", NULL}, {"hash_randomization", NULL}, {"isolated", NULL},
    {"dev_mode", NULL}, {"utf8_mode", NULL}, {"warn_default_encoding", NULL},
    {"safe_path", NULL}, {"int_max_str_digits", NULL}, {NULL, NULL}
};
static PyStructSequence_Desc flags_desc = {
    "sys.flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    flags_fields, 18
};

static PyStructSequence_Field float_info_fields[] = {
    {"max", NULL}, {"max_exp", NULL}, {"max_10_exp", NULL}, {"min", NULL},
    {"min_exp", NULL}, {"min_10_exp", NULL}, {"dig", NULL}, {"mant_dig", NULL},
    {"epsilon", NULL}, {"radix", NULL}, {"rounds", NULL}, {NULL, NULL}
};
static PyStructSequence_Desc float_info_desc = {
    "sys.float_info", "sys.float_info\n\nA named tuple holding information about the float type.",
    float_info_fields, 11
};

static PyStructSequence_Field int_info_fields[] = {
    {"bits_per_digit", NULL}, {"sizeof_digit", NULL}, {"default_max_str_digits", NULL},
    {"str_digits_check_threshold", NULL}, {NULL, NULL}
};
static PyStructSequence_Desc int_info_desc = {
    "sys.int_info", "sys.int_info\n\nA named tuple that holds information about Python's\n"
    "internal representation of integers.", int_info_fields, 4
};

static PyStructSequence_Field hash_info_fields[] = {
    {"width", NULL}, {"modulus", NULL}, {"inf", NULL}, {"nan", NULL}, {"imag", NULL},
    {"algorithm", NULL}, {"hash_bits", NULL}, {"seed_bits", NULL}, {"cutoff", NULL},
    {NULL, NULL}
};
static PyStructSequence_Desc hash_info_desc = {
    "sys.hash_info", "hash_info\n\nA named tuple providing parameters used for computing\n"
    "hashes.", hash_info_fields, 9
};

static PyStructSequence_Field thread_info_fields[] = {
    {"name", NULL}, {"lock", NULL}, {"version", NULL}, {NULL, NULL}
};
static PyStructSequence_Desc thread_info_desc = {
    "sys.thread_info", "sys.thread_info\n\nA named tuple holding information about the thread "
    "implementation.", thread_info_fields, 3
};

/* Fill a struct sequence from a Py_BuildValue format, one unit a field. */
static PyObject *
make_structseq(PyTypeObject *type, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *values = Py_VaBuildValue(format, va);
    va_end(va);
    if (values == NULL)
        return NULL;
    PyObject *seq = PyStructSequence_New(type);
    if (seq == NULL) {
        Py_DECREF(values);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(values); i++)
        PyStructSequence_SetItem(seq, i, Py_NewRef(PyTuple_GET_ITEM(values, i)));
    Py_DECREF(values);
    return seq;
}

/* Struct sequence types that Python code may not instantiate. */
static int
init_readonly_structseq(PyTypeObject *type, PyStructSequence_Desc *desc)
{
    if (type->tp_name != NULL)
        return 0;
    if (PyStructSequence_InitType2(type, desc) < 0)
        return -1;
    type->tp_new = NULL;
    type->tp_init = NULL;
    if (PyDict_GetItemString(type->tp_dict, "__new__") &&
        PyDict_DelItemString(type->tp_dict, "__new__") < 0)
        return -1;
    return 0;
}

/* ====================================================================
 * Paths
 * ==================================================================== */

static PyObject *
executable_path(void)
{
    char buf[PATH_MAX + 1];
    ssize_t n = readlink("/proc/self/exe", buf, PATH_MAX);
    if (n <= 0)
        return PyUnicode_FromString("");
    buf[n] = '\0';
    return PyUnicode_DecodeFSDefault(buf);
}

static int
is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Krait's own Lib/: $KRAITHOME/Lib, else next to the build directory the
 * executable sits in (build/krait -> Lib/), else beside it. */
static PyObject *
krait_lib_dir(void)
{
    char path[PATH_MAX + 16];
    const char *home = getenv("KRAITHOME");
    if (home && *home) {
        snprintf(path, sizeof path, "%s/Lib", home);
        return PyUnicode_DecodeFSDefault(path);
    }
    char exe[PATH_MAX + 1];
    ssize_t n = readlink("/proc/self/exe", exe, PATH_MAX);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            for (int up = 0; up < 3; up++) {
                snprintf(path, sizeof path, "%s/Lib", exe);
                if (is_dir(path))
                    return PyUnicode_DecodeFSDefault(path);
                slash = strrchr(exe, '/');
                if (slash == NULL || slash == exe)
                    break;
                *slash = '\0';
            }
        }
    }
    return NULL;
}

static int
append_str(PyObject *list, const char *s)
{
    PyObject *o = PyUnicode_DecodeFSDefault(s);
    if (o == NULL)
        return -1;
    int r = PyList_Append(list, o);
    Py_DECREF(o);
    return r;
}

static PyObject *prefix_path(void);

static PyObject *
make_sys_path(void)
{
    PyObject *path = PyList_New(0);
    if (path == NULL)
        return NULL;
    const char *pp = _Kr_Config.ignore_environment ? NULL : getenv("PYTHONPATH");
    if (pp && *pp) {
        char *copy = strdup(pp), *save = NULL;
        for (char *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
            if (append_str(path, tok) < 0) {
                free(copy);
                goto error;
            }
        }
        free(copy);
    }
    PyObject *lib = krait_lib_dir();
    if (lib) {
        int r = PyList_Append(path, lib);
        Py_DECREF(lib);
        if (r < 0)
            goto error;
    }
    /* what CPython's getpath puts around the standard library: the zip
     * archive it would look in first (absent; listed all the same, as
     * CPython lists it) and lib-dynload, where its extension modules
     * live (Krait's import never loads them, see import.c) */
    PyObject *prefix = prefix_path();
    PyObject *zip = prefix ? PyUnicode_FromFormat("%U/lib/python%d%d.zip", prefix,
                                                  PY_MAJOR_VERSION, PY_MINOR_VERSION) : NULL;
    Py_XDECREF(prefix);
    if (zip == NULL)
        goto error;
    int r = PyList_Append(path, zip);
    Py_DECREF(zip);
    if (r < 0 || append_str(path, KR_STDLIB_DIR) < 0 ||
        append_str(path, KR_STDLIB_DIR "/lib-dynload") < 0)
        goto error;
    return path;
error:
    Py_DECREF(path);
    return NULL;
}

/* The installation prefix: the stdlib directory less "/lib/python3.11". */
static PyObject *
prefix_path(void)
{
    const char *lib = KR_STDLIB_DIR;
    const char *cut = strstr(lib, "/lib/python");
    if (cut == NULL)
        return PyUnicode_FromString("/usr");
    return PyUnicode_DecodeFSDefaultAndSize(lib, cut - lib);
}

int
_KrSys_SetArgv(int argc, char **argv, const char *script)
{
    PyObject *av = PyList_New(0);
    if (av == NULL)
        return -1;
    for (int i = 0; i < argc; i++) {
        if (append_str(av, argv[i]) < 0) {
            Py_DECREF(av);
            return -1;
        }
    }
    if (argc == 0 && append_str(av, "") < 0) {
        Py_DECREF(av);
        return -1;
    }
    int r = PySys_SetObject("argv", av);
    Py_DECREF(av);
    if (r < 0)
        return -1;
    /* sys.path[0]: the script's directory, or '' for -c / the REPL */
    PyObject *path = PySys_GetObject("path");
    if (path == NULL || !PyList_Check(path))
        return 0;
    PyObject *dir;
    if (script && *script) {
        char resolved[PATH_MAX + 1];
        const char *use = realpath(script, resolved) ? resolved : script;
        const char *slash = strrchr(use, '/');
        if (slash == NULL)
            dir = PyUnicode_FromString("");
        else if (slash == use)
            dir = PyUnicode_FromString("/");
        else
            dir = PyUnicode_DecodeFSDefaultAndSize(use, slash - use);
    } else {
        dir = PyUnicode_FromString("");
    }
    if (dir == NULL)
        return -1;
    r = PyList_Insert(path, 0, dir);
    Py_DECREF(dir);
    return r;
}

/* ====================================================================
 * The module
 * ==================================================================== */

static PyModuleDef sysmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "sys",
    .m_doc = "This module provides access to some objects used or maintained by the\n"
             "interpreter and to functions that interact strongly with the interpreter.",
    .m_size = -1,
    .m_methods = sys_methods,
};

static const char *
compiler_string(void)
{
#if defined(__clang__)
    return "[Clang " __clang_version__ "]";
#elif defined(__GNUC__)
    return "[GCC " __VERSION__ "]";
#else
    return "[C compiler]";
#endif
}

static int
set_item_steal(PyObject *dict, const char *key, PyObject *value)
{
    if (value == NULL)
        return -1;
    int r = PyDict_SetItemString(dict, key, value);
    Py_DECREF(value);
    return r;
}

/* sys.stdlib_module_names: a frozenset of the standard library's names. */
static PyObject *
stdlib_module_names(void)
{
    static const char *const names[] = {
#include "kr_stdlib_names.h"
    };
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (append_str(list, names[i]) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    PyObject *set = PyFrozenSet_New(list);
    Py_DECREF(list);
    return set;
}

/* sys.builtin_module_names: the inittab plus the two built into the core. */
static PyObject *
builtin_module_names(void)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    if (append_str(list, "builtins") < 0 || append_str(list, "sys") < 0)
        goto error;
    for (struct _inittab *p = _PyImport_Inittab; p->name; p++) {
        if (strcmp(p->name, "builtins") == 0 || strcmp(p->name, "sys") == 0)
            continue;
        if (append_str(list, p->name) < 0)
            goto error;
    }
    if (PyList_Sort(list) < 0)
        goto error;
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
error:
    Py_DECREF(list);
    return NULL;
}

PyObject *
_KrSys_Create(void)
{
    PyInterpreterState *interp = PyInterpreterState_Get();
    if (interp->modules == NULL) {
        interp->modules = PyDict_New();
        if (interp->modules == NULL)
            return NULL;
    }
    PyObject *m = PyModule_Create(&sysmodule);
    if (m == NULL)
        return NULL;
    PyObject *d = PyModule_GetDict(m);
    Py_XSETREF(interp->sysdict, Py_NewRef(d));
    if (interp->switch_interval <= 0)
        interp->switch_interval = 0.005;

    if (init_readonly_structseq(&VersionInfoType, &version_info_desc) < 0 ||
        init_readonly_structseq(&FlagsType, &flags_desc) < 0 ||
        init_readonly_structseq(&FloatInfoType, &float_info_desc) < 0 ||
        init_readonly_structseq(&IntInfoType, &int_info_desc) < 0 ||
        init_readonly_structseq(&HashInfoType, &hash_info_desc) < 0 ||
        init_readonly_structseq(&ThreadInfoType, &thread_info_desc) < 0 ||
        init_readonly_structseq(&AsyncGenHooksType, &asyncgen_hooks_desc) < 0)
        goto error;

    char version[256];
    snprintf(version, sizeof version, "%s (krait %s, %s, %s) %s", PY_VERSION, KRAIT_VERSION,
             __DATE__, __TIME__, compiler_string());
    const _KrStartupConfig *cfg = &_Kr_Config;
    const char *seed = getenv("PYTHONHASHSEED");
    int hash_randomization = !(seed && strcmp(seed, "0") == 0);

    PyObject *version_info = make_structseq(&VersionInfoType, "iiisi", PY_MAJOR_VERSION,
                                            PY_MINOR_VERSION, PY_MICRO_VERSION, "final",
                                            PY_RELEASE_SERIAL);
    if (set_item_steal(d, "version_info", Py_XNewRef(version_info)) < 0)
        goto error;

    PyObject *impl_version = make_structseq(&VersionInfoType, "iiisi", 0, 1, 0, "alpha", 0);
    PyObject *impl_dict = impl_version ? Py_BuildValue(
        "{s:s,s:s,s:N,s:i,s:s}", "name", "krait", "cache_tag", KR_CACHE_TAG, "version",
        impl_version, "hexversion", 0x000100A0, "_multiarch", "x86_64-linux-gnu") : NULL;
    Py_XDECREF(version_info);
    if (impl_dict == NULL)
        goto error;
    PyObject *impl = _PyNamespace_New(impl_dict);
    Py_DECREF(impl_dict);
    if (set_item_steal(d, "implementation", impl) < 0)
        goto error;

    if (set_item_steal(d, "flags", make_structseq(&FlagsType, "iiiiiiiiiiiiiNiiNi",
            0, cfg->inspect, cfg->inspect, cfg->optimize, cfg->dont_write_bytecode, cfg->no_user_site,
            cfg->no_site, cfg->ignore_environment, 0, 0, cfg->quiet, hash_randomization,
            cfg->isolated, PyBool_FromLong(_Kr_DevMode), 0, _Kr_WarnDefaultEncoding,
            PyBool_FromLong(cfg->safe_path),
            int_max_str_digits_flag)) < 0)
        goto error;
    if (set_item_steal(d, "float_info", make_structseq(&FloatInfoType, "diidiiiidii",
            DBL_MAX, DBL_MAX_EXP, DBL_MAX_10_EXP, DBL_MIN, DBL_MIN_EXP, DBL_MIN_10_EXP,
            DBL_DIG, DBL_MANT_DIG, DBL_EPSILON, FLT_RADIX, FLT_ROUNDS)) < 0)
        goto error;
    if (set_item_steal(d, "int_info", make_structseq(&IntInfoType, "iiii", 30, 4,
            KR_INT_MAX_STR_DIGITS_DEFAULT, KR_INT_MAX_STR_DIGITS_THRESHOLD)) < 0)
        goto error;
    if (set_item_steal(d, "hash_info", make_structseq(&HashInfoType, "inniisiii",
            64, (Py_ssize_t)((1ULL << 61) - 1), (Py_ssize_t)314159, (Py_ssize_t)0, 1000003,
            "siphash13", 64, 128, 0)) < 0)
        goto error;
    if (set_item_steal(d, "thread_info", make_structseq(&ThreadInfoType, "ssO",
            "pthread", "mutex+cond", Py_None)) < 0)
        goto error;

    if (set_item_steal(d, "version", PyUnicode_FromString(version)) < 0 ||
        set_item_steal(d, "hexversion", PyLong_FromLong(PY_VERSION_HEX)) < 0 ||
        set_item_steal(d, "api_version", PyLong_FromLong(PYTHON_API_VERSION)) < 0 ||
        set_item_steal(d, "maxsize", PyLong_FromSsize_t(PY_SSIZE_T_MAX)) < 0 ||
        set_item_steal(d, "maxunicode", PyLong_FromLong(0x10FFFF)) < 0 ||
        set_item_steal(d, "byteorder", PyUnicode_FromString(
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            "little"
#else
            "big"
#endif
            )) < 0 ||
        set_item_steal(d, "platform", PyUnicode_FromString("linux")) < 0 ||
        set_item_steal(d, "executable", executable_path()) < 0 ||
        set_item_steal(d, "_base_executable", executable_path()) < 0 ||
        set_item_steal(d, "prefix", prefix_path()) < 0 ||
        set_item_steal(d, "base_prefix", prefix_path()) < 0 ||
        set_item_steal(d, "exec_prefix", prefix_path()) < 0 ||
        set_item_steal(d, "base_exec_prefix", prefix_path()) < 0 ||
        set_item_steal(d, "platlibdir", PyUnicode_FromString("lib")) < 0 ||
        set_item_steal(d, "pycache_prefix", cfg->pycache_prefix
                                                ? PyUnicode_DecodeFSDefault(cfg->pycache_prefix)
                                                : Py_NewRef(Py_None)) < 0 ||
        set_item_steal(d, "abiflags", PyUnicode_FromString("")) < 0 ||
        set_item_steal(d, "float_repr_style", PyUnicode_FromString("short")) < 0 ||
        set_item_steal(d, "copyright", PyUnicode_FromString(
            "Copyright (c) 2026 the Krait authors.\n"
            "Python is Copyright (c) 2001-2023 Python Software Foundation.")) < 0 ||
        set_item_steal(d, "dont_write_bytecode", PyBool_FromLong(cfg->dont_write_bytecode)) < 0 ||
        set_item_steal(d, "warnoptions", PyList_New(0)) < 0 ||
        set_item_steal(d, "_xoptions", PyDict_New()) < 0 ||
        set_item_steal(d, "argv", Py_BuildValue("[s]", "")) < 0 ||
        set_item_steal(d, "orig_argv", PyList_New(0)) < 0 ||
        set_item_steal(d, "path", make_sys_path()) < 0 ||
        set_item_steal(d, "meta_path", PyList_New(0)) < 0 ||
        set_item_steal(d, "path_hooks", PyList_New(0)) < 0 ||
        set_item_steal(d, "path_importer_cache", PyDict_New()) < 0 ||
        set_item_steal(d, "builtin_module_names", builtin_module_names()) < 0 ||
        set_item_steal(d, "stdlib_module_names", stdlib_module_names()) < 0 ||
        set_item_steal(d, "_stdlib_dir", PyUnicode_DecodeFSDefault(KR_STDLIB_DIR)) < 0 ||
        set_item_steal(d, "_home", Py_NewRef(Py_None)) < 0 ||
        set_item_steal(d, "_framework", PyUnicode_FromString("")) < 0 ||
        set_item_steal(d, "_git", Py_BuildValue("(sss)", "Krait", "", "")) < 0 ||
        PyDict_SetItemString(d, "modules", interp->modules) < 0)
        goto error;

    /* the original hooks, under their dunder names */
    static const char *const hooks[] = {"displayhook", "excepthook", "breakpointhook",
                                        "unraisablehook", NULL};
    for (int i = 0; hooks[i]; i++) {
        char dunder[64];
        snprintf(dunder, sizeof dunder, "__%s__", hooks[i]);
        PyObject *h = PyDict_GetItemString(d, hooks[i]);
        if (h == NULL || PyDict_SetItemString(d, dunder, h) < 0)
            goto error;
    }

    /* the standard streams */
    static const struct { int fd; const char *name, *mode, *attr, *dunder; } streams[] = {
        {0, "<stdin>", "r", "stdin", "__stdin__"},
        {1, "<stdout>", "w", "stdout", "__stdout__"},
        {2, "<stderr>", "w", "stderr", "__stderr__"},
    };
    for (int i = 0; i < 3; i++) {
        PyObject *s = _KrIO_StdStream(streams[i].fd, streams[i].name, streams[i].mode);
        if (s == NULL) {
            PyErr_Clear();
            s = Py_NewRef(Py_None);
        }
        if (PyDict_SetItemString(d, streams[i].attr, s) < 0 ||
            PyDict_SetItemString(d, streams[i].dunder, s) < 0) {
            Py_DECREF(s);
            goto error;
        }
        Py_DECREF(s);
    }

    if (PyDict_SetItemString(interp->modules, "sys", m) < 0)
        goto error;
    if (interp->builtins_module &&
        PyDict_SetItemString(interp->modules, "builtins", interp->builtins_module) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
