# Integer arithmetic on small and medium values.
values = [0, 1, -1, 7, -7, 12, 255, 256, 257, -256, 2**30 - 1, 2**30, -2**30, 2**31, 2**62, 2**63 - 1, -2**63, 2**64 + 3]
for a in values[:10]:
    for b in values:
        print(a, b, a + b, a - b, a * b)
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares", total)
x = 1
for i in range(40):
    x = x * 3 + i
print("grown", x)
print(-(-5), +5, abs(-2**70), abs(2**70))
print(10 - 20, -10 - -20, 3 * -4, -3 * -4)
print(2**30 + 2**30, (2**30 - 1) * (2**30 - 1))
print(123456789 * 987654321, 99999 ** 2)
