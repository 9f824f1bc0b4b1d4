import sys, math, array, time
class P: pass
class Q:
    __slots__ = ('a', 'b')
class R(Q):
    __slots__ = ('c', '__dict__')
class L(list): pass
class D(dict): pass
class I(int): pass
class E(Exception): pass
def f(): pass
objs = [memoryview(b'x'), P(), Q(), R(), L(), D(), I(3), E(1), f, (x for x in []), iter([]), iter(()), iter({}), range(3), slice(1), 1j, 2.0, b'', bytearray(), array.array('i'), object(), property(), staticmethod(f), classmethod(f), sys.stdout if False else None, NotImplemented, Ellipsis, map(f, []), zip(), enumerate([]), reversed([]), super(P, P()), P.__dict__, {}.keys(), {}.items(), frozenset(), set(), type, len, [].append, f.__code__, sys, sys.flags, time.gmtime(0), sys.version_info, BaseException(), StopIteration(1), OSError(1, 'x'), KeyError(), UnicodeDecodeError('a', b'', 0, 0, 'r'), ValueError, lambda: 0, compile('1', 's', 'eval'), filter(None, []), iter(range(3)), iter(b'ab'), iter(bytearray()), callable, Q.a, int.__add__, object.__init__, type.__dict__['__name__']]
for o in objs:
    for p in (2,):
        try:
            r = o.__reduce_ex__(p)
            print(type(o).__name__, "ok")
        except Exception as e:
            print(type(o).__name__, type(e).__name__, e)
