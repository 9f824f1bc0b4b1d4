# The _thread module's functions: identity, stack_size, exit,
# interrupt_main, _set_sentinel, _excepthook, start_new_thread's checks.
import _thread
import sys


def t(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_thread) if not n.startswith("__")))
ident = _thread.get_ident()
print(type(ident).__name__, ident > 0, ident == _thread.get_ident())
nid = _thread.get_native_id()
print(type(nid).__name__, nid > 0, nid == _thread.get_native_id())
t(lambda: _thread.get_ident(1))
t(lambda: _thread.get_native_id(1))
print(_thread._count())
t(lambda: _thread._count(1))

print("-- stack_size")
t(lambda: _thread.stack_size())
t(lambda: _thread.stack_size(100))
t(lambda: _thread.stack_size(32767))
t(lambda: _thread.stack_size(-1))
t(lambda: _thread.stack_size(1.5))
t(lambda: _thread.stack_size("1"))
t(lambda: _thread.stack_size(1, 2))
t(lambda: _thread.stack_size(size=1))
t(lambda: _thread.stack_size(32768))
t(lambda: _thread.stack_size(1 << 20))
t(lambda: _thread.stack_size(0))
t(lambda: _thread.stack_size())
t(lambda: _thread.stack_size(2**70))

print("-- exit")
t(lambda: _thread.exit())
t(lambda: _thread.exit_thread())
t(lambda: _thread.exit(1))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args, e.code)

print("-- interrupt_main")
t(lambda: _thread.interrupt_main(0))
t(lambda: _thread.interrupt_main(-1))
t(lambda: _thread.interrupt_main(100000))
t(lambda: _thread.interrupt_main(1, 2))
t(lambda: _thread.interrupt_main(signum=2))
t(lambda: _thread.interrupt_main(2.0))
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    _thread.interrupt_main(2)
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)

print("-- start_new_thread")
t(lambda: _thread.start_new_thread())
t(lambda: _thread.start_new_thread(print))
t(lambda: _thread.start_new_thread(1, ()))
t(lambda: _thread.start_new_thread(print, [1]))
t(lambda: _thread.start_new_thread(print, (1,), []))
t(lambda: _thread.start_new_thread(print, (), {}, 4))
t(lambda: _thread.start_new_thread(print, (), kw=1))
t(lambda: _thread.start_new(1, 2))

print("-- _set_sentinel")
s = _thread._set_sentinel()
print(type(s) is _thread.LockType, s.locked(), s.acquire(), s.locked())
s2 = _thread._set_sentinel()
print(s2 is s, s2.locked())
s.release()
t(lambda: _thread._set_sentinel(1))

print("-- _ExceptHookArgs and _excepthook")
A = _thread._ExceptHookArgs
print(A.__name__, A.__module__, A.n_fields, A.n_sequence_fields, A.__doc__)
a = A((ValueError, ValueError("v"), None, None))
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, len(a), a[0] is ValueError)
print(repr(A((1, 2, 3, 4))))
t(lambda: A((1, 2, 3)))
t(lambda: A((1, 2, 3, 4, 5)))
t(lambda: A(1))
t(lambda: _thread._excepthook((1, 2, 3, 4)))
t(lambda: _thread._excepthook())
t(lambda: _thread._excepthook(A((SystemExit, SystemExit(1), None, None))))


class FakeThread:
    name = "worker-1"


def raiser():
    raise KeyError("inner")


try:
    raiser()
except KeyError as e:
    exc = e

saved = sys.stderr
sys.stderr = sys.stdout
try:
    t(lambda: _thread._excepthook(A((KeyError, exc, exc.__traceback__, FakeThread()))))
    t(lambda: _thread._excepthook(A((ValueError, ValueError("no tb"), None, FakeThread()))))
    # a thread object without a name: the current thread's identity is used
    out = []

    class Capture:
        def write(self, s):
            out.append(s)
            return len(s)

        def flush(self):
            out.append("<flush>")

    sys.stderr = Capture()
    _thread._excepthook(A((ValueError, ValueError("x"), None, None)))
    text = "".join(out)
    print(text.replace(str(ident), "IDENT"))
    # sys.stderr None: the thread's own _stderr is used
    sys.stderr = None

    class WithStderr:
        name = "T"
        _stderr = sys.stdout

    t(lambda: _thread._excepthook(A((ValueError, ValueError("via _stderr"), None, WithStderr()))))
    t(lambda: _thread._excepthook(A((ValueError, ValueError("lost"), None, None))))

    class NoStderr:
        name = "T"
        _stderr = None

    t(lambda: _thread._excepthook(A((ValueError, ValueError("lost"), None, NoStderr()))))
    t(lambda: _thread._excepthook(A((ValueError, ValueError("lost"), None, FakeThread()))))
finally:
    sys.stderr = saved
print("done")
