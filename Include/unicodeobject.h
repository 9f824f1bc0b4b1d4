/* str (Objects/unicodeobject.c): PEP 393 compact strings.
 *
 * A str is stored in the narrowest of four forms that holds its widest
 * character: ASCII (1 byte, PyASCIIObject header), latin-1 (1 byte), UCS-2
 * or UCS-4, each a single allocation with the characters right after the
 * header and a terminating NUL.  The hash is cached in the header; the
 * UTF-8 form is created on demand and cached (`utf8`).  Exact str objects
 * are always compact; instances of str subclasses have a fixed-size
 * PyUnicodeObject header (room for a __dict__ after it) and their data in
 * a separate block (data.any), as in CPython. */
#ifndef Py_UNICODEOBJECT_H
#define Py_UNICODEOBJECT_H
#include "object.h"
#include <stdarg.h>
#include <wchar.h>

#define PyUnicode_WCHAR_KIND 0
#define PyUnicode_1BYTE_KIND 1
#define PyUnicode_2BYTE_KIND 2
#define PyUnicode_4BYTE_KIND 4

typedef struct {
    PyObject_HEAD
    Py_ssize_t length;
    Py_hash_t hash; /* -1 until computed */
    struct {
        unsigned int interned:2;
        unsigned int kind:3;
        unsigned int compact:1;
        unsigned int ascii:1;
        unsigned int ready:1;
        unsigned int :24;
    } state;
    wchar_t *wstr; /* always NULL in Krait */
} PyASCIIObject;

typedef struct {
    PyASCIIObject _base;
    Py_ssize_t utf8_length;
    char *utf8; /* cached UTF-8 form, PyObject_Malloc'ed; NULL until asked */
    Py_ssize_t wstr_length;
} PyCompactUnicodeObject;

typedef struct {
    PyCompactUnicodeObject _base;
    union { void *any; Py_UCS1 *latin1; Py_UCS2 *ucs2; Py_UCS4 *ucs4; } data;
} PyUnicodeObject;

#define SSTATE_NOT_INTERNED 0
#define SSTATE_INTERNED_MORTAL 1
#define SSTATE_INTERNED_IMMORTAL 2

extern PyTypeObject PyUnicode_Type;
extern PyTypeObject PyUnicodeIter_Type;
extern PyTypeObject _PyUnicodeASCIIIter_Type;
#define PyUnicode_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_IS_TYPE((op), &PyUnicode_Type)

#define _PyASCIIObject_CAST(op) ((PyASCIIObject *)(op))
#define _PyCompactUnicodeObject_CAST(op) ((PyCompactUnicodeObject *)(op))
#define PyUnicode_IS_ASCII(op) (_PyASCIIObject_CAST(op)->state.ascii)
#define PyUnicode_IS_COMPACT(op) (_PyASCIIObject_CAST(op)->state.compact)
#define PyUnicode_IS_COMPACT_ASCII(op) (PyUnicode_IS_ASCII(op) && PyUnicode_IS_COMPACT(op))
#define PyUnicode_IS_READY(op) 1
#define PyUnicode_READY(op) 0
#define PyUnicode_KIND(op) (_PyASCIIObject_CAST(op)->state.kind)
#define PyUnicode_GET_LENGTH(op) (_PyASCIIObject_CAST(op)->length)
static inline void *PyUnicode_DATA(PyObject *op)
{
    /* instances of str subclasses are not compact: data lives apart */
    if (!PyUnicode_IS_COMPACT(op))
        return ((PyUnicodeObject *)op)->data.any;
    if (PyUnicode_IS_ASCII(op))
        return (void *)(_PyASCIIObject_CAST(op) + 1);
    return (void *)(_PyCompactUnicodeObject_CAST(op) + 1);
}
#define PyUnicode_DATA(op) PyUnicode_DATA(_PyObject_CAST(op))
#define PyUnicode_1BYTE_DATA(op) ((Py_UCS1 *)PyUnicode_DATA(op))
#define PyUnicode_2BYTE_DATA(op) ((Py_UCS2 *)PyUnicode_DATA(op))
#define PyUnicode_4BYTE_DATA(op) ((Py_UCS4 *)PyUnicode_DATA(op))
static inline Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index)
{
    if (kind == PyUnicode_1BYTE_KIND) return ((const Py_UCS1 *)data)[index];
    if (kind == PyUnicode_2BYTE_KIND) return ((const Py_UCS2 *)data)[index];
    return ((const Py_UCS4 *)data)[index];
}
static inline void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value)
{
    if (kind == PyUnicode_1BYTE_KIND) ((Py_UCS1 *)data)[index] = (Py_UCS1)value;
    else if (kind == PyUnicode_2BYTE_KIND) ((Py_UCS2 *)data)[index] = (Py_UCS2)value;
    else ((Py_UCS4 *)data)[index] = value;
}
#define PyUnicode_READ_CHAR(op, index) PyUnicode_READ(PyUnicode_KIND(op), PyUnicode_DATA(op), (index))
#define PyUnicode_MAX_CHAR_VALUE(op) (PyUnicode_IS_ASCII(op) ? 0x7fU : \
    PyUnicode_KIND(op) == PyUnicode_1BYTE_KIND ? 0xffU : \
    PyUnicode_KIND(op) == PyUnicode_2BYTE_KIND ? 0xffffU : 0x10ffffU)
#define Py_UNICODE_REPLACEMENT_CHARACTER ((Py_UCS4)0xFFFD)
#define Py_UNICODE_IS_SURROGATE(ch) (0xD800 <= (ch) && (ch) <= 0xDFFF)
#define Py_UNICODE_IS_HIGH_SURROGATE(ch) (0xD800 <= (ch) && (ch) <= 0xDBFF)
#define Py_UNICODE_IS_LOW_SURROGATE(ch) (0xDC00 <= (ch) && (ch) <= 0xDFFF)
#define Py_UNICODE_JOIN_SURROGATES(high, low) \
    (((((Py_UCS4)(high) & 0x03FF) << 10) | ((Py_UCS4)(low) & 0x03FF)) + 0x10000)
#define Py_UNICODE_HIGH_SURROGATE(ch) (0xD800 - (0x10000 >> 10) + ((ch) >> 10))
#define Py_UNICODE_LOW_SURROGATE(ch) (0xDC00 + ((ch) & 0x3FF))

PyObject *PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar);
PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size);
PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size); /* UTF-8 */
PyObject *PyUnicode_FromString(const char *u);
PyObject *PyUnicode_FromOrdinal(int ordinal);
PyObject *PyUnicode_FromFormat(const char *format, ...);
PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs);
PyObject *PyUnicode_FromObject(PyObject *);
PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors);
PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size);
PyObject *PyUnicode_Substring(PyObject *str, Py_ssize_t start, Py_ssize_t end);
Py_ssize_t PyUnicode_GetLength(PyObject *);
Py_UCS4 PyUnicode_ReadChar(PyObject *unicode, Py_ssize_t index);
int PyUnicode_WriteChar(PyObject *unicode, Py_ssize_t index, Py_UCS4 character);
Py_ssize_t PyUnicode_CopyCharacters(PyObject *to, Py_ssize_t to_start, PyObject *from, Py_ssize_t from_start, Py_ssize_t how_many);
const char *PyUnicode_AsUTF8(PyObject *); /* cached, owned by the string */
const char *PyUnicode_AsUTF8AndSize(PyObject *, Py_ssize_t *size);
PyObject *PyUnicode_AsUTF8String(PyObject *);
PyObject *PyUnicode_AsASCIIString(PyObject *);
PyObject *PyUnicode_AsLatin1String(PyObject *);
PyObject *PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding, const char *errors);
PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors);
PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors);
PyObject *PyUnicode_DecodeUTF8Stateful(const char *s, Py_ssize_t size, const char *errors, Py_ssize_t *consumed);
PyObject *PyUnicode_DecodeLatin1(const char *s, Py_ssize_t size, const char *errors);
PyObject *PyUnicode_DecodeASCII(const char *s, Py_ssize_t size, const char *errors);
PyObject *PyUnicode_DecodeFSDefault(const char *s);
PyObject *PyUnicode_DecodeFSDefaultAndSize(const char *s, Py_ssize_t size);
PyObject *PyUnicode_EncodeFSDefault(PyObject *unicode);
PyObject *PyUnicode_DecodeUnicodeEscape(const char *s, Py_ssize_t size, const char *errors);
PyObject *_PyUnicode_DecodeUnicodeEscapeInternal(const char *s, Py_ssize_t size, const char *errors, Py_ssize_t *consumed, const char **first_invalid_escape);
wchar_t *PyUnicode_AsWideCharString(PyObject *unicode, Py_ssize_t *size);
Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *unicode);
PyObject *PyUnicode_Concat(PyObject *left, PyObject *right);
void PyUnicode_Append(PyObject **pleft, PyObject *right);
void PyUnicode_AppendAndDel(PyObject **pleft, PyObject *right);
PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit);
PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit);
PyObject *PyUnicode_Splitlines(PyObject *s, int keepends);
PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep);
PyObject *PyUnicode_Join(PyObject *separator, PyObject *seq);
PyObject *_PyUnicode_JoinArray(PyObject *separator, PyObject *const *items, Py_ssize_t seqlen);
Py_ssize_t PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction);
Py_ssize_t PyUnicode_Find(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction);
Py_ssize_t PyUnicode_FindChar(PyObject *str, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction);
Py_ssize_t PyUnicode_Count(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end);
PyObject *PyUnicode_Replace(PyObject *str, PyObject *substr, PyObject *replstr, Py_ssize_t maxcount);
int PyUnicode_Compare(PyObject *left, PyObject *right);
int PyUnicode_CompareWithASCIIString(PyObject *left, const char *right);
int _PyUnicode_EqualToASCIIString(PyObject *left, const char *right);
int _PyUnicode_EqualToASCIIId(PyObject *left, const char *right);
int _PyUnicode_Equal(PyObject *a, PyObject *b); /* both exact or subclass str; no errors */
int _PyUnicode_EQ(PyObject *a, PyObject *b);
PyObject *PyUnicode_RichCompare(PyObject *left, PyObject *right, int op);
PyObject *PyUnicode_Format(PyObject *format, PyObject *args); /* the % operator */
int PyUnicode_Contains(PyObject *container, PyObject *element);
int PyUnicode_IsIdentifier(PyObject *s);
PyObject *PyUnicode_InternFromString(const char *);
void PyUnicode_InternInPlace(PyObject **);
void PyUnicode_InternImmortal(PyObject **);
#define PyUnicode_CHECK_INTERNED(op) (_PyASCIIObject_CAST(op)->state.interned)
PyObject *_PyUnicode_Copy(PyObject *unicode);
PyObject *_PyUnicode_FromASCII(const char *buffer, Py_ssize_t size);
PyObject *_PyUnicode_FromUCS1(const Py_UCS1 *s, Py_ssize_t size);
PyObject *_PyUnicode_FromUCS2(const Py_UCS2 *s, Py_ssize_t size);
PyObject *_PyUnicode_FromUCS4(const Py_UCS4 *s, Py_ssize_t size);
PyObject *_PyUnicode_JoinArray(PyObject *separator, PyObject *const *items, Py_ssize_t seqlen);
Py_hash_t _PyUnicode_Hash(PyObject *); /* cached */
PyObject *_PyUnicode_Repr(PyObject *);
int _PyUnicode_IsWhitespace(Py_UCS4 ch);
int _PyUnicode_IsLinebreak(Py_UCS4 ch);
int _PyUnicode_IsDecimalDigit(Py_UCS4 ch);
int _PyUnicode_IsDigit(Py_UCS4 ch);
int _PyUnicode_IsNumeric(Py_UCS4 ch);
int _PyUnicode_IsAlpha(Py_UCS4 ch);
int _PyUnicode_IsPrintable(Py_UCS4 ch);
int _PyUnicode_IsXidStart(Py_UCS4 ch);
int _PyUnicode_IsXidContinue(Py_UCS4 ch);
int _PyUnicode_ToDecimalDigit(Py_UCS4 ch);
#define Py_UNICODE_ISSPACE(ch) ((ch) < 128U ? _Py_ascii_whitespace[(ch)] : _PyUnicode_IsWhitespace(ch))
/* The whitespace int(), float() and complex() strip: in ASCII only the C
 * locale's six (not the separators 0x1C-0x1F that str.isspace() accepts),
 * beyond it Unicode's. */
#define _KrUnicode_IsNumberSpace(ch) \
    ((ch) < 128U ? Py_ISSPACE(ch) : _PyUnicode_IsWhitespace(ch))
extern const unsigned char _Py_ascii_whitespace[];
/* Return a cached str for a C string literal; borrowed, lives forever. */
PyObject *_PyUnicode_FromId(const char *);
/* Builds a str from pieces with one final allocation of the right width. */
typedef struct {
    PyObject *buffer;
    void *data;
    int kind;
    Py_UCS4 maxchar;
    Py_ssize_t size;
    Py_ssize_t pos;
    Py_ssize_t min_length;
    Py_UCS4 min_char;
    unsigned char overallocate;
    unsigned char readonly;
} _PyUnicodeWriter;
void _PyUnicodeWriter_Init(_PyUnicodeWriter *writer);
int _PyUnicodeWriter_WriteChar(_PyUnicodeWriter *writer, Py_UCS4 ch);
int _PyUnicodeWriter_WriteStr(_PyUnicodeWriter *writer, PyObject *str);
int _PyUnicodeWriter_WriteSubstring(_PyUnicodeWriter *writer, PyObject *str, Py_ssize_t start, Py_ssize_t end);
int _PyUnicodeWriter_WriteASCIIString(_PyUnicodeWriter *writer, const char *str, Py_ssize_t len);
int _PyUnicodeWriter_WriteLatin1String(_PyUnicodeWriter *writer, const char *str, Py_ssize_t len);
PyObject *_PyUnicodeWriter_Finish(_PyUnicodeWriter *writer);
void _PyUnicodeWriter_Dealloc(_PyUnicodeWriter *writer);
#endif
