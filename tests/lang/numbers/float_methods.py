# is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for x in (0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e100, 5e-324, 2.0**60, 3.141592653589793, 1e-5):
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.conjugate(), x.real, x.imag)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex(), float("inf").is_integer())
for s in ("0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0X1.P4",
          "  0x.8p1  ", "1.5", "ff", "0x1.123456789abcdef0p0", "0x0.0000000000001p-1022", "inf", "-Infinity", "nan",
          "0x1p+1023", "0x1.fffffffffffff7p1023", "0xabcdefp-10", "+0x1", "0x1.0000000000000800000001p0"):
    print(repr(s), repr(float.fromhex(s)))
for s in ("0x1.fffffffffffff8p1023", "0x1p1024", "0x2p1023", "x", "0x", "0x1p", "1p1 x", "0x1.2.3"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in (float("inf"), float("nan")):
    try:
        x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("int")
except ValueError as e:
    print("ValueError", e)
print((2.5).__getnewargs__(), (1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (2.5).__int__(), (2.5).__float__())
