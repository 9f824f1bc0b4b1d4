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

/* ====================== % formatting ======================
 *
 * Walks the format as CPython's formatter does, so that the same inputs
 * fail with the same error at the same point: only an immediate "%%" is a
 * literal percent, a conversion takes its argument before the conversion
 * character is checked, a %(key) lookup replaces the argument source by
 * the looked-up value (which one conversion can then take), and at most
 * one of the length modifiers h, l, L is skipped. */

#define PF_LJUST 1
#define PF_SIGN 2
#define PF_BLANK 4
#define PF_ALT 8
#define PF_ZERO 16

typedef struct {
    PyObject *fmt;
    int kind;
    const void *data;
    Py_ssize_t pos, cnt; /* next char, chars left after it (CPython's fmtcnt) */
    PyObject *args;      /* the tuple, the single argument, or a %(key) value */
    int args_owned;
    Py_ssize_t arglen, argidx;
    PyObject *dict;
    _PyUnicodeWriter w;
} pctx;

typedef struct {
    Py_UCS4 ch;
    int flags;
    Py_ssize_t width;
    int prec;
    int sign; /* numeric conversions: a sign position exists */
} pspec;

/* CPython's argument cursor: for a tuple, arglen is its size and argidx
 * starts at 0; a single non-tuple argument has arglen -1 and argidx -2, so
 * it can be taken exactly once. */
static PyObject *getnextarg(pctx *c)
{
    if (c->argidx < c->arglen) {
        c->argidx++;
        if (c->arglen < 0)
            return c->args;
        return PyTuple_GET_ITEM(c->args, c->argidx - 1);
    }
    PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* the next format char into a->ch, if any is left */
static int pnext(pctx *c, pspec *a)
{
    if (--c->cnt < 0)
        return 0;
    a->ch = PyUnicode_READ(c->kind, c->data, c->pos++);
    return 1;
}

static int star_arg(pctx *c, PyObject **v)
{
    *v = getnextarg(c);
    if (*v == NULL)
        return -1;
    if (!PyLong_Check(*v)) {
        PyErr_SetString(PyExc_TypeError, "* wants int");
        return -1;
    }
    return 0;
}

static int pparse(pctx *c, pspec *a)
{
    if (PyUnicode_READ(c->kind, c->data, c->pos) == '(') {
        if (c->dict == NULL) {
            PyErr_SetString(PyExc_TypeError, "format requires a mapping");
            return -1;
        }
        c->pos++;
        c->cnt--;
        Py_ssize_t keystart = c->pos;
        int depth = 1;
        while (depth > 0 && pnext(c, a)) {
            if (a->ch == ')')
                depth--;
            else if (a->ch == '(')
                depth++;
        }
        if (c->cnt < 0 || depth > 0) {
            PyErr_SetString(PyExc_ValueError, "incomplete format key");
            return -1;
        }
        PyObject *key = PyUnicode_Substring(c->fmt, keystart, c->pos - 1);
        if (key == NULL)
            return -1;
        PyObject *v = PyObject_GetItem(c->dict, key);
        Py_DECREF(key);
        if (v == NULL)
            return -1;
        if (c->args_owned)
            Py_DECREF(c->args);
        c->args = v;
        c->args_owned = 1;
        c->arglen = -1;
        c->argidx = -2;
    }
    while (pnext(c, a)) {
        int f = a->ch == '-' ? PF_LJUST : a->ch == '+' ? PF_SIGN : a->ch == ' ' ? PF_BLANK
              : a->ch == '#' ? PF_ALT : a->ch == '0' ? PF_ZERO : 0;
        if (f == 0)
            break;
        a->flags |= f;
    }
    PyObject *v;
    if (a->ch == '*') {
        if (star_arg(c, &v) < 0)
            return -1;
        a->width = PyLong_AsSsize_t(v);
        if (a->width == -1 && PyErr_Occurred())
            return -1;
        if (a->width < 0) {
            a->flags |= PF_LJUST;
            a->width = -a->width;
        }
        pnext(c, a);
    }
    else if (a->ch >= '0' && a->ch <= '9') {
        a->width = a->ch - '0';
        while (pnext(c, a) && a->ch >= '0' && a->ch <= '9') {
            if (a->width > (PY_SSIZE_T_MAX - (int)(a->ch - '0')) / 10) {
                PyErr_SetString(PyExc_ValueError, "width too big");
                return -1;
            }
            a->width = a->width * 10 + (a->ch - '0');
        }
    }
    if (a->ch == '.') {
        a->prec = 0;
        pnext(c, a);
        if (a->ch == '*') {
            if (star_arg(c, &v) < 0)
                return -1;
            a->prec = _KrArg_AsInt(v);
            if (a->prec == -1 && PyErr_Occurred())
                return -1;
            if (a->prec < 0)
                a->prec = 0;
            pnext(c, a);
        }
        else if (a->ch >= '0' && a->ch <= '9') {
            a->prec = (int)(a->ch - '0');
            while (pnext(c, a) && a->ch >= '0' && a->ch <= '9') {
                if (a->prec > (INT_MAX - (int)(a->ch - '0')) / 10) {
                    PyErr_SetString(PyExc_ValueError, "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + (int)(a->ch - '0');
            }
        }
    }
    if (c->cnt >= 0 && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L'))
        pnext(c, a);
    if (c->cnt < 0) {
        PyErr_SetString(PyExc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* %d %i %u %o %x %X of an int: the digits with CPython's layout -- sign,
 * then the 0o/0x/0X prefix only with '#', then at least `prec` digits. */
static PyObject *format_long_text(PyObject *v, int alt, int prec, Py_UCS4 type)
{
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    PyObject *text = base == 10 ? _PyLong_Format(v, 10) : PyNumber_ToBase(v, base);
    if (text == NULL)
        return NULL;
    const char *t = (const char *)PyUnicode_DATA(text); /* ASCII */
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int neg = t[0] == '-';
    Py_ssize_t lead = neg + (base != 10 ? 2 : 0); /* sign and prefix */
    Py_ssize_t ndigits = len - lead;
    if (alt && base != 10 && prec <= ndigits && type != 'X')
        return text;
    Py_ssize_t zeros = prec > ndigits ? prec - ndigits : 0;
    Py_ssize_t keep = (alt || base == 10) ? lead : neg;
    PyObject *r = PyUnicode_New(keep + zeros + ndigits, 127);
    if (r == NULL) {
        Py_DECREF(text);
        return NULL;
    }
    char *o = (char *)PyUnicode_DATA(r);
    if (neg)
        *o++ = '-';
    if (keep > neg) {
        memcpy(o, t + neg, (size_t)(keep - neg));
        o += keep - neg;
    }
    memset(o, '0', (size_t)zeros);
    o += zeros;
    memcpy(o, t + lead, (size_t)ndigits);
    if (type == 'X')
        for (char *p = (char *)PyUnicode_DATA(r); *p; p++)
            if (*p >= 'a' && *p <= 'x')
                *p = (char)(*p - 32);
    Py_DECREF(text);
    return r;
}

static PyObject *pformat_long(PyObject *v, pspec *a)
{
    Py_UCS4 t = a->ch;
    int hexoct = t == 'o' || t == 'x' || t == 'X';
    PyObject *iv;
    if (!PyNumber_Check(v))
        goto wrongtype;
    if (PyLong_Check(v))
        iv = Py_NewRef(v);
    else {
        iv = hexoct ? _PyNumber_Index(v) : PyNumber_Long(v);
        if (iv == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                goto wrongtype;
            return NULL;
        }
    }
    PyObject *r = format_long_text(iv, a->flags & PF_ALT, a->prec, t);
    Py_DECREF(iv);
    return r;
wrongtype:
    PyErr_Format(PyExc_TypeError, "%%%c format: %s is required, not %.200s", (int)t,
                 hexoct ? "an integer" : "a real number", Py_TYPE(v)->tp_name);
    return NULL;
}

static PyObject *pformat_float(PyObject *v, pspec *a)
{
    double x = PyFloat_AsDouble(v);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    char *s = PyOS_double_to_string(x, (char)a->ch, a->prec < 0 ? 6 : a->prec,
                                    (a->flags & PF_ALT) ? Py_DTSF_ALT : 0, NULL);
    if (s == NULL)
        return NULL;
    PyObject *r = _PyUnicode_FromASCII(s, (Py_ssize_t)strlen(s));
    PyMem_Free(s);
    return r;
}

static Py_UCS4 pformat_char(PyObject *v)
{
    if (PyUnicode_Check(v)) {
        if (PyUnicode_GET_LENGTH(v) == 1)
            return PyUnicode_READ_CHAR(v, 0);
    }
    else {
        int overflow;
        long x = PyLong_AsLongAndOverflow(v, &overflow);
        if (x == -1 && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError))
                return (Py_UCS4)-1;
            PyErr_Clear();
        }
        else if (x < 0 || x > 0x10ffff) {
            PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
            return (Py_UCS4)-1;
        }
        else
            return (Py_UCS4)x;
    }
    PyErr_SetString(PyExc_TypeError, "%c requires int or char");
    return (Py_UCS4)-1;
}

/* Pads str per the spec: numbers get their sign (and '#' prefix) before
 * zero padding, strings are cut to the precision. */
static int poutput(pctx *c, pspec *a, PyObject *str)
{
    _PyUnicodeWriter *w = &c->w;
    Py_ssize_t len = PyUnicode_GET_LENGTH(str), start = 0;
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (PF_SIGN | PF_BLANK)))
        return _PyUnicodeWriter_WriteStr(w, str);
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec)
        len = a->prec;
    Py_UCS4 fill = a->sign && (a->flags & PF_ZERO) ? '0' : ' ';
    Py_UCS4 signchar = 0;
    if (a->sign) {
        Py_UCS4 first = PyUnicode_READ_CHAR(str, 0);
        if (first == '-' || first == '+') {
            signchar = first;
            len--;
            start++;
        }
        else if (a->flags & PF_SIGN)
            signchar = '+';
        else if (a->flags & PF_BLANK)
            signchar = ' ';
    }
    Py_ssize_t width = a->width < len ? len : a->width;
    int prefix = (a->flags & PF_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (signchar && width > len)
        width--;
    if (prefix) {
        width = width < 2 ? 0 : width - 2;
        len -= 2;
    }
    if (fill == '0') {
        if (signchar && _PyUnicodeWriter_WriteChar(w, signchar) < 0)
            return -1;
        if (prefix && _PyUnicodeWriter_WriteSubstring(w, str, start, start + 2) < 0)
            return -1;
    }
    if (width > len && !(a->flags & PF_LJUST)) {
        if (_KrUnicodeWriter_WriteFill(w, fill, width - len) < 0)
            return -1;
        width = len;
    }
    if (fill == ' ') {
        if (signchar && _PyUnicodeWriter_WriteChar(w, signchar) < 0)
            return -1;
        if (prefix && _PyUnicodeWriter_WriteSubstring(w, str, start, start + 2) < 0)
            return -1;
    }
    if (prefix)
        start += 2;
    if (len > 0 && _PyUnicodeWriter_WriteSubstring(w, str, start, start + len) < 0)
        return -1;
    if (width > len && _KrUnicodeWriter_WriteFill(w, ' ', width - len) < 0)
        return -1;
    return 0;
}

static int pformat_arg(pctx *c)
{
    pspec a = {PyUnicode_READ(c->kind, c->data, c->pos), 0, -1, -1, 0};
    if (a.ch == '%') {
        c->pos++;
        c->cnt--;
        return _PyUnicodeWriter_WriteChar(&c->w, '%');
    }
    if (pparse(c, &a) < 0)
        return -1;
    PyObject *v = getnextarg(c);
    if (v == NULL)
        return -1;
    PyObject *str;
    switch (a.ch) {
    case 's':
        str = PyUnicode_CheckExact(v) ? Py_NewRef(v) : PyObject_Str(v);
        break;
    case 'r':
        str = PyObject_Repr(v);
        break;
    case 'a':
        str = PyObject_ASCII(v);
        break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        a.sign = 1;
        str = pformat_long(v, &a);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        a.sign = 1;
        str = pformat_float(v, &a);
        break;
    case 'c': {
        Py_UCS4 ch = pformat_char(v);
        if (ch == (Py_UCS4)-1)
            return -1;
        str = PyUnicode_FromOrdinal((int)ch);
        break;
    }
    default:
        PyErr_Format(PyExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                     (a.ch >= 31 && a.ch <= 126) ? (int)a.ch : '?', (unsigned)a.ch, c->pos - 1);
        return -1;
    }
    if (str == NULL)
        return -1;
    int r = poutput(c, &a, str);
    Py_DECREF(str);
    if (r < 0)
        return -1;
    if (c->dict && c->argidx < c->arglen) {
        PyErr_SetString(PyExc_TypeError, "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

PyObject *PyUnicode_Format(PyObject *format, PyObject *args)
{
    if (format == NULL || args == NULL || !PyUnicode_Check(format)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    pctx c;
    c.fmt = format;
    c.kind = PyUnicode_KIND(format);
    c.data = PyUnicode_DATA(format);
    c.pos = 0;
    c.cnt = PyUnicode_GET_LENGTH(format);
    c.args = args;
    c.args_owned = 0;
    if (PyTuple_Check(args)) {
        c.arglen = PyTuple_GET_SIZE(args);
        c.argidx = 0;
    }
    else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.dict = NULL;
    if (Py_TYPE(args)->tp_as_mapping && Py_TYPE(args)->tp_as_mapping->mp_subscript
        && !PyTuple_Check(args) && !PyUnicode_Check(args))
        c.dict = args;
    _PyUnicodeWriter_Init(&c.w);
    c.w.min_length = c.cnt + 16;
    /* a format without '%' is itself the result, as for str.format */
    if (c.cnt > 0 && PyUnicode_FindChar(format, '%', 0, c.cnt, 1) == -1) {
        if (c.argidx < c.arglen && !c.dict) {
            PyErr_SetString(PyExc_TypeError, "not all arguments converted during string formatting");
            return NULL;
        }
        return Py_NewRef(format);
    }
    while (--c.cnt >= 0) {
        if (PyUnicode_READ(c.kind, c.data, c.pos) == '%') {
            c.pos++;
            if (pformat_arg(&c) < 0)
                goto error;
            continue;
        }
        Py_ssize_t start = c.pos++;
        while (c.cnt > 0 && PyUnicode_READ(c.kind, c.data, c.pos) != '%') {
            c.pos++;
            c.cnt--;
        }
        if (_PyUnicodeWriter_WriteSubstring(&c.w, format, start, c.pos) < 0)
            goto error;
    }
    if (c.argidx < c.arglen && !c.dict) {
        PyErr_SetString(PyExc_TypeError, "not all arguments converted during string formatting");
        goto error;
    }
    if (c.args_owned)
        Py_DECREF(c.args);
    return _PyUnicodeWriter_Finish(&c.w);
error:
    if (c.args_owned)
        Py_DECREF(c.args);
    _PyUnicodeWriter_Dealloc(&c.w);
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
        /* only a spec with fields of its own is expanded (and counts
         * against the nesting limit) */
        if (PyUnicode_FindChar(fmt, '{', i + 1, b, 1) >= 0)
            spec = build(fmt, i + 1, b, ctx, depth - 1);
        else
            spec = PyUnicode_Substring(fmt, i + 1, b);
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
    /* a whole template without fields is itself the result (CPython's
     * writer takes the string instead of copying it), even of a subclass */
    if (start == 0 && end == PyUnicode_GET_LENGTH(fmt) && end > 0 &&
        PyUnicode_FindChar(fmt, '{', 0, end, 1) == -1 && PyUnicode_FindChar(fmt, '}', 0, end, 1) == -1)
        return Py_NewRef(fmt);
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
