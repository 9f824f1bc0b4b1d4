from __future__ import annotations
x = 1
def f(a: f"x{x}y", b: f"{x!r:>{x}}", c: f"{x=}", d: f'{"q"}', e: f"{{}}{x:.2f}", g: f"a'b{x}", h: "plain", i: f"{x:{'a'}}", j: f"{x!s}", k: f"{x!a:}", l: f"\n{x}\t", m: f"{ {1: 2}[1] }", n: f"{x}" "lit" f"{x}", o: f"{'a' if x else 'b'}", p: f"{(lambda: 1)}" = None, q: f'{x}"' = None, r: f"{x:}" = None, s: f"{x = !s:>3}" = None, t: f"{(x, x)}" = None, u: f"'\"" = None, v: f"{x:{x}.{x}}" = None):
    pass
for k, v in f.__annotations__.items():
    print(k, v)
class C:
    y: f"{x}" = 1
    z: list[f"{x}"]
print(C.__annotations__)
def g(a: f"{f'{x}'}" = 0, b: f"{{{x}}}" = 0, c: f"{x:{{}}>5}" = 0, d: f"{'{'}" = 0, e: f"{x:%Y-%m}" = 0, f: f"{[x, *x]}" = 0, h: f"{x!r:{x!s}}" = 0, j: f"{x:=^10}" = 0, k: f"{ {x} }" = 0, l: f"{x,}" = 0, m: f"{-x**2}" = 0, n: f"{not x}" = 0):
    pass
for k, v in g.__annotations__.items():
    print(k, v)
