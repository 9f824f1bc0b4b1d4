/* String formatting: the % operator (printf-style) and str.format /
 * str.format_map (PEP 3101).
 *
 * Both build their result with a _PyUnicodeWriter.  % walks the format
 * once, consuming positional arguments from a tuple (or the single
 * non-tuple argument) or looking up %(key)s in a mapping; numbers are
 * rendered to an ASCII body and then padded per the flags.
 *
 * str.format splits the template into literal text and replacement
 * fields {name!conv:spec}; a field name is resolved by automatic or
 * manual numbering (never both), then '.attr' and '[key]' parts; the spec
 * may itself contain fields, which are expanded first (one level deep:
 * "Max string recursion exceeded" beyond that), and the value is then
 * formatted with format(value, spec). */
#include "Python.h"
#include "kr_strings.h"
#include "kr_format.h"

/* ====================== % formatting ====================== */

/* CPython's argument cursor: for a tuple, arglen is its size and argidx
 * starts at 0; a single non-tuple argument has arglen -1 and argidx -2, so
 * it can be taken exactly once.  A %(key) lookup sets argidx to -1: no
 * positional argument may follow it. */
static PyObject *getnextarg(PyObject *args, Py_ssize_t arglen, Py_ssize_t *argidx)
{
    if (*argidx < arglen) {
        (*argidx)++;
        if (arglen < 0)
            return args;
        return PyTuple_GET_ITEM(args, *argidx - 1);
    }
    PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
    return NULL;
}

static int write_ascii_padded(_PyUnicodeWriter *w, const char *sign, const char *prefix,
                              const char *body, Py_ssize_t width, int left, int zero)
{
    Py_ssize_t ns = (Py_ssize_t)strlen(sign), np = (Py_ssize_t)strlen(prefix),
               nb = (Py_ssize_t)strlen(body);
    Py_ssize_t pad = width > ns + np + nb ? width - ns - np - nb : 0;
    if (!left && !zero && _KrUnicodeWriter_WriteFill(w, ' ', pad) < 0)
        return -1;
    if (_PyUnicodeWriter_WriteASCIIString(w, sign, ns) < 0
        || _PyUnicodeWriter_WriteASCIIString(w, prefix, np) < 0)
        return -1;
    if (!left && zero && _KrUnicodeWriter_WriteFill(w, '0', pad) < 0)
        return -1;
    if (_PyUnicodeWriter_WriteASCIIString(w, body, nb) < 0)
        return -1;
    if (left && _KrUnicodeWriter_WriteFill(w, ' ', pad) < 0)
        return -1;
    return 0;
}

/* %d %i %u %o %x %X: returns the digits of |v| in *digits (new str) */
static PyObject *int_for_format(PyObject *v, char c)
{
    if (PyLong_Check(v))
        return Py_NewRef(v);
    if (c == 'd' || c == 'i' || c == 'u') {
        if (!PyNumber_Check(v) || PyUnicode_Check(v)) {
            PyErr_Format(PyExc_TypeError, "%%%c format: a real number is required, not %.200s", c,
                         Py_TYPE(v)->tp_name);
            return NULL;
        }
        if (PyFloat_Check(v)) {
            return PyLong_FromDouble(PyFloat_AS_DOUBLE(v));
        }
        /* a number int() refuses (only __float__, say) still reads as
           "not a real number", as in CPython */
        PyObject *r = PyNumber_Long(v);
        if (r == NULL && PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "%%%c format: a real number is required, not %.200s", c,
                         Py_TYPE(v)->tp_name);
        }
        return r;
    }
    if (!PyIndex_Check(v)) {
        PyErr_Format(PyExc_TypeError, "%%%c format: an integer is required, not %.200s", c,
                     Py_TYPE(v)->tp_name);
        return NULL;
    }
    return PyNumber_Index(v);
}

static int format_percent_int(_PyUnicodeWriter *w, PyObject *v, char c, int flag_minus, int flag_plus,
                              int flag_space, int flag_alt, int flag_zero, Py_ssize_t width,
                              Py_ssize_t prec)
{
    PyObject *iv = int_for_format(v, c);
    if (iv == NULL)
        return -1;
    int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
    PyObject *text = base == 10 ? _PyLong_Format(iv, 10) : PyNumber_ToBase(iv, base);
    Py_DECREF(iv);
    if (text == NULL)
        return -1;
    const char *t = PyUnicode_AsUTF8(text);
    if (t == NULL) {
        Py_DECREF(text);
        return -1;
    }
    int neg = *t == '-';
    if (neg)
        t++;
    if (base != 10 && t[0] == '0' && (t[1] == 'o' || t[1] == 'x' || t[1] == 'X'))
        t += 2;
    size_t nd = strlen(t);
    Py_ssize_t zeros = prec > (Py_ssize_t)nd ? prec - (Py_ssize_t)nd : 0;
    char *body = PyMem_Malloc(nd + (size_t)zeros + 1);
    if (body == NULL) {
        Py_DECREF(text);
        PyErr_NoMemory();
        return -1;
    }
    memset(body, '0', (size_t)zeros);
    memcpy(body + zeros, t, nd + 1);
    if (c == 'X')
        for (char *p = body; *p; p++)
            if (*p >= 'a' && *p <= 'f')
                *p = (char)(*p - 32);
    Py_DECREF(text);
    const char *sign = neg ? "-" : flag_plus ? "+" : flag_space ? " " : "";
    const char *prefix = !flag_alt ? "" : c == 'o' ? "0o" : c == 'x' ? "0x" : c == 'X' ? "0X" : "";
    int r = write_ascii_padded(w, sign, prefix, body, width, flag_minus, flag_zero);
    PyMem_Free(body);
    return r;
}

static int format_percent_float(_PyUnicodeWriter *w, PyObject *v, char c, int flag_minus,
                                int flag_plus, int flag_space, int flag_alt, int flag_zero,
                                Py_ssize_t width, Py_ssize_t prec)
{
    double x = PyFloat_AsDouble(v);
    if (x == -1.0 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "must be real number, not %.200s", Py_TYPE(v)->tp_name);
        }
        return -1;
    }
    if (prec < 0)
        prec = 6;
    char code = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    int t;
    char *s = PyOS_double_to_string(x, code, (int)prec, flag_alt ? Py_DTSF_ALT : 0, &t);
    if (s == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return -1;
    }
    if (c >= 'A' && c <= 'Z')
        for (char *p = s; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 32);
    char *body = s;
    int neg = *body == '-';
    if (neg)
        body++;
    const char *sign = neg ? "-" : flag_plus ? "+" : flag_space ? " " : "";
    int zero = flag_zero && t == Py_DTST_FINITE;
    int r = write_ascii_padded(w, sign, "", body, width, flag_minus, zero);
    PyMem_Free(s);
    return r;
}

PyObject *PyUnicode_Format(PyObject *format, PyObject *args)
{
    if (format == NULL || args == NULL || !PyUnicode_Check(format)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_ssize_t nargs, argidx;
    PyObject *dict = NULL;
    if (PyTuple_Check(args)) {
        nargs = PyTuple_GET_SIZE(args);
        argidx = 0;
    }
    else {
        nargs = -1;
        argidx = -2;
    }
    if (Py_TYPE(args)->tp_as_mapping && Py_TYPE(args)->tp_as_mapping->mp_subscript
        && !PyTuple_Check(args) && !PyUnicode_Check(args))
        dict = args;
    Py_ssize_t n = PyUnicode_GET_LENGTH(format), i = 0;
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    w.min_length = n + 16;
    while (i < n) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(format, i);
        if (ch != '%') {
            Py_ssize_t j = i;
            while (j < n && PyUnicode_READ_CHAR(format, j) != '%')
                j++;
            if (_PyUnicodeWriter_WriteSubstring(&w, format, i, j) < 0)
                goto error;
            i = j;
            continue;
        }
        i++;
        PyObject *v = NULL;
        PyObject *keyed = NULL; /* owned value from a %(key) lookup */
        if (i < n && PyUnicode_READ_CHAR(format, i) == '(') {
            if (dict == NULL) {
                PyErr_SetString(PyExc_TypeError, "format requires a mapping");
                goto error;
            }
            Py_ssize_t depth = 1, ks = ++i;
            while (i < n && depth > 0) {
                Py_UCS4 c2 = PyUnicode_READ_CHAR(format, i);
                if (c2 == '(')
                    depth++;
                else if (c2 == ')')
                    depth--;
                i++;
            }
            if (depth > 0) {
                PyErr_SetString(PyExc_ValueError, "incomplete format key");
                goto error;
            }
            PyObject *key = PyUnicode_Substring(format, ks, i - 1);
            if (key == NULL)
                goto error;
            keyed = PyObject_GetItem(dict, key);
            Py_DECREF(key);
            if (keyed == NULL)
                goto error;
            v = keyed;
            nargs = -1;
            argidx = -1;
        }
        int fminus = 0, fplus = 0, fspace = 0, falt = 0, fzero = 0;
        while (i < n) {
            Py_UCS4 c2 = PyUnicode_READ_CHAR(format, i);
            if (c2 == '-') fminus = 1;
            else if (c2 == '+') fplus = 1;
            else if (c2 == ' ') fspace = 1;
            else if (c2 == '#') falt = 1;
            else if (c2 == '0') fzero = 1;
            else break;
            i++;
        }
        Py_ssize_t width = -1, prec = -1;
        if (i < n && PyUnicode_READ_CHAR(format, i) == '*') {
            i++;
            PyObject *wv = getnextarg(args, nargs, &argidx);
            if (wv == NULL)
                goto error_v;
            if (!PyLong_Check(wv)) {
                PyErr_SetString(PyExc_TypeError, "* wants int");
                goto error_v;
            }
            width = PyLong_AsSsize_t(wv);
            if (width == -1 && PyErr_Occurred())
                goto error_v;
            if (width < 0) {
                fminus = 1;
                width = -width;
            }
        }
        else {
            while (i < n) {
                int d = _PyUnicode_ToDecimalDigit(PyUnicode_READ_CHAR(format, i));
                if (d < 0 || PyUnicode_READ_CHAR(format, i) > '9')
                    break;
                if (width < 0)
                    width = 0;
                if (width > (PY_SSIZE_T_MAX - d) / 10) {
                    PyErr_SetString(PyExc_ValueError, "width too big");
                    goto error_v;
                }
                width = width * 10 + d;
                i++;
            }
        }
        if (i < n && PyUnicode_READ_CHAR(format, i) == '.') {
            i++;
            prec = 0;
            if (i < n && PyUnicode_READ_CHAR(format, i) == '*') {
                i++;
                PyObject *pv = getnextarg(args, nargs, &argidx);
                if (pv == NULL)
                    goto error_v;
                if (!PyLong_Check(pv)) {
                    PyErr_SetString(PyExc_TypeError, "* wants int");
                    goto error_v;
                }
                prec = PyLong_AsSsize_t(pv);
                if (prec == -1 && PyErr_Occurred())
                    goto error_v;
                if (prec < 0)
                    prec = 0;
            }
            else {
                while (i < n) {
                    Py_UCS4 c2 = PyUnicode_READ_CHAR(format, i);
                    if (c2 < '0' || c2 > '9')
                        break;
                    if (prec > (PY_SSIZE_T_MAX - 9) / 10) {
                        PyErr_SetString(PyExc_ValueError, "precision too big");
                        goto error_v;
                    }
                    prec = prec * 10 + (c2 - '0');
                    i++;
                }
            }
        }
        /* length modifiers are accepted and ignored, as in C */
        while (i < n) {
            Py_UCS4 c2 = PyUnicode_READ_CHAR(format, i);
            if (c2 != 'h' && c2 != 'l' && c2 != 'L')
                break;
            i++;
        }
        if (i >= n) {
            PyErr_SetString(PyExc_ValueError, "incomplete format");
            goto error_v;
        }
        Py_UCS4 c = PyUnicode_READ_CHAR(format, i++);
        if (c == '%') {
            if (_PyUnicodeWriter_WriteChar(&w, '%') < 0)
                goto error_v;
            Py_XDECREF(keyed);
            continue;
        }
        if (v == NULL) {
            v = getnextarg(args, nargs, &argidx);
            if (v == NULL)
                goto error_v;
        }
        int r = 0;
        switch (c) {
        case 's': case 'r': case 'a': case 'c': {
            PyObject *s;
            if (c == 'c') {
                if (PyUnicode_Check(v)) {
                    if (PyUnicode_GET_LENGTH(v) != 1) {
                        PyErr_SetString(PyExc_TypeError, "%c requires int or char");
                        goto error_v;
                    }
                    s = Py_NewRef(v);
                }
                else {
                    if (!PyLong_Check(v) && !PyIndex_Check(v)) {
                        PyErr_SetString(PyExc_TypeError, "%c requires int or char");
                        goto error_v;
                    }
                    PyObject *iv = PyNumber_Index(v);
                    if (iv == NULL)
                        goto error_v;
                    int overflow = 0;
                    long x = PyLong_AsLongAndOverflow(iv, &overflow);
                    Py_DECREF(iv);
                    if (x == -1 && PyErr_Occurred())
                        goto error_v;
                    if (overflow || x < 0 || x > 0x10ffff) {
                        PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
                        goto error_v;
                    }
                    s = PyUnicode_FromOrdinal((int)x);
                }
            }
            else
                s = c == 's' ? PyObject_Str(v) : c == 'r' ? PyObject_Repr(v) : PyObject_ASCII(v);
            if (s == NULL)
                goto error_v;
            Py_ssize_t len = PyUnicode_GET_LENGTH(s);
            if (prec >= 0 && len > prec && c != 'c')
                len = prec;
            Py_ssize_t pad = width > len ? width - len : 0;
            r = (!fminus ? _KrUnicodeWriter_WriteFill(&w, ' ', pad) : 0) < 0
                || _PyUnicodeWriter_WriteSubstring(&w, s, 0, len) < 0
                || (fminus ? _KrUnicodeWriter_WriteFill(&w, ' ', pad) : 0) < 0 ? -1 : 0;
            Py_DECREF(s);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            r = format_percent_int(&w, v, c == 'i' || c == 'u' ? (char)c : (char)c, fminus, fplus,
                                   fspace, falt, fzero, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            r = format_percent_float(&w, v, (char)c, fminus, fplus, fspace, falt, fzero, width, prec);
            break;
        default:
            if (c > 32 && c < 127)
                PyErr_Format(PyExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                             (int)c, (unsigned)c, i - 1);
            else
                PyErr_Format(PyExc_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd",
                             (unsigned)c, (unsigned)c, i - 1);
            r = -1;
        }
        Py_XDECREF(keyed);
        if (r < 0)
            goto error;
        continue;
    error_v:
        Py_XDECREF(keyed);
        goto error;
    }
    if (argidx < nargs && dict == NULL) {
        PyErr_SetString(PyExc_TypeError, "not all arguments converted during string formatting");
        goto error;
    }
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* ====================== str.format ====================== */

typedef struct {
    PyObject *args;   /* tuple or NULL (format_map) */
    PyObject *kwargs; /* dict, mapping, or NULL */
    int auto_state;   /* 0 unknown, 1 automatic, 2 manual */
    Py_ssize_t auto_next;
} fmtctx;

static PyObject *build(PyObject *fmt, Py_ssize_t start, Py_ssize_t end, fmtctx *ctx, int depth);

/* parse [0-9]+ fully; -1 if not all digits */
static Py_ssize_t as_index(PyObject *s, Py_ssize_t a, Py_ssize_t b)
{
    if (a >= b)
        return -1;
    Py_ssize_t v = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        int d = _PyUnicode_ToDecimalDigit(c);
        if (d < 0)
            return -1;
        if (v > (PY_SSIZE_T_MAX - d) / 10) {
            PyErr_SetString(PyExc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

static PyObject *get_field(PyObject *fmt, Py_ssize_t a, Py_ssize_t b, fmtctx *ctx)
{
    /* first part: up to '.' or '[' */
    Py_ssize_t i = a;
    while (i < b) {
        Py_UCS4 c = PyUnicode_READ_CHAR(fmt, i);
        if (c == '.' || c == '[')
            break;
        i++;
    }
    PyObject *obj;
    Py_ssize_t idx;
    if (i == a) {
        if (ctx->auto_state == 2) {
            PyErr_SetString(PyExc_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        ctx->auto_state = 1;
        idx = ctx->auto_next++;
        goto positional;
    }
    idx = as_index(fmt, a, i);
    if (idx == -2)
        return NULL;
    if (idx >= 0) {
        if (ctx->auto_state == 1) {
            PyErr_SetString(PyExc_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        ctx->auto_state = 2;
    positional:
        if (ctx->args == NULL) {
            PyErr_SetString(PyExc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if (idx >= PyTuple_GET_SIZE(ctx->args)) {
            PyErr_Format(PyExc_IndexError, "Replacement index %zd out of range for positional args tuple",
                         idx);
            return NULL;
        }
        obj = Py_NewRef(PyTuple_GET_ITEM(ctx->args, idx));
    }
    else {
        PyObject *key = PyUnicode_Substring(fmt, a, i);
        if (key == NULL)
            return NULL;
        if (ctx->kwargs == NULL) {
            _PyErr_SetKeyError(key);
            Py_DECREF(key);
            return NULL;
        }
        obj = PyObject_GetItem(ctx->kwargs, key);
        Py_DECREF(key);
        if (obj == NULL)
            return NULL;
    }
    /* the rest: .attr and [key] */
    while (i < b) {
        Py_UCS4 c = PyUnicode_READ_CHAR(fmt, i);
        if (c == '.') {
            Py_ssize_t s = ++i;
            while (i < b && PyUnicode_READ_CHAR(fmt, i) != '.' && PyUnicode_READ_CHAR(fmt, i) != '[')
                i++;
            if (i == s) {
                PyErr_SetString(PyExc_ValueError, "Empty attribute in format string");
                goto error;
            }
            PyObject *name = PyUnicode_Substring(fmt, s, i);
            if (name == NULL)
                goto error;
            PyObject *next = PyObject_GetAttr(obj, name);
            Py_DECREF(name);
            if (next == NULL)
                goto error;
            Py_SETREF(obj, next);
        }
        else if (c == '[') {
            Py_ssize_t s = ++i;
            while (i < b && PyUnicode_READ_CHAR(fmt, i) != ']')
                i++;
            if (i >= b) {
                PyErr_SetString(PyExc_ValueError, "Missing ']' in format string");
                goto error;
            }
            if (i == s) {
                PyErr_SetString(PyExc_ValueError, "Empty attribute in format string");
                goto error;
            }
            Py_ssize_t k = as_index(fmt, s, i);
            if (k == -2)
                goto error;
            PyObject *key = k >= 0 ? PyLong_FromSsize_t(k) : PyUnicode_Substring(fmt, s, i);
            if (key == NULL)
                goto error;
            PyObject *next = PyObject_GetItem(obj, key);
            Py_DECREF(key);
            if (next == NULL)
                goto error;
            Py_SETREF(obj, next);
            i++;
            if (i < b && PyUnicode_READ_CHAR(fmt, i) != '.' && PyUnicode_READ_CHAR(fmt, i) != '[') {
                PyErr_SetString(PyExc_ValueError,
                                "Only '.' or '[' may follow ']' in format field specifier");
                goto error;
            }
        }
        else {
            PyErr_SetString(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            goto error;
        }
    }
    return obj;
error:
    Py_DECREF(obj);
    return NULL;
}

/* One replacement field, the text strictly between its braces. */
static int render_field(_PyUnicodeWriter *w, PyObject *fmt, Py_ssize_t a, Py_ssize_t b, fmtctx *ctx,
                        int depth)
{
    /* field name ends at the first '!' or ':' outside brackets */
    Py_ssize_t i = a;
    int in_bracket = 0;
    while (i < b) {
        Py_UCS4 c = PyUnicode_READ_CHAR(fmt, i);
        if (c == '[')
            in_bracket = 1;
        else if (c == ']')
            in_bracket = 0;
        else if (!in_bracket && (c == '!' || c == ':'))
            break;
        i++;
    }
    Py_ssize_t name_end = i;
    Py_UCS4 conv = 0;
    if (i < b && PyUnicode_READ_CHAR(fmt, i) == '!') {
        if (i + 1 >= b) {
            PyErr_SetString(PyExc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        conv = PyUnicode_READ_CHAR(fmt, i + 1);
        i += 2;
        if (i < b && PyUnicode_READ_CHAR(fmt, i) != ':') {
            PyErr_SetString(PyExc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    /* the field's own number is taken before those nested in its spec */
    PyObject *obj = get_field(fmt, a, name_end, ctx);
    if (obj == NULL)
        return -1;
    PyObject *spec = NULL;
    if (i < b) { /* ':' */
        spec = build(fmt, i + 1, b, ctx, depth - 1);
        if (spec == NULL) {
            Py_DECREF(obj);
            return -1;
        }
    }
    if (conv) {
        PyObject *c2;
        switch (conv) {
        case 'r': c2 = PyObject_Repr(obj); break;
        case 's': c2 = PyObject_Str(obj); break;
        case 'a': c2 = PyObject_ASCII(obj); break;
        default:
            if (conv > 32 && conv < 127)
                PyErr_Format(PyExc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                PyErr_Format(PyExc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            c2 = NULL;
        }
        Py_SETREF(obj, c2);
        if (obj == NULL) {
            Py_XDECREF(spec);
            return -1;
        }
    }
    PyObject *empty = NULL;
    if (spec == NULL) {
        empty = PyUnicode_New(0, 0);
        spec = empty;
    }
    PyObject *out = (PyUnicode_CheckExact(obj) && PyUnicode_GET_LENGTH(spec) == 0)
                        ? Py_NewRef(obj) : PyObject_Format(obj, spec);
    Py_DECREF(obj);
    Py_DECREF(spec);
    if (out == NULL)
        return -1;
    int r = _PyUnicodeWriter_WriteStr(w, out);
    Py_DECREF(out);
    return r;
}

static PyObject *build(PyObject *fmt, Py_ssize_t start, Py_ssize_t end, fmtctx *ctx, int depth)
{
    if (depth <= 0) {
        PyErr_SetString(PyExc_ValueError, "Max string recursion exceeded");
        return NULL;
    }
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    Py_ssize_t i = start;
    while (i < end) {
        Py_UCS4 c = PyUnicode_READ_CHAR(fmt, i);
        if (c == '}') {
            if (i + 1 < end && PyUnicode_READ_CHAR(fmt, i + 1) == '}') {
                if (_PyUnicodeWriter_WriteChar(&w, '}') < 0)
                    goto error;
                i += 2;
                continue;
            }
            PyErr_SetString(PyExc_ValueError, "Single '}' encountered in format string");
            goto error;
        }
        if (c != '{') {
            Py_ssize_t j = i;
            while (j < end) {
                Py_UCS4 d = PyUnicode_READ_CHAR(fmt, j);
                if (d == '{' || d == '}')
                    break;
                j++;
            }
            if (_PyUnicodeWriter_WriteSubstring(&w, fmt, i, j) < 0)
                goto error;
            i = j;
            continue;
        }
        if (i + 1 < end && PyUnicode_READ_CHAR(fmt, i + 1) == '{') {
            if (_PyUnicodeWriter_WriteChar(&w, '{') < 0)
                goto error;
            i += 2;
            continue;
        }
        if (i + 1 >= end) {
            PyErr_SetString(PyExc_ValueError, "Single '{' encountered in format string");
            goto error;
        }
        /* find the matching '}' */
        Py_ssize_t j = i + 1;
        int nest = 1, in_name = 1, in_bracket = 0, after_conv = 0;
        while (j < end) {
            Py_UCS4 d = PyUnicode_READ_CHAR(fmt, j);
            if (in_name && d == '[')
                in_bracket = 1;
            else if (in_bracket && d == ']')
                in_bracket = 0;
            else if (in_name && !in_bracket && d == '!' && nest == 1) {
                in_name = 0;
                after_conv = 1;
                j += 2; /* the conversion character, whatever it is */
                continue;
            }
            else if (in_name && !in_bracket && d == ':' && nest == 1)
                in_name = 0;
            else if (d == '{' && !in_bracket)
                nest++;
            else if (d == '}' && !in_bracket) {
                if (--nest == 0)
                    break;
            }
            j++;
        }
        if (j >= end) {
            if (in_name || !after_conv)
                PyErr_SetString(PyExc_ValueError, in_name ? "expected '}' before end of string"
                                                          : "unmatched '{' in format spec");
            else
                PyErr_SetString(PyExc_ValueError, "unmatched '{' in format spec");
            goto error;
        }
        if (render_field(&w, fmt, i + 1, j, ctx, depth) < 0)
            goto error;
        i = j + 1;
    }
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

PyObject *_KrUnicode_BuildFormatted(PyObject *format, PyObject *args, PyObject *kwargs, int recursion)
{
    fmtctx ctx = {args, kwargs, 0, 0};
    return build(format, 0, PyUnicode_GET_LENGTH(format), &ctx, recursion);
}

PyObject *_KrUnicode_FormatMethod(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return _KrUnicode_BuildFormatted(self, args, kwargs, 2);
}

PyObject *_KrUnicode_FormatMap(PyObject *self, PyObject *mapping)
{
    return _KrUnicode_BuildFormatted(self, NULL, mapping, 2);
}
