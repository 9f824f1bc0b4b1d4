/* The built-in C modules that `import` finds before searching sys.path
 * (Python/runtime/import.c).  `sys` and `builtins` are created at start-up
 * and are not listed; sys.builtin_module_names adds them. */
#include "Python.h"
#include "kr_runtime.h"

PyObject *PyInit__codecs(void);
PyObject *PyInit__locale(void);
PyObject *PyInit__struct(void);
PyObject *PyInit_array(void);
PyObject *PyInit_binascii(void);
PyObject *PyInit_gc(void);
PyObject *PyInit__weakref(void);
PyObject *PyInit_unicodedata(void);

struct _inittab _PyImport_Inittab[] = {
    {"_codecs", PyInit__codecs},
    {"_io", PyInit__io},
    {"_locale", PyInit__locale},
    {"_struct", PyInit__struct},
    {"_weakref", PyInit__weakref},
    {"array", PyInit_array},
    {"binascii", PyInit_binascii},
    {"gc", PyInit_gc},
    {"math", PyInit_math},
    {"time", PyInit_time},
    {"unicodedata", PyInit_unicodedata},
    {NULL, NULL}
};
