/* The import system, in C, until the full importlib takes over.
 *
 * IMPORT_NAME calls builtins.__import__, which lands here in
 * PyImport_ImportModuleLevelObject.  A dotted name is imported one
 * component at a time, parents first, each found by:
 *
 *   1. sys.modules (None there means "import blocked");
 *   2. the built-in C modules of _PyImport_Inittab (Modules/config.c),
 *      for top-level names;
 *   3. the directories of sys.path (or the parent package's __path__):
 *      NAME/__init__.py makes a package, NAME.py a module; its code
 *      comes from the bytecode cache when that is valid (see "The
 *      bytecode cache" below); where there is no source, a
 *      NAME/__init__.pyc or NAME.pyc alone is the module's code;
 *   4. the finders of sys.meta_path (find_spec / loader.exec_module),
 *      so Python code can add importers.
 *
 * A source module is entered into sys.modules *before* its code runs, so
 * circular imports see the partly initialised module instead of looping;
 * if the code fails the entry is removed again.  The names being loaded
 * are kept in `importing`, which lets IMPORT_FROM say "partially
 * initialized module ... (most likely due to a circular import)".
 *
 * Modules get __name__, __file__, __package__, __path__ (packages),
 * __builtins__, and __spec__/__loader__/__cached__ once importlib exists.
 *
 * importlib is the stdlib's import system written in Python; CPython
 * freezes it and runs every import through it.  Krait keeps this C path
 * as the bootstrap and the fast path, and lets importlib take its place
 * in the data model the moment a program imports it: when the
 * `importlib` package has loaded, its finders are installed on
 * sys.meta_path and sys.path_hooks as CPython's are at start-up
 * (BuiltinImporter, FrozenImporter, PathFinder), every module already
 * loaded gets the ModuleSpec importlib would have given it, and modules
 * loaded later get theirs before their code runs.  So importlib.util,
 * runpy, pkgutil and importlib.reload see what they expect; programs
 * that never import importlib don't pay for it.  A program that only
 * reads a module's __spec__ or __loader__ triggers the same thing
 * (module attribute access calls _KrImport_EnsureSpecs), so it sees the
 * spec CPython would have made at import time.  The finders are also
 * asked, after sys.path, for what the C search does not handle itself
 * (namespace packages). */
#include "Python.h"
#include "kr_compile.h"
#include "kr_init.h"
#include "kr_runtime.h"
#include <pthread.h>
#include <sys/stat.h>

static PyObject *importing; /* set of module names whose code is running */

/* ---- one thread per module at a time ----
 *
 * A module is in sys.modules while its code still runs, so a second
 * thread importing it then must wait rather than take the half-made
 * module; and two threads must not load the same module twice.  As in
 * importlib, each module name being loaded is owned by one thread
 * (`owners`: name -> the owning thread state's address); another thread
 * that wants it waits until the owner is done, with the GIL released.
 * A thread may re-enter a module it owns (a circular import in one
 * thread sees the partial module, as always), and a wait that would
 * close a cycle of threads each waiting for a module another one owns
 * is not entered: that thread takes the partial module too, which is
 * what importlib does on a _DeadlockError.  `waits` (thread -> name)
 * is what finds such cycles.  Waiters sleep on one condition variable,
 * woken whenever any module is released; `generation` makes a release
 * between the check and the sleep impossible to miss (both happen with
 * the GIL held). */
static PyObject *owners; /* name -> PyLong(owning PyThreadState *) */
static PyThreadState *import_lock_owner; /* _imp.acquire_lock() */
static long import_lock_depth;
static PyObject *waits;  /* PyLong(PyThreadState *) -> name it waits for */
static pthread_mutex_t owners_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t owners_cond = PTHREAD_COND_INITIALIZER;
static unsigned long owners_generation;

/* Sleep, with the GIL released, until a module or the import lock is
 * released (by whoever: the caller looks again). */
static void
sleep_until_release(void)
{
    unsigned long seen = owners_generation;
    Py_BEGIN_ALLOW_THREADS
    pthread_mutex_lock(&owners_mutex);
    while (owners_generation == seen)
        pthread_cond_wait(&owners_cond, &owners_mutex);
    pthread_mutex_unlock(&owners_mutex);
    Py_END_ALLOW_THREADS
}

static void
wake_sleepers(void)
{
    pthread_mutex_lock(&owners_mutex);
    owners_generation++;
    pthread_cond_broadcast(&owners_cond);
    pthread_mutex_unlock(&owners_mutex);
}

static PyThreadState *
owner_of(PyObject *name)
{
    PyObject *o = PyDict_GetItemWithError(owners, name);
    return o == NULL ? NULL : (PyThreadState *)PyLong_AsVoidPtr(o);
}

/* Would `me` waiting for a module owned by `other` close a cycle? */
static int
would_deadlock(PyThreadState *other, PyThreadState *me)
{
    for (int steps = 0; other != NULL && steps < 1000; steps++) {
        if (other == me)
            return 1;
        PyObject *key = PyLong_FromVoidPtr(other);
        if (key == NULL)
            return -1;
        PyObject *name = PyDict_GetItemWithError(waits, key);
        Py_DECREF(key);
        if (name == NULL)
            return PyErr_Occurred() ? -1 : 0;
        other = owner_of(name);
        if (other == NULL && PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* Wait until no other thread owns `name`; 0 then (or when waiting would
 * deadlock), -1 on error. */
static int
wait_for_module(PyObject *name)
{
    PyThreadState *me = _PyThreadState_GET();
    for (;;) {
        if (owners == NULL || PyDict_GET_SIZE(owners) == 0)
            return 0;
        PyThreadState *o = owner_of(name);
        if (o == NULL)
            return PyErr_Occurred() ? -1 : 0;
        if (o == me)
            return 0;
        int dl = would_deadlock(o, me);
        if (dl != 0)
            return dl < 0 ? -1 : 0;
        PyObject *key = PyLong_FromVoidPtr(me);
        if (key == NULL || PyDict_SetItem(waits, key, name) < 0) {
            Py_XDECREF(key);
            return -1;
        }
        sleep_until_release();
        int r = PyDict_DelItem(waits, key);
        Py_DECREF(key);
        if (r < 0)
            return -1;
    }
}

/* Take `name` for this thread: 1 if taken (release it later), 0 if this
 * thread already owned it, -1 on error.  Waits for another owner first. */
static int
claim_module(PyObject *name)
{
    if (owners == NULL && ((owners = PyDict_New()) == NULL || (waits = PyDict_New()) == NULL))
        return -1;
    if (wait_for_module(name) < 0)
        return -1;
    PyThreadState *me = _PyThreadState_GET();
    PyThreadState *o = owner_of(name);
    if (o == NULL && PyErr_Occurred())
        return -1;
    if (o != NULL) /* ours already, or a deadlock was avoided */
        return 0;
    PyObject *val = PyLong_FromVoidPtr(me);
    if (val == NULL)
        return -1;
    int r = PyDict_SetItem(owners, name, val);
    Py_DECREF(val);
    return r < 0 ? -1 : 1;
}

static void
release_module(PyObject *name)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (PyDict_DelItem(owners, name) < 0)
        PyErr_Clear();
    PyErr_SetRaisedException(exc);
    wake_sleepers();
}

/* In a forked child only the forking thread is left: the modules other
 * threads were loading have no owner any more. */
void
_KrImport_AfterForkChild(void)
{
    pthread_mutex_init(&owners_mutex, NULL);
    pthread_cond_init(&owners_cond, NULL);
    if (owners == NULL) {
        _KrImport_ReleaseLock();
        return;
    }
    PyThreadState *me = _PyThreadState_GET();
    PyObject *keys = PyDict_Keys(owners);
    if (keys == NULL) {
        PyErr_Clear();
        return;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keys); i++) {
        PyObject *name = PyList_GET_ITEM(keys, i);
        if (owner_of(name) != me && PyDict_DelItem(owners, name) < 0)
            PyErr_Clear();
    }
    Py_DECREF(keys);
    PyDict_Clear(waits);
    /* PyOS_BeforeFork took the import lock for the forking thread, so no
     * other thread was in the middle of importlib's bookkeeping; the
     * child gives back that one level (the parent does the same). */
    _KrImport_ReleaseLock();
}

static PyInterpreterState *interp_get(void);
static int fix_co_filename(PyCodeObject *co, PyObject *oldname, PyObject *path);

/* Set once importlib is installed (see the essay above). */
static PyObject *spec_from_file_location; /* importlib._bootstrap_external's */
static PyObject *builtin_spec_maker;      /* importlib._bootstrap.ModuleSpec */
static PyObject *builtin_importer;        /* importlib._bootstrap.BuiltinImporter */
static PyObject *frozen_importer;         /* importlib._bootstrap.FrozenImporter */
static PyObject *path_finder;             /* importlib._bootstrap_external.PathFinder */

/* Give a module the spec importlib would: __spec__, __loader__ and, for
 * source files, __cached__.  A no-op until importlib is installed. */
static int
set_module_spec(PyObject *module, PyObject *name, PyObject *file, PyObject *pkgdir)
{
    if (spec_from_file_location == NULL)
        return 0;
    PyObject *spec;
    if (file == NULL) {
        PyObject *kw = Py_BuildValue("{s:s}", "origin", "built-in");
        PyObject *args = kw ? PyTuple_Pack(2, name, builtin_importer) : NULL;
        spec = args ? PyObject_Call(builtin_spec_maker, args, kw) : NULL;
        Py_XDECREF(args);
        Py_XDECREF(kw);
    } else {
        PyObject *kw = NULL;
        if (pkgdir != NULL) {
            kw = Py_BuildValue("{s:[O]}", "submodule_search_locations", pkgdir);
            if (kw == NULL)
                return -1;
        }
        PyObject *args = PyTuple_Pack(2, name, file);
        spec = args ? PyObject_Call(spec_from_file_location, args, kw) : NULL;
        Py_XDECREF(args);
        Py_XDECREF(kw);
    }
    if (spec == NULL)
        return -1;
    int r = -1;
    PyObject *loader = PyObject_GetAttrString(spec, "loader");
    PyObject *cached = file ? PyObject_GetAttrString(spec, "cached") : NULL;
    if (loader != NULL && (file == NULL || cached != NULL) &&
        PyObject_SetAttrString(module, "__spec__", spec) == 0 &&
        PyObject_SetAttrString(module, "__loader__", loader) == 0 &&
        (file == NULL || PyObject_SetAttrString(module, "__cached__", cached) == 0))
        r = 0;
    Py_XDECREF(cached);
    Py_XDECREF(loader);
    Py_DECREF(spec);
    return r;
}

/* A module's __spec__ or __loader__ was asked for before importlib was
 * installed: import it now, which gives every module loaded so far the
 * spec importlib would have (see install_importlib).  Programs that never
 * look still do not pay for importlib. */
int
_KrImport_EnsureSpecs(void)
{
    static int busy; /* importlib's own import may look too */
    if (spec_from_file_location != NULL || busy)
        return 0;
    busy = 1;
    PyObject *m = PyImport_ImportModule("importlib");
    busy = 0;
    if (m == NULL)
        return -1;
    Py_DECREF(m);
    return 0;
}

/* importlib has just loaded: install its finders and hand out specs. */
static int
install_importlib(void)
{
    if (spec_from_file_location != NULL)
        return 0;
    PyObject *modules = interp_get()->modules;
    PyObject *boot = PyDict_GetItemString(modules, "importlib._bootstrap");
    PyObject *ext = PyDict_GetItemString(modules, "importlib._bootstrap_external");
    if (boot == NULL || ext == NULL)
        return 0;
    PyObject *meta_path = PySys_GetObject("meta_path");
    PyObject *bi = PyObject_GetAttrString(boot, "BuiltinImporter");
    PyObject *fi = bi ? PyObject_GetAttrString(boot, "FrozenImporter") : NULL;
    PyObject *ms = fi ? PyObject_GetAttrString(boot, "ModuleSpec") : NULL;
    PyObject *sffl = ms ? PyObject_GetAttrString(ext, "spec_from_file_location") : NULL;
    PyObject *r = NULL, *items = NULL;
    int rc = -1;
    if (sffl == NULL)
        goto done;
    if (meta_path == NULL || !PyList_Check(meta_path)) {
        PyErr_SetString(PyExc_ImportError, "sys.meta_path must be a list of import finders");
        goto done;
    }
    /* after the finders already there: CPython installs these at
     * start-up, before site's .pth files insert theirs in front */
    if (PyList_Append(meta_path, bi) < 0 || PyList_Append(meta_path, fi) < 0)
        goto done;
    /* path hooks and PathFinder, exactly as CPython's start-up does */
    if ((r = PyObject_CallMethod(ext, "_install", "O", boot)) == NULL)
        goto done;
    spec_from_file_location = Py_NewRef(sffl);
    builtin_spec_maker = Py_NewRef(ms);
    builtin_importer = Py_NewRef(bi);
    frozen_importer = Py_NewRef(fi);
    path_finder = PyObject_GetAttrString(ext, "PathFinder");
    if (path_finder == NULL)
        goto done;
    /* the modules loaded so far get their specs now, except the main
     * module, whose __spec__ stays None (a script's is None in CPython),
     * also where it is listed under another name too: multiprocessing
     * registers it as __mp_main__, and spawn decides from that None how
     * a child re-runs the main module */
    PyObject *main_mod = PyDict_GetItemString(modules, "__main__");
    if ((items = PyDict_Items(modules)) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *name = PyTuple_GET_ITEM(PyList_GET_ITEM(items, i), 0);
        PyObject *mod = PyTuple_GET_ITEM(PyList_GET_ITEM(items, i), 1);
        if (!PyModule_Check(mod) || !PyUnicode_Check(name) || mod == main_mod)
            continue;
        PyObject *d = PyModule_GetDict(mod);
        PyObject *spec = PyDict_GetItemString(d, "__spec__");
        PyObject *file = PyDict_GetItemString(d, "__file__");
        if ((spec != NULL && spec != Py_None) || file == NULL || !PyUnicode_Check(file) ||
            _PyUnicode_EqualToASCIIString(name, "__main__"))
            continue;
        PyObject *path = PyDict_GetItemString(d, "__path__");
        PyObject *pkgdir = (path && PyList_Check(path) && PyList_GET_SIZE(path) == 1)
                               ? PyList_GET_ITEM(path, 0) : NULL;
        if (set_module_spec(mod, name, file, pkgdir) < 0)
            goto done;
    }
    rc = 0;
done:
    Py_XDECREF(items);
    Py_XDECREF(r);
    Py_XDECREF(sffl);
    Py_XDECREF(ms);
    Py_XDECREF(fi);
    Py_XDECREF(bi);
    return rc;
}

static PyInterpreterState *
interp_get(void)
{
    return PyInterpreterState_Get();
}

PyObject *
PyImport_GetModuleDict(void)
{
    return interp_get()->modules;
}

PyObject *
PyImport_GetModule(PyObject *name)
{
    PyObject *modules = interp_get()->modules;
    if (modules == NULL)
        return NULL;
    PyObject *m = PyDict_GetItemWithError(modules, name);
    return Py_XNewRef(m);
}

PyObject *
PyImport_AddModuleObject(PyObject *name)
{
    PyObject *modules = interp_get()->modules;
    PyObject *m = PyDict_GetItemWithError(modules, name);
    if (m != NULL && PyModule_Check(m))
        return m;
    if (PyErr_Occurred())
        return NULL;
    m = PyModule_NewObject(name);
    if (m == NULL)
        return NULL;
    if (PyDict_SetItem(modules, name, m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(m); /* sys.modules holds it */
    return m;
}

PyObject *
PyImport_AddModule(const char *name)
{
    PyObject *nameobj = PyUnicode_FromString(name);
    if (nameobj == NULL)
        return NULL;
    PyObject *m = PyImport_AddModuleObject(nameobj);
    Py_DECREF(nameobj);
    return m;
}

static void
remove_module(PyObject *name)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *modules = interp_get()->modules;
    if (PyDict_GetItemWithError(modules, name) != NULL) {
        if (PyDict_DelItem(modules, name) < 0)
            PyErr_Clear();
    }
    PyErr_Clear();
    PyErr_SetRaisedException(exc);
}

/* Run `co` in module `name`'s dict and return sys.modules[name]. */
static PyObject *
exec_code_in_module(PyObject *name, PyObject *module, PyObject *co)
{
    PyObject *dict = PyModule_GetDict(module);
    if (PyDict_GetItemString(dict, "__builtins__") == NULL) {
        PyObject *builtins = interp_get()->builtins_module;
        if (builtins == NULL || PyDict_SetItemString(dict, "__builtins__", builtins) < 0)
            return NULL;
    }
    if (importing == NULL && (importing = PySet_New(NULL)) == NULL)
        return NULL;
    if (PySet_Add(importing, name) < 0)
        return NULL;
    PyObject *v = PyEval_EvalCode(co, dict, dict);
    PySet_Discard(importing, name);
    if (v == NULL) {
        remove_module(name);
        return NULL;
    }
    Py_DECREF(v);
    PyObject *m = PyDict_GetItemWithError(interp_get()->modules, name);
    if (m == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_ImportError, "Loaded module %R not found in sys.modules", name);
        return NULL;
    }
    return Py_NewRef(m);
}

PyObject *
PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname,
                              PyObject *cpathname)
{
    PyObject *m = PyImport_AddModuleObject(name);
    if (m == NULL)
        return NULL;
    if (pathname != NULL &&
        PyDict_SetItemString(PyModule_GetDict(m), "__file__", pathname) < 0)
        return NULL;
    return exec_code_in_module(name, m, co);
}

/* ====================================================================
 * Finding and loading
 * ==================================================================== */

static int
file_kind(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    return S_ISDIR(st.st_mode) ? 2 : (S_ISREG(st.st_mode) ? 1 : 0);
}

/* The whole file as a NUL-terminated buffer (PyMem_Free it). */
static char *
read_source(const char *path, PyObject *pathobj)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, pathobj);
        return NULL;
    }
    size_t cap = 8192, len = 0;
    char *buf = PyMem_Malloc(cap);
    if (buf == NULL) {
        fclose(fp);
        PyErr_NoMemory();
        return NULL;
    }
    for (;;) {
        if (len + 4096 + 1 > cap) {
            cap *= 2;
            char *nb = PyMem_Realloc(buf, cap);
            if (nb == NULL) {
                PyMem_Free(buf);
                fclose(fp);
                PyErr_NoMemory();
                return NULL;
            }
            buf = nb;
        }
        size_t n = fread(buf + len, 1, cap - len - 1, fp);
        len += n;
        if (n == 0)
            break;
    }
    fclose(fp);
    buf[len] = '\0';
    if (strlen(buf) != len) {
        PyMem_Free(buf);
        PyErr_SetString(PyExc_SyntaxError, "source code cannot contain null bytes");
        return NULL;
    }
    return buf;
}

/* ====================================================================
 * The bytecode cache (PEP 3147)
 *
 * Compiling a module costs far more than reading it back: `import
 * asyncio` compiles some thirty modules.  So, as CPython does, the code
 * object of each source module imported is written next to it, to
 * __pycache__/NAME.TAG.pyc (TAG is sys.implementation.cache_tag,
 * "krait-311": Krait's files never meet CPython's .cpython-311.pyc), or
 * under sys.pycache_prefix when that is set, and read back the next
 * time instead of compiling.
 *
 * The file is the one importlib's SourceFileLoader reads and writes
 * (importlib/_bootstrap_external.py), so that py_compile, compileall and
 * imports that go through importlib agree with this fast path: sixteen
 * header bytes (the magic number of 3.11's bytecode, a flags word, then
 * either the source's mtime and size, both truncated to 32 bits, or
 * with flags bit 0 set an 8-byte hash of the source), and the code
 * object in marshal format.  Krait's code objects have CPython 3.11's
 * layout and marshal writes every field of them.
 *
 * A cache that is missing, stale (mtime or size differ, or the hash,
 * when it is to be checked), or unreadable in any way is ignored: the
 * source is compiled and the cache rewritten.  Writing goes through a
 * temporary file renamed over the old one, so a reader never sees half
 * a file, and gives up silently when it cannot (a read-only directory,
 * sys.dont_write_bytecode).  The script run as __main__ is never cached,
 * as in CPython.
 * ==================================================================== */

#include "marshal.h"
#include <fcntl.h>
#include <unistd.h>

/* importlib.util.MAGIC_NUMBER of 3.11: 3495 little-endian, then \r\n */
static const unsigned char pyc_magic[4] = {0xa7, 0x0d, 0x0d, 0x0a};
#define PYC_RAW_MAGIC 0x0a0d0da7UL /* the key of the source hash */
#define PYC_HEADER 16

static uint32_t
get_le32(const unsigned char *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

long
PyImport_GetMagicNumber(void)
{
    return (long)get_le32(pyc_magic);
}

static void
put_le32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* Append `part` to buf (of size cap) as importlib's _path_join does:
 * empty parts are skipped and trailing slashes dropped. */
static void
join_part(char *buf, size_t cap, const char *part, size_t n)
{
    while (n > 0 && part[n - 1] == '/')
        n--;
    if (n == 0)
        return;
    size_t len = strlen(buf);
    if (len > 0 && len + 1 < cap)
        buf[len++] = '/';
    if (len + n >= cap)
        n = cap - len - 1;
    memcpy(buf + len, part, n);
    buf[len + n] = '\0';
}

/* The cache file of source file `path`, as importlib.util.cache_from_source
 * computes it from sys.implementation.cache_tag, sys.flags.optimize and a
 * prefix (NULL: the __pycache__ beside the source).  PyMem_Malloc'ed; NULL (no exception) when there is
 * no cache (cache_tag None, or anything unexpected). */
static char *
cache_path_under(const char *path, const char *cprefix)
{
    PyObject *impl = PySys_GetObject("implementation");
    PyObject *tagobj = impl ? PyObject_GetAttrString(impl, "cache_tag") : NULL;
    const char *tag = tagobj && PyUnicode_Check(tagobj) ? PyUnicode_AsUTF8(tagobj) : NULL;
    PyObject *flags = PySys_GetObject("flags");
    PyObject *optobj = flags ? PyObject_GetAttrString(flags, "optimize") : NULL;
    long opt = optobj && PyLong_Check(optobj) ? PyLong_AsLong(optobj) : 0;
    char *result = NULL;
    if (tag == NULL)
        goto done;
    const char *slash = strrchr(path, '/');
    const char *tail = slash ? slash + 1 : path;
    size_t headlen = slash ? (size_t)(slash - path) : 0;
    const char *dot = strrchr(tail, '.');
    size_t baselen = dot && dot != tail ? (size_t)(dot - tail) : strlen(tail);
    char cwd[4096] = "";
    if (cprefix != NULL && path[0] != '/' && getcwd(cwd, sizeof cwd) == NULL)
        goto done;
    size_t cap = strlen(path) + strlen(tag) + strlen(cwd) + (cprefix ? strlen(cprefix) : 0) + 64;
    char *filename = PyMem_Malloc(cap);
    result = PyMem_Malloc(cap);
    if (filename == NULL || result == NULL) {
        PyMem_Free(filename);
        PyMem_Free(result);
        result = NULL;
        goto done;
    }
    snprintf(filename, cap, "%.*s.%s", (int)baselen, tail, tag);
    if (opt > 0)
        snprintf(filename + strlen(filename), cap - strlen(filename), ".opt-%ld", opt);
    strcat(filename, ".pyc");
    result[0] = '\0';
    if (cprefix != NULL) {
        /* the source's absolute directory, re-rooted under the prefix */
        join_part(result, cap, cprefix, strlen(cprefix));
        const char *h = path;
        size_t hn = headlen;
        if (path[0] != '/') {
            for (h = cwd; *h == '/'; h++)
                ;
            join_part(result, cap, h, strlen(h));
            h = path;
        }
        for (; hn > 0 && *h == '/'; h++, hn--)
            ;
        join_part(result, cap, h, hn);
    }
    else {
        join_part(result, cap, path, headlen);
        join_part(result, cap, "__pycache__", 11);
    }
    join_part(result, cap, filename, strlen(filename));
    PyMem_Free(filename);
done:
    PyErr_Clear();
    Py_XDECREF(tagobj);
    Py_XDECREF(optobj);
    return result;
}

/* ... under sys.pycache_prefix when that is set, else in __pycache__. */
static char *
cache_path(const char *path)
{
    PyObject *prefix = PySys_GetObject("pycache_prefix");
    return cache_path_under(path, prefix && PyUnicode_Check(prefix) ? PyUnicode_AsUTF8(prefix) : NULL);
}

/* The whole of a small binary file (PyMem_Free it); NULL, no exception,
 * when it cannot be read. */
static unsigned char *
read_file_bytes(const char *path, size_t *len, struct stat *st_out)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    unsigned char *buf = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        (buf = PyMem_Malloc((size_t)st.st_size + 1)) != NULL) {
        size_t got = 0;
        while (got < (size_t)st.st_size) {
            ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
            if (n <= 0)
                break;
            got += (size_t)n;
        }
        *len = got;
        if (st_out != NULL)
            *st_out = st;
    }
    close(fd);
    return buf;
}

/* How _imp.check_hash_based_pycs says to treat hash-based caches. */
static int
check_hash_mode(int check_source)
{
    PyObject *imp = PyDict_GetItemString(interp_get()->modules, "_imp");
    PyObject *mode = imp ? PyObject_GetAttrString(imp, "check_hash_based_pycs") : NULL;
    PyErr_Clear();
    int check = check_source;
    if (mode != NULL && PyUnicode_Check(mode)) {
        if (_PyUnicode_EqualToASCIIString(mode, "never"))
            check = 0;
        else if (_PyUnicode_EqualToASCIIString(mode, "always"))
            check = 1;
    }
    Py_XDECREF(mode);
    return check;
}

/* Whether cache file `st` was written before this interpreter was built.
 * The magic number is 3.11's for good and the compiler keeps changing, so
 * a cache from an older build could hold code an older compiler made;
 * such a cache is treated as stale.  (importlib's own loader does not
 * know this rule; a file it accepts is still sound bytecode.) */
static int
older_than_interpreter(const struct stat *st)
{
    static int known;
    static struct timespec built;
    if (!known) {
        struct stat exe;
        known = 1;
        if (stat("/proc/self/exe", &exe) == 0)
            built = exe.st_mtim;
    }
    return st->st_mtim.tv_sec < built.tv_sec ||
           (st->st_mtim.tv_sec == built.tv_sec && st->st_mtim.tv_nsec < built.tv_nsec);
}

/* What a cache file says about itself, for rewriting it alike. */
struct pyc_kind {
    int hash_based, check_source;
};

/* The code object cached for source `path` (with stat `st`) in `cpath`,
 * or NULL (no exception) when there is no valid cache; *kind tells how
 * a hash-based cache it found was made. */
static PyObject *
read_pyc(const char *cpath, const char *path, PyObject *pathobj, const struct stat *st,
         struct pyc_kind *kind)
{
    size_t len = 0;
    struct stat cst;
    unsigned char *data = read_file_bytes(cpath, &len, &cst);
    PyObject *code = NULL;
    if (data == NULL || len < PYC_HEADER || memcmp(data, pyc_magic, 4) != 0 ||
        older_than_interpreter(&cst))
        goto done;
    uint32_t flags = get_le32(data + 4);
    if (flags & ~3u)
        goto done;
    if (flags & 1) {
        kind->hash_based = 1;
        kind->check_source = (flags & 2) != 0;
        if (check_hash_mode(kind->check_source)) {
            size_t srclen = 0;
            unsigned char *src = read_file_bytes(path, &srclen, NULL);
            if (src == NULL)
                goto done;
            uint64_t h = _Py_KeyedHash(PYC_RAW_MAGIC, src, (Py_ssize_t)srclen);
            PyMem_Free(src);
            unsigned char hb[8];
            for (int i = 0; i < 8; i++)
                hb[i] = (unsigned char)(h >> (8 * i));
            if (memcmp(hb, data + 8, 8) != 0)
                goto done;
        }
    }
    else if (get_le32(data + 8) != (uint32_t)st->st_mtime ||
             get_le32(data + 12) != (uint32_t)st->st_size)
        goto done;
    code = PyMarshal_ReadObjectFromString((const char *)data + PYC_HEADER,
                                          (Py_ssize_t)(len - PYC_HEADER));
    if (code != NULL && !PyCode_Check(code))
        Py_CLEAR(code);
    /* a cache copied or moved with its source names where it was made */
    if (code != NULL) {
        PyCodeObject *co = (PyCodeObject *)code;
        int cmp = PyUnicode_Compare(co->co_filename, pathobj);
        if (cmp != 0) {
            PyObject *old = Py_NewRef(co->co_filename);
            if (fix_co_filename(co, old, pathobj) < 0)
                Py_CLEAR(code);
            Py_DECREF(old);
        }
    }
done:
    PyErr_Clear();
    PyMem_Free(data);
    return code;
}

/* mkdir -p for the directory of `file`, as importlib's set_data does;
 * 0 when it exists at the end. */
static int
make_parent_dirs(char *file)
{
    char *slash = strrchr(file, '/');
    if (slash == NULL || slash == file)
        return 0;
    *slash = '\0';
    int r = 0;
    if (file_kind(file) != 2) {
        r = make_parent_dirs(file);
        if (r == 0 && mkdir(file, 0777) != 0 && errno != EEXIST)
            r = -1;
    }
    *slash = '/';
    return r;
}

/* Write `code`, compiled from `src` (the source at `path`, with stat
 * `st`), to cache file `cpath`.  Best effort: nothing is reported. */
static void
write_pyc(char *cpath, PyObject *code, const struct stat *st, const struct pyc_kind *kind,
          const char *src, size_t srclen)
{
    PyObject *dwb = PySys_GetObject("dont_write_bytecode");
    if (dwb == NULL || PyObject_IsTrue(dwb) != 0) {
        PyErr_Clear();
        return;
    }
    PyObject *data = PyMarshal_WriteObjectToString(code, Py_MARSHAL_VERSION);
    if (data == NULL) {
        PyErr_Clear();
        return;
    }
    unsigned char header[PYC_HEADER];
    memcpy(header, pyc_magic, 4);
    if (kind->hash_based) {
        put_le32(header + 4, kind->check_source ? 3 : 1);
        uint64_t h = _Py_KeyedHash(PYC_RAW_MAGIC, src, (Py_ssize_t)srclen);
        for (int i = 0; i < 8; i++)
            header[8 + i] = (unsigned char)(h >> (8 * i));
    }
    else {
        put_le32(header + 4, 0);
        put_le32(header + 8, (uint32_t)st->st_mtime);
        put_le32(header + 12, (uint32_t)st->st_size);
    }
    size_t n = strlen(cpath) + 32;
    char *tmp = PyMem_Malloc(n);
    if (tmp == NULL || make_parent_dirs(cpath) < 0)
        goto done;
    /* a name of our own next to the target: another process writing the
     * same cache uses another one, and the last rename wins */
    static unsigned long counter;
    snprintf(tmp, n, "%s.%ld.%lu", cpath, (long)getpid(), counter++);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, (st->st_mode | 0200) & 0666);
    if (fd < 0)
        goto done;
    int ok = 1;
    const char *parts[2] = {(const char *)header, PyBytes_AS_STRING(data)};
    size_t sizes[2] = {PYC_HEADER, (size_t)PyBytes_GET_SIZE(data)};
    for (int i = 0; i < 2 && ok; i++) {
        size_t done = 0;
        while (done < sizes[i]) {
            ssize_t w = write(fd, parts[i] + done, sizes[i] - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                ok = 0;
                break;
            }
            done += (size_t)w;
        }
    }
    if (close(fd) != 0)
        ok = 0;
    if (!ok || rename(tmp, cpath) != 0)
        unlink(tmp);
done:
    PyMem_Free(tmp);
    Py_DECREF(data);
}

/* The cache of `path` in the interpreter's own tree, BINDIR/pycache/
 * followed by the source's absolute directory and NAME.TAG.pyc (the
 * layout of a pycache_prefix).  `make` fills it for the standard library
 * and Debian's dist-packages right after linking, so a program does not
 * recompile them on every run when it may not write caches
 * (PYTHONDONTWRITEBYTECODE, -B, a read-only library), much as Debian
 * ships CPython's .pyc files.  Only read, never written; the cache next
 * to the source is looked at first.  PyMem_Malloc'ed, or NULL. */
static char *
build_cache_path(const char *path)
{
    static char root[4096];
    static int known;
    if (!known) {
        known = 1;
        char exe[4000]; /* leaves room in root for "/pycache" */
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            char *slash = strrchr(exe, '/');
            if (slash != NULL) {
                *slash = '\0';
                snprintf(root, sizeof root, "%s/pycache", exe);
            }
        }
    }
    return root[0] != '\0' && path[0] == '/' ? cache_path_under(path, root) : NULL;
}

/* The code object of source file `path`: from its cache when that is
 * valid, else compiled (and cached).  *cached gets the cache file's name
 * (None when there is none), for __cached__. */
/* Whether `path` names compiled code rather than source. */
static int
is_bytecode_path(const char *path)
{
    size_t n = strlen(path);
    return n >= 4 && strcmp(path + n - 4, ".pyc") == 0;
}

/* The code of a module that exists only as bytecode (NAME.pyc where a
 * NAME.py would be, as `compileall -b` leaves them): its header is
 * checked for the magic number and flags, but there is no source to be
 * stale against, and its code keeps the file name it was compiled
 * with.  Errors are importlib's SourcelessFileLoader's. */
static PyObject *
get_sourceless_code(const char *path, PyObject *pathobj, PyObject *name)
{
    size_t len = 0;
    unsigned char *data = read_file_bytes(path, &len, NULL);
    PyObject *code = NULL;
    if (data == NULL) {
        PyErr_Format(PyExc_ImportError, "cannot read %R", pathobj);
        return NULL;
    }
    if (len >= 4 && memcmp(data, pyc_magic, 4) != 0) {
        PyObject *magic = PyBytes_FromStringAndSize((const char *)data, 4);
        if (magic != NULL)
            PyErr_Format(PyExc_ImportError, "bad magic number in %R: %R", name, magic);
        Py_XDECREF(magic);
    }
    else if (len < PYC_HEADER)
        PyErr_Format(PyExc_EOFError, "reached EOF while reading pyc header of %R", name);
    else if (get_le32(data + 4) & ~3u)
        PyErr_Format(PyExc_ImportError, "invalid flags %lu in %R",
                     (unsigned long)get_le32(data + 4), name);
    else {
        code = PyMarshal_ReadObjectFromString((const char *)data + PYC_HEADER,
                                              (Py_ssize_t)(len - PYC_HEADER));
        if (code != NULL && !PyCode_Check(code)) {
            Py_CLEAR(code);
            PyErr_Format(PyExc_ImportError, "Non-code object in %R", pathobj);
        }
    }
    PyMem_Free(data);
    return code;
}

static PyObject *
get_code(const char *path, PyObject *pathobj, PyObject **cached)
{
    struct stat st;
    struct pyc_kind kind = {0, 0};
    PyObject *code = NULL;
    char *cpath = stat(path, &st) == 0 ? cache_path(path) : NULL;
    *cached = NULL;
    if (cpath != NULL && (code = read_pyc(cpath, path, pathobj, &st, &kind)) != NULL)
        goto done;
    if (cpath != NULL) {
        char *bpath = build_cache_path(path);
        struct pyc_kind bkind = {0, 0};
        if (bpath != NULL)
            code = read_pyc(bpath, path, pathobj, &st, &bkind);
        PyMem_Free(bpath);
        if (code != NULL)
            goto done;
    }
    char *source = read_source(path, pathobj);
    if (source == NULL)
        goto done;
    PyCompilerFlags cf = _PyCompilerFlags_INIT;
    code = Py_CompileStringObject(source, pathobj, Py_file_input, &cf, -1);
    if (code != NULL && cpath != NULL)
        write_pyc(cpath, code, &st, &kind, source, strlen(source));
    PyMem_Free(source);
done:
    if (code != NULL) {
        *cached = cpath ? PyUnicode_DecodeFSDefault(cpath) : Py_NewRef(Py_None);
        if (*cached == NULL)
            Py_CLEAR(code);
    }
    PyMem_Free(cpath);
    return code;
}

static int
set_str(PyObject *dict, const char *key, PyObject *value)
{
    return PyDict_SetItemString(dict, key, value ? value : Py_None);
}

/* Load the source file `path` as module `name` (a package when pkgdir is
 * given: its __path__). */
static PyObject *
load_source_module(PyObject *name, const char *path, const char *pkgdir)
{
    PyObject *pathobj = PyUnicode_DecodeFSDefault(path);
    PyObject *module = NULL, *code = NULL, *result = NULL, *package = NULL, *cached = NULL;
    if (pathobj == NULL)
        return NULL;
    if (is_bytecode_path(path)) {
        code = get_sourceless_code(path, pathobj, name);
        cached = Py_XNewRef(code ? pathobj : NULL);
    }
    else
        code = get_code(path, pathobj, &cached);
    if (code == NULL)
        goto done;
    module = PyModule_NewObject(name);
    if (module == NULL)
        goto done;
    PyObject *dict = PyModule_GetDict(module);
    if (pkgdir) {
        package = Py_NewRef(name);
        PyObject *dirobj = PyUnicode_DecodeFSDefault(pkgdir);
        if (dirobj == NULL)
            goto done;
        PyObject *pathlist = PyList_New(1);
        if (pathlist == NULL) {
            Py_DECREF(dirobj);
            goto done;
        }
        PyList_SET_ITEM(pathlist, 0, dirobj);
        int r = PyDict_SetItemString(dict, "__path__", pathlist);
        Py_DECREF(pathlist);
        if (r < 0)
            goto done;
    } else {
        Py_ssize_t len = PyUnicode_GET_LENGTH(name);
        Py_ssize_t dot = PyUnicode_FindChar(name, '.', 0, len, -1);
        package = dot >= 0 ? PyUnicode_Substring(name, 0, dot) : PyUnicode_FromString("");
        if (package == NULL)
            goto done;
    }
    if (set_str(dict, "__file__", pathobj) < 0 || set_str(dict, "__package__", package) < 0 ||
        set_str(dict, "__loader__", NULL) < 0 || set_str(dict, "__spec__", NULL) < 0 ||
        set_str(dict, "__cached__", cached) < 0)
        goto done;
    if (spec_from_file_location != NULL) {
        PyObject *dirobj = pkgdir ? PyUnicode_DecodeFSDefault(pkgdir) : NULL;
        int r = (pkgdir && dirobj == NULL) ? -1 : set_module_spec(module, name, pathobj, dirobj);
        Py_XDECREF(dirobj);
        if (r < 0)
            goto done;
    }
    if (PyDict_SetItem(interp_get()->modules, name, module) < 0)
        goto done;
    result = exec_code_in_module(name, module, code);
done:
    Py_XDECREF(pathobj);
    Py_XDECREF(module);
    Py_XDECREF(code);
    Py_XDECREF(package);
    Py_XDECREF(cached);
    return result;
}

static PyObject *
load_builtin(PyObject *name)
{
    const char *cname = PyUnicode_AsUTF8(name);
    if (cname == NULL)
        return NULL;
    for (struct _inittab *p = _PyImport_Inittab; p->name; p++) {
        if (strcmp(p->name, cname) != 0)
            continue;
        if (p->initfunc == NULL)
            break;
        PyObject *mod = p->initfunc();
        if (mod == NULL)
            return NULL;
        if (!PyModule_Check(mod)) {
            Py_DECREF(mod);
            PyErr_Format(PyExc_ImportError,
                         "multi-phase initialisation of built-in module %R is not supported yet",
                         name);
            return NULL;
        }
        PyObject *dict = PyModule_GetDict(mod);
        if (PyDict_GetItemString(dict, "__spec__") == NULL &&
            (set_str(dict, "__spec__", NULL) < 0 || set_str(dict, "__loader__", NULL) < 0 ||
             set_str(dict, "__package__", NULL) < 0)) {
            Py_DECREF(mod);
            return NULL;
        }
        if (spec_from_file_location != NULL && (set_str(dict, "__package__", Py_None) < 0 ||
                                                set_module_spec(mod, name, NULL, NULL) < 0)) {
            Py_DECREF(mod);
            return NULL;
        }
        if (PyDict_SetItem(interp_get()->modules, name, mod) < 0) {
            Py_DECREF(mod);
            return NULL;
        }
        return mod;
    }
    return Py_NewRef(Py_None); /* not a built-in */
}

/* Find `tail` in the directories of `path` without loading it: NAME/
 * with an __init__.py is a package (*pkgdir gets the directory), else
 * NAME.py a module.  *file (and *pkgdir) are PyMem_Malloc'ed.  Returns 1
 * when found, 0 when not, -1 on error. */
static int
locate_in_path(PyObject *tail, PyObject *path, char **file, char **pkgdir)
{
    *file = *pkgdir = NULL;
    const char *ctail = PyUnicode_AsUTF8(tail);
    if (ctail == NULL)
        return -1;
    PyObject *entries = PySequence_List(path);
    if (entries == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(entries); i++) {
        PyObject *entry = PyList_GET_ITEM(entries, i);
        if (!PyUnicode_Check(entry))
            continue;
        const char *dir = PyUnicode_AsUTF8(entry);
        if (dir == NULL) {
            PyErr_Clear();
            continue;
        }
        /* '' is the current directory, named absolutely as importlib's
         * FileFinder names it (so __file__ is an absolute path) */
        char cwd[4096];
        if (*dir == '\0')
            dir = getcwd(cwd, sizeof cwd) != NULL ? cwd : ".";
        size_t need = strlen(dir) + strlen(ctail) + 20;
        char *buf = PyMem_Malloc(need);
        char *pdir = PyMem_Malloc(need);
        if (buf == NULL || pdir == NULL) {
            PyMem_Free(buf);
            PyMem_Free(pdir);
            Py_DECREF(entries);
            PyErr_NoMemory();
            return -1;
        }
        /* a package before a module, source before bytecode alone
         * (`.pyc` beside where the source would be), as FileFinder */
        snprintf(pdir, need, "%s/%s", dir, ctail);
        if (file_kind(pdir) == 2) {
            for (int pyc = 0; pyc < 2; pyc++) {
                snprintf(buf, need, "%s/__init__.py%s", pdir, pyc ? "c" : "");
                if (file_kind(buf) == 1) {
                    *file = buf;
                    *pkgdir = pdir;
                    Py_DECREF(entries);
                    return 1;
                }
            }
        }
        PyMem_Free(pdir);
        for (int pyc = 0; pyc < 2; pyc++) {
            snprintf(buf, need, "%s/%s.py%s", dir, ctail, pyc ? "c" : "");
            if (file_kind(buf) == 1) {
                *file = buf;
                Py_DECREF(entries);
                return 1;
            }
        }
        PyMem_Free(buf);
    }
    Py_DECREF(entries);
    return 0;
}

/* Search the directories of `path` (a list) for `tail`.  Returns the
 * module, None when not found, NULL on error. */
static PyObject *
search_path(PyObject *name, PyObject *tail, PyObject *path)
{
    char *file, *pkgdir;
    int found = locate_in_path(tail, path, &file, &pkgdir);
    if (found < 0)
        return NULL;
    if (found == 0)
        return Py_NewRef(Py_None);
    PyObject *res = load_source_module(name, file, pkgdir);
    PyMem_Free(file);
    PyMem_Free(pkgdir);
    return res;
}

/* Ask one finder of sys.meta_path for `name` and load what it finds
 * (spec, loader.create_module, exec_module).  None when it does not
 * know the name. */
static PyObject *
try_finder(PyObject *finder, PyObject *name, PyObject *path)
{
    PyObject *result = NULL;
    PyObject *find_spec;
    if (_PyObject_LookupAttr(finder, _Py_ID(find_spec), &find_spec) < 0)
        return NULL;
    if (find_spec == NULL)
        return Py_NewRef(Py_None);
    /* as importlib does, a finder runs under the import lock */
    _KrImport_AcquireLock();
    PyObject *spec = PyObject_CallFunctionObjArgs(find_spec, name, path ? path : Py_None,
                                                  Py_None, NULL);
    _KrImport_ReleaseLock();
    Py_DECREF(find_spec);
    if (spec == NULL)
        return NULL;
    if (spec == Py_None)
        return spec;
    PyObject *loader = PyObject_GetAttrString(spec, "loader");
    PyObject *module = NULL;
    if (loader == NULL) {
        Py_DECREF(spec);
        return NULL;
    }
    PyObject *create;
    if (_PyObject_LookupAttr(loader, _Py_ID(create_module), &create) < 0)
        goto fail;
    if (create) {
        module = PyObject_CallOneArg(create, spec);
        Py_DECREF(create);
        if (module == NULL)
            goto fail;
    }
    if (module == NULL || module == Py_None) {
        Py_XDECREF(module);
        module = PyModule_NewObject(name);
        if (module == NULL)
            goto fail;
    }
    if (PyObject_SetAttrString(module, "__spec__", spec) < 0 ||
        PyObject_SetAttrString(module, "__loader__", loader) < 0)
        goto fail;
    PyObject *origin = NULL;
    if (_PyObject_LookupAttr(spec, _Py_ID(origin), &origin) < 0)
        goto fail;
    PyObject *has_location = NULL;
    if (origin && origin != Py_None &&
        _PyObject_LookupAttr(spec, _Py_ID(has_location), &has_location) >= 0 &&
        has_location && PyObject_IsTrue(has_location) == 1) {
        if (PyObject_SetAttrString(module, "__file__", origin) < 0) {
            Py_XDECREF(origin);
            Py_XDECREF(has_location);
            goto fail;
        }
    }
    PyErr_Clear();
    Py_XDECREF(origin);
    Py_XDECREF(has_location);
    if (PyDict_SetItem(interp_get()->modules, name, module) < 0)
        goto fail;
    PyObject *r = PyObject_CallMethod(loader, "exec_module", "O", module);
    if (r == NULL) {
        remove_module(name);
        goto fail;
    }
    Py_DECREF(r);
    result = PyDict_GetItemWithError(interp_get()->modules, name);
    Py_XINCREF(result);
    if (result == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_ImportError, "Loaded module %R not found in sys.modules", name);
fail:
    Py_XDECREF(module);
    Py_DECREF(loader);
    Py_DECREF(spec);
    return result;
}

/* The path search, and the moment importlib itself has been found. */
static PyObject *
search_path_checked(PyObject *abs_name, PyObject *tail, PyObject *path)
{
    PyObject *result = search_path(abs_name, tail, path);
    if (result != NULL && result != Py_None && spec_from_file_location == NULL &&
        _PyUnicode_EqualToASCIIString(abs_name, "importlib") && install_importlib() < 0)
        Py_CLEAR(result);
    return result;
}

/* Find and load abs_name the way importlib walks sys.meta_path: finders
 * in list order, the first that knows the name wins.  The C search
 * stands in for the standard finders wherever they are on the list:
 * BuiltinImporter is the built-in module table (top-level names only),
 * PathFinder the directory search, FrozenImporter finds nothing (Krait
 * freezes no modules).  What the directory search does not handle
 * (namespace packages, a NAME.pyc without source) is then left to the
 * real PathFinder.  Until importlib is loaded they are not on the
 * list, and the C search comes after the finders that are, which is
 * where CPython's start-up puts them relative to those a .pth file
 * inserts.  None when nobody knows the name. */
static PyObject *
find_in_meta_path(PyObject *abs_name, PyObject *tail, PyObject *path, int is_sub)
{
    PyObject *meta_path = PySys_GetObject("meta_path");
    PyObject *finders = (meta_path != NULL && PyList_Check(meta_path))
                            ? PyList_GetSlice(meta_path, 0, PyList_GET_SIZE(meta_path))
                            : PyList_New(0);
    if (finders == NULL)
        return NULL;
    PyObject *result = Py_NewRef(Py_None);
    int standard_seen = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(finders) && result == Py_None; i++) {
        PyObject *finder = PyList_GET_ITEM(finders, i);
        Py_DECREF(result);
        if (builtin_importer != NULL && finder == builtin_importer) {
            standard_seen = 1;
            result = is_sub ? Py_NewRef(Py_None) : load_builtin(abs_name);
        }
        else if (frozen_importer != NULL && finder == frozen_importer) {
            standard_seen = 1;
            result = Py_NewRef(Py_None);
        }
        else if (path_finder != NULL && finder == path_finder) {
            standard_seen = 1;
            result = search_path_checked(abs_name, tail, path);
            /* what the C search leaves to PathFinder itself: namespace
             * packages, files without source (NAME.pyc alone) */
            if (result == Py_None) {
                Py_DECREF(result);
                result = try_finder(finder, abs_name, is_sub ? path : NULL);
            }
        }
        else
            result = try_finder(finder, abs_name, is_sub ? path : NULL);
    }
    Py_DECREF(finders);
    if (result == Py_None && !standard_seen) {
        Py_DECREF(result);
        result = is_sub ? Py_NewRef(Py_None) : load_builtin(abs_name);
        if (result == Py_None) {
            Py_DECREF(result);
            result = search_path_checked(abs_name, tail, path);
        }
    }
    return result;
}

static PyObject *
module_not_found(PyObject *name, const char *fmt, PyObject *a, PyObject *b)
{
    PyObject *msg = b ? PyUnicode_FromFormat(fmt, a, b) : PyUnicode_FromFormat(fmt, a);
    if (msg == NULL)
        return NULL;
    PyObject *args = PyTuple_Pack(1, msg);
    Py_DECREF(msg);
    if (args == NULL)
        return NULL;
    PyObject *kwargs = Py_BuildValue("{s:O}", "name", name);
    PyObject *exc = kwargs ? PyObject_Call(PyExc_ModuleNotFoundError, args, kwargs) : NULL;
    Py_DECREF(args);
    Py_XDECREF(kwargs);
    if (exc) {
        PyErr_SetObject(PyExc_ModuleNotFoundError, exc);
        Py_DECREF(exc);
    }
    return NULL;
}

static PyObject *find_and_load(PyObject *abs_name);

/* Load abs_name, which this thread owns and sys.modules lacks. */
static PyObject *
find_and_load_unlocked(PyObject *abs_name)
{
    PyObject *modules = interp_get()->modules;
    PyObject *mod;

    Py_ssize_t len = PyUnicode_GET_LENGTH(abs_name);
    Py_ssize_t dot = PyUnicode_FindChar(abs_name, '.', 0, len, -1);
    if (dot == -2)
        return NULL;
    PyObject *parent = NULL, *parent_module = NULL, *path = NULL, *tail = NULL;
    PyObject *result = NULL;
    if (dot >= 0) {
        parent = PyUnicode_Substring(abs_name, 0, dot);
        tail = PyUnicode_Substring(abs_name, dot + 1, len);
        if (parent == NULL || tail == NULL)
            goto done;
        parent_module = find_and_load(parent);
        if (parent_module == NULL)
            goto done;
        /* importing the parent may have imported us */
        mod = PyDict_GetItemWithError(modules, abs_name);
        if (mod != NULL) {
            result = Py_NewRef(mod);
            goto done;
        }
        if (PyErr_Occurred())
            goto done;
        if (_PyObject_LookupAttr(parent_module, _Py_ID(__path__), &path) < 0)
            goto done;
        if (path == NULL) {
            module_not_found(abs_name, "No module named %R; %R is not a package", abs_name,
                             parent);
            goto done;
        }
    } else {
        tail = Py_NewRef(abs_name);
        path = PySys_GetObject("path");
        if (path == NULL || !PyList_Check(path)) {
            PyErr_SetString(PyExc_ImportError, "sys.path must be a list of directory names");
            path = NULL;
            goto done;
        }
        Py_INCREF(path);
    }
    result = find_in_meta_path(abs_name, tail, path, dot >= 0);
    if (result == Py_None) {
        Py_CLEAR(result);
        module_not_found(abs_name, "No module named %R", abs_name, NULL);
    }
    if (result != NULL && parent_module != NULL) {
        /* bind the submodule as an attribute of its parent */
        if (PyObject_SetAttr(parent_module, tail, result) < 0)
            Py_CLEAR(result);
    }
done:
    Py_XDECREF(parent);
    Py_XDECREF(parent_module);
    Py_XDECREF(path);
    Py_XDECREF(tail);
    return result;
}

/* Import the absolute dotted name, parents first; new reference. */
static PyObject *
find_and_load(PyObject *abs_name)
{
    PyObject *modules = interp_get()->modules;
    PyObject *mod = PyDict_GetItemWithError(modules, abs_name);
    if (mod != NULL) {
        if (mod == Py_None)
            return module_not_found(abs_name, "import of %U halted; None in sys.modules",
                                    abs_name, NULL);
        if (owners == NULL || PyDict_GET_SIZE(owners) == 0)
            return Py_NewRef(mod);
        /* another thread may still be running its code */
        Py_INCREF(mod);
        if (wait_for_module(abs_name) < 0) {
            Py_DECREF(mod);
            return NULL;
        }
        PyObject *now = PyDict_GetItemWithError(modules, abs_name);
        if (now != NULL || PyErr_Occurred()) {
            Py_DECREF(mod);
            return Py_XNewRef(now);
        }
        /* its code failed and took it out again: try ourselves */
        Py_DECREF(mod);
    }
    if (PyErr_Occurred())
        return NULL;
    int claimed = claim_module(abs_name);
    if (claimed < 0)
        return NULL;
    /* while we waited, its owner may have finished loading it */
    mod = PyDict_GetItemWithError(modules, abs_name);
    PyObject *result;
    if (mod != NULL)
        result = mod == Py_None ? module_not_found(abs_name, "import of %U halted; None in sys.modules",
                                                   abs_name, NULL)
                                : Py_NewRef(mod);
    else if (PyErr_Occurred())
        result = NULL;
    else
        result = find_and_load_unlocked(abs_name);
    if (claimed)
        release_module(abs_name);
    return result;
}

/* The package a relative import in `globals` is relative to. */
static PyObject *
resolve_package(PyObject *globals)
{
    if (globals == NULL) {
        PyErr_SetString(PyExc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!PyDict_Check(globals)) {
        PyErr_SetString(PyExc_TypeError, "globals must be a dict");
        return NULL;
    }
    PyObject *package = PyDict_GetItemString(globals, "__package__");
    if (package == Py_None)
        package = NULL;
    if (package != NULL) {
        if (!PyUnicode_Check(package)) {
            PyErr_SetString(PyExc_TypeError, "package must be a string");
            return NULL;
        }
        return Py_NewRef(package);
    }
    PyObject *spec = PyDict_GetItemString(globals, "__spec__");
    if (spec != NULL && spec != Py_None) {
        PyObject *parent = PyObject_GetAttrString(spec, "parent");
        if (parent != NULL)
            return parent;
        PyErr_Clear();
    }
    PyObject *name = PyDict_GetItemString(globals, "__name__");
    if (name == NULL) {
        PyErr_SetString(PyExc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "__name__ must be a string");
        return NULL;
    }
    if (PyDict_GetItemString(globals, "__path__") != NULL)
        return Py_NewRef(name);
    Py_ssize_t len = PyUnicode_GET_LENGTH(name);
    Py_ssize_t dot = PyUnicode_FindChar(name, '.', 0, len, -1);
    if (dot < 0)
        return PyUnicode_FromString("");
    return PyUnicode_Substring(name, 0, dot);
}

static PyObject *
resolve_name(PyObject *name, PyObject *globals, int level)
{
    PyObject *package = resolve_package(globals);
    if (package == NULL)
        return NULL;
    if (PyUnicode_GET_LENGTH(package) == 0) {
        Py_DECREF(package);
        PyErr_SetString(PyExc_ImportError,
                        "attempted relative import with no known parent package");
        return NULL;
    }
    PyObject *base = package;
    Py_ssize_t end = PyUnicode_GET_LENGTH(base);
    for (int i = 1; i < level; i++) {
        Py_ssize_t dot = PyUnicode_FindChar(base, '.', 0, end, -1);
        if (dot < 0) {
            Py_DECREF(package);
            PyErr_SetString(PyExc_ImportError,
                            "attempted relative import beyond top-level package");
            return NULL;
        }
        end = dot;
    }
    base = PyUnicode_Substring(package, 0, end);
    Py_DECREF(package);
    if (base == NULL || PyUnicode_GET_LENGTH(name) == 0)
        return base;
    PyObject *abs_name = PyUnicode_FromFormat("%U.%U", base, name);
    Py_DECREF(base);
    return abs_name;
}

/* `from package import a, b`: import submodules that are not attributes. */
static int
handle_fromlist(PyObject *module, PyObject *fromlist, int recursive)
{
    PyObject *modname = PyObject_GetAttrString(module, "__name__");
    if (modname == NULL)
        return -1;
    PyObject *items = PySequence_List(fromlist);
    if (items == NULL) {
        Py_DECREF(modname);
        return -1;
    }
    int result = -1;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *x = PyList_GET_ITEM(items, i);
        if (!PyUnicode_Check(x)) {
            PyErr_Format(PyExc_TypeError, "%s in %U.%s must be str, not %.100s",
                         recursive ? "Item" : "Item", modname,
                         recursive ? "__all__" : "__dict__", Py_TYPE(x)->tp_name);
            goto done;
        }
        if (_PyUnicode_EqualToASCIIString(x, "*")) {
            if (recursive)
                continue;
            PyObject *all;
            if (_PyObject_LookupAttr(module, _Py_ID(__all__), &all) < 0)
                goto done;
            if (all) {
                int r = handle_fromlist(module, all, 1);
                Py_DECREF(all);
                if (r < 0)
                    goto done;
            }
            continue;
        }
        PyObject *attr;
        if (_PyObject_LookupAttr(module, x, &attr) < 0)
            goto done;
        if (attr) {
            Py_DECREF(attr);
            continue;
        }
        PyObject *sub = PyUnicode_FromFormat("%U.%U", modname, x);
        if (sub == NULL)
            goto done;
        PyObject *m = find_and_load(sub);
        if (m == NULL) {
            /* a missing submodule is left for IMPORT_FROM to report */
            if (PyErr_ExceptionMatches(PyExc_ModuleNotFoundError)) {
                PyObject *exc = PyErr_GetRaisedException();
                PyObject *ename = ((PyImportErrorObject *)exc)->name;
                if (ename && PyUnicode_Check(ename) && _PyUnicode_Equal(ename, sub)) {
                    Py_DECREF(exc);
                    Py_DECREF(sub);
                    continue;
                }
                PyErr_SetRaisedException(exc);
            }
            Py_DECREF(sub);
            goto done;
        }
        Py_DECREF(m);
        Py_DECREF(sub);
    }
    result = 0;
done:
    Py_DECREF(items);
    Py_DECREF(modname);
    return result;
}

PyObject *
PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals,
                                 PyObject *fromlist, int level)
{
    if (name == NULL) {
        PyErr_SetString(PyExc_ValueError, "Empty module name");
        return NULL;
    }
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        PyErr_SetString(PyExc_ValueError, "level must be >= 0");
        return NULL;
    }
    PyObject *abs_name;
    if (level > 0) {
        abs_name = resolve_name(name, globals, level);
        if (abs_name == NULL)
            return NULL;
    } else {
        if (PyUnicode_GET_LENGTH(name) == 0) {
            PyErr_SetString(PyExc_ValueError, "Empty module name");
            return NULL;
        }
        abs_name = Py_NewRef(name);
    }
    PyObject *mod = find_and_load(abs_name);
    PyObject *final_mod = NULL;
    if (mod == NULL)
        goto done;

    int has_from = 0;
    if (fromlist != NULL && fromlist != Py_None) {
        has_from = PyObject_IsTrue(fromlist);
        if (has_from < 0)
            goto done;
    }
    if (!has_from) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(name);
        if (level == 0 || len > 0) {
            Py_ssize_t dot = PyUnicode_FindChar(name, '.', 0, len, 1);
            if (dot == -2)
                goto done;
            if (dot == -1) {
                final_mod = Py_NewRef(mod);
                goto done;
            }
            if (level == 0) {
                PyObject *front = PyUnicode_Substring(name, 0, dot);
                if (front == NULL)
                    goto done;
                final_mod = PyImport_ImportModuleLevelObject(front, NULL, NULL, NULL, 0);
                Py_DECREF(front);
            } else {
                Py_ssize_t cut_off = len - dot;
                Py_ssize_t abs_len = PyUnicode_GET_LENGTH(abs_name);
                PyObject *to_return = PyUnicode_Substring(abs_name, 0, abs_len - cut_off);
                if (to_return == NULL)
                    goto done;
                final_mod = PyDict_GetItemWithError(interp_get()->modules, to_return);
                if (final_mod == NULL && !PyErr_Occurred())
                    PyErr_Format(PyExc_KeyError, "%R not in sys.modules as expected", to_return);
                Py_XINCREF(final_mod);
                Py_DECREF(to_return);
            }
        } else {
            final_mod = Py_NewRef(mod);
        }
    } else {
        PyObject *path;
        if (_PyObject_LookupAttr(mod, _Py_ID(__path__), &path) < 0)
            goto done;
        if (path) {
            Py_DECREF(path);
            if (handle_fromlist(mod, fromlist, 0) < 0)
                goto done;
        }
        final_mod = Py_NewRef(mod);
    }
done:
    Py_XDECREF(mod);
    Py_DECREF(abs_name);
    return final_mod;
}

PyObject *
_KrImport_BuiltinImport(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    PyObject *name, *globals = NULL, *locals = NULL, *fromlist = NULL;
    int level = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OOOi:__import__", kwlist, &name,
                                     &globals, &locals, &fromlist, &level))
        return NULL;
    return PyImport_ImportModuleLevelObject(name, globals, locals, fromlist, level);
}

PyObject *
PyImport_Import(PyObject *module_name)
{
    PyObject *m = PyImport_ImportModuleLevelObject(module_name, NULL, NULL, NULL, 0);
    if (m == NULL)
        return NULL;
    Py_DECREF(m);
    m = PyImport_GetModule(module_name);
    if (m == NULL && !PyErr_Occurred())
        PyErr_SetObject(PyExc_KeyError, module_name);
    return m;
}

PyObject *
PyImport_ImportModule(const char *name)
{
    PyObject *pname = PyUnicode_FromString(name);
    if (pname == NULL)
        return NULL;
    PyObject *result = PyImport_Import(pname);
    Py_DECREF(pname);
    return result;
}

PyObject *
PyImport_ImportModuleAttrString(const char *modname, const char *attrname)
{
    PyObject *mod = PyImport_ImportModule(modname);
    if (mod == NULL)
        return NULL;
    PyObject *result = PyObject_GetAttrString(mod, attrname);
    Py_DECREF(mod);
    return result;
}

/* IMPORT_FROM: `from v import name`.  An attribute of the module, else a
 * submodule already in sys.modules, else CPython's ImportError. */
PyObject *
_KrImport_ImportFrom(PyObject *v, PyObject *name)
{
    PyObject *x;
    if (_PyObject_LookupAttr(v, name, &x) != 0)
        return x;
    PyObject *pkgname = NULL, *fullname = NULL, *pkgpath = NULL, *errmsg = NULL;
    if (_PyObject_LookupAttr(v, _Py_ID(__name__), &pkgname) < 0)
        return NULL;
    if (pkgname != NULL && PyUnicode_Check(pkgname)) {
        fullname = PyUnicode_FromFormat("%U.%U", pkgname, name);
        if (fullname == NULL)
            goto error;
        x = PyImport_GetModule(fullname);
        if (x != NULL) {
            Py_DECREF(fullname);
            Py_DECREF(pkgname);
            return x;
        }
        if (PyErr_Occurred())
            goto error;
    }
    if (pkgname == NULL || !PyUnicode_Check(pkgname)) {
        Py_XSETREF(pkgname, PyUnicode_FromString("<unknown module name>"));
        if (pkgname == NULL)
            goto error;
    }
    if (_PyObject_LookupAttr(v, _Py_ID(__file__), &pkgpath) < 0)
        goto error;
    int initializing = importing && PySet_Contains(importing, pkgname) == 1;
    if (pkgpath == NULL || !PyUnicode_Check(pkgpath)) {
        Py_CLEAR(pkgpath);
        errmsg = PyUnicode_FromFormat(
            initializing ? "cannot import name %R from partially initialized module %R "
                           "(most likely due to a circular import) (unknown location)"
                         : "cannot import name %R from %R (unknown location)",
            name, pkgname);
    } else {
        errmsg = PyUnicode_FromFormat(
            initializing ? "cannot import name %R from partially initialized module %R "
                           "(most likely due to a circular import) (%S)"
                         : "cannot import name %R from %R (%S)",
            name, pkgname, pkgpath);
    }
    if (errmsg != NULL) {
        PyObject *args = PyTuple_Pack(1, errmsg);
        PyObject *kwargs = Py_BuildValue("{s:O,s:O}", "name", pkgname, "path",
                                         pkgpath ? pkgpath : Py_None);
        PyObject *exc = (args && kwargs) ? PyObject_Call(PyExc_ImportError, args, kwargs) : NULL;
        Py_XDECREF(args);
        Py_XDECREF(kwargs);
        if (exc) {
            PyErr_SetObject(PyExc_ImportError, exc);
            Py_DECREF(exc);
        }
    }
error:
    Py_XDECREF(pkgname);
    Py_XDECREF(fullname);
    Py_XDECREF(pkgpath);
    Py_XDECREF(errmsg);
    return NULL;
}

/* ====================================================================
 * `krait -m NAME` without runpy
 *
 * What runpy._run_module_as_main does for source modules: import the
 * parent package (running its __init__), find NAME's file, and run it in
 * the __main__ module's namespace with sys.argv[0] set to the file.  A
 * package runs its NAME.__main__ submodule.  Failures to find the module
 * end the program the way runpy does, with SystemExit("<executable>:
 * <message>"); exceptions from the module's own code propagate.
 * ==================================================================== */

/* SystemExit("<sys.executable>: <msg>"); steals msg.  Always -1. */
static int
run_main_error(PyObject *msg)
{
    if (msg == NULL)
        return -1;
    PyObject *exe = PySys_GetObject("executable");
    PyObject *text = PyUnicode_FromFormat("%S: %U", exe ? exe : Py_None, msg);
    Py_DECREF(msg);
    if (text != NULL) {
        PyErr_SetObject(PyExc_SystemExit, text);
        Py_DECREF(text);
    }
    return -1;
}

/* The pending exception, reworded as runpy's "Error while finding module
 * specification" failure. */
static int
run_main_spec_error(PyObject *name)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return -1;
    if (PyErr_GivenExceptionMatches(exc, PyExc_SystemExit) ||
        PyErr_GivenExceptionMatches(exc, PyExc_KeyboardInterrupt)) {
        PyErr_SetRaisedException(exc);
        return -1;
    }
    PyObject *msg = PyUnicode_FromFormat(
        "Error while finding module specification for %R (%s: %S)", name,
        _PyType_Name(Py_TYPE(exc)), exc);
    Py_DECREF(exc);
    return run_main_error(msg);
}

/* Locate module `name` for running: 1 found (*file, *pkgdir as for
 * locate_in_path, *package its parent package name), -1 error set. */
static int
run_main_locate(PyObject *name, char **file, char **pkgdir, PyObject **package)
{
    PyObject *tail = NULL, *path = NULL;
    int found = -1;
    *package = NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(name);
    Py_ssize_t dot = PyUnicode_FindChar(name, '.', 0, len, -1);
    if (dot == -2)
        return -1;
    if (dot >= 0) {
        *package = PyUnicode_Substring(name, 0, dot);
        tail = PyUnicode_Substring(name, dot + 1, len);
        if (*package == NULL || tail == NULL)
            goto done;
        PyObject *parent = PyImport_Import(*package);
        if (parent == NULL) {
            run_main_spec_error(name);
            goto done;
        }
        int r = _PyObject_LookupAttr(parent, _Py_ID(__path__), &path);
        Py_DECREF(parent);
        if (r == 0)
            PyErr_Format(PyExc_ModuleNotFoundError,
                         "__path__ attribute not found on %R while trying to find %R",
                         *package, name);
        if (r <= 0) {
            run_main_spec_error(name);
            goto done;
        }
    }
    else {
        *package = PyUnicode_FromString("");
        tail = Py_NewRef(name);
        path = PySys_GetObject("path");
        path = path != NULL ? Py_NewRef(path) : PyList_New(0);
        if (*package == NULL || path == NULL)
            goto done;
    }
    found = locate_in_path(tail, path, file, pkgdir);
    if (found == 0) {
        int builtin = 0;
        const char *cname = PyUnicode_AsUTF8(name);
        for (struct _inittab *p = _PyImport_Inittab; dot < 0 && cname && p->name; p++)
            builtin |= strcmp(p->name, cname) == 0;
        run_main_error(PyUnicode_FromFormat(builtin ? "No code object available for %U"
                                                    : "No module named %U", name));
        found = -1;
    }
done:
    if (found < 0)
        Py_CLEAR(*package);
    Py_XDECREF(tail);
    Py_XDECREF(path);
    return found;
}

int
_KrImport_RunModuleAsMain(PyObject *name)
{
    char *file = NULL, *pkgdir = NULL;
    PyObject *package = NULL, *main_name = NULL, *pathobj = NULL, *code = NULL;
    char *source = NULL;
    int result = -1;
    if (run_main_locate(name, &file, &pkgdir, &package) < 0)
        return -1;
    if (pkgdir != NULL) {
        /* a package: import it, then run its __main__ submodule */
        PyMem_Free(file);
        PyMem_Free(pkgdir);
        file = pkgdir = NULL;
        Py_CLEAR(package);
        main_name = PyUnicode_FromFormat("%U.__main__", name);
        if (main_name == NULL)
            return -1;
        if (run_main_locate(main_name, &file, &pkgdir, &package) < 0) {
            PyObject *exc = PyErr_GetRaisedException();
            PyObject *text = NULL;
            if (PyErr_GivenExceptionMatches(exc, PyExc_SystemExit))
                text = PyObject_GetAttrString(exc, "code");
            if (text != NULL && PyUnicode_Check(text)) {
                /* runpy adds why the package itself could not run */
                PyObject *more = PyUnicode_FromFormat(
                    "%U; %R is a package and cannot be directly executed", text, name);
                Py_DECREF(exc);
                if (more != NULL) {
                    PyErr_SetObject(PyExc_SystemExit, more);
                    Py_DECREF(more);
                }
            }
            else {
                PyErr_Clear();
                PyErr_SetRaisedException(exc);
            }
            Py_XDECREF(text);
            goto done;
        }
        if (pkgdir != NULL) {
            run_main_error(PyUnicode_FromFormat(
                "Cannot use package as __main__ module; %R is a package and cannot be "
                "directly executed", name));
            goto done;
        }
    }
    pathobj = PyUnicode_DecodeFSDefault(file);
    if (pathobj == NULL)
        goto done;
    source = read_source(file, pathobj);
    if (source == NULL)
        goto done;
    PyCompilerFlags cf = _PyCompilerFlags_INIT;
    code = Py_CompileStringObject(source, pathobj, Py_file_input, &cf, -1);
    if (code == NULL)
        goto done;
    PyObject *main_mod = PyImport_AddModule("__main__");
    if (main_mod == NULL)
        goto done;
    PyObject *dict = PyModule_GetDict(main_mod);
    PyObject *builtins = interp_get()->builtins_module;
    PyObject *argv = PySys_GetObject("argv");
    if (set_str(dict, "__file__", pathobj) < 0 || set_str(dict, "__cached__", NULL) < 0 ||
        set_str(dict, "__doc__", NULL) < 0 || set_str(dict, "__loader__", NULL) < 0 ||
        set_str(dict, "__spec__", NULL) < 0 || set_str(dict, "__package__", package) < 0 ||
        (builtins != NULL && PyDict_SetItemString(dict, "__builtins__", builtins) < 0))
        goto done;
    if (argv != NULL && PyList_Check(argv) && PyList_GET_SIZE(argv) > 0 &&
        PyList_SetItem(argv, 0, Py_NewRef(pathobj)) < 0)
        goto done;
    PyObject *v = PyEval_EvalCode(code, dict, dict);
    if (v == NULL)
        goto done;
    Py_DECREF(v);
    result = 0;
done:
    PyMem_Free(file);
    PyMem_Free(pkgdir);
    PyMem_Free(source);
    Py_XDECREF(package);
    Py_XDECREF(main_name);
    Py_XDECREF(pathobj);
    Py_XDECREF(code);
    return result;
}

int
_KrImport_Init(void)
{
    PyInterpreterState *interp = interp_get();
    if (interp->modules == NULL) {
        interp->modules = PyDict_New();
        if (interp->modules == NULL)
            return -1;
    }
    if (interp->builtins_module) {
        if (PyDict_SetItemString(interp->modules, "builtins", interp->builtins_module) < 0)
            return -1;
        PyObject *imp = PyDict_GetItemString(PyModule_GetDict(interp->builtins_module),
                                             "__import__");
        if (imp)
            Py_XSETREF(interp->import_func, Py_NewRef(imp));
    }
    if (interp->sysdict) {
        PyObject *sys = PyDict_GetItemString(interp->modules, "sys");
        if (sys == NULL && PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* ====================================================================
 * The _imp module: what importlib's bootstrap asks of the C side.
 *
 * importlib (the stdlib's own Python import system) finds built-in
 * modules through these functions and fixes up code it loads from
 * .pyc files with them.  Krait has no frozen modules and cannot load C
 * extension modules, so the frozen queries answer "no" and the dynamic
 * loaders raise ImportError, which is what importlib expects of an
 * interpreter built that way.
 * ==================================================================== */

/* _imp's import lock, which importlib takes around its own bookkeeping:
 * re-entrant, owned by one thread; others wait for it with the GIL
 * released, on the condition variable of the module owners above. */
void
_KrImport_AcquireLock(void)
{
    PyThreadState *me = _PyThreadState_GET();
    while (import_lock_owner != NULL && import_lock_owner != me)
        sleep_until_release();
    import_lock_owner = me;
    import_lock_depth++;
}

int
_KrImport_ReleaseLock(void)
{
    if (import_lock_depth == 0 || import_lock_owner != _PyThreadState_GET())
        return -1;
    if (--import_lock_depth == 0) {
        import_lock_owner = NULL;
        wake_sleepers();
    }
    return 0;
}

static PyObject *
imp_acquire_lock(PyObject *module, PyObject *unused)
{
    _KrImport_AcquireLock();
    Py_RETURN_NONE;
}

static PyObject *
imp_release_lock(PyObject *module, PyObject *unused)
{
    if (_KrImport_ReleaseLock() < 0) {
        PyErr_SetString(PyExc_RuntimeError, "not holding the import lock");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
imp_lock_held(PyObject *module, PyObject *unused)
{
    return PyBool_FromLong(import_lock_depth > 0);
}

static struct _inittab *
find_inittab(PyObject *name)
{
    const char *cname = PyUnicode_AsUTF8(name);
    if (cname == NULL)
        return NULL;
    for (struct _inittab *p = _PyImport_Inittab; p->name; p++)
        if (strcmp(p->name, cname) == 0)
            return p;
    return NULL;
}

static int
is_core_module(PyObject *name)
{
    return _PyUnicode_EqualToASCIIString(name, "sys") ||
           _PyUnicode_EqualToASCIIString(name, "builtins");
}

static PyObject *
imp_is_builtin(PyObject *module, PyObject *name)
{
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "is_builtin() argument must be str, not %.50s",
                     Py_TYPE(name)->tp_name);
        return NULL;
    }
    /* -1: built in, but may not be initialised again */
    if (is_core_module(name))
        return PyLong_FromLong(-1);
    if (find_inittab(name) != NULL)
        return PyLong_FromLong(1);
    if (PyErr_Occurred())
        return NULL;
    return PyLong_FromLong(0);
}

static PyObject *
imp_create_builtin(PyObject *module, PyObject *spec)
{
    PyObject *name = PyObject_GetAttrString(spec, "name");
    if (name == NULL)
        return NULL;
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "name must be string, not %.200s",
                     Py_TYPE(name)->tp_name);
        Py_DECREF(name);
        return NULL;
    }
    PyObject *mod = PyDict_GetItemWithError(interp_get()->modules, name);
    if (mod != NULL && (is_core_module(name) || PyModule_Check(mod))) {
        Py_DECREF(name);
        return Py_NewRef(mod);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(name);
        return NULL;
    }
    if (is_core_module(name)) {
        Py_DECREF(name);
        PyErr_SetString(PyExc_ImportError, "cannot re-initialise a core module");
        return NULL;
    }
    struct _inittab *p = find_inittab(name);
    if (p == NULL || p->initfunc == NULL) {
        /* CPython creates an empty module when the name is not built in */
        if (PyErr_Occurred()) {
            Py_DECREF(name);
            return NULL;
        }
        mod = PyModule_NewObject(name);
        Py_DECREF(name);
        return mod;
    }
    mod = load_builtin(name);
    Py_DECREF(name);
    return mod;
}

static PyObject *
imp_exec_builtin(PyObject *module, PyObject *mod)
{
    return PyLong_FromLong(0);
}

static PyObject *
imp_is_frozen(PyObject *module, PyObject *name)
{
    Py_RETURN_FALSE;
}

static PyObject *
imp_find_frozen(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", "withdata", NULL};
    static _PyArg_Parser parser = {"U|$p:find_frozen", kwlist, 0};
    PyObject *name;
    int withdata = 0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &name, &withdata))
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
imp_no_frozen(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1) {
        PyErr_SetString(PyExc_TypeError, "function takes at least 1 argument");
        return NULL;
    }
    PyErr_Format(PyExc_ImportError, "No such frozen object named %R", args[0]);
    return NULL;
}

static PyObject *
imp_frozen_module_names(PyObject *module, PyObject *unused)
{
    return PyTuple_New(0);
}

static PyObject *
imp_override_frozen(PyObject *module, PyObject *override)
{
    Py_RETURN_NONE;
}

static PyObject *
imp_extension_suffixes(PyObject *module, PyObject *unused)
{
    return PyList_New(0);
}

static PyObject *
imp_create_dynamic(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("create_dynamic", nargs, 1, 2))
        return NULL;
    PyObject *name = PyObject_GetAttrString(args[0], "name");
    if (name == NULL)
        return NULL;
    PyErr_Format(PyExc_ImportError, "Krait cannot load C extension modules (%U)", name);
    Py_DECREF(name);
    return NULL;
}

static PyObject *
imp_exec_dynamic(PyObject *module, PyObject *mod)
{
    return PyLong_FromLong(0);
}

/* Give `co` and every code object inside it the file name `path`. */
static int
fix_co_filename(PyCodeObject *co, PyObject *oldname, PyObject *path)
{
    if (PyUnicode_Compare(co->co_filename, oldname) != 0)
        return PyErr_Occurred() ? -1 : 0;
    Py_SETREF(co->co_filename, Py_NewRef(path));
    PyObject *consts = co->co_consts;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(consts); i++) {
        PyObject *c = PyTuple_GET_ITEM(consts, i);
        if (PyCode_Check(c) && fix_co_filename((PyCodeObject *)c, oldname, path) < 0)
            return -1;
    }
    return 0;
}

static PyObject *
imp_fix_co_filename(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_fix_co_filename", nargs, 2, 2))
        return NULL;
    if (!PyCode_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "_fix_co_filename() argument 1 must be code, not %.50s",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    if (!PyUnicode_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "_fix_co_filename() argument 2 must be str, not %.50s",
                     Py_TYPE(args[1])->tp_name);
        return NULL;
    }
    PyCodeObject *co = (PyCodeObject *)args[0];
    int cmp = PyUnicode_Compare(co->co_filename, args[1]);
    if (cmp == -1 && PyErr_Occurred())
        return NULL;
    if (cmp != 0) {
        PyObject *old = Py_NewRef(co->co_filename);
        int r = fix_co_filename(co, old, args[1]);
        Py_DECREF(old);
        if (r < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
imp_source_hash(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"key", "source", NULL};
    static _PyArg_Parser parser = {"ly*:source_hash", kwlist, 0};
    long key;
    Py_buffer source;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &key, &source))
        return NULL;
    union { uint64_t x; char data[8]; } hash;
    hash.x = _Py_KeyedHash((uint64_t)key, source.buf, source.len);
    PyBuffer_Release(&source);
    return PyBytes_FromStringAndSize(hash.data, sizeof(hash.data));
}

static PyMethodDef imp_methods[] = {
    {"acquire_lock", imp_acquire_lock, METH_NOARGS,
     "acquire_lock($module, /)\n--\n\nAcquires the interpreter's import lock for the current thread."},
    {"release_lock", imp_release_lock, METH_NOARGS,
     "release_lock($module, /)\n--\n\nRelease the interpreter's import lock."},
    {"lock_held", imp_lock_held, METH_NOARGS,
     "lock_held($module, /)\n--\n\nReturn True if the import lock is currently held, else False."},
    {"is_builtin", imp_is_builtin, METH_O,
     "is_builtin($module, name, /)\n--\n\nReturns True if the module name corresponds to a built-in module."},
    {"create_builtin", imp_create_builtin, METH_O,
     "create_builtin($module, spec, /)\n--\n\nCreate an extension module."},
    {"exec_builtin", imp_exec_builtin, METH_O,
     "exec_builtin($module, mod, /)\n--\n\nInitialize a built-in module."},
    {"is_frozen", imp_is_frozen, METH_O,
     "is_frozen($module, name, /)\n--\n\nReturns True if the module name corresponds to a frozen module."},
    {"find_frozen", (PyCFunction)(void (*)(void))imp_find_frozen, METH_FASTCALL | METH_KEYWORDS,
     "find_frozen($module, name, /, *, withdata=False)\n--\n\nReturn info about the corresponding frozen module (if there is one) or None."},
    {"get_frozen_object", (PyCFunction)(void (*)(void))imp_no_frozen, METH_FASTCALL,
     "get_frozen_object($module, name, data=None, /)\n--\n\nCreate a code object for a frozen module."},
    {"init_frozen", (PyCFunction)(void (*)(void))imp_no_frozen, METH_FASTCALL,
     "init_frozen($module, name, /)\n--\n\nInitializes a frozen module."},
    {"is_frozen_package", (PyCFunction)(void (*)(void))imp_no_frozen, METH_FASTCALL,
     "is_frozen_package($module, name, /)\n--\n\nReturns True if the module name is of a frozen package."},
    {"_frozen_module_names", imp_frozen_module_names, METH_NOARGS,
     "_frozen_module_names($module, /)\n--\n\nReturns the list of available frozen modules."},
    {"_override_frozen_modules_for_tests", imp_override_frozen, METH_O,
     "_override_frozen_modules_for_tests($module, override, /)\n--\n\n(internal-only) Override PyConfig.use_frozen_modules."},
    {"extension_suffixes", imp_extension_suffixes, METH_NOARGS,
     "extension_suffixes($module, /)\n--\n\nReturns the list of file suffixes used to identify extension modules."},
    {"create_dynamic", (PyCFunction)(void (*)(void))imp_create_dynamic, METH_FASTCALL,
     "create_dynamic($module, spec, file=<unrepresentable>, /)\n--\n\nCreate an extension module."},
    {"exec_dynamic", imp_exec_dynamic, METH_O,
     "exec_dynamic($module, mod, /)\n--\n\nInitialize an extension module."},
    {"_fix_co_filename", (PyCFunction)(void (*)(void))imp_fix_co_filename, METH_FASTCALL,
     "_fix_co_filename($module, code, path, /)\n--\n\nChanges code.co_filename to specify the passed-in file path."},
    {"source_hash", (PyCFunction)(void (*)(void))imp_source_hash, METH_FASTCALL | METH_KEYWORDS,
     "source_hash($module, /, key, source)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef imp_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_imp",
    .m_doc = "(Extremely) low-level import machinery bits as used by importlib.",
    .m_size = -1,
    .m_methods = imp_methods,
};

PyObject *
PyInit__imp(void)
{
    PyObject *m = PyModule_Create(&imp_module);
    if (m == NULL)
        return NULL;
    PyObject *mode = PyUnicode_FromString("default");
    if (mode == NULL || PyModule_AddObjectRef(m, "check_hash_based_pycs", mode) < 0) {
        Py_XDECREF(mode);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(mode);
    return m;
}
