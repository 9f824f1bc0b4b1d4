/* Argument parsing, value building and module definition
 * (Python/runtime/modsupport.c, getargs.c, Objects/moduleobject.c). */
#ifndef Py_MODSUPPORT_H
#define Py_MODSUPPORT_H
#include "object.h"
#include "methodobject.h"
#include <stdarg.h>

int PyArg_Parse(PyObject *, const char *, ...);
int PyArg_ParseTuple(PyObject *, const char *, ...);
int PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, ...);
int PyArg_VaParse(PyObject *, const char *, va_list);
int _PyArg_ParseStack(PyObject *const *args, Py_ssize_t nargs, const char *format, ...);
int PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...);
int _PyArg_UnpackStack(PyObject *const *args, Py_ssize_t nargs, const char *name, Py_ssize_t min, Py_ssize_t max, ...);
int _PyArg_CheckPositional(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t);
int _PyArg_NoKeywords(const char *funcname, PyObject *kwargs);
/* "w*": a writable buffer, else "NAME() argument must be read-write
 * bytes-like object, not T" (Python/runtime/getargs.c) */
int _KrArg_WritableBuffer(const char *fname, PyObject *arg, Py_buffer *view);
int _PyArg_NoKwnames(const char *funcname, PyObject *kwnames);
int _PyArg_NoPositional(const char *funcname, PyObject *args);
PyObject *Py_BuildValue(const char *, ...);
PyObject *Py_VaBuildValue(const char *, va_list);

/* Parsing vectorcall arguments with keywords: a static parser description,
 * filled on first use.  `keywords` ends with NULL; positional-only
 * parameters have "" as their name. */
typedef struct _PyArg_Parser {
    const char *format;
    const char *const *keywords;
    const char *fname;
    const char *custom_msg;
    int pos;
    int min;
    int max;
    PyObject *kwtuple;
    struct _PyArg_Parser *next;
} _PyArg_Parser;
int _PyArg_ParseStackAndKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, struct _PyArg_Parser *, ...);
int _PyArg_ParseTupleAndKeywordsFast(PyObject *, PyObject *, struct _PyArg_Parser *, ...);

typedef struct PyModuleDef_Base {
    PyObject_HEAD
    PyObject *(*m_init)(void);
    Py_ssize_t m_index;
    PyObject *m_copy;
} PyModuleDef_Base;
#define PyModuleDef_HEAD_INIT { PyObject_HEAD_INIT(NULL) NULL, 0, NULL }
typedef struct PyModuleDef_Slot { int slot; void *value; } PyModuleDef_Slot;
#define Py_mod_create 1
#define Py_mod_exec 2
typedef struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;
    PyMethodDef *m_methods;
    PyModuleDef_Slot *m_slots;
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;
} PyModuleDef;

#define PYTHON_API_VERSION 1013
#define PYTHON_ABI_VERSION 3
PyObject *PyModule_Create2(PyModuleDef *, int apiver);
#define PyModule_Create(module) PyModule_Create2((module), PYTHON_API_VERSION)
PyObject *PyModuleDef_Init(PyModuleDef *);
int PyModule_AddObjectRef(PyObject *mod, const char *name, PyObject *value);
int PyModule_AddObject(PyObject *mod, const char *name, PyObject *value); /* steals on success */
int PyModule_AddIntConstant(PyObject *, const char *, long);
int PyModule_AddStringConstant(PyObject *, const char *, const char *);
int PyModule_AddType(PyObject *module, PyTypeObject *type);
int PyModule_AddFunctions(PyObject *, PyMethodDef *);
int PyModule_SetDocString(PyObject *, const char *);
#define PyModule_AddIntMacro(m, c) PyModule_AddIntConstant((m), #c, (c))
#define PyModule_AddStringMacro(m, c) PyModule_AddStringConstant((m), #c, (c))
#endif
