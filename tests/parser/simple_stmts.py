pass
del x
del x, y
del x.a, y[0], z[1:2]
del (a, b)
del [a, b]
del (a), [b]
assert x
assert x, "message"
assert (x, "tuple")
global a
global a, b, c
x = 1; y = 2; z = 3
x = 1;
pass; pass
break_ = continue_ = 1
