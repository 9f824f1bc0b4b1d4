values = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'é', '😀', '\x00\x7f', b'\xff', 1.0, None, [1, 'a'], (1,), {'k': 'v'}, {1}, frozenset(), range(3), slice(1, 2)]
for v in values:
    print(repr(v), ascii(v))
class P:
    def __repr__(self): return 'P(é)'
print(repr(P()), ascii(P()), str(P()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
lst = [1]
lst.append(lst)
print(repr(lst))
d = {}
d['self'] = d
print(repr(d))
