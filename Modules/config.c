/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit_array(void);
PyObject *PyInit_gc(void);
PyObject *PyInit__sre(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);

struct _inittab _PyImport_Inittab[] = {
    {"_io", PyInit__io},
    {"_sre", PyInit__sre},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"gc", PyInit_gc},
    {"math", PyInit_math},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
