def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class IS(int):
    def __str__(self): return "IS-str"
    def __repr__(self): return "IS-repr"
class FS(float):
    def __str__(self): return "FS-str"
class SS(str):
    def __str__(self): return "SS-str"
    def __format__(self, spec): return "SS-fmt[" + spec + "]"
class Plain:
    def __str__(self): return "plain-str"
    def __repr__(self): return "plain-repr"
for v in (IS(5), FS(2.5), SS("s"), Plain(), True):
    t(lambda: format(v))
    t(lambda: format(v, ""))
    t(lambda: f"{v}")
    t(lambda: f"{v!r}")
    t(lambda: f"{v!s:>8}")
    t(lambda: f"{v:>8}")
    t(lambda: "{0} {0!r} {0:}".format(v))
    t(lambda: "%s %r" % (v, v))
    t(lambda: str(v))
    t(lambda: repr(v))
    t(lambda: "%d" % v)
    t(lambda: "%5.1f" % v)
    t(lambda: f"{v:x}")
    t(lambda: f"{v!a}")
class FormatReturnsSub:
    def __format__(self, spec): return SS("sub")
t(lambda: type(format(FormatReturnsSub())).__name__)
t(lambda: type(f"{FormatReturnsSub()}").__name__)
class ReprNonAscii:
    def __repr__(self): return "é\u20ac"
t(lambda: ascii(ReprNonAscii()))
t(lambda: f"{ReprNonAscii()!a}")
t(lambda: "%a" % ReprNonAscii())
class StrRaises:
    def __str__(self): raise ValueError("str fails")
t(lambda: f"{StrRaises()}")
t(lambda: f"x{StrRaises()!s}")
t(lambda: print(StrRaises()))
t(lambda: "{}".format(StrRaises()))
t(lambda: str([StrRaises()])[:10])
