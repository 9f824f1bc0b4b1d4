# Python 2 compatibility: fix_imports name mapping both ways, old
# STRING/BINSTRING opcodes with encoding/errors, INST/OBJ opcodes.
import pickle, collections, pickletools

for proto in (0, 1, 2, 3):
    for obj in (collections.UserDict, range, ValueError, pickle.PickleError,
                collections.OrderedDict):
        data = pickle.dumps(obj, proto)
        plain = pickle.dumps(obj, proto, fix_imports=False)
        print(proto, obj.__name__, data, data == plain)
        assert pickle.loads(data) is obj

# Python 2 pickles
print(pickle.loads(b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n."))
print(pickle.loads(b"cUserDict\nUserDict\n."))
print(pickle.loads(b"S'caf\\xe9'\np0\n.", encoding='latin1'))
print(pickle.loads(b"S'caf\\xe9'\np0\n.", encoding='bytes'))
print(pickle.loads(b"U\x04caf\xe9.", encoding='latin1'))
print(pickle.loads(b"T\x04\x00\x00\x00caf\xe9.", encoding='ascii', errors='replace'))
try:
    pickle.loads(b"U\x04caf\xe9.")
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
print(pickle.loads(b"(lp0\nI1\naL12345678901234567890L\naF1.5\naI01\naI00\naN."))
print(pickle.loads(b"I0x10\n."), pickle.loads(b"I010\n."))
print(pickle.loads(b"V\\u20ac\\u005c\n."))
print(pickle.loads(b"c__builtin__\nlist\np0\n((lp1\nI1\naI2\natR."))

class Old:
    def __init__(self, *args):
        self.args = args

data = b"(I1\nI2\ni__main__\nOld\np0\n(dp1\nS'k'\nS'v'\nsb."
o = pickle.loads(data)
print(type(o).__name__, o.args, o.k)
o = pickle.loads(b"(c__main__\nOld\nI3\no.")
print(type(o).__name__, o.args)
pickletools.dis(pickle.dumps([1, 'two', (3.0,)], 0))
