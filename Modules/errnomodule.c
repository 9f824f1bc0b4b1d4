/* The errno module: the system's error numbers by name, and errorcode,
 * the reverse map.
 *
 * The names are added in the order CPython's module defines them on
 * Linux, because that order is visible: it is the order of dir()-free
 * iteration over vars(errno) and over errorcode.  Several names share a
 * number (EWOULDBLOCK and EAGAIN, EDEADLK and EDEADLOCK, EOPNOTSUPP and
 * ENOTSUP); errorcode keeps the name added last while the number keeps
 * the dict position of the first, which is what a plain dict store in
 * that order gives.  Krait targets Linux only, so the list needs no
 * per-name #ifdef. */
#include "Python.h"
#include <errno.h>

#define KR_ERRNO_LIST(X) \
    X(ENODEV) X(ENOCSI) X(EHOSTUNREACH) X(ENOMSG) X(EUCLEAN) X(EL2NSYNC) \
    X(EL2HLT) X(ENODATA) X(ENOTBLK) X(ENOSYS) X(EPIPE) X(EINVAL) X(EOVERFLOW) \
    X(EADV) X(EINTR) X(EUSERS) X(ENOTEMPTY) X(ENOBUFS) X(EPROTO) X(EREMOTE) \
    X(ENAVAIL) X(ECHILD) X(ELOOP) X(EXDEV) X(E2BIG) X(ESRCH) X(EMSGSIZE) \
    X(EAFNOSUPPORT) X(EBADR) X(EHOSTDOWN) X(EPFNOSUPPORT) X(ENOPROTOOPT) \
    X(EBUSY) X(EWOULDBLOCK) X(EBADFD) X(EDOTDOT) X(EISCONN) X(ENOANO) \
    X(ESHUTDOWN) X(ECHRNG) X(ELIBBAD) X(ENONET) X(EBADE) X(EBADF) X(EMULTIHOP) \
    X(EIO) X(EUNATCH) X(EPROTOTYPE) X(ENOSPC) X(ENOEXEC) X(EALREADY) \
    X(ENETDOWN) X(ENOTNAM) X(EACCES) X(ELNRNG) X(EILSEQ) X(ENOTDIR) \
    X(ENOTUNIQ) X(EPERM) X(EDOM) X(EXFULL) X(ECONNREFUSED) X(EISDIR) \
    X(EPROTONOSUPPORT) X(EROFS) X(EADDRNOTAVAIL) X(EIDRM) X(ECOMM) X(ESRMNT) \
    X(EREMOTEIO) X(EL3RST) X(EBADMSG) X(ENFILE) X(ELIBMAX) X(ESPIPE) \
    X(ENOLINK) X(ENETRESET) X(ETIMEDOUT) X(ENOENT) X(EEXIST) X(EDQUOT) \
    X(ENOSTR) X(EBADSLT) X(EBADRQC) X(ELIBACC) X(EFAULT) X(EFBIG) X(EDEADLK) \
    X(ENOTCONN) X(EDESTADDRREQ) X(ELIBSCN) X(ENOLCK) X(EISNAM) X(ECONNABORTED) \
    X(ENETUNREACH) X(ESTALE) X(ENOSR) X(ENOMEM) X(ENOTSOCK) X(ESTRPIPE) \
    X(EMLINK) X(ERANGE) X(ELIBEXEC) X(EL3HLT) X(ECONNRESET) X(EADDRINUSE) \
    X(EOPNOTSUPP) X(EREMCHG) X(EAGAIN) X(ENAMETOOLONG) X(ENOTTY) X(ERESTART) \
    X(ESOCKTNOSUPPORT) X(ETIME) X(EBFONT) X(EDEADLOCK) X(ETOOMANYREFS) \
    X(EMFILE) X(ETXTBSY) X(EINPROGRESS) X(ENXIO) X(ENOPKG) X(ENOMEDIUM) \
    X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY) X(EKEYEXPIRED) X(EKEYREVOKED) \
    X(EKEYREJECTED) X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL) X(ENOTSUP)

static PyModuleDef errnomodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "errno",
    .m_doc = "The system's error numbers by symbolic name (errno.ENOENT is 2 on\n"
             "Linux), and errorcode, a dict from number back to name.\n"
             "os.strerror() gives the message for a number.",
    .m_size = -1,
};

static int
add_code(PyObject *m, PyObject *errorcode, const char *name, int code)
{
    PyObject *num = PyLong_FromLong(code);
    PyObject *str = PyUnicode_FromString(name);
    int r = -1;
    if (num != NULL && str != NULL && PyModule_AddObjectRef(m, name, num) == 0 &&
        PyDict_SetItem(errorcode, num, str) == 0)
        r = 0;
    Py_XDECREF(num);
    Py_XDECREF(str);
    return r;
}

PyObject *
PyInit_errno(void)
{
    PyObject *m = PyModule_Create(&errnomodule);
    if (m == NULL)
        return NULL;
    PyObject *errorcode = PyDict_New();
    if (errorcode == NULL || PyModule_AddObjectRef(m, "errorcode", errorcode) < 0)
        goto error;
#define KR_ADD_ERRNO(name) \
    if (add_code(m, errorcode, #name, name) < 0) \
        goto error;
    KR_ERRNO_LIST(KR_ADD_ERRNO)
#undef KR_ADD_ERRNO
    Py_DECREF(errorcode);
    return m;
error:
    Py_XDECREF(errorcode);
    Py_DECREF(m);
    return NULL;
}
