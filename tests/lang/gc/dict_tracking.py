import gc
# dicts are tracked by the cycle collector only once they hold something
# that could be part of a cycle; tuples of atomic items stay cheap too.
class D(dict): pass
print(gc.is_tracked({}), gc.is_tracked({1: 'a'}), gc.is_tracked({1: []}), gc.is_tracked(dict()), gc.is_tracked(D()))
d = {}
d['a'] = 1; print(gc.is_tracked(d))
d['b'] = (1, 2); print(gc.is_tracked(d))
d['c'] = [1]; print(gc.is_tracked(d))
e = {1: 2}
print(gc.is_tracked(e.copy()), gc.is_tracked(d.copy()), gc.is_tracked(dict(d)), gc.is_tracked(dict(e)), gc.is_tracked(dict(a=1)), gc.is_tracked(dict(a=[])))
print(gc.is_tracked({**e}), gc.is_tracked({**d}), gc.is_tracked(dict.fromkeys([1,2])), gc.is_tracked(dict.fromkeys([1,2], [])))
f = {}; f.update(d); print(gc.is_tracked(f))
g = {}; g.setdefault(1, []); print(gc.is_tracked(g))
class A: pass
a = A(); a.x = 1; print(gc.is_tracked(a.__dict__))
a.y = a; print(gc.is_tracked(a.__dict__))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked((1, [])))
x = 5
t = (x, x+1)
print(gc.is_tracked(t))
