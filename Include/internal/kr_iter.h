/* Internals shared by the iterator types of Objects/. */
#ifndef KR_ITER_H
#define KR_ITER_H
#include "Python.h"

/* __reduce__ of an iterator that pickles as a call of a builtin: returns
 * (builtins.<name>, (arg,), index), or (builtins.<name>, (arg,)) when
 * index < 0; arg NULL stands for () (exhausted iterators pickle as an
 * iterator over an empty container). */
PyObject *_KrIter_Reduce(const char *builtin_name, PyObject *arg, Py_ssize_t index);

/* __reduce__ of an iterator without a position to restore (dict and set
 * iterators): iter(list of the items left).  `copy` is a fresh iterator in
 * the same state, which this consumes and releases, so that the iterator
 * being pickled does not advance. */
PyObject *_KrIter_ReduceRemaining(PyObject *copy);

#endif
