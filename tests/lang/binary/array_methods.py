# array.array: construction, indexing, every mutating method, slice
# assignment and deletion, operators, comparisons and growth (__sizeof__).
import array, sys
from array import array as A
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A.__qualname__)
for tc in array.typecodes:
    a = A(tc) if tc != 'u' else A('u', 'abc')
    print(tc, a.itemsize, a.typecode, repr(a), a.__sizeof__(), len(a))
t(lambda: A('x')); t(lambda: A('bb')); t(lambda: A(b'b')); t(lambda: A()); t(lambda: A('b', [1], 2)); t(lambda: A('b', x=1))
t(lambda: A('b', 'abc')); t(lambda: A('b', A('u', 'x'))); t(lambda: A('u', [1])); t(lambda: A('u', ['a', 'b']))
t(lambda: A('b', b'\x01\xff')); t(lambda: A('h', b'\x01\x02\x03')); t(lambda: A('h', bytearray(b'\x01\x00'))); t(lambda: A('b', range(5)))
t(lambda: A('d', A('i', [1, 2]))); t(lambda: A('i', A('d', [1.5]))); t(lambda: A('b', (1, 2))); t(lambda: A('b', 5)); t(lambda: A('f', [1.1, 2]))
t(lambda: A('b', iter([1, 300]))); t(lambda: A('i', memoryview(b'\x01\x00\x00\x00')))
a = A('i', [1, 2, 3, 2, 1])
t(lambda: a.index(2)); t(lambda: a.index(2, 2)); t(lambda: a.index(2, -2)); t(lambda: a.index(2, 0, 1)); t(lambda: a.index(9)); t(lambda: a.index())
t(lambda: a.count(2)); t(lambda: a.count('x')); t(lambda: 2 in a); t(lambda: 9 in a); t(lambda: 2.0 in a)
t(lambda: a[0]); t(lambda: a[-1]); t(lambda: a[5]); t(lambda: a[-6]); t(lambda: a['x']); t(lambda: a[1:3]); t(lambda: a[::-2]); t(lambda: a[1.5])
def m(*ops, tc='i', init=[1, 2, 3, 4, 5]):
    b = A(tc, init)
    try:
        for op in ops:
            r = op(b)
            if r is not None: print(' ->', repr(r))
        print(repr(b), b.buffer_info()[1], b.__sizeof__())
    except Exception as e:
        print(type(e).__name__, e, repr(b), b.__sizeof__())
m(lambda b: b.append(6), lambda b: b.append(7), lambda b: b.append(8), lambda b: b.append(9))
m(lambda b: b.append(2**40)); m(lambda b: b.append('x')); m(lambda b: b.append())
m(lambda b: b.extend([6, 7]), lambda b: b.extend(A('i', [8])), lambda b: b.extend(range(3)), lambda b: b.extend(b))
m(lambda b: b.extend(A('h', [1]))); m(lambda b: b.extend([1, 'x', 3])); m(lambda b: b.extend(5))
m(lambda b: b.insert(0, 9), lambda b: b.insert(-1, 8), lambda b: b.insert(100, 7), lambda b: b.insert(-100, 6))
m(lambda b: b.insert(0)); m(lambda b: b.insert('a', 1)); m(lambda b: b.insert(0, 'x'))
m(lambda b: b.pop(), lambda b: b.pop(0), lambda b: b.pop(-2)); m(lambda b: b.pop(10)); m(lambda b: A('b').pop()); m(lambda b: b.pop(1, 2))
m(lambda b: b.remove(3), lambda b: b.remove(3)); m(lambda b: b.reverse()); m(lambda b: b.byteswap()); m(lambda b: b.byteswap(), tc='d', init=[1.0])
m(lambda b: b.byteswap(), tc='h', init=[1, 256]); m(lambda b: b.byteswap(), tc='b', init=[1, 2])
uu = A('u', 'ab'); uu.byteswap(); t(lambda: uu[0]); t(lambda: uu.tounicode()); t(lambda: repr(uu)); uu.byteswap(); t(lambda: uu)
m(lambda b: b.frombytes(b'\x07\x00\x00\x00')); m(lambda b: b.frombytes(b'\x07')); m(lambda b: b.frombytes('abcd')); m(lambda b: b.frombytes(bytearray(4)))
m(lambda b: b.frombytes(A('i', [9]))); m(lambda b: b.frombytes(memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00')[::1]))
m(lambda b: b.tobytes()); m(lambda b: b.tolist()); m(lambda b: b.fromlist([6, 7])); m(lambda b: b.fromlist((6,))); m(lambda b: b.fromlist([6, 'x']))
m(lambda b: b.fromunicode('xy'), tc='u', init='ab'); m(lambda b: b.fromunicode('xy')); m(lambda b: b.fromunicode(5), tc='u', init='')
m(lambda b: b.tounicode(), tc='u', init='ab\u20ac\U0001f600'); m(lambda b: b.tounicode())
m(lambda b: b.__copy__(), lambda b: b.__deepcopy__({}))
m(lambda b: b.__setitem__(0, 9), lambda b: b.__setitem__(-1, 8)); m(lambda b: b.__setitem__(5, 1)); m(lambda b: b.__setitem__(0, 'x'))
m(lambda b: b.__setitem__(slice(1, 3), A('i', [7, 7, 7, 7]))); m(lambda b: b.__setitem__(slice(1, 4), A('i')))
m(lambda b: b.__setitem__(slice(None, None, 2), A('i', [0, 0, 0]))); m(lambda b: b.__setitem__(slice(None, None, 2), A('i', [0, 0])))
m(lambda b: b.__setitem__(slice(None, None, -1), b)); m(lambda b: b.__setitem__(slice(1, 2), b)); m(lambda b: b.__setitem__(slice(1, 2), [1]))
m(lambda b: b.__setitem__(slice(1, 2), A('h', [1]))); m(lambda b: b.__setitem__(slice(4, 1), A('i', [9])))
m(lambda b: b.__delitem__(0)); m(lambda b: b.__delitem__(slice(1, 3))); m(lambda b: b.__delitem__(slice(None, None, 2)))
m(lambda b: b.__delitem__(slice(None, None, -2))); m(lambda b: b.__delitem__(slice(3, 0, -1))); m(lambda b: b.__delitem__(9)); m(lambda b: b.__delitem__('x'))
m(lambda b: b.__iadd__(A('i', [6]))); m(lambda b: b.__iadd__([6])); m(lambda b: b.__iadd__(A('b', [6]))); m(lambda b: b.__imul__(2)); m(lambda b: b.__imul__(0)); m(lambda b: b.__imul__(-3))
m(lambda b: b + A('i', [0])); m(lambda b: b + [0]); m(lambda b: b + A('l', [0])); m(lambda b: b * 2); m(lambda b: 2 * b); m(lambda b: b * -1)
m(lambda b: b * 'x')
t(lambda: A('i', [1, 2]) == A('i', [1, 2])); t(lambda: A('i', [1, 2]) == A('d', [1.0, 2.0])); t(lambda: A('i', [1, 2]) < A('i', [1, 3])); t(lambda: A('i', [1, 2]) < A('i', [1, 2, 0]))
t(lambda: A('i', [1]) == [1]); t(lambda: A('i', [1]) < [1]); t(lambda: A('d', [float('nan')]) == A('d', [float('nan')])); t(lambda: A('u', 'ab') > A('u', 'aa'))
t(lambda: A('i', [1]) >= A('u', 'a')); t(lambda: A('b') == A('b')); t(lambda: A('i', [2]) != A('i', [2, 3]))
t(lambda: hash(A('b'))); t(lambda: list(A('h', [1, -2]))); t(lambda: list(reversed(A('h', [1, -2])))); t(lambda: sorted(A('d', [3, 1, 2])))
