class A:
    x = 1
    def method(self): pass
class B(A):
    y = 2
names = dir(B)
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in dir(B()))
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith('_')])
print(vars(b))
def local_names():
    alpha = 1
    beta = 2
    return dir()
print(local_names())
class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError', e)
def f():
    a = 1
    b = 'two'
    return vars()
print(f())
import sys
print('path' in dir(sys), 'maxsize' in dir(sys))
