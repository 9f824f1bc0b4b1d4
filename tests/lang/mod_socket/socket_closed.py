# Operations on a closed socket fail with EBADF; host name encoding errors.
import socket, _socket
for f in (lambda s: s.settimeout(1), lambda s: s.setblocking(False), lambda s: s.settimeout(None), lambda s: s.getsockname(), lambda s: s.listen(), lambda s: s.getsockopt(1,2), lambda s: s.shutdown(0), lambda s: s.bind(('127.0.0.1',0)), lambda s: s.connect(('127.0.0.1',1)), lambda s: s._accept(), lambda s: s.send(b'x'), lambda s: s.setsockopt(1,2,3), lambda s: s.recvmsg(1), lambda s: s.sendall(b'x'), lambda s: s.connect_ex(('127.0.0.1', 1))):
    s=_socket.socket(); s.close()
    try: print(f(s))
    except Exception as e: print(type(e).__name__, e)
try: socket.getaddrinfo('bücher', 80, flags=socket.AI_NUMERICHOST)
except Exception as e: print(type(e).__name__, e)
try: socket.getaddrinfo('\udcff', 80, flags=socket.AI_NUMERICHOST)
except Exception as e: print(type(e).__name__, e)
try: socket.socket().connect(('\udcff', 80))
except Exception as e: print(type(e).__name__, e)
for a in [(b'127.0.0.1', 80), (1, 80), ('a\0b', 80), ('\udcff', 80)]:
    try: print(socket.getnameinfo(a, 0))
    except Exception as e: print(type(e).__name__, e)
for f in (socket.gethostbyname, socket.gethostbyname_ex, socket.gethostbyaddr):
    try: f('\udcff')
    except Exception as e: print(type(e).__name__, e)
