# PEP 475: a blocking socket call interrupted by a signal runs the Python
# handler, then goes on waiting unless the handler raised.
import signal
import socket

a, b = socket.socketpair()
calls = []


def send_from_handler(signum, frame):
    calls.append(signum == signal.SIGALRM)
    a.send(b"sent by the handler")


old = signal.signal(signal.SIGALRM, send_from_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(b.recv(100), calls)

# a timed wait survives the interruption too
calls.clear()
b.settimeout(5)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(b.recv(100), calls)
b.settimeout(None)


class Stop(Exception):
    pass


def raise_from_handler(signum, frame):
    raise Stop("from the handler")


signal.signal(signal.SIGALRM, raise_from_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    b.recv(100)
except Stop as e:
    print(type(e).__name__, e)

# accept on a listening socket
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    srv.accept()
except Stop as e:
    print("accept", type(e).__name__, e)
srv.close()
signal.setitimer(signal.ITIMER_REAL, 0)
signal.signal(signal.SIGALRM, old)
a.close()
b.close()
