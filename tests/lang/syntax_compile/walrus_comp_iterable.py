data = [1, 2, 3]
squares = [y * y for y in (chunk := data)]
print(squares)
