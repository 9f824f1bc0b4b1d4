# Bytecode caches per optimization level: the file names, imports that
# never load another level's bytecode, py_compile and compileall
import os
import subprocess
import sys
import tempfile

ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
TAG = sys.implementation.cache_tag


def run(d, args, code, **env):
    cmd = [sys.executable] + args + (["-c", code] if code is not None else [])
    r = subprocess.run(cmd, capture_output=True, text=True,
                       env=dict(ENV, PYTHONPATH=d, **env), cwd=d)
    out = (r.stdout + r.stderr).replace(d, "DIR").replace(TAG, "TAG").strip()
    return out.splitlines()[-1] if r.returncode else out


def listing(d):
    pc = os.path.join(d, "__pycache__")
    return sorted(n.replace(TAG, "TAG") for n in os.listdir(pc)) if os.path.isdir(pc) else []


NAMES = ("import importlib.util as u, sys\n"
         "print(sys.flags.optimize, [u.cache_from_source(p) for p in ('m.py', 'p/__init__.py')],"
         " u.cache_from_source('m.py', optimization=''), u.cache_from_source('m.py', optimization=1),"
         " u.cache_from_source('m.py', optimization=2))")
with tempfile.TemporaryDirectory() as d:
    for args, env in (([], {}), (["-O"], {}), (["-OO"], {}), (["-OOO"], {}),
                      ([], {"PYTHONOPTIMIZE": "2"}), (["-E"], {"PYTHONOPTIMIZE": "1"})):
        print(args, env, run(d, args, NAMES, **env))

MOD = '"""doc of mod"""\nassert 0, "asserts run"\nDEBUG = __debug__\n'
SHOW = "import mod, os; print(mod.DEBUG, mod.__doc__, os.path.basename(mod.__cached__))"
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod.py"), "w") as fp:
        fp.write(MOD)
    # each level writes and then reads its own file: the level-0 cache of a
    # module whose assert fails never stands in for the -O one, nor back
    for args in (["-O"], [], ["-OO"], ["-O"], ["-OO"], []):
        print(args, run(d, args, SHOW), listing(d))
    print(run(d, [], "import mod, os; print(os.path.basename(mod.__cached__))",
              PYTHONOPTIMIZE="2"))
    # -B writes nothing new, at any level
    os.remove(os.path.join(d, "__pycache__", "mod.%s.opt-1.pyc" % TAG))
    print(run(d, ["-B", "-O"], SHOW), listing(d))

PYC = ("import py_compile, marshal, sys\n"
       "def load(p):\n"
       "    with open(p, 'rb') as f:\n"
       "        f.read(16)\n"
       "        code = marshal.load(f)\n"
       "    ns = {}\n"
       "    try:\n"
       "        exec(code, ns)\n"
       "    except AssertionError as e:\n"
       "        return 'AssertionError', str(e)\n"
       "    return ns.get('__doc__'), ns['DEBUG']\n"
       "for opt in (-1, 0, 1, 2):\n"
       "    p = py_compile.compile('mod.py', optimize=opt)\n"
       "    print(opt, p.replace(sys.implementation.cache_tag, 'TAG'), load(p))\n")
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod.py"), "w") as fp:
        fp.write(MOD.replace('assert 0, "asserts run"\n', ''))
    for args in ([], ["-O"], ["-OO"]):
        print(args, run(d, args, PYC))
    print(listing(d))

# compileall: every level asked for, -o repeated; the files are what an
# import at that level then uses
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod.py"), "w") as fp:
        fp.write(MOD)
    print(run(d, [], "import compileall; print(compileall.compile_dir('.', quiet=1, "
                     "optimize=[0, 1, 2]))"), listing(d))
    # a marker only the cached files have: the source changes, the caches
    # keep the source's size and mtime so they are still valid
    st = os.stat(os.path.join(d, "mod.py"))
    with open(os.path.join(d, "mod.py"), "w") as fp:
        fp.write(MOD.replace("DEBUG", "DEBUX"))
    os.utime(os.path.join(d, "mod.py"), ns=(st.st_atime_ns, st.st_mtime_ns))
    for args in ([], ["-O"], ["-OO"]):
        print(args, run(d, args, SHOW))
    for f in os.listdir(os.path.join(d, "__pycache__")):
        os.remove(os.path.join(d, "__pycache__", f))
    print(run(d, ["-m", "compileall", "-q", "-o", "1", "-o", "2", "."], None) or "ok", listing(d))
    print(run(d, ["-OO", "-m", "compileall", "-q", "-f", "."], None) or "ok", listing(d))
