# Mutable vs immutable arguments and the default-argument trap.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

def modify(lst, tup, dct, st):
    lst.append("L")
    tup = tup + ("T",)
    dct["D"] = 1
    st.add("S")
    return tup

l, t, d, s = [], (), {}, set()
print(modify(l, t, d, s), l, t, d, s)

def rebind(lst):
    lst = [99]
    return lst

orig = [1]
print(rebind(orig), orig)
x = [1, 2]
y = x
y += [3]
print(x, x is y)
p = (1, 2)
q = p
q += (3,)
print(p, q, p is q)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
import sys
print(sys.getrefcount is not None)
def count_calls(counter={"n": 0}):
    counter["n"] += 1
    return counter["n"]
print(count_calls(), count_calls(), count_calls())
