# Augmented assignment on names, attributes and subscripts.
x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 1; x ^= 3; x &= 0xff
print(x)
f = 7.0
f /= 2
print(f)
s = 'ab'
s *= 3
s += '!'
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
print(b.v)
d = {'k': [1]}
d['k'] += [2]
d['n'] = d.get('n', 0)
d['n'] += 1
print(d)
calls = []
def key():
    calls.append('key')
    return 'k'
def obj():
    calls.append('obj')
    return d
obj()[key()] += [3]
print(calls, d['k'])
class Tracker:
    def __init__(self):
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k)); return 0
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
tr = Tracker()
tr[1] += 5
print(tr.log)
m = [[0, 0], [0, 0]]
m[1][0] += 9
print(m)
def local_aug():
    n = 1
    for i in range(5):
        n *= 2
    return n
print(local_aug())
