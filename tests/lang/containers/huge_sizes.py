# Sizes at and beyond sys.maxsize: lengths, hints, repeats, ranges and
# slices whose arithmetic must neither overflow nor allocate wrongly.
import sys
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class HugeLen:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return sys.maxsize
attempt("list huge len", lambda: list(HugeLen()))
class HugeHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return sys.maxsize
attempt("list huge hint", lambda: list(HugeHint()))
class BigLen:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 2**70
attempt("list bigger len", lambda: list(BigLen()))
attempt("tuple huge len", lambda: tuple(HugeLen()))
attempt("list huge mul", lambda: [None] * sys.maxsize)
attempt("tuple huge mul", lambda: (None,) * sys.maxsize)
attempt("list imul huge", lambda: [1, 2].__imul__(sys.maxsize))
attempt("range big", lambda: range(10**100)[10**99])
attempt("range big slice", lambda: range(0, 10**100, 10**98)[::-7])
attempt("range contains big", lambda: (10**99 in range(0, 10**100, 3), 10**99 + 2 in range(0, 10**100, 3)))
attempt("range index big", lambda: range(0, 10**100, 3).index(3 * 10**98))
attempt("range len big", lambda: range(0, 10**100, 3).__len__())
attempt("range neg step len", lambda: len(range(10, -10**30, -1)))
attempt("range eq big", lambda: range(0, 10**100, 3) == range(0, 10**100 - 1, 3))
attempt("range hash big", lambda: hash(range(0, 10**100, 3)) == hash(range(0, 10**100 - 1, 3)))
attempt("range reversed big", lambda: next(reversed(range(0, 10**30, 7))))
attempt("range repr big", lambda: repr(range(-10**20, 10**20, 10**19)))
attempt("range bool big", lambda: bool(range(10**100)))
attempt("range iter huge", lambda: next(iter(range(sys.maxsize - 1, sys.maxsize + 2))))
attempt("range iter list huge", lambda: list(range(sys.maxsize - 1, sys.maxsize + 2)))
attempt("range iter list neg huge", lambda: list(range(-sys.maxsize - 1, -sys.maxsize - 4, -1)))
attempt("range reversed huge", lambda: list(reversed(range(sys.maxsize - 2, sys.maxsize + 1))))
attempt("range reversed min", lambda: list(reversed(range(-sys.maxsize - 2, -sys.maxsize + 1))))
attempt("range step huge", lambda: list(range(0, 10, sys.maxsize)))
attempt("range step -huge", lambda: list(range(0, -10, -sys.maxsize - 1)))
attempt("range step 2**64", lambda: list(range(0, 2**65, 2**64)))
attempt("range count bool", lambda: range(3).count(True))
attempt("range index bool", lambda: range(3).index(True))
attempt("range index subclass", lambda: range(5).index(type("I", (int,), {})(3)))
attempt("slice of range rev", lambda: range(10)[::-1][2:5])
attempt("range getitem bool", lambda: range(10)[True])
attempt("range getitem __index__", lambda: range(10)[type("X", (), {"__index__": lambda s: -1})()])
attempt("list getitem huge neg", lambda: [1][-sys.maxsize - 1])
attempt("list getitem bigneg", lambda: [1][-2**100])
attempt("tuple getitem bigneg", lambda: (1,)[-2**100])
attempt("str getitem bigneg", lambda: "a"[2**100])
attempt("list slice big", lambda: [1, 2, 3][-2**100:2**100:2**100])
attempt("list slice neg step big", lambda: [1, 2, 3][2**100:-2**100:-2**100])
attempt("list del slice big step", lambda: [1, 2, 3].__delitem__(slice(None, None, 2**100)))
L = list(range(10))
L[::2**70] = [5]
print(L)
attempt("assign big step mismatch", lambda: L.__setitem__(slice(None, None, 2**70), [1, 2]))
attempt("slice indices huge", lambda: slice(None, None, -2**100).indices(10))
attempt("slice indices len huge", lambda: slice(None).indices(2**100))
attempt("slice step min", lambda: [1, 2, 3][::-sys.maxsize - 1])
attempt("slice step -maxsize-2", lambda: [1, 2, 3][::-sys.maxsize - 2])
