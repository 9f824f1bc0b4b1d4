import builtins
expected = '''abs aiter all anext any ascii bin breakpoint callable chr compile delattr dir divmod
eval exec format getattr globals hasattr hash help hex id input isinstance issubclass iter len
locals max min next oct open ord pow print repr round setattr sorted sum vars __import__
__build_class__'''.split()
missing = [n for n in expected if not hasattr(builtins, n)]
print('missing:', missing)
for n in [n for n in expected if n != 'help']:
    f = getattr(builtins, n)
    print(n, type(f).__name__, callable(f))
print(len.__name__, len.__qualname__, print.__module__)
print(repr(len), repr(print))
print(len.__doc__.splitlines()[0])
print(abs.__doc__)
