# Big integers: factorials, powers of two, digit sums.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
print(2 ** 1000)
print(sum(map(int, str(2 ** 1000))))
print(fact(500) // fact(498) == 500 * 499)
print(fact(300) % 1000003)
print(str(fact(1000))[:50], len(str(fact(1000))))
print((2 ** 4000 - 1) % 255, (2 ** 4000 - 1).bit_length())
big = 3 ** 2000
print(big % 10 ** 20, big // 10 ** 940)
print(-(7 ** 300) // 13 ** 100)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
a = 12345678901234567890123456789 ** 7
b = 98765432109876543210 ** 5
print(a * b)
print(a // b, a % b)
print(divmod(a, -b))
