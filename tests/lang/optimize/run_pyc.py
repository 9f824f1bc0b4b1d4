# A .pyc file given as the script runs its code object, whatever level it
# was compiled at; a bad magic number or bad marshal data is an error
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile

ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
SRC = ('"""doc"""\nimport sys\nprint("running", __name__, __doc__, __debug__, '
       'sys.argv[1:], __file__.rsplit("/", 1)[-1], __cached__)\nassert sys.argv[1:] == ["ok"], "argv"\n')


def run(d, *args):
    r = subprocess.run([sys.executable] + list(args), capture_output=True, text=True, env=ENV,
                       cwd=d)
    err = r.stderr.strip().splitlines()
    return r.returncode, r.stdout.strip(), err[-1] if err else ""


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "prog.py"), "w") as fp:
        fp.write(SRC)
    for opt in (0, 1, 2):
        out = py_compile.compile(os.path.join(d, "prog.py"),
                                 cfile=os.path.join(d, "p%d.pyc" % opt), dfile="prog.py",
                                 optimize=opt)
        print(opt, run(d, "p%d.pyc" % opt, "ok"), run(d, "p%d.pyc" % opt, "no"))
    # no .pyc suffix: the magic number at the start is enough
    shutil.copy(os.path.join(d, "p1.pyc"), os.path.join(d, "noext"))
    print(run(d, "noext", "x"))
    with open(os.path.join(d, "p0.pyc"), "rb") as fp:
        data = fp.read()
    for name, content in (("badmagic.pyc", b"abcd" + data[4:]), ("short.pyc", data[:3]),
                          ("truncated.pyc", data[:24]), ("notcode.pyc", data[:16] + b"N")):
        with open(os.path.join(d, name), "wb") as fp:
            fp.write(content)
        print(name, run(d, name))
