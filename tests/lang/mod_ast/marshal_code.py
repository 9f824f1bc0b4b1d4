# Code objects through marshal: every field survives, and a module's code
# runs after dumps and loads; dump/load through file objects.
import marshal

src = '''
def f(a, b=2, /, *c, d, **e):
    "doc of f"
    x = [i * a for i in range(b)]
    def g():
        nonlocal x
        return x, d
    return g()
class K:
    "doc"
    def m(self):
        return self.__class__.__name__
try:
    r = f(3, d='d')
except Exception as ex:
    r = ex
def gen():
    yield from range(3)
async def co():
    await z
s = {1, 2}
t = frozenset({'a', 'b'})
print(r, K().m(), K.__doc__, f.__doc__, f.__code__.co_varnames, sorted(s), sorted(t), 1.5j, 10**30,
      b'x', ..., None, list(gen()), f.__defaults__, f.__code__.co_flags, co.__code__.co_flags)
try:
    1 / 0
except ZeroDivisionError as z:
    print("line", z.__traceback__.tb_lineno)
'''

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename",
          "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable",
          "co_nlocals")


def same(a, b):
    for name in FIELDS:
        if getattr(a, name) != getattr(b, name):
            return name
    if len(a.co_consts) != len(b.co_consts):
        return "co_consts"
    for x, y in zip(a.co_consts, b.co_consts):
        if hasattr(x, "co_code"):
            r = same(x, y)
            if r is not True:
                return r
        elif type(x) is not type(y) or x != y:
            return "co_consts"
    return True


co = compile(src, "mod.py", "exec")
for version in (0, 1, 2, 3, 4):
    data = marshal.dumps(co, version)
    back = marshal.loads(data)
    print(version, type(back).__name__, same(co, back), back == co, marshal.dumps(back, version) == data)
exec(marshal.loads(marshal.dumps(co)), {"__name__": "m"})

# a code object referred to twice is written once
pair = (co, co)
p = marshal.loads(marshal.dumps(pair))
print(p[0] is p[1], same(p[0], co))
e = compile("x", "e", "eval")
print(eval(marshal.loads(marshal.dumps(e)), {"x": 42}))

# names are interned again when read
back = marshal.loads(marshal.dumps(co))
import sys
print(all(n is sys.intern(n) for n in back.co_names))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)


class Reader:
    def __init__(self, data):
        self.data, self.pos, self.calls = data, 0, []

    def read(self, n=-1):
        self.calls.append(("read", n))
        r = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(r)
        return r

    def readinto(self, b):
        self.calls.append(("readinto", len(b)))
        r = self.data[self.pos:self.pos + len(b)]
        b[:len(r)] = r
        self.pos += len(r)
        return len(r)


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


w = Writer()
print(marshal.dump([1, "abc", (2, None)], w), marshal.dump({"k": b"v"}, w, 2), w.parts)
marshal.dump(co, w)
r = Reader(b"".join(w.parts))
print(marshal.load(r), marshal.load(r), r.calls)
print(same(marshal.load(r), co))
show(lambda: marshal.load(r))


class Text:
    def read(self, n):
        return ""


class TooMuch(Reader):
    def readinto(self, b):
        return len(b) + 1


show(lambda: marshal.load(Text()))
show(lambda: marshal.load(TooMuch(b"i\x00\x00\x00\x00")))
show(lambda: marshal.load(Reader(b"i\x00\x00")))
show(lambda: marshal.load(Reader(b"")))
show(lambda: marshal.dump(1, 5))
show(lambda: marshal.load(5))
for f in (marshal.dump, marshal.load, marshal.dumps, marshal.loads):
    print(f.__name__, f.__text_signature__, f.__doc__.splitlines()[0])
print(marshal.version)
