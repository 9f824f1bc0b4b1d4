# Rich comparisons: reflection, the subclass rule and sorting.
class Card:
    ranks = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def _key(self):
        return Card.ranks.index(self.rank)

    def __eq__(self, other):
        return isinstance(other, Card) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __hash__(self):
        return hash(self.rank)

    def __repr__(self):
        return f"Card({self.rank})"


hand = [Card("K"), Card("2"), Card("A"), Card("T"), Card("2")]
print(sorted(hand))
print(max(hand), min(hand))
print(Card("3") < Card("4"), Card("3") > Card("4"), Card("Q") >= Card("J"))
print(Card("5") == Card("5"), Card("5") != Card("5"), Card("5") in hand, Card("2") in hand)
print(hand.count(Card("2")), hand.index(Card("A")))


class Tracer:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented


class SubTracer(Tracer):
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name}) [sub]")
        return True


print(Tracer("a") < SubTracer("b"))
try:
    Tracer("a") < Tracer("b")
except TypeError as e:
    print(type(e).__name__, e)
print(SubTracer("s") > Tracer("t"))


class NeOnly:
    def __eq__(self, other):
        return "custom-eq"


print(NeOnly() == 1, NeOnly() != 1)


class Weird:
    def __eq__(self, other):
        return [1]

    def __ne__(self, other):
        return []


w = Weird()
print(w == 1, w != 1, bool(w == 1), [w].count(1), 1 in [w], w in [w])
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])
print((1, Card("2")) < (1, Card("3")), [Card("A")] == [Card("A")])
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"object() {op} object()")
    except TypeError as e:
        print(type(e).__name__, e)
