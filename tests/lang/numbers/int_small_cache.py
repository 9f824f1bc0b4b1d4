# Small ints are shared objects; large ones are created anew.
x0 = 0
a = int("256")
b = int("256")
print(a is b)
c = int("257")
d = int("257")
print(c == d)
print(int("-5") is int("-5"), int("0") is x0)
x = 100
y = 50 + 50
print(x is y)
vals = [i for i in range(-5, 257)]
print(all(int(str(v)) is v for v in vals))
print(sum(vals), len(vals))
