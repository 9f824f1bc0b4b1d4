def explicit():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
try:
    explicit()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('while handling')
try:
    implicit()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('quiet') from None
try:
    suppressed()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__context__ = TypeError()
print(repr(e.__context__))
for attr, val in [('__cause__', 5), ('__context__', 'x')]:
    try:
        setattr(e, attr, val)
    except TypeError as err:
        print('TypeError:', err)
try:
    try:
        raise ValueError('first')
    except ValueError as first:
        try:
            raise TypeError('second')
        except TypeError as second:
            raise first
except ValueError as e:
    print('re-raised', e, repr(e.__context__))
    saved = e
print(saved.__traceback__ is not None, type(saved.__traceback__).__name__)
print(ValueError().with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print('TypeError:', err)
