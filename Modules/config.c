/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit__collections(void);
PyObject *PyInit__functools(void);
PyObject *PyInit__operator(void);
PyObject *PyInit__string(void);
PyObject *PyInit_array(void);
PyObject *PyInit_gc(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);

struct _inittab _PyImport_Inittab[] = {
    {"_collections", PyInit__collections},
    {"_functools", PyInit__functools},
    {"_io", PyInit__io},
    {"_operator", PyInit__operator},
    {"_string", PyInit__string},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"gc", PyInit_gc},
    {"math", PyInit_math},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
