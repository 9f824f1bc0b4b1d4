# Chained comparisons evaluate each operand once, and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(0) < v(5))
print(calls)
calls.clear()
print(v(5) > v(9) > v(1))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print('a' < 'b' <= 'b' != 'c')
print(1 in [1, 2] in [[1, 2]], 3 not in [1] is not None)
print(x is x is not None)
if 1 < x < 9:
    print('in range')
if not 1 < x < 3:
    print('not in small range')
r = [y for y in range(20) if 3 < y <= 6]
print(r)
a = [1]
b = a
print(a is b, a is not b, a == b is not a)
def check(n):
    return 'ok' if 0 < n < 100 else 'out'
print(check(50), check(-1), check(100))
try:
    print(1 < 'a' < 2)
except TypeError as e:
    print('TypeError', e)
