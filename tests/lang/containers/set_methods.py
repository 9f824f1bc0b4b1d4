# Set methods and their errors.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s), 1 in s, 2 in s)
s.discard(5)
s.remove(3)
print(s)
attempt("remove missing", lambda: s.remove(42))
attempt("remove tuple", lambda: s.remove((1, 2)))
attempt("pop empty", lambda: set().pop())
attempt("add list", lambda: s.add([1]))
attempt("unhashable in", lambda: [] in s)
attempt("set(1)", lambda: set(1))
attempt("set(1, 2)", lambda: set(1, 2))
attempt("update int", lambda: s.update(1))
attempt("or list", lambda: s | [1])
attempt("lt list", lambda: s < [1])
attempt("hash set", lambda: hash(s))
attempt("frozenset add", lambda: frozenset().add(1))
attempt("kw", lambda: set(iterable=[1]))
t = {1, 2, 3}
popped = []
while t:
    popped.append(t.pop())
print(popped)
u = {10, 20, 30}
v = u.copy()
v.add(40)
print(u, v, u.copy() == u, u.copy() is u)
u.clear()
print(u, set(), repr(set()))
print({frozenset([1])} == {frozenset([1])}, {1, 2} == frozenset([2, 1]))
print(set("hello") == set("ohell"), sorted(set("mississippi")))
w = {1, 2}
print({1, 2} in [w], frozenset({1, 2}) in {frozenset({1, 2}): 1})
print({frozenset({1, 2})}.__contains__({1, 2}), {frozenset()} - {frozenset()})
x = {frozenset({1})}
x.remove({1})
print(x)
