name = "world"
value = 3.14159
items = [1, 2]
print(f"hello {name}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{value:.2f} {value:10.3f}| {value:<10}| {42:>5}|{42:05d}")
print(f"{items} {items[0] + items[1]} {len(items)}")
width = 8
prec = 3
print(f"{value:{width}.{prec}}|")
print(f"{'nested ' + f'{name}'}")
print(f"{{literal braces}} {name}")
print(f"{1000000:,} {255:#x} {255:b} {0.25:%}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "full":
            return "%d dollars %d cents" % divmod(self.cents, 100)
        return "$%.2f" % (self.cents / 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "money"
m = Money(1234)
print(f"{m} {m:full} {m!r} {m!s}")
print(f"{name=} {value=:.1f} {1+1=}")
try:
    f"{value:q}"
except ValueError as e:
    print("ValueError:", e)
print(f"{'multi' 'part'}", f"{3}{4}{5}")
print(format(7, "03"), "%s-%d" % ("a", 5))
x = 10
print(f"{x if x > 5 else 0} {x:{'>'}{5}} {[i for i in range(x) if i % 4 == 0]}")
