# Conversions that run Python code (__index__, __float__, __bool__) and
# meanwhile release the view or resize the buffer being worked on: the
# operation must notice (or work on what is there now), never touch freed
# memory.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
from array import array
def fresh():
    global ba, m
    ba = bytearray(b'abcdefgh' * 100)
    m = memoryview(ba)
class Rel:
    def __init__(self, v): self.v = v
    def __index__(self):
        m.release(); ba.clear(); ba.extend(b'z' * 3000); return self.v
    def __float__(self):
        m.release(); ba.clear(); return 1.0
    def __bool__(self):
        m.release(); ba.clear(); return True
fresh(); t(lambda: m.__setitem__(0, Rel(65))); t(lambda: ba[:2])
fresh(); t(lambda: m.__getitem__(Rel(1)))
fresh(); t(lambda: m.__getitem__(slice(Rel(1), 5)))
fresh(); t(lambda: m.__setitem__(slice(Rel(0), 2), b'xy')); t(lambda: ba[:2])
fresh(); t(lambda: m.__setitem__(Rel(0), 66)); t(lambda: ba[:2])
fresh(); m = m.cast('B', (8, 100)); t(lambda: m.__getitem__((Rel(1), 2)))
fresh(); m = m.cast('B', (8, 100)); t(lambda: m.__setitem__((Rel(1), 2), 5))
fresh(); m = m.cast('d'); t(lambda: m.__setitem__(0, Rel(0)))
fresh(); m = m.cast('?'); t(lambda: m.__setitem__(0, Rel(0)))
class Shrink:
    def __init__(self, v): self.v = v
    def __index__(self):
        b.clear(); return self.v
def fb():
    global b
    b = bytearray(b'abcdefgh' * 100)
class AS:
    def __init__(self, v): self.v = v
    def __index__(self):
        del a[:]; return self.v
fb(); t(lambda: b.startswith(b'a', Shrink(0)))
fb(); t(lambda: b.__setitem__(Shrink(5), 65)); t(lambda: len(b))
fb(); t(lambda: b.__setitem__(5, Shrink(65))); t(lambda: len(b))
fb(); t(lambda: b.__getitem__(Shrink(5)))
fb(); t(lambda: b.__getitem__(slice(Shrink(5), 10))); 
fb(); t(lambda: b.__setitem__(slice(Shrink(5), 10), b'xx')); t(lambda: len(b))
fb(); t(lambda: b.__delitem__(slice(Shrink(5), 10))); t(lambda: len(b))
fb(); t(lambda: b.__delitem__(slice(0, 100, Shrink(2)))); t(lambda: len(b))
fb(); t(lambda: b.__setitem__(slice(0, 100, Shrink(50)), b'xy')); t(lambda: len(b))
fb(); t(lambda: b.insert(Shrink(3), 65)); t(lambda: len(b))
fb(); t(lambda: b.insert(3, Shrink(65))); t(lambda: len(b))
fb(); t(lambda: b.append(Shrink(65))); t(lambda: b)
fb(); t(lambda: b.pop(Shrink(3)))
fb(); t(lambda: b.remove(Shrink(97))); t(lambda: b)
fb(); t(lambda: b.center(Shrink(900))); 
fb(); t(lambda: b.ljust(Shrink(900), b'x'))
fb(); t(lambda: b.zfill(Shrink(900)))
fb(); t(lambda: b.expandtabs(Shrink(4)))
fb(); t(lambda: b.split(b'a', Shrink(3)))
fb(); t(lambda: b.rsplit(b'a', Shrink(3)))
fb(); t(lambda: b.replace(b'a', b'b', Shrink(3)))
fb(); t(lambda: b.hex(':', Shrink(2)))
fb(); t(lambda: b.splitlines(Shrink(1)))
fb(); t(lambda: b.__mul__(Shrink(2)))
fb(); t(lambda: b.__imul__(Shrink(2))); t(lambda: len(b))
fb(); t(lambda: b.extend([1, Shrink(2), 3])); t(lambda: b)
fb(); t(lambda: b'%c%c' % (Shrink(65), Shrink(66)))
fb(); t(lambda: b % (Shrink(1),))
fb(); t(lambda: b.decode(errors=Shrink(1)))
fb(); t(lambda: b.translate(None, Shrink(1)))
fb(); t(lambda: b.join([Shrink(1)]))
fb(); t(lambda: bytes(b).find(b'h', Shrink(0)))
fb(); t(lambda: b'%s%d' % (b, Shrink(1)))
fb(); t(lambda: b'x'.join([b, b, Shrink(1)]))
fb(); t(lambda: array('b').frombytes(b))
a = array('b', range(100))
a = array('b', range(100)); t(lambda: a.__getitem__(AS(5)))
a = array('b', range(100)); t(lambda: a.__setitem__(AS(5), 1)); t(lambda: a)
a = array('b', range(100)); t(lambda: a.__getitem__(slice(AS(5), 10)))
a = array('b', range(100)); t(lambda: a.__setitem__(slice(AS(5), 10), array('b', [1])))
a = array('b', range(100)); t(lambda: a.__delitem__(slice(AS(5), 10, 2)))
a = array('b', range(100)); t(lambda: a.__setitem__(slice(0, 100, AS(5)), array('b', [1] * 20))); t(lambda: a)
a = array('b', range(100)); t(lambda: a.pop(AS(5)))
a = array('b', range(100)); t(lambda: a.insert(AS(5), 1)); t(lambda: a)
a = array('b', range(100)); t(lambda: a.index(5, AS(0)))
a = array('b', range(100)); t(lambda: a.__mul__(AS(2)))
a = array('b', range(100)); t(lambda: a.__imul__(AS(2))); t(lambda: a)
a = array('b', range(100)); t(lambda: a.fromfile(None, AS(2)))
a = array('b', range(100)); t(lambda: a.count(AS(2)))
a = array('b', range(100)); t(lambda: a.__iadd__(a)); t(lambda: len(a))
class BadI:
    def __index__(self): raise ValueError('bad index')
class BadI2:
    def __index__(self): raise KeyError('k')
class BadF:
    def __float__(self): raise OverflowError('big')
class BadF2:
    def __float__(self): raise RuntimeError('rt')
class BadB:
    def __bool__(self): raise ValueError('b')
for fmt, v in [('B', BadI()), ('B', BadI2()), ('i', BadI()), ('d', BadF()), ('d', BadF2()), ('f', 'x'), ('?', BadB()), ('c', 1), ('c', b''), ('B', 1.5), ('B', 'a'), ('Q', -1), ('q', 2**64), ('d', 2**2000)]:
    m = memoryview(bytearray(8)).cast(fmt)
    try:
        m[0] = v; print(fmt, 'ok', m[0])
    except Exception as e:
        print(fmt, type(e).__name__, e)
L = [1, 2, 3, 4]
class Evil:
    def __index__(self):
        L.clear(); return 5
L[0] = Evil()
try: print(array('b', L))
except Exception as e: print(type(e).__name__, e)
L2 = [1, 2, 3]
class Evil2:
    def __index__(self):
        del L2[:]; return 1
L2.append(Evil2())
a = array('b')
try: a.fromlist(L2); print(a)
except Exception as e: print(type(e).__name__, e, a)
L3 = [Evil2(), 1, 2]
L2 = L3
try: a.fromlist(L3); print(a)
except Exception as e: print(type(e).__name__, e, a)
class E3:
    def __index__(self):
        arr.append(1); return 2
arr = array('b', [1])
try: arr[0] = E3(); print(arr)
except Exception as e: print(type(e).__name__, e, arr)
try: arr.insert(0, E3()); print(arr)
except Exception as e: print(type(e).__name__, e, arr)
class E4:
    def __eq__(self, o):
        arr.pop(); return False
arr = array('b', [1, 2, 3])
print(arr.count(E4()), arr)
arr = array('b', [1, 2, 3])
try: print(arr.index(E4()), arr)
except Exception as e: print(type(e).__name__, e, arr)
arr = array('b', [1, 2, 3])
print(E4() in arr, arr)
arr = array('b', [1, 2, 3])
try: arr.remove(E4())
except Exception as e: print(type(e).__name__, e, arr)
a1 = array('b', [1, 2, 3])
class E5:
    def __eq__(self, o): a1.pop(); return True
