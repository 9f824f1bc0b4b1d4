/* The codec registry (Python/codecs.c): search functions, the codec
 * cache, and the named error handlers. */
#ifndef Py_CODECS_H
#define Py_CODECS_H
#include "object.h"

int PyCodec_Register(PyObject *search_function);
int PyCodec_Unregister(PyObject *search_function);
PyObject *_PyCodec_Lookup(const char *encoding);       /* the CodecInfo, new reference */
int _PyCodec_Forget(const char *encoding);
int PyCodec_KnownEncoding(const char *encoding);
PyObject *PyCodec_Encode(PyObject *object, const char *encoding, const char *errors);
PyObject *PyCodec_Decode(PyObject *object, const char *encoding, const char *errors);
PyObject *PyCodec_Encoder(const char *encoding);
PyObject *PyCodec_Decoder(const char *encoding);
PyObject *PyCodec_IncrementalEncoder(const char *encoding, const char *errors);
PyObject *PyCodec_IncrementalDecoder(const char *encoding, const char *errors);
/* The codec for str.encode/bytes.decode: LookupError "'rot13' is not a text
 * encoding; use <alternate_command> to handle arbitrary codecs" for codecs
 * whose CodecInfo says _is_text_encoding=False. */
PyObject *_PyCodec_LookupTextEncoding(const char *encoding, const char *alternate_command);

int PyCodec_RegisterError(const char *name, PyObject *error);
PyObject *PyCodec_LookupError(const char *name);       /* new reference */
PyObject *PyCodec_StrictErrors(PyObject *exc);
PyObject *PyCodec_IgnoreErrors(PyObject *exc);
PyObject *PyCodec_ReplaceErrors(PyObject *exc);
PyObject *PyCodec_XMLCharRefReplaceErrors(PyObject *exc);
PyObject *PyCodec_BackslashReplaceErrors(PyObject *exc);
PyObject *PyCodec_NameReplaceErrors(PyObject *exc);

#endif
