# select.select, poll and epoll over pipes; fcntl flags and locks;
# _posixsubprocess.fork_exec starting a child and reporting exec errors.
import os
import select
import fcntl
import _posixsubprocess

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [], [], 0.5) == ([r], [], []))


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


fr = F(r)
res = select.select([fr], [], [], 0)
print(res[0][0] is fr)
for bad in ([[1.5], [], []], [[], [], [], -1], [[], [], [], "x"], [3, [], []]):
    try:
        select.select(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(sorted(p.poll(0)))
p.modify(w, select.POLLIN)
print(sorted(p.poll(0)))
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e)
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
os.read(r, 1)
print(p.poll(0))

ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(w, select.EPOLLOUT)
ep.register(r, select.EPOLLIN)
print(ep.poll(0) == [(w, select.EPOLLOUT)])
os.write(w, b"yz")
print(sorted(ep.poll(0.1)) == sorted([(w, select.EPOLLOUT), (r, select.EPOLLIN)]))
print(len(ep.poll(0, 1)))
ep.modify(w, select.EPOLLIN)
ep.unregister(r)
print(ep.poll(0))
try:
    ep.register(w)
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    ep.poll(0, 0)
except ValueError as e:
    print("ValueError", e)
with ep:
    pass
print(ep.closed)
try:
    ep.fileno()
except ValueError as e:
    print("ValueError", e)

# fcntl
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
print(os.read(r, 10))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
try:
    fcntl.fcntl(r, fcntl.F_GETFL, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    fcntl.fcntl(-1, fcntl.F_GETFL)
except ValueError as e:
    print("ValueError", e)
name = "lock_%d.tmp" % os.getpid()
fd = os.open(name, os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_UN)
os.close(fd)
os.unlink(name)
print("locks ok")

# fork_exec: a child writing to a pipe, then a missing program
cr, cw = os.pipe()
er, ew = os.pipe()
pid = _posixsubprocess.fork_exec(
    [b"/bin/sh", b"-c", b"echo hello from the child; exit 3"], [b"/bin/sh"], True, (cw, ew) if cw < ew else (ew, cw),
    None, None, -1, -1, -1, cw, -1, -1, er, ew, True, False, -1, None, None, None, -1,
    None, False)
os.close(cw)
os.close(ew)
print(os.read(er, 100))
print(os.read(cr, 100))
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
er, ew = os.pipe()
pid = _posixsubprocess.fork_exec(
    [b"nope"], [b"/nonexistent/nope"], True, (ew,), None, None, -1, -1, -1, -1, -1, -1, er, ew,
    True, False, -1, None, None, None, -1, None, False)
os.close(ew)
print(os.read(er, 100))
os.waitpid(pid, 0)
er, ew = os.pipe()
pid = _posixsubprocess.fork_exec(
    [b"true"], [b"/bin/true"], True, (ew,), b"/nonexistent-dir", None, -1, -1, -1, -1, -1, -1,
    er, ew, True, False, -1, None, None, None, -1, None, False)
os.close(ew)
print(os.read(er, 100))
os.waitpid(pid, 0)
