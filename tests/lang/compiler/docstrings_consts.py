# Docstrings and the first constant of code objects.
def with_doc():
    """Function docstring."""
    return 1
def without_doc():
    return 1
def expr_first():
    x = 'not a doc'
    return x
print(with_doc.__doc__, without_doc.__doc__, expr_first.__doc__)
print(with_doc.__code__.co_consts[0], without_doc.__code__.co_consts[0])
class K:
    """Class doc."""
print(K.__doc__)
def f_string_first():
    f'not {1} a doc'
print(f_string_first.__doc__)
def bytes_first():
    b'bytes are not docs'
print(bytes_first.__doc__)
async def coro():
    'coroutine doc'
print(coro.__doc__)
g = (lambda: 0)
print(g.__doc__)
print(compile('"module doc"\nx = 1\n', 'm', 'exec').co_consts[0])
ns = {}
exec('"module doc"\n', ns)
print(ns['__doc__'])
def multi():
    """Line one.

    Line three.
    """
print(repr(multi.__doc__))
