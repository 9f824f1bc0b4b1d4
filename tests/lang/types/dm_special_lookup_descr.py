# Implicit special-method calls look the method up on the type and bind it
# through its descriptor's __get__, for every builtin that calls one.
import math, sys
record = []
class SpecialDescr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
def zero(self): return 0
def hello(self): return b"hello"
def empty_seq(self): return []
def iden(self): return self
def swallow(*a): pass
def cn(self): return 1j
def fmt(self, spec): return "hello"
def return_true(self, thing=None): return True
cases = [("__bytes__", bytes, hello, {}), ("__reversed__", reversed, empty_seq, {}),
 ("__length_hint__", list, zero, {"__iter__": iden, "__next__": lambda self: (_ for _ in ()).throw(StopIteration)}),
 ("__sizeof__", sys.getsizeof, zero, {}), ("__instancecheck__", lambda o: isinstance(int, o), return_true, {}),
 ("__subclasscheck__", lambda o: issubclass(int, o), return_true, {}),
 ("__complex__", complex, cn, {}), ("__format__", format, fmt, {}), ("__floor__", math.floor, zero, {}),
 ("__trunc__", math.trunc, zero, {}), ("__ceil__", math.ceil, zero, {}), ("__dir__", dir, empty_seq, {}),
 ("__round__", round, zero, {})]
def run_context(m):
    with m: pass
cases += [("__enter__", run_context, iden, {"__exit__": swallow}), ("__exit__", run_context, swallow, {"__enter__": iden})]
for name, runner, impl, env in cases:
    record.clear()
    class X: pass
    for a, o in env.items(): setattr(X, a, o)
    setattr(X, name, SpecialDescr(impl))
    try:
        runner(X())
        print(name, record)
    except Exception as e:
        print(name, "ERR", type(e).__name__, e)
