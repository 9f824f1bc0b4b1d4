def a(x):
    return b(x) + 1
def b(x):
    return [1, 2][x]
class C:
    def method(self):
        return a(5)
try:
    C().method()
except IndexError as e:
    print("caught", e)
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
try:
    deep(3)
except ValueError as e:
    t = e.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print("frames", n)
lam = lambda: 1 / 0
def wrapper():
    try:
        lam()
    except ZeroDivisionError:
        raise ValueError("wrapped")
wrapper()
