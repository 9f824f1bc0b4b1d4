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

/* ====================== str.format ======================
 *
 * The template is read by two small iterators, which the _string module
 * (string.Formatter) drives as well, so that both see one grammar with
 * the same errors: the markup iterator yields a literal and the parts of
 * the replacement field after it; the field-name iterator yields the
 * '.attr' and '[key]' parts of a field name.  A field is parsed whole
 * before it is looked up, a template only as far as it has been output. */

#define RD(s, i) PyUnicode_READ_CHAR((s), (i))

int _KrMarkupIter_Next(_KrMarkupIter *it, _KrMarkup *m)
{
    PyObject *s = it->str;
    m->field_present = 0;
    m->has_spec = 0;
    m->conversion = 0;
    m->spec_needs_expanding = 0;
    m->name_start = m->name_end = m->spec_start = m->spec_end = 0;
    if (it->pos >= it->end)
        return 0;
    Py_ssize_t start = it->pos;
    Py_UCS4 c = 0;
    int markup = 0;
    while (it->pos < it->end) {
        c = RD(s, it->pos++);
        if (c == '{' || c == '}') {
            markup = 1;
            break;
        }
    }
    int at_end = it->pos >= it->end;
    Py_ssize_t len = it->pos - start;
    if (c == '}' && markup && (at_end || RD(s, it->pos) != '}')) {
        PyErr_SetString(PyExc_ValueError, "Single '}' encountered in format string");
        return -1;
    }
    if (at_end && c == '{' && markup) {
        PyErr_SetString(PyExc_ValueError, "Single '{' encountered in format string");
        return -1;
    }
    if (markup) {
        if (RD(s, it->pos) == c) {
            /* a doubled brace: the literal keeps one, no field follows */
            it->pos++;
            markup = 0;
        }
        else
            len--;
    }
    m->lit_start = start;
    m->lit_end = start + len;
    if (!markup)
        return 1;

    /* the field: its name runs to '}', ':' or '!' outside brackets */
    m->field_present = 1;
    m->name_start = it->pos;
    c = 0;
    while (it->pos < it->end) {
        c = RD(s, it->pos++);
        if (c == '{') {
            PyErr_SetString(PyExc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (it->pos < it->end && RD(s, it->pos) != ']')
                it->pos++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    m->name_end = it->pos - 1;
    if (c == '!' || c == ':') {
        m->has_spec = 1;
        if (c == '!') {
            if (it->pos >= it->end) {
                PyErr_SetString(PyExc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            m->conversion = RD(s, it->pos++);
            if (it->pos < it->end) {
                c = RD(s, it->pos++);
                if (c == '}') {
                    m->spec_start = m->spec_end = it->pos - 1;
                    return 1;
                }
                if (c != ':') {
                    PyErr_SetString(PyExc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        /* the spec runs to the '}' that balances the field's '{' */
        m->spec_start = it->pos;
        int count = 1;
        while (it->pos < it->end) {
            c = RD(s, it->pos++);
            if (c == '{') {
                m->spec_needs_expanding = 1;
                count++;
            }
            else if (c == '}' && --count == 0) {
                m->spec_end = it->pos - 1;
                return 1;
            }
        }
        PyErr_SetString(PyExc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        PyErr_SetString(PyExc_ValueError, "expected '}' before end of string");
        return -1;
    }
    return 1;
}

/* [a, b) as a non-negative decimal number: -1 when empty or not all
 * digits, -2 with ValueError when too large. */
static Py_ssize_t as_index(PyObject *s, Py_ssize_t a, Py_ssize_t b)
{
    if (a >= b)
        return -1;
    Py_ssize_t v = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        int d = _PyUnicode_ToDecimalDigit(RD(s, i));
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

int _KrFieldName_Split(PyObject *str, Py_ssize_t start, Py_ssize_t end, Py_ssize_t *first_end,
                       Py_ssize_t *first_idx, _KrFieldNameIter *rest)
{
    Py_ssize_t i = start;
    while (i < end) {
        Py_UCS4 c = RD(str, i);
        if (c == '.' || c == '[')
            break;
        i++;
    }
    *first_end = i;
    rest->str = str;
    rest->pos = i;
    rest->end = end;
    *first_idx = as_index(str, start, i);
    return *first_idx == -2 ? -1 : 0;
}

int _KrFieldNameIter_Next(_KrFieldNameIter *it, int *is_attr, Py_ssize_t *idx, Py_ssize_t *name_start,
                          Py_ssize_t *name_end)
{
    PyObject *s = it->str;
    if (it->pos >= it->end)
        return 0;
    Py_UCS4 c = RD(s, it->pos++);
    *name_start = it->pos;
    if (c == '.') {
        *is_attr = 1;
        while (it->pos < it->end && RD(s, it->pos) != '.' && RD(s, it->pos) != '[')
            it->pos++;
        *name_end = it->pos;
        *idx = -1;
    }
    else if (c == '[') {
        *is_attr = 0;
        while (it->pos < it->end && RD(s, it->pos) != ']')
            it->pos++;
        if (it->pos >= it->end) {
            PyErr_SetString(PyExc_ValueError, "Missing ']' in format string");
            return -1;
        }
        *name_end = it->pos++;
        *idx = as_index(s, *name_start, *name_end);
        if (*idx == -2)
            return -1;
    }
    else {
        PyErr_SetString(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    if (*name_start == *name_end) {
        PyErr_SetString(PyExc_ValueError, "Empty attribute in format string");
        return -1;
    }
    return 1;
}

typedef struct {
    PyObject *args;   /* tuple or NULL (format_map) */
    PyObject *kwargs; /* dict, mapping, or NULL */
    int auto_state;   /* 0 unknown, 1 automatic, 2 manual */
    Py_ssize_t auto_next;
} fmtctx;

static PyObject *build(PyObject *fmt, Py_ssize_t start, Py_ssize_t end, fmtctx *ctx, int depth);

static PyObject *get_field(PyObject *fmt, Py_ssize_t a, Py_ssize_t b, fmtctx *ctx)
{
    Py_ssize_t first_end, idx;
    _KrFieldNameIter rest;
    if (_KrFieldName_Split(fmt, a, b, &first_end, &idx, &rest) < 0)
        return NULL;
    PyObject *obj;
    if (first_end == a || idx >= 0) {
        /* numbered, explicitly or automatically: never both in one template */
        if (first_end == a) {
            if (ctx->auto_state == 2) {
                PyErr_SetString(PyExc_ValueError,
                                "cannot switch from manual field specification to automatic field numbering");
                return NULL;
            }
            ctx->auto_state = 1;
            idx = ctx->auto_next++;
        }
        else {
            if (ctx->auto_state == 1) {
                PyErr_SetString(PyExc_ValueError,
                                "cannot switch from automatic field numbering to manual field specification");
                return NULL;
            }
            ctx->auto_state = 2;
        }
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
        PyObject *key = PyUnicode_Substring(fmt, a, first_end);
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
    int is_attr, r;
    Py_ssize_t ns, ne;
    while ((r = _KrFieldNameIter_Next(&rest, &is_attr, &idx, &ns, &ne)) == 1) {
        PyObject *next, *key;
        if (!is_attr && idx >= 0) {
            /* a numeric [key]: an index into a sequence, else an int key */
            if (PySequence_Check(obj))
                next = PySequence_GetItem(obj, idx);
            else {
                key = PyLong_FromSsize_t(idx);
                if (key == NULL)
                    goto error;
                next = PyObject_GetItem(obj, key);
                Py_DECREF(key);
            }
        }
        else {
            key = PyUnicode_Substring(fmt, ns, ne);
            if (key == NULL)
                goto error;
            next = is_attr ? PyObject_GetAttr(obj, key) : PyObject_GetItem(obj, key);
            Py_DECREF(key);
        }
        if (next == NULL)
            goto error;
        Py_SETREF(obj, next);
    }
    if (r < 0)
        goto error;
    return obj;
error:
    Py_DECREF(obj);
    return NULL;
}

/* One replacement field: look it up, convert, expand its spec, format. */
static int render_field(_PyUnicodeWriter *w, PyObject *fmt, _KrMarkup *m, fmtctx *ctx, int depth)
{
    PyObject *obj = get_field(fmt, m->name_start, m->name_end, ctx);
    if (obj == NULL)
        return -1;
    if (m->conversion) {
        PyObject *c2;
        switch (m->conversion) {
        case 'r': c2 = PyObject_Repr(obj); break;
        case 's': c2 = PyObject_Str(obj); break;
        case 'a': c2 = PyObject_ASCII(obj); break;
        default:
            if (m->conversion > 32 && m->conversion < 127)
                PyErr_Format(PyExc_ValueError, "Unknown conversion specifier %c", (int)m->conversion);
            else
                PyErr_Format(PyExc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)m->conversion);
            c2 = NULL;
        }
        Py_SETREF(obj, c2);
        if (obj == NULL)
            return -1;
    }
    PyObject *spec;
    /* only a spec with fields of its own is expanded (and counts against
     * the nesting limit) */
    if (m->spec_needs_expanding)
        spec = build(fmt, m->spec_start, m->spec_end, ctx, depth - 1);
    else
        spec = PyUnicode_Substring(fmt, m->spec_start, m->spec_end);
    if (spec == NULL) {
        Py_DECREF(obj);
        return -1;
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
    _KrMarkupIter it = {fmt, start, end};
    _KrMarkup m;
    int r;
    while ((r = _KrMarkupIter_Next(&it, &m)) == 1) {
        if (m.lit_end > m.lit_start && _PyUnicodeWriter_WriteSubstring(&w, fmt, m.lit_start, m.lit_end) < 0)
            goto error;
        if (m.field_present && render_field(&w, fmt, &m, ctx, depth) < 0)
            goto error;
    }
    if (r < 0)
        goto error;
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
