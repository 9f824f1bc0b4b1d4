# path arguments (str, bytes, os.PathLike, fd, None) and the OSError
# subclasses, messages and filenames CPython gives
import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


top = 'scratch_paths_%d' % os.getpid()
os.mkdir(top)
os.chdir(top)
base = 'd'
os.mkdir(base)
try:
    f = os.path.join(base, 'file')
    with open(f, 'w') as fh:
        fh.write('x')
    print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')))
    for bad in [1, None, P(3), 1.5]:
        try:
            os.fspath(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    print(os.stat(P(f)).st_size, os.stat(f.encode()).st_size, os.path.exists(P(f)))
    print(sorted(os.listdir(P(base))), os.listdir(P(base.encode())))

    calls = [
        ('stat', lambda: os.stat('missing')),
        ('stat bytes', lambda: os.stat(b'missing')),
        ('stat pathlike', lambda: os.stat(P('missing'))),
        ('lstat', lambda: os.lstat('missing')),
        ('open', lambda: os.open('missing', os.O_RDONLY)),
        ('open excl', lambda: os.open(f, os.O_CREAT | os.O_EXCL | os.O_WRONLY)),
        ('mkdir', lambda: os.mkdir(base)),
        ('rmdir', lambda: os.rmdir(f)),
        ('rmdir notempty', lambda: os.rmdir(base)),
        ('unlink', lambda: os.unlink(base + '/missing')),
        ('remove dir', lambda: os.remove(base)),
        ('rename', lambda: os.rename('missing', 'other')),
        ('replace', lambda: os.replace(b'missing', b'other')),
        ('link', lambda: os.link('missing', 'other')),
        ('symlink', lambda: os.symlink('x', f)),
        ('readlink', lambda: os.readlink(f)),
        ('listdir', lambda: os.listdir(f)),
        ('chdir', lambda: os.chdir('missing')),
        ('chmod', lambda: os.chmod('missing', 0o644)),
        ('utime', lambda: os.utime('missing')),
        ('truncate', lambda: os.truncate('missing', 0)),
        ('scandir', lambda: os.scandir('missing')),
        ('fd stat', lambda: os.stat(9999)),
        ('fstat', lambda: os.fstat(9999)),
        ('read', lambda: os.read(9999, 1)),
        ('write', lambda: os.write(9999, b'x')),
        ('lseek', lambda: os.lseek(9999, 0, 0)),
        ('close', lambda: os.close(9999)),
        ('dup', lambda: os.dup(9999)),
        ('ttyname', lambda: os.ttyname(9999)),
        ('float path', lambda: os.stat(1.5)),
        ('float mkdir', lambda: os.mkdir(1.5)),
        ('float listdir', lambda: os.listdir(1.5)),
        ('none stat', lambda: os.stat(None)),
        ('null str', lambda: os.stat('a\0b')),
        ('null bytes', lambda: os.stat(b'a\0b')),
        ('bad fspath', lambda: os.stat(P(1))),
        ('dir_fd float', lambda: os.stat('x', dir_fd=1.5)),
        ('fd and dir_fd', lambda: os.stat(3, dir_fd=3)),
        ('fd and follow', lambda: os.stat(3, follow_symlinks=False)),
        ('rename mixed', lambda: os.rename('a', b'b')),
        ('utime both', lambda: os.utime(f, (1, 2), ns=(1, 2))),
        ('utime times', lambda: os.utime(f, 5)),
        ('utime ns', lambda: os.utime(f, ns=5)),
        ('read negative', lambda: os.read(0, -1)),
        ('open kw', lambda: os.open(path=f, flags=os.O_RDONLY, bogus=1)),
        ('stat args', lambda: os.stat()),
        ('strerror', lambda: os.strerror('x')),
        ('sysconf', lambda: os.sysconf('SC_NOPE')),
        ('sysconf type', lambda: os.sysconf(1.5)),
        ('putenv', lambda: os.putenv('A=B', 'x')),
        ('urandom', lambda: os.urandom(-1)),
    ]
    for name, call in calls:
        try:
            r = call()
            print(name, 'returned', type(r).__name__)
        except Exception as e:
            print(name, '->', type(e).__name__, e, getattr(e, 'errno', None),
                  getattr(e, 'filename', None), getattr(e, 'filename2', None))
    print(os.access('missing', os.F_OK), os.access(f, os.R_OK | os.W_OK))
    print(os.strerror(2), os.strerror(13), os.strerror(0))
    print(os.sysconf('SC_PAGESIZE') == os.sysconf(os.sysconf_names['SC_PAGESIZE']))
    print(os.confstr('CS_PATH') is not None, 'PC_NAME_MAX' in os.pathconf_names,
          os.pathconf(base, 'PC_NAME_MAX') > 0, os.fpathconf(0, 'PC_PIPE_BUF') > 0 or True)
    print(len(os.urandom(16)), os.urandom(0), type(os.cpu_count()).__name__)
    print(os.device_encoding(os.open(f, os.O_RDONLY)))
finally:
    os.unlink(os.path.join(base, 'file'))
    os.rmdir(base)
    os.chdir('..')
    os.rmdir(top)
print(os.path.exists(top))

# bytes-like paths still work in 3.11, with a DeprecationWarning
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(os.stat(bytearray(b'.')).st_mode == os.stat('.').st_mode,
          sorted(os.listdir(memoryview(b'.'))) == sorted(os.listdir(b'.')))
    try:
        os.stat(bytearray(b'missing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.filename)
print([(w.category.__name__, str(w.message)) for w in caught])
