# faulthandler in child processes: what a fatal signal writes and how the
# process dies, enabling from the command line and the environment, a
# user signal, and the watchdog of dump_traceback_later(exit=True).
import os
import re
import signal
import subprocess
import sys
import tempfile


def run(code, *options, env=None):
    full_env = dict(os.environ)
    full_env.pop("PYTHONFAULTHANDLER", None)
    # under a sanitizer build the sanitizer's own handlers of the fatal
    # signals would take over from faulthandler's: leave them to it
    full_env["ASAN_OPTIONS"] = (full_env.get("ASAN_OPTIONS", "") + ":handle_segv=0:handle_sigbus=0"
                                ":handle_sigfpe=0:handle_abort=0:handle_sigill=0").lstrip(":")
    if env:
        full_env.update(env)
    # through a shell that forbids core files, then execs the interpreter
    # (so the return code is still the child's own death by signal)
    argv = ["/bin/sh", "-c", 'ulimit -c 0; exec "$0" "$@"', sys.executable, *options, "-c", code]
    r = subprocess.run(argv, capture_output=True, text=True, env=full_env, stdin=subprocess.DEVNULL)
    return r.returncode, r.stdout, r.stderr


def show(code, *options, env=None):
    rc, out, err = run(code, *options, env=env)
    print("returncode", rc)
    for line in out.splitlines():
        print("out|", re.sub(r"0x[0-9a-f]{16}\b", "0xID", line))
    for line in err.splitlines():
        print("err|", re.sub(r"0x[0-9a-f]{16}\b", "0xID", line))


CRASH = """\
import faulthandler
faulthandler.enable({args})

def crash():
    {how}

def caller():
    crash()

caller()
"""

print("-- each fatal signal")
for how in ("faulthandler._sigsegv()", "faulthandler._read_null()", "faulthandler._sigfpe()",
            "faulthandler._sigabrt()", "faulthandler._sigsegv(True)",
            "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)",
            "import os, signal; os.kill(os.getpid(), signal.SIGBUS)",
            "import os, signal; os.kill(os.getpid(), signal.SIGILL)",
            "import os, signal; os.kill(os.getpid(), signal.SIGABRT)"):
    print("#", how)
    show(CRASH.format(args="", how=how))

print("-- all_threads=False")
show(CRASH.format(args="all_threads=False", how="faulthandler._sigsegv()"))

print("-- not enabled: no text, the same death")
show("import faulthandler; faulthandler._sigsegv()")
show("import faulthandler; faulthandler.enable(); faulthandler.disable(); faulthandler._sigsegv()")

print("-- a stack overflow in C is caught on the alternate stack")
show(CRASH.format(args="", how="faulthandler._stack_overflow()"))

print("-- into a file given as a file object or a descriptor")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "crash.txt")
    for arg in ("f", "f.fileno()"):
        code = (f"import faulthandler\nf = open({path!r}, 'w')\nfaulthandler.enable({arg})\n"
                "print('before', flush=True)\nfaulthandler._sigsegv()\n")
        show(code)
        with open(path) as f:
            for line in f.read().splitlines():
                print("file|", re.sub(r"0x[0-9a-f]{16}\b", "0xID", line))

print("-- -X faulthandler and PYTHONFAULTHANDLER")
check = "import faulthandler, sys; print(faulthandler.is_enabled(), sys._xoptions)"
show(check)
show(check, "-X", "faulthandler")
show(check, "-X", "faulthandler=0")
show(check, "-X", "faulthandlers")
show(check, env={"PYTHONFAULTHANDLER": "1"})
show(check, env={"PYTHONFAULTHANDLER": ""})
show(check, "-E", env={"PYTHONFAULTHANDLER": "1"})
show("import faulthandler\nfaulthandler._sigsegv()\n", "-X", "faulthandler")

print("-- a registered user signal dumps and goes on")
show("""\
import faulthandler, os, signal, sys
faulthandler.register(signal.SIGUSR1, all_threads=False)
def f():
    os.kill(os.getpid(), signal.SIGUSR1)
f()
print("still running")
got = []
signal.signal(signal.SIGUSR2, lambda signum, frame: got.append(signum))
faulthandler.register(signal.SIGUSR2, file=sys.stdout, chain=True)
sys.stdout.flush()
os.kill(os.getpid(), signal.SIGUSR2)
print(got == [signal.SIGUSR2])
print(faulthandler.unregister(signal.SIGUSR2))
os.kill(os.getpid(), signal.SIGUSR2)
print(len(got))
""")
print("-- chain to the default action: the dump, then death")
show("""\
import faulthandler, os, signal
faulthandler.register(signal.SIGUSR1, chain=True)
os.kill(os.getpid(), signal.SIGUSR1)
print("not reached")
""")

print("-- the watchdog")
show("""\
import faulthandler, time
def wait():
    time.sleep(60)
faulthandler.dump_traceback_later(1.0, exit=True)
wait()
""")
# the smallest timeout is one microsecond; where the main thread is by then
# is a race, so only the header is looked at
rc, out, err = run("""\
import faulthandler, sys, time
faulthandler.dump_traceback_later(1e-7, exit=True, file=sys.stdout)
time.sleep(60)
""")
print(rc, out.splitlines()[0], repr(err))
show("""\
import faulthandler
faulthandler.dump_traceback_later(3600)
print("the program ends before the timer")
""")
