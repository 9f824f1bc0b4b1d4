# _sha3: SHA3-224/256/384/512 and SHAKE128/256 digests at block boundaries,
# incremental updates, variable-length SHAKE output, attributes, errors.
import _sha3
msgs = [b"", b"abc", b"a" * 71, b"a" * 72, b"a" * 135, b"a" * 136, b"a" * 167, b"a" * 168, b"a" * 169, bytes(range(256)) * 20]
for n in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    c = getattr(_sha3, n)
    for m in msgs:
        print(n, len(m), c(m).hexdigest())
    h = c()
    for i in range(200): h.update(bytes([i]) * (i % 5))
    print(n, h.hexdigest(), h.copy().digest() == h.digest())
for n in ("shake_128", "shake_256"):
    c = getattr(_sha3, n)
    for m in msgs:
        print(n, len(m), c(m).hexdigest(20), c(m).digest(400).hex()[-40:])
for mod in (_sha3,):
    print(mod.__name__, sorted(n for n in dir(mod) if not n.startswith('__')), repr(mod.__doc__))
    for n in sorted(n for n in dir(mod) if not n.startswith('__')):
        o = getattr(mod, n)
        print(' ', n, type(o).__name__, repr(getattr(o, '__text_signature__', None)), repr(getattr(o,'__doc__',None))[:150] if not isinstance(o,int) else o)
        if isinstance(o, type):
            h = o()
            print('   ', sorted(x for x in dir(o) if not x.startswith('__') or x in ('__new__',)))
            for a in sorted(x for x in dir(o) if not x.startswith('__')):
                d = o.__dict__.get(a)
                print('     ', a, type(d).__name__, repr(getattr(d,'__text_signature__',None)), repr(getattr(d,'__doc__',None))[:100], repr(getattr(h,a)) if not callable(getattr(h,a)) else '')
            print('   ', repr(h).split(' at ')[0], o.__module__, o.__flags__ & 1024)
print(repr(_sha3.implementation), _sha3.keccakopt)
def t(f):
    try: print("ok", f())
    except BaseException as e: print(type(e).__name__, e)
S = _sha3.sha3_256; K = _sha3.shake_128
t(lambda: S("abc"))
t(lambda: S(b"a", b"b"))
t(lambda: S(data=b"a"))
t(lambda: S(string=b"a"))
t(lambda: S(b"a", usedforsecurity=0).hexdigest())
t(lambda: S(None))
t(lambda: K(b"abc").digest(-1))
t(lambda: K(b"abc").digest(2**29))
t(lambda: K(b"abc").hexdigest(100000)[:4])
t(lambda: K(b"abc").digest(0))
t(lambda: K(b"abc").digest())
t(lambda: K(b"abc").digest(1.5))
t(lambda: K(b"abc").digest(2**64))
t(lambda: K(b"abc").digest(length=3))
t(lambda: S().update())
t(lambda: S().update("x"))
