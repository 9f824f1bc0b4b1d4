/* Starting and stopping the runtime (Python/runtime/pylifecycle.c) and
 * running source (pythonrun.c). */
#ifndef Py_PYLIFECYCLE_H
#define Py_PYLIFECYCLE_H
#include "object.h"
#include <stdio.h>
void Py_Initialize(void);
int Py_InitializeEx(int);
void Py_Finalize(void);
int Py_FinalizeEx(void);
int Py_IsInitialized(void);
void Py_Exit(int) _Py_NO_RETURN;
int Py_AtExit(void (*func)(void));
const char *Py_GetVersion(void);
const char *Py_GetPlatform(void);
const char *Py_GetCompiler(void);
const char *Py_GetBuildInfo(void);
int Py_Main(int argc, char **argv); /* Programs/main.c */
/* Run a file or string as __main__ (pythonrun.c); -1 after printing the
 * exception.  The caller maps SystemExit to an exit status. */
int PyRun_SimpleStringFlags(const char *, void *flags);
int PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, void *flags);
PyObject *PyRun_StringFlags(const char *str, int start, PyObject *globals, PyObject *locals, void *flags);
int _Py_HandleSystemExit(int *exitcode_p); /* 1 if the current exception is SystemExit; sets the code */
/* Around fork() (Modules/posix/posix_proc.c): the os.register_at_fork callables */
void PyOS_BeforeFork(void);
void PyOS_AfterFork_Parent(void);
void PyOS_AfterFork_Child(void);
#endif
