# Data through sockets: socketpair, AF_UNIX in a temporary directory and
# the abstract namespace, TCP and UDP on 127.0.0.1, timeouts and
# non-blocking mode, ancillary data.
import array
import errno
import os
import socket
import tempfile


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# socketpair: the socket.py wrapper over _socket.socketpair
a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, repr(a.family), repr(a.type))
print(a.getsockname(), b.getpeername(), a.get_inheritable(), a.gettimeout())
print(a.send(b"hello"), b.recv(100))
a.sendall(b"x" * 100000 if False else b"world")
print(b.recv(3), b.recv(10))
buf = bytearray(8)
a.send(b"abcdef")
print(b.recv_into(buf), buf)
a.send(b"12345")
print(b.recv_into(buf, 2), buf)
print(b.recv(10, socket.MSG_PEEK), b.recv(10))
mv = memoryview(bytearray(4))
a.send(b"wxyz")
print(b.recv_into(mv), bytes(mv))
a.send(b"dgram-ish")
print(b.recvfrom(100))
a.send(b"into")
buf = bytearray(10)
print(b.recvfrom_into(buf), buf)

# timeouts and non-blocking mode
b.settimeout(0.05)
t("recv timeout", lambda: b.recv(1))
print(b.gettimeout(), b.getblocking())
b.setblocking(False)
t("recv nonblocking", lambda: b.recv(1))
try:
    b.recv(1)
except BlockingIOError as e:
    print("errno", e.errno == errno.EAGAIN)
b.setblocking(True)
print(b.gettimeout(), b.getblocking())

# sendall of a payload the socket buffer holds, then read back in pieces
big = bytes(range(256)) * 200
print(a.sendall(big))
chunks = []
n = 0
while n < len(big):
    c = b.recv(4096)
    chunks.append(c)
    n += len(c)
print(n, b"".join(chunks) == big)

# a non-blocking writer fills the buffer, then gets BlockingIOError
a.setblocking(False)
sent = 0
try:
    while True:
        sent += a.send(b"y" * 65536)
except BlockingIOError as e:
    print("full", sent > 0, e.errno == errno.EAGAIN)
received = 0
b.setblocking(False)
try:
    while True:
        received += len(b.recv(65536))
except BlockingIOError:
    pass
print(received == sent)
a.setblocking(True)
b.setblocking(True)

# sendall with a timeout that runs out while the peer does not read
a.settimeout(0.1)
try:
    while True:
        a.sendall(b"z" * 65536)
except TimeoutError as e:
    print("sendall", type(e).__name__, e)
a.close()
b.close()

# shutdown, EOF
a, b = socket.socketpair()
a.shutdown(socket.SHUT_WR)
print(repr(b.recv(10)))
t("send after shutdown", lambda: a.send(b"x"))
a.close()
b.close()

# sendmsg / recvmsg with SCM_RIGHTS
a, b = socket.socketpair()
r, w = os.pipe()
fds = array.array("i", [r])
print(a.sendmsg([b"msg", b"-parts"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)]))
msg, anc, flags, addr = b.recvmsg(100, socket.CMSG_SPACE(4))
print(msg, len(anc), anc[0][0] == socket.SOL_SOCKET, anc[0][1] == socket.SCM_RIGHTS,
      len(anc[0][2]), flags)
newfd = array.array("i", anc[0][2])[0]
os.write(w, b"via passed fd")
print(os.read(newfd, 100))
os.close(newfd)
os.close(r)
os.close(w)
a.sendmsg([b"plain"])
print(b.recvmsg(100))
a.send(b"scatter")
b1, b2 = bytearray(3), bytearray(10)
print(b.recvmsg_into([b1, b2]), b1, b2)
# socket.py's send_fds / recv_fds
r, w = os.pipe()
print(socket.send_fds(a, [b"fds"], [r, w]))
msg, fds, flags, addr = socket.recv_fds(b, 100, 2)
print(msg, len(fds), flags)
for fd in fds + [r, w]:
    os.close(fd)
a.close()
b.close()

# AF_UNIX with a path
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen()
    print(srv.getsockname() == path, os.path.exists(path))
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(path)
    conn, addr = srv.accept()
    print(repr(addr), conn.getsockname() == path, c.getpeername() == path)
    c.sendall(b"over unix")
    print(conn.recv(100))
    t("bind again", lambda: socket.socket(socket.AF_UNIX).bind(path))
    t("connect missing", lambda: socket.socket(socket.AF_UNIX).connect(os.path.join(d, "none")))
    # bytes path
    bpath = os.fsencode(os.path.join(d, "bsock"))
    u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    u.bind(bpath)
    print(u.getsockname() == os.fsdecode(bpath))
    u2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    u2.sendto(b"to bytes path", bpath)
    print(u.recvfrom(100))
    for x in (srv, c, conn, u, u2):
        x.close()

# the abstract namespace: names with a leading NUL come back as bytes
name = b"\0krait-test-%d" % os.getpid()
s = socket.socket(socket.AF_UNIX)
s.bind(name)
print(s.getsockname() == name, type(s.getsockname()).__name__)
s.close()

# TCP on 127.0.0.1
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
c = socket.create_connection((host, port))
conn, addr = srv.accept()
print(addr[0], addr[1] == c.getsockname()[1], conn.getsockname() == (host, port))
print(c.getpeername() == (host, port), conn.gettimeout(), conn.type == socket.SOCK_STREAM)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
c.sendall(b"tcp data")
print(conn.recv(100))
f = conn.makefile("rwb")
c.sendall(b"line one\nline two\n")
print(f.readline(), f.readline())
f.write(b"reply\n")
f.flush()
print(c.recv(100))
f.close()
conn.close()
print(repr(c.recv(100)))
c.close()
srv.settimeout(0.05)
t("accept timeout", srv.accept)
srv.close()

# connecting to a closed port
s = socket.socket()
s.bind(("127.0.0.1", 0))
closed_port = s.getsockname()[1]
s.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", closed_port)) == errno.ECONNREFUSED)
c.close()
t("connect refused", lambda: socket.create_connection(("127.0.0.1", closed_port)))

# UDP on 127.0.0.1
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u2.sendto(b"datagram", u1.getsockname()))
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
print(u2.sendto(b"with flags", 0, u1.getsockname()))
print(u1.recv(100))
u1.settimeout(0.05)
t("recvfrom timeout", lambda: u1.recvfrom(10))
u1.close()
u2.close()

# IPv6 loopback, when the machine has it
try:
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    s6.bind(("::1", 0))
except OSError:
    print("no ipv6")
else:
    addr = s6.getsockname()
    print(addr[0], len(addr), addr[2:])
    s6.sendto(b"six", addr)
    print(s6.recvfrom(10)[0])
    s6.close()

# socket.py's repr, dup, fromfd, detach, inheritable
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
r = repr(s)
print(r.startswith("<socket.socket fd="), "family=2, type=2, proto=0, laddr=('127.0.0.1'" in r)
d = s.dup()
print(d.getsockname() == s.getsockname(), d.fileno() != s.fileno(), d.get_inheritable())
f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_DGRAM)
print(f.getsockname() == s.getsockname())
s.set_inheritable(True)
print(s.get_inheritable())
for x in (d, f):
    x.close()
fd = s.detach()
print(s.fileno(), repr(s))
os.close(fd)
with socket.socket() as s:
    pass
print(s._closed, s.fileno())

# autobind: an empty AF_UNIX name gets a fresh abstract one
import re
with socket.socket(socket.AF_UNIX) as s1, socket.socket(socket.AF_UNIX) as s2:
    s1.bind("")
    s2.bind("")
    n1, n2 = s1.getsockname(), s2.getsockname()
    print(bool(re.match(b"^\0[0-9a-f]{5}$", n1)), n1 != n2)

# a path filling sun_path exactly is accepted, one byte more is not
with tempfile.TemporaryDirectory() as d:
    long_path = os.path.join(d, "p" * (108 - len(d) - 1))
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.bind(long_path)
            print(len(long_path), s.getsockname() == long_path)
        except OSError as e:
            print(type(e).__name__, e)
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.bind(long_path + "q")
        except OSError as e:
            print(type(e).__name__, e)
print(socket.CMSG_LEN(0) > 0, socket.CMSG_SPACE(1) >= socket.CMSG_LEN(1))
for f, big in ((socket.CMSG_LEN, 0x7fffffff - socket.CMSG_LEN(0) + 1),
               (socket.CMSG_SPACE, 0x7fffffff - socket.CMSG_SPACE(1) + 1)):
    try:
        f(big)
    except OverflowError as e:
        print(type(e).__name__, e)
    print(f(big - 1) <= 0x7fffffff)

# AF_NETLINK addresses are (pid, groups)
try:
    nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
except OSError:
    print("no netlink")
else:
    for addr in (1, (1,), ("a", 1), (0, 0)):
        t("netlink bind", lambda: nl.bind(addr))
    pid, groups = nl.getsockname()
    print(type(pid).__name__, groups)
    nl.close()
