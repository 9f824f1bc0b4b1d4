(y := f(x))
if (n := len(a)) > 10:
    pass
while (chunk := read()):
    pass
[y := f(x), y ** 2]
[y for x in data if (y := f(x))]
f(x := 1)
print((a := 1), (b := 2))
x = (y := 0)
{(k := 1): 2}
a[b := 1]
def f(a=(b := 1)): pass
lambda: (x := 1)
