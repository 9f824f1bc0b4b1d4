# __text_signature__ and __doc__ of built-in functions and of the methods
# of object, type and memoryview; the naming attributes of every
# callable in the core types' namespaces.
import builtins
import sys
import gc

print("-- builtins")
for name in sorted(dir(builtins)):
    f = getattr(builtins, name)
    if type(f).__name__ != 'builtin_function_or_method' or name == 'help':
        continue
    doc = f.__doc__
    first = doc.split('\n')[0] if doc else doc
    print(name, f.__text_signature__, "|", first)

print("-- sys, gc")
for mod, names in ((sys, ('exit', 'getrecursionlimit', 'setrecursionlimit', 'intern',
                          'getrefcount', '_getframe', 'exc_info', 'exception',
                          'displayhook', 'excepthook', 'call_tracing', 'getsizeof',
                          'audit', 'settrace', 'addaudithook')),
                   (gc, ('collect', 'enable', 'disable', 'isenabled', 'get_objects',
                         'is_tracked', 'set_debug', 'get_threshold', 'get_referrers',
                         'set_threshold'))):
    for name in names:
        f = getattr(mod, name)
        print(mod.__name__, name, f.__text_signature__, f.__module__, f.__self__ is mod)

print("-- object, type, memoryview, staticmethod, classmethod")
for t in (object, type, staticmethod, classmethod):
    for name in sorted(t.__dict__):
        a = t.__dict__[name]
        kind = type(a).__name__
        if kind in ('method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor',
                    'builtin_function_or_method'):
            print(t.__name__, name, kind, a.__text_signature__)
for name in ('release', 'tobytes', 'hex', 'tolist', 'cast', 'toreadonly'):
    print('memoryview', name, getattr(memoryview, name).__text_signature__)
print(staticmethod.__getattribute__ is object.__getattribute__,
      '__getattribute__' in classmethod.__dict__)

print("-- names of the callables of the core types")
for t in (list, dict, str, int, tuple, set, frozenset, bytes, bytearray, float,
          complex, object, type, range, bool, slice, property,
          staticmethod, classmethod, super, enumerate, zip, map, filter, reversed):
    for name in sorted(dir(t)):
        try:
            a = getattr(t, name)
        except AttributeError:
            continue
        kind = type(a).__name__
        if kind in ('type', 'int', 'NoneType', 'str', 'dict', 'getset_descriptor',
                    'member_descriptor', 'mappingproxy', 'tuple'):
            continue
        objclass = getattr(a, '__objclass__', None)
        print(t.__name__, name, kind, a.__qualname__,
              objclass.__name__ if objclass is not None else '-',
              repr(a).split(' at ')[0])

print("-- bound builtins")
L = [1]
b = L.append
print(type(b).__name__, b.__self__ is L, b.__name__, b.__qualname__, repr(b).split(' at ')[0])
print([].append.__self__, len.__self__ is builtins, len.__qualname__, len.__module__)
print(dict.fromkeys.__self__, repr(dict.fromkeys).split(' at ')[0], dict.__dict__['fromkeys'])
print((5).to_bytes.__self__, repr(int.to_bytes), int.to_bytes.__objclass__)
print(type("a".__add__).__name__, "a".__add__.__self__, "a".__add__.__qualname__,
      "a".__add__.__objclass__)
print(object.__new__.__self__, object.__new__.__text_signature__, object.__new__.__qualname__)
print(object.__init__.__text_signature__, type.__call__.__text_signature__)
print(len.__reduce__(), L.append.__reduce__()[0] is getattr)
print(list.append == list.append, L.append == L.append, hash(L.append) == hash(L.append),
      [].append == [].append)
for f in (list.append, len, L.append, str.__add__, "".__add__, dict.fromkeys,
          int.__dict__['from_bytes']):
    print(type(f).__name__, hasattr(f, '__self__'), hasattr(f, '__objclass__'),
          hasattr(f, '__func__'), hasattr(f, '__wrapped__'), getattr(f, '__module__', '-'))
for setter in (lambda: setattr(list.append, '__qualname__', 'x'),
               lambda: setattr(len, '__name__', 'x'),
               lambda: setattr(len, '__text_signature__', 'x'),
               lambda: setattr(list.append, '__doc__', 'x'),
               lambda: list.append(1, 2),
               lambda: list.append((), 2),
               lambda: list.append(),
               lambda: str.__add__(1, 'a'),
               lambda: object.__format__(1),
               lambda: object.__reduce_ex__()):
    try:
        setter()
    except Exception as e:
        print(type(e).__name__, e)
