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
def g(a: f"{f'{x}'}", b: f"{{{x}}}", c: f"{x:{{}}>5}" = 0, d: f"{'{'}", e: f"{x:%Y-%m}", f: f"{[x, *x]}", h: f"{x!r:{x!s:{x}}}" = 0, i: f"{(yield)}" = 0, j: f"{x:=^10}", k: f"{ {x} }", l: f"{x,}", m: f"{-x**2}", n: f"{not x}"):
    pass
for k, v in g.__annotations__.items():
    print(k, v)
