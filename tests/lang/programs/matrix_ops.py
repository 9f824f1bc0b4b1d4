class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x + o for x in r] for r in self.rows])
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    __radd__ = __add__
    def __neg__(self):
        return self * -1
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        r = Matrix.identity(len(self))
        b = self
        while e:
            if e & 1:
                r = r @ b
            b = b @ b
            e >>= 1
        return r
    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = len(self)
        if n == 1:
            return self[0, 0]
        if n == 2:
            return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        return sum((-1) ** j * self[0, j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{x}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
    def __format__(self, spec):
        return "\n".join(" ".join(format(x, spec) for x in r) for r in self.rows)
    def __bool__(self):
        return any(any(r) for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, 2 * A, A * 0.5, A @ B, A.T, sep="\n--\n")
print(repr(A ** 10), A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
F = Matrix([[1, 1], [1, 0]])
print((F ** 90)[0, 1])
print(f"{A:6.2f}")
print(A == Matrix([[1, 2], [3, 4]]), A != B, len({A, Matrix(A.rows), B}), bool(Matrix.zeros(2, 2)), bool(A), 1 + A)
for row in A:
    print(row)
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    A * "x"
except TypeError as e:
    print(e)
try:
    "x" * A
except TypeError as e:
    print(e)
try:
    A + Matrix([[1]])
except ValueError as e:
    print(e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print(e)
try:
    A / 2
except TypeError as e:
    print(e)
try:
    A[5, 0]
except IndexError as e:
    print(e)
try:
    A < B
except TypeError as e:
    print(e)
A[0, 0] = 100
A += B
print(A, A.shape, Matrix.identity(3))
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __iter__(self): yield self.x; yield self.y
    def __lt__(self, o): return abs(self) < abs(o)
    def __index__(self): return int(abs(self))
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
v = Vec(3, 4); w = v; v += Vec(1, 1)
print(v, w is v, abs(Vec(3, 4)), list(v), sorted([Vec(5, 5), Vec(1, 0), Vec(2, 2)]), [10, 20, 30, 40, 50, 60][Vec(3, 4)], bin(Vec(3, 4)), round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
x, y = Vec(7, 8)
print(x, y, max(Vec(1, 1), Vec(0, 3)), hex(Vec(30, 40)), range(10)[Vec(0, 2)])
