# sort's errors and the "list modified during sort" check.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

attempt("mixed types", lambda: sorted([3, 1, "a"]))
attempt("positional", lambda: [].sort(None))
attempt("bad kw", lambda: [].sort(x=1))
attempt("reverse str", lambda: [].sort(reverse="yes"))
attempt("reverse float", lambda: [].sort(reverse=1.0))
attempt("key raises", lambda: sorted([1, 0], key=lambda x: 1 / x))
attempt("none items", lambda: sorted([None, None]))
attempt("one none", lambda: sorted([None]))
attempt("dicts", lambda: sorted([{}, {}]))
attempt("complex", lambda: sorted([1j, 2j]))

lst = [3, 1, 2]
def sneaky(x):
    lst.append(x)
    return x
attempt("modified", lambda: lst.sort(key=sneaky))
print(sorted(lst))

lst2 = [3, 1, 2]
def peek(x):
    print("during sort the list looks like", lst2)
    return x
lst2.sort(key=peek)
print(lst2)

class Cmp:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"C{self.v}"
items = [Cmp(v) for v in [5, 2, 9, 1, 5]]
items.sort()
print(items)
print(sorted([Cmp(2), Cmp(1)]))
