# Slicing lists: reads, assignments, deletions, extended slices.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[-2:2:-2])
print(a[100:], a[-100:2], a[5:2], a[3:3], a[::100], a[::-100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[2:3] = []
print(b)
b[0:0] = [-2, -1]
print(b)
b[len(b):] = [100, 101]
print(b)
b[1:3] = "hi"
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
del c[::-4]
print(c)
attempt("ext size", lambda: c.__setitem__(slice(None, None, 2), [1, 2]))
attempt("ext iter", lambda: c.__setitem__(slice(None, None, 2), 5))
attempt("simple iter", lambda: c.__setitem__(slice(0, 2), 5))
attempt("step zero", lambda: c[::0])
attempt("float index", lambda: c[1.5])
attempt("str slice", lambda: c["a":])
attempt("out of range", lambda: c[100])
attempt("assign out of range", lambda: c.__setitem__(100, 1))
attempt("del out of range", lambda: c.__delitem__(-100))
d = [1, 2, 3]
d[1:2] = d
print(d)
d[::2] = d[:3][::-1][:len(d[::2])]
print(d)
e = [0] * 5
e[-1] = 9
e[-5] = 8
print(e, e[-1], e[-5])
s = slice(1, 8, 3)
print(a[s], s, s.start, s.stop, s.step)
print(s.indices(5), slice(None).indices(3), slice(-100, 100, -3).indices(10))
