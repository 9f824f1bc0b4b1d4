/* Module objects (Objects/moduleobject.c). */
#ifndef Py_MODULEOBJECT_H
#define Py_MODULEOBJECT_H
#include "object.h"
#include "modsupport.h"

typedef struct {
    PyObject_HEAD
    PyObject *md_dict;
    struct PyModuleDef *md_def;
    void *md_state;
    PyObject *md_weaklist;
    PyObject *md_name;
} PyModuleObject;

extern PyTypeObject PyModule_Type;
extern PyTypeObject PyModuleDef_Type;
#define PyModule_Check(op) PyObject_TypeCheck((op), &PyModule_Type)
#define PyModule_CheckExact(op) Py_IS_TYPE((op), &PyModule_Type)
PyObject *PyModule_NewObject(PyObject *name);
PyObject *PyModule_New(const char *name);
PyObject *PyModule_GetDict(PyObject *); /* borrowed */
PyObject *PyModule_GetNameObject(PyObject *);
const char *PyModule_GetName(PyObject *);
PyObject *PyModule_GetFilenameObject(PyObject *);
PyModuleDef *PyModule_GetDef(PyObject *);
void *PyModule_GetState(PyObject *);
#endif
