/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit__collections(void);
PyObject *PyInit_array(void);
PyObject *PyInit_atexit(void);
PyObject *PyInit_errno(void);
PyObject *PyInit_posix(void);
PyObject *PyInit__stat(void);
PyObject *PyInit__signal(void);
PyObject *PyInit_gc(void);
PyObject *PyInit__bisect(void);
PyObject *PyInit__blake2(void);
PyObject *PyInit__heapq(void);
PyObject *PyInit__md5(void);
PyObject *PyInit__random(void);
PyObject *PyInit__sha1(void);
PyObject *PyInit__sha256(void);
PyObject *PyInit__sha3(void);
PyObject *PyInit__sha512(void);
PyObject *PyInit__thread(void);
PyObject *PyInit_itertools(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);
PyObject *PyInit__imp(void);
PyObject *PyInit__contextvars(void);
PyObject *PyInit__warnings(void);

struct _inittab _PyImport_Inittab[] = {
    {"_imp", PyInit__imp},
    {"_collections", PyInit__collections},
    {"_contextvars", PyInit__contextvars},
    {"_warnings", PyInit__warnings},
    {"_signal", PyInit__signal},
    {"_stat", PyInit__stat},
    {"_bisect", PyInit__bisect},
    {"_blake2", PyInit__blake2},
    {"_heapq", PyInit__heapq},
    {"_io", PyInit__io},
    {"_md5", PyInit__md5},
    {"_random", PyInit__random},
    {"_sha1", PyInit__sha1},
    {"_sha256", PyInit__sha256},
    {"_sha3", PyInit__sha3},
    {"_sha512", PyInit__sha512},
    {"_thread", PyInit__thread},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"atexit", PyInit_atexit},
    {"errno", PyInit_errno},
    {"gc", PyInit_gc},
    {"itertools", PyInit_itertools},
    {"math", PyInit_math},
    {"posix", PyInit_posix},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
