/* Warnings (Python/_warnings.c): the C side of `warnings`. */
#ifndef Py_WARNINGS_H
#define Py_WARNINGS_H
#include "pyerrors.h"
#endif
