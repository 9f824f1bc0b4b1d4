def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class P: pass
P.late = property(lambda s: 1)
t(lambda: setattr(P(), "late", 2))
t(lambda: delattr(P(), "late"))
P.noget = property(None, lambda s, v: None)
t(lambda: P().noget)
p = property(lambda s: 1)
p.__set_name__(P, "named")
P.other = p
t(lambda: setattr(P(), "other", 2))
t(lambda: p.__set_name__(P))
t(lambda: p.__set_name__(P, "a", "b"))
t(lambda: p.__set_name__(P, 5))
t(lambda: setattr(P(), "other", 2))
class Q:
    x = property(lambda s: 1)
    y = x
t(lambda: setattr(Q(), "y", 2))
t(lambda: setattr(Q(), "x", 2))
t(lambda: Q.x.__name__)
t(lambda: property().__name__ if hasattr(property(), "__name__") else "no __name__")
class Sub(property): pass
class R:
    s = Sub(lambda self: 5)
t(lambda: setattr(R(), "s", 1))
t(lambda: R.s.__get__(None, R) is R.s)
t(lambda: R.s.fget(None))
t(lambda: property.__get__(R.s, R()))
