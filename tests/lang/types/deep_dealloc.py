# Freeing very deep structures must not overflow the C stack: each
# container's dealloc would otherwise recurse into the next one.
import sys

N = 300_000


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


h = None
for i in range(N):
    h = Node(h)
print("built instance chain")
del h
print("freed instance chain")


class SlotNode:
    __slots__ = ("nxt",)

    def __init__(self, nxt):
        self.nxt = nxt


h = None
for i in range(N):
    h = SlotNode(h)
del h
print("freed slotted chain")

lst = []
for i in range(N):
    lst = [lst]
del lst
print("freed nested list")

d = {}
for i in range(N):
    d = {"next": d, "i": i}
del d
print("freed dict chain")

t = ()
for i in range(N):
    t = (t, i)
del t
print("freed tuple chain")

s = frozenset()
for i in range(N // 4):
    s = frozenset([s, i])
del s
print("freed frozenset chain")


class MyList(list):
    pass


m = MyList()
for i in range(N // 4):
    m = MyList([m])
del m
print("freed list subclass chain")

# mixed: lists inside dicts inside instances
x = None
for i in range(N // 4):
    x = Node({"items": [x, (i,)]})
del x
print("freed mixed chain")

# a finalizer still runs for every object in the chain
count = 0


class Counted:
    def __init__(self, nxt):
        self.nxt = nxt

    def __del__(self):
        global count
        count += 1


c = None
for i in range(100_000):
    c = Counted(c)
del c
print("finalized", count)

# a structure kept alive by a reference from outside survives
keep = []
h = None
for i in range(10_000):
    h = Node(h)
    if i == 5000:
        keep.append(h)
del h
n = 0
p = keep[0]
while p is not None:
    n += 1
    p = p.nxt
print("survivors", n)
print("done")
