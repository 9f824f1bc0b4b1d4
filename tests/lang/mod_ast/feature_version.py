# compile(..., PyCF_ONLY_AST, _feature_version=N), as ast.parse(feature_version=(3, N)):
# syntax newer than 3.N is a SyntaxError.
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
