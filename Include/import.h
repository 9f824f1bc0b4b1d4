/* The import system (Python/runtime/import.c).  Built-in C modules are
 * listed in Modules/config.c; .py modules and packages are found along
 * sys.path (script dir, PYTHONPATH, Krait's Lib/, the CPython 3.11
 * standard library).  sys.meta_path / path_hooks are the hooks the full
 * importlib (a later issue) plugs into. */
#ifndef Py_IMPORT_H
#define Py_IMPORT_H
#include "object.h"
PyObject *PyImport_ImportModule(const char *name);
PyObject *PyImport_Import(PyObject *name);
PyObject *PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals, PyObject *fromlist, int level);
PyObject *PyImport_GetModuleDict(void); /* borrowed */
PyObject *PyImport_GetModule(PyObject *name);
PyObject *PyImport_AddModuleObject(PyObject *name); /* borrowed */
PyObject *PyImport_AddModule(const char *name);     /* borrowed */
PyObject *PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname, PyObject *cpathname);
PyObject *PyImport_ImportModuleAttrString(const char *mod, const char *attr);
/* The first four bytes of a .pyc file, read as a little-endian number */
long PyImport_GetMagicNumber(void);
struct _inittab { const char *name; PyObject *(*initfunc)(void); };
extern struct _inittab _PyImport_Inittab[]; /* Modules/config.c, NULL-terminated */
#endif
