def classify(value):
    try:
        result = 10 / value
    except ZeroDivisionError:
        return 'div by zero'
    except TypeError as e:
        return f'type error: {e}'
    else:
        return f'ok {result}'
    finally:
        print('finally for', repr(value))
for v in [2, 0, 'x']:
    print(classify(v))
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except LookupError as e:
        print('outer caught', repr(e))
nested()
def reraise():
    try:
        raise ValueError('orig')
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print('reraised', e)
e_ref = None
try:
    raise IndexError('gone')
except IndexError as e:
    e_ref = e
print(repr(e_ref))
try:
    e
except NameError as err:
    print('NameError:', err)
def finally_wins():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_wins())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('cleanup', i)
try:
    raise Exception
except Exception as e:
    print(repr(e), type(e) is Exception)
try:
    raise 5
except TypeError as err:
    print('TypeError:', err)
class NotExc: pass
try:
    raise NotExc
except TypeError as err:
    print('TypeError:', err)
try:
    try:
        pass
    except 5:
        pass
    print('unused bad except clause is fine')
except TypeError as err:
    print(err)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as err:
    print('TypeError:', err)
