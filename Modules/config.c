/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit_array(void);
PyObject *PyInit_gc(void);
PyObject *PyInit__bisect(void);
PyObject *PyInit__heapq(void);
PyObject *PyInit__md5(void);
PyObject *PyInit__random(void);
PyObject *PyInit__sha1(void);
PyObject *PyInit__sha256(void);
PyObject *PyInit__sha512(void);
PyObject *PyInit__thread(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);

struct _inittab _PyImport_Inittab[] = {
    {"_bisect", PyInit__bisect},
    {"_heapq", PyInit__heapq},
    {"_io", PyInit__io},
    {"_md5", PyInit__md5},
    {"_random", PyInit__random},
    {"_sha1", PyInit__sha1},
    {"_sha256", PyInit__sha256},
    {"_sha512", PyInit__sha512},
    {"_thread", PyInit__thread},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"gc", PyInit_gc},
    {"math", PyInit_math},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
