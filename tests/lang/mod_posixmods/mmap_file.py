# File-backed maps: length 0 meaning "the whole file", offsets, the three
# access modes (writes through a shared map reach the file, a copy map's
# never do), size() reading the file, resize() growing the file, and the
# constructor's argument errors.
import mmap
import os
import tempfile


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(mmap.error is OSError, mmap.PAGESIZE == os.sysconf('SC_PAGESIZE'),
      mmap.ALLOCATIONGRANULARITY == mmap.PAGESIZE)
print({n: getattr(mmap, n) for n in dir(mmap) if n[:1].isupper() and n not in
       ('PAGESIZE', 'ALLOCATIONGRANULARITY')})
print(sorted(n for n in dir(mmap.mmap) if not n.startswith('__')))

fd, path = tempfile.mkstemp()
try:
    os.write(fd, b'hello world\nline2\nabc')
    m = mmap.mmap(fd, 0)
    print(m, m.size(), len(m))
    m[0:5] = b'HELLO'
    m.flush()
    print(os.pread(fd, 5, 0))
    m.resize(30)
    print(m.size(), len(m), os.fstat(fd).st_size, m[21:])
    m.resize(10)
    print(m.size(), len(m), os.fstat(fd).st_size, m[:])
    m.close()
    os.ftruncate(fd, 0)
    os.pwrite(fd, b'hello world\nline2\nabc', 0)

    ro = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    print(ro, ro.readline(), ro.read(3))
    attempt('ro write', ro.write, b'x')
    attempt('ro setitem', ro.__setitem__, 0, 1)
    attempt('ro resize', ro.resize, 5)
    print(ro.flush(), memoryview(ro).readonly)
    attempt('ro writable view', lambda: memoryview(ro).cast('B').__setitem__(0, 1))
    ro.close()

    cp = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
    print(cp.write(b'HE'), cp[:5], cp.flush())
    attempt('copy resize', cp.resize, 5)
    print(os.pread(fd, 5, 0))
    cp.close()

    w = mmap.mmap(fd, 5, access=mmap.ACCESS_WRITE)
    w[:] = b'JELLO'
    w.close()
    print(os.pread(fd, 5, 0))

    # a private map set up through flags rather than access
    p = mmap.mmap(fd, 0, flags=mmap.MAP_PRIVATE)
    p[0] = ord('X')
    print(p, p[:1], os.pread(fd, 1, 0))
    p.close()

    # the map keeps working after the caller closes its descriptor
    fd2 = os.dup(fd)
    k = mmap.mmap(fd2, 0)
    os.close(fd2)
    print(k.size(), k[:5])
    k.close()

    os.ftruncate(fd, mmap.PAGESIZE * 2)
    off = mmap.mmap(fd, 0, offset=mmap.PAGESIZE)
    print(len(off) == mmap.PAGESIZE, off.size() == 2 * mmap.PAGESIZE, repr(off).endswith('offset=%d>' % mmap.PAGESIZE))
    off.close()

    attempt('length > file', mmap.mmap, fd, 3 * mmap.PAGESIZE)
    attempt('offset >= file', mmap.mmap, fd, 0, offset=2 * mmap.PAGESIZE)
    attempt('unaligned offset', mmap.mmap, fd, 5, offset=3)
    attempt('access + flags', mmap.mmap, fd, 0, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)
    attempt('access + prot', mmap.mmap, fd, 0, prot=mmap.PROT_READ, access=mmap.ACCESS_WRITE)
    attempt('bad access', mmap.mmap, fd, 0, access=7)
    os.ftruncate(fd, 0)
    attempt('empty file', mmap.mmap, fd, 0)
finally:
    os.close(fd)
    os.unlink(path)

attempt('negative length', mmap.mmap, -1, -1)
attempt('zero anonymous', mmap.mmap, -1, 0)
attempt('negative offset', mmap.mmap, -1, 10, offset=-1)
attempt('bad fd', mmap.mmap, 9999, 10)
attempt('str fd', mmap.mmap, 'a', 10)
attempt('float length', mmap.mmap, -1, 2.5)
attempt('huge length', mmap.mmap, -1, 2 ** 70)
attempt('missing length', mmap.mmap, -1)
attempt('bad keyword', mmap.mmap, -1, 5, bogus=1)
