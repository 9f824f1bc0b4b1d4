# atexit: LIFO order at exit, arguments, unregister, exceptions reported
# as "Exception ignored in atexit callback" while the others still run
import atexit
import sys


class Callback:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print('callback', self.name, args, sorted(kwargs.items()))
        sys.stdout.flush()
        if self.fail:
            raise ValueError('failure in ' + self.name)

    def __repr__(self):
        return '<Callback %s>' % self.name


first = Callback('first')
print(atexit.register(first, 1, 2, key='v') is first)
atexit.register(Callback('failing', fail=True))
removed = Callback('removed')
atexit.register(removed)
atexit.register(removed, 'again')
atexit.register(Callback('last'))
print(atexit._ncallbacks())
atexit.unregister(removed)
print(atexit._ncallbacks())


@atexit.register
def decorated():
    print('decorated runs first')
    sys.stdout.flush()


try:
    atexit.register(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.register()
except TypeError as e:
    print(type(e).__name__, e)

# _run_exitfuncs runs them now and forgets them; a fresh set runs at exit
tmp = Callback('run now')
atexit.register(tmp)
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(Callback('cleared'))
atexit._clear()
print(atexit._ncallbacks())
atexit.register(first, 1, 2, key='v')
atexit.register(Callback('failing', fail=True))
atexit.register(Callback('last'))
atexit.register(decorated)
print('end of script')
sys.stdout.flush()
