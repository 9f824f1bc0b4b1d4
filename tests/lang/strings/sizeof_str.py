# sys.getsizeof for str objects of every storage width, as a memory
# accounting tool would report them.
import sys

def report(label, s):
    print(label, len(s), sys.getsizeof(s), s.__sizeof__())

report("empty", "")
report("ascii1", "a")
report("ascii", "hello world")
report("ascii-long", "x" * 1000)
report("latin1-1", "\xe9")
report("latin1", "caf\xe9 cr\xe8me")
report("ucs2-1", "\u0100")
report("ucs2", "\u20ac100 \u4e2d\u6587")
report("ucs4-1", "\U0001f600")
report("ucs4", "smile \U0001f600 \U0001f680")

# computed strings must have the same (tight) representation
report("upper", "hello".upper())
report("lower-latin", "CAF\xc9".lower())
report("join", "-".join(["a", "b", "c"]))
report("join-mixed", "".join(["abc", "\u20ac"]))
report("concat", "abc" + "def")
report("slice-narrow", ("abc\u20ac")[:3])
report("slice-ucs4", ("ab\U0001f600cd")[3:])
report("repeat", "ab" * 50)
report("strint", str(1234567))
report("fstring", f"{42:05d}|{'x':>4}")
report("format", "{}-{}".format(1, "\xe9"))
report("percent", "%s:%d" % ("k", 7))

acc = ""
for i in range(50):
    acc += str(i % 10)
report("built", acc)
acc2 = "\u20ac"
for i in range(20):
    acc2 += "ab"
report("built-ucs2", acc2)

words = "the quick brown fox".split()
print([sys.getsizeof(w) for w in words])
print([sys.getsizeof(p) for p in "key=\xe9t\xe9".partition("=")])

class MyStr(str):
    pass

print(sys.getsizeof(MyStr("abc")) > sys.getsizeof("abc"))

# sizes grow by the character width
base = sys.getsizeof("")
for ch in ("a", "\xe9", "\u20ac", "\U0001f600"):
    one = sys.getsizeof(ch)
    ten = sys.getsizeof(ch * 10)
    print(repr(ch), one - base, ten - one)

try:
    sys.getsizeof("abc", "no")
except Exception as e:
    print(type(e).__name__)
print(sys.getsizeof(1, "default"))
