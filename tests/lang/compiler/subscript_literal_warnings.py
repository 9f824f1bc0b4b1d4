def f():
    a = 5[1]
    b = [1, 2][1.5]
    c = "ab"["x"]
    d = (1, 2)[None]
    e = {1}[0]
    g = (x for x in [])[0]
    h = (lambda: 0)[0]
    i = None[0]
    j = [1][1:2]
    k = b"x"[2.0]
    l = f"x"[""]
    m = [x for x in "ab"][()]
    n = {1: 2}[1.5]
    o = 1.5[0]
    p = ...[0]
    q = (1, 2)[True]
    r = "ab"[-1]
def g():
    x = (1,
         2)[
      "a"]
    y = [5[
    0]]
print("k")
print("compiled")
