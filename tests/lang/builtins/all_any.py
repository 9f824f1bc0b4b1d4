print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, '', None]))
print(all(x > 0 for x in range(1, 10)), any(x > 8 for x in range(9)))
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print('any stops early:', any(v == 2 for v in gen()))
print('all stops early:', all(v < 1 for v in gen()))
for bad in [1, None]:
    try:
        all(bad)
    except TypeError as e:
        print('TypeError', e)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(all([Truthy(True), Truthy(True)]), any([Truthy(False)]))
class Bad:
    def __bool__(self): raise ValueError('no truth')
try:
    any([Bad()])
except ValueError as e:
    print('ValueError', e)
