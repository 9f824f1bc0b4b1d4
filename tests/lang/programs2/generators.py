def numbers(n):
    for i in range(n):
        yield i
    return "done"

def squares(src):
    total = yield from src
    print("inner returned", total)
    return total * 2

g = squares(numbers(3))
print(list(g))
def run():
    r = yield from squares(numbers(2))
    print("outer got", r)
print(list(run()))

def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("thrown", e)
            total = -1
        except GeneratorExit:
            print("closing")
            raise
        else:
            if x is None:
                break
            total += x
    return total

a = acc()
print(next(a), a.send(5), a.send(7), a.throw(ValueError("v")), a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
b = acc(); next(b); b.close(); print(b.gi_frame)
print(b.gi_running, b.__name__, b.__qualname__)
c = acc()
try:
    c.send(1)
except TypeError as e:
    print(e)
try:
    next(c); c.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(list(c))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
gens = [(x * m for x in range(3)) for m in range(1, 3)]
print([list(g) for g in gens])
x = 10
gx = (x + y for y in range(3))
x = 20
print(list(gx))
def pipeline():
    def read(lines):
        for l in lines:
            yield l.strip()
    def nonblank(it):
        return (l for l in it if l)
    def parse(it):
        for l in it:
            k, _, v = l.partition("=")
            yield k, int(v)
    return dict(parse(nonblank(read([" a=1", "", "b=2 ", "c=3"]))))
print(pipeline())
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g2(); print(next(it)); del it
import gc; gc.collect()
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RT", e, repr(e.__cause__))
def gen_ret():
    yield 1
    return [1, 2]
gr = gen_ret(); next(gr)
try:
    next(gr)
except StopIteration as e:
    print(e.value, e)
def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print(e)
print(repr(numbers(1))[:30])
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), max(t))
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
cl = closer(); next(cl)
try:
    cl.close()
except RuntimeError as e:
    print(e)
def countdown(n):
    while n > 0:
        n -= 1
        yield n
cd = countdown(3)
print(cd.gi_frame.f_lineno, next(cd), cd.gi_frame.f_lineno, cd.gi_frame.f_locals)
print(iter(cd) is cd, type(cd).__name__)
import sys
print(type(sys.exc_info()[0]))
g = (i for i in range(3))
print(g.__name__, g.__qualname__, next(g))
try:
    g.throw(ValueError)
except ValueError:
    print("VE", list(g))
