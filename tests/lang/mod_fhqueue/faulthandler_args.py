# faulthandler: enable/disable/is_enabled states and the errors for bad
# arguments (types, ranges, files without a usable fileno()).
import faulthandler
import signal
import sys
import tempfile


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


print("-- enable / disable / is_enabled")
print(faulthandler.is_enabled())
print(faulthandler.disable())
with tempfile.TemporaryFile("w+") as f:
    print(faulthandler.enable(f))
    print(faulthandler.is_enabled())
    print(faulthandler.enable(file=f.fileno(), all_threads=False))
    print(faulthandler.is_enabled())
    print(faulthandler.disable(), faulthandler.disable())
    print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()


class NoFileno:
    pass


class StrFileno:
    def fileno(self):
        return "2"


class NegativeFileno:
    def fileno(self):
        return -1


class HugeFileno:
    def fileno(self):
        return 2**70


class RaisingFileno:
    def fileno(self):
        raise OSError("no descriptor here")


class FlushFails:
    def __init__(self, f):
        self.f = f

    def fileno(self):
        return self.f.fileno()

    def flush(self):
        raise ValueError("flush is ignored")


print("-- bad files")
for func in (faulthandler.enable, faulthandler.dump_traceback):
    name = func.__name__
    attempt(name + " -1", func, file=-1)
    attempt(name + " 2**40", func, file=2**40)
    attempt(name + " str", func, file="stderr")
    for cls in (NoFileno, StrFileno, NegativeFileno, HugeFileno, RaisingFileno):
        attempt(name + " " + cls.__name__, func, file=cls())
print(faulthandler.is_enabled())
with tempfile.TemporaryFile("w+") as f:
    attempt("flush error ignored", faulthandler.dump_traceback, FlushFails(f), False)
    f.seek(0)
    print(f.read().splitlines()[0])

print("-- sys.stderr missing or None")
saved = sys.stderr
try:
    sys.stderr = None
    attempt("stderr None", faulthandler.enable)
    attempt("stderr None", faulthandler.dump_traceback)
    del sys.stderr
    attempt("no stderr", faulthandler.enable)
    attempt("no stderr", faulthandler.dump_traceback_later, 10)
finally:
    sys.stderr = saved
print(faulthandler.is_enabled())

print("-- argument parsing")
attempt("enable 3 args", faulthandler.enable, None, 1, 2)
attempt("enable kw", faulthandler.enable, foo=1)
attempt("enable all_threads str", faulthandler.enable, all_threads="yes")
attempt("enable all_threads huge", faulthandler.enable, all_threads=2**40)
attempt("dump all_threads list", faulthandler.dump_traceback, all_threads=[])
attempt("disable arg", faulthandler.disable, 1)
attempt("is_enabled arg", faulthandler.is_enabled, 1)
attempt("cancel arg", faulthandler.cancel_dump_traceback_later, 1)

print("-- dump_traceback_later timeouts")
attempt("no timeout", faulthandler.dump_traceback_later)
attempt("zero", faulthandler.dump_traceback_later, 0)
attempt("negative", faulthandler.dump_traceback_later, -1)
attempt("negative float", faulthandler.dump_traceback_later, -0.5)
attempt("tiny negative", faulthandler.dump_traceback_later, -1e-12)
attempt("str", faulthandler.dump_traceback_later, "1")
attempt("None", faulthandler.dump_traceback_later, None)
attempt("nan", faulthandler.dump_traceback_later, float("nan"))
attempt("inf", faulthandler.dump_traceback_later, float("inf"))
attempt("huge float", faulthandler.dump_traceback_later, 1e300)
attempt("huge int", faulthandler.dump_traceback_later, 10**30)
attempt("repeat str", faulthandler.dump_traceback_later, 1, repeat="x")
attempt("exit huge", faulthandler.dump_traceback_later, 1, exit=2**40)
attempt("5 args", faulthandler.dump_traceback_later, 1, 0, None, 0, 9)
attempt("bad file", faulthandler.dump_traceback_later, 60, file=-3)
print("a long timeout, cancelled at once:")
print(faulthandler.dump_traceback_later(3600, repeat=True))
print(faulthandler.dump_traceback_later(7200.5, file=sys.stdout))
print(faulthandler.cancel_dump_traceback_later())
print(faulthandler.cancel_dump_traceback_later())

print("-- register / unregister")
attempt("register SIGSEGV", faulthandler.register, signal.SIGSEGV)
attempt("register SIGABRT", faulthandler.register, signal.SIGABRT)
attempt("register SIGFPE", faulthandler.register, signal.SIGFPE)
attempt("register SIGBUS", faulthandler.register, signal.SIGBUS)
attempt("register SIGILL", faulthandler.register, signal.SIGILL)
attempt("register 0", faulthandler.register, 0)
attempt("register -1", faulthandler.register, -1)
attempt("register 65", faulthandler.register, 65)
attempt("register 2**40", faulthandler.register, 2**40)
attempt("register str", faulthandler.register, "SIGUSR1")
attempt("register SIGKILL", faulthandler.register, signal.SIGKILL)
attempt("register SIGSTOP", faulthandler.register, signal.SIGSTOP)
attempt("register 5 args", faulthandler.register, signal.SIGUSR1, None, 1, 0, 1)
attempt("register chain list", faulthandler.register, signal.SIGUSR1, chain=[])
attempt("register bad file", faulthandler.register, signal.SIGUSR1, file=-2)
attempt("unregister SIGSEGV", faulthandler.unregister, signal.SIGSEGV)
attempt("unregister 0", faulthandler.unregister, 0)
attempt("unregister 100", faulthandler.unregister, 100)
attempt("unregister none", faulthandler.unregister)
attempt("unregister kw", faulthandler.unregister, signum=signal.SIGUSR1)
attempt("unregister never registered", faulthandler.unregister, signal.SIGUSR1)
print(faulthandler.register(signal.SIGUSR1))
print(faulthandler.register(signal.SIGUSR1, sys.stdout, False, True))
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
print(signal.getsignal(signal.SIGUSR1))

print("-- the test helpers exist")
for name in ("_sigsegv", "_sigabrt", "_sigfpe", "_read_null", "_stack_overflow"):
    print(name, callable(getattr(faulthandler, name)))
attempt("_sigsegv str", faulthandler._sigsegv, "x")
attempt("unregister extra kw ignored", faulthandler.unregister, signal.SIGUSR1, foo=1)
