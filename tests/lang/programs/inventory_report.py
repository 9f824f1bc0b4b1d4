data = """sku,name,qty,price
A100,Widget,12,2.50
B220,Gadget Pro,3,19.99
C003,Thingamajig,120,0.35
D4,Doohickey,0,12.00
E55,Whatsit,7,1234.5"""

lines = data.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, l.split(","))) for l in lines[1:]]
for r in rows:
    r["qty"] = int(r["qty"])
    r["price"] = float(r["price"])
    r["total"] = r["qty"] * r["price"]

w = max(len(r["name"]) for r in rows)
print(f"{'SKU':<6}|{'Name':^{w}}|{'Qty':>5}|{'Price':>10}|{'Total':>12}")
print("-" * (6 + w + 5 + 10 + 12 + 4))
for r in rows:
    print(f"{r['sku']:<6}|{r['name']:^{w}}|{r['qty']:>5d}|{r['price']:>10.2f}|{r['total']:>12,.2f}")
print("=" * 40)
grand = sum(r["total"] for r in rows)
print("{:>30}: {:,.3f}".format("Grand total", grand))
print("{0:*^20}|{1:#x}|{1:#o}|{1:#b}|{2:e}|{2:g}".format("mid", 255, grand))
print("%-8s|%8.3f|%05d|%x|%r|%%" % ("pct", 3.14159, 42, 255, "q"))
print("%(a)s-%(b)04.1f" % {"a": "x", "b": 2.25})
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), format(12, "08b"), format(-3.5, "+.1f"))
print(format(0.5, "%"), format(1/3, ".3%"), format(10**20, ","), format(1e20, "n"))
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {1.5e300*1e10} {-0.0} {float('nan'):>6}")
print(f"{'left':<{10}}!{'right':>{10}}!{'c':-^9}!")
print(f"{42!r:>6} {'s'!r:>6} {[1,2]!s:>8}")
print(repr(1e16), repr(1.1), repr(0.1+0.2), str(1/3), 2.5.hex(), (0.1).as_integer_ratio())
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1))
low = [r for r in rows if r["qty"] < 5]
print("Low stock:", ", ".join(r["name"] for r in low))
by_total = sorted(rows, key=lambda r: (-r["total"], r["name"]))
for i, r in enumerate(by_total, 1):
    print(f"{i:2}. {r['name']:.<20}{r['total']:.>12.2f}")
print(f"{'tab':\t>8}|")
cols = list(zip(*[(r["sku"], r["qty"]) for r in rows]))
print(cols)
print(f"{12345.6789:10.4}|{12345.6789:<10.3g}|{0.00001234:.3}|{1e100:.2}")
print(f"{-12:05}|{12:+05}|{12: 5}|{-0.0:05.1f}|{1_000_000:_}|{255:_x}")
print("{:=+10.2f}|{:^+10d}".format(3.14159, 7))
print(str(123).zfill(6), "-42".zfill(6), "abc".rjust(6, "*"), "abc".ljust(6, "."))
for d in ("{", "}"):
    print(f"{{{d}}}")
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print(e)
try:
    print(f"{'x':>5d}")
except ValueError as e:
    print(e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print(e)
try:
    print("{a}".format(b=1))
except KeyError as e:
    print("KeyError", e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
