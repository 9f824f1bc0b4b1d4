# _posixshmem: named shared memory objects (the mapping is done with mmap).
import _posixshmem
import os
import secrets

name = '/krt-' + secrets.token_hex(8)
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
print(type(fd).__name__, fd >= 0)
os.ftruncate(fd, 4096)
print(os.fstat(fd).st_size)
os.write(fd, b'shared bytes')
fd2 = _posixshmem.shm_open(name, os.O_RDONLY)
print(os.read(fd2, 12))
try:
    _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == name)
_posixshmem.shm_unlink(path=name)
try:
    _posixshmem.shm_unlink(name)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename == name)
try:
    _posixshmem.shm_open(name, os.O_RDWR)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
os.lseek(fd2, 0, 0)
print(os.read(fd2, 6))  # still readable after the name is gone
os.close(fd)
os.close(fd2)
for args in [(b'/x', 0), (name,), (name, 'r')]:
    try:
        _posixshmem.shm_open(*args)
    except TypeError:
        print('TypeError')
try:
    _posixshmem.shm_unlink(1)
except TypeError:
    print('TypeError')
print(sorted(n for n in dir(_posixshmem) if not n.startswith('_')))
