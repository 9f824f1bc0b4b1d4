def show(**kw):
    print(kw)
show(a=1, b=2, a=3)
