# del on names, attributes, subscripts, slices.
x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b'], d['c']
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
def g():
    z = 3
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        return 'NameError: ' + str(e)
print(g())
a, b = 1, 2
del (a, b)
print('a' in globals(), 'b' in globals())
try:
    del undefined_name
except NameError as e:
    print('NameError', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
