/* _codecs: the C half of the `codecs` module.
 *
 * The registry itself (search functions, cache, error handlers) lives in
 * Python/codecs.c because str.encode and bytes.decode need it too; this
 * module is its Python face plus one pair of functions per C codec, in
 * the shape the modules of the encodings package call them: encoders take a str and
 * return (bytes, len(str)); decoders take a bytes-like object and return
 * (str, bytes consumed).  A decoder with `final` false is the incremental
 * one: it stops before a sequence cut off at the end of the data and says
 * so through the consumed count, so the caller can keep the tail for the
 * next chunk.
 *
 * The codecs are the ones str.encode/bytes.decode use
 * (Objects/unicodeobject.c); nothing here re-implements a codec. */
#include "Python.h"
#include "kr_strings.h"

/* ---- arguments ----
 * The functions of this module take positional arguments only; their
 * count is checked first so that the messages are Argument Clinic's
 * ("utf_8_decode expected at least 1 argument, got 0"). */

static int arity_ok(PyObject *args, const char *format)
{
    int min = -1, max = 0;
    const char *p = format;
    for (; *p && *p != ':'; p++) {
        if (*p == '|')
            min = max;
        else if (*p != '!')
            max++;
    }
    if (min < 0)
        min = max;
    return _PyArg_CheckPositional(p + 1, PyTuple_GET_SIZE(args), min, max);
}

#define PARSE(args, format, ...) (arity_ok((args), (format)) && PyArg_ParseTuple((args), (format), __VA_ARGS__))

/* a str argument as UTF-8 without NULs; `what` names it in the message */
static const char *str_arg(const char *fname, const char *what, PyObject *o)
{
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s() %s must be str, not %.50s", fname, what, _KrArg_TypeName(o));
        return NULL;
    }
    Py_ssize_t len;
    const char *s = PyUnicode_AsUTF8AndSize(o, &len);
    if (s != NULL && strlen(s) != (size_t)len) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

/* ---- the registry ---- */

static PyObject *codecs_register(PyObject *m, PyObject *f)
{
    if (PyCodec_Register(f) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *codecs_unregister(PyObject *m, PyObject *f)
{
    if (PyCodec_Unregister(f) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *codecs_lookup(PyObject *m, PyObject *arg)
{
    const char *encoding = str_arg("lookup", "argument", arg);
    if (encoding == NULL)
        return NULL;
    return _PyCodec_Lookup(encoding);
}

static PyObject *codecs__forget_codec(PyObject *m, PyObject *arg)
{
    const char *encoding = str_arg("_forget_codec", "argument", arg);
    if (encoding == NULL)
        return NULL;
    if (_PyCodec_Forget(encoding) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static const char *const coder_kwlist[] = {"obj", "encoding", "errors", NULL};

static PyObject *codecs_encode(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[3] = {NULL, NULL, NULL};
    const char *encoding = "utf-8", *errors = NULL;
    if (_KrArg_Parse("encode", KR_ARGS_CLINIC, args, nargs, kwnames, coder_kwlist, 0, 1, a) < 0)
        return NULL;
    if (a[1] != NULL && (encoding = str_arg("encode", "argument 'encoding'", a[1])) == NULL)
        return NULL;
    if (a[2] != NULL && (errors = str_arg("encode", "argument 'errors'", a[2])) == NULL)
        return NULL;
    return PyCodec_Encode(a[0], encoding, errors);
}

static PyObject *codecs_decode(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *a[3] = {NULL, NULL, NULL};
    const char *encoding = "utf-8", *errors = NULL;
    if (_KrArg_Parse("decode", KR_ARGS_CLINIC, args, nargs, kwnames, coder_kwlist, 0, 1, a) < 0)
        return NULL;
    if (a[1] != NULL && (encoding = str_arg("decode", "argument 'encoding'", a[1])) == NULL)
        return NULL;
    if (a[2] != NULL && (errors = str_arg("decode", "argument 'errors'", a[2])) == NULL)
        return NULL;
    return PyCodec_Decode(a[0], encoding, errors);
}

static PyObject *codecs_register_error(PyObject *m, PyObject *args)
{
    const char *name;
    PyObject *handler;
    if (!PARSE(args, "sO:register_error", &name, &handler))
        return NULL;
    if (PyCodec_RegisterError(name, handler) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *codecs_lookup_error(PyObject *m, PyObject *arg)
{
    const char *name = str_arg("lookup_error", "argument", arg);
    if (name == NULL)
        return NULL;
    return PyCodec_LookupError(name);
}

/* ---- results ---- */

static PyObject *encoded(PyObject *bytes, PyObject *str)
{
    if (bytes == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", bytes, PyUnicode_GET_LENGTH(str));
}

static PyObject *decoded(PyObject *str, Py_ssize_t consumed, Py_buffer *view)
{
    PyBuffer_Release(view);
    if (str == NULL)
        return NULL;
    return Py_BuildValue("(Nn)", str, consumed);
}

/* ---- encoders ---- */

#define ENCODER(NAME, CALL)                                                 \
    static PyObject *codecs_##NAME(PyObject *m, PyObject *args)            \
    {                                                                       \
        PyObject *str;                                                      \
        const char *errors = NULL;                                          \
        if (!PARSE(args, "U|z:" #NAME, &str, &errors))           \
            return NULL;                                                    \
        return encoded(CALL, str);                                          \
    }

ENCODER(utf_7_encode, _KrUnicode_EncodeUTF7(str, errors))
ENCODER(utf_8_encode, _KrUnicode_EncodeUTF8(str, errors))
ENCODER(utf_16_le_encode, _KrUnicode_EncodeUTF16_32(str, errors, 2, -1))
ENCODER(utf_16_be_encode, _KrUnicode_EncodeUTF16_32(str, errors, 2, 1))
ENCODER(utf_32_le_encode, _KrUnicode_EncodeUTF16_32(str, errors, 4, -1))
ENCODER(utf_32_be_encode, _KrUnicode_EncodeUTF16_32(str, errors, 4, 1))
ENCODER(unicode_escape_encode, _KrUnicode_EncodeUnicodeEscape(str, 0))
ENCODER(raw_unicode_escape_encode, _KrUnicode_EncodeUnicodeEscape(str, 1))
ENCODER(latin_1_encode, _KrUnicode_EncodeLatin1(str, errors))
ENCODER(ascii_encode, _KrUnicode_EncodeASCII(str, errors))

/* byteorder: 0 writes a BOM and native (little-endian) order */
static PyObject *utf16_32_encode(PyObject *args, const char *format, int width)
{
    PyObject *str;
    const char *errors = NULL;
    int byteorder = 0;
    if (!PARSE(args, format, &str, &errors, &byteorder))
        return NULL;
    int order = byteorder == 0 ? 0 : byteorder < 0 ? -1 : 1;
    return encoded(_KrUnicode_EncodeUTF16_32(str, errors, width, order), str);
}

static PyObject *codecs_utf_16_encode(PyObject *m, PyObject *args)
{
    return utf16_32_encode(args, "U|zi:utf_16_encode", 2);
}

static PyObject *codecs_utf_32_encode(PyObject *m, PyObject *args)
{
    return utf16_32_encode(args, "U|zi:utf_32_encode", 4);
}

static PyObject *codecs_charmap_encode(PyObject *m, PyObject *args)
{
    PyObject *str, *mapping = Py_None;
    const char *errors = NULL;
    if (!PARSE(args, "U|zO:charmap_encode", &str, &errors, &mapping))
        return NULL;
    return encoded(_KrUnicode_EncodeCharmap(str, errors, mapping), str);
}

static PyObject *codecs_charmap_build(PyObject *m, PyObject *map)
{
    if (!PyUnicode_Check(map)) {
        PyErr_Format(PyExc_TypeError, "charmap_build() argument must be str, not %.50s",
                     _KrArg_TypeName(map));
        return NULL;
    }
    return _KrUnicode_BuildEncodingMap(map);
}

/* The data argument of a decoder: a bytes-like object, or for the
 * escape codecs also a str (its UTF-8 bytes), with CPython's messages. */
static int get_data(PyObject *o, Py_buffer *v, int allow_str)
{
    if (allow_str && PyUnicode_Check(o)) {
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(o, &len);
        if (s == NULL)
            return -1;
        return PyBuffer_FillInfo(v, o, (void *)s, len, 1, PyBUF_SIMPLE);
    }
    return PyObject_GetBuffer(o, v, PyBUF_SIMPLE);
}

/* ---- decoders ---- */

static PyObject *codecs_utf_7_decode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    int final = 0;
    if (!PARSE(args, "O|zi:utf_7_decode", &data, &errors, &final))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    Py_ssize_t consumed = v.len;
    PyObject *r = _KrUnicode_DecodeUTF7(v.buf, v.len, errors, final ? NULL : &consumed);
    return decoded(r, consumed, &v);
}

static PyObject *codecs_utf_8_decode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    int final = 0;
    if (!PARSE(args, "O|zi:utf_8_decode", &data, &errors, &final))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    Py_ssize_t consumed = v.len;
    PyObject *r = PyUnicode_DecodeUTF8Stateful(v.buf, v.len, errors, final ? NULL : &consumed);
    return decoded(r, consumed, &v);
}

static PyObject *utf16_32_decode(PyObject *args, const char *format, int width, int order)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    int final = 0;
    if (!PARSE(args, format, &data, &errors, &final))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    Py_ssize_t consumed = v.len;
    PyObject *r = _KrUnicode_DecodeUTF16_32(v.buf, v.len, errors, width, &order,
                                            final ? NULL : &consumed);
    return decoded(r, consumed, &v);
}

static PyObject *codecs_utf_16_decode(PyObject *m, PyObject *a) { return utf16_32_decode(a, "O|zi:utf_16_decode", 2, 0); }
static PyObject *codecs_utf_16_le_decode(PyObject *m, PyObject *a) { return utf16_32_decode(a, "O|zi:utf_16_le_decode", 2, -1); }
static PyObject *codecs_utf_16_be_decode(PyObject *m, PyObject *a) { return utf16_32_decode(a, "O|zi:utf_16_be_decode", 2, 1); }
static PyObject *codecs_utf_32_decode(PyObject *m, PyObject *a) { return utf16_32_decode(a, "O|zi:utf_32_decode", 4, 0); }
static PyObject *codecs_utf_32_le_decode(PyObject *m, PyObject *a) { return utf16_32_decode(a, "O|zi:utf_32_le_decode", 4, -1); }
static PyObject *codecs_utf_32_be_decode(PyObject *m, PyObject *a) { return utf16_32_decode(a, "O|zi:utf_32_be_decode", 4, 1); }

/* (str, consumed, byteorder): the byte order a BOM chose, 0 if none was
 * read; a non-zero byteorder argument fixes the order and reads no BOM */
static PyObject *utf16_32_ex_decode(PyObject *args, const char *format, int width)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    int byteorder = 0, final = 0;
    if (!PARSE(args, format, &data, &errors, &byteorder, &final))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    int order = byteorder == 0 ? 0 : byteorder < 0 ? -1 : 1;
    Py_ssize_t consumed = v.len;
    PyObject *r = _KrUnicode_DecodeUTF16_32(v.buf, v.len, errors, width, &order,
                                            final ? NULL : &consumed);
    PyBuffer_Release(&v);
    if (r == NULL)
        return NULL;
    return Py_BuildValue("(Nni)", r, consumed, order);
}

static PyObject *codecs_utf_16_ex_decode(PyObject *m, PyObject *a) { return utf16_32_ex_decode(a, "O|zii:utf_16_ex_decode", 2); }
static PyObject *codecs_utf_32_ex_decode(PyObject *m, PyObject *a) { return utf16_32_ex_decode(a, "O|zii:utf_32_ex_decode", 4); }

static PyObject *escape_decoder(PyObject *args, const char *format, int raw)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    int final = 1;
    if (!PARSE(args, format, &data, &errors, &final))
        return NULL;
    if (get_data(data, &v, 1) < 0)
        return NULL;
    Py_ssize_t consumed = v.len;
    PyObject *r = _KrUnicode_DecodeUnicodeEscapeStateful(v.buf, v.len, errors,
                                                         final ? NULL : &consumed, raw);
    return decoded(r, consumed, &v);
}

static PyObject *codecs_unicode_escape_decode(PyObject *m, PyObject *a)
{
    return escape_decoder(a, "O|zi:unicode_escape_decode", 0);
}

static PyObject *codecs_raw_unicode_escape_decode(PyObject *m, PyObject *a)
{
    return escape_decoder(a, "O|zi:raw_unicode_escape_decode", 1);
}

static PyObject *codecs_latin_1_decode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    if (!PARSE(args, "O|z:latin_1_decode", &data, &errors))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    return decoded(PyUnicode_DecodeLatin1(v.buf, v.len, errors), v.len, &v);
}

static PyObject *codecs_ascii_decode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    if (!PARSE(args, "O|z:ascii_decode", &data, &errors))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    return decoded(PyUnicode_DecodeASCII(v.buf, v.len, errors), v.len, &v);
}

static PyObject *codecs_charmap_decode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    PyObject *mapping = Py_None;
    if (!PARSE(args, "O|zO:charmap_decode", &data, &errors, &mapping))
        return NULL;
    if (get_data(data, &v, 0) < 0)
        return NULL;
    return decoded(_KrUnicode_DecodeCharmap(v.buf, v.len, errors, mapping), v.len, &v);
}

/* ---- bytes to bytes ---- */

static PyObject *codecs_escape_decode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    if (!PARSE(args, "O|z:escape_decode", &data, &errors))
        return NULL;
    if (get_data(data, &v, 1) < 0)
        return NULL;
    PyObject *r = PyBytes_DecodeEscape(v.buf, v.len, errors, 0, NULL);
    return decoded(r, v.len, &v);
}

/* bytes as in repr(bytes) without the b'' around it, both quotes left as
 * they are but the single one escaped */
static PyObject *codecs_escape_encode(PyObject *m, PyObject *args)
{
    PyObject *data;
    const char *errors = NULL;
    if (!PARSE(args, "O!|z:escape_encode", &PyBytes_Type, &data, &errors))
        return NULL;
    Py_ssize_t n = PyBytes_GET_SIZE(data);
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(data);
    if (n > PY_SSIZE_T_MAX / 4) {
        PyErr_SetString(PyExc_OverflowError, "string is too large to encode");
        return NULL;
    }
    PyObject *r = PyBytes_FromStringAndSize(NULL, n * 4);
    if (r == NULL)
        return NULL;
    char *o = PyBytes_AS_STRING(r);
    static const char hex[] = "0123456789abcdef";
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '\'' || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        }
        else if (c == '\t') {
            *o++ = '\\';
            *o++ = 't';
        }
        else if (c == '\n') {
            *o++ = '\\';
            *o++ = 'n';
        }
        else if (c == '\r') {
            *o++ = '\\';
            *o++ = 'r';
        }
        else if (c < ' ' || c >= 0x7f) {
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
        else
            *o++ = (char)c;
    }
    if (_PyBytes_Resize(&r, o - PyBytes_AS_STRING(r)) < 0)
        return NULL;
    return Py_BuildValue("(Nn)", r, n);
}

static PyObject *codecs_readbuffer_encode(PyObject *m, PyObject *args)
{
    Py_buffer v;
    PyObject *data;
    const char *errors = NULL;
    if (!PARSE(args, "O|z:readbuffer_encode", &data, &errors))
        return NULL;
    if (get_data(data, &v, 1) < 0)
        return NULL;
    PyObject *r = PyBytes_FromStringAndSize(v.buf, v.len);
    return decoded(r, v.len, &v);
}

#define VA(NAME, SIG, DOC) {#NAME, (PyCFunction)codecs_##NAME, METH_VARARGS, #NAME SIG "\n--\n\n" DOC}
#define CODEC(NAME, SIG) VA(NAME, SIG, "")

static PyMethodDef codecs_methods[] = {
    {"register", codecs_register, METH_O,
     "register($module, search_function, /)\n--\n\n"
     "Register a codec search function.\n\n"
     "Search functions are expected to take one argument, the encoding name in\n"
     "all lower case letters, and either return None, or a tuple of functions\n"
     "(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object)."},
    {"unregister", codecs_unregister, METH_O,
     "unregister($module, search_function, /)\n--\n\n"
     "Unregister a codec search function and clear the registry's cache.\n\n"
     "If the search function is not registered, do nothing."},
    {"lookup", codecs_lookup, METH_O, "lookup($module, encoding, /)\n--\n\n" "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."},
    {"encode", (PyCFunction)(void (*)(void))codecs_encode, METH_FASTCALL | METH_KEYWORDS,
     "encode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\n"
     "Encodes obj using the codec registered for encoding.\n\n"
     "The default encoding is 'utf-8'.  errors may be given to set a\n"
     "different error handling scheme.  Default is 'strict' meaning that encoding\n"
     "errors raise a ValueError.  Other possible values are 'ignore', 'replace'\n"
     "and 'backslashreplace' as well as any other name registered with\n"
     "codecs.register_error that can handle ValueErrors."},
    {"decode", (PyCFunction)(void (*)(void))codecs_decode, METH_FASTCALL | METH_KEYWORDS,
     "decode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\n"
     "Decodes obj using the codec registered for encoding.\n\n"
     "Default encoding is 'utf-8'.  errors may be given to set a\n"
     "different error handling scheme.  Default is 'strict' meaning that encoding\n"
     "errors raise a ValueError.  Other possible values are 'ignore', 'replace'\n"
     "and 'backslashreplace' as well as any other name registered with\n"
     "codecs.register_error that can handle ValueErrors."},
    {"_forget_codec", codecs__forget_codec, METH_O, "_forget_codec($module, encoding, /)\n--\n\n" "Purge the named codec from the internal codec lookup cache"},
    CODEC(escape_decode, "($module, data, errors=None, /)"),
    CODEC(escape_encode, "($module, data, errors=None, /)"),
    CODEC(utf_7_decode, "($module, data, errors=None, final=False, /)"),
    CODEC(utf_8_decode, "($module, data, errors=None, final=False, /)"),
    CODEC(utf_16_decode, "($module, data, errors=None, final=False, /)"),
    CODEC(utf_16_le_decode, "($module, data, errors=None, final=False, /)"),
    CODEC(utf_16_be_decode, "($module, data, errors=None, final=False, /)"),
    /* CPython's signature breaks its line here */
    CODEC(utf_16_ex_decode, "($module, data, errors=None, byteorder=0, final=False,\n                 /)"),
    CODEC(utf_32_decode, "($module, data, errors=None, final=False, /)"),
    CODEC(utf_32_le_decode, "($module, data, errors=None, final=False, /)"),
    CODEC(utf_32_be_decode, "($module, data, errors=None, final=False, /)"),
    /* CPython's signature breaks its line here */
    CODEC(utf_32_ex_decode, "($module, data, errors=None, byteorder=0, final=False,\n                 /)"),
    CODEC(unicode_escape_decode, "($module, data, errors=None, final=True, /)"),
    CODEC(raw_unicode_escape_decode, "($module, data, errors=None, final=True, /)"),
    CODEC(latin_1_decode, "($module, data, errors=None, /)"),
    CODEC(ascii_decode, "($module, data, errors=None, /)"),
    CODEC(charmap_decode, "($module, data, errors=None, mapping=None, /)"),
    CODEC(readbuffer_encode, "($module, data, errors=None, /)"),
    CODEC(utf_7_encode, "($module, str, errors=None, /)"),
    CODEC(utf_8_encode, "($module, str, errors=None, /)"),
    CODEC(utf_16_encode, "($module, str, errors=None, byteorder=0, /)"),
    CODEC(utf_16_le_encode, "($module, str, errors=None, /)"),
    CODEC(utf_16_be_encode, "($module, str, errors=None, /)"),
    CODEC(utf_32_encode, "($module, str, errors=None, byteorder=0, /)"),
    CODEC(utf_32_le_encode, "($module, str, errors=None, /)"),
    CODEC(utf_32_be_encode, "($module, str, errors=None, /)"),
    CODEC(unicode_escape_encode, "($module, str, errors=None, /)"),
    CODEC(raw_unicode_escape_encode, "($module, str, errors=None, /)"),
    CODEC(latin_1_encode, "($module, str, errors=None, /)"),
    CODEC(ascii_encode, "($module, str, errors=None, /)"),
    CODEC(charmap_encode, "($module, str, errors=None, mapping=None, /)"),
    {"charmap_build", codecs_charmap_build, METH_O, "charmap_build($module, map, /)\n--\n\n"},
    VA(register_error, "($module, errors, handler, /)",
       "Register the specified error handler under the name errors.\n\n"
       "handler must be a callable object, that will be called with an exception\n"
       "instance containing information about the location of the encoding/decoding\n"
       "error and must return a (replacement, new position) tuple."),
    {"lookup_error", codecs_lookup_error, METH_O, "lookup_error($module, name, /)\n--\n\n"
       "lookup_error(errors) -> handler\n\n"
       "Return the error handler for the specified error handling name or raise a\n"
       "LookupError, if no handler exists under this name."},
    {NULL, NULL, 0, NULL}};

static PyModuleDef codecs_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_codecs",
    .m_size = 0,
    .m_methods = codecs_methods,
};

PyObject *PyInit__codecs(void)
{
    if (PyType_Ready(&_KrEncodingMap_Type) < 0)
        return NULL;
    return PyModule_Create(&codecs_module);
}
