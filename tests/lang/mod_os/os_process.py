# fork, waitpid, _exit, exec, kill and the wait status helpers; the
# children report through pipes and exit statuses only
import _signal as signal
import os

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()).__name__, os.geteuid() == os.getuid() or True, type(os.getgroups()).__name__)
print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))

events = []
os.register_at_fork(before=lambda: events.append('before1'),
                    after_in_parent=lambda: events.append('parent1'),
                    after_in_child=lambda: events.append('child1'))
os.register_at_fork(before=lambda: events.append('before2'),
                    after_in_parent=lambda: events.append('parent2'),
                    after_in_child=lambda: events.append('child2'))
for kw in [{}, {'before': 1}, {'after_in_child': None}]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print(type(e).__name__, e)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, ','.join(events).encode())
    os._exit(7)
os.close(w)
data = b''
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
print('child saw', data.decode())
print('parent saw', events)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
      os.waitstatus_to_exitcode(status))

# a child killed by a signal
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
wpid, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status),
      os.waitstatus_to_exitcode(status), os.WCOREDUMP(status))

# SIGINT with SIG_DFL kills; with the default handler it raises
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)
    os._exit(0)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    try:
        os.kill(os.getpid(), signal.SIGINT)
    except KeyboardInterrupt:
        os._exit(42)
    os._exit(0)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# exec replaces the child
pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 3'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execve('/bin/sh', ['sh', '-c', 'echo "$KRAIT_TEST_VAR"'], {'KRAIT_TEST_VAR': 'from env'})
os.close(w)
print(os.read(r, 100))
os.close(r)
print(os.waitstatus_to_exitcode(os.wait()[1]))

for args in [('/bin/sh', []), ('/bin/sh', ['']), ('/bin/sh', 'sh'), ('/bin/sh', [1])]:
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.execve('/bin/sh', ['sh'], {'A=B': 'x'})
except Exception as e:
    print(type(e).__name__, e)
try:
    os.execv('/nonexistent/program', ['x'])
except OSError as e:
    print(type(e).__name__, e)

print(os.waitpid(-1, os.WNOHANG) if False else 'no children left')
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(999999999, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff))
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print(type(e).__name__, e)
t = os.times()
print(type(t).__name__, len(t), t.elapsed == t[4], t.user >= 0)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
print(os.system('exit 5') >> 8)
