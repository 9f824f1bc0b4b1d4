/* Warnings: the `_warnings` module and the C functions that issue them.
 *
 * There is one warnings machinery, and it is this file.  CPython's
 * `warnings.py` imports `filters`, `_defaultaction`, `_onceregistry`,
 * `warn` and `warn_explicit` from here and only adds the Python-level
 * helpers (filterwarnings, catch_warnings, the formatting), so a filter
 * installed from Python governs warnings raised by C code too, and the
 * C warnings of the compiler and the runtime honour `-W` options.
 *
 * The state is three objects: the filter list, the "once" registry and
 * the default action.  While `warnings` is not imported they are ours;
 * once it is, its module attributes win (a program may rebind
 * `warnings.filters`, and catch_warnings does), so every lookup asks the
 * module first, as CPython does.
 *
 * A filter is a 5-tuple (action, message, category, module, lineno).
 * message and module are compiled regular expressions (or, for the
 * built-in defaults, None or a plain string matched exactly), so C
 * checks them by calling their `match` method.
 *
 * Each module has a `__warningregistry__` dict remembering which
 * (text, category, lineno) were already shown; its "version" entry ties
 * it to `filters_version`, which `_filters_mutated()` bumps whenever the
 * Python side edits the filters, so a new filter empties stale
 * registries instead of being shadowed by them.
 *
 * Showing a warning goes through `warnings._showwarnmsg` when `warnings`
 * is imported (so showwarning overrides and catch_warnings(record=True)
 * see it); otherwise the text is written to sys.stderr here, in the same
 * "file:line: Category: message" form plus the source line. */
#include "Python.h"
#include "kr_frame.h"
#include "kr_runtime.h"

static PyObject *filters;       /* list of 5-tuples */
static PyObject *onceregistry;  /* dict */
static PyObject *defaultaction; /* str */
static long filters_version;

/* The filters of CPython 3.11's release build, before -W options. */
static int
init_state(void)
{
    if (filters != NULL)
        return 0;
    struct { const char *action; PyObject *category; const char *module; } defaults[] = {
        {"default", PyExc_DeprecationWarning, "__main__"},
        {"ignore", PyExc_DeprecationWarning, NULL},
        {"ignore", PyExc_PendingDeprecationWarning, NULL},
        {"ignore", PyExc_ImportWarning, NULL},
        {"ignore", PyExc_ResourceWarning, NULL},
    };
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return -1;
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
        PyObject *module = defaults[i].module ? PyUnicode_FromString(defaults[i].module)
                                              : Py_NewRef(Py_None);
        PyObject *item = module ? Py_BuildValue("(sOOOi)", defaults[i].action, Py_None,
                                                defaults[i].category, module, 0)
                                : NULL;
        Py_XDECREF(module);
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(list);
            return -1;
        }
        Py_DECREF(item);
    }
    onceregistry = PyDict_New();
    defaultaction = PyUnicode_FromString("default");
    if (onceregistry == NULL || defaultaction == NULL) {
        Py_CLEAR(onceregistry);
        Py_CLEAR(defaultaction);
        Py_DECREF(list);
        return -1;
    }
    filters = list;
    return 0;
}

/* An attribute of the `warnings` module (new reference), or NULL with no
 * error when the module is not imported (or, with try_import, cannot be)
 * or lacks the attribute. */
static PyObject *
warnings_attr(const char *attr, int try_import)
{
    PyObject *mod;
    if (try_import) {
        mod = PyImport_ImportModule("warnings");
        if (mod == NULL) {
            if (PyErr_ExceptionMatches(PyExc_ImportError))
                PyErr_Clear();
            return NULL;
        }
    } else {
        PyObject *modules = PyImport_GetModuleDict();
        if (modules == NULL)
            return NULL;
        mod = PyDict_GetItemString(modules, "warnings");
        if (mod == NULL)
            return NULL;
        Py_INCREF(mod);
    }
    PyObject *res = NULL, *name = PyUnicode_FromString(attr);
    if (name != NULL && _PyObject_LookupAttr(mod, name, &res) < 0)
        res = NULL;
    Py_XDECREF(name);
    Py_DECREF(mod);
    return res;
}

/* The live filter list (borrowed). */
static PyObject *
get_filters(void)
{
    if (init_state() < 0)
        return NULL;
    PyObject *f = warnings_attr("filters", 0);
    if (f == NULL)
        return PyErr_Occurred() ? NULL : filters;
    if (!PyList_Check(f)) {
        Py_DECREF(f);
        PyErr_SetString(PyExc_ValueError, "warnings.filters must be a list");
        return NULL;
    }
    Py_SETREF(filters, f);
    return filters;
}

static PyObject *
get_once_registry(void)
{
    if (init_state() < 0)
        return NULL;
    PyObject *r = warnings_attr("_onceregistry", 0);
    if (r == NULL)
        return PyErr_Occurred() ? NULL : onceregistry;
    if (!PyDict_Check(r)) {
        PyErr_Format(PyExc_TypeError, "warnings._onceregistry must be a dict, not '%.200s'",
                     Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return NULL;
    }
    Py_SETREF(onceregistry, r);
    return onceregistry;
}

static PyObject *
get_default_action(void)
{
    if (init_state() < 0)
        return NULL;
    PyObject *a = warnings_attr("defaultaction", 0);
    if (a == NULL)
        return PyErr_Occurred() ? NULL : defaultaction;
    if (!PyUnicode_Check(a)) {
        PyErr_Format(PyExc_TypeError,
                     "warnings.defaultaction must be a string, not '%.200s'",
                     Py_TYPE(a)->tp_name);
        Py_DECREF(a);
        return NULL;
    }
    Py_SETREF(defaultaction, a);
    return defaultaction;
}

/* 1 when a filter's message/module pattern accepts `arg`. */
static int
check_matched(PyObject *pattern, PyObject *arg)
{
    if (pattern == Py_None)
        return 1;
    if (PyUnicode_CheckExact(pattern)) {
        int cmp = PyUnicode_Compare(pattern, arg);
        if (cmp == -1 && PyErr_Occurred())
            return -1;
        return cmp == 0;
    }
    PyObject *res = PyObject_CallMethod(pattern, "match", "O", arg);
    if (res == NULL)
        return -1;
    int ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
}

/* The action for a warning (new reference) and the filter that chose it
 * (*item, new reference; None for the default action). */
static PyObject *
get_filter(PyObject *category, PyObject *text, Py_ssize_t lineno, PyObject *module,
           PyObject **item)
{
    PyObject *list = get_filters();
    if (list == NULL)
        return NULL;
    Py_INCREF(list);
    /* The list may change under us: matching calls Python code. */
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
        PyObject *tmp = PyList_GET_ITEM(list, i);
        if (!PyTuple_Check(tmp) || PyTuple_GET_SIZE(tmp) != 5) {
            PyErr_Format(PyExc_ValueError, "_warnings.filters item %zd isn't a 5-tuple", i);
            Py_DECREF(list);
            return NULL;
        }
        Py_INCREF(tmp);
        PyObject *action = PyTuple_GET_ITEM(tmp, 0), *msg = PyTuple_GET_ITEM(tmp, 1),
                 *cat = PyTuple_GET_ITEM(tmp, 2), *mod = PyTuple_GET_ITEM(tmp, 3),
                 *ln_obj = PyTuple_GET_ITEM(tmp, 4);
        if (!PyUnicode_Check(action)) {
            PyErr_Format(PyExc_TypeError, "action must be a string, not '%.200s'",
                         Py_TYPE(action)->tp_name);
            goto fail;
        }
        int good_msg = check_matched(msg, text);
        if (good_msg < 0)
            goto fail;
        int good_mod = check_matched(mod, module);
        if (good_mod < 0)
            goto fail;
        int is_subclass = PyObject_IsSubclass(category, cat);
        if (is_subclass < 0)
            goto fail;
        Py_ssize_t ln = PyLong_AsSsize_t(ln_obj);
        if (ln == -1 && PyErr_Occurred())
            goto fail;
        if (good_msg && is_subclass && good_mod && (ln == 0 || lineno == ln)) {
            *item = tmp;
            Py_DECREF(list);
            return Py_NewRef(action);
        }
        Py_DECREF(tmp);
        continue;
    fail:
        Py_DECREF(tmp);
        Py_DECREF(list);
        return NULL;
    }
    Py_DECREF(list);
    PyObject *action = get_default_action();
    if (action == NULL)
        return NULL;
    *item = Py_NewRef(Py_None);
    return Py_NewRef(action);
}

/* 1 if registry says `key` was shown under the current filters, 0 if
 * not (recording it when should_set), -1 on error. */
static int
already_warned(PyObject *registry, PyObject *key, int should_set)
{
    if (!PyDict_Check(registry))
        return 0;
    PyObject *version = PyDict_GetItemString(registry, "version");
    if (version == NULL || !PyLong_CheckExact(version) ||
        PyLong_AsLong(version) != filters_version) {
        if (PyErr_Occurred())
            return -1;
        PyDict_Clear(registry);
        PyObject *v = PyLong_FromLong(filters_version);
        if (v == NULL || PyDict_SetItemString(registry, "version", v) < 0) {
            Py_XDECREF(v);
            return -1;
        }
        Py_DECREF(v);
    } else {
        PyObject *seen = PyDict_GetItemWithError(registry, key);
        if (seen != NULL) {
            int r = PyObject_IsTrue(seen);
            if (r != 0)
                return r;
        } else if (PyErr_Occurred()) {
            return -1;
        }
    }
    if (should_set)
        return PyDict_SetItem(registry, key, Py_True);
    return 0;
}

static int
update_registry(PyObject *registry, PyObject *text, PyObject *category)
{
    PyObject *altkey = PyTuple_Pack(2, text, category);
    if (altkey == NULL)
        return -1;
    int r = already_warned(registry, altkey, 1);
    Py_DECREF(altkey);
    return r;
}

/* "file:line: Category: text" and the stripped source line, on
 * sys.stderr; used while the `warnings` module is not imported. */
static int
show_warning(PyObject *filename, int lineno, PyObject *text, PyObject *category,
             PyObject *sourceline, PyObject *source)
{
    PyObject *name = PyObject_GetAttrString(category, "__name__");
    if (name == NULL)
        return -1;
    PyObject *out = PyUnicode_FromFormat("%S:%d: %S: %S\n", filename, lineno, name, text);
    PyObject *line = NULL;
    if (out == NULL)
        goto error;
    if (sourceline != NULL && sourceline != Py_None)
        line = Py_NewRef(sourceline);
    else
        line = PyErr_ProgramTextObject(filename, lineno);
    if (line != NULL) {
        PyObject *stripped = PyObject_CallMethod(line, "strip", NULL);
        if (stripped == NULL)
            goto error;
        Py_SETREF(out, PyUnicode_FromFormat("%U  %U\n", out, stripped));
        Py_DECREF(stripped);
        if (out == NULL)
            goto error;
    }
    if (source != NULL && source != Py_None) {
        /* There is no allocation tracing to point at, so the report says
         * how one would get it, as warnings.py does without tracemalloc
         * running. */
        Py_SETREF(out, PyUnicode_FromFormat(
                           "%U%S: Enable tracemalloc to get the object allocation traceback\n",
                           out, name));
        if (out == NULL)
            goto error;
    }
    PyObject *f = PySys_GetObject("stderr");
    if (f != NULL && f != Py_None) {
        if (PyFile_WriteObject(out, f, Py_PRINT_RAW) < 0)
            PyErr_Clear();
    } else {
        const char *s = PyUnicode_AsUTF8(out);
        if (s)
            fputs(s, stderr);
        else
            PyErr_Clear();
    }
    Py_XDECREF(line);
    Py_DECREF(out);
    Py_DECREF(name);
    return 0;
error:
    Py_XDECREF(line);
    Py_XDECREF(out);
    Py_DECREF(name);
    return -1;
}

static int
call_show_warning(PyObject *category, PyObject *text, PyObject *message, PyObject *filename,
                  int lineno, PyObject *lineno_obj, PyObject *sourceline, PyObject *source)
{
    PyObject *show_fn = warnings_attr("_showwarnmsg", 0);
    if (show_fn == NULL) {
        if (PyErr_Occurred())
            return -1;
        return show_warning(filename, lineno, text, category, sourceline, source);
    }
    int r = -1;
    PyObject *cls = NULL, *msg = NULL, *res = NULL;
    if (!PyCallable_Check(show_fn)) {
        PyErr_SetString(PyExc_TypeError, "warnings._showwarnmsg() must be set to a callable");
        goto done;
    }
    cls = warnings_attr("WarningMessage", 0);
    if (cls == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError, "unable to get warnings.WarningMessage");
        goto done;
    }
    msg = PyObject_CallFunction(cls, "OOOOOOO", message, category, filename, lineno_obj,
                                Py_None, Py_None, source ? source : Py_None);
    if (msg == NULL)
        goto done;
    res = PyObject_CallOneArg(show_fn, msg);
    if (res != NULL)
        r = 0;
done:
    Py_XDECREF(res);
    Py_XDECREF(msg);
    Py_XDECREF(cls);
    Py_DECREF(show_fn);
    return r;
}

/* The module a file name stands for when none is given: the file name
 * without its ".py". */
static PyObject *
normalize_module(PyObject *filename)
{
    Py_ssize_t len = PyUnicode_GetLength(filename);
    if (len < 0)
        return NULL;
    if (len == 0)
        return PyUnicode_FromString("<unknown>");
    if (len >= 3) {
        PyObject *tail = PyUnicode_Substring(filename, len - 3, len);
        if (tail == NULL)
            return NULL;
        int is_py = _PyUnicode_EqualToASCIIString(tail, ".py");
        Py_DECREF(tail);
        if (is_py)
            return PyUnicode_Substring(filename, 0, len - 3);
    }
    return Py_NewRef(filename);
}

/* The heart: decide and show.  Returns 0, or -1 with an exception (which
 * is the warning itself under the "error" action). */
static int
warn_explicit(PyObject *category, PyObject *message, PyObject *filename, int lineno,
              PyObject *module, PyObject *registry, PyObject *sourceline, PyObject *source)
{
    PyObject *text = NULL, *key = NULL, *action = NULL, *item = NULL, *lineno_obj = NULL;
    int r = -1;
    Py_XINCREF(module);
    Py_INCREF(message);
    if (registry != NULL && registry != Py_None && !PyDict_Check(registry)) {
        PyErr_SetString(PyExc_TypeError, "'registry' must be a dict or None");
        goto done;
    }
    if (module == NULL && (module = normalize_module(filename)) == NULL)
        goto done;
    int is_warning = PyObject_IsInstance(message, PyExc_Warning);
    if (is_warning < 0)
        goto done;
    if (is_warning) {
        if ((text = PyObject_Str(message)) == NULL)
            goto done;
        category = (PyObject *)Py_TYPE(message);
    } else {
        text = Py_NewRef(message);
        Py_SETREF(message, PyObject_CallOneArg(category, message));
        if (message == NULL)
            goto done;
    }
    if ((lineno_obj = PyLong_FromLong(lineno)) == NULL)
        goto done;
    if ((key = PyTuple_Pack(3, text, category, lineno_obj)) == NULL)
        goto done;
    if (registry != NULL && registry != Py_None) {
        int rc = already_warned(registry, key, 0);
        if (rc < 0)
            goto done;
        if (rc == 1) {
            r = 0;
            goto done;
        }
    }
    if ((action = get_filter(category, text, lineno, module, &item)) == NULL)
        goto done;
    if (_PyUnicode_EqualToASCIIString(action, "error")) {
        PyErr_SetObject(category, message);
        goto done;
    }
    if (_PyUnicode_EqualToASCIIString(action, "ignore")) {
        r = 0;
        goto done;
    }
    int rc = 0;
    if (!_PyUnicode_EqualToASCIIString(action, "always")) {
        if (registry != NULL && registry != Py_None &&
            PyDict_SetItem(registry, key, Py_True) < 0)
            goto done;
        if (_PyUnicode_EqualToASCIIString(action, "once")) {
            PyObject *reg = registry;
            if (reg == NULL || reg == Py_None) {
                if ((reg = get_once_registry()) == NULL)
                    goto done;
            }
            rc = update_registry(reg, text, category);
        } else if (_PyUnicode_EqualToASCIIString(action, "module")) {
            if (registry != NULL && registry != Py_None)
                rc = update_registry(registry, text, category);
        } else if (!_PyUnicode_EqualToASCIIString(action, "default")) {
            PyErr_Format(PyExc_RuntimeError,
                         "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
            goto done;
        }
    }
    if (rc < 0)
        goto done;
    if (rc == 0 && call_show_warning(category, text, message, filename, lineno, lineno_obj,
                                     sourceline, source) < 0)
        goto done;
    r = 0;
done:
    Py_XDECREF(item);
    Py_XDECREF(action);
    Py_XDECREF(key);
    Py_XDECREF(lineno_obj);
    Py_XDECREF(text);
    Py_XDECREF(module);
    Py_XDECREF(message);
    return r;
}

/* Frames of the import machinery don't count towards a stack level. */
static int
is_internal_frame(_PyInterpreterFrame *f)
{
    if (f == NULL)
        return 0;
    PyObject *fn = f->f_code->co_filename;
    if (fn == NULL || !PyUnicode_Check(fn))
        return 0;
    const char *s = PyUnicode_AsUTF8(fn);
    if (s == NULL) {
        PyErr_Clear();
        return 0;
    }
    return strstr(s, "importlib") != NULL && strstr(s, "_bootstrap") != NULL;
}

static _PyInterpreterFrame *
frame_back(_PyInterpreterFrame *f)
{
    f = f->previous;
    while (f != NULL && _PyFrame_IsIncomplete(f))
        f = f->previous;
    return f;
}

/* Where a warning at `stack_level` points: file, line, module name and
 * the registry of that frame's globals (all new references). */
static int
setup_context(Py_ssize_t stack_level, PyObject **filename, int *lineno, PyObject **module,
              PyObject **registry)
{
    _PyInterpreterFrame *f = _PyEval_GetFrame();
    while (f != NULL && _PyFrame_IsIncomplete(f))
        f = f->previous;
    if (stack_level <= 0 || is_internal_frame(f)) {
        while (--stack_level > 0 && f != NULL)
            f = frame_back(f);
    } else {
        while (--stack_level > 0 && f != NULL) {
            do
                f = frame_back(f);
            while (f != NULL && is_internal_frame(f));
        }
    }
    PyObject *globals;
    if (f == NULL) {
        globals = PyInterpreterState_Get()->sysdict;
        *filename = PyUnicode_FromString("sys");
        *lineno = 1;
    } else {
        globals = f->f_globals;
        *filename = Py_NewRef(f->f_code->co_filename);
        *lineno = _PyFrame_GetLineNumber(f);
    }
    *module = *registry = NULL;
    if (*filename == NULL || globals == NULL || !PyDict_Check(globals))
        goto error;
    PyObject *reg = PyDict_GetItemString(globals, "__warningregistry__");
    if (reg == NULL) {
        if (PyErr_Occurred() || (reg = PyDict_New()) == NULL)
            goto error;
        if (PyDict_SetItemString(globals, "__warningregistry__", reg) < 0) {
            Py_DECREF(reg);
            goto error;
        }
        *registry = reg;
    } else {
        *registry = Py_NewRef(reg);
    }
    PyObject *name = PyDict_GetItemWithError(globals, _Py_ID(__name__));
    if (name != NULL && (name == Py_None || PyUnicode_Check(name)))
        *module = Py_NewRef(name);
    else if (PyErr_Occurred())
        goto error;
    else if ((*module = PyUnicode_FromString("<string>")) == NULL)
        goto error;
    return 0;
error:
    Py_CLEAR(*filename);
    Py_CLEAR(*registry);
    Py_CLEAR(*module);
    if (!PyErr_Occurred())
        PyErr_SetString(PyExc_SystemError, "warnings: frame without globals");
    return -1;
}

/* The category a warn() call means (borrowed), checking it. */
static PyObject *
get_category(PyObject *message, PyObject *category)
{
    int is_warning = PyObject_IsInstance(message, PyExc_Warning);
    if (is_warning < 0)
        return NULL;
    if (is_warning)
        category = (PyObject *)Py_TYPE(message);
    else if (category == NULL || category == Py_None)
        category = PyExc_UserWarning;
    int ok = PyType_Check(category);
    if (ok)
        ok = PyObject_IsSubclass(category, PyExc_Warning);
    if (ok < 0)
        return NULL;
    if (!ok) {
        PyErr_Format(PyExc_TypeError, "category must be a Warning subclass, not '%s'",
                     Py_TYPE(category)->tp_name);
        return NULL;
    }
    return category;
}

static int
do_warn(PyObject *message, PyObject *category, Py_ssize_t stack_level, PyObject *source)
{
    PyObject *filename, *module, *registry;
    int lineno;
    if (setup_context(stack_level, &filename, &lineno, &module, &registry) < 0)
        return -1;
    int r = warn_explicit(category, message, filename, lineno, module, registry, NULL, source);
    Py_DECREF(filename);
    Py_DECREF(registry);
    Py_DECREF(module);
    return r;
}

/* ------------------------------------------------------------------ */
/* The C API */

int
PyErr_WarnObject(PyObject *category, PyObject *message, Py_ssize_t stack_level)
{
    if (category == NULL)
        category = PyExc_RuntimeWarning;
    return do_warn(message, category, stack_level, NULL);
}

int
PyErr_WarnEx(PyObject *category, const char *text, Py_ssize_t stack_level)
{
    PyObject *message = PyUnicode_FromString(text);
    if (message == NULL)
        return -1;
    int r = PyErr_WarnObject(category, message, stack_level);
    Py_DECREF(message);
    return r;
}

/* The formatted-message warnings: one body for both entry points. */
static int
warn_formatv(PyObject *category, Py_ssize_t stack_level, PyObject *source, const char *format,
             va_list vargs)
{
    PyObject *message = PyUnicode_FromFormatV(format, vargs);
    if (message == NULL)
        return -1;
    if (category == NULL)
        category = PyExc_RuntimeWarning;
    int r = do_warn(message, category, stack_level, source);
    Py_DECREF(message);
    return r;
}

int
PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...)
{
    va_list vargs;
    va_start(vargs, format);
    int r = warn_formatv(category, stack_level, NULL, format, vargs);
    va_end(vargs);
    return r;
}

int
PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...)
{
    va_list vargs;
    va_start(vargs, format);
    int r = warn_formatv(PyExc_ResourceWarning, stack_level, source, format, vargs);
    va_end(vargs);
    return r;
}

int
PyErr_WarnExplicitObject(PyObject *category, PyObject *message, PyObject *filename, int lineno,
                         PyObject *module, PyObject *registry)
{
    if (category == NULL)
        category = PyExc_RuntimeWarning;
    return warn_explicit(category, message, filename, lineno, module, registry, NULL, NULL);
}

int
PyErr_WarnExplicit(PyObject *category, const char *text, const char *filename_str, int lineno,
                   const char *module_str, PyObject *registry)
{
    PyObject *message = PyUnicode_FromString(text);
    PyObject *filename = PyUnicode_DecodeFSDefault(filename_str);
    PyObject *module = module_str ? PyUnicode_FromString(module_str) : NULL;
    int r = -1;
    if (message && filename && (module || !module_str))
        r = PyErr_WarnExplicitObject(category, message, filename, lineno, module, registry);
    Py_XDECREF(message);
    Py_XDECREF(filename);
    Py_XDECREF(module);
    return r;
}

/* A coroutine collected before it ran.  With `warnings` imported the
 * report goes through warnings._warn_unawaited_coroutine, as CPython's
 * does; when that is missing or fails with anything but the warning
 * itself (turned into an error), the failure is reported and the warning
 * is shown from here, naming the coroutine as its source. */
int
_KrErr_WarnUnawaitedCoroutine(PyObject *coro, PyObject *qualname)
{
    int warned = 0;
    PyObject *fn = warnings_attr("_warn_unawaited_coroutine", 0);
    if (fn != NULL) {
        PyObject *res = PyObject_CallOneArg(fn, coro);
        Py_DECREF(fn);
        warned = res != NULL || PyErr_ExceptionMatches(PyExc_RuntimeWarning);
        Py_XDECREF(res);
    }
    if (PyErr_Occurred())
        PyErr_WriteUnraisable(coro);
    if (warned)
        return 0;
    PyObject *message = PyUnicode_FromFormat("coroutine '%S' was never awaited", qualname);
    if (message == NULL)
        return -1;
    int r = do_warn(message, PyExc_RuntimeWarning, 1, coro);
    Py_DECREF(message);
    return r;
}

/* ------------------------------------------------------------------ */
/* The module */

static PyObject *
warnings_warn(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"message", "category", "stacklevel", "source", NULL};
    static _PyArg_Parser parser = {"O|OnO:warn", kwlist, 0};
    PyObject *message, *category = Py_None, *source = Py_None;
    Py_ssize_t stacklevel = 1;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &message, &category,
                                      &stacklevel, &source))
        return NULL;
    category = get_category(message, category);
    if (category == NULL)
        return NULL;
    if (do_warn(message, category, stacklevel, source == Py_None ? NULL : source) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* The source line of a module whose loader can give its source. */
static PyObject *
get_source_line(PyObject *module_globals, int lineno)
{
    PyObject *loader = PyDict_GetItemString(module_globals, "__loader__");
    PyObject *name = PyDict_GetItemString(module_globals, "__name__");
    if (loader == NULL || loader == Py_None || name == NULL)
        return NULL;
    PyObject *source = PyObject_CallMethod(loader, "get_source", "O", name);
    if (source == NULL || source == Py_None) {
        Py_XDECREF(source);
        return NULL;
    }
    PyObject *lines = PyUnicode_Splitlines(source, 0);
    Py_DECREF(source);
    if (lines == NULL)
        return NULL;
    PyObject *line = NULL;
    if (lineno >= 1 && lineno <= PyList_GET_SIZE(lines))
        line = Py_NewRef(PyList_GET_ITEM(lines, lineno - 1));
    Py_DECREF(lines);
    return line;
}

static PyObject *
warnings_warn_explicit(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kwnames)
{
    static const char *const kwlist[] = {"message", "category", "filename", "lineno",
                                         "module", "registry", "module_globals", "source",
                                         NULL};
    static _PyArg_Parser parser = {"OOUi|OOOO:warn_explicit", kwlist, 0};
    PyObject *message, *category, *filename, *mod = NULL, *registry = NULL,
             *module_globals = NULL, *source = NULL;
    int lineno;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &message, &category,
                                      &filename, &lineno, &mod, &registry, &module_globals,
                                      &source))
        return NULL;
    PyObject *sourceline = NULL;
    if (module_globals != NULL && module_globals != Py_None) {
        if (!PyDict_Check(module_globals)) {
            PyErr_Format(PyExc_TypeError, "module_globals must be a dict, not '%.200s'",
                         Py_TYPE(module_globals)->tp_name);
            return NULL;
        }
        sourceline = get_source_line(module_globals, lineno);
        if (sourceline == NULL && PyErr_Occurred())
            return NULL;
    }
    int r = warn_explicit(category, message, filename, lineno,
                          mod == Py_None ? NULL : mod, registry, sourceline,
                          source == Py_None ? NULL : source);
    Py_XDECREF(sourceline);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
warnings_filters_mutated(PyObject *module, PyObject *unused)
{
    filters_version++;
    Py_RETURN_NONE;
}

static PyMethodDef warnings_methods[] = {
    {"warn", (PyCFunction)(void (*)(void))warnings_warn, METH_FASTCALL | METH_KEYWORDS,
     "warn($module, /, message, category=None, stacklevel=1, source=None)\n--\n\n"
     "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", (PyCFunction)(void (*)(void))warnings_warn_explicit,
     METH_FASTCALL | METH_KEYWORDS,
     "warn_explicit($module, /, message, category, filename, lineno, module=<unrepresentable>,\n"
     "              registry=None, module_globals=None, source=None)\n--\n\n"
     "Issue a warning, or maybe ignore it or raise an exception."},
    {"_filters_mutated", warnings_filters_mutated, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef warnings_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_warnings",
    .m_doc = "_warnings provides basic warning filtering support.\n"
             "It is a helper module to speed up interpreter start-up.",
    .m_size = -1,
    .m_methods = warnings_methods,
};

PyObject *
PyInit__warnings(void)
{
    if (init_state() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&warnings_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "filters", filters) < 0 ||
        PyModule_AddObjectRef(m, "_onceregistry", onceregistry) < 0 ||
        PyModule_AddObjectRef(m, "_defaultaction", defaultaction) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
