/* The format-spec mini-language (Python/formatter.c), shared by
 * format(), str.format, f-strings and the __format__ methods of int,
 * float, complex and str. */
#ifndef KR_FORMAT_H
#define KR_FORMAT_H
#include "Python.h"
/* Each returns a new str formatted per `format_spec` (a str), or NULL
 * with ValueError/TypeError as CPython raises them. */
PyObject *_KrFormat_Long(PyObject *obj, PyObject *format_spec);
PyObject *_KrFormat_Float(PyObject *obj, PyObject *format_spec);
PyObject *_KrFormat_Complex(PyObject *obj, PyObject *format_spec);
PyObject *_KrFormat_Unicode(PyObject *obj, PyObject *format_spec);

/* The str.format template parser (Objects/unicode_format.c), shared by
 * str.format, str.format_map and the _string module behind
 * string.Formatter.  Positions are code point offsets into `str`. */
typedef struct {
    PyObject *str;
    Py_ssize_t pos, end;
} _KrMarkupIter;

typedef struct {
    Py_ssize_t lit_start, lit_end; /* literal text, with '{{' and '}}' kept as one brace */
    int field_present;             /* a replacement field follows the literal */
    Py_ssize_t name_start, name_end;
    int has_spec;                  /* a ':' or '!' was seen */
    Py_ssize_t spec_start, spec_end;
    Py_UCS4 conversion;            /* 0 when there is none */
    int spec_needs_expanding;      /* the spec holds a '{' */
} _KrMarkup;

/* 1 with *m filled, 0 at the end of the template, -1 with ValueError. */
int _KrMarkupIter_Next(_KrMarkupIter *it, _KrMarkup *m);

/* A field name "first.attr[key]...": the rest is walked with
 * _KrFieldNameIter_Next. */
typedef struct {
    PyObject *str;
    Py_ssize_t pos, end;
} _KrFieldNameIter;

/* Splits [start, end): *first_end is where the first part stops, and
 * *first_idx its value when it is all decimal digits, else -1.  -1 with
 * ValueError for an index too large. */
int _KrFieldName_Split(PyObject *str, Py_ssize_t start, Py_ssize_t end, Py_ssize_t *first_end,
                       Py_ssize_t *first_idx, _KrFieldNameIter *rest);
/* 1 with one .attr (is_attr) or [key] part ([name_start, name_end), and
 * *idx its value when all digits, else -1), 0 at the end, -1 with
 * ValueError. */
int _KrFieldNameIter_Next(_KrFieldNameIter *it, int *is_attr, Py_ssize_t *idx, Py_ssize_t *name_start,
                          Py_ssize_t *name_end);
#endif
