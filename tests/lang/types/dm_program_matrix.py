class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"{type(self).__name__}({self.rows!r})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self): return (x for r in self.rows for x in r)
    def __len__(self): return self.shape[0] * self.shape[1]
    def __contains__(self, v): return any(v == x for x in self)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __matmul__(self, o):
        if not isinstance(o, Matrix): return NotImplemented
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2: raise ValueError(f"shapes {self.shape} and {o.shape} not aligned")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __mul__(self, k):
        if isinstance(k, Matrix): return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __add__(self, o):
        if not isinstance(o, Matrix): return NotImplemented
        if self.shape != o.shape: raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __pow__(self, n):
        if n < 0: raise ValueError("negative power")
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r @ self
        return r
    def __bool__(self): return any(self)
    @property
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
m = Matrix([[1, 2], [3, 4]])
print(m); print(repr(m), m.shape, len(m), 4 in m, 5 in m, list(m))
print(m @ Matrix.identity(2) == m, m ** 3, sep="\n")
print(2 * m, -m, m + m, m.T, sep="\n")
print(m[0], m[1, 0], m[:, 1], m[0:1, :], sep="\n")
m[0, 0] = 9; print(m.rows, bool(Matrix([[0]])), bool(m))
for bad in (lambda: {m}, lambda: m @ 2, lambda: m @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: m["x"], lambda: m ** -1, lambda: m + 1, lambda: m[5, 0], lambda: Matrix.shape.fset):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(Matrix([[1, 2]]) @ Matrix([[1], [2, 3]]))
