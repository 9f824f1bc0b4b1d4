if x:
    pass

if x:
    a = 1
else:
    a = 2

if x:
    a
elif y:
    b
elif z:
    c
else:
    d

if (x := f()) is not None:
    print(x)

if x: pass
if x: a; b
if x: a
else: b

if a:
    if b:
        pass
    else:
        pass
elif c:
    pass
