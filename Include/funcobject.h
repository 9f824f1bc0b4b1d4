/* Python functions, classmethod, staticmethod (Objects/funcobject.c). */
#ifndef Py_FUNCOBJECT_H
#define Py_FUNCOBJECT_H
#include "object.h"
typedef struct {
    PyObject_HEAD
    PyObject *func_globals;
    PyObject *func_builtins;
    PyObject *func_name;
    PyObject *func_qualname;
    PyObject *func_code;       /* a code object */
    PyObject *func_defaults;   /* NULL or a tuple */
    PyObject *func_kwdefaults; /* NULL or a dict */
    PyObject *func_closure;    /* NULL or a tuple of cells */
    PyObject *func_doc;
    PyObject *func_dict;
    PyObject *func_weakreflist;
    PyObject *func_module;
    PyObject *func_annotations;
    vectorcallfunc vectorcall;
    uint32_t func_version; /* for CALL specialization; 0 = none */
} PyFunctionObject;
extern PyTypeObject PyFunction_Type;
extern PyTypeObject PyClassMethod_Type;
extern PyTypeObject PyStaticMethod_Type;
#define PyFunction_Check(op) Py_IS_TYPE((op), &PyFunction_Type)
#define PyFunction_GET_CODE(f) (((PyFunctionObject *)(f))->func_code)
#define PyFunction_GET_GLOBALS(f) (((PyFunctionObject *)(f))->func_globals)
#define PyFunction_GET_DEFAULTS(f) (((PyFunctionObject *)(f))->func_defaults)
#define PyFunction_GET_CLOSURE(f) (((PyFunctionObject *)(f))->func_closure)
PyObject *PyFunction_New(PyObject *code, PyObject *globals);
PyObject *PyFunction_NewWithQualName(PyObject *code, PyObject *globals, PyObject *qualname);
PyObject *PyFunction_GetCode(PyObject *);
PyObject *PyFunction_GetGlobals(PyObject *);
PyObject *PyFunction_GetModule(PyObject *);
PyObject *PyFunction_GetDefaults(PyObject *);
int PyFunction_SetDefaults(PyObject *, PyObject *);
PyObject *PyFunction_GetKwDefaults(PyObject *);
int PyFunction_SetKwDefaults(PyObject *, PyObject *);
PyObject *PyFunction_GetClosure(PyObject *);
int PyFunction_SetClosure(PyObject *, PyObject *);
PyObject *PyFunction_GetAnnotations(PyObject *);
int PyFunction_SetAnnotations(PyObject *, PyObject *);
/* The vectorcall of Python functions: pushes a frame and runs the VM
 * (Python/vm/ceval.c). */
PyObject *_PyFunction_Vectorcall(PyObject *func, PyObject *const *stack, size_t nargsf, PyObject *kwnames);
PyObject *PyClassMethod_New(PyObject *);
PyObject *PyStaticMethod_New(PyObject *);
#endif
