def f(a, b=0): return a
f(b=1, 2)
