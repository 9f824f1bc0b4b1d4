/* Unit tests for the error indicator (Python/runtime/errors.c), argument
 * parsing (getargs.c) and Py_BuildValue (modsupport.c): the C API that
 * Python code only reaches indirectly.  Prints each failed check; exits 0
 * when all pass. */
#include "Python.h"

static int failures;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);             \
            failures++;                                                        \
        }                                                                      \
    } while (0)

/* The current exception's str() equals `msg` (and it is cleared). */
static int
error_is(PyObject *type, const char *msg)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return 0;
    int ok = PyErr_GivenExceptionMatches(exc, type);
    PyObject *s = PyObject_Str(exc);
    if (s == NULL) {
        PyErr_Clear();
        ok = 0;
    } else {
        const char *u = PyUnicode_AsUTF8(s);
        if (u == NULL || strcmp(u, msg) != 0) {
            printf("  message was: %s\n", u ? u : "(null)");
            ok = 0;
        }
        Py_DECREF(s);
    }
    Py_DECREF(exc);
    return ok;
}

static void
test_indicator(void)
{
    CHECK(PyErr_Occurred() == NULL);
    PyErr_SetString(PyExc_ValueError, "bad value");
    CHECK(PyErr_Occurred() == PyExc_ValueError);
    CHECK(PyErr_ExceptionMatches(PyExc_Exception));
    CHECK(!PyErr_ExceptionMatches(PyExc_KeyError));

    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    CHECK(PyErr_Occurred() == NULL);
    CHECK(t == PyExc_ValueError);
    CHECK(v != NULL && PyExceptionInstance_Check(v));
    PyErr_Restore(t, v, tb);
    CHECK(error_is(PyExc_ValueError, "bad value"));

    /* an unnormalized triple is normalized on restore */
    PyObject *msg = PyUnicode_FromString("lazy");
    PyErr_Restore(Py_NewRef(PyExc_KeyError), msg, NULL);
    CHECK(error_is(PyExc_KeyError, "'lazy'"));

    /* a tuple value is the argument list */
    PyObject *args = Py_BuildValue("(is)", 2, "No such file");
    PyErr_SetObject(PyExc_OSError, args);
    Py_DECREF(args);
    CHECK(PyErr_ExceptionMatches(PyExc_FileNotFoundError));
    CHECK(error_is(PyExc_OSError, "[Errno 2] No such file"));

    PyErr_Format(PyExc_TypeError, "%s takes %d, not %R", "f", 2, Py_None);
    CHECK(error_is(PyExc_TypeError, "f takes 2, not None"));

    PyObject *key = Py_BuildValue("(ii)", 1, 2);
    _PyErr_SetKeyError(key);
    Py_DECREF(key);
    CHECK(error_is(PyExc_KeyError, "(1, 2)"));

    errno = ENOENT;
    PyErr_SetFromErrnoWithFilename(PyExc_OSError, "missing.txt");
    CHECK(PyErr_ExceptionMatches(PyExc_FileNotFoundError));
    CHECK(error_is(PyExc_OSError, "[Errno 2] No such file or directory: 'missing.txt'"));

    PyObject *t2 = NULL, *v2 = NULL, *tb2 = NULL;
    t2 = Py_NewRef(PyExc_ZeroDivisionError);
    v2 = PyUnicode_FromString("zero");
    PyErr_NormalizeException(&t2, &v2, &tb2);
    CHECK(v2 != NULL && PyObject_TypeCheck(v2, (PyTypeObject *)PyExc_ZeroDivisionError));
    Py_XDECREF(t2);
    Py_XDECREF(v2);
    Py_XDECREF(tb2);
}

static void
test_new_exception(void)
{
    PyObject *cls = PyErr_NewException("mymod.MyError", PyExc_ValueError, NULL);
    CHECK(cls != NULL);
    if (cls == NULL) {
        PyErr_Clear();
        return;
    }
    CHECK(PyExceptionClass_Check(cls));
    CHECK(PyType_IsSubtype((PyTypeObject *)cls, (PyTypeObject *)PyExc_ValueError));
    PyObject *mod = PyObject_GetAttrString(cls, "__module__");
    CHECK(mod != NULL && _PyUnicode_EqualToASCIIString(mod, "mymod"));
    Py_XDECREF(mod);
    PyErr_SetString(cls, "custom");
    CHECK(error_is(PyExc_ValueError, "custom"));
    Py_DECREF(cls);
    CHECK(PyErr_NewException("nodot", NULL, NULL) == NULL);
    CHECK(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
}

static void
test_parse_tuple(void)
{
    PyObject *args = Py_BuildValue("(isd)", 7, "text", 2.5);
    int i = 0;
    const char *s = NULL;
    double d = 0;
    CHECK(PyArg_ParseTuple(args, "isd", &i, &s, &d));
    CHECK(i == 7 && strcmp(s, "text") == 0 && d == 2.5);

    PyObject *o = NULL;
    int flag = 0;
    CHECK(PyArg_ParseTuple(args, "O|sd:f", &o, &s, &d));
    CHECK(!PyArg_ParseTuple(args, "ii:foo", &i, &i));
    CHECK(error_is(PyExc_TypeError, "foo() takes exactly 2 arguments (3 given)"));
    CHECK(!PyArg_ParseTuple(args, "iii", &i, &i, &i));
    CHECK(error_is(PyExc_TypeError, "'str' object cannot be interpreted as an integer"));
    CHECK(!PyArg_ParseTuple(args, "Uss:baz", &o, &s, &s));
    CHECK(error_is(PyExc_TypeError, "baz() argument 1 must be str, not int"));
    Py_DECREF(args);

    args = Py_BuildValue("(i)", 1);
    CHECK(!PyArg_ParseTuple(args, "ii", &i, &i));
    CHECK(error_is(PyExc_TypeError, "function takes exactly 2 arguments (1 given)"));
    CHECK(!PyArg_ParseTuple(args, ":none"));
    CHECK(error_is(PyExc_TypeError, "none() takes no arguments"));
    CHECK(PyArg_ParseTuple(args, "p", &flag) && flag == 1);
    Py_DECREF(args);

    PyObject *a = NULL, *b = NULL;
    args = Py_BuildValue("(ii)", 1, 2);
    CHECK(PyArg_UnpackTuple(args, "pair", 1, 2, &a, &b) && a && b);
    CHECK(!PyArg_UnpackTuple(args, "one", 1, 1, &a));
    CHECK(error_is(PyExc_TypeError, "one expected 1 argument, got 2"));
    Py_DECREF(args);
}

static void
test_parse_keywords(void)
{
    static char *kwlist[] = {"a", "b", "c", NULL};
    PyObject *args = Py_BuildValue("(i)", 1);
    PyObject *kwds = Py_BuildValue("{s:i}", "c", 3);
    int a = 0, b = 20, c = 30;
    CHECK(PyArg_ParseTupleAndKeywords(args, kwds, "i|i$i:f", kwlist, &a, &b, &c));
    CHECK(a == 1 && b == 20 && c == 3);
    Py_DECREF(kwds);

    kwds = Py_BuildValue("{s:i}", "zz", 3);
    CHECK(!PyArg_ParseTupleAndKeywords(args, kwds, "i|i$i:f", kwlist, &a, &b, &c));
    CHECK(error_is(PyExc_TypeError, "'zz' is an invalid keyword argument for f()"));
    Py_DECREF(kwds);

    kwds = Py_BuildValue("{s:i}", "a", 3);
    CHECK(!PyArg_ParseTupleAndKeywords(args, kwds, "i|i$i:f", kwlist, &a, &b, &c));
    CHECK(error_is(PyExc_TypeError, "argument for f() given by name ('a') and position (1)"));
    Py_DECREF(kwds);
    Py_DECREF(args);

    args = PyTuple_New(0);
    CHECK(!PyArg_ParseTupleAndKeywords(args, NULL, "i|i$i:f", kwlist, &a, &b, &c));
    CHECK(error_is(PyExc_TypeError, "f() missing required argument 'a' (pos 1)"));
    Py_DECREF(args);

    args = Py_BuildValue("(iii)", 1, 2, 3);
    CHECK(!PyArg_ParseTupleAndKeywords(args, NULL, "i|i$i:f", kwlist, &a, &b, &c));
    CHECK(error_is(PyExc_TypeError, "f() takes at most 2 positional arguments (3 given)"));
    Py_DECREF(args);
}

static void
test_build_value(void)
{
    PyObject *v = Py_BuildValue("");
    CHECK(v == Py_None);
    Py_XDECREF(v);
    v = Py_BuildValue("i", 5);
    CHECK(v && PyLong_AsLong(v) == 5);
    Py_XDECREF(v);
    v = Py_BuildValue("(i)", 5);
    CHECK(v && PyTuple_Check(v) && PyTuple_GET_SIZE(v) == 1);
    Py_XDECREF(v);
    v = Py_BuildValue("[i,s,(dd)]", 1, "two", 3.0, 4.0);
    CHECK(v && PyList_Check(v) && PyList_GET_SIZE(v) == 3);
    Py_XDECREF(v);
    v = Py_BuildValue("{s:i,s:z}", "a", 1, "b", NULL);
    CHECK(v && PyDict_Check(v) && PyDict_Size(v) == 2);
    CHECK(v && PyDict_GetItemString(v, "b") == Py_None);
    Py_XDECREF(v);
    v = Py_BuildValue("s#y#", "abcdef", (Py_ssize_t)3, "xyz", (Py_ssize_t)2);
    CHECK(v && PyTuple_GET_SIZE(v) == 2 && PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(v, 0)) == 3 &&
          PyBytes_GET_SIZE(PyTuple_GET_ITEM(v, 1)) == 2);
    Py_XDECREF(v);
    PyObject *n = PyLong_FromLong(9);
    v = Py_BuildValue("(NO)", n, Py_None);
    CHECK(v && PyTuple_GET_ITEM(v, 0) == n);
    Py_XDECREF(v);
}

int
main(void)
{
    Py_InitializeEx(0);
    test_indicator();
    test_new_exception();
    test_parse_tuple();
    test_parse_keywords();
    test_build_value();
    if (PyErr_Occurred()) {
        printf("FAIL: exception left set at the end\n");
        failures++;
    }
    if (failures == 0)
        printf("test_errors_getargs: all checks passed\n");
    return failures ? 1 : 0;
}
