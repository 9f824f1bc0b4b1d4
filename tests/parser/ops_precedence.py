a = 1 + 2 * 3 ** 4
b = -2 ** -3
c = not a < b
d = a | b & c ^ d
e = a << 1 + 2
f = (a + b) * (c - d) / e % f // g
g = a if b else c if d else e
h = a and not b or c
i = ~a + -b - +c
j = a ** -b ** c
k = a @ b @ c
l = a < b == c > d
m = lambda: a or b
n = [a, b][c:d]
o = a.b ** c.d
p = await_ * 2
