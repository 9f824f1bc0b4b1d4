/* The abstract object protocols (Objects/abstract.c, Objects/call.c):
 * what the VM and C code use to operate on any object through its slots. */
#ifndef Py_ABSTRACT_H
#define Py_ABSTRACT_H
#include "object.h"

/* calls */
#define PY_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
static inline Py_ssize_t PyVectorcall_NARGS(size_t n) { return (Py_ssize_t)(n & ~PY_VECTORCALL_ARGUMENTS_OFFSET); }
vectorcallfunc PyVectorcall_Function(PyObject *callable);
PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames);
PyObject *PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwdict);
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames);
PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict);
PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyObject *PyObject_CallObject(PyObject *callable, PyObject *args);
PyObject *PyObject_CallNoArgs(PyObject *func);
PyObject *PyObject_CallOneArg(PyObject *func, PyObject *arg);
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...);
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...);
PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...);
PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);
PyObject *PyObject_CallMethodNoArgs(PyObject *self, PyObject *name);
PyObject *PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg);
PyObject *_PyObject_CallMethod(PyObject *obj, PyObject *name, const char *format, ...);
PyObject *_PyObject_MakeTpCall(PyObject *callable, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PyStack_AsDict(PyObject *const *values, PyObject *kwnames);
/* Build a tuple from vectorcall arguments (new reference). */
PyObject *_PyTuple_FromArray(PyObject *const *, Py_ssize_t);
PyObject *_PyObject_FastCall(PyObject *func, PyObject *const *args, Py_ssize_t nargs);

/* generic */
PyObject *PyObject_Type(PyObject *o);
Py_ssize_t PyObject_Size(PyObject *o);
Py_ssize_t PyObject_Length(PyObject *o);
Py_ssize_t PyObject_LengthHint(PyObject *o, Py_ssize_t defaultvalue);
PyObject *PyObject_GetItem(PyObject *o, PyObject *key);
int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v);
int PyObject_DelItem(PyObject *o, PyObject *key);
int PyObject_DelItemString(PyObject *o, const char *key);
PyObject *PyObject_Format(PyObject *obj, PyObject *format_spec);
PyObject *PyObject_GetIter(PyObject *);
PyObject *PyObject_GetAIter(PyObject *);
int PyIter_Check(PyObject *);
int PyAIter_Check(PyObject *);
PyObject *PyIter_Next(PyObject *); /* NULL without an exception at the end */
PySendResult PyIter_Send(PyObject *iter, PyObject *arg, PyObject **presult);
int PyObject_IsInstance(PyObject *object, PyObject *typeorclass);
int PyObject_IsSubclass(PyObject *object, PyObject *typeorclass);
int PyObject_CheckBuffer(PyObject *obj);
int PyObject_GetBuffer(PyObject *obj, Py_buffer *view, int flags);
void PyBuffer_Release(Py_buffer *view);
int PyBuffer_FillInfo(Py_buffer *view, PyObject *o, void *buf, Py_ssize_t len, int readonly, int flags);
int PyBuffer_IsContiguous(const Py_buffer *view, char fort);

/* numbers */
int PyNumber_Check(PyObject *o);
PyObject *PyNumber_Add(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Subtract(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Multiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_MatrixMultiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_FloorDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_TrueDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Remainder(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Divmod(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Power(PyObject *o1, PyObject *o2, PyObject *o3);
PyObject *PyNumber_Negative(PyObject *o);
PyObject *PyNumber_Positive(PyObject *o);
PyObject *PyNumber_Absolute(PyObject *o);
PyObject *PyNumber_Invert(PyObject *o);
PyObject *PyNumber_Lshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Rshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_And(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Xor(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Or(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceAdd(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceSubtract(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceMultiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceMatrixMultiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceFloorDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceTrueDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceRemainder(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlacePower(PyObject *o1, PyObject *o2, PyObject *o3);
PyObject *PyNumber_InPlaceLshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceRshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceAnd(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceXor(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceOr(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Long(PyObject *o);
PyObject *PyNumber_Float(PyObject *o);
PyObject *PyNumber_Index(PyObject *o);
PyObject *_PyNumber_Index(PyObject *o); /* may return an int subclass */
Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc);
PyObject *PyNumber_ToBase(PyObject *n, int base);
#define PyIndex_Check(obj) (Py_TYPE(obj)->tp_as_number != NULL && Py_TYPE(obj)->tp_as_number->nb_index != NULL)

/* sequences */
int PySequence_Check(PyObject *o);
Py_ssize_t PySequence_Size(PyObject *o);
Py_ssize_t PySequence_Length(PyObject *o);
PyObject *PySequence_Concat(PyObject *o1, PyObject *o2);
PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count);
PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i);
PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2);
int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v);
int PySequence_DelItem(PyObject *o, Py_ssize_t i);
int PySequence_SetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2, PyObject *v);
int PySequence_DelSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2);
PyObject *PySequence_Tuple(PyObject *o);
PyObject *PySequence_List(PyObject *o);
PyObject *PySequence_Fast(PyObject *o, const char *m);
#define PySequence_Fast_GET_SIZE(o) (PyList_Check(o) ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o))
#define PySequence_Fast_GET_ITEM(o, i) (PyList_Check(o) ? PyList_GET_ITEM((o), (i)) : PyTuple_GET_ITEM((o), (i)))
#define PySequence_Fast_ITEMS(sf) (PyList_Check(sf) ? ((PyListObject *)(sf))->ob_item : ((PyTupleObject *)(sf))->ob_item)
Py_ssize_t PySequence_Count(PyObject *o, PyObject *value);
int PySequence_Contains(PyObject *seq, PyObject *ob);
Py_ssize_t PySequence_Index(PyObject *o, PyObject *value);
PyObject *PySequence_InPlaceConcat(PyObject *o1, PyObject *o2);
PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count);

/* mappings */
int PyMapping_Check(PyObject *o);
Py_ssize_t PyMapping_Size(PyObject *o);
Py_ssize_t PyMapping_Length(PyObject *o);
int PyMapping_HasKey(PyObject *o, PyObject *key);
int PyMapping_HasKeyString(PyObject *o, const char *key);
PyObject *PyMapping_Keys(PyObject *o);
PyObject *PyMapping_Values(PyObject *o);
PyObject *PyMapping_Items(PyObject *o);
PyObject *PyMapping_GetItemString(PyObject *o, const char *key);
int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *value);
#endif
