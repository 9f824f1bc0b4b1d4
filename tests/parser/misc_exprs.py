x = (1)
y = ((1, 2))
z = (((a)))
w = (yield_ := 3)
v = [] or {} or () or ''
u = a if b else (c, d)
t = not not not x
s = - - - x
r = a.b.c(d)[e].f
q = (a for b in c), 1
p = [*range(3)]
o = {1: 2}[1]
n = "abc"[0]
m = (lambda: 1)()
l = x[:-1] + x[-1:]
k = print
j = 1 if True else 2 if False else 3
