values = [1, 2, 3]
x = *values
print(x)
