# marshal.dumps/loads keep every field of a code object, nested ones too
import marshal

SRC = '''
import sys
X = 1

def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    "doc"
    total = a + b
    def inner(y):
        nonlocal total
        total += y
        return total
    try:
        inner(c)
    except (ValueError, TypeError) as exc:
        raise RuntimeError("x") from exc
    finally:
        total -= 1
    return [inner(i) for i in range(3)], {k: v for k, v in kw.items()}

class K:
    attr = frozenset({1, 2})
    def method(self):
        return super().method(), __class__

async def agen():
    async with ctx() as c:
        yield c
    await something

lam = lambda q, *, r=None: (q, r, 1.5, 2j, b"bytes", ..., None, True, 10**30)
'''

FIELDS = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
          "co_stacksize", "co_flags", "co_code", "co_names", "co_varnames",
          "co_cellvars", "co_freevars", "co_filename", "co_name", "co_qualname",
          "co_firstlineno", "co_linetable", "co_exceptiontable"]


def compare(a, b, where):
    ok = True
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            print("differs:", where, f)
            ok = False
    if list(a.co_lines()) != list(b.co_lines()):
        print("differs:", where, "co_lines")
        ok = False
    if list(a.co_positions()) != list(b.co_positions()):
        print("differs:", where, "co_positions")
        ok = False
    if len(a.co_consts) != len(b.co_consts):
        print("differs:", where, "len(co_consts)")
        return False
    for x, y in zip(a.co_consts, b.co_consts):
        if type(x) is not type(y):
            print("differs:", where, "const type", type(x), type(y))
            ok = False
        elif hasattr(x, "co_code"):
            ok &= compare(x, y, where + "." + x.co_name)
        elif x != y:
            print("differs:", where, "const", x, y)
            ok = False
    return ok


code = compile(SRC, "/some/where/mod.py", "exec")
data = marshal.dumps(code)
back = marshal.loads(data)
print("same fields:", compare(code, back, "<module>"))
print("equal:", back == code, hash(back) == hash(code))
print("filename:", back.co_filename)
names = []
def walk(c):
    for k in c.co_consts:
        if hasattr(k, "co_code"):
            names.append(k.co_qualname)
            walk(k)
walk(back)
print(sorted(names))
# the reloaded code runs
ns = {}
exec(marshal.loads(marshal.dumps(compile("def f(n):\n    return [i * i for i in range(n)]\n", "m", "exec"))), ns)
print(ns["f"](4))
# a dump of a dump is stable
print("stable:", marshal.dumps(back) == marshal.dumps(marshal.loads(marshal.dumps(back))))
# errors
for bad in [data[:10], data[:-1], b"", b"\xff"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__)
