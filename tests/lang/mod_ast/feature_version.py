# compile(..., PyCF_ONLY_AST, _feature_version=N), as ast.parse(feature_version=(3, N)):
# syntax newer than 3.N is a SyntaxError.
import ast
import _ast
def parse(src, v):
    try:
        compile(src, "<fv>", "exec", _ast.PyCF_ONLY_AST, _feature_version=v)
        print(v, "ok")
    except SyntaxError as e:
        print(v, "SyntaxError", e.msg)
for src, ok in (("def foo(x, /): ...", 8), ("lambda x=1, /: ...", 8), ("(x := 1)", 8), ("[y := 1 for x in z]", 8),
                ("with (A() as a): ...", 9), ("with (A() as a, B()): ...", 9), ("with (a, b): ...", 8),
                ("try: ...\nexcept* E: ...", 11), ("try: ...\nexcept E: ...", 4),
                ("match x:\n case 1: pass", 10), ("match = 1", 4),
                ("f'{x=}'", 8), ("f'{x!r}'", 4)):
    parse(src, ok)
    parse(src, ok - 1)
parse("x = 1", -1)
for s, v in [('a @ b', 4), ('a @ b', 5), ('a @= b', 4), ('a @= b', 5), ('async def f(): pass', 4), ('async def f(): pass', 5),
             ('async def f():\n  async for x in y: pass', 4), ('async def f():\n  async with a: pass', 4),
             ('async def f():\n  await x', 4), ('async def f():\n  [x async for x in y]', 5), ('async def f():\n  [x async for x in y]', 6),
             ('x = 1_000', 5), ('x = 1_000', 6), ('x: int = 1', 5), ('x: int', 5), ('x: int', 6), ('async def f():\n  await x', 5),
             ('f"{x}"', 5), ('f"{x}"', 6)]:
    try: ast.parse(s, feature_version=(3, v)); print(repr(s), v, 'ok')
    except SyntaxError as e: print(repr(s), v, 'SyntaxError', e.msg)
