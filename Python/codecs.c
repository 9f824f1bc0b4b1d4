/* The codec registry: search functions, the cache of CodecInfo objects
 * and the named error handlers.
 *
 * The codecs Krait knows in C (utf-8, latin-1, ascii, the UTF-16/32
 * family, the escape codecs, cp1252) are reached by str.encode and
 * bytes.decode without this registry, exactly as CPython's fast paths do;
 * everything else (cp437, idna, rot13, a codec a program registers) goes
 * through the search functions here, the first of which is the stdlib
 * `encodings` package's.  That package is imported the first time the
 * registry is used, not at start-up: most programs never need it.
 *
 * Names are normalised before the search functions see them and before
 * the cache is consulted, the way CPython 3.11 does (lower case, every
 * run of characters other than ASCII letters, digits and '.' one '_').
 *
 * The built-in error handlers are C functions that take the Unicode
 * error and return (replacement, resume position).  The C codecs do not
 * call them: they recognise the built-in names and apply the same rules
 * inline (Objects/unicodeobject.c), and only call through this registry
 * for a name a program registered.  The objects here are what
 * codecs.lookup_error() returns and what the pure-Python codecs
 * (charmap-based ones through the C charmap codec, idna, punycode) end
 * up calling. */
#include "Python.h"
#include "kr_strings.h"
#include "kr_ucd.h"

static PyObject *search_path;    /* list of search functions */
static PyObject *search_cache;   /* normalised name -> CodecInfo */
static PyObject *error_registry; /* name -> handler */

static int init_error_registry(void);

/* The registry is created on first use; the `encodings` package's import
 * registers its search function through PyCodec_Register, which finds the
 * list already in place. */
static int registry_init(void)
{
    if (search_path != NULL)
        return 0;
    search_path = PyList_New(0);
    search_cache = PyDict_New();
    if (search_path == NULL || search_cache == NULL || init_error_registry() < 0)
        return -1;
    PyObject *mod = PyImport_ImportModule("encodings");
    if (mod == NULL)
        return -1;
    Py_DECREF(mod);
    return 0;
}

int PyCodec_Register(PyObject *search_function)
{
    if (registry_init() < 0)
        return -1;
    if (search_function == NULL) {
        PyErr_BadArgument();
        return -1;
    }
    if (!PyCallable_Check(search_function)) {
        PyErr_SetString(PyExc_TypeError, "argument must be callable");
        return -1;
    }
    return PyList_Append(search_path, search_function);
}

int PyCodec_Unregister(PyObject *search_function)
{
    if (search_path == NULL)
        return 0;
    Py_ssize_t n = PyList_GET_SIZE(search_path);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyList_GET_ITEM(search_path, i) == search_function) {
            /* a cached codec may have come from this function */
            PyDict_Clear(search_cache);
            return PySequence_DelItem(search_path, i);
        }
    }
    return 0;
}

/* The normalised name as a str; non-ASCII bytes count as punctuation. */
static PyObject *normalized_name(const char *encoding)
{
    size_t len = strlen(encoding);
    char *buf = PyMem_Malloc(len + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    if (!_Py_normalize_encoding(encoding, buf, len + 1)) {
        PyMem_Free(buf);
        PyErr_SetString(PyExc_RuntimeError, "_Py_normalize_encoding() failed");
        return NULL;
    }
    PyObject *r = PyUnicode_FromString(buf);
    PyMem_Free(buf);
    return r;
}

PyObject *_PyCodec_Lookup(const char *encoding)
{
    if (encoding == NULL) {
        PyErr_BadArgument();
        return NULL;
    }
    if (registry_init() < 0)
        return NULL;
    PyObject *name = normalized_name(encoding);
    if (name == NULL)
        return NULL;
    PyObject *r = PyDict_GetItemWithError(search_cache, name);
    if (r != NULL) {
        Py_DECREF(name);
        return Py_NewRef(r);
    }
    if (PyErr_Occurred())
        goto error;
    /* a search function may register or unregister others: walk a copy */
    PyObject *funcs = PySequence_Tuple(search_path);
    if (funcs == NULL)
        goto error;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(funcs); i++) {
        r = PyObject_CallOneArg(PyTuple_GET_ITEM(funcs, i), name);
        if (r == NULL) {
            Py_DECREF(funcs);
            goto error;
        }
        if (r == Py_None) {
            Py_CLEAR(r);
            continue;
        }
        if (!PyTuple_Check(r) || PyTuple_GET_SIZE(r) != 4) {
            PyErr_SetString(PyExc_TypeError, "codec search functions must return 4-tuples");
            Py_DECREF(r);
            Py_DECREF(funcs);
            goto error;
        }
        break;
    }
    Py_DECREF(funcs);
    if (r == NULL) {
        PyErr_Format(PyExc_LookupError, "unknown encoding: %s", encoding);
        goto error;
    }
    if (PyDict_SetItem(search_cache, name, r) < 0) {
        Py_DECREF(r);
        goto error;
    }
    Py_DECREF(name);
    return r;
error:
    Py_DECREF(name);
    return NULL;
}

int _PyCodec_Forget(const char *encoding)
{
    if (search_cache == NULL)
        return 0;
    PyObject *name = normalized_name(encoding);
    if (name == NULL)
        return -1;
    int r = PyDict_DelItem(search_cache, name);
    Py_DECREF(name);
    if (r < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        r = 0;
    }
    return r;
}

int PyCodec_KnownEncoding(const char *encoding)
{
    PyObject *codec = _PyCodec_Lookup(encoding);
    if (codec == NULL) {
        PyErr_Clear();
        return 0;
    }
    Py_DECREF(codec);
    return 1;
}

static PyObject *codec_item(const char *encoding, Py_ssize_t index)
{
    PyObject *codec = _PyCodec_Lookup(encoding);
    if (codec == NULL)
        return NULL;
    PyObject *r = Py_NewRef(PyTuple_GET_ITEM(codec, index));
    Py_DECREF(codec);
    return r;
}

PyObject *PyCodec_Encoder(const char *encoding) { return codec_item(encoding, 0); }
PyObject *PyCodec_Decoder(const char *encoding) { return codec_item(encoding, 1); }

static PyObject *incremental(const char *encoding, const char *errors, const char *attr)
{
    PyObject *codec = _PyCodec_Lookup(encoding);
    if (codec == NULL)
        return NULL;
    PyObject *cls = PyObject_GetAttrString(codec, attr);
    Py_DECREF(codec);
    if (cls == NULL)
        return NULL;
    PyObject *r = errors ? PyObject_CallFunction(cls, "s", errors) : PyObject_CallNoArgs(cls);
    Py_DECREF(cls);
    return r;
}

PyObject *PyCodec_IncrementalEncoder(const char *encoding, const char *errors)
{
    return incremental(encoding, errors, "incrementalencoder");
}

PyObject *PyCodec_IncrementalDecoder(const char *encoding, const char *errors)
{
    return incremental(encoding, errors, "incrementaldecoder");
}

/* CPython re-raises a codec's plain errors (LookupError for an unknown
 * error handler, TypeError for a wrong argument, binascii.Error, ...) as
 * "encoding with 'NAME' codec failed (TypeError: ...)", the original as
 * the cause.  Exceptions with state of their own pass unchanged: those
 * whose type changes construction or layout (UnicodeError; a __weakref__
 * slot is allowed), that hold more than one argument or a non-str one,
 * or that carry instance attributes. */
PyObject *_KrCodec_WrapError(const char *op, const char *encoding)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return NULL;
    PyTypeObject *t = Py_TYPE(exc);
    PyTypeObject *base = (PyTypeObject *)PyExc_BaseException;
    PyObject *args = ((PyBaseExceptionObject *)exc)->args;
    PyObject *dict = ((PyBaseExceptionObject *)exc)->dict;
    Py_ssize_t nargs = args ? PyTuple_GET_SIZE(args) : 0;
    int same_size = t->tp_basicsize == base->tp_basicsize ||
                    (t->tp_weaklistoffset != 0 &&
                     t->tp_basicsize == base->tp_basicsize + (Py_ssize_t)sizeof(PyObject *));
    if (t->tp_init != base->tp_init || t->tp_new != base->tp_new || !same_size ||
        t->tp_itemsize != base->tp_itemsize || nargs > 1 ||
        (nargs == 1 && !PyUnicode_CheckExact(PyTuple_GET_ITEM(args, 0))) ||
        (dict != NULL && PyDict_Check(dict) && PyDict_GET_SIZE(dict) > 0)) {
        PyErr_SetRaisedException(exc);
        return NULL;
    }
    PyErr_SetRaisedException(exc);
    return _PyErr_FormatFromCause((PyObject *)t, "%s with '%s' codec failed (%s: %S)", op,
                                  encoding, t->tp_name, exc);
}

/* Call a codec's encoder or decoder and take the object out of its
 * (object, length consumed) result. */
static PyObject *call_coder(PyObject *coder, PyObject *object, const char *encoding,
                            const char *errors, int encode)
{
    PyObject *result;
    if (errors == NULL)
        result = PyObject_CallOneArg(coder, object);
    else
        result = PyObject_CallFunction(coder, "Os", object, errors);
    if (result == NULL)
        return _KrCodec_WrapError(encode ? "encoding" : "decoding", encoding);
    if (!PyTuple_Check(result) || PyTuple_GET_SIZE(result) != 2) {
        PyErr_SetString(PyExc_TypeError, encode ? "encoder must return a tuple (object, integer)"
                                                : "decoder must return a tuple (object,integer)");
        Py_DECREF(result);
        return NULL;
    }
    PyObject *v = Py_NewRef(PyTuple_GET_ITEM(result, 0));
    Py_DECREF(result);
    return v;
}

PyObject *PyCodec_Encode(PyObject *object, const char *encoding, const char *errors)
{
    PyObject *encoder = PyCodec_Encoder(encoding);
    if (encoder == NULL)
        return NULL;
    PyObject *r = call_coder(encoder, object, encoding, errors, 1);
    Py_DECREF(encoder);
    return r;
}

PyObject *PyCodec_Decode(PyObject *object, const char *encoding, const char *errors)
{
    PyObject *decoder = PyCodec_Decoder(encoding);
    if (decoder == NULL)
        return NULL;
    PyObject *r = call_coder(decoder, object, encoding, errors, 0);
    Py_DECREF(decoder);
    return r;
}

PyObject *_PyCodec_LookupTextEncoding(const char *encoding, const char *alternate_command)
{
    PyObject *codec = _PyCodec_Lookup(encoding);
    if (codec == NULL)
        return NULL;
    /* a plain 4-tuple from a search function counts as a text codec */
    if (!PyTuple_CheckExact(codec)) {
        PyObject *attr;
        if (_PyObject_LookupAttr(codec, _Py_ID(_is_text_encoding), &attr) < 0) {
            Py_DECREF(codec);
            return NULL;
        }
        if (attr != NULL) {
            int is_text = PyObject_IsTrue(attr);
            Py_DECREF(attr);
            if (is_text <= 0) {
                Py_DECREF(codec);
                if (is_text == 0)
                    PyErr_Format(PyExc_LookupError,
                                 "'%.400s' is not a text encoding; use %s to handle arbitrary codecs",
                                 encoding, alternate_command);
                return NULL;
            }
        }
    }
    return codec;
}

/* str.encode and bytes.decode of a codec Krait has no C code for */
PyObject *_KrCodec_EncodeText(PyObject *str, const char *encoding, const char *errors)
{
    PyObject *codec = _PyCodec_LookupTextEncoding(encoding, "codecs.encode()");
    if (codec == NULL)
        return NULL;
    PyObject *v = call_coder(PyTuple_GET_ITEM(codec, 0), str, encoding, errors, 1);
    Py_DECREF(codec);
    if (v == NULL || PyBytes_Check(v))
        return v;
    if (PyByteArray_Check(v)) {
        if (PyErr_WarnFormat(PyExc_RuntimeWarning, 1,
                             "encoder %s returned bytearray instead of bytes; "
                             "use codecs.encode() to encode to arbitrary types", encoding) < 0) {
            Py_DECREF(v);
            return NULL;
        }
        PyObject *b = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(v), PyByteArray_GET_SIZE(v));
        Py_DECREF(v);
        return b;
    }
    PyErr_Format(PyExc_TypeError,
                 "'%.400s' encoder returned '%.400s' instead of 'bytes'; "
                 "use codecs.encode() to encode to arbitrary types",
                 encoding, Py_TYPE(v)->tp_name);
    Py_DECREF(v);
    return NULL;
}

PyObject *_KrCodec_DecodeText(const char *s, Py_ssize_t len, const char *encoding,
                              const char *errors)
{
    PyObject *codec = _PyCodec_LookupTextEncoding(encoding, "codecs.decode()");
    if (codec == NULL)
        return NULL;
    /* CPython hands the decoder a memoryview of the buffer; bytes serves
     * every decoder in the encodings package the same way */
    PyObject *data = PyBytes_FromStringAndSize(s, len);
    PyObject *v = NULL;
    if (data != NULL) {
        v = call_coder(PyTuple_GET_ITEM(codec, 1), data, encoding, errors, 0);
        Py_DECREF(data);
    }
    Py_DECREF(codec);
    if (v == NULL || PyUnicode_Check(v))
        return v;
    PyErr_Format(PyExc_TypeError,
                 "'%.400s' decoder returned '%.400s' instead of 'str'; "
                 "use codecs.decode() to decode to arbitrary types",
                 encoding, Py_TYPE(v)->tp_name);
    Py_DECREF(v);
    return NULL;
}

/* ---- error handlers ---- */

int PyCodec_RegisterError(const char *name, PyObject *error)
{
    if (init_error_registry() < 0)
        return -1;
    if (!PyCallable_Check(error)) {
        PyErr_SetString(PyExc_TypeError, "handler must be callable");
        return -1;
    }
    return PyDict_SetItemString(error_registry, name, error);
}

PyObject *PyCodec_LookupError(const char *name)
{
    if (init_error_registry() < 0)
        return NULL;
    if (name == NULL)
        name = "strict";
    PyObject *h = PyDict_GetItemString(error_registry, name);
    if (h == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_LookupError, "unknown error handler name '%.400s'", name);
        return NULL;
    }
    return Py_NewRef(h);
}

enum { ERR_ENCODE, ERR_DECODE, ERR_TRANSLATE, ERR_OTHER };

static int error_kind(PyObject *exc)
{
    if (PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_UnicodeEncodeError))
        return ERR_ENCODE;
    if (PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_UnicodeDecodeError))
        return ERR_DECODE;
    if (PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_UnicodeTranslateError))
        return ERR_TRANSLATE;
    return ERR_OTHER;
}

static PyObject *wrong_exception(PyObject *exc)
{
    PyErr_Format(PyExc_TypeError, "don't know how to handle %.200s in error callback",
                 Py_TYPE(exc)->tp_name);
    return NULL;
}

/* The error's object and its [start, end) clamped into it, as CPython's
 * PyUnicode*Error_GetStart/GetEnd clamp them. */
static int error_range(PyObject *exc, int kind, PyObject **obj, Py_ssize_t *start, Py_ssize_t *end)
{
    PyUnicodeErrorObject *e = (PyUnicodeErrorObject *)exc;
    PyObject *o = e->object;
    Py_ssize_t size;
    if (kind == ERR_DECODE) {
        if (o == NULL || !PyBytes_Check(o)) {
            PyErr_SetString(PyExc_TypeError, "object attribute must be bytes");
            return -1;
        }
        size = PyBytes_GET_SIZE(o);
    }
    else {
        if (o == NULL || !PyUnicode_Check(o)) {
            PyErr_SetString(PyExc_TypeError, "object attribute must be unicode");
            return -1;
        }
        size = PyUnicode_GET_LENGTH(o);
    }
    Py_ssize_t s = e->start, t = e->end;
    if (s < 0)
        s = 0;
    if (s >= size)
        s = size == 0 ? 0 : size - 1;
    if (t < 1)
        t = 1;
    if (t > size)
        t = size;
    *obj = o;
    *start = s;
    *end = t;
    return 0;
}

static PyObject *result_pair(PyObject *rep, Py_ssize_t pos)
{
    if (rep == NULL)
        return NULL;
    PyObject *r = Py_BuildValue("(On)", rep, pos);
    Py_DECREF(rep);
    return r;
}

static PyObject *raise_original(PyObject *exc)
{
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    return NULL;
}

PyObject *PyCodec_StrictErrors(PyObject *exc)
{
    if (PyExceptionInstance_Check(exc))
        return raise_original(exc);
    PyErr_SetString(PyExc_TypeError, "codec must pass exception instance");
    return NULL;
}

PyObject *PyCodec_IgnoreErrors(PyObject *exc)
{
    int kind = error_kind(exc);
    PyObject *obj;
    Py_ssize_t start, end;
    if (kind == ERR_OTHER)
        return wrong_exception(exc);
    if (error_range(exc, kind, &obj, &start, &end) < 0)
        return NULL;
    return result_pair(PyUnicode_New(0, 0), end);
}

static PyObject *repeat_char(Py_UCS4 ch, Py_ssize_t n)
{
    if (n < 0)
        n = 0;
    PyObject *r = PyUnicode_New(n, ch);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(PyUnicode_KIND(r), PyUnicode_DATA(r), i, ch);
    return r;
}

PyObject *PyCodec_ReplaceErrors(PyObject *exc)
{
    int kind = error_kind(exc);
    PyObject *obj;
    Py_ssize_t start, end;
    if (kind == ERR_OTHER)
        return wrong_exception(exc);
    if (error_range(exc, kind, &obj, &start, &end) < 0)
        return NULL;
    if (kind == ERR_ENCODE)
        return result_pair(repeat_char('?', end - start), end);
    if (kind == ERR_DECODE)
        return result_pair(repeat_char(0xFFFD, 1), end);
    return result_pair(repeat_char(0xFFFD, end - start), end);
}

/* Append ch as \xhh, \uhhhh or \Uhhhhhhhh. */
static int write_escape(_PyUnicodeWriter *w, Py_UCS4 ch)
{
    char buf[16];
    int n;
    if (ch < 0x100)
        n = snprintf(buf, sizeof buf, "\\x%02x", ch);
    else if (ch < 0x10000)
        n = snprintf(buf, sizeof buf, "\\u%04x", ch);
    else
        n = snprintf(buf, sizeof buf, "\\U%08x", ch);
    return _PyUnicodeWriter_WriteASCIIString(w, buf, n);
}

/* The replacement text for object[start:end] that the escaping handlers
 * build char by char; `form` picks the handler. */
enum { FORM_BACKSLASH, FORM_XMLCHARREF, FORM_NAME };

static PyObject *escape_range(PyObject *obj, Py_ssize_t start, Py_ssize_t end, int form)
{
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(obj, i);
        char buf[128];
        int r;
        if (form == FORM_XMLCHARREF) {
            int n = snprintf(buf, sizeof buf, "&#%u;", ch);
            r = _PyUnicodeWriter_WriteASCIIString(&w, buf, n);
        }
        else if (form == FORM_NAME && _KrUnicode_GetName(ch, buf + 3, sizeof buf - 5)) {
            memcpy(buf, "\\N{", 3);
            strcat(buf, "}");
            r = _PyUnicodeWriter_WriteASCIIString(&w, buf, (Py_ssize_t)strlen(buf));
        }
        else
            r = write_escape(&w, ch);
        if (r < 0) {
            _PyUnicodeWriter_Dealloc(&w);
            return NULL;
        }
    }
    return _PyUnicodeWriter_Finish(&w);
}

PyObject *PyCodec_XMLCharRefReplaceErrors(PyObject *exc)
{
    PyObject *obj;
    Py_ssize_t start, end;
    if (error_kind(exc) != ERR_ENCODE)
        return wrong_exception(exc);
    if (error_range(exc, ERR_ENCODE, &obj, &start, &end) < 0)
        return NULL;
    return result_pair(escape_range(obj, start, end, FORM_XMLCHARREF), end);
}

PyObject *PyCodec_BackslashReplaceErrors(PyObject *exc)
{
    int kind = error_kind(exc);
    PyObject *obj;
    Py_ssize_t start, end;
    if (kind == ERR_OTHER)
        return wrong_exception(exc);
    if (error_range(exc, kind, &obj, &start, &end) < 0)
        return NULL;
    if (kind != ERR_DECODE)
        return result_pair(escape_range(obj, start, end, FORM_BACKSLASH), end);
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(obj);
    for (Py_ssize_t i = start; i < end; i++)
        if (write_escape(&w, p[i]) < 0) {
            _PyUnicodeWriter_Dealloc(&w);
            return NULL;
        }
    return result_pair(_PyUnicodeWriter_Finish(&w), end);
}

PyObject *PyCodec_NameReplaceErrors(PyObject *exc)
{
    PyObject *obj;
    Py_ssize_t start, end;
    if (error_kind(exc) != ERR_ENCODE)
        return wrong_exception(exc);
    if (error_range(exc, ERR_ENCODE, &obj, &start, &end) < 0)
        return NULL;
    return result_pair(escape_range(obj, start, end, FORM_NAME), end);
}

/* The UTF form surrogatepass writes for an error's encoding: bytes per
 * surrogate (3 for UTF-8, 2 or 4) and byte order; 0 if it has none. */
static int standard_encoding(PyObject *exc, int *big)
{
    PyObject *enc = ((PyUnicodeErrorObject *)exc)->encoding;
    *big = 0;
    if (enc == NULL || !PyUnicode_Check(enc))
        return 0;
    const char *s = PyUnicode_AsUTF8(enc);
    if (s == NULL) {
        PyErr_Clear();
        return 0;
    }
    char low[32];
    size_t n = strlen(s);
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    if (strncmp(low, "utf", 3) != 0)
        return 0;
    const char *p = low + 3;
    if (*p == '-' || *p == '_')
        p++;
    int width;
    if (strncmp(p, "8", 1) == 0 && p[1] == 0)
        return 3;
    if (strncmp(p, "16", 2) == 0)
        width = 2;
    else if (strncmp(p, "32", 2) == 0)
        width = 4;
    else
        return 0;
    p += 2;
    if (*p == 0)
        return width; /* native: little-endian here */
    if (*p == '-' || *p == '_')
        p++;
    if (strcmp(p, "be") == 0)
        *big = 1;
    else if (strcmp(p, "le") != 0)
        return 0;
    return width;
}

static PyObject *surrogatepass_errors(PyObject *self, PyObject *exc)
{
    int kind = error_kind(exc);
    PyObject *obj;
    Py_ssize_t start, end;
    if (kind != ERR_ENCODE && kind != ERR_DECODE)
        return wrong_exception(exc);
    if (error_range(exc, kind, &obj, &start, &end) < 0)
        return NULL;
    int big, width = standard_encoding(exc, &big);
    if (kind == ERR_ENCODE) {
        if (width == 0)
            return raise_original(exc);
        PyObject *res = PyBytes_FromStringAndSize(NULL, (end - start) * (width == 3 ? 3 : width));
        if (res == NULL)
            return NULL;
        unsigned char *o = (unsigned char *)PyBytes_AS_STRING(res);
        for (Py_ssize_t i = start; i < end; i++) {
            Py_UCS4 ch = PyUnicode_READ_CHAR(obj, i);
            if (!Py_UNICODE_IS_SURROGATE(ch)) {
                Py_DECREF(res);
                return raise_original(exc);
            }
            if (width == 3) {
                *o++ = (unsigned char)(0xE0 | (ch >> 12));
                *o++ = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
                *o++ = (unsigned char)(0x80 | (ch & 0x3F));
            }
            else {
                for (int q = 0; q < width; q++)
                    o[big ? width - 1 - q : q] = (unsigned char)(ch >> (8 * q));
                o += width;
            }
        }
        return result_pair(res, end);
    }
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(obj);
    Py_ssize_t size = PyBytes_GET_SIZE(obj);
    Py_UCS4 ch = 0;
    if (width == 0 || size - start < width)
        return raise_original(exc);
    p += start;
    if (width == 3) {
        if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
            ch = ((Py_UCS4)(p[0] & 0x0F) << 12) | ((Py_UCS4)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    else
        for (int q = 0; q < width; q++)
            ch |= (Py_UCS4)p[big ? width - 1 - q : q] << (8 * q);
    if (!Py_UNICODE_IS_SURROGATE(ch))
        return raise_original(exc);
    return result_pair(PyUnicode_FromOrdinal((int)ch), start + width);
}

static PyObject *surrogateescape_errors(PyObject *self, PyObject *exc)
{
    int kind = error_kind(exc);
    PyObject *obj;
    Py_ssize_t start, end;
    if (kind != ERR_ENCODE && kind != ERR_DECODE)
        return wrong_exception(exc);
    if (error_range(exc, kind, &obj, &start, &end) < 0)
        return NULL;
    if (kind == ERR_ENCODE) {
        PyObject *res = PyBytes_FromStringAndSize(NULL, end - start);
        if (res == NULL)
            return NULL;
        char *o = PyBytes_AS_STRING(res);
        for (Py_ssize_t i = start; i < end; i++) {
            Py_UCS4 ch = PyUnicode_READ_CHAR(obj, i);
            if (ch < 0xDC80 || ch > 0xDCFF) {
                Py_DECREF(res);
                return raise_original(exc);
            }
            *o++ = (char)(ch - 0xDC00);
        }
        return result_pair(res, end);
    }
    /* at most four bytes, and never an ASCII one */
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(obj);
    Py_UCS4 chars[4];
    int n = 0;
    while (n < 4 && n < end - start && p[start + n] >= 128) {
        chars[n] = 0xDC00 + p[start + n];
        n++;
    }
    if (n == 0)
        return raise_original(exc);
    return result_pair(PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, chars, n), start + n);
}

static PyObject *strict_errors(PyObject *self, PyObject *exc) { return PyCodec_StrictErrors(exc); }
static PyObject *ignore_errors(PyObject *self, PyObject *exc) { return PyCodec_IgnoreErrors(exc); }
static PyObject *replace_errors(PyObject *self, PyObject *exc) { return PyCodec_ReplaceErrors(exc); }
static PyObject *xmlcharrefreplace_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_XMLCharRefReplaceErrors(exc);
}
static PyObject *backslashreplace_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_BackslashReplaceErrors(exc);
}
static PyObject *namereplace_errors(PyObject *self, PyObject *exc)
{
    return PyCodec_NameReplaceErrors(exc);
}

static PyMethodDef builtin_handlers[] = {
    {"strict_errors", strict_errors, METH_O,
     "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."},
    {"ignore_errors", ignore_errors, METH_O,
     "Implements the 'ignore' error handling, which ignores malformed data and continues."},
    {"replace_errors", replace_errors, METH_O,
     "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."},
    {"xmlcharrefreplace_errors", xmlcharrefreplace_errors, METH_O,
     "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."},
    {"backslashreplace_errors", backslashreplace_errors, METH_O,
     "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."},
    {"namereplace_errors", namereplace_errors, METH_O,
     "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."},
    {"surrogatepass", surrogatepass_errors, METH_O, NULL},
    {"surrogateescape", surrogateescape_errors, METH_O, NULL},
    {NULL, NULL, 0, NULL}};

static const char *const builtin_handler_names[] = {
    "strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
    "surrogatepass", "surrogateescape"};

static int init_error_registry(void)
{
    if (error_registry != NULL)
        return 0;
    PyObject *d = PyDict_New();
    if (d == NULL)
        return -1;
    for (int i = 0; builtin_handlers[i].ml_name; i++) {
        PyObject *f = PyCFunction_New(&builtin_handlers[i], NULL);
        if (f == NULL || PyDict_SetItemString(d, builtin_handler_names[i], f) < 0) {
            Py_XDECREF(f);
            Py_DECREF(d);
            return -1;
        }
        Py_DECREF(f);
    }
    error_registry = d;
    return 0;
}
