def kw(**k): return k
class K:
    def keys(self): raise AttributeError("x")
    def __getitem__(self, k): return 1
class G:
    def keys(self):
        print("keys start"); yield "a"; print("keys mid"); yield "b"
    def __getitem__(self, k): print("get", k); return k
class GA:
    def keys(self): return ["a"]
    def __getitem__(self, k): raise AttributeError("in getitem")
for o in (K(), G(), GA()):
    for f in (lambda: kw(**o), lambda: {**o}, lambda: dict(o), lambda: kw(x=1, **o)):
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
class Dup:
    def keys(self): return ["x"]
    def __getitem__(self, k): return 2
try: kw(x=1, **Dup())
except Exception as e: print(type(e).__name__, e)
try: kw(**{"x": 1}, **Dup())
except Exception as e: print(type(e).__name__, e)
try: kw(**{1: 2})
except Exception as e: print(type(e).__name__, e)
class IntKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return 2
try: kw(**IntKeys())
except Exception as e: print(type(e).__name__, e)
