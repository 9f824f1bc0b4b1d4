def attempt(stmt):
    try:
        exec(stmt, {'__name__': 'tester'})
        print('ok', stmt)
    except ImportError as e:
        print(type(e).__name__ + ':', e.msg if hasattr(e, 'msg') else e, '| name =', e.name)
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt('import no_such_module_xyz')
attempt('import pkg_shapes.nope')
attempt('import sys.nope')
attempt('from . import x')
attempt('import math, no_such_thing')
attempt('__import__("")')
attempt('__import__(5)')
try:
    from pkg_shapes import nothing_here
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0], e.name)
print(issubclass(ModuleNotFoundError, ImportError))
m = __import__('pkg_shapes.circle')
print(m.__name__)
m = __import__('pkg_shapes.circle', fromlist=['area'])
print(m.__name__)
import sys
sys.modules['blocked_mod'] = None
attempt('import blocked_mod')
e = ImportError('custom', name='n', path='p')
print(e.msg, e.name, e.path, str(e), repr(e))

# __import__ argument checking, as a plugin loader might trip over it
def try_import(label, *args, **kwargs):
    try:
        mod = __import__(*args, **kwargs)
        print(label, 'ok', mod.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
try_import('no args')
try_import('level -1', 'x', level=-1)
try_import('level 1, empty globals', 'x', {}, {}, [], 1)
try_import('globals not dict', 'x', 1, {}, [], 1)
try_import('package not str', 'x', {'__package__': 1}, {}, [], 1)
try_import('empty package', 'x', {'__package__': ''}, {}, [], 1)
try_import('top-level module', 'x', {'__package__': None, '__name__': 'm'}, {}, [], 1)
try_import('beyond top', 'x', {'__package__': None, '__name__': 'm.q'}, {}, [], 2)
try_import('level str', 'x', level='a')
try_import('bytes name', b'math')
try_import('keyword name', name='math')
try_import('bad keyword', 'math', foo=1)
try_import('too many', 'math', {}, {}, [], 0, 5)
try_import('fromlist non-str', 'math', fromlist=[1])
try_import('fromlist attr', 'sys', None, None, ['path'])
