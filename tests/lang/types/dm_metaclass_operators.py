def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Meta(type):
    def __add__(cls, o): return f"{cls.__name__}+{o}"
    def __or__(cls, o): return f"{cls.__name__}|{getattr(o, '__name__', o)}"
    def __ror__(cls, o): return f"{getattr(o, '__name__', o)}|{cls.__name__} (r)"
    def __len__(cls): return 7
    def __iter__(cls): return iter(["x", "y"])
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __contains__(cls, k): return k == "in"
    def __call__(cls, *a): return ("call", cls.__name__, a)
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __bool__(cls): return False
    def __invert__(cls): return "inverted"
    def __eq__(cls, o): return "meta-eq"
    __hash__ = type.__hash__
class A(metaclass=Meta): pass
t(lambda: A + 1)
t(lambda: A | int)
t(lambda: int | A)
t(lambda: A | None)
t(lambda: None | A)
t(lambda: len(A))
t(lambda: list(A))
t(lambda: A[3])
t(lambda: "in" in A)
t(lambda: A(1, 2))
t(lambda: repr(A))
t(lambda: bool(A))
t(lambda: ~A)
t(lambda: A == 1)
t(lambda: {A: 1}[A])
t(lambda: [A])
t(lambda: int | str)
t(lambda: int | "str")
t(lambda: type(int | None).__name__)
t(lambda: (int | str) | A)
t(lambda: isinstance(1, int | str))
class B: pass
t(lambda: B | int)
t(lambda: B + 1)
t(lambda: len(B))
