# reversed(): __reversed__, the sequence protocol, and errors.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())

class Custom:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Custom())))

class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

attempt("int", lambda: reversed(1))
attempt("set", lambda: reversed({1, 2}))
attempt("none", lambda: reversed(NotRev()))
attempt("no args", lambda: reversed())
attempt("two args", lambda: reversed([], []))
attempt("gen", lambda: reversed(x for x in "a"))

class OnlyGetitem:
    def __getitem__(self, i):
        return i
attempt("no len", lambda: reversed(OnlyGetitem()))
