class AppError(Exception):
    """Base for the app."""
    def __init__(self, message, *, code=500):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f'{what} not found', code=404)
        self.what = what
class Invalid(AppError, ValueError):
    pass
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f'404 {e.what}: {e}'
    except ValueError as e:
        return f'value error {type(e).__name__}: {e} ({getattr(e, "code", None)})'
    except AppError as e:
        return f'app error {e.code}: {e}'
print(handle(NotFound('user')))
print(handle(Invalid('bad input', code=422)))
print(handle(AppError('boom')))
print(Invalid.__mro__)
print(AppError.__doc__, NotFound.__doc__)
class Retry(Exception):
    attempts = 0
    def __str__(self):
        return f'retry #{self.attempts}'
r = Retry()
r.attempts = 3
print(r, repr(r), r.__dict__)
class WithSlots(Exception):
    __slots__ = ('detail',)
ws = WithSlots('x')
ws.detail = 'd'
print(ws.detail, ws.args)
try:
    raise NotFound('page') from KeyError('missing')
except AppError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
