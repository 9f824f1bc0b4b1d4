import sys
def f(n): return f(n+1)
try: f(0)
except RecursionError as e: print("RecursionError", e)
l = []
for i in range(100000): l = [l]
try: repr(l)
except RecursionError as e: print("RecursionError", e)
d = {}
for i in range(100000): d = {1: d}
try: str(d)
except RecursionError as e: print("RecursionError", e)
try: eval("(" * 300 + ")" * 300)
except (SyntaxError, MemoryError, RecursionError) as e: print(type(e).__name__, e)
try: eval("-" * 100000 + "1")
except (SyntaxError, MemoryError, RecursionError) as e: print(type(e).__name__, e)
try: [0] * (10 ** 13)
except MemoryError as e: print("MemoryError", e)
try: "ab" * (2 ** 62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)
class A:
    def __getattr__(self, name): return getattr(self, name + "x")
try: A().y
except RecursionError as e: print("RecursionError", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
try: f(0)
except RecursionError as e: print("RecursionError", e)
print("done")
