# Allocation sizes: bytearray.__alloc__ growth under every mutation,
# __sizeof__ and sys.getsizeof of bytearray, bytes, array and memoryview.
b = bytearray()
out = []
for i in range(40):
    b.append(i); out.append((b.__alloc__(), b.__sizeof__()))
print(out)
b = bytearray(b'x' * 100); print(b.__alloc__(), b.__sizeof__())
del b[:90]; print(b.__alloc__(), b.__sizeof__())
b.extend(b'y' * 50); print(b.__alloc__(), b.__sizeof__())
b *= 3; print(b.__alloc__(), b.__sizeof__())
b.clear(); print(b.__alloc__(), b.__sizeof__())
b = bytearray(10); b[2:] = b''; print(b.__alloc__(), b.__sizeof__())
b = bytearray(b'abc') + b'def'; print(b.__alloc__())
b = bytearray(b'abc') * 5; print(b.__alloc__())
b = bytearray(range(20)); print(b.__alloc__())
b = bytearray(iter(range(20))); print(b.__alloc__())
b = bytearray('abcdef', 'ascii'); print(b.__alloc__())
b = bytearray(b'abc'); b += b'd'; print(b.__alloc__())
b = bytearray(b'abcdefghij'); b.pop(); b.pop(); print(b.__alloc__())
b = bytearray(b'abcdefghij'); b.remove(97); print(b.__alloc__(), b)
b = bytearray(b'abcdefghij'); del b[0]; print(b.__alloc__(), b.__sizeof__())
b = bytearray(b'abcdefghij'); b.insert(0, 1); print(b.__alloc__())
b = bytearray(b'abcdefghij').copy(); print(b.__alloc__())
b = bytearray(b'abcdefghij')[2:5]; print(b.__alloc__())
b = bytearray(b'abc').replace(b'b', b'xx'); print(b.__alloc__())
b = bytearray(b' abc ').strip(); print(b.__alloc__())
b = bytearray(b'abc').join([b'1', b'2']); print(b.__alloc__())
import sys
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'a')), sys.getsizeof(b''), sys.getsizeof(b'ab'))
from array import array
print(sys.getsizeof(array('b')), sys.getsizeof(array('d', [1.0])), sys.getsizeof(memoryview(b'')), sys.getsizeof(memoryview(b'ab').cast('B', (1, 2))))
