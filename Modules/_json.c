/* The _json module: the C half of the json package.
 *
 * json/decoder.py, json/scanner.py and json/encoder.py each try to import
 * a piece of this module and fall back to pure Python when it is missing.
 * The pure-Python versions work, but they run a regular expression or a
 * Python function per token and a generator per container, which makes
 * json one of the slowest things a real program does.  Here the whole
 * document is walked in C:
 *
 * - scanstring / the scanner read the str's code points in place (through
 *   its kind and data pointer), never calling back into Python except
 *   for the hooks the user gave (object_hook, parse_float, ...).  A string
 *   without escapes becomes one PyUnicode_Substring; one with escapes is
 *   built by a _PyUnicodeWriter.
 * - the encoder writes every chunk into a single _PyUnicodeWriter and
 *   returns a 1-element list holding the finished text (a list, as in
 *   CPython 3.11), which json.encoder joins for free.  Strings are
 *   escaped straight from the source str.
 *
 * Behaviour follows CPython 3.11's accelerator, which differs from the
 * pure-Python code in a few visible ways that programs (and CPython's
 * test suite) depend on: the error messages ("Invalid control character
 * at" without the character), the error positions, StopIteration(idx)
 * when no value starts at idx (json.decoder turns it into "Expecting
 * value"), ints written with int.__repr__ and floats with float.__repr__
 * even for subclasses, and RecursionError for deep nesting in both
 * directions.  Errors are json.decoder.JSONDecodeError, looked up when an
 * error is raised so that a reloaded json package gets its own class. */
#include "Python.h"
#include "structmember.h"
#include "kr_strings.h"
#include <math.h>

/* ====================== errors ====================== */

/* Raise json.decoder.JSONDecodeError(msg, s, pos). */
static void
raise_errmsg(const char *msg, PyObject *s, Py_ssize_t pos)
{
    PyObject *decoder = PyImport_ImportModule("json.decoder");
    if (decoder == NULL)
        return;
    PyObject *cls = PyObject_GetAttrString(decoder, "JSONDecodeError");
    Py_DECREF(decoder);
    if (cls == NULL)
        return;
    PyObject *exc = PyObject_CallFunction(cls, "(zOn)", msg, s, pos);
    Py_DECREF(cls);
    if (exc != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
}

/* No JSON value starts at idx: the Python side converts this. */
static void
raise_stop_iteration(Py_ssize_t idx)
{
    PyObject *value = PyLong_FromSsize_t(idx);
    if (value != NULL) {
        /* wrapped in a tuple so an int value is not taken as the args */
        PyObject *exc = PyObject_CallOneArg(PyExc_StopIteration, value);
        Py_DECREF(value);
        if (exc != NULL) {
            PyErr_SetObject(PyExc_StopIteration, exc);
            Py_DECREF(exc);
        }
    }
}

/* ====================== string decoding ====================== */

static int
hexval(Py_UCS4 c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

/* Decode the JSON string whose body starts at `end` (just after the
 * opening quote).  On success store the index after the closing quote in
 * *next_end and return the new str. */
static PyObject *
scanstring_unicode(PyObject *pystr, Py_ssize_t end, int strict, Py_ssize_t *next_end)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(pystr);
    int kind = PyUnicode_KIND(pystr);
    const void *buf = PyUnicode_DATA(pystr);
    Py_ssize_t begin = end - 1;
    _PyUnicodeWriter writer;
    int writing = 0;

    if (end < 0 || len < end) {
        PyErr_SetString(PyExc_ValueError, "end is out of bounds");
        return NULL;
    }
    for (;;) {
        Py_UCS4 c = 0;
        Py_ssize_t next;
        /* the run of literal characters up to the next quote or escape;
         * one loop per width so the inner loop does not switch on kind */
#define FIND_RUN(T)                                                            \
        do {                                                                   \
            const T *p = (const T *)buf;                                       \
            for (next = end; next < len; next++) {                             \
                c = p[next];                                                   \
                if (c == '"' || c == '\\')                                      \
                    break;                                                     \
                if (c <= 0x1f && strict) {                                     \
                    raise_errmsg("Invalid control character at", pystr, next); \
                    goto error;                                                \
                }                                                              \
            }                                                                  \
        } while (0)
        if (kind == PyUnicode_1BYTE_KIND)
            FIND_RUN(Py_UCS1);
        else if (kind == PyUnicode_2BYTE_KIND)
            FIND_RUN(Py_UCS2);
        else
            FIND_RUN(Py_UCS4);
#undef FIND_RUN
        if (next >= len) {
            raise_errmsg("Unterminated string starting at", pystr, begin);
            goto error;
        }
        if (c == '"' && !writing) {
            /* the common case: no escapes at all */
            *next_end = next + 1;
            return PyUnicode_Substring(pystr, end, next);
        }
        if (!writing) {
            _PyUnicodeWriter_Init(&writer);
            writer.overallocate = 1;
            writing = 1;
        }
        if (next > end && _PyUnicodeWriter_WriteSubstring(&writer, pystr, end, next) < 0)
            goto error;
        next++;
        if (c == '"') {
            end = next;
            break;
        }
        if (next == len) {
            raise_errmsg("Unterminated string starting at", pystr, begin);
            goto error;
        }
        c = PyUnicode_READ(kind, buf, next);
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"': case '\\': case '/': break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: c = 0;
            }
            if (c == 0) {
                raise_errmsg("Invalid \\escape", pystr, end - 2);
                goto error;
            }
        }
        else {
            c = 0;
            next++;
            end = next + 4;
            if (end >= len) {
                raise_errmsg("Invalid \\uXXXX escape", pystr, next - 1);
                goto error;
            }
            for (; next < end; next++) {
                int d = hexval(PyUnicode_READ(kind, buf, next));
                if (d < 0) {
                    raise_errmsg("Invalid \\uXXXX escape", pystr, end - 5);
                    goto error;
                }
                c = (c << 4) | (Py_UCS4)d;
            }
            /* a high surrogate escape followed by a low one is one code
             * point; anything else leaves the lone surrogate as it is */
            if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len &&
                PyUnicode_READ(kind, buf, next) == '\\' &&
                PyUnicode_READ(kind, buf, next + 1) == 'u') {
                Py_UCS4 c2 = 0;
                Py_ssize_t end2 = end + 6;
                for (next += 2; next < end2; next++) {
                    int d = hexval(PyUnicode_READ(kind, buf, next));
                    if (d < 0) {
                        raise_errmsg("Invalid \\uXXXX escape", pystr, end2 - 5);
                        goto error;
                    }
                    c2 = (c2 << 4) | (Py_UCS4)d;
                }
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                    c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
                    end = end2;
                }
            }
        }
        if (_PyUnicodeWriter_WriteChar(&writer, c) < 0)
            goto error;
    }
    *next_end = end;
    return _PyUnicodeWriter_Finish(&writer);

error:
    if (writing)
        _PyUnicodeWriter_Dealloc(&writer);
    return NULL;
}

static PyObject *
py_scanstring(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *pystr;
    Py_ssize_t end, next_end = -1;
    int strict = 1;
    if (!PyArg_ParseTuple(args, "On|i:scanstring", &pystr, &end, &strict))
        return NULL;
    if (!PyUnicode_Check(pystr)) {
        PyErr_Format(PyExc_TypeError, "first argument must be a string, not %.80s",
                     Py_TYPE(pystr)->tp_name);
        return NULL;
    }
    PyObject *rval = scanstring_unicode(pystr, end, strict, &next_end);
    if (rval == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", rval, next_end);
}

/* ====================== the scanner ====================== */

typedef struct {
    PyObject_HEAD
    char strict;
    PyObject *object_hook;
    PyObject *object_pairs_hook;
    PyObject *parse_float;
    PyObject *parse_int;
    PyObject *parse_constant;
    PyObject *memo;
} PyScannerObject;

static PyMemberDef scanner_members[] = {
    {"strict", T_BOOL, offsetof(PyScannerObject, strict), READONLY, "strict"},
    {"object_hook", T_OBJECT, offsetof(PyScannerObject, object_hook), READONLY, "object_hook"},
    {"object_pairs_hook", T_OBJECT, offsetof(PyScannerObject, object_pairs_hook), READONLY, NULL},
    {"parse_float", T_OBJECT, offsetof(PyScannerObject, parse_float), READONLY, "parse_float"},
    {"parse_int", T_OBJECT, offsetof(PyScannerObject, parse_int), READONLY, "parse_int"},
    {"parse_constant", T_OBJECT, offsetof(PyScannerObject, parse_constant), READONLY, "parse_constant"},
    {NULL, 0, 0, 0, NULL}};

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

/* The loops over whitespace and digits, one per str width so that the
 * width is tested once per run rather than once per character. */
#define SKIP_WHILE(NAME, TEST)                                                  \
    static inline Py_ssize_t NAME(int kind, const void *str, Py_ssize_t idx,    \
                                  Py_ssize_t end_idx)                           \
    {                                                                           \
        if (kind == PyUnicode_1BYTE_KIND) {                                     \
            const Py_UCS1 *p = (const Py_UCS1 *)str;                            \
            while (idx <= end_idx && TEST(p[idx]))                              \
                idx++;                                                          \
        }                                                                       \
        else if (kind == PyUnicode_2BYTE_KIND) {                                \
            const Py_UCS2 *p = (const Py_UCS2 *)str;                            \
            while (idx <= end_idx && TEST(p[idx]))                              \
                idx++;                                                          \
        }                                                                       \
        else {                                                                  \
            const Py_UCS4 *p = (const Py_UCS4 *)str;                            \
            while (idx <= end_idx && TEST(p[idx]))                              \
                idx++;                                                          \
        }                                                                       \
        return idx;                                                             \
    }
SKIP_WHILE(skip_ws, IS_WS)
SKIP_WHILE(skip_digits, IS_DIGIT)
#undef SKIP_WHILE

static PyObject *scan_once_unicode(PyScannerObject *s, PyObject *pystr, Py_ssize_t idx,
                                   Py_ssize_t *next_idx);

static PyObject *
parse_object(PyScannerObject *s, PyObject *pystr, Py_ssize_t idx, Py_ssize_t *next_idx)
{
    int kind = PyUnicode_KIND(pystr);
    const void *str = PyUnicode_DATA(pystr);
    Py_ssize_t end_idx = PyUnicode_GET_LENGTH(pystr) - 1;
    int pairs = s->object_pairs_hook != Py_None;
    PyObject *key = NULL, *val = NULL;
    PyObject *rval = pairs ? PyList_New(0) : PyDict_New();
    Py_ssize_t nidx;
    if (rval == NULL)
        return NULL;

    idx = skip_ws(kind, str, idx, end_idx);
    if (idx > end_idx || PyUnicode_READ(kind, str, idx) != '}') {
        for (;;) {
            if (idx > end_idx || PyUnicode_READ(kind, str, idx) != '"') {
                raise_errmsg("Expecting property name enclosed in double quotes", pystr, idx);
                goto error;
            }
            key = scanstring_unicode(pystr, idx + 1, s->strict, &nidx);
            if (key == NULL)
                goto error;
            /* equal keys share one str object across the document */
            PyObject *memokey = PyDict_SetDefault(s->memo, key, key);
            if (memokey == NULL)
                goto error;
            Py_INCREF(memokey);
            Py_SETREF(key, memokey);
            idx = nidx;

            idx = skip_ws(kind, str, idx, end_idx);
            if (idx > end_idx || PyUnicode_READ(kind, str, idx) != ':') {
                raise_errmsg("Expecting ':' delimiter", pystr, idx);
                goto error;
            }
            idx++;
            idx = skip_ws(kind, str, idx, end_idx);

            val = scan_once_unicode(s, pystr, idx, &nidx);
            if (val == NULL)
                goto error;
            if (pairs) {
                PyObject *item = PyTuple_Pack(2, key, val);
                if (item == NULL)
                    goto error;
                int r = PyList_Append(rval, item);
                Py_DECREF(item);
                if (r < 0)
                    goto error;
            }
            else if (PyDict_SetItem(rval, key, val) < 0)
                goto error;
            Py_CLEAR(key);
            Py_CLEAR(val);
            idx = nidx;

            idx = skip_ws(kind, str, idx, end_idx);
            if (idx <= end_idx && PyUnicode_READ(kind, str, idx) == '}')
                break;
            if (idx > end_idx || PyUnicode_READ(kind, str, idx) != ',') {
                raise_errmsg("Expecting ',' delimiter", pystr, idx);
                goto error;
            }
            idx++;
            idx = skip_ws(kind, str, idx, end_idx);
        }
    }
    *next_idx = idx + 1;
    if (pairs) {
        val = PyObject_CallOneArg(s->object_pairs_hook, rval);
        Py_DECREF(rval);
        return val;
    }
    if (s->object_hook != Py_None) {
        val = PyObject_CallOneArg(s->object_hook, rval);
        Py_DECREF(rval);
        return val;
    }
    return rval;

error:
    Py_XDECREF(key);
    Py_XDECREF(val);
    Py_DECREF(rval);
    return NULL;
}

static PyObject *
parse_array(PyScannerObject *s, PyObject *pystr, Py_ssize_t idx, Py_ssize_t *next_idx)
{
    int kind = PyUnicode_KIND(pystr);
    const void *str = PyUnicode_DATA(pystr);
    Py_ssize_t end_idx = PyUnicode_GET_LENGTH(pystr) - 1;
    Py_ssize_t nidx;
    PyObject *rval = PyList_New(0);
    if (rval == NULL)
        return NULL;

    idx = skip_ws(kind, str, idx, end_idx);
    if (idx > end_idx || PyUnicode_READ(kind, str, idx) != ']') {
        for (;;) {
            PyObject *val = scan_once_unicode(s, pystr, idx, &nidx);
            if (val == NULL)
                goto error;
            int r = PyList_Append(rval, val);
            Py_DECREF(val);
            if (r < 0)
                goto error;
            idx = nidx;
            idx = skip_ws(kind, str, idx, end_idx);
            if (idx <= end_idx && PyUnicode_READ(kind, str, idx) == ']')
                break;
            if (idx > end_idx || PyUnicode_READ(kind, str, idx) != ',') {
                raise_errmsg("Expecting ',' delimiter", pystr, idx);
                goto error;
            }
            idx++;
            idx = skip_ws(kind, str, idx, end_idx);
        }
    }
    *next_idx = idx + 1;
    return rval;

error:
    Py_DECREF(rval);
    return NULL;
}

static PyObject *
parse_constant(PyScannerObject *s, const char *name, Py_ssize_t idx, Py_ssize_t *next_idx)
{
    PyObject *cstr = PyUnicode_InternFromString(name);
    if (cstr == NULL)
        return NULL;
    PyObject *rval = PyObject_CallOneArg(s->parse_constant, cstr);
    *next_idx = idx + PyUnicode_GET_LENGTH(cstr);
    Py_DECREF(cstr);
    return rval;
}

static PyObject *
match_number(PyScannerObject *s, PyObject *pystr, Py_ssize_t start, Py_ssize_t *next_idx)
{
    int kind = PyUnicode_KIND(pystr);
    const void *str = PyUnicode_DATA(pystr);
    Py_ssize_t end_idx = PyUnicode_GET_LENGTH(pystr) - 1;
    Py_ssize_t idx = start;
    int is_float = 0;
    Py_UCS4 c;

    if (PyUnicode_READ(kind, str, idx) == '-') {
        idx++;
        if (idx > end_idx) {
            raise_stop_iteration(start);
            return NULL;
        }
    }
    c = PyUnicode_READ(kind, str, idx);
    if (c >= '1' && c <= '9') {
        idx++;
        idx = skip_digits(kind, str, idx, end_idx);
    }
    else if (c == '0')
        idx++;
    else {
        raise_stop_iteration(start);
        return NULL;
    }
    if (idx < end_idx && PyUnicode_READ(kind, str, idx) == '.' &&
        IS_DIGIT(PyUnicode_READ(kind, str, idx + 1))) {
        is_float = 1;
        idx += 2;
        idx = skip_digits(kind, str, idx, end_idx);
    }
    if (idx < end_idx && (PyUnicode_READ(kind, str, idx) == 'e' || PyUnicode_READ(kind, str, idx) == 'E')) {
        Py_ssize_t e_start = idx;
        idx++;
        if (idx < end_idx && (PyUnicode_READ(kind, str, idx) == '-' || PyUnicode_READ(kind, str, idx) == '+'))
            idx++;
        idx = skip_digits(kind, str, idx, end_idx);
        if (IS_DIGIT(PyUnicode_READ(kind, str, idx - 1)))
            is_float = 1;
        else
            idx = e_start;
    }
    *next_idx = idx;

    PyObject *custom = NULL;
    if (is_float && s->parse_float != (PyObject *)&PyFloat_Type)
        custom = s->parse_float;
    else if (!is_float && s->parse_int != (PyObject *)&PyLong_Type)
        custom = s->parse_int;
    if (custom != NULL) {
        PyObject *numstr = PyUnicode_Substring(pystr, start, idx);
        if (numstr == NULL)
            return NULL;
        PyObject *rval = PyObject_CallOneArg(custom, numstr);
        Py_DECREF(numstr);
        return rval;
    }

    Py_ssize_t n = idx - start;
    if (!is_float && n <= 18) {
        /* fits in an int64 whatever the digits: no text conversion */
        Py_ssize_t i = start;
        int neg = PyUnicode_READ(kind, str, i) == '-';
        long long v = 0;
        for (i += neg; i < idx; i++)
            v = v * 10 + (long long)(PyUnicode_READ(kind, str, i) - '0');
        return PyLong_FromLongLong(neg ? -v : v);
    }
    /* the matched text is ASCII: copy it out for the C converters */
    char small[64];
    char *buf = n < (Py_ssize_t)sizeof small ? small : PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++)
        buf[i] = (char)PyUnicode_READ(kind, str, start + i);
    buf[n] = '\0';
    PyObject *rval;
    if (is_float) {
        double d = PyOS_string_to_double(buf, NULL, NULL);
        rval = (d == -1.0 && PyErr_Occurred()) ? NULL : PyFloat_FromDouble(d);
    }
    else
        rval = PyLong_FromString(buf, NULL, 10);
    if (buf != small)
        PyMem_Free(buf);
    return rval;
}

static int
matches(int kind, const void *str, Py_ssize_t len, Py_ssize_t idx, const char *word, Py_ssize_t n)
{
    if (idx + n > len)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyUnicode_READ(kind, str, idx + i) != (Py_UCS4)(unsigned char)word[i])
            return 0;
    return 1;
}

static PyObject *
scan_once_unicode(PyScannerObject *s, PyObject *pystr, Py_ssize_t idx, Py_ssize_t *next_idx)
{
    int kind = PyUnicode_KIND(pystr);
    const void *str = PyUnicode_DATA(pystr);
    Py_ssize_t length = PyUnicode_GET_LENGTH(pystr);
    PyObject *res;

    if (idx < 0) {
        PyErr_SetString(PyExc_ValueError, "idx cannot be negative");
        return NULL;
    }
    if (idx >= length) {
        raise_stop_iteration(idx);
        return NULL;
    }
    switch (PyUnicode_READ(kind, str, idx)) {
    case '"':
        return scanstring_unicode(pystr, idx + 1, s->strict, next_idx);
    case '{':
        if (Py_EnterRecursiveCall(" while decoding a JSON object from a unicode string"))
            return NULL;
        res = parse_object(s, pystr, idx + 1, next_idx);
        Py_LeaveRecursiveCall();
        return res;
    case '[':
        if (Py_EnterRecursiveCall(" while decoding a JSON array from a unicode string"))
            return NULL;
        res = parse_array(s, pystr, idx + 1, next_idx);
        Py_LeaveRecursiveCall();
        return res;
    case 'n':
        if (matches(kind, str, length, idx, "null", 4)) {
            *next_idx = idx + 4;
            Py_RETURN_NONE;
        }
        break;
    case 't':
        if (matches(kind, str, length, idx, "true", 4)) {
            *next_idx = idx + 4;
            Py_RETURN_TRUE;
        }
        break;
    case 'f':
        if (matches(kind, str, length, idx, "false", 5)) {
            *next_idx = idx + 5;
            Py_RETURN_FALSE;
        }
        break;
    case 'N':
        if (matches(kind, str, length, idx, "NaN", 3))
            return parse_constant(s, "NaN", idx, next_idx);
        break;
    case 'I':
        if (matches(kind, str, length, idx, "Infinity", 8))
            return parse_constant(s, "Infinity", idx, next_idx);
        break;
    case '-':
        if (matches(kind, str, length, idx, "-Infinity", 9))
            return parse_constant(s, "-Infinity", idx, next_idx);
        break;
    }
    return match_number(s, pystr, idx, next_idx);
}

static PyObject *
scanner_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"string", "idx", NULL};
    PyScannerObject *s = (PyScannerObject *)self;
    PyObject *pystr;
    Py_ssize_t idx, next_idx = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "On:scan_once", kwlist, &pystr, &idx))
        return NULL;
    if (!PyUnicode_Check(pystr)) {
        PyErr_Format(PyExc_TypeError, "first argument must be a string, not %.80s",
                     Py_TYPE(pystr)->tp_name);
        return NULL;
    }
    PyObject *rval = scan_once_unicode(s, pystr, idx, &next_idx);
    PyDict_Clear(s->memo);
    if (rval == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", rval, next_idx);
}

static PyObject *
scanner_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"context", NULL};
    PyObject *ctx;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:make_scanner", kwlist, &ctx))
        return NULL;
    PyScannerObject *s = (PyScannerObject *)type->tp_alloc(type, 0);
    if (s == NULL)
        return NULL;
    s->memo = PyDict_New();
    if (s->memo == NULL)
        goto error;
    PyObject *strict = PyObject_GetAttrString(ctx, "strict");
    if (strict == NULL)
        goto error;
    int st = PyObject_IsTrue(strict);
    Py_DECREF(strict);
    if (st < 0)
        goto error;
    s->strict = (char)st;
    if ((s->object_hook = PyObject_GetAttrString(ctx, "object_hook")) == NULL ||
        (s->object_pairs_hook = PyObject_GetAttrString(ctx, "object_pairs_hook")) == NULL ||
        (s->parse_float = PyObject_GetAttrString(ctx, "parse_float")) == NULL ||
        (s->parse_int = PyObject_GetAttrString(ctx, "parse_int")) == NULL ||
        (s->parse_constant = PyObject_GetAttrString(ctx, "parse_constant")) == NULL)
        goto error;
    return (PyObject *)s;

error:
    Py_DECREF(s);
    return NULL;
}

static int
scanner_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyScannerObject *s = (PyScannerObject *)self;
    Py_VISIT(s->object_hook);
    Py_VISIT(s->object_pairs_hook);
    Py_VISIT(s->parse_float);
    Py_VISIT(s->parse_int);
    Py_VISIT(s->parse_constant);
    Py_VISIT(s->memo);
    return 0;
}

static int
scanner_clear(PyObject *self)
{
    PyScannerObject *s = (PyScannerObject *)self;
    Py_CLEAR(s->object_hook);
    Py_CLEAR(s->object_pairs_hook);
    Py_CLEAR(s->parse_float);
    Py_CLEAR(s->parse_int);
    Py_CLEAR(s->parse_constant);
    Py_CLEAR(s->memo);
    return 0;
}

static void
scanner_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    scanner_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject PyScannerType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_json.Scanner",
    .tp_basicsize = sizeof(PyScannerObject),
    .tp_dealloc = scanner_dealloc,
    .tp_call = scanner_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "JSON scanner object",
    .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear,
    .tp_members = scanner_members,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = scanner_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== string encoding ====================== */

/* How many characters ch takes inside the quotes. */
static inline Py_ssize_t
escaped_width(Py_UCS4 c, int ascii_only)
{
    if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')
        return 2;
    if (c < 0x20)
        return 6;
    if (!ascii_only || c < 0x7f)
        return 1;
    return c >= 0x10000 ? 12 : 6;
}

static const char hexdigits[] = "0123456789abcdef";

/* Write \uXXXX for a BMP code point at out[0..5]. */
#define PUT_U(out, w, v)                                      \
    do {                                                      \
        (out)[(w)++] = '\\';                                  \
        (out)[(w)++] = 'u';                                   \
        (out)[(w)++] = (Py_UCS1)hexdigits[((v) >> 12) & 0xf]; \
        (out)[(w)++] = (Py_UCS1)hexdigits[((v) >> 8) & 0xf];  \
        (out)[(w)++] = (Py_UCS1)hexdigits[((v) >> 4) & 0xf];  \
        (out)[(w)++] = (Py_UCS1)hexdigits[(v) & 0xf];         \
    } while (0)

/* The length of pystr's quoted, escaped JSON form; -1 on overflow. */
static Py_ssize_t
escaped_length(PyObject *pystr, int ascii_only)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(pystr);
    int kind = PyUnicode_KIND(pystr);
    const void *in = PyUnicode_DATA(pystr);
    Py_ssize_t outlen = 2;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_ssize_t w = escaped_width(PyUnicode_READ(kind, in, i), ascii_only);
        if (outlen > PY_SSIZE_T_MAX / 4 - w) {
            PyErr_SetString(PyExc_OverflowError, "string is too long to escape");
            return -1;
        }
        outlen += w;
    }
    return outlen;
}

/* Write the quoted, escaped form of pystr (outlen characters, from
 * escaped_length) at out[o...], which has room for it. */
static void
write_escaped(int okind, void *out, Py_ssize_t o, PyObject *pystr, int ascii_only,
              Py_ssize_t outlen)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(pystr);
    int kind = PyUnicode_KIND(pystr);
    const void *in = PyUnicode_DATA(pystr);
    PyUnicode_WRITE(okind, out, o++, '"');
    if (outlen == len + 2) {
        /* nothing to escape */
        if (okind == kind)
            memcpy((char *)out + o * kind, in, (size_t)len * (size_t)kind);
        else
            for (Py_ssize_t i = 0; i < len; i++)
                PyUnicode_WRITE(okind, out, o + i, PyUnicode_READ(kind, in, i));
        PyUnicode_WRITE(okind, out, o + len, '"');
        return;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, in, i);
        Py_UCS4 e = 0;
        switch (c) {
        case '"': e = '"'; break;
        case '\\': e = '\\'; break;
        case '\b': e = 'b'; break;
        case '\f': e = 'f'; break;
        case '\n': e = 'n'; break;
        case '\r': e = 'r'; break;
        case '\t': e = 't'; break;
        }
        if (e) {
            PyUnicode_WRITE(okind, out, o++, '\\');
            PyUnicode_WRITE(okind, out, o++, e);
        }
        else if (c >= 0x20 && (!ascii_only || c < 0x7f))
            PyUnicode_WRITE(okind, out, o++, c);
        else {
            Py_UCS1 tmp[12];
            Py_ssize_t w = 0;
            if (c >= 0x10000) {
                Py_UCS4 v = c - 0x10000;
                Py_UCS4 hi = 0xD800 | (v >> 10), lo = 0xDC00 | (v & 0x3ff);
                PUT_U(tmp, w, hi);
                PUT_U(tmp, w, lo);
            }
            else
                PUT_U(tmp, w, c);
            for (Py_ssize_t k = 0; k < w; k++)
                PyUnicode_WRITE(okind, out, o++, tmp[k]);
        }
    }
    PyUnicode_WRITE(okind, out, o, '"');
}

/* The widest character the escaped form of pystr can hold. */
static Py_UCS4
escaped_maxchar(PyObject *pystr, int ascii_only)
{
    Py_UCS4 maxchar = ascii_only ? 0x7f : PyUnicode_MAX_CHAR_VALUE(pystr);
    return maxchar < 0x7f ? 0x7f : maxchar;
}

/* The quoted, escaped JSON form of pystr, as a new str.  The size is
 * counted first so the result is allocated once at its final width. */
static PyObject *
escape_unicode(PyObject *pystr, int ascii_only)
{
    Py_ssize_t outlen = escaped_length(pystr, ascii_only);
    if (outlen < 0)
        return NULL;
    PyObject *rval = PyUnicode_New(outlen, escaped_maxchar(pystr, ascii_only));
    if (rval == NULL)
        return NULL;
    write_escaped(PyUnicode_KIND(rval), PyUnicode_DATA(rval), 0, pystr, ascii_only, outlen);
    return rval;
}

static PyObject *
py_encode_basestring_ascii(PyObject *Py_UNUSED(self), PyObject *pystr)
{
    if (!PyUnicode_Check(pystr)) {
        PyErr_Format(PyExc_TypeError, "first argument must be a string, not %.80s",
                     Py_TYPE(pystr)->tp_name);
        return NULL;
    }
    return escape_unicode(pystr, 1);
}

static PyObject *
py_encode_basestring(PyObject *Py_UNUSED(self), PyObject *pystr)
{
    if (!PyUnicode_Check(pystr)) {
        PyErr_Format(PyExc_TypeError, "first argument must be a string, not %.80s",
                     Py_TYPE(pystr)->tp_name);
        return NULL;
    }
    return escape_unicode(pystr, 0);
}

/* ====================== the encoder ====================== */

typedef struct {
    PyObject_HEAD
    PyObject *markers;
    PyObject *defaultfn;
    PyObject *encoder;
    PyObject *indent;
    PyObject *key_separator;
    PyObject *item_separator;
    char sort_keys;
    char skipkeys;
    char allow_nan;
    /* 1 or 2 when encoder is this module's encode_basestring_ascii or
     * encode_basestring: strings are then escaped without a call */
    int fast_encode;
} PyEncoderObject;

static PyMemberDef encoder_members[] = {
    {"markers", T_OBJECT, offsetof(PyEncoderObject, markers), READONLY, "markers"},
    {"default", T_OBJECT, offsetof(PyEncoderObject, defaultfn), READONLY, "default"},
    {"encoder", T_OBJECT, offsetof(PyEncoderObject, encoder), READONLY, "encoder"},
    {"indent", T_OBJECT, offsetof(PyEncoderObject, indent), READONLY, "indent"},
    {"key_separator", T_OBJECT, offsetof(PyEncoderObject, key_separator), READONLY, "key_separator"},
    {"item_separator", T_OBJECT, offsetof(PyEncoderObject, item_separator), READONLY, "item_separator"},
    {"sort_keys", T_BOOL, offsetof(PyEncoderObject, sort_keys), READONLY, "sort_keys"},
    {"skipkeys", T_BOOL, offsetof(PyEncoderObject, skipkeys), READONLY, "skipkeys"},
    {NULL, 0, 0, 0, NULL}};

static PyObject *
encoder_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"markers", "default", "encoder", "indent", "key_separator",
                             "item_separator", "sort_keys", "skipkeys", "allow_nan", NULL};
    PyObject *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    int sort_keys, skipkeys, allow_nan;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOOUUppp:make_encoder", kwlist, &markers,
                                     &defaultfn, &encoder, &indent, &key_separator,
                                     &item_separator, &sort_keys, &skipkeys, &allow_nan))
        return NULL;
    if (markers != Py_None && !PyDict_Check(markers)) {
        PyErr_Format(PyExc_TypeError, "make_encoder() argument 1 must be dict or None, not %.200s",
                     Py_TYPE(markers)->tp_name);
        return NULL;
    }
    PyEncoderObject *s = (PyEncoderObject *)type->tp_alloc(type, 0);
    if (s == NULL)
        return NULL;
    s->markers = Py_NewRef(markers);
    s->defaultfn = Py_NewRef(defaultfn);
    s->encoder = Py_NewRef(encoder);
    s->indent = Py_NewRef(indent);
    s->key_separator = Py_NewRef(key_separator);
    s->item_separator = Py_NewRef(item_separator);
    s->sort_keys = (char)sort_keys;
    s->skipkeys = (char)skipkeys;
    s->allow_nan = (char)allow_nan;
    s->fast_encode = 0;
    if (PyCFunction_Check(encoder)) {
        PyCFunction f = PyCFunction_GetFunction(encoder);
        if (f == (PyCFunction)py_encode_basestring_ascii)
            s->fast_encode = 1;
        else if (f == (PyCFunction)py_encode_basestring)
            s->fast_encode = 2;
    }
    return (PyObject *)s;
}

static int
write_string(PyEncoderObject *s, _PyUnicodeWriter *writer, PyObject *obj)
{
    PyObject *enc;
    if (s->fast_encode) {
        /* escaped straight into the output buffer */
        int ascii_only = s->fast_encode == 1;
        Py_ssize_t outlen = escaped_length(obj, ascii_only);
        if (outlen < 0 ||
            _KrUnicodeWriter_Prepare(writer, outlen, escaped_maxchar(obj, ascii_only)) < 0)
            return -1;
        write_escaped(writer->kind, writer->data, writer->pos, obj, ascii_only, outlen);
        writer->pos += outlen;
        return 0;
    }
    else {
        enc = PyObject_CallOneArg(s->encoder, obj);
        if (enc != NULL && !PyUnicode_Check(enc)) {
            PyErr_Format(PyExc_TypeError, "encoder() must return a string, not %.80s",
                         Py_TYPE(enc)->tp_name);
            Py_DECREF(enc);
            return -1;
        }
    }
    if (enc == NULL)
        return -1;
    int r = _PyUnicodeWriter_WriteStr(writer, enc);
    Py_DECREF(enc);
    return r;
}

/* float.__repr__, or the JSON spelling of the non-finite values. */
static PyObject *
encode_float(PyEncoderObject *s, PyObject *obj)
{
    double d = PyFloat_AS_DOUBLE(obj);
    if (!isfinite(d)) {
        if (!s->allow_nan) {
            PyErr_SetString(PyExc_ValueError, "Out of range float values are not JSON compliant");
            return NULL;
        }
        if (d > 0)
            return PyUnicode_FromString("Infinity");
        if (d < 0)
            return PyUnicode_FromString("-Infinity");
        return PyUnicode_FromString("NaN");
    }
    return PyFloat_Type.tp_repr(obj);
}

static int
write_new(_PyUnicodeWriter *writer, PyObject *str)
{
    if (str == NULL)
        return -1;
    int r = _PyUnicodeWriter_WriteStr(writer, str);
    Py_DECREF(str);
    return r;
}

static int encode_obj(PyEncoderObject *s, _PyUnicodeWriter *writer, PyObject *obj,
                      Py_ssize_t indent_level);

/* Enter obj into the markers dict (circular check); *ident receives the
 * key to remove afterwards, NULL when markers is None. */
static int
mark_enter(PyEncoderObject *s, PyObject *obj, PyObject **ident)
{
    *ident = NULL;
    if (s->markers == Py_None)
        return 0;
    PyObject *id = PyLong_FromVoidPtr(obj);
    if (id == NULL)
        return -1;
    int has = PyDict_Contains(s->markers, id);
    if (has) {
        if (has > 0)
            PyErr_SetString(PyExc_ValueError, "Circular reference detected");
        Py_DECREF(id);
        return -1;
    }
    if (PyDict_SetItem(s->markers, id, obj) < 0) {
        Py_DECREF(id);
        return -1;
    }
    *ident = id;
    return 0;
}

static int
mark_leave(PyEncoderObject *s, PyObject *ident)
{
    if (ident == NULL)
        return 0;
    int r = PyDict_DelItem(s->markers, ident);
    Py_DECREF(ident);
    return r;
}

static int
encode_list(PyEncoderObject *s, _PyUnicodeWriter *writer, PyObject *seq, Py_ssize_t indent_level)
{
    PyObject *ident = NULL;
    PyObject *fast = PySequence_Fast(seq, "_iterencode_list needs a sequence");
    if (fast == NULL)
        return -1;
    if (PySequence_Fast_GET_SIZE(fast) == 0) {
        Py_DECREF(fast);
        return _PyUnicodeWriter_WriteASCIIString(writer, "[]", 2);
    }
    if (mark_enter(s, seq, &ident) < 0)
        goto error;
    if (_PyUnicodeWriter_WriteChar(writer, '[') < 0)
        goto error;
    /* the length is read each time: a default() may shrink a list */
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(fast); i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fast, i);
        if (i > 0 && _PyUnicodeWriter_WriteStr(writer, s->item_separator) < 0)
            goto error;
        Py_INCREF(item);
        int r = encode_obj(s, writer, item, indent_level);
        Py_DECREF(item);
        if (r < 0)
            goto error;
    }
    if (mark_leave(s, ident) < 0) {
        ident = NULL;
        goto error;
    }
    ident = NULL;
    Py_DECREF(fast);
    return _PyUnicodeWriter_WriteChar(writer, ']');

error:
    Py_XDECREF(ident);
    Py_DECREF(fast);
    return -1;
}

/* The str a dict key is written as, NULL with no exception set when the
 * key is to be skipped. */
static PyObject *
encode_key(PyEncoderObject *s, PyObject *key)
{
    if (PyUnicode_Check(key))
        return Py_NewRef(key);
    if (PyFloat_Check(key))
        return encode_float(s, key);
    if (key == Py_True || key == Py_False || key == Py_None)
        return PyUnicode_FromString(key == Py_True ? "true" : key == Py_False ? "false" : "null");
    if (PyLong_Check(key))
        return PyLong_Type.tp_repr(key);
    if (s->skipkeys)
        return NULL;
    PyErr_Format(PyExc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                 Py_TYPE(key)->tp_name);
    return NULL;
}

static int
encode_pair(PyEncoderObject *s, _PyUnicodeWriter *writer, PyObject *key, PyObject *value,
            Py_ssize_t indent_level, int *first)
{
    PyObject *kstr = encode_key(s, key);
    if (kstr == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!*first && _PyUnicodeWriter_WriteStr(writer, s->item_separator) < 0)
        goto error;
    *first = 0;
    if (write_string(s, writer, kstr) < 0)
        goto error;
    Py_CLEAR(kstr);
    if (_PyUnicodeWriter_WriteStr(writer, s->key_separator) < 0)
        goto error;
    return encode_obj(s, writer, value, indent_level);

error:
    Py_XDECREF(kstr);
    return -1;
}

static int
encode_dict(PyEncoderObject *s, _PyUnicodeWriter *writer, PyObject *dct, Py_ssize_t indent_level)
{
    PyObject *ident = NULL, *items = NULL;
    int first = 1;
    if (PyDict_GET_SIZE(dct) == 0)
        return _PyUnicodeWriter_WriteASCIIString(writer, "{}", 2);
    if (mark_enter(s, dct, &ident) < 0)
        return -1;
    if (_PyUnicodeWriter_WriteChar(writer, '{') < 0)
        goto error;
    if (s->sort_keys || !PyDict_CheckExact(dct)) {
        items = PyMapping_Items(dct);
        if (items == NULL || (s->sort_keys && PyList_Sort(items) < 0))
            goto error;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
            PyObject *item = PyList_GET_ITEM(items, i);
            if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
                PyErr_SetString(PyExc_ValueError, "items must return 2-tuples");
                goto error;
            }
            if (encode_pair(s, writer, PyTuple_GET_ITEM(item, 0), PyTuple_GET_ITEM(item, 1),
                            indent_level, &first) < 0)
                goto error;
        }
        Py_CLEAR(items);
    }
    else {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(dct, &pos, &key, &value)) {
            Py_INCREF(key);
            Py_INCREF(value);
            int r = encode_pair(s, writer, key, value, indent_level, &first);
            Py_DECREF(key);
            Py_DECREF(value);
            if (r < 0)
                goto error;
        }
    }
    if (mark_leave(s, ident) < 0) {
        ident = NULL;
        goto error;
    }
    ident = NULL;
    return _PyUnicodeWriter_WriteChar(writer, '}');

error:
    Py_XDECREF(items);
    Py_XDECREF(ident);
    return -1;
}

static int
encode_obj(PyEncoderObject *s, _PyUnicodeWriter *writer, PyObject *obj, Py_ssize_t indent_level)
{
    int r;
    if (obj == Py_None)
        return _PyUnicodeWriter_WriteASCIIString(writer, "null", 4);
    if (obj == Py_True)
        return _PyUnicodeWriter_WriteASCIIString(writer, "true", 4);
    if (obj == Py_False)
        return _PyUnicodeWriter_WriteASCIIString(writer, "false", 5);
    if (PyUnicode_Check(obj))
        return write_string(s, writer, obj);
    if (PyLong_Check(obj))
        return write_new(writer, PyLong_Type.tp_repr(obj));
    if (PyFloat_Check(obj))
        return write_new(writer, encode_float(s, obj));
    if (PyList_Check(obj) || PyTuple_Check(obj)) {
        if (Py_EnterRecursiveCall(" while encoding a JSON object"))
            return -1;
        r = encode_list(s, writer, obj, indent_level);
        Py_LeaveRecursiveCall();
        return r;
    }
    if (PyDict_Check(obj)) {
        if (Py_EnterRecursiveCall(" while encoding a JSON object"))
            return -1;
        r = encode_dict(s, writer, obj, indent_level);
        Py_LeaveRecursiveCall();
        return r;
    }
    PyObject *ident;
    if (mark_enter(s, obj, &ident) < 0)
        return -1;
    PyObject *newobj = PyObject_CallOneArg(s->defaultfn, obj);
    if (newobj == NULL) {
        Py_XDECREF(ident);
        return -1;
    }
    if (Py_EnterRecursiveCall(" while encoding a JSON object")) {
        Py_DECREF(newobj);
        Py_XDECREF(ident);
        return -1;
    }
    r = encode_obj(s, writer, newobj, indent_level);
    Py_LeaveRecursiveCall();
    Py_DECREF(newobj);
    if (r < 0) {
        Py_XDECREF(ident);
        return -1;
    }
    return mark_leave(s, ident);
}

static PyObject *
encoder_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"obj", "_current_indent_level", NULL};
    PyObject *obj;
    Py_ssize_t indent_level;
    _PyUnicodeWriter writer;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "On:_iterencode", kwlist, &obj, &indent_level))
        return NULL;
    _PyUnicodeWriter_Init(&writer);
    writer.overallocate = 1;
    if (encode_obj((PyEncoderObject *)self, &writer, obj, indent_level) < 0) {
        _PyUnicodeWriter_Dealloc(&writer);
        return NULL;
    }
    PyObject *text = _PyUnicodeWriter_Finish(&writer);
    if (text == NULL)
        return NULL;
    return Py_BuildValue("[N]", text);
}

static int
encoder_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyEncoderObject *s = (PyEncoderObject *)self;
    Py_VISIT(s->markers);
    Py_VISIT(s->defaultfn);
    Py_VISIT(s->encoder);
    Py_VISIT(s->indent);
    Py_VISIT(s->key_separator);
    Py_VISIT(s->item_separator);
    return 0;
}

static int
encoder_clear(PyObject *self)
{
    PyEncoderObject *s = (PyEncoderObject *)self;
    Py_CLEAR(s->markers);
    Py_CLEAR(s->defaultfn);
    Py_CLEAR(s->encoder);
    Py_CLEAR(s->indent);
    Py_CLEAR(s->key_separator);
    Py_CLEAR(s->item_separator);
    return 0;
}

static void
encoder_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    encoder_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject PyEncoderType = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_json.Encoder",
    .tp_basicsize = sizeof(PyEncoderObject),
    .tp_dealloc = encoder_dealloc,
    .tp_call = encoder_call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "_iterencode(obj, _current_indent_level) -> iterable",
    .tp_traverse = encoder_traverse,
    .tp_clear = encoder_clear,
    .tp_members = encoder_members,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = encoder_new,
    .tp_free = PyObject_GC_Del,
};

/* ====================== the module ====================== */

static PyMethodDef json_methods[] = {
    {"encode_basestring_ascii", py_encode_basestring_ascii, METH_O,
     "encode_basestring_ascii(string) -> string\n\n"
     "Return an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", py_encode_basestring, METH_O,
     "encode_basestring(string) -> string\n\n"
     "Return a JSON representation of a Python string"},
    {"scanstring", py_scanstring, METH_VARARGS,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string.\n"
     "Unescapes all valid JSON string escape sequences and raises ValueError\n"
     "on attempt to decode an invalid string. If strict is False then literal\n"
     "control characters are allowed in the string.\n\n"
     "Returns a tuple of the decoded string and the index of the character in s\n"
     "after the end quote."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef jsonmodule = {
    PyModuleDef_HEAD_INIT, "_json", "json speedups\n", -1, json_methods,
    NULL, NULL, NULL, NULL};

PyObject *
PyInit__json(void)
{
    if (PyType_Ready(&PyScannerType) < 0 || PyType_Ready(&PyEncoderType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&jsonmodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "make_scanner", (PyObject *)&PyScannerType) < 0 ||
        PyModule_AddObjectRef(m, "make_encoder", (PyObject *)&PyEncoderType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
