# sys.getsizeof follows the PEP 393 layouts.
import sys
for s in ["", "a", "ab", "abc" * 10, "é", "ÿÿ", "Ā", "αβ", "日本語", "😀", "a😀", "\U0010ffff" * 3, "x" * 1000]:
    print(repr(s[:5]), len(s), sys.getsizeof(s), s.__sizeof__())
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc" * 100), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
print(str.__basicsize__, str.__itemsize__, bytes.__basicsize__, bytes.__itemsize__, bytearray.__basicsize__)
