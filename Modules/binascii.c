/* binascii: conversions between binary data and ASCII encodings of it
 * (hex, base64, uuencode, quoted-printable) and the CRC-32 and CRC-CCITT
 * checksums.  base64, uu, quopri and email sit on top of it.
 *
 * Every encoder writes into a bytes object sized for the worst case and
 * shrinks it at the end; the decoders do the same with the decoded size
 * bound, so each conversion is one pass and at most one copy.
 *
 * The a2b_* functions take "ASCII data": any bytes-like object, or a str
 * holding only ASCII characters, as CPython's do; the b2a_* functions take
 * bytes-like objects only.  The decoders are lenient where CPython's are
 * (a2b_base64 skips characters outside the alphabet unless strict_mode
 * asks otherwise) and raise binascii.Error with CPython's messages where
 * CPython's raise. */
#include "Python.h"
#include "kr_strings.h"

static PyObject *BinasciiError;
static PyObject *BinasciiIncomplete;

/* ---- arguments ---- */

/* ASCII data for the decoders; the view's owner is released by the caller */
static int ascii_buffer(PyObject *arg, Py_buffer *view)
{
    if (PyUnicode_Check(arg)) {
        if (!PyUnicode_IS_ASCII(arg)) {
            PyErr_SetString(PyExc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        return PyBuffer_FillInfo(view, arg, PyUnicode_DATA(arg), PyUnicode_GET_LENGTH(arg), 1,
                                 PyBUF_SIMPLE);
    }
    if (PyObject_GetBuffer(arg, view, PyBUF_SIMPLE) != 0) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "argument should be bytes, buffer or ASCII string, not '%.100s'",
                     Py_TYPE(arg)->tp_name);
        return -1;
    }
    return 0;
}

static int binary_buffer(PyObject *arg, Py_buffer *view)
{
    return PyObject_GetBuffer(arg, view, PyBUF_SIMPLE);
}

/* an int flag given as a keyword or positionally (Clinic's int converter) */
static int get_flag(PyObject *o, int *out)
{
    if (o == NULL)
        return 0;
    int v = _KrArg_AsInt(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    *out = v != 0;
    return 0;
}

/* The result buffer shrunk to the bytes written. */
static PyObject *finish(PyObject *r, const char *end)
{
    if (_PyBytes_Resize(&r, end - PyBytes_AS_STRING(r)) < 0)
        return NULL;
    return r;
}

/* ---- uuencode ---- */

static PyObject *binascii_a2b_uu(PyObject *m, PyObject *arg)
{
    Py_buffer v;
    if (ascii_buffer(arg, &v) < 0)
        return NULL;
    const unsigned char *a = v.buf;
    Py_ssize_t alen = v.len;
    /* the first char gives the length; an empty line reads as NUL, as the
     * terminating NUL of CPython's buffer does */
    unsigned int first = alen > 0 ? a[0] : 0;
    Py_ssize_t blen = (first - ' ') & 077;
    if (alen > 0) {
        a++;
        alen--;
    }
    PyObject *r = PyBytes_FromStringAndSize(NULL, blen);
    if (r == NULL)
        goto error;
    unsigned char *o = (unsigned char *)PyBytes_AS_STRING(r);
    unsigned int leftchar = 0;
    int leftbits = 0;
    for (; blen > 0; alen--, a++) {
        unsigned int c = alen > 0 ? *a : 0;
        if (c == '\n' || c == '\r' || alen <= 0)
            c = 0; /* the spaces at the end of a line may have been eaten */
        else {
            /* '`' (space + 64) stands for zero in some encoders */
            if (c < ' ' || c > ' ' + 64) {
                PyErr_SetString(BinasciiError, "Illegal char");
                goto error;
            }
            c = (c - ' ') & 077;
        }
        leftchar = (leftchar << 6) | c;
        leftbits += 6;
        if (leftbits >= 8) {
            leftbits -= 8;
            *o++ = (unsigned char)(leftchar >> leftbits);
            leftchar &= (1U << leftbits) - 1;
            blen--;
        }
    }
    for (; alen > 0; alen--, a++) {
        unsigned char c = *a;
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
            PyErr_SetString(BinasciiError, "Trailing garbage");
            goto error;
        }
    }
    PyBuffer_Release(&v);
    return r;
error:
    Py_XDECREF(r);
    PyBuffer_Release(&v);
    return NULL;
}

static const char *const b2a_uu_kw[] = {"", "backtick", NULL};

static PyObject *binascii_b2a_uu(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2] = {NULL, NULL};
    int backtick = 0;
    if (_KrArg_Parse("b2a_uu", KR_ARGS_CLINIC, args, nargs, kwnames, b2a_uu_kw, 1, 1, a) < 0)
        return NULL;
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "b2a_uu() takes exactly 1 positional argument (%zd given)", nargs);
        return NULL;
    }
    Py_buffer v;
    if (binary_buffer(a[0], &v) < 0)
        return NULL;
    if (get_flag(a[1], &backtick) < 0)
        goto error;
    if (v.len > 45) {
        PyErr_SetString(BinasciiError, "At most 45 bytes at once");
        goto error;
    }
    PyObject *r = PyBytes_FromStringAndSize(NULL, 2 + (v.len + 2) / 3 * 4);
    if (r == NULL)
        goto error;
    char *o = PyBytes_AS_STRING(r);
    const unsigned char *b = v.buf;
    Py_ssize_t blen = v.len;
    *o++ = backtick && blen == 0 ? '`' : (char)(' ' + blen);
    unsigned int leftchar = 0;
    int leftbits = 0;
    for (; blen > 0 || leftbits != 0; blen--, b++) {
        leftchar = (leftchar << 8) | (blen > 0 ? *b : 0);
        leftbits += 8;
        while (leftbits >= 6) {
            unsigned int c = (leftchar >> (leftbits - 6)) & 0x3f;
            leftbits -= 6;
            *o++ = backtick && c == 0 ? '`' : (char)(c + ' ');
        }
    }
    *o++ = '\n';
    PyBuffer_Release(&v);
    return finish(r, o);
error:
    PyBuffer_Release(&v);
    return NULL;
}

/* ---- base64 ---- */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static unsigned char b64_value[256]; /* 0xff: not in the alphabet */
static unsigned char hex_value[256]; /* 0xff: not a hex digit */

static const char *const a2b_base64_kw[] = {"", "strict_mode", NULL};

static PyObject *binascii_a2b_base64(PyObject *m, PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames)
{
    PyObject *a[2] = {NULL, NULL};
    int strict = 0;
    if (_KrArg_Parse("a2b_base64", KR_ARGS_CLINIC, args, nargs, kwnames, a2b_base64_kw, 1, 1, a) < 0)
        return NULL;
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "a2b_base64() takes exactly 1 positional argument (%zd given)", nargs);
        return NULL;
    }
    Py_buffer v;
    if (ascii_buffer(a[0], &v) < 0)
        return NULL;
    PyObject *r = NULL;
    if (get_flag(a[1], &strict) < 0)
        goto error;
    const unsigned char *s = v.buf;
    Py_ssize_t n = v.len;
    r = PyBytes_FromStringAndSize(NULL, (n / 4) * 3 + 3);
    if (r == NULL)
        goto error;
    unsigned char *start = (unsigned char *)PyBytes_AS_STRING(r), *o = start;
    int quad_pos = 0, pads = 0, padding_started = 0;
    unsigned int leftchar = 0;
    const char *msg = NULL;
    if (strict && n > 0 && s[0] == '=') {
        msg = "Leading padding not allowed";
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '=') {
            padding_started = 1;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                /* a complete pad ends the data */
                if (strict && i + 1 < n) {
                    msg = "Excess data after padding";
                    goto fail;
                }
                goto done;
            }
            continue;
        }
        unsigned int d = b64_value[c];
        if (d >= 64) {
            if (strict) {
                msg = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding_started) {
            msg = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        switch (quad_pos) {
        case 0:
            quad_pos = 1;
            leftchar = d;
            break;
        case 1:
            quad_pos = 2;
            *o++ = (unsigned char)((leftchar << 2) | (d >> 4));
            leftchar = d & 0x0f;
            break;
        case 2:
            quad_pos = 3;
            *o++ = (unsigned char)((leftchar << 4) | (d >> 2));
            leftchar = d & 0x03;
            break;
        default:
            quad_pos = 0;
            *o++ = (unsigned char)((leftchar << 6) | d);
            leftchar = 0;
            break;
        }
    }
    if (quad_pos == 1) {
        PyErr_Format(BinasciiError,
                     "Invalid base64-encoded string: number of data characters (%zd) "
                     "cannot be 1 more than a multiple of 4",
                     (o - start) / 3 * 4 + 1);
        goto error;
    }
    if (quad_pos != 0) {
        msg = "Incorrect padding";
        goto fail;
    }
done:
    PyBuffer_Release(&v);
    return finish(r, (const char *)o);
fail:
    PyErr_SetString(BinasciiError, msg);
error:
    Py_XDECREF(r);
    PyBuffer_Release(&v);
    return NULL;
}

static const char *const b2a_base64_kw[] = {"", "newline", NULL};

static PyObject *binascii_b2a_base64(PyObject *m, PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames)
{
    PyObject *a[2] = {NULL, NULL};
    int newline = 1;
    if (_KrArg_Parse("b2a_base64", KR_ARGS_CLINIC, args, nargs, kwnames, b2a_base64_kw, 1, 1, a) < 0)
        return NULL;
    if (nargs > 1) {
        PyErr_Format(PyExc_TypeError, "b2a_base64() takes exactly 1 positional argument (%zd given)", nargs);
        return NULL;
    }
    Py_buffer v;
    if (binary_buffer(a[0], &v) < 0)
        return NULL;
    if (get_flag(a[1], &newline) < 0) {
        PyBuffer_Release(&v);
        return NULL;
    }
    if (v.len > (PY_SSIZE_T_MAX / 4) * 3 - 3) {
        PyBuffer_Release(&v);
        PyErr_SetString(BinasciiError, "Too much data for base64 line");
        return NULL;
    }
    Py_ssize_t outlen = (v.len + 2) / 3 * 4 + (newline ? 1 : 0);
    PyObject *r = PyBytes_FromStringAndSize(NULL, outlen);
    if (r == NULL) {
        PyBuffer_Release(&v);
        return NULL;
    }
    char *o = PyBytes_AS_STRING(r);
    const unsigned char *b = v.buf;
    Py_ssize_t n = v.len, i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned int x = ((unsigned int)b[i] << 16) | ((unsigned int)b[i + 1] << 8) | b[i + 2];
        *o++ = b64_alphabet[x >> 18];
        *o++ = b64_alphabet[(x >> 12) & 0x3f];
        *o++ = b64_alphabet[(x >> 6) & 0x3f];
        *o++ = b64_alphabet[x & 0x3f];
    }
    if (n - i == 1) {
        unsigned int x = (unsigned int)b[i] << 16;
        *o++ = b64_alphabet[x >> 18];
        *o++ = b64_alphabet[(x >> 12) & 0x3f];
        *o++ = '=';
        *o++ = '=';
    }
    else if (n - i == 2) {
        unsigned int x = ((unsigned int)b[i] << 16) | ((unsigned int)b[i + 1] << 8);
        *o++ = b64_alphabet[x >> 18];
        *o++ = b64_alphabet[(x >> 12) & 0x3f];
        *o++ = b64_alphabet[(x >> 6) & 0x3f];
        *o++ = '=';
    }
    if (newline)
        *o++ = '\n';
    PyBuffer_Release(&v);
    return r;
}

/* ---- checksums ---- */

/* crc32 reads eight bytes a step ("slicing by 8"): table k gives the CRC
 * contribution of a byte k positions before the end of the step */
static unsigned int crc32_table[8][256];
static unsigned short crc_hqx_table[256];

static void init_tables(void)
{
    for (unsigned int i = 0; i < 256; i++) {
        unsigned int c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        crc32_table[0][i] = c;
        unsigned int h = i << 8;
        for (int k = 0; k < 8; k++)
            h = h & 0x8000 ? (h << 1) ^ 0x1021 : h << 1;
        crc_hqx_table[i] = (unsigned short)h;
    }
    for (unsigned int i = 0; i < 256; i++)
        for (int k = 1; k < 8; k++)
            crc32_table[k][i] = (crc32_table[k - 1][i] >> 8) ^ crc32_table[0][crc32_table[k - 1][i] & 0xff];
    memset(hex_value, 0xff, sizeof hex_value);
    for (int i = 0; i < 10; i++)
        hex_value['0' + i] = (unsigned char)i;
    for (int i = 0; i < 6; i++) {
        hex_value['a' + i] = (unsigned char)(10 + i);
        hex_value['A' + i] = (unsigned char)(10 + i);
    }
    memset(b64_value, 0xff, sizeof b64_value);
    for (int i = 0; i < 64; i++)
        b64_value[(unsigned char)b64_alphabet[i]] = (unsigned char)i;
}

/* Clinic's unsigned_int(bitwise=True): any int, its low 32 bits */
static int get_crc(PyObject *o, unsigned int *out)
{
    PyObject *n = PyNumber_Index(o);
    if (n == NULL)
        return -1;
    unsigned long long x = PyLong_AsUnsignedLongLongMask(n);
    Py_DECREF(n);
    if (x == (unsigned long long)-1 && PyErr_Occurred())
        return -1;
    *out = (unsigned int)x;
    return 0;
}

static PyObject *binascii_crc32(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("crc32", nargs, 1, 2))
        return NULL;
    Py_buffer v;
    if (binary_buffer(args[0], &v) < 0)
        return NULL;
    unsigned int crc = 0;
    if (nargs > 1 && get_crc(args[1], &crc) < 0) {
        PyBuffer_Release(&v);
        return NULL;
    }
    const unsigned char *b = v.buf;
    Py_ssize_t n = v.len;
    crc = ~crc;
    for (; n >= 8; n -= 8, b += 8) {
        unsigned int lo = crc ^ ((unsigned int)b[0] | (unsigned int)b[1] << 8 |
                                 (unsigned int)b[2] << 16 | (unsigned int)b[3] << 24);
        unsigned int hi = (unsigned int)b[4] | (unsigned int)b[5] << 8 | (unsigned int)b[6] << 16 |
                          (unsigned int)b[7] << 24;
        crc = crc32_table[7][lo & 0xff] ^ crc32_table[6][(lo >> 8) & 0xff] ^
              crc32_table[5][(lo >> 16) & 0xff] ^ crc32_table[4][lo >> 24] ^
              crc32_table[3][hi & 0xff] ^ crc32_table[2][(hi >> 8) & 0xff] ^
              crc32_table[1][(hi >> 16) & 0xff] ^ crc32_table[0][hi >> 24];
    }
    for (; n > 0; n--, b++)
        crc = crc32_table[0][(crc ^ *b) & 0xff] ^ (crc >> 8);
    PyBuffer_Release(&v);
    return PyLong_FromUnsignedLong(~crc & 0xffffffffU);
}

static PyObject *binascii_crc_hqx(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("crc_hqx", nargs, 2, 2))
        return NULL;
    Py_buffer v;
    if (binary_buffer(args[0], &v) < 0)
        return NULL;
    unsigned int crc;
    if (get_crc(args[1], &crc) < 0) {
        PyBuffer_Release(&v);
        return NULL;
    }
    crc &= 0xffff;
    const unsigned char *b = v.buf;
    for (Py_ssize_t i = 0; i < v.len; i++)
        crc = ((crc << 8) & 0xff00) ^ crc_hqx_table[(crc >> 8) ^ b[i]];
    PyBuffer_Release(&v);
    return PyLong_FromUnsignedLong(crc);
}

/* ---- hex ---- */

static const char *const hex_kw[] = {"data", "sep", "bytes_per_sep", NULL};

static PyObject *hexlify(const char *fname, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[3] = {NULL, NULL, NULL};
    if (_KrArg_Parse(fname, KR_ARGS_CLINIC, args, nargs, kwnames, hex_kw, 0, 1, a) < 0)
        return NULL;
    Py_buffer v;
    if (binary_buffer(a[0], &v) < 0)
        return NULL;
    PyObject *r;
    if (a[1] == NULL && a[2] == NULL) {
        static const char digits[] = "0123456789abcdef";
        const unsigned char *b = v.buf;
        if (v.len > PY_SSIZE_T_MAX / 2) {
            PyBuffer_Release(&v);
            return PyErr_NoMemory();
        }
        r = PyBytes_FromStringAndSize(NULL, v.len * 2);
        if (r != NULL) {
            char *o = PyBytes_AS_STRING(r);
            for (Py_ssize_t i = 0; i < v.len; i++) {
                *o++ = digits[b[i] >> 4];
                *o++ = digits[b[i] & 15];
            }
        }
        PyBuffer_Release(&v);
        return r;
    }
    /* with a separator: bytes.hex() does the grouping */
    PyObject *copy = PyBytes_FromStringAndSize(v.buf, v.len);
    PyBuffer_Release(&v);
    if (copy == NULL)
        return NULL;
    PyObject *s = _KrBytes_Hex(copy, a[1], a[2]);
    Py_DECREF(copy);
    if (s == NULL)
        return NULL;
    r = PyBytes_FromStringAndSize(PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s));
    Py_DECREF(s);
    return r;
}

static PyObject *binascii_b2a_hex(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return hexlify("b2a_hex", args, nargs, kwnames);
}

static PyObject *binascii_hexlify(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return hexlify("hexlify", args, nargs, kwnames);
}

static int hexdigit(unsigned char c)
{
    return hex_value[c] == 0xff ? -1 : hex_value[c];
}

static PyObject *binascii_a2b_hex(PyObject *m, PyObject *arg)
{
    Py_buffer v;
    if (ascii_buffer(arg, &v) < 0)
        return NULL;
    PyObject *r = NULL;
    if (v.len % 2 != 0) {
        PyErr_SetString(BinasciiError, "Odd-length string");
        goto done;
    }
    r = PyBytes_FromStringAndSize(NULL, v.len / 2);
    if (r == NULL)
        goto done;
    const unsigned char *s = v.buf;
    char *o = PyBytes_AS_STRING(r);
    for (Py_ssize_t i = 0; i < v.len; i += 2) {
        unsigned int hi = hex_value[s[i]], lo = hex_value[s[i + 1]];
        if ((hi | lo) > 15) {
            PyErr_SetString(BinasciiError, "Non-hexadecimal digit found");
            Py_CLEAR(r);
            goto done;
        }
        *o++ = (char)(hi * 16 + lo);
    }
done:
    PyBuffer_Release(&v);
    return r;
}

/* ---- quoted-printable (RFC 1521) ---- */

static const char *const a2b_qp_kw[] = {"data", "header", NULL};

static PyObject *binascii_a2b_qp(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[2] = {NULL, NULL};
    int header = 0;
    if (_KrArg_Parse("a2b_qp", KR_ARGS_CLINIC, args, nargs, kwnames, a2b_qp_kw, 0, 1, a) < 0)
        return NULL;
    Py_buffer v;
    if (ascii_buffer(a[0], &v) < 0)
        return NULL;
    PyObject *r = NULL;
    if (get_flag(a[1], &header) < 0)
        goto done;
    r = PyBytes_FromStringAndSize(NULL, v.len);
    if (r == NULL)
        goto done;
    const unsigned char *s = v.buf;
    Py_ssize_t n = v.len, i = 0;
    char *o = PyBytes_AS_STRING(r);
    while (i < n) {
        if (s[i] == '=') {
            i++;
            if (i >= n)
                break;
            if (s[i] == '\n' || s[i] == '\r') {
                /* a soft line break: '=' ends the line */
                if (s[i] != '\n')
                    while (i < n && s[i] != '\n')
                        i++;
                if (i < n)
                    i++;
            }
            else if (s[i] == '=') {
                /* "==" as some broken encoders write '=' */
                *o++ = '=';
                i++;
            }
            else if (i + 1 < n && hexdigit(s[i]) >= 0 && hexdigit(s[i + 1]) >= 0) {
                *o++ = (char)(hexdigit(s[i]) * 16 + hexdigit(s[i + 1]));
                i += 2;
            }
            else
                *o++ = '=';
        }
        else if (header && s[i] == '_') {
            *o++ = ' ';
            i++;
        }
        else
            *o++ = (char)s[i++];
    }
    r = finish(r, o);
done:
    PyBuffer_Release(&v);
    return r;
}

#define MAXLINESIZE 76

static const char *const b2a_qp_kw[] = {"data", "quotetabs", "istext", "header", NULL};

static PyObject *binascii_b2a_qp(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[4] = {NULL, NULL, NULL, NULL};
    int quotetabs = 0, istext = 1, header = 0;
    if (_KrArg_Parse("b2a_qp", KR_ARGS_CLINIC, args, nargs, kwnames, b2a_qp_kw, 0, 1, a) < 0)
        return NULL;
    Py_buffer v;
    if (binary_buffer(a[0], &v) < 0)
        return NULL;
    PyObject *r = NULL;
    if (get_flag(a[1], &quotetabs) < 0 || get_flag(a[2], &istext) < 0 || get_flag(a[3], &header) < 0)
        goto done;
    const unsigned char *s = v.buf;
    Py_ssize_t n = v.len;
    /* the line ends of the output follow the input's first one */
    const unsigned char *nl = memchr(s, '\n', (size_t)n);
    int crlf = nl != NULL && nl > s && nl[-1] == '\r';
    /* worst case: every byte as =XX, plus a soft break every 25 of them */
    if (n > PY_SSIZE_T_MAX / 4 - 4) {
        PyErr_NoMemory();
        goto done;
    }
    r = PyBytes_FromStringAndSize(NULL, n * 4 + 4);
    if (r == NULL)
        goto done;
    static const char hexu[] = "0123456789ABCDEF";
    char *od = PyBytes_AS_STRING(r);
    Py_ssize_t out = 0, in = 0, linelen = 0;
    while (in < n) {
        unsigned char c = s[in];
        if (c > 126 || c == '=' || (header && c == '_') ||
            (c == '.' && linelen == 0 &&
             (in + 1 == n || s[in + 1] == '\n' || s[in + 1] == '\r' || s[in + 1] == 0)) ||
            (!istext && (c == '\r' || c == '\n')) ||
            ((c == '\t' || c == ' ') && in + 1 == n) ||
            (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))) {
            if (linelen + 3 >= MAXLINESIZE) {
                od[out++] = '=';
                if (crlf)
                    od[out++] = '\r';
                od[out++] = '\n';
                linelen = 0;
            }
            od[out++] = '=';
            od[out++] = hexu[c >> 4];
            od[out++] = hexu[c & 15];
            in++;
            linelen += 3;
        }
        else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && s[in + 1] == '\n'))) {
            linelen = 0;
            /* whitespace before a line end would be lost in transport */
            if (out && (od[out - 1] == ' ' || od[out - 1] == '\t')) {
                unsigned char w = (unsigned char)od[out - 1];
                od[out - 1] = '=';
                od[out++] = hexu[w >> 4];
                od[out++] = hexu[w & 15];
            }
            if (crlf)
                od[out++] = '\r';
            od[out++] = '\n';
            in += c == '\r' ? 2 : 1;
        }
        else {
            if (in + 1 != n && s[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                od[out++] = '=';
                if (crlf)
                    od[out++] = '\r';
                od[out++] = '\n';
                linelen = 0;
            }
            linelen++;
            od[out++] = header && c == ' ' ? '_' : (char)c;
            in++;
        }
    }
    r = finish(r, od + out);
done:
    PyBuffer_Release(&v);
    return r;
}

static PyMethodDef binascii_methods[] = {
    {"a2b_uu", binascii_a2b_uu, METH_O, "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data."},
    {"b2a_uu", (PyCFunction)(void (*)(void))binascii_b2a_uu, METH_FASTCALL | METH_KEYWORDS,
     "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data."},
    {"a2b_base64", (PyCFunction)(void (*)(void))binascii_a2b_base64, METH_FASTCALL | METH_KEYWORDS,
     "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\n"
     "Decode a line of base64 data.\n\n"
     "  strict_mode\n"
     "    When set to True, bytes that are not part of the base64 standard are not allowed.\n"
     "    The same applies to excess data after padding (= / ==)."},
    {"b2a_base64", (PyCFunction)(void (*)(void))binascii_b2a_base64, METH_FASTCALL | METH_KEYWORDS,
     "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data."},
    {"crc_hqx", (PyCFunction)(void (*)(void))binascii_crc_hqx, METH_FASTCALL,
     "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally."},
    {"crc32", (PyCFunction)(void (*)(void))binascii_crc32, METH_FASTCALL,
     "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally."},
    {"b2a_hex", (PyCFunction)(void (*)(void))binascii_b2a_hex, METH_FASTCALL | METH_KEYWORDS,
     "b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"
     "Hexadecimal representation of binary data.\n\n"
     "  sep\n"
     "    An optional single character or byte to separate hex bytes.\n"
     "  bytes_per_sep\n"
     "    How many bytes between separators.  Positive values count from the\n"
     "    right, negative values count from the left.\n\n"
     "The return value is a bytes object.  This function is also\n"
     "available as \"hexlify()\"."},
    {"hexlify", (PyCFunction)(void (*)(void))binascii_hexlify, METH_FASTCALL | METH_KEYWORDS,
     "hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"
     "Hexadecimal representation of binary data.\n\n"
     "  sep\n"
     "    An optional single character or byte to separate hex bytes.\n"
     "  bytes_per_sep\n"
     "    How many bytes between separators.  Positive values count from the\n"
     "    right, negative values count from the left.\n\n"
     "The return value is a bytes object.  This function is also\n"
     "available as \"b2a_hex()\"."},
    {"a2b_hex", binascii_a2b_hex, METH_O,
     "a2b_hex($module, hexstr, /)\n--\n\n"
     "Binary data of hexadecimal representation.\n\n"
     "hexstr must contain an even number of hex digits (upper or lower case).\n"
     "This function is also available as \"unhexlify()\"."},
    {"unhexlify", binascii_a2b_hex, METH_O,
     "unhexlify($module, hexstr, /)\n--\n\n"
     "Binary data of hexadecimal representation.\n\n"
     "hexstr must contain an even number of hex digits (upper or lower case)."},
    {"a2b_qp", (PyCFunction)(void (*)(void))binascii_a2b_qp, METH_FASTCALL | METH_KEYWORDS,
     "a2b_qp($module, /, data, header=False)\n--\n\nDecode a string of qp-encoded data."},
    {"b2a_qp", (PyCFunction)(void (*)(void))binascii_b2a_qp, METH_FASTCALL | METH_KEYWORDS,
     "b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)\n--\n\n"
     "Encode a string using quoted-printable encoding.\n\n"
     "On encoding, when istext is set, newlines are not encoded, and white\n"
     "space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\n"
     "are both encoded.  When quotetabs is set, space and tabs are encoded."},
    {NULL, NULL, 0, NULL}};

static PyModuleDef binascii_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "binascii",
    .m_doc = "Conversion between binary data and ASCII",
    .m_size = 0,
    .m_methods = binascii_methods,
};

PyObject *PyInit_binascii(void)
{
    static int ready;
    if (!ready) {
        init_tables();
        ready = 1;
    }
    if (BinasciiError == NULL &&
        (BinasciiError = PyErr_NewException("binascii.Error", PyExc_ValueError, NULL)) == NULL)
        return NULL;
    if (BinasciiIncomplete == NULL &&
        (BinasciiIncomplete = PyErr_NewException("binascii.Incomplete", NULL, NULL)) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&binascii_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Error", BinasciiError) < 0 ||
        PyModule_AddObjectRef(m, "Incomplete", BinasciiIncomplete) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
