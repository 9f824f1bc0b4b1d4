/* The fromisoformat() parsers of date, time and datetime.
 *
 * 3.11 accepts the ISO 8601 forms isoformat() writes and more: basic
 * (no separators) and extended dates, ISO week dates (YYYY-Www[-D],
 * YYYYWww[D]), any single character between date and time, times of
 * 1 to 3 fields with or without ':', a fraction after '.' or ',' of any
 * length (digits past the sixth are dropped), and a UTC offset written
 * as a time, or Z.  The grammar is ambiguous in places (in
 * "2020W0112" the separator is found by counting digits), and these
 * functions resolve each case as CPython 3.11 does, since programs
 * depend on exactly which strings parse.
 *
 * The text is parsed as UTF-8 bytes, as CPython does: a non-ASCII
 * character is several bytes, which matters for where a field is
 * taken to end, and a surrogate (not encodable) makes the string
 * invalid.  The one exception is the character between date and time
 * in a datetime, which may be anything: when a non-ASCII character sits
 * where a separator can be (index 7, 8 or 10) it is replaced by 'T'
 * before encoding.  Bytes are read through `at`, which yields 0 past
 * the end, so the parser may look one byte beyond a field the way a
 * NUL-terminated scan would without reading out of bounds. */
#include "kr_datetime.h"

typedef struct {
    const unsigned char *s;
    Py_ssize_t len;
} Text;

static Py_UCS4
at(const Text *t, Py_ssize_t i)
{
    return i < t->len ? t->s[i] : 0;
}

static int
is_digit(Py_UCS4 c)
{
    return c >= '0' && c <= '9';
}

/* Exactly n digits at *i. */
static int
digits(const Text *t, Py_ssize_t *i, int n, int *out)
{
    int v = 0;
    for (int k = 0; k < n; k++) {
        Py_UCS4 c = at(t, *i);
        if (!is_digit(c))
            return -1;
        v = v * 10 + (int)(c - '0');
        (*i)++;
    }
    *out = v;
    return 0;
}

/* An ISO week date to a calendar date: -1 for a week or day that does
 * not exist in that ISO year. */
static int
iso_week_to_ymd(int year, int week, int day, int *y, int *m, int *d)
{
    if (!kr_dt_iso_week_exists(year, week))
        return -1;
    if (day <= 0 || day >= 8)
        return -1;
    long ord = kr_dt_iso_week1_monday(year) + (week - 1) * 7 + day - 1;
    kr_dt_ord_to_ymd(ord, y, m, d);
    return 0;
}

/* The date in [0, end): YYYY-MM-DD, YYYYMMDD or a week date. */
static int
parse_date(const Text *t, Py_ssize_t end, int *y, int *m, int *d)
{
    Py_ssize_t i = 0;
    if (digits(t, &i, 4, y) < 0)
        return -1;
    int sep = at(t, i) == '-';
    if (sep)
        i++;
    if (at(t, i) == 'W') {
        int week, day = 1;
        i++;
        if (digits(t, &i, 2, &week) < 0)
            return -1;
        if (i < end) {
            if (sep && at(t, i++) != '-')
                return -1;
            if (digits(t, &i, 1, &day) < 0)
                return -1;
        }
        return iso_week_to_ymd(*y, week, day, y, m, d);
    }
    if (digits(t, &i, 2, m) < 0)
        return -1;
    if (sep && at(t, i++) != '-')
        return -1;
    return digits(t, &i, 2, d);
}

/* [HH[:MM[:SS[.f+]]]] (':' all or none) in [i, end): 0, 1 when something
 * follows it at `end`, -1 when malformed. */
static int
parse_hms(const Text *t, Py_ssize_t i, Py_ssize_t end, int *hh, int *mm, int *ss, int *us)
{
    int *vals[3] = {hh, mm, ss};
    int sep = 1;
    for (int k = 0; k < 3; k++) {
        if (digits(t, &i, 2, vals[k]) < 0)
            return -1;
        Py_UCS4 c = at(t, i++);
        if (k == 0)
            sep = c == ':';
        if (i >= end)
            return c != 0;
        if (sep && c == ':')
            continue;
        if (c == '.' || c == ',')
            break;
        if (sep)
            return -1;
        i--;
    }
    Py_ssize_t n = end - i;
    if (n > 6)
        n = 6;
    if (digits(t, &i, (int)n, us) < 0)
        return -1;
    for (Py_ssize_t k = n; k < 6; k++)
        *us *= 10;
    while (is_digit(at(t, i)))
        i++;
    return at(t, i) != 0;
}

/* A time with an optional offset from `start`: 0 naive, 1 with an
 * offset (*tzsec, *tzus signed), -1 malformed. */
static int
parse_time(const Text *t, Py_ssize_t start, int *hh, int *mm, int *ss, int *us, int *tzsec,
           int *tzus)
{
    Py_ssize_t end = t->len, tz = start;
    while (tz < end) {
        Py_UCS4 c = at(t, tz);
        if (c == 'Z' || c == '+' || c == '-')
            break;
        tz++;
    }
    if (start >= end)
        tz = start;
    int rv = parse_hms(t, start, tz, hh, mm, ss, us);
    if (rv < 0)
        return -1;
    if (tz >= end)
        return rv == 1 ? -1 : 0;
    if (at(t, tz) == 'Z') {
        *tzsec = *tzus = 0;
        return tz + 1 == end ? 1 : -1;
    }
    int sign = at(t, tz) == '-' ? -1 : 1;
    int th = 0, tm = 0, ts = 0, tu = 0;
    rv = parse_hms(t, tz + 1, end, &th, &tm, &ts, &tu);
    *tzsec = sign * (th * 3600 + tm * 60 + ts);
    *tzus = sign * tu;
    return rv ? -1 : 1;
}

/* Where the date of a datetime string ends (the separator's index). */
static Py_ssize_t
separator_at(const Text *t)
{
    Py_ssize_t len = t->len;
    if (len == 7)
        return 7;
    if (at(t, 4) == '-') {
        if (at(t, 5) != 'W')
            return 10;                     /* YYYY-MM-DD */
        if (len < 8)
            return -1;
        if (len > 8 && at(t, 8) == '-') {
            if (len == 9)
                return -1;
            /* YYYY-Www-D or YYYY-Www then a '-' separator: the latter when
             * digits follow the day position */
            if (len > 10 && is_digit(at(t, 10)))
                return 8;
            return 10;
        }
        return 8;                          /* YYYY-Www */
    }
    if (at(t, 4) == 'W') {
        /* YYYYWww or YYYYWwwD: decided by the length of the digit run */
        Py_ssize_t i = 7;
        while (i < len && is_digit(at(t, i)))
            i++;
        if (i < 9)
            return i;
        return i % 2 == 0 ? 7 : 8;
    }
    return 8;                              /* YYYYMMDD */
}

/* The UTF-8 of s; -1 (no error set) when it has no UTF-8 (surrogates). */
static int
text_of(PyObject *s, Text *t)
{
    t->s = (const unsigned char *)PyUnicode_AsUTF8AndSize(s, &t->len);
    if (t->s == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
            return -2;
        PyErr_Clear();
        return -1;
    }
    return 0;
}

int
kr_dt_iso_date(PyObject *s, int *y, int *m, int *d)
{
    Text t;
    int r = text_of(s, &t);
    if (r < 0)
        return r;
    if (t.len != 7 && t.len != 8 && t.len != 10)
        return -1;
    return parse_date(&t, t.len, y, m, d);
}

int
kr_dt_iso_time(PyObject *s, int *hh, int *mm, int *ss, int *us, int *tzsec, int *tzus)
{
    Text t;
    int r = text_of(s, &t);
    if (r < 0)
        return r;
    Py_ssize_t start = at(&t, 0) == 'T';
    return parse_time(&t, start, hh, mm, ss, us, tzsec, tzus);
}

/* s, or a copy with 'T' for a non-ASCII character where a separator
 * can be. */
static PyObject *
with_ascii_separator(PyObject *s)
{
    static const Py_ssize_t spots[] = {7, 8, 10};
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    for (size_t k = 0; k < 3 && spots[k] < n; k++) {
        Py_ssize_t pos = spots[k];
        if (PyUnicode_READ_CHAR(s, pos) > 127) {
            PyObject *left = PyUnicode_Substring(s, 0, pos), *right = NULL, *r = NULL;
            if (left)
                right = PyUnicode_Substring(s, pos + 1, n);
            if (right)
                r = PyUnicode_FromFormat("%UT%U", left, right);
            Py_XDECREF(left);
            Py_XDECREF(right);
            return r;
        }
    }
    Py_INCREF(s);
    return s;
}

int
kr_dt_iso_datetime(PyObject *s, int *y, int *m, int *d, int *hh, int *mm, int *ss, int *us,
                   int *tzsec, int *tzus)
{
    Text t;
    if (PyUnicode_GET_LENGTH(s) < 7)
        return -1;
    PyObject *clean = with_ascii_separator(s);
    if (clean == NULL)
        return -2;
    int r = text_of(clean, &t);
    if (r == 0) {
        Py_ssize_t sep = separator_at(&t);
        if (sep < 0 || parse_date(&t, sep, y, m, d) < 0)
            r = -1;
        else if (t.len > sep)
            r = parse_time(&t, sep + 1, hh, mm, ss, us, tzsec, tzus);
    }
    Py_DECREF(clean);
    return r;
}

PyObject *
kr_dt_iso_tzinfo(int rv, int tzsec, int tzus)
{
    if (rv != 1)
        Py_RETURN_NONE;
    /* CPython looks at the seconds alone: "+00:00:00.5" is UTC */
    if (tzsec == 0) {
        Py_INCREF(kr_dt_utc);
        return kr_dt_utc;
    }
    PyObject *delta = kr_dt_new_delta(0, tzsec, tzus);
    if (delta == NULL)
        return NULL;
    PyObject *tz = kr_dt_new_timezone(delta, NULL);
    Py_DECREF(delta);
    return tz;
}

PyObject *
kr_dt_iso_invalid(PyObject *s)
{
    PyErr_Format(PyExc_ValueError, "Invalid isoformat string: %R", s);
    return NULL;
}

int
kr_dt_iso_arg(PyObject *s)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "fromisoformat: argument must be str");
        return -1;
    }
    return 0;
}
