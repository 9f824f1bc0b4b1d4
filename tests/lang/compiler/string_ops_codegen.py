# Subscripts, slices and attribute chains.
s = 'abcdefgh'
print(s[1], s[-1], s[2:5], s[::2], s[::-1], s[1:-1:3], s[:], s[5:], s[:3])
lst = list(range(10))
lst[2:4] = ['x', 'y', 'z']
print(lst)
lst[::3] = [None] * len(lst[::3])
print(lst)
del lst[1:3]
print(lst)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
n = Node(1, Node(2, Node(3)))
print(n.nxt.nxt.v, n.nxt.v)
n.nxt.nxt.v = 30
print(n.nxt.nxt.v)
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2], g[1:2, ::3], g[...], g[()], g[:, 1])
b = bytearray(b'hello')
b[0] = ord('j')
print(b)
print('x'.join(['a', 'b']).upper().lower().split('x'))
