/* The krait command: CPython's command line.
 *
 *   krait [option] ... [-c cmd | -m mod | file | -] [arg] ...
 *
 * Options are read until the first of -c, -m, a file name or '-', exactly
 * as CPython does; everything after that belongs to sys.argv.  Exit status:
 * 0, 1 after an uncaught exception (its traceback on stderr), SystemExit's
 * code, 2 for a usage error, 120 when flushing stdout fails at exit, and
 * death by SIGINT after an uncaught KeyboardInterrupt (so the shell sees
 * 130), as CPython.
 *
 * -O counts: each O in the options adds a level, PYTHONOPTIMIZE can only
 * raise it, and the result is sys.flags.optimize and the level compile()
 * uses by default (docs/internals/imports.md).
 *
 * Krait's own -X options: `-X dump-ast` prints ast.dump() of the file
 * instead of running it (the parser tests use it).  -X faulthandler and
 * PYTHONFAULTHANDLER enable Modules/faulthandler.c before the program. */
#include "Python.h"
#include "kr_compile.h"
#include "kr_runtime.h"
#include <signal.h>
#include <unistd.h>

char *_KrRead_AllFile(FILE *fp, size_t *size_out);
int _KrRepl_Run(int show_banner);

static const char usage_line[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char usage_text[] =
    "Options and arguments:\n"
    "-B     : don't write .pyc files on import\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-I     : isolate Python from the user's environment (implies -E and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-OO    : do -O changes and also discard docstrings\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : warning control\n"
    "-X opt : set implementation-specific option (krait: dump-ast, pycache_prefix=DIR)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

struct options {
    const char *command;   /* -c */
    const char *module;    /* -m */
    const char *filename;  /* script, or NULL for stdin */
    int optimize;
    int unbuffered;
    int isolated;
    int ignore_env;
    int dont_write_bytecode;
    int no_site;           /* -S */
    int no_user_site;      /* -s (and -I) */
    int safe_path;         /* -P (and -I): no script directory in sys.path */
    const char *pycache_prefix; /* -X pycache_prefix=DIR */
    int dump_ast;
    const char *int_max_str_digits; /* -X int_max_str_digits=N: the N */
    int inspect;
    int quiet;
    int first_arg;         /* index in argv of sys.argv[0]'s source */
    const char *wopts[64]; /* -W values, in order (sys.warnoptions) */
    int nwopts;
    const char *xopts[64]; /* -X values, in order (sys._xoptions) */
    int nxopts;
};

static void usage(int status, const char *prog)
{
    FILE *f = status ? stderr : stdout;
    fprintf(f, usage_line, prog);
    if (status)
        fprintf(f, "Try `%s -h' for more information.\n", prog);
    else
        fputs(usage_text, f);
    exit(status);
}

static void parse_args(int argc, char **argv, struct options *o)
{
    memset(o, 0, sizeof(*o));
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python %s\n", PY_VERSION);
            exit(0);
        }
        if (strcmp(a, "--help") == 0)
            usage(0, argv[0]);
        if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\n", a);
            usage(2, argv[0]);
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (val == NULL) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    usage(2, argv[0]);
                }
                if (*p == 'c')
                    o->command = val;
                else
                    o->module = val;
                o->first_arg = i;
                return;
            }
            case 'X':
            case 'W': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (val == NULL) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    usage(2, argv[0]);
                }
                if (*p == 'W' && o->nwopts < 64)
                    o->wopts[o->nwopts++] = val;
                if (*p == 'X' && o->nxopts < 64)
                    o->xopts[o->nxopts++] = val;
                if (*p == 'X' && strcmp(val, "dump-ast") == 0)
                    o->dump_ast = 1;
                else if (*p == 'X' && strncmp(val, "pycache_prefix=", 15) == 0)
                    o->pycache_prefix = val + 15;
                else if (*p == 'X' && strncmp(val, "int_max_str_digits", 18) == 0 &&
                         (val[18] == '\0' || val[18] == '=') && o->int_max_str_digits == NULL)
                    o->int_max_str_digits = val[18] ? val + 19 : "-"; /* no value: invalid */
                goto next_arg;
            }
            case 'O': o->optimize++; break;
            case 'u': o->unbuffered = 1; break;
            case 'B': o->dont_write_bytecode = 1; break;
            case 'E': o->ignore_env = 1; break;
            case 'I':
                o->isolated = o->ignore_env = o->no_user_site = o->safe_path = 1;
                break;
            case 'i': o->inspect = 1; break;
            case 'q': o->quiet = 1; break;
            case 's': o->no_user_site = 1; break;
            case 'S': o->no_site = 1; break;
            case 'P': o->safe_path = 1; break;
            case 'b': case 'd': case 'v': case 'x': case 'R': break;
            case 'V':
                printf("Python %s\n", PY_VERSION);
                exit(0);
            case 'h': case '?':
                usage(0, argv[0]);
                break;
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                usage(2, argv[0]);
            }
        }
    next_arg:;
    }
    if (i < argc && strcmp(argv[i], "-") != 0)
        o->filename = argv[i];
    o->first_arg = i < argc ? i : -1;
}

/* sys.argv, and sys.path[0]: the script's directory, '' for -c/-m/stdin. */
/* sys.warnoptions: PYTHONWARNINGS (comma-separated, unless -E) then each
 * -W, as CPython orders them; sys._xoptions: -X name[=value]. */
static int append_warnoption(PyObject *list, const char *s, size_t n)
{
    while (n > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return 0;
    PyObject *v = PyUnicode_DecodeFSDefaultAndSize(s, (Py_ssize_t)n);
    if (v == NULL)
        return -1;
    int r = PyList_Append(list, v);
    Py_DECREF(v);
    return r;
}

static int setup_options(const struct options *o)
{
    PyObject *wl = PySys_GetObject("warnoptions");
    PyObject *xd = PySys_GetObject("_xoptions");
    if (wl == NULL || !PyList_Check(wl) || xd == NULL || !PyDict_Check(xd))
        return 0;
    /* development mode shows every warning once per place, below any
     * option the user gave */
    if (_Kr_DevMode && append_warnoption(wl, "default", 7) < 0)
        return -1;
    const char *env = o->ignore_env ? NULL : getenv("PYTHONWARNINGS");
    if (env != NULL) {
        for (const char *p = env;;) {
            const char *comma = strchr(p, ',');
            size_t n = comma ? (size_t)(comma - p) : strlen(p);
            if (append_warnoption(wl, p, n) < 0)
                return -1;
            if (comma == NULL)
                break;
            p = comma + 1;
        }
    }
    for (int i = 0; i < o->nwopts; i++)
        if (append_warnoption(wl, o->wopts[i], strlen(o->wopts[i])) < 0)
            return -1;
    for (int i = 0; i < o->nxopts; i++) {
        const char *x = o->xopts[i], *eq = strchr(x, '=');
        PyObject *k = eq ? PyUnicode_DecodeFSDefaultAndSize(x, eq - x) : PyUnicode_DecodeFSDefault(x);
        PyObject *v = eq ? PyUnicode_DecodeFSDefault(eq + 1) : Py_NewRef(Py_True);
        int r = (k && v) ? PyDict_SetItem(xd, k, v) : -1;
        Py_XDECREF(k);
        Py_XDECREF(v);
        if (r < 0)
            return -1;
    }
    /* The options take effect through warnings.py, which reads
     * sys.warnoptions when imported: import it now, as CPython does. */
    if (PyList_GET_SIZE(wl) > 0) {
        PyObject *w = PyImport_ImportModule("warnings");
        if (w == NULL)
            return -1;
        Py_DECREF(w);
    }
    return 0;
}

static int setup_sys(int argc, char **argv, struct options *o)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return -1;
    if (o->first_arg < 0) {
        PyObject *s = PyUnicode_FromString("");
        if (s == NULL || PyList_Append(list, s) < 0)
            return -1;
        Py_DECREF(s);
    }
    else {
        for (int i = o->first_arg; i < argc; i++) {
            PyObject *s;
            if (i == o->first_arg && o->command)
                s = PyUnicode_FromString("-c");
            else if (i == o->first_arg && o->module)
                s = PyUnicode_FromString("-m");
            else
                s = PyUnicode_DecodeFSDefault(argv[i]);
            if (s == NULL || PyList_Append(list, s) < 0)
                return -1;
            Py_DECREF(s);
        }
    }
    if (PySys_SetObject("argv", list) < 0)
        return -1;
    Py_DECREF(list);
    /* sys.orig_argv: the command line exactly as the process got it */
    list = PyList_New(argc);
    if (list == NULL)
        return -1;
    for (int i = 0; i < argc; i++) {
        PyObject *s = PyUnicode_DecodeFSDefault(argv[i]);
        if (s == NULL) {
            Py_DECREF(list);
            return -1;
        }
        PyList_SET_ITEM(list, i, s);
    }
    if (PySys_SetObject("orig_argv", list) < 0)
        return -1;
    Py_DECREF(list);
    if (!o->ignore_env && _KrIO_ConfigureStdio(getenv("PYTHONIOENCODING")) < 0)
        return -1;
    if (setup_options(o) < 0)
        return -1;
    /* site runs before the script's directory joins sys.path, as in
     * CPython: sitecustomize and .pth files see the path without it */
    if (!o->no_site) {
        PyObject *site = PyImport_ImportModule("site");
        if (site == NULL)
            return -1;
        Py_DECREF(site);
    }

    PyObject *path = PySys_GetObject("path");
    if (o->safe_path || path == NULL || !PyList_Check(path))
        return 0;
    PyObject *dir;
    if (o->filename) {
        char resolved[4096];
        const char *slash = strrchr(o->filename, '/');
        if (realpath(o->filename, resolved) != NULL) {
            char *rs = strrchr(resolved, '/');
            if (rs)
                *rs = '\0';
            dir = PyUnicode_DecodeFSDefault(resolved[0] ? resolved : "/");
        }
        else if (slash) {
            dir = PyUnicode_DecodeFSDefaultAndSize(o->filename, slash - o->filename);
        }
        else {
            dir = PyUnicode_FromString("");
        }
    }
    else if (o->module) {
        /* -m searches from the current directory, named absolutely */
        char cwd[4096];
        dir = getcwd(cwd, sizeof(cwd)) ? PyUnicode_DecodeFSDefault(cwd) : PyUnicode_FromString("");
    }
    else {
        dir = PyUnicode_FromString("");
    }
    if (dir == NULL)
        return -1;
    int r = PyList_Insert(path, 0, dir);
    Py_DECREF(dir);
    return r;
}

/* cwd + "/" + path when path is relative, without normalising "..":
 * what CPython does to the script name. malloc'ed. */
static char *absolute_path(const char *path)
{
    if (path[0] == '/')
        return strdup(path);
    char cwd[4096];
    if (getcwd(cwd, sizeof(cwd)) == NULL)
        return NULL;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (r)
        snprintf(r, n, "%s/%s", cwd, path);
    return r;
}

/* A PYTHON* variable that is set and not empty, unless -E or -I. */
static const char *env_option(const struct options *o, const char *name)
{
    const char *v = o->ignore_env ? NULL : getenv(name);
    return v && *v ? v : NULL;
}

/* A level-like variable (PYTHONOPTIMIZE): a non-negative integer is the
 * level, any other text means 1; it only ever raises what the command
 * line gave, so `-O` with PYTHONOPTIMIZE=2 is 2 and `-OO` with
 * PYTHONOPTIMIZE=1 stays 2, as CPython has it. */
static void env_level(const struct options *o, const char *name, int *level)
{
    const char *v = env_option(o, name);
    if (v == NULL)
        return;
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno != 0 || end == v || *end != '\0' || n < 0 || n > INT_MAX)
        n = 1;
    if (*level < n)
        *level = (int)n;
}

/* What sys.flags will show and start-up will do (kr_runtime.h). */
static void config_from_options(struct options *o)
{
    env_level(o, "PYTHONOPTIMIZE", &o->optimize);
    if (env_option(o, "PYTHONDONTWRITEBYTECODE"))
        o->dont_write_bytecode = 1;
    if (env_option(o, "PYTHONNOUSERSITE"))
        o->no_user_site = 1;
    if (env_option(o, "PYTHONSAFEPATH"))
        o->safe_path = 1;
    if (o->pycache_prefix == NULL)
        o->pycache_prefix = env_option(o, "PYTHONPYCACHEPREFIX");
    _Kr_Config.inspect = o->inspect;
    _Kr_Config.optimize = o->optimize;
    _Kr_Config.quiet = o->quiet;
    _Kr_Config.dont_write_bytecode = o->dont_write_bytecode;
    _Kr_Config.no_user_site = o->no_user_site;
    _Kr_Config.no_site = o->no_site;
    _Kr_Config.ignore_environment = o->ignore_env;
    _Kr_Config.isolated = o->isolated;
    _Kr_Config.safe_path = o->safe_path;
    _Kr_Config.pycache_prefix = o->pycache_prefix;
}

/* Print the pending exception (or take SystemExit's status); returns the
 * process exit status. */
static int handle_error(void)
{
    int exitcode;
    if (_Py_HandleSystemExit(&exitcode))
        return exitcode;
    int interrupted = PyErr_ExceptionMatches(PyExc_KeyboardInterrupt);
    PyErr_Print();
    if (interrupted) {
        Py_FinalizeEx();
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return 1;
}

static int dump_ast(const char *filename)
{
    FILE *fp = fopen(filename, "rb");
    if (fp == NULL) {
        fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", filename, errno, strerror(errno));
        return 2;
    }
    size_t size;
    char *src = _KrRead_AllFile(fp, &size);
    fclose(fp);
    if (src == NULL)
        return 1;
    PyObject *fn = PyUnicode_DecodeFSDefault(filename);
    PyArena *arena = _PyArena_New();
    PyCompilerFlags flags = _PyCompilerFlags_INIT;
    int status = 1;
    if (fn && arena) {
        mod_ty mod = _PyParser_ASTFromString(src, fn, Py_file_input, &flags, arena);
        PyObject *s = mod ? _KrAST_Dump(mod) : NULL;
        if (s) {
            const char *u = PyUnicode_AsUTF8(s);
            if (u) {
                printf("%s\n", u);
                status = 0;
            }
            Py_DECREF(s);
        }
    }
    if (status)
        status = handle_error();
    if (arena)
        _PyArena_Free(arena);
    Py_XDECREF(fn);
    PyMem_RawFree(src);
    return status;
}

static int run_module(const char *name)
{
    PyObject *runpy = PyImport_ImportModule("runpy");
    if (runpy == NULL) {
        /* runpy needs more of the standard library than Krait has yet:
         * find and run the module with the import system's own search */
        PyErr_Clear();
        PyObject *modname = PyUnicode_FromString(name);
        if (modname == NULL)
            return handle_error();
        int r = _KrImport_RunModuleAsMain(modname);
        Py_DECREF(modname);
        return r < 0 ? handle_error() : 0;
    }
    /* runpy runs the module in the existing __main__'s namespace, which
     * CPython creates at start-up */
    if (PyImport_AddModule("__main__") == NULL) {
        Py_DECREF(runpy);
        return handle_error();
    }
    PyObject *r = PyObject_CallMethod(runpy, "_run_module_as_main", "(si)", name, 1);
    Py_DECREF(runpy);
    if (r == NULL)
        return handle_error();
    Py_DECREF(r);
    return 0;
}

/* -X faulthandler (with any value, as CPython), a non-empty
 * PYTHONFAULTHANDLER, or development mode: faulthandler.enable() before
 * the program runs. */
static int enable_faulthandler(const struct options *o)
{
    int wanted = _Kr_DevMode;
    for (int i = 0; i < o->nxopts; i++)
        if (strncmp(o->xopts[i], "faulthandler", 12) == 0 &&
            (o->xopts[i][12] == '\0' || o->xopts[i][12] == '='))
            wanted = 1;
    const char *env = o->ignore_env ? NULL : getenv("PYTHONFAULTHANDLER");
    if (env != NULL && *env)
        wanted = 1;
    if (!wanted)
        return 0;
    PyObject *mod = PyImport_ImportModule("faulthandler");
    PyObject *r = mod ? PyObject_CallMethod(mod, "enable", NULL) : NULL;
    Py_XDECREF(mod);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

int Py_Main(int argc, char **argv)
{
    struct options o;
    parse_args(argc, argv, &o);
    if (o.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    _KrSys_ConfigIntMaxStrDigits(o.int_max_str_digits, o.ignore_env);
    config_from_options(&o);
    for (int i = 0; i < o.nxopts; i++)
        if (strcmp(o.xopts[i], "dev") == 0)
            _Kr_DevMode = 1;
    const char *devenv = o.ignore_env ? NULL : getenv("PYTHONDEVMODE");
    if (devenv != NULL && *devenv)
        _Kr_DevMode = 1;
    for (int i = 0; i < o.nxopts; i++)
        if (strcmp(o.xopts[i], "warn_default_encoding") == 0)
            _Kr_WarnDefaultEncoding = 1;
    const char *wdeenv = o.ignore_env ? NULL : getenv("PYTHONWARNDEFAULTENCODING");
    if (wdeenv != NULL && *wdeenv)
        _Kr_WarnDefaultEncoding = 1;
    Py_Initialize();
    if (setup_sys(argc, argv, &o) < 0 || enable_faulthandler(&o) < 0)
        return handle_error();

    int status = 0;
    if (o.dump_ast) {
        if (o.filename == NULL) {
            fprintf(stderr, "krait: -X dump-ast needs a file\n");
            return 2;
        }
        status = dump_ast(o.filename);
    }
    else if (o.command) {
        /* CPython runs -c source with a trailing newline appended */
        size_t n = strlen(o.command);
        char *src = PyMem_RawMalloc(n + 2);
        memcpy(src, o.command, n);
        src[n] = '\n';
        src[n + 1] = '\0';
        /* -c source is text already decoded, as CPython treats it: no
         * coding cookie, and error offsets count characters */
        PyCompilerFlags cf = _PyCompilerFlags_INIT;
        cf.cf_flags = PyCF_IGNORE_COOKIE | PyCF_SOURCE_IS_UTF8;
        if (PyRun_SimpleStringFlags(src, &cf) < 0)
            status = handle_error();
        PyMem_RawFree(src);
    }
    else if (o.module) {
        status = run_module(o.module);
    }
    else if (o.filename == NULL && (o.inspect || isatty(fileno(stdin)))) {
        status = _KrRepl_Run(!o.quiet);
        o.inspect = 0;
    }
    else {
        FILE *fp = stdin;
        const char *name = "<stdin>";
        char *absname = NULL;
        if (o.filename) {
            fp = fopen(o.filename, "rb");
            if (fp == NULL) {
                char *abs = absolute_path(o.filename);
                fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0],
                        abs ? abs : o.filename, errno, strerror(errno));
                free(abs);
                return 2;
            }
            /* like CPython, the script is known by its absolute path
             * (co_filename, __file__), though sys.argv[0] stays as typed */
            absname = absolute_path(o.filename);
            name = absname ? absname : o.filename;
        }
        if (PyRun_SimpleFileExFlags(fp, name, fp != stdin, NULL) < 0)
            status = handle_error();
        free(absname);
    }
    /* -i: the prompt after the program, unless it exited through SystemExit */
    if (o.inspect)
        status = _KrRepl_Run(0);
    if (Py_FinalizeEx() < 0 && status == 0)
        status = 120;
    return status;
}

int main(int argc, char **argv)
{
    return Py_Main(argc, argv);
}
