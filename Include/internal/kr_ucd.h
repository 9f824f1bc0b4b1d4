/* The Unicode character database services beyond str's predicates
 * (Modules/unicodedata.c): character names and normalization, shared by the
 * unicodedata module, the parser's \N{...} escapes, the unicode_escape codec
 * and the tokenizer's identifier normalization. */
#ifndef KR_UCD_H
#define KR_UCD_H
#include "Python.h"

/* Find the character called `name` (len bytes, not NUL-terminated): 1 and
 * *code set when found, 0 when not.  Formal aliases are accepted; named
 * sequences are not (they are more than one character).  Never raises. */
int _KrUnicode_LookupName(const char *name, Py_ssize_t len, Py_UCS4 *code);

/* Write the name of ch (NUL-terminated) into buf of `size` bytes: 1 when
 * ch has a name that fits, 0 otherwise.  Never raises. */
int _KrUnicode_GetName(Py_UCS4 ch, char *buf, size_t size);

/* Normalize str `s` to form "NFC", "NFD", "NFKC" or "NFKD" (new reference;
 * NULL with an exception set). */
PyObject *_KrUnicode_Normalize(const char *form, PyObject *s);

#endif
