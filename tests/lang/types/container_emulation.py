# A mapping-like class and how built-ins use its special methods.
class Inventory:
    def __init__(self):
        self._items = {}

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no item {name!r}") from None

    def __setitem__(self, name, qty):
        if qty < 0:
            raise ValueError("negative quantity")
        self._items[name] = qty

    def __delitem__(self, name):
        del self._items[name]

    def __contains__(self, name):
        return name in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items))

    def keys(self):
        return list(self)

    def __eq__(self, other):
        return isinstance(other, Inventory) and self._items == other._items

    def __repr__(self):
        return f"Inventory({dict(self)})"


inv = Inventory()
inv["apple"] = 3
inv["pear"] = 1
print(inv, len(inv), "apple" in inv, "kiwi" in inv, list(inv), dict(inv))
try:
    inv["kiwi"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    inv["apple"] = -1
except ValueError as e:
    print(type(e).__name__, e)
del inv["pear"]
print(inv, bool(inv), bool(Inventory()), inv == Inventory())
print({**inv}, sorted(inv), [k for k in inv])


def show(**kw):
    return kw


print(show(**inv))


class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, pos):
        return self.cards[pos]


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3], list(reversed(deck))[:2], "2H" in deck)
print([c for c in deck if c.startswith("A")], deck.cards.index("3H"))
try:
    deck["x"]
except TypeError as e:
    print(type(e).__name__, e)


class Matrix:
    def __init__(self):
        self.calls = []

    def __getitem__(self, key):
        self.calls.append(key)
        return key


mx = Matrix()
print(mx[1, 2], mx[1:2, ::3], mx[...], mx[:, None])
print(mx.calls[-1])
