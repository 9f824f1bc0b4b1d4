# compile(..., PyCF_ONLY_AST) in every mode: the trees, with positions,
# printed as ast.dump(tree, include_attributes=True) prints them.
import _ast


def dump(node, attrs=True):
    if isinstance(node, _ast.AST):
        parts = []
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                continue
            if value is None and getattr(type(node), name, ...) is None:
                continue
            parts.append("%s=%s" % (name, dump(value, attrs)))
        if attrs:
            for name in node._attributes:
                try:
                    parts.append("%s=%s" % (name, dump(getattr(node, name), attrs)))
                except AttributeError:
                    pass
        return "%s(%s)" % (type(node).__name__, ", ".join(parts))
    if isinstance(node, list):
        return "[%s]" % ", ".join(dump(x, attrs) for x in node)
    return repr(node)


def parse(src, mode="exec", flags=0, attrs=True):
    try:
        print(dump(compile(src, "<test>", mode, _ast.PyCF_ONLY_AST | flags), attrs))
    except Exception as e:
        print(type(e).__name__, e)


parse("x = 1")
parse("a, *b = c[1:2, ::3] = d.e = f")
parse("x += 1; y @= 2; z: int = 3; (w): 'str'")
parse("del a, b[0], c.d")
parse("import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *")
parse("global x\nnonlocal y")
parse("""
@dec(1)
def f(a, /, b: int = 2, *c, d, e=3, **g) -> None:
    '''doc'''
    return (yield)
async def h():
    await x
    async for i in y: pass
    async with a as b, c: pass
    yield from z
""")
parse("""
class C(B, metaclass=M, **kw):
    x: int
    def m(self): ...
""")
parse("""
for i, j in k:
    continue
else:
    break
while 1:
    pass
if a: b
elif c: d
else: e
""")
parse("""
try:
    pass
except E as e:
    raise X from e
except (A, B):
    raise
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
with open(f) as g, h:
    assert x, 'msg'
""")
parse("""
match p:
    case 1 | -2 | 3.5j | 'a' 'b' | b'x':
        pass
    case None | True:
        pass
    case [a, *rest, _] if a > 0:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x, y=0) as pt:
        pass
    case (q.r, *_):
        pass
""")
parse("lambda x, *y, z=1, **w: (x if y else z, not w, -x, ~y, +z)")
parse("[x for x in y if x if not x] + {a: b async for a, b in c} - {s for s in t} * (g for g in h)")
parse("a and b or c and not d; a < b <= c is not d in e not in f == g != h > i >= j is k")
parse("f(a, *b, c=d, **e)(x)[y:z]")
parse("f'{a!r:>{w}} {b=} {c:{d}.{e}}' + u'u' + rb'\\x00' + '''x\ny'''")
parse("{1: 2, **d, 3: 4}, {1, 2}, [], (), (1,), ..., None, True, 1_000, 0x1f, 1e10, 2j")
parse("(y := 10)")
parse("x if y else z", "eval")
parse("1 +\n  2", "eval")
parse("x = 1", "single")
parse("if x:\n  y\n\n", "single")
parse("(int, *str) -> list[int]", "func_type")
parse("() -> None", "func_type")
parse("ñ = 'é€𝄞'\n")
parse("a\u00b7b = 1")
parse("x = (1,\n     2,\n     3)\n")
parse("x = 1", "eval")
parse("def f(:\n  pass")
parse("1 +", "eval")
parse("x", "func_type")
parse("x = 1", "bad")
parse("await x")
parse("await x", flags=_ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")
parse("x = 1\n", attrs=False)

# the same shared instance for every Load/Store/Add... a tree holds
t = compile("a = b + c - d", "<t>", "exec", _ast.PyCF_ONLY_AST)
s = t.body[0]
print(s.value.left.left.ctx is s.value.right.ctx, s.value.op is compile("1+1", "", "eval", 1024).body.op)
print(type(s.targets[0].ctx).__name__, s.targets[0].ctx is s.value.left.left.ctx)
print(compile(t, "<t>", "exec", _ast.PyCF_ONLY_AST) is t)

# the keyword arguments of compile() still apply
parse("x = 1", flags=0)
try:
    compile("x", "<t>", "exec", 0x10000000)
except ValueError as e:
    print(type(e).__name__, e)
co = compile("await x", "<t>", "exec", _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(co.co_flags & 0x80))

# an int literal beyond the digit limit is a syntax error of its lines
import sys
for src in ("x = " + "3" * 4301, "x = (1,\n" + "3" * 4301 + ")"):
    try:
        compile(src, "<big>", "exec", _ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text[:10]))
sys.set_int_max_str_digits(5000)
print(len(str(compile("3" * 4301, "<big>", "eval", _ast.PyCF_ONLY_AST).body.value)))
print(eval("0x" + "f" * 5000).bit_length())
