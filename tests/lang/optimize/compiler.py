# What the compiler does at each optimization level: asserts, __debug__,
# docstrings; compile()'s optimize argument against the interpreter's level
import dis
import os
import subprocess
import sys
import tempfile

ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

PROG = r'''
"""module doc"""
import ast, dis, sys, warnings


def f(x):
    """function doc"""
    assert x, "msg"
    if __debug__:
        print("debug")
    if not __debug__:
        print("not debug")
    return __debug__


async def af():
    "async doc"


class C:
    """class doc"""

    def m(self):
        "method doc"
        return 1

    @property
    def p(self):
        "property doc"


def loops(x, y):
    for i in x:
        assert i, i
    while __debug__:
        y += 1
        if y > 3:
            break
    if __debug__:
        z = 1
    else:
        z = 2
    w = __debug__ and y
    assert y
    return z, w


dis.dis(loops)
print(sys.flags.optimize, __debug__)
print(__doc__, f.__doc__, af.__doc__, C.__doc__, C.m.__doc__, C.p.__doc__)
print(f.__code__.co_consts, C.m.__code__.co_consts)
print([i.opname for i in dis.get_instructions(f)])
print(f(0) if not __debug__ else "f(0) would assert")

SRC = """'mod doc'
def g(x):
    'g doc'
    assert x, 'no'
    return __debug__
class K:
    'K doc'
r = g(1)
try:
    g(0)
    e = None
except AssertionError as exc:
    e = str(exc)
"""
tree = ast.parse(SRC)
for opt in (-1, 0, 1, 2):
    for src in (SRC, tree):
        ns = {}
        exec(compile(src, "<s>", "exec", optimize=opt), ns)
        print(opt, type(src).__name__, ns.get("__doc__", "unset"), ns["g"].__doc__, ns["K"].__doc__,
              ns["r"], ns["e"])
for bad in (-2, 3):
    try:
        compile("1", "<s>", "eval", optimize=bad)
    except ValueError as e:
        print(bad, e)

# the AST itself is never optimized: only compile() looks at the level
t = compile("assert __debug__", "<s>", "exec", ast.PyCF_ONLY_AST, optimize=2)
print(ast.dump(t))

# __debug__ cannot be assigned or bound at any level
for src in ("__debug__ = 1", "def h(__debug__): pass", "for __debug__ in x: pass",
            "import os as __debug__", "class __debug__: pass", "del __debug__",
            "f(__debug__=1)", "x.__debug__ = 1"):
    for opt in (0, 1, 2):
        try:
            compile(src, "<s>", "exec", optimize=opt)
            print(repr(src), opt, "compiles")
        except SyntaxError as e:
            print(repr(src), opt, e.msg)

# the always-true assert still warns when asserts are dropped
for opt in (0, 1):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile("assert (x, 'msg')", "<s>", "exec", optimize=opt)
    print(opt, [str(x.message) for x in w])

# a docstring-only body still makes a function; its first constant is None
code = compile('def d():\n    "only a doc"\n', "<s>", "exec", optimize=2)
ns = {}
exec(code, ns)
print(ns["d"](), ns["d"].__doc__, ns["d"].__code__.co_consts)
'''

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prog.py")
    with open(path, "w") as fp:
        fp.write(PROG)
    for args in ([], ["-O"], ["-OO"]):
        r = subprocess.run([sys.executable, "-B"] + args + [path], capture_output=True,
                           text=True, env=ENV, cwd=d)
        print(args, r.returncode)
        print(r.stdout + r.stderr.replace(d, "DIR"))

# dis of asserts and `if __debug__:` at this process's level (0)
def t(x):
    assert x
    if __debug__:
        return 1


dis.dis(t)
