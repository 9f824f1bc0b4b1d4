def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
ints = [0, 7, -7, 255, -2**70, True]
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan'), -1e-300]
specs_i = ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "05", "+", "-", " ", "+05", "=+7", "#b", "#o", "#x", "#X", "b", "o", "x", "X", "c", "n", ",", "_", ",d", "_x", "_b", "_o", "#_x", "010,", "e", "E", "f", "F", "g", "G", "%", ".2f", ".0e", "z", "z5", ",.2f", "#", "0=5", "x<+#10_X", "s", ",x", ",b", "_n", ",n", ".2", ".2d", "=", "0<5", "08_d", "014_b", "09,", "-^+5", "\u20ac^9,"]
specs_f = ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "n", ".3n", "10.2f", "<10", ">10", "^10", "=10", "+", " ", "-", "010.2f", ",", "_", ",.2f", "_.3e", ",g", "#", "#.0f", "#g", "#.0e", "z", "z.1f", "z.0f", "+z.2f", " z.3e", "zg", "z.1%", "z", ".2", ".0", "a^+12,.3f", "0", "08", "=+010.1f", "d", "x", "b", "c", "s", ",n", "_n", ".1000f", "z=+8.1f", "#.3", "10", ".17g", ".17", "r", ",e", "_%"]
for s in specs_i:
    res = []
    for v in ints:
        try: res.append(format(v, s))
        except Exception as e: res.append(type(e).__name__ + ":" + str(e))
    print("int", repr(s), res)
for s in specs_f:
    res = []
    for v in floats:
        try: r = format(v, s); res.append(r if len(r) < 60 else r[:20] + "..." + str(len(r)))
        except Exception as e: res.append(type(e).__name__ + ":" + str(e))
    print("float", repr(s), res)
cs = [1+2j, -1.5-0.5j, 0j, complex(-0.0, -0.0), 1e20j, complex('inf'), complex('nan+nanj'), 3+0j]
for s in ["", "g", ".2f", "e", "10", "<20", "^20", "+", " ", "z.1f", ",.2f", "_", "#", "0", "010", "=10", "%", "n", "d", "s", ".3", "E", "G", "F", "+.3g"]:
    res = []
    for v in cs:
        try: res.append(format(v, s))
        except Exception as e: res.append(type(e).__name__ + ":" + str(e))
    print("complex", repr(s), res)
for s in ["", "s", "5", "<5", ">5", "^5", "*^6", ".2", "5.2s", "=5", "+", " ", "-", "05", "#", ",", "_", "d", "z", "c", "x", ".0", "\u20ac>4", "010"]:
    try: print("str", repr(s), repr(format("abc", s)))
    except Exception as e: print("str", repr(s), type(e).__name__, e)
t(1, lambda: format(object(), "x"))
t(2, lambda: format(object(), ""))[:0] if False else None
class C:
    def __format__(self, spec): return "C<" + spec + ">"
t(3, lambda: format(C(), "abc"))
t(4, lambda: "{:xyz}".format(C()))
t(5, lambda: f"{C():{'a'}b}")
class Bad:
    def __format__(self, spec): return 1
t(6, lambda: format(Bad()))
t(7, lambda: format(1, 2))
t(8, lambda: format(1, "10000000000000000000000"))
t(9, lambda: format(1.0, ".10000000000000000000f"))
t(10, lambda: format(1, ".2147483648f"))
t(12, lambda: format(True, ""))
t(13, lambda: format(True, "d"))
t(14, lambda: format(True, "s"))
t(15, lambda: format(None, ""))
t(16, lambda: format(None, "s"))
t(17, lambda: format([1], "s"))
t(18, lambda: format(1, ",_"))
t(19, lambda: format(1, "_,"))
t(20, lambda: format(1.5, ",_"))
t(21, lambda: format(1, "zd"))
t(22, lambda: format("a", "z"))
t(23, lambda: format(0x110000, "c"))
t(24, lambda: format(-1, "c"))
t(25, lambda: format(65, "+c"))
t(26, lambda: format(65, "#c"))
t(27, lambda: format(65, ",c"))
t(28, lambda: format(65, ".2c"))
t(29, lambda: format(65, "5c"))
t(30, lambda: format(1, "xx"))
t(31, lambda: format(1.0, "ff"))
t(32, lambda: format(1, ".f"))
t(33, lambda: format(1, "<<<"))
t(34, lambda: format(1, "\x00"))
t(35, lambda: format(1.5, "\u20ac"))
t(36, lambda: format("s", "\U0001f600"))
t(37, lambda: format(10**30, ",.3e"))
t(38, lambda: format(10**30, "_"))
t(39, lambda: format(-0.0, "z"))
t(40, lambda: format(-0.0001, "z.2f"))
t(41, lambda: format(-0.0001, "z.2e"))
t(42, lambda: format(-0.0001, "z.2g"))
t(43, lambda: format(-0.5, "z.0f"))
t(44, lambda: format(complex(-0.0, -0.0001), "z.2f"))
t(45, lambda: format(-0.0, "z%"))
t(46, lambda: format(1234567, ",.0f"))
t(47, lambda: format(1234567.0, "010,.1f"))
t(48, lambda: format(1234567.0, "012,.1f"))
t(49, lambda: format(123, "0=+10_"))
t(50, lambda: format(12345678, "_x"))
t(51, lambda: format(12345678, "_o"))
t(52, lambda: format(12345678, "_b"))
t(53, lambda: format(12345678, "#012_x"))
t(54, lambda: format(1e300*10, "010"))
t(55, lambda: format(float('nan'), "+010"))
t(56, lambda: format(-2**63, "020,"))
t(57, lambda: format(1.0, "0>10"))
t(58, lambda: format(1.0, "0<10"))
t(59, lambda: format("x", "0<10"))
t(60, lambda: format("x", "0"))
t(61, lambda: format(12.5, ".0f"))
t(62, lambda: format(13.5, ".0f"))
t(63, lambda: format(0.125, ".2f"))
t(64, lambda: format(1e16, ""))
t(65, lambda: format(1e16, "g"))
t(66, lambda: format(1.0, ".0"))
t(67, lambda: format(123456789.0, ".3"))
t(68, lambda: format(0.0001, ""))
t(69, lambda: format(0.00001, ""))
t(70, lambda: format(1.5, "#"))
t(71, lambda: format(15, "#.3"))
for v in [123+0j, 123.0, 1234.5+1j, 1e16+1e-5j, -0.0+123j, 100.0, 1e15, 12345.0]:
    for s in [".3", ".1", "#.3", "#", "10.2", ".5", "#.0", "n", ".3n", ",.0"]:
        try: print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e: print(repr(v), repr(s), type(e).__name__, e)
