/* Exceptions: the built-in hierarchy (Objects/exceptions.c) and the error
 * indicator API (Python/runtime/errors.c).
 *
 * The thread state holds one normalized exception instance (as CPython
 * 3.12 does) rather than 3.11's (type, value, traceback) triple: raising
 * always creates the instance, which keeps every consumer simple.
 * PyErr_Fetch/PyErr_Restore still exist and translate. */
#ifndef Py_PYERRORS_H
#define Py_PYERRORS_H
#include "object.h"
#include <stdarg.h>

#define PyException_HEAD PyObject_HEAD PyObject *dict; PyObject *args; \
    PyObject *notes; PyObject *traceback; PyObject *context; PyObject *cause; \
    char suppress_context;

typedef struct { PyException_HEAD } PyBaseExceptionObject;
typedef struct { PyException_HEAD PyObject *msg; PyObject *excs; } PyBaseExceptionGroupObject;
typedef struct { PyException_HEAD PyObject *msg; PyObject *filename; PyObject *lineno;
    PyObject *offset; PyObject *end_lineno; PyObject *end_offset; PyObject *text;
    PyObject *print_file_and_line; } PySyntaxErrorObject;
typedef struct { PyException_HEAD PyObject *msg; PyObject *name; PyObject *path; } PyImportErrorObject;
typedef struct { PyException_HEAD PyObject *encoding; PyObject *object; Py_ssize_t start;
    Py_ssize_t end; PyObject *reason; } PyUnicodeErrorObject;
typedef struct { PyException_HEAD PyObject *code; } PySystemExitObject;
typedef struct { PyException_HEAD PyObject *myerrno; PyObject *strerror; PyObject *filename;
    PyObject *filename2; Py_ssize_t written; } PyOSErrorObject;
typedef struct { PyException_HEAD PyObject *value; } PyStopIterationObject;
typedef struct { PyException_HEAD PyObject *obj; PyObject *name; } PyAttributeErrorObject;
typedef struct { PyException_HEAD PyObject *obj; PyObject *name; } PyNameErrorObject;

#define PyExceptionClass_Check(x) (PyType_Check(x) && \
    PyType_FastSubclass((PyTypeObject *)(x), Py_TPFLAGS_BASE_EXC_SUBCLASS))
#define PyExceptionInstance_Check(x) PyType_FastSubclass(Py_TYPE(x), Py_TPFLAGS_BASE_EXC_SUBCLASS)
#define PyExceptionInstance_Class(x) ((PyObject *)Py_TYPE(x))
#define PyBaseExceptionGroup_Check(x) PyObject_TypeCheck((x), (PyTypeObject *)PyExc_BaseExceptionGroup)

/* error indicator */
void PyErr_SetNone(PyObject *);
void PyErr_SetObject(PyObject *, PyObject *);
void PyErr_SetString(PyObject *exception, const char *string);
PyObject *PyErr_Format(PyObject *exception, const char *format, ...);
PyObject *PyErr_FormatV(PyObject *exception, const char *format, va_list vargs);
PyObject *PyErr_Occurred(void); /* borrowed: the type of the current exception */
void PyErr_Clear(void);
void PyErr_Fetch(PyObject **, PyObject **, PyObject **);
void PyErr_Restore(PyObject *, PyObject *, PyObject *);
void PyErr_NormalizeException(PyObject **, PyObject **, PyObject **);
PyObject *PyErr_GetRaisedException(void); /* new reference; clears the indicator */
void PyErr_SetRaisedException(PyObject *); /* steals */
PyObject *PyErr_GetHandledException(void);
void PyErr_SetHandledException(PyObject *);
void PyErr_GetExcInfo(PyObject **, PyObject **, PyObject **);
void PyErr_SetExcInfo(PyObject *, PyObject *, PyObject *);
int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc);
int PyErr_ExceptionMatches(PyObject *);
PyObject *PyErr_NoMemory(void);
PyObject *PyErr_SetFromErrno(PyObject *);
PyObject *PyErr_SetFromErrnoWithFilename(PyObject *, const char *);
PyObject *PyErr_SetFromErrnoWithFilenameObject(PyObject *, PyObject *);
PyObject *PyErr_SetFromErrnoWithFilenameObjects(PyObject *, PyObject *, PyObject *);
int PyErr_BadArgument(void);
void PyErr_BadInternalCall(void);
void _PyErr_BadInternalCall(const char *filename, int lineno);
#define PyErr_BadInternalCall() _PyErr_BadInternalCall(__FILE__, __LINE__)
int PyErr_CheckSignals(void);
void PyErr_SetInterrupt(void);
int PyErr_SetInterruptEx(int signum);
void PyErr_Print(void);
void PyErr_PrintEx(int);
void PyErr_Display(PyObject *, PyObject *, PyObject *);
void _PyErr_Display(PyObject *file, PyObject *, PyObject *, PyObject *);
void PyErr_WriteUnraisable(PyObject *);
void _PyErr_WriteUnraisableMsg(const char *, PyObject *);
void _PyErr_ChainExceptions(PyObject *, PyObject *, PyObject *);
void _PyErr_ChainExceptions1(PyObject *exc); /* steals; sets it as __context__ of the current one */
PyObject *_PyErr_FormatFromCause(PyObject *exception, const char *format, ...);
int PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stack_level);
int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...);
int PyErr_WarnExplicit(PyObject *, const char *, const char *, int, const char *, PyObject *);
int PyErr_WarnObject(PyObject *category, PyObject *message, Py_ssize_t stack_level);
int PyErr_WarnExplicitObject(PyObject *category, PyObject *message, PyObject *filename,
                             int lineno, PyObject *module, PyObject *registry);
int PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...);
void PyErr_SyntaxLocation(const char *filename, int lineno);
void PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset);
void PyErr_SyntaxLocationObject(PyObject *filename, int lineno, int col_offset);
void _PyErr_RaiseSyntaxError(PyObject *type, const char *msg, PyObject *filename,
                             int lineno, int col_offset, int end_lineno, int end_col_offset);
PyObject *PyErr_ProgramTextObject(PyObject *filename, int lineno);
PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict);
PyObject *PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict);
int _PyErr_SetKeyError(PyObject *); /* KeyError(key), wrapping tuples as CPython does */
void Py_FatalError(const char *message) _Py_NO_RETURN;
#define _Py_FatalErrorFunc(func, msg) Py_FatalError(msg)

/* exception objects */
PyObject *PyException_GetTraceback(PyObject *);
int PyException_SetTraceback(PyObject *, PyObject *);
PyObject *PyException_GetCause(PyObject *);
void PyException_SetCause(PyObject *, PyObject *); /* steals */
PyObject *PyException_GetContext(PyObject *);
void PyException_SetContext(PyObject *, PyObject *); /* steals */
PyObject *PyException_GetArgs(PyObject *);
PyObject *PyUnicodeDecodeError_Create(const char *encoding, const char *object,
    Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason);
PyObject *_PyExc_CreateExceptionGroup(const char *msg, PyObject *excs);

#define KR_EXC_LIST(X) \
    X(BaseException) X(BaseExceptionGroup) X(Exception) X(ExceptionGroup) \
    X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit) X(StopIteration) \
    X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) X(OverflowError) \
    X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError) \
    X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) \
    X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) \
    X(BlockingIOError) X(ChildProcessError) X(ConnectionError) X(BrokenPipeError) \
    X(ConnectionAbortedError) X(ConnectionRefusedError) X(ConnectionResetError) \
    X(FileExistsError) X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError) \
    X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) X(TimeoutError) \
    X(ReferenceError) X(RuntimeError) X(NotImplementedError) X(RecursionError) \
    X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) X(TypeError) \
    X(ValueError) X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) \
    X(UnicodeTranslateError) X(EncodingWarning) X(Warning) X(UserWarning) \
    X(DeprecationWarning) X(PendingDeprecationWarning) X(SyntaxWarning) \
    X(RuntimeWarning) X(FutureWarning) X(ImportWarning) X(UnicodeWarning) \
    X(BytesWarning) X(ResourceWarning)
#define KR_DECLARE_EXC(name) extern PyObject *PyExc_##name;
KR_EXC_LIST(KR_DECLARE_EXC)
#undef KR_DECLARE_EXC
extern PyObject *PyExc_EnvironmentError;
extern PyObject *PyExc_IOError;
#endif
