# _md5, _sha1, _sha256, _sha512: digests of known inputs at every block
# boundary, incremental updates, copy, the object's attributes and
# CPython's argument and buffer errors.
import _md5, _sha1, _sha256, _sha512
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 127,
        b"a" * 128, b"a" * 129, bytes(range(256)) * 40, b"The quick brown fox jumps over the lazy dog"]
for c in ctors:
    for m in msgs:
        print(c.__name__, len(m), c(m).hexdigest())
    h = c()
    for i in range(300):
        h.update(bytes([i % 256]) * (i % 7))
    print(c.__name__, "pieces", h.hexdigest(), h.copy().digest() == h.digest())
    h2 = h.copy(); h2.update(b"x"); print(h.hexdigest() != h2.hexdigest())
# a large update (hashed without the interpreter) and the same in pieces
big = bytes(range(256)) * 1000
for c in ctors:
    h1 = c(big)
    h2 = c()
    for i in range(0, len(big), 1000):
        h2.update(memoryview(big)[i:i + 1000])
    print(c.__name__, h1.hexdigest() == h2.hexdigest(), h1.hexdigest()[:16])
    h1.update(b"tail")
    print(h1.copy().hexdigest()[:16])
import _md5, _sha1, _sha256, _sha512
def t(f):
    try: print("ok", f())
    except BaseException as e: print(type(e).__name__, e)
for mod in (_md5, _sha1, _sha256, _sha512):
    print(mod.__name__, sorted(n for n in dir(mod) if not n.startswith('__')), repr(mod.__doc__))
    for n in sorted(n for n in dir(mod) if not n.startswith('__')):
        f = getattr(mod, n)
        print(' ', n, type(f).__name__, repr(f.__text_signature__), repr(f.__doc__))
        if callable(f) and type(f).__name__ == 'builtin_function_or_method':
            h = f()
            T = type(h)
            print('   ', T, T.__name__, T.__qualname__, T.__module__, repr(T.__doc__), h.name, h.digest_size, h.block_size, repr(h).split(' at ')[0])
            print('   ', sorted(x for x in dir(T) if not x.startswith('__')))
            for m in ('copy','digest','hexdigest','update'):
                print('     ', m, repr(getattr(T,m).__text_signature__), repr(getattr(T,m).__doc__))
            for a in ('name','digest_size','block_size'):
                print('     ', a, type(T.__dict__.get(a)).__name__, repr(T.__dict__[a].__doc__) if a in T.__dict__ else None)
            t(lambda: T())
            t(lambda: type('X', (T,), {}))
h = _md5.md5()
t(lambda: h.update("abc"))
t(lambda: h.update(1))
t(lambda: h.update())
t(lambda: h.update(b'a', b'b'))
t(lambda: h.update(memoryview(b'abcd')[::2]))
t(lambda: h.update(bytearray(b'x')))
t(lambda: h.update(memoryview(b'abcd').cast('I')))
t(lambda: h.update(data=b''))
t(lambda: _md5.md5("abc"))
t(lambda: _md5.md5(1))
t(lambda: _md5.md5(string=b'abc').hexdigest())
t(lambda: _md5.md5(b'abc', usedforsecurity=False).hexdigest())
t(lambda: _md5.md5(b'abc', b'd'))
t(lambda: _md5.md5(data=b'abc'))
t(lambda: _md5.md5(b'abc', usedforsecurity=None).hexdigest())
t(lambda: _md5.md5(b'abc', usedforsecurity=[]).hexdigest())
t(lambda: _md5.md5(None))
t(lambda: _sha256.sha256(string=None))
t(lambda: setattr(h, 'name', 'x'))
t(lambda: setattr(h, 'foo', 'x'))
t(lambda: h.digest(1))
t(lambda: h == h.copy())
t(lambda: hash(h) == hash(h))
import array
t(lambda: _sha1.sha1(array.array('I',[1,2])).hexdigest())
