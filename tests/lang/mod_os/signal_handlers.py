# _signal: Python handlers run from the eval loop, SIGINT's default
# handler raises KeyboardInterrupt and can be replaced and restored
import _signal as signal
import os

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, signal.SIGINT, signal.SIGUSR1,
      signal.SIGRTMIN, signal.SIGRTMAX, signal.ITIMER_REAL, signal.SIG_SETMASK)

got = []


def handler(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))


def work():
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(3):
        pass
    return len(got)


print(signal.signal(signal.SIGUSR1, handler))
print(work(), got)
signal.raise_signal(signal.SIGUSR1)
print(len(got), signal.getsignal(signal.SIGUSR1) is handler)

# SIGINT: KeyboardInterrupt by default, then a handler, then back
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print(got[-1][0])
print(signal.signal(signal.SIGINT, signal.default_int_handler) is handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print('not reached')
except KeyboardInterrupt:
    print('KeyboardInterrupt again')
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('from default_int_handler', repr(e))

# SIG_IGN drops the signal; SIG_DFL is reported as 0
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN))
signal.raise_signal(signal.SIGUSR2)
print(signal.signal(signal.SIGUSR2, signal.SIG_DFL), signal.getsignal(signal.SIGUSR2))


def failing(signum, frame):
    raise RuntimeError('handler failed for %d' % signum)


signal.signal(signal.SIGUSR2, failing)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print(type(e).__name__, e)

# a handler that replaces itself
def once(signum, frame):
    got.append('once')
    signal.signal(signum, signal.SIG_IGN)


signal.signal(signal.SIGUSR1, once)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got[-2:], signal.getsignal(signal.SIGUSR1))

for args in [(0, handler), (signal.NSIG, handler), (signal.SIGUSR1, 5), (signal.SIGUSR1, 'x'),
             ('x', handler), (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [0, 65, -1, 'x', 1.5]:
    for f in (signal.getsignal, signal.strsignal):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM),
      signal.strsignal(signal.SIGRTMIN), signal.strsignal(32))
v = signal.valid_signals()
print(type(v).__name__, len(v), min(v), max(v), 32 in v)

# pthread_sigmask: a blocked signal waits until unblocked
signal.signal(signal.SIGUSR1, handler)
n = len(got)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(type(old).__name__, signal.SIGUSR1 in old)
os.kill(os.getpid(), signal.SIGUSR1)
print(len(got) - n, signal.SIGUSR1 in signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(len(got) - n)
try:
    signal.pthread_sigmask(signal.SIG_BLOCK, [0])
except ValueError as e:
    print(type(e).__name__, e)

# alarm and setitimer
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 0))
try:
    signal.setitimer(12345, 1)
except signal.ItimerError as e:
    print(type(e).__name__, issubclass(signal.ItimerError, OSError), e)

# set_wakeup_fd: the signal number is written to the descriptor
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(type(e).__name__, e)
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.raise_signal(signal.SIGUSR1)
print(os.read(r, 10), signal.set_wakeup_fd(-1))
os.close(r)
os.close(w)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
