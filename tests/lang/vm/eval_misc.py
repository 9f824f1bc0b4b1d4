# Large functions: jumps and constant indexes above 255 need EXTENDED_ARG.
src = "def big(x):\n" + "".join("    v%d = x + %d\n" % (i, i) for i in range(300)) + \
      "    if x > 0:\n        return v299\n    return v0\n"
ns = {}
exec(src, ns)
print(ns["big"](1), ns["big"](-1))

consts = "def many():\n    return [" + ", ".join(repr("s%d" % i) for i in range(400)) + "]\n"
exec(consts, ns)
print(len(ns["many"]()), ns["many"]()[399])

def long_loop():
    total = 0
    for i in range(100000):
        if i % 3 == 0:
            continue
        total += i
    return total
print(long_loop())

def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        return "no break"
    return "break at %d" % i
print(while_else(5), while_else(10))

def ternaries(v):
    return "a" if v else "b" if v is None else "c"
print(ternaries(1), ternaries(None), ternaries(0))
print(1 and 2, 0 and 2, 0 or "x", [] or {} or "last", None or 0)
def short_circuit():
    calls = []
    def t(v):
        calls.append(v)
        return v
    t(0) and t(1)
    t(1) or t(2)
    t(0) or t(3) and t(4)
    return calls
print(short_circuit())
s = slice(1, 5, 2)
print("abcdefg"[1:5:2], "abcdefg"[::-1], "abcdefg"[s], [1, 2, 3][-2:])
lst = list(range(10))
lst[2:5] = ["x"]
del lst[::3]
print(lst)
d = {"a": 1}
d["b"] = d.get("b", 0) + 1
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O()
o.attr = 1
del o.attr
try:
    o.attr
except AttributeError as e:
    print(e)
print(type(lambda: 0).__name__, (lambda *a, **k: (a, k))(1, z=2))
