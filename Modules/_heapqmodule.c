/* The _heapq module: the C half of heapq.py (which imports everything
 * from here and keeps its pure-Python versions as the fallback).
 *
 * The heap is a plain list with a[k] <= a[2k+1] and a[k] <= a[2k+2]; the
 * _max functions keep the reverse order for heapq's merge() and nlargest.
 * Only "<" is ever used, and the comparisons are the same ones, in the
 * same order, as heapq.py's _siftdown/_siftup (and as CPython's C
 * version): code that counts or logs __lt__ calls sees the same thing.
 * In particular sifting a new root moves the smaller child up all the
 * way to a leaf and only then sifts the item back up, which saves
 * comparisons on average.
 *
 * A comparison runs Python code that may change the list.  Both items
 * are held while compared, the list's item array is read again after
 * every comparison, and a change of size raises RuntimeError ("list
 * changed size during iteration") instead of touching freed memory.
 *
 * heapify of a long list visits the nodes in an order that sifts a
 * parent as soon as both its subtrees are heaps, while they are still in
 * the cache.  Each sift sees exactly the same subtrees as in the plain
 * right-to-left order, so the comparisons and the resulting heap are the
 * same; only the memory traffic differs. */
#include "Python.h"

typedef int (*compare_fn)(PyObject *a, PyObject *b); /* 1 if a goes above b */

static int
lt_min(PyObject *a, PyObject *b)
{
    return PyObject_RichCompareBool(a, b, Py_LT);
}

static int
lt_max(PyObject *a, PyObject *b)
{
    return PyObject_RichCompareBool(b, a, Py_LT);
}

#define ITEMS(heap) (((PyListObject *)(heap))->ob_item)

static int
changed_size(void)
{
    PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* The item at pos moves towards the root (not past startpos) while it
 * goes above its parent. */
static int
sift_toward_root(PyObject *heap, Py_ssize_t startpos, Py_ssize_t pos, compare_fn above)
{
    Py_ssize_t size = PyList_GET_SIZE(heap);
    if (pos >= size) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return -1;
    }
    while (pos > startpos) {
        Py_ssize_t parentpos = (pos - 1) >> 1;
        PyObject *item = Py_NewRef(ITEMS(heap)[pos]);
        PyObject *parent = Py_NewRef(ITEMS(heap)[parentpos]);
        int cmp = above(item, parent);
        Py_DECREF(item);
        Py_DECREF(parent);
        if (cmp < 0)
            return -1;
        if (size != PyList_GET_SIZE(heap))
            return changed_size();
        if (cmp == 0)
            break;
        PyObject **arr = ITEMS(heap);
        PyObject *tmp = arr[parentpos];
        arr[parentpos] = arr[pos];
        arr[pos] = tmp;
        pos = parentpos;
    }
    return 0;
}

/* The item at pos goes down to a leaf along the path of the children
 * that go above their siblings, then back up to where it belongs. */
static int
sift_toward_leaf(PyObject *heap, Py_ssize_t pos, compare_fn above)
{
    Py_ssize_t endpos = PyList_GET_SIZE(heap), startpos = pos;
    if (pos >= endpos) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return -1;
    }
    Py_ssize_t limit = endpos >> 1; /* the first position without children */
    while (pos < limit) {
        Py_ssize_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            PyObject *a = Py_NewRef(ITEMS(heap)[childpos]);
            PyObject *b = Py_NewRef(ITEMS(heap)[childpos + 1]);
            int cmp = above(a, b);
            Py_DECREF(a);
            Py_DECREF(b);
            if (cmp < 0)
                return -1;
            if (endpos != PyList_GET_SIZE(heap))
                return changed_size();
            if (cmp == 0)
                childpos++; /* the right child, unless the left goes above it */
        }
        PyObject **arr = ITEMS(heap);
        PyObject *tmp = arr[childpos];
        arr[childpos] = arr[pos];
        arr[pos] = tmp;
        pos = childpos;
    }
    return sift_toward_root(heap, startpos, pos, above);
}

/* ---- argument checks with CPython's messages ---- */

static int
check_list_arg(PyObject *heap, const char *fname, int positional_number)
{
    if (PyList_Check(heap))
        return 0;
    if (positional_number)
        PyErr_Format(PyExc_TypeError, "%s() argument 1 must be list, not %.50s", fname,
                     heap == Py_None ? "None" : Py_TYPE(heap)->tp_name);
    else
        PyErr_Format(PyExc_TypeError, "%s() argument must be list, not %.50s", fname,
                     heap == Py_None ? "None" : Py_TYPE(heap)->tp_name);
    return -1;
}

static int
two_args(const char *fname, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional(fname, nargs, 2, 2))
        return -1;
    return check_list_arg(args[0], fname, 1);
}

/* ---- the functions ---- */

static PyObject *
heapq_heappush(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (two_args("heappush", args, nargs) < 0)
        return NULL;
    PyObject *heap = args[0];
    if (PyList_Append(heap, args[1]) < 0)
        return NULL;
    if (sift_toward_root(heap, 0, PyList_GET_SIZE(heap) - 1, lt_min) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
heappop_common(PyObject *heap, const char *fname, compare_fn above)
{
    if (check_list_arg(heap, fname, 0) < 0)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(heap);
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return NULL;
    }
    PyObject *last = Py_NewRef(PyList_GET_ITEM(heap, n - 1));
    if (PyList_SetSlice(heap, n - 1, n, NULL) < 0) {
        Py_DECREF(last);
        return NULL;
    }
    if (n - 1 == 0)
        return last;
    /* the last item takes the root's place and sinks */
    PyObject *result = PyList_GET_ITEM(heap, 0);
    PyList_SET_ITEM(heap, 0, last);
    if (sift_toward_leaf(heap, 0, above) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *
heapq_heappop(PyObject *module, PyObject *heap)
{
    return heappop_common(heap, "heappop", lt_min);
}

static PyObject *
heapq_heappop_max(PyObject *module, PyObject *heap)
{
    return heappop_common(heap, "_heappop_max", lt_max);
}

static PyObject *
heapreplace_common(PyObject *const *args, Py_ssize_t nargs, const char *fname, compare_fn above)
{
    if (two_args(fname, args, nargs) < 0)
        return NULL;
    PyObject *heap = args[0];
    if (PyList_GET_SIZE(heap) == 0) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return NULL;
    }
    PyObject *result = PyList_GET_ITEM(heap, 0);
    PyList_SET_ITEM(heap, 0, Py_NewRef(args[1]));
    if (sift_toward_leaf(heap, 0, above) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

static PyObject *
heapq_heapreplace(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return heapreplace_common(args, nargs, "heapreplace", lt_min);
}

static PyObject *
heapq_heapreplace_max(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return heapreplace_common(args, nargs, "_heapreplace_max", lt_max);
}

static PyObject *
heapq_heappushpop(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (two_args("heappushpop", args, nargs) < 0)
        return NULL;
    PyObject *heap = args[0], *item = args[1];
    if (PyList_GET_SIZE(heap) == 0)
        return Py_NewRef(item);
    PyObject *top = Py_NewRef(PyList_GET_ITEM(heap, 0));
    int cmp = PyObject_RichCompareBool(top, item, Py_LT);
    Py_DECREF(top);
    if (cmp < 0)
        return NULL;
    if (cmp == 0)
        return Py_NewRef(item); /* the item itself is the smallest */
    if (PyList_GET_SIZE(heap) == 0) {
        PyErr_SetString(PyExc_IndexError, "index out of range");
        return NULL;
    }
    PyObject *result = PyList_GET_ITEM(heap, 0);
    PyList_SET_ITEM(heap, 0, Py_NewRef(item));
    if (sift_toward_leaf(heap, 0, lt_min) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

/* n rounded down to a power of two */
static Py_ssize_t
top_bit(Py_ssize_t n)
{
    Py_ssize_t bit = 1;
    while (n > 1) {
        n >>= 1;
        bit <<= 1;
    }
    return bit;
}

/* Sift node i, then, while i is a left child (odd: going right to left,
 * its right sibling is done), its parent too. */
static int
sift_with_ancestors(PyObject *heap, Py_ssize_t i, compare_fn above)
{
    for (;;) {
        if (sift_toward_leaf(heap, i, above) < 0)
            return -1;
        if (!(i & 1))
            return 0;
        i >>= 1;
    }
}

static PyObject *
heapify_common(PyObject *heap, const char *fname, compare_fn above)
{
    if (check_list_arg(heap, fname, 0) < 0)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(heap);
    if (n <= 2500) {
        /* the parents, last first: their subtrees are heaps already */
        for (Py_ssize_t i = (n >> 1) - 1; i >= 0; i--)
            if (sift_toward_leaf(heap, i, above) < 0)
                return NULL;
        Py_RETURN_NONE;
    }
    Py_ssize_t m = n >> 1;                     /* the first node without children */
    Py_ssize_t leftmost = top_bit(m + 1) - 1;  /* the first node of m's row */
    Py_ssize_t mhalf = m >> 1;                 /* the parent of m */
    /* the row above m's: nodes whose children are all leaves, right to left */
    for (Py_ssize_t i = leftmost - 1; i >= mhalf; i--)
        if (sift_with_ancestors(heap, i, above) < 0)
            return NULL;
    /* m's own row, right to left: each finished pair lifts its parent */
    for (Py_ssize_t i = m - 1; i >= leftmost; i--)
        if (sift_with_ancestors(heap, i, above) < 0)
            return NULL;
    Py_RETURN_NONE;
}

static PyObject *
heapq_heapify(PyObject *module, PyObject *heap)
{
    return heapify_common(heap, "heapify", lt_min);
}

static PyObject *
heapq_heapify_max(PyObject *module, PyObject *heap)
{
    return heapify_common(heap, "_heapify_max", lt_max);
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

static PyMethodDef heapq_methods[] = {
    {"heappush", FASTCALL(heapq_heappush),
     "heappush($module, heap, item, /)\n--\n\n"
     "Push item onto heap, maintaining the heap invariant."},
    {"heappushpop", FASTCALL(heapq_heappushpop),
     "heappushpop($module, heap, item, /)\n--\n\n"
     "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
     "Faster than heappush() followed by heappop()."},
    {"heappop", heapq_heappop, METH_O,
     "heappop($module, heap, /)\n--\n\n"
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", FASTCALL(heapq_heapreplace),
     "heapreplace($module, heap, item, /)\n--\n\n"
     "Pop and return the current smallest value, and add the new item.\n\n"
     "Faster than heappop() followed by heappush(), and the heap keeps its\n"
     "size.  The value returned may be larger than item."},
    {"heapify", heapq_heapify, METH_O,
     "heapify($module, heap, /)\n--\n\n"
     "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heapq_heappop_max, METH_O,
     "_heappop_max($module, heap, /)\n--\n\nMaxheap variant of heappop."},
    {"_heapreplace_max", FASTCALL(heapq_heapreplace_max),
     "_heapreplace_max($module, heap, item, /)\n--\n\nMaxheap variant of heapreplace."},
    {"_heapify_max", heapq_heapify_max, METH_O,
     "_heapify_max($module, heap, /)\n--\n\nMaxheap variant of heapify."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef heapqmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_heapq",
    .m_doc = "Heap queue algorithm (a.k.a. priority queue).\n\n"
             "A heap is a list in which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
             "every k, so a[0] is always its smallest item.\n\n"
             "heappush(heap, item) -- push a new item\n"
             "item = heappop(heap) -- pop the smallest item\n"
             "item = heap[0] -- the smallest item, without popping it\n"
             "heapify(x) -- make list x a heap, in place, in linear time\n"
             "item = heapreplace(heap, item) -- pop the smallest, then push item\n"
             "item = heappushpop(heap, item) -- push item, then pop the smallest",
    .m_size = -1,
    .m_methods = heapq_methods,
};

PyObject *
PyInit__heapq(void)
{
    PyObject *m = PyModule_Create(&heapqmodule);
    if (m == NULL)
        return NULL;
    if (PyModule_AddStringConstant(
            m, "__about__",
            "Heap queues\n\n"
            "A heap keeps its smallest item at index 0 while pushes and pops cost\n"
            "O(log n) comparisons, which makes it a priority queue, the core of\n"
            "event schedulers, and the means of merging sorted streams and of\n"
            "finding the n smallest or largest items without sorting everything.\n"
            "heapq.py has the full story.\n") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
