print(len(''), len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)),
      len(b'xy'), len(bytearray(3)), len(range(0, 100, 7)), len(frozenset('aab')))
class Sized:
    def __len__(self): return 7
print(len(Sized()))
class Neg:
    def __len__(self): return -1
class Big:
    def __len__(self): return 2**70
class Flt:
    def __len__(self): return 1.5
for obj in [Neg(), Big(), Flt(), 5, None, iter([])]:
    try:
        print(len(obj))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self): return 3
        return I()
try:
    print(len(IndexLen()))
except TypeError as e:
    print('TypeError:', e)
print(len('😀'), len('😀'.encode()), len('é'.encode('utf-8')))
