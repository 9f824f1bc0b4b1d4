/* posix: pseudo-terminals -- openpty, forkpty and login_tty, which the
 * pty module prefers over its BSD-style fallback (searching /dev/ptyXY,
 * which does not exist on Linux).
 *
 * openpty's two descriptors are made non-inheritable, as every descriptor
 * Python creates is (PEP 446).  forkpty is a fork, so it goes through the
 * same before/after hooks as os.fork to keep the interpreter's locks and
 * signal state sane in the child.  glibc carries all three calls in libc
 * itself (since 2.34), so no extra library is linked. */
#include "posix.h"
#include <pty.h>
#include <stdio.h>
#include <utmp.h>

void PyOS_BeforeFork(void);
void PyOS_AfterFork_Parent(void);
void PyOS_AfterFork_Child(void);

static int
set_cloexec(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
}

static PyObject *
posix_openpty(PyObject *m, PyObject *Py_UNUSED(a))
{
    int master = -1, slave = -1;
    if (openpty(&master, &slave, NULL, NULL, NULL) != 0)
        return _KrPosix_Error();
    if (set_cloexec(master) < 0 || set_cloexec(slave) < 0) {
        int saved = errno;
        close(master);
        close(slave);
        errno = saved;
        return _KrPosix_Error();
    }
    return Py_BuildValue("(ii)", master, slave);
}

static PyObject *
posix_forkpty(PyObject *m, PyObject *Py_UNUSED(a))
{
    int master = -1;
    PyOS_BeforeFork();
    fflush(NULL); /* as os.fork: buffered C output would be written twice */
    pid_t pid = forkpty(&master, NULL, NULL, NULL);
    int saved = errno;
    if (pid == 0)
        PyOS_AfterFork_Child();
    else
        PyOS_AfterFork_Parent();
    if (pid < 0) {
        errno = saved;
        return _KrPosix_Error();
    }
    return Py_BuildValue("(li)", (long)pid, master);
}

static PyObject *
posix_login_tty(PyObject *m, PyObject *arg)
{
    /* any object with fileno(), like termios' functions */
    int fd = PyObject_AsFileDescriptor(arg);
    if (fd < 0)
        return NULL;
    if (login_tty(fd) == -1)
        return _KrPosix_Error();
    Py_RETURN_NONE;
}

PyMethodDef _KrPosix_PtyMethods[] = {
    {"openpty", posix_openpty, METH_NOARGS,
     "openpty($module, /)\n--\n\n"
     "Open a pseudo-terminal.\n\n"
     "Return a tuple of (master_fd, slave_fd) containing open file descriptors\n"
     "for both the master and slave ends."},
    {"forkpty", posix_forkpty, METH_NOARGS,
     "forkpty($module, /)\n--\n\n"
     "Fork a new process with a new pseudo-terminal as controlling tty.\n\n"
     "Returns a tuple of (pid, master_fd).\n"
     "Like fork(), return pid of 0 to the child process,\n"
     "and pid of child to the parent process.\n"
     "To both, return fd of newly opened pseudo-terminal."},
    {"login_tty", posix_login_tty, METH_O,
     "login_tty($module, fd, /)\n--\n\n"
     "Prepare the tty of which fd is a file descriptor for a new login session.\n\n"
     "Make the calling process a session leader; make the tty the\n"
     "controlling tty, the stdin, the stdout, and the stderr of the\n"
     "calling process; close fd."},
    {NULL, NULL, 0, NULL}
};
