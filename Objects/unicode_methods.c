/* The methods of str, and the C API functions they rest on (find, count,
 * split, join, replace, ...).
 *
 * Searching works on the raw PEP 393 buffers: the needle is first brought
 * to the haystack's width (a needle wider than the haystack cannot occur
 * in it, because every str is stored in its tightest form), then the 1-byte
 * case uses memchr/memmem and wider cases a first-character scan.
 * Case mapping and character classes come from unicodectype.c.
 *
 * Methods take METH_FASTCALL arguments and parse them with _KrArg_Parse,
 * whose messages reproduce CPython's two styles (Argument Clinic's
 * "center expected at least 1 argument, got 0" and the older
 * "count() takes at least 1 argument (0 given)"). */
#define _GNU_SOURCE
#include "Python.h"
#include "kr_strings.h"
#include "kr_format.h"

/* ====================== argument parsing ====================== */

int _KrArg_Parse(const char *fname, int style, PyObject *const *args, Py_ssize_t nargs,
                 PyObject *kwnames, const char *const *kwlist, int npos_only, int min,
                 PyObject **out)
{
    int nparams = 0;
    while (kwlist[nparams])
        nparams++;
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs > nparams) {
        if (style == KR_ARGS_CLINIC && nkw == 0 && npos_only == nparams)
            PyErr_Format(PyExc_TypeError, "%s expected at most %d argument%s, got %zd", fname,
                         nparams, nparams == 1 ? "" : "s", nargs);
        else
            PyErr_Format(PyExc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname,
                         nparams, nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs + nkw > nparams && npos_only < nparams) {
        /* checked before the keyword names, as CPython's parsers do */
        PyErr_Format(PyExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname,
                     nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        int j;
        for (j = npos_only; j < nparams; j++)
            if (_PyUnicode_EqualToASCIIString(key, kwlist[j]))
                break;
        if (j == nparams) {
            if (npos_only == nparams)
                PyErr_Format(PyExc_TypeError, "%s() takes no keyword arguments", fname);
            else
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                             fname);
            return -1;
        }
        if (j < nargs) {
            PyErr_Format(PyExc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                         fname, kwlist[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (out[i] == NULL) {
            if (style == KR_ARGS_CLINIC && nkw == 0 && npos_only >= min)
                PyErr_Format(PyExc_TypeError, "%s expected %s%d argument%s, got %zd", fname,
                             min == nparams ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
            else if (i < npos_only || style == KR_ARGS_OLD)
                PyErr_Format(PyExc_TypeError, "%s() takes at least %d argument%s (%zd given)",
                             fname, min, min == 1 ? "" : "s", nargs + nkw);
            else
                PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s' (pos %d)",
                             fname, kwlist[i], i + 1);
            return -1;
        }
    }
    return 0;
}

/* start/end of find & co: None or an index */
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

static void adjust_indices(Py_ssize_t *start, Py_ssize_t *end, Py_ssize_t len)
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

static Py_ssize_t index_arg(PyObject *o, Py_ssize_t dflt)
{
    if (o == NULL)
        return dflt;
    /* Argument Clinic's Py_ssize_t converter: no clamping, and the overflow
     * message is PyLong_AsSsize_t's own */
    PyObject *v = _PyNumber_Index(o);
    if (v == NULL)
        return -1;
    Py_ssize_t r = PyLong_AsSsize_t(v);
    Py_DECREF(v);
    return r;
}

/* The type named in Argument Clinic's "argument must be str, not X":
 * None is named as itself */
static const char *arg_type_name(PyObject *o)
{
    return o == Py_None ? "None" : Py_TYPE(o)->tp_name;
}

/* Argument Clinic's int converter: __index__, then the C int range */
int _KrArg_AsInt(PyObject *o)
{
    PyObject *v = _PyNumber_Index(o);
    if (v == NULL)
        return -1;
    int overflow;
    long x = PyLong_AsLongAndOverflow(v, &overflow);
    Py_DECREF(v);
    if (overflow || x > INT_MAX || x < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return (int)x;
}

/* ====================== searching ====================== */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t len;
    void *owned;
} sview;

/* s viewed at width `kind`; returns 0 if s cannot occur in a str of that
 * width (it is wider), 1 otherwise */
static int view_at(PyObject *s, int kind, sview *v)
{
    int sk = PyUnicode_KIND(s);
    v->owned = NULL;
    v->kind = kind;
    v->len = PyUnicode_GET_LENGTH(s);
    v->data = PyUnicode_DATA(s);
    if (sk == kind)
        return 1;
    if (sk > kind)
        return 0;
    void *buf = PyMem_Malloc((size_t)(v->len + 1) * kind);
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < v->len; i++)
        PyUnicode_WRITE(kind, buf, i, PyUnicode_READ(sk, v->data, i));
    v->data = buf;
    v->owned = buf;
    return 1;
}

static Py_ssize_t raw_find(int kind, const void *h, Py_ssize_t hlen, const void *n, Py_ssize_t nlen,
                           int reverse)
{
    if (nlen == 0)
        return reverse ? hlen : 0;
    if (nlen > hlen)
        return -1;
    if (kind == 1 && !reverse) {
        const char *r = nlen == 1 ? memchr(h, *(const char *)n, (size_t)hlen)
                                  : memmem(h, (size_t)hlen, n, (size_t)nlen);
        return r ? r - (const char *)h : -1;
    }
    Py_UCS4 first = PyUnicode_READ(kind, n, 0);
    size_t nbytes = (size_t)nlen * kind;
    if (!reverse) {
        for (Py_ssize_t i = 0; i <= hlen - nlen; i++)
            if (PyUnicode_READ(kind, h, i) == first
                && memcmp((const char *)h + i * kind, n, nbytes) == 0)
                return i;
    }
    else {
        for (Py_ssize_t i = hlen - nlen; i >= 0; i--)
            if (PyUnicode_READ(kind, h, i) == first
                && memcmp((const char *)h + i * kind, n, nbytes) == 0)
                return i;
    }
    return -1;
}

/* -1 not found, -2 error */
static Py_ssize_t find_in(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int reverse)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    adjust_indices(&start, &end, len);
    if (end - start < PyUnicode_GET_LENGTH(sub) || start > len)
        return -1;
    sview v;
    int r = view_at(sub, PyUnicode_KIND(s), &v);
    if (r < 0)
        return -2;
    if (r == 0)
        return -1;
    int kind = PyUnicode_KIND(s);
    Py_ssize_t pos = raw_find(kind, (const char *)PyUnicode_DATA(s) + start * kind, end - start,
                              v.data, v.len, reverse);
    PyMem_Free(v.owned);
    return pos < 0 ? -1 : pos + start;
}

static Py_ssize_t count_in(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end,
                           Py_ssize_t maxcount)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    adjust_indices(&start, &end, len);
    if (start > len || end - start < PyUnicode_GET_LENGTH(sub))
        return 0;
    if (PyUnicode_GET_LENGTH(sub) == 0)
        return Py_MIN(end - start + 1, maxcount);
    sview v;
    int r = view_at(sub, PyUnicode_KIND(s), &v);
    if (r <= 0)
        return r;
    int kind = PyUnicode_KIND(s);
    const char *data = PyUnicode_DATA(s);
    Py_ssize_t count = 0, i = start;
    if (v.len == 1) {
        /* one char: a plain scan, no search call per match */
        Py_UCS4 ch = PyUnicode_READ(kind, v.data, 0);
        if (kind == PyUnicode_1BYTE_KIND && maxcount >= end - i) {
            const Py_UCS1 *d = (const Py_UCS1 *)data;
            Py_UCS1 c1 = (Py_UCS1)ch;
            for (; i < end; i++)
                count += d[i] == c1;
        }
        else
            for (; i < end && count < maxcount; i++)
                count += PyUnicode_READ(kind, data, i) == ch;
        PyMem_Free(v.owned);
        return count;
    }
    while (count < maxcount) {
        Py_ssize_t p = raw_find(kind, data + i * kind, end - i, v.data, v.len, 0);
        if (p < 0)
            break;
        count++;
        i += p + v.len;
    }
    PyMem_Free(v.owned);
    return count;
}

Py_ssize_t PyUnicode_Find(PyObject *str, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int direction)
{
    if (!PyUnicode_Check(str) || !PyUnicode_Check(sub)) {
        PyErr_BadInternalCall();
        return -2;
    }
    return find_in(str, sub, start, end, direction < 0);
}

Py_ssize_t PyUnicode_FindChar(PyObject *str, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(str);
    adjust_indices(&start, &end, len);
    int kind = PyUnicode_KIND(str);
    const void *d = PyUnicode_DATA(str);
    if (direction > 0) {
        for (Py_ssize_t i = start; i < end; i++)
            if (PyUnicode_READ(kind, d, i) == ch)
                return i;
    }
    else {
        for (Py_ssize_t i = end - 1; i >= start; i--)
            if (PyUnicode_READ(kind, d, i) == ch)
                return i;
    }
    return -1;
}

Py_ssize_t PyUnicode_Count(PyObject *str, PyObject *sub, Py_ssize_t start, Py_ssize_t end)
{
    if (!PyUnicode_Check(str) || !PyUnicode_Check(sub)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return count_in(str, sub, start, end, PY_SSIZE_T_MAX);
}

static int tailmatch(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int direction)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s), slen = PyUnicode_GET_LENGTH(sub);
    adjust_indices(&start, &end, len);
    end -= slen;
    if (end < start || start > len)
        return 0;
    if (slen == 0)
        return 1;
    Py_ssize_t off = direction > 0 ? end : start;
    int k1 = PyUnicode_KIND(s), k2 = PyUnicode_KIND(sub);
    const void *d1 = PyUnicode_DATA(s), *d2 = PyUnicode_DATA(sub);
    if (k1 == k2)
        return memcmp((const char *)d1 + off * k1, d2, (size_t)slen * k1) == 0;
    for (Py_ssize_t i = 0; i < slen; i++)
        if (PyUnicode_READ(k1, d1, off + i) != PyUnicode_READ(k2, d2, i))
            return 0;
    return 1;
}

Py_ssize_t PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end,
                               int direction)
{
    if (!PyUnicode_Check(str) || !PyUnicode_Check(substr)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return tailmatch(str, substr, start, end, direction);
}

/* ====================== find family ====================== */

static int parse_find_args(const char *name, PyObject *const *args, Py_ssize_t nargs,
                           PyObject **sub, Py_ssize_t *start, Py_ssize_t *end)
{
    if (nargs < 1) {
        PyErr_Format(PyExc_TypeError, "%s() takes at least 1 argument (%zd given)", name, nargs);
        return -1;
    }
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most 3 arguments (%zd given)", name, nargs);
        return -1;
    }
    *sub = args[0];
    *start = 0;
    *end = PY_SSIZE_T_MAX;
    if (nargs > 1 && slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

static int need_str(PyObject *o)
{
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "must be str, not %.100s", Py_TYPE(o)->tp_name);
        return -1;
    }
    return 0;
}

static PyObject *find_common(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                             const char *name, int reverse, int raise)
{
    PyObject *sub;
    Py_ssize_t start, end;
    if (parse_find_args(name, args, nargs, &sub, &start, &end) < 0 || need_str(sub) < 0)
        return NULL;
    Py_ssize_t r = find_in(self, sub, start, end, reverse);
    if (r == -2)
        return NULL;
    if (r == -1 && raise) {
        PyErr_SetString(PyExc_ValueError, "substring not found");
        return NULL;
    }
    return PyLong_FromSsize_t(r);
}

static PyObject *str_find(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common(self, args, nargs, "find", 0, 0);
}
static PyObject *str_rfind(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common(self, args, nargs, "rfind", 1, 0);
}
static PyObject *str_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common(self, args, nargs, "index", 0, 1);
}
static PyObject *str_rindex(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return find_common(self, args, nargs, "rindex", 1, 1);
}

static PyObject *str_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *sub;
    Py_ssize_t start, end;
    if (parse_find_args("count", args, nargs, &sub, &start, &end) < 0 || need_str(sub) < 0)
        return NULL;
    Py_ssize_t r = count_in(self, sub, start, end, PY_SSIZE_T_MAX);
    if (r < 0)
        return NULL;
    return PyLong_FromSsize_t(r);
}

static PyObject *startsend(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                           const char *name, int direction)
{
    PyObject *sub;
    Py_ssize_t start, end;
    if (parse_find_args(name, args, nargs, &sub, &start, &end) < 0)
        return NULL;
    if (PyTuple_Check(sub)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(sub); i++) {
            PyObject *x = PyTuple_GET_ITEM(sub, i);
            if (!PyUnicode_Check(x)) {
                PyErr_Format(PyExc_TypeError, "tuple for %s must only contain str, not %.100s",
                             name, Py_TYPE(x)->tp_name);
                return NULL;
            }
            if (tailmatch(self, x, start, end, direction))
                Py_RETURN_TRUE;
        }
        Py_RETURN_FALSE;
    }
    if (!PyUnicode_Check(sub)) {
        PyErr_Format(PyExc_TypeError, "%s first arg must be str or a tuple of str, not %.100s",
                     name, Py_TYPE(sub)->tp_name);
        return NULL;
    }
    return PyBool_FromLong(tailmatch(self, sub, start, end, direction));
}

static PyObject *str_startswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startsend(self, args, nargs, "startswith", -1);
}
static PyObject *str_endswith(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return startsend(self, args, nargs, "endswith", 1);
}

/* ====================== case mapping ====================== */

/* the preceding/following cased letter test of the Final_Sigma rule */
static int final_sigma(PyObject *s, Py_ssize_t i)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    Py_ssize_t j = i - 1;
    while (j >= 0 && _KrUnicode_IsCaseIgnorable(PyUnicode_READ_CHAR(s, j)))
        j--;
    if (j < 0 || !_KrUnicode_IsCased(PyUnicode_READ_CHAR(s, j)))
        return 0;
    j = i + 1;
    while (j < n && _KrUnicode_IsCaseIgnorable(PyUnicode_READ_CHAR(s, j)))
        j++;
    return j == n || !_KrUnicode_IsCased(PyUnicode_READ_CHAR(s, j));
}

enum { CM_LOWER, CM_UPPER, CM_SWAP, CM_FOLD, CM_CAPITALIZE, CM_TITLE };

static PyObject *case_map(PyObject *self, int mode)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    if (PyUnicode_IS_ASCII(self)) {
        PyObject *r = PyUnicode_New(n, 127);
        if (r == NULL)
            return NULL;
        const Py_UCS1 *src = PyUnicode_1BYTE_DATA(self);
        Py_UCS1 *dst = PyUnicode_1BYTE_DATA(r);
        if (mode == CM_UPPER || mode == CM_LOWER || mode == CM_FOLD) {
            /* Flip bit 0x20 of the letters [lo, lo+25], eight bytes at a
             * time: with every byte below 0x80, adding 0x80-lo sets a
             * byte's top bit when it is >= lo, adding 0x80-(lo+26) when it
             * is past the range, and no carry crosses into the next byte. */
            Py_UCS1 lo = mode == CM_UPPER ? 'a' : 'A';
            const uint64_t ones = 0x0101010101010101u;
            uint64_t from = ones * (uint64_t)(0x80 - lo), past = ones * (uint64_t)(0x80 - lo - 26);
            Py_ssize_t i = 0;
            for (; i + 8 <= n; i += 8) {
                uint64_t x;
                memcpy(&x, src + i, 8);
                uint64_t in = (x + from) & ~(x + past) & (ones * 0x80);
                x ^= in >> 2;
                memcpy(dst + i, &x, 8);
            }
            for (; i < n; i++) {
                Py_UCS1 c = src[i];
                dst[i] = (Py_UCS1)(c ^ ((unsigned)(c - lo) < 26u ? 0x20 : 0));
            }
            return r;
        }
        int prev_cased = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS1 c = src[i];
            int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            switch (mode) {
            case CM_LOWER: case CM_FOLD: if (up) c += 32; break;
            case CM_UPPER: if (low) c -= 32; break;
            case CM_SWAP: if (up) c += 32; else if (low) c -= 32; break;
            case CM_CAPITALIZE:
                if (i == 0) { if (low) c -= 32; }
                else if (up) c += 32;
                break;
            case CM_TITLE:
                if (prev_cased) { if (up) c += 32; }
                else if (low) c -= 32;
                prev_cased = up || low;
                break;
            }
            dst[i] = c;
        }
        return r;
    }
    /* a char maps to at most 3: build UCS-4 and narrow once at the end */
    if ((size_t)n > PY_SSIZE_T_MAX / (3 * sizeof(Py_UCS4)))
        return PyErr_NoMemory();
    Py_UCS4 *res = PyMem_Malloc((size_t)(3 * n + 1) * sizeof(Py_UCS4));
    if (res == NULL)
        return PyErr_NoMemory();
    Py_ssize_t rn = 0;
    int kind = PyUnicode_KIND(self);
    const void *data = PyUnicode_DATA(self);
    int prev_cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_UCS4 buf[3];
        int k;
        int lower_it = 0;
        if (c < 128 && mode != CM_SWAP && mode < CM_CAPITALIZE) {
            int up = mode == CM_UPPER;
            res[rn++] = c + (up ? ((unsigned)(c - 'a') < 26u ? (Py_UCS4)-32 : 0)
                                : ((unsigned)(c - 'A') < 26u ? 32 : 0));
            continue;
        }
        switch (mode) {
        case CM_LOWER: lower_it = 1; break;
        case CM_UPPER: k = _KrUnicode_ToUpperFull(c, buf); goto out;
        case CM_FOLD: k = _KrUnicode_ToFoldedFull(c, buf); goto out;
        case CM_SWAP:
            if (_KrUnicode_IsUppercase(c)) lower_it = 1;
            else if (_KrUnicode_IsLowercase(c)) { k = _KrUnicode_ToUpperFull(c, buf); goto out; }
            else { buf[0] = c; k = 1; goto out; }
            break;
        case CM_CAPITALIZE:
            if (i == 0) { k = _KrUnicode_ToTitleFull(c, buf); goto out; }
            lower_it = 1;
            break;
        case CM_TITLE:
            if (prev_cased) lower_it = 1;
            else { k = _KrUnicode_ToTitleFull(c, buf); }
            prev_cased = _KrUnicode_IsCased(c);
            if (!lower_it) goto out;
            break;
        }
        if (lower_it) {
            if (c == 0x3A3 && final_sigma(self, i)) {
                buf[0] = 0x3C2;
                k = 1;
            }
            else
                k = _KrUnicode_ToLowerFull(c, buf);
        }
        else {
            buf[0] = c;
            k = 1;
        }
    out:
        for (int j = 0; j < k; j++)
            res[rn++] = buf[j];
    }
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, res, rn);
    PyMem_Free(res);
    return r;
}

static PyObject *str_lower(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, CM_LOWER); }
static PyObject *str_upper(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, CM_UPPER); }
static PyObject *str_swapcase(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, CM_SWAP); }
static PyObject *str_casefold(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, CM_FOLD); }
static PyObject *str_capitalize(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, CM_CAPITALIZE); }
static PyObject *str_title(PyObject *self, PyObject *Py_UNUSED(a)) { return case_map(self, CM_TITLE); }

/* ====================== predicates ====================== */

typedef int (*charpred)(Py_UCS4);

static int is_alnum(Py_UCS4 c)
{
    return _PyUnicode_IsAlpha(c) || _PyUnicode_IsNumeric(c);
}
static int is_space(Py_UCS4 c)
{
    return Py_UNICODE_ISSPACE(c);
}

static PyObject *all_chars(PyObject *self, charpred pred)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    if (n == 0)
        Py_RETURN_FALSE;
    int kind = PyUnicode_KIND(self);
    const void *d = PyUnicode_DATA(self);
    for (Py_ssize_t i = 0; i < n; i++)
        if (!pred(PyUnicode_READ(kind, d, i)))
            Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

static PyObject *str_isalpha(PyObject *self, PyObject *Py_UNUSED(a)) { return all_chars(self, _PyUnicode_IsAlpha); }
static PyObject *str_isalnum(PyObject *self, PyObject *Py_UNUSED(a)) { return all_chars(self, is_alnum); }
static PyObject *str_isdecimal(PyObject *self, PyObject *Py_UNUSED(a)) { return all_chars(self, _PyUnicode_IsDecimalDigit); }
static PyObject *str_isdigit(PyObject *self, PyObject *Py_UNUSED(a)) { return all_chars(self, _PyUnicode_IsDigit); }
static PyObject *str_isnumeric(PyObject *self, PyObject *Py_UNUSED(a)) { return all_chars(self, _PyUnicode_IsNumeric); }
static PyObject *str_isspace(PyObject *self, PyObject *Py_UNUSED(a)) { return all_chars(self, is_space); }

static PyObject *str_isprintable(PyObject *self, PyObject *Py_UNUSED(a))
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    for (Py_ssize_t i = 0; i < n; i++)
        if (!_PyUnicode_IsPrintable(PyUnicode_READ_CHAR(self, i)))
            Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

static PyObject *str_isascii(PyObject *self, PyObject *Py_UNUSED(a))
{
    return PyBool_FromLong(PyUnicode_IS_ASCII(self));
}

static PyObject *str_islower(PyObject *self, PyObject *Py_UNUSED(a))
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(self, i);
        if (_KrUnicode_IsUppercase(c) || _KrUnicode_IsTitlecase(c))
            Py_RETURN_FALSE;
        if (_KrUnicode_IsLowercase(c))
            cased = 1;
    }
    return PyBool_FromLong(cased);
}

static PyObject *str_isupper(PyObject *self, PyObject *Py_UNUSED(a))
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(self, i);
        if (_KrUnicode_IsLowercase(c) || _KrUnicode_IsTitlecase(c))
            Py_RETURN_FALSE;
        if (_KrUnicode_IsUppercase(c))
            cased = 1;
    }
    return PyBool_FromLong(cased);
}

static PyObject *str_istitle(PyObject *self, PyObject *Py_UNUSED(a))
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    int cased = 0, prev_cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(self, i);
        if (_KrUnicode_IsUppercase(c) || _KrUnicode_IsTitlecase(c)) {
            if (prev_cased)
                Py_RETURN_FALSE;
            prev_cased = 1;
            cased = 1;
        }
        else if (_KrUnicode_IsLowercase(c)) {
            if (!prev_cased)
                Py_RETURN_FALSE;
            prev_cased = 1;
            cased = 1;
        }
        else
            prev_cased = 0;
    }
    return PyBool_FromLong(cased);
}

int PyUnicode_IsIdentifier(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (n == 0)
        return 0;
    Py_UCS4 c = PyUnicode_READ_CHAR(s, 0);
    if (!_PyUnicode_IsXidStart(c) && c != '_')
        return 0;
    for (Py_ssize_t i = 1; i < n; i++)
        if (!_PyUnicode_IsXidContinue(PyUnicode_READ_CHAR(s, i)))
            return 0;
    return 1;
}

static PyObject *str_isidentifier(PyObject *self, PyObject *Py_UNUSED(a))
{
    return PyBool_FromLong(PyUnicode_IsIdentifier(self));
}

/* ====================== padding ====================== */

static PyObject *pad(PyObject *self, Py_ssize_t left, Py_ssize_t right, Py_UCS4 fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return PyUnicode_Substring(self, 0, PY_SSIZE_T_MAX);
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    Py_UCS4 m = PyUnicode_MAX_CHAR_VALUE(self);
    PyObject *r = PyUnicode_New(left + n + right, fill > m ? fill : m);
    if (r == NULL)
        return NULL;
    int kind = PyUnicode_KIND(r);
    void *d = PyUnicode_DATA(r);
    for (Py_ssize_t i = 0; i < left; i++)
        PyUnicode_WRITE(kind, d, i, fill);
    for (Py_ssize_t i = 0; i < right; i++)
        PyUnicode_WRITE(kind, d, left + n + i, fill);
    PyUnicode_CopyCharacters(r, left, self, 0, n);
    return _KrUnicode_Result(r);
}

static int parse_just(const char *name, PyObject *const *args, Py_ssize_t nargs,
                      Py_ssize_t *width, Py_UCS4 *fill)
{
    static const char *const kw[] = {"", "", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse(name, KR_ARGS_CLINIC, args, nargs, NULL, kw, 2, 1, a) < 0)
        return -1;
    *width = index_arg(a[0], 0);
    if (*width == -1 && PyErr_Occurred())
        return -1;
    *fill = ' ';
    if (a[1]) {
        if (!PyUnicode_Check(a[1])) {
            PyErr_Format(PyExc_TypeError, "The fill character must be a unicode character, not %.100s",
                         Py_TYPE(a[1])->tp_name);
            return -1;
        }
        if (PyUnicode_GET_LENGTH(a[1]) != 1) {
            PyErr_SetString(PyExc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = PyUnicode_READ_CHAR(a[1], 0);
    }
    return 0;
}

static PyObject *str_center(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    Py_UCS4 fill;
    if (parse_just("center", args, nargs, &width, &fill) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    if (width <= n)
        return PyUnicode_Substring(self, 0, n);
    Py_ssize_t marg = width - n;
    Py_ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static PyObject *str_ljust(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    Py_UCS4 fill;
    if (parse_just("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - PyUnicode_GET_LENGTH(self), fill);
}

static PyObject *str_rjust(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t width;
    Py_UCS4 fill;
    if (parse_just("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - PyUnicode_GET_LENGTH(self), 0, fill);
}

static PyObject *str_zfill(PyObject *self, PyObject *arg)
{
    Py_ssize_t width = index_arg(arg, 0);
    if (width == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    if (width <= n)
        return PyUnicode_Substring(self, 0, n);
    PyObject *r = pad(self, width - n, 0, '0');
    if (r == NULL)
        return NULL;
    Py_UCS4 first = n ? PyUnicode_READ_CHAR(r, width - n) : 0;
    if (first == '+' || first == '-') {
        PyUnicode_WRITE(PyUnicode_KIND(r), PyUnicode_DATA(r), 0, first);
        PyUnicode_WRITE(PyUnicode_KIND(r), PyUnicode_DATA(r), width - n, '0');
    }
    return r;
}

static PyObject *str_expandtabs(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                PyObject *kwnames)
{
    static const char *const kw[] = {"tabsize", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("expandtabs", KR_ARGS_OLD, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    Py_ssize_t tabsize = 8;
    if (a[0]) {
        tabsize = _KrArg_AsInt(a[0]);
        if (tabsize == -1 && PyErr_Occurred())
            return NULL;
    }
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    Py_ssize_t col = 0, n = PyUnicode_GET_LENGTH(self);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                Py_ssize_t k = tabsize - col % tabsize;
                if (_KrUnicodeWriter_WriteFill(&w, ' ', k) < 0)
                    goto error;
                col += k;
            }
            continue;
        }
        if (_PyUnicodeWriter_WriteChar(&w, c) < 0)
            goto error;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* ====================== strip ====================== */

static PyObject *do_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs, const char *name,
                          int left, int right)
{
    static const char *const kw[] = {"", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse(name, KR_ARGS_CLINIC, args, nargs, NULL, kw, 1, 0, a) < 0)
        return NULL;
    PyObject *chars = a[0];
    if (chars == Py_None)
        chars = NULL;
    if (chars && !PyUnicode_Check(chars)) {
        PyErr_Format(PyExc_TypeError, "%s arg must be None or str", name);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(self), i = 0, j = n;
    int kind = PyUnicode_KIND(self);
    const void *d = PyUnicode_DATA(self);
#define STRIPPABLE(c) (chars ? PyUnicode_FindChar(chars, (c), 0, PY_SSIZE_T_MAX, 1) >= 0 \
                             : Py_UNICODE_ISSPACE(c))
    if (left)
        while (i < j && STRIPPABLE(PyUnicode_READ(kind, d, i)))
            i++;
    if (right)
        while (j > i && STRIPPABLE(PyUnicode_READ(kind, d, j - 1)))
            j--;
#undef STRIPPABLE
    return PyUnicode_Substring(self, i, j);
}

static PyObject *str_strip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return do_strip(self, args, nargs, "strip", 1, 1);
}
static PyObject *str_lstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return do_strip(self, args, nargs, "lstrip", 1, 0);
}
static PyObject *str_rstrip(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return do_strip(self, args, nargs, "rstrip", 0, 1);
}

static PyObject *str_removeprefix(PyObject *self, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "removeprefix() argument must be str, not %.100s",
                     arg_type_name(arg));
        return NULL;
    }
    if (tailmatch(self, arg, 0, PY_SSIZE_T_MAX, -1))
        return PyUnicode_Substring(self, PyUnicode_GET_LENGTH(arg), PY_SSIZE_T_MAX);
    return PyUnicode_Substring(self, 0, PY_SSIZE_T_MAX);
}

static PyObject *str_removesuffix(PyObject *self, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "removesuffix() argument must be str, not %.100s",
                     arg_type_name(arg));
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(arg) && tailmatch(self, arg, 0, PY_SSIZE_T_MAX, 1))
        return PyUnicode_Substring(self, 0, PyUnicode_GET_LENGTH(self) - PyUnicode_GET_LENGTH(arg));
    return PyUnicode_Substring(self, 0, PY_SSIZE_T_MAX);
}

/* ====================== split / join / partition ====================== */

static int append_sub(PyObject *list, PyObject *s, Py_ssize_t i, Py_ssize_t j)
{
    PyObject *sub = PyUnicode_Substring(s, i, j);
    if (sub == NULL)
        return -1;
    int r = PyList_Append(list, sub);
    Py_DECREF(sub);
    return r;
}

static PyObject *split_impl(PyObject *s, PyObject *sep, Py_ssize_t maxsplit, int reverse)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (maxsplit < 0)
        maxsplit = PY_SSIZE_T_MAX;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    if (sep == NULL) {
        if (!reverse && kind == 1) {
            /* the word-splitting workhorse: latin-1 data, table lookups */
            const Py_UCS1 *b = d;
            Py_ssize_t i = 0;
#define KR_SP1(c) ((c) < 128 ? _Py_ascii_whitespace[(c)] : ((c) == 0x85 || (c) == 0xa0))
            while (maxsplit-- > 0) {
                while (i < n && KR_SP1(b[i]))
                    i++;
                if (i == n)
                    break;
                Py_ssize_t j = i;
                while (j < n && !KR_SP1(b[j]))
                    j++;
                if (i == 0 && j == n && PyUnicode_CheckExact(s)) {
                    if (PyList_Append(list, s) < 0)
                        goto error;
                    return list;
                }
                if (append_sub(list, s, i, j) < 0)
                    goto error;
                i = j;
            }
            while (i < n && KR_SP1(b[i]))
                i++;
#undef KR_SP1
            if (i < n && append_sub(list, s, i, n) < 0)
                goto error;
        }
        else if (!reverse) {
            Py_ssize_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, i)))
                    i++;
                if (i == n)
                    break;
                Py_ssize_t j = i;
                while (j < n && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, j)))
                    j++;
                if (append_sub(list, s, i, j) < 0)
                    goto error;
                i = j;
            }
            while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, i)))
                i++;
            if (i < n && append_sub(list, s, i, n) < 0)
                goto error;
        }
        else {
            Py_ssize_t j = n;
            while (maxsplit-- > 0) {
                while (j > 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, j - 1)))
                    j--;
                if (j == 0)
                    break;
                Py_ssize_t i = j;
                while (i > 0 && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, i - 1)))
                    i--;
                if (append_sub(list, s, i, j) < 0)
                    goto error;
                j = i;
            }
            while (j > 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, j - 1)))
                j--;
            if (j > 0 && append_sub(list, s, 0, j) < 0)
                goto error;
            if (PyList_Reverse(list) < 0)
                goto error;
        }
        return list;
    }
    Py_ssize_t seplen = PyUnicode_GET_LENGTH(sep);
    if (seplen == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        goto error;
    }
    if (!reverse && PyUnicode_KIND(sep) == kind) {
        /* same width: search the raw buffers directly */
        const char *sd = PyUnicode_DATA(sep);
        Py_ssize_t i = 0;
        while (maxsplit-- > 0) {
            Py_ssize_t p = raw_find(kind, (const char *)d + i * kind, n - i, sd, seplen, 0);
            if (p < 0)
                break;
            p += i;
            if (append_sub(list, s, i, p) < 0)
                goto error;
            i = p + seplen;
        }
        if (i == 0 && PyUnicode_CheckExact(s)) {
            if (PyList_Append(list, s) < 0)
                goto error;
        }
        else if (append_sub(list, s, i, n) < 0)
            goto error;
    }
    else if (!reverse) {
        Py_ssize_t i = 0;
        while (maxsplit-- > 0) {
            Py_ssize_t p = find_in(s, sep, i, n, 0);
            if (p == -2)
                goto error;
            if (p < 0)
                break;
            if (append_sub(list, s, i, p) < 0)
                goto error;
            i = p + seplen;
        }
        if (append_sub(list, s, i, n) < 0)
            goto error;
    }
    else {
        Py_ssize_t j = n;
        while (maxsplit-- > 0) {
            Py_ssize_t p = find_in(s, sep, 0, j, 1);
            if (p == -2)
                goto error;
            if (p < 0)
                break;
            if (append_sub(list, s, p + seplen, j) < 0)
                goto error;
            j = p;
        }
        if (append_sub(list, s, 0, j) < 0)
            goto error;
        if (PyList_Reverse(list) < 0)
            goto error;
    }
    return list;
error:
    Py_DECREF(list);
    return NULL;
}

PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit)
{
    return split_impl(s, sep == Py_None ? NULL : sep, maxsplit, 0);
}

PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit)
{
    return split_impl(s, sep == Py_None ? NULL : sep, maxsplit, 1);
}

static PyObject *split_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames, const char *name, int reverse)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse(name, KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    /* maxsplit is converted by the argument parser, before sep is checked */
    Py_ssize_t maxsplit = index_arg(a[1], -1);
    if (maxsplit == -1 && PyErr_Occurred())
        return NULL;
    PyObject *sep = a[0] == Py_None ? NULL : a[0];
    if (sep && !PyUnicode_Check(sep)) {
        PyErr_Format(PyExc_TypeError, "must be str or None, not %.100s", Py_TYPE(sep)->tp_name);
        return NULL;
    }
    return split_impl(self, sep, maxsplit, reverse);
}

static PyObject *str_split(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_method(self, args, nargs, kwnames, "split", 0);
}
static PyObject *str_rsplit(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return split_method(self, args, nargs, kwnames, "rsplit", 1);
}

PyObject *PyUnicode_Splitlines(PyObject *s, int keepends)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), i = 0;
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    while (i < n) {
        Py_ssize_t j = i;
        while (j < n && !_PyUnicode_IsLinebreak(PyUnicode_READ(kind, d, j)))
            j++;
        Py_ssize_t eol = j;
        if (j < n) {
            if (PyUnicode_READ(kind, d, j) == '\r' && j + 1 < n && PyUnicode_READ(kind, d, j + 1) == '\n')
                j += 2;
            else
                j++;
            if (keepends)
                eol = j;
        }
        if (append_sub(list, s, i, eol) < 0) {
            Py_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static PyObject *str_splitlines(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                PyObject *kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("splitlines", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    int keep = 0;
    if (a[0]) {
        int v = _KrArg_AsInt(a[0]);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        keep = v != 0;
    }
    return PyUnicode_Splitlines(self, keep);
}

PyObject *_PyUnicode_JoinArray(PyObject *sep, PyObject *const *items, Py_ssize_t n)
{
    if (n == 0)
        return PyUnicode_New(0, 0);
    Py_ssize_t seplen = sep ? PyUnicode_GET_LENGTH(sep) : 0;
    if (n == 1 && PyUnicode_CheckExact(items[0]))
        return Py_NewRef(items[0]);
    Py_ssize_t total = 0;
    /* every str is stored in its tightest kind, so the largest
     * MAX_CHAR_VALUE among the pieces gives the result's exact kind and
     * ASCII-ness: no narrowing pass over the result is needed. */
    Py_UCS4 m = sep && seplen && n > 1 ? PyUnicode_MAX_CHAR_VALUE(sep) : 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *it = items[i];
        if (!PyUnicode_Check(it)) {
            PyErr_Format(PyExc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                         i, Py_TYPE(it)->tp_name);
            return NULL;
        }
        Py_ssize_t l = PyUnicode_GET_LENGTH(it);
        if (total > PY_SSIZE_T_MAX - l - seplen) {
            PyErr_SetString(PyExc_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
        total += l + (i ? seplen : 0);
        Py_UCS4 im = PyUnicode_MAX_CHAR_VALUE(it);
        if (im > m)
            m = im;
    }
    PyObject *r = PyUnicode_New(total, m);
    if (r == NULL)
        return NULL;
    if (total == 0)
        return _KrUnicode_Result(r);
    int rkind = PyUnicode_KIND(r);
    char *rdata = PyUnicode_DATA(r);
    Py_ssize_t pos = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i && seplen) {
            if ((int)PyUnicode_KIND(sep) == rkind) {
                if (seplen == 1 && rkind == 1)
                    rdata[pos] = (char)PyUnicode_1BYTE_DATA(sep)[0];
                else
                    memcpy(rdata + pos * rkind, PyUnicode_DATA(sep), (size_t)(seplen * rkind));
            }
            else
                PyUnicode_CopyCharacters(r, pos, sep, 0, seplen);
            pos += seplen;
        }
        PyObject *it = items[i];
        Py_ssize_t l = PyUnicode_GET_LENGTH(it);
        if ((int)PyUnicode_KIND(it) == rkind)
            memcpy(rdata + pos * rkind, PyUnicode_DATA(it), (size_t)(l * rkind));
        else
            PyUnicode_CopyCharacters(r, pos, it, 0, l);
        pos += l;
    }
    /* a one-character result becomes the shared single-character str */
    return total == 1 ? _KrUnicode_Result(r) : r;
}

PyObject *PyUnicode_Join(PyObject *sep, PyObject *seq)
{
    PyObject *fast = PySequence_Fast(seq, "can only join an iterable");
    if (fast == NULL)
        return NULL;
    PyObject *r = _PyUnicode_JoinArray(sep, PySequence_Fast_ITEMS(fast), PySequence_Fast_GET_SIZE(fast));
    Py_DECREF(fast);
    return r;
}

static PyObject *str_join(PyObject *self, PyObject *seq)
{
    return PyUnicode_Join(self, seq);
}

static PyObject *partition_impl(PyObject *s, PyObject *sep, int reverse)
{
    if (!PyUnicode_Check(sep)) {
        PyErr_Format(PyExc_TypeError, "must be str, not %.100s", Py_TYPE(sep)->tp_name);
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(sep) == 0) {
        PyErr_SetString(PyExc_ValueError, "empty separator");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    Py_ssize_t p = find_in(s, sep, 0, n, reverse);
    if (p == -2)
        return NULL;
    PyObject *a, *b, *c;
    if (p < 0) {
        /* the string itself (even of a subclass), as CPython */
        PyObject *whole = Py_NewRef(s), *e1 = PyUnicode_New(0, 0), *e2 = PyUnicode_New(0, 0);
        if (!whole || !e1 || !e2) {
            Py_XDECREF(whole); Py_XDECREF(e1); Py_XDECREF(e2);
            return NULL;
        }
        PyObject *t = reverse ? PyTuple_Pack(3, e1, e2, whole) : PyTuple_Pack(3, whole, e1, e2);
        Py_DECREF(whole); Py_DECREF(e1); Py_DECREF(e2);
        return t;
    }
    a = PyUnicode_Substring(s, 0, p);
    b = Py_NewRef(sep);
    c = PyUnicode_Substring(s, p + PyUnicode_GET_LENGTH(sep), n);
    PyObject *t = (a && b && c) ? PyTuple_Pack(3, a, b, c) : NULL;
    Py_XDECREF(a); Py_XDECREF(b); Py_XDECREF(c);
    return t;
}

PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep)
{
    return partition_impl(s, sep, 0);
}
static PyObject *str_partition(PyObject *self, PyObject *sep) { return partition_impl(self, sep, 0); }
static PyObject *str_rpartition(PyObject *self, PyObject *sep) { return partition_impl(self, sep, 1); }

/* ====================== replace ====================== */

/* Replace the first cnt occurrences of code point a by b in a buffer of
 * one width, and say how many there were: the commonest replace() of all
 * (one character by another). */
static Py_ssize_t replace_char(int kind, void *buf, Py_ssize_t n, Py_UCS4 a, Py_UCS4 b,
                               Py_ssize_t cnt)
{
    Py_ssize_t left = cnt;
#define KR_REPLACE_CHAR(T)                          \
    {                                               \
        T *q = buf;                                 \
        for (Py_ssize_t j = 0; j < n; j++)          \
            if (q[j] == (T)a) {                     \
                q[j] = (T)b;                        \
                if (--left == 0)                    \
                    break;                          \
            }                                       \
    }
    if (kind == PyUnicode_1BYTE_KIND)
        KR_REPLACE_CHAR(Py_UCS1)
    else if (kind == PyUnicode_2BYTE_KIND)
        KR_REPLACE_CHAR(Py_UCS2)
    else
        KR_REPLACE_CHAR(Py_UCS4)
#undef KR_REPLACE_CHAR
    return cnt - left;
}

/* r is already tightest when the chars that set its width survive: s's
 * widest ones (old is narrower, so none was removed) or new's; otherwise
 * it is narrowed. */
static PyObject *replace_result(PyObject *s, PyObject *old, PyObject *new_, PyObject *r)
{
    if (PyUnicode_CheckExact(s) && PyUnicode_CheckExact(new_) && PyUnicode_CheckExact(old) &&
        (PyUnicode_MAX_CHAR_VALUE(old) < PyUnicode_MAX_CHAR_VALUE(s) ||
         (PyUnicode_GET_LENGTH(new_) > 0 &&
          PyUnicode_MAX_CHAR_VALUE(new_) >= PyUnicode_MAX_CHAR_VALUE(s))))
        return r;
    return _KrUnicode_Result(r);
}

/* The result is sized from the count and built in place (with plain byte
 * copies when it has the width of s); it is narrowed afterwards when
 * replacing removed its widest chars. */
PyObject *PyUnicode_Replace(PyObject *s, PyObject *old, PyObject *new_, Py_ssize_t maxcount)
{
    if (maxcount < 0)
        maxcount = PY_SSIZE_T_MAX;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), oldlen = PyUnicode_GET_LENGTH(old),
               newlen = PyUnicode_GET_LENGTH(new_);
    if (oldlen == 1 && newlen == 1 && PyUnicode_KIND(new_) <= PyUnicode_KIND(s) &&
        PyUnicode_KIND(old) <= PyUnicode_KIND(s) && n > 0 && maxcount > 0) {
        /* one character by another: copy, then replace in one pass */
        int kind = PyUnicode_KIND(s);
        PyObject *r = PyUnicode_New(n, Py_MAX(PyUnicode_MAX_CHAR_VALUE(s),
                                              PyUnicode_MAX_CHAR_VALUE(new_)));
        if (r == NULL)
            return NULL;
        memcpy(PyUnicode_DATA(r), PyUnicode_DATA(s), (size_t)n * kind);
        if (replace_char(kind, PyUnicode_DATA(r), n, PyUnicode_READ_CHAR(old, 0),
                         PyUnicode_READ_CHAR(new_, 0), maxcount) == 0) {
            Py_DECREF(r);
            return PyUnicode_Substring(s, 0, n);
        }
        return replace_result(s, old, new_, r);
    }
    Py_ssize_t cnt = count_in(s, old, 0, n, maxcount);
    if (cnt < 0)
        return NULL;
    if (cnt == 0)
        return PyUnicode_Substring(s, 0, n);
    if (newlen > oldlen && cnt > (PY_SSIZE_T_MAX - n) / (newlen - oldlen)) {
        PyErr_SetString(PyExc_OverflowError, "replace string is too long");
        return NULL;
    }
    Py_ssize_t rlen = n + cnt * (newlen - oldlen);
    Py_UCS4 maxchar = Py_MAX(PyUnicode_MAX_CHAR_VALUE(s), PyUnicode_MAX_CHAR_VALUE(new_));
    PyObject *r = PyUnicode_New(rlen, maxchar);
    if (r == NULL)
        return NULL;
    Py_ssize_t i = 0, o = 0;
    if (oldlen == 0) {
        /* `new` before every character (up to the count) and at the end */
        for (Py_ssize_t k = 0; k < cnt; k++) {
            _PyUnicode_FastCopyCharacters(r, o, new_, 0, newlen);
            o += newlen;
            if (i < n) {
                _PyUnicode_FastCopyCharacters(r, o++, s, i++, 1);
            }
        }
    }
    else if (PyUnicode_KIND(r) == PyUnicode_KIND(s)) {
        /* one width throughout (new is no wider than s): byte copies */
        int kind = PyUnicode_KIND(s);
        const char *data = PyUnicode_DATA(s);
        char *out = PyUnicode_DATA(r);
        sview v, nv;
        if (view_at(old, kind, &v) < 0) {
            Py_DECREF(r);
            return NULL;
        }
        if (view_at(new_, kind, &nv) < 0) {
            PyMem_Free(v.owned);
            Py_DECREF(r);
            return NULL;
        }
        if (oldlen == newlen) {
            /* copy all of s, then overwrite the first cnt matches */
            memcpy(out, data, (size_t)n * kind);
            for (Py_ssize_t k = 0; k < cnt; k++) {
                Py_ssize_t p = raw_find(kind, data + i * kind, n - i, v.data, v.len, 0);
                if (p < 0)
                    break;
                memcpy(out + (i + p) * kind, nv.data, (size_t)newlen * kind);
                i += p + oldlen;
            }
            i = o = n;
        }
        else {
            for (Py_ssize_t k = 0; k < cnt; k++) {
                Py_ssize_t p = raw_find(kind, data + i * kind, n - i, v.data, v.len, 0);
                if (p < 0)
                    break;
                memcpy(out + o * kind, data + i * kind, (size_t)p * kind);
                o += p;
                memcpy(out + o * kind, nv.data, (size_t)newlen * kind);
                o += newlen;
                i += p + oldlen;
            }
        }
        PyMem_Free(v.owned);
        PyMem_Free(nv.owned);
    }
    else {
        sview v;
        int kind = PyUnicode_KIND(s);
        const char *data = PyUnicode_DATA(s);
        if (view_at(old, kind, &v) < 0) {
            Py_DECREF(r);
            return NULL;
        }
        for (Py_ssize_t k = 0; k < cnt; k++) {
            Py_ssize_t p = raw_find(kind, data + i * kind, n - i, v.data, v.len, 0);
            if (p < 0)
                break;
            _PyUnicode_FastCopyCharacters(r, o, s, i, p);
            o += p;
            _PyUnicode_FastCopyCharacters(r, o, new_, 0, newlen);
            o += newlen;
            i += p + oldlen;
        }
        PyMem_Free(v.owned);
    }
    _PyUnicode_FastCopyCharacters(r, o, s, i, n - i);
    return replace_result(s, old, new_, r);
}

static PyObject *str_replace(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", "", "", NULL};
    PyObject *a[3] = {NULL, NULL, NULL};
    if (_KrArg_Parse("replace", KR_ARGS_CLINIC, args, nargs, NULL, kw, 3, 2, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (!PyUnicode_Check(a[i])) {
            PyErr_Format(PyExc_TypeError, "replace() argument %d must be str, not %.100s", i + 1,
                         arg_type_name(a[i]));
            return NULL;
        }
    Py_ssize_t count = index_arg(a[2], -1);
    if (count == -1 && PyErr_Occurred())
        return NULL;
    return PyUnicode_Replace(self, a[0], a[1], count);
}

/* ====================== translate / maketrans ====================== */

static PyObject *str_translate(PyObject *self, PyObject *table)
{
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    Py_ssize_t n = PyUnicode_GET_LENGTH(self);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(self, i);
        PyObject *key = PyLong_FromLong((long)c);
        if (key == NULL)
            goto error;
        PyObject *v = PyObject_GetItem(table, key);
        Py_DECREF(key);
        if (v == NULL) {
            if (PyErr_ExceptionMatches(PyExc_LookupError)) {
                PyErr_Clear();
                if (_PyUnicodeWriter_WriteChar(&w, c) < 0)
                    goto error;
                continue;
            }
            goto error;
        }
        int r = 0;
        if (v == Py_None) {
        }
        else if (PyLong_Check(v)) {
            long x = PyLong_AsLong(v);
            if (x == -1 && PyErr_Occurred())
                r = -1;
            else if (x < 0 || x > 0x10ffff) {
                PyErr_SetString(PyExc_ValueError, "character mapping must be in range(0x110000)");
                r = -1;
            }
            else
                r = _PyUnicodeWriter_WriteChar(&w, (Py_UCS4)x);
        }
        else if (PyUnicode_Check(v))
            r = _PyUnicodeWriter_WriteStr(&w, v);
        else {
            PyErr_SetString(PyExc_TypeError, "character mapping must return integer, None or str");
            r = -1;
        }
        Py_DECREF(v);
        if (r < 0)
            goto error;
    }
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

static PyObject *str_maketrans(PyObject *Py_UNUSED(null), PyObject *const *args, Py_ssize_t nargs)
{
    static const char *const kw[] = {"", "", "", NULL};
    PyObject *a[3] = {NULL, NULL, NULL};
    if (_KrArg_Parse("maketrans", KR_ARGS_CLINIC, args, nargs, NULL, kw, 3, 1, a) < 0)
        return NULL;
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    if (a[1] == NULL) {
        if (!PyDict_CheckExact(a[0]) && !PyDict_Check(a[0])) {
            PyErr_SetString(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        PyObject *k, *v;
        Py_ssize_t pos = 0;
        while (PyDict_Next(a[0], &pos, &k, &v)) {
            PyObject *key;
            if (PyUnicode_Check(k)) {
                if (PyUnicode_GET_LENGTH(k) != 1) {
                    PyErr_SetString(PyExc_ValueError, "string keys in translate table must be of length 1");
                    goto error;
                }
                key = PyLong_FromLong((long)PyUnicode_READ_CHAR(k, 0));
            }
            else if (PyLong_Check(k))
                key = Py_NewRef(k);
            else {
                PyErr_SetString(PyExc_TypeError, "keys in translate table must be strings or integers");
                goto error;
            }
            if (key == NULL || PyDict_SetItem(d, key, v) < 0) {
                Py_XDECREF(key);
                goto error;
            }
            Py_DECREF(key);
        }
        return d;
    }
    for (int i = 1; i < 3; i++)
        if (a[i] && !PyUnicode_Check(a[i])) {
            PyErr_Format(PyExc_TypeError, "maketrans() argument %d must be str, not %.100s", i + 1,
                         arg_type_name(a[i]));
            goto error;
        }
    if (!PyUnicode_Check(a[0])) {
        PyErr_SetString(PyExc_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
        goto error;
    }
    if (PyUnicode_GET_LENGTH(a[0]) != PyUnicode_GET_LENGTH(a[1])) {
        PyErr_SetString(PyExc_ValueError, "the first two maketrans arguments must have equal length");
        goto error;
    }
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(a[0]); i++) {
        PyObject *k = PyLong_FromLong((long)PyUnicode_READ_CHAR(a[0], i));
        PyObject *v = PyLong_FromLong((long)PyUnicode_READ_CHAR(a[1], i));
        int r = (k && v) ? PyDict_SetItem(d, k, v) : -1;
        Py_XDECREF(k);
        Py_XDECREF(v);
        if (r < 0)
            goto error;
    }
    if (a[2]) {
        for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(a[2]); i++) {
            PyObject *k = PyLong_FromLong((long)PyUnicode_READ_CHAR(a[2], i));
            int r = k ? PyDict_SetItem(d, k, Py_None) : -1;
            Py_XDECREF(k);
            if (r < 0)
                goto error;
        }
    }
    return d;
error:
    Py_DECREF(d);
    return NULL;
}

/* ====================== encode, format, misc ====================== */

static PyObject *str_encode(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("encode", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    const char *enc = "utf-8", *err = "strict";
    for (int i = 0; i < 2; i++) {
        if (a[i] == NULL)
            continue;
        if (!PyUnicode_Check(a[i])) {
            PyErr_Format(PyExc_TypeError, "encode() argument '%s' must be str, not %.100s", kw[i],
                         arg_type_name(a[i]));
            return NULL;
        }
        const char *c = PyUnicode_AsUTF8(a[i]);
        if (c == NULL)
            return NULL;
        if (strlen(c) != (size_t)PyUnicode_GET_LENGTH(a[i]) && PyUnicode_IS_ASCII(a[i])) {
            PyErr_SetString(PyExc_ValueError, "embedded null character");
            return NULL;
        }
        if (i == 0)
            enc = c;
        else
            err = c;
    }
    return _KrUnicode_EncodeByName(self, enc, err);
}

static PyObject *str_format(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *tuple = _PyTuple_FromArray(args, nargs);
    if (tuple == NULL)
        return NULL;
    PyObject *kwargs = NULL;
    if (kwnames && PyTuple_GET_SIZE(kwnames)) {
        kwargs = _PyStack_AsDict(args + nargs, kwnames);
        if (kwargs == NULL) {
            Py_DECREF(tuple);
            return NULL;
        }
    }
    PyObject *r = _KrUnicode_FormatMethod(self, tuple, kwargs);
    Py_DECREF(tuple);
    Py_XDECREF(kwargs);
    return r;
}

static PyObject *str_format_map(PyObject *self, PyObject *mapping)
{
    return _KrUnicode_FormatMap(self, mapping);
}

static PyObject *str___format__(PyObject *self, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.100s",
                     arg_type_name(spec));
        return NULL;
    }
    return _KrFormat_Unicode(self, spec);
}

static PyObject *str_sizeof(PyObject *self, PyObject *Py_UNUSED(a))
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(self), kind = PyUnicode_KIND(self);
    size_t size;
    if (!PyUnicode_IS_COMPACT(self))
        size = sizeof(PyUnicodeObject) + (size_t)(n + 1) * kind;
    else if (PyUnicode_IS_ASCII(self))
        size = sizeof(PyASCIIObject) + (size_t)n + 1;
    else
        size = sizeof(PyCompactUnicodeObject) + (size_t)(n + 1) * kind;
    if (!PyUnicode_IS_COMPACT_ASCII(self)) {
        PyCompactUnicodeObject *c = (PyCompactUnicodeObject *)self;
        if (c->utf8 && c->utf8 != PyUnicode_DATA(self))
            size += (size_t)c->utf8_length + 1;
    }
    return PyLong_FromSize_t(size);
}

static PyObject *str_getnewargs(PyObject *self, PyObject *Py_UNUSED(a))
{
    /* always a new exact str, as CPython's: never the object itself */
    PyObject *copy = _PyUnicode_Copy(self);
    if (copy == NULL)
        return NULL;
    PyObject *t = PyTuple_Pack(1, copy);
    Py_DECREF(copy);
    return t;
}

#define FC(f) _PyCFunction_CAST(f)
PyMethodDef _KrUnicode_Methods[] = {
    {"encode", FC(str_encode), METH_FASTCALL | METH_KEYWORDS,
     "encode($self, /, encoding='utf-8', errors='strict')\n--\n\n" "Encode the string using the codec registered for encoding."},
    {"replace", FC(str_replace), METH_FASTCALL, "replace($self, old, new, count=-1, /)\n--\n\n" "Return a copy with all occurrences of substring old replaced by new."},
    {"split", FC(str_split), METH_FASTCALL | METH_KEYWORDS, "split($self, /, sep=None, maxsplit=-1)\n--\n\n" "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", FC(str_rsplit), METH_FASTCALL | METH_KEYWORDS, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n" "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", FC(str_join), METH_O, "join($self, iterable, /)\n--\n\n" "Concatenate any number of strings."},
    {"capitalize", FC(str_capitalize), METH_NOARGS, "capitalize($self, /)\n--\n\n" "Return a capitalized version of the string."},
    {"casefold", FC(str_casefold), METH_NOARGS, "casefold($self, /)\n--\n\n" "Return a version of the string suitable for caseless comparisons."},
    {"title", FC(str_title), METH_NOARGS, "title($self, /)\n--\n\n" "Return a version of the string where each word is titlecased."},
    {"center", FC(str_center), METH_FASTCALL, "center($self, width, fillchar=' ', /)\n--\n\n" "Return a centered string of length width."},
    {"count", FC(str_count), METH_FASTCALL, "S.count(sub[, start[, end]]) -> int"},
    {"expandtabs", FC(str_expandtabs), METH_FASTCALL | METH_KEYWORDS, "expandtabs($self, /, tabsize=8)\n--\n\n" "Return a copy where all tab characters are expanded using spaces."},
    {"find", FC(str_find), METH_FASTCALL, "S.find(sub[, start[, end]]) -> int"},
    {"partition", FC(str_partition), METH_O, "partition($self, sep, /)\n--\n\n" "Partition the string into three parts using the given separator."},
    {"index", FC(str_index), METH_FASTCALL, "S.index(sub[, start[, end]]) -> int"},
    {"ljust", FC(str_ljust), METH_FASTCALL, "ljust($self, width, fillchar=' ', /)\n--\n\n" "Return a left-justified string of length width."},
    {"lower", FC(str_lower), METH_NOARGS, "lower($self, /)\n--\n\n" "Return a copy of the string converted to lowercase."},
    {"lstrip", FC(str_lstrip), METH_FASTCALL, "lstrip($self, chars=None, /)\n--\n\n" "Return a copy of the string with leading whitespace removed."},
    {"rfind", FC(str_rfind), METH_FASTCALL, "S.rfind(sub[, start[, end]]) -> int"},
    {"rindex", FC(str_rindex), METH_FASTCALL, "S.rindex(sub[, start[, end]]) -> int"},
    {"rjust", FC(str_rjust), METH_FASTCALL, "rjust($self, width, fillchar=' ', /)\n--\n\n" "Return a right-justified string of length width."},
    {"rstrip", FC(str_rstrip), METH_FASTCALL, "rstrip($self, chars=None, /)\n--\n\n" "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", FC(str_rpartition), METH_O, "rpartition($self, sep, /)\n--\n\n" "Partition the string into three parts using the given separator."},
    {"splitlines", FC(str_splitlines), METH_FASTCALL | METH_KEYWORDS, "splitlines($self, /, keepends=False)\n--\n\n" "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", FC(str_strip), METH_FASTCALL, "strip($self, chars=None, /)\n--\n\n" "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", FC(str_swapcase), METH_NOARGS, "swapcase($self, /)\n--\n\n" "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", FC(str_translate), METH_O, "translate($self, table, /)\n--\n\n" "Replace each character in the string using the given translation table."},
    {"upper", FC(str_upper), METH_NOARGS, "upper($self, /)\n--\n\n" "Return a copy of the string converted to uppercase."},
    {"startswith", FC(str_startswith), METH_FASTCALL, "S.startswith(prefix[, start[, end]]) -> bool"},
    {"endswith", FC(str_endswith), METH_FASTCALL, "S.endswith(suffix[, start[, end]]) -> bool"},
    {"removeprefix", FC(str_removeprefix), METH_O, "removeprefix($self, prefix, /)\n--\n\n" "Return a str with the given prefix string removed if present."},
    {"removesuffix", FC(str_removesuffix), METH_O, "removesuffix($self, suffix, /)\n--\n\n" "Return a str with the given suffix string removed if present."},
    {"isascii", FC(str_isascii), METH_NOARGS, "isascii($self, /)\n--\n\n" "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", FC(str_islower), METH_NOARGS, "islower($self, /)\n--\n\n" "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", FC(str_isupper), METH_NOARGS, "isupper($self, /)\n--\n\n" "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", FC(str_istitle), METH_NOARGS, "istitle($self, /)\n--\n\n" "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", FC(str_isspace), METH_NOARGS, "isspace($self, /)\n--\n\n" "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", FC(str_isdecimal), METH_NOARGS, "isdecimal($self, /)\n--\n\n" "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", FC(str_isdigit), METH_NOARGS, "isdigit($self, /)\n--\n\n" "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", FC(str_isnumeric), METH_NOARGS, "isnumeric($self, /)\n--\n\n" "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", FC(str_isalpha), METH_NOARGS, "isalpha($self, /)\n--\n\n" "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", FC(str_isalnum), METH_NOARGS, "isalnum($self, /)\n--\n\n" "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", FC(str_isidentifier), METH_NOARGS, "isidentifier($self, /)\n--\n\n" "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", FC(str_isprintable), METH_NOARGS, "isprintable($self, /)\n--\n\n" "Return True if the string is printable, False otherwise."},
    {"zfill", FC(str_zfill), METH_O, "zfill($self, width, /)\n--\n\n" "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", FC(str_format), METH_FASTCALL | METH_KEYWORDS, "S.format(*args, **kwargs) -> str"},
    {"format_map", FC(str_format_map), METH_O, "S.format_map(mapping) -> str"},
    {"__format__", FC(str___format__), METH_O, "__format__($self, format_spec, /)\n--\n\n" "Return a formatted version of the string as described by format_spec."},
    {"maketrans", FC(str_maketrans), METH_FASTCALL | METH_STATIC, "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\n" "Return a translation table usable for str.translate()."},
    {"__sizeof__", FC(str_sizeof), METH_NOARGS, "__sizeof__($self, /)\n--\n\n" "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", FC(str_getnewargs), METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};
