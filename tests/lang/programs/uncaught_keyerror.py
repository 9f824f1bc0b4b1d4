def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("recursion", e)
class E(Exception):
    def __str__(self):
        return "custom str"
def f():
    raise E(1, 2)
try:
    f()
except E as e:
    print(e, e.args, repr(e))
raise KeyError("a\nb")
