# A socket collected while open is closed with a ResourceWarning; sockets
# are not picklable; socket.py's enum views of family and type.
import _socket
import gc
import os
import pickle
import socket
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = socket.socket()
    fd = s.fileno()
    del s
    gc.collect()
    print([(x.category.__name__, str(x.message).split(" fd=")[0]) for x in w])
try:
    os.fstat(fd)
except OSError as e:
    print("closed", type(e).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = _socket.socket()
    del s
    print([(x.category.__name__, str(x.message).split(" fd=")[0]) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = socket.socket()
    s.close()
    del s
    s = _socket.socket()
    s.detach() and None
    del s
    print(len(w))
try:
    pickle.dumps(socket.socket())
except Exception as e:
    print(type(e).__name__, e)
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print(s.type, type(s.type).__name__, s.family.name, repr(s.family), s.proto)
s.close()
