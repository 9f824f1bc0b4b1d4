# A package whose C accelerator cannot be loaded falls back to its pure
# Python code, whether the .so file is there (but unusable) or missing.
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
pkg = os.path.join(d, "fastpkg")
os.mkdir(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write(
        "try:\n"
        "    from ._speedups import work\n"
        "    KIND = 'C'\n"
        "except ImportError:\n"
        "    def work(x):\n"
        "        return x * 2\n"
        "    KIND = 'pure'\n"
        "try:\n"
        "    import _fastpkg_missing_accel\n"
        "except ModuleNotFoundError as e:\n"
        "    MISSING = (e.name, str(e))\n")
# not a shared library at all: nobody can load it
for name in ["_speedups.cpython-311-x86_64-linux-gnu.so", "_speedups.abi3.so", "_speedups.so"]:
    with open(os.path.join(pkg, name), "wb") as f:
        f.write(b"\x00not an ELF file\x00" * 8)
sys.path.insert(0, d)
import fastpkg
print(fastpkg.KIND, fastpkg.work(21), fastpkg.MISSING)
print("fastpkg._speedups" in sys.modules)
try:
    import fastpkg._speedups
except ImportError as e:
    print("ImportError subclass:", isinstance(e, ImportError))
shutil.rmtree(d)
