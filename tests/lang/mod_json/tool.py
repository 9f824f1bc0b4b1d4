# json.tool run with -m: __main__ exists for runpy, and a stdout the
# program closed itself is not flushed again at exit (exit status 0).
import subprocess
import sys

doc = '{"b": [1, 2.5, "\\u00e9"], "a": {"x": null}}'
for args in [[], ['--sort-keys'], ['--compact'], ['--indent', '1'], ['--no-ensure-ascii']]:
    p = subprocess.run([sys.executable, '-m', 'json.tool', *args], input=doc.encode(),
                       capture_output=True)
    print(args, p.returncode, p.stdout.decode('utf-8'), p.stderr.decode())
p = subprocess.run([sys.executable, '-m', 'json.tool'], input=b'{"a": }', capture_output=True)
print(p.returncode, p.stdout, p.stderr.decode().strip())
p = subprocess.run([sys.executable, '-c', 'import sys; print("x"); sys.stdout.close()'],
                   capture_output=True)
print(p.returncode, p.stdout, p.stderr)
