# os.path (posixpath and genericpath over posix) and the module-level
# tables os.py builds from posix._have_functions
import os
import posix
import sys

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.linesep == '\n',
      os.devnull, os.path is sys.modules['posixpath'])
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT,
      os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_NONBLOCK, os.O_CLOEXEC, os.O_DIRECTORY,
      os.O_NOFOLLOW, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.WNOHANG)
print(os.error is OSError, posix.error is OSError, hasattr(os, 'lchmod'), os.chmod in os.supports_fd)
for name in ['stat', 'open', 'mkdir', 'rmdir', 'unlink', 'rename', 'readlink', 'utime', 'access',
             'chmod', 'chown', 'link', 'symlink', 'listdir', 'scandir', 'truncate', 'chdir',
             'statvfs', 'lstat']:
    f = getattr(os, name)
    print(name, f in os.supports_dir_fd, f in os.supports_fd, f in os.supports_follow_symlinks,
          f in os.supports_effective_ids)
print(sorted(posix._have_functions) == sorted(set(posix._have_functions)))
join = os.path.join
print(join('a', 'b', 'c'), join('/a', '/b'), join('a/', 'b'), join(b'a', b'b'), join('', 'x'))
print(os.path.split('/a/b/c'), os.path.split('c'), os.path.split('/'), os.path.split(b'a/b'))
print(os.path.splitext('a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a.'))
print(os.path.basename('/a/b/'), os.path.dirname('/a/b/c'), os.path.dirname('c'))
print(os.path.normpath('/a//b/./c/../d'), os.path.normpath(''), os.path.normpath('../../x'),
      os.path.normpath('//a'), os.path.normpath(b'a/./b/'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.abspath('/a/../b'),
      os.path.abspath('x') == join(os.getcwd(), 'x'), os.path.abspath(b'.') == os.getcwdb())
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('a', 'a'), os.path.commonpath(['/a/b', '/a/c']),
      os.path.commonprefix(['abc', 'abd']))
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')),
      os.path.expanduser('x~'), os.path.splitdrive('/a/b'))
print(os.path.exists('.'), os.path.isdir('.'), os.path.isfile('.'), os.path.islink('.'),
      os.path.lexists('nope'), os.path.ismount('/'), os.path.isdir(__file__))
print(os.path.realpath('/') == '/', os.path.samefile('.', os.getcwd()),
      os.path.getsize(__file__) == os.stat(__file__).st_size)
try:
    os.path.getsize('nope')
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(os.fsencode('x\udcff'), os.fsdecode(b'x\xff') == 'x\udcff', os.fspath(b'x'))
print(os.get_exec_path(env={'PATH': '/a:/b'}), os.getenv('NOPE_NOT_SET', 'dflt'))
print(sorted(k for k in ('abc', 'stat', 'posixpath', 'genericpath', 'posix', '_collections_abc')
             if k in sys.modules))
print(os.umask(0o022) >= 0, os.umask(0o022), type(os.cpu_count()).__name__)
for fd_call in [lambda: os.get_terminal_size(99), lambda: os.ttyname(99)]:
    try:
        fd_call()
    except OSError as e:
        print(type(e).__name__, e)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.ttyname(r)
except OSError as e:
    print(type(e).__name__, e)
print(os.isatty(r), os.device_encoding(r))
os.close(r)
os.close(w)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, tuple(ts))
print(os.uname_result, os.times_result, os.stat_result, os.statvfs_result, os.terminal_size)
print(os.getcwd.__doc__.splitlines()[0], os.stat.__text_signature__, os.listdir.__text_signature__)
