import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)

def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n

limit = sys.getrecursionlimit()
print(limit)
reached = count(0)
print(limit - 10 < reached < limit)

# recovering works again and again
for i in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(i, str(e))

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)

head = None
for i in range(500):
    head = Node(head)
print(head.length())

sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    head.length()
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(limit)
print(head.length())

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion stopped")

print(isinstance(RecursionError(), RuntimeError))
