values = [1, 2, 3]
total = sum(value for value in values)
print(total)
print(totl)
