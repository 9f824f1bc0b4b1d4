/* The methods bytes and bytearray share.
 *
 * Every function here takes a `self` that is a bytes or a bytearray and
 * returns results of self's kind: bytearray for a bytearray, exact bytes
 * otherwise (bytes subclasses get plain bytes back, as in CPython).  One
 * table of C functions therefore serves both types; bytesobject.c and
 * bytearrayobject.c add their own methods (mutation, fromhex as a
 * classmethod, __sizeof__, ...) through the two tables at the end.
 *
 * Arguments that are "bytes-like" accept anything with the buffer
 * protocol; the search methods (find, count, index, `in`) also take an int
 * in range(256).  Character classes and case mapping are ASCII-only, as
 * documented for bytes. */
#define _GNU_SOURCE
#include "Python.h"
#include "kr_strings.h"

static inline char *SDATA(PyObject *o)
{
    return PyByteArray_Check(o) ? PyByteArray_AS_STRING(o) : PyBytes_AS_STRING(o);
}
#define SLEN(o) Py_SIZE(o)

static PyObject *newlike(PyObject *self, const char *s, Py_ssize_t n)
{
    if (PyByteArray_Check(self))
        return PyByteArray_FromStringAndSize(s, n);
    return PyBytes_FromStringAndSize(s, n);
}

static PyObject *newlike_uninit(PyObject *self, Py_ssize_t n, char **data)
{
    PyObject *r = PyByteArray_Check(self) ? _KrByteArray_New(n) : PyBytes_FromStringAndSize(NULL, n);
    if (r != NULL)
        *data = SDATA(r);
    return r;
}

int _KrBytes_GetBuffer(PyObject *obj, Py_buffer *view)
{
    if (!PyObject_CheckBuffer(obj)) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    return PyObject_GetBuffer(obj, view, PyBUF_SIMPLE);
}

static int ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
static int ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int ascii_alpha(unsigned char c) { return ascii_lower(c) || ascii_upper(c); }
static int ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int ascii_alnum(unsigned char c) { return ascii_alpha(c) || ascii_digit(c); }

Py_ssize_t _KrBytes_FastSearch(const char *s, Py_ssize_t n, const char *p, Py_ssize_t m, int reverse)
{
    if (m == 0)
        return reverse ? n : 0;
    if (m > n)
        return -1;
    if (!reverse) {
        const char *r = m == 1 ? memchr(s, p[0], (size_t)n) : memmem(s, (size_t)n, p, (size_t)m);
        return r ? r - s : -1;
    }
    if (m == 1) {
        const char *r = memrchr(s, p[0], (size_t)n);
        return r ? r - s : -1;
    }
    for (Py_ssize_t i = n - m; i >= 0; i--)
        if (s[i] == p[0] && memcmp(s + i, p, (size_t)m) == 0)
            return i;
    return -1;
}

/* sub argument of find & co: an int byte or a buffer.  On success
 * *view is filled (release it) unless *byte >= 0. */
static int get_sub(PyObject *arg, Py_buffer *view, int *byte)
{
    *byte = -1;
    if (PyIndex_Check(arg)) {
        Py_ssize_t v = PyNumber_AsSsize_t(arg, NULL);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0 || v > 255) {
            PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (int)v;
        return 0;
    }
    if (!PyObject_CheckBuffer(arg)) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                     Py_TYPE(arg)->tp_name);
        return -1;
    }
    return PyObject_GetBuffer(arg, view, PyBUF_SIMPLE);
}

static int slice_index(PyObject *o, Py_ssize_t *v)
{
    if (o == NULL || o == Py_None)
        return 0;
    if (!PyIndex_Check(o)) {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Py_ssize_t x = PyNumber_AsSsize_t(o, NULL);
    if (x == -1 && PyErr_Occurred())
        return -1;
    *v = x;
    return 0;
}

static void adjust(Py_ssize_t *start, Py_ssize_t *end, Py_ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

static int parse_find(const char *name, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t *start,
                      Py_ssize_t *end)
{
    if (nargs < 1) {
        PyErr_Format(PyExc_TypeError, "%s() takes at least 1 argument (%zd given)", name, nargs);
        return -1;
    }
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most 3 arguments (%zd given)", name, nargs);
        return -1;
    }
    *start = 0;
    *end = PY_SSIZE_T_MAX;
    if (nargs > 1 && slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

/* -2 error, -1 not found */
static Py_ssize_t find_common(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              const char *name, int reverse, Py_ssize_t *count_out)
{
    Py_ssize_t start, end;
    if (parse_find(name, args, nargs, &start, &end) < 0)
        return -2;
    Py_buffer view;
    int byte;
    if (get_sub(args[0], &view, &byte) < 0)
        return -2;
    char bytebuf[1];
    const char *p;
    Py_ssize_t m;
    if (byte >= 0) {
        bytebuf[0] = (char)byte;
        p = bytebuf;
        m = 1;
    }
    else {
        p = view.buf;
        m = view.len;
    }
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self);
    adjust(&start, &end, n);
    Py_ssize_t result = -1;
    if (count_out) {
        Py_ssize_t c = 0;
        if (start <= n && end - start >= m) {
            if (m == 0)
                c = end - start + 1;
            else {
                Py_ssize_t i = start;
                for (;;) {
                    Py_ssize_t k = _KrBytes_FastSearch(s + i, end - i, p, m, 0);
                    if (k < 0)
                        break;
                    c++;
                    i += k + m;
                }
            }
        }
        *count_out = c;
        result = 0;
    }
    else if (start <= n && end - start >= m) {
        Py_ssize_t k = _KrBytes_FastSearch(s + start, end - start, p, m, reverse);
        if (k >= 0)
            result = k + start;
    }
    if (byte < 0)
        PyBuffer_Release(&view);
    return result;
}

static PyObject *b_find(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t r = find_common(self, args, nargs, "find", 0, NULL);
    return r == -2 ? NULL : PyLong_FromSsize_t(r);
}
static PyObject *b_rfind(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t r = find_common(self, args, nargs, "rfind", 1, NULL);
    return r == -2 ? NULL : PyLong_FromSsize_t(r);
}
static PyObject *index_common(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              const char *name, int reverse)
{
    Py_ssize_t r = find_common(self, args, nargs, name, reverse, NULL);
    if (r == -2)
        return NULL;
    if (r == -1) {
        PyErr_SetString(PyExc_ValueError, "subsection not found");
        return NULL;
    }
    return PyLong_FromSsize_t(r);
}
static PyObject *b_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return index_common(self, args, nargs, "index", 0);
}
static PyObject *b_rindex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return index_common(self, args, nargs, "rindex", 1);
}
static PyObject *b_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t c;
    if (find_common(self, args, nargs, "count", 0, &c) == -2)
        return NULL;
    return PyLong_FromSsize_t(c);
}

int _KrBytes_Contains(PyObject *self, PyObject *arg)
{
    Py_buffer view;
    int byte;
    if (!PyIndex_Check(arg) && !PyObject_CheckBuffer(arg)) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     Py_TYPE(arg)->tp_name);
        return -1;
    }
    if (get_sub(arg, &view, &byte) < 0)
        return -1;
    /* only now: arg's __index__ may have resized a bytearray */
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self);
    if (byte >= 0)
        return memchr(s, byte, (size_t)n) != NULL;
    int r = _KrBytes_FastSearch(s, n, view.buf, view.len, 0) >= 0;
    PyBuffer_Release(&view);
    return r;
}

static int tailmatch(PyObject *self, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int dir)
{
    Py_buffer v;
    if (PyObject_GetBuffer(sub, &v, PyBUF_SIMPLE) < 0)
        return -1;
    Py_ssize_t n = SLEN(self);
    adjust(&start, &end, n);
    int r = 0;
    if (start <= n && end - start >= v.len) {
        Py_ssize_t off = dir > 0 ? end - v.len : start;
        r = memcmp(SDATA(self) + off, v.buf, (size_t)v.len) == 0;
    }
    PyBuffer_Release(&v);
    return r;
}

static PyObject *startsend(PyObject *self, PyObject *const *args, Py_ssize_t nargs, const char *name,
                           int dir)
{
    Py_ssize_t start, end;
    if (parse_find(name, args, nargs, &start, &end) < 0)
        return NULL;
    PyObject *sub = args[0];
    if (PyTuple_Check(sub)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(sub); i++) {
            PyObject *x = PyTuple_GET_ITEM(sub, i);
            if (!PyObject_CheckBuffer(x)) {
                PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                             Py_TYPE(x)->tp_name);
                return NULL;
            }
            int r = tailmatch(self, x, start, end, dir);
            if (r < 0)
                return NULL;
            if (r)
                Py_RETURN_TRUE;
        }
        Py_RETURN_FALSE;
    }
    if (!PyObject_CheckBuffer(sub)) {
        PyErr_Format(PyExc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %.100s",
                     name, Py_TYPE(sub)->tp_name);
        return NULL;
    }
    int r = tailmatch(self, sub, start, end, dir);
    return r < 0 ? NULL : PyBool_FromLong(r);
}
static PyObject *b_startswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startsend(self, args, nargs, "startswith", -1);
}
static PyObject *b_endswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startsend(self, args, nargs, "endswith", 1);
}

/* ====================== case and classes ====================== */

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_CAP, BC_TITLE };

static PyObject *case_map(PyObject *self, int mode)
{
    Py_ssize_t n = SLEN(self);
    char *d;
    PyObject *r = newlike_uninit(self, n, &d);
    if (r == NULL)
        return NULL;
    const unsigned char *s = (const unsigned char *)SDATA(self);
    int prev = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        int lo = ascii_lower(c), up = ascii_upper(c);
        switch (mode) {
        case BC_LOWER: if (up) c += 32; break;
        case BC_UPPER: if (lo) c -= 32; break;
        case BC_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case BC_CAP: if (i == 0) { if (lo) c -= 32; } else if (up) c += 32; break;
        case BC_TITLE:
            if (prev) { if (up) c += 32; }
            else if (lo) c -= 32;
            prev = lo || up;
            break;
        }
        d[i] = (char)c;
    }
    return r;
}
static PyObject *b_lower(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, BC_LOWER); }
static PyObject *b_upper(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, BC_UPPER); }
static PyObject *b_swapcase(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, BC_SWAP); }
static PyObject *b_capitalize(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, BC_CAP); }
static PyObject *b_title(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, BC_TITLE); }

static PyObject *all_of(PyObject *self, int (*pred)(unsigned char))
{
    Py_ssize_t n = SLEN(self);
    const unsigned char *s = (const unsigned char *)SDATA(self);
    if (n == 0)
        Py_RETURN_FALSE;
    for (Py_ssize_t i = 0; i < n; i++)
        if (!pred(s[i]))
            Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}
static PyObject *b_isalnum(PyObject *self, PyObject *Py_UNUSED(a)) { return all_of(self, ascii_alnum); }
static PyObject *b_isalpha(PyObject *self, PyObject *Py_UNUSED(a)) { return all_of(self, ascii_alpha); }
static PyObject *b_isdigit(PyObject *self, PyObject *Py_UNUSED(a)) { return all_of(self, ascii_digit); }
static PyObject *b_isspace(PyObject *self, PyObject *Py_UNUSED(a)) { return all_of(self, ascii_space); }

static PyObject *b_isascii(PyObject *self, PyObject *Py_UNUSED(a))
{
    const unsigned char *s = (const unsigned char *)SDATA(self);
    for (Py_ssize_t i = 0; i < SLEN(self); i++)
        if (s[i] >= 128)
            Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

static PyObject *b_islower(PyObject *self, PyObject *Py_UNUSED(a))
{
    const unsigned char *s = (const unsigned char *)SDATA(self);
    int cased = 0;
    for (Py_ssize_t i = 0; i < SLEN(self); i++) {
        if (ascii_upper(s[i]))
            Py_RETURN_FALSE;
        cased |= ascii_lower(s[i]);
    }
    return PyBool_FromLong(cased);
}

static PyObject *b_isupper(PyObject *self, PyObject *Py_UNUSED(a))
{
    const unsigned char *s = (const unsigned char *)SDATA(self);
    int cased = 0;
    for (Py_ssize_t i = 0; i < SLEN(self); i++) {
        if (ascii_lower(s[i]))
            Py_RETURN_FALSE;
        cased |= ascii_upper(s[i]);
    }
    return PyBool_FromLong(cased);
}

static PyObject *b_istitle(PyObject *self, PyObject *Py_UNUSED(a))
{
    const unsigned char *s = (const unsigned char *)SDATA(self);
    int cased = 0, prev = 0;
    for (Py_ssize_t i = 0; i < SLEN(self); i++) {
        if (ascii_upper(s[i])) {
            if (prev)
                Py_RETURN_FALSE;
            prev = cased = 1;
        }
        else if (ascii_lower(s[i])) {
            if (!prev)
                Py_RETURN_FALSE;
            prev = cased = 1;
        }
        else
            prev = 0;
    }
    return PyBool_FromLong(cased);
}

/* ====================== padding, strip ====================== */

static int parse_just(const char *name, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t *width,
                      char *fill)
{
    static const char *const kw[] = {"", "", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse(name, KR_ARGS_CLINIC, args, nargs, NULL, kw, 2, 1, a) < 0)
        return -1;
    if (_KrArg_Ssize(a[0], width) < 0)
        return -1;
    *fill = ' ';
    if (a[1]) {
        if (PyBytes_Check(a[1]) && PyBytes_GET_SIZE(a[1]) == 1)
            *fill = PyBytes_AS_STRING(a[1])[0];
        else if (PyByteArray_Check(a[1]) && PyByteArray_GET_SIZE(a[1]) == 1)
            *fill = PyByteArray_AS_STRING(a[1])[0];
        else {
            PyErr_Format(PyExc_TypeError, "%s() argument 2 must be a byte string of length 1, not %.100s",
                         name, Py_TYPE(a[1])->tp_name);
            return -1;
        }
    }
    return 0;
}

static PyObject *pad(PyObject *self, Py_ssize_t left, Py_ssize_t right, char fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    Py_ssize_t n = SLEN(self);
    char *d;
    PyObject *r = newlike_uninit(self, left + n + right, &d);
    if (r == NULL)
        return NULL;
    memset(d, fill, (size_t)left);
    memcpy(d + left, SDATA(self), (size_t)n);
    memset(d + left + n, fill, (size_t)right);
    return r;
}

static PyObject *b_center(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    char fill;
    if (parse_just("center", args, nargs, &width, &fill) < 0)
        return NULL;
    Py_ssize_t n = SLEN(self);
    if (width <= n)
        return pad(self, 0, 0, fill);
    Py_ssize_t marg = width - n, left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}
static PyObject *b_ljust(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    char fill;
    if (parse_just("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - SLEN(self), fill);
}
static PyObject *b_rjust(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    char fill;
    if (parse_just("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - SLEN(self), 0, fill);
}

static PyObject *b_zfill(PyObject *self, PyObject *arg)
{
    Py_ssize_t width;
    if (_KrArg_Ssize(arg, &width) < 0)
        return NULL;
    Py_ssize_t n = SLEN(self);
    if (width <= n)
        return pad(self, 0, 0, '0');
    PyObject *r = pad(self, width - n, 0, '0');
    if (r == NULL)
        return NULL;
    char *d = SDATA(r);
    if (n && (d[width - n] == '+' || d[width - n] == '-')) {
        d[0] = d[width - n];
        d[width - n] = '0';
    }
    return r;
}

static PyObject *b_expandtabs(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"tabsize", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("expandtabs", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    Py_ssize_t tab = 8;
    if (a[0]) {
        int t;
        if (_KrArg_Int(a[0], &t) < 0)
            return NULL;
        tab = t;
    }
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self), total = 0, col = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tab > 0) {
                total += tab - col % tab;
                col += tab - col % tab;
            }
        }
        else {
            total++;
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    char *d;
    PyObject *r = newlike_uninit(self, total, &d);
    if (r == NULL)
        return NULL;
    col = 0;
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tab > 0) {
                Py_ssize_t k = tab - col % tab;
                memset(d + j, ' ', (size_t)k);
                j += k;
                col += k;
            }
        }
        else {
            d[j++] = s[i];
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

static PyObject *do_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs, const char *name,
                          int left, int right)
{
    static const char *const kw[] = {"", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse(name, KR_ARGS_CLINIC, args, nargs, NULL, kw, 1, 0, a) < 0)
        return NULL;
    Py_buffer v;
    int have = 0;
    if (a[0] && a[0] != Py_None) {
        if (_KrBytes_GetBuffer(a[0], &v) < 0)
            return NULL;
        have = 1;
    }
    const unsigned char *s = (const unsigned char *)SDATA(self);
    Py_ssize_t i = 0, j = SLEN(self);
#define STRIPPABLE(c) (have ? memchr(v.buf, (c), (size_t)v.len) != NULL : ascii_space(c))
    if (left)
        while (i < j && STRIPPABLE(s[i]))
            i++;
    if (right)
        while (j > i && STRIPPABLE(s[j - 1]))
            j--;
#undef STRIPPABLE
    if (have)
        PyBuffer_Release(&v);
    return newlike(self, (const char *)s + i, j - i);
}
static PyObject *b_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return do_strip(self, args, nargs, "strip", 1, 1);
}
static PyObject *b_lstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return do_strip(self, args, nargs, "lstrip", 1, 0);
}
static PyObject *b_rstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return do_strip(self, args, nargs, "rstrip", 0, 1);
}

static PyObject *affix(PyObject *self, PyObject *arg, int suffix)
{
    Py_buffer v;
    if (_KrBytes_GetBuffer(arg, &v) < 0)
        return NULL;
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self);
    PyObject *r;
    if (v.len <= n && v.len > 0
        && memcmp(suffix ? s + n - v.len : s, v.buf, (size_t)v.len) == 0)
        r = newlike(self, suffix ? s : s + v.len, n - v.len);
    else
        r = newlike(self, s, n);
    PyBuffer_Release(&v);
    return r;
}
static PyObject *b_removeprefix(PyObject *self, PyObject *arg) { return affix(self, arg, 0); }
static PyObject *b_removesuffix(PyObject *self, PyObject *arg) { return affix(self, arg, 1); }

/* ====================== split, join, partition, replace ====================== */

static int append_piece(PyObject *list, PyObject *self, const char *s, Py_ssize_t n)
{
    PyObject *p = newlike(self, s, n);
    if (p == NULL)
        return -1;
    int r = PyList_Append(list, p);
    Py_DECREF(p);
    return r;
}

static PyObject *split_common(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames, const char *name, int reverse)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse(name, KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    Py_ssize_t maxsplit = -1;
    if (a[1]) {
        if (_KrArg_Ssize(a[1], &maxsplit) < 0)
            return NULL;
    }
    if (maxsplit < 0)
        maxsplit = PY_SSIZE_T_MAX;
    Py_buffer v;
    int have = 0;
    if (a[0] && a[0] != Py_None) {
        if (_KrBytes_GetBuffer(a[0], &v) < 0)
            return NULL;
        have = 1;
        if (v.len == 0) {
            PyBuffer_Release(&v);
            PyErr_SetString(PyExc_ValueError, "empty separator");
            return NULL;
        }
    }
    PyObject *list = PyList_New(0);
    if (list == NULL)
        goto error;
    /* copy: a bytearray may change while we append (it cannot, but be safe) */
    const unsigned char *s = (const unsigned char *)SDATA(self);
    Py_ssize_t n = SLEN(self);
    if (!have) {
        if (!reverse) {
            Py_ssize_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && ascii_space(s[i]))
                    i++;
                if (i == n)
                    break;
                Py_ssize_t j = i;
                while (j < n && !ascii_space(s[j]))
                    j++;
                if (append_piece(list, self, (const char *)s + i, j - i) < 0)
                    goto error;
                i = j;
            }
            while (i < n && ascii_space(s[i]))
                i++;
            if (i < n && append_piece(list, self, (const char *)s + i, n - i) < 0)
                goto error;
        }
        else {
            Py_ssize_t j = n;
            while (maxsplit-- > 0) {
                while (j > 0 && ascii_space(s[j - 1]))
                    j--;
                if (j == 0)
                    break;
                Py_ssize_t i = j;
                while (i > 0 && !ascii_space(s[i - 1]))
                    i--;
                if (append_piece(list, self, (const char *)s + i, j - i) < 0)
                    goto error;
                j = i;
            }
            while (j > 0 && ascii_space(s[j - 1]))
                j--;
            if (j > 0 && append_piece(list, self, (const char *)s, j) < 0)
                goto error;
            if (PyList_Reverse(list) < 0)
                goto error;
        }
        return list;
    }
    if (!reverse) {
        Py_ssize_t i = 0;
        while (maxsplit-- > 0) {
            Py_ssize_t k = _KrBytes_FastSearch((const char *)s + i, n - i, v.buf, v.len, 0);
            if (k < 0)
                break;
            if (append_piece(list, self, (const char *)s + i, k) < 0)
                goto error;
            i += k + v.len;
        }
        if (append_piece(list, self, (const char *)s + i, n - i) < 0)
            goto error;
    }
    else {
        Py_ssize_t j = n;
        while (maxsplit-- > 0) {
            Py_ssize_t k = _KrBytes_FastSearch((const char *)s, j, v.buf, v.len, 1);
            if (k < 0)
                break;
            if (append_piece(list, self, (const char *)s + k + v.len, j - k - v.len) < 0)
                goto error;
            j = k;
        }
        if (append_piece(list, self, (const char *)s, j) < 0)
            goto error;
        if (PyList_Reverse(list) < 0)
            goto error;
    }
    PyBuffer_Release(&v);
    return list;
error:
    if (have)
        PyBuffer_Release(&v);
    Py_XDECREF(list);
    return NULL;
}
static PyObject *b_split(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common(self, args, nargs, kwnames, "split", 0);
}
static PyObject *b_rsplit(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_common(self, args, nargs, kwnames, "rsplit", 1);
}

static PyObject *b_splitlines(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("splitlines", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    int keep = 0;
    if (a[0]) {
        if (PyFloat_Check(a[0])) {
            PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        long x = PyLong_AsLong(a[0]);
        if (x == -1 && PyErr_Occurred())
            return NULL;
        keep = x != 0;
    }
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self), i = 0;
    while (i < n) {
        Py_ssize_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r')
            j++;
        Py_ssize_t eol = j;
        if (j < n) {
            j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
            if (keep)
                eol = j;
        }
        if (append_piece(list, self, s + i, eol - i) < 0) {
            Py_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static PyObject *b_join(PyObject *self, PyObject *iterable)
{
    PyObject *seq = PySequence_Fast(iterable, "can only join an iterable");
    if (seq == NULL)
        return NULL;
    Py_ssize_t k = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    Py_buffer *views = PyMem_Calloc((size_t)(k ? k : 1), sizeof(Py_buffer));
    PyObject *r = NULL;
    Py_ssize_t got = 0, total = 0;
    if (views == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t seplen = SLEN(self);
    for (; got < k; got++) {
        /* a buffer that cannot be had contiguously counts as no buffer */
        if (!PyObject_CheckBuffer(items[got]) || PyObject_GetBuffer(items[got], &views[got], PyBUF_SIMPLE) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "sequence item %zd: expected a bytes-like object, %.80s found",
                         got, Py_TYPE(items[got])->tp_name);
            goto done;
        }
        total += views[got].len + (got ? seplen : 0);
    }
    char *d;
    r = newlike_uninit(self, total, &d);
    if (r == NULL)
        goto done;
    const char *sep = SDATA(self);
    for (Py_ssize_t i = 0; i < k; i++) {
        if (i && seplen) {
            memcpy(d, sep, (size_t)seplen);
            d += seplen;
        }
        memcpy(d, views[i].buf, (size_t)views[i].len);
        d += views[i].len;
    }
done:
    for (Py_ssize_t i = 0; i < got; i++)
        PyBuffer_Release(&views[i]);
    PyMem_Free(views);
    Py_DECREF(seq);
    return r;
}

PyObject *_PyBytes_Join(PyObject *sep, PyObject *x)
{
    return b_join(sep, x);
}

static PyObject *partition_common(PyObject *self, PyObject *arg, int reverse)
{
    Py_buffer v;
    PyObject *copy = NULL;
    if (PyByteArray_Check(self) && PyObject_CheckBuffer(arg)) {
        /* bytearray copies the separator first, so strided views work */
        if ((copy = PyBytes_FromObject(arg)) == NULL)
            return NULL;
        arg = copy;
    }
    int got = _KrBytes_GetBuffer(arg, &v);
    Py_XDECREF(copy); /* v holds its own reference */
    if (got < 0)
        return NULL;
    if (v.len == 0) {
        PyBuffer_Release(&v);
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self);
    Py_ssize_t k = _KrBytes_FastSearch(s, n, v.buf, v.len, reverse);
    PyObject *a, *b, *c;
    if (k < 0) {
        a = newlike(self, reverse ? NULL : s, reverse ? 0 : n);
        b = newlike(self, NULL, 0);
        c = newlike(self, reverse ? s : NULL, reverse ? n : 0);
    }
    else {
        a = newlike(self, s, k);
        b = PyByteArray_Check(self) ? newlike(self, v.buf, v.len)
            : (PyBytes_CheckExact(arg) ? Py_NewRef(arg) : PyBytes_FromStringAndSize(v.buf, v.len));
        c = newlike(self, s + k + v.len, n - k - v.len);
    }
    PyBuffer_Release(&v);
    PyObject *t = (a && b && c) ? PyTuple_Pack(3, a, b, c) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(c);
    return t;
}
static PyObject *b_partition(PyObject *self, PyObject *arg) { return partition_common(self, arg, 0); }
static PyObject *b_rpartition(PyObject *self, PyObject *arg) { return partition_common(self, arg, 1); }

/* Append k bytes at p to a PyMem buffer of *len used, *cap allocated
 * bytes, growing it geometrically (the buffer may start out NULL). */
static int grow_put(char **buf, Py_ssize_t *len, Py_ssize_t *cap, const char *p, Py_ssize_t k)
{
    if (k <= 0)
        return 0;
    if (*len + k > *cap) {
        if (*len + k > (PY_SSIZE_T_MAX - 16) / 2) {
            PyErr_NoMemory();
            return -1;
        }
        Py_ssize_t ncap = (*len + k) * 2 + 16;
        char *nb = PyMem_Realloc(*buf, (size_t)ncap);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *buf = nb;
        *cap = ncap;
    }
    memcpy(*buf + *len, p, (size_t)k);
    *len += k;
    return 0;
}

static PyObject *b_replace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", "", "", NULL};
    PyObject *a[3] = {NULL, NULL, NULL};
    if (_KrArg_Parse("replace", KR_ARGS_CLINIC, args, nargs, NULL, kw, 3, 2, a) < 0)
        return NULL;
    /* converted in parameter order, as CPython's parser does */
    Py_buffer o, nw;
    if (_KrBytes_GetBuffer(a[0], &o) < 0)
        return NULL;
    if (_KrBytes_GetBuffer(a[1], &nw) < 0) {
        PyBuffer_Release(&o);
        return NULL;
    }
    Py_ssize_t count = -1;
    if (a[2] && _KrArg_Ssize(a[2], &count) < 0) {
        PyBuffer_Release(&o);
        PyBuffer_Release(&nw);
        return NULL;
    }
    if (count < 0)
        count = PY_SSIZE_T_MAX;
    const char *s = SDATA(self);
    Py_ssize_t n = SLEN(self);
    char *buf = NULL;
    Py_ssize_t len = 0, cap = n + 16;
    PyObject *r = NULL;
    buf = PyMem_Malloc((size_t)cap);
    if (buf == NULL) {
        PyErr_NoMemory();
        goto done;
    }
#define PUT(p, k) do { if (grow_put(&buf, &len, &cap, (p), (k)) < 0) goto done; } while (0)
    Py_ssize_t i = 0;
    if (o.len == 0) {
        for (Py_ssize_t c = 0; c < count && i <= n; c++) {
            PUT(nw.buf, nw.len);
            if (i < n)
                PUT(s + i, 1);
            i++;
        }
        if (i < n)
            PUT(s + i, n - i);
    }
    else {
        for (Py_ssize_t c = 0; c < count; c++) {
            Py_ssize_t k = _KrBytes_FastSearch(s + i, n - i, o.buf, o.len, 0);
            if (k < 0)
                break;
            PUT(s + i, k);
            PUT(nw.buf, nw.len);
            i += k + o.len;
        }
        PUT(s + i, n - i);
    }
#undef PUT
    r = newlike(self, buf, len);
done:
    PyMem_Free(buf);
    PyBuffer_Release(&o);
    PyBuffer_Release(&nw);
    return r;
}

/* ====================== translate, maketrans ====================== */

static PyObject *b_translate(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"", "delete", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (nargs < 1) { /* the table is positional-only, delete may be a keyword */
        PyErr_Format(PyExc_TypeError, "translate() takes at least 1 positional argument (%zd given)", nargs);
        return NULL;
    }
    if (_KrArg_Parse("translate", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 1, 1, a) < 0)
        return NULL;
    Py_buffer t, del;
    int have_t = 0, have_d = 0;
    if (a[0] != Py_None) {
        if (_KrBytes_GetBuffer(a[0], &t) < 0)
            return NULL;
        have_t = 1;
        if (t.len != 256) {
            PyBuffer_Release(&t);
            PyErr_SetString(PyExc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1]) {
        if (_KrBytes_GetBuffer(a[1], &del) < 0) {
            if (have_t)
                PyBuffer_Release(&t);
            return NULL;
        }
        have_d = 1;
    }
    char deleted[256] = {0};
    if (have_d)
        for (Py_ssize_t i = 0; i < del.len; i++)
            deleted[((unsigned char *)del.buf)[i]] = 1;
    const unsigned char *s = (const unsigned char *)SDATA(self);
    Py_ssize_t n = SLEN(self), j = 0;
    char *tmp = PyMem_Malloc((size_t)n + 1);
    PyObject *r = NULL;
    if (tmp == NULL)
        PyErr_NoMemory();
    else {
        for (Py_ssize_t i = 0; i < n; i++) {
            if (deleted[s[i]])
                continue;
            tmp[j++] = have_t ? ((char *)t.buf)[s[i]] : (char)s[i];
        }
        r = newlike(self, tmp, j);
        PyMem_Free(tmp);
    }
    if (have_t)
        PyBuffer_Release(&t);
    if (have_d)
        PyBuffer_Release(&del);
    return r;
}

static PyObject *b_maketrans(PyObject *Py_UNUSED(null), PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", "", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("maketrans", KR_ARGS_CLINIC, args, nargs, NULL, kw, 2, 2, a) < 0)
        return NULL;
    Py_buffer f, t;
    if (_KrBytes_GetBuffer(a[0], &f) < 0)
        return NULL;
    if (_KrBytes_GetBuffer(a[1], &t) < 0) {
        PyBuffer_Release(&f);
        return NULL;
    }
    PyObject *r = NULL;
    if (f.len != t.len)
        PyErr_SetString(PyExc_ValueError, "maketrans arguments must have same length");
    else {
        char table[256];
        for (int i = 0; i < 256; i++)
            table[i] = (char)i;
        for (Py_ssize_t i = 0; i < f.len; i++)
            table[((unsigned char *)f.buf)[i]] = ((char *)t.buf)[i];
        r = PyBytes_FromStringAndSize(table, 256);
    }
    PyBuffer_Release(&f);
    PyBuffer_Release(&t);
    return r;
}

/* ====================== iterator pickling ====================== */

PyObject *_KrSeqIter_reduce(PyObject *self, PyObject *unused)
{
    _KrSeqIterObject *it = (_KrSeqIterObject *)self;
    PyObject *iter = PyDict_GetItemString(PyEval_GetBuiltins(), "iter");
    if (iter == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost builtins.iter");
        return NULL;
    }
    if (it->it_seq == NULL)
        return Py_BuildValue("O(())", iter);
    return Py_BuildValue("O(O)n", iter, it->it_seq, it->it_index);
}

PyObject *_KrSeqIter_setstate(PyObject *self, PyObject *state)
{
    _KrSeqIterObject *it = (_KrSeqIterObject *)self;
    Py_ssize_t i = PyLong_AsSsize_t(state);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    if (it->it_seq != NULL)
        it->it_index = i < 0 ? 0 : Py_MIN(i, Py_SIZE(it->it_seq));
    Py_RETURN_NONE;
}

/* ====================== argument conversion ====================== */

/* A Py_ssize_t parameter, converted as CPython's generated argument
 * parsers do (their overflow message names the C type, unlike
 * PyNumber_AsSsize_t's). */
int _KrArg_Ssize(PyObject *o, Py_ssize_t *out)
{
    PyObject *iv = _PyNumber_Index(o);
    if (iv == NULL)
        return -1;
    Py_ssize_t v = PyLong_AsSsize_t(iv);
    Py_DECREF(iv);
    if (v == -1 && PyErr_Occurred())
        return -1;
    *out = v;
    return 0;
}

/* An int parameter, the same way. */
int _KrArg_Int(PyObject *o, int *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            v = INT_MAX + 1L;
        }
        else
            return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ====================== hex, fromhex, decode ====================== */

PyObject *_KrBytes_Hex(PyObject *data, PyObject *sep, PyObject *bytes_per_sep)
{
    static const char hexdigits[] = "0123456789abcdef";
    char sepch = 0;
    int has_sep = 0; /* the separator may be NUL: it still separates */
    Py_ssize_t group = 1;
    /* CPython converts bytes_per_sep while parsing, before looking at sep */
    if (bytes_per_sep != NULL) {
        int g;
        if (_KrArg_Int(bytes_per_sep, &g) < 0)
            return NULL;
        group = g;
    }
    if (sep != NULL) {
        Py_ssize_t sl = PyObject_Size(sep);
        if (sl < 0)
            return NULL;
        if (sl != 1) {
            PyErr_SetString(PyExc_ValueError, "sep must be length 1.");
            return NULL;
        }
        Py_UCS4 c;
        if (PyUnicode_Check(sep))
            c = PyUnicode_READ_CHAR(sep, 0);
        else if (PyBytes_Check(sep))
            c = (unsigned char)PyBytes_AS_STRING(sep)[0];
        else {
            PyErr_SetString(PyExc_TypeError, "sep must be str or bytes.");
            return NULL;
        }
        if (c > 127) {
            PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
            return NULL;
        }
        sepch = (char)c;
        has_sep = group != 0;
    }
    /* read only now: bytes_per_sep's __index__ may have resized a bytearray */
    const char *s = SDATA(data);
    Py_ssize_t n = SLEN(data);
    Py_ssize_t ag = group < 0 ? -group : group;
    Py_ssize_t nsep = (has_sep && n > 0) ? (n - 1) / ag : 0;
    PyObject *r = PyUnicode_New(n * 2 + nsep, 127);
    if (r == NULL)
        return NULL;
    char *d = (char *)PyUnicode_DATA(r);
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (has_sep && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            Py_ssize_t from = group > 0 ? n - i : i;
            if (from % ag == 0)
                d[j++] = sepch;
        }
        unsigned char c = (unsigned char)s[i];
        d[j++] = hexdigits[c >> 4];
        d[j++] = hexdigits[c & 15];
    }
    return r;
}

static PyObject *b_hex(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("hex", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    return _KrBytes_Hex(self, a[0], a[1]);
}

static int hexv(Py_UCS4 c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

PyObject *_KrBytes_FromHex(PyObject *string, int as_bytearray)
{
    if (!PyUnicode_Check(string)) {
        PyErr_Format(PyExc_TypeError, "fromhex() argument must be str, not %.100s",
                     _KrArg_TypeName(string));
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(string);
    char *buf = PyMem_Malloc((size_t)n / 2 + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t j = 0, i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ_CHAR(string, i);
        if (c < 128 && ascii_space((unsigned char)c)) {
            i++;
            continue;
        }
        int hi = hexv(c);
        if (hi < 0)
            goto bad;
        i++;
        int lo = i < n ? hexv(PyUnicode_READ_CHAR(string, i)) : -1;
        if (lo < 0)
            goto bad;
        i++;
        buf[j++] = (char)(hi * 16 + lo);
    }
    PyObject *r = as_bytearray ? PyByteArray_FromStringAndSize(buf, j) : PyBytes_FromStringAndSize(buf, j);
    PyMem_Free(buf);
    return r;
bad:
    PyMem_Free(buf);
    PyErr_Format(PyExc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
    return NULL;
}

static PyObject *b_decode(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("decode", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    const char *enc = "utf-8", *err = "strict";
    for (int i = 0; i < 2; i++) {
        if (!a[i])
            continue;
        if (!PyUnicode_Check(a[i])) {
            PyErr_Format(PyExc_TypeError, "decode() argument '%s' must be str, not %.100s", kw[i],
                         _KrArg_TypeName(a[i]));
            return NULL;
        }
        const char *c = PyUnicode_AsUTF8(a[i]);
        if (c == NULL)
            return NULL;
        if (i == 0)
            enc = c;
        else
            err = c;
    }
    return _KrUnicode_DecodeByName(SDATA(self), SLEN(self), enc, err);
}

/* ====================== repr and compare ====================== */

PyObject *_KrBytes_ReprData(const char *s, Py_ssize_t n, const char *prefix, const char *suffix)
{
    int sq = memchr(s, '\'', (size_t)n) != NULL, dq = memchr(s, '"', (size_t)n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    /* bytearray's repr (the one with a suffix) escapes ' even inside a
     * "..." literal, as CPython's does: bytearray(b"\'") */
    int always_esc_sq = *suffix != '\0';
    size_t cap = strlen(prefix) + strlen(suffix) + (size_t)n * 4 + 4;
    char *buf = PyMem_Malloc(cap);
    if (buf == NULL)
        return PyErr_NoMemory();
    size_t j = strlen(prefix);
    memcpy(buf, prefix, j);
    buf[j++] = 'b';
    buf[j++] = quote;
    static const char hexd[] = "0123456789abcdef";
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == quote || c == '\\' || (c == '\'' && always_esc_sq)) {
            buf[j++] = '\\';
            buf[j++] = (char)c;
        }
        else if (c == '\t') { buf[j++] = '\\'; buf[j++] = 't'; }
        else if (c == '\n') { buf[j++] = '\\'; buf[j++] = 'n'; }
        else if (c == '\r') { buf[j++] = '\\'; buf[j++] = 'r'; }
        else if (c < 0x20 || c >= 0x7f) {
            buf[j++] = '\\';
            buf[j++] = 'x';
            buf[j++] = hexd[c >> 4];
            buf[j++] = hexd[c & 15];
        }
        else
            buf[j++] = (char)c;
    }
    buf[j++] = quote;
    size_t sl = strlen(suffix);
    memcpy(buf + j, suffix, sl);
    j += sl;
    PyObject *r = _PyUnicode_FromASCII(buf, (Py_ssize_t)j);
    PyMem_Free(buf);
    return r;
}

PyObject *_KrBytes_RichCompare(const char *a, Py_ssize_t na, const char *b, Py_ssize_t nb, int op)
{
    if ((op == Py_EQ || op == Py_NE) && na != nb)
        return PyBool_FromLong(op == Py_NE);
    int c = memcmp(a, b, (size_t)Py_MIN(na, nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb ? 1 : 0;
    else
        c = c < 0 ? -1 : 1;
    Py_RETURN_RICHCOMPARE(c, 0, op);
}

/* ====================== % formatting ====================== */

/* Numbers are formatted by the str % machinery and encoded as ASCII;
 * %b/%s take bytes-like objects or __bytes__, %a/%r take ascii(). */
/* Whether a formatted float is a minus sign followed only by zero digits
 * (what the 'z' flag turns into plain zero); "-inf" has no digits. */
static int rounds_to_negative_zero(PyObject *s)
{
    const char *p = PyUnicode_AsUTF8(s);
    if (p == NULL) {
        PyErr_Clear();
        return 0;
    }
    int minus = 0, digits = 0;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '-')
            minus = 1;
        else if (*p >= '1' && *p <= '9')
            return 0;
        else if (*p == '0')
            digits = 1;
    }
    return minus && digits;
}

PyObject *_KrBytes_Format(PyObject *format, PyObject *args, int as_bytearray)
{
    Py_buffer fv;
    if (PyObject_GetBuffer(format, &fv, PyBUF_SIMPLE) < 0)
        return NULL;
    const char *f = fv.buf;
    Py_ssize_t n = fv.len, i = 0;
    Py_ssize_t arglen, argidx;
    PyObject *dict = NULL;
    if (PyTuple_Check(args)) {
        arglen = PyTuple_GET_SIZE(args);
        argidx = 0;
    }
    else {
        arglen = -1;
        argidx = -2;
    }
    if (Py_TYPE(args)->tp_as_mapping && Py_TYPE(args)->tp_as_mapping->mp_subscript
        && !PyTuple_Check(args) && !PyBytes_Check(args) && !PyByteArray_Check(args))
        dict = args;
    char *out = NULL;
    Py_ssize_t len = 0, cap = 0;
    PyObject *result = NULL;
#define PUT(p, k) do { if (grow_put(&out, &len, &cap, (p), (k)) < 0) goto error; } while (0)
    while (i < n) {
        if (f[i] != '%') {
            const char *q = memchr(f + i, '%', (size_t)(n - i));
            Py_ssize_t k = q ? q - (f + i) : n - i;
            PUT(f + i, k);
            i += k;
            continue;
        }
        Py_ssize_t spec_start = i++;
        PyObject *v = NULL, *keyed = NULL;
        /* only an immediate "%%" is a literal percent (as for str) */
        if (i < n && f[i] == '%') {
            PUT("%", 1);
            i++;
            continue;
        }
        if (i < n && f[i] == '(') {
            if (dict == NULL) {
                PyErr_SetString(PyExc_TypeError, "format requires a mapping");
                goto error;
            }
            Py_ssize_t depth = 1, ks = ++i;
            while (i < n && depth) {
                if (f[i] == '(') depth++;
                else if (f[i] == ')') depth--;
                i++;
            }
            if (depth) {
                PyErr_SetString(PyExc_ValueError, "incomplete format key");
                goto error;
            }
            PyObject *key = PyBytes_FromStringAndSize(f + ks, i - 1 - ks);
            if (key == NULL)
                goto error;
            keyed = PyObject_GetItem(dict, key);
            Py_DECREF(key);
            if (keyed == NULL)
                goto error;
            v = keyed;
            arglen = -1;
            argidx = -1;
        }
        /* collect flags/width/precision into a str format for numbers */
        Py_ssize_t flags_start = i;
        PyObject *star_args[2] = {NULL, NULL};
        int nstar = 0;
        /* 'z' (negative zero becomes zero) is a flag here, though str % lacks it */
        int zflag = 0;
        while (i < n && strchr("-+ #0z", f[i]))
            zflag |= f[i++] == 'z';
        Py_ssize_t flags_end = i;
        int minus = memchr(f + flags_start, '-', (size_t)(i - flags_start)) != NULL;
        Py_ssize_t width = -1, prec = -1;
        if (i < n && f[i] == '*') {
            i++;
            if (argidx >= arglen) { PyErr_SetString(PyExc_TypeError, "not enough arguments for format string"); goto error_v; }
            argidx++;
            star_args[nstar++] = arglen < 0 ? args : PyTuple_GET_ITEM(args, argidx - 1);
            if (!PyLong_Check(star_args[nstar - 1])) { PyErr_SetString(PyExc_TypeError, "* wants int"); goto error_v; }
            width = PyLong_AsSsize_t(star_args[nstar - 1]);
            if (width == -1 && PyErr_Occurred())
                goto error_v;
            if (width < 0) { minus = 1; width = -width; }
        }
        else
            while (i < n && f[i] >= '0' && f[i] <= '9')
                width = (width < 0 ? 0 : width) * 10 + (f[i++] - '0');
        if (i < n && f[i] == '.') {
            i++;
            prec = 0;
            if (i < n && f[i] == '*') {
                i++;
                if (argidx >= arglen) { PyErr_SetString(PyExc_TypeError, "not enough arguments for format string"); goto error_v; }
                argidx++;
                star_args[nstar++] = arglen < 0 ? args : PyTuple_GET_ITEM(args, argidx - 1);
                if (!PyLong_Check(star_args[nstar - 1])) { PyErr_SetString(PyExc_TypeError, "* wants int"); goto error_v; }
                prec = _KrArg_AsInt(star_args[nstar - 1]);
                if (prec == -1 && PyErr_Occurred())
                    goto error_v;
                if (prec < 0)
                    prec = 0;
            }
            else
                while (i < n && f[i] >= '0' && f[i] <= '9') {
                    if (prec > (INT_MAX - (f[i] - '0')) / 10) {
                        PyErr_SetString(PyExc_ValueError, "prec too big");
                        goto error_v;
                    }
                    prec = prec * 10 + (f[i++] - '0');
                }
        }
        /* one length modifier is skipped, as in C */
        if (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L'))
            i++;
        if (i >= n) {
            PyErr_SetString(PyExc_ValueError, "incomplete format");
            goto error_v;
        }
        char c = f[i++];
        if (c == 'i') /* its errors say %d */
            c = 'd';
        if (v == NULL) {
            if (argidx >= arglen) {
                PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
                goto error_v;
            }
            argidx++;
            v = arglen < 0 ? args : PyTuple_GET_ITEM(args, argidx - 1);
        }
        PyObject *piece = NULL; /* bytes */
        switch (c) {
        case 'b': case 's': {
            if (PyBytes_Check(v))
                piece = Py_NewRef(v);
            else if (PyObject_CheckBuffer(v) && !PyUnicode_Check(v))
                piece = PyBytes_FromObject(v); /* strided views too */
            else {
                PyObject *meth = _PyType_LookupId(Py_TYPE(v), "__bytes__");
                if (meth == NULL || PyUnicode_Check(v)) {
                    PyErr_Format(PyExc_TypeError,
                                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
                                 Py_TYPE(v)->tp_name);
                    goto error_v;
                }
                piece = PyObject_Bytes(v);
            }
            if (piece && prec >= 0 && PyBytes_GET_SIZE(piece) > prec)
                Py_SETREF(piece, PyBytes_FromStringAndSize(PyBytes_AS_STRING(piece), prec));
            break;
        }
        case 'a': case 'r': {
            PyObject *s = PyObject_ASCII(v);
            if (s == NULL)
                goto error_v;
            Py_ssize_t sl = PyUnicode_GET_LENGTH(s);
            if (prec >= 0 && sl > prec)
                sl = prec;
            piece = PyBytes_FromStringAndSize(PyUnicode_DATA(s), sl);
            Py_DECREF(s);
            break;
        }
        case 'c': {
            char ch;
            if (PyBytes_Check(v) && PyBytes_GET_SIZE(v) == 1)
                ch = PyBytes_AS_STRING(v)[0];
            else if (PyByteArray_Check(v) && PyByteArray_GET_SIZE(v) == 1)
                ch = PyByteArray_AS_STRING(v)[0];
            else if (PyLong_Check(v) || PyIndex_Check(v)) {
                int overflow = 0;
                PyObject *iv = PyNumber_Index(v);
                if (iv == NULL)
                    goto error_v;
                long x = PyLong_AsLongAndOverflow(iv, &overflow);
                Py_DECREF(iv);
                if (overflow || x < 0 || x > 255) {
                    PyErr_SetString(PyExc_OverflowError, "%c arg not in range(256)");
                    goto error_v;
                }
                ch = (char)x;
            }
            else {
                PyErr_SetString(PyExc_TypeError, "%c requires an integer in range(256) or a single byte");
                goto error_v;
            }
            piece = PyBytes_FromStringAndSize(&ch, 1);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (!PyFloat_Check(v)) {
                double x = PyFloat_AsDouble(v);
                if (x == -1.0 && PyErr_Occurred()) {
                    PyErr_Format(PyExc_TypeError, "float argument required, not %.200s",
                                 Py_TYPE(v)->tp_name);
                    goto error_v;
                }
            }
            /* fall through */
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            if ((c == 'd' || c == 'i' || c == 'u') && flags_start == flags_end && width < 0 && prec < 0 &&
                PyLong_Check(v)) {
                /* plain %d of an int: its decimal digits, without building a str format */
                PyObject *digits = PyLong_Type.tp_repr(v);
                if (digits == NULL)
                    goto error_v;
                int put = grow_put(&out, &len, &cap, PyUnicode_DATA(digits), PyUnicode_GET_LENGTH(digits));
                Py_DECREF(digits);
                if (put < 0)
                    goto error_v;
                Py_XDECREF(keyed);
                continue;
            }
            /* "%<flags><width>.<prec><c>" through str % */
            char sub[64];
            int sl = 0;
            sub[sl++] = '%';
            for (Py_ssize_t k = flags_start; k < flags_end && sl < 40; k++)
                if (f[k] != 'z')
                    sub[sl++] = f[k];
            if (minus && !memchr(sub, '-', (size_t)sl))
                sub[sl++] = '-';
            sl += snprintf(sub + sl, sizeof sub - (size_t)sl, "%zd", width < 0 ? 0 : width);
            if (prec >= 0)
                sl += snprintf(sub + sl, sizeof sub - (size_t)sl, ".%zd", prec);
            sub[sl++] = c;
            sub[sl] = 0;
            PyObject *fs = PyUnicode_FromString(sub);
            if (fs == NULL)
                goto error_v;
            PyObject *t1 = PyTuple_Pack(1, v);
            PyObject *s = t1 ? PyUnicode_Format(fs, t1) : NULL;
            Py_XDECREF(t1);
            if (s != NULL && zflag && strchr("eEfFgG", c) && rounds_to_negative_zero(s)) {
                /* format a true zero instead: the flags still apply */
                PyObject *zero = PyFloat_FromDouble(0.0);
                PyObject *t0 = zero ? PyTuple_Pack(1, zero) : NULL;
                Py_XDECREF(zero);
                Py_SETREF(s, t0 ? PyUnicode_Format(fs, t0) : NULL);
                Py_XDECREF(t0);
            }
            Py_DECREF(fs);
            if (s == NULL)
                goto error_v;
            piece = PyUnicode_AsASCIIString(s);
            Py_DECREF(s);
            if (piece) { /* already padded */
                PUT(PyBytes_AS_STRING(piece), PyBytes_GET_SIZE(piece));
                Py_DECREF(piece);
                Py_XDECREF(keyed);
                continue;
            }
            goto error_v;
        }
        default:
            if (c > 32 && c < 127)
                PyErr_Format(PyExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                             c, (unsigned)(unsigned char)c, i - 1);
            else
                PyErr_Format(PyExc_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd",
                             (unsigned)(unsigned char)c, (unsigned)(unsigned char)c, i - 1);
            goto error_v;
        }
        (void)spec_start;
        if (piece == NULL)
            goto error_v;
        {
            Py_ssize_t pl = PyBytes_GET_SIZE(piece);
            Py_ssize_t padn = width > pl ? width - pl : 0;
            for (Py_ssize_t k = 0; !minus && k < padn; k++)
                PUT(" ", 1);
            PUT(PyBytes_AS_STRING(piece), pl);
            for (Py_ssize_t k = 0; minus && k < padn; k++)
                PUT(" ", 1);
            Py_DECREF(piece);
        }
        Py_XDECREF(keyed);
        continue;
    error_v:
        Py_XDECREF(keyed);
        goto error;
    }
#undef PUT
    if (argidx < arglen && dict == NULL) {
        PyErr_SetString(PyExc_TypeError, "not all arguments converted during bytes formatting");
        goto error;
    }
    result = as_bytearray ? PyByteArray_FromStringAndSize(out ? out : "", len)
                          : PyBytes_FromStringAndSize(out ? out : "", len);
error:
    PyMem_Free(out);
    PyBuffer_Release(&fv);
    return result;
}

/* ====================== method tables ====================== */

#define FC(f) _PyCFunction_CAST(f)
#define COMMON_METHODS \
    {"capitalize", FC(b_capitalize), METH_NOARGS, "B.capitalize() -> copy of B"}, \
    {"center", FC(b_center), METH_FASTCALL, "center($self, width, fillchar=b' ', /)\n--\n\n" "Return a centered string of length width."}, \
    {"count", FC(b_count), METH_FASTCALL, "B.count(sub[, start[, end]]) -> int"}, \
    {"decode", FC(b_decode), METH_FASTCALL | METH_KEYWORDS, "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n" "Decode the bytes using the codec registered for encoding."}, \
    {"endswith", FC(b_endswith), METH_FASTCALL, "B.endswith(suffix[, start[, end]]) -> bool"}, \
    {"expandtabs", FC(b_expandtabs), METH_FASTCALL | METH_KEYWORDS, "expandtabs($self, /, tabsize=8)\n--\n\n" "Return a copy where all tab characters are expanded using spaces."}, \
    {"find", FC(b_find), METH_FASTCALL, "B.find(sub[, start[, end]]) -> int"}, \
    {"hex", FC(b_hex), METH_FASTCALL | METH_KEYWORDS, "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n" "Create a string of hexadecimal numbers from a bytes object."}, \
    {"index", FC(b_index), METH_FASTCALL, "B.index(sub[, start[, end]]) -> int"}, \
    {"isalnum", FC(b_isalnum), METH_NOARGS, NULL}, \
    {"isalpha", FC(b_isalpha), METH_NOARGS, NULL}, \
    {"isascii", FC(b_isascii), METH_NOARGS, NULL}, \
    {"isdigit", FC(b_isdigit), METH_NOARGS, NULL}, \
    {"islower", FC(b_islower), METH_NOARGS, NULL}, \
    {"isspace", FC(b_isspace), METH_NOARGS, NULL}, \
    {"istitle", FC(b_istitle), METH_NOARGS, NULL}, \
    {"isupper", FC(b_isupper), METH_NOARGS, NULL}, \
    {"join", FC(b_join), METH_O, "join($self, iterable_of_bytes, /)\n--\n\n" "Concatenate any number of bytes objects."}, \
    {"ljust", FC(b_ljust), METH_FASTCALL, "ljust($self, width, fillchar=b' ', /)\n--\n\n" "Return a left-justified string of length width."}, \
    {"lower", FC(b_lower), METH_NOARGS, NULL}, \
    {"lstrip", FC(b_lstrip), METH_FASTCALL, "lstrip($self, bytes=None, /)\n--\n\n" "Strip leading bytes contained in the argument."}, \
    {"maketrans", FC(b_maketrans), METH_FASTCALL | METH_STATIC, "maketrans(frm, to, /)\n--\n\n" "Return a translation table useable for the bytes or bytearray translate method."}, \
    {"partition", FC(b_partition), METH_O, "partition($self, sep, /)\n--\n\n" "Partition the bytes into three parts using the given separator."}, \
    {"removeprefix", FC(b_removeprefix), METH_O, "removeprefix($self, prefix, /)\n--\n\n"}, \
    {"removesuffix", FC(b_removesuffix), METH_O, "removesuffix($self, suffix, /)\n--\n\n"}, \
    {"replace", FC(b_replace), METH_FASTCALL, "replace($self, old, new, count=-1, /)\n--\n\n" "Return a copy with all occurrences of substring old replaced by new."}, \
    {"rfind", FC(b_rfind), METH_FASTCALL, "B.rfind(sub[, start[, end]]) -> int"}, \
    {"rindex", FC(b_rindex), METH_FASTCALL, "B.rindex(sub[, start[, end]]) -> int"}, \
    {"rjust", FC(b_rjust), METH_FASTCALL, "rjust($self, width, fillchar=b' ', /)\n--\n\n" "Return a right-justified string of length width."}, \
    {"rpartition", FC(b_rpartition), METH_O, "rpartition($self, sep, /)\n--\n\n" "Partition the bytes into three parts using the given separator."}, \
    {"rsplit", FC(b_rsplit), METH_FASTCALL | METH_KEYWORDS, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n" "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rstrip", FC(b_rstrip), METH_FASTCALL, "rstrip($self, bytes=None, /)\n--\n\n" "Strip trailing bytes contained in the argument."}, \
    {"split", FC(b_split), METH_FASTCALL | METH_KEYWORDS, "split($self, /, sep=None, maxsplit=-1)\n--\n\n" "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"splitlines", FC(b_splitlines), METH_FASTCALL | METH_KEYWORDS, "splitlines($self, /, keepends=False)\n--\n\n" "Return a list of the lines in the bytes, breaking at line boundaries."}, \
    {"startswith", FC(b_startswith), METH_FASTCALL, "B.startswith(prefix[, start[, end]]) -> bool"}, \
    {"strip", FC(b_strip), METH_FASTCALL, "strip($self, bytes=None, /)\n--\n\n" "Strip leading and trailing bytes contained in the argument."}, \
    {"swapcase", FC(b_swapcase), METH_NOARGS, NULL}, \
    {"title", FC(b_title), METH_NOARGS, NULL}, \
    {"translate", FC(b_translate), METH_FASTCALL | METH_KEYWORDS, "translate($self, table, /, delete=b'')\n--\n\n" "Return a copy with each character mapped by the given translation table."}, \
    {"upper", FC(b_upper), METH_NOARGS, NULL}, \
    {"zfill", FC(b_zfill), METH_O, "zfill($self, width, /)\n--\n\n" "Pad a numeric string with zeros on the left, to fill a field of the given width."},

PyMethodDef _KrBytes_Methods[] = {
    COMMON_METHODS
    {"fromhex", FC(_KrBytes_fromhex), METH_O | METH_CLASS, "fromhex($type, string, /)\n--\n\n" "Create a bytes object from a string of hexadecimal numbers."},
    {"__getnewargs__", FC(_KrBytes_getnewargs), METH_NOARGS, NULL},
    {"__bytes__", FC(_KrBytes_bytes), METH_NOARGS, "__bytes__($self, /)\n--\n\n" "Convert this value to exact type bytes."},
    {NULL, NULL, 0, NULL}};

PyMethodDef _KrByteArray_Methods[] = {
    COMMON_METHODS
    {"fromhex", FC(_KrByteArray_fromhex), METH_O | METH_CLASS, "fromhex($type, string, /)\n--\n\n" "Create a bytearray object from a string of hexadecimal numbers."},
    {"__alloc__", FC(_KrByteArray_alloc), METH_NOARGS, "B.__alloc__() -> int"},
    {"__sizeof__", FC(_KrByteArray_sizeof), METH_NOARGS, "__sizeof__($self, /)\n--\n\n" "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce__", FC(_KrByteArray_reduce), METH_NOARGS, "__reduce__($self, /)\n--\n\n" "Return state information for pickling."},
    {"__reduce_ex__", FC(_KrByteArray_reduce_ex), METH_FASTCALL, "__reduce_ex__($self, proto=0, /)\n--\n\n" "Return state information for pickling."},
    {"append", FC(_KrByteArray_append), METH_O, "append($self, item, /)\n--\n\n" "Append a single item to the end of the bytearray."},
    {"clear", FC(_KrByteArray_clear), METH_NOARGS, "clear($self, /)\n--\n\n" "Remove all items from the bytearray."},
    {"copy", FC(_KrByteArray_copy), METH_NOARGS, "copy($self, /)\n--\n\n" "Return a copy of B."},
    {"extend", FC(_KrByteArray_extend), METH_O, "extend($self, iterable_of_ints, /)\n--\n\n" "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", FC(_KrByteArray_insert), METH_FASTCALL, "insert($self, index, item, /)\n--\n\n" "Insert a single item into the bytearray before the given index."},
    {"pop", FC(_KrByteArray_pop), METH_FASTCALL, "pop($self, index=-1, /)\n--\n\n" "Remove and return a single item from B."},
    {"remove", FC(_KrByteArray_remove), METH_O, "remove($self, value, /)\n--\n\n" "Remove the first occurrence of a value in the bytearray."},
    {"reverse", FC(_KrByteArray_reverse), METH_NOARGS, "reverse($self, /)\n--\n\n" "Reverse the order of the values in B in place."},
    {NULL, NULL, 0, NULL}};
