# __text_signature__ of the methods of the core types and of the math module.
import math

def kind(obj):
    t = type(obj).__name__
    return t in ('method_descriptor', 'builtin_function_or_method',
                 'classmethod_descriptor', 'wrapper_descriptor')

def show(owner, label):
    print('==', label)
    for name in sorted(dir(owner)):
        try:
            obj = getattr(owner, name)
        except AttributeError:
            continue
        if kind(obj) and type(obj).__name__ != 'wrapper_descriptor':
            print(name, getattr(obj, '__text_signature__', '?'))

for T in (list, dict, str, int, float, complex, bytes, bytearray, tuple,
          set, frozenset, range, memoryview):
    show(T, T.__name__)
show(math, 'math')

print('== type signatures')
for T in (list, dict, str, int, float, complex, bytes, bytearray, tuple,
          set, frozenset, range, memoryview, object, type):
    print(T.__name__, T.__text_signature__)

# A class statement's doc string may carry a signature block too; a
# subclass does not inherit its base's.
class C:
    "C(a, b=1)\n--\n\nbody"
class D(float):
    pass
class E:
    "E(x)\nno separator"
class F:
    __doc__ = 42
class G:
    "G(a)\n\nprose)\n--\n\nmore"
class H:
    "Other(a)\n--\n\nbody"
for T in (C, D, E, F, G, H):
    print(T.__name__, T.__text_signature__, repr(T.__doc__))
# __doc__ hides the signature block.
for f in (float, object, list, math.acos, str.center, dict.fromkeys, int.to_bytes):
    print(f.__name__, f.__doc__.startswith(f.__name__ + '('), '\n--\n' in f.__doc__)
