a.b
a.b.c.d
a.b().c
a[0].b
(1).real
"s".join(x)
x.__class__.__name__
f().g[h].i()
