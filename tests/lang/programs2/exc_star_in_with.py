class Guard:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("cleanup failed") from v
def work(items):
    total = 0
    for it in items:
        total += it["w"] * 2
    return total
with Guard():
    try:
        work([{"w": 1}, {"x": 2}])
    except* KeyError as eg:
        raise ValueError(f"bad items: {len(eg.exceptions)}")
