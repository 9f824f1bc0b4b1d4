import sys
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
print(check(1))
sys.setrecursionlimit(100)
def f(n):
    return f(n + 1) if n < 50 else check(-n)
f(0)
