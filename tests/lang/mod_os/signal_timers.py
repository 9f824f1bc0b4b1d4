# signals that arrive while the interpreter blocks: pause(), sleep and
# read are woken by an interval timer, the handler runs, and the
# interrupted call either returns (pause) or carries on (PEP 475)
import _signal as signal
import os
import time

got = []


def on_alarm(signum, frame):
    got.append(signum)


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print('after pause', got)

signal.setitimer(signal.ITIMER_REAL, 0.02)
t0 = time.monotonic()
time.sleep(0.1)
print('sleep finished', time.monotonic() - t0 >= 0.09, got)

r, w = os.pipe()


def write_then_record(signum, frame):
    got.append('write')
    os.write(w, b'data')


signal.signal(signal.SIGALRM, write_then_record)
signal.setitimer(signal.ITIMER_REAL, 0.02)
print('read', os.read(r, 10), got[-1])


def raise_in_handler(signum, frame):
    raise TimeoutError('too slow')


signal.signal(signal.SIGALRM, raise_in_handler)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    os.read(r, 10)
except TimeoutError as e:
    print(type(e).__name__, e)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    time.sleep(5)
except TimeoutError as e:
    print('sleep', type(e).__name__, e)
os.close(r)
os.close(w)

# a repeating timer, then disarmed
ticks = []
signal.signal(signal.SIGALRM, lambda n, f: ticks.append(n))
print(signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01))
while len(ticks) < 3:
    signal.pause()
old = signal.setitimer(signal.ITIMER_REAL, 0)
print(len(ticks) >= 3, 0 < old[1] <= 0.011, signal.getitimer(signal.ITIMER_REAL))
signal.alarm(0)

# a child interrupted with SIGINT while sleeping exits through
# KeyboardInterrupt, or runs the handler that replaced it
for replace in (False, True):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        if replace:
            signal.signal(signal.SIGINT, lambda n, f: os._exit(11))
        try:
            os.write(w, b'ready')
            time.sleep(10)
        except KeyboardInterrupt:
            os._exit(10)
        os._exit(0)
    os.close(w)
    os.read(r, 5)
    os.close(r)
    os.kill(pid, signal.SIGINT)
    print('child exit', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
