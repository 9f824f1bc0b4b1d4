import sys
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print("R1", e)
l = []
for i in range(200000): l = [l]
try: repr(l)
except RecursionError as e: print("R2", e)
class K:
    def __lt__(s, o): return sorted([K(), K()]) and True
try: sorted([K(), K()])
except RecursionError as e: print("R3", e)
class H:
    def __hash__(s): return hash(H())
try: hash(H())
except RecursionError as e: print("R4", e)
class E:
    def __eq__(s, o): return [E()] == [E()]
try: E() == E()
except RecursionError as e: print("R5", e)
def gen():
    yield from gen()
try: next(gen())
except RecursionError as e: print("R6", e)
class I:
    def __iter__(self): return iter(list(I()))
try: list(I())
except RecursionError as e: print("R7", e)
print("ok")
