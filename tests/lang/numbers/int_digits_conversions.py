# Converting numbers between bases by hand and with builtins.
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 1, -1, 35, 36, 255, -4096, 2**64, 10**25, -(3**50)):
    row = [to_base(n, b) for b in (2, 3, 7, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 3, 7, 16, 36))))
print(int("zz" * 20, 36), int("1" * 200, 2) == 2**200 - 1, int("7" * 100, 8) == 8**100 - 1)
print(int("123456789" * 50) % 1000000007, len(str(int("9" * 1000) + 1)))
