/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit__ast(void);
PyObject *PyInit__opcode(void);
PyObject *PyInit_array(void);
PyObject *PyInit_gc(void);
PyObject *PyInit_marshal(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);

struct _inittab _PyImport_Inittab[] = {
    {"_ast", PyInit__ast},
    {"_io", PyInit__io},
    {"_opcode", PyInit__opcode},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"gc", PyInit_gc},
    {"marshal", PyInit_marshal},
    {"math", PyInit_math},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
