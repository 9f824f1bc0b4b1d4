# iter() with __getitem__ sequences and iter(callable, sentinel).
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it), list(it), list(it))
for x in Squares():
    print("sq", x)

class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stopper()))

count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)), count)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
ci = iter(tick, 100)
print(type(ci).__name__, next(ci))
attempt("not callable", lambda: iter(1, 2))
attempt("not iterable", lambda: iter(1))
attempt("next on list", lambda: next([1]))
attempt("exhausted", lambda: next(iter([])))
print(next(iter([]), "default"))

class Broken:
    def __getitem__(self, i):
        raise ValueError("bad")
attempt("broken", lambda: list(Broken()))
