x = 1
y = z = x
a, b = b, a
(c, d) = 1, 2
[e, f] = [3, 4]
g, = (5,)
h, *i = range(5)
*j, k = "abc"
l, (m, n) = 1, (2, 3)
o = p = q = None
obj.attr = 5
obj.a.b.c = 6
arr[0] = 7
arr[1:2] = [8]
arr[::2] = arr[1::2]
d[k1, k2] = 9
x = yield_ = 10
