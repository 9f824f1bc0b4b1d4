# int() parsing in every base, with prefixes, signs, underscores and whitespace.
cases = [("0", 10), ("-0", 10), ("+42", 10), ("  42  ", 10), ("\t-17\n", 10), ("1_000_000", 10),
         ("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 0), ("0o777", 0), ("0b1011", 0), ("777", 8),
         ("0o17", 8), ("0b101", 2), ("z", 36), ("ZZZZ", 36), ("zz", 36), ("101", 2), ("12", 3),
         ("0x_ff", 16), ("0_0", 0), ("000", 0), ("00", 10), ("010", 10), ("9" * 50, 10),
         ("-0b1", 0), ("1" * 70, 2), ("7" * 40, 8), ("f" * 40, 16), ("abc", 13), ("0b11", 16)]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [("", 10), ("  ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("0x", 16), ("0x", 0), ("12a", 10),
       ("010", 0), ("0b2", 0), ("8", 8), ("2", 2), ("1.5", 10), ("- 1", 10), ("++1", 10), ("0x_", 16),
       ("z", 35), ("0o8", 0), ("1 2", 10), ("x" * 300, 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
print(int(b"  12 "), int(bytearray(b"-0x1f"), 16), int(b"z", 36))
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("1" * 100) % 97)
print(int("١٢٣"), int("\u0663\u0664"))
print(int("10", base=16), int(x="10") if False else int("10"))
