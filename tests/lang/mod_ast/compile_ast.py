# compile() of AST objects: hand-built and modified trees run; malformed
# ones are refused with CPython's exception and message.
import _ast as A


def show(f):
    try:
        r = f()
        print("ok", r if not hasattr(r, "co_code") else "<code>")
    except Exception as e:
        print(type(e).__name__, e)


def pos(node, line=1, col=0):
    """Give node and everything under it a position, as
    ast.fix_missing_locations would."""
    if isinstance(node, list):
        for n in node:
            pos(n, line, col)
        return node
    if isinstance(node, A.AST):
        if "lineno" in node._attributes:
            node.lineno, node.col_offset = line, col
            node.end_lineno, node.end_col_offset = line, col
        for f in node._fields:
            pos(getattr(node, f, None), line, col)
    return node


def L(name):
    return A.Name(name, A.Load())


def S(name):
    return A.Name(name, A.Store())


def C(v):
    return A.Constant(v)


def run(body, ns=None):
    m = pos(A.Module(body, []))
    ns = {} if ns is None else ns
    exec(compile(m, "<ast>", "exec"), ns)
    return ns


# a hand-built module
ns = run([
    A.Assign([S("x")], A.BinOp(C(6), A.Mult(), C(7))),
    A.FunctionDef("f", A.arguments([], [A.arg("a")], None, [], [], None, [C(10)]),
                  [A.Return(A.BinOp(L("a"), A.Add(), L("x")))], [], None),
    A.Assign([S("y")], A.Call(L("f"), [], [])),
    A.Assign([S("z")], A.ListComp(A.BinOp(L("i"), A.Pow(), C(2)),
                                  [A.comprehension(S("i"), A.Call(L("range"), [C(4)], []), [], 0)])),
    A.If(A.Compare(L("y"), [A.Gt()], [C(50)]), [A.Assign([S("w")], C("big"))],
         [A.Assign([S("w")], C("small"))]),
    A.Try([A.Expr(A.BinOp(C(1), A.Div(), C(0)))],
          [A.ExceptHandler(L("ZeroDivisionError"), "e",
                           [A.Assign([S("err")], A.Call(L("str"), [L("e")], []))])], [], []),
    A.ClassDef("K", [], [], [A.Assign([S("attr")], C((1, 2)))], []),
])
print(ns["x"], ns["y"], ns["z"], ns["w"], ns["err"], ns["K"].attr, ns["f"](1))

# eval and single
e = pos(A.Expression(A.Dict([C("a"), None], [C(1), A.Dict([C("b")], [C(2)])])))
print(eval(compile(e, "<ast>", "eval")))
i = pos(A.Interactive([A.Expr(A.BinOp(C(2), A.LShift(), C(3)))]))
exec(compile(i, "<ast>", "single"))

# a parsed tree, changed, compiled
t = compile("def g(n):\n    return n + 1\nr = g(1)\n", "<src>", "exec", A.PyCF_ONLY_AST)
t.body[0].body[0].value.op = A.Mult()
t.body[1].value.args[0] = A.Constant(21, lineno=3, col_offset=6)
ns = {}
exec(compile(t, "<src>", "exec"), ns)
print(ns["r"])

# positions reach the code object
t = compile("a = 1\nb = 2\nraise ValueError(a)\n", "<src>", "exec", A.PyCF_ONLY_AST)
for s in t.body:
    s.lineno += 10
    s.end_lineno += 10
try:
    exec(compile(t, "<src>", "exec"), {})
except ValueError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)

# errors in conversion
M = lambda body: A.Module(body, [])
show(lambda: compile(M([A.Expr(C(1))]), "f", "exec"))
show(lambda: compile(M([A.Expr(C(1), lineno=1)]), "f", "exec"))
show(lambda: compile(M([A.Expr(None, lineno=1, col_offset=0)]), "f", "exec"))
show(lambda: compile(M([A.Expr(3, lineno=1, col_offset=0)]), "f", "exec"))
class P(A.Pass):
    def __repr__(self):
        return "<P>"
show(lambda: compile(M([A.Expr(P(lineno=1, col_offset=0), lineno=1, col_offset=0)]), "f", "exec"))
show(lambda: compile(M([A.Expr(lineno=1, col_offset=0)]), "f", "exec"))
show(lambda: compile(M([3]), "f", "exec"))
show(lambda: compile(A.Module((), []), "f", "exec"))
show(lambda: compile(A.Module([]), "f", "exec"))
show(lambda: compile(A.Module([], None), "f", "exec"))
show(lambda: compile(pos(M([A.Expr(A.Name(3, A.Load()))])), "f", "exec"))
show(lambda: compile(pos(M([A.Expr(A.Name("x", 3))])), "f", "exec"))
show(lambda: compile(pos(M([A.Expr(A.Name("x", A.Load(), lineno="a"))])), "f", "exec"))
show(lambda: compile(pos(M([A.Expr(A.Name("x", A.Load(), lineno=2**40))])), "f", "exec"))
show(lambda: compile(pos(M([A.Expr(A.Constant(1, kind=3))])), "f", "exec"))
show(lambda: compile(pos(M([A.ImportFrom("m", [A.alias("a")], None)])), "f", "exec"))
show(lambda: compile(pos(M([A.ImportFrom("m", [A.alias("a")], 1.5)])), "f", "exec"))
show(lambda: compile(pos(M([A.FunctionDef("f", None, [A.Pass()], [])])), "f", "exec"))
show(lambda: compile(pos(M([A.FunctionDef("f", A.arguments(), [A.Pass()], [])])), "f", "exec"))
show(lambda: compile(A.Module([], []), "f", "eval"))
show(lambda: compile(A.Name(), "f", "eval"))
show(lambda: compile(A.Expression(C(1)), "f", "exec"))
show(lambda: compile(A.Interactive([]), "f", "exec"))
show(lambda: compile(A.FunctionType([], L("x")), "f", "exec"))
show(lambda: compile(A.FunctionType([], L("x")), "f", "func_type"))

class Growing(list):
    pass
show(lambda: compile(M(Growing()), "f", "exec"))

# errors of the validator
show(lambda: compile(pos(A.Expression(A.Name("x", A.Store()))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Constant([1]))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Constant((1, {2})))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Constant(frozenset({1, (2, 3.0j)})))), "f", "eval"))
show(lambda: compile(pos(A.Expression(L("None"))), "f", "eval"))
show(lambda: compile(pos(A.Expression(L("True"))), "f", "eval"))
show(lambda: compile(pos(M([A.If(C(1), [], [])])), "f", "exec"))
show(lambda: compile(pos(M([A.While(C(1), [], [])])), "f", "exec"))
show(lambda: compile(pos(M([A.Assign([], C(1))])), "f", "exec"))
show(lambda: compile(pos(M([A.Delete([])])), "f", "exec"))
show(lambda: compile(pos(M([A.Delete([L("x")])])), "f", "exec"))
show(lambda: compile(pos(M([A.Assign([A.BinOp(C(1), A.Add(), C(2))], C(1))])), "f", "exec"))
show(lambda: compile(pos(M([A.Import([])])), "f", "exec"))
show(lambda: compile(pos(M([A.ImportFrom("m", [A.alias("a")], -1)])), "f", "exec"))
show(lambda: compile(pos(M([A.Global([])])), "f", "exec"))
show(lambda: compile(pos(M([A.Try([A.Pass()], [], [], [])])), "f", "exec"))
show(lambda: compile(pos(M([A.Try([A.Pass()], [], [A.Pass()], [A.Pass()])])), "f", "exec"))
show(lambda: compile(pos(M([A.TryStar([A.Pass()], [], [], [])])), "f", "exec"))
show(lambda: compile(pos(M([A.Raise(None, L("x"))])), "f", "exec"))
show(lambda: compile(pos(M([A.With([], [A.Pass()])])), "f", "exec"))
show(lambda: compile(pos(M([A.AnnAssign(A.Attribute(L("a"), "b", A.Store()), L("int"), None, 1)])), "f", "exec"))
show(lambda: compile(pos(A.Expression(A.BoolOp(A.And(), [C(1)]))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Compare(C(1), [], []))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Compare(C(1), [A.Lt(), A.Gt()], [C(2)]))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Dict([C(1)], []))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.ListComp(C(1), []))), "f", "eval"))
show(lambda: eval(compile(pos(A.Expression(A.NamedExpr(S("a"), C(1)))), "f", "eval")))
show(lambda: compile(pos(A.Expression(A.List([None], A.Load()))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Lambda(A.arguments([], [], None, [], [], None, [C(1)]), C(1)))), "f", "eval"))
show(lambda: compile(pos(A.Expression(A.Lambda(A.arguments([], [], None, [A.arg("k")], [], None, []), C(1)))), "f", "eval"))
show(lambda: compile(pos(M([None])), "f", "exec"))
show(lambda: compile(A.Expression(L("x"), ), "f", "eval"))
show(lambda: compile(A.Expression(A.Name("x", A.Load(), lineno=3, col_offset=0, end_lineno=1)), "f", "eval"))
show(lambda: compile(A.Expression(A.Name("x", A.Load(), lineno=1, col_offset=5, end_col_offset=2)), "f", "eval"))
show(lambda: compile(A.Expression(A.Name("x", A.Load(), lineno=-1, col_offset=0, end_lineno=2)), "f", "eval"))
show(lambda: compile(A.Expression(A.Name("x", A.Load(), lineno=1, col_offset=0, end_lineno=None)), "f", "eval"))

# match statements built by hand
def case(pattern, guard=None):
    return A.match_case(pattern, guard, [A.Assign([S("r")], C(repr(pattern.__class__.__name__)))])

def match(cases, subject):
    if not isinstance(subject, A.AST):
        subject = C(subject)
    body = [A.Assign([S("r")], C(None)), A.Match(subject, cases)]
    return run(body)["r"]

show(lambda: match([case(A.MatchValue(C(1))), case(A.MatchAs())], 1))
show(lambda: match([case(A.MatchSingleton(None)), case(A.MatchAs(None, "x"))], None))
show(lambda: match([case(A.MatchSequence([A.MatchAs(None, "a"), A.MatchStar("b")]))], (1, 2)))
show(lambda: match([case(A.MatchMapping([C("k")], [A.MatchAs()], "rest"))], A.Dict([C("k")], [C(1)])))
show(lambda: match([case(A.MatchClass(L("int"), [A.MatchAs(None, "v")], [], []))], 3))
show(lambda: match([case(A.MatchOr([A.MatchValue(C(1)), A.MatchValue(C(2))]))], 2))
show(lambda: match([case(A.MatchSingleton(1))], 1))
show(lambda: match([case(A.MatchValue(C(None)))], 1))
show(lambda: match([case(A.MatchValue(L("x")))], 1))
show(lambda: match([case(A.MatchOr([A.MatchValue(C(1))]))], 1))
show(lambda: match([case(A.MatchAs(A.MatchAs(), None))], 1))
show(lambda: match([case(A.MatchAs(None, "_"))], 1))
show(lambda: match([case(A.MatchStar("x"))], 1))
show(lambda: match([case(A.MatchMapping([C(1)], [], None))], 1))
show(lambda: match([case(A.MatchClass(C(1), [], [], []))], 1))
show(lambda: match([case(A.MatchClass(L("int"), [], ["a"], []))], 1))
show(lambda: match([], 1))

# the values a pattern may compare with
for value in (C(-1), C(2.5), C(b"b"), C("s"), C(1j), C(...), C((1,)), C(True),
              A.UnaryOp(A.USub(), C(1)), A.UnaryOp(A.Not(), C(1)),
              A.BinOp(C(1), A.Add(), C(2j)), A.BinOp(C(1), A.Sub(), C(2j)),
              A.BinOp(C(1), A.Mult(), C(2)), A.Attribute(L("A"), "b", A.Load()),
              L("x"), A.Call(L("f"), [], [])):
    show(lambda: match([case(A.MatchValue(value)), case(A.MatchAs())], -1))
    show(lambda: match([case(A.MatchMapping([value], [A.MatchAs()], None)), case(A.MatchAs())], A.Dict([C(-1)], [C(0)])))
show(lambda: match([case(A.MatchMapping([C(None), C(True)], [A.MatchAs(), A.MatchAs()], None))], A.Dict([C(None), C(True)], [C(0), C(1)])))
show(lambda: match([case(A.MatchClass(A.Attribute(L("A"), "b", A.Load()), [], [], []))], 1))
show(lambda: match([case(A.MatchClass(L("int"), [], ["None"], [A.MatchAs()]))], 1))
show(lambda: match([case(A.MatchStar())], 1))
show(lambda: match([case(A.MatchSequence([A.MatchStar(), A.MatchStar("_")]))], 1))
show(lambda: match([case(A.MatchSequence([A.MatchStar("True")]))], 1))
show(lambda: match([case(A.MatchSequence([A.MatchAs(A.MatchAs(), "a")]))], A.List([C(1)], A.Load())))
show(lambda: match([case(A.MatchAs(None, "x"), L("x"))], 5))
show(lambda: match([case(A.MatchAs(None, "x"), A.Name("x", A.Store()))], 5))
show(lambda: match([case(A.MatchValue(C(1)))], A.Name("s", A.Store())))

# a Constant's object reaches the code as it is
for const in (None, False, True, ..., b"", "", (), frozenset(), 7, (1, (2,))):
    e = pos(A.Expression(A.Constant(const)))
    print(repr(const), eval(compile(e, "<c>", "eval")) is const)

# None where a node or a name is required
for node in (A.Expr(A.Attribute(L("f"), None, A.Load())),
             A.FunctionDef(None, A.arguments([], [], None, [], [], None, []), [A.Pass()], []),
             A.Expr(A.Compare(C(1), [A.Lt()], [None])), A.Expr(A.Dict([None], [None])),
             A.Expr(A.Call(L("f"), [None], [])), A.Expr(A.Call(L("f"), [], [A.keyword(None, L("a"))])),
             A.Nonlocal(["x"])):
    show(lambda: compile(pos(M([node])), "f", "exec"))
