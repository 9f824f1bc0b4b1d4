# with statements: enter/exit order, exception suppression, multiple items.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.suppress

with CM('a') as a, CM('b') as b:
    print('body', a, b)

with CM('s', suppress=True):
    raise ValueError('hidden')
print('after suppressed')

try:
    with CM('n'):
        raise KeyError('shown')
except KeyError as e:
    print('propagated', e)

def in_loop():
    for i in range(3):
        with CM('loop%d' % i):
            if i == 1:
                continue
            if i == 2:
                break
            print('iteration', i)
in_loop()

with CM('x') as (first, *rest):
    print(first, rest)

class Obj: pass
o = Obj()
with CM('attr') as o.value:
    pass
print(o.value)
try:
    with 5:
        pass
except TypeError as e:
    print('TypeError', e)
