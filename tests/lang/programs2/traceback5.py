def rec(n):
    return rec(n + 1)
import sys
sys.setrecursionlimit(100)
try:
    rec(0)
except RecursionError as e:
    print(e)
d = {"a": {"b": None}}
x = d["a"]["b"]["c"]
