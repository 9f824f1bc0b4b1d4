# Lookup with equal but not identical keys, comparisons that mutate the
# dict, and iteration over combined/str-only/split tables with holes.

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# --- equal keys that are distinct objects
big = 10 ** 6
d = {big: 'int', 2.5: 'float', 'name' + str(big): 'str', 10 ** 30: 'huge'}
print(d[int('1000000')], d[float('2.5')], d['name' + '1000000'], d[int('1' + '0' * 30)])
print(d.get(1000000.0), d.get(2.5 + 0j), 1000001 in d, 2.4999 in d)
n = {1: 'a', 1.0: 'b', True: 'c'}
print(n, n[1], n[True])
nan = float('nan')
m = {nan: 1}
print(nan in m, float('nan') in m, m.get(float('nan'), 'missing'))
neg = {-(10 ** 5): 'neg', -1: 'm1'}
print(neg[int('-100000')], neg[-1.0], neg.get(-2))
print({0.0: 'z'}[-0.0], {-0.0: 'nz'}[0])
h1 = 2 ** 61 - 1 + 5
h2 = 5
print(hash(h1) == hash(h2), {h1: 'a', h2: 'b'}[h2], {h1: 'a', h2: 'b'}[h1])
# str subclass keys still go through __eq__
class S(str):
    def __eq__(self, other):
        print('S.__eq__ called')
        return str.__eq__(self, other)
    __hash__ = str.__hash__
ds = {S('key'): 1}
print(ds.get('key'))
print(ds.get(S('k' + 'ey')))
class I(int):
    def __eq__(self, other):
        print('I.__eq__', int(self), other)
        return int(self) == other
    __hash__ = int.__hash__
di = {I(123456): 'x'}
print(di.get(123456), di.get(123457))

# --- __eq__ that mutates the dict during lookup
class Mut:
    def __init__(self, d, h, action):
        self.d, self.h, self.action = d, h, action
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.action(self.d)
        return True
# the stored key's __eq__ runs first and mutates the dict once
def mutating_lookup(label, action, probe):
    d = {}
    state = {'done': False}
    def act(d):
        if not state['done']:
            state['done'] = True
            action(d)
    d[Mut(d, 7, act)] = 'first'
    show(label, lambda: d.get(probe, 'gone'))
    show(label + ' in', lambda: probe in d)
    print(len(d), sorted(map(repr, d.values())))
def add_more(d):
    for i in range(100, 150):
        d[i] = i
def replace_key(d):
    d.clear()
    d[Mut(d, 7, lambda d: None)] = 'second'
mutating_lookup('clear', lambda d: d.clear(), 7)
mutating_lookup('grow', add_more, 7)
mutating_lookup('replace', replace_key, 7)
mutating_lookup('set other', lambda d: d.__setitem__('other', 1), 7.0)

# --- iteration over every table kind, with deleted entries
def iterate(d):
    print(list(d), list(d.keys()), list(d.values()), list(d.items()))
    print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
    print({k: v for k, v in d.items()})
gen = {i: i * i for i in range(12)}
for k in (0, 3, 4, 11):
    del gen[k]
iterate(gen)
strs = {'k%d' % i: i for i in range(10)}
del strs['k0'], strs['k5'], strs['k9']
iterate(strs)
class P:
    pass
objs = [P() for _ in range(3)]
for o in objs:
    o.a, o.b, o.c = 1, 2, 3
del objs[1].a
objs[2].b = 'replaced'
for o in objs:
    iterate(o.__dict__)
iterate({})
empty_after = {1: 2}
del empty_after[1]
iterate(empty_after)
# holding on to the item tuples
its = list({1: 'a', 2: 'b'}.items())
print(its, its[0] is its[1])

# --- changes during iteration
def mutate_during(d, change):
    out = []
    try:
        for k in d:
            out.append(k)
            change(d, k)
    except RuntimeError as e:
        out.append(str(e))
    return out
print(mutate_during({1: 1, 2: 2, 3: 3}, lambda d, k: d.__setitem__(k + 10, 0)))
print(mutate_during({1: 1, 2: 2, 3: 3}, lambda d, k: d.pop(k)))
print(mutate_during({1: 1, 2: 2, 3: 3}, lambda d, k: d.__setitem__(k, 'same key')))
def swap(d, k):
    if k == 1:
        del d[2]
        d[9] = 9
print(mutate_during({1: 1, 2: 2, 3: 3}, swap))
o = P()
o.x, o.y = 1, 2
print(mutate_during(o.__dict__, lambda d, k: d.__setitem__('z' + k, 0)))
it = iter({1: 1, 2: 2})
d2 = {}
it2 = iter(d2)
d2['a'] = 1
show('next after growth', lambda: next(it2))
show('again', lambda: next(it2))
v = {1: 'a', 2: 'b', 3: 'c'}
vi = iter(v.values())
print(next(vi))
v[1] = 'changed'
print(list(vi))
ii = iter(v.items())
print(next(ii))
v.pop(2)
show('items after pop', lambda: next(ii))
