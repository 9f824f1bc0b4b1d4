/* User and group ids as Python ints (Modules/posix/posix_ids.c), shared by
 * the modules that take or return them: pwd, grp, and later posix itself.
 *
 * The converters follow CPython's rules, which the standard library's
 * tests check: anything with __index__ is accepted, -1 means "no id"
 * ((uid_t)-1), other negative numbers and values that do not fit raise
 * OverflowError, and a non-integer raises TypeError naming its type.
 * They are O& converters: 1 on success, 0 with an exception set. */
#ifndef KR_POSIXIDS_H
#define KR_POSIXIDS_H
#include "Python.h"
#include <sys/types.h>

int _Py_Uid_Converter(PyObject *obj, void *p); /* p is a uid_t * */
int _Py_Gid_Converter(PyObject *obj, void *p); /* p is a gid_t * */
PyObject *_PyLong_FromUid(uid_t uid);
PyObject *_PyLong_FromGid(gid_t gid);

#endif
