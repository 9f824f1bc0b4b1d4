# deque: the end operations, maxlen, indexing and the methods that walk it
from _collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(200):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[199], d[200], d[-200])
print(sum(d), list(d)[:5], list(reversed(d))[:5])
for i in range(150):
    d.pop()
    d.popleft()
print(len(d), list(d))
t(lambda: deque().pop())
t(lambda: deque().popleft())

# maxlen trims the opposite end
d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend(range(20, 25))
print(d)
d.extendleft('ab')
print(d)
z = deque(maxlen=0)
z.append(1)
z.extend(iter([1, 2, 3]))
z.extendleft([4])
print(z, len(z))
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque([], 2, 3))
t(lambda: deque(foo=1))
t(lambda: deque(1))
print(deque('abc', None), deque(maxlen=None).maxlen)
# __init__ again clears and refills
d = deque([1, 2, 3])
d.__init__('xy', 5)
print(d)

# indexing
d = deque(range(300))
print(d[0], d[150], d[299], d[-1], d[-300])
t(lambda: d[300])
t(lambda: d[-301])
t(lambda: d[1:2])
t(lambda: d['a'])
d[5] = 'five'
d[-1] = 'last'
print(d[5], d[-1])
del d[0]
del d[100]
del d[-1]
print(len(d), d[0], d[99], d[100], d[-1])
def delbad():
    del d[1000]
t(delbad)
def setbad():
    d[1000] = 1
t(setbad)

# rotate
d = deque(range(10))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(23)
print(d)
d.rotate(-27)
print(d)
t(lambda: d.rotate(1, 2))
t(lambda: d.rotate('a'))
t(lambda: d.rotate(2**100))
big = deque(range(1000))
big.rotate(333)
print(big[0], big[333], big[-1])
big.rotate(-333)
print(list(big) == list(range(1000)))
deque().rotate(5)
deque([1]).rotate(5)

# reverse, count, index, remove, insert
d = deque('abcdefgabc')
d.reverse()
print(d)
print(d.count('a'), d.count('z'))
print(d.index('a'), d.index('a', 3), d.index('a', -4), d.index('c', 1, 9))
t(lambda: d.index('a', 3, 5))
t(lambda: d.index('z'))
t(lambda: d.index())
t(lambda: d.index(1, 2, 3, 4))
t(lambda: d.index('a', 'x'))
t(lambda: d.count())
d.remove('a')
print(d)
t(lambda: d.remove('z'))
d = deque([1, 2, 3])
d.insert(0, 'a')
d.insert(2, 'b')
d.insert(-1, 'c')
d.insert(100, 'd')
d.insert(-100, 'e')
print(d)
t(lambda: deque([1], maxlen=1).insert(0, 1))
t(lambda: d.insert(1))
t(lambda: d.insert('a', 1))
d = deque(range(5), maxlen=6)
d.insert(2, 'x')
print(d)
d.clear()
print(d, len(d))
d.extend(range(3))
print(d)

# in, iteration
d = deque(range(100))
print(50 in d, 100 in d, 'x' in d)
print(sum(iter(d)), sum(reversed(d)))
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__())
