# Importing a source module writes its cache, the next import reads it,
# and a stale or broken cache is ignored and rewritten.
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = False  # the tests run with -B
tag = sys.implementation.cache_tag
MAGIC = importlib.util.MAGIC_NUMBER

d = tempfile.mkdtemp()
sys.path.insert(0, d)
src = os.path.join(d, "cachedmod.py")
pyc = importlib.util.cache_from_source(src)


def write(path, text, mtime):
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (mtime, mtime))
    importlib.invalidate_caches()


def fresh_import(name="cachedmod", how=__import__):
    sys.modules.pop(name, None)
    return how(name)


def header(path):
    with open(path, "rb") as f:
        data = f.read()
    return (data[:4] == MAGIC, int.from_bytes(data[4:8], "little"),
            int.from_bytes(data[8:12], "little"), int.from_bytes(data[12:16], "little"))


write(src, "VALUE = 1\ndef f():\n    return VALUE\n", 1_000_000_000)
m = fresh_import()
print("value", m.f())
print("listing", [n.replace(tag, "TAG") for n in os.listdir(os.path.join(d, "__pycache__"))])
print("__cached__ right", m.__cached__ == pyc)
st = os.stat(src)
print("header", header(pyc), st.st_size)

# the second import reads the cache: replace the cached code by other code
# with the header of the current source, and the import runs that code
with open(pyc, "rb") as f:
    hdr = f.read(16)
import marshal
other = compile("VALUE = 'from the cache'\ndef f():\n    return VALUE\n", src, "exec")
with open(pyc, "wb") as f:
    f.write(hdr + marshal.dumps(other))
os.utime(pyc, None)
m = fresh_import()
print("value", m.f())

# a source of another size is newer: recompiled, cache rewritten
write(src, "VALUE = 22\ndef f():\n    return VALUE\n", 1_000_000_000)
m = fresh_import()
print("value", m.f(), "header", header(pyc)[1:], os.stat(src).st_size)

# same size, other mtime: recompiled too
write(src, "VALUE = 33\ndef f():\n    return VALUE\n", 1_000_000_100)
m = fresh_import()
print("value", m.f(), "header", header(pyc)[1:])

# broken caches: wrong magic, truncated header, bad flags
for broken in [b"XXXX" + hdr[4:] + marshal.dumps(other), hdr[:10],
               hdr[:4] + (4).to_bytes(4, "little") + hdr[8:] + marshal.dumps(other), b""]:
    with open(pyc, "wb") as f:
        f.write(broken)
    m = fresh_import()
    print("value", m.f(), "rewritten", header(pyc)[0])

# importlib.import_module goes through importlib's SourceFileLoader: it
# reads and writes the same file
os.utime(src, (1_000_000_200, 1_000_000_200))
m = fresh_import(how=importlib.import_module)
print("value", m.f(), "header", header(pyc)[1:3])
spec = importlib.util.spec_from_file_location("cachedmod", src)
code = spec.loader.get_code("cachedmod")
print("loader code", code.co_filename == src, spec.cached == pyc)
forged = (MAGIC + bytes(4) + (1_000_000_200).to_bytes(4, "little")
          + os.stat(src).st_size.to_bytes(4, "little") + marshal.dumps(other))
with open(pyc, "wb") as f:
    f.write(forged)
print("loader reads cache", spec.loader.get_code("cachedmod").co_consts == other.co_consts)
m = fresh_import()
print("value", m.f())
os.utime(src, (1_000_000_300, 1_000_000_300))

# no temporary files left behind
print("listing", [n.replace(tag, "TAG") for n in os.listdir(os.path.join(d, "__pycache__"))])

# a package and a submodule get their caches in their own directories
os.mkdir(os.path.join(d, "cpkg"))
write(os.path.join(d, "cpkg", "__init__.py"), "from . import sub\n", 1_000_000_000)
write(os.path.join(d, "cpkg", "sub.py"), "def g():\n    return 'sub'\n", 1_000_000_000)
import cpkg
print(cpkg.sub.g(), sorted(n.replace(tag, "TAG") for n in os.listdir(os.path.join(d, "cpkg", "__pycache__"))))
print(cpkg.__cached__ == importlib.util.cache_from_source(cpkg.__file__),
      cpkg.sub.__cached__ == importlib.util.cache_from_source(cpkg.sub.__file__))

# moved with its cache: the code names the new place
d2 = tempfile.mkdtemp()
os.mkdir(os.path.join(d2, "__pycache__"))
write(src, "def boom():\n    raise ValueError('here')\n", 1_000_000_000)
m = fresh_import()
shutil.copy2(src, os.path.join(d2, "movedmod.py"))
shutil.copy2(pyc, os.path.join(d2, "__pycache__", "movedmod." + tag + ".pyc"))
sys.path.insert(0, d2)
import movedmod
print("co_filename moved", movedmod.boom.__code__.co_filename == os.path.join(d2, "movedmod.py"),
      movedmod.__file__ == os.path.join(d2, "movedmod.py"))
import traceback
try:
    movedmod.boom()
except ValueError as e:
    print(traceback.extract_tb(e.__traceback__)[-1].filename == os.path.join(d2, "movedmod.py"))

# sys.dont_write_bytecode: nothing written
sys.dont_write_bytecode = True
write(os.path.join(d, "nowrite.py"), "X = 1\n", 1_000_000_000)
import nowrite
print("nowrite cached", os.path.exists(importlib.util.cache_from_source(nowrite.__file__)))
sys.dont_write_bytecode = False

# __pycache__ that cannot be a directory: the import works, nothing written
d3 = tempfile.mkdtemp()
sys.path.insert(0, d3)
with open(os.path.join(d3, "__pycache__"), "w") as f:
    f.write("not a directory")
write(os.path.join(d3, "blocked.py"), "X = 'blocked ok'\n", 1_000_000_000)
import blocked
print(blocked.X, os.path.isfile(os.path.join(d3, "__pycache__")))

# a syntax error is reported, and no cache is written
write(os.path.join(d, "badsyntax.py"), "x = (\n", 1_000_000_000)
try:
    import badsyntax
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(os.path.exists(importlib.util.cache_from_source(os.path.join(d, "badsyntax.py"))))

for p in (d, d2, d3):
    shutil.rmtree(p)
