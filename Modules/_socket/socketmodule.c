/* The _socket module: the BSD socket interface under socket.py,
 * selectors, asyncio and everything networked in the standard library.
 *
 * socket.py does most of the user-facing work in Python (its socket class
 * subclasses ours, adds makefile(), accept(), the context manager, the
 * repr and the IntEnum views of the constants), so this file stays a thin
 * and faithful layer over the system calls.  What it must get exactly
 * right is what Python code observes:
 *
 * - Timeouts.  A socket is in one of three modes: blocking (timeout None,
 *   kept as -1), non-blocking (0) or timed (> 0).  The descriptor itself is
 *   O_NONBLOCK in both of the last two modes; a timed call waits with
 *   poll() for readiness, then tries the operation, and goes back to
 *   waiting if another reader or writer won the race (EAGAIN).  The
 *   deadline is computed once, so a wait interrupted by a signal or a
 *   lost race does not extend the timeout.  Running out raises
 *   TimeoutError("timed out").
 *
 * - Signals (PEP 475).  Every system call runs with the interpreter
 *   released.  A call interrupted by a signal runs the Python signal
 *   handlers first; if one of them raises, that exception propagates,
 *   otherwise the call is retried.  connect() is the odd one: it cannot be
 *   restarted, so once interrupted (or in progress on a timed socket) it is
 *   completed by waiting for writability and reading SO_ERROR.
 *
 * - Addresses.  Python spells an address per family: (host, port) for
 *   AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a str or bytes
 *   path for AF_UNIX (a leading NUL byte names Linux's abstract namespace,
 *   whose names come back as bytes).  Host names are resolved with
 *   getaddrinfo(); '' means INADDR_ANY and '<broadcast>' the broadcast
 *   address, as in CPython.
 *
 * - Errors.  Failing calls raise OSError built from errno (so the subclass
 *   matching errno: ConnectionRefusedError, BlockingIOError, ...), name
 *   resolution raises gaierror or herror.
 *
 * Sockets are created with SOCK_CLOEXEC (PEP 446): a child process does
 * not inherit them unless asked to.  Descriptors are plain ints; a socket
 * object whose descriptor was closed or detached holds -1. */
#define _GNU_SOURCE 1 /* accept4, SOCK_CLOEXEC, struct ucred */
#include "Python.h"
#include "structmember.h"
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <poll.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

int PyErr_CheckSignals(void);

typedef struct {
    PyObject_HEAD
    int sock_fd;       /* -1 once closed or detached */
    int sock_family;
    int sock_type;     /* without SOCK_NONBLOCK / SOCK_CLOEXEC */
    int sock_proto;
    double sock_timeout; /* seconds; -1 blocking, 0 non-blocking */
} PySocketSockObject;

typedef union {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_nl nl;
    struct sockaddr_ll ll;
    struct sockaddr_storage storage;
} sock_addr_t;

static PyTypeObject sock_type;
static PyObject *socket_herror;
static PyObject *socket_gaierror;
/* The timeout new sockets start with: socket.setdefaulttimeout() */
static double defaulttimeout = -1.0;

static double
now_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static PyObject *
set_error(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}

static PyObject *
set_gaierror(int error)
{
    if (error == EAI_SYSTEM)
        return set_error();
    PyObject *v = Py_BuildValue("(is)", error, gai_strerror(error));
    if (v != NULL) {
        PyErr_SetObject(socket_gaierror, v);
        Py_DECREF(v);
    }
    return NULL;
}

static PyObject *
set_herror(int h_error)
{
    PyObject *v = Py_BuildValue("(is)", h_error, hstrerror(h_error));
    if (v != NULL) {
        PyErr_SetObject(socket_herror, v);
        Py_DECREF(v);
    }
    return NULL;
}

/* ---------------------------------------------------------------- */
/* Timeouts */

/* A timeout argument: None is -1 (blocking); returns 0 or -1 with an
 * exception.  Ints and floats only, as CPython's time conversion. */
static int
parse_timeout(PyObject *obj, double *timeout)
{
    if (obj == Py_None) {
        *timeout = -1.0;
        return 0;
    }
    double t;
    if (PyFloat_Check(obj))
        t = PyFloat_AS_DOUBLE(obj);
    else {
        PyObject *i = PyNumber_Index(obj);
        if (i == NULL)
            return -1;
        t = PyLong_AsDouble(i);
        Py_DECREF(i);
        if (t == -1.0 && PyErr_Occurred())
            return -1;
    }
    if (isnan(t)) {
        PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (t < 0) {
        PyErr_SetString(PyExc_ValueError, "Timeout value out of range");
        return -1;
    }
    *timeout = t;
    return 0;
}

static int
internal_setblocking(PySocketSockObject *s, int block)
{
    int flags, res;
    Py_BEGIN_ALLOW_THREADS
    flags = fcntl(s->sock_fd, F_GETFL, 0);
    res = flags;
    if (flags >= 0) {
        int want = block ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
        res = want == flags ? 0 : fcntl(s->sock_fd, F_SETFL, want);
    }
    Py_END_ALLOW_THREADS
    if (res < 0) {
        set_error();
        return -1;
    }
    return 0;
}

/* Waits until s is readable (or writable) for at most `remaining` seconds
 * (< 0: no limit), with the interpreter released.  Returns 1 when ready,
 * 0 on timeout, -1 with errno set on failure (EINTR included). */
static int
wait_for_fd(PySocketSockObject *s, int writing, double remaining)
{
    /* a closed socket goes straight to the call, which fails with EBADF */
    if (s->sock_fd == -1)
        return 1;
    struct pollfd p;
    p.fd = s->sock_fd;
    p.events = writing ? POLLOUT : POLLIN;
    p.revents = 0;
    int ms = -1;
    if (remaining >= 0) {
        double m = ceil(remaining * 1e3);
        ms = m > INT_MAX ? INT_MAX : (int)m;
    }
    int n;
    Py_BEGIN_ALLOW_THREADS
    n = poll(&p, 1, ms);
    Py_END_ALLOW_THREADS
    if (n < 0)
        return -1;
    return n > 0;
}

/* One attempt of an operation, run with the interpreter released: returns
 * non-zero on success, 0 with errno set on failure. */
typedef int (*sock_func)(PySocketSockObject *s, void *data);

/* Runs func with the socket's timeout semantics and PEP 475 retries.
 * Returns 0 on success, -1 with an exception set. */
static int
sock_call(PySocketSockObject *s, int writing, sock_func func, void *data)
{
    double timeout = s->sock_timeout;
    double deadline = timeout > 0 ? now_monotonic() + timeout : 0;
    for (;;) {
        if (timeout > 0) {
            double remaining = deadline - now_monotonic();
            if (remaining < 0)
                remaining = 0;
            int r = wait_for_fd(s, writing, remaining);
            if (r < 0) {
                if (errno == EINTR) {
                    if (PyErr_CheckSignals() < 0)
                        return -1;
                    continue;
                }
                set_error();
                return -1;
            }
            if (r == 0) {
                PyErr_SetString(PyExc_TimeoutError, "timed out");
                return -1;
            }
        }
        for (;;) {
            int ok;
            Py_BEGIN_ALLOW_THREADS
            ok = func(s, data);
            Py_END_ALLOW_THREADS
            if (ok)
                return 0;
            if (errno != EINTR)
                break;
            if (PyErr_CheckSignals() < 0)
                return -1;
        }
        if (timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN))
            continue;
        set_error();
        return -1;
    }
}

/* ---------------------------------------------------------------- */
/* Addresses */

/* Encodes a host name for the resolver: ASCII str as is, other str
 * through the idna codec, bytes-like as given.  New reference to bytes. */
static PyObject *
encode_host(PyObject *obj)
{
    if (PyUnicode_Check(obj)) {
        if (PyUnicode_IS_ASCII(obj))
            return PyUnicode_AsASCIIString(obj);
        return PyUnicode_AsEncodedString(obj, "idna", NULL);
    }
    if (PyBytes_Check(obj))
        return Py_NewRef(obj);
    if (PyByteArray_Check(obj))
        return PyBytes_FromStringAndSize(PyByteArray_AS_STRING(obj),
                                         PyByteArray_GET_SIZE(obj));
    PyErr_Format(PyExc_TypeError, "str, bytes or bytearray expected, not %s",
                 Py_TYPE(obj)->tp_name);
    return NULL;
}

/* encode_host for a socket address argument: a failed idna encoding is a
 * TypeError there, as CPython says it (the resolver functions keep the
 * codec's error). */
static PyObject *
encode_hostname(PyObject *obj)
{
    PyObject *r = encode_host(obj);
    if (r == NULL && PyUnicode_Check(obj) && PyErr_ExceptionMatches(PyExc_UnicodeError)) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "encoding of hostname failed");
    }
    return r;
}

/* Fills addr with the address `name` (bytes) of family af, resolving it
 * if it is not numeric.  Returns the address length or -1. */
static int
setipaddr(const char *name, struct sockaddr *addr, size_t addr_size, int af)
{
    memset(addr, 0, addr_size);
    if (name[0] == '\0') {
        /* the wildcard address of the family */
        struct addrinfo hints, *res;
        memset(&hints, 0, sizeof(hints));
        hints.ai_family = af;
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
        int error;
        Py_BEGIN_ALLOW_THREADS
        error = getaddrinfo(NULL, "0", &hints, &res);
        Py_END_ALLOW_THREADS
        if (error) {
            set_gaierror(error);
            return -1;
        }
        int len = (int)res->ai_addrlen;
        if ((size_t)len > addr_size)
            len = (int)addr_size;
        memcpy(addr, res->ai_addr, len);
        freeaddrinfo(res);
        return len;
    }
    if (strcmp(name, "255.255.255.255") == 0 || strcmp(name, "<broadcast>") == 0) {
        if (af != AF_INET && af != AF_UNSPEC) {
            PyErr_SetString(PyExc_OSError, "address family mismatched");
            return -1;
        }
        struct sockaddr_in *sin = (struct sockaddr_in *)addr;
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = INADDR_BROADCAST;
        return sizeof(*sin);
    }
    /* numeric forms need no resolver round trip */
    if (af == AF_INET || af == AF_UNSPEC) {
        struct sockaddr_in *sin = (struct sockaddr_in *)addr;
        if (inet_pton(AF_INET, name, &sin->sin_addr) == 1) {
            sin->sin_family = AF_INET;
            return sizeof(*sin);
        }
    }
    if ((af == AF_INET6 || af == AF_UNSPEC) && strchr(name, '%') == NULL) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)addr;
        if (inet_pton(AF_INET6, name, &sin6->sin6_addr) == 1) {
            sin6->sin6_family = AF_INET6;
            return sizeof(*sin6);
        }
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = af;
    int error;
    Py_BEGIN_ALLOW_THREADS
    error = getaddrinfo(name, NULL, &hints, &res);
    Py_END_ALLOW_THREADS
    if (error) {
        set_gaierror(error);
        return -1;
    }
    int len = (int)res->ai_addrlen;
    if ((size_t)len > addr_size)
        len = (int)addr_size;
    memcpy(addr, res->ai_addr, len);
    freeaddrinfo(res);
    return len;
}

static PyObject *
make_ipaddr(struct sockaddr *addr)
{
    char buf[INET6_ADDRSTRLEN];
    const void *src = addr->sa_family == AF_INET6
        ? (const void *)&((struct sockaddr_in6 *)addr)->sin6_addr
        : (const void *)&((struct sockaddr_in *)addr)->sin_addr;
    if (inet_ntop(addr->sa_family, src, buf, sizeof(buf)) == NULL)
        return set_error();
    return PyUnicode_FromString(buf);
}

/* The Python form of a socket address. */
static PyObject *
makesockaddr(struct sockaddr *addr, socklen_t addrlen)
{
    if (addrlen == 0)
        Py_RETURN_NONE;
    switch (addr->sa_family) {
    case AF_INET: {
        struct sockaddr_in *a = (struct sockaddr_in *)addr;
        PyObject *host = make_ipaddr(addr);
        if (host == NULL)
            return NULL;
        return Py_BuildValue("Ni", host, (int)ntohs(a->sin_port));
    }
    case AF_INET6: {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)addr;
        PyObject *host = make_ipaddr(addr);
        if (host == NULL)
            return NULL;
        return Py_BuildValue("NiII", host, (int)ntohs(a->sin6_port),
                             (unsigned int)ntohl(a->sin6_flowinfo),
                             (unsigned int)a->sin6_scope_id);
    }
    case AF_UNIX: {
        struct sockaddr_un *a = (struct sockaddr_un *)addr;
        Py_ssize_t len = (Py_ssize_t)addrlen - (Py_ssize_t)offsetof(struct sockaddr_un, sun_path);
        if (len > 0 && a->sun_path[0] == '\0')
            return PyBytes_FromStringAndSize(a->sun_path, len); /* abstract */
        if (len < 0)
            len = 0;
        return PyUnicode_DecodeFSDefaultAndSize(a->sun_path,
                                                (Py_ssize_t)strnlen(a->sun_path, len));
    }
    case AF_NETLINK: {
        struct sockaddr_nl *a = (struct sockaddr_nl *)addr;
        return Py_BuildValue("II", (unsigned int)a->nl_pid, (unsigned int)a->nl_groups);
    }
    case AF_PACKET: {
        /* (ifname, proto, pkttype, hatype, hardware address) */
        struct sockaddr_ll *a = (struct sockaddr_ll *)addr;
        char ifname[IF_NAMESIZE + 1] = "";
        if (a->sll_ifindex && if_indextoname((unsigned int)a->sll_ifindex, ifname) == NULL)
            ifname[0] = '\0';
        Py_ssize_t halen = a->sll_halen;
        if (halen > (Py_ssize_t)sizeof(a->sll_addr))
            halen = sizeof(a->sll_addr);
        return Py_BuildValue("shbhy#", ifname, (short)ntohs(a->sll_protocol),
                             (char)a->sll_pkttype, (short)a->sll_hatype,
                             (const char *)a->sll_addr, halen);
    }
    default: {
        Py_ssize_t len = (Py_ssize_t)addrlen - (Py_ssize_t)offsetof(struct sockaddr, sa_data);
        if (len < 0)
            len = 0;
        if (len > (Py_ssize_t)sizeof(addr->sa_data))
            len = sizeof(addr->sa_data);
        return Py_BuildValue("iy#", (int)addr->sa_family, addr->sa_data, len);
    }
    }
}

/* Converts the Python address `args` for socket s into addr.  `caller`
 * names the method in error messages.  Returns 0 or -1. */
static int
getsockaddrarg(PySocketSockObject *s, PyObject *args, sock_addr_t *addr,
               socklen_t *len_ret, const char *caller)
{
    memset(addr, 0, sizeof(*addr));
    switch (s->sock_family) {
    case AF_UNIX: {
        PyObject *b;
        if (PyUnicode_Check(args)) {
            b = PyUnicode_EncodeFSDefault(args);
            if (b == NULL)
                return -1;
        } else
            b = Py_NewRef(args);
        Py_buffer path;
        if (PyObject_GetBuffer(b, &path, PyBUF_SIMPLE) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                         Py_TYPE(b)->tp_name);
            Py_DECREF(b);
            return -1;
        }
        /* Abstract names (leading NUL) are counted exactly; so is the
         * empty name, which asks Linux to pick a free abstract one
         * (autobind).  A filesystem path needs room for its NUL. */
        int abstract = path.len == 0 || ((char *)path.buf)[0] == '\0';
        if ((size_t)path.len + (abstract ? 0 : 1) > sizeof(addr->un.sun_path)) {
            PyBuffer_Release(&path);
            Py_DECREF(b);
            PyErr_SetString(PyExc_OSError, "AF_UNIX path too long");
            return -1;
        }
        addr->un.sun_family = AF_UNIX;
        memcpy(addr->un.sun_path, path.buf, path.len);
        *len_ret = (socklen_t)(path.len + offsetof(struct sockaddr_un, sun_path)
                               + (abstract ? 0 : 1));
        PyBuffer_Release(&path);
        Py_DECREF(b);
        return 0;
    }
    case AF_INET: {
        if (!PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET address must be tuple, not %.500s",
                         caller, Py_TYPE(args)->tp_name);
            return -1;
        }
        PyObject *host_obj;
        int port;
        if (!PyArg_ParseTuple(args, "Oi;AF_INET address must be a pair (host, port)",
                              &host_obj, &port)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            }
            return -1;
        }
        PyObject *host = encode_hostname(host_obj);
        if (host == NULL)
            return -1;
        if ((Py_ssize_t)strlen(PyBytes_AS_STRING(host)) != PyBytes_GET_SIZE(host)) {
            Py_DECREF(host);
            PyErr_SetString(PyExc_TypeError, "host name must not contain null character");
            return -1;
        }
        int r = setipaddr(PyBytes_AS_STRING(host), &addr->sa, sizeof(addr->in4), AF_INET);
        Py_DECREF(host);
        if (r < 0)
            return -1;
        if (port < 0 || port > 0xffff) {
            PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
        addr->in4.sin_family = AF_INET;
        addr->in4.sin_port = htons((unsigned short)port);
        *len_ret = sizeof(addr->in4);
        return 0;
    }
    case AF_INET6: {
        if (!PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET6 address must be tuple, not %.500s",
                         caller, Py_TYPE(args)->tp_name);
            return -1;
        }
        PyObject *host_obj;
        int port;
        unsigned int flowinfo = 0, scope_id = 0;
        if (!PyArg_ParseTuple(args, "Oi|II;AF_INET6 address must be a tuple "
                              "(host, port[, flowinfo[, scopeid]])",
                              &host_obj, &port, &flowinfo, &scope_id)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            }
            return -1;
        }
        PyObject *host = encode_hostname(host_obj);
        if (host == NULL)
            return -1;
        int r = setipaddr(PyBytes_AS_STRING(host), &addr->sa, sizeof(addr->in6), AF_INET6);
        Py_DECREF(host);
        if (r < 0)
            return -1;
        if (port < 0 || port > 0xffff) {
            PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
        if (flowinfo > 0xfffff) {
            PyErr_Format(PyExc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
            return -1;
        }
        addr->in6.sin6_family = AF_INET6;
        addr->in6.sin6_port = htons((unsigned short)port);
        addr->in6.sin6_flowinfo = htonl(flowinfo);
        addr->in6.sin6_scope_id = scope_id;
        *len_ret = sizeof(addr->in6);
        return 0;
    }
    case AF_NETLINK: {
        if (!PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_NETLINK address must be tuple, not %.500s",
                         caller, Py_TYPE(args)->tp_name);
            return -1;
        }
        unsigned int pid, groups;
        if (!PyArg_ParseTuple(args, "II;AF_NETLINK address must be a pair (pid, groups)",
                              &pid, &groups))
            return -1;
        addr->nl.nl_family = AF_NETLINK;
        addr->nl.nl_pid = pid;
        addr->nl.nl_groups = groups;
        *len_ret = sizeof(addr->nl);
        return 0;
    }
    case AF_PACKET: {
        if (!PyTuple_Check(args)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_PACKET address must be tuple, not %.500s",
                         caller, Py_TYPE(args)->tp_name);
            return -1;
        }
        const char *ifname;
        int protonum, pkttype = 0, hatype = 0;
        Py_buffer haddr = {NULL, NULL};
        if (!PyArg_ParseTuple(args, "si|iiy*;AF_PACKET address must be a tuple of two to "
                              "five elements", &ifname, &protonum, &pkttype, &hatype, &haddr))
            return -1;
        if (haddr.buf != NULL && haddr.len > 8) {
            PyBuffer_Release(&haddr);
            PyErr_SetString(PyExc_ValueError, "Hardware address must be 8 bytes or less");
            return -1;
        }
        if (protonum < 0 || protonum > 0xffff) {
            if (haddr.buf != NULL)
                PyBuffer_Release(&haddr);
            PyErr_Format(PyExc_OverflowError, "%s(): proto must be 0-65535.", caller);
            return -1;
        }
        unsigned int index = if_nametoindex(ifname);
        if (index == 0) {
            if (haddr.buf != NULL)
                PyBuffer_Release(&haddr);
            set_error();
            return -1;
        }
        addr->ll.sll_family = AF_PACKET;
        addr->ll.sll_protocol = htons((unsigned short)protonum);
        addr->ll.sll_ifindex = (int)index;
        addr->ll.sll_pkttype = (unsigned char)pkttype;
        addr->ll.sll_hatype = (unsigned short)hatype;
        if (haddr.buf != NULL) {
            memcpy(addr->ll.sll_addr, haddr.buf, haddr.len);
            addr->ll.sll_halen = (unsigned char)haddr.len;
            PyBuffer_Release(&haddr);
        }
        *len_ret = sizeof(addr->ll);
        return 0;
    }
    default:
        PyErr_Format(PyExc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* An int argument through __index__, as CPython's int converters. */
static int
int_arg(PyObject *arg, int *out)
{
    PyObject *i = PyNumber_Index(arg);
    if (i == NULL)
        return -1;
    long v = PyLong_AsLong(i);
    Py_DECREF(i);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---------------------------------------------------------------- */
/* Socket objects */

static int
init_sockobject(PySocketSockObject *s, int fd, int family, int type, int proto)
{
    s->sock_fd = fd;
    s->sock_family = family;
    s->sock_type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->sock_proto = proto;
    s->sock_timeout = defaulttimeout;
    if (type & SOCK_NONBLOCK)
        s->sock_timeout = 0.0;
    if (s->sock_timeout >= 0 && internal_setblocking(s, 0) < 0)
        return -1;
    return 0;
}

static PyObject *
sock_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PySocketSockObject *s = (PySocketSockObject *)type->tp_alloc(type, 0);
    if (s != NULL) {
        s->sock_fd = -1;
        s->sock_timeout = -1.0;
    }
    return (PyObject *)s;
}

static int
sock_initobj(PyObject *self, PyObject *args, PyObject *kwds)
{
    PySocketSockObject *s = (PySocketSockObject *)self;
    static char *kwlist[] = {"family", "type", "proto", "fileno", NULL};
    int family = -1, type = -1, proto = -1;
    PyObject *fdobj = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|iiiO:socket", kwlist,
                                     &family, &type, &proto, &fdobj))
        return -1;
    int fd;
    if (fdobj != NULL && fdobj != Py_None) {
        PyObject *idx = PyNumber_Index(fdobj);
        if (idx == NULL)
            return -1;
        long v = PyLong_AsLong(idx);
        Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < 0) {
            PyErr_SetString(PyExc_ValueError, "negative file descriptor");
            return -1;
        }
        if (v > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "file descriptor out of range");
            return -1;
        }
        fd = (int)v;
        /* what was not given is asked of the descriptor */
        if (family == -1) {
            sock_addr_t addr;
            socklen_t addrlen = sizeof(addr);
            memset(&addr, 0, sizeof(addr));
            if (getsockname(fd, &addr.sa, &addrlen) < 0) {
                set_error();
                return -1;
            }
            family = addr.sa.sa_family;
        }
        if (type == -1) {
            int tmp;
            socklen_t slen = sizeof(tmp);
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &tmp, &slen) < 0) {
                set_error();
                return -1;
            }
            type = tmp;
        }
        if (proto == -1) {
            int tmp;
            socklen_t slen = sizeof(tmp);
            if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &tmp, &slen) < 0) {
                set_error();
                return -1;
            }
            proto = tmp;
        }
    } else {
        if (family == -1)
            family = AF_INET;
        if (type == -1)
            type = SOCK_STREAM;
        if (proto == -1)
            proto = 0;
        Py_BEGIN_ALLOW_THREADS
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        Py_END_ALLOW_THREADS
        if (fd < 0) {
            set_error();
            return -1;
        }
    }
    /* re-initialising an open socket object must not leak its descriptor */
    if (s->sock_fd != -1 && s->sock_fd != fd)
        close(s->sock_fd);
    if (init_sockobject(s, fd, family, type, proto) < 0)
        return -1;
    return 0;
}

static PyObject *
sock_repr(PySocketSockObject *s)
{
    return PyUnicode_FromFormat("<socket object, fd=%ld, family=%d, type=%d, proto=%d>",
                                (long)s->sock_fd, s->sock_family, s->sock_type,
                                s->sock_proto);
}

/* A socket still open when collected is closed, with a ResourceWarning as
 * for files. */
static void
sock_finalize(PyObject *self)
{
    PySocketSockObject *s = (PySocketSockObject *)self;
    if (s->sock_fd == -1)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    if (PyErr_ResourceWarning(self, 1, "unclosed %R", self) < 0) {
        PyErr_Clear();
    }
    int fd = s->sock_fd;
    s->sock_fd = -1;
    close(fd);
    PyErr_SetRaisedException(exc);
}

static void
sock_dealloc(PyObject *self)
{
    PySocketSockObject *s = (PySocketSockObject *)self;
    if (s->sock_fd != -1) {
        /* Subclass instances were finalized already (the descriptor is
         * -1 then); ours are finalized here, alive again for the
         * warning's repr, which could keep a reference. */
        Py_SET_REFCNT(self, 1);
        sock_finalize(self);
        Py_SET_REFCNT(self, Py_REFCNT(self) - 1);
        if (Py_REFCNT(self) != 0)
            return;
    }
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
sock_close(PySocketSockObject *s, PyObject *unused)
{
    int fd = s->sock_fd;
    if (fd != -1) {
        s->sock_fd = -1;
        int res;
        Py_BEGIN_ALLOW_THREADS
        res = close(fd);
        Py_END_ALLOW_THREADS
        /* the peer resetting the connection is not the caller's error */
        if (res < 0 && errno != ECONNRESET)
            return set_error();
    }
    Py_RETURN_NONE;
}

static PyObject *
sock_detach(PySocketSockObject *s, PyObject *unused)
{
    int fd = s->sock_fd;
    s->sock_fd = -1;
    return PyLong_FromLong(fd);
}

static PyObject *
sock_fileno(PySocketSockObject *s, PyObject *unused)
{
    return PyLong_FromLong(s->sock_fd);
}

struct accept_data {
    sock_addr_t *addr;
    socklen_t *addrlen;
    int result;
};

static int
accept_impl(PySocketSockObject *s, void *data)
{
    struct accept_data *d = data;
    *d->addrlen = sizeof(*d->addr);
    d->result = accept4(s->sock_fd, &d->addr->sa, d->addrlen, SOCK_CLOEXEC);
    return d->result >= 0;
}

static PyObject *
sock_accept(PySocketSockObject *s, PyObject *unused)
{
    sock_addr_t addr;
    socklen_t addrlen = 0;
    struct accept_data d = {&addr, &addrlen, -1};
    memset(&addr, 0, sizeof(addr));
    if (s->sock_fd == -1) {
        errno = EBADF;
        return set_error();
    }
    if (sock_call(s, 0, accept_impl, &d) < 0)
        return NULL;
    PyObject *sockaddr = makesockaddr(&addr.sa, addrlen);
    if (sockaddr == NULL) {
        close(d.result);
        return NULL;
    }
    return Py_BuildValue("iN", d.result, sockaddr);
}

static PyObject *
sock_bind(PySocketSockObject *s, PyObject *addro)
{
    sock_addr_t addr;
    socklen_t len;
    if (getsockaddrarg(s, addro, &addr, &len, "bind") < 0)
        return NULL;
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = bind(s->sock_fd, &addr.sa, len);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    Py_RETURN_NONE;
}

static PyObject *
sock_listen(PySocketSockObject *s, PyObject *args)
{
    /* the default leaves room as CPython: min(SOMAXCONN, 128) */
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (!PyArg_ParseTuple(args, "|i:listen", &backlog))
        return NULL;
    if (backlog < 0)
        backlog = 0;
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = listen(s->sock_fd, backlog);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    Py_RETURN_NONE;
}

/* connect(), completed on interruption or while in progress on a timed
 * socket.  Returns 0, or an errno value with no exception set when
 * raise_ is 0, or -1 with an exception set. */
static int
internal_connect(PySocketSockObject *s, sock_addr_t *addr, socklen_t addrlen, int raise_)
{
    int res, err;
    Py_BEGIN_ALLOW_THREADS
    res = connect(s->sock_fd, &addr->sa, addrlen);
    Py_END_ALLOW_THREADS
    if (res == 0)
        return 0;
    err = errno;
    if (err == EINTR) {
        if (PyErr_CheckSignals() < 0)
            return -1;
        /* a non-blocking caller gets to see the interruption */
        if (s->sock_timeout == 0)
            goto fail;
    } else if (!(s->sock_timeout > 0 && err == EINPROGRESS)) {
        goto fail;
    }
    /* wait for the connection to complete */
    double timeout = s->sock_timeout;
    double deadline = timeout > 0 ? now_monotonic() + timeout : 0;
    for (;;) {
        double remaining = -1;
        if (timeout > 0) {
            remaining = deadline - now_monotonic();
            if (remaining < 0)
                remaining = 0;
        }
        int r = wait_for_fd(s, 1, remaining);
        if (r < 0) {
            if (errno == EINTR) {
                if (PyErr_CheckSignals() < 0)
                    return -1;
                continue;
            }
            err = errno;
            goto fail;
        }
        if (r == 0) {
            if (!raise_)
                return EWOULDBLOCK;
            PyErr_SetString(PyExc_TimeoutError, "timed out");
            return -1;
        }
        break;
    }
    socklen_t size = sizeof(err);
    if (getsockopt(s->sock_fd, SOL_SOCKET, SO_ERROR, &err, &size) < 0)
        err = errno;
    if (err == 0)
        return 0;
fail:
    if (!raise_)
        return err;
    errno = err;
    set_error();
    return -1;
}

static PyObject *
sock_connect(PySocketSockObject *s, PyObject *addro)
{
    sock_addr_t addr;
    socklen_t len;
    if (getsockaddrarg(s, addro, &addr, &len, "connect") < 0)
        return NULL;
    if (internal_connect(s, &addr, len, 1) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sock_connect_ex(PySocketSockObject *s, PyObject *addro)
{
    sock_addr_t addr;
    socklen_t len;
    if (getsockaddrarg(s, addro, &addr, &len, "connect_ex") < 0)
        return NULL;
    int res = internal_connect(s, &addr, len, 0);
    if (res < 0)
        return NULL;
    return PyLong_FromLong(res);
}

static PyObject *
sock_getsockname(PySocketSockObject *s, PyObject *unused)
{
    sock_addr_t addr;
    socklen_t len = sizeof(addr);
    memset(&addr, 0, sizeof(addr));
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = getsockname(s->sock_fd, &addr.sa, &len);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    return makesockaddr(&addr.sa, len);
}

static PyObject *
sock_getpeername(PySocketSockObject *s, PyObject *unused)
{
    sock_addr_t addr;
    socklen_t len = sizeof(addr);
    memset(&addr, 0, sizeof(addr));
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = getpeername(s->sock_fd, &addr.sa, &len);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    return makesockaddr(&addr.sa, len);
}

static PyObject *
sock_setsockopt(PySocketSockObject *s, PyObject *args)
{
    int level, optname, res, flag;
    Py_buffer optval;
    PyObject *none;
    unsigned int optlen;
    if (s->sock_family == AF_VSOCK) {
        /* the vsock buffer sizes are 64-bit */
        unsigned long long vflag;
        if (PyArg_ParseTuple(args, "iiK:setsockopt", &level, &optname, &vflag)) {
            res = setsockopt(s->sock_fd, level, optname, &vflag, sizeof(vflag));
            goto done;
        }
        PyErr_Clear();
    }
    if (PyArg_ParseTuple(args, "iii:setsockopt", &level, &optname, &flag)) {
        res = setsockopt(s->sock_fd, level, optname, &flag, sizeof(flag));
        goto done;
    }
    PyErr_Clear();
    /* setsockopt(level, opt, None, optlen): a NULL value of that size */
    if (PyArg_ParseTuple(args, "iiO!I:setsockopt", &level, &optname, Py_TYPE(Py_None),
                         &none, &optlen)) {
        res = setsockopt(s->sock_fd, level, optname, NULL, (socklen_t)optlen);
        goto done;
    }
    PyErr_Clear();
    if (!PyArg_ParseTuple(args, "iiy*:setsockopt", &level, &optname, &optval))
        return NULL;
    res = setsockopt(s->sock_fd, level, optname, optval.buf, (socklen_t)optval.len);
    PyBuffer_Release(&optval);
done:
    if (res < 0)
        return set_error();
    Py_RETURN_NONE;
}

static PyObject *
sock_getsockopt(PySocketSockObject *s, PyObject *args)
{
    int level, optname, buflen = 0;
    if (!PyArg_ParseTuple(args, "ii|i:getsockopt", &level, &optname, &buflen))
        return NULL;
    if (buflen == 0 && s->sock_family == AF_VSOCK) {
        unsigned long long vflag = 0;
        socklen_t vsize = sizeof(vflag);
        if (getsockopt(s->sock_fd, level, optname, &vflag, &vsize) < 0)
            return set_error();
        return PyLong_FromUnsignedLongLong(vflag);
    }
    if (buflen == 0) {
        int flag = 0;
        socklen_t flagsize = sizeof(flag);
        if (getsockopt(s->sock_fd, level, optname, &flag, &flagsize) < 0)
            return set_error();
        return PyLong_FromLong(flag);
    }
    if (buflen <= 0 || buflen > 1024) {
        PyErr_SetString(PyExc_OSError, "getsockopt buflen out of range");
        return NULL;
    }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, buflen);
    if (buf == NULL)
        return NULL;
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(s->sock_fd, level, optname, PyBytes_AS_STRING(buf), &len) < 0) {
        Py_DECREF(buf);
        return set_error();
    }
    if (_PyBytes_Resize(&buf, (Py_ssize_t)len) < 0)
        return NULL;
    return buf;
}

/* recv and recvfrom share one attempt function */
struct recv_data {
    char *buf;
    size_t len;
    int flags;
    sock_addr_t *addr;   /* NULL for recv */
    socklen_t addrlen;
    ssize_t result;
};

static int
recv_impl(PySocketSockObject *s, void *data)
{
    struct recv_data *d = data;
    if (d->addr != NULL) {
        d->addrlen = sizeof(*d->addr);
        d->result = recvfrom(s->sock_fd, d->buf, d->len, d->flags, &d->addr->sa, &d->addrlen);
    } else
        d->result = recv(s->sock_fd, d->buf, d->len, d->flags);
    return d->result >= 0;
}

static Py_ssize_t
sock_recv_guts(PySocketSockObject *s, char *buf, Py_ssize_t len, int flags,
               sock_addr_t *addr, socklen_t *addrlen)
{
    struct recv_data d = {buf, (size_t)len, flags, addr, 0, -1};
    if (addr != NULL)
        memset(addr, 0, sizeof(*addr));
    if (sock_call(s, 0, recv_impl, &d) < 0)
        return -1;
    if (addrlen != NULL)
        *addrlen = d.addrlen;
    return d.result;
}

static PyObject *
sock_recv(PySocketSockObject *s, PyObject *args)
{
    Py_ssize_t recvlen;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "n|i:recv", &recvlen, &flags))
        return NULL;
    if (recvlen < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recv");
        return NULL;
    }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, recvlen);
    if (buf == NULL)
        return NULL;
    Py_ssize_t n = sock_recv_guts(s, PyBytes_AS_STRING(buf), recvlen, flags, NULL, NULL);
    if (n < 0) {
        Py_DECREF(buf);
        return NULL;
    }
    if (n != recvlen && _PyBytes_Resize(&buf, n) < 0)
        return NULL;
    return buf;
}

static PyObject *
sock_recv_into(PySocketSockObject *s, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"buffer", "nbytes", "flags", NULL};
    Py_buffer pbuf;
    Py_ssize_t recvlen = 0;
    int flags = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "w*|ni:recv_into", kwlist,
                                     &pbuf, &recvlen, &flags))
        return NULL;
    if (recvlen < 0) {
        PyBuffer_Release(&pbuf);
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recv_into");
        return NULL;
    }
    if (recvlen == 0)
        recvlen = pbuf.len;
    if (pbuf.len < recvlen) {
        PyBuffer_Release(&pbuf);
        PyErr_SetString(PyExc_ValueError, "buffer too small for requested bytes");
        return NULL;
    }
    Py_ssize_t n = sock_recv_guts(s, pbuf.buf, recvlen, flags, NULL, NULL);
    PyBuffer_Release(&pbuf);
    if (n < 0)
        return NULL;
    return PyLong_FromSsize_t(n);
}

static PyObject *
sock_recvfrom(PySocketSockObject *s, PyObject *args)
{
    Py_ssize_t recvlen;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "n|i:recvfrom", &recvlen, &flags))
        return NULL;
    if (recvlen < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recvfrom");
        return NULL;
    }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, recvlen);
    if (buf == NULL)
        return NULL;
    sock_addr_t addr;
    socklen_t addrlen = 0;
    Py_ssize_t n = sock_recv_guts(s, PyBytes_AS_STRING(buf), recvlen, flags, &addr, &addrlen);
    if (n < 0) {
        Py_DECREF(buf);
        return NULL;
    }
    if (n != recvlen && _PyBytes_Resize(&buf, n) < 0)
        return NULL;
    PyObject *a = makesockaddr(&addr.sa, addrlen);
    if (a == NULL) {
        Py_DECREF(buf);
        return NULL;
    }
    return Py_BuildValue("NN", buf, a);
}

static PyObject *
sock_recvfrom_into(PySocketSockObject *s, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"buffer", "nbytes", "flags", NULL};
    Py_buffer pbuf;
    Py_ssize_t recvlen = 0;
    int flags = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "w*|ni:recvfrom_into", kwlist,
                                     &pbuf, &recvlen, &flags))
        return NULL;
    if (recvlen < 0) {
        PyBuffer_Release(&pbuf);
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recvfrom_into");
        return NULL;
    }
    if (recvlen == 0)
        recvlen = pbuf.len;
    else if (recvlen > pbuf.len) {
        PyBuffer_Release(&pbuf);
        PyErr_SetString(PyExc_ValueError, "nbytes is greater than the length of the buffer");
        return NULL;
    }
    sock_addr_t addr;
    socklen_t addrlen = 0;
    Py_ssize_t n = sock_recv_guts(s, pbuf.buf, recvlen, flags, &addr, &addrlen);
    PyBuffer_Release(&pbuf);
    if (n < 0)
        return NULL;
    return Py_BuildValue("nN", n, makesockaddr(&addr.sa, addrlen));
}

struct send_data {
    const char *buf;
    size_t len;
    int flags;
    sock_addr_t *addr;   /* NULL for send */
    socklen_t addrlen;
    ssize_t result;
};

static int
send_impl(PySocketSockObject *s, void *data)
{
    struct send_data *d = data;
    if (d->addr != NULL)
        d->result = sendto(s->sock_fd, d->buf, d->len, d->flags, &d->addr->sa, d->addrlen);
    else
        d->result = send(s->sock_fd, d->buf, d->len, d->flags);
    return d->result >= 0;
}

static PyObject *
sock_send(PySocketSockObject *s, PyObject *args)
{
    Py_buffer pbuf;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "y*|i:send", &pbuf, &flags))
        return NULL;
    struct send_data d = {pbuf.buf, (size_t)pbuf.len, flags, NULL, 0, -1};
    int r = sock_call(s, 1, send_impl, &d);
    PyBuffer_Release(&pbuf);
    if (r < 0)
        return NULL;
    return PyLong_FromSsize_t(d.result);
}

/* sendall: send until everything went, the timeout covering the whole
 * transfer; signal handlers run between chunks. */
static PyObject *
sock_sendall(PySocketSockObject *s, PyObject *args)
{
    Py_buffer pbuf;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "y*|i:sendall", &pbuf, &flags))
        return NULL;
    const char *buf = pbuf.buf;
    Py_ssize_t len = pbuf.len;
    double timeout = s->sock_timeout;
    double deadline = timeout > 0 ? now_monotonic() + timeout : 0;
    while (len > 0) {
        if (timeout > 0) {
            double remaining = deadline - now_monotonic();
            if (remaining <= 0) {
                PyErr_SetString(PyExc_TimeoutError, "timed out");
                goto error;
            }
            /* each chunk gets what is left of the whole timeout */
            s->sock_timeout = remaining;
        }
        struct send_data d = {buf, (size_t)len, flags, NULL, 0, -1};
        int r = sock_call(s, 1, send_impl, &d);
        s->sock_timeout = timeout;
        if (r < 0)
            goto error;
        buf += d.result;
        len -= d.result;
        if (PyErr_CheckSignals() < 0)
            goto error;
    }
    PyBuffer_Release(&pbuf);
    Py_RETURN_NONE;
error:
    PyBuffer_Release(&pbuf);
    return NULL;
}

static PyObject *
sock_sendto(PySocketSockObject *s, PyObject *args)
{
    Py_buffer pbuf;
    int flags = 0;
    PyObject *addro;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    switch (n) {
    case 2:
        if (!PyArg_ParseTuple(args, "y*O:sendto", &pbuf, &addro))
            return NULL;
        break;
    case 3:
        if (!PyArg_ParseTuple(args, "y*iO:sendto", &pbuf, &flags, &addro))
            return NULL;
        break;
    default:
        PyErr_Format(PyExc_TypeError, "sendto() takes 2 or 3 arguments (%zd given)", n);
        return NULL;
    }
    sock_addr_t addr;
    socklen_t addrlen;
    if (getsockaddrarg(s, addro, &addr, &addrlen, "sendto") < 0) {
        PyBuffer_Release(&pbuf);
        return NULL;
    }
    struct send_data d = {pbuf.buf, (size_t)pbuf.len, flags, &addr, addrlen, -1};
    int r = sock_call(s, 1, send_impl, &d);
    PyBuffer_Release(&pbuf);
    if (r < 0)
        return NULL;
    return PyLong_FromSsize_t(d.result);
}

/* sendmsg / recvmsg */

struct msg_data {
    struct msghdr *msg;
    int flags;
    ssize_t result;
};

static int
sendmsg_impl(PySocketSockObject *s, void *data)
{
    struct msg_data *d = data;
    d->result = sendmsg(s->sock_fd, d->msg, d->flags);
    return d->result >= 0;
}

static int
recvmsg_impl(PySocketSockObject *s, void *data)
{
    struct msg_data *d = data;
    d->result = recvmsg(s->sock_fd, d->msg, d->flags);
    return d->result >= 0;
}

static PyObject *
sock_sendmsg(PySocketSockObject *s, PyObject *args)
{
    PyObject *data_arg, *cmsg_arg = NULL, *addr_arg = NULL;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "O|OiO:sendmsg", &data_arg, &cmsg_arg, &flags, &addr_arg))
        return NULL;
    PyObject *data_fast = NULL, *cmsg_fast = NULL, *result = NULL;
    Py_buffer *bufs = NULL;
    struct iovec *iovs = NULL;
    Py_ssize_t ndata = 0, nbufs = 0, ncmsgs = 0;
    char *controlbuf = NULL;
    struct msghdr msg;
    sock_addr_t addr;
    memset(&msg, 0, sizeof(msg));
    if (addr_arg != NULL && addr_arg != Py_None) {
        socklen_t addrlen;
        if (getsockaddrarg(s, addr_arg, &addr, &addrlen, "sendmsg") < 0)
            return NULL;
        msg.msg_name = &addr;
        msg.msg_namelen = addrlen;
    }
    data_fast = PySequence_Fast(data_arg, "sendmsg() argument 1 must be an iterable");
    if (data_fast == NULL)
        goto done;
    ndata = PySequence_Fast_GET_SIZE(data_fast);
    bufs = PyMem_Calloc(ndata + 1, sizeof(Py_buffer));
    iovs = PyMem_Calloc(ndata + 1, sizeof(struct iovec));
    if (bufs == NULL || iovs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (; nbufs < ndata; nbufs++) {
        PyObject *item = PySequence_Fast_GET_ITEM(data_fast, nbufs);
        if (PyObject_GetBuffer(item, &bufs[nbufs], PyBUF_SIMPLE) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                         Py_TYPE(item)->tp_name);
            goto done;
        }
        iovs[nbufs].iov_base = bufs[nbufs].buf;
        iovs[nbufs].iov_len = bufs[nbufs].len;
    }
    msg.msg_iov = iovs;
    msg.msg_iovlen = ndata;
    if (cmsg_arg != NULL) {
        cmsg_fast = PySequence_Fast(cmsg_arg, "sendmsg() argument 2 must be an iterable");
        if (cmsg_fast == NULL)
            goto done;
        ncmsgs = PySequence_Fast_GET_SIZE(cmsg_fast);
    }
    if (ncmsgs > 0) {
        /* first pass: sizes; second: fill in */
        size_t space = 0;
        Py_buffer *cdata = PyMem_Calloc(ncmsgs, sizeof(Py_buffer));
        int *levels = PyMem_Calloc(ncmsgs, sizeof(int) * 2);
        Py_ssize_t got = 0;
        int ok = cdata != NULL && levels != NULL;
        if (!ok)
            PyErr_NoMemory();
        for (; ok && got < ncmsgs; got++) {
            PyObject *item = PySequence_Fast_GET_ITEM(cmsg_fast, got);
            PyObject *tup = NULL;
            if (PySequence_Check(item) && !PyUnicode_Check(item) &&
                PySequence_Size(item) == 3)
                tup = PySequence_Tuple(item);
            if (tup == NULL) {
                if (!PyErr_Occurred())
                    PyErr_Format(PyExc_TypeError,
                                 "[sendmsg() ancillary data items]() argument must be "
                                 "3-item sequence, not %.50s", Py_TYPE(item)->tp_name);
                ok = 0;
                break;
            }
            int parsed = PyArg_ParseTuple(tup, "iiy*:[sendmsg() ancillary data items]",
                                          &levels[2 * got], &levels[2 * got + 1],
                                          &cdata[got]);
            Py_DECREF(tup);
            if (!parsed) {
                ok = 0;
                break;
            }
            space += CMSG_SPACE(cdata[got].len);
        }
        if (ok) {
            controlbuf = PyMem_Calloc(1, space);
            if (controlbuf == NULL) {
                PyErr_NoMemory();
                ok = 0;
            }
        }
        if (ok) {
            msg.msg_control = controlbuf;
            msg.msg_controllen = space;
            struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
            for (Py_ssize_t i = 0; i < ncmsgs && c != NULL; i++) {
                c->cmsg_level = levels[2 * i];
                c->cmsg_type = levels[2 * i + 1];
                c->cmsg_len = CMSG_LEN(cdata[i].len);
                memcpy(CMSG_DATA(c), cdata[i].buf, cdata[i].len);
                c = CMSG_NXTHDR(&msg, c);
            }
        }
        for (Py_ssize_t i = 0; i < got; i++)
            PyBuffer_Release(&cdata[i]);
        PyMem_Free(cdata);
        PyMem_Free(levels);
        if (!ok)
            goto done;
    }
    struct msg_data d = {&msg, flags, -1};
    if (sock_call(s, 1, sendmsg_impl, &d) < 0)
        goto done;
    result = PyLong_FromSsize_t(d.result);
done:
    for (Py_ssize_t i = 0; i < nbufs; i++)
        PyBuffer_Release(&bufs[i]);
    PyMem_Free(bufs);
    PyMem_Free(iovs);
    PyMem_Free(controlbuf);
    Py_XDECREF(data_fast);
    Py_XDECREF(cmsg_fast);
    return result;
}

/* The common part of recvmsg and recvmsg_into: receives into iovs and
 * returns (nbytes, ancdata, flags, address). */
static PyObject *
recvmsg_guts(PySocketSockObject *s, struct iovec *iovs, Py_ssize_t niovs,
             Py_ssize_t ancbufsize, int flags)
{
    if (ancbufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "invalid ancillary data buffer length");
        return NULL;
    }
    sock_addr_t addr;
    memset(&addr, 0, sizeof(addr));
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    char *control = NULL;
    if (ancbufsize > 0) {
        control = PyMem_Calloc(1, ancbufsize);
        if (control == NULL)
            return PyErr_NoMemory();
    }
    msg.msg_name = &addr;
    msg.msg_namelen = sizeof(addr);
    msg.msg_iov = iovs;
    msg.msg_iovlen = niovs;
    msg.msg_control = control;
    msg.msg_controllen = ancbufsize;
    struct msg_data d = {&msg, flags, -1};
    PyObject *anc = NULL, *result = NULL;
    if (sock_call(s, 0, recvmsg_impl, &d) < 0)
        goto done;
    anc = PyList_New(0);
    if (anc == NULL)
        goto done;
    if (msg.msg_controllen > 0) {
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
            char *end = control + msg.msg_controllen;
            char *data = (char *)CMSG_DATA(c);
            Py_ssize_t dlen = (Py_ssize_t)c->cmsg_len - (Py_ssize_t)CMSG_LEN(0);
            if (data + dlen > end)
                dlen = end - data; /* truncated by MSG_CTRUNC */
            if (dlen < 0)
                dlen = 0;
            PyObject *item = Py_BuildValue("iiy#", c->cmsg_level, c->cmsg_type, data, dlen);
            if (item == NULL || PyList_Append(anc, item) < 0) {
                Py_XDECREF(item);
                goto done;
            }
            Py_DECREF(item);
        }
    }
    PyObject *a = msg.msg_namelen > 0 ? makesockaddr(&addr.sa, msg.msg_namelen)
                                      : Py_NewRef(Py_None);
    if (a == NULL)
        goto done;
    result = Py_BuildValue("nOiN", (Py_ssize_t)d.result, anc, msg.msg_flags, a);
done:
    Py_XDECREF(anc);
    PyMem_Free(control);
    return result;
}

static PyObject *
sock_recvmsg(PySocketSockObject *s, PyObject *args)
{
    Py_ssize_t bufsize, ancbufsize = 0;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "n|ni:recvmsg", &bufsize, &ancbufsize, &flags))
        return NULL;
    if (bufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffer size in recvmsg()");
        return NULL;
    }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, bufsize);
    if (buf == NULL)
        return NULL;
    struct iovec iov = {PyBytes_AS_STRING(buf), (size_t)bufsize};
    PyObject *r = recvmsg_guts(s, &iov, 1, ancbufsize, flags);
    if (r == NULL) {
        Py_DECREF(buf);
        return NULL;
    }
    Py_ssize_t n = PyLong_AsSsize_t(PyTuple_GET_ITEM(r, 0));
    if (n != bufsize && _PyBytes_Resize(&buf, n) < 0) {
        Py_DECREF(r);
        return NULL;
    }
    PyObject *res = Py_BuildValue("NOOO", buf, PyTuple_GET_ITEM(r, 1),
                                  PyTuple_GET_ITEM(r, 2), PyTuple_GET_ITEM(r, 3));
    Py_DECREF(r);
    return res;
}

static PyObject *
sock_recvmsg_into(PySocketSockObject *s, PyObject *args)
{
    PyObject *buffers_arg;
    Py_ssize_t ancbufsize = 0;
    int flags = 0;
    if (!PyArg_ParseTuple(args, "O|ni:recvmsg_into", &buffers_arg, &ancbufsize, &flags))
        return NULL;
    PyObject *fast = PySequence_Fast(buffers_arg,
                                     "recvmsg_into() argument 1 must be an iterable");
    if (fast == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast), got = 0;
    Py_buffer *bufs = PyMem_Calloc(n + 1, sizeof(Py_buffer));
    struct iovec *iovs = PyMem_Calloc(n + 1, sizeof(struct iovec));
    PyObject *result = NULL;
    if (bufs == NULL || iovs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (; got < n; got++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fast, got);
        if (PyObject_GetBuffer(item, &bufs[got], PyBUF_WRITABLE) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError,
                         "recvmsg_into() argument 1 must be an iterable of single-segment "
                         "read-write buffers");
            goto done;
        }
        iovs[got].iov_base = bufs[got].buf;
        iovs[got].iov_len = bufs[got].len;
    }
    result = recvmsg_guts(s, iovs, n, ancbufsize, flags);
done:
    for (Py_ssize_t i = 0; i < got; i++)
        PyBuffer_Release(&bufs[i]);
    PyMem_Free(bufs);
    PyMem_Free(iovs);
    Py_DECREF(fast);
    return result;
}

static PyObject *
sock_shutdown(PySocketSockObject *s, PyObject *arg)
{
    int how;
    if (int_arg(arg, &how) < 0)
        return NULL;
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = shutdown(s->sock_fd, how);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    Py_RETURN_NONE;
}

static PyObject *
sock_setblocking(PySocketSockObject *s, PyObject *arg)
{
    int block;
    if (int_arg(arg, &block) < 0) /* an int, not any truth value, as CPython */
        return NULL;
    s->sock_timeout = block ? -1.0 : 0.0;
    if (internal_setblocking(s, block != 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sock_getblocking(PySocketSockObject *s, PyObject *unused)
{
    return PyBool_FromLong(s->sock_timeout != 0.0);
}

static PyObject *
sock_settimeout(PySocketSockObject *s, PyObject *arg)
{
    double timeout;
    if (parse_timeout(arg, &timeout) < 0)
        return NULL;
    s->sock_timeout = timeout;
    if (internal_setblocking(s, timeout < 0) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sock_gettimeout(PySocketSockObject *s, void *unused)
{
    if (s->sock_timeout < 0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(s->sock_timeout);
}

static PyMethodDef sock_methods[] = {
    {"_accept", (PyCFunction)sock_accept, METH_NOARGS,
     "_accept() -> (integer, address info)\n\n"
     "Wait for an incoming connection.  Return a new socket file descriptor\n"
     "representing the connection, and the address of the client.\n"
     "For IP sockets, the address info is a pair (hostaddr, port)."},
    {"bind", (PyCFunction)sock_bind, METH_O,
     "bind(address)\n\n"
     "Bind the socket to a local address.  For IP sockets, the address is a\n"
     "pair (host, port); the host must refer to the local host. For raw packet\n"
     "sockets the address is a tuple (ifname, proto [,pkttype [,hatype [,addr]]])"},
    {"close", (PyCFunction)sock_close, METH_NOARGS,
     "close()\n\nClose the socket.  It cannot be used after this call."},
    {"connect", (PyCFunction)sock_connect, METH_O,
     "connect(address)\n\n"
     "Connect the socket to a remote address.  For IP sockets, the address\n"
     "is a pair (host, port)."},
    {"connect_ex", (PyCFunction)sock_connect_ex, METH_O,
     "connect_ex(address) -> errno\n\n"
     "This is like connect(address), but returns an error code (the errno value)\n"
     "instead of raising an exception when an error occurs."},
    {"detach", (PyCFunction)sock_detach, METH_NOARGS,
     "detach()\n\n"
     "Close the socket object without closing the underlying file descriptor.\n"
     "The object cannot be used after this call, but the file descriptor\n"
     "can be reused for other purposes.  The file descriptor is returned."},
    {"fileno", (PyCFunction)sock_fileno, METH_NOARGS,
     "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
    {"getpeername", (PyCFunction)sock_getpeername, METH_NOARGS,
     "getpeername() -> address info\n\n"
     "Return the address of the remote endpoint.  For IP sockets, the address\n"
     "info is a pair (hostaddr, port)."},
    {"getsockname", (PyCFunction)sock_getsockname, METH_NOARGS,
     "getsockname() -> address info\n\n"
     "Return the address of the local endpoint. The format depends on the\n"
     "address family. For IPv4 sockets, the address info is a pair\n"
     "(hostaddr, port)."},
    {"getsockopt", (PyCFunction)sock_getsockopt, METH_VARARGS,
     "getsockopt(level, option[, buffersize]) -> value\n\n"
     "Get a socket option.  See the Unix manual for level and option.\n"
     "If a nonzero buffersize argument is given, the return value is a\n"
     "string of that length; otherwise it is an integer."},
    {"getblocking", (PyCFunction)sock_getblocking, METH_NOARGS,
     "getblocking()\n\n"
     "Returns True if socket is in blocking mode, or False if it\n"
     "is in non-blocking mode."},
    {"gettimeout", (PyCFunction)sock_gettimeout, METH_NOARGS,
     "gettimeout() -> timeout\n\n"
     "Returns the timeout in seconds (float) associated with socket\n"
     "operations. A timeout of None indicates that timeouts on socket\n"
     "operations are disabled."},
    {"listen", (PyCFunction)sock_listen, METH_VARARGS,
     "listen([backlog])\n\n"
     "Enable a server to accept connections.  If backlog is specified, it must be\n"
     "at least 0 (if it is lower, it is set to 0); it specifies the number of\n"
     "unaccepted connections that the system will allow before refusing new\n"
     "connections. If not specified, a default reasonable value is chosen."},
    {"recv", (PyCFunction)sock_recv, METH_VARARGS,
     "recv(buffersize[, flags]) -> data\n\n"
     "Receive up to buffersize bytes from the socket.  For the optional flags\n"
     "argument, see the Unix manual.  When no data is available, block until\n"
     "at least one byte is available or until the remote end is closed.  When\n"
     "the remote end is closed and all data is read, return the empty string."},
    {"recv_into", (PyCFunction)(void (*)(void))sock_recv_into, METH_VARARGS | METH_KEYWORDS,
     "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\n"
     "A version of recv() that stores its data into a buffer rather than creating\n"
     "a new string.  Receive up to buffersize bytes from the socket.  If buffersize\n"
     "is not specified (or 0), receive up to the size available in the given buffer."},
    {"recvfrom", (PyCFunction)sock_recvfrom, METH_VARARGS,
     "recvfrom(buffersize[, flags]) -> (data, address info)\n\n"
     "Like recv(buffersize, flags) but also return the sender's address info."},
    {"recvfrom_into", (PyCFunction)(void (*)(void))sock_recvfrom_into,
     METH_VARARGS | METH_KEYWORDS,
     "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\n"
     "Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."},
    {"recvmsg", (PyCFunction)sock_recvmsg, METH_VARARGS,
     "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\n"
     "Receive normal data and ancillary data from the socket."},
    {"recvmsg_into", (PyCFunction)sock_recvmsg_into, METH_VARARGS,
     "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)\n\n"
     "Receive normal data and ancillary data from the socket, scattering the\n"
     "non-ancillary data into a series of buffers."},
    {"send", (PyCFunction)sock_send, METH_VARARGS,
     "send(data[, flags]) -> count\n\n"
     "Send a data string to the socket.  For the optional flags\n"
     "argument, see the Unix manual.  Return the number of bytes\n"
     "sent; this may be less than len(data) if the network is busy."},
    {"sendall", (PyCFunction)sock_sendall, METH_VARARGS,
     "sendall(data[, flags])\n\n"
     "Send a data string to the socket.  For the optional flags\n"
     "argument, see the Unix manual.  This calls send() repeatedly\n"
     "until all data is sent.  If an error occurs, it's impossible\n"
     "to tell how much data has been sent."},
    {"sendmsg", (PyCFunction)sock_sendmsg, METH_VARARGS,
     "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\n"
     "Send normal and ancillary data to the socket, gathering the\n"
     "non-ancillary data from a series of buffers and concatenating it into\n"
     "a single message."},
    {"sendto", (PyCFunction)sock_sendto, METH_VARARGS,
     "sendto(data[, flags], address) -> count\n\n"
     "Like send(data, flags) but allows specifying the destination address.\n"
     "For IP sockets, the address is a pair (hostaddr, port)."},
    {"setblocking", (PyCFunction)sock_setblocking, METH_O,
     "setblocking(flag)\n\n"
     "Set the socket to blocking (flag is true) or non-blocking (false).\n"
     "setblocking(True) is equivalent to settimeout(None);\n"
     "setblocking(False) is equivalent to settimeout(0.0)."},
    {"setsockopt", (PyCFunction)sock_setsockopt, METH_VARARGS,
     "setsockopt(level, option, value: int)\n"
     "setsockopt(level, option, value: buffer)\n"
     "setsockopt(level, option, None, optlen: int)\n\n"
     "Set a socket option.  See the Unix manual for level and option.\n"
     "The value argument can either be an integer, a string buffer, or\n"
     "None, optlen."},
    {"settimeout", (PyCFunction)sock_settimeout, METH_O,
     "settimeout(timeout)\n\n"
     "Set a timeout on socket operations.  'timeout' can be a float,\n"
     "giving in seconds, or None.  Setting a timeout of None disables\n"
     "the timeout feature and is equivalent to setblocking(1).\n"
     "Setting a timeout of zero is the same as setblocking(0)."},
    {"shutdown", (PyCFunction)sock_shutdown, METH_O,
     "shutdown(flag)\n\n"
     "Shut down the reading side of the socket (flag == SHUT_RD), the writing side\n"
     "of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."},
    {NULL, NULL}
};

static PyMemberDef sock_memberlist[] = {
    {"family", T_INT, offsetof(PySocketSockObject, sock_family), READONLY,
     "the socket family"},
    {"type", T_INT, offsetof(PySocketSockObject, sock_type), READONLY, "the socket type"},
    {"proto", T_INT, offsetof(PySocketSockObject, sock_proto), READONLY,
     "the socket protocol"},
    {NULL}
};

static PyGetSetDef sock_getsetlist[] = {
    {"timeout", (getter)sock_gettimeout, NULL, "the socket timeout", NULL},
    {NULL}
};

static PyTypeObject sock_type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "_socket.socket",
    .tp_basicsize = sizeof(PySocketSockObject),
    .tp_dealloc = sock_dealloc,
    .tp_repr = (reprfunc)sock_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc =
        "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
        "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
        "Open a socket of the given type.  The family argument specifies the\n"
        "address family; it defaults to AF_INET.  The type argument specifies\n"
        "whether this is a stream (SOCK_STREAM, this is the default)\n"
        "or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n"
        "specifying the default protocol.  Keyword arguments are accepted.\n"
        "The socket is created as non-inheritable.\n\n"
        "When a fileno is passed in, family, type and proto are auto-detected,\n"
        "unless they are explicitly set.\n\n"
        "A socket object represents one endpoint of a network connection.",
    .tp_methods = sock_methods,
    .tp_members = sock_memberlist,
    .tp_getset = sock_getsetlist,
    .tp_init = sock_initobj,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = sock_new,
    .tp_free = PyObject_Free,
    .tp_finalize = sock_finalize,
};

/* ---------------------------------------------------------------- */
/* Module functions */

static PyObject *
socket_gethostname(PyObject *self, PyObject *unused)
{
    char buf[1024];
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = gethostname(buf, sizeof(buf) - 1);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    buf[sizeof(buf) - 1] = '\0';
    return PyUnicode_DecodeFSDefault(buf);
}

static PyObject *
socket_sethostname(PyObject *self, PyObject *arg)
{
    PyObject *b;
    if (PyUnicode_Check(arg))
        b = PyUnicode_EncodeFSDefault(arg);
    else if (PyObject_CheckBuffer(arg))
        b = Py_NewRef(arg);
    else {
        PyObject *p = PyOS_FSPath(arg);
        if (p == NULL)
            return NULL;
        b = PyUnicode_Check(p) ? PyUnicode_EncodeFSDefault(p) : Py_NewRef(p);
        Py_DECREF(p);
    }
    if (b == NULL)
        return NULL;
    Py_buffer name;
    if (PyObject_GetBuffer(b, &name, PyBUF_SIMPLE) < 0) {
        Py_DECREF(b);
        return NULL;
    }
    int res = sethostname(name.buf, name.len);
    PyBuffer_Release(&name);
    Py_DECREF(b);
    if (res < 0)
        return set_error();
    Py_RETURN_NONE;
}

/* The host of an (already parsed) name as an address of family af. */
static int
host_arg(PyObject *obj, const char *fname, sock_addr_t *addr, int af)
{
    if (!PyUnicode_Check(obj) && !PyBytes_Check(obj) && !PyByteArray_Check(obj)) {
        PyErr_Format(PyExc_TypeError,
                     "%s() argument 1 must be str, bytes or bytearray, not %.100s", fname,
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    PyObject *host = encode_host(obj);
    if (host == NULL)
        return -1;
    int r = setipaddr(PyBytes_AS_STRING(host), &addr->sa, sizeof(*addr), af);
    Py_DECREF(host);
    return r;
}

static PyObject *
socket_gethostbyname(PyObject *self, PyObject *arg)
{
    sock_addr_t addr;
    if (host_arg(arg, "gethostbyname", &addr, AF_INET) < 0)
        return NULL;
    return make_ipaddr(&addr.sa);
}

/* (name, aliases, addresses) of a hostent */
static PyObject *
gethost_common(struct hostent *h, int af)
{
    PyObject *aliases = PyList_New(0), *addrs = PyList_New(0);
    if (aliases == NULL || addrs == NULL)
        goto error;
    for (char **p = h->h_aliases; p && *p; p++) {
        PyObject *a = PyUnicode_FromString(*p);
        if (a == NULL || PyList_Append(aliases, a) < 0) {
            Py_XDECREF(a);
            goto error;
        }
        Py_DECREF(a);
    }
    for (char **p = h->h_addr_list; p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        if (inet_ntop(h->h_addrtype, *p, buf, sizeof(buf)) == NULL)
            continue;
        PyObject *a = PyUnicode_FromString(buf);
        if (a == NULL || PyList_Append(addrs, a) < 0) {
            Py_XDECREF(a);
            goto error;
        }
        Py_DECREF(a);
    }
    return Py_BuildValue("sNN", h->h_name, aliases, addrs);
error:
    Py_XDECREF(aliases);
    Py_XDECREF(addrs);
    return NULL;
}

static PyObject *
socket_gethostbyname_ex(PyObject *self, PyObject *arg)
{
    sock_addr_t addr;
    /* resolving first gives gaierror for names that do not exist */
    if (host_arg(arg, "gethostbyname_ex", &addr, AF_INET) < 0)
        return NULL;
    PyObject *host = encode_host(arg);
    if (host == NULL)
        return NULL;
    struct hostent hbuf, *h = NULL;
    char buf[16384];
    int herr = 0, res;
    Py_BEGIN_ALLOW_THREADS
    res = gethostbyname_r(PyBytes_AS_STRING(host), &hbuf, buf, sizeof(buf), &h, &herr);
    Py_END_ALLOW_THREADS
    Py_DECREF(host);
    if (res != 0 || h == NULL)
        return set_herror(herr);
    return gethost_common(h, AF_INET);
}

static PyObject *
socket_gethostbyaddr(PyObject *self, PyObject *arg)
{
    sock_addr_t addr;
    if (host_arg(arg, "gethostbyaddr", &addr, AF_UNSPEC) < 0)
        return NULL;
    const void *ap;
    socklen_t al;
    int af = addr.sa.sa_family;
    if (af == AF_INET6) {
        ap = &addr.in6.sin6_addr;
        al = sizeof(addr.in6.sin6_addr);
    } else {
        ap = &addr.in4.sin_addr;
        al = sizeof(addr.in4.sin_addr);
    }
    struct hostent hbuf, *h = NULL;
    char buf[16384];
    int herr = 0, res;
    Py_BEGIN_ALLOW_THREADS
    res = gethostbyaddr_r(ap, al, af, &hbuf, buf, sizeof(buf), &h, &herr);
    Py_END_ALLOW_THREADS
    if (res != 0 || h == NULL)
        return set_herror(herr);
    return gethost_common(h, af);
}

static PyObject *
socket_getservbyname(PyObject *self, PyObject *args)
{
    const char *name, *proto = NULL;
    if (!PyArg_ParseTuple(args, "s|s:getservbyname", &name, &proto))
        return NULL;
    struct servent *sp;
    Py_BEGIN_ALLOW_THREADS
    sp = getservbyname(name, proto);
    Py_END_ALLOW_THREADS
    if (sp == NULL) {
        PyErr_SetString(PyExc_OSError, "service/proto not found");
        return NULL;
    }
    return PyLong_FromLong((long)ntohs((unsigned short)sp->s_port));
}

static PyObject *
socket_getservbyport(PyObject *self, PyObject *args)
{
    int port;
    const char *proto = NULL;
    if (!PyArg_ParseTuple(args, "i|s:getservbyport", &port, &proto))
        return NULL;
    if (port < 0 || port > 0xffff) {
        PyErr_SetString(PyExc_OverflowError, "getservbyport: port must be 0-65535.");
        return NULL;
    }
    struct servent *sp;
    Py_BEGIN_ALLOW_THREADS
    sp = getservbyport(htons((unsigned short)port), proto);
    Py_END_ALLOW_THREADS
    if (sp == NULL) {
        PyErr_SetString(PyExc_OSError, "port/proto not found");
        return NULL;
    }
    return PyUnicode_FromString(sp->s_name);
}

static PyObject *
socket_getprotobyname(PyObject *self, PyObject *args)
{
    const char *name;
    if (!PyArg_ParseTuple(args, "s:getprotobyname", &name))
        return NULL;
    struct protoent *sp = getprotobyname(name);
    if (sp == NULL) {
        PyErr_SetString(PyExc_OSError, "protocol not found");
        return NULL;
    }
    return PyLong_FromLong((long)sp->p_proto);
}

static PyObject *
new_sockobject(int fd, int family, int type, int proto)
{
    PySocketSockObject *s = (PySocketSockObject *)sock_new(&sock_type, NULL, NULL);
    if (s == NULL)
        return NULL;
    if (init_sockobject(s, fd, family, type, proto) < 0) {
        s->sock_fd = -1;
        Py_DECREF(s);
        return NULL;
    }
    return (PyObject *)s;
}

static PyObject *
socket_socketpair(PyObject *self, PyObject *args)
{
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if (!PyArg_ParseTuple(args, "|iii:socketpair", &family, &type, &proto))
        return NULL;
    int sv[2], res;
    Py_BEGIN_ALLOW_THREADS
    res = socketpair(family, type | SOCK_CLOEXEC, proto, sv);
    Py_END_ALLOW_THREADS
    if (res < 0)
        return set_error();
    PyObject *s0 = new_sockobject(sv[0], family, type, proto);
    if (s0 == NULL) {
        close(sv[0]);
        close(sv[1]);
        return NULL;
    }
    PyObject *s1 = new_sockobject(sv[1], family, type, proto);
    if (s1 == NULL) {
        Py_DECREF(s0);
        close(sv[1]);
        return NULL;
    }
    return Py_BuildValue("NN", s0, s1);
}

static int
fd_arg(PyObject *arg, int *fd)
{
    PyObject *idx = PyNumber_Index(arg);
    if (idx == NULL)
        return -1;
    long v = PyLong_AsLong(idx);
    Py_DECREF(idx);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "file descriptor out of range");
        return -1;
    }
    *fd = (int)v;
    return 0;
}

static PyObject *
socket_dup(PyObject *self, PyObject *arg)
{
    int fd;
    if (fd_arg(arg, &fd) < 0)
        return NULL;
    int newfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (newfd < 0)
        return set_error();
    return PyLong_FromLong(newfd);
}

static PyObject *
socket_close(PyObject *self, PyObject *arg)
{
    int fd;
    if (fd_arg(arg, &fd) < 0)
        return NULL;
    int res;
    Py_BEGIN_ALLOW_THREADS
    res = close(fd);
    Py_END_ALLOW_THREADS
    if (res < 0 && errno != ECONNRESET)
        return set_error();
    Py_RETURN_NONE;
}

static PyObject *
socket_getdefaulttimeout(PyObject *self, PyObject *unused)
{
    if (defaulttimeout < 0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(defaulttimeout);
}

static PyObject *
socket_setdefaulttimeout(PyObject *self, PyObject *arg)
{
    double t;
    if (parse_timeout(arg, &t) < 0)
        return NULL;
    defaulttimeout = t;
    Py_RETURN_NONE;
}

/* The 16-bit byte-order conversions: an int in 0..65535. */
static PyObject *
convert16(PyObject *arg, const char *fname, int to_net)
{
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    int overflow;
    long v = PyLong_AsLongAndOverflow(arg, &overflow);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (overflow < 0 || v < 0) {
        PyErr_Format(PyExc_OverflowError,
                     "%s: can't convert negative Python int to C 16-bit unsigned integer",
                     fname);
        return NULL;
    }
    if (overflow > 0 || v > 0xffff) {
        PyErr_Format(PyExc_OverflowError,
                     "%s: Python int too large to convert to C 16-bit unsigned integer",
                     fname);
        return NULL;
    }
    unsigned short x = (unsigned short)v;
    return PyLong_FromLong(to_net ? htons(x) : ntohs(x));
}

static PyObject *
socket_htons(PyObject *self, PyObject *arg)
{
    return convert16(arg, "htons", 1);
}

static PyObject *
socket_ntohs(PyObject *self, PyObject *arg)
{
    return convert16(arg, "ntohs", 0);
}

static PyObject *
convert32(PyObject *arg, int to_net)
{
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "expected int, %s found", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    unsigned long x = PyLong_AsUnsignedLong(arg);
    if (x == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    if (x > 0xffffffffUL) {
        PyErr_SetString(PyExc_OverflowError, "int larger than 32 bits");
        return NULL;
    }
    uint32_t v = (uint32_t)x;
    return PyLong_FromUnsignedLong(to_net ? htonl(v) : ntohl(v));
}

static PyObject *
socket_htonl(PyObject *self, PyObject *arg)
{
    return convert32(arg, 1);
}

static PyObject *
socket_ntohl(PyObject *self, PyObject *arg)
{
    return convert32(arg, 0);
}

static PyObject *
socket_inet_aton(PyObject *self, PyObject *args)
{
    const char *ip;
    if (!PyArg_ParseTuple(args, "s:inet_aton", &ip))
        return NULL;
    struct in_addr buf;
    /* inet_aton, unlike inet_pton, takes the short forms ("127.1") */
    if (inet_aton(ip, &buf) == 0) {
        PyErr_SetString(PyExc_OSError, "illegal IP address string passed to inet_aton");
        return NULL;
    }
    return PyBytes_FromStringAndSize((char *)&buf, sizeof(buf));
}

static PyObject *
socket_inet_ntoa(PyObject *self, PyObject *args)
{
    Py_buffer packed;
    if (!PyArg_ParseTuple(args, "y*:inet_ntoa", &packed))
        return NULL;
    if (packed.len != 4) {
        PyBuffer_Release(&packed);
        PyErr_SetString(PyExc_OSError, "packed IP wrong length for inet_ntoa");
        return NULL;
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, packed.buf, buf, sizeof(buf));
    PyBuffer_Release(&packed);
    return PyUnicode_FromString(buf);
}

static PyObject *
socket_inet_pton(PyObject *self, PyObject *args)
{
    int af;
    const char *ip;
    if (!PyArg_ParseTuple(args, "is:inet_pton", &af, &ip))
        return NULL;
    unsigned char packed[sizeof(struct in6_addr)];
    int r = inet_pton(af, ip, packed);
    if (r < 0)
        return set_error();
    if (r == 0) {
        PyErr_SetString(PyExc_OSError, "illegal IP address string passed to inet_pton");
        return NULL;
    }
    return PyBytes_FromStringAndSize((char *)packed,
                                     af == AF_INET ? 4 : (Py_ssize_t)sizeof(struct in6_addr));
}

static PyObject *
socket_inet_ntop(PyObject *self, PyObject *args)
{
    int af;
    Py_buffer packed;
    if (!PyArg_ParseTuple(args, "iy*:inet_ntop", &af, &packed))
        return NULL;
    Py_ssize_t want;
    if (af == AF_INET)
        want = 4;
    else if (af == AF_INET6)
        want = 16;
    else {
        PyBuffer_Release(&packed);
        PyErr_Format(PyExc_ValueError, "unknown address family %d", af);
        return NULL;
    }
    if (packed.len != want) {
        PyBuffer_Release(&packed);
        PyErr_SetString(PyExc_ValueError, "invalid length of packed IP address string");
        return NULL;
    }
    char buf[INET6_ADDRSTRLEN];
    const char *r = inet_ntop(af, packed.buf, buf, sizeof(buf));
    PyBuffer_Release(&packed);
    if (r == NULL)
        return set_error();
    return PyUnicode_FromString(buf);
}

static PyObject *
socket_getaddrinfo(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    PyObject *hobj, *pobj, *host = NULL, *port = NULL, *all = NULL;
    int family = AF_UNSPEC, socktype = 0, protocol = 0, flags = 0;
    struct addrinfo *res0 = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO|iiii:getaddrinfo", kwlist, &hobj,
                                     &pobj, &family, &socktype, &protocol, &flags))
        return NULL;
    const char *hptr = NULL, *pptr = NULL;
    if (hobj == Py_None)
        hptr = NULL;
    else if (PyUnicode_Check(hobj) || PyBytes_Check(hobj)) {
        host = encode_host(hobj);
        if (host == NULL)
            return NULL;
        hptr = PyBytes_AS_STRING(host);
    } else {
        PyErr_SetString(PyExc_TypeError, "getaddrinfo() argument 1 must be string or None");
        return NULL;
    }
    if (PyLong_CheckExact(pobj)) { /* not bool or other subclasses, as CPython */
        long v = PyLong_AsLong(pobj);
        if (v == -1 && PyErr_Occurred())
            goto done;
        port = PyBytes_FromFormat("%ld", v);
        if (port == NULL)
            goto done;
        pptr = PyBytes_AS_STRING(port);
    } else if (PyUnicode_Check(pobj)) {
        pptr = PyUnicode_AsUTF8(pobj);
        if (pptr == NULL)
            goto done;
    } else if (PyBytes_Check(pobj)) {
        pptr = PyBytes_AS_STRING(pobj);
    } else if (pobj == Py_None) {
        pptr = NULL;
    } else {
        PyErr_SetString(PyExc_OSError, "Int or String expected");
        goto done;
    }
    struct addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    int error;
    Py_BEGIN_ALLOW_THREADS
    error = getaddrinfo(hptr, pptr, &hints, &res0);
    Py_END_ALLOW_THREADS
    if (error) {
        res0 = NULL;
        set_gaierror(error);
        goto done;
    }
    all = PyList_New(0);
    if (all == NULL)
        goto done;
    for (struct addrinfo *res = res0; res; res = res->ai_next) {
        PyObject *addr = makesockaddr(res->ai_addr, res->ai_addrlen);
        if (addr == NULL)
            goto err;
        PyObject *single = Py_BuildValue("iiisN", res->ai_family, res->ai_socktype,
                                         res->ai_protocol,
                                         res->ai_canonname ? res->ai_canonname : "", addr);
        if (single == NULL || PyList_Append(all, single) < 0) {
            Py_XDECREF(single);
            goto err;
        }
        Py_DECREF(single);
    }
    goto done;
err:
    Py_CLEAR(all);
done:
    Py_XDECREF(host);
    Py_XDECREF(port);
    if (res0)
        freeaddrinfo(res0);
    return all;
}

static PyObject *
socket_getnameinfo(PyObject *self, PyObject *args)
{
    PyObject *sa;
    int flags;
    if (!PyArg_ParseTuple(args, "Oi:getnameinfo", &sa, &flags))
        return NULL;
    if (!PyTuple_Check(sa)) {
        PyErr_SetString(PyExc_TypeError, "getnameinfo() argument 1 must be a tuple");
        return NULL;
    }
    const char *hostp;
    int port;
    unsigned int flowinfo = 0, scope_id = 0;
    /* the host is a str here, numeric, taken as UTF-8 */
    if (!PyArg_ParseTuple(sa, "si|II;getnameinfo(): illegal sockaddr argument", &hostp,
                          &port, &flowinfo, &scope_id))
        return NULL;
    if (flowinfo > 0xfffff) {
        PyErr_SetString(PyExc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        return NULL;
    }
    char pbuf[32];
    PyOS_snprintf(pbuf, sizeof(pbuf), "%d", port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM; /* one entry per address */
    hints.ai_flags = AI_NUMERICHOST;
    int error;
    PyObject *ret = NULL;
    Py_BEGIN_ALLOW_THREADS
    error = getaddrinfo(hostp, pbuf, &hints, &res);
    Py_END_ALLOW_THREADS
    if (error) {
        res = NULL;
        set_gaierror(error);
        goto done;
    }
    if (res->ai_next) {
        PyErr_SetString(PyExc_OSError, "sockaddr resolved to multiple addresses");
        goto done;
    }
    switch (res->ai_family) {
    case AF_INET:
        if (PyTuple_GET_SIZE(sa) != 2) {
            PyErr_SetString(PyExc_OSError, "IPv4 sockaddr must be 2 tuple");
            goto done;
        }
        break;
    case AF_INET6: {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)res->ai_addr;
        sin6->sin6_flowinfo = htonl(flowinfo);
        sin6->sin6_scope_id = scope_id;
        break;
    }
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    Py_BEGIN_ALLOW_THREADS
    error = getnameinfo(res->ai_addr, res->ai_addrlen, hbuf, sizeof(hbuf), sbuf,
                        sizeof(sbuf), flags);
    Py_END_ALLOW_THREADS
    if (error) {
        set_gaierror(error);
        goto done;
    }
    ret = Py_BuildValue("ss", hbuf, sbuf);
done:
    if (res)
        freeaddrinfo(res);
    return ret;
}

static PyObject *
socket_if_nameindex(PyObject *self, PyObject *unused)
{
    struct if_nameindex *ni = if_nameindex();
    if (ni == NULL)
        return set_error();
    PyObject *list = PyList_New(0);
    if (list == NULL)
        goto done;
    for (int i = 0; ni[i].if_index != 0; i++) {
        PyObject *item = Py_BuildValue("IN", ni[i].if_index,
                                       PyUnicode_DecodeFSDefault(ni[i].if_name));
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            Py_CLEAR(list);
            goto done;
        }
        Py_DECREF(item);
    }
done:
    if_freenameindex(ni);
    return list;
}

static PyObject *
socket_if_nametoindex(PyObject *self, PyObject *arg)
{
    PyObject *b;
    if (PyUnicode_Check(arg))
        b = PyUnicode_EncodeFSDefault(arg);
    else if (PyBytes_Check(arg))
        b = Py_NewRef(arg);
    else {
        PyObject *p = PyOS_FSPath(arg);
        if (p == NULL)
            return NULL;
        b = PyUnicode_Check(p) ? PyUnicode_EncodeFSDefault(p) : Py_NewRef(p);
        Py_DECREF(p);
    }
    if (b == NULL)
        return NULL;
    unsigned int index = if_nametoindex(PyBytes_AS_STRING(b));
    Py_DECREF(b);
    if (index == 0) {
        PyErr_SetString(PyExc_OSError, "no interface with this name");
        return NULL;
    }
    return PyLong_FromUnsignedLong(index);
}

static PyObject *
socket_if_indextoname(PyObject *self, PyObject *arg)
{
    if (!PyLong_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return NULL;
    }
    unsigned long index = PyLong_AsUnsignedLong(arg);
    if (index == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    /* wider values are cut to an unsigned int, as CPython */
    char name[IF_NAMESIZE + 1];
    if (if_indextoname((unsigned int)index, name) == NULL)
        return set_error();
    return PyUnicode_DecodeFSDefault(name);
}

static PyObject *
cmsg_size(PyObject *args, const char *fmt, const char *fname, int space)
{
    Py_ssize_t length;
    if (!PyArg_ParseTuple(args, fmt, &length))
        return NULL;
    size_t result;
    /* the lengths must fit the kernel's signed view of socklen_t */
    size_t limit = (size_t)INT_MAX - (space ? CMSG_SPACE(1) : CMSG_LEN(0));
    if (length < 0 || (size_t)length > limit) {
        PyErr_Format(PyExc_OverflowError, "%s() argument out of range", fname);
        return NULL;
    }
    result = space ? CMSG_SPACE(length) : CMSG_LEN(length);
    return PyLong_FromSize_t(result);
}

static PyObject *
socket_CMSG_LEN(PyObject *self, PyObject *args)
{
    return cmsg_size(args, "n:CMSG_LEN", "CMSG_LEN", 0);
}

static PyObject *
socket_CMSG_SPACE(PyObject *self, PyObject *args)
{
    return cmsg_size(args, "n:CMSG_SPACE", "CMSG_SPACE", 1);
}

static PyMethodDef socket_methods[] = {
    {"gethostbyname", socket_gethostbyname, METH_O,
     "gethostbyname(host) -> address\n\n"
     "Return the IP address (a string of the form '255.255.255.255') for a host."},
    {"gethostbyname_ex", socket_gethostbyname_ex, METH_O,
     "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\n"
     "Return the true host name, a list of aliases, and a list of IP addresses,\n"
     "for a host.  The host argument is a string giving a host name or IP number."},
    {"gethostbyaddr", socket_gethostbyaddr, METH_O,
     "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\n"
     "Return the true host name, a list of aliases, and a list of IP addresses,\n"
     "for a host.  The host argument is a string giving a host name or IP number."},
    {"gethostname", socket_gethostname, METH_NOARGS,
     "gethostname() -> string\n\nReturn the current host name."},
    {"sethostname", socket_sethostname, METH_O,
     "sethostname(name)\n\nSets the hostname to name."},
    {"getservbyname", socket_getservbyname, METH_VARARGS,
     "getservbyname(servicename[, protocolname]) -> integer\n\n"
     "Return a port number from a service name and protocol name.\n"
     "The optional protocol name, if given, should be 'tcp' or 'udp',\n"
     "otherwise any protocol will match."},
    {"getservbyport", socket_getservbyport, METH_VARARGS,
     "getservbyport(port[, protocolname]) -> string\n\n"
     "Return the service name from a port number and protocol name.\n"
     "The optional protocol name, if given, should be 'tcp' or 'udp',\n"
     "otherwise any protocol will match."},
    {"getprotobyname", socket_getprotobyname, METH_VARARGS,
     "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  "
     "(Rarely used.)"},
    {"close", socket_close, METH_O,
     "close(integer) -> None\n\nClose an integer socket file descriptor.\n"
     "This is like os.close(), but for sockets; on some platforms os.close()\n"
     "won't work for socket file descriptors."},
    {"dup", socket_dup, METH_O,
     "dup(integer) -> integer\n\n"
     "Duplicate an integer socket file descriptor.  This is like os.dup(), but for\n"
     "sockets; on some platforms os.dup() won't work for socket file descriptors."},
    {"socketpair", socket_socketpair, METH_VARARGS,
     "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\n"
     "Create a pair of socket objects from the sockets returned by the platform\n"
     "socketpair() function.\n"
     "The arguments are the same as for socket() except the default family is\n"
     "AF_UNIX if defined on the platform; otherwise, the default is AF_INET."},
    {"ntohs", socket_ntohs, METH_O,
     "ntohs(integer) -> integer\n\nConvert a 16-bit unsigned integer from network to host "
     "byte order."},
    {"ntohl", socket_ntohl, METH_O,
     "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order."},
    {"htons", socket_htons, METH_O,
     "htons(integer) -> integer\n\nConvert a 16-bit unsigned integer from host to network "
     "byte order."},
    {"htonl", socket_htonl, METH_O,
     "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order."},
    {"inet_aton", socket_inet_aton, METH_VARARGS,
     "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\n"
     "Convert an IP address in string format (123.45.67.89) to the 32-bit packed\n"
     "binary format used in low-level network functions."},
    {"inet_ntoa", socket_inet_ntoa, METH_VARARGS,
     "inet_ntoa(packed_ip) -> ip_address_string\n\n"
     "Convert an IP address from 32-bit packed binary format to string format"},
    {"inet_pton", socket_inet_pton, METH_VARARGS,
     "inet_pton(af, ip) -> packed IP address string\n\n"
     "Convert an IP address from string format to a packed string suitable\n"
     "for use with low-level network functions."},
    {"inet_ntop", socket_inet_ntop, METH_VARARGS,
     "inet_ntop(af, packed_ip) -> string formatted IP address\n\n"
     "Convert a packed IP address of the given family to string format."},
    {"getaddrinfo", (PyCFunction)(void (*)(void))socket_getaddrinfo,
     METH_VARARGS | METH_KEYWORDS,
     "getaddrinfo(host, port [, family, type, proto, flags])\n"
     "    -> list of (family, type, proto, canonname, sockaddr)\n\n"
     "Resolve host and port into addrinfo struct."},
    {"getnameinfo", socket_getnameinfo, METH_VARARGS,
     "getnameinfo(sockaddr, flags) --> (host, port)\n\n"
     "Get host and port for a sockaddr."},
    {"getdefaulttimeout", socket_getdefaulttimeout, METH_NOARGS,
     "getdefaulttimeout() -> timeout\n\n"
     "Returns the default timeout in seconds (float) for new socket objects.\n"
     "A value of None indicates that new socket objects have no timeout.\n"
     "When the socket module is first imported, the default is None."},
    {"setdefaulttimeout", socket_setdefaulttimeout, METH_O,
     "setdefaulttimeout(timeout)\n\n"
     "Set the default timeout in seconds (float) for new socket objects.\n"
     "A value of None indicates that new socket objects have no timeout.\n"
     "When the socket module is first imported, the default is None."},
    {"if_nameindex", socket_if_nameindex, METH_NOARGS,
     "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples."},
    {"if_nametoindex", socket_if_nametoindex, METH_O,
     "if_nametoindex(if_name)\n\nReturns the interface index corresponding to the interface name if_name."},
    {"if_indextoname", socket_if_indextoname, METH_O,
     "if_indextoname(if_index)\n\nReturns the interface name corresponding to the interface index if_index."},
    {"CMSG_LEN", socket_CMSG_LEN, METH_VARARGS,
     "CMSG_LEN(length) -> control message length\n\n"
     "Return the total length, without trailing padding, of an ancillary\n"
     "data item with associated data of the given length."},
    {"CMSG_SPACE", socket_CMSG_SPACE, METH_VARARGS,
     "CMSG_SPACE(length) -> buffer size\n\n"
     "Return the buffer size needed for recvmsg() to receive an ancillary\n"
     "data item with associated data of the given length, along with any\n"
     "trailing padding."},
    {NULL, NULL}
};

static const struct {
    const char *name;
    long value;
} socket_constants[] = {
#include "constants.h"
};

static struct PyModuleDef socket_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_socket",
    .m_doc = "Implementation module for socket operations.\n\n"
             "See the socket module for documentation.",
    .m_size = -1,
    .m_methods = socket_methods,
};

PyObject *
PyInit__socket(void)
{
    if (PyType_Ready(&sock_type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&socket_module);
    if (m == NULL)
        return NULL;
    if (socket_herror == NULL) {
        socket_herror = PyErr_NewException("socket.herror", PyExc_OSError, NULL);
        socket_gaierror = PyErr_NewException("socket.gaierror", PyExc_OSError, NULL);
        if (socket_herror == NULL || socket_gaierror == NULL)
            goto error;
    }
    if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "herror", socket_herror) < 0 ||
        PyModule_AddObjectRef(m, "gaierror", socket_gaierror) < 0 ||
        PyModule_AddObjectRef(m, "timeout", PyExc_TimeoutError) < 0 ||
        PyModule_AddObjectRef(m, "SocketType", (PyObject *)&sock_type) < 0 ||
        PyModule_AddObjectRef(m, "socket", (PyObject *)&sock_type) < 0 ||
        PyModule_AddObjectRef(m, "has_ipv6", Py_True) < 0)
        goto error;
    for (size_t i = 0; i < sizeof(socket_constants) / sizeof(socket_constants[0]); i++) {
        if (PyModule_AddIntConstant(m, socket_constants[i].name, socket_constants[i].value) < 0)
            goto error;
    }
    if (PyModule_AddStringConstant(m, "BDADDR_ANY", "00:00:00:00:00:00") < 0 ||
        PyModule_AddStringConstant(m, "BDADDR_LOCAL", "00:00:00:FF:FF:FF") < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
