/* The _opcode module: stack_effect(), which opcode.py re-exports and dis
 * uses to describe instructions.
 *
 * There is no table here: the answer is the compiler's own
 * (_KrCompiler_StackEffect, which the assembler uses to size frames), so
 * what dis reports and what the compiler assumes cannot drift apart.
 * This file only translates CPython's view of opcodes onto it: CPython
 * 3.11 numbers its pseudo-instructions (SETUP_FINALLY ... POP_JUMP_IF_NOT_NONE)
 * -1 to -10 while Krait's compiler numbers them from 256 in the same
 * order, and "jump" is None (the larger of the two effects, which the
 * table gives for a negative `jump`), True or False. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_compile.h"
#include "kr_opcode.h"

#define KR_PSEUDO_BASE 256 /* SETUP_FINALLY in Python/compiler/compiler.h */
#define N_PSEUDO 10
#define INVALID_EFFECT 0x7fffffff

static PyObject *
opcode_stack_effect(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"", "", "jump", NULL};
    static _PyArg_Parser parser = {"i|O$O:stack_effect", kwlist, 0};
    int opcode, oparg = 0, jump;
    PyObject *oparg_obj = Py_None, *jump_obj = Py_None;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &opcode, &oparg_obj, &jump_obj))
        return NULL;
    if (opcode >= HAVE_ARGUMENT) {
        if (oparg_obj == Py_None) {
            PyErr_SetString(PyExc_ValueError,
                            "stack_effect: opcode requires oparg but oparg was not specified");
            return NULL;
        }
        /* a C long cut to an int, as CPython 3.11 does */
        long v = PyLong_AsLong(oparg_obj);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        oparg = (int)(unsigned int)(unsigned long)v;
    }
    else if (oparg_obj != Py_None) {
        PyErr_SetString(PyExc_ValueError,
                        "stack_effect: opcode does not permit oparg but oparg was specified");
        return NULL;
    }
    if (jump_obj == Py_None)
        jump = -1;
    else if (jump_obj == Py_True)
        jump = 1;
    else if (jump_obj == Py_False)
        jump = 0;
    else {
        PyErr_SetString(PyExc_ValueError, "stack_effect: jump must be False, True or None");
        return NULL;
    }
    int effect = INVALID_EFFECT;
    if (opcode < 0 && opcode >= -N_PSEUDO)
        effect = _KrCompiler_StackEffect(KR_PSEUDO_BASE - 1 - opcode, oparg, jump);
    else if (opcode >= 0 && opcode < 256 && _PyOpcode_Deopt[opcode] == opcode)
        effect = _KrCompiler_StackEffect(opcode, oparg, jump);
    if (effect == INVALID_EFFECT) {
        PyErr_SetString(PyExc_ValueError, "invalid opcode or oparg");
        return NULL;
    }
    return PyLong_FromLong(effect);
}

/* Krait keeps no specialization statistics. */
static PyObject *
opcode_get_specialization_stats(PyObject *module, PyObject *unused)
{
    Py_RETURN_NONE;
}

static PyMethodDef opcode_methods[] = {
    {"stack_effect", _PyCFunction_CAST(opcode_stack_effect), METH_FASTCALL | METH_KEYWORDS,
     "stack_effect($module, opcode, oparg=None, /, *, jump=None)\n--\n\n"
     "Compute the stack effect of the opcode."},
    {"get_specialization_stats", opcode_get_specialization_stats, METH_NOARGS,
     "get_specialization_stats($module, /)\n--\n\n"
     "Return the specialization stats"},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef opcode_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_opcode",
    .m_doc = "Opcode support module.",
    .m_size = 0,
    .m_methods = opcode_methods,
};

PyObject *
PyInit__opcode(void)
{
    return PyModule_Create(&opcode_module);
}
