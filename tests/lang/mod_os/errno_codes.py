# errno: the constants, their aliases, and errorcode's order and names
import errno

names = [k for k in vars(errno) if k.startswith('E')]
print(len(names), names[:5], names[-3:])
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK)
print(errno.ENOTSUP, errno.EOPNOTSUPP, errno.EINTR, errno.EEXIST, errno.ERFKILL)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(list(errno.errorcode.items())[:6])
print(len(errno.errorcode), sorted(errno.errorcode)[:3], max(errno.errorcode))
print(all(getattr(errno, n) in errno.errorcode for n in names))
print(type(errno.errorcode).__name__, errno.__name__)
