# Iterator state: __setstate__ clamping, __reduce__ shapes of enumerate, zip,
# map and filter, and rebuilding an iterator from its reduce value.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
# __setstate__ edge cases on iterators
for mk in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: reversed([1, 2, 3]), lambda: iter(range(3)),
           lambda: reversed(range(3)), lambda: iter(range(2**70, 2**70 + 3)), lambda: reversed("abc")):
    it = mk()
    it.__setstate__(1)
    a = list(it)
    it = mk()
    it.__setstate__(-5)
    b = list(it)
    it = mk()
    it.__setstate__(100)
    c = list(it)
    it = mk()
    attempt("setstate str", lambda: it.__setstate__("x"))
    print(type(it).__name__, a, b, c)
it = iter([1, 2])
list(it)
it.__setstate__(0)
print(list(it))
# enumerate / zip / map / filter __reduce__ shapes
e = enumerate("ab", 5)
print(e.__reduce__()[0] is enumerate, e.__reduce__()[1][1])
z = zip("ab", "cd", strict=True)
r = z.__reduce__()
print(r[0] is zip, len(r[1]), r[2:] )
z.__setstate__(False)
print(z.__reduce__()[2:])
m = map(str, [1])
print(m.__reduce__()[0] is map, m.__reduce__()[1][0] is str)
f = filter(None, [1])
print(f.__reduce__()[0] is filter, f.__reduce__()[1][0])
# copying iterators with their reduce
it = iter([1, 2, 3, 4])
next(it)
fn, args, *state = it.__reduce__()
it2 = fn(*args)
if state:
    it2.__setstate__(state[0])
print(list(it2), list(it))
d = {1: 2, 3: 4, 5: 6}
it = iter(d.items())
next(it)
fn, args = it.__reduce__()
print(list(fn(*args)), list(it))
