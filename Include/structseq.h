/* Named-tuple-like "struct sequences" made from C (Objects/structseq.c):
 * sys.version_info, sys.flags, time.struct_time, os.stat_result ...
 * A struct sequence is a tuple subclass whose first n_in_sequence items
 * are the tuple; further fields are reachable only by name. */
#ifndef Py_STRUCTSEQ_H
#define Py_STRUCTSEQ_H
#include "object.h"
#include "tupleobject.h"
typedef struct PyStructSequence_Field {
    const char *name;
    const char *doc;
} PyStructSequence_Field;
typedef struct PyStructSequence_Desc {
    const char *name; /* "module.name" */
    const char *doc;
    PyStructSequence_Field *fields; /* ends with {NULL, NULL} */
    int n_in_sequence;
} PyStructSequence_Desc;
extern const char *const PyStructSequence_UnnamedField;
void PyStructSequence_InitType(PyTypeObject *type, PyStructSequence_Desc *desc);
int PyStructSequence_InitType2(PyTypeObject *type, PyStructSequence_Desc *desc);
PyTypeObject *PyStructSequence_NewType(PyStructSequence_Desc *desc);
PyObject *PyStructSequence_New(PyTypeObject *type);
typedef PyTupleObject PyStructSequence;
#define PyStructSequence_SET_ITEM(op, i, v) PyTuple_SET_ITEM((op), (i), (v))
#define PyStructSequence_GET_ITEM(op, i) PyTuple_GET_ITEM((op), (i))
void PyStructSequence_SetItem(PyObject *, Py_ssize_t, PyObject *); /* steals */
PyObject *PyStructSequence_GetItem(PyObject *, Py_ssize_t); /* borrowed */
#endif
