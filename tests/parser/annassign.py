x: int
y: int = 5
z: list[int] = []
(w): str = "a"
obj.attr: float = 1.0
seq[0]: int
a: "forward"
b: dict[str, tuple[int, ...]] = {}
c: int | None = None
def f():
    local: int = 3
    other: str
class C:
    field: int = 0
    name: str
