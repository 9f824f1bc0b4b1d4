# array.array item conversion for every typecode: the OverflowError and
# TypeError messages of out-of-range and wrongly typed values, on
# construction and on item assignment.
import array
class I:
    def __repr__(self): return "I()"
    def __index__(self): return 5
for tc in 'bBhHiIlLqQfdu':
    for v in [2**70, -2**70, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -2**15-1, -2**31-1, 1.5, 'a', 'ab', None, I(), True, 3]:
        try:
            a = array.array(tc, [v]); print(tc, repr(v), a)
        except Exception as e:
            print(tc, repr(v), type(e).__name__, e)
        try:
            a = array.array(tc, [0] if tc != 'u' else 'x'); a[0] = v
        except Exception as e:
            print(' set', type(e).__name__, e)
