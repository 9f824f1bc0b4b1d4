for x in y:
    pass

for x, y in z:
    pass

for (x, y) in z:
    pass

for [x, y] in z:
    pass

for x in 1, 2, 3:
    pass

for x in *a, *b:
    pass

for i in range(10):
    if i: break
    else: continue
else:
    done()

while True:
    break

while x:
    x -= 1
else:
    pass

while (n := n - 1) > 0:
    pass

for x.attr in y:
    pass

for x[0] in y:
    pass

for *a, b in c:
    pass
