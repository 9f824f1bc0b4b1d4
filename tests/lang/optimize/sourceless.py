# Modules that exist only as bytecode (`compileall -b` writes NAME.pyc
# beside the source; the source is then removed) import from that file,
# at the level it was compiled at, keeping the file name it was compiled
# with; a damaged file is an import error
import os
import subprocess
import sys
import tempfile

ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(d, args, code):
    cmd = [sys.executable] + args + (["-c", code] if code is not None else [])
    r = subprocess.run(cmd, capture_output=True, text=True,
                       env=dict(ENV, PYTHONPATH=d), cwd=d)
    err = r.stderr.replace(d, "DIR").strip().splitlines()
    return r.returncode, r.stdout.replace(d, "DIR").strip().splitlines(), err[-2:]


SHOW = ("import os, mod, pkg, pkg.sub\n"
        "for m in (mod, pkg, pkg.sub):\n"
        "    print(m.__name__, m.__doc__, m.DEBUG, os.path.relpath(m.__file__),"
        " os.path.relpath(m.__cached__), m.__package__)\n"
        "print([os.path.relpath(p) for p in pkg.__path__])\n"
        "mod.fail()\n")
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "pkg"))
    for name in ("mod.py", "pkg/__init__.py", "pkg/sub.py"):
        with open(os.path.join(d, name), "w") as fp:
            fp.write('"""doc of %s"""\nDEBUG = __debug__\n\ndef fail():\n    1 / 0\n' % name)
    for opt in ("0", "2"):
        print(run(d, ["-m", "compileall", "-q", "-b", "-f", "-o", opt, "-d", "orig", "."],
                  None))
        for name in ("mod.py", "pkg/__init__.py", "pkg/sub.py"):
            os.rename(os.path.join(d, name), os.path.join(d, name + ".kept"))
        print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "pkg"))))
        print(run(d, [], SHOW))
        # a source beside it wins over the bytecode
        for name in ("mod.py", "pkg/__init__.py", "pkg/sub.py"):
            os.rename(os.path.join(d, name + ".kept"), os.path.join(d, name))
        print(run(d, ["-B"], "import mod; print(mod.__file__.endswith('.py'))"))

    for name, data in (("badmagic.pyc", b"abcdefghijklmnopqrstuvwxyz"),
                       ("short.pyc", open(os.path.join(d, "mod.pyc"), "rb").read()[:10]),
                       ("notcode.pyc", open(os.path.join(d, "mod.pyc"), "rb").read()[:16] + b"N")):
        with open(os.path.join(d, name), "wb") as fp:
            fp.write(data)
        rc, out, err = run(d, [], "import " + name[:-4])
        print(name, rc, out, [e.split(":")[0] for e in err[-1:]])
