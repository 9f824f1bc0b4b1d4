# Ranges beyond machine integers.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

big = range(10**20)
print(big, big[-1], big[10**19], 10**19 in big, -1 in big, 10**20 in big)
attempt("len", lambda: len(big))
print(big.index(12345678901234567890), big.count(5))
r = range(10**30, 10**30 + 50, 7)
print(r, len(r), list(r)[:3], r[-1], list(reversed(r))[:2])
print(r[2:5], r[::-1][0] == r[-1])
it = iter(range(2**63 - 3, 2**63 + 3))
print(type(it).__name__, list(it))
print(list(range(-2**63, -2**63 + 3)), list(reversed(range(2**63 - 2, 2**63))))
print(list(range(2**62, 2**64, 2**62)))
print(range(0, 10**100, 10**99)[5], len(range(0, 10**100, 10**99)))
h = range(-10**25, 10**25, 10**24)
print(len(h), h[0], 0 in h, 10**24 + 1 in h)
print(sum(range(10**12, 10**12 + 5)))
print(range(10**20)[10**19:10**19 + 3], list(range(10**20)[10**19:10**19 + 3]))
