def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class RevList:
    def __reversed__(self): return [3, 2, 1]
t(lambda: reversed(RevList()))
t(lambda: list(reversed(RevList())))
class LenOnly:
    def __len__(self): return 2
t(lambda: reversed(LenOnly()))
class GetOnly:
    def __getitem__(self, i): return i
t(lambda: reversed(GetOnly()))
class NegLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
t(lambda: reversed(NegLen()))
class RevRaises:
    def __reversed__(self): raise KeyError("rev")
t(lambda: reversed(RevRaises()))
t(lambda: type(reversed({1: 2})).__name__)
t(lambda: list(reversed({1: 2, 3: 4})))
t(lambda: list(reversed({1: 2}.items())))
t(lambda: reversed({1}))
t(lambda: reversed(iter([1])))
t(lambda: list(reversed(range(3))))
t(lambda: list(reversed("abc")))
t(lambda: reversed())
t(lambda: reversed(1, 2))
t(lambda: reversed(seq=[1]))
t(lambda: type(reversed([])).__name__)
t(lambda: type(reversed(())).__name__)
t(lambda: type(reversed(GetOnly.__new__(NegLen))).__name__)
r = reversed([1, 2, 3])
t(lambda: r.__length_hint__())
next(r)
t(lambda: r.__length_hint__())
class SubRev(reversed): pass
t(lambda: list(SubRev([1, 2])))
t(lambda: type(SubRev([1, 2])).__name__)
