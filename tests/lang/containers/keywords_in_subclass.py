# list, tuple, set and frozenset subclasses refuse keyword arguments unless
# they define the __init__ or __new__ that would take them, as CPython 3.11.
for base, arg in ((list, [1, 2]), (tuple, (1, 2)), (set, {1, 2}), (frozenset, {1, 2})):
    class plain(base):
        pass

    u = plain(arg)
    print(base.__name__, type(u).__name__, sorted(u))
    for kw in ({"sequence": ()}, {"iterable": ()}, {"x": 1}):
        try:
            plain(**kw)
        except TypeError as e:
            print("  TypeError:", e)

    class with_init(base):
        def __init__(self, seq, newarg=None):
            if base in (list, set):
                super().__init__(seq)
            self.newarg = newarg

    try:
        u = with_init(arg, newarg=3)
        print("  init", sorted(u), u.newarg)
    except TypeError as e:
        print("  init TypeError:", e)

    class with_new(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self

    try:
        u = with_new(arg, newarg=3)
        print("  new", sorted(u), u.newarg)
    except TypeError as e:
        print("  new TypeError:", e)
