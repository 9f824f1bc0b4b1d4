# for-loops driving generators: return values, errors, reentry, closing.
def g(n, ret=None):
    for i in range(n):
        yield i
    return ret

print([x for x in g(3)], [x for x in g(2, 'r')], list(g(0, 5)))
for x in g(2, 99):
    print('item', x)

def bad():
    yield 1
    raise StopIteration('inside')

try:
    for x in bad():
        print('bad', x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def err():
    yield 1
    raise KeyError('k')

try:
    for x in err():
        print('err', x)
except KeyError as e:
    print(type(e).__name__, e)

it = g(3)
for x in it:
    if x == 1:
        break
print(list(it), list(it), next(it, 'done'))

def selfref():
    yield 1
    for x in me:
        yield x

me = selfref()
try:
    for x in me:
        print('me', x)
except ValueError as e:
    print(type(e).__name__, e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print('finally')

for x in closer():
    print('c', x)
    break
print('after break')

def nested():
    yield from g(2, 'inner')
    yield 'last'

print(list(nested()))

def gen_with_exc():
    try:
        raise TypeError('t')
    except TypeError:
        yield 1
        yield 2

try:
    raise ValueError('outer')
except ValueError:
    for x in gen_with_exc():
        print('ge', x)
    print(repr(sys_exc := __import__('sys').exc_info()[1]))
