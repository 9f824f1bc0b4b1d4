/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit__collections(void);
PyObject *PyInit_array(void);
PyObject *PyInit_errno(void);
PyObject *PyInit_posix(void);
PyObject *PyInit__stat(void);
PyObject *PyInit_gc(void);
PyObject *PyInit_itertools(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);
PyObject *PyInit__imp(void);
PyObject *PyInit__warnings(void);

struct _inittab _PyImport_Inittab[] = {
    {"_imp", PyInit__imp},
    {"_collections", PyInit__collections},
    {"_io", PyInit__io},
    {"_warnings", PyInit__warnings},
    {"_stat", PyInit__stat},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"errno", PyInit_errno},
    {"gc", PyInit_gc},
    {"itertools", PyInit_itertools},
    {"math", PyInit_math},
    {"posix", PyInit_posix},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
