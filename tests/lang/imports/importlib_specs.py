# Once importlib is imported, modules carry the ModuleSpec, loader and
# __cached__ importlib gives them, its finders are on sys.meta_path, and
# find_spec, reload and import_module work.
import os
import sys
sys.dont_write_bytecode = True
import json
import importlib
import importlib.util
import importlib.machinery

names = [getattr(f, "__name__", type(f).__name__) for f in sys.meta_path]
print(names[-3:])
print(type(json.__spec__).__name__, json.__spec__.name, type(json.__loader__).__name__)
print(json.__spec__.origin == json.__file__, json.__spec__.submodule_search_locations == json.__path__)
tag = sys.implementation.cache_tag
print(os.path.basename(json.__cached__) == "__init__.%s.pyc" % tag, json.__spec__.parent)
print(sys.__spec__.origin, type(sys.__loader__).__name__ if not isinstance(sys.__loader__, type) else sys.__loader__.__name__)

import pkg_specs.sub.mod as m
print(m.__spec__.name, m.__spec__.parent, m.__package__, m.Y)
print(os.path.relpath(m.__spec__.origin), os.path.relpath(m.__cached__) == "pkg_specs/sub/__pycache__/mod.%s.pyc" % tag)
print(importlib.util.find_spec("pkg_specs.sub.mod").name, importlib.util.find_spec("nonexistent_xyz"))
spec = importlib.util.find_spec("pkg_specs")
print(spec.name, spec.submodule_search_locations == [os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkg_specs")])
print(importlib.import_module(".sub", "pkg_specs").__name__)
m.Y = 99
importlib.reload(m)
print(m.Y)
print(importlib.util.find_spec("math").origin, importlib.util.find_spec("math").loader.__name__)
print(__spec__)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.EXTENSION_SUFFIXES == [] or True)
try:
    importlib.import_module("pkg_specs.missing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
