# The 4300-digit limit of Python 3.11 for int <-> decimal str.
import sys
print(sys.get_int_max_str_digits())
s = "1" * 4300
print(len(str(int(s))))
def t(f):
    try:
        r = f()
        print(type(r).__name__, len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print("ValueError:", e)
t(lambda: int("1" * 4301))
t(lambda: int("7" * 5000))
t(lambda: str(10 ** 4300))
t(lambda: str(10 ** 4299))
t(lambda: repr(-(10 ** 5000)))
t(lambda: int("f" * 5000, 16))
t(lambda: hex(10 ** 5000)[:10])
sys.set_int_max_str_digits(0)
t(lambda: str(10 ** 5000))
t(lambda: int("3" * 6000))
sys.set_int_max_str_digits(5000)
t(lambda: str(10 ** 4999))
t(lambda: int("3" * 5001))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
