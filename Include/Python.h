/* The one header C code includes: Krait's implementation of CPython
 * 3.11's C API.  Names and signatures are CPython's; the code behind them
 * is Krait's own. */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <math.h>
#include <stdbool.h>

#define PY_MAJOR_VERSION 3
#define PY_MINOR_VERSION 11
#define PY_MICRO_VERSION 2
#define PY_RELEASE_LEVEL_FINAL 0xF
#define PY_RELEASE_LEVEL PY_RELEASE_LEVEL_FINAL
#define PY_RELEASE_SERIAL 0
#define PY_VERSION "3.11.2"
#define PY_VERSION_HEX 0x030B02F0
#define KRAIT_VERSION "0.1.0"

#include "pyport.h"
#include "pyctype.h"
#include "pymem.h"
#include "object.h"
#include "objimpl.h"
#include "pyhash.h"
#include "pyerrors.h"
#include "methodobject.h"
#include "descrobject.h"
#include "longobject.h"
#include "boolobject.h"
#include "floatobject.h"
#include "complexobject.h"
#include "unicodeobject.h"
#include "bytesobject.h"
#include "bytearrayobject.h"
#include "memoryobject.h"
#include "tupleobject.h"
#include "listobject.h"
#include "dictobject.h"
#include "setobject.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "iterobject.h"
#include "funcobject.h"
#include "classobject.h"
#include "cellobject.h"
#include "weakrefobject.h"
#include "codeobject.h"
#include "pystate.h"
#include "frameobject.h"
#include "genobject.h"
#include "traceback.h"
#include "modsupport.h"
#include "moduleobject.h"
#include "abstract.h"
#include "ceval.h"
#include "import.h"
#include "sysmodule.h"
#include "pylifecycle.h"
#include "warnings.h"
#include "context.h"
#include "fileobject.h"
#include "structseq.h"
#include "pythread.h"
#include "codecs.h"

/* Identifier strings: _Py_ID(name) is a borrowed, interned str for the
 * identifier `name`, made once (Objects/unicodeobject.c). */
#define _Py_ID(name) _PyUnicode_FromId(#name)
#define _Py_STR(name) _PyUnicode_FromId(#name)

PyObject *PyOS_FSPath(PyObject *path);
int PyOS_snprintf(char *str, size_t size, const char *format, ...);
int PyOS_stricmp(const char *, const char *);
int PyOS_mystrnicmp(const char *, const char *, Py_ssize_t);
long PyOS_strtol(const char *, char **, int);
unsigned long PyOS_strtoul(const char *, char **, int);
#endif
