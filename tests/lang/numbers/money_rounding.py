# Money computed with ints (cents) and with floats, and why they differ.
prices = [19.99, 5.01, 0.1, 0.2, 3.333, 100.0]
total = sum(prices)
print(total, round(total, 2), repr(0.1 + 0.2), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
cents = [1999, 501, 10, 20, 333, 10000]
tc = sum(cents)
print(tc, "%d.%02d" % divmod(tc, 100), divmod(tc, 100))
tax_rate = 0.0825
for c in cents:
    tax = c * tax_rate
    print(c, tax, round(tax), int(tax), -(-c * 825 // 10000))
balance = 1000.0
for month in range(12):
    balance *= 1 + 0.05 / 12
print(balance, round(balance, 2))
b = 100000
for month in range(12):
    b = b + (b * 5 + 600) // 1200
print(b, b / 100)
split = 100 / 3
print(split, split * 3, round(split, 2) * 3, [33.33, 33.33, 33.34], 3333 + 3333 + 3334)
