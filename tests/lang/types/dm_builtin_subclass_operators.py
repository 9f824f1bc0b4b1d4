def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class I(int):
    def __eq__(self, o): print("I.eq", o); return "I-eq"
    def __lt__(self, o): print("I.lt", o); return "I-lt"
    def __gt__(self, o): print("I.gt", o); return "I-gt"
    __hash__ = int.__hash__
t(lambda: 1 == I(1))
t(lambda: I(1) == 1)
t(lambda: 1 < I(2))
t(lambda: 1.5 < I(2))
t(lambda: [1] == [I(1)])
t(lambda: (1, 2) < (1, I(3)))
t(lambda: {1: "a"} == {I(1): "a"})
t(lambda: I(1) in [1])
t(lambda: 1 in [I(1)])
t(lambda: [1, 2].index(I(2)))
t(lambda: [1, 2].count(I(2)))
t(lambda: {1, 2} == {I(1), 2})
t(lambda: sorted([I(3), 1, 2]))
class Ident:
    def __eq__(self, o): print("Ident.eq"); return False
x = Ident()
t(lambda: x in [x])
t(lambda: [x] == [x])
t(lambda: x == x)
t(lambda: (x,) == (x,))
t(lambda: {x: 1}[x] if False else [x].count(x))
t(lambda: [x].index(x))
t(lambda: {"k": x} == {"k": x})
nan = float("nan")
t(lambda: nan in [nan])
t(lambda: [nan] == [nan])
t(lambda: nan == nan)
class S(str):
    def __eq__(self, o): return "S-eq"
    __hash__ = str.__hash__
t(lambda: "a" == S("a"))
t(lambda: S("a") != "a")
t(lambda: {"a": 1}[S("a")])
t(lambda: S("a") in {"a": 1})
t(lambda: "a" in [S("a")])
class L(list):
    def __eq__(self, o): return "L-eq"
    def __lt__(self, o): return "L-lt"
t(lambda: [1] == L([1]))
t(lambda: [1] < L([1]))
t(lambda: [1] > L([1]))
t(lambda: [[1]] == [L([1])])
class F(float):
    def __radd__(self, o): return "F-radd"
    def __rsub__(self, o): return "F-rsub"
t(lambda: 1 + F(2))
t(lambda: 1.0 + F(2))
t(lambda: True + F(2))
t(lambda: 1j + F(2))
t(lambda: sum([F(1), 2]))
t(lambda: sum([1, F(2)]))
class B(bytes):
    def __radd__(self, o): return "B-radd"
t(lambda: b"x" + B(b"y"))
t(lambda: bytearray(b"x") + B(b"y"))
class T(tuple):
    def __radd__(self, o): return "T-radd"
    def __rmul__(self, o): return "T-rmul"
t(lambda: (1,) + T((2,)))
t(lambda: 2 * T((2,)))
t(lambda: T((2,)) * 2)
class D(dict):
    def __ror__(self, o): return "D-ror"
t(lambda: {1: 2} | D())
class St(set):
    def __rand__(self, o): return "St-rand"
    def __rsub__(self, o): return "St-rsub"
t(lambda: {1} & St())
t(lambda: {1} - St())
t(lambda: frozenset({1}) & St())
