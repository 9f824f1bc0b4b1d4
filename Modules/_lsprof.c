/* _lsprof: the deterministic profiler behind cProfile.
 *
 * cProfile.Profile is a thin Python subclass of _lsprof.Profiler; all the
 * measuring happens here, in a C profile function installed with
 * _PyEval_SetProfile.  The VM reports every Python frame starting and
 * ending ('call'/'return', keyed by the frame's code object) and every
 * call of a C function ('c_call' then 'c_return' or 'c_exception', with
 * the PyCFunction -- a method descriptor call arrives as the bound method).
 *
 * The bookkeeping follows the classic lsprof model:
 *
 *  - one Entry per function ever seen, found by a key: the code object
 *    for Python code, the PyMethodDef for C code (a bound method object
 *    is created afresh for each call, its PyMethodDef is not).  An entry
 *    keeps the object to report: the code object, or for C functions a
 *    descriptive string made once (a built-in method must not keep its
 *    __self__ alive);
 *  - per entry, one SubEntry per callee (the "calls" of getstats()), so
 *    pstats can print callers and callees;
 *  - a stack of Contexts, one per call in progress, each with its start
 *    time and the time its callees took (to separate inline from total
 *    time).
 *
 * Recursion: an entry (and a subentry) counts how many of its calls are
 * in progress.  Only the outermost call adds to the total time -- the
 * inner ones are inside it already -- and the others count as recursive
 * calls; inline time always adds up.
 *
 * Entries live in insertion order in a growable array, found through an
 * open-addressing table of pointers.  (CPython uses a splay-like tree and
 * so returns them in address order; nothing promises an order, and ours
 * is reproducible from run to run.)
 *
 * Robustness: a context stack can be out of step with the program --
 * profiling enabled inside a function sees its return without the call,
 * and disable() happens inside calls still running.  A return with no
 * context in progress is ignored, and disable() closes every open context
 * as if its call returned then.  A timer that raises (or returns
 * something that is not a number) is reported as unraisable and reads 0;
 * the exception the program is propagating at that moment is kept.
 *
 * Times are int64 ticks: nanoseconds from the default monotonic clock, or
 * from a timer returning float seconds (timeunit 0), or raw integers
 * scaled by timeunit in getstats(). */

#include "Python.h"
#include "frameobject.h"
#include "structmember.h"
#include "pytime.h"
#include <time.h>

/* ---------------- pointer-keyed map, insertion ordered ---------------- */

typedef struct {
    void **keys;         /* slot -> key, NULL when free */
    Py_ssize_t *slots;   /* slot -> index into items */
    Py_ssize_t cap;      /* power of two, 0 when empty */
    void **items;        /* values in insertion order */
    Py_ssize_t n, items_cap;
} PtrMap;

static size_t
ptr_hash(void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= (uintptr_t)0x9E3779B97F4A7C15ULL;
    return (size_t)(x ^ (x >> 29));
}

static void *
ptrmap_get(PtrMap *m, void *key)
{
    if (m->cap == 0)
        return NULL;
    size_t mask = (size_t)m->cap - 1;
    for (size_t i = ptr_hash(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == NULL)
            return NULL;
        if (m->keys[i] == key)
            return m->items[m->slots[i]];
    }
}

static void
ptrmap_place(PtrMap *m, void *key, Py_ssize_t index)
{
    size_t mask = (size_t)m->cap - 1;
    size_t i = ptr_hash(key) & mask;
    while (m->keys[i] != NULL)
        i = (i + 1) & mask;
    m->keys[i] = key;
    m->slots[i] = index;
}

/* Add key -> value (key not present).  0, or -1 when out of memory. */
static int
ptrmap_add(PtrMap *m, void *key, void *value)
{
    if (m->n == m->items_cap) {
        Py_ssize_t ncap = m->items_cap ? m->items_cap * 2 : 8;
        void **items = PyMem_Realloc(m->items, (size_t)ncap * sizeof(void *));
        if (items == NULL)
            return -1;
        m->items = items;
        m->items_cap = ncap;
    }
    /* keep the table at most half full */
    if ((m->n + 1) * 2 > m->cap) {
        Py_ssize_t ncap = m->cap ? m->cap * 2 : 16;
        void **keys = PyMem_Calloc((size_t)ncap, sizeof(void *));
        Py_ssize_t *slots = PyMem_Malloc((size_t)ncap * sizeof(Py_ssize_t));
        if (keys == NULL || slots == NULL) {
            PyMem_Free(keys);
            PyMem_Free(slots);
            return -1;
        }
        void **oldkeys = m->keys;
        Py_ssize_t *oldslots = m->slots, oldcap = m->cap;
        m->keys = keys;
        m->slots = slots;
        m->cap = ncap;
        for (Py_ssize_t i = 0; i < oldcap; i++)
            if (oldkeys[i] != NULL)
                ptrmap_place(m, oldkeys[i], oldslots[i]);
        PyMem_Free(oldkeys);
        PyMem_Free(oldslots);
    }
    m->items[m->n] = value;
    ptrmap_place(m, key, m->n);
    m->n++;
    return 0;
}

/* Forget everything; the values are the caller's to free first. */
static void
ptrmap_clear(PtrMap *m)
{
    PyMem_Free(m->keys);
    PyMem_Free(m->slots);
    PyMem_Free(m->items);
    memset(m, 0, sizeof(*m));
}

/* ---------------- the profiler's records ---------------- */

typedef struct Entry {
    PyObject *userobj;          /* code object or descriptive str */
    _PyTime_t tt, it;           /* total and inline time */
    long callcount, reccallcount;
    long recursion;             /* calls in progress */
    PtrMap calls;               /* callee Entry* -> SubEntry* */
} Entry;

typedef struct {
    Entry *callee;
    _PyTime_t tt, it;
    long callcount, reccallcount;
    long recursion;
} SubEntry;

typedef struct Context {
    _PyTime_t t0, subt;          /* start, time spent in callees */
    struct Context *previous;
    Entry *entry;                /* NULL once clear() dropped it */
} Context;

#define POF_ENABLED 0x1
#define POF_SUBCALLS 0x2
#define POF_BUILTINS 0x4
#define POF_NOMEMORY 0x100

typedef struct {
    PyObject_HEAD
    PtrMap entries;              /* key -> Entry* */
    Context *current;
    Context *freelist;
    int flags;
    unsigned long generation;    /* bumped by clear(): entries freed */
    PyObject *timer;             /* NULL: the built-in clock */
    double timeunit;
} ProfilerObject;

static PyTypeObject Profiler_Type;
static PyTypeObject StatsEntry_Type;
static PyTypeObject StatsSubEntry_Type;

/* ---------------- time ---------------- */

static _PyTime_t
default_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (_PyTime_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static _PyTime_t
call_external_timer(ProfilerObject *p)
{
    PyObject *res = PyObject_CallNoArgs(p->timer);
    if (res == NULL) {
        PyErr_WriteUnraisable(p->timer);
        return 0;
    }
    _PyTime_t t = 0;
    int err;
    if (p->timeunit > 0.0) {
        /* raw ticks, scaled by timeunit in getstats() */
        if (!PyLong_Check(res)) {
            PyErr_Format(PyExc_TypeError, "expect int, got %s", Py_TYPE(res)->tp_name);
            err = -1;
        }
        else {
            long long v = PyLong_AsLongLong(res);
            if (v == -1 && PyErr_Occurred()) {
                if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                    PyErr_Clear();
                    PyErr_SetString(PyExc_OverflowError,
                                    "timestamp too large to convert to C _PyTime_t");
                }
                err = -1;
            }
            else {
                t = (_PyTime_t)v;
                err = 0;
            }
        }
    }
    else {
        /* seconds, kept as nanoseconds like the built-in clock */
        err = _PyTime_FromSecondsObject(&t, res, _PyTime_ROUND_FLOOR);
    }
    Py_DECREF(res);
    if (err < 0) {
        PyErr_WriteUnraisable(p->timer);
        return 0;
    }
    return t;
}

static _PyTime_t
now(ProfilerObject *p)
{
    return p->timer != NULL ? call_external_timer(p) : default_clock();
}

/* ---------------- naming C functions ---------------- */

/* What a C function is reported as: "<built-in method builtins.len>",
 * "<method 'append' of 'list' objects>" (the repr of what the type of
 * __self__ has under that name), "<built-in method NAME>". */
static PyObject *
describe_cfunction(PyCFunctionObject *fn)
{
    const char *name = fn->m_ml->ml_name;
    if (fn->m_self == NULL) {
        /* a function of no module object: named after __module__ */
        PyObject *modname = NULL;
        PyObject *mod = fn->m_module;
        if (mod != NULL && PyUnicode_Check(mod)) {
            modname = mod;
            Py_INCREF(modname);
        }
        else if (mod != NULL && PyModule_Check(mod)) {
            modname = PyModule_GetNameObject(mod);
            if (modname == NULL)
                PyErr_Clear();
        }
        if (modname != NULL && PyUnicode_CompareWithASCIIString(modname, "builtins") != 0) {
            PyObject *res = PyUnicode_FromFormat("<%U.%s>", modname, name);
            Py_DECREF(modname);
            return res;
        }
        Py_XDECREF(modname);
        return PyUnicode_FromFormat("<%s>", name);
    }
    PyObject *key = PyUnicode_FromString(name);
    if (key != NULL) {
        PyObject *attr = _PyType_Lookup(Py_TYPE(fn->m_self), key); /* borrowed */
        Py_DECREF(key);
        if (attr != NULL) {
            Py_INCREF(attr);
            PyObject *res = PyObject_Repr(attr);
            Py_DECREF(attr);
            if (res != NULL)
                return res;
        }
    }
    PyErr_Clear();
    if (fn->m_module != NULL && PyUnicode_Check(fn->m_module))
        return PyUnicode_FromFormat("<built-in method %U.%s>", fn->m_module, name);
    return PyUnicode_FromFormat("<built-in method %s>", name);
}

/* ---------------- entries ---------------- */

static Entry *
new_entry(ProfilerObject *p, void *key, PyObject *obj)
{
    PyObject *userobj;
    if (PyCFunction_Check(obj))
        userobj = describe_cfunction((PyCFunctionObject *)obj);
    else
        userobj = Py_NewRef(obj);
    if (userobj == NULL) {
        PyErr_Clear();
        p->flags |= POF_NOMEMORY;
        return NULL;
    }
    Entry *e = PyMem_Calloc(1, sizeof(Entry));
    if (e == NULL || ptrmap_add(&p->entries, key, e) < 0) {
        PyMem_Free(e);
        Py_DECREF(userobj);
        p->flags |= POF_NOMEMORY;
        return NULL;
    }
    e->userobj = userobj;
    return e;
}

static SubEntry *
get_subentry(ProfilerObject *p, Entry *caller, Entry *callee, int create)
{
    SubEntry *s = ptrmap_get(&caller->calls, callee);
    if (s != NULL || !create)
        return s;
    s = PyMem_Calloc(1, sizeof(SubEntry));
    if (s == NULL || ptrmap_add(&caller->calls, callee, s) < 0) {
        PyMem_Free(s);
        p->flags |= POF_NOMEMORY;
        return NULL;
    }
    s->callee = callee;
    return s;
}

static void
free_entries(ProfilerObject *p)
{
    for (Py_ssize_t i = 0; i < p->entries.n; i++) {
        Entry *e = p->entries.items[i];
        for (Py_ssize_t j = 0; j < e->calls.n; j++)
            PyMem_Free(e->calls.items[j]);
        ptrmap_clear(&e->calls);
        Py_DECREF(e->userobj);
        PyMem_Free(e);
    }
    ptrmap_clear(&p->entries);
}

/* clear(): the records go; calls still in progress stay on the stack
 * (their returns will come) but no longer point at an entry. */
static void
clear_entries(ProfilerObject *p)
{
    for (Context *c = p->current; c != NULL; c = c->previous)
        c->entry = NULL;
    free_entries(p);
    p->generation++;
}

/* ---------------- call and return ---------------- */

/* A custom timer is Python code and may call disable(), clear() or
 * enable() on this very profiler.  So the timer is read when the stack
 * is consistent: a context is pushed before its start is read and popped
 * before its end is, and entries freed meanwhile are noticed through
 * `generation`. */
static void
start_call(ProfilerObject *p, Context *ctx, Entry *e)
{
    ctx->entry = e;
    ctx->subt = 0;
    ctx->t0 = 0;
    ctx->previous = p->current;
    p->current = ctx;
    e->recursion++;
    if ((p->flags & POF_SUBCALLS) && ctx->previous != NULL && ctx->previous->entry != NULL) {
        SubEntry *s = get_subentry(p, ctx->previous->entry, e, 1);
        if (s != NULL)
            s->recursion++;
    }
    /* last, so that the bookkeeping above is not charged to the call */
    ctx->t0 = now(p);
}

static void
stop_call(ProfilerObject *p, Context *ctx)
{
    p->current = ctx->previous;
    unsigned long generation = p->generation;
    _PyTime_t tt = now(p) - ctx->t0;
    _PyTime_t it = tt - ctx->subt;
    if (p->generation != generation)
        return; /* the timer called clear() */
    Entry *e = ctx->entry;
    if (ctx->previous != NULL)
        ctx->previous->subt += tt;
    if (e == NULL)
        return;
    if (--e->recursion == 0)
        e->tt += tt;
    else
        e->reccallcount++;
    e->it += it;
    e->callcount++;
    if ((p->flags & POF_SUBCALLS) && ctx->previous != NULL && ctx->previous->entry != NULL) {
        SubEntry *s = get_subentry(p, ctx->previous->entry, e, 0);
        if (s != NULL) {
            if (--s->recursion == 0)
                s->tt += tt;
            else
                s->reccallcount++;
            s->it += it;
            s->callcount++;
        }
    }
}

static void
enter_call(ProfilerObject *p, void *key, PyObject *obj)
{
    /* a frame entered by throw() arrives with the exception set; our
     * work must neither see it nor lose it */
    PyObject *exc = PyErr_GetRaisedException();
    Entry *e = ptrmap_get(&p->entries, key);
    if (e == NULL)
        e = new_entry(p, key, obj);
    if (e != NULL) {
        Context *ctx = p->freelist;
        if (ctx != NULL)
            p->freelist = ctx->previous;
        else
            ctx = PyMem_Malloc(sizeof(Context));
        if (ctx == NULL)
            p->flags |= POF_NOMEMORY;
        else
            start_call(p, ctx, e);
    }
    PyErr_SetRaisedException(exc);
}

static void
leave_call(ProfilerObject *p)
{
    Context *ctx = p->current;
    if (ctx == NULL)
        return; /* a call that started before profiling did */
    PyObject *exc = PyErr_GetRaisedException();
    stop_call(p, ctx);
    ctx->previous = p->freelist;
    p->freelist = ctx;
    PyErr_SetRaisedException(exc);
}

/* disable(): every call still open ends now */
static void
flush_unmatched(ProfilerObject *p)
{
    while (p->current != NULL)
        leave_call(p);
}

static int
profiler_callback(PyObject *self, PyFrameObject *frame, int what, PyObject *arg)
{
    ProfilerObject *p = (ProfilerObject *)self;
    /* a timer that disables profiling may drop the last reference */
    Py_INCREF(self);
    switch (what) {
    case PyTrace_CALL: {
        PyCodeObject *code = PyFrame_GetCode(frame);
        enter_call(p, code, (PyObject *)code);
        Py_DECREF(code);
        break;
    }
    case PyTrace_RETURN:
        leave_call(p);
        break;
    case PyTrace_C_CALL:
        if ((p->flags & POF_BUILTINS) && PyCFunction_Check(arg))
            enter_call(p, ((PyCFunctionObject *)arg)->m_ml, arg);
        break;
    case PyTrace_C_RETURN:
    case PyTrace_C_EXCEPTION:
        if ((p->flags & POF_BUILTINS) && PyCFunction_Check(arg))
            leave_call(p);
        break;
    default:
        break;
    }
    Py_DECREF(self);
    return 0;
}

/* ---------------- getstats() ---------------- */

static PyStructSequence_Field entry_fields[] = {
    {"code", "code object or built-in function name"},
    {"callcount", "how many times this was called"},
    {"reccallcount", "how many times called recursively"},
    {"totaltime", "total time in this entry"},
    {"inlinetime", "inline time in this entry (not in subcalls)"},
    {"calls", "details of the calls"},
    {NULL, NULL},
};

static PyStructSequence_Field subentry_fields[] = {
    {"code", "called code object or built-in function name"},
    {"callcount", "how many times this is called"},
    {"reccallcount", "how many times this is called recursively"},
    {"totaltime", "total time spent in this call"},
    {"inlinetime", "inline time (not in further subcalls)"},
    {NULL, NULL},
};

static PyStructSequence_Desc entry_desc = {"_lsprof.profiler_entry", NULL, entry_fields, 6};
static PyStructSequence_Desc subentry_desc = {"_lsprof.profiler_subentry", NULL, subentry_fields, 5};

static PyObject *
make_stats(PyTypeObject *type, PyObject *code, long callcount, long reccallcount,
           double tt, double it, PyObject *calls)
{
    PyObject *res = PyStructSequence_New(type);
    if (res == NULL)
        return NULL;
    PyObject *vals[6];
    vals[0] = Py_NewRef(code);
    vals[1] = PyLong_FromLong(callcount);
    vals[2] = PyLong_FromLong(reccallcount);
    vals[3] = PyFloat_FromDouble(tt);
    vals[4] = PyFloat_FromDouble(it);
    vals[5] = calls != NULL ? Py_NewRef(calls) : NULL;
    int n = calls != NULL ? 6 : 5, failed = 0;
    for (int i = 0; i < n; i++) {
        if (vals[i] == NULL)
            failed = 1;
        else
            PyStructSequence_SET_ITEM(res, i, vals[i]);
    }
    if (failed) {
        Py_DECREF(res);
        return NULL;
    }
    return res;
}

static int
check_nomemory(ProfilerObject *p)
{
    if (p->flags & POF_NOMEMORY) {
        p->flags &= ~POF_NOMEMORY;
        PyErr_SetString(PyExc_MemoryError, "memory was exhausted while profiling");
        return -1;
    }
    return 0;
}

static PyObject *
profiler_getstats(ProfilerObject *self, PyObject *args, PyObject *kwds)
{
    /* CPython's wrapper refuses positional arguments and lets keyword
     * arguments pass unread; so do we */
    if (PyTuple_GET_SIZE(args) != 0) {
        PyErr_SetString(PyExc_TypeError, "getstats() takes no arguments");
        return NULL;
    }
    if (check_nomemory(self) < 0)
        return NULL;
    double factor = (self->timer != NULL && self->timeunit > 0.0) ? self->timeunit : 1e-9;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->entries.n; i++) {
        Entry *e = self->entries.items[i];
        if (e->callcount == 0)
            continue; /* still running its first call */
        PyObject *calls;
        if (e->calls.n == 0)
            calls = Py_NewRef(Py_None);
        else {
            calls = PyList_New(0);
            if (calls == NULL)
                goto error;
            for (Py_ssize_t j = 0; j < e->calls.n; j++) {
                SubEntry *s = e->calls.items[j];
                PyObject *sub = make_stats(&StatsSubEntry_Type, s->callee->userobj, s->callcount,
                                           s->reccallcount, (double)s->tt * factor,
                                           (double)s->it * factor, NULL);
                if (sub == NULL || PyList_Append(calls, sub) < 0) {
                    Py_XDECREF(sub);
                    Py_DECREF(calls);
                    goto error;
                }
                Py_DECREF(sub);
            }
        }
        PyObject *st = make_stats(&StatsEntry_Type, e->userobj, e->callcount, e->reccallcount,
                                  (double)e->tt * factor, (double)e->it * factor, calls);
        Py_DECREF(calls);
        if (st == NULL || PyList_Append(list, st) < 0) {
            Py_XDECREF(st);
            goto error;
        }
        Py_DECREF(st);
    }
    return list;
error:
    Py_DECREF(list);
    return NULL;
}

/* ---------------- the Profiler type ---------------- */

static void
set_flag(ProfilerObject *p, int flag, int value)
{
    if (value > 0)
        p->flags |= flag;
    else if (value == 0)
        p->flags &= ~flag;
    /* negative: keep as is */
}

static PyObject *
profiler_enable(ProfilerObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"subcalls", "builtins", NULL};
    int subcalls = -1, builtins = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|pp:enable", kwlist, &subcalls, &builtins))
        return NULL;
    set_flag(self, POF_SUBCALLS, subcalls);
    set_flag(self, POF_BUILTINS, builtins);
    if (_PyEval_SetProfile(PyThreadState_Get(), profiler_callback, (PyObject *)self) < 0)
        return NULL;
    self->flags |= POF_ENABLED;
    Py_RETURN_NONE;
}

static PyObject *
profiler_disable(ProfilerObject *self, PyObject *Py_UNUSED(ignored))
{
    self->flags &= ~POF_ENABLED;
    if (_PyEval_SetProfile(PyThreadState_Get(), NULL, NULL) < 0)
        return NULL;
    flush_unmatched(self);
    if (check_nomemory(self) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
profiler_clear(ProfilerObject *self, PyObject *Py_UNUSED(ignored))
{
    clear_entries(self);
    Py_RETURN_NONE;
}

static int
profiler_init(ProfilerObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"timer", "timeunit", "subcalls", "builtins", NULL};
    PyObject *timer = NULL;
    double timeunit = 0.0;
    int subcalls = 1, builtins = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Odpp:Profiler", kwlist, &timer, &timeunit,
                                     &subcalls, &builtins))
        return -1;
    set_flag(self, POF_SUBCALLS, subcalls);
    set_flag(self, POF_BUILTINS, builtins);
    if (timer == Py_None)
        timer = NULL;
    Py_XINCREF(timer);
    Py_XSETREF(self->timer, timer);
    self->timeunit = timeunit;
    return 0;
}

static int
profiler_traverse(ProfilerObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->timer);
    for (Py_ssize_t i = 0; i < self->entries.n; i++)
        Py_VISIT(((Entry *)self->entries.items[i])->userobj);
    return 0;
}

static int
profiler_tp_clear(ProfilerObject *self)
{
    Py_CLEAR(self->timer);
    return 0;
}

static void
profiler_dealloc(ProfilerObject *self)
{
    PyObject_GC_UnTrack(self);
    PyThreadState *tstate = PyThreadState_Get();
    if ((self->flags & POF_ENABLED) && tstate->c_profileobj == (PyObject *)self) {
        if (_PyEval_SetProfile(tstate, NULL, NULL) < 0)
            PyErr_WriteUnraisable((PyObject *)self);
    }
    flush_unmatched(self);
    while (self->freelist != NULL) {
        Context *c = self->freelist;
        self->freelist = c->previous;
        PyMem_Free(c);
    }
    free_entries(self);
    Py_CLEAR(self->timer);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static const char getstats_doc[] =
"list of profiler_entry objects.\n\n"
"getstats() -> list of profiler_entry objects\n\n"
"Return all information collected by the profiler.\n"
"Each profiler_entry is a tuple-like object with the\n"
"following attributes:\n\n"
"    code          code object\n"
"    callcount     how many times this was called\n"
"    reccallcount  how many times called recursively\n"
"    totaltime     total time in this entry\n"
"    inlinetime    inline time in this entry (not in subcalls)\n"
"    calls         details of the calls\n\n"
"The calls attribute is either None or a list of\n"
"profiler_subentry objects:\n\n"
"    code          called code object\n"
"    callcount     how many times this is called\n"
"    reccallcount  how many times this is called recursively\n"
"    totaltime     total time spent in this call\n"
"    inlinetime    inline time (not in further subcalls)";

static const char enable_doc[] =
"enable(subcalls=True, builtins=True)\n\n"
"Start collecting profiling information.\n"
"If 'subcalls' is True, also records for each function\n"
"statistics separated according to its current caller.\n"
"If 'builtins' is True, records the time spent in\n"
"built-in functions separately from their caller.\n";

static const char disable_doc[] =
"disable()\n\nStop collecting profiling information.\n";
static const char clear_doc[] =
"clear()\n\nClear all profiling information collected so far.\n";

static const char profiler_doc[] =
"Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
"    Builds a profiler object using the specified timer function.\n"
"    The default timer is a fast built-in one based on real time.\n"
"    For custom timer functions returning integers, timeunit can\n"
"    be a float specifying a scale (i.e. how long each integer unit\n"
"    is, in seconds).\n";

static PyMethodDef profiler_methods[] = {
    {"getstats", (PyCFunction)(void (*)(void))profiler_getstats, METH_VARARGS | METH_KEYWORDS,
     getstats_doc},
    {"enable", (PyCFunction)(void (*)(void))profiler_enable, METH_VARARGS | METH_KEYWORDS,
     enable_doc},
    {"disable", (PyCFunction)profiler_disable, METH_NOARGS, disable_doc},
    {"clear", (PyCFunction)profiler_clear, METH_NOARGS, clear_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Profiler_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_lsprof.Profiler",
    .tp_basicsize = sizeof(ProfilerObject),
    .tp_dealloc = (destructor)profiler_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = profiler_doc,
    .tp_traverse = (traverseproc)profiler_traverse,
    .tp_clear = (inquiry)profiler_tp_clear,
    .tp_methods = profiler_methods,
    .tp_init = (initproc)profiler_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = PyType_GenericNew,
    .tp_free = PyObject_GC_Del,
};

static struct PyModuleDef lsprof_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_lsprof",
    .m_doc = "Fast profiler",
    .m_size = -1,
};

PyObject *
PyInit__lsprof(void)
{
    if (PyType_Ready(&Profiler_Type) < 0)
        return NULL;
    if (StatsEntry_Type.tp_name == NULL) {
        if (PyStructSequence_InitType2(&StatsEntry_Type, &entry_desc) < 0 ||
            PyStructSequence_InitType2(&StatsSubEntry_Type, &subentry_desc) < 0)
            return NULL;
    }
    PyObject *m = PyModule_Create(&lsprof_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Profiler", (PyObject *)&Profiler_Type) < 0 ||
        PyModule_AddObjectRef(m, "profiler_entry", (PyObject *)&StatsEntry_Type) < 0 ||
        PyModule_AddObjectRef(m, "profiler_subentry", (PyObject *)&StatsSubEntry_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
