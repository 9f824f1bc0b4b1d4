/* Files as the runtime sees them: writing objects to sys.stdout/stderr
 * through their write() method (Objects/fileobject.c). */
#ifndef Py_FILEOBJECT_H
#define Py_FILEOBJECT_H
#include "object.h"
int PyFile_WriteObject(PyObject *obj, PyObject *f, int flags);
int PyFile_WriteString(const char *s, PyObject *f);
PyObject *PyFile_GetLine(PyObject *f, int n);
PyObject *PyFile_FromFd(int fd, const char *name, const char *mode, int buffering,
                        const char *encoding, const char *errors, const char *newline, int closefd);
int PyObject_AsFileDescriptor(PyObject *);
extern const char *Py_FileSystemDefaultEncoding;
#endif
