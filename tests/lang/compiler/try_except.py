# try/except/else/finally, exception variables and re-raising.
def classify(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return 'zero'
    except TypeError as e:
        return 'type: ' + str(e)
    else:
        return 'ok %s' % r
    finally:
        print('classified', repr(x))
print(classify(2), classify(0), classify('a'))

try:
    raise KeyError('k')
except (ValueError, KeyError) as err:
    print('tuple match', repr(err))
try:
    pass
except Exception:
    print('no')
else:
    print('else branch')

def name_deleted():
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        return 'deleted: ' + str(ne)
print(name_deleted())

def reraise():
    try:
        try:
            raise RuntimeError('inner')
        except RuntimeError:
            raise
    except RuntimeError as e:
        return 'reraised ' + str(e)
print(reraise())

def chain():
    try:
        try:
            {}['x']
        except KeyError as e:
            raise ValueError('wrapped') from e
    except ValueError as e:
        return repr(e.__cause__), e.__suppress_context__
print(chain())

def context():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError('t')
    except TypeError as e:
        return type(e.__context__).__name__
print(context())

def bare():
    try:
        [][1]
    except:
        return 'bare caught'
print(bare())
import sys
def exc_info():
    try:
        raise OSError('os')
    except OSError:
        return sys.exc_info()[0].__name__
print(exc_info(), sys.exc_info())
try:
    compile('try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n', 'm', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
