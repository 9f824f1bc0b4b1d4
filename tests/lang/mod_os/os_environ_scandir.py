# os.environ over posix.environ/putenv/unsetenv, and scandir/DirEntry
import os
import posix

print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes
                                        for k, v in posix.environ.items()))
print(os.environ['KRAIT_ENV_TEST'] if 'KRAIT_ENV_TEST' in os.environ else 'unset')
os.environ['KRAIT_ENV_TEST'] = 'value 1'
print(os.environ['KRAIT_ENV_TEST'], os.getenv('KRAIT_ENV_TEST'), os.environb[b'KRAIT_ENV_TEST'])
print(os.system('test "$KRAIT_ENV_TEST" = "value 1"'))
del os.environ['KRAIT_ENV_TEST']
print(os.getenv('KRAIT_ENV_TEST', 'gone'), os.system('test -z "$KRAIT_ENV_TEST"'))
os.environ.setdefault('KRAIT_ENV_TEST', 'dflt')
print(os.environ.pop('KRAIT_ENV_TEST'), 'KRAIT_ENV_TEST' in os.environ)
try:
    os.environ['KRAIT_ENV_TEST'] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(os.environ.get('HOME') == posix.environ.get(b'HOME', b'').decode() or 'HOME' not in os.environ)

base = 'scratch_scandir_%d' % os.getpid()
os.mkdir(base)
try:
    os.mkdir(os.path.join(base, 'sub'))
    with open(os.path.join(base, 'file.txt'), 'w') as fh:
        fh.write('12345')
    os.symlink('file.txt', os.path.join(base, 'link'))
    os.symlink('sub', os.path.join(base, 'dirlink'))
    os.symlink('missing', os.path.join(base, 'broken'))
    with os.scandir(base) as it:
        print(type(it).__name__, iter(it) is it)
        entries = sorted(it, key=lambda e: e.name)
    print(list(it))
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), os.fspath(e) == e.path,
              e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == os.lstat(e.path).st_ino)
        if e.name != 'broken':
            print('   ', e.stat().st_mode == os.stat(e.path).st_mode,
                  e.stat(follow_symlinks=False).st_mode == os.lstat(e.path).st_mode,
                  e.stat() is e.stat())
    try:
        entries[0].stat()
    except FileNotFoundError as ex:
        print(type(ex).__name__, ex.filename == os.path.join(base, 'broken'))
    print(sorted(e.path[len(base):] for e in os.scandir(base.encode())))
    fd = os.open(base, os.O_RDONLY)
    print(sorted((e.name, e.path, e.is_dir()) for e in os.scandir(fd)))
    print(sorted(os.listdir(fd)), sorted(os.listdir(fd)) == sorted(os.listdir(base)))
    os.close(fd)
    it = os.scandir(base)
    next(it)
    it.close()
    print(list(it))
    cwd = os.getcwd()
    os.chdir(base)
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir('./')))
    os.chdir(cwd)
    print(os.DirEntry.__name__, os.DirEntry.__module__, os.DirEntry[str])
    try:
        os.DirEntry()
    except TypeError as e:
        print(type(e).__name__, e)
    print(sorted(os.path.basename(p) for p in
                 [os.path.join(t, n) for t, ds, fs in os.walk(base, followlinks=True) for n in ds + fs]))
finally:
    for name in ['link', 'dirlink', 'broken', 'file.txt']:
        os.unlink(os.path.join(base, name))
    os.rmdir(os.path.join(base, 'sub'))
    os.rmdir(base)
print(os.path.exists(base))
