lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda a, /, b: 0
lambda a, /, b, *, c: 0
lambda a=1, /, b=2, *, c=3, d, **e: 0
lambda *, k: k
lambda *, k=1: k
lambda x: lambda y: x + y
lambda: (yield)
f = lambda a, *b, c, **d: (a, b, c, d)
sorted(x, key=lambda t: t[1])
lambda x: x if x else None
