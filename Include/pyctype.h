/* Locale-independent ASCII character classes, as CPython's pyctype.h.
 * Number parsing needs them: int(), float() and complex() take only the
 * six C whitespace characters around ASCII text, not the wider set of
 * Py_UNICODE_ISSPACE (which includes \x1c-\x1f). */
#ifndef Py_PYCTYPE_H
#define Py_PYCTYPE_H

#define Py_ISSPACE(c) ((c) == ' ' || ((unsigned)(c) - '\t') <= (unsigned)('\r' - '\t'))

#endif
