# The cycle collector frees what reference counting cannot.
import gc
import _weakref

gc.disable()
print(gc.isenabled())
events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append("del " + self.name)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = _weakref.ref(a, lambda r: events.append("callback a"))
del a, b
print(ra() is not None, events)
found = gc.collect()
print(found >= 2, ra() is None, sorted(events))

events.clear()
lst = []
lst.append(lst)
rl = Node("holder")
rl.items = lst
lst.append(rl)
del lst, rl
print(gc.collect() >= 2, events)

# objects reachable from outside survive
events.clear()
keep = Node("kept")
keep.other = keep
print(gc.collect(), events, keep.other is keep)

# a finalizer that resurrects its object
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)
        events.append("phoenix finalized")


events.clear()
p = Phoenix()
p.me = p
del p
gc.collect()
print(events, len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print(events)

# tracking
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked(Node("x")))
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), type(gc.get_stats()).__name__, len(gc.get_stats()))
print(sorted(gc.get_stats()[0].keys()))
x = [1, 2]
y = {"k": x}
print(x in gc.get_referents(y), y in gc.get_referrers(x))
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.garbage)
gc.enable()
print(gc.isenabled())
