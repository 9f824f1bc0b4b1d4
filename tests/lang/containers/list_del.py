# del on list items and slices, and clear vs rebinding.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[:]
print(a)
b = list("abcdefgh")
del b[1::2]
print(b)
del b[::-1]
print(b)
c = [1, 2, 3]
alias = c
c = []
print(alias)
alias.clear()
print(alias)
d = {"x": [1, 2, 3]}
del d["x"][1]
print(d)
attempt("del out of range", lambda: [].__delitem__(0))
attempt("del dict missing", lambda: {}.__delitem__("k"))
attempt("del tuple", lambda: ().__delitem__(0))
e = list(range(20))
del e[5:15:3]
print(e)
del e[100:200]
print(e)
del e[-100:2]
print(e)
