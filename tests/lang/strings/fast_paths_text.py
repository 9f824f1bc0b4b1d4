# Results of the str and int fast paths: ASCII case mapping eight bytes at a
# time (every length and alignment, every ASCII char), str() of compact ints
# at the digit boundaries, and int/float formatting with empty and non-empty
# layout parts.
import sys

# case mapping: every ASCII char, at every offset and length up to 40
s = "".join(chr(i) for i in range(128)) * 2
for k in range(0, 24):
    t = s[k:k + 40 + k]
    print(k, t.upper().encode(), t.lower().encode(), t.casefold().encode())
print("@[`{ azAZ".upper(), "@[`{ azAZ".lower(), "@[`{ azAZ".swapcase())
print("MiXeD cAsE 0123456789 text!".upper(), "MiXeD cAsE 0123456789 text!".lower())
print("é and ASCII".upper(), "ß".upper(), "İ".lower())

# str() and repr() of ints around the digit-count and word boundaries
vals = [0, 1, -1, 9, 10, -10, 99, 100, 255, 256, 2**30 - 1, 2**30, -2**30,
        10**9, 10**18, -10**18, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, 2**64,
        sys.maxsize, -sys.maxsize - 1, True, False]
for v in vals:
    print(str(v), repr(v), f"{v}", "%d" % v)

# formatting: sign, prefix, fill, grouping and upper case combined
specs = ["", "d", "05d", "x", "X", "#X", "#x", "_x", ",", "_", "010,",
         "012_x", "+", " ", "=+12", "*^30", "é>20", "é<70", "0400,"[:3],
         "b", "#o", "-8", "<6", "^7"]
for v in [0, 7, -7, 255, -123456789, 2**70, -2**70, True]:
    print(v, [format(v, sp) for sp in specs])
for v in [1.5, -0.0, 12345.678, float("inf"), float("nan")]:
    print(v, [format(v, sp) for sp in ["", ">8.2f", ".3e", "E", "%", "g", "010,.1f", "+"]])
for sp in ["0٣d", "٣d", "1٠>"]:
    try:
        print(repr(sp), repr(format(42, sp)))
    except ValueError as e:
        print(type(e).__name__, e)
