# Keyword-name checks for ** unpacking, and pickling support of str
# iterators and method-wrappers.

def f(*a, **k): pass
class C:
    def m(self, **k): pass

calls = [
    ("sorted", lambda: sorted([], **{1: 2})),
    ("int", lambda: int(**{1: 2})),
    ("print", lambda: print(1, **{1: 2})),
    ("dict", lambda: dict(**{1: 2})),
    ("dict+map", lambda: dict({}, **{1: 2})),
    ("update", lambda: {}.update(**{1: 2})),
    ("pyfunc", lambda: f(**{1: 2})),
    ("pyfunc kw", lambda: f(a=1, **{1: 2})),
    ("two maps", lambda: f(**{'a': 1}, **{1: 2})),
    ("method", lambda: C().m(**{1: 2})),
    ("class", lambda: C(**{1: 2})),
    ("list.sort", lambda: [].sort(**{1: 2})),
    ("max", lambda: max(1, 2, **{1: 2})),
    ("join", lambda: ''.join(**{1: 2})),
    ("tuple key", lambda: f(1, **{(1,): 2})),
    ("getattr", lambda: getattr(**{1: 2})),
]
for name, t in calls:
    try:
        t()
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__, e)

# str iterators: __reduce__ / __setstate__
for s in ('abc', '\u1234bc', ''):
    it = iter(s)
    print(type(it).__name__, it.__reduce__())
    if s:
        next(it)
        print(it.__reduce__())
    it.__setstate__(2)
    print(list(it), it.__reduce__())
    it.__setstate__(0)
    print(list(it))
it = iter('abcd')
it.__setstate__(-5)
print(list(it))
it = iter('abcd')
it.__setstate__(100)
print(list(it), it.__length_hint__())
try:
    iter('a').__setstate__('x')
except Exception as e:
    print(type(e).__name__, e)
r = iter('xyz').__reduce__()
it2 = r[0](*r[1])
print(list(it2))

# method-wrapper __reduce__
print([].__len__.__reduce__())
print((1).__add__.__reduce__())
print('s'.__str__.__reduce__())
g, args = [1, 2].__len__.__reduce__()
print(g(*args)())
print(list.__len__.__reduce__())
