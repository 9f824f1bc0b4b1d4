/* _lzma: the incremental compressor and decompressor behind the lzma
 * module, on the system's liblzma (XZ Utils).
 *
 * lzma.py does the files and one-shot functions; this module has
 * LZMACompressor, LZMADecompressor, LZMAError, the constants, and the two
 * helpers lzma.py's zipfile support uses to encode and decode a filter's
 * properties.  Behaviour and messages follow CPython 3.11's.
 *
 * Filter chains.  Python describes a filter as a dict: {"id": FILTER_*,
 * options...}.  parse_filter() turns one into liblzma's lzma_filter, with
 * a PyMem-allocated options struct (LZMA filters start from a preset and
 * then take any given option); free_filters() releases a chain.  Any bad
 * option becomes "Invalid filter specifier for ... filter", as in CPython,
 * whatever the underlying reason.
 *
 * The decompressor keeps unconsumed input across calls as _bz2's does,
 * with the same code (compression_common.c), which also holds the
 * driving loops, the locking and the methods' framing; this file gives
 * one liblzma call per step (lzma_codec).  One difference in the loop:
 * liblzma may hold output back after consuming all input, so a full
 * output buffer is looked at before an empty input, and needs_input
 * stays False in that case (KrCodec.holds_output).
 *
 * liblzma runs with the interpreter released, into the raw output buffer
 * of compression_buffer.h; its own allocations go through PyMem_Raw*,
 * which need no interpreter.  Each object has a lock held by its
 * methods. */
#include "Python.h"
#include "structmember.h"
#include "pythread.h"
#include "kr_strings.h"
#include "compression_common.h"
#include <lzma.h>

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
#define LZMA_CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)

static PyObject *LZMAError;

typedef struct {
    PyObject_HEAD
    lzma_allocator alloc;
    lzma_stream lzs;
    KrCompressorState st;
} Compressor;

typedef struct {
    PyObject_HEAD
    lzma_allocator alloc;
    lzma_stream lzs;
    int check;
    KrDecompressorState st; /* st.in: the input not consumed yet */
} Decompressor;

static int
catch_lzma_error(lzma_ret lzret)
{
    const char *msg;
    switch (lzret) {
    case LZMA_OK:
    case LZMA_GET_CHECK:
    case LZMA_NO_CHECK:
    case LZMA_STREAM_END:
        return 0;
    case LZMA_MEM_ERROR:
        PyErr_NoMemory();
        return 1;
    case LZMA_UNSUPPORTED_CHECK:
        msg = "Unsupported integrity check";
        break;
    case LZMA_MEMLIMIT_ERROR:
        msg = "Memory usage limit exceeded";
        break;
    case LZMA_FORMAT_ERROR:
        msg = "Input format not supported by decoder";
        break;
    case LZMA_OPTIONS_ERROR:
        msg = "Invalid or unsupported options";
        break;
    case LZMA_DATA_ERROR:
        msg = "Corrupt input data";
        break;
    case LZMA_BUF_ERROR:
        msg = "Insufficient buffer space";
        break;
    case LZMA_PROG_ERROR:
        msg = "Internal error";
        break;
    default:
        PyErr_Format(LZMAError, "Unrecognized error from liblzma: %d", (int)lzret);
        return 1;
    }
    PyErr_SetString(LZMAError, msg);
    return 1;
}

/* liblzma's allocations: raw, since lzma_code runs without the
 * interpreter */
static void *
lzma_py_alloc(void *opaque, size_t items, size_t size)
{
    if (size != 0 && items > (size_t)PY_SSIZE_T_MAX / size)
        return NULL;
    return PyMem_RawMalloc(items * size);
}

static void
lzma_py_free(void *opaque, void *ptr)
{
    PyMem_RawFree(ptr);
}

/* ---- integer options ---- */

/* An int that fits `bits` unsigned bits (32 or 64), with CPython's
 * messages: only ints, no __index__ ("an integer is required"). */
static int
get_unsigned(PyObject *obj, int bits, const char *type_name, uint64_t *out)
{
    unsigned long long v = PyLong_AsUnsignedLongLong(obj);
    if (v == (unsigned long long)-1 && PyErr_Occurred())
        return -1;
    if (bits < 64 && (v >> bits) != 0) {
        PyErr_Format(PyExc_OverflowError, "Value too large for %s type", type_name);
        return -1;
    }
    *out = v;
    return 0;
}

/* An O& converter storing a value of 32 bits into a TYPE; type_name is
 * the one CPython's OverflowError names.  lzma_mode and lzma_match_finder
 * are enums: their values fit 32 bits. */
#define UINT32_CONVERTER(NAME, TYPE, TYPE_NAME)                                                  \
    static int NAME(PyObject *obj, void *ptr)                                                    \
    {                                                                                            \
        uint64_t v;                                                                              \
        if (get_unsigned(obj, 32, TYPE_NAME, &v) < 0)                                            \
            return 0;                                                                            \
        *(TYPE *)ptr = (TYPE)v;                                                                  \
        return 1;                                                                                \
    }

UINT32_CONVERTER(uint32_converter, uint32_t, "uint32_t")
UINT32_CONVERTER(mode_converter, lzma_mode, "lzma_mode")
UINT32_CONVERTER(mf_converter, lzma_match_finder, "lzma_match_finder")

/* ---- filter specifiers ---- */

/* The options of a spec other than "id" (and "preset") go through the
 * keyword parser, with this empty tuple as the positional arguments, so
 * unknown keys and bad values are refused; any failure becomes "Invalid
 * filter specifier for WHAT filter", as in CPython. */
static PyObject *empty_tuple;

static int
invalid_spec(const char *what)
{
    PyErr_Clear();
    PyErr_Format(PyExc_ValueError, "Invalid filter specifier for %s filter", what);
    return -1;
}

static void *
parse_lzma_options(PyObject *spec)
{
    static char *names[] = {"id", "preset", "dict_size", "lc", "lp", "pb",
                            "mode", "nice_len", "mf", "depth", NULL};
    uint32_t preset = LZMA_PRESET_DEFAULT;
    PyObject *p = PyMapping_GetItemString(spec, "preset");
    if (p == NULL) {
        /* no preset; other errors (a str "mapping") propagate */
        if (!PyErr_ExceptionMatches(PyExc_KeyError))
            return NULL;
        PyErr_Clear();
    }
    else {
        int ok = uint32_converter(p, &preset);
        Py_DECREF(p);
        if (!ok)
            return NULL;
    }
    lzma_options_lzma *options = PyMem_Calloc(1, sizeof *options);
    if (options == NULL)
        return PyErr_NoMemory();
    if (lzma_lzma_preset(options, preset)) {
        PyMem_Free(options);
        PyErr_Format(LZMAError, "Invalid compression preset: %u", preset);
        return NULL;
    }
    PyObject *id, *preset_obj;
    if (!PyDict_Check(spec) ||
        !PyArg_ParseTupleAndKeywords(empty_tuple, spec, "|OOO&O&O&O&O&O&O&O&", names, &id,
                                     &preset_obj, uint32_converter, &options->dict_size,
                                     uint32_converter, &options->lc, uint32_converter, &options->lp,
                                     uint32_converter, &options->pb, mode_converter, &options->mode,
                                     uint32_converter, &options->nice_len, mf_converter,
                                     &options->mf, uint32_converter, &options->depth)) {
        PyMem_Free(options);
        invalid_spec("LZMA");
        return NULL;
    }
    return options;
}

/* The one option of a delta or BCJ filter spec, if given. */
static int
parse_one_option(PyObject *spec, char *name, const char *what, uint32_t *value)
{
    char *names[] = {"id", name, NULL};
    PyObject *id;
    if (!PyDict_Check(spec) ||
        !PyArg_ParseTupleAndKeywords(empty_tuple, spec, "|OO&", names, &id, uint32_converter,
                                     value))
        return invalid_spec(what);
    return 0;
}

static void *
parse_delta_options(PyObject *spec)
{
    uint32_t dist = 1;
    if (parse_one_option(spec, "dist", "delta", &dist) < 0)
        return NULL;
    lzma_options_delta *options = PyMem_Calloc(1, sizeof *options);
    if (options == NULL)
        return PyErr_NoMemory();
    options->type = LZMA_DELTA_TYPE_BYTE;
    options->dist = dist;
    return options;
}

static void *
parse_bcj_options(PyObject *spec)
{
    uint32_t start_offset = 0;
    if (parse_one_option(spec, "start_offset", "BCJ", &start_offset) < 0)
        return NULL;
    lzma_options_bcj *options = PyMem_Calloc(1, sizeof *options);
    if (options == NULL)
        return PyErr_NoMemory();
    options->start_offset = start_offset;
    return options;
}

/* One filter dict into *f; 0, or -1 with f->id set to LZMA_VLI_UNKNOWN. */
static int
parse_filter(PyObject *spec, lzma_filter *f)
{
    f->id = LZMA_VLI_UNKNOWN;
    f->options = NULL;
    if (!PyMapping_Check(spec)) {
        PyErr_SetString(PyExc_TypeError, "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    /* bytes and str pass PyMapping_Check: their TypeError for a str
     * index is the one raised, as in CPython */
    PyObject *id_obj = PyMapping_GetItemString(spec, "id");
    if (id_obj == NULL) {
        if (PyErr_ExceptionMatches(PyExc_KeyError))
            PyErr_SetString(PyExc_ValueError, "Filter specifier must have an \"id\" entry");
        return -1;
    }
    uint64_t id;
    int bad = get_unsigned(id_obj, 64, "lzma_vli", &id);
    Py_DECREF(id_obj);
    if (bad)
        return -1;
    void *options;
    switch (id) {
    case LZMA_FILTER_LZMA1:
    case LZMA_FILTER_LZMA2:
        options = parse_lzma_options(spec);
        break;
    case LZMA_FILTER_DELTA:
        options = parse_delta_options(spec);
        break;
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC:
        options = parse_bcj_options(spec);
        break;
    default:
        PyErr_Format(PyExc_ValueError, "Invalid filter ID: %llu", (unsigned long long)id);
        return -1;
    }
    if (options == NULL)
        return -1;
    f->id = id;
    f->options = options;
    return 0;
}

/* filters[] ends with an LZMA_VLI_UNKNOWN id */
static void
free_filters(lzma_filter filters[])
{
    for (int i = 0; filters[i].id != LZMA_VLI_UNKNOWN; i++)
        PyMem_Free(filters[i].options);
}

/* A sequence of filter dicts into filters[LZMA_FILTERS_MAX + 1]. */
static int
parse_filter_chain(PyObject *specs, lzma_filter filters[])
{
    Py_ssize_t n = PySequence_Length(specs);
    if (n < 0)
        return -1;
    if (n > LZMA_FILTERS_MAX) {
        PyErr_Format(PyExc_ValueError, "Too many filters - liblzma supports a maximum of %d",
                     LZMA_FILTERS_MAX);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *spec = PySequence_GetItem(specs, i);
        int bad = spec == NULL || parse_filter(spec, &filters[i]) < 0;
        Py_XDECREF(spec);
        if (bad) {
            filters[i].id = LZMA_VLI_UNKNOWN;
            free_filters(filters);
            return -1;
        }
    }
    filters[n].id = LZMA_VLI_UNKNOWN;
    return 0;
}

static int
spec_set(PyObject *spec, const char *key, unsigned long long value)
{
    PyObject *v = PyLong_FromUnsignedLongLong(value);
    if (v == NULL)
        return -1;
    int r = PyDict_SetItemString(spec, key, v);
    Py_DECREF(v);
    return r;
}

/* A filter dict from a decoded filter: the fields its properties carry. */
static PyObject *
build_filter_spec(const lzma_filter *f)
{
    PyObject *spec = PyDict_New();
    if (spec == NULL || spec_set(spec, "id", f->id) < 0)
        goto error;
    switch (f->id) {
    case LZMA_FILTER_LZMA1: {
        const lzma_options_lzma *o = f->options;
        if (spec_set(spec, "lc", o->lc) < 0 || spec_set(spec, "lp", o->lp) < 0 ||
            spec_set(spec, "pb", o->pb) < 0 || spec_set(spec, "dict_size", o->dict_size) < 0)
            goto error;
        break;
    }
    case LZMA_FILTER_LZMA2: {
        const lzma_options_lzma *o = f->options;
        if (spec_set(spec, "dict_size", o->dict_size) < 0)
            goto error;
        break;
    }
    case LZMA_FILTER_DELTA: {
        const lzma_options_delta *o = f->options;
        if (spec_set(spec, "dist", o->dist) < 0)
            goto error;
        break;
    }
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC: {
        /* empty properties leave no options: the offset is then 0 */
        const lzma_options_bcj *o = f->options;
        if (spec_set(spec, "start_offset", o != NULL ? o->start_offset : 0) < 0)
            goto error;
        break;
    }
    default:
        PyErr_Format(PyExc_ValueError, "Invalid filter ID: %llu", (unsigned long long)f->id);
        goto error;
    }
    return spec;
error:
    Py_XDECREF(spec);
    return NULL;
}

/* ---- driving liblzma (the loops are in compression_common.c) ---- */

static void
set_output(void *stream, char *next, size_t avail)
{
    lzma_stream *lzs = stream;
    lzs->next_out = (uint8_t *)next;
    lzs->avail_out = avail;
}

static size_t
avail_out(void *stream)
{
    return ((lzma_stream *)stream)->avail_out;
}

/* One lzma_code over `in`, which is updated to what is left. */
static lzma_ret
code(lzma_stream *lzs, KrPendingInput *in, lzma_action action)
{
    lzs->next_in = (const uint8_t *)in->next;
    lzs->avail_in = in->avail;
    lzma_ret lzret;
    Py_BEGIN_ALLOW_THREADS
    lzret = lzma_code(lzs, action);
    Py_END_ALLOW_THREADS
    in->next = (const char *)lzs->next_in;
    in->avail = lzs->avail_in;
    /* no input and room left: no progress possible yet, not an error */
    if (lzret == LZMA_BUF_ERROR && lzs->avail_in == 0 && lzs->avail_out > 0)
        lzret = LZMA_OK;
    return lzret;
}

/* LZMA_RUN stops when the input is used; LZMA_FINISH at the end of the
 * stream.  Output room is made after a call that filled it. */
static int
compress_step(void *stream, KrPendingInput *in, int finish)
{
    lzma_stream *lzs = stream;
    lzma_ret lzret = code(lzs, in, finish ? LZMA_FINISH : LZMA_RUN);
    if (catch_lzma_error(lzret))
        return KR_STEP_ERROR;
    if ((!finish && in->avail == 0) || (finish && lzret == LZMA_STREAM_END))
        return KR_STEP_END;
    return lzs->avail_out == 0 ? KR_STEP_OUTPUT : KR_STEP_MORE;
}

static int
decompress_step(void *stream, KrPendingInput *in)
{
    lzma_stream *lzs = stream;
    lzma_ret lzret = code(lzs, in, LZMA_RUN);
    if (catch_lzma_error(lzret))
        return KR_STEP_ERROR;
    if (lzret == LZMA_GET_CHECK || lzret == LZMA_NO_CHECK) {
        Decompressor *d = (Decompressor *)((char *)lzs - offsetof(Decompressor, lzs));
        d->check = (int)lzma_get_check(lzs);
    }
    return lzret == LZMA_STREAM_END ? KR_STEP_END : KR_STEP_MORE;
}

static const KrCodec lzma_codec = {
    .window_max = SIZE_MAX,
    .set_output = set_output,
    .avail_out = avail_out,
    .compress_step = compress_step,
    .decompress_step = decompress_step,
    .holds_output = 1,
    .fatal_errors = 0,
    .eof_message = "Already at end of stream",
};

/* A clean stream for __init__, which may run again on the same object:
 * a new lock, the earlier stream ended, and liblzma's allocations going
 * through lzma_py_alloc.  The caller sets up the coder. */
static int
restart_stream(lzma_stream *lzs, lzma_allocator *alloc, int *initialised,
               PyThread_type_lock *lock)
{
    if (_KrCompression_NewLock(lock) < 0)
        return -1;
    if (*initialised) {
        lzma_end(lzs);
        *initialised = 0;
    }
    memset(lzs, 0, sizeof *lzs);
    alloc->opaque = NULL;
    alloc->alloc = lzma_py_alloc;
    alloc->free = lzma_py_free;
    lzs->allocator = alloc;
    return 0;
}

/* ---- LZMACompressor ---- */

static int
compressor_setup(Compressor *self, int format, int check, uint32_t preset, PyObject *filterspecs)
{
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    lzma_ret lzret;
    switch (format) {
    case FORMAT_XZ:
        if (check == -1)
            check = LZMA_CHECK_CRC64;
        if (filterspecs == Py_None)
            lzret = lzma_easy_encoder(&self->lzs, preset, (lzma_check)check);
        else {
            if (parse_filter_chain(filterspecs, filters) < 0)
                return -1;
            lzret = lzma_stream_encoder(&self->lzs, filters, (lzma_check)check);
            free_filters(filters);
        }
        break;
    case FORMAT_ALONE:
        if (filterspecs == Py_None) {
            lzma_options_lzma options;
            if (lzma_lzma_preset(&options, preset)) {
                PyErr_Format(LZMAError, "Invalid compression preset: %u", preset);
                return -1;
            }
            lzret = lzma_alone_encoder(&self->lzs, &options);
        }
        else {
            if (parse_filter_chain(filterspecs, filters) < 0)
                return -1;
            if (filters[0].id != LZMA_FILTER_LZMA1 || filters[1].id != LZMA_VLI_UNKNOWN) {
                free_filters(filters);
                PyErr_SetString(PyExc_ValueError,
                                "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                return -1;
            }
            lzret = lzma_alone_encoder(&self->lzs, filters[0].options);
            free_filters(filters);
        }
        break;
    case FORMAT_RAW:
        if (filterspecs == Py_None) {
            PyErr_SetString(PyExc_ValueError, "Must specify filters for FORMAT_RAW");
            return -1;
        }
        if (parse_filter_chain(filterspecs, filters) < 0)
            return -1;
        lzret = lzma_raw_encoder(&self->lzs, filters);
        free_filters(filters);
        break;
    default:
        PyErr_Format(PyExc_ValueError, "Invalid container format: %d", format);
        return -1;
    }
    return catch_lzma_error(lzret) ? -1 : 0;
}

static int
compressor_init(PyObject *op, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"format", "check", "preset", "filters", NULL};
    Compressor *self = (Compressor *)op;
    int format = FORMAT_XZ, check = -1;
    uint32_t preset = LZMA_PRESET_DEFAULT;
    PyObject *preset_obj = Py_None, *filterspecs = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|iiOO:LZMACompressor", names, &format,
                                     &check, &preset_obj, &filterspecs))
        return -1;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        PyErr_SetString(PyExc_ValueError, "Integrity checks are only supported by FORMAT_XZ");
        return -1;
    }
    if (preset_obj != Py_None && filterspecs != Py_None) {
        PyErr_SetString(PyExc_ValueError, "Cannot specify both preset and filter chain");
        return -1;
    }
    if (preset_obj != Py_None && !uint32_converter(preset_obj, &preset))
        return -1;
    if (restart_stream(&self->lzs, &self->alloc, &self->st.initialised, &self->st.lock) < 0)
        return -1;
    self->st.flushed = 0;
    /* lzma_end is harmless on a stream a failed setup left behind */
    self->st.initialised = 1;
    return compressor_setup(self, format, check, preset, filterspecs);
}

static void
compressor_dealloc(PyObject *op)
{
    Compressor *self = (Compressor *)op;
    if (self->st.initialised)
        lzma_end(&self->lzs);
    if (self->st.lock != NULL)
        PyThread_free_lock(self->st.lock);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
compressor_compress(PyObject *op, PyObject *arg)
{
    Compressor *self = (Compressor *)op;
    return _KrCompressor_Compress(&self->st, &self->lzs, arg, &lzma_codec);
}

static PyObject *
compressor_flush(PyObject *op, PyObject *unused)
{
    Compressor *self = (Compressor *)op;
    return _KrCompressor_Flush(&self->st, &self->lzs, &lzma_codec);
}

/* ---- LZMADecompressor ---- */

static int
decompressor_init(PyObject *op, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"format", "memlimit", "filters", NULL};
    Decompressor *self = (Decompressor *)op;
    int format = FORMAT_AUTO;
    PyObject *memlimit = Py_None, *filterspecs = Py_None;
    uint64_t memlimit_ = UINT64_MAX;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|iOO:LZMADecompressor", names, &format,
                                     &memlimit, &filterspecs))
        return -1;
    if (memlimit != Py_None) {
        if (format == FORMAT_RAW) {
            PyErr_SetString(PyExc_ValueError, "Cannot specify memory limit with FORMAT_RAW");
            return -1;
        }
        if (get_unsigned(memlimit, 64, "uint64_t", &memlimit_) < 0)
            return -1;
    }
    if (format == FORMAT_RAW && filterspecs == Py_None) {
        PyErr_SetString(PyExc_ValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    if (format != FORMAT_RAW && filterspecs != Py_None) {
        PyErr_SetString(PyExc_ValueError, "Cannot specify filters except with FORMAT_RAW");
        return -1;
    }
    if (restart_stream(&self->lzs, &self->alloc, &self->st.initialised, &self->st.lock) < 0 ||
        _KrDecompressor_Reset(&self->st) < 0)
        return -1;
    self->check = LZMA_CHECK_UNKNOWN;
    self->st.initialised = 1;

    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_ret lzret;
    switch (format) {
    case FORMAT_AUTO:
        lzret = lzma_auto_decoder(&self->lzs, memlimit_, flags);
        break;
    case FORMAT_XZ:
        lzret = lzma_stream_decoder(&self->lzs, memlimit_, flags);
        break;
    case FORMAT_ALONE:
        self->check = LZMA_CHECK_NONE;
        lzret = lzma_alone_decoder(&self->lzs, memlimit_);
        break;
    case FORMAT_RAW: {
        self->check = LZMA_CHECK_NONE;
        lzma_filter filters[LZMA_FILTERS_MAX + 1];
        if (parse_filter_chain(filterspecs, filters) < 0)
            return -1;
        lzret = lzma_raw_decoder(&self->lzs, filters);
        free_filters(filters);
        break;
    }
    default:
        PyErr_Format(PyExc_ValueError, "Invalid container format: %d", format);
        return -1;
    }
    return catch_lzma_error(lzret) ? -1 : 0;
}

static void
decompressor_dealloc(PyObject *op)
{
    Decompressor *self = (Decompressor *)op;
    if (self->st.initialised)
        lzma_end(&self->lzs);
    _KrDecompressor_Clear(&self->st);
    Py_TYPE(op)->tp_free(op);
}

static PyObject *
decompressor_decompress(PyObject *op, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Decompressor *self = (Decompressor *)op;
    return _KrDecompressor_Decompress(&self->st, &self->lzs, args, nargs, kwnames, &lzma_codec);
}

/* ---- module functions ---- */

static PyObject *
lzma_is_check_supported(PyObject *module, PyObject *arg)
{
    int check_id = _KrArg_AsInt(arg);
    if (check_id == -1 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(lzma_check_is_supported((lzma_check)check_id));
}

static PyObject *
lzma_encode_filter_properties(PyObject *module, PyObject *arg)
{
    lzma_filter filter;
    if (parse_filter(arg, &filter) < 0)
        return NULL;
    PyObject *result = NULL;
    uint32_t size;
    if (catch_lzma_error(lzma_properties_size(&size, &filter)))
        goto done;
    result = PyBytes_FromStringAndSize(NULL, size);
    if (result == NULL)
        goto done;
    if (catch_lzma_error(lzma_properties_encode(&filter, (uint8_t *)PyBytes_AS_STRING(result))))
        Py_CLEAR(result);
done:
    PyMem_Free(filter.options);
    return result;
}

static PyObject *
lzma_decode_filter_properties(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("_decode_filter_properties", nargs, 2, 2))
        return NULL;
    uint64_t id;
    if (get_unsigned(args[0], 64, "lzma_vli", &id) < 0)
        return NULL;
    Py_buffer props;
    if (PyObject_GetBuffer(args[1], &props, PyBUF_SIMPLE) < 0)
        return NULL;
    lzma_filter filter = {.id = id, .options = NULL};
    lzma_ret lzret = lzma_properties_decode(&filter, NULL, props.buf, (size_t)props.len);
    PyBuffer_Release(&props);
    if (catch_lzma_error(lzret))
        return NULL;
    PyObject *result = build_filter_spec(&filter);
    /* liblzma allocated the options with the C library (no allocator was
     * given), so they go back there */
    free(filter.options);
    return result;
}

/* ---- types and module ---- */

static PyMethodDef compressor_methods[] = {
    {"compress", compressor_compress, METH_O,
     "compress($self, data, /)\n--\n\n"
     "Feed data to the compressor; returns the compressed bytes ready so far\n"
     "(often b'').  flush() ends the stream."},
    {"flush", compressor_flush, METH_NOARGS,
     "flush($self, /)\n--\n\n"
     "End the stream: returns the compressed bytes still held.  The\n"
     "compressor cannot be used afterwards."},
    {NULL, NULL, 0, NULL}
};

static PyMethodDef decompressor_methods[] = {
    {"decompress", (PyCFunction)(void (*)(void))decompressor_decompress,
     METH_FASTCALL | METH_KEYWORDS,
     "decompress($self, /, data, max_length=-1)\n--\n\n"
     "Feed compressed data; returns the bytes it decompresses to so far.\n\n"
     "A max_length of 0 or more caps the output; input not yet used is kept,\n"
     "and needs_input tells whether the next call needs more data or can\n"
     "pass b'' to get the rest.  Bytes after the end of the stream go to\n"
     "unused_data; calling again after the end raises EOFError."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef decompressor_members[] = {
    {"check", T_INT, offsetof(Decompressor, check), READONLY,
     "The integrity check of the stream (a CHECK_* value), once known."},
    {"eof", T_BOOL, offsetof(Decompressor, st.eof), READONLY,
     "Whether the end of the stream has been reached."},
    {"needs_input", T_BOOL, offsetof(Decompressor, st.needs_input), READONLY,
     "Whether decompress() needs more data before it can return more output."},
    {"unused_data", T_OBJECT_EX, offsetof(Decompressor, st.unused_data), READONLY,
     "The bytes that followed the end of the stream."},
    {NULL, 0, 0, 0, NULL}
};

static PyTypeObject Compressor_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_lzma.LZMACompressor",
    .tp_basicsize = sizeof(Compressor),
    .tp_dealloc = compressor_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n"
              "A compressor for data that arrives in pieces.\n\n"
              "format is the container format of the output: FORMAT_XZ (the\n"
              "default), FORMAT_ALONE or FORMAT_RAW.\n\n"
              "check is the integrity check; FORMAT_XZ defaults to CHECK_CRC64, and\n"
              "FORMAT_ALONE and FORMAT_RAW take none (omit it, or give CHECK_NONE).\n\n"
              "The settings are either a preset level ('preset': 0-9, optionally\n"
              "OR-ed with PRESET_EXTREME) or a custom filter chain ('filters': a\n"
              "sequence of dicts, each with an \"id\" entry and the filter's\n"
              "options).  FORMAT_XZ and FORMAT_ALONE default to PRESET_DEFAULT;\n"
              "FORMAT_RAW needs a filter chain.\n\n"
              "lzma.compress() does it in one go.\n",
    .tp_methods = compressor_methods,
    .tp_init = compressor_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
};

static PyTypeObject Decompressor_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_lzma.LZMADecompressor",
    .tp_basicsize = sizeof(Decompressor),
    .tp_dealloc = decompressor_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)\n--\n\n"
              "A decompressor for data that arrives in pieces.\n\n"
              "  format\n"
              "    The container format of the input.  FORMAT_AUTO (the default)\n"
              "    detects FORMAT_XZ and FORMAT_ALONE; FORMAT_RAW cannot be detected.\n"
              "  memlimit\n"
              "    A limit on the memory the decompressor may use; input that needs\n"
              "    more fails to decompress.\n"
              "  filters\n"
              "    A custom filter chain, required for FORMAT_RAW and refused with\n"
              "    the other formats: a sequence of dicts, each giving the ID and\n"
              "    options of one filter.\n\n"
              "lzma.decompress() does it in one go.",
    .tp_methods = decompressor_methods,
    .tp_members = decompressor_members,
    .tp_init = decompressor_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
};

static PyMethodDef lzma_methods[] = {
    {"is_check_supported", lzma_is_check_supported, METH_O,
     "is_check_supported($module, check_id, /)\n--\n\n"
     "Whether this liblzma can compute the integrity check check_id\n"
     "(CHECK_NONE and CHECK_CRC32 always)."},
    {"_encode_filter_properties", lzma_encode_filter_properties, METH_O,
     "_encode_filter_properties($module, filter, /)\n--\n\n"
     "The options (properties) of the filter given by *filter* (a dict),\n"
     "encoded as bytes; the filter ID itself is not included."},
    {"_decode_filter_properties", (PyCFunction)(void (*)(void))lzma_decode_filter_properties,
     METH_FASTCALL,
     "_decode_filter_properties($module, filter_id, encoded_props, /)\n--\n\n"
     "The filter dict for filter *filter_id* whose options are encoded in\n"
     "*encoded_props*."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef lzma_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_lzma",
    .m_size = 0,
    .m_methods = lzma_methods,
};

PyObject *PyInit__lzma(void)
{
    if (PyType_Ready(&Compressor_Type) < 0 || PyType_Ready(&Decompressor_Type) < 0)
        return NULL;
    if (empty_tuple == NULL && (empty_tuple = PyTuple_New(0)) == NULL)
        return NULL;
    if (LZMAError == NULL &&
        (LZMAError = PyErr_NewExceptionWithDoc("_lzma.LZMAError", "Call to liblzma failed.",
                                               NULL, NULL)) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&lzma_module);
    if (m == NULL)
        return NULL;
    /* some values pass 32 bits (FILTER_LZMA1, PRESET_EXTREME) */
    static const struct {
        const char *name;
        unsigned long long value;
    } ints[] = {
        {"FORMAT_AUTO", FORMAT_AUTO},
        {"FORMAT_XZ", FORMAT_XZ},
        {"FORMAT_ALONE", FORMAT_ALONE},
        {"FORMAT_RAW", FORMAT_RAW},
        {"CHECK_NONE", LZMA_CHECK_NONE},
        {"CHECK_CRC32", LZMA_CHECK_CRC32},
        {"CHECK_CRC64", LZMA_CHECK_CRC64},
        {"CHECK_SHA256", LZMA_CHECK_SHA256},
        {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
        {"CHECK_UNKNOWN", LZMA_CHECK_UNKNOWN},
        {"FILTER_LZMA1", LZMA_FILTER_LZMA1},
        {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
        {"FILTER_DELTA", LZMA_FILTER_DELTA},
        {"FILTER_X86", LZMA_FILTER_X86},
        {"FILTER_IA64", LZMA_FILTER_IA64},
        {"FILTER_ARM", LZMA_FILTER_ARM},
        {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB},
        {"FILTER_SPARC", LZMA_FILTER_SPARC},
        {"FILTER_POWERPC", LZMA_FILTER_POWERPC},
        {"MF_HC3", LZMA_MF_HC3},
        {"MF_HC4", LZMA_MF_HC4},
        {"MF_BT2", LZMA_MF_BT2},
        {"MF_BT3", LZMA_MF_BT3},
        {"MF_BT4", LZMA_MF_BT4},
        {"MODE_FAST", LZMA_MODE_FAST},
        {"MODE_NORMAL", LZMA_MODE_NORMAL},
        {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
        {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        PyObject *v = PyLong_FromUnsignedLongLong(ints[i].value);
        if (v == NULL || PyModule_AddObject(m, ints[i].name, v) < 0) {
            Py_XDECREF(v);
            goto error;
        }
    }
    if (PyModule_AddObjectRef(m, "LZMAError", LZMAError) < 0 ||
        PyModule_AddType(m, &Compressor_Type) < 0 || PyModule_AddType(m, &Decompressor_Type) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
