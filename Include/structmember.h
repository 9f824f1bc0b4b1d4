/* CPython keeps the member table types here; Krait defines them in descrobject.h. */
#ifndef Py_STRUCTMEMBER_H
#define Py_STRUCTMEMBER_H
#include "descrobject.h"
#endif
