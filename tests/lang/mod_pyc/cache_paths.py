# importlib.util.cache_from_source / source_from_cache, with the tag hidden
import importlib.util
import os
import sys

tag = sys.implementation.cache_tag
print(tag is not None, "." in tag or "-" in tag)


def show(p):
    return p.replace(tag, "TAG")


for src in ["mod.py", "pkg/__init__.py", "/abs/dir/m.py", "a.b.py", "noext"]:
    print(src, "->", show(importlib.util.cache_from_source(src)))
print(show(importlib.util.cache_from_source("x.py", optimization=2)))
print(show(importlib.util.cache_from_source("x.py", optimization="")))
for c in ["__pycache__/mod." + tag + ".pyc", "pkg/__pycache__/m." + tag + ".opt-1.pyc"]:
    print(show(c), "->", importlib.util.source_from_cache(c))
for bad in ["mod.pyc", "__pycache__/mod.pyc", "__pycache__/mod.other-99.pyc"]:
    try:
        print(importlib.util.source_from_cache(bad))
    except ValueError as e:
        print("ValueError", show(str(e)))
print(importlib.util.MAGIC_NUMBER, len(importlib.util.MAGIC_NUMBER))

# pycache_prefix
old = sys.pycache_prefix
sys.pycache_prefix = "/cache"
print(show(importlib.util.cache_from_source("/abs/dir/m.py")))
rel = importlib.util.cache_from_source("rel/m.py")
print(show(rel.replace(os.getcwd().lstrip("/"), "CWD")))
print(importlib.util.source_from_cache("/cache/abs/dir/m." + tag + ".pyc"))
sys.pycache_prefix = old
print(sys.pycache_prefix)
