# A realistic report: aligned columns with str.format and format specs.
inventory = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Doohickey", 1, 199.99), ("Thingamajig", 1000, 0.015)]
header = "{:<12} {:>6} {:>10} {:>12}".format("Item", "Qty", "Price", "Total")
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in inventory:
    total = qty * price
    grand += total
    print("{:<12} {:>6,d} {:>10.2f} {:>12,.2f}".format(name, qty, price, total))
print("=" * len(header))
print("{:<12} {:>6} {:>10} {:>12,.2f}".format("TOTAL", "", "", grand))
print("{0:^{1}}".format(" END ", len(header)).replace(" ", "~", 3))
for pct in [0.05, 0.5, 0.999, 1.0]:
    bar = "#" * int(pct * 20)
    print("[{:<20}] {:>6.1%}".format(bar, pct))
