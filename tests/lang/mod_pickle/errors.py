# Errors and their messages match CPython's accelerator.
import pickle, io

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

bad_pickles = [b'', b'N', b'(.', b'0', b'1', b'a', b'e', b's', b'u', b'b', b't',
               b'\x85', b'2', b'Nq\x00h\x01.', b'g5\n.', b'(]N\x90.', b'X\x10\x00\x00\x00ab.',
               b'K', b'S"abc\n.', b"Sabc\n.", b'\xff', b'z', b'\x80\x09.', b'}N\x86.',
               b'(N}d.', b'(Nd.', b'NN\x81.', b'\x82\x00', b'\x83\xff\xff.', b'\x8b\xff\xff\xff\xff.',
               b'N\x93.', b'\x97.', b'P1\n.', b'NQ.', b'p-1\n.', b'cnosuchmodule\nx\n.',
               b'cbuiltins\nnosuchname\n.', b'\x80\x04\x8c\x08builtins\x8c\x03a.b\x93.',
               b'\x80\x04\x8c\x04math\x8c\x0ff.<locals>.g\x93.', b'NN\x8f', b'}NNNu.',
               b'(Nl0.', b'I12x\n.', b'Fxyz\n.', b'L12q\n.',
               b'(\x93.', b'N(\x93.', b'\x8e\xff\xff\xff\xff\xff\xff\xff\xff.',
               b'\x8d\x00\x00\x00\x00\x00\x00\x00\x80.', b'K\x05\x98.', b'(\x98.']
for data in bad_pickles:
    print(data, end=' ')
    show(lambda: pickle.loads(data))

show(lambda: pickle.loads('str'))
show(lambda: pickle.dumps(1, 6))
show(lambda: pickle.dumps(1, -1)[:2])
show(lambda: pickle.dumps(1, buffer_callback=print))
show(lambda: pickle.Pickler(object()))
show(lambda: pickle.Unpickler(object()))
show(lambda: pickle.dumps(lambda: 0))

def local():
    class L:
        pass
    return L
show(lambda: pickle.dumps(local()))
show(lambda: pickle.dumps(local()(), 2))

class NotSame:
    pass
real = NotSame
NotSame = type('NotSame', (), {})
show(lambda: pickle.dumps(real))

class BadReduce:
    def __init__(self, rv):
        self.rv = rv
    def __reduce__(self):
        return self.rv
    def __repr__(self):
        return 'BadReduce()'
for rv in [42, (), (1, 2, 3, 4, 5, 6, 7), (1, ()), (list, 1), (list, (), None, 5),
           (list, (), None, None, 5), (list, (), None, None, None, 5), 'nosuchglobal']:
    show(lambda: pickle.dumps(BadReduce(rv), 2))

class Unpicklable:
    def __reduce_ex__(self, proto):
        raise TypeError('no pickles here')
show(lambda: pickle.dumps(Unpicklable()))

class NewObj:
    def __reduce__(self):
        return (copyreg.__newobj__, (int,))
import copyreg
show(lambda: pickle.dumps(NewObj(), 2))
show(lambda: pickle.dumps(range(5), 0))
show(lambda: pickle.loads(pickle.dumps(pickle.PickleBuffer(b'abc'), 5)))
show(lambda: pickle.dumps(pickle.PickleBuffer(b'abc'), 4))
show(lambda: pickle.dumps('\udc80', 0))
show(lambda: pickle.dumps(io.BytesIO()))
import sys
deep = []
for i in range(100000):
    deep = [deep]
show(lambda: len(pickle.dumps(deep)))
