/* Internals shared by the iterator types of Objects/. */
#ifndef KR_ITER_H
#define KR_ITER_H
#include "Python.h"

/* __reduce__ of an iterator that pickles as a call of a builtin: returns
 * (builtins.<name>, (arg,), index), or (builtins.<name>, (arg,)) when
 * index < 0; arg NULL stands for () (exhausted iterators pickle as an
 * iterator over an empty container). */
PyObject *_KrIter_Reduce(const char *builtin_name, PyObject *arg, Py_ssize_t index);
/* (builtins.<name>, (arg,), state) whatever the state, -1 included (a
 * reversed list iterator that has just run out still pickles its list) */
PyObject *_KrIter_ReduceState(const char *builtin_name, PyObject *arg, Py_ssize_t state);

/* __reduce__ of an iterator without a position to restore (dict and set
 * iterators): iter(list of the items left).  `copy` is a fresh iterator in
 * the same state, which this consumes and releases, so that the iterator
 * being pickled does not advance. */
PyObject *_KrIter_ReduceRemaining(PyObject *copy);

/* The list and tuple iterators share this layout, visible so that
 * FOR_ITER can step them without a call.  it_seq is the list or tuple, NULL
 * once exhausted: the iterator drops its sequence at the end. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyObject *it_seq;
} _KrSeqIterObject;

/* Next item (new reference) or NULL, without an exception, at the end.
 * The size is read at each step, so a list that grows while it is walked
 * is followed to its new end. */
static inline PyObject *
_KrSeqIter_Step(_KrSeqIterObject *it, int is_list)
{
    PyObject *seq = it->it_seq;
    if (seq == NULL)
        return NULL;
    if (it->it_index < Py_SIZE(seq)) {
        PyObject *const *items = is_list ? ((PyListObject *)seq)->ob_item
                                         : ((PyTupleObject *)seq)->ob_item;
        return Py_NewRef(items[it->it_index++]);
    }
    it->it_seq = NULL;
    Py_DECREF(seq);
    return NULL;
}

#endif
