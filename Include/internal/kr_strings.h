/* Internals shared by the text and binary string files:
 * Objects/unicodeobject.c, unicode_methods.c, unicode_format.c,
 * unicodectype.c, bytesobject.c, bytearrayobject.c, bytes_methods.c,
 * memoryobject.c and Python/formatter.c. */
#ifndef KR_STRINGS_H
#define KR_STRINGS_H
#include "Python.h"
#include "kr_iter.h"

/* ---- argument parsing for methods written METH_FASTCALL(|METH_KEYWORDS)
 * `kwlist` names every parameter (NULL-terminated); the first `npos_only`
 * are positional-only.  `min` parameters are required.  Missing optional
 * parameters are left untouched in out[] (callers preset them to NULL).
 * The messages follow CPython's: with KR_ARGS_CLINIC and no keywords,
 * "center expected at least 1 argument, got 0"; otherwise
 * "count() takes at least 1 argument (0 given)". */
/* Py_ssize_t and int parameters converted as CPython's generated parsers
 * do, with their OverflowError messages ("... to convert to C ssize_t"). */
int _KrArg_Ssize(PyObject *o, Py_ssize_t *out);
int _KrArg_Int(PyObject *o, int *out);
/* How CPython's argument errors name an argument's type: "None" for None */
#define _KrArg_TypeName(o) ((o) == Py_None ? "None" : Py_TYPE(o)->tp_name)
#define KR_ARGS_OLD 0
#define KR_ARGS_CLINIC 1
int _KrArg_Parse(const char *fname, int style, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames, const char *const *kwlist, int npos_only, int min,
                 PyObject **out);

/* Argument Clinic's int converter (__index__, C int range, its messages) */
int _KrArg_AsInt(PyObject *o);

/* ---- error handlers of the built-in codecs */
typedef enum {
    KR_ERR_STRICT, KR_ERR_REPLACE, KR_ERR_IGNORE, KR_ERR_SURROGATEESCAPE,
    KR_ERR_BACKSLASHREPLACE, KR_ERR_XMLCHARREFREPLACE, KR_ERR_SURROGATEPASS,
    KR_ERR_NAMEREPLACE, KR_ERR_UNKNOWN
} _KrErrorHandler;
_KrErrorHandler _KrUnicode_GetErrorHandler(const char *errors);

/* Encode/decode by codec name, for str.encode, bytes.decode, str(b, enc).
 * Built-in codecs: utf-8, latin-1, ascii, unicode_escape,
 * raw_unicode_escape, utf-16, utf-32 (with -le/-be). */
PyObject *_KrUnicode_EncodeByName(PyObject *str, const char *encoding, const char *errors);
PyObject *_KrUnicode_DecodeByName(const char *s, Py_ssize_t len, const char *encoding,
                                  const char *errors);

/* ---- the codec registry's side (Python/codecs.c) */
/* normalise a codec name as CPython 3.11 does: lower case, each run of
 * characters other than ASCII letters, digits and '.' one '_' */
int _Py_normalize_encoding(const char *encoding, char *out, size_t size);
PyObject *_KrCodec_WrapError(const char *op, const char *encoding);
/* str.encode/bytes.decode through the registry (codecs without C code) */
PyObject *_KrCodec_EncodeText(PyObject *str, const char *encoding, const char *errors);
PyObject *_KrCodec_DecodeText(const char *s, Py_ssize_t len, const char *encoding,
                              const char *errors);

/* ---- the C codecs, one by one, for the _codecs module.  Encoders take a
 * str; `order` is 0 (native order with a BOM; for decoders: read a BOM,
 * and *order says which was found, 0 for none), -1 little-, 1 big-endian.
 * Stateful decoders leave an incomplete sequence at the end unread when
 * `consumed` is not NULL and say how much they read. */
PyObject *_KrUnicode_EncodeUTF8(PyObject *str, const char *errors);
PyObject *_KrUnicode_EncodeLatin1(PyObject *str, const char *errors);
PyObject *_KrUnicode_EncodeASCII(PyObject *str, const char *errors);
PyObject *_KrUnicode_EncodeUTF16_32(PyObject *str, const char *errors, int width, int order);
PyObject *_KrUnicode_DecodeUTF16_32(const char *s, Py_ssize_t size, const char *errors,
                                    int width, int *order, Py_ssize_t *consumed);
PyObject *_KrUnicode_EncodeUTF7(PyObject *str, const char *errors);
PyObject *_KrUnicode_DecodeUTF7(const char *s, Py_ssize_t size, const char *errors,
                                Py_ssize_t *consumed);
PyObject *_KrUnicode_EncodeUnicodeEscape(PyObject *str, int raw);
PyObject *_KrUnicode_DecodeUnicodeEscapeStateful(const char *s, Py_ssize_t size,
                                                 const char *errors, Py_ssize_t *consumed,
                                                 int raw);
/* mapping: None (latin-1), an EncodingMap, or any mapping of ordinals */
PyObject *_KrUnicode_EncodeCharmap(PyObject *str, const char *errors, PyObject *mapping);
/* mapping: None (latin-1), a 256-char str, or any object indexed by byte */
PyObject *_KrUnicode_DecodeCharmap(const char *s, Py_ssize_t size, const char *errors,
                                   PyObject *mapping);
PyObject *_KrUnicode_BuildEncodingMap(PyObject *string);
extern PyTypeObject _KrEncodingMap_Type;

/* ---- case mapping and character classes (Objects/unicodectype.c)
 * Approximate outside Latin-1, Latin Extended, Greek, Cyrillic, Armenian,
 * fullwidth and a few symbol blocks: the exact Unicode database is a later
 * issue (the `unicode-data` tables). */
int _KrUnicode_ToLowerFull(Py_UCS4 ch, Py_UCS4 *res);  /* returns count (1..3) */
int _KrUnicode_ToUpperFull(Py_UCS4 ch, Py_UCS4 *res);
int _KrUnicode_ToTitleFull(Py_UCS4 ch, Py_UCS4 *res);
int _KrUnicode_ToFoldedFull(Py_UCS4 ch, Py_UCS4 *res);
int _KrUnicode_IsLowercase(Py_UCS4 ch);
int _KrUnicode_IsUppercase(Py_UCS4 ch);
int _KrUnicode_IsTitlecase(Py_UCS4 ch);
int _KrUnicode_IsCased(Py_UCS4 ch);
int _KrUnicode_IsCaseIgnorable(Py_UCS4 ch);
int _KrUnicode_ToDigit(Py_UCS4 ch);      /* -1 if not a digit */
double _KrUnicode_ToNumeric(Py_UCS4 ch); /* -1.0 if not numeric */

/* ---- str internals used across files */
/* Copy how_many chars; the caller guarantees the range fits and that the
 * chars are no wider than `to` holds (CPython's name). */
void _PyUnicode_FastCopyCharacters(PyObject *to, Py_ssize_t to_start, PyObject *from,
                                   Py_ssize_t from_start, Py_ssize_t how_many);
PyObject *_KrUnicode_Result(PyObject *unicode); /* narrow a str to its tightest kind (steals) */
Py_UCS4 _KrUnicode_MaxChar(PyObject *s, Py_ssize_t start, Py_ssize_t end);
/* *p_left += right for str.  When *p_left is an exact, non-interned str
 * with refcount 1 it is grown in place (amortised linear `s += x` loops);
 * otherwise a new str replaces it.  *p_left is a reference the caller owns;
 * on error it is cleared and -1 returned.  The VM uses it for BINARY_OP +=
 * after dropping the local variable's reference to the left operand. */
int _KrUnicode_InPlaceConcat(PyObject **p_left, PyObject *right);
int _KrUnicodeWriter_Prepare(_PyUnicodeWriter *w, Py_ssize_t extra, Py_UCS4 maxchar);
int _KrUnicodeWriter_WriteFill(_PyUnicodeWriter *w, Py_UCS4 ch, Py_ssize_t count);
extern PyMethodDef _KrUnicode_Methods[];        /* unicode_methods.c */
PyObject *_KrUnicode_FormatMethod(PyObject *self, PyObject *args, PyObject *kwargs); /* str.format */
PyObject *_KrUnicode_FormatMap(PyObject *self, PyObject *mapping);
PyObject *_KrUnicode_BuildFormatted(PyObject *format, PyObject *args, PyObject *kwargs,
                                    int recursion);

/* ---- bytes and bytearray (bytes_methods.c): the methods shared by both
 * types, each taking a bytes or bytearray `self` and returning results
 * of self's base type (bytes for bytes subclasses). */
extern PyMethodDef _KrBytes_Methods[];
extern PyMethodDef _KrByteArray_Methods[];
PyObject *_KrBytes_Format(PyObject *format, PyObject *args, int as_bytearray); /* b'%d' % x */
PyObject *_KrBytes_ReprData(const char *s, Py_ssize_t n, const char *prefix, const char *suffix);
PyObject *_KrBytes_Hex(PyObject *data, PyObject *sep, PyObject *bytes_per_sep); /* data: bytes or bytearray */
PyObject *_KrBytes_FromHex(PyObject *string, int as_bytearray);
int _KrBytes_Contains(PyObject *self, PyObject *arg); /* self: bytes or bytearray */
PyObject *_KrBytes_RichCompare(const char *a, Py_ssize_t na, const char *b, Py_ssize_t nb, int op);
/* any bytes-like object: fills view (PyBUF_SIMPLE); TypeError naming `what` */
int _KrBytes_GetBuffer(PyObject *obj, Py_buffer *view);
PyObject *_KrByteArray_New(Py_ssize_t size); /* uninitialised contents */
Py_ssize_t _KrBytes_FastSearch(const char *s, Py_ssize_t n, const char *p, Py_ssize_t m,
                               int reverse);
/* methods only one of the two types has (bytesobject.c, bytearrayobject.c) */
PyObject *_KrBytes_fromhex(PyObject *type, PyObject *arg);
PyObject *_KrBytes_getnewargs(PyObject *self, PyObject *unused);
PyObject *_KrBytes_bytes(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_fromhex(PyObject *type, PyObject *arg);
PyObject *_KrByteArray_sizeof(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_alloc(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_append(PyObject *self, PyObject *arg);
PyObject *_KrByteArray_clear(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_copy(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_extend(PyObject *self, PyObject *arg);
PyObject *_KrByteArray_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *_KrByteArray_pop(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *_KrByteArray_remove(PyObject *self, PyObject *arg);
PyObject *_KrByteArray_reverse(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_reduce(PyObject *self, PyObject *unused);
PyObject *_KrByteArray_reduce_ex(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

/* Iterators over bytes, bytearray and array.array share the list and
 * tuple iterators' layout (_KrSeqIterObject, kr_iter.h) and these pickling
 * methods: __reduce__ gives (iter, (seq,), index), or (iter, ((),)) once
 * exhausted; __setstate__ clamps to [0, len(seq)]. */
PyObject *_KrSeqIter_reduce(PyObject *self, PyObject *unused);
PyObject *_KrSeqIter_setstate(PyObject *self, PyObject *state);

PyObject *_KrBytes_FromIterable(PyObject *x, int as_bytearray); /* bytesobject.c */
#endif
