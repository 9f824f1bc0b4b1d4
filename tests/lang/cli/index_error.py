grid = [[1, 2], [3, 4]]
print(grid[1][0])
print(grid[0][5])
