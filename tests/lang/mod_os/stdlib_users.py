# the pure-Python modules that stand on posix: tempfile, shutil, pathlib,
# glob, subprocess, signal (with its enums)
import glob
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp(prefix='krt')
p = pathlib.Path(d)
(p / 'a' / 'b').mkdir(parents=True)
(p / 'a' / 'f.txt').write_text('hello')
(p / 'g.py').write_bytes(b'x')
print(sorted(str(x.relative_to(p)) for x in p.rglob('*')))
print(sorted(os.path.relpath(x, d) for x in glob.glob(d + '/**', recursive=True)))
print((p / 'a' / 'f.txt').read_text(), (p / 'a').is_dir(), (p / 'nope').exists())
shutil.copy(p / 'a' / 'f.txt', p / 'copy.txt')
shutil.copytree(p / 'a', p / 'a2')
print(sorted(os.listdir(d)), (p / 'copy.txt').stat().st_size)
shutil.move(str(p / 'copy.txt'), str(p / 'moved.txt'))
print(sorted(os.listdir(d)))
fd, name = tempfile.mkstemp(dir=d)
print(os.get_inheritable(fd), oct(os.stat(name).st_mode & 0o777))
os.write(fd, b'abc')
os.close(fd)
print(os.path.getsize(name))
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td))
print(os.path.exists(td))
shutil.rmtree(d)
print(os.path.exists(d))

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(['echo', 'hi']))
r = subprocess.run([sys.executable, '-c', 'import os; print(os.getppid() > 0)'],
                   capture_output=True, text=True)
print(r.returncode, r.stdout)
proc = subprocess.Popen(['sleep', '10'])
proc.send_signal(signal.SIGTERM)
print(proc.wait())
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(os.popen('echo popen').read())

print(signal.SIGTERM, repr(signal.SIGTERM), signal.Signals(2).name, repr(signal.SIG_DFL))
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)))
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(signal.Signals(n).name))
print(repr(old))
os.kill(os.getpid(), signal.SIGUSR1)
print(got, repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) != '', repr(signal.getsignal(signal.SIGUSR1)))
print(signal.strsignal(signal.SIGINT), sorted(signal.valid_signals())[:3])
print(signal.pthread_sigmask(signal.SIG_BLOCK, []), signal.sigpending())
