import builtins
for name in ['object', 'type', 'int', 'float', 'complex', 'bool', 'str', 'bytes', 'bytearray',
             'memoryview', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice',
             'enumerate', 'reversed', 'zip', 'map', 'filter', 'property', 'classmethod',
             'staticmethod', 'super']:
    t = getattr(builtins, name)
    print(name, t, isinstance(t, type), t.__name__)
print(builtins.None_ if hasattr(builtins, 'None_') else 'no None_')
print(getattr(builtins, 'None'), getattr(builtins, 'True'), getattr(builtins, 'Ellipsis'),
      getattr(builtins, 'NotImplemented'), __debug__)
print(type(builtins).__name__, builtins.__name__)
print(callable(builtins.print), builtins.len is len, builtins.__import__ is __import__)
site_added = {'copyright', 'credits', 'exit', 'quit', 'license', 'help'}
print(sorted(n for n in dir(builtins) if n.islower() and not n.startswith('_') and n not in site_added)[:20])
