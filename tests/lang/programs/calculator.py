class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}@{self.pos})"

class CalcError(Exception):
    pass

def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield Token("NUM", float(text) if "." in text else int(text), i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("NAME", src[i:j], i)
            i = j
        elif src.startswith("**", i):
            yield Token("OP", "**", i)
            i += 2
        elif c in "+-*/%()=,":
            yield Token("OP", c, i)
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    yield Token("EOF", None, i)

class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, v):
        t = self.next()
        if t.value != v:
            raise CalcError(f"expected {v!r}, got {t!r}")
    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].value == "=":
            name = self.next().value
            self.next()
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while (t := self.peek()).value in ("+", "-"):
            self.next()
            r = self.term()
            v = v + r if t.value == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while (t := self.peek()).value in ("*", "/", "%"):
            self.next()
            r = self.unary()
            match t.value:
                case "*": v *= r
                case "/": v /= r
                case "%": v %= r
        return v
    def unary(self):
        if self.peek().value == "-":
            self.next()
            return -self.unary()
        return self.power()
    def power(self):
        b = self.atom()
        if self.peek().value == "**":
            self.next()
            return b ** self.unary()
        return b
    def atom(self):
        t = self.next()
        if t.kind == "NUM":
            return t.value
        if t.kind == "NAME":
            if self.peek().value == "(":
                self.next()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                fn = {"max": max, "min": min, "abs": abs, "round": round}[t.value]
                return fn(*args)
            try:
                return self.env[t.value]
            except KeyError:
                raise CalcError(f"undefined {t.value}") from None
        if t.value == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError(f"unexpected {t!r}")

env = {}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7 / 2", "x * 4",
            "y = 2 ** 100", "y % 97", "max(1, x, 3)", "round(x * 1.234, 2)", "10 / 0",
            "1 + ", "3 $ 4", "zz + 1", "abs(-7.5) + min(4, 2)", "(1", "0.1 + 0.2",
            "7 % -3", "-7 % 3", "2 ** -1", "1e3", "max()"]:
    try:
        print(f"{src:24} => {Parser(src, env).statement()!r}")
    except CalcError as e:
        print(f"{src:24} !! {e}")
    except ZeroDivisionError as e:
        print(f"{src:24} ZeroDivisionError: {e}")
    except Exception as e:
        print(f"{src:24} {type(e).__name__}: {e}")
print(sorted(env.items()))
print(list(tokenize("a=1")))
