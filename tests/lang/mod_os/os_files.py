# posix file system calls through os: files, directories, links, stat,
# descriptors; everything under a scratch directory removed at the end
import os
import stat

base = 'scratch_files_%d' % os.getpid()
os.mkdir(base)
try:
    p = os.path.join(base, 'f.txt')
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.get_inheritable(fd), os.get_blocking(fd))
    print(os.write(fd, b'hello world\n'), os.write(fd, bytearray(b'xyz')), os.write(fd, memoryview(b'!')))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 2, os.SEEK_SET))
    print(os.pwrite(fd, b'HE', 0))
    os.fsync(fd)
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.pread(fd, 4, 6))
    st = os.fstat(fd)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) & 0o777 == 0o644 & ~os.umask(0o022))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

    st = os.stat(p)
    print(len(st), st.st_size, st[6], st.st_nlink, st[stat.ST_SIZE])
    print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
    print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
    print(st == os.stat(p.encode()), st.st_ino == os.lstat(p).st_ino)
    print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
    print(sorted(a for a in dir(st) if a.startswith('st_')))
    print(os.path.getsize(p), os.path.isfile(p), os.path.isdir(base), os.path.exists(p + 'x'))

    os.utime(p, (1000000000, 1000000001.5))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
    os.utime(p, ns=(5 * 10**9 + 7, 6 * 10**9 + 8))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns, os.path.getmtime(p))

    os.truncate(p, 4)
    print(os.stat(p).st_size)
    fd = os.open(p, os.O_RDWR)
    os.ftruncate(fd, 2)
    os.close(fd)
    print(os.stat(p).st_size)

    os.chmod(p, 0o600)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)), os.access(p, os.R_OK), os.access(p + 'x', os.F_OK))

    q = os.path.join(base, 'g.txt')
    os.rename(p, q)
    print(sorted(os.listdir(base)))
    os.replace(q, p)
    os.link(p, q)
    print(os.stat(p).st_nlink, os.path.samefile(p, q))
    os.unlink(q)
    os.symlink('f.txt', q)
    print(os.readlink(q), os.readlink(q.encode()), os.path.islink(q), os.path.realpath(q) == os.path.realpath(p))
    print(stat.S_ISLNK(os.lstat(q).st_mode), stat.S_ISREG(os.stat(q).st_mode))
    print(stat.S_ISLNK(os.stat(q, follow_symlinks=False).st_mode))
    os.remove(q)

    d = os.path.join(base, 'd1', 'd2', 'd3')
    os.makedirs(d)
    os.makedirs(d, exist_ok=True)
    try:
        os.makedirs(d)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.filename == d)
    print(sorted(os.listdir(base)), os.listdir(base.encode()) == [n.encode() for n in os.listdir(base)])
    for top, dirs, files in os.walk(base):
        print(top.replace(base, 'B'), sorted(dirs), sorted(files))
    for top, dirs, files in os.walk(base, topdown=False):
        print(top.replace(base, 'B'), sorted(dirs), sorted(files))
    os.removedirs(d)
    print(os.listdir(base))

    dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
    fd = os.open('rel.txt', os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=dfd)
    os.write(fd, b'12345')
    os.close(fd)
    print(os.stat('rel.txt', dir_fd=dfd).st_size, sorted(os.listdir(dfd)))
    os.mkdir('sub', dir_fd=dfd)
    os.rename('rel.txt', 'sub/rel2.txt', src_dir_fd=dfd, dst_dir_fd=dfd)
    print(sorted(os.listdir(os.path.join(base, 'sub'))))
    os.unlink('sub/rel2.txt', dir_fd=dfd)
    os.rmdir('sub', dir_fd=dfd)
    os.close(dfd)

    r, w = os.pipe()
    print(os.get_inheritable(r), os.get_inheritable(w))
    os.set_inheritable(r, True)
    print(os.get_inheritable(r))
    os.set_blocking(w, False)
    print(os.get_blocking(w), os.isatty(r))
    os.write(w, b'pipe data')
    print(os.read(r, 100))
    r2 = os.dup(r)
    print(os.get_inheritable(r2), r2 != r)
    r3 = os.dup2(r, r2 + 1)
    print(r3 == r2 + 1, os.get_inheritable(r3))
    os.closerange(r2, r3 + 1)
    os.close(r)
    os.close(w)
    r, w = os.pipe2(os.O_NONBLOCK)
    print(os.get_blocking(r))
    try:
        os.read(r, 1)
    except BlockingIOError as e:
        print(type(e).__name__, e.errno)
    os.close(r)
    os.close(w)

    old = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == os.path.join(old, base), os.getcwdb() == os.getcwd().encode())
    os.chdir('..')
    print(os.getcwd() == old)
    sv = os.statvfs(base)
    print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv[0] == sv.f_bsize, hasattr(sv, 'f_fsid'))
    os.unlink(p)
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)
print(os.path.exists(base))

# stat_result made from Python: float times default to the integer ones
s = os.stat_result(tuple(range(1, 11)))
print(s, s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s[7])
s = os.stat_result(tuple(range(1, 11)), {'st_atime': 5.5, 'st_blksize': 4096})
print(s.st_atime, s.st_mtime, s.st_blksize, s.st_rdev)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
