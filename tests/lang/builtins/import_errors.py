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
