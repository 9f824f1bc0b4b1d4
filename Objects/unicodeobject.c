/* str: PEP 393 compact strings.
 *
 * A str is one allocation: a header followed by its characters in the
 * narrowest of four forms that holds its widest character:
 *
 *   ASCII    PyASCIIObject (48 bytes)          + len+1 bytes
 *   latin-1  PyCompactUnicodeObject (72 bytes) + len+1 bytes
 *   UCS-2    PyCompactUnicodeObject            + 2*(len+1) bytes
 *   UCS-4    PyCompactUnicodeObject            + 4*(len+1) bytes
 *
 * Invariant: every exact str is in its *tightest* form (a latin-1 str
 * holds at least one character >= 0x80, a UCS-2 one at least one
 * >= 0x100, ...).  Equality can then start by comparing kinds, and the
 * hash -- SipHash over the kind*length data bytes, as CPython does -- is
 * the same for equal strings.  _KrUnicode_Result() restores the invariant
 * after code that builds wider than it needs.
 *
 * Instances of str *subclasses* are not compact: their size is fixed
 * (PyUnicodeObject, 80 bytes, so a subclass __dict__ can follow it) and the
 * characters live in a separate PyObject_Malloc block (data.any), exactly
 * as in CPython.  PyUnicode_DATA() handles both.
 *
 * The UTF-8 form of a non-ASCII str is made on demand by PyUnicode_AsUTF8
 * and cached (for ASCII strings the data *is* the UTF-8).
 *
 * Singletons: the empty string and the 256 one-character latin-1 strings
 * are shared.  Interned strings live in a private open-addressing table
 * (not a dict, so interning works before any other type is ready); the
 * table owns a reference, so interned strings live until exit.
 * _PyUnicode_FromId, behind _Py_ID(name), maps C string pointers to
 * interned strings through a second table.
 *
 * The methods are in unicode_methods.c, % and str.format in
 * unicode_format.c, character classes in unicodectype.c. */
#include "Python.h"
#include "kr_init.h"
#include "kr_runtime.h"
#include "kr_strings.h"
#include "kr_format.h"
#include "kr_ucd.h"
#include "kr_iter.h"

const unsigned char _Py_ascii_whitespace[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static PyObject *empty_str;
static PyObject *latin1_chars[256];

/* ====================== allocation ====================== */

static inline int kind_for(Py_UCS4 maxchar)
{
    return maxchar < 256 ? PyUnicode_1BYTE_KIND : maxchar < 65536 ? PyUnicode_2BYTE_KIND
                                                                   : PyUnicode_4BYTE_KIND;
}

static PyObject *new_raw(Py_ssize_t size, Py_UCS4 maxchar)
{
    if (size < 0) {
        PyErr_SetString(PyExc_SystemError, "Negative size passed to PyUnicode_New");
        return NULL;
    }
    int ascii = maxchar < 128;
    int kind = kind_for(maxchar);
    if (maxchar > 0x10FFFF) {
        PyErr_SetString(PyExc_SystemError, "invalid maximum character passed to PyUnicode_New");
        return NULL;
    }
    size_t header = ascii ? sizeof(PyASCIIObject) : sizeof(PyCompactUnicodeObject);
    if ((size_t)size > (PY_SSIZE_T_MAX - header) / (size_t)kind - 1)
        return PyErr_NoMemory();
    PyObject *obj = PyObject_Malloc(header + ((size_t)size + 1) * (size_t)kind);
    if (obj == NULL)
        return PyErr_NoMemory();
    /* str is a static type: no reference to take on it */
    Py_SET_TYPE(obj, &PyUnicode_Type);
    Py_SET_REFCNT(obj, 1);
#ifdef Py_REF_DEBUG
    _Py_RefTotal++;
#endif
    PyASCIIObject *a = (PyASCIIObject *)obj;
    a->length = size;
    a->hash = -1;
    /* the flags built in a register and stored at once, instead of a
     * read-modify-write of the word per bit-field */
    __typeof__(a->state) st = {0};
    st.kind = (unsigned)kind;
    st.compact = 1;
    st.ascii = (unsigned)ascii;
    st.ready = 1;
    a->state = st;
    a->wstr = NULL;
    if (!ascii) {
        PyCompactUnicodeObject *c = (PyCompactUnicodeObject *)obj;
        c->utf8 = NULL;
        c->utf8_length = 0;
        c->wstr_length = 0;
    }
    void *data = PyUnicode_DATA(obj);
    PyUnicode_WRITE(kind, data, size, 0);
    return obj;
}

static PyObject *get_empty(void)
{
    if (empty_str == NULL) {
        empty_str = new_raw(0, 0);
        if (empty_str == NULL)
            return NULL;
    }
    return Py_NewRef(empty_str);
}

static PyObject *get_latin1_char(Py_UCS1 ch)
{
    PyObject *s = latin1_chars[ch];
    if (s == NULL) {
        s = new_raw(1, ch);
        if (s == NULL)
            return NULL;
        PyUnicode_1BYTE_DATA(s)[0] = ch;
        latin1_chars[ch] = s;
    }
    return Py_NewRef(s);
}

PyObject *PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
{
    if (size == 0)
        return get_empty();
    return new_raw(size, maxchar);
}

static void unicode_dealloc(PyObject *op)
{
    PyASCIIObject *a = (PyASCIIObject *)op;
    if (op == empty_str || (a->length == 1 && a->state.kind == 1
                            && latin1_chars[PyUnicode_1BYTE_DATA(op)[0]] == op)) {
        /* a singleton lost its last reference: a refcount bug elsewhere;
         * resurrect rather than free memory still pointed to. */
        Py_SET_REFCNT(op, 1 << 30);
        return;
    }
    if (!a->state.ascii || !a->state.compact) {
        PyCompactUnicodeObject *c = (PyCompactUnicodeObject *)op;
        if (c->utf8 != NULL && c->utf8 != PyUnicode_DATA(op))
            PyObject_Free(c->utf8);
    }
    if (!a->state.compact)
        PyObject_Free(((PyUnicodeObject *)op)->data.any);
    Py_TYPE(op)->tp_free(op);
}

/* ====================== interning ====================== */

static PyObject **intern_table;
static size_t intern_mask; /* capacity - 1; capacity is a power of two */
static size_t intern_used;

static int intern_grow(void)
{
    size_t newcap = intern_table ? (intern_mask + 1) * 2 : 1024;
    PyObject **nt = PyMem_RawCalloc(newcap, sizeof(PyObject *));
    if (nt == NULL)
        return -1;
    if (intern_table) {
        for (size_t i = 0; i <= intern_mask; i++) {
            PyObject *s = intern_table[i];
            if (s == NULL)
                continue;
            size_t j = (size_t)_PyUnicode_Hash(s) & (newcap - 1);
            while (nt[j] != NULL)
                j = (j + 1) & (newcap - 1);
            nt[j] = s;
        }
        PyMem_RawFree(intern_table);
    }
    intern_table = nt;
    intern_mask = newcap - 1;
    return 0;
}

void PyUnicode_InternInPlace(PyObject **p)
{
    PyObject *s = *p;
    if (s == NULL || !PyUnicode_CheckExact(s) || PyUnicode_CHECK_INTERNED(s))
        return;
    if ((intern_used + 1) * 2 > (intern_table ? intern_mask + 1 : 0) && intern_grow() < 0)
        return;
    Py_hash_t h = _PyUnicode_Hash(s);
    size_t j = (size_t)h & intern_mask;
    while (intern_table[j] != NULL) {
        PyObject *t = intern_table[j];
        if (_PyASCIIObject_CAST(t)->hash == h && _PyUnicode_Equal(t, s)) {
            Py_INCREF(t);
            Py_SETREF(*p, t);
            return;
        }
        j = (j + 1) & intern_mask;
    }
    intern_table[j] = Py_NewRef(s);
    intern_used++;
    _PyASCIIObject_CAST(s)->state.interned = SSTATE_INTERNED_MORTAL;
}

void PyUnicode_InternImmortal(PyObject **p)
{
    PyUnicode_InternInPlace(p);
}

PyObject *PyUnicode_InternFromString(const char *cp)
{
    PyObject *s = PyUnicode_FromString(cp);
    if (s == NULL)
        return NULL;
    PyUnicode_InternInPlace(&s);
    return s;
}

/* _Py_ID(name): pointer -> interned str.  Different translation units may
 * pass different pointers for the same literal; they meet in the intern
 * table. */
static struct id_entry { const char *key; PyObject *value; } *id_table;
static size_t id_mask, id_used;

PyObject *_PyUnicode_FromId(const char *name)
{
    if (id_table != NULL) {
        size_t j = ((size_t)name >> 3) & id_mask;
        while (id_table[j].key != NULL) {
            if (id_table[j].key == name)
                return id_table[j].value;
            j = (j + 1) & id_mask;
        }
    }
    if ((id_used + 1) * 2 > (id_table ? id_mask + 1 : 0)) {
        size_t newcap = id_table ? (id_mask + 1) * 2 : 512;
        struct id_entry *nt = PyMem_RawCalloc(newcap, sizeof(*nt));
        if (nt == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        for (size_t i = 0; id_table && i <= id_mask; i++) {
            if (id_table[i].key == NULL)
                continue;
            size_t j = ((size_t)id_table[i].key >> 3) & (newcap - 1);
            while (nt[j].key != NULL)
                j = (j + 1) & (newcap - 1);
            nt[j] = id_table[i];
        }
        PyMem_RawFree(id_table);
        id_table = nt;
        id_mask = newcap - 1;
    }
    PyObject *s = PyUnicode_InternFromString(name);
    if (s == NULL)
        return NULL;
    size_t j = ((size_t)name >> 3) & id_mask;
    while (id_table[j].key != NULL)
        j = (j + 1) & id_mask;
    id_table[j].key = name;
    id_table[j].value = s; /* the table keeps this reference forever */
    id_used++;
    return s;
}

int _KrUnicode_Init(void)
{
    PyObject *e = get_empty();
    if (e == NULL)
        return -1;
    Py_DECREF(e);
    for (int i = 0; i < 256; i++) {
        PyObject *c = get_latin1_char((Py_UCS1)i);
        if (c == NULL)
            return -1;
        Py_DECREF(c);
    }
    if (intern_table == NULL && intern_grow() < 0) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* ====================== building from raw data ====================== */

static Py_UCS4 find_maxchar(int kind, const void *data, Py_ssize_t n)
{
    Py_UCS4 m = 0;
    if (kind == 1) {
        const Py_UCS1 *p = data;
        for (Py_ssize_t i = 0; i < n; i++)
            m |= p[i];
        return m;
    }
    if (kind == 2) {
        const Py_UCS2 *p = data;
        for (Py_ssize_t i = 0; i < n; i++)
            if (p[i] > m)
                m = p[i];
        return m;
    }
    const Py_UCS4 *p = data;
    for (Py_ssize_t i = 0; i < n; i++)
        if (p[i] > m)
            m = p[i];
    return m;
}

Py_UCS4 _KrUnicode_MaxChar(PyObject *s, Py_ssize_t start, Py_ssize_t end)
{
    int kind = PyUnicode_KIND(s);
    if (PyUnicode_IS_ASCII(s))
        return 0x7f;
    Py_UCS4 m = find_maxchar(kind, (const char *)PyUnicode_DATA(s) + start * kind, end - start);
    if (kind == 1 && m < 128)
        return m;
    return m;
}

/* copy n chars of (skind, src) into (dkind, dst); dst must be wide enough */
static void copy_chars(int dkind, void *dst, Py_ssize_t dpos, int skind, const void *src,
                       Py_ssize_t spos, Py_ssize_t n)
{
    if (n <= 0)
        return;
    if (dkind == skind) {
        memcpy((char *)dst + dpos * dkind, (const char *)src + spos * skind, (size_t)n * dkind);
        return;
    }
    /* widening copies (the common ones when mixing kinds) get tight loops */
    if (skind == 1 && dkind == 2) {
        const Py_UCS1 *sp = (const Py_UCS1 *)src + spos;
        Py_UCS2 *dp = (Py_UCS2 *)dst + dpos;
        for (Py_ssize_t i = 0; i < n; i++)
            dp[i] = sp[i];
        return;
    }
    if (skind == 1 && dkind == 4) {
        const Py_UCS1 *sp = (const Py_UCS1 *)src + spos;
        Py_UCS4 *dp = (Py_UCS4 *)dst + dpos;
        for (Py_ssize_t i = 0; i < n; i++)
            dp[i] = sp[i];
        return;
    }
    if (skind == 2 && dkind == 4) {
        const Py_UCS2 *sp = (const Py_UCS2 *)src + spos;
        Py_UCS4 *dp = (Py_UCS4 *)dst + dpos;
        for (Py_ssize_t i = 0; i < n; i++)
            dp[i] = sp[i];
        return;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(dkind, dst, dpos + i, PyUnicode_READ(skind, src, spos + i));
}

PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(PyExc_ValueError, "size must be positive");
        return NULL;
    }
    if (kind != 1 && kind != 2 && kind != 4) {
        PyErr_SetString(PyExc_SystemError, "invalid kind");
        return NULL;
    }
    if (size == 0)
        return get_empty();
    Py_UCS4 m = find_maxchar(kind, buffer, size);
    if (size == 1 && m < 256)
        return get_latin1_char((Py_UCS1)m);
    PyObject *s = new_raw(size, m);
    if (s == NULL)
        return NULL;
    copy_chars(PyUnicode_KIND(s), PyUnicode_DATA(s), 0, kind, buffer, 0, size);
    return s;
}

PyObject *_PyUnicode_FromUCS1(const Py_UCS1 *s, Py_ssize_t size)
{
    return PyUnicode_FromKindAndData(1, s, size);
}
PyObject *_PyUnicode_FromUCS2(const Py_UCS2 *s, Py_ssize_t size)
{
    return PyUnicode_FromKindAndData(2, s, size);
}
PyObject *_PyUnicode_FromUCS4(const Py_UCS4 *s, Py_ssize_t size)
{
    return PyUnicode_FromKindAndData(4, s, size);
}

PyObject *_PyUnicode_FromASCII(const char *buffer, Py_ssize_t size)
{
    if (size == 0)
        return get_empty();
    if (size == 1)
        return get_latin1_char((Py_UCS1)buffer[0]);
    PyObject *s = new_raw(size, 127);
    if (s == NULL)
        return NULL;
    memcpy(PyUnicode_DATA(s), buffer, (size_t)size);
    return s;
}

PyObject *_KrUnicode_Result(PyObject *u)
{
    if (u == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    if (n == 0) {
        Py_DECREF(u);
        return get_empty();
    }
    int kind = PyUnicode_KIND(u);
    Py_UCS4 m = find_maxchar(kind, PyUnicode_DATA(u), n);
    if (n == 1 && m < 256) {
        Py_DECREF(u);
        return get_latin1_char((Py_UCS1)m);
    }
    if (kind_for(m) == kind && (m < 128) == (int)PyUnicode_IS_ASCII(u) && PyUnicode_CheckExact(u)
        && PyUnicode_IS_COMPACT(u))
        return u;
    PyObject *r = new_raw(n, m);
    if (r != NULL)
        copy_chars(PyUnicode_KIND(r), PyUnicode_DATA(r), 0, kind, PyUnicode_DATA(u), 0, n);
    Py_DECREF(u);
    return r;
}

PyObject *PyUnicode_Substring(PyObject *self, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(self);
    if (start < 0)
        start = 0;
    if (end > len)
        end = len;
    if (start == 0 && end == len && PyUnicode_CheckExact(self))
        return Py_NewRef(self);
    if (start >= end)
        return get_empty();
    if (PyUnicode_IS_ASCII(self))
        return _PyUnicode_FromASCII((const char *)PyUnicode_1BYTE_DATA(self) + start, end - start);
    int kind = PyUnicode_KIND(self);
    return PyUnicode_FromKindAndData(kind, (const char *)PyUnicode_DATA(self) + start * kind,
                                     end - start);
}

PyObject *_PyUnicode_Copy(PyObject *u)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *r = new_raw(PyUnicode_GET_LENGTH(u), PyUnicode_MAX_CHAR_VALUE(u));
    if (r == NULL)
        return NULL;
    memcpy(PyUnicode_DATA(r), PyUnicode_DATA(u),
           (size_t)(PyUnicode_GET_LENGTH(u) * PyUnicode_KIND(u)));
    return r;
}

/* an exact str with the same value (for str subclasses, str(x), ...) */
static PyObject *unicode_exact(PyObject *u)
{
    if (PyUnicode_CheckExact(u))
        return Py_NewRef(u);
    return PyUnicode_FromKindAndData(PyUnicode_KIND(u), PyUnicode_DATA(u),
                                     PyUnicode_GET_LENGTH(u));
}

PyObject *PyUnicode_FromOrdinal(int ordinal)
{
    if (ordinal < 0 || ordinal > 0x10ffff) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (ordinal < 256)
        return get_latin1_char((Py_UCS1)ordinal);
    PyObject *s = new_raw(1, (Py_UCS4)ordinal);
    if (s)
        PyUnicode_WRITE(PyUnicode_KIND(s), PyUnicode_DATA(s), 0, (Py_UCS4)ordinal);
    return s;
}

Py_ssize_t PyUnicode_GetLength(PyObject *u)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadArgument();
        return -1;
    }
    return PyUnicode_GET_LENGTH(u);
}

Py_UCS4 PyUnicode_ReadChar(PyObject *u, Py_ssize_t index)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadArgument();
        return (Py_UCS4)-1;
    }
    if (index < 0 || index >= PyUnicode_GET_LENGTH(u)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return (Py_UCS4)-1;
    }
    return PyUnicode_READ_CHAR(u, index);
}

int PyUnicode_WriteChar(PyObject *u, Py_ssize_t index, Py_UCS4 ch)
{
    if (!PyUnicode_Check(u) || !PyUnicode_IS_COMPACT(u)) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (index < 0 || index >= PyUnicode_GET_LENGTH(u)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return -1;
    }
    if (Py_REFCNT(u) != 1 || _PyASCIIObject_CAST(u)->hash != -1) {
        PyErr_SetString(PyExc_SystemError, "Cannot modify a string currently used");
        return -1;
    }
    if (ch > PyUnicode_MAX_CHAR_VALUE(u)) {
        PyErr_SetString(PyExc_ValueError, "character out of range");
        return -1;
    }
    PyUnicode_WRITE(PyUnicode_KIND(u), PyUnicode_DATA(u), index, ch);
    return 0;
}

void _PyUnicode_FastCopyCharacters(PyObject *to, Py_ssize_t to_start, PyObject *from,
                                   Py_ssize_t from_start, Py_ssize_t how_many)
{
    copy_chars(PyUnicode_KIND(to), PyUnicode_DATA(to), to_start, PyUnicode_KIND(from),
               PyUnicode_DATA(from), from_start, how_many);
}

Py_ssize_t PyUnicode_CopyCharacters(PyObject *to, Py_ssize_t to_start, PyObject *from,
                                    Py_ssize_t from_start, Py_ssize_t how_many)
{
    if (!PyUnicode_Check(from) || !PyUnicode_Check(to)) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (from_start < 0 || to_start < 0 || from_start > PyUnicode_GET_LENGTH(from)
        || to_start > PyUnicode_GET_LENGTH(to)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return -1;
    }
    how_many = Py_MIN(PyUnicode_GET_LENGTH(from) - from_start, how_many);
    if (to_start + how_many > PyUnicode_GET_LENGTH(to)) {
        PyErr_Format(PyExc_SystemError, "Cannot write %zd characters at %zd in a string of %zd",
                     how_many, to_start, PyUnicode_GET_LENGTH(to));
        return -1;
    }
    if (how_many <= 0)
        return 0;
    if (_KrUnicode_MaxChar(from, from_start, from_start + how_many) > PyUnicode_MAX_CHAR_VALUE(to)) {
        PyErr_SetString(PyExc_SystemError, "Cannot copy characters: too wide for the target");
        return -1;
    }
    copy_chars(PyUnicode_KIND(to), PyUnicode_DATA(to), to_start, PyUnicode_KIND(from),
               PyUnicode_DATA(from), from_start, how_many);
    return how_many;
}

Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *u)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    Py_UCS4 *buf = PyMem_Malloc(((size_t)n + 1) * sizeof(Py_UCS4));
    if (buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    copy_chars(4, buf, 0, PyUnicode_KIND(u), PyUnicode_DATA(u), 0, n);
    buf[n] = 0;
    return buf;
}

wchar_t *PyUnicode_AsWideCharString(PyObject *u, Py_ssize_t *size)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadArgument();
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    wchar_t *buf = PyMem_Malloc(((size_t)n + 1) * sizeof(wchar_t));
    if (buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        buf[i] = (wchar_t)PyUnicode_READ_CHAR(u, i);
    buf[n] = 0;
    if (size)
        *size = n;
    else if (wcslen(buf) != (size_t)n) {
        PyMem_Free(buf);
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return NULL;
    }
    return buf;
}

PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size)
{
    if (w == NULL && size != 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (size == -1)
        size = (Py_ssize_t)wcslen(w);
    Py_UCS4 *tmp = PyMem_Malloc(((size_t)size + 1) * sizeof(Py_UCS4));
    if (tmp == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < size; i++)
        tmp[i] = (Py_UCS4)w[i] > 0x10ffff ? 0xfffd : (Py_UCS4)w[i];
    PyObject *r = PyUnicode_FromKindAndData(4, tmp, size);
    PyMem_Free(tmp);
    return r;
}

/* ====================== _PyUnicodeWriter ======================
 * The writer keeps a PyMem buffer of the current width (`kind`) and widens
 * it when a wider character arrives; Finish copies into a str of the
 * tightest width. `buffer` is unused (always NULL). */

void _PyUnicodeWriter_Init(_PyUnicodeWriter *w)
{
    memset(w, 0, sizeof(*w));
    w->kind = 1;
}

int _KrUnicodeWriter_Prepare(_PyUnicodeWriter *w, Py_ssize_t extra, Py_UCS4 maxchar)
{
    int need_kind = kind_for(maxchar);
    if (maxchar > w->maxchar)
        w->maxchar = maxchar;
    if (extra > PY_SSIZE_T_MAX / 4 - w->pos) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t need = w->pos + extra;
    if (need < w->min_length)
        need = w->min_length;
    if (need_kind <= w->kind && need <= w->size && w->data != NULL)
        return 0;
    int kind = need_kind > w->kind ? need_kind : w->kind;
    Py_ssize_t cap = w->size;
    if (need > cap) {
        cap = need + need / 4 + 16;
        if (w->min_char > maxchar && kind_for(w->min_char) > kind)
            kind = kind_for(w->min_char);
    }
    if (kind == w->kind) {
        void *nd = PyMem_Realloc(w->data, (size_t)(cap + 1) * kind);
        if (nd == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        w->data = nd;
    }
    else {
        void *nd = PyMem_Malloc((size_t)(cap + 1) * kind);
        if (nd == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (w->data) {
            copy_chars(kind, nd, 0, w->kind, w->data, 0, w->pos);
            PyMem_Free(w->data);
        }
        w->data = nd;
        w->kind = kind;
    }
    w->size = cap;
    return 0;
}

int _PyUnicodeWriter_WriteChar(_PyUnicodeWriter *w, Py_UCS4 ch)
{
    if (w->pos >= w->size || ch > 0xff || w->data == NULL) {
        if (_KrUnicodeWriter_Prepare(w, 1, ch) < 0)
            return -1;
    }
    else if (ch > w->maxchar)
        w->maxchar = ch;
    if (ch > 0xff && kind_for(ch) > w->kind && _KrUnicodeWriter_Prepare(w, 1, ch) < 0)
        return -1;
    PyUnicode_WRITE(w->kind, w->data, w->pos, ch);
    w->pos++;
    return 0;
}

int _KrUnicodeWriter_WriteFill(_PyUnicodeWriter *w, Py_UCS4 ch, Py_ssize_t count)
{
    if (count <= 0)
        return 0;
    if (_KrUnicodeWriter_Prepare(w, count, ch) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < count; i++)
        PyUnicode_WRITE(w->kind, w->data, w->pos + i, ch);
    w->pos += count;
    return 0;
}

int _PyUnicodeWriter_WriteSubstring(_PyUnicodeWriter *w, PyObject *str, Py_ssize_t start,
                                    Py_ssize_t end)
{
    if (end <= start)
        return 0;
    Py_UCS4 m = PyUnicode_IS_ASCII(str) ? 0x7f : PyUnicode_MAX_CHAR_VALUE(str);
    if (m > w->maxchar && m > 0x7f)
        m = _KrUnicode_MaxChar(str, start, end);
    if (_KrUnicodeWriter_Prepare(w, end - start, m) < 0)
        return -1;
    copy_chars(w->kind, w->data, w->pos, PyUnicode_KIND(str), PyUnicode_DATA(str), start,
               end - start);
    w->pos += end - start;
    return 0;
}

int _PyUnicodeWriter_WriteStr(_PyUnicodeWriter *w, PyObject *str)
{
    return _PyUnicodeWriter_WriteSubstring(w, str, 0, PyUnicode_GET_LENGTH(str));
}

int _PyUnicodeWriter_WriteASCIIString(_PyUnicodeWriter *w, const char *s, Py_ssize_t len)
{
    if (len < 0)
        len = (Py_ssize_t)strlen(s);
    if (_KrUnicodeWriter_Prepare(w, len, 0x7f) < 0)
        return -1;
    copy_chars(w->kind, w->data, w->pos, 1, s, 0, len);
    w->pos += len;
    return 0;
}

int _PyUnicodeWriter_WriteLatin1String(_PyUnicodeWriter *w, const char *s, Py_ssize_t len)
{
    if (_KrUnicodeWriter_Prepare(w, len, 0xff) < 0)
        return -1;
    copy_chars(w->kind, w->data, w->pos, 1, s, 0, len);
    w->pos += len;
    return 0;
}

PyObject *_PyUnicodeWriter_Finish(_PyUnicodeWriter *w)
{
    PyObject *r;
    if (w->pos == 0)
        r = get_empty();
    else if (w->kind == 1 && w->maxchar < 128)
        r = _PyUnicode_FromASCII(w->data, w->pos); /* maxchar is an upper bound */
    else
        r = PyUnicode_FromKindAndData(w->kind, w->data, w->pos);
    PyMem_Free(w->data);
    w->data = NULL;
    w->size = w->pos = 0;
    return r;
}

void _PyUnicodeWriter_Dealloc(_PyUnicodeWriter *w)
{
    PyMem_Free(w->data);
    w->data = NULL;
    Py_CLEAR(w->buffer);
}

/* ====================== UTF-8 ====================== */

/* Length of the valid prefix of a multi-byte sequence starting at s[0]
 * (1..3), the full sequence length in *need, and the decoded value when
 * complete.  Returns 0 for an invalid start byte. */
static int utf8_seq(const unsigned char *s, Py_ssize_t avail, int *need, Py_UCS4 *out)
{
    unsigned char c = s[0];
    int n;
    Py_UCS4 v;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
    }
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    }
    else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    }
    else {
        *need = 1;
        return 0;
    }
    *need = n;
    int valid = 1;
    for (int i = 1; i < n; i++) {
        if (i >= avail)
            return valid;
        unsigned char cc = s[i];
        if (i == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF))
            return valid;
        v = (v << 6) | (cc & 0x3F);
        valid++;
    }
    *out = v;
    return valid;
}

_KrErrorHandler _KrUnicode_GetErrorHandler(const char *errors)
{
    if (errors == NULL || strcmp(errors, "strict") == 0)
        return KR_ERR_STRICT;
    if (strcmp(errors, "replace") == 0)
        return KR_ERR_REPLACE;
    if (strcmp(errors, "ignore") == 0)
        return KR_ERR_IGNORE;
    if (strcmp(errors, "surrogateescape") == 0)
        return KR_ERR_SURROGATEESCAPE;
    if (strcmp(errors, "backslashreplace") == 0)
        return KR_ERR_BACKSLASHREPLACE;
    if (strcmp(errors, "xmlcharrefreplace") == 0)
        return KR_ERR_XMLCHARREFREPLACE;
    if (strcmp(errors, "surrogatepass") == 0)
        return KR_ERR_SURROGATEPASS;
    if (strcmp(errors, "namereplace") == 0)
        return KR_ERR_NAMEREPLACE;
    return KR_ERR_UNKNOWN;
}

static void raise_decode_error(const char *encoding, const char *s, Py_ssize_t len,
                               Py_ssize_t start, Py_ssize_t end, const char *reason)
{
    PyObject *exc = PyUnicodeDecodeError_Create(encoding, s, len, start, end, reason);
    if (exc != NULL) {
        PyErr_SetObject(PyExc_UnicodeDecodeError, exc);
        Py_DECREF(exc);
    }
}

/* The bytes that hold one surrogate for surrogatepass, by the codec name
 * an error carries (the "utf-16" and "utf-32" of the BOM-writing codecs
 * are native, little-endian, order); 0 for codecs it cannot serve. */
static int surrogatepass_form(const char *encoding, int *big)
{
    *big = 0;
    if (strcmp(encoding, "utf-8") == 0)
        return 3;
    int width = strncmp(encoding, "utf-16", 6) == 0 ? 2 : strncmp(encoding, "utf-32", 6) == 0 ? 4 : 0;
    if (width == 0)
        return 0;
    if (strcmp(encoding + 6, "-be") == 0)
        *big = 1;
    else if (encoding[6] != 0 && strcmp(encoding + 6, "-le") != 0)
        return 0;
    return width;
}

/* A handler a program registered: called with the UnicodeDecodeError, it
 * returns (replacement str, position to resume at); a negative position
 * counts from the end, as in CPython.  It may also replace the input by
 * assigning exc.object (CPython allows it): *ps and *plen then describe
 * the new bytes, which *holder keeps alive for the decoder. */
static int decode_error_custom(const char *errors, const char *encoding, const char **ps,
                               Py_ssize_t *plen, PyObject **holder, Py_ssize_t start,
                               Py_ssize_t end, const char *reason, _PyUnicodeWriter *w,
                               Py_ssize_t *newpos)
{
    PyObject *handler = PyCodec_LookupError(errors);
    if (handler == NULL)
        return -1;
    PyObject *exc = PyUnicodeDecodeError_Create(encoding, *ps, *plen, start, end, reason);
    PyObject *orig = exc ? ((PyUnicodeErrorObject *)exc)->object : NULL;
    PyObject *res = exc ? PyObject_CallOneArg(handler, exc) : NULL;
    Py_DECREF(handler);
    if (res == NULL) {
        Py_XDECREF(exc);
        return -1;
    }
    Py_ssize_t pos, len;
    PyObject *obj;
    if (!PyTuple_Check(res) || PyTuple_GET_SIZE(res) != 2 ||
        !PyUnicode_Check(PyTuple_GET_ITEM(res, 0)) || !PyLong_Check(PyTuple_GET_ITEM(res, 1))) {
        PyErr_SetString(PyExc_TypeError, "decoding error handler must return (str, int) tuple");
        goto error;
    }
    obj = ((PyUnicodeErrorObject *)exc)->object;
    if (obj != orig) {
        if (obj == NULL || !PyBytes_Check(obj)) {
            PyErr_SetString(PyExc_TypeError, "object attribute must be bytes");
            goto error;
        }
        Py_XSETREF(*holder, Py_NewRef(obj));
        *ps = PyBytes_AS_STRING(obj);
        *plen = PyBytes_GET_SIZE(obj);
    }
    len = *plen;
    pos = PyLong_AsSsize_t(PyTuple_GET_ITEM(res, 1));
    if (pos == -1 && PyErr_Occurred())
        goto error;
    if (pos < 0)
        pos += len;
    if (pos < 0 || pos > len) {
        PyErr_Format(PyExc_IndexError, "position %zd from error handler out of bounds", pos);
        goto error;
    }
    if (_PyUnicodeWriter_WriteStr(w, PyTuple_GET_ITEM(res, 0)) < 0)
        goto error;
    *newpos = pos;
    Py_DECREF(res);
    Py_DECREF(exc);
    return 0;
error:
    Py_DECREF(res);
    Py_DECREF(exc);
    return -1;
}

/* Apply a decode error handler to s[start:end): the replacement goes to
 * `w` and *newpos says where decoding resumes.  Like CPython's handlers,
 * surrogateescape takes only the leading bytes >= 0x80 of the range and
 * surrogatepass one encoded surrogate; either raises the original error
 * when it can take nothing. */
static int decode_error_at(_KrErrorHandler h, const char *errors, const char *encoding,
                           const char **ps, Py_ssize_t *plen, PyObject **holder,
                           Py_ssize_t start, Py_ssize_t end, const char *reason,
                           _PyUnicodeWriter *w, Py_ssize_t *newpos)
{
    const char *s = *ps;
    Py_ssize_t len = *plen;
    const unsigned char *p = (const unsigned char *)s;
    *newpos = end;
    switch (h) {
    case KR_ERR_STRICT:
        break;
    case KR_ERR_XMLCHARREFREPLACE:
    case KR_ERR_NAMEREPLACE:
        PyErr_SetString(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case KR_ERR_REPLACE:
        return _PyUnicodeWriter_WriteChar(w, 0xFFFD);
    case KR_ERR_IGNORE:
        return 0;
    case KR_ERR_SURROGATEESCAPE: {
        Py_ssize_t i = start;
        for (; i < end && p[i] >= 128; i++)
            if (_PyUnicodeWriter_WriteChar(w, 0xDC00 + p[i]) < 0)
                return -1;
        if (i == start)
            break;
        *newpos = i;
        return 0;
    }
    case KR_ERR_SURROGATEPASS: {
        int big, n = surrogatepass_form(encoding, &big);
        Py_UCS4 ch = 0;
        if (n == 0 || len - start < n)
            break;
        p += start;
        if (n == 3) {
            if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
                ch = ((Py_UCS4)(p[0] & 0x0F) << 12) | ((Py_UCS4)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        }
        else
            for (int q = 0; q < n; q++)
                ch |= (Py_UCS4)p[big ? n - 1 - q : q] << (8 * q);
        if (!Py_UNICODE_IS_SURROGATE(ch))
            break;
        *newpos = start + n;
        return _PyUnicodeWriter_WriteChar(w, ch);
    }
    case KR_ERR_BACKSLASHREPLACE:
        for (Py_ssize_t i = start; i < end; i++) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02x", p[i]);
            if (_PyUnicodeWriter_WriteASCIIString(w, buf, 4) < 0)
                return -1;
        }
        return 0;
    default:
        return decode_error_custom(errors, encoding, ps, plen, holder, start, end, reason, w, newpos);
    }
    raise_decode_error(encoding, s, len, start, end, reason);
    return -1;
}

/* The decoders' call of decode_error_at: their locals h, errors, s,
 * size, holder, w and i are its state, and p is re-read after it, since
 * a registered handler may have replaced the input. */
#define KR_DECODE_ERROR(enc, start, end, reason)                                             \
    (decode_error_at(h, errors, (enc), &s, &size, &holder, (start), (end), (reason), &w, &i) < 0 \
         ? -1                                                                                \
         : (p = (const unsigned char *)s, 0))

PyObject *PyUnicode_DecodeUTF8Stateful(const char *s, Py_ssize_t size, const char *errors,
                                       Py_ssize_t *consumed)
{
    const unsigned char *p = (const unsigned char *)s;
    Py_ssize_t i = 0;
    while (i < size && p[i] < 0x80)
        i++;
    if (i == size) {
        if (consumed)
            *consumed = size;
        return _PyUnicode_FromASCII(s, size);
    }
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    w.min_length = size;
    if (_PyUnicodeWriter_WriteASCIIString(&w, s, i) < 0)
        goto error;
    while (i < size) {
        unsigned char c = p[i];
        if (c < 0x80) {
            if (_PyUnicodeWriter_WriteChar(&w, c) < 0)
                goto error;
            i++;
            continue;
        }
        int need;
        Py_UCS4 v = 0;
        int valid = utf8_seq(p + i, size - i, &need, &v);
        if (valid == need && valid > 0) {
            if (_PyUnicodeWriter_WriteChar(&w, v) < 0)
                goto error;
            i += need;
            continue;
        }
        const char *reason;
        Py_ssize_t end;
        if (valid == 0) {
            reason = "invalid start byte";
            end = i + 1;
        }
        else if (i + valid >= size) {
            if (consumed) /* incomplete sequence at the end: leave it for the next call */
                break;
            reason = "unexpected end of data";
            end = size;
        }
        else {
            if (consumed && c == 0xED && size - i == 2 && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF)
                break; /* the start of a surrogate: surrogatepass may take it once complete */
            reason = "invalid continuation byte";
            end = i + valid;
        }
        if (KR_DECODE_ERROR("utf-8", i, end, reason) < 0)
            goto error;
    }
    if (consumed)
        *consumed = i;
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
{
    return PyUnicode_DecodeUTF8Stateful(s, size, errors, NULL);
}

PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(PyExc_SystemError, "Negative size passed to PyUnicode_FromStringAndSize");
        return NULL;
    }
    if (u == NULL) {
        if (size == 0)
            return get_empty();
        PyErr_BadInternalCall();
        return NULL;
    }
    return PyUnicode_DecodeUTF8Stateful(u, size, NULL, NULL);
}

PyObject *PyUnicode_FromString(const char *u)
{
    return PyUnicode_FromStringAndSize(u, (Py_ssize_t)strlen(u));
}

static PyObject *raise_encode_error(const char *encoding, PyObject *str, Py_ssize_t start,
                                    Py_ssize_t end, const char *reason)
{
    PyObject *args = Py_BuildValue("(sOnns)", encoding, str, start, end, reason);
    if (args == NULL)
        return NULL;
    PyObject *exc = PyObject_Call(PyExc_UnicodeEncodeError, args, NULL);
    Py_DECREF(args);
    if (exc != NULL) {
        PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
        Py_DECREF(exc);
    }
    return NULL;
}

/* A growable byte buffer for the encoders. */
typedef struct { char *p; Py_ssize_t n, cap; } bytebuf;

static int bb_grow(bytebuf *b, Py_ssize_t cap)
{
    char *np = PyMem_Realloc(b->p, (size_t)cap);
    if (np == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->p = np;
    b->cap = cap;
    return 0;
}

/* room for `extra` more bytes, exactly */
static int bb_reserve(bytebuf *b, Py_ssize_t extra)
{
    return b->n + extra <= b->cap ? 0 : bb_grow(b, b->n + extra);
}

static int bb_put(bytebuf *b, const void *src, Py_ssize_t n)
{
    if (b->n + n > b->cap && bb_grow(b, (b->n + n) * 2 + 16) < 0)
        return -1;
    memcpy(b->p + b->n, src, (size_t)n);
    b->n += n;
    return 0;
}

static PyObject *bb_finish(bytebuf *b)
{
    PyObject *r = PyBytes_FromStringAndSize(b->p ? b->p : "", b->n);
    PyMem_Free(b->p);
    return r;
}

/* How an encoder writes an error handler's result: `width` bytes per code
 * unit (1 for ASCII, latin-1 and UTF-8; 2 or 4, in order `big`, for UTF-16
 * and UTF-32). */
typedef struct {
    const char *encoding; /* the name errors carry */
    const char *reason;
    int width, big;
    Py_UCS4 limit; /* a registered handler's str may hold chars below it (0: 128) */
} encoder_form;

static int put_unit(bytebuf *b, const encoder_form *f, Py_UCS4 u)
{
    unsigned char buf[4];
    for (int q = 0; q < f->width; q++)
        buf[f->big ? f->width - 1 - q : q] = (unsigned char)(u >> (8 * q));
    return bb_put(b, buf, f->width);
}

static int put_ascii(bytebuf *b, const encoder_form *f, const char *s)
{
    if (f->width == 1)
        return bb_put(b, s, (Py_ssize_t)strlen(s));
    for (; *s; s++)
        if (put_unit(b, f, (unsigned char)*s) < 0)
            return -1;
    return 0;
}


/* A handler a program registered: it returns (str or bytes, position).
 * Bytes are written as they are; a str must hold only what the codec
 * writes as itself (below f->limit, ASCII when 0), or the original error
 * is raised.  The encoders resume after the bad range whatever position
 * the handler returns. */
static Py_ssize_t encode_error_custom(const char *errors, const encoder_form *f, PyObject *str,
                                      Py_ssize_t start, Py_ssize_t end, bytebuf *b)
{
    PyObject *handler = PyCodec_LookupError(errors);
    if (handler == NULL)
        return -1;
    PyObject *exc = PyObject_CallFunction(PyExc_UnicodeEncodeError, "sOnns", f->encoding, str,
                                          start, end, f->reason);
    PyObject *res = exc ? PyObject_CallOneArg(handler, exc) : NULL;
    Py_DECREF(handler);
    if (res == NULL) {
        Py_XDECREF(exc);
        return -1;
    }
    PyObject *rep = PyTuple_Check(res) && PyTuple_GET_SIZE(res) == 2 ? PyTuple_GET_ITEM(res, 0) : NULL;
    if (rep == NULL || !(PyUnicode_Check(rep) || PyBytes_Check(rep)) ||
        !PyLong_Check(PyTuple_GET_ITEM(res, 1))) {
        PyErr_SetString(PyExc_TypeError, "encoding error handler must return (str/bytes, int) tuple");
        goto error;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    Py_ssize_t pos = PyLong_AsSsize_t(PyTuple_GET_ITEM(res, 1));
    if (pos == -1 && PyErr_Occurred())
        goto error;
    if (pos < 0)
        pos += n;
    if (pos < 0 || pos > n) {
        PyErr_Format(PyExc_IndexError, "position %zd from error handler out of bounds", pos);
        goto error;
    }
    if (PyBytes_Check(rep)) {
        /* only whole code units of UTF-16/32 */
        if (PyBytes_GET_SIZE(rep) % f->width != 0) {
            PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
            goto error;
        }
        if (bb_put(b, PyBytes_AS_STRING(rep), PyBytes_GET_SIZE(rep)) < 0)
            goto error;
    }
    else {
        Py_UCS4 limit = f->limit ? f->limit : 0x80;
        Py_ssize_t rn = PyUnicode_GET_LENGTH(rep);
        for (Py_ssize_t i = 0; i < rn; i++) {
            Py_UCS4 ch = PyUnicode_READ_CHAR(rep, i);
            if (ch >= limit) {
                PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
                goto error;
            }
            if (put_unit(b, f, ch) < 0)
                goto error;
        }
    }
    Py_DECREF(exc);
    Py_DECREF(res);
    return pos;
error:
    Py_DECREF(exc);
    Py_DECREF(res);
    return -1;
}

/* Encode the chars [start, end) that the codec cannot represent, per the
 * handler.  The single-byte encoders pass whole runs of such chars, the
 * UTF-16/32 ones one char at a time, as CPython's do, so the position
 * range of a raised error is CPython's.  surrogateescape writes the bytes
 * it can and raises for the rest of the run; its one-byte results never
 * fit the code units of UTF-16/32.  Returns where encoding resumes (end,
 * unless a registered handler says otherwise), -1 on error. */
static Py_ssize_t encode_unencodable(_KrErrorHandler h, const char *errors, const encoder_form *f,
                                     PyObject *str, Py_ssize_t start, Py_ssize_t end, bytebuf *b)
{
    char buf[64];
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    switch (h) {
    case KR_ERR_STRICT:
        break;
    case KR_ERR_IGNORE:
        return end;
    case KR_ERR_SURROGATEESCAPE:
        if (f->width != 1)
            break;
        if (strcmp(f->encoding, "charmap") == 0) {
            /* a charmap codec hands the whole run to the handler, which
             * refuses it whole if one char cannot be escaped */
            Py_ssize_t k = start;
            while (k < end && PyUnicode_READ(kind, data, k) >= 0xDC80 &&
                   PyUnicode_READ(kind, data, k) <= 0xDCFF)
                k++;
            if (k < end)
                break;
        }
        for (; start < end; start++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, start);
            if (ch < 0xDC80 || ch > 0xDCFF)
                break;
            buf[0] = (char)(ch - 0xDC00);
            if (bb_put(b, buf, 1) < 0)
                return -1;
        }
        if (start == end)
            return end;
        break;
    case KR_ERR_SURROGATEPASS: {
        int big, n = surrogatepass_form(f->encoding, &big);
        Py_ssize_t k = start;
        while (k < end && Py_UNICODE_IS_SURROGATE(PyUnicode_READ(kind, data, k)))
            k++;
        if (n == 0 || k < end)
            break;
        for (k = start; k < end; k++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, k);
            if (n == 3) {
                buf[0] = (char)(0xE0 | (ch >> 12));
                buf[1] = (char)(0x80 | ((ch >> 6) & 0x3F));
                buf[2] = (char)(0x80 | (ch & 0x3F));
                if (bb_put(b, buf, 3) < 0)
                    return -1;
            }
            else if (put_unit(b, f, ch) < 0)
                return -1;
        }
        return end;
    }
    case KR_ERR_REPLACE:
    case KR_ERR_BACKSLASHREPLACE:
    case KR_ERR_XMLCHARREFREPLACE:
    case KR_ERR_NAMEREPLACE:
        for (Py_ssize_t k = start; k < end; k++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, k);
            if (h == KR_ERR_REPLACE)
                strcpy(buf, "?");
            else if (h == KR_ERR_XMLCHARREFREPLACE)
                snprintf(buf, sizeof buf, "&#%u;", ch);
            else if (h == KR_ERR_NAMEREPLACE && _KrUnicode_GetName(ch, buf + 3, sizeof buf - 4)) {
                memcpy(buf, "\\N{", 3);
                strcat(buf, "}");
            }
            else if (ch < 0x100)
                snprintf(buf, sizeof buf, "\\x%02x", ch);
            else if (ch < 0x10000)
                snprintf(buf, sizeof buf, "\\u%04x", ch);
            else
                snprintf(buf, sizeof buf, "\\U%08x", ch);
            if (put_ascii(b, f, buf) < 0)
                return -1;
        }
        return end;
    default:
        return encode_error_custom(errors, f, str, start, end, b);
    }
    raise_encode_error(f->encoding, str, start, end, f->reason);
    return -1;
}

/* The buffer is reserved for the worst case of what is left (2, 3 or 4
 * bytes a char, by kind), so the loop stores bytes without checks; an
 * error handler's output goes through bb_put and the reservation is
 * renewed after it. */
static PyObject *encode_utf8(PyObject *str, const char *errors)
{
    if (PyUnicode_IS_ASCII(str))
        return PyBytes_FromStringAndSize(PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str));
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int per = kind == PyUnicode_1BYTE_KIND ? 2 : kind == PyUnicode_2BYTE_KIND ? 3 : 4;
    bytebuf b = {NULL, 0, 0};
    _KrErrorHandler h = KR_ERR_STRICT;
    int have_h = 0;
    if (n > PY_SSIZE_T_MAX / 4 || bb_reserve(&b, n * per) < 0)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        unsigned char *o = (unsigned char *)b.p + b.n;
        if (ch < 0x80) {
            o[0] = (unsigned char)ch;
            b.n += 1;
        }
        else if (ch < 0x800) {
            o[0] = (unsigned char)(0xC0 | (ch >> 6));
            o[1] = (unsigned char)(0x80 | (ch & 0x3F));
            b.n += 2;
        }
        else if (ch < 0x10000) {
            if (Py_UNICODE_IS_SURROGATE(ch)) {
                Py_ssize_t end = i + 1;
                while (end < n && Py_UNICODE_IS_SURROGATE(PyUnicode_READ(kind, data, end)))
                    end++;
                if (!have_h) {
                    h = _KrUnicode_GetErrorHandler(errors);
                    have_h = 1;
                }
                static const encoder_form utf8_form = {"utf-8", "surrogates not allowed", 1, 0};
                Py_ssize_t pos = encode_unencodable(h, errors, &utf8_form, str, i, end, &b);
                if (pos < 0 || bb_reserve(&b, (n - pos) * per) < 0)
                    goto error;
                i = pos - 1;
                continue;
            }
            o[0] = (unsigned char)(0xE0 | (ch >> 12));
            o[1] = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
            o[2] = (unsigned char)(0x80 | (ch & 0x3F));
            b.n += 3;
        }
        else {
            o[0] = (unsigned char)(0xF0 | (ch >> 18));
            o[1] = (unsigned char)(0x80 | ((ch >> 12) & 0x3F));
            o[2] = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
            o[3] = (unsigned char)(0x80 | (ch & 0x3F));
            b.n += 4;
        }
    }
    return bb_finish(&b);
error:
    PyMem_Free(b.p);
    return NULL;
}

PyObject *PyUnicode_AsUTF8String(PyObject *u)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadArgument();
        return NULL;
    }
    return encode_utf8(u, NULL);
}

const char *PyUnicode_AsUTF8AndSize(PyObject *u, Py_ssize_t *size)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadArgument();
        return NULL;
    }
    if (PyUnicode_IS_ASCII(u)) {
        if (size)
            *size = PyUnicode_GET_LENGTH(u);
        return PyUnicode_DATA(u);
    }
    PyCompactUnicodeObject *c = (PyCompactUnicodeObject *)u;
    if (c->utf8 == NULL) {
        PyObject *b = encode_utf8(u, NULL);
        if (b == NULL)
            return NULL;
        char *mem = PyObject_Malloc((size_t)PyBytes_GET_SIZE(b) + 1);
        if (mem == NULL) {
            Py_DECREF(b);
            PyErr_NoMemory();
            return NULL;
        }
        memcpy(mem, PyBytes_AS_STRING(b), (size_t)PyBytes_GET_SIZE(b) + 1);
        c->utf8 = mem;
        c->utf8_length = PyBytes_GET_SIZE(b);
        Py_DECREF(b);
    }
    if (size)
        *size = c->utf8_length;
    return c->utf8;
}

const char *PyUnicode_AsUTF8(PyObject *u)
{
    return PyUnicode_AsUTF8AndSize(u, NULL);
}

/* ====================== latin-1 and ASCII ====================== */

/* cp1252 (Windows Western European) is latin-1 except for the bytes
 * 0x80-0x9F, which hold typographic characters; 0 marks the five bytes it
 * leaves undefined. */
static const Py_UCS2 cp1252_high[32] = {
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
    0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178};

/* The byte a one-byte codec writes for ch, or -1: the codes up to `limit`
 * map to themselves, except that a `high` table replaces 0x80-0x9F. */
static int charmap_byte(Py_UCS4 ch, Py_UCS4 limit, const Py_UCS2 *high)
{
    if (high == NULL || ch < 0x80 || ch > 0x9f) {
        if (ch <= limit)
            return (int)ch;
        if (high == NULL || ch < 0x100)
            return -1;
        for (int k = 0; k < 32; k++)
            if (high[k] == ch)
                return 0x80 + k;
    }
    return -1;
}

static PyObject *encode_charmap_table(PyObject *str, const char *errors, Py_UCS4 limit,
                                      const Py_UCS2 *high, const char *encoding,
                                      const char *reason)
{
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    if (PyUnicode_MAX_CHAR_VALUE(str) <= (high ? 0x7f : limit) ||
        (kind == 1 && limit == 0xff && high == NULL))
        if (kind == 1)
            return PyBytes_FromStringAndSize(data, n);
    bytebuf b = {NULL, 0, 0};
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    for (Py_ssize_t i = 0; i < n; i++) {
        int byte = charmap_byte(PyUnicode_READ(kind, data, i), limit, high);
        if (byte >= 0) {
            char c = (char)byte;
            if (bb_put(&b, &c, 1) < 0)
                goto error;
            continue;
        }
        Py_ssize_t end = i + 1;
        while (end < n && charmap_byte(PyUnicode_READ(kind, data, end), limit, high) < 0)
            end++;
        encoder_form f = {encoding, reason, 1, 0, high ? 0x80 : limit + 1};
        Py_ssize_t pos = encode_unencodable(h, errors, &f, str, i, end, &b);
        if (pos < 0)
            goto error;
        i = pos - 1;
    }
    return bb_finish(&b);
error:
    PyMem_Free(b.p);
    return NULL;
}

static PyObject *encode_charmap_limit(PyObject *str, const char *errors, Py_UCS4 limit,
                                      const char *encoding, const char *reason)
{
    return encode_charmap_table(str, errors, limit, NULL, encoding, reason);
}

/* bytes -> str through a latin-1 based table such as cp1252_high */
static PyObject *decode_charmap_table(const char *s, Py_ssize_t size, const char *errors,
                                      const Py_UCS2 *high)
{
    const unsigned char *p = (const unsigned char *)s;
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    Py_ssize_t i = 0;
    while (i < size) {
        Py_UCS4 ch = p[i] >= 0x80 && p[i] < 0xa0 ? high[p[i] - 0x80] : p[i];
        if (ch != 0 || p[i] == 0) {
            if (_PyUnicodeWriter_WriteChar(&w, ch) < 0)
                goto error;
            i++;
        }
        else if (KR_DECODE_ERROR("charmap", i, i + 1, "character maps to <undefined>") < 0)
            goto error;
    }
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

PyObject *PyUnicode_AsLatin1String(PyObject *u)
{
    return encode_charmap_limit(u, NULL, 0xff, "latin-1", "ordinal not in range(256)");
}

PyObject *PyUnicode_AsASCIIString(PyObject *u)
{
    return encode_charmap_limit(u, NULL, 0x7f, "ascii", "ordinal not in range(128)");
}

PyObject *PyUnicode_DecodeLatin1(const char *s, Py_ssize_t size, const char *errors)
{
    return PyUnicode_FromKindAndData(1, s, size);
}

PyObject *PyUnicode_DecodeASCII(const char *s, Py_ssize_t size, const char *errors)
{
    const unsigned char *p = (const unsigned char *)s;
    Py_ssize_t i = 0;
    while (i < size && p[i] < 0x80)
        i++;
    if (i == size)
        return _PyUnicode_FromASCII(s, size);
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    i = 0;
    while (i < size) {
        if (p[i] < 0x80) {
            if (_PyUnicodeWriter_WriteChar(&w, p[i]) < 0)
                goto error;
            i++;
        }
        else if (KR_DECODE_ERROR("ascii", i, i + 1, "ordinal not in range(128)") < 0)
            goto error;
    }
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* ====================== UTF-16 / UTF-32 ====================== */

static PyObject *encode_utf16_32(PyObject *str, const char *errors, int width, int order)
{
    /* order: 0 native (little-endian) with BOM, -1 little, 1 big */
    static const char *const names[2][3] = {{"utf-16-le", "utf-16", "utf-16-be"},
                                            {"utf-32-le", "utf-32", "utf-32-be"}};
    encoder_form f = {names[width == 4][order + 1], "surrogates not allowed", width, order == 1};
    bytebuf b = {NULL, 0, 0};
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    {
        /* no surrogate in the text: size the result exactly and store the
         * code units directly */
        Py_ssize_t units = n, k;
        for (k = 0; k < n && kind != PyUnicode_1BYTE_KIND; k++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, k);
            if (Py_UNICODE_IS_SURROGATE(ch))
                break;
            if (width == 2 && ch >= 0x10000)
                units++;
        }
        if (kind == PyUnicode_1BYTE_KIND || k == n) {
            if (units > PY_SSIZE_T_MAX / 4 - 1)
                return PyErr_NoMemory();
            PyObject *r = PyBytes_FromStringAndSize(NULL, (units + (order == 0)) * width);
            if (r == NULL)
                return NULL;
            unsigned char *o = (unsigned char *)PyBytes_AS_STRING(r);
            int big = order == 1;
#define KR_PUT_UNIT(u)                                                   \
    do {                                                                 \
        Py_UCS4 u_ = (u);                                                \
        for (int q_ = 0; q_ < width; q_++)                               \
            o[big ? width - 1 - q_ : q_] = (unsigned char)(u_ >> (8 * q_)); \
        o += width;                                                      \
    } while (0)
            if (order == 0)
                KR_PUT_UNIT(0xFEFF);
            if (width == 2 && !big && kind == PyUnicode_1BYTE_KIND) {
                const Py_UCS1 *src = data;
                for (k = 0; k < n; k++) {
                    o[0] = src[k];
                    o[1] = 0;
                    o += 2;
                }
            }
            else
                for (k = 0; k < n; k++) {
                    Py_UCS4 ch = PyUnicode_READ(kind, data, k);
                    if (width == 2 && ch >= 0x10000) {
                        KR_PUT_UNIT(0xD800 + ((ch - 0x10000) >> 10));
                        KR_PUT_UNIT(0xDC00 + ((ch - 0x10000) & 0x3FF));
                    }
                    else
                        KR_PUT_UNIT(ch);
                }
#undef KR_PUT_UNIT
            return r;
        }
    }
    _KrErrorHandler h = KR_ERR_STRICT;
    int have_h = 0;
    if (order == 0 && put_unit(&b, &f, 0xFEFF) < 0)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        int r;
        if (Py_UNICODE_IS_SURROGATE(ch)) {
            if (!have_h) {
                h = _KrUnicode_GetErrorHandler(errors);
                have_h = 1;
            }
            Py_ssize_t pos = encode_unencodable(h, errors, &f, str, i, i + 1, &b);
            if (pos < 0)
                goto error;
            i = pos - 1;
            continue;
        }
        else if (width == 2 && ch >= 0x10000) {
            r = put_unit(&b, &f, 0xD800 + ((ch - 0x10000) >> 10));
            if (r == 0)
                r = put_unit(&b, &f, 0xDC00 + ((ch - 0x10000) & 0x3FF));
        }
        else
            r = put_unit(&b, &f, ch);
        if (r < 0)
            goto error;
    }
    return bb_finish(&b);
error:
    PyMem_Free(b.p);
    return NULL;
}

PyObject *_KrUnicode_DecodeUTF16_32(const char *s, Py_ssize_t size, const char *errors,
                                    int width, int *porder, Py_ssize_t *consumed)
{
    int order = porder ? *porder : 0;
    const unsigned char *p = (const unsigned char *)s;
    const char *enc = width == 2 ? (order == 1 ? "utf-16-be" : order == -1 ? "utf-16-le" : "utf-16")
                                 : (order == 1 ? "utf-32-be" : order == -1 ? "utf-32-le" : "utf-32");
    int big = order == 1;
    Py_ssize_t i = 0;
    (void)enc;
    if (order == 0) {
        if (width == 2 && size >= 2) {
            if (p[0] == 0xFF && p[1] == 0xFE)
                i = 2;
            else if (p[0] == 0xFE && p[1] == 0xFF) {
                i = 2;
                big = 1;
            }
        }
        else if (width == 4 && size >= 4) {
            if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
                i = 4;
            else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
                i = 4;
                big = 1;
            }
        }
    }
    if (order == 0 && porder && i > 0)
        *porder = big ? 1 : -1;
    /* errors name the byte order actually used, as CPython does */
    enc = width == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    {
        /* well-formed input (the usual case): one pass to count the chars
         * and find the widest, one to fill the result; anything else
         * takes the general loop below from the start */
        Py_ssize_t k = i, nchars = 0;
        Py_UCS4 maxchar = 0;
#define KR_UNIT(at, nb) (nb == 2 ? (big ? ((Py_UCS4)p[at] << 8 | p[(at) + 1]) : ((Py_UCS4)p[(at) + 1] << 8 | p[at])) \
                                 : (big ? ((Py_UCS4)p[at] << 24 | (Py_UCS4)p[(at) + 1] << 16 | (Py_UCS4)p[(at) + 2] << 8 | p[(at) + 3]) \
                                        : ((Py_UCS4)p[(at) + 3] << 24 | (Py_UCS4)p[(at) + 2] << 16 | (Py_UCS4)p[(at) + 1] << 8 | p[at])))
        while (k < size) {
            if (size - k < width)
                break;
            Py_UCS4 v = KR_UNIT(k, width);
            if (width == 4) {
                if (v > 0x10FFFF || Py_UNICODE_IS_SURROGATE(v))
                    break;
                k += 4;
            }
            else if (Py_UNICODE_IS_SURROGATE(v)) {
                if (!Py_UNICODE_IS_HIGH_SURROGATE(v) || size - k < 4 ||
                    !Py_UNICODE_IS_LOW_SURROGATE(KR_UNIT(k + 2, 2)))
                    break;
                v = 0x10000;
                k += 4;
            }
            else
                k += 2;
            if (v > maxchar)
                maxchar = v;
            nchars++;
        }
        if (k == size) {
            PyObject *r = PyUnicode_New(nchars, maxchar);
            if (r == NULL)
                return NULL;
            int rkind = PyUnicode_KIND(r);
            void *rdata = PyUnicode_DATA(r);
            for (Py_ssize_t j = 0; j < nchars; j++) {
                Py_UCS4 v = KR_UNIT(i, width);
                if (width == 2 && Py_UNICODE_IS_HIGH_SURROGATE(v)) {
                    v = Py_UNICODE_JOIN_SURROGATES(v, KR_UNIT(i + 2, 2));
                    i += 2;
                }
                PyUnicode_WRITE(rkind, rdata, j, v);
                i += width;
            }
            if (consumed)
                *consumed = size;
            return r;
        }
#undef KR_UNIT
    }
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    while (i < size) {
        const char *reason = NULL;
        Py_ssize_t end = i + 2;
        if (size - i < width) {
            if (consumed)
                break;
            reason = "truncated data";
            end = size;
            goto bad;
        }
        Py_UCS4 v = 0;
        for (int q = 0; q < width; q++)
            v |= (Py_UCS4)p[i + (big ? width - 1 - q : q)] << (8 * q);
        if (width == 4) {
            if (v > 0x10FFFF || Py_UNICODE_IS_SURROGATE(v)) {
                reason = v > 0x10FFFF ? "code point not in range(0x110000)"
                                      : "code point in surrogate code point range(0xd800, 0xe000)";
                end = i + 4;
                goto bad;
            }
        }
        else if (Py_UNICODE_IS_HIGH_SURROGATE(v)) {
            if (size - i < 4) {
                if (consumed)
                    break;
                reason = "unexpected end of data";
                end = size;
                goto bad;
            }
            Py_UCS4 v2 = big ? ((Py_UCS4)p[i + 2] << 8 | p[i + 3]) : ((Py_UCS4)p[i + 3] << 8 | p[i + 2]);
            if (!Py_UNICODE_IS_LOW_SURROGATE(v2)) {
                reason = "illegal UTF-16 surrogate";
                goto bad;
            }
            v = Py_UNICODE_JOIN_SURROGATES(v, v2);
            i += 2;
        }
        else if (Py_UNICODE_IS_LOW_SURROGATE(v)) {
            reason = "illegal encoding";
            goto bad;
        }
        if (_PyUnicodeWriter_WriteChar(&w, v) < 0)
            goto error;
        i += width;
        continue;
    bad:
        if (KR_DECODE_ERROR(enc, i, end, reason) < 0)
            goto error;
    }
    if (consumed)
        *consumed = i;
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

static PyObject *decode_utf16_32(const char *s, Py_ssize_t size, const char *errors, int width,
                                 int order)
{
    return _KrUnicode_DecodeUTF16_32(s, size, errors, width, &order, NULL);
}

/* ====================== unicode_escape ====================== */

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static PyObject *decode_escape_common(const char *s, Py_ssize_t size, const char *errors,
                                      Py_ssize_t *consumed, const char **first_invalid,
                                      int raw, const char *encoding)
{
    const unsigned char *p = (const unsigned char *)s;
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    if (first_invalid)
        *first_invalid = NULL;
    Py_ssize_t i = 0;
    while (i < size) {
        if (p[i] != '\\') {
            if (_PyUnicodeWriter_WriteChar(&w, p[i]) < 0)
                goto error;
            i++;
            continue;
        }
        Py_ssize_t start = i;
        if (raw) {
            /* raw_unicode_escape: only \u and \U after an odd run of backslashes */
            Py_ssize_t j = i;
            while (j < size && p[j] == '\\')
                j++;
            Py_ssize_t nb = j - i;
            if (consumed && nb % 2 == 1 && j >= size) {
                /* the last backslash may begin an escape the next chunk ends */
                for (Py_ssize_t k = 0; k < nb - 1; k++)
                    if (_PyUnicodeWriter_WriteChar(&w, '\\') < 0)
                        goto error;
                i = j - 1;
                break;
            }
            if (nb % 2 == 0 || j >= size || (p[j] != 'u' && p[j] != 'U')) {
                for (Py_ssize_t k = i; k < j; k++)
                    if (_PyUnicodeWriter_WriteChar(&w, '\\') < 0)
                        goto error;
                i = j;
                continue;
            }
            for (Py_ssize_t k = 0; k < nb - 1; k++)
                if (_PyUnicodeWriter_WriteChar(&w, '\\') < 0)
                    goto error;
            start = j - 1;
            i = j - 1;
        }
        i++;
        if (i >= size) {
            if (consumed) {
                i = start;
                break;
            }
            if (KR_DECODE_ERROR(encoding, start, size, "\\ at end of string") < 0)
                goto error;
            continue;
        }
        unsigned char c = p[i++];
        Py_UCS4 ch;
        int digits = 0;
        const char *msg = NULL;
        switch (c) {
        case '\n': continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 't': ch = '\t'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 'v': ch = '\v'; break;
        case 'a': ch = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            ch = c - '0';
            if (i < size && p[i] >= '0' && p[i] <= '7') {
                ch = ch * 8 + (p[i++] - '0');
                if (i < size && p[i] >= '0' && p[i] <= '7')
                    ch = ch * 8 + (p[i++] - '0');
            }
            if (ch > 0377 && first_invalid && *first_invalid == NULL)
                *first_invalid = s + start + 1;
            break;
        case 'x': digits = 2; msg = "truncated \\xXX escape"; break;
        case 'u': digits = 4; msg = "truncated \\uXXXX escape"; break;
        case 'U': digits = 8; msg = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
            Py_ssize_t j = i;
            if (consumed && (i >= size || (p[i] == '{' && memchr(p + i, '}', (size_t)(size - i)) == NULL))) {
                /* \N or \N{... cut off at the end: the next chunk completes it */
                i = start;
                goto out;
            }
            if (i < size && p[i] == '{') {
                j = i + 1;
                while (j < size && p[j] != '}')
                    j++;
                if (j < size && j > i + 1) {
                    if (_KrUnicode_LookupName(s + i + 1, j - i - 1, &ch)) {
                        i = j + 1;
                        break;
                    }
                    i = j + 1;
                    if (KR_DECODE_ERROR(encoding, start, j + 1, "unknown Unicode character name") < 0)
                        goto error;
                    continue;
                }
            }
            i = j;
            if (KR_DECODE_ERROR(encoding, start, j, "malformed \\N character escape") < 0)
                goto error;
            continue;
        }
        default:
            if (first_invalid && *first_invalid == NULL)
                *first_invalid = s + start + 1;
            if (_PyUnicodeWriter_WriteChar(&w, '\\') < 0 || _PyUnicodeWriter_WriteChar(&w, c) < 0)
                goto error;
            continue;
        }
        if (digits) {
            if (raw && c == 'x') { /* not reached: raw only handles u/U */
            }
            ch = 0;
            int k;
            for (k = 0; k < digits && i < size; k++, i++) {
                int v = hexval(p[i]);
                if (v < 0)
                    break;
                ch = (ch << 4) | (Py_UCS4)v;
            }
            if (k < digits) {
                if (consumed && i >= size) {
                    i = start;
                    break;
                }
                if (KR_DECODE_ERROR(encoding, start, i, msg) < 0)
                    goto error;
                continue;
            }
            if (ch > 0x10FFFF) {
                if (KR_DECODE_ERROR(encoding, start, i, "illegal Unicode character") < 0)
                    goto error;
                continue;
            }
        }
        if (_PyUnicodeWriter_WriteChar(&w, ch) < 0)
            goto error;
    }
out:
    if (consumed)
        *consumed = i;
    if (holder != NULL && first_invalid && *first_invalid != NULL &&
        *first_invalid >= PyBytes_AS_STRING(holder) &&
        *first_invalid < PyBytes_AS_STRING(holder) + PyBytes_GET_SIZE(holder)) {
        /* the escape the caller warns about is in a replaced input that is
         * about to go: keep a copy of the (at most three) chars it reads */
        static char kept[4];
        strncpy(kept, *first_invalid, 3);
        kept[3] = 0;
        *first_invalid = kept;
    }
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

PyObject *_PyUnicode_DecodeUnicodeEscapeInternal(const char *s, Py_ssize_t size, const char *errors,
                                                 Py_ssize_t *consumed, const char **first_invalid_escape)
{
    return decode_escape_common(s, size, errors, consumed, first_invalid_escape, 0, "unicodeescape");
}

PyObject *PyUnicode_DecodeUnicodeEscape(const char *s, Py_ssize_t size, const char *errors)
{
    const char *first = NULL;
    PyObject *r = decode_escape_common(s, size, errors, NULL, &first, 0, "unicodeescape");
    if (r != NULL && first != NULL) {
        unsigned char c = (unsigned char)*first;
        int rc;
        if (c >= '4' && c <= '7')
            rc = PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                                  "invalid octal escape sequence '\\%.3s'", first);
        else
            rc = PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "invalid escape sequence '\\%c'", c);
        if (rc < 0) {
            Py_DECREF(r);
            return NULL;
        }
    }
    return r;
}

/* str -> bytes with Python escapes (the unicode_escape encoder) */
static PyObject *encode_unicode_escape(PyObject *str, int raw)
{
    bytebuf b = {NULL, 0, 0};
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    char buf[16];
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(str, i);
        int len;
        if (raw) {
            if (ch < 0x100) {
                buf[0] = (char)ch;
                len = 1;
            }
            else
                len = snprintf(buf, sizeof buf, ch < 0x10000 ? "\\u%04x" : "\\U%08x", ch);
        }
        else if (ch == '\\') {
            memcpy(buf, "\\\\", 2);
            len = 2;
        }
        else if (ch == '\t' || ch == '\n' || ch == '\r') {
            buf[0] = '\\';
            buf[1] = ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r';
            len = 2;
        }
        else if (ch >= 0x20 && ch < 0x7f) {
            buf[0] = (char)ch;
            len = 1;
        }
        else if (ch < 0x100)
            len = snprintf(buf, sizeof buf, "\\x%02x", ch);
        else if (ch < 0x10000)
            len = snprintf(buf, sizeof buf, "\\u%04x", ch);
        else
            len = snprintf(buf, sizeof buf, "\\U%08x", ch);
        if (bb_put(&b, buf, len) < 0) {
            PyMem_Free(b.p);
            return NULL;
        }
    }
    return bb_finish(&b);
}

/* ====================== the C codecs for the _codecs module ====================== */

PyObject *_KrUnicode_EncodeUTF8(PyObject *str, const char *errors)
{
    return encode_utf8(str, errors);
}

PyObject *_KrUnicode_EncodeLatin1(PyObject *str, const char *errors)
{
    return encode_charmap_limit(str, errors, 0xff, "latin-1", "ordinal not in range(256)");
}

PyObject *_KrUnicode_EncodeASCII(PyObject *str, const char *errors)
{
    return encode_charmap_limit(str, errors, 0x7f, "ascii", "ordinal not in range(128)");
}

PyObject *_KrUnicode_EncodeUTF16_32(PyObject *str, const char *errors, int width, int order)
{
    return encode_utf16_32(str, errors, width, order);
}

PyObject *_KrUnicode_EncodeUnicodeEscape(PyObject *str, int raw)
{
    return encode_unicode_escape(str, raw);
}

PyObject *_KrUnicode_DecodeUnicodeEscapeStateful(const char *s, Py_ssize_t size,
                                                 const char *errors, Py_ssize_t *consumed,
                                                 int raw)
{
    if (raw)
        return decode_escape_common(s, size, errors, consumed, NULL, 1, "rawunicodeescape");
    const char *first = NULL;
    PyObject *r = decode_escape_common(s, size, errors, consumed, &first, 0, "unicodeescape");
    if (r != NULL && first != NULL) {
        unsigned char c = (unsigned char)*first;
        int rc;
        if (c >= '4' && c <= '7')
            rc = PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                                  "invalid octal escape sequence '\\%.3s'", first);
        else
            rc = PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "invalid escape sequence '\\%c'", c);
        if (rc < 0) {
            Py_DECREF(r);
            return NULL;
        }
    }
    return r;
}

/* ---- UTF-7 (RFC 2152) ----
 * ASCII characters fall in four classes: set D (letters, digits and
 * '(),-./:?), set O (other punctuation), whitespace, and the rest (+, \,
 * ~ and control codes).  The encoder writes D, O and whitespace as
 * themselves and everything else as UTF-16 code units in modified base64
 * between '+' and (when the next char could be read as base64, or is
 * '-') a closing '-'.  The decoder is permissive: every ASCII byte but
 * '+' stands for itself. */
static const unsigned char utf7_class[128] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3};

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(Py_UCS4 c)
{
    if (c >= 'A' && c <= 'Z')
        return (int)(c - 'A');
    if (c >= 'a' && c <= 'z')
        return (int)(c - 'a' + 26);
    if (c >= '0' && c <= '9')
        return (int)(c - '0' + 52);
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

#define UTF7_DIRECT(c) ((c) > 0 && (c) < 128 && utf7_class[(c)] != 3)

PyObject *_KrUnicode_EncodeUTF7(PyObject *str, const char *errors)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    if (n > PY_SSIZE_T_MAX / 8)
        return PyErr_NoMemory();
    bytebuf b = {NULL, 0, 0};
    if (bb_reserve(&b, n * 8 + 2) < 0)
        return NULL;
    char *o = b.p;
    int shifted = 0, bits = 0;
    unsigned long acc = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (UTF7_DIRECT(ch)) {
            if (shifted) {
                if (bits)
                    *o++ = b64_chars[(acc << (6 - bits)) & 0x3f];
                bits = 0;
                acc = 0;
                shifted = 0;
                /* only a char that base64 could absorb needs the '-' */
                if (b64_value(ch) >= 0 || ch == '-')
                    *o++ = '-';
            }
            *o++ = (char)ch;
            continue;
        }
        if (!shifted) {
            if (ch == '+') {
                *o++ = '+';
                *o++ = '-';
                continue;
            }
            *o++ = '+';
            shifted = 1;
        }
        Py_UCS4 units[2];
        int nu = 1;
        units[0] = ch;
        if (ch >= 0x10000) {
            units[0] = 0xD800 + ((ch - 0x10000) >> 10);
            units[1] = 0xDC00 + ((ch - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int u = 0; u < nu; u++) {
            acc = (acc << 16) | units[u];
            bits += 16;
            while (bits >= 6) {
                *o++ = b64_chars[(acc >> (bits - 6)) & 0x3f];
                bits -= 6;
            }
            acc &= (1UL << bits) - 1;
        }
    }
    if (bits)
        *o++ = b64_chars[(acc << (6 - bits)) & 0x3f];
    if (shifted)
        *o++ = '-';
    b.n = o - b.p;
    return bb_finish(&b);
}

PyObject *_KrUnicode_DecodeUTF7(const char *s, Py_ssize_t size, const char *errors,
                                Py_ssize_t *consumed)
{
    const unsigned char *p = (const unsigned char *)s;
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    w.min_length = size;
    Py_ssize_t i = 0, start = 0, shift_out = 0;
    int shifted = 0, bits = 0;
    unsigned long acc = 0;
    Py_UCS4 surrogate = 0;
    const char *reason;
    while (i < size) {
        unsigned char c = p[i];
        if (shifted) {
            int v = c < 128 ? b64_value(c) : -1;
            if (v >= 0) {
                acc = (acc << 6) | (unsigned long)v;
                bits += 6;
                i++;
                if (bits >= 16) {
                    Py_UCS4 unit = (Py_UCS4)(acc >> (bits - 16)) & 0xFFFF;
                    bits -= 16;
                    acc &= (1UL << bits) - 1;
                    if (surrogate) {
                        if (Py_UNICODE_IS_LOW_SURROGATE(unit)) {
                            if (_PyUnicodeWriter_WriteChar(&w, Py_UNICODE_JOIN_SURROGATES(surrogate, unit)) < 0)
                                goto error;
                            surrogate = 0;
                            continue;
                        }
                        if (_PyUnicodeWriter_WriteChar(&w, surrogate) < 0)
                            goto error;
                        surrogate = 0;
                    }
                    if (Py_UNICODE_IS_HIGH_SURROGATE(unit))
                        surrogate = unit;
                    else if (_PyUnicodeWriter_WriteChar(&w, unit) < 0)
                        goto error;
                }
                continue;
            }
            /* leaving the base64 run */
            shifted = 0;
            if (bits >= 6) {
                i++;
                reason = "partial character in shift sequence";
                goto bad;
            }
            if (bits > 0 && acc != 0) {
                i++;
                reason = "non-zero padding bits in shift sequence";
                goto bad;
            }
            if (surrogate && c < 128 && c != '+' && _PyUnicodeWriter_WriteChar(&w, surrogate) < 0)
                goto error;
            surrogate = 0;
            if (c == '-')
                i++;
            continue;
        }
        if (c == '+') {
            start = i++;
            if (i < size && p[i] == '-') {
                i++;
                if (_PyUnicodeWriter_WriteChar(&w, '+') < 0)
                    goto error;
            }
            else if (i < size && (p[i] >= 128 || b64_value(p[i]) < 0)) {
                i++;
                reason = "ill-formed sequence";
                goto bad;
            }
            else {
                shifted = 1;
                surrogate = 0;
                shift_out = w.pos;
                bits = 0;
                acc = 0;
            }
            continue;
        }
        if (c < 128) {
            if (_PyUnicodeWriter_WriteChar(&w, c) < 0)
                goto error;
            i++;
            continue;
        }
        start = i++;
        reason = "unexpected special character";
    bad:
        if (KR_DECODE_ERROR("utf7", start, i, reason) < 0)
            goto error;
    }
    if (shifted && !consumed) {
        shifted = 0;
        if (surrogate || bits >= 6 || (bits > 0 && acc != 0)) {
            i = size;
            if (KR_DECODE_ERROR("utf7", start, size, "unterminated shift sequence") < 0)
                goto error;
            if (i < size) {
                /* a registered handler may resume inside the data */
                PyObject *head = _PyUnicodeWriter_Finish(&w);
                PyObject *tail = head ? _KrUnicode_DecodeUTF7(s + i, size - i, errors, NULL) : NULL;
                PyObject *r = tail ? PyUnicode_Concat(head, tail) : NULL;
                Py_XDECREF(head);
                Py_XDECREF(tail);
                Py_XDECREF(holder);
                return r;
            }
        }
    }
    if (consumed) {
        if (shifted) {
            /* hand the unfinished run back: the next call reads it again */
            *consumed = start;
            w.pos = shift_out;
        }
        else
            *consumed = i;
    }
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* ---- charmap: one-byte codecs driven by a Python-level table ----
 * The encodings package's cp*, iso8859_*, mac_* ... modules decode with a
 * 256-char str and encode with an EncodingMap built from it once
 * (charmap_build).  The map is two-level: a block of 256 entries for each
 * high byte of a BMP code point that occurs, -1 for unmapped. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t nblocks;
    short level1[256];       /* block index by ch >> 8, -1 for none */
    short (*blocks)[256];    /* the byte for ch & 0xff, -1 for none */
} EncodingMapObject;

static void encodingmap_dealloc(PyObject *op)
{
    PyMem_Free(((EncodingMapObject *)op)->blocks);
    PyObject_Free(op);
}

static PyObject *encodingmap_size(PyObject *op, PyObject *unused)
{
    EncodingMapObject *m = (EncodingMapObject *)op;
    return PyLong_FromSsize_t((Py_ssize_t)sizeof(*m) + m->nblocks * (Py_ssize_t)sizeof(m->blocks[0]));
}

static PyMethodDef encodingmap_methods[] = {
    {"size", encodingmap_size, METH_NOARGS, "Return the size (in bytes) of this object"},
    {NULL, NULL, 0, NULL}};

PyTypeObject _KrEncodingMap_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "EncodingMap",
    .tp_basicsize = sizeof(EncodingMapObject),
    .tp_dealloc = encodingmap_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = encodingmap_methods,
};

static int encodingmap_lookup(EncodingMapObject *m, Py_UCS4 ch)
{
    if (ch >= 0x10000)
        return -1;
    int blk = m->level1[ch >> 8];
    return blk < 0 ? -1 : m->blocks[blk][ch & 0xff];
}

PyObject *_KrUnicode_BuildEncodingMap(PyObject *string)
{
    if (!PyUnicode_Check(string)) {
        PyErr_BadArgument();
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(string);
    int kind = PyUnicode_KIND(string);
    const void *data = PyUnicode_DATA(string);
    /* CPython's rule for when a table gets a dict rather than a map: a
     * table of another length, one not mapping byte 0 to U+0000, one with
     * U+0000 or a non-BMP char elsewhere, or one spread over too many
     * 2048- or 128-char blocks */
    int need_dict = n != 256 || PyUnicode_READ(kind, data, 0) != 0;
    {
        unsigned char seen11[32] = {0}, seen7[512] = {0};
        int count11 = 0, count7 = 0;
        for (Py_ssize_t i = 1; i < n && !need_dict; i++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (ch == 0 || ch > 0xFFFF) {
                need_dict = 1;
                break;
            }
            if (ch == 0xFFFE)
                continue;
            if (!seen11[ch >> 11]) {
                seen11[ch >> 11] = 1;
                count11++;
            }
            if (!seen7[ch >> 7]) {
                seen7[ch >> 7] = 1;
                count7++;
            }
        }
        if (count11 >= 0xFF || count7 >= 0xFF)
            need_dict = 1;
    }
    if (need_dict) {
        /* outside what the map holds: a dict of ordinals serves the same */
        PyObject *d = PyDict_New();
        for (Py_ssize_t i = 0; d != NULL && i < n; i++) {
            PyObject *k = PyLong_FromLong((long)PyUnicode_READ(kind, data, i));
            PyObject *v = PyLong_FromSsize_t(i);
            if (k == NULL || v == NULL || PyDict_SetItem(d, k, v) < 0)
                Py_CLEAR(d);
            Py_XDECREF(k);
            Py_XDECREF(v);
        }
        return d;
    }
    EncodingMapObject *m = PyObject_New(EncodingMapObject, &_KrEncodingMap_Type);
    if (m == NULL)
        return NULL;
    m->nblocks = 0;
    m->blocks = NULL;
    memset(m->level1, 0xff, sizeof m->level1);
    for (int pass = 0; pass < 2; pass++) {
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (ch == 0xFFFE)
                continue;
            int hi = (int)(ch >> 8);
            if (pass == 0) {
                if (m->level1[hi] < 0)
                    m->level1[hi] = (short)m->nblocks++;
            }
            else
                m->blocks[m->level1[hi]][ch & 0xff] = (short)i;
        }
        if (pass == 0) {
            m->blocks = PyMem_Malloc(sizeof(m->blocks[0]) * (size_t)(m->nblocks ? m->nblocks : 1));
            if (m->blocks == NULL) {
                Py_DECREF(m);
                return PyErr_NoMemory();
            }
            memset(m->blocks, 0xff, sizeof(m->blocks[0]) * (size_t)m->nblocks);
        }
    }
    return (PyObject *)m;
}

/* The bytes `mapping` gives for ch: appended to b; returns 1 when written,
 * 0 when ch is unmapped, -1 on error. */
static int charmap_encode_one(PyObject *mapping, Py_UCS4 ch, bytebuf *b)
{
    if (Py_IS_TYPE(mapping, &_KrEncodingMap_Type)) {
        int v = encodingmap_lookup((EncodingMapObject *)mapping, ch);
        if (v < 0)
            return 0;
        char c = (char)v;
        return bb_put(b, &c, 1) < 0 ? -1 : 1;
    }
    PyObject *key = PyLong_FromLong((long)ch);
    if (key == NULL)
        return -1;
    PyObject *v = PyObject_GetItem(mapping, key);
    Py_DECREF(key);
    if (v == NULL) {
        if (PyErr_ExceptionMatches(PyExc_LookupError)) {
            PyErr_Clear();
            return 0;
        }
        return -1;
    }
    int r;
    if (v == Py_None)
        r = 0;
    else if (PyLong_Check(v)) {
        long x = PyLong_AsLong(v);
        if (x == -1 && PyErr_Occurred())
            r = -1;
        else if (x < 0 || x > 255) {
            PyErr_SetString(PyExc_TypeError, "character mapping must be in range(256)");
            r = -1;
        }
        else {
            char c = (char)x;
            r = bb_put(b, &c, 1) < 0 ? -1 : 1;
        }
    }
    else if (PyBytes_Check(v))
        r = bb_put(b, PyBytes_AS_STRING(v), PyBytes_GET_SIZE(v)) < 0 ? -1 : 1;
    else {
        PyErr_Format(PyExc_TypeError,
                     "character mapping must return integer, bytes or None, not %.400s",
                     Py_TYPE(v)->tp_name);
        r = -1;
    }
    Py_DECREF(v);
    return r;
}

PyObject *_KrUnicode_EncodeCharmap(PyObject *str, const char *errors, PyObject *mapping)
{
    if (mapping == NULL || mapping == Py_None)
        return _KrUnicode_EncodeLatin1(str, errors);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    bytebuf b = {NULL, 0, 0};
    PyObject *handler = NULL;
    if (bb_reserve(&b, n) < 0)
        return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        int r = charmap_encode_one(mapping, PyUnicode_READ(kind, data, i), &b);
        if (r < 0)
            goto error;
        if (r > 0) {
            i++;
            continue;
        }
        /* the run of unmapped chars goes to the error handler as one; its
         * replacement is encoded through the same mapping */
        Py_ssize_t end = i + 1;
        bytebuf probe = {NULL, 0, 0};
        while (end < n) {
            r = charmap_encode_one(mapping, PyUnicode_READ(kind, data, end), &probe);
            if (r != 0)
                break;
            end++;
        }
        PyMem_Free(probe.p);
        if (r < 0)
            goto error;
        if (_KrUnicode_GetErrorHandler(errors) == KR_ERR_IGNORE) {
            i = end;
            continue;
        }
        PyObject *exc = PyObject_CallFunction(PyExc_UnicodeEncodeError, "sOnns", "charmap", str,
                                              i, end, "character maps to <undefined>");
        if (exc == NULL)
            goto error;
        if (_KrUnicode_GetErrorHandler(errors) == KR_ERR_STRICT) {
            PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
            Py_DECREF(exc);
            goto error;
        }
        if (handler == NULL && (handler = PyCodec_LookupError(errors)) == NULL) {
            Py_DECREF(exc);
            goto error;
        }
        PyObject *res = PyObject_CallOneArg(handler, exc);
        if (res == NULL) {
            Py_DECREF(exc);
            goto error;
        }
        PyObject *rep = PyTuple_Check(res) && PyTuple_GET_SIZE(res) == 2 ? PyTuple_GET_ITEM(res, 0) : NULL;
        Py_ssize_t pos = -1;
        if (rep == NULL || !(PyUnicode_Check(rep) || PyBytes_Check(rep)) ||
            !PyLong_Check(PyTuple_GET_ITEM(res, 1))) {
            PyErr_SetString(PyExc_TypeError, "encoding error handler must return (str/bytes, int) tuple");
            r = -1;
        }
        else if ((pos = PyLong_AsSsize_t(PyTuple_GET_ITEM(res, 1))) == -1 && PyErr_Occurred())
            r = -1;
        else if (PyBytes_Check(rep))
            r = bb_put(&b, PyBytes_AS_STRING(rep), PyBytes_GET_SIZE(rep));
        else {
            r = 0;
            for (Py_ssize_t k = 0; k < PyUnicode_GET_LENGTH(rep) && r == 0; k++) {
                int w1 = charmap_encode_one(mapping, PyUnicode_READ_CHAR(rep, k), &b);
                if (w1 == 0) {
                    PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
                    r = -1;
                }
                else if (w1 < 0)
                    r = -1;
            }
        }
        Py_DECREF(res);
        Py_DECREF(exc);
        if (r < 0)
            goto error;
        if (pos < 0)
            pos += n;
        if (pos < 0 || pos > n) {
            PyErr_Format(PyExc_IndexError, "position %zd from error handler out of bounds", pos);
            goto error;
        }
        i = pos;
    }
    Py_XDECREF(handler);
    return bb_finish(&b);
error:
    Py_XDECREF(handler);
    PyMem_Free(b.p);
    return NULL;
}

PyObject *_KrUnicode_DecodeCharmap(const char *s, Py_ssize_t size, const char *errors,
                                   PyObject *mapping)
{
    if (mapping == NULL || mapping == Py_None)
        return PyUnicode_DecodeLatin1(s, size, errors);
    const unsigned char *p = (const unsigned char *)s;
    if (PyUnicode_Check(mapping)) {
        /* a decoding table and no undefined byte: one pass for the widest
         * char, one to fill the result */
        int tkind = PyUnicode_KIND(mapping);
        const void *tdata = PyUnicode_DATA(mapping);
        Py_ssize_t tlen = PyUnicode_GET_LENGTH(mapping), k;
        Py_UCS4 maxchar = 0;
        for (k = 0; k < size; k++) {
            if (p[k] >= tlen)
                break;
            Py_UCS4 ch = PyUnicode_READ(tkind, tdata, p[k]);
            if (ch == 0xFFFE)
                break;
            if (ch > maxchar)
                maxchar = ch;
        }
        if (k == size) {
            PyObject *r = PyUnicode_New(size, maxchar);
            if (r == NULL)
                return NULL;
            int rkind = PyUnicode_KIND(r);
            void *rdata = PyUnicode_DATA(r);
            for (k = 0; k < size; k++)
                PyUnicode_WRITE(rkind, rdata, k, PyUnicode_READ(tkind, tdata, p[k]));
            return r;
        }
    }
    _KrErrorHandler h = _KrUnicode_GetErrorHandler(errors);
    _PyUnicodeWriter w;
    PyObject *holder = NULL; /* input a registered error handler put in place */
    _PyUnicodeWriter_Init(&w);
    w.min_length = size;
    int table = PyUnicode_Check(mapping);
    Py_ssize_t tlen = table ? PyUnicode_GET_LENGTH(mapping) : 0;
    Py_ssize_t i = 0;
    while (i < size) {
        unsigned char c = p[i];
        int ok = 0;
        if (table) {
            if (c < tlen) {
                Py_UCS4 ch = PyUnicode_READ_CHAR(mapping, c);
                if (ch != 0xFFFE) {
                    if (_PyUnicodeWriter_WriteChar(&w, ch) < 0)
                        goto error;
                    ok = 1;
                }
            }
        }
        else {
            PyObject *key = PyLong_FromLong(c);
            if (key == NULL)
                goto error;
            PyObject *v = PyObject_GetItem(mapping, key);
            Py_DECREF(key);
            if (v == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_LookupError))
                    goto error;
                PyErr_Clear();
            }
            else if (v == Py_None)
                Py_DECREF(v);
            else if (PyLong_Check(v)) {
                long x = PyLong_AsLong(v);
                Py_DECREF(v);
                if (x == -1 && PyErr_Occurred())
                    goto error;
                if (x < 0 || x > 0x10FFFF) {
                    PyErr_SetString(PyExc_TypeError, "character mapping must be in range(0x110000)");
                    goto error;
                }
                if (x != 0xFFFE) {
                    if (_PyUnicodeWriter_WriteChar(&w, (Py_UCS4)x) < 0)
                        goto error;
                    ok = 1;
                }
            }
            else if (PyUnicode_Check(v)) {
                int undefined = PyUnicode_GET_LENGTH(v) == 1 && PyUnicode_READ_CHAR(v, 0) == 0xFFFE;
                int r = undefined ? 0 : _PyUnicodeWriter_WriteStr(&w, v);
                Py_DECREF(v);
                if (r < 0)
                    goto error;
                ok = !undefined;
            }
            else {
                Py_DECREF(v);
                PyErr_SetString(PyExc_TypeError, "character mapping must return integer, None or str");
                goto error;
            }
        }
        if (ok) {
            i++;
            continue;
        }
        if (KR_DECODE_ERROR("charmap", i, i + 1, "character maps to <undefined>") < 0)
            goto error;
    }
    Py_XDECREF(holder);
    return _PyUnicodeWriter_Finish(&w);
error:
    Py_XDECREF(holder);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* ====================== codecs by name ====================== */

enum { C_UTF8, C_LATIN1, C_ASCII, C_UESC, C_RAWUESC, C_UTF16, C_UTF16LE, C_UTF16BE,
       C_UTF32, C_UTF32LE, C_UTF32BE, C_CP1252, C_UNKNOWN };

/* A codec name as CPython's codec machinery reads it: lower case, each run
 * of characters other than letters, digits and '.' one '_', none at the
 * ends.  Returns 0 if it does not fit. */
int _Py_normalize_encoding(const char *encoding, char *out, size_t size)
{
    size_t k = 0;
    int punct = 0;
    for (const char *p = encoding; *p; p++) {
        char c = *p;
        int upper = c >= 'A' && c <= 'Z';
        if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
            if (punct && k > 0) {
                if (k + 1 >= size)
                    return 0;
                out[k++] = '_';
            }
            punct = 0;
            if (k + 1 >= size)
                return 0;
            out[k++] = upper ? (char)(c + 32) : c;
        }
        else
            punct = 1;
    }
    out[k] = 0;
    return 1;
}

/* *fast: one of the names CPython encodes and decodes without its codec
 * registry; errors from the others come wrapped (wrap_codec_error). */
static int codec_lookup(const char *encoding, int *fast)
{
    *fast = 1;
    if (encoding == NULL)
        return C_UTF8;
    char norm[64];
    if (!_Py_normalize_encoding(encoding, norm, sizeof norm)) {
        *fast = 0;
        return C_UNKNOWN;
    }
    static const struct { const char *name; int id; int fast; } names[] = {
        {"utf_8", C_UTF8, 1}, {"utf8", C_UTF8, 1}, {"u8", C_UTF8, 0}, {"utf", C_UTF8, 0},
        {"cp65001", C_UTF8, 0}, {"utf8_ucs2", C_UTF8, 0}, {"utf8_ucs4", C_UTF8, 0},
        {"latin_1", C_LATIN1, 1}, {"latin1", C_LATIN1, 1}, {"iso_8859_1", C_LATIN1, 1},
        {"iso8859_1", C_LATIN1, 1}, {"8859", C_LATIN1, 0}, {"cp819", C_LATIN1, 0},
        {"l1", C_LATIN1, 0}, {"latin", C_LATIN1, 0}, {"iso_ir_100", C_LATIN1, 0},
        {"iso_8859_1_1987", C_LATIN1, 0}, {"csisolatin1", C_LATIN1, 0}, {"ibm819", C_LATIN1, 0},
        {"ascii", C_ASCII, 1}, {"us_ascii", C_ASCII, 1}, {"646", C_ASCII, 0}, {"us", C_ASCII, 0},
        {"ansi_x3.4_1968", C_ASCII, 0}, {"ansi_x3_4_1968", C_ASCII, 0}, {"cp367", C_ASCII, 0},
        {"csascii", C_ASCII, 0}, {"ibm367", C_ASCII, 0}, {"iso646_us", C_ASCII, 0},
        {"iso_646.irv_1991", C_ASCII, 0}, {"iso_ir_6", C_ASCII, 0}, {"ansi_x3.4_1986", C_ASCII, 0},
        {"unicode_escape", C_UESC, 0}, {"raw_unicode_escape", C_RAWUESC, 0},
        {"utf_16", C_UTF16, 1}, {"utf16", C_UTF16, 1}, {"u16", C_UTF16, 0},
        {"utf_16_le", C_UTF16LE, 0}, {"utf_16le", C_UTF16LE, 0}, {"unicodelittleunmarked", C_UTF16LE, 0},
        {"utf_16_be", C_UTF16BE, 0}, {"utf_16be", C_UTF16BE, 0}, {"unicodebigunmarked", C_UTF16BE, 0},
        {"utf_32", C_UTF32, 1}, {"utf32", C_UTF32, 1}, {"u32", C_UTF32, 0},
        {"utf_32_le", C_UTF32LE, 0}, {"utf_32le", C_UTF32LE, 0},
        {"utf_32_be", C_UTF32BE, 0}, {"utf_32be", C_UTF32BE, 0},
        {"cp1252", C_CP1252, 0}, {"windows_1252", C_CP1252, 0}, {"1252", C_CP1252, 0},
        {NULL, 0, 0}};
    for (int i = 0; names[i].name; i++)
        if (strcmp(names[i].name, norm) == 0) {
            *fast = names[i].fast;
            return names[i].id;
        }
    *fast = 0;
    return C_UNKNOWN;
}

/* CPython reaches the codecs outside its fast-path names through its codec
 * registry, which re-raises a codec's plain errors (LookupError for an
 * unknown error handler, ...) as "encoding with 'NAME' codec failed
 * (LookupError: ...)", the original as the cause.  UnicodeError and other
 * exceptions with state of their own pass unchanged. */
static PyObject *wrap_codec_error(const char *op, const char *encoding)
{
    return _KrCodec_WrapError(op, encoding);
}

/* In development mode the encoding and the error handler must exist even
 * when the text never needs them (an empty string, an all-ASCII one), as
 * CPython checks: a typo in a rarely taken path shows at once. */
static int
dev_mode_check(const char *encoding, const char *errors)
{
    if (!_Kr_DevMode || (encoding == NULL && errors == NULL))
        return 0;
    if (encoding != NULL && strcmp(encoding, "utf-8") != 0) {
        PyObject *info = _PyCodec_Lookup(encoding);
        if (info == NULL)
            return -1;
        Py_DECREF(info);
    }
    if (errors != NULL && strcmp(errors, "strict") != 0) {
        PyObject *handler = PyCodec_LookupError(errors);
        if (handler == NULL)
            return -1;
        Py_DECREF(handler);
    }
    return 0;
}

PyObject *_KrUnicode_EncodeByName(PyObject *str, const char *encoding, const char *errors)
{
    int fast;
    PyObject *r;
    if (dev_mode_check(encoding, errors) < 0)
        return NULL;
    switch (codec_lookup(encoding, &fast)) {
    case C_UTF8: r = encode_utf8(str, errors); break;
    case C_LATIN1: r = encode_charmap_limit(str, errors, 0xff, "latin-1", "ordinal not in range(256)"); break;
    case C_ASCII: r = encode_charmap_limit(str, errors, 0x7f, "ascii", "ordinal not in range(128)"); break;
    case C_UESC: r = encode_unicode_escape(str, 0); break;
    case C_RAWUESC: r = encode_unicode_escape(str, 1); break;
    case C_UTF16: r = encode_utf16_32(str, errors, 2, 0); break;
    case C_UTF16LE: r = encode_utf16_32(str, errors, 2, -1); break;
    case C_UTF16BE: r = encode_utf16_32(str, errors, 2, 1); break;
    case C_UTF32: r = encode_utf16_32(str, errors, 4, 0); break;
    case C_UTF32LE: r = encode_utf16_32(str, errors, 4, -1); break;
    case C_UTF32BE: r = encode_utf16_32(str, errors, 4, 1); break;
    case C_CP1252:
        r = encode_charmap_table(str, errors, 0xff, cp1252_high, "charmap",
                                 "character maps to <undefined>");
        break;
    default:
        return _KrCodec_EncodeText(str, encoding, errors);
    }
    if (r == NULL && !fast)
        return wrap_codec_error("encoding", encoding);
    return r;
}

PyObject *_KrUnicode_DecodeByName(const char *s, Py_ssize_t len, const char *encoding,
                                  const char *errors)
{
    int fast;
    PyObject *r;
    if (dev_mode_check(encoding, errors) < 0)
        return NULL;
    switch (codec_lookup(encoding, &fast)) {
    case C_UTF8: r = PyUnicode_DecodeUTF8Stateful(s, len, errors, NULL); break;
    case C_LATIN1: r = PyUnicode_DecodeLatin1(s, len, errors); break;
    case C_ASCII: r = PyUnicode_DecodeASCII(s, len, errors); break;
    case C_UESC: r = PyUnicode_DecodeUnicodeEscape(s, len, errors); break;
    case C_RAWUESC: r = decode_escape_common(s, len, errors, NULL, NULL, 1, "rawunicodeescape"); break;
    case C_UTF16: r = decode_utf16_32(s, len, errors, 2, 0); break;
    case C_UTF16LE: r = decode_utf16_32(s, len, errors, 2, -1); break;
    case C_UTF16BE: r = decode_utf16_32(s, len, errors, 2, 1); break;
    case C_UTF32: r = decode_utf16_32(s, len, errors, 4, 0); break;
    case C_UTF32LE: r = decode_utf16_32(s, len, errors, 4, -1); break;
    case C_UTF32BE: r = decode_utf16_32(s, len, errors, 4, 1); break;
    case C_CP1252: r = decode_charmap_table(s, len, errors, cp1252_high); break;
    default:
        return _KrCodec_DecodeText(s, len, encoding, errors);
    }
    if (r == NULL && !fast)
        return wrap_codec_error("decoding", encoding);
    return r;
}

PyObject *PyUnicode_AsEncodedString(PyObject *u, const char *encoding, const char *errors)
{
    if (!PyUnicode_Check(u)) {
        PyErr_BadArgument();
        return NULL;
    }
    return _KrUnicode_EncodeByName(u, encoding, errors);
}

PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
{
    return _KrUnicode_DecodeByName(s, size, encoding, errors);
}

PyObject *PyUnicode_DecodeFSDefault(const char *s)
{
    return PyUnicode_DecodeUTF8Stateful(s, (Py_ssize_t)strlen(s), "surrogateescape", NULL);
}

PyObject *PyUnicode_DecodeFSDefaultAndSize(const char *s, Py_ssize_t size)
{
    return PyUnicode_DecodeUTF8Stateful(s, size, "surrogateescape", NULL);
}

PyObject *PyUnicode_EncodeFSDefault(PyObject *u)
{
    return encode_utf8(u, "surrogateescape");
}

PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors)
{
    if (PyUnicode_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "decoding str is not supported");
        return NULL;
    }
    Py_buffer view;
    if (PyBytes_Check(obj) && PyBytes_GET_SIZE(obj) == 0) {
        /* nothing to decode: no codec is looked up (outside dev mode) */
        if (dev_mode_check(encoding, errors) < 0)
            return NULL;
        return PyUnicode_New(0, 0);
    }
    if (PyBytes_Check(obj))
        return _KrUnicode_DecodeByName(PyBytes_AS_STRING(obj), PyBytes_GET_SIZE(obj),
                                       encoding ? encoding : "utf-8", errors);
    if (!PyObject_CheckBuffer(obj)) {
        PyErr_Format(PyExc_TypeError, "decoding to str: need a bytes-like object, %.80s found",
                     Py_TYPE(obj)->tp_name);
        return NULL;
    }
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    if (view.len == 0) {
        PyBuffer_Release(&view);
        if (dev_mode_check(encoding, errors) < 0)
            return NULL;
        return PyUnicode_New(0, 0);
    }
    PyObject *r = _KrUnicode_DecodeByName(view.buf, view.len, encoding ? encoding : "utf-8", errors);
    PyBuffer_Release(&view);
    return r;
}

PyObject *PyUnicode_FromObject(PyObject *obj)
{
    if (PyUnicode_CheckExact(obj))
        return Py_NewRef(obj);
    if (PyUnicode_Check(obj))
        return unicode_exact(obj);
    PyErr_Format(PyExc_TypeError, "Can't convert '%.100s' object to str implicitly",
                 Py_TYPE(obj)->tp_name);
    return NULL;
}

/* ====================== PyUnicode_FromFormat ====================== */

static int write_padded(_PyUnicodeWriter *w, PyObject *s, Py_ssize_t width, Py_ssize_t prec)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (prec >= 0 && len > prec)
        len = prec;
    if (width > len && _KrUnicodeWriter_WriteFill(w, ' ', width - len) < 0)
        return -1;
    return _PyUnicodeWriter_WriteSubstring(w, s, 0, len);
}

PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs)
{
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    va_list ap;
    va_copy(ap, vargs);
    for (const char *f = format; *f;) {
        if (*f != '%') {
            const char *q = f;
            while (*q && *q != '%')
                q++;
            if (_PyUnicodeWriter_WriteASCIIString(&w, f, q - f) < 0)
                goto error;
            f = q;
            continue;
        }
        const char *spec_start = f++;
        if (*f == '%') {
            if (_PyUnicodeWriter_WriteChar(&w, '%') < 0)
                goto error;
            f++;
            continue;
        }
        int zero = 0, minus = 0;
        while (*f == '0' || *f == '-') {
            if (*f == '0')
                zero = 1;
            else
                minus = 1;
            f++;
        }
        Py_ssize_t width = -1, prec = -1;
        if (*f == '*') {
            width = va_arg(ap, int);
            f++;
        }
        else if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9')
                width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            if (*f == '*') {
                prec = va_arg(ap, int);
                f++;
            }
            else {
                prec = 0;
                while (*f >= '0' && *f <= '9')
                    prec = prec * 10 + (*f++ - '0');
            }
        }
        int lmod = 0; /* 1 l, 2 ll, 3 z */
        if (*f == 'l') {
            lmod = 1;
            f++;
            if (*f == 'l') {
                lmod = 2;
                f++;
            }
        }
        else if (*f == 'z') {
            lmod = 3;
            f++;
        }
        char buf[64];
        char cfmt[16];
        PyObject *s = NULL;
        switch (*f) {
        case 'c': {
            int ch = va_arg(ap, int);
            if (_PyUnicodeWriter_WriteChar(&w, (Py_UCS4)ch) < 0)
                goto error;
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            char conv = *f;
            snprintf(cfmt, sizeof cfmt, "%%%s%s%s%c", minus ? "-" : "", zero ? "0" : "",
                     lmod == 1 ? "l" : lmod == 2 ? "ll" : lmod == 3 ? "z" : "", conv);
            char *dst = buf;
            int wid = width < 0 ? 0 : (int)width;
            char fmt2[24];
            snprintf(fmt2, sizeof fmt2, "%%%s%s*%s%c", minus ? "-" : "", zero ? "0" : "",
                     lmod == 1 ? "l" : lmod == 2 ? "ll" : lmod == 3 ? "z" : "", conv);
            if (conv == 'd' || conv == 'i') {
                if (lmod == 1) snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, long));
                else if (lmod == 2) snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, long long));
                else if (lmod == 3) snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, Py_ssize_t));
                else snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, int));
            }
            else {
                if (lmod == 1) snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, unsigned long));
                else if (lmod == 2) snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, unsigned long long));
                else if (lmod == 3) snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, size_t));
                else snprintf(dst, sizeof buf, fmt2, wid, va_arg(ap, unsigned int));
            }
            (void)cfmt;
            if (_PyUnicodeWriter_WriteASCIIString(&w, buf, -1) < 0)
                goto error;
            break;
        }
        case 'p': {
            snprintf(buf, sizeof buf, "%p", va_arg(ap, void *));
            if (buf[1] != 'x') { /* normalise to 0x... as CPython does */
                memmove(buf + 2, buf, strlen(buf) + 1);
                buf[0] = '0';
                buf[1] = 'x';
            }
            if (_PyUnicodeWriter_WriteASCIIString(&w, buf, -1) < 0)
                goto error;
            break;
        }
        case 's': {
            const char *cs = va_arg(ap, const char *);
            Py_ssize_t n = (Py_ssize_t)strlen(cs);
            if (prec >= 0 && n > prec)
                n = prec;
            s = PyUnicode_DecodeUTF8Stateful(cs, n, "replace", NULL);
            if (s == NULL || write_padded(&w, s, width, -1) < 0)
                goto error_s;
            break;
        }
        case 'U': {
            PyObject *o = va_arg(ap, PyObject *);
            if (write_padded(&w, o, width, prec) < 0)
                goto error;
            break;
        }
        case 'V': {
            PyObject *o = va_arg(ap, PyObject *);
            const char *cs = va_arg(ap, const char *);
            if (o != NULL) {
                if (write_padded(&w, o, width, prec) < 0)
                    goto error;
            }
            else {
                s = PyUnicode_DecodeUTF8Stateful(cs, (Py_ssize_t)strlen(cs), "replace", NULL);
                if (s == NULL || write_padded(&w, s, width, prec) < 0)
                    goto error_s;
            }
            break;
        }
        case 'S': case 'R': case 'A': {
            PyObject *o = va_arg(ap, PyObject *);
            s = *f == 'S' ? PyObject_Str(o) : *f == 'R' ? PyObject_Repr(o) : PyObject_ASCII(o);
            if (s == NULL || write_padded(&w, s, width, prec) < 0)
                goto error_s;
            break;
        }
        default:
            /* unknown: copy the rest of the format verbatim, as CPython does */
            if (_PyUnicodeWriter_WriteASCIIString(&w, spec_start, -1) < 0)
                goto error;
            va_end(ap);
            return _PyUnicodeWriter_Finish(&w);
        }
        Py_XDECREF(s);
        f++;
        continue;
    error_s:
        Py_XDECREF(s);
        goto error;
    }
    va_end(ap);
    return _PyUnicodeWriter_Finish(&w);
error:
    va_end(ap);
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

PyObject *PyUnicode_FromFormat(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    PyObject *r = PyUnicode_FromFormatV(format, ap);
    va_end(ap);
    return r;
}

/* ====================== repr ====================== */

PyObject *_PyUnicode_Repr(PyObject *u)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    int kind = PyUnicode_KIND(u);
    const void *data = PyUnicode_DATA(u);
    int squote = 0, dquote = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\'')
            squote = 1;
        else if (c == '"')
            dquote = 1;
    }
    Py_UCS4 quote = (squote && !dquote) ? '"' : '\'';
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    w.min_length = n + 2;
    if (_PyUnicodeWriter_WriteChar(&w, quote) < 0)
        goto error;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        char buf[16];
        const char *esc = NULL;
        if (c == quote || c == '\\') {
            buf[0] = '\\';
            buf[1] = (char)c;
            buf[2] = 0;
            esc = buf;
        }
        else if (c == '\t')
            esc = "\\t";
        else if (c == '\n')
            esc = "\\n";
        else if (c == '\r')
            esc = "\\r";
        else if (c < 0x20 || c == 0x7f) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            esc = buf;
        }
        else if (c >= 0x80 && !_PyUnicode_IsPrintable(c)) {
            if (c <= 0xff)
                snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c <= 0xffff)
                snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                snprintf(buf, sizeof buf, "\\U%08x", c);
            esc = buf;
        }
        if (esc) {
            if (_PyUnicodeWriter_WriteASCIIString(&w, esc, -1) < 0)
                goto error;
        }
        else if (_PyUnicodeWriter_WriteChar(&w, c) < 0)
            goto error;
    }
    if (_PyUnicodeWriter_WriteChar(&w, quote) < 0)
        goto error;
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* ====================== hash and comparison ====================== */

Py_hash_t _PyUnicode_Hash(PyObject *u)
{
    PyASCIIObject *a = _PyASCIIObject_CAST(u);
    if (a->hash != -1)
        return a->hash;
    Py_hash_t h = _Py_HashBytes(PyUnicode_DATA(u), a->length * (Py_ssize_t)a->state.kind);
    a->hash = h;
    return h;
}

static Py_hash_t unicode_hash(PyObject *u)
{
    return _PyUnicode_Hash(u);
}

int _PyUnicode_Equal(PyObject *a, PyObject *b)
{
    if (a == b)
        return 1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    if (n != PyUnicode_GET_LENGTH(b))
        return 0;
    int ka = PyUnicode_KIND(a), kb = PyUnicode_KIND(b);
    if (ka == kb)
        return memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * ka) == 0;
    const void *da = PyUnicode_DATA(a), *db = PyUnicode_DATA(b);
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyUnicode_READ(ka, da, i) != PyUnicode_READ(kb, db, i))
            return 0;
    return 1;
}

int _PyUnicode_EQ(PyObject *a, PyObject *b)
{
    return _PyUnicode_Equal(a, b);
}

static int unicode_compare(PyObject *a, PyObject *b)
{
    Py_ssize_t na = PyUnicode_GET_LENGTH(a), nb = PyUnicode_GET_LENGTH(b);
    Py_ssize_t n = Py_MIN(na, nb);
    int ka = PyUnicode_KIND(a), kb = PyUnicode_KIND(b);
    const void *da = PyUnicode_DATA(a), *db = PyUnicode_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    else {
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 x = PyUnicode_READ(ka, da, i), y = PyUnicode_READ(kb, db, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

int PyUnicode_Compare(PyObject *a, PyObject *b)
{
    if (PyUnicode_Check(a) && PyUnicode_Check(b))
        return unicode_compare(a, b);
    PyErr_Format(PyExc_TypeError, "Can't compare %.100s and %.100s", Py_TYPE(a)->tp_name,
                 Py_TYPE(b)->tp_name);
    return -1;
}

int PyUnicode_CompareWithASCIIString(PyObject *u, const char *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    Py_ssize_t i;
    for (i = 0; i < n && s[i]; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(u, i);
        if (c != (unsigned char)s[i])
            return c < (unsigned char)s[i] ? -1 : 1;
    }
    if (i < n)
        return 1;
    if (s[i])
        return -1;
    return 0;
}

int _PyUnicode_EqualToASCIIString(PyObject *u, const char *s)
{
    if (!PyUnicode_IS_ASCII(u))
        return 0;
    size_t n = strlen(s);
    return (size_t)PyUnicode_GET_LENGTH(u) == n && memcmp(PyUnicode_DATA(u), s, n) == 0;
}

int _PyUnicode_EqualToASCIIId(PyObject *u, const char *s)
{
    return _PyUnicode_EqualToASCIIString(u, s);
}

PyObject *PyUnicode_RichCompare(PyObject *a, PyObject *b, int op)
{
    if (!PyUnicode_Check(a) || !PyUnicode_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    if (op == Py_EQ || op == Py_NE) {
        int eq = _PyUnicode_Equal(a, b);
        return PyBool_FromLong(op == Py_EQ ? eq : !eq);
    }
    int c = a == b ? 0 : unicode_compare(a, b);
    Py_RETURN_RICHCOMPARE(c, 0, op);
}

/* ====================== sequence operations ====================== */

PyObject *PyUnicode_Concat(PyObject *left, PyObject *right)
{
    if (!PyUnicode_Check(left)) {
        PyErr_Format(PyExc_TypeError, "must be str, not %.100s", Py_TYPE(left)->tp_name);
        return NULL;
    }
    if (!PyUnicode_Check(right)) {
        PyErr_Format(PyExc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                     Py_TYPE(right)->tp_name);
        return NULL;
    }
    Py_ssize_t na = PyUnicode_GET_LENGTH(left), nb = PyUnicode_GET_LENGTH(right);
    if (na == 0)
        return unicode_exact(right);
    if (nb == 0)
        return unicode_exact(left);
    if (na > PY_SSIZE_T_MAX - nb) {
        PyErr_SetString(PyExc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    Py_UCS4 ma = PyUnicode_MAX_CHAR_VALUE(left), mb = PyUnicode_MAX_CHAR_VALUE(right);
    PyObject *r = new_raw(na + nb, Py_MAX(ma, mb));
    if (r == NULL)
        return NULL;
    copy_chars(PyUnicode_KIND(r), PyUnicode_DATA(r), 0, PyUnicode_KIND(left), PyUnicode_DATA(left), 0, na);
    copy_chars(PyUnicode_KIND(r), PyUnicode_DATA(r), na, PyUnicode_KIND(right), PyUnicode_DATA(right), 0, nb);
    return r;
}

/* `left` may be grown in place: nobody else can observe it.  Interned
 * strings are owned by the intern table even at refcount 1, and the
 * singletons (empty string, latin-1 characters) are shared. */
static int unicode_resizable(PyObject *left)
{
    PyASCIIObject *a = (PyASCIIObject *)left;
    return Py_REFCNT(left) == 1 && PyUnicode_CheckExact(left) && a->state.compact
           && !a->state.interned && a->length > 1 && left != empty_str;
}

/* Grow `left` (refcount 1, see unicode_resizable) to hold `right` after it.
 * Only done when the kind and ASCII-ness stay the same, so the existing
 * characters keep their encoding; the memory block is reallocated, which
 * the allocator can often do without copying (same size class, or the
 * system realloc extending / remapping a large block).  That keeps the
 * common `s += piece` loop linear instead of quadratic. */
static PyObject *unicode_grow_append(PyObject *left, PyObject *right)
{
    PyASCIIObject *a = (PyASCIIObject *)left;
    Py_ssize_t na = a->length, nb = PyUnicode_GET_LENGTH(right);
    int kind = a->state.kind;
    size_t header = a->state.ascii ? sizeof(PyASCIIObject) : sizeof(PyCompactUnicodeObject);
    if (na > (PY_SSIZE_T_MAX - (Py_ssize_t)header) / kind - 1 - nb) {
        PyErr_NoMemory();
        return NULL;
    }
    if (!a->state.ascii) {
        PyCompactUnicodeObject *c = (PyCompactUnicodeObject *)left;
        if (c->utf8 != NULL) {
            PyObject_Free(c->utf8);
            c->utf8 = NULL;
            c->utf8_length = 0;
        }
    }
    PyObject *r = PyObject_Realloc(left, header + ((size_t)(na + nb) + 1) * (size_t)kind);
    if (r == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    a = (PyASCIIObject *)r;
    a->length = na + nb;
    a->hash = -1;
    void *data = PyUnicode_DATA(r);
    copy_chars(kind, data, na, PyUnicode_KIND(right), PyUnicode_DATA(right), 0, nb);
    PyUnicode_WRITE(kind, data, na + nb, 0);
    return r;
}

int _KrUnicode_InPlaceConcat(PyObject **p_left, PyObject *right)
{
    PyObject *left = *p_left;
    if (PyUnicode_Check(left) && PyUnicode_Check(right) && unicode_resizable(left)
        && PyUnicode_GET_LENGTH(right) > 0) {
        Py_UCS4 mb = PyUnicode_IS_ASCII(right) ? 0x7f : _KrUnicode_MaxChar(right, 0, PyUnicode_GET_LENGTH(right));
        int left_ascii = PyUnicode_IS_ASCII(left);
        int fits = left_ascii ? mb < 128 : kind_for(mb) <= (int)PyUnicode_KIND(left);
        if (fits) {
            PyObject *r = unicode_grow_append(left, right);
            if (r == NULL) {
                /* the old block is still valid and owned by us */
                Py_CLEAR(*p_left);
                return -1;
            }
            *p_left = r;
            return 0;
        }
    }
    PyObject *r = PyUnicode_Concat(left, right);
    Py_SETREF(*p_left, r);
    return r == NULL ? -1 : 0;
}

void PyUnicode_Append(PyObject **pleft, PyObject *right)
{
    if (*pleft == NULL)
        return;
    if (right == NULL) {
        Py_CLEAR(*pleft);
        return;
    }
    (void)_KrUnicode_InPlaceConcat(pleft, right);
}

void PyUnicode_AppendAndDel(PyObject **pleft, PyObject *right)
{
    PyUnicode_Append(pleft, right);
    Py_XDECREF(right);
}

static PyObject *unicode_repeat(PyObject *s, Py_ssize_t count)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (count <= 0 || n == 0)
        return get_empty();
    if (count == 1)
        return unicode_exact(s);
    if (n > PY_SSIZE_T_MAX / count) {
        PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    int kind = PyUnicode_KIND(s);
    PyObject *r = new_raw(n * count, PyUnicode_MAX_CHAR_VALUE(s));
    if (r == NULL)
        return NULL;
    char *dst = PyUnicode_DATA(r);
    size_t chunk = (size_t)n * kind, total = chunk * (size_t)count;
    memcpy(dst, PyUnicode_DATA(s), chunk);
    size_t done = chunk;
    while (done < total) {
        size_t k = Py_MIN(done, total - done);
        memcpy(dst + done, dst, k);
        done += k;
    }
    return r;
}

static Py_ssize_t unicode_length(PyObject *s)
{
    return PyUnicode_GET_LENGTH(s);
}

static PyObject *unicode_char(PyObject *s, Py_ssize_t i)
{
    Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
    if (c < 256)
        return get_latin1_char((Py_UCS1)c);
    PyObject *r = new_raw(1, c);
    if (r)
        PyUnicode_WRITE(PyUnicode_KIND(r), PyUnicode_DATA(r), 0, c);
    return r;
}

static PyObject *unicode_getitem(PyObject *s, Py_ssize_t i)
{
    if (i < 0 || i >= PyUnicode_GET_LENGTH(s)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    return unicode_char(s, i);
}

static PyObject *unicode_subscript(PyObject *s, PyObject *item)
{
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += PyUnicode_GET_LENGTH(s);
        return unicode_getitem(s, i);
    }
    if (PySlice_Check(item)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(item, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t len = PySlice_AdjustIndices(PyUnicode_GET_LENGTH(s), &start, &stop, step);
        if (len <= 0)
            return get_empty();
        if (step == 1)
            return PyUnicode_Substring(s, start, stop);
        int kind = PyUnicode_KIND(s);
        const void *data = PyUnicode_DATA(s);
        Py_UCS4 m = 0;
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_ssize_t j = start + i * step;
            Py_UCS4 c = PyUnicode_READ(kind, data, j);
            if (c > m)
                m = c;
        }
        if (len == 1 && m < 256)
            return get_latin1_char((Py_UCS1)m);
        PyObject *r = new_raw(len, m);
        if (r == NULL)
            return NULL;
        int rk = PyUnicode_KIND(r);
        void *rd = PyUnicode_DATA(r);
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_ssize_t j = start + i * step;
            PyUnicode_WRITE(rk, rd, i, PyUnicode_READ(kind, data, j));
        }
        return r;
    }
    PyErr_Format(PyExc_TypeError, "string indices must be integers, not '%.200s'",
                 Py_TYPE(item)->tp_name);
    return NULL;
}

int PyUnicode_Contains(PyObject *str, PyObject *sub)
{
    if (!PyUnicode_Check(sub)) {
        PyErr_Format(PyExc_TypeError, "'in <string>' requires string as left operand, not %.100s",
                     Py_TYPE(sub)->tp_name);
        return -1;
    }
    if (!PyUnicode_Check(str)) {
        PyErr_Format(PyExc_TypeError, "must be str, not %.100s", Py_TYPE(str)->tp_name);
        return -1;
    }
    Py_ssize_t r = PyUnicode_Find(str, sub, 0, PY_SSIZE_T_MAX, 1);
    if (r == -2)
        return -1;
    return r >= 0;
}

static PyObject *unicode_mod(PyObject *a, PyObject *b)
{
    if (!PyUnicode_Check(a))
        Py_RETURN_NOTIMPLEMENTED;
    return PyUnicode_Format(a, b);
}

static PyObject *unicode_str(PyObject *self)
{
    return unicode_exact(self);
}

/* ====================== construction: str(...) ====================== */

static PyObject *unicode_new_impl(PyObject *x, const char *encoding, const char *errors)
{
    if (x == NULL)
        return get_empty();
    if (encoding == NULL && errors == NULL)
        return PyObject_Str(x);
    return PyUnicode_FromEncodedObject(x, encoding, errors);
}

static PyObject *unicode_subtype_new(PyTypeObject *type, PyObject *exact)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(exact);
    int kind = PyUnicode_KIND(exact);
    void *data = PyObject_Malloc((size_t)(n + 1) * kind);
    if (data == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    memcpy(data, PyUnicode_DATA(exact), (size_t)(n + 1) * kind);
    PyUnicodeObject *u = (PyUnicodeObject *)self;
    PyASCIIObject *a = &u->_base._base;
    a->length = n;
    a->hash = _PyASCIIObject_CAST(exact)->hash;
    a->state.interned = 0;
    a->state.kind = (unsigned)kind;
    a->state.compact = 0;
    a->state.ascii = PyUnicode_IS_ASCII(exact);
    a->state.ready = 1;
    a->wstr = NULL;
    u->_base.utf8 = a->state.ascii ? data : NULL;
    u->_base.utf8_length = a->state.ascii ? n : 0;
    u->_base.wstr_length = 0;
    u->data.any = data;
    return self;
}

static PyObject *unicode_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    PyObject *vals[3] = {NULL, NULL, NULL};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "str() takes at most 3 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        vals[i] = PyTuple_GET_ITEM(args, i);
    if (kwds != NULL) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwds, &pos, &key, &value)) {
            int k;
            for (k = 0; k < 3; k++)
                if (PyUnicode_Check(key) && _PyUnicode_EqualToASCIIString(key, kwlist[k]))
                    break;
            if (k == 3) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for str()", key);
                return NULL;
            }
            if (vals[k] != NULL) {
                PyErr_Format(PyExc_TypeError, "argument for str() given by name ('%s') and position (%d)",
                             kwlist[k], k + 1);
                return NULL;
            }
            vals[k] = value;
        }
    }
    const char *enc = NULL, *err = NULL;
    for (int k = 1; k < 3; k++) {
        if (vals[k] == NULL)
            continue;
        if (!PyUnicode_Check(vals[k])) {
            PyErr_Format(PyExc_TypeError, "str() argument '%s' must be str, not %.100s", kwlist[k],
                         vals[k] == Py_None ? "None" : Py_TYPE(vals[k])->tp_name);
            return NULL;
        }
        const char *c = PyUnicode_AsUTF8(vals[k]);
        if (c == NULL)
            return NULL;
        if (k == 1)
            enc = c;
        else
            err = c;
    }
    PyObject *r = unicode_new_impl(vals[0], enc, err);
    if (r == NULL || type == &PyUnicode_Type)
        return r;
    PyObject *sub = unicode_subtype_new(type, r);
    Py_DECREF(r);
    return sub;
}

/* ====================== iterator ====================== */

typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyObject *it_seq; /* NULL when exhausted */
} unicodeiterobject;

static PyObject *unicode_iter(PyObject *seq)
{
    /* two types, as CPython: ASCII strings get "str_ascii_iterator" */
    unicodeiterobject *it = PyObject_GC_New(
        unicodeiterobject, PyUnicode_IS_ASCII(seq) ? &_PyUnicodeASCIIIter_Type : &PyUnicodeIter_Type);
    if (it == NULL)
        return NULL;
    it->it_index = 0;
    it->it_seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void unicodeiter_dealloc(PyObject *op)
{
    unicodeiterobject *it = (unicodeiterobject *)op;
    PyObject_GC_UnTrack(op);
    Py_XDECREF(it->it_seq);
    PyObject_GC_Del(op);
}

static int unicodeiter_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(((unicodeiterobject *)op)->it_seq);
    return 0;
}

static PyObject *unicodeiter_next(PyObject *op)
{
    unicodeiterobject *it = (unicodeiterobject *)op;
    if (it->it_seq == NULL)
        return NULL;
    if (it->it_index < PyUnicode_GET_LENGTH(it->it_seq))
        return unicode_char(it->it_seq, it->it_index++);
    Py_CLEAR(it->it_seq);
    return NULL;
}

static PyObject *unicodeiter_len(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    unicodeiterobject *it = (unicodeiterobject *)op;
    Py_ssize_t n = it->it_seq ? PyUnicode_GET_LENGTH(it->it_seq) - it->it_index : 0;
    return PyLong_FromSsize_t(n < 0 ? 0 : n);
}

static PyObject *unicodeiter_setstate(PyObject *op, PyObject *state)
{
    unicodeiterobject *it = (unicodeiterobject *)op;
    Py_ssize_t index = PyLong_AsSsize_t(state);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    if (it->it_seq != NULL) {
        if (index < 0)
            index = 0;
        else if (index > PyUnicode_GET_LENGTH(it->it_seq))
            index = PyUnicode_GET_LENGTH(it->it_seq);
        it->it_index = index;
    }
    Py_RETURN_NONE;
}

static PyObject *unicodeiter_reduce(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    unicodeiterobject *it = (unicodeiterobject *)op;
    if (it->it_seq != NULL)
        return _KrIter_Reduce("iter", it->it_seq, it->it_index);
    /* an exhausted iterator pickles as one over the empty string */
    PyObject *empty = PyUnicode_New(0, 0);
    if (empty == NULL)
        return NULL;
    PyObject *res = _KrIter_Reduce("iter", empty, -1);
    Py_DECREF(empty);
    return res;
}

static PyMethodDef unicodeiter_methods[] = {
    {"__reduce__", (PyCFunction)unicodeiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__length_hint__", (PyCFunction)unicodeiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__setstate__", (PyCFunction)unicodeiter_setstate, METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

#define UNICODEITER_TYPE(NAME)                          \
    PyVarObject_HEAD_INIT(&PyType_Type, 0)              \
    .tp_name = NAME,                                    \
    .tp_basicsize = sizeof(unicodeiterobject),          \
    .tp_dealloc = unicodeiter_dealloc,                  \
    .tp_getattro = PyObject_GenericGetAttr,             \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
    .tp_traverse = unicodeiter_traverse,                \
    .tp_iter = PyObject_SelfIter,                       \
    .tp_iternext = unicodeiter_next,                    \
    .tp_methods = unicodeiter_methods,

PyTypeObject PyUnicodeIter_Type = {UNICODEITER_TYPE("str_iterator")};
PyTypeObject _PyUnicodeASCIIIter_Type = {UNICODEITER_TYPE("str_ascii_iterator")};

/* ====================== the type ====================== */

static PyNumberMethods unicode_as_number = {
    .nb_remainder = unicode_mod,
};

static PySequenceMethods unicode_as_sequence = {
    .sq_length = unicode_length,
    .sq_concat = PyUnicode_Concat,
    .sq_repeat = unicode_repeat,
    .sq_item = unicode_getitem,
    .sq_contains = PyUnicode_Contains,
};

static PyMappingMethods unicode_as_mapping = {
    .mp_length = unicode_length,
    .mp_subscript = unicode_subscript,
};

PyTypeObject PyUnicode_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "str",
    .tp_basicsize = sizeof(PyUnicodeObject),
    .tp_itemsize = 0,
    .tp_dealloc = unicode_dealloc,
    .tp_repr = _PyUnicode_Repr,
    .tp_as_number = &unicode_as_number,
    .tp_as_sequence = &unicode_as_sequence,
    .tp_as_mapping = &unicode_as_mapping,
    .tp_hash = unicode_hash,
    .tp_str = unicode_str,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS
                | _Py_TPFLAGS_MATCH_SELF,
    .tp_doc = "str(object='') -> str\n"
              "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object. If encoding or\n"
              "errors is specified, then the object must expose a data buffer\n"
              "that will be decoded using the given encoding and error handler.\n"
              "Otherwise, returns the result of object.__str__() (if defined)\n"
              "or repr(object).\n"
              "encoding defaults to sys.getdefaultencoding().\n"
              "errors defaults to 'strict'.",
    .tp_richcompare = PyUnicode_RichCompare,
    .tp_iter = unicode_iter,
    .tp_methods = _KrUnicode_Methods,
    .tp_base = &PyBaseObject_Type,
    .tp_new = unicode_new,
    .tp_free = PyObject_Free,
};
