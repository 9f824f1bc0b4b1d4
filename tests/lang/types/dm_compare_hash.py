def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print(self.n, "eq", getattr(o, "n", o)); return NotImplemented
    def __lt__(self, o): print(self.n, "lt", getattr(o, "n", o)); return NotImplemented
    def __gt__(self, o): print(self.n, "gt", getattr(o, "n", o)); return NotImplemented
class D(C): pass
class E(C):
    def __gt__(self, o): print(self.n, "E.gt"); return True
t(lambda: C(1) == C(2))
t(lambda: C(1) != C(2))
a = C(1)
t(lambda: a == a)
t(lambda: a != a)
t(lambda: C(1) < C(2))
t(lambda: C(1) < D(2))
t(lambda: C(1) < E(2))
t(lambda: C(1) <= C(2))
t(lambda: C(1) >= 2)
t(lambda: 1 < "a")
t(lambda: [] < {})
t(lambda: None > None)
t(lambda: object() <= object())
class NeOnly:
    def __eq__(self, o): return "eqres"
t(lambda: NeOnly() != 1)
class EqTrue:
    def __eq__(self, o): return 1
t(lambda: EqTrue() != 1)
class EqBad:
    def __eq__(self, o): return EqBadBool()
class EqBadBool:
    def __repr__(self): return "EqBadBool()"
    def __bool__(self): raise ValueError("bool fail")
t(lambda: EqBad() != 1)
t(lambda: EqBad() == 1)
t(lambda: [EqBad()] == [EqBad()])
t(lambda: EqBad() in [1])
class NeDef:
    def __ne__(self, o): return "ne!"
t(lambda: NeDef() == NeDef())
t(lambda: NeDef() != 1)
t(lambda: 1 != NeDef())
t(lambda: 1 == NeDef())
class Cmp:
    def __repr__(self): return "Cmp()"
    def __lt__(self, o): return "lt"
t(lambda: 1 > Cmp())
t(lambda: Cmp() > 1)
t(lambda: sorted([Cmp(), Cmp()]))
t(lambda: max(C(1), C(2)))
t(lambda: object.__eq__(1, 1))
t(lambda: object.__eq__(1, 2))
t(lambda: object.__ne__(1, 1))
t(lambda: object.__lt__(1, 2))
t(lambda: int.__eq__(1, 1.0))
t(lambda: int.__lt__(1, "a"))

# hash
class H1:
    def __eq__(self, o): return True
print(H1.__hash__)
t(lambda: hash(H1()))
t(lambda: {H1()})
t(lambda: {H1(): 1})
t(lambda: {}[H1()])
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash((1, [])))
t(lambda: {[]: 1})
t(lambda: frozenset([[1]]))
t(lambda: 1 in {[]})
t(lambda: [] in {1: 2})
t(lambda: {1: 2}.get([]))
t(lambda: set().add({}))
class H2(H1):
    __hash__ = object.__hash__
t(lambda: type(hash(H2())))
class H3:
    def __eq__(self, o): return True
    def __hash__(self): return 5
class H4(H3):
    def __eq__(self, o): return False
print(H4.__hash__)
class H5:
    def __hash__(self): return 2**100
t(lambda: hash(H5()))
class H6:
    def __hash__(self): return -1
t(lambda: hash(H6()))
class H7:
    def __hash__(self): return "x"
t(lambda: hash(H7()))
class H8:
    def __hash__(self): return 1.5
t(lambda: hash(H8()))
class IntH(int):
    def __hash__(self): return self
t(lambda: hash(IntH(-1)))
class H9:
    def __hash__(self): return True
t(lambda: hash(H9()))
class H10:
    __hash__ = None
t(lambda: hash(H10()))
class H11:
    def __hash__(self): return 2**64 + 3
t(lambda: hash(H11()))
class H12(int):
    def __hash__(self): return IntH(-1)
t(lambda: hash(H12(5)))
t(lambda: hash(H5()) == hash(2**100))
class EqSub(int):
    def __eq__(self, o): return False
t(lambda: hash(EqSub(3)))
print(EqSub.__hash__)
class HashInherit(list): pass
t(lambda: hash(HashInherit()))
class HashInherit2(list):
    def __hash__(self): return 7
t(lambda: hash(HashInherit2()))
