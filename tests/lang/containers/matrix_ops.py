# Matrices as lists of lists.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(matmul(a, b))
print(transpose(a), transpose(transpose(a)) == a)
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident, matmul(ident, [[1], [2], [3]]))
grid = [[(r * 3 + c) for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid], grid[::-1])
print([grid[i][i] for i in range(3)], sum(map(sum, grid)))
rotated = [list(r) for r in zip(*grid[::-1])]
print(rotated)
flat = [x for row in grid for x in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)])
board = [["."] * 4 for _ in range(3)]
board[1][2] = "X"
print("\n".join("".join(r) for r in board))
print(max(max(r) for r in grid), min(map(min, grid)))
