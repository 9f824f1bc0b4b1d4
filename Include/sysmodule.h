/* The sys module (Python/sysmodule.c). */
#ifndef Py_SYSMODULE_H
#define Py_SYSMODULE_H
#include "object.h"
PyObject *PySys_GetObject(const char *); /* borrowed */
int PySys_SetObject(const char *, PyObject *);
void PySys_WriteStdout(const char *format, ...);
void PySys_WriteStderr(const char *format, ...);
void PySys_FormatStdout(const char *format, ...);
void PySys_FormatStderr(const char *format, ...);
int PySys_Audit(const char *event, const char *argFormat, ...);
PyObject *_PySys_GetAttr(PyThreadState *, PyObject *); /* borrowed */
size_t _PySys_GetSizeOf(PyObject *); /* (size_t)-1 on error */
#endif
