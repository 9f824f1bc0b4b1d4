# _stat, the C half of stat.py: constants, S_IS*, S_IMODE, S_IFMT, filemode
import _stat
import stat

print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
for name in ['S_IFDIR', 'S_IFREG', 'S_IFLNK', 'S_IFSOCK', 'S_IFIFO', 'S_IFCHR', 'S_IFBLK',
             'S_IFDOOR', 'S_IFPORT', 'S_IFWHT', 'S_ISUID', 'S_ISGID', 'S_ISVTX', 'S_ENFMT',
             'S_IREAD', 'S_IWRITE', 'S_IEXEC', 'S_IRWXU', 'S_IRWXG', 'S_IRWXO',
             'UF_NODUMP', 'UF_HIDDEN', 'SF_ARCHIVED', 'SF_SNAPSHOT', 'ST_MODE', 'ST_CTIME']:
    print(name, getattr(_stat, name))
modes = [0o040755, 0o100644, 0o120777, 0o140000, 0o010600, 0o020620, 0o060660, 0o170777,
         0o104755, 0o102644, 0o101777, 0o106644, 0o041777, 0o000000]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f.__name__ for f in (_stat.S_ISDIR, _stat.S_ISREG, _stat.S_ISLNK, _stat.S_ISSOCK,
                                _stat.S_ISFIFO, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISDOOR,
                                _stat.S_ISPORT, _stat.S_ISWHT) if f(m)])
for bad in ['x', -1, 2**40, 1.5, None]:
    for f in (_stat.S_ISDIR, _stat.S_IMODE, _stat.filemode):
        try:
            print(f(bad))
        except Exception as e:
            print(type(e).__name__, e)
print(_stat.S_ISREG(True), _stat.S_IMODE(False))
print(_stat.S_ISDIR.__doc__)
