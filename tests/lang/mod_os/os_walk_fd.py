# os.walk and os.fwalk (scandir on a descriptor, dir_fd everywhere),
# following links or not, with onerror
import os

top = 'scratch_walk_%d' % os.getpid()
os.mkdir(top)
os.chdir(top)
try:
    os.makedirs('fw/a/b')
    for name in ['fw/a/f', 'fw/g', 'fw/a/b/h']:
        fd = os.open(name, os.O_CREAT | os.O_WRONLY, 0o644)
        os.close(fd)
    os.symlink('a', 'fw/la')
    for root, dirs, files, fd in os.fwalk('fw'):
        print(root, sorted(dirs), sorted(files), type(fd).__name__, os.stat(fd).st_ino == os.stat(root).st_ino)
    for root, dirs, files, fd in os.fwalk('fw', topdown=False, follow_symlinks=True):
        print(root, sorted(dirs), sorted(files))
    for root, dirs, files, fd in os.fwalk(b'fw'):
        print(root, sorted(dirs), sorted(files))
    print(sorted(os.walk('fw/la')), list(os.walk('nope')))
    print(sorted((r, sorted(d), f) for r, d, f in os.walk('fw', followlinks=True)))
    errs = []
    list(os.walk('nope', onerror=errs.append))
    print(errs, errs[0].filename)
    dfd = os.open('fw', os.O_RDONLY)
    print(sorted(r for r, d, f, fd in os.fwalk(dir_fd=dfd)))
    os.close(dfd)
finally:
    for name in ['fw/la', 'fw/a/b/h', 'fw/a/f', 'fw/g']:
        if os.path.lexists(name):
            os.unlink(name)
    for name in ['fw/a/b', 'fw/a', 'fw']:
        if os.path.exists(name):
            os.rmdir(name)
    os.chdir('..')
    os.rmdir(top)
print(os.path.exists(top))
