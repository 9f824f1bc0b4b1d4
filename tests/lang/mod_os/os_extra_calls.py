# the less common posix calls: ids, priorities, device numbers, lockf,
# readv/writev, sendfile, fallocate/fadvise, affinity
import os

print(os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2]),
      os.getresgid()[0] == os.getgid())
os.setuid(os.getuid())
os.setegid(os.getegid())
os.setreuid(-1, -1)
os.setresgid(-1, -1, -1)
for bad in [1.5, 'x']:
    try:
        os.setuid(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(which=os.PRIO_PROCESS, who=0))
print(os.makedev(8, 1), os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)),
      os.major(2049), os.minor(2049), os.makedev(259, 65537) == os.makedev(259, 65537))
print(os.ctermid(), os.sync())
print(len(os.sched_getaffinity(0)) >= 1, type(os.sched_getaffinity(0)).__name__)
print(os.POSIX_FADV_NORMAL, os.POSIX_FADV_DONTNEED, os.SCHED_OTHER, os.SCHED_RR)
print(os.execve in os.supports_fd, os.mkfifo in os.supports_dir_fd, os.mknod in os.supports_dir_fd)

base = 'scratch_extra_%d' % os.getpid()
os.mkdir(base)
try:
    p = os.path.join(base, 'data')
    fd = os.open(p, os.O_RDWR | os.O_CREAT, 0o600)
    print(os.writev(fd, [b'abc', bytearray(b'def'), memoryview(b'ghij')]))
    os.lseek(fd, 0, os.SEEK_SET)
    a, b = bytearray(4), bytearray(10)
    print(os.readv(fd, [a, b]), a, b)
    os.posix_fallocate(fd, 0, 100)
    print(os.fstat(fd).st_size)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
    os.lockf(fd, os.F_LOCK, 0)
    os.lockf(fd, os.F_ULOCK, 0)
    q = os.path.join(base, 'copy')
    out = os.open(q, os.O_WRONLY | os.O_CREAT, 0o600)
    print(os.sendfile(out, fd, 2, 5), os.sendfile(out_fd=out, in_fd=fd, offset=0, count=2))
    os.close(out)
    with open(q, 'rb') as f:
        print(f.read())
    try:
        os.readv(fd, [b'immutable'])
    except (TypeError, BufferError) as e:
        print(type(e).__name__, e)
    try:
        os.writev(fd, 5)
    except TypeError as e:
        print(type(e).__name__, e)
    os.close(fd)
    os.mkfifo(os.path.join(base, 'fifo'))
    os.mknod(os.path.join(base, 'node'), 0o600 | 0o100000)
    import stat
    print(stat.S_ISFIFO(os.stat(os.path.join(base, 'fifo')).st_mode),
          stat.S_ISREG(os.stat(os.path.join(base, 'node')).st_mode))
    try:
        os.lockf(9999, os.F_LOCK, 0)
    except OSError as e:
        print(type(e).__name__, e)
finally:
    for name in os.listdir(base):
        os.unlink(os.path.join(base, name))
    os.rmdir(base)
