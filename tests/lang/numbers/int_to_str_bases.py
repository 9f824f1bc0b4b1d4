# str(), repr(), bin(), oct(), hex() of ints.
for n in [0, 1, -1, 9, 10, 255, -255, 2**31 - 1, -(2**31), 2**63, -(2**64) + 1, 10**18, 10**19, 999999999, 1000000000]:
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(hex(2**200), oct(-(2**100)), bin(2**65 + 5))
print(str(10**100), str(-(10**100 + 1)))
print(str(2**1000)[-30:], len(str(3**3000)))
x = 0
for d in range(1, 200):
    x = x * 10 + d % 10
print(x)
print(str(x * x)[:60])
print(int(str(x)) == x, int(hex(x), 16) == x, int(bin(-x), 2) == -x, int(oct(x), 0) == x)
print("%d %x %o %X" % (255, 255, 255, 255))
print(repr(123456789012345678901234567890).count("0"))
