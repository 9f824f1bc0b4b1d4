# The ast module of the standard library on top of _ast: parse, dump,
# literal_eval, unparse, walk, visitors and transformers, the location
# helpers, docstrings, compile of transformed trees, pickling and copying.
import ast

src = '''
def f(a, *, b=1):
    """Docstring here.

    More text."""
    return a + b * 2
x = [i for i in range(3) if i]
class C:
    "class doc"
    async def m(self):
        async with a as b:
            await b
'''
t = ast.parse(src)
print(ast.dump(t, indent=2))
print(ast.dump(t.body[1], include_attributes=True))
print(ast.dump(t, annotate_fields=False)[:200])
print(ast.get_docstring(t.body[0]))
print(repr(ast.get_docstring(t.body[0], clean=False)))
print(ast.get_docstring(t.body[2]), ast.get_docstring(t.body[2].body[1]))
print(ast.get_source_segment(src, t.body[1].value))
print(ast.get_source_segment(src, t.body[0], padded=True))

for s in ("{'a': [1, 2.5, -3j, (True, None)], 'b': {1, 2}}", "1 + 2j", "-(1)", "b'x'",
          "set()", "f(1)", "a + 1", "[1, *x]", "'s' 'u'", "(1, {2: 3})", "--1"):
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        print("ValueError", str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))

print(ast.unparse(t))
for s in ("x = (yield)", "f(*a, **k)", "a if b else c", "lambda x=1, /, *y: x",
          "print(f'{x!r:>{w}} {y=}')", "del a[1:2, ::3]", "x: 'int' = 3",
          "match p:\n    case [1, *r] if r:\n        pass\n    case {'k': v, **kw} | Point(x=0):\n        pass",
          "try:\n    pass\nexcept* E:\n    pass", "with (a as b, c):\n    pass",
          "global g; nonlocal n", "@d\nclass K(B, metaclass=M): pass", "(a := 1)", "-x ** -y",
          "not a < b <= c", "{**a, 'b': 1}", "[*a, *b]", "1 .real", "(1).real", "x = 1e400", "'\\n' r'\\n'"):
    print(ast.unparse(ast.parse(s)))

print([type(n).__name__ for n in ast.walk(t)])
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])
print(list(ast.iter_fields(t.body[1]))[0][0])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)

    def visit_Constant(self, node):
        self.names.append(("const", node.value))


v = Names()
v.visit(t)
print(v.names)


class MulToAdd(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.BinOp(node.left, ast.Add(), node.right)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return None  # drop the docstrings
        return node


t2 = ast.fix_missing_locations(MulToAdd().visit(ast.parse(src)))
ns = {}
exec(compile(t2, "<t2>", "exec"), ns)
print(ns["f"](1), ns["x"], ns["f"].__doc__)

e = ast.parse("1 + 2", mode="eval")
ast.increment_lineno(e, 5)
print(e.body.lineno, e.body.end_lineno, e.body.left.lineno)
n = ast.Name("q", ast.Load())
print(ast.copy_location(n, e.body) is n, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
m = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))], [])
exec(compile(ast.fix_missing_locations(m), "<m>", "exec"))
print(ast.dump(m, include_attributes=True))

print(repr(ast.Num(5).n), type(ast.Str("s")).__name__, isinstance(ast.Constant(5), ast.Num),
      isinstance(ast.Constant("s"), ast.Num), ast.Index(ast.Constant(1)).value)

import copy
import pickle
print(ast.dump(pickle.loads(pickle.dumps(t))) == ast.dump(t))
print(ast.dump(copy.deepcopy(t), include_attributes=True) == ast.dump(t, include_attributes=True))
c = copy.copy(t.body[1])
print(c.targets is t.body[1].targets)

print(ast.dump(ast.parse("x", mode="single")), ast.dump(ast.parse("(a, b) -> c", mode="func_type")))
try:
    ast.parse("x = (1,", "<bad>")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
print(ast.dump(ast.parse("await x", mode="eval")))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
