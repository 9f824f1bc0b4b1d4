import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(1000)), math.fsum(x / 7 for x in range(100)))
print(math.fsum([2.0**53, 1.0, 1.0]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1.0, 1e-16, 1e-16]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.nan, 1.0]))
for data in ([math.inf, -math.inf], [1e308, 1e308], [1e308, 1e308, -1e308]):
    try:
        print(math.fsum(data))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.fsum(["a"])
except TypeError as e:
    print("TypeError", e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([1j, 1j]))
print(math.prod([2, 3], start=10), math.prod([], start=0.5), math.prod(x for x in [3, 3, 3]), math.prod([[1], 3]))
vals = [1.1, 2.2, 3.3, 4.4, 5.5]
mean = math.fsum(vals) / len(vals)
var = math.fsum((v - mean) ** 2 for v in vals) / (len(vals) - 1)
print(mean, var, math.sqrt(var))
