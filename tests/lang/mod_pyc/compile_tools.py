# py_compile and compileall write the caches the import system reads
import compileall
import importlib
import importlib.util
import marshal
import os
import py_compile
import shutil
import sys
import tempfile

sys.dont_write_bytecode = False
tag = sys.implementation.cache_tag
d = tempfile.mkdtemp()
sys.path.insert(0, d)


def write(name, text, mtime=1_000_000_000):
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (mtime, mtime))
    importlib.invalidate_caches()
    return path


def flags(pyc):
    with open(pyc, "rb") as f:
        return int.from_bytes(f.read(8)[4:], "little")


src = write("pc.py", "X = 'compiled'\n")
pyc = py_compile.compile(src, doraise=True)
print("py_compile", pyc == importlib.util.cache_from_source(src), flags(pyc))
before = os.stat(pyc).st_mtime_ns
import pc
print(pc.X, "cache kept", os.stat(pyc).st_mtime_ns == before)

# cfile= and a code object that is not the source's: the import trusts the cache
other = write("other.py", "X = 'other code'\n")
py_compile.compile(other, cfile=importlib.util.cache_from_source(src), doraise=True)
with open(pyc, "r+b") as f:  # header of pc.py's source
    f.seek(8)
    st = os.stat(src)
    f.write(int(st.st_mtime).to_bytes(4, "little") + st.st_size.to_bytes(4, "little"))
sys.modules.pop("pc")
import pc
print(pc.X)

# hash-based caches
ch = write("ch.py", "X = 'checked 1'\n")
py_compile.compile(ch, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
import ch as m
print(m.X, flags(importlib.util.cache_from_source(ch)))
write("ch.py", "X = 'checked 2'\n")  # same size, same mtime: the hash tells
sys.modules.pop("ch")
import ch as m
print(m.X, flags(importlib.util.cache_from_source(ch)))

uh = write("uh.py", "X = 'unchecked 1'\n")
py_compile.compile(uh, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
write("uh.py", "X = 'unchecked 2'\n")
import uh as m
print(m.X, flags(importlib.util.cache_from_source(uh)))

# a syntax error
bad = write("bad.py", "def f(:\n")
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print("PyCompileError", type(e.exc_value).__name__)

# compileall over a tree
tree = os.path.join(d, "tree")
os.makedirs(os.path.join(tree, "sub"))
for name in ["a.py", "b.py", "sub/__init__.py", "sub/c.py"]:
    with open(os.path.join(tree, name), "w") as f:
        f.write("V = %r\n" % name)
print(compileall.compile_dir(tree, quiet=1))
found = sorted(os.path.relpath(os.path.join(r, n), tree).replace(tag, "TAG")
               for r, _, fs in os.walk(tree) for n in fs if n.endswith(".pyc"))
print(found)
sys.path.insert(0, tree)
stamps = {p: os.stat(os.path.join(tree, p.replace("TAG", tag))).st_mtime_ns for p in found}
import a, sub.c
print(a.V, sub.c.V, all(os.stat(os.path.join(tree, p.replace("TAG", tag))).st_mtime_ns == t
                        for p, t in stamps.items()))
# a second run has nothing to do
print(compileall.compile_dir(tree, quiet=1))
# legacy layout: compileall -b writes NAME.pyc next to the source
leg = os.path.join(d, "legacy")
os.mkdir(leg)
with open(os.path.join(leg, "lm.py"), "w") as f:
    f.write("V = 'legacy'\n")
print(compileall.compile_dir(leg, quiet=1, legacy=True), sorted(os.listdir(leg)))
os.remove(os.path.join(leg, "lm.py"))
sys.path.insert(0, leg)
importlib.invalidate_caches()
try:
    import lm
    print(lm.V)
except ImportError as e:
    print("ImportError", e)
shutil.rmtree(d)
