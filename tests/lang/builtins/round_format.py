for v in [2.5, 3.5, -2.5, 0.5, 1.25, 2.675, 1e20, -0.4]:
    print(v, round(v), round(v, 1), round(v, -1))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(7), round(7, 2), round(True))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
class Price:
    def __init__(self, v): self.v = v
    def __round__(self, n=None):
        return f'rounded({self.v}, {n})'
print(round(Price(3.14159)), round(Price(3.14159), 2))
def err(*a):
    try:
        print(round(*a))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err('1.5')
err(1.5, 'x')
err(float('inf'))
err(float('nan'))
err()
print(format(3.14159, '.2f'), format(42), format(42, '05d'), format('hi', '>5'), format(0.5, '%'))
print(format(1234567, ','), format(255, 'X'), format([1, 2]), format(None))
try:
    format(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError:', e)
class Temp:
    def __format__(self, spec):
        return f'Temp<{spec}>'
print(format(Temp(), 'C'), f'{Temp():F}')
