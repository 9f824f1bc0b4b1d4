# Parsing a module to AST objects and compiling those gives the same code
# as compiling the source, for modules of the standard library.
import _ast
import sys


def shape(co):
    out = [co.co_name, co.co_code, co.co_names, co.co_varnames, co.co_freevars,
           co.co_cellvars, co.co_linetable, co.co_exceptiontable, co.co_flags,
           co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_firstlineno]
    for c in co.co_consts:
        out.append(shape(c) if hasattr(c, "co_code") else (type(c).__name__, repr(c)))
    return out


def count(node):
    n = 1
    for f in node._fields:
        v = getattr(node, f, None)
        for x in (v if isinstance(v, list) else [v]):
            if isinstance(x, _ast.AST):
                n += count(x)
    return n


stdlib = sys.modules["os"].__file__.rsplit("/", 1)[0] if "os" in sys.modules else None
if stdlib is None:
    stdlib = [p for p in sys.path if p.endswith("python3.11")][0]
names = ["abc", "ast", "bisect", "calendar", "colorsys", "contextlib", "copy", "dataclasses",
         "enum", "fnmatch", "functools", "heapq", "keyword", "numbers", "operator", "pprint",
         "queue", "random", "string", "textwrap", "types", "typing", "warnings"]
for name in names:
    with open(stdlib + "/" + name + ".py", "rb") as f:
        src = f.read()
    direct = compile(src, name, "exec")
    tree = compile(src, name, "exec", _ast.PyCF_ONLY_AST)
    via_tree = compile(tree, name, "exec")
    print(name, count(tree), shape(direct) == shape(via_tree))
