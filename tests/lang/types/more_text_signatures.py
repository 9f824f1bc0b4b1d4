# __text_signature__ of the methods of the other built-in types, of the
# functions of gc, _weakref and builtins, and of the types themselves.
import gc, _weakref, builtins

def kind(obj):
    return type(obj).__name__ in ('method_descriptor', 'builtin_function_or_method',
                                  'classmethod_descriptor')

def show(owner, label, skip=()):
    print('==', label)
    for name in sorted(dir(owner)):
        if name in skip:
            continue
        try:
            obj = getattr(owner, name)
        except AttributeError:
            continue
        if kind(obj):
            print(name, obj.__text_signature__)

def f():
    pass

types = [bool, slice, property, staticmethod, classmethod, enumerate, zip, map,
         filter, reversed, super, type, object, type({}.keys()), type({}.values()),
         type({}.items()), type(iter([])), type(iter(())), type(iter('')),
         type(iter(range(3))), type(iter({})), type(iter(set())), type(reversed([])),
         BaseException, ValueError, OSError, StopIteration, type(f),
         type((x for x in ())), type(gc), type(print), type(None),
         type(NotImplemented), type(...)]
for T in types:
    show(T, T.__name__)
show(gc, 'gc')
show(_weakref, '_weakref')
show(builtins, 'builtins', skip=('help',))
print('== type signatures')
for T in types:
    print(T.__name__, T.__text_signature__)
