/* _locale: the C library's locale support, under locale.py.
 *
 * CPython sets LC_CTYPE from the environment when it starts (so that
 * nl_langinfo(CODESET), mbstowcs and friends see the user's encoding)
 * and leaves every other category at "C".  Krait's start-up does not
 * touch the locale, so this module does that one call the first time it
 * is imported: everything that asks about the locale goes through here,
 * and the rest of Krait does not depend on the C locale.
 *
 * Strings coming from the C library (locale names, localeconv fields,
 * nl_langinfo answers, gettext translations) are decoded in the current
 * LC_CTYPE encoding, with surrogateescape for bytes it cannot decode, as
 * CPython's PyUnicode_DecodeLocale does.  strcoll and strxfrm work on
 * wide strings (wcscoll/wcsxfrm), as CPython's do. */
#include "Python.h"
#include "kr_strings.h"
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <wchar.h>

static PyObject *LocaleError;

/* bytes from the C library -> str in the locale's encoding */
static PyObject *decode_locale(const char *s)
{
    size_t n = mbstowcs(NULL, s, 0);
    if (n != (size_t)-1) {
        wchar_t *w = PyMem_Malloc((n + 1) * sizeof(wchar_t));
        if (w == NULL)
            return PyErr_NoMemory();
        mbstowcs(w, s, n + 1);
        PyObject *r = PyUnicode_FromWideChar(w, (Py_ssize_t)n);
        PyMem_Free(w);
        return r;
    }
    /* not valid in the locale's encoding: keep the bytes as surrogates */
    return PyUnicode_DecodeUTF8Stateful(s, (Py_ssize_t)strlen(s), "surrogateescape", NULL);
}

static PyObject *locale_setlocale(PyObject *m, PyObject *args)
{
    int category;
    const char *locale = NULL;
    if (!PyArg_ParseTuple(args, "i|z:setlocale", &category, &locale))
        return NULL;
    const char *result;
    if (locale != NULL) {
        result = setlocale(category, locale);
        if (result == NULL) {
            PyErr_SetString(LocaleError, "unsupported locale setting");
            return NULL;
        }
    }
    else {
        result = setlocale(category, NULL);
        if (result == NULL) {
            PyErr_SetString(LocaleError, "locale query failed");
            return NULL;
        }
    }
    return decode_locale(result);
}

/* "\3\3" -> [3, 3, 0]; a CHAR_MAX ends the list too and is kept */
static PyObject *copy_grouping(const char *s)
{
    if (s[0] == '\0')
        return PyList_New(0);
    Py_ssize_t n = 0;
    while (s[n] != '\0' && s[n] != CHAR_MAX)
        n++;
    PyObject *r = PyList_New(n + 1);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i <= n; i++) {
        PyObject *v = PyLong_FromLong(s[i]);
        if (v == NULL) {
            Py_DECREF(r);
            return NULL;
        }
        PyList_SET_ITEM(r, i, v);
    }
    return r;
}

static int set_str(PyObject *d, const char *key, const char *value)
{
    PyObject *v = decode_locale(value);
    if (v == NULL)
        return -1;
    int r = PyDict_SetItemString(d, key, v);
    Py_DECREF(v);
    return r;
}

static int set_obj(PyObject *d, const char *key, PyObject *v)
{
    if (v == NULL)
        return -1;
    int r = PyDict_SetItemString(d, key, v);
    Py_DECREF(v);
    return r;
}

static PyObject *locale_localeconv(PyObject *m, PyObject *unused)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    struct lconv *lc = localeconv();
    /* the order of CPython's dict */
    if (set_str(d, "int_curr_symbol", lc->int_curr_symbol) < 0 ||
        set_str(d, "currency_symbol", lc->currency_symbol) < 0 ||
        set_str(d, "mon_decimal_point", lc->mon_decimal_point) < 0 ||
        set_str(d, "mon_thousands_sep", lc->mon_thousands_sep) < 0 ||
        set_obj(d, "mon_grouping", copy_grouping(lc->mon_grouping)) < 0 ||
        set_str(d, "positive_sign", lc->positive_sign) < 0 ||
        set_str(d, "negative_sign", lc->negative_sign) < 0 ||
        set_obj(d, "int_frac_digits", PyLong_FromLong(lc->int_frac_digits)) < 0 ||
        set_obj(d, "frac_digits", PyLong_FromLong(lc->frac_digits)) < 0 ||
        set_obj(d, "p_cs_precedes", PyLong_FromLong(lc->p_cs_precedes)) < 0 ||
        set_obj(d, "p_sep_by_space", PyLong_FromLong(lc->p_sep_by_space)) < 0 ||
        set_obj(d, "n_cs_precedes", PyLong_FromLong(lc->n_cs_precedes)) < 0 ||
        set_obj(d, "n_sep_by_space", PyLong_FromLong(lc->n_sep_by_space)) < 0 ||
        set_obj(d, "p_sign_posn", PyLong_FromLong(lc->p_sign_posn)) < 0 ||
        set_obj(d, "n_sign_posn", PyLong_FromLong(lc->n_sign_posn)) < 0 ||
        set_str(d, "decimal_point", lc->decimal_point) < 0 ||
        set_str(d, "thousands_sep", lc->thousands_sep) < 0 ||
        set_obj(d, "grouping", copy_grouping(lc->grouping)) < 0) {
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

static int wide_arg(const char *fname, int pos, PyObject *o, wchar_t **out)
{
    if (!PyUnicode_Check(o)) {
        if (pos == 0) /* the only argument */
            PyErr_Format(PyExc_TypeError, "%s() argument must be str, not %.50s", fname,
                         _KrArg_TypeName(o));
        else
            PyErr_Format(PyExc_TypeError, "%s() argument %d must be str, not %.50s", fname, pos,
                         _KrArg_TypeName(o));
        return -1;
    }
    *out = PyUnicode_AsWideCharString(o, NULL);
    return *out == NULL ? -1 : 0;
}

static PyObject *locale_strcoll(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("strcoll", nargs, 2, 2))
        return NULL;
    wchar_t *a = NULL, *b = NULL;
    PyObject *r = NULL;
    if (wide_arg("strcoll", 1, args[0], &a) == 0 && wide_arg("strcoll", 2, args[1], &b) == 0)
        r = PyLong_FromLong(wcscoll(a, b));
    PyMem_Free(a);
    PyMem_Free(b);
    return r;
}

static PyObject *locale_strxfrm(PyObject *m, PyObject *arg)
{
    wchar_t *s;
    if (wide_arg("strxfrm", 0, arg, &s) < 0)
        return NULL;
    /* first try a buffer a bit larger than the string, then the size
     * wcsxfrm says it needs */
    size_t n = wcslen(s) + 1;
    wchar_t *buf = PyMem_Malloc(n * sizeof(wchar_t));
    PyObject *r = NULL;
    if (buf == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    errno = 0;
    size_t need = wcsxfrm(buf, s, n);
    if (errno) {
        PyErr_SetFromErrno(PyExc_OSError);
        goto done;
    }
    if (need >= n) {
        wchar_t *nb = PyMem_Realloc(buf, (need + 1) * sizeof(wchar_t));
        if (nb == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        buf = nb;
        need = wcsxfrm(buf, s, need + 1);
    }
    r = PyUnicode_FromWideChar(buf, (Py_ssize_t)need);
done:
    PyMem_Free(buf);
    PyMem_Free(s);
    return r;
}

static const struct { const char *name; int value; } langinfo_constants[] = {
    {"RADIXCHAR", RADIXCHAR}, {"THOUSEP", THOUSEP}, {"CRNCYSTR", CRNCYSTR},
    {"D_T_FMT", D_T_FMT}, {"D_FMT", D_FMT}, {"T_FMT", T_FMT}, {"AM_STR", AM_STR}, {"PM_STR", PM_STR},
    {"DAY_1", DAY_1}, {"DAY_2", DAY_2}, {"DAY_3", DAY_3}, {"DAY_4", DAY_4}, {"DAY_5", DAY_5},
    {"DAY_6", DAY_6}, {"DAY_7", DAY_7},
    {"ABDAY_1", ABDAY_1}, {"ABDAY_2", ABDAY_2}, {"ABDAY_3", ABDAY_3}, {"ABDAY_4", ABDAY_4},
    {"ABDAY_5", ABDAY_5}, {"ABDAY_6", ABDAY_6}, {"ABDAY_7", ABDAY_7},
    {"MON_1", MON_1}, {"MON_2", MON_2}, {"MON_3", MON_3}, {"MON_4", MON_4}, {"MON_5", MON_5},
    {"MON_6", MON_6}, {"MON_7", MON_7}, {"MON_8", MON_8}, {"MON_9", MON_9}, {"MON_10", MON_10},
    {"MON_11", MON_11}, {"MON_12", MON_12},
    {"ABMON_1", ABMON_1}, {"ABMON_2", ABMON_2}, {"ABMON_3", ABMON_3}, {"ABMON_4", ABMON_4},
    {"ABMON_5", ABMON_5}, {"ABMON_6", ABMON_6}, {"ABMON_7", ABMON_7}, {"ABMON_8", ABMON_8},
    {"ABMON_9", ABMON_9}, {"ABMON_10", ABMON_10}, {"ABMON_11", ABMON_11}, {"ABMON_12", ABMON_12},
    {"YESEXPR", YESEXPR}, {"NOEXPR", NOEXPR},
    {"ERA", ERA}, {"ERA_D_FMT", ERA_D_FMT}, {"ALT_DIGITS", ALT_DIGITS},
    {"T_FMT_AMPM", T_FMT_AMPM}, {"ERA_D_T_FMT", ERA_D_T_FMT}, {"ERA_T_FMT", ERA_T_FMT},
    {"CODESET", CODESET}, {"_DATE_FMT", _DATE_FMT},
    {NULL, 0}};

static PyObject *locale_nl_langinfo(PyObject *m, PyObject *arg)
{
    int key = _KrArg_AsInt(arg);
    if (key == -1 && PyErr_Occurred())
        return NULL;
    for (int i = 0; langinfo_constants[i].name; i++)
        if (langinfo_constants[i].value == key) {
            const char *s = nl_langinfo((nl_item)key);
            return decode_locale(s != NULL ? s : "");
        }
    PyErr_SetString(PyExc_ValueError, "unsupported langinfo constant");
    return NULL;
}

static PyObject *locale_getencoding(PyObject *m, PyObject *unused)
{
    const char *enc = nl_langinfo(CODESET);
    if (enc == NULL || enc[0] == '\0')
        enc = "UTF-8"; /* as CPython does when the C library says nothing */
    return decode_locale(enc);
}

/* ---- gettext ---- */

static PyObject *locale_gettext(PyObject *m, PyObject *args)
{
    const char *msg;
    if (!PyArg_ParseTuple(args, "s:gettext", &msg))
        return NULL;
    return decode_locale(gettext(msg));
}

static PyObject *locale_dgettext(PyObject *m, PyObject *args)
{
    const char *domain, *msg;
    if (!PyArg_ParseTuple(args, "zs:dgettext", &domain, &msg))
        return NULL;
    return decode_locale(dgettext(domain, msg));
}

static PyObject *locale_dcgettext(PyObject *m, PyObject *args)
{
    const char *domain, *msg;
    int category;
    if (!PyArg_ParseTuple(args, "zsi:dcgettext", &domain, &msg, &category))
        return NULL;
    return decode_locale(dcgettext(domain, msg, category));
}

static PyObject *locale_textdomain(PyObject *m, PyObject *args)
{
    const char *domain;
    if (!PyArg_ParseTuple(args, "z:textdomain", &domain))
        return NULL;
    const char *r = textdomain(domain);
    if (r == NULL) {
        PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    return decode_locale(r);
}

static PyObject *locale_bindtextdomain(PyObject *m, PyObject *args)
{
    const char *domain;
    PyObject *dirname_obj, *dirname_bytes = NULL;
    if (!PyArg_ParseTuple(args, "sO:bindtextdomain", &domain, &dirname_obj))
        return NULL;
    if (!strlen(domain)) {
        PyErr_SetString(LocaleError, "domain must be a non-empty string");
        return NULL;
    }
    const char *dirname = NULL;
    if (dirname_obj != Py_None) {
        if (PyUnicode_Check(dirname_obj))
            dirname_bytes = PyUnicode_EncodeFSDefault(dirname_obj);
        else if (PyBytes_Check(dirname_obj))
            dirname_bytes = Py_NewRef(dirname_obj);
        else {
            PyErr_Format(PyExc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                         Py_TYPE(dirname_obj)->tp_name);
            return NULL;
        }
        if (dirname_bytes == NULL)
            return NULL;
        dirname = PyBytes_AS_STRING(dirname_bytes);
    }
    const char *r = bindtextdomain(domain, dirname);
    Py_XDECREF(dirname_bytes);
    if (r == NULL) {
        PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    return decode_locale(r);
}

static PyObject *locale_bind_textdomain_codeset(PyObject *m, PyObject *args)
{
    const char *domain, *codeset;
    if (!PyArg_ParseTuple(args, "sz:bind_textdomain_codeset", &domain, &codeset))
        return NULL;
    errno = 0;
    const char *r = bind_textdomain_codeset(domain, codeset);
    if (r == NULL) {
        if (errno) {
            PyErr_SetFromErrno(PyExc_OSError);
            return NULL;
        }
        Py_RETURN_NONE;
    }
    return decode_locale(r);
}

static PyMethodDef locale_methods[] = {
    {"setlocale", locale_setlocale, METH_VARARGS,
     "setlocale($module, category, locale=<unrepresentable>, /)\n--\n\nActivates/queries locale processing."},
    {"localeconv", locale_localeconv, METH_NOARGS,
     "localeconv($module, /)\n--\n\nReturns numeric and monetary locale-specific parameters."},
    {"strcoll", (PyCFunction)(void (*)(void))locale_strcoll, METH_FASTCALL,
     "strcoll($module, os1, os2, /)\n--\n\nCompares two strings according to the locale."},
    {"strxfrm", locale_strxfrm, METH_O,
     "strxfrm($module, string, /)\n--\n\nReturn a string that can be used as a key for locale-aware comparisons."},
    {"nl_langinfo", locale_nl_langinfo, METH_O,
     "nl_langinfo($module, key, /)\n--\n\nReturn the value for the locale information associated with key."},
    {"gettext", locale_gettext, METH_VARARGS,
     "gettext($module, msg, /)\n--\n\n"
     "gettext(msg) -> string\n\n"
     "Return translation of msg."},
    {"dgettext", locale_dgettext, METH_VARARGS,
     "dgettext($module, domain, msg, /)\n--\n\n"
     "dgettext(domain, msg) -> string\n\n"
     "Return translation of msg in domain."},
    {"dcgettext", locale_dcgettext, METH_VARARGS,
     "dcgettext($module, domain, msg, category, /)\n--\n\n"
     "Return translation of msg in domain and category."},
    {"textdomain", locale_textdomain, METH_VARARGS,
     "textdomain($module, domain, /)\n--\n\n"
     "Set the C library's textdmain to domain, returning the new domain."},
    {"bindtextdomain", locale_bindtextdomain, METH_VARARGS,
     "bindtextdomain($module, domain, dir, /)\n--\n\n"
     "Bind the C library's domain to dir."},
    {"bind_textdomain_codeset", locale_bind_textdomain_codeset, METH_VARARGS,
     "bind_textdomain_codeset($module, domain, codeset, /)\n--\n\n"
     "Bind the C library's domain to codeset."},
    {"getencoding", locale_getencoding, METH_NOARGS,
     "getencoding($module, /)\n--\n\nGet the current locale encoding."},
    {NULL, NULL, 0, NULL}};

static PyModuleDef locale_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_locale",
    .m_doc = "Support for POSIX locales.",
    .m_size = 0,
    .m_methods = locale_methods,
};

PyObject *PyInit__locale(void)
{
    static int ctype_set;
    if (!ctype_set) {
        /* what CPython's start-up does: LC_CTYPE from the environment */
        setlocale(LC_CTYPE, "");
        ctype_set = 1;
    }
    if (LocaleError == NULL && (LocaleError = PyErr_NewException("locale.Error", NULL, NULL)) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&locale_module);
    if (m == NULL)
        return NULL;
    static const struct { const char *name; int value; } ints[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_TIME", LC_TIME}, {"LC_COLLATE", LC_COLLATE},
        {"LC_MONETARY", LC_MONETARY}, {"LC_MESSAGES", LC_MESSAGES}, {"LC_NUMERIC", LC_NUMERIC},
        {"LC_ALL", LC_ALL}, {"CHAR_MAX", CHAR_MAX}, {NULL, 0}};
    for (int i = 0; ints[i].name; i++)
        if (PyModule_AddIntConstant(m, ints[i].name, ints[i].value) < 0)
            goto error;
    for (int i = 0; langinfo_constants[i].name; i++)
        if (PyModule_AddIntConstant(m, langinfo_constants[i].name, langinfo_constants[i].value) < 0)
            goto error;
    if (PyModule_AddObjectRef(m, "Error", LocaleError) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
