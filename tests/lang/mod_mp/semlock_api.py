# _multiprocessing.SemLock used directly: kinds, counts, errors, rebuild.
import _multiprocessing as _mp
import secrets

def fresh():
    return '/krt-' + secrets.token_hex(8)

print(sorted(_mp.flags.items()))
print(_mp.SemLock.SEM_VALUE_MAX)
print(_mp.SemLock.__module__, _mp.SemLock.__name__)

SEM, MUTEX = 1, 0

s = _mp.SemLock(SEM, 2, 3, fresh(), True)
print(s.kind, s.maxvalue, s.name, isinstance(s.handle, int), s.handle != 0)
print(s._get_value(), s._is_zero(), s._count(), s._is_mine())
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(True, 0), s.acquire(timeout=-1))
print(s._get_value(), s._is_zero(), s._count(), s._is_mine())
s.release(); s.release(); s.release()
print(s._get_value(), s._count())
try:
    s.release()
except ValueError as e:
    print('ValueError:', e)
print(s.acquire(block=False), s._count())
s._after_fork()
print(s._count(), s._is_mine())

# a recursive mutex counts levels and only the owner may release
r = _mp.SemLock(MUTEX, 1, 1, fresh(), True)
try:
    r.release()
except AssertionError as e:
    print('AssertionError:', e)
print(r.acquire(), r.acquire(), r.acquire(False), r._count(), r._get_value())
r.release()
print(r._count(), r._is_mine(), r._get_value())
r.release()
print(r._count(), r._is_mine(), r._get_value())
with r:
    print('inside', r._count(), r._is_mine())
print('after', r._count())

# a plain lock (SEMAPHORE with maxvalue 1) does not recurse
lk = _mp.SemLock(SEM, 1, 1, fresh(), True)
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0))
lk.release()
print(lk.__exit__(None, None, None) if lk.__enter__() else None)

# a kept name is visible and can be reopened, then unlinked
name = fresh()
k = _mp.SemLock(SEM, 0, 5, name, False)
print(k.name == name)
k2 = _mp.SemLock._rebuild(0, SEM, 5, name)
print(type(k2).__name__, k2.name == name, k2.kind, k2.maxvalue, k2._count())
k2.release()
print(k._get_value(), k.acquire(False), k._get_value())
try:
    _mp.SemLock(SEM, 0, 1, name, False)
except FileExistsError as e:
    print('FileExistsError', e.errno)
_mp.sem_unlink(name)
try:
    _mp.sem_unlink(name)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    _mp.SemLock._rebuild(0, SEM, 1, name)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

# an unnamed one rebuilt from its handle is the same semaphore (the fork case)
u = _mp.SemLock(SEM, 0, 2, fresh(), True)
u2 = _mp.SemLock._rebuild(u.handle, SEM, 2, None)
u2.release()
print(u2.handle == u.handle, u2.name, u._get_value())
print(u.acquire(False), u2._get_value())

for bad in [(2, 1, 1, fresh(), True), (-1, 1, 1, fresh(), True)]:
    try:
        _mp.SemLock(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    _mp.SemLock(SEM, 1, 1, 'no/slash/allowed', True)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    _mp.SemLock(SEM, 1, 1)
except TypeError as e:
    print('TypeError')
try:
    _mp.sem_unlink(b'/x')
except TypeError as e:
    print('TypeError:', e)
try:
    s.acquire(timeout='x')
except TypeError as e:
    print('TypeError')
