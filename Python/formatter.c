/* The format-spec mini-language: what follows the ':' in "{:>10,.2f}",
 * shared by format(), str.format, f-strings and the __format__ methods of
 * int, float, complex and str.
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * A spec is parsed once into `spec_t`; each type then renders its value
 * into three ASCII pieces -- sign, prefix ("0x"), digits, and the rest
 * (fraction, exponent, '%') -- and number_layout() assembles them with
 * grouping separators, zero padding and alignment.  Zero padding with
 * grouping ('{:010,}') grows the digit string with '0's and separators,
 * never starting with a separator, as CPython does.
 *
 * Float digits come from PyOS_double_to_string (Python/runtime/pystrtod.c);
 * the 'z' flag (3.11) is applied here by dropping the sign of a result
 * that rounded to zero.  The 'n' type uses the C locale (no grouping),
 * which is what CPython prints unless a program calls setlocale. */
#include "Python.h"
#include "kr_format.h"
#include "kr_long.h"
#include "kr_strings.h"

typedef struct {
    Py_UCS4 fill;
    int fill_given;
    Py_UCS4 align; /* 0 if not given */
    Py_UCS4 sign;  /* 0, '+', '-', ' ' */
    int no_neg_0;
    int alternate;
    Py_UCS4 thousands; /* 0, ',', '_' */
    Py_ssize_t width;     /* -1 if not given */
    Py_ssize_t precision; /* -1 if not given */
    Py_UCS4 type;
} spec_t;

static int is_align(Py_UCS4 c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static int read_number(int kind, const void *data, Py_ssize_t *pos, Py_ssize_t end, Py_ssize_t *out)
{
    Py_ssize_t v = 0, start = *pos;
    while (*pos < end) {
        Py_UCS4 c = PyUnicode_READ(kind, data, *pos);
        /* ASCII needs no look-up in the Unicode database */
        int d = c < 128 ? (c >= '0' && c <= '9' ? (int)(c - '0') : -1) : _PyUnicode_ToDecimalDigit(c);
        if (d < 0)
            break;
        if (v > (PY_SSIZE_T_MAX - d) / 10) {
            PyErr_SetString(PyExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
    }
    *out = v;
    return *pos > start;
}

static void unknown_code(Py_UCS4 type, PyObject *obj)
{
    if (type > 32 && type < 128)
        PyErr_Format(PyExc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                     (int)type, Py_TYPE(obj)->tp_name);
    else
        PyErr_Format(PyExc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                     (unsigned)type, Py_TYPE(obj)->tp_name);
}

static int parse_spec(PyObject *fs, PyObject *obj, spec_t *sp, Py_UCS4 default_type,
                      Py_UCS4 default_align)
{
    Py_ssize_t pos = 0, end = PyUnicode_GET_LENGTH(fs);
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = -1;
    sp->precision = -1;
    sp->type = default_type;
    /* kind and data once: the spec is read a character at a time */
    int fkind = PyUnicode_KIND(fs);
    const void *fdata = PyUnicode_DATA(fs);
#define AT(i) PyUnicode_READ(fkind, fdata, (i))
    if (end - pos >= 2 && is_align(AT(pos + 1))) {
        sp->fill = AT(pos);
        sp->fill_given = 1;
        sp->align = AT(pos + 1);
        pos += 2;
    }
    else if (end - pos >= 1 && is_align(AT(pos))) {
        sp->align = AT(pos);
        pos++;
    }
    if (pos < end && (AT(pos) == '+' || AT(pos) == '-' || AT(pos) == ' '))
        sp->sign = AT(pos++);
    if (pos < end && AT(pos) == 'z') {
        sp->no_neg_0 = 1;
        pos++;
    }
    if (pos < end && AT(pos) == '#') {
        sp->alternate = 1;
        pos++;
    }
    if (!sp->fill_given && pos < end && AT(pos) == '0') {
        sp->fill = '0';
        if (!sp->align && default_align == '>')
            sp->align = '=';
        pos++;
    }
    int r = read_number(fkind, fdata, &pos, end, &sp->width);
    if (r < 0)
        return -1;
    if (r == 0)
        sp->width = -1;
    if (pos < end && AT(pos) == ',') {
        sp->thousands = ',';
        pos++;
        if (pos < end && AT(pos) == '_') {
            PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    else if (pos < end && AT(pos) == '_') {
        sp->thousands = '_';
        pos++;
        if (pos < end && AT(pos) == ',') {
            PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (pos < end && AT(pos) == '.') {
        pos++;
        r = read_number(fkind, fdata, &pos, end, &sp->precision);
        if (r < 0)
            return -1;
        if (r == 0) {
            PyErr_SetString(PyExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        PyErr_Format(PyExc_ValueError, "Invalid format specifier '%U' for object of type '%.200s'",
                     fs, Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (end - pos == 1)
        sp->type = AT(pos);
#undef AT
    if (sp->thousands) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->thousands == '_')
                break;
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 128)
                PyErr_Format(PyExc_ValueError, "Cannot specify '%c' with '%c'.", (int)sp->thousands,
                             (int)sp->type);
            else
                PyErr_Format(PyExc_ValueError, "Cannot specify '%c' with '\\x%x'.",
                             (int)sp->thousands, (unsigned)sp->type);
            return -1;
        }
    }
    return 0;
}

/* Assemble sign + prefix + digits (grouped) + rest, padded to the width. */
static PyObject *number_layout(const spec_t *sp, const char *sign, const char *prefix,
                               const char *digits, Py_ssize_t ndigits, const char *rest,
                               Py_ssize_t nrest, int upper)
{
    Py_ssize_t nsign = (Py_ssize_t)strlen(sign), nprefix = (Py_ssize_t)strlen(prefix);
    Py_UCS4 align = sp->align ? sp->align : '>';
    /* inf and nan have no digits: zero padding does not group them */
    int zero_pad = align == '=' && sp->fill == '0' && sp->thousands && ndigits > 0;
    Py_ssize_t min_body = 0;
    if (zero_pad && sp->width > 0)
        min_body = sp->width - nsign - nprefix - nrest;
    /* the digits as given, or grouped (built right to left) or upper-cased
     * into g */
    const char *gd = digits;
    Py_ssize_t glen = ndigits;
    char gsmall[128];
    char *g = NULL;
    if (sp->thousands || upper) {
        Py_ssize_t cap = ndigits * 2 + (min_body > 0 ? min_body : 0) + 8;
        g = cap <= (Py_ssize_t)sizeof gsmall ? gsmall : PyMem_Malloc((size_t)cap);
        if (g == NULL)
            return PyErr_NoMemory();
        glen = 0;
        if (sp->thousands) {
            int group = (sp->type == 'b' || sp->type == 'o' || sp->type == 'x' || sp->type == 'X') ? 4 : 3;
            Py_ssize_t placed = 0, i = ndigits;
            int last_sep = 0;
            while (i > 0 || glen < min_body || last_sep) {
                if (placed > 0 && placed % group == 0 && !last_sep) {
                    g[glen++] = (char)sp->thousands;
                    last_sep = 1;
                    continue;
                }
                g[glen++] = i > 0 ? digits[--i] : '0';
                placed++;
                last_sep = 0;
            }
            for (Py_ssize_t a = 0, b = glen - 1; a < b; a++, b--) {
                char t = g[a];
                g[a] = g[b];
                g[b] = t;
            }
        }
        else {
            memcpy(g, digits, (size_t)ndigits);
            glen = ndigits;
        }
        if (upper) {
            for (Py_ssize_t i = 0; i < glen; i++)
                if (g[i] >= 'a' && g[i] <= 'z')
                    g[i] = (char)(g[i] - 32);
        }
        gd = g;
    }
    Py_ssize_t total = nsign + nprefix + glen + nrest;
    Py_ssize_t padding = sp->width > total ? sp->width - total : 0;
    Py_ssize_t left = 0, right = 0, mid = 0;
    switch (align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=': mid = padding; break;
    default: left = padding; break;
    }
    if (sp->fill < 128 && padding + total <= 256) {
        /* all-ASCII result of modest size: assemble it in place */
        char out[256];
        char *o = out;
        /* the parts are mostly empty or a few chars: test before calling */
#define PUT_FILL(n) do { if (n) { memset(o, (int)sp->fill, (size_t)(n)); o += (n); } } while (0)
#define PUT_TEXT(t, n) do { if (n) { memcpy(o, (t), (size_t)(n)); o += (n); } } while (0)
        PUT_FILL(left);
        PUT_TEXT(sign, nsign);
        PUT_TEXT(prefix, nprefix);
        PUT_FILL(mid);
        PUT_TEXT(gd, glen);
        PUT_TEXT(rest, nrest);
        PUT_FILL(right);
#undef PUT_FILL
#undef PUT_TEXT
        if (g != gsmall)
            PyMem_Free(g);
        return _PyUnicode_FromASCII(out, o - out);
    }
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    if (_KrUnicodeWriter_WriteFill(&w, sp->fill, left) < 0
        || _PyUnicodeWriter_WriteASCIIString(&w, sign, nsign) < 0
        || _PyUnicodeWriter_WriteASCIIString(&w, prefix, nprefix) < 0
        || _KrUnicodeWriter_WriteFill(&w, sp->fill, mid) < 0
        || _PyUnicodeWriter_WriteASCIIString(&w, gd, glen) < 0
        || _PyUnicodeWriter_WriteASCIIString(&w, rest, nrest) < 0
        || _KrUnicodeWriter_WriteFill(&w, sp->fill, right) < 0) {
        if (g != gsmall)
            PyMem_Free(g);
        _PyUnicodeWriter_Dealloc(&w);
        return NULL;
    }
    if (g != gsmall)
        PyMem_Free(g);
    return _PyUnicodeWriter_Finish(&w);
}

static PyObject *pad_string(PyObject *s, const spec_t *sp, Py_UCS4 default_align)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (sp->precision >= 0 && n > sp->precision)
        n = sp->precision;
    Py_ssize_t padding = sp->width > n ? sp->width - n : 0;
    Py_UCS4 align = sp->align ? sp->align : default_align;
    Py_ssize_t left = 0, right = 0;
    if (align == '>')
        left = padding;
    else if (align == '^') {
        left = padding / 2;
        right = padding - left;
    }
    else
        right = padding;
    if (left == 0 && right == 0 && n == PyUnicode_GET_LENGTH(s) && PyUnicode_CheckExact(s))
        return Py_NewRef(s);
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    if (_KrUnicodeWriter_WriteFill(&w, sp->fill, left) < 0
        || _PyUnicodeWriter_WriteSubstring(&w, s, 0, n) < 0
        || _KrUnicodeWriter_WriteFill(&w, sp->fill, right) < 0) {
        _PyUnicodeWriter_Dealloc(&w);
        return NULL;
    }
    return _PyUnicodeWriter_Finish(&w);
}

/* ====================== str ====================== */

PyObject *_KrFormat_Unicode(PyObject *obj, PyObject *format_spec)
{
    if (PyUnicode_GET_LENGTH(format_spec) == 0)
        return PyObject_Str(obj);
    spec_t sp;
    if (parse_spec(format_spec, obj, &sp, 's', '<') < 0)
        return NULL;
    if (sp.type != 's') {
        unknown_code(sp.type, obj);
        return NULL;
    }
    if (sp.sign) {
        PyErr_SetString(PyExc_ValueError, sp.sign == ' ' ? "Space not allowed in string format specifier"
                                                         : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (sp.no_neg_0) {
        PyErr_SetString(PyExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (sp.alternate) {
        PyErr_SetString(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (sp.align == '=') {
        PyErr_SetString(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    return pad_string(obj, &sp, '<');
}

/* ====================== float ====================== */

/* Render a double per the spec's type/precision into sign and body
 * (ASCII).  Returns a PyMem buffer for the body or NULL. */
static char *render_double(double v, const spec_t *sp, Py_UCS4 type, int force_sign,
                           char *signbuf, int *is_percent_out, int float_default)
{
    int flags = 0;
    Py_ssize_t prec = sp->precision;
    char code;
    int percent = 0;
    if (sp->alternate)
        flags |= Py_DTSF_ALT;
    switch (type) {
    case '\0':
        /* float's default keeps a digit after the point (repr, or 'g'
         * with the point); complex's is plain repr or 'g' */
        code = prec < 0 ? 'r' : 'g';
        if (prec < 0)
            prec = 0;
        if (float_default)
            flags |= Py_DTSF_ADD_DOT_0;
        break;
    case 'n':
        code = 'g';
        break;
    case '%':
        code = 'f';
        v *= 100;
        percent = 1;
        break;
    case 'E': code = 'e'; break;
    case 'F': code = 'f'; break;
    case 'G': code = 'g'; break;
    default: code = (char)type; break;
    }
    if (prec < 0)
        prec = 6;
    if (type == '\0' && code == 'g' && prec == 0)
        prec = 1;
    int t;
    char *s;
    if (type == '\0' && code == 'g' && float_default) {
        /* no type with a precision: like 'g', but scientific as soon as
         * the exponent reaches precision - 1, and fixed point keeps a
         * digit after the point */
        char *e = PyOS_double_to_string(v, 'e', (int)prec - 1, flags & Py_DTSF_ALT, &t);
        if (e == NULL) {
            if (!PyErr_Occurred())
                PyErr_NoMemory();
            return NULL;
        }
        char *ep = strchr(e, 'e');
        long x = ep ? strtol(ep + 1, NULL, 10) : 0;
        if (t == Py_DTST_FINITE && (x < -4 || x >= prec - 1)) {
            if (!sp->alternate && ep) {
                /* strip trailing zeros of the mantissa, as 'g' does */
                char *m_end = ep;
                char *dot = memchr(e, '.', (size_t)(ep - e));
                if (dot) {
                    char *q = m_end;
                    while (q > dot + 1 && q[-1] == '0')
                        q--;
                    if (q == dot + 1)
                        q = dot;
                    memmove(q, ep, strlen(ep) + 1);
                }
            }
            s = e;
        }
        else {
            PyMem_Free(e);
            s = PyOS_double_to_string(v, code, (int)prec, flags, &t);
        }
    }
    else
        s = PyOS_double_to_string(v, code, (int)prec, flags, &t);
    if (s == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return NULL;
    }
    char *body = s;
    int neg = 0;
    if (*body == '-') {
        neg = 1;
        body++;
    }
    if (neg && sp->no_neg_0) {
        /* 'z': a result that rounded to zero loses its sign */
        int nonzero = 0;
        for (char *p = body; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9')
                nonzero = 1;
        if (!nonzero && t == Py_DTST_FINITE)
            neg = 0;
    }
    Py_UCS4 sign = sp->sign;
    if (force_sign && sign != ' ')
        sign = '+';
    signbuf[0] = 0;
    if (neg)
        strcpy(signbuf, "-");
    else if (sign == '+')
        strcpy(signbuf, "+");
    else if (sign == ' ')
        strcpy(signbuf, " ");
    size_t blen = strlen(body);
    char *out = PyMem_Malloc(blen + 2);
    if (out == NULL) {
        PyMem_Free(s);
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(out, body, blen + 1);
    if (percent)
        strcat(out, "%");
    PyMem_Free(s);
    *is_percent_out = percent;
    return out;
}

/* split "1234.5e+06" into integer digits and the rest */
static Py_ssize_t int_part_len(const char *body)
{
    Py_ssize_t i = 0;
    while (body[i] >= '0' && body[i] <= '9')
        i++;
    return i;
}

static int float_type_ok(Py_UCS4 t)
{
    switch (t) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return 1;
    }
    return 0;
}

static int precision_ok(const spec_t *sp)
{
    if (sp->precision > INT_MAX) {
        PyErr_SetString(PyExc_ValueError, "precision too big");
        return 0;
    }
    return 1;
}

static PyObject *format_double(PyObject *obj, double v, const spec_t *sp)
{
    if (!float_type_ok(sp->type)) {
        unknown_code(sp->type, obj);
        return NULL;
    }
    if (!precision_ok(sp))
        return NULL;
    char signbuf[4];
    int pct;
    char *body = render_double(v, sp, sp->type, 0, signbuf, &pct, 1);
    if (body == NULL)
        return NULL;
    int upper = sp->type == 'E' || sp->type == 'F' || sp->type == 'G';
    Py_ssize_t ni = int_part_len(body);
    if (upper) {
        for (char *p = body; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 32);
    }
    PyObject *r;
    if (ni == 0) /* inf / nan: no grouping, no zero padding of digits */
        r = number_layout(sp, signbuf, "", "", 0, body, (Py_ssize_t)strlen(body), 0);
    else
        r = number_layout(sp, signbuf, "", body, ni, body + ni, (Py_ssize_t)strlen(body + ni), 0);
    PyMem_Free(body);
    return r;
}

PyObject *_KrFormat_Float(PyObject *obj, PyObject *format_spec)
{
    if (PyUnicode_GET_LENGTH(format_spec) == 0)
        return PyObject_Str(obj);
    spec_t sp;
    if (parse_spec(format_spec, obj, &sp, '\0', '>') < 0)
        return NULL;
    double v = PyFloat_AsDouble(obj);
    if (v == -1.0 && PyErr_Occurred())
        return NULL;
    return format_double(obj, v, &sp);
}

/* ====================== int ====================== */

PyObject *_KrFormat_Long(PyObject *obj, PyObject *format_spec)
{
    if (PyUnicode_GET_LENGTH(format_spec) == 0)
        return PyObject_Str(obj);
    spec_t sp;
    if (parse_spec(format_spec, obj, &sp, 'd', '>') < 0)
        return NULL;
    switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double v = PyLong_AsDouble(obj);
        if (v == -1.0 && PyErr_Occurred())
            return NULL;
        return format_double(obj, v, &sp);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        unknown_code(sp.type, obj);
        return NULL;
    }
    if (sp.precision >= 0) {
        PyErr_SetString(PyExc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (sp.no_neg_0) {
        PyErr_SetString(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (sp.type == 'c') {
        if (sp.sign) {
            PyErr_SetString(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (sp.alternate) {
            PyErr_SetString(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        long x = PyLong_AsLong(obj);
        if (x == -1 && PyErr_Occurred())
            return NULL;
        if (x < 0 || x > 0x10ffff) {
            PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        PyObject *ch = PyUnicode_FromOrdinal((int)x);
        if (ch == NULL)
            return NULL;
        /* the char stands where a number's digits would: right-aligned
         * by default, and '=' has no sign to put the fill after */
        spec_t s2 = sp;
        if (s2.align == '=' || !s2.align)
            s2.align = '>';
        s2.precision = -1;
        PyObject *r = pad_string(ch, &s2, '>');
        Py_DECREF(ch);
        return r;
    }
    int base = sp.type == 'b' ? 2 : sp.type == 'o' ? 8 : (sp.type == 'x' || sp.type == 'X') ? 16 : 10;
    PyObject *text = NULL;
    const char *t;
    Py_ssize_t tlen;
    int neg = 0;
    /* Small exact ints (the f"{i:05d}" case) are rendered straight into a
     * stack buffer: no intermediate str object, no snprintf. */
    char small[72];
    if (PyLong_CheckExact(obj) && _PyLong_IsCompact((PyLongObject *)obj)) {
        Py_ssize_t v = _PyLong_CompactValue((PyLongObject *)obj);
        char *end = small + sizeof small;
        t = _KrLong_CompactDigits((int64_t)v, (unsigned)base, end);
        neg = v < 0;
        tlen = end - t;
    }
    else {
        text = base == 10 ? PyObject_Str(obj) : PyNumber_ToBase(obj, base);
        if (text == NULL)
            return NULL;
        if (base == 10 && !PyLong_CheckExact(obj)) {
            /* bool and int subclasses with their own __str__: digits only */
            Py_DECREF(text);
            PyObject *plain = PyNumber_Index(obj);
            if (plain == NULL)
                return NULL;
            text = _PyLong_Format(plain, 10);
            Py_DECREF(plain);
            if (text == NULL)
                return NULL;
        }
        t = PyUnicode_AsUTF8(text);
        if (t == NULL) {
            Py_DECREF(text);
            return NULL;
        }
        if (*t == '-') {
            neg = 1;
            t++;
        }
        if (base != 10 && t[0] == '0' && (t[1] == 'b' || t[1] == 'o' || t[1] == 'x' || t[1] == 'X'))
            t += 2;
        tlen = (Py_ssize_t)strlen(t);
    }
    char signbuf[2] = {0, 0};
    if (neg)
        signbuf[0] = '-';
    else if (sp.sign == '+' || sp.sign == ' ')
        signbuf[0] = (char)sp.sign;
    const char *prefix = "";
    if (sp.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (sp.type == 'X' ? "0X" : "0x") : "";
    PyObject *r = number_layout(&sp, signbuf, prefix, t, tlen, "", 0, sp.type == 'X');
    Py_XDECREF(text);
    return r;
}

/* ====================== complex ====================== */

/* One part of a complex number: rendered and grouped as a float would be,
 * unpadded. */
static PyObject *complex_part(double v, const spec_t *part, Py_UCS4 type, int force_sign)
{
    char signbuf[4];
    int pct;
    char *body = render_double(v, part, type, force_sign, signbuf, &pct, 0);
    if (body == NULL)
        return NULL;
    if (type == 'E' || type == 'F' || type == 'G')
        for (char *p = body; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 32);
    Py_ssize_t ni = int_part_len(body);
    PyObject *r = number_layout(part, signbuf, "", body, ni, body + ni,
                               (Py_ssize_t)strlen(body + ni), 0);
    PyMem_Free(body);
    return r;
}

PyObject *_KrFormat_Complex(PyObject *obj, PyObject *format_spec)
{
    if (PyUnicode_GET_LENGTH(format_spec) == 0)
        return PyObject_Str(obj);
    spec_t sp;
    if (parse_spec(format_spec, obj, &sp, '\0', '>') < 0)
        return NULL;
    if (sp.type == '%' || !float_type_ok(sp.type)) {
        unknown_code(sp.type, obj);
        return NULL;
    }
    if (!precision_ok(&sp))
        return NULL;
    /* a '0' fill is refused even when given with an alignment */
    if (sp.fill == '0') {
        PyErr_SetString(PyExc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (sp.align == '=') {
        PyErr_SetString(PyExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    Py_complex c = PyComplex_AsCComplex(obj);
    if (c.real == -1.0 && PyErr_Occurred())
        return NULL;
    int skip_re = 0, parens = 0;
    Py_UCS4 type = sp.type;
    spec_t part = sp;
    part.width = -1;
    part.align = 0;
    part.fill = ' ';
    if (type == '\0') {
        parens = 1;
        if (c.real == 0.0 && copysign(1.0, c.real) == 1.0) {
            skip_re = 1;
            parens = 0;
        }
    }
    PyObject *re = NULL, *im, *s;
    if (!skip_re) {
        re = complex_part(c.real, &part, type, 0);
        if (re == NULL)
            return NULL;
    }
    spec_t ipart = part;
    if (!skip_re)
        ipart.sign = '+';
    im = complex_part(c.imag, &ipart, type, !skip_re);
    if (im == NULL) {
        Py_XDECREF(re);
        return NULL;
    }
    if (re)
        s = PyUnicode_FromFormat(parens ? "(%U%Uj)" : "%U%Uj", re, im);
    else
        s = PyUnicode_FromFormat("%Uj", im);
    Py_XDECREF(re);
    Py_DECREF(im);
    if (s == NULL)
        return NULL;
    spec_t outer = sp;
    outer.precision = -1;
    PyObject *r = pad_string(s, &outer, '>');
    Py_DECREF(s);
    return r;
}
