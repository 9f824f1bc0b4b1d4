# abs, divmod, pow with ints, floats, and their error messages
def show(f, *args):
    try:
        print(f.__name__, args, '->', repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, '!!', type(e).__name__, e)

for v in [0, -5, 7, -3.5, 2.25, True, -(2**70)]:
    show(abs, v)
show(abs, 'x')
show(abs, None)
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2**65, 3), (1, 0), (1.0, 0.0)]:
    show(divmod, a, b)
show(divmod, 1, 'a')
for args in [(2, 10), (2, -1), (2, 0.5), (-8, 1 / 3), (2, 10, 1000), (3, -1, 7), (0, 0),
             (2, 3, 0), (10, 2, -7), (2.0, 3, 4), (5, 2, 'x')]:
    show(pow, *args)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
class Money:
    def __init__(self, v): self.v = v
    def __abs__(self): return Money(abs(self.v))
    def __repr__(self): return f'Money({self.v})'
print(abs(Money(-12)))
