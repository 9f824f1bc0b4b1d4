/* Writing the Python stack of one or all threads to a file descriptor,
 * from anywhere: a signal handler after a segmentation fault, a watchdog
 * thread that holds no interpreter state, or a fatal error.
 *
 * Nothing here may allocate, take a lock, raise or call into Python: the
 * heap or the interpreter may be the very thing that is broken, and the
 * caller may be running inside a signal handler that interrupted malloc.
 * So the text is assembled with write(2) alone, numbers are formatted by
 * hand into stack buffers, and strings are read straight out of the str
 * object's storage (escaped to ASCII the way CPython's faulthandler does,
 * and cut at 500 characters).  Frames are followed through the raw
 * `previous` links of _PyInterpreterFrame; frame objects are never made.
 *
 * Reading another thread's frames without holding the interpreter is a
 * race that is accepted, as in CPython: the output is for a human looking
 * at a hang or a crash, and a torn frame at worst prints a wrong line. To
 * bound the damage of a corrupt list, at most 100 frames per thread and
 * 100 threads are written.
 *
 * The format is CPython 3.11's, since tools and tests parse it:
 *
 *     Current thread 0x00007f0123456789 (most recent call first):
 *       File "x.py", line 3 in f
 *
 * and "Stack (most recent call first):" as the header when a single
 * thread is dumped (faulthandler.dump_traceback(all_threads=False)). */
#include "Python.h"
#include "kr_frame.h"
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#define DUMP_MAX_STRING 500
#define DUMP_MAX_FRAMES 100
#define DUMP_MAX_THREADS 100

/* write(2) until everything went out; errors are ignored (there is no
 * one to report them to), EINTR is retried. */
void
_Py_DumpWrite(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t r = write(fd, s, n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += r;
        n -= (size_t)r;
    }
}

static void
puts_fd(int fd, const char *s)
{
    _Py_DumpWrite(fd, s, strlen(s));
}

void
_Py_DumpDecimal(int fd, size_t value)
{
    char buf[24];
    char *p = buf + sizeof buf;
    do {
        *--p = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    _Py_DumpWrite(fd, p, (size_t)(buf + sizeof buf - p));
}

/* `width` digits at least, zero-padded, lower case. */
void
_Py_DumpHexadecimal(int fd, uintptr_t value, size_t width)
{
    static const char digits[] = "0123456789abcdef";
    char buf[2 * sizeof(uintptr_t) + 1];
    char *end = buf + sizeof buf, *p = end;
    if (width > sizeof buf)
        width = sizeof buf;
    do {
        *--p = digits[value & 0xf];
        value >>= 4;
    } while (value != 0 && p > buf);
    while ((size_t)(end - p) < width)
        *--p = '0';
    _Py_DumpWrite(fd, p, (size_t)(end - p));
}

/* A str as ASCII: printable characters as they are, the others as \xHH,
 * \uHHHH or \UHHHHHHHH; longer strings are cut and end in "...". */
void
_Py_DumpASCII(int fd, PyObject *text)
{
    if (text == NULL || !PyUnicode_Check(text)) {
        puts_fd(fd, "???");
        return;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (data == NULL)
        return;
    int truncated = len > DUMP_MAX_STRING;
    if (truncated)
        len = DUMP_MAX_STRING;
    /* Buffered a little, so a name is not one write per character. */
    char buf[128];
    size_t used = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (used > sizeof buf - 12) {
            _Py_DumpWrite(fd, buf, used);
            used = 0;
        }
        if (ch >= ' ' && ch <= 126) {
            buf[used++] = (char)ch;
            continue;
        }
        _Py_DumpWrite(fd, buf, used);
        used = 0;
        if (ch <= 0xff) {
            puts_fd(fd, "\\x");
            _Py_DumpHexadecimal(fd, ch, 2);
        }
        else if (ch <= 0xffff) {
            puts_fd(fd, "\\u");
            _Py_DumpHexadecimal(fd, ch, 4);
        }
        else {
            puts_fd(fd, "\\U");
            _Py_DumpHexadecimal(fd, ch, 8);
        }
    }
    _Py_DumpWrite(fd, buf, used);
    if (truncated)
        puts_fd(fd, "...");
}

static void
dump_frame(int fd, _PyInterpreterFrame *frame)
{
    PyCodeObject *code = frame->f_code;
    puts_fd(fd, "  File ");
    if (code->co_filename != NULL && PyUnicode_Check(code->co_filename)) {
        puts_fd(fd, "\"");
        _Py_DumpASCII(fd, code->co_filename);
        puts_fd(fd, "\"");
    }
    else {
        puts_fd(fd, "???");
    }
    puts_fd(fd, ", line ");
    int lineno = _PyFrame_GetLineNumber(frame);
    if (lineno >= 0)
        _Py_DumpDecimal(fd, (size_t)lineno);
    else
        puts_fd(fd, "???");
    puts_fd(fd, " in ");
    _Py_DumpASCII(fd, code->co_name);
    puts_fd(fd, "\n");
}

/* The frames of one thread, innermost first.  Frames still setting up
 * (before their first traceable instruction) are invisible to Python and
 * are skipped here too. */
static void
dump_frames(int fd, PyThreadState *tstate)
{
    _PyInterpreterFrame *frame = tstate->current_frame;
    while (frame != NULL && _PyFrame_IsIncomplete(frame))
        frame = frame->previous;
    if (frame == NULL) {
        puts_fd(fd, "  <no Python frame>\n");
        return;
    }
    for (int depth = 0; frame != NULL; frame = frame->previous) {
        if (_PyFrame_IsIncomplete(frame))
            continue;
        if (depth >= DUMP_MAX_FRAMES) {
            puts_fd(fd, "  ...\n");
            break;
        }
        dump_frame(fd, frame);
        depth++;
    }
}

void
_Py_DumpTraceback(int fd, PyThreadState *tstate)
{
    puts_fd(fd, "Stack (most recent call first):\n");
    dump_frames(fd, tstate);
}

/* The thread state of the calling thread, even while it has released the
 * interpreter (then the thread-local is cleared): found by its OS thread
 * id in the interpreter's list.  NULL for a thread with no state, such as
 * faulthandler's watchdog. */
PyThreadState *
_Py_DumpFindThisThread(PyInterpreterState *interp)
{
    PyThreadState *tstate = PyGILState_GetThisThreadState();
    if (tstate != NULL || interp == NULL)
        return tstate;
    unsigned long self = (unsigned long)pthread_self();
    int n = 0;
    for (PyThreadState *t = PyInterpreterState_ThreadHead(interp); t != NULL && n < DUMP_MAX_THREADS;
         t = PyThreadState_Next(t), n++) {
        if (t->thread_id == self)
            return t;
    }
    return NULL;
}

const char *
_Py_DumpTracebackThreads(int fd, PyInterpreterState *interp, PyThreadState *current)
{
    if (interp == NULL) {
        interp = current != NULL ? current->interp : PyInterpreterState_Main();
        if (interp == NULL)
            return "unable to get the interpreter state";
    }
    if (current == NULL)
        current = _Py_DumpFindThisThread(interp);
    PyThreadState *tstate = PyInterpreterState_ThreadHead(interp);
    if (tstate == NULL)
        return "unable to get the thread head state";
    for (int n = 0; tstate != NULL; tstate = PyThreadState_Next(tstate), n++) {
        if (n != 0)
            puts_fd(fd, "\n");
        if (n >= DUMP_MAX_THREADS) {
            puts_fd(fd, "...\n");
            break;
        }
        puts_fd(fd, tstate == current ? "Current thread 0x" : "Thread 0x");
        _Py_DumpHexadecimal(fd, tstate->thread_id, sizeof(unsigned long) * 2);
        puts_fd(fd, " (most recent call first):\n");
        dump_frames(fd, tstate);
    }
    return NULL;
}
