/* Internals shared between the runtime files of the "runtime" subsystem:
 * exceptions, errors, builtins, sys, import, time and basic file I/O. */
#ifndef KR_RUNTIME_H
#define KR_RUNTIME_H
#include "Python.h"
#include "structseq.h"

/* Objects/exceptions.c */
int _KrExceptions_AddToBuiltins(PyObject *bdict);
PyObject *_KrOSError_TypeForErrno(int code); /* borrowed; NULL when none */
/* RuntimeWarning for a coroutine collected before it ran, with the
 * note about allocation tracing that CPython adds for such objects */
int _KrErr_WarnUnawaitedCoroutine(PyObject *coro, PyObject *qualname);
/* The default unraisable-exception report (sys.__unraisablehook__). */
void _KrErr_PrintUnraisable(PyObject *exc, PyObject *err_msg, PyObject *obj);

/* Modules/fileio.c: the file objects behind open() and sys.std*. */
PyObject *_KrIO_Open(PyObject *file, const char *mode, int buffering, const char *encoding,
                     const char *errors, const char *newline, int closefd);
/* the same with open()'s opener argument (None: open(2) itself) */
PyObject *_KrIO_OpenEx(PyObject *file, const char *mode, int buffering, const char *encoding,
                       const char *errors, const char *newline, int closefd, PyObject *opener);
PyObject *_KrIO_StdStream(int fd, const char *name, const char *mode); /* sys.stdin/out/err */
int _KrIO_ConfigureStdio(const char *pythonioencoding); /* PYTHONIOENCODING */
int _KrIO_FlushStdStreams(void); /* at exit: flush sys.stdout and sys.stderr */
int _KrIO_WriteText(PyObject *file, PyObject *text); /* print's fast path; -2: not ours */
PyObject *PyInit__io(void);


/* Objects/namespaceobject.c: types.SimpleNamespace */
extern PyTypeObject _PyNamespace_Type;
PyObject *_PyNamespace_New(PyObject *kwds);

/* Python/runtime/import.c */
PyObject *_KrImport_BuiltinImport(PyObject *self, PyObject *args, PyObject *kwds); /* builtins.__import__ */
/* IMPORT_FROM: attribute, else submodule in sys.modules, else CPython's ImportError */
PyObject *_KrImport_ImportFrom(PyObject *module, PyObject *name);
/* `-m NAME` without runpy: run NAME's source file as __main__; 0, or -1
 * with an exception set (SystemExit with runpy's message when not found) */
int _KrImport_RunModuleAsMain(PyObject *name);

/* Python/sysmodule.c */
int _KrSys_SetArgv(int argc, char **argv, const char *script); /* sys.argv, sys.path[0] */
int _KrSys_GetIntMaxStrDigits(void); /* sys.get_int_max_str_digits(); 0: no limit */
/* Before Py_Initialize: the limit from -X int_max_str_digits=N (xoption,
 * NULL if not given) or else PYTHONINTMAXSTRDIGITS; a bad value is fatal. */
void _KrSys_ConfigIntMaxStrDigits(const char *xoption, int ignore_env);
/* Development mode (-X dev, PYTHONDEVMODE): sys.flags.dev_mode, the
 * "default" warning filter, and codec arguments checked even when unused. */
extern int _Kr_DevMode;
/* sys.implementation.cache_tag: __pycache__/NAME.krait-311.pyc */
#define KR_CACHE_TAG "krait-311"
/* -X warn_default_encoding / PYTHONWARNDEFAULTENCODING: open() and
 * TextIOWrapper without an encoding give EncodingWarning (PEP 597). */
extern int _Kr_WarnDefaultEncoding;
/* The start-up options sys shows (sys.flags, sys.dont_write_bytecode,
 * sys.pycache_prefix) and start-up obeys (importing site).  The command
 * line fills it, environment variables included, before Py_Initialize;
 * all zero (the defaults) for a program that embeds the runtime. */
typedef struct {
    int inspect;             /* -i */
    int quiet;               /* -q */
    int optimize;            /* -O (counted), PYTHONOPTIMIZE */
    int dont_write_bytecode; /* -B, PYTHONDONTWRITEBYTECODE */
    int no_user_site;        /* -s, -I, PYTHONNOUSERSITE */
    int no_site;             /* -S */
    int ignore_environment;  /* -E, -I */
    int isolated;            /* -I */
    int safe_path;           /* -P, -I, PYTHONSAFEPATH */
    const char *pycache_prefix; /* -X pycache_prefix=DIR, PYTHONPYCACHEPREFIX */
} _KrStartupConfig;
extern _KrStartupConfig _Kr_Config;

/* Modules/timemodule.c */
PyObject *PyInit_time(void);
PyObject *PyInit_math(void);
#endif
