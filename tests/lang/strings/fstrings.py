# f-strings with conversions, nested specs and expressions.
name = "Ada"
n = 1234567.891
width = 12
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:,.2f} {n:>{width},.1f} {n:e} {int(n):_d} {int(n):#x}")
print(f"{3.14159:.2f} {2/3:.3%} {1e6:,.0f} {-12.5:010.3f} {1.0:g} {100.0:.3g} {1e-5:g}")
print(f"{1234567:,} {1234567:_} {-3:04} {3:+05} {255:#06x} {5:>{3}} {'x':{'^'}{5}}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{{braces}} {name.upper()} {len(name) * 2} {[1, 2][1]}")
items = {"apple": 1.5, "banana": 0.25, "cherry": 10}
for k in items:
    print(f"{k:<8}{items[k]:>8.2f}")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{n=}" if False else "skip debug form")
