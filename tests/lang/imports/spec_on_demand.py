# Modules get __spec__, __loader__ and __cached__ as under importlib, also
# when the program never imports importlib itself; a module found through
# the '' entry of sys.path (-c, -m, stdin) has an absolute __file__.
import os
import subprocess
import sys
import tempfile

d = os.path.realpath(tempfile.mkdtemp())
with open(os.path.join(d, "mymod.py"), "w") as f:
    f.write("X = 1\n")
os.mkdir(os.path.join(d, "pkg"))
with open(os.path.join(d, "pkg", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(d, "pkg", "sub.py"), "w") as f:
    f.write("Y = 2\n")
code = """
import mymod, pkg.sub, json, sys, os
def rel(p):
    return p.replace(%r, "<dir>") if isinstance(p, str) else p
print(rel(mymod.__file__))
print(mymod.__spec__.name, rel(mymod.__spec__.origin), mymod.__spec__.has_location)
print(type(mymod.__loader__).__name__, mymod.__loader__.name)
c = rel(mymod.__cached__)
print(os.path.dirname(c), os.path.basename(c).split(".")[0], c.endswith(".pyc"))  # the tag is the implementation's
print(pkg.__spec__.submodule_search_locations == [rel(pkg.__path__[0]).replace("<dir>", %r)],
      pkg.sub.__spec__.parent, pkg.sub.__package__)
print(json.__spec__.name, type(json.__loader__).__name__, json.__spec__.parent)
import __main__
print(__main__.__spec__)
""" % (d, d)
env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
r = subprocess.run([sys.executable, "-c", code], cwd=d, capture_output=True, text=True, env=env)
print(r.stdout, r.stderr, r.returncode)
with open(os.path.join(d, "main.py"), "w") as f:
    f.write(code)
r = subprocess.run([sys.executable, "main.py"], cwd=d, capture_output=True, text=True, env=env)
print(r.stdout, r.stderr, r.returncode)
import shutil
shutil.rmtree(d)
