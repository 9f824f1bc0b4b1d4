# resource: limits read back through getrlimit and prlimit agree, a limit
# can be set to what it already is, getrusage's struct_rusage, and the
# errors CPython gives for bad resources, limits and pids.  No actual
# limit value is printed (they differ between machines).
import os
import resource


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


print(resource.error is OSError)
print(resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN,
      resource.RUSAGE_THREAD)
for name in sorted(n for n in dir(resource) if n.startswith('RLIMIT_')):
    print(name, getattr(resource, name))

lim = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(lim).__name__, len(lim), all(type(x) is int for x in lim))
print(lim == resource.prlimit(0, resource.RLIMIT_NOFILE))
print(lim == resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE))

soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
print(resource.setrlimit(resource.RLIMIT_CORE, (soft, hard)))
resource.setrlimit(resource.RLIMIT_CORE, [soft, hard])
print(resource.prlimit(0, resource.RLIMIT_CORE, (soft, hard)) == (soft, hard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (soft, hard))

show('getrlimit(-1)', resource.getrlimit, -1)
show('getrlimit(100)', resource.getrlimit, 100)
show('getrlimit("a")', resource.getrlimit, 'a')
show('getrlimit(1.0)', resource.getrlimit, 1.0)
show('getrlimit(2**40)', resource.getrlimit, 2 ** 40)
show('getrlimit()', resource.getrlimit)
show('setrlimit(core, 5)', resource.setrlimit, resource.RLIMIT_CORE, 5)
show('setrlimit(core, (1,))', resource.setrlimit, resource.RLIMIT_CORE, (1,))
show('setrlimit(core, (1,2,3))', resource.setrlimit, resource.RLIMIT_CORE, (1, 2, 3))
show('setrlimit(core, (1.5,2))', resource.setrlimit, resource.RLIMIT_CORE, (1.5, 2))
show('setrlimit(core, (2**70,2))', resource.setrlimit, resource.RLIMIT_CORE, (2 ** 70, 2))
show('setrlimit(core, "ab")', resource.setrlimit, resource.RLIMIT_CORE, 'ab')
show('setrlimit(-1, (1,1))', resource.setrlimit, -1, (1, 1))
show('setrlimit(core, (5,1))', resource.setrlimit, resource.RLIMIT_CORE, (5, 1))
show('setrlimit(core)', resource.setrlimit, resource.RLIMIT_CORE)
show('prlimit(0)', resource.prlimit, 0)
show('prlimit(0,1,2,3)', resource.prlimit, 0, 1, 2, 3)
show('prlimit(0,-1)', resource.prlimit, 0, -1)
show('prlimit(0,core,(5,1))', resource.prlimit, 0, resource.RLIMIT_CORE, (5, 1))
show('prlimit(0,core,None)', resource.prlimit, 0, resource.RLIMIT_CORE, None)
show('prlimit(-5,core)', resource.prlimit, -5, resource.RLIMIT_CORE)
show('prlimit(2**40,core)', resource.prlimit, 2 ** 40, resource.RLIMIT_CORE)
show('prlimit("x",core)', resource.prlimit, 'x', resource.RLIMIT_CORE)
try:
    resource.getrlimit(resource=1)
except TypeError as e:
    print('TypeError', e)

ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, type(ru).__module__, len(ru))
print(type(ru.ru_utime).__name__, type(ru.ru_stime).__name__, type(ru.ru_maxrss).__name__)
print(ru.ru_utime >= 0.0, ru.ru_maxrss > 0, ru[2] >= 0)
print([f for f in dir(ru) if f.startswith('ru_')])
print(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields)
print(resource.struct_rusage.__doc__)
print(len(resource.getrusage(resource.RUSAGE_CHILDREN)), len(resource.getrusage(resource.RUSAGE_THREAD)))
print(resource.struct_rusage(tuple(range(16))))
show('getrusage(5)', resource.getrusage, 5)
show('getrusage("x")', resource.getrusage, 'x')
show('getrusage()', resource.getrusage)

print(resource.getpagesize() == os.sysconf('SC_PAGESIZE'), resource.getpagesize() > 0)
show('getpagesize(1)', resource.getpagesize, 1)
print(resource.getrlimit.__text_signature__, resource.prlimit.__doc__)
