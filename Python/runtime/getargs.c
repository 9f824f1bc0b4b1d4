/* Argument parsing for functions written in C: PyArg_ParseTuple and its
 * family, driven by CPython's format strings ("O|i$p:name").
 *
 * Every entry point reduces to one engine, parse_args(): the positional
 * arguments as an array, the keyword arguments as either a dict or a
 * vectorcall kwnames tuple with their values, a format and (optionally)
 * the keyword names.  The engine first measures the format (how many
 * units; where '|' and '$' fall; the function name after ':' and the
 * custom message after ';'), checks counts with CPython's messages, then
 * converts unit by unit through convert_item().  Units that receive no
 * argument still consume their va_list slots (skip_item), so the
 * caller's output pointers stay in step with the format.
 *
 * convert_item() returns NULL on success or the tail of a message
 * ("must be str, not int"), which set_error() prefixes with
 * "name() argument N" exactly as CPython does.  Converters that raise
 * their own exception (O&, integer overflow) return CONVERT_RAISED. */
#include "Python.h"
#include <limits.h>
#include <stdarg.h>

#define MAX_UNITS 64
static const char CONVERT_RAISED[] = "";

typedef struct {
    int min;        /* units before '|' */
    int max;        /* all units */
    int kwonly;     /* index of the first unit after '$' (max if none) */
    const char *fname;
    const char *message; /* after ';' */
    const char *units[MAX_UNITS]; /* start of each unit's code */
} format_info;

/* ---- reading the format ---- */

/* Advance past one unit's code (with its suffixes), starting at *p. */
static int
skip_unit_code(const char **p)
{
    const char *f = *p;
    if (*f == '(') {
        int level = 0;
        do {
            if (*f == '(')
                level++;
            else if (*f == ')')
                level--;
            else if (*f == '\0')
                return -1;
            f++;
        } while (level > 0);
        *p = f;
        return 0;
    }
    char c = *f++;
    if (c == 'e') { /* es, et, es#, et# */
        if (*f == 's' || *f == 't')
            f++;
        if (*f == '#')
            f++;
    } else if (*f == '#' || *f == '*' || *f == '!' || *f == '&') {
        f++;
    }
    *p = f;
    return 0;
}

static int
measure_format(const char *format, format_info *fi, const char *default_name)
{
    fi->min = -1;
    fi->max = 0;
    fi->kwonly = -1;
    fi->fname = default_name;
    fi->message = NULL;
    const char *f = format;
    while (*f) {
        char c = *f;
        if (c == ':') {
            fi->fname = f + 1;
            break;
        }
        if (c == ';') {
            fi->message = f + 1;
            break;
        }
        if (c == '|') {
            fi->min = fi->max;
            f++;
            continue;
        }
        if (c == '$') {
            if (fi->min < 0)
                fi->min = fi->max;
            fi->kwonly = fi->max;
            f++;
            continue;
        }
        if (c == ' ' || c == '\t' || c == ',') {
            f++;
            continue;
        }
        if (fi->max >= MAX_UNITS) {
            PyErr_SetString(PyExc_SystemError, "too many arguments in format");
            return -1;
        }
        fi->units[fi->max++] = f;
        if (skip_unit_code(&f) < 0) {
            PyErr_SetString(PyExc_SystemError, "bad format string");
            return -1;
        }
    }
    if (fi->min < 0)
        fi->min = fi->max;
    if (fi->kwonly < 0)
        fi->kwonly = fi->max;
    return 0;
}

/* The function name is the text after ':' up to ';' or the end. */
static void
copy_fname(char *buf, size_t size, const char *fname)
{
    size_t i = 0;
    if (fname)
        for (; fname[i] && fname[i] != ';' && i + 1 < size; i++)
            buf[i] = fname[i];
    buf[i] = '\0';
}

static void
set_error(Py_ssize_t iarg, const char *kwname, const char *msg, const char *fname,
          const char *message)
{
    if (PyErr_Occurred())
        return;
    if (message != NULL) {
        PyErr_SetString(PyExc_TypeError, message);
        return;
    }
    char name[210];
    copy_fname(name, sizeof name, fname);
    /* a message about an item of a tuple unit starts ", item N" */
    const char *sep = msg[0] == ',' ? "" : " ";
    if (kwname)
        PyErr_Format(PyExc_TypeError, "%s%sargument '%s'%s%s", name, name[0] ? "() " : "",
                     kwname, sep, msg);
    else if (iarg > 0)
        PyErr_Format(PyExc_TypeError, "%s%sargument %zd%s%s", name, name[0] ? "() " : "",
                     iarg, sep, msg);
    else
        PyErr_Format(PyExc_TypeError, "%s%sargument %s", name, name[0] ? "() " : "", msg);
}

/* ---- converting one unit ---- */

static const char *
type_name_of(PyObject *arg)
{
    return arg == Py_None ? "None" : Py_TYPE(arg)->tp_name;
}

static const char *
converr(const char *expected, PyObject *arg, char *msgbuf, size_t bufsize)
{
    snprintf(msgbuf, bufsize, "must be %.50s, not %.50s", expected, type_name_of(arg));
    return msgbuf;
}

static int
get_long(PyObject *arg, long *out)
{
    PyObject *idx = PyNumber_Index(arg);
    if (idx == NULL)
        return -1;
    long v = PyLong_AsLong(idx);
    Py_DECREF(idx);
    if (v == -1 && PyErr_Occurred())
        return -1;
    *out = v;
    return 0;
}

/* str/bytes/buffer contents for s, z, y codes.  For str, the UTF-8 form
 * cached on the object. */
static const char *
get_text(PyObject *arg, Py_ssize_t *len, int allow_str, int allow_bytes)
{
    if (allow_str && PyUnicode_Check(arg))
        return PyUnicode_AsUTF8AndSize(arg, len);
    if (allow_bytes && PyBytes_Check(arg)) {
        *len = PyBytes_GET_SIZE(arg);
        return PyBytes_AS_STRING(arg);
    }
    return NULL;
}

static const char *convert_tuple(PyObject *arg, const char **p_format, va_list *p_va,
                                 char *msgbuf, size_t bufsize);

static const char *
convert_item(PyObject *arg, const char **p_format, va_list *p_va, char *msgbuf, size_t bufsize)
{
    const char *format = *p_format;
    char c = *format++;
    long ival;
    switch (c) {
    case '(':
        *p_format = format - 1;
        return convert_tuple(arg, p_format, p_va, msgbuf, bufsize);
    case 'b': {
        unsigned char *p = va_arg(*p_va, unsigned char *);
        if (get_long(arg, &ival) < 0)
            return CONVERT_RAISED;
        if (ival < 0) {
            PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is less than minimum");
            return CONVERT_RAISED;
        }
        if (ival > UCHAR_MAX) {
            PyErr_SetString(PyExc_OverflowError,
                            "unsigned byte integer is greater than maximum");
            return CONVERT_RAISED;
        }
        *p = (unsigned char)ival;
        break;
    }
    case 'B': {
        unsigned char *p = va_arg(*p_va, unsigned char *);
        if (!PyLong_Check(arg))
            return converr("int", arg, msgbuf, bufsize);
        *p = (unsigned char)PyLong_AsUnsignedLongMask(arg);
        break;
    }
    case 'h': {
        short *p = va_arg(*p_va, short *);
        if (get_long(arg, &ival) < 0)
            return CONVERT_RAISED;
        if (ival < SHRT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed short integer is less than minimum");
            return CONVERT_RAISED;
        }
        if (ival > SHRT_MAX) {
            PyErr_SetString(PyExc_OverflowError,
                            "signed short integer is greater than maximum");
            return CONVERT_RAISED;
        }
        *p = (short)ival;
        break;
    }
    case 'H': {
        unsigned short *p = va_arg(*p_va, unsigned short *);
        if (!PyLong_Check(arg))
            return converr("int", arg, msgbuf, bufsize);
        *p = (unsigned short)PyLong_AsUnsignedLongMask(arg);
        break;
    }
    case 'i': {
        int *p = va_arg(*p_va, int *);
        if (get_long(arg, &ival) < 0)
            return CONVERT_RAISED;
        if (ival > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
            return CONVERT_RAISED;
        }
        if (ival < INT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
            return CONVERT_RAISED;
        }
        *p = (int)ival;
        break;
    }
    case 'I': {
        /* as CPython: through __index__, whose TypeError is the one raised */
        unsigned int *p = va_arg(*p_va, unsigned int *);
        unsigned long v = PyLong_AsUnsignedLongMask(arg);
        if (v == (unsigned long)-1 && PyErr_Occurred())
            return CONVERT_RAISED;
        *p = (unsigned int)v;
        break;
    }
    case 'l': {
        long *p = va_arg(*p_va, long *);
        if (get_long(arg, &ival) < 0)
            return CONVERT_RAISED;
        *p = ival;
        break;
    }
    case 'k': {
        unsigned long *p = va_arg(*p_va, unsigned long *);
        if (!PyLong_Check(arg))
            return converr("int", arg, msgbuf, bufsize);
        *p = PyLong_AsUnsignedLongMask(arg);
        break;
    }
    case 'L': {
        long long *p = va_arg(*p_va, long long *);
        PyObject *idx = PyNumber_Index(arg);
        if (idx == NULL)
            return CONVERT_RAISED;
        long long v = PyLong_AsLongLong(idx);
        Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred())
            return CONVERT_RAISED;
        *p = v;
        break;
    }
    case 'K': {
        unsigned long long *p = va_arg(*p_va, unsigned long long *);
        if (!PyLong_Check(arg))
            return converr("int", arg, msgbuf, bufsize);
        *p = PyLong_AsUnsignedLongLongMask(arg);
        break;
    }
    case 'n': {
        Py_ssize_t *p = va_arg(*p_va, Py_ssize_t *);
        PyObject *idx = PyNumber_Index(arg);
        if (idx == NULL)
            return CONVERT_RAISED;
        Py_ssize_t v = PyLong_AsSsize_t(idx);
        Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred())
            return CONVERT_RAISED;
        *p = v;
        break;
    }
    case 'c': {
        char *p = va_arg(*p_va, char *);
        if (PyBytes_Check(arg) && PyBytes_GET_SIZE(arg) == 1)
            *p = PyBytes_AS_STRING(arg)[0];
        else if (PyByteArray_Check(arg) && PyByteArray_GET_SIZE(arg) == 1)
            *p = PyByteArray_AS_STRING(arg)[0];
        else
            return converr("a byte string of length 1", arg, msgbuf, bufsize);
        break;
    }
    case 'C': {
        int *p = va_arg(*p_va, int *);
        if (!PyUnicode_Check(arg))
            return converr("a unicode character", arg, msgbuf, bufsize);
        if (PyUnicode_GET_LENGTH(arg) != 1) {
            snprintf(msgbuf, bufsize, "must be a unicode character, not a string of length %zd",
                     PyUnicode_GET_LENGTH(arg));
            return msgbuf;
        }
        *p = (int)PyUnicode_READ_CHAR(arg, 0);
        break;
    }
    case 'p': {
        int *p = va_arg(*p_va, int *);
        int v = PyObject_IsTrue(arg);
        if (v < 0)
            return CONVERT_RAISED;
        *p = v;
        break;
    }
    case 'f': {
        float *p = va_arg(*p_va, float *);
        double d = PyFloat_AsDouble(arg);
        if (d == -1.0 && PyErr_Occurred())
            return CONVERT_RAISED;
        *p = (float)d;
        break;
    }
    case 'd': {
        double *p = va_arg(*p_va, double *);
        double d = PyFloat_AsDouble(arg);
        if (d == -1.0 && PyErr_Occurred())
            return CONVERT_RAISED;
        *p = d;
        break;
    }
    case 'D': {
        Py_complex *p = va_arg(*p_va, Py_complex *);
        Py_complex cv = PyComplex_AsCComplex(arg);
        if (cv.real == -1.0 && PyErr_Occurred())
            return CONVERT_RAISED;
        *p = cv;
        break;
    }
    case 's':
    case 'z':
    case 'y': {
        int allow_none = (c == 'z');
        int allow_str = (c != 'y');
        int allow_bytes = (c == 'y') || (*format == '*' || *format == '#');
        const char *expected = c == 'y' ? "bytes-like object" :
                               (allow_none ? (allow_bytes ? "str, bytes-like object or None"
                                                          : "str or None")
                                           : (allow_bytes ? "str or bytes-like object" : "str"));
        if (*format == '*') {
            format++;
            Py_buffer *view = va_arg(*p_va, Py_buffer *);
            if (allow_none && arg == Py_None) {
                PyBuffer_FillInfo(view, NULL, NULL, 0, 1, 0);
            } else if (allow_str && PyUnicode_Check(arg)) {
                Py_ssize_t len;
                const char *s = PyUnicode_AsUTF8AndSize(arg, &len);
                if (s == NULL)
                    return CONVERT_RAISED;
                PyBuffer_FillInfo(view, arg, (void *)s, len, 1, 0);
            } else if (PyObject_GetBuffer(arg, view, PyBUF_SIMPLE) < 0) {
                /* as CPython: the buffer protocol's own TypeError ("a
                 * bytes-like object is required, not 'str'") is the one
                 * the caller sees */
                return CONVERT_RAISED;
            }
            break;
        }
        const char **p = va_arg(*p_va, const char **);
        Py_ssize_t *plen = NULL;
        if (*format == '#') {
            format++;
            plen = va_arg(*p_va, Py_ssize_t *);
        }
        if (allow_none && arg == Py_None) {
            *p = NULL;
            if (plen)
                *plen = 0;
            break;
        }
        Py_ssize_t len;
        const char *s = get_text(arg, &len, allow_str, allow_bytes || plen != NULL);
        if (s == NULL) {
            if (PyErr_Occurred())
                return CONVERT_RAISED;
            if (plen && PyObject_CheckBuffer(arg)) {
                Py_buffer view;
                if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
                    return CONVERT_RAISED;
                /* read-only buffers only: the view must stay valid */
                s = view.buf;
                len = view.len;
                PyBuffer_Release(&view);
            } else {
                return converr(expected, arg, msgbuf, bufsize);
            }
        }
        if (plen == NULL && strlen(s) != (size_t)len) {
            PyErr_SetString(PyExc_ValueError, c == 'y' ? "embedded null byte"
                                                       : "embedded null character");
            return CONVERT_RAISED;
        }
        *p = s;
        if (plen)
            *plen = len;
        break;
    }
    case 'w': {
        if (*format == '*')
            format++;
        Py_buffer *view = va_arg(*p_va, Py_buffer *);
        if (PyObject_GetBuffer(arg, view, PyBUF_WRITABLE) < 0) {
            PyErr_Clear();
            return converr("read-write bytes-like object", arg, msgbuf, bufsize);
        }
        break;
    }
    case 'e': {
        /* es / et: encode str with the given encoding into a new buffer
         * owned by the caller (PyMem_Free). */
        format++;
        const char *encoding = va_arg(*p_va, const char *);
        char **buffer = va_arg(*p_va, char **);
        Py_ssize_t *plen = NULL;
        if (*format == '#') {
            format++;
            plen = va_arg(*p_va, Py_ssize_t *);
        }
        PyObject *bytes;
        if (PyUnicode_Check(arg))
            bytes = PyUnicode_AsEncodedString(arg, encoding ? encoding : "utf-8", NULL);
        else if (PyBytes_Check(arg))
            bytes = Py_NewRef(arg);
        else
            return converr("str, bytes or bytearray", arg, msgbuf, bufsize);
        if (bytes == NULL)
            return CONVERT_RAISED;
        Py_ssize_t len = PyBytes_GET_SIZE(bytes);
        if (plen == NULL && strlen(PyBytes_AS_STRING(bytes)) != (size_t)len) {
            Py_DECREF(bytes);
            PyErr_SetString(PyExc_ValueError, "embedded null byte");
            return CONVERT_RAISED;
        }
        *buffer = PyMem_Malloc(len + 1);
        if (*buffer == NULL) {
            Py_DECREF(bytes);
            PyErr_NoMemory();
            return CONVERT_RAISED;
        }
        memcpy(*buffer, PyBytes_AS_STRING(bytes), len + 1);
        if (plen)
            *plen = len;
        Py_DECREF(bytes);
        break;
    }
    case 'S': {
        PyObject **p = va_arg(*p_va, PyObject **);
        if (!PyBytes_Check(arg))
            return converr("bytes", arg, msgbuf, bufsize);
        *p = arg;
        break;
    }
    case 'Y': {
        PyObject **p = va_arg(*p_va, PyObject **);
        if (!PyByteArray_Check(arg))
            return converr("bytearray", arg, msgbuf, bufsize);
        *p = arg;
        break;
    }
    case 'U': {
        PyObject **p = va_arg(*p_va, PyObject **);
        if (!PyUnicode_Check(arg))
            return converr("str", arg, msgbuf, bufsize);
        *p = arg;
        break;
    }
    case 'O': {
        if (*format == '!') {
            format++;
            PyTypeObject *type = va_arg(*p_va, PyTypeObject *);
            PyObject **p = va_arg(*p_va, PyObject **);
            if (!PyObject_TypeCheck(arg, type))
                return converr(type->tp_name, arg, msgbuf, bufsize);
            *p = arg;
        } else if (*format == '&') {
            format++;
            int (*converter)(PyObject *, void *) = va_arg(*p_va, int (*)(PyObject *, void *));
            void *addr = va_arg(*p_va, void *);
            if (!converter(arg, addr))
                return CONVERT_RAISED;
        } else {
            PyObject **p = va_arg(*p_va, PyObject **);
            *p = arg;
        }
        break;
    }
    default:
        PyErr_Format(PyExc_SystemError, "bad format char '%c' passed to PyArg_Parse", c);
        return CONVERT_RAISED;
    }
    *p_format = format;
    return NULL;
}

static const char *
convert_tuple(PyObject *arg, const char **p_format, va_list *p_va, char *msgbuf, size_t bufsize)
{
    const char *format = *p_format + 1; /* past '(' */
    int n = 0;
    const char *f = format;
    while (*f != ')') {
        if (skip_unit_code(&f) < 0)
            break;
        n++;
    }
    if (!PySequence_Check(arg) || PyUnicode_Check(arg) || PyBytes_Check(arg)) {
        snprintf(msgbuf, bufsize, "must be %d-item sequence, not %.50s", n, type_name_of(arg));
        return msgbuf;
    }
    Py_ssize_t len = PySequence_Size(arg);
    if (len != n) {
        snprintf(msgbuf, bufsize, "must be sequence of length %d, not %zd", n, len);
        return msgbuf;
    }
    for (int i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(arg, i);
        if (item == NULL)
            return CONVERT_RAISED;
        const char *msg = convert_item(item, &format, p_va, msgbuf, bufsize);
        /* borrowed pointers into the item stay valid while arg holds it */
        Py_DECREF(item);
        if (msg == CONVERT_RAISED)
            return msg;
        if (msg) {
            /* CPython names the item: "argument 1, item 0 must be int" */
            char tail[200];
            snprintf(tail, sizeof tail, "%s", msg);
            snprintf(msgbuf, bufsize, ", item %d%s%.200s", i, tail[0] == ',' ? "" : " ", tail);
            return msgbuf;
        }
    }
    *p_format = format + 1; /* past ')' */
    return NULL;
}

/* Consume the va_list slots of one unit that received no argument. */
static void
skip_item(const char **p_format, va_list *p_va)
{
    const char *format = *p_format;
    char c = *format++;
    if (c == '(') {
        while (*format != ')')
            skip_item(&format, p_va);
        *p_format = format + 1;
        return;
    }
    switch (c) {
    case 'e':
        format++;
        (void)va_arg(*p_va, void *);
        (void)va_arg(*p_va, void *);
        if (*format == '#') {
            format++;
            (void)va_arg(*p_va, void *);
        }
        break;
    case 'O':
        if (*format == '!' || *format == '&') {
            format++;
            (void)va_arg(*p_va, void *);
        }
        (void)va_arg(*p_va, void *);
        break;
    case 's': case 'z': case 'y': case 'w':
        (void)va_arg(*p_va, void *);
        if (*format == '#') {
            format++;
            (void)va_arg(*p_va, void *);
        } else if (*format == '*') {
            format++;
        }
        break;
    default:
        (void)va_arg(*p_va, void *);
        break;
    }
    *p_format = format;
}

/* ---- the engine ---- */

typedef struct {
    PyObject *kwdict;           /* dict, or NULL */
    PyObject *kwnames;          /* tuple of names for vectorcall, or NULL */
    PyObject *const *kwvalues;  /* values for kwnames */
} kwargs_t;

static Py_ssize_t
kw_count(const kwargs_t *kw)
{
    if (kw->kwdict)
        return PyDict_Size(kw->kwdict);
    if (kw->kwnames)
        return PyTuple_GET_SIZE(kw->kwnames);
    return 0;
}

/* Borrowed value of keyword `name`, NULL if absent (or -1 style error). */
static PyObject *
kw_lookup(const kwargs_t *kw, const char *name)
{
    if (kw->kwdict)
        return PyDict_GetItemString(kw->kwdict, name);
    if (kw->kwnames) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kw->kwnames); i++) {
            if (_PyUnicode_EqualToASCIIString(PyTuple_GET_ITEM(kw->kwnames, i), name))
                return kw->kwvalues[i];
        }
    }
    return NULL;
}

/* After conversion: complain about any keyword that matched nothing. */
static int
check_unknown_keywords(const kwargs_t *kw, const char *const *kwlist, int max,
                       const char *fname, int npos_only)
{
    Py_ssize_t pos = 0, i = 0;
    PyObject *key;
    char name[210];
    copy_fname(name, sizeof name, fname);
    for (;;) {
        if (kw->kwdict) {
            PyObject *value;
            if (!PyDict_Next(kw->kwdict, &pos, &key, &value))
                break;
        } else {
            if (kw->kwnames == NULL || i >= PyTuple_GET_SIZE(kw->kwnames))
                break;
            key = PyTuple_GET_ITEM(kw->kwnames, i++);
        }
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return -1;
        }
        int match = 0;
        for (int k = npos_only; k < max; k++) {
            if (kwlist[k] && kwlist[k][0] && _PyUnicode_EqualToASCIIString(key, kwlist[k])) {
                match = 1;
                break;
            }
        }
        if (!match) {
            if (name[0])
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                             key, name);
            else
                PyErr_Format(PyExc_TypeError,
                             "'%U' is an invalid keyword argument for this function", key);
            return -1;
        }
    }
    return 0;
}

static int
parse_args(PyObject *const *args, Py_ssize_t nargs, const kwargs_t *kw, const char *format,
           const char *const *kwlist, va_list *p_va, int use_names_in_errors)
{
    format_info fi;
    char msgbuf[256];
    if (measure_format(format, &fi, NULL) < 0)
        return 0;
    char name[210];
    copy_fname(name, sizeof name, fi.fname);
    const char *fn = name[0] ? name : "function";
    const char *paren = name[0] ? "()" : "";
    Py_ssize_t nkw = kw ? kw_count(kw) : 0;
    int npos_only = 0;
    if (kwlist) {
        while (npos_only < fi.max && kwlist[npos_only] && kwlist[npos_only][0] == '\0')
            npos_only++;
    }

    if (kwlist == NULL) {
        if (nkw > 0) {
            PyErr_Format(PyExc_TypeError, "%s%s takes no keyword arguments", fn, paren);
            return 0;
        }
        if (nargs < fi.min || nargs > fi.max) {
            if (fi.message) {
                PyErr_SetString(PyExc_TypeError, fi.message);
            } else if (fi.max == 0) {
                PyErr_Format(PyExc_TypeError, "%s%s takes no arguments", fn, paren);
            } else {
                int n = nargs < fi.min ? fi.min : fi.max;
                PyErr_Format(PyExc_TypeError, "%s%s takes %s %d argument%s (%zd given)", fn,
                             paren, fi.min == fi.max ? "exactly"
                                    : nargs < fi.min ? "at least" : "at most",
                             n, n == 1 ? "" : "s", nargs);
            }
            return 0;
        }
    } else {
        if (nargs + nkw > fi.max) {
            PyErr_Format(PyExc_TypeError, "%s%s takes at most %d %sargument%s (%zd given)", fn,
                         paren, fi.max, nargs == 0 ? "keyword " : "",
                         fi.max == 1 ? "" : "s", nargs + nkw);
            return 0;
        }
        if (nargs > fi.kwonly) {
            PyErr_Format(PyExc_TypeError, "%s%s takes %s %d positional argument%s (%zd given)",
                         fn, paren, fi.min < fi.kwonly ? "at most" : "exactly", fi.kwonly,
                         fi.kwonly == 1 ? "" : "s", nargs);
            return 0;
        }
    }

    Py_ssize_t kw_used = 0;
    for (int i = 0; i < fi.max; i++) {
        const char *unit = fi.units[i];
        PyObject *arg = NULL;
        const char *kwname = NULL;
        if (i < nargs) {
            arg = args[i];
        } else if (kwlist && nkw > 0 && i >= npos_only && kwlist[i]) {
            arg = kw_lookup(kw, kwlist[i]);
            if (arg) {
                kw_used++;
                kwname = kwlist[i];
            } else if (PyErr_Occurred()) {
                return 0;
            }
        }
        if (arg == NULL) {
            if (i < fi.min) {
                if (kwlist && i >= npos_only) {
                    PyErr_Format(PyExc_TypeError, "%s%s missing required argument '%s' (pos %d)",
                                 fn, paren, kwlist[i], i + 1);
                } else if (kwlist) {
                    PyErr_Format(PyExc_TypeError,
                                 "%s%s takes %s %d positional argument%s (%zd given)",
                                 fn, paren, fi.min < fi.max ? "at least" : "exactly",
                                 npos_only < fi.min ? npos_only : fi.min,
                                 fi.min == 1 ? "" : "s", nargs);
                }
                return 0;
            }
            /* Skip the remaining units; with no keywords left we can stop. */
            skip_item(&unit, p_va);
            continue;
        }
        const char *msg = convert_item(arg, &unit, p_va, msgbuf, sizeof msgbuf);
        if (msg) {
            if (msg != CONVERT_RAISED || !PyErr_Occurred())
                set_error(i + 1, use_names_in_errors ? kwname : NULL, msg, fi.fname,
                          fi.message);
            return 0;
        }
    }
    /* as CPython, a name that repeats a positional argument is reported
     * only once every argument converted and none is missing */
    for (Py_ssize_t i = 0; kwlist && nkw > kw_used && i < nargs; i++) {
        if (kwlist[i] && kwlist[i][0] && kw_lookup(kw, kwlist[i])) {
            PyErr_Format(PyExc_TypeError,
                         "argument for %s%s given by name ('%s') and position (%zd)",
                         fn, paren, kwlist[i], i + 1);
            return 0;
        }
    }
    if (kwlist && kw_used < nkw) {
        if (check_unknown_keywords(kw, kwlist, fi.max, fi.fname, npos_only) < 0)
            return 0;
    }
    return 1;
}

/* The tuple's items as an array, for the engine. */
static int
parse_tuple(PyObject *args, PyObject *kwdict, const char *format, char **kwlist, va_list *p_va)
{
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "new style getargs format but argument is not a tuple");
        return 0;
    }
    kwargs_t kw = {kwdict, NULL, NULL};
    if (kwdict != NULL && !PyDict_Check(kwdict)) {
        PyErr_BadInternalCall();
        return 0;
    }
    return parse_args(_PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), &kw, format,
                      (const char *const *)kwlist, p_va, 1);
}

int
PyArg_ParseTuple(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_tuple(args, NULL, format, NULL, &va);
    va_end(va);
    return r;
}

/* PyArg_ParseTuple for a vectorcall's positional arguments */
int
_PyArg_ParseStack(PyObject *const *args, Py_ssize_t nargs, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_args(args, nargs, NULL, format, NULL, &va, 0);
    va_end(va);
    return r;
}

int
PyArg_VaParse(PyObject *args, const char *format, va_list va)
{
    va_list lva;
    va_copy(lva, va);
    int r = parse_tuple(args, NULL, format, NULL, &lva);
    va_end(lva);
    return r;
}

int
PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwds, const char *format,
                            char **kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = parse_tuple(args, kwds, format, kwlist, &va);
    va_end(va);
    return r;
}

/* PyArg_Parse: the old single-object form; one unit means "the object
 * itself", several mean "a tuple of them". */
int
PyArg_Parse(PyObject *arg, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    format_info fi;
    int r = 0;
    if (measure_format(format, &fi, NULL) == 0) {
        if (fi.max == 1) {
            char msgbuf[256];
            const char *unit = fi.units[0];
            const char *msg = convert_item(arg, &unit, &va, msgbuf, sizeof msgbuf);
            if (msg) {
                if (msg != CONVERT_RAISED || !PyErr_Occurred())
                    set_error(0, NULL, msg, fi.fname, fi.message);
            } else {
                r = 1;
            }
        } else {
            r = parse_tuple(arg, NULL, format, NULL, &va);
        }
    }
    va_end(va);
    return r;
}

/* ---- unpacking without conversion ---- */

static int
unpack_stack(PyObject *const *args, Py_ssize_t nargs, const char *name, Py_ssize_t min,
             Py_ssize_t max, va_list va)
{
    if (nargs < min) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return 0;
    }
    if (nargs > max) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return 0;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject **o = va_arg(va, PyObject **);
        *o = args[i];
    }
    return 1;
}

int
PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...)
{
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    va_list va;
    va_start(va, max);
    int r = unpack_stack(_PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), name, min, max, va);
    va_end(va);
    return r;
}

int
_PyArg_UnpackStack(PyObject *const *args, Py_ssize_t nargs, const char *name,
                   Py_ssize_t min, Py_ssize_t max, ...)
{
    va_list va;
    va_start(va, max);
    int r = unpack_stack(args, nargs, name, min, max, va);
    va_end(va);
    return r;
}

int
_PyArg_CheckPositional(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max)
{
    if (nargs < min) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return 0;
    }
    if (nargs == 0)
        return 1;
    if (nargs > max) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return 0;
    }
    return 1;
}

int
_PyArg_NoKeywords(const char *funcname, PyObject *kwargs)
{
    if (kwargs == NULL)
        return 1;
    if (!PyDict_Check(kwargs)) {
        PyErr_BadInternalCall();
        return 0;
    }
    if (PyDict_Size(kwargs) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}

int
_PyArg_NoKwnames(const char *funcname, PyObject *kwnames)
{
    if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}

int
_PyArg_NoPositional(const char *funcname, PyObject *args)
{
    if (args == NULL || PyTuple_GET_SIZE(args) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", funcname);
    return 0;
}

/* ---- the static parser form (vectorcall) ----
 * The format of a _PyArg_Parser carries no ':name' (the name is in
 * fname), so the engine gets a composed copy. */

static const char *
parser_format(struct _PyArg_Parser *parser, char *buf, size_t size)
{
    const char *fname = parser->fname;
    if (parser->format == NULL)
        return NULL;
    if (fname == NULL || strchr(parser->format, ':') || strchr(parser->format, ';'))
        return parser->format;
    snprintf(buf, size, "%s:%s", parser->format, fname);
    return buf;
}

int
_PyArg_ParseStackAndKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                             struct _PyArg_Parser *parser, ...)
{
    char buf[300];
    const char *format = parser_format(parser, buf, sizeof buf);
    if (format == NULL) {
        PyErr_SetString(PyExc_SystemError, "_PyArg_Parser without a format");
        return 0;
    }
    kwargs_t kw = {NULL, kwnames, kwnames ? args + nargs : NULL};
    va_list va;
    va_start(va, parser);
    int r = parse_args(args, nargs, &kw, format, parser->keywords, &va, 1);
    va_end(va);
    return r;
}

int
_PyArg_ParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs,
                                 struct _PyArg_Parser *parser, ...)
{
    char buf[300];
    const char *format = parser_format(parser, buf, sizeof buf);
    if (format == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "bad _PyArg_Parser call");
        return 0;
    }
    kwargs_t kw = {kwargs, NULL, NULL};
    va_list va;
    va_start(va, parser);
    int r = parse_args(_PyTuple_ITEMS(args), PyTuple_GET_SIZE(args), &kw, format,
                       parser->keywords, &va, 1);
    va_end(va);
    return r;
}

/* The "w*" converter of a one-argument method: a writable buffer, or
 * CPython's TypeError naming the method when the object has none or a
 * read-only one. */
int
_KrArg_WritableBuffer(const char *fname, PyObject *arg, Py_buffer *view)
{
    if (PyObject_GetBuffer(arg, view, PyBUF_WRITABLE) == 0)
        return 0;
    if (!PyErr_ExceptionMatches(PyExc_BufferError) && !PyErr_ExceptionMatches(PyExc_TypeError))
        return -1;
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s() argument must be read-write bytes-like object, not %.50s",
                 fname, arg == Py_None ? "None" : Py_TYPE(arg)->tp_name);
    return -1;
}
