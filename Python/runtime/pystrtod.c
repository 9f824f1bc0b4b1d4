/* Conversions between double and text, locale-independent.
 *
 * Formatting leans on the C library: glibc's printf converts binary to
 * decimal exactly, and its strtod rounds correctly, so neither needs a
 * big-number engine here (CPython carries David Gay's dtoa for platforms
 * without that guarantee).  What CPython adds on top is layout, and that
 * is what this file does:
 *
 *  - 'r' (repr): the shortest digit string that reads back as the same
 *    double.  It is found by trying %.{p-1}e for p = 1..17 and keeping the
 *    first that round-trips through strtod (17 digits always do).  The
 *    digits are then laid out as CPython's repr does: positional when the
 *    decimal exponent is in [-4, 16), else d.ddde+XX.
 *  - 'e', 'f', 'g' with a precision: printf itself, plus the Py_DTSF_*
 *    flags (sign, '.0' suffix, alternate form, no negative zero).
 *
 * Parsing accepts exactly Python's float syntax ([sign] digits [. digits]
 * [e [sign] digits], or inf/infinity/nan) and rejects what strtod would
 * otherwise take (hex floats, leading spaces); underscores and surrounding
 * whitespace are the caller's business (float(), complex()).
 */
#include "Python.h"
#include <float.h>

static int lower_eq(const char *p, const char *word)
{
    for (; *word; p++, word++)
        if ((*p | 0x20) != *word)
            return 0;
    return 1;
}

double _Py_parse_inf_or_nan(const char *p, char **endptr)
{
    const char *s = p;
    int negate = 0;
    if (*s == '-') {
        negate = 1;
        s++;
    }
    else if (*s == '+')
        s++;
    double r;
    if (lower_eq(s, "inf")) {
        s += 3;
        if (lower_eq(s, "inity"))
            s += 5;
        r = negate ? -INFINITY : INFINITY;
    }
    else if (lower_eq(s, "nan")) {
        s += 3;
        r = negate ? -NAN : NAN;
    }
    else {
        s = p;
        r = -1.0;
    }
    *endptr = (char *)s;
    return r;
}

/* Length of the longest prefix of s with Python float syntax, 0 if none. */
static size_t float_syntax_len(const char *s)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    int ndig = 0;
    while (*p >= '0' && *p <= '9') {
        p++;
        ndig++;
    }
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') {
            p++;
            ndig++;
        }
    }
    if (ndig == 0)
        return 0;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9')
                q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception)
{
    char *end;
    double x = _Py_parse_inf_or_nan(s, &end);
    if (end == s) {
        size_t n = float_syntax_len(s);
        if (n == 0) {
            end = (char *)s;
            x = -1.0;
        }
        else {
            /* strtod on a private copy so it cannot read past the syntax */
            char small[64], *buf = n < sizeof small ? small : PyMem_Malloc(n + 1);
            if (buf == NULL) {
                PyErr_NoMemory();
                return -1.0;
            }
            memcpy(buf, s, n);
            buf[n] = '\0';
            errno = 0;
            x = strtod(buf, NULL);
            if (buf != small)
                PyMem_Free(buf);
            end = (char *)s + n;
            if (isinf(x) && overflow_exception != NULL) {
                PyErr_Format(overflow_exception, "value too large to convert to float: '%.200s'", s);
                return -1.0;
            }
        }
    }
    if (endptr != NULL) {
        *endptr = end;
        return x;
    }
    if (end == s || *end != '\0') {
        PyErr_Format(PyExc_ValueError, "could not convert string to float: '%.200s'", s);
        return -1.0;
    }
    return x;
}

/* Does the digit string d[0..n) times 10**(exp - n + 1) read back as v? */
static int digits_round_trip(const char *d, int n, int exp, double v)
{
    char buf[48];
    memcpy(buf, d, (size_t)n);
    snprintf(buf + n, sizeof buf - (size_t)n, "e%d", exp - n + 1);
    return strtod(buf, NULL) == v;
}

/* Add delta (+1 or -1) to the last of n digits; *exp moves on carry. */
static void digits_step(char *d, int n, int *exp, int delta)
{
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9')
            d[i--] = '0';
        if (i >= 0)
            d[i]++;
        else {
            /* 99..9 + 1 = 100..0: one more power of ten */
            d[0] = '1';
            (*exp)++;
        }
    }
    else {
        while (i >= 0 && d[i] == '0')
            d[i--] = '9';
        d[i]--;
        if (d[0] == '0') {
            /* 10..0 - 1 = 09..9: drop the leading zero */
            memmove(d, d + 1, (size_t)n - 1);
            d[n - 1] = '9';
            (*exp)--;
        }
    }
}

/* The p-significant-digit string for v that round-trips, if any: the
 * correctly rounded one, or failing that a neighbour one unit away in the
 * last digit (the rounding interval of v is not centred on a decimal).
 * Fills digits/n/exp and returns 1 on success. */
static int digits_at(double v, int p, char *digits, int *n, int *exp)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    int k = 0;
    char *q = buf;
    for (; *q != 'e'; q++)
        if (*q != '.')
            digits[k++] = *q;
    *n = k;
    *exp = atoi(q + 1);
    if (p >= 17 || digits_round_trip(digits, k, *exp, v))
        return 1;
    for (int delta = -1; delta <= 1; delta += 2) {
        char alt[24];
        int aexp = *exp;
        memcpy(alt, digits, (size_t)k);
        digits_step(alt, k, &aexp, delta);
        if (digits_round_trip(alt, k, aexp, v)) {
            memcpy(digits, alt, (size_t)k);
            *exp = aexp;
            return 1;
        }
    }
    return 0;
}

/* Shortest round-tripping digits of a finite nonzero |v|: writes the
 * digits (no point) to `digits` and returns the decimal exponent of the
 * first one.
 *
 * Two decimals of 15 significant digits are further apart than the
 * rounding interval of any double (DBL_DIG is 15), so at most one of them
 * reads back as v.  Hence, when the correctly rounded 15-digit string
 * round-trips, the shortest string is that one with its trailing zeros
 * dropped; otherwise the answer has 16 digits (the correctly rounded one,
 * or a neighbour) or else 17.  That is at most three printf calls,
 * usually one.  (Normal numbers only: see the subnormal case below.) */
static int shortest_digits(double v, char *digits, int *ndigits)
{
    int n, exp;
    if (fabs(v) < DBL_MIN) {
        /* subnormals have fewer bits, so several short decimals may read
         * back as v: search the length, as "some p-digit string works" is
         * monotonic in p */
        int lo = 1, hi = DBL_DIG + 2;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (digits_at(v, mid, digits, &n, &exp))
                hi = mid;
            else
                lo = mid + 1;
        }
        digits_at(v, lo, digits, &n, &exp);
    }
    else if (!digits_at(v, DBL_DIG, digits, &n, &exp) && !digits_at(v, DBL_DIG + 1, digits, &n, &exp))
        digits_at(v, DBL_DIG + 2, digits, &n, &exp);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *ndigits = n;
    return exp;
}

static char *finish(char *buf, size_t len)
{
    char *r = PyMem_Malloc(len + 1);
    if (r == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(r, buf, len);
    r[len] = '\0';
    return r;
}

/* repr layout of |val| (finite) into out; returns length */
static size_t format_repr(double val, char *out, int add_dot_0)
{
    if (val == 0.0) {
        strcpy(out, add_dot_0 ? "0.0" : "0");
        return strlen(out);
    }
    char digits[24];
    int nd;
    int exp = shortest_digits(val, digits, &nd);
    char *p = out;
    if (exp < -4 || exp >= 16) {
        *p++ = digits[0];
        if (nd > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)nd - 1);
            p += nd - 1;
        }
        p += sprintf(p, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    else if (exp < 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -exp - 1; i++)
            *p++ = '0';
        memcpy(p, digits, (size_t)nd);
        p += nd;
    }
    else {
        for (int i = 0; i <= exp; i++)
            *p++ = i < nd ? digits[i] : '0';
        if (nd > exp + 1) {
            *p++ = '.';
            memcpy(p, digits + exp + 1, (size_t)(nd - exp - 1));
            p += nd - exp - 1;
        }
        else if (add_dot_0) {
            *p++ = '.';
            *p++ = '0';
        }
    }
    *p = '\0';
    return (size_t)(p - out);
}

char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type)
{
    int upper = 0;
    char code = format_code;
    switch (format_code) {
    case 'E': case 'F': case 'G':
        upper = 1;
        code = (char)(format_code | 0x20);
        break;
    case 'e': case 'f': case 'g':
        break;
    case 'r':
        if (precision != 0) {
            PyErr_BadInternalCall();
            return NULL;
        }
        break;
    default:
        PyErr_BadInternalCall();
        return NULL;
    }
    char small[128], *buf = small;
    size_t cap = sizeof small;
    if (code == 'f' && fabs(val) >= 1e50 && isfinite(val))
        cap = 360 + (size_t)precision;
    else
        cap = 64 + (size_t)(precision > 0 ? precision : 0);
    if (cap > sizeof small) {
        buf = PyMem_Malloc(cap);
        if (buf == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    char *p = buf;
    int neg = signbit(val) != 0;
    if (isnan(val)) {
        if (type)
            *type = Py_DTST_NAN;
        if (flags & Py_DTSF_SIGN) /* a NaN never shows a minus sign */
            *p++ = '+';
        strcpy(p, upper ? "NAN" : "nan");
        p += 3;
    }
    else if (isinf(val)) {
        if (type)
            *type = Py_DTST_INFINITE;
        if (neg)
            *p++ = '-';
        else if (flags & Py_DTSF_SIGN)
            *p++ = '+';
        strcpy(p, upper ? "INF" : "inf");
        p += 3;
    }
    else {
        if (type)
            *type = Py_DTST_FINITE;
        char *start = p;
        if (neg)
            *p++ = '-';
        else if (flags & Py_DTSF_SIGN)
            *p++ = '+';
        char *body = p;
        if (code == 'r')
            p += format_repr(fabs(val), p, flags & Py_DTSF_ADD_DOT_0);
        else {
            char fmt[8], *f = fmt;
            *f++ = '%';
            if (flags & Py_DTSF_ALT)
                *f++ = '#';
            *f++ = '.';
            *f++ = '*';
            *f++ = upper ? (char)(code & ~0x20) : code;
            *f = '\0';
            p += snprintf(p, cap - (size_t)(p - buf), fmt, precision, fabs(val));
            if ((flags & Py_DTSF_ADD_DOT_0) && strpbrk(body, ".eE") == NULL) {
                *p++ = '.';
                *p++ = '0';
                *p = '\0';
            }
        }
        if ((flags & Py_DTSF_NO_NEG_0) && neg) {
            /* drop the sign when the text shows a zero */
            int zero = 1;
            for (char *q = body; q < p && *q != 'e' && *q != 'E'; q++)
                if (*q >= '1' && *q <= '9')
                    zero = 0;
            if (zero) {
                memmove(start, start + 1, (size_t)(p - start));
                p--;
                if (flags & Py_DTSF_SIGN) {
                    memmove(start + 1, start, (size_t)(p - start) + 1);
                    *start = '+';
                    p++;
                }
            }
        }
    }
    *p = '\0';
    char *r = finish(buf, (size_t)(p - buf));
    if (buf != small)
        PyMem_Free(buf);
    return r;
}
