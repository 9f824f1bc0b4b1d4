class Node:
    __slots__ = "val", "next"
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._n += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self._n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __contains__(self, v):
        return any(x == v for x in self)
    def __bool__(self):
        return self.head is not None
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

ll = LinkedList("abcde")
print(ll, len(ll), ll[1], ll[-1], ll[1:4], "c" in ll, "z" in ll, bool(LinkedList()))
ll.reverse(); print(ll)
try:
    ll[10]
except IndexError as e:
    print(e)
try:
    Node(1).other = 2
except AttributeError as e:
    print(e)

class BST:
    class _N:
        def __init__(s, k, v):
            s.k, s.v, s.l, s.r = k, v, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def __setitem__(self, k, v):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._N(k, v)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            else:
                n.v = v
            return n
        self.root = ins(self.root)
    def __getitem__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.l if k < n.k else n.r
        raise KeyError(k)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def items(self):
        return ((k, self[k]) for k in self)
    def height(self, n=...):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    t[w] = len(w)
print(list(t), t.size, t.height())
print(dict(t.items()))
try:
    t["cat"]
except KeyError as e:
    print("KeyError", e, repr(e))

class MinHeap:
    def __init__(self, data=()):
        self.a = []
        for x in data:
            self.push(x)
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]: m = l
            if r < len(a) and a[r] < a[m]: m = r
            if m == i: break
            a[i], a[m] = a[m], a[i]
            i = m
        return top
    def __iter__(self):
        while self.a:
            yield self.pop()
h = MinHeap([5, 3, 8, 1, 9, 2, (7)])
print(list(h))
h2 = MinHeap([(2, "b"), (1, "z"), (2, "a")])
print(list(h2))
try:
    MinHeap().pop()
except IndexError as e:
    print(e)
try:
    MinHeap([1, "a"])
except TypeError as e:
    print(e)
try:
    MinHeap([(1, 2), (1, None)])
except TypeError as e:
    print(e)
class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2]); s.append(3)
print(s, s.peek(), type(s[:1]).__name__, s + [4], type(s + [4]).__name__, repr(Stack()))
class DD(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
dd = DD(); dd["a"].append(1); dd["b"]; print(dd, dd.get("c"), "c" in dd)
