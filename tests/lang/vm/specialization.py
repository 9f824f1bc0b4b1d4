# Instructions that specialize on the operands they see must give the
# same results when the operands later change type, value range or
# identity: every case runs one site with several kinds of operands.
import sys


def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def iadd(a, b):
    a += b
    return a


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __lt__(self, other):
        return "lt"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"


operands = [(1, 2), (2**29, 2**29), (-(2**30) + 1, -5), (2**40, 3), (1.5, 2.25),
            (1, 2.5), (2.5, 1), ("ab", "cd"), ([1], [2]), (MyInt(3), 4), (MyFloat(2.0), 3.0),
            (True, True), (10**20, 10**20), (-7, 7), (0.1, 0.2)]
for f in (add, sub, mul, iadd):
    out = []
    for _ in range(3):
        for a, b in operands:
            try:
                out.append(f(a, b))
            except TypeError as e:
                out.append(type(e).__name__ + ": " + str(e))
    print(f.__name__, out[:len(operands)])
    print(f.__name__, "stable", out[:len(operands)] == out[len(operands):2 * len(operands)] == out[2 * len(operands):])

# the float result may reuse an operand: values seen elsewhere must not change
x = 1.5
y = 2.5
z = x + y
print(x, y, z)
vals = [0.5 * i for i in range(5)]
acc = 0.0
for v in vals:
    acc = acc + v
    acc = acc * 1.0
print(vals, acc)
t = 3.0
u = t
t = t - 1.0
print(t, u)


def lt(a, b):
    if a < b:
        return "yes"
    return "no"

def ne_loop(a, b):
    n = 0
    while a != b:
        n += 1
        if n > 3:
            break
    return n

nan = float("nan")
for a, b in [(1, 2), (2, 1), (1.0, 2.0), (nan, 1.0), (1.0, nan), (nan, nan), ("a", "b"),
             (MyInt(1), 2), (2**40, 1), (-2**40, 1), (1, 1.5), (3, 3)]:
    try:
        print("lt", a, b, lt(a, b), ne_loop(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [("abc", "abc"), ("abc", "abd"), ("", ""), ("é", "é"), ("x", 1), (1, "x")]:
    print("eq", repr(a), repr(b), a == b, a != b, ne_loop(a, b))
try:
    lt("a", 1)
except TypeError as e:
    print(type(e).__name__, e)


def getitem(c, i):
    return c[i]

class MyList(list):
    def __getitem__(self, i):
        return ("MyList", i)

class MyDict(dict):
    def __missing__(self, key):
        return ("missing", key)

cases = [([10, 20, 30], 0), ([10, 20, 30], -1), ([10, 20, 30], 2), ([10, 20, 30], 3),
         ([10, 20, 30], -4), ((1, 2), 1), ((1, 2), -2), ((1, 2), 5), ({"a": 1}, "a"),
         ({"a": 1}, "b"), ({(1, 2): 3}, (1, 2)), ({}, (1, 2)), ({1: "one"}, 1.0), ("xyz", 1),
         (MyList([1]), 0), (MyDict(), "k"), ([1, 2], True), ([1, 2], 2**40), ([1, 2], slice(1, None)),
         ({"a": 1}, []), ([1], "x")]
for _ in range(2):
    for c, i in cases:
        try:
            print("get", type(c).__name__, repr(i), getitem(c, i))
        except (IndexError, KeyError, TypeError) as e:
            print("get", type(c).__name__, repr(i), type(e).__name__, e)


def setitem(c, i, v):
    c[i] = v
    return c

for _ in range(2):
    for c, i in [([1, 2, 3], 0), ([1, 2, 3], -1), ([1, 2, 3], 3), ([1, 2, 3], -4), ({}, "k"),
                 ({}, [1]), (bytearray(b"ab"), 0), ([1], 2**40), ([1, 2], True)]:
        try:
            print("set", setitem(c, i, 9))
        except (IndexError, TypeError) as e:
            print("set", type(e).__name__, e)

# an element freed by a store is really released
class Noisy:
    def __del__(self):
        print("freed")
lst = [Noisy()]
setitem(lst, 0, 1)
print(lst)


# one call site, many kinds of callees
def one(a):
    return ("one", a)

def two(a, b=5):
    return ("two", a, b)

def gen(a):
    yield a

class C:
    def m(self, a):
        return ("m", a)
    @staticmethod
    def s(a):
        return ("s", a)

def call_it(f, a):
    return f(a)

callees = [one, one, two, len, C().m, C.s, lambda a: ("lambda", a), C, abs, one]
for f in callees:
    try:
        r = call_it(f, [1, 2])
        print(type(r).__name__, r if not isinstance(r, C) else "C()")
    except TypeError as e:
        print(type(e).__name__, e)
print(list(call_it(gen, 7)))

def swap_code(a):
    return "old"
print(call_it(swap_code, 1))
swap_code.__code__ = one.__code__
print(call_it(swap_code, 1))
swap_code.__code__ = (lambda a, b: a).__code__
try:
    call_it(swap_code, 1)
except TypeError as e:
    print(type(e).__name__, e)

# closures and cells in a frame made by the fast path
def outer(a):
    def inner():
        return a
    return inner()
print([outer(i) for i in range(3)])

# the bytecode seen from Python does not change when the code runs
def probe(a, b):
    if a < b:
        return a + b
    return [a][0]
code_before = probe.__code__.co_code
hash_before = hash(probe.__code__)
for i in range(50):
    probe(i, 20)
    probe(1.0, 2.0)
print(probe.__code__.co_code == code_before, hash(probe.__code__) == hash_before)


# calls of C functions and method descriptors from one site, with
# arguments that fit their calling convention and arguments that do not
def call1(f, a):
    return f(a)

def call2(f, a, b):
    return f(a, b)

def call0(f):
    return f()

lst = [3, 1, 2]
for f, a in [(len, "abc"), (len, [1, 2]), (abs, -3), (list.append, lst), (lst.append, 4),
             (str.upper, "abc"), (str.upper, 5), (sorted, (3, 1)), (isinstance, 1), (len, 5),
             (math_floor := __import__("math").floor, 2.5), (repr, None), (dict.keys, {})]:
    try:
        print("call1", f.__name__, call1(f, a))
    except TypeError as e:
        print("call1", f.__name__, type(e).__name__, e)
print(lst)
for f, a, b in [(isinstance, 1, int), (dict.get, {"a": 1}, "a"), (dict.get, {}, "a"), (str.split, "a b", None),
                (list.append, [], 1), (list.append, (), 1), (max, 1, 2), (divmod, 7, 2), (getattr, 1, "real"),
                (str.startswith, "abc", "a"), (int.__add__, 1, 2), (str.join, ",", ["a", "b"]), (len, 1, 2),
                (str.upper, "a", "b"), (dict.setdefault, {}, "k")]:
    try:
        print("call2", f.__name__, call2(f, a, b))
    except TypeError as e:
        print("call2", f.__name__, type(e).__name__, e)
for f in [list, dict, globals().get("nothing", int), "x".upper, [1, 2].copy, [].pop, {}.popitem, len]:
    try:
        r = call0(f)
        print("call0", type(r).__name__, r if not isinstance(r, dict) else sorted(r))
    except (TypeError, IndexError, KeyError) as e:
        print("call0", type(e).__name__, e)

# keyword arguments to C functions
def kw(f, a):
    return f(a, key=len)
for f, a in [(sorted, ["ccc", "a", "bb"]), (max, ["ccc", "a"]), (min, ["ccc", "a"]), (sorted, 5), (len, "x")]:
    try:
        print("kw", f.__name__, kw(f, a))
    except TypeError as e:
        print("kw", f.__name__, type(e).__name__, e)
def split_kw(s, n):
    return s.split(",", maxsplit=n)
print(split_kw("a,b,c", 1), split_kw("a,b,c", -1))
try:
    "a".split(sep=",", bad=1)
except TypeError as e:
    print(type(e).__name__, e)

# errors raised inside C functions point at the call
import sys
def where():
    try:
        int("x")
    except ValueError as e:
        tb = e.__traceback__
        return e, tb.tb_lineno, tb.tb_lasti == tb.tb_frame.f_lasti or tb.tb_lasti
    return None
print(where())
print(where())


# pairs of local loads and stores run as one instruction: an error in the
# second one is still reported at that instruction
def pair(flag):
    if flag:
        b = 1
    a = 2
    return (a,
            b)

for flag in (1, 1, 0):
    try:
        print("pair", pair(flag))
    except UnboundLocalError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("pair", type(e).__name__, e, tb.tb_lineno)

def swap(x, y):
    x, y = y, x
    z = w = x
    return x, y, z, w
print(swap(1, 2), swap("a", "b"))
