import re, operator
from dataclasses import dataclass
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%()=<>!]=?|[,;{}]))")
@dataclass
class Tok:
    kind: str; val: object
def tokenize(src):
    pos = 0; out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m: raise SyntaxError(f"bad char {src[pos]!r} at {pos}")
        kind = m.lastgroup; val = m.group(kind)
        if kind == "num": val = float(val) if "." in val else int(val)
        out.append(Tok(kind, val)); pos = m.end()
    return out
class Parser:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "**": 5}
    def __init__(self, toks): self.toks = toks; self.i = 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else Tok("eof", None)
    def next(self): t = self.peek(); self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t.val != v: raise SyntaxError(f"expected {v!r}, got {t.val!r}")
    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.stmt())
            if self.peek().val == ";": self.next()
        return stmts
    def stmt(self):
        t = self.peek()
        if t.kind == "name" and self.i + 1 < len(self.toks) and self.toks[self.i + 1].val == "=":
            self.next(); self.next(); return ("assign", t.val, self.expr(0))
        if t.val == "print":
            self.next(); self.expect("("); args = [self.expr(0)]
            while self.peek().val == ",": self.next(); args.append(self.expr(0))
            self.expect(")"); return ("print", args)
        if t.val == "while":
            self.next(); cond = self.expr(0); self.expect("{"); body = []
            while self.peek().val != "}":
                body.append(self.stmt())
                if self.peek().val == ";": self.next()
            self.expect("}"); return ("while", cond, body)
        return ("expr", self.expr(0))
    def expr(self, minp):
        lhs = self.atom()
        while True:
            op = self.peek().val
            p = self.PREC.get(op) if isinstance(op, str) else None
            if p is None or p < minp: return lhs
            self.next()
            rhs = self.expr(p if op == "**" else p + 1)
            lhs = ("bin", op, lhs, rhs)
    def atom(self):
        t = self.next()
        if t.kind == "num": return ("num", t.val)
        if t.kind == "name": return ("var", t.val)
        if t.val == "(": e = self.expr(0); self.expect(")"); return e
        if t.val == "-": return ("neg", self.atom())
        raise SyntaxError(f"unexpected {t.val!r}")
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "**": operator.pow,
       "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge, "==": operator.eq, "!=": operator.ne}
def run(stmts, env):
    for s in stmts:
        match s:
            case ("assign", name, e): env[name] = ev(e, env)
            case ("print", args): print(*(ev(a, env) for a in args))
            case ("while", c, body):
                while ev(c, env): run(body, env)
            case ("expr", e): ev(e, env)
def ev(e, env):
    match e:
        case ("num", v): return v
        case ("var", n):
            try: return env[n]
            except KeyError: raise NameError(f"undefined variable {n}") from None
        case ("neg", x): return -ev(x, env)
        case ("bin", op, a, b): return OPS[op](ev(a, env), ev(b, env))
src = """
x = 10; y = 3.5; print(x + y * 2, x / 4, x % 3, 2 ** 3 ** 2, -x + 1)
i = 0; acc = 1
while i < 10 { acc = acc * 2; i = i + 1 }
print(i, acc, acc == 1024, (1 + 2) * 3)
"""
toks = tokenize(src)
print(len(toks), toks[:3])
prog = Parser(toks).program()
print(prog[0])
env = {}
run(prog, env)
print(sorted(env.items()))
for bad in ["x = ", "print(1", "3 $ 4", "print(zz)"]:
    try:
        run(Parser(tokenize(bad)).program(), {})
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
