# The start-up options about bytecode and site, seen from a child process
import os
import subprocess
import sys
import tempfile

ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(args, code, **env):
    r = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True,
                       env=dict(ENV, **env), cwd=tempfile.gettempdir())
    return (r.stdout + r.stderr).strip()


SHOW = ("import sys; f = sys.flags; print(sys.dont_write_bytecode, f.dont_write_bytecode, "
        "f.no_site, f.no_user_site, f.isolated, f.ignore_environment, f.safe_path, "
        "'site' in sys.modules, sys.pycache_prefix)")
for args, env in [([], {}), (["-B"], {}), ([], {"PYTHONDONTWRITEBYTECODE": "1"}),
                  ([], {"PYTHONDONTWRITEBYTECODE": ""}), (["-E"], {"PYTHONDONTWRITEBYTECODE": "1"}),
                  (["-S"], {}), (["-s"], {}), ([], {"PYTHONNOUSERSITE": "1"}), (["-I"], {}),
                  (["-P"], {}), (["-I", "-S"], {}), (["-X", "pycache_prefix=/some/where"], {}),
                  ([], {"PYTHONPYCACHEPREFIX": "rel/dir"}),
                  (["-X", "pycache_prefix=/a"], {"PYTHONPYCACHEPREFIX": "/b"}),
                  (["-E"], {"PYTHONPYCACHEPREFIX": "/b"})]:
    print(args, env, "->", run(args, SHOW, **env))

# PYTHONPATH comes after the script's directory, unless -E or -I
for args in ([], ["-E"], ["-I"]):
    print(args, run(args, "import sys; print([p for p in sys.path if 'krait-no-such' in p], "
                          "sys.path.index('/krait-no-such-dir') if '/krait-no-such-dir' in sys.path else None)",
                    PYTHONPATH="/krait-no-such-dir"))

# where the script's directory goes: nowhere with -P and -I
print(run([], "import sys; print(repr(sys.path[0]))"))
print(run(["-P"], "import sys; print('' in sys.path)"))
print(run(["-I"], "import sys; print('' in sys.path)"))

# site's work: sys.path ends with the site directories that exist; the
# standard library comes first; builtins get help, copyright, exit
print(run([], "import sys, site, os; sp = [p for p in site.getsitepackages() if os.path.isdir(p)]; "
              "print(sys.path[len(sys.path) - len(sp):] == sp)"))
print(run(["-S"], "import sys, os; print(sys.path[1:] == [os.path.join(sys.prefix, 'lib', 'python311.zip'), "
                  "os.path.dirname(os.__file__), os.path.join(os.path.dirname(os.__file__), 'lib-dynload')])"))
print(run([], "import sys, os; print(sys.path.index(os.path.dirname(os.__file__)))"))
print(run([], "print(type(help).__name__, type(copyright).__name__, type(exit).__name__, repr(quit))"))
print(run(["-s"], "import site; print(site.ENABLE_USER_SITE)"))
print(run([], "import site; print(site.ENABLE_USER_SITE)", PYTHONNOUSERSITE="x"))
print(run([], "import site, sys; print(site.ENABLE_USER_SITE == (not sys.flags.no_user_site))"))

# -X pycache_prefix puts the cache under the prefix, by absolute path
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.mkdir(src)
    with open(os.path.join(src, "pmod.py"), "w") as f:
        f.write("X = 42\n")
    prefix = os.path.join(d, "prefix")
    code = ("import sys, importlib.util; sys.path.insert(0, %r); import pmod; "
            "print(pmod.X, pmod.__cached__ == importlib.util.cache_from_source(pmod.__file__))" % src)
    print(run(["-X", "pycache_prefix=" + prefix], code))
    print(os.path.exists(os.path.join(src, "__pycache__")))
    found = []
    for root, dirs, files in os.walk(prefix):
        for n in files:
            found.append(os.path.relpath(os.path.join(root, n), prefix)
                         .replace(sys.implementation.cache_tag, "TAG").replace(d.lstrip("/"), "D"))
    print([f for f in found if f.startswith("D/")])  # the stdlib's caches may be there too
    print(run([], code, PYTHONPYCACHEPREFIX=prefix))
    print(run(["-B"], code))
    print(os.path.exists(os.path.join(src, "__pycache__")))
    print(run([], code))
    print(os.listdir(os.path.join(src, "__pycache__"))[0].replace(sys.implementation.cache_tag, "TAG"))
