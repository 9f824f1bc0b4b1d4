# Subclass hooks: persistent_id/persistent_load, dispatch_table (class
# and instance attribute), reducer_override, find_class, memo priming.
import pickle, io, copyreg

class Ref:
    def __init__(self, key):
        self.key = key

class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ('ref', obj.key)
        return None

class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:%r' % (pid,)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = io.BytesIO()
    PersPickler(f, proto).dump([Ref('a'), 1, Ref('b')])
    print(proto, PersUnpickler(io.BytesIO(f.getvalue())).load())
    try:
        pickle.loads(f.getvalue())
    except pickle.UnpicklingError as e:
        print(' ', e)

# protocol 0 persistent ids are strings
f = io.BytesIO()
p = pickle.Pickler(f, 0)
p.persistent_id = lambda obj: 'pid42' if obj == 'x' else None
p.dump(['x', 'y'])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: ('got', pid)
print(u.load())
p = pickle.Pickler(io.BytesIO(), 0)
p.persistent_id = lambda obj: 'caf\xe9' if obj == 'x' else None
try:
    p.dump('x')
except pickle.PicklingError as e:
    print('PicklingError', e)

class Temp:
    def __init__(self, v):
        self.v = v

def reduce_temp(t):
    return (Temp, (t.v * 2,))

class TablePickler(pickle.Pickler):
    dispatch_table = {Temp: reduce_temp}

f = io.BytesIO()
TablePickler(f, 2).dump(Temp(21))
print('class table', pickle.loads(f.getvalue()).v)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Temp] = lambda t: (Temp, ('instance',))
p.dump(Temp(1))
print('instance table', pickle.loads(f.getvalue()).v)

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Temp):
            return (str, ('overridden %s' % obj.v,))
        if obj is len:
            return (str, ('len!',))
        return NotImplemented

for proto in (0, 2, 5):
    f = io.BytesIO()
    Override(f, proto).dump([Temp(3), len, 4])
    print('override', proto, pickle.loads(f.getvalue()))

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('forbidden %s.%s' % (module, name))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, Restricted(io.BytesIO(pickle.dumps({1, 2}, proto))).load())
    try:
        Restricted(io.BytesIO(pickle.dumps(Temp, proto))).load()
    except pickle.UnpicklingError as e:
        print(' ', e)

# memo: clearing, priming and copying
f = io.BytesIO()
p = pickle.Pickler(f, 2)
obj = ['shared']
p.dump(obj)
first = f.getvalue()
p.dump(obj)
print('second dump uses memo', f.getvalue()[len(first):])
print('memo', sorted((v[0], v[1]) for v in p.memo.copy().values()))
p.clear_memo()
print('cleared', p.memo.copy())
p2 = pickle.Pickler(io.BytesIO(), 2)
p.dump(obj)
p2.memo = p.memo
print('primed', len(p2.memo.copy()))
u = pickle.Unpickler(io.BytesIO(pickle.dumps(['a', 'b'], 2)))
u.load()
print('unpickler memo', sorted(u.memo.copy().items()))
u.memo = {5: 'five'}
print(sorted(u.memo.copy().items()))
for bad in (object, {-1: None}, {'k': 1}):
    try:
        u.memo = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# copyreg extension codes
class Extended:
    pass
copyreg.add_extension(__name__, 'Extended', 240)
copyreg.add_extension(__name__, 'Temp', 0x1234)
copyreg.add_extension(__name__, 'Ref', 0x123456)
try:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps([Extended, Temp, Ref], proto)
        print('ext', proto, data, pickle.loads(data) == [Extended, Temp, Ref])
finally:
    copyreg.remove_extension(__name__, 'Extended', 240)
    copyreg.remove_extension(__name__, 'Temp', 0x1234)
    copyreg.remove_extension(__name__, 'Ref', 0x123456)

class NoInit(pickle.Pickler):
    def __init__(self):
        pass
try:
    NoInit().dump(1)
except pickle.PicklingError as e:
    print(e)
