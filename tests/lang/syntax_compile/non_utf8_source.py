# Source bytes that are not UTF-8: a script file must be UTF-8 unless it
# declares an encoding (PEP 263), while compiled bytes and imported
# modules fail only where a string literal holds such bytes.
import os
import subprocess
import sys

d = "nonutf8_src"
os.mkdir(d)
sys.path.insert(0, d)
sources = {
    "in_string": b'x = "\xe4abc"\nprint(x)\n',
    "in_comment": b"# \xe4\nprint('comment ok')\n",
    "in_bytes": b'x = b"\xe4"\nprint(x)\n',
    "after_escape": b'x = "\\n\xff\xfe"\nprint(x)\n',
    "raw": b'x = r"\\d\xe4\xe4"\nprint(x)\n',
    "declared": b"# -*- coding: latin-1 -*-\nx = '\xe4'\nprint(ascii(x))\n",
}
try:
    for name, src in sources.items():
        path = os.path.join(d, name + ".py")
        with open(path, "wb") as f:
            f.write(src)
        try:
            exec(compile(src, "<bytes>", "exec"))
        except SyntaxError as e:
            print(name, "compile:", e.msg, e.lineno)
        try:
            __import__(name)
        except SyntaxError as e:
            print(name, "import:", e.msg, e.lineno)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        print(name, "script:", r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[-1:])
finally:
    for f in os.listdir(d):
        if f.endswith(".py"):
            os.unlink(os.path.join(d, f))
    if os.path.isdir(os.path.join(d, "__pycache__")):
        for f in os.listdir(os.path.join(d, "__pycache__")):
            os.unlink(os.path.join(d, "__pycache__", f))
        os.rmdir(os.path.join(d, "__pycache__"))
    os.rmdir(d)
