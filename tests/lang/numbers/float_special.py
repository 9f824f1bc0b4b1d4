# Infinities, NaN and signed zeros.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 2)
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan], nan < 1, nan > 1)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]))
z = -0.0
print(z, z == 0, str(z), repr(-z), 1 / inf == -1 / inf, repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0))
print(inf == float("infinity"), -inf < -1e308, abs(-inf), abs(nan), -nan)
print(int(1e308) == 10**308, float("1e309") == inf, 1e309, -1e309)
print(sum([inf, 1, 2]), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(bool(0.0), bool(-0.0), bool(nan), bool(inf), bool(1e-320))
