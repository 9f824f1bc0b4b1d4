/* memoryview: a typed, shaped view on another object's buffer.
 *
 * Each memoryview holds its *own* Py_buffer on the exporting object
 * (`master`, obtained with PyObject_GetBuffer on the exporter) plus its
 * own description of what it shows: byte offset into the master buffer,
 * format, itemsize, ndim, shape and strides.  Slicing, casting and
 * memoryview(memoryview) ask the exporter for another buffer rather than
 * sharing one "managed buffer" as CPython does; the visible behaviour is
 * the same (a slice outlives the release() of its parent, the exporter
 * stays locked -- e.g. a bytearray refuses to resize -- while any view on
 * it is alive) and the bookkeeping stays simple.
 *
 * Supported formats are the native single-character struct codes
 * B b c H h I i L l Q q n N f d ? P, with an optional '@'.  Views of up
 * to KR_MV_MAXDIM dimensions; only C-contiguous views can be cast.
 * Sub-views of multi-dimensional memory are not implemented (neither are
 * they in CPython 3.11). */
#include "Python.h"
#include "kr_strings.h"

#define KR_MV_MAXDIM 64 /* PyBUF_MAX_NDIM */

typedef struct {
    PyObject_HEAD
    Py_buffer master;   /* our buffer on the exporter; master.obj owns it */
    int released;
    Py_ssize_t exports; /* buffers we exported ourselves */
    Py_hash_t hash;
    Py_ssize_t offset;  /* bytes from master.buf to the first item */
    char format[4];
    Py_ssize_t itemsize;
    int ndim;
    int readonly;
    Py_ssize_t shape[KR_MV_MAXDIM];
    Py_ssize_t strides[KR_MV_MAXDIM];
    PyObject *weakreflist;
} mvobject;

#define MV(op) ((mvobject *)(op))

static int check_released(mvobject *m)
{
    if (m->released) {
        PyErr_SetString(PyExc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* The struct code of a native single-character format ("B" or "@B"), or
 * 0 for anything else. */
static char fmt_code(const char *f)
{
    if (f[0] == '@')
        f++;
    return f[0] != 0 && f[1] == 0 ? f[0] : 0;
}

static Py_ssize_t itemsize_of(char f)
{
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'H': case 'h': return 2;
    case 'I': case 'i': case 'f': return 4;
    case 'L': case 'l': case 'Q': case 'q': case 'd': case 'n': case 'N': case 'P': return 8;
    }
    return -1;
}

static Py_ssize_t nitems(mvobject *m)
{
    Py_ssize_t n = 1;
    for (int i = 0; i < m->ndim; i++)
        n *= m->shape[i];
    return n;
}

static int is_c_contiguous(mvobject *m)
{
    Py_ssize_t expect = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        if (m->shape[i] > 1 && m->strides[i] != expect)
            return 0;
        if (m->shape[i] == 0)
            return 1;
        expect *= m->shape[i];
    }
    return 1;
}

static int is_f_contiguous(mvobject *m)
{
    Py_ssize_t expect = m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        if (m->shape[i] > 1 && m->strides[i] != expect)
            return 0;
        if (m->shape[i] == 0)
            return 1;
        expect *= m->shape[i];
    }
    return 1;
}

static void init_c_strides(mvobject *m)
{
    Py_ssize_t s = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        m->strides[i] = s;
        s *= m->shape[i];
    }
}

static mvobject *mv_alloc(void)
{
    mvobject *m = PyObject_GC_New(mvobject, &PyMemoryView_Type);
    if (m == NULL)
        return NULL;
    memset(&m->master, 0, sizeof m->master);
    m->released = 0;
    m->exports = 0;
    m->hash = -1;
    m->offset = 0;
    m->weakreflist = NULL;
    return m;
}

/* a new view on the same exporter with the same description as `src` */
static mvobject *mv_clone(mvobject *src)
{
    mvobject *m = mv_alloc();
    if (m == NULL)
        return NULL;
    if (src->master.obj != NULL) {
        if (PyObject_GetBuffer(src->master.obj, &m->master, src->readonly ? PyBUF_FULL_RO : PyBUF_FULL) < 0) {
            m->master.obj = NULL;
            Py_DECREF(m);
            return NULL;
        }
    }
    else
        m->master = src->master; /* raw memory (PyMemoryView_FromMemory): no owner */
    m->offset = src->offset;
    memcpy(m->format, src->format, sizeof m->format);
    m->itemsize = src->itemsize;
    m->ndim = src->ndim;
    m->readonly = src->readonly;
    memcpy(m->shape, src->shape, sizeof m->shape);
    memcpy(m->strides, src->strides, sizeof m->strides);
    PyObject_GC_Track(m);
    return m;
}

PyObject *PyMemoryView_FromObject(PyObject *obj)
{
    if (PyMemoryView_Check(obj)) {
        if (check_released(MV(obj)) < 0)
            return NULL;
        return (PyObject *)mv_clone(MV(obj));
    }
    if (!PyObject_CheckBuffer(obj)) {
        PyErr_Format(PyExc_TypeError, "memoryview: a bytes-like object is required, not '%.200s'",
                     Py_TYPE(obj)->tp_name);
        return NULL;
    }
    mvobject *m = mv_alloc();
    if (m == NULL)
        return NULL;
    if (PyObject_GetBuffer(obj, &m->master, PyBUF_FULL_RO) < 0) {
        m->master.obj = NULL;
        Py_DECREF(m);
        return NULL;
    }
    const char *fmt = m->master.format ? m->master.format : "B";
    if (fmt[0] == '@')
        fmt++;
    snprintf(m->format, sizeof m->format, "%s", fmt);
    m->itemsize = m->master.itemsize > 0 ? m->master.itemsize : 1;
    m->readonly = m->master.readonly;
    m->ndim = m->master.ndim;
    if (m->master.shape == NULL) {
        m->ndim = 1;
        m->shape[0] = m->master.len / m->itemsize;
        m->strides[0] = m->itemsize;
    }
    else {
        if (m->ndim > KR_MV_MAXDIM)
            m->ndim = KR_MV_MAXDIM;
        for (int i = 0; i < m->ndim; i++)
            m->shape[i] = m->master.shape[i];
        if (m->master.strides)
            for (int i = 0; i < m->ndim; i++)
                m->strides[i] = m->master.strides[i];
        else
            init_c_strides(m);
    }
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags)
{
    mvobject *m = mv_alloc();
    if (m == NULL)
        return NULL;
    m->master.buf = mem;
    m->master.len = size;
    m->master.obj = NULL;
    m->readonly = !(flags & PyBUF_WRITE);
    strcpy(m->format, "B");
    m->itemsize = 1;
    m->ndim = 1;
    m->shape[0] = size;
    m->strides[0] = 1;
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

PyObject *PyMemoryView_FromBuffer(const Py_buffer *info)
{
    mvobject *m = mv_alloc();
    if (m == NULL)
        return NULL;
    m->master = *info;
    m->master.obj = NULL;
    m->readonly = info->readonly;
    snprintf(m->format, sizeof m->format, "%s", info->format ? info->format : "B");
    m->itemsize = info->itemsize > 0 ? info->itemsize : 1;
    m->ndim = info->ndim > 0 ? info->ndim : 1;
    if (info->shape)
        for (int i = 0; i < m->ndim; i++)
            m->shape[i] = info->shape[i];
    else
        m->shape[0] = info->len / m->itemsize;
    if (info->strides)
        for (int i = 0; i < m->ndim; i++)
            m->strides[i] = info->strides[i];
    else
        init_c_strides(m);
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

static PyObject *memory_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static const char *const kwlist[] = {"object", NULL};
    PyObject *obj = NULL;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs == 1)
        obj = PyTuple_GET_ITEM(args, 0);
    if (kwds && PyDict_Size(kwds)) {
        PyObject *k, *v;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwds, &pos, &k, &v)) {
            if (!_PyUnicode_EqualToASCIIString(k, kwlist[0]) || obj != NULL) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for memoryview()", k);
                return NULL;
            }
            obj = v;
        }
    }
    if (nargs > 1 || obj == NULL) {
        if (nargs > 1)
            PyErr_Format(PyExc_TypeError, "memoryview() takes at most 1 argument (%zd given)", nargs);
        else
            PyErr_SetString(PyExc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
        return NULL;
    }
    return PyMemoryView_FromObject(obj);
}

static int mv_release(mvobject *m)
{
    if (m->released)
        return 0;
    if (m->exports > 0) {
        PyErr_Format(PyExc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                     m->exports == 1 ? "" : "s");
        return -1;
    }
    m->released = 1;
    if (m->master.obj != NULL)
        PyBuffer_Release(&m->master);
    return 0;
}

static void memory_dealloc(PyObject *op)
{
    mvobject *m = MV(op);
    PyObject_GC_UnTrack(op);
    m->exports = 0;
    mv_release(m);
    if (m->weakreflist != NULL)
        PyObject_ClearWeakRefs(op);
    PyObject_GC_Del(op);
}

static int memory_traverse(PyObject *op, visitproc visit, void *arg)
{
    Py_VISIT(MV(op)->master.obj);
    return 0;
}

static int memory_clear(PyObject *op)
{
    mvobject *m = MV(op);
    if (!m->released && m->exports == 0)
        mv_release(m);
    return 0;
}

/* ====================== item packing ====================== */

static PyObject *unpack(mvobject *m, const char *p)
{
    switch (fmt_code(m->format)) {
    case 'B': return PyLong_FromLong(*(const unsigned char *)p);
    case 'b': return PyLong_FromLong(*(const signed char *)p);
    case 'c': return PyBytes_FromStringAndSize(p, 1);
    case '?': return PyBool_FromLong(*(const unsigned char *)p != 0);
    case 'H': { uint16_t v; memcpy(&v, p, 2); return PyLong_FromLong(v); }
    case 'h': { int16_t v; memcpy(&v, p, 2); return PyLong_FromLong(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return PyLong_FromUnsignedLong(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return PyLong_FromLong(v); }
    case 'L': case 'Q': case 'N': case 'P': {
        uint64_t v; memcpy(&v, p, 8); return PyLong_FromUnsignedLongLong(v);
    }
    case 'l': case 'q': case 'n': { int64_t v; memcpy(&v, p, 8); return PyLong_FromLongLong(v); }
    case 'f': { float v; memcpy(&v, p, 4); return PyFloat_FromDouble(v); }
    case 'd': { double v; memcpy(&v, p, 8); return PyFloat_FromDouble(v); }
    }
    PyErr_Format(PyExc_NotImplementedError, "memoryview: format %s not supported", m->format);
    return NULL;
}

/* A failed conversion reads as CPython's: TypeError becomes "invalid
 * type", ValueError and OverflowError "invalid value"; anything else (an
 * error raised by __index__ itself, say) passes through. */
static int pack_error(mvobject *m)
{
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "memoryview: invalid type for format '%s'", m->format);
    }
    else if (PyErr_ExceptionMatches(PyExc_ValueError) || PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_ValueError, "memoryview: invalid value for format '%s'", m->format);
    }
    return -1;
}

static int pack(mvobject *m, char *p, PyObject *v)
{
    char f = fmt_code(m->format);
    if (f == 'c') {
        if (!PyBytes_Check(v) || PyBytes_GET_SIZE(v) != 1) {
            PyErr_SetNone(PyBytes_Check(v) ? PyExc_ValueError : PyExc_TypeError);
            return pack_error(m);
        }
        if (check_released(m) < 0)
            return -1;
        *p = PyBytes_AS_STRING(v)[0];
        return 0;
    }
    if (f == 'f' || f == 'd') {
        double d = PyFloat_AsDouble(v);
        if (d == -1.0 && PyErr_Occurred())
            return pack_error(m);
        if (check_released(m) < 0) /* __float__ may have released the view */
            return -1;
        if (f == 'f') {
            float x = (float)d;
            memcpy(p, &x, 4);
        }
        else
            memcpy(p, &d, 8);
        return 0;
    }
    if (f == '?') {
        int t = PyObject_IsTrue(v);
        if (t < 0 || check_released(m) < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    if (!PyLong_Check(v) && !PyIndex_Check(v)) {
        PyErr_Format(PyExc_TypeError, "memoryview: invalid type for format '%s'", m->format);
        return -1;
    }
    PyObject *iv = PyNumber_Index(v);
    if (iv == NULL)
        return pack_error(m);
    int is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    long long sv = 0;
    unsigned long long uv = 0;
    int overflow = 0;
    if (is_unsigned) {
        if (_PyLong_Sign(iv) < 0)
            overflow = 1;
        else {
            uv = PyLong_AsUnsignedLongLong(iv);
            if (uv == (unsigned long long)-1 && PyErr_Occurred()) {
                PyErr_Clear();
                overflow = 1;
            }
        }
    }
    else {
        sv = PyLong_AsLongLongAndOverflow(iv, &overflow);
        if (sv == -1 && PyErr_Occurred()) {
            Py_DECREF(iv);
            return -1;
        }
    }
    Py_DECREF(iv);
    Py_ssize_t size = m->itemsize;
    if (!overflow && size < 8) {
        int bits = (int)size * 8;
        if (is_unsigned)
            overflow = uv >= (1ULL << bits);
        else
            overflow = sv < -(1LL << (bits - 1)) || sv >= (1LL << (bits - 1));
    }
    if (overflow) {
        PyErr_Format(PyExc_ValueError, "memoryview: invalid value for format '%s'", m->format);
        return -1;
    }
    if (check_released(m) < 0) /* __index__ may have released the view */
        return -1;
    if (is_unsigned) {
        if (size == 1) { uint8_t x = (uint8_t)uv; memcpy(p, &x, 1); }
        else if (size == 2) { uint16_t x = (uint16_t)uv; memcpy(p, &x, 2); }
        else if (size == 4) { uint32_t x = (uint32_t)uv; memcpy(p, &x, 4); }
        else { uint64_t x = uv; memcpy(p, &x, 8); }
    }
    else {
        if (size == 1) { int8_t x = (int8_t)sv; memcpy(p, &x, 1); }
        else if (size == 2) { int16_t x = (int16_t)sv; memcpy(p, &x, 2); }
        else if (size == 4) { int32_t x = (int32_t)sv; memcpy(p, &x, 4); }
        else { int64_t x = sv; memcpy(p, &x, 8); }
    }
    return 0;
}

static char *base_ptr(mvobject *m)
{
    return (char *)m->master.buf + m->offset;
}

/* Copy the view's items into dst (nbytes long), in C order (last index
 * fastest) or, with fortran set, Fortran order (first index fastest). */
static void copy_out(mvobject *m, char *dst, int fortran)
{
    if (fortran ? is_f_contiguous(m) : is_c_contiguous(m)) {
        memcpy(dst, base_ptr(m), (size_t)(nitems(m) * m->itemsize));
        return;
    }
    Py_ssize_t idx[KR_MV_MAXDIM] = {0};
    Py_ssize_t total = nitems(m);
    for (Py_ssize_t k = 0; k < total; k++) {
        char *p = base_ptr(m);
        for (int d = 0; d < m->ndim; d++)
            p += idx[d] * m->strides[d];
        memcpy(dst + k * m->itemsize, p, (size_t)m->itemsize);
        for (int j = 0; j < m->ndim; j++) {
            int d = fortran ? j : m->ndim - 1 - j;
            if (++idx[d] < m->shape[d])
                break;
            idx[d] = 0;
        }
    }
}

static PyObject *mv_tobytes_order(mvobject *m, int fortran)
{
    Py_ssize_t n = nitems(m) * m->itemsize;
    if (n <= 1) /* the shared empty and one-byte objects */
        return PyBytes_FromStringAndSize(n ? base_ptr(m) : NULL, n);
    PyObject *r = PyBytes_FromStringAndSize(NULL, n);
    if (r != NULL)
        copy_out(m, PyBytes_AS_STRING(r), fortran);
    return r;
}

static PyObject *mv_tobytes_raw(mvobject *m)
{
    return mv_tobytes_order(m, 0);
}

/* ====================== methods ====================== */

static PyObject *memory_tobytes(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"order", NULL};
    PyObject *a[1] = {NULL};
    if (_KrArg_Parse("tobytes", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    if (check_released(MV(self)) < 0)
        return NULL;
    int fortran = 0;
    if (a[0] != NULL && a[0] != Py_None) {
        const char *o = PyUnicode_Check(a[0]) ? PyUnicode_AsUTF8(a[0]) : NULL;
        if (!PyUnicode_Check(a[0])) {
            PyErr_Format(PyExc_TypeError, "tobytes() argument 'order' must be str or None, not %.100s",
                         Py_TYPE(a[0])->tp_name);
            return NULL;
        }
        if (o == NULL)
            return NULL;
        if (strcmp(o, "F") == 0)
            fortran = 1;
        else if (strcmp(o, "A") == 0)
            fortran = !is_c_contiguous(MV(self)) && is_f_contiguous(MV(self));
        else if (strcmp(o, "C") != 0) {
            PyErr_SetString(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
    }
    return mv_tobytes_order(MV(self), fortran);
}

static PyObject *tolist_rec(mvobject *m, char *p, int dim)
{
    if (dim == m->ndim)
        return unpack(m, p);
    PyObject *list = PyList_New(m->shape[dim]);
    if (list == NULL)
        return NULL;
    int last = dim == m->ndim - 1; /* items directly: no call per item */
    for (Py_ssize_t i = 0; i < m->shape[dim]; i++) {
        char *q = p + i * m->strides[dim];
        PyObject *x = last ? unpack(m, q) : tolist_rec(m, q, dim + 1);
        if (x == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, x);
    }
    return list;
}

static PyObject *memory_tolist(PyObject *self, PyObject *unused)
{
    if (check_released(MV(self)) < 0)
        return NULL;
    return tolist_rec(MV(self), base_ptr(MV(self)), 0);
}

static PyObject *memory_hex(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("hex", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 0, a) < 0)
        return NULL;
    if (check_released(MV(self)) < 0)
        return NULL;
    PyObject *b = mv_tobytes_raw(MV(self));
    if (b == NULL)
        return NULL;
    PyObject *r = _KrBytes_Hex(b, a[0], a[1]);
    Py_DECREF(b);
    return r;
}

static PyObject *memory_release(PyObject *self, PyObject *unused)
{
    if (mv_release(MV(self)) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *memory_enter(PyObject *self, PyObject *unused)
{
    if (check_released(MV(self)) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *memory_exit(PyObject *self, PyObject *args)
{
    return memory_release(self, NULL);
}

static PyObject *memory_toreadonly(PyObject *self, PyObject *unused)
{
    if (check_released(MV(self)) < 0)
        return NULL;
    mvobject *m = mv_clone(MV(self));
    if (m != NULL)
        m->readonly = 1;
    return (PyObject *)m;
}

static int has_zero_extent(mvobject *m)
{
    for (int d = 0; d < m->ndim; d++)
        if (m->shape[d] == 0 || m->strides[d] == 0)
            return 1;
    return 0;
}

static PyObject *memory_cast(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kw[] = {"format", "shape", NULL};
    PyObject *a[2] = {NULL, NULL};
    if (_KrArg_Parse("cast", KR_ARGS_CLINIC, args, nargs, kwnames, kw, 0, 1, a) < 0)
        return NULL;
    mvobject *src = MV(self);
    if (check_released(src) < 0)
        return NULL;
    if (!PyUnicode_Check(a[0])) {
        PyErr_Format(PyExc_TypeError, "cast() argument 'format' must be str, not %.100s",
                     _KrArg_TypeName(a[0]));
        return NULL;
    }
    const char *fmt = PyUnicode_AsUTF8(a[0]);
    if (fmt == NULL)
        return NULL;
    if (fmt[0] == '@')
        fmt++;
    if (!is_c_contiguous(src)) {
        PyErr_SetString(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    if ((a[1] != NULL || src->ndim != 1) && has_zero_extent(src)) {
        PyErr_SetString(PyExc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        return NULL;
    }
    if (a[1] != NULL && !PyList_Check(a[1]) && !PyTuple_Check(a[1])) {
        PyErr_SetString(PyExc_TypeError, "shape must be a list or a tuple");
        return NULL;
    }
    if (a[1] != NULL) {
        Py_ssize_t nd = PySequence_Fast_GET_SIZE(a[1]);
        if (nd > KR_MV_MAXDIM) {
            PyErr_SetString(PyExc_ValueError, "memoryview: number of dimensions must not exceed 64");
            return NULL;
        }
        if (src->ndim != 1 && nd != 1) {
            PyErr_SetString(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            return NULL;
        }
    }
    if (strlen(fmt) != 1 || itemsize_of(fmt[0]) < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        return NULL;
    }
    Py_ssize_t isz = itemsize_of(fmt[0]);
    char sc = fmt_code(src->format);
    int src_byte = sc == 'B' || sc == 'b' || sc == 'c';
    int dst_byte = fmt[0] == 'B' || fmt[0] == 'b' || fmt[0] == 'c';
    if (!src_byte && !dst_byte) {
        PyErr_SetString(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    Py_ssize_t nbytes = nitems(src) * src->itemsize;
    if (nbytes % isz != 0) {
        PyErr_SetString(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    Py_ssize_t shape[KR_MV_MAXDIM];
    int ndim = 1;
    PyObject *shp = a[1];
    if (shp != NULL) {
        ndim = (int)PySequence_Fast_GET_SIZE(shp);
        Py_ssize_t prod = 1;
        for (int i = 0; i < ndim; i++) {
            PyObject *x = PySequence_Fast_GET_ITEM(shp, i);
            if (!PyLong_Check(x)) {
                PyErr_SetString(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
                return NULL;
            }
            shape[i] = PyLong_AsSsize_t(x);
            if (shape[i] <= 0) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError,
                                    "memoryview.cast(): elements of shape must be integers > 0");
                return NULL;
            }
            if (shape[i] > PY_SSIZE_T_MAX / prod) {
                PyErr_SetString(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
                return NULL;
            }
            prod *= shape[i];
        }
        if (prod * isz != nbytes) {
            PyErr_SetString(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
            return NULL;
        }
    }
    else
        shape[0] = nbytes / isz;
    mvobject *m = mv_clone(src);
    if (m == NULL)
        return NULL;
    /* keep the spelling asked for: cast('@q').format is '@q' */
    snprintf(m->format, sizeof m->format, "%s", PyUnicode_AsUTF8(a[0]));
    m->itemsize = isz;
    m->ndim = ndim;
    for (int i = 0; i < ndim; i++)
        m->shape[i] = shape[i];
    init_c_strides(m);
    return (PyObject *)m;
}

static PyObject *memory_sizeof(PyObject *self, PyObject *unused)
{
    /* CPython 3.11: a 144-byte header plus shape, strides and suboffsets
     * arrays of ndim entries each */
    return PyLong_FromSsize_t(144 + 3 * (Py_ssize_t)sizeof(Py_ssize_t) * MV(self)->ndim);
}

/* ====================== getters ====================== */

static PyObject *ssize_tuple(const Py_ssize_t *v, int n)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        PyObject *x = PyLong_FromSsize_t(v[i]);
        if (x == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, x);
    }
    return t;
}

#define GETTER(name, expr) \
    static PyObject *memory_get_##name(PyObject *self, void *closure) \
    { \
        mvobject *m = MV(self); \
        if (check_released(m) < 0) \
            return NULL; \
        return (expr); \
    }

GETTER(obj, Py_NewRef(m->master.obj ? m->master.obj : Py_None))
GETTER(nbytes, PyLong_FromSsize_t(nitems(m) * m->itemsize))
GETTER(readonly, PyBool_FromLong(m->readonly))
GETTER(itemsize, PyLong_FromSsize_t(m->itemsize))
GETTER(format, PyUnicode_FromString(m->format))
GETTER(ndim, PyLong_FromLong(m->ndim))
GETTER(shape, ssize_tuple(m->shape, m->ndim))
GETTER(strides, ssize_tuple(m->strides, m->ndim))
GETTER(suboffsets, PyTuple_New(0))
GETTER(c_contiguous, PyBool_FromLong(is_c_contiguous(m)))
GETTER(f_contiguous, PyBool_FromLong(is_f_contiguous(m)))
GETTER(contiguous, PyBool_FromLong(is_c_contiguous(m) || is_f_contiguous(m)))

static PyObject *memory_get_released(PyObject *self, void *closure)
{
    return PyBool_FromLong(MV(self)->released);
}

static PyGetSetDef memory_getset[] = {
    {"obj", memory_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", memory_get_nbytes, NULL, "The amount of space in bytes that the array would use in a contiguous representation.", NULL},
    {"readonly", memory_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", memory_get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", memory_get_format, NULL, "A string containing the format (in struct module style) for each element in the view.", NULL},
    {"ndim", memory_get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional array the memory represents.", NULL},
    {"shape", memory_get_shape, NULL, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array.", NULL},
    {"strides", memory_get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access each element for each dimension of the array.", NULL},
    {"suboffsets", memory_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", memory_get_c_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", memory_get_f_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", memory_get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {"released", memory_get_released, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* ====================== slots ====================== */

static PyObject *memory_repr(PyObject *self)
{
    if (MV(self)->released)
        return PyUnicode_FromFormat("<released memory at %p>", self);
    return PyUnicode_FromFormat("<memory at %p>", self);
}

static Py_ssize_t memory_length(PyObject *self)
{
    mvobject *m = MV(self);
    if (check_released(m) < 0)
        return -1;
    return m->ndim == 0 ? 1 : m->shape[0];
}

/* The address of item i along dimension dim (counted from 0; messages
 * count from 1), offset from p. */
static char *step_ptr(mvobject *m, char *p, int dim, Py_ssize_t i)
{
    Py_ssize_t n = m->shape[dim];
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        PyErr_Format(PyExc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + i * m->strides[dim];
}

static char *item_ptr(mvobject *m, Py_ssize_t i)
{
    return step_ptr(m, base_ptr(m), 0, i);
}

/* Whether key is a tuple made only of integers (want_slices 0) or only of
 * slices (want_slices 1); the empty tuple is a (short) multi-index. */
static int is_multikey(PyObject *key, int want_slices)
{
    if (!PyTuple_Check(key))
        return 0;
    Py_ssize_t n = PyTuple_GET_SIZE(key);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PyTuple_GET_ITEM(key, i);
        if (want_slices ? !PySlice_Check(x) : !PyIndex_Check(x))
            return 0;
    }
    return !want_slices || n > 0;
}

/* The address a full tuple of indices names; a shorter tuple would be a
 * sub-view, which CPython 3.11 does not have either. */
static char *multi_ptr(mvobject *m, PyObject *key)
{
    Py_ssize_t n = PyTuple_GET_SIZE(key);
    if (n < m->ndim) {
        PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > m->ndim) {
        PyErr_Format(PyExc_TypeError, "cannot index %d-dimension view with %zd-element tuple", m->ndim, n);
        return NULL;
    }
    char *p = base_ptr(m);
    for (int d = 0; d < m->ndim; d++) {
        Py_ssize_t i = PyNumber_AsSsize_t(PyTuple_GET_ITEM(key, d), PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (check_released(m) < 0 || (p = step_ptr(m, p, d, i)) == NULL)
            return NULL;
    }
    return p;
}

/* Indexing one item by an int, and iterating, need a live 1-d view. */
static int check_1d(mvobject *m)
{
    if (check_released(m) < 0)
        return -1;
    if (m->ndim == 0) {
        PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (m->ndim > 1) {
        PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        return -1;
    }
    return 0;
}

static PyObject *memory_item(PyObject *self, Py_ssize_t i)
{
    mvobject *m = MV(self);
    if (check_1d(m) < 0)
        return NULL;
    char *p = item_ptr(m, i);
    return p ? unpack(m, p) : NULL;
}

static PyObject *memory_subscript(PyObject *self, PyObject *key)
{
    mvobject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    if (m->ndim == 0) {
        if (key == Py_Ellipsis || (PyTuple_Check(key) && PyTuple_GET_SIZE(key) == 0)) {
            if (key == Py_Ellipsis)
                return Py_NewRef(self);
            return unpack(m, base_ptr(m));
        }
        PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        return memory_item(self, i);
    }
    if (PySlice_Check(key)) {
        /* slices the first dimension, whatever ndim is */
        /* the new view exists (and pins the exporter) before the
         * slice's __index__ methods run, as in CPython */
        mvobject *r = mv_clone(m);
        if (r == NULL)
            return NULL;
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(key, &start, &stop, &step) < 0 || check_released(m) < 0) {
            Py_DECREF(r);
            return NULL;
        }
        Py_ssize_t len = PySlice_AdjustIndices(m->shape[0], &start, &stop, step);
        r->offset += start * m->strides[0];
        r->shape[0] = len;
        r->strides[0] = m->strides[0] * step;
        return (PyObject *)r;
    }
    if (is_multikey(key, 0)) {
        char *p = multi_ptr(m, key);
        return p ? unpack(m, p) : NULL;
    }
    if (is_multikey(key, 1)) {
        PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
        return NULL;
    }
    PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
    return NULL;
}

static int memory_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    mvobject *m = MV(self);
    if (check_released(m) < 0)
        return -1;
    if (m->readonly) {
        PyErr_SetString(PyExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->ndim == 0) {
        if (key == Py_Ellipsis || (PyTuple_Check(key) && PyTuple_GET_SIZE(key) == 0))
            return pack(m, base_ptr(m), value);
        PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (PyIndex_Check(key)) {
        if (m->ndim > 1) {
            PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        char *p = item_ptr(m, i);
        return p ? pack(m, p, value) : -1;
    }
    if (!PySlice_Check(key) || m->ndim != 1) {
        if (is_multikey(key, 0)) {
            char *p = multi_ptr(m, key);
            return p ? pack(m, p, value) : -1;
        }
        if (PySlice_Check(key) || is_multikey(key, 1))
            PyErr_SetString(PyExc_NotImplementedError,
                            "memoryview slice assignments are currently restricted to ndim = 1");
        else
            PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0 || check_released(m) < 0)
        return -1;
    Py_ssize_t len = PySlice_AdjustIndices(m->shape[0], &start, &stop, step);
    Py_buffer src;
    if (PyObject_GetBuffer(value, &src, PyBUF_FULL_RO) < 0)
        return -1;
    const char *sfmt = src.format ? src.format : "B";
    if (sfmt[0] == '@')
        sfmt++;
    Py_ssize_t sitems = src.itemsize > 0 ? src.len / src.itemsize : src.len;
    const char *dfmt = m->format[0] == '@' ? m->format + 1 : m->format;
    if (strcmp(sfmt, dfmt) != 0 || sitems != len || (src.ndim > 1)) {
        PyBuffer_Release(&src);
        PyErr_SetString(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* copy through a temporary: source and destination may overlap */
    char *tmp = PyMem_Malloc((size_t)(src.len ? src.len : 1));
    if (tmp == NULL) {
        PyBuffer_Release(&src);
        PyErr_NoMemory();
        return -1;
    }
    /* the source may itself be a stepped view */
    Py_ssize_t sstep = src.strides && src.ndim == 1 ? src.strides[0] : src.itemsize;
    for (Py_ssize_t k = 0; k < sitems; k++)
        memcpy(tmp + k * src.itemsize, (char *)src.buf + k * sstep, (size_t)src.itemsize);
    PyBuffer_Release(&src);
    for (Py_ssize_t k = 0; k < len; k++)
        memcpy(base_ptr(m) + (start + k * step) * m->strides[0], tmp + k * m->itemsize, (size_t)m->itemsize);
    PyMem_Free(tmp);
    return 0;
}

static int memory_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    mvobject *m = MV(self);
    if (check_released(m) < 0)
        return -1;
    if ((flags & PyBUF_WRITABLE) && m->readonly) {
        PyErr_SetString(PyExc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    if (!is_c_contiguous(m) && (flags & PyBUF_STRIDES) != PyBUF_STRIDES) {
        PyErr_SetString(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    view->buf = base_ptr(m);
    view->obj = Py_NewRef(self);
    view->len = nitems(m) * m->itemsize;
    view->itemsize = m->itemsize;
    view->readonly = m->readonly;
    view->ndim = m->ndim;
    view->format = (flags & PyBUF_FORMAT) ? m->format : NULL;
    view->shape = (flags & PyBUF_ND) ? m->shape : NULL;
    view->strides = ((flags & PyBUF_STRIDES) == PyBUF_STRIDES) ? m->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    m->exports++;
    return 0;
}

static void memory_releasebuffer(PyObject *self, Py_buffer *view)
{
    MV(self)->exports--;
}

static Py_hash_t memory_hash(PyObject *self)
{
    mvobject *m = MV(self);
    if (m->hash != -1)
        return m->hash;
    if (check_released(m) < 0)
        return -1;
    if (!m->readonly) {
        PyErr_SetString(PyExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    char f = fmt_code(m->format);
    if (f != 'B' && f != 'b' && f != 'c') {
        PyErr_SetString(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (m->master.obj != NULL && PyObject_Hash(m->master.obj) == -1)
        return -1;
    PyObject *b = mv_tobytes_raw(m);
    if (b == NULL)
        return -1;
    m->hash = PyObject_Hash(b);
    Py_DECREF(b);
    return m->hash;
}

static PyObject *memory_richcompare(PyObject *a, PyObject *b, int op)
{
    if (op != Py_EQ && op != Py_NE)
        Py_RETURN_NOTIMPLEMENTED;
    if (!PyMemoryView_Check(a)) {
        PyObject *t = a;
        a = b;
        b = t;
    }
    mvobject *m = MV(a);
    if (m->released || (PyMemoryView_Check(b) && MV(b)->released))
        return PyBool_FromLong((a == b) == (op == Py_EQ));
    if (!PyObject_CheckBuffer(b))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *other = PyMemoryView_Check(b) ? Py_NewRef(b) : PyMemoryView_FromObject(b);
    if (other == NULL) {
        PyErr_Clear();
        Py_RETURN_NOTIMPLEMENTED;
    }
    int eq;
    mvobject *o = MV(other);
    if (m->ndim != o->ndim) {
        eq = 0;
    }
    else {
        int same_shape = 1;
        for (int i = 0; i < m->ndim; i++)
            if (m->shape[i] != o->shape[i])
                same_shape = 0;
        if (!same_shape)
            eq = 0;
        else if (itemsize_of(fmt_code(m->format)) < 0 || itemsize_of(fmt_code(o->format)) < 0)
            eq = 0; /* CPython's struct module cannot unpack them: unequal */
        else if (fmt_code(m->format) != 0 && fmt_code(m->format) == fmt_code(o->format) &&
                 fmt_code(m->format) != 'f' && fmt_code(m->format) != 'd') {
            PyObject *x = mv_tobytes_raw(m), *y = mv_tobytes_raw(o);
            eq = x && y && PyBytes_GET_SIZE(x) == PyBytes_GET_SIZE(y)
                 && memcmp(PyBytes_AS_STRING(x), PyBytes_AS_STRING(y), (size_t)PyBytes_GET_SIZE(x)) == 0;
            Py_XDECREF(x);
            Py_XDECREF(y);
        }
        else {
            PyObject *x = tolist_rec(m, base_ptr(m), 0), *y = tolist_rec(o, base_ptr(o), 0);
            eq = x && y ? PyObject_RichCompareBool(x, y, Py_EQ) : -1;
            Py_XDECREF(x);
            Py_XDECREF(y);
            if (eq < 0) {
                Py_DECREF(other);
                return NULL;
            }
        }
    }
    Py_DECREF(other);
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

#define FC(f) _PyCFunction_CAST(f)
static PyMethodDef memory_methods[] = {
    {"release", FC(memory_release), METH_NOARGS, "release($self, /)\n--\n\n"
     "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", FC(memory_tobytes), METH_FASTCALL | METH_KEYWORDS, "tobytes($self, /, order='C')\n--\n\n"
     "Return the data in the buffer as a byte string."},
    {"hex", FC(memory_hex), METH_FASTCALL | METH_KEYWORDS, "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", FC(memory_tolist), METH_NOARGS, "tolist($self, /)\n--\n\n"
     "Return the data in the buffer as a list of elements."},
    {"cast", FC(memory_cast), METH_FASTCALL | METH_KEYWORDS, "cast($self, /, format, shape=<unrepresentable>)\n--\n\n"
     "Cast a memoryview to a new format or shape."},
    {"toreadonly", FC(memory_toreadonly), METH_NOARGS, "toreadonly($self, /)\n--\n\n"
     "Return a readonly version of the memoryview."},
    {"__enter__", FC(memory_enter), METH_NOARGS, NULL},
    {"__exit__", FC(memory_exit), METH_VARARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"__sizeof__", FC(memory_sizeof), METH_NOARGS, "__sizeof__($self, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}};

static PySequenceMethods memory_as_sequence = {
    .sq_length = memory_length,
    .sq_item = memory_item,
};

static PyMappingMethods memory_as_mapping = {
    .mp_length = memory_length,
    .mp_subscript = memory_subscript,
    .mp_ass_subscript = memory_ass_subscript,
};

static PyBufferProcs memory_as_buffer = {
    .bf_getbuffer = memory_getbuffer,
    .bf_releasebuffer = memory_releasebuffer,
};

/* ====================== iteration ====================== */

/* Iterates over the length the view had when iteration began. */
typedef struct {
    PyObject_HEAD
    mvobject *view; /* NULL once exhausted */
    Py_ssize_t index, length;
} memiterobject;

static PyObject *memory_iter(PyObject *self)
{
    mvobject *m = MV(self);
    if (check_1d(m) < 0)
        return NULL;
    if (fmt_code(m->format) == 0) {
        PyErr_Format(PyExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
        return NULL;
    }
    memiterobject *it = PyObject_GC_New(memiterobject, &_PyMemoryIter_Type);
    if (it == NULL)
        return NULL;
    it->view = (mvobject *)Py_NewRef(self);
    it->index = 0;
    it->length = m->shape[0];
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *memiter_next(PyObject *self)
{
    memiterobject *it = (memiterobject *)self;
    if (it->view == NULL)
        return NULL;
    if (check_released(it->view) < 0)
        return NULL;
    if (it->index < it->length)
        return unpack(it->view, base_ptr(it->view) + it->index++ * it->view->strides[0]);
    Py_CLEAR(it->view);
    return NULL;
}

static void memiter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_XDECREF(((memiterobject *)self)->view);
    PyObject_GC_Del(self);
}

static int memiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((memiterobject *)self)->view);
    return 0;
}

PyTypeObject _PyMemoryIter_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(memiterobject),
    .tp_dealloc = memiter_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = memiter_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = memiter_next,
};

PyTypeObject PyMemoryView_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(mvobject),
    /* CPython's views carry their shape and strides after the object; ours
     * are fixed arrays (allocation reads only tp_basicsize), but the item
     * size still shows in __itemsize__ and makes object's pickling refuse
     * views as CPython's "cannot pickle memoryview objects" */
    .tp_itemsize = sizeof(Py_ssize_t),
    .tp_dealloc = memory_dealloc,
    .tp_repr = memory_repr,
    .tp_as_sequence = &memory_as_sequence,
    .tp_as_mapping = &memory_as_mapping,
    .tp_hash = memory_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_as_buffer = &memory_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "memoryview(object)\n--\n\n"
              "Create a new memoryview object which references the given object.",
    .tp_traverse = memory_traverse,
    .tp_clear = memory_clear,
    .tp_richcompare = memory_richcompare,
    .tp_weaklistoffset = offsetof(mvobject, weakreflist),
    .tp_iter = memory_iter,
    .tp_methods = memory_methods,
    .tp_getset = memory_getset,
    .tp_new = memory_new,
};
