/* types.UnionType (int | str) and types.GenericAlias (list[int]):
 * Objects/unionobject.c and Objects/genericaliasobject.c. */
#ifndef KR_TYPING_H
#define KR_TYPING_H

#include "Python.h"

extern PyTypeObject _PyUnion_Type;
extern PyTypeObject Py_GenericAliasType;

#define _PyUnion_Check(op) Py_IS_TYPE((op), &_PyUnion_Type)
#define _PyGenericAlias_Check(op) PyObject_TypeCheck((op), &Py_GenericAliasType)

/* The nb_or of type, None's type, unions and aliases: a union of both
 * operands, or NotImplemented when either cannot be a union member. */
PyObject *_Py_union_type_or(PyObject *self, PyObject *other);
/* Borrowed: the union's members. */
PyObject *_Py_union_args(PyObject *self);
/* The typing parameters (TypeVars, ...) found in a tuple of arguments. */
PyObject *_Py_make_parameters(PyObject *args);
/* The arguments of self (args, with typing parameters params) after
 * self[item] replaces the parameters: TypeVars, ParamSpecs and
 * TypeVarTuples, through their __typing_prepare_subst__ and
 * __typing_subst__.  TypeError "... is not a generic class" when params
 * is empty, "Too many/few arguments ..." on a count mismatch. */
PyObject *_Py_subs_parameters(PyObject *self, PyObject *args, PyObject *params,
                              PyObject *item);
/* origin[args]: args is a tuple or a single argument. */
PyObject *Py_GenericAlias(PyObject *origin, PyObject *args);
/* Write a type as typing reprs show it: int, mod.Cls, ..., or repr(). */
int _Py_typing_type_repr(_PyUnicodeWriter *w, PyObject *p);

#endif
