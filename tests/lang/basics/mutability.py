# Mutable vs immutable arguments, identity and equality.
def append_item(lst, item):
    lst.append(item)
    return lst


def rebind(lst):
    lst = lst + [99]
    return lst


def increment(n):
    n += 1
    return n


def add_to_tuple(t):
    t += (4,)
    return t


def default_trap(x, acc=[]):
    acc.append(x)
    return acc


def default_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


a = [1, 2, 3]
b = append_item(a, 4)
print(a, b, a is b)
c = rebind(a)
print(a, c, a is c)
n = 5
print(increment(n), n)
t = (1, 2, 3)
print(add_to_tuple(t), t)
s = "hello"
u = s.upper()
print(s, u, s is u)
print(default_trap(1), default_trap(2), default_trap(3))
print(default_safe(1), default_safe(2))
x = [[0] * 3] * 3
x[0][0] = 1
print(x)
y = [[0] * 3 for _ in range(3)]
y[0][0] = 1
print(y)
d = {"k": [1]}
e = dict(d)
e["k"].append(2)
print(d, e, d == e, d is e)
p = [1, 2]
q = p
q += [3]
print(p, q, p is q)
r = (1, [2])
r[1].append(3)
print(r)
try:
    r[0] = 5
except TypeError as err:
    print("TypeError:", err)
try:
    hash(r)
except TypeError as err:
    print("TypeError:", err)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
print(1 == 1.0, [] == [], [] is [])
fs = frozenset({1, 2})
print({fs: "ok"}[frozenset([2, 1])])
