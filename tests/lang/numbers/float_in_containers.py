# Floats printed inside containers and through str/format.
row = [0.1, 1.0, -2.5, 1e20, 1e-7, float("inf"), float("nan")]
print(row)
print(tuple(row), {"a": 0.5, "b": 1e16})
print(str(1.0), str(10.0**16), str(1.5e-5), "%s|%r" % (0.1, 0.1), "{}".format(2.0), f"{0.25}")
print("%.3f %e %g %.2e %10.4f|" % (3.14159, 12345.678, 0.00001234, -1.0, 2.5))
print(format(1234.5678, ".2f"), format(0.000012, "g"), format(1e20, "g"), format(-0.0, "f"), format(2.5, ".0f"))
print(" ".join(str(x / 8) for x in range(9)))
