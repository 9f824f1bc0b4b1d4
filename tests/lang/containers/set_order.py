# Iteration order of int sets after adds, removes and resizes.
s = set()
for i in [7, 3, 11, 19, 27, 35, 2, 6, 64, 128, 256, 1024]:
    s.add(i)
    print(s)
for i in [11, 64, 7]:
    s.discard(i)
print(s)
s.add(13)
s.add(64)
print(s)
big = set(range(0, 200, 7))
print(big)
big -= set(range(0, 200, 14))
print(big)
for i in range(1000, 1010):
    big.add(i)
print(big)
neg = {-i for i in range(10)}
print(neg)
mix = {1, 1.5, 2, 2.5, True, 0.0, False}
print(mix)
x = set()
for i in range(100):
    x.add(i * 13 % 101)
print(list(x)[:20])
for i in range(0, 100, 2):
    x.discard(i)
print(list(x)[:20], len(x))
print({1 << 40, 1 << 41, 1 << 62, -(1 << 62)})
