from __future__ import annotations
# With the future import, annotations are stored as strings.
def f(a: int, b: list[str] | None = None, *args: tuple[int, ...], **kw: dict[str, int]) -> Optional[bool]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: 'quoted' = 3
    z: dict[str, list[int]]
    w: Callable[[int], str]
    v: a.b.c
    u: -1
    t: (1, 2)
print(C.__annotations__)
x: SomeUndefined[1:2, ::3] = 5
print(__annotations__)
def g(p: lambda: 1, q: [i for i in range(3)], r: x if y else z): pass
print(g.__annotations__)
