/* Declarations shared by the files of the _io module (Modules/_io/).
 *
 * Every io object starts with the same three fields, the layout of
 * _io._IOBase, so any C class of the module, and any Python subclass,
 * can sit under _IOBase in the type hierarchy and keep its instance
 * dict and weak references at the offsets the base declares. */
#ifndef KR_IO_H
#define KR_IO_H
#include "Python.h"

#define KR_IO_DEFAULT_BUFFER_SIZE 8192

#define KR_IOBASE_HEAD \
    PyObject_HEAD \
    PyObject *dict; \
    PyObject *weakreflist;

typedef struct {
    KR_IOBASE_HEAD
} kr_iobase;

/* iobase.c */
extern PyTypeObject _KrIO_IOBase_Type, _KrIO_RawIOBase_Type, _KrIO_BufferedIOBase_Type,
    _KrIO_TextIOBase_Type;
extern PyObject *_KrIO_UnsupportedOperation;
int _KrIO_ReadyBases(void);
/* ValueError "I/O operation on closed file.", returns NULL */
PyObject *_KrIO_ClosedError(void);
/* the readline/readlines/writelines/iteration defaults as plain functions,
 * for the C classes that reuse them */
PyObject *_KrIO_IOBaseReadlines(PyObject *self, Py_ssize_t hint);

/* bytesio.c, stringio.c */
extern PyTypeObject _KrIO_BytesIO_Type, _KrIO_BytesIOBuffer_Type, _KrIO_StringIO_Type;

/* textio.c */
extern PyTypeObject _KrIO_IncrementalNewlineDecoder_Type;
/* IncrementalNewlineDecoder.decode of a C-owned decoder object */
PyObject *_KrIO_NewlineDecoderDecode(PyObject *self, PyObject *input, int final);

/* fileio.c: the folded file objects */
extern PyTypeObject _KrIO_TextIOWrapper_Type, _KrIO_BufferedReader_Type,
    _KrIO_BufferedWriter_Type, _KrIO_BufferedRandom_Type, _KrIO_FileIO_Type;
/* bufferedio.c */
extern PyTypeObject _KrIO_BufferedRWPair_Type;
int _KrIO_ReadyTypes(void); /* every type of the module */

#endif
