# Plain recursion: every Python call pushes a frame, none uses the C stack.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

print(fact(20))
print(fact(30))
print([fib(i) for i in range(15)])
print(is_even(100), is_odd(77), is_even(51))
print(depth(900))
print(ackermann(2, 3))
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))

def walk(tree, level=0):
    name, children = tree
    print("  " * level + name)
    for child in children:
        walk(child, level + 1)

walk(("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])]))

def count_calls():
    calls = 0
    def inner(n):
        nonlocal calls
        calls += 1
        if n > 0:
            inner(n - 1)
            inner(n - 2)
    inner(10)
    return calls

print(count_calls())
