# Variable annotations in modules, classes and functions.
x: int = 5
y: str
print(__annotations__, x)
class C:
    a: int
    b: str = 'b'
    c: list = []
    def m(self):
        q: int = 3
        return q
print(C.__annotations__, C.b, C().m())
print('a' in C.__dict__)
def f():
    z: undefined_name
    return 'annotation not evaluated in function'
print(f())
def g(a: 1 + 1, b: 'x' * 2) -> [1, 2]:
    pass
print(g.__annotations__)
class D:
    __private: int = 1
print(D.__annotations__)
obj = C()
obj.attr: int = 5
print(obj.attr)
d = {}
d['k']: str = 'v'
print(d)
try:
    class E:
        bad: undefined_thing
except NameError as e:
    print('NameError', e)
