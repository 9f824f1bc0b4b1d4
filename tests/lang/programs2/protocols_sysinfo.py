import sys
print(sys.version_info >= (3, 11), sys.version_info[0:3] == tuple(sys.version_info)[:3], len(sys.version_info))
print(sys.version_info.minor, sys.version_info.serial, sys.version_info > (3,), repr(sys.version_info)[:20])
print(sys.getrecursionlimit())
print(sys.flags.optimize, sys.hash_info.width, sys.float_info.dig, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(type(sys.flags).__name__, sys.float_info.max, sys.float_info.min)
print(sys.getsizeof(0) > 0, isinstance(sys.argv, list), sys.platform)
print(sorted(set(sys.builtin_module_names) & {"sys", "math", "time", "gc"}))
class Proto:
    def __len__(self): return 3
    def __iter__(self): return iter("abc")
    def __contains__(self, x): return x == "z"
    def __bool__(self): return False
    def __index__(self): return 2
p = Proto()
print(len(p), list(p), "z" in p, "a" in p, bool(p), [10, 20, 30][p], bin(p), hex(p), range(10)[p])
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(OnlyGetitem()), 4 in OnlyGetitem(), list(reversed([1, 2])))
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(e)
try:
    len(OnlyGetitem())
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return Num(self.v + o)
    def __repr__(self): return f"Num({self.v})"
print(1 + Num(2), sum([Num(1)], 5) if False else sum([1, 2], Num(0)) if False else None)
try:
    Num(1) + Num(2)
except TypeError as e:
    print(e)
try:
    Num(1) < Num(2)
except TypeError as e:
    print(e)
print(Num(1) == Num(1), Num(1) != Num(1))
try:
    hash([])
except TypeError as e:
    print(e)
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__, NoHash() == 1)
