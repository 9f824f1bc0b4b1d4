/* The termios module: POSIX terminal control (tcgetattr/tcsetattr and
 * friends, the window size, and the constants tty and pty need).
 *
 * tcgetattr's answer is a plain list [iflag, oflag, cflag, lflag, ispeed,
 * ospeed, cc], cc holding one-byte bytes objects -- except VMIN and VTIME,
 * which are counts rather than characters when the terminal is in
 * non-canonical mode, so they come back as ints then.  tcsetattr takes
 * the same list back; it starts from the terminal's current settings so
 * that fields Python never sees (c_line, the speed bits hidden in
 * c_cflag) keep their values.
 *
 * Failures of the terminal calls raise termios.error(errno, strerror),
 * an Exception subclass, not OSError: that is CPython's (historical)
 * choice and callers catch it by that name.  Argument errors are
 * TypeError / ValueError / OverflowError as CPython words them. */
#define _GNU_SOURCE 1
#include "Python.h"
#include "kr_strings.h" /* _KrArg_Int: an int argument as Argument Clinic reads one */
#include <errno.h>
#include <sys/ioctl.h>
#include <sys/ttydefaults.h>
#include <termios.h>
#include <unistd.h>

static PyObject *TermiosError;

static int
fd_arg(PyObject *o, int *fd)
{
    *fd = PyObject_AsFileDescriptor(o);
    return *fd < 0 ? -1 : 0;
}

static PyObject *
termios_failure(void)
{
    return PyErr_SetFromErrno(TermiosError);
}

static PyObject *
termios_tcgetattr(PyObject *module, PyObject *arg)
{
    int fd, r;
    if (fd_arg(arg, &fd) < 0)
        return NULL;
    struct termios mode;
    Py_BEGIN_ALLOW_THREADS
    r = tcgetattr(fd, &mode);
    Py_END_ALLOW_THREADS
    if (r == -1)
        return termios_failure();
    PyObject *cc = PyList_New(NCCS);
    if (cc == NULL)
        return NULL;
    for (int i = 0; i < NCCS; i++) {
        char c = (char)mode.c_cc[i];
        PyObject *v = PyBytes_FromStringAndSize(&c, 1);
        if (v == NULL) {
            Py_DECREF(cc);
            return NULL;
        }
        PyList_SET_ITEM(cc, i, v);
    }
    /* in non-canonical mode these two slots are a count and a timeout */
    if ((mode.c_lflag & ICANON) == 0) {
        PyObject *vmin = PyLong_FromLong((long)mode.c_cc[VMIN]);
        PyObject *vtime = PyLong_FromLong((long)mode.c_cc[VTIME]);
        if (vmin == NULL || vtime == NULL) {
            Py_XDECREF(vmin);
            Py_XDECREF(vtime);
            Py_DECREF(cc);
            return NULL;
        }
        PyList_SetItem(cc, VMIN, vmin); /* steals, drops the bytes */
        PyList_SetItem(cc, VTIME, vtime);
    }
    return Py_BuildValue("[kkkkkkN]", (unsigned long)mode.c_iflag, (unsigned long)mode.c_oflag,
                         (unsigned long)mode.c_cflag, (unsigned long)mode.c_lflag,
                         (unsigned long)cfgetispeed(&mode), (unsigned long)cfgetospeed(&mode), cc);
}

static PyObject *
termios_tcsetattr(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("tcsetattr", nargs, 3, 3))
        return NULL;
    int fd, when, r;
    if (fd_arg(args[0], &fd) < 0 || _KrArg_Int(args[1], &when) < 0)
        return NULL;
    if (!PyList_Check(args[2]) || PyList_GET_SIZE(args[2]) != 7) {
        PyErr_SetString(PyExc_TypeError, "tcsetattr, arg 3: must be 7 element list");
        return NULL;
    }
    struct termios mode;
    if (tcgetattr(fd, &mode) == -1)
        return termios_failure();
    /* a snapshot: converting a flag may run __index__, which could
     * change the caller's list under us */
    PyObject *attrs = PyList_AsTuple(args[2]);
    if (attrs == NULL)
        return NULL;
    /* the four flag words, then the two speeds */
    long v[6];
    for (int i = 0; i < 6; i++) {
        v[i] = PyLong_AsLong(PyTuple_GET_ITEM(attrs, i));
        if (v[i] == -1 && PyErr_Occurred())
            goto error;
    }
    mode.c_iflag = (tcflag_t)v[0];
    mode.c_oflag = (tcflag_t)v[1];
    mode.c_cflag = (tcflag_t)v[2];
    mode.c_lflag = (tcflag_t)v[3];
    PyObject *cc = PyTuple_GET_ITEM(attrs, 6);
    if (!PyList_Check(cc) || PyList_GET_SIZE(cc) != NCCS) {
        PyErr_Format(PyExc_TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
        goto error;
    }
    /* bytes and ints are read straight from the objects, which runs no
     * Python code, so the cc list cannot change while we walk it */
    for (int i = 0; i < NCCS; i++) {
        PyObject *c = PyList_GET_ITEM(cc, i);
        if (PyBytes_Check(c) && PyBytes_GET_SIZE(c) == 1)
            mode.c_cc[i] = (cc_t)PyBytes_AS_STRING(c)[0];
        else if (PyLong_Check(c)) {
            long n = PyLong_AsLong(c);
            if (n == -1 && PyErr_Occurred())
                goto error;
            mode.c_cc[i] = (cc_t)n;
        } else {
            PyErr_SetString(PyExc_TypeError,
                            "tcsetattr: elements of attributes must be characters or integers");
            goto error;
        }
    }
    Py_DECREF(attrs);
    if (cfsetispeed(&mode, (speed_t)v[4]) == -1 || cfsetospeed(&mode, (speed_t)v[5]) == -1)
        return termios_failure();
    Py_BEGIN_ALLOW_THREADS
    r = tcsetattr(fd, when, &mode);
    Py_END_ALLOW_THREADS
    if (r == -1)
        return termios_failure();
    Py_RETURN_NONE;
error:
    Py_DECREF(attrs);
    return NULL;
}

/* The four calls of the shape f(fd, int) -> 0 / -1. */
enum { OP_SENDBREAK, OP_FLUSH, OP_FLOW };

static PyObject *
fd_int_call(const char *name, int op, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional(name, nargs, 2, 2))
        return NULL;
    int fd, n, r;
    if (fd_arg(args[0], &fd) < 0 || _KrArg_Int(args[1], &n) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    switch (op) {
    case OP_SENDBREAK: r = tcsendbreak(fd, n); break;
    case OP_FLUSH: r = tcflush(fd, n); break;
    default: r = tcflow(fd, n); break;
    }
    Py_END_ALLOW_THREADS
    if (r == -1)
        return termios_failure();
    Py_RETURN_NONE;
}

static PyObject *
termios_tcsendbreak(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return fd_int_call("tcsendbreak", OP_SENDBREAK, args, nargs);
}

static PyObject *
termios_tcflush(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return fd_int_call("tcflush", OP_FLUSH, args, nargs);
}

static PyObject *
termios_tcflow(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return fd_int_call("tcflow", OP_FLOW, args, nargs);
}

static PyObject *
termios_tcdrain(PyObject *module, PyObject *arg)
{
    int fd, r;
    if (fd_arg(arg, &fd) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = tcdrain(fd);
    Py_END_ALLOW_THREADS
    if (r == -1)
        return termios_failure();
    Py_RETURN_NONE;
}

static PyObject *
termios_tcgetwinsize(PyObject *module, PyObject *arg)
{
    int fd;
    if (fd_arg(arg, &fd) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) == -1)
        return termios_failure();
    return Py_BuildValue("(ii)", (int)w.ws_row, (int)w.ws_col);
}

static PyObject *
termios_tcsetwinsize(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("tcsetwinsize", nargs, 2, 2))
        return NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0)
        return NULL;
    PyObject *size = args[1];
    if (!PySequence_Check(size) || PySequence_Size(size) != 2) {
        PyErr_Clear(); /* a failing len() is the same complaint */
        PyErr_SetString(PyExc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
        return NULL;
    }
    long rc[2];
    for (int i = 0; i < 2; i++) {
        PyObject *item = PySequence_GetItem(size, i);
        if (item == NULL)
            return NULL;
        rc[i] = PyLong_AsLong(item);
        Py_DECREF(item);
        if (rc[i] == -1 && PyErr_Occurred())
            return NULL;
    }
    /* read first: struct winsize also has pixel sizes we must keep */
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) == -1)
        return termios_failure();
    w.ws_row = (unsigned short)rc[0];
    w.ws_col = (unsigned short)rc[1];
    if ((long)w.ws_row != rc[0] || (long)w.ws_col != rc[1]) {
        PyErr_SetString(PyExc_OverflowError, "winsize value(s) out of range.");
        return NULL;
    }
    if (ioctl(fd, TIOCSWINSZ, &w) == -1)
        return termios_failure();
    Py_RETURN_NONE;
}

#define FC(f) (PyCFunction)(void (*)(void))(f)
static PyMethodDef termios_methods[] = {
    {"tcgetattr", termios_tcgetattr, METH_O,
     "tcgetattr($module, fd, /)\n--\n\n"
     "Get the tty attributes for file descriptor fd.\n\n"
     "Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\n"
     "where cc is a list of the tty special characters (each a string of\n"
     "length 1, except the items with indices VMIN and VTIME, which are\n"
     "integers when these fields are defined).  The interpretation of the\n"
     "flags and the speeds as well as the indexing in the cc array must be\n"
     "done using the symbolic constants defined in this module."},
    {"tcsetattr", FC(termios_tcsetattr), METH_FASTCALL,
     "tcsetattr($module, fd, when, attributes, /)\n--\n\n"
     "Set the tty attributes for file descriptor fd.\n\n"
     "The attributes to be set are taken from the attributes argument, which\n"
     "is a list like the one returned by tcgetattr(). The when argument\n"
     "determines when the attributes are changed: termios.TCSANOW to\n"
     "change immediately, termios.TCSADRAIN to change after transmitting all\n"
     "queued output, or termios.TCSAFLUSH to change after transmitting all\n"
     "queued output and discarding all queued input."},
    {"tcsendbreak", FC(termios_tcsendbreak), METH_FASTCALL,
     "tcsendbreak($module, fd, duration, /)\n--\n\n"
     "Send a break on file descriptor fd.\n\n"
     "A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\n"
     "has a system dependent meaning."},
    {"tcdrain", termios_tcdrain, METH_O,
     "tcdrain($module, fd, /)\n--\n\n"
     "Wait until all output written to file descriptor fd has been transmitted."},
    {"tcflush", FC(termios_tcflush), METH_FASTCALL,
     "tcflush($module, fd, queue, /)\n--\n\n"
     "Discard queued data on file descriptor fd.\n\n"
     "The queue selector specifies which queue: termios.TCIFLUSH for the input\n"
     "queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\n"
     "both queues."},
    {"tcflow", FC(termios_tcflow), METH_FASTCALL,
     "tcflow($module, fd, action, /)\n--\n\n"
     "Suspend or resume input or output on file descriptor fd.\n\n"
     "The action argument can be termios.TCOOFF to suspend output,\n"
     "termios.TCOON to restart output, termios.TCIOFF to suspend input,\n"
     "or termios.TCION to restart input."},
    {"tcgetwinsize", termios_tcgetwinsize, METH_O,
     "tcgetwinsize($module, fd, /)\n--\n\n"
     "Get the tty winsize for file descriptor fd.\n\n"
     "Returns a tuple (ws_row, ws_col)."},
    {"tcsetwinsize", FC(termios_tcsetwinsize), METH_FASTCALL,
     "tcsetwinsize($module, fd, winsize, /)\n--\n\n"
     "Set the tty winsize for file descriptor fd.\n\n"
     "The winsize to be set is taken from the winsize argument, which\n"
     "is a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize()."},
    {NULL, NULL, 0, NULL}
};
#undef FC

/* Every name CPython's termios exports on Linux, each only where the C
 * headers define it. */
static const struct { const char *name; long value; } termios_constants[] = {
#ifdef B0
    {"B0", (long)B0},
#endif
#ifdef B1000000
    {"B1000000", (long)B1000000},
#endif
#ifdef B110
    {"B110", (long)B110},
#endif
#ifdef B115200
    {"B115200", (long)B115200},
#endif
#ifdef B1152000
    {"B1152000", (long)B1152000},
#endif
#ifdef B1200
    {"B1200", (long)B1200},
#endif
#ifdef B134
    {"B134", (long)B134},
#endif
#ifdef B150
    {"B150", (long)B150},
#endif
#ifdef B1500000
    {"B1500000", (long)B1500000},
#endif
#ifdef B1800
    {"B1800", (long)B1800},
#endif
#ifdef B19200
    {"B19200", (long)B19200},
#endif
#ifdef B200
    {"B200", (long)B200},
#endif
#ifdef B2000000
    {"B2000000", (long)B2000000},
#endif
#ifdef B230400
    {"B230400", (long)B230400},
#endif
#ifdef B2400
    {"B2400", (long)B2400},
#endif
#ifdef B2500000
    {"B2500000", (long)B2500000},
#endif
#ifdef B300
    {"B300", (long)B300},
#endif
#ifdef B3000000
    {"B3000000", (long)B3000000},
#endif
#ifdef B3500000
    {"B3500000", (long)B3500000},
#endif
#ifdef B38400
    {"B38400", (long)B38400},
#endif
#ifdef B4000000
    {"B4000000", (long)B4000000},
#endif
#ifdef B460800
    {"B460800", (long)B460800},
#endif
#ifdef B4800
    {"B4800", (long)B4800},
#endif
#ifdef B50
    {"B50", (long)B50},
#endif
#ifdef B500000
    {"B500000", (long)B500000},
#endif
#ifdef B57600
    {"B57600", (long)B57600},
#endif
#ifdef B576000
    {"B576000", (long)B576000},
#endif
#ifdef B600
    {"B600", (long)B600},
#endif
#ifdef B75
    {"B75", (long)B75},
#endif
#ifdef B921600
    {"B921600", (long)B921600},
#endif
#ifdef B9600
    {"B9600", (long)B9600},
#endif
#ifdef BRKINT
    {"BRKINT", (long)BRKINT},
#endif
#ifdef BS0
    {"BS0", (long)BS0},
#endif
#ifdef BS1
    {"BS1", (long)BS1},
#endif
#ifdef BSDLY
    {"BSDLY", (long)BSDLY},
#endif
#ifdef CBAUD
    {"CBAUD", (long)CBAUD},
#endif
#ifdef CBAUDEX
    {"CBAUDEX", (long)CBAUDEX},
#endif
#ifdef CDSUSP
    {"CDSUSP", (long)CDSUSP},
#endif
#ifdef CEOF
    {"CEOF", (long)CEOF},
#endif
#ifdef CEOL
    {"CEOL", (long)CEOL},
#endif
#ifdef CEOT
    {"CEOT", (long)CEOT},
#endif
#ifdef CERASE
    {"CERASE", (long)CERASE},
#endif
#ifdef CFLUSH
    {"CFLUSH", (long)CFLUSH},
#endif
#ifdef CIBAUD
    {"CIBAUD", (long)CIBAUD},
#endif
#ifdef CINTR
    {"CINTR", (long)CINTR},
#endif
#ifdef CKILL
    {"CKILL", (long)CKILL},
#endif
#ifdef CLNEXT
    {"CLNEXT", (long)CLNEXT},
#endif
#ifdef CLOCAL
    {"CLOCAL", (long)CLOCAL},
#endif
#ifdef CQUIT
    {"CQUIT", (long)CQUIT},
#endif
#ifdef CR0
    {"CR0", (long)CR0},
#endif
#ifdef CR1
    {"CR1", (long)CR1},
#endif
#ifdef CR2
    {"CR2", (long)CR2},
#endif
#ifdef CR3
    {"CR3", (long)CR3},
#endif
#ifdef CRDLY
    {"CRDLY", (long)CRDLY},
#endif
#ifdef CREAD
    {"CREAD", (long)CREAD},
#endif
#ifdef CRPRNT
    {"CRPRNT", (long)CRPRNT},
#endif
#ifdef CRTSCTS
    {"CRTSCTS", (long)CRTSCTS},
#endif
#ifdef CS5
    {"CS5", (long)CS5},
#endif
#ifdef CS6
    {"CS6", (long)CS6},
#endif
#ifdef CS7
    {"CS7", (long)CS7},
#endif
#ifdef CS8
    {"CS8", (long)CS8},
#endif
#ifdef CSIZE
    {"CSIZE", (long)CSIZE},
#endif
#ifdef CSTART
    {"CSTART", (long)CSTART},
#endif
#ifdef CSTOP
    {"CSTOP", (long)CSTOP},
#endif
#ifdef CSTOPB
    {"CSTOPB", (long)CSTOPB},
#endif
#ifdef CSUSP
    {"CSUSP", (long)CSUSP},
#endif
#ifdef CWERASE
    {"CWERASE", (long)CWERASE},
#endif
#ifdef ECHO
    {"ECHO", (long)ECHO},
#endif
#ifdef ECHOCTL
    {"ECHOCTL", (long)ECHOCTL},
#endif
#ifdef ECHOE
    {"ECHOE", (long)ECHOE},
#endif
#ifdef ECHOK
    {"ECHOK", (long)ECHOK},
#endif
#ifdef ECHOKE
    {"ECHOKE", (long)ECHOKE},
#endif
#ifdef ECHONL
    {"ECHONL", (long)ECHONL},
#endif
#ifdef ECHOPRT
    {"ECHOPRT", (long)ECHOPRT},
#endif
#ifdef EXTA
    {"EXTA", (long)EXTA},
#endif
#ifdef EXTB
    {"EXTB", (long)EXTB},
#endif
#ifdef FF0
    {"FF0", (long)FF0},
#endif
#ifdef FF1
    {"FF1", (long)FF1},
#endif
#ifdef FFDLY
    {"FFDLY", (long)FFDLY},
#endif
#ifdef FIOASYNC
    {"FIOASYNC", (long)FIOASYNC},
#endif
#ifdef FIOCLEX
    {"FIOCLEX", (long)FIOCLEX},
#endif
#ifdef FIONBIO
    {"FIONBIO", (long)FIONBIO},
#endif
#ifdef FIONCLEX
    {"FIONCLEX", (long)FIONCLEX},
#endif
#ifdef FIONREAD
    {"FIONREAD", (long)FIONREAD},
#endif
#ifdef FLUSHO
    {"FLUSHO", (long)FLUSHO},
#endif
#ifdef HUPCL
    {"HUPCL", (long)HUPCL},
#endif
#ifdef ICANON
    {"ICANON", (long)ICANON},
#endif
#ifdef ICRNL
    {"ICRNL", (long)ICRNL},
#endif
#ifdef IEXTEN
    {"IEXTEN", (long)IEXTEN},
#endif
#ifdef IGNBRK
    {"IGNBRK", (long)IGNBRK},
#endif
#ifdef IGNCR
    {"IGNCR", (long)IGNCR},
#endif
#ifdef IGNPAR
    {"IGNPAR", (long)IGNPAR},
#endif
#ifdef IMAXBEL
    {"IMAXBEL", (long)IMAXBEL},
#endif
#ifdef INLCR
    {"INLCR", (long)INLCR},
#endif
#ifdef INPCK
    {"INPCK", (long)INPCK},
#endif
#ifdef IOCSIZE_MASK
    {"IOCSIZE_MASK", (long)IOCSIZE_MASK},
#endif
#ifdef IOCSIZE_SHIFT
    {"IOCSIZE_SHIFT", (long)IOCSIZE_SHIFT},
#endif
#ifdef ISIG
    {"ISIG", (long)ISIG},
#endif
#ifdef ISTRIP
    {"ISTRIP", (long)ISTRIP},
#endif
#ifdef IUCLC
    {"IUCLC", (long)IUCLC},
#endif
#ifdef IXANY
    {"IXANY", (long)IXANY},
#endif
#ifdef IXOFF
    {"IXOFF", (long)IXOFF},
#endif
#ifdef IXON
    {"IXON", (long)IXON},
#endif
#ifdef NCC
    {"NCC", (long)NCC},
#endif
#ifdef NCCS
    {"NCCS", (long)NCCS},
#endif
#ifdef NL0
    {"NL0", (long)NL0},
#endif
#ifdef NL1
    {"NL1", (long)NL1},
#endif
#ifdef NLDLY
    {"NLDLY", (long)NLDLY},
#endif
#ifdef NOFLSH
    {"NOFLSH", (long)NOFLSH},
#endif
#ifdef N_MOUSE
    {"N_MOUSE", (long)N_MOUSE},
#endif
#ifdef N_PPP
    {"N_PPP", (long)N_PPP},
#endif
#ifdef N_SLIP
    {"N_SLIP", (long)N_SLIP},
#endif
#ifdef N_STRIP
    {"N_STRIP", (long)N_STRIP},
#endif
#ifdef N_TTY
    {"N_TTY", (long)N_TTY},
#endif
#ifdef OCRNL
    {"OCRNL", (long)OCRNL},
#endif
#ifdef OFDEL
    {"OFDEL", (long)OFDEL},
#endif
#ifdef OFILL
    {"OFILL", (long)OFILL},
#endif
#ifdef OLCUC
    {"OLCUC", (long)OLCUC},
#endif
#ifdef ONLCR
    {"ONLCR", (long)ONLCR},
#endif
#ifdef ONLRET
    {"ONLRET", (long)ONLRET},
#endif
#ifdef ONOCR
    {"ONOCR", (long)ONOCR},
#endif
#ifdef OPOST
    {"OPOST", (long)OPOST},
#endif
#ifdef PARENB
    {"PARENB", (long)PARENB},
#endif
#ifdef PARMRK
    {"PARMRK", (long)PARMRK},
#endif
#ifdef PARODD
    {"PARODD", (long)PARODD},
#endif
#ifdef PENDIN
    {"PENDIN", (long)PENDIN},
#endif
#ifdef TAB0
    {"TAB0", (long)TAB0},
#endif
#ifdef TAB1
    {"TAB1", (long)TAB1},
#endif
#ifdef TAB2
    {"TAB2", (long)TAB2},
#endif
#ifdef TAB3
    {"TAB3", (long)TAB3},
#endif
#ifdef TABDLY
    {"TABDLY", (long)TABDLY},
#endif
#ifdef TCFLSH
    {"TCFLSH", (long)TCFLSH},
#endif
#ifdef TCGETA
    {"TCGETA", (long)TCGETA},
#endif
#ifdef TCGETS
    {"TCGETS", (long)TCGETS},
#endif
#ifdef TCIFLUSH
    {"TCIFLUSH", (long)TCIFLUSH},
#endif
#ifdef TCIOFF
    {"TCIOFF", (long)TCIOFF},
#endif
#ifdef TCIOFLUSH
    {"TCIOFLUSH", (long)TCIOFLUSH},
#endif
#ifdef TCION
    {"TCION", (long)TCION},
#endif
#ifdef TCOFLUSH
    {"TCOFLUSH", (long)TCOFLUSH},
#endif
#ifdef TCOOFF
    {"TCOOFF", (long)TCOOFF},
#endif
#ifdef TCOON
    {"TCOON", (long)TCOON},
#endif
#ifdef TCSADRAIN
    {"TCSADRAIN", (long)TCSADRAIN},
#endif
#ifdef TCSAFLUSH
    {"TCSAFLUSH", (long)TCSAFLUSH},
#endif
#ifdef TCSANOW
    {"TCSANOW", (long)TCSANOW},
#endif
#ifdef TCSBRK
    {"TCSBRK", (long)TCSBRK},
#endif
#ifdef TCSBRKP
    {"TCSBRKP", (long)TCSBRKP},
#endif
#ifdef TCSETA
    {"TCSETA", (long)TCSETA},
#endif
#ifdef TCSETAF
    {"TCSETAF", (long)TCSETAF},
#endif
#ifdef TCSETAW
    {"TCSETAW", (long)TCSETAW},
#endif
#ifdef TCSETS
    {"TCSETS", (long)TCSETS},
#endif
#ifdef TCSETSF
    {"TCSETSF", (long)TCSETSF},
#endif
#ifdef TCSETSW
    {"TCSETSW", (long)TCSETSW},
#endif
#ifdef TCXONC
    {"TCXONC", (long)TCXONC},
#endif
#ifdef TIOCCONS
    {"TIOCCONS", (long)TIOCCONS},
#endif
#ifdef TIOCEXCL
    {"TIOCEXCL", (long)TIOCEXCL},
#endif
#ifdef TIOCGETD
    {"TIOCGETD", (long)TIOCGETD},
#endif
#ifdef TIOCGICOUNT
    {"TIOCGICOUNT", (long)TIOCGICOUNT},
#endif
#ifdef TIOCGLCKTRMIOS
    {"TIOCGLCKTRMIOS", (long)TIOCGLCKTRMIOS},
#endif
#ifdef TIOCGPGRP
    {"TIOCGPGRP", (long)TIOCGPGRP},
#endif
#ifdef TIOCGSERIAL
    {"TIOCGSERIAL", (long)TIOCGSERIAL},
#endif
#ifdef TIOCGSOFTCAR
    {"TIOCGSOFTCAR", (long)TIOCGSOFTCAR},
#endif
#ifdef TIOCGWINSZ
    {"TIOCGWINSZ", (long)TIOCGWINSZ},
#endif
#ifdef TIOCINQ
    {"TIOCINQ", (long)TIOCINQ},
#endif
#ifdef TIOCLINUX
    {"TIOCLINUX", (long)TIOCLINUX},
#endif
#ifdef TIOCMBIC
    {"TIOCMBIC", (long)TIOCMBIC},
#endif
#ifdef TIOCMBIS
    {"TIOCMBIS", (long)TIOCMBIS},
#endif
#ifdef TIOCMGET
    {"TIOCMGET", (long)TIOCMGET},
#endif
#ifdef TIOCMIWAIT
    {"TIOCMIWAIT", (long)TIOCMIWAIT},
#endif
#ifdef TIOCMSET
    {"TIOCMSET", (long)TIOCMSET},
#endif
#ifdef TIOCM_CAR
    {"TIOCM_CAR", (long)TIOCM_CAR},
#endif
#ifdef TIOCM_CD
    {"TIOCM_CD", (long)TIOCM_CD},
#endif
#ifdef TIOCM_CTS
    {"TIOCM_CTS", (long)TIOCM_CTS},
#endif
#ifdef TIOCM_DSR
    {"TIOCM_DSR", (long)TIOCM_DSR},
#endif
#ifdef TIOCM_DTR
    {"TIOCM_DTR", (long)TIOCM_DTR},
#endif
#ifdef TIOCM_LE
    {"TIOCM_LE", (long)TIOCM_LE},
#endif
#ifdef TIOCM_RI
    {"TIOCM_RI", (long)TIOCM_RI},
#endif
#ifdef TIOCM_RNG
    {"TIOCM_RNG", (long)TIOCM_RNG},
#endif
#ifdef TIOCM_RTS
    {"TIOCM_RTS", (long)TIOCM_RTS},
#endif
#ifdef TIOCM_SR
    {"TIOCM_SR", (long)TIOCM_SR},
#endif
#ifdef TIOCM_ST
    {"TIOCM_ST", (long)TIOCM_ST},
#endif
#ifdef TIOCNOTTY
    {"TIOCNOTTY", (long)TIOCNOTTY},
#endif
#ifdef TIOCNXCL
    {"TIOCNXCL", (long)TIOCNXCL},
#endif
#ifdef TIOCOUTQ
    {"TIOCOUTQ", (long)TIOCOUTQ},
#endif
#ifdef TIOCPKT
    {"TIOCPKT", (long)TIOCPKT},
#endif
#ifdef TIOCPKT_DATA
    {"TIOCPKT_DATA", (long)TIOCPKT_DATA},
#endif
#ifdef TIOCPKT_DOSTOP
    {"TIOCPKT_DOSTOP", (long)TIOCPKT_DOSTOP},
#endif
#ifdef TIOCPKT_FLUSHREAD
    {"TIOCPKT_FLUSHREAD", (long)TIOCPKT_FLUSHREAD},
#endif
#ifdef TIOCPKT_FLUSHWRITE
    {"TIOCPKT_FLUSHWRITE", (long)TIOCPKT_FLUSHWRITE},
#endif
#ifdef TIOCPKT_NOSTOP
    {"TIOCPKT_NOSTOP", (long)TIOCPKT_NOSTOP},
#endif
#ifdef TIOCPKT_START
    {"TIOCPKT_START", (long)TIOCPKT_START},
#endif
#ifdef TIOCPKT_STOP
    {"TIOCPKT_STOP", (long)TIOCPKT_STOP},
#endif
#ifdef TIOCSCTTY
    {"TIOCSCTTY", (long)TIOCSCTTY},
#endif
#ifdef TIOCSERCONFIG
    {"TIOCSERCONFIG", (long)TIOCSERCONFIG},
#endif
#ifdef TIOCSERGETLSR
    {"TIOCSERGETLSR", (long)TIOCSERGETLSR},
#endif
#ifdef TIOCSERGETMULTI
    {"TIOCSERGETMULTI", (long)TIOCSERGETMULTI},
#endif
#ifdef TIOCSERGSTRUCT
    {"TIOCSERGSTRUCT", (long)TIOCSERGSTRUCT},
#endif
#ifdef TIOCSERGWILD
    {"TIOCSERGWILD", (long)TIOCSERGWILD},
#endif
#ifdef TIOCSERSETMULTI
    {"TIOCSERSETMULTI", (long)TIOCSERSETMULTI},
#endif
#ifdef TIOCSERSWILD
    {"TIOCSERSWILD", (long)TIOCSERSWILD},
#endif
#ifdef TIOCSER_TEMT
    {"TIOCSER_TEMT", (long)TIOCSER_TEMT},
#endif
#ifdef TIOCSETD
    {"TIOCSETD", (long)TIOCSETD},
#endif
#ifdef TIOCSLCKTRMIOS
    {"TIOCSLCKTRMIOS", (long)TIOCSLCKTRMIOS},
#endif
#ifdef TIOCSPGRP
    {"TIOCSPGRP", (long)TIOCSPGRP},
#endif
#ifdef TIOCSSERIAL
    {"TIOCSSERIAL", (long)TIOCSSERIAL},
#endif
#ifdef TIOCSSOFTCAR
    {"TIOCSSOFTCAR", (long)TIOCSSOFTCAR},
#endif
#ifdef TIOCSTI
    {"TIOCSTI", (long)TIOCSTI},
#endif
#ifdef TIOCSWINSZ
    {"TIOCSWINSZ", (long)TIOCSWINSZ},
#endif
#ifdef TOSTOP
    {"TOSTOP", (long)TOSTOP},
#endif
#ifdef VDISCARD
    {"VDISCARD", (long)VDISCARD},
#endif
#ifdef VEOF
    {"VEOF", (long)VEOF},
#endif
#ifdef VEOL
    {"VEOL", (long)VEOL},
#endif
#ifdef VEOL2
    {"VEOL2", (long)VEOL2},
#endif
#ifdef VERASE
    {"VERASE", (long)VERASE},
#endif
#ifdef VINTR
    {"VINTR", (long)VINTR},
#endif
#ifdef VKILL
    {"VKILL", (long)VKILL},
#endif
#ifdef VLNEXT
    {"VLNEXT", (long)VLNEXT},
#endif
#ifdef VMIN
    {"VMIN", (long)VMIN},
#endif
#ifdef VQUIT
    {"VQUIT", (long)VQUIT},
#endif
#ifdef VREPRINT
    {"VREPRINT", (long)VREPRINT},
#endif
#ifdef VSTART
    {"VSTART", (long)VSTART},
#endif
#ifdef VSTOP
    {"VSTOP", (long)VSTOP},
#endif
#ifdef VSUSP
    {"VSUSP", (long)VSUSP},
#endif
#ifdef VSWTC
    {"VSWTC", (long)VSWTC},
#endif
#ifdef VSWTCH
    {"VSWTCH", (long)VSWTCH},
#elif defined(VSWTC)
    {"VSWTCH", (long)VSWTC}, /* the System V spelling of the same slot */
#endif
#ifdef VT0
    {"VT0", (long)VT0},
#endif
#ifdef VT1
    {"VT1", (long)VT1},
#endif
#ifdef VTDLY
    {"VTDLY", (long)VTDLY},
#endif
#ifdef VTIME
    {"VTIME", (long)VTIME},
#endif
#ifdef VWERASE
    {"VWERASE", (long)VWERASE},
#endif
#ifdef XCASE
    {"XCASE", (long)XCASE},
#endif
#ifdef XTABS
    {"XTABS", (long)XTABS},
#endif
};

static struct PyModuleDef termios_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "termios",
    .m_doc = "This module provides an interface to the Posix calls for tty I/O control.\n"
             "For a complete description of these calls, see the Posix or Unix manual\n"
             "pages. It is only available for those Unix versions that support Posix\n"
             "termios style tty I/O control.\n\n"
             "All functions in this module take a file descriptor fd as their first\n"
             "argument. This can be an integer file descriptor, such as returned by\n"
             "sys.stdin.fileno(), or a file object, such as sys.stdin itself.",
    .m_size = -1,
    .m_methods = termios_methods,
};

PyObject *
PyInit_termios(void)
{
    if (TermiosError == NULL) {
        TermiosError = PyErr_NewException("termios.error", NULL, NULL);
        if (TermiosError == NULL)
            return NULL;
    }
    PyObject *m = PyModule_Create(&termios_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "error", TermiosError) < 0)
        goto error;
    for (size_t i = 0; i < sizeof(termios_constants) / sizeof(termios_constants[0]); i++)
        if (PyModule_AddIntConstant(m, termios_constants[i].name, termios_constants[i].value) < 0)
            goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
