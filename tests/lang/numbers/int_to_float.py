# float(int) rounds to nearest, ties to even.
for n in (2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**1023, 2**1024 - 2**971, 2**1024 - 2**970 - 1,
          -(2**53 + 1), 10**22, 10**23, 12345678901234567890123456789, 2**200 + 2**147, 2**200 + 2**147 + 1):
    print(float(n), float(n) == n)
for n in (2**1024 - 2**970, 2**1024, 2**1024 - 2**970 + 2**969, -(10**400)):
    try:
        print(float(n))
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(1.5 + 10**400)
except OverflowError as e:
    print("OverflowError", e)
print(1.5 + 10**300, 2**100 * 0.5, 3 * 1.1, 10**20 - 1.0)
