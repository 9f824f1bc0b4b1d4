import gc
class Res:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
r = Res(1); del r
r = Res(2); del r
gc.collect()
print("after")
class X:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("exit")
try:
    with X():
        1/0
except KeyError as e:
    print("ke", repr(e.__context__))
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
it = g(); next(it)
try:
    it.close()
except ValueError as e:
    print("close raised", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("k")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
def gen_raiser():
    yield 1
    raise IndexError("gen idx")
def mid():
    yield from gen_raiser()
try:
    list(mid())
except IndexError as e:
    tb = e.__traceback__; names = []
    while tb: names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print(names)
try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
except* TypeError as eg:
    print("T", repr(eg))
except* ValueError as eg:
    print("V", repr(eg))
raise ExceptionGroup("final", [ValueError("x"), KeyError("y")])
