/* Starting and stopping the runtime.
 *
 * Start-up is a fixed sequence because each step leans on the previous
 * ones: the allocator and the hash secret come before any object; the
 * thread state before anything that can raise; str before the types
 * (PyType_Ready fills dicts keyed by str); the exceptions before the
 * modules that raise them; builtins and sys before imports.  Every step
 * lives in its own subsystem (Include/internal/kr_init.h lists them), so
 * this file only orders them and reports the first failure.
 *
 * Shut-down flushes sys.stdout and sys.stderr (a failed flush of stdout
 * makes the exit status 120, as in CPython) and runs the exit functions.
 * The objects a script left in __main__ are released, so that their
 * __del__ methods run and print as they do at CPython's exit; beyond that,
 * objects are not torn down one by one: the process is about to end, and
 * a later issue (sub-interpreters, embedding) will need a full teardown. */
#include "Python.h"
#include "kr_init.h"
#include "kr_gc.h"

static int initialized;
#define MAX_ATEXIT 32
static void (*atexit_funcs[MAX_ATEXIT])(void);
static int n_atexit;

static void fatal_init(const char *step)
{
    fprintf(stderr, "Fatal Python error: %s failed\n", step);
    if (_PyThreadState_GET() && PyErr_Occurred())
        PyErr_Print();
    exit(1);
}

int Py_InitializeEx(int install_sigs)
{
    if (initialized)
        return 0;
    if (_KrMem_Init() < 0)
        fatal_init("memory initialization");
    if (_KrHash_Init() < 0)
        exit(1); /* it printed why (bad PYTHONHASHSEED) */
    if (_KrGC_Init() < 0)
        fatal_init("GC initialization");
    if (_KrState_Init() < 0)
        fatal_init("thread state initialization");
    if (_KrLong_Init() < 0)
        fatal_init("int initialization");
    if (_KrUnicode_Init() < 0)
        fatal_init("str initialization");
    if (_KrTypes_Init() < 0)
        fatal_init("type initialization");
    if (_KrExceptions_Init() < 0)
        fatal_init("exception initialization");

    PyInterpreterState *interp = PyInterpreterState_Get();
    PyObject *bimod = _KrBuiltin_Init();
    if (bimod == NULL)
        fatal_init("builtins initialization");
    interp->builtins_module = bimod;
    interp->builtins = PyModule_GetDict(bimod);
    Py_INCREF(interp->builtins);

    PyObject *sysmod = _KrSys_Create();
    if (sysmod == NULL)
        fatal_init("sys initialization");
    interp->sysdict = PyModule_GetDict(sysmod);
    Py_INCREF(interp->sysdict);
    if (interp->modules == NULL) {
        PyObject *modules = PyDict_GetItemString(interp->sysdict, "modules");
        if (modules == NULL || !PyDict_Check(modules))
            fatal_init("sys.modules");
        interp->modules = Py_NewRef(modules);
    }
    if (PyDict_SetItemString(interp->modules, "builtins", bimod) < 0 ||
        PyDict_SetItemString(interp->modules, "sys", sysmod) < 0)
        fatal_init("sys.modules");
    Py_DECREF(sysmod);

    if (_KrImport_Init() < 0)
        fatal_init("import initialization");
    if (install_sigs && _KrSignal_Init() < 0)
        fatal_init("signal initialization");
    initialized = 1;
    return 0;
}

void Py_Initialize(void)
{
    Py_InitializeEx(1);
}

int Py_IsInitialized(void)
{
    return initialized;
}

int Py_AtExit(void (*func)(void))
{
    if (n_atexit >= MAX_ATEXIT)
        return -1;
    atexit_funcs[n_atexit++] = func;
    return 0;
}

/* Flush a sys stream; -1 if it failed (the exception is cleared). */
static int flush_std(const char *name)
{
    PyObject *f = PySys_GetObject(name);
    if (f == NULL || f == Py_None)
        return 0;
    /* a stream the program closed itself (json.tool does) is not flushed;
     * neither is one whose `closed` cannot be read, as in CPython */
    PyObject *closed = PyObject_GetAttrString(f, "closed");
    int is_closed = closed == NULL ? -1 : PyObject_IsTrue(closed);
    Py_XDECREF(closed);
    if (is_closed != 0) {
        PyErr_Clear();
        return 0;
    }
    PyObject *r = PyObject_CallMethod(f, "flush", NULL);
    if (r == NULL) {
        PyErr_Clear();
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

/* CPython's order: __main__ leaves sys.modules (freeing the module, and
 * its dict unless the dict's functions hold it in a cycle), a collection
 * frees such cycles, finalizers first, with the globals still intact; a
 * module kept alive by something else then has its names set to None,
 * those with a leading underscore first, __builtins__ never.  Only a weak
 * reference is kept meanwhile: a strong one would hide the cycles from the
 * collector. */
static void clear_module_dict(PyObject *dict)
{
    for (int pass = 0; pass < 2; pass++) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(dict, &pos, &key, &value)) {
            if (value == Py_None || !PyUnicode_Check(key))
                continue;
            Py_ssize_t n = PyUnicode_GET_LENGTH(key);
            int underscore = n >= 1 && PyUnicode_READ_CHAR(key, 0) == '_' &&
                             !(n >= 2 && PyUnicode_READ_CHAR(key, 1) == '_');
            if (pass == 0 ? !underscore : _PyUnicode_EqualToASCIIString(key, "__builtins__"))
                continue;
            /* storing into an existing key keeps the iteration valid */
            if (PyDict_SetItem(dict, key, Py_None) < 0)
                PyErr_Clear();
        }
    }
}

static void finalize_main_module(void)
{
    /* the last uncaught exception's traceback holds the script's frames */
    static const char *const last_vars[] = {"last_type", "last_value", "last_traceback"};
    for (size_t i = 0; i < Py_ARRAY_LENGTH(last_vars); i++) {
        if (PySys_GetObject(last_vars[i]) != NULL && PySys_SetObject(last_vars[i], Py_None) < 0)
            PyErr_Clear();
    }
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *main = modules ? PyDict_GetItemString(modules, "__main__") : NULL;
    if (main == NULL || !PyModule_Check(main)) {
        PyErr_Clear();
        return;
    }
    PyObject *ref = PyWeakref_NewRef(main, NULL);
    if (ref == NULL || PyDict_SetItemString(modules, "__main__", Py_None) < 0) {
        Py_XDECREF(ref);
        PyErr_Clear();
        return;
    }
    PyGC_Collect();
    main = PyWeakref_GetObject(ref);
    if (main != NULL && main != Py_None) {
        Py_INCREF(main);
        PyObject *dict = PyModule_GetDict(main);
        if (dict != NULL)
            clear_module_dict(dict);
        Py_DECREF(main);
        PyGC_Collect();
    }
    Py_DECREF(ref);
    PyErr_Clear();
}

/* If the program imported threading, let it wind down first, as CPython
 * does: threading._shutdown() joins the non-daemon threads and runs the
 * callbacks of threading._register_atexit, before atexit's. */
static void wait_for_thread_shutdown(void)
{
    PyObject *name = PyUnicode_FromString("threading");
    PyObject *threading = name ? PyImport_GetModule(name) : NULL;
    Py_XDECREF(name);
    if (threading == NULL) {
        if (PyErr_Occurred())
            PyErr_WriteUnraisable(NULL);
        return;
    }
    PyObject *result = PyObject_CallMethod(threading, "_shutdown", NULL);
    if (result == NULL)
        PyErr_WriteUnraisable(threading);
    else
        Py_DECREF(result);
    Py_DECREF(threading);
}

int Py_FinalizeEx(void)
{
    if (!initialized)
        return 0;
    int status = 0;
    wait_for_thread_shutdown();
    _KrAtexit_CallFuncs(); /* Modules/atexitmodule.c */
    if (flush_std("stdout") < 0)
        status = -1;
    flush_std("stderr");
    /* from here on sys.is_finalizing() is true, as in CPython's __del__
       methods at exit, and tracebacks print without source lines */
    PyInterpreterState_Get()->finalizing = 1;
    /* daemon threads still running end when they next want the GIL */
    PyInterpreterState_Get()->finalizing_tstate = _PyThreadState_GET();
    finalize_main_module();
    if (flush_std("stdout") < 0)
        status = -1;
    flush_std("stderr");
    for (int i = n_atexit - 1; i >= 0; i--)
        atexit_funcs[i]();
    _KrRuntime_Finalize();
    initialized = 0;
    return status;
}

void Py_Finalize(void)
{
    Py_FinalizeEx();
}

void Py_Exit(int sts)
{
    if (Py_FinalizeEx() < 0 && sts == 0)
        sts = 120;
    exit(sts);
}

void _KrRuntime_Finalize(void)
{
    fflush(stdout);
    fflush(stderr);
}

const char *Py_GetVersion(void)
{
    return PY_VERSION " (krait " KRAIT_VERSION ", " __DATE__ ") [GCC-compatible " __VERSION__ "]";
}

const char *Py_GetPlatform(void)
{
    return "linux";
}

const char *Py_GetCompiler(void)
{
    return "[GCC " __VERSION__ "]";
}

const char *Py_GetBuildInfo(void)
{
    return "krait " KRAIT_VERSION ", " __DATE__ " " __TIME__;
}
