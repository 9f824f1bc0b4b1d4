x = "global"
def f1():
    print(x)
    def g():
        nonlocal_y = x
        return nonlocal_y
    return g()
print(f1())
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def bad():
    print(y)
    y = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def bad2():
    def inner(): return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(bad2())
def gl():
    global newg
    newg = 7
gl(); print(newg)
class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
    try:
        d = [a for _ in range(2)]
    except NameError as e:
        d = str(e)
    e = (lambda: a) if False else None
    def m(self): return a
print(C.c, C.d)
a = "module a"
print(C().m())
def defaults(v, cache=[]):
    cache.append(v); return cache
print(defaults(1), defaults(2), defaults.__defaults__)
import time
stamp = 5
def dflt(t=stamp): return t
stamp = 6
print(dflt())
i = "outer i"
sq = [i * 2 for i in range(3)]
print(i, sq)
print([j for j in range(3) for j in range(j)])
print({k: v for k, v in zip("ab", range(2))}, {c for c in "hello"} == set("helo"))
print([(lambda: n)() for n in range(3)])
fs = []
for n in range(3):
    fs.append(lambda: n)
print([f() for f in fs])
def mk():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in mk()])
class Outer:
    v = 1
    class Inner:
        try:
            w = v
        except NameError as e:
            w = "NameError: " + str(e)
print(Outer.Inner.w)
def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"))
def dl():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(dl())
def exvar():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)
print(exvar())
def walrus():
    data = [1, 5, 3]
    if (n := len(data)) > 2:
        print("n", n)
    print([y for x in data if (y := x * 2) > 4], y)
walrus()
def locs():
    a = 1; b = [a]
    return sorted(locals())
print(locs())
class WithLocals:
    q = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(WithLocals.names)
print(sorted(k for k in globals() if k in ("x", "inc", "zz")))
def nl_error():
    ns = {}
    exec("def ff():\n    return undefined_thing\n", ns)
    try:
        ns["ff"]()
    except NameError as e:
        print(e, e.name)
nl_error()
def genscope():
    k = 10
    return list(k + j for j in range(3))
print(genscope())
lam = lambda *a, **k: (a, k)
print(lam(1, x=2), lam.__name__)
class D:
    x = 5
    f = lambda self: x
print(D().f())
def cellchange():
    v = 1
    fn = lambda: v
    v = 2
    return fn()
print(cellchange())
