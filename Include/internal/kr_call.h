/* Calling C functions described by a PyMethodDef, shared by builtin
 * functions (Objects/methodobject.c) and method descriptors
 * (Objects/descrobject.c), and the naming used in their error messages
 * (Objects/call.c). */
#ifndef KR_CALL_H
#define KR_CALL_H
#include "Python.h"

/* Call ml with `self` (the bound object, the module, or the type of a
 * class method) and vectorcall arguments, checking the argument counts
 * the METH_ flags promise.  `func` names the callable in error messages
 * ("list.append() takes exactly one argument (0 given)"). */
PyObject *_KrMethodDef_Vectorcall(PyMethodDef *ml, PyObject *self, PyTypeObject *cls,
                                  PyObject *const *args, size_t nargsf, PyObject *kwnames,
                                  PyObject *func);

/* The C-stack half of Py_EnterRecursiveCall alone, for calls CPython 3.11
 * makes without touching the Python depth counter (its specialized calls of
 * METH_FASTCALL builtins): the C stack stays bounded while a recursion
 * through them is reported where CPython reports it, at the Python frame.
 * Pair with _KrLeaveCRecursion. */
static inline int _KrEnterCRecursion(const char *where);
static inline void _KrLeaveCRecursion(void);

/* The C stack's lowest safe address for this thread, stored inverted so
 * that its zero start (not yet measured) reads as "no room" and sends the
 * first call to the slow path, which measures it. */
extern _Thread_local uintptr_t _Kr_c_stack_floor_inv;
/* Everything but the common case of _KrEnterCRecursion: measuring the
 * stack, and the depth or the stack running out. */
int _KrEnterCRecursionSlow(const char *where);

static inline int _KrEnterCRecursion(const char *where)
{
    /* inline: C calls are frequent, and this is their only check */
    PyThreadState *tstate = _PyThreadState_GET();
    char here;
    if (Py_LIKELY(tstate->c_recursion_remaining > 0
                  && (uintptr_t)&here >= ~_Kr_c_stack_floor_inv)) {
        tstate->c_recursion_remaining--;
        return 0;
    }
    return _KrEnterCRecursionSlow(where);
}

static inline void _KrLeaveCRecursion(void)
{
    _PyThreadState_GET()->c_recursion_remaining++;
}

/* __doc__ and __text_signature__ of a C callable described by (name, doc):
 * a C doc may start with "name(sig)\n--\n\n".  __doc__ is what follows it
 * (None when empty), __text_signature__ the "(sig)" part (None without it). */
const char *_KrDoc_SignatureEnd(const char *name, const char *doc);
PyObject *_KrDoc_FromC(const char *name, const char *doc);
PyObject *_KrDoc_SignatureFromC(const char *name, const char *doc);

/* builtins.len(); the VM calls it by its own instruction (PRECALL_NO_KW_LEN),
 * which like CPython 3.11's does not count against the recursion limit. */
PyObject *_KrBuiltin_Len(PyObject *module, PyObject *obj);

/* "module.qualname()" or "qualname()" for a callable, as CPython names
 * callables in messages; new reference, NULL with an exception. */
PyObject *_PyObject_FunctionStr(PyObject *func);
/* Checks the result contract of a callable: a value, or NULL with an
 * exception, never both or neither. */
static inline PyObject *
_KrCall_CheckResult(PyObject *callable, PyObject *result)
{
    if (result == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_SystemError, "%R returned NULL without setting an exception", callable);
        return NULL;
    }
#ifdef Py_DEBUG
    if (PyErr_Occurred()) {
        Py_DECREF(result);
        PyErr_Format(PyExc_SystemError, "%R returned a result with an exception set", callable);
        return NULL;
    }
#endif
    return result;
}

#endif
