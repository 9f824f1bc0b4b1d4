# Exceptions raised inside handlers and finally, and exception state restore.
import sys
def nested_handlers():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError:
            print('inner handled', sys.exc_info()[1])
        print('outer still', sys.exc_info()[1])
    print('after', sys.exc_info())
nested_handlers()
def raise_in_except():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise IndexError('b')
    except IndexError as e:
        return repr(e), repr(e.__context__)
print(raise_in_except())
def finally_overrides():
    try:
        try:
            raise ValueError('lost')
        finally:
            raise RuntimeError('wins')
    except RuntimeError as e:
        return str(e), repr(e.__context__)
print(finally_overrides())
def return_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'returned', sys.exc_info()[0]
print(return_in_except(), sys.exc_info())
def loop_handlers():
    out = []
    for exc in (ValueError, KeyError, None):
        try:
            if exc:
                raise exc('x')
            out.append('none')
        except ValueError:
            out.append('V')
            continue
        except KeyError:
            out.append('K')
            break
        finally:
            out.append('F')
    return out
print(loop_handlers())
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError:
    print('except* at module level')
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
gg = gen_exc()
next(gg)
gg.close()
